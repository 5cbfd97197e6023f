"""Stripe profiles: the balance report (a real export), the payments and the payouts lists."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind, RowStatus
from storage.imports.profiles import recognise
from storage.imports.profiles.stripe import StripeBalance, StripePayments, StripePayouts
from storage.imports.reading import read_table

EXPORTS = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
BALANCE = EXPORTS / "stripe_balance_change_from_activity.csv"


def _rows(profile, path: Path):
    return list(profile.rows(read_table(path)))


def _write(tmp_path: Path, text: str, name: str = "stripe.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_real_balance_report_gives_a_charge_and_its_refund() -> None:
    charge, refund = _rows(StripeBalance(), BALANCE)
    assert (charge.line, charge.kind, charge.currency) == (2, RowKind.INCOME, "USD")
    assert (charge.gross_minor, charge.fee_minor, charge.net_minor) == (1200, 0, 1200)
    assert charge.occurred_at == datetime(2020, 1, 23, 8, 26, 29, tzinfo=UTC)
    assert charge.available_at == datetime(2020, 1, 27, tzinfo=UTC)
    assert charge.source_id == "txn_14G11HjubSIHf9IKrvJdwN"
    assert charge.status == RowStatus.COMPLETED
    assert (refund.kind, refund.gross_minor, refund.fee_minor, refund.net_minor) == (
        RowKind.REFUND, -77, 0, -77)
    assert refund.source_id == "txn_14G11HjHgubIH9ZvbPgYO7"
    assert refund.memo == "REFUND FOR PAYMENT"
    assert refund.occurred_at == datetime(2020, 1, 23, 8, 26, 31, tzinfo=UTC)


# Synthetic rows in the documented columns of the itemised balance report (Stripe's
# "balance_change_from_activity.itemized" schema); no licensed real sample holds these.
ITEMISED = (
    "balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
    "reporting_category,source_id,description,customer_email,customer_name,invoice_id\n"
    "txn_1,2024-03-05 10:00:00,2024-03-07 00:00:00,eur,150.00,2.40,147.60,charge,ch_1,"
    "Logo design,ana@example.com,Ana Client,in_7\n"
    "txn_2,2024-03-06 09:00:00,2024-03-06 00:00:00,eur,-0.05,0.00,-0.05,fee,,"
    "Radar fee,,,\n"
    "txn_3,2024-03-08 00:00:00,2024-03-10 00:00:00,eur,-147.55,0.00,-147.55,payout,po_1,"
    "STRIPE PAYOUT,,,\n"
    "txn_4,2024-03-09 12:00:00,2024-03-09 12:00:00,eur,-150.00,15.00,-165.00,dispute,dp_1,"
    "Chargeback,,,\n"
    "txn_5,2024-03-09 13:00:00,2024-03-09 13:00:00,eur,1.00,0.00,1.00,mystery,,,,,\n"
)


def test_reporting_categories_become_kinds_and_fee_rows_keep_the_fee(tmp_path: Path) -> None:
    charge, fee, payout, dispute, unknown = _rows(StripeBalance(),
                                                  _write(tmp_path, ITEMISED))
    assert (charge.kind, charge.currency, charge.gross_minor, charge.fee_minor,
            charge.net_minor) == (RowKind.INCOME, "EUR", 15000, 240, 14760)
    assert (charge.counterparty, charge.counterparty_email, charge.reference) == (
        "Ana Client", "ana@example.com", "in_7")
    assert charge.available_at == datetime(2024, 3, 7, tzinfo=UTC)
    assert (fee.kind, fee.gross_minor, fee.fee_minor, fee.net_minor) == (RowKind.FEE, 0, 5, -5)
    assert (payout.kind, payout.gross_minor, payout.net_minor) == (
        RowKind.TRANSFER_OUT, -14755, -14755)
    assert (dispute.kind, dispute.gross_minor, dispute.fee_minor, dispute.net_minor) == (
        RowKind.CHARGEBACK, -15000, 1500, -16500)
    assert unknown.kind == RowKind.OTHER


def test_a_net_that_is_not_gross_less_fee_is_refused_naming_line_and_column(
        tmp_path: Path) -> None:
    text = ITEMISED.splitlines()[0] + "\ntxn_9,2024-03-05 10:00:00,,eur,10.00,1.00,8.00,charge\n"
    with pytest.raises(ImportProblem) as caught:
        _rows(StripeBalance(), _write(tmp_path, text))
    assert (caught.value.line, caught.value.column) == (2, "net")
    assert "The net (8.00) is not the gross less the fee." in str(caught.value)


def test_a_balance_report_with_decimal_commas(tmp_path: Path) -> None:
    text = ("balance_transaction_id;created_utc;available_on_utc;currency;gross;fee;net;"
            "reporting_category\n"
            "txn_1;2024-03-05 10:00:00;2024-03-07 00:00:00;eur;1.234,50;36,10;1.198,40;charge\n")
    (row,) = _rows(StripeBalance(), _write(tmp_path, text))
    assert (row.gross_minor, row.fee_minor, row.net_minor) == (123450, 3610, 119840)


# Synthetic, in the columns of Payments › Export (older "Created (UTC)" header): a payment
# converted from USD into the EUR balance, partly refunded; a failed attempt; a lost dispute.
PAYMENTS = (
    "id,Description,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
    "Converted Amount Refunded,Fee,Taxes On Fee,Converted Currency,Status,Customer ID,"
    "Customer Description,Customer Email,Captured,Refunded date (UTC),Disputed Amount,"
    "Dispute Status,Dispute Date (UTC)\n"
    "ch_A,Website,2024-05-02 14:30,500.00,100.00,usd,460.00,92.00,13.64,0.00,eur,Paid,"
    "cus_1,Bob Client,bob@example.com,true,2024-05-10 08:00,,,\n"
    "ch_B,Website,2024-05-03 09:00,80.00,0.00,usd,,,0.00,0.00,,Failed,cus_2,,,false,,,,\n"
    "ch_C,Retainer,2024-06-01 10:00,200.00,0.00,eur,200.00,0.00,3.25,0.00,eur,Paid,"
    "cus_3,Cara,cara@example.com,true,,200.00,lost,2024-06-20 11:00\n"
)


def test_payments_export_converted_amounts_refunds_and_disputes(tmp_path: Path) -> None:
    rows = _rows(StripePayments(), _write(tmp_path, PAYMENTS))
    paid, refund, failed, retainer, chargeback = rows
    assert (paid.kind, paid.currency, paid.gross_minor, paid.fee_minor, paid.net_minor) == (
        RowKind.INCOME, "EUR", 46000, 1364, 44636)
    assert paid.occurred_at == datetime(2024, 5, 2, 14, 30, tzinfo=UTC)
    assert (paid.source_id, paid.counterparty, paid.counterparty_email, paid.memo) == (
        "ch_A", "Bob Client", "bob@example.com", "Website")
    assert (refund.kind, refund.currency, refund.gross_minor, refund.net_minor) == (
        RowKind.REFUND, "EUR", -9200, -9200)
    assert (refund.source_id, refund.related_id) == ("ch_A:refund", "ch_A")
    assert refund.occurred_at == datetime(2024, 5, 10, 8, 0, tzinfo=UTC)
    assert (failed.kind, failed.status, failed.currency, failed.gross_minor) == (
        RowKind.INCOME, RowStatus.DENIED, "USD", 8000)
    assert (retainer.gross_minor, retainer.fee_minor, retainer.net_minor) == (
        20000, 325, 19675)
    assert (chargeback.kind, chargeback.gross_minor, chargeback.source_id,
            chargeback.related_id) == (RowKind.CHARGEBACK, -20000, "ch_C:dispute", "ch_C")
    assert chargeback.occurred_at == datetime(2024, 6, 20, 11, 0, tzinfo=UTC)


# Synthetic, in the columns of Payouts › Export (as listed by Stripe's dashboard export).
PAYOUTS = (
    "id,Amount,Created (UTC),Currency,Livemode,Arrival Date (UTC),Source Type,Destination,"
    "Status,Type,Method,Description,Balance Transaction\n"
    "po_1,3930.14,2024-07-10 00:18,usd,true,2024-07-12 00:00,card,ba_x,paid,bank_account,"
    "standard,STRIPE PAYOUT,txn_a\n"
    "po_2,12.00,2024-07-11 00:18,usd,true,2024-07-13 00:00,card,ba_x,failed,bank_account,"
    "standard,STRIPE PAYOUT,txn_b\n"
    "po_3,50.00,2024-07-12 00:18,usd,true,2024-07-14 00:00,card,ba_x,in_transit,"
    "bank_account,standard,STRIPE PAYOUT,txn_c\n"
)


def test_payouts_are_transfers_out_that_arrive_later(tmp_path: Path) -> None:
    paid, failed, travelling = _rows(StripePayouts(), _write(tmp_path, PAYOUTS))
    assert (paid.kind, paid.currency, paid.gross_minor, paid.net_minor, paid.status) == (
        RowKind.TRANSFER_OUT, "USD", -393014, -393014, RowStatus.COMPLETED)
    assert paid.occurred_at == datetime(2024, 7, 10, 0, 18, tzinfo=UTC)
    assert paid.available_at == datetime(2024, 7, 12, tzinfo=UTC)
    assert (paid.source_id, paid.reference, paid.memo) == ("po_1", "ba_x", "STRIPE PAYOUT")
    assert failed.status == RowStatus.DENIED
    assert travelling.status == RowStatus.PENDING


def test_each_stripe_export_is_told_apart_by_its_header(tmp_path: Path) -> None:
    headers = {
        "stripe-balance": read_table(BALANCE).header,
        "stripe-payments": read_table(_write(tmp_path, PAYMENTS, "p.csv")).header,
        "stripe-payouts": read_table(_write(tmp_path, PAYOUTS, "o.csv")).header,
    }
    for name, header in headers.items():
        scores = {p.name: p.score(header)
                  for p in (StripeBalance(), StripePayments(), StripePayouts())}
        assert max(scores, key=scores.__getitem__) == name
        assert sorted(scores.values())[:2] == [0.0, 0.0], scores


def test_recognise_picks_the_stripe_profiles_and_no_other_file_is_taken_for_one(
        tmp_path: Path) -> None:
    assert recognise(read_table(BALANCE)).name == "stripe-balance"
    assert recognise(read_table(_write(tmp_path, ITEMISED, "i.csv"))).name == "stripe-balance"
    assert recognise(read_table(_write(tmp_path, PAYMENTS, "p.csv"))).name == "stripe-payments"
    assert recognise(read_table(_write(tmp_path, PAYOUTS, "o.csv"))).name == "stripe-payouts"
    for other in sorted(EXPORTS.glob("*.csv")):
        if not other.name.startswith("stripe"):
            assert not recognise(read_table(other)).name.startswith("stripe"), other.name

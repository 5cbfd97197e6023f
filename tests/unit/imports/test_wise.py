"""Wise profiles: statements in their successive layouts and the 2024 transaction history.

No Wise export with a licence that allows keeping it was found: every file here is
synthetic, written in the columns Wise's statements and history have (as importers and their
tests in public repositories read them), with made-up names and ids.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind, RowStatus
from storage.imports.profiles import recognise
from storage.imports.profiles.stripe import PROFILES as STRIPE
from storage.imports.profiles.upwork import PROFILES as UPWORK
from storage.imports.profiles.wise import WiseHistory, WiseStatement
from storage.imports.reading import read_table


def _write(tmp_path: Path, text: str, name: str = "wise.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


OLD_HEADER = ('"TransferWise ID","Date","Amount","Currency","Description","Payment Reference",'
              '"Running Balance","Exchange From","Exchange To","Exchange Rate","Payer Name",'
              '"Payee Name","Payee Account Number","Merchant","Card Last Four Digits",'
              '"Card Holder Full Name","Attachment","Note"')

# The oldest layout: no fee column, each fee a row of its own.
OLD = OLD_HEADER + "\n" + "\n".join([
    '"TRANSFER-101","05-03-2021","1455.76","EUR","Received money from ACME LTD with '
    'reference INV-7","INV-7","1455.76","","","","ACME LTD","","","","","","",""',
    '"TRANSFER-102","08-03-2021","-1000.00","EUR","Sent money to Jo Free","","455.76",'
    '"","","","","Jo Free","FR7600000000000000000000","","","","",""',
    '"TRANSFER-102","08-03-2021","-1.20","EUR","Wise Charges for: TRANSFER-102","",'
    '"454.56","","","","","","","","","","",""',
    '"CARD-103","09-03-2021","-12.50","EUR","Card transaction of 12.50 EUR issued by '
    'Hosting Co","","442.06","","","","","","","Hosting Co","1234","Jo Free","",""',
    '"BALANCE-104","10-03-2021","-100.00","EUR","Converted 100.00 EUR to 118.20 USD","",'
    '"342.06","EUR","USD","1.182","","","","","","","",""',
    '"TRANSFER-105","11-03-2021","-40.00","EUR","Sent money to Paper Shop","","302.06",'
    '"","","","","Paper Shop","DE00000000000000000000","","","","",""',
]) + "\n"


def test_the_oldest_statement_layout_with_fees_as_rows(tmp_path: Path) -> None:
    income, withdrawal, charge, card, conversion, supplier = WiseStatement().rows(
        read_table(_write(tmp_path, OLD)))
    assert (income.kind, income.currency, income.gross_minor, income.fee_minor,
            income.net_minor) == (RowKind.INCOME, "EUR", 145576, 0, 145576)
    assert (income.counterparty, income.reference, income.source_id) == (
        "ACME LTD", "INV-7", "TRANSFER-101")
    assert income.occurred_at == datetime(2021, 3, 5, 12, tzinfo=UTC)  # DD-MM-YYYY, a day
    # The card holder's name says whose accounts these are: money sent to them is a transfer.
    assert (withdrawal.kind, withdrawal.gross_minor, withdrawal.net_minor,
            withdrawal.counterparty) == (RowKind.TRANSFER_OUT, -100000, -100000, "Jo Free")
    assert withdrawal.source_id == "TRANSFER-102:EUR"
    assert (charge.kind, charge.gross_minor, charge.fee_minor, charge.net_minor) == (
        RowKind.FEE, 0, 120, -120)
    assert (charge.source_id, charge.related_id) == ("TRANSFER-102:fee", "TRANSFER-102")
    assert (card.kind, card.net_minor, card.counterparty) == (
        RowKind.EXPENSE, -1250, "Hosting Co")
    assert (conversion.kind, conversion.currency, conversion.net_minor) == (
        RowKind.CONVERSION, "EUR", -10000)
    assert (conversion.rate, conversion.rate_to, conversion.related_id,
            conversion.source_id) == (Decimal("1.182"), "USD", "BALANCE-104", "BALANCE-104:EUR")
    assert (supplier.kind, supplier.counterparty) == (RowKind.EXPENSE, "Paper Shop")


# The layout with "Total fees" (then "Exchange To Amount"): fees inside the amount.
WITH_FEES = (OLD_HEADER + ',"Total fees","Exchange To Amount"\n' + "\n".join([
    '"TRANSFER-201","14-09-2023","7195.86","USD","Received money from Big Client Inc","PO 9",'
    '"7195.86","","","","Big Client Inc","","","","","","","","4.14",""',
    '"BALANCE-202","15-09-2023","-7195.86","USD","Converted 7,195.86 USD to 6,580.00 EUR",'
    '"","0.00","USD","EUR","0.9180","","","","","","","","","90.00","6580.00"',
    '"BALANCE-202","15-09-2023","6580.00","EUR","Converted 7,195.86 USD to 6,580.00 EUR",'
    '"","6580.00","USD","EUR","0.9180","","","","","","","","","0.00",""',
    '"TRANSFER-203","16-09-2023","-1495.06","EUR","Sent money to My Bank Account","",'
    '"5084.94","","","","","My Bank Account","FR76000","","","","","","4.94",""',
]) + "\n")


def test_statements_with_a_fee_column_and_both_legs_of_a_conversion(tmp_path: Path) -> None:
    income, usd_leg, eur_leg, sent = WiseStatement().rows(
        read_table(_write(tmp_path, WITH_FEES)))
    assert (income.kind, income.currency, income.gross_minor, income.fee_minor,
            income.net_minor) == (RowKind.INCOME, "USD", 720000, 414, 719586)
    assert income.counterparty == "Big Client Inc"
    assert (usd_leg.kind, usd_leg.currency, usd_leg.gross_minor, usd_leg.fee_minor,
            usd_leg.net_minor) == (RowKind.CONVERSION, "USD", -710586, 9000, -719586)
    assert (usd_leg.rate, usd_leg.rate_to, usd_leg.source_id, usd_leg.related_id) == (
        Decimal("0.9180"), "EUR", "BALANCE-202:USD", "BALANCE-202")
    assert (eur_leg.kind, eur_leg.currency, eur_leg.net_minor, eur_leg.source_id,
            eur_leg.related_id, eur_leg.rate_to) == (
        RowKind.CONVERSION, "EUR", 658000, "BALANCE-202:EUR", "BALANCE-202", "USD")
    assert eur_leg.rate == Decimal("1.089324619")
    # No card row: the file does not say whose name is the person's; money sent out is
    # taken for a transfer to their own bank.
    assert (sent.kind, sent.gross_minor, sent.fee_minor, sent.net_minor) == (
        RowKind.TRANSFER_OUT, -149012, 494, -149506)


NEWEST = (
    '"TransferWise ID",Date,"Date Time",Amount,Currency,Description,"Payment Reference",'
    '"Running Balance","Exchange From","Exchange To","Exchange Rate","Payer Name",'
    '"Payee Name","Payee Account Number",Merchant,"Card Last Four Digits",'
    '"Card Holder Full Name",Attachment,Note,"Total fees","Exchange To Amount",'
    '"Transaction Type","Transaction Details Type"\n'
    'TRANSFER-301,19-05-2026,"19-05-2026 08:18:49.876",910.00,EUR,"Received money from '
    'Delta SARL",F-2026-12,910.00,,,,"Delta SARL",,,,,,,,0.00,,CREDIT,DEPOSIT\n'
    'CARD-302,01-06-2026,"01-06-2026 19:21:33.766",-54.35,EUR,"Card transaction",,855.65,'
    'EUR,USD,1.0841,,,,"Online Shop",3734,"Jo Free",,,0.30,58.60,DEBIT,CARD\n'
    'TRANSFER-303,02-06-2026,"02-06-2026 07:00:00.000",200.00,EUR,"Received money from Jo '
    'Free",,1055.65,,,,"JO FREE",,,,,,,,0.00,,CREDIT,DEPOSIT\n'
)


def test_the_newest_statement_layout_uses_the_time_and_the_detail_type(
        tmp_path: Path) -> None:
    income, card, own = WiseStatement().rows(read_table(_write(tmp_path, NEWEST)))
    assert (income.kind, income.gross_minor, income.reference) == (
        RowKind.INCOME, 91000, "F-2026-12")
    assert income.occurred_at == datetime(2026, 5, 19, 8, 18, 49, 876000, tzinfo=UTC)
    assert (card.kind, card.gross_minor, card.fee_minor, card.net_minor) == (
        RowKind.EXPENSE, -5405, 30, -5435)
    assert (own.kind, own.counterparty) == (RowKind.TRANSFER_IN, "JO FREE")


HISTORY_HEADER = ('ID,Status,Direction,"Created on","Finished on","Source fee amount",'
                  '"Source fee currency","Target fee amount","Target fee currency",'
                  '"Source name","Source amount (after fees)","Source currency",'
                  '"Target name","Target amount (after fees)","Target currency",'
                  '"Exchange rate",Reference,Batch,"Created by",Category,Note')
HISTORY = HISTORY_HEADER + "\n" + "\n".join([
    'TRANSFER-1033053142,COMPLETED,IN,"2024-04-12 14:00:47","2024-04-12 14:01:05",4.14,USD,'
    ',,"Client AG",35797.44,USD,"Jo Free",35797.44,USD,1.0,"CH24Q2 002",,,,',
    'TRANSFER-1030251410,COMPLETED,OUT,"2024-04-10 08:26:47","2024-04-10 08:50:23",12.38,'
    'USD,,,"Jo Free",13819.77,USD,"Supplier AG",13819.77,USD,1.0,"Rechnung 200506",,'
    '"Jo Free",General,',
    'TRANSFER-1040000001,COMPLETED,OUT,"2024-04-15 09:00:00","2024-04-15 09:10:00",3.10,USD,'
    ',,"Jo Free",1000.00,USD,"Jo Free",918.00,EUR,0.918,,,"Jo Free",General,',
    'BALANCE-1040000002,COMPLETED,NEUTRAL,"2024-04-16 10:00:00","2024-04-16 10:00:01",0.40,'
    'EUR,,,"Jo Free",100.00,EUR,"Jo Free",108.00,USD,1.08,,,"Jo Free",,',
    '"CARD_TRANSACTION-4145111585",COMPLETED,OUT,"2024-04-17 17:11:26",'
    '"2024-04-17 17:11:26",0.07,CAD,,,"Jo Free",15.70,CAD,"Taste of Europe",11.18,USD,'
    '0.711896,,,"Jo Free",Groceries,',
    '"CARD_TRANSACTION-4145111585",COMPLETED,OUT,"2024-04-17 17:11:26",'
    '"2024-04-17 17:11:26",0.00,USD,,,"Jo Free",0.56,USD,"Taste of Europe",0.56,USD,1.0,'
    ',,"Jo Free",Groceries,',
    'TRANSFER-1050000003,CANCELLED,IN,"2024-04-18 10:00:00",,0.00,EUR,,,"Other Client",'
    '40.00,EUR,"Jo Free",40.00,EUR,1.0,,,,,',
]) + "\n"


def test_the_transaction_history(tmp_path: Path) -> None:
    rows = list(WiseHistory().rows(read_table(_write(tmp_path, HISTORY))))
    income, supplier, home, eur_leg, usd_leg, card_cad, card_usd, cancelled = rows
    assert (income.kind, income.currency, income.gross_minor, income.fee_minor,
            income.net_minor) == (RowKind.INCOME, "USD", 3580158, 414, 3579744)
    assert (income.counterparty, income.reference, income.source_id) == (
        "Client AG", "CH24Q2 002", "TRANSFER-1033053142")
    assert income.occurred_at == datetime(2024, 4, 12, 14, 1, 5, tzinfo=UTC)
    assert income.rate is None
    assert (supplier.kind, supplier.gross_minor, supplier.fee_minor, supplier.net_minor,
            supplier.counterparty) == (RowKind.EXPENSE, -1381977, 1238, -1383215,
                                       "Supplier AG")
    assert (home.kind, home.currency, home.gross_minor, home.fee_minor, home.net_minor,
            home.rate, home.rate_to) == (RowKind.TRANSFER_OUT, "USD", -100000, 310, -100310,
                                         Decimal("0.918"), "EUR")
    assert (eur_leg.kind, eur_leg.currency, eur_leg.gross_minor, eur_leg.fee_minor,
            eur_leg.net_minor, eur_leg.rate, eur_leg.rate_to) == (
        RowKind.CONVERSION, "EUR", -10000, 40, -10040, Decimal("1.08"), "USD")
    assert (usd_leg.kind, usd_leg.currency, usd_leg.net_minor, usd_leg.rate_to) == (
        RowKind.CONVERSION, "USD", 10800, "EUR")
    assert (eur_leg.source_id, usd_leg.source_id, eur_leg.related_id) == (
        "BALANCE-1040000002:EUR", "BALANCE-1040000002:USD", "BALANCE-1040000002")
    # One card payment taken from two balances: one id, two rows told apart.
    assert (card_cad.kind, card_cad.currency, card_cad.net_minor, card_cad.source_id) == (
        RowKind.EXPENSE, "CAD", -1577, "CARD_TRANSACTION-4145111585:CAD")
    assert (card_usd.currency, card_usd.net_minor, card_usd.source_id) == (
        "USD", -56, "CARD_TRANSACTION-4145111585:USD")
    assert (cancelled.kind, cancelled.status) == (RowKind.INCOME, RowStatus.DENIED)
    assert cancelled.occurred_at == datetime(2024, 4, 18, 10, tzinfo=UTC)


def test_money_added_from_the_persons_own_bank_is_a_transfer(tmp_path: Path) -> None:
    text = HISTORY_HEADER + (
        '\nTRANSFER-2,COMPLETED,IN,"2025-12-08 17:35:15","2025-12-08 17:35:22",0.00,USD,,,'
        '"USAA SAV-INTRNT",2000.00,USD,"Jo Free",2000.0,USD,1.0,TRANSFER,,"Jo Free",'
        '"Money added",\n')
    (row,) = WiseHistory().rows(read_table(_write(tmp_path, text)))
    assert (row.kind, row.gross_minor, row.memo) == (RowKind.TRANSFER_IN, 200000, "Money added")


def test_a_fee_in_another_currency_is_refused_naming_the_column(tmp_path: Path) -> None:
    text = HISTORY_HEADER + (
        '\nTRANSFER-3,COMPLETED,IN,"2025-12-08 17:35:15",,1.00,GBP,,,"A",20.00,USD,"B",'
        '20.00,USD,1.0,,,,,\n')
    with pytest.raises(ImportProblem) as caught:
        list(WiseHistory().rows(read_table(_write(tmp_path, text))))
    assert (caught.value.line, caught.value.column) == (2, "Source fee currency")
    assert "The fee is in GBP, not in USD like the amount it was taken from." in str(
        caught.value)


def test_each_wise_export_is_told_apart_from_the_others(tmp_path: Path) -> None:
    statement, history = WiseStatement(), WiseHistory()
    for text in (OLD, WITH_FEES, NEWEST):
        header = read_table(_write(tmp_path, text, "s.csv")).header
        assert statement.score(header) >= 0.8 and history.score(header) == 0.0
        assert all(p.score(header) == 0.0 for p in (*STRIPE, *UPWORK))
    header = read_table(_write(tmp_path, HISTORY, "h.csv")).header
    assert history.score(header) == 1.0 and statement.score(header) == 0.0
    assert all(p.score(header) == 0.0 for p in (*STRIPE, *UPWORK))


def test_recognise_picks_the_wise_profiles(tmp_path: Path) -> None:
    for text, name in ((OLD, "wise-statement"), (WITH_FEES, "wise-statement"),
                       (NEWEST, "wise-statement"), (HISTORY, "wise-history")):
        assert recognise(read_table(_write(tmp_path, text, "r.csv"))).name == name


REAL = Path(__file__).resolve().parents[2] / "fixtures" / "exports" / (
    "wise_statement_2020_ofxstatement.csv")


def test_a_real_statement_with_fees_in_rows_of_their_own() -> None:
    # Its "Total fees" repeats the fee that the "TransferWise Charges for" row takes: the fee
    # is counted once, on the charge row.
    table = read_table(REAL)
    assert recognise(table).name == "wise-statement"
    sent, charge, received, topped_up, topup_charge = WiseStatement().rows(table)
    assert (sent.line, sent.kind, sent.currency, sent.gross_minor, sent.fee_minor,
            sent.net_minor) == (2, RowKind.TRANSFER_OUT, "USD", -35738, 0, -35738)
    assert (sent.source_id, sent.counterparty, sent.reference, sent.rate, sent.rate_to) == (
        "TRANSFER-175545673:USD", "John Doe", "Moving to Revolut", Decimal("0.84840"), "EUR")
    assert sent.occurred_at == datetime(2020, 8, 24, 13, 43, 54, 496000, tzinfo=UTC)
    assert (charge.kind, charge.gross_minor, charge.fee_minor, charge.net_minor,
            charge.source_id, charge.related_id) == (
        RowKind.FEE, 0, 1135, -1135, "TRANSFER-175545673:fee", "TRANSFER-175545673")
    assert (received.kind, received.gross_minor, received.net_minor, received.counterparty,
            received.source_id) == (RowKind.INCOME, 12500, 12500, "Friend.",
                                    "TRANSFER-175522746")
    assert received.occurred_at == datetime(2020, 8, 24, 19, 27, 5, 726000, tzinfo=UTC)
    assert (topped_up.kind, topped_up.gross_minor, topped_up.fee_minor) == (
        RowKind.TRANSFER_IN, 2017, 0)
    assert (topup_charge.kind, topup_charge.fee_minor, topup_charge.related_id) == (
        RowKind.FEE, 17, "TRANSFER-174549828")

"""The ledger of payment imports (issue 15, points 3 to 5): stable identities, a plan that
writes nothing, payments counted once, rates named, clients and orders suggested."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from storage import settings as store_settings
from storage.db import Store, open_store
from storage.imports.ledger import (
    Decision,
    apply_plan,
    identities,
    identity,
    plan_import,
    update_rates_from_ecb_csv,
)
from storage.imports.model import ImportProblem, Outcome, RowKind, RowStatus, SourceRow
from storage.income import income_report
from storage.payments import record_payment
from storage.tables import ImportedRow, Payment, PaymentKind, TimeEntry
from tests.factories import at, client, order

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
ECB_CSV = """Date,USD,JPY,CAD,GBP,
2024-03-08,1.0939,160.86,1.4745,0.85178,
2024-03-07,1.0895,161.39,1.4720,0.85643,
2024-03-06,1.0898,163.24,1.4750,0.85623,
2024-03-05,1.0857,162.82,1.4732,0.85485,
2024-03-04,1.0849,163.08,N/A,0.85585,
"""


def row(line: int = 2, *, source: str = "paypal", when: str = "2024-03-05T10:00:00",
        kind: RowKind = RowKind.INCOME, currency: str = "EUR", gross: int = 10000,
        fee: int = 0, **kw: object) -> SourceRow:
    return SourceRow(line=line, source=source, occurred_at=at(when), kind=kind,
                     currency=currency, gross_minor=gross, fee_minor=fee,
                     net_minor=gross - fee, **kw)


def run(store: Store, *files: tuple[str, Sequence[SourceRow]], accept=None):
    """Plan and apply `files` in one transaction; returns (plan, result)."""
    with store.transaction() as s:
        plan = plan_import(s, [(name, "test", rows) for name, rows in files])
        return plan, apply_plan(s, plan, accept=accept, now=NOW)


def outcomes(plan) -> list[str]:
    return [r.outcome.value for f in plan.files for r in f.rows]


def payments(store: Store) -> list[tuple]:
    with store.session() as s:
        return [(p.source, p.source_id, p.kind.value, p.amount_minor, p.fee_minor, p.currency,
                 p.received_at, p.home_amount_minor, p.rate, p.rate_source, p.payer)
                for p in s.scalars(select(Payment).order_by(Payment.received_at, Payment.id))]


def ledger_rows(store: Store) -> list[tuple]:
    with store.session() as s:
        return sorted((r.identity, r.outcome, r.payment_id is not None)
                      for r in s.scalars(select(ImportedRow)))


def write_ecb(tmp_path: Path) -> Path:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(ECB_CSV, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- identity


def test_identity_is_the_exports_id_or_a_hash_with_an_occurrence_for_twins() -> None:
    assert identity(row(source_id="9AB12"), 1) == "paypal:9AB12"
    coffee = row(source="bank", gross=350, memo="CB  Café   du Coin")
    same = row(source="bank", gross=350, memo="cb café du coin")  # spacing and case ignored
    other = row(source="bank", gross=351, memo="CB Café du Coin")
    ids = identities([coffee, same, other])
    assert ids[0].startswith("bank:h:") and ids[0].endswith("#1")
    assert ids[1] == ids[0][:-2] + "#2"  # two identical coffees the same second: two rows
    assert ids[2].endswith("#1") and ids[2][:-2] != ids[0][:-2]
    # The time zone the export wrote does not change the identity.
    paris = row(source="bank", gross=350, memo="CB Café du Coin", when="2024-03-05T11:00+01:00")
    assert identities([paris]) == [ids[0]]


# --------------------------------------------------------------------------- duplicates


def test_reimport_adds_nothing_and_overlapping_files_add_each_row_once(store) -> None:
    a = [row(2, source_id="A1"), row(3, source_id="A2", gross=2000)]
    b = [row(2, source_id="A2", gross=2000), row(3, source_id="A3", gross=3000)]
    plan, result = run(store, ("jan.csv", a), ("feb.csv", b))
    assert outcomes(plan) == ["add", "add", "duplicate", "add"]
    assert plan.files[1].rows[0].reason == "also in jan.csv, line 3"
    assert result.added == 3
    plan, result = run(store, ("jan.csv", a), ("feb.csv", b))
    assert outcomes(plan) == ["duplicate"] * 4 and result.added == 0
    assert plan.files[0].rows[0].reason == "imported on 2026-12-07"
    assert len(payments(store)) == 3


def test_a_reused_export_id_with_other_money_is_never_merged(store) -> None:
    """Anonymised samples number their rows TID1, TID2… in every file: same id, other money."""
    run(store, ("activity.csv", [row(source_id="TID1", gross=7975)]))
    other = row(source_id="TID1", gross=105809, when="2024-04-01T10:00")
    plan, result = run(store, ("statement.csv", [other]))
    (planned,) = plan.files[0].rows
    assert planned.outcome is Outcome.ATTENTION and planned.identity.startswith("paypal:TID1~")
    assert planned.reason == ("another row has the export's id TID1 with another amount: add "
                              "this one as well?")
    _, result = run(store, ("statement.csv", [other]),
                    accept={planned.identity: Decision("add")})
    assert result.added == 1 and sorted(p[3] for p in payments(store)) == [7975, 105809]
    plan, _ = run(store, ("statement.csv", [other]), ("activity.csv", [row(source_id="TID1",
                                                                          gross=7975)]))
    assert outcomes(plan) == ["duplicate", "duplicate"]


def test_a_deleted_payment_stays_deleted(store) -> None:
    run(store, ("a.csv", [row(source_id="X1"), row(3, source_id="X2", gross=500)]))
    with store.transaction() as s:
        s.delete(s.scalars(select(Payment).where(Payment.source_id == "X1")).one())
    plan, result = run(store, ("a.csv", [row(source_id="X1"), row(3, source_id="X2",
                                                                    gross=500)]))
    assert plan.files[0].rows[0].reason == "deleted since: stays deleted"
    assert result.added == 0
    assert [p[1] for p in payments(store)] == ["X2"]


def test_twins_are_two_payments_and_a_longer_file_adds_only_the_new_twin(store) -> None:
    coffee = row(source="bank", gross=350, memo="VIR Client Café")
    _, result = run(store, ("a.csv", [coffee]))
    assert result.added == 1
    plan, result = run(store, ("b.csv", [coffee, coffee]))
    assert outcomes(plan) == ["duplicate", "add"] and result.added == 1
    assert len(payments(store)) == 2


def test_pending_denied_expenses_and_holds_are_skipped_and_remembered(store) -> None:
    rows = [row(2, source_id="P", status=RowStatus.PENDING),
            row(3, source_id="D", status=RowStatus.DENIED),
            row(4, source_id="E", kind=RowKind.EXPENSE, gross=-1500),
            row(5, source_id="H", kind=RowKind.HOLD, gross=-1000)]
    plan, result = run(store, ("a.csv", rows))
    assert outcomes(plan) == ["skip"] * 4
    assert plan.files[0].rows[0].reason == "pending: imported once it completes"
    assert plan.files[0].rows[1].reason == "denied: it never happened"
    assert result.skipped == 4 and payments(store) == []
    assert [r[1] for r in ledger_rows(store)] == ["skipped"] * 3 + ["pending"]


def test_the_plan_writes_nothing(store) -> None:
    with store.transaction() as s:
        plan = plan_import(s, [("a.csv", "test", [row(source_id="Z")])])
    assert outcomes(plan) == ["add"]
    assert payments(store) == [] and ledger_rows(store) == []


# --------------------------------------------------------------------------- meaning


def test_refunds_fees_and_gross_fee_net_are_kept_apart(store) -> None:
    rows = [row(2, source_id="I", gross=10000, fee=370, counterparty="Ann Lee"),
            row(3, source_id="R", kind=RowKind.REFUND, gross=-2000, fee=-50),
            row(4, source_id="F", kind=RowKind.FEE, gross=0, fee=300)]
    plan, _ = run(store, ("a.csv", rows))
    assert plan.files[0].totals()["EUR"].net_minor == 9630 - 1950 - 300
    got = [(p[2], p[3], p[4], p[10]) for p in payments(store)]
    assert got == [("payout", 9630, 370, "Ann Lee"), ("refund", -1950, -50, ""),
                   ("adjustment", -300, 300, "")]


def test_a_stripe_charge_its_payout_and_the_bank_credit_are_one_income(store) -> None:
    charge = row(2, source="stripe", source_id="txn_1", gross=10000, fee=320,
                 when="2024-03-01T10:00")
    payout = row(3, source="stripe", source_id="txn_2", kind=RowKind.TRANSFER_OUT, gross=-9680,
                 when="2024-03-03T10:00")
    bank = row(7, source="bank", kind=RowKind.TRANSFER_IN, gross=9680, memo="VIR STRIPE",
               when="2024-03-05T00:00")
    plan, result = run(store, ("bank.csv", [bank]), ("stripe.csv", [charge, payout]))
    assert outcomes(plan) == ["transfer", "add", "transfer"]
    assert plan.files[0].rows[0].linked_identity == "stripe:txn_2"
    assert result.added == 1 and result.transfers == 2
    assert [p[3] for p in payments(store)] == [9680]


def test_a_bank_credit_from_paypal_needs_the_paypal_history(store) -> None:
    bank = row(7, source="bank", kind=RowKind.TRANSFER_IN, gross=5000,
               counterparty="PAYPAL EUROPE S.A.R.L.", when="2024-03-10T00:00")
    plan, result = run(store, ("bank.csv", [bank]))
    (planned,) = plan.files[0].rows
    assert planned.outcome is Outcome.ATTENTION
    assert planned.reason == ("from PayPal: import the PayPal export first, or mark it as "
                              "income")
    assert result.left == 1 and ledger_rows(store) == []  # asked again next time
    run(store, ("paypal.csv", [row(source_id="PP1", gross=5000, when="2024-03-01T10:00")]))
    plan, result = run(store, ("bank.csv", [bank]))
    assert outcomes(plan) == ["transfer"] and result.transfers == 1
    assert plan.files[0].rows[0].reason == "from PayPal: counted there"
    # Marked as income by the person instead: another bank credit, decided "add".
    other = row(9, source="bank", kind=RowKind.TRANSFER_IN, gross=7000, counterparty="Payoneer")
    plan, _ = run(store, ("bank2.csv", [other]))
    ident = plan.files[0].rows[0].identity
    plan, result = run(store, ("bank2.csv", [other]), accept={ident: Decision("add")})
    assert result.added == 1 and payments(store)[-1][2] == "payout"


def test_paypal_conversion_rate_is_used_and_named_export(store) -> None:
    income = row(2, source_id="PAY1", currency="USD", gross=10000, fee=400)
    out_of = row(3, source_id="CV1", kind=RowKind.CONVERSION, currency="USD", gross=-9600,
                 related_id="PAY1")
    into = row(4, source_id="CV2", kind=RowKind.CONVERSION, currency="EUR", gross=8832,
               related_id="PAY1")
    plan, _ = run(store, ("paypal.csv", [income, out_of, into]))
    assert outcomes(plan) == ["add", "transfer", "transfer"]
    assert plan.files[0].rows[1].linked_identity == "paypal:PAY1"
    assert plan.files[0].rows[0].rate == Decimal("0.92")
    (p,) = payments(store)
    assert (p[3], p[7], p[8], p[9]) == (9600, 8832, "0.92", "export")


def test_a_conversion_of_exactly_the_payment_soon_after_gives_its_rate(store) -> None:
    income = row(2, source_id="PAY1", currency="USD", gross=5000, when="2024-03-01T10:00")
    out_of = row(3, source_id="CV1", kind=RowKind.CONVERSION, currency="USD", gross=-5000,
                 related_id="CV2", when="2024-03-02T08:00")
    into = row(4, source_id="CV2", kind=RowKind.CONVERSION, currency="EUR", gross=4600,
               related_id="CV1", when="2024-03-02T08:00")
    plan, _ = run(store, ("paypal.csv", [income, out_of, into]))
    assert (plan.files[0].rows[0].rate, plan.files[0].rows[0].rate_source) == (
        Decimal("0.92"), "export")
    assert plan.files[0].rows[1].linked_identity == "paypal:CV2"


def test_ecb_rate_of_the_day_or_the_last_day_before_is_used_and_named(store, tmp_path) -> None:
    with store.transaction() as s:
        assert update_rates_from_ecb_csv(s, write_ecb(tmp_path)) == 19
        assert update_rates_from_ecb_csv(s, write_ecb(tmp_path)) == 19  # again: updated
    rows = [row(2, source_id="U", currency="USD", gross=10857, when="2024-03-05T15:00"),
            row(3, source_id="C", currency="CAD", gross=14732, when="2024-03-10T09:00"),
            row(4, source_id="M", currency="MAD", gross=10000, when="2024-03-05T09:00")]
    plan, result = run(store, ("a.csv", rows))
    usd, cad, mad = plan.files[0].rows
    assert (usd.rate_source, cad.rate_source) == ("ecb 2024-03-05", "ecb 2024-03-08")
    assert mad.outcome is Outcome.ATTENTION  # the ECB has no MAD: never a silent 1:1
    assert mad.reason == ("no exchange rate for MAD on 2024-03-05: update the rates or enter "
                          "one")
    assert result.added == 2 and result.left == 1
    assert [(p[5], p[7], p[9]) for p in payments(store)] == [
        ("USD", 10000, "ecb 2024-03-05"), ("CAD", 9991, "ecb 2024-03-08")]
    # The person enters the MAD rate: recorded as "entered".
    plan, result = run(store, ("a.csv", rows),
                       accept={mad.identity: Decision("add", rate=Decimal("0.092"))})
    assert result.added == 1
    assert [p[7:10] for p in payments(store) if p[5] == "MAD"] == [(920, "0.092", "entered")]


def test_ecb_rates_more_than_a_week_old_are_not_used(store, tmp_path) -> None:
    with store.transaction() as s:
        update_rates_from_ecb_csv(s, write_ecb(tmp_path))
    plan, _ = run(store, ("a.csv", [row(source_id="U", currency="USD", when="2024-03-16")]))
    assert plan.files[0].rows[0].outcome is Outcome.ATTENTION


def test_a_file_that_is_not_the_ecb_csv_is_refused_and_writes_nothing(store, tmp_path) -> None:
    bad = tmp_path / "rates.csv"
    bad.write_text("Day,USD\n2024-03-05,1.08\n", encoding="utf-8")
    with store.transaction() as s, pytest.raises(ImportProblem, match="first column"):
        update_rates_from_ecb_csv(s, bad)
    bad.write_text("Date,USD\n2024-03-05,abc\n", encoding="utf-8")
    with store.transaction() as s, pytest.raises(ImportProblem, match=r"line 2.*USD"):
        update_rates_from_ecb_csv(s, bad)


def test_a_hand_entered_payment_is_a_likely_duplicate_never_merged_silently(store) -> None:
    with store.transaction() as s:
        hand = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=9630, currency="EUR",
                              received_at=at("2024-03-03T12:00"), note="by hand")
        hand_id = hand.id
    imported = row(source_id="PP9", gross=10000, fee=370, when="2024-03-05T10:00")
    plan, result = run(store, ("paypal.csv", [imported]))
    (planned,) = plan.files[0].rows
    assert planned.outcome is Outcome.ATTENTION and planned.same_as == hand_id
    assert planned.reason == "looks like the payment of €96.30 entered on 2024-03-03"
    assert result.left == 1 and len(payments(store)) == 1
    _, result = run(store, ("paypal.csv", [imported]),
                    accept={planned.identity: Decision("same", payment_id=hand_id)})
    assert result.same == 1 and len(payments(store)) == 1
    plan, _ = run(store, ("paypal.csv", [imported]))
    assert outcomes(plan) == ["duplicate"]


# --------------------------------------------------------------------------- business


def test_client_and_order_are_suggested_and_an_unknown_payer_can_become_a_client(store) -> None:
    with store.transaction() as s:
        lumiere = client(s, "Agence Lumière", email="Compta@Lumiere.fr")
        o = order(s, client_obj=lumiere, price_minor=20000, platform_name="Direct",
                  received="2024-02-20T09:00", external_ref="FAC-2024-007")
        other = order(s, client_obj=lumiere, price_minor=5000, received="2024-02-01T09:00")
        maple = client(s, "Maple Books")
        upwork = order(s, client_obj=maple, price_minor=30000, currency="USD",
                       platform_name="Upwork", received="2024-02-25T09:00",
                       title="Translation — contract 3456789")
        ids = lumiere.id, o.id, other.id, maple.id, upwork.id
    rows = [row(2, source_id="1", gross=20000, counterparty_email="compta@lumiere.fr"),
            row(3, source_id="2", gross=5000, counterparty="AGENCE LUMIERE"),
            row(4, source_id="3", gross=1234, reference="FAC-2024-007"),
            row(5, source="upwork", source_id="4", currency="USD", gross=27000,
                counterparty="maple books", rate=Decimal("0.9"), rate_to="EUR"),
            row(6, source_id="5", gross=999, counterparty="Nadia  Benali")]
    with store.transaction() as s:
        plan = plan_import(s, [("a.csv", "test", rows)])
    got = [(r.client_id, r.order_id, r.new_client) for r in plan.files[0].rows]
    lum, o_id, other_id, maple_id, up_id = ids
    assert got == [(lum, o_id, ""), (lum, other_id, ""), (lum, o_id, ""),
                   (maple_id, up_id, ""), (None, None, "Nadia Benali")]
    with store.transaction() as s:
        apply_plan(s, plan, now=NOW)
    with store.session() as s:
        by_client = {r.key: r.net_minor for r in income_report(s, "client").rows}
    assert by_client == {"Agence Lumière": 20000 + 5000 + 1234, "Maple Books": 24300,
                         "—": 999}


def test_a_payment_with_a_client_and_no_order_counts_under_its_client(store) -> None:
    with store.transaction() as s:
        c = client(s, "Atlas Média", email="pay@atlas.ma")
        c_id = c.id
    run(store, ("a.csv", [row(source_id="1", gross=4200, counterparty_email="pay@atlas.ma")]))
    with store.session() as s:
        assert s.scalars(select(Payment)).one().client_id == c_id
        rows = {r.key: r.net_minor for r in income_report(s, "client").rows}
    assert rows == {"Atlas Média": 4200}


def test_upwork_hours_become_time_entries_of_the_contracts_order(store) -> None:
    with store.transaction() as s:
        o = order(s, price_minor=30000, currency="USD", platform_name="Upwork",
                  received="2024-02-25T09:00", external_ref="3456789")
        o_id = o.id
    week = row(2, source="upwork", when="2024-03-04T00:00", gross=0, hours=Decimal("10.5"),
               contract="3456789", kind=RowKind.INCOME)
    lost = row(3, source="upwork", when="2024-03-04T00:00", gross=0, hours=Decimal("2"),
               contract="999", kind=RowKind.INCOME)
    plan, result = run(store, ("hours.csv", [week, lost]))
    assert outcomes(plan) == ["add", "attention"]
    assert result.time_entries == 2 and result.added == 0
    with store.session() as s:
        entries = s.scalars(select(TimeEntry).order_by(TimeEntry.started_at)).all()
        assert {e.order_id for e in entries} == {o_id}
        zone = store_settings.local_zone(s)
        assert [(e.started_at.astimezone(zone).strftime("%d %H:%M"),
                 (e.ended_at - e.started_at).total_seconds() / 3600) for e in entries] == [
            ("04 09:00", 8.0), ("05 09:00", 2.5)]
    _, result = run(store, ("hours.csv", [week, lost]))
    assert result.time_entries == 0  # imported once


def test_the_income_report_changes_by_the_net_of_the_added_rows(store) -> None:
    with store.transaction() as s:
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=5000, currency="EUR",
                       received_at=at("2024-01-03T12:00"))
    with store.session() as s:
        before = income_report(s, "year").total.net_minor
    plan, _ = run(store, ("a.csv", [row(source_id="1", gross=10000, fee=300),
                                    row(3, source_id="2", kind=RowKind.REFUND, gross=-1000)]))
    with store.session() as s:
        after = income_report(s, "year").total.net_minor
    assert after - before == plan.files[0].totals()["EUR"].net_minor == 8700


# --------------------------------------------------------------------------- properties


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    """Opened once for a property test's examples; `fresh` empties them between examples."""
    d = tmp_path_factory.mktemp("ledger")
    a, b = open_store(d / "a.db"), open_store(d / "b.db")
    yield a, b
    a.close()
    b.close()


def fresh(store: Store) -> Store:
    with store.transaction() as s:
        for table in (ImportedRow, TimeEntry, Payment):
            s.execute(delete(table))
    return store


def state(store: Store) -> tuple[list[tuple], list[tuple]]:
    return sorted(payments(store), key=repr), ledger_rows(store)


_BASE = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@st.composite
def exports(draw: st.DrawFn) -> list[SourceRow]:
    """A bank or PayPal history: rows in time order, some with ids, some twins."""
    n = draw(st.integers(1, 12))
    rows: list[SourceRow] = []
    minute = 0
    for i in range(n):
        minute += draw(st.integers(0, 3 * 24 * 60))
        kind = draw(st.sampled_from([RowKind.INCOME, RowKind.INCOME, RowKind.REFUND,
                                     RowKind.FEE, RowKind.EXPENSE, RowKind.TRANSFER_OUT]))
        gross = draw(st.integers(1, 50000))
        fee = 0 if kind is not RowKind.INCOME else draw(st.integers(0, gross - 1))
        if kind is RowKind.FEE:
            gross, fee = 0, draw(st.integers(1, 500))
        elif kind is not RowKind.INCOME:
            gross = -gross
        with_id = draw(st.booleans())
        r = SourceRow(line=i + 2, source="bank", occurred_at=_BASE + timedelta(minutes=minute),
                      kind=kind, currency="EUR", gross_minor=gross, fee_minor=fee,
                      net_minor=gross - fee, source_id=f"T{i}" if with_id else None,
                      memo=draw(st.sampled_from(["", "VIR", "Coffee"])))
        rows.append(r)
        if not with_id and draw(st.integers(0, 4)) == 0:
            rows.append(r)  # an identical twin, the same second
    return rows


def _slice(rows: list[SourceRow], start: datetime, stop: datetime) -> list[SourceRow]:
    """The rows a file covering [start, stop] holds (twins travel together)."""
    return [r for r in rows if start <= r.occurred_at <= stop]


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=exports(), cuts=st.lists(st.integers(0, 40 * 24), min_size=4, max_size=4))
def test_importing_twice_or_overlapping_files_equals_importing_the_union_once(
        two_stores: tuple[Store, Store], rows: list[SourceRow], cuts: list[int]) -> None:
    a0, a1, b0, b1 = (_BASE + timedelta(hours=h) for h in cuts)
    a0, a1 = min(a0, a1), max(a0, a1)
    b0, b1 = min(b0, b1), max(b0, b1)
    a, b = _slice(rows, a0, a1), _slice(rows, b0, b1)
    union = [r for r in rows if a0 <= r.occurred_at <= a1 or b0 <= r.occurred_at <= b1]
    once, twice = fresh(two_stores[0]), fresh(two_stores[1])
    run(once, ("union.csv", union))
    run(twice, ("a.csv", a))
    run(twice, ("b.csv", b))
    run(twice, ("a.csv", a))
    run(twice, ("b.csv", b), ("a.csv", a))
    assert state(twice) == state(once)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order_=st.permutations(range(3)), together=st.booleans(),
       net=st.integers(100, 10**7), fee=st.integers(0, 99))
def test_a_transfer_chain_is_counted_once_however_the_files_come(
        two_stores: tuple[Store, Store], order_: list[int], together: bool, net: int,
        fee: int) -> None:
    """Upwork earning → withdrawal to PayPal → PayPal withdrawal → bank credit from PayPal."""
    upwork = [row(2, source="upwork", source_id="U1", gross=net + fee, fee=fee,
                  when="2024-03-01T10:00"),
              row(3, source="upwork", source_id="U2", kind=RowKind.TRANSFER_OUT, gross=-net,
                  when="2024-03-02T10:00")]
    paypal = [row(2, source="paypal", source_id="P1", kind=RowKind.TRANSFER_IN, gross=net,
                  counterparty="Upwork Global Inc.", when="2024-03-02T12:00"),
              row(3, source="paypal", source_id="P2", kind=RowKind.TRANSFER_OUT, gross=-net,
                  when="2024-03-03T10:00")]
    bank = [row(5, source="bank", kind=RowKind.TRANSFER_IN, gross=net,
                memo="VIREMENT PAYPAL EUROPE", when="2024-03-06T00:00")]
    files = [("upwork.csv", upwork), ("paypal.csv", paypal), ("bank.csv", bank)]
    ordered = [files[i] for i in order_]
    store = fresh(two_stores[0])
    if together:
        run(store, *ordered)
    else:
        for f in ordered:
            run(store, f)
        for f in ordered:  # rows that waited for a missing history are settled now
            run(store, f)
    with store.session() as s:
        assert s.scalar(select(func.sum(Payment.amount_minor))) == net
        assert s.scalar(select(func.count(Payment.id))) == 1
        assert s.scalar(select(func.count(ImportedRow.id))) == 5


def test_a_skipped_row_seen_again_is_skipped_again_and_a_completed_pending_row_is_added(
        store) -> None:
    """Issue 15: rows skipped on the first import and transfers were listed on re-import as
    "imported on <today>"; a pending payment that completed since was a duplicate."""
    first = [row(2, source_id="P", status=RowStatus.PENDING),
             row(3, source_id="E", kind=RowKind.EXPENSE, gross=-1500),
             row(4, source_id="H", kind=RowKind.HOLD, gross=-1000),
             row(5, source_id="W", kind=RowKind.TRANSFER_OUT, gross=-2000),
             row(6, source_id="I", gross=3000)]
    run(store, ("a.csv", first))
    again, result = run(store, ("a.csv", first))
    reasons = [str(r.reason) for r in again.files[0].rows]
    assert outcomes(again)[:3] == ["skip"] * 3
    assert reasons[0] == "pending: imported once it completes"
    assert reasons[1] == "money spent, not income"
    assert reasons[2] == "a hold: it moves no money for good"
    assert outcomes(again)[3:] == ["duplicate", "duplicate"]
    assert reasons[3].startswith("already recorded as a transfer on ")
    assert reasons[4].startswith("imported on ")
    assert result.added == 0
    completed = [row(2, source_id="P", when="2024-03-06T10:00:00"), *first[1:]]
    later, result = run(store, ("b.csv", completed))
    assert outcomes(later)[0] == "add" and result.added == 1
    assert sorted(p[1] for p in payments(store)) == ["I", "P"]
    _, result = run(store, ("b.csv", completed))
    assert result.added == 0


def test_paypals_conversion_a_few_cents_off_the_payment_gives_its_rate(store) -> None:
    """paypal_statement_en.csv: a $1,261.04 payment, then USD −1,261.00 → EUR 1,058.09 the
    same day: PayPal's own rate, not the ECB's."""
    from storage.imports.profiles import recognise
    from storage.imports.reading import read_table

    path = Path(__file__).resolve().parents[4] / "shared/testdata/exports/paypal_statement_en.csv"
    table = read_table(path)
    profile = recognise(table)
    plan, _ = run(store, (path.name, list(profile.rows(table))))
    (payment,) = [r for r in plan.files[0].rows if r.row.source_id == "TID9"]
    assert payment.row.net_minor == 126104
    assert (payment.rate, payment.rate_source) == (
        (Decimal("1058.09") / Decimal("1261.00")).quantize(payment.rate), "export")

    income = row(2, source_id="PAY1", currency="USD", gross=126104, when="2024-03-01T10:00")
    out_of = row(3, source_id="CV1", kind=RowKind.CONVERSION, currency="USD", gross=-126100,
                 related_id="CV2", when="2024-03-01T10:05")
    into = row(4, source_id="CV2", kind=RowKind.CONVERSION, currency="EUR", gross=105809,
               related_id="CV1", when="2024-03-01T10:05")
    plan, _ = run(store, ("paypal.csv", [income, out_of, into]))
    planned = plan.files[0].rows[0]
    assert planned.rate_source == "export"
    assert planned.rate == (Decimal("1058.09") / Decimal("1261.00")).quantize(planned.rate)


def test_a_row_with_a_formula_in_a_text_cell_waits_and_is_never_a_client_name(store) -> None:
    """Issue 15 ("a formula in a cell: a clear message and nothing written"):
    =HYPERLINK("http://x","y") as the payer was imported raw and offered as a client."""
    formula = '=HYPERLINK("http://x","y")'
    rows = [row(2, source_id="F1", counterparty=formula),
            row(3, source_id="F2", counterparty="Zoé", memo="+cmd|' /C calc'!A0"),
            row(4, source_id="OK", counterparty="Zoé")]
    plan, result = run(store, ("a.csv", rows))
    first, second, third = plan.files[0].rows
    assert (first.outcome, second.outcome, third.outcome) == (
        Outcome.ATTENTION, Outcome.ATTENTION, Outcome.ADD)
    assert str(first.reason) == ("the payer “=HYPERLINK(\"http://x\",\"y\")” looks like a "
                                 "spreadsheet formula: check the file")
    assert str(second.reason).startswith("the memo “+cmd|")
    assert first.new_client == "" and second.new_client == ""
    assert result.added == 1 and [p[1] for p in payments(store)] == ["OK"]

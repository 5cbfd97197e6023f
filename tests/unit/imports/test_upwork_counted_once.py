"""The Upwork weekly summary and the Upwork transaction history describe the same earnings:
imported together, or one after the other in either order, the money counts once (the
history is the money, with its fees; the weekly summary is the hours)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from storage import settings
from storage.db import Store
from storage.imports.ledger import Decision, apply_plan, plan_import
from storage.imports.model import Outcome, SourceRow
from storage.imports.profiles.upwork import UpworkTransactions, UpworkWeeklySummary
from storage.imports.reading import read_table
from storage.income import income_report
from storage.tables import ImportedRow, Payment, TimeEntry
from tests.factories import at, client, order

EXPORTS = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
WEEKLY = EXPORTS / "upwork_weekly_summary.csv"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
BOOTSTRAP = "34848691"  # Bootstrap5 Expert: 9 days, 42 hours of work in the weekly summary
HEADER = ("Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,"
          "Amount in local currency,Currency,Balance\n")


def _money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


def _day(d: date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def weekly_rows() -> list[SourceRow]:
    return list(UpworkWeeklySummary().rows(read_table(WEEKLY)))


def history_csv(tmp_path: Path, weekly: list[SourceRow], until: date | None = None) -> Path:
    """A transaction history (old layout) of the same earnings: one hourly payment a
    contract and week (the sum of its days, dated the Monday after the week, as Upwork
    invoices it), each fixed price payment and bonus on its day, a 10 % service fee each."""
    weeks: dict[tuple[str, date], int] = defaultdict(int)
    lines: list[tuple[date, str, str, int]] = []
    for r in weekly:
        day = r.occurred_at.date()
        payment_type = r.memo.rpartition(" · ")[2]  # "<contract> · Hourly"
        if payment_type == "Hourly":
            weeks[(r.reference, day - timedelta(days=day.weekday()))] += r.gross_minor
        else:
            kind = "Bonus" if payment_type == "Bonus" else "Fixed Price"
            lines.append((day, kind, f"{r.contract} ({r.reference})", r.gross_minor))
    for (_contract, monday), amount in weeks.items():
        lines.append((monday + timedelta(days=7), "Hourly",
                      f"Invoice for {monday:%m/%d/%Y}-{monday + timedelta(days=6):%m/%d/%Y}",
                      amount))
    text, ref = [HEADER], 1000
    for day, kind, description, amount in sorted(lines):
        if until is not None and day > until:
            continue
        ref += 2
        text.append(f'"{_day(day)}",{ref},{kind},"{description}",,Jo Free,Client,Jo Free,,'
                    f'{_money(amount)},{_money(amount)},USD,0.00\n')
        fee = -round(amount / 10)
        text.append(f'"{_day(day)}",{ref + 1},Service Fee,"Service Fee for {kind} - Ref ID '
                    f'{ref}",,Jo Free,Client,Jo Free,,{_money(fee)},{_money(fee)},USD,0.00\n')
    path = tmp_path / "upwork_transactions.csv"
    path.write_text("".join(text), encoding="utf-8")
    return path


def history_rows(path: Path) -> list[SourceRow]:
    return list(UpworkTransactions().rows(read_table(path)))


@pytest.fixture()
def upwork_store(store: Store) -> tuple[Store, int]:
    with store.transaction() as s:
        settings.put(s, "home_currency", "USD")
        o = order(s, client_obj=client(s, "Bootstrap Client"), price_minor=10000,
                  currency="USD", platform_name="Upwork", received="2023-09-01T09:00",
                  external_ref=BOOTSTRAP, title="Bootstrap5 Expert")
        return store, o.id


def run(store: Store, *files: tuple[str, str, list[SourceRow]],
        accept: dict[str, Decision] | None = None):
    with store.transaction() as s:
        plan = plan_import(s, list(files))
        return plan, apply_plan(s, plan, accept=accept, now=NOW)


def income(store: Store) -> int:
    with store.session() as s:
        return income_report(s, "year").total.net_minor


def hours_of(store: Store, order_id: int) -> Decimal:
    with store.session() as s:
        seconds = s.scalar(select(func.sum(
            func.julianday(TimeEntry.ended_at) - func.julianday(TimeEntry.started_at))
        ).where(TimeEntry.order_id == order_id)) or 0
    return round(Decimal(seconds * 24), 2)


def _expected(weekly: list[SourceRow], history: list[SourceRow]) -> tuple[int, Decimal]:
    money = sum(r.net_minor for r in history)  # earnings less the service fees
    hours = sum((r.hours or 0 for r in weekly if r.reference == BOOTSTRAP), Decimal(0))
    return money, round(hours, 2)


ORDERS = {
    "one plan, weekly first": [("w", "h")],
    "one plan, history first": [("h", "w")],
    "weekly, then history": [("w",), ("h",)],
    "history, then weekly": [("h",), ("w",)],
}


@pytest.mark.parametrize("order_of_files", ORDERS.values(), ids=ORDERS.keys())
def test_weekly_summary_and_transaction_history_count_the_money_once(
        upwork_store: tuple[Store, int], tmp_path: Path,
        order_of_files: list[tuple[str, ...]]) -> None:
    store, order_id = upwork_store
    weekly = weekly_rows()
    history = history_rows(history_csv(tmp_path, weekly))
    files = {"w": ("upwork_weekly_summary.csv", "upwork-weekly", weekly),
             "h": ("upwork_transactions.csv", "upwork-transactions", history)}
    plans = [run(store, *(files[k] for k in step))[0] for step in order_of_files]
    money, hours = _expected(weekly, history)
    assert income(store) == money
    assert hours_of(store, order_id) == hours == Decimal("42.00")
    rows = [r for p in plans for f in p.files for r in f.rows]
    assert not [r for r in rows if r.outcome is Outcome.ATTENTION]  # every week matched
    skipped = [r for r in rows if r.row in weekly and r.outcome is Outcome.SKIP]
    if skipped:  # the history came first, or in the same plan: the weekly money is skipped
        assert len(skipped) == len(weekly)
        kept = [r for r in skipped if r.row.reference == BOOTSTRAP]
        assert {r.reason for r in kept} == {
            "counted in the Upwork transaction history; its hours are kept"}
    else:  # the weekly summary came first: the history's payments are its duplicates
        paid = [r for r in plans[1].files[0].rows if r.row.kind.value == "income"]
        assert {r.outcome for r in paid} == {Outcome.DUPLICATE}
        assert all(r.linked_identity.startswith("upwork:h:") for r in paid)
    for step in order_of_files:  # importing again changes nothing
        run(store, *(files[k] for k in step))
    assert income(store) == money and hours_of(store, order_id) == hours


def test_weekly_rows_outside_the_history_are_income_and_a_history_row_with_no_match_waits(
        upwork_store: tuple[Store, int], tmp_path: Path) -> None:
    store, _ = upwork_store
    weekly = weekly_rows()
    history = history_rows(history_csv(tmp_path, weekly, until=date(2024, 6, 30)))
    last = max(r.occurred_at for r in history)
    plan, _ = run(store, ("h.csv", "upwork-transactions", history),
                  ("w.csv", "upwork-weekly", weekly))
    later = [r for r in plan.files[1].rows if r.outcome is Outcome.ADD]
    assert later and all(r.row.occurred_at > last - timedelta(days=7) for r in later)
    assert income(store) == sum(r.net_minor for r in history) + sum(
        r.row.net_minor for r in later)

    # The weekly summary alone first, then a history payment it cannot be matched to.
    with store.transaction() as s:
        for table in (ImportedRow, TimeEntry, Payment):
            s.execute(delete(table))
    run(store, ("w.csv", "upwork-weekly", weekly))
    before = income(store)
    odd = SourceRow(line=2, source="upwork", occurred_at=at("2023-10-30T12:00"),
                    kind=history[0].kind, currency="USD", gross_minor=4321,
                    net_minor=4321, source_id="77", memo="Invoice for 10/23/2023-10/29/2023")
    plan, result = run(store, ("h.csv", "upwork-transactions", [odd]))
    (planned,) = plan.files[0].rows
    assert planned.outcome is Outcome.ATTENTION
    assert planned.reason == ("the Upwork weekly summary already counted this period's "
                              "earnings: add this payment as well, or skip it?")
    assert result.left == 1 and income(store) == before

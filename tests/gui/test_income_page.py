"""The income page: charts, table, pending payouts, URSSAF summary and CSV export agree with
the storage reports; reports are computed in background jobs."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt

from desktop.changes import Changed
from desktop.ui.pages.income import IncomePage
from storage import settings
from storage.fees import pending_clearance
from storage.income import GROUPINGS, income_report
from storage.tables import UrssafYear
from storage.urssaf import next_declaration
from tests.gui.conftest import NOW

TIMEOUT = 15_000
USER = Qt.ItemDataRole.UserRole


def _dispose(p: IncomePage, ctx) -> None:
    """Destroy the page now, once no job runs: Qt objects destroyed later (deleteLater, as
    qtbot.addWidget does) can die while a worker thread runs Python, which PySide does not
    survive."""
    assert ctx.jobs.wait(TIMEOUT)
    QCoreApplication.sendPostedEvents()  # the jobs' last signals, while the page exists
    p.close()
    p.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def page(demo_ctx, qtbot) -> Iterator[IncomePage]:
    p = IncomePage(demo_ctx)
    p.resize(1090, 760)
    with qtbot.waitSignal(p.updated, timeout=TIMEOUT):
        p.refresh()
    yield p
    _dispose(p, demo_ctx)


def _report(ctx, by: str, year: int | None = None):
    with ctx.store.session() as s:
        return income_report(s, by, year)


def _total_row(page: IncomePage) -> dict[str, object]:
    model = page.table_model
    row = model.rowCount() - 1
    return {name: model.data(model.index(row, col), USER)
            for col, name in enumerate(model.COLUMNS)}


def test_stacked_chart_adds_up_to_the_income_report(page, demo_ctx) -> None:
    report = _report(demo_ctx, "month")
    sets = page.month_chart.bar_sets()
    bars = sum(bs.count() for bs in sets)
    assert len(sets) == len(page.data.months.platforms) >= 2
    assert {bs.count() for bs in sets} == {len(report.rows)}
    # Bars are display floats of euros; allow a cent per bar.
    assert abs(page.month_chart.total() * 100 - report.total.net_minor) <= bars
    assert page.data.months.total_minor == report.total.net_minor  # the exact figures agree
    assert page.month_chart.chart().legend().alignment() == Qt.AlignmentFlag.AlignBottom
    # The client chart holds the top 10 only; "Others" is a line under it, with its share:
    # as a bar it dwarfed the ten clients. Together, every payment.
    (client_set,) = page.client_chart.bar_sets()
    assert client_set.count() == 10
    assert "Others" not in page.client_chart.categories()
    others = page.data.other_clients
    assert others is not None and page.data.other_count >= 1
    assert abs(page.client_chart.total() * 100 + others.net_minor
               - report.total.net_minor) <= client_set.count()
    share = round(others.net_minor * 100 / report.total.net_minor)
    assert page.client_others.isVisibleTo(page)
    assert page.client_others.text() == "Others ({} clients): {}, {}% of net".format(
        page.data.other_count, demo_ctx.i18n.money(others.net_minor, "EUR"), share)
    first = page.month_chart.bar_sets()[0]
    month = page.data.months.periods[0]
    pid, name = page.data.months.platforms[0]
    cents = page.data.months.net_minor[pid][0]
    assert page.month_chart.tooltip_text(first, 0) == "{}, {}: {}".format(
        name, "October 2024", demo_ctx.i18n.money(cents, "EUR")) and month == "2024-10"
    assert not page.client_chart.tooltip_text(client_set, 0).startswith("Others")


def test_table_total_row_equals_the_report_for_each_grouping(page, demo_ctx, qtbot) -> None:
    model = page.table_model
    for grouping in GROUPINGS:
        if page.selected_grouping() != grouping:
            with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
                page.set_grouping(grouping)
        report = _report(demo_ctx, grouping)
        assert model.rowCount() == len(report.rows) + 1
        total = _total_row(page)
        assert (total["gross"], total["fees"], total["net"], total["orders"]) == (
            report.total.gross_minor, report.total.fees_minor, report.total.net_minor,
            report.total.orders), grouping
        last = model.rowCount() - 1
        assert model.data(model.index(last, 0)) == "Total"
        assert model.data(model.index(last, 3)) == demo_ctx.i18n.money(
            report.total.net_minor, "EUR")
        assert model.data(model.index(last, 0), Qt.ItemDataRole.FontRole).bold()
        align = model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole)
        assert align & Qt.AlignmentFlag.AlignRight
        assert model.headerData(0, Qt.Orientation.Horizontal) == page.group_combo.currentText()


def test_changing_the_year_narrows_the_table_and_charts(page, demo_ctx, qtbot) -> None:
    all_rows = page.table_model.rowCount()
    years = [page.year_combo.itemData(i) for i in range(page.year_combo.count())]
    assert years == [None, 2026, 2025, 2024]
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.set_year(2025)
    report = _report(demo_ctx, "month", 2025)
    model = page.table_model
    assert model.rowCount() == 13 < all_rows
    assert [model.data(model.index(r, 0), USER) for r in range(12)] == [
        f"2025-{m:02d}" for m in range(1, 13)]
    assert _total_row(page)["net"] == report.total.net_minor
    assert abs(page.month_chart.total() * 100 - report.total.net_minor) <= 12 * 5
    assert "2025" in page.month_chart.chart().title()
    assert page.year_combo.currentData() == 2025
    # The choice is remembered for the next time the page opens.
    assert demo_ctx.qsettings.value("income/year") == "2025"


def test_a_newer_request_replaces_a_running_one(page, qtbot) -> None:
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.refresh()
        assert not page.loading.isHidden()  # "Loading…" while the job runs
        page.set_year(2024)  # a second request while the first runs
    qtbot.waitUntil(lambda: not page.loading_now, timeout=TIMEOUT)
    assert page.data.generation == page.generation
    assert page.data.year == 2024
    assert page.loading.isHidden()
    assert all(k.startswith("2024") for k in page.data.months.periods)


def test_csv_export_writes_the_report(page, demo_ctx, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.set_grouping("client")
    path = tmp_path / "income.csv"
    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT):
        page.export_csv(path)
    report = _report(demo_ctx, "client")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(report.rows)
    assert sum(Decimal(r["net"]) for r in rows) * 100 == report.total.net_minor
    assert {r["currency"] for r in rows} == {"EUR"}
    assert "income.csv" in page.last_status and "exported" in page.last_status
    assert page.export_button.isEnabled()

    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT):
        page.export_csv(tmp_path / "missing-folder" / "income.csv")
    assert page.last_status.startswith("The export failed")


def test_pending_clearance_total_equals_storage(page, demo_ctx) -> None:
    with demo_ctx.store.session() as s:
        pending = pending_clearance(s, NOW)
        expected: dict[str, int] = {}
        for p in pending:
            expected[p.order.currency] = expected.get(p.order.currency, 0) + p.net
    assert pending
    assert page.pending_totals == expected
    assert page.pending_model.rowCount() == len(pending)
    shown = sum(page.pending_model.item(r, 4).data(USER)
                for r in range(page.pending_model.rowCount()))
    assert shown == sum(expected.values())
    for currency, amount in expected.items():
        assert demo_ctx.i18n.money(amount, currency) in page.pending_total.text()
    states = {page.pending_model.item(r, 5).text() for r in range(page.pending_model.rowCount())}
    assert states <= {"Pending", "Cleared, awaiting payout"}


def test_declaration_summary_highlights_the_next_declaration(page, demo_ctx, qtbot) -> None:
    assert page.declaration_stack.currentIndex() == 0
    model = page.declaration_model
    with demo_ctx.store.session() as s:
        nxt = next_declaration(s, NOW.date())
    assert nxt is not None
    keys = [model.item(r, 0).data(USER) for r in range(model.rowCount() - 1)]
    assert keys == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    row = keys.index(nxt.key)
    assert model.item(row, 0).font().bold()
    assert not model.item(0, 0).font().bold() or row == 0
    assert not page.next_banner.isHidden()
    assert demo_ctx.i18n.money(nxt.total_declared_minor, "EUR") in page.next_banner.text()
    assert page.threshold_banners == []

    with demo_ctx.store.transaction() as s:  # a year close to the ceiling: warnings show
        figures = s.get(UrssafYear, 2026)
        figures.ceiling_services_minor = 2_000_000
        figures.vat_services_minor = 1_500_000
        figures.vat_services_tolerance_minor = 1_600_000
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.refresh()
    levels = {b.property("level") for b in page.threshold_banners}
    assert levels == {"warning", "over_tolerance"}
    assert any("VAT is due" in b.text() for b in page.threshold_banners)


def test_non_euro_home_currency_explains_the_urssaf_helper(page, demo_ctx, qtbot) -> None:
    with demo_ctx.store.transaction() as s:
        settings.put(s, "home_currency", "CAD")
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        demo_ctx.events.emit(Changed.SETTINGS)  # hidden page: notes it is stale
        page.refresh()
    assert page.declaration_stack.currentIndex() == 1
    assert "euros" in page.declaration_message.text()
    assert "CAD" in page.declaration_message.text()
    assert page.declaration_model.rowCount() == 0
    # Payments were converted to EUR when entered: they are not CAD income.
    assert page.table_stack.currentIndex() == 1
    assert not page.excluded_note.isHidden()


def test_language_switch_reformats_amounts(page, demo_ctx, qtbot) -> None:
    model = page.table_model
    last = model.rowCount() - 1
    assert model.data(model.index(last, 3)).startswith("€")
    demo_ctx.i18n.set_language("fr")
    chart = page.month_chart.chart()
    qtbot.waitUntil(lambda: chart.locale().language() == QLocale.Language.French,
                    timeout=TIMEOUT)
    assert model.data(model.index(last, 3)).endswith("€")
    assert "\u00a0€" in page.next_banner.text()  # French amounts: 4 297,58 €
    assert page.client_chart.chart().locale().language() == QLocale.Language.French


def test_empty_store_shows_helpful_sentences(ctx, qtbot) -> None:
    p = IncomePage(ctx)
    try:
        with qtbot.waitSignal(p.updated, timeout=TIMEOUT):
            p.refresh()
        assert p.table_stack.currentIndex() == 1
        assert p.month_chart.bar_sets() == []
        assert "No payments yet" in p.month_chart.empty_label.text()
        assert p.pending_stack.currentIndex() == 1
        assert [p.year_combo.itemData(i) for i in range(p.year_combo.count())] == [None]
    finally:
        _dispose(p, ctx)


def test_a_declaration_marked_done_is_not_offered_again(page, demo_ctx, qtbot) -> None:
    from storage import obligations
    from storage.urssaf import overview

    today = NOW.date()  # 23 Nov 2026: Q4 2026 is the next one
    with demo_ctx.store.transaction() as s:
        zone = settings.local_zone(s)
        q4 = next(d for d in overview(s, today, zone).declarations
                  if d.period_key == "2026-Q4")
        obligations.mark_done(s, q4, NOW)  # marked done early, as Today allows
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.refresh()
    # the banner names the next period not done (Q1 2027, due 30 April), as Today does
    assert "Q4 2026" not in page.next_banner.text()
    assert "Q1 2027" in page.next_banner.text()
    with demo_ctx.store.session() as s:
        nxt = next_declaration(s, today)
    assert nxt is not None and nxt.key == "2027-Q1"


def test_declaration_headers_are_not_clipped_in_french(page, demo_ctx, qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    demo_ctx.i18n.set_language("fr")
    try:
        with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
            page.refresh()
        page.show()
        page.status_stack.setCurrentWidget(page.urssaf_box)
        qtbot.wait(10)  # the layout settles (no timing asserted)
        header = page.declaration_table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        model = page.declaration_model
        labels = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
        assert "Prestations de services (BIC)" in labels
        for col, text in enumerate(labels):
            assert header.sectionSize(col) >= metrics.horizontalAdvance(text), text
    finally:
        demo_ctx.i18n.set_language("en")

"""The Income page's Proposals tab: the win rate of the inbox's opportunities by gig and by
platform (storage.win_rates), over a chosen period, reachable from the keyboard, with an
empty state before any opportunity is won or lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.ui.pages.income import IncomePage
from storage.tables import Gig, Opportunity, OpportunityStatus
from tests.factories import at, platform
from tests.gui.conftest import dispose

TIMEOUT = 15_000
USER = Qt.ItemDataRole.UserRole
WON, LOST, SENT = (OpportunityStatus.WON, OpportunityStatus.LOST,
                   OpportunityStatus.PROPOSAL_SENT)


def _page(ctx, qtbot) -> IncomePage:
    page = IncomePage(ctx)
    page.resize(1090, 760)
    with qtbot.waitSignal(page.updated, timeout=TIMEOUT):
        page.refresh()
    return page


def _show_proposals_small(page: IncomePage, qtbot) -> None:
    """The Proposals tab on screen in a small window (800 × 560), laid out."""
    page.resize(800, 560)
    page.tabs.setCurrentWidget(page.proposals_panel)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()


@pytest.fixture
def decided(ctx) -> Iterator:
    with ctx.store.transaction() as s:
        logo = Gig(title="Minimalist logo", platform=platform(s, "Fiverr"))
        s.add(logo)
        # this month (NOW is 2026-11-23): logo on Fiverr won twice, lost once, one waiting
        for status in (WON, WON, LOST, SENT):
            s.add(Opportunity(title="Logo", text="…", status=status, gig=logo,
                              platform=platform(s, "Fiverr"),
                              received_at=at("2026-11-10T10:00")))
        # last year: lost on Malt with no gig (only in "All time")
        s.add(Opportunity(title="Article", text="…", status=LOST,
                          platform=platform(s, "Malt"), received_at=at("2025-06-01T10:00")))
    yield ctx


def _rows(page: IncomePage, by: str) -> list[list[str]]:
    model = page.proposals_panel.models[by]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_proposals_tab_shows_win_rates_by_gig_and_platform(decided, qtbot) -> None:
    page = _page(decided, qtbot)
    try:
        panel = page.proposals_panel
        assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Proposals"
        page.tabs.setCurrentWidget(panel)
        # all time (the default): 2 won of 4 decided overall; Fiverr 2 / 3 = 67%
        assert panel.selected_span() == "all"
        assert _rows(page, "gig") == [
            ["Minimalist logo", "2", "1", "1", "67%"],
            ["No gig chosen", "0", "1", "0", "0%"],
            ["Total", "2", "2", "1", "50%"]]
        assert _rows(page, "platform")[:2] == [
            ["Fiverr", "2", "1", "1", "67%"], ["Malt", "0", "1", "0", "0%"]]
        # this month leaves last year's lost Malt request out
        panel.span_combo.setCurrentIndex(panel.span_combo.findData("month"))
        assert _rows(page, "platform") == [
            ["Fiverr", "2", "1", "1", "67%"], ["Total", "2", "1", "1", "67%"]]
        assert panel.stack.currentIndex() == 0
    finally:
        dispose(page, decided)


def test_the_period_is_reachable_from_the_keyboard(decided, qtbot) -> None:
    page = _page(decided, qtbot)
    try:
        panel = page.proposals_panel
        assert panel.span_label.buddy() is panel.span_combo
        assert "&" in panel.span_label.text()
        for widget in (panel.span_combo, *panel.tables.values()):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    finally:
        dispose(page, decided)


def test_an_empty_state_until_an_opportunity_is_won_or_lost(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        s.add(Opportunity(title="Logo", text="…", status=SENT,
                          platform=platform(s, "Fiverr"), received_at=at("2026-11-10T10:00")))
    page = _page(ctx, qtbot)
    try:
        panel = page.proposals_panel
        assert panel.stack.currentWidget() is panel.empty
        assert "No opportunity has been decided yet" in panel.empty.text()
    finally:
        dispose(page, ctx)


def test_english_win_rates_have_no_space_before_the_percent_sign(decided, qtbot) -> None:
    page = _page(decided, qtbot)
    try:
        rates = [row[-1] for row in _rows(page, "gig")]
        assert rates == ["67%", "0%", "50%"]  # French writes "67%" (narrow no-break space)
    finally:
        dispose(page, decided)


def test_the_tables_are_readable_at_1024_by_700(decided, qtbot) -> None:
    """At 1024×700 the Income page gets about 800 px: the two tables side by side cut the
    gig and platform names to "…" and hid the win rate behind a sideways scroll bar."""
    with decided.store.transaction() as s:  # a long gig name, as the demo's
        gig = Gig(title="Rédaction de contenu pour sites e-commerce",
                  platform=platform(s, "Fiverr"))
        s.add(Opportunity(title="Shop", text="…", status=LOST, gig=gig,
                          platform=platform(s, "Fiverr"), received_at=at("2026-11-12T10:00")))
    page = _page(decided, qtbot)
    try:
        _show_proposals_small(page, qtbot)
        for by, view in page.proposals_panel.tables.items():
            assert not view.horizontalScrollBar().isVisible(), by
            model = view.model()
            for row in range(model.rowCount()):
                text = model.index(row, 0).data()
                needed = view.fontMetrics().horizontalAdvance(text) + 12
                assert view.columnWidth(0) >= needed, (by, text)
            last = model.columnCount() - 1
            right = view.columnViewportPosition(last) + view.columnWidth(last)
            assert right <= view.viewport().width(), by
    finally:
        dispose(page, decided)


def test_every_row_of_both_tables_can_be_seen_at_1024_by_700(decided, qtbot) -> None:
    """At 1024×700 each table was about 1.5 rows high (the second row cut in half, behind a
    tiny scroll bar): each table is as tall as its rows, and the tab scrolls instead."""
    with decided.store.transaction() as s:  # as many gigs and platforms as the demo's
        from storage.tables import Platform

        for n in range(6):
            where = Platform(name=f"Platform {n}")
            gig = Gig(title=f"Gig number {n}", platform=where)
            s.add(Opportunity(title="Job", text="…", status=LOST, gig=gig, platform=where,
                              received_at=at("2026-11-12T10:00")))
    page = _page(decided, qtbot)
    try:
        _show_proposals_small(page, qtbot)
        panel = page.proposals_panel
        area = panel.findChild(QScrollArea)
        assert area is not None and area.isVisible()
        for by, view in panel.tables.items():
            rows = view.model().rowCount()
            assert rows >= 7, by
            assert not view.verticalScrollBar().isVisible(), by
            needed = sum(view.rowHeight(r) for r in range(rows))
            assert view.viewport().height() >= needed, (by, view.viewport().height(), needed)
            # the last row can be scrolled to in the tab
            area.ensureWidgetVisible(view)
            QApplication.processEvents()
        assert not area.horizontalScrollBar().isVisible()
    finally:
        dispose(page, decided)

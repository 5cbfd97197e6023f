"""Today's declarations card and the Income page's status panel follow the chosen status.

The countries' overviews (storage/urssaf.py, morocco.py, quebec.py) are stood in for by small
providers built here: the card is tested on the StatusOverview they return, whatever each
country's rules compute."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

import desktop.ui.pages.today as today_module
from desktop.changes import Changed
from desktop.ui.pages.today import TodayPage
from storage import settings
from storage.obligations import DueDeclaration, Meter, StatusOverview, with_done
from storage.tables import Declaration

PROVIDER_MODULES = {"fr_micro": "storage.urssaf", "ma_auto": "storage.morocco",
                    "qc_self": "storage.quebec"}


def provide(monkeypatch, status: str, declarations, meters=()) -> None:
    """The country module of `status` returns these declarations (those not marked done, as
    the real ones do) and meters."""

    def overview(s, today, zone) -> StatusOverview:
        due = [DueDeclaration(**d) for d in declarations]
        return StatusOverview(status, [d for d in with_done(s, due) if not d.done],
                              list(meters))

    name = PROVIDER_MODULES[status]
    module = sys.modules.get(name)
    if module is None:
        module = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(module, "overview", overview, raising=False)


def set_status(ctx, status: str) -> None:
    ctx.write(Changed.SETTINGS, lambda s: settings.put(s, "status", status))


URSSAF_Q4 = dict(kind="urssaf", period_key="2026-Q4", first_day=date(2026, 10, 1),
                 last_day=date(2026, 12, 31), deadline=date(2027, 1, 31), currency="EUR",
                 title="URSSAF declaration, Q4 2026",
                 amounts={"declared": 1234500, "contributions": 263945})
DGI_Q3 = dict(kind="dgi", period_key="2026-Q3", first_day=date(2026, 7, 1),
              last_day=date(2026, 9, 30), deadline=date(2026, 10, 31), currency="MAD",
              title="DGI declaration, Q3 2026", amounts={"turnover": 4500000, "tax": 45000})


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1100, 780)
    return widget


def today_page(ctx, host) -> TodayPage:
    page = TodayPage(ctx)
    page.setParent(host)
    page.resize(host.size())
    host.show()
    return page


def texts(widget: QWidget) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def test_morocco_shows_the_dgi_card_and_no_urssaf_card(ctx, host, monkeypatch) -> None:
    provide(monkeypatch, "ma_auto", [DGI_Q3])
    set_status(ctx, "ma_auto")
    page = today_page(ctx, host)
    card = page.declarations_card
    assert card.isVisible()
    assert card.title.text() == "Next DGI declaration"
    shown = texts(card)
    assert "URSSAF" not in shown
    assert "DGI declaration, Q3 2026" in shown
    # 23 Nov 2026 is past the 31 Oct deadline: overdue, said in words and colour
    row = page.declaration_rows[0]
    assert row.overdue.isVisible() and row.overdue.text() == "Overdue"
    assert f"The deadline was {ctx.i18n.date(date(2026, 10, 31))}" in row.note.text()
    assert [n.text() for n in row.names] == ["Turnover", "Tax", "Deadline"]
    assert row.values[0].text() == ctx.i18n.money(4500000, "MAD")
    assert row.values[1].text() == ctx.i18n.money(45000, "MAD")


def test_france_shows_the_urssaf_declaration_with_its_amounts(ctx, host, monkeypatch) -> None:
    provide(monkeypatch, "fr_micro", [URSSAF_Q4])
    set_status(ctx, "fr_micro")
    page = today_page(ctx, host)
    assert page.declarations_card.title.text() == "Next URSSAF declaration"
    row = page.declaration_rows[0]
    assert row.title.text() == "URSSAF declaration, Q4 2026"
    assert [n.text() for n in row.names] == ["Turnover to declare", "Contributions", "Deadline"]
    assert [v.text() for v in row.values] == [
        ctx.i18n.money(1234500, "EUR"), ctx.i18n.money(263945, "EUR"),
        ctx.i18n.date(date(2027, 1, 31))]
    assert not row.overdue.isVisible()
    # 23 Nov → 31 Jan: 8 + 31 + 31 = 69 days (the quarter is still running)
    assert "69 days left" in row.note.text()
    assert "amounts may still grow" in row.note.text()


def test_mark_done_from_the_keyboard_takes_it_off_the_list_for_good(ctx, host, qtbot,
                                                                    monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(today_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    provide(monkeypatch, "fr_micro", [URSSAF_Q4])
    set_status(ctx, "fr_micro")
    page = today_page(ctx, host)
    button = page.declaration_rows[0].done_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    # the confirmation named the amounts
    assert ctx.i18n.money(1234500, "EUR") in asked[0]
    assert ctx.i18n.money(263945, "EUR") in asked[0]
    assert page.declaration_rows == []
    assert page.checklist_empty.isVisible()
    with ctx.store.session() as s:
        row = s.scalar(select(Declaration))
        assert (row.kind, row.period_key) == ("urssaf", "2026-Q4")
        assert row.done_at is not None
    # a fresh page (the app restarted) still has nothing to do
    again = today_page(ctx, host)
    assert again.declaration_rows == []


def test_after_mark_done_the_keyboard_moves_to_the_next_declaration(ctx, host, qtbot,
                                                                   monkeypatch) -> None:
    monkeypatch.setattr(today_module, "confirm", lambda *_: True)
    q3 = dict(URSSAF_Q4, period_key="2026-Q3", first_day=date(2026, 7, 1),
              last_day=date(2026, 9, 30), deadline=date(2026, 10, 31),
              title="URSSAF declaration, Q3 2026")
    provide(monkeypatch, "fr_micro", [q3, URSSAF_Q4])
    set_status(ctx, "fr_micro")
    page = today_page(ctx, host)
    host.activateWindow()
    assert [r.due.period_key for r in page.declaration_rows] == ["2026-Q3", "2026-Q4"]
    page.declaration_rows[0].done_button.setFocus()
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(page.declaration_rows[0].done_button, Qt.Key.Key_Space)
    [row] = page.declaration_rows
    assert row.due.period_key == "2026-Q4"
    assert page.focusWidget() is row.done_button


def test_mark_done_asks_first_and_a_no_changes_nothing(ctx, host, monkeypatch) -> None:
    monkeypatch.setattr(today_module, "confirm", lambda *_: False)
    provide(monkeypatch, "fr_micro", [URSSAF_Q4])
    set_status(ctx, "fr_micro")
    page = today_page(ctx, host)
    assert page.mark_done(page.declaration_rows[0].due) is None
    with ctx.store.session() as s:
        assert s.scalar(select(Declaration)) is None
    assert len(page.declaration_rows) == 1


def test_a_meter_that_warns_shows_its_message_in_words_and_colour(ctx, host,
                                                                  monkeypatch) -> None:
    warning = Meter("ma_ceiling", "Turnover ceiling (services)", 16500000, 20000000, "MAD",
                    "warning", "82 % of the 200,000 MAD ceiling: above it the status ends.")
    quiet = Meter("ma_single_client:3", "Single client", 100000, 8000000, "MAD", "ok",
                  "1 % of the 80,000 MAD single-client limit.")
    provide(monkeypatch, "ma_auto", [], [warning, quiet])
    set_status(ctx, "ma_auto")
    page = today_page(ctx, host)
    assert page.declarations_card.title.text() == "Next DGI declaration"  # none due yet
    assert len(page.meter_rows) == 1  # an "ok" meter stays out of the way
    row = page.meter_rows[0]
    assert row.message.text() == warning.message
    assert row.level.text() == "Near the limit"
    assert row.colour == today_module.style.WARNING
    assert not page.checklist_empty.isVisible()


def test_other_status_has_no_declarations_card(ctx, host, monkeypatch) -> None:
    provide(monkeypatch, "fr_micro", [URSSAF_Q4])
    set_status(ctx, "other")
    page = today_page(ctx, host)
    assert not page.declarations_card.isVisible()
    # the status chosen in the set-up (a settings change) refreshes the page
    set_status(ctx, "fr_micro")
    assert page.declarations_card.isVisible()
    assert page.declaration_rows[0].title.text() == "URSSAF declaration, Q4 2026"
    set_status(ctx, "other")
    assert not page.declarations_card.isVisible()


# --- Income: the helper of the chosen status ----------------------------------------------


class FakePanel(QWidget):
    """Stands in for desktop/ui/pages/income_morocco.py's Panel."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.shown: list[object] = []
        self.retranslated = 0

    def show_data(self, data: object) -> None:
        self.shown.append(data)

    def retranslate(self) -> None:
        self.retranslated += 1


@pytest.fixture
def morocco_panel(monkeypatch) -> list:
    """A fake income_morocco module; the list records compute()'s calls (in the worker)."""
    calls: list = []
    module = types.ModuleType("desktop.ui.pages.income_morocco")

    def compute(s, year, zone):
        calls.append((year, str(zone)))
        return {"turnover": 4500000, "year": year}

    module.compute = compute  # type: ignore[attr-defined]
    module.Panel = FakePanel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.pages.income_morocco", module)
    return calls


def income_page(ctx, host, qtbot):
    from desktop.ui.pages.income import IncomePage

    page = IncomePage(ctx)
    page.setParent(host)
    page.resize(host.size())
    with qtbot.waitSignal(page.updated, timeout=15_000):
        host.show()  # the page computes when first shown
    return page


def dispose(page, ctx) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    assert ctx.jobs.wait(15_000)
    QCoreApplication.sendPostedEvents()
    page.setParent(None)
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_income_shows_the_urssaf_box_for_france_only(ctx, host, qtbot) -> None:
    set_status(ctx, "fr_micro")
    page = income_page(ctx, host, qtbot)
    try:
        assert page.tabs.isTabVisible(2)
        assert page.tabs.tabText(2) == "URSSAF declaration"
        assert page.status_stack.currentWidget() is page.urssaf_box
        # the status chosen in the set-up (a settings change) refreshes the page
        with qtbot.waitSignal(page.updated, timeout=15_000):
            set_status(ctx, "other")
        assert not page.tabs.isTabVisible(2)
    finally:
        dispose(page, ctx)


def test_income_shows_the_moroccan_panel_for_an_auto_entrepreneur(ctx, host, qtbot,
                                                                 morocco_panel) -> None:
    set_status(ctx, "ma_auto")
    page = income_page(ctx, host, qtbot)
    try:
        with ctx.store.session() as s:
            zone = str(settings.local_zone(s))
        assert morocco_panel == [(2026, zone)]  # this year, in the person's time zone
        panel = page.status_panels["ma_auto"]
        assert isinstance(panel, FakePanel)
        assert page.status_stack.currentWidget() is panel
        assert page.tabs.isTabVisible(2)
        assert page.tabs.tabText(2) == "DGI declaration"
        assert panel.shown == [{"turnover": 4500000, "year": 2026}]
        assert page.data.urssaf is None and page.data.next_declaration is None
        page.retranslate()
        assert panel.retranslated == 1
    finally:
        dispose(page, ctx)


def test_income_has_no_status_tab_for_other(ctx, host, qtbot) -> None:
    set_status(ctx, "other")
    page = income_page(ctx, host, qtbot)
    try:
        assert page.data.status == "other"
        assert not page.tabs.isTabVisible(2)
        assert page.status_panels == {}
    finally:
        dispose(page, ctx)


@pytest.mark.parametrize("status", ["ma_auto", "qc_self"])
def test_income_shows_the_real_panel_of_each_status(ctx, host, qtbot, status) -> None:
    from desktop.ui.pages.income import STATUS_PANELS

    module = pytest.importorskip(STATUS_PANELS[status])
    set_status(ctx, status)
    page = income_page(ctx, host, qtbot)
    try:
        assert isinstance(page.status_stack.currentWidget(), module.Panel)
        assert page.tabs.isTabVisible(2)
        assert page.status_stack.currentWidget() is not page.urssaf_box
    finally:
        dispose(page, ctx)


def test_mark_done_on_the_demo_store_locks_the_period(demo_ctx, host, qtbot,
                                                      monkeypatch) -> None:
    """With the real French overview: the oldest declaration marked done leaves the card
    and its period is locked in the receipts book."""
    from storage.obligations import is_locked

    monkeypatch.setattr(today_module, "confirm", lambda *_: True)
    page = today_page(demo_ctx, host)
    first = page.declaration_rows[0].due
    with qtbot.waitSignal(demo_ctx.events.changed, timeout=15_000):
        page.declaration_rows[0].done_button.click()
    assert first.period_key not in [row.due.period_key for row in page.declaration_rows]
    with demo_ctx.store.session() as s:
        assert is_locked(s, first.first_day)


DGI_2027_Q1 = dict(kind="dgi", period_key="2027-Q1", first_day=date(2027, 1, 1),
                   last_day=date(2027, 3, 31), deadline=date(2027, 4, 30), currency="MAD",
                   title="DGI declaration, Q1 2027", amounts={"turnover": 0, "tax": 0})
QC_INSTALMENT = dict(kind="instalment", period_key="2026-I4", first_day=date(2026, 9, 16),
                     last_day=date(2026, 12, 15), deadline=date(2026, 12, 15), currency="CAD",
                     title="Income-tax instalment 4 of 4, 2026 (estimate)",
                     amounts={"estimate": 72_234})


def test_a_period_not_started_shows_as_upcoming_with_no_mark_done(ctx, host,
                                                                  monkeypatch) -> None:
    provide(monkeypatch, "ma_auto", [DGI_2027_Q1])
    set_status(ctx, "ma_auto")
    page = today_page(ctx, host)
    assert page.declarations_card.title.text() == "Next DGI declaration"
    [row] = page.declaration_rows
    assert row.values[-1].text() == ctx.i18n.date(date(2027, 4, 30))  # its deadline
    assert "Not started yet" in row.note.text()
    assert ctx.i18n.date(date(2027, 1, 1)) in row.note.text()
    assert not row.done_button.isVisible()  # nothing to mark done before the period ends


def test_marking_done_a_period_not_over_warns_in_the_confirm(ctx, host, monkeypatch) -> None:
    provide(monkeypatch, "fr_micro", [URSSAF_Q4])
    set_status(ctx, "fr_micro")
    page = today_page(ctx, host)  # 23 Nov 2026: Q4 runs until 31 Dec
    text = page.confirm_text(page.declaration_rows[0].due)
    assert ("The period is not over: payments received until "
            f"{ctx.i18n.date(date(2026, 12, 31))} will be added as corrections.") in text
    assert "locked" in text


def test_an_instalment_locks_nothing_and_its_amount_does_not_grow(ctx, host,
                                                                  monkeypatch) -> None:
    provide(monkeypatch, "qc_self", [QC_INSTALMENT])
    set_status(ctx, "qc_self")
    page = today_page(ctx, host)
    assert page.declarations_card.title.text() == "Next tax instalment"
    [row] = page.declaration_rows
    assert "may still grow" not in row.note.text()  # a fixed instalment
    assert "locked" not in row.done_button.toolTip()
    text = page.confirm_text(row.due)
    assert "locked" not in text and "corrections" not in text

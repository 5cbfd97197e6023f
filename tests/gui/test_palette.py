"""The command palette (Ctrl+K): the quickest way a keyboard user reaches anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from desktop.ui.dialogs.gig_dialog import GigDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.palette import Command, CommandPalette, CommandRegistry, match_rank
from storage.tables import Order, OrderStatus

S = OrderStatus
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")



def _status(ctx, title: str) -> OrderStatus:
    with ctx.store.session() as s:
        return s.scalars(select(Order.status).where(Order.title == title)).one()


def _open(win: MainWindow, qtbot, start=None) -> CommandPalette:
    """Ctrl+K pressed where the keyboard is (`start`, else the orders table)."""
    start = start or win.pages["orders"].table
    win.activateWindow()
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    QTest.keyClick(start, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = win.findChild(CommandPalette)
    assert palette is not None, "Ctrl+K opened no palette"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
    return palette


def _run(palette: CommandPalette, typed: str) -> None:
    QTest.keyClicks(palette.field, typed)
    QTest.keyClick(palette.field, Qt.Key.Key_Return)


def _titles(palette: CommandPalette) -> list[str]:
    return [palette.list.topLevelItem(i).text(0) for i in range(palette.list.topLevelItemCount())]


def test_ctrl_k_opens_the_palette_with_the_keyboard_in_its_field(win, qtbot):
    palette = _open(win, qtbot)
    assert palette.isVisible() and palette.field.text() == ""
    assert "Deliver" in _titles(palette)
    QTest.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    # Also from a text field (where Ctrl+K could mean "delete to the end of the line").
    search = win.pages["orders"].search_edit
    search.setText("logo")
    palette = _open(win, qtbot, search)
    assert search.text() == "logo"
    QTest.keyClick(palette.field, Qt.Key.Key_Escape)


class EmacsLineEdit(QLineEdit):
    """A line edit that claims Ctrl+K, as QLineEdit does on X11 ("delete to the end of the
    line"; the offscreen platform has no such binding)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_K \
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)


def test_ctrl_k_opens_the_palette_from_a_field_that_claims_ctrl_k(win, qtbot):
    field = EmacsLineEdit("typed")
    win.statusBar().addWidget(field)
    field.show()
    palette = _open(win, qtbot, field)
    assert palette.isVisible()
    QTest.keyClick(palette.field, Qt.Key.Key_Escape)


def test_typing_deliver_and_enter_delivers_the_selected_order(win, ctx, qtbot):
    palette = _open(win, qtbot)
    _run(palette, "deliver")
    assert not palette.isVisible()
    assert palette.chosen is not None and palette.chosen.title == "Deliver"
    assert _status(ctx, "Logo in progress") is S.DELIVERED


def test_escape_closes_without_doing_anything(win, ctx, qtbot):
    palette = _open(win, qtbot)
    QTest.keyClicks(palette.field, "deliver")
    QTest.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible() and palette.chosen is None
    assert _status(ctx, "Logo in progress") is S.IN_PROGRESS
    assert win.current_page_id() == "orders"


def test_new_gig_opens_the_gig_form(win, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(GigDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    _run(_open(win, qtbot), "new gig")
    assert len(opened) == 1
    assert win.current_page_id() == "gigs"


def test_income_and_a_year_shows_the_income_page_for_that_year(win, qtbot):
    palette = _open(win, qtbot)
    QTest.keyClicks(palette.field, "income 2026")
    assert palette.current().title == "Income for 2026"
    QTest.keyClick(palette.field, Qt.Key.Key_Return)
    assert win.current_page_id() == "income"
    assert win.pages["income"].selected_year() == 2026


def test_a_page_and_an_order_are_found_by_their_words(win, qtbot):
    _run(_open(win, qtbot), "clie")
    assert win.current_page_id() == "clients"
    palette = _open(win, qtbot, win.sidebar)
    QTest.keyClicks(palette.field, "awaiting")
    assert any("Awaiting brief" in t for t in _titles(palette))
    QTest.keyClick(palette.field, Qt.Key.Key_Return)
    page = win.pages["orders"]
    assert win.current_page_id() == "orders"
    assert page.detail_title.text() == "Awaiting brief"


def test_a_disabled_action_is_greyed_and_never_runs(win, ctx, qtbot):
    page = win.pages["orders"]
    with ctx.store.session() as s:
        waiting = s.scalars(select(Order.id).where(Order.title == "Awaiting brief")).one()
    page.select_order(waiting)  # Deliver is not offered before the work started
    palette = _open(win, qtbot)
    QTest.keyClicks(palette.field, "deliver")
    item = palette.list.topLevelItem(_titles(palette).index("Deliver"))
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert palette.current() is None or palette.current().title != "Deliver"
    QTest.keyClick(palette.field, Qt.Key.Key_Return)
    assert _status(ctx, "Awaiting brief") is S.AWAITING_REQUIREMENTS


def test_up_and_down_choose_the_command(win, qtbot):
    palette = _open(win, qtbot)
    QTest.keyClicks(palette.field, "order")
    first = palette.current()
    QTest.keyClick(palette.field, Qt.Key.Key_Down)
    assert palette.current() is not first and palette.current().enabled
    QTest.keyClick(palette.field, Qt.Key.Key_Up)
    assert palette.current() is first
    QTest.keyClick(palette.field, Qt.Key.Key_Escape)


def test_french_words_find_french_commands(win, ctx, qtbot):
    ctx.i18n.set_language("fr")
    deliver = win.pages["orders"].order_actions["deliver"]
    qtbot.waitUntil(lambda: deliver.text() == "Livrer")
    palette = _open(win, qtbot)
    for typed in ("livrer", "LIVRER", "livrér"):
        palette.field.setText(typed)
        assert palette.current() is not None and palette.current().title == "Livrer", typed
    palette.field.clear()
    _run(palette, "livrer")
    assert _status(ctx, "Logo in progress") is S.DELIVERED


def test_matching_ignores_case_and_accents_and_ranks_the_best_first():
    assert match_rank("livrer", "Livrer") == 0
    assert match_rank("revenus", "Revenus de 2026") == 0
    assert match_rank("revenus 2026", "Revenus de 2026") == 1
    assert match_rank("quebec", "Clients du Québec") == 1
    assert match_rank("gig new", "New gig…") == 1
    assert match_rank("dlv", "Deliver") == 3
    assert match_rank("xyz", "Deliver") is None
    ran = []
    reg = CommandRegistry()
    reg.add_source(lambda: [Command("Open dispute", lambda: ran.append(1)),
                            Command("Deliver", lambda: ran.append(2)),
                            Command("Delete…", lambda: ran.append(3), enabled=False)])
    assert [c.title for c in reg.matches("de")] == ["Deliver", "Delete…"]  # enabled first
    assert [c.title for c in reg.matches("disp")] == ["Open dispute"]
    assert match_rank("de", "Resume work", "order") is None  # keywords: by their start

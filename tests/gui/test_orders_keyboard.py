"""The keyboard reaches everything: Tab leaves every page's table or list (the Orders table
kept it, moving from cell to cell), the Orders page goes table → detail panel → actions, and
the order actions have shortcuts, shown in their tooltips and in the Order menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import select

from storage.tables import Order, OrderStatus, Payment, TimeEntry

S = OrderStatus
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")



def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _tab(back: bool = False) -> QWidget:
    """Presses Tab (Shift+Tab with `back`) where the focus is; returns where it went."""
    if back:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
    else:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _tab_until(target: QWidget, limit: int = 40) -> list[QWidget]:
    """Tabs forward until `target` has the focus (fails after `limit` presses)."""
    seen: list[QWidget] = []
    for _ in range(limit):
        seen.append(_tab())
        if seen[-1] is target:
            return seen
    names = [f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}" for w in seen]
    raise AssertionError(f"Tab never reached {target!r}; it went {names}")


def test_tab_leaves_the_orders_table_for_the_detail_panel_and_its_actions(win, qtbot):
    page = win.pages["orders"]
    deliver = page.action_buttons[S.DELIVERED]
    _focus(qtbot, page.table)

    first = _tab()
    assert first is not page.table, "Tab stayed in the orders table"
    assert page.detail_stack.isAncestorOf(first)
    assert _tab(back=True) is page.table  # Shift+Tab goes back

    seen = _tab_until(deliver)
    assert page.table not in seen
    after = _tab_until(page.timer_button)
    assert page.table not in after

    # The tabs of the panel: the arrow keys choose one, Tab goes into it.
    bar = page.tabs.tabBar()
    _tab_until(bar)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    assert page.tabs.currentIndex() == 1  # Payments
    _tab_until(page.add_payment_button)
    _focus(qtbot, bar)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    assert page.tabs.currentIndex() == 2  # Deliverables
    _tab_until(page.new_draft_button)
    assert _tab(back=True) is not page.new_draft_button


def test_tab_leaves_every_table_and_list_of_every_page(window, qtbot):
    """On the demo store (lists filled), Tab and Shift+Tab leave each list shown."""
    trapped = []
    for page_id, page in window.pages.items():
        window.show_page(page_id)
        for view in page.findChildren(QAbstractItemView):
            if view.tabKeyNavigation():
                trapped.append(f"{page_id}: {view.objectName() or type(view).__name__}")
            if not view.isVisible() or view.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            _focus(qtbot, view)
            assert _tab() is not view, f"Tab stayed in a list of {page_id}"
            _focus(qtbot, view)
            assert _tab(back=True) is not view, f"Shift+Tab stayed in a list of {page_id}"
    assert trapped == []
def _status(ctx, title: str) -> OrderStatus:
    with ctx.store.session() as s:
        return s.scalars(select(Order.status).where(Order.title == title)).one()


def test_order_shortcuts_deliver_time_and_say_so_in_tooltips_and_the_order_menu(
        win, ctx, qtbot):
    page = win.pages["orders"]
    acts = page.order_actions
    native = QKeySequence.SequenceFormat.NativeText
    for key in ("deliver", "timer", "payment", "draft"):
        act = acts[key]
        assert not act.shortcut().isEmpty(), key
        keys = act.shortcut().toString(native)
        button = page.action_button(key)
        assert keys in button.toolTip(), (key, button.toolTip())
        assert act.text().rstrip("…") in button.toolTip()
        assert act in win.menu_order.actions()
    shortcuts = [a.shortcut().toString() for a in win.findChildren(QAction)
                 if not a.shortcut().isEmpty() and a.isEnabled()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts

    _focus(qtbot, page.table)
    QTest.keySequence(page.table, acts["timer"].shortcut())
    with ctx.store.session() as s:
        assert s.scalars(select(TimeEntry)).one().ended_at is None
    assert page.timer_button.text() == "Stop timer"
    QTest.keySequence(page.table, acts["deliver"].shortcut())
    assert _status(ctx, "Logo in progress") is S.DELIVERED


def test_order_shortcuts_do_nothing_without_an_order_or_on_another_page(win, ctx, qtbot,
                                                                       monkeypatch):
    page = win.pages["orders"]
    acts = page.order_actions
    opened = []
    monkeypatch.setattr("desktop.ui.pages.orders.PaymentDialog.exec",
                        lambda d: opened.append(d) or 0)
    win.show_page("income")
    _focus(qtbot, win.sidebar)
    for key in ("deliver", "timer", "payment"):
        QTest.keySequence(win.sidebar, acts[key].shortcut())
        assert not acts[key].isEnabled()
    assert _status(ctx, "Logo in progress") is S.IN_PROGRESS
    win.show_page("orders")
    page.select_order(None)
    _focus(qtbot, page.table)
    for key in ("deliver", "timer", "payment", "draft"):
        assert not acts[key].isEnabled(), key
        QTest.keySequence(page.table, acts[key].shortcut())
    assert win.current_page_id() == "orders"
    assert opened == []
    with ctx.store.session() as s:
        assert s.scalars(select(TimeEntry)).all() == []
        assert s.scalars(select(Payment)).all() == []
    assert _status(ctx, "Logo in progress") is S.IN_PROGRESS
    # Deliver is not offered to an order awaiting its requirements: its shortcut neither.
    with ctx.store.session() as s:
        waiting = s.scalars(select(Order.id).where(Order.title == "Awaiting brief")).one()
    page.select_order(waiting)
    assert not acts["deliver"].isEnabled()
    QTest.keySequence(page.table, acts["deliver"].shortcut())
    assert _status(ctx, "Awaiting brief") is S.AWAITING_REQUIREMENTS


@pytest.mark.parametrize("page_id", ["gigs", "clients"])
def test_list_pages_go_table_then_detail_then_actions(window, qtbot, page_id):
    """Gigs and Clients: from the table, Tab goes through the selected row's detail, then
    to the buttons that act on it (Edit…), before leaving the page."""
    page = window.show_page(page_id)
    assert page.selected_row() is not None
    _focus(qtbot, page.table)
    seen = _tab_until(page.edit_button)
    assert window.sidebar not in seen
    assert all(not isinstance(w, QAbstractItemView) or page.isAncestorOf(w) for w in seen)
    assert _tab(back=True) is not page.table or len(seen) == 1

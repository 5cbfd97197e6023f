"""Real key presses reach the work: Tab leaves every multi-line field and date field, a
page shown by its shortcut or the palette has the keyboard in its main widget, the Orders
search goes down into its results, fields filled by a page show the start of their text,
and the Drafts page's "For …" line keeps the row's width at 1024 px."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from sqlalchemy import select

from desktop.ui.dialogs.order_dialog import OrderDialog
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.palette import CommandPalette
from storage import brainstorm as sb
from storage import drafts
from storage.tables import Order, OrderStatus
from tests.factories import order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_TITLE = "Article de blog — apprendre l'anglais en ligne avec un professeur particulier"


@pytest.fixture
def shown(window, qtbot) -> MainWindow:
    """The demo window, shown, active, on Today with the keyboard in the sidebar."""
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_page("today")
    _focus(qtbot, window.sidebar)
    return window


def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _key(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    """Presses a key where the keyboard is; returns where the keyboard is then."""
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


# --- 1. Tab leaves multi-line fields ---------------------------------------------------------

def test_tab_leaves_every_multi_line_field_of_every_page(shown, qtbot):
    """Tab in a brief, a draft or a note moves on and types no tab character; fields not
    shown now are set to do the same."""
    trapping = []
    for page_id, page in shown.pages.items():
        shown.show_page(page_id)
        for field in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]:
            if not field.isReadOnly() and not field.tabChangesFocus():
                trapping.append(f"{page_id}: {field.objectName() or type(field).__name__}")
            if (not field.isVisible() or not field.isEnabled()
                    or field.focusPolicy() == Qt.FocusPolicy.NoFocus):
                continue
            _focus(qtbot, field)
            before = field.toPlainText()
            assert _key(Qt.Key.Key_Tab) is not field, f"Tab stayed in a field of {page_id}"
            assert field.toPlainText() == before, f"Tab typed into a field of {page_id}"
    assert trapping == []


def test_tab_in_the_brainstorm_brief_moves_on_without_typing_a_tab(shown, qtbot):
    page = shown.show_page("brainstorm")
    page.brief_edit.setPlainText("Logo for a bakery")
    _focus(qtbot, page.brief_edit)
    assert _key(Qt.Key.Key_Tab) is not page.brief_edit
    assert "\t" not in page.brief_edit.toPlainText()


# --- 2. a page shown from the keyboard has the keyboard ----------------------------------------

def test_ctrl_2_puts_the_keyboard_in_the_orders_table_with_a_row_selected(shown, qtbot):
    page = shown.pages["orders"]
    _key(Qt.Key.Key_2, CTRL)
    assert shown.current_page_id() == "orders"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    first = page.current_order_id()
    assert first is not None and page.table.selectionModel().selectedRows()
    _key(Qt.Key.Key_Down)
    assert shown.current_page_id() == "orders", "Down switched pages"
    assert page.current_order_id() not in (None, first), "Down did not select the next order"


@pytest.mark.parametrize(("key", "page_id", "target"), [
    (Qt.Key.Key_1, "today", lambda w: next(t for t in w.pages["today"].lists.values()
                                           if t.isVisible())),
    (Qt.Key.Key_3, "draft", lambda w: w.pages["draft"].editor),
    (Qt.Key.Key_6, "gigs", lambda w: w.pages["gigs"].table),
    (Qt.Key.Key_7, "clients", lambda w: w.pages["clients"].table),
])
def test_a_pages_shortcut_puts_the_keyboard_in_its_main_widget(shown, qtbot, key, page_id,
                                                               target):
    if page_id == "today":
        shown.show_page("orders")
        _focus(qtbot, shown.sidebar)
    if page_id == "draft":
        with shown.ctx.store.transaction() as s:
            drafts.create_draft(s, "A draft to write")
    _key(key, CTRL)
    assert shown.current_page_id() == page_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target(shown))


def test_a_page_chosen_in_the_palette_has_the_keyboard(shown, qtbot):
    page = shown.pages["orders"]
    _key(Qt.Key.Key_K, CTRL)
    palette = shown.findChild(CommandPalette)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
    QTest.keyClicks(palette.field, "orders")
    QTest.keyClick(palette.field, Qt.Key.Key_Return)
    assert shown.current_page_id() == "orders"
    assert shown.focusWidget() is page.table  # the window's keyboard, once it is active again
    shown.activateWindow()  # what the window manager does when the palette closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)


def test_a_click_on_the_sidebar_keeps_the_keyboard_there(shown, qtbot):
    shown.sidebar.setCurrentRow(1)  # what a click does
    assert shown.current_page_id() == "orders"
    assert QApplication.focusWidget() is shown.sidebar


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_orders_search_goes_to_the_first_result(shown, qtbot, key):
    page = shown.show_page("orders")
    page.select_order(None)
    _focus(qtbot, page.search_edit)
    QTest.keyClicks(page.search_edit, "a")
    assert _key(key) is page.table
    assert page.table.currentIndex().row() == 0
    assert page.current_order_id() == page.model.order_id(0)
    assert page.model.filter.text == "a"


# --- 3. Tab leaves the date fields -----------------------------------------------------------

def test_one_tab_leaves_the_payments_date_field(ctx, qtbot):
    with ctx.store.transaction() as s:
        order_id = order(s).id
    dialog = PaymentDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog.received_edit)
    after = dialog.rate_edit if dialog.rate_edit.isEnabled() else dialog.note_edit
    assert _key(Qt.Key.Key_Tab) is after
    _focus(qtbot, dialog.received_edit)
    assert _key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is dialog.fee_edit
    # the sections are still reached with the arrows
    _focus(qtbot, dialog.received_edit)
    dialog.received_edit.setCurrentSectionIndex(0)
    for _ in range(6):
        assert _key(Qt.Key.Key_Right) is dialog.received_edit
    assert dialog.received_edit.currentSectionIndex() > 0


def test_one_tab_leaves_the_orders_date_fields(ctx, qtbot):
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.received_edit, dialog.due_edit):
        _focus(qtbot, field)
        went = _key(Qt.Key.Key_Tab)
        assert went is not field and not field.isAncestorOf(went)


# --- 4. new draft from an order: the keyboard in the editor ----------------------------------

def test_new_draft_from_this_order_puts_the_keyboard_in_the_editor(shown, qtbot):
    orders = shown.show_page("orders")
    with shown.ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).where(Order.status == OrderStatus.IN_PROGRESS)
                            .limit(1))
    orders.select_order(order_id)
    _focus(qtbot, orders.table)
    QTest.keySequence(orders.table, orders.order_actions["draft"].shortcut())
    assert shown.current_page_id() == "draft"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.pages["draft"].editor)


# --- 5. fields show the start of their text --------------------------------------------------

def test_a_drafts_title_shows_its_start(shown, qtbot):
    with shown.ctx.store.transaction() as s:
        draft_id = drafts.create_draft(s, LONG_TITLE).id
    page = shown.show_page("draft")
    assert page.open_draft(draft_id)
    assert page.title_edit.text() == LONG_TITLE
    assert page.title_edit.cursorPosition() == 0


def test_a_boards_fields_show_their_start(shown, qtbot):
    long = "Clientèle locale, réseaux sociaux, jeunes familles du quartier et touristes"
    with shown.ctx.store.transaction() as s:
        board_id = sb.create_board(s, "Logo for a bakery", audience=long, style=long,
                                   constraints=long).id
    page = shown.show_page("brainstorm")
    assert page.open_board(board_id)
    for field in (page.audience_edit, page.style_edit, page.constraints_edit):
        assert field.text() == long
        assert field.cursorPosition() == 0


def test_an_edited_orders_fields_show_their_start(ctx, qtbot):
    with ctx.store.transaction() as s:
        order_id = order(s, title=LONG_TITLE, external_ref="FO" + "1234567890" * 6).id
    dialog = OrderDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title_edit.cursorPosition() == 0
    # The first field: its text selected, typed over (asked of the dialog, not of the focus,
    # which a busy machine may not have given the window yet).
    typing = dialog.first_field()
    for field in dialog.findChildren(QLineEdit):
        if field.text() and field is not typing and not typing.isAncestorOf(field):
            assert field.cursorPosition() == 0, field.text()


# --- 6. the Drafts page's "For …" line -------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_drafts_order_line_takes_the_rows_width_at_1024_px(shown, qtbot, language):
    shown.ctx.i18n.set_language(language)
    try:
        shown.resize(1024, 700)
        with shown.ctx.store.session() as s:
            order_id = s.scalar(select(Order.id).where(Order.status == OrderStatus.IN_PROGRESS)
                                .limit(1))
        page = shown.show_page("draft")
        page.open_for_order(order_id)
        for _ in range(3):
            QApplication.processEvents()
        label = page.order_label
        assert label.isVisible()
        height = label.fontMetrics().lineSpacing()
        needed = label.fontMetrics().boundingRect(
            QRect(0, 0, label.contentsRect().width(), 100_000),
            int(Qt.TextFlag.TextWordWrap), _plain(label.text()))
        assert needed.height() <= 2 * height + 1, (label.contentsRect().width(), label.text())
        assert label.contentsRect().height() >= needed.height(), "the line is cut"
        for button in (page.attach_button, page.deliver_button):
            where = QRect(button.mapTo(label.parentWidget(), QPoint(0, 0)), button.size())
            assert not where.intersects(label.geometry()), "a button covers the line"
    finally:
        shown.ctx.i18n.set_language("en")


def _plain(html_text: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html_text)
    return doc.toPlainText()


@pytest.fixture(autouse=True)
def _flush() -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

"""Today: the page a freelancer opens every morning. What is late, what is due, what is on
the bench, what came in this month, what is still clearing, and the declarations the person's
status asks for."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.i18n import relative_due
from desktop.jobs import Job, JobContext, phrase_text
from desktop.ui import style
from desktop.ui.forms import confirm, warn
from desktop.ui.pages.base import Page
from storage import obligations
from storage.checklist import shown_amounts
from storage.obligations import LOCKING_KINDS, DueDeclaration, Meter
from storage.today import OrderLine, TodayData, load_today

SECTIONS = ("late", "today", "soon", "revision", "progress")
ACCENTS = style.DEADLINE
LATE_COLOR = style.DANGER
UP_COLOR = style.SUCCESS
MAX_VISIBLE_ROWS = 5
#: the declaration a status makes, for the card's title while none is due
STATUS_KIND = {"fr_micro": "urssaf", "ma_auto": "dgi"}
MAX_DECLARATIONS = 3  # shown in full on the declarations card; the others named under them

CARD_STYLE = """
QFrame#Card { background: palette(base); border: 1px solid palette(mid);
              border-radius: 8px; }
QFrame#Card QTreeWidget { border: none; background: transparent; }
QFrame#Card QScrollBar:vertical { width: 8px; background: transparent; margin: 0; }
QFrame#Card QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px;
                                          min-height: 24px; }
QFrame#Card QScrollBar::add-line:vertical, QFrame#Card QScrollBar::sub-line:vertical
    { height: 0; }
QFrame#Card QScrollBar::add-page:vertical, QFrame#Card QScrollBar::sub-page:vertical
    { background: transparent; }
"""


# --- widgets ------------------------------------------------------------------------------


class _Card(QFrame):
    """A rounded panel with a bold title, an optional count badge and a coloured edge."""

    def __init__(self, accent: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.accent = accent
        if accent:
            self.setStyleSheet(f"QFrame#Card {{ border-left: 4px solid {accent}; }}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = style.bold(QLabel(), 1.1)
        if accent:
            style.coloured(self.title, accent)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(24)
        self.badge.setStyleSheet(
            f"background: {accent or 'palette(mid)'}; color: white; border-radius: 4px;"
            "padding: 0px 6px; font-weight: bold;")
        self.badge.hide()
        head.addWidget(self.title)
        head.addWidget(self.badge)
        head.addStretch(1)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)

    def set_count(self, n: int | None) -> None:
        self.badge.setVisible(n is not None)
        if n is not None:
            self.badge.setText(str(n))


def _muted_label(parent: QWidget | None = None) -> QLabel:
    return style.muted(QLabel(parent), wrap=True)


SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class _TwoLineDelegate(QStyledItemDelegate):
    """The title on the first line, “client · platform” in a muted colour under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(size.width(), 2 * line + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, subtitle = opt.text, str(index.data(SUBTITLE_ROLE) or "")
        opt.text = ""
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(4, 5, -4, -5)
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        main_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, main_role))
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.lineSpacing())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        bottom = top.translated(0, metrics.lineSpacing())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                            rect.width()))
        painter.restore()


class OrderList(QTreeWidget):
    """A compact list of orders: the title over “client · platform”, and when it is due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegateForColumn(0, _TwoLineDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def order_id(self, item: QTreeWidgetItem) -> int | None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def fit_height(self) -> None:
        """Tall enough for every row, up to MAX_VISIBLE_ROWS; then it scrolls."""
        rows = min(self.topLevelItemCount(), MAX_VISIBLE_ROWS)
        row_h = self.sizeHintForRow(0) if self.topLevelItemCount() else 0
        self.setFixedHeight(max(rows * row_h, 1) + 2 * self.frameWidth())


class DeclarationRow(QFrame):
    """One declaration to make: its title, amounts and deadline, and a Mark done button."""

    def __init__(self, due: DueDeclaration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.title = style.bold(QLabel())
        self.title.setWordWrap(True)
        self.overdue = style.bold(QLabel())
        style.coloured(self.overdue, LATE_COLOR)
        head.addWidget(self.title, 1)
        head.addWidget(self.overdue)
        layout.addLayout(head)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        self.names: list[QLabel] = []
        self.values: list[QLabel] = []
        self.note = _muted_label()
        layout.addWidget(self.note)
        self.done_button = QPushButton()
        self.done_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

    def add_amount(self, row: int, name: str, value: str) -> None:
        label, figure = _muted_label(), QLabel(value)
        label.setText(name)
        label.setWordWrap(False)
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(figure, row, 1)
        self.names.append(label)
        self.values.append(figure)


class MeterRow(QFrame):
    """A meter that warns: its level in words and colour, and what it means in plain words."""

    def __init__(self, meter: Meter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = meter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 0, 2)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.label = style.bold(QLabel())
        self.label.setWordWrap(True)
        self.level = style.bold(QLabel())
        head.addWidget(self.label, 1)
        head.addWidget(self.level)
        layout.addLayout(head)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setObjectName("MeterRow")
        self.setStyleSheet(f"QFrame#MeterRow {{ border-left: 3px solid {colour}; }}")
        style.coloured(self.level, colour)


class TodayPage(Page):
    """Late, due today, due soon, in revision, in progress; this month's income, pending
    clearance and the declarations to make. Double-click an order to open it."""

    topics = (Changed.ORDERS | Changed.PAYMENTS | Changed.CLIENTS | Changed.PLATFORMS
              | Changed.SETTINGS | Changed.DECLARATIONS | Changed.GIGS | Changed.DOCUMENTS)
    open_order = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: TodayData | None = None
        self.setStyleSheet(CARD_STYLE)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        main = QVBoxLayout(content)
        main.setContentsMargins(24, 20, 24, 24)
        main.setSpacing(14)

        # greeting
        self.greeting = style.bold(QLabel(), 1.7)
        self.date_line = _muted_label()
        main.addWidget(self.greeting)
        main.addWidget(self.date_line)

        # money
        money = QHBoxLayout()
        money.setSpacing(14)
        self.earned_card = _Card()
        self.earned_value = self._big_label()
        self.earned_compare = _muted_label()
        self.earned_compare.setTextFormat(Qt.TextFormat.RichText)
        self.earned_card.body.addWidget(self.earned_value)
        self.earned_card.body.addWidget(self.earned_compare)
        self.earned_card.body.addStretch(1)

        self.pending_card = _Card()
        self.pending_value = self._big_label()
        self.pending_note = _muted_label()
        self.pending_detail = _muted_label()  # the amounts in each currency, under the total
        self.pending_card.body.addWidget(self.pending_value)
        self.pending_card.body.addWidget(self.pending_detail)
        self.pending_card.body.addWidget(self.pending_note)
        self.pending_card.body.addStretch(1)

        # the declarations to make and the meters that warn, for the person's status
        self.declarations_card = _Card()
        self.declaration_rows: list[DeclarationRow] = []
        self.meter_rows: list[MeterRow] = []
        self.checklist_box = QVBoxLayout()
        self.checklist_box.setContentsMargins(0, 0, 0, 0)
        self.checklist_box.setSpacing(10)
        self.checklist_empty = _muted_label()
        self.checklist_more = _muted_label()  # the declarations past the first few
        self.declarations_card.body.addLayout(self.checklist_box)
        self.declarations_card.body.addWidget(self.checklist_more)
        self.declarations_card.body.addWidget(self.checklist_empty)
        self.declarations_card.body.addStretch(1)
        self.declarations_card.hide()
        self.mark_job: Job | None = None
        # the row whose Mark done had the keyboard (a Mark done, a refresh): focused again after
        self._refocus: int | None = None
        # the overdue invoices under Earned and Pending, beside the (tall) status card: seen
        # without scrolling at 1280×800 (under the order lists they were below the fold)
        self._build_overdue()
        pair = QHBoxLayout()
        pair.setSpacing(14)
        pair.addWidget(self.earned_card, 1)
        pair.addWidget(self.pending_card, 1)
        money_left = QVBoxLayout()
        money_left.setSpacing(14)
        money_left.addLayout(pair, 1)
        money_left.addWidget(self.overdue_card)
        money.addLayout(money_left, 2)
        money.addWidget(self.declarations_card, 1)
        main.addLayout(money)

        # deadlines
        self.empty_card = _Card(ACCENTS["progress"])
        self.empty_title = QLabel()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_title.setFont(font)
        self.empty_hint = _muted_label()
        self.empty_card.body.addWidget(self.empty_title)
        self.empty_card.body.addWidget(self.empty_hint)

        self.cards: dict[str, _Card] = {}
        self.lists: dict[str, OrderList] = {}
        self.empty_labels: dict[str, QLabel] = {}
        for key in SECTIONS:
            card = _Card(ACCENTS[key])
            tree = OrderList()
            tree.itemActivated.connect(self._activated)
            empty = _muted_label()
            card.body.addWidget(tree)
            card.body.addWidget(empty)
            card.body.addStretch(1)
            self.cards[key], self.lists[key], self.empty_labels[key] = card, tree, empty

        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(14)
        right.setSpacing(14)
        from desktop.ui.widgets.next_step import NextStepCard

        self.next_step_card = NextStepCard(ACCENTS["progress"])  # a new user's next step
        self.steps: list[str] = []
        left.addWidget(self.next_step_card)
        left.addWidget(self.empty_card)
        for key in ("late", "today", "soon"):
            left.addWidget(self.cards[key])
        left.addStretch(1)
        for key in ("revision", "progress"):
            right.addWidget(self.cards[key])
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        main.addLayout(columns)
        main.addStretch(1)

        # relative due times age: redraw them now and then while the page is shown
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

        self.retranslate()

    def _build_overdue(self) -> None:
        """Invoices past their due date and not fully paid, each with its reminder."""
        self.overdue: list = []
        self.overdue_card = _Card(ACCENTS["late"])
        self.overdue_list = OrderList()
        self.overdue_list.setObjectName("overdueInvoices")
        self.overdue_list.currentItemChanged.connect(lambda *_: self._overdue_buttons())
        self.overdue_list.itemActivated.connect(lambda *_: self.show_reminder())
        self.reminder_button = QPushButton()
        self.reminder_button.clicked.connect(lambda: self.show_reminder())
        self.reminder_dialog: QWidget | None = None
        self.overdue_card.body.addWidget(self.overdue_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reminder_button)
        self.overdue_card.body.addLayout(row)
        self.overdue_card.hide()

    def _overdue_buttons(self) -> None:
        self.reminder_button.setEnabled(self.overdue_list.currentItem() is not None)

    def _render_overdue(self) -> None:
        tree = self.overdue_list
        tree.clear()
        for due in self.overdue:
            late_days = (self.data.today - due.due_date).days if self.data and due.due_date \
                else 0
            item = QTreeWidgetItem([
                self.tr("Invoice {number}").format(number=due.number),
                self.ctx.i18n.money(due.remaining_minor, due.currency)])
            item.setData(0, Qt.ItemDataRole.UserRole, due.document_id)
            item.setData(0, SUBTITLE_ROLE, self.tr("{client} · %n day(s) late", "",
                                                   late_days).format(client=due.client))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, QBrush(QColor(LATE_COLOR)))
            tree.addTopLevelItem(item)
        if self.overdue:
            tree.setCurrentItem(tree.topLevelItem(0))
        tree.fit_height()
        self.overdue_card.set_count(len(self.overdue))
        self.overdue_card.setVisible(bool(self.overdue))
        self._overdue_buttons()

    def show_reminder(self) -> QWidget | None:
        """Reminder…: the selected overdue invoice's reminder in the client's language, for
        the person to edit and copy."""
        item = self.overdue_list.currentItem()
        if item is None or self.data is None:
            return None
        from desktop.ui.dialogs.document_dialog import ReminderDialog
        from storage.invoicing.documents import get
        from storage.invoicing.reminder import reminder_text

        document_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        with self.ctx.store.session() as s:
            text = reminder_text(s, document_id, self.data.today)
            number = get(s, document_id).number or ""
        last = self.reminder_dialog
        if last is not None and not last.isVisible() and \
                not getattr(getattr(last, "job", None), "running", False):
            last.deleteLater()  # the last one, closed, its model job over
        dialog = ReminderDialog(text, number, self)
        model = self.ctx.models.chat_model if self.ctx.models is not None else ""
        if model:
            dialog.model_button.show()
            dialog.model_button.clicked.connect(
                lambda: self.draft_reminder(dialog, document_id, model))
        dialog.open()
        self.reminder_dialog = dialog
        return dialog

    def draft_reminder(self, dialog: QWidget, document_id: int, model: str) -> Job | None:
        """The local writing model drafts the reminder (storage.invoicing.drafting: the
        invoice, its order, gig and brief, in the client's language) into the dialog; the
        plain one comes back if the model fails."""
        from desktop.jobs import error_text
        from desktop.ui.model_draft import draft_into
        from storage.errors import ValidationError
        from storage.invoicing.drafting import payment_reminder_request

        assert self.data is not None and self.ctx.models is not None
        try:
            with self.ctx.store.session() as s:
                req = payment_reminder_request(s, document_id, self.data.today)
        except ValidationError as exc:
            dialog.note.setText(error_text(exc))
            return None
        job = draft_into(
            self.ctx, req, model, dialog.text_edit, button=dialog.model_button,
            note=dialog.note, done_text=self.tr(
                "Drafted by {model}: read and correct it before you send it.").format(
                    model=model))
        dialog.job = job
        return job

    @staticmethod
    def _big_label() -> QLabel:
        label = style.bold(QLabel(), 1.6)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)  # several currencies wrap instead of widening the card
        return label

    # --- Page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Today")

    def focus_target(self) -> QWidget | None:
        """The first list shown that has orders (else the first shown)."""
        shown = [tree for tree in self.lists.values() if tree.isVisible()]
        return next((tree for tree in shown if tree.topLevelItemCount()),
                    shown[0] if shown else None)

    def retranslate(self) -> None:
        titles = {
            "late": self.tr("Late"),
            "today": self.tr("Due today"),
            "soon": self.tr("Due soon"),
            "revision": self.tr("In revision"),
            "progress": self.tr("In progress"),
        }
        empties = {
            "late": self.tr("Nothing is late."),
            "today": self.tr("Nothing is due today."),
            "soon": self.tr("Nothing is due soon."),
            "revision": self.tr("No revision requested."),
            "progress": self.tr("No order in progress."),
        }
        for key in SECTIONS:
            self.cards[key].title.setText(titles[key])
            self.empty_labels[key].setText(empties[key])
            self.lists[key].setToolTip(self.tr("Double-click an order to open it."))
        self.earned_card.title.setText(self.tr("Earned this month"))
        self.pending_card.title.setText(self.tr("Pending clearance"))
        self.checklist_empty.setText(self.tr("Nothing to declare right now."))
        self.empty_card.title.setText(self.tr("All clear"))
        self.empty_title.setText(self.tr("Nothing due. Enjoy your day."))
        self.empty_hint.setText(self.tr(
            "Orders with a due date show up here when they are late or due soon."))
        self.overdue_card.title.setText(self.tr("Overdue invoices"))
        self.reminder_button.setText(self.tr("&Reminder…"))
        self.reminder_button.setToolTip(self.tr(
            "A payment reminder in the client's language, to edit and copy"))
        self.overdue_list.setToolTip(self.tr("Press Enter for the invoice's reminder."))
        if self.data is not None:
            self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return or Enter presses the focused button (outside a dialog a button ignores them)
        focus = QApplication.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(focus, QAbstractButton) and self.isAncestorOf(focus)
                and focus.isEnabled()):
            focus.click()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.data = load_today(s, self.ctx.clock.now())
            from storage.identity import next_steps

            self.steps = next_steps(s)
            from storage.invoicing.settlement import overdue

            self.overdue = overdue(s, self.data.today)
        self._render()

    # --- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        data = self.data
        assert data is not None
        local_now = data.now.astimezone(data.zone)
        if local_now.hour < 12:
            greeting = self.tr("Good morning")
        elif local_now.hour < 18:
            greeting = self.tr("Good afternoon")
        else:
            greeting = self.tr("Good evening")
        self.greeting.setText(greeting)
        late, today = len(data.sections["late"]), len(data.sections["today"])
        summary = self.tr("Today is {date}.").format(
            date=self.ctx.i18n.date(data.today, long=True))
        if late:
            summary += " " + self.tr("%n order(s) late.", "", late)
        if today:
            summary += " " + self.tr("%n order(s) due today.", "", today)
        self.date_line.setText(summary)

        for key in SECTIONS:
            self._fill(key, data.sections[key], data.now)
        self.next_step_card.show_steps(self.steps)  # instead of "All clear" on a new store
        self.empty_card.setVisible(data.nothing_due and not self.steps)
        for key in ("late", "today", "soon"):
            self.cards[key].setVisible(not data.nothing_due)
        self.cards["soon"].title.setText(
            self.tr("Due soon · next %n hour(s)", "", data.soon_hours))

        self._render_earned(data)
        self._render_pending(data)
        self._render_checklist(data)
        self._render_overdue()

    def _fill(self, key: str, lines: list[OrderLine], now: datetime) -> None:
        tree = self.lists[key]
        tree.clear()
        late_brush = QBrush(QColor(LATE_COLOR))
        for line in lines:
            due = (relative_due(line.due, now, self.ctx.i18n.zone) if line.due is not None
                   else self.tr("no due date"))
            item = QTreeWidgetItem([line.title, due])
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            item.setData(0, SUBTITLE_ROLE, f"{line.client} · {line.platform}")
            when = self.ctx.i18n.datetime(line.due) if line.due is not None else "—"
            tip = self.tr("{title}\nClient: {client}\nPlatform: {platform}\nDue: {when}").format(
                title=line.title, client=line.client, platform=line.platform, when=when)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line.due is not None and line.due < now:
                item.setForeground(1, late_brush)
                bold = QFont(item.font(1))
                bold.setBold(True)
                item.setFont(1, bold)
            tree.addTopLevelItem(item)
        tree.setVisible(bool(lines))
        self.empty_labels[key].setVisible(not lines)
        tree.fit_height()
        self.cards[key].set_count(len(lines))

    def _render_earned(self, data: TodayData) -> None:
        money = self.ctx.i18n.money
        self.earned_value.setText(money(data.earned_this, data.home))
        last = money(data.earned_last, data.home)
        span = self._span_text(data)
        if data.earned_last > 0:
            change = (data.earned_this - data.earned_last) * 100 / data.earned_last
            color = UP_COLOR if change >= 0 else LATE_COLOR
            pct = self.tr("{sign}{value}%").format(
                sign="+" if change >= 0 else "−",
                value=self.ctx.i18n.locale().toString(abs(change), "f", 0))
            text = self.tr("{change} vs {span} ({last})").format(
                change=f"<span style='color:{color}; font-weight:bold'>{pct}</span>",
                span=span, last=f"<span style='white-space:nowrap'>{last}</span>")
        else:
            text = self.tr("Nothing earned last month by this day ({span}).").format(span=span)
        self.earned_compare.setText(text)
        self.earned_card.setToolTip(self.tr(
            "Net income received (after platform fees), in {currency}, this calendar month "
            "in your time zone, compared with last month from its 1st to the same day and "
            "time ({span}).").format(currency=data.home, span=span))

    def _span_text(self, data: TodayData) -> str:
        """“Nov 1–7” (« 1–7 nov. »): the days of last month that the comparison covers."""
        if data.last_span is None:
            return ""
        first, last = data.last_span
        month = self.ctx.i18n.locale().monthName(last.month, QLocale.FormatType.ShortFormat)
        if first == last:
            return self.tr("{month} {day}", "a day of last month").format(
                day=first.day, month=month)
        return self.tr("{month} {first}–{last}", "days of last month").format(
            first=first.day, last=last.day, month=month)

    def _render_pending(self, data: TodayData) -> None:
        money = self.ctx.i18n.money
        if not data.pending:
            self.pending_value.setText(money(0, data.home))
            self.pending_detail.hide()
            self.pending_card.setToolTip("")
            self.pending_note.setText(self.tr("No completed order is waiting for its money."))
            return
        self.pending_value.setText(money(data.pending_home, data.home))
        foreign = any(cur != data.home for cur in data.pending)
        self.pending_detail.setVisible(foreign)
        self.pending_detail.setText(self.tr("Per currency: {amounts}").format(
            amounts=", ".join(money(amount, cur) for cur, amount in data.pending.items())))
        self.pending_card.setToolTip(self.tr(
            "Net of platform fees, converted to {home} at the rate of your latest payment "
            "in each currency.").format(home=data.home) if foreign else "")
        note = self.tr("%n completed order(s) not paid out yet.", "", data.pending_count)
        if data.cleared_count:
            note += " " + self.tr(
                "%n already released by the platform: record the payout.", "",
                data.cleared_count)
        if data.pending_left_out:
            note += " " + self.tr(
                "Not in the total: {currencies} (no exchange rate yet; record a payment in "
                "that currency to set one).").format(
                    currencies=", ".join(data.pending_left_out))
        self.pending_note.setText(note)

    # --- the declarations checklist --------------------------------------------------------

    def kind_title(self, kind: str) -> str:
        """The card's title for the next declaration of `kind`."""
        return {"urssaf": self.tr("Next URSSAF declaration"),
                "dgi": self.tr("Next DGI declaration"),
                "gst_qst": self.tr("Next GST/QST return"),
                "instalment": self.tr("Next tax instalment")}.get(kind, self.tr("Declarations"))

    def amount_name(self, name: str) -> str:
        """A declaration's amount by its name, in the person's language."""
        names = {
            "turnover": self.tr("Turnover"),
            "declared": self.tr("Turnover to declare"),
            "contributions": self.tr("Contributions"),
            "versement_liberatoire": self.tr("Income tax (versement libératoire)"),
            "tax": self.tr("Tax"),
            "amo": self.tr("AMO health contribution"),
            "gst": self.tr("GST"),
            "qst": self.tr("QST"),
            "gst_collected": self.tr("GST collected"),
            "qst_collected": self.tr("QST collected"),
            "net_tax": self.tr("Net tax"),
            "taxable": self.tr("Taxable supplies"),
            "zero_rated": self.tr("Zero-rated supplies"),
            "instalment": self.tr("Instalment"),
            "estimate": self.tr("Estimated instalment"),
            "total": self.tr("Total to pay"),
        }
        return names.get(name, name.replace("_", " ").capitalize())

    def level_words(self, level: str) -> str:
        return {"warning": self.tr("Near the limit"),
                "exceeded": self.tr("Limit exceeded")}.get(level, self.tr("Within the limit"))

    def _clear_checklist(self) -> None:
        for row in (*self.declaration_rows, *self.meter_rows):
            self.checklist_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.declaration_rows, self.meter_rows = [], []

    def _render_checklist(self, data: TodayData) -> None:
        had_focus = self._refocus if self._refocus is not None else self._focused_row()
        self._refocus = None
        self._clear_checklist()
        checklist = data.checklist
        self.declarations_card.setVisible(checklist is not None)
        if checklist is None:
            return
        kinds = {d.kind for d in checklist.declarations} or {STATUS_KIND.get(checklist.status)}
        self.declarations_card.title.setText(
            self.kind_title(next(iter(kinds)) or "" if len(kinds) == 1 else ""))
        self.declarations_card.set_count(len(checklist.declarations) or None)
        for due in checklist.declarations[:MAX_DECLARATIONS]:
            row = DeclarationRow(due)
            self._fill_declaration(row, due, data)
            row.done_button.clicked.connect(lambda _checked=False, due=due: self.mark_done(due))
            self.checklist_box.addWidget(row)
            row.show()
            self.declaration_rows.append(row)
        for meter in checklist.meters:
            row = MeterRow(meter)
            colour = LATE_COLOR if meter.level == "exceeded" else style.WARNING
            row.set_colour(colour)
            row.level.setText(self.level_words(meter.level))
            row.label.setText(phrase_text(meter.label, "storage"))
            row.message.setText(phrase_text(meter.message, "storage"))
            row.setToolTip(meter.rule)
            self.checklist_box.addWidget(row)
            row.show()
            self.meter_rows.append(row)
        later = checklist.declarations[MAX_DECLARATIONS:]
        self.checklist_more.setVisible(bool(later))
        self.checklist_more.setText(self.tr("Also to mark done: {titles}.").format(
            titles="; ".join(phrase_text(d.title, "storage") for d in later)))
        self.checklist_empty.setVisible(not checklist.declarations and not checklist.meters)
        if had_focus is not None and self.declaration_rows:  # the keyboard stays here
            row = self.declaration_rows[min(had_focus, len(self.declaration_rows) - 1)]
            row.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_declaration(self, row: DeclarationRow, due: DueDeclaration,
                          data: TodayData) -> None:
        money = self.ctx.i18n.money
        row.title.setText(phrase_text(due.title, "storage"))
        amounts = shown_amounts(due)
        for i, (name, minor) in enumerate(amounts.items()):
            row.add_amount(i, self.amount_name(name), money(minor, due.currency))
        row.add_amount(len(amounts), self.tr("Deadline"), self.ctx.i18n.date(due.deadline))
        days = (due.deadline - data.today).days
        overdue = days < 0
        if overdue:
            note = self.tr("The deadline was {date}: declare and pay as soon as you can.").format(
                date=self.ctx.i18n.date(due.deadline))
        elif days == 0:
            note = self.tr("Declare and pay today.")
        else:
            note = self.tr("%n day(s) left to declare and pay.", "", days)
        started = due.first_day <= data.today
        if not started:  # the next period, shown ahead: nothing to mark done yet
            note = self.tr("Not started yet: the period begins on {date}.").format(
                date=self.ctx.i18n.date(due.first_day)) + " " + note
        elif due.last_day >= data.today and due.kind in LOCKING_KINDS:
            # an instalment's amount is fixed; a declared period's may still grow
            note += " " + self.tr("The period is not over: amounts may still grow.")
        row.note.setText(note)
        row.overdue.setVisible(overdue)
        row.overdue.setText(self.tr("Overdue"))
        row.done_button.setVisible(started)
        row.done_button.setText(self.tr("&Mark done"))
        row.done_button.setToolTip(self.tr(
            "Record that you declared and paid it; the period is then locked in the "
            "receipts book.") if due.kind in LOCKING_KINDS else self.tr(
            "Record that you paid it."))
        row.done_button.setAccessibleName(self.tr("Mark done: {title}").format(
            title=row.title.text()))

    def confirm_text(self, due: DueDeclaration) -> str:
        lines = [self.tr("Mark “{title}” as declared and paid?").format(
            title=phrase_text(due.title, "storage"))]
        lines += [f"{self.amount_name(name)}: {self.ctx.i18n.money(minor, due.currency)}"
                  for name, minor in shown_amounts(due).items()]
        if due.kind in LOCKING_KINDS:  # an instalment locks nothing
            today = self.ctx.clock.now().astimezone(self.ctx.i18n.zone).date()
            if due.last_day >= today:
                lines.append(self.tr("The period is not over: payments received until {date} "
                                     "will be added as corrections.").format(
                    date=self.ctx.i18n.date(due.last_day)))
            lines.append(self.tr("The period is then locked: later corrections are added as "
                                 "dated correction lines."))
        return "\n".join(lines)

    def mark_done(self, due: DueDeclaration) -> Job | None:
        """Ask, then record `due` as done in a write transaction run by the job runner."""
        if self.mark_job is not None and self.mark_job.running:
            return None
        if not confirm(self, self.tr("Mark the declaration done"), self.confirm_text(due)):
            return None
        store, now = self.ctx.store, self.ctx.clock.now()

        def work(_job: JobContext) -> None:
            with store.transaction() as s:
                obligations.mark_done(s, due, now)

        self._refocus = self._focused_row()
        for row in self.declaration_rows:
            row.done_button.setEnabled(False)
        self.mark_job = self.ctx.jobs.submit(
            self.tr("Marking the declaration done"), work, changes=Changed.DECLARATIONS,
            on_failed=self._mark_failed)
        return self.mark_job

    def _focused_row(self) -> int | None:
        """The row whose Mark done button has the page's focus, if one has."""
        focused = self.focusWidget()
        return next((i for i, row in enumerate(self.declaration_rows)
                     if row.done_button is focused), None)

    def _mark_failed(self, error: BaseException) -> None:
        for row in self.declaration_rows:
            row.done_button.setEnabled(True)
        warn(self, error)

    # --- actions --------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        tree = item.treeWidget()
        if isinstance(tree, OrderList):
            oid = tree.order_id(item)
            if oid is not None:
                self.open_order.emit(oid)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

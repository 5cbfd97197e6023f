"""Today: the page a freelancer opens every morning. What is late, what is due, what is on
the bench, what came in this month, what is still clearing, and the next URSSAF deadline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from desktop.ui import style
from desktop.ui.pages.base import Page
from storage.today import OrderLine, TodayData, load_today

SECTIONS = ("late", "today", "soon", "revision", "progress")
ACCENTS = style.DEADLINE
LATE_COLOR = style.DANGER
UP_COLOR = style.SUCCESS
MAX_VISIBLE_ROWS = 5

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


class TodayPage(Page):
    """Late, due today, due soon, in revision, in progress; this month's income, pending
    clearance and the next declaration. Double-click an order to open it."""

    topics = (Changed.ORDERS | Changed.PAYMENTS | Changed.CLIENTS | Changed.PLATFORMS
              | Changed.SETTINGS)
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

        self.urssaf_card = _Card()
        self.urssaf_period = QLabel()
        bold = self.urssaf_period.font()
        bold.setBold(True)
        self.urssaf_period.setFont(bold)
        self.urssaf_grid = QGridLayout()
        self.urssaf_grid.setHorizontalSpacing(12)
        self.urssaf_grid.setVerticalSpacing(2)
        self.urssaf_labels = [_muted_label() for _ in range(3)]
        self.urssaf_values = [QLabel() for _ in range(3)]
        for row, (label, value) in enumerate(zip(self.urssaf_labels, self.urssaf_values,
                                                 strict=True)):
            label.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.urssaf_grid.addWidget(label, row, 0)
            self.urssaf_grid.addWidget(value, row, 1)
        self.urssaf_grid.setColumnStretch(0, 1)
        self.urssaf_figures = QWidget()
        self.urssaf_figures.setLayout(self.urssaf_grid)
        self.urssaf_grid.setContentsMargins(0, 0, 0, 0)
        self.urssaf_note = _muted_label()
        self.urssaf_card.body.addWidget(self.urssaf_period)
        self.urssaf_card.body.addWidget(self.urssaf_figures)
        self.urssaf_card.body.addWidget(self.urssaf_note)
        self.urssaf_card.body.addStretch(1)
        for card in (self.earned_card, self.pending_card, self.urssaf_card):
            money.addWidget(card, 1)
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
        self.urssaf_card.title.setText(self.tr("Next URSSAF declaration"))
        self.urssaf_labels[0].setText(self.tr("Declared so far"))
        self.urssaf_labels[1].setText(self.tr("Contributions"))
        self.urssaf_labels[2].setText(self.tr("Deadline"))
        self.empty_card.title.setText(self.tr("All clear"))
        self.empty_title.setText(self.tr("Nothing due. Enjoy your day."))
        self.empty_hint.setText(self.tr(
            "Orders with a due date show up here when they are late or due soon."))
        if self.data is not None:
            self._render()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.data = load_today(s, self.ctx.clock.now())
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
        self.empty_card.setVisible(data.nothing_due)
        for key in ("late", "today", "soon"):
            self.cards[key].setVisible(not data.nothing_due)
        self.cards["soon"].title.setText(
            self.tr("Due soon · next %n hour(s)", "", data.soon_hours))

        self._render_earned(data)
        self._render_pending(data)
        self._render_urssaf(data)

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

    def _render_urssaf(self, data: TodayData) -> None:
        decl = data.declaration
        self.urssaf_figures.setVisible(decl is not None)
        self.urssaf_period.setVisible(decl is not None)
        if data.home != "EUR":
            self.urssaf_note.setText(self.tr(
                "The URSSAF declaration is made in euros. Your home currency is {currency}: "
                "set it to EUR in Settings to follow your declarations here.").format(
                currency=data.home))
            return
        if decl is None:
            self.urssaf_note.setText(self.tr(
                "There are no URSSAF figures for this year yet: add them in Settings › "
                "Declaration."))
            return
        if decl.start.month == decl.end.month:
            period = self.ctx.i18n.locale().toString(QDate(decl.start), "MMMM yyyy")
            period = period[:1].upper() + period[1:]
        else:
            quarter = (decl.start.month - 1) // 3 + 1
            period = self.tr("Q{quarter} {year}").format(quarter=quarter, year=decl.start.year)
        self.urssaf_period.setText(period)
        self.urssaf_values[0].setText(self.ctx.i18n.money(decl.total_declared_minor, "EUR"))
        self.urssaf_values[1].setText(self.ctx.i18n.money(decl.total_due_minor, "EUR"))
        self.urssaf_values[2].setText(self.ctx.i18n.date(decl.deadline))
        days = (decl.deadline - data.today).days
        if days == 0:
            note = self.tr("Declare and pay today.")
        else:
            note = self.tr("%n day(s) left to declare and pay.", "", days)
        if decl.end >= data.today:
            note += " " + self.tr("The period is not over: amounts may still grow.")
        self.urssaf_note.setText(note)

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

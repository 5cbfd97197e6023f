"""The Income page's "Proposals" tab: the win rate of the inbox's opportunities by gig and by
platform (won / (won + lost); proposals awaiting an answer shown apart), over a period of
storage.pay.PAY_SPANS. The figures come from storage.win_rates, computed by `compute` in the
page's background job for every period (a few small counts), so choosing a period only
changes what is shown."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.ui import style
from desktop.ui.pay_column import span_names
from desktop.ui.table_items import ALIGN_NUMBER
from desktop.ui.table_items import table_item as _item
from storage.pay import PAY_SPANS
from storage.win_rates import WIN_RATE_GROUPS, WinRate, WinRates, win_rates

DEFAULT_SPAN = "all"

#: (span, "gig" | "platform") → WinRates
ProposalRates = dict[tuple[str, str], WinRates]


def compute(s: Session, today: date, zone: ZoneInfo) -> ProposalRates:
    """The win rates of every period and grouping (runs in the worker thread)."""
    return {(span, by): win_rates(s, by, span, today, zone)
            for span in PAY_SPANS for by in WIN_RATE_GROUPS}




def _table(model: QStandardItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)  # Tab leaves the table
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # as tall as its rows (the tab scrolls): sharing the height at 1024×700, each table
    # showed about 1.5 rows behind a tiny scroll bar of its own
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


class ProposalsPanel(QWidget):
    """See the module's docstring. `show_data` takes what `compute` returned."""

    COLUMNS = ("name", "won", "lost", "waiting", "rate")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProposalRates | None = None
        self.span_label = QLabel()
        self.span_combo = QComboBox()
        self.span_combo.setObjectName("proposalsSpan")
        self.span_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for span in PAY_SPANS:
            self.span_combo.addItem("", span)
        saved = ctx.qsettings.value("income/proposals_span", DEFAULT_SPAN)
        self.span_combo.setCurrentIndex(
            PAY_SPANS.index(saved if saved in PAY_SPANS else DEFAULT_SPAN))
        self.span_label.setBuddy(self.span_combo)
        self.models = {by: QStandardItemModel(0, len(self.COLUMNS), self)
                       for by in WIN_RATE_GROUPS}
        self.tables = {by: _table(model, f"proposals_{by}")
                       for by, model in self.models.items()}
        self.captions = {by: style.caption(QLabel()) for by in WIN_RATE_GROUPS}
        self.note = style.muted(QLabel(), wrap=True)
        self.empty = style.muted(QLabel(), wrap=True)
        self.empty.setObjectName("proposalsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        controls = QHBoxLayout()
        controls.addWidget(self.span_label)
        controls.addWidget(self.span_combo)
        controls.addStretch(1)
        # one table above the other, each as wide as the page: side by side at 1024×700 the
        # names were cut to "…" and the win rate hid behind a sideways scroll bar
        tables = QWidget()
        column = QVBoxLayout(tables)
        column.setContentsMargins(0, 0, 0, 0)
        for by in WIN_RATE_GROUPS:
            column.addWidget(self.captions[by])
            column.addWidget(self.tables[by])
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("proposalsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(tables)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.span_combo.currentIndexChanged.connect(self._span_changed)
        self.retranslate()

    def selected_span(self) -> str:
        return self.span_combo.currentData() or DEFAULT_SPAN

    def _span_changed(self) -> None:
        self.ctx.qsettings.setValue("income/proposals_span", self.selected_span())
        self.show_data(self.data)

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.span_label.setText(self.tr("P&eriod:"))
        names = span_names()
        for i in range(self.span_combo.count()):
            self.span_combo.setItemText(i, names[self.span_combo.itemData(i)])
        self.captions["gig"].setText(self.tr("Win rate by gig"))
        self.captions["platform"].setText(self.tr("Win rate by platform"))
        for by, model in self.models.items():
            model.setHorizontalHeaderLabels([
                self.tr("Gig") if by == "gig" else self.tr("Platform"), self.tr("Won"),
                self.tr("Lost"), self.tr("Awaiting answer"), self.tr("Win rate")])
            for col in range(1, len(self.COLUMNS)):
                model.horizontalHeaderItem(col).setTextAlignment(ALIGN_NUMBER)
        self.note.setText(self.tr(
            "Win rate: won ÷ (won + lost), over the opportunities received in the period. "
            "Proposals still awaiting an answer are not counted in it."))
        self.show_data(self.data)

    def rate_text(self, rate: WinRate) -> str:
        if rate.rate_bp is None:
            return "—"
        percent = self.ctx.i18n.locale().toString(rate.rate_bp / 100, "f", 0)
        return self.tr("{percent}%").format(percent=percent)  # French: "67 %"

    def _name(self, by: str, rate: WinRate) -> str:
        if rate.id is None:
            return self.tr("No gig chosen") if by == "gig" else self.tr("No platform")
        return rate.name

    # --- showing ----------------------------------------------------------------------------

    def show_data(self, data: ProposalRates | None) -> None:
        self.data = data
        if data is None:
            return
        span = self.selected_span()
        if not any(data[(span, by)].any_decided for by in WIN_RATE_GROUPS):
            ever = data[("all", "gig")].any_decided
            self.empty.setText(self.tr(
                "No proposal was won or lost in this period.") if ever else self.tr(
                "No opportunity has been decided yet. Mark the inbox's opportunities won or "
                "lost, and your win rate by gig and by platform appears here."))
            self.stack.setCurrentWidget(self.empty)
            return
        for by in WIN_RATE_GROUPS:
            rates = data[(span, by)]
            model = self.models[by]
            model.setRowCount(0)
            for rate in rates.rows:
                self._add_row(model, self._name(by, rate), rate)
            self._add_row(model, self.tr("Total"), rates.total, bold=True)
        self.stack.setCurrentIndex(0)

    def _add_row(self, model: QStandardItemModel, name: str, rate: WinRate,
                 bold: bool = False) -> None:
        locale = self.ctx.i18n.locale()
        model.appendRow([
            _item(name, bold=bold, value=rate.id),
            _item(locale.toString(rate.won), number=True, bold=bold, value=rate.won),
            _item(locale.toString(rate.lost), number=True, bold=bold, value=rate.lost),
            _item(locale.toString(rate.waiting), number=True, bold=bold, value=rate.waiting),
            _item(self.rate_text(rate), number=True, bold=bold, value=rate.rate_bp),
        ])

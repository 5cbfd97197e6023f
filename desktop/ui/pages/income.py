"""Income: net by month and platform, top clients, the breakdown table, money awaiting
payout and the URSSAF declaration summary. Every figure is computed in a background job."""

from __future__ import annotations

import functools
import importlib
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, JobContext, error_text
from desktop.ui import style
from desktop.ui.forms import column_widget
from desktop.ui.pages import income_proposals
from desktop.ui.pages.base import Page
from desktop.ui.pay_column import BELOW_COLOUR, below_text
from desktop.ui.table_items import ALIGN_NUMBER
from desktop.ui.table_items import table_item as _item
from desktop.ui.widgets.charts import (
    RankingBarChart,
    StackedBarChart,
    money_axis_format,
)
from storage import settings
from storage.db import Store
from storage.errors import ValidationError
from storage.fees import pending_clearance
from storage.income import GROUPINGS, IncomeReport, IncomeRow, income_report
from storage.money import exponent
from storage.pay import MinimumRate, below_minimum, minimum_hourly
from storage.reports import (
    PeriodPlatformNet,
    net_by_period_and_platform,
    others_share,
    payment_years,
    top_and_others,
    write_income_csv,
)
from storage.status import current as current_status
from storage.urssaf import (
    ACTIVITIES,
    DeclarationPeriod,
    UrssafReport,
    next_declaration,
    urssaf_report,
)

TOP_CLIENTS = 10
MUTED = style.colour_css(style.MUTED_GREY)
BANNER_STYLES = {level: style.banner_css(banner) for level, banner in style.BANNERS.items()}
HIGHLIGHT = QColor(style.HIGHLIGHT)
_ROOT = QModelIndex()
TOTAL_BACKGROUND = QColor(style.TOTAL_BACKGROUND)


def major_money(money: Callable[[int | None, str], str], currency: str, value: float) -> str:
    """A chart's display float of major units back to formatted money."""
    return money(round(value * 10 ** exponent(currency)), currency)


def platform_color(platform_id: int | None) -> str:
    """A platform keeps its colour whatever the year shown; grey for payments with none."""
    series = style.CHART_SERIES
    return series[(platform_id - 1) % len(series)] if platform_id is not None else style.CHART_NONE


# --- what the background job computes (plain data, no ORM objects, no Qt) ------------------

@dataclass(frozen=True)
class PendingRow:
    order_id: int
    title: str
    client: str
    platform: str
    clears_on: date  # local date
    net_minor: int
    currency: str
    cleared: bool


@dataclass
class IncomeData:
    generation: int
    year: int | None
    grouping: str
    currency: str
    years: list[int]
    months: PeriodPlatformNet
    report: IncomeReport
    top_clients: list[IncomeRow]
    other_clients: IncomeRow | None
    pending: list[PendingRow]
    urssaf_year: int
    urssaf: UrssafReport | None = None
    urssaf_problem: str | None = None  # "currency" or "figures"
    default_activity: str = "services_bic"
    next_declaration: DeclarationPeriod | None = None
    pending_totals: dict[str, int] = field(default_factory=dict)
    other_count: int = 0  # the clients gathered in other_clients
    minimum: MinimumRate | None = None  # the person's minimum hourly rate
    status: str = ""  # the person's status (storage.status): which helper the page shows
    status_data: object = None  # what the status panel's compute() returned (ma_auto, qc_self)
    proposals: income_proposals.ProposalRates | None = None  # win rates (Proposals tab)


#: the Income panel of each status beside France's URSSAF box, loaded when that status is
#: chosen: a module with ``compute(s, year, zone)`` (run in the worker) and ``Panel(ctx)``
#: (``show_data(data)``, ``retranslate()``)
STATUS_PANELS = {"ma_auto": "desktop.ui.pages.income_morocco",
                 "qc_self": "desktop.ui.pages.income_quebec"}


def status_panel_module(status: str) -> types.ModuleType | None:
    """The panel module of `status`; None for a status without one (or not written yet)."""
    name = STATUS_PANELS.get(status)
    if name is None:
        return None
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def compute_income(store: Store, year: int | None, grouping: str, now: datetime,
                   generation: int, job: JobContext) -> IncomeData:
    """Everything the page shows, read in one session of the worker thread."""
    steps = 6
    with store.session() as s:
        zone = settings.local_zone(s)
        today = now.astimezone(zone).date()
        home = settings.home_currency(s)
        job.progress(0, steps)
        years = payment_years(s, zone=zone)
        job.check()
        months = net_by_period_and_platform(s, "month", year, zone=zone)
        job.progress(1, steps)
        job.check()
        report = income_report(s, grouping, year, zone=zone)
        job.progress(2, steps)
        job.check()
        clients = income_report(s, "client", year, zone=zone)
        top, others = top_and_others(clients.rows, TOP_CLIENTS)
        other_count = len(clients.rows) - len(top)
        job.progress(3, steps)
        job.check()
        pending = []
        totals: dict[str, int] = {}
        for p in pending_clearance(s, now):
            o = p.order
            pending.append(PendingRow(o.id, o.title, o.client.name, o.platform.name,
                                      p.clears_at.astimezone(zone).date(), p.net, o.currency,
                                      p.cleared))
            totals[o.currency] = totals.get(o.currency, 0) + p.net
        job.progress(4, steps)
        job.check()
        data = IncomeData(generation, year, grouping, home, years, months, report, top, others,
                          pending, year if year is not None else today.year,
                          pending_totals=totals, other_count=other_count)
        data.default_activity = settings.get(s, "activity")
        data.minimum = minimum_hourly(s)
        data.status = current_status(s)
        panel = status_panel_module(data.status)
        if panel is not None:
            data.status_data = panel.compute(s, data.urssaf_year, zone)
        elif data.status != "fr_micro":
            pass  # no declarations helper for this status
        elif home != "EUR":
            data.urssaf_problem = "currency"
        else:
            try:
                data.urssaf = urssaf_report(s, data.urssaf_year, zone=zone)
            except ValidationError:
                data.urssaf_problem = "figures"
            data.next_declaration = next_declaration(s, today, zone=zone)
        data.proposals = income_proposals.compute(s, today, zone)
        job.progress(5, steps)
    return data


def export_income(store: Store, grouping: str, year: int | None, path: Path, text: str,
                  job: JobContext) -> tuple[Path, int]:
    with store.session() as s:
        report = income_report(s, grouping, year)
    job.progress(0, max(len(report.rows), 1), text)
    rows = write_income_csv(report, path,
                            progress=lambda done, total: job.progress(done, total, text),
                            check=job.check)
    return path, rows


# --- the breakdown table --------------------------------------------------------------------

class IncomeTableModel(QAbstractTableModel):
    """One row per period or entity, then a bold total row. UserRole gives minor units."""

    COLUMNS = ("key", "gross", "fees", "net", "orders", "hours", "hourly")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: IncomeReport | None = None
        self.minimum: MinimumRate | None = None  # net per hour below it is marked

    def set_report(self, report: IncomeReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def refresh_texts(self) -> None:
        """After a language switch: same figures, new labels and formats."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self.report is None or not self.report.rows:
            return 0
        return len(self.report.rows) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, row: int) -> IncomeRow:
        assert self.report is not None
        return self.report.rows[row] if row < len(self.report.rows) else self.report.total

    def is_total(self, row: int) -> bool:
        return self.report is not None and row == len(self.report.rows)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) \
                if section == 0 else int(ALIGN_NUMBER)
        if role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return self.tr("Hours tracked on time entries")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.grouping_label(self.report.by if self.report else "month")
        return (None, self.tr("Gross"), self.tr("Platform fees"), self.tr("Net received"),
                self.tr("Orders"), self.tr("Hours"), self.tr("Net per hour"))[section]

    def grouping_label(self, grouping: str) -> str:
        return {"month": self.tr("Month"), "quarter": self.tr("Quarter"),
                "year": self.tr("Year"), "platform": self.tr("Platform"),
                "client": self.tr("Client"), "gig": self.tr("Gig")}[grouping]

    def key_label(self, row: IncomeRow) -> str:
        assert self.report is not None
        by, key = self.report.by, row.key
        if row is self.report.total:
            return self.tr("Total")
        if by == "month":
            y, m = (int(part) for part in key.split("-"))
            text = self.ctx.i18n.locale().toString(QDate(y, m, 1), "MMMM yyyy")
            return text[:1].upper() + text[1:]
        if by == "quarter":
            y, q = key.split("-Q")
            return self.tr("Q{quarter} {year}").format(quarter=q, year=y)
        if by in ("platform", "client", "gig") and row.id is None:
            return {"platform": self.tr("No platform (not linked to an order)"),
                    "client": self.tr("No client (not linked to an order)"),
                    "gig": self.tr("No gig")}[by]
        return key

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        row, col = self.row_at(index.row()), index.column()
        name = self.COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, name)
        if role == Qt.ItemDataRole.UserRole:
            return {"key": row.key, "gross": row.gross_minor, "fees": row.fees_minor,
                    "net": row.net_minor, "orders": row.orders, "hours": row.tracked_seconds,
                    "hourly": row.hourly_net_minor}[name]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(ALIGN_NUMBER)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(index.row()):
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self.key_label(row)
        if name == "hourly" and below_minimum(row.hourly_net_minor, self.report.currency,
                                              self.minimum) and self.minimum is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return BELOW_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole:
                return below_text(self.ctx.i18n.money, self.minimum)
        return None

    def _display(self, row: IncomeRow, name: str) -> str:
        assert self.report is not None
        money, cur = self.ctx.i18n.money, self.report.currency
        if name == "key":
            return self.key_label(row)
        if name == "gross":
            return money(row.gross_minor, cur)
        if name == "fees":
            return money(row.fees_minor, cur)
        if name == "net":
            return money(row.net_minor, cur)
        if name == "orders":
            return self.ctx.i18n.locale().toString(row.orders)
        if name == "hours":
            if not row.tracked_seconds:
                return "—"
            hours = self.ctx.i18n.locale().toString(row.tracked_seconds / 3600, "f", 1)
            return self.tr("{hours} h").format(hours=hours)
        return money(row.hourly_net_minor, cur)


def _table(model: QAbstractTableModel | QStandardItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setMinimumSectionSize(80)
    return view




def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(MUTED)
    label.setWordWrap(True)
    return label


# --- the page -------------------------------------------------------------------------------

class IncomePage(Page):
    topics = (Changed.ORDERS | Changed.PAYMENTS | Changed.GIGS | Changed.CLIENTS
              | Changed.PLATFORMS | Changed.SETTINGS | Changed.TIME | Changed.DECLARATIONS)

    #: emitted after the widgets show a newly computed report
    updated = Signal()
    #: emitted with a sentence when an export ends (done or failed)
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: IncomeData | None = None
        self._generation = 0
        self._job: Job | None = None
        self.export_job: Job | None = None
        self.last_status = ""

        # controls
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for grouping in GROUPINGS:
            self.group_combo.addItem("", grouping)
        self.year_label.setBuddy(self.year_combo)
        self.group_label.setBuddy(self.group_combo)
        self.loading = _muted()
        self.loading.setWordWrap(False)
        # "Chargement…" shown beside the choices must not widen the page: in French at 1024 px
        # the row needed 10 px more for a moment and the window grew to 1034 px (for good)
        self.loading.setMinimumWidth(1)
        self.loading.hide()
        self.status = _muted()
        self.status.setWordWrap(False)
        # A long message must not widen the page: it is clipped here, whole in the tooltip
        # and in the window's status bar.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAlignment(ALIGN_NUMBER)
        self.export_button = QPushButton()
        from desktop.ui.dialogs.receipts_book import ReceiptsBookButton

        self.book_button = ReceiptsBookButton(ctx, self._show_status)  # receipts book…

        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(self.year_label)
        controls.addWidget(self.year_combo)
        controls.addSpacing(12)
        controls.addWidget(self.group_label)
        controls.addWidget(self.group_combo)
        controls.addSpacing(12)
        controls.addWidget(self.loading)
        controls.addStretch(1)
        controls.addWidget(self.status)
        controls.addWidget(self.export_button)
        controls.addWidget(self.book_button)

        # charts
        self.month_chart = StackedBarChart()
        self.client_chart = RankingBarChart()
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self.month_chart, 3)
        # "Others" apart, as a line under the chart: as a bar it dwarfed the ten clients.
        self.client_others = _muted()
        client_box = QVBoxLayout()
        client_box.setSpacing(2)
        client_box.addWidget(self.client_chart, 1)
        client_box.addWidget(self.client_others)
        charts.addLayout(client_box, 2)

        # breakdown tab
        self.table_model = IncomeTableModel(ctx, self)
        self.table = _table(self.table_model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(IncomeTableModel.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table_empty = _muted()
        self.table_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.table_empty)
        self.excluded_note = _muted()
        self.excluded_note.hide()
        breakdown = QWidget()
        bl = QVBoxLayout(breakdown)
        bl.setContentsMargins(8, 8, 8, 8)
        bl.addWidget(self.table_stack, 1)
        bl.addWidget(self.excluded_note)

        # pending clearance tab
        self.pending_model = QStandardItemModel(0, 6, self)
        self.pending_table = _table(self.pending_model)
        pheader = self.pending_table.horizontalHeader()
        pheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pending_empty = _muted()
        self.pending_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pending_stack = QStackedWidget()
        self.pending_stack.addWidget(self.pending_table)
        self.pending_stack.addWidget(self.pending_empty)
        self.pending_total = QLabel()
        self.pending_total.setAlignment(ALIGN_NUMBER)
        bold = self.pending_total.font()
        bold.setBold(True)
        self.pending_total.setFont(bold)
        self.pending_totals: dict[str, int] = {}
        pending = QWidget()
        pl = QVBoxLayout(pending)
        pl.setContentsMargins(8, 8, 8, 8)
        pl.addWidget(self.pending_stack, 1)
        pl.addWidget(self.pending_total)

        # declaration tab
        self.declaration_title = QLabel()
        self.declaration_title.setFont(bold)
        self.next_banner = QLabel()
        self.next_banner.setWordWrap(True)
        self.next_banner.setStyleSheet(BANNER_STYLES["info"] + "padding: 6px 10px;")
        self.next_banner.hide()
        self.banners = QVBoxLayout()
        self.banners.setSpacing(4)
        # One banner per threshold, made once and shown when it warns (never deleted).
        self.banner_pool: list[QLabel] = []
        for _ in range(4):
            banner = QLabel()
            banner.setWordWrap(True)
            banner.hide()
            self.banners.addWidget(banner)
            self.banner_pool.append(banner)
        self.position_note = _muted()
        self.declaration_model = QStandardItemModel(0, 7, self)
        self.declaration_table = _table(self.declaration_model)
        dheader = self.declaration_table.horizontalHeader()
        # each column as wide as its header and figures (a long French header such as
        # "Prestations de services (BIC)" was clipped by equal shares), the last one fills
        dheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dheader.setStretchLastSection(True)
        self.declaration_note = _muted()
        declared = column_widget(self.declaration_title, self.banners, self.position_note,
                                 self.declaration_table, self.declaration_note)
        self.declaration_message = _muted()
        self.declaration_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.declaration_stack = QStackedWidget()
        self.declaration_stack.addWidget(declared)
        self.declaration_stack.addWidget(self.declaration_message)
        self.declaration_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        declaration_body = QWidget()
        decl = QVBoxLayout(declaration_body)
        decl.setContentsMargins(8, 8, 8, 8)
        decl.addWidget(self.next_banner)
        decl.addWidget(self.declaration_stack)
        decl.addStretch(1)
        # Banners and twelve months need room: the tab scrolls rather than squeezing charts.
        declaration = QScrollArea()
        declaration.setWidgetResizable(True)
        declaration.setFrameShape(QFrame.Shape.NoFrame)
        declaration.setWidget(declaration_body)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(breakdown, "")
        self.tabs.addTab(pending, "")
        # the status's helper: France's URSSAF box, or the Moroccan or Québec panel (made
        # when first needed); the tab is hidden for a status with none
        self.status_stack = QStackedWidget()
        self.status_stack.addWidget(declaration)
        self.urssaf_box = declaration
        self.status_panels: dict[str, Any] = {}  # status → its module's Panel
        self.tabs.addTab(self.status_stack, "")
        self.tabs.setTabVisible(2, False)
        self.proposals_panel = income_proposals.ProposalsPanel(ctx)  # win rates: tab 3
        self.tabs.addTab(self.proposals_panel, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addLayout(charts, 1)
        layout.addWidget(self.tabs, 1)

        self._restore_choices()
        self.year_combo.currentIndexChanged.connect(self._choice_changed)
        self.group_combo.currentIndexChanged.connect(self._choice_changed)
        self.export_button.clicked.connect(self.choose_export_file)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Income")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Income"))
        self.year_label.setText(self.tr("&Year:"))
        self.group_label.setText(self.tr("&Group by:"))
        if self.year_combo.count():
            self.year_combo.setItemText(0, self.tr("All years"))
        labels = {"month": self.tr("Month"), "quarter": self.tr("Quarter"),
                  "year": self.tr("Year"), "platform": self.tr("Platform"),
                  "client": self.tr("Client"), "gig": self.tr("Gig")}
        for i in range(self.group_combo.count()):
            self.group_combo.setItemText(i, labels[self.group_combo.itemData(i)])
        self.loading.setText(self.tr("Loading…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr(
            "Save the table below (the chosen year and grouping) as a CSV file"))
        self.tabs.setTabText(0, self.tr("Breakdown"))
        self.tabs.setTabText(1, self.tr("Awaiting payout"))
        self._status_tab_text()
        self.tabs.setTabText(3, self.tr("Proposals"))
        self.proposals_panel.retranslate()
        for panel in self.status_panels.values():
            panel.retranslate()
        self.month_chart.set_empty_text(self.tr(
            "No payments yet. Record a payout on a completed order and it will show here."))
        self.client_chart.set_empty_text(self.tr("No client has paid you in this period."))
        self.table_empty.setText(self.tr(
            "No payments in this period. Payments you record on orders appear here, "
            "grouped as you choose."))
        self.pending_empty.setText(self.tr(
            "Nothing is awaiting payout: every completed order has been paid."))
        self.pending_model.setHorizontalHeaderLabels([
            self.tr("Order"), self.tr("Client"), self.tr("Platform"),
            self.tr("Expected on"), self.tr("Amount"), self.tr("State")])
        for col in (3, 4):
            self.pending_model.horizontalHeaderItem(col).setTextAlignment(ALIGN_NUMBER)
        self.declaration_note.setText(self.tr(
            "Amounts are declared before platform fees (commissions are not deductible). "
            "Check the rates and thresholds on urssaf.fr: Atelier is a helper, not tax advice."))
        self.table_model.refresh_texts()
        if self.data is not None:
            # After the language switch is complete (money and dates follow the language).
            QTimer.singleShot(0, self, self._show_data)

    # --- computing ------------------------------------------------------------------------

    def selected_year(self) -> int | None:
        return self.year_combo.currentData()

    def selected_grouping(self) -> str:
        return self.group_combo.currentData() or "month"

    def set_year(self, year: int | None) -> None:
        """Select a year (None: all years); refreshes when it changes."""
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.blockSignals(True)
            self.year_combo.addItem(str(year), year)
            self.year_combo.blockSignals(False)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)

    def set_grouping(self, grouping: str) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(grouping))

    def _restore_choices(self) -> None:
        qs = self.ctx.qsettings
        self.year_combo.addItem("", None)
        year = qs.value("income/year", "")
        if isinstance(year, str) and year.isdigit():
            self.year_combo.addItem(year, int(year))
            self.year_combo.setCurrentIndex(1)
        grouping = qs.value("income/grouping", "month")
        index = self.group_combo.findData(grouping)
        self.group_combo.setCurrentIndex(max(index, 0))

    def _choice_changed(self) -> None:
        year = self.selected_year()
        self.ctx.qsettings.setValue("income/year", "" if year is None else str(year))
        self.ctx.qsettings.setValue("income/grouping", self.selected_grouping())
        self.refresh()

    @property
    def loading_now(self) -> bool:
        return self._job is not None and self._job.running

    @property
    def generation(self) -> int:
        """The number of the newest request: the page shows only the ``IncomeData`` whose
        ``generation`` is this one (an older result that comes late is dropped)."""
        return self._generation

    def refresh(self) -> None:
        """Recompute in the background; a result that a newer request replaced is dropped."""
        if self._job is not None and self._job.running:
            self._job.cancel()
        self._generation += 1
        fn = functools.partial(compute_income, self.ctx.store, self.selected_year(),
                               self.selected_grouping(), self.ctx.clock.now(), self._generation)
        self.loading.show()
        self._job = self.ctx.jobs.submit(
            self.tr("Computing income reports"), fn, on_finished=self._on_finished,
            on_failed=self._on_failed, on_cancelled=self._on_cancelled)

    def _on_finished(self, data: IncomeData) -> None:
        if data.generation != self._generation:
            return  # a newer request is on its way
        self.loading.hide()
        self.data = data
        self._show_data()
        self.updated.emit()

    def _on_failed(self, error: BaseException) -> None:
        if self._job is not None and self._job.state == "failed":
            self.loading.hide()
            self._show_status(self.tr("The income report could not be computed: {error}")
                              .format(error=error_text(error)), error=True)

    def _on_cancelled(self) -> None:
        if self._job is not None and self._job.state == "cancelled":
            self.loading.hide()

    # --- showing --------------------------------------------------------------------------

    def _money(self, minor: int | None, currency: str | None = None) -> str:
        assert self.data is not None
        return self.ctx.i18n.money(minor, currency or self.data.currency)

    def _major(self, minor: int) -> float:
        """Display-only float of major units, for chart bars."""
        assert self.data is not None
        return minor / 10 ** exponent(self.data.currency)

    def _show_data(self) -> None:
        if self.data is None:
            return
        self._show_years()
        self._show_month_chart()
        self._show_client_chart()
        self._show_table()
        self._show_pending()
        self._show_status_helper()
        self.proposals_panel.show_data(self.data.proposals)

    def _status_tab_text(self) -> None:
        status = self.data.status if self.data is not None else ""
        self.tabs.setTabText(2, {"ma_auto": self.tr("DGI declaration"),
                                 "qc_self": self.tr("GST/QST and income tax")}.get(
            status, self.tr("URSSAF declaration")))

    def _show_status_helper(self) -> None:
        """The URSSAF box for fr_micro, the status's panel for ma_auto and qc_self, nothing
        (the tab hidden) for the others."""
        assert self.data is not None
        status = self.data.status
        self._status_tab_text()
        if status == "fr_micro":
            self.status_stack.setCurrentWidget(self.urssaf_box)
            self.tabs.setTabVisible(2, True)
            self._show_declaration()
            return
        module = status_panel_module(status)
        if module is None:
            self.tabs.setTabVisible(2, False)
            return
        panel = self.status_panels.get(status)
        if panel is None:
            panel = module.Panel(self.ctx)
            self.status_panels[status] = panel
            self.status_stack.addWidget(panel)
        panel.show_data(self.data.status_data)
        self.status_stack.setCurrentWidget(panel)
        self.tabs.setTabVisible(2, True)

    def _show_years(self) -> None:
        assert self.data is not None
        selected = self.selected_year()
        years = sorted(set(self.data.years) | ({selected} if selected else set()),
                       reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(selected), 0))
        self.year_combo.blockSignals(False)

    def _axis_format(self) -> str:
        assert self.data is not None
        return money_axis_format(self._money(123456))

    def _value_text(self) -> Callable[[float], str]:
        """Bar values as money; holds the formatter, not the page (see charts.ValueText)."""
        assert self.data is not None
        return functools.partial(major_money, self.ctx.i18n.money, self.data.currency)

    def _month_label(self, key: str, long: bool = False) -> str:
        y, m = (int(part) for part in key.split("-"))
        return self.ctx.i18n.locale().toString(QDate(y, m, 1), "MMMM yyyy" if long else "MMM yy")

    def _platform_name(self, platform_id: int | None, name: str) -> str:
        return name if platform_id is not None else self.tr("Not linked to an order")

    def _show_month_chart(self) -> None:
        assert self.data is not None
        chart, months = self.month_chart, self.data.months
        chart.set_locale(self.ctx.i18n.locale())
        if self.data.year is None:
            chart.set_title(self.tr("Net received by month, all years"))
        else:
            chart.set_title(self.tr("Net received by month, {year}").format(year=self.data.year))
        if not months.periods:
            chart.set_empty()
            return
        chart.set_data(
            [self._month_label(k, long=True) for k in months.periods],
            [(self._platform_name(pid, name), [self._major(v) for v in months.net_minor[pid]])
             for pid, name in months.platforms],
            axis_labels=self._month_axis_labels(months.periods),
            colors=[platform_color(pid) for pid, _ in months.platforms],
            label_format=self._axis_format(), value_text=self._value_text(),
            tooltip=self.tr("{series}, {category}: {value}"))

    def _month_axis_labels(self, keys: list[str]) -> list[str | None]:
        """Short month names; with many months only quarter starts (then half-years, then
        Januaries), so labels never overlap."""
        locale = self.ctx.i18n.locale()
        months = [(int(k[:4]), int(k[5:7])) for k in keys]
        one_year = len({y for y, _ in months}) == 1
        shown = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) if len(keys) <= 12
                 else (1, 4, 7, 10) if len(keys) <= 36 else (1, 7) if len(keys) <= 72 else (1,))
        return [locale.toString(QDate(y, m, 1), "MMM" if one_year else "MMM yy")
                if m in shown else None for y, m in months]

    def _show_client_chart(self) -> None:
        assert self.data is not None
        chart = self.client_chart
        chart.set_locale(self.ctx.i18n.locale())
        chart.set_title(self.tr("Net received by client (top {n})").format(n=TOP_CLIENTS))
        items = [(r.key if r.id is not None else self.tr("No client"),  # e.g. imported
                  self._major(r.net_minor)) for r in self.data.top_clients]
        others = self.data.other_clients
        share = others_share(self.data.top_clients, others)
        self.client_others.setVisible(others is not None)
        if others is not None:
            count = self.data.other_count  # at least 1: English and French agree on 1
            text = (self.tr("Others (1 client): {amount}") if count == 1 else
                    self.tr("Others ({n} clients): {amount}")).format(
                n=count, amount=self._money(others.net_minor))
            if share is not None:
                text = self.tr("{others}, {share}% of net").format(others=text, share=share)
            self.client_others.setText(text)
        if not items:
            chart.set_empty()
            return
        chart.set_data(items, series_name=self.tr("Net received"),
                       label_format=self._axis_format(), value_text=self._value_text(),
                       tooltip=self.tr("{category}: {value}"))

    def _show_table(self) -> None:
        assert self.data is not None
        report = self.data.report
        self.table_model.minimum = self.data.minimum
        self.table_model.set_report(report)
        self.table_stack.setCurrentIndex(0 if report.rows else 1)
        if report.excluded_payments:
            self.excluded_note.setText(self.tr(
                "%n payment(s) recorded in a former home currency are not counted here.", "",
                report.excluded_payments))
            self.excluded_note.show()
        else:
            self.excluded_note.hide()

    def _show_pending(self) -> None:
        assert self.data is not None
        model = self.pending_model
        model.removeRows(0, model.rowCount())
        for p in self.data.pending:
            state = self.tr("Cleared, awaiting payout") if p.cleared else self.tr("Pending")
            model.appendRow([
                _item(p.title, value=p.order_id), _item(p.client), _item(p.platform),
                _item(self.ctx.i18n.date(p.clears_on), number=True, value=p.clears_on),
                _item(self.ctx.i18n.money(p.net_minor, p.currency), number=True,
                      value=p.net_minor),
                _item(state, value=p.cleared),
            ])
        self.pending_totals = dict(self.data.pending_totals)
        self.pending_stack.setCurrentIndex(0 if self.data.pending else 1)
        self.pending_table.horizontalHeader().resizeSections()  # rows added: fit the columns
        if self.pending_totals:
            amounts = " + ".join(self.ctx.i18n.money(v, c)
                                 for c, v in sorted(self.pending_totals.items()))
            self.pending_total.setText(self.tr("Total awaiting payout: {amount}").format(
                amount=amounts))
            self.pending_total.show()
        else:
            self.pending_total.hide()

    def _activity_label(self, activity: str) -> str:
        return {"sales_bic": self.tr("Sales (BIC)"), "services_bic": self.tr("Services (BIC)"),
                "liberal_bnc": self.tr("Liberal (BNC)")}[activity]

    def _period_label(self, key: str) -> str:
        if "-Q" in key:
            y, q = key.split("-Q")
            return self.tr("Q{quarter} {year}").format(quarter=q, year=y)
        text = self._month_label(key, long=True)
        return text[:1].upper() + text[1:]

    def _threshold_name(self, name: str) -> str:
        return {
            "ceiling_services": self.tr("Micro-entrepreneur ceiling for services"),
            "ceiling_total": self.tr("Micro-entrepreneur ceiling (all activities)"),
            "vat_services": self.tr("VAT franchise threshold for services"),
            "vat_sales": self.tr("VAT franchise threshold for sales"),
        }[name]

    @property
    def threshold_banners(self) -> list[QLabel]:
        """The banners shown: one per threshold reached (80 %, exceeded, over tolerance)."""
        return [b for b in self.banner_pool if not b.isHidden()]

    def threshold_message(self, threshold: Any) -> str:
        what = self._threshold_name(threshold.name)
        pct = threshold.amount_minor * 100 // threshold.limit_minor if threshold.limit_minor \
            else 0
        values = {"what": what, "pct": pct, "amount": self._money(threshold.amount_minor, "EUR"),
                  "limit": self._money(threshold.limit_minor, "EUR")}
        if threshold.level == "over_tolerance":
            return self.tr("{what}: over the tolerance ({amount} declared). VAT is due from "
                           "the day the tolerance was crossed.").format(**values)
        if threshold.level == "exceeded":
            return self.tr("{what}: exceeded, {amount} declared for a limit of {limit} "
                           "({pct} %).").format(**values)
        return self.tr("{what}: {pct} % reached ({amount} of {limit}).").format(**values)

    def _show_declaration(self) -> None:
        assert self.data is not None
        data = self.data
        nxt = data.next_declaration
        if nxt is not None:
            self.next_banner.setText(self.tr(
                "Next declaration: {period}, due by {deadline}. Declare {declared}; "
                "contributions {due}.").format(
                period=self._period_label(nxt.key), deadline=self.ctx.i18n.date(nxt.deadline),
                declared=self._money(nxt.total_declared_minor, "EUR"),
                due=self._money(nxt.total_due_minor, "EUR")))
            self.next_banner.show()
        else:
            self.next_banner.hide()
        for banner in self.banner_pool:
            banner.hide()
            banner.setProperty("level", None)
        if data.urssaf is None:
            if data.urssaf_problem == "currency":
                self.declaration_message.setText(self.tr(
                    "The URSSAF declaration helper works in euros. Your home currency is "
                    "{currency}: set it to EUR in Settings to see what to declare.").format(
                    currency=data.currency))
            else:
                self.declaration_message.setText(self.tr(
                    "There are no URSSAF figures for {year}: add them in Settings › "
                    "Declaration.").format(year=data.urssaf_year))
            self.declaration_model.removeRows(0, self.declaration_model.rowCount())
            self.declaration_stack.setCurrentIndex(1)
            return
        self.declaration_stack.setCurrentIndex(0)
        rep = data.urssaf
        if rep.period == "month":
            self.declaration_title.setText(self.tr("Declarations for {year}, by month").format(
                year=rep.year))
        else:
            self.declaration_title.setText(self.tr(
                "Declarations for {year}, by quarter").format(year=rep.year))
        for banner, t in zip(self.banner_pool, rep.warnings, strict=False):
            banner.setText(self.threshold_message(t))
            banner.setProperty("level", t.level)
            banner.setStyleSheet(BANNER_STYLES[t.level] + "padding: 6px 10px;")
            banner.show()
        position = [self.tr("{what}: {pct} %").format(
            what=self._threshold_name(t.name),
            pct=t.amount_minor * 100 // t.limit_minor if t.limit_minor else 0)
            for t in rep.thresholds if t.level == "ok" and t.amount_minor]
        self.position_note.setText(" · ".join(position))
        self.position_note.setVisible(bool(position))

        activities = ([a for a in ACTIVITIES if rep.year_declared_minor[a]]
                      or [data.default_activity])
        headers = [self.tr("Period"), *(self._activity_label(a) for a in activities),
                   self.tr("Total declared"), self.tr("Contributions"), self.tr("Deadline")]
        model = self.declaration_model
        model.clear()
        model.setHorizontalHeaderLabels(headers)
        for col in range(1, len(headers)):
            model.horizontalHeaderItem(col).setTextAlignment(ALIGN_NUMBER)
        if rep.options.get("versement_liberatoire"):
            model.horizontalHeaderItem(len(headers) - 2).setToolTip(self.tr(
                "Social contributions plus the versement libératoire (income tax)"))
        highlight = nxt.key if nxt is not None else None
        for p in rep.periods:
            bg = HIGHLIGHT if p.key == highlight else None
            is_next = p.key == highlight
            model.appendRow([
                _item(self._period_label(p.key), bold=is_next, background=bg, value=p.key),
                *(_item(self._money(p.declared_minor[a], "EUR"), number=True, bold=is_next,
                        background=bg, value=p.declared_minor[a]) for a in activities),
                _item(self._money(p.total_declared_minor, "EUR"), number=True, bold=is_next,
                      background=bg, value=p.total_declared_minor),
                _item(self._money(p.total_due_minor, "EUR"), number=True, bold=is_next,
                      background=bg, value=p.total_due_minor),
                _item(self.ctx.i18n.date(p.deadline), number=True, bold=is_next, background=bg,
                      value=p.deadline),
            ])
            if is_next:
                model.item(model.rowCount() - 1, 0).setToolTip(self.tr("Next declaration"))
        total_declared = sum(rep.year_declared_minor.values())
        total_due = sum(p.total_due_minor for p in rep.periods)
        model.appendRow([
            _item(self.tr("Total"), bold=True, background=TOTAL_BACKGROUND),
            *(_item(self._money(rep.year_declared_minor[a], "EUR"), number=True, bold=True,
                    background=TOTAL_BACKGROUND, value=rep.year_declared_minor[a])
              for a in activities),
            _item(self._money(total_declared, "EUR"), number=True, bold=True,
                  background=TOTAL_BACKGROUND, value=total_declared),
            _item(self._money(total_due, "EUR"), number=True, bold=True,
                  background=TOTAL_BACKGROUND, value=total_due),
            _item("", background=TOTAL_BACKGROUND),
        ])
        self._fit_declaration_table()

    def _fit_declaration_table(self) -> None:
        """As tall as its rows: the tab scrolls, not the table."""
        view = self.declaration_table
        height = (view.horizontalHeader().sizeHint().height() + view.verticalHeader().length()
                  + 2 * view.frameWidth())
        view.setFixedHeight(height)

    # --- export ---------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        year = self.selected_year()
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("income-{grouping}-{year}.csv").format(
            grouping=self.group_combo.currentText().lower(),
            year=year if year is not None else self.tr("all-years"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the income report"), str(Path(folder) / name),
            self.tr("CSV files (*.csv)"))
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> Job:
        """Write the income report for the chosen year and grouping as CSV, in the background."""
        path = Path(path)
        text = self.tr("Exporting the income report to {name}").format(name=path.name)
        fn = functools.partial(export_income, self.ctx.store, self.selected_grouping(),
                               self.selected_year(), path, text)
        self.export_button.setEnabled(False)
        self.export_job = self.ctx.jobs.submit(
            text, fn, on_finished=self._export_finished, on_failed=self._export_failed,
            on_cancelled=self._export_cancelled)
        return self.export_job

    def _export_finished(self, result: tuple[Path, int]) -> None:
        path, rows = result
        self.export_button.setEnabled(True)
        self._show_status(self.tr("%n row(s) exported to {name}", "", rows).format(
            name=path.name), tooltip=str(path))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_status(self.tr("The export failed: {error}").format(error=error_text(error)),
                          error=True)

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self._show_status(self.tr("Export cancelled."))

    def _show_status(self, text: str, error: bool = False, tooltip: str = "") -> None:
        self.last_status = text
        self.status.setText(text)
        self.status.setStyleSheet(style.ERROR_CSS if error else MUTED)
        self.status.setToolTip(tooltip or text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)
        self.status_message.emit(text)

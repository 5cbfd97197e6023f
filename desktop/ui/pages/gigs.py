"""The Gigs page: every gig with its cheapest package, orders and net earned; the selected
gig's packages below; new, edit, duplicate, pause, archive and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.ui import style
from desktop.ui.dialogs.gig_dialog import GigDialog
from desktop.ui.forms import confirm, guarded
from desktop.ui.pages.listing import SORT_ROLE, ListPage, RowTableModel
from desktop.ui.pay_column import retranslate_period_combo
from desktop.ui.widgets.column_fit import ColumnFitter
from storage.catalog import GigRow, delete_gig, fold, gig_rows, set_gig_status
from storage.tables import Activity, Gig, GigStatus

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

(COL_TITLE, COL_CATEGORY, COL_PLATFORM, COL_STATUS, COL_PRICE, COL_ORDERS, COL_NET,
 COL_PER_HOUR) = range(8)
NUMERIC = (COL_PRICE, COL_ORDERS, COL_NET, COL_PER_HOUR)



class GigTableModel(RowTableModel):
    """The gig rows; texts (headers, status names) are given by the page's retranslate()."""

    columns = 8
    numeric = right_headers = NUMERIC
    pay_column = COL_PER_HOUR

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[GigRow] = []
        self.status_names: dict[GigStatus, str] = {}
        self.from_text = "{price}"
        self.no_packages = ""

    def set_rows(self, rows: list[GigRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_texts(self, headers: list[str], status_names: dict[GigStatus, str],
                  from_text: str, no_packages: str) -> None:
        self.headers, self.status_names = headers, status_names
        self.from_text, self.no_packages = from_text, no_packages
        self.texts_changed()

    def price(self, row: GigRow) -> str:
        if row.from_minor is None:
            return self.no_packages
        return self.from_text.format(price=self.ctx.i18n.money(row.from_minor, row.currency))

    def role_data(self, row: GigRow, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_CATEGORY):
            return self.display(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and (
                row.status is GigStatus.ARCHIVED and column != COL_STATUS):
            return QColor(style.ARCHIVED_TEXT)
        return None

    def display(self, row: GigRow, column: int) -> str:
        if column == COL_PER_HOUR:
            return self.pay.display(self.ctx.i18n.money, row.id)
        if column == COL_TITLE:
            return row.title
        if column == COL_CATEGORY:
            return row.category
        if column == COL_PLATFORM:
            return row.platform
        if column == COL_STATUS:
            return self.status_names.get(row.status, row.status.value)
        if column == COL_PRICE:
            return self.price(row)
        if column == COL_ORDERS:
            return str(row.orders)
        return self.ctx.i18n.money(row.net_minor, self.home_currency)

    def sort_key(self, row: GigRow, column: int) -> Any:
        if column == COL_STATUS:
            return list(GigStatus).index(row.status)
        if column == COL_PRICE:
            return -1 if row.from_minor is None else row.from_minor
        if column == COL_ORDERS:
            return row.orders
        if column == COL_NET:
            return row.net_minor
        return super().sort_key(row, column)


class GigFilterModel(QSortFilterProxyModel):
    """Status filter and accent-blind search over title, category, platform and tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: GigStatus | None = None
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter(self, status: GigStatus | None, text: str) -> None:
        self.beginFilterChange()
        self.status, self.words = status, fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, GigTableModel)
        row = model.rows[source_row]
        if self.status is not None and row.status is not self.status:
            return False
        if not self.words:
            return True
        hay = fold(" ".join((row.title, row.category, row.platform, row.tags)))
        return all(w in hay for w in self.words)


class StatusBadgeDelegate(QStyledItemDelegate):
    """The status column as a small coloured pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        qstyle = opt.widget.style() if opt.widget is not None else None
        if qstyle is not None:
            qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        status = index.data(STATUS_ROLE)
        background, foreground = style.GIG_STATUS.get(status, style.GIG_STATUS_OTHER)
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(opt.rect.left() + 6, opt.rect.center().y() - height / 2 + 1,
                      min(width, opt.rect.width() - 12), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QPen(QColor(foreground)))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 28, size.height())


class GigsPage(ListPage):
    topics = (Changed.GIGS | Changed.ORDERS | Changed.PAYMENTS | Changed.PLATFORMS
              | Changed.SETTINGS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("GigsPage")
        self._status: dict[int, GigStatus] = {}

        # Toolbar: search, status filter, count, actions.
        self.make_search(200, 280)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", None)
        for status in GigStatus:
            self.status_filter.addItem("", status.value)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.pause_button = QPushButton()
        self.archive_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.setDefault(True)
        toolbar = self.make_toolbar((self.status_filter, self.make_pay_period("gig")), (
            self.new_button, self.edit_button, self.duplicate_button, self.pause_button,
            self.archive_button, self.delete_button))

        # The table, or a sentence when it is empty.
        self.model = GigTableModel(ctx, self)
        self.proxy = GigFilterModel(self)
        self.make_table("gigsTable", COL_TITLE, 30)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(self.table))
        # The title takes the room left; the figures show whole; the rest narrows, then hides.
        self.column_fitter = ColumnFitter(
            self.table, COL_TITLE, (COL_STATUS, COL_PRICE, COL_ORDERS, COL_NET, COL_PER_HOUR),
            {COL_CATEGORY: 90, COL_PLATFORM: 70},
            hide_first=(COL_CATEGORY, COL_PLATFORM, COL_ORDERS, COL_NET))

        # The selected gig: its description and packages.
        self.detail = self._build_detail()
        self.lay_out(toolbar, Qt.Orientation.Vertical, (3, 2), (430, 270), self.detail)

        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.duplicate_button.clicked.connect(self.duplicate_gig)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.archive_button.clicked.connect(self.archive_gig)
        self.wire(self.new_gig, self.edit_gig, self.delete_gig)

    def _build_detail(self) -> QFrame:
        self.detail_title, self.detail_meta = self.make_detail_heading()
        self.detail_figures = QLabel()
        self.detail_tags = QLabel()
        self.detail_tags.setWordWrap(True)
        self.detail_description = QLabel()
        self.detail_description.setWordWrap(True)
        self.detail_description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_description.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_placeholder = QLabel()
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.muted(self.detail_placeholder)
        self.packages_table = QTableWidget(0, 5)
        self.packages_table.setObjectName("gigPackages")
        self.packages_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packages_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.packages_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.packages_table.setTabKeyNavigation(False)
        self.packages_table.verticalHeader().setVisible(False)
        self.packages_table.setWordWrap(False)
        pheader = self.packages_table.horizontalHeader()
        pheader.setHighlightSections(False)
        pheader.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in range(4):
            pheader.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.detail_title)
        left.addWidget(self.detail_meta)
        left.addWidget(self.detail_figures)
        left.addWidget(self.detail_tags)
        left.addWidget(self.detail_description, 1)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(left, 2)
        row.addWidget(self.packages_table, 3)
        return self.make_detail_frame("gigDetail", content)

    # --- texts --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Gigs")

    def status_names(self) -> dict[GigStatus, str]:
        return {GigStatus.ACTIVE: self.tr("Active"), GigStatus.PAUSED: self.tr("Paused"),
                GigStatus.ARCHIVED: self.tr("Archived")}

    def activity_name(self, activity: Activity | None) -> str:
        names = {Activity.SALES_BIC: self.tr("Sales of goods (BIC)"),
                 Activity.SERVICES_BIC: self.tr("Services (BIC)"),
                 Activity.LIBERAL_BNC: self.tr("Liberal profession (BNC)")}
        return names[activity] if activity is not None else self.tr("Default activity")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search gigs…"))
        self.search.setToolTip(self.tr("Search by title, category, platform or tag"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        names = self.status_names()
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, names[GigStatus(self.status_filter.itemData(i))])
        self.new_button.setText(self.tr("&New gig…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.archive_button.setText(self.tr("&Archive"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.set_texts(
            [self.tr("Title"), self.tr("Category"), self.tr("Platform"), self.tr("Status"),
             self.tr("Price"), self.tr("Orders"), self.tr("Net earned"), self.tr("Net/h")],
            names, self.tr("from {price}"), self.tr("No packages"))
        retranslate_period_combo(self.pay_period)
        self.packages_table.setHorizontalHeaderLabels([
            self.tr("Package"), self.tr("Price"), self.tr("Delivery"), self.tr("Revisions"),
            self.tr("What it includes")])
        self.detail_placeholder.setText(self.tr("Select a gig to see its packages."))
        self._update_texts()
        if self._selected_id is not None:
            self._show_detail(self._selected_id)

    def _update_texts(self) -> None:
        self.show_counts(
            self.tr("%n gig(s)", "", self.model.rowCount()), self.tr("{shown} of {total}"),
            self.tr("No gigs yet. Add what you sell with “New gig…”: its packages give new "
                    "orders their price and due date."),
            self.tr("No gigs match these filters."))
        status = self._status.get(self._selected_id) if self._selected_id is not None else None
        has = status is not None
        self.pause_button.setText(self.tr("&Pause") if status is GigStatus.ACTIVE or not has
                                  else self.tr("Ac&tivate"))
        for button in (self.edit_button, self.duplicate_button, self.pause_button,
                       self.delete_button):
            button.setEnabled(has)
        self.archive_button.setEnabled(has and status is not GigStatus.ARCHIVED)

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            home, rows = gig_rows(s)
        self._status = {r.id: r.status for r in rows}
        keep = self._selected_id
        self.model.home_currency = home
        self.model.set_rows(rows)
        self.load_pay()
        self._update_texts()
        self.show_rows(rows, keep)

    def _apply_filter(self) -> None:
        value = self.status_filter.currentData()
        self.proxy.set_filter(GigStatus(value) if value else None, self.search.text())
        self._update_texts()
        if self._selected_id is not None and self._row_of(self._selected_id) < 0:
            self.table.clearSelection()

    def select_gig(self, gig_id: int | None) -> None:
        self.select_id(gig_id)

    def selected_gig_id(self) -> int | None:
        return self._selected_id

    def _show_detail(self, gig_id: int | None) -> None:
        gig, packages, platform = None, [], ""
        if gig_id is not None:
            with self.ctx.store.session() as s:
                gig = s.get(Gig, gig_id)
                if gig is not None:
                    packages = list(gig.packages)
                    platform = gig.platform.name if gig.platform else ""
        if gig is None:
            self.detail_stack.setCurrentWidget(self.detail_placeholder)
            return
        row = next((r for r in self.model.rows if r.id == gig_id), None)
        self.detail_title.setText(gig.title)
        meta = [p for p in (platform, gig.category, self.status_names()[gig.status],
                            self.activity_name(gig.activity)) if p]
        self.detail_meta.setText(" · ".join(meta))
        if row is not None:
            orders = self.tr("%n order(s)", "", row.orders)
            if row.open_orders:
                orders = self.tr("{orders} ({open} open)").format(orders=orders,
                                                                  open=row.open_orders)
            self.detail_figures.setText(self.tr("{orders} · net earned {net}").format(
                orders=orders, net=self.ctx.i18n.money(row.net_minor, self.model.home_currency)))
        else:
            self.detail_figures.clear()
        self.detail_tags.setText(self.tr("Tags: {tags}").format(tags=gig.tags) if gig.tags
                                 else "")
        self.detail_tags.setVisible(bool(gig.tags))
        self.detail_description.setText(gig.description or self.tr("No description."))
        table = self.packages_table
        table.setRowCount(len(packages))
        for r, p in enumerate(packages):
            cells = [
                p.tier, self.ctx.i18n.money(p.price_minor, p.currency),
                self.tr("%n day(s)", "", p.delivery_days),
                self.tr("%n revision(s)", "", p.revisions_included), p.description,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 4:
                    item.setToolTip(text)
                table.setItem(r, c, item)
        self.detail_stack.setCurrentIndex(0)

    # --- actions ------------------------------------------------------------------------

    def new_gig(self) -> None:
        self.run_dialog(GigDialog(self.ctx, parent=self))

    def edit_gig(self) -> None:
        if self._selected_id is not None:
            self.run_dialog(GigDialog(self.ctx, self._selected_id, parent=self))

    def duplicate_gig(self) -> None:
        if self._selected_id is not None:
            self.run_dialog(GigDialog(self.ctx, copy_from=self._selected_id, parent=self))

    def clear_filters(self) -> None:
        """A saved gig hidden by the filters: show everything."""
        super().clear_filters()
        self.status_filter.setCurrentIndex(0)

    def _set_status(self, status: GigStatus) -> None:
        gig_id = self._selected_id
        if gig_id is None:
            return

        def write() -> bool:  # the page refreshes on the change
            self.ctx.write(Changed.GIGS, lambda s: set_gig_status(s, gig_id, status))
            return True

        guarded(self, write)

    def toggle_pause(self) -> None:
        current = self._status.get(self._selected_id) if self._selected_id else None
        if current is None:
            return
        self._set_status(GigStatus.PAUSED if current is GigStatus.ACTIVE else GigStatus.ACTIVE)

    def archive_gig(self) -> None:
        self._set_status(GigStatus.ARCHIVED)

    def delete_gig(self) -> None:
        gig_id, row = self._selected_id, self.selected_row()
        if gig_id is None or row is None:
            return
        if row.orders:
            text = self.tr(
                "Delete the gig “{title}” and its packages? Its %n order(s) are kept, "
                "with their prices and payments, but will no longer be linked to a gig.",
                "", row.orders).format(title=row.title)
        else:
            text = self.tr("Delete the gig “{title}” and its packages? This cannot be "
                           "undone.").format(title=row.title)
        if not confirm(self, self.tr("Delete gig"), text):
            return

        changes = Changed.GIGS | (Changed.ORDERS if row.orders else Changed.NONE)

        def write() -> bool:  # the page refreshes on the change, selecting another gig
            self.ctx.write(changes, lambda s: delete_gig(s, gig_id, now=self.ctx.clock.now()))
            return True

        guarded(self, write)

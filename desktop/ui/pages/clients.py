"""The Clients page: every client with their orders and what they paid, a search box, and
the selected client's notes and recent orders beside the table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.i18n import relative_due
from desktop.labels import status_label
from desktop.languages import language_name
from desktop.ui import style
from desktop.ui.dialogs.client_dialog import ClientDialog, country_name
from desktop.ui.forms import confirm, guarded
from desktop.ui.pages.base import Page
from storage.catalog import (
    ClientRow,
    client_order_count,
    client_rows,
    delete_client,
    fold,
    recent_orders,
)
from storage.orders import is_late
from storage.tables import Client, OrderStatus

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

(COL_NAME, COL_HANDLE, COL_PLATFORM, COL_COUNTRY, COL_LANGUAGE, COL_ORDERS, COL_LAST,
 COL_NET) = range(8)
NUMERIC = (COL_ORDERS, COL_LAST, COL_NET)
FITTED = (COL_PLATFORM, COL_COUNTRY, COL_LANGUAGE, COL_ORDERS, COL_LAST, COL_NET)
WORD_WRAP = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
LATE_COLOUR = QColor(style.ERROR)
RECENT_ORDERS = 12


class ClientTableModel(QAbstractTableModel):
    """The client rows; headers come from the page's retranslate()."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ClientRow] = []
        self.headers: list[str] = [""] * 8
        self.home_currency = "EUR"
        self._search_text: dict[int, str] = {}

    def set_rows(self, rows: list[ClientRow], home_currency: str) -> None:
        self.beginResetModel()
        self.rows, self.home_currency = rows, home_currency
        self._search_text = {}
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self._search_text = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(headers) - 1))

    def search_text(self, source_row: int) -> str:
        """What a search looks through: name, handle, email, platform, country, notes."""
        row = self.rows[source_row]
        text = self._search_text.get(row.id)
        if text is None:
            text = fold(" ".join((row.name, row.handle, row.email, row.platform, row.country,
                                  country_name(row.country), row.notes)))
            self._search_text[row.id] = text
        return text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            if column == COL_ORDERS:
                return row.orders
            if column == COL_NET:
                return row.net_minor
            if column == COL_LAST:
                return row.last_order_at.timestamp() if row.last_order_at else 0.0
            return fold(self.display(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_COUNTRY and row.country:
                return row.country
            if column == COL_NAME:
                return f"{row.name}\n{row.email}" if row.email else row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def display(self, row: ClientRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_HANDLE:
            return row.handle
        if column == COL_PLATFORM:
            return row.platform
        if column == COL_COUNTRY:
            return country_name(row.country)
        if column == COL_LANGUAGE:
            return language_name(row.language)
        if column == COL_ORDERS:
            return str(row.orders)
        if column == COL_LAST:
            return self.ctx.i18n.date(row.last_order_at) if row.last_order_at else "—"
        return self.ctx.i18n.money(row.net_minor, self.home_currency)


class ClientFilterModel(QSortFilterProxyModel):
    """Accent-blind search: every word typed must appear somewhere in the client's texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, ClientTableModel)
        hay = model.search_text(source_row)
        return all(w in hay for w in self.words)


class ClientsPage(Page):
    topics = (Changed.CLIENTS | Changed.ORDERS | Changed.PAYMENTS | Changed.PLATFORMS
              | Changed.SETTINGS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ClientsPage")
        self._selected_id: int | None = None

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(320)
        self.count_label = QLabel()
        style.muted(self.count_label)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.search)
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            toolbar.addWidget(button)

        self.model = ClientTableModel(ctx, self)
        self.proxy = ClientFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("clientsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Long headers ("Dernière commande") wrap onto two lines rather than widen a column.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | WORD_WRAP)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_HANDLE, 110)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        style.empty_state(self.empty_label)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([790, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        self.heading = self.make_heading()
        layout.addWidget(self.heading)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_client)
        self.new_button.clicked.connect(self.new_client)
        self.edit_button.clicked.connect(self.edit_client)
        self.delete_button.clicked.connect(self.delete_client)

        self.retranslate()
        self._show_detail(None)

    def _build_detail(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("clientDetail")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMinimumWidth(260)
        self.detail_name = QLabel()
        style.title(self.detail_name)
        self.detail_name.setWordWrap(True)
        self.detail_meta = QLabel()
        self.detail_meta.setWordWrap(True)
        style.muted(self.detail_meta)
        self.detail_contact = QLabel()
        self.detail_contact.setWordWrap(True)
        self.detail_contact.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_figures = QLabel()
        self.detail_figures.setWordWrap(True)
        self.notes_heading = QLabel()
        self.recent_heading = QLabel()
        style.bold(self.notes_heading)
        style.bold(self.recent_heading)
        self.detail_notes = QLabel()
        self.detail_notes.setWordWrap(True)
        self.detail_notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_scroll = QScrollArea()
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.setWidget(self.detail_notes)
        notes_scroll.setMaximumHeight(110)
        self.recent = QTreeWidget()
        self.recent.setObjectName("recentOrders")
        self.recent.setColumnCount(3)
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rheader = self.recent.header()
        rheader.setStretchLastSection(False)
        rheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.recent_empty = QLabel()
        self.recent_empty.setWordWrap(True)
        style.muted(self.recent_empty)
        self.detail_placeholder = QLabel()
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setWordWrap(True)
        style.muted(self.detail_placeholder)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.detail_name)
        column.addWidget(self.detail_meta)
        column.addWidget(self.detail_contact)
        column.addWidget(self.detail_figures)
        column.addSpacing(6)
        column.addWidget(self.notes_heading)
        column.addWidget(notes_scroll)
        column.addSpacing(6)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent, 1)
        column.addWidget(self.recent_empty)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(content)
        self.detail_stack.addWidget(self.detail_placeholder)
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.detail_stack)
        return frame

    # --- texts --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Clients")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search clients…"))
        self.search.setToolTip(self.tr("Search by name, handle, email, country or notes"))
        self.new_button.setText(self.tr("&New client…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.set_headers([
            self.tr("Name"), self.tr("Handle"), self.tr("Platform"), self.tr("Country"),
            self.tr("Language"), self.tr("Orders"), self.tr("Last order"), self.tr("Net paid")])
        self._fit_columns()
        self.notes_heading.setText(self.tr("Notes"))
        self.recent_heading.setText(self.tr("Recent orders"))
        self.recent.setHeaderLabels([self.tr("Order"), self.tr("Status"), self.tr("Due")])
        self.recent_empty.setText(self.tr("No orders from this client yet."))
        self.detail_placeholder.setText(self.tr(
            "Select a client to see their notes and recent orders."))
        self._update_texts()
        if self._selected_id is not None:
            self._show_detail(self._selected_id)

    def _fit_columns(self) -> None:
        """Size the short columns to their contents and to their header's longest word;
        the header takes two lines when a title is wider than its column."""
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        titles = header.fontMetrics()
        pad = 20  # cell margins and the sort arrow
        rows = self.model.rows[:2000]
        two_lines = False
        for column in FITTED:
            title = self.model.headers[column]
            content = max((cells.horizontalAdvance(self.model.display(r, column))
                           for r in rows), default=0) + pad
            full = titles.horizontalAdvance(title) + pad
            if full <= max(content, 110):
                width = max(content, full)
            else:
                words = max(titles.horizontalAdvance(w) for w in title.split()) + pad
                width = max(content, words)
                two_lines = True
            self.table.setColumnWidth(column, width)
        header.setMinimumHeight(2 * titles.lineSpacing() + 8 if two_lines else 0)

    def _update_texts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n client(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown,
                                                                          total=total))
        if total == 0:
            self.empty_label.setText(self.tr(
                "No clients yet. Add one with “New client…”, or create an order: "
                "its client is added here."))
        else:
            self.empty_label.setText(self.tr("No clients match “{text}”.").format(
                text=self.search.text().strip()))
        self.table_stack.setCurrentWidget(self.empty_label if shown == 0 else self.table)
        has = self._selected_id is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            home, rows = client_rows(s)
        keep = self._selected_id
        self.model.set_rows(rows, home)
        self._fit_columns()
        self._update_texts()
        if not any(r.id == keep for r in rows) and self.proxy.rowCount():
            keep = self.proxy.index(0, 0).data(ID_ROLE)  # show something useful at once
        self.select_client(keep if any(r.id == keep for r in rows) else None)

    def _apply_filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self._update_texts()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _row_of(self, client_id: int) -> int:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == client_id:
                return row
        return -1

    def select_client(self, client_id: int | None) -> None:
        row = -1 if client_id is None else self._row_of(client_id)
        if row < 0:
            self.table.clearSelection()
            self._selected_id = None
            self._show_detail(None)
            self._update_texts()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))

    def selected_client_id(self) -> int | None:
        return self._selected_id

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected_id = rows[0].data(ID_ROLE) if rows else None
        self._show_detail(self._selected_id)
        self._update_texts()

    def _show_detail(self, client_id: int | None) -> None:
        row = next((r for r in self.model.rows if r.id == client_id), None)
        if client_id is None or row is None:
            self.detail_stack.setCurrentWidget(self.detail_placeholder)
            return
        with self.ctx.store.session() as s:
            client = s.get(Client, client_id)
            since = client.created_at if client is not None else None
            orders = [(o.title, o.status, o.due_at, is_late(o, self.ctx.clock.now()))
                      for o in recent_orders(s, client_id, RECENT_ORDERS)]
        self.detail_name.setText(row.name)
        place = [p for p in (country_name(row.country), language_name(row.language)) if p]
        self.detail_meta.setText(" · ".join(place))
        self.detail_meta.setVisible(bool(place))
        contact = []
        if row.handle:
            contact.append(self.tr("{handle} on {platform}").format(
                handle=row.handle, platform=row.platform) if row.platform else row.handle)
        elif row.platform:
            contact.append(row.platform)
        if row.email:
            contact.append(row.email)
        self.detail_contact.setText("\n".join(contact))
        self.detail_contact.setVisible(bool(contact))
        figures = self.tr("%n order(s)", "", row.orders)
        if row.orders:
            figures = self.tr("{orders} · paid {net} net").format(
                orders=figures, net=self.ctx.i18n.money(row.net_minor, self.model.home_currency))
        if since is not None:
            figures += "\n" + self.tr("Client since {date}").format(
                date=self.ctx.i18n.date(since, long=True))
        self.detail_figures.setText(figures)
        self.detail_notes.setText(row.notes or self.tr("No notes."))
        self._fill_recent(orders)
        self.detail_stack.setCurrentIndex(0)

    def _fill_recent(self, orders: list[tuple[str, OrderStatus, datetime | None, bool]]) -> None:
        self.recent.clear()
        now = self.ctx.clock.now()
        for title, status, due, late in orders:
            item = QTreeWidgetItem([title, status_label(status),
                                    self.ctx.i18n.date(due) if due else "—"])
            item.setToolTip(0, title)
            if due is not None:
                item.setToolTip(2, relative_due(due, now) if late or status in (
                    OrderStatus.AWAITING_REQUIREMENTS, OrderStatus.IN_PROGRESS,
                    OrderStatus.REVISION_REQUESTED) else self.ctx.i18n.datetime(due))
            if late:
                for column in (1, 2):
                    item.setForeground(column, LATE_COLOUR)
            self.recent.addTopLevelItem(item)
        self.recent.setVisible(bool(orders))
        self.recent_empty.setVisible(not orders)

    # --- actions ------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_client(self) -> None:
        dialog = ClientDialog(self.ctx, parent=self)
        if self._run(dialog):
            self._select_saved(dialog.result_value)

    def edit_client(self) -> None:
        if self._selected_id is None:
            return
        dialog = ClientDialog(self.ctx, self._selected_id, parent=self)
        if self._run(dialog):
            self._select_saved(dialog.result_value)

    def _select_saved(self, client_id: int) -> None:
        """Select a client just saved (the page refreshed itself on the change event)."""
        if self._row_of(client_id) < 0:
            self.search.clear()
        self.select_client(client_id)

    def delete_client(self) -> None:
        client_id = self._selected_id
        row = next((r for r in self.model.rows if r.id == client_id), None)
        if client_id is None or row is None:
            return
        with self.ctx.store.session() as s:
            orders = client_order_count(s, client_id)
        if orders:
            QMessageBox.information(self, self.tr("Client kept"), self.tr(
                "“{name}” has %n order(s), so they cannot be deleted: your order and income "
                "history needs to know who paid. Edit the client instead, or delete their "
                "orders first.", "", orders).format(name=row.name))
            return
        if not confirm(self, self.tr("Delete client"), self.tr(
                "Delete the client “{name}”? This cannot be undone.").format(name=row.name)):
            return

        def write() -> bool:  # the page refreshes on the change, selecting another client
            self.ctx.write(Changed.CLIENTS, lambda s: delete_client(s, client_id))
            return True

        guarded(self, write)

"""The Clients page: every client with their orders and what they paid, a search box, and
the selected client's notes and recent orders beside the table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
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
from desktop.ui.pages.listing import SORT_ROLE, ListPage, RowTableModel
from desktop.ui.pay_column import retranslate_period_combo
from desktop.ui.widgets.column_fit import ColumnFitter
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

(COL_NAME, COL_HANDLE, COL_PLATFORM, COL_COUNTRY, COL_LANGUAGE, COL_ORDERS, COL_LAST,
 COL_NET, COL_PER_HOUR) = range(9)
NUMERIC = (COL_ORDERS, COL_LAST, COL_NET)
FIGURES = (COL_ORDERS, COL_LAST, COL_NET, COL_PER_HOUR)
#: the columns narrowed (text elided) when room lacks, and the narrowest each gets
FLEXIBLE_WIDTHS = {COL_HANDLE: 70, COL_PLATFORM: 70, COL_COUNTRY: 60, COL_LANGUAGE: 60}
#: hidden in this order when the table is too narrow for them all
HIDE_FIRST = (COL_LANGUAGE, COL_HANDLE, COL_COUNTRY, COL_PLATFORM, COL_LAST, COL_ORDERS,
              COL_NET)
WORD_WRAP = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
LATE_COLOUR = QColor(style.ERROR)
MUTED_COLOUR = QColor(style.MUTED_GREY)
RECENT_ORDERS = 12


def kept_local_text() -> str:
    return QCoreApplication.translate(
        "ClientsPage", "Kept on this computer: nothing of theirs is sent to a server.")


class ClientTableModel(RowTableModel):
    """The client rows; headers come from the page's retranslate()."""

    columns = 9
    numeric = NUMERIC
    pay_column = COL_PER_HOUR

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ClientRow] = []
        self._search_text: dict[int, str] = {}

    def set_rows(self, rows: list[ClientRow], home_currency: str) -> None:
        self.beginResetModel()
        self.rows, self.home_currency = rows, home_currency
        self._search_text = {}
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self._search_text = {}
        self.texts_changed()

    def search_text(self, source_row: int) -> str:
        """What a search looks through: name, handle, email, platform, country, notes."""
        row = self.rows[source_row]
        text = self._search_text.get(row.id)
        if text is None:
            text = fold(" ".join((row.name, row.handle, row.email, row.platform, row.country,
                                  country_name(row.country), row.notes)))
            self._search_text[row.id] = text
        return text

    def sort_key(self, row: ClientRow, column: int) -> Any:
        if column == COL_ORDERS:
            return row.orders
        if column == COL_NET:
            return row.net_minor
        if column == COL_LAST:
            return row.last_order_at.timestamp() if row.last_order_at else 0.0
        return super().sort_key(row, column)

    def role_data(self, row: ClientRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_COUNTRY and row.country:
                return row.country
            if column == COL_NAME:
                lines = [row.name] + ([row.email] if row.email else [])
                if row.keep_local:
                    lines.append(kept_local_text())
                return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME and row.keep_local:
            # a small computer: their work stays on this computer
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        return None

    def display(self, row: ClientRow, column: int) -> str:
        if column == COL_PER_HOUR:
            return self.pay.display(self.ctx.i18n.money, row.id)
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


class ClientsPage(ListPage):
    topics = (Changed.CLIENTS | Changed.ORDERS | Changed.PAYMENTS | Changed.PLATFORMS
              | Changed.SETTINGS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ClientsPage")

        self.make_search(220, 320)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        toolbar = self.make_toolbar((self.make_pay_period("client"),),
                                    (self.new_button, self.edit_button, self.delete_button))

        self.model = ClientTableModel(ctx, self)
        self.proxy = ClientFilterModel(self)
        self.make_table("clientsTable", COL_NAME, 28)
        header = self.table.horizontalHeader()
        # Long headers ("Dernière commande") wrap onto two lines rather than widen a column.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | WORD_WRAP)
        # The name takes the room left; the figures show whole; the rest narrows, then hides.
        self.column_fitter = ColumnFitter(
            self.table, COL_NAME, FIGURES, FLEXIBLE_WIDTHS, hide_first=HIDE_FIRST)

        self.detail = self._build_detail()
        self.lay_out(toolbar, Qt.Orientation.Horizontal, (1, 0), (790, 280), self.detail)

        self.wire(self.new_client, self.edit_client, self.delete_client)

    def _build_detail(self) -> QFrame:
        self.detail_name, self.detail_meta = self.make_detail_heading()
        self.detail_contact = QLabel()
        self.detail_contact.setWordWrap(True)
        self.detail_contact.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_figures = QLabel()
        self.detail_figures.setWordWrap(True)
        self.detail_privacy = style.muted(QLabel(), wrap=True)  # kept on this computer
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
        # each order's title across the list's width (elided, whole in its tooltip), its
        # status and due date on a line under it: in three columns the title got about 12
        # characters at 1024 px ("Voix off pour un…")
        self.recent = QTreeWidget()
        self.recent.setObjectName("recentOrders")
        self.recent.setColumnCount(2)
        self.recent.setHeaderHidden(True)
        self.recent.setRootIsDecorated(False)
        self.recent.setItemsExpandable(False)
        self.recent.setIndentation(0)
        self.recent.setUniformRowHeights(True)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rheader = self.recent.header()
        rheader.setStretchLastSection(False)
        rheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        column.addWidget(self.detail_privacy)
        column.addSpacing(6)
        column.addWidget(self.notes_heading)
        column.addWidget(notes_scroll)
        column.addSpacing(6)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent, 1)
        column.addWidget(self.recent_empty)
        frame = self.make_detail_frame("clientDetail", content)
        frame.setMinimumWidth(260)
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
            self.tr("Language"), self.tr("Orders"), self.tr("Last order"), self.tr("Net paid"),
            self.tr("Net/h")])
        retranslate_period_combo(self.pay_period)
        self.column_fitter.refit()
        self.notes_heading.setText(self.tr("Notes"))
        self.recent_heading.setText(self.tr("Recent orders"))
        self.recent_empty.setText(self.tr("No orders from this client yet."))
        self.detail_placeholder.setText(self.tr(
            "Select a client to see their notes and recent orders."))
        self._update_texts()
        if self._selected_id is not None:
            self._show_detail(self._selected_id)

    def _update_texts(self) -> None:
        self.show_counts(
            self.tr("%n client(s)", "", self.model.rowCount()), self.tr("{shown} of {total}"),
            self.tr("No clients yet. Add one with “New client…”, or create an order: "
                    "its client is added here."),
            self.tr("No clients match “{text}”.").format(text=self.search.text().strip()))
        has = self._selected_id is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            home, rows = client_rows(s)
        keep = self._selected_id
        self.model.set_rows(rows, home)
        self.load_pay()
        self.column_fitter.refit()
        self._update_texts()
        self.show_rows(rows, keep)

    def _apply_filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self._update_texts()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_client(self, client_id: int | None) -> None:
        self.select_id(client_id)

    def selected_client_id(self) -> int | None:
        return self._selected_id

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
                date=self.ctx.i18n.date(since))
        self.detail_figures.setText(figures)
        self.detail_privacy.setText(kept_local_text() if row.keep_local else "")
        self.detail_privacy.setVisible(row.keep_local)
        self.detail_notes.setText(row.notes or self.tr("No notes."))
        self._fill_recent(orders)
        self.detail_stack.setCurrentIndex(0)

    def _fill_recent(self, orders: list[tuple[str, OrderStatus, datetime | None, bool]]) -> None:
        self.recent.clear()
        now = self.ctx.clock.now()
        root = self.recent.rootIndex()
        for title, status, due, late in orders:
            item = QTreeWidgetItem([title])
            item.setToolTip(0, title)
            # the status and the due date, muted, under the title
            line = QTreeWidgetItem([status_label(status),
                                    self.ctx.i18n.date(due) if due else "—"])
            line.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if due is not None:
                zone = self.ctx.i18n.zone
                line.setToolTip(1, relative_due(due, now, zone) if late or status in (
                    OrderStatus.AWAITING_REQUIREMENTS, OrderStatus.IN_PROGRESS,
                    OrderStatus.REVISION_REQUESTED) else self.ctx.i18n.datetime(due))
            for column in (0, 1):
                line.setForeground(column, LATE_COLOUR if late else MUTED_COLOUR)
            item.addChild(line)
            self.recent.addTopLevelItem(item)
            self.recent.setFirstColumnSpanned(self.recent.indexOfTopLevelItem(item), root, True)
        self.recent.expandAll()
        self.recent.setVisible(bool(orders))
        self.recent_empty.setVisible(not orders)

    # --- actions ------------------------------------------------------------------------

    def new_client(self) -> None:
        self.run_dialog(ClientDialog(self.ctx, parent=self))

    def edit_client(self) -> None:
        if self._selected_id is not None:
            self.run_dialog(ClientDialog(self.ctx, self._selected_id, parent=self))

    def delete_client(self) -> None:
        client_id, row = self._selected_id, self.selected_row()
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

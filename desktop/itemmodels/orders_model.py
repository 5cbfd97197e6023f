"""The orders list as a Qt table model, read lazily from the store one page at a time.

Filters and sorting happen in SQL (storage.queries): the model never holds more rows than
the view has scrolled to, so it stays fast on a store of 100,000 orders.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desktop.context import AppContext
from desktop.i18n import relative_due
from desktop.itemmodels.paged import Index, PagedTableModel
from desktop.labels import status_label
from desktop.ui import style
from storage.errors import ValidationError
from storage.fees import platform_fee
from storage.orders import WORK_PENDING_STATES, due_soon_window
from storage.queries import (
    PAGE_SIZE,
    OrderFilter,
    OrderRow,
    count_orders,
    order_page,
    platforms_by_id,
)
from storage.tables import Platform

LATE_COLOR = QColor(style.ERROR)
SOON_COLOR = QColor(style.SOON)


class OrdersModel(PagedTableModel):
    """Orders matching a filter, sorted in SQL, fetched `page_size` rows at a time.

    `set_filter(OrderFilter(...))` and `sort(column, order)` query again; `refresh()` reloads
    after the store changed. `total` is how many orders the filter matches (a COUNT), while
    rowCount() is how many are loaded so far; the view calls fetchMore() as it scrolls.
    """

    TITLE, CLIENT, GIG, STATUS, DUE, PRICE, NET = range(7)
    COLUMNS = 7
    SORT_KEYS: ClassVar[dict[int, str]] = {
        TITLE: "title", CLIENT: "client", GIG: "gig", STATUS: "status", DUE: "due",
        PRICE: "price", NET: "net",
    }
    OrderIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, parent, page_size)
        self._filter = OrderFilter()
        self._sort_column = self.DUE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[OrderRow] = []
        self._loaded = False
        self._query_now = ctx.clock.now()
        self._platforms: dict[int, Platform] = {}
        self._soon = timedelta(0)  # the due-soon window of Settings, read at each refresh

    # --- what is shown ----------------------------------------------------------------

    @property
    def filter(self) -> OrderFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def set_filter(self, flt: OrderFilter) -> None:
        self._filter = flt
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_KEYS:
            return
        changed = (column, order) != (self._sort_column, self._sort_order)
        self._sort_column, self._sort_order = column, order
        if self._loaded and changed:
            self.refresh()

    def refresh(self) -> None:
        """Query again with the current filter and sort, keeping as many rows as were loaded
        (within reason) so the view keeps its place."""
        keep = max(self.page_size, min(len(self._rows), 10 * self.page_size))
        now = self.ctx.clock.now()
        with self.ctx.store.session() as s:
            self._platforms = platforms_by_id(s)
            self._soon = due_soon_window(s)
            total = count_orders(s, self._filter, now)
            rows = self._page(s, now, 0, keep)
        self._query_now = now
        self._loaded = True
        self._set_rows(rows, total)
        self.total_changed.emit(self._total)

    def _page(self, s: Any, now: datetime, offset: int, limit: int) -> list[OrderRow]:
        return order_page(s, self._filter, now, sort=self.SORT_KEYS[self._sort_column],
                          descending=self._sort_order == Qt.SortOrder.DescendingOrder,
                          offset=offset, limit=limit)

    def _read_more(self, s: Any, offset: int, limit: int) -> list[OrderRow]:
        # The filter's "now" stays that of the first page, so pages fit together.
        return self._page(s, self._query_now, offset, limit)

    # --- rows -------------------------------------------------------------------------

    def order_id(self, row: int) -> int:
        return self._rows[row].id

    # --- QAbstractTableModel ------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.PRICE, self.NET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, section: int) -> str | None:
        return {
            self.TITLE: self.tr("Order"),
            self.CLIENT: self.tr("Client"),
            self.GIG: self.tr("Gig"),
            self.STATUS: self.tr("Status"),
            self.DUE: self.tr("Due"),
            self.PRICE: self.tr("Price"),
            self.NET: self.tr("Net"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == self.OrderIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DUE:
            return self._due_color(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PRICE, self.NET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DUE and row.due_at is not None:
                return self.ctx.i18n.datetime(row.due_at)
            if col in (self.TITLE, self.CLIENT, self.GIG):
                return self._display(row, col)
        return None

    def _display(self, row: OrderRow, col: int) -> str:
        i18n = self.ctx.i18n
        if col == self.TITLE:
            return row.title
        if col == self.CLIENT:
            return row.client
        if col == self.GIG:
            return row.gig or "—"
        if col == self.STATUS:
            return status_label(row.status)
        if col == self.DUE:
            if row.due_at is None:
                return "—"
            if row.status in WORK_PENDING_STATES:
                return relative_due(row.due_at, self.ctx.clock.now(), i18n.zone)
            return i18n.date(row.due_at)
        if col == self.PRICE:
            return i18n.money(row.price_minor, row.currency)
        if col == self.NET:
            if row.received is not None:  # paid: what the payments say
                return i18n.money(row.received.net_minor, row.received.currency)
            net = self.net_of(row)
            return "—" if net is None else i18n.money(net, row.currency)
        return ""

    def net_of(self, row: OrderRow) -> int | None:
        """Price minus the platform's fee; None when the platform has no fee set."""
        platform = self._platforms.get(row.platform_id)
        if platform is None:
            return None
        try:
            return row.price_minor - platform_fee(platform, row.price_minor)
        except ValidationError:
            return None

    def _due_color(self, row: OrderRow) -> QColor | None:
        if row.due_at is None or row.status not in WORK_PENDING_STATES:
            return None
        now = self.ctx.clock.now()
        if row.due_at < now:
            return LATE_COLOR
        if row.due_at <= now + self._soon:
            return SOON_COLOR
        return None

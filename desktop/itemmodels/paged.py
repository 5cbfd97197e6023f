"""A table model read lazily from the store one page at a time (the orders list, a
translation project's segments): it holds only the rows the view has scrolled to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.context import AppContext

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the table's invisible root, as a default argument


class PagedTableModel(QAbstractTableModel):
    """Rows (plain objects with an ``id``) loaded ``page_size`` at a time.

    A subclass queries in ``refresh()`` and hands the first rows to ``_set_rows()``;
    ``_read_more(s, offset, limit)`` reads the next page when the view calls fetchMore().
    ``total`` is how many rows match (a COUNT), rowCount() how many are loaded.
    """

    COLUMNS = 0

    #: emitted after each new query with the number of matching rows
    total_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None, page_size: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self._rows: list[Any] = []
        self._index: dict[int, int] = {}  # row id -> row
        self._total = 0

    @property
    def total(self) -> int:
        """How many rows match the filter (rowCount() is how many are loaded)."""
        return self._total

    def _set_rows(self, rows: list[Any], total: int) -> None:
        """The rows of a new query, and how many match in all."""
        self.beginResetModel()
        self._rows = rows
        self._index = {r.id: i for i, r in enumerate(rows)}
        self._total = max(total, len(rows))
        self.endResetModel()

    def _read_more(self, s: Any, offset: int, limit: int) -> list[Any]:
        """The next page of rows after ``offset`` (in the session ``s``)."""
        raise NotImplementedError

    # --- lazy fetching ----------------------------------------------------------------

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        with self.ctx.store.session() as s:
            more = [r for r in self._read_more(s, len(self._rows), self.page_size)
                    if r.id not in self._index]
        if not more:
            self._total = len(self._rows)  # the store changed under us: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        for r in more:
            self._index[r.id] = len(self._rows)
            self._rows.append(r)
        self.endInsertRows()

    # --- rows -------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The row of a loaded row id, else None."""
        return self._index.get(row_id)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def retranslate(self) -> None:
        """Headers and texts again in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.COLUMNS - 1))

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

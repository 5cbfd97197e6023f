"""What the list pages (Clients, Gigs) share: a table of rows with an id, searched and sorted
through a proxy, a sentence in its place when it shows nothing, and the selected row's detail
beside or below it.

The texts stay in each page (tr() takes its context from the page's class); this module only
builds and wires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.ui import style
from desktop.ui.pages.base import Page
from desktop.ui.pay_column import PayColumn, period_combo
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.two_part_row import TwoPartRow
from storage import settings
from storage.catalog import fold
from storage.income import IncomeRow
from storage.pay import MinimumRate, minimum_hourly, net_per_hour_by

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel):
    """Rows of plain data objects (each with an ``id``) in ``columns`` columns; the headers
    come from the page's retranslate()."""

    columns = 0
    #: columns of numbers, aligned right
    numeric: tuple[int, ...] = ()
    #: columns whose header is aligned right, like their numbers
    right_headers: tuple[int, ...] = ()
    #: the column of net per hour over the page's chosen period (self.pay), if any
    pay_column: int | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.headers: list[str] = [""] * self.columns
        self.home_currency = "EUR"
        self.pay = PayColumn()

    def texts_changed(self) -> None:
        """Tells the views that the headers and the words in the cells changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.headers) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.columns

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        """What the column sorts by: its text, accent-blind, unless a subclass says more."""
        return fold(self.display(row, column))

    def role_data(self, row: Any, column: int, role: int) -> Any:
        """The roles a subclass adds (tooltips, colours…)."""
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == self.pay_column and role != ID_ROLE:
            return self._pay_data(row.id, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT
        return self.role_data(row, column, role)

    def _pay_data(self, row_id: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.pay.display(self.ctx.i18n.money, row_id)
        if role == SORT_ROLE:
            return self.pay.sort_key(row_id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self.pay.role_data(self.ctx.i18n.money, row_id, role)

    def set_pay(self, rows: dict[int | None, IncomeRow], currency: str,
                minimum: MinimumRate | None) -> None:
        """Net per hour of each row over the chosen period, and the minimum to mark."""
        self.pay.set(rows, currency, minimum)
        if self.rows and self.pay_column is not None:
            self.dataChanged.emit(self.index(0, self.pay_column),
                                  self.index(len(self.rows) - 1, self.pay_column))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_headers:
                return RIGHT
        return None


class ListPage(Page):
    """A page listing rows in ``self.table`` (through ``self.proxy`` over ``self.model``),
    with ``self.search``, ``self.count_label`` and the selected row's detail in
    ``self.detail_stack`` (its content, or ``self.detail_placeholder``)."""

    model: RowTableModel
    proxy: QSortFilterProxyModel
    new_button: QPushButton
    edit_button: QPushButton
    delete_button: QPushButton
    detail_stack: QStackedWidget
    detail_placeholder: QLabel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._selected_id: int | None = None
        self.count_label = QLabel()
        style.muted(self.count_label)

    # --- building -----------------------------------------------------------------------

    def make_search(self, min_width: int, max_width: int) -> QLineEdit:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(min_width)
        self.search.setMaximumWidth(max_width)
        return self.search

    def make_pay_period(self, by: str) -> QComboBox:
        """The period the model's Net/h column covers (`by`: gig, client or platform); a
        change reloads the column."""
        self.pay_by = by
        self.pay_period = period_combo()
        self.pay_period.currentIndexChanged.connect(lambda _i: self.load_pay())
        return self.pay_period

    def load_pay(self) -> None:
        """Read net per hour over the chosen period into the model's Net/h column."""
        span = self.pay_period.currentData()
        with self.ctx.store.session() as s:
            zone = settings.local_zone(s)
            today = self.ctx.clock.now().astimezone(zone).date()
            rows = net_per_hour_by(s, self.pay_by, span, today, zone)
            self.model.set_pay(rows, settings.home_currency(s), minimum_hourly(s))

    def make_toolbar(self, filters: Iterable[QWidget], buttons: Iterable[QWidget]) -> TwoPartRow:
        """The search box, ``filters``, the count, then the action ``buttons`` on the right
        (on a line of their own below when the window is too narrow for both)."""
        left = QWidget()
        toolbar = QHBoxLayout(left)
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.setSpacing(8)
        for widget in filters:
            if isinstance(widget, QComboBox):
                # the chosen filter shows whole: the buttons wrap rather than squeeze it
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for widget in (self.search, *filters, self.count_label):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        self._action_buttons = list(buttons)
        # the buttons wrap onto a second line rather than widen the window past 1024 px
        return TwoPartRow(left, flow_row(*self._action_buttons))

    def make_table(self, name: str, sort_column: int, row_height: int) -> QStackedWidget:
        """``self.table`` showing ``self.proxy`` (read only, one row selected at a time) in a
        stack with ``self.empty_label``, the sentence shown instead of an empty table."""
        self.proxy.setSourceModel(self.model)
        table = self.table = QTableView()
        table.setObjectName(name)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves for the detail panel
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.horizontalHeader().setHighlightSections(False)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        style.empty_state(self.empty_label)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(table)
        self.table_stack.addWidget(self.empty_label)
        return self.table_stack

    def make_detail_heading(self) -> tuple[QLabel, QLabel]:
        """The detail panel's title (the selected row's name) and the muted line below it."""
        title = QLabel()
        style.title(title)
        title.setWordWrap(True)
        meta = QLabel()
        meta.setWordWrap(True)
        style.muted(meta)
        return title, meta

    def make_detail_frame(self, name: str, content: QWidget) -> QFrame:
        """The detail panel: ``content``, or ``self.detail_placeholder`` when nothing is
        selected."""
        frame = QFrame()
        frame.setObjectName(name)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(content)
        self.detail_stack.addWidget(self.detail_placeholder)
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.detail_stack)
        return frame

    def lay_out(self, toolbar: QLayout, orientation: Qt.Orientation,
                stretch: tuple[int, int], sizes: Sequence[int], detail: QWidget) -> None:
        """Heading, toolbar, and the table beside or above ``detail``; wires the selection."""
        splitter = QSplitter(orientation)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        self.heading = self.make_heading()
        layout.addWidget(self.heading)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._order_focus(detail)

    def _order_focus(self, detail: QWidget) -> None:
        """Tab goes search and filters → table → the row's detail → the buttons that act on
        it (they sit above the table, but they are what one does next)."""
        last: QWidget = self.table
        w = self.nextInFocusChain()
        while w is not self:
            if detail.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = w
            w = w.nextInFocusChain()
        for button in self._action_buttons:
            QWidget.setTabOrder(last, button)
            last = button

    def wire(self, new: Callable[[], None], edit: Callable[[], None],
             delete: Callable[[], None]) -> None:
        """Connects the search box, a double click (edit) and the New, Edit and Delete
        buttons, then shows the texts and an empty detail."""
        self.search.textChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(edit)
        self.new_button.clicked.connect(new)
        self.edit_button.clicked.connect(edit)
        self.delete_button.clicked.connect(delete)
        self.retranslate()
        self._show_detail(None)

    # --- texts --------------------------------------------------------------------------

    def show_counts(self, all_rows: str, some_rows: str, no_rows: str, no_match: str) -> None:
        """The count (``all_rows`` when nothing is filtered out, else ``some_rows`` with
        {shown} and {total}), and the empty table's sentence (``no_rows`` when there are
        none, ``no_match`` when the filters hide them all)."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(all_rows if shown == total
                                 else some_rows.format(shown=shown, total=total))
        self.empty_label.setText(no_rows if total == 0 else no_match)
        self.table_stack.setCurrentWidget(self.empty_label if shown == 0 else self.table)

    # --- selection ----------------------------------------------------------------------

    def show_rows(self, rows: list[Any], keep: int | None) -> None:
        """After ``rows`` are in the model: selects ``keep`` if it is still there, else the
        first row shown (something useful at once), else nothing."""
        ids = {r.id for r in rows}
        if keep not in ids and self.proxy.rowCount():
            keep = self.proxy.index(0, 0).data(ID_ROLE)
        self.select_id(keep if keep in ids else None)

    def focus_target(self) -> QWidget | None:
        """The table (when it lists rows)."""
        return self.table if self.proxy.rowCount() else None

    def selected_row(self) -> Any | None:
        return next((r for r in self.model.rows if r.id == self._selected_id), None)

    def _row_of(self, row_id: int) -> int:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == row_id:
                return row
        return -1

    def select_id(self, row_id: int | None) -> None:
        row = -1 if row_id is None else self._row_of(row_id)
        if row < 0:
            self.table.clearSelection()
            self._selected_id = None
            self._show_detail(None)
            self._update_texts()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected_id = rows[0].data(ID_ROLE) if rows else None
        self._show_detail(self._selected_id)
        self._update_texts()

    def _show_detail(self, row_id: int | None) -> None:
        raise NotImplementedError

    def _apply_filter(self) -> None:
        raise NotImplementedError

    def _update_texts(self) -> None:
        raise NotImplementedError

    # --- actions ------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> None:
        """Runs a dialog that saves a row (its id in ``result_value``), then selects that row
        (the page refreshed itself on the change event), clearing the filters if they hide
        it."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        row_id = dialog.result_value
        if self._row_of(row_id) < 0:
            self.clear_filters()
        self.select_id(row_id)

    def clear_filters(self) -> None:
        self.search.clear()

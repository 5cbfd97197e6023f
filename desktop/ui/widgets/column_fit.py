"""Column widths for the list tables (Orders, Gigs, Clients) that work from 1024 px wide.

The key column (a title or a name) takes the room left and never gets narrower than
``key_min``; the figures (due, price, net per hour…) are as wide as their longest text, so
they show whole without scrolling sideways; the other columns get their contents' width when
there is room, are narrowed (their text elided) down to a floor when there is not, and the
columns in ``hide_first`` are hidden, in that order, when even that does not fit.

Widths come from the font metrics of the header and of a sample of rows (the first
``sample`` rows and those in view), not from ResizeToContents, which measures every row of a
2,000-row table at each change. They are measured again when the rows or the texts change,
and shared out again at each resize.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

CELL_PAD = 14  # the cell's margins, both sides, and a little air
HEADER_PAD = 24  # the header's margins and the sort arrow
WRAP = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
#: a header title narrower than this never wraps (wrapping it would save nothing)
NO_WRAP_BELOW = 110


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted (see the module's doc); ``refit()`` does it now.
    ``table`` is a QTableView, or a QTreeView of top-level rows (the Calendar's agenda)."""

    def __init__(self, table: QTableView | QAbstractItemView, key: int, figures: Iterable[int],
                 flexible: Mapping[int, int], hide_first: Iterable[int] = (),
                 key_min: int = 160, sample: int = 300) -> None:
        super().__init__(table)
        self.table, self.key, self.key_min, self.sample = table, key, key_min, sample
        self.figures = tuple(figures)
        self.flexible = dict(flexible)  # column → the narrowest it gets
        self.hide_first = tuple(hide_first)
        self._wants: dict[int, int] | None = None
        self._two_lines: set[int] = set()  # the columns whose title takes two lines
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        self.header = header = (table.horizontalHeader() if isinstance(table, QTableView)
                                else table.header())
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(key, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self.contents_changed)

    def contents_changed(self, *_args: object) -> None:
        """The rows or their texts changed: measure again (once, soon)."""
        self._wants = None
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the type first: events come while the table is being destroyed
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._share_out()
        return super().eventFilter(watched, event)

    def refit(self) -> None:
        self._wants = None
        self._share_out()

    # --- measuring ------------------------------------------------------------------------

    def _cells(self, column: int) -> list[QModelIndex]:
        """The cells of ``column`` measured: the sample's rows; in a tree, the rows under
        each top-level one (the agenda's orders under their day, whose heading spans the
        row)."""
        model = self.table.model()
        if isinstance(self.table, QTableView):
            return [model.index(row, column) for row in self._rows()]
        cells = []
        for row in range(min(model.rowCount(), self.sample)):
            parent = model.index(row, 0)
            children = model.rowCount(parent)
            if not children:
                cells.append(model.index(row, column))
            cells += [model.index(child, column, parent) for child in range(children)]
        return cells

    def _indent(self, index: QModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        decorated = bool(getattr(self.table, "rootIsDecorated", lambda: False)())
        return self.table.indentation() * (depth + decorated)

    def _rows(self) -> list[int]:
        model, table = self.table.model(), self.table
        count = model.rowCount()
        rows = set(range(min(count, self.sample)))
        first = table.rowAt(0) if isinstance(table, QTableView) else -1
        if first >= 0:
            last = table.rowAt(table.viewport().height() - 1)
            last = count - 1 if last < 0 else last
            rows.update(range(first, last + 1))
        return sorted(rows)

    def _measure(self) -> dict[int, int]:
        table, model = self.table, self.table.model()
        header = self.header
        cells, titles = table.fontMetrics(), header.fontMetrics()
        wraps = bool(header.defaultAlignment() & WRAP)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        wants: dict[int, int] = {}
        self._two_lines = set()
        for column in (*self.figures, *self.flexible):
            delegate = table.itemDelegateForColumn(column)
            content = 0
            for index in self._cells(column):
                if delegate is not None:
                    width = delegate.sizeHint(option, index).width()
                else:
                    width = cells.horizontalAdvance(str(index.data() or "")) + CELL_PAD
                if column == 0 and index.parent().isValid():  # a tree's child row: indented
                    width += self._indent(index)
                content = max(content, width)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            full = titles.horizontalAdvance(title) + HEADER_PAD
            if not wraps or full <= max(content, NO_WRAP_BELOW):
                wants[column] = max(content, full)
            else:
                words = max(titles.horizontalAdvance(w) for w in title.split()) + HEADER_PAD
                wants[column] = max(content, words)
                self._two_lines.add(column)
        return wants

    # --- sharing out ------------------------------------------------------------------------

    def _share_out(self) -> None:
        if self._wants is None:
            self._wants = self._measure()
        wants = self._wants
        room = self.table.viewport().width() - self.key_min
        shown = [c for c in (*self.figures, *self.flexible)]
        hidden: list[int] = []

        def least(columns: list[int]) -> int:
            return sum(min(wants[c], self.flexible[c]) if c in self.flexible else wants[c]
                       for c in columns)

        for column in self.hide_first:
            if least(shown) <= room:
                break
            shown.remove(column)
            hidden.append(column)
        for column in (*self.figures, *self.flexible):
            self.table.setColumnHidden(column, column in hidden)
        if self.header.defaultAlignment() & WRAP:  # two lines when a shown title needs them
            two = any(c not in hidden for c in self._two_lines)
            lines = 2 * self.header.fontMetrics().lineSpacing() + 8 if two else 0
            if self.header.minimumHeight() != lines:
                self.header.setMinimumHeight(lines)
        fixed = sum(wants[c] for c in shown if c not in self.flexible)
        flex = [c for c in shown if c in self.flexible]
        floors = {c: min(wants[c], self.flexible[c]) for c in flex}
        left = room - fixed
        desired = sum(wants[c] for c in flex)
        widths = {c: wants[c] for c in shown}
        if desired > left:
            spare = max(left - sum(floors.values()), 0)
            give = sum(wants[c] - floors[c] for c in flex) or 1
            for c in flex:
                widths[c] = floors[c] + (wants[c] - floors[c]) * spare // give
        for column, width in widths.items():
            if self.header.sectionSize(column) != width:
                self.table.setColumnWidth(column, width)

"""File › Import payments… (and .csv files dropped on the window): payment exports read,
recognised and planned off the GUI thread, then a preview where the person decides; nothing is
written before Import, which writes in one transaction.

The workflow is storage.imports' (reading → profiles → ledger), the same the command line
runs; here only the questions (the date order of an ambiguous file, the columns of an unknown
one), the preview and the decisions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, JobContext, error_text
from desktop.ui import style
from desktop.ui.forms import column_widget
from desktop.ui.screen_fit import fit_to_screen
from storage.imports.model import (
    Conventions,
    FilePlan,
    ImportPlan,
    Outcome,
    PlannedRow,
    Table,
    Totals,
)

#: The preview's tabs, in order.
TABS = (Outcome.ADD, Outcome.DUPLICATE, Outcome.TRANSFER, Outcome.ATTENTION, Outcome.SKIP)
PROGRESS_EVERY = 2000  # rows between two progress reports (and cancel checks)
_ROOT = QModelIndex()


def csv_paths(urls: Sequence[Any]) -> list[Path]:
    """The local .csv files among dropped URLs (QUrl), in order."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == ".csv":
                out.append(path)
    return out


class PaymentDrops(QObject):
    """Lets .csv files be dropped on ``widget`` (the main window): ``dropped(paths)``."""

    dropped = Signal(list)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if event.mimeData().hasUrls() and csv_paths(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = csv_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return super().eventFilter(watched, event)


# --- the work done off the GUI thread -----------------------------------------------------


@dataclass
class Entry:
    """A file being imported: its table, and the profile that reads it (None: unknown)."""

    path: Path
    table: Table
    profile: Any = None
    date_order: str = ""  # the person's answer for a file whose dates read both ways


@dataclass
class Ambiguous:
    """Files whose dates all read both ways: (entry, a date as the file writes it)."""

    files: list[tuple[Entry, str]]


class AnsweredTable(Table):
    """A table whose date order the person chose: whatever conventions a profile detects
    keep that order (and are no longer ambiguous)."""

    answer: str = "DMY"

    @property  # type: ignore[override]
    def conventions(self) -> Conventions:
        return self._conventions

    @conventions.setter
    def conventions(self, value: Conventions) -> None:
        self._conventions = replace(value, date_order=self.answer, ambiguous_dates=False)


def answered(table: Table, order: str) -> Table:
    out = AnsweredTable(**{f.name: getattr(table, f.name) for f in fields(table)})
    out.answer = order
    out.conventions = table.conventions  # through the setter: the answer kept
    return out


def read_files(paths: Sequence[Path], data_dir: Path, job: JobContext) -> list[Entry]:
    """Each file read and recognised: by the known profiles, else by a mapping the person
    saved; ImportProblem for a file that cannot be read."""
    from storage.imports.model import ImportProblem
    from storage.imports.profiles import recognise
    from storage.imports.profiles.custom import recognise_saved
    from storage.imports.reading import read_table

    out = []
    for i, path in enumerate(paths):
        job.check()
        job.progress(i, len(paths), path.name)
        table = read_table(Path(path))
        try:
            profile = recognise(table)
        except ImportProblem:
            profile = None
        if profile is None or profile.name == "bank":
            # A mapping the person made fits better than the generic bank profile's guess.
            profile = recognise_saved(data_dir, table.header) or profile
        out.append(Entry(Path(path), table, profile))
    return out


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TEXT = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def sample_date(table: Table) -> str:
    """A date as the file writes it (the first cell that looks like d/m/y), for the question."""
    for n, (_line, cells) in enumerate(table.rows()):
        for cell in cells:
            m = _DATE_TEXT.match(cell.strip())
            if m:
                return m.group(0)
        if n > 50:
            break
    return ""


def plan_files(store: Any, entries: Sequence[Entry], job: JobContext) -> ImportPlan | Ambiguous:
    """The rows of every file, planned against the store (nothing written); `Ambiguous`
    when a file's dates read both ways and the person has not said which."""
    from storage import settings
    from storage.imports.ledger import plan_import

    files = []
    ambiguous = []
    for entry in entries:
        table = answered(entry.table, entry.date_order) if entry.date_order else entry.table
        rows = []
        for row in entry.profile.rows(table):
            rows.append(row)
            if len(rows) % PROGRESS_EVERY == 0:
                job.check()
                job.progress(len(rows), 0, entry.path.name)
        if table.conventions.ambiguous_dates and not entry.date_order:
            ambiguous.append((entry, sample_date(table)))
        files.append((entry.path.name, entry.profile.name, rows))
    if ambiguous:
        return Ambiguous(ambiguous)
    job.check()
    with store.session() as s:
        return plan_import(s, files, home=settings.home_currency(s))


# --- the run: read, ask, plan, preview --------------------------------------------------------


class PaymentImport(QObject):
    """One File › Import payments…: the files read and planned in jobs (the window's job bar
    shows progress and Cancel), the questions asked, then the preview (`preview` is set and
    `preview_ready` emitted). `ended(summary)` when it is over ("" when nothing was written)."""

    preview_ready = Signal(object)
    ended = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.preview: ImportPreviewDialog | None = None
        self.job: Job | None = None
        self.message: QMessageBox | None = None
        self.entries: list[Entry] = []

    def start(self, paths: Sequence[Path]) -> Job:
        data_dir, paths = self.ctx.data_dir, [Path(p) for p in paths]
        self.job = self.ctx.jobs.submit(
            self.tr("Reading payment exports…"),
            lambda job: read_files(paths, data_dir, job),
            on_finished=self._read, on_failed=self._failed, on_cancelled=self._cancelled)
        return self.job

    # The questions; tests replace these.

    def ask_date_order(self, file: str, sample: str) -> str | None:
        """“05/03/2021: 5 March or May 3?” — "DMY", "MDY", or None to stop."""
        from storage.imports.profiles.custom import parse_date

        dmy, mdy = parse_date(sample, "DMY"), parse_date(sample, "MDY")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Which date is it?"), self.tr(
            "In {file}, every date can be read two ways. {sample}: which is it?").format(
                file=file, sample=sample), QMessageBox.StandardButton.Cancel,
            self.parent_widget)
        first = box.addButton(self.ctx.i18n.date(dmy.date() if dmy else None, long=True),
                              QMessageBox.ButtonRole.AcceptRole)
        second = box.addButton(self.ctx.i18n.date(mdy.date() if mdy else None, long=True),
                               QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        clicked = box.clickedButton()
        return "DMY" if clicked is first else "MDY" if clicked is second else None

    def map_columns(self, entry: Entry) -> Any:
        """The mapping dialog for a file no profile knows; the profile, or None."""
        from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

        dialog = ColumnMappingDialog(self.ctx, entry.table, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.profile

    # The steps.

    def _read(self, entries: list[Entry]) -> None:
        try:
            for entry in entries:
                if entry.profile is None:
                    entry.profile = self.map_columns(entry)
                    if entry.profile is None:
                        self.ended.emit("")
                        return
        except Exception as exc:  # an unreadable file: said, nothing written
            self._failed(exc)
            return
        self.entries = entries
        self._plan()

    def _plan(self) -> None:
        store, entries = self.ctx.store, list(self.entries)
        self.job = self.ctx.jobs.submit(
            self.tr("Preparing the import preview…"),
            lambda job: plan_files(store, entries, job),
            on_finished=self._planned, on_failed=self._failed, on_cancelled=self._cancelled)

    def _planned(self, result: ImportPlan | Ambiguous) -> None:
        if isinstance(result, Ambiguous):
            for entry, sample in result.files:
                order = self.ask_date_order(entry.path.name, sample)
                if order is None:
                    self.ended.emit("")
                    return
                entry.date_order = order
            self._plan()
            return
        try:
            self.preview = ImportPreviewDialog(self.ctx, result, self.parent_widget)
        except Exception as exc:  # said to the person, nothing written
            self._failed(exc)
            return
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.finished.connect(self._preview_closed)
        self.preview.replan_requested.connect(self._replan)
        self.preview.show()
        self.preview_ready.emit(self.preview)

    def _replan(self) -> None:
        """Rates were loaded: the same files planned again, in a new preview."""
        preview, self.preview = self.preview, None
        if preview is not None:
            preview.finished.disconnect(self._preview_closed)
            preview.close()
        self._plan()

    def _preview_closed(self, _code: int) -> None:
        preview = self.preview
        self.ended.emit(preview.summary if preview is not None else "")

    def _failed(self, exc: BaseException) -> None:
        self.message = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import payments"),
            self.tr("Nothing was imported.") + "\n\n" + error_text(exc),
            QMessageBox.StandardButton.Ok, self.parent_widget)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        self.ended.emit("")

    def _cancelled(self) -> None:
        self.ended.emit("")


def choose_files(parent: QWidget) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("PaymentImport", "Import payments from exports"), "",
        QCoreApplication.translate("PaymentImport", "CSV exports (*.csv *.CSV);;All files (*)"))
    return [Path(f) for f in files]


# --- the preview ------------------------------------------------------------------------------


@dataclass
class Choice:
    """What the person decided for one row (by identity)."""

    action: str = ""  # a row needing attention: "" (later), "add", "same" (as same_as), "skip"
    rate: str = ""  # the rate they entered
    keep_order: bool = True  # the suggested order is confirmed (False: cleared)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.ADD: QCoreApplication.translate("ImportPreviewDialog", "To add"),
        Outcome.DUPLICATE: QCoreApplication.translate("ImportPreviewDialog", "Duplicates"),
        Outcome.TRANSFER: QCoreApplication.translate("ImportPreviewDialog", "Transfers"),
        Outcome.ATTENTION: QCoreApplication.translate("ImportPreviewDialog", "Needs attention"),
        Outcome.SKIP: QCoreApplication.translate("ImportPreviewDialog", "Skipped"),
    }[outcome]


class PlanRowsModel(QAbstractTableModel):
    """The planned rows of one tab (an outcome), for a QTableView (100,000 rows stay fast)."""

    COLUMNS = ("date", "payer", "memo", "gross", "fee", "net", "rate", "match", "note")

    def __init__(self, dialog: ImportPreviewDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.rows: list[tuple[str, PlannedRow]] = []

    def set_rows(self, rows: list[tuple[str, PlannedRow]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "date": QCoreApplication.translate("ImportPreviewDialog", "Date"),
            "payer": QCoreApplication.translate("ImportPreviewDialog", "Payer"),
            "memo": QCoreApplication.translate("ImportPreviewDialog", "Memo"),
            "gross": QCoreApplication.translate("ImportPreviewDialog", "Gross"),
            "fee": QCoreApplication.translate("ImportPreviewDialog", "Fee"),
            "net": QCoreApplication.translate("ImportPreviewDialog", "Net"),
            "rate": QCoreApplication.translate("ImportPreviewDialog", "Rate"),
            "match": QCoreApplication.translate("ImportPreviewDialog", "Client / order"),
            "note": QCoreApplication.translate("ImportPreviewDialog", "Why"),
        }[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _file, planned = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.dialog.cell(planned, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("memo", "note", "payer", "rate",
                                                              "match"):
            return self.dialog.cell(planned, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("gross", "fee", "net",
                                                                     "rate"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    #: Exchange rates were loaded: plan again (the run that opened this preview does).
    replan_requested = Signal()

    """What an import would do, file by file and row by row, before anything is written.

    Tabs (To add, Duplicates, Transfers, Needs attention, Skipped) filter the rows; the totals
    per currency are those of the rows that will be added. For the selected row: add or leave
    out a row that needs attention (with its rate when none is known), confirm or clear the
    suggested order, make its payer a client. Import writes all of it in one transaction and
    `summary` says what was done. Enter never imports by accident; Esc cancels."""

    def __init__(self, ctx: AppContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.summary = ""
        self.result_value: Any = None
        self.decisions: dict[str, Choice] = {}
        self.new_clients: set[str] = set()  # payers to make clients of, by name
        # The plan does not change while it is shown: its rows by tab, counted once.
        self._rows = [(f.file, r) for f in plan.files for r in f.rows]
        self._by_outcome: dict[Outcome, list[tuple[str, PlannedRow]]] = {o: [] for o in Outcome}
        for item in self._rows:
            self._by_outcome[item[1].outcome].append(item)
        self._add_sums: dict[str, list[int]] | None = None
        self._names = self._lookup_names()
        from storage import settings

        with ctx.store.session() as s:
            self.home = settings.home_currency(s)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _outcome in TABS:
            self.tabs.addTab("")
        self.model = PlanRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the row's panel
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(PlanRowsModel.COLUMNS,
                                 (95, 120, 160, 85, 70, 85, 90, 130, 160), strict=True):
            header.resizeSection(PlanRowsModel.COLUMNS.index(column), width)

        # The selected row's decisions.
        self.row_title = style.semibold(QLabel())
        self.row_title.setWordWrap(True)
        self.row_reason = QLabel()
        self.row_reason.setWordWrap(True)
        self.choice_combo = QComboBox()
        for action in ("", "add", "same", "skip"):
            self.choice_combo.addItem("", action)
        self.choice_label = QLabel()
        self.choice_label.setBuddy(self.choice_combo)
        self.rate_edit = QLineEdit()
        self.rate_edit.setMaximumWidth(140)
        self.rate_label = QLabel()
        self.rate_label.setBuddy(self.rate_edit)
        self.order_check = QCheckBox()
        self.client_check = QCheckBox()
        rate_row = QFormLayout()
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addRow(self.rate_label, self.rate_edit)
        self.rate_box = QWidget()
        self.rate_box.setLayout(rate_row)
        self.side = column_widget(self.row_title, self.row_reason, self.choice_label,
                                  self.choice_combo, self.rate_box,
                                  self.order_check, self.client_check, spacing=6,
                                  end_stretch=True, margins=(8, 0, 0, 0))
        # The row's panel scrolls on a small screen rather than push the buttons out.
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(self.side)
        self.side_scroll.setMinimumWidth(220)
        self.side_scroll.setMaximumWidth(300)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.side_scroll)
        split.setStretchFactor(0, 1)
        split.setChildrenCollapsible(False)

        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.error_label = style.error(QLabel())
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.rates_button = QPushButton()
        self.buttons.addButton(self.rates_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.rates_button.clicked.connect(self.choose_rates)
        self.rates_button.setVisible(any(self.needs_rate(r)
                                         for _f, r in self._by_outcome[Outcome.ATTENTION]))

        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addWidget(self.tabs)
        layout.addWidget(split, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.tabs.currentChanged.connect(self._show_tab)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.choice_combo.currentIndexChanged.connect(self._decide)
        self.rate_edit.textEdited.connect(self._decide)
        self.order_check.toggled.connect(self._decide)
        self.client_check.toggled.connect(self._decide_client)
        self.retranslate()
        # Opens on the rows to add, else on those that wait for the person, else the first
        # tab with rows.
        first = next((TABS.index(o) for o in (Outcome.ADD, Outcome.ATTENTION, *TABS)
                      if self.count(o)), 0)
        self.tabs.setCurrentIndex(first)
        self._show_tab(first)
        self.setTabOrder(self.tabs, self.table)
        fit_to_screen(self, 1100, 640)

    # --- figures ----------------------------------------------------------------------

    def rows(self) -> list[tuple[str, PlannedRow]]:
        return self._rows

    def count(self, outcome: Outcome) -> int:
        return len(self._by_outcome[outcome])

    def adds(self, planned: PlannedRow) -> bool:
        """Whether Import writes this row: a row to add, or one needing attention that the
        person chose to add."""
        if planned.outcome == Outcome.ADD:
            return True
        choice = self.decisions.get(planned.identity)
        return planned.outcome == Outcome.ATTENTION and choice is not None \
            and choice.action == "add"

    def needs_rate(self, planned: PlannedRow) -> bool:
        return (planned.outcome == Outcome.ATTENTION and planned.rate is None
                and planned.row.currency != self.home)

    def decision(self, planned: PlannedRow) -> Choice:
        return self.decisions.setdefault(planned.identity, Choice())

    def totals(self) -> dict[str, Totals]:
        """Gross, fees and net per currency of what Import would add."""
        if self._add_sums is None:  # the rows to add do not change: summed once
            self._add_sums = {}
            for _file, r in self._by_outcome[Outcome.ADD]:
                self._sum_into(self._add_sums, r)
        sums = {c: list(v) for c, v in self._add_sums.items()}
        for _file, r in self._by_outcome[Outcome.ATTENTION]:
            if self.adds(r):
                self._sum_into(sums, r)
        return {c: Totals(*v) for c, v in sorted(sums.items())}

    @staticmethod
    def _sum_into(sums: dict[str, list[int]], r: PlannedRow) -> None:
        t = sums.setdefault(r.row.currency, [0, 0, 0])
        t[0] += r.row.gross_minor
        t[1] += r.row.fee_minor
        t[2] += r.row.net_minor

    def _lookup_names(self) -> dict[tuple[str, int], str]:
        from sqlalchemy import select

        from storage.tables import Client, Order

        clients = {r.client_id for _f, r in self.rows() if r.client_id is not None}
        orders = {r.order_id for _f, r in self.rows() if r.order_id is not None}
        names: dict[tuple[str, int], str] = {}
        with self.ctx.store.session() as s:
            if clients:
                for cid, name in s.execute(select(Client.id, Client.name)
                                           .where(Client.id.in_(clients))):
                    names["client", cid] = name
            if orders:
                for oid, title in s.execute(select(Order.id, Order.title)
                                            .where(Order.id.in_(orders))):
                    names["order", oid] = title
        return names

    # --- cells ------------------------------------------------------------------------

    def cell(self, planned: PlannedRow, column: str) -> str:
        row, i18n = planned.row, self.ctx.i18n
        if column == "date":
            return i18n.date(row.occurred_at)
        if column == "payer":
            return row.counterparty or row.counterparty_email
        if column == "memo":
            return " · ".join(t for t in (row.reference, row.memo) if t)
        if column in ("gross", "fee", "net"):
            return i18n.money(getattr(row, f"{column}_minor"), row.currency)
        if column == "rate":
            return self.rate_text(planned)
        if column == "match":
            return self.match_text(planned)
        return self.note_text(planned)

    def rate_text(self, planned: PlannedRow) -> str:
        decision = self.decisions.get(planned.identity)
        if decision is not None and decision.rate.strip():
            return self.tr("{rate} (entered)").format(rate=decision.rate.strip())
        if planned.rate is None:
            return "—" if planned.row.currency != self.home else ""
        if planned.row.currency == self.home:
            return ""
        source = planned.rate_source
        shown = {"export": self.tr("export"), "entered": self.tr("entered"),
                 "same currency": ""}.get(source)
        if shown is None:
            shown = source.replace("ecb", self.tr("ECB"), 1) if source.startswith("ecb") \
                else source
            shown = _ISO_DAY.sub(lambda m: self.ctx.i18n.date(date.fromisoformat(m[0])), shown)
        rate = self.rate_number(planned.rate)
        return f"{rate} ({shown})" if shown else rate

    def rate_number(self, rate: Decimal) -> str:
        """A rate in the person's locale, to 6 decimals (a small rate to 6 significant
        digits: 0.00612346), without trailing zeros."""
        places = max(6, 5 - rate.adjusted()) if rate else 0
        text = format(rate.quantize(Decimal(1).scaleb(-places)).normalize(), "f")
        return text.replace(".", self.ctx.i18n.locale().decimalPoint())

    def match_text(self, planned: PlannedRow) -> str:
        parts = []
        if planned.client_id is not None:
            parts.append(self._names.get(("client", planned.client_id), f"#{planned.client_id}"))
        elif planned.new_client and planned.new_client in self.new_clients:
            parts.append(self.tr("{name} (new client)").format(name=planned.new_client))
        choice = self.decisions.get(planned.identity)
        if planned.order_id is not None and (choice is None or choice.keep_order):
            parts.append(self.tr("order “{title}”").format(
                title=self._names.get(("order", planned.order_id), f"#{planned.order_id}")))
        return " — ".join(parts)

    def note_text(self, planned: PlannedRow) -> str:
        from desktop.jobs import phrase_text

        decided = self.decisions.get(planned.identity)
        if (planned.outcome == Outcome.ATTENTION and planned.rate is None and decided
                and decided.rate.strip()):
            reason = self.tr("rate entered")  # no longer "no exchange rate…: enter one"
        else:
            reason = phrase_text(self.dated(planned.reason), "storage") \
                if planned.reason else ""
        if planned.outcome == Outcome.ATTENTION:
            choice = self.choice_text(decided.action if decided else "")
            return f"{choice} — {reason}" if reason else choice
        return reason

    def dated(self, reason: str) -> str:
        """``reason`` with the dates among its values (“2015-12-29”) in the app's format."""
        from storage.phrases import Phrase

        if not isinstance(reason, Phrase) or not reason.values:
            return reason
        values = {name: self._day(value) for name, value in reason.values.items()}
        if values == reason.values:
            return reason
        return Phrase(reason.template, **values)

    def _day(self, value: object) -> object:
        if isinstance(value, date):  # a datetime too
            return self.ctx.i18n.date(value)
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            return self.ctx.i18n.date(date.fromisoformat(value))
        return value

    def choice_text(self, action: str) -> str:
        return {"": self.tr("decide later"), "add": self.tr("will be added"),
                "same": self.tr("same as the payment entered by hand"),
                "skip": self.tr("skipped for good")}[action]

    # --- showing ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import payments — preview"))
        for i, outcome in enumerate(TABS):
            self.tabs.setTabText(i, self.tr("{tab} ({count})").format(
                tab=outcome_label(outcome), count=self.count(outcome)))
        self.import_button.setText(self.tr("&Import"))
        self.rates_button.setText(self.tr("Load exchange &rates…"))
        self.rates_button.setToolTip(self.tr(
            "The European Central Bank's reference rates (eurofxref-hist.csv, from ecb.europa.eu) "
            "give a rate to payments in another currency"))
        self.choice_label.setText(self.tr("&What to do with this row"))
        for i in range(self.choice_combo.count()):
            self.choice_combo.setItemText(i, self.choice_text(self.choice_combo.itemData(i)))
        self.files_label.setText("\n".join(self.file_text(f) for f in self.plan.files))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(PlanRowsModel.COLUMNS) - 1)
        self._show_totals()
        self._row_changed()

    def file_text(self, f: FilePlan) -> str:
        counts = [self.tr("%n to add", "", f.count(Outcome.ADD)),
                  self.tr("%n duplicate(s)", "", f.count(Outcome.DUPLICATE)),
                  self.tr("%n transfer(s)", "", f.count(Outcome.TRANSFER)),
                  self.tr("%n needing attention", "", f.count(Outcome.ATTENTION)),
                  self.tr("%n skipped", "", f.count(Outcome.SKIP))]
        return self.tr("{file} ({profile}): {rows} — {counts}").format(
            file=f.file, profile=f.profile, rows=self.tr("%n row(s)", "", len(f.rows)),
            counts=", ".join(counts))

    def _show_totals(self) -> None:
        money = self.ctx.i18n.money
        totals = self.totals()
        if not totals:
            self.totals_label.setText(self.tr("Nothing to add."))
            return
        lines = [self.tr("{currency}: gross {gross}, fees {fee}, net {net}").format(
            currency=code, gross=money(t.gross_minor, code), fee=money(t.fee_minor, code),
            net=money(t.net_minor, code)) for code, t in totals.items()]
        self.totals_label.setText(self.tr("To add — {totals}").format(totals="; ".join(lines)))

    def _show_tab(self, index: int) -> None:
        outcome = TABS[index] if 0 <= index < len(TABS) else Outcome.ADD
        self.model.set_rows(self._by_outcome[outcome])
        for column in ("date", "gross", "fee", "net", "rate"):  # sized on the first 1,000 rows
            self.table.resizeColumnToContents(PlanRowsModel.COLUMNS.index(column))
        rate = PlanRowsModel.COLUMNS.index("rate")  # within reason: the rest elided, in a tip
        self.table.setColumnWidth(rate, min(max(self.table.columnWidth(rate), 60),
                                            self.fontMetrics().averageCharWidth() * 32))
        if self.model.rows:
            self.table.selectRow(0)
        self._row_changed()

    def current(self) -> PlannedRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()][1]

    def select(self, planned: PlannedRow) -> None:
        """Show ``planned``'s tab and select it."""
        self.tabs.setCurrentIndex(TABS.index(planned.outcome))
        for i, (_f, r) in enumerate(self.model.rows):
            if r is planned:
                self.table.selectRow(i)
                return

    def _row_changed(self, *_args: object) -> None:
        planned = self.current()
        self._updating = True
        try:
            for widget in (self.choice_label, self.choice_combo, self.rate_box,
                           self.order_check, self.client_check):
                widget.hide()
            if planned is None:
                self.row_title.setText("")
                self.row_reason.setText("")
                return
            row = planned.row
            self.row_title.setText(self.tr("{date} — {net}").format(
                date=self.ctx.i18n.date(row.occurred_at),
                net=self.ctx.i18n.money(row.net_minor, row.currency)))
            self.row_reason.setText(self.note_text(planned))
            decision = self.decision(planned)
            if planned.outcome == Outcome.ATTENTION:
                view = self.choice_combo.view()
                same = self.choice_combo.findData("same")
                if isinstance(view, QListView):
                    view.setRowHidden(same, planned.same_as is None)
                self.choice_combo.setCurrentIndex(self.choice_combo.findData(decision.action))
                self.choice_label.show()
                self.choice_combo.show()
                if row.currency != self.home and planned.rate is None:
                    self.rate_label.setText(self.tr("1 {currency} = ? {home}").format(
                        currency=row.currency, home=self.home))
                    self.rate_edit.setText(decision.rate)
                    self.rate_box.show()
            if planned.order_id is not None and planned.outcome in (Outcome.ADD,
                                                                    Outcome.ATTENTION):
                self.order_check.setText(self.tr("Paid for order “{title}”").format(
                    title=self._names.get(("order", planned.order_id), planned.order_id)))
                self.order_check.setChecked(decision.keep_order)
                self.order_check.show()
            if (planned.client_id is None and planned.new_client
                    and planned.outcome in (Outcome.ADD, Outcome.ATTENTION)):
                self.client_check.setText(self.tr("Make “{name}” a &client").format(
                    name=planned.new_client))
                self.client_check.setChecked(planned.new_client in self.new_clients)
                self.client_check.show()
        finally:
            self._updating = False

    def _decide(self, *_args: object) -> None:
        planned = self.current()
        if planned is None or getattr(self, "_updating", False):
            return
        decision = self.decision(planned)
        if planned.outcome == Outcome.ATTENTION:
            action = self.choice_combo.currentData() or ""
            decision.action = action if action != "same" or planned.same_as else ""
            decision.rate = self.rate_edit.text()
        if not self.order_check.isHidden():
            decision.keep_order = self.order_check.isChecked()
        self.row_reason.setText(self.note_text(planned))
        self._refresh()

    def _decide_client(self, checked: bool) -> None:
        planned = self.current()
        if planned is None or getattr(self, "_updating", False) or not planned.new_client:
            return
        if checked:
            self.new_clients.add(planned.new_client)
        else:
            self.new_clients.discard(planned.new_client)
        self._refresh()

    def _refresh(self) -> None:
        self._show_totals()
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                len(self.model.rows) - 1, len(PlanRowsModel.COLUMNS) - 1))

    # --- keyboard ---------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._order_tabs()
        if not getattr(self, "_focused", False):
            self._focused = True
            self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _order_tabs(self) -> None:
        """Tab: the tabs, the table, the row's panel, then the buttons left to right as the
        platform's button box shows them (not the order they were made in)."""
        self.layout().activate()
        chain: list[QWidget] = [self.tabs, self.table, self.choice_combo, self.rate_edit,
                                self.order_check, self.client_check]
        buttons = [b for b in self.buttons.findChildren(QPushButton) if not b.isHidden()]
        chain += sorted(buttons, key=lambda b: b.mapTo(self, QPoint(0, 0)).x())
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses only a focused button (Import is never one keystroke away)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- writing ----------------------------------------------------------------------

    def decided_plan(self) -> tuple[ImportPlan, dict[str, Any]]:
        """The plan as the person decided it (a copy: the shown plan is not changed) and
        their decisions on rows needing attention (storage.imports.ledger.Decision by
        identity); ValidationError (a rate) with the row selected."""
        from storage.errors import ValidationError
        from storage.imports.ledger import Decision
        from storage.money import parse_rate

        accept: dict[str, Decision] = {}
        files = []
        for f in self.plan.files:
            rows = []
            for planned in f.rows:
                d = self.decisions.get(planned.identity)
                if d is None and planned.new_client not in self.new_clients:
                    rows.append(planned)  # as planned (Import changes only the copies)
                    continue
                copy = replace(planned)
                if d is not None and not d.keep_order:
                    copy.order_id = None
                if planned.outcome == Outcome.ATTENTION and d is not None and d.action:
                    rate = None
                    if d.action == "add" and d.rate.strip():
                        try:
                            rate = parse_rate(d.rate.strip().replace(",", "."))
                        except ValidationError:
                            self.select(planned)
                            raise
                    elif (d.action == "add" and planned.row.currency != self.home
                          and planned.rate is None):
                        self.select(planned)
                        raise ValidationError("rate", self.tr(
                            "Enter the exchange rate of this {currency} payment, or decide "
                            "later.").format(currency=planned.row.currency))
                    accept[planned.identity] = Decision(
                        d.action, payment_id=planned.same_as if d.action == "same" else None,
                        rate=rate)
                rows.append(copy)
            files.append(FilePlan(f.file, f.profile, rows))
        return ImportPlan(files), accept

    def do_import(self) -> bool:
        """Write what the preview shows, in one transaction; False (with the reason shown,
        nothing written) when it cannot."""
        from storage.catalog import ClientFields, save_client
        from storage.errors import AtelierError, ValidationError
        from storage.imports.ledger import apply_plan
        from storage.imports.model import ImportProblem

        self.error_label.hide()
        try:
            plan, accept = self.decided_plan()
        except ValidationError as exc:
            self._show_error(exc)
            return False
        added = [r for f in plan.files for r in f.rows if r.outcome == Outcome.ADD or (
            r.identity in accept and accept[r.identity].action == "add")]
        creating = {r.new_client for r in added
                    if r.client_id is None and r.new_client in self.new_clients}
        now = self.ctx.clock.now()
        linked: list[int] = []

        def write(s: Any) -> Any:
            made = {}
            for name in sorted(creating):
                email = next((r.row.counterparty_email for r in added
                              if r.new_client == name and r.row.counterparty_email), "")
                made[name] = save_client(s, ClientFields(name=name, email=email)).id
            for r in added:
                if r.client_id is None and r.new_client in made:
                    r.client_id = made[r.new_client]
            linked.append(link_earlier_payments(s, made))
            return apply_plan(s, plan, accept=accept, now=now)

        try:
            self.result_value = self.ctx.write(
                Changed.PAYMENTS | Changed.CLIENTS | Changed.ORDERS | Changed.TIME, write)
        except (AtelierError, ImportProblem) as exc:
            self._show_error(exc)
            return False
        self.summary = self.summary_text(self.result_value, len(creating),
                                         linked[-1] if linked else 0)
        self.accept()
        return True

    def summary_text(self, result: Any, clients: int = 0, linked: int = 0) -> str:
        """“38 payments added, 4 duplicates skipped…” from apply_plan's result."""
        parts = [self.tr("%n payment(s) added", "", result.added)]
        for count, text in (
                (result.duplicates, self.tr("%n duplicate(s) skipped", "", result.duplicates)),
                (result.transfers, self.tr("%n transfer(s) linked", "", result.transfers)),
                (result.same, self.tr("%n row(s) linked to payments entered by hand", "",
                                      result.same)),
                (result.skipped, self.tr("%n row(s) skipped", "", result.skipped)),
                (result.left, self.tr("%n row(s) left to decide later", "", result.left)),
                (result.time_entries, self.tr("%n time entries added", "",
                                              result.time_entries)),
                (clients, self.tr("%n client(s) created", "", clients)),
                (linked, self.tr("%n earlier payment(s) linked to them", "", linked))):
            if count:
                parts.append(text)
        return ", ".join(parts) + "."

    def choose_rates(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load the ECB's reference rates"), "",
            self.tr("ECB reference rates (*.csv)"))
        if path:
            self.load_rates(Path(path))

    def load_rates(self, path: Path) -> int | None:
        """The ECB's reference rates into the store, then a new plan (`replan_requested`);
        None (the reason shown, nothing written) when the file is not those rates."""
        from storage.errors import AtelierError
        from storage.imports.ledger import update_rates_from_ecb_csv
        from storage.imports.model import ImportProblem

        self.error_label.hide()
        try:
            count = self.ctx.write(Changed.SETTINGS,
                                   lambda s: update_rates_from_ecb_csv(s, path))
        except (AtelierError, ImportProblem, OSError) as exc:
            self._show_error(exc)
            return None
        self.replan_requested.emit()
        return count

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()


def link_earlier_payments(s: Any, made: dict[str, int]) -> int:
    """Payments imported earlier from a payer just made a client (same payer, letter case
    and spaces aside), with no client and no order: theirs now. How many."""
    from sqlalchemy import select, update

    from storage.tables import Payment

    if not made:
        return 0
    wanted = {" ".join(name.split()).casefold(): cid for name, cid in made.items()}
    by_client: dict[int, list[int]] = {}
    for pid, payer in s.execute(select(Payment.id, Payment.payer).where(
            Payment.client_id.is_(None), Payment.order_id.is_(None), Payment.source != "",
            Payment.payer != "")):
        cid = wanted.get(" ".join(payer.split()).casefold())
        if cid is not None:
            by_client.setdefault(cid, []).append(pid)
    for cid, ids in by_client.items():
        for i in range(0, len(ids), 500):
            s.execute(update(Payment).where(Payment.id.in_(ids[i:i + 500]))
                      .values(client_id=cid))
    return sum(len(ids) for ids in by_client.values())


def start_import(ctx: AppContext, parent: QWidget, paths: Sequence[Path] | None = None,
                 on_ended: Callable[[str], None] | None = None) -> PaymentImport | None:
    """File › Import payments…: the files chosen (or dropped), then the run."""
    chosen = list(paths) if paths else choose_files(parent)
    if not chosen:
        return None
    run = PaymentImport(ctx, parent)
    if on_ended is not None:
        run.ended.connect(on_ended)
    run.ended.connect(run.deleteLater)
    run.start(chosen)
    return run


__all__ = ["ImportPreviewDialog", "PaymentDrops", "PaymentImport", "csv_paths", "start_import"]

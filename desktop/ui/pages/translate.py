"""The Translate page: a translator's CAT workspace on a client's documents.

Left, the translation projects (with their progress), the selected project's files (Add
files…, Export translated file…) and its language pair's translation memory (TMX) and glossary
(CSV). Right, the project: Pre-translate (translation memory, then the local model, as a
background job with segment counts, time left and Cancel; run it again to resume), progress per
status, then the segment grid (#, source, translation, status chip; filter by status, file or
text) over the editor of the current segment: its source with inline formatting as small tags,
the translation (Ctrl+Enter confirms and goes to the next unconfirmed segment, Ctrl+M inserts
the model's translation), fuzzy suggestions with their score, glossary terms and quality checks,
and the quality check of the whole project (click an issue to go to its segment).

Everything written goes through ``storage.translation`` and is followed by
``ctx.events.emit(Changed.TRANSLATION)``. Imports, exports, pre-translation, the project
check and loading the translation memory run on the job runner.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistants.errors import AssistantError
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.itemmodels.segments_model import (
    QaText,
    SegmentRow,
    SegmentsModel,
    status_label,
)
from desktop.jobs import Cancelled as JobCancelled
from desktop.jobs import Job, JobContext, error_text
from desktop.ui import style
from desktop.ui.dialogs.translation_dialogs import (
    FindReplaceDialog,
    NewProjectDialog,
    UntranslatedDialog,
)
from desktop.ui.forms import column_widget, confirm
from desktop.ui.pages.base import Page
from desktop.ui.widgets.adaptive_tabs import AdaptiveTabs
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.model_picker import ModelPicker
from desktop.ui.widgets.route_gate import RouteGate
from desktop.ui.widgets.segment_delegate import (
    PlaceholderHighlighter,
    SegmentDelegate,
    segment_html,
)
from storage.errors import AtelierError
from storage.tables import Order, TranslationProject, TranslationSegment
from storage.translation import glossary as tg
from storage.translation import memory as tmem
from storage.translation import projects as tp
from storage.translation import qa
from storage.translation.export import ExportResult, export_project_file, untranslated_segments
from storage.translation.pretranslate import CHUNK_SIZE, PretranslateResult, pretranslate

PANEL_STYLE = ("QFrame#ProjectsPanel { background: palette(window); "
               "border-right: 1px solid palette(mid); }")
#: Filter choices: key → statuses (None: all).
FILTERS: dict[str, list[str] | None] = {
    "all": None,
    "todo": ["new", "tm", "mt", "edited"],
    "new": ["new"],
    "tm": ["tm"],
    "mt": ["mt"],
    "edited": ["edited"],
    "confirmed": ["confirmed"],
}
SEARCH_DELAY_MS = 300
RELOAD_DELAY_MS = 400
MESSAGE_MS = 12_000


def _side_empty_label() -> QLabel:
    """The muted sentence a side tab shows while its list is empty."""
    label = style.muted(QLabel(), wrap=True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _side_tab(items: QListWidget, empty: QLabel, button: QPushButton | None = None) -> QWidget:
    """A side tab: its list, the sentence shown while it is empty, and a button (right)."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(items, 1)
    layout.addWidget(empty)
    if button is not None:
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
    return tab


class _Relay(QObject):
    """Carries pre-translation progress (done, total, seconds left or -1) to the GUI thread."""

    progressed = Signal(int, int, float)


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    name: str
    source_lang: str
    target_lang: str
    order_id: int | None
    order_title: str


class TranslatePage(Page):
    """Programmatic use (tests, screenshots): ``open_project(id)``, ``open_for_order(id)``,
    ``import_files(paths)``, ``pretranslate()``, ``cancel_pretranslate()``,
    ``select_segment(id)``, ``confirm_current()``, ``insert_mt()``, ``set_filter(key)``,
    ``run_project_check()``, ``export_file(file_id, path)``, ``import_tmx(path)``,
    ``export_tmx(path)``, ``import_glossary(path)``, ``export_glossary(path)``.
    ``ask(dialog) -> bool`` asks the untranslated-segments question (tests replace it);
    ``idle`` is True when none of the page's jobs runs."""

    topics = Changed.TRANSLATION | Changed.ORDERS
    open_models = Signal()
    open_order = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("TranslatePage")
        self.models = ctx.models
        self.project: ProjectInfo | None = None
        self.tm: tmem.TranslationMemory | None = None
        self.glossary = tg.Glossary([])
        self.chunk_size = CHUNK_SIZE
        #: extra ``translate_batch`` options for pre-translation (tests shorten answers)
        self.translate_options: dict[str, Any] = {}
        self.pretranslate_job: Job | None = None
        self.last_result: PretranslateResult | None = None
        self.last_export: ExportResult | None = None
        self.last_error = ""
        self.project_issues: dict[int, list[qa.QaIssue]] = {}
        self.ask: Callable[[QDialog], bool] = (
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)
        self._jobs: set[Job] = set()
        self._own_change = False
        self._current: SegmentRow | None = None
        self._loaded_text = ""
        self._segment_mt: str | None = None
        self._progress_text = ""
        self._qa_text = QaText(self)
        self._stored_suggestions: list[tmem.Match] = []
        self._issue_rows: list[tuple[int, int, list[qa.QaIssue]]] | None = None
        self._project_total = 0

        self._build_left()
        self._build_right()

        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.setInterval(MESSAGE_MS)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.checks_timer = QTimer(self)
        self.checks_timer.setSingleShot(True)
        self.checks_timer.setInterval(250)
        self.act_find_replace = QAction(self)
        self.act_find_replace.setShortcut(QKeySequence("Ctrl+H"))
        self.act_find_replace.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.act_find_replace)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.left_panel)
        outer.addWidget(self.right_stack, 1)

        # --- signals (one place) ----------------------------------------------------------
        self.new_project_button.clicked.connect(lambda: self.new_project())
        self.empty_new_button.clicked.connect(lambda: self.new_project())
        self.projects_list.currentItemChanged.connect(self._project_chosen)
        self.projects_list.customContextMenuRequested.connect(self._project_menu)
        self.add_files_button.clicked.connect(lambda: self.add_files())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.files_list.currentRowChanged.connect(lambda _r: self._update_actions())
        self.act_tmx_import.triggered.connect(lambda: self.import_tmx())
        self.act_tmx_export.triggered.connect(lambda: self.export_tmx())
        self.act_csv_import.triggered.connect(lambda: self.import_glossary())
        self.act_csv_export.triggered.connect(lambda: self.export_glossary())
        self.order_link.clicked.connect(self._open_order)
        self.pretranslate_button.clicked.connect(lambda: self.pretranslate())
        self.cancel_button.clicked.connect(self.cancel_pretranslate)
        self.models_link.clicked.connect(self.open_models.emit)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.file_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_timer.timeout.connect(self._apply_filter)
        self.find_replace_button.clicked.connect(lambda: self.find_replace())
        self.act_find_replace.triggered.connect(lambda: self.find_replace())
        self.model.total_changed.connect(lambda _n: self._show_grid_state())
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.confirm_button.clicked.connect(lambda: self.confirm_current())
        self.insert_mt_button.clicked.connect(lambda: self.insert_mt())
        self.copy_source_button.clicked.connect(self.copy_source)
        self.target_edit.textChanged.connect(self.checks_timer.start)
        self.target_edit.installEventFilter(self)
        self.checks_timer.timeout.connect(self._show_checks)
        self.suggestions_list.itemActivated.connect(self._apply_suggestion)
        self.suggestions_list.itemDoubleClicked.connect(self._apply_suggestion)
        self.use_suggestion_button.clicked.connect(
            lambda: self._apply_suggestion(self.suggestions_list.currentItem()))
        self.run_check_button.clicked.connect(lambda: self.run_project_check())
        self.project_checks.itemActivated.connect(self._issue_chosen)
        self.project_checks.itemClicked.connect(self._issue_chosen)
        self.message_timer.timeout.connect(self._clear_message)
        self.message_close.clicked.connect(self._clear_message)
        self.reload_timer.timeout.connect(self._reload_during_job)
        self.model_combo.reloaded.connect(self._models_reloaded)
        self.retranslate()
        self._reload_models()
        self._show_editor(None)

    # --- building ---------------------------------------------------------------------------

    def _build_left(self) -> None:
        self.heading = self.make_heading()
        self.new_project_button = QPushButton()
        self.projects_list = QListWidget()
        self.projects_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.projects_list.setSpacing(1)
        self.projects_list.setWordWrap(True)
        self.projects_empty = QLabel()
        self.projects_empty.setWordWrap(True)
        style.muted(self.projects_empty)
        self.projects_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.files_caption = QLabel()
        style.caption(self.files_caption)
        self.files_list = QListWidget()
        self.files_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # a long name is elided in the middle (whole in the tooltip), never scrolled sideways
        self.files_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_empty = QLabel()
        self.files_empty.setWordWrap(True)
        self.files_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        style.muted(self.files_empty)
        self.add_files_button = QPushButton()
        self.export_button = QPushButton()
        self.resources_caption = QLabel()
        style.caption(self.resources_caption)
        self.tm_button = QToolButton()
        self.tm_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tm_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tm_menu = QMenu(self)
        self.act_tmx_import = self.tm_menu.addAction("")
        self.act_tmx_export = self.tm_menu.addAction("")
        self.tm_button.setMenu(self.tm_menu)
        self.glossary_button = QToolButton()
        self.glossary_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.glossary_menu = QMenu(self)
        self.act_csv_import = self.glossary_menu.addAction("")
        self.act_csv_export = self.glossary_menu.addAction("")
        self.glossary_button.setMenu(self.glossary_menu)
        self.resources_label = QLabel()
        self.resources_label.setWordWrap(True)
        style.muted(self.resources_label)

        self.left_panel = QFrame()
        self.left_panel.setObjectName("ProjectsPanel")
        self.left_panel.setStyleSheet(PANEL_STYLE)
        self.left_panel.setFixedWidth(240)
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(16, 16, 12, 12)
        left.setSpacing(8)
        left.addWidget(self.heading)
        left.addWidget(self.new_project_button)
        left.addWidget(self.projects_list, 1)
        left.addWidget(self.projects_empty, 1)  # takes the list's place when there is none
        left.addWidget(self.files_caption)
        # the projects list takes what its rows need (_fit_projects_list), the files the rest
        left.addWidget(self.files_list, 1)
        left.addWidget(self.files_empty, 1)
        left.addWidget(self.add_files_button)
        left.addWidget(self.export_button)
        left.addWidget(self.resources_caption)
        resource_buttons = QHBoxLayout()
        resource_buttons.addWidget(self.tm_button)
        resource_buttons.addWidget(self.glossary_button)
        resource_buttons.addStretch(1)
        left.addLayout(resource_buttons)
        left.addWidget(self.resources_label)

    def _build_right(self) -> None:
        # --- empty state --------------------------------------------------------------------
        self.empty_title = QLabel()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.muted(self.empty_text)
        self.empty_text.setFixedWidth(520)
        self.empty_new_button = QPushButton()
        empty = QWidget()
        e = QVBoxLayout(empty)
        e.addStretch(1)
        e.addWidget(self.empty_title)
        centred = QHBoxLayout()  # no alignment flag: the label's height follows its width
        centred.addStretch(1)
        centred.addWidget(self.empty_text)
        centred.addStretch(1)
        e.addLayout(centred)
        e.addSpacing(8)
        e.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        e.addStretch(2)

        # --- header -------------------------------------------------------------------------
        self.project_title = QLabel()
        style.title(self.project_title)
        self.project_title.setWordWrap(True)  # a long name wraps (the window works from 1024 px)
        self.project_meta = QLabel()
        style.muted(self.project_meta)
        self.order_link = QPushButton()
        style.link_button(self.order_link)
        self.model_caption = QLabel()
        self.model_combo = ModelPicker(self.models, "translation", hide_when_empty=True)
        self.model_combo.setMinimumContentsLength(14)
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pretranslate_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        # Where pre-translation runs (assistants.routing): why Pre-translate is greyed for a
        # client kept on this computer, "Use the local model" after a server failed.
        self.gate = RouteGate(self.ctx, lambda: {
            "project_id": self.project.id if self.project is not None else None}, self)
        self.gate.local_chosen.connect(self._update_actions)
        self.pt_status = QLabel()
        style.muted(self.pt_status)
        self.pt_status.setWordWrap(True)
        self.models_link = QPushButton()
        style.link_button(self.models_link)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(150)
        self.progress_bar.setMaximumHeight(12)
        self.percent_label = QLabel()
        style.semibold(self.percent_label)
        self.chips: dict[str, QLabel] = {}
        for status, colours in style.SEGMENT_STATUS.items():
            self.chips[status] = style.pill(QLabel(), colours)

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_col = QVBoxLayout()
        title_col.setSpacing(2)
        title_col.addWidget(self.project_title)
        title_col.addWidget(flow_row(self.project_meta, self.order_link, spacing=8))
        title_row.addLayout(title_col, 1)
        title_row.addWidget(flow_row(self.model_caption, self.model_combo,
                                     self.pretranslate_button, self.cancel_button),
                            0, Qt.AlignmentFlag.AlignTop)
        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        status_row.addWidget(self.pt_status, 1)
        status_row.addWidget(self.gate.local_button)
        status_row.addWidget(self.models_link)
        progress_row = QHBoxLayout()  # the chips wrap onto a second line when narrow
        progress_row.setSpacing(14)
        progress_row.addWidget(flow_row(self.progress_bar, self.percent_label))
        progress_row.addWidget(flow_row(*self.chips.values()), 1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_close = QToolButton()
        self.message_close.setText("×")
        self.message_close.setAutoRaise(True)
        self.message_bar = QWidget()
        m = QHBoxLayout(self.message_bar)
        m.setContentsMargins(0, 0, 0, 0)
        m.addWidget(self.message_label, 1)
        m.addWidget(self.message_close, 0, Qt.AlignmentFlag.AlignTop)
        self.message_bar.hide()

        # --- toolbar ------------------------------------------------------------------------
        self.filter_combo = QComboBox()
        for key in FILTERS:
            self.filter_combo.addItem("", key)
        self.file_combo = QComboBox()
        self.file_combo.setMinimumContentsLength(12)
        self.file_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.find_replace_button = QPushButton()
        self.count_label = QLabel()
        style.muted(self.count_label)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.filter_combo)
        toolbar.addWidget(self.file_combo)
        toolbar.addWidget(self.search_edit, 1)
        toolbar.addWidget(self.find_replace_button)
        toolbar.addWidget(self.count_label)

        # --- grid ---------------------------------------------------------------------------
        self.model = SegmentsModel(self.ctx, self)
        self.delegate = SegmentDelegate(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the editor below
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.delegate.row_height(self.table.font()))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(SegmentsModel.NUMBER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(SegmentsModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentsModel.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentsModel.STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SegmentsModel.NUMBER, 46)
        header.resizeSection(SegmentsModel.STATUS, 136)
        self.grid_empty = QLabel()
        self.grid_empty.setWordWrap(True)
        self.grid_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_empty.setStyleSheet(style.MUTED_CSS + " font-size: 14px; padding: 30px;")
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.table)
        self.grid_stack.addWidget(self.grid_empty)

        # --- segment editor -----------------------------------------------------------------
        self.segment_caption = QLabel()
        style.semibold(self.segment_caption)
        self.segment_where = QLabel()
        self.segment_where.setWordWrap(True)  # a long location wraps, never cut at a comma
        style.muted(self.segment_where)
        self.source_view = QTextBrowser()
        self.source_view.setOpenLinks(False)
        self.source_view.setMaximumHeight(74)
        self.source_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.source_view.setStyleSheet("QTextBrowser { background: palette(window); }")
        self.target_edit = QPlainTextEdit()
        self.target_edit.setTabChangesFocus(True)
        self.target_edit.setMinimumHeight(60)
        self.highlighter = PlaceholderHighlighter(self.target_edit.document())
        self.confirm_button = QPushButton()
        self.insert_mt_button = QPushButton()
        self.copy_source_button = QPushButton()
        self.editor_message = QLabel()
        self.editor_message.setWordWrap(True)
        style.error(self.editor_message)
        where_row = QHBoxLayout()
        where_row.addWidget(self.segment_caption)
        where_row.addWidget(self.segment_where, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.insert_mt_button)
        buttons.addWidget(self.copy_source_button)
        buttons.addStretch(1)
        editor_left = column_widget(where_row, self.source_view, (self.target_edit, 1), buttons,
                                    self.editor_message, spacing=6, margins=(0, 6, 0, 0))

        self.suggestions_list = QListWidget()
        self.suggestions_list.setWordWrap(True)
        self.suggestions_list.setAlternatingRowColors(True)
        self.suggestions_empty = _side_empty_label()
        self.use_suggestion_button = QPushButton()
        sug = _side_tab(self.suggestions_list, self.suggestions_empty,
                        self.use_suggestion_button)
        self.glossary_list = QListWidget()
        self.glossary_list.setWordWrap(True)
        self.glossary_empty = _side_empty_label()
        glo = _side_tab(self.glossary_list, self.glossary_empty)
        self.checks_list = QListWidget()
        self.checks_list.setWordWrap(True)
        self.checks_empty = _side_empty_label()
        chk = _side_tab(self.checks_list, self.checks_empty)
        self.run_check_button = QPushButton()
        self.check_summary = QLabel()
        self.check_summary.setWordWrap(True)
        style.muted(self.check_summary)
        self.project_checks = QListWidget()
        self.project_checks.setAlternatingRowColors(True)
        self.project_checks.setWordWrap(True)
        self.project_checks.setResizeMode(QListWidget.ResizeMode.Adjust)
        proj = QWidget()
        pl = QVBoxLayout(proj)
        pl.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.run_check_button)
        top.addWidget(self.check_summary, 1)
        pl.addLayout(top)
        pl.addWidget(self.project_checks, 1)
        self.side_tabs = AdaptiveTabs()
        self.side_tabs.addTab(sug, "")
        self.side_tabs.addTab(glo, "")
        self.side_tabs.addTab(chk, "")
        self.side_tabs.addTab(proj, "")

        editor = QSplitter(Qt.Orientation.Horizontal)
        editor.addWidget(editor_left)
        editor.addWidget(self.side_tabs)
        editor.setStretchFactor(0, 3)
        editor.setStretchFactor(1, 2)
        editor.setChildrenCollapsible(False)
        editor.setSizes([420, 400])
        self.editor_pane = editor

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.grid_stack)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 280])

        work = QWidget()
        w = QVBoxLayout(work)
        w.setContentsMargins(16, 14, 16, 10)
        w.setSpacing(8)
        w.addLayout(title_row)
        w.addLayout(status_row)
        w.addWidget(self.gate.label)
        w.addLayout(progress_row)
        w.addWidget(self.message_bar)
        w.addLayout(toolbar)
        w.addWidget(self.splitter, 1)

        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(empty)
        self.right_stack.addWidget(work)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Translate")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Translate"))
        self.new_project_button.setText(self.tr("New project…"))
        self.projects_empty.setText(self.tr("No translation projects yet."))
        self.files_caption.setText(self.tr("Files"))
        self.files_empty.setText(self.tr("No files yet: add the client's documents."))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_files_button.setToolTip(self.tr(
            "Add documents to this project: .docx, .srt, .po, .xlf, .html, .md, .txt"))
        self.export_button.setText(self.tr("Export translated file…"))
        self.export_button.setToolTip(self.tr(
            "Export the selected file translated, in its original format"))
        self.resources_caption.setText(self.tr("Memory and glossary"))
        self.tm_button.setText(self.tr("Memory ▾"))
        self.tm_button.setToolTip(self.tr("The translation memory of this language pair"))
        self.act_tmx_import.setText(self.tr("Import TMX…"))
        self.act_tmx_export.setText(self.tr("Export TMX…"))
        self.glossary_button.setText(self.tr("Glossary ▾"))
        self.glossary_button.setToolTip(self.tr("The glossary of this language pair"))
        self.act_csv_import.setText(self.tr("Import CSV…"))
        self.act_csv_export.setText(self.tr("Export CSV…"))
        self.empty_title.setText(self.tr("Translate a client's document"))
        self.empty_text.setText(self.tr(
            "Create a translation project and add the client's files (Word, subtitles, PO, "
            "XLIFF, HTML, Markdown or text). Atelier fills in what your translation memory "
            "knows, pre-translates the rest with a local model, and you review it segment by "
            "segment. The file is exported in its original format."))
        self.empty_new_button.setText(self.tr("New translation project…"))
        self.model_caption.setText(self.tr("Model"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.models_link.setText(self.tr("Open the Models page"))
        self.filter_combo.setItemText(0, self.tr("All segments"))
        self.filter_combo.setItemText(1, self.tr("Not confirmed"))
        for i, key in enumerate(("new", "tm", "mt", "edited", "confirmed"), start=2):
            self.filter_combo.setItemText(i, self.tr("Status: {status}").format(
                status=status_label(key)))
        self.filter_combo.setToolTip(self.tr("Show segments by status"))
        self.search_edit.setPlaceholderText(self.tr("Search source and translation"))
        self.find_replace_button.setText(self.tr("Find and replace…"))
        self.find_replace_button.setToolTip(self.tr("Find and replace in translations (Ctrl+H)"))
        self.act_find_replace.setText(self.tr("Find and replace…"))
        self.confirm_button.setText(self.tr("Confirm and next"))
        self.confirm_button.setToolTip(self.tr(
            "Confirm this translation, keep it in the translation memory and go to the next "
            "unconfirmed segment (Ctrl+Enter)"))
        self.insert_mt_button.setText(self.tr("Insert MT"))
        self.insert_mt_button.setToolTip(self.tr(
            "Replace the translation with the model's (Ctrl+M)"))
        self.copy_source_button.setText(self.tr("Copy source"))
        self.copy_source_button.setToolTip(self.tr(
            "Start from the source text, inline formatting tags included"))
        self.target_edit.setPlaceholderText(self.tr("Type the translation…"))
        self.use_suggestion_button.setText(self.tr("Use this suggestion"))
        self.suggestions_empty.setText(self.tr(
            "No similar translation in your memory (75 % or more)."))
        self.glossary_empty.setText(self.tr("No glossary term in this segment."))
        self.checks_empty.setText(self.tr("No problem found in this translation."))
        self.run_check_button.setText(self.tr("Check the project"))
        self.run_check_button.setToolTip(self.tr(
            "Run the quality checks on every translated segment"))
        self.project_checks.setToolTip(self.tr("Click an issue to open its segment"))
        self.side_tabs.setTabText(3, self.tr("Project"))
        self.side_tabs.setTabToolTip(3, self.tr("Quality check of the whole project"))
        self.model.retranslate()
        self._reload_models()
        self._show_project_header()
        self._show_summary()
        self._show_grid_state()
        self._show_editor(self._current, keep_text=True)
        self._show_project_issues()
        self._show_progress_text()

    def refresh(self) -> None:
        if self._own_change:
            self._reload_projects()
            self._show_summary()
            self._show_resources()  # a confirmation adds to the memory: its count follows
            return
        self._reload_projects()
        if self.project is None:
            first = self.projects_list.item(0)
            if first is not None:
                self.open_project(int(first.data(Qt.ItemDataRole.UserRole)))
            else:
                self._show_project_header()
            return
        with self.ctx.store.session() as s:
            exists = s.get(TranslationProject, self.project.id) is not None
        if not exists:
            self.project = None
            self.refresh()
            return
        self.commit_current()
        current = self._current.id if self._current is not None else None
        self._load_project_info(self.project.id)
        self._reload_files()
        self.model.refresh()
        if current is not None:
            self.select_segment(current, clear_filters=False)
        self._show_summary()
        self._show_resources()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def hideEvent(self, event: QEvent) -> None:
        self.commit_current()
        super().hideEvent(event)

    def _changed(self) -> None:
        """Tell the other views (and the projects list here) that translation data changed."""
        self._own_change = True
        try:
            self.ctx.events.emit(Changed.TRANSLATION)
        finally:
            self._own_change = False

    @property
    def idle(self) -> bool:
        return not self._jobs

    # --- jobs -------------------------------------------------------------------------------

    def _submit(self, name: str, work: Callable[[JobContext], Any],
                done: Callable[[Any], None], *,
                cancelled: Callable[[], None] | None = None,
                progress: Callable[[int, int, str], None] | None = None) -> Job:
        """Run ``work`` on the job runner; ``done`` gets its result, or None after a failure.
        An AtelierError or AssistantError raised by it is shown as it is worded; anything else
        as something that went wrong."""
        jobs: list[Job] = []

        def run(jc: JobContext) -> Any:
            try:
                return work(jc)
            except (AtelierError, AssistantError) as exc:
                if jc.cancelled.is_set():
                    raise JobCancelled from exc
                raise

        def finished(result: Any) -> None:
            self._jobs.discard(jobs[0])
            done(result)
            self._update_actions()

        def failed(error: BaseException) -> None:
            self._jobs.discard(jobs[0])
            if isinstance(error, (AtelierError, AssistantError)):
                self._message(error_text(error), error=True)
            else:
                self._message(self.tr("Something went wrong: {error}").format(
                    error=error_text(error)), error=True)
            done(None)
            self._update_actions()

        def was_cancelled() -> None:
            self._jobs.discard(jobs[0])
            if cancelled is not None:
                cancelled()
            self._update_actions()

        job = self.ctx.jobs.submit(name, run, on_finished=finished, on_failed=failed,
                                   on_cancelled=was_cancelled, on_progress=progress)
        jobs.append(job)
        self._jobs.add(job)
        self._update_actions()
        return job

    # --- messages ---------------------------------------------------------------------------

    def _message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style.ERROR_CSS if error else style.INFO_CSS)
        self.message_bar.show()
        if error:
            self.last_error = text
            self.message_timer.stop()
        else:
            self.message_timer.start()

    def _clear_message(self) -> None:
        self.message_timer.stop()
        self.message_label.clear()
        self.message_bar.hide()

    # --- projects ---------------------------------------------------------------------------

    def _reload_projects(self) -> None:
        with self.ctx.store.session() as s:
            rows = []
            for p in tp.list_projects(s):
                prog = tp.progress(s, p.id)
                rows.append((p.id, p.name, p.source_lang, p.target_lang, prog))
        current = self.project.id if self.project is not None else None
        self.projects_list.blockSignals(True)
        self.projects_list.clear()
        for pid, name, src, tgt, prog in rows:
            detail = self.tr("{source} → {target} · {percent} % confirmed").format(
                source=src.upper(), target=tgt.upper(),
                percent=self._percent(prog.percent_confirmed))
            item = QListWidgetItem(f"{name}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setToolTip(self.tr("%n segment(s)", "", prog.total))
            self.projects_list.addItem(item)
            if pid == current:
                self.projects_list.setCurrentItem(item)
        self.projects_list.blockSignals(False)
        self.projects_empty.setVisible(not rows)
        self.projects_list.setVisible(bool(rows))
        self._fit_projects_list()

    def _fit_projects_list(self) -> None:
        """The projects list as tall as its rows (the Files list below gets the rest of the
        column; with many projects both share it and the lists scroll)."""
        lst = self.projects_list
        metrics, width = lst.fontMetrics(), self._files_text_room()
        rows = sum(metrics.boundingRect(QRect(0, 0, width, 10_000),
                                        int(Qt.TextFlag.TextWordWrap), lst.item(i).text())
                   .height() + 2 * lst.spacing() + 4 for i in range(lst.count()))
        lst.setMaximumHeight(max(rows, metrics.height() * 2) + 2 * lst.frameWidth() + 4)

    def _percent(self, value: float) -> str:
        return self.ctx.i18n.locale().toString(float(value), "f", 0 if value in (0, 100) or
                                               value == int(value) else 1)

    def _number(self, value: int) -> str:
        return self.ctx.i18n.locale().toString(int(value))

    def _project_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        project_id = int(item.data(Qt.ItemDataRole.UserRole))
        if (self.project is None or project_id != self.project.id) \
                and not self.open_project(project_id):
            self._reload_projects()

    def _project_menu(self, pos: QPoint) -> None:
        item = self.projects_list.itemAt(pos)
        if item is None:
            return
        project_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete project…"))
        chosen = menu.exec(self.projects_list.viewport().mapToGlobal(pos))
        if chosen is delete:
            name = item.text().split("\n", 1)[0]
            if confirm(self, self.tr("Delete project"), self.tr(
                    "Delete the translation project “{name}” with its files and translations? "
                    "The translation memory keeps what you confirmed.").format(name=name)):
                self.delete_project(project_id)

    def delete_project(self, project_id: int) -> bool:
        if self.pretranslate_job is not None:
            self._message(self.tr("Stop the pre-translation first."), error=True)
            return False
        try:
            with self.ctx.store.transaction() as s:
                tp.delete_project(s, project_id)
        except AtelierError as exc:
            self._message(error_text(exc), error=True)
            return False
        if self.project is not None and self.project.id == project_id:
            self._close_project()
        self._changed()
        self.refresh()
        return True

    def _close_project(self) -> None:
        self.project = None
        self._current = None
        self._loaded_text = ""
        self.model.set_project(None)
        self.tm = None
        self.project_issues = {}
        self._issue_rows = None
        self._show_project_issues()
        self._show_editor(None)
        self._show_project_header()

    def _load_project_info(self, project_id: int) -> bool:
        with self.ctx.store.session() as s:
            try:
                p = tp.get_project(s, project_id)
            except AtelierError:
                return False
            order = s.get(Order, p.order_id) if p.order_id is not None else None
            self.project = ProjectInfo(p.id, p.name, p.source_lang, p.target_lang, p.order_id,
                                       order.title if order is not None else "")
        self._show_project_header()
        return True

    def open_project(self, project_id: int) -> bool:
        """Show a project: its files, its segments (first one in the editor), its memory."""
        if self.pretranslate_job is not None and (
                self.project is None or self.project.id != project_id):
            self._message(self.tr("Stop the pre-translation before opening another project."),
                          error=True)
            return False
        self.commit_current()
        if not self._load_project_info(project_id):
            return False
        assert self.project is not None
        self._current = None
        self._loaded_text = ""
        with self.ctx.store.session() as s:
            self.glossary = tg.Glossary.load(s, self.project.source_lang,
                                             self.project.target_lang)
        self.tm = None
        self._load_memory()
        self.project_issues = {}
        self._issue_rows = None
        self._show_project_issues()
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(0)
        self.filter_combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._reload_files()
        self.model.set_project(project_id, self._checker())
        self._reload_projects()
        self._show_summary()
        self._show_resources()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._show_editor(None)
        return True

    def _checker(self) -> Callable[[TranslationSegment], list[qa.QaIssue]]:
        assert self.project is not None
        src, tgt, glossary = self.project.source_lang, self.project.target_lang, self.glossary

        def check(seg: TranslationSegment) -> list[qa.QaIssue]:
            return qa.check_segment(seg.source, seg.target, source_lang=src, target_lang=tgt,
                                    glossary=glossary, max_length=seg.max_length)

        return check

    def _load_memory(self) -> None:
        """Load the pair's translation memory in the background (for live suggestions)."""
        assert self.project is not None
        store, src, tgt = self.ctx.store, self.project.source_lang, self.project.target_lang
        project_id = self.project.id

        def work(_jc: JobContext) -> tmem.TranslationMemory:
            with store.session() as s:
                return tmem.TranslationMemory.load(s, src, tgt)

        def done(tm: tmem.TranslationMemory | None) -> None:
            if tm is not None and self.project is not None and self.project.id == project_id:
                self.tm = tm
                self._show_suggestions()

        self._submit(self.tr("Loading the translation memory…"), work, done)

    def _show_project_header(self) -> None:
        has = self.project is not None
        self.right_stack.setCurrentIndex(1 if has else 0)
        self.left_panel.setEnabled(True)
        for w in (self.files_caption, self.files_list, self.files_empty, self.add_files_button,
                  self.export_button, self.resources_caption, self.tm_button,
                  self.glossary_button, self.resources_label):
            w.setVisible(has)
        if self.project is None:
            return
        p = self.project
        self.project_title.setText(p.name)
        self.project_meta.setText(self.tr("{source} → {target}").format(
            source=p.source_lang.upper(), target=p.target_lang.upper()))
        if p.order_id is not None:
            self.order_link.setText(self.tr("Order #{id}: {title}").format(
                id=p.order_id, title=p.order_title))
            self.order_link.setToolTip(self.tr("Open the order"))
            self.order_link.show()
        else:
            self.order_link.hide()
        self._update_actions()

    def _open_order(self) -> None:
        if self.project is not None and self.project.order_id is not None:
            self.open_order.emit(self.project.order_id)

    def new_project(self, order_id: int | None = None) -> int | None:
        """The New project dialog; on Create, the project opens and its files are imported
        in the background."""
        dialog = NewProjectDialog(self.ctx, order_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        project_id = int(dialog.result_value)
        files = dialog.files()
        self.refresh_after_create(project_id, files)
        return project_id

    def refresh_after_create(self, project_id: int, files: list[Path]) -> Job | None:
        """Open a project just created and import its files."""
        self.open_project(project_id)
        if files:
            return self.import_files(files)
        return None

    def open_for_order(self, order_id: int) -> int | None:
        """The Orders page's "Translate a document for this order": the order's latest
        project, else the New project dialog for the order."""
        with self.ctx.store.session() as s:
            projects = tp.list_projects(s, order_id=order_id)
            project_id = projects[0].id if projects else None
        if project_id is not None:
            self.open_project(project_id)
            return project_id
        return self.new_project(order_id)

    # --- files ------------------------------------------------------------------------------

    def _reload_files(self) -> None:
        self.files_list.clear()
        self.file_combo.blockSignals(True)
        chosen = self.file_combo.currentData()
        self.file_combo.clear()
        self.file_combo.addItem(self.tr("All files"), None)
        files = []
        if self.project is not None:
            with self.ctx.store.session() as s:
                for f in tp.list_files(s, self.project.id):
                    prog = tp.progress(s, self.project.id, file_id=f.id)
                    files.append((f.id, f.name, prog))
        for fid, name, prog in files:
            detail = (self.tr("%n segment(s)", "", prog.total) + " · " +
                      self.tr("{percent} % translated").format(
                          percent=self._percent(round(prog.percent_translated))))
            shown = self.files_list.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideMiddle, self._files_text_room())
            item = QListWidgetItem(f"{shown}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setToolTip(f"{name}\n{detail}")
            self.files_list.addItem(item)
            self.file_combo.addItem(name, fid)
        if files:
            self.files_list.setCurrentRow(0)
        index = self.file_combo.findData(chosen) if chosen is not None else 0
        self.file_combo.setCurrentIndex(max(index, 0))
        self.file_combo.setVisible(len(files) > 1)
        self.file_combo.blockSignals(False)
        self.files_empty.setVisible(self.project is not None and not files)
        self.files_list.setVisible(self.project is not None and bool(files))
        self._update_actions()

    def _files_text_room(self) -> int:
        """The width a file's name has in the Files list (the column has a fixed width)."""
        margins = self.left_panel.layout().contentsMargins()
        lst = self.files_list
        return (self.left_panel.maximumWidth() - margins.left() - margins.right()
                - 2 * lst.frameWidth() - 2 * lst.spacing() - 12)

    def add_files(self) -> Job | None:
        if self.project is None:
            return None
        from storage.documents import SUPPORTED_EXTENSIONS

        patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add files to translate"), "",
            self.tr("Documents ({patterns})").format(patterns=patterns))
        if not paths:
            return None
        return self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path | str]) -> Job | None:
        """Import files into the open project, each whole or not at all; a file that cannot
        be read is named with its problem and nothing of it is kept."""
        if self.project is None or not paths:
            return None
        store, project_id, now = self.ctx.store, self.project.id, self.ctx.clock.now()
        files = [Path(p) for p in paths]

        def work(jc: JobContext) -> tuple[list[tuple[str, int]], list[str]]:
            added: list[tuple[str, int]] = []
            errors: list[str] = []
            for i, path in enumerate(files):
                jc.check()
                jc.progress(i, len(files), "")
                try:
                    with store.transaction() as s:
                        row = tp.import_file(s, project_id, path, now=now)
                        added.append((row.name, row.segment_count))
                except AtelierError as exc:
                    errors.append(error_text(exc))
                except OSError as exc:
                    errors.append(f"{path.name}: {exc.strerror or exc}")
            return added, errors

        def done(result: tuple[list[tuple[str, int]], list[str]] | None) -> None:
            if result is None:
                return
            added, errors = result
            if added:
                self._changed()
                if self.project is not None and self.project.id == project_id:
                    self._reload_files()
                    self.model.refresh()
                    if self._current is None and self.model.rowCount():
                        self.table.selectRow(0)
                    self._show_summary()
            if errors:
                self._message(self.tr("%n file(s) not imported (nothing of them was kept):",
                                      "", len(errors)) + "\n" + "\n".join(errors),
                              error=True)
            elif added:
                total = sum(n for _, n in added)
                self._message(self.tr("%n file(s) added", "", len(added)) + " · " +
                              self.tr("%n segment(s)", "", total))

        return self._submit(self.tr("Importing files…"), work, done)

    def current_file_id(self) -> int | None:
        item = self.files_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- export -----------------------------------------------------------------------------

    def export_file(self, file_id: int | None = None, path: str | Path | None = None
                    ) -> Job | None:
        """Export a file translated, in its format. Untranslated segments are counted first:
        if there are any, ``ask(UntranslatedDialog)`` decides (export anyway, leaving them in
        the source language, or cancel); nothing is written without that answer."""
        file_id = file_id if file_id is not None else self.current_file_id()
        if self.project is None or file_id is None:
            return None
        self.commit_current()
        with self.ctx.store.session() as s:
            try:
                row = tp.get_file(s, file_id)
            except AtelierError as exc:
                self._message(error_text(exc), error=True)
                return None
            name = row.name
        suffix = Path(name).suffix
        if path is None:
            folder = str(self.ctx.qsettings.value("translate/export_dir", "") or Path.home())
            default = Path(folder) / f"{Path(name).stem}.{self.project.target_lang}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export translated file"), str(default),
                self.tr("Same format as the original (*{ext})").format(ext=suffix))
            if not chosen:
                return None
            path = chosen
        out = Path(path)
        if out.suffix.lower() != suffix.lower():
            out = out.with_name(out.name + suffix)
        self.ctx.qsettings.setValue("translate/export_dir", str(out.parent))
        store = self.ctx.store

        def check(_jc: JobContext) -> list[Any]:
            with store.session() as s:
                return untranslated_segments(s, file_id)

        def checked(missing: list[Any] | None) -> None:
            if missing is None:
                return
            if missing:
                dialog = UntranslatedDialog(name, missing, self)
                answer = self.ask(dialog)
                dialog.deleteLater()
                if not answer:
                    self._message(self.tr("Nothing was exported: %n segment(s) untranslated.",
                                          "", len(missing)))
                    return
            self._write_export(file_id, out, allow=bool(missing))

        return self._submit(self.tr("Checking {file}…").format(file=name), check, checked)

    def _write_export(self, file_id: int, out: Path, *, allow: bool) -> Job:
        store = self.ctx.store

        def work(_jc: JobContext) -> ExportResult:
            with store.session() as s:
                return export_project_file(s, file_id, out, allow_untranslated=allow)

        def done(result: ExportResult | None) -> None:
            if result is None:
                return
            self.last_export = result
            text = self.tr("Exported to {path}").format(path=result.path)
            if result.untranslated:
                text += " · " + self.tr("%n segment(s) left in the source language", "",
                                        len(result.untranslated))
            if result.unconfirmed:
                text += " · " + self.tr("%n not confirmed yet", "", result.unconfirmed)
            if result.cleaned:
                from desktop.jobs import location_text  # the segment, in the person's words

                shown = ", ".join(location_text(c.location) if c.location else c.key
                                  for c in result.cleaned[:3])
                if len(result.cleaned) > 3:
                    shown += ", …"
                text += " · " + self.tr(
                    "%n invisible character(s) that files cannot hold were left out "
                    "({segments}): see Checks", "", result.removed_characters).format(
                    segments=shown)
            self._message(text)

        return self._submit(self.tr("Exporting {file}…").format(file=out.name), work, done)

    # --- memory and glossary ----------------------------------------------------------------

    def _pair(self) -> tuple[str, str]:
        assert self.project is not None
        return self.project.source_lang, self.project.target_lang

    def _ask_path(self, save: bool, title: str, pattern: str, default: str) -> str:
        folder = str(self.ctx.qsettings.value("translate/resources_dir", "") or Path.home())
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / default),
                                                  pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, folder, pattern)
        if path:
            self.ctx.qsettings.setValue("translate/resources_dir", str(Path(path).parent))
        return path

    def import_tmx(self, path: str | Path | None = None) -> Job | None:
        if self.project is None:
            return None
        src, tgt = self._pair()
        if path is None:
            path = self._ask_path(False, self.tr("Import a translation memory"),
                                  self.tr("TMX files (*.tmx)"), "")
            if not path:
                return None
        store, now, file = self.ctx.store, self.ctx.clock.now(), Path(path)

        def work(jc: JobContext) -> tmem.TmxImportResult:
            return tmem.import_tmx_file(store, file, src, tgt, now=now,
                                        progress=lambda done, total: jc.progress(done, total))

        def done(r: tmem.TmxImportResult | None) -> None:
            if r is None:
                return
            self._message(self.tr("Translation memory from {file}:").format(file=file.name) +
                          " " + self.tr("%n unit(s) added", "", r.added) + ", " +
                          self.tr("%n unit(s) updated", "", r.updated))
            self._changed()
            self._load_memory()
            self._show_resources()

        return self._submit(self.tr("Importing {file}…").format(file=file.name), work, done)

    def export_tmx(self, path: str | Path | None = None) -> Job | None:
        if self.project is None:
            return None
        src, tgt = self._pair()
        if path is None:
            path = self._ask_path(True, self.tr("Export the translation memory"),
                                  self.tr("TMX files (*.tmx)"), f"memory-{src}-{tgt}.tmx")
            if not path:
                return None
        store, file = self.ctx.store, Path(path)
        if file.suffix.lower() != ".tmx":
            file = file.with_name(file.name + ".tmx")

        def work(_jc: JobContext) -> int:
            with store.session() as s:
                return tmem.export_tmx(s, src, tgt, file)

        def done(n: int | None) -> None:
            if n is not None:
                self._message(self.tr("Wrote %n unit(s) to {file}", "", n).format(file=file))

        return self._submit(self.tr("Exporting {file}…").format(file=file.name), work, done)

    def import_glossary(self, path: str | Path | None = None) -> Job | None:
        if self.project is None:
            return None
        src, tgt = self._pair()
        if path is None:
            path = self._ask_path(False, self.tr("Import a glossary"),
                                  self.tr("CSV files (*.csv *.txt)"), "")
            if not path:
                return None
        store, now, file = self.ctx.store, self.ctx.clock.now(), Path(path)

        def work(_jc: JobContext) -> tuple[tg.GlossaryImportResult, tg.Glossary]:
            with store.transaction() as s:
                result = tg.import_csv(s, src, tgt, file, now=now)
            with store.session() as s:
                return result, tg.Glossary.load(s, src, tgt)

        def done(value: tuple[tg.GlossaryImportResult, tg.Glossary] | None) -> None:
            if value is None:
                return
            r, glossary = value
            self._message(self.tr("Glossary from {file}:").format(file=file.name) + " " +
                          self.tr("%n term(s) added", "", r.added) + ", " +
                          self.tr("%n term(s) updated", "", r.updated))
            self.glossary = glossary
            self.model.checker = self._checker()
            self.model.reload_loaded(force=True)
            self._show_editor(self._current, keep_text=True)
            self._changed()
            self._show_resources()

        return self._submit(self.tr("Importing {file}…").format(file=file.name), work, done)

    def export_glossary(self, path: str | Path | None = None) -> Job | None:
        if self.project is None:
            return None
        src, tgt = self._pair()
        if path is None:
            path = self._ask_path(True, self.tr("Export the glossary"),
                                  self.tr("CSV files (*.csv)"), f"glossary-{src}-{tgt}.csv")
            if not path:
                return None
        store, file = self.ctx.store, Path(path)
        if file.suffix.lower() != ".csv":
            file = file.with_name(file.name + ".csv")

        def work(_jc: JobContext) -> int:
            with store.session() as s:
                return tg.export_csv(s, src, tgt, file)

        def done(n: int | None) -> None:
            if n is not None:
                self._message(self.tr("Wrote %n term(s) to {file}", "", n).format(file=file))

        return self._submit(self.tr("Exporting {file}…").format(file=file.name), work, done)

    def _show_resources(self) -> None:
        if self.project is None:
            return
        src, tgt = self._pair()
        with self.ctx.store.session() as s:
            units = tmem.count_units(s, src, tgt)
        self.resources_label.setText(
            self.tr("{source} → {target}:").format(source=tm_key(src), target=tm_key(tgt)) +
            " " + self.tr("%n memory unit(s)", "", units) + " · " +
            self.tr("%n glossary term(s)", "", len(self.glossary)))

    # --- models and pre-translation ---------------------------------------------------------

    def _reload_models(self) -> None:
        self.model_combo.reload()

    def _models_reloaded(self, has: bool) -> None:
        """The installed translation models changed (the picker shows them)."""
        self.model_caption.setVisible(has)
        self.models_link.setVisible(not has)
        if has:
            self.pretranslate_button.setText(self.tr("Pre-translate"))
            self.pretranslate_button.setToolTip(self.tr(
                "Fill in exact matches from your translation memory, then translate the rest "
                "with the local model. Your edited and confirmed segments are never "
                "touched."))
        else:
            self.pretranslate_button.setText(self.tr("Pre-translate (memory only)"))
            self.pretranslate_button.setToolTip(self.tr(
                "Fill in exact matches from your translation memory. Install a translation "
                "model to pre-translate the rest."))
        self._show_progress_text()
        self._update_actions()

    def _model_name(self) -> str:
        return self.model_combo.current_model()

    def pretranslate(self) -> Job | None:
        """Pre-translate the open project in the background: translation memory, then the
        model (when one is installed), chunk by chunk; Cancel keeps what is done, and running
        it again goes on with the segments still new."""
        if self.project is None or self.pretranslate_job is not None:
            return None
        self.commit_current()
        from assistants import remote as rm
        from assistants import routing
        from storage.errors import ValidationError

        try:  # an LLM server when pre-translation is routed there; a kept-local client: refused
            remote = self.gate.route("translate")
        except ValidationError as exc:
            self._message(error_text(exc), error=True)
            return None
        self.gate.hide_offer()
        langs = (self.project.source_lang, self.project.target_lang)
        name = self._model_name()
        options = self.models.load_options() if (name and self.models is not None) else None
        models, store, project_id = self.models, self.ctx.store, self.project.id
        chunk, now, extra = self.chunk_size, self.ctx.clock.now, dict(self.translate_options)
        holder: dict[str, Any] = {}
        relay = _Relay(self)
        relay.progressed.connect(self._pt_progress)
        run = pretranslate  # looked up now: tests may wrap it
        running = self.tr("Pre-translating {project}…").format(project=self.project.name)

        def work(jc: JobContext) -> PretranslateResult:
            def progress(done: int, total: int, eta: float | None) -> None:
                relay.progressed.emit(done, total, -1.0 if eta is None else float(eta))
                jc.progress(done, total, running)

            if remote is not None:  # segment by segment, each saved at once (resumable)
                key = routing.engine_key(remote.engine.name) if remote.has_key else None
                translate = routing.llm_translator(
                    store, remote, key, source_lang=langs[0], target_lang=langs[1],
                    project_id=project_id, cancel=jc.cancelled)
                try:
                    result = run(store, project_id, translate, chunk_size=1,
                                 progress=progress, cancel=jc.cancelled, now=now,
                                 mt_engine=remote.label)
                except rm.RemoteError as exc:  # what was saved stays; the local model offered
                    if jc.cancelled.is_set():
                        raise
                    failure = routing.ServerUnavailable(exc, remote.engine.name)
                    holder["failure"] = failure
                    raise failure from exc
            elif name and models is not None and options is not None:
                with models.translator(name, jc, load_options=options, **extra) as translate:
                    result = run(store, project_id, translate, chunk_size=chunk,
                                 progress=progress, cancel=jc.cancelled, now=now)
            else:
                result = run(store, project_id, None, chunk_size=chunk, progress=progress,
                             cancel=jc.cancelled, now=now)
            holder["result"] = result
            if result.cancelled:
                raise JobCancelled
            return result

        def ended() -> None:
            self.pretranslate_job = None
            relay.deleteLater()
            self.reload_timer.stop()
            self._reload_during_job()
            self._changed()
            self._reload_files()

        def done(result: PretranslateResult | None) -> None:
            ended()
            if result is None:
                self._progress_text = ""
                self._show_progress_text()
                # a server that cannot answer: the rest with the local model (or the memory)
                self.gate.failed(holder.get("failure"), self.pretranslate,
                                 has_local=bool(name))
                return
            self.last_result = result
            self._progress_text = self._result_text(result)
            self._show_progress_text()

        def cancelled() -> None:
            ended()
            result = holder.get("result")
            self.last_result = result
            kept = result.mt + result.copied if result is not None else 0
            self._progress_text = self.tr(
                "Stopped: %n translated segment(s) kept. Pre-translate again to go on with "
                "the rest.", "", kept) + self._removed_text(result)
            self._show_progress_text()

        def loading(done: int, total: int, text: str) -> None:
            if text and total == 0:
                self._progress_text = text
                self._show_progress_text()

        self._progress_text = self.tr("Looking up your translation memory…")
        self._show_progress_text()
        self.pretranslate_job = self._submit(
            self.tr("Pre-translating {project}").format(project=self.project.name), work, done,
            cancelled=cancelled, progress=loading)
        self._update_actions()
        return self.pretranslate_job

    def cancel_pretranslate(self) -> None:
        if self.pretranslate_job is not None:
            self.pretranslate_job.cancel()
            self._progress_text = self.tr("Stopping after the current batch…")
            self._show_progress_text()

    def _pt_progress(self, done: int, total: int, eta: float) -> None:
        text = self.tr("{done} / {total} segments").format(
            done=self._number(done), total=self._number(total))
        if done < total:
            text += " · " + self._eta_text(eta)
        self._progress_text = text
        self._show_progress_text()
        if done and not self.reload_timer.isActive():
            self.reload_timer.start()

    def _eta_text(self, eta: float) -> str:
        if eta < 0:
            return self.tr("estimating time left…")
        if eta < 60:
            return self.tr("less than a minute left")
        minutes = math.ceil(eta / 60)
        if minutes < 90:
            return self.tr("%n min left", "", minutes)
        return self.tr("about %n h left", "", round(minutes / 60))

    def _result_text(self, r: PretranslateResult) -> str:
        parts = [self.tr("%n from the translation memory", "", r.tm_exact),
                 self.tr("%n by the model", "", r.mt + r.copied)]
        text = self.tr("Pre-translation done:") + " " + ", ".join(parts)
        if r.tm_fuzzy_offered:
            text += " · " + self.tr("%n fuzzy suggestion(s) offered", "", r.tm_fuzzy_offered)
        if r.remaining:
            text += " · " + self.tr("%n still to translate", "", r.remaining)
        return text + self._removed_text(r)

    def _removed_text(self, r: PretranslateResult | None) -> str:
        """Said once, after a run: the model's invisible characters were left out."""
        if r is None or not r.removed_characters:
            return ""
        return " · " + self.tr("%n invisible character(s) the model produced were removed",
                               "", r.removed_characters)

    def _show_progress_text(self) -> None:
        if self._progress_text:
            self.pt_status.setText(self._progress_text)
        elif self.models is None or not self.models.installed_names("translation"):
            self.pt_status.setText(self.tr(
                "No translation model installed: pre-translation fills in exact matches from "
                "your translation memory only."))
        else:
            self.pt_status.setText(self.tr(
                "Pre-translate fills in your translation memory's matches, then the model "
                "translates the rest (marked MT, to review)."))

    def _reload_during_job(self) -> None:
        """Pre-translation wrote a chunk: show it without losing the translator's place."""
        self.model.reload_loaded()
        self._show_summary()
        cur = self._current
        if cur is not None:
            row = self.model.row_of(cur.id)
            if row is not None:
                fresh = self.model.row_at(row)
                if fresh != cur and self.target_edit.toPlainText() == self._loaded_text:
                    self._show_editor(fresh)

    # --- summary ----------------------------------------------------------------------------

    def _show_summary(self) -> None:
        if self.project is None:
            return
        with self.ctx.store.session() as s:
            prog = tp.progress(s, self.project.id)
        self.progress_bar.setValue(round(prog.percent_confirmed * 10))
        self.percent_label.setText(self.tr("{percent} % confirmed").format(
            percent=self._percent(prog.percent_confirmed)))
        tip = self.tr("{percent} % translated (any status)").format(
            percent=self._percent(prog.percent_translated))
        self.progress_bar.setToolTip(tip)
        self.percent_label.setToolTip(tip)
        for status, chip in self.chips.items():
            chip.setText(f"{status_label(status)} {self._number(prog.counts.get(status, 0))}")
        self.chips["new"].setToolTip(self.tr("Not translated yet"))
        self.chips["tm"].setToolTip(self.tr("Exact matches from your translation memory"))
        self.chips["mt"].setToolTip(self.tr("Translated by the model, to review"))
        self.chips["edited"].setToolTip(self.tr("Written or changed by you"))
        self.chips["confirmed"].setToolTip(self.tr("Confirmed, in your translation memory"))
        self._project_total = prog.total
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.project is not None
        running = self.pretranslate_job is not None
        segments = has and self._project_total > 0
        self.pretranslate_button.setEnabled(segments and not running)
        # a kept-local client's project while pre-translation goes to a server: greyed, why
        self.gate.grey([(self.pretranslate_button, "translate")])
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(has and self.current_file_id() is not None)
        self.add_files_button.setEnabled(has)
        self.tm_button.setEnabled(has)
        self.glossary_button.setEnabled(has)
        self.model_combo.setEnabled(not running)
        self.run_check_button.setEnabled(segments)
        self.find_replace_button.setEnabled(segments)
        current = self._current is not None
        self.confirm_button.setEnabled(current)
        self.copy_source_button.setEnabled(current)
        self.insert_mt_button.setEnabled(current and bool(self._segment_mt))
        self.target_edit.setEnabled(current)

    # --- grid -------------------------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        """Show segments of a status filter: 'all', 'todo' (not confirmed), or a status."""
        index = self.filter_combo.findData(key)
        if index >= 0:
            self.filter_combo.setCurrentIndex(index)
            self._apply_filter()

    def _apply_filter(self) -> None:
        if self.project is None:
            return
        self.search_timer.stop()
        self.commit_current()
        statuses = FILTERS.get(self.filter_combo.currentData() or "all")
        current = self._current.id if self._current is not None else None
        self.model.set_filter(statuses=statuses, search=self.search_edit.text(),
                              file_id=self.file_combo.currentData())
        if current is None or self.select_segment(current, clear_filters=False) is False:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self._show_editor(None)

    def _after_reset(self) -> None:
        self._show_grid_state()

    def _show_grid_state(self) -> None:
        total = self.model.total
        if self.project is None:
            return
        if total == 0:
            filtered = (self.filter_combo.currentData() not in (None, "all")
                        or bool(self.search_edit.text().strip())
                        or self.file_combo.currentData() is not None)
            self.grid_empty.setText(
                self.tr("No segments match these filters.") if filtered else
                self.tr("This project has no segments yet. Add the client's files with "
                        "“Add files…” on the left."))
            self.grid_stack.setCurrentIndex(1)
        else:
            self.grid_stack.setCurrentIndex(0)
        self.count_label.setText(self.tr("%n segment(s)", "", total))
        self._update_actions()

    def select_segment(self, segment_id: int, *, clear_filters: bool = True) -> bool:
        """Make a segment current (loading grid pages as needed; with ``clear_filters`` the
        filters are reset when they hide it)."""
        row = self.model.load_until(segment_id)
        if row is None and clear_filters and self.project is not None:
            self.filter_combo.blockSignals(True)
            self.filter_combo.setCurrentIndex(0)
            self.filter_combo.blockSignals(False)
            self.file_combo.blockSignals(True)
            self.file_combo.setCurrentIndex(0)
            self.file_combo.blockSignals(False)
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.model.set_filter()
            row = self.model.load_until(segment_id)
        if row is None:
            return False
        index = self.model.index(row, SegmentsModel.TARGET)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        if self._current is None or self._current.id != segment_id:
            self._show_editor(self.model.row_at(row))
        return True

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        if self._current is not None and self._current.id == row.id:
            return
        self.commit_current()
        self._show_editor(self.model.row_at(current.row()))

    # --- the segment editor -----------------------------------------------------------------

    def _show_editor(self, row: SegmentRow | None, *, keep_text: bool = False) -> None:
        self._current = row
        self.editor_message.clear()
        if row is None:
            self._segment_mt = None
            self.segment_caption.setText(self.tr("No segment selected"))
            self.segment_where.clear()
            self.source_view.clear()
            self.target_edit.blockSignals(True)
            self.target_edit.clear()
            self.target_edit.blockSignals(False)
            self._loaded_text = ""
            self._fill_side(None, [], [])
            self._update_actions()
            return
        with self.ctx.store.session() as s:
            seg = s.get(TranslationSegment, row.id)
            stored = tp.suggestions(seg) if seg is not None else []
            self._segment_mt = seg.mt if seg is not None else None
            note = seg.note if seg is not None else ""
        self.segment_caption.setText(self.tr("Segment {number}").format(number=row.number))
        from desktop.jobs import location_text  # the segment, in the person's words

        place = location_text(row.location) if row.location else ""
        where = " · ".join(x for x in (status_label(row.status), place, note) if x)
        self.segment_where.setText(where)
        self.source_view.setHtml(segment_html(row.source))
        if not keep_text:
            self.target_edit.blockSignals(True)
            self.target_edit.setPlainText(row.target)
            self.target_edit.blockSignals(False)
            self._loaded_text = row.target
        self._stored_suggestions = stored
        self._fill_side(row, stored, self.glossary.hits(row.source))
        self._update_actions()

    def _fill_side(self, row: SegmentRow | None, stored: list[tmem.Match],
                   hits: list[tg.GlossaryHit]) -> None:
        self._show_suggestions(stored)
        self.glossary_list.clear()
        seen = set()
        for hit in hits:
            if hit.term.id in seen:
                continue
            seen.add(hit.term.id)
            text = f"{hit.term.source} → {hit.term.target}"
            if hit.term.required:
                text += "  " + self.tr("(required)")
            item = QListWidgetItem(text)
            if hit.term.note:
                item.setToolTip(hit.term.note)
            self.glossary_list.addItem(item)
        self.glossary_list.setVisible(bool(seen))
        self.glossary_empty.setVisible(not seen)
        self.side_tabs.setTabText(1, self.tr("Glossary ({count})").format(count=len(seen)))
        self._show_checks()

    def _show_suggestions(self, stored: list[tmem.Match] | None = None) -> None:
        row = self._current
        if stored is None:
            stored = self._stored_suggestions
        self.suggestions_list.clear()
        matches: list[tmem.Match] = []
        if row is not None:
            live = self.tm.lookup(row.source) if self.tm is not None and len(self.tm) else []
            seen: set[str] = set()
            for m in sorted([*live, *stored], key=lambda m: -(m.score or 0)):
                if m.target in seen or (m.target == row.target and row.status == "confirmed"):
                    continue
                seen.add(m.target)
                matches.append(m)
        for m in matches[:5]:
            score = (self.tr("{score} %").format(score=m.score) if m.origin != "file"
                     else self.tr("file"))
            item = QListWidgetItem(f"{score}   {m.target}")
            item.setData(Qt.ItemDataRole.UserRole, m.target)
            item.setToolTip(self.tr("Source in memory: {source}").format(source=m.source))
            self.suggestions_list.addItem(item)
        if matches:
            self.suggestions_list.setCurrentRow(0)
        self.suggestions_list.setVisible(bool(matches))
        self.use_suggestion_button.setVisible(bool(matches))
        self.suggestions_empty.setVisible(not matches)
        self.side_tabs.setTabText(0, self.tr("Suggestions ({count})").format(
            count=len(matches)))

    def _show_checks(self) -> None:
        self.checks_list.clear()
        issues: list[qa.QaIssue] = []
        row = self._current
        if row is not None and self.project is not None:
            text = self.target_edit.toPlainText()
            if text.strip() or row.status != "new":
                issues = qa.check_segment(
                    row.source, text, source_lang=self.project.source_lang,
                    target_lang=self.project.target_lang, glossary=self.glossary,
                    max_length=row.max_length)
        for issue in issues:
            mark = "⛔" if issue.severity == qa.ERROR else "⚠"
            item = QListWidgetItem(f"{mark}  {self._qa_text.text(issue)}")
            self.checks_list.addItem(item)
        self.checks_list.setVisible(bool(issues))
        self.checks_empty.setVisible(not issues)
        self.side_tabs.setTabText(2, self.tr("Checks ({count})").format(count=len(issues)))

    def _apply_suggestion(self, item: QListWidgetItem | None) -> None:
        if item is None or self._current is None:
            return
        self._replace_text(str(item.data(Qt.ItemDataRole.UserRole)))
        self.target_edit.setFocus()

    def _replace_text(self, text: str) -> None:
        """Put ``text`` in the editor as one undoable edit."""
        cursor = QTextCursor(self.target_edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.target_edit.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target_edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_current()
                return True
            if ctrl and event.key() == Qt.Key.Key_M:
                self.insert_mt()
                return True
        return super().eventFilter(watched, event)

    @property
    def current_segment(self) -> SegmentRow | None:
        """The segment open in the editor (None when none is)."""
        return self._current

    def commit_current(self) -> bool:
        """Save the editor's text as the person's edit when it changed."""
        row = self._current
        if row is None or self.project is None:
            return False
        text = self.target_edit.toPlainText()
        if text == self._loaded_text:
            return False
        try:
            with self.ctx.store.transaction() as s:
                tp.set_target(s, row.id, text, now=self.ctx.clock.now())
        except AtelierError as exc:
            self.editor_message.setText(error_text(exc))
            return False
        self._loaded_text = text
        fresh = self.model.reload_segment(row.id)
        if fresh is not None and self._current is not None and self._current.id == row.id:
            self._current = fresh
        self._changed()
        return True

    def confirm_current(self) -> bool:
        """Ctrl+Enter: confirm the translation (it goes into the translation memory) and go
        to the next segment not confirmed yet."""
        row = self._current
        if row is None or self.project is None:
            return False
        text = self.target_edit.toPlainText()
        try:
            with self.ctx.store.transaction() as s:
                tp.confirm(s, row.id, text, tm=self.tm, now=self.ctx.clock.now())
        except AtelierError as exc:
            self.editor_message.setText(error_text(exc))
            return False
        self._loaded_text = text
        self.model.reload_segment(row.id)
        self._changed()
        self._show_summary()
        here = self.model.row_of(row.id)
        start = here + 1 if here is not None else 0
        nxt = self.model.find_row(lambda r: r.status != "confirmed", start)
        if nxt is None and start > 0:
            nxt = self.model.find_row(lambda r: r.status != "confirmed" and r.id != row.id, 0)
        if nxt is None:
            fresh_row = self.model.row_of(row.id)
            if fresh_row is not None:
                self._show_editor(self.model.row_at(fresh_row))
            self._message(self.tr("Every segment shown is confirmed."))
            return True
        index = self.model.index(nxt, SegmentsModel.TARGET)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.target_edit.setFocus()
        cursor = self.target_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.target_edit.setTextCursor(cursor)
        return True

    def insert_mt(self) -> bool:
        """Ctrl+M: the model's translation of this segment in the editor."""
        if self._current is None:
            return False
        if not self._segment_mt:
            self.editor_message.setText(self.tr(
                "The model has not translated this segment: run Pre-translate first."))
            return False
        self._replace_text(self._segment_mt)
        return True

    def copy_source(self) -> None:
        if self._current is not None:
            self._replace_text(self._current.source)
            self.target_edit.setFocus()

    # --- find and replace -------------------------------------------------------------------

    def find_replace(self) -> FindReplaceDialog | None:
        if self.project is None:
            return None
        self.commit_current()
        dialog = FindReplaceDialog(self.ctx, self.project.id, self,
                                   find=self.target_edit.textCursor().selectedText())
        dialog.exec()
        if dialog.replaced is not None and dialog.replaced.replacements:
            self.after_replace()
        dialog.deleteLater()
        return dialog

    def after_replace(self) -> None:
        """Targets changed in the store (find and replace): show them."""
        self.model.reload_loaded()
        if self._current is not None:
            row = self.model.row_of(self._current.id)
            if row is not None:
                self._show_editor(self.model.row_at(row))
        self._show_summary()
        self._reload_projects()

    # --- project check ----------------------------------------------------------------------

    def run_project_check(self) -> Job | None:
        if self.project is None:
            return None
        self.commit_current()
        store, project_id = self.ctx.store, self.project.id

        def work(_jc: JobContext) -> list[tuple[int, int, list[qa.QaIssue]]]:
            with store.session() as s:
                found = qa.check_project(s, project_id)
                offsets: dict[int, int] = {}
                start = 0
                for f in tp.list_files(s, project_id):
                    offsets[f.id] = start
                    start += f.segment_count
                out = []
                for seg_id, issues in found.items():
                    seg = s.get(TranslationSegment, seg_id)
                    if seg is not None:
                        out.append((seg_id, offsets.get(seg.file_id, 0) + seg.position + 1,
                                    issues))
            out.sort(key=lambda r: r[1])
            return out

        def done(rows: list[tuple[int, int, list[qa.QaIssue]]] | None) -> None:
            if rows is None:
                return
            self.project_issues = {seg_id: issues for seg_id, _n, issues in rows}
            self._issue_rows = rows
            self._show_project_issues()
            self.side_tabs.setCurrentIndex(3)

        self.check_summary.setText(self.tr("Checking…"))
        return self._submit(self.tr("Checking the translation…"), work, done)

    def _show_project_issues(self) -> None:
        rows = self._issue_rows or []
        self.project_checks.clear()
        count = 0
        for seg_id, number, issues in rows:
            for issue in issues:
                mark = "⛔" if issue.severity == qa.ERROR else "⚠"
                item = QListWidgetItem(self.tr("#{number}  {mark} {issue}").format(
                    number=number, mark=mark, issue=self._qa_text.text(issue)))
                item.setData(Qt.ItemDataRole.UserRole, seg_id)
                self.project_checks.addItem(item)
                count += 1
        if self._issue_rows is None:
            self.check_summary.setText(self.tr("Not checked yet."))
        elif count:
            self.check_summary.setText(
                self.tr("%n issue(s)", "", count) + " · " +
                self.tr("in %n segment(s)", "", len(self.project_issues)))
        else:
            self.check_summary.setText(self.tr("No issues found in the translated segments."))

    def _issue_chosen(self, item: QListWidgetItem) -> None:
        seg_id = item.data(Qt.ItemDataRole.UserRole)
        if seg_id:
            self.select_segment(int(seg_id))


def tm_key(code: str) -> str:
    """The memory's language (primary subtag) as shown: ``fr-ca`` → ``FR``."""
    return code.split("-", 1)[0].upper()

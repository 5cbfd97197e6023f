"""The Draft page: write with a local model, make the text yours, keep every version.

Left, the drafts (all of them, or one order's) and what to ask the model: a template, its
variables (filled from the order, editable), the writing model, Generate / Stop / Regenerate /
Continue. Centre, the editor with its selection tools (shorter, longer, more formal,
friendlier, fix grammar and spelling, translate), word and character counts, reading time, a
target length and the provenance figure ("You wrote or changed 35 % of this text"). Right,
the versions (each model draft, each save) and the word diff between the model's draft and
the text in the editor.

The stored text is plain text (what ``QTextEdit.toPlainText`` gives): a model's Markdown
stays Markdown, as written, and the .md export keeps it.

Nothing is lost: the person's text is saved as a version before a model replaces any of it,
the editor autosaves every ``AUTOSAVE_INTERVAL_S`` seconds while it has changes and when the
page is left, and opening a draft brings back autosaved text a crash left behind.

A model's text streams into place as one undo step: the removal of what it replaces and
every chunk it writes are joined in a single QTextDocument edit block, so Ctrl+Z puts the
person's words back at once. Invisible characters a model writes (control characters…) are
removed as its text comes in, and the person is told how many.

The provenance figure comes from who wrote each character (storage.provenance.Authorship),
kept beside the document: every change the document reports (``contentsChange``) is the
person's unless a model is writing, an undo or a redo takes back the authorship its undo step
had (``AuthorshipHistory``), a version put back brings its own, and each version and autosave
keeps it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistants import writing
from assistants.writing import REWRITES, TRANSLATIONS, WritingRequest, target_words
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text
from desktop.labels import status_label
from desktop.ui import style
from desktop.ui.dialogs.attach_draft_dialog import AttachDialog
from desktop.ui.dialogs.order_dialog import combo_id
from desktop.ui.forms import ERROR_STYLE, column_widget, confirm, set_line_text
from desktop.ui.pages.base import Page
from desktop.ui.widgets.authored_editor import AuthoredEditor, ModelText
from desktop.ui.widgets.caption_row import CaptionRow
from desktop.ui.widgets.diff_view import DELETE_FG, INSERT_FG
from desktop.ui.widgets.empty_panel import EmptyPanel
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.model_picker import ModelPicker
from desktop.ui.widgets.route_gate import RouteGate
from desktop.ui.widgets.two_line_list import SUBTITLE_ROLE, dot, two_line_list
from desktop.ui.widgets.variables_form import VariablesForm
from desktop.ui.widgets.versions_panel import VersionRow, VersionsPanel
from storage import drafts
from storage.errors import AtelierError, ValidationError
from storage.export_text import Illegal, export_text, illegal_paragraphs
from storage.orders import allowed_transitions
from storage.provenance import (
    Authorship,
    Provenance,
    diff,
    provenance_line,
)
from storage.tables import Order, OrderStatus, Origin
from storage.templates import (
    Template,
    list_templates,
    missing_variables,
    resolve_variables,
    resolve_variables_offline,
    variable_label,
)

BANNERS = {"info": style.NOTE_BANNER, "error": style.PROBLEM_BANNER}
ANALYSE_DELAY_MS = 200
SIDE_WIDTH = 255  # the drafts and versions columns, at first
ORDER_TEMPLATE, OWN_TEMPLATE = "delivery-message", "gig-description"

def _muted(label: QLabel, wrap: bool = True) -> QLabel:
    return style.muted(label, wrap=wrap)


class _OneLineLabel(QLabel):
    """One line that elides its end (the whole text in its tooltip) rather than wrap into a
    column or widen the window: the model's name while it writes can be long."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0)))


def _caption(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


@dataclass(frozen=True)
class VersionInfo:
    id: int
    origin: Origin
    model_id: str | None
    created_at: datetime
    text: str
    note: str
    authorship: Authorship


@dataclass(frozen=True)
class DraftMeta:
    id: int
    title: str
    order_id: int | None
    order_title: str
    client_name: str
    delivered_at: datetime | None
    order_status: OrderStatus | None = None


@dataclass
class _Stream:
    """A model's text on its way into the editor."""

    kind: str  # 'generate', 'continue', a rewrite ('shorter'…) or 'translate-fr'/'translate-en'
    model: str
    draft_id: int
    text: ModelText


class DraftPage(Page):
    """Drafts written with a local model and refined by the person.

    Programmatic use (tests, the main window): ``open_for_order(order_id)``,
    ``new_draft()``, ``open_draft(id)``, ``generate()``, ``continue_text()``,
    ``rewrite_selection(kind)``, ``stop()``, ``save_version()``, ``flush_autosave()``,
    ``export_to(path)``, ``attach_to(order_id)``, ``mark_delivered()``.
    """

    topics = Changed.ORDERS | Changed.DRAFTS
    open_order = Signal(int)
    open_models = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("DraftPage")
        self.models = ctx.models
        self.max_new_tokens: int | None = None  # a cap on every generation (tests)
        self._draft: DraftMeta | None = None
        self._versions: list[VersionInfo] = []
        self._ai: VersionInfo | None = None
        self._compare_id: int | None = None  # the version the diff starts from (None: AI's)
        self._saved_text = ""  # the editor's text as the store holds it (version or autosave)
        self._saved_at: datetime | None = None
        self._templates: list[Template] = []
        self._overrides: dict[str, str] = {}
        self._values_order: int | None = None
        self._last_messages: list[dict[str, str]] | None = None
        self._job: Job | None = None
        self._stream: _Stream | None = None
        self._message_about_text = False  # the banner describes the text: an edit ends it
        self._opened_once = False

        title_row = self._build_heading()
        self._build_left()
        self._build_centre()
        self._build_right()
        self._build_frame(title_row)
        self._connect()

        self.retranslate()
        self._update_actions()
        self._show_draft()

    # --- building the page -------------------------------------------------------------------

    def _build_heading(self) -> QHBoxLayout:
        """The heading: the page's title, how many drafts, New draft."""
        self.heading = self.make_heading()
        self.count_label = _muted(QLabel(), wrap=False)
        self.new_button = QPushButton()
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(8)
        title_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        title_row.addWidget(self.new_button)
        return title_row

    def _build_left(self) -> None:
        """Left: the drafts, then what to ask the model (template, variables, model)."""
        self.scope_combo = QComboBox()
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_combo.setMinimumContentsLength(12)
        self.drafts_list = two_line_list()
        self.drafts_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.drafts_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drafts_empty = _muted(QLabel())
        self.drafts_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        drafts_box = column_widget(self.scope_combo, (self.drafts_list, 1),
                                   (self.drafts_empty, 1), spacing=6)

        self.write_caption = _caption(QLabel())
        self.template_label = QLabel()
        self.template_combo = QComboBox()
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(12)
        self.template_info = _muted(QLabel())
        self.variables_form = VariablesForm()
        self.model_label = QLabel()
        self.model_combo = ModelPicker(self.models, "chat")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(10)
        self.models_empty = self.model_combo.add_empty_label()
        self.models_link = self.model_combo.add_models_link(QPushButton())
        style.link_button(self.models_link)
        # drafting routed to a server: which engine and model write (no local model needed)
        self.route_label = _muted(QLabel())
        self.route_label.hide()
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.stop_button = QPushButton()
        self.regenerate_button = QPushButton()
        self.continue_button = QPushButton()
        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.generate_button, 0, 0)
        buttons.addWidget(self.stop_button, 0, 1)
        buttons.addWidget(self.regenerate_button, 1, 0)
        buttons.addWidget(self.continue_button, 1, 1)
        write_box = QWidget()
        w_layout = QVBoxLayout(write_box)
        w_layout.setContentsMargins(0, 6, 0, 0)
        w_layout.setSpacing(6)
        w_layout.addWidget(self.write_caption)
        w_layout.addWidget(self.template_label)
        w_layout.addWidget(self.template_combo)
        w_layout.addWidget(self.template_info)
        w_layout.addWidget(self.variables_form, 1)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label)
        model_row.addWidget(self.model_combo, 1)
        w_layout.addLayout(model_row)
        w_layout.addWidget(self.route_label)
        w_layout.addWidget(self.models_empty)
        w_layout.addWidget(self.models_link, 0, Qt.AlignmentFlag.AlignLeft)
        w_layout.addLayout(buttons)

        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(drafts_box)
        self.left_split.addWidget(write_box)
        self.left_split.setChildrenCollapsible(False)
        self.left_split.setStretchFactor(0, 1)
        self.left_split.setStretchFactor(1, 3)
        self.left_split.setSizes([170, 530])
        self.left_split.setMinimumWidth(220)

    def _build_centre(self) -> None:
        """Centre: the draft's title and order, the tools, the editor and its figures (or,
        with no draft open, a way to start one)."""
        self.title_edit = QLineEdit()
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_error = QLabel()
        self.title_error.setStyleSheet(ERROR_STYLE)
        self.title_error.setWordWrap(True)
        self.title_error.hide()
        self.order_label = QLabel()
        self.order_label.setTextFormat(Qt.TextFormat.RichText)
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.order_label.setWordWrap(True)
        self.attach_button = QPushButton()
        self.deliver_button = QPushButton()
        # the buttons beside the line while it fits there, else below it (never a column)
        order_row = CaptionRow(self.order_label, flow_row(self.attach_button,
                                                          self.deliver_button))

        self.save_button = QPushButton()
        self.rewrite_menu = QMenu(self)
        self.rewrite_actions: dict[str, QAction] = {}
        for kind in REWRITES:
            act = QAction(self)
            self.rewrite_actions[kind] = act
            self.rewrite_menu.addAction(act)
        self.translate_menu = QMenu(self)
        self.translate_actions: dict[str, QAction] = {}
        for lang in TRANSLATIONS:
            act = QAction(self)
            self.translate_actions[lang] = act
            self.translate_menu.addAction(act)
        self.rewrite_button = QPushButton()
        self.rewrite_button.setMenu(self.rewrite_menu)
        self.translate_button = QPushButton()
        self.translate_button.setMenu(self.translate_menu)
        self.copy_button = QPushButton()
        self.export_menu = QMenu(self)
        self.export_actions: dict[str, QAction] = {}
        for suffix in (".docx", ".md", ".txt"):
            act = QAction(self)
            self.export_actions[suffix] = act
            self.export_menu.addAction(act)
        self.act_line = QAction(self)
        self.act_line.setCheckable(True)
        self.act_line.setChecked(
            str(self.ctx.qsettings.value("draft/provenance_line", "false")).lower() == "true")
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.act_line)
        self.export_button = QPushButton()
        self.export_button.setMenu(self.export_menu)
        tools = QHBoxLayout()  # each group wraps when the window is narrow (1024 px)
        tools.setSpacing(12)
        tools.addWidget(flow_row(self.save_button, self.rewrite_button, self.translate_button))
        tools.addStretch(1)
        tools.addWidget(flow_row(self.copy_button, self.export_button))

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        # Where the model work runs (assistants.routing): "Use the local model" after a
        # server failed, and why the model buttons are greyed (a client kept on this computer).
        self.gate = RouteGate(self.ctx, lambda: {
            "draft_id": self._draft.id if self._draft is not None else None}, self)
        self.gate.local_chosen.connect(self._use_local_model)
        self.local_button, self.privacy_label = self.gate.local_button, self.gate.label
        self._retry: Any = None
        self.editor = AuthoredEditor()  # who wrote each character, with its undo steps

        self.counts_label = _muted(QLabel())  # wraps rather than widen the editor
        self.target_caption = _muted(QLabel(), wrap=False)
        self.target_spin = QSpinBox()
        self.target_spin.setRange(0, 20_000)
        self.target_spin.setSingleStep(10)
        self.target_bar = QProgressBar()
        self.target_bar.setTextVisible(False)
        self.target_bar.setFixedSize(70, 8)
        self.target_label = _muted(QLabel(), wrap=False)
        stats_row = QHBoxLayout()
        stats_row.setSpacing(6)
        stats_row.addWidget(self.counts_label, 1)
        self.provenance_label = QLabel()
        self.provenance_label.setWordWrap(True)
        prov_font = QFont(self.provenance_label.font())
        prov_font.setBold(True)
        self.provenance_label.setFont(prov_font)
        style.coloured(self.provenance_label, style.PERSON)
        # While a model writes: its name and the Esc hint, on a line of its own above the
        # figures and "Autosaved" (beside them it wrapped into a one-word column at 1024 px and
        # widened the window): one line, elided.
        self.writing_label = _muted(_OneLineLabel(), wrap=False)
        self.writing_label.hide()
        self.save_state = _muted(QLabel(), wrap=False)
        stats_row.addWidget(self.save_state)
        prov_row = QHBoxLayout()
        prov_row.setSpacing(6)
        prov_row.addWidget(self.provenance_label, 1)
        prov_row.addWidget(self.target_caption)
        prov_row.addWidget(self.target_spin)
        prov_row.addWidget(self.target_bar)
        prov_row.addWidget(self.target_label)

        editor_panel = QWidget()
        e_layout = QVBoxLayout(editor_panel)
        e_layout.setContentsMargins(12, 0, 12, 0)
        e_layout.setSpacing(6)
        e_layout.addWidget(self.title_edit)
        e_layout.addWidget(self.title_error)
        e_layout.addLayout(order_row)
        e_layout.addLayout(tools)
        e_layout.addWidget(self.banner)
        e_layout.addWidget(self.local_button, 0, Qt.AlignmentFlag.AlignLeft)
        e_layout.addWidget(self.privacy_label)
        e_layout.addWidget(self.editor, 1)
        e_layout.addWidget(self.writing_label)
        e_layout.addLayout(stats_row)
        e_layout.addLayout(prov_row)

        self.no_draft_title = _caption(QLabel())
        self.no_draft_label = _muted(QLabel())
        self.no_draft_button = QPushButton()
        no_draft = self.no_draft_panel = EmptyPanel(
            self.no_draft_title, self.no_draft_label, self.no_draft_button, 320)
        self.centre_stack = QStackedWidget()
        self.centre_stack.addWidget(no_draft)
        self.centre_stack.addWidget(editor_panel)

    def _build_right(self) -> None:
        """Right: the versions and the changes (the page's names for the panel's parts)."""
        self.right_split = VersionsPanel()
        panel = self.right_split
        self.versions_caption, self.versions_list = panel.versions_caption, panel.versions_list
        self.versions_empty, self.restore_button = panel.versions_empty, panel.restore_button
        self.changes_caption, self.compare_label = panel.changes_caption, panel.compare_label
        self.legend, self.diff_view, self.diff_empty = panel.legend, panel.diff_view, \
            panel.diff_empty

    def _build_frame(self, title_row: QHBoxLayout) -> None:
        """The three columns in a splitter under the heading; timers and shortcuts."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_split)
        self.splitter.addWidget(self.centre_stack)
        self.splitter.addWidget(self.right_split)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self._sized = False  # the columns get their widths when the page is first shown

        self.set_page_layout(title_row, self.splitter)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(drafts.AUTOSAVE_INTERVAL_S * 1000))
        self.analyse_timer = QTimer(self)
        self.analyse_timer.setSingleShot(True)
        self.analyse_timer.setInterval(ANALYSE_DELAY_MS)

        self.shortcut_generate = [QShortcut(QKeySequence(keys), self)
                                  for keys in ("Ctrl+Return", "Ctrl+Enter")]
        self.shortcut_stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.shortcut_save = QShortcut(QKeySequence.StandardKey.Save, self)
        for shortcut in (*self.shortcut_generate, self.shortcut_stop, self.shortcut_save):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect(self) -> None:
        """Every signal of the page, in one place."""
        self.new_button.clicked.connect(lambda: self.new_draft())
        self.no_draft_button.clicked.connect(lambda: self.new_draft())
        self.scope_combo.currentIndexChanged.connect(self._reload_drafts)
        self.drafts_list.itemActivated.connect(self._draft_clicked)
        self.drafts_list.itemClicked.connect(self._draft_clicked)
        self.drafts_list.customContextMenuRequested.connect(self._drafts_menu)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.variables_form.edited.connect(self._variable_edited)
        self.template_combo.activated.connect(self._template_chosen)
        self.models_link.clicked.connect(self.open_models.emit)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.stop_button.clicked.connect(self.stop)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.continue_button.clicked.connect(lambda: self.continue_text())
        for shortcut in self.shortcut_generate:
            shortcut.activated.connect(lambda: self.generate())
        self.shortcut_stop.activated.connect(self.stop)
        self.shortcut_save.activated.connect(self.save_version)
        self.title_edit.editingFinished.connect(self.rename)
        self.order_label.linkActivated.connect(self._order_link)
        self.attach_button.clicked.connect(self.attach)
        self.deliver_button.clicked.connect(self.mark_delivered)
        self.save_button.clicked.connect(self.save_version)
        for kind, act in self.rewrite_actions.items():
            act.triggered.connect(lambda _=False, k=kind: self.rewrite_selection(k))
        for lang, act in self.translate_actions.items():
            act.triggered.connect(lambda _=False, t=lang: self.rewrite_selection(f"translate-{t}"))
        self.copy_button.clicked.connect(self.copy_text)
        for suffix, act in self.export_actions.items():
            act.triggered.connect(lambda _=False, x=suffix: self.export(x))
        self.act_line.toggled.connect(self._line_toggled)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.copyAvailable.connect(lambda _has: self._update_actions())
        self.editor.customContextMenuRequested.connect(self._editor_menu)
        self.target_spin.valueChanged.connect(lambda _v: self.refresh_figures())
        self.right_split.version_selected.connect(self._version_selected)
        self.restore_button.clicked.connect(self.restore_version)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self.analyse_timer.timeout.connect(self.refresh_figures)
        self.model_combo.reloaded.connect(lambda _has: self._update_actions())
        self.model_combo.reloaded.connect(lambda _has: self._show_route())

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Drafts")

    def focus_target(self) -> QWidget | None:
        """The open draft's text (else the way to start one)."""
        return self.editor if self._draft is not None else None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Drafts"))
        self.new_button.setText(self.tr("New draft"))
        self.new_button.setToolTip(self.tr("Start a new text, for the order shown or of its own"))
        self.drafts_empty.setText(self.tr(
            "No drafts yet. Start one here, or from an order with “New draft from this order”."))
        self.template_label.setText(self.tr("Template"))
        self.model_label.setText(self.tr("Model"))
        self.models_empty.setText(self.tr(
            "No writing model is installed yet: download or import one on the Models page."))
        self.models_link.setText(self.tr("Open the Models page"))
        self.generate_button.setText(self.tr("Generate"))
        self.generate_button.setToolTip(self.tr(
            "Write a first draft from the template (Ctrl+Enter). Your text is saved as a "
            "version first."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the model; what it wrote stays (Esc)"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr("Ask again for a different draft"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Let the model write on from the end of the text"))
        self.title_edit.setPlaceholderText(self.tr("Title of this draft"))
        self.title_edit.setToolTip(self.tr("Rename the draft"))
        self.attach_button.setToolTip(self.tr("Attach this draft to an order as its deliverable"))
        self.deliver_button.setText(self.tr("Mark delivered"))
        self.deliver_button.setToolTip(self.tr(
            "Save the text and move its order to “Delivered”"))
        self.save_button.setText(self.tr("Save version"))
        self.save_button.setToolTip(self.tr("Keep this text as a version (Ctrl+S)"))
        self.rewrite_button.setText(self.tr("Rewrite"))
        self.rewrite_button.setToolTip(self.tr("Rewrite the selected text with the model"))
        self.translate_button.setText(self.tr("Translate"))
        self.translate_button.setToolTip(self.tr("Translate the selected text with the model"))
        labels = {"shorter": self.tr("Shorter"), "longer": self.tr("Longer"),
                  "formal": self.tr("More formal"), "friendly": self.tr("Friendlier"),
                  "grammar": self.tr("Fix grammar and spelling")}
        for kind, act in self.rewrite_actions.items():
            act.setText(labels[kind])
        self.translate_actions["fr"].setText(self.tr("Into French"))
        self.translate_actions["en"].setText(self.tr("Into English"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole text to the clipboard"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the text as .docx, .md or .txt"))
        self.export_actions[".docx"].setText(self.tr("Word document (.docx)…"))
        self.export_actions[".md"].setText(self.tr("Markdown (.md)…"))
        self.export_actions[".txt"].setText(self.tr("Plain text (.txt)…"))
        self.act_line.setText(self.tr("Add the AI-assisted line"))
        self.act_line.setToolTip(self.tr(
            "End exported and copied text with “AI-assisted: about N % of this text was "
            "written or changed by a person…”"))
        self.editor.setPlaceholderText(self.tr(
            "Write here, or press Generate (Ctrl+Enter)"))
        self.target_caption.setText(self.tr("Target"))
        self.target_spin.setSpecialValueText(self.tr("none"))
        self.target_spin.setSuffix(self.tr(" words"))
        self.target_spin.setToolTip(self.tr(
            "How many words the text should have; taken from the template's length when it "
            "gives one"))
        self.no_draft_panel.set_texts(
            self.tr("No draft open"),
            self.tr("Open a draft from the list, or start a new one. A model can write the "
                    "first version; every word you change is yours."),
            self.tr("New draft"))
        self.versions_caption.setText(self.tr("Versions"))
        self.versions_empty.setText(self.tr(
            "Each model draft and each save (Ctrl+S) is kept here."))
        self.restore_button.setText(self.tr("Use this version"))
        self.restore_button.setToolTip(self.tr(
            "Put this version's text in the editor (the current text is saved first)"))
        self.changes_caption.setText(self.tr("Changes"))
        added = html.escape(self.tr("added"))  # outside the f-string: lupdate must see them
        removed = html.escape(self.tr("removed"))
        self.legend.setText(
            f"<span style='color:{INSERT_FG}; text-decoration: underline;'>{added}</span>"
            f" &nbsp; <span style='color:{DELETE_FG}; text-decoration: line-through;'>"
            f"{removed}</span>")
        self.diff_empty.setText(self.tr(
            "When a model has written a draft, what you add and remove shows here."))
        if self._templates:  # a language switch on a loaded page: texts built from data too
            self._load_templates()
            self._reload_drafts()
            if self._draft is not None:
                self._show_order()
                self._load_versions()
        self._reload_scope()
        self._show_draft()
        self._show_route()

    def refresh(self) -> None:
        if not self._templates:
            self._load_templates()
        self.model_combo.reload()
        self._show_route()
        self._reload_scope()
        self._reload_drafts()
        if self._draft is not None:
            self._load_meta()
            self._load_versions()
            self._fill_variables()
        elif not self._opened_once:
            self._opened_once = True
            self._open_initial()

    def _on_changed(self, changes: Changed) -> None:
        if Changed.ORDERS in changes and self._draft is not None \
                and self._draft.order_id is not None:
            self._values_order = None  # the order may say something new
        if Changed.SETTINGS in changes and self.isVisible():
            self._show_route()  # drafting routed to a server, or back to this computer
        super()._on_changed(changes)

    def _show_route(self) -> None:
        """Where Generate writes: the local model (its picker, or the way to the Models page
        when none is installed), or the engine and model drafting is routed to (no local
        model needed, none asked for)."""
        route = None
        if not self.gate.use_local:
            from storage import engines

            with self.ctx.store.session() as s:
                route = engines.route(s, "draft")
        routed = route is not None
        self.write_caption.setText(self.tr("Write with a server") if routed
                                   else self.tr("Write with a local model"))
        self.route_label.setText(self.tr(
            "{model} on the engine “{engine}” writes the drafts (Settings › Engines).").format(
                model=route.model, engine=route.engine) if route is not None else "")
        self.route_label.setVisible(routed)
        installed = self.model_combo.has_models()
        for local_only in (self.model_label, self.model_combo):
            local_only.setVisible(not routed)
        for missing in (self.models_empty, self.models_link):
            missing.setVisible(not routed and not installed)

    # --- drafts -------------------------------------------------------------------------------

    def current_draft_id(self) -> int | None:
        return self._draft.id if self._draft else None

    def _reload_scope(self) -> None:
        """The list's choice: all drafts, or those of the open draft's order."""
        order_id = self._draft.order_id if self._draft else None
        chosen = combo_id(self.scope_combo)
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("All drafts"), 0)
        if order_id is not None and self._draft is not None:
            self.scope_combo.addItem(self.tr("This order: {title}").format(
                title=self._draft.order_title), order_id)
        index = self.scope_combo.findData(chosen or 0)
        self.scope_combo.setCurrentIndex(max(index, 0))
        self.scope_combo.setVisible(self.scope_combo.count() > 1)
        self.scope_combo.blockSignals(False)

    def _reload_drafts(self) -> None:
        scope = combo_id(self.scope_combo)
        with self.ctx.store.session() as s:
            rows = drafts.list_drafts(s, order_id=scope, limit=500)
            items = [(d.id, d.title, d.order.client.name if d.order else "", d.created_at,
                      d.delivered_at) for d in rows]
        self.drafts_list.clear()
        current = self.current_draft_id()
        for draft_id, title, client_name, created, delivered in items:
            second = client_name or self.tr("Not attached to an order")
            when = self.ctx.i18n.date(created)
            if delivered is not None:
                when = self.tr("delivered {date}").format(date=self.ctx.i18n.date(delivered))
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, draft_id)
            item.setData(SUBTITLE_ROLE, f"{second} · {when}")
            item.setToolTip(f"{title}\n{second} · {when}")
            self.drafts_list.addItem(item)
            if draft_id == current:
                self.drafts_list.setCurrentItem(item)
        self.drafts_list.setVisible(bool(items))
        self.drafts_empty.setVisible(not items)
        self.count_label.setText(self.tr("%n draft(s)", "", len(items)) if items else "")

    def _draft_clicked(self, item: QListWidgetItem) -> None:
        draft_id = int(item.data(Qt.ItemDataRole.UserRole))
        if draft_id != self.current_draft_id():
            # Not from inside the list's own signal: opening may rebuild the list.
            QTimer.singleShot(0, lambda: self.open_draft(draft_id))

    def _select_in_list(self, draft_id: int) -> bool:
        for row in range(self.drafts_list.count()):
            item = self.drafts_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == draft_id:
                self.drafts_list.setCurrentItem(item)
                return True
        return False

    def _open_initial(self) -> None:
        """On first show: a draft with unsaved text left by a crash, else the last one open,
        else the newest."""
        with self.ctx.store.session() as s:
            to_recover = drafts.drafts_to_recover(s)
            newest = drafts.list_drafts(s, limit=1)
            newest_id = newest[0].id if newest else None
        last = int(self.ctx.qsettings.value("draft/last", 0) or 0)
        for candidate in (*to_recover, last, newest_id):
            if candidate and self.open_draft(candidate):
                return

    def new_draft(self, order_id: int | None = None, title: str | None = None) -> int | None:
        """Create a draft (for ``order_id``, else for the order the list shows) and open it."""
        if self.busy:
            return None
        if order_id is None:
            order_id = combo_id(self.scope_combo)
        try:
            with self.ctx.store.transaction() as s:
                draft = drafts.create_draft(s, title or self.tr("Untitled draft"),
                                            order_id=order_id, now=self.ctx.clock.now())
                draft_id = draft.id
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return None
        self._emit("drafts", "orders" if order_id is not None else None)
        self.open_draft(draft_id)
        if title is None:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()
        return draft_id

    def open_for_order(self, order_id: int) -> int | None:
        """The Orders page's “New draft from this order”: an empty draft of that order (one
        left empty before is reused), open, its variables filled from the order."""
        if self.busy:
            return None
        with self.ctx.store.session() as s:
            order = s.get(Order, order_id)
            if order is None:
                return None
            title = order.title[: drafts.TITLE_MAX]
            empty = drafts.reusable_draft(s, order_id)
        self._opened_once = True
        if empty is not None:
            self.open_draft(empty)
            draft_id: int | None = empty
        else:
            draft_id = self.new_draft(order_id, title=title)
        if draft_id is not None:
            self._reload_scope()
            self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(order_id), 0))
            self._focus_first_needed()
        return draft_id

    def open_draft(self, draft_id: int) -> bool:
        """Show a draft: its latest text, or the text a crash left in its autosave."""
        if self.busy:
            self._show_message(self.tr("Stop the model before opening another draft."),
                               error=True)
            return False
        self.flush_autosave()
        try:
            with self.ctx.store.session() as s:
                opened = drafts.open_draft(s, draft_id)
        except ValidationError:
            return False
        recovered, text = opened.recovered, opened.text
        self._opened_once = True
        self._compare_id = None
        self._last_messages = None
        self._saved_text = text
        self._saved_at = None
        self._load_meta(draft_id)
        self.editor.set_text(text, opened.authorship)
        self.autosave_timer.stop()
        self._load_versions()
        self._hide_message()
        if recovered is not None:
            self._saved_at = recovered.saved_at
            self._show_message(self.tr(
                "Recovered text from {time} that had not been saved.").format(
                    time=self.time_text(recovered.saved_at)))
        self.ctx.qsettings.setValue("draft/last", draft_id)
        self._reload_scope()
        if not self._select_in_list(draft_id):
            self._reload_drafts()
        if not self._templates:
            self._load_templates()
        self._default_template()
        self._fill_variables()
        self._show_draft()
        self.refresh_figures()
        return True

    def close_draft(self) -> None:
        self.flush_autosave()
        self._draft = None
        self._saved_text = ""
        self.editor.set_text("", Authorship())
        self.autosave_timer.stop()
        self._hide_message()
        self._load_versions()
        self._show_draft()
        self._reload_scope()
        self._reload_drafts()
        self._fill_variables()

    def delete_draft(self, draft_id: int) -> bool:
        if self.busy:
            return False
        with self.ctx.store.session() as s:
            title = drafts.get_draft(s, draft_id).title
        if not confirm(self, self.tr("Delete draft"), self.tr(
                "Delete “{title}” with all its versions? This cannot be undone.")
                .format(title=title)):
            return False
        with self.ctx.store.transaction() as s:
            drafts.delete_draft(s, draft_id)
        if draft_id == self.current_draft_id():
            self._draft = None
            self.close_draft()
        self._emit("drafts", "orders")
        self._reload_drafts()
        return True

    def _drafts_menu(self, pos: QPoint) -> None:
        item = self.drafts_list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete draft…"))
        draft_id = int(item.data(Qt.ItemDataRole.UserRole))
        delete.triggered.connect(lambda: self.delete_draft(draft_id))
        menu.exec(self.drafts_list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _load_meta(self, draft_id: int | None = None) -> None:
        draft_id = draft_id if draft_id is not None else self.current_draft_id()
        if draft_id is None:
            return
        try:
            with self.ctx.store.session() as s:
                d = drafts.get_draft(s, draft_id)
                order = d.order
                meta = DraftMeta(d.id, d.title, d.order_id, order.title if order else "",
                                 order.client.name if order else "", d.delivered_at,
                                 order.status if order else None)
        except ValidationError:
            self._draft = None
            self.close_draft()
            return
        if self._draft is None or self._draft.order_id != meta.order_id:
            self._overrides = {}
            self._values_order = None
        self._draft = meta
        if not self.title_edit.hasFocus() or not self.title_edit.isModified():
            set_line_text(self.title_edit, meta.title)
            self.title_edit.setModified(False)
        self.title_error.hide()
        self._show_order()

    def _show_order(self) -> None:
        d = self._draft
        if d is None:
            return
        if d.order_id is None:
            self.order_label.setText(html.escape(self.tr("Not attached to an order")))
            style.muted(self.order_label)
            self.attach_button.setText(self.tr("Attach to an order…"))
        else:
            link = f"<a href='order'>{html.escape(d.order_title)}</a>"
            text = html.escape(self.tr("For {order} · {client}")).replace(
                "{order}", link).replace("{client}", html.escape(d.client_name))
            if d.delivered_at is not None:
                text += " · " + html.escape(self.tr("delivered {date}").format(
                    date=self.ctx.i18n.date(d.delivered_at)))
            self.order_label.setText(text)
            self.order_label.setStyleSheet("")
            self.attach_button.setText(self.tr("Change order…"))
        self.order_label.setToolTip(d.order_title)
        self._update_deliver()

    def _update_deliver(self) -> None:
        """Mark delivered is offered only where the order's state machine lets the order be
        delivered (not on a completed or cancelled order); the tooltip then says why not."""
        status = self._draft.order_status if self._draft is not None else None
        refused = (status is not None and status is not OrderStatus.DELIVERED
                   and OrderStatus.DELIVERED not in allowed_transitions(status))
        self.deliver_button.setEnabled(not self.busy and not refused)
        if refused:
            self.deliver_button.setToolTip(self.tr(
                "This order is “{status}”: it cannot be marked delivered.").format(
                status=status_label(status).lower()))
        else:
            self.deliver_button.setToolTip(self.tr(
                "Save the text and move its order to “Delivered”"))

    def _order_link(self, _href: str) -> None:
        if self._draft is not None and self._draft.order_id is not None:
            self.open_order.emit(self._draft.order_id)

    def rename(self) -> bool:
        d = self._draft
        title = self.title_edit.text()
        if d is None or title == d.title:
            return False
        try:
            with self.ctx.store.transaction() as s:
                drafts.rename_draft(s, d.id, title)
        except ValidationError as exc:
            self.title_error.setText(error_text(exc))
            self.title_error.show()
            return False
        self.title_error.hide()
        self.title_edit.setModified(False)
        self._load_meta()
        self._emit("drafts", "orders" if d.order_id is not None else None)
        return True

    def _show_draft(self) -> None:
        self.centre_stack.setCurrentIndex(1 if self._draft is not None else 0)
        self._update_actions()

    # --- versions -----------------------------------------------------------------------------

    def _load_versions(self) -> None:
        draft_id = self.current_draft_id()
        self._versions = []
        if draft_id is not None:
            with self.ctx.store.session() as s:
                self._versions = [
                    VersionInfo(v.id, v.origin, v.model_id, v.created_at, v.text or "", v.note,
                                drafts.version_authorship(s, v))
                    for v in drafts.list_versions(s, draft_id)]
        ais = [v for v in self._versions if v.origin is Origin.AI]
        self._ai = ais[-1] if ais else None
        if self._compare_id is not None and all(v.id != self._compare_id
                                                for v in self._versions):
            self._compare_id = None
        icons = {Origin.AI: dot(style.MODEL), Origin.HUMAN: dot(style.PERSON)}
        rows = []
        for v in reversed(self._versions):
            label, when = self.version_label(v), self.ctx.i18n.datetime(v.created_at)
            words = self.tr("%n word(s)", "", drafts.text_stats(v.text).words)
            rows.append(VersionRow(v.id, icons[v.origin], label, f"{when} · {words}",
                                   f"{label}\n{when} · {words}"))
        self.right_split.show_versions(
            rows, selected=self._compare_id or (self._ai.id if self._ai else None))
        self._update_actions()
        self.refresh_figures()

    def version_label(self, v: VersionInfo) -> str:
        """“AI · qwen2.5 — shorter”, “You”: who wrote a version, and how."""
        if v.origin is Origin.HUMAN:
            return self.tr("You")
        notes = {"continue": self.tr("continued"), "shorter": self.tr("shorter"),
                 "longer": self.tr("longer"), "formal": self.tr("more formal"),
                 "friendly": self.tr("friendlier"), "grammar": self.tr("grammar fixed"),
                 "translate-fr": self.tr("translated into French"),
                 "translate-en": self.tr("translated into English")}
        label = self.tr("AI · {model}").format(model=v.model_id or "?")
        return f"{label} — {notes[v.note]}" if v.note in notes else label

    def _version_selected(self, version_id: int) -> None:
        self._compare_id = version_id or None
        self._update_actions()
        self.refresh_figures()

    def _compare_version(self) -> VersionInfo | None:
        for v in self._versions:
            if v.id == self._compare_id:
                return v
        return self._ai

    def selected_version(self) -> VersionInfo | None:
        version_id = self.right_split.selected_id()
        return next((v for v in self._versions if v.id == version_id), None)

    def restore_version(self) -> bool:
        """Put the selected version's text in the editor, as one undo step."""
        version = self.selected_version()
        if version is None or self.busy:
            return False
        self._save_person_text()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(version.text)
        cursor.endEditBlock()
        # Who wrote it comes with the version (the change was counted as the person's).
        self.editor.replaced_by(version.text, version.authorship)
        self._show_message(self.tr("The version of {time} is in the editor; Ctrl+Z undoes it.")
                           .format(time=self.time_text(version.created_at)))
        return True

    def save_version(self) -> bool:
        """Ctrl+S: keep the editor's text as a version of the person's."""
        d = self._draft
        if d is None or self.busy:
            return False
        text = self.editor.toPlainText()
        if not text.strip() and not self._versions:
            self._show_message(self.tr("There is no text to save yet."), error=True)
            return False
        before = self._versions[-1].id if self._versions else None
        try:
            with self.ctx.store.transaction() as s:
                version = drafts.record_save(s, d.id, text, now=self.ctx.clock.now(),
                                             authorship=self.authorship())
                version_id = version.id
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        self._mark_saved(text)
        if version_id != before:
            self._load_versions()
            self._emit("drafts", "orders" if d.order_id is not None else None)
        self.save_state.setText(self.tr("Saved at {time}").format(
            time=self.time_text(self.ctx.clock.now())))
        return True

    def _save_person_text(self) -> None:
        """Before a model or an old version replaces text: keep the person's as a version."""
        d = self._draft
        text = self.editor.toPlainText()
        if d is None or not text.strip():
            return
        before = self._versions[-1].id if self._versions else None
        with self.ctx.store.transaction() as s:
            version_id = drafts.record_save(s, d.id, text, now=self.ctx.clock.now(),
                                            authorship=self.authorship()).id
        self._mark_saved(text)
        if version_id != before:
            self._load_versions()
            self._emit("drafts", None)

    def _mark_saved(self, text: str) -> None:
        self._saved_text = text
        self.editor.document().setModified(False)
        self.autosave_timer.stop()

    def authorship(self) -> Authorship:
        """Who wrote each character of the editor's text (``toPlainText()``)."""
        return self.editor.authorship()

    # --- autosave -----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._message_about_text and self._stream is None:
            self._hide_message()  # "<model> wrote this text" is no longer the whole truth
        if self._draft is not None and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self.analyse_timer.start()
        self._update_actions()

    def _autosave_tick(self) -> None:
        self.autosave_timer.stop()  # the next change starts it again
        self.flush_autosave()

    def flush_autosave(self) -> bool:
        """Write the editor's text to the draft's autosave slot if it changed; True if it
        wrote. Runs every AUTOSAVE_INTERVAL_S seconds while there are changes, and when the
        page is left or another draft opened."""
        d = self._draft
        if d is None:
            return False
        text = self.editor.toPlainText()
        if text == self._saved_text:
            return False
        now = self.ctx.clock.now()
        try:
            with self.ctx.store.transaction() as s:
                drafts.autosave(s, d.id, text, now=now, authorship=self.authorship())
        except AtelierError:
            self.autosave_timer.stop()
            return False
        self._saved_text = text
        self._saved_at = now
        self.save_state.setText(self.tr("Autosaved at {time}").format(time=self.time_text(now)))
        return True

    def showEvent(self, event: Any) -> None:
        self._show_route()  # a route changed in Settings, or by `atelier` in a terminal
        super().showEvent(event)
        if not self._sized:
            QTimer.singleShot(0, self._size_columns)  # once the layout has placed the splitter

    def _size_columns(self) -> None:
        width = self.splitter.width()
        if not self._sized and width > SIDE_WIDTH * 3:
            self._sized = True
            handles = self.splitter.handleWidth() * 2
            self.splitter.setSizes([SIDE_WIDTH, width - 2 * SIDE_WIDTH - handles, SIDE_WIDTH])

    def hideEvent(self, event: Any) -> None:
        self.flush_autosave()
        super().hideEvent(event)

    # --- templates and variables -----------------------------------------------------------

    def _load_templates(self) -> None:
        chosen = (self.template_combo.currentData()
                  or str(self.ctx.qsettings.value("draft/template", "") or ""))
        with self.ctx.store.session() as s:
            self._templates = list_templates(s, self.ctx.i18n.language)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self._templates:
            self.template_combo.addItem(t.title, t.id)
            self.template_combo.setItemData(self.template_combo.count() - 1, t.description,
                                            Qt.ItemDataRole.ToolTipRole)
        index = self.template_combo.findData(chosen or OWN_TEMPLATE)
        self.template_combo.setCurrentIndex(max(index, 0))
        self.template_combo.blockSignals(False)
        self._values_order = None
        self._fill_variables(force=True)

    def current_template(self) -> Template | None:
        template_id = self.template_combo.currentData()
        return next((t for t in self._templates if t.id == template_id), None)

    def select_template(self, template_id: str) -> bool:
        index = self.template_combo.findData(template_id)
        if index < 0:
            return False
        self.template_combo.setCurrentIndex(index)
        return True

    def _template_changed(self, _index: int) -> None:
        self._fill_variables(force=True)

    def _template_chosen(self, _index: int) -> None:
        """The person picked a template: it stays the one drafts open with."""
        template = self.current_template()
        if template is not None:
            self.ctx.qsettings.setValue("draft/template", template.id)

    def _default_template(self) -> None:
        """Until the person picks one: a delivery message for an order's draft, else a gig
        description."""
        if not self.ctx.qsettings.value("draft/template"):
            order = self._draft is not None and self._draft.order_id is not None
            self.select_template(ORDER_TEMPLATE if order else OWN_TEMPLATE)

    def _fill_variables(self, *, force: bool = False) -> None:
        """Build the variables form of the template, values from the draft's order (what
        the person typed stays)."""
        template = self.current_template()
        order_id = self._draft.order_id if self._draft else None
        if template is None:
            return
        if not force and self.variables_form.fields and self._values_order == order_id:
            return
        self._values_order = order_id
        self.template_info.setText(template.description)
        self.template_info.setVisible(bool(template.description))
        overrides = {k: v for k, v in self._overrides.items() if k in template.variables}
        try:
            with self.ctx.store.session() as s:
                values = resolve_variables(s, template, order_id=order_id, overrides=overrides)
        except ValidationError:
            values = resolve_variables_offline(template, overrides)
        lang = self.ctx.i18n.language
        self.variables_form.show_variables(template.variables, values,
                                           lambda name: variable_label(name, lang),
                                           needed_text=self.tr("needed"))
        self._show_needed()
        self._target_from_length()
        self._update_actions()

    def _variable_edited(self, name: str) -> None:
        self._overrides[name] = self.variable_values().get(name, "")
        self._show_needed()
        if name == "length":
            self._target_from_length()

    def variable_values(self) -> dict[str, str]:
        """The variables as the form shows them."""
        return self.variables_form.values()

    def set_variable(self, name: str, value: str) -> None:
        self.variables_form.set_value(name, value)

    def missing(self) -> list[str]:
        template = self.current_template()
        return missing_variables(template, self.variable_values()) if template else []

    def _show_needed(self) -> None:
        self.variables_form.mark_missing(self.missing())

    def _focus_first_needed(self) -> None:
        missing = self.missing()
        if missing:
            self.variables_form.focus(missing[0])

    def _target_from_length(self) -> None:
        """The target comes from the template's {length} when it names a number of words;
        otherwise the person sets one in a spin box."""
        words = target_words(self.variable_values().get("length", ""))
        if words:
            self.target_spin.setValue(words)
        self.target_spin.setVisible(not words)
        self.target_caption.setVisible(not words)

    # --- models ---------------------------------------------------------------------------------

    def current_model(self) -> str:
        return self.model_combo.current_model()

    # --- the model writes ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a model writes into the editor (generate, continue, rewrite)."""
        return self._stream is not None

    @property
    def job(self) -> Job | None:
        return self._job

    def generate(self, *, again: bool = False) -> Job | None:
        """Generate (Ctrl+Enter): a first draft from the template, replacing the editor's
        text (saved as a version first). ``again``: the last request once more."""
        if self.busy:
            return None
        template = self.current_template()
        if template is None:
            return None
        last = self._last_messages if again else None
        words = self.target_spin.value()
        try:
            request = (writing.draft_request(last, target=words, again=again) if last else
                       writing.template_draft(template, self.variable_values(), target=words,
                                              again=again))
        except ValidationError as exc:
            self._show_needed()
            self.variables_form.focus(exc.field)
            self._show_message(self.tr(
                "Fill in the fields marked “needed” before generating."), error=True)
            return None
        if not self._has_writer("draft"):
            self._no_model()
            return None
        if self._draft is None and self.new_draft(title=template.title) is None:
            return None
        self._last_messages = list(request.messages)
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        self._retry = lambda: self.generate(again=again)
        return self._start(request, cursor)

    def regenerate(self) -> Job | None:
        return self.generate(again=True)

    def continue_text(self) -> Job | None:
        """Continue: the model writes on from the end of the text."""
        if self.busy or self._draft is None:
            return None
        text = self.editor.toPlainText()
        if not text.strip():
            self._show_message(self.tr("Write or generate some text first."), error=True)
            return None
        if not self._has_writer("draft"):
            self._no_model()
            return None
        request = writing.continue_text(text, self.ctx.i18n.language)
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        lead = "" if text[-1].isspace() else " "
        self._retry = self.continue_text
        return self._start(request, cursor, lead=lead)

    def rewrite_selection(self, kind: str) -> Job | None:
        """Rewrite the selected text (``shorter``, ``longer``, ``formal``, ``friendly``,
        ``grammar``, ``translate-fr``, ``translate-en``): the model's text streams in place
        of the selection, and Ctrl+Z undoes the whole replacement at once."""
        if self.busy or self._draft is None:
            return None
        cursor = self.editor.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        lead, core, trail = writing.split_selection(selected)
        if not core:
            self._show_message(self.tr("Select the words to rewrite first."), error=True)
            return None
        if not self._has_writer("rewrite"):
            self._no_model()
            return None
        request = writing.rewrite(kind, core, self.ctx.i18n.language)
        self._retry = lambda: self.rewrite_selection(kind)
        return self._start(request, QTextCursor(cursor), lead=lead, trail=trail,
                           task="rewrite")

    def stop(self) -> None:
        """Esc: stop the model; what it wrote stays, and is kept as a version."""
        if self._job is not None and self._job.running:
            self._job.cancel()

    def _start(self, request: WritingRequest, cursor: QTextCursor, *, lead: str = "",
               trail: str = "", task: str = "draft") -> Job | None:
        assert self._draft is not None and self.models is not None
        self._hide_message()
        try:  # where it runs; a kept-local client's text is refused before anything is sent
            remote = self._route(task)
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return None
        self._save_person_text()
        model = remote.label if remote is not None else self.current_model()
        self._stream = _Stream(request.kind, model, self._draft.id,
                               self.editor.begin_model_text(cursor, lead=lead, trail=trail))
        max_tokens = request.max_new_tokens
        if self.max_new_tokens is not None:
            max_tokens = min(max_tokens, self.max_new_tokens)
        self._job = self.models.generate(
            model, request.messages, max_new_tokens=max_tokens,
            temperature=request.temperature,
            on_token=self._on_token, on_finished=self._on_finished,
            on_failed=self._on_failed, on_cancelled=self._on_cancelled,
            remote=remote, store=self.ctx.store)
        self.writing_label.setText(
            self.tr("Writing with {model}… (Esc stops)").format(model=model))
        self.writing_label.show()
        self._update_actions()
        return self._job

    def _on_token(self, chunk: str) -> None:
        if self._stream is not None:
            self.editor.add_model_text(self._stream.text, chunk)

    def _end_stream(self) -> _Stream | None:
        st, self._stream, self._job = self._stream, None, None
        if st is not None:
            self.editor.end_model_text(st.text)
        self.writing_label.clear()
        self.writing_label.hide()
        self._update_actions()
        return st

    def _keep(self, st: _Stream) -> bool:
        """Record what the model wrote (the editor's text) as a version of the model's."""
        if not st.text.started:
            if st.text.joined:
                self.editor.undo()  # nothing came: the selection goes back
            return False
        text = self.editor.toPlainText()
        try:
            with self.ctx.store.transaction() as s:
                drafts.record_model_version(s, st.draft_id, text, st.model, note=st.kind,
                                            now=self.ctx.clock.now(),
                                            authorship=self.authorship())
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        self._mark_saved(text)
        self._compare_id = None
        self._load_versions()
        self._emit("drafts", None)
        return True

    def _on_finished(self, _text: str, stats: Any) -> None:
        st = self._end_stream()
        if st is None:
            return
        st.text.removed += getattr(stats, "removed_characters", 0)  # the stream took them out
        if self._keep(st):
            message = self.tr(
                "{model} wrote this text; it is kept as a version. Ctrl+Z puts back what was "
                "there before.").format(model=st.model)
            if getattr(stats, "stop_reason", None) == "length":
                message += " " + self.tr("The answer was cut at the length limit.")
            self._show_message(self._with_removed(st, message), about_text=True)
        else:
            self._show_message(self._with_removed(st, self.tr(
                "The model wrote nothing. Try again, or another model.")), error=True)

    def _on_cancelled(self, _text: str, stats: Any) -> None:
        st = self._end_stream()
        if st is None:
            return
        st.text.removed += getattr(stats, "removed_characters", 0)
        if self._keep(st):
            self._show_message(self._with_removed(st, self.tr(
                "Stopped. What the model wrote is kept as a version.")), about_text=True)
        else:
            self._show_message(self._with_removed(st, self.tr(
                "Stopped before the model wrote anything.")))

    def _with_removed(self, st: _Stream, message: str) -> str:
        """``message``, and how many invisible characters were taken out of the model's text
        (once, at the end of what it wrote)."""
        if not st.text.removed:
            return message
        removed = (self.tr("1 invisible character the model produced was removed.")
                   if st.text.removed == 1 else
                   self.tr("{n} invisible characters the model produced were removed.")
                   .format(n=st.text.removed))
        return f"{message} {removed}"

    def _on_failed(self, error: Any) -> None:
        st = self._end_stream()
        if st is not None and st.text.joined:
            self.editor.undo()  # back to the text as it was
        self._show_message(self.tr("The model could not write: {error}").format(
            error=error_text(error)), error=True)
        # a server that cannot answer (assistants.routing.ServerUnavailable): offer the local
        # model for the same work
        self.gate.failed(error, self._retry, has_local=bool(self.current_model()))

    def _route(self, task: str) -> Any:
        """The server this page's ``task`` goes to (``assistants.routing.Remote``), or None
        for the local model; raises KeptLocal for a client kept on this computer."""
        return self.gate.route(task) if self._draft is not None else None

    def _has_writer(self, task: str) -> bool:
        """A local writing model is chosen, or ``task`` is routed to a server."""
        return bool(self.current_model()) or self.gate.routed(task)

    def _grey_kept_local(self) -> None:
        """Grey the model's buttons whose task goes to a server while the draft's client is
        kept on this computer, and say why (their tooltip and a line above the editor)."""
        if not hasattr(self, "gate"):
            return
        rewrite = [(act, "rewrite") for act in (*self.rewrite_actions.values(),
                                                 *self.translate_actions.values())]
        self.gate.grey([(self.generate_button, "draft"), (self.regenerate_button, "draft"),
                        (self.continue_button, "draft"), (self.rewrite_button, "rewrite"),
                        (self.translate_button, "rewrite"), *rewrite])

    def _use_local_model(self) -> None:
        """“Use the local model” (the gate runs the failed work again after this): this page
        writes with the local model from now on."""
        self._retry = None
        self._hide_message()
        self._show_route()
        self._update_actions()

    def _no_model(self) -> None:
        self._show_message(self.tr(
            "Install a writing model on the Models page first."), error=True)

    # --- the editor --------------------------------------------------------------------------

    def _editor_menu(self, pos: QPoint) -> None:
        menu = self.editor.createStandardContextMenu(pos)
        menu.addSeparator()
        rewrite = menu.addMenu(self.tr("Rewrite the selection"))
        for act in self.rewrite_actions.values():
            rewrite.addAction(act)
        translate = menu.addMenu(self.tr("Translate the selection"))
        for act in self.translate_actions.values():
            translate.addAction(act)
        menu.exec(self.editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def refresh_figures(self) -> None:
        """Counts, target, provenance and the diff of the editor's text (typing refreshes
        them after a short pause; this does it now)."""
        text = self.editor.toPlainText()
        stats = drafts.text_stats(text)
        minutes = stats.reading_minutes
        reading = (self.tr("under 1 min read") if minutes < 1 and stats.words
                   else self.tr("%n min read", "", round(minutes)) if stats.words else "")
        parts = [self.tr("%n word(s)", "", stats.words),
                 self.tr("%n character(s)", "", stats.characters)]
        if reading:
            parts.append(reading)
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setToolTip(self.tr("{n} characters without spaces").format(
            n=stats.characters_no_spaces))
        self._show_target(stats.words)
        prov = self.provenance()
        if prov is not None:
            self.provenance_label.setText(self.tr(
                "You wrote or changed {percent} % of this text").format(
                    percent=prov.rounded_percent))
            self.provenance_label.setToolTip(self.tr(
                "Character by character, spaces left out: you typed or pasted {person} of "
                "{total} characters; {kept} are a model's as it wrote them.").format(
                    person=prov.person, total=prov.total, kept=prov.model))
        else:
            self.provenance_label.setText(self.tr("No AI draft: every word is yours"))
            self.provenance_label.setToolTip("")
        base = self._compare_version()
        if base is not None:
            self.right_split.show_diff(diff(base.text, text), self.tr(
                "From “{version}” ({time}) to the text in the editor").format(
                    version=self.version_label(base), time=self.time_text(base.created_at)))
        else:
            self.right_split.show_diff(None)

    def _show_target(self, words: int) -> None:
        target = self.target_spin.value()
        self.target_bar.setVisible(bool(target))
        self.target_label.setVisible(bool(target))
        if not target:
            return
        self.target_bar.setRange(0, target)
        self.target_bar.setValue(min(words, target))
        reached = writing.target_state(words, target)
        if reached == "over":
            colour, state = style.TARGET_OVER, self.tr("{n} words over the target").format(
                n=words - target)
        elif reached == "met":
            colour, state = style.TARGET_MET, self.tr("On target")
        else:
            colour, state = style.TARGET_SHORT, self.tr("{n} words to go").format(n=target - words)
        self.target_bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 4px; background: palette(midlight); }"
            f"QProgressBar::chunk {{ border-radius: 4px; background: {colour}; }}")
        self.target_label.setText(self.tr("{words} / {target} words").format(
            words=words, target=target))
        for widget in (self.target_bar, self.target_label):
            widget.setToolTip(self.tr("Target length: {state}").format(state=state))

    def provenance(self) -> Provenance | None:
        """The person's share of the editor's text, character by character, from who wrote
        each (None when no model wrote any of this draft)."""
        authorship = self.authorship()
        if self._ai is None and not authorship.has_model:
            return None
        return authorship.share(self.editor.toPlainText(),
                                self._ai.model_id if self._ai is not None else None)

    def provenance_figure(self) -> int | None:
        """The person's share, in percent, as the editor shows it (None without AI draft)."""
        prov = self.provenance()
        return prov.rounded_percent if prov is not None else None

    def _update_actions(self) -> None:
        running = self.busy
        has_draft = self._draft is not None
        has_model = self._has_writer("draft") or self._has_writer("rewrite")
        has_text = bool(self.editor.toPlainText().strip())
        selection = self.editor.textCursor().hasSelection()
        self.generate_button.setEnabled(not running and has_model and self._templates != [])
        self.stop_button.setEnabled(running)
        self.regenerate_button.setEnabled(
            not running and has_model and (self._ai is not None or bool(self._last_messages)))
        self.continue_button.setEnabled(not running and has_model and has_draft and has_text)
        self.rewrite_button.setEnabled(not running and has_model and has_draft)
        self.translate_button.setEnabled(not running and has_model and has_draft)
        for act in (*self.rewrite_actions.values(), *self.translate_actions.values()):
            act.setEnabled(not running and has_model and selection)
        self._grey_kept_local()
        for widget in (self.save_button, self.title_edit, self.attach_button,
                       self.deliver_button, self.drafts_list, self.new_button,
                       self.no_draft_button, self.scope_combo):
            widget.setEnabled(not running)
        self.deliver_button.setVisible(has_draft and self._draft is not None
                                       and self._draft.order_id is not None)
        self._update_deliver()
        self.restore_button.setEnabled(not running and self.selected_version() is not None)
        self.copy_button.setEnabled(has_text)
        self.export_button.setEnabled(has_text and not running)

    # --- out of the editor ---------------------------------------------------------------------

    def provenance_line(self) -> str | None:
        """The "AI-assisted" line that copying and exporting add under the text, when the
        menu's option is on and a model wrote part of the draft (None otherwise)."""
        prov = self.provenance() if self.act_line.isChecked() else None
        return provenance_line(prov, self.ctx.i18n.language) if prov is not None else None

    def _line_toggled(self, checked: bool) -> None:
        self.ctx.qsettings.setValue("draft/provenance_line", "true" if checked else "false")

    def copy_text(self) -> None:
        text = self.editor.toPlainText().strip()
        line = self.provenance_line()
        QGuiApplication.clipboard().setText(f"{text}\n\n{line}" if line else text)
        self.save_state.setText(self.tr("Copied to the clipboard"))

    def export(self, suffix: str = ".docx") -> Job | None:
        """Ask where to write the text as ``suffix`` (.docx, .md, .txt), then export it."""
        d = self._draft
        if d is None:
            return None
        folder = str(self.ctx.qsettings.value("draft/export_dir", "") or Path.home())
        name = re.sub(r'[\\/:*?"<>|]+', "-", d.title).strip() or "draft"
        filters = {".docx": self.tr("Word document (*.docx)"),
                   ".md": self.tr("Markdown (*.md)"), ".txt": self.tr("Plain text (*.txt)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the draft"), str(Path(folder) / f"{name}{suffix}"),
            filters[suffix])
        if not path:
            return None
        if Path(path).suffix.lower() not in filters:
            path += suffix
        self.ctx.qsettings.setValue("draft/export_dir", str(Path(path).parent))
        return self.export_to(path)

    def export_to(self, path: str | Path) -> Job | None:
        """Write the editor's text to ``path`` (.docx, .md or .txt by its extension) in the
        background, with the AI-assisted line when that option is on."""
        d = self._draft
        if d is None:
            return None
        text, title, line = self.editor.toPlainText(), d.title, self.provenance_line()
        target = Path(path)
        found = illegal_paragraphs(text, title)
        if found:
            self._show_message(self._illegal_text(found), error=True)
            return None

        def failed(exc: BaseException) -> None:
            self._show_message(self.tr("The draft was not exported: {error}").format(
                error=error_text(exc)), error=True)

        return self.ctx.jobs.submit(
            self.tr("Exporting {name}…").format(name=target.name),
            lambda _jc: export_text(target, text, title=title, provenance_line=line),
            on_finished=lambda written: self._show_message(
                self.tr("Exported to {path}").format(path=written)),
            on_failed=failed)

    def _illegal_text(self, found: list[Illegal]) -> str:
        """Where the characters a file cannot hold are, in the interface's language: the
        paragraphs that hold some, else the title."""
        paragraphs = [f for f in found if f.paragraph] or found
        codes = ", ".join(dict.fromkeys(c for f in paragraphs for c in f.codes.split(", ")))
        if len(paragraphs) > 1:
            where = self.tr("Paragraphs {numbers}").format(
                numbers=", ".join(str(f.paragraph) for f in paragraphs))
            return self.tr("{where} hold invisible control characters ({codes}): remove "
                           "them before exporting.").format(where=where, codes=codes)
        where = (self.tr("Paragraph {n}").format(n=paragraphs[0].paragraph)
                 if paragraphs[0].paragraph else self.tr("The title"))
        if len(paragraphs[0].characters) > 1:
            return self.tr("{where} holds invisible control characters ({codes}): remove "
                           "them before exporting.").format(where=where, codes=codes)
        return self.tr("{where} holds an invisible control character ({codes}): remove it "
                       "before exporting.").format(where=where, codes=codes)

    def attach(self) -> bool:
        d = self._draft
        if d is None or self.busy:
            return False
        dialog = AttachDialog(self.ctx, d.id, d.order_id, self)
        if not dialog.exec():
            return False
        self._after_attach()
        return True

    def attach_to(self, order_id: int | None) -> bool:
        """Attach the open draft to ``order_id`` (None: detach) without the dialog."""
        d = self._draft
        if d is None:
            return False
        try:
            with self.ctx.store.transaction() as s:
                drafts.attach_to_order(s, d.id, order_id)
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        self._after_attach()
        return True

    def _after_attach(self) -> None:
        self._hide_message()  # what an earlier action said (an export's error) is past
        self._load_meta()
        self._fill_variables()
        self._reload_scope()
        self._reload_drafts()
        self._update_actions()
        self._emit("drafts", "orders")

    def mark_delivered(self) -> bool:
        """Save the text, then move the draft's order to “Delivered” (a refusal of the order's
        state machine is shown, readable, and nothing else changes)."""
        d = self._draft
        if d is None or self.busy:
            return False
        if not self.save_version():
            return False
        try:
            with self.ctx.store.transaction() as s:
                drafts.mark_delivered(s, d.id, at=self.ctx.clock.now())
        except ValidationError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        except AtelierError as exc:
            self._show_message(self.tr("The order was not marked delivered: {reason}").format(
                reason=error_text(exc)), error=True)
            return False
        self._load_meta()
        self._emit("drafts", "orders")
        self._show_message(self.tr("Delivered: “{order}” is now marked delivered.").format(
            order=d.order_title))
        return True

    # --- helpers --------------------------------------------------------------------------

    def _emit(self, *topics: str | None) -> None:
        """Tell the views once what changed ("drafts", "orders": desktop.changes.Changed)."""
        changes = Changed.NONE
        for topic in topics:
            if topic:
                changes |= Changed[topic.upper()]
        self.ctx.events.emit(changes)

    def _show_message(self, text: str, *, error: bool = False, about_text: bool = False) -> None:
        """The banner above the editor; ``about_text``: it says who wrote the editor's text,
        so the person's next edit takes it away (the figure below states the share)."""
        self._message_about_text = about_text
        colours = BANNERS["error" if error else "info"]
        fg = f" color: {colours.foreground};" if colours.foreground else ""
        self.banner.setStyleSheet(
            f"QLabel {{ background: {colours.background}; border: 1px solid {colours.border};"
            f" border-radius: 6px; padding: 6px 10px;{fg} }}")
        self.banner.setText(text)
        self.banner.show()

    def _hide_message(self) -> None:
        self._message_about_text = False
        self.banner.clear()
        self.banner.hide()

    def message(self) -> str:
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    def time_text(self, when: datetime) -> str:
        """“09:41” today, the date and time another day (local time)."""
        local = when.astimezone(self.ctx.i18n.zone)
        today = self.ctx.clock.now().astimezone(self.ctx.i18n.zone).date()
        if local.date() == today:
            return self.ctx.i18n.locale().toString(local.time(),
                                                   QLocale.FormatType.ShortFormat)
        return self.ctx.i18n.datetime(when)

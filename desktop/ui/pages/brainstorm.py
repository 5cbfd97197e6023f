"""The Brainstorm page: design directions for a brief, as cards a designer can look at.

Left, the board: its brief (prefilled from an order's), audience, style keywords, constraints,
how many ideas, temperature, seed and the writing model; Generate / Stop; the history of
rounds. Right, the cards (``IdeaCard``): palette swatches, contrast badges, typography
specimen, wireframe; pin, discard, edit, "More like this", select two to combine, notes.
Export the board (or the pinned cards) as PDF or Markdown, attached to the order.

Generation goes through ``ctx.models.generate``, one request at a time, driven by an
``assistants.brainstorm.BoardRun`` (repair retry, near-duplicates dropped and re-sampled). A
round is written to the store when it ends — finished, stopped or failed — with every raw
answer; an answer that cannot be read becomes a raw card.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistants import brainstorm as ab
from assistants.errors import AssistantError
from desktop.brainstorm_render import write_board_pdf
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text
from desktop.ui import style
from desktop.ui.forms import column_widget, set_line_text
from desktop.ui.pages.base import Page
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.idea_card import IdeaCard
from desktop.ui.widgets.model_picker import ModelPicker
from desktop.ui.widgets.route_gate import RouteGate
from storage import brainstorm as sb
from storage.errors import ValidationError

CARD_WIDTH = 340
RANDOM_SEED = -1
PANEL_STYLE = """
QFrame#BoardPanel { background: palette(window); border-right: 1px solid palette(mid); }
"""


class BrainstormPage(Page):
    """Programmatic use (tests, screenshots): ``open_board(id)``, ``open_for_order(id)``,
    ``new_board()``, ``generate()``, ``stop()``, ``vary(idea_id)``, ``combine()``,
    ``export(path, pinned_only=False)``; ``cards`` maps idea ids to their widgets."""

    topics = Changed.ORDERS | Changed.BRAINSTORM
    open_models = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("BrainstormPage")
        self.models = ctx.models
        self.board_id: int | None = None
        self.order_id: int | None = None
        self.cards: dict[int, IdeaCard] = {}
        self._selected: list[int] = []
        self._run: ab.BoardRun | None = None
        self._run_kind = "ideas"
        self._run_parents: tuple[int, ...] = ()
        self._run_settings: dict[str, Any] = {}
        self._run_removed = 0  # invisible characters the streams of this round took out
        self.job: Job | None = None
        self._stream = ""
        self.last_export: Path | None = None
        #: longest answer per request; None: assistants.brainstorm.answer_budget (tests lower it)
        self.max_new_tokens: int | None = None
        self._columns = 0

        # --- left: the board --------------------------------------------------------------
        self.heading = self.make_heading()
        self.board_combo = QComboBox()
        self.board_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.board_combo.setMinimumContentsLength(10)  # the board row fits 310 px in French
        self.new_board_button = QToolButton()
        self.order_label = style.muted(QLabel(), wrap=True)
        self.brief_edit = QPlainTextEdit()
        self.brief_edit.setTabChangesFocus(True)  # Tab moves on, never types into the brief
        self.brief_edit.setMinimumHeight(80)
        self.brief_edit.setMaximumHeight(130)
        self.brief_error = style.error(QLabel())
        self.brief_error.setWordWrap(True)
        self.brief_error.hide()
        self.audience_edit = QLineEdit()
        self.style_edit = QLineEdit()
        self.constraints_edit = QLineEdit()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 12)
        self.count_spin.setValue(6)
        self.temperature_spin = QDoubleSpinBox()
        self.temperature_spin.setRange(0.0, 2.0)
        self.temperature_spin.setSingleStep(0.1)
        self.temperature_spin.setDecimals(1)
        self.temperature_spin.setValue(0.9)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(RANDOM_SEED, 999_999)
        self.seed_spin.setValue(RANDOM_SEED)
        self.model_combo = ModelPicker(ctx.models, "chat")
        self.models_empty = self.model_combo.add_empty_label()
        self.models_link = self.model_combo.add_models_link(QPushButton())
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.progress_label = style.muted(QLabel(), wrap=True)
        # Where a round runs (assistants.routing): why Generate is greyed for a client kept
        # on this computer, and "Use the local model" after a server failed.
        self.gate = RouteGate(ctx, lambda: {"board_id": self.board_id,
                                            "order_id": self.order_id}, self)
        self.gate.local_chosen.connect(self._update_actions)
        self._retry: Any = None
        self.history_caption = QLabel()
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(90)
        self.history_empty = style.muted(QLabel(), wrap=True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.labels = {k: QLabel() for k in ("audience", "style", "constraints", "count",
                                             "temperature", "seed", "model")}
        form.addRow(self.labels["audience"], self.audience_edit)
        form.addRow(self.labels["style"], self.style_edit)
        form.addRow(self.labels["constraints"], self.constraints_edit)
        # One row each: side by side, count and temperature made the panel wider than its
        # 310 px in French, and the scroll area cut the panel's right side.
        form.addRow(self.labels["count"], self.count_spin)
        form.addRow(self.labels["temperature"], self.temperature_spin)
        form.addRow(self.labels["seed"], self.seed_spin)
        form.addRow(self.labels["model"], self.model_combo)
        self.brief_caption = QLabel()

        board_row = QHBoxLayout()
        board_row.addWidget(self.board_combo, 1)
        board_row.addWidget(self.new_board_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button, 1)
        buttons.addWidget(self.stop_button)

        panel = QFrame()
        panel.setObjectName("BoardPanel")
        panel.setStyleSheet(PANEL_STYLE)
        left = QVBoxLayout(panel)
        left.setContentsMargins(16, 16, 16, 12)
        left.setSpacing(8)
        left.addWidget(self.heading)
        left.addLayout(board_row)
        left.addWidget(self.order_label)
        left.addWidget(self.brief_caption)
        left.addWidget(self.brief_edit)
        left.addWidget(self.brief_error)
        left.addLayout(form)
        left.addWidget(self.models_empty)
        left.addWidget(self.models_link, 0, Qt.AlignmentFlag.AlignLeft)
        left.addLayout(buttons)
        left.addWidget(self.gate.label)
        left.addWidget(self.gate.local_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.progress_label)
        left.addWidget(self.history_caption)
        left.addWidget(self.history, 1)
        left.addWidget(self.history_empty, 1, Qt.AlignmentFlag.AlignTop)  # takes the room then
        left_scroll = QScrollArea()
        left_scroll.setWidget(panel)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setFixedWidth(310)

        # --- right: the cards ------------------------------------------------------------
        self.show_combo = QComboBox()
        self.show_combo.addItem("", "all")
        self.show_combo.addItem("", "pinned")
        self.discarded_check = QCheckBox()
        self.combine_button = QPushButton()
        self.combine_button.setEnabled(False)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_actions = {key: QAction(self) for key in (
            "pdf", "pdf-pinned", "md", "md-pinned")}
        for action in self.export_actions.values():
            self.export_menu.addAction(action)
        self.export_button.setMenu(self.export_menu)
        self.attach_check = QCheckBox()
        self.attach_check.setChecked(True)
        self.summary_label = style.muted(QLabel())
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.setInterval(8000)

        toolbar = QHBoxLayout()  # each side wraps when the window is narrow (1024 px)
        toolbar.setSpacing(8)
        toolbar.addWidget(flow_row(self.show_combo, self.discarded_check, spacing=8))
        toolbar.addStretch(1)
        toolbar.addWidget(flow_row(self.combine_button, self.export_button, spacing=8))
        status = QHBoxLayout()
        status.addWidget(self.summary_label)
        status.addStretch(1)
        status.addWidget(self.attach_check)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(style.MUTED_CSS + " font-size: 14px; padding: 40px;")
        host_layout = column_widget(self.empty_label, self.grid_host, end_stretch=True)
        self.scroll = QScrollArea()
        self.scroll.setWidget(host_layout)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.viewport().installEventFilter(self)

        right = QVBoxLayout()
        right.setContentsMargins(16, 16, 16, 12)
        right.setSpacing(8)
        right.addLayout(toolbar)
        right.addLayout(status)
        right.addWidget(self.message_label)
        right.addWidget(self.scroll, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(left_scroll)
        outer.addLayout(right, 1)

        # --- signals (one place) ---------------------------------------------------------
        self.board_combo.activated.connect(self._board_chosen)
        self.new_board_button.clicked.connect(lambda: self.new_board(self.order_id))
        self.generate_button.clicked.connect(self.generate)
        self.stop_button.clicked.connect(self.stop)
        self.models_link.clicked.connect(self.open_models.emit)
        self.show_combo.currentIndexChanged.connect(lambda _i: self._load_cards())
        self.discarded_check.toggled.connect(lambda _c: self._load_cards())
        self.combine_button.clicked.connect(self.combine)
        self.history.itemActivated.connect(self._show_round)
        self.message_timer.timeout.connect(self.message_label.clear)
        self.export_actions["pdf"].triggered.connect(lambda: self._export_dialog("pdf", False))
        self.export_actions["pdf-pinned"].triggered.connect(
            lambda: self._export_dialog("pdf", True))
        self.export_actions["md"].triggered.connect(lambda: self._export_dialog("md", False))
        self.export_actions["md-pinned"].triggered.connect(
            lambda: self._export_dialog("md", True))
        self.model_combo.reloaded.connect(lambda _has: self._update_actions())
        self.retranslate()
        self._update_actions()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Brainstorm")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Brainstorm"))
        self.new_board_button.setText(self.tr("New board"))
        self.new_board_button.setToolTip(self.tr("Start a new board (the current one is kept)"))
        self.brief_caption.setText(self.tr("Brief"))
        self.brief_edit.setPlaceholderText(self.tr(
            "What the client asked for: the product, the message, where it will be seen…"))
        self.labels["audience"].setText(self.tr("Audience"))
        self.audience_edit.setPlaceholderText(self.tr("Who it is for"))
        self.labels["style"].setText(self.tr("Style"))
        self.style_edit.setPlaceholderText(self.tr("Keywords: retro, warm, minimal…"))
        self.labels["constraints"].setText(self.tr("Constraints"))
        self.constraints_edit.setPlaceholderText(self.tr("Colours to use or avoid, formats…"))
        self.labels["count"].setText(self.tr("Ideas"))
        self.labels["temperature"].setText(self.tr("Temperature"))
        self.temperature_spin.setToolTip(self.tr(
            "Higher gives bolder, more varied ideas; lower, safer ones"))
        self.labels["seed"].setText(self.tr("Seed"))
        self.seed_spin.setSpecialValueText(self.tr("Random"))
        self.seed_spin.setToolTip(self.tr("The same seed and settings give the same ideas again"))
        self.labels["model"].setText(self.tr("Model"))
        self.models_empty.setText(self.tr(
            "Install a writing model on the Models page to generate ideas."))
        self.models_link.setText(self.tr("Open the Models page"))
        self.generate_button.setText(self.tr("Generate ideas"))
        self.stop_button.setText(self.tr("Stop"))
        self.history_caption.setText(self.tr("History"))
        self.history.setToolTip(self.tr("Double-click a round to read the model's answers"))
        self.history_empty.setText(self.tr("Each generation will be listed here."))
        self.show_combo.setItemText(0, self.tr("All ideas"))
        self.show_combo.setItemText(1, self.tr("Pinned only"))
        self.discarded_check.setText(self.tr("Show discarded"))
        self.combine_button.setToolTip(self.tr(
            "Tick two cards, then combine them into a new idea"))
        self.export_button.setText(self.tr("Export"))
        self.export_actions["pdf"].setText(self.tr("Board as PDF…"))
        self.export_actions["pdf-pinned"].setText(self.tr("Pinned ideas as PDF…"))
        self.export_actions["md"].setText(self.tr("Board as Markdown…"))
        self.export_actions["md-pinned"].setText(self.tr("Pinned ideas as Markdown…"))
        self.attach_check.setText(self.tr("Attach exports to the order"))
        self._update_actions()
        self._show_order()
        self._show_summary()
        self._show_empty()
        self._reload_boards()
        self._reload_history()

    def refresh(self) -> None:
        if self.board_id is None and self.order_id is None and not self.busy:
            with self.ctx.store.session() as s:
                latest = sb.latest_board(s)
                latest_id = latest.id if latest is not None else None
            if latest_id is not None:
                self.open_board(latest_id)
                return
        self._reload_boards()
        self._load_cards()
        self._reload_history()
        self._show_order()

    # --- boards -------------------------------------------------------------------------------

    def _reload_boards(self) -> None:
        with self.ctx.store.session() as s:
            boards = [(b.id, b.title, b.created_at) for b in sb.list_boards(s, limit=100)]
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        if self.board_id is None:
            self.board_combo.addItem(self.tr("New board (not saved yet)"), 0)
        for board_id, title, created in boards:
            self.board_combo.addItem(f"{title} — {self.ctx.i18n.date(created)}", board_id)
        self.board_combo.setCurrentIndex(max(self.board_combo.findData(self.board_id or 0), 0))
        self.board_combo.blockSignals(False)

    def _board_chosen(self, index: int) -> None:
        board_id = self.board_combo.itemData(index)
        if board_id and board_id != self.board_id:
            self.open_board(int(board_id))

    def open_board(self, board_id: int) -> bool:
        if self.busy:
            self._message(self.tr("Stop the model before opening another board."), error=True)
            return False
        self._save_form()
        with self.ctx.store.session() as s:
            try:
                board = sb.get_board(s, board_id)
            except ValidationError:
                return False
            self.board_id, self.order_id = board.id, board.order_id
            values = (board.brief, board.audience, board.style, board.constraints)
        self._fill_form(*values)
        self._selected.clear()
        self._reload_boards()
        self._show_order()
        self._load_cards()
        self._reload_history()
        return True

    def new_board(self, order_id: int | None = None) -> None:
        """An empty board (saved with the first generation), prefilled from the order."""
        if self.busy:
            return
        self._save_form()
        self.board_id, self.order_id = None, order_id
        brief = ""
        if order_id is not None:
            with self.ctx.store.session() as s:
                order = sb.order_brief(s, order_id)
            if order is None:
                self.order_id = None
            else:
                brief = order.brief
        self._fill_form(brief, "", "", "")
        self._selected.clear()
        self._reload_boards()
        self._show_order()
        self._load_cards()
        self._reload_history()
        self.brief_edit.setFocus()

    def open_for_order(self, order_id: int) -> int | None:
        """The Orders page's "Brainstorm from this order": the order's latest board, or a new
        one with the order's brief."""
        if self.busy:
            self._message(self.tr("Stop the model before opening another board."), error=True)
            return None
        with self.ctx.store.session() as s:
            board = sb.latest_board(s, order_id)
            board_id = board.id if board is not None else None
        if board_id is not None:
            self.open_board(board_id)
        else:
            self.new_board(order_id)
        return board_id

    def _fill_form(self, brief: str, audience: str, style: str, constraints: str) -> None:
        self.brief_edit.setPlainText(brief)
        set_line_text(self.audience_edit, audience)  # each read from its start
        set_line_text(self.style_edit, style)
        set_line_text(self.constraints_edit, constraints)
        self.brief_error.hide()

    def _form(self) -> dict[str, str]:
        return {"brief": self.brief_edit.toPlainText(), "audience": self.audience_edit.text(),
                "style": self.style_edit.text(), "constraints": self.constraints_edit.text()}

    def _save_form(self) -> None:
        """Keep edits of the brief and settings of the board being left."""
        if self.board_id is None or not self.brief_edit.toPlainText().strip():
            return
        with self.ctx.store.transaction() as s:
            try:
                board = sb.get_board(s, self.board_id)
            except ValidationError:
                return
            if (board.brief, board.audience, board.style, board.constraints) != tuple(
                    v.strip() for v in self._form().values()):
                sb.update_board(s, self.board_id, **self._form(), now=self.ctx.clock.now())

    def save_board(self) -> int | None:
        """The board to generate on: created or updated from the form. A brief is needed:
        without one, None, and the form says so under the brief."""
        self.brief_error.hide()
        try:
            with self.ctx.store.transaction() as s:
                if self.board_id is None:
                    board = sb.create_board(s, **self._form(), order_id=self.order_id,
                                            now=self.ctx.clock.now())
                else:
                    board = sb.update_board(s, self.board_id, **self._form(),
                                            now=self.ctx.clock.now())
                board_id = board.id
        except ValidationError as exc:
            if exc.field == "brief":
                self.brief_error.setText(error_text(exc))
                self.brief_error.show()
                self.brief_edit.setFocus()
            else:
                self._message(error_text(exc), error=True)
            return None
        self.board_id = board_id
        self._reload_boards()
        return board_id

    def _show_order(self) -> None:
        if self.order_id is None:
            self.order_label.setText(self.tr("Not linked to an order"))
            self.attach_check.hide()
            return
        with self.ctx.store.session() as s:
            order = sb.order_brief(s, self.order_id)
        title = order.title if order is not None else ""
        self.order_label.setText(self.tr("For order #{id}: {title}").format(
            id=self.order_id, title=title))
        self.attach_check.setVisible(True)

    def _request(self) -> ab.BriefRequest:
        form = self._form()
        return ab.BriefRequest(form["brief"], form["audience"], form["style"],
                               form["constraints"], language=self.ctx.i18n.language)

    # --- cards ----------------------------------------------------------------------------------

    def _load_cards(self) -> None:
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards.clear()
        rows: list[ab.Card] = []
        if self.board_id is not None:
            with self.ctx.store.session() as s:
                rows = ab.board_cards(s, self.board_id,
                                      include_discarded=self.discarded_check.isChecked(),
                                      pinned_only=self.show_combo.currentData() == "pinned")
        for row in rows:
            assert row.id is not None
            card = IdeaCard(row.id, row.idea, raw_text=row.raw_text, notes=row.notes,
                            pinned=row.pinned, discarded=row.discarded, edited=row.edited,
                            origin=row.origin)
            card.pin_toggled.connect(self.set_pinned)
            card.discard_toggled.connect(self.set_discarded)
            card.edit_requested.connect(self.edit_idea)
            card.vary_requested.connect(self.vary)
            card.notes_changed.connect(self.set_notes)
            card.selection_changed.connect(self._selection_changed)
            card.hex_copied.connect(lambda hex_: self._message(
                self.tr("Copied {hex} to the clipboard.").format(hex=hex_)))
            if row.id in self._selected:
                card.set_selected(True)
            self.cards[row.id] = card
        self._selected = [i for i in self._selected if i in self.cards]
        self._columns = 0
        self._layout_cards()
        self._show_summary()
        self._show_empty()
        self._update_actions()

    def _layout_cards(self) -> None:
        """Cards in as many columns as fit (up to three), each given its exact width so that
        wrapped text gets the height it needs."""
        spacing = self.grid.horizontalSpacing()
        width = self.scroll.viewport().width() - self.grid.contentsMargins().right()
        columns = max(1, min(3, (width + spacing) // (CARD_WIDTH + spacing)))
        card_width = max(CARD_WIDTH - 20, (width - spacing * (columns - 1)) // columns)
        for card in self.cards.values():
            card.fit(card_width)
        if columns == self._columns and all(
                self.grid.indexOf(c) >= 0 for c in self.cards.values()):
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._layout_cards()
        return super().eventFilter(watched, event)

    def _show_summary(self) -> None:
        if self.board_id is None:
            self.summary_label.setText("")
            return
        with self.ctx.store.session() as s:
            counts = sb.count_ideas(s, self.board_id)
        text = self.tr("%n idea(s)", "", counts["shown"])
        if counts["pinned"]:
            text += " · " + self.tr("%n pinned", "", counts["pinned"])
        if counts["discarded"]:
            text += " · " + self.tr("%n discarded", "", counts["discarded"])
        self.summary_label.setText(text)

    def _show_empty(self) -> None:
        if self.cards:
            self.empty_label.hide()
            return
        if self.board_id is None:
            text = self.tr("Describe the brief on the left, then generate ideas: each one comes "
                           "as a card with a palette, fonts and a layout sketch to judge at a "
                           "glance.")
        elif self.show_combo.currentData() == "pinned":
            text = self.tr("No pinned idea yet. Pin the ideas you want to keep.")
        else:
            text = self.tr("No idea on this board yet. Generate some, or show the discarded "
                           "ones.")
        self.empty_label.setText(text)
        self.empty_label.show()

    def _selection_changed(self, idea_id: int, selected: bool) -> None:
        if selected and idea_id not in self._selected:
            self._selected.append(idea_id)
            while len(self._selected) > 2:
                first = self._selected.pop(0)
                if first in self.cards:
                    self.cards[first].set_selected(False)
        elif not selected and idea_id in self._selected:
            self._selected.remove(idea_id)
        self._update_actions()

    def select(self, *idea_ids: int) -> None:
        for idea_id in idea_ids:
            self.cards[idea_id].set_selected(True)

    # --- card actions ---------------------------------------------------------------------------

    def _write(self, fn: Any, *args: Any) -> bool:
        try:
            with self.ctx.store.transaction() as s:
                fn(s, *args, now=self.ctx.clock.now())
        except ValidationError as exc:
            self._message(error_text(exc), error=True)
            return False
        self.ctx.events.emit(Changed.BRAINSTORM)
        return True

    def set_pinned(self, idea_id: int, pinned: bool) -> None:
        if self._write(sb.set_pinned, idea_id, pinned):
            self._show_summary()
            if not pinned and self.show_combo.currentData() == "pinned":
                QTimer.singleShot(0, self._load_cards)

    def set_discarded(self, idea_id: int, discarded: bool) -> None:
        if self._write(sb.set_discarded, idea_id, discarded):
            if idea_id in self._selected:
                self._selected.remove(idea_id)
            QTimer.singleShot(0, self._load_cards)
            self._message(self.tr("Idea discarded: tick “Show discarded” to bring it back.")
                          if discarded else self.tr("Idea restored."))

    def set_notes(self, idea_id: int, notes: str) -> None:
        self._write(sb.set_notes, idea_id, notes)

    def edit_dialog(self, idea_id: int) -> QDialog:
        from desktop.ui.dialogs.idea_dialog import IdeaDialog

        dialog = IdeaDialog(self.ctx, idea_id, parent=self)
        dialog.accepted.connect(lambda: QTimer.singleShot(0, self._load_cards))
        return dialog

    def edit_idea(self, idea_id: int) -> None:
        self.edit_dialog(idea_id).open()

    # --- generation -------------------------------------------------------------------------------

    def current_model(self) -> str:
        return self.model_combo.current_model()

    @property
    def busy(self) -> bool:
        """True while a round (ideas, more like this, combine) runs on the model."""
        return self._run is not None

    def _update_actions(self) -> None:
        busy = self.busy
        has_model = self.models is not None and (bool(self.current_model())
                                                 or self.gate.routed("brainstorm"))
        self.generate_button.setEnabled(has_model and not busy)
        self.stop_button.setEnabled(busy)
        self.combine_button.setText(self.tr("Combine selected ({n}/2)").format(
            n=len(self._selected)))
        self.combine_button.setEnabled(has_model and not busy and len(self._selected) == 2)
        self.export_button.setEnabled(bool(self.cards) and not busy)
        for card in self.cards.values():
            card.vary_button.setEnabled(has_model and not busy)
        for widget in (self.board_combo, self.new_board_button):
            widget.setEnabled(not busy)
        # a client kept on this computer while brainstorming goes to a server: greyed, why
        self.gate.grey([(self.generate_button, "brainstorm"), (self.combine_button, "brainstorm"),
                        *((card.vary_button, "brainstorm") for card in self.cards.values())])

    def _has_writer(self) -> bool:
        """A local writing model is chosen, or brainstorming is routed to a server."""
        return bool(self.current_model()) or self.gate.routed("brainstorm")

    def _existing(self) -> list[ab.Idea]:
        if self.board_id is None:
            return []
        with self.ctx.store.session() as s:
            return ab.board_ideas(s, self.board_id)

    def _seed(self) -> int | None:
        value = self.seed_spin.value()
        return None if value == RANDOM_SEED else value

    def generate(self) -> bool:
        """A round of N new ideas, different from those already on the board."""
        if self.busy or not self._has_writer():
            return False
        if self.save_board() is None:
            return False
        run = ab.BoardRun(self._request(), self.count_spin.value(), seed=self._seed(),
                          existing=self._existing(), max_new_tokens=self.max_new_tokens)
        return self._start(run, "ideas", ())

    def vary(self, idea_id: int) -> bool:
        """"More like this": one new idea in the spirit of a card."""
        if self.busy or not self._has_writer() or self.save_board() is None:
            return False
        idea = self._idea(idea_id)
        if idea is None:
            return False
        req = self._request()
        run = ab.BoardRun(req, 1, seed=self._seed(), existing=self._existing(),
                          prompt=lambda n, avoid: ab.variation_messages(req, idea, n, avoid),
                          max_new_tokens=self.max_new_tokens)
        return self._start(run, "vary", (idea_id,))

    def combine(self) -> bool:
        """A new idea from the two selected cards."""
        if self.busy or len(self._selected) != 2 or not self._has_writer():
            return False
        if self.save_board() is None:
            return False
        first, second = (self._idea(i) for i in self._selected)
        if first is None or second is None:
            self._message(self.tr("An unparsed answer cannot be combined: edit it into an "
                                  "idea first."), error=True)
            return False
        req = self._request()
        run = ab.BoardRun(req, 1, seed=self._seed(), existing=self._existing(),
                          prompt=lambda _n, avoid: ab.combination_messages(
                              req, first, second, avoid),
                          max_new_tokens=self.max_new_tokens)
        return self._start(run, "combine", tuple(self._selected))

    def _idea(self, idea_id: int) -> ab.Idea | None:
        with self.ctx.store.session() as s:
            return ab.load_idea(s, idea_id)

    def _start(self, run: ab.BoardRun, kind: str, parents: tuple[int, ...]) -> bool:
        from storage.errors import ValidationError

        try:  # on a server when the task is routed there; a kept-local client: nothing sent
            remote = self.gate.route("brainstorm")
        except ValidationError as exc:
            self._message(error_text(exc), error=True)
            return False
        self.gate.hide_offer()
        selected = list(self._selected)
        self._retry = {"ideas": self.generate, "vary": lambda: self.vary(parents[0]),
                       "combine": lambda: self._combine_again(selected)}.get(kind)
        self._run, self._run_kind, self._run_parents = run, kind, parents
        self._run_removed = 0
        self._run_settings = {"model": remote.label if remote else self.current_model(),
                              "temperature": self.temperature_spin.value(), "remote": remote}
        self._update_actions()
        self._next()
        return True

    def _next(self) -> None:
        run = self._run
        if run is None:
            return
        step = run.next_step()
        if step is None:
            self._finish()
            return
        assert self.models is not None
        self._stream = ""
        if step.purpose == "repair":
            self.progress_label.setText(self.tr("The answer was not valid JSON: asking the "
                                                "model to repair it…"))
        else:
            self.progress_label.setText(self.tr("Asking for %n idea(s)…", "",
                                                run.n - len(run.ideas)))
        settings = self._run_settings
        self.job = self.models.generate(
            settings["model"], step.messages,
            max_new_tokens=step.max_new_tokens,
            temperature=settings["temperature"], seed=step.seed,
            on_token=self._token, on_finished=self._answered, on_failed=self._failed,
            on_cancelled=self._cancelled, remote=settings.get("remote"), store=self.ctx.store)

    def _token(self, chunk: str) -> None:
        self._stream += chunk
        tail = " ".join(self._stream[-160:].split())
        self.progress_label.setText(self.tr("Writing… {tail}").format(tail=tail))

    def _answered(self, text: str, stats: Any) -> None:
        if self._run is None:
            return
        self._run_removed += getattr(stats, "removed_characters", 0)  # the stream took them out
        self._run.feed(text)
        self._next()

    def _cancelled(self, text: str, stats: Any) -> None:
        if self._run is not None:
            self._run_removed += getattr(stats, "removed_characters", 0)
            self._run.stop(text)
            self._finish(stopped=True)

    def _failed(self, error: AssistantError) -> None:
        if self._run is not None:
            self._run.stop("")
            self._finish(stopped=True, error=error_text(error))
            # a server that cannot answer: the same round with the local model
            self.gate.failed(error, self._retry, has_local=bool(self.current_model()))

    def _combine_again(self, selected: list[int]) -> bool:
        """Combine the two cards that were selected (the failed round unselected them)."""
        if len(selected) != 2 or any(i not in self.cards for i in selected):
            return False
        for idea_id in selected:
            self.cards[idea_id].set_selected(True)
        self._selected = list(selected)
        return self.combine()

    def stop(self) -> None:
        """Stop: the model ends within one step; what it wrote so far is kept."""
        if self.job is not None:
            self.job.cancel()

    def _finish(self, *, stopped: bool = False, error: str = "") -> None:
        run, kind, parents = self._run, self._run_kind, self._run_parents
        self._run, self.job = None, None
        if run is None or self.board_id is None:
            self._update_actions()
            return
        settings = self._run_settings
        new_ids: tuple[int, ...] = ()
        with self.ctx.store.transaction() as s:
            recorded = ab.record_round(s, self.board_id, run, kind=kind,
                                       model=settings["model"],
                                       temperature=settings["temperature"], parents=parents,
                                       stopped=stopped, now=self.ctx.clock.now())
        if recorded is not None:
            new_ids = recorded.idea_ids
            self.ctx.events.emit(Changed.BRAINSTORM)
        if kind == "combine":
            for idea_id in list(self._selected):
                if idea_id in self.cards:
                    self.cards[idea_id].set_selected(False)
            self._selected.clear()
        parts = [self.tr("%n new idea(s)", "", len(run.ideas))]
        if run.raw_texts:
            parts.append(self.tr("%n unparsed answer(s) kept as raw cards", "",
                                 len(run.raw_texts)))
        if run.dropped:
            parts.append(self.tr("%n near-duplicate(s) dropped", "", len(run.dropped)))
        removed = self._run_removed + run.removed_characters  # said once, after the round
        if removed:
            parts.append(self.tr("%n invisible character(s) the model produced were removed",
                                 "", removed))
        if stopped and not error:
            parts.insert(0, self.tr("Stopped"))
        self.progress_label.setText(" · ".join(parts))
        if error:
            self._message(self.tr("The model failed: {error}").format(error=error), error=True)
        self._load_cards()
        self._reload_history()
        self._update_actions()
        if new_ids and new_ids[0] in self.cards:
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(
                self.cards[new_ids[0]]) if new_ids[0] in self.cards else None)

    # --- history --------------------------------------------------------------------------------

    def _reload_history(self) -> None:
        self.history.clear()
        rounds: list[sb.RoundSummary] = []
        if self.board_id is not None:
            with self.ctx.store.session() as s:
                rounds = sb.round_history(s, self.board_id)
        kinds = {"ideas": self.tr("Ideas"), "vary": self.tr("More like this"),
                 "combine": self.tr("Combination")}
        for r in rounds:
            seed_text = str(r.seed) if r.seed is not None else self.tr("random")
            text = self.tr("{when} · {kind}: %n card(s)", "", r.cards).format(
                when=self.ctx.i18n.datetime(r.created_at), kind=kinds.get(r.kind, r.kind))
            detail = self.tr("{model}, temperature {temperature}, seed {seed}").format(
                model=r.model, temperature=r.temperature, seed=seed_text)
            if r.dropped:
                detail += " · " + self.tr("%n near-duplicate(s) dropped", "", r.dropped)
            if r.stopped:
                detail += " · " + self.tr("stopped")
            item = QListWidgetItem(f"{text}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.history.addItem(item)
        self.history.setVisible(bool(rounds))
        self.history_empty.setVisible(not rounds)

    def round_dialog(self, round_id: int) -> QDialog:
        """The model's answers in a round, as written."""
        with self.ctx.store.session() as s:
            outputs = sb.round_answers(s, round_id)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("The model's answers"))
        dialog.resize(640, 480)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        purposes = {"ideas": self.tr("Ideas"), "repair": self.tr("Repair of the JSON")}
        view.setPlainText("\n\n".join(
            f"— {purposes.get(o.get('purpose', ''), o.get('purpose', ''))} —\n{o.get('text', '')}"
            for o in outputs) or self.tr("No answer was kept for this round."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        return dialog

    def _show_round(self, item: QListWidgetItem) -> None:
        self.round_dialog(int(item.data(Qt.ItemDataRole.UserRole))).open()

    # --- export ---------------------------------------------------------------------------------

    def _export_dialog(self, fmt: str, pinned_only: bool) -> None:
        with self.ctx.store.session() as s:
            title = sb.get_board(s, self.board_id).title if self.board_id else "board"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()[:60]
        default = str(Path.home() / f"{safe or 'board'}.{fmt}")
        if fmt == "pdf":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PDF"), default,
                                                  self.tr("PDF (*.pdf)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as Markdown"), default,
                                                  self.tr("Markdown (*.md)"))
        if path:
            self.export(path, pinned_only=pinned_only)

    def export(self, path: str | Path, *, pinned_only: bool = False,
               attach: bool | None = None) -> Job | None:
        """Write the board (or its pinned cards) as PDF or Markdown, in the background; then
        attach the file to the order when asked (the checkbox by default)."""
        path = Path(path)
        if path.suffix.lower() not in (".pdf", ".md"):
            path = path.with_suffix(".pdf")
        board: ab.BoardExport | None = None
        if self.board_id is not None:
            with self.ctx.store.session() as s:
                board = ab.board_export(s, self.board_id, pinned_only=pinned_only)
        if board is None or not board.cards:
            self._message(self.tr("There is no idea to export.") if not pinned_only
                          else self.tr("There is no pinned idea to export."), error=True)
            return None
        board_id = board.board_id
        attach = self.attach_check.isChecked() if attach is None else attach
        attach = attach and self.order_id is not None
        labels = self._markdown_labels()

        def work(_job: Any) -> int:
            if path.suffix.lower() == ".md":
                return ab.write_markdown(path, board, labels)
            return write_board_pdf(path, board.title, board.cards)

        def done(count: int) -> None:
            self.last_export = path
            text = self.tr("Exported %n card(s) to {path}.", "", count).format(path=path)
            if attach:
                with self.ctx.store.transaction() as s:
                    sb.attach_export(s, board_id, str(path), models=sb.board_models(s, board_id),
                                     now=self.ctx.clock.now())
                self.ctx.events.emit(Changed.ORDERS)
                text += " " + self.tr("Attached to the order.")
            self._message(text)

        return self.ctx.jobs.submit(
            self.tr("Exporting the board…"), work, on_finished=done,
            on_failed=lambda error: self._message(
                self.tr("Nothing was exported: {error}").format(error=error_text(error)),
                error=True))

    def _markdown_labels(self) -> dict[str, str]:
        return {
            "brief": self.tr("Brief"), "audience": self.tr("Audience"),
            "style": self.tr("Style"), "constraints": self.tr("Constraints"),
            "palette": self.tr("Palette"), "colour": self.tr("Colour"), "role": self.tr("Role"),
            "contrast": self.tr("Contrast on background"), "typography": self.tr("Typography"),
            "heading": self.tr("Heading"), "body": self.tr("Body"), "layout": self.tr("Layout"),
            "imagery": self.tr("Imagery"), "mood": self.tr("Mood"),
            "why": self.tr("Why it fits"), "raw": self.tr("Unparsed answer"),
        }

    # --- messages -------------------------------------------------------------------------------

    def _message(self, text: str, *, error: bool = False) -> None:
        if error:
            style.error(self.message_label)
        else:
            style.coloured(self.message_label, style.SUCCESS_BRIGHT)
        self.message_label.setText(text)
        self.message_timer.start()

    def hideEvent(self, event: QEvent) -> None:
        self._save_form()
        super().hideEvent(event)

    def round_outputs(self) -> list[dict[str, Any]]:
        """Every answer of the board's latest round (tests)."""
        if self.board_id is None:
            return []
        with self.ctx.store.session() as s:
            rounds = sb.list_rounds(s, self.board_id)
            return sb.round_outputs(rounds[-1]) if rounds else []


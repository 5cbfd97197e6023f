"""An order's plan on the order panel: "Plan" asks the chat model for the brief's tasks (on
the model thread, Stop works), then the checklist: tick tasks off, edit a title or an
estimate (Left/Right to the column, F2), delete (Del, asked first), move (Ctrl+Up/Down),
add one (the line under the list, Enter; an estimate is asked for), run the
timer on a task; the total, where the estimates come from, and a warning marked in colour and
words when the order will be late.

The workflow is storage.plans' and assistants.planning's; here only widgets and wiring.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.jobs import error_text, phrase_text
from desktop.ui import forms, style
from desktop.ui.widgets.flow_layout import flow_row
from desktop.ui.widgets.model_picker import ModelPicker
from desktop.ui.widgets.route_gate import RouteGate
from storage import plans
from storage.errors import ValidationError
from storage.queries import stop_timer
from storage.tables import Order

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.jobs import Job

TITLE, ESTIMATE, TRACKED = 0, 1, 2
OUTLOOK_COLOURS = {"will_be_late": style.ERROR, "tight": style.WARNING,
                   "on_track": style.SUCCESS, "done": style.SUCCESS}


class _NotEditable(QStyledItemDelegate):
    """The Tracked column: what the timer counted, not typed."""

    def createEditor(self, *_args: Any) -> None:
        return None


class PlanPanel(QWidget):
    """The plan of one order (``set_order``). ``open_models``: the person asked for the Models
    page (no chat model is installed)."""

    open_models = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanPanel")
        self.ctx = ctx
        self.models: Any = ctx.models
        self.order_id: int | None = None
        self.state: plans.PlanState | None = None
        self.job: Job | None = None
        self.draft_text = ""  # the model's answer as it streams
        self._filling = False
        self._runs = self._ended = 0  # model runs started, and the last one that ended

        self.heading = style.bold(QLabel())
        self.plan_button = QPushButton()
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.model_combo = ModelPicker(ctx.models, "chat")
        # shrinks, the name elided, rather than widen the order panel (a sideways scroll bar)
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(4)
        self.models_empty = self.model_combo.add_empty_label()
        self.models_link = self.model_combo.add_models_link(QPushButton())
        self.model_combo.reloaded.connect(self._models_reloaded)
        self.message = style.muted(QLabel(), wrap=True)
        # planning follows the drafting route (assistants.routing): an order's plan is its
        # client's work, refused for a client kept on this computer (Plan greyed, why)
        self.gate = RouteGate(ctx, lambda: {"order_id": self.order_id}, self)
        self.gate.local_chosen.connect(self._show_route)
        self.gate.local_chosen.connect(self._update_buttons)
        # drafting routed to a server: which engine and model write the plan (no local model
        # needed, none asked for), as on the Draft page
        self.route_label = style.muted(QLabel(), wrap=True)
        self.route_label.setObjectName("plan_route")
        self.route_label.hide()

        self.tasks = QTreeWidget()
        self.tasks.setColumnCount(3)
        self.tasks.setRootIsDecorated(False)
        self.tasks.setAlternatingRowColors(True)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.tasks.header()
        header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, fit, fit)):
            header.setSectionResizeMode(col, mode)
        self._read_only = _NotEditable(self.tasks)
        self.tasks.setItemDelegateForColumn(TRACKED, self._read_only)
        self.tasks.installEventFilter(self)
        self.tasks.setMinimumHeight(150)

        self.new_title = QLineEdit()
        self.new_estimate = QLineEdit()
        self.new_estimate.setMaximumWidth(90)
        self.add_button = QPushButton()
        self.timer_button = QPushButton()
        self.delete_button = QPushButton()
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.outlook_label = QLabel()
        self.outlook_label.setWordWrap(True)
        self.source_label = style.muted(QLabel(), wrap=True)

        # the model on a line of its own, Plan and Stop under it: side by side the three
        # needed 254 px, and the order panel had a sideways scroll bar at 1024 px in English
        top = QVBoxLayout()
        top.addWidget(self.model_combo)
        top.addWidget(self.route_label)
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.plan_button)
        top_buttons.addStretch(1)
        top_buttons.addWidget(self.stop_button)
        top.addLayout(top_buttons)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_estimate)
        add_row.addWidget(self.add_button)
        # wraps onto two lines rather than widen the order panel (French labels are long)
        buttons = flow_row(self.timer_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.models_empty)
        layout.addWidget(self.models_link)
        layout.addWidget(self.message)
        layout.addWidget(self.gate.label)
        layout.addWidget(self.gate.local_button)
        layout.addWidget(self.outlook_label)
        layout.addWidget(self.tasks, 1)
        layout.addWidget(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.source_label)

        self.plan_button.clicked.connect(self.plan)
        self.stop_button.clicked.connect(self.stop)
        self.models_link.clicked.connect(self.open_models.emit)
        self.add_button.clicked.connect(self.add_task)
        self.new_title.returnPressed.connect(self.add_task)
        self.new_estimate.returnPressed.connect(self.add_task)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.delete_button.clicked.connect(self.delete_task)
        self.tasks.itemChanged.connect(self._item_changed)
        self.tasks.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self._models_reloaded(self.model_combo.has_models())

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Plan"))
        self.plan_button.setText(self.tr("Plan"))
        self.plan_button.setToolTip(self.tr(
            "Break the brief into small tasks with estimates, with the chosen model (replaces "
            "the order's current plan)"))
        self.stop_button.setText(self.tr("Stop"))
        self.models_empty.setText(self.tr(
            "No writing model is installed yet: install one on the Models page to plan an "
            "order."))
        self.models_link.setText(self.tr("Open the Models page"))
        self.tasks.setHeaderLabels([self.tr("Task"), self.tr("Estimate"), self.tr("Tracked")])
        self.new_title.setPlaceholderText(self.tr("Add a task…"))
        # a placeholder figure read as a default that was not kept (0 min): say what it is
        self.new_estimate.setPlaceholderText(self.tr("Estimate"))
        self.new_estimate.setToolTip(self.tr("How long the task will take: 45 min, 1 h 30 "
                                             "or 90"))
        self.add_button.setText(self.tr("Add"))
        self.delete_button.setText(self.tr("Delete task"))
        self.delete_button.setToolTip(self.tr("Delete the selected task (Del)"))
        self.tasks.setToolTip(self.tr(
            "Space ticks a task off · Left/Right picks the title or the estimate, F2 edits "
            "it · Del deletes the task · Ctrl+Up/Down moves it"))
        self.show_state()

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(max(int(minutes), 0), 60)
        if hours:
            return self.tr("{hours} h {minutes:02d}").format(hours=hours, minutes=rest)
        return self.tr("{minutes} min").format(minutes=rest)

    # --- the order's plan -------------------------------------------------------------------

    def set_order(self, order_id: int | None) -> None:
        if order_id != self.order_id and self.job is not None:
            self.stop()
        self.order_id = order_id
        self.reload()

    def reload(self) -> None:
        self._show_route()  # a route changed in Settings, or by `atelier` in a terminal
        self.state = None
        if self.order_id is not None:
            with self.ctx.store.session() as s:
                if s.get(Order, self.order_id) is not None:
                    self.state = plans.plan_state(s, self.order_id, self.ctx.clock.now())
        self.show_state()

    def show_state(self) -> None:
        current = self.current_task_id()
        self._filling = True
        self.tasks.clear()
        state = self.state
        for t in state.tasks if state else []:
            item = QTreeWidgetItem([t.title, self.duration(t.estimate_minutes),
                                    self.duration(t.tracked_seconds // 60)
                                    if t.tracked_seconds else ""])
            item.setData(TITLE, Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(TITLE, Qt.CheckState.Checked if t.done
                               else Qt.CheckState.Unchecked)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            item.setTextAlignment(ESTIMATE, right)
            item.setTextAlignment(TRACKED, right)
            if t.running:
                item.setText(TRACKED, self.tr("▶ {time}").format(
                    time=self.duration(t.tracked_seconds // 60)))
            if t.done:
                font = item.font(TITLE)
                font.setStrikeOut(True)
                item.setFont(TITLE, font)
            self.tasks.addTopLevelItem(item)
            if t.id == current:
                self.tasks.setCurrentItem(item)
        self._filling = False
        self._show_totals()
        self._update_buttons()

    def _show_totals(self) -> None:
        state = self.state
        self.outlook_label.setStyleSheet("")
        if state is None or not state.tasks:
            self.total_label.setText(self.tr(
                "No plan yet: press Plan to break the brief into tasks, or add them above."))
            style.muted(self.total_label)
            self.outlook_label.setText("")
            self.outlook_label.setVisible(False)
            self.source_label.setText("")
            return
        self.total_label.setStyleSheet("")
        self.total_label.setText(self.tr(
            "Total {total} · {left} left · {done} of {count} done").format(
            total=self.duration(state.total_minutes), left=self.duration(state.remaining_minutes),
            done=state.done_count, count=len(state.tasks)))
        self.source_label.setText(self.tr("Estimates: {source}").format(
            source=phrase_text(state.estimate_source, "storage"))
            if state.estimate_source is not None else self.tr("Estimates: your own."))
        self.outlook_label.setText(self.outlook_text())
        self.outlook_label.setVisible(bool(self.outlook_label.text()))
        colour = OUTLOOK_COLOURS.get(state.outlook)
        if colour:
            style.coloured(self.outlook_label, colour)
        font = self.outlook_label.font()
        font.setBold(state.outlook in ("will_be_late", "tight"))
        self.outlook_label.setFont(font)

    def outlook_text(self) -> str:
        state = self.state
        if state is None:
            return ""
        numbers = {"left": self.duration(state.remaining_minutes),
                   "available": self.duration(state.available_minutes or 0)}
        texts = {
            "will_be_late": self.tr("⚠ Will be late: {left} of work left, {available} of "
                                    "working time before the due date."),
            "tight": self.tr("⚠ Tight: {left} of work left, {available} of working time "
                             "before the due date."),
            "on_track": self.tr("On track: {left} of work left, {available} of working time "
                                "before the due date."),
            "done": self.tr("Every task is done."),
        }
        return texts[state.outlook].format(**numbers) if state.outlook in texts else ""

    def current_task_id(self) -> int | None:
        item = self.tasks.currentItem()
        return None if item is None else item.data(TITLE, Qt.ItemDataRole.UserRole)

    def task_line(self, task_id: int | None) -> plans.TaskLine | None:
        if self.state is None or task_id is None:
            return None
        return next((t for t in self.state.tasks if t.id == task_id), None)

    def _update_buttons(self) -> None:
        busy = self.job is not None
        has_order = self.order_id is not None
        self.plan_button.setEnabled(has_order and not busy and (
            self.model_combo.has_models() or self.gate.routed("draft")))
        self.gate.grey([(self.plan_button, "draft")])
        self.stop_button.setEnabled(busy)
        task = self.task_line(self.current_task_id())
        self.delete_button.setEnabled(task is not None and not busy)
        self.timer_button.setEnabled(task is not None)
        self.timer_button.setText(self.tr("Stop timer") if task is not None and task.running
                                  else self.tr("Start timer on this task"))
        for w in (self.new_title, self.new_estimate, self.add_button):
            w.setEnabled(has_order and not busy)

    def _models_reloaded(self, has_models: bool) -> None:
        self._show_route()
        self._update_buttons()

    def _show_route(self) -> None:
        """Where Plan writes: the local model (its picker, or the way to the Models page when
        none is installed), or the engine and model drafting is routed to."""
        route = None
        if not self.gate.use_local:
            from storage import engines

            with self.ctx.store.session() as s:
                route = engines.route(s, "draft")
        routed = route is not None
        self.route_label.setText(self.tr(
            "{model} on the engine “{engine}” writes the plan (Settings › Engines).").format(
                model=route.model, engine=route.engine) if route is not None else "")
        self.route_label.setVisible(routed)
        self.model_combo.setVisible(not routed)
        missing = not routed and not self.model_combo.has_models()
        for widget in (self.models_empty, self.models_link):
            widget.setVisible(missing)

    # --- edits ------------------------------------------------------------------------------

    def _write(self, op: Any, changes: Changed = Changed.TIME) -> bool:
        try:
            self.ctx.write(changes, op)
        except ValidationError as exc:
            forms.warn(self, exc)
            self.reload()
            return False
        self.reload()
        return True

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        task_id = item.data(TITLE, Qt.ItemDataRole.UserRole)
        task = self.task_line(task_id)
        if task is None:
            return
        if column == TITLE:
            done = item.checkState(TITLE) == Qt.CheckState.Checked
            title = item.text(TITLE)
            if done != task.done:
                now = self.ctx.clock.now()
                self._write(lambda s: plans.set_done(s, task_id, done, now))
            elif title != task.title:
                self._write(lambda s: plans.edit_task(s, task_id, title=title))
        elif column == ESTIMATE:
            from assistants.planning import read_minutes

            minutes = read_minutes(item.text(ESTIMATE))
            if minutes is None:
                self._say(self.tr("“{text}” is not a duration: write 45 min, 1 h 30 or "
                                  "90.").format(text=item.text(ESTIMATE)), error=True)
                self.show_state()
                return
            self._write(lambda s: plans.edit_task(s, task_id, estimate_minutes=minutes))

    def set_done(self, task_id: int, done: bool) -> bool:
        now = self.ctx.clock.now()
        return self._write(lambda s: plans.set_done(s, task_id, done, now))

    def add_task(self) -> bool:
        if self.order_id is None:
            return False
        from assistants.planning import read_minutes

        text = self.new_estimate.text().strip()
        if not text and self.new_title.text().strip():
            # an empty estimate was kept as 0 min, under a "45 min" placeholder: ask for it
            self._say(self.tr("How long will “{title}” take? Write an estimate: 45 min, "
                              "1 h 30 or 90.").format(title=self.new_title.text().strip()),
                      error=True, add_row=True)
            self.new_estimate.setFocus()
            return False
        minutes = read_minutes(text) if text else 0
        if minutes is None:
            self._say(self.tr("“{text}” is not a duration: write 45 min, 1 h 30 or 90.")
                      .format(text=text), error=True, add_row=True)
            return False
        order_id, title = self.order_id, self.new_title.text()
        if not self._write(lambda s: plans.add_task(s, order_id, title, minutes)):
            return False
        if self.message.property("addRow"):  # the question it asked is answered
            self._say("")
        self.new_title.clear()
        self.new_estimate.clear()
        self.new_title.setFocus()
        # the next task is typed at once: the add row stays in view once the panel is laid
        # out again (a tester saw the order panel jump back to its top on a first add)
        QTimer.singleShot(0, self._show_add_row)
        return True

    def _show_add_row(self) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.new_title.hasFocus():
            area.ensureWidgetVisible(self.new_title)

    def delete_task(self) -> bool:
        task = self.task_line(self.current_task_id())
        if task is None:
            return False
        # a stray Del must not lose a task: asked, No by default (like orders and clients)
        if not forms.confirm(self, self.tr("Delete task"), self.tr(
                "Delete the task “{title}”? The time tracked on it stays with the "
                "order.").format(title=task.title)):
            return False
        return self._write(lambda s: plans.delete_task(s, task.id))

    def move_task(self, offset: int) -> bool:
        task_id = self.current_task_id()
        if task_id is None:
            return False
        return self._write(lambda s: plans.move_task(s, task_id, offset))

    def toggle_timer(self) -> bool:
        """Start the timer on the selected task (any other timer stops: one runs at a time),
        or stop it."""
        task = self.task_line(self.current_task_id())
        if task is None or self.order_id is None:
            return False
        now, order_id = self.ctx.clock.now(), self.order_id
        if task.running:
            return self._write(lambda s: stop_timer(s, order_id, now))
        return self._write(lambda s: plans.start_task_timer(s, task.id, now))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tasks and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self.tasks.state() \
                != QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete:
                self.delete_task()
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods \
                    and self.tasks.currentItem() is not None:
                # rows are selected whole, so the view keeps column 0: F2 then edited the
                # title only. Left/Right pick the title or the estimate (Tracked is counted)
                column = TITLE if key == Qt.Key.Key_Left else ESTIMATE
                self.tasks.setCurrentItem(self.tasks.currentItem(), column)
                return True
            if key == Qt.Key.Key_Space and self.tasks.currentColumn() != TITLE:
                task = self.task_line(self.current_task_id())
                if task is not None:
                    self.set_done(task.id, not task.done)
                return True
            if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up,
                                                                       Qt.Key.Key_Down):
                self.move_task(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # --- the model --------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False, add_row: bool = False) -> None:
        """``add_row``: about the add row's title or estimate (goes once a task is added)."""
        self.message.setText(text)
        self.message.setProperty("addRow", add_row)
        if error:
            style.error(self.message)
        else:
            style.muted(self.message)

    def plan(self) -> bool:
        """Ask the chosen chat model for the order's tasks; False when it cannot start."""
        if self.order_id is None or self.job is not None:
            return False
        try:  # a server when drafting goes there; a kept-local client: refused, nothing sent
            remote = self.gate.route("draft")
            if remote is not None:  # drafting's route, its own name in the sent log
                remote = replace(remote, task="plan")
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.gate.hide_offer()
        name = remote.label if remote is not None else self.model_combo.current_model()
        if not name or self.models is None:
            self._say(self.tr("No writing model is installed yet: install one on the Models "
                              "page to plan an order."), error=True)
            self.models_link.setVisible(True)
            return False
        from assistants.planning import MAX_NEW_TOKENS, plan_messages

        with self.ctx.store.session() as s:
            order = s.get(Order, self.order_id)
            if order is None:
                return False
            messages = plan_messages(order.title, order.brief)
        self.draft_text = ""
        order_id = self.order_id
        self._say(self.tr("Planning with {model}…").format(model=name))
        self._runs += 1
        run = self._runs
        job = self.models.generate(
            name, messages, max_new_tokens=MAX_NEW_TOKENS, temperature=0.3,
            on_token=self._token,
            on_finished=lambda text, _stats: self._answered(order_id, text),
            on_failed=self._failed,
            on_cancelled=lambda _text, _stats: self._finish(self.tr(
                "Stopped: the plan was not changed.")), remote=remote, store=self.ctx.store)
        if self._runs == run and self._ended < run:  # not answered at once (a fake model)
            self.job = job
        self._update_buttons()
        return True

    def _token(self, chunk: str) -> None:
        self.draft_text += chunk
        lines = [line for line in self.draft_text.splitlines() if line.strip()]
        if lines:
            self._say(lines[-1][:200])

    def _answered(self, order_id: int, text: str) -> None:
        from assistants.planning import PlanParseError, parse_tasks

        self.job = None
        try:
            drafts = parse_tasks(text)
            self.ctx.write(Changed.TIME, lambda s: plans.keep_drafted_plan(s, order_id, drafts))
        except (PlanParseError, ValidationError) as exc:
            self._finish(error_text(exc), error=True)
            return
        self._finish(self.tr("{count} tasks planned.").format(count=len(drafts)))

    def _failed(self, error: Exception) -> None:
        self._finish(error_text(error), error=True)
        # a server that cannot answer: the same plan with the local model
        self.gate.failed(error, self.plan, has_local=self.model_combo.has_models())

    def _finish(self, text: str, *, error: bool = False) -> None:
        self.job = None
        self._ended = self._runs
        self._say(text, error=error)
        self.reload()

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @property
    def busy(self) -> bool:
        return self.job is not None

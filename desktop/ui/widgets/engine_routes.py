"""Where each task runs (Settings › Engines): drafting, rewriting, brainstorming,
pre-translation and embeddings, each on this computer or on an engine with a model.

The choices are ``storage.engines.set_route``/``route`` (settings ``engine_route_<task>``,
``engine_model_<task>``), which ``assistants.routing.choose`` reads for the pages and the CLI.
A choice is saved as soon as it is complete (an engine and a model); a refused one is said
below the rows and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import error_text
from desktop.ui import style
from storage import engines
from storage.errors import ValidationError


class EngineRoutes(QGroupBox):
    """One row per task: "This computer" or an engine, and the server's model id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engine_combos: dict[str, QComboBox] = {}
        self.model_edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._loading = False
        self.intro = style.muted(QLabel(), wrap=True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style.coloured(self.error, style.ERROR)
        self.error.hide()
        form = QFormLayout()
        for task in engines.TASKS:
            combo = QComboBox()
            combo.setObjectName(f"route_{task}")
            model = QLineEdit()
            model.setObjectName(f"route_model_{task}")
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(model, 1)
            label = QLabel()
            form.addRow(label, row)
            self.engine_combos[task], self.model_edits[task], self.labels[task] = \
                combo, model, label
            combo.currentIndexChanged.connect(lambda _i, t=task: self._changed(t))
            model.editingFinished.connect(lambda t=task: self._changed(t))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.retranslate()

    def load(self) -> None:
        self._loading = True
        try:
            with self.ctx.store.session() as s:
                names = [e.name for e in engines.list_engines(s)]
                routes = {t: engines.route(s, t) for t in engines.TASKS}
            for task, combo in self.engine_combos.items():
                combo.clear()
                combo.addItem(self.tr("This computer"), "")
                for name in names:
                    combo.addItem(name, name)
                route = routes[task]
                combo.setCurrentIndex(max(combo.findData(route.engine), 0) if route else 0)
                self.model_edits[task].setText(route.model if route else "")
                self.model_edits[task].setEnabled(route is not None)
            self.setVisible(bool(names))
        finally:
            self._loading = False

    def _changed(self, task: str) -> None:
        if self._loading:
            return
        engine = self.engine_combos[task].currentData() or None
        model_edit = self.model_edits[task]
        model_edit.setEnabled(engine is not None)
        model = model_edit.text().strip()
        if engine is not None and not model:
            model_edit.setFocus()
            return  # complete it first: an engine needs a model
        try:
            self.ctx.write(Changed.SETTINGS, lambda s: engines.set_route(s, task, engine, model))
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        if engine is None:
            model_edit.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where each task runs"))
        self.intro.setText(self.tr(
            "Choose an engine and the model it runs for a task, or this computer. When the "
            "engine cannot be reached, Atelier says so and offers the local model."))
        names = {"draft": self.tr("Drafting"), "rewrite": self.tr("Rewriting"),
                 "brainstorm": self.tr("Brainstorming"), "translate": self.tr("Pre-translation"),
                 "embed": self.tr("Matching (embeddings)")}
        for task, label in self.labels.items():
            label.setText(names[task])
            # an embedding model for the embeddings (a chat model cannot embed)
            self.model_edits[task].setPlaceholderText(
                self.tr("Embedding model id, e.g. nomic-embed-text") if task == "embed"
                else self.tr("Model id, e.g. qwen2.5:7b"))
            combo = self.engine_combos[task]
            if combo.count():
                combo.setItemText(0, self.tr("This computer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

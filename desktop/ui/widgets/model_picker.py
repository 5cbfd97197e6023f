"""The one model picker: a combo of the installed models of one kind.

    self.model_combo = ModelPicker(ctx.models, "chat")
    self.models_empty = self.model_combo.add_empty_label()   # muted, shown while none
    self.models_link = self.model_combo.add_models_link(QPushButton())  # likewise
    self.model_combo.reloaded.connect(self._models_reloaded)  # (has_models: bool)
    ...
    self.models_empty.setText(self.tr("No writing model is installed yet: ..."))
    name = self.model_combo.current_model()                   # "" when none

It fills itself when made and again whenever ``ModelService.installed_changed`` fires; the
choice the person made stays selected while that model is installed, otherwise the default
for the kind (``chat_model`` / ``translation_model``) is selected. With no model installed it
is disabled (or hidden, with ``hide_when_empty``) and its empty label shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from desktop.ui import style

if TYPE_CHECKING:
    from desktop.ai import ModelService

ModelKind = Literal["chat", "translation"]


def _set_shown(widget: QWidget, shown: bool) -> None:
    """Show or hide ``widget``; one not yet placed in a window is not opened as a window of
    its own, it shows with the window it is placed in."""
    if shown and widget.parentWidget() is None:
        widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
    else:
        widget.setVisible(shown)


class ModelPicker(QComboBox):
    """Installed models of ``kind``; item data is the model's name."""

    #: After each reload: whether any model of the kind is installed.
    reloaded = Signal(bool)

    def __init__(self, models: ModelService | None, kind: ModelKind,
                 parent: QWidget | None = None, *, hide_when_empty: bool = False) -> None:
        super().__init__(parent)
        self.models = models
        self.kind: ModelKind = kind
        self.hide_when_empty = hide_when_empty
        self.empty_label: QLabel | None = None
        self.models_link: QPushButton | None = None
        if models is not None:
            models.installed_changed.connect(self.reload)
        self.reload()

    def add_empty_label(self) -> QLabel:
        """A muted, wrapped label (text set by the page) shown while no model is installed;
        the page places it in its layout."""
        if self.empty_label is None:
            self.empty_label = style.muted(QLabel(), wrap=True)
            _set_shown(self.empty_label, not self.has_models())
        return self.empty_label

    def add_models_link(self, button: QPushButton) -> QPushButton:
        """`button` (to the Models page: the page words and connects it) is shown while no
        model of the kind is installed; the page places it in its layout."""
        self.models_link = button
        _set_shown(button, not self.has_models())
        return button

    def default_model(self) -> str:
        if self.models is None:
            return ""
        return self.models.chat_model if self.kind == "chat" else self.models.translation_model

    def reload(self) -> None:
        """List the installed models again, keeping the current choice when it is still
        there, else selecting the default; emits ``reloaded``."""
        names = self.models.installed_names(self.kind) if self.models is not None else []
        current = self.currentData() or self.default_model()
        self.blockSignals(True)
        self.clear()
        for name in names:
            self.addItem(name, name)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)
        has = bool(names)
        if self.hide_when_empty:
            _set_shown(self, has)
        else:
            self.setEnabled(has)
        for shown_when_empty in (self.empty_label, self.models_link):
            if shown_when_empty is not None:
                _set_shown(shown_when_empty, not has)
        self.reloaded.emit(has)

    def has_models(self) -> bool:
        return self.count() > 0

    def current_model(self) -> str:
        """The chosen model's name; "" when none is installed."""
        return str(self.currentData() or "")

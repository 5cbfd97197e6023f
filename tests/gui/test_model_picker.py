"""The one model picker: default selection, refresh when models come and go, the empty state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.widgets.model_picker import ModelPicker


class FakeModels(QObject):
    """What the picker asks of ModelService: installed names by kind, the defaults, the
    signal."""

    installed_changed = Signal()

    def __init__(self, chat: list[str], translation: list[str] | None = None) -> None:
        super().__init__()
        self.names = {"chat": list(chat), "translation": list(translation or [])}
        self.defaults = {"chat": "", "translation": ""}

    def installed_names(self, kind: str) -> list[str]:
        return list(self.names[kind])

    @property
    def chat_model(self) -> str:
        return self.defaults["chat"] or next(iter(self.names["chat"]), "")

    @property
    def translation_model(self) -> str:
        return self.defaults["translation"] or next(iter(self.names["translation"]), "")

    def install(self, kind: str, name: str) -> None:
        self.names[kind].append(name)
        self.installed_changed.emit()

    def delete(self, kind: str, name: str) -> None:
        self.names[kind].remove(name)
        self.installed_changed.emit()


def placed(qtbot, picker: ModelPicker) -> QWidget:
    """The picker and its empty label in a shown window, as a page places them."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(picker)
    layout.addWidget(picker.add_empty_label())
    window.show()
    return window


def items(picker: ModelPicker) -> list[str]:
    return [picker.itemData(i) for i in range(picker.count())]


def test_selects_the_default_model_of_its_kind(qtbot) -> None:
    models = FakeModels(["writer-a", "writer-b"], ["opus-fr-en"])
    models.defaults["chat"] = "writer-b"
    chat = ModelPicker(models, "chat")
    translation = ModelPicker(models, "translation")
    qtbot.addWidget(chat)
    qtbot.addWidget(translation)
    assert items(chat) == ["writer-a", "writer-b"]
    assert chat.current_model() == "writer-b"
    assert items(translation) == ["opus-fr-en"]
    assert translation.current_model() == "opus-fr-en"


def test_refresh_keeps_the_choice_and_follows_installs(qtbot) -> None:
    models = FakeModels(["writer-a", "writer-b"])
    picker = ModelPicker(models, "chat")
    window = placed(qtbot, picker)
    assert window.isVisible()
    picker.setCurrentIndex(picker.findData("writer-b"))
    with qtbot.waitSignal(picker.reloaded) as reloaded:
        models.install("chat", "writer-c")
    assert reloaded.args == [True]
    assert items(picker) == ["writer-a", "writer-b", "writer-c"]
    assert picker.current_model() == "writer-b", "a refresh kept the person's choice"
    models.install("translation", "opus-fr-en")
    assert "opus-fr-en" not in items(picker), "only models of the picker's kind"
    models.delete("chat", "writer-b")
    assert picker.current_model() == "writer-a", "the chosen model went: the default again"


def test_empty_state_then_a_model_arrives(qtbot) -> None:
    models = FakeModels([])
    picker = ModelPicker(models, "chat")
    window = placed(qtbot, picker)
    empty = picker.empty_label
    assert empty is not None and empty.isVisible()
    assert not picker.isEnabled() and picker.current_model() == ""
    assert window.isVisible() and not empty.isWindow()
    with qtbot.waitSignal(picker.reloaded) as reloaded:
        models.install("chat", "writer-a")
    assert reloaded.args == [True]
    assert picker.isEnabled() and picker.current_model() == "writer-a"
    assert not empty.isVisible()
    models.delete("chat", "writer-a")
    assert empty.isVisible() and not picker.isEnabled()


def test_hidden_when_empty_and_never_a_window_of_its_own(qtbot) -> None:
    models = FakeModels([], ["opus-fr-en"])
    picker = ModelPicker(models, "translation", hide_when_empty=True)
    qtbot.addWidget(picker)
    # Made before it is placed: filling it must not open it (or its label) as a window.
    label = picker.add_empty_label()
    assert not picker.isVisible() and not label.isVisible()
    placed_window = QWidget()
    qtbot.addWidget(placed_window)
    QVBoxLayout(placed_window).addWidget(picker)
    placed_window.show()
    assert picker.isVisible()
    models.delete("translation", "opus-fr-en")
    assert not picker.isVisible()
    models.install("translation", "opus-en-fr")
    assert picker.isVisible() and picker.current_model() == "opus-en-fr"


def test_without_a_model_service(qtbot) -> None:
    picker = ModelPicker(None, "chat")
    qtbot.addWidget(picker)
    assert picker.count() == 0 and picker.current_model() == "" and not picker.isEnabled()


def test_the_real_service_with_nothing_installed(ctx, qtbot) -> None:
    picker = ModelPicker(ctx.models, "chat")
    window = placed(qtbot, picker)
    assert window.isVisible()
    assert picker.current_model() == "" and picker.empty_label.isVisible()

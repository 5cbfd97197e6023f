"""Settings › Engines › Where each task runs: each task on this computer or on an engine with
a model, saved as storage.engines routes (what assistants.routing.choose reads)."""

from __future__ import annotations

from desktop.ui.pages.settings_engines import EnginesTab
from storage import engines


def test_a_task_is_routed_to_an_engine_and_back_to_this_computer(ctx, qtbot) -> None:
    tab = EnginesTab(ctx)
    qtbot.addWidget(tab)
    tab.load()
    assert not tab.routes.isVisibleTo(tab)  # no engine yet: nothing to choose
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", "http://127.0.0.1:11434")
    tab.load()
    routes = tab.routes
    assert routes.isVisibleTo(tab)
    combo, model = routes.engine_combos["translate"], routes.model_edits["translate"]
    assert combo.currentText() == "This computer" and not model.isEnabled()
    combo.setCurrentIndex(combo.findData("home"))
    with ctx.store.session() as s:
        assert engines.route(s, "translate") is None  # not complete without a model
    model.setText("qwen2.5:7b")
    model.editingFinished.emit()
    with ctx.store.session() as s:
        assert engines.route(s, "translate") == engines.Route("home", "qwen2.5:7b")
        assert engines.route(s, "draft") is None
    tab.load()  # read back as saved
    assert routes.engine_combos["translate"].currentData() == "home"
    assert routes.model_edits["translate"].text() == "qwen2.5:7b"
    combo.setCurrentIndex(0)
    with ctx.store.session() as s:
        assert engines.route(s, "translate") is None


def test_the_embeddings_route_suggests_an_embedding_model(ctx, qtbot) -> None:
    tab = EnginesTab(ctx)
    qtbot.addWidget(tab)
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", "http://127.0.0.1:11434")
    tab.load()
    embed = tab.routes.model_edits["embed"].placeholderText()
    assert "nomic-embed-text" in embed and "qwen" not in embed
    assert "qwen2.5:7b" in tab.routes.model_edits["draft"].placeholderText()

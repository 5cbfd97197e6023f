"""Embedding models in the app: the Models page lists them with their task and chooses the one
the inbox matches with (kept in the store, setting ``embedding_model``); ModelService loads it
in a slot of its own beside the chat model, gives a synchronous embedder to job-runner workers
(never the GUI thread) and embeds many texts as a job with progress and Cancel."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from assistants.errors import Cancelled
from desktop.ai import model_kind
from desktop.ui.pages.models import ModelsPage
from storage import settings
from tests.gui.conftest import shown
from tests.unit.assistants.conftest import build_bert_encoder

TEXTS = ["Bonjour, je suis une freelance à Paris.", "The quote is ready for the client.",
         "Merci", "I translate documents and write articles.", "Hello"]


@pytest.fixture(scope="module")
def bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bert_encoder(tmp_path_factory.mktemp("gui-embed") / "tiny-bert")


@pytest.fixture
def installed(ctx, tiny_dir: Path, bert_dir: Path) -> tuple[str, str]:
    shutil.copytree(tiny_dir, ctx.models.models_dir / "tiny-writer")
    shutil.copytree(bert_dir, ctx.models.models_dir / "tiny-bert")
    return "tiny-writer", "tiny-bert"


@pytest.fixture
def page(ctx, qtbot, installed) -> Iterator[ModelsPage]:
    yield shown(qtbot, ModelsPage(ctx), 1280, 800)
    ctx.models.shutdown()
    ctx.jobs.wait()


def stored_choice(ctx) -> str:
    with ctx.store.session() as s:
        return settings.get(s, "embedding_model")


def test_an_embedding_model_is_never_offered_for_writing_or_translation(ctx, installed) -> None:
    writer, bert = installed
    m = ctx.models
    assert {i.name: model_kind(i) for i in m.installed()} == {writer: "chat",
                                                              bert: "embedding"}
    assert m.installed_names("chat") == [writer]
    assert m.installed_names("translation") == []
    assert m.installed_names("embedding") == [bert]
    assert m.chat_model == writer and m.translation_model == ""
    assert m.embedding_model(ctx.store) == ""  # nothing chosen yet: words only
    m.shutdown()


def test_the_page_lists_it_and_chooses_it_for_matching_with_the_keyboard(
        page: ModelsPage, ctx, qtbot) -> None:
    assert "intfloat/multilingual-e5-small" in page.cards
    assert page.embedding_title.text() == "Matching requests (sentence vectors)"
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert page.table.item(rows["tiny-bert"], 1).text() == "Matching requests"
    page.select_model("tiny-writer")
    assert not page.embedding_button.isEnabled()
    page.select_model("tiny-bert")
    assert not page.default_chat_button.isEnabled()
    assert page.embedding_button.isEnabled()
    assert page.embedding_button.text() == "Use for matching requests"
    assert page.embedding_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.embedding_button.setFocus()
    qtbot.keyClick(page.embedding_button, Qt.Key.Key_Space)
    assert stored_choice(ctx) == "tiny-bert"
    assert ctx.models.embedding_model(ctx.store) == "tiny-bert"
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert "used for matching requests" in page.table.item(rows["tiny-bert"], 3).text()
    assert not page.embedding_button.isEnabled()


def test_deleting_the_chosen_model_falls_back_to_words(ctx, installed) -> None:
    m = ctx.models
    m.set_embedding_model(ctx.store, "tiny-bert")
    m.delete("tiny-bert")
    assert m.embedding_model(ctx.store) == ""
    m.shutdown()


def test_the_embedder_runs_on_the_model_thread_beside_the_chat_model(
        ctx, qtbot, installed) -> None:
    writer, bert = installed
    m = ctx.models
    load = m.load(writer)
    qtbot.waitUntil(lambda: m.settled(load), timeout=30_000)
    assert m.resident == writer

    ran_on: list[str] = []
    results: list[np.ndarray] = []

    def work(jc):  # a job-runner worker, as the inbox's indexing is
        ran_on.append(threading.current_thread().name)
        return m.embedder(bert, cancel=jc.cancelled)(TEXTS, "passage")

    job = ctx.jobs.submit("index", work, on_finished=results.append)
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert job.state == "finished", job.error
    assert ran_on and ran_on[0] != m.model_thread.name
    vectors = results[0]
    assert vectors.shape == (len(TEXTS), 32) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # the chat model stayed in memory: the embedding model has a slot of its own
    assert m.resident == writer and m.embedding_resident == bert
    m.shutdown()


def test_the_embedder_refuses_the_gui_thread(ctx, installed) -> None:
    with pytest.raises(RuntimeError, match="GUI thread"):
        ctx.models.embedder("tiny-bert")(["Hello"], "query")
    ctx.models.shutdown()


def test_a_cancelled_embedder_call_raises_cancelled(ctx, qtbot, installed) -> None:
    m = ctx.models
    errors: list[BaseException] = []

    def work(jc):
        jc.cancelled.set()  # Cancel pressed before the batch's turn
        try:
            m.embedder("tiny-bert", cancel=jc.cancelled)(TEXTS, "passage")
        except Cancelled as exc:
            errors.append(exc)
        return None

    job = ctx.jobs.submit("index", work)
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert len(errors) == 1
    assert m.embedding_resident == ""  # cancelled before it ran: nothing was loaded
    m.shutdown()


def test_embedding_many_texts_is_a_job_with_progress_and_cancel(ctx, qtbot, installed) -> None:
    m = ctx.models
    seen: list[tuple[int, int]] = []
    results: list[np.ndarray] = []
    texts = TEXTS * 20  # 100 texts: 4 batches of 32
    job = m.embed("tiny-bert", texts, on_progress=lambda d, t: seen.append((d, t)),
                  on_finished=results.append)
    qtbot.waitUntil(lambda: m.settled(job), timeout=30_000)
    assert results[0].shape == (100, 32)
    assert seen[-1] == (100, 100) and (32, 100) in seen

    cancelled: list[bool] = []
    job = m.embed("tiny-bert", texts, on_cancelled=lambda: cancelled.append(True))
    job.cancel()
    qtbot.waitUntil(lambda: m.settled(job), timeout=30_000)
    assert job.state == "cancelled" and cancelled == [True]
    m.shutdown()


def test_writing_with_an_embedding_model_is_refused_without_evicting_the_chat_model(
        ctx, qtbot, installed) -> None:
    from desktop.jobs import error_text

    writer, bert = installed
    m = ctx.models
    load = m.load(writer)
    qtbot.waitUntil(lambda: m.settled(load), timeout=30_000)
    errors: list[str] = []
    for job in (m.generate(bert, "Bonjour", max_new_tokens=4,
                           on_failed=lambda e: errors.append(error_text(e))),
                m.translate(bert, ["Bonjour"], on_failed=lambda e: errors.append(error_text(e)))):
        qtbot.waitUntil(lambda job=job: m.settled(job), timeout=30_000)
    assert errors == [
        "tiny-bert is a sentence-embedding model: choose a writing model to write text.",
        "tiny-bert is a sentence-embedding model: choose a translation model to translate."]
    assert m.resident == writer
    m.shutdown()

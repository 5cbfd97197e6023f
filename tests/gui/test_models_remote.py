"""The Models page's Try it on an inference server (the loopback tests/openai_server.py): once
an engine exists, Try it asks it for the model id typed; the answer streams without the
reasoning, Stop closes the connection, a reply cut for length says so; no local model needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui.pages.models import ModelsPage
from storage import engines, privacy
from tests.gui.conftest import shown
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

PROMPT = "Bonjour, le devis est prêt ?"


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(chunks=("Oui", ", il", " est prêt.")) as srv:
        yield srv


@pytest.fixture
def page(ctx, qtbot, server: OpenAIServer) -> Iterator[ModelsPage]:
    with use_keyring(MemoryKeyring()):
        p = shown(qtbot, ModelsPage(ctx), 1280, 800)
        assert p.try_where.isHidden()  # no engine yet: this computer only
        with ctx.store.transaction() as s:
            engines.add_engine(s, "home", server.url)
            engines.set_route(s, "draft", "home", "tiny-chat")
        p.refresh()
        yield p
        ctx.models.shutdown()
        ctx.jobs.wait()


def _run(page: ModelsPage, qtbot) -> object:
    page.try_where.setCurrentIndex(page.try_where.findData("home"))
    page.prompt.setPlainText(PROMPT)
    job = page.generate()
    assert job is not None
    return job


def _wait(page: ModelsPage, qtbot, job) -> None:
    qtbot.waitUntil(lambda: page.models.settled(job) and page.try_job is None, timeout=15_000)


def test_try_it_streams_from_the_server_without_its_reasoning(page, ctx, qtbot,
                                                              server) -> None:
    server.reasoning = ("The client wants a date.",)
    assert not page.models.installed_names("chat")  # no local model installed
    job = _run(page, qtbot)
    assert page.try_remote_model.text() == "tiny-chat"  # the drafting route's model
    assert page.try_model.isHidden() and page.try_remote_model.isVisible()
    assert not page.models.busy  # network, not the model thread
    _wait(page, qtbot, job)
    assert job.state == "finished", job.error
    assert page.output.toPlainText() == "Oui, il est prêt."
    assert "token" in page.stats.text() and "processor" not in page.stats.text()
    assert PROMPT in server.sent_text()
    with ctx.store.session() as s:
        [sent] = privacy.sent_log(s)
        assert (sent.engine, sent.model, sent.characters) == ("home", "tiny-chat", len(PROMPT))
    assert page.generate_button.isEnabled()


def test_a_reply_cut_for_length_says_so(page, qtbot, server) -> None:
    server.finish_reason = "length"
    job = _run(page, qtbot)
    _wait(page, qtbot, job)
    assert "cut at the length limit" in page.stats.text()


def test_stop_closes_the_connection(page, qtbot, server) -> None:
    server.chunks = tuple(f"mot{i} " for i in range(200))
    server.delay_s = 0.05
    job = _run(page, qtbot)
    qtbot.waitUntil(lambda: bool(page.output.toPlainText()), timeout=10_000)
    page.stop()
    _wait(page, qtbot, job)
    assert job.state == "cancelled"
    assert server.closed_early.wait(5.0)
    assert page.stats.text().startswith("Stopped.") and page.output.toPlainText()


def test_a_missing_model_id_is_asked_for(page, qtbot, server) -> None:
    page.try_where.setCurrentIndex(page.try_where.findData("home"))
    page.try_remote_model.clear()
    page.prompt.setPlainText(PROMPT)
    assert page.generate() is None
    assert page.try_error.text() == "Type the model id the server runs."
    assert server.requests == []

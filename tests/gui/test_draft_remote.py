"""The Draft page and ModelService.generate routed to an inference server (the loopback
tests/openai_server.py): the same job streams from it; Stop closes the connection; a reply
cut for length says so; reasoning never reaches the text; a server that cannot be reached
offers the local model; a client kept on this computer greys the buttons, says why, and
nothing reaches the server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistants import routing
from desktop.ui.pages.draft import DraftPage
from storage import drafts, engines, privacy
from storage.tables import OrderStatus, Origin
from tests.factories import client, order
from tests.gui.test_draft_page import MODEL, make_page
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

BRIEF = "Un logo pour la Boulangerie Secrète, confidentiel."


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(chunks=("Bonjour", " Martin", " !")) as srv:
        yield srv


def _routed(ctx, server: OpenAIServer, *, kept: bool = False) -> int:
    """The draft and rewrite tasks routed to the engine "home"; an order of a client."""
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", server.url)
        engines.set_route(s, "draft", "home", "tiny-chat")
        engines.set_route(s, "rewrite", "home", "tiny-chat")
        c = client(s, "Boulangerie Martin", language="fr")
        if kept:
            privacy.set_keep_local(s, c.id, True)
        return order(s, title="Logo boulangerie", client_obj=c, brief=BRIEF,
                     status=OrderStatus.IN_PROGRESS).id


@pytest.fixture
def page(ctx, qtbot, tiny_dir: Path, memory_keyring) -> Iterator[DraftPage]:
    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    p = make_page(ctx, qtbot)
    yield p
    ctx.models.shutdown()
    ctx.jobs.wait()


def _wait(qtbot, page: DraftPage, job) -> None:
    qtbot.waitUntil(lambda: page.models.settled(job) and job.delivered, timeout=15_000)
    qtbot.waitUntil(lambda: page.job is None, timeout=5_000)


def test_generate_streams_from_the_server_and_keeps_a_version(page, ctx, qtbot, server) -> None:
    server.reasoning = ("Let me think about the baker.",)
    draft_id = page.open_for_order(_routed(ctx, server))
    job = page.generate()
    assert job is not None
    assert not page.models.busy  # network, not torch: the model thread stays free
    _wait(qtbot, page, job)
    assert job.state == "finished", job.error
    assert page.editor.toPlainText() == "Bonjour Martin !"  # no reasoning in the answer
    with ctx.store.session() as s:
        [version] = drafts.list_versions(s, draft_id)
        assert (version.origin, version.model_id) == (Origin.AI, "home/tiny-chat")
        [sent] = privacy.sent_log(s)
        assert (sent.task, sent.engine, sent.model) == ("draft", "home", "tiny-chat")
        assert sent.characters > len(BRIEF)
    assert BRIEF in server.sent_text()
    assert "home/tiny-chat wrote this text" in page.message()


def test_a_reply_cut_for_length_says_so(page, ctx, qtbot, server) -> None:
    server.finish_reason = "length"
    page.open_for_order(_routed(ctx, server))
    job = page.generate()
    _wait(qtbot, page, job)
    assert "cut at the length limit" in page.message()


def test_stop_closes_the_connection(page, ctx, qtbot, server) -> None:
    server.chunks = tuple(f"mot{i} " for i in range(200))
    server.delay_s = 0.05
    page.open_for_order(_routed(ctx, server))
    job = page.generate()
    qtbot.waitUntil(lambda: bool(page.editor.toPlainText()), timeout=10_000)
    page.stop()
    _wait(qtbot, page, job)
    assert job.state == "cancelled"
    assert server.closed_early.wait(5.0)
    assert page.message().startswith("Stopped.")


def test_an_unreachable_server_offers_the_local_model(page, ctx, qtbot, server) -> None:
    page.open_for_order(_routed(ctx, server))
    with ctx.store.transaction() as s:  # the address now points at a closed port
        engines.get_engine(s, "home").base_url = "http://127.0.0.1:9/v1"
    job = page.generate()
    _wait(qtbot, page, job)
    assert job.state == "failed"
    assert isinstance(job.error, routing.ServerUnavailable) or "local model" in page.message()
    assert "Nothing answers at http://127.0.0.1:9/v1" in page.message()
    assert "use the local model" in page.message()
    assert page.local_button.isVisibleTo(page)
    page.local_button.click()  # the same work, with the local model
    local = page.job
    assert local is not None
    qtbot.waitUntil(lambda: page.models.settled(local), timeout=30_000)
    assert local.state == "finished", local.error
    assert page.editor.toPlainText().strip()


def test_a_kept_local_client_greys_the_buttons_and_sends_nothing(page, ctx, qtbot,
                                                                  server) -> None:
    page.open_for_order(_routed(ctx, server, kept=True))
    assert not page.generate_button.isEnabled()
    assert "Boulangerie Martin is kept on this computer" in page.generate_button.toolTip()
    assert page.privacy_label.isVisibleTo(page)
    assert "Boulangerie Martin" in page.privacy_label.text()
    assert page.generate() is None  # even called directly
    assert "kept on this computer" in page.message()
    assert server.requests == [] and BRIEF not in server.sent_text()
    with ctx.store.session() as s:
        assert privacy.sent_log(s) == []


def test_brainstorm_asks_the_server_and_refuses_a_kept_local_client(ctx, qtbot, tiny_dir,
                                                                    server, memory_keyring
                                                                    ) -> None:
    import json

    from desktop.ui.pages.brainstorm import BrainstormPage
    from storage import brainstorm as sb

    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    order_id = _routed(ctx, server)
    with ctx.store.transaction() as s:
        engines.set_route(s, "brainstorm", "home", "tiny-chat")
    server.chunks = (json.dumps([{"title": "Pain doré", "concept": "Un épi stylisé.",
                                  "palette": ["#8d5524", "#f6e7cb", "#2b2b2b"]}]),)
    page = BrainstormPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_for_order(order_id)
    page.count_spin.setValue(1)
    assert page.generate()
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    ctx.jobs.wait()
    assert BRIEF in server.sent_text()
    with ctx.store.session() as s:
        [board] = sb.list_boards(s, order_id=order_id)
        [rnd] = sb.list_rounds(s, board.id)
        assert rnd.model == "home/tiny-chat"
        assert [r.task for r in privacy.sent_log(s)] == ["brainstorm"]
        client_id = board.order.client_id
    with ctx.store.transaction() as s:
        privacy.set_keep_local(s, client_id, True)
    server.requests.clear()
    assert not page.generate()
    assert "Boulangerie Martin is kept on this computer" in page.message_label.text()
    assert server.requests == []
    ctx.models.shutdown()


def test_translate_page_pretranslates_by_the_server_then_resumes_after_cancel(
        ctx, qtbot, tmp_path, server, memory_keyring) -> None:
    from desktop.ui.pages.translate import TranslatePage
    from storage.tables import SegmentStatus
    from storage.translation import projects as tp

    src = tmp_path / "a.txt"
    src.write_text("\n\n".join(f"Phrase numéro {i}." for i in range(6)) + "\n",
                   encoding="utf-8")
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", server.url)
        engines.set_route(s, "translate", "home", "tiny-chat")
        project_id = tp.create_project(s, "P", "fr", "en").id
    page = TranslatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh_after_create(project_id, [src])
    qtbot.waitUntil(lambda: page.idle, timeout=15_000)
    server.chunks = ("Sentence.",)
    server.delay_s = 0.05
    job = page.pretranslate()
    assert job is not None
    qtbot.waitUntil(lambda: len(server.requests) >= 2, timeout=10_000)
    page.cancel_pretranslate()
    qtbot.waitUntil(lambda: page.idle, timeout=15_000)

    def by_status() -> list[tuple[SegmentStatus, str]]:
        with ctx.store.session() as s:
            return [(g.status, g.mt_engine) for g in tp.segments(s, project_id)]

    done = [g for g in by_status() if g[0] is SegmentStatus.MT]
    assert 1 <= len(done) < 6 and set(done) == {(SegmentStatus.MT, "home/tiny-chat")}
    server.delay_s = 0.0
    server.requests.clear()
    page.pretranslate()
    qtbot.waitUntil(lambda: page.idle, timeout=15_000)
    assert by_status() == [(SegmentStatus.MT, "home/tiny-chat")] * 6
    assert len(server.requests) == 6 - len(done)  # only the segments left


def test_a_segment_pretranslated_by_a_server_names_it_in_the_grid(ctx, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from desktop.itemmodels.segments_model import SegmentsModel
    from storage.tables import SegmentStatus, TranslationSegment
    from storage.translation import projects as tp

    src = tmp_path / "a.txt"
    src.write_text("Bonjour.\n\nMerci.\n", encoding="utf-8")
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "P", "fr", "en").id
        tp.import_file(s, project_id, src)
        for seg in s.query(TranslationSegment):
            seg.status, seg.target, seg.mt = SegmentStatus.MT, "Hello.", "Hello."
            seg.mt_engine = "home/tiny-chat" if seg.position == 0 else ""
    model = SegmentsModel(ctx)
    model.set_project(project_id)
    tips = [model.data(model.index(r, model.STATUS), Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())]
    assert tips[0].startswith("Translated by home/tiny-chat (to review)")
    assert tips[1].startswith("Translated by the local model")


def test_with_no_local_model_a_routed_draft_still_writes(ctx, qtbot, server,
                                                         memory_keyring) -> None:
    draft_page = make_page(ctx, qtbot)
    assert draft_page.current_model() == ""
    draft_id = draft_page.open_for_order(_routed(ctx, server))
    assert draft_page.generate_button.isEnabled()
    job = draft_page.generate()
    assert job is not None
    _wait(qtbot, draft_page, job)
    assert draft_page.editor.toPlainText() == "Bonjour Martin !"
    with ctx.store.session() as s:
        assert [v.model_id for v in drafts.list_versions(s, draft_id)] == ["home/tiny-chat"]
    ctx.jobs.wait()


def test_the_inbox_matches_with_a_servers_embeddings_when_routed(ctx, qtbot, server,
                                                                 memory_keyring) -> None:
    from tests.factories import gig_with_packages
    from tests.gui.test_inbox_page import _matched, _page

    server.models = ("tiny-embed",)
    _routed(ctx, server, kept=True)
    with ctx.store.transaction() as s:
        engines.set_route(s, "embed", "home", "tiny-embed")
        gig_with_packages(s, "Minimalist logo design")
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText("I need a minimalist logo for my bakery.")
    _matched(page, qtbot)
    assert page.result.gigs[0].title == "Minimalist logo design"
    assert {path for _m, path, _h, _b in server.requests} == {"/v1/embeddings"}
    assert "minimalist logo for my bakery" in server.sent_text()
    assert BRIEF not in server.sent_text()  # the kept-local client's order stays here
    with ctx.store.session() as s:
        assert {r.task for r in privacy.sent_log(s)} == {"embed"}


def test_the_sent_log_lists_a_draft_sent_while_it_shows(page, ctx, qtbot, server) -> None:
    from desktop.ui.pages.settings_engines import EnginesTab

    page.open_for_order(_routed(ctx, server))
    tab = EnginesTab(ctx)
    qtbot.addWidget(tab)
    tab.show()  # Settings › Engines in another window of the same app, say
    assert tab.log_empty.isVisibleTo(tab)
    job = page.generate()
    _wait(qtbot, page, job)
    qtbot.waitUntil(lambda: tab.log.topLevelItemCount() == 1, timeout=5_000)
    assert tab.log.topLevelItem(0).text(2) == "home · tiny-chat"
    assert not tab.log_empty.isVisibleTo(tab)


def test_a_routed_draft_names_the_engine_that_writes_not_a_missing_local_model(
        ctx, qtbot, server, memory_keyring) -> None:
    from desktop.changes import Changed

    draft_page = make_page(ctx, qtbot)  # no writing model on this computer
    assert draft_page.write_caption.text() == "Write with a local model"
    assert draft_page.models_empty.isVisible()
    draft_page.hide()  # Settings shows; drafting is routed to the server meanwhile
    _routed(ctx, server)
    draft_page.show()
    assert draft_page.write_caption.text() == "Write with a server"
    assert draft_page.route_label.isVisible()
    assert "tiny-chat" in draft_page.route_label.text()
    assert "“home”" in draft_page.route_label.text()
    for local_only in (draft_page.models_empty, draft_page.models_link,
                       draft_page.model_combo, draft_page.model_label):
        assert not local_only.isVisible()
    # back to this computer while the page shows
    ctx.write(Changed.SETTINGS, lambda s: engines.set_route(s, "draft", None))
    assert draft_page.write_caption.text() == "Write with a local model"
    assert not draft_page.route_label.isVisible() and draft_page.models_empty.isVisible()
    ctx.jobs.wait()


def test_writing_through_a_server_keeps_the_status_on_one_line_at_1024(
        page, ctx, qtbot, server) -> None:
    server.chunks = tuple(f"mot{i} " for i in range(200))
    server.delay_s = 0.05
    page.resize(834, 640)  # the page in a 1024×700 window, beside the sidebar
    page.open_for_order(_routed(ctx, server))
    qtbot.wait(10)
    width = page.minimumSizeHint().width()
    job = page.generate()
    qtbot.waitUntil(lambda: bool(page.editor.toPlainText()), timeout=10_000)
    line = page.writing_label.fontMetrics().lineSpacing()
    assert page.writing_label.isVisible()
    assert page.writing_label.height() < 2 * line  # one line, elided, never a column
    assert page.counts_label.height() < 3 * line
    assert page.minimumSizeHint().width() <= max(width, 834)  # the window does not grow
    page.stop()
    _wait(qtbot, page, job)

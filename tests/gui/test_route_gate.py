"""The privacy gate and "Use the local model" on the Brainstorm and Translate pages, as on the
Draft page (desktop/ui/widgets/route_gate.py, one helper for the three): a task routed to a
server greys its controls for a client kept on this computer, saying why and naming them; a
server that cannot be reached offers the local model for the same work."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import engines, privacy
from storage.tables import Order, OrderStatus
from tests.factories import client, order
from tests.gui.test_draft_page import MODEL
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

BRIEF = "Un logo pour la Boulangerie Secrète, confidentiel."
CLOSED = "http://127.0.0.1:9/v1"  # nothing answers there


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    idea = [{"title": "Pain doré", "concept": "Un épi stylisé.",
             "palette": ["#8d5524", "#f6e7cb", "#2b2b2b"]}]
    with OpenAIServer(chunks=(json.dumps(idea),)) as srv, use_keyring(MemoryKeyring()):
        yield srv


def _routed(ctx, server: OpenAIServer, task: str, *, kept: bool) -> int:
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", server.url)
        engines.set_route(s, task, "home", "tiny-chat")
        c = client(s, "Boulangerie Martin", language="fr")
        privacy.set_keep_local(s, c.id, kept)
        return order(s, title="Logo boulangerie", client_obj=c, brief=BRIEF,
                     status=OrderStatus.IN_PROGRESS).id


def _brainstorm(ctx, qtbot, order_id: int):
    from desktop.ui.pages.brainstorm import BrainstormPage

    page = BrainstormPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_for_order(order_id)
    page.count_spin.setValue(1)
    return page


def _translate(ctx, qtbot, tmp_path: Path, order_id: int | None):
    from desktop.ui.pages.translate import TranslatePage
    from storage.translation import projects as tp

    src = tmp_path / "a.txt"
    src.write_text("Bonjour.\n\nMerci.\n", encoding="utf-8")
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "P", "fr", "en", order_id=order_id).id
    page = TranslatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh_after_create(project_id, [src])
    qtbot.waitUntil(lambda: page.idle, timeout=15_000)
    return page


def test_brainstorm_greys_generate_for_a_kept_local_client_and_says_why(ctx, qtbot,
                                                                        server) -> None:
    page = _brainstorm(ctx, qtbot, _routed(ctx, server, "brainstorm", kept=True))
    assert not page.generate_button.isEnabled()
    assert "Boulangerie Martin is kept on this computer" in page.generate_button.toolTip()
    assert page.gate.label.isVisibleTo(page)
    assert "Boulangerie Martin" in page.gate.label.text()
    assert not page.generate()
    assert server.requests == []


def test_brainstorm_routed_needs_no_local_model_and_an_unreachable_server_offers_it(
        ctx, qtbot, tiny_dir: Path, server) -> None:
    page = _brainstorm(ctx, qtbot, _routed(ctx, server, "brainstorm", kept=False))
    assert page.current_model() == ""
    assert page.generate_button.isEnabled()  # routed: no local model needed
    assert not page.gate.label.isVisibleTo(page)
    with ctx.store.transaction() as s:
        engines.get_engine(s, "home").base_url = CLOSED
    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    page.model_combo.reload()
    assert page.generate()
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    assert "Nothing answers at http://127.0.0.1:9/v1" in page.message_label.text()
    assert page.gate.local_button.isVisibleTo(page)
    page.gate.local_button.click()  # the same round, with the local model
    assert page.busy and page.gate.use_local
    assert not page.gate.local_button.isVisibleTo(page)
    page.stop()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    ctx.models.shutdown()
    ctx.jobs.wait()


def test_translate_greys_pretranslate_for_a_kept_local_client_and_says_why(
        ctx, qtbot, tmp_path: Path, server) -> None:
    page = _translate(ctx, qtbot, tmp_path, _routed(ctx, server, "translate", kept=True))
    assert not page.pretranslate_button.isEnabled()
    assert "Boulangerie Martin is kept on this computer" in page.pretranslate_button.toolTip()
    assert page.gate.label.isVisibleTo(page)
    with ctx.store.transaction() as s:  # the client may be sent again: enabled, own tooltip
        privacy.set_keep_local(s, s.get(Order, page.project.order_id).client_id, False)
    page._update_actions()
    assert page.pretranslate_button.isEnabled() and not page.gate.label.isVisibleTo(page)
    assert "kept on this computer" not in page.pretranslate_button.toolTip()
    assert server.requests == []


@pytest.fixture(scope="module")
def marian_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.unit.assistants.conftest import build_seq2seq

    return build_seq2seq(tmp_path_factory.mktemp("route-gate") / "tiny-marian")


def test_translate_offers_the_local_model_when_the_server_cannot_be_reached(
        ctx, qtbot, tmp_path: Path, server, marian_dir: Path) -> None:
    from storage.tables import SegmentStatus
    from storage.translation import projects as tp

    page = _translate(ctx, qtbot, tmp_path, _routed(ctx, server, "translate", kept=False))
    with ctx.store.transaction() as s:
        engines.get_engine(s, "home").base_url = CLOSED
    shutil.copytree(marian_dir, ctx.models.models_dir / "tiny-marian")
    page.model_combo.reload()
    assert page.pretranslate() is not None
    qtbot.waitUntil(lambda: page.idle, timeout=15_000)
    assert "Nothing answers at http://127.0.0.1:9/v1" in page.message_label.text()
    assert page.gate.local_button.isVisibleTo(page)
    page.gate.local_button.click()  # again, with the local translation model
    qtbot.waitUntil(lambda: page.idle, timeout=30_000)
    assert page.gate.use_local and not page.gate.local_button.isVisibleTo(page)
    with ctx.store.session() as s:
        assert {(g.status, g.mt_engine) for g in tp.segments(s, page.project.id)} == {
            (SegmentStatus.MT, "")}  # the local model's
        assert len(privacy.sent_log(s)) == 1  # the server's attempt only
    ctx.models.shutdown()
    ctx.jobs.wait()

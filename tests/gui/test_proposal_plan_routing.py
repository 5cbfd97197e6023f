"""The proposal window and an order's plan follow the drafting route (assistants.routing): on
the loopback tests/openai_server.py when drafting goes there, no local model needed. A proposal
belongs to no client until it is won, and its prompt leaves out the past work of clients kept
on this computer; a plan belongs to its order's client: greyed and refused when they are kept
on this computer, naming them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui.proposal import ProposalDialog, draft_proposal
from storage import drafts, engines, plans, privacy
from storage.tables import Opportunity, OrderStatus, Origin
from tests.factories import client, logo_gig, order
from tests.gui.test_order_plan import ANSWER, _panel
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REQUEST = "Bonjour, je cherche un logo minimaliste pour ma boulangerie."
SECRET_WORK = "Logo livré pour la Pâtisserie Secrète : un croissant en trait fin."


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(chunks=("Bonjour,", " je peux", " le faire.")) as srv, \
            use_keyring(MemoryKeyring()):
        yield srv


def _routed(ctx, server: OpenAIServer) -> None:
    with ctx.store.transaction() as s:
        engines.add_engine(s, "home", server.url)
        engines.set_route(s, "draft", "home", "tiny-chat")


def _request(ctx, *, kept_past_work: bool) -> dict[str, int]:
    """A buyer request, a gig, and a past order of that gig with a text deliverable whose
    client is kept on this computer (or not)."""
    with ctx.store.transaction() as s:
        gig = logo_gig(s)
        c = client(s, "Pâtisserie Secrète")
        privacy.set_keep_local(s, c.id, kept_past_work)
        past = order(s, title="Logo pâtisserie", gig_id=gig.id, client_obj=c,
                     status=OrderStatus.COMPLETED)
        d = drafts.create_draft(s, "Logo pâtisserie", order_id=past.id)
        drafts.record_save(s, d.id, SECRET_WORK)
        opp = Opportunity(title="Logo boulangerie", text=REQUEST, language="fr",
                          client_name="Boulangerie Martin")
        s.add(opp)
        s.flush()
        return {"opp": opp.id, "gig": gig.id, "package": gig.packages[0].id,
                "client": c.id, "past": past.id}


def test_a_proposal_is_written_by_the_server_without_kept_local_past_work(
        ctx, qtbot, server) -> None:
    _routed(ctx, server)
    ids = _request(ctx, kept_past_work=True)
    assert not ctx.models.installed_names("chat")  # no local model needed
    dialog = draft_proposal(ctx, None, ids["opp"], ids["gig"], ids["package"],
                            similar_order_ids=[ids["past"]])
    assert isinstance(dialog, ProposalDialog) and dialog.job is not None
    job = dialog.job
    qtbot.waitUntil(lambda: ctx.models.settled(job), timeout=15_000)
    assert job.state == "finished", job.error
    assert REQUEST in server.sent_text() and SECRET_WORK not in server.sent_text()
    with ctx.store.session() as s:
        draft_id = s.get(Opportunity, ids["opp"]).proposal_id
        [version] = drafts.list_versions(s, draft_id)
        assert (version.origin, version.model_id) == (Origin.AI, "home/tiny-chat")
        assert version.text == "Bonjour, je peux le faire."
        assert [r.task for r in privacy.sent_log(s)] == ["draft"]
    ctx.jobs.wait()


def test_a_won_opportunity_of_a_kept_local_client_is_not_sent(ctx, qtbot, server,
                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _routed(ctx, server)
    ids = _request(ctx, kept_past_work=False)
    with ctx.store.transaction() as s:
        c = client(s, "Boulangerie Martin")
        privacy.set_keep_local(s, c.id, True)
        won = order(s, title="Logo boulangerie", client_obj=c, brief=REQUEST,
                    status=OrderStatus.IN_PROGRESS)
        s.get(Opportunity, ids["opp"]).order_id = won.id
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert draft_proposal(ctx, None, ids["opp"], ids["gig"], ids["package"]) is None
    assert said and "Boulangerie Martin is kept on this computer" in said[0]
    assert server.requests == []


def test_a_plan_is_asked_of_the_server_and_greyed_for_a_kept_local_client(
        ctx, qtbot, server) -> None:
    _routed(ctx, server)
    server.chunks = (ANSWER,)
    with ctx.store.transaction() as s:
        c = client(s, "Boulangerie Martin")
        order_id = order(s, title="Article", client_obj=c, brief="Un article sur le pain.",
                         received="2026-11-20T09:00", due="2026-11-25T18:00").id
    _page, panel = _panel(ctx, qtbot, order_id)
    assert panel.plan_button.isEnabled()  # routed: no local model needed
    assert panel.plan()
    qtbot.waitUntil(lambda: panel.job is None and len(_tasks(ctx, order_id)) == 3,
                    timeout=15_000)
    assert "Un article sur le pain." in server.sent_text()
    with ctx.store.transaction() as s:
        privacy.set_keep_local(s, c.id, True)
    panel.set_order(order_id)
    assert not panel.plan_button.isEnabled()
    assert "Boulangerie Martin is kept on this computer" in panel.plan_button.toolTip()
    assert panel.gate.label.isVisibleTo(panel)
    server.requests.clear()
    assert not panel.plan()
    assert "Boulangerie Martin is kept on this computer" in panel.message.text()
    assert server.requests == []
    ctx.jobs.wait()


def _tasks(ctx, order_id: int) -> list[str]:
    with ctx.store.session() as s:
        return [t.title for t in plans.plan_state(s, order_id, ctx.clock.now()).tasks]


def test_a_routed_plan_names_the_engine_that_writes_it_not_a_missing_local_model(
        ctx, qtbot, server) -> None:
    """Tester's report rw19 N3: with drafting routed to a server and no local model, the plan
    panel said "No writing model is installed yet" (and offered the Models page) while Plan
    wrote through the server; its send was logged as Drafting."""
    assert not ctx.models.installed_names("chat")
    _routed(ctx, server)
    server.chunks = (ANSWER,)
    with ctx.store.transaction() as s:
        order_id = order(s, title="Article", client_obj=client(s, "Boulangerie Martin"),
                         brief="Un article sur le pain.").id
    _page, panel = _panel(ctx, qtbot, order_id)
    assert not panel.models_empty.isVisibleTo(panel)
    assert not panel.models_link.isVisibleTo(panel)
    assert not panel.model_combo.isVisibleTo(panel)  # the local picker is not what writes
    assert panel.route_label.isVisibleTo(panel)
    assert "tiny-chat" in panel.route_label.text() and "“home”" in panel.route_label.text()
    assert "Settings › Engines" in panel.route_label.text()
    assert panel.plan()
    qtbot.waitUntil(lambda: panel.job is None and len(_tasks(ctx, order_id)) == 3,
                    timeout=15_000)
    with ctx.store.session() as s:
        [sent] = privacy.sent_log(s)
        assert (sent.task, sent.engine, sent.model) == ("plan", "home", "tiny-chat")
    # back to this computer (the route removed in Settings): the local picker and the way to
    # the Models page come back
    with ctx.store.transaction() as s:
        engines.set_route(s, "draft", None)
    panel.set_order(order_id)
    assert not panel.route_label.isVisibleTo(panel)
    assert panel.models_empty.isVisibleTo(panel)
    ctx.jobs.wait()

"""Engines (storage.engines) and the privacy gate (storage.privacy)."""

from __future__ import annotations

import pytest

from storage import drafts, settings
from storage.engines import (
    Route,
    add_engine,
    get_engine,
    list_engines,
    remove_engine,
    route,
    set_route,
)
from storage.errors import ValidationError
from storage.privacy import KeptLocal, check_may_send, record_sent, sent_log, set_keep_local
from storage.tables import EngineRow
from tests.factories import at, client, order


def test_an_engine_is_added_with_its_address_normalised_and_ollama_recognised(store) -> None:
    with store.transaction() as s:
        add_engine(s, "home", "127.0.0.1:11434")
        add_engine(s, "gpu", "https://gpu.example:8000/", timeout_s=120)
    with store.session() as s:
        home, gpu = get_engine(s, "home"), get_engine(s, "gpu")
        assert (home.base_url, home.kind) == ("http://127.0.0.1:11434/v1", "ollama")
        assert (gpu.base_url, gpu.kind, gpu.timeout_s) == ("https://gpu.example:8000/v1",
                                                           "openai", 120)
        assert [e.name for e in list_engines(s)] == ["gpu", "home"]


@pytest.mark.parametrize(("kw", "field"), [
    ({"name": "bad name!", "url": "http://h"}, "name"),
    ({"name": "x", "url": "ftp://h"}, "url"),
    ({"name": "x", "url": "http://h", "timeout_s": 0}, "timeout"),
    ({"name": "x", "url": "http://h", "pinned_sha256": "abc"}, "certificate"),
    ({"name": "x", "url": "http://h", "kind": "grpc"}, "kind"),
])
def test_a_bad_engine_is_refused_and_nothing_is_written(store, kw, field) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        add_engine(s, **kw)
    assert err.value.field == field
    with store.session() as s:
        assert list_engines(s) == []


def test_a_second_engine_with_the_same_name_is_refused(store) -> None:
    with store.transaction() as s:
        add_engine(s, "home", "http://h:1234")
    with pytest.raises(ValidationError, match="already exists"), store.transaction() as s:
        add_engine(s, "home", "http://other:1234")


def test_routes_send_a_task_to_an_engine_until_the_engine_is_removed(store) -> None:
    with store.transaction() as s:
        add_engine(s, "home", "http://h:1234")
        assert route(s, "draft") is None
        set_route(s, "draft", "home", "qwen2.5:7b")
        set_route(s, "translate", "home", "qwen2.5:7b")
    with store.session() as s:
        assert route(s, "draft") == Route("home", "qwen2.5:7b")
    with store.transaction() as s:
        set_route(s, "translate", None)
        remove_engine(s, "home")
    with store.session() as s:
        assert route(s, "draft") is None and route(s, "translate") is None
        assert settings.get(s, "engine_route_draft") == ""
    with pytest.raises(ValidationError, match="no engine named"), store.transaction() as s:
        set_route(s, "draft", "gone", "m")


def test_a_client_kept_on_this_computer_refuses_every_piece_of_their_work(store) -> None:
    with store.transaction() as s:
        kept = client(s, "Cabinet Secret")
        other = client(s, "Open Client")
        o1 = order(s, client_obj=kept)
        o2 = order(s, client_obj=other)
        set_keep_local(s, kept.id, True)
        draft = drafts.create_draft(s, "Lettre", order_id=o1.id)
        ids = (kept.id, o1.id, o2.id, draft.id)
    kept_id, o1_id, o2_id, draft_id = ids
    with store.session() as s:
        for work in ({"client_id": kept_id}, {"order_id": o1_id}, {"draft_id": draft_id}):
            with pytest.raises(KeptLocal) as err:
                check_may_send(s, "home", **work)
            assert "Cabinet Secret" in err.value.message and "home" in err.value.message
        check_may_send(s, "home", order_id=o2_id)
        check_may_send(s, "home")  # work that belongs to no client


def test_the_log_keeps_counts_never_content(store) -> None:
    with store.transaction() as s:
        engine = add_engine(s, "home", "http://h:1234")
        record_sent(s, task="draft", engine=engine, model="m", characters=1234,
                    at=at("2026-12-07T10:00"))
        record_sent(s, task="translate", engine=engine, model="m", characters=99,
                    at=at("2026-12-07T11:00"))
    with store.session() as s:
        log = sent_log(s)
        assert [(r.task, r.engine, r.characters) for r in log] == [
            ("translate", "home", 99), ("draft", "home", 1234)]
        assert not hasattr(log[0], "text")
        assert isinstance(get_engine(s, "home"), EngineRow)

"""Brainstorm boards in the store: rounds, cards, pin, discard, notes, edit, vary, combine,
attach an export to the order — all persisted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import brainstorm as bs
from storage.db import open_store
from storage.errors import ValidationError
from storage.tables import DeliverableKind, Origin
from tests.factories import order


def data(title: str) -> dict:
    return {"title": title, "concept": f"{title}, in two sentences.",
            "palette": [{"hex": "#FFFFFF", "role": "background"},
                        {"hex": "#111111", "role": "text"},
                        {"hex": "#C8553D", "role": "accent"}],
            "typography": {"heading": "Lora", "body": "Inter"}, "layout": "header, footer",
            "imagery": [], "mood": ["calm"], "rationale": ""}


def test_board_for_an_order_with_a_round_and_cards(store) -> None:
    with store.transaction() as s:
        o = order(s, title="Logo café", brief="Un logo pour un café de plage")
        board = bs.create_board(s, o.brief, order_id=o.id, audience="familles",
                                style="chaleureux, rétro", constraints="pas de rose")
        rnd = bs.add_round(s, board.id, model="tiny", temperature=0.9, seed=42, requested=3,
                           dropped=1, raw_output=json.dumps([{"purpose": "ideas",
                                                              "seed": 42, "text": "[...]"}]))
        bs.add_idea(s, board.id, data("Sable"), round_id=rnd.id)
        bs.add_idea(s, board.id, raw_text="random words", round_id=rnd.id)
        board_id, order_id = board.id, o.id
    with store.session() as s:
        board = bs.get_board(s, board_id)
        assert (board.title, board.audience, board.style, board.constraints) == (
            "Logo café", "familles", "chaleureux, rétro", "pas de rose")
        assert bs.latest_board(s, order_id).id == board_id
        [rnd] = bs.list_rounds(s, board_id)
        assert (rnd.model, rnd.temperature, rnd.seed, rnd.requested, rnd.dropped) == (
            "tiny", "0.9", 42, 3, 1)
        assert bs.round_outputs(rnd) == [{"purpose": "ideas", "seed": 42, "text": "[...]"}]
        structured, raw = bs.list_ideas(s, board_id)
        assert bs.idea_data(structured)["palette"][0]["hex"] == "#FFFFFF"
        assert structured.title == "Sable" and structured.round_id == rnd.id
        assert bs.idea_data(raw) is None and raw.raw_text == "random words"


def test_pin_discard_notes_edit_vary_combine_persist(tmp_path: Path) -> None:
    path = tmp_path / "atelier.db"
    with open_store(path) as store, store.transaction() as s:
        board = bs.create_board(s, "A poster for a jazz night")
        a = bs.add_idea(s, board.id, data("Blue note"))
        b = bs.add_idea(s, board.id, data("Smoke"))
        c = bs.add_idea(s, board.id, raw_text="unreadable answer")
        bs.set_pinned(s, a.id, True)
        bs.set_discarded(s, b.id, True)
        bs.set_notes(s, a.id, "  the client loves blue  ")
        bs.edit_idea(s, c.id, data("Fixed by hand"))
        v = bs.add_variation(s, a.id, data("Blue note, brighter"))
        m = bs.add_combination(s, a.id, c.id, data("Blue smoke"))
        ids = board.id, a.id, b.id, c.id, v.id, m.id
    board_id, a_id, b_id, c_id, v_id, m_id = ids
    with open_store(path) as store, store.session() as s:  # reopened: all of it persisted
        a, b, c = (bs.get_idea(s, i) for i in (a_id, b_id, c_id))
        assert a.pinned and not a.discarded and a.notes == "the client loves blue"
        assert b.discarded and not b.pinned
        assert c.edited and c.title == "Fixed by hand" and c.raw_text == "unreadable answer"
        assert bs.parent_ids(bs.get_idea(s, v_id)) == [a_id]
        assert bs.parent_ids(bs.get_idea(s, m_id)) == [a_id, c_id]
        shown = [i.id for i in bs.list_ideas(s, board_id)]
        assert shown == [a_id, c_id, v_id, m_id]
        assert [i.id for i in bs.list_ideas(s, board_id, pinned_only=True)] == [a_id]
        assert len(bs.list_ideas(s, board_id, include_discarded=True)) == 5
        assert bs.count_ideas(s, board_id) == {"shown": 4, "pinned": 1, "discarded": 1}
    with open_store(path) as store, store.transaction() as s:
        bs.set_discarded(s, b_id, False)  # restored
        bs.set_discarded(s, a_id, True)  # a discarded card is unpinned
    with open_store(path) as store, store.session() as s:
        assert not bs.get_idea(s, b_id).discarded
        assert not bs.get_idea(s, a_id).pinned


def test_rules(store) -> None:
    with store.transaction() as s:
        other = bs.create_board(s, "Other brief")
        board = bs.create_board(s, "Brief\nsecond line")
        assert board.title == "Brief"
        a = bs.add_idea(s, board.id, data("A"))
        foreign = bs.add_idea(s, other.id, data("Elsewhere"))
        for call, field in [
            (lambda: bs.create_board(s, "   "), "brief"),
            (lambda: bs.create_board(s, "x", order_id=999), "order"),
            (lambda: bs.add_idea(s, board.id, {"title": " "}), "title"),
            (lambda: bs.add_idea(s, board.id, None, raw_text=" "), "raw_text"),
            (lambda: bs.add_combination(s, a.id, a.id, data("Same")), "parents"),
            (lambda: bs.add_combination(s, a.id, foreign.id, data("Mixed")), "parents"),
            (lambda: bs.set_notes(s, a.id, "x" * 5000), "notes"),
            (lambda: bs.get_idea(s, 999), "idea"),
            (lambda: bs.attach_export(s, board.id, "/tmp/b.pdf"), "order"),
        ]:
            with pytest.raises(ValidationError) as err:
                call()
            assert err.value.field == field


def test_attach_export_to_the_order(store) -> None:
    with store.transaction() as s:
        o = order(s, title="Affiche", brief="Une affiche")
        board = bs.create_board(s, o.brief, order_id=o.id)
        bs.add_round(s, board.id, model="tiny")
        first = bs.attach_export(s, board.id, "/exports/board.pdf",
                                 models=bs.board_models(s, board.id))
        again = bs.attach_export(s, board.id, "/exports/board.pdf")
        md = bs.attach_export(s, board.id, "/exports/board.md")
        assert first.id == again.id != md.id
        assert first.kind is DeliverableKind.FILE and first.title == "Brainstorm — Affiche (PDF)"
        v1, v2 = first.versions
        assert (v1.origin, v1.model_id, v1.file_path) == (Origin.AI, "tiny", "/exports/board.pdf")
        assert v2.origin is Origin.HUMAN
        assert [d.title for d in o.deliverables] == [
            "Brainstorm — Affiche (PDF)", "Brainstorm — Affiche (MD)"]


def test_deleting_a_board_deletes_its_cards_and_rounds(store) -> None:
    with store.transaction() as s:
        o = order(s)
        board = bs.create_board(s, "brief", order_id=o.id)
        rnd = bs.add_round(s, board.id)
        bs.add_idea(s, board.id, data("A"), round_id=rnd.id)
        bid = board.id
    with store.transaction() as s:
        bs.delete_board(s, bid)
    with store.session() as s:
        assert bs.list_boards(s) == [] and bs.list_ideas(s, bid) == []
        assert bs.list_rounds(s, bid) == []


def test_round_history_newest_first_with_its_card_counts(store) -> None:
    with store.transaction() as s:
        o = order(s, title="Affiche", brief="Une affiche pour un concert")
        board = bs.create_board(s, o.brief, order_id=o.id)
        first = bs.add_round(s, board.id, model="tiny", temperature=0.9, seed=5, requested=2,
                             raw_output=json.dumps([{"purpose": "ideas", "seed": 5,
                                                     "text": "[...]"}]))
        a = bs.add_idea(s, board.id, data("A"), round_id=first.id)
        bs.add_idea(s, board.id, raw_text="words", round_id=first.id)
        second = bs.add_round(s, board.id, kind="vary", model="small", temperature=0.5,
                              dropped=1, stopped=True)
        v = bs.add_variation(s, a.id, data("A, again"), round_id=second.id)
        bs.set_discarded(s, v.id, True)  # a discarded card still counts in its round
        empty = bs.add_round(s, board.id, model="tiny")
        board_id, order_id, ids = board.id, o.id, (first.id, second.id, empty.id)
    with store.session() as s:
        history = bs.round_history(s, board_id)
        assert [(h.id, h.kind, h.model, h.cards) for h in history] == [
            (ids[2], "ideas", "tiny", 0), (ids[1], "vary", "small", 1),
            (ids[0], "ideas", "tiny", 2)]
        assert (history[1].temperature, history[1].seed, history[1].dropped,
                history[1].stopped) == ("0.5", None, 1, True)
        assert history[2].seed == 5 and history[2].created_at is not None
        assert bs.round_answers(s, ids[0]) == [{"purpose": "ideas", "seed": 5, "text": "[...]"}]
        assert bs.round_answers(s, 999) == []
        found = bs.order_brief(s, order_id)
        assert (found.id, found.title, found.brief) == (order_id, "Affiche",
                                                        "Une affiche pour un concert")
        assert bs.order_brief(s, 999) is None

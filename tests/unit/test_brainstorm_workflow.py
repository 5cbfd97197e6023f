"""The brainstorm workflow below the UI, which the page and `atelier brainstorm` both call: the
token budget of each request, recording a round with its cards, turning stored rows into
cards, and the Markdown export of a board."""

from __future__ import annotations

import json
from pathlib import Path

from assistants import brainstorm as ab
from storage import brainstorm as sb
from tests.factories import order


def idea(title: str, concept: str = "") -> dict:
    return {"title": title, "concept": concept or f"{title}: a concept of its own.",
            "palette": [{"hex": "#F6F1E7", "role": "background"},
                        {"hex": "#1F2A44", "role": "text"},
                        {"hex": "#C8553D", "role": "accent"}],
            "typography": {"heading": "Lora", "body": "Inter"},
            "layout": "header, hero, footer", "imagery": [], "mood": ["calm"],
            "rationale": "Fits."}


def answer(*titles: str) -> str:
    concepts = {"Tide table": "Blue tide charts and sand paper textures.",
                "Neon night": "Bold neon signs glowing on black for a late club.",
                "Market stall": "Chalk boards, crates of oranges, hand-painted prices."}
    return json.dumps({"ideas": [idea(t, concepts.get(t, "")) for t in titles]})


def test_each_request_asks_for_the_tokens_of_the_ideas_it_still_wants() -> None:
    run = ab.BoardRun(ab.BriefRequest("A seaside café logo"), 3, seed=1)
    first = run.next_step()
    assert first is not None and first.max_new_tokens == 260 * 3 + 120
    run.feed(answer("Tide table"))  # one of three: the next request asks for two
    second = run.next_step()
    assert second is not None and second.max_new_tokens == 260 * 2 + 120
    run.feed("no JSON at all")  # the repair rewrites that answer: the same budget
    repair = run.next_step()
    assert repair is not None and repair.purpose == "repair"
    assert repair.max_new_tokens == second.max_new_tokens
    assert ab.answer_budget(3) == 900 and ab.answer_budget(3, limit=24) == 24
    limited = ab.BoardRun(ab.BriefRequest("brief"), 6, max_new_tokens=40)
    assert limited.next_step().max_new_tokens == 40


def test_a_round_is_recorded_with_its_ideas_and_raw_answers(store) -> None:
    with store.transaction() as s:
        board_id = sb.create_board(s, "A seaside café logo").id
    run = ab.BoardRun(ab.BriefRequest("A seaside café logo"), 2, seed=5)
    run.feed(answer("Tide table", "Neon night"))
    with store.transaction() as s:
        recorded = ab.record_round(s, board_id, run, kind="ideas", model="tiny",
                                   temperature=0.9)
    assert recorded is not None and len(recorded.idea_ids) == 2
    with store.session() as s:
        [rnd] = sb.list_rounds(s, board_id)
        assert (rnd.kind, rnd.model, rnd.seed, rnd.requested, rnd.temperature,
                rnd.stopped) == ("ideas", "tiny", 5, 2, "0.9", False)
        assert [o["purpose"] for o in sb.round_outputs(rnd)] == ["ideas"]
        assert [i.title for i in sb.list_ideas(s, board_id)] == ["Tide table", "Neon night"]
        parent = recorded.idea_ids[0]

    # "More like this", stopped half-way: the new card names its parent; an unreadable
    # partial answer is kept as a raw card (without parents).
    vary = ab.BoardRun(ab.BriefRequest("A seaside café logo"), 1, seed=7)
    vary.stop("half a sentence")
    with store.transaction() as s:
        recorded = ab.record_round(s, board_id, vary, kind="vary", model="tiny",
                                   temperature=0.5, parents=(parent,), stopped=True)
    assert recorded is not None and len(recorded.idea_ids) == 1
    with store.session() as s:
        raw = sb.get_idea(s, recorded.idea_ids[0])
        assert raw.raw_text == "half a sentence" and sb.parent_ids(raw) == []
        assert sb.list_rounds(s, board_id)[-1].stopped

    vary = ab.BoardRun(ab.BriefRequest("brief"), 1)
    vary.feed(answer("Market stall"))
    with store.transaction() as s:
        recorded = ab.record_round(s, board_id, vary, kind="vary", model="tiny",
                                   temperature=0.5, parents=(parent,))
        assert sb.parent_ids(sb.get_idea(s, recorded.idea_ids[0])) == [parent]

    nothing = ab.BoardRun(ab.BriefRequest("brief"), 1)
    nothing.stop("")
    with store.transaction() as s:  # Stop before any answer: nothing to keep
        assert ab.record_round(s, board_id, nothing, kind="ideas", model="tiny",
                               temperature=0.9) is None
    with store.session() as s:
        assert len(sb.list_rounds(s, board_id)) == 3


def test_rows_become_cards_for_the_board_and_its_exports(store) -> None:
    with store.transaction() as s:
        board_id = sb.create_board(s, "brief").id
        rnd = sb.add_round(s, board_id, kind="ideas", model="tiny")
        first = sb.add_idea(s, board_id, idea("Tide table"), round_id=rnd.id).id
        raw = sb.add_idea(s, board_id, raw_text="random words", round_id=rnd.id).id
        vary = sb.add_round(s, board_id, kind="vary", model="tiny")
        child = sb.add_variation(s, first, idea("Tide table, darker"), round_id=vary.id).id
        sb.set_pinned(s, first, True)
        sb.set_notes(s, first, "Show first")
        sb.set_discarded(s, child, True)
    with store.session() as s:
        cards = ab.board_cards(s, board_id)
        assert [c.id for c in cards] == [first, raw]
        tide, unparsed = cards
        assert tide.idea is not None and tide.idea.title == "Tide table"
        assert (tide.pinned, tide.notes, tide.origin) == (True, "Show first", "")
        assert unparsed.idea is None and unparsed.raw_text == "random words"
        everything = ab.board_cards(s, board_id, include_discarded=True)
        assert [(c.id, c.discarded, c.origin) for c in everything][-1] == (child, True, "vary")
        assert [c.id for c in ab.board_cards(s, board_id, pinned_only=True)] == [first]
        assert [i.title for i in ab.board_ideas(s, board_id)] == ["Tide table"]
        assert ab.load_idea(s, raw) is None and ab.load_idea(s, first).title == "Tide table"


def test_markdown_export_of_the_pinned_cards(store, tmp_path: Path) -> None:
    with store.transaction() as s:
        o = order(s, title="Café", brief="A seaside café logo")
        board_id = sb.create_board(s, o.brief, order_id=o.id, style="retro").id
        ids = [sb.add_idea(s, board_id, idea(t)).id for t in ("One", "Two", "Three", "Four")]
        sb.add_idea(s, board_id, raw_text="Here are some ideas\n\nrandom")
        for idea_id in ids[:3]:
            sb.set_pinned(s, idea_id, True)
    with store.session() as s:
        pinned = ab.board_export(s, board_id, pinned_only=True)
        everything = ab.board_export(s, board_id)
    assert (pinned.title, pinned.brief, pinned.style) == ("Café", "A seaside café logo", "retro")
    out = tmp_path / "pinned.md"
    assert ab.write_markdown(out, pinned) == 3
    text = out.read_text(encoding="utf-8")
    assert text == ab.export_markdown(pinned)
    assert text.count("\n## ") == 3 and "| `#F6F1E7` | background |" in text
    assert text.startswith("# Café\n\n**Brief:** A seaside café logo\n**Style:** retro")
    full = ab.export_markdown(everything, labels={"raw": "Réponse non lue"})
    assert full.count("\n## ") == 5 and "## 5. Réponse non lue\n\n> Here are some ideas\n>\n" \
        in full

"""The brainstorm parser: valid, fenced, partial and invalid JSON, single quotes, prose
around it; validation of palettes; near-duplicates; a round driven with canned answers."""

from __future__ import annotations

import json

import pytest

from assistants.brainstorm import (
    BoardRun,
    BriefRequest,
    Idea,
    dedupe,
    normalise_hex,
    parse_ideas,
    parse_with_repair,
    run_board,
    similarity,
    validate_palette,
    wireframe_blocks,
)


def idea(title: str, concept: str = "", **extra: object) -> dict:
    return {"title": title, "concept": concept or f"{title} concept.",
            "palette": [{"hex": "#F5F1E8", "role": "background"},
                        {"hex": "#1F2A44", "role": "text"},
                        {"hex": "#C8553D", "role": "accent"}],
            "typography": {"heading": "Playfair Display", "body": "Source Sans 3"},
            "layout": "header, hero, three-column grid, footer",
            "imagery": ["paper textures"], "mood": ["warm"], "rationale": "Fits.", **extra}


VALID = json.dumps({"ideas": [idea("Tide pool", "Calm blues and sand."),
                              idea("Night market", "Neon signs on dark streets.")]})


def titles(text: str) -> list[str]:
    return [i.title for i in parse_ideas(text).ideas]


def test_valid_object_with_ideas_and_bare_array() -> None:
    result = parse_ideas(VALID)
    assert result.ok and not result.problems
    first = result.ideas[0]
    assert first.title == "Tide pool" and first.concept == "Calm blues and sand."
    assert [(s.hex, s.role) for s in first.palette] == [
        ("#F5F1E8", "background"), ("#1F2A44", "text"), ("#C8553D", "accent")]
    assert (first.heading_font, first.body_font) == ("Playfair Display", "Source Sans 3")
    assert first.imagery == ["paper textures"] and first.mood == ["warm"]
    assert titles(json.dumps([idea("A"), idea("B")])) == ["A", "B"]
    assert titles(json.dumps(idea("Alone"))) == ["Alone"]


def test_fenced_with_prose_before_and_after() -> None:
    text = f"Sure! Here are two directions:\n```json\n{VALID}\n```\nTell me if you want more."
    assert titles(text) == ["Tide pool", "Night market"]
    assert titles(f"```\n{VALID}") == ["Tide pool", "Night market"]  # fence never closed


def test_trailing_text_and_trailing_commas() -> None:
    text = '[{"title": "Kraft", "concept": "Brown paper.",},] I hope this helps {really}.'
    assert titles(text) == ["Kraft"]


def test_single_quotes_unquoted_keys_and_apostrophes() -> None:
    text = ("[{'title': 'It\\'s a garden', concept: 'Leaves, a \"quoted\" word', "
            "'palette': ['#000', '#fff', '#f00'], 'mood': 'calm, green',}]")
    [found] = parse_ideas(text).ideas
    assert found.title == "It's a garden"
    assert found.concept == 'Leaves, a "quoted" word'
    assert found.mood == ["calm", "green"]
    # Colours without roles: the lightest is the background, the darkest the text.
    assert [(s.hex, s.role) for s in found.palette] == [
        ("#000000", "text"), ("#FFFFFF", "background"), ("#FF0000", "primary")]


def test_partial_answer_keeps_complete_ideas_and_a_titled_incomplete_one() -> None:
    cut = json.dumps([idea("First"), idea("Second")])[:-60]
    result = parse_ideas(cut)
    assert [i.title for i in result.ideas] == ["First", "Second"]
    assert result.ideas[0].layout and result.ideas[0].palette
    cut_in_first = '[{"title": "Only", "concept": "Half a sent'
    [only] = parse_ideas(cut_in_first).ideas
    assert (only.title, only.concept) == ("Only", "Half a sent")


def test_broken_list_around_good_objects() -> None:
    text = '[{"title": "Good", "concept": "ok"} {"title": "Also good", "concept": "ok too"} ]]'
    assert titles(text) == ["Good", "Also good"]


@pytest.mark.parametrize("text", ["", "bonjour le client, merci", "{not json at all",
                                  "[1, 2, 3]", '{"answer": "no ideas"}'])
def test_invalid_answers_give_no_idea_and_never_raise(text: str) -> None:
    result = parse_ideas(text)
    assert not result.ok and result.text == text


def test_one_repair_retry_through_the_callable() -> None:
    asked: list[str] = []

    def repair(text: str) -> str:
        asked.append(text)
        return VALID

    result = parse_with_repair("Direction 1: Tide pool, calm blues", repair)
    assert result.ok and result.repaired and asked == ["Direction 1: Tide pool, calm blues"]
    assert result.text == "Direction 1: Tide pool, calm blues"
    asked.clear()
    assert parse_with_repair(VALID, repair).ok and asked == []  # no retry when it parses
    failed = parse_with_repair("still prose", lambda _t: "more prose")
    assert not failed.ok and not failed.repaired


def test_palette_validation() -> None:
    assert normalise_hex("#abc") == "#AABBCC"
    assert normalise_hex("aabbcc") == "#AABBCC"
    assert normalise_hex("#AABBCCFF") == "#AABBCC"
    assert normalise_hex("rgb(255, 0, 16)") == "#FF0010"
    assert normalise_hex("blue") is None
    problems: list[str] = []
    swatches = validate_palette(
        [{"hex": "#fff", "role": "BG"}, {"color": "#111", "use": "Body text"},
         {"hex": "nope", "role": "accent"}, "#123456", "#ffffff"], problems)
    assert [(s.hex, s.role) for s in swatches] == [
        ("#FFFFFF", "background"), ("#111111", "text"), ("#123456", "primary")]
    assert any("nope" in p for p in problems)
    many = validate_palette([f"#{i}{i}{i}" for i in range(8)])
    assert len(many) == 6
    assert validate_palette({"background": "#fafafa", "text": "#222"})[1].role == "text"


def test_near_duplicates_are_dropped() -> None:
    a = Idea("Ocean calm", "A calm ocean inspired palette with sand textures and waves.")
    b = Idea("Calm ocean", "A calm palette inspired by the ocean with waves and sand textures.")
    c = Idea("Neon night", "Bold neon colours on black, glitchy type for a club night.")
    assert similarity(a.text(), b.text()) > 0.9 > similarity(a.text(), c.text())
    kept, dropped = dedupe([a, b, c])
    assert kept == [a, c] and dropped == [b]
    kept, dropped = dedupe([c], existing=["Neon night. Something else entirely"])
    assert kept == [] and dropped == [c]  # same title


def test_round_resamples_after_duplicates_and_keeps_raw_answers() -> None:
    answers = iter([
        json.dumps([idea("Ocean calm", "Calm ocean palette with sand and waves."),
                    idea("Calm ocean", "Calm ocean palette with waves and sand.")]),
        json.dumps([idea("Neon night", "Bold neon on black for a club.")]),
    ])
    seeds: list[int | None] = []

    def generate(messages: list[dict[str, str]], seed: int | None) -> str:
        seeds.append(seed)
        assert "JSON" in messages[0]["content"]
        return next(answers)

    run = run_board(BoardRun(BriefRequest("A seaside café logo"), 2, seed=10), generate)
    assert [i.title for i in run.ideas] == ["Ocean calm", "Neon night"]
    assert [i.title for i in run.dropped] == ["Calm ocean"]
    assert seeds == [10, 11] and run.raw_texts == []
    assert [o["purpose"] for o in json.loads(run.raw_output())] == ["ideas", "ideas"]


def test_round_with_unreadable_answers_makes_one_raw_card_after_one_repair() -> None:
    calls: list[str] = []

    def generate(messages: list[dict[str, str]], seed: int | None) -> str:
        calls.append(messages[-1]["content"])
        return "la la la random words"

    run = run_board(BoardRun(BriefRequest("brief"), 4, seed=1), generate)
    assert len(calls) == 2 and "cannot be parsed" in calls[1]
    assert run.ideas == [] and run.raw_texts == ["la la la random words"]


def test_stop_keeps_what_the_partial_answer_holds() -> None:
    run = BoardRun(BriefRequest("brief"), 3)
    run.stop(json.dumps([idea("Kept"), idea("Cut")])[:-80])
    assert [i.title for i in run.ideas] == ["Kept", "Cut"] and run.done
    run = BoardRun(BriefRequest("brief"), 3)
    run.stop("half a sentence")
    assert run.raw_texts == ["half a sentence"]


def test_wireframe_blocks_from_layout_descriptions() -> None:
    rows = wireframe_blocks("Sticky header, full-bleed hero, three-column grid of products "
                            "with a sidebar on the right, footer")
    assert [[(b.kind, b.cells) for b in row] for row in rows] == [
        [("header", 1)], [("hero", 1)], [("grid", 3), ("sidebar", 1)], [("footer", 1)]]
    assert [r[0].kind for r in wireframe_blocks("")] == ["header", "content", "footer"]
    fr = wireframe_blocks("Grille 4 x 2 de produits, en-tête avec logo, pied de page")
    assert [[(b.kind, b.cells) for b in row] for row in fr] == [
        [("header", 1)], [("grid", 4)], [("footer", 1)]]
    left = wireframe_blocks("nav, sidebar on the left, article, two columns, newsletter form")
    assert [b.kind for b in left[1]] == ["sidebar", "content"]
    assert ("columns", 2) in [(r[0].kind, r[0].cells) for r in left]

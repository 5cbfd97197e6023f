"""Reading a model's plan (assistants/planning.py): hand-written answers in French and English,
numbered, bulleted, with "1h30", "45 min", "2 heures"; untrusted text cleaned and bounded; no
task is a clear error; the whole flow with a fake model, kept through storage.plans."""

from __future__ import annotations

import pytest

from assistants.planning import (
    PlanParseError,
    brief_language,
    draft_plan,
    parse_tasks,
    plan_messages,
)
from storage import plans
from tests.factories import at, order


def _pairs(text: str) -> list[tuple[str, int]]:
    return [(t.title, t.estimate_minutes) for t in parse_tasks(text)]


def test_a_french_numbered_list_with_hours_and_minutes() -> None:
    answer = """Voici le plan :
1. Lire le brief et lister les questions — 15 min
2. Recherche de mots-clés (1h30)
3) Rédaction de l'article : 2 heures
4. Relecture - 45 minutes
"""
    assert _pairs(answer) == [
        ("Lire le brief et lister les questions", 15),
        ("Recherche de mots-clés", 90),
        ("Rédaction de l'article", 120),
        ("Relecture", 45),
    ]


def test_an_english_bullet_list() -> None:
    answer = """Here are the tasks:
- Gather references: 20 min
* Sketch three concepts – 1 h 30
• Vectorise the chosen logo (1.5 hours)
- **Export files** — 30 mins
Let me know if you need more!"""
    assert _pairs(answer) == [
        ("Gather references", 20),
        ("Sketch three concepts", 90),
        ("Vectorise the chosen logo", 90),
        ("Export files", 30),
    ]


def test_hours_with_words_and_a_task_without_estimate() -> None:
    answer = """Step 1: Call the client, 1 hour 15 minutes
Step 2: Write the draft, 2 hours
Step 3: Send it"""
    # the last task has no estimate: the median of the others, (75 + 120) / 2 = 97.5 → 98
    assert _pairs(answer) == [("Call the client", 75), ("Write the draft", 120),
                              ("Send it", 98)]


def test_absurd_estimates_are_clamped_and_titles_bounded_and_cleaned() -> None:
    answer = ("- Tiny \x07task — 1 min\n- Huge task — 900 hours\n- "
              + "x" * 500 + " — 20 min\n- Tiny task — 3 min\n")
    tasks = parse_tasks(answer)
    assert [(t.title[:10], t.estimate_minutes) for t in tasks] == [
        ("Tiny task", 5), ("Huge task", 960), ("x" * 10, 20)]  # the duplicate is dropped
    assert len(tasks[2].title) == 300


def test_json_answers_are_read_too() -> None:
    answer = 'Sure: [{"title": "Brief", "minutes": 10}, {"task": "Design", "minutes": "1h"}]'
    assert _pairs(answer) == [("Brief", 10), ("Design", 60)]


@pytest.mark.parametrize("answer", ["", "   ", "I cannot help with that.",
                                    "ééé ## ## zzkq 3.14", "- 12\n- 45 min\n"])
def test_an_answer_with_no_task_is_a_clear_error(answer: str) -> None:
    with pytest.raises(PlanParseError, match="holds no task"):
        parse_tasks(answer)


def test_the_prompt_is_in_the_briefs_language() -> None:
    fr = plan_messages("Logo", "Je voudrais un logo pour ma boulangerie, avec des croissants.")
    en = plan_messages("Logo", "I need a logo for my bakery, with croissants on it.")
    assert "en français" in fr[0]["content"] and "boulangerie" in fr[1]["content"]
    assert "in English" in en[0]["content"]
    assert brief_language("", default="fr") == "fr"


def test_the_whole_flow_with_a_fake_model_keeps_the_plan(store) -> None:
    asked: list[list[dict[str, str]]] = []

    def generate(messages: list[dict[str, str]]) -> str:
        asked.append(messages)
        return "1. Lire le brief — 10 min\n2. Écrire — 1h\n3. Relire — 20 min"

    with store.transaction() as s:
        o = order(s, title="Article", brief="Un article de blog sur le pain au levain.")
        drafts = draft_plan(o.title, o.brief, generate)
        plans.keep_drafted_plan(s, o.id, drafts)
        state = plans.plan_state(s, o.id, at("2026-03-02T09:00"))
    assert "levain" in asked[0][1]["content"]
    assert [(t.title, t.estimate_minutes) for t in state.tasks] == [
        ("Lire le brief", 10), ("Écrire", 60), ("Relire", 20)]
    assert state.total_minutes == 90

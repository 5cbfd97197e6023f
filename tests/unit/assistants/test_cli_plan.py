"""`atelier plan ORDER_ID --model NAME [--json]`: the plan drafted and kept (a fake model's
answer), the checklist with estimates, their source and the outlook; the tiny random model's
answer holds no task (a clear error, the plan unchanged); bad input exits 2."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import cli_plan
from storage import plans
from storage.db import open_store
from storage.paths import store_path
from storage.tables import Origin
from tests.cli_helpers import add_order, run

ANSWER = "Voici :\n1. Lire le brief — 15 min\n2. Dessiner trois pistes — 1h30\n3. Exporter — 30 min"


@pytest.fixture
def order_id(tiny_data_dir: Path) -> int:
    due = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    return add_order(tiny_data_dir, "Café des Vagues", title="Logo du café",
                     brief="Un logo pour un café de plage à Essaouira", due=due)


def test_plan_with_a_model_keeps_the_plan_and_prints_it_as_json(
        capsys, monkeypatch, tiny_data_dir: Path, order_id: int) -> None:
    def fake(args, folder, messages):
        print(ANSWER, file=__import__("sys").stderr)  # the draft streams to stderr
        return ANSWER

    monkeypatch.setattr(cli_plan, "_generate", fake)
    code, out, err = run(capsys, "plan", str(order_id), "--model", "tiny", "--json",
                         "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    assert "Dessiner trois pistes" in err
    data = json.loads(out)
    assert [(t["title"], t["estimate_minutes"], t["done"]) for t in data["tasks"]] == [
        ("Lire le brief", 15, False), ("Dessiner trois pistes", 90, False),
        ("Exporter", 30, False)]
    assert data["order"] == order_id and data["total_minutes"] == 135
    assert data["estimate_source"].startswith("The model's own estimates")
    # due in 2 h: at most 120 minutes of work left before it, and 135 to do
    assert data["status"] == "will_be_late" and data["due_at"]
    code, out, err = run(capsys, "plan", str(order_id), "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    assert "[ ] 1 h 30  Dessiner trois pistes" in out
    assert "Total: 2 h 15" in out and "Outlook: will be late — 2 h 15 of work left" in out


def test_the_tiny_models_answer_holds_no_task_and_the_plan_stays(
        capsys, tiny_data_dir: Path, order_id: int) -> None:
    with open_store(store_path(tiny_data_dir)) as store, store.transaction() as s:
        plans.replace_plan(s, order_id, [plans.TaskDraft("Kept", 10)], Origin.HUMAN)
    code, _out, err = run(capsys, "plan", str(order_id), "--model", "tiny", "--seed", "1",
                          "--max-tokens", "24", "--data-dir", str(tiny_data_dir))
    assert code == 2
    assert "holds no task" in err and "The plan was not changed." in err
    assert "Traceback" not in err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        state = plans.plan_state(s, order_id, datetime.now(UTC))
    assert [t.title for t in state.tasks] == ["Kept"]


@pytest.mark.parametrize(("argv", "message"), [
    (["999"], "there is no order #999"),
    (["0"], "ORDER_ID is the number of an order"),
    (["{id}", "--model", "nothing-here"], "nothing-here"),
    (["{id}", "--model", "tiny", "--max-tokens", "3"], "at least 16"),
])
def test_bad_input_exits_2_with_a_clear_message(capsys, tiny_data_dir: Path, order_id: int,
                                                argv: list[str], message: str) -> None:
    argv = [a.replace("{id}", str(order_id)) for a in argv]
    code, _out, err = run(capsys, "plan", *argv, "--data-dir", str(tiny_data_dir))
    assert code == 2 and message in err and "Traceback" not in err

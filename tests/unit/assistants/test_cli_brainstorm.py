"""`atelier brainstorm` with the tiny local model (no network): a PDF with a page per card,
Markdown, the board kept in the store and attached to the order; clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from storage import brainstorm as sb
from storage.db import open_store
from storage.paths import store_path
from storage.tables import DeliverableKind
from tests.cli_helpers import add_order, run


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


@pytest.fixture
def order_id(tiny_data_dir: Path) -> int:
    return add_order(tiny_data_dir, "Café des Vagues", title="Logo du café",
                     brief="Un logo et une carte pour un café de plage à Essaouira")


def test_brainstorm_for_an_order_writes_a_pdf_kept_and_attached(
        capsys, tiny_data_dir: Path, order_id: int, tmp_path: Path) -> None:
    out_file = tmp_path / "board.pdf"
    code, _out, err = run(capsys, "brainstorm", "--order", str(order_id), "-n", "4",
                          "--model", "tiny", "-o", str(out_file), "--seed", "3",
                          "--max-tokens", "40", "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")
    assert "to repair its JSON" in err and f"Attached to order #{order_id}" in err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        [board] = sb.list_boards(s, order_id=order_id)
        assert board.title == "Logo du café" and "Essaouira" in board.brief
        [rnd] = sb.list_rounds(s, board.id)
        assert (rnd.model, rnd.seed, rnd.requested) == ("tiny", 3, 4)
        assert [o["purpose"] for o in sb.round_outputs(rnd)] == ["ideas", "repair"]
        cards = sb.list_ideas(s, board.id)
        # Random text is no JSON: it is kept as a raw card, never lost.
        assert len(cards) == 1 and sb.idea_data(cards[0]) is None and cards[0].raw_text
        assert pdf_pages(out_file) == len(cards)
        [deliverable] = [d for d in board.order.deliverables if d.kind is DeliverableKind.FILE]
        assert deliverable.versions[-1].file_path == str(out_file.resolve())


def test_brainstorm_from_a_brief_file_as_markdown(capsys, tiny_data_dir: Path,
                                                  tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("A poster for a jazz night in Montreal", encoding="utf-8")
    out_file = tmp_path / "board.md"
    code, _out, err = run(capsys, "brainstorm", "--brief", str(brief), "-n", "2",
                          "--model", "tiny", "-o", str(out_file), "--max-tokens", "16",
                          "--style", "retro", "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith("# A poster for a jazz night in Montreal")
    assert "**Style:** retro" in text and "## 1. Unparsed answer" in text


@pytest.mark.parametrize(("extra", "message"), [
    (["--order", "999", "-o", "{tmp}/b.pdf"], "there is no order #999"),
    (["--brief", "{tmp}/missing.txt", "-o", "{tmp}/b.pdf"], "cannot read the brief"),
    (["--brief", "{tmp}/brief.txt", "-o", "{tmp}/b.docx"], "-o names a .md or .pdf file"),
    (["--brief", "{tmp}/brief.txt", "-o", "{tmp}/nowhere/b.pdf"], "does not exist"),
    (["--brief", "{tmp}/brief.txt", "-o", "{tmp}/b.pdf", "-n", "0"], "between 1 and 12"),
    (["--brief", "{tmp}/empty.txt", "-o", "{tmp}/b.pdf"], "is empty"),
])
def test_bad_input_exits_2_with_a_clear_message(
        capsys, tiny_data_dir: Path, tmp_path: Path, extra: list[str], message: str) -> None:
    (tmp_path / "brief.txt").write_text("brief", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    code, _out, err = run(capsys, "brainstorm", "--model", "tiny", *argv,
                          "--data-dir", str(tiny_data_dir))
    assert code == 2 and message in err, err
    assert not (tmp_path / "b.pdf").exists()


def test_unknown_model_exits_2(capsys, tiny_data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text("brief", encoding="utf-8")
    code, _out, err = run(capsys, "brainstorm", "--brief", str(tmp_path / "brief.txt"),
                          "--model", "nope", "-o", str(tmp_path / "b.md"),
                          "--data-dir", str(tiny_data_dir))
    assert code == 2 and "nope" in err


def test_brief_and_order_are_exclusive(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["brainstorm", "--brief", "x", "--order", "1", "--model", "m", "-o", "b.pdf"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err

"""`atelier generate`, `brainstorm` and `translate` with a model that emits control characters
(the tiny models, their tokenizer wrapped): the text written is clean, the file is whole, and
stderr says once how many invisible characters were removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.cli import main
from storage.cleantext import has_illegal
from storage.documents.srt import parse_cues
from tests.unit.assistants.test_model_output_cleaning import HostileTokenizer

NOTE = "invisible character(s) the model produced were removed."
SRT = ("1\n00:00:01,000 --> 00:00:03,500\nBonjour, je suis une freelance à Paris.\n\n"
       "2\n00:00:04,000 --> 00:00:06,250\nLe devis est prêt pour le client.\n")


@pytest.fixture
def hostile_models(monkeypatch: pytest.MonkeyPatch) -> None:
    real = cli._load_model

    def load(folder: Any, args: Any) -> Any:
        loaded = real(folder, args)
        loaded.tokenizer = HostileTokenizer(loaded.tokenizer)
        return loaded

    monkeypatch.setattr(cli, "_load_model", load)


def _install(model_dir: Path, name: str, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "import", str(model_dir), "--name", name,
                 "--data-dir", str(data)]) == 0
    capsys.readouterr()


@pytest.mark.usefixtures("hostile_models")
def test_generate_and_brainstorm_say_once_what_was_removed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_causal_dir: Path) -> None:
    data = tmp_path / "data"
    _install(tiny_causal_dir, "tiny", data, capsys)
    code = main(["generate", "--model", "tiny", "Bonjour", "--max-new-tokens", "8",
                 "--seed", "1", "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() and not has_illegal(out)
    assert err.count(NOTE) == 1

    brief = tmp_path / "brief.txt"
    brief.write_text("A poster for a jazz night", encoding="utf-8")
    board = tmp_path / "board.md"
    code = main(["brainstorm", "--brief", str(brief), "-n", "1", "--model", "tiny",
                 "-o", str(board), "--max-tokens", "16", "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not has_illegal(board.read_text(encoding="utf-8"))
    assert err.count(NOTE) == 1


@pytest.mark.usefixtures("hostile_models")
def test_translate_writes_a_whole_file_and_says_what_was_removed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_seq2seq_dir: Path) -> None:
    data = tmp_path / "data"
    _install(tiny_seq2seq_dir, "tiny-mt", data, capsys)
    src = tmp_path / "episode.srt"
    src.write_text(SRT, encoding="utf-8")
    out = tmp_path / "episode.en.srt"
    code = main(["translate", str(src), "--from", "fr", "--to", "en", "--model", "tiny-mt",
                 "-o", str(out), "--data-dir", str(data)])
    _, err = capsys.readouterr()
    assert code == 0, err
    written = out.read_text(encoding="utf-8")
    assert not has_illegal(written)
    assert [(c.start, c.end) for c in parse_cues(written, out.name)] == [
        ("00:00:01,000", "00:00:03,500"), ("00:00:04,000", "00:00:06,250")]
    assert err.count(NOTE) == 1

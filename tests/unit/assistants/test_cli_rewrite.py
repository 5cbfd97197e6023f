"""`atelier rewrite` with the tiny local model (no network): the rewritten text on stdout, the
stats line on stderr, bad input refused with a sentence (exit 2) before a model is loaded."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.cli_helpers import run

STATS = re.compile(r"^\[\d+ tokens, [\d.]+ tokens/s, first token after [\d.]+ s, \w+\]$",
                   re.MULTILINE)


@pytest.fixture
def data_dir(tiny_data_dir: Path) -> Path:
    return tiny_data_dir


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "message.txt"
    path.write_text("Merci pour votre commande, la livraison est prévue demain.\n",
                    encoding="utf-8")
    return path


def test_rewrite_a_file_shorter_streams_the_text_and_the_stats(
        capsys, data_dir: Path, text_file: Path) -> None:
    code, out, err = run(capsys, "rewrite", "--kind", "shorter", "--model", "tiny",
                         str(text_file), "--seed", "1", "--data-dir", str(data_dir))
    assert code == 0, err
    assert out.strip() and out.endswith("\n") and out == out.lstrip()
    assert STATS.search(err), err
    # the budget follows the text: 9 words, 1.0 x 1.6 tokens a word, + 32
    assert err.strip().startswith("[46 tokens,")


def test_rewrite_reads_stdin_and_translates_to_a_language(
        capsys, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("The quote is ready for the client."))
    code, out, err = run(capsys, "rewrite", "--kind", "translate", "--to", "fr",
                         "--model", "tiny", "-", "--max-tokens", "6",
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert out.strip()
    assert err.strip().startswith("[6 tokens,")


MODEL = ["--model", "tiny"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--kind", "translate", *MODEL, "IN"], "--to: Say which language to translate into."),
    (["--kind", "shorter", "--to", "fr", *MODEL, "IN"],
     "--to: Only a translation takes a language"),
    (["--kind", "translate", "--to", "klingon", *MODEL, "IN"],
     "--to: Atelier does not know the language “klingon”"),
    (["--kind", "poem", *MODEL, "IN"], "--kind: There is no rewrite “poem”"),
    (["--kind", "shorter", *MODEL, "MISSING"], "missing.txt: there is no such file."),
    (["--kind", "shorter", *MODEL, "EMPTY"], "empty.txt: There is no text to rewrite."),
    (["--kind", "shorter", *MODEL, "LATIN1"], "latin1.txt: the file is not UTF-8 text"),
    (["--kind", "shorter", *MODEL, "DIR"], "is a folder, not a file"),
    (["--kind", "shorter", "--model", "nope", "IN"], "No installed model is named “nope”"),
    (["--kind", "shorter", *MODEL, "IN", "--max-tokens", "0"], "--max-tokens must be at least 1"),
])
def test_rewrite_refusals_exit_2_with_a_sentence(
        capsys, data_dir: Path, tmp_path: Path, text_file: Path, argv: list[str],
        message: str) -> None:
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Café crème".encode("latin-1"))
    (tmp_path / "folder").mkdir()
    names = {"IN": str(text_file), "MISSING": str(tmp_path / "missing.txt"),
             "EMPTY": str(tmp_path / "empty.txt"), "LATIN1": str(tmp_path / "latin1.txt"),
             "DIR": str(tmp_path / "folder")}
    code, out, err = run(capsys, "rewrite", *[names.get(a, a) for a in argv],
                         "--data-dir", str(data_dir))
    assert code == 2
    assert err.startswith("atelier: ") and "Traceback" not in err
    assert message in err
    assert out == ""


@pytest.mark.slow
def test_rewrite_with_a_model_that_writes_control_characters_prints_clean_text(
        capsys, tmp_path: Path, tiny_causal_dir: Path, text_file: Path) -> None:
    from tests.unit.test_drafts import build_noisy_causal_lm

    noisy = build_noisy_causal_lm(tiny_causal_dir, tmp_path / "noisy")
    d = ["--data-dir", str(tmp_path / "data")]
    assert main(["models", "import", str(noisy), "--name", "noisy", *d]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "rewrite", "--kind", "grammar", "--model", "noisy",
                         str(text_file), "--max-tokens", "24", "--seed", "1", *d)
    assert code == 0, err
    assert STATS.search(err), err
    assert re.search(r"atelier: \d+ invisible character\(s\) the model produced were removed",
                     err)
    assert not any(c in out for c in "\x07\x1b\ufffe")

"""`atelier models …` and `atelier generate` on tiny local models (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_generate_remove(capsys, tmp_path: Path, tiny_causal_dir: Path) -> None:
    d = ["--data-dir", str(tmp_path)]
    code, out, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "tiny", *d)
    assert code == 0, err
    assert (tmp_path / "models" / "tiny" / "config.json").exists()

    code, out, _ = run(capsys, "models", "list", "--json", *d)
    listing = json.loads(out)
    assert [(m["name"], m["usable"]) for m in listing["installed"]] == [("tiny", True)]
    assert any(not m["commercial_use"] and m["warning"] for m in listing["catalogue"])

    code, out, err = run(capsys, "generate", "--model", "tiny", "Bonjour, écris un titre",
                         "--max-new-tokens", "8", "--seed", "1", *d)
    assert code == 0, err
    assert out.strip()  # streamed text
    assert "tokens/s" in err

    code, _, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "tiny", *d)
    assert code == 2 and "already installed" in err

    assert run(capsys, "models", "remove", "tiny", *d)[0] == 0
    assert not (tmp_path / "models" / "tiny").exists()


def test_a_pickle_only_folder_is_refused(capsys, tmp_path: Path, pickle_only_dir: Path) -> None:
    code, _, err = run(capsys, "models", "import", str(pickle_only_dir),
                       "--data-dir", str(tmp_path))
    assert code == 2
    assert "safetensors" in err
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_unknown_model_and_bad_name(capsys, tmp_path: Path, tiny_causal_dir: Path) -> None:
    code, _, err = run(capsys, "generate", "--model", "nope", "hi", "--data-dir", str(tmp_path))
    assert code == 2 and "No installed model" in err
    code, _, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "../x",
                       "--data-dir", str(tmp_path))
    assert code == 2 and "cannot name a model" in err

"""Running the `atelier` command line in a test: its exit code and what it printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Runs `atelier ARGV...`; returns the exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def data_dir_with_model(data_dir: Path, model_dir: Path, name: str,
                        capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder in which `atelier models import` has imported ``model_dir`` as ``name``."""
    code, _out, err = run(capsys, "models", "import", str(model_dir), "--name", name,
                          "--data-dir", str(data_dir))
    assert code == 0, err
    return data_dir

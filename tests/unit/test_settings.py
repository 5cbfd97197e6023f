"""Store settings refuse odd input with a readable message (found by fuzzing the CSV import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import settings
from storage.db import open_store
from storage.errors import ValidationError


@pytest.mark.parametrize("value", ["²", "1" * 5000, "0", "721", " 24", "-3"])
def test_due_soon_hours_refuses_odd_digits_and_out_of_range(tmp_path: Path, value: str) -> None:
    with open_store(tmp_path / "atelier.db") as store:
        with pytest.raises(ValidationError) as e, store.transaction() as s:
            settings.put(s, "due_soon_hours", value)
        assert e.value.field == "due_soon_hours"
        with store.session() as s:
            assert settings.get(s, "due_soon_hours") != value


def test_due_soon_hours_accepts_a_plain_number(tmp_path: Path) -> None:
    with open_store(tmp_path / "atelier.db") as store:
        with store.transaction() as s:
            settings.put(s, "due_soon_hours", "72")
        with store.session() as s:
            assert settings.get(s, "due_soon_hours") == "72"

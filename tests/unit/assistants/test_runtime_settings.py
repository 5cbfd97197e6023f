"""The precision the Models page saves (model-settings.json), 4-bit included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistants.runtime import PRECISIONS, RuntimeSettings, read_settings, write_settings


@pytest.mark.parametrize("precision", PRECISIONS)
def test_each_precision_is_saved_and_read_back(tmp_path: Path, precision: str) -> None:
    path = tmp_path / "model-settings.json"
    chosen = RuntimeSettings(threads=2).with_precision(precision)
    assert chosen.precision == precision
    write_settings(path, chosen)
    again = read_settings(path)
    assert again == chosen and again.precision == precision
    assert again.int4 is (precision == "int4")


def test_leaving_four_bits_clears_them(tmp_path: Path) -> None:
    four = RuntimeSettings().with_precision("int4")
    assert four.with_precision("int8").int4 is False
    assert four.with_precision("auto").precision == "auto"


def test_a_damaged_four_bit_value_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "model-settings.json"
    path.write_text(json.dumps({"int4": "yes", "threads": 3}))
    settings = read_settings(path)
    assert settings.int4 is False and settings.threads == 3

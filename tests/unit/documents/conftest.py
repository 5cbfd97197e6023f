"""Fixtures for the document layer's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.documents.helpers import DOCS_DIR


@pytest.fixture
def docs_dir() -> Path:
    """The shared real-world documents (the test is skipped when they are not there)."""
    if not DOCS_DIR.is_dir():
        pytest.skip(f"the shared real-world documents are not there ({DOCS_DIR})")
    return DOCS_DIR

"""Fixtures for the translation core's tests: a store and small projects."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.db import Store, open_store
from storage.translation import projects as sp

# tests/unit/translation/conftest.py → the repository's parent holds shared/.
DOCS_DIR = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "docs"


def real_documents() -> list[Path]:
    if not DOCS_DIR.is_dir():
        return []
    return sorted(p for p in DOCS_DIR.iterdir() if p.is_file() and p.name != "SOURCES.md")


def prefix(tag: str = "[EN] ") -> Callable[[list[str]], list[str]]:
    return lambda texts: [tag + t for t in texts]


class CountingTranslator:
    """A fake model: records every call and the texts it saw."""

    def __init__(self, tag: str = "[EN] ") -> None:
        self.tag = tag
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> list[str]:
        self.calls.append(list(texts))
        return [self.tag + t for t in texts]

    @property
    def seen(self) -> list[str]:
        return [t for call in self.calls for t in call]


@pytest.fixture(scope="session")
def _empty_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "atelier.db"
    open_store(path).close()
    return path


@pytest.fixture
def tstore(tmp_path: Path, _empty_store_file: Path) -> Iterator[Store]:
    """A new, empty store (a copy of one made once: creating a store costs a few tenths of a
    second)."""
    path = tmp_path / "atelier.db"
    shutil.copyfile(_empty_store_file, path)
    store = open_store(path)
    yield store
    store.close()


def make_project(store: Store, files: dict[str, str | bytes], *, source: str = "fr",
                 target: str = "en", name: str = "Projet") -> tuple[int, list[int]]:
    """A project with these files imported: (project id, file ids)."""
    with store.transaction() as s:
        project = sp.create_project(s, name, source, target)
        ids = [sp.import_bytes(s, project.id, data.encode() if isinstance(data, str) else data,
                               fname).id
               for fname, data in files.items()]
        return project.id, ids

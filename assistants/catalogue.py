"""The catalogue of recommended models, shipped as ``assistants/data/catalogue.json``.

Pure data and arithmetic: no torch, no network. RAM figures are computed from the parameter
counts (``assistants.resources.estimate_ram``), never stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as importlib_resources
from typing import Any, Literal

from assistants.resources import estimate_ram

Task = Literal["chat", "translation", "embedding"]
TASKS: tuple[Task, ...] = ("chat", "translation", "embedding")
DTYPES = ("float32", "bfloat16", "int8", "int4")

# What a download of a catalogue model needs: weights as safetensors, configs and the tokenizer.
# Hub repos often also carry pytorch_model.bin, tf_model.h5, flax_model.msgpack or onnx/ of the
# same size; leave them out (pass as ``allow_patterns`` to huggingface_hub).
DOWNLOAD_PATTERNS: tuple[str, ...] = (
    "*.safetensors",
    "*.safetensors.index.json",
    "*.json",
    "*.jinja",
    "*.txt",
    "*.model",
    "*.spm",
    "*.tiktoken",
    "README.md",
    "LICENSE*",
)


class CatalogueError(ValueError):
    """The shipped catalogue data is malformed (a packaging bug, not a user error)."""


@dataclass(frozen=True)
class CatalogueEntry:
    repo_id: str
    name: str
    task: Task
    revision: str
    parameters: int
    embedding_parameters: int
    tied_embeddings: bool
    disk_bytes: int
    stored_dtype: str
    context_length: int
    languages: tuple[str, ...]
    licence: str
    commercial_use: bool
    default: bool = False
    gated: bool = False
    revision_note: str | None = None
    source_language: str | None = None
    target_language: str | None = None
    target_prefix: str | None = None
    language_codes: dict[str, str] = field(default_factory=dict)
    query_prefix: str | None = None  # embedding models trained with prefixes (e5): "query: "
    passage_prefix: str | None = None  # … and "passage: " (written into the folder on install)
    warning: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def revision_pinned(self) -> bool:
        """True when ``revision`` is a commit hash rather than a branch name."""
        r = self.revision
        return len(r) == 40 and all(c in "0123456789abcdef" for c in r)

    def ram_bytes(self, dtype: str = "bfloat16", *, peak: bool = False) -> int:
        """Estimated memory once loaded at ``dtype`` ('float32', 'bfloat16', 'int8', 'int4').

        ``peak=True``: the high-water mark while loading (int8 loads in float32 first).
        """
        return estimate_ram(
            self.parameters, dtype, embedding_parameters=self.embedding_parameters,
            tied_embeddings=self.tied_embeddings, peak=peak,
        )

    def warning_text(self, lang: str = "en") -> str | None:
        """The non-commercial warning in ``lang`` (falls back to English); None if commercial."""
        if self.commercial_use:
            return None
        return self.warning.get(lang) or self.warning["en"]

    def notes_text(self, lang: str = "en") -> str:
        return self.notes.get(lang) or self.notes.get("en", "")

    def supports(self, source: str, target: str) -> bool:
        """For translation entries: can this model translate ``source`` into ``target``?"""
        if self.task != "translation":
            return False
        if self.source_language is not None:
            return (self.source_language, self.target_language) == (source, target)
        return source in self.languages and target in self.languages and source != target


_REQUIRED = {
    "repo_id": str, "name": str, "task": str, "revision": str, "parameters": int,
    "embedding_parameters": int, "tied_embeddings": bool, "disk_bytes": int, "stored_dtype": str,
    "context_length": int, "languages": list, "licence": str, "commercial_use": bool,
}


def _entry(raw: dict[str, Any]) -> CatalogueEntry:
    where = raw.get("repo_id", "?")
    for key, typ in _REQUIRED.items():
        if not isinstance(raw.get(key), typ) or (typ is int and isinstance(raw[key], bool)):
            raise CatalogueError(f"catalogue entry {where}: {key!r} missing or not {typ.__name__}")
    if raw["task"] not in TASKS:
        raise CatalogueError(f"catalogue entry {where}: unknown task {raw['task']!r}")
    if not raw["commercial_use"] and not raw.get("warning", {}).get("en"):
        raise CatalogueError(f"catalogue entry {where}: non-commercial without a warning")
    known = set(CatalogueEntry.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise CatalogueError(f"catalogue entry {where}: unknown keys {sorted(unknown)}")
    data = dict(raw)
    data["languages"] = tuple(raw["languages"])
    return CatalogueEntry(**data)


def parse_catalogue(text: str) -> list[CatalogueEntry]:
    doc = json.loads(text)
    if doc.get("schema_version") != 1:
        raise CatalogueError(f"unsupported catalogue schema {doc.get('schema_version')!r}")
    entries = [_entry(m) for m in doc["models"]]
    ids = [e.repo_id for e in entries]
    if len(set(ids)) != len(ids):
        raise CatalogueError("catalogue lists a repo twice")
    for task in TASKS:
        defaults = [e for e in entries if e.task == task and e.default]
        if len(defaults) != 1:
            raise CatalogueError(f"catalogue needs exactly one default for {task}")
        if not defaults[0].commercial_use:
            raise CatalogueError(f"the default {task} model must allow commercial use")
    return entries


@cache
def _load_text() -> str:
    return (
        importlib_resources.files("assistants")
        .joinpath("data/catalogue.json")
        .read_text(encoding="utf-8")
    )


def load_catalogue(task: Task | None = None) -> list[CatalogueEntry]:
    """The shipped catalogue, in its file order, optionally only the entries for ``task``."""
    entries = parse_catalogue(_load_text())
    if task is not None:
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}; expected one of {TASKS}")
        entries = [e for e in entries if e.task == task]
    return entries


def find_entry(repo_id: str) -> CatalogueEntry | None:
    for e in load_catalogue():
        if e.repo_id == repo_id:
            return e
    return None


def default_model(
    task: Task, *, source: str | None = None, target: str | None = None
) -> CatalogueEntry:
    """The recommended model for ``task``; for translation with a language pair, the first
    commercial-use model that handles the pair (file order is the order of preference)."""
    entries = load_catalogue(task)
    if task == "translation" and source and target:
        for e in entries:
            if e.commercial_use and e.supports(source, target):
                return e
        raise LookupError(f"no commercial-use model in the catalogue translates {source}→{target}")
    return next(e for e in entries if e.default)

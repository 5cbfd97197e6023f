"""``atelier --self-test``: proves that an installed or packaged Atelier has what it needs.

In a temporary folder (removed afterwards; the user's data folder is never touched):

1. a store made by running every Alembic migration from an empty file reaches the head
   revision, with the application id and ``PRAGMA integrity_check`` ok, and the app opens it
   and writes to it;
2. a new store made the way the app makes one (tables, stamp, defaults) opens with its
   defaults;
3. the data files Atelier ships are there and read: writing templates, the model catalogue,
   the compiled translations (loaded by Qt), the icon; and the model stack (torch,
   transformers…) can be found (not imported: that takes seconds).

Prints one line per check then ``self-test ok`` and returns 0; on the first problem prints
``self-test failed: …`` on stderr and returns 1. Used by ``make package`` on the built app.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

RESOURCES = Path(__file__).with_name("resources")
MODEL_STACK = ("torch", "transformers", "tokenizers", "safetensors", "huggingface_hub",
               "sentencepiece")


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def _check_migrations(folder: Path) -> str:
    from storage import settings
    from storage.db import current_revision, make_engine, open_store, upgrade
    from storage.store_file import APPLICATION_ID, head_revision

    path = folder / "migrated.db"
    engine = make_engine(path)
    try:
        upgrade(engine)
        revision = current_revision(engine)
        with engine.connect() as conn:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            check = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    finally:
        engine.dispose()
    head = head_revision()
    if revision != head:
        raise SelfTestError(f"the migrations stop at revision {revision}, not at {head}")
    if app_id != APPLICATION_ID:
        raise SelfTestError(f"the migrated store's application id is {app_id}")
    if check != ["ok"]:
        raise SelfTestError("integrity check of the migrated store: " + "; ".join(check))
    with open_store(path) as store, store.transaction() as s:
        settings.put(s, "due_soon_hours", "24")
    with open_store(path) as store, store.session() as s:
        if settings.get(s, "due_soon_hours") != "24":
            raise SelfTestError("a setting written to the migrated store did not read back")
    return f"migrations to revision {head}, integrity ok"


def _check_new_store(folder: Path) -> str:
    from sqlalchemy import func, select

    from storage.db import open_store
    from storage.tables import Platform

    with open_store(folder / "new.db") as store, store.session() as s:
        platforms = s.scalar(select(func.count(Platform.id))) or 0
    if not platforms:
        raise SelfTestError("a new store has no platforms: its defaults are missing")
    return f"made with its {platforms} default platforms"


def _check_shipped_data() -> str:
    from assistants.catalogue import load_catalogue
    from desktop.i18n import LANGUAGES, TRANSLATIONS_DIR
    from storage.templates import builtin_ids

    templates = builtin_ids()
    models = load_catalogue()
    if not templates or not models:
        raise SelfTestError("the writing templates or the model catalogue are empty")
    if not (RESOURCES / "atelier.svg").is_file():
        raise SelfTestError(f"the icon is missing from {RESOURCES}")
    from PySide6.QtCore import QTranslator

    for language in LANGUAGES:
        qm = TRANSLATIONS_DIR / f"atelier_{language}.qm"
        if not QTranslator().load(str(qm)):
            raise SelfTestError(f"the translation {qm} is missing or cannot be loaded")
    missing = [m for m in MODEL_STACK if importlib.util.find_spec(m) is None]
    if missing:
        raise SelfTestError("the model stack is incomplete: " + ", ".join(missing))
    return (f"{len(templates)} templates, {len(models)} catalogue models, translations "
            f"{', '.join(LANGUAGES)}, model stack found")


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    with tempfile.TemporaryDirectory(prefix="atelier-self-test-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("store", lambda: _check_migrations(folder)),
            ("new store", lambda: _check_new_store(folder)),
            ("shipped data", _check_shipped_data),
        ]
        for label, check in checks:
            try:
                print(f"{label}: {check()}", file=out)
            except Exception as exc:  # every problem is the answer, not a crash
                detail = str(exc) or type(exc).__name__
                print(f"self-test failed: {label}: {detail}", file=err)
                return 1
    print("self-test ok", file=out)
    return 0

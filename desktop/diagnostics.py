"""Help › Copy diagnostics: what support needs to know, as plain text. No Qt needed.

Versions (Atelier, Python, SQLite, Qt/PySide6, SQLAlchemy, Alembic, torch, transformers…),
the platform, where the data, models, backups and logs are, the store's schema revision and
size, the backups. Never a secret (the hub token stays in the keyring: only whether a
keyring is usable is said), never client data (no names, no counts of clients or orders, no
settings values).
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from storage import paths

PACKAGES = ("SQLAlchemy", "alembic", "PySide6", "keyring", "huggingface_hub", "transformers",
            "tokenizers", "safetensors", "torch", "python-docx")


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def _size(path: Path) -> str:
    try:
        n = path.stat().st_size
    except OSError:
        return "missing"
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


def diagnostics_text(data_dir: Path, *, store: Any = None,
                     now: Callable[[], datetime] | None = None) -> str:
    """The diagnostics of the app running on `data_dir` (`store`: the open storage.db.Store).

    Reads versions from package metadata; never imports torch or Qt for it (a module already
    imported gives its running version)."""
    from desktop.version import app_version

    lines = [f"Atelier {app_version()}"]
    if now is not None:
        lines.append(f"Copied at: {now().isoformat(timespec='seconds')}")
    lines += [
        "",
        "Versions",
        f"  Python: {sys.version.split()[0]} ({platform.python_implementation()}, "
        f"{sys.executable})",
        f"  SQLite: {sqlite3.sqlite_version}",
    ]
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        lines.append(f"  Qt: {qtcore.qVersion()} (runtime)")
    for dist in PACKAGES:
        text = _version(dist)
        module = {"torch": "torch", "transformers": "transformers"}.get(dist)
        if module is not None and text != "not installed":
            loaded = sys.modules.get(module)
            text += f" (loaded: {getattr(loaded, '__version__', '?')})" if loaded else \
                " (not loaded)"
        lines.append(f"  {dist}: {text}")
    lines += [
        "",
        "Platform",
        f"  System: {platform.platform()}",
        f"  Machine: {platform.machine() or '?'}, {_cpus()} CPU(s)",
        f"  Keyring: {_keyring()}",
        "",
        "Paths",
        f"  Data: {data_dir}",
        f"  Store: {paths.store_path(data_dir)} ({_size(paths.store_path(data_dir))})",
        f"  Models: {paths.models_dir(data_dir)}",
        f"  Backups: {paths.backups_dir(data_dir)}",
        f"  Logs: {paths.logs_dir(data_dir)}",
        "",
        "Store",
    ]
    lines += [f"  {line}" for line in _store_lines(data_dir, store)]
    lines += ["", "Backups"]
    lines += [f"  {line}" for line in _backup_lines(data_dir)]
    return "\n".join(lines) + "\n"


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def _keyring() -> str:
    try:
        from assistants.secrets import keyring_available
    except ImportError:  # pragma: no cover - keyring is a dependency
        return "unknown"
    return "usable" if keyring_available() else "none usable"


def _store_lines(data_dir: Path, store: Any) -> list[str]:
    from storage.db import current_revision
    from storage.store_file import head_revision

    out = []
    if store is None and not paths.store_path(data_dir).exists():
        return ["No store yet"]
    try:
        if store is not None:
            revision = current_revision(store.engine)
            with store.engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        else:
            from storage.store_file import inspect_store

            revision, mode = inspect_store(paths.store_path(data_dir), integrity=None), "?"
    except Exception as exc:  # diagnostics must always come out
        return [f"Cannot read the store: {type(exc).__name__}: {exc}"]
    out.append(f"Schema revision: {revision} (this version's: {head_revision()})")
    out.append(f"Journal mode: {mode}")
    wal = Path(f"{paths.store_path(data_dir)}-wal")
    if wal.exists():
        out.append(f"WAL: {_size(wal)}")
    return out


def _backup_lines(data_dir: Path) -> list[str]:
    from storage.backup_files import latest_backup, list_backups

    backups = list_backups(data_dir)
    if not backups:
        return ["None yet"]
    latest = latest_backup(data_dir)
    total = sum(b.size for b in backups)
    out = [f"{len(backups)} backup(s), {total / 1e6:.1f} MB"]
    if latest is not None:
        out.append(f"Latest: {latest.path.name} ({latest.created_at.isoformat()})")
    return out

"""Backups by their names: ``atelier-YYYYMMDD-HHMMSS[-reason][.N].db`` in
``<data dir>/backups/``, listed newest first (see storage.backup for how they are made).
Apart from storage.backup so that opening a store can name its latest backup without
importing what makes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from storage import paths

NAME = re.compile(
    r"^atelier-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9][a-z0-9-]*))?"
    r"(?:\.(?P<seq>\d+))?\.db$")
REASON = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC (from the name)
    reason: str
    seq: int = 0

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    @property
    def category(self) -> str:
        return _category(self.reason)

    def local_label(self, zone: tzinfo | None = None) -> str:
        """``21 Nov 2026 09:00`` in `zone` (default: the system's), for plain-text messages."""
        t = self.created_at.astimezone(zone) if zone else self.created_at.astimezone()
        return f"{t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def _category(reason: str) -> str:
    if reason.startswith("before-migration"):
        return "before-migration"
    return reason


def _parse(path: Path) -> BackupInfo | None:
    m = NAME.match(path.name)
    if m is None:
        return None
    try:
        created = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupInfo(path, created, m["reason"] or "", int(m["seq"] or 0))


def list_backups(data_dir: Path | str) -> list[BackupInfo]:
    """The backups in ``<data_dir>/backups``, newest first (files with other names ignored)."""
    folder = paths.backups_dir(Path(data_dir))
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [info for p in entries if p.is_file() and (info := _parse(p)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.seq), reverse=True)


def latest_backup(data_dir: Path | str) -> BackupInfo | None:
    """The newest backup to offer for a restore (never a ``damaged`` copy)."""
    return next((b for b in list_backups(data_dir) if b.reason != "damaged"), None)

"""Where a user's store, models, backups and logs live."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "ATELIER_DATA_DIR"
STORE_NAME = "atelier.db"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else `ATELIER_DATA_DIR`, else the OS user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Atelier", appauthor=False))


def store_path(directory: Path) -> Path:
    return directory / STORE_NAME


def models_dir(directory: Path) -> Path:
    return directory / "models"


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def logs_dir(directory: Path) -> Path:
    return directory / "logs"

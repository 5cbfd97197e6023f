"""Models installed in `<data dir>/models/`: listing, importing a local folder, removing.

An import validates the folder first (safetensors only, config, tokenizer) and copies it
through a temporary folder, so a failed or interrupted copy never leaves a half model.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistants.errors import ModelRefused
from assistants.loading import ModelFolder, validate_model_dir

_NAME = re.compile(r"^[\w][\w.\-]{0,99}$")


@dataclass(frozen=True)
class Installed:
    name: str
    path: Path
    folder: ModelFolder | None  # None when the folder no longer passes the checks
    problem: str | None = None

    @property
    def disk_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ModelRefused(
            f"“{name}” cannot name a model: use letters, digits, dots, dashes or underscores "
            "(100 characters at most).")
    return name


def list_installed(models_dir: Path) -> list[Installed]:
    if not models_dir.is_dir():
        return []
    out = []
    for path in sorted(p for p in models_dir.iterdir() if p.is_dir()):
        if path.name.startswith("."):
            continue  # an import in progress
        try:
            out.append(Installed(path.name, path, validate_model_dir(path)))
        except ModelRefused as exc:
            out.append(Installed(path.name, path, None, exc.message))
    return out


def import_folder(source: Path, models_dir: Path, name: str | None = None) -> Installed:
    """Validate `source`, then copy it into `models_dir/name` (default: its folder name)."""
    source = Path(source)
    if not source.is_dir():
        raise ModelRefused(f"{source} is not a folder.")
    validate_model_dir(source)
    name = check_name(name or source.name)
    target = models_dir / name
    if target.exists():
        raise ModelRefused(f"A model named “{name}” is already installed: choose another "
                           "name (--name) or remove it first.")
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = models_dir / f".importing-{name}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        shutil.copytree(source, partial)
        partial.rename(target)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise ModelRefused(f"The model could not be copied: {exc.strerror or exc}.") from exc
    return Installed(name, target, validate_model_dir(target))


def resolve(models_dir: Path, name: str) -> Path:
    """The folder of an installed model, or a readable refusal."""
    path = models_dir / check_name(name)
    if not path.is_dir():
        names = ", ".join(i.name for i in list_installed(models_dir)) or "none"
        raise ModelRefused(f"No installed model is named “{name}” (installed: {names}).")
    return path


def remove(models_dir: Path, name: str) -> None:
    shutil.rmtree(resolve(models_dir, name))

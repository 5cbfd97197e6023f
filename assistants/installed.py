"""Models installed in `<data dir>/models/`: listing, importing a local folder, removing.

An import validates the folder first (safetensors only, config, tokenizer) and copies it
through a temporary folder, so a failed or interrupted copy never leaves a half model.

A folder to import is untrusted: it may hold links to files elsewhere (a private key,
``/etc/passwd``, ``/dev/zero``, ``..``), named pipes or devices. The import refuses the whole
folder when it holds any entry that is not a regular file or a folder, naming the entries, before
reading a byte of it: skipping them instead would install a model that may lack a file its
owner meant to bring, with no one told. The copy itself never follows a link and reads each file
at most to the size it had when it was checked, so nothing outside the folder is read even if
the folder changes meanwhile.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistants.errors import ModelRefused
from assistants.loading import ModelFolder, entry_kind, validate_model_dir
from storage.phrases import Joined, Phrase

log = logging.getLogger(__name__)

_NAME = re.compile(r"[\w][\w.\-]{0,99}")
# Names Windows gives to devices, whatever the extension ("con.txt" is the console too).
_RESERVED = re.compile(r"(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9¹²³])(?:\..*)?",
                       re.IGNORECASE)
_MAX_ENTRIES = 10_000  # files and folders in a model folder to import
_COPY_CHUNK = 1 << 20
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Installed:
    name: str
    path: Path
    folder: ModelFolder | None  # None when the folder no longer passes the checks
    problem: str | None = None  # a Phrase: word it with desktop.jobs.phrase_text

    @property
    def disk_bytes(self) -> int:
        """Bytes of the regular files under the folder (links are not followed)."""
        total = 0
        for _, st in itertools.islice(_walk(self.path), _MAX_ENTRIES):  # a link to / ends too
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
        return total


def is_reserved_name(name: str) -> bool:
    """True for the names Windows keeps for devices (``con``, ``NUL.txt``, ``com1``…)."""
    return _RESERVED.fullmatch(name.rstrip(" .")) is not None


def check_name(name: str) -> str:
    """A new model's name, which becomes a folder name: refused unless it is safe everywhere."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name.endswith("."):
        shown = name.strip() if isinstance(name, str) else name
        raise ModelRefused(Phrase(
            "“{name}” cannot name a model: use letters, digits, dots, dashes or underscores "
            "(100 characters at most, not ending with a dot).", name=shown))
    if is_reserved_name(name):
        raise ModelRefused(Phrase(
            "“{name}” cannot name a model: Windows keeps that name for a device. Choose "
            "another name.", name=name))
    return name


def _walk(root: Path, *, strict: bool = False) -> Iterator[tuple[str, os.stat_result]]:
    """Every entry under ``root`` as (relative POSIX path, lstat), links not followed, a folder
    before what it holds. Unreadable folders are left out, or refused when ``strict``."""
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            if strict:
                raise ModelRefused(Phrase(
                    "The folder {folder} cannot be read ({error}): nothing was copied.",
                    folder=rel.rstrip('/') or root.name, error=e.strerror or e)) from e
            continue
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            path = f"{rel}{entry.name}"
            yield path, st
            if stat.S_ISDIR(st.st_mode):
                stack.append((Path(entry.path), f"{path}/"))


def _checked_entries(source: Path) -> list[tuple[str, os.stat_result]]:
    """The folder's entries, or a refusal naming those that are not regular files or folders."""
    entries = list(itertools.islice(_walk(source, strict=True), _MAX_ENTRIES + 1))
    if len(entries) > _MAX_ENTRIES:
        raise ModelRefused(Phrase(
            "The folder {folder} holds more than {limit} files and folders: it does not look "
            "like a model folder.", folder=source.name, limit=_MAX_ENTRIES))
    bad = [Phrase("{entry} ({kind})", entry=path, kind=entry_kind(st.st_mode))
           for path, st in entries
           if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode))]
    if bad:
        shown: str = Joined(bad[:5])
        if len(bad) > 5:
            shown = Phrase("{entries} and {count} more", entries=shown, count=len(bad) - 5)
        raise ModelRefused(Phrase(
            "The folder {folder} cannot be imported: it holds entries that are not regular "
            "files: {entries}. Atelier copies only the files that are inside the folder "
            "itself, never what a link points to, so nothing was copied. Replace each link by "
            "the file itself (for a Hugging Face cache folder, copy it with `cp -rL`, or "
            "download the model with Atelier instead), or remove these entries.",
            folder=source.name, entries=shown))
    return entries


def _copy_regular(src: Path, dst: Path, checked: os.stat_result) -> None:
    """Copy one regular file without following a link, at most the size it had when checked."""
    fd = os.open(src, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (checked.st_dev,
                                                                        checked.st_ino):
            raise ModelRefused(Phrase("{file} changed while it was being imported: nothing "
                                      "was copied. Try again.", file=src.name))
        left = checked.st_size
        with open(dst, "xb") as out:
            while left > 0:
                block = os.read(fd, min(_COPY_CHUNK, left))
                if not block:
                    break
                out.write(block)
                left -= len(block)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        os.utime(dst, ns=(checked.st_atime_ns, checked.st_mtime_ns))


def list_installed(models_dir: Path) -> list[Installed]:
    """Every folder in ``models_dir``; a folder that fails the checks is listed with its
    ``problem`` (one bad folder never hides the others)."""
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
        except Exception as exc:  # a folder the checks did not foresee: listed, never fatal
            log.warning("installed model %s could not be checked", path.name, exc_info=True)
            out.append(Installed(path.name, path, None, Phrase(
                "The folder {folder} could not be checked as a model ({error}). Remove it and "
                "install it again.", folder=path.name, error=type(exc).__name__)))
    return out


def import_folder(source: Path, models_dir: Path, name: str | None = None) -> Installed:
    """Validate `source`, then copy it into `models_dir/name` (default: its folder name).

    Refused before anything is read when the folder holds links, named pipes, sockets or devices
    (see the module's docstring)."""
    source = Path(source).expanduser()
    if not source.is_dir():
        raise ModelRefused(Phrase("{path} is not a folder.", path=source))
    name = check_name(name or source.name)
    source = source.resolve()  # the folder named may itself be a link: the user chose it
    entries = _checked_entries(source)
    folder = validate_model_dir(source)
    target = models_dir / name
    if target.exists():
        raise ModelRefused(Phrase("A model named “{name}” is already installed: choose "
                                  "another name (--name) or remove it first.", name=name))
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = models_dir / f".importing-{name}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        partial.mkdir()
        for rel, st in entries:
            if stat.S_ISDIR(st.st_mode):
                (partial / rel).mkdir()
            else:
                _copy_regular(source / rel, partial / rel, st)
        if folder.kind == "embedding":  # an e5 model: record its "query: " prefixes
            from assistants.embedding import mark_catalogue_prefixes

            mark_catalogue_prefixes(partial, names=(name, source.name))
        partial.rename(target)
    except ModelRefused:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        what = exc.strerror or str(exc)
        if exc.filename:
            raise ModelRefused(Phrase("The model could not be copied: {error} ({file}).",
                                      error=what, file=Path(exc.filename).name)) from exc
        raise ModelRefused(Phrase("The model could not be copied: {error}.", error=what)) from exc
    return Installed(name, target, validate_model_dir(target))


def resolve(models_dir: Path, name: str) -> Path:
    """The folder of an installed model, or a readable refusal."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        check_name(name)  # raises, with the reason
    path = models_dir / name
    if not path.is_dir():
        names = [i.name for i in list_installed(models_dir)]
        raise ModelRefused(Phrase("No installed model is named “{name}” (installed: {names}).",
                                  name=name, names=Joined(names) if names else Phrase("none")))
    return path


def remove(models_dir: Path, name: str) -> None:
    shutil.rmtree(resolve(models_dir, name))

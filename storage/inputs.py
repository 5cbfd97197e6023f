"""Reading a file the person chose: only a regular file, never more than its size.

Every importer (documents to translate, TMX, glossaries, the store's CSV files) reads its file
with :func:`read_regular_file`. A path that is not a regular file once symlinks are followed —
a named pipe (FIFO), a device such as ``/dev/zero``, a socket, a folder — is refused with
:class:`NotARegularFile` before it is opened, so nothing ever waits on a pipe nor reads an
endless device. The file is then opened without blocking (``O_NONBLOCK``: a FIFO swapped in
between the check and the open cannot hang it), checked again on the open descriptor, its size
taken from there and given to ``check_size`` (which raises the importer's own "too large"
error), and at most that size plus one byte is read: a file that grows while it is read is
refused rather than read without end.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = ["NotARegularFile", "kind_of", "open_regular_file", "read_regular_file"]

_CHUNK = 1024 * 1024


class NotARegularFile(OSError):
    """The path is not a regular file (or changed while it was read). ``strerror`` is the
    end of a sentence whose subject is the file, without a final period ("is a named pipe
    (FIFO), not a regular file: …"): importers show "{file name}: {strerror}."."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        super().__init__(0, problem, os.fspath(path))


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ("a named pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _refusal(path: Path, mode: int) -> NotARegularFile:
    what = kind_of(mode)
    if path.is_symlink():
        what = "a link to " + what.removeprefix("not ")
    if stat.S_ISDIR(mode):
        return NotARegularFile(path, f"is {what}, not a file")
    return NotARegularFile(path, f"is {what}, not a regular file: Atelier reads only regular "
                                 "files")


def check_regular_file(path: str | os.PathLike[str]) -> int:
    """The size of ``path`` if it is a regular file (symlinks followed); NotARegularFile
    otherwise, FileNotFoundError and other OSErrors as they come. Opens nothing."""
    path = Path(path)
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise _refusal(path, st.st_mode)
    return st.st_size


def _open_checked(path: Path, check_size: Callable[[int], None] | None) -> tuple[int, int]:
    """A descriptor open on the regular file ``path``, and its size (given to ``check_size``)."""
    check_regular_file(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                 | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced between the check and the open
            raise _refusal(path, st.st_mode)
        if check_size is not None:
            check_size(st.st_size)
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


def read_regular_file(path: str | os.PathLike[str],
                      check_size: Callable[[int], None] | None = None) -> bytes:
    """The bytes of the regular file ``path`` (see the module docstring). ``check_size`` is
    called with the size before a byte is read. Raises NotARegularFile, or the OSError of
    a file that cannot be opened or read."""
    path = Path(path)
    fd, size = _open_checked(path, check_size)
    try:
        # One read gets a regular file whole; more only if the system returns less.
        chunks = [os.read(fd, size + 1)]
        got = len(chunks[0])
        while chunks[-1] and got <= size:
            chunks.append(os.read(fd, min(size + 1 - got, _CHUNK)))
            got += len(chunks[-1])
    finally:
        os.close(fd)
    if got > size:
        raise NotARegularFile(path, "grew while it was being read: import it again once "
                                    "nothing writes to it")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class _Bounded(io.RawIOBase):
    """A regular file read no further than its size: one byte more is NotARegularFile."""

    def __init__(self, fd: int, size: int, path: Path) -> None:
        super().__init__()
        self._file = io.FileIO(fd, "rb", closefd=True)
        self._left = size + 1
        self._path = path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        with memoryview(buffer) as view:
            n = self._file.readinto(view[:self._left]) if self._left else 0
        self._left -= n or 0
        if not self._left:
            raise NotARegularFile(self._path, "grew while it was being read: import it again "
                                              "once nothing writes to it")
        return n or 0

    def close(self) -> None:
        self._file.close()
        super().close()


def open_regular_file(path: str | os.PathLike[str],
                      check_size: Callable[[int], None] | None = None) -> io.BufferedReader:
    """The regular file ``path`` open for reading as a stream, with read_regular_file's
    checks: ``check_size`` is called with the size before a byte is read, and reading past
    that size raises NotARegularFile. For importers that read a large file a piece at a time."""
    path = Path(path)
    fd, size = _open_checked(path, check_size)
    return io.BufferedReader(_Bounded(fd, size, path))

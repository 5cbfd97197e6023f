"""The log file: ``<data dir>/logs/atelier.log``, rotated (1 MB, 5 old files kept). No Qt.

Set up by the command line's ``main`` and by ``run_gui``; both undo it when they return, so
calling them again (tests do) never stacks handlers. The level is INFO, or
``$ATELIER_LOG_LEVEL`` (DEBUG, INFO, WARNING, ERROR). Nothing secret is logged on purpose
(the hub token lives in the keyring only), and a filter blanks anything shaped like an access
token or an ``Authorization`` header that a library might log anyway.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

from storage import paths
from storage.files import PRIVATE_FILE, make_private_dir

LOG_NAME = "atelier.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LEVEL_VAR = "ATELIER_LOG_LEVEL"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_SECRETS = re.compile(
    r"(?i)(\bhf_[A-Za-z0-9]{6,}"  # Hugging Face access tokens
    r"|(?<=authorization: )[^\s'\"]+(?: [^\s'\"]+)?"  # Authorization: Bearer …
    r"|\bbearer [A-Za-z0-9._~+/=-]{6,}"
    r"|(?<=token=)[^\s&'\"]+)")


class RedactSecrets(logging.Filter):
    """Blank tokens in a record's message (with its arguments) and its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = _SECRETS.sub("[hidden]", message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _SECRETS.sub("[hidden]", record.exc_text)
        return True


class AtelierLogHandler(logging.handlers.RotatingFileHandler):
    """The app's rotating log file (a class of its own so it is found and never doubled).
    Its files are private to the user (0600) whatever the umask: they name clients' files."""

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # a full disk or a read-only folder: the app goes on without its log
        super().handleError(record)

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE_FILE)
        return stream


def log_file(data_dir: Path) -> Path:
    return paths.logs_dir(data_dir) / LOG_NAME


def _level() -> int:
    name = os.environ.get(LEVEL_VAR, "").strip().upper()
    value = logging.getLevelName(name) if name else logging.INFO
    return value if isinstance(value, int) else logging.INFO


def setup_logging(data_dir: Path) -> AtelierLogHandler | None:
    """Log to ``<data dir>/logs/atelier.log`` (rotating); None when the folder cannot be
    written (the app runs on without a log file). Returns the handler for `stop_logging`."""
    root = logging.getLogger()
    target = log_file(data_dir).resolve()
    for h in root.handlers:
        if isinstance(h, AtelierLogHandler) and Path(h.baseFilename) == target:
            return None  # already logging there (the CLI started the window)
    try:
        make_private_dir(target.parent)
        handler = AtelierLogHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                    encoding="utf-8", delay=True)
    except OSError:
        return None
    level = _level()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactSecrets())
    handler._previous_root_level = root.level  # type: ignore[attr-defined]
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


def stop_logging(handler: logging.Handler | None) -> None:
    """Undo `setup_logging`: remove and close its handler, put the root level back."""
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    handler.close()
    previous = getattr(handler, "_previous_root_level", None)
    if previous is not None:
        root.setLevel(previous)

"""The one job runner: every long job (reports, imports, exports, downloads, model work)
runs in a worker thread and reports back to the GUI thread through Qt signals.

A job is a plain function `fn(ctx: JobContext) -> result`. It calls `ctx.progress(done,
total, text)` and `ctx.token(text)` as it goes and checks `ctx.cancelled` (a
threading.Event) between steps. It must not touch widgets; it opens its own Session.

A job that raises hands the exception itself to `on_failed` (its type kept: a
ValidationError still names its field); `error_text(exc)` words it for the person:

    ctx.jobs.submit(self.tr("Exporting…"), work, on_finished=self._done,
                    on_failed=lambda exc: self._show(error_text(exc)))
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, Signal

from desktop.changes import Changed, StoreEvents

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """An error as the person reads it, in their language: the one function that words an
    error for display (a failed job, a form, a message box). A full disk or a read-only
    folder (storage.files.write_problem), a store another writer keeps busy, a refused
    status change (worded from its codes by desktop.labels), a ValidationError's message
    (without the field name: a form shows it beside the field), a document error, a storage
    error's fixed message; else the error's own message."""
    from storage.db import is_busy
    from storage.errors import (
        AtelierError,
        CsvImportError,
        StoreBusy,
        TransitionError,
        ValidationError,
    )
    from storage.files import WriteProblem, write_problem

    problem = (exc.template, exc.path) if isinstance(exc, WriteProblem) else write_problem(exc)
    if problem is not None:
        return QCoreApplication.translate("storage", problem[0]).format(path=problem[1])
    if isinstance(exc, StoreBusy) or is_busy(exc):
        return QCoreApplication.translate("storage", StoreBusy.MESSAGE)
    if isinstance(exc, TransitionError):
        from desktop.labels import transition_text

        return transition_text(exc)
    if isinstance(exc, ValidationError) and not isinstance(exc, CsvImportError):
        return phrase_text(exc.message, "storage")
    if is_document_error(exc):
        return document_error_text(exc)
    from storage.imports.model import ImportProblem

    if isinstance(exc, ImportProblem):
        return import_problem_text(exc)
    if isinstance(exc, AtelierError):
        return phrase_text(exc.args[0] if exc.args and isinstance(exc.args[0], str)
                           else str(exc), "storage")
    from assistants.errors import AssistantError

    if isinstance(exc, AssistantError):
        return phrase_text(exc.message, "assistants")
    return str(exc) or exc.__class__.__name__


def phrase_text(text: str, context: str,
                translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """A message from storage/ or assistants/ in the person's language: a `Phrase` has its
    template translated in ``context`` and its values put in (a value that is a Phrase, or a
    `Joined` list of them, is worded the same way; a file name or a number stays as it is);
    a plain message is looked up whole."""
    from storage.phrases import Joined, Phrase

    if isinstance(text, Joined):
        return text.separator.join(phrase_text(item, context, translate) for item in text.items)
    if not isinstance(text, Phrase):
        return translate(context, text) if text else text
    values = {name: phrase_text(value, context, translate)
              if isinstance(value, Phrase | Joined) else _localised(value)
              for name, value in text.values.items()}
    return _fill(translate(context, text.template), values, text.template)


def _localised(value: object) -> object:
    """An amount or a day in a Phrase, written as the interface's language writes it (the
    language set last by desktop.i18n, which sets Qt's default locale)."""
    from storage.money import format_money
    from storage.phrase_values import Day, Money

    if isinstance(value, Money | Day):
        from desktop.i18n import date_format

        locale = QLocale()
        if isinstance(value, Day):
            return locale.toString(value.day, date_format(locale))
        lang = "fr" if locale.language() == QLocale.Language.French else "en"
        return format_money(value.minor, value.currency, lang)
    return value


#: Where a payment export's problem is (storage.imports.model.ImportProblem), "storage" context.
IMPORT_PLACES = {
    (False, False): "{file}: {problem}",
    (True, False): "{file}, line {line}: {problem}",
    (False, True): "{file}, column “{column}”: {problem}",
    (True, True): "{file}, line {line}, column “{column}”: {problem}",
}


def import_problem_text(exc: Any) -> str:
    """A payment export that cannot be imported, in the person's language: its problem's
    Phrase worded in the "storage" context, after the file, line and column."""
    problem = phrase_text(exc.phrase, "storage")
    if not exc.file:
        return problem
    template = IMPORT_PLACES[exc.line is not None, bool(exc.column)]
    return _fill(QCoreApplication.translate("storage", template),
                 {"file": exc.file, "line": exc.line, "column": exc.column,
                  "problem": problem}, template)


def is_document_error(exc: BaseException) -> bool:
    """An error about a client's file that `document_error_text` words: a document that
    cannot be imported or exported, a TMX file, a CSV file's line, an export stopped by
    untranslated segments."""
    from storage.documents.errors import DocumentError
    from storage.errors import CsvImportError
    from storage.translation.export import UntranslatedError
    from storage.translation.memory import TmxError

    return isinstance(exc, DocumentError | TmxError | UntranslatedError | CsvImportError)


def _documents(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def location_text(location: str, translate: Callable[[str], str] = _documents) -> str:
    """A segment's location (stored in English: ``Subtitle 12 (…)``, ``Line 4, heading``)
    in the person's language; a location Atelier does not know is shown as it is."""
    from storage.documents.locations import parse_location

    pieces = parse_location(location)
    if pieces is None:
        return location
    return "".join(piece if isinstance(piece, str)
                   else _fill(translate(piece[0]), piece[1], piece[0]) for piece in pieces)


def _fill(text: str, values: dict[str, Any], english: str) -> str:
    """A translated template with its values put in; the English one if the translation
    names a value the template does not have (a wrong catalogue never hides the error)."""
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return english.format(**values)


def document_error_text(exc: BaseException,
                        translate: Callable[[str], str] = _documents) -> str:
    """A document, TMX or export error (see `is_document_error`) in the person's language:
    each message template is translated in the "documents" context (listed in
    desktop/document_messages.py), then its values (the file's name, the segment's
    location, a number, a quoted character) are put in. ``str(exc)`` is the English."""
    from storage.documents.errors import PLACES, TranslationMismatchError, shorten
    from storage.errors import CsvImportError
    from storage.phrases import Joined, Phrase
    from storage.translation.export import UntranslatedError

    def word(template: str, values: dict[str, Any] | None = None) -> str:
        # A value that is a Phrase (an encoding's name) is worded too; a file name is not.
        values = {k: phrase_text(v, "documents", lambda _c, t: translate(t))
                  if isinstance(v, Phrase | Joined) else v for k, v in (values or {}).items()}
        return _fill(translate(template), values, template)

    if isinstance(exc, CsvImportError):
        return word(CsvImportError.PLACE, {
            "file": exc.file, "line": exc.line, "field": exc.field,
            "problem": word(exc.template, exc.values)})

    if isinstance(exc, UntranslatedError):
        cls = UntranslatedError
        shown = word(cls.SEPARATOR).join(
            word(cls.SEGMENT, {"where": location_text(u.location, translate) if u.location
                               else u.key, "source": cls.shown_source(u.source)})
            for u in exc.segments[:cls.SHOWN])
        more = (word(cls.MORE, {"count": len(exc.segments) - cls.SHOWN})
                if len(exc.segments) > cls.SHOWN else "")
        return word(cls.TEMPLATE, {"file": exc.file_name, "count": len(exc.segments),
                                   "segments": shown, "more": more})
    template = getattr(exc, "template", None)
    if template is None:
        return str(exc)
    values = dict(getattr(exc, "values", None) or {})
    if isinstance(exc, TranslationMismatchError):
        cls = TranslationMismatchError
        values["segments"] = word(cls.SEPARATOR).join(
            word(cls.SEGMENT, {"segment": sid, "problem": word(why, problem_values)})
            for sid, why, problem_values in exc.details[:cls.SHOWN])
        if values.get("more"):
            values["more"] = word(cls.MORE, {"count": len(exc.details) - cls.SHOWN})
    problem = shorten(word(template, values))
    where = getattr(exc, "where", None)
    line = getattr(exc, "line", None)
    return word(PLACES[line is not None, bool(where)],
                {"file": exc.file, "line": line, "problem": problem,
                 "where": location_text(where, translate) if where else ""})


def is_user_error(exc: BaseException) -> bool:
    """An error that `error_text` turns into a sentence for the person (not a bug)."""
    from storage.db import is_busy
    from storage.errors import StoreBusy
    from storage.files import write_problem

    return isinstance(exc, StoreBusy) or is_busy(exc) or write_problem(exc) is not None


def _expected(exc: BaseException) -> bool:
    """An error raised on purpose for the person to read (no traceback in the log)."""
    from storage.errors import AtelierError

    return isinstance(exc, AtelierError) or is_user_error(exc)


class Cancelled(Exception):
    """Raised inside a job to stop early; the job then reports `cancelled`, not `failed`."""


@dataclass
class JobContext:
    cancelled: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[int, int, str], None] = lambda done, total, text: None
    _token: Callable[[str], None] = lambda text: None

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._progress(done, total, text)

    def token(self, text: str) -> None:
        self._token(text)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancelled.is_set():
            raise Cancelled


class Job(QObject):
    """Handle on a running job. Signals arrive in the GUI thread."""

    progress = Signal(int, int, str)
    token = Signal(str)
    finished = Signal(object)
    failed = Signal(object)  # the exception itself: word it for the person with error_text()
    cancelled = Signal()
    done = Signal()  # after any of finished, failed or cancelled

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.context = JobContext(_progress=self.progress.emit, _token=self.token.emit)
        self.result: Any = None
        self.error: BaseException | None = None
        self.state = "running"
        # `state` is set in the worker; `delivered` only once `done` reached this object's
        # thread, so every finished/failed/cancelled slot has run by then.
        self.delivered = False
        self.done.connect(self._mark_delivered)

    def _mark_delivered(self) -> None:
        self.delivered = True

    def cancel(self) -> None:
        self.context.cancelled.set()

    @property
    def running(self) -> bool:
        return self.state == "running"


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = self.fn(job.context)
        except Cancelled:
            job.state = "cancelled"
            job.cancelled.emit()
        except Exception as exc:  # reported to the user through `failed`, and logged
            if _expected(exc):
                log.warning("job %s failed: %s", job.name, exc)
            else:
                log.error("job %s failed:\n%s", job.name, traceback.format_exc())
            job.state = "failed"
            job.error = exc
            job.failed.emit(exc)
        else:
            if job.context.cancelled.is_set():
                job.state = "cancelled"
                job.cancelled.emit()
            else:
                job.state = "finished"
                job.result = result
                job.finished.emit(result)
        job.done.emit()


def run_job_here(job: Job, fn: Callable[[JobContext], Any]) -> None:
    """Run ``fn`` for ``job`` in the calling thread, reporting through the job's signals as
    the runner's workers do (the model thread runs model jobs this way: see ``adopt``)."""
    _Runnable(job, fn).run()


class JobRunner(QObject):
    """Runs jobs on its own thread pool; `shutdown()` cancels and waits for all of them."""

    job_started = Signal(object)
    job_done = Signal(object)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None, *,
                 events: StoreEvents | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: list[Job] = []

    def submit(
        self, name: str, fn: Callable[[JobContext], Any], *,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_token: Callable[[str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        changes: Changed | None = None,
    ) -> Job:
        """Start `fn` in a worker; the callbacks are connected before it starts. With
        `changes` (what `fn` writes), the views are told once it finished, before
        `on_finished` runs."""
        job = Job(name)
        if changes and self.events is not None:
            events = self.events
            job.finished.connect(lambda _result: events.emit(changes))
        for signal, slot in ((job.finished, on_finished), (job.failed, on_failed),
                             (job.progress, on_progress), (job.token, on_token),
                             (job.cancelled, on_cancelled)):
            if slot is not None:
                signal.connect(slot)
        self._jobs.append(job)
        job.done.connect(self._finish)
        self.job_started.emit(job)
        self.pool.start(_Runnable(job, fn))
        return job

    def adopt(self, job: Job) -> None:
        """List a job that runs elsewhere (model jobs run on the model thread, see
        ``desktop.ai``) like the runner's own: ``job_started``/``job_done``, ``active``, and
        ``shutdown`` cancels it (its ``cancel`` stops it; waiting for it is its owner's job)."""
        self._jobs.append(job)
        job.done.connect(self._finish)
        self.job_started.emit(job)

    def _finish(self) -> None:
        # Connected as a method and found through sender(): a lambda holding the job would
        # make a cycle through C++ that Python's collector cannot see, and keep every job.
        job = self.sender()
        if job in self._jobs:
            self._jobs.remove(job)
        self.job_done.emit(job)

    @property
    def active(self) -> list[Job]:
        return [j for j in self._jobs if j.running]

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self.pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        for job in list(self._jobs):
            job.cancel()
        return self.pool.waitForDone(timeout_ms)

"""Pre-translation of a project: translation memory first, then the model, resumable.

::

    result = pretranslate(store, project_id, translate, progress=on_progress, cancel=event)

``translate`` is a plain callable ``list[str] -> list[str]`` (same length, same order): in the
desktop a wrapper on the installed seq2seq model (``assistants.translation.translate_batch``),
in tests a fake. ``None`` runs the translation-memory steps only. ``store`` is a
``storage.db.Store`` or any callable returning a new Session (a ``sessionmaker``); the function
opens its own sessions, so it runs in a worker thread (the desktop's job runner) while the
editor reads and writes the same project.

Order of work
-------------
1. Decided from a read snapshot, written in one short transaction: every segment that is
   ``new`` or ``mt`` (a person never edited or confirmed it) with an **exact**
   translation-memory match gets that translation, status ``tm`` (``tm_score`` 100); the
   others get their **fuzzy** matches of ``fuzzy_threshold``
   (75) or more stored as suggestions (``TranslationSegment.matches``, best score in
   ``tm_score``) — offered, not applied. A ``new`` segment with nothing to translate (no letter:
   ``2024``, ``⟨1/⟩``, ``—``) gets its source as target, status ``mt``.
2. The ``new`` segments left go to ``translate`` in chunks of ``chunk_size`` (32), each chunk
   saved in its own transaction as status ``mt`` (``mt`` keeps the model's text too). Cancel
   (``cancel.set()``, checked between chunks; an exception raised by ``translate`` while
   cancel is set counts as a cancel) or a crash keeps the chunks already saved; running
   again resumes with the segments still ``new``.

A segment a person edited or confirmed is never overwritten, by the memory or the model, even
when the person edits it while pre-translation runs (each write is conditional on the status
read before it).

Placeholders
------------
The model sees plain text: placeholders are taken out (:func:`protect`). Those at the edges of
the segment (a sentence wholly in bold, a leading image) are put back around the translation;
a pair inside the sentence is put back around its text when that text comes back unchanged
exactly once in the translation (a name, a product, inline code: ``Cliquez sur ⟨1⟩Save⟨/1⟩`` →
``Click ⟨1⟩Save⟨/1⟩``). Other inner pairs and standalone placeholders are left out, which
export accepts (the formatting inside the sentence is lost; content such as inline code or an
image is put back at the end of the segment by export) and which the quality checks report
(``placeholder_missing``) so the translator can restore them. The source's leading and trailing
white space is kept (it matters in .po entries). So a pre-translated file always exports.

Progress
--------
``progress(done, total, eta_s)`` is called before the first chunk (``0, total, None``) and after
each one; ``total`` counts the segments sent to the model, ``eta_s`` the seconds left estimated
from a moving average of the time per segment (None until a chunk finished).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.cleantext import clean_text
from storage.documents.placeholders import (
    PLACEHOLDER_RE,
    check_placeholders,
    render_token,
    strip_placeholders,
)
from storage.errors import AtelierError, ValidationError
from storage.phrases import Phrase
from storage.tables import (
    SegmentStatus,
    TranslationFile,
    TranslationProject,
    TranslationSegment,
    utcnow,
)
from storage.translation.memory import FUZZY_THRESHOLD, TranslationMemory, mark_used, matches_json

Translate = Callable[[list[str]], list[str]]
ProgressFn = Callable[[int, int, float | None], None]

#: How many segments go to the model at once (and are saved together).
CHUNK_SIZE = 32
_WHITESPACE = " \t\r\n\u00a0\u202f"


class PretranslateError(AtelierError):
    """The translator broke its contract (wrong number of translations)."""


@dataclass(frozen=True)
class PretranslateResult:
    """What a run did. ``remaining``: segments still without a translation (the model was not
    given, cancelled, or returned nothing for them)."""

    tm_exact: int
    tm_fuzzy_offered: int
    mt: int
    skipped_human: int
    remaining: int
    copied: int = 0
    cancelled: bool = False
    removed_characters: int = 0
    """Invisible characters the model produced (control characters, lone surrogates, U+FFFE…:
    :mod:`storage.cleantext`) left out of its translations before they were saved; the
    caller says so once ("N invisible characters the model produced were removed")."""


# --- placeholders -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Protected:
    """A source made ready for the model: ``text`` without placeholders, what to put back
    around its translation, and the inner pairs (number, text inside) to wrap again where
    their text comes back unchanged."""

    text: str
    prefix: str
    suffix: str
    pairs: tuple[tuple[int, str], ...] = ()


def protect(source: str) -> Protected:
    """Split ``source`` into the plain text the model translates and the edges kept around it
    (leading/trailing white space, and placeholders at the edges whose partner is at the
    other edge or which stand alone)."""
    tokens = list(PLACEHOLDER_RE.finditer(source))
    core_start, core_end = 0, len(source)
    # Leading run: placeholders and white space before the first visible character.
    lead: list[re.Match[str]] = []
    pos = 0
    for m in tokens:
        if source[pos:m.start()].strip(_WHITESPACE):
            break
        lead.append(m)
        pos = m.end()
    trail: list[re.Match[str]] = []
    end = len(source)
    for m in reversed(tokens):
        if m in lead or source[m.end():end].strip(_WHITESPACE):
            break
        trail.append(m)
        end = m.start()
    trail.reverse()
    if not strip_placeholders(source).strip(_WHITESPACE):
        return Protected("", source, "")
    lead_open = {m.group("open") for m in lead if m.group("open")}
    trail_close = {m.group("close") for m in trail if m.group("close")}
    keep_lead = [m for m in lead if m.group("alone") or (m.group("open") in trail_close)]
    keep_trail = [m for m in trail if m.group("alone") or (m.group("close") in lead_open)]
    if lead:
        core_start = lead[-1].end()
    if trail:
        core_end = trail[0].start()
    core = strip_placeholders(source[core_start:core_end])
    lead_ws = source[:len(source) - len(source.lstrip(_WHITESPACE))]
    trail_ws = source[len(source.rstrip(_WHITESPACE)):]
    prefix = lead_ws + "".join(m.group(0) for m in keep_lead)
    suffix = "".join(m.group(0) for m in keep_trail) + trail_ws
    kept = {m.group("open") for m in keep_lead if m.group("open")}
    opens = {m.group("open"): m for m in tokens if m.group("open") and m.group("open") not in kept}
    pairs = []
    for m in tokens:
        number = m.group("close")
        if number and number in opens:
            inner = " ".join(strip_placeholders(source[opens[number].end():m.start()]).split())
            if any(ch.isalnum() for ch in inner):
                pairs.append((int(number), inner))
    return Protected(" ".join(core.split()), prefix, suffix, tuple(pairs))


def _wrap_pairs(text: str, pairs: Sequence[tuple[int, str]]) -> str:
    """Put inner pairs back around their text where it occurs exactly once in ``text`` (a
    name, a product, code the model left as it was), keeping pairs properly nested."""
    spans: list[tuple[int, int, int]] = []
    for number, inner in pairs:
        found = list(re.finditer(rf"(?<!\w){re.escape(inner)}(?!\w)", text))
        if len(found) != 1:
            continue
        a, b = found[0].span()
        if all(b <= x or a >= y or (x <= a and b <= y) or (a <= x and y <= b)
               for x, y, _ in spans):
            spans.append((a, b, number))
    if not spans:
        return text
    # At one position closes come before opens; the outer pair opens first and closes last.
    events: list[tuple[int, int, int, int]] = []
    for a, b, number in spans:
        events.append((a, 1, -(b - a), number))
        events.append((b, 0, b - a, -number))
    events.sort()
    out, pos = [], 0
    for at, order, _size, number in events:
        out.append(text[pos:at])
        out.append(render_token("open", number) if order else render_token("close", -number))
        pos = at
    out.append(text[pos:])
    return "".join(out)


def restore(protected: Protected, translation: str) -> str:
    """The translation with the edges put back (``""`` when the model returned nothing)."""
    text = (translation or "").strip(_WHITESPACE)
    if not text:
        return ""
    return protected.prefix + _wrap_pairs(text, protected.pairs) + protected.suffix


def _edges(source: str, target: str) -> str:
    """``target`` with ``source``'s leading and trailing white space."""
    lead = source[:len(source) - len(source.lstrip(_WHITESPACE))]
    trail = source[len(source.rstrip(_WHITESPACE)):]
    return lead + target.strip(_WHITESPACE) + trail


def _translatable(source: str) -> bool:
    return any(ch.isalpha() for ch in strip_placeholders(source))


# --- sessions -----------------------------------------------------------------------------------


@contextmanager
def _transaction(store: Any) -> Iterator[Session]:
    if hasattr(store, "transaction"):
        with store.transaction() as s:
            yield s
    else:
        with store() as s, s.begin():
            yield s


@contextmanager
def _session(store: Any) -> Iterator[Session]:
    with (store.session() if hasattr(store, "session") else store()) as s:
        yield s


# --- the run ------------------------------------------------------------------------------------


def _scope(project_id: int, file_id: int | None) -> Any:
    q = (select(TranslationSegment).join(TranslationFile)
         .where(TranslationFile.project_id == project_id))
    if file_id is not None:
        q = q.where(TranslationSegment.file_id == file_id)
    return q


def _leverage(store: Any, project_id: int, file_id: int | None, threshold: int,
              now: datetime) -> tuple[int, int, int, int]:
    """Step 1: decide from a read snapshot (the memory may take a while on a big project),
    then write in one short transaction, each update conditional on the status read, so an
    edit made meanwhile is never overwritten. Returns (exact, fuzzy offered, copied, human)."""
    with _session(store) as s:
        project = s.get(TranslationProject, project_id)
        if project is None:
            raise ValidationError("project", "This translation project does not exist any more.")
        tm = TranslationMemory.load(s, project.source_lang, project.target_lang)
        rows = list(s.execute(_scope(project_id, file_id).with_only_columns(
            TranslationSegment.id, TranslationSegment.source, TranslationSegment.status)
            .order_by(TranslationSegment.file_id, TranslationSegment.position)))
    human = 0
    writes: list[tuple[str, int, SegmentStatus, dict[str, Any], int | None]] = []
    for seg_id, source, status in rows:
        status = SegmentStatus(status)
        if status in (SegmentStatus.EDITED, SegmentStatus.CONFIRMED):
            human += 1
            continue
        if status not in (SegmentStatus.NEW, SegmentStatus.MT):
            continue
        match = tm.exact(source) if len(tm) else None
        if match is not None and not any(
                p.blocking for p in check_placeholders(source, match.target)):
            writes.append(("exact", seg_id, status, {
                "target": _edges(source, match.target), "status": SegmentStatus.TM,
                "tm_score": 100, "updated_at": now}, match.unit_id))
        elif status == SegmentStatus.NEW and not _translatable(source):
            writes.append(("copied", seg_id, status, {
                "target": source, "mt": source, "status": SegmentStatus.MT,
                "updated_at": now}, None))
        else:
            found = tm.fuzzy(source, threshold=threshold) if len(tm) else []
            if found:
                writes.append(("fuzzy", seg_id, status, {
                    "matches": matches_json(found), "tm_score": found[0].score}, None))
    done = {"exact": 0, "fuzzy": 0, "copied": 0}
    used: list[int] = []
    if writes:
        with _transaction(store) as s:
            for kind, seg_id, status, values, unit_id in writes:
                result = s.execute(update(TranslationSegment).where(
                    TranslationSegment.id == seg_id, TranslationSegment.status == status)
                    .values(**values))
                if result.rowcount:
                    done[kind] += 1
                    if unit_id is not None:
                        used.append(unit_id)
            if used:
                mark_used(s, used, now)
    return done["exact"], done["fuzzy"], done["copied"], human


def pretranslate(store: Any, project_id: int, translate: Translate | None = None, *,
                 file_id: int | None = None, chunk_size: int = CHUNK_SIZE,
                 fuzzy_threshold: int = FUZZY_THRESHOLD, progress: ProgressFn | None = None,
                 cancel: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = utcnow, mt_engine: str = "") -> PretranslateResult:
    """Pre-translate the project (or one of its files): see the module docstring.
    ``mt_engine``: "<engine>/<model>" when ``translate`` asks an inference server (kept on
    each segment it translates, which stays ``mt``: to review); "" for the local model."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    cancel = cancel if cancel is not None else threading.Event()
    exact, fuzzy, copied, human = _leverage(store, project_id, file_id, fuzzy_threshold, now())

    with _session(store) as s:
        todo: list[tuple[int, str]] = [
            (row.id, row.source) for row in s.execute(
                _scope(project_id, file_id)
                .where(TranslationSegment.status == SegmentStatus.NEW)
                .with_only_columns(TranslationSegment.id, TranslationSegment.source)
                .order_by(TranslationSegment.file_id, TranslationSegment.position))]

    mt = removed = 0
    cancelled = False
    if translate is not None and todo:
        mt, cancelled, removed = _machine_translate(store, todo, translate, chunk_size,
                                                    progress, cancel, clock, now, mt_engine)
    with _session(store) as s:
        remaining = s.scalar(_scope(project_id, file_id)
                             .where(TranslationSegment.status == SegmentStatus.NEW)
                             .with_only_columns(func.count(TranslationSegment.id))) or 0
    return PretranslateResult(exact, fuzzy, mt, human, remaining, copied, cancelled, removed)


def _machine_translate(store: Any, todo: Sequence[tuple[int, str]], translate: Translate,
                       chunk_size: int, progress: ProgressFn | None,
                       cancel: threading.Event, clock: Callable[[], float],
                       now: Callable[[], datetime], mt_engine: str = "",
                       ) -> tuple[int, bool, int]:
    """Returns (segments saved, cancelled, invisible characters removed)."""
    total = len(todo)
    done = saved = removed = 0
    per_segment: float | None = None
    if progress is not None:
        progress(0, total, None)
    for start in range(0, total, chunk_size):
        if cancel.is_set():
            return saved, True, removed
        chunk = todo[start:start + chunk_size]
        protected = [protect(source) for _, source in chunk]
        began = clock()
        try:
            outputs = translate([p.text for p in protected])
        except Exception:
            if cancel.is_set():
                return saved, True, removed
            raise
        if not isinstance(outputs, list | tuple) or len(outputs) != len(chunk):
            got = len(outputs) if isinstance(outputs, list | tuple) else type(outputs).__name__
            raise PretranslateError(Phrase(
                "The translator returned {got} translations for {count} segments.", got=got,
                count=len(chunk)))
        # The model's text enters the store here: whatever the translator (the local model,
        # a remote engine, a test's fake), characters no file can hold are left out now, so
        # the editor, the memory and every export only ever see clean text.
        removed += int(getattr(outputs, "removed_characters", 0) or 0)
        texts = []
        for out in outputs:
            result = clean_text(str(out) if out is not None else "")
            removed += result.removed
            texts.append(result.text)
        stamp = now()
        with _transaction(store) as s:
            for (seg_id, _source), p, out in zip(chunk, protected, texts, strict=True):
                text = restore(p, out)
                if not text:
                    continue
                result = s.execute(
                    update(TranslationSegment)
                    .where(TranslationSegment.id == seg_id,
                           TranslationSegment.status == SegmentStatus.NEW)
                    .values(target=text, mt=text, status=SegmentStatus.MT,
                            mt_engine=mt_engine[:300], updated_at=stamp))
                saved += result.rowcount or 0
        done += len(chunk)
        elapsed = max(clock() - began, 0.0) / len(chunk)
        per_segment = elapsed if per_segment is None else 0.3 * elapsed + 0.7 * per_segment
        if progress is not None:
            progress(done, total, per_segment * (total - done))
    return saved, False, removed


"""Translation projects: a language pair, files imported into segments, their translations.

Every function takes an open Session and writes nothing it does not flush; the caller commits
(``with store.transaction() as s:``), so a failed call leaves nothing behind.

Projects
--------
``create_project(s, name, source_lang, target_lang, *, order_id=None, rules=None)`` →
:class:`~storage.tables.TranslationProject`. Names are unique (the CLI reuses a project by
name: :func:`find_project`). Language codes are normalised (``fr-CA`` → ``fr-ca``); the
translation memory and the glossary are those of the primary subtags (``fr`` → ``en``).
``rules`` (``storage.documents.SegmentationRules``) cut files imported afterwards; files
already imported keep their segments. :func:`project_rules` reads them back.

Files
-----
``import_file(s, project_id, path)`` / ``import_bytes(s, project_id, data, name)`` read the
document first (``storage.documents.read_document``; a ``DocumentError`` says what is wrong
and nothing is written), then keep the original bytes in the store (``TranslationFile.data``:
client documents never leave the machine and go into backups with their translations) and a
:class:`~storage.tables.TranslationSegment` row per segment. Importing the same bytes under the
same name again returns the file already there. Another file with the same name is refused,
unless ``replace=True``: then segments whose id and source are unchanged keep their
translation, status and suggestions.

A translation the file already holds (a .po ``msgstr``, an XLIFF ``<target>`` in a final
state) is imported as the segment's target with status ``edited`` (a person's work: never
overwritten by pre-translation); an unfinished one (fuzzy, needs-translation) is offered as a
suggestion (``origin`` ``file``) instead.

Segments and statuses
---------------------
``status`` is ``new`` (nothing yet), ``tm`` (an exact translation-memory match), ``mt`` (the
model's, unconfirmed), ``edited`` (a person wrote or changed it) or ``confirmed``.
:func:`segments` lists them for the editor's grid (filter by file, statuses, text),
:func:`set_target` records a person's text (``edited``; blank text puts the segment back to
``new``), :func:`confirm` confirms it and keeps it in the translation memory (refused when
empty or when its placeholders would make export refuse the file). :func:`suggestions` gives
a segment's stored fuzzy matches (``[Match]``), ``segment.mt`` the model's last translation
(Ctrl+M). :func:`find_in_targets` / :func:`replace_in_targets` search targets (plain text or
regular expression, case-sensitive or not) outside placeholders, which they never touch.
:func:`progress` counts segments per status.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.documents import (
    PLACEHOLDER_RE,
    Document,
    SegmentationRules,
    check_placeholders,
    format_of,
    read_document,
)
from storage.documents import _io as documents_io
from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import (
    Order,
    SegmentStatus,
    TranslationFile,
    TranslationProject,
    TranslationSegment,
    utcnow,
)
from storage.translation import memory
from storage.translation.languages import normalize_language

NAME_MAX = 200
#: Every status, in the order of the workflow.
STATUSES: tuple[str, ...] = tuple(s.value for s in SegmentStatus)
#: Statuses a person set: pre-translation never overwrites them.
HUMAN_STATUSES = frozenset({SegmentStatus.EDITED, SegmentStatus.CONFIRMED})
#: Statuses whose target export writes; the first two as unconfirmed drafts.
DRAFT_STATUSES = frozenset({SegmentStatus.TM, SegmentStatus.MT})
TRANSLATED_STATUSES = DRAFT_STATUSES | HUMAN_STATUSES


# --- projects -----------------------------------------------------------------------------------


def _clean_name(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", "A translation project needs a name.")
    if len(name) > NAME_MAX:
        raise ValidationError("name", "The name is too long (200 characters at most).")
    return name


def _check_unique_name(s: Session, name: str, project_id: int | None = None) -> None:
    other = s.scalars(select(TranslationProject).where(
        func.lower(TranslationProject.name) == name.lower())).first()
    if other is not None and other.id != project_id:
        raise ValidationError("name", "Another translation project already has this name.")


def _check_order(s: Session, order_id: int | None) -> None:
    if order_id is not None and s.get(Order, order_id) is None:
        raise ValidationError("order", "This order does not exist any more.")


def _languages(source_lang: str, target_lang: str) -> tuple[str, str]:
    src = normalize_language(source_lang, "source_lang")
    tgt = normalize_language(target_lang, "target_lang")
    if src == tgt:
        raise ValidationError("target_lang",
                              "The target language must differ from the source language.")
    return src, tgt


def create_project(s: Session, name: str, source_lang: str, target_lang: str, *,
                   order_id: int | None = None, rules: SegmentationRules | None = None,
                   now: datetime | None = None) -> TranslationProject:
    """A new project (ValidationError naming the field when a value is wrong)."""
    name = _clean_name(name)
    src, tgt = _languages(source_lang, target_lang)
    _check_unique_name(s, name)
    _check_order(s, order_id)
    now = now or utcnow()
    project = TranslationProject(
        name=name, source_lang=src, target_lang=tgt, order_id=order_id,
        rules=json.dumps(rules.to_dict()) if rules is not None else "",
        created_at=now, updated_at=now)
    s.add(project)
    s.flush()
    return project


def get_project(s: Session, project_id: int) -> TranslationProject:
    project = s.get(TranslationProject, project_id)
    if project is None:
        raise ValidationError("project", "This translation project does not exist any more.")
    return project


def find_project(s: Session, name: str) -> TranslationProject | None:
    """The project with this name (case-insensitive), or None."""
    name = " ".join((name or "").split())
    return s.scalars(select(TranslationProject).where(
        func.lower(TranslationProject.name) == name.lower())).first()


def list_projects(s: Session, *, order_id: int | None = None) -> list[TranslationProject]:
    """Projects, the most recently worked on first (optionally those of an order)."""
    q = select(TranslationProject).order_by(TranslationProject.updated_at.desc(),
                                            TranslationProject.id.desc())
    if order_id is not None:
        q = q.where(TranslationProject.order_id == order_id)
    return list(s.scalars(q))


_UNSET: Any = object()


def update_project(s: Session, project_id: int, *, name: str | None = None,
                   source_lang: str | None = None, target_lang: str | None = None,
                   order_id: int | None = _UNSET, rules: SegmentationRules | None = _UNSET,
                   now: datetime | None = None) -> TranslationProject:
    """Change a project's name, languages, order (``None`` detaches it) or rules (for files
    imported afterwards)."""
    project = get_project(s, project_id)
    if name is not None:
        new = _clean_name(name)
        _check_unique_name(s, new, project.id)
        project.name = new
    if source_lang is not None or target_lang is not None:
        project.source_lang, project.target_lang = _languages(
            source_lang or project.source_lang, target_lang or project.target_lang)
    if order_id is not _UNSET:
        _check_order(s, order_id)
        project.order_id = order_id
    if rules is not _UNSET:
        project.rules = json.dumps(rules.to_dict()) if rules is not None else ""
    project.updated_at = now or utcnow()
    s.flush()
    return project


def delete_project(s: Session, project_id: int) -> None:
    """Delete a project with its files and segments (its translation-memory units stay)."""
    s.delete(get_project(s, project_id))
    s.flush()


def project_rules(project: TranslationProject) -> SegmentationRules:
    return SegmentationRules.from_dict(json.loads(project.rules) if project.rules else None)


def _touch(s: Session, project_id: int, now: datetime) -> None:
    s.execute(update(TranslationProject).where(TranslationProject.id == project_id)
              .values(updated_at=now))


# --- files --------------------------------------------------------------------------------------


_INSERT_BATCH = 2000


def import_file(s: Session, project_id: int, path: str | os.PathLike[str], *,
                name: str | None = None, replace: bool = False,
                now: datetime | None = None) -> TranslationFile:
    """Import a file from disk (see :func:`import_bytes`)."""
    path = Path(path)
    format_of(name or path.name)  # refuse an unsupported extension before reading anything
    return import_bytes(s, project_id, documents_io.read_file(path), name or path.name,
                        replace=replace, now=now)


def import_bytes(s: Session, project_id: int, data: bytes, name: str, *, replace: bool = False,
                 now: datetime | None = None) -> TranslationFile:
    """Read ``data`` as the document ``name`` and keep it in the project with one row per
    segment. DocumentError (nothing written) when it cannot be read; see the module docstring
    for files imported again."""
    project = get_project(s, project_id)
    name = Path(name).name
    document = read_document(data, name, project_rules(project))
    digest = hashlib.sha256(data).hexdigest()
    existing = s.scalars(select(TranslationFile).where(
        TranslationFile.project_id == project_id, TranslationFile.name == name)).first()
    carried: dict[tuple[str, str], TranslationSegment] = {}
    if existing is not None:
        if existing.sha256 == digest:
            return existing
        if not replace:
            raise ValidationError("file", Phrase(
                "This project already has a file named “{name}” with other content. Replace it, "
                "or rename the new file.", name=name))
        carried = {(seg.key, seg.source): seg for seg in s.scalars(
            select(TranslationSegment).where(TranslationSegment.file_id == existing.id))}
        for seg in carried.values():
            s.expunge(seg)
        s.delete(existing)
        s.flush()
    now = now or utcnow()
    row = TranslationFile(project_id=project_id, name=name, format=document.format, data=data,
                          sha256=digest, segment_count=len(document.segments),
                          notes="\n".join(document.notes), imported_at=now)
    s.add(row)
    s.flush()
    # In batches: a row of parameters is a dict of 16 entries (about 1 KB), built for every
    # segment at once it took more memory than the whole document.
    for start in range(0, len(document.segments), _INSERT_BATCH):
        s.execute(TranslationSegment.__table__.insert(),
                  [_segment_values(row.id, i, seg, carried.get((seg.id, seg.source)), now)
                   for i, seg in enumerate(document.segments[start:start + _INSERT_BATCH],
                                           start)])
    _touch(s, project_id, now)
    return row


def _segment_values(file_id: int, position: int, seg: Any, old: TranslationSegment | None,
                    now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {
        "file_id": file_id, "position": position, "key": seg.id, "source": seg.source,
        "location": seg.location or "", "context": seg.context or "", "note": seg.note or "",
        "plural_of": seg.plural_of, "max_length": seg.max_length,
        "tags": json.dumps(dict(seg.tags), ensure_ascii=False) if seg.tags else "",
        "target": "", "status": SegmentStatus.NEW.value, "tm_score": None, "matches": "",
        "mt": None, "updated_at": now,
    }
    if old is not None:
        values.update(target=old.target, status=SegmentStatus(old.status).value,
                      tm_score=old.tm_score, matches=old.matches, mt=old.mt)
    elif seg.has_target:
        values.update(target=seg.target, status=SegmentStatus.EDITED.value)
    elif seg.target and seg.target.strip():
        values["matches"] = json.dumps([{"unit_id": None, "source": seg.source,
                                         "target": seg.target, "score": None,
                                         "origin": "file"}], ensure_ascii=False)
    return values


def get_file(s: Session, file_id: int) -> TranslationFile:
    row = s.get(TranslationFile, file_id)
    if row is None:
        raise ValidationError("file", "This file is not in the project any more.")
    return row


def list_files(s: Session, project_id: int) -> list[TranslationFile]:
    return list(s.scalars(select(TranslationFile).where(TranslationFile.project_id == project_id)
                          .order_by(TranslationFile.id)))


def remove_file(s: Session, file_id: int) -> None:
    """Remove a file and its segments from its project."""
    s.delete(get_file(s, file_id))
    s.flush()


def file_document(s: Session, file_id: int) -> Document:
    """The file read again as a Document, with the rules its segments were cut with."""
    row = get_file(s, file_id)
    document = read_document(row.data, row.name, project_rules(row.project))
    keys = list(s.scalars(select(TranslationSegment.key).where(
        TranslationSegment.file_id == file_id).order_by(TranslationSegment.position)))
    if keys != [seg.id for seg in document.segments]:
        # The project's rules changed since the import: read it as it was cut then.
        for rules in (SegmentationRules(), SegmentationRules(split_sentences=False)):
            candidate = read_document(row.data, row.name, rules)
            if keys == [seg.id for seg in candidate.segments]:
                return candidate
    return document


# --- segments -----------------------------------------------------------------------------------


def _status(status: str) -> SegmentStatus:
    try:
        return SegmentStatus(status)
    except ValueError as exc:
        raise ValidationError("status", "Unknown segment status.") from exc


def _statuses(statuses: Iterable[str] | None) -> list[SegmentStatus] | None:
    return None if statuses is None else [_status(st) for st in statuses]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _segment_query(project_id: int, file_id: int | None, statuses: Iterable[str] | None,
                   search: str | None) -> Any:
    q = (select(TranslationSegment).join(TranslationFile)
         .where(TranslationFile.project_id == project_id))
    if file_id is not None:
        q = q.where(TranslationSegment.file_id == file_id)
    wanted = _statuses(statuses)
    if wanted is not None:
        q = q.where(TranslationSegment.status.in_(wanted))
    if search:
        like = _like(search)
        q = q.where(TranslationSegment.source.ilike(like, escape="\\")
                    | TranslationSegment.target.ilike(like, escape="\\"))
    return q


def segments(s: Session, project_id: int, *, file_id: int | None = None,
             statuses: Iterable[str] | None = None, search: str | None = None,
             offset: int = 0, limit: int | None = None) -> list[TranslationSegment]:
    """The project's segments in document order (file, then position), filtered by file,
    statuses and a text found in the source or the target (case-insensitive for ASCII)."""
    q = (_segment_query(project_id, file_id, statuses, search)
         .order_by(TranslationSegment.file_id, TranslationSegment.position).offset(offset))
    if limit is not None:
        q = q.limit(limit)
    return list(s.scalars(q))


def count_segments(s: Session, project_id: int, *, file_id: int | None = None,
                   statuses: Iterable[str] | None = None, search: str | None = None) -> int:
    q = _segment_query(project_id, file_id, statuses, search).with_only_columns(
        func.count(TranslationSegment.id))
    return s.scalar(q) or 0


def get_segment(s: Session, segment_id: int) -> TranslationSegment:
    seg = s.get(TranslationSegment, segment_id)
    if seg is None:
        raise ValidationError("segment", "This segment is not in the project any more.")
    return seg


def segment_tags(seg: TranslationSegment) -> dict[str, str]:
    """What each placeholder number stands for (``{"1": "bold"}``)."""
    return json.loads(seg.tags) if seg.tags else {}


def suggestions(seg: TranslationSegment) -> list[memory.Match]:
    """The fuzzy matches stored for the segment by pre-translation, best first (a suggestion
    from the file itself has ``unit_id`` 0, ``score`` 0 and ``origin`` ``file``)."""
    if not seg.matches:
        return []
    return [memory.Match(m.get("unit_id") or 0, m["source"], m["target"], m.get("score") or 0,
                         m.get("origin") or "") for m in json.loads(seg.matches)]


def _project_of(s: Session, seg: TranslationSegment) -> TranslationProject:
    return seg.file.project


def set_target(s: Session, segment_id: int, text: str | None, status: str = "edited", *,
               now: datetime | None = None) -> TranslationSegment:
    """Record ``text`` as the segment's translation with ``status`` (a person's edit by
    default). Blank text with ``edited`` puts the segment back to ``new``; ``confirmed`` goes
    through :func:`confirm`."""
    st = _status(status)
    if st == SegmentStatus.CONFIRMED:
        return confirm(s, segment_id, text, now=now)
    seg = get_segment(s, segment_id)
    now = now or utcnow()
    text = text or ""
    if not text.strip() and st in (SegmentStatus.EDITED, SegmentStatus.NEW):
        st, text = SegmentStatus.NEW, ""
    seg.target, seg.status, seg.updated_at = text, st, now
    s.flush()
    _touch(s, seg.file.project_id, now)
    return seg


def confirm(s: Session, segment_id: int, text: str | None = None, *,
            now: datetime | None = None, tm: memory.TranslationMemory | None = None
            ) -> TranslationSegment:
    """Confirm the segment's translation (``text``, else its current target) and keep it in
    the translation memory. ``tm``: an in-memory memory to update as well (the editor's)."""
    seg = get_segment(s, segment_id)
    text = seg.target if text is None else text
    if not (text or "").strip():
        raise ValidationError("target", "Write a translation before confirming it.")
    blocking = [p for p in check_placeholders(seg.source, text) if p.blocking]
    if blocking:
        raise ValidationError("target", Phrase(
            "{problem}: fix the inline formatting placeholders before confirming.",
            problem=blocking[0].message))
    now = now or utcnow()
    seg.target, seg.status, seg.updated_at = text, SegmentStatus.CONFIRMED, now
    project = _project_of(s, seg)
    unit = memory.add_unit(s, project.source_lang, project.target_lang, seg.source, text,
                           project_id=project.id, origin="project", now=now)
    if tm is not None:
        tm.add(unit.id, unit.source, unit.target, unit.origin)
    _touch(s, project.id, now)
    s.flush()
    return seg


# --- find and replace ---------------------------------------------------------------------------


def _matcher(pattern: str, *, regex: bool, case_sensitive: bool) -> re.Pattern[str]:
    if not pattern:
        raise ValidationError("find", "Enter the text to find.")
    flags = 0 if case_sensitive else re.IGNORECASE
    if not regex:
        return re.compile(re.escape(pattern), flags)
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        raise ValidationError("find", Phrase("This regular expression is not valid: {error}.",
                                             error=exc)) from exc
    if compiled.search("") is not None and compiled.fullmatch("") is not None:
        raise ValidationError("find", "This regular expression matches empty text: make it "
                                      "match at least one character.")
    return compiled


def _outside_placeholders(text: str, fn: Callable[[str], tuple[str, int]]) -> tuple[str, int]:
    out: list[str] = []
    count = 0
    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
        piece, n = fn(text[pos:m.start()])
        out.append(piece)
        out.append(m.group(0))
        count += n
        pos = m.end()
    piece, n = fn(text[pos:])
    out.append(piece)
    return "".join(out), count + n


@dataclass(frozen=True)
class FindResult:
    """Segments (row ids, document order) whose target matches, and the number of matches."""

    segment_ids: list[int]
    matches: int


@dataclass(frozen=True)
class ReplaceResult:
    """Segments changed (row ids) and the number of replacements made."""

    segment_ids: list[int]
    replacements: int


def _target_rows(s: Session, project_id: int, file_id: int | None,
                 statuses: Iterable[str] | None,
                 segment_ids: Collection[int] | None) -> list[TranslationSegment]:
    q = (_segment_query(project_id, file_id, statuses, None)
         .where(TranslationSegment.target != "")
         .order_by(TranslationSegment.file_id, TranslationSegment.position))
    if segment_ids is not None:
        q = q.where(TranslationSegment.id.in_(list(segment_ids)))
    return list(s.scalars(q))


def find_in_targets(s: Session, project_id: int, pattern: str, *, regex: bool = False,
                    case_sensitive: bool = False, file_id: int | None = None,
                    statuses: Iterable[str] | None = None) -> FindResult:
    """Where ``pattern`` occurs in targets (outside placeholders)."""
    compiled = _matcher(pattern, regex=regex, case_sensitive=case_sensitive)
    ids: list[int] = []
    total = 0
    for seg in _target_rows(s, project_id, file_id, statuses, None):
        _, n = _outside_placeholders(seg.target, lambda t: (t, len(compiled.findall(t))))
        if n:
            ids.append(seg.id)
            total += n
    return FindResult(ids, total)


def replace_in_targets(s: Session, project_id: int, pattern: str, replacement: str, *,
                       regex: bool = False, case_sensitive: bool = False,
                       file_id: int | None = None, statuses: Iterable[str] | None = None,
                       segment_ids: Collection[int] | None = None,
                       now: datetime | None = None) -> ReplaceResult:
    """Replace ``pattern`` in targets, outside placeholders (a regular expression's
    replacement may use ``\\1``, ``\\g<name>``). A changed target becomes ``edited``; a
    confirmed one stays confirmed and its translation-memory unit follows."""
    compiled = _matcher(pattern, regex=regex, case_sensitive=case_sensitive)
    if PLACEHOLDER_RE.search(replacement or ""):
        raise ValidationError("replace", "The replacement cannot contain inline formatting "
                                         "placeholders.")
    replacement = replacement or ""
    if regex:
        try:
            compiled.sub(replacement, "")
        except (re.error, IndexError) as exc:
            raise ValidationError("replace", Phrase("This replacement is not valid: {error}.",
                                                    error=exc)) from exc

    def do(text: str) -> tuple[str, int]:
        if regex:
            return compiled.subn(replacement, text)
        return compiled.subn(lambda _m: replacement, text)

    now = now or utcnow()
    ids: list[int] = []
    total = 0
    project = get_project(s, project_id)
    for seg in _target_rows(s, project_id, file_id, statuses, segment_ids):
        try:
            new, n = _outside_placeholders(seg.target, do)
        except (re.error, IndexError) as exc:
            raise ValidationError("replace", Phrase("This replacement is not valid: {error}.",
                                                    error=exc)) from exc
        if not n or new == seg.target:
            continue
        ids.append(seg.id)
        total += n
        seg.target, seg.updated_at = new, now
        if seg.status == SegmentStatus.CONFIRMED:
            memory.add_unit(s, project.source_lang, project.target_lang, seg.source, new,
                            project_id=project.id, origin="project", now=now)
        else:
            seg.status = SegmentStatus.EDITED
    if ids:
        _touch(s, project_id, now)
    s.flush()
    return ReplaceResult(ids, total)


# --- progress -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """Segment counts of a project (or one of its files)."""

    total: int
    counts: dict[str, int]  # every status, zero included

    @property
    def translated(self) -> int:
        """Segments with a translation of any kind (tm, mt, edited, confirmed)."""
        return sum(self.counts[s.value] for s in TRANSLATED_STATUSES)

    @property
    def confirmed(self) -> int:
        return self.counts[SegmentStatus.CONFIRMED.value]

    @property
    def untranslated(self) -> int:
        return self.counts[SegmentStatus.NEW.value]

    @property
    def percent_confirmed(self) -> float:
        return round(100 * self.confirmed / self.total, 1) if self.total else 0.0

    @property
    def percent_translated(self) -> float:
        return round(100 * self.translated / self.total, 1) if self.total else 0.0


def progress(s: Session, project_id: int, *, file_id: int | None = None) -> Progress:
    q = (select(TranslationSegment.status, func.count(TranslationSegment.id))
         .join(TranslationFile).where(TranslationFile.project_id == project_id)
         .group_by(TranslationSegment.status))
    if file_id is not None:
        q = q.where(TranslationSegment.file_id == file_id)
    counts = dict.fromkeys(STATUSES, 0)
    for status, n in s.execute(q):
        counts[SegmentStatus(status).value] = n
    return Progress(sum(counts.values()), counts)

"""The glossary: terms and their required translations per language pair.

A :class:`~storage.tables.GlossaryTerm` has a source term, a target term, a note, a
``required`` flag (quality checks report a translation that lacks the target term) and a
``case_sensitive`` flag. Several target terms may be given for one source term (alternatives:
any of them satisfies the check). Pairs are primary language subtags, as for the translation
memory (see :mod:`storage.translation.languages`).

Matching (:meth:`Glossary.hits`, :meth:`Glossary.target_has`)
----------------------------------------------------------------
A term is found as whole words (not inside a longer word), with any white space between its
words, and with a simple plural (``s``, ``x`` or ``es`` after a term ending in a letter:
“facture” finds “factures”). Unless the term is case-sensitive, case and accents are ignored
(“Référence” finds “reference”). Placeholders in the text are looked through
(``⟨1⟩invoice⟨/1⟩`` finds “invoice”); hits give positions in the text as given.

CSV
---
:func:`import_csv` reads a CSV file whose first line names the columns: ``source``, ``target``
and optionally ``note``, ``required`` and ``case_sensitive`` (French names are accepted too:
``cible``, ``obligatoire``, ``casse``). The separator is the one of ``,``, ``;`` or tab found
most in the first line (spreadsheets set to French write ``;``). The text is UTF-8 (with or
without BOM), else Windows-1252. ``required`` / ``case_sensitive`` take yes/no, oui/non,
true/false, 1/0, x or empty. A line that cannot be read raises ``CsvImportError`` naming the
file, the line and the column, and nothing is imported. An entry already in the glossary
(same source and target term) gets the file's note and flags. :func:`export_csv` writes the
same columns (UTF-8 with BOM, comma-separated), so export → import round-trips. A term or
note that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``…) is
written with a leading apostrophe, which the import removes (:mod:`storage.csvcells`). A file
over ``MAX_CSV_BYTES`` (50 MB) is refused before it is read.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.csvcells import protect, unprotect
from storage.documents.placeholders import PLACEHOLDER_RE
from storage.errors import CsvImportError, ValidationError
from storage.inputs import NotARegularFile, read_regular_file
from storage.tables import GlossaryTerm, utcnow
from storage.translation.languages import language_key

#: The largest glossary file imported (a glossary of 100,000 terms is about 5 MB).
MAX_CSV_BYTES = 50 * 1024 * 1024
TERM_MAX = 300
NOTE_MAX = 2000
COLUMNS = ("source", "target", "note", "required", "case_sensitive")
_ALIASES = {
    "source": "source", "source term": "source", "source_term": "source", "terme": "source",
    "terme source": "source",
    "target": "target", "target term": "target", "target_term": "target", "cible": "target",
    "terme cible": "target", "translation": "target", "traduction": "target",
    "note": "note", "notes": "note", "comment": "note", "commentaire": "note",
    "required": "required", "obligatoire": "required", "requis": "required",
    "mandatory": "required",
    "case_sensitive": "case_sensitive", "case sensitive": "case_sensitive",
    "case": "case_sensitive", "casse": "case_sensitive",
    "sensible à la casse": "case_sensitive",
}
_YES = frozenset({"yes", "y", "oui", "o", "true", "vrai", "1", "x"})
_NO = frozenset({"", "no", "n", "non", "false", "faux", "0"})


# --- matching -----------------------------------------------------------------------------------


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded without accents, and for each folded character the index of the
    character of ``text`` it comes from (plus a last entry: ``len(text)``)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            folded = ch.lower()
        else:
            folded = "".join(c for c in unicodedata.normalize("NFKD", ch)
                             if not unicodedata.combining(c)).casefold()
        for c in folded:
            out.append(c)
            where.append(i)
    where.append(len(text))
    return "".join(out), where


def fold(text: str) -> str:
    return fold_with_map(text)[0]


def _visible(text: str) -> tuple[str, list[int]]:
    """``text`` without placeholders, and the index in ``text`` of each character kept."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
        out.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    where.append(len(text))
    return "".join(out), where


def _pattern(term: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in term.split())
    plural = "(?:s|x|es)?" if term[-1:].isalpha() else ""
    return re.compile(rf"(?<!\w){body}{plural}(?!\w)")


@dataclass(frozen=True)
class Term:
    """A glossary entry as the matcher uses it."""

    id: int
    source: str
    target: str
    note: str = ""
    required: bool = False
    case_sensitive: bool = False

    @classmethod
    def of(cls, row: GlossaryTerm) -> Term:
        return cls(row.id, row.source_term, row.target_term, row.note, row.required,
                   row.case_sensitive)


@dataclass(frozen=True)
class GlossaryHit:
    """A term found in a text: ``text[start:end]`` is what matched."""

    term: Term
    start: int
    end: int
    text: str


class _Compiled:
    def __init__(self, term: Term) -> None:
        self.term = term
        src = term.source if term.case_sensitive else fold(term.source)
        tgt = term.target if term.case_sensitive else fold(term.target)
        self.source_probe = src.split()[0] if src.split() else src
        self.source_re = _pattern(src) if src.strip() else None
        self.target_re = _pattern(tgt) if tgt.strip() else None


class Glossary:
    """The terms of one language pair, ready to be matched (build once, match many texts)."""

    def __init__(self, terms: Iterable[Term], source_lang: str = "",
                 target_lang: str = "") -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.terms = list(terms)
        self._compiled = [_Compiled(t) for t in self.terms]

    @classmethod
    def load(cls, s: Session, source_lang: str, target_lang: str) -> Glossary:
        return cls((Term.of(r) for r in list_terms(s, source_lang, target_lang)),
                   language_key(source_lang), language_key(target_lang))

    def __len__(self) -> int:
        return len(self.terms)

    def hits(self, text: str) -> list[GlossaryHit]:
        """Terms found in ``text`` (a segment's source), in order of position, longer first."""
        if not self._compiled or not text:
            return []
        visible, vis_map = _visible(text)
        folded, fold_map = fold_with_map(visible)
        found: list[GlossaryHit] = []
        for c in self._compiled:
            if c.source_re is None:
                continue
            hay, mapping = (visible, None) if c.term.case_sensitive else (folded, fold_map)
            if c.source_probe not in hay:
                continue
            for m in c.source_re.finditer(hay):
                start, end = m.start(), m.end()
                if mapping is not None:
                    start, end = mapping[start], mapping[end - 1] + 1
                start, end = vis_map[start], vis_map[end - 1] + 1
                found.append(GlossaryHit(c.term, start, end, text[start:end]))
        found.sort(key=lambda h: (h.start, -(h.end - h.start), h.term.id))
        return found

    def target_has(self, term: Term, text: str) -> bool:
        """Whether ``text`` (a translation) contains ``term``'s target term."""
        c = next((c for c in self._compiled if c.term == term), None) or _Compiled(term)
        if c.target_re is None:
            return True
        visible = _visible(text)[0]
        return bool(c.target_re.search(visible if term.case_sensitive else fold(visible)))


# --- terms in the store -------------------------------------------------------------------------


def _pair(source_lang: str, target_lang: str) -> tuple[str, str]:
    return language_key(source_lang), language_key(target_lang)


def _clean_term(text: str | None, field: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError(field, "Enter the term.")
    if len(text) > TERM_MAX:
        raise ValidationError(field, "A term is too long (300 characters at most).")
    return text


def _clean_note(text: str | None) -> str:
    text = (text or "").strip()
    if len(text) > NOTE_MAX:
        raise ValidationError("note", "The note is too long (2000 characters at most).")
    return text


def list_terms(s: Session, source_lang: str, target_lang: str, *,
               search: str | None = None) -> list[GlossaryTerm]:
    """The pair's terms in alphabetical order of source term; ``search`` filters source and
    target terms (case and accents ignored)."""
    src, tgt = _pair(source_lang, target_lang)
    rows = list(s.scalars(select(GlossaryTerm).where(
        GlossaryTerm.source_lang == src, GlossaryTerm.target_lang == tgt)))
    if search:
        needle = fold(search.strip())
        rows = [r for r in rows if needle in fold(r.source_term) or needle in fold(r.target_term)]
    rows.sort(key=lambda r: (fold(r.source_term), r.source_term, fold(r.target_term), r.id))
    return rows


def _find(s: Session, src: str, tgt: str, source: str, target: str) -> GlossaryTerm | None:
    return s.scalars(select(GlossaryTerm).where(
        GlossaryTerm.source_lang == src, GlossaryTerm.target_lang == tgt,
        GlossaryTerm.source_term == source, GlossaryTerm.target_term == target)).one_or_none()


def add_term(s: Session, source_lang: str, target_lang: str, source: str, target: str, *,
             note: str = "", required: bool = False, case_sensitive: bool = False,
             now: datetime | None = None) -> GlossaryTerm:
    """Add a term to the pair's glossary (ValidationError if the same pair of terms is there)."""
    src, tgt = _pair(source_lang, target_lang)
    source, target = _clean_term(source, "source"), _clean_term(target, "target")
    if _find(s, src, tgt, source, target) is not None:
        raise ValidationError("source", "This term and translation are already in the glossary.")
    now = now or utcnow()
    row = GlossaryTerm(source_lang=src, target_lang=tgt, source_term=source, target_term=target,
                       note=_clean_note(note), required=bool(required),
                       case_sensitive=bool(case_sensitive), created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return row


def update_term(s: Session, term_id: int, *, source: str | None = None,
                target: str | None = None, note: str | None = None,
                required: bool | None = None, case_sensitive: bool | None = None) -> GlossaryTerm:
    row = s.get(GlossaryTerm, term_id)
    if row is None:
        raise ValidationError("term", "This glossary term does not exist any more.")
    new_source = _clean_term(source, "source") if source is not None else row.source_term
    new_target = _clean_term(target, "target") if target is not None else row.target_term
    if (new_source, new_target) != (row.source_term, row.target_term):
        other = _find(s, row.source_lang, row.target_lang, new_source, new_target)
        if other is not None and other.id != row.id:
            raise ValidationError("source",
                                  "This term and translation are already in the glossary.")
    row.source_term, row.target_term = new_source, new_target
    if note is not None:
        row.note = _clean_note(note)
    if required is not None:
        row.required = bool(required)
    if case_sensitive is not None:
        row.case_sensitive = bool(case_sensitive)
    s.flush()
    return row


def delete_term(s: Session, term_id: int) -> None:
    row = s.get(GlossaryTerm, term_id)
    if row is None:
        raise ValidationError("term", "This glossary term does not exist any more.")
    s.delete(row)
    s.flush()


def hits(s: Session, source_lang: str, target_lang: str, text: str) -> list[GlossaryHit]:
    """One look-up straight from the store (keep a :class:`Glossary` for many)."""
    return Glossary.load(s, source_lang, target_lang).hits(text)


# --- CSV ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryImportResult:
    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class _Row:
    line: int
    source: str
    target: str
    note: str
    required: bool
    case_sensitive: bool


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _shown(text: str, limit: int = 60) -> str:
    """A cell quoted in a message, cut when long (a binary file read as CSV is one long cell)."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _flag(value: str, name: str, line: int, column: str) -> bool:
    v = value.strip().lower()
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise CsvImportError(name, line, column,
                         "“{value}” is not yes or no (write yes, no, 1 or 0).",
                         {"value": _shown(value)})


def _check_size(name: str, size: int) -> None:
    if size > MAX_CSV_BYTES:
        raise CsvImportError(name, 0, "file",
                             "the file is {size} MB; Atelier imports glossaries of up to {limit} "
                             "MB. Check that it is the right file.",
                             {"size": f"{size / 1024 / 1024:.1f}",
                              "limit": MAX_CSV_BYTES // (1024 * 1024)})


def read_csv(data: bytes, name: str) -> list[_Row]:
    """Parse a glossary CSV (see the module docstring); CsvImportError on the first problem."""
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise CsvImportError(name, 1, "source", "this line cannot be read ({reason}).",
                             {"reason": exc}) from exc
    if header is None or not any(h.strip() for h in header):
        raise CsvImportError(name, 1, "source",
                             "the file is empty: its first line must name the columns "
                             "source, target, note, required.")
    columns: list[str] = []
    for raw in header:
        key = _ALIASES.get(raw.strip().lstrip("\ufeff").lower())
        if key is None:
            raise CsvImportError(name, 1, _shown(raw) or "?",
                                 "unknown column “{column}”: the columns are {columns}.",
                                 {"column": _shown(raw), "columns": ", ".join(COLUMNS)})
        if key in columns:
            raise CsvImportError(name, 1, key, "the column “{column}” appears twice.",
                                 {"column": key})
        columns.append(key)
    for needed in ("source", "target"):
        if needed not in columns:
            raise CsvImportError(name, 1, needed,
                                 "the first line must name a “{column}” column (the columns "
                                 "are {columns}).",
                                 {"column": needed, "columns": ", ".join(COLUMNS)})
    rows: list[_Row] = []
    line = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CsvImportError(name, reader.line_num, "source",
                                 "this line cannot be read ({reason}).", {"reason": exc}) from exc
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(columns) and any(f.strip() for f in fields[len(columns):]):
            raise CsvImportError(name, line, columns[-1],
                                 "this line has {count} values for {columns} columns (is a "
                                 "“{delimiter}” missing quotes?).",
                                 {"count": len(fields), "columns": len(columns),
                                  "delimiter": delimiter})
        values = dict(zip(columns, map(unprotect, fields), strict=False))
        source = " ".join(values.get("source", "").split())
        target = " ".join(values.get("target", "").split())
        if not source:
            raise CsvImportError(name, line, "source", "the source term is empty.")
        if not target:
            raise CsvImportError(name, line, "target", "the target term is empty.")
        for column, value in (("source", source), ("target", target)):
            if len(value) > TERM_MAX:
                raise CsvImportError(name, line, column,
                                     "the term is too long ({limit} characters at most).",
                                     {"limit": TERM_MAX})
        note = values.get("note", "").strip()
        if len(note) > NOTE_MAX:
            raise CsvImportError(name, line, "note",
                                 "the note is too long ({limit} characters at most).",
                                 {"limit": NOTE_MAX})
        rows.append(_Row(line, source, target, note,
                         _flag(values.get("required", ""), name, line, "required"),
                         _flag(values.get("case_sensitive", ""), name, line, "case_sensitive")))
    return rows


def import_csv(s: Session, source_lang: str, target_lang: str,
               path: str | os.PathLike[str] | bytes, *, name: str | None = None,
               now: datetime | None = None) -> GlossaryImportResult:
    """Import a glossary CSV (a path, or its bytes with ``name``) into the pair's glossary.
    The whole file is checked before anything is written. Call it inside one transaction."""
    if isinstance(path, bytes):
        data, name = path, name or "glossary.csv"
    else:
        p = Path(path)
        name = name or p.name
        try:  # the size is checked before a byte is read; a FIFO or a device is refused
            data = read_regular_file(p, lambda size: _check_size(name, size))
        except NotARegularFile as exc:
            raise CsvImportError(name, 0, "file", "the file {reason}.",
                                 {"reason": exc.strerror}) from exc
        except OSError as exc:
            raise CsvImportError(name, 1, "source", "the file cannot be read ({reason}).",
                                 {"reason": exc.strerror or exc}) from exc
    _check_size(name, len(data))
    rows = read_csv(data, name)
    src, tgt = _pair(source_lang, target_lang)
    existing = {(r.source_term, r.target_term): r for r in s.scalars(select(GlossaryTerm).where(
        GlossaryTerm.source_lang == src, GlossaryTerm.target_lang == tgt))}
    latest = {(r.source, r.target): r for r in rows}
    now = now or utcnow()
    added = updated = unchanged = 0
    for (source, target), r in latest.items():
        row = existing.get((source, target))
        if row is None:
            s.add(GlossaryTerm(source_lang=src, target_lang=tgt, source_term=source,
                               target_term=target, note=r.note, required=r.required,
                               case_sensitive=r.case_sensitive, created_at=now, updated_at=now))
            added += 1
        elif (row.note, row.required, row.case_sensitive) != (r.note, r.required,
                                                              r.case_sensitive):
            row.note, row.required, row.case_sensitive = r.note, r.required, r.case_sensitive
            row.updated_at = now
            updated += 1
        else:
            unchanged += 1
    s.flush()
    return GlossaryImportResult(added, updated, unchanged)


def render_csv(terms: Iterable[GlossaryTerm]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for t in terms:
        writer.writerow([protect(t.source_term), protect(t.target_term), protect(t.note or ""),
                         "yes" if t.required else "no",
                         "yes" if t.case_sensitive else "no"])
    return out.getvalue()


def export_csv(s: Session, source_lang: str, target_lang: str,
               path: str | os.PathLike[str]) -> int:
    """Write the pair's glossary as CSV to ``path`` (whole or not at all); returns the number
    of terms written."""
    from storage.documents._io import atomic_write

    terms = list_terms(s, source_lang, target_lang)
    atomic_write(Path(path), b"\xef\xbb\xbf" + render_csv(terms).encode("utf-8"))
    return len(terms)

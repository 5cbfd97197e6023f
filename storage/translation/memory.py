"""The translation memory: translations a person confirmed (or imported from TMX), per language
pair, looked up again for new segments.

Units
-----
A :class:`~storage.tables.TranslationUnit` is a source and its target in a language pair of
primary subtags (``fr`` → ``en``; see :mod:`storage.translation.languages`), with where it came
from (``origin``: ``project`` or ``tmx:<file name>``, ``project_id``), when it was created,
changed and last used. There is one unit per source and pair: confirming the same source again
replaces its target (the latest translation wins).

Matching
--------
- **Exact**: the sources are equal once normalised by :func:`normalize_source` (white space runs
  collapsed and trimmed, typographic apostrophes as ``'``, Unicode NFC). Case, punctuation and
  placeholders (``⟨1⟩…⟨/1⟩``) count: ``⟨1⟩Hello⟨/1⟩`` does not match ``Hello``.
- **Fuzzy**: a score from 0 to 100, the character-level similarity of the two normalised
  sources (``difflib.SequenceMatcher.ratio`` on case-folded text; a difference in case only
  scores 99; anything but an exact match is at most 99). Matches of 75 or more are offered.
  To stay fast on tens of thousands of units, :class:`TranslationMemory` keeps an in-memory index
  of the word stems (first five letters) of every unit. Only units that share a stem with the
  segment — at least 30 % of its stems found in at most a fifth of the units, when it has
  such stems —, whose length is within the window a 75 % score allows (0.6 to 1.67
  times), and which share at least 40 % of their stems (Dice) are scored, the 50 that share the
  most first. So inflected words still match (“Les factures sont envoyées” finds “La facture
  est envoyée”), but a match whose words are all different is not looked for.

Use :class:`TranslationMemory` (``TranslationMemory.load(s, "fr", "en")``) for many look-ups
(pre-translation, the editor's suggestions: load it once, call :meth:`~TranslationMemory.add`
after a confirmation); :func:`exact_match` and :func:`fuzzy_matches` do one look-up each.

TMX 1.4
-------
:func:`import_tmx` reads a TMX file (untrusted: parsed with defusedxml) into the memory of one
pair; :func:`export_tmx` writes a pair's memory. Inline codes are carried as follows:

- on import, ``<bpt>``/``<ept>`` become a placeholder pair ``⟨n⟩…⟨/n⟩`` and ``<ph>``, ``<it>``
  and ``<ut>`` a standalone placeholder ``⟨n/⟩``, numbered in order of appearance in the source
  and matched in the target through their ``x`` attribute (else ``i``, else their order); their
  native code is dropped. ``<hi>`` keeps its text. When the target's codes do not fit the
  source's (one unknown to the source, mis-nested pairs), both sides are imported as plain text,
  without placeholders;
- on export, ``⟨n⟩`` is written ``<bpt i="n" x="n">⟨n⟩</bpt>``, ``⟨/n⟩`` ``<ept i="n">⟨/n⟩</ept>``
  and ``⟨n/⟩`` ``<ph x="n">⟨n/⟩</ph>``, so a TMX exported by Atelier imports back unchanged.

A ``<tu>`` without a non-empty ``<seg>`` in both languages of the pair is skipped (counted);
``xml:lang`` (``lang`` in TMX 1.1) is compared by primary subtag. When a source appears twice
the last translation wins. A file that is not TMX, or malformed XML, raises :class:`TmxError`
naming the file (and the line), and nothing is imported.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import unicodedata
import xml.etree.ElementTree as StdET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.cleantext import clean
from storage.documents.errors import PLACES, render, shorten
from storage.documents.placeholders import check_placeholders, render_token, tokens
from storage.errors import AtelierError, ValidationError
from storage.inputs import NotARegularFile, read_regular_file
from storage.tables import TranslationUnit, utcnow
from storage.translation.languages import language_key

if TYPE_CHECKING:
    from storage.db import Store

#: The lowest fuzzy score offered as a suggestion.
FUZZY_THRESHOLD = 75
#: Largest TMX file imported.
MAX_TMX_BYTES = 200 * 1024 * 1024
#: How many candidates are scored character by character, at most.
MAX_CANDIDATES = 50
#: The least word-stem overlap (Dice coefficient) a candidate needs to be scored.
MIN_STEM_OVERLAP = 0.4
#: The least share of the segment's rarer stems a candidate must have.
MIN_RARE_SHARED = 0.3
#: Word stems: the first letters of each word (“factures” and “facture” share “factu”).
STEM_LENGTH = 5

_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TmxError(AtelierError):
    """A TMX file cannot be imported; ``str(error)`` names the file (and the line)."""

    where = None  # no segment: the same fields as storage.documents.DocumentError

    def __init__(self, file: str | os.PathLike[str] | None, problem: str,
                 values: dict[str, object] | None = None, *, line: int | None = None) -> None:
        self.file = PurePath(os.fspath(file)).name if file is not None else "TMX file"
        self.template = problem  # translated by the app, then filled with values
        self.values = dict(values or {})
        # it may quote the file: cut long runs
        self.problem = problem = shorten(render(problem, self.values))
        self.line = line
        super().__init__(PLACES[line is not None, False].format(
            file=self.file, line=line, problem=problem))

    @property
    def message(self) -> str:
        return str(self)


# --- normalisation and matching -------------------------------------------------------------


def normalize_source(text: str) -> str:
    """The key exact matches compare: NFC, white space runs as one space, trimmed, ``’`` as
    ``'``. Case, punctuation and placeholders are kept."""
    text = unicodedata.normalize("NFC", text or "").replace("’", "'")
    return _SPACE_RE.sub(" ", text).strip()


def _fold(key: str) -> str:
    return key.casefold()


def _stems(folded: str) -> frozenset[str]:
    return frozenset(w[:STEM_LENGTH] for w in _WORD_RE.findall(folded))


@dataclass(frozen=True)
class Match:
    """A translation-memory match: the unit, its texts and the score (100: exact)."""

    unit_id: int
    source: str
    target: str
    score: int
    origin: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"unit_id": self.unit_id, "source": self.source, "target": self.target,
                "score": self.score, "origin": self.origin}


@dataclass
class _Entry:
    id: int
    source: str
    target: str
    key: str
    folded: str
    words: frozenset[str]
    origin: str


@dataclass
class TranslationMemory:
    """An in-memory snapshot of one pair's units with an index for fuzzy look-ups.

    Build it with :meth:`load` (or from ``(id, source, target, origin)`` tuples); it does not
    follow the store by itself: call :meth:`add` after writing a unit."""

    source_lang: str
    target_lang: str
    _by_key: dict[str, _Entry] = field(default_factory=dict)
    _by_id: dict[int, _Entry] = field(default_factory=dict)
    _postings: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, s: Session, source_lang: str, target_lang: str) -> TranslationMemory:
        src, tgt = language_key(source_lang), language_key(target_lang)
        tm = cls(src, tgt)
        rows = s.execute(select(TranslationUnit.id, TranslationUnit.source,
                                TranslationUnit.target, TranslationUnit.origin)
                         .where(TranslationUnit.source_lang == src,
                                TranslationUnit.target_lang == tgt))
        for row in rows:
            tm.add(row.id, row.source, row.target, row.origin)
        return tm

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, unit_id: int, source: str, target: str, origin: str = "") -> None:
        """Add or replace a unit (a unit with the same normalised source is replaced)."""
        key = normalize_source(source)
        old = self._by_key.get(key)
        if old is not None:
            self._remove(old)
        old = self._by_id.get(unit_id)
        if old is not None:
            self._remove(old)
        folded = _fold(key)
        entry = _Entry(unit_id, source, target, key, folded, _stems(folded), origin)
        self._by_key[key] = entry
        self._by_id[unit_id] = entry
        for w in entry.words:
            self._postings.setdefault(w, set()).add(unit_id)

    def remove(self, unit_id: int) -> None:
        entry = self._by_id.get(unit_id)
        if entry is not None:
            self._remove(entry)

    def _remove(self, entry: _Entry) -> None:
        self._by_key.pop(entry.key, None)
        self._by_id.pop(entry.id, None)
        for w in entry.words:
            ids = self._postings.get(w)
            if ids is not None:
                ids.discard(entry.id)
                if not ids:
                    del self._postings[w]

    def exact(self, text: str) -> Match | None:
        """The unit whose normalised source equals ``text``'s, or None."""
        entry = self._by_key.get(normalize_source(text))
        if entry is None:
            return None
        return Match(entry.id, entry.source, entry.target, 100, entry.origin)

    def fuzzy(self, text: str, *, threshold: int = FUZZY_THRESHOLD,
              limit: int = 3) -> list[Match]:
        """Units scoring ``threshold`` or more (not the exact match), best first."""
        key = normalize_source(text)
        if not key:
            return []
        folded = _fold(key)
        words = _stems(folded)
        if not words:
            return []
        n = len(folded)
        ratio = threshold / 100
        low, high = n * ratio / (2 - ratio), n * (2 - ratio) / ratio
        cap = max(100, len(self._by_id) // 5)
        known = sorted((w for w in words if w in self._postings),
                       key=lambda w: len(self._postings[w]))
        rare = [w for w in known if len(self._postings[w]) <= cap] or known[:3]
        counts: Counter[int] = Counter()
        for w in rare:
            counts.update(self._postings[w])
        need = max(1, math.ceil(len(rare) * MIN_RARE_SHARED))
        ranked: list[tuple[float, int]] = []
        for unit_id in [u for u, c in counts.items() if c >= need]:
            entry = self._by_id[unit_id]
            if entry.key == key or not low <= len(entry.folded) <= high:
                continue
            dice = 2 * len(words & entry.words) / (len(words) + len(entry.words))
            if dice >= MIN_STEM_OVERLAP:
                ranked.append((dice, unit_id))
        ranked.sort(key=lambda r: (-r[0], r[1]))
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(folded)
        found: list[Match] = []
        for _dice, unit_id in ranked[:MAX_CANDIDATES]:
            entry = self._by_id[unit_id]
            matcher.set_seq1(entry.folded)
            if matcher.real_quick_ratio() < ratio or matcher.quick_ratio() < ratio:
                continue
            r = matcher.ratio()
            if r < ratio:
                continue
            score = 99 if entry.folded == folded else min(99, int(r * 100))
            found.append(Match(entry.id, entry.source, entry.target, score, entry.origin))
        found.sort(key=lambda m: (-m.score, m.unit_id))
        return found[:limit]

    def lookup(self, text: str, *, threshold: int = FUZZY_THRESHOLD,
               limit: int = 3) -> list[Match]:
        """The exact match (if any) then fuzzy ones: what the editor shows for a segment."""
        exact = self.exact(text)
        fuzzy = self.fuzzy(text, threshold=threshold, limit=limit)
        return ([exact] if exact else []) + fuzzy[:limit - (1 if exact else 0)]


# --- units in the store ---------------------------------------------------------------------


def _pair(source_lang: str, target_lang: str) -> tuple[str, str]:
    return language_key(source_lang), language_key(target_lang)


def add_unit(s: Session, source_lang: str, target_lang: str, source: str, target: str, *,
             project_id: int | None = None, origin: str = "project",
             now: datetime | None = None) -> TranslationUnit:
    """Keep ``source`` → ``target`` in the pair's memory (replacing the target of a unit with
    the same normalised source). Returns the unit (flushed: it has its id)."""
    src, tgt = _pair(source_lang, target_lang)
    key = normalize_source(source)
    if not key:
        raise ValidationError("source", "The source text is empty: there is nothing to remember.")
    if not (target or "").strip():
        raise ValidationError("target", "The translation is empty: there is nothing to remember.")
    now = now or utcnow()
    unit = s.scalars(select(TranslationUnit).where(
        TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt,
        TranslationUnit.source_key == key)).one_or_none()
    if unit is None:
        unit = TranslationUnit(source_lang=src, target_lang=tgt, source=source, target=target,
                               source_key=key, project_id=project_id, origin=origin,
                               created_at=now, changed_at=now, use_count=0)
        s.add(unit)
    elif unit.target != target or unit.source != source:
        unit.source, unit.target, unit.changed_at = source, target, now
        unit.origin = origin
        if project_id is not None:
            unit.project_id = project_id
    s.flush()
    return unit


def delete_unit(s: Session, unit_id: int) -> None:
    unit = s.get(TranslationUnit, unit_id)
    if unit is None:
        raise ValidationError("unit", "This translation memory unit does not exist any more.")
    s.delete(unit)
    s.flush()


def mark_used(s: Session, unit_ids: Iterable[int], now: datetime | None = None) -> None:
    """Record that these units were used (their ``used_at`` and ``use_count``)."""
    now = now or utcnow()
    for unit_id in set(unit_ids):
        unit = s.get(TranslationUnit, unit_id)
        if unit is not None:
            unit.used_at = now
            unit.use_count = (unit.use_count or 0) + 1


def list_units(s: Session, source_lang: str, target_lang: str, *, search: str | None = None,
               offset: int = 0, limit: int | None = None) -> list[TranslationUnit]:
    """The pair's units, most recently changed first; ``search`` filters sources and targets
    (case-insensitive substring)."""
    src, tgt = _pair(source_lang, target_lang)
    q = (select(TranslationUnit)
         .where(TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt)
         .order_by(TranslationUnit.changed_at.desc(), TranslationUnit.id.desc()))
    if search:
        like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(TranslationUnit.source.ilike(like, escape="\\")
                    | TranslationUnit.target.ilike(like, escape="\\"))
    q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(s.scalars(q))


def count_units(s: Session, source_lang: str, target_lang: str) -> int:
    src, tgt = _pair(source_lang, target_lang)
    return s.scalar(select(func.count(TranslationUnit.id)).where(
        TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt)) or 0


def exact_match(s: Session, source_lang: str, target_lang: str, text: str) -> Match | None:
    """One exact look-up straight from the store."""
    src, tgt = _pair(source_lang, target_lang)
    unit = s.scalars(select(TranslationUnit).where(
        TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt,
        TranslationUnit.source_key == normalize_source(text))).one_or_none()
    if unit is None:
        return None
    return Match(unit.id, unit.source, unit.target, 100, unit.origin)


def fuzzy_matches(s: Session, source_lang: str, target_lang: str, text: str, *,
                  threshold: int = FUZZY_THRESHOLD, limit: int = 3) -> list[Match]:
    """One fuzzy look-up (loads the pair's memory: keep a :class:`TranslationMemory` for
    many)."""
    return TranslationMemory.load(s, source_lang, target_lang).fuzzy(
        text, threshold=threshold, limit=limit)


def matches_json(matches: Sequence[Match]) -> str:
    return json.dumps([m.to_dict() for m in matches], ensure_ascii=False) if matches else ""


# --- TMX ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TmxImportResult:
    """What an import did: units added, units whose translation changed, units already there
    unchanged, and ``<tu>`` skipped (no text in one of the two languages)."""

    added: int
    updated: int
    unchanged: int
    skipped: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_Item = str | tuple[str, tuple[str, str]]  # text, or (kind, key)


def _seg_items(seg: StdET.Element) -> list[_Item]:
    items: list[_Item] = []
    pairs_by_i: dict[str, tuple[str, str]] = {}
    seen: Counter[str] = Counter()

    def walk(el: StdET.Element) -> None:
        if el.text:
            items.append(el.text)
        for child in el:
            name = _local(child.tag)
            if name == "bpt":
                i = child.get("i") or ""
                key = ("pair", "x" + child.get("x", "")) if child.get("x") else ("pair", "i" + i)
                pairs_by_i[i] = key
                items.append(("open", key))
            elif name == "ept":
                i = child.get("i") or ""
                items.append(("close", pairs_by_i.get(i, ("pair", "i" + i))))
            elif name in ("ph", "it", "ut"):
                seen[name] += 1
                x = child.get("x")
                items.append(("alone", ("alone", "x" + x if x else f"{name}#{seen[name]}")))
            elif name == "sub":
                pass  # sub-flow text of a code: not part of the segment
            else:  # <hi> and anything unexpected: its text counts
                walk(child)
            if child.tail:
                items.append(child.tail)

    walk(seg)
    return items


def _plain(items: list[_Item]) -> str:
    return "".join(i for i in items if isinstance(i, str))


def _render(items: list[_Item], numbers: dict[tuple[str, str], int], *,
            assign: bool) -> str | None:
    """Items as text with placeholders. ``assign``: number new keys in order of appearance
    into ``numbers`` (the source); else map keys through ``numbers`` (the target) and return
    None when one is unknown."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
            continue
        kind, key = item
        n = numbers.get(key)
        if n is None:
            if not assign:
                return None
            n = numbers[key] = len(numbers) + 1
        out.append(render_token(kind, n))
    return "".join(out)


def _seg_pair(src: list[_Item], tgt: list[_Item]) -> tuple[str, str]:
    """The source and target texts of a <tu>, with placeholders when their codes agree."""
    numbers: dict[tuple[str, str], int] = {}
    source = _render(src, numbers, assign=True) or ""
    target = _render(tgt, numbers, assign=False)
    if (target is None or any(i.blocking for i in check_placeholders(source, source))
            or any(i.blocking for i in check_placeholders(source, target))):
        return _plain(src), _plain(tgt)
    return source, target


def _check_size(name: str, size: int) -> None:
    if size > MAX_TMX_BYTES:
        raise TmxError(name, "is {size} MB; Atelier imports TMX files up to {limit} MB.",
                       {"size": size // (1024 * 1024), "limit": MAX_TMX_BYTES // (1024 * 1024)})


def read_tmx(data: bytes, name: str, source_lang: str,
             target_lang: str) -> tuple[list[tuple[str, str]], int]:
    """Parse a TMX file: the ``(source, target)`` pairs of the language pair (placeholders as
    described in the module docstring) and the number of ``<tu>`` skipped. TmxError if it is
    not a readable TMX file."""
    _check_size(name, len(data))
    src, tgt = _pair(source_lang, target_lang)
    pairs: list[tuple[str, str]] = []
    skipped = 0
    root = StdET.Element("tmx")
    root_tag: str | None = None
    body: StdET.Element | None = None
    in_body = False
    depth = 0
    # Streamed: each <tu> is read, turned into its pair and dropped (the whole tree of a
    # 40 MB TMX took 18 times its size).
    try:
        for event, el in SafeET.iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 1:
                    root, root_tag = el, _local(el.tag)
                elif (depth == 2 and body is None and root_tag == "tmx"
                      and _local(el.tag) == "body"):
                    body, in_body = el, True
                continue
            depth -= 1
            if depth == 2 and in_body:  # a child of <body> is complete
                if _local(el.tag) == "tu":
                    pair = _tu_pair(el, src, tgt)
                    if pair is None:
                        skipped += 1
                    else:
                        pairs.append(pair)
                del body[:]
            elif depth == 1:  # a child of the root is complete: nothing more is needed of it
                in_body = in_body and el is not body
                del root[:]
    except StdET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise TmxError(name, "is not well-formed XML ({reason}).", {"reason": exc},
                       line=line) from exc
    except DefusedXmlException as exc:
        raise TmxError(name, "uses XML entities or external references, which Atelier does "
                             "not read for safety.") from exc
    except (ValueError, UnicodeError) as exc:
        raise TmxError(name, "cannot be read as XML ({reason}).", {"reason": exc}) from exc
    except LookupError as exc:  # <?xml encoding="…"?> names an encoding Python does not know
        raise TmxError(name, "declares an encoding Atelier does not know ({reason}): save it "
                             "again as UTF-8.", {"reason": exc}) from exc
    if root_tag != "tmx":
        raise TmxError(name, "is not a TMX file: its root element is <{root}>, not <tmx>.",
                       {"root": root_tag})
    if body is None:
        raise TmxError(name, "is not a valid TMX file: it has no <body>.")
    return pairs, skipped


def _tu_pair(tu: StdET.Element, src: str, tgt: str) -> tuple[str, str] | None:
    """The (source, target) of a <tu>, or None when it has no text in one of the languages."""
    segs: dict[str, StdET.Element] = {}
    for tuv in tu:
        if _local(tuv.tag) != "tuv":
            continue
        lang = tuv.get(_XML_LANG) or tuv.get("lang") or ""
        lang = lang.strip().replace("_", "-").lower().split("-", 1)[0]
        seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
        if seg is not None and lang and lang not in segs:
            segs[lang] = seg
    if src not in segs or tgt not in segs:
        return None
    source, target = _seg_pair(_seg_items(segs[src]), _seg_items(segs[tgt]))
    if not normalize_source(source) or not target.strip():
        return None
    return source, target


def _read_tmx_file(path: str | os.PathLike[str] | bytes, source_lang: str, target_lang: str,
                   name: str | None) -> tuple[list[tuple[str, str]], int, str]:
    """The (source, target) pairs of a TMX file (a path, or its bytes), the ``<tu>`` skipped,
    and the file's name. Raises TmxError."""
    if isinstance(path, bytes):
        data, name = path, name or "memory.tmx"
    else:
        p = Path(path)
        name = name or p.name
        try:  # the size is checked before a byte is read; a FIFO or a device is refused
            data = read_regular_file(p, lambda size: _check_size(name, size))
        except FileNotFoundError as exc:
            raise TmxError(name, "file not found.") from exc
        except NotARegularFile as exc:
            raise TmxError(name, "{reason}.", {"reason": exc.strerror}) from exc
        except OSError as exc:
            raise TmxError(name, "cannot be read: {reason}.",
                           {"reason": exc.strerror or exc}) from exc
    pairs, skipped = read_tmx(data, name, source_lang, target_lang)
    return pairs, skipped, name


def _latest(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The last pair of each normalised source: a later unit of a file replaces an earlier."""
    latest: dict[str, tuple[str, str]] = {}
    for source, target in pairs:
        latest[normalize_source(source)] = (source, target)
    return latest


def _write_units(s: Session, src: str, tgt: str, units: dict[str, tuple[str, str]],
                 origin: str, now: datetime) -> tuple[int, int, int]:
    """Add or update `units` (by normalised source) in the pair's memory: (added, updated,
    unchanged)."""
    existing: dict[str, TranslationUnit] = {}
    keys = list(units)
    for i in range(0, len(keys), 500):
        existing.update((u.source_key, u) for u in s.scalars(select(TranslationUnit).where(
            TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt,
            TranslationUnit.source_key.in_(keys[i:i + 500]))))
    added = updated = unchanged = 0
    for key, (source, target) in units.items():
        unit = existing.get(key)
        if unit is None:
            s.add(TranslationUnit(source_lang=src, target_lang=tgt, source=source,
                                  target=target, source_key=key, origin=origin, created_at=now,
                                  changed_at=now, use_count=0))
            added += 1
        elif unit.target != target:
            unit.source, unit.target, unit.changed_at, unit.origin = source, target, now, origin
            updated += 1
        else:
            unchanged += 1
    s.flush()
    return added, updated, unchanged


def import_tmx(s: Session, path: str | os.PathLike[str] | bytes, source_lang: str,
               target_lang: str, *, name: str | None = None,
               now: datetime | None = None) -> TmxImportResult:
    """Import a TMX file (a path, or its bytes with ``name``) into the pair's memory. The file
    is read whole before anything is written; on TmxError nothing is imported. Call it inside
    one transaction (``store.transaction()``); a large file is better imported with
    `import_tmx_file`, which does not hold the store's write lock while it reads."""
    pairs, skipped, name = _read_tmx_file(path, source_lang, target_lang, name)
    src, tgt = _pair(source_lang, target_lang)
    latest = _latest(pairs)
    added, updated, unchanged = _write_units(s, src, tgt, latest, f"tmx:{name}"[:300],
                                             now or utcnow())
    return TmxImportResult(added, updated, unchanged, skipped + len(pairs) - len(latest))


#: Units written per transaction by `import_tmx_file`: about a tenth of a second of the write
#: lock each, so the app and other commands writing meanwhile wait at most that long.
TMX_UNITS_PER_COMMIT = 2_000


def import_tmx_file(store: Store, path: str | os.PathLike[str] | bytes, source_lang: str,
                    target_lang: str, *, name: str | None = None, now: datetime | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    per_commit: int = TMX_UNITS_PER_COMMIT) -> TmxImportResult:
    """Import a TMX file into the store's memory: read and checked whole first (on TmxError
    nothing is written), then written `per_commit` units per transaction, so that a memory of
    60,000 units never keeps another writer (the app, a command) waiting for the lock longer
    than one of them. A crash half-way keeps the units committed; importing the file again
    completes it (a unit already there is left unchanged)."""
    pairs, skipped, name = _read_tmx_file(path, source_lang, target_lang, name)
    src, tgt = _pair(source_lang, target_lang)
    latest = list(_latest(pairs).items())
    now, origin = now or utcnow(), f"tmx:{name}"[:300]
    added = updated = unchanged = 0
    for i in range(0, len(latest), per_commit):
        with store.transaction() as s:
            a, u, n = _write_units(s, src, tgt, dict(latest[i:i + per_commit]), origin, now)
        added, updated, unchanged = added + a, updated + u, unchanged + n
        if progress is not None:
            progress(min(i + per_commit, len(latest)), len(latest))
    return TmxImportResult(added, updated, unchanged, skipped + len(pairs) - len(latest))


def _tmx_date(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _append_seg(tuv: StdET.Element, text: str) -> None:
    # XML cannot hold control characters (ElementTree would write them raw: a file no tool,
    # Atelier included, reads back); the memory keeps them, the file goes without.
    text = clean(text)
    seg = StdET.SubElement(tuv, "seg")
    last: StdET.Element | None = None
    pos = 0

    def put(chunk: str) -> None:
        if not chunk:
            return
        if last is None:
            seg.text = (seg.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    for tok in tokens(text):
        put(text[pos:tok.start])
        if tok.kind == "open":
            last = StdET.SubElement(seg, "bpt", {"i": str(tok.number), "x": str(tok.number)})
        elif tok.kind == "close":
            last = StdET.SubElement(seg, "ept", {"i": str(tok.number)})
        else:
            last = StdET.SubElement(seg, "ph", {"x": str(tok.number)})
        last.text = tok.text
        pos = tok.end
    put(text[pos:])


def _tool_version() -> str:
    try:
        return version("atelier")
    except PackageNotFoundError:
        return "0"


def render_tmx(units: Iterable[TranslationUnit], source_lang: str, target_lang: str) -> bytes:
    """TMX 1.4 bytes (UTF-8) for these units."""
    src, tgt = _pair(source_lang, target_lang)
    root = StdET.Element("tmx", {"version": "1.4"})
    StdET.SubElement(root, "header", {
        "creationtool": "Atelier", "creationtoolversion": _tool_version(),
        "segtype": "sentence", "o-tmf": "Atelier", "adminlang": "en", "srclang": src,
        "datatype": "plaintext", "creationdate": _tmx_date(utcnow()) or ""})
    body = StdET.SubElement(root, "body")
    for unit in units:
        attrs = {"tuid": str(unit.id)}
        for attr, value in (("creationdate", unit.created_at), ("changedate", unit.changed_at),
                            ("lastusagedate", unit.used_at)):
            stamp = _tmx_date(value)
            if stamp:
                attrs[attr] = stamp
        if unit.use_count:
            attrs["usagecount"] = str(unit.use_count)
        tu = StdET.SubElement(body, "tu", attrs)
        if unit.origin:
            prop = StdET.SubElement(tu, "prop", {"type": "x-atelier-origin"})
            prop.text = clean(unit.origin)
        for lang, text in ((src, unit.source), (tgt, unit.target)):
            tuv = StdET.SubElement(tu, "tuv", {_XML_LANG: lang})
            _append_seg(tuv, text)
    _indent(root)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + StdET.tostring(root, encoding="unicode").encode("utf-8") + b"\n")


def _indent(el: StdET.Element, level: int = 0) -> None:
    """Indent the structure (tmx, body, tu, tuv) but never inside <seg> or <prop>, whose
    white space is content."""
    children = list(el)
    if not children or el.tag in ("seg", "prop"):
        return
    inner = "\n" + "  " * (level + 1)
    el.text = inner
    for child in children:
        _indent(child, level + 1)
        child.tail = inner
    children[-1].tail = "\n" + "  " * level


def export_tmx(s: Session, source_lang: str, target_lang: str,
               path: str | os.PathLike[str]) -> int:
    """Write the pair's memory as TMX 1.4 to ``path`` (whole or not at all); returns the number
    of units written."""
    from storage.documents._io import atomic_write

    src, tgt = _pair(source_lang, target_lang)
    units = list(s.scalars(select(TranslationUnit).where(
        TranslationUnit.source_lang == src, TranslationUnit.target_lang == tgt)
        .order_by(TranslationUnit.id)))
    atomic_write(Path(path), render_tmx(units, src, tgt))
    return len(units)


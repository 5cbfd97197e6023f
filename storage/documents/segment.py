"""Sentence segmentation: structure first (paragraph, cell, subtitle, entry), then sentences.

Each format module cuts its file into structural units (a paragraph, a table cell, a subtitle,
a .po entry…); inside a unit :func:`sentence_spans` finds the sentence boundaries. The rules
know French and English:

- a sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...`` (any run of them: ``?!``), followed
  by closing quotes or brackets (``»`` ``”`` ``"`` ``)``, with or without French spacing
  before ``»``), then white space, then the start of a sentence: an upper-case letter,
  possibly after an opening quote, a bracket or a dialogue dash. So ``Quoi ? dit-il`` and
  ``« Il fait beau ! », dit-il`` stay one sentence, and a sentence never starts with a digit;
- no break after an abbreviation: French ``M.``, ``MM.``, ``Mme``, ``Mlle``, ``Dr``, ``Pr``,
  ``p. ex.``, ``c.-à-d.``, ``cf.``, ``art.``, ``n°``, ``p.``, ``env.``…; English ``Mr.``,
  ``Mrs.``, ``Dr.``, ``Prof.``, ``St.``, ``e.g.``, ``i.e.``, ``vs.``, ``approx.``, ``Jan.``…;
- no break after an initial (``J. K. Rowling``, ``M. Dupont``) or a dotted abbreviation
  (``U.S.``, ``a.m.``), nor after a list number at the start of a unit (``1. Introduction``);
- numbers never break (``3.5``, ``1 000,50``, ``12.03.2025``): a break needs white space;
- abbreviations that often end a sentence (``etc.``, ``Inc.``, ``Ltd.``, ``Co.``) only break
  when an upper-case word follows;
- a break never falls inside a pair of placeholders (a bold phrase spanning two sentences
  keeps them in one segment).

:class:`SegmentationRules` overrides them per project (extra or removed abbreviations, no
sentence split at all, entries split too) and round-trips through :meth:`to_dict` for storage.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from storage.documents.placeholders import PLACEHOLDER_RE

#: Abbreviations after which a period never ends a sentence (matched exactly: the capitalised
#: form is listed where a sentence may start with it). Those followed by a number (``art. 3``,
#: ``p. 12``, ``No. 5``) need no entry: a sentence never starts with a digit.
ABBREVIATIONS_FR = frozenset({
    "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Mgr.", "Dr.", "Pr.", "St.",
    "Ste.", "p.", "pp.", "art.", "Art.", "al.", "chap.", "cf.", "Cf.", "env.", "av.", "apr.",
    "bd.", "boul.", "ch.", "coll.", "éd.", "ex.", "Ex.", "fig.", "hab.", "vol.", "t.",
    "tél.", "Tél.", "réf.", "Réf.", "c.-à-d.", "C.-à-d.", "n°.", "nº.", "sq.", "vs.", "dir.",
    "trad.", "ibid.", "op.", "cit.", "suiv.", "Cie.", "J.-C.",
})
ABBREVIATIONS_EN = frozenset({
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Mt.", "Ft.", "Gen.",
    "Gov.", "Sen.", "Rep.", "Capt.", "Lt.", "Col.", "Sgt.", "Hon.", "Rev.", "e.g.", "i.e.",
    "cf.", "Cf.", "vs.", "approx.", "ca.", "fig.", "Fig.", "figs.", "vol.", "Vol.", "vols.",
    "p.", "pp.", "ch.", "chap.", "Chap.", "ed.", "eds.", "al.", "dept.", "Dept.", "univ.",
    "Ave.", "Blvd.", "Rd.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
    "Sept.", "Oct.", "Nov.", "Dec.", "tel.", "Tel.", "ref.", "incl.",
})
#: Several words: ``p. ex.``, ``et al.``, ``av. J.-C.`` (compared in lower case).
MULTIWORD_ABBREVIATIONS = frozenset({"p. ex.", "et al.", "av. j.-c.", "apr. j.-c.", "n. b.",
                                     "op. cit."})
#: Abbreviations that may end a sentence: they break only before an upper-case word.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.",
                                          "S.A.", "SARL.", "av. J.-C.", "apr. J.-C."})


def _normalise_abbreviation(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else text + "."


@dataclass(frozen=True)
class SegmentationRules:
    """How units are cut into segments; stored per translation project.

    ``split_sentences``: cut units into sentences (False: one segment per paragraph, cell,
    subtitle…). ``abbreviations``: extra abbreviations after which a period does not end a
    sentence (``"Cie"`` or ``"env."``; several words allowed: ``"p. ex."``).
    ``not_abbreviations``: built-in abbreviations to drop. ``split_entries``: cut .po and
    XLIFF entries into sentences too (entries that already have a translation stay whole).
    """

    split_sentences: bool = True
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    not_abbreviations: frozenset[str] = field(default_factory=frozenset)
    split_entries: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "abbreviations",
                           frozenset(_normalise_abbreviation(a) for a in self.abbreviations))
        object.__setattr__(self, "not_abbreviations",
                           frozenset(_normalise_abbreviation(a) for a in self.not_abbreviations))

    def to_dict(self) -> dict[str, Any]:
        return {
            "split_sentences": self.split_sentences,
            "abbreviations": sorted(self.abbreviations),
            "not_abbreviations": sorted(self.not_abbreviations),
            "split_entries": self.split_entries,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> SegmentationRules:
        data = data or {}
        return cls(
            split_sentences=bool(data.get("split_sentences", True)),
            abbreviations=frozenset(data.get("abbreviations", ())),
            not_abbreviations=frozenset(data.get("not_abbreviations", ())),
            split_entries=bool(data.get("split_entries", False)),
        )


DEFAULT_RULES = SegmentationRules()

_SPACE = "\\s\u00a0\u202f"
_BOUNDARY_RE = re.compile(
    rf"""
    (?P<term>\.\.\.|[.!?…‽]+)
    (?P<close>(?:[\u00a0\u202f ]?[»”]|[’"')\]])*)
    (?P<space>[{_SPACE}]+)
    (?=(?:[«“‘"'(\[¿¡]|[-—–][{_SPACE}]?)?[\u00a0\u202f ]?(?P<first>\w))
    """,
    re.VERBOSE,
)
_WORD_BEFORE_RE = re.compile(rf"([^{_SPACE}]+)$")
_INITIAL_RE = re.compile(r"[^\W\d_]")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}")
_LIST_NUMBER_RE = re.compile(r"\(?(?:\d{1,3}|[ivxlcdmIVXLCDM]{1,6}|[A-Za-z])")
_OPENERS = "«“‘\"'([¿¡"
_LEADING_SPACE_RE = re.compile(rf"[{_SPACE}]*")


class _Abbreviations:
    def __init__(self, rules: SegmentationRules) -> None:
        words = (ABBREVIATIONS_FR | ABBREVIATIONS_EN | rules.abbreviations)
        words -= rules.not_abbreviations
        self.exact = frozenset(w for w in words if " " not in w)
        self.multi = frozenset(w.lower() for w in words if " " in w) | frozenset(
            w for w in MULTIWORD_ABBREVIATIONS
            if w not in {n.lower() for n in rules.not_abbreviations})
        self.final = SENTENCE_FINAL_ABBREVIATIONS - rules.not_abbreviations
        # How many characters before a period the checks need to see (more than the
        # longest abbreviation, so that "the whole text is this abbreviation" still shows).
        self.reach = 2 + max(len(w) for w in (*self.multi, *self.final, "."))

    def blocks(self, word: str, before: str) -> bool:
        """Whether a period after ``word`` (the period included) cannot end a sentence."""
        if word in self.final:
            return False
        if word in self.exact:
            return True
        low = before.lower()
        for multi in self.multi:
            if low.endswith(multi) and (len(low) == len(multi)
                                        or not low[-len(multi) - 1].isalnum()):
                return True
        core = word[:-1]
        if _INITIAL_RE.fullmatch(core) and core.isupper():
            return True
        return bool(_DOTTED_RE.fullmatch(core))


_CACHE: dict[SegmentationRules, _Abbreviations] = {}


def _abbreviations(rules: SegmentationRules) -> _Abbreviations:
    found = _CACHE.get(rules)
    if found is None:
        if len(_CACHE) > 64:
            _CACHE.clear()
        found = _CACHE[rules] = _Abbreviations(rules)
    return found


def sentence_cuts(text: str, rules: SegmentationRules | None = None) -> list[int]:
    """Positions in ``text`` where a new sentence may start, each at white space.

    ``text`` may hold placeholders: they are looked through, and no cut falls inside a pair.
    """
    rules = rules or DEFAULT_RULES
    if not rules.split_sentences:
        return []
    # The visible text, and where each run of it between placeholders starts in `text`, with
    # the pair depth there: a few numbers per placeholder, not per character (a 40 MB line
    # once took lists of 40 million positions, over 2 GB).
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []  # (start in the visible text, start in text, depth)
    depth = 0
    pos = shown = 0
    for m in PLACEHOLDER_RE.finditer(text):
        if m.start() > pos:
            runs.append((shown, pos, depth))
            parts.append(text[pos:m.start()])
            shown += m.start() - pos
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth = max(0, depth - 1)
        pos = m.end()
    if pos < len(text):
        runs.append((shown, pos, depth))
        parts.append(text[pos:])
    vis = text if runs == [(0, 0, 0)] else "".join(parts)
    del parts
    run_starts = [r[0] for r in runs]
    lead = _LEADING_SPACE_RE.match(vis).end()  # type: ignore[union-attr]
    abbreviations = _abbreviations(rules)

    cuts: list[int] = []
    for m in _BOUNDARY_RE.finditer(vis):
        first = m.group("first")
        if not (first.isupper() or (first.isalpha() and not first.islower())):
            continue
        space_at = m.start("space")
        run_start, text_start, run_depth = runs[bisect_right(run_starts, space_at) - 1]
        if run_depth != 0:
            continue
        if m.group("term") == "." and not m.group("close").strip(" \u00a0\u202f"):
            end = m.end("term")
            word_at = _word_start(vis, end)
            word = vis[word_at:end].lstrip(_OPENERS)
            # What the abbreviation checks look at: the end of the text before the period
            # (they compare a few words at most; slicing the whole prefix at every boundary
            # made a long paragraph quadratic).
            before = vis[max(0, end - abbreviations.reach):end]
            if word in abbreviations.final or _is_final_abbreviation(before, abbreviations):
                pass  # an upper-case word follows: the abbreviation ends the sentence
            elif abbreviations.blocks(word, before):
                continue
            elif word_at <= lead and _LIST_NUMBER_RE.fullmatch(word[:-1]):
                continue  # "1. Introduction": a list number at the start
        cuts.append(text_start + space_at - run_start)
    return cuts


def _word_start(vis: str, end: int) -> int:
    """Where the run of non-space characters that ends at ``end`` starts."""
    lo = max(0, end - 64)
    m = _WORD_BEFORE_RE.search(vis, lo, end)
    start = m.start() if m else end
    if start == lo:  # a word longer than the window: walk back to its start
        while start > 0 and not vis[start - 1].isspace():
            start -= 1
    return start


def _is_final_abbreviation(before: str, abbreviations: _Abbreviations) -> bool:
    return any(before.endswith(" " + f) or before == f
               for f in abbreviations.final if " " in f)


def sentence_spans(text: str, rules: SegmentationRules | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, white space around them left out."""
    bounds = [0, *sentence_cuts(text, rules), len(text)]
    spans = []
    for a, b in itertools.pairwise(bounds):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if a + lead < b - trail:
            spans.append((a + lead, b - trail))
    return spans


def split_sentences(text: str, rules: SegmentationRules | None = None) -> list[str]:
    """The sentences of ``text``, stripped: ``split_sentences("Bonjour. Ça va ?")``."""
    return [text[a:b] for a, b in sentence_spans(text, rules)]

"""The common model every format reads into: a :class:`Document` and its :class:`Segment` s."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from storage.documents.placeholders import strip_placeholders
from storage.documents.segment import SegmentationRules

#: States of a translation already in the file that do not count as translated.
UNFINISHED_STATES = frozenset({"fuzzy", "new", "needs-translation", "needs-adaptation",
                               "needs-l10n", "needs-review-translation",
                               "needs-review-adaptation", "needs-review-l10n"})


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of text to translate, usually a sentence.

    ``id`` is stable: importing the same file with the same rules gives the same ids, so a
    project can key its translations on them. ``source`` is the text with inline formatting as
    placeholders (see :mod:`storage.documents.placeholders`); ``tags`` describes each
    placeholder number (``{"1": "bold", "2": "link → https://…"}``).

    ``location`` says where it is, for people: ``Table 1, row 2, cell 3``, ``Subtitle 12
    (00:01:02,500 → 00:01:04,000)``, ``trans-unit 42``. ``context`` disambiguates it (a .po
    ``msgctxt``, a paragraph style, an HTML element), ``note`` carries comments meant for the
    translator (.po comments and flags, XLIFF notes).

    ``plural_of`` is set on the plural form of a .po entry (``msgid_plural``): the id of its
    singular segment. ``max_length`` is a length limit the file sets (XLIFF ``maxwidth`` in
    characters). ``target`` is a translation the file already holds (.po ``msgstr``, XLIFF
    ``<target>``) with ``target_state`` as the file says it (``translated``, ``fuzzy``,
    ``needs-translation``…).
    """

    id: str
    source: str
    location: str
    context: str = ""
    note: str = ""
    plural_of: str | None = None
    max_length: int | None = None
    target: str | None = None
    target_state: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def plain(self) -> str:
        """The source without placeholders."""
        return strip_placeholders(self.source)

    @property
    def has_target(self) -> bool:
        """Whether the file already holds a finished translation of this segment."""
        return bool(self.target and self.target.strip()) and (
            self.target_state not in UNFINISHED_STATES)


@dataclass(frozen=True)
class Document:
    """A file read for translation: its segments, and what export needs to rebuild it.

    ``format`` is ``txt``, ``md``, ``docx``, ``srt``, ``po``, ``xliff`` or ``html``; ``name`` the
    file's name; ``data`` the original bytes, which export reads again to write the translated
    file (so a Document is plain data: it can be kept, pickled, exported several times).
    ``encoding`` is the text encoding export writes (None for docx). ``source_language`` and
    ``target_language`` are what the file declares, if anything. ``notes`` are remarks for the
    user made while reading (a legacy encoding, parts left untranslated).
    """

    format: str
    name: str
    data: bytes = field(repr=False)
    segments: tuple[Segment, ...]
    rules: SegmentationRules = field(default_factory=SegmentationRules)
    encoding: str | None = None
    source_language: str | None = None
    target_language: str | None = None
    notes: tuple[str, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments}

    def segment(self, segment_id: str) -> Segment:
        """The segment with this id (KeyError if there is none)."""
        return self._by_id[segment_id]

    def __contains__(self, segment_id: object) -> bool:
        return segment_id in self._by_id

    def __len__(self) -> int:
        return len(self.segments)

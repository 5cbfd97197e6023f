"""A translation project's segments as a Qt table model, read lazily one page at a time.

Filters (status, text, file) run in SQL through ``storage.translation.segments`` /
``count_segments``: the model holds only the rows the view has scrolled to, so a project of
10,000 segments opens at once. Each loaded row carries its quality-check issues (computed when
the page is read, with the checker the editor gives) so the grid can flag them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from sqlalchemy import select

from desktop.context import AppContext
from desktop.itemmodels.paged import Index, PagedTableModel
from storage.tables import TranslationSegment
from storage.translation import projects as tp
from storage.translation import qa

PAGE_SIZE = 200

def status_label(status: str) -> str:
    """A segment status as the grid shows it, in the interface's language."""
    labels = {
        "new": QCoreApplication.translate("SegmentStatus", "New"),
        "tm": QCoreApplication.translate("SegmentStatus", "TM"),
        "mt": QCoreApplication.translate("SegmentStatus", "MT"),
        "edited": QCoreApplication.translate("SegmentStatus", "Edited"),
        "confirmed": QCoreApplication.translate("SegmentStatus", "Confirmed"),
    }
    return labels.get(str(status), str(status))


def status_tooltip(status: str) -> str:
    tips = {
        "new": QCoreApplication.translate("SegmentStatus", "Not translated yet"),
        "tm": QCoreApplication.translate(
            "SegmentStatus", "An exact match from your translation memory (to review)"),
        "mt": QCoreApplication.translate(
            "SegmentStatus", "Translated by the local model (to review)"),
        "edited": QCoreApplication.translate("SegmentStatus", "Written or changed by you"),
        "confirmed": QCoreApplication.translate(
            "SegmentStatus", "Confirmed by you and kept in the translation memory"),
    }
    return tips.get(str(status), "")


class QaText(QObject):
    """The editor's own sentence for each quality-check code (storage's are English)."""

    def text(self, issue: qa.QaIssue) -> str:
        d = issue.data
        code = issue.code
        if code == "empty_target":
            return self.tr("The translation is empty.")
        if code == "placeholder":
            return self.tr("Inline formatting {tag} does not fit the source (unknown, repeated "
                           "or out of order): export refuses it.").format(
                tag=d.get("placeholder", ""))
        if code == "placeholder_missing":
            return self.tr("Inline formatting {tag} is missing: its formatting will be "
                           "lost.").format(tag=d.get("placeholder", ""))
        if code == "format_placeholder":
            if d.get("where") == "source":
                return self.tr("{code} is not in the source.").format(
                    code=d.get("placeholder", ""))
            return self.tr("{code} is missing from the translation.").format(
                code=d.get("placeholder", ""))
        if code == "numbers":
            parts = []
            if d.get("missing"):
                parts.append(self.tr("{numbers} not in the translation").format(
                    numbers=d["missing"]))
            if d.get("extra"):
                parts.append(self.tr("{numbers} not in the source").format(numbers=d["extra"]))
            return self.tr("Numbers differ: {details}.").format(details="; ".join(parts))
        if code == "term_missing":
            return self.tr("The glossary asks for “{target}” (for “{source}”).").format(
                target=d.get("target", ""), source=d.get("source", ""))
        if code == "double_space":
            return self.tr("The translation has doubled spaces.")
        if code == "final_punctuation":
            none = self.tr("no punctuation")
            a = self.tr("“{mark}”").format(mark=d["source"]) if d.get("source") else none
            b = self.tr("“{mark}”").format(mark=d["target"]) if d.get("target") else none
            return self.tr("The source ends with {a}, the translation with {b}.").format(
                a=a, b=b)
        if code == "too_long":
            return self.tr("The translation is longer than the {max} characters the file "
                           "allows.").format(max=d.get("max_length", ""))
        if code == "invisible_characters":
            return self.tr("The translation holds invisible characters ({characters}) that "
                           "files cannot hold: export leaves them out.").format(
                characters=d.get("characters", ""))
        return issue.message


@dataclass(frozen=True)
class SegmentRow:
    """One loaded segment, detached from any Session."""

    id: int
    file_id: int
    number: int  # 1-based, in document order across the project's files
    key: str
    source: str
    target: str
    status: str
    mt: str | None
    tm_score: int | None
    location: str
    max_length: int | None
    issues: tuple[qa.QaIssue, ...] = field(default=(), compare=False)
    mt_engine: str = ""  # "<engine>/<model>": pre-translated by that server, not the local model

    @property
    def has_errors(self) -> bool:
        return any(i.severity == qa.ERROR for i in self.issues)


Checker = Callable[[TranslationSegment], Sequence[qa.QaIssue]]


class SegmentsModel(PagedTableModel):
    """The segments of one project matching a filter, in document order, loaded
    ``page_size`` rows at a time (the view calls fetchMore() as it scrolls).

    ``set_project(id)``, ``set_filter(statuses=…, search=…, file_id=…)`` and ``refresh()``
    query again; ``reload_segment(id)`` / ``reload_loaded()`` re-read rows in place (after an
    edit, or while pre-translation writes), keeping the view's selection. ``total`` is how many
    segments match (a COUNT), ``rowCount()`` how many are loaded.
    """

    NUMBER, SOURCE, TARGET, STATUS = range(4)
    COLUMNS = 4
    SegmentIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2
    IssuesRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, parent, page_size)
        self.project_id: int | None = None
        self.statuses: list[str] | None = None
        self.search: str | None = None
        self.file_id: int | None = None
        self.checker: Checker | None = None
        self._rows: list[SegmentRow] = []
        self._offsets: dict[int, int] = {}
        self._qa = QaText()

    # --- what is shown ----------------------------------------------------------------

    def set_project(self, project_id: int | None, checker: Checker | None = None) -> None:
        self.project_id = project_id
        self.checker = checker
        self.statuses, self.search, self.file_id = None, None, None
        self.refresh(keep=False)

    def set_filter(self, *, statuses: Iterable[str] | None = None, search: str | None = None,
                   file_id: int | None = None) -> None:
        self.statuses = list(statuses) if statuses is not None else None
        self.search = (search or "").strip() or None
        self.file_id = file_id
        self.refresh(keep=False)

    def refresh(self, keep: bool = True) -> None:
        """Query again; with ``keep``, as many rows as were loaded (so the view keeps its
        place)."""
        limit = max(self.page_size, len(self._rows)) if keep else self.page_size
        rows: list[SegmentRow] = []
        total = 0
        offsets: dict[int, int] = {}
        if self.project_id is not None:
            with self.ctx.store.session() as s:
                start = 0
                for f in tp.list_files(s, self.project_id):
                    offsets[f.id] = start
                    start += f.segment_count
                self._offsets = offsets
                total = tp.count_segments(s, self.project_id, file_id=self.file_id,
                                          statuses=self.statuses, search=self.search)
                rows = self._read(s, 0, limit)
        self._offsets = offsets
        self._set_rows(rows, total)
        self.total_changed.emit(self._total)

    def _row(self, seg: TranslationSegment) -> SegmentRow:
        issues: tuple[qa.QaIssue, ...] = ()
        if self.checker is not None and (seg.target.strip() or seg.status != "new"):
            issues = tuple(self.checker(seg))
        return SegmentRow(
            seg.id, seg.file_id, self._offsets.get(seg.file_id, 0) + seg.position + 1, seg.key,
            seg.source, seg.target, str(getattr(seg.status, "value", seg.status)), seg.mt,
            seg.tm_score, seg.location, seg.max_length, issues, mt_engine=seg.mt_engine or "")

    def _read(self, s: Any, offset: int, limit: int) -> list[SegmentRow]:
        assert self.project_id is not None
        return [self._row(seg) for seg in tp.segments(
            s, self.project_id, file_id=self.file_id, statuses=self.statuses,
            search=self.search, offset=offset, limit=limit)]

    def _read_more(self, s: Any, offset: int, limit: int) -> list[SegmentRow]:
        return self._read(s, offset, limit) if self.project_id is not None else []

    # --- rows -------------------------------------------------------------------------

    def rows(self) -> list[SegmentRow]:
        return list(self._rows)

    def find_row(self, predicate: Callable[[SegmentRow], bool], start: int = 0) -> int | None:
        """The first row from ``start`` on whose segment fits, loading pages as needed."""
        row = start
        while True:
            while row < len(self._rows):
                if predicate(self._rows[row]):
                    return row
                row += 1
            if not self.canFetchMore():
                return None
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                return None

    def load_until(self, segment_id: int) -> int | None:
        """The row of a segment, loading pages until it is there (None: not in the filter)."""
        if segment_id in self._index:
            return self._index[segment_id]
        return self.find_row(lambda r: r.id == segment_id, len(self._rows))

    def reload_segment(self, segment_id: int) -> SegmentRow | None:
        """Read one segment again (after an edit); the row stays even if the filter would
        now leave it out, so the translator does not lose their place."""
        row = self._index.get(segment_id)
        if row is None:
            return None
        with self.ctx.store.session() as s:
            seg = s.get(TranslationSegment, segment_id)
            if seg is None:
                return None
            fresh = self._row(seg)
        self._rows[row] = fresh
        self._row_changed(row)
        return fresh

    def reload_loaded(self, *, force: bool = False) -> int:
        """Read every loaded row again (pre-translation is writing); returns how many
        changed. ``force``: rebuild every row, issues included (the glossary changed)."""
        if not self._rows:
            return 0
        ids = [r.id for r in self._rows]
        fresh: dict[int, SegmentRow] = {}
        with self.ctx.store.session() as s:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for seg in s.scalars(select(TranslationSegment)
                                     .where(TranslationSegment.id.in_(chunk))):
                    old = self._rows[self._index[seg.id]]
                    if force or (seg.target, str(getattr(seg.status, "value", seg.status)),
                                 seg.mt) != (old.target, old.status, old.mt):
                        fresh[seg.id] = self._row(seg)
        for seg_id, row_value in fresh.items():
            row = self._index[seg_id]
            self._rows[row] = row_value
            self._row_changed(row)
        return len(fresh)

    # --- QAbstractTableModel ------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NUMBER: QCoreApplication.translate("SegmentsModel", "#"),
                self.SOURCE: QCoreApplication.translate("SegmentsModel", "Source"),
                self.TARGET: QCoreApplication.translate("SegmentsModel", "Translation"),
                self.STATUS: QCoreApplication.translate("SegmentsModel", "Status"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return str(r.number)
            if col == self.SOURCE:
                return r.source
            if col == self.TARGET:
                return r.target
            if col == self.STATUS:
                return status_label(r.status)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STATUS:
                lines = [status_tooltip(r.status) if not (r.status == "mt" and r.mt_engine)
                         else QCoreApplication.translate(
                             "SegmentStatus", "Translated by {engine} (to review)").format(
                                 engine=r.mt_engine)]
                lines += ["• " + self._qa.text(i) for i in r.issues]
                return "\n".join(lines)
            if col == self.SOURCE:
                return "\n".join(x for x in (r.location, r.source) if x)
            if col == self.TARGET:
                return r.target or None
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.NUMBER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        elif role == self.SegmentIdRole:
            return r.id
        elif role == self.StatusRole:
            return r.status
        elif role == self.IssuesRole:
            return r.issues
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

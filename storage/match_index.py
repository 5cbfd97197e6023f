"""The inbox's index: the person's own texts cut into passages (MatchPassage, words indexed
by ``match_fts``) and their sentence vectors per model (PassageVector).

What is indexed (one passage per source, a long text cut into chunks of ~CHUNK_CHARS):
- a gig: title, category, tags and description;
- a package: its gig's title, the tier and its description;
- an order: title and brief;
- a deliverable: its title and the text of its latest version that has text.

``refresh(s)`` brings the passages up to date, touching only what changed (a passage whose
text_hash is the same is left alone, with its vectors): gigs and packages are few and are
compared every time; orders are read from a watermark (the highest ``orders.updated_at``
already indexed, less a margin for writers that committed late) and deliverables from the
highest deliverable version id indexed; both are kept in the settings row
``match_index_mark``. Passages whose order or deliverable is gone are deleted. Cheap enough
to run before every match (see benchmarks/matching.py).

``embed_missing(store, embedder)`` computes the vectors that passages lack for the embedder's
model, in batches committed one by one (an interrupted run keeps what it did), with progress
and cancel; vectors of any other model are deleted first (the index follows the installed
model). A row of zeros from the embedder means "no vector for this text" (a passage of a client
kept on this computer, withheld from an embedding server): nothing is stored, so the passage is
embedded once it may be, and meanwhile it is found by its words only. The model runs
elsewhere (assistants.embedding): storage only receives arrays.

``MatrixCache`` keeps one model's vectors as one matrix in memory for matching; it notices
when the vectors changed (their count and highest rowid) and reloads.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.cleantext import clean
from storage.tables import (
    Deliverable,
    DeliverableVersion,
    Gig,
    GigPackage,
    MatchPassage,
    Order,
    PassageVector,
    Setting,
)

if TYPE_CHECKING:
    from storage.db import Store


class _Embeds(Protocol):
    """storage.matching.Embedder (not imported: matching imports this module)."""

    name: str

    def __call__(self, texts: Sequence[str], role: Literal["query", "passage"]) -> Any: ...

__all__ = [
    "CHUNK_CHARS", "MARK_KEY", "MatrixCache", "Refreshed", "chunks", "embed_missing",
    "refresh", "text_hash",
]

CHUNK_CHARS = 800  # ~200 tokens: within MiniLM's 256 and e5's 512
MAX_CHUNKS = 12  # a 10-page deliverable is matched on its first ~10,000 characters
MARK_KEY = "match_index_mark"
LATE_COMMIT_MARGIN = timedelta(minutes=10)
_BATCH_IDS = 500


def text_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def chunks(value: str) -> list[str]:
    """`value` cleaned and cut at spaces into pieces of at most ~CHUNK_CHARS (at most
    MAX_CHUNKS of them); [] for a text with no words."""
    value = " ".join(clean(value).split())
    out: list[str] = []
    while value and len(out) < MAX_CHUNKS:
        if len(value) <= CHUNK_CHARS:
            out.append(value)
            break
        cut = value.rfind(" ", CHUNK_CHARS // 2, CHUNK_CHARS)
        cut = CHUNK_CHARS if cut < 0 else cut
        out.append(value[:cut].strip())
        value = value[cut:].strip()
    return [c for c in out if c]


def _join(*parts: str | None) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def gig_text(g: Gig) -> str:
    return _join(g.title, g.category, (g.tags or "").replace(",", ", "), g.description)


def package_text(gig_title: str, tier: str, description: str) -> str:
    return _join(f"{gig_title} — {tier}", description)


def order_text(title: str, brief: str) -> str:
    return _join(title, brief)


@dataclass(frozen=True)
class Refreshed:
    """What a refresh changed, in passages."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    def __add__(self, other: Refreshed) -> Refreshed:
        return Refreshed(self.added + other.added, self.changed + other.changed,
                         self.removed + other.removed)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def _sync(s: Session, source: str, wanted: dict[int, list[str]],
          existing: dict[int, dict[int, tuple[int, str]]]) -> Refreshed:
    """Make the passages of `source` for the ids in `wanted` match their chunks. `existing`
    holds the current passages of those ids: {source_id: {chunk: (passage id, hash)}}."""
    added = changed = removed = 0
    inserts: list[dict[str, Any]] = []
    stale: list[int] = []
    for source_id, texts in wanted.items():
        have = existing.get(source_id, {})
        for n, chunk_text in enumerate(texts):
            digest = text_hash(chunk_text)
            old = have.get(n)
            if old is None:
                inserts.append({"source": source, "source_id": source_id, "chunk": n,
                                "text": chunk_text, "text_hash": digest})
                added += 1
            elif old[1] != digest:
                s.execute(update(MatchPassage).where(MatchPassage.id == old[0]).values(
                    text=chunk_text, text_hash=digest))
                stale.append(old[0])
                changed += 1
        stale_chunks = [pid for n, (pid, _h) in have.items() if n >= len(texts)]
        removed += len(stale_chunks)
        for i in range(0, len(stale_chunks), _BATCH_IDS):
            s.execute(delete(MatchPassage).where(
                MatchPassage.id.in_(stale_chunks[i:i + _BATCH_IDS])))
    for i in range(0, len(stale), _BATCH_IDS):  # its vectors described the old text
        s.execute(delete(PassageVector).where(
            PassageVector.passage_id.in_(stale[i:i + _BATCH_IDS])))
    if inserts:
        s.execute(insert(MatchPassage), inserts)
    return Refreshed(added, changed, removed)


def _existing(s: Session, source: str, ids: Sequence[int] | None
              ) -> dict[int, dict[int, tuple[int, str]]]:
    out: dict[int, dict[int, tuple[int, str]]] = {}
    base = select(MatchPassage.source_id, MatchPassage.chunk, MatchPassage.id,
                  MatchPassage.text_hash).where(MatchPassage.source == source)
    batches: Iterable[Any] = ([base] if ids is None else
                              [base.where(MatchPassage.source_id.in_(ids[i:i + _BATCH_IDS]))
                               for i in range(0, len(ids), _BATCH_IDS)])
    for stmt in batches:
        for source_id, chunk, pid, digest in s.execute(stmt):
            out.setdefault(source_id, {})[chunk] = (pid, digest)
    return out


def _drop_orphans(s: Session, source: str, parent: str) -> int:
    result = s.execute(text(
        f"DELETE FROM match_passages WHERE source = :source "
        f"AND source_id NOT IN (SELECT id FROM {parent})").bindparams(source=source))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _read_mark(s: Session) -> dict[str, Any]:
    raw = s.scalar(select(Setting.value).where(Setting.key == MARK_KEY))
    try:
        mark = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return mark if isinstance(mark, dict) else {}


def _write_mark(s: Session, mark: dict[str, Any]) -> None:
    value = json.dumps(mark, sort_keys=True)
    row = s.get(Setting, MARK_KEY)
    if row is None:
        s.add(Setting(key=MARK_KEY, value=value))
    elif row.value != value:
        row.value = value


def _parse_time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _has(s: Session, source: str) -> bool:
    return s.scalar(select(MatchPassage.id).where(MatchPassage.source == source).limit(1)) \
        is not None


def refresh(s: Session) -> Refreshed:
    """Bring the passages up to date with the gigs, packages, orders and deliverables (inside
    the caller's transaction). Only what changed is written."""
    done = Refreshed()
    mark = _read_mark(s)

    # Gigs and packages: a few hundred at most, compared every time.
    gigs = {g.id: g for g in s.scalars(select(Gig))}
    done += _sync(s, "gig", {gid: chunks(gig_text(g)) for gid, g in gigs.items()},
                  _existing(s, "gig", None))
    packages = {pid: chunks(package_text(gigs[gid].title, tier, desc or ""))
                for pid, gid, tier, desc in s.execute(select(
                    GigPackage.id, GigPackage.gig_id, GigPackage.tier, GigPackage.description))
                if gid in gigs}
    done += _sync(s, "package", packages, _existing(s, "package", None))
    for source, parent in (("gig", "gigs"), ("package", "gig_packages")):
        done += Refreshed(removed=_drop_orphans(s, source, parent))

    # Orders: those updated since the watermark (all of them on the first run, or after an
    # import emptied the index).
    since = _parse_time(mark.get("orders_updated"))
    stmt = select(Order.id, Order.title, Order.brief, Order.updated_at)
    if since is not None and _has(s, "order"):
        stmt = stmt.where(Order.updated_at >= since - LATE_COMMIT_MARGIN)
    latest = since
    wanted: dict[int, list[str]] = {}
    for oid, title, brief, updated in s.execute(stmt):
        wanted[oid] = chunks(order_text(title, brief or ""))
        if latest is None or updated > latest:
            latest = updated
        if len(wanted) >= 5000:
            done += _sync(s, "order", wanted, _existing(s, "order", list(wanted)))
            wanted = {}
    done += _sync(s, "order", wanted, _existing(s, "order", list(wanted)))
    # Deleted orders: as many first passages as orders means none is gone (counting is a
    # third of what the anti-join costs on 100,000 orders).
    order_count = s.scalar(select(func.count()).select_from(Order))
    first_chunks = s.scalar(select(func.count()).select_from(MatchPassage).where(
        MatchPassage.source == "order", MatchPassage.chunk == 0))
    if order_count != first_chunks:
        done += Refreshed(removed=_drop_orphans(s, "order", "orders"))

    # Deliverables: those with a version newer than the last one indexed.
    last_version = int(mark.get("deliverable_version", 0) or 0)
    if not _has(s, "deliverable"):
        last_version = 0
    newest = s.scalar(select(func.max(DeliverableVersion.id))) or 0
    if newest > last_version:
        changed_ids = list(s.scalars(select(DeliverableVersion.deliverable_id).where(
            DeliverableVersion.id > last_version).distinct()))
        for i in range(0, len(changed_ids), _BATCH_IDS):
            batch = changed_ids[i:i + _BATCH_IDS]
            latest_text = (select(DeliverableVersion.deliverable_id,
                                  func.max(DeliverableVersion.id).label("vid"))
                           .where(DeliverableVersion.deliverable_id.in_(batch),
                                  DeliverableVersion.text.is_not(None))
                           .group_by(DeliverableVersion.deliverable_id).subquery())
            rows = s.execute(select(Deliverable.id, Deliverable.title, DeliverableVersion.text)
                             .join(latest_text, latest_text.c.deliverable_id == Deliverable.id)
                             .join(DeliverableVersion,
                                   DeliverableVersion.id == latest_text.c.vid))
            found = {did: chunks(_join(title, body or "")) for did, title, body in rows}
            wanted_d = {did: found.get(did, []) for did in batch}
            done += _sync(s, "deliverable", wanted_d, _existing(s, "deliverable", batch))
    done += Refreshed(removed=_drop_orphans(s, "deliverable", "deliverables"))

    new_mark = {"orders_updated": None if latest is None else latest.isoformat(),
                "deliverable_version": max(newest, last_version)}
    if new_mark != mark:
        _write_mark(s, new_mark)
    return done


# --- vectors -------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def embed_missing(store: Store, embedder: _Embeds, *, batch_size: int = 64,
                  progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Compute the vectors the passages lack for ``embedder.name``; returns how many were
    written. Vectors of other models are deleted first. Each batch is committed on its own
    (an interrupted run keeps what it did); `progress(done, total)` after each batch;
    `cancel` set stops after the current batch."""
    model = embedder.name
    with store.transaction() as s:
        s.execute(delete(PassageVector).where(PassageVector.model != model))
        # zero vectors stored by an earlier version for withheld passages: asked again
        s.execute(delete(PassageVector).where(
            PassageVector.model == model,
            PassageVector.vector == func.zeroblob(PassageVector.dims * 4)))
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(MatchPassage).where(
            ~MatchPassage.id.in_(select(PassageVector.passage_id).where(
                PassageVector.model == model)))) or 0
    done = 0
    last_id = 0
    if progress is not None:
        progress(0, total)
    while done < total:
        if cancel is not None and cancel.is_set():
            break
        with store.session() as s:
            rows = s.execute(
                select(MatchPassage.id, MatchPassage.text, MatchPassage.text_hash)
                .where(MatchPassage.id > last_id,
                       ~MatchPassage.id.in_(select(PassageVector.passage_id).where(
                           PassageVector.model == model)))
                .order_by(MatchPassage.id).limit(batch_size)).all()
        if not rows:
            break
        last_id = rows[-1][0]
        vectors = np.asarray(embedder([r[1] for r in rows], "passage"), dtype="<f4")
        if vectors.ndim != 2 or vectors.shape[0] != len(rows):
            raise ValueError(f"the embedder gave {vectors.shape} for {len(rows)} texts")
        given = np.any(vectors != 0, axis=1)  # a row of zeros: withheld, no vector
        with store.transaction() as s:
            current = dict(s.execute(select(MatchPassage.id, MatchPassage.text_hash).where(
                MatchPassage.id.in_([r[0] for r in rows]))).all())
            values = [{"passage_id": pid, "model": model, "dims": int(vectors.shape[1]),
                       "vector": vectors[i].tobytes()}
                      for i, (pid, _t, digest) in enumerate(rows)
                      if given[i] and current.get(pid) == digest]  # changed: next refresh
            if values:
                s.execute(sqlite_insert(PassageVector).values(values).on_conflict_do_nothing())
        done += len(rows)
        if progress is not None:
            progress(min(done, total), total)
    return done


def missing_vectors(s: Session, model: str) -> int:
    """How many passages have no vector of `model`."""
    return s.scalar(select(func.count()).select_from(MatchPassage).where(
        ~MatchPassage.id.in_(select(PassageVector.passage_id).where(
            PassageVector.model == model)))) or 0


@dataclass(frozen=True)
class Matrix:
    """One model's vectors: row i is passage ``ids[i]``."""

    ids: np.ndarray  # int64
    vectors: np.ndarray  # float32 (n, dims)


class MatrixCache:
    """The vectors of a model as one matrix, per store file; reloaded when they changed
    (their count or highest rowid differs). Thread-safe."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], tuple[tuple[int, int], Matrix]] = {}

    def get(self, s: Session, model: str) -> Matrix:
        bind = s.get_bind()
        key = (str(bind.url), model)  # type: ignore[union-attr]
        count, top = s.execute(text(
            "SELECT count(*), coalesce(max(rowid), 0) FROM passage_vectors WHERE model = :m"
        ).bindparams(m=model)).one()
        signature = (int(count), int(top))
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == signature:
                return hit[1]
        ids: list[int] = []
        blobs: list[bytes] = []
        dims = 0
        for pid, d, blob in s.execute(select(
                PassageVector.passage_id, PassageVector.dims, PassageVector.vector)
                .where(PassageVector.model == model).order_by(PassageVector.passage_id)):
            if dims == 0:
                dims = d
            if d != dims or len(blob) != 4 * d:
                continue  # a damaged row is left out, not compared
            ids.append(pid)
            blobs.append(blob)
        vectors = (np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(ids), dims)
                   if ids else np.zeros((0, 0), dtype=np.float32))
        matrix = Matrix(np.asarray(ids, dtype=np.int64), vectors.astype(np.float32, copy=False))
        with self._lock:
            if len(self._entries) >= self._size and key not in self._entries:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = (signature, matrix)
        return matrix

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


#: The cache match_request uses when none is passed (one per process).
default_cache = MatrixCache()

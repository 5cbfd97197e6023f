"""The inbox's index (storage.match_index): passages follow the gigs, packages, orders and
deliverables incrementally; vectors per model, computed in committed batches, rebuilt when
the model changes; the matrix cache notices new vectors."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
from sqlalchemy import func, select, text

from storage.match_index import (
    CHUNK_CHARS,
    MARK_KEY,
    MatrixCache,
    chunks,
    embed_missing,
    missing_vectors,
    refresh,
)
from storage.orders import delete_order
from storage.tables import (
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    Gig,
    MatchPassage,
    Order,
    Origin,
    PassageVector,
    Setting,
)
from tests.factories import gig_with_packages, order


class Counting:
    """A fake embedder: a vector from the text's length and first letter; counts its texts."""

    dims = 8

    def __init__(self, name: str = "fake-a", cancel: threading.Event | None = None) -> None:
        self.name = name
        self.texts: list[str] = []
        self.cancel = cancel

    def __call__(self, texts: Sequence[str], role: str) -> np.ndarray:
        self.texts.extend(texts)
        if self.cancel is not None:
            self.cancel.set()  # the person cancels while the first batch runs
        out = np.ones((len(texts), self.dims), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, 0] = len(t)
            out[i, 1] = ord(t[0])
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def _find(s, word: str) -> list[tuple[str, int]]:
    ids = [r[0] for r in s.execute(text(
        "SELECT rowid FROM match_fts WHERE match_fts MATCH :q").bindparams(q=f'"{word}"'))]
    return sorted(s.execute(select(MatchPassage.source, MatchPassage.source_id).where(
        MatchPassage.id.in_(ids))).all())


def _passages(s) -> list[tuple[str, int, int]]:
    return sorted(s.execute(select(MatchPassage.source, MatchPassage.source_id,
                                   MatchPassage.chunk)).all())


def test_the_first_refresh_indexes_gigs_packages_orders_and_deliverables(store) -> None:
    with store.transaction() as s:
        g = gig_with_packages(s, title="Logo design", description="Minimalist logos",
                              tags="branding,vector")
        o = order(s, title="Logo for a bakery", brief="Croissant shape")
        d = Deliverable(order_id=o.id, kind=DeliverableKind.TEXT, title="Slogan")
        d.versions = [DeliverableVersion(origin=Origin.AI, text="Fresh bread every day"),
                      DeliverableVersion(origin=Origin.HUMAN, text="Warm bread at dawn"),
                      DeliverableVersion(origin=Origin.HUMAN, file_path="/tmp/logo.svg")]
        s.add(d)
        s.flush()
        done = refresh(s)
        assert done.added == 1 + 2 + 1 + 1
        assert _find(s, "branding") == [("gig", g.id)]
        assert _find(s, "basic") == [("package", g.packages[0].id)]
        assert _find(s, "croissant") == [("order", o.id)]
        # the latest version that has text, not the older one
        assert _find(s, "dawn") == [("deliverable", d.id)]
        assert _find(s, "fresh") == []
        assert not refresh(s).any  # nothing changed: nothing written


def test_a_gigs_new_description_replaces_its_words_and_drops_its_vectors(store) -> None:
    with store.transaction() as s:
        g = gig_with_packages(s, title="Logo design", description="Minimalist logos")
        refresh(s)
    embed_missing(store, Counting())
    with store.transaction() as s:
        s.get(Gig, g.id).description = "Hand-drawn mascots"
        s.flush()
        done = refresh(s)
        assert (done.added, done.changed, done.removed) == (0, 1, 0)  # packages: same text
        assert _find(s, "mascots") == [("gig", g.id)]
        assert _find(s, "minimalist") == []
        assert missing_vectors(s, "fake-a") >= 1  # the gig's passage: its text changed


def test_only_the_changed_order_is_read_again_and_a_deleted_order_is_dropped(store) -> None:
    with store.transaction() as s:
        keep = order(s, title="Logo for a bakery")
        gone = order(s, title="Flyer for a garage")
        refresh(s)
        assert s.get(Setting, MARK_KEY) is not None
    with store.transaction() as s:
        s.get(Order, keep.id).brief = "Wheat and sourdough"
        s.flush()
        done = refresh(s)
        assert (done.added, done.changed, done.removed) == (0, 1, 0)
        assert _find(s, "sourdough") == [("order", keep.id)]
    with store.transaction() as s:
        delete_order(s, s.get(Order, gone.id))
        s.flush()
        done = refresh(s)
        assert done.removed == 1
        assert _find(s, "garage") == []
        assert ("order", gone.id, 0) not in _passages(s)


def test_an_emptied_index_is_rebuilt_whole_despite_the_watermark(store) -> None:
    with store.transaction() as s:
        o = order(s, title="Logo for a bakery")
        refresh(s)
        s.execute(text("DELETE FROM match_passages"))  # as an import does
        refresh(s)
        assert _find(s, "bakery") == [("order", o.id)]


def test_a_long_text_is_cut_into_chunks() -> None:
    words = " ".join(f"word{i}" for i in range(1000))
    parts = chunks(words)
    assert len(parts) > 1
    assert all(len(p) <= CHUNK_CHARS for p in parts)
    assert " ".join(parts).startswith(words[:CHUNK_CHARS // 2])
    assert chunks("  \x00 ") == []


def test_vectors_are_computed_in_batches_and_rebuilt_when_the_model_changes(store) -> None:
    with store.transaction() as s:
        for i in range(7):
            order(s, title=f"Order {i}")
        refresh(s)
        total = s.scalar(select(func.count()).select_from(MatchPassage))
    seen: list[tuple[int, int]] = []
    a = Counting("fake-a")
    assert embed_missing(store, a, batch_size=3, progress=lambda d, t: seen.append((d, t))) \
        == total
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert embed_missing(store, a) == 0  # nothing missing: nothing computed
    b = Counting("fake-b")
    embed_missing(store, b, batch_size=3)
    with store.session() as s:
        models = set(s.scalars(select(PassageVector.model)))
        count = s.scalar(select(func.count()).select_from(PassageVector))
    assert models == {"fake-b"}
    assert count == total
    assert len(b.texts) == total


class Withholding(Counting):
    """Gives a row of zeros (no vector) for the texts it withholds, like
    assistants.routing.RemoteEmbedder for a client kept on this computer."""

    def __init__(self, withheld: str) -> None:
        super().__init__()
        self.withheld = withheld

    def __call__(self, texts: Sequence[str], role: str) -> np.ndarray:
        out = super().__call__(texts, role)
        out[[self.withheld in t for t in texts]] = 0
        return out


def test_a_withheld_passage_gets_no_vector_and_is_embedded_once_allowed(store) -> None:
    with store.transaction() as s:
        order(s, title="Secret brief")
        order(s, title="Open brief")
        refresh(s)
        # a zero vector stored by an earlier version for a withheld passage
        pid = s.scalar(select(MatchPassage.id).where(MatchPassage.text.contains("Secret")))
        s.add(PassageVector(passage_id=pid, model="fake-a", dims=8, vector=bytes(32)))
    embed_missing(store, Withholding("Secret"))
    with store.session() as s:
        assert missing_vectors(s, "fake-a") == 1  # still to embed, found by words meanwhile
        assert _find(s, "Secret")
    allowed = Counting()
    assert embed_missing(store, allowed) == 1
    assert [t for t in allowed.texts if "Secret" in t] and len(allowed.texts) == 1
    with store.session() as s:
        assert missing_vectors(s, "fake-a") == 0


def test_a_cancelled_indexing_keeps_the_batches_it_committed(store) -> None:
    with store.transaction() as s:
        for i in range(10):
            order(s, title=f"Order {i}")
        refresh(s)
    cancel = threading.Event()
    done = embed_missing(store, Counting(cancel=cancel), batch_size=4, cancel=cancel)
    assert done == 4
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(PassageVector)) == 4
        assert missing_vectors(s, "fake-a") == 6
    embed_missing(store, Counting())  # a later run finishes the rest
    with store.session() as s:
        assert missing_vectors(s, "fake-a") == 0


def test_the_matrix_cache_reloads_when_vectors_change(store) -> None:
    cache = MatrixCache()
    with store.transaction() as s:
        order(s, title="First")
        refresh(s)
    embed_missing(store, Counting())
    with store.session() as s:
        first = cache.get(s, "fake-a")
        assert cache.get(s, "fake-a") is first  # unchanged: the same matrix
        assert first.vectors.shape == (len(first.ids), Counting.dims)
    with store.transaction() as s:
        order(s, title="Second")
        refresh(s)
    embed_missing(store, Counting())
    with store.session() as s:
        second = cache.get(s, "fake-a")
    assert len(second.ids) == len(first.ids) + 1

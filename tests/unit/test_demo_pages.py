"""The demo fills every page: translation projects (segments in every status, translation
memory, glossary), brainstorm boards, and drafts whose order and model match their content."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistants.catalogue import CatalogueEntry, load_catalogue
from assistants.downloads import default_name
from storage import brainstorm, drafts
from storage.db import Store, open_store
from storage.demo import generate
from storage.tables import Opportunity, Order, Origin, SegmentStatus, db_time
from storage.translation import glossary, memory
from storage.translation import projects as tp

AS_OF = datetime(2026, 3, 16, 11, 42, 7, 654321, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("demo-pages") / "atelier.db") as st:
        generate(st, orders=300, seed=7, as_of=AS_OF)
        yield st


@pytest.fixture
def s(store: Store) -> Iterator[Session]:
    with store.session() as session:
        yield session


def find_entry(model: str) -> CatalogueEntry | None:
    """The catalogue model a version names, by its repository or the name the app installs
    it under (what the Drafts page records)."""
    return next((e for e in load_catalogue() if model in (e.repo_id, default_name(e.repo_id))),
                None)


def _words(order: Order) -> str:
    """What the order's gig is: its title, the last part of its category, its tags
    ("Writing & Translation › Articles & Blog Posts" is not a translation gig)."""
    gig = order.gig
    return f"{gig.title} | {gig.category.split('›')[-1]} | {gig.tags}".lower()


def _is_translation(order: Order) -> bool:
    return any(w in _words(order) for w in ("translation", "traduction", "localization"))


def test_translation_projects_show_every_status_with_memory_and_glossary(s: Session) -> None:
    projects = tp.list_projects(s)
    assert len(projects) >= 2
    pairs = {(p.source_lang, p.target_lang) for p in projects}
    assert {("en", "fr"), ("fr", "en")} <= pairs  # both directions of the users' languages
    for p in projects:
        counts = tp.progress(s, p.id).counts
        assert all(counts[st.value] > 0 for st in SegmentStatus), (p.name, counts)
        assert memory.count_units(s, p.source_lang, p.target_lang) > 0, p.name
        assert glossary.list_terms(s, p.source_lang, p.target_lang), p.name
        # The model's translation stays known under an edit, and on every mt segment.
        for seg in tp.segments(s, p.id, statuses=["mt", "edited"]):
            if seg.status == SegmentStatus.MT:
                assert seg.mt and seg.target == seg.mt
        assert any(seg.mt and seg.mt != seg.target
                   for seg in tp.segments(s, p.id, statuses=["edited"])), p.name
        # a suggestion from the memory on a segment still to translate
        assert any(tp.suggestions(seg) for seg in tp.segments(s, p.id, statuses=["new"]))


def test_translation_projects_are_on_translation_orders_of_their_language(s: Session) -> None:
    attached = [p for p in tp.list_projects(s) if p.order is not None]
    assert len(attached) >= 2
    for p in attached:
        assert _is_translation(p.order), (p.name, p.order.title, p.order.gig.title)
        # the client writes the source language
        assert p.order.client.language == p.source_lang, (p.name, p.order.title)


def test_brainstorm_boards_have_cards_and_sit_on_design_orders(s: Session) -> None:
    boards = brainstorm.list_boards(s)
    assert len(boards) >= 2
    languages = set()
    for board in boards:
        counts = brainstorm.count_ideas(s, board.id)
        assert counts["shown"] >= 3 and counts["pinned"] >= 1, (board.title, counts)
        assert brainstorm.board_models(s, board.id)
        assert board.order is not None
        assert "logo" in _words(board.order), board.order.gig.title
        assert board.brief == brainstorm.order_brief(s, board.order_id).brief
        languages.add(board.order.client.language)
    assert languages == {"en", "fr"}


#: The drafting template a demo draft's title starts with -> words its order's gig must have.
TEMPLATES = {
    ("Blog article", "Article de blog"): ("blog", "article", "content", "contenu",
                                          "rédaction web"),
    ("Product description", "Fiche produit"): ("product description", "fiches produits"),
}


def test_drafts_sit_on_orders_of_their_kind_and_come_from_writing_models(s: Session) -> None:
    proposals = set(s.scalars(select(Opportunity.proposal_id)))  # the inbox's: on no order
    all_drafts = [d for d in drafts.list_drafts(s) if d.id not in proposals]
    assert len(all_drafts) >= 4
    assert {d.order.client.language for d in all_drafts if d.order} == {"en", "fr"}
    for d in all_drafts:
        assert d.order is not None, d.title
        assert not _is_translation(d.order), (d.title, d.order.title)
        words = [w for prefixes, w in TEMPLATES.items() if d.title.startswith(prefixes)]
        assert words, f"unknown template: {d.title}"
        assert any(w in _words(d.order) for w in words[0]), (d.title, d.order.gig.title)
        versions = drafts.list_versions(s, d.id)
        assert [v.origin for v in versions] == [Origin.AI, Origin.HUMAN]
        entry = find_entry(versions[0].model_id or "")
        assert entry is not None and entry.task == "chat", versions[0].model_id
        subject = d.title.split(" — ", 1)[1]
        assert subject in versions[0].text and subject in versions[1].text
        if d.title.startswith(("Blog article", "Article de blog")):
            assert subject in d.order.title or subject in d.order.brief, (d.title, d.order.title)
        # who wrote what is known: the person reworded part of the model's text
        share = drafts.draft_provenance(s, d.id)
        assert 0 < share.percent < 100


def test_no_version_is_credited_to_a_translation_model(store: Store) -> None:
    with closing(sqlite3.connect(store.path)) as conn:
        models = {r[0] for r in conn.execute(
            "SELECT DISTINCT model_id FROM deliverable_versions WHERE model_id IS NOT NULL")}
        models |= {r[0] for r in conn.execute("SELECT DISTINCT model FROM brainstorm_rounds")}
    assert models
    for model in models:
        entry = find_entry(model)
        assert entry is not None and entry.task == "chat", model


def test_nothing_in_the_workspace_is_dated_after_as_of(store: Store) -> None:
    limit = db_time(AS_OF)
    columns = {
        "translation_projects": ["created_at", "updated_at"],
        "translation_files": ["imported_at"],
        "translation_segments": ["updated_at"],
        "translation_units": ["created_at", "changed_at", "used_at"],
        "glossary_terms": ["created_at", "updated_at"],
        "brainstorm_boards": ["created_at", "updated_at"],
        "brainstorm_rounds": ["created_at"],
        "brainstorm_ideas": ["created_at", "updated_at"],
        "deliverables": ["created_at", "delivered_at"],
        "deliverable_versions": ["created_at"],
    }
    with closing(sqlite3.connect(store.path)) as conn:
        for table, cols in columns.items():
            for col in cols:
                latest = conn.execute(f"SELECT MAX({col}) FROM {table}").fetchone()[0]
                assert latest is None or latest <= limit, (table, col, latest)


def test_the_demo_cli_fills_the_pages_too(tmp_path: Path) -> None:
    from desktop.cli import main

    assert main(["demo", "--data-dir", str(tmp_path), "--orders", "60", "--seed", "3"]) == 0
    with open_store(tmp_path / "atelier.db") as st, st.session() as session:
        assert len(tp.list_projects(session)) >= 2
        assert len(brainstorm.list_boards(session)) >= 2
        assert drafts.list_drafts(session)

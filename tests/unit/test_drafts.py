"""Drafts: versions with their origin, the autosave slot and crash recovery, delivery."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from storage import drafts
from storage.db import current_revision, open_store, upgrade
from storage.errors import TransitionError, ValidationError
from storage.export_text import export_text
from storage.provenance import HUMAN, MODEL, Authorship
from storage.store_file import head_revision
from storage.tables import (
    Deliverable,
    DeliverableVersion,
    DraftAutosave,
    OrderEvent,
    OrderStatus,
    Origin,
)
from tests.factories import at, order

MODEL_TEXT = "one two three four five six seven eight nine ten"


def count(s, column) -> int:
    return s.scalar(select(func.count(column)))


@pytest.fixture
def draft_id(store) -> int:
    with store.transaction() as s:
        return drafts.create_draft(s, "Article de blog", now=at("2026-03-02T10:00")).id


def test_a_draft_keeps_every_version_with_its_origin(store) -> None:
    with store.transaction() as s:
        o = order(s, status=OrderStatus.IN_PROGRESS)
        d = drafts.create_draft(s, "  Delivery message ", order_id=o.id)
        assert (d.title, d.order_id, d.kind.value) == ("Delivery message", o.id, "text")
        v1 = drafts.record_model_version(s, d.id, MODEL_TEXT, "qwen2.5-1.5b",
                                         note="template delivery-message")
        v2 = drafts.record_save(s, d.id, "one two three four five un deux trois quatre cinq")
        assert drafts.record_save(s, d.id, v2.text) is v2  # unchanged: nothing new
        v3 = drafts.record_model_version(s, d.id, "eleven twelve", "mistral-7b")
        draft_id, order_id = d.id, o.id
    with store.session() as s:
        versions = drafts.list_versions(s, draft_id)
        assert [(v.id, v.origin, v.model_id) for v in versions] == [
            (v1.id, Origin.AI, "qwen2.5-1.5b"), (v2.id, Origin.HUMAN, None),
            (v3.id, Origin.AI, "mistral-7b")]
        assert versions[0].note == "template delivery-message"
        assert drafts.latest_text(s, draft_id) == "eleven twelve"
        assert drafts.latest_version(s, draft_id, Origin.HUMAN).id == v2.id
        assert [d.id for d in drafts.list_drafts(s, order_id=order_id)] == [draft_id]
        assert [d.id for d in drafts.list_drafts(s, order_id=order_id + 1)] == []


def test_the_provenance_of_a_draft_compares_with_the_latest_model_version(
        store, draft_id: int) -> None:
    with store.transaction() as s:
        assert drafts.draft_provenance(s, draft_id) is None  # no model wrote anything
        drafts.record_model_version(s, draft_id, MODEL_TEXT, "qwen")
        assert drafts.draft_provenance(s, draft_id).percent == 0.0
        drafts.record_save(s, draft_id, "one two three four five un deux trois quatre cinq")
        p = drafts.draft_provenance(s, draft_id)
        assert (p.percent, p.model_id) == (50.0, "qwen")
        # The editor's current text, before it is saved.
        assert drafts.draft_provenance(s, draft_id, "un deux").percent == 100.0


def test_bad_input_writes_nothing(store, draft_id: int) -> None:
    with store.session() as s, s.begin():
        for call, field in (
            (lambda: drafts.create_draft(s, " "), "title"),
            (lambda: drafts.create_draft(s, "x" * 301), "title"),
            (lambda: drafts.create_draft(s, "Draft", order_id=404), "order"),
            (lambda: drafts.record_model_version(s, draft_id, MODEL_TEXT, " "), "model_id"),
            (lambda: drafts.record_model_version(s, draft_id, " \n", "qwen"), "text"),
            (lambda: drafts.record_save(s, 404, "text"), "draft"),
            (lambda: drafts.autosave(s, 404, "text"), "draft"),
            (lambda: drafts.rename_draft(s, draft_id, ""), "title"),
            (lambda: drafts.attach_to_order(s, draft_id, 404), "order"),
        ):
            with pytest.raises(ValidationError) as exc:
                call()
            assert exc.value.field == field
        assert count(s, Deliverable.id) == 1
        assert count(s, DeliverableVersion.id) == 0
        assert count(s, DraftAutosave.deliverable_id) == 0


def test_autosave_overwrites_one_row_and_recovers_unsaved_text(store, draft_id: int) -> None:
    t0 = at("2026-03-02T10:00")
    with store.transaction() as s:
        drafts.record_model_version(s, draft_id, MODEL_TEXT, "qwen", now=t0)
    for i in range(5):
        with store.transaction() as s:
            drafts.autosave(s, draft_id, f"{MODEL_TEXT} and {i}",
                            now=t0 + timedelta(seconds=2 * (i + 1)))
    with store.session() as s:
        assert count(s, DraftAutosave.deliverable_id) == 1
        recovered = drafts.recover(s, draft_id)
        assert recovered == drafts.Recovered(f"{MODEL_TEXT} and 4", t0 + timedelta(seconds=10))
        assert drafts.open_text(s, draft_id) == f"{MODEL_TEXT} and 4"
        assert drafts.drafts_to_recover(s) == [draft_id]
    # Saved as a version: nothing left to recover.
    with store.transaction() as s:
        drafts.record_save(s, draft_id, recovered.text)
    with store.session() as s:
        assert drafts.recover(s, draft_id) is None
        assert drafts.drafts_to_recover(s) == []
        assert drafts.open_text(s, draft_id) == f"{MODEL_TEXT} and 4"


def test_an_autosave_older_than_the_latest_version_or_equal_to_it_is_not_offered(
        store, draft_id: int) -> None:
    with store.transaction() as s:
        drafts.autosave(s, draft_id, "typed before the model answered")
    with store.session() as s:
        # No version yet: the autosave is all there is.
        assert drafts.recover(s, draft_id).text == "typed before the model answered"
    with store.transaction() as s:
        drafts.record_model_version(s, draft_id, MODEL_TEXT, "qwen")
        assert drafts.recover(s, draft_id) is None
        drafts.autosave(s, draft_id, MODEL_TEXT)  # an editor that only showed the version
        assert drafts.recover(s, draft_id) is None
        drafts.autosave(s, draft_id, "   ")
        assert drafts.recover(s, draft_id).text == "   "  # the person emptied the editor
        drafts.discard_autosave(s, draft_id)
        assert drafts.recover(s, draft_id) is None


CHILD = """
import sys, time
from storage import drafts
from storage.db import open_store

store = open_store(sys.argv[1])
i = 0
while True:
    i += 1
    with store.transaction() as s:
        drafts.autosave(s, int(sys.argv[2]), f"typed word {i}")
    print(i, flush=True)
    time.sleep(0.01)
"""


def test_text_autosaved_before_a_kill_is_there_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "atelier.db"
    with open_store(path) as store, store.transaction() as s:
        draft_id = drafts.create_draft(s, "Article").id
        drafts.record_model_version(s, draft_id, "typed word 0", "qwen")
    started_at = datetime.now(UTC)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(draft_id)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        reported = 0
        while reported < 25:
            line = child.stdout.readline()
            assert line, "the autosaving process ended early"
            reported = int(line)
    finally:
        child.kill()  # SIGKILL: no clean-up, no flush, no close
        killed_at = datetime.now(UTC)
        child.wait(timeout=30)
        child.stdout.close()
    with open_store(path) as store, store.session() as s:
        recovered = drafts.recover(s, draft_id)
        assert recovered is not None
        assert int(recovered.text.rsplit(" ", 1)[1]) >= reported
        assert started_at <= recovered.saved_at <= killed_at  # the moment it was typed
        assert drafts.open_text(s, draft_id) == recovered.text


def test_mark_delivered_moves_the_order_through_the_state_machine(store) -> None:
    with store.transaction() as s:
        waiting = order(s, title="Fiches produits")
        working = order(s, title="Article", status=OrderStatus.IN_PROGRESS)
        d1 = drafts.create_draft(s, "Fiches", order_id=waiting.id)
        d2 = drafts.create_draft(s, "Article", order_id=working.id)
        for d in (d1, d2):
            drafts.record_model_version(s, d.id, MODEL_TEXT, "qwen")
        ids = (d1.id, d2.id, working.id)
    when = at("2026-03-04T12:00")
    with store.session() as s, s.begin(), pytest.raises(TransitionError):
        drafts.mark_delivered(s, ids[0], at=when)
    with store.transaction() as s:
        drafts.mark_delivered(s, ids[1], at=when)
    with store.session() as s:
        d2 = drafts.get_draft(s, ids[1])
        assert d2.delivered_at == when
        assert d2.order.status is OrderStatus.DELIVERED and d2.order.delivered_at == when
        events = s.scalars(select(OrderEvent).where(OrderEvent.order_id == ids[2],
                                                    OrderEvent.kind == "status")).all()
        assert [e.to_status for e in events] == ["delivered"]
        assert drafts.get_draft(s, ids[0]).delivered_at is None


def test_delivering_needs_an_order_and_a_text(store, draft_id: int) -> None:
    with store.session() as s, s.begin():
        with pytest.raises(ValidationError) as exc:
            drafts.mark_delivered(s, draft_id)
        assert exc.value.field == "order"
        o = order(s, status=OrderStatus.IN_PROGRESS)
        drafts.attach_to_order(s, draft_id, o.id)
        with pytest.raises(ValidationError) as exc:
            drafts.mark_delivered(s, draft_id)
        assert exc.value.field == "draft"
        assert o.status is OrderStatus.IN_PROGRESS
        # Detached again, the draft stays (it is not an orphan to delete).
        assert drafts.attach_to_order(s, draft_id, None).order is None
        assert [d.id for d in drafts.list_drafts(s)] == [draft_id]
        assert o.deliverables == []


def test_deleting_a_draft_takes_its_versions_and_autosave(store, draft_id: int) -> None:
    with store.transaction() as s:
        drafts.record_model_version(s, draft_id, MODEL_TEXT, "qwen")
        drafts.autosave(s, draft_id, "more")
        drafts.rename_draft(s, draft_id, "Renamed")
    with store.transaction() as s:
        drafts.delete_draft(s, draft_id)
    with store.session() as s:
        assert count(s, Deliverable.id) == count(s, DeliverableVersion.id) == 0
        assert count(s, DraftAutosave.deliverable_id) == 0
        with pytest.raises(ValidationError):
            drafts.get_draft(s, draft_id)


def test_text_stats() -> None:
    stats = drafts.text_stats("Bonjour à tous,\nc'est prêt. " * 115)
    assert stats.words == 5 * 115
    assert stats.characters == 28 * 115
    assert stats.characters_no_spaces == 23 * 115
    assert stats.reading_minutes == pytest.approx(2.5)
    assert drafts.text_stats("") == drafts.TextStats(0, 0, 0, 0.0)


# --- who wrote each character ------------------------------------------------------------------


def test_versions_and_the_autosave_keep_who_wrote_each_character(store, draft_id: int) -> None:
    mixed = Authorship.of(3, MODEL) + Authorship.of(4, HUMAN)
    with store.transaction() as s:
        ai = drafts.record_model_version(s, draft_id, "ABC def", "qwen")
        assert drafts.version_authorship(s, ai) == Authorship.of(7, MODEL)  # all the model's
        assert drafts.draft_provenance(s, draft_id).percent == 0.0
        saved = drafts.record_save(s, draft_id, "ABC def", authorship=mixed)
        assert saved.id != ai.id  # same text, but the person typed part of it
        assert saved.authorship == '[[3,"m"],[4,"h"]]'
        assert drafts.record_save(s, draft_id, "ABC def", authorship=mixed).id == saved.id
        p = drafts.draft_provenance(s, draft_id)
        assert (p.person, p.total, p.unit, p.model_id) == (3, 6, "characters", "qwen")
        # an authorship that does not fit the text is not stored
        odd = drafts.record_save(s, draft_id, "longer text", authorship=mixed)
        assert odd.authorship is None
    with store.transaction() as s:
        drafts.autosave(s, draft_id, "ABC def ghi", now=at("2026-03-02T11:00"),
                        authorship=mixed + Authorship.of(4, HUMAN))
    with store.session() as s:
        recovered = drafts.recover(s, draft_id)
        assert recovered.authorship.origins() == "mmm" + "h" * 8
        opened = drafts.open_draft(s, draft_id)
        assert (opened.text, opened.authorship, opened.recovered) == (
            "ABC def ghi", recovered.authorship, recovered)


def test_versions_from_before_authorship_fall_back_to_the_word_diff(
        tmp_path: Path) -> None:
    """A store of revision 0005 with a draft upgrades; its versions have no authorship and
    get it from the word diff with the newest model version before them."""
    path = tmp_path / "atelier.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO deliverables (id, kind, title, created_at) VALUES "
            "(1, 'text', 'Old draft', '2025-01-03 09:00:00.000000')"))
        conn.execute(text(
            "INSERT INTO deliverable_versions (id, deliverable_id, created_at, origin, "
            "model_id, text, note) VALUES "
            "(1, 1, '2025-01-03 09:00:00.000000', 'human', NULL, 'my notes', ''),"
            "(2, 1, '2025-01-03 09:01:00.000000', 'ai', 'qwen', 'one two three four', ''),"
            "(3, 1, '2025-01-03 09:02:00.000000', 'human', NULL, 'one two deux four', '')"))
    engine.dispose()
    with open_store(path) as store:
        assert current_revision(store.engine) == head_revision()
        with store.session() as s:
            first, model, mine = drafts.list_versions(s, 1)
            assert first.authorship is None
            assert drafts.version_authorship(s, first) == Authorship.of(8, HUMAN)
            assert drafts.version_authorship(s, model) == Authorship.of(18, MODEL)
            assert drafts.version_authorship(s, mine).share(mine.text).person == 4  # deux
            p = drafts.draft_provenance(s, 1)  # the word diff, as before
            assert (p.person, p.total, p.unit) == (1, 4, "words")
            assert drafts.open_draft(s, 1).authorship.share(mine.text).person == 4


# --- characters a file cannot hold -------------------------------------------------------------


def test_export_names_the_paragraph_that_holds_a_control_character(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    with pytest.raises(ValidationError) as caught:
        export_text(target, "One.\n\nTwo.\n\nThree\x07 bells.", title="Title")
    assert caught.value.field == "text"
    assert caught.value.message == ("Paragraph 3 holds an invisible control character "
                                    "(U+0007): remove it before exporting.")
    with pytest.raises(ValidationError, match=r"The title holds invisible control characters "
                                              r"\(U\+0000, U\+FFFE\)"):
        export_text(tmp_path / "out.md", "Fine.", title="T\x00i\ufffe")
    assert not list(tmp_path.iterdir())  # nothing written
    # a provenance line never breaks the file (a model's name is a folder name)
    export_text(target, "Fine.", provenance_line="AI-assisted … by bad\x1bname.")


def build_noisy_causal_lm(source: Path, path: Path) -> Path:
    """The tiny causal LM of tests/unit/assistants/conftest.py, taught three characters that
    no file can hold (BEL, ESC, U+FFFE) and allowed to write only them and two words: about
    every other token it writes is one of them."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(source)
    model = AutoModelForCausalLM.from_pretrained(source)
    noise = ["\x07", "\x1b", "\ufffe"]
    tokenizer.add_tokens(noise)
    model.resize_token_embeddings(len(tokenizer), mean_resizing=False)
    words = tokenizer.encode("Bonjour merci", add_special_tokens=False)
    noise_ids = [tokenizer.convert_tokens_to_ids(t) for t in noise]
    with torch.no_grad():  # each noise token as likely as a word (the embeddings are tied)
        weights = model.get_input_embeddings().weight
        for i, noise_id in enumerate(noise_ids):
            weights[noise_id] = weights[words[i % len(words)]]
    keep = {*noise_ids, *words}
    model.generation_config.suppress_tokens = [
        i for i in range(len(tokenizer)) if i not in keep]
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.mark.slow
def test_cli_draft_from_a_model_that_writes_control_characters_exports_to_docx(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    from desktop.cli import main
    from tests.unit.assistants.conftest import build_causal_lm

    noisy = build_noisy_causal_lm(build_causal_lm(tmp_path / "tiny"), tmp_path / "noisy")
    d = ["--data-dir", str(tmp_path / "data")]
    assert main(["models", "import", str(noisy), "--name", "noisy", *d]) == 0
    out = tmp_path / "out.docx"
    with open_store(tmp_path / "data" / "atelier.db") as store, store.transaction() as s:
        order_id = order(s, status=OrderStatus.IN_PROGRESS, brief="Vingt fiches produits").id
    capsys.readouterr()
    code = main(["draft", "--template", "delivery-message", "--order", str(order_id),
                 "--model", "noisy", "-o", str(out), "--max-tokens", "24", "--seed", "1",
                 "--provenance", *d])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert re.search(r"atelier: \d+ invisible character\(s\) the model produced were removed",
                     err)
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert paragraphs[-1].startswith("AI-assisted: about 0 %")
    written = "\n".join(paragraphs)
    assert not any(c in written for c in "\x07\x1b\ufffe")
    with open_store(tmp_path / "data" / "atelier.db") as store, store.session() as s:
        [draft] = drafts.list_drafts(s, order_id=order_id)
        [version] = drafts.list_versions(s, draft.id)
        assert not any(c in version.text for c in "\x07\x1b\ufffe")
        assert drafts.version_authorship(s, version).share(version.text).person == 0


def test_the_orders_a_draft_can_join_and_the_empty_draft_an_order_reuses(store) -> None:
    from tests.factories import client

    with store.transaction() as s:
        c = client(s, "Librairie Côté Mer")
        first = order(s, title="Fiches produits", client_obj=c).id
        second = order(s, title="Logo", client_obj=c).id
        empty = drafts.create_draft(s, "Vide", order_id=first).id
        written = drafts.create_draft(s, "Écrit", order_id=second).id
        drafts.record_save(s, written, "Du texte.")
    with store.session() as s:
        assert sorted(drafts.order_choices(s)) == [
            (first, "Fiches produits", "Librairie Côté Mer"),
            (second, "Logo", "Librairie Côté Mer")]
        assert len(drafts.order_choices(s, limit=1)) == 1
        assert drafts.reusable_draft(s, first) == empty
        assert drafts.reusable_draft(s, second) is None

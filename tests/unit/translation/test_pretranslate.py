"""Pre-translation: memory before model, fuzzy offered not applied, a person's work never
overwritten, chunks saved as they finish, cancel and resume, placeholders kept for export."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import update

from storage.db import Store
from storage.documents import check_placeholders, load_document
from storage.errors import ValidationError
from storage.tables import SegmentStatus, TranslationSegment, TranslationUnit
from storage.translation import memory as sm
from storage.translation import projects as sp
from storage.translation.export import export_project_file
from storage.translation.memory import TranslationMemory
from storage.translation.pretranslate import (
    PretranslateError,
    pretranslate,
    protect,
    restore,
)
from tests.unit.translation.conftest import CountingTranslator, make_project

SENTENCES = [f"Phrase numéro {n} du contrat de traduction." for n in range(1, 11)]
DOC = "\n\n".join(SENTENCES) + "\n"


def remember(store: Store, pairs: dict[str, str]) -> None:
    with store.transaction() as s:
        for source, target in pairs.items():
            sm.add_unit(s, "fr", "en", source, target, origin="tmx:test.tmx")


def rows(store: Store, pid: int) -> list[TranslationSegment]:
    with store.session() as s:
        return sp.segments(s, pid)


def test_exact_memory_wins_over_the_model_and_fuzzy_is_only_offered(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Le devis est prêt.\n\nLa facture part demain.\n\n"
                                            "Une phrase sans rapport aucun.\n"})
    remember(tstore, {"Le  devis est prêt.": "The quote is ready.",
                      "La facture part lundi.": "The invoice leaves on Monday."})
    model = CountingTranslator()
    result = pretranslate(tstore, pid, model)
    exact, fuzzy, other = rows(tstore, pid)
    assert (exact.target, exact.status, exact.tm_score) == ("The quote is ready.", "tm", 100)
    # The fuzzy match is stored with its score; the segment itself goes to the model.
    [offer] = sp.suggestions(fuzzy)
    assert offer.target == "The invoice leaves on Monday." and 75 <= offer.score < 100
    assert fuzzy.tm_score == offer.score
    assert (fuzzy.target, fuzzy.status, fuzzy.mt) == (
        "[EN] La facture part demain.", "mt", "[EN] La facture part demain.")
    assert other.status == "mt" and sp.suggestions(other) == []
    assert model.seen == ["La facture part demain.", "Une phrase sans rapport aucun."]
    assert (result.tm_exact, result.tm_fuzzy_offered, result.mt, result.remaining) == (1, 1, 2, 0)
    with tstore.session() as s:
        match = sm.exact_match(s, "fr", "en", "Le devis est prêt.")
        unit = s.get(TranslationUnit, match.unit_id)
        assert unit.use_count == 1 and unit.used_at is not None


def test_without_a_model_only_the_memory_runs(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Le devis est prêt.\n\nAutre chose.\n\n2024\n"})
    remember(tstore, {"Le devis est prêt.": "The quote is ready."})
    result = pretranslate(tstore, pid, None)
    assert (result.tm_exact, result.mt, result.copied, result.remaining) == (1, 0, 1, 1)
    assert [r.status for r in rows(tstore, pid)] == ["tm", "new", "mt"]
    assert rows(tstore, pid)[2].target == "2024"  # nothing to translate: copied


def test_a_persons_work_survives_a_second_pre_translation(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": DOC})
    pretranslate(tstore, pid, CountingTranslator("[v1] "))
    with tstore.transaction() as s:
        first, second, third = sp.segments(s, pid)[:3]
        sp.set_target(s, first.id, "My own translation.")
        sp.confirm(s, second.id, "Confirmed by me.")
    # The memory now knows segment 2; segment 3 is someone else's source in the memory.
    remember(tstore, {third.source: "From the memory.", first.source: "Memory for one."})
    model = CountingTranslator("[v2] ")
    result = pretranslate(tstore, pid, model)
    after = rows(tstore, pid)
    assert (after[0].target, after[0].status) == ("My own translation.", "edited")
    assert (after[1].target, after[1].status) == ("Confirmed by me.", "confirmed")
    # An unconfirmed MT segment takes an exact memory match; the others are not redone.
    assert (after[2].target, after[2].status) == ("From the memory.", "tm")
    assert all(r.target.startswith("[v1] ") for r in after[3:])
    assert model.calls == [] and result.skipped_human == 2 and result.tm_exact == 1


def test_an_edit_made_while_pre_translation_runs_is_not_overwritten(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": DOC})
    target_id = rows(tstore, pid)[5].id

    def model(texts: list[str]) -> list[str]:
        # The translator edits segment 6 in the editor while the model is busy.
        with tstore.transaction() as s:
            sp.set_target(s, target_id, "Typed meanwhile.")
        return ["[EN] " + t for t in texts]

    result = pretranslate(tstore, pid, model, chunk_size=4)
    edited = next(r for r in rows(tstore, pid) if r.id == target_id)
    assert (edited.target, edited.status) == ("Typed meanwhile.", "edited")
    assert result.mt == 9


def test_an_edit_made_while_the_memory_is_searched_is_not_overwritten(
        tstore: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Le devis est prêt.\n"})
    remember(tstore, {"Le devis est prêt.": "The quote is ready."})
    [seg] = rows(tstore, pid)
    original = TranslationMemory.exact

    def exact_while_someone_types(self: TranslationMemory, text: str) -> object:
        with tstore.transaction() as s:
            sp.set_target(s, seg.id, "Typed while the memory was searched.")
        return original(self, text)

    monkeypatch.setattr(TranslationMemory, "exact", exact_while_someone_types)
    result = pretranslate(tstore, pid, None)
    [after] = rows(tstore, pid)
    assert (after.target, after.status) == ("Typed while the memory was searched.", "edited")
    assert result.tm_exact == 0


def test_cancel_keeps_finished_chunks_and_resume_does_not_redo_them(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": DOC})
    cancel = threading.Event()
    seen: list[tuple[int, int, float | None]] = []
    model = CountingTranslator()

    def progress(done: int, total: int, eta: float | None) -> None:
        seen.append((done, total, eta))
        if done >= 6:
            cancel.set()

    ticks = iter(range(100))
    result = pretranslate(tstore, pid, model, chunk_size=3, progress=progress, cancel=cancel,
                          clock=lambda: float(next(ticks)))
    assert result.cancelled and (result.mt, result.remaining) == (6, 4)
    assert [len(c) for c in model.calls] == [3, 3]
    assert seen[0] == (0, 10, None) and [d for d, _, _ in seen] == [0, 3, 6]
    assert seen[1][2] == pytest.approx(7 * 1 / 3)  # one tick per chunk of 3 → 7 left
    assert [r.status for r in rows(tstore, pid)] == ["mt"] * 6 + ["new"] * 4

    resumed = CountingTranslator("[again] ")
    result = pretranslate(tstore, pid, resumed, chunk_size=3)
    assert resumed.seen == SENTENCES[6:]
    assert (result.mt, result.remaining, result.cancelled) == (4, 0, False)


def test_a_translator_failing_while_cancelled_counts_as_cancel(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": DOC})
    cancel = threading.Event()

    def model(texts: list[str]) -> list[str]:
        cancel.set()
        raise RuntimeError("stopped in the middle of a batch")

    result = pretranslate(tstore, pid, model, cancel=cancel)
    assert result.cancelled and result.remaining == 10

    def broken(texts: list[str]) -> list[str]:
        raise RuntimeError("out of memory")

    with pytest.raises(RuntimeError, match="out of memory"):
        pretranslate(tstore, pid, broken)
    with pytest.raises(PretranslateError, match="returned 1 translations for 10"):
        pretranslate(tstore, pid, lambda texts: ["only one"])
    assert [r.status for r in rows(tstore, pid)] == ["new"] * 10


def test_empty_model_output_leaves_the_segment_to_do(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Un.\n\nDeux.\n"})
    result = pretranslate(tstore, pid, lambda texts: ["One.", "  "])
    assert (result.mt, result.remaining) == (1, 1)


@pytest.mark.parametrize(("source", "sent", "back"), [
    ("⟨1⟩Tout en gras.⟨/1⟩", "Tout en gras.", "⟨1⟩X⟨/1⟩"),
    ("Un ⟨1⟩mot⟨/1⟩ en gras.", "Un mot en gras.", "X"),
    ("⟨1/⟩ Voir la figure.", "Voir la figure.", "⟨1/⟩X"),
    ("⟨1⟩Début⟨/1⟩ puis suite.", "Début puis suite.", "X"),
    ("⟨1⟩⟨2⟩Deux⟨/2⟩ niveaux⟨/1⟩", "Deux niveaux", "⟨1⟩X⟨/1⟩"),
    ("  Bonjour\n", "Bonjour", "  X\n"),
    ("Code ⟨1/⟩ ici.", "Code ici.", "X"),
])
def test_protect_sends_plain_text_and_keeps_the_edges(source: str, sent: str,
                                                      back: str) -> None:
    p = protect(source)
    assert p.text == sent
    translated = restore(p, "X")
    assert translated == back
    assert not [i for i in check_placeholders(source, translated) if i.blocking]


@pytest.mark.parametrize(("source", "model", "back"), [
    ("Cliquez sur ⟨1⟩Save⟨/1⟩.", "Click Save.", "Click ⟨1⟩Save⟨/1⟩."),
    ("Lancez ⟨1⟩cargo new⟨/1⟩ puis ⟨2⟩cargo run⟨/2⟩.", "Run cargo new then cargo run.",
     "Run ⟨1⟩cargo new⟨/1⟩ then ⟨2⟩cargo run⟨/2⟩."),
    ("Le ⟨1⟩⟨2⟩Mac⟨/2⟩⟨/1⟩ et le PC.", "The Mac and the PC.", "The ⟨1⟩⟨2⟩Mac⟨/2⟩⟨/1⟩ and the PC."),
    ("Voir ⟨1⟩ceci⟨/1⟩ et ceci.", "See this and ceci ceci.", "See this and ceci ceci."),
    ("Le ⟨1⟩Mac⟨/1⟩ et ⟨2⟩le Mac Pro⟨/2⟩.", "The Mac and the Mac Pro.",
     "The Mac and the Mac Pro."),
])
def test_inner_pairs_come_back_around_text_the_model_kept(source: str, model: str,
                                                          back: str) -> None:
    translated = restore(protect(source), model)
    assert translated == back
    assert not [i for i in check_placeholders(source, translated) if i.blocking]


def test_placeholders_survive_so_export_does_not_refuse(tstore: Store, tmp_path: Path) -> None:
    html = ("<p><b>Tout en gras.</b></p><p>Un <i>mot</i> et <code>du code</code> puis "
            "<a href='https://example.org'>un lien</a>.</p>")
    pid, [fid] = make_project(tstore, {"page.html": html})
    model = CountingTranslator()
    pretranslate(tstore, pid, model)
    assert all("⟨" not in t for t in model.seen)
    out = tmp_path / "page.html"
    with tstore.session() as s:
        export_project_file(s, fid, out)
    written = out.read_text(encoding="utf-8")
    assert "<b>[EN] Tout en gras.</b>" in written and "<code>du code</code>" in written
    again = load_document(out)
    assert all(seg.plain.startswith("[EN] ") for seg in again.segments)


def test_unknown_project_and_bad_chunk_size(tstore: Store) -> None:
    with pytest.raises(ValidationError):
        pretranslate(tstore, 42, None)
    with pytest.raises(ValueError, match="chunk_size"):
        pretranslate(tstore, 42, None, chunk_size=0)


def test_a_sessionmaker_works_as_the_store(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Un.\n"})
    result = pretranslate(tstore.sessionmaker, pid, CountingTranslator())
    assert result.mt == 1
    with tstore.transaction() as s:  # statuses really are the enum's values
        s.execute(update(TranslationSegment).values(status=SegmentStatus.CONFIRMED))

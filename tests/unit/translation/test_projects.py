"""Translation projects: creation rules, import in one piece, targets, confirm → memory,
find/replace in targets, progress and status filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import Store
from storage.documents import DocumentError, SegmentationRules, UnsupportedFormatError
from storage.errors import ValidationError
from storage.tables import TranslationFile, TranslationSegment, TranslationUnit
from storage.translation import memory as sm
from storage.translation import projects as sp
from tests.unit.translation.conftest import make_project

TEXT = ("Bonjour M. Dupont. Le devis est prêt.\n\n"
        "La facture sera envoyée demain.\n")
PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#. A comment
msgctxt "menu"
msgid "Open"
msgstr "Ouvrir"

msgid "One file"
msgid_plural "%d files"
msgstr[0] ""
msgstr[1] ""

#, fuzzy
msgid "Save"
msgstr "Sauver"
'''


def test_create_project_checks_its_fields(tstore: Store) -> None:
    with tstore.transaction() as s:
        p = sp.create_project(s, "  Contrat   Dupont ", "FR_ca", "en", rules=SegmentationRules(
            abbreviations=frozenset({"Cie"})))
        assert (p.name, p.source_lang, p.target_lang) == ("Contrat Dupont", "fr-ca", "en")
        assert "Cie." in sp.project_rules(p).abbreviations
        assert sp.find_project(s, "contrat dupont").id == p.id
    cases = [
        (("", "fr", "en"), "name"), (("X", "", "en"), "source_lang"),
        (("X", "fr", "français"), "target_lang"), (("X", "fr", "fr"), "target_lang"),
        (("Contrat Dupont", "fr", "en"), "name"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as err, tstore.transaction() as s:
            sp.create_project(s, *args)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err, tstore.transaction() as s:
        sp.create_project(s, "Y", "fr", "en", order_id=999)
    assert err.value.field == "order"


def test_import_keeps_bytes_and_every_segment(tstore: Store) -> None:
    pid, [fid] = make_project(tstore, {"lettre.txt": TEXT})
    with tstore.session() as s:
        f = s.get(TranslationFile, fid)
        assert (f.format, f.data, f.segment_count) == ("txt", TEXT.encode(), 3)
        rows = sp.segments(s, pid)
        assert [r.source for r in rows] == ["Bonjour M. Dupont.", "Le devis est prêt.",
                                            "La facture sera envoyée demain."]
        assert {r.status for r in rows} == {"new"} and all(r.target == "" for r in rows)
        assert sp.file_document(s, fid).segments[0].id == rows[0].key


def test_import_of_po_keeps_plurals_context_and_existing_translations(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"ui.po": PO})
    with tstore.session() as s:
        rows = {r.source: r for r in sp.segments(s, pid)}
        assert rows["Open"].context == "menu" and "A comment" in rows["Open"].note
        assert (rows["Open"].target, rows["Open"].status) == ("Ouvrir", "edited")
        assert rows["%d files"].plural_of == rows["One file"].key
        # A fuzzy translation in the file is offered, not applied.
        assert rows["Save"].status == "new" and rows["Save"].target == ""
        [offer] = sp.suggestions(rows["Save"])
        assert (offer.target, offer.origin) == ("Sauver", "file")


@pytest.mark.parametrize(("name", "data", "error"), [
    ("contrat.pdf", b"%PDF-1.4", UnsupportedFormatError),
    ("contrat.docx", b"PK\x03\x04 not really a zip", DocumentError),
    ("sous-titres.srt", b"1\nnot a timing\nHello\n", DocumentError),
    ("ui.po", b'msgid "a"\nmsgstr "b\n', DocumentError),
    ("data.xlf", b"<xliff><file>", DocumentError),
])
def test_a_bad_file_is_refused_and_nothing_is_half_imported(
        tstore: Store, name: str, data: bytes, error: type[Exception]) -> None:
    with tstore.transaction() as s:
        pid = sp.create_project(s, "P", "fr", "en").id
    with pytest.raises(error) as err, tstore.transaction() as s:
        sp.import_bytes(s, pid, data, name)
    assert str(err.value).startswith(name)
    with tstore.session() as s:
        assert s.scalar(select(func.count(TranslationFile.id))) == 0
        assert s.scalar(select(func.count(TranslationSegment.id))) == 0


def test_a_missing_file_gives_its_name(tstore: Store, tmp_path: Path) -> None:
    with tstore.transaction() as s:
        pid = sp.create_project(s, "P", "fr", "en").id
    with pytest.raises(DocumentError, match=r"absent\.docx: file not found"), \
            tstore.transaction() as s:
        sp.import_file(s, pid, tmp_path / "absent.docx")


def test_importing_again_reuses_or_replaces_keeping_translations(tstore: Store) -> None:
    pid, [fid] = make_project(tstore, {"lettre.txt": TEXT})
    with tstore.transaction() as s:
        first = sp.segments(s, pid)[0]
        sp.set_target(s, first.id, "Hello Mr Dupont.")
        assert sp.import_bytes(s, pid, TEXT.encode(), "lettre.txt").id == fid
    changed = TEXT.replace("demain", "lundi")
    with pytest.raises(ValidationError, match="already has a file named"), \
            tstore.transaction() as s:
        sp.import_bytes(s, pid, changed.encode(), "lettre.txt")
    with tstore.transaction() as s:
        new = sp.import_bytes(s, pid, changed.encode(), "lettre.txt", replace=True)
        rows = sp.segments(s, pid)
        assert [f.id for f in sp.list_files(s, pid)] == [new.id]
        assert (rows[0].target, rows[0].status) == ("Hello Mr Dupont.", "edited")
        assert rows[2].source == "La facture sera envoyée lundi." and rows[2].status == "new"


def test_set_target_and_confirm_feed_the_memory(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"lettre.txt": TEXT})
    with tstore.transaction() as s:
        a, b, _c = sp.segments(s, pid)
        assert sp.set_target(s, a.id, "Hello Mr Dupont.").status == "edited"
        assert sp.set_target(s, a.id, "   ").status == "new"
        with pytest.raises(ValidationError, match="Write a translation"):
            sp.confirm(s, a.id)
        tm = sm.TranslationMemory("fr", "en")
        seg = sp.confirm(s, b.id, "The quote is ready.", tm=tm)
        assert (seg.status, seg.target) == ("confirmed", "The quote is ready.")
        assert tm.exact("Le devis est  prêt.").target == "The quote is ready."
        [unit] = s.scalars(select(TranslationUnit)).all()
        assert (unit.source_lang, unit.target_lang, unit.project_id, unit.origin) == (
            "fr", "en", pid, "project")
        # Confirming the same source again replaces the unit's translation.
        sp.confirm(s, b.id, "The estimate is ready.")
        assert s.scalar(select(func.count(TranslationUnit.id))) == 1
        assert sm.exact_match(s, "fr", "en", b.source).target == "The estimate is ready."
        with pytest.raises(ValidationError, match="Unknown segment status"):
            sp.set_target(s, a.id, "x", status="done")


def test_confirm_refuses_placeholders_export_would_refuse(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"page.html": "<p>Un <b>gros</b> devis.</p>"})
    with tstore.transaction() as s:
        [seg] = sp.segments(s, pid)
        assert seg.source == "Un ⟨1⟩gros⟨/1⟩ devis."
        with pytest.raises(ValidationError, match="placeholders"):
            sp.confirm(s, seg.id, "A ⟨/1⟩big⟨1⟩ quote.")
        # A missing pair only loses its formatting: allowed.
        assert sp.confirm(s, seg.id, "A big quote.").status == "confirmed"
        assert sp.segment_tags(seg) == {"1": "bold"}


def test_find_and_replace_in_targets(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n"})
    with tstore.transaction() as s:
        one, two, three, _four = sp.segments(s, pid)
        sp.set_target(s, one.id, "The ⟨1/⟩ invoice, the Invoice.", status="mt")
        sp.set_target(s, two.id, "An invoice.")
        sp.confirm(s, three.id, "INVOICE 12")
    with tstore.transaction() as s:
        found = sp.find_in_targets(s, pid, "invoice")
        assert (found.segment_ids, found.matches) == ([one.id, two.id, three.id], 4)
        assert sp.find_in_targets(s, pid, "Invoice", case_sensitive=True).matches == 1
        assert sp.find_in_targets(s, pid, r"\d+", regex=True).segment_ids == [three.id]
        assert sp.find_in_targets(s, pid, "1").segment_ids == [three.id]  # not inside ⟨1/⟩
        assert sp.find_in_targets(s, pid, "invoice", statuses=["confirmed"]).matches == 1
        for bad in ("(", ""):
            with pytest.raises(ValidationError) as err:
                sp.find_in_targets(s, pid, bad, regex=True)
            assert err.value.field == "find"
        with pytest.raises(ValidationError):
            sp.replace_in_targets(s, pid, "invoice", "⟨2/⟩")
        with pytest.raises(ValidationError) as err:
            sp.replace_in_targets(s, pid, "(in)voice", r"\2", regex=True)
        assert err.value.field == "replace"

    with tstore.transaction() as s:
        done = sp.replace_in_targets(s, pid, r"(?i)invoice", "bill", regex=True)
        assert (done.segment_ids, done.replacements) == ([one.id, two.id, three.id], 4)
        rows = sp.segments(s, pid)
        assert [r.target for r in rows[:3]] == ["The ⟨1/⟩ bill, the bill.", "An bill.",
                                                "bill 12"]
        # Changed drafts become edited; a confirmed one stays confirmed, its unit follows.
        assert [r.status for r in rows[:3]] == ["edited", "edited", "confirmed"]
        assert sm.exact_match(s, "fr", "en", "Trois.").target == "bill 12"
        plain = sp.replace_in_targets(s, pid, "bill", r"\1 note")
        assert plain.replacements == 4 and sp.get_segment(s, two.id).target == r"An \1 note."


def test_progress_and_filters(tstore: Store) -> None:
    pid, [f1, f2] = make_project(tstore, {"a.txt": "Un.\n\nDeux.\n", "b.txt": "Trois.\n"})
    with tstore.transaction() as s:
        one, two, three = sp.segments(s, pid)
        sp.set_target(s, one.id, "One.", status="mt")
        sp.confirm(s, three.id, "Three.")
        p = sp.progress(s, pid)
        assert (p.total, p.translated, p.confirmed, p.untranslated) == (3, 2, 1, 1)
        assert p.counts == {"new": 1, "tm": 0, "mt": 1, "edited": 0, "confirmed": 1}
        assert (p.percent_confirmed, p.percent_translated) == (33.3, 66.7)
        assert sp.progress(s, pid, file_id=f2).percent_confirmed == 100.0
        assert [r.id for r in sp.segments(s, pid, statuses=["new", "mt"])] == [one.id, two.id]
        assert [r.id for r in sp.segments(s, pid, file_id=f1, offset=1)] == [two.id]
        assert [r.id for r in sp.segments(s, pid, search="three")] == [three.id]
        assert sp.count_segments(s, pid, statuses=["confirmed"]) == 1
        assert sp.progress(s, 999).total == 0


def test_delete_project_keeps_the_memory(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Un.\n"})
    with tstore.transaction() as s:
        [seg] = sp.segments(s, pid)
        sp.confirm(s, seg.id, "One.")
        sp.delete_project(s, pid)
    with tstore.session() as s:
        assert s.scalar(select(func.count(TranslationSegment.id))) == 0
        unit = s.scalars(select(TranslationUnit)).one()
        assert unit.project_id is None and unit.target == "One."

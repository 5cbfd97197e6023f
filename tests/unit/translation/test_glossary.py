"""The glossary: hits with word boundaries, case/accent folding and simple plurals; CSV import
(separator sniffing, clear errors with line numbers, nothing half-imported) and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.db import Store
from storage.errors import CsvImportError, ValidationError
from storage.translation import glossary as sg
from storage.translation.glossary import Glossary, Term


def glossary(*terms: Term) -> Glossary:
    return Glossary(terms)


def test_hits_fold_case_and_accents_and_respect_word_boundaries() -> None:
    g = glossary(Term(1, "référence", "reference"), Term(2, "devis", "quote"),
                 Term(3, "bon de commande", "purchase order"), Term(4, "API", "API",
                                                                    case_sensitive=True),
                 Term(5, "C++", "C++"))
    text = "Vos REFERENCES et le  bon de\u00a0commande ⟨1⟩Devis⟨/1⟩ : pas de devisé ni d'api, C++."
    hits = g.hits(text)
    assert [(h.term.id, h.text) for h in hits] == [
        (1, "REFERENCES"), (3, "bon de\u00a0commande"), (2, "Devis"), (5, "C++")]
    assert all(text[h.start:h.end] == h.text for h in hits)
    assert [h.term.id for h in g.hits("Notre API et l'api.")] == [4]
    assert g.hits("") == [] and Glossary([]).hits("devis") == []


def test_target_check_uses_the_same_rules() -> None:
    term = Term(1, "facture", "invoice", required=True)
    g = glossary(term)
    assert g.target_has(term, "Two ⟨1⟩Invoices⟨/1⟩ sent.")
    assert not g.target_has(term, "The invoicing is done.")
    strict = Term(2, "API", "API", case_sensitive=True)
    assert not g.target_has(strict, "the api")


def test_terms_in_the_store(tstore: Store) -> None:
    with tstore.transaction() as s:
        t = sg.add_term(s, "fr-FR", "en", " devis ", "quote", note="commercial", required=True)
        assert (t.source_lang, t.source_term, t.required) == ("fr", "devis", True)
        sg.add_term(s, "fr", "en", "devis", "estimate")  # an alternative translation
        with pytest.raises(ValidationError, match="already in the glossary"):
            sg.add_term(s, "fr", "en", "devis", "quote")
        with pytest.raises(ValidationError) as err:
            sg.add_term(s, "fr", "en", "", "x")
        assert err.value.field == "source"
        sg.update_term(s, t.id, note="", case_sensitive=True)
        assert [x.target_term for x in sg.list_terms(s, "fr", "en")] == ["estimate", "quote"]
        assert [x.target_term for x in sg.list_terms(s, "fr", "en", search="ESTIM")] == [
            "estimate"]
        assert [h.term.target for h in sg.hits(s, "fr", "en", "Un Devis.")] == ["estimate"]
        sg.delete_term(s, t.id)
        with pytest.raises(ValidationError):
            sg.delete_term(s, t.id)


def test_csv_round_trip(tstore: Store, tmp_path: Path) -> None:
    # A spreadsheet set to French: semicolons, Windows-1252, French column names.
    data = ("source;cible;note;obligatoire;casse\n"
            "devis;quote;« commercial »;oui;non\n"
            "\n"
            "\"bon; de commande\";purchase order;;;\n"
            "API;API;;1;x\n").encode("cp1252")
    with tstore.transaction() as s:
        r = sg.import_csv(s, "fr", "en", data, name="termes.csv")
        assert (r.added, r.updated, r.unchanged) == (3, 0, 0)
        assert sg.export_csv(s, "fr", "en", tmp_path / "out.csv") == 3
    written = (tmp_path / "out.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbfsource,target,note,required,case_sensitive\r\n")
    assert "devis,quote,« commercial »,yes,no" in written.decode("utf-8-sig")
    with tstore.transaction() as s:
        r = sg.import_csv(s, "fr", "en", tmp_path / "out.csv")
        assert (r.added, r.updated, r.unchanged) == (0, 0, 3)
        rows = {t.source_term: t for t in sg.list_terms(s, "fr", "en")}
    assert rows["bon; de commande"].target_term == "purchase order"
    assert rows["API"].required and rows["API"].case_sensitive
    assert rows["devis"].note == "« commercial »"
    with tstore.transaction() as s:
        r = sg.import_csv(s, "fr", "en", b"source,target,required\ndevis,quote,no\n")
        assert (r.added, r.updated) == (0, 1)


@pytest.mark.parametrize(("data", "line", "field", "message"), [
    (b"", 1, "source", "empty"),
    (b"terme,traduction_x\n", 1, "traduction_x", "unknown column"),
    (b"source,note\nx,y\n", 1, "target", "“target” column"),
    (b"source,target\nok,fine\n,missing\n", 3, "source", "source term is empty"),
    (b"source,target\nok,fine\n\nonly,\n", 4, "target", "target term is empty"),
    (b"source,target,required\na,b,peut-\xc3\xaatre\n", 2, "required", "not yes or no"),
    (b"source,target\na,b,c\n", 2, "target", "3 values for 2 columns"),
    (b"source,source,target\n", 1, "source", "appears twice"),
])
def test_csv_errors_name_the_line_and_nothing_is_imported(
        tstore: Store, data: bytes, line: int, field: str, message: str) -> None:
    with tstore.transaction() as s:
        sg.add_term(s, "fr", "en", "déjà", "already")
    with pytest.raises(CsvImportError, match=message) as err, tstore.transaction() as s:
        sg.import_csv(s, "fr", "en", data, name="g.csv")
    assert (err.value.line, err.value.field) == (line, field)
    assert str(err.value).startswith(f"g.csv, line {line}")
    with tstore.session() as s:
        assert [t.source_term for t in sg.list_terms(s, "fr", "en")] == ["déjà"]

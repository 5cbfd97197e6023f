"""Quality checks, one by one, and over a project."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storage.db import Store
from storage.translation import glossary as sg
from storage.translation import projects as sp
from storage.translation.glossary import Glossary, Term
from storage.translation.qa import (
    check_project,
    check_segment,
    final_punctuation,
    format_placeholders,
    numbers,
    parse_number,
)
from tests.unit.translation.conftest import make_project


def codes(source: str, target: str, **kw: object) -> list[str]:
    return [i.code for i in check_segment(source, target, source_lang="fr", target_lang="en",
                                          **kw)]


def test_a_good_translation_has_no_issue() -> None:
    assert codes("Le devis de 1 000,50 € est prêt ?", "The €1,000.50 quote is ready?") == []
    assert codes("⟨1⟩Gras⟨/1⟩ et %s.", "⟨1⟩Bold⟨/1⟩ and %s.") == []


def test_empty_target() -> None:
    [issue] = check_segment("Bonjour.", "  ")
    assert (issue.code, issue.severity) == ("empty_target", "error")
    assert check_segment("", "") == []


def test_placeholders() -> None:
    assert codes("Un ⟨1⟩mot⟨/1⟩.", "A word.") == ["placeholder_missing"]
    issues = check_segment("Un ⟨1⟩mot⟨/1⟩.", "A ⟨/1⟩word⟨1⟩ ⟨2/⟩.")
    assert {i.code for i in issues} == {"placeholder"}
    assert all(i.severity == "error" for i in issues)


@pytest.mark.parametrize(("source", "target", "missing"), [
    ("Bonjour %s, %d messages", "Hello %s, messages", "%d"),
    ("Bonjour {name}", "Hello {nom}", "{name}"),
    ("Limite {{ limit }} atteinte", "Limit {{limit}} reached", None),
    ("Il reste %(count)s jours", "%(count)s days left", None),
    ("{0} sur {1}", "{1} of {0}", None),
    ("50 % de remise, %1$s", "50% off, %1$s", None),
    ("Valeur ${value}", "Value", "${value}"),
])
def test_format_placeholders(source: str, target: str, missing: str | None) -> None:
    issues = [i for i in check_segment(source, target) if i.code == "format_placeholder"]
    if missing is None:
        assert issues == []
    else:
        assert (issues[0].data["placeholder"], issues[0].data["where"]) == (missing, "target")
        assert issues[0].severity == "error"


def test_format_placeholder_extraction() -> None:
    assert format_placeholders("%s %5.2f %% %(n)d {x:>10} {{ a.b }} %{v} %HOME% 50 % de") == [
        "%s", "%5.2f", "%(n)d", "{x:>10}", "{{a.b}}", "%{v}", "%HOME%"]


@pytest.mark.parametrize(("token", "lang", "value"), [
    ("1 000,50", "fr", "1000.5"), ("1\u202f000,50", "fr", "1000.5"),
    ("1,000.50", "en", "1000.5"), ("3,5", "fr", "3.5"), ("3.5", "en", "3.5"),
    ("1,000", "en", "1000"), ("1,000", "fr", "1"), ("1.000", "fr", "1000"),
    ("1.000.000,5", "fr", "1000000.5"), ("0,500", "en", "0.5"), ("12.03.2025", "fr", None),
])
def test_numbers_are_read_with_the_languages_conventions(token: str, lang: str,
                                                         value: str | None) -> None:
    got = parse_number(token, lang)
    assert (None if got is None else got) == (None if value is None else Decimal(value))


def test_numbers_check() -> None:
    assert codes("Il pèse 3,5 kg pour 1 000 €.", "It weighs 3.5 kg for €1,000.") == []
    assert codes("Le 12.03.2025 à 10:30.", "On 03/12/2025 at 10:30.") == []
    [issue] = check_segment("Il pèse 3,5 kg.", "It weighs 35 kg.", source_lang="fr",
                            target_lang="en")
    assert issue.code == "numbers" and issue.data == {"missing": "3.5", "extra": "35"}
    assert numbers("⟨12/⟩ item %1$s {0}", "en") == []


def test_required_glossary_term() -> None:
    g = Glossary([Term(1, "devis", "quote", required=True), Term(2, "devis", "estimate",
                                                                 required=True),
                  Term(3, "client", "customer")])
    assert codes("Le devis du client.", "The estimate for the client.", glossary=g) == []
    [issue] = check_segment("Les devis.", "The offers.", glossary=g)
    assert issue.code == "term_missing" and issue.data["target"] == "quote / estimate"


def test_double_spaces() -> None:
    assert codes("Un texte.", "A  text.") == ["double_space"]
    assert codes("Un  texte.", "A  text.") == []


@pytest.mark.parametrize(("source", "target", "ok"), [
    ("Vraiment ?", "Really?", True),
    ("« Oui. »", "\"Yes.\"", True),
    ("Attendez...", "Wait…", True),
    ("Note :", "Note:", True),
    ("⟨1⟩Fin.⟨/1⟩", "⟨1⟩End⟨/1⟩", False),
    ("Titre", "Title.", False),
    ("Quoi !", "What?", False),
])
def test_final_punctuation(source: str, target: str, ok: bool) -> None:
    assert ("final_punctuation" not in codes(source, target)) is ok
    assert final_punctuation("Vraiment\u202f?") == "?"


def test_length_limit() -> None:
    assert codes("Court", "Too long", max_length=5) == ["too_long"]


def test_check_project(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Un devis de 3,5 €.\n\nDeux.\n\nTrois.\n"})
    with tstore.transaction() as s:
        sg.add_term(s, "fr", "en", "devis", "quote", required=True)
        one, two, _three = sp.segments(s, pid)
        sp.set_target(s, one.id, "An estimate of €35.", status="mt")
        sp.set_target(s, two.id, "Two")
        found = check_project(s, pid)
        assert set(found) == {one.id, two.id}
        assert {i.code for i in found[one.id]} == {"term_missing", "numbers"}
        assert [i.code for i in found[two.id]] == ["final_punctuation"]
        assert len(check_project(s, pid, include_new=True)) == 3
        assert check_project(s, 999) == {}

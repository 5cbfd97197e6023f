"""Settings › Rules: the person corrects a dated legal figure (storage.rules.save_figure)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from storage import rules
from storage.errors import ValidationError
from storage.tables import RuleFigure


@pytest.fixture
def figures(store):
    """Figures of a made-up jurisdiction "ZZ", so the test does not hang on the shipped ones."""
    with store.transaction() as s:
        s.execute(delete(RuleFigure).where(RuleFigure.jurisdiction == "ZZ"))
        s.add_all([
            RuleFigure(jurisdiction="ZZ", year=2015, key="tax_services_bp", value=100,
                       unit="bp", source="https://example.org/cgi#42"),
            RuleFigure(jurisdiction="ZZ", year=2015, key="ceiling_services", value=20_000_000,
                       unit="MAD", source="https://example.org/loi-114-13"),
            RuleFigure(jurisdiction="ZZ", year=2013, key="qst_rate_pcm", value=9975,
                       unit="pcm", source="https://example.org/qst"),
            RuleFigure(jurisdiction="ZZ", year=2013, key="due_mmdd", value=615, unit="mmdd",
                       source="https://example.org/due"),
        ])
    return store


def _row(s, year: int, key: str) -> RuleFigure | None:
    return s.scalar(select(RuleFigure).where(RuleFigure.jurisdiction == "ZZ",
                                             RuleFigure.year == year, RuleFigure.key == key))


def test_editing_a_figure_stores_it_in_its_unit_and_marks_it_edited(figures) -> None:
    with figures.transaction() as s:
        rules.save_figure(s, "ZZ", 2015, "tax_services_bp", "0,5 %", lang="fr")  # 0.5 % = 50 bp
        rules.save_figure(s, "ZZ", 2015, "ceiling_services", "250 000", lang="fr")
        rules.save_figure(s, "ZZ", 2013, "qst_rate_pcm", "9.975", lang="en")  # 9.975 % = 9975
        rules.save_figure(s, "ZZ", 2013, "due_mmdd", "04-30")  # April 30 = 4*100 + 30
    with figures.session() as s:
        row = _row(s, 2015, "tax_services_bp")
        assert (row.value, row.edited, row.source) == (50, True, "https://example.org/cgi#42")
        assert _row(s, 2015, "ceiling_services").value == 25_000_000  # 250,000.00 MAD
        assert _row(s, 2013, "qst_rate_pcm").value == 9975
        assert _row(s, 2013, "due_mmdd").value == 430
        assert rules.figure(s, "ZZ", "tax_services_bp", 2026) == 50


def test_a_new_year_gets_its_own_row_and_the_earlier_year_is_kept(figures) -> None:
    with figures.transaction() as s:
        rules.save_figure(s, "ZZ", 2027, "tax_services_bp", "1.5", lang="en")
    with figures.session() as s:
        assert _row(s, 2015, "tax_services_bp").value == 100
        new = _row(s, 2027, "tax_services_bp")
        assert (new.value, new.unit, new.edited) == (150, "bp", True)
        assert rules.figure(s, "ZZ", "tax_services_bp", 2026) == 100
        assert rules.figure(s, "ZZ", "tax_services_bp", 2028) == 150


@pytest.mark.parametrize(("key", "text", "field"), [
    ("tax_services_bp", "abc", "value"),
    ("tax_services_bp", "120", "value"),
    ("tax_services_bp", "0,125", "value"),  # basis points keep two decimals of a percent
    ("ceiling_services", "-5", "value"),
    ("ceiling_services", "", "value"),
    ("due_mmdd", "02-30", "value"),
    ("no_such_figure", "1", "key"),
])
def test_a_wrong_figure_is_refused_and_nothing_changes(figures, key, text, field) -> None:
    with pytest.raises(ValidationError) as e, figures.transaction() as s:
        rules.save_figure(s, "ZZ", 2015, key, text, lang="en")
    assert e.value.field == field
    with figures.session() as s:
        assert _row(s, 2015, "tax_services_bp").value == 100
        assert _row(s, 2015, "ceiling_services").value == 20_000_000
        assert not any(r.edited for r in s.scalars(select(RuleFigure)))

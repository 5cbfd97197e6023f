"""Dated legal and tax figures of each status (Morocco, Québec, France…), with their sources.

The figures ship in storage/data/rules/<jurisdiction>.json and are copied into the store's
`rule_figures` table, where the person can correct them when the law changes (Settings). A
figure applies from its year until a later year's row replaces it, so a 2026 rate still
answers for 2027 until someone enters 2027's.

A shipped file looks like::

    {"jurisdiction": "MA", "checked_on": "2026-11-30",
     "figures": [{"key": "tax_services_bp", "year": 2015, "value": 100, "unit": "bp",
                  "source": "https://… (CGI art. 42 III)"}]}

Amounts are minor units of `unit` (a currency code); rates are basis points ("bp").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import RuleFigure


@dataclass(frozen=True)
class ShippedFigure:
    jurisdiction: str
    key: str
    year: int
    value: int
    unit: str
    source: str
    checked_on: date | None


def shipped_figures() -> list[ShippedFigure]:
    """Every figure in storage/data/rules/*.json."""
    out: list[ShippedFigure] = []
    folder = resources.files("storage").joinpath("data/rules")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        checked = data.get("checked_on")
        checked_on = date.fromisoformat(checked) if checked else None
        for f in data["figures"]:
            out.append(ShippedFigure(
                data["jurisdiction"], f["key"], int(f["year"]), int(f["value"]), f["unit"],
                f.get("source", data.get("source", "")),
                date.fromisoformat(f["checked_on"]) if f.get("checked_on") else checked_on))
    return out


def seed_rules(s: Session) -> int:
    """Add the shipped figures the store lacks (never overwriting one the person edited);
    return how many were added."""
    have = set(s.execute(select(RuleFigure.jurisdiction, RuleFigure.year, RuleFigure.key)))
    added = 0
    for f in shipped_figures():
        if (f.jurisdiction, f.year, f.key) in have:
            continue
        s.add(RuleFigure(jurisdiction=f.jurisdiction, year=f.year, key=f.key, value=f.value,
                         unit=f.unit, source=f.source, checked_on=f.checked_on))
        added += 1
    return added


def figure_row(s: Session, jurisdiction: str, key: str, year: int) -> RuleFigure:
    """The row of `key` that applies in `year`: the latest year at or before it."""
    row = s.scalar(
        select(RuleFigure).where(RuleFigure.jurisdiction == jurisdiction,
                                 RuleFigure.key == key, RuleFigure.year <= year)
        .order_by(RuleFigure.year.desc()).limit(1))
    if row is None:
        raise ValidationError("rules", Phrase(
            "Atelier has no figure “{key}” for {year}: add it in Settings › Rules.",
            key=key, year=year))
    return row


def figure(s: Session, jurisdiction: str, key: str, year: int) -> int:
    """The value of `key` in `year` (minor units or basis points)."""
    return figure_row(s, jurisdiction, key, year).value


def list_figures(s: Session) -> list[RuleFigure]:
    """Every figure in the store, by jurisdiction, key and year (Settings › Rules)."""
    return list(s.scalars(select(RuleFigure).order_by(
        RuleFigure.jurisdiction, RuleFigure.key, RuleFigure.year)))


#: how many decimals of a percentage each rate unit keeps (basis points, per cent mille)
RATE_UNITS = {"bp": 2, "pcm": 3}


def _percent(text: str, decimals: int) -> int:
    raw = text.replace("%", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not raw or raw.count(",") + raw.count(".") > 1 or not value.is_finite():
        raise ValidationError("value", "Enter a percentage between 0 and 100.")
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError("value", "A percentage is between 0 and 100.")
    scaled = value.scaleb(decimals)
    if scaled != scaled.to_integral_value():
        raise ValidationError("value", Phrase("A percentage here has at most {count} decimals.",
                                              count=decimals))
    return int(scaled)


def parse_figure(text: str, unit: str, lang: str | None = None) -> int:
    """A figure typed by the person, in the stored form of `unit`: a percentage ("1",
    "0,5 %") in basis points ("bp") or per cent mille ("pcm"), an amount of a currency in
    minor units, a day of the year ("mmdd", typed 06-15) as month*100 + day, a number of
    days, months or anything else counted as a whole number."""
    from storage.money import parse_amount

    text = (text or "").strip()
    if unit in RATE_UNITS:
        return _percent(text, RATE_UNITS[unit])
    if unit == "mmdd":
        month, _, day = text.replace("/", "-").partition("-")
        try:
            return date(2024, int(month), int(day)).month * 100 + int(day)  # 2024: Feb 29 ok
        except ValueError:
            raise ValidationError("value", "Enter a day as month-day, for example 06-15 "
                                           "for June 15.") from None
    if len(unit) == 3 and unit.isupper():  # a currency
        if not text:
            raise ValidationError("value", "Enter an amount.")
        value = parse_amount(text, unit, "value", lang=lang)
        if value < 0:
            raise ValidationError("value", "An amount here cannot be negative.")
        return value
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise ValidationError("value", "Enter a whole number, 0 or more.")
    return int(text)


def save_figure(s: Session, jurisdiction: str, year: int, key: str, text: str,
                lang: str | None = None) -> RuleFigure:
    """Set the figure `key` of `jurisdiction` for `year` from what the person typed, marked
    as edited. A year with no row of its own gets one (unit and source of the figure it
    replaces); the value that already applies, typed again, changes nothing (the row is
    returned as it is, not marked edited); a key the jurisdiction never had is refused.
    Nothing is written on an error."""
    if not 1900 <= year <= 2200:
        raise ValidationError("year", "Enter a year between 1900 and 2200.")
    rows = list(s.scalars(select(RuleFigure).where(
        RuleFigure.jurisdiction == jurisdiction, RuleFigure.key == key)
        .order_by(RuleFigure.year)))
    if not rows:
        raise ValidationError("key", Phrase("There is no figure “{key}” to edit.", key=key))
    row = next((r for r in rows if r.year == year), None)
    template = row or max((r for r in rows if r.year <= year), default=rows[0],
                          key=lambda r: r.year)
    value = parse_figure(text, template.unit, lang)
    if value == template.value:  # the same figure typed again: not an edit
        return template
    if row is None:
        row = RuleFigure(jurisdiction=jurisdiction, year=year, key=key, value=value,
                         unit=template.unit, source=template.source, checked_on=None,
                         edited=True)
        s.add(row)
    else:
        row.value = value
        row.edited = True
    s.flush()
    return row


def figures(s: Session, jurisdiction: str, year: int) -> dict[str, int]:
    """Every figure of `jurisdiction` that applies in `year`, by key."""
    rows = s.scalars(
        select(RuleFigure).where(RuleFigure.jurisdiction == jurisdiction,
                                 RuleFigure.year <= year)
        .order_by(RuleFigure.year))
    return {r.key: r.value for r in rows}

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


def figures(s: Session, jurisdiction: str, year: int) -> dict[str, int]:
    """Every figure of `jurisdiction` that applies in `year`, by key."""
    rows = s.scalars(
        select(RuleFigure).where(RuleFigure.jurisdiction == jurisdiction,
                                 RuleFigure.year <= year)
        .order_by(RuleFigure.year))
    return {r.key: r.value for r in rows}

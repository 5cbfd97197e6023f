"""What a status owes and watches, in one shape for every country: the declarations due
(URSSAF, DGI, GST/QST, instalments) and the threshold meters (ceilings, VAT franchise, the
Québec small supplier, the Moroccan single-client rule). Today, Income, the calendar export and
the CLI show these; each country's module (storage/urssaf.py, morocco.py, quebec.py) builds
them. Marking a declaration done keeps it here and locks its period in the receipts book."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import LOCKING_KINDS, Declaration

WARN_AT_BP = 8000  # a meter warns from 80 % of its limit

# LOCKING_KINDS (declaration kinds that lock their period in the receipts book) lives in
# storage.tables, beside Declaration, so storage.receipts reads it without an import cycle.


def level_of(amount_minor: int, limit_minor: int, warn_at_bp: int = WARN_AT_BP) -> str:
    """ok, warning (from `warn_at_bp` of the limit) or exceeded (over it)."""
    if amount_minor > limit_minor:
        return "exceeded"
    if limit_minor and amount_minor * 10_000 >= limit_minor * warn_at_bp:
        return "warning"
    return "ok"


@dataclass
class Meter:
    """A threshold watched over a span: an amount against a limit, and what crossing it means.

    `label` and `message` are Phrases (storage/phrases.py): plain words the pages translate.
    """

    key: str  # ma_ceiling, ma_single_client:<client id>, qc_small_supplier, fr_vat_services…
    label: str
    amount_minor: int
    limit_minor: int
    currency: str
    level: str  # ok, warning, exceeded
    message: str
    rule: str = ""  # the rule behind it: "CGI art. 82 bis", "LTA s. 148"
    source: str = ""  # where the rule was checked (a URL)
    span: tuple[date, date] | None = None  # the days the amount covers

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": str(self.label), "amount_minor": self.amount_minor,
                "limit_minor": self.limit_minor, "currency": self.currency,
                "level": self.level, "message": str(self.message), "rule": self.rule,
                "source": self.source,
                "span": [d.isoformat() for d in self.span] if self.span else None}


@dataclass
class DueDeclaration:
    """One period's declaration: what to declare and pay, by when, and whether it is done."""

    kind: str  # urssaf, dgi, gst_qst, instalment
    period_key: str  # 2026-Q1, 2026-03, 2026
    first_day: date
    last_day: date
    deadline: date
    currency: str
    title: str  # a Phrase: "URSSAF declaration, Q4 2026"
    amounts: dict[str, int] = field(default_factory=dict)  # figure name → minor units
    rule: str = ""
    source: str = ""
    done_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "period_key": self.period_key,
                "first_day": self.first_day.isoformat(), "last_day": self.last_day.isoformat(),
                "deadline": self.deadline.isoformat(), "currency": self.currency,
                "title": str(self.title), "amounts_minor": self.amounts, "rule": self.rule,
                "source": self.source,
                "done_at": self.done_at.isoformat() if self.done_at else None}


@dataclass
class StatusOverview:
    """What Today shows for the person's status: the declarations to do (the next one, and any
    past one not marked done) and the meters."""

    status: str
    declarations: list[DueDeclaration] = field(default_factory=list)
    meters: list[Meter] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status,
                "declarations": [d.to_json() for d in self.declarations],
                "meters": [m.to_json() for m in self.meters]}


def done_declarations(s: Session) -> dict[tuple[str, str], Declaration]:
    """The declarations marked done, by (kind, period key)."""
    return {(d.kind, d.period_key): d for d in s.scalars(select(Declaration))}


def with_done(s: Session, due: list[DueDeclaration]) -> list[DueDeclaration]:
    """`due` with done_at filled from the declarations marked done."""
    done = done_declarations(s)
    for d in due:
        row = done.get((d.kind, d.period_key))
        d.done_at = row.done_at if row is not None else None
    return due


def is_locked(s: Session, day: date) -> bool:
    """Whether `day` lies in a period whose declaration (a locking kind) is marked done."""
    return s.scalar(
        select(Declaration.id).where(Declaration.kind.in_(LOCKING_KINDS),
                                     Declaration.first_day <= day,
                                     Declaration.last_day >= day).limit(1)) is not None


def mark_done(s: Session, due: DueDeclaration, now: datetime) -> Declaration:
    """Record `due` as declared at `now`, with its amounts. Marking it twice keeps the first.

    The receipts book locks the period (storage/receipts.py writes its lines) in the same
    transaction; run inside a write transaction."""
    row = s.scalar(select(Declaration).where(Declaration.kind == due.kind,
                                             Declaration.period_key == due.period_key))
    if row is not None:
        return row
    row = Declaration(kind=due.kind, period_key=due.period_key, first_day=due.first_day,
                      last_day=due.last_day, deadline=due.deadline, done_at=now,
                      currency=due.currency, amounts=json.dumps(due.amounts, sort_keys=True))
    s.add(row)
    s.flush()
    if due.kind in LOCKING_KINDS:
        from storage.receipts import lock_period

        lock_period(s, row, now)
    due.done_at = now
    return row

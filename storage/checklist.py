"""The declarations checklist: what Today and the calendar (.ics) show of the person's status —
each declaration not marked done, with its amounts and deadline, and the meters that warn.

One function reads it (`todo`) so the page, the calendar export and the CLI agree. Qt-free.
"""

from __future__ import annotations

import logging
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from storage import status
from storage.obligations import DueDeclaration, StatusOverview

log = logging.getLogger(__name__)

#: the modules status.overview imports, one per status (written one by one: a status whose
#: module is not there yet has no checklist rather than an error)
PROVIDERS = ("storage.urssaf", "storage.morocco", "storage.quebec")

#: English names of the amounts a declaration carries (the .ics and the CLI; the pages
#: translate their own list); an unknown name is shown as it is, underscores as spaces
AMOUNT_NAMES = {
    "turnover": "Turnover",
    "declared": "Turnover to declare",
    "contributions": "Contributions",
    "versement_liberatoire": "Income tax (versement libératoire)",
    "tax": "Tax",
    "amo": "AMO health contribution",
    "gst": "GST",
    "qst": "QST",
    "gst_collected": "GST collected",
    "qst_collected": "QST collected",
    "net_tax": "Net tax",
    "taxable": "Taxable supplies",
    "zero_rated": "Zero-rated supplies",
    "instalment": "Instalment",
    "estimate": "Estimated instalment",
    "total": "Total to pay",
}

#: meters shown on Today: those at these levels
SHOWN_LEVELS = ("warning", "exceeded")


def amount_name(name: str) -> str:
    """The English name of a declaration's amount."""
    return AMOUNT_NAMES.get(name, name.replace("_", " ").capitalize())


def shown_amounts(due: DueDeclaration) -> dict[str, int]:
    """The amounts worth showing: the first (what is declared, even when nothing) and the
    others that are not zero (no "income tax: 0" for those who did not opt for it)."""
    return {name: minor for i, (name, minor) in enumerate(due.amounts.items())
            if i == 0 or minor}


def todo(s: Session, today: date, zone: ZoneInfo) -> StatusOverview | None:
    """The status's declarations not marked done, soonest deadline first, and the meters
    that warn or are exceeded; None for the statuses with no helper (other, not chosen)."""
    try:
        overview = status.overview(s, today, zone)
    except ImportError as exc:
        if exc.name not in PROVIDERS:
            raise
        log.warning("no declarations helper yet for status %s (%s)", status.current(s), exc)
        return None
    if overview is None:
        return None
    return StatusOverview(
        overview.status,
        sorted((d for d in overview.declarations if not d.done),
               key=lambda d: (d.deadline, d.kind, d.period_key)),
        [m for m in overview.meters if m.level in SHOWN_LEVELS])

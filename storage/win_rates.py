"""Win rates of the inbox's opportunities, by gig and by platform (the Income page's
"Proposals" tab).

What counts:
- an opportunity is *decided* when it is won or lost; the win rate is won / (won + lost);
- one still waiting for an answer (``proposal_sent``) is counted apart (``waiting``) and never
  in the rate: it is not lost yet, whatever its age;
- a ``new`` opportunity (no proposal sent) counts nowhere;
- an opportunity belongs to the span (storage.pay.PAY_SPANS: this month, the last 3 months,
  this year, all time) in which it was received (``received_at``, in the person's zone).

Rates are in basis points (10000 = 100 %), rounded half up; ``None`` when nothing is decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.pay import span_bounds
from storage.phrases import Phrase
from storage.tables import Gig, Opportunity, OpportunityStatus, Platform

WIN_RATE_GROUPS = ("gig", "platform")


@dataclass(frozen=True)
class WinRate:
    id: int | None  # the gig's or platform's id; None: opportunities with no gig/platform
    name: str  # its title or name ("" for None)
    won: int
    lost: int
    waiting: int  # proposals sent, no answer yet

    @property
    def decided(self) -> int:
        return self.won + self.lost

    @property
    def rate_bp(self) -> int | None:
        """won / decided in basis points, rounded half up; None when nothing is decided."""
        if not self.decided:
            return None
        return (self.won * 20000 + self.decided) // (2 * self.decided)


@dataclass(frozen=True)
class WinRates:
    by: str  # "gig" or "platform"
    rows: list[WinRate]  # most decided first, then by name; the "none" group last
    total: WinRate

    @property
    def any_decided(self) -> bool:
        return self.total.decided > 0


def win_rates(s: Session, by: str, span: str, today: date,
              zone: ZoneInfo | None = None) -> WinRates:
    """Won, lost and waiting opportunities and the win rate of each gig or platform (`by`)
    over `span` (storage.pay.PAY_SPANS), counting those received in it."""
    if by not in WIN_RATE_GROUPS:
        raise ValidationError("by", Phrase("“{by}” is not a grouping: use gig or platform.",
                                           by=by))
    zone = zone or settings.local_zone(s)
    bounds = span_bounds(span, today, zone)
    key = Opportunity.gig_id if by == "gig" else Opportunity.platform_id

    def count(status: OpportunityStatus) -> Any:  # a SQL sum of 0/1
        return func.sum(case((Opportunity.status == status, 1), else_=0))

    query = (select(key, count(OpportunityStatus.WON), count(OpportunityStatus.LOST),
                    count(OpportunityStatus.PROPOSAL_SENT))
             .where(Opportunity.status != OpportunityStatus.NEW)
             .group_by(key))
    if bounds is not None:
        query = query.where(Opportunity.received_at >= bounds[0],
                            Opportunity.received_at < bounds[1])
    counts = s.execute(query).all()
    ids = [row[0] for row in counts if row[0] is not None]
    table, label = (Gig, Gig.title) if by == "gig" else (Platform, Platform.name)
    names = dict(s.execute(select(table.id, label).where(table.id.in_(ids))).all()) \
        if ids else {}
    rows = [WinRate(i, names.get(i, "") if i is not None else "", int(won or 0),
                    int(lost or 0), int(waiting or 0))
            for i, won, lost, waiting in counts]
    rows.sort(key=lambda r: (r.id is None, -r.decided, r.name.casefold(), r.id or 0))
    total = WinRate(None, "", sum(r.won for r in rows), sum(r.lost for r in rows),
                    sum(r.waiting for r in rows))
    return WinRates(by, rows, total)

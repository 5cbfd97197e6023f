"""The freelancer's status, which decides the helpers Today and Income show.

- fr_micro: France, micro-entrepreneur (URSSAF; storage/urssaf.py)
- ma_auto: Morocco, auto-entrepreneur, loi 114-13 (DGI, AMO; storage/morocco.py)
- qc_self: Québec, self-employed (GST/QST, instalments; storage/quebec.py)
- other: no declaration helper
"" means the first-run set-up has not been done.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from storage import settings
from storage.obligations import StatusOverview

STATUSES = ("fr_micro", "ma_auto", "qc_self", "other")
#: the home currency each status declares in
STATUS_CURRENCY = {"fr_micro": "EUR", "ma_auto": "MAD", "qc_self": "CAD"}


def current(s: Session) -> str:
    """The chosen status, "" before the set-up."""
    value = settings.get(s, "status")
    return value if value in STATUSES else ""


def needs_setup(s: Session) -> bool:
    return settings.get(s, "setup_done") != "yes"


def overview(s: Session, today: date, zone: ZoneInfo) -> StatusOverview | None:
    """The declarations and meters of the chosen status; None for other or not chosen."""
    status = current(s)
    if status == "fr_micro":
        from storage.urssaf import overview as france
        return france(s, today, zone)
    if status == "ma_auto":
        from storage.morocco import overview as morocco
        return morocco(s, today, zone)
    if status == "qc_self":
        from storage.quebec import overview as quebec
        return quebec(s, today, zone)
    return None

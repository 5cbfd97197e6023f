"""Income on a cash basis: payments by the date they were received, in the home currency.

gross = net + fees; net = what reached the freelancer (payments' home_amount_minor);
fees = what the platforms kept (home_fee_minor). Periods are calendar periods in the
user's time zone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.models import db_time
from storage.money import round_minor
from storage.periods import PERIOD_KINDS, periods_between, year_bounds

GROUPINGS = (*PERIOD_KINDS, "platform", "client", "gig")


@dataclass
class IncomeRow:
    key: str
    gross_minor: int = 0
    fees_minor: int = 0
    net_minor: int = 0
    orders: int = 0
    tracked_seconds: int = 0
    id: int | None = None  # the platform, client or gig, when grouped by one

    @property
    def hourly_net_minor(self) -> int | None:
        return hourly_rate(self.net_minor, self.tracked_seconds)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.id is None:
            del out["id"]
        out["hourly_net_minor"] = self.hourly_net_minor
        return out


@dataclass
class IncomeReport:
    currency: str
    by: str
    year: int | None
    rows: list[IncomeRow]
    total: IncomeRow
    # Payments whose home currency is not the current one (home currency changed later).
    excluded_payments: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        total = self.total.to_json()
        total.pop("key")
        out: dict[str, Any] = {
            "currency": self.currency, "by": self.by, "year": self.year,
            "rows": [r.to_json() for r in self.rows], "total": total,
        }
        if self.excluded_payments:
            out["excluded_payments"] = self.excluded_payments
        return out


def hourly_rate(net_minor: int, tracked_seconds: int) -> int | None:
    """Effective hourly rate: net per tracked hour, in minor units; None with no time tracked."""
    if tracked_seconds <= 0:
        return None
    return round_minor(Decimal(net_minor) * 3600 / Decimal(tracked_seconds))


_SUMS = """SUM(p.home_amount_minor + p.home_fee_minor), SUM(p.home_fee_minor),
           SUM(p.home_amount_minor), COUNT(DISTINCT p.order_id)"""

# Seconds between two stored UTC texts, for finished time entries.
_SECONDS = "CAST(ROUND((julianday(t.ended_at) - julianday(t.started_at)) * 86400) AS INTEGER)"

_GROUP_SQL = {
    "platform": ("platforms", "o.platform_id"),
    "client": ("clients", "o.client_id"),
    "gig": ("gigs", "o.gig_id"),
}


def income_report(
    s: Session, by: str, year: int | None = None, *, zone: ZoneInfo | None = None
) -> IncomeReport:
    if by not in GROUPINGS:
        raise ValidationError("by", f"“{by}” is not a grouping: use one of {', '.join(GROUPINGS)}.")
    zone = zone or settings.local_zone(s)
    home = settings.home_currency(s)
    where, params = "p.home_currency = :home", {"home": home}
    twhere, tparams = "t.ended_at IS NOT NULL", {}
    if year is not None:
        start, stop = year_bounds(year, zone)
        where += " AND p.received_at >= :ys AND p.received_at < :ye"
        twhere += " AND t.started_at >= :ys AND t.started_at < :ye"
        params |= {"ys": db_time(start), "ye": db_time(stop)}
        tparams |= {"ys": db_time(start), "ye": db_time(stop)}

    conn = s.connection()
    total_row = conn.execute(text(f"SELECT {_SUMS} FROM payments p WHERE {where}"), params).one()
    total = IncomeRow("total", *(int(v or 0) for v in total_row))
    total.tracked_seconds = int(conn.execute(
        text(f"SELECT SUM({_SECONDS}) FROM time_entries t WHERE {twhere}"), tparams
    ).scalar() or 0)
    excluded = int(conn.execute(
        text("SELECT COUNT(*) FROM payments WHERE home_currency != :home"), {"home": home}
    ).scalar() or 0)

    if by in PERIOD_KINDS:
        rows = _by_period(conn, by, zone, where, params, twhere, tparams)
    else:
        rows = _by_entity(conn, by, where, params, twhere, tparams)
    return IncomeReport(home, by, year, rows, total, excluded)


def _period_cte(conn: Any, kind: str, zone: ZoneInfo, where: str,
                params: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    span = conn.execute(
        text(f"SELECT MIN(p.received_at), MAX(p.received_at) FROM payments p WHERE {where}"),
        params,
    ).one()
    if span[0] is None:
        return None
    first = _local_day(span[0], zone)
    last = _local_day(span[1], zone)
    values, cte_params = [], {}
    for i, period in enumerate(periods_between(first, last, kind)):
        start, stop = period.bounds(zone)
        values.append(f"(:k{i}, :s{i}, :e{i})")
        cte_params |= {f"k{i}": period.key, f"s{i}": db_time(start), f"e{i}": db_time(stop)}
    return f"WITH periods(key, start, stop) AS (VALUES {', '.join(values)})", cte_params


def _local_day(stored: str | datetime, zone: ZoneInfo) -> date:
    value = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return value.replace(tzinfo=UTC).astimezone(zone).date()


def _by_period(conn: Any, kind: str, zone: ZoneInfo, where: str, params: dict[str, Any],
               twhere: str, tparams: dict[str, Any]) -> list[IncomeRow]:
    cte = _period_cte(conn, kind, zone, where, params)
    if cte is None:
        return []
    head, cte_params = cte
    rows = {
        r[0]: IncomeRow(r[0], *(int(v or 0) for v in r[1:]))
        for r in conn.execute(text(
            f"""{head}
            SELECT periods.key, {_SUMS} FROM periods
            LEFT JOIN payments p ON p.received_at >= periods.start AND p.received_at < periods.stop
                 AND {where}
            GROUP BY periods.key ORDER BY periods.key"""), params | cte_params)
    }
    for key, seconds in conn.execute(text(
        f"""{head}
        SELECT periods.key, SUM({_SECONDS}) FROM periods
        JOIN time_entries t ON t.started_at >= periods.start AND t.started_at < periods.stop
             AND {twhere}
        GROUP BY periods.key"""), tparams | cte_params):
        if key in rows:
            rows[key].tracked_seconds = int(seconds or 0)
    return list(rows.values())


def _by_entity(conn: Any, by: str, where: str, params: dict[str, Any],
               twhere: str, tparams: dict[str, Any]) -> list[IncomeRow]:
    table, column = _GROUP_SQL[by]
    label = "title" if by == "gig" else "name"
    rows: dict[int | None, IncomeRow] = {}
    for r in conn.execute(text(
        f"""SELECT {column}, e.{label}, {_SUMS} FROM payments p
        LEFT JOIN orders o ON o.id = p.order_id
        LEFT JOIN {table} e ON e.id = {column}
        WHERE {where} GROUP BY {column}"""), params):
        rows[r[0]] = IncomeRow(r[1] if r[0] is not None else "—", *(int(v or 0) for v in r[2:]),
                               id=r[0])
    for key, seconds in conn.execute(text(
        f"""SELECT {column}, SUM({_SECONDS}) FROM time_entries t
        JOIN orders o ON o.id = t.order_id WHERE {twhere} GROUP BY {column}"""), tparams):
        if key in rows:
            rows[key].tracked_seconds = int(seconds or 0)
    return sorted(rows.values(), key=lambda r: (-r.net_minor, r.key))

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
from storage.money import round_minor
from storage.periods import PERIOD_KINDS, periods_between, year_bounds
from storage.phrases import Phrase
from storage.tables import db_time

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
    # The net of the payments that belong to an order (the only ones tracked time can have
    # earned), what net per hour divides; None: all of net_minor. An imported payment
    # without an order (a client's PayPal payment) is income, but neither an order nor
    # money earned in the hours tracked.
    worked_net_minor: int | None = None

    @property
    def hourly_net_minor(self) -> int | None:
        worked = self.net_minor if self.worked_net_minor is None else self.worked_net_minor
        return hourly_rate(worked, self.tracked_seconds)

    def add(self, other: IncomeRow) -> None:
        """Add `other`'s figures to this row's (totals, "others")."""
        worked = (self.net_minor if self.worked_net_minor is None else self.worked_net_minor) \
            + (other.net_minor if other.worked_net_minor is None else other.worked_net_minor)
        self.gross_minor += other.gross_minor
        self.fees_minor += other.fees_minor
        self.net_minor += other.net_minor
        self.orders += other.orders
        self.worked_net_minor = worked

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["worked_net_minor"]
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


#: The tracked time a net per hour needs: under a quarter of an hour the figure says more
#: about the timer than the work (4 s on a €96 order made "€38,439.00/h net expected").
#: The rule's one home, with hourly_rate; storage.pay (net_per_hour, OrderPay) gives it to
#: the order panel, the Gigs, Clients and Platforms lists, the inbox and reports (it lives
#: here, not in storage.pay, because IncomeRow uses it and storage has no import cycle).
MIN_TRACKED_SECONDS = 15 * 60


def hourly_rate(net_minor: int, tracked_seconds: int) -> int | None:
    """Effective hourly rate: net per tracked hour, in minor units; None when less than
    MIN_TRACKED_SECONDS (none at all included) was tracked."""
    if tracked_seconds < MIN_TRACKED_SECONDS:
        return None
    return round_minor(Decimal(net_minor) * 3600 / Decimal(tracked_seconds))


# orders: how many orders were paid out (payouts of an order); tips, refunds, adjustments
# and payments without an order (imported ones) are not orders. Counting payouts, unlike
# distinct order ids, lets rows add up to the total. The fifth sum is the net of the
# payments of an order (what net per hour divides).
_SUMS = """SUM(p.home_amount_minor + p.home_fee_minor), SUM(p.home_fee_minor),
           SUM(p.home_amount_minor), SUM(p.kind = 'payout' AND p.order_id IS NOT NULL),
           SUM(CASE WHEN p.order_id IS NOT NULL THEN p.home_amount_minor ELSE 0 END)"""
# The rollups count every payout and every payment's net: the payments without an order
# are taken off afterwards (_without_order), from the payments themselves (few, indexed).
_ROLLUP_SUMS = """SUM(h.gross_minor), SUM(h.fees_minor), SUM(h.net_minor), SUM(h.payouts),
                  SUM(h.net_minor)"""

# Seconds between two stored UTC texts, for finished time entries.
_SECONDS = "CAST(ROUND((julianday(t.ended_at) - julianday(t.started_at)) * 86400) AS INTEGER)"

_GROUP_SQL = {
    "platform": ("platforms", "o.platform_id"),
    "client": ("clients", "o.client_id"),
    "gig": ("gigs", "o.gig_id"),
}


def income_report(
    s: Session, by: str, year: int | None = None, *, zone: ZoneInfo | None = None,
    use_rollups: bool = True,
) -> IncomeReport:
    """Income grouped `by` a period or an entity, optionally within one calendar year.

    Periods read the per-hour rollups when every period boundary falls on a whole UTC hour
    (true for every zone with whole-hour offsets), else the payments themselves.
    """
    if by not in GROUPINGS:
        raise ValidationError("by", Phrase("“{by}” is not a grouping: use one of {groupings}.",
                                           by=by, groupings=", ".join(GROUPINGS)))
    zone = zone or settings.local_zone(s)
    home = settings.home_currency(s)
    conn = s.connection()
    bounds = year_bounds(year, zone) if year is not None else None
    hourly = use_rollups and (bounds is None or all(_on_the_hour(b) for b in bounds))

    if by in PERIOD_KINDS:
        periods = report_periods(conn, by, zone, home, bounds)
        hourly = hourly and all(_on_the_hour(b) for p in periods for b in p[1:])
        rows = _by_period(conn, periods, home, hourly)
    else:
        rows = _by_entity(conn, by, home, bounds)
    total = IncomeRow("total")
    for r in rows:
        total.add(r)
    total.tracked_seconds = _tracked_total(conn, bounds, hourly)
    excluded = int(conn.execute(text(
        "SELECT SUM(payments) FROM income_hours WHERE home_currency != :home"), {"home": home}
    ).scalar() or 0)
    return IncomeReport(home, by, year, rows, total, excluded)


def _on_the_hour(moment: datetime) -> bool:
    return moment.minute == 0 and moment.second == 0 and moment.microsecond == 0


def _hour(moment: datetime) -> str:
    return db_time(moment)[:13]


def report_periods(conn: Any, kind: str, zone: ZoneInfo, home: str,
             bounds: tuple[datetime, datetime] | None) -> list[tuple[str, datetime, datetime]]:
    """Every period from the first payment's to the last's (within `bounds`)."""
    where, params = "home_currency = :home", {"home": home}
    if bounds:
        where += " AND received_at >= :ys AND received_at < :ye"
        params |= {"ys": db_time(bounds[0]), "ye": db_time(bounds[1])}
    # Two queries, not one: each of MIN and MAX alone is a single step down the index.
    first = conn.execute(text(f"SELECT MIN(received_at) FROM payments WHERE {where}"),
                         params).scalar()
    if first is None:
        return []
    last = conn.execute(text(f"SELECT MAX(received_at) FROM payments WHERE {where}"),
                        params).scalar()
    out = []
    for period in periods_between(local_day(first, zone), local_day(last, zone), kind):
        start, stop = period.bounds(zone)
        out.append((period.key, start, stop))
    return out


def local_day(stored: str | datetime, zone: ZoneInfo) -> date:
    value = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return value.replace(tzinfo=UTC).astimezone(zone).date()


def period_cte(periods: list[tuple[str, datetime, datetime]],
                hourly: bool) -> tuple[str, dict[str, Any]]:
    values, params = [], {}
    as_text = _hour if hourly else db_time
    for i, (key, start, stop) in enumerate(periods):
        values.append(f"(:k{i}, :s{i}, :e{i})")
        params |= {f"k{i}": key, f"s{i}": as_text(start), f"e{i}": as_text(stop)}
    return f"WITH periods(key, start, stop) AS (VALUES {', '.join(values)})", params


def _by_period(conn: Any, periods: list[tuple[str, datetime, datetime]], home: str,
               hourly: bool) -> list[IncomeRow]:
    if not periods:
        return []
    head, params = period_cte(periods, hourly)
    params["home"] = home
    if hourly:
        money_sql = f"""{head}
            SELECT periods.key, {_ROLLUP_SUMS} FROM periods
            LEFT JOIN income_hours h ON h.home_currency = :home
                 AND h.hour >= periods.start AND h.hour < periods.stop
            GROUP BY periods.key ORDER BY periods.key"""
        time_sql = f"""{head}
            SELECT periods.key, SUM(h.seconds) FROM periods
            JOIN time_hours h ON h.hour >= periods.start AND h.hour < periods.stop
            GROUP BY periods.key"""
    else:
        money_sql = f"""{head}
            SELECT periods.key, {_SUMS} FROM periods
            LEFT JOIN payments p ON p.home_currency = :home
                 AND p.received_at >= periods.start AND p.received_at < periods.stop
            GROUP BY periods.key ORDER BY periods.key"""
        time_sql = f"""{head}
            SELECT periods.key, SUM({_SECONDS}) FROM periods
            JOIN time_entries t ON t.started_at >= periods.start AND t.started_at < periods.stop
                 AND t.ended_at IS NOT NULL
            GROUP BY periods.key"""
    rows = {r[0]: _row(r[0], r[1:]) for r in conn.execute(text(money_sql), params)}
    for key, seconds in conn.execute(text(time_sql), params):
        rows[key].tracked_seconds = int(seconds or 0)
    if hourly and conn.execute(text(
            "SELECT 1 FROM payments WHERE order_id IS NULL AND home_currency = :home LIMIT 1"),
            {"home": home}).first():
        _without_order(conn, periods, home, rows)
    return list(rows.values())


def _row(key: str, sums: Any, **more: Any) -> IncomeRow:
    gross, fees, net, orders, worked = (int(v or 0) for v in sums)
    return IncomeRow(key, gross, fees, net, orders, worked_net_minor=worked, **more)


def _without_order(conn: Any, periods: list[tuple[str, datetime, datetime]], home: str,
                   rows: dict[str, IncomeRow]) -> None:
    """Take the payouts and the net of the payments without an order off the rollups'
    orders and worked net."""
    head, params = period_cte(periods, hourly=False)
    params["home"] = home
    for key, payouts, net in conn.execute(text(f"""{head}
            SELECT periods.key, SUM(p.kind = 'payout'), SUM(p.home_amount_minor) FROM periods
            JOIN payments p ON p.order_id IS NULL AND p.home_currency = :home
                 AND p.received_at >= periods.start AND p.received_at < periods.stop
            GROUP BY periods.key"""), params):
        row = rows[key]
        row.orders -= int(payouts or 0)
        row.worked_net_minor = (row.worked_net_minor or 0) - int(net or 0)


def _tracked_total(conn: Any, bounds: tuple[datetime, datetime] | None, hourly: bool) -> int:
    if hourly:
        sql, params = "SELECT SUM(seconds) FROM time_hours h WHERE 1", {}
        if bounds:
            sql += " AND h.hour >= :ys AND h.hour < :ye"
            params = {"ys": _hour(bounds[0]), "ye": _hour(bounds[1])}
    else:
        sql, params = f"SELECT SUM({_SECONDS}) FROM time_entries t WHERE t.ended_at IS NOT NULL", {}
        if bounds:
            sql += " AND t.started_at >= :ys AND t.started_at < :ye"
            params = {"ys": db_time(bounds[0]), "ye": db_time(bounds[1])}
    return int(conn.execute(text(sql), params).scalar() or 0)


def income_by_entity(s: Session, by: str,
                     bounds: tuple[datetime, datetime] | None) -> list[IncomeRow]:
    """Income and tracked time of each platform, client or gig (`by`) within [start, stop)
    `bounds` (None: all time), the largest net first."""
    if by not in _GROUP_SQL:
        raise ValidationError("by", Phrase("“{by}” is not a grouping: use platform, client or "
                                           "gig.", by=by))
    return _by_entity(s.connection(), by, settings.home_currency(s), bounds)


def _by_entity(conn: Any, by: str, home: str,
               bounds: tuple[datetime, datetime] | None) -> list[IncomeRow]:
    table, column = _GROUP_SQL[by]
    label = "title" if by == "gig" else "name"
    where, params = "p.home_currency = :home", {"home": home}
    twhere, tparams = "t.ended_at IS NOT NULL", {}
    if bounds:
        where += " AND p.received_at >= :ys AND p.received_at < :ye"
        twhere += " AND t.started_at >= :ys AND t.started_at < :ye"
        params |= {"ys": db_time(bounds[0]), "ye": db_time(bounds[1])}
        tparams |= {"ys": db_time(bounds[0]), "ye": db_time(bounds[1])}
    rows: dict[int | None, IncomeRow] = {}
    # A payment without an order (an imported one) may still name its client.
    money_column = "COALESCE(o.client_id, p.client_id)" if by == "client" else column
    for r in conn.execute(text(
        f"""SELECT {money_column}, e.{label}, {_SUMS} FROM payments p
        LEFT JOIN orders o ON o.id = p.order_id
        LEFT JOIN {table} e ON e.id = {money_column}
        WHERE {where} GROUP BY {money_column}"""), params):
        rows[r[0]] = _row(r[1] if r[0] is not None else "—", r[2:], id=r[0])
    for key, seconds in conn.execute(text(
        f"""SELECT {column}, SUM({_SECONDS}) FROM time_entries t
        JOIN orders o ON o.id = t.order_id WHERE {twhere} GROUP BY {column}"""), tparams):
        if key in rows:
            rows[key].tracked_seconds = int(seconds or 0)
    return sorted(rows.values(), key=lambda r: (-r.net_minor, r.key))

"""Report helpers for the income page and exports: net by period split by platform, the
years that have payments, top-N with "others", and the income report as a CSV file.

Same rules as storage.income: cash basis, the home currency, calendar periods in the
user's time zone. No Qt.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from storage import settings
from storage.csvcells import protect
from storage.errors import ValidationError
from storage.income import IncomeReport, IncomeRow, local_day, period_cte, report_periods
from storage.money import exponent, round_minor
from storage.periods import PERIOD_KINDS, year_bounds
from storage.phrases import Phrase
from storage.tables import db_time

CSV_AMOUNT_COLUMNS = ("gross", "fees", "net", "orders", "hours", "hourly_net", "currency")


@dataclass
class PeriodPlatformNet:
    """Net received per period (columns) and platform (rows), in minor units of `currency`.

    `platforms` are (id, name) pairs, the largest earner first; id None gathers payments
    with no order (and so no platform). Every period from the first payment's to the
    last's is there, empty ones included, so the values line up with income_report's rows.
    """

    currency: str
    kind: str
    year: int | None
    periods: list[str]
    platforms: list[tuple[int | None, str]]
    net_minor: dict[int | None, list[int]]

    def period_totals(self) -> list[int]:
        return [sum(values[i] for values in self.net_minor.values())
                for i in range(len(self.periods))]

    @property
    def total_minor(self) -> int:
        return sum(sum(values) for values in self.net_minor.values())


def net_by_period_and_platform(
    s: Session, kind: str = "month", year: int | None = None, *, zone: ZoneInfo | None = None,
) -> PeriodPlatformNet:
    """Net income per period and platform; its total is income_report(s, kind, year)'s."""
    if kind not in PERIOD_KINDS:
        raise ValidationError("period", Phrase("“{span}” is not a period: use month, quarter or "
                                               "year.", span=kind))
    zone = zone or settings.local_zone(s)
    home = settings.home_currency(s)
    conn = s.connection()
    bounds = year_bounds(year, zone) if year is not None else None
    periods = report_periods(conn, kind, zone, home, bounds)
    keys = [p[0] for p in periods]
    if not periods:
        return PeriodPlatformNet(home, kind, year, [], [], {})
    head, params = period_cte(periods, hourly=False)
    params["home"] = home
    index = {k: i for i, k in enumerate(keys)}
    names: dict[int | None, str] = {}
    values: dict[int | None, list[int]] = {}
    for key, platform_id, name, net in conn.execute(text(f"""{head}
        SELECT periods.key, o.platform_id, pl.name, SUM(p.home_amount_minor) FROM periods
        JOIN payments p ON p.home_currency = :home
             AND p.received_at >= periods.start AND p.received_at < periods.stop
        LEFT JOIN orders o ON o.id = p.order_id
        LEFT JOIN platforms pl ON pl.id = o.platform_id
        GROUP BY periods.key, o.platform_id"""), params):
        names[platform_id] = name if platform_id is not None else "—"
        values.setdefault(platform_id, [0] * len(keys))[index[key]] = int(net or 0)
    order = sorted(values, key=lambda pid: (-sum(values[pid]), pid is None, names[pid]))
    return PeriodPlatformNet(home, kind, year, keys, [(pid, names[pid]) for pid in order],
                             {pid: values[pid] for pid in order})


def payment_years(s: Session, *, zone: ZoneInfo | None = None) -> list[int]:
    """The calendar years (in the user's time zone) with a payment in the home currency."""
    zone = zone or settings.local_zone(s)
    home = settings.home_currency(s)
    conn = s.connection()
    first, last = conn.execute(text(
        "SELECT MIN(received_at), MAX(received_at) FROM payments WHERE home_currency = :home"),
        {"home": home}).one()
    if first is None:
        return []
    years = []
    for year in range(_local_year(first, zone), _local_year(last, zone) + 1):
        start, stop = year_bounds(year, zone)
        if conn.execute(text(
            """SELECT 1 FROM payments WHERE home_currency = :home
               AND received_at >= :s AND received_at < :e LIMIT 1"""),
            {"home": home, "s": db_time(start), "e": db_time(stop)}).first():
            years.append(year)
    return years


def _local_year(stored: str | datetime, zone: ZoneInfo) -> int:
    return local_day(stored, zone).year


def top_and_others(rows: list[IncomeRow], n: int = 10) -> tuple[list[IncomeRow], IncomeRow | None]:
    """The `n` rows with the most net, and one row adding up the rest (None if no rest)."""
    ranked = sorted(rows, key=lambda r: (-r.net_minor, r.key))
    top, rest = ranked[:n], ranked[n:]
    if not rest:
        return top, None
    others = IncomeRow("others")
    for r in rest:
        others.add(r)
        others.tracked_seconds += r.tracked_seconds
    return top, others


def others_share(top: list[IncomeRow], others: IncomeRow | None) -> int | None:
    """What "others" weighs in the net of top + others, in whole percent (half up); None
    without others or when the net is not above zero (no meaningful share)."""
    if others is None:
        return None
    total = others.net_minor + sum(r.net_minor for r in top)
    if total <= 0:
        return None
    return round_minor(Decimal(others.net_minor) * 100 / Decimal(total))


# --- CSV -----------------------------------------------------------------------------------

def decimal_text(minor: int, currency: str) -> str:
    """Minor units as a plain decimal string: 123456 EUR → "1234.56", -5 → "-0.05"."""
    exp = exponent(currency)
    return f"{Decimal(minor).scaleb(-exp):.{exp}f}"


def hours_text(seconds: int) -> str:
    return f"{Decimal(seconds) / 3600:.2f}"


def income_csv_header(report: IncomeReport) -> list[str]:
    """The key column is named after the grouping (month, quarter, …, client, gig)."""
    return [report.by, *CSV_AMOUNT_COLUMNS]


def income_csv_row(row: IncomeRow, currency: str) -> list[str]:
    hourly = row.hourly_net_minor
    return [
        protect(row.key), decimal_text(row.gross_minor, currency),
        decimal_text(row.fees_minor, currency),
        decimal_text(row.net_minor, currency), str(row.orders), hours_text(row.tracked_seconds),
        "" if hourly is None else decimal_text(hourly, currency), currency,
    ]


def income_csv_rows(report: IncomeReport) -> Iterator[list[str]]:
    yield income_csv_header(report)
    for row in report.rows:
        yield income_csv_row(row, report.currency)


def write_income_csv(
    report: IncomeReport, path: Path | str, *,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Write the report's rows (no total row: the columns add up to it) as UTF-8 CSV.

    The file appears whole or not at all: written to a temporary file beside it, synced,
    then renamed over `path`. `check` may raise to stop (the temporary file is removed).
    Returns the number of data rows written.
    """
    path = Path(path)
    total = len(report.rows)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            for i, row in enumerate(income_csv_rows(report)):
                if check is not None:
                    check()
                writer.writerow(row)
                if progress is not None and i:
                    progress(i, total)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return total

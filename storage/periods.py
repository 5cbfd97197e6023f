"""Calendar periods in the user's time zone, as UTC bounds for queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from storage.errors import ValidationError
from storage.phrases import Phrase

PERIOD_KINDS = ("month", "quarter", "year")

#: The dates Atelier records: a business's dates fall well inside, and every time-zone
#: conversion of them works (year 1 or 9999 overflow once shifted by an offset).
FIRST_DATE = datetime(1970, 1, 1, tzinfo=UTC)
END_DATE = datetime(2200, 1, 1, tzinfo=UTC)  # exclusive


def check_datetime(value: datetime, field: str) -> datetime:
    """`value` (aware) if it lies between 1970 and 2199, else a ValidationError on `field`."""
    if not FIRST_DATE <= value < END_DATE:
        raise ValidationError(
            field, "This date is outside the years Atelier handles: enter a date between 1970 "
            "and 2199.")
    return value


@dataclass(frozen=True)
class Period:
    key: str  # 2025-01, 2025-Q1, 2025
    first_day: date
    next_first_day: date  # exclusive

    @property
    def last_day(self) -> date:
        return self.next_first_day - timedelta(days=1)

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, stop) in UTC: local midnights converted, so DST and offsets are right."""
        return (_utc_midnight(self.first_day, zone), _utc_midnight(self.next_first_day, zone))


def _utc_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_of(day: date, kind: str) -> Period:
    if kind == "month":
        first = date(day.year, day.month, 1)
        return Period(f"{day.year}-{day.month:02d}", first, _add_months(first, 1))
    if kind == "quarter":
        q = (day.month - 1) // 3
        first = date(day.year, q * 3 + 1, 1)
        return Period(f"{day.year}-Q{q + 1}", first, _add_months(first, 3))
    if kind == "year":
        return Period(str(day.year), date(day.year, 1, 1), date(day.year + 1, 1, 1))
    raise ValidationError("period", Phrase("“{span}” is not a period: use month, quarter or "
                                           "year.", span=kind))


def periods_between(first: date, last: date, kind: str) -> list[Period]:
    """Every period from the one holding `first` to the one holding `last`, in order."""
    out = []
    p = period_of(first, kind)
    while p.first_day <= last:
        out.append(p)
        p = period_of(p.next_first_day, kind)
    return out


def year_bounds(year: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return period_of(date(year, 1, 1), "year").bounds(zone)

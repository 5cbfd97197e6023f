"""Due times read the way a person counts them: calendar days in the person's time zone a day
or more away, hours under a day, minutes under an hour; the same for lateness. English and
French through the app's catalogues (the ctx fixture installs them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.i18n import relative_due

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 7, 10, 37, tzinfo=PARIS)


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=PARIS)


@pytest.mark.parametrize(("due", "now", "text"), [
    # A 5-day package created now, then a moment later, then late that evening.
    (NOW + timedelta(days=5), NOW, "in 5 days"),
    (NOW + timedelta(days=5), NOW + timedelta(seconds=1), "in 5 days"),
    (NOW + timedelta(days=5), paris(7, 23, 59), "in 5 days"),
    (NOW + timedelta(days=5), paris(8, 0, 1), "in 4 days"),
    # A day away exactly is tomorrow; just under a day is counted in hours.
    (NOW + timedelta(days=1), NOW, "tomorrow"),
    (NOW + timedelta(days=1, seconds=-1), NOW, "in 24 h"),
    (NOW + timedelta(hours=19), NOW, "in 19 h"),
    (NOW + timedelta(hours=1), NOW, "in 1 h"),
    (NOW + timedelta(minutes=59, seconds=30), NOW, "in 1 h"),
    (NOW + timedelta(minutes=59), NOW, "in 59 min"),
    (NOW + timedelta(seconds=20), NOW, "in 1 min"),
    (NOW, NOW, "in 1 min"),
    # Over a day away across two midnights: the day after tomorrow.
    (paris(10, 0, 30), paris(8, 23, 0), "in 2 days"),
    # Late: minutes, hours, then calendar days since the day it was due.
    (NOW - timedelta(seconds=30), NOW, "late by 1 min"),
    (NOW - timedelta(minutes=59, seconds=59), NOW, "late by 59 min"),
    (NOW - timedelta(hours=3, minutes=10), NOW, "late by 3 h"),
    (NOW - timedelta(days=1), NOW, "late by 1 day"),
    (paris(5, 23, 0), paris(7, 0, 30), "late by 2 days"),
])
def test_due_times_in_english(ctx, due: datetime, now: datetime, text: str) -> None:
    assert relative_due(due, now, PARIS) == text


def test_calendar_days_are_counted_in_the_persons_time_zone(ctx) -> None:
    now, due = paris(7, 23, 30), paris(9, 0, 30)  # 25 h: 22:30 UTC on the 7th → 23:30 on the 8th
    assert relative_due(due, now, PARIS) == "in 2 days"
    assert relative_due(due, now, UTC) == "tomorrow"
    assert relative_due(due.astimezone(UTC), now.astimezone(UTC), PARIS) == "in 2 days"


def test_due_times_in_french(ctx) -> None:
    ctx.i18n.set_language("fr")
    try:
        assert relative_due(NOW + timedelta(days=5), NOW + timedelta(seconds=1), PARIS) \
            == "dans 5 jours"
        assert relative_due(NOW + timedelta(hours=19), NOW, PARIS) == "dans 19 h"
        assert relative_due(NOW - timedelta(days=1), NOW, PARIS) == "en retard de 1 jour"
        assert relative_due(paris(5, 23, 0), paris(7, 0, 30), PARIS) == "en retard de 2 jours"
    finally:
        ctx.i18n.set_language("en")

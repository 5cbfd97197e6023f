"""English dates read one way everywhere: lists, panels and the date fields of forms."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDateTime, QTimeZone


def test_a_date_reads_the_same_in_lists_headings_and_forms(ctx) -> None:
    from desktop.ui.dialogs.order_dialog import date_time_edit

    i18n = ctx.i18n
    i18n.zone = UTC
    when = datetime(2026, 12, 7, 9, 5, tzinfo=UTC)
    assert i18n.date(date(2026, 12, 7)) == "Dec 7, 2026"
    assert i18n.date(date(2026, 12, 7), long=True) == "Monday, December 7, 2026"
    shown = i18n.datetime(when)
    assert shown.startswith("Dec 7, 2026 9:05") and shown.endswith("AM")
    edit = date_time_edit(i18n.locale(), UTC)
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.UTC))
    assert edit.text() == shown


def test_french_dates_keep_the_day_first_with_four_digit_years(ctx) -> None:
    ctx.i18n.set_language("fr")
    try:
        ctx.i18n.zone = UTC
        assert ctx.i18n.date(date(2026, 12, 7)) == "07/12/2026"
        assert ctx.i18n.datetime(datetime(2026, 12, 7, 9, 5, tzinfo=UTC)) == "07/12/2026 09:05"
        assert ctx.i18n.date(date(2026, 12, 7), long=True) == "lundi 7 décembre 2026"
    finally:
        ctx.i18n.set_language("en")

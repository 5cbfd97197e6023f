"""Due dates as an iCalendar file (RFC 5545), for the calendar app a freelancer already uses.

One VEVENT per order with a due date: a 30-minute event that ends at the due moment, with
a reminder 24 hours before it. UIDs are derived from the order id, so importing a newer
export updates the events instead of duplicating them. Times are written in UTC, so the
file needs no VTIMEZONE.

Then one all-day VEVENT per declaration of the person's status not marked done yet
(storage/checklist.py: URSSAF, DGI, GST/QST, instalments), on its deadline, with its amounts
in the description and a reminder a few days before; its UID comes from the declaration's
kind and period, so a newer export updates it, and a declaration marked done is left out.
Plain Python, no Qt.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from storage import settings
from storage.checklist import amount_name, shown_amounts, todo
from storage.files import write_atomically
from storage.money import format_money
from storage.obligations import DueDeclaration
from storage.orders import OPEN_STATES, STATUS_LABELS
from storage.tables import Order

PRODID = "-//Atelier//Atelier//EN"
CALENDAR_NAME = "Atelier — due dates"
UID_DOMAIN = "atelier.local"
EVENT_LENGTH = timedelta(minutes=30)
DECLARATION_REMINDER_DAYS = 3  # the reminder of a declaration, days before its deadline
LINE_OCTETS = 75  # RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, CRLF excluded
CRLF = "\r\n"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line into physical lines of at most 75 octets (UTF-8), joined by CRLF.

    Continuation lines start with one space, which counts in their 75 octets. A line is only
    cut between characters, never inside a multi-byte UTF-8 sequence.
    """
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += n
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def ics_time(moment: datetime) -> str:
    """A UTC DATE-TIME: 20261123T090000Z."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: iCalendar times are written in UTC")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def order_uid(order_id: int) -> str:
    return f"order-{order_id}@{UID_DOMAIN}"


def ics_date(day: date) -> str:
    """A DATE value: 20270131."""
    return day.strftime("%Y%m%d")


def declaration_uid(kind: str, period_key: str) -> str:
    """declaration-urssaf-2026-Q4@atelier.local: the same declaration keeps its UID."""
    return re.sub(r"[^A-Za-z0-9-]", "-", f"declaration-{kind}-{period_key}") + f"@{UID_DOMAIN}"


def _declaration_event(due: DueDeclaration, stamp: str) -> Iterator[str]:
    """An all-day event on the deadline, with the amounts and a reminder a few days before."""
    lines = [f"Period: {due.first_day.isoformat()} to {due.last_day.isoformat()}"]
    lines += [f"{amount_name(name)}: {format_money(minor, due.currency)}"
              for name, minor in shown_amounts(due).items()]
    lines.append(f"Deadline: {due.deadline.isoformat()}")
    if due.rule:
        lines.append(f"Rule: {due.rule}")
    if due.source:
        lines.append(f"Source: {due.source}")
    lines.append("Mark it done on Atelier's Today page once declared and paid.")
    yield "BEGIN:VEVENT"
    yield f"UID:{declaration_uid(due.kind, due.period_key)}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{ics_date(due.deadline)}"
    yield f"DTEND;VALUE=DATE:{ics_date(due.deadline + timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(f'Deadline: {due.title}')}"
    yield f"DESCRIPTION:{escape_text(chr(10).join(lines))}"
    yield "CATEGORIES:Declarations"
    yield "TRANSP:TRANSPARENT"
    yield "BEGIN:VALARM"
    yield "ACTION:DISPLAY"
    yield f"TRIGGER:-P{DECLARATION_REMINDER_DAYS}D"
    yield f"DESCRIPTION:{escape_text(f'In {DECLARATION_REMINDER_DAYS} days: {due.title}')}"
    yield "END:VALARM"
    yield "END:VEVENT"


def _event(order: Order, stamp: str) -> Iterator[str]:
    assert order.due_at is not None
    client = order.client.name
    status = STATUS_LABELS.get(order.status, str(order.status))
    description = "\n".join((
        f"Platform: {order.platform.name}",
        f"Status: {status}",
        f"Price: {format_money(order.price_minor, order.currency)}",
    ))
    if order.external_ref:
        description += f"\nReference: {order.external_ref}"
    yield "BEGIN:VEVENT"
    yield f"UID:{order_uid(order.id)}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART:{ics_time(order.due_at - EVENT_LENGTH)}"
    yield f"DTEND:{ics_time(order.due_at)}"
    yield f"SUMMARY:{escape_text(f'Due: {order.title} — {client}')}"
    yield f"DESCRIPTION:{escape_text(description)}"
    yield f"CATEGORIES:{escape_text(order.platform.name)}"
    yield "TRANSP:TRANSPARENT"
    yield "BEGIN:VALARM"
    yield "ACTION:DISPLAY"
    yield "TRIGGER;RELATED=END:-PT24H"  # 24 hours before the due moment
    yield f"DESCRIPTION:{escape_text(f'Due in 24 hours: {order.title} — {client}')}"
    yield "END:VALARM"
    yield "END:VEVENT"


def calendar_lines(orders: Iterable[Order], now: datetime,
                   declarations: Iterable[DueDeclaration] = ()) -> Iterator[str]:
    """The calendar's content lines, unfolded and without line endings."""
    stamp = ics_time(now)
    yield "BEGIN:VCALENDAR"
    yield f"PRODID:{PRODID}"
    yield "VERSION:2.0"
    yield "CALSCALE:GREGORIAN"
    yield "METHOD:PUBLISH"
    yield f"X-WR-CALNAME:{escape_text(CALENDAR_NAME)}"
    for order in orders:
        yield from _event(order, stamp)
    for due in declarations:
        yield from _declaration_event(due, stamp)
    yield "END:VCALENDAR"


def due_orders(s: Session, *, include_done: bool = False) -> list[Order]:
    """Orders with a due date, soonest first: open ones only unless `include_done`."""
    query = (select(Order).where(Order.due_at.is_not(None))
             .options(joinedload(Order.client), joinedload(Order.platform))
             .order_by(Order.due_at, Order.id))
    if not include_done:
        query = query.where(Order.status.in_([st.value for st in OPEN_STATES]))
    return list(s.scalars(query))


def due_declarations(s: Session, now: datetime) -> list[DueDeclaration]:
    """The declarations of the person's status not marked done, soonest first."""
    zone = settings.local_zone(s)
    checklist = todo(s, now.astimezone(zone).date(), zone)
    return checklist.declarations if checklist is not None else []


def render(s: Session, *, now: datetime, include_done: bool = False) -> tuple[bytes, int]:
    """The whole file as UTF-8 bytes with CRLF line endings, and how many events it holds."""
    orders = due_orders(s, include_done=include_done)
    declarations = due_declarations(s, now)
    text = "".join(fold(line) + CRLF for line in calendar_lines(orders, now, declarations))
    return text.encode("utf-8"), len(orders) + len(declarations)


def export_ics(s: Session, path_or_file: str | os.PathLike[str] | IO[bytes] | IO[str], *,
               now: datetime, include_done: bool = False) -> int:
    """Write the due-dates calendar; returns the number of events.

    A path is written atomically (a temporary file beside it, then renamed over it), so a
    calendar app watching the file never reads half of it. A file object gets the text
    (binary files get UTF-8 bytes). OSError is left to the caller, which knows how to
    tell the user.
    """
    data, count = render(s, now=now, include_done=include_done)
    if isinstance(path_or_file, io.TextIOBase):
        path_or_file.write(data.decode("utf-8"))
    elif hasattr(path_or_file, "write"):
        cast(IO[bytes], path_or_file).write(data)
    else:
        write_atomically(Path(path_or_file), data)
    return count

"""The receipts book (livre des recettes; the Moroccan register of CGI art. 145 bis is the same
idea): every payment received, in date order — the day received, the client, the nature of the
work, the amount, the payment method, the invoice or order reference.

The amount of a line is the client's price received before platform fees in the home currency
(``home_amount_minor + home_fee_minor``, storage/received.py): exactly what URSSAF's
declared turnover counts, so the book's year total is `report urssaf`'s.

Locking: when a declaration (tables.LOCKING_KINDS) is marked done, `lock_period` writes
the period's lines as ReceiptEntry rows (kind "receipt"). From then the book shows those stored
lines for the period, never recomputed. A later difference between the payments and the stored
lines (a payment edited, deleted, added or moved) becomes a dated correction line (kind
"correction", recorded when it was found, amount = the difference): `reconcile` writes them,
inside the write transaction that builds the book or locks a period. A stored line is never
rewritten. A change that leaves the period's amounts as they were (a client renamed, a date
moved inside the period) is not a correction: the book keeps what was declared.

A day belongs to the oldest locking declaration that covers it (by id), so two declarations
over the same days never count a payment twice.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased

from storage import settings
from storage.csvcells import protect
from storage.files import write_atomically
from storage.money import exponent, format_money
from storage.tables import (
    LOCKING_KINDS,
    Client,
    Declaration,
    Document,
    DocumentPayment,
    Order,
    Payment,
    Platform,
    ReceiptEntry,
)

KIND_WORDS = {"payout": "Payment", "tip": "Tip", "refund": "Refund",
              "adjustment": "Adjustment"}
CSV_COLUMNS = ("date", "client", "nature", "amount", "currency", "method", "reference",
               "line", "recorded_at", "note")


@dataclass
class ReceiptLine:
    received_on: date
    client: str
    nature: str
    amount_minor: int
    currency: str
    method: str
    reference: str
    payment_id: int | None = None
    kind: str = "receipt"  # receipt, correction
    locked: bool = False  # a stored line of a locked period
    recorded_at: datetime | None = None
    note: str = ""


@dataclass
class ReceiptsBook:
    year: int
    currency: str
    lines: list[ReceiptLine]
    identity: dict[str, str] = field(default_factory=dict)

    @property
    def total_minor(self) -> int:
        return sum(line.amount_minor for line in self.lines)

    @property
    def month_totals(self) -> dict[int, int]:
        """Month (1–12) → total of its lines, for the months that have lines."""
        out: dict[int, int] = defaultdict(int)
        for line in self.lines:
            out[line.received_on.month] += line.amount_minor
        return dict(sorted(out.items()))


# --- the lines of the payments as they are now ----------------------------------------------


def _utc(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def payment_lines(s: Session, first_day: date, last_day: date, currency: str,
                  zone: ZoneInfo) -> list[ReceiptLine]:
    """A line per payment received on the local days [first_day, last_day] and recorded in
    the home `currency`, in date order."""
    own_client, order_client = aliased(Client), aliased(Client)
    # The invoice a payment settles is the line's reference (issue 17).
    invoice_number = (select(func.min(Document.number))
                      .join(DocumentPayment, DocumentPayment.document_id == Document.id)
                      .where(DocumentPayment.payment_id == Payment.id,
                             Document.state != "draft")
                      .correlate(Payment).scalar_subquery())
    rows = s.execute(
        select(Payment.id, Payment.received_at, Payment.kind, Payment.note, Payment.source,
               Payment.source_id, Payment.payer, Payment.home_currency,
               Payment.home_amount_minor, Payment.home_fee_minor, Order.id, Order.title,
               Order.external_ref, own_client.name, order_client.name, Platform.name,
               invoice_number)
        .outerjoin(Order, Order.id == Payment.order_id)
        .outerjoin(own_client, own_client.id == Payment.client_id)
        .outerjoin(order_client, order_client.id == Order.client_id)
        .outerjoin(Platform, Platform.id == Order.platform_id)
        .where(Payment.home_currency == currency,
               Payment.received_at >= _utc(first_day, zone),
               Payment.received_at < _utc(last_day + timedelta(days=1), zone))
        .order_by(Payment.received_at, Payment.id)).all()
    out = []
    for (pid, received_at, kind, note, source, source_id, payer, home_currency, amount, fee,
         order_id, title, external_ref, own_name, order_name, platform, invoice) in rows:
        if order_id is not None:
            nature = title
            reference = external_ref or f"#{order_id}"
        else:
            nature = (note or "").strip() or KIND_WORDS.get(str(kind), str(kind))
            reference = source_id or ""
        reference = invoice or reference
        out.append(ReceiptLine(
            received_on=received_at.astimezone(zone).date(),
            client=own_name or order_name or payer or "", nature=nature,
            amount_minor=amount + fee, currency=home_currency,
            method=source or platform or "", reference=reference, payment_id=pid))
    return out


# --- locking and corrections ----------------------------------------------------------------


def _locking(s: Session) -> list[Declaration]:
    return list(s.scalars(select(Declaration).where(Declaration.kind.in_(LOCKING_KINDS))
                          .order_by(Declaration.id)))


def _owner(decls: list[Declaration], day: date) -> Declaration | None:
    return next((d for d in decls if d.first_day <= day <= d.last_day), None)


def _entry_row(line: ReceiptLine, decl: Declaration, kind: str, now: datetime,
               note: str = "") -> dict[str, object]:
    return {"declaration_id": decl.id, "payment_id": line.payment_id, "kind": kind,
            "received_on": line.received_on, "client": line.client[:200],
            "nature": line.nature, "amount_minor": line.amount_minor,
            "currency": line.currency, "method": line.method[:60],
            "reference": line.reference[:200], "recorded_at": now, "note": note}


def _entry(line: ReceiptLine, decl: Declaration, kind: str, now: datetime,
           note: str = "") -> ReceiptEntry:
    return ReceiptEntry(
        declaration_id=decl.id, payment_id=line.payment_id, kind=kind,
        received_on=line.received_on, client=line.client[:200], nature=line.nature,
        amount_minor=line.amount_minor, currency=line.currency, method=line.method[:60],
        reference=line.reference[:200], recorded_at=now, note=note)


def lock_period(s: Session, decl: Declaration, now: datetime,
                zone: ZoneInfo | None = None) -> int:
    """Write the receipts book lines of `decl`'s period (a declaration just marked done);
    returns how many. Its days already locked by an older declaration keep their lines.
    Run inside a write transaction."""
    zone = zone or settings.local_zone(s)
    decls = _locking(s)
    if any(e is not None for e in s.scalars(
            select(ReceiptEntry.id).where(ReceiptEntry.declaration_id == decl.id).limit(1))):
        return 0  # already locked
    rows = [_entry_row(line, decl, "receipt", now)
            for line in payment_lines(s, decl.first_day, decl.last_day, decl.currency, zone)
            if (owner := _owner(decls, line.received_on)) is not None and owner.id == decl.id]
    # One bulk INSERT: adding ORM objects one by one took most of the 16 s a 100,000-order
    # demo spent locking its past quarters. The lines are the payments as they are now, so
    # there is nothing to reconcile yet.
    if rows:
        s.execute(insert(ReceiptEntry), rows)
    return len(rows)


def _money_text(minor: int, currency: str) -> str:
    return format_money(minor, currency)


def reconcile(s: Session, now: datetime, zone: ZoneInfo | None = None, *,
              only: Declaration | None = None, year: int | None = None) -> int:
    """Compare every locked period's stored lines (or `only` this declaration's, or those of
    the periods in `year`) with the payments as they are now and write a dated correction
    line for each difference; returns how many were written. A second run right after writes
    nothing. Run inside a write transaction."""
    zone = zone or settings.local_zone(s)
    decls = _locking(s)
    written = 0
    todo = [only] if only is not None else [
        d for d in decls if year is None or d.first_day.year <= year <= d.last_day.year]
    for decl in todo:
        stored = list(s.scalars(select(ReceiptEntry).where(
            ReceiptEntry.declaration_id == decl.id).order_by(ReceiptEntry.id)))
        if not stored:
            continue  # marked done before the book existed: nothing was locked
        by_payment: dict[int | None, list[ReceiptEntry]] = defaultdict(list)
        for e in stored:
            by_payment[e.payment_id].append(e)
        current = {line.payment_id: line
                   for line in payment_lines(s, decl.first_day, decl.last_day, decl.currency,
                                             zone)
                   if (owner := _owner(decls, line.received_on)) is not None
                   and owner.id == decl.id}
        for pid in sorted(set(by_payment) | set(current), key=lambda k: (k is None, k or 0)):
            entries = by_payment.get(pid, [])
            booked = sum(e.amount_minor for e in entries)
            line = current.get(pid)
            now_amount = line.amount_minor if line is not None else 0
            diff = now_amount - booked
            if diff == 0:
                continue
            last = entries[-1] if entries else None
            cur = decl.currency
            if pid is None:
                note = (f"Payment deleted after the period was locked (it counted "
                        f"{_money_text(booked, cur)}).")
            elif line is None:
                note = (f"Payment #{pid} moved out of this period after it was locked (it "
                        f"counted {_money_text(booked, cur)}).")
            elif not entries:
                note = f"Payment #{pid} added after the period was locked."
            else:
                note = (f"Payment #{pid} changed after the period was locked: "
                        f"{_money_text(booked, cur)} → {_money_text(now_amount, cur)}.")
            base = line if line is not None else ReceiptLine(
                received_on=last.received_on if last else decl.first_day,
                client=last.client if last else "", nature=last.nature if last else "",
                amount_minor=0, currency=cur, method=last.method if last else "",
                reference=last.reference if last else "", payment_id=pid)
            entry = _entry(base, decl, "correction", now, note)
            entry.amount_minor = diff
            s.add(entry)
            written += 1
    if written:
        s.flush()
    return written


# --- the book -----------------------------------------------------------------------------


def _stored_line(e: ReceiptEntry) -> ReceiptLine:
    return ReceiptLine(
        received_on=e.received_on, client=e.client, nature=e.nature,
        amount_minor=e.amount_minor, currency=e.currency, method=e.method,
        reference=e.reference, payment_id=e.payment_id, kind=e.kind, locked=True,
        recorded_at=e.recorded_at, note=e.note)


def identity(s: Session) -> dict[str, str]:
    """The identity printed at the top of the book (Settings: legal name, SIRET or the
    Moroccan ICE and IF, address) and the status that chooses between them."""
    return {key: settings.get(s, key).strip()
            for key in ("legal_name", "siret", "ice", "if_number", "address", "status")}


def receipts_book(s: Session, year: int, now: datetime,
                  zone: ZoneInfo | None = None) -> ReceiptsBook:
    """The book of `year` in the home currency: the locked periods' stored lines (and their
    corrections), the other days' lines from the payments. Reconciles first, so run it inside
    a write transaction (store.transaction())."""
    zone = zone or settings.local_zone(s)
    currency = settings.home_currency(s)
    reconcile(s, now, zone, year=year)
    decls = _locking(s)
    locked_ids = {d.id for d in decls if s.scalar(select(ReceiptEntry.id).where(
        ReceiptEntry.declaration_id == d.id).limit(1)) is not None}
    lines = [line for line in payment_lines(s, date(year, 1, 1), date(year, 12, 31), currency,
                                            zone)
             if (owner := _owner(decls, line.received_on)) is None
             or owner.id not in locked_ids]
    if locked_ids:
        lines += [_stored_line(e) for e in s.scalars(
            select(ReceiptEntry).where(ReceiptEntry.declaration_id.in_(locked_ids),
                                       ReceiptEntry.currency == currency,
                                       ReceiptEntry.received_on >= date(year, 1, 1),
                                       ReceiptEntry.received_on <= date(year, 12, 31))
            .order_by(ReceiptEntry.id))]
    lines.sort(key=lambda line: (line.received_on, line.kind != "receipt",
                                 line.recorded_at or now, line.payment_id or 0))
    return ReceiptsBook(year, currency, lines, identity(s))


# --- CSV ----------------------------------------------------------------------------------


def amount_text(minor: int, currency: str) -> str:
    """A plain number for a spreadsheet: -1234.50 (no grouping, a dot)."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{sign}{whole}" + (f".{frac:0{exp}d}" if exp else "")


def book_csv(book: ReceiptsBook) -> bytes:
    """The book as UTF-8 CSV, one row per line; text cells a spreadsheet would run as formulas
    are neutralised (storage/csvcells.py)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in book.lines:
        writer.writerow([
            line.received_on.isoformat(), protect(line.client), protect(line.nature),
            amount_text(line.amount_minor, line.currency), line.currency,
            protect(line.method), protect(line.reference), line.kind,
            line.recorded_at.astimezone(UTC).isoformat(timespec="seconds")
            if line.recorded_at and line.kind == "correction" else "",
            protect(line.note)])
    return buf.getvalue().encode("utf-8")


def write_book_csv(book: ReceiptsBook, path: Path | str) -> None:
    """Write the CSV whole or not at all, private to the user (0600). Raises OSError."""
    write_atomically(Path(path), book_csv(book))

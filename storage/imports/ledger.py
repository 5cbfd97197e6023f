"""The ledger of payment imports (issue 15, points 3 to 5): rows of exports → a plan, then
payments, counted once.

- `identity` gives each row a stable id: the export's own id, or a hash of its normalised
  fields plus an occurrence number for identical twins within a file.
- `plan_import` decides, without writing, what each row becomes (`Outcome`): a payment to add,
  a duplicate of a row already imported (or deleted since: it stays deleted), a transfer
  between the person's own accounts (a payout that travels platform → PayPal/Wise → bank is
  income once, at the first account), a row to skip, or a row that waits for a decision (a
  likely duplicate of a payment entered by hand, a missing exchange rate, a bank credit from
  a platform whose history is not imported). It also suggests the client and the order.
- `apply_plan` writes it in the caller's transaction: payments (through storage.payments'
  own checks and rounding), one `imported_rows` entry per row so a re-import adds nothing,
  and Upwork hours as time entries of the matched order.
- `update_rates_from_ecb_csv` keeps the reference rates (the ECB's eurofxref-hist CSV).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, select
from sqlalchemy.orm import Session, selectinload

from storage import settings
from storage.catalog import fold
from storage.errors import ValidationError
from storage.fees import platform_fee
from storage.imports.bulk import paused_gc
from storage.imports.model import (
    FilePlan,
    ImportPlan,
    ImportProblem,
    Outcome,
    PlannedRow,
    RowKind,
    RowStatus,
    SourceRow,
)
from storage.imports.reading import looks_like_formula
from storage.money import check_currency, exponent, format_money
from storage.payments import payment_values, validate_amounts
from storage.phrases import Phrase
from storage.tables import (
    Client,
    ExchangeRate,
    ImportedRow,
    Order,
    Payment,
    PaymentKind,
    TimeEntry,
)

#: A hand-entered payment this close to an imported one (same currency and net) may be it.
LIKELY_DUPLICATE_DAYS = 3
#: The reference rate of the last published day before the money arrived, at most this old.
RATE_LOOKBACK_DAYS = 7
#: A payment matches an order received (or delivered) at most this many days before it.
ORDER_WINDOW_DAYS = 60
#: A payment converted by hand at most this many days after it arrived: that rate is its own.
CONVERSION_DAYS = 3
#: …of its net within this many minor units (PayPal converts a whole amount, cents off).
CONVERSION_CENTS = 5
#: A payout and its arrival in the next account: at most this many days apart.
TRANSFER_DAYS = 10
#: Hours of an Upwork week spread over days of at most this many hours, from 09:00.
HOURS_PER_DAY = Decimal(8)

# Platforms named in a bank credit (counterparty, memo): where the money came from.
_ORIGINS = (
    (re.compile(r"\bpaypal\b"), "paypal", "PayPal"),
    (re.compile(r"\bstripe\b"), "stripe", "Stripe"),
    (re.compile(r"\b(transfer)?wise\b"), "wise", "Wise"),
    (re.compile(r"\bpayoneer\b"), "payoneer", "Payoneer"),
    (re.compile(r"\bupwork\b"), "upwork", "Upwork"),
    (re.compile(r"\bfiverr\b"), "fiverr", "Fiverr"),
    (re.compile(r"\bmalt\b"), "malt", "Malt"),
)
_ANY_ORIGIN = re.compile("|".join(pattern.pattern for pattern, _, _ in _ORIGINS))
_TRANSFER_KINDS = (RowKind.TRANSFER_IN, RowKind.TRANSFER_OUT, RowKind.CONVERSION)
_MONEY_KINDS = (RowKind.INCOME, RowKind.REFUND, RowKind.CHARGEBACK, RowKind.FEE)
_CHUNK = 500
_WRITE_CHUNK = 5000  # rows a bulk insert sends at once


# --------------------------------------------------------------------------- identity


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _fingerprint(row: SourceRow) -> str:
    when = row.occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    payload = "\x1f".join((when, row.currency.upper(), str(row.gross_minor),
                           str(row.fee_minor), str(row.net_minor), _norm(row.counterparty),
                           _norm(row.memo)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def identity(row: SourceRow, occurrence: int) -> str:
    """The row's stable id: ``<source>:<source_id>`` when the export gives one, else
    ``<source>:h:<sha256 of the normalised fields>#<occurrence>`` (the occurrence counts the
    identical twins of the row within its file, from 1, in order)."""
    if row.source_id:
        own = f"{row.source}:{row.source_id.strip()}"
        if len(own) <= 300:
            return own
        return f"{row.source}:i:{hashlib.sha256(row.source_id.encode()).hexdigest()}"
    return f"{row.source}:h:{_fingerprint(row)}#{occurrence}"


def identities(rows: Iterable[SourceRow]) -> list[str]:
    """`identity` of each row of one file, twins numbered in order."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for row in rows:
        if row.source_id:
            out.append(identity(row, 1))
        else:
            key = f"{row.source}:{_fingerprint(row)}"
            seen[key] += 1
            out.append(identity(row, seen[key]))
    return out


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True, slots=True)
class Decision:
    """The person's decision on a row (keyed by its identity in `apply_plan`'s ``accept``):
    ``"add"`` (as a payment; ``rate``: the rate they entered, home units per unit, recorded
    as "entered"), ``"skip"``, or ``"same"`` (the row is payment ``payment_id``, already in
    the store: linked, nothing added)."""

    action: str
    payment_id: int | None = None
    rate: Decimal | None = None


@dataclass(slots=True)
class ApplyResult:
    added: int = 0  # payments written
    transfers: int = 0
    skipped: int = 0
    same: int = 0  # rows linked to a payment already in the store
    duplicates: int = 0  # already imported (before this plan or while it waited)
    left: int = 0  # rows needing attention with no decision: not written, asked again next time
    time_entries: int = 0
    payment_ids: list[int] = field(default_factory=list)


# --------------------------------------------------------------------------- store state


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


@dataclass(frozen=True, slots=True)
class _Seen:
    """What the ledger remembers of a row imported before."""

    outcome: str
    payment_id: int | None
    imported_at: datetime
    linked_identity: str
    currency: str
    net_minor: int | None


def _ledger_empty(s: Session) -> bool:
    """No row imported yet (a first import): nothing to look up, 100,000 ids at a time."""
    return s.scalar(select(ImportedRow.id).limit(1)) is None


def _known(s: Session, ids: Sequence[str]) -> dict[str, _Seen]:
    out: dict[str, _Seen] = {}
    if _ledger_empty(s):
        return out
    for part in _chunks(sorted(set(ids))):
        for ident, *rest in s.execute(select(
                ImportedRow.identity, ImportedRow.outcome, ImportedRow.payment_id,
                ImportedRow.imported_at, ImportedRow.linked_identity, ImportedRow.currency,
                ImportedRow.net_minor).where(ImportedRow.identity.in_(part))):
            out[ident] = _Seen(*rest)
    return out


def _known_ids(s: Session, ids: Sequence[str]) -> set[str]:
    out: set[str] = set()
    if _ledger_empty(s):
        return out
    for part in _chunks(sorted(set(ids))):
        out.update(s.scalars(select(ImportedRow.identity).where(
            ImportedRow.identity.in_(part))))
    return out


class _Rates:
    """Reference rates (units per 1 EUR) by currency, newest day first within a lookup."""

    def __init__(self, s: Session, currencies: set[str], days: Sequence[date]) -> None:
        """Only the rates the rows may need: their currencies, around their days (the ECB's
        history holds some 300,000 rates)."""
        self.by_currency: dict[str, dict[date, tuple[Decimal, str]]] = defaultdict(dict)
        self._found: dict[tuple[str, str, date], tuple[Decimal, str] | None] = {}
        if not currencies or not days:
            return
        query = select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur,
                       ExchangeRate.source).where(
            ExchangeRate.currency.in_(sorted(currencies)),
            ExchangeRate.day >= min(days) - timedelta(days=RATE_LOOKBACK_DAYS),
            ExchangeRate.day <= max(days))
        for currency, day, per_eur, source in s.execute(query):
            try:
                value = Decimal(per_eur)
            except InvalidOperation:
                continue
            if not value.is_finite() or value <= 0:
                continue
            known = self.by_currency[currency].get(day)
            if known is None or source == "entered":  # a rate the person entered wins
                self.by_currency[currency][day] = (value, source)

    def _per_eur(self, currency: str, day: date) -> tuple[Decimal, str] | None:
        if currency == "EUR":
            return Decimal(1), "ecb"
        return self.by_currency.get(currency, {}).get(day)

    def rate(self, currency: str, home: str, day: date) -> tuple[Decimal, str] | None:
        """Home units for 1 unit of `currency` on `day` or the last day before it with both
        published (at most RATE_LOOKBACK_DAYS earlier), and its name ("ecb 2024-03-05");
        found once per currency and day (rows of one day share it)."""
        key = (currency, home, day)
        if key not in self._found:
            self._found[key] = self._rate(currency, home, day)
        return self._found[key]

    def _rate(self, currency: str, home: str, day: date) -> tuple[Decimal, str] | None:
        for back in range(RATE_LOOKBACK_DAYS + 1):
            d = day - timedelta(days=back)
            of, to = self._per_eur(currency, d), self._per_eur(home, d)
            if of is not None and to is not None:
                source = of[1] if currency != "EUR" else to[1]
                with localcontext() as ctx:
                    ctx.prec = 12
                    value = to[0] / of[0]
                return value.normalize(), f"{source} {d.isoformat()}"
        return None


@dataclass(slots=True)
class _Clients:
    by_email: dict[str, set[int]]
    by_name: dict[str, set[int]]

    @classmethod
    def load(cls, s: Session) -> _Clients:
        by_email: dict[str, set[int]] = defaultdict(set)
        by_name: dict[str, set[int]] = defaultdict(set)
        for cid, name, handle, email in s.execute(
                select(Client.id, Client.name, Client.handle, Client.email)):
            if email.strip():
                by_email[_key(email)].add(cid)
            for n in (name, handle):
                if n.strip():
                    by_name[_key(n)].add(cid)
        return cls(by_email, by_name)

    def match(self, row: SourceRow) -> int | None:
        for ids in (self.by_email.get(_key(row.counterparty_email)) if
                    row.counterparty_email.strip() else None,
                    self.by_name.get(_key(row.counterparty)) if row.counterparty.strip()
                    else None):
            if ids and len(ids) == 1:
                return next(iter(ids))
        return None


@lru_cache(maxsize=4096)  # payers repeat; memos and references do not
def _key(text: str) -> str:
    """Folded for matching: case, accents and spacing ignored (payers repeat: cached)."""
    return " ".join(fold(text).split())


@dataclass(slots=True)
class _OrderInfo:
    id: int
    client_id: int
    currency: str
    price: int
    net: int | None  # price less the platform's fee, when the platform's fee is known
    starts: tuple[datetime, ...]  # received, delivered, completed
    ref: str  # folded external_ref
    title: str  # folded title


class _Orders:
    def __init__(self, s: Session) -> None:
        self.by_client: dict[int, list[_OrderInfo]] = defaultdict(list)
        self.by_ref: dict[str, list[_OrderInfo]] = defaultdict(list)
        self.all: list[_OrderInfo] = []
        for o in s.scalars(select(Order).options(selectinload(Order.platform))):
            try:
                net: int | None = o.price_minor - platform_fee(o.platform, o.price_minor)
            except ValidationError:
                net = None
            info = _OrderInfo(o.id, o.client_id, o.currency, o.price_minor, net,
                              tuple(t for t in (o.received_at, o.delivered_at, o.completed_at)
                                    if t is not None), _key(o.external_ref), _key(o.title))
            self.all.append(info)
            self.by_client[o.client_id].append(info)
            if info.ref:
                self.by_ref[info.ref].append(info)

    def by_reference(self, row: SourceRow, within: Sequence[_OrderInfo] | None) -> \
            _OrderInfo | None:
        if not self.by_ref and not within:
            return None  # no order has a reference, and the payer has none: nothing to find
        refs = [_key(t) for t in (row.reference, row.contract) if t.strip()]
        for ref in refs:
            found = self.by_ref.get(ref)
            if found and len(found) == 1:
                return found[0]
        if refs and within is not None:  # the reference in the order's reference or title
            hits = [o for o in within for ref in refs
                    if len(ref) >= 4 and (ref in o.ref or ref in o.title)]
            if len({o.id for o in hits}) == 1:
                return hits[0]
        if row.memo.strip():  # the order's reference written in the memo
            words = set(_key(row.memo).replace(",", " ").split())
            hits = [o for w in words for o in self.by_ref.get(w, ())]
            if len({o.id for o in hits}) == 1:
                return hits[0]
        return None

    def by_contract(self, contract: str) -> _OrderInfo | None:
        ref = _key(contract)
        if not ref:
            return None
        found = self.by_ref.get(ref) or [o for o in self.all if ref in o.ref or ref in o.title]
        return found[0] if len({o.id for o in found}) == 1 else None

    @staticmethod
    def by_amount(row: SourceRow, within: Sequence[_OrderInfo]) -> _OrderInfo | None:
        best: tuple[timedelta, int, _OrderInfo] | None = None
        for o in within:
            if o.currency != row.currency:
                continue
            amount_ok = row.gross_minor == o.price or (
                o.net is not None and o.net > 0
                and abs(row.net_minor - o.net) * 100 <= 2 * o.net)
            if not amount_ok:
                continue
            gaps = [row.occurred_at - t for t in o.starts
                    if timedelta(0) <= row.occurred_at - t <= timedelta(days=ORDER_WINDOW_DAYS)]
            if gaps and (best is None or (min(gaps), o.id) < best[:2]):
                best = (min(gaps), o.id, o)
        return best[2] if best else None


# --------------------------------------------------------------------------- plan


@dataclass(slots=True)
class _Item:
    file: int
    row: SourceRow
    planned: PlannedRow


class _Index:
    """The plan's rows by (file, export id), and conversion legs by (file, shared id or
    second)."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.by_id: dict[tuple[int, str], _Item] = {}
        self.legs: dict[tuple[int, str], list[_Item]] = defaultdict(list)
        for it in items:
            if it.row.source_id:
                self.by_id.setdefault((it.file, it.row.source_id), it)
            if it.row.kind is RowKind.CONVERSION:
                self.legs[(it.file, it.row.related_id or _day_second(it.row.occurred_at))
                          ].append(it)


def _origin(row: SourceRow) -> tuple[str, str] | None:
    """The platform a row names as where its money came from (not the row's own source)."""
    return _origin_of(row.source, row.counterparty, row.counterparty_email, row.memo,
                      row.reference)


@lru_cache(maxsize=4096)  # payers repeat; memos and references do not
def _origin_of(source: str, *texts: str) -> tuple[str, str] | None:
    text = fold(" ".join(texts))
    if not _ANY_ORIGIN.search(text):  # most rows name no platform: one search, not seven
        return None
    for pattern, origin, name in _ORIGINS:
        if origin != source and pattern.search(text):
            return origin, name
    return None


def _day_text(moment: datetime) -> str:
    return moment.astimezone(UTC).date().isoformat()


def _payment_kind(row: SourceRow) -> PaymentKind:
    if row.net_minor < 0:
        return (PaymentKind.REFUND if row.kind in (RowKind.REFUND, RowKind.CHARGEBACK)
                else PaymentKind.ADJUSTMENT)
    if row.kind in (RowKind.REFUND, RowKind.CHARGEBACK, RowKind.FEE):
        return PaymentKind.ADJUSTMENT
    return PaymentKind.PAYOUT


def _hours_only(row: SourceRow) -> bool:
    return bool(row.hours) and row.gross_minor == 0 and row.net_minor == 0


_Conversions = tuple[dict[tuple[str, str], Decimal],
                     dict[tuple[str, int], list[tuple[datetime, Decimal]]]]


def _conversion_rates(rows: Sequence[_Item], home: str) -> _Conversions:
    """Rates the file's conversion pairs applied into `home` (units of home per unit of the
    other currency): keyed by ("id:USD", the income's id) or ("at:USD", the second), and by
    (currency, amount converted) with the conversion's time."""
    groups: dict[tuple[str, str], list[SourceRow]] = defaultdict(list)
    for it in rows:
        r = it.row
        if r.kind is RowKind.CONVERSION and r.status is RowStatus.COMPLETED:
            if r.related_id:
                groups[("id", r.related_id)].append(r)
            groups[("at", _day_second(r.occurred_at))].append(r)
    out: dict[tuple[str, str], Decimal] = {}
    by_amount: dict[tuple[str, int], list[tuple[datetime, Decimal]]] = defaultdict(list)
    for key, legs in groups.items():
        into = [leg for leg in legs if leg.currency == home and leg.net_minor > 0]
        out_of = [leg for leg in legs if leg.currency != home and leg.net_minor < 0]
        if len(into) == 1 and len(out_of) == 1 and len({leg.currency for leg in out_of}) == 1:
            a, b = out_of[0], into[0]
            with localcontext() as ctx:
                ctx.prec = 12
                value = (Decimal(b.net_minor) / Decimal(10) ** exponent(b.currency)) / (
                    Decimal(-a.net_minor) / Decimal(10) ** exponent(a.currency))
            out[key] = value.normalize()
            out[(key[0] + ":" + a.currency, key[1])] = value.normalize()
            by_amount[(a.currency, -a.net_minor)].append((a.occurred_at, value.normalize()))
    return out, by_amount


def _day_second(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


# Reasons many rows share: one Phrase each, not one per row (100,000 rows held 45 MB of them).
_DELETED = Phrase("deleted since: stays deleted")
_PENDING = Phrase("pending: imported once it completes")
_DENIED = Phrase("denied: it never happened")
_SPENT = Phrase("money spent, not income")
_HOLD = Phrase("a hold: it moves no money for good")
_NOT_UNDERSTOOD = Phrase("not understood: add it as income or skip it")
_CONVERSION = Phrase("a currency conversion between your balances")
_SENT = Phrase("sent to another of your accounts")
_FROM_MINE = Phrase("from another of your accounts: counted where it was received")
_NOTHING = Phrase("nothing was received")
_ONE = Decimal(1)


@lru_cache(maxsize=4096)
def _imported_on(day: str) -> Phrase:
    return Phrase("imported on {day}", day=day)


@lru_cache(maxsize=64)
def _counted_there(origin: str) -> Phrase:
    return Phrase("from {origin}: counted there", origin=origin)


@paused_gc()  # the 100,000 rows planned: no cycles to collect
def plan_import(
    s: Session, files: Sequence[tuple[str, str, Sequence[SourceRow]]], *,
    home: str | None = None,
) -> ImportPlan:
    """What importing `files` ((file name, profile name, rows) each) would do, row by row;
    writes nothing. `home`: the home currency (default: the store's setting)."""
    home = check_currency(home) if home else settings.home_currency(s)
    items: list[_Item] = []
    plan = ImportPlan(files=[])
    for fi, (name, profile, rows) in enumerate(files):
        fp = FilePlan(file=name, profile=profile, rows=[])
        for row, ident in zip(rows, identities(rows), strict=True):
            pr = PlannedRow(row=row, identity=ident, outcome=Outcome.ADD)
            fp.rows.append(pr)
            items.append(_Item(fi, row, pr))
        plan.files.append(fp)

    known = _known(s, [it.planned.identity for it in items])
    clashes = _clashes(items, known)
    if clashes:
        known |= _known(s, [it.planned.identity for it in items if id(it) in clashes])
    history = set(s.scalars(select(ImportedRow.source).distinct()))
    history |= set(s.scalars(select(Payment.source).where(Payment.source != "").distinct()))
    history |= {it.row.source for it in items}
    foreign = {it.row.currency.upper() for it in items} - {home}
    rates = _Rates(s, foreign | {home} if foreign else set(), [
        it.row.occurred_at.astimezone(UTC).date() for it in items
        if it.row.currency.upper() != home])
    clients = _Clients.load(s)
    orders = _Orders(s)
    by_hand: dict[tuple[str, int], list[tuple[datetime, int]]] = defaultdict(list)
    for pid, currency, amount, at in s.execute(select(
            Payment.id, Payment.currency, Payment.amount_minor, Payment.received_at).where(
            Payment.source == "")):
        by_hand[(currency, amount)].append((at, pid))
    conversions = {fi: _conversion_rates([it for it in items if it.file == fi], home)
                   for fi in range(len(files))}

    index = _Index(items)
    first_seen: dict[str, _Item] = {}
    live: list[_Item] = []
    for it in items:
        pr = it.planned
        old = known.get(pr.identity)
        if old is not None and old.outcome == "pending":
            old = None  # still pending: skipped again; completed since: planned afresh
        if old is not None and old.outcome == "skipped":
            # Skipped again, with its reason (the person's own decision when none is left).
            pr.outcome = Outcome.SKIP
            pr.reason = _skip_reason(it.row) or Phrase(
                "skipped on {day}", day=_day_text(old.imported_at))
            continue
        if old is not None:
            pr.outcome = Outcome.DUPLICATE
            if old.outcome == "transfer":
                pr.reason = Phrase("already recorded as a transfer on {day}",
                                   day=_day_text(old.imported_at))
            elif old.outcome == "added" and old.payment_id is None:
                pr.reason = _DELETED
            else:
                pr.reason = _imported_on(_day_text(old.imported_at))
            pr.linked_identity = old.linked_identity
            continue
        earlier = first_seen.get(pr.identity)
        if earlier is not None:
            pr.outcome = Outcome.DUPLICATE
            pr.reason = Phrase("also in {file}, line {line}",
                               file=plan.files[earlier.file].file, line=earlier.row.line)
            continue
        first_seen[pr.identity] = it
        live.append(it)

    # Payouts leaving an account, to link with their arrival in the next one.
    outs: dict[tuple[str, int], list[_Item]] = defaultdict(list)
    for it in live:
        r = it.row
        if r.kind is RowKind.TRANSFER_OUT and r.status is RowStatus.COMPLETED:
            outs[(r.currency, -r.net_minor)].append(it)
    for bucket in outs.values():
        bucket.sort(key=lambda i: i.row.occurred_at)
    taken: set[str] = set()

    for it in live:
        r, pr = it.row, it.planned
        if (skip := _skip_reason(r)) is not None:
            pr.outcome, pr.reason = Outcome.SKIP, skip
        elif (formula := _formula_cell(r)) is not None:
            pr.outcome, pr.reason = Outcome.ATTENTION, formula  # never a client's name
        elif _hours_only(r):
            _plan_hours(pr, orders)
        elif r.kind in _TRANSFER_KINDS:
            _plan_transfer(it, index, outs, taken, history)
        elif r.kind in _MONEY_KINDS:
            _plan_money(it, home, rates, conversions[it.file], by_hand, clients, orders)
        else:
            pr.outcome = Outcome.ATTENTION
            pr.reason = _NOT_UNDERSTOOD
        if id(it) in clashes and pr.outcome is Outcome.ADD:
            pr.outcome = Outcome.ATTENTION
            pr.reason = Phrase("another row has the export's id {id} with another amount: "
                               "add this one as well?", id=r.source_id)
    _count_upwork_once(s, items, live, orders)
    return plan


def _skip_reason(r: SourceRow) -> Phrase | None:
    """Why a row is skipped whatever the store holds (pending, denied, spent, a hold)."""
    if r.status is RowStatus.PENDING:
        return _PENDING
    if r.status is RowStatus.DENIED:
        return _DENIED
    if r.kind is RowKind.EXPENSE:
        return _SPENT
    if r.kind is RowKind.HOLD:
        return _HOLD
    return None


def _formula_cell(r: SourceRow) -> Phrase | None:
    """Why a row whose text cell a spreadsheet would run as a formula (=HYPERLINK(…)) waits:
    it is never added nor offered as a client's name unchecked."""
    for name in ("counterparty", "counterparty_email", "reference", "memo", "contract"):
        value = getattr(r, name)
        if value and value.lstrip()[:1] in "=@+-" and looks_like_formula(value):
            shown = value.strip()
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            if name == "counterparty":
                return Phrase("the payer “{text}” looks like a spreadsheet formula: check the "
                              "file", text=shown)
            if name == "counterparty_email":
                return Phrase("the e-mail “{text}” looks like a spreadsheet formula: check the "
                              "file", text=shown)
            if name == "reference":
                return Phrase("the reference “{text}” looks like a spreadsheet formula: check "
                              "the file", text=shown)
            if name == "memo":
                return Phrase("the memo “{text}” looks like a spreadsheet formula: check the "
                              "file", text=shown)
            return Phrase("the contract “{text}” looks like a spreadsheet formula: check the "
                          "file", text=shown)
    return None


def _money(row: SourceRow) -> tuple[str, int]:
    return row.currency.upper(), row.net_minor


def _clashes(items: Sequence[_Item], known: dict[str, _Seen]) -> set[int]:
    """Rows whose export id another row (imported, or earlier in the plan) holds with other
    money: the export reused an id, or two anonymised files number their rows alike. Such a
    row gets an identity of its own (the id and a hash of its money), never merged."""
    money: dict[str, tuple[str, int]] = {}
    for ident, old in known.items():
        if old.net_minor is not None:
            money[ident] = (old.currency, old.net_minor)
    out: set[int] = set()
    for it in items:
        if not it.row.source_id:
            continue
        ident = it.planned.identity
        seen = money.setdefault(ident, _money(it.row))
        if seen != _money(it.row):
            when = _day_second(it.row.occurred_at)
            digest = hashlib.sha256(f"{_money(it.row)}|{when}".encode()).hexdigest()
            it.planned.identity = f"{ident}~{digest[:12]}"
            out.add(id(it))
    return out


def _plan_hours(pr: PlannedRow, orders: _Orders) -> None:
    order = orders.by_contract(pr.row.contract or pr.row.reference)
    if order is None:
        pr.outcome = Outcome.ATTENTION
        pr.reason = Phrase("hours of contract {contract}: no order matches it",
                           contract=pr.row.contract or pr.row.reference or "—")
        return
    pr.outcome, pr.order_id, pr.client_id = Outcome.ADD, order.id, order.client_id
    pr.reason = Phrase("{hours} h of time on order #{id}", hours=pr.row.hours, id=order.id)


def _plan_transfer(it: _Item, index: _Index, outs: dict[tuple[str, int], list[_Item]],
                   taken: set[str], history: set[str]) -> None:
    r, pr = it.row, it.planned
    pr.outcome = Outcome.TRANSFER
    if r.kind is RowKind.CONVERSION:
        pr.reason = _CONVERSION
        if r.related_id and (paid := index.by_id.get((it.file, r.related_id))) is not None:
            pr.linked_identity = paid.planned.identity  # the converted payment
            return
        key = (it.file, r.related_id or _day_second(r.occurred_at))
        for other in index.legs.get(key, ()):
            if other is not it and other.row.currency != r.currency:
                pr.linked_identity = other.planned.identity  # the other leg
                return
        return
    if r.kind is RowKind.TRANSFER_OUT:
        pr.reason = _SENT
        return
    # Money arriving from another account: a payout counted where it was first received.
    match = None
    for cand in outs.get((r.currency, r.net_minor), ()):
        if cand.planned.identity in taken:
            continue
        gap = r.occurred_at - cand.row.occurred_at
        if timedelta(days=-1) <= gap <= timedelta(days=TRANSFER_DAYS):
            match = cand
            break
    if match is not None:
        taken.add(match.planned.identity)
        pr.linked_identity = match.planned.identity
        match.planned.linked_identity = match.planned.linked_identity or pr.identity
        pr.reason = _FROM_MINE
        return
    origin = _origin(r)
    if origin is None:
        pr.reason = _FROM_MINE
    elif origin[0] in history:
        pr.reason = _counted_there(origin[1])
    else:
        pr.outcome = Outcome.ATTENTION
        pr.reason = Phrase("from {origin}: import the {origin} export first, or mark it as "
                           "income", origin=origin[1])


def _plan_money(it: _Item, home: str, rates: _Rates, conversions: _Conversions,
                by_hand: dict[tuple[str, int], list[tuple[datetime, int]]], clients: _Clients,
                orders: _Orders) -> None:
    r, pr = it.row, it.planned
    if r.net_minor == 0 and r.fee_minor == 0:
        pr.outcome, pr.reason = Outcome.SKIP, _NOTHING
        return
    try:
        currency = check_currency(r.currency)
        validate_amounts(_payment_kind(r), r.net_minor, r.fee_minor, currency)
    except ValidationError as e:
        pr.outcome, pr.reason = Outcome.ATTENTION, e.message
        return
    _match(pr, clients, orders)
    # The rate: same currency, the export's own, the reference rate of the day, or ask.
    if currency == home:
        pr.rate, pr.rate_source = _ONE, "same currency"
    elif r.rate and r.rate > 0 and r.rate_to.upper() == home:
        pr.rate, pr.rate_source = r.rate, "export"
    elif (found := _conversion_for(r, conversions)) is not None:
        pr.rate, pr.rate_source = found, "export"
    elif (ref := rates.rate(currency, home, r.occurred_at.astimezone(UTC).date())) is not None:
        pr.rate, pr.rate_source = ref
    else:
        pr.outcome = Outcome.ATTENTION
        pr.reason = Phrase("no exchange rate for {currency} on {day}: update the rates or "
                           "enter one", currency=currency, day=_day_text(r.occurred_at))
        return
    # A payment entered by hand that this row may be: the person decides.
    window = timedelta(days=LIKELY_DUPLICATE_DAYS)
    for at, pid in sorted(by_hand.get((currency, r.net_minor), ()),
                          key=lambda p: abs(p[0] - r.occurred_at)):
        if abs(at - r.occurred_at) <= window:
            pr.outcome, pr.same_as = Outcome.ATTENTION, pid
            pr.reason = Phrase("looks like the payment of {amount} entered on {day}",
                               amount=format_money(r.net_minor, currency),
                               day=_day_text(at))
            return
    pr.outcome = Outcome.ADD


def _conversion_for(r: SourceRow, conversions: _Conversions) -> Decimal | None:
    """The rate of the conversion of this very payment: one naming it, one at the same
    second, or one of exactly its net amount within CONVERSION_DAYS after it."""
    exact, by_amount = conversions
    if r.source_id and (found := exact.get(("id:" + r.currency, r.source_id))):
        return found
    if (found := exact.get(("at:" + r.currency, _day_second(r.occurred_at)))) is not None:
        return found
    # Exactly its net first, then a few cents off it (PayPal converted $1,261.00 of a
    # $1,261.04 payment), the nearest amount first; a conversion earlier the same day too.
    since = r.occurred_at.replace(hour=0, minute=0, second=0, microsecond=0)
    for off in sorted(range(-CONVERSION_CENTS, CONVERSION_CENTS + 1), key=abs):
        for when, rate in by_amount.get((r.currency, r.net_minor + off), ()):
            if since <= when and when - r.occurred_at <= timedelta(days=CONVERSION_DAYS):
                return rate
    return None


def _match(pr: PlannedRow, clients: _Clients, orders: _Orders) -> None:
    r = pr.row
    client_id = clients.match(r)
    within = orders.by_client.get(client_id, []) if client_id is not None else None
    order = orders.by_reference(r, within)
    if order is None and r.contract:
        order = orders.by_contract(r.contract)
    if order is None and within:
        order = orders.by_amount(r, within)
    if order is not None and (client_id is None or order.client_id == client_id):
        pr.order_id, client_id = order.id, order.client_id
    pr.client_id = client_id
    if client_id is None and r.kind is RowKind.INCOME and r.counterparty.strip() \
            and _origin(r) is None:
        pr.new_client = " ".join(r.counterparty.split())[:200]


# --------------------------------------------------------------------------- Upwork, once
#
# Upwork's weekly summary (earnings per contract and day, with the hours) and its transaction
# history (the payments, with their fees and dates) describe the same earnings. The history
# is the money; the weekly summary is the hours. A weekly summary row has no transaction id,
# a history row always has one: that tells them apart, in a plan and in `imported_rows`.

_UPWORK = "upwork"
_SUMMARY_IDS = "upwork:h:%"  # the identities of weekly summary rows (hashed: no export id)
_UPWORK_MONEY = (RowKind.INCOME, RowKind.REFUND)


def _upwork_summary(row: SourceRow) -> bool:
    return row.source == _UPWORK and not row.source_id and row.kind in _UPWORK_MONEY


def _upwork_history(row: SourceRow) -> bool:
    return row.source == _UPWORK and bool(row.source_id)


def _hourly(memo: str) -> bool:
    """A weekly summary row's hourly work: its memo (or note) is "<contract> · Hourly"
    ("Hourly — <contract>" in notes written before)."""
    return _norm(memo).startswith("hourly") or _norm(memo.rpartition(" · ")[2]) == "hourly"


def _note(row: SourceRow) -> str:
    """A payment's note: the export's memo; a weekly summary row's also names its contract
    (the summary's memo is only its payment type), which tells its weeks apart later."""
    note = " ".join(row.memo.split())
    if row.source == _UPWORK and not row.source_id and (row.contract or row.reference):
        contract = " ".join(row.contract.split())
        if row.reference:
            contract = f"{contract} ({row.reference})".strip()
        if contract not in note:  # the memo names it already ("<contract> · Hourly")
            note = f"{note} — {contract}" if note else contract
    return note[:1000]


def _day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def _paid_on(day: date, hourly: bool) -> date:
    """When the transaction history pays a weekly summary row's money: hourly work on the
    Monday after its Monday–Sunday week (Upwork's weekly invoice), the rest on its day."""
    return day - timedelta(days=day.weekday()) + timedelta(days=7) if hourly else day


@dataclass(frozen=True, slots=True)
class _Counted:
    """A weekly summary row whose money is (or is about to be) income."""

    identity: str
    day: date
    net_minor: int
    note: str

    @property
    def paid_on(self) -> date:
        return _paid_on(self.day, _hourly(self.note))


def _count_upwork_once(s: Session, items: Sequence[_Item], live: Sequence[_Item],
                       orders: _Orders) -> None:
    """Counts Upwork's earnings once when both exports are imported (in one plan or one
    after the other, in either order): a weekly summary row that the transaction history
    pays (the history's first to last day covers the day it is paid) is skipped, its hours
    kept; a history payment the weekly summary already counted is its duplicate when it is
    exactly the sum of one contract's week (or a fixed price or bonus of its day), else it
    waits for the person's decision."""
    summary = [it for it in live if _upwork_summary(it.row) and not _hours_only(it.row)
               and it.planned.outcome in (Outcome.ADD, Outcome.ATTENTION)]
    history = [it for it in live if _upwork_history(it.row) and it.row.kind in _UPWORK_MONEY
               and it.planned.outcome is Outcome.ADD]
    if not summary and not history:
        return
    days = [_day(it.row.occurred_at) for it in items if _upwork_history(it.row)]
    first, last = s.execute(select(
        func.min(ImportedRow.occurred_at), func.max(ImportedRow.occurred_at)).where(
        ImportedRow.source == _UPWORK, ImportedRow.identity.not_like(_SUMMARY_IDS))).one()
    days += [_day(t) for t in (first, last) if t is not None]
    if days:
        start, end = min(days), max(days)
        for it in summary:
            if start <= _paid_on(_day(it.row.occurred_at), _hourly(it.row.memo)) <= end:
                _keep_hours_only(it.planned, orders)
    if not history:
        return
    counted = [_Counted(it.planned.identity, _day(it.row.occurred_at), it.row.net_minor,
                        _note(it.row))
               for it in summary if it.planned.outcome is Outcome.ADD]
    low = min(_day(it.row.occurred_at) for it in history) - timedelta(days=14)
    high = max(_day(it.row.occurred_at) for it in history) + timedelta(days=1)
    for ident, at, net, note in s.execute(select(
            ImportedRow.identity, ImportedRow.occurred_at, ImportedRow.net_minor, Payment.note
    ).join(Payment, Payment.id == ImportedRow.payment_id).where(
            ImportedRow.source == _UPWORK, ImportedRow.identity.like(_SUMMARY_IDS),
            ImportedRow.outcome == "added",
            ImportedRow.occurred_at >= datetime.combine(low, time(0), tzinfo=UTC),
            ImportedRow.occurred_at < datetime.combine(high, time(0), tzinfo=UTC))):
        counted.append(_Counted(ident, _day(at), net or 0, note))
    if not counted:
        return
    start, end = min(c.paid_on for c in counted), max(c.paid_on for c in counted)
    # One contract's hourly week, paid the Monday after it; a fixed price or bonus alone.
    groups: dict[tuple[date, str], list[_Counted]] = defaultdict(list)
    for c in counted:
        key = (c.paid_on, c.note) if _hourly(c.note) else (c.day, c.identity)
        groups[key].append(c)
    taken: set[tuple[date, str]] = set()
    for it in history:
        day = _day(it.row.occurred_at)
        if not start <= day <= end:
            continue  # a period the weekly summary did not count
        monday = day - timedelta(days=day.weekday())
        fits = [key for key, rows in groups.items()
                if key not in taken and key[0] in (day, monday)
                and abs(sum(c.net_minor for c in rows) - it.row.gross_minor) <= 1]
        pr = it.planned
        if len(fits) == 1:
            taken.add(fits[0])
            rows = sorted(groups[fits[0]], key=lambda c: c.day)
            pr.outcome, pr.linked_identity = Outcome.DUPLICATE, rows[0].identity
            pr.reason = Phrase("counted in the Upwork weekly summary ({first} to {last})",
                               first=rows[0].day.isoformat(), last=rows[-1].day.isoformat())
        else:
            pr.outcome = Outcome.ATTENTION
            pr.reason = Phrase("the Upwork weekly summary already counted this period's "
                               "earnings: add this payment as well, or skip it?")


def _keep_hours_only(pr: PlannedRow, orders: _Orders) -> None:
    """A weekly summary row the transaction history pays: its money is skipped, its hours
    become time entries of the contract's order (in `apply_plan`)."""
    r = pr.row
    pr.outcome, pr.same_as = Outcome.SKIP, None
    if pr.order_id is None and (found := orders.by_contract(r.contract or r.reference)):
        pr.order_id, pr.client_id = found.id, found.client_id
    if not r.hours:
        pr.reason = Phrase("counted in the Upwork transaction history")
    elif pr.order_id is not None:
        pr.reason = Phrase("counted in the Upwork transaction history; its hours are kept")
    else:
        pr.reason = Phrase("counted in the Upwork transaction history; no order matches "
                           "contract {contract} for its hours",
                           contract=r.contract or r.reference or "—")


def _summary_hours(pr: PlannedRow) -> bool:
    """A weekly summary row skipped for its money whose hours go to an order."""
    return (pr.outcome is Outcome.SKIP and _upwork_summary(pr.row) and bool(pr.row.hours)
            and pr.order_id is not None)


# --------------------------------------------------------------------------- apply


@paused_gc()
def apply_plan(s: Session, plan: ImportPlan, *, accept: Mapping[str, Decision] | None = None,
               now: datetime) -> ApplyResult:
    """Write `plan` in the caller's transaction: each row to add becomes a payment, each row
    (added, transfer, skipped, decided) an `imported_rows` entry, so importing again adds
    nothing. Rows needing attention are written only as `accept` decides (by identity); a
    decision may also override a row's outcome. A row imported since the plan was made is
    left alone. Raises ValidationError (naming the file and line) when a row cannot be
    written; the caller's transaction then writes nothing."""
    accept = accept or {}
    home = settings.home_currency(s)
    zone = settings.local_zone(s)
    result = ApplyResult()
    all_ids = [pr.identity for fp in plan.files for pr in fp.rows]
    known = _known_ids(s, all_ids)
    # Rows skipped while pending: planned afresh once they complete (their entry replaced).
    pending = set(s.scalars(select(ImportedRow.identity).where(
        ImportedRow.outcome == "pending"))) & known if known else set()
    replaced: list[str] = []
    # Rows as lists in column order (a dict per row held 120 MB for 100,000 rows).
    ledger: list[list[object]] = []  # imported_rows, in _LEDGER_COLUMNS order
    new_payments: list[list[object]] = []  # in _PAYMENT_COLUMNS order, id first
    paid: list[list[object]] = []  # the ledger rows of new_payments, in their order
    hours: list[PlannedRow] = []
    for fp in plan.files:
        for pr in fp.rows:
            if pr.identity in pending and pr.outcome is not Outcome.DUPLICATE:
                if pr.row.status is RowStatus.PENDING:  # still pending: stays as it is
                    result.skipped += 1
                    continue
                pending.discard(pr.identity)
                known.discard(pr.identity)
                replaced.append(pr.identity)
            if pr.outcome is Outcome.DUPLICATE or pr.identity in known:
                if pr.outcome is Outcome.SKIP:
                    result.skipped += 1
                else:
                    result.duplicates += 1
                continue
            decision = accept.get(pr.identity)
            action = decision.action if decision else {
                Outcome.ADD: "add", Outcome.TRANSFER: "transfer", Outcome.SKIP: "skip",
            }.get(pr.outcome, "")
            if not action:
                result.left += 1
                continue
            known.add(pr.identity)
            entry: list[object] = [
                pr.identity, pr.row.source, fp.file[:300], pr.row.line, pr.row.occurred_at,
                "", pr.row.currency.upper(), pr.row.net_minor, None, pr.linked_identity, now]
            if action == "add" and _hours_only(pr.row):
                entry[_OUTCOME] = "hours"
                hours.append(pr)
            elif action == "add":
                entry[_OUTCOME] = "added"
                values = _payment(s, fp, pr, decision, home)
                new_payments.append([None, *(values[c] for c in _PAYMENT_COLUMNS[1:])])
                paid.append(entry)
                result.added += 1
                if pr.row.hours:
                    hours.append(pr)
            elif action == "transfer":
                entry[_OUTCOME] = "transfer"
                result.transfers += 1
            elif action == "skip":
                entry[_OUTCOME] = "pending" if pr.row.status is RowStatus.PENDING else "skipped"
                result.skipped += 1
                if _summary_hours(pr):  # the money counted elsewhere, the hours here
                    entry[_OUTCOME] = "hours"
                    hours.append(pr)
            elif action == "same":
                pid = decision.payment_id if decision else None
                if pid is None or s.get(Payment, pid) is None:
                    raise ValidationError("payment", Phrase(
                        "{file}, line {line}: there is no payment #{id} to link this row to.",
                        file=fp.file, line=pr.row.line, id=pid if pid is not None else "—"))
                entry[_OUTCOME], entry[_PAYMENT_ID] = "same", pid
                result.same += 1
            else:
                raise ValidationError("decision", Phrase(
                    "{file}, line {line}: “{action}” is not a decision: add, skip or same.",
                    file=fp.file, line=pr.row.line, action=action))
            ledger.append(entry)
    s.flush()
    # Core inserts with the ids given: INSERT … RETURNING in order runs once per row on
    # SQLite. The caller's transaction holds the write lock, so max(id) cannot move.
    conn = s.connection()
    first = (s.scalar(select(func.max(Payment.id))) or 0) + 1
    ids = list(range(first, first + len(new_payments)))
    for pid, values, entry in zip(ids, new_payments, paid, strict=True):
        values[0] = entry[_PAYMENT_ID] = pid
    _insert_rows(conn, Payment.__table__, _PAYMENT_COLUMNS, new_payments)
    result.payment_ids = ids
    for part in _chunks(replaced):
        s.execute(delete(ImportedRow).where(ImportedRow.identity.in_(part)))
    _insert_rows(conn, ImportedRow.__table__, _LEDGER_COLUMNS, ledger)
    for pr in hours:
        if pr.order_id is not None and pr.row.hours:
            for start, end in _days_of(pr.row, zone):
                s.add(TimeEntry(order_id=pr.order_id, started_at=start, ended_at=end,
                                note=f"{pr.row.source}: {pr.row.contract}".strip(": ")))
                result.time_entries += 1
    s.flush()
    return result


_PAYMENT_COLUMNS = ("id", "order_id", "kind", "amount_minor", "fee_minor", "currency",
                    "received_at", "home_currency", "home_amount_minor", "home_fee_minor",
                    "rate", "note", "client_id", "source", "source_id", "rate_source", "payer")
_LEDGER_COLUMNS = ("identity", "source", "file_name", "line", "occurred_at", "outcome",
                   "currency", "net_minor", "payment_id", "linked_identity", "imported_at")
_OUTCOME, _PAYMENT_ID = _LEDGER_COLUMNS.index("outcome"), _LEDGER_COLUMNS.index("payment_id")


def _insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                 rows: Sequence[Sequence[object]]) -> None:
    """INSERT `rows` (values in `columns` order) with one prepared statement, _WRITE_CHUNK
    rows at a time, each value put through its column type's bind processor as SQLAlchemy's
    own insert does (the same stored text), without SQLAlchemy's per-row parameter dicts."""
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    processors = [(i, p) for i, name in enumerate(columns)
                  if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))]
    last: list[tuple[object, object]] = [(object(), None)] * len(columns)  # value, processed
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    for start in range(0, len(rows), _WRITE_CHUNK):
        chunk = []
        for row in rows[start:start + _WRITE_CHUNK]:
            values = list(row)
            for i, process in processors:
                value = values[i]
                if value is not last[i][0]:  # the same object (imported_at): processed once
                    last[i] = (value, process(value))
                values[i] = last[i][1]
            chunk.append(tuple(values))
        conn.exec_driver_sql(sql, chunk)


def _days_of(row: SourceRow, zone: object) -> list[tuple[datetime, datetime]]:
    """The row's hours as entries of at most HOURS_PER_DAY a day, from 09:00 local time on
    the row's day."""
    assert row.hours is not None
    day = row.occurred_at.astimezone(zone).date()  # type: ignore[arg-type]
    left, out = Decimal(row.hours), []
    while left > 0:
        part = min(left, HOURS_PER_DAY)
        start = datetime.combine(day, time(9), tzinfo=zone)  # type: ignore[arg-type]
        end = start + timedelta(seconds=int(part * 3600))
        out.append((start.astimezone(UTC), end.astimezone(UTC)))
        left -= part
        day += timedelta(days=1)
    return out


def _payment(s: Session, fp: FilePlan, pr: PlannedRow, decision: Decision | None,
             home: str) -> dict[str, object]:
    """The payment a row becomes, checked by storage.payments' own rules."""
    r = pr.row
    rate, rate_source = pr.rate, pr.rate_source
    if decision is not None and decision.rate is not None:
        rate, rate_source = decision.rate, "entered"
    if r.currency.upper() == home:
        rate, rate_source = None, rate_source or "same currency"
    try:
        values = payment_values(s, kind=_payment_kind(r), amount_minor=r.net_minor,
                                currency=r.currency, received_at=r.occurred_at, home=home,
                                order_id=pr.order_id, fee_minor=r.fee_minor, rate=rate,
                                note=_note(r))
    except ValidationError as e:
        raise ValidationError(e.field, Phrase("{file}, line {line}: {problem}", file=fp.file,
                                              line=r.line, problem=e.message)) from None
    if pr.client_id is not None and s.get(Client, pr.client_id) is None:
        raise ValidationError("client", Phrase("{file}, line {line}: there is no client #{id}.",
                                               file=fp.file, line=r.line, id=pr.client_id))
    own = pr.identity.removeprefix(f"{r.source}:")
    values.update(
        client_id=pr.client_id, source=r.source,
        source_id=own if r.source_id and "~" in own else ((r.source_id or "").strip() or None),
        rate_source=rate_source,
        payer=" ".join((r.counterparty or r.counterparty_email).split())[:200])
    return values


# --------------------------------------------------------------------------- ECB rates


def update_rates_from_ecb_csv(s: Session, path: Path | str) -> int:
    """Read the ECB's reference rates (eurofxref-hist.csv: ``Date,USD,JPY,…`` then one line a
    day, ``N/A`` where a currency has no rate) into ``exchange_rates`` (source 'ecb'), in the
    caller's transaction; returns how many rates were written. A file that is not in that
    format raises ImportProblem and writes nothing."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ImportProblem(name, "This file cannot be read as the ECB's reference rates "
                            "(a UTF-8 CSV file).") from None
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header or header[0].strip() != "Date":
        raise ImportProblem(name, "This is not the ECB's reference rates file: its first "
                            "column should be Date.", line=1)
    currencies = [h.strip().upper() for h in header[1:]]
    values: dict[tuple[date, str], str] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        try:
            day = date.fromisoformat(cells[0].strip())
        except ValueError:
            raise ImportProblem(name, "“{text}” is not a date.", line=line, column="Date",
                                text=cells[0][:40]) from None
        for currency, cell in zip(currencies, cells[1:], strict=False):
            cell = cell.strip()
            if not currency or not cell or cell.upper() == "N/A":
                continue
            if not re.fullmatch(r"[A-Z]{3}", currency):
                continue
            try:
                value = Decimal(cell)
            except InvalidOperation:
                value = Decimal(0)
            if not value.is_finite() or value <= 0:
                raise ImportProblem(name, "“{text}” is not an exchange rate.", line=line,
                                    column=currency, text=cell[:40])
            values[(day, currency)] = str(value)
    # One prepared statement for every rate (the whole history has some 300,000): the
    # day as SQLAlchemy's Date keeps it on SQLite (ISO text).
    if not values:
        return 0
    s.connection().exec_driver_sql(
        "INSERT INTO exchange_rates (day, currency, per_eur, source) VALUES (?, ?, ?, 'ecb') "
        "ON CONFLICT (day, currency, source) DO UPDATE SET per_eur = excluded.per_eur",
        [(d.isoformat(), c, v) for (d, c), v in sorted(values.items())])
    return len(values)

"""A demo store: a French-and-English freelancer's business over a bit more than two years.

`generate(store, orders=N, seed=S, as_of=T)` fills an empty store with gigs, clients, orders
and their history, payments, tracked time and a few deliverables, all dated up to `as_of`.
The same (N, S, T) always gives the same store: every choice comes from `random.Random(S)`,
never from the global generator or the clock. The names and words it is made of (gigs,
client names, cities, briefs, notes, drafts) are data: storage/data/demo/*.json.

Beside the orders, every page gets work in progress (`_Workspace`, storage/data/demo/
workspace.json): drafts on the latest article and product-description orders (a writing
model's version, then the person's), FR↔EN translation projects on translation orders of the
same document (segments in every status, translation memory, glossary) and brainstorm boards on
the latest logo orders. These few rows go through the storage functions the app uses.

The freelancer depends on the status (`status=`, storage/data/demo/statuses.json): a French
micro-entrepreneur (fr_micro, the default, home EUR), a Moroccan auto-entrepreneur (ma_auto,
home MAD: a steady French agency whose payments this year come close to the single-client
limit), a Québec self-employed small supplier (qc_self, home CAD: a steady Montréal studio
keeps the last four quarters close to the small-supplier threshold; a few expenses) or another
status (other). The status, the set-up and the identity on documents are settings `_prepare`
pins. Outside France, foreign payments are converted at a daily rate (a walk around the
levels of statuses.json), as the Moroccan and Québec rules ask.

Speed matters (`atelier demo --orders 100000`): rows are computed as plain tuples, with
datetimes as integer UTC seconds formatted to the exact text `tables.db_time` gives, and
written with multi-row INSERTs in one transaction. No ORM object is built per row.
"""

from __future__ import annotations

import json
import random
import sqlite3
import unicodedata
from bisect import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from importlib import resources
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session
from stdnum import luhn

from storage.defaults import seed_defaults
from storage.errors import ValidationError
from storage.fees import platform_fee, tip_fee
from storage.money import convert
from storage.periods import check_datetime
from storage.tables import Platform

if TYPE_CHECKING:
    from storage.db import Store

MINUTE = 60
HOUR = 3_600
DAY = 86_400
SPAN_DAYS = 792  # a little over 26 months of history before `as_of`
COMEUP_FEE_BP = 1500  # ComeUp's preset has no fee: the demo enters a realistic 15 %
HOME = "EUR"
ROWS_PER_INSERT = 500
CACHE_KIB = -262_144  # a 256 MiB page cache while writing (negative: KiB)

AR, IP, DL, RR, CO, CA, DI = (
    "awaiting_requirements", "in_progress", "delivered", "revision_requested", "completed",
    "cancelled", "disputed",
)

# --- the catalogue of gigs: what a sample table holds -----------------------------------------


@dataclass(frozen=True)
class _Pkg:
    tier: str
    price: int  # major units
    days: int
    revisions: int
    description: str


@dataclass(frozen=True)
class _GigSpec:
    platform: str
    currency: str
    lang: str
    kind: str
    activity: str
    status: str
    window: tuple[float, float]  # share of the demo's span during which it sells
    weight: float
    title: str
    category: str
    tags: str
    description: str
    packages: tuple[_Pkg, ...]


# --- the sample tables: storage/data/demo/*.json --------------------------------------------


def _data(name: str) -> dict[str, Any]:
    """One of the demo's data files (gigs, clients, orders): the words and names it is made of."""
    text = resources.files("storage").joinpath(f"data/demo/{name}.json").read_text(
        encoding="utf-8")
    return json.loads(text)


def _gig(e: dict[str, Any]) -> _GigSpec:
    return _GigSpec(
        e["platform"], e["currency"], e["lang"], e["kind"], e["activity"],
        e.get("status", "active"), tuple(e.get("window", (0.0, 1.0))), e.get("weight", 1.0),
        e["title"], e["category"], e["tags"], e["description"],
        tuple(_Pkg(p["tier"], p["price"], p["days"], p["revisions"], p["description"])
              for p in e["packages"]))


GIGS: list[_GigSpec] = [_gig(e) for e in _data("gigs")["gigs"]]

PLATFORM_SHARE = {"Fiverr": 44, "ComeUp": 17, "Upwork": 12, "Malt": 11, "Direct": 16}
TIER_WEIGHTS = (52, 34, 14)

_CLIENTS = _data("clients")
COUNTRY_MIX: dict[str, list[list[Any]]] = _CLIENTS["country_mix"]  # (country, lang, culture, w)
DIRECT_CURRENCY: dict[str, str] = _CLIENTS["direct_currency"]
FIRST: dict[str, list[str]] = _CLIENTS["first_names"]
LAST: dict[str, list[str]] = _CLIENTS["last_names"]
COMPANY: dict[str, list[list[str]]] = _CLIENTS["companies"]  # (patterns, words)
CITIES: dict[str, list[str]] = _CLIENTS["cities"]
CLIENT_NOTES: dict[str, list[str]] = _CLIENTS["client_notes"]
#: country -> how its addresses are written (format, streets, localities per city, country line)
ADDRESSES: dict[str, dict[str, Any]] = {
    k: v for k, v in _CLIENTS["addresses"].items() if not k.startswith("_")}

_ORDERS = _data("orders")
TOPICS: dict[str, list[str]] = _ORDERS["topics"]
BUSINESSES: dict[str, list[str]] = _ORDERS["businesses"]
DOCS: dict[str, list[str]] = _ORDERS["documents"]
SCALE: dict[str, list[list[int]]] = _ORDERS["scale"]  # per package tier: words, items…
# kind -> lang -> (titles, requests, time entry notes)
KIND_TEXT: dict[str, dict[str, list[list[str]]]] = _ORDERS["kind_text"]
INTROS: dict[str, list[str]] = _ORDERS["intros"]
# Brief sentences: any order, then by kind of work (writing, design, audio).
CONSTRAINTS: dict[str, dict[str, list[str]]] = _ORDERS["constraints"]
KIND_GROUP: dict[str, str] = _ORDERS["kind_group"]
CLOSINGS: dict[str, list[str]] = _ORDERS["closings"]
ORDER_NOTES: dict[str, list[str]] = _ORDERS["order_notes"]
EVENT_NOTES: dict[str, dict[str, str]] = _ORDERS["event_notes"]

# The work beside the orders: drafts, translation projects, brainstorm boards.
_WORKSPACE = _data("workspace")
MODELS: dict[str, str] = _WORKSPACE["models"]  # what wrote the drafts and ideas (chat models)
DRAFT_SPECS: dict[str, dict[str, Any]] = _WORKSPACE["drafts"]  # by kind of gig
PROJECT_SPECS: list[dict[str, Any]] = _WORKSPACE["translation"]
BOARD_SPECS: dict[str, dict[str, Any]] = _WORKSPACE["brainstorm"]  # by language
# The inbox's opportunities and the plans of a few open orders (storage/data/demo/inbox.json).
_INBOX = _data("inbox")
OPPORTUNITY_SPECS: list[dict[str, Any]] = _INBOX["opportunities"]
PLAN_TASKS: dict[str, dict[str, list[list[Any]]]] = _INBOX["plans"]  # kind -> lang -> tasks
PLAN_EXTRAS: dict[str, dict[str, list[list[Any]]]] = _INBOX["extras"]  # the late plan's
#: Kinds of gig the workspace uses -> the word of the order that names its subject.
WORKSPACE_KINDS = {"seo": "topic", "product_sheets": "business", "translation": "doc",
                   "logo": "business"}


# The freelancer of each status: home currency, time zone, settings, identity, steady client.
STATUS_DEMOS: dict[str, dict[str, Any]] = {
    key: value for key, value in _data("statuses").items() if not key.startswith("_")
}
DEMO_STATUSES = tuple(STATUS_DEMOS)


def default_orders(status: str) -> int:
    """How many orders the demo of `status` has unless asked otherwise: fewer outside France,
    so that the Moroccan and Québec turnover stays near their thresholds, not far above."""
    return int(STATUS_DEMOS[status]["orders"])


def identity(status: str) -> dict[str, str]:
    """The identity settings of the demo's freelancer: legal name, address and the status's
    identifiers, each with valid check digits (SIRET: Luhn; ICE: the number is 0 modulo 97,
    as stdnum.ma.ice checks)."""
    spec = STATUS_DEMOS[status]
    out = dict(spec["identity"])
    if "siren_digits" in spec:
        siren = spec["siren_digits"] + luhn.calc_check_digit(spec["siren_digits"])
        stem = siren + spec["nic_digits"]
        out["siret"] = stem + luhn.calc_check_digit(stem)
    if "ice_digits" in spec:
        out["ice"] = _ice(spec["ice_digits"])
    return out


def _ice(stem: str) -> str:
    """A Moroccan ICE from its first 13 digits: the 15 digits read as a number are a multiple
    of 97 (as stdnum.ma.ice checks)."""
    return stem + f"{(-int(stem) * 100) % 97:02d}"


def postal_identity(name: str, country: str, city: str, lang: str,
                    company: bool) -> tuple[str, str, str]:
    """(address, company number, VAT number) of a demo client, what an invoice prints: a
    postal address written as the client's country writes it (storage/data/demo/clients.json,
    `addresses`); for a French company its SIREN (Luhn check digit) and VAT number (FR + key +
    SIREN), for a Moroccan company its ICE. The choices come from a generator seeded by the
    client's name (unique in a demo), so the other rows of the demo do not move."""
    rng = random.Random(f"postal|{name}|{country}|{city}")
    spec = ADDRESSES.get(country)
    address = ""
    if spec is not None and city in spec["localities"]:
        street = rng.choice(spec.get("city_streets", {}).get(city, spec["streets"]))
        address = spec.get("city_format", {}).get(city, spec["format"]).format(
            number=rng.randint(1, 160), street=street,
            locality=rng.choice(spec["localities"][city]),
            country=spec["country"].get(lang, spec["country"]["fr"]))
    number = vat = ""
    if company and country == "FR":
        stem = f"{rng.randint(3, 9)}{rng.randrange(10**7):07d}"
        number = stem + luhn.calc_check_digit(stem)
        vat = f"FR{(12 + 3 * (int(number) % 97)) % 97:02d}{number}"
    elif company and country == "MA":
        number = _ice(f"00{rng.randrange(10**7):07d}0000")
    return address, number, vat


# Showcase orders, whatever N is: every state, late and due-soon ones. Each is (platform,
# status at `as_of`, due in hours from `as_of` or None, [(status walked, hours before as_of)]).
_Showcase = tuple[str, str, float | None, list[tuple[str, float]]]
SHOWCASE: list[_Showcase] = [
    ("Fiverr", IP, 20, [(IP, 30)]),  # due soon, with a running timer
    ("Direct", AR, None, []),
    ("Fiverr", IP, -14, [(IP, 40)]),  # late
    ("Malt", DL, None, [(IP, 50), (DL, 20)]),
    ("Fiverr", RR, 30, [(IP, 60), (DL, 26), (RR, 3)]),  # due soon
    ("Fiverr", CO, None, [(IP, 120), (DL, 80), (CO, 40)]),  # pending clearance
    ("ComeUp", CA, None, [(CA, 10)]),
    ("Fiverr", DI, None, [(IP, 150), (DL, 100), (DI, 20)]),
    ("Upwork", IP, 40, [(IP, 8)]),  # due soon
    ("ComeUp", AR, -10, []),  # late
    ("Malt", IP, -60, [(IP, 120)]),  # late
    ("Direct", RR, -20, [(IP, 100), (DL, 60), (RR, 30)]),  # late
    ("Fiverr", DL, None, [(IP, 30), (DL, 5)]),
    ("ComeUp", IP, 110, [(IP, 12)]),
    ("Upwork", CO, None, [(IP, 300), (DL, 220), (RR, 200), (IP, 190), (DL, 170), (CO, 100)]),
]
RUNNING_TIMER_MINUTES = 35


# --- helpers ---------------------------------------------------------------------------------


class _Days(dict[int, str]):
    """Day number since the epoch -> 'YYYY-MM-DD ' (filled on demand)."""

    def __missing__(self, day: int) -> str:
        text = datetime.fromtimestamp(day * DAY, UTC).strftime("%Y-%m-%d ")
        self[day] = text
        return text


_TIME_OF_DAY: list[str] = []


def _time_of_day() -> list[str]:
    if not _TIME_OF_DAY:
        _TIME_OF_DAY.extend(f"{h:02d}:{m:02d}:{s:02d}.000000"
                            for h in range(24) for m in range(60) for s in range(60))
    return _TIME_OF_DAY


def _ascii(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in " -")).lower()


def _slug(text: str, sep: str = "-") -> str:
    return sep.join(_ascii(text).replace("-", " ").split())


def _number(n: int, lang: str) -> str:
    """1,500 in English, 1 500 (narrow no-break space) in French."""
    return f"{n:,}".replace(",", "\u202f" if lang == "fr" else ",")


_ELISIONS = ((" de un ", " d'un "), (" de une ", " d'une "), (" de le ", " du "),
             (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "))


def _elide(text: str) -> str:
    """French contractions the templates create: « de un » → « d'un »…"""
    for a, b in _ELISIONS:
        if a in text:
            text = text.replace(a, b)
    return text


def _direction(gig_title: str, order_title: str, lang: str) -> str:
    """A translation order's languages ("en-fr"), as its title, else its gig, says."""
    for text in (order_title, gig_title):
        if "FR→EN" in text:
            return "fr-en"
        if "EN→FR" in text:
            return "en-fr"
    return "fr-en" if "FR↔EN" in gig_title and lang == "fr" else "en-fr"


def _pick(rng: random.Random, cum: list[float], items: list[Any]) -> Any:
    return items[bisect(cum, rng.random() * cum[-1])]


@dataclass
class _Client:
    index: int
    platform: str
    country: str
    lang: str
    culture: str
    currency: str
    city: str
    name: str
    handle: str
    email: str
    notes: str
    weight: float
    first_order: int | None = None
    company: bool = False  # a business client (B2B): its invoices carry its number


@dataclass
class _Gig:
    id: int
    spec: _GigSpec
    start: int
    end: int
    package_ids: tuple[int, ...]


# --- the generator ---------------------------------------------------------------------------


def generate(store: Store, *, orders: int, seed: int, as_of: datetime,
             status: str = "fr_micro") -> dict[str, int]:
    """Fill an empty store with a realistic demo business; return the row count per table.

    Deterministic: the same (orders, seed, as_of, status) gives the same rows. Nothing is
    dated after `as_of` except due dates. Refuses a store that already holds clients, gigs or
    orders.
    """
    if status not in STATUS_DEMOS:
        raise ValidationError("status", "The demo's status is fr_micro, ma_auto, qc_self or "
                              "other.")
    profile = STATUS_DEMOS[status]
    if isinstance(orders, bool) or not isinstance(orders, int) or orders < 0:
        raise ValidationError("orders", "The number of demo orders must be zero or more.")
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise ValidationError("as_of", "The demo's date needs a time zone.")
    # Its orders go back a bit more than two years and its due dates ahead: all of them must
    # be dates Atelier handles (storage.periods.check_datetime).
    try:
        check_datetime(as_of - timedelta(days=4 * 366), "as_of")
        check_datetime(as_of + timedelta(days=366), "as_of")
    except (ValidationError, OverflowError):
        raise ValidationError("as_of", "The demo's date must be between 1975 and 2198: its "
                              "orders go back a few years before it.") from None
    with store.write_connection() as conn:  # the emptiness check and the writes: one lock
        for table in ("orders", "clients", "gigs", "payments"):
            if conn.exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").scalar():
                raise ValidationError(
                    "store", "The demo fills an empty store only: this one already holds "
                    "orders or clients. Start a new store (atelier demo --replace)."
                )
        platforms = _prepare(conn, status)
        builder = _Builder(random.Random(seed), int(as_of.timestamp()), platforms, profile)
        builder.build(orders)
        builder.write(conn)
        _Workspace(conn, builder, status).write()
        _invoices(conn, as_of)
        if profile.get("declare_past"):
            _declare_past(conn, as_of)
        return {
            table: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()
            for table in ("platforms", "clients", "gigs", "gig_packages", "orders",
                          "order_events", "payments", "time_entries", "deliverables",
                          "deliverable_versions", "translation_projects",
                          "translation_segments", "translation_units", "glossary_terms",
                          "brainstorm_boards", "brainstorm_ideas", "expenses",
                          "exchange_rates", "opportunities", "plan_tasks")
        }


def _prepare(conn: Connection, status: str = "fr_micro") -> dict[str, Platform]:
    """Make sure the preset platforms exist, give ComeUp a fee, pin the demo's settings: home
    currency, time zone, the status and its options, the set-up done, the identity."""
    profile = STATUS_DEMOS[status]
    with Session(conn) as s:
        seed_defaults(s)
        s.flush()
    conn.exec_driver_sql(
        "UPDATE platforms SET fee_bp = ? WHERE name = 'ComeUp' AND fee_bp IS NULL",
        (COMEUP_FEE_BP,),
    )
    pinned = {"home_currency": profile["home_currency"], "timezone": profile["timezone"],
              "status": status, "setup_done": "yes", **profile["settings"], **identity(status)}
    for key, value in pinned.items():
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value),
        )
    out = {}
    rows = conn.exec_driver_sql(
        "SELECT id, name, fee_bp, fee_fixed_minor, tips_charged, clearance_days, "
        "default_currency FROM platforms"
    )
    for pid, name, fee_bp, fixed, tips, clearance, currency in rows:
        if name in PLATFORM_SHARE:
            out[name] = Platform(id=pid, name=name, fee_bp=fee_bp if fee_bp is not None else 0,
                                 fee_fixed_minor=fixed, tips_charged=bool(tips),
                                 clearance_days=clearance, default_currency=currency)
    # the set-up's "platforms used": the ones the demo sells on (the set-up run again on a
    # demo showed none ticked)
    conn.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES ('platforms_used', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (",".join(str(p.id) for p in sorted(out.values(), key=lambda p: p.id)),),
    )
    return out


def _declare_past(conn: Connection, as_of: datetime) -> None:
    """The status's declarations whose deadline has passed, marked done three days before it,
    as a careful person would: Today shows the next one, and the receipts book's past periods
    are locked (storage.obligations.mark_done; `declare_past` in statuses.json). Locking the
    French demo's eight past quarters adds about 5 s at 100,000 orders (one bulk insert each)."""
    from zoneinfo import ZoneInfo

    from storage import obligations, settings
    from storage import status as statuses

    with Session(bind=conn) as s:
        zone = ZoneInfo(settings.get(s, "timezone"))
        today = as_of.astimezone(zone).date()
        overview = statuses.overview(s, today, zone)
        for due in overview.declarations if overview is not None else ():
            if due.deadline < today and not due.done:
                day = due.deadline - timedelta(days=3)
                obligations.mark_done(s, due, datetime(day.year, day.month, day.day, 17,
                                                       tzinfo=UTC))
        s.flush()


def _invoices(conn: Connection, as_of: datetime) -> None:
    """A few documents on the Direct clients' orders, so that the Invoices page and Today's
    overdue card have something to show: a paid invoice (its payment linked), an overdue one,
    an invoice cancelled by a credit note and a draft quote on the order waiting for the
    client's requirements. They go through storage/invoicing/documents.py (numbering, the
    mention check, the snapshot), inside the demo's transaction, dated from the orders; an
    order whose document would lack a mention (a Moroccan seller's foreign company without an
    ICE) is passed over. A handful of rows: the ORM costs nothing here."""
    from zoneinfo import ZoneInfo

    from storage import settings
    from storage.invoicing import documents as docs
    from storage.invoicing.settlement import link_payment
    from storage.tables import Document, DocumentPayment, Order, OrderStatus, Payment

    with Session(bind=conn) as s:
        zone = ZoneInfo(settings.get(s, "timezone"))
        today = as_of.astimezone(zone).date()
        direct = s.scalar(select(Platform.id).where(Platform.name == "Direct"))
        done = list(s.scalars(select(Order).where(
            Order.platform_id == direct, Order.status == OrderStatus.COMPLETED,
            Order.completed_at >= as_of - timedelta(days=210))
            .order_by(Order.completed_at.desc(), Order.id)))

        def day_of(at: datetime) -> date:
            return at.replace(tzinfo=UTC).astimezone(zone).date() if at.tzinfo is None \
                else at.astimezone(zone).date()

        def moment(day: date, hour: int) -> datetime:
            return min(datetime(day.year, day.month, day.day, hour, tzinfo=zone), as_of)

        def payment_of(order: Order) -> Payment | None:
            return s.scalar(select(Payment).where(
                Payment.order_id == order.id, Payment.kind == "payout",
                Payment.currency == order.currency).order_by(Payment.received_at).limit(1))

        def draft_for(order: Order, kind: str, day: date) -> Document | None:
            doc = docs.create_draft(s, kind, today=day, order_id=order.id)
            doc.created_at = moment(day, 9)
            if docs.missing_mentions(s, doc.id, day):
                docs.delete_draft(s, doc.id)
                return None
            return doc

        with_payment = set(s.scalars(select(Payment.order_id).join(
            Order, Payment.order_id == Order.id).where(
            Order.platform_id == direct, Payment.kind == "payout")))
        used: set[int] = set()
        # (issue day, order, role, draft): issued in the order of their days, so that the
        # numbers follow the dates as the series must
        plans: list[tuple[date, Order, str, Document]] = []
        for role, lo, hi in (("paid", 20, 120), ("overdue", 38, 150), ("credited", 15, 200)):
            pool = [o for o in done if o.id not in used
                    and lo <= (today - day_of(o.completed_at)).days <= hi]  # type: ignore[arg-type]
            if role == "paid":
                pool = [o for o in pool if o.id in with_payment]
            elif role == "overdue":  # one the client has not paid yet, if there is one
                pool.sort(key=lambda o: o.id in with_payment)
            # A few tries each: a store whose every draft lacks a mention (a French seller
            # past the VAT franchise) tried all 859 of a 10,000-order demo, 20 s.
            for order in pool[:DOCUMENT_TRIES]:
                day = day_of(order.completed_at)  # type: ignore[arg-type]
                doc = draft_for(order, "invoice", day)
                if doc is not None:
                    plans.append((day, order, role, doc))
                    used.add(order.id)
                    break
        # every issue in the order of its day (a credit note two days after its invoice)
        events = [(day, 0, order, role, doc) for day, order, role, doc in plans]
        events += [(min(day + timedelta(days=2), today), 1, order, "credit", doc)
                   for day, order, role, doc in plans if role == "credited"]
        for day, _, order, role, doc in sorted(events, key=lambda e: (e[0], e[1], e[2].id)):
            if role == "credit":  # the client's details were wrong: cancelled, two days on
                note = docs.credit_note(s, doc.id, day)
                note.created_at = moment(day, 10)
                docs.issue_in(s, note.id, day, moment(day, 11))
                continue
            docs.issue_in(s, doc.id, day, moment(day, 17))
            payment = payment_of(order) if role == "paid" else None
            linked = payment is not None and s.scalar(select(DocumentPayment.id).where(
                DocumentPayment.document_id == doc.id,
                DocumentPayment.payment_id == payment.id)) is not None
            if payment is not None and payment.received_at <= as_of:
                if not linked:  # issuing links the payments received by its day
                    link_payment(s, doc.id, payment.id)
                for link in s.scalars(select(DocumentPayment).where(
                        DocumentPayment.document_id == doc.id)):
                    link.linked_at = payment.received_at
        waiting = s.scalar(select(Order).where(
            Order.platform_id == direct, Order.status == OrderStatus.AWAITING_REQUIREMENTS)
            .order_by(Order.received_at.desc(), Order.id).limit(1))
        if waiting is not None:
            draft_for(waiting, "quote", today)
        s.flush()


#: orders tried for each of the demo's documents before it goes without
DOCUMENT_TRIES = 30

_Path = list[tuple[int, str, str]]  # (UTC seconds, status reached, note)


@dataclass
class _Recent:
    order_id: int
    gig: _Gig
    lang: str
    status: str
    topic: str
    started: int
    delivered: int | None
    title: str = ""
    slots: dict[str, Any] | None = None


class _Builder:
    """Computes every row as plain tuples; `write` inserts them."""

    def __init__(self, rng: random.Random, now: int, platforms: dict[str, Platform],
                 profile: dict[str, Any] | None = None) -> None:
        self.profile = profile if profile is not None else STATUS_DEMOS["fr_micro"]
        self.home: str = self.profile["home_currency"]
        self.daily_rates: dict[str, dict[str, tuple[str, Decimal]]] = {}
        self.expense_rows: list[tuple[Any, ...]] = []
        self.rate_rows: list[tuple[Any, ...]] = []
        self.rng = rng
        self.now = now
        self.start = now - SPAN_DAYS * DAY
        self.platforms = platforms
        self.days = _Days()
        self.tod = _time_of_day()
        self.clients: list[_Client] = []
        self.gigs: list[_Gig] = []
        self.packages: dict[int, _Pkg] = {}
        self.rates: dict[str, dict[str, tuple[str, Decimal]]] = {}
        self.refs: set[str] = set()
        self.direct_refs: dict[str, int] = {}
        self.counters: dict[str, int] = {}
        self.recent: list[_Recent] = []
        self.latest: dict[tuple[str, str, str], _Recent] = {}
        self.gig_rows: list[tuple[Any, ...]] = []
        self.package_rows: list[tuple[Any, ...]] = []
        self.client_rows: list[tuple[Any, ...]] = []
        self.order_rows: list[list[Any]] = []
        self.event_rows: list[tuple[Any, ...]] = []
        self.payment_rows: list[list[Any]] = []
        self.time_rows: list[tuple[Any, ...]] = []
        self.deliverable_rows: list[tuple[Any, ...]] = []
        self.version_rows: list[tuple[Any, ...]] = []

    # time -------------------------------------------------------------------------------

    def ts(self, t: int) -> str:
        """The stored text of UTC second `t`, exactly as `models.db_time` writes it."""
        return self.days[t // DAY] + self.tod[t % DAY]

    def span(self, lo: float, hi: float) -> int:
        return int(lo + self.rng.random() * (hi - lo))

    def work_hours(self, t: int) -> int:
        """Move a time the freelancer acts at into their working day (about 7–22 h in France)."""
        sec = t % DAY
        if sec < 6 * HOUR:
            return t - sec + 6 * HOUR + int(self.rng.random() * 2 * HOUR)
        if sec >= 21 * HOUR:
            return t - sec + DAY + 7 * HOUR + int(self.rng.random() * 2 * HOUR)
        return t

    # building ---------------------------------------------------------------------------

    def build(self, n_orders: int) -> None:
        self._rates()
        self._gigs()
        self._clients(max(20, n_orders // 25))
        self._orders(n_orders)
        if "steady_client" in self.profile:
            self._steady_client(self.profile["steady_client"])
        self._expenses(self.profile.get("expenses", []))
        self._finish_clients()
        self._deliverables()
        self.payment_rows.sort(key=lambda row: row[6])  # stable: ties keep their order
        for i, row in enumerate(self.payment_rows, 1):
            row[0] = i

    def _rates(self) -> None:
        """Monthly rates (1 unit in EUR) around realistic levels, as decimal strings."""
        rng = self.rng
        levels = {"USD": (9200, 4, 60), "CAD": (6800, 4, 50), "MAD": (9200, 5, 60)}
        current = {cur: float(base) for cur, (base, _, _) in levels.items()}
        first = self.days[(self.start - 40 * DAY) // DAY][:7]
        y, m = int(first[:4]), int(first[5:7])
        last = self.days[self.now // DAY][:7]
        while True:
            key = f"{y:04d}-{m:02d}"
            month = {HOME: ("1", Decimal(1))}
            for cur, (base, places, sd) in levels.items():
                current[cur] = base + 0.75 * (current[cur] - base) + rng.gauss(0, sd)
                text = f"0.{round(current[cur]):0{places}d}"
                month[cur] = (text, Decimal(text))
            self.rates[key] = month
            if key >= last:
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if "rates" in self.profile:
            self._daily_rates(self.profile["rates"])

    def _daily_rates(self, levels: dict[str, list[Any]]) -> None:
        """Outside France: a rate per day (1 unit in the home currency), each currency a walk
        that keeps near its level (about 1 % either way), as decimal strings; also stored as
        the store's reference rates (exchange_rates, source "demo")."""
        rng = self.rng
        current = {cur: float(level) for cur, (level, _) in levels.items()}
        for day in range((self.start - 40 * DAY) // DAY, self.now // DAY + 1):
            rates = {self.home: ("1", Decimal(1))}
            for cur, (level, places) in levels.items():
                base = float(level)
                current[cur] = base + 0.97 * (current[cur] - base) + rng.gauss(0, base * 0.003)
                text = f"{current[cur]:.{places}f}"
                rates[cur] = (text, Decimal(text))
            self.daily_rates[self.days[day][:10]] = rates
            # the same rates as reference rates (units for 1 EUR), for the reports that
            # convert orders and expenses at the rate of their day
            per_eur = rates["EUR"][1] if "EUR" in rates else Decimal(1)
            for cur, (_, rate) in rates.items():
                if cur != "EUR":
                    self.rate_rows.append((len(self.rate_rows) + 1, self.days[day][:10], cur,
                                           f"{per_eur / rate:.6f}", "demo"))

    def _rate(self, text: str, currency: str) -> tuple[str, Decimal]:
        """The rate of `currency` in the home currency on the day of stored time `text`."""
        if self.daily_rates:
            return self.daily_rates[text[:10]][currency]
        return self.rates[text[:7]][currency]

    def _gigs(self) -> None:
        pkg_id = 0
        for gid, spec in enumerate(GIGS, 1):
            lo, hi = spec.window
            start = self.start + int(lo * SPAN_DAYS * DAY)
            end = self.start + int(hi * SPAN_DAYS * DAY) if hi < 1 else self.now + 1
            if lo:
                created = start - self.span(5 * DAY, 60 * DAY)
            else:
                created = self.start - self.span(30 * DAY, 400 * DAY)
            self.gig_rows.append((
                gid, spec.title, spec.category, self.platforms[spec.platform].id,
                spec.description, spec.status, spec.tags, spec.activity, self.ts(created),
            ))
            ids = []
            for p in spec.packages:
                pkg_id += 1
                ids.append(pkg_id)
                self.packages[pkg_id] = p
                self.package_rows.append((pkg_id, gid, p.tier, p.description, p.price * 100,
                                          spec.currency, p.days, p.revisions))
            self.gigs.append(_Gig(gid, spec, start, end, tuple(ids)))

    def _clients(self, count: int) -> None:
        rng = self.rng
        total = sum(PLATFORM_SHARE.values())
        names: set[str] = set()
        for platform, share in PLATFORM_SHARE.items():
            mix = COUNTRY_MIX[platform]
            cum = list(accumulate(w for *_, w in mix))
            for i in range(max(3, round(count * share / total))):
                # Direct: one client at least in France, Québec and Morocco (EUR, CAD, MAD).
                forced = platform == "Direct" and i < 3
                country, lang, culture, _ = mix[i] if forced else _pick(rng, cum, mix)
                client = self._client(platform, country, lang, culture, names)
                if forced:
                    client.weight = 4.0
                self.clients.append(client)

    def _client(self, platform: str, country: str, lang: str, culture: str,
                names: set[str]) -> _Client:
        rng = self.rng
        first = last = name = ""
        company = False
        for _ in range(8):
            first, last = rng.choice(FIRST[culture]), rng.choice(LAST[culture])
            company = rng.random() < 0.3
            if company:
                patterns, words = COMPANY[culture]
                name = rng.choice(patterns).format(w=rng.choice(words), l=last)
            else:
                name = f"{first} {last}"
            if name not in names:
                break
        names.add(name)
        handle = email = ""
        if platform in ("Fiverr", "ComeUp"):
            base = _slug(name, "") if company else f"{_slug(first, '')}_{_slug(last, '')[:1]}"
            handle = f"{base}{rng.randint(7, 99)}" if rng.random() < 0.7 else base
            if platform == "ComeUp":
                handle = handle.replace("_", ".")
        else:
            domain = "example.fr" if lang == "fr" else "example.com"
            if company:
                email = f"contact@{_slug(name)}.{domain}"
            else:
                email = f"{_slug(first)}.{_slug(last)}@{domain}"
        notes = rng.choice(CLIENT_NOTES[lang]) if rng.random() < 0.35 else ""
        if platform in ("Fiverr", "Upwork"):
            currency = "USD"
        elif platform == "Direct":
            currency = DIRECT_CURRENCY.get(country, "EUR")
        else:
            currency = "EUR"
        return _Client(
            index=len(self.clients), platform=platform, country=country, lang=lang,
            culture=culture, currency=currency, city=rng.choice(CITIES[country]), name=name,
            handle=handle, email=email, notes=notes,
            weight=min(rng.paretovariate(1.3), 25.0) * (2.0 if platform == "Direct" else 1.0),
            company=company,
        )

    def _received_times(self, n: int) -> list[int]:
        """Receipt times over the span: a growing business, quieter in August and weekends."""
        rng, days = self.rng, self.days
        span = self.now - self.start
        out: list[int] = []
        while len(out) < n:
            x = -1.0 + (1.0 + 3.0 * rng.random()) ** 0.5  # density grows from 1 to 2
            t = self.start + int(x * span)
            day = t // DAY
            keep = 0.55 if days[day][5:7] == "08" else 1.0
            if (day + 3) % 7 >= 5:  # Saturday, Sunday
                keep *= 0.7
            if keep >= 1.0 or rng.random() < keep:
                out.append(min(t, self.now))
        return out

    def _orders(self, n: int) -> None:
        rng = self.rng
        showcase = SHOWCASE[:n]
        plans: list[tuple[int, int, Any]] = [
            (t, k, None) for k, t in enumerate(self._received_times(n - len(showcase)))
        ]
        plans.extend(self._showcase_plan(spec, n + k) for k, spec in enumerate(showcase))
        plans.sort(key=lambda p: (p[0], p[1]))

        by_platform: dict[str, list[_Client]] = {}
        for c in self.clients:
            by_platform.setdefault(c.platform, []).append(c)
        client_cum = {p: list(accumulate(c.weight for c in cs)) for p, cs in by_platform.items()}
        plat_names = list(PLATFORM_SHARE)
        plat_cum = list(accumulate(PLATFORM_SHARE.values()))
        pools: dict[tuple[str, str], list[_Gig]] = {}
        for g in self.gigs:
            pools.setdefault((g.spec.platform, g.spec.currency), []).append(g)
        tier_cum = {k: list(accumulate(TIER_WEIGHTS[:k])) for k in (1, 2, 3)}
        self.counters = {"Upwork": 31_000_000 + rng.randrange(900_000),
                         "ComeUp": 4_100_000 + rng.randrange(90_000)}

        for oid, (r, _, fixed) in enumerate(plans, 1):
            if fixed is None:
                plat = _pick(rng, plat_cum, plat_names)
                client = _pick(rng, client_cum[plat], by_platform[plat])
                gig = self._choose_gig(pools[(plat, client.currency)], client, r)
                package_id = _pick(rng, tier_cum[len(gig.package_ids)], gig.package_ids)
                path, refund = self._lifecycle(r, self.packages[package_id].days, plat,
                                               client.lang)
                timer = False
            else:
                client, gig, package_id, path, timer = fixed
                refund = False
            self._order(oid, r, client, gig, package_id, path, refund, timer)

    def _choose_gig(self, pool: list[_Gig], client: _Client, t: int) -> _Gig:
        live = [g for g in pool if g.start <= t < g.end] or pool
        weights = list(accumulate(
            g.spec.weight * (2.5 if g.spec.lang == client.lang else 1.0)
            * (1.5 if g.spec.kind == "translation" else 1.0) for g in live
        ))
        return _pick(self.rng, weights, live)

    # one order's life -------------------------------------------------------------------

    def _lifecycle(self, r: int, days: int, platform: str, lang: str) -> tuple[_Path, bool]:
        """The order's whole planned history (cut at `now` later); True: partial refund."""
        rng, span, notes = self.rng, self.span, EVENT_NOTES[lang]
        due = r + days * DAY
        u = rng.random()
        if u < 0.03:  # requirements never came
            return [(r + span(2 * DAY, 10 * DAY), CA, notes["no_brief"])], False
        x = rng.random()
        if platform in ("Direct", "Malt"):
            t = r + span(2 * MINUTE, 4 * HOUR)
        elif x < 0.6:
            t = r + span(5 * MINUTE, 3 * HOUR)
        elif x < 0.93:
            t = r + span(3 * HOUR, 36 * HOUR)
        else:
            t = r + span(36 * HOUR, 5 * DAY)
        path: _Path = [(t, IP, "")]
        if u < 0.055:
            path.append((t + span(0.2 * days * DAY, (days + 1) * DAY), CA, notes["mutual"]))
            return path, False
        if u < 0.06:  # late, and the client opens a dispute before any delivery
            t = max(due, t) + span(HOUR, 3 * DAY)
            path.append((t, DI, notes["dispute"]))
            return self._resolve(path, t, notes)
        if rng.random() < 0.12 or t >= due:
            t = max(due, t) + span(HOUR, 40 * HOUR)
        else:
            t = t + span(0.35 * (due - t), 0.98 * (due - t))
        t = self.work_hours(t)
        path.append((t, DL, ""))
        revisions = 0
        while revisions < 3 and rng.random() < (0.18 if revisions == 0 else 0.3):
            revisions += 1
            t += span(2 * HOUR, 3 * DAY)
            path.append((t, RR, ""))
            t = self.work_hours(t + span(10 * MINUTE, 10 * HOUR))
            path.append((t, IP, ""))
            t = self.work_hours(t + span(3 * HOUR, 2 * DAY))
            path.append((t, DL, ""))
        y = rng.random()
        if y < 0.02:
            t += span(DAY, 4 * DAY)
            path.append((t, DI, notes["dispute"]))
            return self._resolve(path, t, notes)
        if y < 0.03:
            path.append((t + span(DAY, 5 * DAY), CA, notes["after_delivery"]))
        elif platform == "Fiverr" and rng.random() < 0.3:
            path.append((t + 3 * DAY, CO, notes["auto"]))
        elif platform == "Fiverr":
            path.append((t + span(HOUR, 3 * DAY - HOUR), CO, ""))
        else:
            path.append((t + span(2 * HOUR, 6 * DAY), CO, ""))
        return path, False

    def _resolve(self, path: _Path, t: int, notes: dict[str, str]) -> tuple[_Path, bool]:
        span = self.span
        t += span(2 * DAY, 12 * DAY)
        v = self.rng.random()
        if v < 0.5:
            path.append((t, CO, notes["resolved_refund"]))
            return path, True
        if v < 0.75:
            path.append((t, CA, notes["resolved_cancel"]))
            return path, False
        path.append((t, IP, notes["resolved_resume"]))
        t = self.work_hours(t + span(4 * HOUR, 3 * DAY))
        path.append((t, DL, ""))
        path.append((t + span(HOUR, 3 * DAY), CO, ""))
        return path, False

    def _external_ref(self, platform: str, r: int) -> str:
        rng = self.rng
        if platform in ("Fiverr", "Malt"):
            while True:
                if platform == "Fiverr":
                    ref = f"FO{rng.getrandbits(40):010X}"
                else:
                    ref = f"MLT-{rng.getrandbits(32):08x}"
                if ref not in self.refs:
                    self.refs.add(ref)
                    return ref
        if platform == "Direct":  # the freelancer's own quote numbers
            year = self.days[r // DAY][:4]
            seq = self.direct_refs.get(year, 0) + 1
            self.direct_refs[year] = seq
            return f"DEV-{year}-{seq:04d}"
        self.counters[platform] += 1 + rng.randrange(400 if platform == "Upwork" else 40)
        return f"{'' if platform == 'Upwork' else 'CU-'}{self.counters[platform]}"

    def _texts(self, gig: _Gig, tier: int, client: _Client
               ) -> tuple[str, str, dict[str, Any]]:
        """Title, brief and the words they were made of (topic, business, doc…), in the
        client's language."""
        rng, lang = self.rng, client.lang
        titles, requests, _ = KIND_TEXT[gig.spec.kind][lang]
        slots = {
            "topic": rng.choice(TOPICS[lang]), "business": rng.choice(BUSINESSES[lang]),
            "doc": rng.choice(DOCS[lang]), "city": client.city,
            "episode": rng.randint(3, 180),
            **{k: _number(rng.choice(v[tier]), lang) for k, v in SCALE.items()},
        }
        title = rng.choice(titles).format(**slots)
        title = title[0].upper() + title[1:]
        pool = CONSTRAINTS[lang]
        extras = rng.sample(pool[KIND_GROUP[gig.spec.kind]], 2) + rng.sample(pool["any"], 2)
        brief = " ".join(
            (rng.choice(INTROS[lang]), rng.choice(requests), extras.pop(rng.randrange(4)))
        ).format(**slots)
        while extras and len(brief) < 240:
            brief += " " + extras.pop()
        closing = rng.choice(CLOSINGS[lang])
        if len(brief) + len(closing) < 400:
            brief += "\n\n" + closing
        if lang == "fr":
            title, brief = _elide(title), _elide(brief)
        return title, brief, slots

    def _order(self, oid: int, r: int, client: _Client, gig: _Gig, package_id: int,
               path: _Path, refund: bool, timer: bool, fixed_price: int | None = None) -> None:
        """One order and its history; its payments unless `fixed_price` (minor units) is
        given: then the caller records them."""
        rng, now, ts = self.rng, self.now, self.ts
        spec, pkg = gig.spec, self.packages[package_id]
        platform = self.platforms[spec.platform]
        if client.first_order is None:
            client.first_order = r
        if fixed_price is None:
            price = pkg.price
            if rng.random() < 0.15:  # extras: more words, express delivery…
                price = price * rng.choice((12, 13, 15, 20)) // 10
            if spec.currency == "MAD":
                price = price // 10 * 10
            price_minor = price * 100
        else:
            price_minor = fixed_price
        title, brief, slots = self._texts(gig, gig.package_ids.index(package_id), client)
        notes = rng.choice(ORDER_NOTES[client.lang]) if rng.random() < 0.08 else ""
        ref = self._external_ref(spec.platform, r)

        # Walk the planned path up to `now`, as storage.orders.transition would.
        events = self.event_rows
        events.append((len(events) + 1, oid, ts(r), "created", None, AR, None, None, None, ""))
        status, last = AR, r
        delivered = completed = cancelled = started = first_delivery = stopped = None
        rework_from: int | None = None
        rework_to: int | None = None
        revisions = 0
        for t, to, note in path:
            if t > now:
                break
            events.append((len(events) + 1, oid, ts(t), "status", status, to, None, None, None,
                           note))
            if to == DL:
                if first_delivery is None:
                    first_delivery = t
                elif rework_from is not None and rework_to is None:
                    rework_to = t
                delivered = t
            elif to == IP:
                if started is None:
                    started = t
                elif rework_from is None:
                    rework_from = t
            elif to == RR:
                revisions += 1
            elif to == CO:
                completed = t
            elif to == CA:
                cancelled = t
            if stopped is None and first_delivery is None and to in (CA, DI):
                stopped = t
            status, last = to, t
        self.order_rows.append([
            oid, gig.id, package_id, client.index, platform.id, ref, title, brief, price_minor,
            spec.currency, status, spec.activity, ts(r), ts(r + pkg.days * DAY),
            None if delivered is None else ts(delivered),
            None if completed is None else ts(completed),
            None if cancelled is None else ts(cancelled),
            revisions, notes, ts(last),
        ])

        if started is not None:
            k = rng.randint(1, 3)
            end = first_delivery or stopped or now
            if timer:  # the freelancer is working on it right now
                k = min(k, 2)
                running = now - RUNNING_TIMER_MINUTES * MINUTE
                end = max(started, running - 10 * MINUTE)
                self.time_rows.append((len(self.time_rows) + 1, oid, ts(running), None,
                                       KIND_TEXT[spec.kind][client.lang][2][-1]))
            if rework_from is not None:
                self._time_entries(oid, started, end, spec.kind, client.lang, max(1, k - 1))
                self._time_entries(oid, rework_from, rework_to or now, spec.kind, client.lang,
                                   1)
            else:
                self._time_entries(oid, started, end, spec.kind, client.lang, k)
            if r >= now - 45 * DAY and spec.kind == "logo":
                self.recent.append(_Recent(oid, gig, client.lang, status, slots["topic"],
                                           started, delivered))
            if spec.kind in WORKSPACE_KINDS and status in (IP, DL, RR, CO):
                # The latest order of each kind, language and subject: where the demo's
                # drafts, translation projects and boards go (orders come in time order).
                key = slots[WORKSPACE_KINDS[spec.kind]]
                if spec.kind == "translation":
                    key += "|" + _direction(spec.title, title, client.lang)
                self.latest[(spec.kind, client.lang, key)] = _Recent(
                    oid, gig, client.lang, status, slots["topic"], started, delivered,
                    title, slots)
        if completed is not None and fixed_price is None:
            self._payments(oid, platform, spec.currency, price_minor, completed, refund,
                           client.lang)

    def _time_entries(self, oid: int, lo: int, hi: int, kind: str, lang: str, k: int) -> None:
        """k work sessions of 20 min–4 h spread over [lo, hi], never overlapping."""
        rng, ts = self.rng, self.ts
        notes = KIND_TEXT[kind][lang][2]
        width = (hi - lo) // k
        for i in range(k):
            dur = min(self.span(20 * MINUTE, 4 * HOUR), int(width * 0.9))
            slot = lo + i * width
            begin = slot + int(rng.random() * (width - dur))
            if not 6 * HOUR <= begin % DAY < 21 * HOUR:  # night: move to daytime if it fits
                for shift in (12 * HOUR, -12 * HOUR):
                    if slot <= begin + shift <= slot + width - dur:
                        begin += shift
                        break
            self.time_rows.append((len(self.time_rows) + 1, oid, ts(begin), ts(begin + dur),
                                   notes[min(i, len(notes) - 1)]))

    def _payments(self, oid: int, platform: Platform, currency: str, price: int,
                  completed: int, refund: bool, lang: str) -> None:
        rng, now, span = self.rng, self.now, self.span
        extra = 10 * DAY if platform.name == "Direct" else 3 * DAY
        paid = completed + platform.clearance_days * DAY + span(HOUR, extra)
        tip = 0
        if platform.name == "Fiverr" and rng.random() < 0.10:
            tip = rng.choice((5, 5, 10, 10, 10, 15, 20, 25, 50)) * 100
        elif platform.name == "Upwork" and rng.random() < 0.03:
            tip = rng.choice((20, 25, 50, 100)) * 100  # a bonus
        if paid > now:
            return  # completed, still clearing
        fr = lang == "fr"
        fee = platform_fee(platform, price)
        note = ("Virement bancaire" if fr else "Bank transfer") if platform.name == "Direct" else ""
        self._payment(oid, "payout", price - fee, fee, currency, paid, note)
        if tip:
            tfee = tip_fee(platform, tip)
            self._payment(oid, "tip", tip - tfee, tfee, currency, paid + span(0, HOUR), "")
        if refund:  # a dispute settled with a partial refund
            at = paid + span(HOUR, 2 * DAY)
            if at <= now:
                gross = max(100, price * rng.choice((2, 3, 4, 5)) // 1000 * 100)
                rfee = platform_fee(platform, gross)
                self._payment(oid, "refund", -(gross - rfee), -rfee, currency, at,
                              "Remboursement partiel après litige" if fr
                              else "Partial refund after a dispute")
        if rng.random() < 0.004:
            at = paid + span(DAY, 10 * DAY)
            if at <= now:
                self._payment(oid, "adjustment", rng.choice((-3, -2, -1, 1, 2, 4)) * 100, 0,
                              currency, at, "Écart de change du prestataire de paiement" if fr
                              else "Payment provider exchange difference")

    def _payment(self, oid: int | None, kind: str, amount: int, fee: int, currency: str,
                 t: int, note: str) -> None:
        text = self.ts(t)
        rate_text, rate = self._rate(text, currency)
        home = self.home
        self.payment_rows.append([
            0, oid, kind, amount, fee, currency, text, home,
            convert(amount, currency, home, rate), convert(fee, currency, home, rate),
            rate_text, note,
        ])

    def _showcase_plan(self, spec: _Showcase, key: int) -> tuple[int, int, Any]:
        """A hand-placed recent order that ends up in `status` at `now`."""
        rng, now = self.rng, self.now
        platform, _status, due_in, steps = spec
        ago = [int(h * HOUR) for _, h in steps]
        needed = max(ago, default=0) + HOUR
        choices = sorted(
            (self.packages[pid].days, g.id, pid)
            for g in self.gigs if g.spec.status == "active" and g.spec.platform == platform
            for pid in g.package_ids
            if due_in is None or self.packages[pid].days * DAY >= due_in * HOUR + needed
        )
        days, gid, pid = choices[rng.randrange(min(4, len(choices)))]
        gig = self.gigs[gid - 1]
        if due_in is None:
            r = now - needed - self.span(HOUR, 6 * HOUR)
        else:
            r = now + int(due_in * HOUR) - days * DAY - self.span(0, 40 * MINUTE)
        client = rng.choice([c for c in self.clients
                             if c.platform == platform and c.currency == gig.spec.currency])
        notes = EVENT_NOTES[client.lang]
        note = {DI: notes["dispute"], CA: notes["mutual"]}
        path = [(now - a - self.span(0, 40 * MINUTE), st, note.get(st, ""))
                for (st, _), a in zip(steps, ago, strict=True)]
        return r, key, (client, gig, pid, path, spec is SHOWCASE[0])

    # the status's steady client and expenses -----------------------------------------------

    def _steady_client(self, spec: dict[str, Any]) -> None:
        """A Direct client with an order a month, paid by bank transfer, whose payments bring
        the status's meter close to its limit: this year's total from one client (Morocco's
        single-client rule, `year_targets`) or each quarter's turnover, with the other clients'
        payments (Québec's small-supplier threshold over four quarters, `quarter_target`)."""
        client = _Client(index=len(self.clients), platform="Direct", country=spec["country"],
                         lang=spec["lang"], culture=spec["culture"], currency=spec["currency"],
                         city=spec["city"], name=spec["name"], handle="", email=spec["email"],
                         notes=spec["notes"], weight=0.0,
                         company=bool(spec.get("business")))
        self.clients.append(client)
        gig = next(g for g in self.gigs if g.spec.platform == "Direct"
                   and g.spec.currency == client.currency and g.spec.kind == spec["gig_kind"])
        package_id = gig.package_ids[-1]
        days, span = self.packages[package_id].days, self.span
        y, m = int(self.days[self.now // DAY][:4]), int(self.days[self.now // DAY][5:7])
        # From January last year (Morocco), from five quarters before this one (Québec).
        back = m - 1 + 12 if "year_targets" in spec else (m - 1) % 3 + 15
        plans: list[tuple[int, _Path, int]] = []
        for k in range(back, -1, -1):
            yy, mm = divmod(y * 12 + m - 1 - k, 12)
            first = int(datetime(yy, mm + 1, 1, tzinfo=UTC).timestamp())
            r = first + span(DAY, 3 * DAY) + 8 * HOUR + span(0, 3 * HOUR)
            if r > self.now:
                continue
            started = r + span(HOUR, 4 * HOUR)
            delivered = self.work_hours(r + int(0.8 * days * DAY))
            completed = delivered + span(2 * HOUR, 20 * HOUR)
            plans.append((r, [(started, IP, ""), (delivered, DL, ""), (completed, CO, "")],
                          completed + span(DAY, 4 * DAY)))
        paid = [p for _, _, p in plans if p <= self.now]
        if "year_targets" in spec:
            this_year = self.days[self.now // DAY][:4]
            goal = {this_year: spec["year_targets"]["this_year"] * 100,
                    str(y - 1): spec["year_targets"]["last_year"] * 100}
            key = self._year_of
        else:
            goal = self._quarter_goals(spec["quarter_target"] * 100)
            key = self._quarter_of
        count: dict[str, int] = {}
        for t in paid:
            count[key(t)] = count.get(key(t), 0) + 1
        price = 0
        note = "Virement bancaire" if client.lang == "fr" else "Bank transfer"
        for r, path, at in plans:
            if at <= self.now:
                home_minor = max(15_000, goal.get(key(at), 0) // count[key(at)])
                _, rate = self._rate(self.ts(at), client.currency)
                price = max(100, int((Decimal(home_minor) / rate / 100).to_integral_value()) * 100)
            oid = len(self.order_rows) + 1
            self._order(oid, r, client, gig, package_id, path, False, False,
                        fixed_price=price or gig.spec.packages[-1].price * 100)
            if at <= self.now:
                self._payment(oid, "payout", price, 0, client.currency, at, note)

    def _year_of(self, t: int) -> str:
        return self.days[t // DAY][:4]

    def _quarter_of(self, t: int) -> str:
        day = self.days[t // DAY]
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"

    def _quarter_goals(self, per_quarter: int) -> dict[str, int]:
        """What the steady client pays in each of the last six quarters: `per_quarter` less
        the other clients' payments (gross, in the home currency); the quarter under way gets
        it from the payments made so far, so the four quarters before today and the four
        ending today both sit near four times `per_quarter`."""
        rest: dict[str, int] = {}
        for row in self.payment_rows:
            t = int(datetime.fromisoformat(row[6][:19]).replace(tzinfo=UTC).timestamp())
            rest[self._quarter_of(t)] = rest.get(self._quarter_of(t), 0) + row[8] + row[9]
        day = self.days[self.now // DAY]
        y, q = int(day[:4]), (int(day[5:7]) - 1) // 3
        goals: dict[str, int] = {}
        for k in range(6):
            yy, qq = divmod(y * 4 + q - k, 4)
            key = f"{yy}-Q{qq + 1}"
            goals[key] = max(0, per_quarter - rest.get(key, 0))
        return goals

    def _expenses(self, specs: list[dict[str, Any]]) -> None:
        """The expenses the person typed (the Québec T2125 / TP-80 summary deducts them):
        monthly ones over the last fifteen months, yearly ones, one-offs; in the home
        currency, none after today."""
        today = self.days[self.now // DAY][:10]
        y, m = int(today[:4]), int(today[5:7])
        found: list[tuple[str, int, str, str]] = []
        for spec in specs:
            amount = int(Decimal(spec["amount"]) * 100)
            if spec["every"] == "month":
                dates = [f"{yy:04d}-{mm + 1:02d}-{spec['day']:02d}"
                         for yy, mm in (divmod(y * 12 + m - 1 - k, 12) for k in range(15))]
            elif spec["every"] == "year":
                dates = [f"{yy:04d}-{spec['month']:02d}-{spec['day']:02d}" for yy in (y - 1, y)]
            else:
                dates = [self.days[self.now // DAY - spec["days_ago"]][:10]]
            found.extend((d, amount, spec["category"], spec["description"])
                         for d in dates if d <= today)
        for i, (d, amount, category, description) in enumerate(sorted(found), 1):
            created = int(datetime.fromisoformat(d).replace(tzinfo=UTC).timestamp()) + 19 * HOUR
            self.expense_rows.append((i, d, amount, self.home, category, description,
                                      self.ts(min(created, self.now))))

    # finishing ------------------------------------------------------------------------------

    def _finish_clients(self) -> None:
        """Date each client just before their first order; number them in that order."""
        created: dict[int, int] = {}
        for c in self.clients:
            if c.first_order is not None:
                created[c.index] = c.first_order - self.span(0, 3 * DAY)
            else:  # a contact who has not ordered (yet)
                created[c.index] = self.span(self.start, self.now)
        ordered = sorted(self.clients, key=lambda c: (created[c.index], c.index))
        new_id = {c.index: i for i, c in enumerate(ordered, 1)}
        self.client_rows = [
            (new_id[c.index], c.name, c.handle, self.platforms[c.platform].id, c.country,
             c.lang, c.email, c.notes, self.ts(created[c.index]),
             *postal_identity(c.name, c.country, c.city, c.lang, c.company), int(c.company))
            for c in ordered
        ]
        for row in self.order_rows:
            row[3] = new_id[row[3]]

    def _deliverables(self) -> None:
        """Logo files on the latest logo orders: the model's ideas, then the person's file."""
        ts, span = self.ts, self.span
        for rec in sorted(self.recent, key=lambda e: e.order_id)[-3:]:
            did = len(self.deliverable_rows) + 1
            limit = min(self.now, rec.delivered if rec.delivered is not None else self.now)
            created = min(limit, rec.started + span(10 * MINUTE, 2 * HOUR))
            v1 = min(limit, created + span(MINUTE, 5 * MINUTE))
            v2 = min(limit, v1 + span(HOUR, 5 * HOUR))
            shown = ts(rec.delivered) if rec.status in (DL, RR, CO) and rec.delivered else None
            fr = rec.lang == "fr"
            title = "Logo — pistes créatives" if fr else "Logo — concepts"
            ideas = ("1. Monogramme dans un cercle\n2. Icône au trait\n3. Logotype seul, "
                     "typographie arrondie") if fr else (
                "1. Monogram in a circle\n2. Line icon\n3. Wordmark in a rounded typeface")
            first = ("ai", MODELS["brainstorm"], ideas, None, "Brainstorm")
            second = ("human", None, None, f"livrables/{rec.order_id}/logo-v2.svg",
                      "Retravaillé et vectorisé." if fr else "Reworked and vectorised.")
            self.deliverable_rows.append((did, rec.order_id, "file", title, ts(created), shown))
            for at, version in ((v1, first), (v2, second)):
                self.version_rows.append((len(self.version_rows) + 1, did, ts(at), *version))

    # writing --------------------------------------------------------------------------------

    def write(self, conn: Connection) -> None:
        tables = [
            ("gigs", "id, title, category, platform_id, description, status, tags, activity, "
             "created_at", self.gig_rows),
            ("gig_packages", "id, gig_id, tier, description, price_minor, currency, "
             "delivery_days, revisions_included", self.package_rows),
            ("clients", "id, name, handle, platform_id, country, language, email, notes, "
             "created_at, address, company_number, vat_number, is_business", self.client_rows),
            ("orders", "id, gig_id, package_id, client_id, platform_id, external_ref, title, "
             "brief, price_minor, currency, status, activity, received_at, due_at, "
             "delivered_at, completed_at, cancelled_at, revisions_used, notes, updated_at",
             self.order_rows),
            ("order_events", "id, order_id, at, kind, from_status, to_status, field, "
             "old_value, new_value, note", self.event_rows),
            ("payments", "id, order_id, kind, amount_minor, fee_minor, currency, received_at, "
             "home_currency, home_amount_minor, home_fee_minor, rate, note", self.payment_rows),
            ("time_entries", "id, order_id, started_at, ended_at, note", self.time_rows),
            ("deliverables", "id, order_id, kind, title, created_at, delivered_at",
             self.deliverable_rows),
            ("deliverable_versions", "id, deliverable_id, created_at, origin, model_id, text, "
             "file_path, note", self.version_rows),
            ("expenses", "id, spent_on, amount_minor, currency, category, description, "
             "created_at", self.expense_rows),
            ("exchange_rates", "id, day, currency, per_eur, source", self.rate_rows),
        ]
        # Multi-row INSERTs, not executemany: each statement is one FTS5 flush for the
        # orders_fts trigger (per-row statements made inserting orders about 7x slower).
        limit = conn.connection.driver_connection.getlimit(
            sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER
        )
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size = {CACHE_KIB}")
        try:
            for table, columns, rows in tables:
                width = columns.count(",") + 1
                per = max(1, min(ROWS_PER_INSERT, limit // width))
                one = "(" + ", ".join("?" * width) + ")"
                head = f"INSERT INTO {table} ({columns}) VALUES "
                full = head + ", ".join([one] * per)
                for i in range(0, len(rows), per):
                    chunk = rows[i:i + per]
                    sql = full if len(chunk) == per else head + ", ".join([one] * len(chunk))
                    conn.exec_driver_sql(sql, tuple(chain.from_iterable(chunk)))
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


# --- the work beside the orders --------------------------------------------------------------


def _at(t: int) -> datetime:
    return datetime.fromtimestamp(t, UTC)


def _key(text: str) -> str:
    return " ".join(text.split())


class _Workspace:
    """Drafts, translation projects and brainstorm boards on the latest orders they fit,
    written through the storage functions the app and the CLI use (their rules, their checks)
    inside the demo's transaction. A handful of rows: the ORM costs nothing here."""

    def __init__(self, conn: Connection, builder: _Builder, status: str = "fr_micro") -> None:
        self.conn = conn
        self.status = status
        self.b = builder
        self.rng = builder.rng
        self.now = builder.now

    def session(self) -> Session:
        """A session that joins the demo's transaction (its commit is the demo's)."""
        return Session(bind=self.conn)

    def latest(self, kind: str, lang: str, count: int,
               keep: Any = lambda key: True) -> list[_Recent]:
        recs = [rec for (k, lg, key), rec in self.b.latest.items()
                if k == kind and lg == lang and keep(key)]
        return sorted(recs, key=lambda r: r.order_id)[-count:]

    def times(self, rec: _Recent | None, steps: int) -> list[int]:
        """`steps` increasing moments of work on the order: after it started, before it was
        delivered, never after `now`."""
        if rec is None:
            start, limit = self.now - 3 * DAY, self.now
        else:
            start = rec.started
            limit = min(self.now, rec.delivered if rec.delivered is not None else self.now)
        t, out = start, []
        for _ in range(steps):
            t = min(limit, t + self.b.span(5 * MINUTE, 50 * MINUTE))
            out.append(t)
        return out

    def write(self) -> None:
        with self.session() as s:
            self._drafts(s)
            self._boards(s)
            planned = self._projects(s)
            s.flush()
        for project_id, spec, at in planned:
            self._pretranslate(project_id, spec, at)
        with self.session() as s:
            for project_id, spec, at in planned:
                self._review(s, project_id, spec, at)
            s.flush()
        with self.session() as s:  # last: the rows above stay those of earlier demos
            self._inbox(s)
            self._plans(s)
            s.flush()

    # drafts -------------------------------------------------------------------------------

    def _drafts(self, s: Session) -> None:
        from storage import drafts
        from storage.provenance import Authorship

        for kind, spec in DRAFT_SPECS.items():
            for lang in ("en", "fr"):
                words = spec[lang]
                products = words.get("products", {})
                keep = (lambda key, p=products: key in p) if products else (lambda key: True)
                for rec in self.latest(kind, lang, spec["per_language"], keep):
                    slots = rec.slots or {}
                    product = products.get(slots.get("business"), {})
                    fill = {"topic": rec.topic, "Topic": rec.topic[:1].upper() + rec.topic[1:],
                            "product": product.get("product", "")}
                    model_text = product.get("model", words.get("model", "")).format(**fill)
                    person_text = product.get("person", words.get("person", "")).format(**fill)
                    created, generated, saved = self.times(rec, 3)
                    draft = drafts.create_draft(s, words["title"].format(**fill)[:300],
                                                order_id=rec.order_id, now=_at(created))
                    drafts.record_model_version(s, draft.id, model_text, MODELS["writing"],
                                                note=f"template {spec['template']}",
                                                now=_at(generated))
                    drafts.record_save(s, draft.id, person_text, note=words["note"],
                                       now=_at(saved),
                                       authorship=Authorship.from_diff(model_text, person_text))
                    if rec.status in (DL, RR, CO) and rec.delivered is not None:
                        draft.delivered_at = _at(rec.delivered)

    # brainstorm boards ----------------------------------------------------------------------

    def _boards(self, s: Session) -> None:
        from storage import brainstorm

        for lang, spec in BOARD_SPECS.items():
            for rec in self.latest("logo", lang, 1):
                business = (rec.slots or {}).get("business", "")
                ideas = [{k: (v.format(business=business) if isinstance(v, str) else v)
                          for k, v in idea.items()} for idea in spec["ideas"]]
                opened, asked, pinned, noted = self.times(rec, 4)
                brief = brainstorm.order_brief(s, rec.order_id)
                assert brief is not None
                board = brainstorm.create_board(
                    s, brief.brief, order_id=rec.order_id, audience=spec["audience"],
                    style=spec["style"], constraints=spec["constraints"], now=_at(opened))
                seed = self.rng.randrange(1, 10_000)
                answer = json.dumps({"ideas": ideas}, ensure_ascii=False)
                rnd = brainstorm.add_round(
                    s, board.id, model=MODELS["brainstorm"], temperature=0.9, seed=seed,
                    requested=len(ideas),
                    raw_output=json.dumps([{"purpose": "ideas", "seed": seed, "text": answer}],
                                          ensure_ascii=False), now=_at(asked))
                ids = [brainstorm.add_idea(s, board.id, idea, round_id=rnd.id,
                                           now=_at(asked)).id for idea in ideas]
                brainstorm.set_pinned(s, ids[0], True, now=_at(pinned))
                brainstorm.set_notes(s, ids[0], spec["notes"], now=_at(noted))
                brainstorm.set_pinned(s, ids[2], True, now=_at(noted))

    # translation projects -------------------------------------------------------------------

    def _projects(self, s: Session) -> list[tuple[int, dict[str, Any], list[int]]]:
        """Each project with its file, and the pair's memory and glossary; returns (project,
        its spec, the moments of its work)."""
        from storage.translation import glossary, memory
        from storage.translation import projects as tp

        planned = []
        for spec in PROJECT_SPECS:
            src, tgt = spec["source"], spec["target"]
            wanted = f"{spec['doc']}|{src}-{tgt}"
            found = self.latest("translation", spec["client_language"], 1,
                                lambda key, w=wanted: key == w)
            rec = found[0] if found else None
            times = self.times(rec, 4 + len(spec["confirmed"]) + len(spec["edited"]))
            earlier = _at(times[0] - self.b.span(60 * DAY, 300 * DAY))
            for source, target in spec["memory"]:  # from an earlier job's TMX
                memory.add_unit(s, src, tgt, source, target, origin=f"tmx:{spec['tmx']}",
                                now=earlier)
            for source, target, required, note in spec["glossary"]:
                if not any(term.source_term == source for term in
                           glossary.list_terms(s, src, tgt)):
                    glossary.add_term(s, src, tgt, source, target, note=note,
                                      required=required, now=earlier)
            project = tp.create_project(s, spec["name"], src, tgt,
                                        order_id=rec.order_id if rec else None,
                                        now=_at(times[0]))
            tp.import_bytes(s, project.id, spec["text"].encode(), spec["file"],
                            now=_at(times[1]))
            planned.append((project.id, spec, times[2:]))
        return planned

    def _pretranslate(self, project_id: int, spec: dict[str, Any], times: list[int]) -> None:
        from storage.translation.pretranslate import pretranslate

        machine = {_key(k): v for k, v in spec["machine"].items()}

        def translate(texts: list[str]) -> list[str]:
            return [machine.get(_key(text), "") for text in texts]

        at = _at(times[0])
        pretranslate(self.session, project_id, translate, now=lambda: at)

    def _review(self, s: Session, project_id: int, spec: dict[str, Any],
                times: list[int]) -> None:
        """The person's work after pre-translation: confirmed and edited segments."""
        from storage.translation import projects as tp

        confirmed = {_key(k): v for k, v in spec["confirmed"].items()}
        edited = {_key(k): v for k, v in spec["edited"].items()}
        moments = iter(times[1:])
        for seg in tp.segments(s, project_id):
            key = _key(seg.source)
            if key in confirmed:
                tp.confirm(s, seg.id, confirmed[key], now=_at(next(moments)))
            elif key in edited:
                tp.set_target(s, seg.id, edited[key], now=_at(next(moments)))

    # the inbox ------------------------------------------------------------------------------

    def _gig_named(self, title: str) -> _Gig | None:
        return next((g for g in self.b.gigs if g.spec.title == title), None)

    def _inbox(self, s: Session) -> None:
        """Buyer requests in every status: new ones (two with red flags, one asking to pay
        outside Fiverr), proposals sent with the model's proposal kept as their draft, won ones
        linked to the latest order of their gig, lost ones with their reason, so the Inbox
        and Income's win rates have something to show."""
        from storage import drafts, opportunities, proposals
        from storage.provenance import Authorship
        from storage.tables import Client, GigPackage, OpportunityStatus, Order

        used: set[int] = set()
        for spec in OPPORTUNITY_SPECS:
            platform = self.b.platforms.get(spec["platform"])
            gig = self._gig_named(spec.get("gig", ""))
            if spec["status"] == "won":
                order = None if gig is None else s.scalars(
                    select(Order).where(Order.gig_id == gig.id, Order.id.not_in(used))
                    .order_by(Order.received_at.desc(), Order.id.desc()).limit(1)).first()
                if order is None:
                    continue
                used.add(order.id)
                received = int(order.received_at.timestamp())
                asked = received - self.b.span(6 * HOUR, 30 * HOUR)
                opportunity = opportunities.add(s, spec["text"], platform_id=order.platform_id,
                                                client_name="", now=_at(asked))
                client = s.get(Client, order.client_id)
                opportunity.status = OpportunityStatus.WON
                opportunity.order_id, opportunity.gig_id = order.id, order.gig_id
                opportunity.package_id = order.package_id
                opportunity.client_name = client.name if client is not None else ""
                opportunity.updated_at = _at(received)
                s.flush()
                continue
            asked = self.b.work_hours(self.now - int(spec["days_ago"] * DAY))
            opportunity = opportunities.add(
                s, spec["text"], platform_id=platform.id if platform is not None else None,
                client_name=spec["client"], now=_at(asked))
            if spec["status"] == "proposal_sent" and gig is not None:
                package = s.scalars(select(GigPackage).where(
                    GigPackage.gig_id == gig.id, GigPackage.tier == spec["tier"])).first()
                opportunity.gig_id = gig.id
                opportunity.package_id = package.id if package is not None else None
                written, sent = sorted(self.b.span(20 * MINUTE, 3 * HOUR) for _ in range(2))
                kept = proposals.keep_proposal(s, opportunity.id, spec["proposal"],
                                               MODELS["writing"], lang=opportunity.language,
                                               now=_at(asked + written))
                edited, name = spec["proposal"], identity(self.status)["legal_name"]
                for before, after in spec.get("edits", []):  # signed with their first name
                    edited = edited.replace(before, after.format(first_name=name.split()[0]))
                drafts.record_save(s, kept.draft_id, edited, now=_at(asked + sent),
                                   authorship=Authorship.from_diff(spec["proposal"], edited))
                opportunities.mark_proposal_sent(s, opportunity.id, kept.draft_id,
                                                 now=_at(asked + sent + HOUR))
            elif spec["status"] == "lost":
                opportunity.gig_id = gig.id if gig is not None else None
                opportunities.lose(s, opportunity.id, spec["reason"],
                                   now=_at(asked + self.b.span(DAY, 4 * DAY)))

    # order plans ----------------------------------------------------------------------------

    def _plans(self, s: Session) -> None:
        """Plans on a few open orders: the open order due soonest whose plan, estimated from
        its gig's past orders, needs more working time than is left (the panel warns it will
        be late; one task ticked off), and the two latest open orders on track with their first
        tasks ticked off. Estimates come from history as a drafted plan's would."""
        from storage import plans
        from storage.tables import Client, Order, OrderStatus, Origin

        kinds = {g.id: g.spec.kind for g in self.b.gigs}
        now = _at(self.now)
        rows = s.execute(
            select(Order.id, Order.gig_id, Order.due_at, Client.language)
            .join(Client, Client.id == Order.client_id)
            .where(Order.status == OrderStatus.IN_PROGRESS.value, Order.due_at > now)
            .order_by(Order.due_at, Order.id)).all()
        open_orders = [(oid, kinds.get(gig_id or 0, ""), due, lang) for oid, gig_id, due, lang
                       in rows if kinds.get(gig_id or 0, "") in PLAN_TASKS]
        hours = plans.work_hours_per_day(s)

        def drafted(oid: int, kind: str, lang: str) -> tuple[list[plans.TaskDraft], str]:
            words = PLAN_TASKS[kind]
            drafts = [plans.TaskDraft(title, minutes)
                      for title, minutes in words.get(lang, words["en"])]
            order = s.get(Order, oid)
            assert order is not None
            estimates, source = plans.estimate_from_history(s, order, drafts)
            return [plans.TaskDraft(d.title, max(m, 5)) for d, m in
                    zip(drafts, estimates, strict=True)], source

        # (order, the model's tasks, their source, the person's tasks, how many done)
        chosen: list[tuple[int, list[plans.TaskDraft], str, list[list[Any]], int]] = []
        for oid, kind, due, lang in open_orders:
            tasks, source = drafted(oid, kind, lang)
            words = PLAN_EXTRAS.get(kind, {})
            extras = words.get(lang, words.get("en", []))
            left = plans.working_minutes_left(now, due, hours)
            remaining = sum(t.estimate_minutes for t in tasks[1:]) + sum(m for _, m in extras)
            if remaining > left:  # late even with its first task done
                chosen.append((oid, tasks, source, extras, 1))
                break
        else:  # no order due soon enough: the buyer of the first one added more work
            for oid, kind, due, lang in open_orders[:1]:
                tasks, source = drafted(oid, kind, lang)
                words = PLAN_EXTRAS.get(kind, {})
                (title, minutes), = words.get(lang, words.get("en", []))[:1]
                short = plans.working_minutes_left(now, due, hours) + 30 \
                    - sum(t.estimate_minutes for t in tasks[1:])
                minutes = min(max(minutes, -(-short // 30) * 30), plans.ESTIMATE_MAX)
                chosen.append((oid, tasks, source, [[title, minutes]], 1))
        for oid, kind, _due, lang in sorted(open_orders, key=lambda o: -o[0]):
            if len(chosen) >= 3:
                break
            if all(oid != c[0] for c in chosen):
                tasks, source = drafted(oid, kind, lang)
                chosen.append((oid, tasks, source, [], 2 if len(chosen) % 2 else 1))
        for oid, tasks, source, extras, done in chosen:
            made = plans.replace_plan(s, oid, tasks, Origin.AI, source)
            made += [plans.add_task(s, oid, title, minutes) for title, minutes in extras]
            order = s.get(Order, oid)
            assert order is not None
            t = min(self.now, int(order.received_at.timestamp()) + self.b.span(10 * MINUTE, HOUR))
            for task in made:  # drafted when the order started, not at the clock's time
                task.created_at = _at(t)
            for task in made[:done]:
                t = min(self.now, t + self.b.span(20 * MINUTE, 2 * HOUR))
                plans.set_done(s, task.id, True, _at(t))
            s.flush()

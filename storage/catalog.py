"""Gigs with their packages, and clients: validation, saving, deleting, list figures. No Qt.

Errors name their field so a form can show them beside it. A package's fields are named
``packages[i].<field>`` with ``i`` the 0-based row (``packages[1].price`` is the second
package's price) and raise PackageValidationError, whose message starts with the 1-based
row ("Package 2: …") and whose ``detail`` is the message alone, for translation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.money import check_amount, check_currency
from storage.orders import OPEN_STATES
from storage.phrases import Phrase
from storage.tables import (
    Activity,
    Client,
    Gig,
    GigPackage,
    GigStatus,
    Order,
    OrderEvent,
    Payment,
    Platform,
    utcnow,
)

# ISO 3166-1 alpha-2 codes officially assigned, plus XK (Kosovo, user-assigned but in use).
_ISO_3166 = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW XK
"""
COUNTRY_CODES: frozenset[str] = frozenset(_ISO_3166.split())

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$", re.IGNORECASE)
_PACKAGE_FIELD = re.compile(r"^packages\[(\d+)\]\.(\w+)$")


class PackageValidationError(ValidationError):
    """A package row is wrong: `row` is 0-based, `detail` the message without the row."""

    def __init__(self, row: int, name: str, detail: str) -> None:
        super().__init__(package_field(row, name), f"Package {row + 1}: {detail}")
        self.row = row
        self.name = name
        self.detail = detail


def package_field(row: int, name: str) -> str:
    """The error field of a package's value: package_field(1, "price") == "packages[1].price"."""
    return f"packages[{row}].{name}"


def parse_package_field(name: str) -> tuple[int, str] | None:
    """(row, field) of "packages[1].price", None for any other field name."""
    m = _PACKAGE_FIELD.match(name)
    return (int(m.group(1)), m.group(2)) if m else None


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- gigs ---------------------------------------------------------------------------------


@dataclass
class PackageFields:
    tier: str
    price_minor: int
    currency: str
    delivery_days: int
    revisions_included: int = 0
    description: str = ""
    id: int | None = None  # an existing package being edited; None for a new one


@dataclass
class GigFields:
    title: str
    category: str = ""
    platform_id: int | None = None
    status: GigStatus | str = GigStatus.ACTIVE
    activity: Activity | str | None = None  # None: the activity set in Settings
    tags: str = ""
    description: str = ""
    packages: list[PackageFields] = field(default_factory=list)


def normalise_tags(text: str) -> str:
    """"seo,  Blog , seo" -> "seo, Blog": trimmed, no empty or repeated tags."""
    seen: set[str] = set()
    tags = []
    for raw in (text or "").split(","):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return ", ".join(tags)


def validate_package(row: int, p: PackageFields) -> PackageFields:
    p.tier = " ".join((p.tier or "").split())
    if not p.tier:
        raise PackageValidationError(row, "tier", "A package needs a tier name.")
    if len(p.tier) > 60:
        raise PackageValidationError(
            row, "tier", "The tier name is too long (60 characters at most).")
    p.description = (p.description or "").strip()
    try:
        p.currency = check_currency(p.currency)
    except ValidationError as exc:
        raise PackageValidationError(row, "currency", exc.message) from None
    if not _int(p.price_minor):
        raise PackageValidationError(row, "price", "The price must be a whole number of cents.")
    if p.price_minor < 0:
        raise PackageValidationError(row, "price", "The price cannot be negative.")
    try:
        check_amount(p.price_minor, p.currency, "price")
    except ValidationError as exc:
        raise PackageValidationError(row, "price", exc.message) from None
    if not _int(p.delivery_days) or p.delivery_days < 1:
        raise PackageValidationError(
            row, "delivery_days", "The delivery time is at least one day.")
    if not _int(p.revisions_included) or p.revisions_included < 0:
        raise PackageValidationError(
            row, "revisions", "The number of revisions cannot be negative.")
    return p


def validate_gig(s: Session, f: GigFields) -> GigFields:
    """Check every field of a gig and its packages. Raises ValidationError."""
    f.title = " ".join((f.title or "").split())
    if not f.title:
        raise ValidationError("title", "A gig needs a title.")
    if len(f.title) > 300:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    f.category = " ".join((f.category or "").split())
    if len(f.category) > 120:
        raise ValidationError("category", "The category is too long (120 characters at most).")
    if f.platform_id is not None and s.get(Platform, f.platform_id) is None:
        raise ValidationError("platform", "This platform does not exist any more.")
    try:
        f.status = GigStatus(f.status)
    except ValueError:
        raise ValidationError("status", Phrase("Unknown gig status “{status}”.",
                                               status=f.status)) from None
    if f.activity in ("", None):
        f.activity = None
    else:
        try:
            f.activity = Activity(f.activity)
        except ValueError:
            raise ValidationError("activity", Phrase("Unknown activity type “{activity}”.",
                                                     activity=f.activity)) from None
    f.tags = normalise_tags(f.tags)
    f.description = (f.description or "").strip()
    tiers: dict[str, int] = {}
    for row, p in enumerate(f.packages):
        validate_package(row, p)
        key = p.tier.casefold()
        if key in tiers:
            raise PackageValidationError(
                row, "tier",
                f"Another package is already called “{p.tier}”: each tier name is used once.")
        tiers[key] = row
    return f


def save_gig(s: Session, f: GigFields, gig_id: int | None = None) -> Gig:
    """Create (gig_id None) or update a gig and its packages, in the caller's transaction.

    Packages keep their ids when edited (orders stay linked to them); packages left out
    are deleted (their orders keep their price and lose the link).
    """
    f = validate_gig(s, f)
    if gig_id is None:
        gig = Gig()
        s.add(gig)
    else:
        found = s.get(Gig, gig_id)
        if found is None:
            raise ValidationError("gig", Phrase("There is no gig #{id} any more.", id=gig_id))
        gig = found
    gig.title, gig.category, gig.platform_id = f.title, f.category, f.platform_id
    gig.status = GigStatus(f.status)
    gig.activity = Activity(f.activity) if f.activity is not None else None
    gig.tags, gig.description = f.tags, f.description
    s.flush()

    existing = {p.id: p for p in gig.packages}
    kept_ids = {p.id for p in f.packages if p.id is not None}
    for pid in kept_ids - existing.keys():
        raise ValidationError("packages", Phrase("Package #{id} does not belong to this gig.",
                                                 id=pid))
    for pid, package in existing.items():
        if pid not in kept_ids:
            gig.packages.remove(package)
    s.flush()
    # Tier names must stay unique at every step: swapping "Basic" and "Standard" between
    # two rows would otherwise collide mid-update.
    renamed = [p for p in f.packages if p.id is not None and existing[p.id].tier != p.tier]
    for p in renamed:
        assert p.id is not None
        existing[p.id].tier = f"\x00{p.id}"
    if renamed:
        s.flush()
    for p in f.packages:
        target = existing[p.id] if p.id is not None else GigPackage()
        target.tier, target.description = p.tier, p.description
        target.price_minor, target.currency = p.price_minor, p.currency
        target.delivery_days, target.revisions_included = p.delivery_days, p.revisions_included
        if p.id is None:
            gig.packages.append(target)
    s.flush()
    s.refresh(gig, ["packages"])
    return gig


def gig_fields(gig: Gig) -> GigFields:
    """The editable fields of a stored gig (packages cheapest first)."""
    return GigFields(
        title=gig.title, category=gig.category, platform_id=gig.platform_id,
        status=gig.status, activity=gig.activity, tags=gig.tags, description=gig.description,
        packages=[PackageFields(
            tier=p.tier, price_minor=p.price_minor, currency=p.currency,
            delivery_days=p.delivery_days, revisions_included=p.revisions_included,
            description=p.description, id=p.id) for p in gig.packages],
    )


def set_gig_status(s: Session, gig_id: int, status: GigStatus | str) -> Gig:
    gig = s.get(Gig, gig_id)
    if gig is None:
        raise ValidationError("gig", Phrase("There is no gig #{id} any more.", id=gig_id))
    try:
        gig.status = GigStatus(status)
    except ValueError:
        raise ValidationError("status", Phrase("Unknown gig status “{status}”.",
                                               status=status)) from None
    return gig


def delete_gig(s: Session, gig_id: int, *, now: datetime | None = None) -> int:
    """Delete a gig and its packages; its orders are kept and lose the link (recorded in
    each order's history). Returns how many orders were unlinked."""
    gig = s.get(Gig, gig_id)
    if gig is None:
        raise ValidationError("gig", Phrase("There is no gig #{id} any more.", id=gig_id))
    at = now or utcnow()
    linked = s.execute(
        select(Order.id, Order.package_id).where(Order.gig_id == gig_id)).all()
    for order_id, package_id in linked:
        s.add(OrderEvent(order_id=order_id, at=at, kind="edit", field="gig_id",
                         old_value=str(gig_id), new_value=None))
        if package_id is not None:
            s.add(OrderEvent(order_id=order_id, at=at, kind="edit", field="package_id",
                             old_value=str(package_id), new_value=None))
    if linked:
        s.execute(update(Order).where(Order.gig_id == gig_id)
                  .values(gig_id=None, package_id=None, updated_at=at)
                  .execution_options(synchronize_session="fetch"))
    s.delete(gig)
    s.flush()
    return len(linked)


def gig_categories(s: Session) -> list[str]:
    """The categories already used, for a form's suggestions."""
    rows = s.scalars(select(Gig.category).where(Gig.category != "").distinct())
    return sorted(rows, key=str.casefold)


@dataclass
class GigRow:
    """One line of the gigs list, with figures from aggregate queries."""

    id: int
    title: str
    category: str
    platform: str
    status: GigStatus
    tags: str
    packages: int = 0
    from_minor: int | None = None  # the cheapest package, in `currency`
    currency: str = ""
    orders: int = 0
    open_orders: int = 0
    net_minor: int = 0  # payments received for its orders, in the home currency


def gig_rows(s: Session) -> tuple[str, list[GigRow]]:
    """(home currency, every gig with its cheapest package, order count and net earned).

    Five grouped queries whatever the number of gigs (about 10 ms for 20,000 orders, most of
    it summing payments); net earned counts payments in the current home currency, as the
    income reports do.
    """
    home = settings.home_currency(s)
    rows: dict[int, GigRow] = {}
    for gid, title, category, platform, status, tags in s.execute(
        select(Gig.id, Gig.title, Gig.category, Platform.name, Gig.status, Gig.tags)
        .outerjoin(Platform, Platform.id == Gig.platform_id)
        .order_by(Gig.title)
    ):
        rows[gid] = GigRow(gid, title, category, platform or "", GigStatus(status), tags)
    # The cheapest package in the gig's most used currency.
    by_currency: dict[int, dict[str, list[int]]] = {}
    for gid, currency, price in s.execute(
        select(GigPackage.gig_id, GigPackage.currency, GigPackage.price_minor)
    ):
        by_currency.setdefault(gid, {}).setdefault(currency, []).append(price)
    for gid, currencies in by_currency.items():
        row = rows.get(gid)
        if row is None:
            continue
        currency, prices = max(currencies.items(), key=lambda kv: (len(kv[1]), -min(kv[1])))
        row.packages = sum(len(p) for p in currencies.values())
        row.from_minor, row.currency = min(prices), currency
    # Two index-only passes: every order by gig, then the few open ones by status.
    for gid, count in s.execute(
        select(Order.gig_id, func.count()).where(Order.gig_id.is_not(None))
        .group_by(Order.gig_id)
    ):
        if gid in rows:
            rows[gid].orders = count
    for gid, count in s.execute(
        select(Order.gig_id, func.count())
        .where(Order.status.in_([st.value for st in OPEN_STATES]), Order.gig_id.is_not(None))
        .group_by(Order.gig_id)
    ):
        if gid in rows:
            rows[gid].open_orders = count
    for gid, net in s.execute(
        select(Order.gig_id, func.sum(Payment.home_amount_minor))
        .join(Order, Order.id == Payment.order_id)
        .where(Order.gig_id.is_not(None), Payment.home_currency == home)
        .group_by(Order.gig_id)
    ):
        if gid in rows:
            rows[gid].net_minor = int(net or 0)
    return home, list(rows.values())


# --- clients ------------------------------------------------------------------------------


@dataclass
class ClientFields:
    name: str
    handle: str = ""
    platform_id: int | None = None
    country: str = ""
    language: str = ""
    email: str = ""
    notes: str = ""
    currency: str = ""  # the currency they pay in; "" for none
    # What an invoice prints of them (issue 17); None keeps the stored value (a form that
    # does not show these fields leaves them as they are).
    address: str | None = None
    company_number: str | None = None  # SIREN/SIRET (France), ICE (Morocco), business number
    vat_number: str | None = None
    is_business: bool | None = None  # a company: B2B mentions (40 € indemnity, SIREN, ICE)


def normalise_language(code: str) -> str:
    """"FR-ca" -> "fr-CA": language lower case, a two-letter region upper case."""
    parts = code.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.lower())
    return "-".join(out)


def validate_client(s: Session, f: ClientFields) -> ClientFields:
    """Check every field of a client. Raises ValidationError."""
    f.name = " ".join((f.name or "").split())
    if not f.name:
        raise ValidationError("name", "A client needs a name.")
    if len(f.name) > 200:
        raise ValidationError("name", "The name is too long (200 characters at most).")
    f.handle = (f.handle or "").strip()
    if len(f.handle) > 200:
        raise ValidationError("handle", "The handle is too long (200 characters at most).")
    if f.platform_id is not None and s.get(Platform, f.platform_id) is None:
        raise ValidationError("platform", "This platform does not exist any more.")
    f.country = (f.country or "").strip().upper()
    if f.country and f.country not in COUNTRY_CODES:
        raise ValidationError("country", Phrase(
            "“{code}” is not a country code. Use the two letters of ISO 3166 (FR, MA, CA, BE…) "
            "or leave it empty.", code=f.country))
    f.language = (f.language or "").strip()
    if f.language:
        if len(f.language) > 16 or not _LANGUAGE.match(f.language):
            raise ValidationError("language", Phrase(
                "“{code}” is not a language code. Use a code such as fr, en, es, ar or fr-CA.",
                code=f.language))
        f.language = normalise_language(f.language)
    f.email = (f.email or "").strip()
    if f.email and (len(f.email) > 320 or not _EMAIL.match(f.email)):
        raise ValidationError("email", Phrase(
            "“{email}” is not an email address (name@example.com).", email=f.email))
    f.notes = (f.notes or "").strip()
    f.currency = (f.currency or "").strip().upper()
    if f.currency:
        f.currency = check_currency(f.currency, "currency")
    if f.address is not None:
        f.address = "\n".join(line.strip() for line in f.address.strip().splitlines())
        if len(f.address) > 500:
            raise ValidationError("address", "The address is too long (500 characters at "
                                  "most).")
    if f.company_number is not None:
        f.company_number = _company_number(s, f.company_number, f.country)
    if f.vat_number is not None:
        f.vat_number = "".join(f.vat_number.split()).upper()
    if len(f.company_number or "") > 40 or len(f.vat_number or "") > 40:
        raise ValidationError("company_number", "A registration number has 40 characters at "
                              "most.")
    return f


def _company_number(s: Session, typed: str, country: str) -> str:
    """A client's company number, checked where its country's has check digits: a SIREN or
    SIRET for a French client, an ICE for a Moroccan one (a client without a country is of
    the seller's); another country's is kept as typed, without spaces."""
    from storage.identifiers import check_ice, check_siret
    from storage.status import current

    number = "".join(typed.split()).upper()
    if not number:
        return ""
    home = {"fr_micro": "FR", "ma_auto": "MA"}.get(current(s), "")
    country = country or home
    if country == "FR":
        if not number.isascii() or not number.isdigit() or len(number) not in (9, 14):
            raise ValidationError("company_number", Phrase(
                "“{value}” is not a SIREN or SIRET: a SIREN has 9 digits, a SIRET 14.",
                value=typed.strip()))
        try:
            return check_siret(number)
        except ValidationError:
            raise ValidationError("company_number", Phrase(
                "The check digit of {value} is wrong: copy the client's SIREN or SIRET from "
                "its invoices or annuaire-entreprises.data.gouv.fr.",
                value=typed.strip())) from None
    if country == "MA":
        if not number.isascii() or not number.isdigit() or len(number) != 15:
            raise ValidationError("company_number", Phrase(
                "“{value}” is not an ICE: it has 15 digits.", value=typed.strip()))
        try:
            return check_ice(number)
        except ValidationError:
            raise ValidationError("company_number", Phrase(
                "The check digits of {value} are wrong: copy the client's ICE from its "
                "invoices or its ICE certificate.", value=typed.strip())) from None
    return number


def save_client(s: Session, f: ClientFields, client_id: int | None = None) -> Client:
    """Create (client_id None) or update a client, in the caller's transaction."""
    f = validate_client(s, f)
    if client_id is None:
        client = Client()
        s.add(client)
    else:
        found = s.get(Client, client_id)
        if found is None:
            raise ValidationError("client", Phrase("There is no client #{id} any more.",
                                               id=client_id))
        client = found
    for key in ("name", "handle", "platform_id", "country", "language", "email", "notes",
                "currency"):
        setattr(client, key, getattr(f, key))
    for key, empty in (("address", ""), ("company_number", ""), ("vat_number", ""),
                       ("is_business", False)):
        value = getattr(f, key)
        if value is not None:
            setattr(client, key, value)
        elif client_id is None:
            setattr(client, key, empty)
    s.flush()
    return client


def client_fields(client: Client) -> ClientFields:
    return ClientFields(
        name=client.name, handle=client.handle, platform_id=client.platform_id,
        country=client.country, language=client.language, email=client.email,
        notes=client.notes, currency=client.currency, address=client.address,
        company_number=client.company_number, vat_number=client.vat_number,
        is_business=client.is_business)


def client_order_count(s: Session, client_id: int) -> int:
    return s.scalar(select(func.count()).where(Order.client_id == client_id)) or 0


def delete_client(s: Session, client_id: int) -> None:
    """Delete a client who has no orders; one with orders is refused (income history)."""
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("client", Phrase("There is no client #{id} any more.",
                                               id=client_id))
    from storage.tables import Document

    if s.scalar(select(Document.id).where(Document.client_id == client_id).limit(1)):
        raise ValidationError("client", "This client has quotes or invoices: a client with "
                              "documents cannot be deleted.")
    n = client_order_count(s, client_id)
    if n:
        if n == 1:
            raise ValidationError("client", Phrase(
                "{client} has 1 order: a client with orders cannot be deleted, so your order "
                "and income history stays complete.", client=client.name))
        raise ValidationError("client", Phrase(
            "{client} has {count} orders: a client with orders cannot be deleted, so your "
            "order and income history stays complete.", client=client.name, count=n))
    s.delete(client)
    s.flush()


@dataclass
class ClientRow:
    """One line of the clients list, with figures from aggregate queries."""

    id: int
    name: str
    handle: str
    platform: str
    country: str
    language: str
    email: str
    notes: str
    orders: int = 0
    last_order_at: datetime | None = None
    net_minor: int = 0  # payments received from them (for their orders or not), home currency
    keep_local: bool = False  # kept on this computer: nothing of theirs goes to a server


def client_rows(s: Session) -> tuple[str, list[ClientRow]]:
    """(home currency, every client with order count, last order and net paid)."""
    home = settings.home_currency(s)
    rows: dict[int, ClientRow] = {}
    for cid, name, handle, platform, country, language, email, notes, keep in s.execute(
        select(Client.id, Client.name, Client.handle, Platform.name, Client.country,
               Client.language, Client.email, Client.notes, Client.keep_local)
        .outerjoin(Platform, Platform.id == Client.platform_id).order_by(Client.name)
    ):
        rows[cid] = ClientRow(cid, name, handle, platform or "", country, language, email, notes,
                              keep_local=bool(keep))
    for cid, count, last in s.execute(
        select(Order.client_id, func.count(), func.max(Order.received_at))
        .group_by(Order.client_id)
    ):
        if cid in rows:
            rows[cid].orders = count
            rows[cid].last_order_at = _aware(last)
    # A payment without an order (an imported one) may still name its client.
    paid_by = func.coalesce(Order.client_id, Payment.client_id)
    for cid, net in s.execute(
        select(paid_by, func.sum(Payment.home_amount_minor)).select_from(Payment)
        .outerjoin(Order, Order.id == Payment.order_id)
        .where(Payment.home_currency == home)
        .group_by(paid_by)
    ):
        if cid in rows:
            rows[cid].net_minor = int(net or 0)
    return home, list(rows.values())


def _aware(value: datetime | str | None) -> datetime | None:
    """func.max() on a datetime column comes back untyped from SQLite: make it aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def recent_orders(s: Session, client_id: int, limit: int = 10) -> list[Order]:
    """A client's latest orders, newest received first."""
    return list(s.scalars(
        select(Order).where(Order.client_id == client_id)
        .order_by(Order.received_at.desc(), Order.id.desc()).limit(limit)))


def fold(text: str) -> str:
    """Lower case without accents, for searching: "Québec" and "quebec" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return decomposed.translate(_MARKS)  # a 100,000-row import folds some 6 million letters


class _CombiningMarks(dict[int, int | None]):
    """str.translate's table that drops combining marks, each letter decided once."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()

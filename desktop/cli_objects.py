"""`atelier gigs|clients|orders|payments …`: the daily objects from the command line.

Each command parses its options, then calls the same storage functions as the app's forms
(storage.catalog, storage.orders, storage.payments, storage.queries) inside one
``Store.transaction()``: a wrong value is refused with the option named (exit 2) and nothing
is written. ``--json`` prints objects with the keys of the CSV export's columns
(storage.csvio.record). Headless: no Qt here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from desktop import cli
from storage.errors import TransitionError, ValidationError

# The storage field of a ValidationError -> the option a person typed.
OPTION_OF: dict[str, str] = {
    "client": "--client", "client_id": "--client", "platform": "--platform",
    "platform_id": "--platform", "gig": "--gig", "gig_id": "--gig", "package": "--package",
    "package_id": "--package", "packages": "--package", "title": "--title", "brief": "--brief",
    "price": "--price", "price_minor": "--price", "currency": "--currency",
    "received_at": "--received", "due_at": "--due", "external_ref": "--ref", "notes": "--notes",
    "revisions_used": "--revisions-used", "activity": "--activity", "name": "--name",
    "handle": "--handle", "country": "--country", "language": "--language", "email": "--email",
    "category": "--category", "status": "--status", "tags": "--tags",
    "description": "--description", "kind": "--kind", "amount": "--amount",
    "amount_minor": "--amount", "fee": "--fee", "fee_minor": "--fee", "rate": "--rate",
    "note": "--note", "order": "--order", "order_id": "--order", "at": "--at",
}


class Refused(Exception):
    """A value given on the command line is wrong: `option` names it."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message


def option_of(field: str) -> str:
    """The option behind a storage field ("packages[1].price" -> "--package")."""
    if field.startswith("packages["):
        return "--package"
    return OPTION_OF.get(field, field)


@contextmanager
def refusals(options: Mapping[str, str] | None = None) -> Iterator[None]:
    """Storage's ValidationError (field, message) as a Refused naming the option: the
    command's own ``options`` (field -> option) first, then the common ones."""
    try:
        yield
    except ValidationError as exc:
        raise Refused((options or {}).get(exc.field) or option_of(exc.field),
                      exc.message) from None


def _command(fn: Callable[[argparse.Namespace], int],
             options: Mapping[str, str] | None = None) -> Callable[[argparse.Namespace], int]:
    """A command whose refused values print one sentence on stderr and exit 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            with refusals(options):
                return fn(args)
        except Refused as exc:
            return cli._fail(str(exc))

    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


# --- values ---------------------------------------------------------------------------------


def _zone(s: Any) -> tzinfo:
    from storage.settings import local_zone

    try:
        return local_zone(s)
    except ValidationError:
        return UTC


def parse_when(text: str, option: str, zone: tzinfo) -> datetime:
    """An ISO 8601 date or date-time; without a UTC offset it is read in the store's time zone
    (Settings), like the forms; a date alone is midnight."""
    from storage.periods import check_datetime

    value: datetime
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            value = datetime.combine(date.fromisoformat(text.strip()), time())
        except ValueError:
            raise Refused(option, f"“{text}” is not a date: use ISO 8601 such as 2026-12-10 "
                          "or 2026-12-10T17:00.") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    try:
        return check_datetime(value.astimezone(UTC), option)
    except (ValidationError, OverflowError):
        raise Refused(option, f"“{text}” is outside the years Atelier handles (1970 to "
                      "2199).") from None


def parse_money(text: str, currency: str, option: str) -> int:
    """Decimal text in the currency ("12.50") as minor units, by the forms' rules."""
    from storage.money import parse_amount

    try:
        return parse_amount(text, currency, option, lang=cli._lang())
    except ValidationError as exc:
        raise Refused(option, exc.message) from None


def parse_currency(text: str, option: str = "--currency") -> str:
    from storage.money import check_currency

    try:
        return check_currency(text, option)
    except ValidationError as exc:
        raise Refused(option, exc.message) from None


def _fold(text: str) -> str:
    from storage.catalog import fold

    return " ".join(fold(text).split())


def resolve(s: Any, table: Any, text: str, option: str, noun: str,
            label: Callable[[Any], str]) -> Any:
    """The object that `text` names: its id ("12" or "#12") or its name, case and accents
    aside. An unknown or ambiguous name is refused with the candidates."""
    from sqlalchemy import select

    raw = text.strip()
    digits = raw.removeprefix("#")
    if digits.isascii() and digits.isdigit():
        found = s.get(table, int(digits))
        if found is None:
            raise Refused(option, f"there is no {noun} #{digits}.")
        return found
    wanted = _fold(raw)
    if not wanted:
        raise Refused(option, f"give the {noun}'s id or name.")
    every = list(s.scalars(select(table).order_by(table.id)))
    exact = [o for o in every if _fold(label(o)) == wanted]
    if len(exact) == 1:
        return exact[0]
    if exact:
        names = ", ".join(f"#{o.id} {label(o)}" for o in exact)
        raise Refused(option, f"{len(exact)} {noun}s are named “{raw}”: {names}. Give the id.")
    close = [o for o in every if wanted in _fold(label(o))][:10]
    hint = (" Did you mean: " + ", ".join(f"#{o.id} {label(o)}" for o in close) + "?"
            if close else "")
    raise Refused(option, f"no {noun} named “{raw}”.{hint}")


def _client(s: Any, text: str, option: str = "--client") -> Any:
    from storage.tables import Client

    return resolve(s, Client, text, option, "client", lambda o: o.name)


def _gig(s: Any, text: str, option: str = "--gig") -> Any:
    from storage.tables import Gig

    return resolve(s, Gig, text, option, "gig", lambda o: o.title)


def _platform(s: Any, text: str, option: str = "--platform") -> Any:
    from storage.tables import Platform

    return resolve(s, Platform, text, option, "platform", lambda o: o.name)


def _get(s: Any, table: Any, object_id: int, noun: str) -> Any:
    found = s.get(table, object_id)
    if found is None:
        raise Refused("ID", f"there is no {noun} #{object_id}.")
    return found


def _choice(text: str, values: Sequence[str], option: str, what: str) -> str:
    """One of `values`, given as is or with spaces or dashes for underscores."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key in values:
        return key
    raise Refused(option, f"“{text}” is not {what}: use one of {', '.join(values)}.")


# The tiers a person names on the command line, when the gig's tiers have other names
# ("Essentiel", "Standard", "Premium"): the cheapest first, as the order form lists them.
TIER_WORDS = ("basic", "standard", "premium")


def find_package(gig: Any, text: str) -> Any:
    """The package of `gig` called `text` (case and accents aside); else basic, standard and
    premium are its first, second and third package, cheapest first."""
    wanted = _fold(text)
    packages = list(gig.packages)
    for p in packages:
        if _fold(p.tier) == wanted:
            return p
    if wanted in TIER_WORDS and not any(_fold(p.tier) in TIER_WORDS for p in packages):
        i = TIER_WORDS.index(wanted)
        if i < len(packages):
            return packages[i]
    tiers = ", ".join(p.tier for p in packages)
    raise Refused("--package", f"the gig “{gig.title}” has no package “{text}”"
                  + (f": its packages are {tiers}." if tiers else ": it has no packages."))


# Columns of figures, aligned right; text reads from the left.
_FIGURES = frozenset({"Price", "Amount", "Fee", "Home", "Orders", "Net received"})


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if h in _FIGURES else c.ljust(w)
                         for h, c, w in zip(headers, cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths),
                      *(line(r) for r in rows)])


def _print_objects(args: argparse.Namespace, records: list[dict[str, Any]],
                   headers: list[str], rows: list[list[str]]) -> int:
    if args.json:
        cli._print_json(records)
    elif rows:
        print(_table(headers, rows))
    else:
        print("Nothing to list.")
    return 0


def _show(args: argparse.Namespace, data: dict[str, Any]) -> int:
    """One object: JSON with --json, else a line per column ("—" for none)."""
    if args.json:
        cli._print_json(data)
        return 0
    width = max(len(k) for k in data)
    for key, value in data.items():
        if isinstance(value, list):  # a gig's packages
            print(f"{key}:")
            for item in value:
                print("  - " + ", ".join(f"{k}={v}" for k, v in item.items()
                                         if v not in ("", None)))
            continue
        print(f"{key.ljust(width)}  {'—' if value is None else value}")
    return 0


def _local(value: datetime | None, zone: tzinfo) -> str:
    return "—" if value is None else value.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _done(args: argparse.Namespace, data: dict[str, Any], sentence: str) -> int:
    if args.json:
        cli._print_json(data)
    else:
        print(sentence)
    return 0


# --- clients --------------------------------------------------------------------------------


def _client_fields_from(args: argparse.Namespace, s: Any, fields: Any) -> Any:
    for key in ("name", "handle", "country", "language", "email", "notes", "address",
                "company_number", "vat_number", "is_business"):
        value = getattr(args, key, None)
        if value is not None:
            setattr(fields, key, value.replace("\\n", "\n") if key == "address" else value)
    if args.client_currency is not None:
        fields.currency = parse_currency(args.client_currency) if args.client_currency else ""
    if args.platform is not None:
        fields.platform_id = _platform(s, args.platform).id if args.platform else None
    return fields


@_command
def cmd_clients_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from storage.catalog import client_rows
    from storage.csvio import record
    from storage.tables import Client

    with cli._open(args) as store, store.session() as s:
        home, rows = client_rows(s)
        by_id = {c.id: c for c in s.scalars(select(Client))}
        records = [record(by_id[r.id]) for r in rows]
        table = [[f"#{r.id}", _shorten(r.name, 30), r.platform, r.country, r.email,
                  str(r.orders), cli._money(r.net_minor, home)] for r in rows]
    return _print_objects(args, records, ["Id", "Name", "Platform", "Country", "Email",
                                          "Orders", "Net received"], table)


@_command
def cmd_clients_show(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.tables import Client

    with cli._open(args) as store, store.session() as s:
        data = record(_get(s, Client, args.id, "client"))
    return _show(args, data)


@_command
def cmd_clients_add(args: argparse.Namespace) -> int:
    from storage.catalog import ClientFields, save_client
    from storage.csvio import record

    with cli._open(args) as store, store.transaction() as s:
        fields = _client_fields_from(args, s, ClientFields(name=args.name))
        client = save_client(s, fields)
        _keep_local(args, s, client)
        data = record(client)
    return _done(args, data, f"Added client #{data['id']}: {data['name']}")


@_command
def cmd_clients_edit(args: argparse.Namespace) -> int:
    from storage.catalog import client_fields, save_client
    from storage.csvio import record
    from storage.tables import Client

    with cli._open(args) as store, store.transaction() as s:
        client = _get(s, Client, args.id, "client")
        fields = _client_fields_from(args, s, client_fields(client))
        client = save_client(s, fields, client.id)
        _keep_local(args, s, client)
        data = record(client)
    return _done(args, data, f"Saved client #{data['id']}: {data['name']}")


def _keep_local(args: argparse.Namespace, s: Any, client: Any) -> None:
    """--keep-local / --no-keep-local: nothing of theirs is sent to an inference server."""
    if getattr(args, "keep_local", None) is not None:
        from storage.privacy import set_keep_local

        set_keep_local(s, client.id, args.keep_local)


# --- gigs -----------------------------------------------------------------------------------


@dataclass
class PackageArg:
    tier: str
    price: str
    days: str
    revisions: str | None


def package_arg(text: str) -> PackageArg:
    """--package TIER:PRICE:DAYS[:REVISIONS] of `gigs add|edit`."""
    parts = text.split(":")
    if not 3 <= len(parts) <= 4:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not TIER:PRICE:DAYS[:REVISIONS] (for example standard:45.00:3:2)")
    return PackageArg(parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else None)


def _whole(text: str, row: int, name: str) -> int:
    from storage.catalog import PackageValidationError

    try:
        return int(text.strip())
    except ValueError:
        raise PackageValidationError(row, name, "Enter a whole number.") from None


def _gig_packages(args: argparse.Namespace, s: Any, fields: Any, platform_currency: str) -> None:
    """Apply --package (add or change the tier of that name) and --remove-package."""
    from storage.catalog import PackageFields, PackageValidationError

    for tier in args.remove_package or ():
        keep = [p for p in fields.packages if _fold(p.tier) != _fold(tier)]
        if len(keep) == len(fields.packages):
            raise Refused("--remove-package", f"the gig has no package “{tier}”.")
        fields.packages = keep
    for given in args.package or ():
        existing = next((p for p in fields.packages if _fold(p.tier) == _fold(given.tier)), None)
        row = fields.packages.index(existing) if existing else len(fields.packages)
        currency = (parse_currency(args.currency) if args.currency
                    else existing.currency if existing else platform_currency)
        try:
            price = parse_money(given.price, currency, "--package")
        except Refused as exc:
            raise PackageValidationError(row, "price", exc.message) from None
        days = _whole(given.days, row, "delivery_days")
        revisions = (_whole(given.revisions, row, "revisions") if given.revisions is not None
                     else existing.revisions_included if existing else 0)
        if existing is None:
            fields.packages.append(PackageFields(
                tier=given.tier, price_minor=price, currency=currency, delivery_days=days,
                revisions_included=revisions))
        else:
            existing.tier, existing.price_minor, existing.currency = given.tier, price, currency
            existing.delivery_days, existing.revisions_included = days, revisions


def _gig_fields_from(args: argparse.Namespace, s: Any, fields: Any) -> Any:
    from storage import settings
    from storage.tables import Activity, GigStatus

    for key in ("title", "category", "tags", "description"):
        value = getattr(args, key, None)
        if value is not None:
            setattr(fields, key, value)
    if args.status is not None:
        fields.status = _choice(args.status, [g.value for g in GigStatus], "--status",
                                "a gig status")
    if args.activity is not None:
        fields.activity = (_choice(args.activity, [a.value for a in Activity], "--activity",
                                   "an activity type") if args.activity else None)
    currency = settings.home_currency(s)
    if args.platform is not None:
        platform = _platform(s, args.platform) if args.platform else None
        fields.platform_id = platform.id if platform else None
    if fields.platform_id is not None:
        from storage.tables import Platform

        platform = s.get(Platform, fields.platform_id)
        currency = platform.default_currency if platform else currency
    _gig_packages(args, s, fields, currency)
    return fields


def _gig_record(gig: Any) -> dict[str, Any]:
    """A gig's CSV columns, and its packages (each with gig_packages.csv's columns)."""
    from storage.csvio import record

    return {**record(gig), "packages": [record(p) for p in gig.packages]}


@_command
def cmd_gigs_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from storage.tables import Gig, GigStatus

    with cli._open(args) as store, store.session() as s:
        query = select(Gig).options(selectinload(Gig.packages), selectinload(Gig.platform))
        if args.status:
            status = _choice(args.status, [g.value for g in GigStatus], "--status",
                             "a gig status")
            query = query.where(Gig.status == GigStatus(status))
        gigs = list(s.scalars(query.order_by(Gig.title.collate("NOCASE"), Gig.id)))
        records = [_gig_record(g) for g in gigs]
        rows = [[f"#{g.id}", _shorten(g.title), g.status.value,
                 g.platform.name if g.platform else "",
                 " / ".join(f"{p.tier} {cli._money(p.price_minor, p.currency)}"
                            for p in g.packages)] for g in gigs]
    return _print_objects(args, records, ["Id", "Title", "Status", "Platform", "Packages"], rows)


@_command
def cmd_gigs_show(args: argparse.Namespace) -> int:
    from storage.tables import Gig

    with cli._open(args) as store, store.session() as s:
        data = _gig_record(_get(s, Gig, args.id, "gig"))
    return _show(args, data)


@_command
def cmd_gigs_add(args: argparse.Namespace) -> int:
    from storage.catalog import GigFields, save_gig

    with cli._open(args) as store, store.transaction() as s:
        fields = _gig_fields_from(args, s, GigFields(title=args.title))
        data = _gig_record(save_gig(s, fields))
    return _done(args, data, f"Added gig #{data['id']}: {data['title']} "
                             f"({len(data['packages'])} package(s))")


@_command
def cmd_gigs_edit(args: argparse.Namespace) -> int:
    from storage.catalog import gig_fields, save_gig
    from storage.tables import Gig

    with cli._open(args) as store, store.transaction() as s:
        gig = _get(s, Gig, args.id, "gig")
        fields = _gig_fields_from(args, s, gig_fields(gig))
        data = _gig_record(save_gig(s, fields, gig.id))
    return _done(args, data, f"Saved gig #{data['id']}: {data['title']}")


# --- orders ---------------------------------------------------------------------------------


def _order_changes(args: argparse.Namespace, s: Any, order: Any | None) -> dict[str, Any]:
    """The order's fields given on the command line, as storage.orders.OrderFields keys,
    with the order form's defaults: a gig brings its platform, title and activity; a package
    its price, currency and delivery days (the due date)."""
    from sqlalchemy import select

    from storage import settings
    from storage.tables import Client, Platform

    zone = _zone(s)
    out: dict[str, Any] = {}
    if args.client is not None:
        out["client_id"] = _client(s, args.client).id
    gig = None
    if args.gig is not None:
        gig = _gig(s, args.gig) if args.gig else None
        out["gig_id"] = gig.id if gig else None
        if order is not None and order.package is not None and (
                gig is None or order.package.gig_id != gig.id):
            out["package_id"] = None  # the form empties the package of another gig
    elif order is not None:
        gig = order.gig
    package = None
    if args.package is not None:
        if gig is None:
            raise Refused("--package", "choose the gig (--gig) whose package it is.")
        package = find_package(gig, args.package)
        out["package_id"] = package.id
    if args.platform is not None:
        out["platform_id"] = _platform(s, args.platform).id
    elif order is None and gig is not None and gig.platform_id is not None:
        out["platform_id"] = gig.platform_id
    elif order is None:
        direct = list(s.scalars(select(Platform).where(Platform.name == "Direct")))
        if not direct:
            raise Refused("--platform", "choose the platform the order came from.")
        out["platform_id"] = direct[0].id
    if args.title is not None:
        out["title"] = args.title
    elif order is None and gig is not None:
        out["title"] = gig.title
    if order is None and gig is not None:
        out["activity"] = gig.activity
    # Money, as the order form: the client's currency when they have one, else the package's
    # (or the platform's); a package's price converted into it at the latest stored rate.
    client = s.get(Client, out.get("client_id") or order.client_id)
    client_currency = client.currency if client is not None else ""
    if args.currency is not None:
        out["currency"] = parse_currency(args.currency)
    elif package is not None or (order is None and client_currency):
        out["currency"] = client_currency or package.currency
    elif order is None:
        platform = s.get(Platform, out["platform_id"])
        out["currency"] = platform.default_currency
    currency = out.get("currency", order.currency if order is not None else "")
    if args.price is not None:
        out["price_minor"] = parse_money(args.price, currency, "--price")
    elif package is not None:
        from storage.pay import package_price_in
        from storage.today import latest_rates

        home = settings.home_currency(s)
        price = package_price_in(currency, package, latest_rates(s, home), home)
        if price is None:
            raise Refused("--price", f"no exchange rate from {package.currency} to {currency} "
                          "is recorded yet (rates come from payments): give the price of "
                          f"“{package.tier}” in {currency}.")
        out["price_minor"] = price
    elif "currency" in out and order is not None and out["currency"] != order.currency:
        # the same amount in another currency: check it still fits that currency's decimals
        from storage.money import Money

        out["price_minor"] = parse_money(str(Money(order.price_minor, order.currency)
                                             .to_decimal()), currency, "--price")
    elif order is None:
        raise Refused("--price", "enter the price (or choose a --package).")
    if args.received is not None:
        out["received_at"] = parse_when(args.received, "--received", zone)
    elif order is None:
        out["received_at"] = datetime.now(UTC)
    if args.no_due:
        out["due_at"] = None
    elif args.due is not None:
        out["due_at"] = parse_when(args.due, "--due", zone)
    elif package is not None:
        from storage.orders import due_from_package

        received = out.get("received_at") or order.received_at
        out["due_at"] = due_from_package(received, package.delivery_days)
    for key, option in (("brief", "brief"), ("external_ref", "ref"), ("notes", "notes")):
        value = getattr(args, option, None)
        if value is not None:
            out[key] = value.strip() if key == "external_ref" else value
    if getattr(args, "revisions_used", None) is not None:
        out["revisions_used"] = args.revisions_used
    return out


def _order_row(o: Any, zone: tzinfo) -> list[str]:
    from storage.orders import STATUS_LABELS

    return [f"#{o.id}", _local(o.received_at, zone), STATUS_LABELS[o.status],
            _shorten(o.client.name, 24), _shorten(o.title), cli._money(o.price_minor, o.currency),
            _local(o.due_at, zone)]


ORDER_HEADERS = ["Id", "Received", "Status", "Client", "Title", "Price", "Due"]


@_command
def cmd_orders_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from storage.csvio import record
    from storage.tables import Order, OrderStatus

    with cli._open(args) as store, store.session() as s:
        query = select(Order).options(selectinload(Order.client))
        if args.status:
            status = _choice(args.status, [st.value for st in OrderStatus], "--status",
                             "an order status")
            query = query.where(Order.status == OrderStatus(status))
        if args.client:
            query = query.where(Order.client_id == _client(s, args.client).id)
        orders = list(s.scalars(query.order_by(Order.received_at.desc(), Order.id.desc())
                                .limit(args.limit)))
        zone = _zone(s)
        records = [record(o) for o in orders]
        rows = [_order_row(o, zone) for o in orders]
    return _print_objects(args, records, ORDER_HEADERS, rows)


@_command
def cmd_orders_show(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.tables import Order

    with cli._open(args) as store, store.session() as s:
        data = record(_get(s, Order, args.id, "order"))
    return _show(args, data)


@_command
def cmd_orders_add(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.orders import OrderFields, create_order

    with cli._open(args) as store, store.transaction() as s:
        changes = _order_changes(args, s, None)
        order = create_order(s, OrderFields(**{"title": "", **changes}))
        data = record(order)
    return _done(args, data, f"Added order #{data['id']}: {data['title']} "
                             f"({cli._money(data['price_minor'], data['currency'])})")


@_command
def cmd_orders_edit(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.orders import update_order
    from storage.tables import Order

    with cli._open(args) as store, store.transaction() as s:
        order = _get(s, Order, args.id, "order")
        changed = update_order(s, order, _order_changes(args, s, order))
        s.flush()
        data = record(order)
    return _done(args, data, f"Saved order #{data['id']}: "
                             + (", ".join(changed) + " changed" if changed else "nothing changed"))


@_command
def cmd_orders_move(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.orders import STATUS_LABELS, transition
    from storage.tables import Order, OrderStatus

    target = _choice(args.status, [st.value for st in OrderStatus], "STATUS", "an order status")
    with cli._open(args) as store, store.transaction() as s:
        order = _get(s, Order, args.id, "order")
        previous = order.status
        try:
            transition(s, order, target, at=datetime.now(UTC), note=args.note or "")
        except TransitionError as exc:  # the rules of the Orders page (storage.orders)
            raise Refused("STATUS", str(exc)) from None
        s.flush()
        data = record(order)
    return _done(args, data, f"Order #{args.id}: {STATUS_LABELS[previous]} → "
                             f"{STATUS_LABELS[OrderStatus(target)]}")


def _minutes(seconds: float) -> str:
    minutes = max(0, round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


@_command
def cmd_orders_timer(args: argparse.Namespace) -> int:
    """Start or stop the order's timer with the order panel's functions (storage.queries)."""
    from storage.csvio import record
    from storage.queries import running_timer, start_timer, stop_timer
    from storage.tables import Order

    now = datetime.now(UTC)
    with cli._open(args) as store, store.transaction() as s:
        order = _get(s, Order, args.id, "order")
        running = running_timer(s)
        if args.action == "start":
            if running is not None and running.order_id == order.id:
                raise Refused("ID", f"the timer of order #{order.id} is already running "
                              f"(for {_minutes((now - running.started_at).total_seconds())}).")
            stopped = running
            entry = start_timer(s, order.id, now)
            data = record(entry)
            sentence = f"Timer started on order #{order.id}: {order.title}"
            if stopped is not None:
                took = (stopped.ended_at - stopped.started_at).total_seconds()
                sentence += (f" (the timer of order #{stopped.order_id} stopped after "
                             f"{_minutes(took)})")
        else:
            entry = stop_timer(s, order.id, now)
            if entry is None:
                raise Refused("ID", f"no timer runs on order #{order.id}.")
            data = record(entry)
            sentence = (f"Timer stopped on order #{order.id} after "
                        f"{_minutes((entry.ended_at - entry.started_at).total_seconds())}")
    return _done(args, data, sentence)


# --- payments -------------------------------------------------------------------------------


def _payment_changes(args: argparse.Namespace, s: Any, payment: Any | None) -> dict[str, Any]:
    from storage import settings
    from storage.tables import Order, PaymentKind

    out: dict[str, Any] = {}
    order = None
    if args.order is not None:
        if args.order == "":
            out["order_id"] = None
        else:
            digits = args.order.strip().removeprefix("#")
            if not (digits.isascii() and digits.isdigit()):
                raise Refused("--order", f"“{args.order}” is not an order id.")
            order = s.get(Order, int(digits))
            if order is None:
                raise Refused("--order", f"there is no order #{digits}.")
            out["order_id"] = order.id
    if args.kind is not None:
        out["kind"] = _choice(args.kind, [k.value for k in PaymentKind], "--kind",
                              "a payment kind")
    elif payment is None:
        out["kind"] = PaymentKind.PAYOUT.value
    if args.currency is not None:
        out["currency"] = parse_currency(args.currency)
    elif payment is None:
        out["currency"] = order.currency if order is not None else settings.home_currency(s)
    currency = out.get("currency") or payment.currency
    if args.amount is not None:
        out["amount_minor"] = parse_money(args.amount, currency, "--amount")
    elif payment is None:
        raise Refused("--amount", "enter the amount received.")
    if args.fee is not None:
        out["fee_minor"] = parse_money(args.fee, currency, "--fee")
    elif payment is None:
        out["fee_minor"] = 0
    if args.received is not None:
        out["received_at"] = parse_when(args.received, "--received", _zone(s))
    elif payment is None:
        out["received_at"] = datetime.now(UTC)
    if args.rate is not None:
        out["rate"] = args.rate.strip() or None
    if args.note is not None:
        out["note"] = args.note.strip()
    return out


def _payment_row(p: Any, zone: tzinfo, client: str) -> list[str]:
    return [f"#{p.id}", _local(p.received_at, zone), p.kind.value,
            cli._money(p.amount_minor, p.currency), cli._money(p.fee_minor, p.currency),
            cli._money(p.home_amount_minor, p.home_currency),
            f"#{p.order_id}" if p.order_id else "—", _shorten(client, 24) or "—",
            _shorten(p.note, 30)]


def _payment_clients(s: Any, payments: list[Any]) -> dict[int, str]:
    """Each payment's client name: its order's client, else the client it names itself (an
    imported payment without an order)."""
    from sqlalchemy import func, select

    from storage.tables import Client, Order, Payment

    if not payments:
        return {}
    paid_by = func.coalesce(Order.client_id, Payment.client_id)
    ids = [p.id for p in payments]
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        for pid, name in s.execute(
                select(Payment.id, Client.name).select_from(Payment)
                .outerjoin(Order, Order.id == Payment.order_id)
                .join(Client, Client.id == paid_by)
                .where(Payment.id.in_(ids[i:i + 500]))):
            out[pid] = name
    return out


@_command
def cmd_payments_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from storage.csvio import record
    from storage.periods import year_bounds
    from storage.tables import Payment

    with cli._open(args) as store, store.session() as s:
        zone = _zone(s)
        query = select(Payment)
        if args.year is not None:
            if args.start or args.end:
                raise Refused("--year", "give either --year or --from/--to, not both.")
            start, end = year_bounds(args.year, zone)  # type: ignore[arg-type]
            query = query.where(Payment.received_at >= start, Payment.received_at < end)
        if args.start:
            query = query.where(Payment.received_at >= parse_when(args.start, "--from", zone))
        if args.end:
            end_at = parse_when(args.end, "--to", zone)
            if len(args.end.strip()) == 10:  # a date alone: that whole day
                from datetime import timedelta

                end_at += timedelta(days=1)
            query = query.where(Payment.received_at < end_at)
        if args.order:
            query = query.where(Payment.order_id == args.order)
        payments = list(s.scalars(query.order_by(Payment.received_at.desc(), Payment.id.desc())))
        records = [record(p) for p in payments]
        clients = _payment_clients(s, payments)
        rows = [_payment_row(p, zone, clients.get(p.id, "")) for p in payments]
    return _print_objects(args, records, ["Id", "Received", "Kind", "Amount", "Fee", "Home",
                                          "Order", "Client", "Note"], rows)


@_command
def cmd_payments_show(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.tables import Payment

    with cli._open(args) as store, store.session() as s:
        data = record(_get(s, Payment, args.id, "payment"))
    return _show(args, data)


@_command
def cmd_payments_add(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.payments import record_payment

    with cli._open(args) as store, store.transaction() as s:
        changes = _payment_changes(args, s, None)
        payment = record_payment(s, **changes)
        data = record(payment)
    return _done(args, data, f"Added payment #{data['id']}: "
                             f"{cli._money(data['amount_minor'], data['currency'])}")


@_command
def cmd_payments_edit(args: argparse.Namespace) -> int:
    from storage.csvio import record
    from storage.payments import update_payment
    from storage.tables import Payment

    with cli._open(args) as store, store.transaction() as s:
        payment = _get(s, Payment, args.id, "payment")
        changed = update_payment(s, payment, _payment_changes(args, s, payment))
        data = record(payment)
    return _done(args, data, f"Saved payment #{data['id']}: "
                             + (", ".join(changed) + " changed" if changed else "nothing changed"))


# --- parser ---------------------------------------------------------------------------------


def _object_id(text: str) -> int:
    digits = text.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(f"“{text}” is not an id (a whole number)")
    return int(digits)


def _positive(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number above zero")
    return int(text)


def _verbs(sub: Any, common: argparse.ArgumentParser, noun: str, what: str) -> dict[str, Any]:
    group = sub.add_parser(noun, parents=[common], help=what)
    verbs = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    out = {}
    for verb, text in (("list", f"list the {noun}"), ("show", f"one of the {noun}"),
                       ("add", f"add to the {noun}"), ("edit", "change the given fields")):
        p = verbs.add_parser(verb, parents=[common], help=text)
        if verb in ("show", "edit"):
            p.add_argument("id", type=_object_id, metavar="ID")
        p.add_argument("--json", action="store_true", help="print JSON (the CSV export's keys)")
        out[verb] = p
    out["_verbs"] = verbs
    return out


def add_object_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register `atelier gigs|clients|orders|payments …` on the main parser's subcommands."""
    # clients
    c = _verbs(sub, common, "clients", "clients: list, show, add, edit")
    for verb in ("add", "edit"):
        p = c[verb]
        p.add_argument("--name", required=verb == "add")
        p.add_argument("--handle")
        p.add_argument("--platform", metavar="ID|NAME", help="'' for none")
        p.add_argument("--country", metavar="CODE", help="ISO 3166 (FR, MA, CA…)")
        p.add_argument("--language", metavar="CODE", help="fr, en, fr-CA…")
        p.add_argument("--email")
        p.add_argument("--notes")
        p.add_argument("--currency", dest="client_currency", metavar="CODE",
                       help="the currency they pay in ('' for none)")
        p.add_argument("--address", help="as printed on invoices (lines separated by \\n)")
        p.add_argument("--company-number", dest="company_number",
                       help="SIREN/SIRET, ICE or business number (invoices)")
        p.add_argument("--vat-number", dest="vat_number")
        p.add_argument("--business", dest="is_business", action=argparse.BooleanOptionalAction,
                       default=None, help="a company (business-to-business mentions)")
        p.add_argument("--keep-local", dest="keep_local", action=argparse.BooleanOptionalAction,
                       default=None, help="keep on this computer: nothing of theirs is ever "
                       "sent to an inference server")
    for verb, fn in (("list", cmd_clients_list), ("show", cmd_clients_show),
                     ("add", cmd_clients_add), ("edit", cmd_clients_edit)):
        c[verb].set_defaults(func=fn)

    # gigs
    g = _verbs(sub, common, "gigs", "gigs and their packages: list, show, add, edit")
    g["list"].add_argument("--status", help="active, paused or archived")
    for verb in ("add", "edit"):
        p = g[verb]
        p.add_argument("--title", required=verb == "add")
        p.add_argument("--category")
        p.add_argument("--platform", metavar="ID|NAME", help="'' for none")
        p.add_argument("--status", help="active, paused or archived")
        p.add_argument("--activity", help="sales_bic, services_bic or liberal_bnc ('' for "
                       "the one in Settings)")
        p.add_argument("--tags", help="comma-separated")
        p.add_argument("--description")
        p.add_argument("--package", action="append", type=package_arg,
                       metavar="TIER:PRICE:DAYS[:REVISIONS]",
                       help="add a package, or change the one of that tier (repeatable)")
        p.add_argument("--currency", metavar="CODE",
                       help="of the --package prices (default: the platform's currency)")
        if verb == "edit":
            p.add_argument("--remove-package", action="append", metavar="TIER")
        else:
            p.set_defaults(remove_package=None)
    for verb, fn in (("list", cmd_gigs_list), ("show", cmd_gigs_show), ("add", cmd_gigs_add),
                     ("edit", cmd_gigs_edit)):
        g[verb].set_defaults(func=fn)

    # orders
    o = _verbs(sub, common, "orders",
               "orders: list, show, add, edit, move to a status, time tracking")
    o["list"].add_argument("--status", help="awaiting_requirements, in_progress, delivered…")
    o["list"].add_argument("--client", metavar="ID|NAME")
    o["list"].add_argument("--limit", type=_positive, default=None, metavar="N")
    for verb in ("add", "edit"):
        p = o[verb]
        p.add_argument("--client", metavar="ID|NAME", required=verb == "add")
        p.add_argument("--gig", metavar="ID|TITLE")
        p.add_argument("--package", metavar="TIER",
                       help="basic, standard, premium or the tier's name: its price, currency "
                       "and delivery days")
        p.add_argument("--platform", metavar="ID|NAME",
                       help="default: the gig's platform, else Direct")
        p.add_argument("--title", help="default: the gig's title")
        p.add_argument("--price", metavar="AMOUNT", help="decimal text, e.g. 45.00")
        p.add_argument("--currency", metavar="CODE")
        p.add_argument("--received", metavar="DATE", help="ISO 8601 (default: now)")
        p.add_argument("--due", metavar="DATE", help="ISO 8601 (default: from the package)")
        p.add_argument("--no-due", action="store_true", help="no due date")
        p.add_argument("--brief")
        p.add_argument("--ref", metavar="TEXT", help="the order number on the platform")
        p.add_argument("--notes")
        if verb == "edit":
            p.add_argument("--revisions-used", type=int, metavar="N")
    for verb, fn in (("list", cmd_orders_list), ("show", cmd_orders_show),
                     ("add", cmd_orders_add), ("edit", cmd_orders_edit)):
        o[verb].set_defaults(func=fn)
    p = o["_verbs"].add_parser("move", parents=[common], help="move an order to a status")
    p.add_argument("id", type=_object_id, metavar="ID")
    p.add_argument("status", metavar="STATUS",
                   help="in_progress, delivered, revision_requested, completed, cancelled, "
                   "disputed")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_orders_move)
    p = o["_verbs"].add_parser("timer", parents=[common], help="start or stop the order's timer")
    p.add_argument("action", choices=["start", "stop"])
    p.add_argument("id", type=_object_id, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_orders_timer)

    # payments
    y = _verbs(sub, common, "payments", "payments received: list, show, add, edit")
    y["list"].add_argument("--year", type=cli._year)
    y["list"].add_argument("--from", dest="start", metavar="DATE")
    y["list"].add_argument("--to", dest="end", metavar="DATE", help="included")
    y["list"].add_argument("--order", type=_object_id, metavar="ID")
    for verb in ("add", "edit"):
        p = y[verb]
        p.add_argument("--order", metavar="ID", help="the order paid ('' for none)")
        p.add_argument("--kind", help="payout, tip, refund or adjustment (default: payout)")
        p.add_argument("--amount", metavar="AMOUNT",
                       help="received, after the platform's fee (decimal text)")
        p.add_argument("--fee", metavar="AMOUNT", help="kept by the platform")
        p.add_argument("--currency", metavar="CODE",
                       help="default: the order's currency, else the home currency")
        p.add_argument("--received", metavar="DATE", help="ISO 8601 (default: now)")
        p.add_argument("--rate", help="1 CURRENCY in the home currency, when they differ")
        p.add_argument("--note")
    for verb, fn in (("list", cmd_payments_list), ("show", cmd_payments_show),
                     ("add", cmd_payments_add), ("edit", cmd_payments_edit)):
        y[verb].set_defaults(func=fn)


__all__ = ["OPTION_OF", "Refused", "add_object_commands", "find_package", "resolve"]

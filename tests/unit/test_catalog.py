"""Gigs with packages and clients: validation, saving, deleting, list figures."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage import catalog
from storage.catalog import (
    ClientFields,
    GigFields,
    PackageFields,
    PackageValidationError,
    client_rows,
    delete_client,
    delete_gig,
    gig_rows,
    parse_package_field,
    save_client,
    save_gig,
)
from storage.errors import ValidationError
from storage.tables import (
    Activity,
    Client,
    Gig,
    GigPackage,
    GigStatus,
    Order,
    OrderEvent,
    Payment,
    PaymentKind,
)
from tests.factories import at, client, gig_with_packages, order, platform


def _pkg(tier: str = "Basic", price: int = 2500, **kw: object) -> PackageFields:
    return PackageFields(tier=tier, price_minor=price, currency=kw.pop("currency", "EUR"),
                         delivery_days=kw.pop("delivery_days", 3), **kw)


def _gig(**kw: object) -> GigFields:
    kw.setdefault("title", "Relecture et correction")
    kw.setdefault("packages", [_pkg("Basic", 2500), _pkg("Premium", 9000)])
    return GigFields(**kw)


def _error(store, fn) -> ValidationError:
    with pytest.raises(ValidationError) as info, store.transaction() as s:
        fn(s)
    return info.value


def _count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- gigs ---------------------------------------------------------------------------------


def test_save_gig_stores_gig_and_packages(store):
    with store.transaction() as s:
        fiverr = platform(s, "Fiverr").id
        gig = save_gig(s, _gig(platform_id=fiverr, category="  Rédaction ",
                               tags="seo,  Blog , seo,", activity="liberal_bnc"))
        gid = gig.id
    with store.session() as s:
        g = s.get(Gig, gid)
        assert g.category == "Rédaction" and g.tags == "seo, Blog"
        assert g.activity is Activity.LIBERAL_BNC and g.status is GigStatus.ACTIVE
        assert [(p.tier, p.price_minor, p.currency) for p in g.packages] == [
            ("Basic", 2500, "EUR"), ("Premium", 9000, "EUR")]


@pytest.mark.parametrize(("fields", "field", "message"), [
    (dict(title="  "), "title", "A gig needs a title."),
    (dict(packages=[_pkg(), _pkg("Pro", -1)]), "packages[1].price",
     "Package 2: The price cannot be negative."),
    (dict(packages=[_pkg(" ")]), "packages[0].tier", "Package 1: A package needs a tier name."),
    (dict(packages=[_pkg("Basic"), _pkg("basic ")]), "packages[1].tier",
     "Package 2: Another package is already called “basic”"),
    (dict(packages=[_pkg(currency="EURO")]), "packages[0].currency",
     "Package 1: “EURO” is not a currency"),
    (dict(packages=[_pkg(delivery_days=0)]), "packages[0].delivery_days",
     "Package 1: The delivery time is at least one day."),
    (dict(packages=[_pkg(revisions_included=-2)]), "packages[0].revisions",
     "Package 1: The number of revisions cannot be negative."),
    (dict(status="sold"), "status", "Unknown gig status"),
    (dict(activity="crafts"), "activity", "Unknown activity type"),
    (dict(platform_id=999), "platform", "This platform does not exist"),
])
def test_invalid_gig_is_refused_and_nothing_written(store, fields, field, message):
    before = _count(store, Gig), _count(store, GigPackage)
    err = _error(store, lambda s: save_gig(s, _gig(**fields)))
    assert err.field == field
    assert err.message.startswith(message)
    assert (_count(store, Gig), _count(store, GigPackage)) == before


def test_package_error_names_its_row():
    with pytest.raises(PackageValidationError) as info:
        catalog.validate_package(3, _pkg(price=-5))
    assert info.value.row == 3 and info.value.name == "price"
    assert info.value.detail == "The price cannot be negative."
    assert parse_package_field(info.value.field) == (3, "price")
    assert parse_package_field("price") is None


def test_editing_keeps_package_ids_and_swaps_tiers(store):
    with store.transaction() as s:
        g = gig_with_packages(s)
        c = client(s)
        o = order(s, client_obj=c, gig_id=g.id, package_id=g.packages[0].id, due=None)
        gid, basic, premium, oid = g.id, g.packages[0].id, g.packages[1].id, o.id
    with store.transaction() as s:
        f = catalog.gig_fields(s.get(Gig, gid))
        f.packages[0].tier, f.packages[1].tier = "Premium", "Basic"  # swap names
        f.packages.append(_pkg("Standard", 8000, currency="USD"))
        save_gig(s, f, gid)
    with store.session() as s:
        tiers = {p.id: p.tier for p in s.get(Gig, gid).packages}
        assert tiers[basic] == "Premium" and tiers[premium] == "Basic"
        assert sorted(tiers.values()) == ["Basic", "Premium", "Standard"]
        assert s.get(Order, oid).package_id == basic


def test_removing_a_package_keeps_its_orders(store):
    with store.transaction() as s:
        g = gig_with_packages(s)
        o = order(s, gig_id=g.id, package_id=g.packages[0].id, due=None)
        gid, oid = g.id, o.id
    with store.transaction() as s:
        f = catalog.gig_fields(s.get(Gig, gid))
        del f.packages[0]
        save_gig(s, f, gid)
    with store.session() as s:
        assert [p.tier for p in s.get(Gig, gid).packages] == ["Premium"]
        o = s.get(Order, oid)
        assert o.gig_id == gid and o.package_id is None


def test_delete_gig_keeps_orders_without_link(store):
    with store.transaction() as s:
        g = gig_with_packages(s)
        o = order(s, gig_id=g.id, package_id=g.packages[1].id, due=None)
        gid, oid = g.id, o.id
    with store.transaction() as s:
        assert delete_gig(s, gid, now=at("2026-04-01T10:00")) == 1
    with store.session() as s:
        assert s.get(Gig, gid) is None
        assert _count(store, GigPackage) == 0
        o = s.get(Order, oid)
        assert o.gig_id is None and o.package_id is None
        fields = {e.field for e in s.scalars(select(OrderEvent).where(
            OrderEvent.order_id == oid, OrderEvent.kind == "edit"))}
        assert fields == {"gig_id", "package_id"}


def test_set_gig_status(store):
    with store.transaction() as s:
        gid = gig_with_packages(s).id
    with store.transaction() as s:
        catalog.set_gig_status(s, gid, "paused")
    with store.session() as s:
        assert s.get(Gig, gid).status is GigStatus.PAUSED
    assert _error(store, lambda s: catalog.set_gig_status(s, gid, "gone")).field == "status"


def test_gig_rows_figures(store):
    with store.transaction() as s:
        g = gig_with_packages(s)
        gig_with_packages(s, title="Logo", status=GigStatus.ARCHIVED)
        o = order(s, gig_id=g.id, package_id=g.packages[0].id, due=None)
        order(s, gig_id=g.id, due=None, client_obj=o.client)
        s.add(Payment(order_id=o.id, kind=PaymentKind.PAYOUT, amount_minor=4000, fee_minor=1000,
                      currency="EUR", received_at=at("2026-03-20T10:00"), home_currency="EUR",
                      home_amount_minor=4000, home_fee_minor=1000))
        s.add(Payment(order_id=o.id, kind=PaymentKind.TIP, amount_minor=500, currency="EUR",
                      received_at=at("2026-03-21T10:00"), home_currency="EUR",
                      home_amount_minor=500))
    with store.session() as s:
        home, rows = gig_rows(s)
    assert home == "EUR"
    by_title = {r.title: r for r in rows}
    seo = by_title["Rédaction web SEO"]
    assert (seo.orders, seo.open_orders, seo.net_minor) == (2, 2, 4500)
    assert (seo.from_minor, seo.currency, seo.packages, seo.platform) == (5000, "USD", 2, "Fiverr")
    assert by_title["Logo"].status is GigStatus.ARCHIVED and by_title["Logo"].orders == 0


def test_categories(store):
    with store.transaction() as s:
        save_gig(s, _gig(category="traduction"))
        save_gig(s, _gig(title="B", category="Rédaction"))
        save_gig(s, _gig(title="C", category="Rédaction"))
        save_gig(s, _gig(title="D"))
    with store.session() as s:
        assert catalog.gig_categories(s) == ["Rédaction", "traduction"]


# --- clients ------------------------------------------------------------------------------


def test_save_client_normalises(store):
    with store.transaction() as s:
        c = save_client(s, ClientFields(name="  Studio   Nord ", country="ma", language="FR-ca",
                                        email=" hello@studio-nord.ma "))
        cid = c.id
    with store.session() as s:
        c = s.get(Client, cid)
        assert (c.name, c.country, c.language, c.email) == (
            "Studio Nord", "MA", "fr-CA", "hello@studio-nord.ma")


@pytest.mark.parametrize(("fields", "field"), [
    (dict(name=" "), "name"),
    (dict(email="jean.dupont@exemple"), "email"),
    (dict(email="jean dupont@exemple.fr"), "email"),
    (dict(country="FRA"), "country"),
    (dict(country="ZZ"), "country"),
    (dict(language="français"), "language"),
    (dict(platform_id=999), "platform"),
])
def test_invalid_client_is_refused(store, fields, field):
    fields.setdefault("name", "Jean Dupont")
    err = _error(store, lambda s: save_client(s, ClientFields(**fields)))
    assert err.field == field
    assert _count(store, Client) == 0


def test_client_country_and_language_may_be_empty(store):
    with store.transaction() as s:
        c = save_client(s, ClientFields(name="Anonyme"))
        assert (c.country, c.language, c.email) == ("", "", "")


def test_update_client(store):
    with store.transaction() as s:
        cid = client(s).id
    with store.transaction() as s:
        f = catalog.client_fields(s.get(Client, cid))
        f.notes = "Prefers WhatsApp"
        save_client(s, f, cid)
    with store.session() as s:
        assert s.get(Client, cid).notes == "Prefers WhatsApp"


def test_delete_client_with_orders_is_refused(store):
    with store.transaction() as s:
        o = order(s)
        cid = o.client_id
    err = _error(store, lambda s: delete_client(s, cid))
    assert err.field == "client" and "1 order:" in err.message
    assert _count(store, Client) == 1


def test_delete_client_without_orders(store):
    with store.transaction() as s:
        cid = client(s).id
    with store.transaction() as s:
        delete_client(s, cid)
    assert _count(store, Client) == 0


def test_a_payment_with_a_client_and_no_order_counts_in_its_clients_net(store):
    """An imported payment names its client without an order (Payment.client_id): the
    Clients list's net paid counts it, as the income report by client does."""
    with store.transaction() as s:
        c = client(s, "Atlas Média")
        other = client(s, "Zoé Martin")
        o = order(s, client_obj=c, received="2026-03-02T09:00")
        s.add(Payment(order_id=o.id, kind=PaymentKind.PAYOUT, amount_minor=9000,
                      currency="EUR", received_at=at("2026-03-20T10:00"), home_currency="EUR",
                      home_amount_minor=9000))
        s.add(Payment(client_id=c.id, kind=PaymentKind.PAYOUT, amount_minor=4200,
                      currency="EUR", received_at=at("2026-04-01T10:00"), home_currency="EUR",
                      home_amount_minor=4200, source="paypal", source_id="X1"))
        s.add(Payment(client_id=other.id, kind=PaymentKind.PAYOUT, amount_minor=700,
                      currency="EUR", received_at=at("2026-04-02T10:00"), home_currency="EUR",
                      home_amount_minor=700, source="paypal", source_id="X2"))
    with store.session() as s:
        _home, rows = client_rows(s)
    assert [(r.name, r.orders, r.net_minor) for r in rows] == [
        ("Atlas Média", 1, 13200), ("Zoé Martin", 0, 700)]


def test_client_rows_and_recent_orders(store):
    with store.transaction() as s:
        c = client(s, "Agence Lumière")
        client(s, "Zoé Martin")
        first = order(s, client_obj=c, received="2026-03-02T09:00")
        order(s, client_obj=c, title="Second", received="2026-04-02T09:00",
              due="2026-04-05T09:00")
        s.add(Payment(order_id=first.id, kind=PaymentKind.PAYOUT, amount_minor=9000,
                      currency="EUR", received_at=at("2026-03-20T10:00"), home_currency="EUR",
                      home_amount_minor=9000))
        s.add(Payment(order_id=first.id, kind=PaymentKind.PAYOUT, amount_minor=100,
                      currency="USD", received_at=at("2026-03-20T10:00"), home_currency="USD",
                      home_amount_minor=100))  # an old home currency: not counted
        cid = c.id
    with store.session() as s:
        _home, rows = client_rows(s)
        recent = catalog.recent_orders(s, cid)
    assert [r.name for r in rows] == ["Agence Lumière", "Zoé Martin"]
    lum = rows[0]
    assert (lum.orders, lum.net_minor, lum.last_order_at) == (2, 9000, at("2026-04-02T09:00"))
    assert rows[1].orders == 0 and rows[1].last_order_at is None
    assert [o.title for o in recent] == ["Second", "Article de blog"]


def test_fold():
    assert catalog.fold("Québec ÉTÉ") == "quebec ete"

"""A client's currency: stored (migration 0007), validated, and a package's price converted
into it at the stored rates, or no figure (the form asks) when no rate links them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.catalog import ClientFields, client_fields, save_client
from storage.db import current_revision, open_store, upgrade
from storage.errors import ValidationError
from storage.pay import client_currencies, package_price_in
from storage.store_file import head_revision
from storage.tables import Client


@dataclass
class Package:
    price_minor: int
    currency: str


RATES = {"MAD": Decimal("0.0925"), "USD": Decimal("0.92")}  # into EUR


def test_same_currency_keeps_the_package_price() -> None:
    assert package_price_in("EUR", Package(5000, "EUR"), RATES, "EUR") == 5000


def test_home_currency_package_is_converted_into_the_clients_currency() -> None:
    # €50 for a client paying in dirhams: 50 / 0.0925 = 540.54 MAD
    assert package_price_in("MAD", Package(5000, "EUR"), RATES, "EUR") == 54054


def test_foreign_package_into_home_and_across_two_foreign_currencies() -> None:
    assert package_price_in("EUR", Package(5000, "USD"), RATES, "EUR") == 4600
    # $50 → €46 → 497.30 MAD
    assert package_price_in("MAD", Package(5000, "USD"), RATES, "EUR") == 49730


def test_no_stored_rate_gives_no_price_never_one_to_one() -> None:
    assert package_price_in("CAD", Package(5000, "EUR"), RATES, "EUR") is None
    assert package_price_in("EUR", Package(5000, "GBP"), RATES, "EUR") is None


def test_exponents_differ() -> None:
    # 1 JPY = 0.006 EUR: ¥10,000 → €60.00; €60 → ¥10,000
    rates = {"JPY": Decimal("0.006")}
    assert package_price_in("EUR", Package(10000, "JPY"), rates, "EUR") == 6000
    assert package_price_in("JPY", Package(6000, "EUR"), rates, "EUR") == 10000


def test_client_currency_is_saved_normalised_and_a_bad_one_refused(store) -> None:
    with store.transaction() as s:
        c = save_client(s, ClientFields(name="Atlas Média", country="MA", currency=" mad "))
        cid = c.id
    with store.session() as s:
        assert client_fields(s.get(Client, cid)).currency == "MAD"
        assert client_currencies(s) == {cid: "MAD"}
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        save_client(s, ClientFields(name="Atlas Média", currency="DIRHAM"), cid)
    assert err.value.field == "currency"
    with store.session() as s:
        assert s.get(Client, cid).currency == "MAD"


def test_a_client_without_currency_has_none(store) -> None:
    with store.transaction() as s:
        cid = save_client(s, ClientFields(name="Sans devise")).id
    with store.session() as s:
        assert s.get(Client, cid).currency == ""
        assert client_currencies(s) == {}


def test_migration_0007_adds_an_empty_currency_to_existing_clients(tmp_path: Path) -> None:
    path = tmp_path / "atelier.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO clients (id, name, handle, country, language, email, "
                          "notes, created_at) VALUES (1, 'Old client', '', 'FR', 'fr', '', '', "
                          "'2025-01-03 09:00:00.000000')"))
    engine.dispose()
    with open_store(path) as store:
        assert current_revision(store.engine) == head_revision() >= "0007"
        with store.session() as s:
            assert s.get(Client, 1).currency == ""

"""Order search: words anywhere in title, brief, reference or client; accents ignored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.orders import delete_order, update_order
from storage.search import fts_query, search_orders
from storage.tables import Client
from tests.factories import client, order


@pytest.fixture
def orders(store):
    with store.transaction() as s:
        c = client(s, "Éditions Côté Mer")
        order(s, title="Création de logo minimaliste", brief="Un résumé élégant",
              received="2026-01-01T10:00", client_obj=c)
        order(s, title="SEO article", brief="About specialty coffee", external_ref="FO12AB",
              received="2026-02-01T10:00", client_obj=client(s, "Maple Books"))
    return store


def titles(s, text):
    return [o.title for o in search_orders(s, text)]


def test_accents_case_and_prefixes(orders) -> None:
    with orders.session() as s:
        assert titles(s, "RESUME") == ["Création de logo minimaliste"]
        assert titles(s, "minimal") == ["Création de logo minimaliste"]
        assert titles(s, "cote mer") == ["Création de logo minimaliste"]
        assert titles(s, "fo12") == ["SEO article"]
        assert titles(s, "coffee maple") == ["SEO article"]
        assert titles(s, "coffee logo") == []  # every word must match


def test_index_follows_edits_renames_and_deletes(orders) -> None:
    with orders.transaction() as s:
        first = search_orders(s, "logo")[0]
        update_order(s, first, {"title": "Identité visuelle"})
        s.scalars(select(Client).where(Client.name == "Maple Books")).one().name = "Érable"
    with orders.session() as s:
        assert titles(s, "logo") == []
        assert titles(s, "identite") == ["Identité visuelle"]
        assert titles(s, "erable") == ["SEO article"]
    with orders.transaction() as s:
        delete_order(s, search_orders(s, "erable")[0])
    with orders.session() as s:
        assert titles(s, "coffee") == []


@pytest.mark.parametrize("text", ['"', "'; DROP TABLE orders; --", "NEAR(", "*", "a OR", "   "])
def test_odd_input_is_searched_as_plain_words(orders, text) -> None:
    with orders.session() as s:
        search_orders(s, text)  # never an FTS syntax error
    assert fts_query("  ") is None

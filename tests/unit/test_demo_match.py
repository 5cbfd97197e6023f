"""Issue 18's "Done when", on the demo: with the real all-MiniLM-L6-v2 imported through
`atelier models import`, `atelier match "I need a minimalist logo for my bakery, vector
files" --json` ranks a logo gig first with an hourly range built from past logo orders; a
French request finds a French gig; a request asking to pay outside Fiverr is flagged."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.db import open_store
from storage.demo import GIGS, OPPORTUNITY_SPECS, generate
from storage.paths import store_path
from storage.tables import Order
from tests.cli_helpers import run

Capsys = pytest.CaptureFixture[str]
#: Enough orders for a dozen past logo orders with tracked time, few enough to index in
#: seconds (every passage gets a vector).
ORDERS = 120
AS_OF = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)
FRENCH_GIGS = {g.title for g in GIGS if g.lang == "fr"}


def _match(capsys: Capsys, data_dir: Path, text: str) -> dict:
    from tests.real_models import MINILM_NAME

    code, out, err = run(capsys, "match", text, "--model", MINILM_NAME, "--json",
                         "--data-dir", str(data_dir))
    assert code == 0, err
    return json.loads(out)


def _gig_of(store_dir: Path, order_ids: list[int]) -> dict[int, str]:
    with open_store(store_path(store_dir)) as store, store.session() as s:
        return {oid: order.gig.title for oid in order_ids
                if (order := s.get(Order, oid)) is not None and order.gig is not None}


@pytest.mark.slow
def test_the_demo_matches_a_logo_request_a_french_one_and_flags_paying_outside_fiverr(
        tmp_path: Path, capsys: Capsys) -> None:
    from tests.real_models import MINILM_NAME, import_minilm

    with open_store(store_path(tmp_path)) as store:
        generate(store, orders=ORDERS, seed=1, as_of=AS_OF)
    import_minilm(tmp_path)
    capsys.readouterr()

    data = _match(capsys, tmp_path, "I need a minimalist logo for my bakery, vector files")
    assert data["ranking"] == "semantic" and data["language"] == "en"
    assert data["gigs"][0]["title"] == "Minimalist logo design"
    assert "SEO blog post writing" not in [g["title"] for g in data["gigs"][:3]]
    expected = data["expected_net_per_hour"]
    assert expected is not None and expected["currency"] == "EUR" and expected["orders"] >= 3
    assert 0 < expected["low_minor"] <= expected["high_minor"]
    # the similar orders (and the whole pool the range is built from) are logo orders
    with open_store(store_path(tmp_path)) as store, store.session() as s:
        from assistants.embedding import open_embedder
        from storage.matching import POOL, match_request

        embedder = open_embedder(tmp_path / "models" / MINILM_NAME, name=MINILM_NAME)
        pool = match_request(s, "I need a minimalist logo for my bakery, vector files",
                             embedder=embedder, limit=POOL)
    assert [o["id"] for o in data["similar_orders"]] == \
        [o.order_id for o in pool.similar_orders][:len(data["similar_orders"])]
    gig_of = _gig_of(tmp_path, [o.order_id for o in pool.similar_orders])
    assert len(gig_of) == len(pool.similar_orders) >= expected["orders"]
    assert all("logo" in title.lower() for title in gig_of.values()), gig_of

    # a French request finds a French gig (its words carry it: the model is English)
    data = _match(capsys, tmp_path, "Bonjour, je voudrais la création d'un logo minimaliste "
                                    "pour ma boulangerie, avec les fichiers vectoriels.")
    assert data["language"] == "fr"
    assert data["gigs"][0]["title"] in FRENCH_GIGS
    assert "logo" in data["gigs"][0]["title"].lower()

    # the demo's own request asking to pay outside Fiverr: flagged with its words
    request = next(o["text"] for o in OPPORTUNITY_SPECS if "outside Fiverr" in o["text"])
    data = _match(capsys, tmp_path, request)
    assert {"kind": "off_platform_payment", "text": "pay outside Fiverr"} in data["flags"]
    assert data["gigs"][0]["title"] == "Minimalist logo design"

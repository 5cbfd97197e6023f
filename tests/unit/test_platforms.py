"""Platform fee rules and URSSAF figures as edited in Settings: validated, then saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from storage.errors import ValidationError
from storage.fees import platform_fee
from storage.platforms import (
    PlatformFields,
    add_platform,
    delete_platform,
    order_counts,
    orders_using,
    parse_percent,
    percent_text,
    save_platform,
)
from storage.tables import Client, Gig, Platform, UrssafYear
from storage.urssaf import URSSAF_FIGURES, save_urssaf_year
from tests.factories import order, platform


def fields(**kw: object) -> PlatformFields:
    base: dict[str, object] = {"name": "Codeur.com", "fee_percent": "10", "fee_fixed": "0",
                               "tips_charged": False, "clearance_days": 7,
                               "default_currency": "EUR"}
    base.update(kw)
    return PlatformFields(**base)  # type: ignore[arg-type]


# --- percentages ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "bp"), [
    ("20", 2000), ("12,5", 1250), ("12.5", 1250), (" 12,5 % ", 1250), ("0", 0), ("100", 10000),
    ("7,25", 725), ("25,6\u00a0%", 2560), (Decimal("1.5"), 150), (15, 1500),
])
def test_percent_is_parsed_into_basis_points(text: str, bp: int) -> None:
    assert parse_percent(text) == bp


@pytest.mark.parametrize("text", ["abc", "-1", "100,01", "101", "12,345", "1.2.3", "1,2.3",
                                  "NaN", "Infinity", ""])
def test_bad_percent_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_percent(text, "rate")
    assert err.value.field == "rate"


def test_empty_percent_is_none_when_optional() -> None:
    assert parse_percent("  ", required=False) is None
    assert parse_percent(None, required=False) is None


@pytest.mark.parametrize(("bp", "lang", "text"), [
    (2000, "en", "20"), (1250, "en", "12.5"), (1250, "fr", "12,5"), (725, "fr", "7,25"),
    (0, "en", "0"), (None, "en", ""),
])
def test_percent_text_round_trips(bp: int | None, lang: str, text: str) -> None:
    assert percent_text(bp, lang) == text
    if bp is not None:
        assert parse_percent(text) == bp


# --- saving platforms -------------------------------------------------------------------------


def test_editing_fiverr_fee_changes_the_fee_it_takes(store) -> None:
    with store.transaction() as s:
        fiverr = platform(s, "Fiverr")
        save_platform(s, fields(name="Fiverr", fee_percent="15", fee_fixed="0,50",
                                default_currency="USD", tips_charged=True, clearance_days="14"),
                      fiverr.id, lang="fr")
    with store.session() as s:
        fiverr = platform(s, "Fiverr")
        assert (fiverr.fee_bp, fiverr.fee_fixed_minor, fiverr.clearance_days) == (1500, 50, 14)
        assert fiverr.preset is True and fiverr.tips_charged is True
        assert platform_fee(fiverr, 10000) == 1550


def test_adding_a_custom_platform(store) -> None:
    with store.transaction() as s:
        p = add_platform(s, fields(name="  Codeur.com  ", fee_fixed=""))
        assert p.id is not None
    with store.session() as s:
        p = platform(s, "Codeur.com")
        assert (p.fee_bp, p.fee_fixed_minor, p.preset, p.clearance_days) == (1000, 0, False, 7)


def test_fee_may_stay_unknown(store) -> None:
    with store.transaction() as s:
        comeup = platform(s, "ComeUp")
        save_platform(s, fields(name="ComeUp", fee_percent="", clearance_days=3), comeup.id)
    with store.session() as s:
        assert platform(s, "ComeUp").fee_bp is None


@pytest.mark.parametrize(("kw", "field"), [
    ({"name": "  "}, "name"),
    ({"name": "x" * 81}, "name"),
    ({"name": "fiverr"}, "name"),  # unique, whatever the case
    ({"fee_percent": "120"}, "fee_percent"),
    ({"fee_percent": "-5"}, "fee_percent"),
    ({"fee_fixed": "-1"}, "fee_fixed"),
    ({"fee_fixed": "0,001"}, "fee_fixed"),
    ({"fee_fixed": "abc"}, "fee_fixed"),
    ({"clearance_days": 91}, "clearance_days"),
    ({"clearance_days": -1}, "clearance_days"),
    ({"clearance_days": "ten"}, "clearance_days"),
    ({"default_currency": "XYZ"}, "default_currency"),
    ({"default_currency": ""}, "default_currency"),
])
def test_bad_platform_is_refused_and_nothing_written(store, kw: dict, field: str) -> None:
    with store.session() as s:
        before = s.scalar(select(func.count(Platform.id)))
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        add_platform(s, fields(**kw))
    assert err.value.field == field
    with store.session() as s:
        assert s.scalar(select(func.count(Platform.id))) == before


def test_renaming_keeps_its_own_name_free(store) -> None:
    with store.transaction() as s:
        upwork = platform(s, "Upwork")
        save_platform(s, fields(name="UPWORK", default_currency="USD"), upwork.id)
    with store.session() as s:
        assert s.get(Platform, upwork.id).name == "UPWORK"


def test_fixed_fee_follows_the_currency_exponent(store) -> None:
    with store.transaction() as s:
        p = add_platform(s, fields(name="Local", fee_fixed="1,500", default_currency="TND"))
        assert p.fee_fixed_minor == 1500
        q = add_platform(s, fields(name="Yen", fee_fixed="120", default_currency="JPY"))
        assert q.fee_fixed_minor == 120


# --- deleting ---------------------------------------------------------------------------------


def test_platform_used_by_orders_cannot_be_deleted(store) -> None:
    with store.transaction() as s:
        order(s, platform_name="Malt")
        order(s, platform_name="Malt", title="Second")
    with store.session() as s:
        malt = platform(s, "Malt")
        assert orders_using(s, malt.id) == 2
        assert order_counts(s) == {malt.id: 2}
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        delete_platform(s, malt.id)
    assert err.value.field == "platform"
    assert "2 orders" in err.value.message
    with store.session() as s:
        assert s.get(Platform, malt.id) is not None


def test_unused_platform_is_deleted_and_its_gigs_and_clients_kept(store) -> None:
    with store.transaction() as s:
        p = add_platform(s, fields(name="Codeur.com"))
        g = Gig(title="Logo", platform=p)
        c = Client(name="Ana", platform=p)
        s.add_all([g, c])
        s.flush()
        ids = (p.id, g.id, c.id)
    with store.transaction() as s:
        delete_platform(s, ids[0])
    with store.session() as s:
        assert s.get(Platform, ids[0]) is None
        assert s.get(Gig, ids[1]).platform_id is None
        assert s.get(Client, ids[2]).platform_id is None


def test_deleting_a_missing_platform_is_a_no_op(store) -> None:
    with store.transaction() as s:
        delete_platform(s, 999_999)


# --- URSSAF figures ---------------------------------------------------------------------------


def test_editing_urssaf_figures(store) -> None:
    with store.transaction() as s:
        save_urssaf_year(s, 2026, {"rate_bnc_ssi_bp": "26,1", "ceiling_services_minor": "85 000",
                                   "vl_bnc_bp": "2.2"}, lang="fr")
    with store.session() as s:
        row = s.get(UrssafYear, 2026)
        assert (row.rate_bnc_ssi_bp, row.ceiling_services_minor, row.vl_bnc_bp) == (
            2610, 8_500_000, 220)
        assert row.rate_sales_bp == 1230  # untouched


@pytest.mark.parametrize(("values", "field"), [
    ({"rate_sales_bp": "101"}, "rate_sales_bp"),
    ({"rate_sales_bp": "-1"}, "rate_sales_bp"),
    ({"vat_sales_minor": "-10"}, "vat_sales_minor"),
    ({"vat_sales_minor": "dix"}, "vat_sales_minor"),
    ({"rate_sales_bp": "12", "vl_bnc_bp": "x"}, "vl_bnc_bp"),
    ({"bogus": "1"}, "bogus"),
])
def test_bad_urssaf_figure_is_refused_and_nothing_written(store, values: dict,
                                                          field: str) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        save_urssaf_year(s, 2026, values)
    assert err.value.field == field
    with store.session() as s:
        assert s.get(UrssafYear, 2026).rate_sales_bp == 1230


def test_a_new_year_needs_every_figure(store) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        save_urssaf_year(s, 2029, {"rate_sales_bp": "12,3"})
    assert err.value.field == "ceiling_services_minor"
    values = {k: ("12,3" if kind == "percent" else "1000") for k, kind in URSSAF_FIGURES.items()}
    with store.transaction() as s:
        save_urssaf_year(s, 2029, values)
    with store.session() as s:
        row = s.get(UrssafYear, 2029)
        assert (row.rate_sales_bp, row.vat_sales_minor) == (1230, 100_000)


def test_year_out_of_range_is_refused(store) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        save_urssaf_year(s, 1999, {"rate_sales_bp": "12"})
    assert err.value.field == "year"

"""The first-run set-up's checks (storage/identity.py): every identifier with its check digits,
and save_setup writes nothing when one value is wrong.

The valid numbers are made here with their check digits worked out by python-stdnum's
calc_check_digit(s), so they look real without being anyone's.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from stdnum import luhn
from stdnum.iso7064 import mod_97_10

from storage import identifiers, settings, status
from storage.errors import ValidationError
from storage.identifiers import (
    check_gst_number,
    check_ice,
    check_if_number,
    check_qst_number,
    check_siret,
)
from storage.identity import current_setup, next_steps, save_setup
from storage.pay import minimum_hourly
from storage.tables import Platform, Setting


def _luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


SIREN = _luhn("73282932")  # 9 digits, the last the Luhn key of the first 8
SIRET = _luhn(SIREN + "0007")  # the SIREN, a 4-digit establishment number, the Luhn key
# ICE: 9 digits (the firm), 4 (the establishment), 2 check digits making the 15-digit
# number a multiple of 97 (stdnum.ma.ice: mod_97_10.checksum == 0)
ICE = "0012345670001" + f"{(97 - int('0012345670001') * 100 % 97) % 97:02d}"
BN = _luhn("12302663")


def _wrong_last_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def test_valid_numbers_are_accepted_and_stored_compact() -> None:
    assert check_siret(SIREN) == SIREN
    assert check_siret(f"{SIRET[:3]} {SIRET[3:6]} {SIRET[6:9]} {SIRET[9:]}") == SIRET
    assert check_ice(ICE) == ICE
    assert mod_97_10.checksum(ICE) == 0
    assert check_if_number("1234 5678") == "12345678"
    assert check_if_number("1234567") == "1234567"
    assert check_if_number("0012345678") == "0012345678"
    assert check_gst_number(f"{BN}rt0001") == f"{BN} RT 0001"
    assert check_qst_number("1234567890 tq 0001") == "1234567890 TQ 0001"
    for check in (check_siret, check_ice, check_if_number, check_gst_number, check_qst_number):
        assert check("  ") == ""  # not known yet: left empty


def test_a_siret_with_a_wrong_check_digit_says_so_in_plain_words() -> None:
    with pytest.raises(ValidationError) as e:
        check_siret(_wrong_last_digit(SIRET))
    assert e.value.field == "siret"
    assert e.value.message == ("This SIRET's check digit is wrong: check the 14 digits on "
                               "your INSEE notice.")
    with pytest.raises(ValidationError, match="SIREN's check digit is wrong"):
        check_siret(_wrong_last_digit(SIREN))
    with pytest.raises(ValidationError, match="a SIREN has 9 digits, a SIRET 14"):
        check_siret(SIRET[:-1])
    with pytest.raises(ValidationError, match="a SIREN has 9 digits"):
        check_siret("73282932A")


def test_an_ice_with_wrong_check_digits_is_refused() -> None:
    with pytest.raises(ValidationError) as e:
        check_ice(_wrong_last_digit(ICE))
    assert e.value.field == "ice"
    assert "check digits are wrong" in e.value.message
    with pytest.raises(ValidationError, match="it has 15 digits"):
        check_ice(ICE[:-1])


@pytest.mark.parametrize("value", ["123456", "123456789", "12345678901", "1234567A", "١٢٣٤٥٦٧٨"])
def test_an_if_number_is_7_8_or_10_plain_digits(value: str) -> None:
    with pytest.raises(ValidationError) as e:
        check_if_number(value)
    assert e.value.field == "if_number"


def test_gst_and_qst_numbers() -> None:
    with pytest.raises(ValidationError) as e:
        check_gst_number(f"{_wrong_last_digit(BN)} RT 0001")
    assert e.value.field == "gst_number"
    assert "business number's check digit is wrong" in e.value.message
    for wrong in (f"{BN} RC 0001", BN, f"{BN} RT 001", f"{BN[:-1]} RT 0001"):
        with pytest.raises(ValidationError, match="is not a GST number"):
            check_gst_number(wrong)
    for wrong in ("123456789 TQ 0001", "1234567890 RT 0001", "1234567890 TQ 01"):
        with pytest.raises(ValidationError) as e:
            check_qst_number(wrong)
        assert e.value.field == "qst_number"


def test_settings_put_checks_the_new_keys(store) -> None:
    with store.transaction() as s:
        settings.put(s, "siret", SIRET)
        with pytest.raises(ValidationError) as e:
            settings.put(s, "status", "be_indep")
        assert e.value.field == "status"
        with pytest.raises(ValidationError):
            settings.put(s, "ma_activity", "farming")
        with pytest.raises(ValidationError):
            settings.put(s, "qc_registered_on", "31/01/2026")
    with store.session() as s:
        assert settings.get(s, "siret") == SIRET


def _all_settings(s) -> dict[str, str]:
    return {row.key: row.value for row in s.scalars(select(Setting))}


def test_save_setup_stores_everything_and_marks_the_setup_done(store) -> None:
    with store.transaction() as s:
        fiverr = s.scalar(select(Platform.id).where(Platform.name == "Fiverr"))
        comeup = s.scalar(select(Platform.id).where(Platform.name == "ComeUp"))
        save_setup(s, {"status": "ma_auto", "ma_activity": "commerce", "ma_period": "month",
                       "home_currency": "MAD", "timezone": "Africa/Casablanca",
                       "legal_name": "  Salma Idrissi ", "ice": ICE, "if_number": "12345678",
                       "platforms_used": f"{fiverr},{comeup},{fiverr}"},
                   min_hourly="150,50", fees={comeup: "5,5"}, lang="fr")
    with store.session() as s:
        got = _all_settings(s)
        assert got["status"] == "ma_auto" and got["setup_done"] == "yes"
        assert got["ma_activity"] == "commerce" and got["ma_period"] == "month"
        assert got["home_currency"] == "MAD" and got["timezone"] == "Africa/Casablanca"
        assert got["legal_name"] == "Salma Idrissi"
        assert got["ice"] == ICE and got["if_number"] == "12345678"
        assert got["platforms_used"] == f"{fiverr},{comeup}"
        rate = minimum_hourly(s)
        assert rate is not None and (rate.minor, rate.currency) == (15050, "MAD")
        assert s.get(Platform, comeup).fee_bp == 550  # 5.5 % = 550 basis points
        again = current_setup(s, "fr")
        assert again.values["status"] == "ma_auto" and again.min_hourly == "150,50"


@pytest.mark.parametrize(("values", "extra", "field"), [
    ({"siret": _wrong_last_digit(SIRET)}, {}, "siret"),
    ({"ice": "123"}, {}, "ice"),
    ({"gst_number": "nope"}, {}, "gst_number"),
    ({"timezone": "Mars/Olympus"}, {}, "timezone"),
    ({"home_currency": "EURO"}, {}, "home_currency"),
    ({"status": ""}, {}, "status"),
    ({}, {"min_hourly": "-5"}, "min_hourly_rate"),
    ({}, {"fees": {1: "120"}}, "fee_1"),
    ({"platforms_used": "9999"}, {}, "platforms_used"),
])
def test_save_setup_writes_nothing_when_one_value_is_wrong(store, values, extra, field) -> None:
    with store.session() as s:
        before = _all_settings(s)
        fees_before = {p.id: p.fee_bp for p in s.scalars(select(Platform))}
    given = {"status": "fr_micro", "activity": "liberal_bnc", "legal_name": "Jeanne Martin",
             "siret": SIRET, "home_currency": "EUR", **values}
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        save_setup(s, given, min_hourly=extra.get("min_hourly", "40"),
                   fees=extra.get("fees", {1: "15"}))
    assert e.value.field == field
    with store.session() as s:
        assert _all_settings(s) == before
        assert {p.id: p.fee_bp for p in s.scalars(select(Platform))} == fees_before
        assert settings.get(s, "setup_done") != "yes"


def test_next_steps_for_a_new_user(store) -> None:
    from tests.factories import gig_with_packages as gig
    from tests.factories import order

    with store.session() as s:
        assert next_steps(s) == ["setup", "gig", "import", "order"]
    with store.transaction() as s:
        save_setup(s, {"status": "other"})
    with store.session() as s:
        assert next_steps(s) == ["gig", "import", "order"]
    with store.transaction() as s:
        order(s, title="First order", received="2026-11-20T09:00", due="2026-11-28T18:00")
    with store.session() as s:
        assert next_steps(s) == ["gig", "import"]  # what is still missing
    with store.transaction() as s:
        gig(s)
    with store.session() as s:
        assert next_steps(s) == []  # a gig and an order: Today shows the orders


def test_one_payment_keeps_the_next_steps_until_a_gig_and_an_order(store) -> None:
    """A new user who recorded one payment still sees what is missing (it said "All
    clear" after one payment), until the store has a gig and an order or they hide them."""
    from storage.payments import record_payment
    from storage.tables import PaymentKind
    from tests.factories import at, order
    from tests.factories import gig_with_packages as gig

    with store.transaction() as s:
        save_setup(s, {"status": "ma_auto"})
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=5000, currency="EUR",
                       received_at=at("2026-11-02T10:00"))
    with store.session() as s:
        assert next_steps(s) == ["gig", "order"]
    with store.transaction() as s:
        gig(s)
    with store.session() as s:
        assert next_steps(s) == ["order"]
    with store.transaction() as s:
        settings.put(s, "next_steps_hidden", "yes")  # "Hide these steps"
    with store.session() as s:
        assert next_steps(s) == []
    with store.transaction() as s:
        settings.put(s, "next_steps_hidden", "")
        order(s)
    with store.session() as s:
        assert next_steps(s) == []


def test_the_checks_know_every_status() -> None:
    assert identifiers.STATUSES == status.STATUSES

"""Typed access to the store's settings table."""

from __future__ import annotations

from string import Formatter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.defaults import default_settings
from storage.errors import ValidationError
from storage.identifiers import check_value
from storage.money import check_currency
from storage.phrases import Phrase
from storage.tables import Activity, Setting


def get(s: Session, key: str) -> str:
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return value if value is not None else default_settings()[key]


def put(s: Session, key: str, value: str) -> None:
    value = _validate(key, value)
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


IDENTITY_KEYS = frozenset((
    "status", "ma_activity", "ma_period", "qc_gst", "qc_quick_method", "qc_filing",
    "qc_registered_on", "legal_name", "ei_mention", "siret", "ice", "if_number", "gst_number",
    "qst_number", "address", "vat_number", "email"))


def check(key: str, value: str) -> str:
    """`value` as `put` would store it, or the ValidationError it would raise."""
    return _validate(key, value)


def _validate(key: str, value: str) -> str:
    if key == "home_currency":
        return check_currency(value, "home_currency")
    if key == "timezone":
        timezone_of(value)
        return value
    if key == "activity":
        try:
            return Activity(value).value
        except ValueError:
            raise ValidationError("activity", Phrase("Unknown activity type “{activity}”.",
                                                     activity=value)) from None
    if key == "urssaf_period" and value not in ("month", "quarter"):
        raise ValidationError("urssaf_period", "The declaration period is month or quarter.")
    if key == "urssaf_bnc_fund" and value not in ("ssi", "cipav"):
        raise ValidationError("urssaf_bnc_fund", "The pension fund is SSI or CIPAV.")
    if key == "versement_liberatoire" and value not in ("yes", "no"):
        raise ValidationError("versement_liberatoire", "Answer yes or no.")
    if key == "next_steps_hidden" and value not in ("yes", "no", ""):
        raise ValidationError("next_steps_hidden", "Answer yes or no.")
    if key == "due_soon_hours" and not (value.isascii() and value.isdigit() and len(value) <= 3
                                         and 1 <= int(value) <= 24 * 30):
        raise ValidationError("due_soon_hours", "Enter a number of hours between 1 and 720.")
    if key == "work_hours_per_day" and not (value.isascii() and value.isdigit()
                                             and len(value) <= 2 and 1 <= int(value) <= 24):
        raise ValidationError("work_hours_per_day", "Enter a number of hours between 1 and 24.")
    if key in ("invoice_number_format", "quote_number_format"):
        return check_number_format(key, value)
    if key == "vat_regime" and value not in ("franchise", "registered"):
        raise ValidationError("vat_regime", "The VAT regime is franchise or registered.")
    if key in IDENTITY_KEYS:  # the status, its options and the identity (storage/identity.py)
        return check_value(key, value)
    if key == "min_hourly_rate" and value:  # minor units and a currency: "2500 EUR"
        amount, _, currency = value.partition(" ")
        if not (amount.isascii() and amount.isdigit() and len(amount) <= 13):
            raise ValidationError("min_hourly_rate",
                                  "The minimum hourly rate must be above zero, or left empty.")
        return f"{int(amount)} {check_currency(currency, 'min_hourly_rate')}"
    return value


def check_number_format(key: str, value: str) -> str:
    """A document number format (storage/invoicing/numbering.py): literal text with {n} (the
    place in the year's series) and optionally {year}, each with an optional format spec."""
    value = (value or "").strip()
    try:
        names = [name for _, name, _, _ in Formatter().parse(value) if name is not None]
        if "n" not in names or any(name not in ("year", "n") for name in names) \
                or len(value) > 40:
            raise ValueError
        value.format(year=2026, n=1)
    except (ValueError, IndexError, KeyError):
        raise ValidationError(key, "A number format holds {n} (the number in the year's "
                              "series) and may hold {year}, for example {year}-{n:04d}."
                              ) from None
    return value


def timezone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone", Phrase("“{name}” is not a time zone name.",
                                                 name=name)) from None


def home_currency(s: Session) -> str:
    return get(s, "home_currency")


def local_zone(s: Session) -> ZoneInfo:
    return timezone_of(get(s, "timezone"))

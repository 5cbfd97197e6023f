"""Platforms and their fee rules: validating and saving what the user types in Settings.

A fee is typed as a percentage ("20", "12,5", "12.5 %") and stored in basis points (hundredths
of a percent: 2000 = 20 %). The fixed fee is typed in the platform's default currency and
stored in its minor units. Nothing is written when a value is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.money import check_currency, parse_amount
from storage.phrases import Phrase
from storage.tables import Order, Platform

NAME_MAX = 80
CLEARANCE_MAX_DAYS = 90


@dataclass
class PlatformFields:
    """What the user typed for a platform.

    `fee_percent` is None or "" while the fee is not known yet (ComeUp's preset);
    `fee_fixed` is text or a Decimal of major units of `default_currency` ("0,30" → 30).
    """

    name: str
    fee_percent: str | Decimal | int | None
    fee_fixed: str | Decimal | int = "0"
    tips_charged: bool = False
    clearance_days: int | str = 0
    default_currency: str = "EUR"
    notes: str = ""


def parse_percent(text: str | Decimal | int | None, field: str = "fee_percent", *,
                  required: bool = True) -> int | None:
    """A percentage between 0 and 100 with at most two decimals, in basis points.

    Accepts "20", "12,5", "12.5", "12,5 %". Empty text gives None when not `required`.
    """
    if isinstance(text, bool):
        raise ValidationError(field, "Enter a percentage between 0 and 100.")
    if text is None or (isinstance(text, str) and not text.strip()):
        if required:
            raise ValidationError(field, "Enter a percentage between 0 and 100.")
        return None
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        raw = text.strip().replace("%", "").replace("\u00a0", "").replace("\u202f", "")
        raw = raw.replace(" ", "")
        if raw.count(",") + raw.count(".") > 1:
            raise ValidationError(field, Phrase("“{text}” is not a percentage.", text=text))
        try:
            value = Decimal(raw.replace(",", "."))
        except InvalidOperation:
            raise ValidationError(field, Phrase("“{text}” is not a percentage.",
                                                text=text)) from None
    if not value.is_finite():
        raise ValidationError(field, Phrase("“{text}” is not a percentage.", text=text))
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(field, "A percentage is between 0 and 100.")
    bp = value.scaleb(2)
    if bp != bp.to_integral_value():
        raise ValidationError(field, "A percentage has at most two decimals (for example 12,25).")
    return int(bp)


def percent_text(bp: int | None, lang: str = "en") -> str:
    """Basis points as the user would type them back: 2000 → "20", 1250 → "12.5" / "12,5"."""
    if bp is None:
        return ""
    text = f"{Decimal(bp).scaleb(-2).normalize():f}"
    return text.replace(".", ",") if lang.startswith("fr") else text


def _clearance(value: int | str) -> int:
    if isinstance(value, bool):
        raise ValidationError("clearance_days", "Enter a number of days between 0 and 90.")
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            raise ValidationError("clearance_days", "Enter a number of days between 0 and 90.")
        value = int(value)
    if not 0 <= value <= CLEARANCE_MAX_DAYS:
        raise ValidationError("clearance_days", "Enter a number of days between 0 and 90.")
    return value


def _name(s: Session, name: str, platform_id: int | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", "A platform needs a name.")
    if len(name) > NAME_MAX:
        raise ValidationError("name", Phrase("A platform name has at most {count} characters.",
                                             count=NAME_MAX))
    for other_id, other in s.execute(select(Platform.id, Platform.name)):
        if other_id != platform_id and other.casefold() == name.casefold():
            raise ValidationError("name", Phrase("There is already a platform named "
                                                 "“{name}”.", name=other))
    return name


def validate_platform(s: Session, fields: PlatformFields, platform_id: int | None = None, *,
                      lang: str | None = None) -> dict[str, object]:
    """The column values for `fields`, or a ValidationError naming the first wrong field."""
    name = _name(s, fields.name, platform_id)
    fee_bp = parse_percent(fields.fee_percent, "fee_percent", required=False)
    currency = check_currency(fields.default_currency, "default_currency")
    fixed_text = fields.fee_fixed
    if isinstance(fixed_text, str) and not fixed_text.strip():
        fixed_text = "0"
    fixed = parse_amount(fixed_text, currency, "fee_fixed", lang)
    if fixed < 0:
        raise ValidationError("fee_fixed", "The fixed fee cannot be negative.")
    return {
        "name": name, "fee_bp": fee_bp, "fee_fixed_minor": fixed,
        "tips_charged": bool(fields.tips_charged),
        "clearance_days": _clearance(fields.clearance_days),
        "default_currency": currency, "notes": (fields.notes or "").strip(),
    }


def save_platform(s: Session, fields: PlatformFields, platform_id: int | None = None, *,
                  lang: str | None = None) -> Platform:
    """Update platform `platform_id`, or add a custom platform when it is None."""
    platform = None
    if platform_id is not None:
        platform = s.get(Platform, platform_id)
        if platform is None:
            raise ValidationError("platform", "This platform no longer exists.")
    values = validate_platform(s, fields, platform_id, lang=lang)
    if platform is None:
        platform = Platform(preset=False, **values)
        s.add(platform)
    else:
        for key, value in values.items():
            setattr(platform, key, value)
    s.flush()
    return platform


def add_platform(s: Session, fields: PlatformFields, *, lang: str | None = None) -> Platform:
    """A custom platform (not one of the shipped presets)."""
    return save_platform(s, fields, None, lang=lang)


def list_platforms(s: Session) -> list[Platform]:
    """Every platform, the presets first, then by name (case ignored)."""
    return list(s.scalars(select(Platform).order_by(Platform.preset.desc(),
                                                    func.lower(Platform.name))))


def orders_using(s: Session, platform_id: int) -> int:
    return s.scalar(select(func.count(Order.id)).where(Order.platform_id == platform_id)) or 0


def order_counts(s: Session) -> dict[int, int]:
    """How many orders each platform has (platforms without orders are absent)."""
    rows = s.execute(select(Order.platform_id, func.count(Order.id)).group_by(Order.platform_id))
    return {pid: n for pid, n in rows}


def delete_platform(s: Session, platform_id: int) -> None:
    """Delete a platform no order uses; its gigs and clients keep no platform."""
    platform = s.get(Platform, platform_id)
    if platform is None:
        return
    used = orders_using(s, platform_id)
    if used:
        if used == 1:
            raise ValidationError("platform", Phrase(
                "{platform} is used by 1 order: it cannot be deleted.", platform=platform.name))
        raise ValidationError("platform", Phrase(
            "{platform} is used by {count} orders: it cannot be deleted.",
            platform=platform.name, count=used))
    s.delete(platform)
    s.flush()

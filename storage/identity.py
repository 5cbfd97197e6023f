"""The first-run set-up: the freelancer's status, its options, money and time, the platforms
used and the identity printed on documents, checked together and saved in one go.

`save_setup(s, values)` is the one home of this workflow (the set-up window calls it): every
value is checked first, a `ValidationError` names the first wrong field, and nothing is
written unless all of them are right. Identifiers are checked with their check digits
(python-stdnum): SIREN/SIRET (Luhn, INSEE), Moroccan ICE (ISO 7064 mod 97-10), Canadian
business number (Luhn) inside the GST number.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.money import check_currency, parse_amount
from storage.pay import MIN_HOURLY_KEY, minimum_hourly
from storage.platforms import parse_percent
from storage.status import STATUS_CURRENCY
from storage.tables import Platform, Setting

#: the settings the set-up asks for (the minimum hourly rate is typed as an amount)
SETUP_KEYS = ("status", "activity", "urssaf_period", "ma_activity", "ma_period", "qc_gst",
              "qc_quick_method", "qc_filing", "qc_registered_on", "home_currency", "timezone",
              "legal_name", "ei_mention", "siret", "ice", "if_number", "gst_number",
              "qst_number", "address", "platforms_used", "vat_regime", "vat_number", "email")
#: the options that belong to each status (the set-up shows these only)
STATUS_OPTIONS = {
    "fr_micro": ("activity", "urssaf_period", "vat_regime"),
    "ma_auto": ("ma_activity", "ma_period"),
    "qc_self": ("qc_gst", "qc_quick_method", "qc_filing", "qc_registered_on"),
    "other": (),
}
#: the identity fields that belong to each status
STATUS_IDENTITY = {
    "fr_micro": ("legal_name", "ei_mention", "siret", "vat_number", "address", "email"),
    "ma_auto": ("legal_name", "ice", "if_number", "address", "email"),
    "qc_self": ("legal_name", "gst_number", "qst_number", "address", "email"),
    "other": ("legal_name", "address", "email"),
}


def default_currency(status: str) -> str:
    """The home currency a status declares in (EUR for other)."""
    return STATUS_CURRENCY.get(status, "EUR")


def _platforms(s: Session, value: str) -> str:
    known = set(s.scalars(select(Platform.id)))
    ids: list[int] = []
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        if not (part.isascii() and part.isdigit()) or int(part) not in known:
            raise ValidationError("platforms_used", "This platform no longer exists.")
        if int(part) not in ids:
            ids.append(int(part))
    return ",".join(str(i) for i in ids)


@dataclass(frozen=True)
class SetupValues:
    """What the set-up shows: the current settings, the minimum hourly rate as typed text,
    and each platform (id, name, fee in basis points or None)."""

    values: dict[str, str]
    min_hourly: str
    platforms: list[tuple[int, str, int | None]]


def current_setup(s: Session, lang: str = "en") -> SetupValues:
    """The current values, to prefill the set-up when it runs again."""
    values = {key: settings.get(s, key) for key in SETUP_KEYS}
    rate = minimum_hourly(s)
    typed = ""
    if rate is not None:
        from storage.money import exponent

        exp = exponent(rate.currency)
        whole, cents = divmod(rate.minor, 10**exp)
        typed = str(whole) if not cents else f"{whole}{',' if lang.startswith('fr') else '.'}" \
            f"{cents:0{exp}d}"
    platforms = [(p.id, p.name, p.fee_bp) for p in s.scalars(
        select(Platform).order_by(Platform.preset.desc(), Platform.name))]
    return SetupValues(values, typed, platforms)


@dataclass(frozen=True)
class CheckedSetup:
    """The set-up's values as they will be stored."""

    settings: dict[str, str]
    min_hourly: str | None  # "1500 EUR", "" to remove, None to leave as it is
    fees: dict[int, int | None]


def check_setup(s: Session, values: dict[str, str], *, min_hourly: str | None = None,
                fees: dict[int, str] | None = None, lang: str | None = None) -> CheckedSetup:
    """Check the given values without writing anything (one page of the set-up, or all of
    them); raises ValidationError naming the first wrong field."""
    checked: dict[str, str] = {}
    if "status" in values and not (values["status"] or "").strip():
        raise ValidationError("status", "Choose your country and status.")
    for key, value in values.items():
        if key not in SETUP_KEYS:
            raise ValidationError(key, "This field cannot be edited.")
        if key == "platforms_used":
            checked[key] = _platforms(s, value or "")
        else:
            checked[key] = settings.check(key, value if key == "address" else
                                          (value or "").strip())
    currency = checked.get("home_currency") or settings.get(s, "home_currency")
    rate: str | None = None
    if min_hourly is not None:
        rate = ""
        if min_hourly.strip():
            minor = parse_amount(min_hourly.strip(), check_currency(currency, "home_currency"),
                                 "min_hourly_rate", lang=lang)
            if minor <= 0:
                raise ValidationError("min_hourly_rate",
                                      "The minimum hourly rate must be above zero, or left "
                                      "empty.")
            rate = f"{minor} {currency}"
    new_fees: dict[int, int | None] = {}
    for platform_id, text in (fees or {}).items():
        if s.get(Platform, platform_id) is None:
            raise ValidationError("platforms_used", "This platform no longer exists.")
        new_fees[platform_id] = parse_percent(text, f"fee_{platform_id}", required=False)
    return CheckedSetup(checked, rate, new_fees)


def save_setup(s: Session, values: dict[str, str], *, min_hourly: str | None = None,
               fees: dict[int, str] | None = None, lang: str | None = None) -> dict[str, str]:
    """Check every value, then store them all and mark the set-up done.

    `values` maps setting keys (SETUP_KEYS) to what the person chose or typed; keys not given
    keep their stored value. `min_hourly` is the minimum hourly rate typed in the home
    currency ("" removes it, None leaves it). `fees` maps a platform id to its fee typed as
    a percentage ("" = not known yet). Returns the stored values. Raises ValidationError
    naming the first wrong field; then nothing is written.
    """
    values = dict(values)
    values.setdefault("status", settings.get(s, "status"))
    checked = check_setup(s, values, min_hourly=min_hourly, fees=fees, lang=lang)
    # everything is right: write
    for key, value in checked.settings.items():
        settings.put(s, key, value)
    if checked.min_hourly is not None:
        if checked.min_hourly:
            settings.put(s, MIN_HOURLY_KEY, checked.min_hourly)
        else:
            row = s.get(Setting, MIN_HOURLY_KEY)
            if row is not None:
                s.delete(row)
    for platform_id, bp in checked.fees.items():
        platform = s.get(Platform, platform_id)
        assert platform is not None
        platform.fee_bp = bp
    settings.put(s, "setup_done", "yes")
    s.flush()
    return checked.settings


def next_steps(s: Session) -> list[str]:
    """What a new user should do next, for Today: "setup" while the set-up is not done, then
    "gig", "import" (payments) and "order" for what the store does not hold yet. The store
    steps stay until it holds a gig and an order (a first payment alone left a new user with
    "All clear"), or the person hid them (setting next_steps_hidden)."""
    from sqlalchemy import func

    from storage.tables import Gig, Order, Payment

    have = {name: bool(s.scalar(select(func.count()).select_from(table)))
            for name, table in (("gig", Gig), ("import", Payment), ("order", Order))}
    steps = ["setup"] if settings.get(s, "setup_done") != "yes" else []
    if settings.get(s, "next_steps_hidden") != "yes" and not (have["gig"] and have["order"]):
        steps += [name for name, present in have.items() if not present]
    return steps

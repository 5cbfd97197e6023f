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
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.ma import ice as stdnum_ice

from storage import settings
from storage.errors import ValidationError
from storage.money import check_currency, parse_amount
from storage.pay import MIN_HOURLY_KEY, minimum_hourly
from storage.phrases import Phrase
from storage.platforms import parse_percent
from storage.status import STATUS_CURRENCY, STATUSES
from storage.tables import Platform, Setting

#: the settings the set-up asks for (the minimum hourly rate is typed as an amount)
SETUP_KEYS = ("status", "activity", "urssaf_period", "ma_activity", "ma_period", "qc_gst",
              "qc_quick_method", "qc_filing", "qc_registered_on", "home_currency", "timezone",
              "legal_name", "ei_mention", "siret", "ice", "if_number", "gst_number",
              "qst_number", "address", "platforms_used")
#: the options that belong to each status (the set-up shows these only)
STATUS_OPTIONS = {
    "fr_micro": ("activity", "urssaf_period"),
    "ma_auto": ("ma_activity", "ma_period"),
    "qc_self": ("qc_gst", "qc_quick_method", "qc_filing", "qc_registered_on"),
    "other": (),
}
#: the identity fields that belong to each status
STATUS_IDENTITY = {
    "fr_micro": ("legal_name", "ei_mention", "siret", "address"),
    "ma_auto": ("legal_name", "ice", "if_number", "address"),
    "qc_self": ("legal_name", "gst_number", "qst_number", "address"),
    "other": ("legal_name", "address"),
}
NAME_MAX = 200
ADDRESS_MAX = 500
#: Moroccan identifiant fiscal: 7 or 8 digits (older and current IF), 10 for the IFU the DGI
#: generalises from 2026 (see the README's set-up section); it has no published check digit.
IF_LENGTHS = (7, 8, 10)


def default_currency(status: str) -> str:
    """The home currency a status declares in (EUR for other)."""
    return STATUS_CURRENCY.get(status, "EUR")


def _choice(key: str, value: str, allowed: tuple[str, ...], message: str) -> str:
    if value not in allowed:
        raise ValidationError(key, message)
    return value


def check_siret(value: str) -> str:
    """A SIREN (9 digits) or SIRET (14 digits), spaces allowed; '' when empty."""
    digits = "".join(value.split())
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit() or len(digits) not in (9, 14):
        raise ValidationError("siret", Phrase(
            "“{value}” is not a SIREN or SIRET: a SIREN has 9 digits, a SIRET 14.",
            value=value))
    if len(digits) == 9:
        if not luhn.is_valid(digits):
            raise ValidationError("siret", "This SIREN's check digit is wrong: check the 9 "
                                           "digits on your INSEE notice.")
        return digits
    # La Poste's establishments use another key (stdnum.fr.siret knows it)
    from stdnum.fr import siret

    if not siret.is_valid(digits):
        raise ValidationError("siret", "This SIRET's check digit is wrong: check the 14 "
                                       "digits on your INSEE notice.")
    return digits


def check_ice(value: str) -> str:
    digits = "".join(value.split())
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit() or len(digits) != 15:
        raise ValidationError("ice", Phrase(
            "“{value}” is not an ICE: it has 15 digits.", value=value))
    try:
        stdnum_ice.validate(digits)
    except StdnumError:
        raise ValidationError("ice", "This ICE's check digits are wrong: check the 15 digits "
                                     "on your ICE certificate.") from None
    return digits


def check_if_number(value: str) -> str:
    digits = "".join(value.split())
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit() or len(digits) not in IF_LENGTHS:
        raise ValidationError("if_number", Phrase(
            "“{value}” is not an identifiant fiscal: it has 7, 8 or 10 digits and nothing "
            "else.", value=value))
    return digits


def check_gst_number(value: str) -> str:
    """123456789 RT 0001: the 9-digit business number (its check digit), RT, 4 digits."""
    text = "".join(value.split()).replace("-", "").upper()
    if not text:
        return ""
    if not (len(text) == 15 and text[:9].isascii() and text[:9].isdigit()
            and text[9:11] == "RT" and text[11:].isascii() and text[11:].isdigit()):
        raise ValidationError("gst_number", Phrase(
            "“{value}” is not a GST number: it reads 123456789 RT 0001 (your 9-digit "
            "business number, RT, then 4 digits).", value=value))
    if not luhn.is_valid(text[:9]):
        raise ValidationError("gst_number", "This business number's check digit is wrong: "
                                            "check the 9 digits on your CRA letter.")
    return f"{text[:9]} {text[9:11]} {text[11:]}"


def check_qst_number(value: str) -> str:
    """1234567890 TQ 0001: 10 digits, TQ, 4 digits."""
    text = "".join(value.split()).replace("-", "").upper()
    if not text:
        return ""
    if not (len(text) == 16 and text[:10].isascii() and text[:10].isdigit()
            and text[10:12] == "TQ" and text[12:].isascii() and text[12:].isdigit()):
        raise ValidationError("qst_number", Phrase(
            "“{value}” is not a QST number: it reads 1234567890 TQ 0001 (10 digits, TQ, "
            "then 4 digits).", value=value))
    return f"{text[:10]} {text[10:12]} {text[12:]}"


def _text(key: str, value: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(key, Phrase("This text is too long ({limit} characters at "
                                          "most).", limit=limit))
    return value


def _date(key: str, value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(key, Phrase("“{value}” is not a date (year-month-day, for "
                                          "example 2026-01-31).", value=value)) from None


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


def check_value(key: str, value: str) -> str:
    """`value` for the setting `key` as stored, or a ValidationError naming `key`."""
    value = (value or "").strip() if key != "address" else (value or "")
    if key == "status":
        if value not in STATUSES:
            raise ValidationError("status", "Choose your country and status.")
        return value
    if key == "ma_activity":
        return _choice(key, value, ("services", "commerce"),
                       "The activity is services or commerce.")
    if key == "ma_period":
        return _choice(key, value, ("month", "quarter"),
                       "The declaration period is month or quarter.")
    if key == "qc_gst":
        return _choice(key, value, ("small_supplier", "registered"),
                       "Say whether you are registered for GST/QST or a small supplier.")
    if key in ("qc_quick_method", "ei_mention"):
        return _choice(key, value, ("yes", "no"), "Answer yes or no.")
    if key == "qc_filing":
        return _choice(key, value, ("month", "quarter", "year"),
                       "The filing period is month, quarter or year.")
    if key == "qc_registered_on":
        return _date(key, value)
    if key == "legal_name":
        return _text(key, value, NAME_MAX)
    if key == "address":
        return _text(key, value, ADDRESS_MAX)
    if key == "siret":
        return check_siret(value)
    if key == "ice":
        return check_ice(value)
    if key == "if_number":
        return check_if_number(value)
    if key == "gst_number":
        return check_gst_number(value)
    if key == "qst_number":
        return check_qst_number(value)
    return value


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


def save_setup(s: Session, values: dict[str, str], *, min_hourly: str | None = None,
               fees: dict[int, str] | None = None, lang: str | None = None) -> dict[str, str]:
    """Check every value, then store them all and mark the set-up done.

    `values` maps setting keys (SETUP_KEYS) to what the person chose or typed; keys not given
    keep their stored value. `min_hourly` is the minimum hourly rate typed in the home
    currency ("" removes it, None leaves it). `fees` maps a platform id to its fee typed as
    a percentage ("" = not known yet). Returns the stored values. Raises ValidationError
    naming the first wrong field; then nothing is written.
    """
    checked: dict[str, str] = {}
    for key, value in values.items():
        if key not in SETUP_KEYS:
            raise ValidationError(key, "This field cannot be edited.")
        if key == "platforms_used":
            checked[key] = _platforms(s, value or "")
        else:
            checked[key] = settings.check(key, value if key == "address" else
                                          (value or "").strip())
    if "status" not in checked:
        checked["status"] = check_value("status", settings.get(s, "status"))
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
    # everything is right: write
    for key, value in checked.items():
        settings.put(s, key, value)
    if rate is not None:
        if rate:
            settings.put(s, MIN_HOURLY_KEY, rate)
        else:
            row = s.get(Setting, MIN_HOURLY_KEY)
            if row is not None:
                s.delete(row)
    for platform_id, bp in new_fees.items():
        platform = s.get(Platform, platform_id)
        assert platform is not None
        platform.fee_bp = bp
    settings.put(s, "setup_done", "yes")
    s.flush()
    return checked

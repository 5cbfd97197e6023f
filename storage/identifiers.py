"""The identifiers and choices of the first-run set-up, checked one value at a time (no store
access): storage.settings.put checks these keys with them, storage.identity.save_setup checks
the whole set-up. Identifiers are checked with their check digits (python-stdnum): SIREN/SIRET
(Luhn, INSEE), Moroccan ICE (ISO 7064 mod 97-10), the Canadian business number (Luhn) inside
a GST number."""

from __future__ import annotations

from datetime import date

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.ma import ice as stdnum_ice

from storage.errors import ValidationError
from storage.phrases import Phrase

#: storage.status.STATUSES (that module reads the settings, which check with this one)
STATUSES = ("fr_micro", "ma_auto", "qc_self", "other")
NAME_MAX = 200
ADDRESS_MAX = 500
#: Moroccan identifiant fiscal: 7 or 8 digits (older and current IF), 10 for the IFU the DGI
#: generalises from 2026 (see the README's set-up section); it has no published check digit.
IF_LENGTHS = (7, 8, 10)


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


def check_value(key: str, value: str) -> str:
    """`value` for the setting `key` as stored, or a ValidationError naming `key`."""
    value = (value or "").strip() if key != "address" else (value or "")
    if key == "status":  # "" is a store whose set-up is not done (an export of one re-imports)
        if value and value not in STATUSES:
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
    if key == "vat_number":
        return check_vat_number(value)
    if key == "email":
        return check_email(value)
    return value


def check_vat_number(value: str) -> str:
    """A French VAT number (FR, a 2-character key, the SIREN), spaces allowed; '' when empty."""
    from stdnum.fr import tva

    compact = "".join(value.split()).upper()
    if not compact:
        return ""
    try:
        return "FR" + tva.validate(compact)
    except StdnumError:
        raise ValidationError("vat_number", Phrase(
            "“{value}” is not a French VAT number: FR, a 2-character key and your 9-digit "
            "SIREN, as on your VAT registration (FR40303265045).", value=value)) from None


def check_email(value: str) -> str:
    import re

    if value and (len(value) > 320 or not re.match(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", value)):
        raise ValidationError("email", Phrase(
            "“{email}” is not an email address (name@example.com).", email=value))
    return value

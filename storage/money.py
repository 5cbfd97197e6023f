"""Money: integer minor units plus an ISO 4217 code. Decimal only at input and display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from storage.errors import ValidationError
from storage.phrases import Phrase

# Minor-unit exponents of the currencies a freelancer is likely to be paid in.
CURRENCY_EXPONENTS: dict[str, int] = {
    "EUR": 2, "USD": 2, "CAD": 2, "MAD": 2, "GBP": 2, "CHF": 2, "AUD": 2, "NZD": 2,
    "TND": 3, "DZD": 2, "XOF": 0, "XAF": 0, "EGP": 2, "AED": 2, "SAR": 2, "QAR": 2,
    "JPY": 0, "CNY": 2, "INR": 2, "PKR": 2, "BDT": 2, "IDR": 2, "PHP": 2, "VND": 0,
    "KRW": 0, "TRY": 2, "PLN": 2, "CZK": 2, "HUF": 2, "RON": 2, "SEK": 2, "NOK": 2,
    "DKK": 2, "BRL": 2, "MXN": 2, "ARS": 2, "COP": 2, "CLP": 0, "ZAR": 2, "NGN": 2,
    "KES": 2, "UAH": 2, "RUB": 2, "ILS": 2, "HKD": 2, "SGD": 2, "THB": 2, "MUR": 2,
    "XPF": 0, "HTG": 2, "LBP": 2, "JOD": 3, "KWD": 3, "BHD": 3, "OMR": 3,
}


def check_currency(code: str | None, field: str = "currency") -> str:
    """Return the normalised code or raise a ValidationError a user understands."""
    if type(code) is str and code in CURRENCY_EXPONENTS:  # already normalised (most calls)
        return code
    if not code or not str(code).strip():
        raise ValidationError(field, "A currency is required (for example EUR, USD, CAD or MAD).")
    norm = str(code).strip().upper()
    if norm not in CURRENCY_EXPONENTS:
        raise ValidationError(field, Phrase(
            "“{code}” is not a currency Atelier knows. Use an ISO 4217 code such as EUR, USD, "
            "CAD or MAD.", code=code))
    return norm


def exponent(currency: str) -> int:
    return CURRENCY_EXPONENTS[check_currency(currency)]


#: The largest amount Atelier records, in major units of any currency: one billion. With at
#: most three decimals that is 10^12 minor units, so the sum of millions of such amounts (a
#: report, a declaration) stays within SQLite's 64-bit integers, which 2^63 would overflow.
MAX_AMOUNT = 10**9
MAX_AMOUNT_MINOR = MAX_AMOUNT * 10 ** max(CURRENCY_EXPONENTS.values())


def check_amount(minor: int, currency: str | None, field: str = "amount") -> int:
    """`minor` if it is within one billion (either sign) of `currency`, else ValidationError.
    Without a currency the bound is MAX_AMOUNT_MINOR."""
    code = currency.strip().upper() if isinstance(currency, str) else None
    limit = (MAX_AMOUNT * 10 ** CURRENCY_EXPONENTS[code] if code in CURRENCY_EXPONENTS
             else MAX_AMOUNT_MINOR)
    if not -limit <= minor <= limit:
        raise ValidationError(
            field, "This amount is too large: Atelier records amounts of up to one billion "
            "(1,000,000,000) in any currency.")
    return minor


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        check_currency(self.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str | int | Decimal, currency: str, field: str = "price") -> Money:
        return cls(parse_amount(text, currency, field), check_currency(currency))

    def __str__(self) -> str:
        return f"{self.to_decimal():.{exponent(self.currency)}f} {self.currency}"


_AMOUNT = re.compile(r"^-?[0-9.,]+$")
_SYMBOLS = ("\u00a0", "\u202f", " ", "'", "€", "$", "£", "US", "CA", "DH", "MAD")


def parse_amount(
    text: str | int | Decimal, currency: str, field: str = "amount", lang: str | None = None
) -> int:
    """Parse a user-typed amount ("1 234,56", "1,234.56", "€12", "12 DH") into minor units.

    A separator seen twice is a thousands separator; with both, the last is the decimal one.
    A lone "," is decimal unless `lang` is English and three digits follow (1,000), and a
    lone "." is decimal unless `lang` is French and three digits follow (1.000). Refuses more
    decimals than the currency has rather than silently rounding.
    """
    exp = exponent(currency)
    if isinstance(text, Decimal | int) and not isinstance(text, bool):
        value = Decimal(text)
    else:
        raw = str(text).strip().upper()
        for sym in (currency.upper(), *_SYMBOLS):
            raw = raw.replace(sym, "")
        if not raw:
            raise ValidationError(field, "Enter an amount.")
        if not _AMOUNT.match(raw) or not any(c.isdigit() for c in raw):
            raise ValidationError(field, Phrase("“{text}” is not an amount.", text=text))
        raw = _normalise_separators(raw, lang, exp)
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValidationError(field, Phrase("“{text}” is not an amount.",
                                                text=text)) from None
    if not value.is_finite():
        raise ValidationError(field, Phrase("“{text}” is not an amount.", text=text))
    scaled = value.scaleb(exp)
    if scaled != scaled.to_integral_value():
        if exp == 0:
            raise ValidationError(field, Phrase("{currency} amounts have at most 0 decimal "
                                                "places.", currency=currency))
        if exp == 1:
            raise ValidationError(field, Phrase("{currency} amounts have at most 1 decimal "
                                                "place.", currency=currency))
        raise ValidationError(field, Phrase("{currency} amounts have at most {count} decimal "
                                            "places.", currency=currency, count=exp))
    return check_amount(int(scaled), currency, field)


def _normalise_separators(raw: str, lang: str | None, exp: int) -> str:
    """Plain decimal text from grouped digits, or "x" where the grouping is not one."""
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        dec = "," if raw.rfind(",") > raw.rfind(".") else "."
        whole, _, frac = raw.rpartition(dec)
        return _ungroup(whole, "." if dec == "," else ",") + "." + frac
    sep = "," if commas else "." if dots else None
    if sep is None:
        return raw
    if raw.count(sep) > 1:
        return _ungroup(raw, sep)
    three_after = len(raw) - raw.index(sep) - 1 == 3
    lang = (lang or "")[:2]
    if three_after and (exp == 0 or (sep == "," and lang == "en")
                        or (sep == "." and lang == "fr")):
        return _ungroup(raw, sep)
    return raw.replace(",", ".")


def _ungroup(text: str, sep: str) -> str:
    head, *groups = text.split(sep)
    digits = head.lstrip("-")
    if not 1 <= len(digits) <= 3 or any(len(g) != 3 for g in groups) or not groups:
        return "x" if groups else text
    return head + "".join(groups)


def round_minor(value: Decimal, rounding: str = ROUND_HALF_UP) -> int:
    """Round a Decimal count of minor units to an int, with explicit rounding."""
    return int(value.quantize(Decimal(1), rounding=rounding))


def percent_of(minor: int, basis_points: int) -> int:
    """`basis_points` hundredths of a percent of `minor`, rounded half up (away from zero)."""
    return round_minor(Decimal(minor) * Decimal(basis_points) / Decimal(10_000))


def convert(minor: int, from_currency: str, to_currency: str, rate: Decimal | str) -> int:
    """Convert minor units with a rate of major units (1 FROM = rate TO), banker's rounding."""
    rate = Decimal(rate)
    shift = exponent(to_currency) - exponent(from_currency)
    return round_minor(Decimal(minor) * rate * Decimal(10) ** shift, ROUND_HALF_EVEN)


def parse_rate(text: str | Decimal, field: str = "rate") -> Decimal:
    try:
        rate = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(field, Phrase("“{text}” is not an exchange rate.",
                                            text=text)) from None
    if not rate.is_finite() or rate <= 0:
        raise ValidationError(field, "An exchange rate must be a number above zero.")
    return rate


def format_money(minor: int, currency: str, lang: str = "en") -> str:
    """Plain-Python display: 1 234,56 € in French, €1,234.56 in English (no Qt needed)."""
    exp = exponent(currency)
    neg = minor < 0
    whole, frac = divmod(abs(minor), 10**exp)
    groups = f"{whole:,}"
    symbols = {"EUR": "€", "USD": "$", "GBP": "£"}
    if lang.startswith("fr"):
        num = groups.replace(",", "\u202f") + (f",{frac:0{exp}d}" if exp else "")
        # No-break spaces: "$ US" never splits across two lines.
        sym = {"EUR": "€", "USD": "$\u00a0US", "CAD": "$\u00a0CA",
               "MAD": "DH"}.get(currency, currency)
        return f"{'-' if neg else ''}{num}\u00a0{sym}"
    num = groups + (f".{frac:0{exp}d}" if exp else "")
    sym = symbols.get(currency)
    if sym:
        return f"{'-' if neg else ''}{sym}{num}"
    return f"{'-' if neg else ''}{currency}\u00a0{num}"

"""Money: parsing what users type, currencies, rounding, conversion and display."""

from __future__ import annotations

from decimal import Decimal
from functools import reduce

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.errors import ValidationError
from storage.money import (
    CURRENCY_EXPONENTS,
    Money,
    check_currency,
    convert,
    exponent,
    format_money,
    parse_amount,
    parse_rate,
    percent_of,
)

NNBSP = "\u202f"  # narrow no-break space: French thousands separator
NBSP = "\u00a0"  # no-break space: between a French amount and its symbol

# Up to one billion euros: the most Atelier records (storage.money.check_amount).
amounts = st.integers(min_value=-(10**11), max_value=10**11)
currencies = st.sampled_from(sorted(CURRENCY_EXPONENTS))


# --- parse_amount ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", 123456),  # French, ordinary space
        (f"1{NNBSP}234,56", 123456),  # French, narrow no-break space
        (f"1{NBSP}234,56", 123456),  # French, no-break space
        ("1.234,56", 123456),  # German/Italian style
        ("1,234.56", 123456),  # English style
        ("1 234 567,89", 123456789),
        ("1.234.567,89", 123456789),
        ("1,234,567.89", 123456789),
        ("1234.5", 123450),
        ("1234,5", 123450),
        ("12", 1200),
        ("0", 0),
        ("0,05", 5),
        ("  12,30  ", 1230),
        ("€12", 1200),
        ("12 €", 1200),
        (f"12,50{NBSP}€", 1250),
        ("12 EUR", 1200),
        ("eur 12", 1200),
        ("-12,50", -1250),
        ("1'234.50", 123450),
        ("12.00", 1200),
    ],
)
def test_parse_amount_reads_what_users_type_in_eur(text: str, expected: int) -> None:
    assert parse_amount(text, "EUR") == expected


def test_parse_amount_accepts_ints_and_decimals() -> None:
    assert parse_amount(12, "EUR") == 1200
    assert parse_amount(Decimal("12.34"), "EUR") == 1234
    assert parse_amount(Decimal("7"), "JPY") == 7
    assert parse_amount("$1,234.56", "USD") == 123456
    assert parse_amount("£3", "GBP") == 300


@pytest.mark.parametrize(
    ("text", "currency", "decimals"),
    [("12,345", "EUR", "2"), ("0.001", "USD", "2"), ("12.5", "JPY", "0"),
     ("1,2345", "TND", "3"), (Decimal("1.005"), "EUR", "2")],
)
def test_parse_amount_refuses_more_decimals_than_the_currency_has(
    text: str | Decimal, currency: str, decimals: str
) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(text, currency)
    assert err.value.field == "amount"
    assert currency in err.value.message
    assert f"at most {decimals} decimal" in err.value.message


def test_parse_amount_zero_decimal_and_three_decimal_currencies() -> None:
    assert parse_amount("1500", "JPY") == 1500
    assert parse_amount("1500.0", "JPY") == 1500  # trailing zeros are not extra precision
    assert parse_amount("12,345", "TND") == 12345
    assert parse_amount("12.3", "TND") == 12300
    assert parse_amount("1 234,567", "TND") == 1234567
    assert parse_amount("1.5", "KWD") == 1500
    assert parse_amount("250", "XOF") == 250


@pytest.mark.parametrize(
    "text", ["abc", "12abc", "1.2.3", "1,2,3", "12-", "--1", ".", "NaN", "Infinity", "-inf",
             "sNaN", "12 USD"]
)
def test_parse_amount_refuses_garbage_with_a_readable_message(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(text, "EUR", field="price")
    assert err.value.field == "price"
    assert "amount" in err.value.message


@pytest.mark.parametrize("text", ["", "   ", "€", f"{NBSP}{NNBSP}", "EUR"])
def test_parse_amount_refuses_empty_input(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(text, "EUR")
    assert err.value.field == "amount"
    assert err.value.message == "Enter an amount."


def test_parse_amount_with_unknown_currency_is_a_currency_error() -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount("12", "XYZ")
    assert err.value.field == "currency"


def test_money_parse_uses_the_price_field_and_normalises_the_code() -> None:
    assert Money.parse("1 234,56", "eur") == Money(123456, "EUR")
    with pytest.raises(ValidationError) as err:
        Money.parse("1,234", "EUR")
    assert err.value.field == "price"


# --- check_currency -------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "norm"), [("EUR", "EUR"), ("eur", "EUR"), (" mad ", "MAD"),
                                            ("Cad", "CAD"), ("TND", "TND")])
def test_check_currency_normalises_known_codes(code: str, norm: str) -> None:
    assert check_currency(code) == norm


@pytest.mark.parametrize("code", ["XYZ", "EURO", "€", "E", "12"])
def test_check_currency_refuses_unknown_codes_readably(code: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_currency(code)
    assert err.value.field == "currency"
    assert code in err.value.message
    assert "ISO 4217" in err.value.message
    assert str(err.value) == f"currency: {err.value.message}"


@pytest.mark.parametrize("code", ["", "   ", None])
def test_check_currency_requires_a_code(code: str | None) -> None:
    with pytest.raises(ValidationError) as err:
        check_currency(code, field="home_currency")
    assert err.value.field == "home_currency"
    assert "required" in err.value.message


def test_exponents() -> None:
    assert exponent("EUR") == 2
    assert exponent("jpy") == 0
    assert exponent("TND") == 3
    with pytest.raises(ValidationError):
        exponent("ZZZ")


# --- Money ----------------------------------------------------------------------------------


def test_money_refuses_mixing_currencies_and_non_int_minor() -> None:
    with pytest.raises(ValueError, match="EUR and USD"):
        Money(1, "EUR") + Money(1, "USD")
    with pytest.raises(ValueError, match="EUR and USD"):
        Money(1, "EUR") - Money(1, "USD")
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "EUR")
    with pytest.raises(TypeError):
        Money(Decimal(1), "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Money(1, "XYZ")


def test_money_arithmetic_and_display() -> None:
    assert Money(150, "EUR") + Money(250, "EUR") == Money(400, "EUR")
    assert Money(150, "EUR") - Money(250, "EUR") == Money(-100, "EUR")
    assert -Money(5, "EUR") == Money(-5, "EUR")
    assert Money.zero("JPY") == Money(0, "JPY")
    assert Money(123456, "EUR").to_decimal() == Decimal("1234.56")
    assert Money(1234, "TND").to_decimal() == Decimal("1.234")
    assert str(Money(123456, "EUR")) == "1234.56 EUR"
    assert str(Money(5, "EUR")) == "0.05 EUR"
    assert str(Money(1500, "JPY")) == "1500 JPY"
    assert str(Money(1, "TND")) == "0.001 TND"


@settings(max_examples=150)
@given(st.lists(amounts, min_size=1, max_size=60))
def test_sum_of_many_money_equals_money_of_the_sum(values: list[int]) -> None:
    total = reduce(lambda a, b: a + b, (Money(v, "EUR") for v in values))
    assert total == Money(sum(values), "EUR")
    assert total.to_decimal() == sum((Decimal(v) / 100 for v in values), Decimal(0))


@settings(max_examples=150)
@given(amounts, amounts, amounts, currencies)
def test_money_addition_is_associative_and_subtraction_undoes_it(
    a: int, b: int, c: int, cur: str
) -> None:
    ma, mb, mc = Money(a, cur), Money(b, cur), Money(c, cur)
    assert (ma + mb) + mc == ma + (mb + mc)
    assert ma + mb == mb + ma
    assert (ma + mb) - mb == ma
    assert ma - mb == ma + (-mb)
    assert ma + Money.zero(cur) == ma


# --- percent_of / convert -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "bp", "expected"),
    [
        (10000, 2000, 2000),  # 20 % of 100.00
        (10000, 0, 0),
        (10000, 10000, 10000),
        (1, 5000, 1),  # 0.5 → 1: half up
        (3, 5000, 2),  # 1.5 → 2
        (5, 5000, 3),  # 2.5 → 3 (banker's would give 2)
        (1, 4999, 0),  # 0.4999 → 0
        (25, 1000, 3),  # 2.5 → 3
        (15, 1000, 2),  # 1.5 → 2
        (14, 1000, 1),  # 1.4 → 1
        (-5, 5000, -3),  # -2.5 → -3: half away from zero
        (999, 333, 33),  # 33.2667 → 33
        (12345, 1250, 1543),  # 1543.125 → 1543
        (12348, 1250, 1544),  # 1543.5 → 1544
    ],
)
def test_percent_of_rounds_half_up(minor: int, bp: int, expected: int) -> None:
    assert percent_of(minor, bp) == expected


@pytest.mark.parametrize(
    ("minor", "src", "dst", "rate", "expected"),
    [
        (10000, "USD", "EUR", "0.92", 9200),
        (10000, "USD", "EUR", Decimal("0.92"), 9200),
        (1, "USD", "EUR", "0.5", 0),  # 0.5 → 0: banker's rounding, to even
        (3, "USD", "EUR", "0.5", 2),  # 1.5 → 2
        (5, "USD", "EUR", "0.5", 2),  # 2.5 → 2
        (7, "USD", "EUR", "0.5", 4),  # 3.5 → 4
        (-5, "USD", "EUR", "0.5", -2),  # -2.5 → -2
        (10000, "EUR", "JPY", "160", 16000),  # 100.00 EUR → 16 000 yen (exponent 2 → 0)
        (12345, "EUR", "JPY", "160.5", 19814),  # 123.45 × 160.5 = 19813.725 → 19814
        (16000, "JPY", "EUR", "0.00625", 10000),  # 16 000 yen → 100.00 EUR (0 → 2)
        (1000, "TND", "EUR", "0.3", 30),  # 1.000 TND → 0.30 EUR (3 → 2)
        (1005, "TND", "EUR", "1", 100),  # 1.005 → 100.5 cents → 100 (even)
        (1015, "TND", "EUR", "1", 102),  # 1.015 → 101.5 cents → 102 (even)
        (100, "EUR", "TND", "3.3", 3300),  # 1.00 EUR → 3.300 TND (2 → 3)
        (0, "EUR", "JPY", "160", 0),
        (10000, "MAD", "EUR", parse_rate("0,092"), 920),
    ],
)
def test_convert_uses_bankers_rounding_and_shifts_exponents(
    minor: int, src: str, dst: str, rate: str | Decimal, expected: int
) -> None:
    assert convert(minor, src, dst, rate) == expected


@settings(max_examples=150)
@given(amounts, currencies)
def test_convert_with_rate_one_is_identity_in_the_same_currency(minor: int, cur: str) -> None:
    assert convert(minor, cur, cur, "1") == minor
    assert convert(minor, cur, cur, Decimal("1.000")) == minor


@settings(max_examples=100)
@given(amounts)
def test_convert_with_rate_one_between_two_decimal_currencies_is_identity(minor: int) -> None:
    assert convert(minor, "USD", "EUR", Decimal(1)) == minor
    assert convert(minor, "EUR", "TND", Decimal(1)) == minor * 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.08", Decimal("1.08")), ("1,08", Decimal("1.08")), (" 0.5 ", Decimal("0.5")),
     (Decimal(2), Decimal(2))],
)
def test_parse_rate_accepts_decimal_text(text: str | Decimal, expected: Decimal) -> None:
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "0", "-1", "NaN", "Infinity", "1.2.3"])
def test_parse_rate_refuses_non_positive_or_garbage(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_rate(text)
    assert err.value.field == "rate"


# --- format_money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "currency", "lang", "expected"),
    [
        (123456, "EUR", "fr", f"1{NNBSP}234,56{NBSP}€"),
        (123456, "EUR", "fr_FR", f"1{NNBSP}234,56{NBSP}€"),
        (123456789, "EUR", "fr", f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        (5, "EUR", "fr", f"0,05{NBSP}€"),
        (0, "EUR", "fr", f"0,00{NBSP}€"),
        (-123456, "EUR", "fr", f"-1{NNBSP}234,56{NBSP}€"),
        (123456, "USD", "fr", f"1{NNBSP}234,56{NBSP}${NBSP}US"),
        (123456, "CAD", "fr", f"1{NNBSP}234,56{NBSP}${NBSP}CA"),
        (123456, "MAD", "fr", f"1{NNBSP}234,56{NBSP}DH"),
        (-50, "MAD", "fr", f"-0,50{NBSP}DH"),
        (1500, "JPY", "fr", f"1{NNBSP}500{NBSP}JPY"),
        (1234567, "TND", "fr", f"1{NNBSP}234,567{NBSP}TND"),
        (123456, "EUR", "en", "€1,234.56"),
        (123456789, "EUR", "en", "€1,234,567.89"),
        (5, "EUR", "en", "€0.05"),
        (-123456, "EUR", "en", "-€1,234.56"),
        (123456, "USD", "en", "$1,234.56"),
        (123456, "GBP", "en_GB", "£1,234.56"),
        (123456, "CAD", "en", f"CAD{NBSP}1,234.56"),
        (123456, "MAD", "en", f"MAD{NBSP}1,234.56"),
        (-123456, "MAD", "en", f"-MAD{NBSP}1,234.56"),
        (1500, "JPY", "en", f"JPY{NBSP}1,500"),
        (1234567, "TND", "en", f"TND{NBSP}1,234.567"),
    ],
)
def test_format_money(minor: int, currency: str, lang: str, expected: str) -> None:
    assert format_money(minor, currency, lang) == expected


def test_format_money_defaults_to_english_and_uses_no_plain_spaces_in_french() -> None:
    assert format_money(100, "EUR") == "€1.00"
    assert " " not in format_money(123456789, "EUR", "fr")


@settings(max_examples=200)
@given(amounts, st.sampled_from(["fr", "en"]))
def test_parse_reads_back_formatted_eur_amounts(minor: int, lang: str) -> None:
    assert parse_amount(format_money(minor, "EUR", lang), "EUR") == minor


@settings(max_examples=100)
@given(amounts, st.sampled_from(["USD", "GBP"]))
def test_parse_reads_back_english_amounts_with_a_symbol(minor: int, cur: str) -> None:
    assert parse_amount(format_money(minor, cur, "en"), cur) == minor


@pytest.mark.parametrize(("text", "currency", "lang", "minor"), [
    ("1,234,567", "EUR", None, 123_456_700),  # a repeated separator groups thousands
    ("€1,000", "EUR", "en", 100_000),  # English: a lone comma before 3 digits groups
    ("1,000", "EUR", "fr", 100),  # French: it is the decimal comma
    ("1.000", "EUR", "fr", 100_000),
    ("1.000", "EUR", "en", 100),
    ("JPY 1,500", "JPY", None, 1500),  # no decimals in yen: the comma can only group
    ("12 DH", "MAD", "fr", 1200),  # what format_money shows in French reads back
    ("12,50 $ CA", "CAD", "fr", 1250),
    ("12,50\u00a0$\u00a0CA", "CAD", "fr", 1250),  # as Atelier shows it
])
def test_parse_amount_reads_grouping_by_language(text, currency, lang, minor) -> None:
    assert parse_amount(text, currency, lang=lang) == minor


@pytest.mark.parametrize("text", ["1e3", "1_000", "1,23,456", "12.345.6"])
def test_parse_amount_refuses_odd_groupings(text) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text, "EUR")

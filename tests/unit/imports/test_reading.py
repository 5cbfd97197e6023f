"""Reading a payment export (issue 15): encoding, delimiter, header row, conventions and the
cell parsers, on the real samples in ../shared/testdata/exports and on variants built here."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from storage.imports.model import Conventions, ImportProblem
from storage.imports.reading import (
    Record,
    column_index,
    detect_conventions,
    parse_amount,
    parse_date,
    read_table,
    records,
)

EXPORTS = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
DOT, COMMA = Conventions(decimal="."), Conventions(decimal=",")
DMY, MDY = Conventions(date_order="DMY"), Conventions(date_order="MDY")


def write(tmp_path: Path, data: bytes | str, name: str = "export.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- real samples


def test_paypal_activity_download_is_read_with_its_header_and_lines() -> None:
    table = read_table(EXPORTS / "paypal_activity_download_en.csv")
    assert (table.encoding, table.delimiter, table.header_line) == ("utf-8", ",", 1)
    assert table.header[:3] == ["Date", "Time", "TimeZone"]
    assert not table.header_generated
    rows = list(table.rows())
    assert len(rows) == 76
    line, cells = rows[0]
    assert line == 2 and cells[:4] == ["29/12/2015", "07:45:51", "PST", "PARTNER1"]
    assert all(len(cells) == len(table.header) for _line, cells in rows)
    # Each call streams the file again from the start.
    assert list(table.rows()) == rows


def test_spanish_statement_drops_the_header_trailing_empty_columns() -> None:
    table = read_table(EXPORTS / "paypal_statement_es.csv")
    assert table.header[-1] == "Id. de referencia de trans." and len(table.header) == 18
    conventions = detect_conventions(table, ["Bruto", "Comisión", "Neto", "Saldo"], ["Fecha"])
    # 2/1/2020, 3/1/2020…: no day above 12, so the order is the person's to confirm.
    assert conventions == Conventions(decimal=",", date_order="DMY", ambiguous_dates=True)


@pytest.mark.parametrize(("name", "amounts", "dates", "expected"), [
    ("paypal_activity_download_en.csv", ["Gross", "Fee", "Net"], ["Date"],
     Conventions(".", "DMY")),
    ("paypal_statement_en.csv", ["Gross", "Fee", "Net", "Balance"], ["Date"],
     Conventions(".", "MDY")),
    ("paypal_activity_de_synthetic.csv", ["Brutto", "Gebühr", "Netto"], ["Datum"],
     Conventions(",", "DMY")),
    ("stripe_balance_change_from_activity.csv", ["gross", "fee", "net"], ["created_utc"],
     Conventions(".", "YMD")),
])
def test_conventions_are_decided_from_the_whole_file(name: str, amounts: list[str],
                                                     dates: list[str],
                                                     expected: Conventions) -> None:
    table = read_table(EXPORTS / name)
    assert detect_conventions(table, amounts, dates) == expected
    assert table.conventions == expected


# --------------------------------------------------------------------------- variants


def test_a_bom_and_crlf_are_read(tmp_path: Path) -> None:
    text = '\ufeff"Date","Name","Gross"\r\n"05/03/2021","Zoé","1,234.56"\r\n'
    table = read_table(write(tmp_path, text))
    assert table.encoding == "utf-8-sig" and table.header == ["Date", "Name", "Gross"]
    assert list(table.rows()) == [(2, ["05/03/2021", "Zoé", "1,234.56"])]


def test_utf16_with_its_bom(tmp_path: Path) -> None:
    text = "Date\tName\tGross\n05/03/2021\tZoé\t4,25\n"
    table = read_table(write(tmp_path, text, encoding="utf-16"))
    assert table.delimiter == "\t" and list(table.rows()) == [(2, ["05/03/2021", "Zoé", "4,25"])]


@pytest.mark.parametrize(("encoding", "text", "expected"), [
    ("cp1252", "Date;Libellé;Montant\n05/03/2021;Cotisation œuvre € ‘x’;-12,50\n", "cp1252"),
    ("iso-8859-15", "Date;Libellé;Montant\n05/03/2021;Cœur €;-12,50\n", "iso-8859-15"),
    ("cp1252", "Date;Libellé;Montant\n05/03/2021;Café;-12,50\n", "cp1252"),
])
def test_french_bank_single_byte_encodings(tmp_path: Path, encoding: str, text: str,
                                           expected: str) -> None:
    table = read_table(write(tmp_path, text, encoding=encoding))
    assert (table.encoding, table.delimiter) == (expected, ";")
    assert table.header == ["Date", "Libellé", "Montant"]
    assert next(iter(table.rows()))[1][1] == text.splitlines()[1].split(";")[1]


def test_a_utf8_file_with_one_latin1_byte_later_is_refused_naming_the_line(
        tmp_path: Path) -> None:
    data = "Date;Libellé;Montant\n05/03/2021;Café;1\n".encode() + b"06/03/2021;Caf\xe9;2\n"
    with pytest.raises(ImportProblem) as caught:
        read_table(write(tmp_path, data))
    assert "line 3" in str(caught.value) and "two text encodings" in str(caught.value)


def test_account_lines_above_the_header_are_skipped(tmp_path: Path) -> None:
    text = ("Compte courant n° 12345678901;\n"
            "Solde au 06/12/2024;1 234,56\n"
            ";\n"
            "Date opération;Date valeur;Libellé;Montant;\n"
            "02/12/2024;02/12/2024;VIR PAYPAL EUROPE;1 500,00;\n"
            "03/12/2024;03/12/2024;CB CARREFOUR;-45,10;\n")
    table = read_table(write(tmp_path, text))
    assert table.header == ["Date opération", "Date valeur", "Libellé", "Montant"]
    assert table.header_line == 4
    assert [line for line, _cells in table.rows()] == [5, 6]
    assert detect_conventions(table, ["Montant"], ["Date opération"]) == \
        Conventions(",", "DMY", ambiguous_dates=True)


def test_a_file_without_header_gets_column_names(tmp_path: Path) -> None:
    text = "02/12/2024;VIR PAYPAL EUROPE;1500,00\n13/12/2024;CB CARREFOUR;-45,10\n"
    table = read_table(write(tmp_path, text))
    assert table.header_generated and table.header == ["Column 1", "Column 2", "Column 3"]
    assert table.header_line == 0
    assert [line for line, _cells in table.rows()] == [1, 2]
    assert detect_conventions(table, [2], [0]) == Conventions(",", "DMY")


def test_spaces_after_separators_trailing_commas_and_spaced_headers(tmp_path: Path) -> None:
    text = ('"Date ", "Name", "Gross ",,,\n'
            '"12/31/21", "Acme, Inc.", "84.00",,,\n'
            '"01/02/22", " Bob ", "(4.25)",,,\n')
    table = read_table(write(tmp_path, text))
    assert table.header == ["Date", "Name", "Gross"]
    assert list(table.rows()) == [(2, ["12/31/21", "Acme, Inc.", "84.00"]),
                                  (3, ["01/02/22", "Bob", "(4.25)"])]
    conventions = detect_conventions(table, ["gross"], ["DATE"])
    assert conventions == Conventions(".", "MDY")
    assert parse_date("12/31/21", conventions) == datetime(2021, 12, 31, tzinfo=UTC)


def test_a_record_over_several_lines_keeps_the_line_where_it_starts(tmp_path: Path) -> None:
    text = 'Date,Note,Gross\n2021-03-05,"two\nlines",1.00\n2021-03-06,x,2.00\n'
    table = read_table(write(tmp_path, text))
    assert [line for line, _cells in table.rows()] == [2, 4]


def test_a_formula_in_a_name_stays_text_and_in_an_amount_is_refused(tmp_path: Path) -> None:
    text = 'Date,Name,Gross\n2021-03-05,"=HYPERLINK(""http://x"",""y"")",=1+1\n'
    table = read_table(write(tmp_path, text))
    (record,) = records(table)
    assert record.text("name") == '=HYPERLINK("http://x","y")'
    with pytest.raises(ImportProblem) as caught:
        record.amount("Gross", "EUR")
    assert str(caught.value).startswith("export.csv, line 2, column “Gross”: “=1+1” is a "
                                        "spreadsheet formula")


# --------------------------------------------------------------------------- refused files


@pytest.mark.parametrize(("data", "words"), [
    (b"", "is empty"),
    (b"\n\n  \n", "is empty"),
    (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "Excel workbook"),
    (b"PK\x03\x04\x14\x00\x00\x00payments.csv", "ZIP archive"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary data"),
    (b"Dear client,\nthank you for your payment\n", "not a CSV file"),
])
def test_files_that_are_not_csv_get_a_sentence(tmp_path: Path, data: bytes,
                                                words: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        read_table(write(tmp_path, data))
    assert words in str(caught.value) and str(caught.value).startswith("export.csv: ")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Gross\n" + "2021-03-05,1.00\n" * 100)
    with pytest.raises(ImportProblem, match="more than the 0 MB"):
        read_table(path, max_bytes=1000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(ImportProblem, match="named pipe"):
        read_table(fifo)


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="folder"):
        read_table(tmp_path)
    with pytest.raises(ImportProblem, match="no such file"):
        read_table(tmp_path / "missing.csv")


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(("text", "conventions", "currency", "minor"), [
    ("84.00", DOT, "USD", 8400), ("-4.25", DOT, "USD", -425), ("(4.25)", DOT, "USD", -425),
    ("1,234.56", DOT, "USD", 123456), ("1.234,56", COMMA, "EUR", 123456),
    ("1 234,56", COMMA, "EUR", 123456), ("1\u00a0234,56", COMMA, "EUR", 123456),
    ("1\u202f234,56", COMMA, "EUR", 123456), ("-4.626,81", COMMA, "EUR", -462681),
    ("4.25-", DOT, "USD", -425), ("€12.00", DOT, "EUR", 1200), ("12,00 €", COMMA, "EUR", 1200),
    ("$-12.00", DOT, "USD", -1200), ("−3,5", COMMA, "EUR", -350), ("1,000", DOT, "JPY", 1000),
    ("1.000", COMMA, "JPY", 1000), ("12", DOT, "EUR", 1200), ("0.125", DOT, "TND", 125),
    ("1'234.50", DOT, "CHF", 123450), (".5", DOT, "EUR", 50),
])
def test_amounts(text: str, conventions: Conventions, currency: str, minor: int) -> None:
    assert parse_amount(text, conventions, currency) == minor


@pytest.mark.parametrize(("text", "conventions", "currency", "words"), [
    ("12,34", DOT, "EUR", "is not an amount"),  # a decimal comma read with the dot rule
    ("1.234,56", DOT, "EUR", "is not an amount"),
    ("1.2345", DOT, "EUR", "more decimals than EUR has"),
    ("1.5", DOT, "JPY", "more decimals than JPY has"),
    ("abc", DOT, "EUR", "is not an amount"), ("", DOT, "EUR", "is not an amount"),
    ("1.00", DOT, "XYZ", "not a currency Atelier knows"),
    ("2000000000", DOT, "EUR", "is too large"),
    ("@SUM(A1)", DOT, "EUR", "spreadsheet formula"),
])
def test_bad_amounts_name_the_file_line_and_column(text: str, conventions: Conventions,
                                                   currency: str, words: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_amount(text, conventions, currency, file="x.csv", line=7, column="Gross")
    assert str(caught.value).startswith("x.csv, line 7, column “Gross”: ")
    assert words in str(caught.value)


def _written(minor: int, exponent: int, decimal: str, group: str) -> str:
    whole, fraction = divmod(abs(minor), 10 ** exponent)
    digits = f"{whole:,}".replace(",", group)
    text = f"{digits}{decimal}{fraction:0{exponent}d}" if exponent else digits
    return ("-" if minor < 0 else "") + text


@given(minor=st.integers(-10**11, 10**11), currency=st.sampled_from(["EUR", "JPY", "TND"]),
       style=st.sampled_from([(".", ","), (".", ""), (",", "."), (",", " "), (",", "\u202f"),
                              (",", "")]))
def test_amount_round_trip(minor: int, currency: str, style: tuple[str, str]) -> None:
    exponent = {"EUR": 2, "JPY": 0, "TND": 3}[currency]
    assume(abs(minor) <= 10**9 * 10**exponent)  # one billion at most
    decimal, group = style
    if (exponent == 0 and group == decimal == ",") or (exponent == 3 and not group):
        return  # 1,000 yen with a decimal comma, or 1234,567 dinars without groups: unclear
    text = _written(minor, exponent, decimal, group)
    assert parse_amount(text, Conventions(decimal=decimal), currency) == minor


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "time", "zone", "conventions", "expected"), [
    ("29/12/2015", "07:45:51", "PST", DMY, datetime(2015, 12, 29, 15, 45, 51, tzinfo=UTC)),
    ("9/4/2018", "21:15:11", "America/Los_Angeles", MDY,
     datetime(2018, 9, 5, 4, 15, 11, tzinfo=UTC)),
    ("15.09.2025", "14:32:15", "CEST", DMY, datetime(2025, 9, 15, 12, 32, 15, tzinfo=UTC)),
    ("2/1/2020", "11:05:56", "Europe/Berlin", DMY, datetime(2020, 1, 2, 10, 5, 56, tzinfo=UTC)),
    ("12/31/21", "", "", MDY, datetime(2021, 12, 31, tzinfo=UTC)),
    ("2020-01-23 08:26:29", "", "", DMY, datetime(2020, 1, 23, 8, 26, 29, tzinfo=UTC)),
    ("2024-01-05T10:00:00+01:00", "", "", DMY, datetime(2024, 1, 5, 9, tzinfo=UTC)),
    ("2024-01-05T10:00:00Z", "", "", DMY, datetime(2024, 1, 5, 10, tzinfo=UTC)),
    ("Jan 5, 2024", "", "", DMY, datetime(2024, 1, 5, tzinfo=UTC)),
    ("05 Jan, 2024", "", "", MDY, datetime(2024, 1, 5, tzinfo=UTC)),
    ("5 janv. 2024", "", "", DMY, datetime(2024, 1, 5, tzinfo=UTC)),
    ("05-Mar-24", "", "", MDY, datetime(2024, 3, 5, tzinfo=UTC)),
    ("3/5/2024", "1:05:00 PM", "EDT", MDY, datetime(2024, 3, 5, 17, 5, tzinfo=UTC)),
    ("2024-03-05", "", "GMT+2", DMY, datetime(2024, 3, 4, 22, tzinfo=UTC)),
])
def test_dates(text: str, time: str, zone: str, conventions: Conventions,
               expected: datetime) -> None:
    assert parse_date(text, conventions, time, zone) == expected


def test_a_date_without_zone_is_in_the_store_zone() -> None:
    assert parse_date("05/03/2021", DMY, "10:00", zone="Europe/Paris") == \
        datetime(2021, 3, 5, 9, tzinfo=UTC)


@pytest.mark.parametrize(("text", "time", "zone", "words"), [
    ("31/02/2021", "", "", "is not a date"), ("yesterday", "", "", "is not a date"),
    ("05/03/2021", "noon", "", "is not a time of day"),
    ("05/03/2021", "10:00", "Mars/Olympus", "not a time zone Atelier knows"),
    ("05/03/2021", "10:00", "XYZT", "not a time zone Atelier knows"),
])
def test_bad_dates_name_the_cell(text: str, time: str, zone: str, words: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_date(text, DMY, time, zone, file="x.csv", line=3, column="Date")
    assert str(caught.value).startswith("x.csv, line 3, column “Date”: ")
    assert words in str(caught.value)


def test_columns_are_found_whatever_their_case_accents_or_spaces() -> None:
    header = ["Date", "Libellé", "Débit ", "Impact sur le solde"]
    assert column_index(header, "libelle") == 1
    assert column_index(header, "Debit") == 2
    assert column_index(header, "Balance Impact", "Impact sur le solde") == 3
    assert column_index(header, "Credit") is None


def test_record_reads_amounts_and_dates_with_the_table_conventions() -> None:
    table = read_table(EXPORTS / "paypal_activity_de_synthetic.csv")
    detect_conventions(table, ["Brutto"], ["Datum"])
    record = next(records(table))
    assert isinstance(record, Record) and record.line == 2
    assert record.amount(("Gross", "Brutto"), record.text("Währung")) == 2500
    assert record.date("Datum", ("Uhrzeit",), ("Zeitzone",)) == \
        datetime(2025, 9, 15, 12, 32, 15, tzinfo=UTC)
    assert Decimal(record.amount("Netto", "EUR")) / 100 == Decimal("23.5")

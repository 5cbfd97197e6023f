"""Column mappings the person makes for a CSV no profile knows (profiles/custom.py)."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind, Table
from storage.imports.profiles.custom import (
    CustomProfile,
    export_profile,
    load_profile,
    parse_date,
    parse_number,
    recognise_saved,
    save_profile,
    saved_profiles,
)

BANK = """Date opération;Libellé;Débit;Montant;Devise;Réf
05/03/2021;VIR SEPA ACME SARL FACTURE 12;;1 234,56;EUR;R1
17/03/2021;PRLV FREE MOBILE;;-19,99;EUR;R2
;;;;;
31/03/2021;VIR PAYPAL EUROPE;;(12,00);eur;R3
"""


def table(text: str, delimiter: str = ";", name: str = "bank.csv") -> Table:
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header, body = records[0], records[1:]
    return Table(file_name=name, encoding="utf-8", delimiter=delimiter, header=header,
                 header_line=1,
                 records=lambda: iter([(i + 2, cells) for i, cells in enumerate(body)]))


BANK_PROFILE = CustomProfile(
    "Ma banque", {"date": "Date opération", "amount": "Montant", "currency": "Devise",
                  "memo": "Libellé", "id": "Réf"}, decimal=",", date_order="DMY")


def test_a_semicolon_bank_file_reads_with_its_mapping() -> None:
    rows = list(BANK_PROFILE.rows(table(BANK)))
    assert [(r.line, r.gross_minor, r.net_minor, r.kind) for r in rows] == [
        (2, 123456, 123456, RowKind.INCOME), (3, -1999, -1999, RowKind.EXPENSE),
        (5, -1200, -1200, RowKind.EXPENSE)]
    first = rows[0]
    assert first.occurred_at == datetime(2021, 3, 5, 12, tzinfo=UTC)  # 5 March, not May 3
    assert (first.currency, first.memo, first.source_id) == ("EUR", "VIR SEPA ACME SARL FACTURE 12",
                                                            "R1")
    assert first.source == "custom-ma-banque"
    assert rows[2].currency == "EUR"


def test_gross_fee_net_are_kept_apart_and_checked() -> None:
    text = "When,Who,Gross,Fee,Net\n2024-01-02,Ann,100.00,-4.25,95.75\n2024-01-03,Bob,50,1,40\n"
    profile = CustomProfile("Shop", {"date": "When", "payer": "Who", "gross": "Gross",
                                     "fee": "Fee", "net": "Net"}, currency="USD")
    rows = profile.rows(table(text, ","))
    ann = next(rows)
    assert (ann.gross_minor, ann.fee_minor, ann.net_minor, ann.counterparty) == (
        10000, 425, 9575, "Ann")
    with pytest.raises(ImportProblem) as caught:
        next(rows)
    assert (caught.value.line, caught.value.column) == (3, "Net")
    assert "not the gross less the fee" in str(caught.value)


def test_a_bad_cell_names_the_file_line_and_column() -> None:
    with pytest.raises(ImportProblem) as caught:
        list(BANK_PROFILE.rows(table(BANK.replace("17/03/2021", "17-13-2021"))))
    assert str(caught.value) == (
        "bank.csv, line 3, column “Date opération”: “17-13-2021” is not a date.")
    with pytest.raises(ImportProblem) as caught:
        list(BANK_PROFILE.rows(table(BANK.replace("-19,99", "dix euros"))))
    assert caught.value.column == "Montant"


def test_a_column_the_file_lacks_is_named() -> None:
    profile = CustomProfile("X", {"date": "Date", "amount": "Amount"}, currency="EUR")
    with pytest.raises(ImportProblem, match="no column “Amount”"):
        list(profile.rows(table("Date;Montant\n01/02/2020;3\n")))


@pytest.mark.parametrize(("text", "decimal", "value"), [
    ("1,234.56", ".", "1234.56"), ("1.234,56", ",", "1234.56"), ("1 234,56", ",", "1234.56"),
    ("1\u202f234,56", ",", "1234.56"), ("-12", ".", "-12"), ("(12.00)", ".", "-12.00"),
    ("12.00-", ".", "-12.00"), ("€ 12,5", ",", "12.5"), ("+3", ".", "3"), ("abc", ".", None),
    ("", ".", None), ("1.2.3", ",", None), ("12,50", ".", None), ("1 234,56", ".", None),
    ("1,234,567.8", ".", "1234567.8"),
])
def test_numbers(text: str, decimal: str, value: str | None) -> None:
    got = parse_number(text, decimal)
    assert (None if got is None else str(got)) == value


def test_dates_follow_the_order_chosen() -> None:
    assert parse_date("05/03/2021", "DMY").date().isoformat() == "2021-03-05"
    assert parse_date("05/03/2021", "MDY").date().isoformat() == "2021-05-03"
    assert parse_date("05.03.21", "DMY").date().isoformat() == "2021-03-05"
    assert parse_date("2021-03-05T10:20:30", "DMY") == datetime(2021, 3, 5, 10, 20, 30,
                                                                tzinfo=UTC)
    assert parse_date("31/02/2021", "DMY") is None
    assert parse_date("yesterday", "DMY") is None


def test_spec_round_trips_through_a_file_the_person_chooses(tmp_path: Path) -> None:
    path = tmp_path / "chosen" / "ma-banque.json"
    path.parent.mkdir()
    export_profile(BANK_PROFILE, path)
    assert load_profile(path) == BANK_PROFILE
    assert os.stat(path).st_mode & 0o077 == 0


def test_saved_mappings_recognise_their_file_next_time(tmp_path: Path) -> None:
    save_profile(tmp_path, BANK_PROFILE)
    (tmp_path / "import-profiles" / "broken.json").write_text("{not json", "utf-8")
    assert saved_profiles(tmp_path) == [BANK_PROFILE]
    assert recognise_saved(tmp_path, table(BANK).header) == BANK_PROFILE
    assert recognise_saved(tmp_path, ["Date", "Amount"]) is None


@pytest.mark.parametrize("text", [
    "[]", "{not json", '{"name": "x"}', '{"name": "x", "columns": {"colour": "A"}}',
    '{"name": "x", "columns": {"date": "A"}, "decimal": ";"}',
    '{"name": "x", "columns": {"date": "A"}, "currency": "EURO"}',
    '{"name": "x", "columns": {"date": true}}',
])
def test_a_file_that_is_not_a_mapping_is_refused_in_a_sentence(tmp_path: Path,
                                                                text: str) -> None:
    path = tmp_path / "thing.json"
    path.write_text(text, "utf-8")
    with pytest.raises(ImportProblem) as caught:
        load_profile(path)
    assert str(caught.value) == "thing.json: This is not a column mapping saved by Atelier."


def test_an_incomplete_mapping_says_what_is_missing() -> None:
    assert CustomProfile("", {"memo": "A"}).problems() == [
        "Give the mapping a name.", "Choose the column that holds the date.",
        "Choose the column that holds the amount (or the gross or net).",
        "Choose the currency column, or the currency of every row."]
    assert BANK_PROFILE.problems() == []
    assert CustomProfile("", {"memo": "A"}).score(["A"]) == 0.0

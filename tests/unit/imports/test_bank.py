"""The generic bank profile (issue 15). No real French bank export is public, so every file here
is SYNTHETIC: written by the test into tmp_path in the layouts French banks use (semicolons,
decimal commas, CP1252 or Latin-9, account lines above the header, or no header at all)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind
from storage.imports.profiles import recognise
from storage.imports.profiles.bank import counterparty_of, platform_in
from storage.imports.reading import read_table


def rows_of(tmp_path: Path, text: str, encoding: str = "cp1252", name: str = "banque.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    profile = recognise(table)
    return profile.name, table, list(profile.rows(table))


def test_debit_and_credit_columns_under_account_lines_in_cp1252(tmp_path: Path) -> None:
    text = ("Téléchargement du 07/12/2024;\r\n"
            ";\r\n"
            "Compte courant n° 12345678901;\r\n"
            "Solde au 06/12/2024;1 234,56 €\r\n"
            ";\r\n"
            "Date;Libellé;Débit euros;Crédit euros;\r\n"
            "02/12/2024;VIR SEPA RECU /DE ACME SAS /MOTIF FACTURE 2024-11 /REF 77;;1 500,00;\r\n"
            "03/12/2024;VIR PAYPAL EUROPE S.A.R.L. ET CIE;;842,10;\r\n"
            "04/12/2024;CB CARREFOUR 03/12;45,10;;\r\n"
            "05/12/2024;PRLV SEPA URSSAF ILE DE FRANCE;312,00;;\r\n"
            "17/12/2024;VIR INST RE WISE PAYMENTS LIMITED;;2 000,00;\r\n"
            "18/12/2024;Cotisation œuvre sociale;1,50;;\r\n")
    name, table, rows = rows_of(tmp_path, text)
    assert name == "bank" and table.encoding == "cp1252" and table.header_line == 6
    assert table.conventions.decimal == "," and table.conventions.date_order == "DMY"
    assert [(r.line, r.kind, r.currency, r.gross_minor, r.net_minor, r.counterparty)
            for r in rows] == [
        (7, RowKind.INCOME, "EUR", 150000, 150000, "ACME SAS"),
        (8, RowKind.TRANSFER_IN, "EUR", 84210, 84210, "PayPal"),
        (9, RowKind.EXPENSE, "EUR", -4510, -4510, "CARREFOUR"),
        (10, RowKind.EXPENSE, "EUR", -31200, -31200, "URSSAF ILE DE FRANCE"),
        (11, RowKind.TRANSFER_IN, "EUR", 200000, 200000, "Wise"),
        (12, RowKind.EXPENSE, "EUR", -150, -150, ""),  # no name part: the label is the memo
    ]
    assert rows[0].occurred_at == datetime(2024, 12, 2, 12, tzinfo=UTC)
    assert rows[0].memo == "VIR SEPA RECU /DE ACME SAS /MOTIF FACTURE 2024-11 /REF 77"
    assert all(r.source == "bank" and r.fee_minor == 0 for r in rows)


def test_signed_amount_with_value_date_in_latin9(tmp_path: Path) -> None:
    text = ("Date opération;Date valeur;Libellé;Montant;Devise\n"
            "02/12/2024;04/12/2024;VIREMENT DE M. DUPONT - Cœur de site;1.250,00;EUR\n"
            "03/12/2024;03/12/2024;PRELEVEMENT FREE MOBILE;-19,99;EUR\n"
            "13/12/2024;13/12/2024;VIR STRIPE PAYMENTS EUROPE;310,40;EUR\n")
    name, table, rows = rows_of(tmp_path, text, encoding="iso-8859-15")
    assert name == "bank" and table.encoding == "iso-8859-15"
    first, second, third = rows
    assert (first.kind, first.gross_minor, first.counterparty) == \
        (RowKind.INCOME, 125000, "M. DUPONT - Cœur de site")
    assert first.available_at == datetime(2024, 12, 4, 12, tzinfo=UTC)
    assert (second.kind, second.gross_minor) == (RowKind.EXPENSE, -1999)
    assert (third.kind, third.counterparty) == (RowKind.TRANSFER_IN, "Stripe")


def test_a_file_without_header_has_its_columns_guessed(tmp_path: Path) -> None:
    text = ("02/12/2024;VIR SEPA RECU /DE ACME SAS /MOTIF F12;1500,00\n"
            "03/12/2024;CB BOULANGERIE 02/12;-4,20\n"
            "15/12/2024;VIR PAYPAL EUROPE;842,10\n")
    name, table, rows = rows_of(tmp_path, text)
    assert name == "bank" and table.header_generated
    assert [(r.line, r.kind, r.gross_minor, r.counterparty) for r in rows] == [
        (1, RowKind.INCOME, 150000, "ACME SAS"),
        (2, RowKind.EXPENSE, -420, "BOULANGERIE"),
        (3, RowKind.TRANSFER_IN, 84210, "PayPal"),
    ]


def test_a_headerless_file_with_debit_and_credit_columns(tmp_path: Path) -> None:
    text = ("02/12/2024;02/12/2024;VIR SEPA RECU /DE ZOE MARTIN;;250,00\n"
            "03/12/2024;03/12/2024;CB LIBRAIRIE;12,30;\n"
            "16/12/2024;16/12/2024;VIR SEPA RECU /DE PAUL;;80,00\n")
    _name, _table, rows = rows_of(tmp_path, text)
    assert [(r.kind, r.gross_minor, r.counterparty) for r in rows] == [
        (RowKind.INCOME, 25000, "ZOE MARTIN"),
        (RowKind.EXPENSE, -1230, "LIBRAIRIE"),
        (RowKind.INCOME, 8000, "PAUL"),
    ]


def test_balance_lines_at_the_end_are_left_out(tmp_path: Path) -> None:
    text = ("Date;Libellé;Débit;Crédit\n"
            "02/12/2024;VIR SEPA RECU /DE ACME;;100,00\n"
            ";Solde final;;1 334,56\n"
            ";;;\n")
    _name, _table, rows = rows_of(tmp_path, text)
    assert [(r.line, r.gross_minor) for r in rows] == [(2, 10000)]


def test_a_bad_amount_names_its_line_and_column(tmp_path: Path) -> None:
    text = ("Date;Libellé;Débit;Crédit\n"
            "02/12/2024;VIR SEPA RECU /DE ACME;;cent\n")
    with pytest.raises(ImportProblem) as caught:
        rows_of(tmp_path, text)
    assert str(caught.value) == "banque.csv, line 2, column “Crédit”: “cent” is not an amount."


def test_platform_files_are_not_taken_for_a_bank(tmp_path: Path) -> None:
    exports = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
    for name in ("paypal_statement_en.csv", "paypal_activity_download_en.csv"):
        assert recognise(read_table(exports / name)).name.startswith("paypal-")


@pytest.mark.parametrize(("label", "platform"), [
    ("VIR PAYPAL EUROPE S.A.R.L. ET CIE", "PayPal"), ("VIR SEPA RECU /DE PAYONEER", "Payoneer"),
    ("VIR INST RE TRANSFERWISE LTD", "Wise"), ("Upwork Escrow Inc", "Upwork"),
    ("CB WISER SHOP", ""), ("VIR SEPA RECU /DE ACME", ""),
])
def test_platforms_named_in_labels(label: str, platform: str) -> None:
    assert platform_in(label) == platform


@pytest.mark.parametrize(("label", "name"), [
    ("VIR SEPA RECU /DE ACME SAS /MOTIF FACTURE 12 /REF 1", "ACME SAS"),
    ("VIREMENT EN VOTRE FAVEUR M. DUPONT", "M. DUPONT"),
    ("CARTE X1234 12/03 MONOPRIX", "MONOPRIX"),
    ("PRLV SEPA EDF", "EDF"),
    ("Cotisation mensuelle", "Cotisation mensuelle"),
])
def test_counterparty_from_label(label: str, name: str) -> None:
    assert counterparty_of(label) == name


def test_the_label_is_the_memo_and_the_payer_only_its_name_part(tmp_path: Path) -> None:
    """The Libellé was put in both Payer and Memo: the payer is the name part when it can be
    told apart from the label, else none (the label stays the memo)."""
    text = ("Date;Libellé;Débit;Crédit\n"
            "02/12/2024;VIR SEPA RECU /DE ACME SAS /MOTIF F12;;100,00\n"
            "03/12/2024;HONORAIRES DECEMBRE;;250,00\n")
    _name, _table, rows = rows_of(tmp_path, text)
    assert [(r.counterparty, r.memo) for r in rows] == [
        ("ACME SAS", "VIR SEPA RECU /DE ACME SAS /MOTIF F12"),
        ("", "HONORAIRES DECEMBRE"),
    ]

"""PayPal exports (issue 15): the four real samples in ../shared/testdata/exports, and variants
built here (BOM, date orders, decimal commas, trailing commas, spaced headers, French and
other languages). Files written by these tests are synthetic: PayPal's layouts, made-up rows."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind, RowStatus, SourceRow
from storage.imports.profiles import PROFILES, profile_named, recognise
from storage.imports.reading import read_table

EXPORTS = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
EN_HEADER = ('"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
             '"From Email Address","To Email Address","Transaction ID","Reference Txn ID",'
             '"Invoice Number","Balance","Subject","Balance Impact"')


def rows_of(path: Path) -> tuple[str, list[SourceRow]]:
    table = read_table(path)
    profile = recognise(table)
    return profile.name, list(profile.rows(table))


def by_line(rows: list[SourceRow]) -> dict[int, SourceRow]:
    return {row.line: row for row in rows}


def write(tmp_path: Path, text: str, name: str = "paypal.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- real samples


def test_activity_download_en() -> None:
    name, rows = rows_of(EXPORTS / "paypal_activity_download_en.csv")
    assert name == "paypal-activity" and len(rows) == 76
    line = by_line(rows)
    first = line[2]
    assert (first.kind, first.currency, first.gross_minor, first.fee_minor, first.net_minor) \
        == (RowKind.INCOME, "USD", 8400, 425, 7975)
    assert first.occurred_at == datetime(2015, 12, 29, 15, 45, 51, tzinfo=UTC)  # 07:45:51 PST
    assert (first.source_id, first.counterparty, first.counterparty_email, first.account) == \
        ("TID1", "PARTNER1", "paypal@partner1.com", "paypal@my-company.com")
    assert first.source == "paypal" and first.status == RowStatus.COMPLETED
    # A conversion USD −50.00 → EUR 43.34: two legs naming each other, with the rate applied.
    usd, eur = line[3], line[4]
    assert (usd.kind, usd.currency, usd.gross_minor, usd.related_id) == \
        (RowKind.CONVERSION, "USD", -5000, "TID3")
    assert (eur.kind, eur.currency, eur.gross_minor, eur.related_id) == \
        (RowKind.CONVERSION, "EUR", 4334, "TID2")
    assert (usd.rate, usd.rate_to) == (Decimal("0.8668"), "EUR")
    assert eur.rate_to == "USD" and eur.rate == Decimal("1.153668666")
    # A payment received in summer time (PDT), with its invoice number and subject.
    assert line[5].occurred_at == datetime(2016, 6, 9, 14, 19, 50, tzinfo=UTC)
    assert (line[5].gross_minor, line[5].fee_minor, line[5].net_minor) == \
        (165375, 7307, 158068)
    assert (line[5].reference, line[5].memo) == ("31", "Payment to My Company for invoice 31")
    # A payment sent is an expense; a withdrawal to the bank (still pending) a transfer out,
    # its two conversion legs both naming it.
    assert (line[8].kind, line[8].currency, line[8].gross_minor) == \
        (RowKind.EXPENSE, "AUD", -10000)
    assert (line[12].kind, line[12].status, line[12].gross_minor) == \
        (RowKind.TRANSFER_OUT, RowStatus.PENDING, -1243137)
    assert (line[13].related_id, line[14].related_id) == ("TID11", "TID11")
    assert line[13].rate == Decimal("0.887955") and line[13].rate_to == "EUR"
    # A hold and its release move nothing for good.
    assert (line[38].kind, line[47].kind) == (RowKind.HOLD, RowKind.HOLD)
    assert Counter(row.kind for row in rows) == {
        RowKind.INCOME: 26, RowKind.CONVERSION: 32, RowKind.TRANSFER_OUT: 14,
        RowKind.EXPENSE: 2, RowKind.HOLD: 2}
    assert sum(r.net_minor for r in rows if r.kind == RowKind.INCOME and r.currency == "USD") \
        == sum(r.gross_minor - r.fee_minor for r in rows
               if r.kind == RowKind.INCOME and r.currency == "USD")
    assert all(r.net_minor == r.gross_minor - r.fee_minor for r in rows)
    assert len({r.source_id for r in rows}) == 76


def test_statement_en_with_mdy_dates_and_thousands_commas() -> None:
    name, rows = rows_of(EXPORTS / "paypal_statement_en.csv")
    assert name == "paypal-statement" and len(rows) == 19
    line = by_line(rows)
    withdrawal = line[2]
    assert (withdrawal.kind, withdrawal.currency, withdrawal.gross_minor,
            withdrawal.counterparty) == (RowKind.TRANSFER_OUT, "EUR", -105809, "Bank A")
    # 9/4/2018 21:15:11 America/Los_Angeles (PDT) is 5 September, 04:15:11 UTC.
    assert withdrawal.occurred_at == datetime(2018, 9, 5, 4, 15, 11, tzinfo=UTC)
    payment = line[10]
    assert (payment.kind, payment.currency, payment.gross_minor, payment.fee_minor,
            payment.net_minor, payment.counterparty, payment.reference) == \
        (RowKind.INCOME, "USD", 130980, 4876, 126104, "Partner 1", "361")
    # The conversion legs are far apart in the file: both name the withdrawal TID1.
    eur, usd = line[3], line[11]
    assert (eur.related_id, usd.related_id) == ("TID1", "TID1")
    assert (usd.rate, usd.rate_to) == (Decimal("0.8390880254"), "EUR")
    # A row in another zone than the rest (CET) is read in its own zone.
    assert line[17].occurred_at == datetime(2018, 9, 27, 17, 16, 12, tzinfo=UTC)
    assert Counter(r.kind for r in rows) == {RowKind.INCOME: 7, RowKind.CONVERSION: 8,
                                             RowKind.TRANSFER_OUT: 4}


def test_statement_es_with_decimal_commas() -> None:
    table = read_table(EXPORTS / "paypal_statement_es.csv")
    profile = recognise(table)
    rows = list(profile.rows(table))
    assert profile.name == "paypal-statement"
    assert table.conventions.decimal == "," and table.conventions.ambiguous_dates
    assert [(r.line, r.kind, r.gross_minor, r.fee_minor, r.net_minor, r.source_id)
            for r in rows] == [
        (2, RowKind.INCOME, 4937, 178, 4759, "TID1"),
        (3, RowKind.INCOME, 2882, 119, 2763, "TID2"),
        (4, RowKind.INCOME, 3578, 139, 3439, "TID3"),
        (5, RowKind.INCOME, 2247, 100, 2147, "TID4"),
    ]
    # 2/1/2020 in a Spanish file, asked as day first: 2 January, 11:05:56 in Berlin.
    assert rows[0].occurred_at == datetime(2020, 1, 2, 10, 5, 56, tzinfo=UTC)
    assert (rows[0].counterparty, rows[0].counterparty_email) == \
        ("Partner 1", "paypal@partner1.com")


def test_activity_de_synthetic_with_a_positive_fee() -> None:
    name, rows = rows_of(EXPORTS / "paypal_activity_de_synthetic.csv")
    assert name == "paypal-activity"
    line = by_line(rows)
    # Its fee is positive and Net = Gross − Fee: the gross and the net decide.
    assert (line[2].kind, line[2].gross_minor, line[2].fee_minor, line[2].net_minor) == \
        (RowKind.INCOME, 2500, 150, 2350)
    assert line[2].occurred_at == datetime(2025, 9, 15, 12, 32, 15, tzinfo=UTC)  # CEST
    assert (line[3].kind, line[3].gross_minor, line[3].fee_minor, line[3].net_minor) == \
        (RowKind.EXPENSE, -5000, 200, -5200)
    # Both conversion legs carry the same id: each gets its currency, so neither is lost.
    eur, usd = line[4], line[5]
    assert (eur.source_id, usd.source_id) == ("5E678901FG234567H:EUR", "5E678901FG234567H:USD")
    assert (usd.rate, usd.rate_to) == (Decimal("0.9215"), "EUR")
    assert line[6].kind == RowKind.INCOME and line[6].net_minor == 1500


def test_the_registry_names_the_profiles() -> None:
    names = [p.name for p in PROFILES]
    assert {"paypal-activity", "paypal-statement"} <= set(names)
    assert len(names) == len(set(names))
    assert profile_named("paypal-statement").name == "paypal-statement"
    with pytest.raises(KeyError):
        profile_named("paypal-nope")


def test_an_unknown_csv_is_refused_naming_its_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "Colour,Size,Weight\nred,3,4.5\nblue,2,1.0\n", "things.csv")
    with pytest.raises(ImportProblem) as caught:
        recognise(read_table(path))
    assert str(caught.value) == ("things.csv: This is not a payment export Atelier recognises: "
                                 "its columns are “Colour”, “Size”, “Weight”. Map its columns "
                                 "to import it.")


# --------------------------------------------------------------------------- variants


def _activity(rows: list[str], header: str = EN_HEADER) -> str:
    return header + "\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(("date", "expected"), [
    ("31/12/2021", datetime(2021, 12, 31, 10, tzinfo=UTC)),  # DD/MM/YYYY
    ("12/31/21", datetime(2021, 12, 31, 10, tzinfo=UTC)),  # MM/DD/YY
    ("31.12.2021", datetime(2021, 12, 31, 10, tzinfo=UTC)),  # DD.MM.YYYY
    ("2021-12-31", datetime(2021, 12, 31, 10, tzinfo=UTC)),
])
def test_date_orders_decided_from_the_file(tmp_path: Path, date: str,
                                           expected: datetime) -> None:
    text = _activity([
        f'"{date}","10:00:00","UTC","Zoé","General Payment","Completed","EUR","10.00",'
        '"-0.50","9.50","zoe@example.com","me@example.com","T1","","","9.50","",'
        '"Credit"'])
    _name, rows = rows_of(write(tmp_path, text))
    assert rows[0].occurred_at == expected


def test_bom_decimal_commas_trailing_commas_and_spaced_separators(tmp_path: Path) -> None:
    header = ('"Date ", "Time ", "TimeZone", "Name", "Type", "Status", "Currency", "Gross ", '
              '"Fee ", "Net ", "From Email Address", "To Email Address", "Transaction ID",,,')
    text = "\ufeff" + _activity([
        '"25/03/2021", "10:00:00", "CET", "Acme, Inc.", "Express Checkout Payment", '
        '"Completed", "EUR", "1.234,56", "-40,00", "1.194,56", "acme@example.com", '
        '"me@example.com", "T1",,,',
        '"26/03/2021", "11:00:00", "CET", "Bob", "Refund", "Completed", "EUR", "-12,00", '
        '"0,50", "-11,50", "me@example.com", "bob@example.com", "T2",,,'], header)
    _name, rows = rows_of(write(tmp_path, text))
    first, refund = rows
    assert (first.counterparty, first.gross_minor, first.fee_minor, first.net_minor) == \
        ("Acme, Inc.", 123456, 4000, 119456)
    assert first.occurred_at == datetime(2021, 3, 25, 9, tzinfo=UTC)
    # A refund gives money back: negative gross, PayPal's fee returned (a negative fee).
    assert (refund.kind, refund.gross_minor, refund.fee_minor, refund.net_minor,
            refund.counterparty_email) == (RowKind.REFUND, -1200, -50, -1150,
                                           "bob@example.com")


def test_french_activity_download_synthetic(tmp_path: Path) -> None:
    header = ('"Date","Heure","Fuseau horaire","Nom","Type","État","Devise","Avant commission",'
              '"Commission","Net","De l\'adresse email","À l\'adresse email",'
              '"Numéro de transaction","Titre de l\'objet","Numéro de la transaction de '
              'référence","Numéro de facture","Solde","Objet","Remarque","Impact sur le solde"')
    text = _activity([
        '"05/03/2021","10:00:00","CET","Zoé Martin","Paiement express","Terminé","EUR",'
        '"1 234,56","-40,00","1 194,56","zoe@example.com","moi@example.com","F1","Logo","",'
        '"F-2021-3","1 194,56","Logo","","Crédit"',
        '"06/03/2021","11:00:00","CET","","Virement standard vers un compte bancaire",'
        '"En attente","EUR","-1 000,00","0,00","-1 000,00","moi@example.com","","F2","","",'
        '"","194,56","","","Débit"',
        '"07/03/2021","12:00:00","CET","Paul","Autorisation générale","En attente","EUR",'
        '"-50,00","0,00","-50,00","moi@example.com","paul@example.com","F3","","","","194,56",'
        '"","","Mémo"',
        '"08/03/2021","13:00:00","CET","Jean","Paiement express","Refusé","EUR","20,00",'
        '"-1,00","19,00","jean@example.com","moi@example.com","F4","","","","194,56","","",'
        '"Crédit"',
        '"09/03/2021","14:00:00","CET","Jean","Rétrofacturation","Terminé","EUR","-20,00",'
        '"0,00","-20,00","moi@example.com","jean@example.com","F5","","F4","","174,56","","",'
        '"Débit"',
        '"10/03/2021","15:00:00","CET","","Virement bancaire sur le compte PayPal","Terminé",'
        '"EUR","100,00","0,00","100,00","","moi@example.com","F6","","","","274,56","","",'
        '"Crédit"',
        '"11/03/2021","16:00:00","CET","","Conversion de devise standard","Terminé","USD",'
        '"50,00","0,00","50,00","","moi@example.com","F7","","F8","","50,00","","","Crédit"',
        '"11/03/2021","16:00:00","CET","","Conversion de devise standard","Terminé","EUR",'
        '"-42,00","0,00","-42,00","moi@example.com","","F8","","F7","","232,56","","",'
        '"Débit"',
        '"12/03/2021","17:00:00","CET","Boutique","Paiement sur site marchand","Terminé","EUR",'
        '"-30,00","0,00","-30,00","moi@example.com","shop@example.com","F9","","","","202,56",'
        '"","","Débit"',
        '"13/03/2021","18:00:00","CET","","Chose inconnue","Terminé","EUR","1,00","0,00",'
        '"1,00","","moi@example.com","F10","","","","203,56","","","Crédit"',
    ], header)
    table = read_table(write(tmp_path, text, encoding="utf-8-sig"))
    profile = recognise(table)
    assert profile.name == "paypal-activity"
    rows = by_line(list(profile.rows(table)))
    assert table.conventions.decimal == "," and table.conventions.date_order == "DMY"
    assert (rows[2].kind, rows[2].gross_minor, rows[2].fee_minor, rows[2].net_minor,
            rows[2].counterparty, rows[2].reference, rows[2].memo) == \
        (RowKind.INCOME, 123456, 4000, 119456, "Zoé Martin", "F-2021-3", "Logo — Logo")
    assert (rows[3].kind, rows[3].status) == (RowKind.TRANSFER_OUT, RowStatus.PENDING)
    assert rows[4].kind == RowKind.HOLD  # a memo: moves no money
    assert (rows[5].kind, rows[5].status) == (RowKind.INCOME, RowStatus.DENIED)
    assert (rows[6].kind, rows[6].gross_minor, rows[6].related_id) == \
        (RowKind.CHARGEBACK, -2000, "F4")
    assert rows[7].kind == RowKind.TRANSFER_IN
    assert (rows[8].rate, rows[8].rate_to) == (Decimal("0.84"), "EUR")
    assert (rows[9].rate, rows[9].rate_to) == (Decimal("1.190476190"), "USD")
    assert rows[10].kind == RowKind.EXPENSE
    assert rows[11].kind == RowKind.OTHER and rows[11].memo == "Chose inconnue"


@pytest.mark.parametrize("header", [
    # German
    "Datum,Uhrzeit,Zeitzone,Name,Typ,Status,Währung,Brutto,Entgelt,Netto,"
    "Absender E-Mail-Adresse,Empfänger E-Mail-Adresse,Transaktionscode,Auswirkung auf Guthaben",
    # Spanish activity download
    "Fecha,Hora,Zona horaria,Nombre,Tipo,Estado,Divisa,Bruto,Comisión,Neto,"
    "Correo electrónico del remitente,Correo electrónico del destinatario,"
    "Id. de transacción,Impacto en el saldo",
])
def test_other_languages_are_recognised(tmp_path: Path, header: str) -> None:
    row = ("15.09.2025,14:32:15,CEST,Max,Zahlung erhalten,Abgeschlossen,EUR,\"25,00\","
           "\"-1,50\",\"23,50\",max@example.com,me@example.com,X1,Haben")
    _name, rows = rows_of(write(tmp_path, header + "\n" + row + "\n"))
    assert (rows[0].gross_minor, rows[0].fee_minor, rows[0].net_minor) == (2500, 150, 2350)


def test_a_net_that_is_not_gross_less_fee_is_named(tmp_path: Path) -> None:
    text = _activity([
        '"05/03/2021","10:00:00","UTC","Zoé","General Payment","Completed","EUR","10.00",'
        '"-0.50","9.00","zoe@example.com","me@example.com","T1","","","9.00","","Credit"'])
    table = read_table(write(tmp_path, text))
    with pytest.raises(ImportProblem) as caught:
        list(recognise(table).rows(table))
    assert str(caught.value) == ("paypal.csv, line 2, column “Net”: The net (9.00) is not the "
                                 "gross less the fee.")


def test_a_bad_amount_names_its_line_and_column(tmp_path: Path) -> None:
    text = _activity([
        '"05/03/2021","10:00:00","UTC","Zoé","General Payment","Completed","EUR","ten",'
        '"-0.50","9.50","zoe@example.com","me@example.com","T1","","","9.50","","Credit"'])
    table = read_table(write(tmp_path, text))
    with pytest.raises(ImportProblem) as caught:
        list(recognise(table).rows(table))
    assert str(caught.value) == "paypal.csv, line 2, column “Gross”: “ten” is not an amount."


def test_the_german_samples_short_rows_keep_the_balance_impact_out_of_the_memo() -> None:
    """The synthetic German file's records are one cell short of its header: "Haben"/"Soll"
    (Balance Impact) land in Hinweis (Note) and were appended to the memo ("Pizza bestellen —
    Haben")."""
    _, rows = rows_of(EXPORTS / "paypal_activity_de_synthetic.csv")
    words = {"haben", "soll", "credit", "debit", "memo"}
    for r in rows:
        assert not any(part.strip().casefold() in words for part in r.memo.split("—")), r
    first = by_line(rows)[2]
    assert first.memo == "Pizza bestellen"


def test_a_balance_impact_word_in_the_note_is_never_part_of_the_memo(tmp_path: Path) -> None:
    path = write(tmp_path, _activity([
        '"01/03/2024","10:00:00","UTC","Zoé","General Payment","Completed","EUR","10.00",'
        '"-0.50","9.50","zoe@example.com","me@example.com","T1","","","9.50","Logo","Credit"']
        ).replace('"Subject","Balance Impact"', '"Subject","Note"'))
    (r,) = rows_of(path)[1]
    assert r.memo == "Logo"

"""Quotes, invoices and credit notes (issue 17): drafts from orders, issuing with a continuous
number per year (also when two writers issue at once), an issued invoice never changes (the
API and the database refuse it), the mentions each status requires, credit notes, the series
check, payments and the receipts book, platform orders."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from stdnum import luhn

from storage import settings
from storage.db import open_store
from storage.errors import ValidationError
from storage.invoicing import documents as docs
from storage.invoicing import settlement
from storage.invoicing.documents import LineInput, MissingMentions
from storage.invoicing.mentions import NAMES
from storage.payments import record_payment
from storage.receipts import receipts_book
from storage.tables import Client, Document, DocumentLine, Order, OrderStatus, PaymentKind
from tests.factories import at, client, order, walk

SIREN = "732829320"
SIRET = SIREN + "0007"
SIRET = SIRET + luhn.calc_check_digit(SIRET)
ICE = "0012345670001" + f"{(97 - int('0012345670001') * 100 % 97) % 97:02d}"
BN = "12302663" + luhn.calc_check_digit("12302663")
TODAY = date(2026, 6, 15)


def france(s, **changes: str) -> None:
    values = {"status": "fr_micro", "setup_done": "yes", "legal_name": "Camille Martin",
              "ei_mention": "yes", "siret": SIRET, "address": "3 rue des Lilas\n75011 Paris"}
    values.update(changes)
    for key, value in values.items():
        settings.put(s, key, value)


def direct_order(s, *, business: bool = False, **kw):
    c = client(s, address="12 quai Est\n69002 Lyon", is_business=business,
               company_number="552100554" if business else "")
    o = order(s, client_obj=c, price_minor=45000, **kw)
    walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
    return o


@pytest.fixture
def fr(store):
    with store.transaction() as s:
        france(s)
    return store


def _draft(store, kind="invoice", **kw) -> int:
    with store.transaction() as s:
        o = direct_order(s, **kw)
        return docs.create_draft(s, kind, today=TODAY, order_id=o.id).id


def test_a_draft_from_an_order_has_no_number_and_issuing_gives_the_next_of_the_year(fr) -> None:
    first = _draft(fr)
    with fr.session() as s:
        d = s.get(Document, first)
        assert (d.state, d.number, d.currency, len(d.lines)) == ("draft", None, "EUR", 1)
        assert (d.lines[0].description, d.lines[0].unit_price_minor) == ("Article de blog", 45000)
        assert d.service_start == date(2026, 3, 2) and d.service_end == date(2026, 3, 3)
    assert docs.issue(fr, first, TODAY).number == "2026-0001"
    assert docs.issue(fr, _draft(fr), TODAY).number == "2026-0002"
    # a new year starts its series again; the format is a setting
    with fr.transaction() as s:
        settings.put(s, "invoice_number_format", "F{year}/{n:05d}")
    assert docs.issue(fr, _draft(fr), date(2027, 1, 4)).number == "F2027/00001"
    with fr.session() as s:
        data = docs.to_data(s, first)
    assert data.type_code == "380" and data.seller.ei_mention and data.seller.siren == SIREN
    assert data.vat_exemption_reason == "TVA non applicable, art. 293 B du CGI"
    assert data.due_date == date(2026, 7, 15)  # 30 days (mentions.json, L441-10)
    assert data.total_minor == 45000


def test_a_wrong_number_format_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as err:
        settings.check("invoice_number_format", "{year}-{x}")
    assert err.value.field == "invoice_number_format"


def test_two_writers_issuing_at_once_get_consecutive_numbers(fr, tmp_path) -> None:
    ids = [_draft(fr) for _ in range(6)]
    other = open_store(fr.path)  # a second program on the same store file
    stores = [fr, other]
    start = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def work(which: int) -> None:
        start.wait()
        try:
            for doc_id in ids[which::2]:
                numbers.append(docs.issue(stores[which], doc_id, TODAY).number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert errors == []
    assert sorted(numbers) == [f"2026-{n:04d}" for n in range(1, 7)]
    with fr.session() as s:
        assert docs.series_check(s) == []


def test_an_issued_invoice_cannot_change_through_the_api_or_raw_sql(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s, pytest.raises(ValidationError, match="is issued"):
        docs.update_draft(s, doc_id, {"notes": "changed"})
    with fr.transaction() as s, pytest.raises(ValidationError, match="is issued"):
        docs.delete_draft(s, doc_id)
    conn = sqlite3.connect(fr.path)
    try:
        for sql in (f"UPDATE documents SET number = '2026-9999' WHERE id = {doc_id}",
                    f"UPDATE documents SET buyer = '{{}}' WHERE id = {doc_id}",
                    f"UPDATE documents SET state = 'draft' WHERE id = {doc_id}",
                    f"DELETE FROM documents WHERE id = {doc_id}",
                    f"UPDATE document_lines SET unit_price_minor = 1 WHERE document_id = {doc_id}",
                    f"DELETE FROM document_lines WHERE document_id = {doc_id}",
                    "INSERT INTO document_lines (document_id, position, description, quantity, "
                    "unit, unit_price_minor, discount_minor, vat_category, vat_rate_bp, "
                    f"gst_rate_pcm, qst_rate_pcm) VALUES ({doc_id}, 9, 'x', '1', 'C62', 1, 0, "
                    "'E', 0, 0, 0)"):
            with pytest.raises(sqlite3.IntegrityError, match="issued document"):
                conn.execute(sql)
        # its state may move as documented: a credit note cancels it
        conn.execute(f"UPDATE documents SET state = 'cancelled' WHERE id = {doc_id}")
        conn.rollback()
    finally:
        conn.close()
    with fr.session() as s:
        d = s.get(Document, doc_id)
        assert (d.number, d.state, d.lines[0].unit_price_minor) == ("2026-0001", "issued", 45000)


def test_a_draft_can_be_edited_and_deleted(fr) -> None:
    doc_id = _draft(fr)
    with fr.transaction() as s:
        docs.update_draft(s, doc_id, {"category": "mixed"}, lines=[
            LineInput("Rédaction", 6000, "2.5", "HUR"), LineInput("Relecture", 3000)])
    with fr.session() as s:
        data = docs.to_data(s, doc_id)
    assert data.net_minor == 18000 and data.operation_category == "mixed"  # 2.5 × 60 + 30
    with fr.transaction() as s:
        docs.delete_draft(s, doc_id)
    with fr.session() as s:
        assert s.get(Document, doc_id) is None
        assert s.scalars(select(DocumentLine)).all() == []


def test_the_snapshot_keeps_the_identity_of_the_day_of_issue(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        settings.put(s, "legal_name", "Camille Martin-Durand")
        s.get(Client, s.get(Document, doc_id).client_id).address = "ailleurs"
    with fr.session() as s:
        data = docs.to_data(s, doc_id)
    assert data.seller.name == "Camille Martin" and data.buyer.address.startswith("12 quai")


@pytest.mark.parametrize(("status_values", "business", "missing_key"), [
    ({"legal_name": ""}, False, "seller_name"),
    ({"ei_mention": "no"}, False, "seller_ei"),
    ({"siret": ""}, False, "seller_siret"),
    ({"address": ""}, False, "seller_address"),
    ({}, True, "buyer_siren"),  # a business client, from 1 September 2027
    ({"vat_regime": "registered"}, False, "seller_vat_number"),
])
def test_france_each_missing_mention_blocks_issuing_and_is_named(
        store, status_values, business, missing_key) -> None:
    with store.transaction() as s:
        france(s, **status_values)
        o = direct_order(s, business=business)
        if business:
            s.get(type(o.client), o.client_id).company_number = ""
        doc_id = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
    day = date(2027, 9, 2)
    with pytest.raises(MissingMentions) as err:
        docs.issue(store, doc_id, day)
    assert NAMES[missing_key] in err.value.missing
    assert str(NAMES[missing_key]) in str(err.value)
    with store.session() as s:  # nothing written, no number used
        d = s.get(Document, doc_id)
        assert (d.state, d.number, d.seller) == ("draft", None, "")
        assert docs.series_check(s) == []


def test_france_the_client_address_and_service_date_are_named(fr) -> None:
    with fr.transaction() as s:
        c = client(s)  # no address
        doc_id = docs.create_draft(s, "invoice", today=TODAY, client_id=c.id,
                                   lines=[LineInput("Conseil", 10000)]).id
        missing = docs.missing_mentions(s, doc_id, TODAY)
    assert missing == [NAMES["service_date"], NAMES["buyer_address"]]


def test_a_business_client_gets_the_40_euro_indemnity_and_its_siren(fr) -> None:
    doc_id = _draft(fr, business=True)
    docs.issue(fr, doc_id, date(2026, 9, 2))
    with fr.session() as s:
        data = docs.to_data(s, doc_id)
    assert any("40 €" in note for note in data.notes)
    assert data.buyer.siren == "552100554" and data.operation_category == "services"


def test_morocco_needs_the_ice_and_if_and_a_company_clients_ice(store) -> None:
    with store.transaction() as s:
        for key, value in {"status": "ma_auto", "setup_done": "yes", "legal_name": "Salma B.",
                           "address": "Casablanca", "ice": ICE, "if_number": ""}.items():
            settings.put(s, key, value)
        c = client(s, country="MA", is_business=True, address="Rabat")
        doc_id = docs.create_draft(s, "invoice", today=TODAY, client_id=c.id,
                                   currency="MAD", lines=[LineInput("Logo", 150000)]).id
        assert docs.missing_mentions(s, doc_id, TODAY) == [NAMES["seller_if"],
                                                           NAMES["buyer_ice"]]
        settings.put(s, "if_number", "12345678")
        c.company_number = ICE
    assert docs.issue(store, doc_id, TODAY).number == "2026-0001"


def test_a_foreign_companys_number_is_not_printed_as_an_ice(store) -> None:
    # A Moroccan seller's French client company: its SIREN is no ICE, and no ICE is asked.
    with store.transaction() as s:
        for key, value in {"status": "ma_auto", "setup_done": "yes", "legal_name": "Salma B.",
                           "address": "Casablanca", "ice": ICE,
                           "if_number": "12345678"}.items():
            settings.put(s, key, value)
        c = client(s, country="FR", is_business=True, address="Lyon")
        c.company_number = "732829320"
        doc_id = docs.create_draft(s, "invoice", today=TODAY, client_id=c.id,
                                   currency="MAD", lines=[LineInput("Logo", 150000)]).id
        assert docs.missing_mentions(s, doc_id, TODAY) == []
        assert docs.to_data(s, doc_id).buyer.ice == ""


def test_quebec_registered_needs_gst_qst_numbers_and_taxes_each_line(store) -> None:
    with store.transaction() as s:
        for key, value in {"status": "qc_self", "setup_done": "yes", "legal_name": "Luc T.",
                           "address": "Montréal", "qc_gst": "registered"}.items():
            settings.put(s, key, value)
        c = client(s, country="CA", language="en")
        doc_id = docs.create_draft(s, "invoice", today=TODAY, client_id=c.id, currency="CAD",
                                   lines=[LineInput("Translation", 20000)]).id
        assert docs.missing_mentions(s, doc_id, TODAY) == [NAMES["gst_qst_numbers"]]
        settings.put(s, "gst_number", f"{BN}RT0001")
        settings.put(s, "qst_number", "1234567890TQ0001")
        line = s.get(Document, doc_id).lines[0]
        assert (line.gst_rate_pcm, line.qst_rate_pcm) == (5000, 9975)
    docs.issue(store, doc_id, TODAY)


def test_a_credit_note_cancels_the_invoice_in_the_same_series(fr) -> None:
    invoice_id = _draft(fr)
    docs.issue(fr, invoice_id, TODAY)
    with fr.transaction() as s:
        note_id = docs.credit_note(s, invoice_id, TODAY).id
    note = docs.issue(fr, note_id, TODAY)
    assert note.number == "2026-0002"
    with fr.session() as s:
        assert s.get(Document, invoice_id).state == "cancelled"
        data = docs.to_data(s, note_id)
        assert (data.type_code, data.corrects_number, data.total_minor) == (
            "381", "2026-0001", 45000)
    # a cancelled invoice is not credited again, and the order can be invoiced again
    with fr.transaction() as s, pytest.raises(ValidationError, match="cannot"):
        docs.credit_note(s, invoice_id, TODAY)


def test_a_partial_credit_note_corrects_without_cancelling(fr) -> None:
    invoice_id = _draft(fr)
    docs.issue(fr, invoice_id, TODAY)
    with fr.transaction() as s:
        note_id = docs.credit_note(s, invoice_id, TODAY, [LineInput("Remise", 5000)]).id
    docs.issue(fr, note_id, TODAY)
    with fr.session() as s:
        assert s.get(Document, invoice_id).state == "issued"


def test_the_series_check_finds_a_gap_and_a_duplicate_made_by_hand(fr) -> None:
    for _ in range(2):
        docs.issue(fr, _draft(fr), TODAY)
    conn = sqlite3.connect(fr.path)
    base = ("INSERT INTO documents (kind, state, series, year, seq, number, client_id, "
            "currency, language, payment_terms, late_penalty_text, category, status, "
            "external, platform_number, file_path, seller, buyer, notes, created_at) VALUES "
            "('invoice', 'issued', 'invoice', 2026, {seq}, '{number}', 1, 'EUR', 'fr', '', "
            "'', 'services', 'fr_micro', 0, '', '', '', '', '', '2026-06-15 10:00:00')")
    conn.execute(base.format(seq=4, number="2026-0004"))
    conn.execute(base.format(seq=5, number="2026-0002"))
    conn.commit()
    conn.close()
    with fr.session() as s:
        problems = docs.series_check(s)
    assert [(p.kind, p.numbers) for p in problems] == [
        ("gap", ("2026-0003",)), ("duplicate", ("2026-0002",))]
    assert str(problems[0].text) == "2026: numbers missing from the series: 2026-0003."


def test_a_deposit_then_the_final_invoice_deducts_it(fr) -> None:
    with fr.transaction() as s:
        o = direct_order(s)
        deposit_id = docs.create_deposit(s, o.id, 15000, TODAY).id
    assert docs.issue(fr, deposit_id, TODAY).number == "2026-0001"
    with fr.transaction() as s:
        assert docs.to_data(s, deposit_id).type_code == "386"
        final = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id)
        data = docs.to_data(s, final.id)
    assert [ln.unit_price_minor for ln in data.lines] == [45000, -15000]
    assert data.lines[1].description == "Facture d'acompte 2026-0001"
    assert data.total_minor == 30000


def test_a_quote_accepted_becomes_an_order_and_a_draft_invoice(fr) -> None:
    with fr.transaction() as s:
        c = client(s, address="Lyon")
        quote_id = docs.create_draft(s, "quote", today=TODAY, client_id=c.id, currency="EUR",
                                     lines=[LineInput("Site vitrine", 120000)]).id
    quote = docs.issue(fr, quote_id, TODAY)
    assert quote.number == "D2026-0001" and quote.valid_until == date(2026, 7, 15)
    with fr.transaction() as s:
        invoice = docs.accept_quote(s, quote_id, TODAY)
        assert s.get(Document, quote_id).state == "accepted"
        assert invoice.order_id is not None and invoice.quote_id == quote_id
        assert [ln.unit_price_minor for ln in invoice.lines] == [120000]
        assert docs.to_data(s, quote_id).type_code == "310"
    with fr.session() as s:  # the quotes' series does not touch the invoices'
        assert docs.series_check(s) == []


def test_payments_make_an_invoice_partial_paid_or_overdue(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)  # due 2026-07-15
    with fr.transaction() as s:
        assert settlement.settlement(s, doc_id, TODAY).state == "unpaid"
        first = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=20000, currency="EUR",
                               received_at=at("2026-06-20T10:00"))
        settlement.link_payment(s, doc_id, first.id)
        assert settlement.settlement(s, doc_id, date(2026, 6, 20)).state == "partial"
        late = settlement.settlement(s, doc_id, date(2026, 7, 16))
        assert (late.state, late.remaining_minor) == ("overdue", 25000)
        assert [o.document_id for o in settlement.overdue(s, date(2026, 7, 16))] == [doc_id]
        assert settlement.overdue(s, date(2026, 7, 15)) == []
        second = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=30000,
                                currency="EUR", received_at=at("2026-07-20T10:00"))
        link = settlement.link_payment(s, doc_id, second.id)
        assert link.amount_minor == 25000  # what was left on the invoice
        assert settlement.settlement(s, doc_id, date(2026, 8, 1)).state == "paid"
        assert settlement.overdue(s, date(2026, 8, 1)) == []


def test_the_receipts_book_cites_the_invoice_number(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        o = s.get(Document, doc_id).order_id
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=45000, currency="EUR",
                           received_at=at("2026-06-20T10:00"), order_id=o)
        settlement.link_payment(s, doc_id, p.id)
        other = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=1000, currency="EUR",
                               received_at=at("2026-06-21T10:00"), order_id=o)
        book = receipts_book(s, 2026, datetime(2026, 7, 1, tzinfo=UTC))
    refs = {line.payment_id: line.reference for line in book.lines}
    assert refs[p.id] == "2026-0001" and refs[other.id] == f"#{o}"


def test_a_platform_order_refuses_a_second_invoice_and_records_the_platforms(fr,
                                                                              tmp_path) -> None:
    source = tmp_path / "malt-F-123.pdf"
    source.write_bytes(b"%PDF-1.4 platform invoice")
    with fr.transaction() as s:
        o = direct_order(s, platform_name="Malt")
        with pytest.raises(ValidationError, match="Malt invoices the client for order"):
            docs.create_draft(s, "invoice", today=TODAY, order_id=o.id)
        doc = docs.record_platform_document(s, o.id, "MALT-F-123", source, tmp_path / "data",
                                            TODAY)
        assert (doc.number, doc.external, doc.series) == ("MALT-F-123", True, "external")
        kept = tmp_path / "data" / "invoices" / "platform"
        assert [p.name for p in kept.iterdir()] == [f"order-{o.id}-MALT-F-123.pdf"]
        assert (kept / f"order-{o.id}-MALT-F-123.pdf").read_bytes() == source.read_bytes()
        assert docs.series_check(s) == []


def test_an_order_already_invoiced_refuses_a_second_invoice(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        order_id = s.get(Document, doc_id).order_id
        with pytest.raises(ValidationError, match="already has invoice 2026-0001"):
            docs.create_draft(s, "invoice", today=TODAY, order_id=order_id)


def test_an_order_or_client_with_documents_is_refused_deletion_with_a_sentence(fr) -> None:
    from storage.catalog import delete_client
    from storage.orders import delete_order

    doc_id = _draft(fr)
    with fr.transaction() as s:
        d = s.get(Document, doc_id)
        with pytest.raises(ValidationError, match="has quotes or invoices"):
            delete_order(s, s.get(Order, d.order_id))
    with fr.transaction() as s:
        c = client(s, "Devis seul", address="Nantes")
        docs.create_draft(s, "quote", today=TODAY, client_id=c.id, currency="EUR",
                          lines=[LineInput("Étude", 10000)])
        with pytest.raises(ValidationError, match="has quotes or invoices"):
            delete_client(s, c.id)


def test_a_form_without_the_invoice_fields_keeps_them(fr) -> None:
    from storage.catalog import ClientFields, save_client

    with fr.transaction() as s:
        c = save_client(s, ClientFields(name="Studio Nord", address="Lille",
                                        company_number="552 100 554", is_business=True))
        save_client(s, ClientFields(name="Studio Nord SA", email="a@b.fr"), c.id)
        assert (c.name, c.address, c.company_number, c.is_business) == (
            "Studio Nord SA", "Lille", "552100554", True)


def test_a_csv_export_with_issued_invoices_imports_again_and_stays_protected(fr,
                                                                           tmp_path) -> None:
    from storage.csvio import export_csv, import_csv

    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    export_csv(fr, tmp_path / "export")
    import_csv(fr, tmp_path / "export", replace=True)
    with fr.session() as s:
        assert s.get(Document, doc_id).number == "2026-0001"
    conn = sqlite3.connect(fr.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="issued document"):
            conn.execute(f"DELETE FROM documents WHERE id = {doc_id}")
    finally:
        conn.close()


def test_a_foreign_currency_invoice_keeps_the_home_rate_of_its_issue_day(fr) -> None:
    from storage.tables import ExchangeRate

    with fr.transaction() as s:
        # ECB: 1 EUR = 1.0850 USD on Friday 12 June; nothing on the weekend
        s.add(ExchangeRate(day=date(2026, 6, 12), currency="USD", per_eur="1.0850"))
        o = direct_order(s, currency="USD")
        doc_id = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
        assert (docs.to_data(s, doc_id).home_currency, docs.to_data(s, doc_id).home_rate) == (
            "EUR", "")
    docs.issue(fr, doc_id, date(2026, 6, 14))
    with fr.transaction() as s:
        s.add(ExchangeRate(day=date(2026, 6, 15), currency="USD", per_eur="1.2"))
        data = docs.to_data(s, doc_id)
    # 1 USD = 1 / 1.0850 EUR = 0.921659 (six decimals), the rate of the last day before
    assert (data.currency, data.home_currency, data.home_rate) == ("USD", "EUR", "0.921659")


def test_the_payments_that_may_settle_an_invoice(fr) -> None:
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        d = s.get(Document, doc_id)
        mine = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=30000, currency="EUR",
                              received_at=at("2026-06-20T10:00"), order_id=d.order_id)
        imported = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=15000,
                                  currency="EUR", received_at=at("2026-06-18T10:00"))
        imported.client_id, imported.source = d.client_id, "paypal"  # an import, no order
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=9900, currency="EUR",
                       received_at=at("2026-06-19T10:00"))  # somebody else's
        s.flush()
        got = [(p.id, left) for p, left in settlement.candidate_payments(s, doc_id)]
        assert got == [(mine.id, 30000), (imported.id, 15000)]
        settlement.link_payment(s, doc_id, imported.id)
        assert [p.id for p, _ in settlement.candidate_payments(s, doc_id)] == [mine.id]
        usd = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=100, currency="USD",
                             received_at=at("2026-06-21T10:00"), rate="0.9")
        with pytest.raises(ValidationError, match="in USD and the invoice in EUR"):
            settlement.link_payment(s, doc_id, usd.id)


def test_the_clients_siren_is_asked_from_the_day_the_data_says(fr) -> None:
    with fr.transaction() as s:
        o = direct_order(s, business=True)
        s.get(Client, o.client_id).company_number = ""
        doc_id = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
        # mentions.json: the client's SIREN and the category from 1 September 2027
        assert docs.missing_mentions(s, doc_id, date(2027, 8, 31)) == []
        assert docs.missing_mentions(s, doc_id, date(2027, 9, 1)) == [NAMES["buyer_siren"]]


def _issue_in_a_process(path: str, ids: list[int], start, out) -> None:
    store = open_store(path)
    start.wait()
    try:
        out.put([docs.issue(store, i, TODAY).number for i in ids])
    except BaseException as exc:  # reported to the parent
        out.put(repr(exc))
    finally:
        store.close()


def test_two_programs_issuing_at_once_get_consecutive_numbers(fr) -> None:
    import multiprocessing

    ids = [_draft(fr) for _ in range(8)]
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_issue_in_a_process, args=(str(fr.path), ids[i::2], start, out))
             for i in (0, 1)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(isinstance(r, list) for r in results), results
    assert sorted(n for r in results for n in r) == [f"2026-{n:04d}" for n in range(1, 9)]

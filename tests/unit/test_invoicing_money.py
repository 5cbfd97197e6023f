"""What an invoice still asks for (issue 17, tester's findings): credit notes reduce what is
owed, the VAT franchise lost refuses the franchise mention, the euro equivalent of a foreign
currency invoice, the client's company number checked, payment links corrected, the
early-payment discount wording."""

from __future__ import annotations

from datetime import date

import pytest

from storage.invoicing import documents as docs
from storage.invoicing import reminder, settlement
from storage.invoicing.documents import LineInput
from storage.payments import record_payment
from storage.tables import PaymentKind
from tests.factories import at
from tests.unit.test_invoicing import TODAY, _draft, fr  # noqa: F401  (fixture)
from tests.unit.test_invoicing_cli import atelier, data  # noqa: F401  (fixture)


def test_a_credit_note_reduces_what_is_owed_overdue_and_the_reminder(fr) -> None:  # noqa: F811
    doc_id = _draft(fr)  # 450.00 €, issued 15 June, due 15 July
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        note_id = docs.credit_note(s, doc_id, TODAY, [LineInput("Remise", 15000)]).id
    docs.issue(fr, note_id, TODAY)
    late = date(2026, 7, 20)
    with fr.transaction() as s:
        state = settlement.settlement(s, doc_id, late)
        # owed = 450.00 − 150.00 (credit note) − 0 paid = 300.00
        assert (state.total_minor, state.credited_minor, state.paid_minor,
                state.remaining_minor, state.state) == (45000, 15000, 0, 30000, "overdue")
        assert [o.remaining_minor for o in settlement.overdue(s, late)] == [30000]
        assert "il reste 300,00" in reminder.reminder_text(s, doc_id, late).replace(
            "\u202f", " ").replace("\xa0", " ")
        # 200.00 paid: by default a link takes what is left, 300.00 − 0 = 300.00 > 200.00
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=20000, currency="EUR",
                           received_at=at("2026-07-01T10:00"))
        assert settlement.link_payment(s, doc_id, p.id).amount_minor == 20000
        # 450.00 − 150.00 − 200.00 = 100.00 left
        assert settlement.settlement(s, doc_id, late).remaining_minor == 10000
        # a payment of 500.00 links only the 100.00 still owed
        q = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=50000, currency="EUR",
                           received_at=at("2026-07-02T10:00"))
        assert settlement.link_payment(s, doc_id, q.id).amount_minor == 10000
        # 150.00 credited + 300.00 paid = 450.00: settled, not overdue
        assert settlement.settlement(s, doc_id, late).state == "paid"
        assert settlement.overdue(s, late) == []


def test_an_invoice_settled_by_a_credit_note_alone_is_not_overdue(fr) -> None:  # noqa: F811
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:  # two corrections: 150.00 + 300.00 = the whole 450.00
        first = docs.credit_note(s, doc_id, TODAY, [LineInput("Remise", 15000)]).id
    docs.issue(fr, first, TODAY)
    with fr.transaction() as s:
        second = docs.credit_note(s, doc_id, TODAY, [LineInput("Annulation", 30000)]).id
    docs.issue(fr, second, TODAY)
    with fr.session() as s:
        assert settlement.overdue(s, date(2026, 8, 1)) == []
        state = settlement.settlement(s, doc_id, date(2026, 8, 1))
        assert (state.remaining_minor, state.state) == (0, "paid")


def test_a_franchise_invoice_is_refused_from_the_day_vat_became_due(fr) -> None:  # noqa: F811
    from storage import settings

    with fr.transaction() as s:
        settings.put(s, "timezone", "Europe/Paris")
        for euros, when in ((30_000, "2026-03-01T10:00"), (11_250, "2026-06-14T10:00"),
                            (1, "2026-06-16T10:00")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=euros * 100,
                           currency="EUR", received_at=at(when))
    # 30,000 + 11,250 = 41,250 € on 14 June (at the higher threshold, not over);
    # + 1 € = 41,251 € > 41,250 € on 16 June: VAT is due from 16 June 2026
    before = _draft(fr)
    assert docs.issue(fr, before, date(2026, 6, 15)).number == "2026-0001"  # franchise holds
    after = _draft(fr)
    with fr.session() as s:
        missing = [str(p) for p in docs.missing_mentions(s, after, date(2026, 6, 16))]
    assert any("2026-06-16" in p and "registered" in p and "VAT number" in p for p in missing)
    with pytest.raises(docs.MissingMentions) as refused:
        docs.issue(fr, after, date(2026, 6, 16))
    assert "VAT franchise ended on 2026-06-16" in str(refused.value)
    with fr.session() as s:
        assert s.get(docs.Document, after).number is None  # nothing issued
    with fr.transaction() as s:  # registered, with a VAT number: issued with VAT
        settings.put(s, "vat_regime", "registered")
        settings.put(s, "vat_number", "FR40303265045")
        docs.update_draft(s, after, {}, [LineInput("Logo", 45000)])
    issued = docs.issue(fr, after, date(2026, 6, 16))
    with fr.session() as s:
        data = docs.to_data(s, issued.id)
    # 450.00 + 20 % = 540.00, without the franchise mention
    assert (data.total_minor, data.vat_exemption_reason) == (54000, "")


def test_the_cli_refuses_a_franchise_invoice_after_the_franchise_ended(capsys, data) -> None:  # noqa: F811
    from storage import settings
    from storage.db import open_store
    from storage.paths import store_path

    with open_store(store_path(data)) as store, store.transaction() as s:
        settings.put(s, "timezone", "Europe/Paris")
        # 41,251 € on 16 June 2026 > the higher threshold of 41,250 €: VAT due from that day
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=4_125_100, currency="EUR",
                       received_at=at("2026-06-16T10:00"))
    code, out, _ = atelier(capsys, data, "invoice", "create", "--order", "1")
    code, out, err = atelier(capsys, data, "invoice", "issue", out.strip(), "--date",
                             "2026-06-16")
    assert code == 2 and out == ""
    assert "VAT: your VAT franchise ended on 2026-06-16" in err and "Traceback" not in err


def test_a_foreign_currency_invoice_needs_its_euro_equivalent(fr) -> None:  # noqa: F811
    from storage.tables import ExchangeRate
    from tests.unit.test_invoicing import direct_order

    with fr.transaction() as s:
        o = direct_order(s, currency="USD")  # 450.00 USD
        doc_id = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
        # no ECB rate for USD on 15 June 2026 or the 7 days before, no payment: named
        missing = [str(p) for p in docs.missing_mentions(s, doc_id, TODAY)]
    assert missing == ["the euro equivalent: no exchange rate for USD on 2026-06-15 or the "
                       "7 days before — run “atelier rates update”, or record the client's "
                       "payment with its rate"]
    with pytest.raises(docs.MissingMentions, match="no exchange rate for USD on 2026-06-15"):
        docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:  # the client paid 450.00 USD at 1 USD = 0.90 EUR (entered)
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=45000, currency="USD",
                       received_at=at("2026-06-20T10:00"), order_id=o.id, rate="0.9")
        assert docs.missing_mentions(s, doc_id, TODAY) == []
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        data = docs.to_data(s, doc_id)
        assert (data.home_currency, data.home_rate) == ("EUR", "0.9")  # 450 × 0.9 = 405.00 €
        # an ECB rate of the issue day comes first: 1 EUR = 1.25 USD → 1 USD = 0.8 EUR
        s.add(ExchangeRate(day=date(2026, 6, 12), currency="USD", per_eur="1.25"))
        other = docs.create_draft(s, "invoice", today=TODAY,
                                  order_id=direct_order(s, currency="USD").id).id
    docs.issue(fr, other, TODAY)
    with fr.session() as s:
        assert docs.to_data(s, other).home_rate == "0.8"


def test_a_clients_company_number_is_checked_by_country(fr) -> None:  # noqa: F811
    from storage.catalog import ClientFields, save_client
    from storage.errors import ValidationError
    from tests.unit.test_invoicing import ICE, SIREN, SIRET

    with fr.transaction() as s:
        with pytest.raises(ValidationError) as bad:  # the tester's 12345, a French client
            save_client(s, ClientFields(name="Agence", country="FR", company_number="12345"))
        assert bad.value.field == "company_number"
        assert "“12345” is not a SIREN or SIRET" in str(bad.value)
        # 732 829 320 with its last digit changed: the Luhn check fails
        with pytest.raises(ValidationError, match="check digit"):
            save_client(s, ClientFields(name="Agence", country="FR",
                                        company_number="732 829 321"))
        with pytest.raises(ValidationError, match="check digit"):  # no country: the seller's
            save_client(s, ClientFields(name="Agence", company_number=SIRET[:-1] + "0"
                                        if SIRET[-1] != "0" else SIRET[:-1] + "1"))
        assert save_client(s, ClientFields(name="A", country="FR",
                                            company_number=SIREN)).company_number == SIREN
        assert save_client(s, ClientFields(name="B", country="FR", company_number=(
            f"{SIRET[:3]} {SIRET[3:6]} {SIRET[6:9]} {SIRET[9:]}"))).company_number == SIRET
        with pytest.raises(ValidationError, match="ICE"):  # a Moroccan client: an ICE
            save_client(s, ClientFields(name="Maroc", country="MA", company_number="12345"))
        assert save_client(s, ClientFields(name="Maroc", country="MA",
                                            company_number=ICE)).company_number == ICE
        # a German company's number is neither: kept as typed
        assert save_client(s, ClientFields(name="GmbH", country="DE",
                                            company_number="HRB 12345")).company_number == \
            "HRB12345"


def test_a_payment_link_can_be_changed_or_removed(fr) -> None:  # noqa: F811
    from storage.errors import ValidationError

    doc_id = _draft(fr)  # 450.00
    docs.issue(fr, doc_id, TODAY)
    with fr.transaction() as s:
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=50000, currency="EUR",
                           received_at=at("2026-06-20T10:00"))
        assert settlement.link_payment(s, doc_id, p.id).amount_minor == 45000
        # the tester linked the whole invoice; only 200.00 of this payment was for it
        assert settlement.change_link(s, doc_id, p.id, 20000).amount_minor == 20000
        assert settlement.settlement(s, doc_id, TODAY).remaining_minor == 25000  # 450 − 200
        with pytest.raises(ValidationError, match="more than what is left"):
            settlement.change_link(s, doc_id, p.id, 50001)  # 500.01 > the 500.00 received
        with pytest.raises(ValidationError, match="more than what is owed"):
            settlement.change_link(s, doc_id, p.id, 46000)  # 460.00 > the 450.00 owed
        settlement.unlink_payment(s, doc_id, p.id)
        assert settlement.settlement(s, doc_id, TODAY).paid_minor == 0
        with pytest.raises(ValidationError, match="not linked"):
            settlement.unlink_payment(s, doc_id, p.id)


def test_issuing_links_the_orders_payments_up_to_the_total(fr) -> None:  # noqa: F811
    from storage.tables import Document

    doc_id = _draft(fr)  # 450.00 for its order
    with fr.transaction() as s:
        order_id = s.get(Document, doc_id).order_id
        for euros, day in ((300, "2026-06-01"), (250, "2026-06-10")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=euros * 100,
                           currency="EUR", received_at=at(f"{day}T10:00"), order_id=order_id)
    docs.issue(fr, doc_id, TODAY)
    with fr.session() as s:
        # 300.00 from the first, then 450.00 − 300.00 = 150.00 of the 250.00 of the second
        assert [amount for _, amount in settlement.links(s, doc_id)] == [30000, 15000]
        assert settlement.settlement(s, doc_id, TODAY).state == "paid"


def test_the_cli_says_the_payments_linked_at_issue_and_corrects_a_link(capsys, data) -> None:  # noqa: F811
    from storage.db import open_store
    from storage.paths import store_path

    with open_store(store_path(data)) as store, store.transaction() as s:
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=20000, currency="EUR",
                           received_at=at("2026-06-01T10:00"), order_id=1).id
    code, out, _ = atelier(capsys, data, "invoice", "create", "--order", "1")
    doc_id = out.strip()
    code, out, _ = atelier(capsys, data, "invoice", "issue", doc_id, "--date", "2026-06-15")
    assert code == 0
    assert out.splitlines()[1] == (f"Linked the order's payment #{p}: €200.00 of €450.00 "
                                   "paid, €250.00 left.")
    code, out, _ = atelier(capsys, data, "invoice", "pay", doc_id, "--payment", str(p),
                           "--amount", "150", "--date", "2026-06-20")
    assert (code, out) == (0, f"Payment #{p} now counts €150.00: €150.00 of €450.00 paid "
                              "(partial).\n")
    code, out, _ = atelier(capsys, data, "invoice", "pay", doc_id, "--payment", str(p),
                           "--unlink", "--date", "2026-06-20")
    assert (code, out) == (0, f"Payment #{p} unlinked: €0.00 of €450.00 paid (unpaid).\n")


def test_a_business_invoice_says_no_discount_for_early_payment(fr) -> None:  # noqa: F811
    from lxml import etree

    from storage.invoicing.facturx import build_xml

    business = _draft(fr, business=True)
    docs.issue(fr, business, TODAY)
    with fr.transaction() as s:
        data = docs.to_data(s, business)
        assert "Pas d’escompte pour paiement anticipé" in data.notes
        root = etree.fromstring(build_xml(data))
        ns = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformation"
                     "Entity:100"}
        subjects = {n.findtext("ram:Content", namespaces=ns): n.findtext(
            "ram:SubjectCode", namespaces=ns) for n in root.iter(f"{{{ns['ram']}}}IncludedNote")}
        assert subjects["Pas d’escompte pour paiement anticipé"] == "AAB"
        from desktop.invoice_pdf import document_html

        assert "Pas d’escompte pour paiement anticipé" in document_html(data)  # printed
    private = _draft(fr)  # a private client: the mention is for business clients only
    with fr.session() as s:
        assert not any("escompte" in n for n in docs.to_data(s, private).notes)


def test_the_sellers_email_is_in_the_e_invoice(fr) -> None:  # noqa: F811
    from storage import settings
    from storage.invoicing.facturx import build_xml

    with fr.transaction() as s:
        settings.put(s, "email", "camille@example.fr")
    doc_id = _draft(fr)
    docs.issue(fr, doc_id, TODAY)
    with fr.session() as s:
        data = docs.to_data(s, doc_id)
    assert data.seller.email == "camille@example.fr"
    xml = build_xml(data).decode()
    seller = xml[xml.index("<ram:SellerTradeParty>"):xml.index("</ram:SellerTradeParty>")]
    assert '<ram:URIID schemeID="EM">camille@example.fr</ram:URIID>' in seller  # BT-34

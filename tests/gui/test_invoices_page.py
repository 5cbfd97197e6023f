"""The Invoices page (issue 17): it lists quotes, invoices and credit notes with filters by kind
and state, issues a draft (after a confirmation) with the next number, names each missing
mention instead of issuing, opens with Ctrl+Shift+I, and is walked with the keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from stdnum import luhn

from desktop.changes import Changed
from storage import settings
from storage.invoicing import documents as docs
from storage.invoicing.settlement import link_payment
from storage.payments import record_payment
from storage.tables import Document, OrderStatus, PaymentKind
from tests.factories import client, order, walk
from tests.gui.conftest import main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIRET = "7328293200007"
SIRET = SIRET + luhn.calc_check_digit(SIRET)
DAY = date(2026, 11, 2)


def france(s, **changes: str) -> None:
    values = {"status": "fr_micro", "setup_done": "yes", "legal_name": "Camille Martin",
              "ei_mention": "yes", "siret": SIRET, "address": "3 rue des Lilas\n75011 Paris"}
    values.update(changes)
    for key, value in values.items():
        settings.put(s, key, value)


def completed_order(s, title: str = "Logo", address: str = "12 quai Est\n69002 Lyon",
                    **kw):
    c = client(s, name=f"Client {title}", address=address)
    o = order(s, client_obj=c, title=title, price_minor=45000, **kw)
    walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
    return o


@pytest.fixture
def docs_ctx(ctx):
    """A French micro-entrepreneur with a draft quote, an issued invoice (overdue on the
    tests' 'today', 2026-11-23) and a draft invoice."""
    with ctx.store.transaction() as s:
        france(s)
        quote = docs.create_draft(s, "quote", today=DAY, order_id=completed_order(s, "Site").id)
        issued = docs.create_draft(s, "invoice", today=DAY,
                                   order_id=completed_order(s, "Logo").id)
        draft = docs.create_draft(s, "invoice", today=DAY,
                                  order_id=completed_order(s, "Flyer").id)
        ids = {"quote": quote.id, "issued": issued.id, "draft": draft.id}
    docs.issue(ctx.store, ids["issued"], date(2026, 10, 1))  # due 30 days later: overdue
    ctx.ids = ids
    return ctx


@pytest.fixture
def inv_win(docs_ctx, qtbot):
    with main_window(docs_ctx, qtbot, (1280, 800)) as w:
        w.activateWindow()
        w.show_page("invoices")
        yield w


def _state(ctx, doc_id: int) -> tuple[str, str | None]:
    with ctx.store.session() as s:
        d = s.get(Document, doc_id)
        return d.state, d.number


def test_the_page_lists_every_document_and_filters_by_kind_and_state(inv_win, docs_ctx):
    page = inv_win.pages["invoices"]
    assert sorted(page.visible_ids()) == sorted(docs_ctx.ids.values())
    texts = {page.model.display(r, 0) for r in page.model.rows}
    assert texts == {"Draft", "2026-0001"}
    overdue = next(r for r in page.model.rows if r.id == docs_ctx.ids["issued"])
    assert page.model.display(overdue, 6) == "Overdue"
    page.set_filters(kind="quote")
    assert page.visible_ids() == [docs_ctx.ids["quote"]]
    page.set_filters(state="draft")
    assert sorted(page.visible_ids()) == sorted([docs_ctx.ids["quote"], docs_ctx.ids["draft"]])
    page.set_filters(kind="invoice", state="draft")
    assert page.visible_ids() == [docs_ctx.ids["draft"]]
    page.set_filters(state="overdue")
    assert page.visible_ids() == [docs_ctx.ids["issued"]]
    page.set_filters(state="cancelled")
    assert page.visible_ids() == []
    assert page.table_stack.currentWidget() is page.empty_label


def test_issuing_from_the_page_assigns_the_next_number(inv_win, docs_ctx, monkeypatch):
    page = inv_win.pages["invoices"]
    asked = []
    monkeypatch.setattr("desktop.ui.pages.invoices.confirm",
                        lambda _p, _t, text: asked.append(text) or True)
    page.select_id(docs_ctx.ids["draft"])
    assert page.issue_button.isEnabled()
    assert page.issue_selected()
    assert _state(docs_ctx, docs_ctx.ids["draft"]) == ("issued", "2026-0002")
    assert "Client Flyer" in asked[0] and "450.00" in asked[0]
    assert "2026-0002" in page.notice.text()
    row = page.selected_row()
    assert row.id == docs_ctx.ids["draft"] and row.number == "2026-0002"
    assert not page.issue_button.isEnabled() and page.credit_button.isEnabled()


def test_a_missing_mention_is_named_in_the_dialog_and_nothing_is_issued(
        inv_win, docs_ctx, monkeypatch):
    with docs_ctx.store.transaction() as s:
        settings.put(s, "address", "")
        o = completed_order(s, "Sans adresse", address="")
        bare = docs.create_draft(s, "invoice", today=DAY, order_id=o.id).id
    page = inv_win.pages["invoices"]
    page.refresh()
    monkeypatch.setattr("desktop.ui.pages.invoices.confirm",
                        lambda *_a: pytest.fail("asked to confirm an issue that cannot happen"))
    page.select_id(bare)
    assert not page.issue_selected()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert "your address (Settings › Status and identity)" in dialog.names
    assert "the client's address" in dialog.names
    assert all(name in dialog.list_label.text() for name in dialog.names)
    assert not dialog.identity_button.isHidden() and not dialog.client_button.isHidden()
    assert _state(docs_ctx, bare) == ("draft", None)
    with docs_ctx.store.session() as s:  # no number was used
        assert docs.series_check(s) == []
    # "Fill in the client's details…" opens the client's invoicing details
    dialog.client_button.click()
    billing = page.dialog
    assert type(billing).__name__ == "ClientBillingDialog"
    billing.address_edit.setPlainText("5 rue Neuve\n13001 Marseille")
    billing.accept()
    with docs_ctx.store.session() as s:
        missing = [str(m) for m in docs.missing_mentions(s, bare, DAY)]
    assert "the client's address" not in missing and missing


def test_ctrl_shift_i_opens_the_invoices_page_with_the_keyboard_in_it(docs_ctx, qtbot):
    with main_window(docs_ctx, qtbot, (1280, 800)) as w:
        w.activateWindow()
        w.show_page("today")
        w.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.sidebar)
        QTest.keySequence(w.sidebar, QKeySequence("Ctrl+Shift+I"))
        assert w.current_page_id() == "invoices"
        page = w.pages["invoices"]
        assert QApplication.focusWidget() is page.table
        assert "Ctrl+Shift+I" in [a.shortcut().toString() for a in w.menu_view.actions()]


def test_the_keyboard_walks_the_table_then_the_actions(inv_win, docs_ctx, qtbot):
    page = inv_win.pages["invoices"]
    page.select_id(docs_ctx.ids["draft"])
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    seen = []
    for _ in range(20):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is page.issue_button:
            break
    assert seen[0] is not page.table
    assert page.issue_button in seen
    # the buttons' words have mnemonics and the filters are reachable
    assert page.issue_button.text().count("&") == 1
    page.search.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    QTest.keyClick(page.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.kind_combo


def test_today_lists_overdue_invoices_with_a_reminder_in_the_clients_language(
        inv_win, docs_ctx, qtbot):
    today = inv_win.show_page("today")
    assert today.overdue_card.isVisible()
    assert today.overdue_list.topLevelItemCount() == 1
    item = today.overdue_list.topLevelItem(0)
    assert item.text(0) == "Invoice 2026-0001" and "450.00" in item.text(1)
    assert "Client Logo" in item.data(0, Qt.ItemDataRole.UserRole + 1)
    assert today.reminder_button.isEnabled()
    today.reminder_button.click()
    dialog = today.reminder_dialog
    text = dialog.text_edit.toPlainText()
    # the client writes French: the reminder is in French whatever the interface's language
    assert text.startswith("Bonjour Client Logo,")
    assert "facture 2026-0001 du 1 octobre 2026" in text and "31 octobre 2026" in text
    assert "450,00" in text and text.endswith("Camille Martin")
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == text
    dialog.close()
    # paid, it leaves the card
    with docs_ctx.store.transaction() as s:
        doc = s.get(Document, docs_ctx.ids["issued"])
        payment = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=45000,
                                 currency="EUR", order_id=doc.order_id,
                                 received_at=datetime(2026, 11, 20, tzinfo=UTC))
        link_payment(s, doc.id, payment.id)
    docs_ctx.events.emit(Changed.DOCUMENTS)
    assert not today.overdue_card.isVisible()


def test_the_draft_dialog_shows_a_wrong_line_beside_the_lines_and_saves_nothing(
        inv_win, docs_ctx):
    page = inv_win.pages["invoices"]
    page.select_id(docs_ctx.ids["draft"])
    dialog = page.edit_draft()
    assert dialog.lines_table.item(0, 0).text() == "Flyer"
    row = dialog.add_line("Retouches", "2,5", "HUR", 0)
    dialog.lines_table.item(row, 3).setText("douze")
    dialog.accept()
    error = dialog.error_label("lines")
    assert error.isVisible() and error.text().startswith("Line 2:")
    assert "Traceback" not in error.text() and dialog.isVisible()
    with docs_ctx.store.session() as s:
        assert len(s.get(Document, docs_ctx.ids["draft"]).lines) == 1  # nothing written
    dialog.lines_table.item(row, 3).setText("40,00")
    dialog.lines_table.item(row, 4).setText("5")
    dialog.service_end.set_value(date(2026, 1, 1))  # before the start (the order's day)
    dialog.accept()
    assert dialog.error_label("service_end").isVisible()
    dialog.service_end.set_value(date(2026, 3, 4))
    dialog.accept()
    assert not dialog.isVisible()
    with docs_ctx.store.session() as s:
        data = docs.to_data(s, docs_ctx.ids["draft"])
    # 450.00 + 2.5 h × 40.00 − 5.00 = 545.00
    assert [(ln.description, ln.quantity, ln.unit) for ln in data.lines] == [
        ("Flyer", "1", "C62"), ("Retouches", "2.5", "HUR")]
    assert data.total_minor == 45000 + 10000 - 500 == 54500
    assert "545.00" in page.detail_total.text()


def test_export_pdf_and_check_series_run_in_the_background(inv_win, docs_ctx, qtbot, tmp_path):
    page = inv_win.pages["invoices"]
    page.select_id(docs_ctx.ids["issued"])
    target = tmp_path / "facture.pdf"
    job = page.export_pdf(str(target))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert "Factur-X" in page.notice.text()
    job = page.check_series()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert page.notice.text() == "The series is whole: no gap, no number given twice."
    # a folder that does not exist: said in words, nothing raised
    job = page.export_pdf(str(tmp_path / "missing" / "f.pdf"))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert page.notice.text().startswith("No PDF was written:")
    assert "Traceback" not in page.notice.text() and "Error" not in page.notice.text()


def test_the_local_model_drafts_the_reminder_in_the_dialog(inv_win, docs_ctx, qtbot,
                                                           monkeypatch):
    """With a writing model installed, Reminder… offers its draft (the request built by
    storage.invoicing.drafting, in the client's language); the model's text streams in."""
    asked = []

    def generate(name, messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        asked.append((name, messages))

        def work(jc):
            for chunk in ("Bonjour,", " petite relance."):
                jc.token(chunk)
            return "Bonjour, petite relance.", None

        return docs_ctx.jobs.submit("fake model", work, on_token=on_token,
                                    on_failed=on_failed,
                                    on_finished=lambda result: on_finished(*result))

    monkeypatch.setattr(type(docs_ctx.models), "chat_model", property(lambda _s: "tiny"))
    monkeypatch.setattr(docs_ctx.models, "generate", generate)
    today = inv_win.show_page("today")
    dialog = today.show_reminder()
    assert not dialog.model_button.isHidden()
    dialog.model_button.click()
    qtbot.waitUntil(lambda: dialog.model_button.isEnabled(), timeout=10_000)
    assert dialog.text_edit.toPlainText() == "Bonjour, petite relance."
    assert "tiny" in dialog.note.text()
    name, messages = asked[0]
    prompt = " ".join(m["content"] for m in messages)
    assert name == "tiny" and "2026-0001" in prompt
    dialog.close()


def test_new_makes_a_draft_for_a_client_and_opens_its_lines(inv_win, docs_ctx):
    page = inv_win.pages["invoices"]
    dialog = page.new_document()
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Client Site"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quote"))
    dialog.accept()
    editor = page.dialog
    assert type(editor).__name__ == "DocumentDialog" and editor.isVisible()
    assert editor.lines_table.rowCount() == 0
    editor.accept()  # no line: said beside the lines
    assert editor.error_label("lines").text() == "A document needs at least one line."
    row = editor.add_line("Audit", "1", "DAY", 0)
    editor.lines_table.item(row, 3).setText("600")
    editor.accept()
    assert not editor.isVisible()
    selected = page.selected_row()
    assert (selected.kind, selected.state, selected.client, selected.total_minor) == (
        "quote", "draft", "Client Site", 60000)


def _fake_model(ctx, monkeypatch, chunks=(), *, error=None, hold=False):
    """A writing model named 'tiny' that streams `chunks` (fails with `error`; with `hold`,
    writes them then waits until it is stopped). Returns the prompts it was given."""
    from assistants.errors import Cancelled

    asked = []

    def generate(name, messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        asked.append((name, messages))

        def work(jc):
            for chunk in chunks:
                jc.token(chunk)
            if error is not None:
                raise error
            if hold:
                jc.cancelled.wait(20)
                raise Cancelled()
            return "".join(chunks), None

        return ctx.jobs.submit("fake model", work, on_token=on_token, on_failed=on_failed,
                               on_finished=lambda result: on_finished(*result),
                               on_cancelled=lambda: on_cancelled("", None))

    monkeypatch.setattr(type(ctx.models), "chat_model", property(lambda _s: "tiny"))
    monkeypatch.setattr(ctx.models, "generate", generate)
    return asked


def test_the_local_model_drafts_the_quote_description_in_the_dialog(inv_win, docs_ctx, qtbot,
                                                                    monkeypatch):
    """With a writing model installed, the draft quote's dialog offers 'Draft the description
    with tiny…': the model's text (cleaned of control characters) streams into the
    description; saved, the person's edited text is on the quote and the app keeps the
    model's text as a draft of the order, knowing how much of it the person wrote."""
    from storage import drafts

    asked = _fake_model(docs_ctx, monkeypatch, ("Nous créerons\x07 votre site", "\x00 en "
                                                "trois étapes."))
    page = inv_win.pages["invoices"]
    dialog = page.edit_draft(docs_ctx.ids["quote"])
    button = dialog.description_model_button
    assert not button.isHidden() and "tiny" in button.text()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
    button.click()
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=10_000)
    drafted = "Nous créerons votre site en trois étapes."
    assert dialog.description_edit.toPlainText() == drafted
    assert "tiny" in dialog.description_note.text()
    name, messages = asked[0]
    assert name == "tiny" and "Site" in " ".join(m["content"] for m in messages)
    # the person adds a sentence, then saves
    edited = drafted + " Livraison sous deux semaines."
    dialog.description_edit.setPlainText(edited)
    dialog.accept()
    assert not dialog.isVisible()
    with docs_ctx.store.session() as s:
        assert docs.to_data(s, docs_ctx.ids["quote"]).notes[-1] == edited  # printed on it
        order_id = s.get(Document, docs_ctx.ids["quote"]).order_id
        (draft,) = drafts.list_drafts(s, order_id=order_id)
        model_version, saved = drafts.list_versions(s, draft.id)
        assert (model_version.text, model_version.model_id) == (drafted, "tiny")
        assert saved.text == edited
        share = drafts.draft_provenance(s, draft.id)
        assert share is not None and share.model_id == "tiny"
        assert share.person > 0 and share.model > 0  # 'Livraison sous deux semaines.' is theirs


def test_without_a_writing_model_the_description_is_typed(inv_win, docs_ctx, monkeypatch):
    """No writing model installed: no model button; the typed description goes on the quote
    and no model draft is kept."""
    from storage import drafts

    monkeypatch.setattr(type(docs_ctx.models), "chat_model", property(lambda _s: ""))
    dialog = inv_win.pages["invoices"].edit_draft(docs_ctx.ids["quote"])
    assert dialog.description_model_button.isHidden()
    dialog.description_edit.setPlainText("Refonte du site en trois étapes.")
    dialog.accept()
    with docs_ctx.store.session() as s:
        assert docs.to_data(s, docs_ctx.ids["quote"]).notes[-1] == \
            "Refonte du site en trois étapes."
        order_id = s.get(Document, docs_ctx.ids["quote"]).order_id
        assert drafts.list_drafts(s, order_id=order_id) == []
    # an invoice has no description box
    editor = inv_win.pages["invoices"].edit_draft(docs_ctx.ids["draft"])
    assert editor.description_edit is None
    editor.reject()


def test_a_failing_or_stopped_model_gives_the_description_back(inv_win, docs_ctx, qtbot,
                                                               monkeypatch):
    """The model fails: the description comes back as it was, the reason said in words.
    Cancel (or Esc) while it writes stops it and also puts the description back; the
    dialog stays open and nothing is saved."""
    from assistants.errors import GenerationError

    with docs_ctx.store.transaction() as s:
        docs.update_draft(s, docs_ctx.ids["quote"], {"notes": "Mon texte."})
    _fake_model(docs_ctx, monkeypatch, ("Brouil",),
                error=GenerationError("The model stopped answering."))
    dialog = inv_win.pages["invoices"].edit_draft(docs_ctx.ids["quote"])
    assert dialog.description_edit.toPlainText() == "Mon texte."
    dialog.description_model_button.click()
    qtbot.waitUntil(lambda: dialog.description_model_button.isEnabled(), timeout=10_000)
    assert dialog.description_edit.toPlainText() == "Mon texte."
    assert dialog.description_note.text() == "The model stopped answering."

    _fake_model(docs_ctx, monkeypatch, ("Brouillon",), hold=True)
    dialog.description_model_button.click()
    qtbot.waitUntil(lambda: dialog.description_edit.toPlainText() == "Brouillon",
                    timeout=10_000)
    dialog.accept()  # Save while it writes: said beside the description, nothing saved
    assert dialog.isVisible()
    assert dialog.error_label("description").text().startswith(
        "The model is still writing the description")
    job = dialog.job
    with qtbot.waitSignal(job.done, timeout=10_000):
        dialog.reject()  # Cancel while the model writes: stop it
    qtbot.waitUntil(lambda: dialog.description_model_button.isEnabled(), timeout=10_000)
    assert dialog.isVisible()
    assert dialog.description_edit.toPlainText() == "Mon texte."
    dialog.reject()
    assert not dialog.isVisible()
    with docs_ctx.store.session() as s:
        assert docs.to_data(s, docs_ctx.ids["quote"]).notes[-1] == "Mon texte."

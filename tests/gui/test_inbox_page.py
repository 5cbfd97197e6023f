"""The Inbox page: paste a request, match it (in a worker), keep it, win it (the order is
created from the gig and package), lose it; Ctrl+V anywhere on the page; a dropped file; the
hourly range marked below the minimum rate; French labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from storage.matching import Flag, GigMatch, HourlyRange, MatchResult, SimilarOrder
from storage.tables import Opportunity, OpportunityStatus, Order
from tests.factories import gig_with_packages
from tests.gui.conftest import shown

REQUEST = ("I need a minimalist logo for my bakery, vector files.\n"
           "Budget $40. Can you pay outside Fiverr by PayPal?")


def _page(ctx, qtbot):
    from desktop.ui.pages.inbox import InboxPage

    page = shown(qtbot, InboxPage(ctx), 1100, 760)
    ctx.jobs.wait()
    QApplication.processEvents()
    return page


def _matched(page, qtbot) -> None:
    with qtbot.waitSignal(page.ctx.jobs.job_done, timeout=10_000,
                          check_params_cb=lambda job: job is page.match_job):
        page.match_button.click()
    QApplication.processEvents()


def test_paste_match_keep_and_won_creates_the_order(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        gig_with_packages(s, "Minimalist logo design")
        gig_with_packages(s, "SEO article writing")
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText(REQUEST)
    _matched(page, qtbot)
    assert page.result.gigs[0].title == "Minimalist logo design"
    assert page.language_label.text() == "Language: English"
    shown_text = page.results.toPlainText()
    assert "Minimalist logo design" in shown_text
    assert "Payment outside the platform" in shown_text and "PayPal" in shown_text
    assert page.note_label.isVisible() and "embedding model" in page.note_label.text()

    page.client_edit.setText("Sam")
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    assert page.kept_list.count() == 1
    assert page.kept_list.currentItem() is not None and page.won_button.isEnabled()
    with ctx.store.session() as s:  # by words only it fits at 20 %: a guess, not the gig it
        assert s.get(Opportunity, 1).gig_id is None  # is kept for (the person picks in Won…)

    dialog = page.open_won()
    assert dialog.gig_combo.currentText() == "Minimalist logo design"
    dialog.package_combo.setCurrentIndex(1)  # Premium: 150.00 USD, 7 days
    assert dialog.client_edit.text() == "Sam"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ctx.jobs.wait()
    QApplication.processEvents()
    assert "order #1 created" in page.message.text()
    assert page.open_order_button.isVisible()
    with ctx.store.session() as s:
        order = s.get(Order, 1)
        assert (order.price_minor, order.currency, order.client.name) == (15000, "USD", "Sam")
        assert order.brief == REQUEST
        assert s.get(Opportunity, 1).status is OpportunityStatus.WON
    with qtbot.waitSignal(page.open_order) as opened:
        page.open_order_button.click()
    assert opened.args == [1]
    assert not page.lost_button.isEnabled()  # a won one cannot be lost
    assert "Won · " in page.kept_list.item(0).text() and "order #1" in page.kept_list.item(0).text()
    ctx.jobs.wait()


def test_lost_needs_a_reason(ctx, qtbot) -> None:
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText("A request for an SEO article")
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    page.keep_button.click()  # the same text again: not kept twice
    ctx.jobs.wait()
    QApplication.processEvents()
    assert page.kept_list.count() == 1 and "kept already (#1)" in page.message.text()
    dialog = page.open_lost()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "why it was lost" in dialog.error_label("reason").text()
    dialog.reason_edit.setText("Too cheap")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ctx.jobs.wait()
    QApplication.processEvents()
    with ctx.store.session() as s:
        o = s.get(Opportunity, 1)
        assert (o.status, o.lost_reason) == (OpportunityStatus.LOST, "Too cheap")
    assert page.reopen_button.isEnabled() and not page.won_button.isEnabled()
    assert "order #" not in page.kept_list.item(0).text()
    page.kept_list.setCurrentRow(-1)
    page.kept_list.setCurrentRow(0)
    assert page.message.text() == "Lost: Too cheap"
    ctx.jobs.wait()


def test_ctrl_v_on_the_page_pastes_into_the_request(ctx, qtbot) -> None:
    page = _page(ctx, qtbot)
    QApplication.clipboard().setText("Logo for a café, 3 days")
    page.kept_list.setFocus()
    qtbot.keyClick(page.kept_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText() == "Logo for a café, 3 days"
    # in a text field Ctrl+V is that field's own paste
    page.client_edit.setFocus()
    qtbot.keyClick(page.client_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.client_edit.text() == "Logo for a café, 3 days"
    assert page.request_edit.toPlainText() == "Logo for a café, 3 days"
    ctx.jobs.wait()


def test_a_dropped_file_fills_the_request(ctx, qtbot, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    eml = tmp_path / "request.eml"
    eml.write_bytes(b"Subject: Logo for my bakery\r\nContent-Type: text/plain; charset=utf-8"
                    b"\r\n\r\nVector files please.\r\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(eml))])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    ctx.jobs.wait()
    QApplication.processEvents()
    assert page.request_edit.toPlainText() == "Logo for my bakery\nVector files please."
    # a file that is not text is said, and the box keeps what it had
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG")
    page.read_file(png)
    ctx.jobs.wait()
    QApplication.processEvents()
    assert "photo.png is not a text file" in page.message.text()
    assert page.request_edit.toPlainText() == "Logo for my bakery\nVector files please."
    ctx.jobs.wait()


def _mnemonics(page) -> list[str]:
    from PySide6.QtWidgets import QLabel, QPushButton

    texts = [b.text() for b in page.findChildren(QPushButton)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    return [text[text.index("&") + 1].casefold() for text in texts if "&" in text]


def test_the_pages_mnemonics_are_unique_and_leave_the_menus_alone(ctx, qtbot) -> None:
    page = _page(ctx, qtbot)
    letters = _mnemonics(page)
    assert len(letters) == 13 and len(set(letters)) == len(letters), letters
    assert not set(letters) & set("feovh")  # &File &Edit &Order &View &Help
    ctx.jobs.wait()


def _result(low: int, high: int, minimum: int | None) -> MatchResult:
    return MatchResult(
        language="en",
        gigs=[GigMatch(1, "Data entry", "Basic", 1, 0.8, "copy rows into a sheet")],
        similar_orders=[], expected=HourlyRange(low, high, "USD", 4),
        flags=[Flag("unpaid_test", "unpaid test task")], ranking="semantic",
        model="minilm", minimum_minor=minimum)


def test_the_hourly_range_is_marked_below_the_minimum(ctx, qtbot) -> None:
    page = _page(ctx, qtbot)
    page._show_result(_result(138, 250, 2000))  # $1.38–$2.50 an hour, minimum $20.00
    text = page.hourly_label.text()
    assert "$1.38" in text and "BELOW your minimum of $20.00 an hour" in text
    assert page.hourly_label.property("below") is True
    assert "Unpaid test" in page.results.toPlainText()
    assert not page.note_label.isVisible()  # ranked by meaning: no note
    page._show_result(_result(2500, 4000, 2000))
    assert "at or above your minimum" in page.hourly_label.text()
    assert page.hourly_label.property("below") is False
    ctx.jobs.wait()


def test_french_labels(ctx, qtbot) -> None:
    """In French nothing on the page is left in English (the catalogue holds the page's
    strings once /work/notes/fr-inbox.tsv is merged into atelier_fr.ts)."""
    ctx.i18n.set_language("fr")
    page = _page(ctx, qtbot)
    page._show_result(_result(138, 250, 2000))
    assert page.title() == "Boîte de réception"
    assert page.match_button.text() == "Com&parer"
    assert page.keep_button.text() == "Garder dans la &boîte"
    assert "EN DESSOUS de votre minimum de 20,00" in page.hourly_label.text()
    shown_text = page.results.toPlainText()
    assert "Services qui conviennent" in shown_text and "Signaux d’alerte" in shown_text
    for english in ("Gigs that fit", "Similar past orders", "Red flags", "an hour"):
        assert english not in shown_text + page.hourly_label.text()
    assert page.language_label.text().startswith("Langue")
    letters = _mnemonics(page)  # &Fichier &Édition &Commande &Affichage Aid&e
    assert len(set(letters)) == len(letters) and not set(letters) & set("féca"), letters
    ctx.jobs.wait()


def test_the_inbox_is_in_the_sidebar_with_its_shortcut_and_palette_entry(ctx, qtbot) -> None:
    from tests.gui.conftest import main_window

    with main_window(ctx, qtbot, (1280, 800)) as w:
        names = [w.sidebar.item(i).text() for i in range(w.sidebar.count())]
        assert "Inbox" in names
        action = w.page_actions[list(w.pages).index("inbox")]
        assert action.shortcut().toString() == "Ctrl+Shift+R"
        action.trigger()
        assert w.current_page_id() == "inbox"
        assert w.focusWidget() is w.pages["inbox"].request_edit
        # Ctrl+V with the keyboard in the sidebar pastes into the request too
        w.activateWindow()
        QApplication.clipboard().setText("Need a logo")
        w.sidebar.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.sidebar)
        qtbot.keyClick(w.sidebar, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert w.pages["inbox"].request_edit.toPlainText() == "Need a logo"
        # another page shown: its Ctrl+V is not the inbox's
        w.show_page("gigs")
        QApplication.clipboard().setText("Something else")
        w.sidebar.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.sidebar)
        qtbot.keyClick(w.sidebar, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert w.pages["inbox"].request_edit.toPlainText() == "Need a logo"
        assert w.current_page_id() == "gigs"
        assert any(a is action for a in w.page_actions)  # the palette lists page actions


def test_ctrl_enter_matches_and_draft_a_proposal_gets_the_best_gig(ctx, qtbot,
                                                                    monkeypatch) -> None:
    with ctx.store.transaction() as s:
        gig = gig_with_packages(s, "Minimalist logo design")
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText(REQUEST)
    page.request_edit.setFocus()
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=10_000,
                          check_params_cb=lambda job: job.name == "Matching the request…"):
        qtbot.keyClick(page.request_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert page.result is not None and page.request_edit.toPlainText() == REQUEST
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    calls = []
    monkeypatch.setattr("desktop.ui.proposal.draft_proposal",
                        lambda *args, **kw: calls.append((args[2:], kw)))
    page.proposal_button.click()
    assert calls == [((1, gig.id, page.result.gigs[0].package_id), {"similar_order_ids": []})]
    ctx.jobs.wait()


def test_a_read_that_finishes_after_a_newer_one_is_not_shown(ctx, qtbot) -> None:
    """The page's first read (when shown) may end after the read that follows Keep: its
    empty list must not replace the kept request nor unselect it."""
    page = _page(ctx, qtbot)
    stale = page._reads
    page.request_edit.setPlainText("A request for an SEO article")
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    page._fill((stale, [], []))  # the older read's rows, arriving last
    assert page.kept_list.count() == 1 and page.won_button.isEnabled()
    ctx.jobs.wait()


def test_micro_work_paying_1_38_an_hour_is_marked_below_the_minimum(ctx, qtbot) -> None:
    """The issue's point: a data-entry job like one that paid €1.38 for an hour's tracked
    work shows its expected net per hour BELOW the person's €20 minimum."""
    from datetime import timedelta

    from storage.pay import set_minimum_hourly
    from storage.tables import OrderStatus, TimeEntry
    from tests.factories import at, order, walk

    with ctx.store.transaction() as s:
        for title in ("Data entry: copy product rows into a spreadsheet",
                      "Data entry: product rows from PDF to a spreadsheet"):
            # two orders: the range needs two (€1.38 for one hour tracked on each)
            past = order(s, title=title, brief="Copy 500 product rows into a spreadsheet",
                         price_minor=138, currency="EUR", received="2026-03-02T09:00",
                         due="2026-03-05T18:00")
            walk(s, past, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED,
                 OrderStatus.COMPLETED)
            start = at("2026-03-03T10:00")
            s.add(TimeEntry(order_id=past.id, started_at=start,
                            ended_at=start + timedelta(hours=1)))
        set_minimum_hourly(s, "20", "EUR")
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText("Data entry job: copy product rows into a spreadsheet")
    _matched(page, qtbot)
    assert page.result.similar_orders[0].net_per_hour_minor == 138
    text = page.hourly_label.text()
    assert "€1.38 to €1.38" in text and "BELOW your minimum of €20.00 an hour" in text
    assert page.hourly_label.property("below") is True
    assert "€1.38 an hour ⚠" in page.results.toPlainText()
    ctx.jobs.wait()


def test_the_punctuation_around_quoted_words_is_translated(ctx, qtbot, monkeypatch) -> None:
    """The flags' words, the matched passages and the similar orders' rates are set in
    translatable formats: French puts « » and a narrow space before the colon (the page
    wrote English “…” and “: ” in French)."""
    page = _page(ctx, qtbot)
    french = {"{flag}: {words}": "{flag}\u202f: {words}", "“{words}”": "« {words} »",
              "#{id} {title}: {rate}": "n° {id} {title}\u202f: {rate}"}
    real = page.tr
    monkeypatch.setattr(page, "tr", lambda text, *a: french.get(text) or real(text, *a))
    result = _result(138, 250, 2000)
    result.similar_orders.append(SimilarOrder(7, "Saisie de données", 0.7, 1500, "USD"))
    page._show_result(result)
    text = page.results.toPlainText().replace("\u202f", " ")  # Qt's plain text: a space
    assert "Unpaid test : « unpaid test task »" in text
    assert "« copy rows into a sheet »" in text
    assert "n° 7 Saisie de données : " in text
    ctx.jobs.wait()


# --- the rw18 test's defects (issue 18, inbox2) ------------------------------------------------

def _kept_opportunities(ctx) -> tuple[int, int, int]:
    """#1 on Fiverr for Sam (won: order created), #2 on Upwork for "CLI Buyer" (new, as
    `atelier inbox add` keeps it), #3 with no platform nor buyer."""
    from storage import opportunities
    from tests.factories import at, platform

    now = at("2026-11-20T10:00")
    with ctx.store.transaction() as s:
        gig = gig_with_packages(s, "Minimalist logo design")
        first = opportunities.add(s, "Minimalist logo for my coffee truck",
                                  platform_id=platform(s, "Fiverr").id, client_name="Sam",
                                  now=now)
        second = opportunities.add(s, "Need subtitles for a 3 minute video",
                                   platform_id=platform(s, "Upwork").id,
                                   client_name="CLI Buyer", now=now)
        third = opportunities.add(s, "An SEO article about bread", now=now)
        order_id = opportunities.win(s, first.id, gig_id=gig.id,
                                     package_id=gig.packages[0].id, now=now).id
        return first.id, second.id, third.id, order_id


def _select(page, qtbot, oid: int) -> None:
    for row in range(page.kept_list.count()):
        if page.kept_list.item(row).data(Qt.ItemDataRole.UserRole) == oid:
            page.kept_list.setCurrentRow(row)
            break
    else:
        raise AssertionError(f"#{oid} is not listed")
    page.ctx.jobs.wait()
    QApplication.processEvents()


def test_platform_and_buyer_are_the_selected_opportunitys_own(ctx, qtbot) -> None:
    first, second, third, _order = _kept_opportunities(ctx)
    page = _page(ctx, qtbot)
    _select(page, qtbot, first)
    assert (page.platform_combo.currentText(), page.client_edit.text()) == ("Fiverr", "Sam")
    _select(page, qtbot, second)
    assert (page.platform_combo.currentText(), page.client_edit.text()) == ("Upwork",
                                                                          "CLI Buyer")
    _select(page, qtbot, third)
    assert page.platform_combo.currentData() is None and page.client_edit.text() == ""
    _select(page, qtbot, first)
    assert (page.platform_combo.currentText(), page.client_edit.text()) == ("Fiverr", "Sam")
    ctx.jobs.wait()


def test_open_the_created_order_is_the_selected_won_opportunitys(ctx, qtbot) -> None:
    first, second, _third, order_id = _kept_opportunities(ctx)
    page = _page(ctx, qtbot)
    _select(page, qtbot, first)
    assert page.open_order_button.isVisible()
    with qtbot.waitSignal(page.open_order) as opened:
        page.open_order_button.click()
    assert opened.args == [order_id]
    _select(page, qtbot, second)  # new: no order, no button
    assert not page.open_order_button.isVisible()
    ctx.jobs.wait()


def test_a_cancelled_match_says_so_and_leaves_no_progress_line(ctx, qtbot,
                                                               monkeypatch) -> None:
    def indexing(store, embedder, *, cancel, progress):  # the first indexing, cancelled
        progress(128, 400)
        cancel.wait(10)

    page = _page(ctx, qtbot)
    monkeypatch.setattr("storage.match_index.embed_missing", indexing)
    monkeypatch.setattr(page, "_embedder", lambda jc: object())
    page.request_edit.setPlainText(REQUEST)
    page.match_button.click()
    qtbot.waitUntil(lambda: "128/400" in page.message.text(), timeout=10_000)
    with qtbot.waitSignal(page.match_job.done, timeout=10_000):
        page.match_job.cancel()
    QApplication.processEvents()
    assert "128/400" not in page.message.text() and "Indexing" not in page.message.text()
    assert page.message.text() == "Matching cancelled."
    ctx.jobs.wait()


def test_the_words_only_note_says_what_is_missing(ctx, qtbot, monkeypatch) -> None:
    """"download an embedding model" only when none is installed; one installed but not
    chosen: choose it; one chosen since this result: match again."""
    page = _page(ctx, qtbot)
    result = _result(138, 250, None)
    result = MatchResult(**{**result.__dict__, "ranking": "keyword", "model": None})
    installed: list[str] = []
    chosen = [""]
    monkeypatch.setattr(page, "_embedding_models", lambda: (list(installed), chosen[0]))
    page._show_result(result)
    assert "download an embedding model" in page.note_label.text()
    assert page.models_button.isVisible()
    installed.append("all-MiniLM-L6-v2")
    page._show_result(result)
    assert "download" not in page.note_label.text()
    assert "choose" in page.note_label.text() and "all-MiniLM-L6-v2" in page.note_label.text()
    page.result = result  # the result shown when the model is chosen on the Models page
    chosen[0] = "all-MiniLM-L6-v2"
    page.ctx.models.installed_changed.emit()  # the note follows
    assert "download" not in page.note_label.text()
    assert "Match again" in page.note_label.text() and not page.models_button.isVisible()
    ctx.jobs.wait()


def test_a_result_is_marked_as_the_previous_texts_once_the_text_changes(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        gig_with_packages(s, "Minimalist logo design")
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText(REQUEST)
    _matched(page, qtbot)
    assert not page.outdated_label.isVisible()
    page.request_edit.setPlainText("Rédaction d'un article SEO sur le pain, 1000 mots")
    assert page.outdated_label.isVisible()
    assert "previous text" in page.outdated_label.text()
    page.request_edit.setPlainText(REQUEST)  # back to the matched text: it is its result
    assert not page.outdated_label.isVisible()
    # a new request pasted from the page replaces the old one and its result
    QApplication.clipboard().setText("Rédaction d'un article SEO sur le pain, 1000 mots")
    page.kept_list.setFocus()
    qtbot.keyClick(page.kept_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText().startswith("Rédaction")
    assert page.result is None and "Minimalist logo" not in page.results.toPlainText()
    assert page.language_label.text() == "" and page.hourly_label.text() == ""
    ctx.jobs.wait()


def test_keep_leaves_out_a_gig_that_fits_poorly(ctx, qtbot) -> None:
    """Kept from a match whose best gig fits at 22 %: no gig (its loss must not count
    against that gig); at 81 %: that gig."""
    with ctx.store.transaction() as s:
        gig = gig_with_packages(s, "Fiches produits e-commerce")
        gig_id, package_id = gig.id, gig.packages[0].id
    page = _page(ctx, qtbot)
    for n, (text, score) in enumerate((("Great job offer! Pay outside Fiverr", 0.22),
                                       ("Product sheets for my shop", 0.81)), start=1):
        page.request_edit.setPlainText(text)
        page.matched_text = text
        page.result = MatchResult(
            language="en", gigs=[GigMatch(gig_id, gig.title, "Basic", package_id, score,
                                          "fiches")],
            similar_orders=[], expected=None, flags=[], ranking="semantic", model="minilm")
        page.keep_button.click()
        ctx.jobs.wait()
        QApplication.processEvents()
        with ctx.store.session() as s:
            kept = s.get(Opportunity, n)
            assert kept.gig_id == (None if score < 0.5 else gig_id), (text, kept.gig_id)
    ctx.jobs.wait()


def test_every_string_of_the_match_reaches_the_translators(tmp_path) -> None:
    """The match's headings were tr() calls inside f-strings, which lupdate does not read:
    they never reached atelier_fr.ts and stayed English in French ("Red flags", "None
    found.", "Gigs that fit", "fit 81%", "Similar past orders")."""
    from tests.gui.test_income_quebec import _lupdate_sources

    found = _lupdate_sources(tmp_path, "desktop/ui/pages/inbox.py").get("InboxPage", set())
    assert {"Red flags", "None found.", "Gigs that fit", "fit {score}%", "Similar past orders",
            "No gig fits these words.", "No similar past order.", "“{words}”",
            "{flag}: {words}", "#{id} {title}: {rate}"} <= found


def test_the_lost_dialog_shows_its_title_placeholder_and_error_whole(ctx, qtbot) -> None:
    """Lost… was so narrow that the title bar read "Lost: t… eason", the placeholder "A price
    too low, n…", and the required-reason error was cut and ran over the buttons."""
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText("A request for an SEO article")
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    dialog = page.open_lost()
    qtbot.waitExposed(dialog)
    metrics = dialog.fontMetrics()
    # the title bar's buttons and margins take about 150 px (openbox, KWin, Windows)
    assert dialog.width() >= metrics.horizontalAdvance(dialog.windowTitle()) + 150
    edit = dialog.reason_edit
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 12
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    QApplication.processEvents()
    error = dialog.error_label("reason")
    assert error.isVisible() and "why it was lost" in error.text()
    assert error.height() >= error.heightForWidth(error.width())
    bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert bottom < dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
    assert dialog.height() >= dialog.sizeHint().height()
    dialog.reject()
    ctx.jobs.wait()


def test_ctrl_v_in_the_box_after_a_match_replaces_the_request(ctx, qtbot) -> None:
    """Right after Match (or Keep, or choosing a kept one) the caret is still in the box:
    Ctrl+V is the next request, so it replaces the matched one (it was glued on:
    "…blog SEOGreat job offer!…"). Once the person puts the caret in the box (a click, an
    arrow key, typing), Ctrl+V pastes at the caret as in any text field."""
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText(REQUEST)
    page.request_edit.setFocus()
    page.request_edit.moveCursor(page.request_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(ctx.jobs.job_done, timeout=10_000,
                          check_params_cb=lambda job: job is page.match_job):
        qtbot.keyClick(page.request_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    QApplication.clipboard().setText("Great job offer! Pay outside Fiverr")
    qtbot.keyClick(page.request_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText() == "Great job offer! Pay outside Fiverr"
    assert page.result is None  # the old request's result went with it
    # the person places the caret: a normal paste there
    page.request_edit.setPlainText(REQUEST)
    _matched(page, qtbot)
    page.request_edit.setFocus()
    qtbot.keyClick(page.request_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText("\nP.S. vector files")
    qtbot.keyClick(page.request_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText() == REQUEST + "\nP.S. vector files"
    ctx.jobs.wait()


# --- the rw19 test's defects (issue 18, inbox3) ------------------------------------------------

def _ctrl_v_from_the_list(page, qtbot, text: str, where=None) -> None:
    QApplication.clipboard().setText(text)
    where = where or page.kept_list
    where.setFocus()
    qtbot.keyClick(where, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_request_is_kept_as_a_new_one_not_under_the_selected_buyer(ctx, qtbot) -> None:
    """Kept #2 (Upwork · CLI Buyer) selected, Ctrl+V of another request, Keep: it was kept
    as a new opportunity with #2's platform and buyer ("#14 · ComeUp · Randos Vercors")."""
    _first, second, _third, _order = _kept_opportunities(ctx)
    page = _page(ctx, qtbot)
    _select(page, qtbot, second)
    assert page.client_edit.text() == "CLI Buyer"
    _ctrl_v_from_the_list(page, qtbot, "Translate my menu into English")
    assert page.request_edit.toPlainText() == "Translate my menu into English"
    assert page.kept_list.currentItem() is None and not page.won_button.isEnabled()
    assert page.platform_combo.currentData() is None and page.client_edit.text() == ""
    page.client_edit.setText("Chez Léa")
    page.keep_button.click()
    ctx.jobs.wait()
    QApplication.processEvents()
    with ctx.store.session() as s:
        kept = s.get(Opportunity, 4)
        assert (kept.text, kept.platform_id, kept.client_name) == (
            "Translate my menu into English", None, "Chez Léa")
    # typed into an emptied box, or dropped: a new request too
    _select(page, qtbot, second)
    page.request_edit.clear()
    qtbot.keyClicks(page.request_edit, "Logo")
    assert page.kept_list.currentItem() is None and page.client_edit.text() == ""
    _select(page, qtbot, second)
    mime = QMimeData()
    mime.setText("A voice-over for my ad")
    page.dropEvent(QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert page.request_edit.toPlainText() == "A voice-over for my ad"
    assert page.kept_list.currentItem() is None and page.client_edit.text() == ""
    # the person's own platform and buyer, given before pasting, stay
    page.client_edit.setText("Bob")
    _ctrl_v_from_the_list(page, qtbot, "Another request", page.match_button)
    assert page.client_edit.text() == "Bob"
    ctx.jobs.wait()


def test_a_request_kept_in_a_terminal_shows_when_the_page_is_shown_again(ctx, qtbot) -> None:
    """`atelier inbox add` while the app is open: the Inbox page, shown again, lists it (it
    appeared only after changing the filter)."""
    from storage import opportunities
    from tests.factories import at

    page = _page(ctx, qtbot)
    assert page.kept_list.count() == 0
    page.hide()
    with ctx.store.transaction() as s:  # another process: no change notice in this one
        opportunities.add(s, "Need subtitles for a 3 minute video", client_name="CLI Buyer",
                          now=at("2026-11-20T10:00"))
    page.show()
    ctx.jobs.wait()
    QApplication.processEvents()
    assert page.kept_list.count() == 1
    ctx.jobs.wait()


def test_ctrl_v_again_after_a_replacing_paste_replaces_again(ctx, qtbot) -> None:
    """Right after a paste that replaced the request, a second Ctrl+V glued the texts
    ("…20 pages.Great job offer!…"): it replaces again, until the person clicks or types."""
    page = _page(ctx, qtbot)
    page.request_edit.setPlainText(REQUEST)
    _matched(page, qtbot)
    _ctrl_v_from_the_list(page, qtbot, "An SEO article, 20 pages.")
    assert page.request_edit.hasFocus()
    QApplication.clipboard().setText("Great job offer! Pay outside Fiverr")
    qtbot.keyClick(page.request_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText() == "Great job offer! Pay outside Fiverr"
    _ctrl_v_from_the_list(page, qtbot, "A logo")  # from the page again: replaces
    assert page.request_edit.toPlainText() == "A logo"
    qtbot.keyClick(page.request_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(" for my bakery")
    qtbot.keyClick(page.request_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request_edit.toPlainText() == "A logo for my bakery"
    ctx.jobs.wait()


def test_the_hourly_range_says_how_it_is_built_from_the_orders(ctx, qtbot) -> None:
    """"€23.13 to €34.69" under orders that earned €22.16 and €61.49 an hour looked wrong:
    from 4 orders the range is their middle half, and the page says so; with 2 or 3 it is
    lowest to highest, said too."""
    page = _page(ctx, qtbot)
    result = _result(2313, 3469, None)
    page._show_result(MatchResult(**{**result.__dict__, "expected": HourlyRange(
        2313, 3469, "USD", 8)}))
    assert "the middle half of 8 similar orders’ net per hour" in page.hourly_label.text()
    page._show_result(MatchResult(**{**result.__dict__, "expected": HourlyRange(
        2216, 6149, "USD", 3)}))
    text = page.hourly_label.text()
    assert "$22.16 to $61.49" in text and "lowest to highest of 3 similar orders" in text
    ctx.jobs.wait()

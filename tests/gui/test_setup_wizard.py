"""The first-run set-up: a fresh store opens on it, nothing is written before Finish, the
keyboard walks it, Settings runs it again prefilled, and Today points to the next step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from stdnum import luhn

from desktop.ui.dialogs.setup_wizard import SetupWizard
from storage import settings
from tests.gui.conftest import main_window


def _setting(ctx, key: str) -> str:
    with ctx.store.session() as s:
        return settings.get(s, key)


def _wizard(window) -> SetupWizard | None:
    return next((w for w in window.findChildren(SetupWizard) if w.isVisible()), None)


def _next(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_a_fresh_store_opens_on_the_setup_without_blocking(fresh_ctx, qtbot) -> None:
    with main_window(fresh_ctx, qtbot) as w:
        qtbot.waitUntil(lambda: _wizard(w) is not None)  # posted once the window shows
        wizard = _wizard(w)
        assert wizard.windowModality() == Qt.WindowModality.WindowModal
        assert wizard.currentPage() is wizard.status_page
        # Today points to the set-up behind it
        today = w.pages["today"]
        assert today.next_step_card.isVisibleTo(today)
        assert today.next_step_card.steps[0] == "setup"
        assert not today.empty_card.isVisibleTo(today)


def test_a_set_up_store_does_not_open_it(ctx, qtbot) -> None:
    with main_window(ctx, qtbot) as w:
        qtbot.wait(0)  # the posted check runs (it would open it now)
        assert _wizard(w) is None


def test_choosing_morocco_then_finish_stores_ma_auto_and_mad(fresh_ctx, qtbot) -> None:
    with main_window(fresh_ctx, qtbot) as w:
        qtbot.waitUntil(lambda: _wizard(w) is not None)
        wizard = _wizard(w)
        page = wizard.status_page
        page.radios["ma_auto"].click()
        assert page.fields["ma_activity"].isVisibleTo(page)
        assert not page.fields["activity"].isVisibleTo(page)  # France's options hidden
        page.combos["ma_activity"].setCurrentIndex(1)  # commerce
        _next(wizard)
        assert wizard.money_page.currency.currentData() == "MAD"  # from the status
        assert wizard.money_page.timezone.currentText() == "Africa/Casablanca"
        _next(wizard)
        _next(wizard)
        ident = wizard.identity_page
        assert ident.fields["ice"].isVisibleTo(ident)
        assert not ident.fields["siret"].isVisibleTo(ident)
        assert not ident.fields["ei_mention"].isVisibleTo(ident)  # "EI" is for France only
        ident.legal_name.setText("Salma Idrissi")
        _next(wizard)
        assert _setting(fresh_ctx, "status") == ""  # nothing written before Finish
        with qtbot.waitSignal(wizard.finished_setup):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert _setting(fresh_ctx, "status") == "ma_auto"
        assert _setting(fresh_ctx, "home_currency") == "MAD"
        assert _setting(fresh_ctx, "ma_activity") == "commerce"
        assert _setting(fresh_ctx, "setup_done") == "yes"
        today = w.pages["today"]
        # Today refreshed: the set-up step is gone, the store's first steps remain
        assert today.next_step_card.steps == ["gig", "import", "order"]
        settings_page = w.show_page("settings")
        assert "Morocco" in settings_page.status_text.text()


def test_a_wrong_siret_is_shown_by_its_field_and_stops_next(fresh_ctx, qtbot) -> None:
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.status_page.radios["fr_micro"].click()
    for _ in range(3):
        _next(wizard)
    ident = wizard.identity_page
    assert wizard.currentPage() is ident
    siret = luhn.calc_check_digit("7328293200007")
    wrong = "7328293200007" + str((int(siret) + 1) % 10)
    ident.edits["siret"].setText(wrong)
    _next(wizard)
    assert wizard.currentPage() is ident
    assert ident.fields["siret"].error.isVisibleTo(ident)
    assert "check digit is wrong" in ident.fields["siret"].error.text()
    assert _setting(fresh_ctx, "siret") == ""


def test_the_keyboard_walks_the_setup(fresh_ctx, qtbot) -> None:
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    radio = wizard.status_page.radios["fr_micro"]
    radio.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is radio)
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    qtbot.keyClick(radio, Qt.Key.Key_Down)  # arrows move between the statuses
    assert wizard.status_page.radios["ma_auto"].isChecked()
    qtbot.keyClick(wizard.status_page.radios["ma_auto"], Qt.Key.Key_Up)
    assert wizard.status_page.status() == "fr_micro"
    for page in (wizard.money_page, wizard.platforms_page, wizard.identity_page,
                 wizard.summary_page):
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # Enter = Next
        assert wizard.currentPage() is page
    with qtbot.waitSignal(wizard.finished_setup):
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # Enter = Finish
    assert _setting(fresh_ctx, "status") == "fr_micro"
    assert _setting(fresh_ctx, "home_currency") == "EUR"


def test_escape_cancels_and_leaves_the_status_unset(fresh_ctx, qtbot, monkeypatch) -> None:
    import desktop.ui.dialogs.setup_wizard as setup_module

    asked: list[str] = []
    monkeypatch.setattr(setup_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    with main_window(fresh_ctx, qtbot) as w:
        qtbot.waitUntil(lambda: _wizard(w) is not None)
        wizard = _wizard(w)
        wizard.status_page.radios["qc_self"].click()
        _next(wizard)
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
        assert asked == ["Leave the set-up? What you entered is not saved."]
        assert _wizard(w) is None
        assert _setting(fresh_ctx, "status") == ""
        assert _setting(fresh_ctx, "home_currency") == "EUR"
        today = w.show_page("today")
        assert today.next_step_card.steps[0] == "setup"
        today.next_step_card.buttons["setup"].click()  # Today's button opens it again
        assert _wizard(w) is not None


def test_settings_runs_the_setup_again_prefilled(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        settings.put(s, "legal_name", "Jeanne Martin")
        settings.put(s, "urssaf_period", "month")
    with main_window(ctx, qtbot) as w:
        page = w.show_page("settings")
        assert "France" in page.status_text.text()
        page.setup_button.click()
        wizard = _wizard(w)
        assert wizard is not None
        assert wizard.status_page.status() == "fr_micro"
        assert wizard.status_page.combos["urssaf_period"].currentIndex() == 0  # month
        assert wizard.identity_page.legal_name.text() == "Jeanne Martin"
        wizard.reject()
        assert _setting(ctx, "legal_name") == "Jeanne Martin"


@pytest.mark.parametrize(("step", "expected"), [
    ("gig", "gig dialog"), ("order", "order dialog"), ("import", "import"),
])
def test_todays_next_step_buttons(ctx, qtbot, monkeypatch, step, expected) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages.gigs import GigsPage
    from desktop.ui.pages.orders import OrdersPage

    seen: list[str] = []
    monkeypatch.setattr(GigsPage, "new_gig", lambda self: seen.append("gig dialog"))
    monkeypatch.setattr(OrdersPage, "new_order", lambda self: seen.append("order dialog"))
    monkeypatch.setattr(MainWindow, "import_payments",
                        lambda self, paths=None: seen.append("import"))
    with main_window(ctx, qtbot) as w:
        today = w.show_page("today")
        card = today.next_step_card
        assert card.steps == ["gig", "import", "order"]  # set up, but an empty store
        assert not today.empty_card.isVisibleTo(today)  # not "All clear"
        card.buttons[step].click()
        assert seen == [expected]
        if step != "import":
            assert w.current_page_id() == {"gig": "gigs", "order": "orders"}[step]


def test_settings_rules_edits_a_figure_in_place(ctx, qtbot) -> None:
    from PySide6.QtCore import Qt as _Qt
    from sqlalchemy import select

    from desktop.ui.pages.settings import SettingsPage
    from desktop.ui.pages.settings_rules import RuleFiguresModel
    from storage.tables import RuleFigure

    with ctx.store.transaction() as s:
        s.add(RuleFigure(jurisdiction="ZZ", year=2015, key="tax_services_bp", value=100,
                         unit="bp", source="https://example.org/cgi (art. 42)"))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.rules_tab.model
    row = next(i for i, r in enumerate(model.rows) if r.jurisdiction == "ZZ")
    value = model.index(row, RuleFiguresModel.VALUE)
    assert value.data() == "1%"
    assert model.index(row, RuleFiguresModel.EDITED).data() == ""
    assert model.source_url(row) == "https://example.org/cgi"
    assert model.setData(value, "half", _Qt.ItemDataRole.EditRole) is False
    assert page.rules_tab.error.isVisibleTo(page.rules_tab)
    assert model.setData(value, "0.5", _Qt.ItemDataRole.EditRole)
    assert value.data() == "0.5%"
    assert model.index(row, RuleFiguresModel.EDITED).data() == "edited"
    assert not page.rules_tab.error.isVisibleTo(page.rules_tab)
    with ctx.store.session() as s:
        stored = s.scalar(select(RuleFigure).where(RuleFigure.jurisdiction == "ZZ"))
        assert (stored.value, stored.edited) == (50, True)


def test_changing_the_currency_of_a_store_with_payments_says_what_happens(ctx, qtbot) -> None:
    from storage.payments import record_payment
    from storage.tables import PaymentKind
    from tests.factories import at

    with ctx.store.transaction() as s:
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=5000, currency="EUR",
                       received_at=at("2026-11-02T10:00"))
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.status_page.radios["ma_auto"].click()
    _next(wizard)
    money = wizard.money_page
    assert money.currency.currentData() == "MAD"
    assert money.currency_note.isVisibleTo(money)
    assert "keep their amounts in EUR" in money.currency_note.text()
    money.currency.setCurrentIndex(money.currency.findData("EUR"))
    assert not money.currency_note.isVisibleTo(money)


def test_an_error_under_a_field_squeezes_no_field(fresh_ctx, qtbot) -> None:
    """The rows make room for an error line: the time-zone box keeps its height, the
    address box keeps its bottom edge (the form reused the row heights it had cached)."""
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.status_page.radios["ma_auto"].click()
    _next(wizard)
    money = wizard.money_page
    money.timezone.setEditText("Mars/Olympus")
    _next(wizard)
    assert money.fields["timezone"].error.isVisibleTo(money)
    QApplication.processEvents()
    for widget in (money.timezone, money.min_rate, money.currency):
        assert widget.height() >= widget.minimumSizeHint().height()
    error = money.fields["timezone"].error
    assert error.height() >= error.heightForWidth(error.width())
    money.timezone.setEditText("Africa/Casablanca")
    _next(wizard)
    _next(wizard)
    ident = wizard.identity_page
    ident.edits["ice"].setText("001561191000067")  # a check digit off
    _next(wizard)
    assert ident.fields["ice"].error.isVisibleTo(ident)
    QApplication.processEvents()
    assert ident.address.height() == 80
    field = ident.fields["address"]
    assert field.height() >= 80  # the box's bottom edge is inside its row
    ice = ident.fields["ice"]
    # no gap under a one-line error: the row is the box, the spacing and the line
    assert ice.height() <= ident.edits["ice"].height() + 2 + ice.error.height()


def test_escape_after_entering_something_asks_first(fresh_ctx, qtbot, monkeypatch) -> None:
    import desktop.ui.dialogs.setup_wizard as setup_module

    answers = [False]
    asked: list[str] = []
    monkeypatch.setattr(setup_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or answers.pop())
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.reject()  # nothing entered: it closes without asking
    assert asked == [] and not wizard.isVisible()
    wizard.show()
    wizard.status_page.radios["ma_auto"].click()
    _next(wizard)
    wizard.money_page.min_rate.setText("200")
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    assert asked == ["Leave the set-up? What you entered is not saved."]
    assert wizard.isVisible()  # No (the default) keeps the pages and what they hold
    assert wizard.currentPage() is wizard.money_page
    assert wizard.money_page.min_rate.text() == "200"


def test_the_example_identifiers_pass_their_own_checks(fresh_ctx, qtbot) -> None:
    from storage.identifiers import check_value

    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    for key in ("siret", "ice", "gst_number", "qst_number"):
        example = wizard.identity_page.edits[key].placeholderText()
        assert example
        assert check_value(key, example)  # raises ValidationError on a wrong check digit


def test_status_rows_have_shortcut_letters_and_the_summary_sits_top_left(fresh_ctx,
                                                                          qtbot) -> None:
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    page = wizard.status_page
    for key in ("activity", "urssaf_period", "ma_activity", "ma_period", "qc_gst",
                "qc_filing", "qc_registered_on"):
        assert "&" in page.labels[key].text(), key
    text = wizard.summary_page.text
    assert text.alignment() & Qt.AlignmentFlag.AlignTop
    assert text.alignment() & Qt.AlignmentFlag.AlignLeft
    assert text.contentsMargins().left() > 0


def test_summary_lines_come_from_a_translatable_template(fresh_ctx, qtbot,
                                                         monkeypatch) -> None:
    """French writes "Activité : Services" with a narrow no-break space: the label-value
    line is a tr() template the translation can change (it was an f-string)."""
    from desktop.ui.dialogs.setup_wizard import SummaryPage

    french = "{label}\u202f: {value}"
    monkeypatch.setattr(SummaryPage, "tr", lambda self, text, *a: (
        french if text == "{label}: {value}"
        else QApplication.translate("SummaryPage", text, *a)))
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.status_page.radios["ma_auto"].click()
    wizard.identity_page.legal_name.setText("Salma Idrissi")
    for _ in range(4):
        _next(wizard)
    assert wizard.currentPage() is wizard.summary_page
    lines = wizard.summary_page.text.text().splitlines()
    assert "Activity\u202f: Services (1 % tax)" in lines  # no "&" left from the label
    assert "Legal name\u202f: Salma Idrissi" in lines


def test_tab_from_the_address_goes_to_next_and_enter_moves_on(fresh_ctx, qtbot) -> None:
    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    wizard.status_page.radios["ma_auto"].click()
    for _ in range(3):
        _next(wizard)
    ident = wizard.identity_page
    ident.address.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ident.address)
    qtbot.keyClick(ident.address, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.summary_page  # it went back before


def test_todays_steps_stay_after_one_payment_until_hidden(ctx, qtbot) -> None:
    from storage.payments import record_payment
    from storage.tables import PaymentKind
    from tests.factories import at

    with ctx.store.transaction() as s:
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=5000, currency="EUR",
                       received_at=at("2026-11-02T10:00"))
    with main_window(ctx, qtbot) as w:
        today = w.show_page("today")
        card = today.next_step_card
        assert card.isVisibleTo(today)  # it said "All clear" after one payment
        assert card.steps == ["gig", "order"]
        assert not today.empty_card.isVisibleTo(today)
        assert card.hide_button.isVisibleTo(today)
        card.hide_button.click()
        assert _setting(ctx, "next_steps_hidden") == "yes"
        assert not card.isVisibleTo(today)
        assert today.empty_card.isVisibleTo(today)


def test_enter_on_a_focused_today_button_presses_it(ctx, qtbot, monkeypatch) -> None:
    """Return on a focused button of Today presses it (it did nothing unless the button
    was the card's default; the keys then went on to the sidebar)."""
    from desktop.ui.pages.orders import OrdersPage

    seen: list[str] = []
    monkeypatch.setattr(OrdersPage, "new_order", lambda self: seen.append("order dialog"))
    with main_window(ctx, qtbot) as w:
        qtbot.waitExposed(w)
        w.activateWindow()
        today = w.show_page("today")
        button = today.next_step_card.buttons["order"]  # not the default one
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
        qtbot.keyClick(button, Qt.Key.Key_Return)
        assert seen == ["order dialog"]
        assert w.current_page_id() == "orders"
        w.show_page("today")
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
        qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert seen == ["order dialog", "order dialog"]


def test_the_first_window_fits_a_small_screen(ctx, qtbot, monkeypatch) -> None:
    """On a 1024 × 700 screen the window opened at 1280 × 800, past the screen's edges."""
    from PySide6.QtCore import QRect

    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr("desktop.ui.screen_fit.available_rect",
                        lambda _widget: QRect(0, 0, 1024, 700))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.width() <= 1024 and w.height() <= 700
    monkeypatch.setattr("desktop.ui.screen_fit.available_rect",
                        lambda _widget: QRect(0, 0, 1920, 1080))
    big = MainWindow(ctx)
    qtbot.addWidget(big)
    assert (big.width(), big.height()) == (1280, 800)

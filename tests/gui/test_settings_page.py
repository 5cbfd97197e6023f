"""The Settings page: language switch without restart, store settings validated beside their
field, platform fee rules, the URSSAF options and figures, the data folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog

import desktop.i18n
from desktop.changes import Changed
from desktop.ui.pages import settings as settings_module
from desktop.ui.pages.settings import SettingsPage
from storage import settings as store_settings
from storage.fees import platform_fee
from storage.tables import Platform, UrssafYear
from tests.factories import order, platform
from tests.gui.conftest import shown

# The offscreen platform says so whenever a shown window's size constraints are set.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PLATFORMS_TAB, URSSAF_TAB, DATA_TAB = 1, 2, 3


@pytest.fixture
def page(ctx, qtbot) -> Iterator[SettingsPage]:
    yield shown(qtbot, SettingsPage(ctx), 1100, 760)
    ctx.i18n.set_language("en")


@pytest.fixture
def french_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Make the French .qm available when only its .ts exists (built into a tmp dir, so the
    source tree is left alone); True when a French catalogue can be loaded."""
    translations = Path(desktop.i18n.TRANSLATIONS_DIR)
    if (translations / "atelier_fr.qm").exists():
        return True
    if not (translations / "atelier_fr.ts").exists():
        return False
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        return False
    built = tmp_path / "translations"
    built.mkdir()
    for ts in translations.glob("atelier_*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(built / f"{ts.stem}.qm")],
                       check=True, capture_output=True)
    monkeypatch.setattr(desktop.i18n, "TRANSLATIONS_DIR", built)
    return (built / "atelier_fr.qm").exists()


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def setting(ctx, key: str) -> str:
    with ctx.store.session() as s:
        return store_settings.get(s, key)


# --- language -----------------------------------------------------------------------------------


def test_switching_to_french_retranslates_the_open_window(window, qtbot, monkeypatch,
                                                          french_catalogue: bool) -> None:
    ctx = window.ctx
    sidebar = window.sidebar
    english = [sidebar.item(i).text() for i in range(sidebar.count())]
    calls: dict[str, int] = {}

    def spy(name: str, original):
        def wrapped() -> None:
            calls[name] = calls.get(name, 0) + 1
            original()
        return wrapped

    for page_id, p in window.pages.items():
        monkeypatch.setattr(p, "retranslate", spy(page_id, p.retranslate))
    monkeypatch.setattr(window, "retranslate", spy("window", window.retranslate))
    settings_page = window.show_page("settings")
    try:
        choose(settings_page.language, "fr")
        assert ctx.qsettings.value("ui/language") == "fr"
        assert ctx.i18n.language == "fr"
        # Every page and the window itself got the LanguageChange: no restart needed.
        qtbot.waitUntil(lambda: set(calls) == {*window.pages, "window"})
        assert window.windowTitle() == "Atelier"
        titles = [p.title() for p in window.pages.values()]
        assert [sidebar.item(i).text() for i in range(sidebar.count())] == titles
        translated = QCoreApplication.translate("SettingsPage", "Settings")
        if french_catalogue and translated != "Settings":
            assert titles != english
            assert settings_page.heading.text() == translated
        assert window.current_page_id() == "settings"
    finally:
        choose(settings_page.language, "en")
        ctx.i18n.set_language("en")
    assert ctx.qsettings.value("ui/language") == "en"
    qtbot.waitUntil(lambda: [sidebar.item(i).text() for i in range(sidebar.count())] == english)


def test_system_language_is_stored_as_empty(page, ctx) -> None:
    choose(page.language, "fr")
    choose(page.language, "")
    assert ctx.qsettings.value("ui/language") == ""
    assert ctx.i18n.language in ("en", "fr")
    choose(page.language, "en")
    assert ctx.i18n.language == "en"


# --- general settings ---------------------------------------------------------------------------


def test_invalid_time_zone_is_shown_beside_its_field_and_not_saved(page, ctx, qtbot) -> None:
    before = setting(ctx, "timezone")
    page.timezone.setEditText("Mars/Olympus_Mons")
    with qtbot.assertNotEmitted(ctx.events.changed):
        page.timezone.lineEdit().editingFinished.emit()
    error = page.timezone_field.error
    assert error.isVisible()
    assert "Mars/Olympus_Mons" in error.text()
    assert setting(ctx, "timezone") == before
    assert not page.currency_field.error.isVisible()

    page.timezone.setEditText("America/Montreal")
    with qtbot.waitSignal(ctx.events.changed) as changed:
        page.timezone.lineEdit().editingFinished.emit()
    assert changed.args == [Changed.SETTINGS]
    assert not error.isVisible()
    assert setting(ctx, "timezone") == "America/Montreal"

    brussels = page.timezone.findText("Europe/Brussels")
    page.timezone.setCurrentIndex(brussels)
    page.timezone.activated.emit(brussels)
    assert setting(ctx, "timezone") == "Europe/Brussels"


def test_due_soon_window_and_urssaf_options_are_saved(page, ctx, qtbot) -> None:
    with qtbot.waitSignal(ctx.events.changed) as changed:
        page.due_soon.setValue(24)
    assert changed.args == [Changed.SETTINGS]
    assert setting(ctx, "due_soon_hours") == "24"
    page.activity.setCurrentIndex(SettingsPage.ACTIVITIES.index("liberal_bnc"))
    page.period.setCurrentIndex(SettingsPage.PERIODS.index("month"))
    page.fund.setCurrentIndex(SettingsPage.FUNDS.index("cipav"))
    page.vl.setChecked(True)
    assert [setting(ctx, k) for k in ("activity", "urssaf_period", "urssaf_bnc_fund",
                                      "versement_liberatoire")] == [
        "liberal_bnc", "month", "cipav", "yes"]
    page.refresh()
    assert page.activity.currentIndex() == 2 and page.vl.isChecked()


def test_home_currency_change_is_confirmed_when_payments_exist(demo_ctx, qtbot,
                                                               monkeypatch) -> None:
    p = SettingsPage(demo_ctx)
    qtbot.addWidget(p)
    p.show()
    asked: list[str] = []

    def refuse(parent, title, text) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(settings_module, "confirm", refuse)
    choose(p.currency, "CAD")
    assert len(asked) == 1 and "EUR" in asked[0] and "CAD" in asked[0]
    assert "Reports only count payments in the current home currency" in asked[0]
    assert p.currency.currentData() == "EUR"
    assert setting(demo_ctx, "home_currency") == "EUR"
    p.tabs.setCurrentIndex(URSSAF_TAB)
    assert not p.euro_note.isVisible()

    monkeypatch.setattr(settings_module, "confirm", lambda *a: True)
    choose(p.currency, "CAD")
    assert setting(demo_ctx, "home_currency") == "CAD"
    assert p.euro_note.isVisible()  # the URSSAF declaration needs euros


def test_home_currency_without_payments_needs_no_confirmation(page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(settings_module, "confirm", lambda *a: pytest.fail("asked"))
    choose(page.currency, "MAD")
    assert setting(ctx, "home_currency") == "MAD"


# --- platforms ----------------------------------------------------------------------------------


def fiverr_id(ctx) -> int:
    with ctx.store.session() as s:
        return platform(s, "Fiverr").id


def test_editing_fiverr_fee_to_15_percent(page, ctx, qtbot) -> None:
    dialog = page.platform_dialog(fiverr_id(ctx))
    qtbot.addWidget(dialog)
    assert dialog.fee.text() == "20"
    dialog.fee.setText("15")
    with qtbot.waitSignal(ctx.events.changed) as changed:
        dialog.accept()
    assert changed.args == [Changed.PLATFORMS]
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        fiverr = platform(s, "Fiverr")
        assert fiverr.fee_bp == 1500
        assert platform_fee(fiverr, 10000) == 1500
    row = page.platform_model.row_of(fiverr_id(ctx))
    fee = page.platform_model.index(row, page.platform_model.FEE)
    assert fee.data() == "15%"


def test_bad_fee_is_shown_beside_the_field_and_not_saved(page, ctx, qtbot) -> None:
    dialog = page.platform_dialog(fiverr_id(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fee.setText("150")
    with qtbot.assertNotEmitted(ctx.events.changed):
        dialog.accept()
    assert dialog.error_label("fee_percent").isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        assert platform(s, "Fiverr").fee_bp == 2000


def test_comeup_asks_for_its_fee(page) -> None:
    model = page.platform_model
    row = next(i for i, r in enumerate(model.rows) if r.name == "ComeUp")
    cell = model.index(row, model.FEE)
    assert cell.data() == "Enter your fee"
    assert "double-click" in model.data(cell, settings_module.Qt.ItemDataRole.ToolTipRole)
    page.tabs.setCurrentIndex(PLATFORMS_TAB)
    assert page.missing_fee_hint.isVisible()


def test_adding_a_custom_platform(page, ctx, qtbot) -> None:
    dialog = page.platform_dialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Codeur.com")
    dialog.fee.setText("12,5")
    dialog.fixed.setText("0,50")
    dialog.clearance.setValue(7)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        p = platform(s, "Codeur.com")
        assert (p.fee_bp, p.fee_fixed_minor, p.clearance_days, p.preset) == (1250, 50, 7, False)
    page.reload_platforms()
    assert any(r.name == "Codeur.com" for r in page.platform_model.rows)

    duplicate = page.platform_dialog()
    qtbot.addWidget(duplicate)
    duplicate.name.setText("codeur.com")
    duplicate.accept()
    assert duplicate.error_label("name").text()


def test_deleting_a_platform_used_by_orders_is_refused(page, ctx, monkeypatch) -> None:
    with ctx.store.transaction() as s:
        order(s, platform_name="Malt")
        malt_id = platform(s, "Malt").id
    page.refresh()
    monkeypatch.setattr(settings_module, "confirm", lambda *a: pytest.fail("asked"))
    page.select_platform(malt_id)
    assert page.delete_button.isEnabled()
    assert page.delete_selected() is False
    page.tabs.setCurrentIndex(PLATFORMS_TAB)
    assert page.platform_message.isVisible()
    assert "Malt" in page.platform_message.text()
    with ctx.store.session() as s:
        assert s.get(Platform, malt_id) is not None


def test_deleting_an_unused_platform_after_confirmation(page, ctx, qtbot, monkeypatch) -> None:
    upwork = next(r for r in page.platform_model.rows if r.name == "Upwork")
    page.select_platform(upwork.id)
    monkeypatch.setattr(settings_module, "confirm", lambda *a: False)
    assert page.delete_selected() is False
    monkeypatch.setattr(settings_module, "confirm", lambda *a: True)
    with qtbot.waitSignal(ctx.events.changed) as changed:
        assert page.delete_selected() is True
    assert changed.args == [Changed.PLATFORMS]
    with ctx.store.session() as s:
        assert s.get(Platform, upwork.id) is None
    assert all(r.name != "Upwork" for r in page.platform_model.rows)
    assert not page.delete_button.isEnabled()  # nothing selected any more


# --- URSSAF figures -----------------------------------------------------------------------------


def figure(page: SettingsPage, key: str, year: int):
    model = page.urssaf_model
    return model.index(model.FIGURES.index(key), model.years.index(year))


def test_editing_an_urssaf_rate_persists(page, ctx, qtbot) -> None:
    cell = figure(page, "rate_bnc_ssi_bp", 2026)
    assert cell.data() == "25.6%"
    assert page.urssaf_model.data(cell, settings_module.Qt.ItemDataRole.EditRole) == "25.6"
    with qtbot.waitSignal(ctx.events.changed) as changed:
        assert page.urssaf_model.setData(cell, "26,1")
    assert changed.args == [Changed.SETTINGS]
    with ctx.store.session() as s:
        assert s.get(UrssafYear, 2026).rate_bnc_ssi_bp == 2610
    page.refresh()
    assert figure(page, "rate_bnc_ssi_bp", 2026).data() == "26.1%"

    ceiling = figure(page, "ceiling_services_minor", 2027)
    assert page.urssaf_model.setData(ceiling, "85 000")
    with ctx.store.session() as s:
        assert s.get(UrssafYear, 2027).ceiling_services_minor == 8_500_000


def test_bad_urssaf_figure_is_refused(page, ctx, qtbot) -> None:
    cell = figure(page, "vl_bnc_bp", 2026)
    with qtbot.assertNotEmitted(ctx.events.changed):
        assert not page.urssaf_model.setData(cell, "-3")
    page.tabs.setCurrentIndex(URSSAF_TAB)
    assert page.figures_error.isVisible()
    assert "2026" in page.figures_error.text()
    with ctx.store.session() as s:
        assert s.get(UrssafYear, 2026).vl_bnc_bp == 220
    assert page.urssaf_model.setData(cell, "2,5")
    assert not page.figures_error.isVisible()


def test_next_year_is_added_as_a_copy(page, ctx) -> None:
    last = page.urssaf_model.years[-1]
    assert str(last + 1) in page.add_year_button.text()
    page.add_year()
    assert page.urssaf_model.years[-1] == last + 1
    with ctx.store.session() as s:
        new, old = s.get(UrssafYear, last + 1), s.get(UrssafYear, last)
        assert new.rate_bnc_ssi_bp == old.rate_bnc_ssi_bp
        assert new.ceiling_sales_minor == old.ceiling_sales_minor
    assert str(last + 2) in page.add_year_button.text()


# --- data ---------------------------------------------------------------------------------------


def test_data_folder_is_shown_and_opened(page, ctx, monkeypatch) -> None:
    page.tabs.setCurrentIndex(DATA_TAB)
    assert page.data_path.text() == str(ctx.data_dir)
    assert page.data_path.isReadOnly()
    assert "atelier.db" in page.store_size.text()
    assert "ATELIER_DATA_DIR" in page.data_field.hint.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(settings_module.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    page.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(ctx.data_dir))]


# --- the status's tabs and the Rules tab (issue 16 polish) -------------------------------


@pytest.mark.parametrize(("status", "shown_"), [
    ("fr_micro", True), ("ma_auto", False), ("qc_self", False), ("other", False)])
def test_the_urssaf_tab_is_for_french_micro_entrepreneurs_only(ctx, qtbot, status,
                                                               shown_) -> None:
    with ctx.store.transaction() as s:
        store_settings.put(s, "status", status)
    p = shown(qtbot, SettingsPage(ctx), 1100, 760)
    assert p.tabs.isTabVisible(URSSAF_TAB) is shown_


def test_rules_show_readable_labels_and_the_persons_country_first(ctx, qtbot) -> None:
    from storage.tables import RuleFigure

    with ctx.store.transaction() as s:
        store_settings.put(s, "status", "qc_self")
        s.add(RuleFigure(jurisdiction="ZZ", year=2015, key="made_up_key", value=1,
                         unit="count", source=""))
    p = shown(qtbot, SettingsPage(ctx), 1100, 760)
    model = p.rules_tab.model
    assert {r.jurisdiction for r in model.rows} >= {"MA", "QC"}
    assert model.rows[0].jurisdiction == "QC"  # a Québec worker's figures come first
    figure = {model.rows[i].key: model.index(i, model.FIGURE).data()
              for i in range(len(model.rows))}
    assert figure["amo_band_1_minor"] == "AMO, band 1: contribution per quarter"
    assert figure["gst_rate_pcm"] == "GST rate"
    assert figure["made_up_key"] == "made_up_key"  # an unknown key is shown as it is
    assert all(label != key for key, label in figure.items() if key != "made_up_key")


def test_re_entering_an_unchanged_rule_value_does_not_mark_it_edited(ctx, qtbot) -> None:
    from PySide6.QtCore import Qt

    p = shown(qtbot, SettingsPage(ctx), 1100, 760)
    model = p.rules_tab.model
    row = next(i for i, r in enumerate(model.rows) if r.key == "tax_services_bp")
    value = model.index(row, model.VALUE)
    assert model.setData(value, value.data(Qt.ItemDataRole.EditRole))
    assert model.index(row, model.EDITED).data() == ""
    assert not model.rows[row].edited

"""Messages that reach a French-speaking person are French, values included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.clock import FakeClock
from tests.gui.conftest import NOW


def test_the_no_tray_message_is_french_in_french_mode(qapp, tmp_path: Path) -> None:
    from desktop.app import build_context
    from desktop.notify import TrayNotifier

    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = build_context(qapp, tmp_path / "data", qsettings=qs, clock=FakeClock(NOW),
                        language="fr")
    try:
        assert isinstance(ctx.notifier, TrayNotifier)
        if ctx.notifier.available:
            pytest.skip("this desktop has a system tray")
        assert ctx.notifier.unavailable_reason.startswith("Ce bureau n’a pas de zone")
        ctx.i18n.set_language("en")
        assert ctx.notifier.unavailable_reason.startswith("This desktop has no system tray")
    finally:
        ctx.jobs.shutdown(10_000)
        if ctx.models is not None:
            ctx.models.shutdown()
        ctx.i18n.set_language("en")
        ctx.store.close()


def test_a_damaged_store_is_explained_in_french_before_anything_opens(
        qapp, tmp_path: Path) -> None:
    """The store is opened before the window: the language must already be in place."""
    from desktop.app import build_context, damaged_store_text
    from storage.store_file import DamagedStore

    data = tmp_path / "data"
    data.mkdir()
    (data / "atelier.db").write_bytes(b"PK\x03\x04 this is a zip, not a store" * 10)
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("ui/language", "fr")
    try:
        with pytest.raises(DamagedStore) as caught:
            build_context(qapp, data, qsettings=qs, clock=FakeClock(NOW))
        problem, offer = damaged_store_text(caught.value)
        assert problem.startswith("Atelier ne peut pas ouvrir vos données\u202f: ce n’est pas "
                                  "une base SQLite")
        assert offer.startswith("Il n’en existe aucune sauvegarde à restaurer.")
        # The command line keeps its English sentence.
        assert "is not a SQLite database" in str(caught.value)
    finally:
        from desktop.i18n import I18n

        I18n(qapp, "en")


def test_the_no_tray_notice_follows_a_live_language_switch(ctx, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.main_window import MainWindow

    class NoTray:
        available = False

        @property
        def unavailable_reason(self) -> str:
            return QCoreApplication.translate(
                "TrayNotifier", "This desktop has no system tray: deadline reminders appear "
                "in the window's status bar instead.")

        def notify(self, title: str, message: str) -> None:
            pass

    ctx.notifier = NoTray()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage().startswith("This desktop has no system tray")
    ctx.i18n.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
            "Ce bureau n’a pas de zone"), timeout=5_000)
    finally:
        ctx.i18n.set_language("en")

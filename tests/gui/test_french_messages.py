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

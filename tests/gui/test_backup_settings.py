"""Backups in the desktop: Settings › Data › Backups (Back up now, Restore…, how many are kept,
the folder), the daily backup at start-up, the offer to restore when the store is damaged,
and Help › Copy diagnostics."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select

from desktop.app import build_context, recover_damaged_store, start_daily_backup
from desktop.changes import Changed
from desktop.clock import FakeClock
from desktop.ui.pages import settings as settings_module
from desktop.ui.pages.settings import SettingsPage
from storage import backup, paths
from storage.db import DamagedStore
from storage.tables import Client, Order
from tests.factories import order
from tests.gui.conftest import NOW, RecordingNotifier, _close, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DATA_TAB = 3


@pytest.fixture
def page(ctx, qtbot) -> Iterator[SettingsPage]:
    p = shown(qtbot, SettingsPage(ctx), 1100, 760)
    p.refresh()
    p.tabs.setCurrentIndex(DATA_TAB)
    yield p


def orders(ctx) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count(Order.id))) or 0


def wait(qtbot, job) -> None:
    """Until the job ended and its callbacks ran in the GUI thread."""
    qtbot.waitUntil(lambda: job.delivered, timeout=15_000)


def test_back_up_now_makes_a_backup_and_says_so(page, ctx, qtbot) -> None:
    assert page.last_backup.text() == "No backup yet"
    job = page.back_up_now()
    wait(qtbot, job)
    assert job.state == "finished", job.error
    made = paths.backups_dir(ctx.data_dir) / "atelier-20261123-090000-manual.db"
    assert job.result == made and made.is_file()
    assert backup.check_restorable(made)
    assert page.backups_message.isVisible()
    assert page.backups_message.text() == f"Backed up to {made.name}."
    assert "made with Back up now" in page.last_backup.text()
    assert "— 1 backup" in page.last_backup.text()  # "backup(s)" until the English .qm
    assert page.backup_button.isEnabled()


def test_restore_through_the_settings_page(page, ctx, qtbot, monkeypatch) -> None:
    with ctx.store.transaction() as s:
        order(s, title="Avant la sauvegarde")
    saved = backup.backup_now(ctx.store, now=NOW - timedelta(days=1))
    with ctx.store.transaction() as s:
        order(s, title="Après la sauvegarde")
    assert orders(ctx) == 2
    page.refresh()
    chosen: list[str] = []

    def pick(_parent, _title, folder, _filter):
        chosen.append(folder)
        return str(saved), ""

    asked: list[str] = []
    monkeypatch.setattr(settings_module.QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(settings_module, "confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    topics: list[str] = []
    ctx.events.changed.connect(topics.append)
    store = ctx.store

    job = page.restore_backup()
    assert job is not None
    wait(qtbot, job)
    qtbot.waitUntil(lambda: bool(topics))
    assert chosen == [str(paths.backups_dir(ctx.data_dir))]  # the dialog opens on the backups
    assert len(asked) == 1 and "Replace your current data with the backup of" in asked[0]
    assert ctx.store is store  # reopened in place: everyone holding it keeps it
    assert orders(ctx) == 1
    assert topics == [Changed.ALL]  # everything changed, told once
    kept = [b for b in backup.list_backups(ctx.data_dir) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert page.backups_message.text() == (
        f"Restored {saved.name}. Your previous data was kept as {kept[0].path.name}.")
    assert not page.backup_actions_field.error.isVisible()
    with ctx.store.transaction() as s:  # the store works as before
        order(s, title="Après la restauration")
    assert orders(ctx) == 2


def test_a_bad_file_is_refused_beside_the_buttons(page, ctx, qtbot, monkeypatch,
                                                   tmp_path: Path) -> None:
    bad = tmp_path / "facture.db"
    bad.write_bytes(b"%PDF-1.7\n" * 100)
    monkeypatch.setattr(settings_module, "confirm",
                        lambda *_: pytest.fail("a bad file must not be offered"))
    with ctx.store.transaction() as s:
        order(s)
    job = page.restore_backup(str(bad))
    assert job is not None
    wait(qtbot, job)
    assert job.state == "failed"
    qtbot.waitUntil(lambda: page.backup_actions_field.error.isVisible())
    assert "it is not a SQLite database" in page.backup_actions_field.error.text()
    assert "Your current store was left as it was" in page.backup_actions_field.error.text()
    assert page.restore_button.isEnabled()
    assert orders(ctx) == 1


def test_cancelling_the_file_dialog_does_nothing(page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(settings_module.QFileDialog, "getOpenFileName", lambda *_: ("", ""))
    assert page.restore_backup() is None
    assert ctx.jobs.active == []


def test_number_of_backups_kept_is_saved(page, ctx) -> None:
    assert page.backups_keep.value() == backup.KEEP_DEFAULT
    page.backups_keep.setValue(4)
    with ctx.store.session() as s:
        assert backup.keep_count(s) == 4
    assert not page.backups_keep_field.error.isVisible()


def test_open_backups_folder(page, ctx, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(settings_module.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    page.open_backups.click()
    folder = paths.backups_dir(ctx.data_dir)
    assert opened == [QUrl.fromLocalFile(str(folder))] and folder.is_dir()


def test_restore_with_the_whole_window_open(window, demo_ctx, qtbot, monkeypatch) -> None:
    saved = backup.backup_now(demo_ctx.store, now=NOW - timedelta(hours=2))
    with demo_ctx.store.transaction() as s:
        order(s, title="Commande à défaire")
    before = orders(demo_ctx)
    monkeypatch.setattr(settings_module, "confirm", lambda *_: True)
    page = window.show_page("settings")
    job = page.restore_backup(str(saved))
    wait(qtbot, job)
    qtbot.waitUntil(lambda: orders(demo_ctx) == before - 1)
    for page_id in window.pages:  # every page reloads from the restored store
        window.show_page(page_id)
        qtbot.wait(5)
    demo_ctx.jobs.wait()


def test_daily_backup_at_start_up_runs_once_a_day(ctx, qtbot) -> None:
    job = start_daily_backup(ctx)
    wait(qtbot, job)
    assert job.state == "finished", job.error
    assert job.result is not None and job.result.name == "atelier-20261123-090000-daily.db"
    again = start_daily_backup(ctx)
    wait(qtbot, again)
    assert again.result is None  # one a day
    ctx.clock.advance(timedelta(days=1))
    tomorrow = start_daily_backup(ctx)
    wait(qtbot, tomorrow)
    assert tomorrow.result is not None
    assert [b.reason for b in backup.list_backups(ctx.data_dir)] == ["daily", "daily"]


def test_a_damaged_store_at_start_up_offers_the_latest_backup(qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    extra = {"qsettings": qs, "clock": FakeClock(NOW), "notifier": RecordingNotifier(),
             "language": "en"}
    first = build_context(qapp, data, **extra)
    with first.store.transaction() as s:
        order(s, title="Sauvée")
    backup.backup_now(first.store, reason="daily", now=NOW)
    _close(first)
    store_file = paths.store_path(data)
    store_file.write_bytes(store_file.read_bytes()[:5000])  # truncated
    damaged = store_file.read_bytes()

    with pytest.raises(DamagedStore) as exc:
        build_context(qapp, data, **extra)
    assert store_file.read_bytes() == damaged
    assert recover_damaged_store(qapp, data, exc.value, ask=lambda _e: False, **extra) is None
    assert store_file.read_bytes() == damaged  # "Quit" leaves it all as it was
    offered: list[DamagedStore] = []
    ctx = recover_damaged_store(qapp, data, exc.value,
                                ask=lambda e: offered.append(e) or True, **extra)
    assert ctx is not None
    try:
        assert offered[0].latest is not None and offered[0].latest.reason == "daily"
        assert orders(ctx) == 1
        kept = [b for b in backup.list_backups(data) if b.reason == "damaged"]
        assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    finally:
        _close(ctx)


def test_copy_diagnostics(window, demo_ctx, qtbot) -> None:
    with demo_ctx.store.session() as s:
        names = list(s.scalars(select(Client.name)))
    text = window.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == text
    assert text.startswith("Atelier ")
    for expected in ("Python: ", "SQLite: ", "Qt: ", "PySide6: ", "SQLAlchemy: ",
                     "transformers: ", "System: ", f"Data: {demo_ctx.data_dir}",
                     f"Backups: {paths.backups_dir(demo_ctx.data_dir)}",
                     f"Logs: {paths.logs_dir(demo_ctx.data_dir)}", "Schema revision: "):
        assert expected in text, expected
    assert names and not [n for n in names if n in text]
    assert "Diagnostics copied to the clipboard" in window.statusBar().currentMessage()
    assert window.act_diagnostics in window.menu_help.actions()
    assert window.act_diagnostics.text() == "Copy &diagnostics"


def test_restore_keeps_working_when_sqlite_files_are_left_by_a_crash(page, ctx, qtbot,
                                                                     monkeypatch) -> None:
    """A -wal left beside the backup chosen (a copy taken while some program wrote to it)
    is read with it."""
    saved = backup.backup_now(ctx.store, dest=ctx.data_dir / "copy.db", now=NOW)
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE settings SET value = 'Europe/Paris' WHERE key = 'timezone'")
    conn.commit()
    monkeypatch.setattr(settings_module, "confirm", lambda *_: True)
    job = page.restore_backup(str(saved))
    wait(qtbot, job)
    qtbot.waitUntil(lambda: page.backups_message.isVisible())
    conn.close()
    from storage import settings as store_settings

    with ctx.store.session() as s:
        assert store_settings.get(s, "timezone") == "Europe/Paris"


def test_the_app_logs_to_its_rotating_file_and_backs_up_after_start(tmp_path: Path) -> None:
    """run_gui, for real, in a child process (its QSettings and XDG folders in tmp)."""
    data = tmp_path / "data"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.app import ensure_app, run_gui\n"
        "from storage.db import open_store\n"
        "data = Path(sys.argv[1])\n"
        "open_store(data / 'atelier.db').close()\n"
        "ensure_app()\n"
        "log = data / 'logs' / 'atelier.log'\n"
        "ticks = []\n"
        "def check():\n"
        "    ticks.append(1)\n"
        "    # Quit once the daily backup job has run (later on a busy machine), or after 60 s.\n"
        "    if len(ticks) > 600 or (log.exists() and 'daily backup written' in log.read_text()):\n"
        "        QApplication.quit()\n"
        "timer = QTimer(interval=100)\n"
        "timer.timeout.connect(check)\n"
        "timer.start()\n"
        "sys.exit(run_gui(data))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "ATELIER_DATA_DIR": str(data)}
    result = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True,
                            text=True, timeout=120, check=False, env=env,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    log_text = (paths.logs_dir(data) / "atelier.log").read_text(encoding="utf-8")
    assert "INFO desktop.app [MainThread] Atelier " in log_text and "starting" in log_text
    assert "daily backup written: atelier-" in log_text
    assert log_text.rstrip().endswith("Atelier closed")
    assert [b.reason for b in backup.list_backups(data)] == ["daily"]

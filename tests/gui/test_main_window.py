"""The main window: navigation, remembered state, shortcuts, data in and out, start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.app import build_context
from desktop.ui.main_window import PAGE_IDS, MainWindow
from storage.tables import Order

# Jobs can end before a signal spy could connect; their state is set in the worker, so
# tests wait on it.


def count_orders(ctx) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count(Order.id)))


def test_last_page_and_geometry_are_remembered(window, demo_ctx, qtbot) -> None:
    window.show_page("income")
    window.resize(window.minimumSizeHint().width() + 1, window.minimumSizeHint().height() + 3)
    size = window.size()
    window.close()
    saved = demo_ctx.qsettings.value("window/geometry")
    assert saved is not None and not saved.isEmpty()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.current_page_id() == "income"
    # The offscreen screen is 800 px wide, narrower than the window: compare heights.
    assert again.height() == size.height()


def test_every_page_has_a_sidebar_entry_and_a_shortcut(window) -> None:
    assert window.sidebar.count() == len(window.pages) == len(PAGE_IDS)
    for i, page_id in enumerate(window.pages):
        window.page_actions[i].trigger()
        assert window.current_page_id() == page_id
    assert window.act_new_order.shortcut().toString() == "Ctrl+N"
    shortcuts = [a.shortcut().toString() for a in window.page_actions]
    assert shortcuts[0] == "Ctrl+1" and shortcuts[-1] == "Ctrl+,"
    named = [s for s in shortcuts if s]
    assert "Ctrl+10" not in named and len(set(named)) == len(named)
    assert window.act_find.shortcut().toString() == "Ctrl+F"


def test_find_goes_to_the_orders_search(window) -> None:
    window.show_page("income")
    window.find()
    assert window.current_page_id() == "orders"


def test_opening_an_order_from_today_shows_it_on_the_orders_page(window, demo_ctx) -> None:
    with demo_ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).order_by(Order.id.desc()).limit(1))
    window.pages["today"].open_order.emit(order_id)
    assert window.current_page_id() == "orders"
    assert window.pages["orders"].current_order_id() == order_id


def test_csv_export_and_import_run_as_jobs(window, demo_ctx, qapp, qtbot, tmp_path: Path,
                                           monkeypatch) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    job = window.export_csv(str(folder))
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert job.state == "finished"
    assert (folder / "orders.csv").exists() and (folder / "payments.csv").exists()

    ctx = build_context(qapp, tmp_path / "empty-store", clock=demo_ctx.clock,
                        notifier=demo_ctx.notifier, language="en",
                        qsettings=QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat))
    try:
        empty = MainWindow(ctx)
        job = empty.import_csv(str(folder))
        qtbot.waitUntil(lambda: job.delivered, timeout=60_000)
        assert job.state == "finished"
        assert count_orders(ctx) == count_orders(demo_ctx) == 300
        empty.close()
    finally:
        ctx.jobs.shutdown()
        ctx.store.close()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    job = window.import_csv(str(folder))  # a store with data is never replaced from here
    qtbot.waitUntil(lambda: job.delivered, timeout=30_000)
    assert job.state == "failed"
    qtbot.waitUntil(lambda: bool(warnings))
    assert "unchanged" in warnings[0] and "--replace" in warnings[0]
    assert count_orders(demo_ctx) == 300


def test_start_up_does_not_import_the_model_stack(tmp_path: Path) -> None:
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from desktop.app import build_context, ensure_app\n"
        "from desktop.ui.main_window import MainWindow\n"
        "app = ensure_app()\n"
        f"qs = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"ctx = build_context(app, __import__('pathlib').Path({str(tmp_path)!r}), qsettings=qs)\n"
        "w = MainWindow(ctx); w.show(); app.processEvents()\n"
        "heavy = [m for m in ('torch', 'transformers') if m in sys.modules]\n"
        "w.close(); ctx.jobs.shutdown(); ctx.store.close()\n"
        "sys.exit(f'imported at start-up: {heavy}' if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]

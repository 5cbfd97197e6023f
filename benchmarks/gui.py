"""GUI figures on the large store: the Orders page opened and filtered (offscreen)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path


class _Quiet:
    available = True
    unavailable_reason = ""

    def notify(self, title: str, message: str) -> None:
        pass


def orders_page_benchmarks(data_dir: Path, runs: int) -> list:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from benchmarks.__main__ import Result
    from desktop.app import build_context, ensure_app
    from desktop.clock import FakeClock
    from desktop.ui.pages.orders import OrdersPage
    from storage.queries import OrderFilter

    app = ensure_app()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        qs = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        ctx = build_context(app, data_dir, qsettings=qs, notifier=_Quiet(), language="en",
                            clock=FakeClock(datetime(2026, 11, 23, 12, tzinfo=UTC)))
        pages: list[OrdersPage] = []

        def open_page() -> None:
            page = OrdersPage(ctx)
            page.resize(1090, 760)
            page.show()
            app.processEvents()
            pages.append(page)

        def close_pages() -> None:
            while pages:
                page = pages.pop()
                page.close()
                page.deleteLater()
            app.processEvents()

        def timed(name: str, prepare, action, detail=lambda: "") -> None:
            times = []
            for i in range(runs + 1):  # the first run warms caches and is not counted
                prepare()
                t0 = time.perf_counter()
                action()
                app.processEvents()
                if i:
                    times.append((time.perf_counter() - t0) * 1000)
            results.append(Result(name, statistics.median(times), min(times), max(times),
                                  runs, 200, detail()))

        timed("Orders page: open (first 200 rows)", close_pages, open_page,
              lambda: f"{pages[-1].model.total:,} orders")
        close_pages()
        open_page()
        page = pages[0]
        for label, flt in (("status Late", OrderFilter(status="late")),
                           ("status Open", OrderFilter(status="open")),
                           ("search “logo”", OrderFilter(text="logo")),
                           ("Open + search “traduction”",
                            OrderFilter(status="open", text="traduction"))):
            timed(f"Orders page: filter {label}", lambda: page.set_filter(OrderFilter()),
                  lambda f=flt: page.set_filter(f), lambda: f"{page.model.total:,} match")
        close_pages()
        ctx.jobs.shutdown()
        ctx.store.close()
    return results

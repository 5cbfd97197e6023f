"""Child process for the start-up benchmark: open the app on a store, show the main window,
say when it is on screen, and quit. Run as `python -m benchmarks.startup DATA_DIR`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = Path(sys.argv[1])
    from PySide6.QtCore import QSettings

    from desktop.app import build_context, ensure_app
    from desktop.ui.main_window import MainWindow

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        qs = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        ctx = build_context(app, data_dir, qsettings=qs)
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        shown = time.perf_counter()
        heavy = [m for m in ("torch", "transformers") if m in sys.modules]
        print(f"shown {shown:.6f} heavy={','.join(heavy) or 'none'}", flush=True)
        window.close()
        ctx.jobs.shutdown()
        ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make screenshots`: a PNG of every page and the main dialogs, in English and French.

    python -m desktop.screenshots OUTDIR [--orders N]

Runs on a fresh demo store in a temporary folder (never the user's), offscreen unless a
display is asked for, and refuses to finish quietly when a picture comes out blank.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_context, ensure_app
from desktop.clock import FakeClock
from desktop.context import AppContext

SIZE = (1280, 800)


class QuietNotifier:
    available = True
    unavailable_reason = ""

    def notify(self, title: str, message: str) -> None:
        pass


def settle(app: QApplication, ctx: AppContext) -> None:
    """Let queued events, background jobs and their results land."""
    for _ in range(3):
        app.processEvents()
        ctx.jobs.wait(30_000)
        app.processEvents()


def is_blank(image: QImage) -> bool:
    """True when the picture is one flat colour (sampled on a grid)."""
    colours = set()
    step_x, step_y = max(image.width() // 40, 1), max(image.height() // 40, 1)
    for x in range(0, image.width(), step_x):
        for y in range(0, image.height(), step_y):
            colours.add(image.pixel(x, y))
            if len(colours) > 8:
                return False
    return True


def save(widget: QWidget, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    if is_blank(image):
        raise SystemExit(f"blank screenshot: {path}")
    image.save(str(path))
    return path


def dialog_shots(ctx: AppContext, window: QWidget) -> list[tuple[str, Callable[[], QWidget]]]:
    """The main dialogs, opened as a user would open them (not shown modally here)."""
    shots: list[tuple[str, Callable[[], QWidget]]] = []
    from desktop.ui import dialog_factories

    for name, make in dialog_factories(ctx, window):
        shots.append((name, make))
    return shots


def seed_models(models_dir: Path) -> None:
    """A tiny writing model (built from scratch, offline) and a paused partial download, so
    the Models page shows its installed and download states. Skipped outside a source tree
    (the tiny-model builder lives with the tests)."""
    try:
        from tests.unit.assistants.conftest import build_causal_lm
    except ImportError:
        return
    import json

    from assistants.downloads import MANIFEST, PARTS, STAGING_PREFIX

    build_causal_lm(models_dir / "tiny-demo-writer")
    repo, name, size = "Qwen/Qwen2.5-1.5B-Instruct", "Qwen2.5-1.5B-Instruct", 3_087_467_144
    staging = models_dir / f"{STAGING_PREFIX}{name}"
    (staging / PARTS).mkdir(parents=True)
    (staging / "config.json").write_text("{}", encoding="utf-8")
    files = [{"path": "config.json", "size": 2, "etag": None},
             {"path": "model.safetensors", "size": size, "etag": None}]
    (staging / MANIFEST).write_text(json.dumps({
        "format": 1, "repo_id": repo, "revision": "main", "name": name, "commit": "0" * 40,
        "files": files}), encoding="utf-8")
    with open(staging / PARTS / "model.safetensors", "wb") as fh:
        fh.truncate(int(size * 0.38))  # sparse: no disk used


def take(out: Path, orders: int) -> list[Path]:
    app = ensure_app()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="atelier-shots-") as tmp:
        data = Path(tmp) / "data"
        now = datetime.now(UTC).replace(microsecond=0)
        from storage.db import open_store
        from storage.demo import generate

        with open_store(data / "atelier.db") as store:
            generate(store, orders=orders, seed=1, as_of=now)
        from storage import paths

        seed_models(paths.models_dir(data))
        for lang in ("en", "fr"):
            qs = QSettings(str(Path(tmp) / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
            ctx = build_context(app, data, qsettings=qs, clock=FakeClock(now),
                                notifier=QuietNotifier(), language=lang)
            from desktop.ui.main_window import MainWindow

            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            for i, page_id in enumerate(window.pages, start=1):
                window.show_page(page_id)
                settle(app, ctx)
                written.append(save(window, out / lang / f"{i:02d}-{page_id}.png"))
            for j, (name, make) in enumerate(dialog_shots(ctx, window), start=1):
                dialog = make()
                dialog.show()
                settle(app, ctx)
                written.append(save(dialog, out / lang / f"{len(window.pages) + j:02d}-{name}.png"))
                dialog.close()
                dialog.deleteLater()
            # The Models page's lower half: downloads, installed models, settings, Try it.
            models = window.show_page("models")
            settle(app, ctx)
            models.scroll_to("downloads")
            settle(app, ctx)
            written.append(save(window, out / lang / "models-installed.png"))
            window.close()
            settle(app, ctx)
            ctx.jobs.shutdown()
            ctx.i18n.set_language("en")
            ctx.store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots")
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--orders", type=int, default=2000)
    args = parser.parse_args(argv)
    written = take(Path(args.out), args.orders)
    for path in written:
        print(path)
    print(f"{len(written)} screenshots in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

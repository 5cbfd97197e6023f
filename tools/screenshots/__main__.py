"""`make screenshots`: a PNG of every page and the main dialogs, in English and French.

    python -m tools.screenshots OUTDIR [--orders N]

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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_context, ensure_app
from desktop.clock import FakeClock
from desktop.context import AppContext
from tools.screenshots.dialogs import dialog_factories
from tools.screenshots.invoices import pdf_png, seed_documents
from tools.screenshots.translation_samples import seed_translation

SIZE = (1280, 800)
NARROW = (1024, 700)  # the narrowest width the window is made for
# The Inbox page's request in each language's shots (a logo request with a red flag).
INBOX_REQUESTS = {
    "en": "Minimalist logo for my bakery\nI need a simple logo with vector files, delivery in "
          "3 days. Budget $15. Can you send a free sample first? Contact me on WhatsApp.",
    "fr": "Logo minimaliste pour ma boulangerie\nJ'ai besoin d'un logo simple avec les fichiers "
          "vectoriels, livraison sous 3 jours. Budget 15 €. Pouvez-vous d'abord envoyer un "
          "échantillon gratuit ? Contactez-moi sur WhatsApp.",
}


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
    return dialog_factories(ctx, window)


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


def demo_work(store: Any) -> tuple[dict[str, int], dict[str, int]]:
    """The demo's latest draft and brainstorm board per language of their order's client
    ({lang: draft id}, {lang: board id}): the Drafts and Brainstorm pages open them."""
    from storage import brainstorm, drafts

    with store.session() as s:
        shown: dict[str, int] = {}
        for d in reversed(drafts.list_drafts(s)):  # oldest first: the latest one wins
            if d.order is not None:
                shown[d.order.client.language] = d.id
        boards = {b.order.client.language: b.id for b in reversed(brainstorm.list_boards(s))
                  if b.order is not None}
    return shown, boards


def translate_dialog_shots(app: QApplication, ctx: AppContext, window: Any,
                           folder: Path) -> list[Path]:
    """The Translate page's dialogs: a new project, and the question asked before exporting
    a file with untranslated segments."""
    from desktop.ui.dialogs.translation_dialogs import NewProjectDialog, UntranslatedDialog
    from storage.translation import projects as tp
    from storage.translation.export import untranslated_segments

    page = window.pages["translate"]
    written = []
    dialog: QWidget = NewProjectDialog(ctx, None, page)
    dialog.choose_files(["sintel_en.srt", "contrat-dupont.docx"])
    dialog.show()
    settle(app, ctx)
    written.append(save(dialog, folder / "translate-new-project.png"))
    dialog.close()
    dialog.deleteLater()
    if page.project is not None:
        with ctx.store.session() as s:
            file = tp.list_files(s, page.project.id)[0]
            missing = untranslated_segments(s, file.id)
            name = file.name
        dialog = UntranslatedDialog(name, missing, page)
        dialog.show()
        settle(app, ctx)
        written.append(save(dialog, folder / "translate-untranslated.png"))
        dialog.close()
        dialog.deleteLater()
    return written


def narrow_shots(app: QApplication, ctx: AppContext, window: Any, folder: Path) -> list[Path]:
    """The window at its narrowest supported width (NARROW): the order panel on an order
    awaiting requirements (the longest status), the lists (Gigs, Clients), Income, Calendar
    and the Translate page, to check that no label or column is cut."""
    from sqlalchemy import select

    from storage.tables import Order, OrderStatus

    with ctx.store.session() as s:
        awaiting = s.scalars(select(Order.id).where(
            Order.status == OrderStatus.AWAITING_REQUIREMENTS).order_by(Order.id)).first()
    window.resize(*NARROW)
    written = []
    orders = window.show_page("orders")
    if awaiting is not None:
        orders.select_order(awaiting)
    settle(app, ctx)
    written.append(save(window, folder / "narrow-orders.png"))
    for page_id in ("gigs", "clients", "income", "calendar"):
        window.show_page(page_id)
        settle(app, ctx)
        written.append(save(window, folder / f"narrow-{page_id}.png"))
    window.show_page("translate")
    settle(app, ctx)
    written.append(save(window, folder / "narrow-translate.png"))
    window.resize(*SIZE)
    settle(app, ctx)
    return written


#: The statuses whose Today and Income are captured: today-<name>.png, income-<name>.png.
STATUS_SHOTS = {"fr_micro": "france", "ma_auto": "morocco", "qc_self": "quebec"}


def status_page_shot(app: QApplication, window: Any, page_id: str, path: Path) -> Path:
    """Today, or Income on its status tab (URSSAF, DGI, GST/QST and income tax), then back to
    the tab it showed."""
    page = window.show_page(page_id)
    settle(app, window.ctx)  # the status tab shows once the page has read the store
    tabs = getattr(page, "tabs", None) if page_id == "income" else None
    shown = tabs.currentIndex() if tabs is not None else 0
    if tabs is not None and tabs.count() > 2 and tabs.isTabVisible(2):
        tabs.setCurrentIndex(2)
    settle(app, window.ctx)
    saved = save(window, path)
    if tabs is not None:
        tabs.setCurrentIndex(shown)
        settle(app, window.ctx)
    return saved


def document_shots(app: QApplication, ctx: AppContext, window: Any, made: dict[str, int],
                   folder: Path) -> list[Path]:
    """Issue 17: a draft quote's edit dialog, and the invoice and quote PDFs rendered to PNG
    (each in the language of the shot)."""
    from desktop.ui.dialogs.document_dialog import DocumentDialog

    written = []
    if made.get("draft"):
        dialog = DocumentDialog(ctx, made["draft"], window)
        dialog.show()
        settle(app, ctx)
        written.append(save(dialog, folder / "quote-dialog.png"))
        dialog.close()
        dialog.deleteLater()
    for kind in ("invoice", "quote"):
        if made.get(kind):
            written.append(pdf_png(ctx.store, made[kind], folder / f"{kind}-pdf.png"))
    return written


def open_window(app: QApplication, data: Path, ini: Path, lang: str, now: datetime) -> Any:
    """The main window on the store in `data`, in `lang`, at SIZE."""
    from desktop.ui.main_window import MainWindow

    qs = QSettings(str(ini), QSettings.Format.IniFormat)
    ctx = build_context(app, data, qsettings=qs, clock=FakeClock(now),
                        notifier=QuietNotifier(), language=lang)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    settle(app, ctx)
    return window


def close_window(app: QApplication, window: Any) -> None:
    ctx = window.ctx
    window.close()
    settle(app, ctx)
    ctx.jobs.shutdown()
    ctx.i18n.set_language("en")
    ctx.store.close()


def setup_shots(app: QApplication, tmp: Path, now: datetime, out: Path) -> list[Path]:
    """The first-run set-up, as a fresh store opens on it, then walked through with the
    Moroccan status chosen and the demo's identity typed: one picture per page, per language.
    Nothing is saved (Finish is never pressed)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWizard

    from storage.db import open_store
    from storage.demo import identity

    data = tmp / "fresh"
    with open_store(data / "atelier.db"):
        pass
    written = []
    for lang in ("en", "fr"):
        window = open_window(app, data, tmp / f"settings-fresh-{lang}.ini", lang, now)
        wizard = window.findChild(QWizard)
        if wizard is None or not wizard.isVisible():
            raise SystemExit("a fresh store did not open on the set-up")
        folder = out / lang
        written.append(save(wizard, folder / "setup-1-start.png"))
        radios = getattr(getattr(wizard, "status_page", None), "radios", {})
        if "ma_auto" in radios:
            radios["ma_auto"].setChecked(True)
            settle(app, window.ctx)
            written.append(save(wizard, folder / "setup-2-status.png"))
        typed = identity("ma_auto")
        for step, name in ((3, "money"), (4, "platforms"), (5, "identity"), (6, "summary")):
            wizard.next()
            settle(app, window.ctx)
            page = wizard.currentPage()
            if name == "platforms":  # the first three platforms ticked (ComeUp, Direct, Fiverr)
                for tick in list(getattr(page, "ticks", {}).values())[:3]:
                    tick.setChecked(True)
                settle(app, window.ctx)
            if name == "identity":
                for key, field in getattr(page, "fields", {}).items():
                    widget = getattr(field, "widget", None)
                    if key in typed and isinstance(widget, QLineEdit):
                        widget.setText(typed[key])
                    elif key in typed and isinstance(widget, QPlainTextEdit):
                        widget.setPlainText(typed[key])
                settle(app, window.ctx)
            written.append(save(wizard, folder / f"setup-{step}-{name}.png"))
        wizard.reject()
        close_window(app, window)
    return written


def status_shots(app: QApplication, tmp: Path, now: datetime, out: Path) -> list[Path]:
    """Today and Income of the Moroccan and Québec demos (the French ones are taken with the
    other pages), in both languages: today-morocco.png, income-quebec.png…"""
    from storage.db import open_store
    from storage.demo import default_orders, generate

    written = []
    for status, name in STATUS_SHOTS.items():
        if status == "fr_micro":
            continue
        data = tmp / status
        with open_store(data / "atelier.db") as store:
            generate(store, orders=default_orders(status), seed=1, as_of=now, status=status)
        for lang in ("en", "fr"):
            window = open_window(app, data, tmp / f"settings-{status}-{lang}.ini", lang, now)
            for page_id in ("today", "income"):
                written.append(status_page_shot(app, window, page_id,
                                                out / lang / f"{page_id}-{name}.png"))
            close_window(app, window)
    return written


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
        with open_store(data / "atelier.db") as store:
            seeded, boards = demo_work(store)
            translation = seed_translation(store, now)
            documents = seed_documents(store, now)
            from tools.screenshots.engines import engines_shot, seed_engines

            seed_engines(store, now)  # Settings › Engines and the log of what was sent
        for lang in ("en", "fr"):
            qs = QSettings(str(Path(tmp) / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
            ctx = build_context(app, data, qsettings=qs, clock=FakeClock(now),
                                notifier=QuietNotifier(), language=lang)
            from desktop.ui.main_window import MainWindow

            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            for i, page_id in enumerate(window.pages, start=1):
                page = window.show_page(page_id)
                if page_id == "draft" and lang in seeded:
                    page.open_draft(seeded[lang])
                if page_id == "brainstorm" and lang in boards:
                    page.open_board(boards[lang])
                if page_id == "translate":
                    settle(app, ctx)
                    page.open_project(translation[0])
                    settle(app, ctx)
                    page.select_segment(translation[1])
                if page_id == "invoices" and documents[lang].get("invoice"):
                    page.select_id(documents[lang]["invoice"])
                if page_id == "inbox":  # a request kept, matched, with a red flag
                    page.request_edit.setPlainText(INBOX_REQUESTS[lang])
                    page.keep()
                    settle(app, ctx)
                    page.run_match()
                settle(app, ctx)
                written.append(save(window, out / lang / f"{i:02d}-{page_id}.png"))
                if page_id in ("today", "income"):  # the French status's, beside the others
                    written.append(status_page_shot(app, window, page_id,
                                                    out / lang / f"{page_id}-france.png"))
            for j, (name, make) in enumerate(dialog_shots(ctx, window), start=1):
                dialog = make()
                dialog.show()
                settle(app, ctx)
                written.append(save(dialog, out / lang / f"{len(window.pages) + j:02d}-{name}.png"))
                dialog.close()
                dialog.deleteLater()
            written.extend(document_shots(app, ctx, window, documents[lang], out / lang))
            from tools.screenshots.inbox import inbox_shots  # proposal, its draft, a plan

            written.extend(inbox_shots(app, ctx, window, out / lang, settle, save))
            # The Models page's lower half: downloads, installed models, settings, Try it.
            models = window.show_page("models")
            settle(app, ctx)
            models.scroll_to("downloads")
            settle(app, ctx)
            written.append(save(window, out / lang / "models-installed.png"))
            written.append(engines_shot(app, window, out / lang / "settings-engines.png",
                                        settle, save))
            from tools.screenshots.engines import draft_server_shot  # a draft from a server

            shot = draft_server_shot(app, window, out / lang / "drafts-server.png", settle, save)
            written.extend([shot] if shot is not None else [])
            written.extend(translate_dialog_shots(app, ctx, window, out / lang))
            written.extend(narrow_shots(app, ctx, window, out / lang))
            window.close()
            settle(app, ctx)
            ctx.jobs.shutdown()
            ctx.i18n.set_language("en")
            ctx.store.close()
        written.extend(setup_shots(app, Path(tmp), now, out))
        written.extend(status_shots(app, Path(tmp), now, out))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
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

"""Settings › Engines for the screenshots: an Ollama server on the home network and a vLLM
server with a self-signed certificate, and a few lines of the log of what was sent (no key:
the screenshots never touch the keyring)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from storage.db import Store


def seed_engines(store: Store, now: datetime) -> None:
    from storage import engines
    from storage.privacy import record_sent

    with store.transaction() as s:
        home = engines.add_engine(s, "home", "http://192.168.1.20:11434", timeout_s=120,
                                  context_tokens=16384)
        engines.add_engine(s, "agency-gpu", "https://gpu.agency.lan:8000", timeout_s=60,
                           pinned_sha256="3f" * 32)
        for hours, task, chars in ((2, "draft", 1843), (5, "rewrite", 962),
                                   (26, "translate", 12480), (50, "brainstorm", 415)):
            record_sent(s, task=task, engine=home, model="qwen2.5:14b-instruct",
                        characters=chars, at=now - timedelta(hours=hours))


def engines_shot(app: Any, window: Any, path: Path, settle: Any, save: Any) -> Path:
    """The Settings page on its Engines tab."""
    page = window.show_page("settings")
    settle(app, window.ctx)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    settle(app, window.ctx)
    shot = save(window, path)
    page.tabs.setCurrentIndex(0)
    return shot


#: What the loopback server answers for the Draft page's shot, in the page's language.
SERVER_MODEL = "qwen2.5:14b-instruct"
REPLIES = {
    "en": "Hello,\n\nThank you for your order. I have read your brief and started on it today. "
          "You will get a first version within two days, so that we can adjust the details "
          "together before the final delivery. If anything is missing from the brief, just "
          "reply to this message.\n\nBest regards",
    "fr": "Bonjour,\n\nMerci pour votre commande. J’ai bien lu votre brief et je m’y mets dès "
          "aujourd’hui. Vous recevrez une première version d’ici deux jours, pour que nous "
          "ajustions les détails ensemble avant la livraison finale. S’il manque quelque chose "
          "dans le brief, répondez simplement à ce message.\n\nBien cordialement",
}


def _open_order(store: Store, lang: str) -> int | None:
    """An order in progress with a brief, of a client not kept on this computer (one who
    speaks ``lang`` when there is one)."""
    from sqlalchemy import select

    from storage.tables import Client, Order, OrderStatus

    with store.session() as s:
        store_rows = s.execute(
            select(Order.id, Client.language).join(Client, Order.client_id == Client.id)
            .where(Order.status == OrderStatus.IN_PROGRESS, Order.brief != "",
                   ~Client.keep_local).order_by(Order.id)).all()
    rows = [r for r in store_rows if (r.language or "").startswith(lang)] or store_rows
    return rows[0][0] if rows else None


def draft_server_shot(app: Any, window: Any, path: Path, settle: Any,
                      save: Any) -> Path | None:
    """drafts-server.png: the Draft page with a draft streamed from an inference server (the
    tests' loopback OpenAI-compatible server standing in for the engine "home"), the page
    naming the engine and model that wrote it. The engine's address and the route are put
    back afterwards."""
    from desktop.changes import Changed
    from storage import engines
    from tests.openai_server import OpenAIServer

    ctx = window.ctx
    lang = ctx.i18n.language
    order_id = _open_order(ctx.store, lang)
    if order_id is None:
        return None
    words = REPLIES.get(lang, REPLIES["en"]).split(" ")
    chunks = tuple(w if i == 0 else " " + w for i, w in enumerate(words))
    with ctx.store.session() as s:
        address = engines.get_engine(s, "home").base_url

    def route(url: str, engine: str | None) -> None:
        def write(s: Any) -> None:
            engines.get_engine(s, "home").base_url = url
            engines.set_route(s, "draft", engine, SERVER_MODEL if engine else "")
        ctx.write(Changed.SETTINGS, write)  # the Draft page shows where it writes

    with OpenAIServer(models=(SERVER_MODEL,), chunks=chunks) as server:
        route(engines.normalise_base_url(server.url), "home")
        try:
            page = window.show_page("draft")
            settle(app, ctx)
            page.open_for_order(order_id)
            settle(app, ctx)
            page.generate()
            settle(app, ctx)
            shot = save(window, path)
        finally:
            route(address, None)
            settle(app, ctx)
    return shot

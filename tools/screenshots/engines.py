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

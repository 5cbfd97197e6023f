"""The inference servers the person added (Settings › Engines, ``atelier engines``) and which
task goes where: one home for both the page and the CLI.

An engine is a name, a normalised ``…/v1`` address, its kind (``openai``, or ``ollama``, whose
native API sets the context size), a timeout, and how its certificate is trusted (a CA file,
or the fingerprint of a self-signed certificate the person accepted). Its API key lives in the
keyring only (``assistants.secrets``); the store keeps whether there is one.

Routing: each task (``TASKS``) runs locally unless a setting names an engine and a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import EngineRow, Setting

#: The tasks that may run on a server; the keys of their routes in settings.
TASKS = ("draft", "rewrite", "brainstorm", "translate", "embed")
KINDS = ("openai", "ollama")
#: The servers people run, and the port each listens on by default.
PRESETS: dict[str, tuple[str, int]] = {
    "ollama": ("ollama", 11434),
    "lmstudio": ("openai", 1234),
    "jan": ("openai", 1337),
    "llamacpp": ("openai", 8080),
    "vllm": ("openai", 8000),
}
_NAME = re.compile(r"[\w][\w.\-]{0,59}")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?")
_IPV6 = re.compile(r"[0-9A-Fa-f:.]+")


@dataclass(frozen=True)
class Route:
    engine: str  # the engine's name
    model: str


def route_key(task: str) -> str:
    return f"engine_route_{task}"


def model_key(task: str) -> str:
    return f"engine_model_{task}"


def normalise_base_url(url: str) -> str:
    """``http(s)://host[:port][/path]/v1``; a scheme-less ``host:port`` is taken as http.

    Raises ``ValidationError("url", …)`` for what cannot be a server address (another scheme,
    no host, credentials, a query or a fragment, a port out of range).
    """
    text = (url or "").strip()
    if not text:
        raise ValidationError("url", Phrase(
            "Type the server's address, for example http://127.0.0.1:11434."))
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise ValidationError("url", Phrase(
            "“{url}” is not a server address: it must start with http:// or https://.",
            url=url.strip()))
    try:
        port = parts.port
    except ValueError:
        raise ValidationError("url", Phrase(
            "“{url}” has a port that is not a number between 1 and 65535.",
            url=url.strip())) from None
    if not parts.hostname or parts.username or parts.password or parts.query or parts.fragment:
        raise ValidationError("url", Phrase(
            "“{url}” is not a server address: give only the scheme, the host, the port and a "
            "path, for example http://127.0.0.1:8080.", url=url.strip()))
    host = parts.hostname
    labels = host.removesuffix(".").split(".")
    if not (all(_LABEL.fullmatch(x) for x in labels) or (":" in host and _IPV6.fullmatch(host))
            ) or (
            any(c.isspace() or not c.isprintable() for c in parts.path)):
        raise ValidationError("url", Phrase(
            "“{url}” is not a server address: a host name is letters, digits, dots and "
            "dashes, for example 127.0.0.1 or gpu.example.com.", url=url.strip()))
    if ":" in host:  # IPv6
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    path = parts.path.rstrip("/")
    if not path.endswith("/v1"):
        path += "/v1"
    return f"{parts.scheme}://{netloc}{path}"


def guess_kind(base_url: str) -> str:
    """``ollama`` for Ollama's default port, else ``openai``."""
    return "ollama" if urlsplit(base_url).port == PRESETS["ollama"][1] else "openai"


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not _NAME.fullmatch(name):
        raise ValidationError("name", Phrase(
            "“{name}” cannot name an engine: use letters, digits, dots, dashes or underscores "
            "(60 characters at most).", name=name))
    return name


def list_engines(s: Session) -> list[EngineRow]:
    return list(s.scalars(select(EngineRow).order_by(EngineRow.name)))


def find_engine(s: Session, name: str) -> EngineRow | None:
    return s.scalar(select(EngineRow).where(EngineRow.name == name))


def get_engine(s: Session, name: str) -> EngineRow:
    row = find_engine(s, name)
    if row is None:
        known = ", ".join(e.name for e in list_engines(s))
        raise ValidationError("engine", Phrase(
            "There is no engine named “{name}” (engines: {known}).", name=name,
            known=known or Phrase("none yet")))
    return row


def _checked(s: Session, url: str, *, kind: str | None, timeout_s: int,
             context_tokens: int, pinned_sha256: str, other_than: str | None = None
             ) -> tuple[str, str, str]:
    """The normalised address, the kind and the fingerprint, every value checked; an address
    another engine has already is refused (one server, one engine)."""
    base_url = normalise_base_url(url)
    kind = kind or guess_kind(base_url)
    if kind not in KINDS:
        raise ValidationError("kind", Phrase("“{kind}” is not a kind of engine ({kinds}).",
                                             kind=kind, kinds=", ".join(KINDS)))
    if not 1 <= int(timeout_s) <= 3600:
        raise ValidationError("timeout", Phrase(
            "The timeout must be between 1 and 3600 seconds."))
    if not 512 <= int(context_tokens) <= 1_048_576:
        raise ValidationError("context", Phrase(
            "The context size must be between 512 and 1,048,576 tokens."))
    pinned = (pinned_sha256 or "").strip().lower().replace(":", "")
    if pinned and not re.fullmatch(r"[0-9a-f]{64}", pinned):
        raise ValidationError("certificate", Phrase(
            "The certificate fingerprint must be 64 hexadecimal digits (SHA-256)."))
    same = s.scalar(select(EngineRow).where(EngineRow.base_url == base_url,
                                            EngineRow.name != (other_than or "")))
    if same is not None:
        raise ValidationError("url", Phrase(
            "The engine “{name}” has this address already ({url}): edit it rather than add "
            "it twice.", name=same.name, url=base_url))
    return base_url, kind, pinned


def add_engine(s: Session, name: str, url: str, *, kind: str | None = None,
               timeout_s: int = 60, ca_file: str = "", pinned_sha256: str = "",
               context_tokens: int = 8192, has_key: bool = False) -> EngineRow:
    """A new engine; every value is checked before anything is written. The same server
    (the same normalised address) is refused under a second name."""
    name = check_name(name)
    base_url = normalise_base_url(url)
    if find_engine(s, name) is not None:
        raise ValidationError("name", Phrase("An engine named “{name}” already exists.",
                                             name=name))
    base_url, kind, pinned = _checked(s, base_url, kind=kind, timeout_s=timeout_s,
                                      context_tokens=context_tokens,
                                      pinned_sha256=pinned_sha256)
    row = EngineRow(name=name, base_url=base_url, kind=kind, timeout_s=int(timeout_s),
                    ca_file=ca_file or "", pinned_sha256=pinned,
                    context_tokens=int(context_tokens), has_key=has_key)
    s.add(row)
    s.flush()
    return row


def update_engine(s: Session, name: str, url: str, *, kind: str | None = None,
                  timeout_s: int = 60, ca_file: str = "", pinned_sha256: str = "",
                  context_tokens: int = 8192) -> EngineRow:
    """Change an engine's address, kind, timeout, context size and certificate trust (its
    name, routes and sent log stay); checked as ``add_engine`` checks a new one."""
    row = get_engine(s, name)
    base_url, kind, pinned = _checked(s, url, kind=kind, timeout_s=timeout_s,
                                      context_tokens=context_tokens,
                                      pinned_sha256=pinned_sha256, other_than=row.name)
    row.base_url, row.kind, row.timeout_s = base_url, kind, int(timeout_s)
    row.ca_file, row.pinned_sha256, row.context_tokens = ca_file or "", pinned, \
        int(context_tokens)
    s.flush()
    return row


def remove_engine(s: Session, name: str) -> None:
    """Remove the engine and the routes that sent tasks to it (they run locally again)."""
    row = get_engine(s, name)
    for task in TASKS:
        if settings.get(s, route_key(task)) == row.name:
            s.execute(delete(Setting).where(Setting.key.in_((route_key(task),
                                                              model_key(task)))))
    s.delete(row)


def set_route(s: Session, task: str, engine: str | None, model: str = "") -> None:
    """Send ``task`` to ``engine`` with ``model``; ``None``: run it locally."""
    if task not in TASKS:
        raise ValidationError("task", Phrase("“{task}” is not a task ({tasks}).", task=task,
                                             tasks=", ".join(TASKS)))
    if engine is None:
        s.execute(delete(Setting).where(Setting.key.in_((route_key(task), model_key(task)))))
        return
    row = get_engine(s, engine)
    model = (model or "").strip()
    if not model:
        raise ValidationError("model", Phrase(
            "Choose the model the engine “{engine}” runs for this task.", engine=row.name))
    settings.put(s, route_key(task), row.name)
    settings.put(s, model_key(task), model[:200])


def route(s: Session, task: str) -> Route | None:
    """Where ``task`` runs: an engine and model, or None for the local model."""
    name = settings.get(s, route_key(task)) if task in TASKS else ""
    if not name or find_engine(s, name) is None:
        return None
    return Route(name, settings.get(s, model_key(task)))

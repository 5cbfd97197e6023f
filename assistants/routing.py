"""Where a task runs: the local model, or an inference server (one home for the pages and the
CLI).

::

    remote = routing.choose(s, "draft", order_id=order.id)       # None: the local model
    stream = routing.open_stream(store, remote, messages, api_key=key, now=now)

``choose`` reads the task's route (``storage.engines.route``; the CLI's ``--engine`` and
``--model`` override it) and asks ``storage.privacy.check_may_send`` first: the work of a
client kept on this computer raises ``storage.privacy.KeptLocal`` (naming the client) before
anything is built. ``open_stream``, ``RemoteEmbedder`` and ``llm_translator`` ask again inside
the transaction that writes the sent log's line (date, task, engine, characters; never the
content), right before the request leaves: a client marked "keep on this computer" meanwhile
is still refused, and nothing is sent.

The API key comes from the keyring (``engine_key``) and is only ever handed to
``assistants.remote``, which sends it in the ``Authorization`` header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from assistants import remote as rm
from assistants.errors import AssistantError
from storage import engines, privacy
from storage.errors import ValidationError
from storage.phrases import Phrase

WORK_KEYS = ("client_id", "order_id", "draft_id", "board_id", "project_id")


class ServerUnavailable(AssistantError):
    """The server routed to could not answer (refused, unreachable, an error status, cut):
    the page offers the local model (``offer_local``) for the same work."""

    def __init__(self, error: rm.RemoteError, engine: str) -> None:
        super().__init__(Phrase("{error} You can use the local model for this instead.",
                                error=error.message))
        self.error = error
        self.engine = engine
        self.status = error.status
        self.offer_local = True


@dataclass(frozen=True)
class Remote:
    """A task sent to a server: the engine (read from the store), the server's model and the
    work it belongs to (the ids the privacy gate checks again before each request)."""

    task: str
    engine: rm.Engine
    model: str
    work: tuple[tuple[str, int], ...] = ()
    has_key: bool = False

    @property
    def label(self) -> str:
        """``<engine>/<model>``: how the work done there is named (embeddings, segments)."""
        return f"{self.engine.name}/{self.model}"

    def ids(self) -> dict[str, int]:
        return dict(self.work)


def choose(s: Any, task: str, *, engine: str | None = None, model: str | None = None,
           **work: int | None) -> Remote | None:
    """Where ``task`` runs for this work: None for the local model, else a ``Remote``.

    ``engine``: an engine's name that overrides the route (the CLI's ``--engine``), with
    ``model`` the server's model (the route's model when not given). Raises ``KeptLocal``
    when the work belongs to a client kept on this computer, ``ValidationError`` for an
    unknown engine or a missing model.
    """
    unknown = set(work) - set(WORK_KEYS)
    if unknown:
        raise TypeError(f"unknown work ids: {sorted(unknown)}")
    if task not in engines.TASKS:
        raise ValidationError("task", Phrase("“{task}” is not a task ({tasks}).", task=task,
                                             tasks=", ".join(engines.TASKS)))
    if engine is None:
        route = engines.route(s, task)
        if route is None:
            return None
        engine, model = route.engine, model or route.model
    row = engines.get_engine(s, engine)
    model = (model or "").strip()
    if not model:
        raise ValidationError("model", Phrase(
            "Name the model the engine “{engine}” runs (--model).", engine=row.name))
    ids = {k: v for k, v in work.items() if v is not None}
    privacy.check_may_send(s, row.name, **ids)
    return Remote(task, rm.Engine.of(row), model, tuple(sorted(ids.items())),
                  bool(row.has_key))


def kept_local(s: Any, task: str, **work: int | None) -> privacy.KeptLocal | None:
    """The refusal the work would meet when ``task`` is routed to a server (to grey a control
    and say why), or None: local route, or the client may be sent to it."""
    try:
        choose(s, task, **work)
    except privacy.KeptLocal as exc:
        return exc
    except ValidationError:
        return None
    return None


def record(store: Any, remote: Remote, characters: int, now: datetime) -> None:
    """The gate, asked again, and the sent log's line, in one write transaction: call it right
    before a request leaves. Raises ``KeptLocal`` (nothing is recorded, nothing may be sent)."""
    with store.transaction() as s:
        privacy.check_may_send(s, remote.engine.name, **remote.ids())
        row = engines.get_engine(s, remote.engine.name)
        privacy.record_sent(s, task=remote.task, engine=row, model=remote.model,
                            characters=characters, at=now)


def engine_key(name: str) -> str | None:
    """The engine's API key from the keyring (None: none saved, or no keyring)."""
    from assistants.secrets import get_engine_key

    return get_engine_key(name)


def message_characters(messages: Sequence[Any]) -> int:
    return sum(len(str(m.get("content", ""))) for m in messages)


def open_stream(store: Any, remote: Remote, messages: Sequence[Any], *,
                api_key: str | None, now: datetime, **options: Any) -> rm.RemoteStream:
    """The server's answer to ``messages`` as an ``assistants.remote.RemoteStream`` (not
    started: the request leaves on the first ``next``), after the gate and the sent log.
    ``options``: ``max_new_tokens``, ``temperature``, ``top_p``, ``seed``, ``cancel``,
    ``timeout_s``."""
    messages = [{"role": str(m.get("role", "user")), "content": str(m.get("content", ""))}
                for m in messages]
    record(store, remote, message_characters(messages), now)
    return rm.RemoteStream(remote.engine, remote.model, messages, api_key=api_key, **options)


# --------------------------------------------------------------------------- embeddings


def withheld_passages(s: Any) -> set[str]:
    """The text hashes of the matching index's passages that belong to clients kept on this
    computer (their orders and deliverables): never sent to an embedding server."""
    from sqlalchemy import select

    from storage.tables import Client, Deliverable, MatchPassage, Order

    kept = select(Order.id).join(Client, Order.client_id == Client.id).where(Client.keep_local)
    orders = select(MatchPassage.text_hash).where(MatchPassage.source == "order",
                                                  MatchPassage.source_id.in_(kept))
    delivered = select(MatchPassage.text_hash).where(
        MatchPassage.source == "deliverable",
        MatchPassage.source_id.in_(select(Deliverable.id).where(Deliverable.order_id.in_(kept))))
    return set(s.scalars(orders)) | set(s.scalars(delivered))


@dataclass
class RemoteEmbedder:
    """A ``storage.matching.Embedder`` on ``POST /v1/embeddings``, named ``<engine>/<model>``.

    Each call passes the gate and writes the sent log's line first. A passage of a client kept
    on this computer (its text hash among ``withheld_passages``, read again at each call: the
    index may have been refreshed since) is never sent: it gets a row of zeros, which
    ``storage.match_index.embed_missing`` does not store (the passage is found by its words
    only, and embedded once its client is no longer kept on this computer)."""

    store: Any
    remote: Remote
    api_key: str | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    withheld: set[str] = field(default_factory=set)
    dims: int | None = None

    @property
    def name(self) -> str:
        return self.remote.label

    def __call__(self, texts: Sequence[str], role: str = "passage", **_: Any) -> Any:
        import numpy as np

        from storage.match_index import text_hash

        texts = [str(t) for t in texts]
        with self.store.session() as s:
            withheld = self.withheld | withheld_passages(s)
        send = [i for i, t in enumerate(texts) if text_hash(t) not in withheld]
        vectors = self._embed([texts[i] for i in send]) if send else None
        if vectors is not None:
            self.dims = int(vectors.shape[1])
        out = np.zeros((len(texts), self.dims or 0), dtype=np.float32)
        if vectors is not None:
            out[send] = vectors
        return out

    def _embed(self, texts: list[str]) -> Any:
        record(self.store, self.remote, sum(len(t) for t in texts), self.now())
        return rm.embed(self.remote.engine, self.remote.model, texts, self.api_key)


def remote_embedder(store: Any, remote: Remote, api_key: str | None, *,
                    now: Callable[[], datetime] | None = None) -> RemoteEmbedder:
    embedder = RemoteEmbedder(store, remote, api_key)
    if now is not None:
        embedder.now = now
    return embedder


# --------------------------------------------------------------------------- pre-translation

_LINE = re.compile(r"\s+")


def translation_messages(text: str, *, source_lang: str, target_lang: str,
                         before: str = "", after: str = "",
                         terms: Sequence[tuple[str, str]] = ()) -> list[dict[str, str]]:
    """The chat messages that ask a server to translate one segment: the glossary's terms found
    in it and the neighbouring segments as context (not to be translated)."""
    system = (f"You are a professional translator. Translate the text the user gives from "
              f"{source_lang} into {target_lang}. Answer with the translation only: no "
              f"quotes, no notes, no explanation. Keep numbers, names, URLs and markup as they "
              f"are.")
    parts = []
    if terms:
        parts.append("Glossary (use these translations):\n" + "\n".join(
            f"- {src} → {tgt}" for src, tgt in terms))
    if before:
        parts.append(f"Previous segment (context only, do not translate): {before}")
    if after:
        parts.append(f"Next segment (context only, do not translate): {after}")
    parts.append(f"Text to translate:\n{text}")
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n\n".join(parts)}]


def _short(text: str, limit: int = 400) -> str:
    text = _LINE.sub(" ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def llm_translator(store: Any, remote: Remote, api_key: str | None, *, source_lang: str,
                   target_lang: str, project_id: int | None = None, cancel: Any = None,
                   max_new_tokens: int = 1024, now: Callable[[], datetime] | None = None,
                   ) -> Callable[[list[str]], list[str]]:
    """A ``translate(texts) -> list[str]`` for ``storage.translation.pretranslate``: each
    segment is asked of the server on its own, with the glossary's terms it holds and its
    neighbouring segments as context (the project's, in file order, when ``project_id`` is
    given: run ``pretranslate`` with ``chunk_size=1`` so each answer is saved at once and a
    stop resumes at the next segment; else its neighbours in the chunk). Stop (``cancel``)
    closes the current request at once."""
    from storage.translation.glossary import Glossary

    with store.session() as s:
        glossary = Glossary.load(s, source_lang, target_lang)
        context = _neighbours(s, project_id) if project_id is not None else {}
    clock = now or (lambda: datetime.now().astimezone())

    def translate(texts: list[str]) -> list[str]:
        out: list[str] = []
        for i, text in enumerate(texts):
            if cancel is not None and cancel.is_set():
                raise rm.RemoteError(Phrase("The pre-translation was stopped."))
            seen: dict[str, str] = {}
            for hit in glossary.hits(text):
                seen.setdefault(hit.term.source, hit.term.target)
            before, after = context.get(text, (
                texts[i - 1] if i > 0 else "", texts[i + 1] if i + 1 < len(texts) else ""))
            messages = translation_messages(
                text, source_lang=source_lang, target_lang=target_lang,
                before=_short(before), after=_short(after), terms=list(seen.items()))
            options: dict[str, Any] = {"max_new_tokens": max_new_tokens, "temperature": 0.0}
            if cancel is not None:
                options["cancel"] = cancel
            stream = open_stream(store, remote, messages, api_key=api_key, now=clock(),
                                 **options)
            with stream:
                for _chunk in stream:
                    pass
            if cancel is not None and cancel.is_set():
                raise rm.RemoteError(Phrase("The pre-translation was stopped."))
            out.append(stream.text.strip())
        return out

    return translate


def _neighbours(s: Any, project_id: int) -> dict[str, tuple[str, str]]:
    """Each segment's text as the translator gets it (placeholders out) → the texts of the
    segments before and after it in the same file."""
    from sqlalchemy import select

    from storage.tables import TranslationFile, TranslationSegment
    from storage.translation.pretranslate import protect

    rows = s.execute(select(TranslationSegment.file_id, TranslationSegment.source)
                     .join(TranslationFile, TranslationSegment.file_id == TranslationFile.id)
                     .where(TranslationFile.project_id == project_id)
                     .order_by(TranslationSegment.file_id, TranslationSegment.position)).all()
    texts = [(file_id, protect(source).text) for file_id, source in rows]
    out: dict[str, tuple[str, str]] = {}
    for i, (file_id, text) in enumerate(texts):
        before = texts[i - 1][1] if i > 0 and texts[i - 1][0] == file_id else ""
        after = texts[i + 1][1] if i + 1 < len(texts) and texts[i + 1][0] == file_id else ""
        out.setdefault(text, (before, after))
    return out

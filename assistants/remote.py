"""Inference servers that speak the OpenAI-compatible API: Ollama, LM Studio, Jan, llama.cpp's
server, vLLM. No Qt, no torch: the standard library's ``http.client`` only, so that Stop can
close the connection at once and nothing waits on a library's retry loop.

- ``storage.engines.normalise_base_url`` turns what a person types (``localhost:11434``,
  ``http://h:8080/``) into the ``…/v1`` base every request starts from; ``Engine.of`` makes
  the client's engine from the store's row.
- ``list_models`` reads ``GET /v1/models``.
- ``RemoteStream`` streams ``POST /v1/chat/completions`` (``stream: true``, server-sent events
  to ``[DONE]``) as the same iterator of text chunks with ``GenerationStats`` as local
  generation (``assistants.generation.TextStream``): ``text``, ``stats``, ``close()``, a
  ``cancel`` event, a per-chunk timeout. Reasoning (``reasoning_content``, ``reasoning``,
  inline ``<think>…</think>``) goes to ``reasoning``, never into the answer. On Ollama the
  request goes to its native ``/api/chat`` with ``options.num_ctx`` set, since its ``/v1``
  endpoint silently cuts prompts at its default context.
- ``embed`` reads ``POST /v1/embeddings`` (rows normalised to length 1).

Every failure is a ``RemoteError`` whose message names the server and says what to do.
The API key is passed in by the caller (it lives in the keyring, never in the store, the
settings or a log) and sent only in the ``Authorization`` header.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import json
import queue
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from assistants.errors import AssistantError
from assistants.generation import GenerationStats
from storage.cleantext import clean_text
from storage.phrases import Phrase

Message = Mapping[str, str]
EngineKind = Literal["openai", "ollama"]

MAX_ERROR_BODY = 4_000  # bytes of an error answer read for its message
MAX_LINE = 1 << 20  # one server-sent event line; a longer one is a broken server
MAX_LIST_BODY = 4 << 20


class RemoteError(AssistantError):
    """A server could not be used: refused, unreachable, an error status, a broken answer."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Engine:
    """A server as the person added it. ``base_url`` ends with ``/v1`` (normalised)."""

    name: str
    base_url: str
    kind: EngineKind = "openai"
    timeout_s: float = 60.0
    ca_file: str | None = None  # a custom CA certificate (PEM) to trust
    # sha256 of a self-signed certificate the person chose to accept (hex); only it is accepted
    pinned_sha256: str | None = None
    context_tokens: int = 8192  # Ollama: num_ctx, so prompts are not cut at its default

    @classmethod
    def of(cls, row: Any) -> Engine:
        """The engine of a ``storage.tables.EngineRow`` (read in any thread, used in another)."""
        return cls(row.name, row.base_url, row.kind, float(row.timeout_s), row.ca_file or None,
                   row.pinned_sha256 or None, row.context_tokens)


def certificate_sha256(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def fetch_certificate(base_url: str, timeout_s: float = 10.0) -> tuple[str, bytes]:
    """The certificate an https server presents, unverified: (sha256 hex, DER), so the
    person can read its fingerprint and choose to accept it."""
    parts = urlsplit(base_url)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout_s) as raw, \
                context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
            der = tls.getpeercert(binary_form=True) or b""
    except OSError as e:
        raise _connection_error(base_url, e) from e
    return certificate_sha256(der), der


# --------------------------------------------------------------------------- HTTP


def _context(engine: Engine) -> ssl.SSLContext:
    if engine.pinned_sha256:
        # The person accepted this very certificate: verification by its fingerprint, after
        # the handshake (_connect), instead of by a CA.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if engine.ca_file:
        try:
            return ssl.create_default_context(cafile=engine.ca_file)
        except (OSError, ssl.SSLError) as e:
            raise RemoteError(Phrase("The CA certificate {file} cannot be used: {error}.",
                                     file=engine.ca_file, error=getattr(e, "strerror", None)
                                     or e)) from e
    return ssl.create_default_context()


def _connect(engine: Engine, timeout_s: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(engine.base_url)
    if parts.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=timeout_s, context=_context(engine))
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout_s)
    try:
        conn.connect()
    except (OSError, ssl.SSLError) as e:
        conn.close()
        raise _connection_error(engine.base_url, e) from e
    if engine.pinned_sha256 and isinstance(conn.sock, ssl.SSLSocket):
        der = conn.sock.getpeercert(binary_form=True) or b""
        if certificate_sha256(der) != engine.pinned_sha256.lower():
            conn.close()
            raise RemoteError(Phrase(
                "The server at {url} now presents another certificate than the one you "
                "accepted: nothing was sent. Check the server, then accept its new "
                "certificate in Settings › Engines if you trust it.", url=engine.base_url))
    return conn, parts.path.rstrip("/")


def _connection_error(url: str, e: BaseException) -> RemoteError:
    if isinstance(e, ssl.SSLCertVerificationError):
        return RemoteError(Phrase(
            "The certificate of {url} is not trusted ({error}). If it is your own server's "
            "self-signed certificate, accept it or give its CA certificate in "
            "Settings › Engines.", url=url, error=e.verify_message or e.reason or e))
    if isinstance(e, ConnectionRefusedError):
        return RemoteError(Phrase("Nothing answers at {url}: is the server running, and on "
                                  "this port?", url=url))
    if isinstance(e, (TimeoutError, socket.timeout)):
        return RemoteError(Phrase("{url} did not answer in time.", url=url))
    if isinstance(e, socket.gaierror):
        return RemoteError(Phrase("The server name in {url} cannot be found.", url=url))
    return RemoteError(Phrase("{url} cannot be reached: {error}.", url=url,
                              error=getattr(e, "strerror", None) or e))


def _headers(api_key: str | None, body: bool) -> dict[str, str]:
    headers = {"Accept": "application/json, text/event-stream", "User-Agent": "Atelier"}
    if body:
        headers["Content-Type"] = "application/json"
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    return headers


def _status_error(engine: Engine, status: int, body: bytes, model: str | None) -> RemoteError:
    detail = _error_detail(body)
    url = engine.base_url
    if status in (401, 403):
        return RemoteError(Phrase("{url} refused the request ({status}): check the API key of "
                                  "the engine “{engine}”.", url=url, status=status,
                                  engine=engine.name), status=status)
    if status == 404:
        if model:
            return RemoteError(Phrase("{url} has no model “{model}” ({detail}). Choose one of "
                                      "the models its test lists.", url=url, model=model,
                                      detail=detail or "404"), status=status)
        return RemoteError(Phrase("{url} does not answer like an OpenAI-compatible server "
                                  "(404): check the address.", url=url), status=status)
    if status == 429:
        return RemoteError(Phrase("{url} is busy (too many requests): try again in a moment.",
                                  url=url), status=status)
    if status >= 500:
        return RemoteError(Phrase("{url} failed ({status}): {detail}", url=url, status=status,
                                  detail=detail or Phrase("no detail")), status=status)
    return RemoteError(Phrase("{url} refused the request ({status}): {detail}", url=url,
                              status=status, detail=detail or Phrase("no detail")),
                       status=status)


def _error_detail(body: bytes) -> str:
    text = body[:MAX_ERROR_BODY].decode("utf-8", "replace")
    try:
        doc = json.loads(text)
    except ValueError:
        doc = None
    if isinstance(doc, dict):
        err = doc.get("error", doc.get("detail", doc.get("message")))
        if isinstance(err, dict):
            err = err.get("message")
        if isinstance(err, str):
            text = err
    return clean_text(" ".join(text.split())[:300]).text


def _request(engine: Engine, method: str, path: str, payload: Any, api_key: str | None, *,
             timeout_s: float | None = None, model: str | None = None,
             ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    """Send a request; an error status is raised as a ``RemoteError`` (connection closed)."""
    conn, base = _connect(engine, timeout_s or engine.timeout_s)
    body = None if payload is None else json.dumps(payload).encode()
    try:
        conn.request(method, base + path, body=body, headers=_headers(api_key, body is not None))
        # getresponse() hands a response that ends with the connection its socket and forgets
        # it (conn.sock is None): kept here so that Stop can shut it (_shut).
        conn.stream_socket = conn.sock  # type: ignore[attr-defined]
        response = conn.getresponse()
    except (OSError, http.client.HTTPException) as e:
        conn.close()
        if isinstance(e, OSError):
            raise _connection_error(engine.base_url, e) from e
        raise RemoteError(Phrase("{url} closed the connection without an answer.",
                                 url=engine.base_url)) from e
    if response.status >= 400:
        data = response.read(MAX_ERROR_BODY)
        response.close()
        conn.close()
        raise _status_error(engine, response.status, data, model)
    return conn, response


def _json(engine: Engine, method: str, path: str, payload: Any, api_key: str | None, *,
          model: str | None = None, limit: int = MAX_LIST_BODY) -> Any:
    conn, response = _request(engine, method, path, payload, api_key, model=model)
    try:
        data = response.read(limit + 1)
    except (OSError, http.client.HTTPException) as e:
        raise RemoteError(Phrase("{url} stopped answering midway.", url=engine.base_url)) from e
    finally:
        response.close()
        conn.close()
    if len(data) > limit:
        raise RemoteError(Phrase("{url} sent a larger answer than Atelier reads.",
                                 url=engine.base_url))
    try:
        return json.loads(data)
    except ValueError as e:
        raise RemoteError(Phrase("{url} did not answer in JSON: is it an OpenAI-compatible "
                                 "server?", url=engine.base_url)) from e


def list_models(engine: Engine, api_key: str | None = None) -> list[str]:
    """The model ids the server lists (``GET /v1/models``), sorted; may be empty (some servers
    list nothing: the person then types the id)."""
    doc = _json(engine, "GET", "/models", None, api_key)
    items = doc.get("data") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise RemoteError(Phrase("{url} did not list its models as an OpenAI-compatible server "
                                 "does.", url=engine.base_url))
    ids = {clean_text(str(m["id"])).text[:200] for m in items
           if isinstance(m, dict) and isinstance(m.get("id"), str) and m["id"].strip()}
    return sorted(ids)


def embed(engine: Engine, model: str, texts: Sequence[str], api_key: str | None = None,
          *, batch_size: int = 64) -> Any:
    """Sentence vectors from ``POST /v1/embeddings``: a float32 array (len(texts), dims) with
    rows of length 1."""
    import numpy as np

    rows: list[Any] = []
    for start in range(0, len(texts), batch_size):
        batch = list(texts[start:start + batch_size])
        doc = _json(engine, "POST", "/embeddings", {"model": model, "input": batch}, api_key,
                    model=model, limit=64 << 20)
        data = doc.get("data") if isinstance(doc, dict) else None
        if not isinstance(data, list) or len(data) != len(batch):
            raise RemoteError(Phrase("{url} did not return one vector per text.",
                                     url=engine.base_url))
        data = sorted(data, key=lambda d: d.get("index", 0) if isinstance(d, dict) else 0)
        for item in data:
            vector = item.get("embedding") if isinstance(item, dict) else None
            if isinstance(vector, str):  # encoding_format "base64"
                vector = np.frombuffer(base64.b64decode(vector), dtype="<f4")
            try:
                rows.append(np.asarray(vector, dtype=np.float32))
            except (TypeError, ValueError) as e:
                raise RemoteError(Phrase("{url} returned a vector that is not a list of "
                                         "numbers.", url=engine.base_url)) from e
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    if len({r.shape for r in rows}) != 1 or rows[0].ndim != 1:
        raise RemoteError(Phrase("{url} returned vectors of different sizes.",
                                 url=engine.base_url))
    matrix = np.vstack(rows)
    if not np.isfinite(matrix).all():
        raise RemoteError(Phrase("{url} returned a vector that is not finite.",
                                 url=engine.base_url))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


# --------------------------------------------------------------------------- streaming


class ThinkSplitter:
    """Separates inline ``<think>…</think>`` reasoning from the answer, across chunks (a tag
    may be cut between two chunks)."""

    OPEN, CLOSE = "<think>", "</think>"

    def __init__(self) -> None:
        self.inside = False
        self._held = ""

    def feed(self, text: str) -> tuple[str, str]:
        """(answer, reasoning) of ``text``, holding back a possible half tag at its end."""
        text = self._held + text
        self._held = ""
        answer: list[str] = []
        reasoning: list[str] = []
        while text:
            tag = self.CLOSE if self.inside else self.OPEN
            at = text.find(tag)
            if at < 0:
                keep = _partial_suffix(text, tag)
                body, self._held = text[:len(text) - keep], text[len(text) - keep:]
                (reasoning if self.inside else answer).append(body)
                break
            (reasoning if self.inside else answer).append(text[:at])
            text = text[at + len(tag):]
            self.inside = not self.inside
        return "".join(answer), "".join(reasoning)

    def flush(self) -> tuple[str, str]:
        held, self._held = self._held, ""
        return ("", held) if self.inside else (held, "")


def _partial_suffix(text: str, tag: str) -> int:
    """The length of the longest end of ``text`` that begins ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0


_END = object()


@dataclass
class RemoteStream(Iterator[str]):
    """The answer of a server to ``messages``, chunk by chunk (see the module docstring).

    The connection is read by a short-lived thread of its own (no torch there); ``close()``
    shuts the socket, so Stop ends the stream at once whatever the server does.
    """

    engine: Engine
    model: str
    messages: Sequence[Message]
    api_key: str | None = None
    max_new_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.9
    seed: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    timeout_s: float | None = None  # per chunk; the engine's timeout when None
    stats: GenerationStats = field(default_factory=GenerationStats)
    text: str = ""
    reasoning: str = ""
    characters_sent: int = 0

    def __post_init__(self) -> None:
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._conn: http.client.HTTPConnection | None = None
        self._response: http.client.HTTPResponse | None = None
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._error: BaseException | None = None
        self._started = False
        self._finished = False
        self._splitter = ThinkSplitter()
        self.characters_sent = sum(len(str(m.get("content", ""))) for m in self.messages)

    # ------------------------------------------------------------------ iterator protocol

    def __iter__(self) -> RemoteStream:
        return self

    def __next__(self) -> str:
        if self._finished:
            raise StopIteration
        if not self._started:
            self._start()
        wait = self.timeout_s or self.engine.timeout_s
        while True:
            if self.cancel.is_set():
                self.close()
                raise StopIteration
            try:
                item = self._queue.get(timeout=min(0.1, wait))
            except queue.Empty:
                # The socket's own timeout ends the read first; this is the backstop.
                if time.monotonic() - self._last > wait + 2.0:
                    self._error = self._silence()
                    self.stats.stop_reason = "timeout"
                    self._closed.set()
                    self._drop_connection()
                    self._finish()
                continue
            if item is _END:
                self._finish()
                raise StopIteration
            self.text += item
            return str(item)

    def _silence(self) -> RemoteError:
        return RemoteError(Phrase(
            "{url} sent nothing for {seconds} seconds; the answer was stopped.",
            url=self.engine.base_url, seconds=f"{self.timeout_s or self.engine.timeout_s:g}"))

    def close(self) -> None:
        """Stop: the socket is shut at once; what came so far stays in ``text``."""
        if self._finished:
            return
        self._closed.set()
        self._drop_connection()
        if self._thread is not None:
            self._thread.join(5.0)
        self._finished = True
        self.stats.stop_reason = self.stats.stop_reason or "cancelled"
        self._end_timing()

    def __enter__(self) -> RemoteStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ internals

    def _payload(self) -> tuple[str, dict[str, Any]]:
        messages = [{"role": str(m.get("role", "user")), "content": str(m.get("content", ""))}
                    for m in self.messages]
        if self.engine.kind == "ollama":
            options: dict[str, Any] = {"num_ctx": self.engine.context_tokens,
                                       "num_predict": self.max_new_tokens,
                                       "temperature": max(self.temperature, 0.0),
                                       "top_p": self.top_p}
            if self.seed is not None:
                options["seed"] = self.seed
            return "/api/chat", {"model": self.model, "messages": messages, "stream": True,
                                 "options": options}
        payload: dict[str, Any] = {
            "model": self.model, "messages": messages, "stream": True,
            "max_tokens": self.max_new_tokens, "temperature": max(self.temperature, 0.0),
            "top_p": self.top_p, "stream_options": {"include_usage": True}}
        if self.seed is not None:
            payload["seed"] = self.seed
        return "/chat/completions", payload

    def _start(self) -> None:
        self._started = True
        self._began = self._last = time.monotonic()
        self._thread = threading.Thread(target=self._read, name="atelier-remote", daemon=True)
        self._thread.start()

    def _drop_connection(self) -> None:
        with self._lock:
            conn, response = self._conn, self._response
        sock = None if conn is None else (conn.sock or getattr(conn, "stream_socket", None))
        if sock is not None:  # wakes the reading thread: closing its file would wait for it
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        # The response reads through a file on the socket: the socket is only released once
        # both are closed.
        for thing in (response, conn):
            if thing is not None:
                with contextlib.suppress(OSError, ValueError, http.client.HTTPException):
                    thing.close()

    def _emit(self, answer: str, reasoning: str) -> None:
        if reasoning:
            self.reasoning += clean_text(reasoning).text
        if answer:
            cleaned = clean_text(answer)
            self.stats.removed_characters += cleaned.removed
            if cleaned.text:
                if self.stats.time_to_first_token_s is None:
                    self.stats.time_to_first_token_s = time.monotonic() - self._began
                self._queue.put(cleaned.text)
        self._last = time.monotonic()

    def _read(self) -> None:
        path, payload = self._payload()
        engine = self.engine
        # The Ollama native API lives beside /v1, not under it.
        if engine.kind == "ollama":
            engine = Engine(engine.name, engine.base_url.removesuffix("/v1"), engine.kind,
                            engine.timeout_s, engine.ca_file, engine.pinned_sha256,
                            engine.context_tokens)
        try:
            conn, response = _request(engine, "POST", path, payload, self.api_key,
                                      timeout_s=self.timeout_s or self.engine.timeout_s,
                                      model=self.model)
            with self._lock:
                self._conn, self._response = conn, response
            if self._closed.is_set():
                self._drop_connection()
                return
            if self.engine.kind == "ollama":
                self._read_ndjson(response)
            else:
                self._read_events(response)
            answer, reasoning = self._splitter.flush()
            self._emit(answer, reasoning)
        except BaseException as e:  # surfaced to the reader by _finish
            if not self._closed.is_set():
                if isinstance(e, RemoteError):
                    self._error = e
                elif isinstance(e, TimeoutError):  # the socket's read timeout
                    self._error = self._silence()
                    self.stats.stop_reason = "timeout"
                elif isinstance(e, (OSError, http.client.HTTPException)):
                    self._error = RemoteError(Phrase(
                        "{url} stopped answering midway; what it wrote so far is kept.",
                        url=self.engine.base_url))
                else:
                    self._error = RemoteError(Phrase("The answer of {url} could not be read: "
                                                     "{error}", url=self.engine.base_url,
                                                     error=e))
                self._error.__cause__ = e
        finally:
            self._drop_connection()
            self._queue.put(_END)

    def _lines(self, response: http.client.HTTPResponse) -> Iterator[str]:
        while not self._closed.is_set():
            line = response.readline(MAX_LINE + 1)
            if not line:
                return
            if len(line) > MAX_LINE:
                raise RemoteError(Phrase("{url} sent a line longer than Atelier reads.",
                                         url=self.engine.base_url))
            yield line.decode("utf-8", "replace").rstrip("\r\n")

    def _read_events(self, response: http.client.HTTPResponse) -> None:
        data: list[str] = []
        for line in self._lines(response):
            if line.startswith("data:"):
                data.append(line[5:].lstrip())
                continue
            if line or not data:
                continue  # comments (": ping"), event names, ids
            event, data = "\n".join(data), []
            if event.strip() == "[DONE]":
                return
            self._event(event)
        if data and "\n".join(data).strip() == "[DONE]":
            return
        if data:
            self._event("\n".join(data))
        if self.stats.stop_reason is None and not self._closed.is_set():
            self._cut()

    def _cut(self) -> None:
        """The connection ended before the server said the answer was complete."""
        raise RemoteError(Phrase("{url} stopped answering midway; what it wrote so far is "
                                 "kept.", url=self.engine.base_url))

    def _event(self, event: str) -> None:
        try:
            doc = json.loads(event)
        except ValueError:
            return  # a keep-alive or a server's stray line
        if not isinstance(doc, dict):
            return
        if isinstance(doc.get("error"), (dict, str)):
            err = doc["error"]
            message = err.get("message") if isinstance(err, dict) else err
            raise RemoteError(Phrase("{url} stopped with an error: {detail}",
                                     url=self.engine.base_url,
                                     detail=clean_text(str(message)).text[:300]))
        usage = doc.get("usage")
        if isinstance(usage, dict):
            self._usage(usage.get("prompt_tokens"), usage.get("completion_tokens"))
        for choice in doc.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta, dict):
                reasoning = delta.get("reasoning_content") or delta.get("reasoning") or ""
                content = delta.get("content") or ""
                answer, inline = self._splitter.feed(content if isinstance(content, str) else "")
                self._emit(answer, (reasoning if isinstance(reasoning, str) else "") + inline)
                if content or reasoning:
                    self.stats.generated_tokens += 1  # the usage at the end, when sent, wins
            reason = choice.get("finish_reason")
            if reason in ("length", "max_tokens"):
                self.stats.stop_reason = "length"
            elif isinstance(reason, str) and reason:
                self.stats.stop_reason = "eos"

    def _read_ndjson(self, response: http.client.HTTPResponse) -> None:
        for line in self._lines(response):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if not isinstance(doc, dict):
                continue
            if isinstance(doc.get("error"), str):
                raise RemoteError(Phrase("{url} stopped with an error: {detail}",
                                         url=self.engine.base_url,
                                         detail=clean_text(doc["error"]).text[:300]))
            message = doc.get("message") or {}
            if isinstance(message, dict):
                content = message.get("content") or ""
                thinking = message.get("thinking") or ""
                answer, inline = self._splitter.feed(content if isinstance(content, str) else "")
                self._emit(answer, (thinking if isinstance(thinking, str) else "") + inline)
                if content:
                    self.stats.generated_tokens += 1
            if doc.get("done"):
                self._usage(doc.get("prompt_eval_count"), doc.get("eval_count"))
                self.stats.stop_reason = "length" if doc.get("done_reason") == "length" else "eos"
                return
        if not self._closed.is_set():
            self._cut()

    def _usage(self, prompt: Any, completion: Any) -> None:
        if isinstance(prompt, int) and prompt >= 0:
            self.stats.prompt_tokens = prompt
        if isinstance(completion, int) and completion >= 0:
            self.stats.generated_tokens = completion

    def _end_timing(self) -> None:
        if not self._started:
            return
        s = self.stats
        s.total_s = time.monotonic() - self._began
        if s.time_to_first_token_s is not None and s.generated_tokens > 1:
            decode = s.total_s - s.time_to_first_token_s
            s.tokens_per_s = (s.generated_tokens - 1) / decode if decode > 0 else None

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.join(5.0)
        self._finished = True
        s = self.stats
        if self._error is not None and s.stop_reason != "timeout":
            s.stop_reason = "error"
        elif s.stop_reason is None:
            s.stop_reason = "cancelled" if self.cancel.is_set() else "eos"
        self._end_timing()
        if self._error is not None:
            raise self._error

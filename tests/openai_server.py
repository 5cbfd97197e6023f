"""A loopback server that speaks the OpenAI-compatible API (and Ollama's native chat), for
tests with no network.

Routes: ``GET /v1/models``; ``POST /v1/chat/completions`` (``stream: true``: server-sent
events to ``data: [DONE]``; else one JSON answer); ``POST /v1/embeddings``; ``POST /api/chat``
(Ollama's NDJSON stream). Every request body is kept in ``requests`` (to check what was sent,
and that a key never travels where it should not).

Knobs (attributes, changeable between requests):
- ``key``: the API key required (``Authorization: Bearer KEY``), or None;
- ``models``: the ids listed;
- ``chunks``: the answer's pieces; ``reasoning``: pieces sent as ``reasoning_content`` first;
- ``finish_reason``: "stop" or "length";
- ``delay_s``: a pause before each piece (a slow server);
- ``cut_after``: drop the connection after that many pieces (a server that dies midway);
- ``status``: answer every POST with this error status (401, 404, 429, 500…);
- ``hang``: accept the request and send nothing (until the client gives up or closes).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class OpenAIServer:
    def __init__(self, *, key: str | None = None, models: tuple[str, ...] = ("tiny-chat",),
                 chunks: tuple[str, ...] = ("Bon", "jour", " !"),
                 reasoning: tuple[str, ...] = (), finish_reason: str = "stop",
                 delay_s: float = 0.0, cut_after: int | None = None,
                 status: int | None = None, hang: bool = False, dims: int = 4) -> None:
        self.key = key
        self.models = models
        self.chunks = chunks
        self.reasoning = reasoning
        self.finish_reason = finish_reason
        self.delay_s = delay_s
        self.cut_after = cut_after
        self.status = status
        self.hang = hang
        self.dims = dims
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []
        self.closed_early = threading.Event()  # a client closed a stream before its end
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> OpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.hang = False
        self._stopping.set()  # a handler pausing between pieces ends now
        self._server.shutdown()
        self._server.server_close()

    def sent_text(self) -> str:
        """Everything the clients sent in request bodies, as one string."""
        return "\n".join(json.dumps(body, ensure_ascii=False) for *_, body in self.requests)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _body(self) -> Any:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                try:
                    return json.loads(raw) if raw else None
                except ValueError:
                    return raw.decode("utf-8", "replace")

            def _send_json(self, status: int, doc: Any) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorised(self) -> bool:
                if server.key is None:
                    return True
                if self.headers.get("Authorization") == f"Bearer {server.key}":
                    return True
                self._send_json(401, {"error": {"message": "Invalid API key"}})
                return False

            def do_GET(self) -> None:
                server.requests.append(("GET", self.path, dict(self.headers), None))
                if not self._authorised():
                    return
                if self.path == "/v1/models":
                    self._send_json(200, {"object": "list", "data": [
                        {"id": m, "object": "model"} for m in server.models]})
                else:
                    self._send_json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = self._body()
                server.requests.append(("POST", self.path, dict(self.headers), body))
                if not self._authorised():
                    return
                if server.status is not None:
                    self._send_json(server.status, {"error": {"message": f"status "
                                                              f"{server.status} on purpose"}})
                    return
                model = body.get("model") if isinstance(body, dict) else None
                if self.path != "/v1/models" and model not in server.models:
                    self._send_json(404, {"error": {"message": f"model '{model}' not found"}})
                    return
                if self.path == "/v1/embeddings":
                    texts = body.get("input") or []
                    texts = [texts] if isinstance(texts, str) else texts
                    self._send_json(200, {"data": [
                        {"index": i, "embedding": _vector(t, server.dims)}
                        for i, t in enumerate(texts)]})
                elif self.path == "/v1/chat/completions":
                    self._chat(body)
                elif self.path == "/api/chat":
                    self._ollama(body)
                else:
                    self._send_json(404, {"error": {"message": "not found"}})

            def _pieces(self) -> list[tuple[str, str]]:
                return ([("reasoning", r) for r in server.reasoning]
                        + [("content", c) for c in server.chunks])

            def _hang(self) -> bool:
                if not server.hang:
                    return False
                while server.hang:
                    time.sleep(0.02)
                return True

            def _write(self, data: bytes) -> bool:
                try:
                    self.wfile.write(data)
                    self.wfile.flush()
                    return True
                except OSError:
                    server.closed_early.set()
                    return False

            def _chat(self, body: dict[str, Any]) -> None:
                if not body.get("stream"):
                    text = "".join(server.chunks)
                    self._send_json(200, {"choices": [{"index": 0, "message": {
                        "role": "assistant", "content": text},
                        "finish_reason": server.finish_reason}]})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                if self._hang():
                    return
                for n, (kind, piece) in enumerate(self._pieces()):
                    if server.cut_after is not None and n >= server.cut_after:
                        self.connection.close()
                        return
                    if server.delay_s:
                        server._stopping.wait(server.delay_s)
                    key = "reasoning_content" if kind == "reasoning" else "content"
                    event = {"choices": [{"index": 0, "delta": {key: piece},
                                          "finish_reason": None}]}
                    if not self._write(f"data: {json.dumps(event)}\n\n".encode()):
                        return
                end = {"choices": [{"index": 0, "delta": {},
                                    "finish_reason": server.finish_reason}]}
                usage = {"choices": [], "usage": {"prompt_tokens": 7,
                                                  "completion_tokens": len(server.chunks)}}
                self._write(f"data: {json.dumps(end)}\n\n".encode()
                            + f"data: {json.dumps(usage)}\n\n".encode() + b"data: [DONE]\n\n")

            def _ollama(self, body: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.send_header("Connection", "close")
                self.end_headers()
                for n, (kind, piece) in enumerate(self._pieces()):
                    if server.cut_after is not None and n >= server.cut_after:
                        self.connection.close()
                        return
                    if server.delay_s:
                        server._stopping.wait(server.delay_s)
                    key = "thinking" if kind == "reasoning" else "content"
                    line = {"model": body.get("model"), "message": {"role": "assistant",
                                                                    key: piece}, "done": False}
                    if not self._write((json.dumps(line) + "\n").encode()):
                        return
                done = {"model": body.get("model"), "message": {"role": "assistant",
                                                                "content": ""},
                        "done": True, "prompt_eval_count": 7, "eval_count": len(server.chunks),
                        "done_reason": "length" if server.finish_reason == "length" else "stop"}
                self._write((json.dumps(done) + "\n").encode())

        return Handler


def _vector(text: str, dims: int) -> list[float]:
    """A deterministic vector for ``text`` (letters counted into ``dims`` buckets)."""
    v = [0.0] * dims
    for ch in text.lower():
        if ch.isalpha():
            v[ord(ch) % dims] += 1.0
    v[0] += 0.5
    return v

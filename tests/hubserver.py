"""A loopback HTTP server that stands in for the Hugging Face hub, for tests with no network.

It serves what ``huggingface_hub`` 2.4 asks of the hub when it downloads a model:

- ``GET /api/models/{repo}`` and ``GET /api/models/{repo}/revision/{rev}`` (``HfApi.model_info``;
  with ``?blobs=true`` the siblings carry their size, blob id and LFS details);
- ``GET /api/models/{repo}/tree/{rev}[/{path}]`` (``HfApi.list_repo_tree`` / ``list_repo_files``);
- ``HEAD`` and ``GET /{repo}/resolve/{rev}/{filename}`` with the hub's headers: ``X-Repo-Commit``,
  ``ETag`` (the git blob id, or the sha256 for LFS files), ``X-Linked-Etag`` and
  ``X-Linked-Size`` for LFS files, ``Content-Length``, ``Accept-Ranges: bytes``; ``Range``
  requests get ``206 Partial Content`` with ``Content-Range``;
- with ``lfs_redirect=True``, LFS files answer ``302`` to ``/cdn-lfs/{sha256}`` on another
  origin (``http://localhost:PORT``; no token needed there), as the hub redirects to its CDN.

It never advertises Xet storage (no ``X-Xet-Hash`` header, no ``xet-auth`` link, no ``xetHash`` in
the tree), so clients use plain HTTP. Errors carry the hub's ``X-Error-Code`` /
``X-Error-Message`` headers, which ``huggingface_hub.utils.hf_raise_for_status`` turns into its
typed errors: unknown repo → 404 ``RepoNotFound``; unknown revision → 404 ``RevisionNotFound``;
unknown file → 404 ``EntryNotFound``; a token that is not ``token`` → 401 "Invalid credentials in
Authorization header" on every route (as the hub does); a ``gated`` repo's files without a token →
401 ``GatedRepo`` (its ``model_info`` stays public, as on the hub); a ``private`` repo without the
token → 401 ``RepoNotFound``.

Use it as a context manager::

    from tests.hubserver import HubServer

    with HubServer({"acme/tiny": {"config.json": b"{}", ...}}, gated={"acme/tiny"},
                   token="hf_right", throttle=64_000) as hub:
        download_model("acme/tiny", models_dir, endpoint=hub.endpoint, token="hf_right")
        assert hub.range_requests == []

Knobs for download tests:

- ``throttle``: bytes per second for file bodies (sent in small pieces, so a client sees steady
  progress and can cancel midway);
- ``fail_after_bytes`` / ``fail_times``: the first ``fail_times`` file bodies longer than
  ``fail_after_bytes`` are cut after that many bytes (the connection is dropped mid-body);
- ``oversend``: bytes of junk added after each file body a GET asks for (with a truthful
  ``Content-Length``), while the listing and ``HEAD`` announce the file's real size: a hostile
  hub that would fill the disk;
- ``files_from(path)``: a repo's files read from a model folder.

Records (thread-safe snapshots): ``requests`` (every request as a ``RequestRecord``),
``range_requests`` (those with a ``Range`` header), ``bytes_sent`` (file body bytes sent so far).
Responses close their connection (HTTP/1.0), so no client keeps a socket to a stopped server.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = ["HubServer", "RequestRecord", "files_from"]

LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".h5", ".msgpack", ".onnx",
                ".gguf")

_API = re.compile(r"^/api/models/(?P<repo>[^/]+(?:/[^/]+)?)(?:/revision/(?P<rev>[^/]+))?/?$")
_TREE = re.compile(
    r"^/api/models/(?P<repo>[^/]+(?:/[^/]+)?)/tree/(?P<rev>[^/]+)(?:/(?P<path>.*))?$")
_RESOLVE = re.compile(r"^/(?P<repo>[^/]+(?:/[^/]+)?)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$")
_CDN = re.compile(r"^/cdn-lfs/(?P<sha>[0-9a-f]{64})$")
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # unquoted URL path, without the query
    range_start: int | None  # the first byte asked by a ``Range`` header
    token: str | None  # the bearer token sent, if any


@dataclass(frozen=True)
class _File:
    data: bytes
    blob_id: str  # git blob sha1: the hub's ETag for regular files
    sha256: str
    lfs: bool


def files_from(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX paths) → its bytes, for ``repos``."""
    folder = Path(folder)
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


class HubServer:
    """A fake hub on ``127.0.0.1`` (a free port); ``endpoint`` is its base URL."""

    def __init__(
        self,
        repos: Mapping[str, Mapping[str, bytes]],
        *,
        gated: Iterable[str] = (),
        private: Iterable[str] = (),
        token: str | None = None,
        throttle: int | None = None,
        fail_after_bytes: int | None = None,
        fail_times: int = 1,
        lfs_redirect: bool = False,
        oversend: int = 0,
    ) -> None:
        self.repos: dict[str, dict[str, _File]] = {}
        self.commits: dict[str, str] = {}
        for repo_id, files in repos.items():
            entries = {}
            for name, data in files.items():
                entries[name] = _File(
                    data=bytes(data), blob_id=_git_blob_id(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    lfs=name.endswith(LFS_SUFFIXES) or len(data) >= 1 << 20)
            self.repos[repo_id] = entries
            digest = hashlib.sha1(repo_id.encode())
            for name in sorted(entries):
                digest.update(name.encode() + entries[name].sha256.encode())
            self.commits[repo_id] = digest.hexdigest()
        self.gated = frozenset(gated)
        self.private = frozenset(private)
        self.token = token
        self.throttle = throttle
        self.fail_after_bytes = fail_after_bytes
        self.lfs_redirect = lfs_redirect
        self.oversend = oversend
        self._failures_left = fail_times if fail_after_bytes is not None else 0
        self._lock = threading.Lock()
        self._records: list[RequestRecord] = []
        self._bytes_sent = 0
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> HubServer:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.hub = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="hubserver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()  # throttled bodies stop sending
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()  # joins the request threads
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        assert self._server is not None, "the server is not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def cdn_endpoint(self) -> str:
        """The same server under another origin (``localhost``), as the hub's CDN is."""
        assert self._server is not None, "the server is not started"
        return f"http://localhost:{self._server.server_address[1]}"

    # -- records ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    @property
    def range_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.range_start is not None]

    @property
    def bytes_sent(self) -> int:
        with self._lock:
            return self._bytes_sent

    def commit(self, repo_id: str) -> str:
        return self.commits[repo_id]

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)

    def _sent(self, n: int) -> None:
        with self._lock:
            self._bytes_sent += n

    def _take_failure(self, length: int) -> int | None:
        """Bytes to send before dropping the connection, when this body is to be cut."""
        with self._lock:
            if self._failures_left > 0 and self.fail_after_bytes is not None \
                    and length > self.fail_after_bytes:
                self._failures_left -= 1
                return self.fail_after_bytes
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins them: no thread outlives the server
    block_on_close = True
    hub: HubServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that cancels or is killed closes its socket mid-body: not an error here.
        pass


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection
    timeout = 10  # a silent client does not keep a request thread alive

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # -- dispatch --------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def _dispatch(self, *, head: bool) -> None:
        hub = self.server.hub
        split = urlsplit(self.path)
        path = unquote(split.path)
        query = parse_qs(split.query)
        auth = self.headers.get("Authorization") or ""
        sent_token = auth[7:] if auth.lower().startswith("bearer ") else None
        range_header = self.headers.get("Range")
        match = _RANGE.match(range_header or "")
        hub._record(RequestRecord(self.command, path, int(match.group(1)) if match else None,
                                  sent_token))

        if (m := _CDN.match(path)) is not None:
            for repo in hub.repos.values():
                for f in repo.values():
                    if f.sha256 == m["sha"]:
                        return self._send_file(f, None, head=head)
            return self._error(404, "EntryNotFound", "Entry not found")
        if sent_token is not None and sent_token != hub.token:
            return self._error(401, None, "Invalid credentials in Authorization header")
        authorized = sent_token is not None

        if (m := _TREE.match(path)) is not None:
            return self._tree(m["repo"], m["rev"], m["path"] or "", authorized)
        if (m := _API.match(path)) is not None:
            return self._model_info(m["repo"], m["rev"], query, authorized)
        if (m := _RESOLVE.match(path)) is not None:
            return self._resolve(m["repo"], m["rev"], m["file"], authorized, head=head)
        return self._error(404, None, "Not found")

    def _repo(self, repo_id: str, rev: str | None, authorized: bool) -> dict[str, _File] | None:
        hub = self.server.hub
        if repo_id not in hub.repos or (repo_id in hub.private and not authorized):
            status = 401 if repo_id in hub.private else 404
            self._error(status, "RepoNotFound", "Repository not found")
            return None
        if rev not in (None, "main", hub.commits[repo_id]):
            self._error(404, "RevisionNotFound", f"Invalid rev id: {rev}")
            return None
        return hub.repos[repo_id]

    # -- routes ----------------------------------------------------------------------------

    def _model_info(self, repo_id: str, rev: str | None, query: dict[str, list[str]],
                    authorized: bool) -> None:
        hub = self.server.hub
        files = self._repo(repo_id, rev, authorized)
        if files is None:
            return
        blobs = query.get("blobs", ["false"])[0].lower() == "true"
        siblings = []
        for name, f in sorted(files.items()):
            sibling: dict[str, Any] = {"rfilename": name}
            if blobs:
                sibling.update(size=len(f.data), blobId=f.blob_id)
                if f.lfs:
                    sibling["lfs"] = {"size": len(f.data), "sha256": f.sha256, "pointerSize": 134}
            siblings.append(sibling)
        self._json({
            "_id": hub.commits[repo_id][:24], "id": repo_id, "modelId": repo_id,
            "author": repo_id.split("/")[0] if "/" in repo_id else None,
            "sha": hub.commits[repo_id], "lastModified": "2026-01-02T03:04:05.000Z",
            "private": repo_id in hub.private,
            "gated": "manual" if repo_id in hub.gated else False, "disabled": False,
            "downloads": 0, "likes": 0, "tags": [], "library_name": "transformers",
            "siblings": siblings,
        })

    def _tree(self, repo_id: str, rev: str, prefix: str, authorized: bool) -> None:
        files = self._repo(repo_id, rev, authorized)
        if files is None:
            return
        prefix = prefix.strip("/")
        entries: list[dict[str, Any]] = []
        folders: set[str] = set()
        for name, f in sorted(files.items()):
            if prefix and not name.startswith(prefix + "/"):
                continue
            parts = name.split("/")
            for i in range(1, len(parts)):
                folders.add("/".join(parts[:i]))
            entry: dict[str, Any] = {"type": "file", "oid": f.blob_id, "size": len(f.data),
                                     "path": name}
            if f.lfs:
                entry["lfs"] = {"oid": f.sha256, "size": len(f.data), "pointerSize": 134}
            entries.append(entry)
        entries += [{"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(),
                     "size": 0, "path": d}
                    for d in sorted(folders) if not prefix or d.startswith(prefix + "/")]
        self._json(entries)

    def _resolve(self, repo_id: str, rev: str, filename: str, authorized: bool, *,
                 head: bool) -> None:
        hub = self.server.hub
        files = self._repo(repo_id, rev, authorized)
        if files is None:
            return
        commit = hub.commits[repo_id]
        if repo_id in hub.gated and not authorized:
            return self._error(
                401, "GatedRepo",
                f"Access to model {repo_id} is restricted. You must have access to it and be "
                "authenticated to access it. Please log in.", commit=commit)
        f = files.get(filename)
        if f is None:
            return self._error(404, "EntryNotFound", f"{filename} does not exist on \"{rev}\"",
                               commit=commit)
        if f.lfs and hub.lfs_redirect:
            self.send_response(302)
            self.send_header("Location", f"{hub.cdn_endpoint}/cdn-lfs/{f.sha256}")
            self.send_header("X-Repo-Commit", commit)
            self.send_header("X-Linked-Etag", f'"{f.sha256}"')
            self.send_header("X-Linked-Size", str(len(f.data)))
            self.send_header("ETag", f'"{f.blob_id}"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return self._send_file(f, commit, head=head)

    # -- responses -------------------------------------------------------------------------

    def _send_file(self, f: _File, commit: str | None, *, head: bool) -> None:
        size = len(f.data)
        start, end = 0, size
        status = 200
        match = _RANGE.match(self.headers.get("Range") or "")
        if match is not None:
            start = int(match.group(1))
            end = min(int(match.group(2)) + 1, size) if match.group(2) else size
            if start >= size:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        self.send_response(status)
        if commit is not None:
            self.send_header("X-Repo-Commit", commit)
        if f.lfs:
            self.send_header("ETag", f'"{f.sha256}"')
            self.send_header("X-Linked-Etag", f'"{f.sha256}"')
            self.send_header("X-Linked-Size", str(size))
        else:
            self.send_header("ETag", f'"{f.blob_id}"')
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", "application/octet-stream")
        extra = 0 if head else self.server.hub.oversend
        self.send_header("Content-Length", str(end - start + extra))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
        self.end_headers()
        if not head:
            self._send_body(f.data[start:end], extra)

    def _send_body(self, body: bytes, extra: int = 0) -> None:
        hub = self.server.hub
        cut = hub._take_failure(len(body))
        if cut is not None:
            body = body[:cut]
        piece = max(1024, hub.throttle // 50) if hub.throttle else 256 * 1024
        junk = b"\0" * piece
        try:
            for i in range(0, len(body), piece):
                chunk = body[i:i + piece]
                self.wfile.write(chunk)
                self.wfile.flush()
                hub._sent(len(chunk))
                if hub.throttle and hub._closing.wait(len(chunk) / hub.throttle):
                    break
            while extra > 0 and not hub._closing.is_set():  # generated, never held in memory
                chunk = junk[:extra]
                self.wfile.write(chunk)
                self.wfile.flush()
                hub._sent(len(chunk))
                extra -= len(chunk)
        except OSError:  # the client went away (cancel, kill): nothing to send it any more
            cut = 0
        if cut is not None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def _json(self, data: Any) -> None:
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, code: str | None, message: str, *,
               commit: str | None = None) -> None:
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        if code is not None:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        if commit is not None:
            self.send_header("X-Repo-Commit", commit)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

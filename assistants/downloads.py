"""Model downloads from the Hugging Face hub: progress, cancel, resume, readable errors.

A download, step by step:

1. ``HfApi.model_info(files_metadata=True)`` gives the commit the revision points to and the
   repo's files with their sizes. Only files at the repo's root that match
   ``catalogue.DOWNLOAD_PATTERNS`` are fetched (safetensors weights, configs, tokenizer); a repo
   with no safetensors weights (pickle only, or GGUF only) is refused before any byte comes.
2. A staging folder ``<models>/.downloading-<name>`` (a dot folder: ``list_installed`` skips it)
   gets a manifest, ``.atelier-download.json``: repo, revision, name, the resolved commit, the
   files and their sizes — never a token. A restart of the app finds it there
   (``partial_downloads``) and resumes at the same commit, so every file stays consistent.
3. Each file: a HEAD on its resolve URL at that commit (``get_hf_file_metadata``: ETag, size,
   final location after the hub's redirect), then a streamed GET into ``.incomplete/<file>``,
   starting at the bytes already there with an HTTP ``Range`` request. LFS files (the weights)
   are checked against their sha256 (the hub's ETag for them) before they take their place.
4. When every file is there: ``validate_model_dir`` on the staging folder (refused → the folder
   is removed), then one rename to ``<models>/<name>``.

Why not ``hf_hub_download`` / ``snapshot_download``: in huggingface_hub 2.x they write each file
into a temporary file whose name is unique to the call and delete it when the call fails, so an
interrupted download (cancel, crash, app closed) always starts that file again from zero; they
resume only inside one call, after a network error. They also read 10 MiB chunks
(``constants.DOWNLOAD_CHUNK_SIZE``), too coarse for a cancel within a fraction of a second or
for progress on a slow line. So the streaming is done here, through huggingface_hub's own HTTP
client (``get_session``), headers (``build_hf_headers``), URLs (``hf_hub_url``), metadata
(``get_hf_file_metadata``) and typed errors (``hf_raise_for_status``). Files are always fetched
over plain HTTP from the resolve URL (the hub serves Xet-backed files there too), which is what
makes byte-range resume possible.

Cancel: the ``threading.Event`` is checked between network reads, which come every few
kilobytes while data flows, and each read waits at most ``_READ_TIMEOUT_S`` on a stalled line.
A cancelled download raises ``Cancelled`` and keeps its bytes; the next call resumes.

The token: passed explicitly to every call, ``False`` when there is none (see ``_auth``); never
logged, never written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from assistants.catalogue import DOWNLOAD_PATTERNS
from assistants.errors import AssistantError, Cancelled, ModelRefused
from assistants.loading import plain_file_name
from storage.phrases import Phrase

if TYPE_CHECKING:
    from assistants.installed import Installed

log = logging.getLogger(__name__)

STAGING_PREFIX = ".downloading-"
MANIFEST = ".atelier-download.json"
PARTS = ".incomplete"
_FORMAT = 1

_PROGRESS_EVERY_S = 0.2  # the callback is called at most this often (plus at each file's end)
_SPEED_WINDOW_S = 5.0  # speed = bytes over the last few seconds
_API_TIMEOUT_S = 15.0
_CONNECT_TIMEOUT_S = 10.0
_READ_TIMEOUT_S = 2.0  # one socket read; a longer silence is a stall: ask again from there
_RETRIES = 5  # network failures in a row (no byte in between) before giving up
_RETRY_BASE_S = 0.5  # then 1, 2, 4 s…
_COPY_CHUNK = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_REPO_ID = re.compile(r"^[\w][\w.\-]*(?:/[\w][\w.\-]*)?$")

_ACTIVE: set[str] = set()  # staging folders being downloaded in this process
_ACTIVE_LOCK = threading.Lock()


@dataclass(frozen=True)
class DownloadProgress:
    repo_id: str
    done_bytes: int
    total_bytes: int
    speed_bps: float  # bytes per second over the last few seconds (0 before the first bytes)
    eta_s: float | None  # None while the speed is unknown
    current_file: str


@dataclass(frozen=True)
class PartialDownload:
    """A download interrupted (paused, crashed, app quit) that the same call resumes."""

    repo_id: str
    revision: str
    name: str
    done_bytes: int
    total_bytes: int | None


class DownloadError(AssistantError):
    """A download failed; ``message`` says why and what to do. Bytes already there are kept."""


class NoNetwork(DownloadError):
    def __init__(self, message: str = "Could not reach huggingface.co — check your connection; "
                 "the download resumes where it stopped.") -> None:
        super().__init__(message)


class TokenRequired(DownloadError):
    """401/403: a gated or private repo. ``token_rejected``: a token was sent and refused."""

    def __init__(self, message: str, *, repo_id: str, token_rejected: bool,
                 gated: bool = False) -> None:
        super().__init__(message)
        self.repo_id = repo_id
        self.token_rejected = token_rejected
        self.gated = gated


class RepoNotFound(DownloadError):
    def __init__(self, message: str, *, repo_id: str, revision: str) -> None:
        super().__init__(message)
        self.repo_id = repo_id
        self.revision = revision


class DiskFull(DownloadError):
    def __init__(self, message: str, *, needed_bytes: int, free_bytes: int) -> None:
        super().__init__(message)
        self.needed_bytes = needed_bytes
        self.free_bytes = free_bytes


# -- names and the staging folder ------------------------------------------------------------


def default_name(repo_id: str) -> str:
    """The repo's last path part, made a valid installed-model name."""
    from assistants.installed import check_name, is_reserved_name

    last = repo_id.strip().rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w.\-]+", "-", last)
    name = re.sub(r"^[^\w]+", "", name)[:100].rstrip(".") or "model"
    if is_reserved_name(name):
        stem, dot, rest = name[:94].partition(".")
        name = f"{stem}-model{dot}{rest}"  # "con" is a device on Windows, "con-model" is not
    return check_name(name)


def _staging(models_dir: Path, name: str) -> Path:
    return models_dir / f"{STAGING_PREFIX}{name}"


def _read_manifest(staging: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    keys = ("repo_id", "revision", "name", "commit", "files")
    if not isinstance(data, dict) or data.get("format") != _FORMAT or any(k not in data
                                                                          for k in keys):
        return None
    # The manifest names paths to write and a folder to delete: a damaged or edited one is
    # dropped (the download starts again), never followed outside the staging folder.
    files = data["files"]
    if (not isinstance(data["name"], str) or staging.name != f"{STAGING_PREFIX}{data['name']}"
            or not all(isinstance(data[k], str) for k in ("repo_id", "revision", "commit"))
            or not isinstance(files, list)
            or not all(isinstance(f, dict) and plain_file_name(f.get("path"))
                       and (f.get("size") is None or _is_size(f.get("size"))) for f in files)):
        return None
    return data


def _is_size(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _write_manifest(staging: Path, manifest: dict[str, Any]) -> None:
    tmp = staging / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    os.replace(tmp, staging / MANIFEST)


def _bytes_on_disk(staging: Path, manifest: dict[str, Any] | None) -> int:
    """Bytes of the manifest's files already in the staging folder, finished or not."""
    if manifest is None:
        return 0
    done = 0
    for f in manifest["files"]:
        for path in (staging / f["path"], staging / PARTS / f["path"]):
            with contextlib.suppress(OSError):
                done += path.stat().st_size
                break
    return done


def partial_downloads(models_dir: Path) -> list[PartialDownload]:
    """Interrupted downloads in ``models_dir`` (a running one is listed too)."""
    models_dir = Path(models_dir)
    if not models_dir.is_dir():
        return []
    out = []
    for staging in sorted(models_dir.iterdir()):
        if not (staging.is_dir() and staging.name.startswith(STAGING_PREFIX)):
            continue
        manifest = _read_manifest(staging)
        if manifest is None:
            continue
        out.append(_partial(staging, manifest))
    return out


def _partial(staging: Path, manifest: dict[str, Any]) -> PartialDownload:
    sizes = [f.get("size") for f in manifest["files"]]
    total = sum(sizes) if all(isinstance(s, int) for s in sizes) else None
    return PartialDownload(
        repo_id=manifest["repo_id"], revision=manifest["revision"], name=manifest["name"],
        done_bytes=_bytes_on_disk(staging, manifest), total_bytes=total)


def discard_partial(models_dir: Path, repo_id: str) -> None:
    """Delete the interrupted downloads of ``repo_id`` (refused while one is running)."""
    models_dir = Path(models_dir)
    for partial in partial_downloads(models_dir):
        if partial.repo_id != repo_id:
            continue
        staging = _staging(models_dir, partial.name)
        with _ACTIVE_LOCK:
            if os.path.abspath(staging) in _ACTIVE:
                raise DownloadError(Phrase("{repo} is downloading: cancel it before discarding "
                                           "it.", repo=repo_id))
        shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def _claim(staging: Path, repo_id: str) -> Iterator[None]:
    key = os.path.abspath(staging)
    with _ACTIVE_LOCK:
        if key in _ACTIVE:
            raise DownloadError(Phrase("{repo} is already downloading under that name.",
                                       repo=repo_id))
        _ACTIVE.add(key)
    try:
        yield
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.discard(key)


# -- progress --------------------------------------------------------------------------------


class _Progress:
    def __init__(self, repo_id: str, total: int, done: int,
                 callback: Callable[[DownloadProgress], None] | None) -> None:
        self.repo_id = repo_id
        self.total = total
        self.done = done
        self.callback = callback
        self.current = ""
        now = time.monotonic()
        self.samples: deque[tuple[float, int]] = deque([(now, done)])
        self.last_emit = 0.0

    def add(self, n: int) -> None:
        self.done += n
        if n < 0:  # a file starts again from zero: the speed window starts again too
            self.samples = deque([(time.monotonic(), self.done)])
        self.emit()

    def emit(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if self.callback is None or (not force and now - self.last_emit < _PROGRESS_EVERY_S):
            return
        self.last_emit = now
        self.samples.append((now, self.done))
        while len(self.samples) > 2 and now - self.samples[1][0] >= _SPEED_WINDOW_S:
            self.samples.popleft()
        t0, d0 = self.samples[0]
        speed = (self.done - d0) / (now - t0) if now - t0 >= 0.05 else 0.0
        speed = max(speed, 0.0)
        left = max(self.total - self.done, 0)
        eta = left / speed if speed > 0 else (0.0 if left == 0 else None)
        self.callback(DownloadProgress(self.repo_id, self.done, max(self.total, self.done),
                                       speed, eta, self.current))


# -- errors ----------------------------------------------------------------------------------


def _page(repo_id: str, endpoint: str | None) -> str:
    from huggingface_hub import constants

    return f"{(endpoint or constants.ENDPOINT).rstrip('/')}/{repo_id}"


def _token_required(repo_id: str, endpoint: str | None, *, sent: bool, status: int,
                    gated: bool, invalid: bool) -> TokenRequired:
    page = _page(repo_id, endpoint)
    if invalid:
        message = ("Hugging Face refused the access token saved in Atelier (invalid, expired or "
                   "revoked). Replace it with a valid token (read access is enough) from "
                   "https://huggingface.co/settings/tokens.")
    elif gated and sent:
        message = Phrase("Your Hugging Face access token does not give access to {repo} yet: "
                         "open {page}, sign in with the account the token belongs to and accept "
                         "the model's licence, then download again (or replace the token).",
                         repo=repo_id, page=page)
    elif gated:
        message = Phrase("{repo} is gated: its authors ask each user to accept their licence. "
                         "Open {page}, sign in and accept it, then add a Hugging Face access "
                         "token (read access is enough) to Atelier and download again.",
                         repo=repo_id, page=page)
    elif sent:
        message = Phrase("Your Hugging Face access token does not give access to {repo} "
                         "(HTTP {status}): it is private, or gated and its licence is not "
                         "accepted yet on {page}. Check the repo id, or replace the token.",
                         repo=repo_id, status=status, page=page)
    else:
        message = Phrase("Hugging Face needs an access token for {repo}: it is private or gated "
                         "(or the repo id is wrong). Add a Hugging Face access token (read "
                         "access is enough) to Atelier; for a gated model, also accept its "
                         "licence on {page}.", repo=repo_id, page=page)
    return TokenRequired(message, repo_id=repo_id, token_rejected=sent, gated=gated)


def _translate(exc: BaseException, repo_id: str, revision: str, endpoint: str | None,
               token_sent: bool) -> AssistantError | None:
    """A readable error for what huggingface_hub / httpx2 / the disk raised; None if unknown."""
    import httpx2
    from huggingface_hub.errors import (
        FileMetadataError,
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RemoteEntryNotFoundError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if isinstance(exc, OfflineModeIsEnabled):
        return NoNetwork("Downloads are switched off (HF_HUB_OFFLINE is set): unset it to "
                         "download models.")
    if isinstance(exc, httpx2.ProxyError):
        return NoNetwork("The network proxy refused the connection to huggingface.co — check "
                         "the proxy settings; the download resumes where it stopped.")
    if isinstance(exc, httpx2.TransportError):  # connect, DNS, timeouts, dropped connections
        return NoNetwork()
    if isinstance(exc, FileMetadataError):
        return DownloadError(Phrase("The server at {server} does not answer as the Hugging "
                                    "Face hub does (check HF_ENDPOINT and the proxy settings).",
                                    server=endpoint or "huggingface.co"))
    if isinstance(exc, HfHubHTTPError):
        status = exc.response.status_code if exc.response is not None else 0
        headers = exc.response.headers if exc.response is not None else {}
        invalid = headers.get("X-Error-Message") == "Invalid credentials in Authorization header"
        if isinstance(exc, GatedRepoError):
            return _token_required(repo_id, endpoint, sent=token_sent, status=status,
                                   gated=True, invalid=invalid)
        if isinstance(exc, RevisionNotFoundError):
            return RepoNotFound(Phrase("{repo} has no revision “{revision}” (no such branch, "
                                       "tag or commit).", repo=repo_id, revision=revision),
                                repo_id=repo_id, revision=revision)
        if status in (401, 403):
            return _token_required(repo_id, endpoint, sent=token_sent, status=status,
                                   gated=False, invalid=invalid)
        if isinstance(exc, RepositoryNotFoundError) or (
                status == 404 and not isinstance(exc, RemoteEntryNotFoundError)):
            return RepoNotFound(Phrase("No model named {repo} on Hugging Face: check the repo "
                                       "id (owner/name, as in the address of its page).",
                                       repo=repo_id), repo_id=repo_id, revision=revision)
        if isinstance(exc, RemoteEntryNotFoundError):
            return DownloadError(Phrase("A file of {repo} is listed by the hub but cannot be "
                                        "downloaded (HTTP 404). Try again later.", repo=repo_id))
        if status == 429:
            return DownloadError("Hugging Face limits how often it can be asked (HTTP 429): wait "
                                 "a few minutes, then download again; it resumes where it "
                                 "stopped.")
        return DownloadError(Phrase("Hugging Face answered with an error (HTTP {status}). Try "
                                    "again later: the download resumes where it stopped.",
                                    status=status))
    return None


# -- the download ----------------------------------------------------------------------------


def _auth(token: str | None) -> str | bool:
    """What huggingface_hub gets as ``token``.

    huggingface_hub reads ``token=None`` as "find one yourself": HF_TOKEN, the token file of
    ``hf auth login``, even an OAuth refresh (network and file writes). Atelier's token is the
    keyring's, passed in by the caller; anything else would be sent without the user knowing
    (to a custom endpoint, too) and would make ``TokenRequired.token_rejected`` lie. So no
    token means ``False``: send none.
    """
    token = (token or "").strip()
    return token or False


def _check_repo_id(repo_id: str) -> str:
    repo_id = (repo_id or "").strip().strip("/")
    if not _REPO_ID.match(repo_id) or ".." in repo_id:
        raise RepoNotFound(Phrase("“{repo}” is not a Hugging Face repo id: write it as "
                                  "owner/name, as in the address of the model's page.",
                                  repo=repo_id), repo_id=repo_id, revision="")
    return repo_id


def _select_files(info: Any, repo_id: str) -> list[dict[str, Any]]:
    from assistants.loading import PICKLE_SUFFIXES

    siblings = [(s.rfilename, s.lfs.size if s.lfs is not None else s.size)
                for s in (info.siblings or [])]
    hostile = [name for name, _ in siblings if not _plain_repo_path(name)]
    if hostile:
        raise ModelRefused(Phrase(
            "{repo} lists files whose names are not plain file names ({names}): a name with "
            "“..”, a backslash, a drive letter, a NUL or an absolute path could write outside "
            "the models folder. Nothing was downloaded. Check the server address (HF_ENDPOINT) "
            "or choose another repo.", repo=repo_id,
            names=", ".join(repr(n)[:80] for n in hostile[:3])))
    files = [{"path": name, "size": size} for name, size in siblings
             if "/" not in name and any(fnmatch(name, p) for p in DOWNLOAD_PATTERNS)]
    for f in files:
        if not _is_size(f["size"]):
            raise ModelRefused(Phrase("{repo} does not say how big {file} is, so its download "
                                      "could not be bounded. Nothing was downloaded.",
                                      repo=repo_id, file=f["path"]))
    if not any(f["path"].endswith(".safetensors") for f in files):
        pickles = [n for n, _ in siblings if "/" not in n and n.endswith(PICKLE_SUFFIXES)]
        if pickles:
            raise ModelRefused(Phrase(
                "{repo} has its weights only in pickle format ({files}). Atelier loads "
                "safetensors weights only: a pickle file can run any code on this computer when "
                "it is opened. Look for a version of the model with .safetensors files (often a "
                "conversion branch or another repo).", repo=repo_id,
                files=", ".join(pickles[:3])))
        raise ModelRefused(Phrase("{repo} has no safetensors weights at its root, so Atelier "
                                  "cannot use it (it loads transformers models in safetensors "
                                  "format).", repo=repo_id))
    # Small files first: config and tokenizer problems show before the long part.
    return sorted(files, key=lambda f: (f["size"] is None, f["size"] or 0, f["path"]))


def _plain_repo_path(name: object) -> bool:
    """A repo file name made of plain components: "config.json", "onnx/model.onnx"; never
    absolute, empty parts, ".", "..", a backslash, a drive ("C:"), a NUL or a control."""
    return isinstance(name, str) and 0 < len(name) <= 1000 and all(
        plain_file_name(part) for part in name.split("/"))


def _check_space(models_dir: Path, repo_id: str, needed: int) -> None:
    free = shutil.disk_usage(models_dir).free
    if needed > free:
        raise _disk_full(models_dir, repo_id, needed, free)


def _disk_full(models_dir: Path, repo_id: str, needed: int, free: int) -> DiskFull:
    from assistants.resources import format_bytes

    return DiskFull(Phrase(
        "Not enough disk space for {repo}: {needed} more are needed and {free} are free in "
        "{folder}. Free some space, then download again: it resumes where it stopped.",
        repo=repo_id, needed=format_bytes(needed), free=format_bytes(free), folder=models_dir),
        needed_bytes=needed, free_bytes=free)


def _open_part(path: Path, offset: int) -> IO[bytes]:
    """The partial file, positioned at ``offset`` (truncated there)."""
    fh = open(path, "r+b" if path.exists() else "wb")  # noqa: SIM115 (returned to the caller)
    fh.truncate(offset)
    fh.seek(offset)
    return fh


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


class _Transfer:
    """One call of ``download_model``: the files of one manifest into one staging folder."""

    def __init__(self, repo_id: str, models_dir: Path, staging: Path, manifest: dict[str, Any],
                 auth: str | bool, endpoint: str | None, progress: _Progress,
                 cancel: threading.Event) -> None:
        self.repo_id = repo_id
        self.models_dir = models_dir
        self.staging = staging
        self.manifest = manifest
        self.auth = auth
        self.endpoint = endpoint
        self.progress = progress
        self.cancel = cancel
        self.received = 0  # bytes received from the network by this call

    def check(self) -> None:
        if self.cancel.is_set():
            # ``partial`` is filled in by download_model once the files are closed.
            raise Cancelled(Phrase("Download of {repo} paused; what came is kept and the next "
                                   "download resumes where it stopped.", repo=self.repo_id))

    def run(self) -> None:
        for entry in self.manifest["files"]:
            self.check()
            dest = self.staging / entry["path"]
            if dest.is_file() and entry["size"] == dest.stat().st_size:
                continue
            self.progress.current = entry["path"]
            self.progress.emit(force=True)
            self.fetch(entry, dest)
            self.progress.emit(force=True)

    def fetch(self, entry: dict[str, Any], dest: Path) -> None:
        """One file, with retries after network failures as long as bytes keep coming."""
        import httpx2

        failures = 0
        while True:
            received = self.received
            try:
                self.fetch_once(entry, dest)
                return
            except (httpx2.TransportError, _Incomplete) as exc:
                if isinstance(exc, httpx2.ProxyError | httpx2.UnsupportedProtocol) or (
                        self.received == 0
                        and isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout)):
                    raise  # no connection at all in this call: say so at once
                failures = 0 if self.received > received else failures + 1
                if failures >= _RETRIES:
                    raise
                wait = _RETRY_BASE_S * 2 ** max(failures - 1, 0)
                log.info("download of %s interrupted (%s); resuming in %.1f s",
                         entry["path"], type(exc).__name__, wait)
                self.progress.emit(force=True)  # the speed shown drops while nothing comes
                if self.cancel.wait(wait):
                    self.check()

    def fetch_once(self, entry: dict[str, Any], dest: Path) -> None:
        import httpx2
        from huggingface_hub import get_hf_file_metadata, get_session, hf_hub_url
        from huggingface_hub.utils import build_hf_headers, hf_raise_for_status

        url = hf_hub_url(self.repo_id, entry["path"], revision=self.manifest["commit"],
                         endpoint=self.endpoint)
        meta = get_hf_file_metadata(url, token=self.auth, timeout=_API_TIMEOUT_S,
                                    endpoint=self.endpoint)
        part = self.staging / PARTS / entry["path"]
        part.parent.mkdir(parents=True, exist_ok=True)
        if entry.get("etag") not in (None, meta.etag) or (
                meta.size is not None and entry["size"] not in (None, meta.size)):
            # Not what this manifest started: start the file again.
            self.progress.add(-self.drop(part))
        resized = meta.size is not None and meta.size != entry["size"]
        if resized:
            self.progress.total += meta.size - (entry["size"] or 0)
        if resized or entry.get("etag") != meta.etag:
            entry["etag"] = meta.etag
            entry["size"] = meta.size if meta.size is not None else entry["size"]
            _write_manifest(self.staging, self.manifest)
        size: int | None = entry["size"]
        if size is None:
            raise DownloadError(Phrase("The hub does not say how big {file} of {repo} is, so "
                                       "its download could not be bounded.",
                                       file=entry["path"], repo=self.repo_id))
        offset = part.stat().st_size if part.exists() else 0
        if offset > size:
            self.progress.add(-self.drop(part))
            offset = 0
        if resized and size - offset > shutil.disk_usage(self.models_dir).free:
            raise self.disk_full(size, offset)
        sha256 = meta.etag if meta.etag and _SHA256.match(meta.etag) else None
        hasher = self.hash_prefix(part, offset) if sha256 else None

        while offset < size:
            self.check()
            headers = build_hf_headers(token=self.auth)
            headers["Accept-Encoding"] = "identity"  # sizes and offsets are those of the file
            if offset:
                headers["Range"] = f"bytes={offset}-"
            if not _same_origin(url, meta.location):
                headers.pop("authorization", None)  # a signed CDN address needs no token
            timeout = httpx2.Timeout(_CONNECT_TIMEOUT_S, read=_READ_TIMEOUT_S)
            too_long = False
            with get_session().stream("GET", meta.location, headers=headers, timeout=timeout,
                                      follow_redirects=True) as response:
                if response.status_code == 416 and offset:
                    self.progress.add(-self.drop(part))  # the range is wrong: start again
                    raise _Incomplete(entry["path"])
                if response.status_code >= 400:
                    response.read()
                    hf_raise_for_status(response)
                if offset and response.status_code != 206:  # the server sent the whole file
                    self.progress.add(-offset)
                    offset, hasher = 0, hashlib.sha256() if sha256 else None
                elif offset:
                    start = response.headers.get("Content-Range", "").removeprefix("bytes ")
                    if not start.startswith(f"{offset}-"):
                        raise DownloadError(Phrase(
                            "The hub sent the wrong part of {file} ({range}). Try again.",
                            file=entry["path"], range=start or "no Content-Range"))
                with _open_part(part, offset) as fh:
                    for chunk in response.iter_bytes():
                        self.check()
                        if offset + len(chunk) > size:
                            too_long = True  # the rest is refused, never written
                            break
                        try:
                            fh.write(chunk)
                        except OSError as exc:
                            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                                raise self.disk_full(size, offset) from None
                            raise
                        if hasher is not None:
                            hasher.update(chunk)
                        offset += len(chunk)
                        self.received += len(chunk)
                        self.progress.add(len(chunk))
            if too_long:
                self.progress.add(-self.drop(part))
                raise DownloadError(Phrase(
                    "The hub sent more than the {size} bytes it announced for {file} of {repo}: "
                    "the file was refused and deleted. Check the server address (HF_ENDPOINT) "
                    "or try again later.", size=f"{size:,}", file=entry["path"],
                    repo=self.repo_id))
            if offset < size:
                raise _Incomplete(entry["path"])

        if hasher is not None and hasher.hexdigest() != sha256:
            self.progress.add(-self.drop(part))
            raise DownloadError(Phrase("{file} of {repo} arrived damaged (its checksum does "
                                       "not match). Download again: that file starts again "
                                       "from zero.", file=entry["path"], repo=self.repo_id))
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, dest)

    def hash_prefix(self, part: Path, offset: int) -> Any:
        hasher = hashlib.sha256()
        if offset:
            with open(part, "rb") as fh:
                left = offset
                while left:
                    self.check()
                    block = fh.read(min(_COPY_CHUNK, left))
                    if not block:
                        break
                    hasher.update(block)
                    left -= len(block)
        return hasher

    @staticmethod
    def drop(part: Path) -> int:
        size = part.stat().st_size if part.exists() else 0
        part.unlink(missing_ok=True)
        return size

    def disk_full(self, size: int | None, offset: int) -> DiskFull:
        total = sum(f["size"] or 0 for f in self.manifest["files"])
        needed = max(total - _bytes_on_disk(self.staging, self.manifest), (size or 0) - offset)
        return _disk_full(self.models_dir, self.repo_id, needed,
                          shutil.disk_usage(self.models_dir).free)


class _Incomplete(Exception):
    """A body ended before the file's size: ask again for the rest."""


def _as_downloaded(message: str, folder: str, repo_id: str) -> str:
    """A refusal of the downloaded folder ``folder`` (validate_model_dir's "The folder …")
    worded about the model ``repo_id`` instead: the person never named that folder."""
    if not (isinstance(message, Phrase) and message.values.get("folder") == folder):
        return message
    values = {**message.values, "folder": repo_id}
    if message.template == "The folder {folder} cannot be read: {error}.":
        return Phrase("The model {folder} cannot be read: {error}.", **values)
    if message.template == "The folder {folder} cannot be used: {why}.":
        return Phrase("The model {folder} cannot be used: {why}.", **values)
    if message.template.startswith("The folder {folder} cannot be used: it holds entries"):
        return Phrase("The model {folder} cannot be used: it holds entries that are not regular "
                      "files ({entries}). Atelier reads only the files that are inside a model's "
                      "folder, never what a link points to.", **values)
    if message.template.startswith("The folder {folder} holds a model Atelier cannot use"):
        return Phrase("The model {folder} holds a model Atelier cannot use for text ({what}): it "
                      "needs a text-generation (causal LM), translation (seq2seq) or "
                      "sentence-embedding (encoder without an LM head, such as BertModel) "
                      "model.",
                      **values)
    return message


def download_model(
    repo_id: str,
    models_dir: Path,
    *,
    revision: str = "main",
    name: str | None = None,
    token: str | None = None,
    endpoint: str | None = None,
    progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> Installed:
    """Download ``repo_id`` at ``revision`` into ``models_dir/name``, resuming what is there.

    Raises ``NoNetwork``, ``TokenRequired``, ``RepoNotFound``, ``DiskFull`` (all
    ``DownloadError``), ``ModelRefused`` (no safetensors weights, invalid folder, the name is
    taken) or ``Cancelled`` (``.partial`` is a ``PartialDownload``; the bytes stay).
    """
    from assistants.installed import Installed, check_name
    from assistants.loading import validate_model_dir

    repo_id = _check_repo_id(repo_id)
    revision = (revision or "main").strip()
    name = check_name(name or default_name(repo_id))
    models_dir = Path(models_dir)
    target = models_dir / name
    if target.exists():
        raise ModelRefused(Phrase("A model named “{name}” is already installed: choose "
                                  "another name or remove it first.", name=name))
    staging = _staging(models_dir, name)
    cancel = cancel or threading.Event()
    auth = _auth(token)
    endpoint = endpoint.rstrip("/") if endpoint else None

    with _claim(staging, repo_id):
        manifest = _read_manifest(staging)
        if manifest is not None and manifest["repo_id"] != repo_id:
            raise ModelRefused(Phrase(
                "An unfinished download of {repo} already uses the name “{name}”: resume or "
                "discard it, or choose another name.", repo=manifest["repo_id"], name=name))
        total = 0
        try:
            if manifest is not None and manifest["revision"] != revision:
                shutil.rmtree(staging)  # another revision was asked for: start again
                manifest = None
            if manifest is None:
                from huggingface_hub import HfApi

                info = HfApi(endpoint=endpoint, token=auth).model_info(
                    repo_id, revision=revision, files_metadata=True, token=auth,
                    timeout=_API_TIMEOUT_S)
                manifest = {"format": _FORMAT, "repo_id": repo_id, "revision": revision,
                            "name": name, "commit": info.sha,
                            "files": _select_files(info, repo_id)}
                shutil.rmtree(staging, ignore_errors=True)
                staging.mkdir(parents=True)
                _write_manifest(staging, manifest)
            total = sum(f["size"] or 0 for f in manifest["files"])
            done = _bytes_on_disk(staging, manifest)
            _check_space(models_dir, repo_id, total - done)
            tracker = _Progress(repo_id, total, done, progress)
            tracker.emit(force=True)
            _Transfer(repo_id, models_dir, staging, manifest, auth, endpoint, tracker,
                      cancel).run()
        except BaseException as exc:
            if _bytes_on_disk(staging, manifest) == 0:
                shutil.rmtree(staging, ignore_errors=True)  # nothing worth resuming
            if isinstance(exc, Cancelled) and exc.partial is None and manifest is not None:
                exc.partial = _partial(staging, manifest)
            if isinstance(exc, AssistantError):
                raise
            if isinstance(exc, _Incomplete):
                raise NoNetwork() from None
            readable = _translate(exc, repo_id, revision, endpoint, token_sent=bool(auth))
            if readable is None and isinstance(exc, OSError) and exc.errno in (errno.ENOSPC,
                                                                                errno.EDQUOT):
                readable = _disk_full(models_dir, repo_id, total - _bytes_on_disk(
                    staging, manifest), shutil.disk_usage(models_dir).free)
            if readable is None and isinstance(exc, OSError):
                readable = DownloadError(Phrase(
                    "The download of {repo} could not be written in {folder}: {error}.",
                    repo=repo_id, folder=models_dir, error=exc.strerror or exc))
            if readable is None:
                raise
            raise readable from None

        shutil.rmtree(staging / PARTS, ignore_errors=True)
        try:
            downloaded = validate_model_dir(staging)
        except ModelRefused as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise ModelRefused(_as_downloaded(exc.message, staging.name, repo_id)) from None
        if downloaded.kind == "embedding":  # an e5 model: record its "query: " prefixes
            from assistants.embedding import mark_catalogue_prefixes

            mark_catalogue_prefixes(staging, repo_id=repo_id)
        if target.exists():
            raise ModelRefused(Phrase("A model named “{name}” was installed meanwhile: the "
                                      "download stays in {folder}; remove that model, then "
                                      "download again to finish.", name=name,
                                      folder=staging.name))
        staging.rename(target)
        (target / MANIFEST).unlink(missing_ok=True)
        tracker.current = ""
        tracker.emit(force=True)
    return Installed(name, target, validate_model_dir(target))

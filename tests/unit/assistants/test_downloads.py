"""Downloads against a loopback stand-in for the hub (tests/hubserver.py): no network.

The repo served is the tiny causal LM of conftest.py, plus files a download must leave out.
"""

from __future__ import annotations

import collections
import errno
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from assistants import downloads
from assistants.downloads import (
    DiskFull,
    DownloadProgress,
    NoNetwork,
    PartialDownload,
    RepoNotFound,
    TokenRequired,
    default_name,
    discard_partial,
    download_model,
    partial_downloads,
)
from assistants.errors import Cancelled, ModelRefused
from assistants.installed import list_installed
from assistants.loading import validate_model_dir
from tests.hubserver import HubServer, files_from

REPO = "acme/tiny-chat"
ROOT = Path(__file__).resolve().parents[3]
TOKEN = "hf_TestSecret_4f2a9c81d7"
# In the repo but not to be downloaded: pickle weights, other formats, files in sub-folders.
EXTRA = {
    "pytorch_model.bin": b"\x80\x04pickle" * 100,
    "onnx/model.onnx": b"onnx" * 100,
    "sub/config.json": b"{}",
    ".gitattributes": b"*.safetensors filter=lfs\n",
}


@pytest.fixture(scope="module")
def wanted(tiny_causal_dir: Path) -> dict[str, bytes]:
    """The files a download must bring: the tiny model's folder."""
    return files_from(tiny_causal_dir)


@pytest.fixture(scope="module")
def repo(wanted: dict[str, bytes]) -> dict[str, bytes]:
    return {**wanted, **EXTRA}


@pytest.fixture
def models(tmp_path: Path) -> Path:
    return tmp_path / "data" / "models"


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(downloads, "_RETRY_BASE_S", 0.01)


def assert_installed(models: Path, name: str, wanted: dict[str, bytes]) -> None:
    folder = models / name
    assert sorted(p.name for p in folder.iterdir()) == sorted(wanted)
    for filename, data in wanted.items():
        assert (folder / filename).read_bytes() == data, filename
    validate_model_dir(folder)
    assert [m.name for m in list_installed(models)] == [name]
    assert partial_downloads(models) == []
    assert [p.name for p in models.iterdir()] == [name]  # no staging folder left


def cancel_midway(hub: HubServer, models: Path, **kwargs: Any) -> Cancelled:
    """Start a throttled download and cancel it inside model.safetensors."""
    cancel = threading.Event()

    def progress(p: DownloadProgress) -> None:
        if p.current_file == "model.safetensors" and p.done_bytes > 50_000:
            cancel.set()

    hub.throttle = 150_000
    with pytest.raises(Cancelled) as caught:
        download_model(REPO, models, endpoint=hub.endpoint, progress=progress, cancel=cancel,
                       **kwargs)
    hub.throttle = None
    return caught.value


def test_a_download_installs_a_model_that_loads(models: Path, repo: dict[str, bytes],
                                                wanted: dict[str, bytes]) -> None:
    seen: list[DownloadProgress] = []
    with HubServer({REPO: repo}) as hub:
        installed = download_model(REPO, models, endpoint=hub.endpoint, progress=seen.append)
    assert installed.name == "tiny-chat" and installed.path == models / "tiny-chat"
    assert installed.folder is not None and installed.folder.kind == "causal-lm"
    assert_installed(models, "tiny-chat", wanted)

    total = sum(len(d) for d in wanted.values())
    done = [p.done_bytes for p in seen]
    assert done == sorted(done) and done[-1] == total
    assert {p.total_bytes for p in seen} == {total}
    assert seen[-1].eta_s == 0
    assert {p.current_file for p in seen} <= {"", *wanted}
    fetched = {r.path.rsplit("/", 1)[-1] for r in hub.requests if "/resolve/" in r.path}
    assert fetched == set(wanted)  # neither the pickle, nor onnx/, nor sub-folders
    assert hub.range_requests == []


def test_cancel_midway_then_resume_with_a_range_request(models: Path, repo: dict[str, bytes],
                                                       wanted: dict[str, bytes]) -> None:
    cancel = threading.Event()
    reports: list[DownloadProgress] = []

    def progress(p: DownloadProgress) -> None:
        reports.append(p)
        if p.current_file == "model.safetensors" and p.done_bytes > 50_000:
            cancel.set()

    with HubServer({REPO: repo}, throttle=100_000) as hub:
        with pytest.raises(Cancelled) as caught:
            download_model(REPO, models, endpoint=hub.endpoint, progress=progress,
                           cancel=cancel)
        # How soon it stops and how often progress comes: `make bench` (responsiveness).
        # Progress came during the file, not only at its end.
        assert any(0 < p.done_bytes < caught.value.partial.total_bytes for p in reports)
        partial = caught.value.partial
        assert isinstance(partial, PartialDownload) and partial.name == "tiny-chat"
        assert partial_downloads(models) == [partial]
        assert 0 < partial.done_bytes < partial.total_bytes == sum(map(len, wanted.values()))
        assert list_installed(models) == []

        hub.throttle = None
        seen: list[DownloadProgress] = []
        download_model(REPO, models, endpoint=hub.endpoint, progress=seen.append)
        assert seen[0].done_bytes == partial.done_bytes  # counted from where it stopped
    assert_installed(models, "tiny-chat", wanted)
    ranges = [(r.path.rsplit("/", 1)[-1], r.range_start) for r in hub.range_requests]
    assert len(ranges) == 1 and ranges[0][0] == "model.safetensors" and ranges[0][1] > 0
    gets = [r for r in hub.requests if r.method == "GET" and "/resolve/" in r.path]
    assert len(gets) == len(wanted) + 1  # nothing fetched twice but the resumed file


def test_resume_after_the_process_was_killed(models: Path, repo: dict[str, bytes],
                                             wanted: dict[str, bytes]) -> None:
    part = models / ".downloading-tiny-chat" / ".incomplete" / "model.safetensors"
    with HubServer({REPO: repo}, throttle=40_000) as hub:
        code = ("from pathlib import Path\nfrom assistants.downloads import download_model\n"
                f"download_model({REPO!r}, Path({str(models)!r}), endpoint={hub.endpoint!r})\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while not (part.exists() and part.stat().st_size > 10_000):
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.02)
        finally:
            proc.kill()
            proc.wait()
        [partial] = partial_downloads(models)
        assert partial.repo_id == REPO and partial.revision == "main" and partial.done_bytes > 0

        hub.throttle = None
        download_model(REPO, models, endpoint=hub.endpoint)
    assert_installed(models, "tiny-chat", wanted)
    [resumed] = hub.range_requests
    assert resumed.path.endswith("/model.safetensors") and resumed.range_start > 10_000
    # The commit resolved by the killed process was kept: no second model_info call.
    assert sum(r.path.startswith("/api/") for r in hub.requests) == 1


def test_a_dropped_connection_resumes_within_the_call(models: Path, repo: dict[str, bytes],
                                                     wanted: dict[str, bytes]) -> None:
    with HubServer({REPO: repo}, fail_after_bytes=30_000) as hub:
        download_model(REPO, models, endpoint=hub.endpoint)
    assert_installed(models, "tiny-chat", wanted)
    assert [(r.path.rsplit("/", 1)[-1], r.range_start) for r in hub.range_requests] == [
        ("model.safetensors", 30_000)]


def test_a_cdn_redirect_gets_no_token(models: Path, repo: dict[str, bytes],
                                      wanted: dict[str, bytes]) -> None:
    with HubServer({REPO: repo}, gated={REPO}, token=TOKEN, lfs_redirect=True) as hub:
        download_model(REPO, models, endpoint=hub.endpoint, token=TOKEN)
    assert_installed(models, "tiny-chat", wanted)
    cdn = [r for r in hub.requests if r.path.startswith("/cdn-lfs/")]
    assert len(cdn) == 1 and cdn[0].token is None
    assert all(r.token == TOKEN for r in hub.requests if not r.path.startswith("/cdn-lfs/"))


def test_a_gated_repo_needs_the_right_token(models: Path, repo: dict[str, bytes],
                                            wanted: dict[str, bytes]) -> None:
    with HubServer({REPO: repo}, gated={REPO}, token=TOKEN) as hub:
        with pytest.raises(TokenRequired) as none:
            download_model(REPO, models, endpoint=hub.endpoint)
        assert none.value.token_rejected is False and none.value.gated
        assert none.value.repo_id == REPO
        assert "licence" in none.value.message and "token" in none.value.message
        assert f"{hub.endpoint}/{REPO}" in none.value.message  # the page to accept it on
        assert partial_downloads(models) == [] and not any(models.iterdir())

        with pytest.raises(TokenRequired) as wrong:
            download_model(REPO, models, endpoint=hub.endpoint, token="hf_wrong")
        assert wrong.value.token_rejected is True
        assert "refused the access token" in wrong.value.message
        assert "hf_wrong" not in wrong.value.message

        download_model(REPO, models, endpoint=hub.endpoint, token=TOKEN)
        assert {r.token for r in hub.requests} == {None, "hf_wrong", TOKEN}
    assert_installed(models, "tiny-chat", wanted)


def test_a_private_repo_without_token(models: Path, repo: dict[str, bytes]) -> None:
    with HubServer({REPO: repo}, private={REPO}, token=TOKEN) as hub:
        with pytest.raises(TokenRequired) as caught:
            download_model(REPO, models, endpoint=hub.endpoint)
        assert caught.value.token_rejected is False and not caught.value.gated
        download_model(REPO, models, endpoint=hub.endpoint, token=TOKEN)


def test_no_token_is_picked_up_from_the_environment(
        models: Path, repo: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    with HubServer({REPO: repo}, gated={REPO}, token=TOKEN) as hub, \
            pytest.raises(TokenRequired):
        download_model(REPO, models, endpoint=hub.endpoint)
    assert {r.token for r in hub.requests} == {None}


def test_unknown_repo_or_revision(models: Path, repo: dict[str, bytes]) -> None:
    with HubServer({REPO: repo}) as hub:
        with pytest.raises(RepoNotFound, match="acme/nope"):
            download_model("acme/nope", models, endpoint=hub.endpoint)
        with pytest.raises(RepoNotFound, match="v9"):
            download_model(REPO, models, endpoint=hub.endpoint, revision="v9")
        with pytest.raises(RepoNotFound, match="owner/name"):
            download_model("not a repo", models, endpoint=hub.endpoint)
    assert not models.exists() or not any(models.iterdir())


def test_no_network_fails_fast(models: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NoNetwork) as caught:  # how fast: `make bench` (responsiveness)
        download_model(REPO, models, endpoint=f"http://127.0.0.1:{port}")
    assert "could not reach huggingface.co" in caught.value.message.lower()
    assert "resumes where it stopped" in caught.value.message


def test_the_hub_going_away_midway_is_no_network(models: Path, repo: dict[str, bytes]) -> None:
    hub = HubServer({REPO: repo}).start()
    endpoint = hub.endpoint
    try:
        cancel_midway(hub, models)
    finally:
        hub.stop()
    with pytest.raises(NoNetwork):
        download_model(REPO, models, endpoint=endpoint)
    assert partial_downloads(models)[0].done_bytes > 0  # kept for later


def test_disk_full_before_starting(models: Path, repo: dict[str, bytes],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 5000, 5000))
    with HubServer({REPO: repo}) as hub, pytest.raises(DiskFull) as caught:
        download_model(REPO, models, endpoint=hub.endpoint)
    assert caught.value.free_bytes == 5000 and caught.value.needed_bytes > 100_000
    assert "kB" in caught.value.message and "free" in caught.value.message
    assert not any("/resolve/" in r.path for r in hub.requests)  # nothing fetched
    assert partial_downloads(models) == []


def test_disk_full_while_writing_keeps_what_came(models: Path, repo: dict[str, bytes],
                                                wanted: dict[str, bytes],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = downloads._open_part

    class FillsUp:
        def __init__(self, fh: Any) -> None:
            self.fh = fh
            self.written = 0

        def write(self, data: bytes) -> int:  # writes what fits, then fails as a full disk
            room = 40_000 - self.written
            self.written += self.fh.write(data[:room])
            if len(data) > room:
                raise OSError(errno.ENOSPC, "No space left on device")
            return len(data)

        def __enter__(self) -> FillsUp:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    def open_part(path: Path, offset: int) -> Any:
        fh = real_open(path, offset)
        return FillsUp(fh) if path.name == "model.safetensors" else fh

    monkeypatch.setattr(downloads, "_open_part", open_part)
    with HubServer({REPO: repo}) as hub:
        with pytest.raises(DiskFull) as caught:
            download_model(REPO, models, endpoint=hub.endpoint)
        assert caught.value.needed_bytes > 0 and "resumes" in caught.value.message
        assert partial_downloads(models)[0].done_bytes == 40_000 + sum(
            len(d) for f, d in wanted.items() if f != "model.safetensors")

        monkeypatch.setattr(downloads, "_open_part", real_open)
        download_model(REPO, models, endpoint=hub.endpoint)
    assert_installed(models, "tiny-chat", wanted)
    assert [r.range_start for r in hub.range_requests] == [40_000]


def test_the_token_never_reaches_disk_or_logs(models: Path, repo: dict[str, bytes],
                                              tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                              _isolated_data_dir: Path) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("huggingface_hub", "httpx2", "httpcore", "urllib3", "httpx", "assistants"):
        caplog.set_level(logging.DEBUG, logger=name)

    def scan() -> None:
        for root in (tmp_path, _isolated_data_dir):
            for path in root.rglob("*"):
                if path.is_file():
                    assert TOKEN.encode() not in path.read_bytes(), path
        assert caplog.records  # the loggers did talk
        for record in caplog.records:
            assert TOKEN not in record.getMessage() and TOKEN not in str(record.args)
        assert TOKEN not in caplog.text

    with HubServer({REPO: repo}, gated={REPO}, token=TOKEN) as hub:
        cancel_midway(hub, models, token=TOKEN)
        assert (models / ".downloading-tiny-chat" / downloads.MANIFEST).is_file()
        scan()  # the manifest of a paused download, and its partial files
        download_model(REPO, models, endpoint=hub.endpoint, token=TOKEN)
    scan()
    assert any(r.token == TOKEN for r in hub.requests)


def test_pickle_only_repos_are_refused_before_downloading(models: Path,
                                                         wanted: dict[str, bytes]) -> None:
    pickle_repo = {k: v for k, v in wanted.items() if k != "model.safetensors"}
    pickle_repo["pytorch_model.bin"] = EXTRA["pytorch_model.bin"]
    with HubServer({"acme/pickled": pickle_repo}) as hub, \
            pytest.raises(ModelRefused, match="safetensors") as caught:
        download_model("acme/pickled", models, endpoint=hub.endpoint)
    assert "pytorch_model.bin" in caught.value.message
    assert not any("/resolve/" in r.path for r in hub.requests)
    assert partial_downloads(models) == [] and list_installed(models) == []


def test_an_unusable_download_is_refused_and_removed(models: Path,
                                                     wanted: dict[str, bytes]) -> None:
    no_tokenizer = {k: v for k, v in wanted.items() if not k.startswith("tokenizer")}
    with HubServer({"acme/half": no_tokenizer}) as hub, \
            pytest.raises(ModelRefused, match="tokenizer") as caught:
        download_model("acme/half", models, endpoint=hub.endpoint)
    assert "acme/half" in caught.value.message and ".downloading" not in caught.value.message
    assert list(models.iterdir()) == []


def test_names(models: Path, repo: dict[str, bytes], wanted: dict[str, bytes]) -> None:
    assert default_name("Qwen/Qwen2.5-0.5B-Instruct") == "Qwen2.5-0.5B-Instruct"
    assert default_name("gpt2") == "gpt2"
    assert default_name("acme/--odd name+v2") == "odd-name-v2"
    with HubServer({REPO: repo, "acme/other": repo}) as hub:
        (models / "taken").mkdir(parents=True)
        with pytest.raises(ModelRefused, match="already installed"):
            download_model(REPO, models, endpoint=hub.endpoint, name="taken")
        with pytest.raises(ModelRefused, match="cannot name"):
            download_model(REPO, models, endpoint=hub.endpoint, name="../x")

        cancel_midway(hub, models, name="mine")
        with pytest.raises(ModelRefused, match="unfinished download of acme/tiny-chat"):
            download_model("acme/other", models, endpoint=hub.endpoint, name="mine")
        assert [p.name for p in partial_downloads(models)] == ["mine"]
        discard_partial(models, "acme/other")  # not that one: kept
        assert [p.name for p in partial_downloads(models)] == ["mine"]
        discard_partial(models, REPO)
        assert partial_downloads(models) == []
        installed = download_model("acme/other", models, endpoint=hub.endpoint, name="mine")
    assert installed.name == "mine" and sorted(p.name for p in installed.path.iterdir()) == \
        sorted(wanted)


# -- a hostile hub: file names that leave the folder, bodies longer than announced -----------


@pytest.mark.parametrize("hostile", [
    "..\\evil.json", "../evil.json", "/etc/evil.json", "C:evil.json", "c:\\evil.json",
    "evil\0.json", "a//b.json", "sub/../../evil.json", "./config.json", "", "..",
    "tokenizer.json/", "evil\n.json",
])
def test_a_hub_listing_names_that_are_not_plain_is_refused(models: Path, repo: dict[str, bytes],
                                                         hostile: str) -> None:
    with HubServer({REPO: {**repo, hostile: b"{}"}}) as hub:
        with pytest.raises(ModelRefused, match="not plain file names") as caught:
            download_model(REPO, models, endpoint=hub.endpoint)
        assert not any("/resolve/" in r.path for r in hub.requests)  # nothing fetched
    assert "Traceback" not in caught.value.message
    assert not models.exists() or list(models.iterdir()) == []


def test_a_hub_that_sends_more_than_it_announced_is_cut_off(models: Path,
                                                            repo: dict[str, bytes],
                                                            wanted: dict[str, bytes]) -> None:
    extra = 256 * 1024**2
    with HubServer({REPO: repo}, oversend=extra) as hub:
        with pytest.raises(downloads.DownloadError, match="more than the") as caught:
            download_model(REPO, models, endpoint=hub.endpoint)
        sent = hub.bytes_sent
    assert sent < sum(map(len, wanted.values())) + extra // 2  # it stopped reading
    first = min(wanted, key=lambda n: (len(wanted[n]), n))  # small files come first
    assert first in caught.value.message
    biggest = max(map(len, wanted.values()))
    on_disk = [p for p in models.rglob("*") if p.is_file()]
    assert all(p.stat().st_size <= biggest for p in on_disk)
    assert not any(p.name == first for p in on_disk)  # the refused file is deleted
    assert list_installed(models) == []


def test_a_damaged_manifest_is_never_followed(models: Path, tmp_path: Path) -> None:
    """A manifest names a folder to delete and paths to write: an edited one is ignored."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    staging = models / ".downloading-x"
    staging.mkdir(parents=True)
    base = {"format": 1, "repo_id": REPO, "revision": "main", "commit": "0" * 40}
    for manifest in ({**base, "name": "x/../../../victim", "files": []},
                     {**base, "name": "x", "files": [{"path": "../../../victim/a", "size": 3}]},
                     {**base, "name": "x", "files": [{"path": "a", "size": "3"}]},
                     {**base, "name": "x", "files": {"a": 3}}):
        (staging / ".atelier-download.json").write_text(json.dumps(manifest))
        assert partial_downloads(models) == []
        discard_partial(models, REPO)
        assert (victim / "precious.txt").read_text() == "keep me"


def test_default_names_are_never_devices() -> None:
    assert default_name("acme/con") == "con-model"
    assert default_name("acme/NUL.json") == "NUL-model.json"
    assert default_name("acme/com1") == "com1-model"
    assert default_name("acme/model.") == "model"
    assert default_name("acme/console") == "console"

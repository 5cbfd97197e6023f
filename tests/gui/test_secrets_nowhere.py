"""The hub token lives in the keyring and nowhere else.

The app is used with a token: saved through ModelService.save_hub_token (the Models page's
way), a gated model downloaded by the app and by `atelier models pull` (which read it from the
keyring), a backup made, diagnostics copied, everything logged at DEBUG level into the rotating
log file (made small here, so that it rotates). Then every file the app owns — the store and
its WAL, the backups, the models folder (and whatever the download left there), the log files,
the Qt settings file — is scanned for the token, raw and in the encodings a file might use.

(In tests/gui, not tests/unit: ModelService is a QObject and needs the Qt application.)
"""

from __future__ import annotations

import base64
import json
import logging
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import logs
from desktop.cli import main
from desktop.diagnostics import diagnostics_text
from storage import backup, paths
from tests.factories import order
from tests.hubserver import HubServer
from tests.keyring_backend import MemoryKeyring, use_keyring

TOKEN = "hf_AtelierSecret7Q2x9Lm4Tz"
REPO = "acme/gated-writer"


def tiny_model_files() -> dict[str, bytes]:
    """A folder that passes validate_model_dir, without torch: a config, a tokenizer and a
    one-tensor safetensors file."""
    header = json.dumps({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
    weights = struct.pack("<Q", len(header)) + header + b"\0" * 8
    return {
        "config.json": json.dumps({"architectures": ["LlamaForCausalLM"],
                                   "model_type": "llama"}).encode(),
        "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE"}}',
        "tokenizer_config.json": b"{}",
        "model.safetensors": weights,
    }


def forms(secret: str) -> dict[str, bytes]:
    """The token as it could land in a file."""
    raw = secret.encode()
    return {
        "utf-8": raw,
        "utf-16-le": secret.encode("utf-16-le"),
        "base64": base64.b64encode(raw),
        "base64 (Basic auth)": base64.b64encode(b"user:" + raw)[:-4],
        "hex": raw.hex().encode(),
        "reversed": raw[::-1],
    }


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def logging_to_data_dir(ctx, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's rotating log, at DEBUG, rotating every 8 kB."""
    monkeypatch.setenv(logs.LEVEL_VAR, "DEBUG")
    monkeypatch.setattr(logs, "MAX_BYTES", 8_000)
    handler = logs.setup_logging(ctx.data_dir)
    assert handler is not None
    yield paths.logs_dir(ctx.data_dir)
    logs.stop_logging(handler)


def test_the_hub_token_is_in_the_keyring_and_nowhere_else(
        ctx, qtbot, capsys, memory_keyring: MemoryKeyring, logging_to_data_dir: Path) -> None:
    ctx.models.idle_minutes = 5  # the Qt settings file holds the ai/ settings
    with ctx.store.transaction() as s:
        order(s, title="Traduction confidentielle")

    ctx.models.save_hub_token(TOKEN)
    assert memory_keyring.passwords == {("Atelier", "huggingface-token"): TOKEN}
    assert ctx.models.hub_token_saved()

    with HubServer({REPO: tiny_model_files()}, gated={REPO}, token=TOKEN) as hub:
        ctx.models.endpoint = hub.endpoint
        job = ctx.models.download(REPO, name="from-the-app")
        qtbot.waitUntil(lambda: ctx.models.settled(job), timeout=30_000)
        assert job.state == "finished", job.error

        code = main(["models", "pull", REPO, "--endpoint", hub.endpoint, "--name", "from-cli",
                     "--data-dir", str(ctx.data_dir)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert main(["models", "token", "status", "--data-dir", str(ctx.data_dir)]) == 0
        out2, err2 = capsys.readouterr()
        assert {r.token for r in hub.requests if "/resolve/" in r.path} == {TOKEN}
    assert (paths.models_dir(ctx.data_dir) / "from-the-app" / "model.safetensors").is_file()
    assert (paths.models_dir(ctx.data_dir) / "from-cli" / "model.safetensors").is_file()

    backup.backup_now(ctx.store)
    diagnostics = diagnostics_text(ctx.data_dir, store=ctx.store)
    # A library that logged a header would be caught by the log filter.
    logging.getLogger("some.library").debug("GET /x headers={'authorization': 'Bearer %s'}",
                                            TOKEN)
    logging.getLogger("some.library").warning("retrying with token=%s", TOKEN)
    ctx.qsettings.sync()

    settings_file = Path(ctx.qsettings.fileName())
    assert ctx.qsettings.format() == QSettings.Format.IniFormat and settings_file.is_file()
    log_files = sorted(logging_to_data_dir.glob("atelier.log*"))
    assert len(log_files) >= 2, "the log never rotated: make the test log more"
    assert "[hidden]" in "".join(p.read_text(encoding="utf-8") for p in log_files)
    scanned = list(files_under(ctx.data_dir, settings_file))
    assert paths.store_path(ctx.data_dir) in scanned
    assert any(p.parent == paths.backups_dir(ctx.data_dir) for p in scanned)
    assert any(paths.models_dir(ctx.data_dir) in p.parents for p in scanned)

    leaks = [f"{p} ({name})" for p in scanned for name, needle in forms(TOKEN).items()
             if needle in p.read_bytes()]
    assert leaks == []
    for text in (out, err, out2, err2, diagnostics):
        assert TOKEN not in text
    # ...and it is still where it belongs.
    assert memory_keyring.passwords == {("Atelier", "huggingface-token"): TOKEN}

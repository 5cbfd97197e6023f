"""`atelier models …` and `atelier generate` on tiny local models (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run


def test_import_list_generate_remove(capsys, tmp_path: Path, tiny_causal_dir: Path) -> None:
    d = ["--data-dir", str(tmp_path)]
    code, out, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "tiny", *d)
    assert code == 0, err
    assert (tmp_path / "models" / "tiny" / "config.json").exists()

    code, out, _ = run(capsys, "models", "list", "--json", *d)
    listing = json.loads(out)
    assert [(m["name"], m["usable"]) for m in listing["installed"]] == [("tiny", True)]
    assert any(not m["commercial_use"] and m["warning"] for m in listing["catalogue"])

    code, out, err = run(capsys, "generate", "--model", "tiny", "Bonjour, écris un titre",
                         "--max-new-tokens", "8", "--seed", "1", *d)
    assert code == 0, err
    assert out.strip()  # streamed text
    assert "tokens/s" in err

    code, _, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "tiny", *d)
    assert code == 2 and "already installed" in err

    assert run(capsys, "models", "remove", "tiny", *d)[0] == 0
    assert not (tmp_path / "models" / "tiny").exists()


def test_a_pickle_only_folder_is_refused(capsys, tmp_path: Path, pickle_only_dir: Path) -> None:
    code, _, err = run(capsys, "models", "import", str(pickle_only_dir),
                       "--data-dir", str(tmp_path))
    assert code == 2
    assert "safetensors" in err
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_unknown_model_and_bad_name(capsys, tmp_path: Path, tiny_causal_dir: Path) -> None:
    code, _, err = run(capsys, "generate", "--model", "nope", "hi", "--data-dir", str(tmp_path))
    assert code == 2 and "No installed model" in err
    code, _, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", "../x",
                       "--data-dir", str(tmp_path))
    assert code == 2 and "cannot name a model" in err


# -- `atelier models pull` and `atelier models token`, against tests/hubserver.py ------------

PULL_REPO = "acme/tiny-chat"
PULL_TOKEN = "hf_CliSecret_93b1e0"


@pytest.fixture
def memory_keyring():  # -> Iterator[MemoryKeyring]; never the user's real keyring
    from tests.keyring_backend import MemoryKeyring, use_keyring

    with use_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def hub_files(tiny_causal_dir: Path) -> dict[str, bytes]:
    from tests.hubserver import files_from

    return {**files_from(tiny_causal_dir), "pytorch_model.bin": b"pickle" * 10}


def test_pull_downloads_with_progress(capsys, tmp_path: Path, hub_files, memory_keyring) -> None:
    from tests.hubserver import HubServer

    d = ["--data-dir", str(tmp_path)]
    with HubServer({PULL_REPO: hub_files}) as hub:
        code, out, err = run(capsys, "models", "pull", PULL_REPO, "--endpoint", hub.endpoint, *d)
    assert code == 0, err
    assert "Installed “tiny-chat”" in out
    assert "(100 %)" in err and "ETA" in err and "\r" not in err  # not a terminal: lines
    assert "token" not in err  # none saved, none used
    code, out, _ = run(capsys, "models", "list", "--json", *d)
    assert [(m["name"], m["usable"]) for m in json.loads(out)["installed"]] == [("tiny-chat", True)]
    assert not (tmp_path / "models" / "tiny-chat" / "pytorch_model.bin").exists()


def test_pull_uses_the_token_saved_in_the_keyring(capsys, tmp_path: Path, hub_files,
                                                  memory_keyring) -> None:
    from tests.hubserver import HubServer

    d = ["--data-dir", str(tmp_path)]
    with HubServer({PULL_REPO: hub_files}, gated={PULL_REPO}, token=PULL_TOKEN) as hub:
        code, _, err = run(capsys, "models", "pull", PULL_REPO, "--endpoint", hub.endpoint, *d)
        assert code == 2
        assert "gated" in err and "atelier models token set" in err

        memory_keyring.set_password("Atelier", "huggingface-token", PULL_TOKEN)
        code, out, err = run(capsys, "models", "pull", PULL_REPO, "--endpoint", hub.endpoint,
                             "--name", "mine", *d)
        assert code == 0, err
        assert "token saved in the system keyring" in err
        assert PULL_TOKEN not in out + err
        assert hub.requests[-1].token == PULL_TOKEN
    assert (tmp_path / "models" / "mine" / "model.safetensors").is_file()


def test_pull_errors_exit_2(capsys, tmp_path: Path, hub_files, memory_keyring) -> None:
    from tests.hubserver import HubServer

    d = ["--data-dir", str(tmp_path)]
    with HubServer({PULL_REPO: hub_files}) as hub:
        code, _, err = run(capsys, "models", "pull", "acme/nope", "--endpoint", hub.endpoint, *d)
        assert code == 2 and "No model named acme/nope" in err
        code, _, err = run(capsys, "models", "pull", PULL_REPO, "--revision", "v9",
                           "--endpoint", hub.endpoint, *d)
        assert code == 2 and "v9" in err


def test_pull_asks_before_a_non_commercial_model(capsys, tmp_path: Path, hub_files,
                                                monkeypatch: pytest.MonkeyPatch,
                                                memory_keyring) -> None:
    import io

    from assistants.catalogue import find_entry
    from tests.hubserver import HubServer

    repo = "facebook/nllb-200-distilled-600M"
    entry = find_entry(repo)
    assert entry is not None and not entry.commercial_use
    d = ["--data-dir", str(tmp_path)]

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    with HubServer({repo: hub_files}) as hub:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no one to ask
        code, _, err = run(capsys, "models", "pull", repo, "--endpoint", hub.endpoint, *d)
        assert code == 2 and entry.warning_text("en") in err and "--yes" in err

        monkeypatch.setattr("sys.stdin", Terminal(""))
        monkeypatch.setattr("builtins.input", lambda prompt: "n")
        code, _, err = run(capsys, "models", "pull", repo, "--endpoint", hub.endpoint, *d)
        assert code == 1 and "Not downloaded" in err
        assert hub.requests == []  # nothing asked of the hub so far

        monkeypatch.setattr("builtins.input", lambda prompt: "y")
        code, out, err = run(capsys, "models", "pull", repo, "--endpoint", hub.endpoint, *d)
        assert code == 0 and "Installed" in out, err

        code, _, err = run(capsys, "models", "pull", repo, "--endpoint", hub.endpoint,
                           "--name", "again", "--yes", *d)
        assert code == 0, err
    assert (tmp_path / "models" / "nllb-200-distilled-600M").is_dir()
    assert (tmp_path / "models" / "again").is_dir()


def test_ctrl_c_pauses_and_the_same_command_resumes(capsys, tmp_path: Path, hub_files,
                                                    memory_keyring) -> None:
    import _thread
    import threading
    import time

    from assistants.downloads import partial_downloads
    from tests.hubserver import HubServer

    argv = ["models", "pull", PULL_REPO, "--data-dir", str(tmp_path)]
    with HubServer({PULL_REPO: hub_files}, throttle=40_000) as hub:
        def press_ctrl_c() -> None:
            deadline = time.monotonic() + 20
            while hub.bytes_sent < 40_000:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.01)
            _thread.interrupt_main()

        presser = threading.Thread(target=press_ctrl_c)
        presser.start()
        try:
            code, _, err = run(capsys, *argv, "--endpoint", hub.endpoint)
        finally:
            presser.join()
        assert code == 130
        assert "run the same command again to resume" in err
        [partial] = partial_downloads(tmp_path / "models")
        assert partial.done_bytes > 0

        hub.throttle = None
        code, _, err = run(capsys, *argv, "--endpoint", hub.endpoint)
        assert code == 0, err
        assert [r.range_start > 0 for r in hub.range_requests] == [True]
    assert partial_downloads(tmp_path / "models") == []


def test_token_set_status_clear(capsys, monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PULL_TOKEN}\n"))
    code, out, err = run(capsys, "models", "token", "set")
    assert code == 0, err
    assert memory_keyring.passwords == {("Atelier", "huggingface-token"): PULL_TOKEN}
    code, out, err = run(capsys, "models", "token", "status")
    assert code == 0 and "is saved" in out
    assert PULL_TOKEN not in out + err
    code, out, _ = run(capsys, "models", "token", "clear")
    assert code == 0 and memory_keyring.passwords == {}
    code, out, _ = run(capsys, "models", "token", "status")
    assert code == 0 and "No Hugging Face access token" in out

    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    code, _, err = run(capsys, "models", "token", "set")
    assert code == 2 and "empty" in err


def test_token_without_a_keyring(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from keyring.backends import fail

    from tests.keyring_backend import use_keyring

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PULL_TOKEN}\n"))
    with use_keyring(fail.Keyring()):
        code, _, err = run(capsys, "models", "token", "set")
    assert code == 2 and "never writes it to a file" in err


def test_generate_prints_its_figures_last_and_the_reference_loop_writes_the_same(
        capsys, tmp_path: Path, tiny_causal_dir: Path) -> None:
    import re

    d = ["--data-dir", str(tmp_path)]
    assert run(capsys, "models", "import", str(tiny_causal_dir), "--name", "tiny", *d)[0] == 0
    args = ["generate", "--model", "tiny", "Bonjour", "--max-new-tokens", "12",
            "--temperature", "0", *d]
    code, fast_out, fast_err = run(capsys, *args)
    assert code == 0, fast_err
    code, ref_out, ref_err = run(capsys, *args, "--reference-decoding")
    assert code == 0, ref_err
    assert fast_out == ref_out and fast_out.strip()
    stats = re.compile(r"^\[12 tokens, [\d.]+ tokens/s, first token after [\d.]+ s, length\]$")
    for err in (fast_err, ref_err):  # speed is checked from outside through this line
        assert stats.match(err.strip().splitlines()[-1]), err

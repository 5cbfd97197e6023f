"""`atelier engines add|list|test|remove` against a loopback OpenAI-compatible server: the API
key goes to the keyring only (never the store, the settings, the logs or a message), a
refused value is one sentence naming the option (exit 2, nothing written), a server that
cannot be used is its sentence (exit 1)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail

from storage.db import open_store
from storage.engines import list_engines
from storage.paths import store_path
from tests.cli_helpers import run
from tests.keyring_backend import MemoryKeyring, use_keyring
from tests.openai_server import OpenAIServer

KEY = "sk-test-Zq81xWv3"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as kr:
        yield kr


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(key=KEY, models=("qwen2.5:7b", "llama3.1:8b")) as srv:
        yield srv


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def _engine_names(data_dir: Path) -> list[str]:
    with open_store(store_path(data_dir)) as store, store.session() as s:
        return [e.name for e in list_engines(s)]


def _bytes_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_add_with_a_key_then_test_lists_the_models_with_the_key_sent(
        tmp_path: Path, capsys, monkeypatch, memory_keyring: MemoryKeyring,
        server: OpenAIServer) -> None:
    d = ["--data-dir", str(tmp_path)]
    _stdin(monkeypatch, KEY + "\n")
    code, out, err = run(capsys, "engines", "add", "home", server.url, "--key-stdin", *d)
    assert code == 0, err
    assert "home" in out and f"{server.url}/v1" in out and KEY not in out
    assert memory_keyring.passwords == {("Atelier", "engine:home"): KEY}

    code, out, err = run(capsys, "engines", "test", "home", *d)
    assert code == 0, err
    assert "qwen2.5:7b" in out and "llama3.1:8b" in out
    method, path, headers, _ = server.requests[-1]
    assert (method, path, headers["Authorization"]) == ("GET", "/v1/models", f"Bearer {KEY}")

    code, out, err = run(capsys, "engines", "list", "--json", *d)
    assert code == 0, err
    assert KEY not in out
    listed = json.loads(out)
    assert [(e["name"], e["base_url"], e["kind"], e["has_key"]) for e in listed] == [
        ("home", f"{server.url}/v1", "openai", True)]
    code, out, err = run(capsys, "engines", "list", *d)
    assert code == 0 and "saved" in out and KEY not in out

    # the key is nowhere but in the keyring: not in the store file, its settings, the logs
    assert tmp_path.joinpath("logs").is_dir()
    assert KEY.encode() not in _bytes_under(tmp_path)

    code, out, err = run(capsys, "engines", "remove", "home", *d)
    assert code == 0, err
    assert memory_keyring.passwords == {}
    assert _engine_names(tmp_path) == []


def test_a_wrong_key_gives_the_401_sentence(tmp_path: Path, capsys, monkeypatch,
                                            memory_keyring: MemoryKeyring,
                                            server: OpenAIServer) -> None:
    d = ["--data-dir", str(tmp_path)]
    _stdin(monkeypatch, "sk-wrong-000\n")
    assert run(capsys, "engines", "add", "home", server.url, "--key-stdin", *d)[0] == 0
    code, out, err = run(capsys, "engines", "test", "home", *d)
    assert code == 1
    assert err.strip() == (f"atelier: {server.url}/v1 refused the request (401): check the API "
                           "key of the engine “home”.")
    assert "sk-wrong-000" not in out + err
    assert b"sk-wrong-000" not in _bytes_under(tmp_path)


def test_an_engine_without_a_key_and_an_empty_model_list(tmp_path: Path, capsys,
                                                         memory_keyring: MemoryKeyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    with OpenAIServer(models=()) as srv:
        code, out, err = run(capsys, "engines", "add", "box", srv.url.removeprefix("http://"),
                             "--timeout", "5", *d)
        assert code == 0, err
        code, out, err = run(capsys, "engines", "test", "box", *d)
    assert code == 0, err
    assert "lists no model" in out and "model's id" in out
    assert "Authorization" not in srv.requests[-1][2]
    assert memory_keyring.passwords == {}


def test_a_refused_server_is_its_sentence(tmp_path: Path, capsys,
                                          memory_keyring: MemoryKeyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    with OpenAIServer() as srv:
        url = srv.url
    assert run(capsys, "engines", "add", "gone", url, *d)[0] == 0
    code, _out, err = run(capsys, "engines", "test", "gone", *d)
    assert code == 1
    assert "Nothing answers at" in err and "Traceback" not in err


@pytest.mark.parametrize(("argv", "option"), [
    (["engines", "add", "bad name", "http://127.0.0.1:1234"], "NAME"),
    (["engines", "add", "home", "ftp://host"], "URL"),
    (["engines", "add", "home", "http://127.0.0.1:1234", "--timeout", "0"], "--timeout"),
    (["engines", "add", "home", "http://127.0.0.1:1234", "--accept-certificate", "zz"],
     "--accept-certificate"),
    (["engines", "test", "nothing"], "NAME"),
    (["engines", "remove", "nothing"], "NAME"),
])
def test_a_refused_value_is_one_sentence_naming_it(tmp_path: Path, capsys,
                                                   memory_keyring: MemoryKeyring,
                                                   argv: list[str], option: str) -> None:
    code, _out, err = run(capsys, *argv, "--data-dir", str(tmp_path))
    assert code == 2
    assert err.startswith(f"atelier: {option}: ") and err.count("\n") == 1
    assert _engine_names(tmp_path) == []


def test_a_ca_file_must_be_a_readable_pem_certificate(tmp_path: Path, capsys,
                                                      memory_keyring: MemoryKeyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    not_pem = tmp_path / "ca.txt"
    not_pem.write_text("hello")
    for ca, words in ((tmp_path / "missing.pem", "cannot be read"),
                      (not_pem, "is not a PEM certificate")):
        code, out, err = run(capsys, "engines", "add", "home", "https://127.0.0.1:8443",
                             "--ca", str(ca), *d)
        assert code == 2
        assert err.startswith("atelier: --ca: ") and words in err and str(ca) in err
    assert _engine_names(tmp_path) == []

    pem = tmp_path / "ca.pem"
    pem.write_bytes(_self_signed_pem())
    code, out, err = run(capsys, "engines", "add", "home", "https://127.0.0.1:8443",
                         "--ca", str(pem), *d)
    assert code == 0, err
    code, out, err = run(capsys, "engines", "list", "--json", *d)
    assert json.loads(out)[0]["ca_file"] == str(pem.resolve())


def test_no_keyring_refuses_a_key_and_adds_nothing(tmp_path: Path, capsys,
                                                   monkeypatch) -> None:
    d = ["--data-dir", str(tmp_path)]
    with use_keyring(fail.Keyring()):
        _stdin(monkeypatch, KEY + "\n")
        code, out, err = run(capsys, "engines", "add", "home", "http://127.0.0.1:1234",
                             "--key-stdin", *d)
        assert code == 2
        assert "keyring" in err and "never writes it to a file" in err and KEY not in out + err
        assert _engine_names(tmp_path) == []
        # without a key, the engine is added and works
        code, _out, err = run(capsys, "engines", "add", "home", "http://127.0.0.1:1234", *d)
        assert code == 0, err
        assert _engine_names(tmp_path) == ["home"]


def test_an_empty_key_on_stdin_is_refused(tmp_path: Path, capsys, monkeypatch,
                                          memory_keyring: MemoryKeyring) -> None:
    _stdin(monkeypatch, "\n")
    code, _out, err = run(capsys, "engines", "add", "home", "http://127.0.0.1:1234",
                         "--key-stdin", "--data-dir", str(tmp_path))
    assert code == 2 and err.startswith("atelier: --key-stdin: ")
    assert _engine_names(tmp_path) == []


def _self_signed_pem() -> bytes:
    """A throwaway self-signed certificate (PEM)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def test_edit_changes_what_is_given_and_replaces_the_key(
        tmp_path: Path, capsys, monkeypatch, memory_keyring: MemoryKeyring) -> None:
    d = ["--data-dir", str(tmp_path)]
    assert run(capsys, "engines", "add", "home", "http://127.0.0.1:11434", *d)[0] == 0
    assert run(capsys, "engines", "add", "slow", "http://127.0.0.1:41859", *d)[0] == 0
    code, _out, err = run(capsys, "engines", "add", "slow2", "127.0.0.1:41859/v1", *d)
    assert code == 2  # the same server twice: refused, naming the engine that has it
    assert "“slow” has this address already (http://127.0.0.1:41859/v1)" in err
    code, out, err = run(capsys, "engines", "edit", "home", "--timeout", "300", *d)
    assert code == 0, err
    _stdin(monkeypatch, KEY + "\n")
    code, out, err = run(capsys, "engines", "edit", "home", "--url", "http://gpu.lan:11434",
                         "--key-stdin", *d)
    assert code == 0, err
    assert "home" in out and KEY not in out
    code, out, _err = run(capsys, "engines", "list", "--json", *d)
    home = next(e for e in json.loads(out) if e["name"] == "home")
    assert (home["base_url"], home["kind"], home["timeout_s"], home["context_tokens"],
            home["has_key"]) == ("http://gpu.lan:11434/v1", "ollama", 300, 8192, True)
    assert memory_keyring.passwords == {("Atelier", "engine:home"): KEY}
    code, _out, err = run(capsys, "engines", "edit", "home", "--url",
                          "http://127.0.0.1:41859", *d)
    assert code == 2 and "“slow” has this address already" in err
    code, _out, err = run(capsys, "engines", "edit", "nobody", "--timeout", "5", *d)
    assert code == 2 and "no engine named “nobody”" in err

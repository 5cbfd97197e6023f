"""Hostile model folders: links, pipes and devices in a folder to import, damaged safetensors
headers and indexes, broken or looping chat templates, names that are devices on Windows.

Each case gets a readable refusal (``ModelRefused``) or a listing as damaged; nothing hangs,
nothing outside the folder is read, nothing half-copied stays behind.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistants.errors import ModelRefused
from assistants.generation import build_prompt
from assistants.installed import check_name, import_folder, list_installed, resolve
from assistants.loading import load_model, validate_model_dir
from tests.cli_helpers import run

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- not for a model folder"

needs_posix = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and /dev/zero")


# -- models import: links, pipes, devices ----------------------------------------------------


def _secret(root: Path) -> Path:
    secret = root / "outside" / "id_ed25519"
    secret.parent.mkdir(exist_ok=True)
    secret.write_bytes(SECRET)
    return secret


def _link_to_secret(src: Path) -> str:
    (src / "notes.txt").symlink_to(_secret(src.parent))
    return "notes.txt"


def _config_is_a_link(src: Path) -> str:
    outside = src.parent / "outside-config.json"
    shutil.move(src / "config.json", outside)
    (src / "config.json").symlink_to(outside)
    return "config.json"


def _link_to_dev_zero(src: Path) -> str:
    (src / "extra.safetensors").symlink_to("/dev/zero")
    return "extra.safetensors"


def _fifo(src: Path) -> str:
    os.mkfifo(src / "tokenizer_config.json.fifo")
    return "tokenizer_config.json.fifo"


def _fifo_as_config(src: Path) -> str:
    (src / "config.json").unlink()
    os.mkfifo(src / "config.json")
    return "config.json"


def _link_to_parent(src: Path) -> str:
    (src / "sub").mkdir()
    (src / "sub" / "up").symlink_to("..", target_is_directory=True)
    return "sub/up"


HOSTILE: dict[str, Callable[[Path], str]] = {
    "link to a private key": _link_to_secret,
    "config.json is a link outside": _config_is_a_link,
    "link to /dev/zero": _link_to_dev_zero,
    "named pipe": _fifo,
    "config.json is a named pipe": _fifo_as_config,
    "sub-folder linked to ..": _link_to_parent,
}


@needs_posix
@pytest.mark.parametrize("make", list(HOSTILE.values()), ids=list(HOSTILE))
def test_import_refuses_links_pipes_and_devices(tmp_path: Path, tiny_causal_dir: Path,
                                                make: Callable[[Path], str]) -> None:
    src = Path(shutil.copytree(tiny_causal_dir, tmp_path / "src"))
    entry = make(src)
    models = tmp_path / "data" / "models"
    with pytest.raises(ModelRefused) as caught:
        import_folder(src, models, "hostile")
    message = caught.value.message
    assert entry in message
    assert "nothing was copied" in message
    assert not models.exists() or list(models.iterdir()) == []


@needs_posix
def test_import_names_every_hostile_entry_and_copies_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_causal_dir: Path) -> None:
    src = Path(shutil.copytree(tiny_causal_dir, tmp_path / "src"))
    entries = [make(src) for make in (_link_to_secret, _link_to_dev_zero, _fifo,
                                      _link_to_parent)]
    code, _, err = run(capsys, "models", "import", str(src), "--data-dir",
                       str(tmp_path / "data"))
    assert code == 2
    assert "Traceback" not in err
    for entry in entries:
        assert entry in err
    models = tmp_path / "data" / "models"
    assert not models.exists() or list(models.iterdir()) == []
    copied = b"".join(p.read_bytes() for p in tmp_path.joinpath("data").rglob("*")
                      if p.is_file() and not p.is_symlink())
    assert SECRET not in copied


@needs_posix
def test_import_follows_a_link_to_the_folder_itself(tmp_path: Path,
                                                    tiny_causal_dir: Path) -> None:
    """The folder the user names may be a link: that one choice is theirs to make."""
    (tmp_path / "my-model").symlink_to(tiny_causal_dir, target_is_directory=True)
    installed = import_folder(tmp_path / "my-model", tmp_path / "models")
    assert installed.name == "my-model" and installed.folder is not None
    assert not any(p.is_symlink() for p in installed.path.rglob("*"))
    assert sorted(p.name for p in installed.path.iterdir()) == sorted(
        p.name for p in tiny_causal_dir.iterdir())


@needs_posix
def test_an_installed_folder_with_a_pipe_is_listed_as_damaged(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_causal_dir: Path) -> None:
    models = tmp_path / "models"
    good = Path(shutil.copytree(tiny_causal_dir, models / "good"))
    bad = Path(shutil.copytree(tiny_causal_dir, models / "piped"))
    (bad / "config.json").unlink()
    os.mkfifo(bad / "config.json")
    (models / "linked").mkdir()
    for f in good.iterdir():
        (models / "linked" / f.name).symlink_to(f)
    listing = {i.name: i for i in list_installed(models)}
    assert listing["good"].folder is not None
    for name in ("piped", "linked"):
        assert listing[name].folder is None
        assert "config.json" in (listing[name].problem or "")
    assert listing["piped"].disk_bytes > 0


@needs_posix
def test_a_link_to_the_root_in_the_models_folder_is_listed_quickly(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "everything").symlink_to("/", target_is_directory=True)
    [item] = list_installed(models)
    assert item.folder is None and item.problem
    assert item.disk_bytes >= 0  # counts a bounded number of entries, not the whole disk


# -- damaged safetensors headers and indexes: refused, listed as damaged ---------------------


def _safetensors(header: Any, data: bytes = b"", *, length: int | None = None) -> bytes:
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw) if length is None else length) + raw + data


BAD_WEIGHTS: dict[str, bytes] = {
    "header is a list": _safetensors([{"dtype": "F32", "shape": [2]}], b"\0" * 8),
    "shape of strings": _safetensors(
        {"w": {"dtype": "F32", "shape": ["a", "b"], "data_offsets": [0, 8]}}, b"\0" * 8),
    "one-string shape": _safetensors(
        {"w": {"dtype": "F32", "shape": ["ab"], "data_offsets": [0, 8]}}, b"\0" * 8),
    "negative shape": _safetensors(
        {"w": {"dtype": "F32", "shape": [-2, -1], "data_offsets": [0, 8]}}, b"\0" * 8),
    "offsets out of range": _safetensors(
        {"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 1 << 40]}}, b"\0" * 8),
    "offsets not matching the shape": _safetensors(
        {"w": {"dtype": "F32", "shape": [1000, 1000], "data_offsets": [0, 8]}}, b"\0" * 8),
    "tensor is a number": _safetensors({"w": 3}, b"\0" * 8),
    "huge header length": _safetensors({}, length=(1 << 63) + 5),
    "header longer than the file": _safetensors({}, length=50 * 1024**2),
    "header not JSON": struct.pack("<Q", 4) + b"\xff\xfe{[",
    "deep JSON": struct.pack("<Q", 200_000) + b"[" * 200_000,
}


@pytest.mark.parametrize("weights", list(BAD_WEIGHTS.values()), ids=list(BAD_WEIGHTS))
def test_a_damaged_safetensors_header_is_refused_and_listed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_causal_dir: Path,
        weights: bytes) -> None:
    _refused_and_listed(capsys, tmp_path, tiny_causal_dir, {"model.safetensors": weights},
                        r"model\.safetensors", "model.safetensors")


def _index(weight_map: Any) -> bytes:
    return json.dumps({"metadata": {}, "weight_map": weight_map}).encode()


BAD_INDEXES: dict[str, bytes] = {
    "index is a list": b'["model.safetensors"]',
    "weight_map is a list": _index(["model.safetensors"]),
    "weight_map of objects": _index({"w": {"file": "model.safetensors"}}),
    "shard outside the folder": _index({"w": "../outside/model.safetensors"}),
    "shard with a backslash": _index({"w": "..\\model.safetensors"}),
    "shard not safetensors": _index({"w": "pytorch_model.bin"}),
    "index not JSON": b"{weight_map",
}


@pytest.mark.parametrize("index", list(BAD_INDEXES.values()), ids=list(BAD_INDEXES))
def test_a_damaged_weight_index_is_refused_and_listed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_causal_dir: Path,
        index: bytes) -> None:
    _refused_and_listed(capsys, tmp_path, tiny_causal_dir,
                        {"model.safetensors.index.json": index, "pytorch_model.bin": b"pickle"},
                        r"model\.safetensors\.index\.json", "index")


BAD_CONFIGS: dict[str, Any] = {
    "architectures is a number": {"architectures": 7, "model_type": "llama"},
    "architectures of objects": {"architectures": [{"a": 1}], "model_type": "llama"},
    "config is a list": ["LlamaForCausalLM"],
}


@pytest.mark.parametrize("config", list(BAD_CONFIGS.values()), ids=list(BAD_CONFIGS))
def test_a_damaged_config_is_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    tiny_causal_dir: Path, config: Any) -> None:
    bad = _good_and_bad(tmp_path, tiny_causal_dir)
    (bad / "config.json").write_text(json.dumps(config))
    _listed_as_damaged(capsys, tmp_path, "bad", "config.json")


def _good_and_bad(tmp_path: Path, tiny_causal_dir: Path) -> Path:
    """Two copies of the tiny model installed under tmp_path/models, "good" and "bad"; the
    "bad" one's folder, for the test to damage."""
    models = tmp_path / "models"
    shutil.copytree(tiny_causal_dir, models / "good")
    return Path(shutil.copytree(tiny_causal_dir, models / "bad"))


def _refused_and_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                        tiny_causal_dir: Path, files: dict[str, bytes], match: str,
                        reason: str) -> None:
    """A copy of the tiny model with ``files`` written over is refused (the message matching
    ``match``) and listed as damaged for ``reason``."""
    bad = _good_and_bad(tmp_path, tiny_causal_dir)
    for name, content in files.items():
        (bad / name).write_bytes(content)
    with pytest.raises(ModelRefused, match=match):
        validate_model_dir(bad)
    _listed_as_damaged(capsys, tmp_path, "bad", reason)


def _listed_as_damaged(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str,
                       reason: str) -> None:
    """`models list` (the listing under the Models page too) names the reason and goes on."""
    listing = {i.name: i for i in list_installed(tmp_path / "models")}
    assert listing["good"].folder is not None
    assert listing[name].folder is None and reason in (listing[name].problem or "")
    assert listing[name].disk_bytes > 0
    code, out, err = run(capsys, "models", "list", "--data-dir", str(tmp_path))
    assert code == 0, err
    assert "Traceback" not in err
    line = next(x for x in out.splitlines() if x.strip().startswith(name + " "))
    assert "unusable" in line and reason in line
    code, out, _ = run(capsys, "models", "list", "--json", "--data-dir", str(tmp_path))
    usable = {m["name"]: m["usable"] for m in json.loads(out)["installed"]}
    assert usable == {"good": True, name: False}


# -- chat templates: broken, raising, looping ------------------------------------------------

LOOP = ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
        "{{ messages[0]['content'] }}")
BAD_TEMPLATES: dict[str, tuple[str, str]] = {
    "syntax error": ("{% for m in messages %}{{ m['content'] }", "not a valid template"),
    "raises": ("{{ raise_exception('Only the system role is accepted.') }}",
               "Only the system role is accepted."),
    "type error": ("{{ messages[0]['content'] + 1 }}", "cannot be used"),
    "nested range(100000)": (LOOP, "did not finish"),
    "endless recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
                          "chat template"),
    "writes gigabytes": ("{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}",
                         "did not finish"),
}


@pytest.mark.parametrize("template,expected", list(BAD_TEMPLATES.values()),
                         ids=list(BAD_TEMPLATES))
def test_a_broken_chat_template_is_refused_at_load(causal_copy: Path, template: str,
                                                   expected: str) -> None:
    (causal_copy / "chat_template.jinja").write_text(template, encoding="utf-8")
    assert validate_model_dir(causal_copy).has_chat_template
    with pytest.raises(ModelRefused) as caught:
        load_model(causal_copy, device="cpu", check_memory=False)
    assert expected in caught.value.message
    assert "copy" in caught.value.message  # names the model's folder


def test_a_template_that_loops_on_some_conversations_is_stopped_there(causal_copy: Path) -> None:
    (causal_copy / "chat_template.jinja").write_text(
        "{% if messages|length > 1 %}" + LOOP + "{% endif %}"
        "{% for m in messages %}{{ m['content'] }}{% endfor %}", encoding="utf-8")
    loaded = load_model(causal_copy, device="cpu", check_memory=False)
    try:
        assert "Bonjour" in build_prompt(loaded.tokenizer, [{"role": "user",
                                                             "content": "Bonjour"}])
        with pytest.raises(ModelRefused, match="did not finish"):
            build_prompt(loaded.tokenizer, [{"role": "system", "content": "Sois bref."},
                                            {"role": "user", "content": "Bonjour"}])
    finally:
        loaded.close()


@pytest.mark.parametrize("config", [{"chat_template": 42},
                                    {"chat_template": [{"name": "default"}]}],
                         ids=["a number", "a list without templates"])
def test_a_malformed_template_setting_is_refused(causal_copy: Path, config: Any) -> None:
    (causal_copy / "chat_template.jinja").unlink()
    (causal_copy / "chat_template.json").write_text(json.dumps(config))
    with pytest.raises(ModelRefused, match="chat template"):
        validate_model_dir(causal_copy)


def test_generate_with_a_broken_template_says_so(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, causal_copy: Path) -> None:
    (causal_copy / "chat_template.jinja").write_text("{% if %}", encoding="utf-8")
    d = ["--data-dir", str(tmp_path / "data")]
    assert run(capsys, "models", "import", str(causal_copy), "--name", "broken", *d)[0] == 0
    code, _, err = run(capsys, "generate", "--model", "broken", "Bonjour",
                         "--max-new-tokens", "4", *d)
    assert code == 2
    assert "chat template of broken" in err and "Traceback" not in err


# -- names that become folder names ----------------------------------------------------------

@pytest.mark.parametrize("name", [
    "model\n", "model\r\n", "con", "CON", "Nul", "nul.txt", "com1", "COM9.tar.gz", "lpt1",
    "LPT3.safetensors", "aux", "prn.", "com¹", "model.", "../x", "", "a" * 101, "a/b",
    "conin$",
])
def test_names_that_are_not_safe_folder_names_are_refused(name: str) -> None:
    with pytest.raises(ModelRefused, match="cannot name a model"):
        check_name(name)


@pytest.mark.parametrize("name", ["console", "con-model", "nullable", "com10", "lpt", "icon",
                                  "Qwen2.5-0.5B-Instruct", "opus-mt-en-fr", "été_2026"])
def test_ordinary_names_are_kept(name: str) -> None:
    assert check_name(name) == name


def test_import_refuses_a_device_name(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      tiny_causal_dir: Path) -> None:
    d = ["--data-dir", str(tmp_path)]
    for name in ("NUL", "con.json", "tiny\n"):
        code, _, err = run(capsys, "models", "import", str(tiny_causal_dir), "--name", name, *d)
        assert code == 2 and "cannot name a model" in err
    assert not (tmp_path / "models").exists() or list((tmp_path / "models").iterdir()) == []


def test_an_installed_model_keeps_its_name_even_if_now_reserved(tmp_path: Path,
                                                                tiny_causal_dir: Path) -> None:
    """A folder installed before the rule (on Linux) can still be used and removed."""
    shutil.copytree(tiny_causal_dir, tmp_path / "models" / "con")
    assert resolve(tmp_path / "models", "con") == tmp_path / "models" / "con"
    with pytest.raises(ModelRefused, match="cannot name a model"):
        resolve(tmp_path / "models", "con\n")

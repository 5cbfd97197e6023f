"""The int8-on-CPU default and the loading thread (assistants.loading)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistants.errors import ModelRefused
from assistants.loading import (
    INT8_CPU_REASON,
    default_quantize,
    load_model,
    run_in_fresh_thread,
    validate_model_dir,
)


def test_int8_is_the_default_on_an_x86_cpu_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("platform.machine", lambda: "x86_64")
    assert default_quantize("cpu")
    assert not default_quantize("cuda")
    assert not default_quantize("mps")
    monkeypatch.setattr("platform.machine", lambda: "aarch64")  # not measured there
    assert not default_quantize("cpu")
    assert "float32" in INT8_CPU_REASON


def test_run_in_fresh_thread_returns_and_raises() -> None:
    names: list[str] = []

    def work(x: int, *, y: int) -> int:
        names.append(threading.current_thread().name)
        return x + y

    assert run_in_fresh_thread(work, 1, y=2) == 3
    assert names and names[0] != threading.current_thread().name

    def fail() -> None:
        raise ModelRefused("no")

    with pytest.raises(ModelRefused, match="no"):
        run_in_fresh_thread(fail)


def test_refusal_from_the_loading_thread_reaches_the_caller(
    tiny_causal_dir: Path, tmp_path: Path
) -> None:
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny_causal_dir, broken)
    folder = validate_model_dir(broken)
    weights = next(broken.glob("*.safetensors"))
    data = weights.read_bytes()
    header = 8 + int.from_bytes(data[:8], "little")
    # Cut short after the check (validate_model_dir refuses offsets past the end itself).
    weights.write_bytes(data[: header + 16])
    with pytest.raises(ModelRefused, match="damaged or incomplete"):
        load_model(folder, device="cpu", check_memory=False)
    assert not [t for t in threading.enumerate() if t.name == "assistants-load"]

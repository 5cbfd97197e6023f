"""Memory guard, available memory and the one-resident-model manager (fake clock)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistants import resources
from assistants.errors import ModelRefused
from assistants.resources import (
    ModelManager,
    available_memory,
    check_fits,
    estimate_ram,
    weight_bytes,
)


def test_guard_refuses_with_a_readable_message() -> None:
    with pytest.raises(ModelRefused) as info:
        check_fits(3_100_000_000, available=1_200_000_000)
    assert info.value.message == (
        "This model needs 3.1 GB of memory, 1.2 GB available — close other apps or choose a "
        "smaller model / int8."
    )
    check_fits(1_000, available=2_000)


def test_guard_refuses_an_impossible_size_on_this_machine() -> None:
    with pytest.raises(ModelRefused, match="available"):
        check_fits(10**16)  # 10 PB


def test_guard_lets_through_when_memory_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "available_memory", lambda: None)
    check_fits(10**16)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux")
def test_available_memory_on_linux() -> None:
    avail = available_memory()
    assert avail is not None and avail > 0


def test_meminfo_and_cgroup_parsing(tmp_path: Path) -> None:
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 16000000 kB\nMemFree: 100 kB\nMemAvailable: 2048 kB\n")
    assert resources._meminfo_available(meminfo) == 2048 * 1024
    assert resources._meminfo_available(tmp_path / "absent") is None
    (tmp_path / "memory.max").write_text("max\n")
    (tmp_path / "memory.current").write_text("100\n")
    assert resources._cgroup_available(tmp_path) is None
    (tmp_path / "memory.max").write_text("1000\n")
    assert resources._cgroup_available(tmp_path) == 900


def test_ram_estimates() -> None:
    n = 1_000_000
    assert weight_bytes(n, "float32") == 4 * n
    assert weight_bytes(n, "bfloat16") == 2 * n
    # int8: linear layers 1 byte, embedding kept in float32, tied head quantized separately
    assert weight_bytes(n, "int8", embedding_parameters=200_000, tied_embeddings=True) == (
        800_000 + 800_000 + 200_000
    )
    assert estimate_ram(n, "int8", peak=True) >= 4 * n
    with pytest.raises(ValueError, match="dtype"):
        weight_bytes(n, "int3")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeModel:
    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_manager_keeps_one_resident_model() -> None:
    unloaded: list[str] = []
    manager: ModelManager[FakeModel] = ModelManager(clock=FakeClock(), on_unload=unloaded.append)
    a = manager.get("a", lambda: FakeModel("a"))
    assert manager.get("a", lambda: FakeModel("other")) is a
    b = manager.get("b", lambda: FakeModel("b"))
    assert a.closed and not b.closed
    assert manager.resident_key == "b"
    assert unloaded == ["a"]
    assert manager.unload()
    assert b.closed and manager.resident_key is None
    assert not manager.unload()


def test_manager_unloads_after_idle_timeout() -> None:
    clock = FakeClock()
    manager: ModelManager[FakeModel] = ModelManager(idle_timeout_s=60, clock=clock)
    m = manager.get("a", lambda: FakeModel("a"))
    clock.now += 59
    assert not manager.unload_if_idle()
    manager.touch()
    clock.now += 59
    assert not manager.unload_if_idle()
    clock.now += 2
    assert manager.unload_if_idle()
    assert m.closed and manager.resident_key is None


def test_manager_never_unloads_a_model_in_use() -> None:
    clock = FakeClock()
    manager: ModelManager[FakeModel] = ModelManager(idle_timeout_s=10, clock=clock)
    with manager.use("a", lambda: FakeModel("a")) as m:
        clock.now += 100
        assert not manager.unload_if_idle()
        with pytest.raises(ModelRefused, match="busy"):
            manager.get("b", lambda: FakeModel("b"))
    assert not m.closed
    clock.now += 11
    assert manager.unload_if_idle()


def test_manager_checks_memory_after_unloading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "available_memory", lambda: 1_000)
    manager: ModelManager[FakeModel] = ModelManager(clock=FakeClock())
    a = manager.get("a", lambda: FakeModel("a"), required_bytes=500)
    loads: list[str] = []
    with pytest.raises(ModelRefused, match="needs"):
        manager.get("b", lambda: loads.append("b") or FakeModel("b"), required_bytes=5_000)
    assert loads == []
    assert a.closed and manager.resident_key is None

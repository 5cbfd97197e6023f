"""Memory: what a model needs, what the machine has, and one resident model at a time.

Pure Python; torch is imported only when a model is unloaded (to empty the CUDA cache) and only
if it is already imported.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from assistants.errors import ModelRefused
from storage.phrases import Phrase

# Bytes one parameter takes in memory, per dtype. "int8" is dynamic quantization of the linear
# layers only, "int4" 4-bit weights with a float16 scale per 32 (4.5 bits): see
# ``estimate_ram`` for what stays in float32.
BYTES_PER_PARAM: dict[str, float] = {"float32": 4, "bfloat16": 2, "float16": 2, "int8": 1,
                                     "int4": 0.5625}

# Resident memory = weights x OVERHEAD_FACTOR + RUNTIME_BASE_BYTES.
# The factor covers activations, the KV cache of a few thousand tokens and allocator slack for the
# small models of the catalogue; the base covers torch, transformers and the tokenizer once loaded.
OVERHEAD_FACTOR = 1.2
RUNTIME_BASE_BYTES = 300 * 1024**2

GB = 1000**3


def format_bytes(n: float) -> str:
    """'3.1 GB', '740 MB' (decimal units, as file managers and download pages show them)."""
    if n >= GB:
        return f"{n / GB:.1f} GB"
    if n >= 1000**2:
        return f"{n / 1000**2:.0f} MB"
    return f"{n / 1000:.0f} kB"


def weight_bytes(
    parameters: int, dtype: str, *, embedding_parameters: int = 0, tied_embeddings: bool = False
) -> int:
    """Bytes the weights take at ``dtype`` (no overhead).

    For ``int8`` (``quantize_dynamic`` on ``nn.Linear``) the embedding table stays float32, and when
    the output head is tied to it, the head gets its own int8 copy.
    """
    if dtype not in BYTES_PER_PARAM:
        raise ValueError(f"unknown dtype {dtype!r}; expected one of {sorted(BYTES_PER_PARAM)}")
    per = BYTES_PER_PARAM[dtype]
    if dtype not in ("int8", "int4"):
        return int(parameters * per)
    linear = max(parameters - embedding_parameters, 0)
    head_copy = embedding_parameters if tied_embeddings else 0
    return int((linear + head_copy) * per) + embedding_parameters * 4


def estimate_ram(
    parameters: int,
    dtype: str,
    *,
    embedding_parameters: int = 0,
    tied_embeddings: bool = False,
    peak: bool = False,
) -> int:
    """Estimated resident memory of a loaded model, in bytes.

    ``peak=True`` gives the high-water mark while loading: an int8 model is loaded in float32
    and then quantized in place, so for a moment it needs the float32 weights.
    """
    w = weight_bytes(
        parameters, dtype, embedding_parameters=embedding_parameters,
        tied_embeddings=tied_embeddings,
    )
    if peak and dtype in ("int8", "int4"):
        w = max(w, weight_bytes(parameters, "float32"))
    return int(w * OVERHEAD_FACTOR) + RUNTIME_BASE_BYTES


# --------------------------------------------------------------------------- available memory


def _meminfo_available(path: Path = Path("/proc/meminfo")) -> int | None:
    try:
        text = path.read_text(encoding="ascii")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("MemAvailable:"):
            parts = line.split()
            return int(parts[1]) * 1024  # the value is in kB
    return None


def _cgroup_available(root: Path = Path("/sys/fs/cgroup")) -> int | None:
    """Room left under a cgroup v2 memory limit (containers, systemd slices), if there is one."""
    try:
        limit = (root / "memory.max").read_text(encoding="ascii").strip()
        current = int((root / "memory.current").read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    if limit == "max":
        return None
    try:
        return max(int(limit) - current, 0)
    except ValueError:
        return None


def _windows_available() -> int | None:
    import ctypes  # local: only on Windows

    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("sullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    stat = MemoryStatusEx()
    stat.dwLength = ctypes.sizeof(MemoryStatusEx)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(stat)):  # type: ignore[attr-defined]
        return None
    return int(stat.ullAvailPhys)


def _sysconf_available() -> int | None:
    try:
        pages = os.sysconf("SC_AVPHYS_PAGES")
        size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages < 0 or size < 0:
        return None
    return pages * size


def available_memory() -> int | None:
    """Bytes of memory a new model can use without swapping, or None when it cannot be told.

    psutil when installed; else /proc/meminfo's MemAvailable (which counts reclaimable cache,
    unlike sysconf's free pages) on Linux, capped by a cgroup v2 limit; the Win32 API on Windows;
    sysconf elsewhere (its free-page count is an underestimate on macOS, never an overestimate).
    """
    avail: int | None = None
    try:
        import psutil  # optional: not a dependency of Atelier
    except ImportError:
        psutil = None
    if psutil is not None:
        avail = int(psutil.virtual_memory().available)
    elif sys.platform.startswith("linux"):
        avail = _meminfo_available()
    elif sys.platform == "win32":
        avail = _windows_available()
    if avail is None:
        avail = _sysconf_available()
    if sys.platform.startswith("linux"):
        room = _cgroup_available()
        if room is not None:
            avail = room if avail is None else min(avail, room)
    return avail


def check_fits(
    required_bytes: int, *, available: int | None = None, what: str | None = None
) -> None:
    """Refuse, before loading, a model that would not fit in the memory available now.

    ``available`` defaults to ``available_memory()``; when that cannot be told, nothing is refused.
    ``what`` (a Phrase) names the model; "This model" by default.
    """
    if available is None:
        available = available_memory()
    if available is None or required_bytes <= available:
        return
    raise ModelRefused(Phrase(
        "{what} needs {needed} of memory, {available} available — close other apps or choose a "
        "smaller model / int8.", what=what or Phrase("This model"),
        needed=format_bytes(required_bytes), available=format_bytes(available)))


# --------------------------------------------------------------------------- resident model

T = TypeVar("T")


def free_model_memory() -> None:
    """Collect garbage and give cached CUDA memory back, after the last reference is dropped."""
    gc.collect()
    torch = sys.modules.get("torch")  # never import torch just to unload
    if torch is not None:
        with contextlib.suppress(Exception):
            if torch.cuda.is_available():
                torch.cuda.empty_cache()


@dataclass
class _Resident(Generic[T]):
    key: str
    value: T
    last_used: float
    users: int = 0


class ModelManager(Generic[T]):
    """Keeps at most one loaded model (by default) and unloads it after an idle time.

    The manager owns no thread: the desktop calls ``unload_if_idle()`` from a timer. A model in
    use (inside ``use()``) is never unloaded by the idle check. ``clock`` is injectable for tests.
    """

    def __init__(
        self,
        *,
        idle_timeout_s: float | None = 600.0,
        clock: Callable[[], float] = time.monotonic,
        on_unload: Callable[[str], None] | None = None,
    ) -> None:
        self.idle_timeout_s = idle_timeout_s
        self._clock = clock
        self._on_unload = on_unload
        self._lock = threading.RLock()
        self._resident: _Resident[T] | None = None

    @property
    def resident_key(self) -> str | None:
        with self._lock:
            return self._resident.key if self._resident else None

    def get(
        self, key: str, load: Callable[[], T], *, required_bytes: int | None = None
    ) -> T:
        """The model for ``key``: the resident one, or ``load()`` after unloading the other.

        With ``required_bytes``, the memory guard runs after the old model is gone and before the
        new one is loaded.
        """
        with self._lock:
            r = self._resident
            if r is not None and r.key == key:
                r.last_used = self._clock()
                return r.value
            if r is not None and r.users:
                raise ModelRefused(Phrase(
                    "The model {model} is busy; stop its work before loading another one.",
                    model=r.key))
            self._unload_locked()
            if required_bytes is not None:
                check_fits(required_bytes)
            value = load()
            self._resident = _Resident(key, value, self._clock())
            return value

    @contextlib.contextmanager
    def use(
        self, key: str, load: Callable[[], T], *, required_bytes: int | None = None
    ) -> Iterator[T]:
        """``get`` and mark the model busy until the block ends (the idle check skips it)."""
        with self._lock:
            value = self.get(key, load, required_bytes=required_bytes)
            assert self._resident is not None
            self._resident.users += 1
        try:
            yield value
        finally:
            with self._lock:
                r = self._resident
                if r is not None and r.key == key:
                    r.users -= 1
                    r.last_used = self._clock()

    def touch(self) -> None:
        with self._lock:
            if self._resident is not None:
                self._resident.last_used = self._clock()

    def idle_for(self) -> float | None:
        with self._lock:
            if self._resident is None:
                return None
            return self._clock() - self._resident.last_used

    def unload_if_idle(self) -> bool:
        """Unload the resident model if unused for ``idle_timeout_s``; True if it did."""
        with self._lock:
            r = self._resident
            if r is None or r.users or self.idle_timeout_s is None:
                return False
            if self._clock() - r.last_used < self.idle_timeout_s:
                return False
            self._unload_locked()
            return True

    def unload(self) -> bool:
        """Unload the resident model now (even if busy: the caller stopped its jobs first)."""
        with self._lock:
            return self._unload_locked()

    def _unload_locked(self) -> bool:
        r = self._resident
        if r is None:
            return False
        self._resident = None
        key = r.key
        close = getattr(r.value, "close", None)
        if callable(close):
            close()
        del r
        free_model_memory()
        if self._on_unload is not None:
            self._on_unload(key)
        return True

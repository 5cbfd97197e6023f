"""Atelier's int8 matrix product for CPUs with AVX-512 VNNI, compiled on this machine.

The kernel (``int8_matmul.c``) computes what torch's dynamic int8 ``Linear`` computes (same
activation quantization, exact int32 sums), about 1.3x faster on a decode step's products,
where memory bandwidth is the limit (README, "Speed"). It is built once by ``make setup``::

    python -m assistants.kernels build     # or: status

with the system's C compiler (gcc or clang, OpenMP), into ``_build/`` beside this file, under a
name that carries a hash of the source and flags: an edited source is never loaded stale. Where
there is no compiler, no AVX-512 VNNI, or ``ATELIER_INT8_KERNEL=off`` is set, ``load()`` says
why and the decode loops keep torch's products (fbgemm): the same figures, a little slower.

Nothing here imports torch at module level; ``pack`` does, on the model thread.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).with_name("int8_matmul.c")
BUILD_DIR = Path(__file__).with_name("_build")
FLAGS = ("-O3", "-fPIC", "-shared", "-fopenmp", "-fno-math-errno", "-mavx512f", "-mavx512bw",
         "-mavx512vl", "-mavx512dq", "-mavx512vnni")
ABI_VERSION = 7
# every one must be in /proc/cpuinfo's flags: the library is compiled for them
REQUIRED_FLAGS = ("avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512_vnni")
ENVIRONMENT = "ATELIER_INT8_KERNEL"  # "off": torch's products, for comparison or trouble


class KernelBuildError(RuntimeError):
    """The compiler is missing or refused the source; the message says which."""


@functools.cache
def _digest(source: Path) -> str:
    """Of the source and the flags, read once per process (every product built asks)."""
    return hashlib.sha256(source.read_bytes() + " ".join(FLAGS).encode()).hexdigest()[:16]


def library_path(build_dir: Path | None = None) -> Path:
    return (build_dir or BUILD_DIR) / f"int8_matmul-{_digest(SOURCE)}.so"


def read_cpu_flags(cpuinfo: str) -> frozenset[str]:
    """The processor's flags from a Linux ``/proc/cpuinfo``; none where it cannot be read."""
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


@functools.cache
def cpu_flags() -> frozenset[str]:
    """This machine's processor flags (read once)."""
    return read_cpu_flags("/proc/cpuinfo")


def cpu_supported(cpuinfo: str | None = None) -> bool:
    flags = cpu_flags() if cpuinfo is None else read_cpu_flags(cpuinfo)
    return all(flag in flags for flag in REQUIRED_FLAGS)


def compiler() -> str | None:
    for name in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if name and shutil.which(name):
            return name
    return None


def build(build_dir: Path | None = None) -> Path:
    """Compile the kernel (unless this source is already built there); return the library.
    Written to a temporary name then renamed: a build killed halfway leaves nothing loadable."""
    target = library_path(build_dir)
    if target.exists():
        return target
    cc = compiler()
    if cc is None:
        raise KernelBuildError("no C compiler found (cc, gcc or clang; or set CC)")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(suffix=".so.partial", dir=target.parent)
    os.close(fd)
    try:
        done = subprocess.run([cc, *FLAGS, str(SOURCE), "-o", partial],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise KernelBuildError(f"{cc} failed: {done.stderr.strip()[-600:]}")
        os.replace(partial, target)
        for stale in target.parent.glob("int8_matmul-*.so"):  # built from earlier sources
            if stale != target:
                stale.unlink(missing_ok=True)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return target


@dataclass(frozen=True)
class Status:
    available: bool
    reason: str  # what is used, and why, in one line (the bench and `status` print it)
    code: str = "ready"  # ready, off, cpu, not-built, not-loaded: the Models page words it


@functools.cache
def _log_once(message: str) -> None:
    logging.getLogger(__name__).warning(message)


@functools.cache
def _loaded(path: str) -> Any:
    import torch  # noqa: F401 - torch's OpenMP runtime first: the library shares it

    library = ctypes.CDLL(path)
    library.atelier_int8_abi_version.restype = ctypes.c_int
    if library.atelier_int8_abi_version() != ABI_VERSION:
        raise OSError("the library was built from another version of the source")
    library.atelier_int8_matmul.argtypes = [ctypes.c_void_p] * 6 + [ctypes.c_int] * 5 + [
        ctypes.c_void_p, ctypes.c_float, ctypes.c_int, ctypes.c_int]
    library.atelier_int8_matmul.restype = ctypes.c_int
    library.atelier_argmax.argtypes = [ctypes.c_void_p, ctypes.c_int]
    library.atelier_argmax.restype = ctypes.c_int
    library.atelier_argmax_rows.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                            ctypes.c_void_p]
    library.atelier_argmax_rows.restype = None
    library.atelier_attend_one.argtypes = [
        ctypes.c_void_p, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int,
        ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_void_p,
        ctypes.c_float, ctypes.c_void_p, ctypes.c_int]
    library.atelier_attend_one.restype = ctypes.c_int
    library.atelier_int4_matmul.argtypes = [ctypes.c_void_p] * 5 + [ctypes.c_int] * 5 + [
        ctypes.c_void_p, ctypes.c_float, ctypes.c_int, ctypes.c_int]
    library.atelier_int4_matmul.restype = ctypes.c_int
    library.atelier_attention_step.argtypes = [
        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_int] * 5 + [
        ctypes.c_float, ctypes.c_void_p, ctypes.c_int]
    library.atelier_attention_step.restype = ctypes.c_int
    return library


def status(build_dir: Path | None = None, *, load: bool = True) -> Status:
    """Whether the kernel serves, and why not. ``load=False`` (the GUI thread, before torch is
    imported) only looks for the built library; loading it is the model thread's work."""
    if os.environ.get(ENVIRONMENT, "").strip().lower() in ("off", "0", "no", "false"):
        return Status(False, f"torch's int8 products ({ENVIRONMENT}=off)", "off")
    if sys.platform != "linux" or not cpu_supported():
        return Status(False, "torch's int8 products (this processor has no AVX-512 VNNI)",
                      "cpu")
    path = library_path(build_dir)
    if not path.exists():
        return Status(False, "torch's int8 products (Atelier's kernel is not built: "
                             "python -m assistants.kernels build)", "not-built")
    if load:
        try:
            _loaded(str(path))
        except OSError as exc:
            _log_once(f"Atelier's int8 kernel did not load ({exc}); torch's products are used")
            return Status(False, "torch's int8 products (Atelier's kernel did not load: "
                                 f"{exc})", "not-loaded")
    return Status(True, "Atelier's int8 kernel (AVX-512 VNNI)")


def load(build_dir: Path | None = None) -> Any | None:
    """The kernel's library (ctypes), or None where it cannot be used (``status`` says why)."""
    if not status(build_dir).available:
        return None
    return _loaded(str(library_path(build_dir)))


def argmax(library: Any, values: Any) -> int:
    """``int(torch.argmax(values))`` for a contiguous float32 vector, through the kernel's
    library (torch's took 140 us on a 150k vocabulary, a step's longest small operation)."""
    return int(library.atelier_argmax(values.data_ptr(), int(values.numel())))


def argmax_rows(library: Any, values: Any) -> Any:
    """``values.argmax(-1)`` (an int64 tensor) for a contiguous float32 matrix."""
    import torch

    rows, width = (int(size) for size in values.shape)
    out = torch.empty(rows, dtype=torch.long)
    library.atelier_argmax_rows(values.data_ptr(), rows, width, out.data_ptr())
    return out


class _Packed:
    """What both weight layouts share: the library's function bound at creation, and copies
    (``copy.deepcopy``, pickling) that bind it again instead of copying ctypes objects."""

    _FUNCTION = ""
    _UNBOUND = ("_function", "_pointers", "_empty", "_threads", "_float32")

    def _bind(self, library: Any) -> None:
        import torch

        self._function = getattr(library, self._FUNCTION)
        self._pointers = tuple(t.data_ptr() if t is not None else None for t in self._tensors())
        self._empty = torch.empty
        self._threads = torch.get_num_threads
        self._float32 = torch.float32

    def _tensors(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def _run(self, x: int, y: int, rows: int, norm: int | None, eps: float, glu: int,
             accumulate: int) -> int:
        raise NotImplementedError

    def __call__(self, x: Any, *, norm: Any | None = None, eps: float = 0.0,
                 into: Any | None = None, glu: bool = False) -> Any:
        """``x @ W.T + b``; with ``norm``, of ``rms_norm(x, norm, eps)`` instead; with ``glu``,
        of ``silu(x[..., :K]) * x[..., K:]`` (x is twice as wide: a Llama MLP's gate and up
        products side by side); both done while the activations are quantized. With ``into``
        (a contiguous float32 tensor of the output's shape), added to it in place and returned:
        the residual stream."""
        k, n = self.in_features, self.out_features
        width = 2 * k if glu else k
        if x.shape[-1] != width:
            raise ValueError(f"expected {width} inputs, got {x.shape[-1]}")
        flat = x.reshape(-1, width)
        if flat.dtype != self._float32 or not flat.is_contiguous():
            flat = flat.to(self._float32).contiguous()
        rows = int(flat.shape[0])
        if into is not None:
            if into.dtype != self._float32 or not into.is_contiguous() \
                    or into.numel() != rows * n:
                raise ValueError("the tensor to add to must be contiguous float32, one row each")
            y = into
        else:
            y = self._empty(*x.shape[:-1], n, dtype=self._float32)
        if rows == 0:
            return y
        if norm is not None and (glu or norm.dtype != self._float32
                                 or not norm.is_contiguous() or norm.numel() != k):
            raise ValueError("the norm's weights must be contiguous float32, one per input")
        if self._run(flat.data_ptr(), y.data_ptr(), rows,
                     norm.data_ptr() if norm is not None else None, eps, 1 if glu else 0,
                     1 if into is not None else 0):
            raise MemoryError("no memory for the quantized activations")
        return y

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in self._UNBOUND}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        library = load()
        if library is None:
            raise RuntimeError(status().reason)
        self._bind(library)


class PackedInt8(_Packed):
    """int8 rows (one scale per row, zero points 0) laid out for the kernel; called like a
    dynamic int8 ``Linear``: float32 ``(..., K)`` in, ``(..., N)`` out."""

    def __init__(self, library: Any, rows: Any, scales: Any, bias: Any | None,
                 reduce_range: bool) -> None:
        import torch

        n, k = (int(size) for size in rows.shape)
        n16, k4 = (n + 15) // 16 * 16, (k + 3) // 4
        padded = torch.zeros(n16, k4 * 4, dtype=torch.int8)
        padded[:n, :k] = rows
        self.weight = padded.view(n16 // 16, 16, k4, 4).permute(0, 2, 1, 3).contiguous()
        self.rowsum = torch.zeros(n16, dtype=torch.int32)
        self.rowsum[:n] = rows.sum(1, dtype=torch.int32)
        self.scales = torch.zeros(n16, dtype=torch.float32)
        self.scales[:n] = scales.float()
        self.bias = None
        if bias is not None:
            self.bias = torch.zeros(n16, dtype=torch.float32)
            self.bias[:n] = bias.float()
        self.out_features, self.in_features = n, k
        self.qmax = 127 if reduce_range else 255  # torch's 7-bit activations, or all 8
        self._bind(library)

    _FUNCTION = "atelier_int8_matmul"

    def _tensors(self) -> tuple[Any, ...]:
        return self.weight, self.rowsum, self.scales, self.bias

    def _run(self, x: int, y: int, rows: int, norm: int | None, eps: float, glu: int,
             accumulate: int) -> int:
        w, rowsum, scales, bias = self._pointers
        return self._function(w, x, rowsum, scales, bias, y, rows, self.out_features,
                              self.in_features, self.qmax, self._threads(), norm, eps, glu,
                              accumulate)

    @property
    def nbytes(self) -> int:
        """What one product reads: the weights (padding included), row sums, scales, bias."""
        tensors = [self.weight, self.rowsum, self.scales, self.bias]
        return sum(t.numel() * t.element_size() for t in tensors if t is not None)



def attend_one(library: Any, q: Any, keys: Any, values: Any, length: int, mask: Any | None,
               scale: float) -> Any:
    """Attention of one query position: ``q`` (rows, heads, head dim), each row's heads
    contiguous; ``keys``/``values`` (rows, key/value heads, capacity, head dim), contiguous,
    the first ``length`` positions used (fewer key/value heads than query heads: each serves
    heads / kv heads query heads in turn, grouped-query attention); ``mask`` (rows, length)
    bool, True where allowed, or None. Returns (rows, heads x head dim): the heads side by side,
    as an output projection reads them. float32 on the CPU only; the head dimension a multiple
    of 16 (ValueError otherwise)."""
    import torch

    rows, heads, dim = (int(size) for size in q.shape)
    kv_heads = int(keys.shape[1]) if keys.dim() == 4 else 0
    if q.dtype != torch.float32 or keys.dtype != torch.float32 \
            or values.dtype != torch.float32 or q.stride(2) != 1 or q.stride(1) != dim \
            or not keys.is_contiguous() \
            or not values.is_contiguous() or keys.shape != values.shape \
            or int(keys.shape[0]) != rows or not kv_heads or heads % kv_heads \
            or int(keys.shape[3]) != dim \
            or not 0 <= length <= int(keys.shape[2]) or dim % 16 or dim > 512:
        raise ValueError("attend_one: tensors of unexpected shapes or layouts")
    if mask is not None and (mask.dtype != torch.bool or not mask.is_contiguous()
                             or tuple(mask.shape) != (rows, length)):
        raise ValueError("attend_one: the mask must be contiguous bool (rows, length)")
    out = torch.empty(rows, heads * dim, dtype=torch.float32)
    if library.atelier_attend_one(
            q.data_ptr(), q.stride(0), keys.data_ptr(), values.data_ptr(), rows, heads, kv_heads,
            length, int(keys.shape[2]), dim, mask.data_ptr() if mask is not None else None, scale,
            out.data_ptr(), torch.get_num_threads()):
        raise MemoryError("no memory for the attention scores")
    return out


GROUP = 32  # inputs per 4-bit scale, as llama.cpp's Q4_0


def quantize_int4(weight: Any) -> tuple[Any, Any]:
    """Rows of float weights (N, K) as 4-bit groups: (q, d), q uint8 (N, K rounded up to 32) in
    0..15 and d float16 (N, groups), w ~ d * (q - 8). As Q4_0: the largest magnitude of each
    group maps to -8, so the group's range is used in full; padding is q = 8 (zero)."""
    import torch

    n, k = (int(size) for size in weight.shape)
    padded = (k + GROUP - 1) // GROUP * GROUP
    w = torch.zeros(n, padded, dtype=torch.float32)
    w[:, :k] = weight.float()
    groups = w.view(n, padded // GROUP, GROUP)
    extreme = groups.gather(-1, groups.abs().argmax(-1, keepdim=True)).squeeze(-1)
    d = (extreme / -8).to(torch.float16)
    scale = d.float()
    inverse = torch.where(scale != 0, 1 / scale, torch.zeros_like(scale))
    q = torch.clamp(torch.round(groups * inverse[..., None]) + 8, 0, 15).to(torch.uint8)
    return q.view(n, padded), d


class PackedInt4(_Packed):
    """4-bit weights (``quantize_int4``'s q and d) laid out for the kernel; called as
    ``PackedInt8``: float32 ``(..., K)`` in, ``(..., N)`` out, ``norm`` and ``into`` too.
    Activations are quantized to 8 bits per row."""

    def __init__(self, library: Any, q: Any, d: Any, bias: Any | None, in_features: int) -> None:
        import torch

        n, padded = (int(size) for size in q.shape)
        if padded % GROUP or tuple(d.shape) != (n, padded // GROUP) or in_features > padded:
            raise ValueError("4-bit weights of unexpected shapes")
        n16, groups = (n + 15) // 16 * 16, padded // GROUP
        rows = torch.full((n16, padded), 8, dtype=torch.uint8)
        rows[:n] = q
        scales = torch.zeros(n16, groups, dtype=torch.float16)
        scales[:n] = d
        # (block, row, group, chunk, low/high, input) -> (block, group, chunk, row, input)
        parts = rows.view(n16 // 16, 16, groups, 4, 2, 4).permute(0, 2, 3, 1, 5, 4)
        self.weight = (parts[..., 0] | (parts[..., 1] << 4)).contiguous()
        self.scales = scales.view(n16 // 16, 16, groups).transpose(1, 2).contiguous()
        self.bias = bias.float().contiguous() if bias is not None else None
        self.out_features, self.in_features, self.padded = n, int(in_features), padded
        self._bind(library)

    _FUNCTION = "atelier_int4_matmul"

    def _tensors(self) -> tuple[Any, ...]:
        return self.weight, self.scales, self.bias

    def _run(self, x: int, y: int, rows: int, norm: int | None, eps: float, glu: int,
             accumulate: int) -> int:
        w, scales, bias = self._pointers
        return self._function(w, scales, x, bias, y, rows, self.out_features, self.in_features,
                              self.padded, self._threads(), norm, eps, glu, accumulate)

    def unpack(self) -> tuple[Any, Any]:
        """(q, d) again, as ``quantize_int4`` gave them (to fuse products)."""
        import torch

        blocks, groups = int(self.weight.shape[0]), int(self.weight.shape[1])
        halves = torch.stack([self.weight & 15, self.weight >> 4], -1)  # (b, g, c, r, j, 2)
        rows = halves.permute(0, 3, 1, 2, 5, 4).reshape(blocks * 16, groups * GROUP)
        scales = self.scales.transpose(1, 2).reshape(blocks * 16, groups)
        n = self.out_features
        return rows[:n].contiguous(), scales[:n].contiguous()

    @property
    def nbytes(self) -> int:
        tensors = [self.weight, self.scales, self.bias]
        return sum(t.numel() * t.element_size() for t in tensors if t is not None)



def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "status"
    if command == "build":
        if not cpu_supported():
            print("int8 kernel: not built, this processor has no AVX-512 VNNI "
                  "(torch's int8 products are used)")
            return 0
        try:
            path = build()
        except (KernelBuildError, OSError, subprocess.TimeoutExpired) as exc:
            # never fatal: the app runs without it
            print(f"int8 kernel: not built ({exc}); torch's int8 products are used")
            return 0
        print(f"int8 kernel: {path}")
        return 0
    if command == "status":
        print(status().reason)
        return 0
    print("usage: python -m assistants.kernels [build|status]", file=sys.stderr)
    return 2

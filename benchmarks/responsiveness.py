"""How fast Stop and failures reach the person: figures that tests once asserted with wall-clock
limits (flaky on a busy machine) and now only report. The tests keep the behaviour (the
download stops mid-file, generation stops within a few steps, the model's own error surfaces).

- a download cancelled mid-file: Cancel to `Cancelled` raised, and the longest gap between two
  progress reports (the progress bar moves about every 0.2 s);
- a download with no network: the call to the `NoNetwork` error, with the app's real retries;
- generation: Stop to the stream ended, and a model error to `GenerationError` (not the
  60 s timeout). Measured on the tests' tiny random model, so the figure is the plumbing's
  (threads, queues, the stopping criterion), not a real model's decoding step.
"""

from __future__ import annotations

import itertools
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = "acme/tiny-chat"


def _result(name: str, times_ms: list[float], goal_ms: float, detail: str = "") -> Any:
    from benchmarks.__main__ import Result

    return Result(name, statistics.median(times_ms), min(times_ms), max(times_ms),
                  len(times_ms), goal_ms, detail)


def _download_cancel(files: dict[str, bytes], workdir: Path) -> tuple[float, float]:
    """(Cancel to Cancelled in ms, longest gap between progress reports in ms)."""
    from assistants.downloads import Cancelled, download_model
    from tests.hubserver import HubServer

    cancel = threading.Event()
    times: list[float] = []
    cancelled_at: list[float] = []

    def progress(p: Any) -> None:
        times.append(time.perf_counter())
        if p.current_file == "model.safetensors" and p.done_bytes > 50_000 and not cancelled_at:
            cancelled_at.append(time.perf_counter())
            cancel.set()

    with HubServer({REPO: files}, throttle=100_000) as hub:
        try:
            download_model(REPO, workdir, endpoint=hub.endpoint, progress=progress,
                           cancel=cancel)
        except Cancelled:
            stopped = time.perf_counter()
        else:
            raise RuntimeError("the download was not cancelled")
    gap = max(b - a for a, b in itertools.pairwise(times))
    return (stopped - cancelled_at[0]) * 1000, gap * 1000


def _no_network(workdir: Path) -> float:
    from assistants.downloads import NoNetwork, download_model

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    try:
        download_model(REPO, workdir, endpoint=f"http://127.0.0.1:{port}")
    except NoNetwork:
        return (time.perf_counter() - t0) * 1000
    raise RuntimeError("a download with no network did not fail")


def _generation_stop(loaded: Any) -> tuple[float, int]:
    """(Stop to the stream ended in ms, tokens produced after Stop)."""
    from assistants.generation import stream_generate

    cancel = threading.Event()
    stream = stream_generate(loaded.model, loaded.tokenizer, "Bonjour", max_new_tokens=100_000,
                             temperature=0.8, seed=1, cancel=cancel, timeout_s=30)
    next(stream)
    at_stop = stream.stats.generated_tokens
    cancel.set()
    t0 = time.perf_counter()
    list(stream)
    return (time.perf_counter() - t0) * 1000, stream.stats.generated_tokens - at_stop


def _generation_error(loaded: Any) -> float:
    from assistants.generation import GenerationError, stream_generate

    def broken(**kwargs: Any) -> None:
        raise RuntimeError("out of memory (simulated)")

    original = loaded.model.generate
    loaded.model.generate = broken
    try:
        stream = stream_generate(loaded.model, loaded.tokenizer, "Bonjour", timeout_s=60)
        t0 = time.perf_counter()
        try:
            list(stream)
        except GenerationError:
            return (time.perf_counter() - t0) * 1000
        raise RuntimeError("the model's error did not surface")
    finally:
        loaded.model.generate = original


def _runs(fn: Callable[[], Any], runs: int) -> list[Any]:
    return [fn() for _ in range(runs)]


def responsiveness_benchmarks(runs: int = 5) -> list[Any]:
    from assistants.loading import load_model
    from tests.hubserver import files_from
    from tests.unit.assistants.conftest import build_causal_lm

    results = []
    with tempfile.TemporaryDirectory(prefix="atelier-bench-") as tmp:
        root = Path(tmp)
        model_dir = build_causal_lm(root / "tiny-causal")
        files = files_from(model_dir)
        counter = itertools.count()

        cancels = _runs(lambda: _download_cancel(files, root / f"dl{next(counter)}"), runs)
        results.append(_result("download: Cancel to stopped", [c for c, _ in cancels], 750,
                               "mid-file, 100 kB/s local hub"))
        results.append(_result("download: longest gap between progress reports",
                               [g for _, g in cancels], 1500, "reported about every 0.2 s"))
        results.append(_result(
            "download: no network to the error", _runs(
                lambda: _no_network(root / f"dl{next(counter)}"), runs), 3000,
            "connection refused, the app's real retries"))

        loaded = load_model(model_dir, device="cpu", check_memory=False)
        try:
            stops = _runs(lambda: _generation_stop(loaded), runs)
            results.append(_result(
                "generation: Stop to stream ended", [ms for ms, _ in stops], 2000,
                f"tiny model; tokens after Stop: at most {max(n for _, n in stops)}"))
            results.append(_result("generation: model error surfaces",
                                   _runs(lambda: _generation_error(loaded), runs), 5000,
                                   "not the 60 s timeout"))
        finally:
            loaded.close()
    return results


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table(responsiveness_benchmarks())

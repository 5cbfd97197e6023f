"""Payment imports for `make bench` (issue 15): preview and import a 100,000-row PayPal
"Activity download", goal under 10 s and under 300 MB peak memory.

The file is generated (seeded, so every run reads the same bytes): PayPal's current English
Activity download header (41 columns, every cell quoted, a UTF-8 BOM, ``DD/MM/YYYY`` dates and
``1,234.56`` amounts), with the mix a freelancer's account shows over several years — client
payments in USD, EUR, GBP and CAD with their fees, currency conversions (two rows linked by
``Reference Txn ID``), withdrawals to the bank, refunds, holds and their releases, purchases,
pending and denied rows.

Each measure runs in a fresh child process (``python -m benchmarks.imports --child …``) on a
fresh store holding the ECB's daily rates over those years (as after `atelier rates update`),
as `atelier import payments` would:

- preview: ``read_table`` + ``recognise`` + ``plan_import`` (nothing written), what the window
  shows and ``--dry-run`` prints;
- import: preview, then ``apply_plan`` in one ``Store.transaction()`` (the whole command);
- peak memory: the child's peak resident size (VmHWM; whole process: interpreter,
  SQLAlchemy, SQLite's cache) for the preview and for the import; with ``--trace``
  (standalone only: it makes the run several times slower), Python's own peak allocations
  in a third child (tracemalloc).

Run alone: ``python -m benchmarks.imports [--rows N] [--keep FILE] [--trace]``.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROWS = 100_000
GOAL_S = 10.0
GOAL_MB = 300.0

HEADER = [
    "Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net",
    "From Email Address", "To Email Address", "Transaction ID", "Shipping Address",
    "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount",
    "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name",
    "Option 2 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity",
    "Receipt ID", "Balance", "Address Line 1", "Address Line 2/District/Neighborhood",
    "Town/City", "State/Province/Region/County/Territory/Prefecture/Republic",
    "Zip/Postal Code", "Country", "Contact Phone Number", "Subject", "Note", "Country Code",
    "Balance Impact",
]
ME = "studio@my-company.com"
CURRENCIES = (("USD", 0.55), ("EUR", 0.3), ("GBP", 0.1), ("CAD", 0.05))
PAYMENT_TYPES = ("Website Payment", "General Payment", "Express Checkout Payment",
                 "Mobile Payment", "Invoice Payment")
FIRST_NAMES = ("Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Giulia", "Hugo", "Inès",
               "Jonas", "Karim", "Léa", "Marta", "Noah", "Olga", "Pierre", "Rania", "Sven")
COMPANIES = ("Acme Studio", "Nordlicht GmbH", "Café Bleu", "Blue Harbor LLC", "Maple & Co",
             "Atlas Média", "Kite Labs", "Oak Street Bakery", "Verde S.L.", "Pixel Forge")


def _amount(minor: int) -> str:
    """PayPal's English form: ``-1,234.56``."""
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    return f"{sign}{units:,}.{cents:02d}"


class _Writer:
    def __init__(self, out: Any, rng: random.Random) -> None:
        self.w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self.rng = rng
        self.n = 0
        self.tid = 0
        self.balance: dict[str, int] = {c: 0 for c, _ in CURRENCIES}

    def next_tid(self) -> str:
        self.tid += 1
        rng = random.Random(self.tid)
        return "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17))

    def row(self, when: datetime, name: str, kind: str, status: str, currency: str,
            gross: int, fee: int = 0, *, frm: str = "", to: str = "", tid: str = "",
            ref: str = "", invoice: str = "", subject: str = "", note: str = "",
            item: str = "", country: str = "", impact: str = "") -> str:
        tid = tid or self.next_tid()
        net = gross + fee  # PayPal writes the fee negative
        if status == "Completed" and impact != "Memo":
            self.balance[currency] += net
        impact = impact or ("Credit" if net > 0 else "Debit")
        local = when.astimezone(UTC) - timedelta(hours=8)
        self.w.writerow([
            local.strftime("%d/%m/%Y"), local.strftime("%H:%M:%S"), "PST", name, kind, status,
            currency, _amount(gross), _amount(fee), _amount(net), frm, to, tid, "",
            "Confirmed" if frm and frm != ME else "", item, "", "0.00", "0.00", "0.00", "", "",
            "", "", ref, invoice, "", "1" if item else "", "",
            _amount(self.balance[currency]), "", "", "", "", "", "", "", subject, note,
            country, impact,
        ])
        self.n += 1
        return tid


def generate_paypal_activity(path: Path, rows: int = ROWS, seed: int = 15) -> dict[str, int]:
    """Write a `rows`-row PayPal Activity download (EN, BOM) to `path`; the count per type."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    start = datetime(2019, 1, 2, 9, 0, tzinfo=UTC)
    span = timedelta(days=7 * 365)
    step = span / rows
    payers = [(f"{rng.choice(FIRST_NAMES)} {rng.choice(COMPANIES)}", f"client{i}@example.com",
               rng.choice(("US", "FR", "DE", "GB", "CA", "MA", "ES")))
              for i in range(600)]
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(HEADER)
        w = _Writer(out, rng)
        i = 0
        invoice = 1000
        recent: list[tuple[str, str, int, str, str]] = []  # payments a refund may follow
        while w.n < rows:
            when = start + step * w.n + timedelta(seconds=rng.randrange(0, 600))
            currency = rng.choices([c for c, _ in CURRENCIES], [p for _, p in CURRENCIES])[0]
            roll = rng.random()
            i += 1
            if roll < 0.55 or not recent:  # a client's payment, with PayPal's fee
                name, email, country = rng.choice(payers)
                gross = rng.choice((1500, 2500, 4000, 7500, 12000, 25000, 60000, 145000))
                gross += rng.randrange(0, 100) * 5
                fee = -(round(gross * 0.034) + 35)
                invoice += 1
                status = rng.choices(("Completed", "Pending", "Denied"), (0.97, 0.02, 0.01))[0]
                tid = w.row(when, name, rng.choice(PAYMENT_TYPES), status, currency, gross, fee,
                            frm=email, to=ME, invoice=f"INV-{invoice}",
                            subject=f"Payment for invoice INV-{invoice}",
                            item=rng.choice(("Logo design", "Translation FR>EN", "Landing page",
                                             "Podcast edit", "")), country=country)
                kind = "payment" if status == "Completed" else status.lower()
                if status == "Completed":
                    recent = [*recent, (tid, name, gross, currency, email)][-50:]
            elif roll < 0.70:  # a conversion into EUR: two rows linked by the reference
                src = rng.choice([c for c, _ in CURRENCIES if c != "EUR"])
                amount = rng.randrange(5000, 300000)
                rate = {"USD": 0.91, "GBP": 1.16, "CAD": 0.68}[src] + rng.uniform(-0.04, 0.04)
                ref = w.next_tid()
                w.row(when, "", "General Currency Conversion", "Completed", src, -amount,
                      frm=ME, ref=ref, subject="")
                w.row(when, "", "General Currency Conversion", "Completed", "EUR",
                      round(amount * rate), to=ME, ref=ref)
                kind = "conversion"
            elif roll < 0.80:  # a withdrawal to the bank
                amount = rng.randrange(20000, 150000)
                w.row(when, "", rng.choice(("General Withdrawal", "General Withdrawal - Bank "
                                            "Account")), "Completed", "EUR", -amount, frm=ME)
                kind = "withdrawal"
            elif roll < 0.85:  # a refund of a recent payment (fee partly given back)
                tid, name, gross, cur, email = rng.choice(recent)
                part = gross if rng.random() < 0.7 else gross // 2
                w.row(when, name, "Payment Refund", "Completed", cur, -part,
                      round(part * 0.034), frm=ME, to=email, ref=tid,
                      subject="Refund")
                kind = "refund"
            elif roll < 0.90:  # a hold and its release (a memo pair)
                tid, name, gross, cur, email = rng.choice(recent)
                w.row(when, name, "Account Hold for Open Authorization", "Completed", cur,
                      -gross // 4, ref=tid, impact="Debit")
                w.row(when + timedelta(days=3), name, "Reversal of General Account Hold",
                      "Completed", cur, gross // 4, ref=tid, impact="Credit")
                kind = "hold"
            elif roll < 0.97:  # a purchase (an expense)
                w.row(when, rng.choice(("Adobe Systems", "Envato Pty", "DigitalOcean",
                                        "Canva Pty")),
                      rng.choice(("PreApproved Payment Bill User Payment",
                                  "Express Checkout Payment")), "Completed", currency,
                      -rng.randrange(900, 9900), frm=ME, to="billing@example.com")
                kind = "purchase"
            else:  # a chargeback
                tid, name, gross, cur, email = rng.choice(recent)
                w.row(when, name, "Chargeback", "Completed", cur, -gross, ref=tid)
                kind = "chargeback"
            counts[kind] = counts.get(kind, 0) + 1
    return counts


# --- the child process: one measure on a fresh store ---------------------------------------


def _child(csv_path: Path, data_dir: Path, what: str, trace: bool) -> dict[str, Any]:
    import resource
    import tracemalloc

    if trace:
        tracemalloc.start()
    from storage import settings
    from storage.db import open_store
    from storage.imports.ledger import apply_plan, plan_import
    from storage.imports.profiles import recognise
    from storage.imports.reading import read_table

    out: dict[str, Any] = {}
    with open_store(data_dir / "atelier.db") as store:
        _reference_rates(store, data_dir / "eurofxref-hist.csv")  # as after `rates update`
        t0 = time.perf_counter()
        table = read_table(csv_path)
        profile = recognise(table)
        out["profile"] = getattr(profile, "name", None)
        if profile is None:
            out["error"] = f"not recognised; header: {table.header[:6]}…"
            return out
        files = [(csv_path.name, profile.name, list(profile.rows(table)))]
        if what == "preview":
            with store.session() as s:
                plan = plan_import(s, files, home=settings.home_currency(s))
                s.rollback()
            out["preview_s"] = time.perf_counter() - t0
        else:
            with store.transaction() as s:
                plan = plan_import(s, files, home=settings.home_currency(s))
                t1 = time.perf_counter()
                out["plan_s"] = t1 - t0
                apply_plan(s, plan, accept=None, now=datetime.now(UTC))
                t2 = time.perf_counter()
            out["apply_s"] = t2 - t1
            out["commit_s"] = time.perf_counter() - t2
            out["import_s"] = time.perf_counter() - t0
        out["plan"] = plan.as_json()["files"][0]
    if trace:
        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    out["maxrss_mb"] = _peak_rss_mb(resource)
    out["store_mb"] = (data_dir / "atelier.db").stat().st_size / 1e6
    return out


def _peak_rss_mb(resource: Any) -> float:
    """This process's peak resident size. Linux carries the parent's peak over into a child
    across fork and exec (ru_maxrss), so after the 100,000-order GUI benchmark the child read
    680 MB it never used; /proc's VmHWM belongs to this process image alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reference_rates(store: Any, path: Path) -> None:
    """ECB-like daily rates over the export's years for its currencies (not timed): a person
    who imports other currencies updates the rates first, else those rows wait for a rate."""
    from datetime import date

    from storage.imports.ledger import update_rates_from_ecb_csv

    rng = random.Random(1)
    day, end = date(2018, 12, 1), date(2026, 12, 31)
    lines = ["Date,USD,GBP,CAD,"]
    while day <= end:
        if day.weekday() < 5:  # the ECB publishes on working days
            usd, gbp, cad = (1.10 + rng.uniform(-.05, .05), 0.86 + rng.uniform(-.03, .03),
                             1.48 + rng.uniform(-.05, .05))
            lines.append(f"{day.isoformat()},{usd:.4f},{gbp:.5f},{cad:.4f},")
        day += timedelta(days=1)
    path.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n", encoding="utf-8")
    with store.transaction() as s:
        update_rates_from_ecb_csv(s, path)


def _run_child(csv_path: Path, workdir: Path, what: str, trace: bool = False) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"{what}-", dir=workdir))
    argv = [sys.executable, "-m", "benchmarks.imports", "--child", what, str(csv_path),
            str(data_dir)] + (["--trace"] if trace else [])
    done = subprocess.run(argv, capture_output=True, text=True, timeout=900,
                          env=os.environ | {"PYTHONHASHSEED": "0"})
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_benchmarks(rows: int = ROWS, keep: Path | None = None,
                      trace: bool = False) -> list[Any]:
    """The figures (benchmarks.models.Figure): preview time, import time, peak memory; with
    `trace`, also Python's peak allocations (tracemalloc: a run several times slower)."""
    from benchmarks.models import Figure

    with tempfile.TemporaryDirectory(prefix="atelier-bench-imports-") as tmp:
        work = Path(tmp)
        csv_path = keep or work / "paypal-activity-100k.csv"
        t0 = time.perf_counter()
        counts = generate_paypal_activity(csv_path, rows)
        gen_s = time.perf_counter() - t0
        size = csv_path.stat().st_size / 1e6
        what = f"{rows:,} rows, {size:.0f} MB, generated in {gen_s:.1f} s"
        preview = _run_child(csv_path, work, "preview")
        full = _run_child(csv_path, work, "import")
        traced = _run_child(csv_path, work, "import", trace=True) if trace else {}
    figures = []
    for name, res, key, detail in (
            ("preview (read, recognise, plan)", preview, "preview_s", what),
            ("import (preview + write, one transaction)", full, "import_s", _import_detail)):
        if "error" in res or key not in res:
            figures.append(Figure(f"payments: {name}", float("nan"), "s", GOAL_S, False,
                                  f"failed: {res.get('error', '?')}"))
            continue
        text = detail(res) if callable(detail) else detail
        figures.append(Figure(f"payments: {name}", res[key], "s", GOAL_S, False, text))
    if "maxrss_mb" in full:
        figures.append(Figure("payments: import peak memory (process RSS)", full["maxrss_mb"],
                              "MB", GOAL_MB, False,
                              f"preview alone: {preview.get('maxrss_mb', 0):.0f} MB"))
    if "tracemalloc_peak_mb" in traced:
        figures.append(Figure("payments: import peak Python allocations (tracemalloc)",
                              traced["tracemalloc_peak_mb"], "MB", None, False,
                              "for reference: the Python objects alone"))
    for f in figures:
        f.samples = []
    figures[0].detail += "; mix " + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
    return figures


def _import_detail(res: dict[str, Any]) -> str:
    p = res.get("plan", {})
    return (f"plan {res.get('plan_s', 0):.1f} s, write {res.get('apply_s', 0):.1f} s, commit "
            f"{res.get('commit_s', 0):.1f} s; {p.get('added', 0):,} added, "
            f"{p.get('transfers', 0):,} transfers, {p.get('needs_attention', 0):,} to decide; "
            f"store {res.get('store_mb', 0):.0f} MB")


def imports_json(figures: list[Any]) -> list[dict[str, Any]]:
    """The figures for bench-results.json (a failed measure: value null, ok null)."""
    import math

    return [f.as_dict() | ({"value": None, "ok": None} if math.isnan(f.value) else {})
            for f in figures]


def print_imports(figures: list[Any]) -> None:
    from benchmarks.models import _fmt

    head = f"{'payment import benchmark':<52} {'figure':>12} {'goal':>10}  status"
    print(head)
    print("-" * len(head))
    for f in figures:
        goal = "" if f.goal is None else "≤ " + _fmt(f.goal, f.unit)
        status = {None: "", True: "ok", False: "OVER GOAL"}[f.ok]
        print(f"{f.name:<52} {_fmt(f.value, f.unit):>12} {goal:>10}  {status:<9}  {f.detail}")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.imports")
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--keep", type=Path, metavar="FILE",
                        help="write the generated export here (and keep it)")
    parser.add_argument("--child", nargs=3, metavar=("WHAT", "CSV", "DATA_DIR"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true",
                        help="also measure Python's peak allocations (tracemalloc; slow)")
    args = parser.parse_args(argv)
    if args.child:
        what, csv_path, data_dir = args.child
        print(json.dumps(_child(Path(csv_path), Path(data_dir), what, args.trace)))
        return 0
    print_imports(import_benchmarks(args.rows, args.keep, args.trace))
    return 0


if __name__ == "__main__":
    sys.exit(main())

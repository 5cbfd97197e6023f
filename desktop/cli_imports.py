"""`atelier import payments FILE...` and `atelier rates update`: payment history from the
exports of PayPal, Wise, Payoneer, Stripe, Upwork and banks (issue 15), from the command line.

The workflow is storage.imports' (reading → profiles → ledger), the same the window's
File › Import payments… runs; here only the arguments and the printing. One plan covers every
file given, so a row two overlapping files both hold counts once. ``--dry-run`` plans against
the store without writing a byte of it; otherwise the plan is applied in one transaction,
and rows that need the person's decision wait for the window. Headless: no Qt here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import cli
from storage import paths

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
DOWNLOAD_TIMEOUT_S = 30
DOWNLOAD_MAX_BYTES = 64 * 1024**2  # the history zip is about 600 kB; the CSV in it about 3 MB
ECB_CSV_MAX_BYTES = 256 * 1024**2


class Refused(Exception):
    """The command cannot go on: ``str()`` is the sentence; nothing was written."""


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return 2


# --- import payments ------------------------------------------------------------------------


def _profile_names() -> list[str]:
    from storage.imports.profiles import PROFILES

    return [p.name for p in PROFILES]


def _forced_profile(name: str, data_dir: Path) -> Any:
    """A built-in profile by name, a mapping saved from the window (File › Import payments…)
    by its name, or an exported mapping file (.json)."""
    from storage.imports.model import ImportProblem
    from storage.imports.profiles import profile_named
    from storage.imports.profiles.custom import load_profile, saved_profiles, slug

    with suppress(KeyError):
        return profile_named(name)
    saved = saved_profiles(data_dir)
    for mapping in saved:
        if name.casefold() in (mapping.name.casefold(), slug(mapping.name)):
            return mapping
    if name.lower().endswith(".json") and Path(name).is_file():
        try:
            return load_profile(Path(name))
        except ImportProblem as exc:
            raise Refused(f"--profile: {exc}") from None
    names = _profile_names() + [f"“{m.name}”" for m in saved]
    raise Refused(f"--profile: “{name}” is not a profile; use auto, one of "
                  f"{', '.join(names)}, or a mapping file exported from the window (.json).")


def _header_text(header: list[str]) -> str:
    shown = ", ".join(f"“{h}”" for h in header[:12] if h)
    more = len([h for h in header if h]) - 12
    return shown + (f" and {more} more" if more > 0 else "") if shown else "(an empty header)"


def _read(file: str, forced: Any, data_dir: Path) -> tuple[Any, Any]:
    """The file's table and its profile; Refused with the sentence when it cannot be read or
    is not a known format."""
    from storage.imports.model import ImportProblem
    from storage.imports.profiles import recognise
    from storage.imports.reading import read_table

    path = Path(file)
    if not path.exists():
        raise Refused(f"{file}: there is no such file.")
    if path.is_dir():
        raise Refused(f"{file} is a folder, not an export file.")
    try:
        table = read_table(path)
    except ImportProblem as exc:
        raise Refused(str(exc)) from None
    except OSError as exc:
        raise Refused(f"{file}: cannot be read ({exc.strerror or exc}).") from None
    if forced is not None:
        return table, forced
    try:
        profile = recognise(table)
    except ImportProblem as exc:  # perhaps a mapping made in the window fits it
        from storage.imports.profiles.custom import recognise_saved

        profile, said = recognise_saved(data_dir, table.header), str(exc)
    else:
        said = ""
    if profile is None:  # recognise says which columns it did not understand
        said = said or (f"{file}: This is not a payment export Atelier recognises: its "
                        f"columns are {_header_text(table.header)}.")
        raise Refused(
            said.removesuffix(" Map its columns to import it.")
            + " Name its format with --profile (one of " + ", ".join(_profile_names())
            + "), or map its columns in the window (File › Import payments…).")
    return table, profile


@contextmanager
def _store_to_read(args: argparse.Namespace) -> Iterator[Any]:
    """The store for a dry run, which must not change a byte of it: the store itself, opened
    for reading only, when it exists at this version's schema; else (no store yet, or one an
    older version wrote) a copy in a temporary folder, so nothing is created or migrated."""
    from storage.db import open_store
    from storage.store_file import head_revision, inspect_store

    path = paths.store_path(paths.data_dir(args.data_dir))
    if path.exists() and inspect_store(path, integrity=None) == head_revision():
        store = open_store(path)
        try:
            yield store
        finally:
            store.close()
        return
    with tempfile.TemporaryDirectory(prefix="atelier-dry-run-") as tmp:
        copy = Path(tmp) / "atelier.db"
        if path.exists():
            import sqlite3

            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
        store = open_store(copy)
        try:
            yield store
        finally:
            store.close()


_ORDER_WORDS = {"DMY": "day first (DMY)", "MDY": "month first (MDY)"}


def _with_date_order(table: Any, order: str) -> Any:
    """`table` whose dates are read in `order` whatever a profile detects (--date-order)."""
    from dataclasses import fields, replace

    from storage.imports.model import Conventions, Table

    class Answered(Table):
        @property  # type: ignore[override]
        def conventions(self) -> Conventions:
            return self._conventions

        @conventions.setter
        def conventions(self, value: Conventions) -> None:
            self._conventions = replace(value, date_order=order, ambiguous_dates=False)

    return Answered(**{f.name: getattr(table, f.name) for f in fields(table)})


def _plan(s: Any, tables: list[tuple[str, Any, Any]], date_order: str = "") -> Any:
    from storage import settings
    from storage.imports.ledger import plan_import
    from storage.imports.model import ImportProblem

    try:
        files = []
        for name, table, profile in tables:
            read = _with_date_order(table, date_order) if date_order else table
            files.append((name, profile.name, list(profile.rows(read))))
            found = read.conventions
            if found.ambiguous_dates and found.date_order in _ORDER_WORDS:
                other = "MDY" if found.date_order == "DMY" else "DMY"
                print(f"{name}: every date reads both ways; they were read "
                      f"{_ORDER_WORDS[found.date_order]}. To read them "
                      f"{_ORDER_WORDS[other].split(' (')[0]}, add --date-order {other}.",
                      file=sys.stderr)
        return plan_import(s, files, home=settings.home_currency(s))
    except ImportProblem as exc:
        raise Refused(str(exc)) from None


def _n(count: int, one: str, many: str) -> str:
    """“1 row”, “2 rows”."""
    return f"{count} {one if count == 1 else many}"


def _count_line(f: dict[str, Any]) -> str:
    other = f["rows"] - f["added"] - f["duplicates"] - f["transfers"] - f["needs_attention"]
    parts = [f"{f['added']} to add",
             _n(f["duplicates"], "duplicate", "duplicates")
             + " (imported before or in another file)",
             _n(f["transfers"], "transfer", "transfers") + " between your accounts",
             f"{f['needs_attention']} " + ("needs" if f["needs_attention"] == 1 else "need")
             + " your decision"]
    if other:
        parts.append(f"{other} not income (expenses, holds, pending or denied)")
    return f"  {_n(f['rows'], 'row', 'rows')}: " + ", ".join(parts)


def _print_summary(data: dict[str, Any], dry_run: bool) -> None:
    for f in data["files"]:
        print(f"{f['file']} ({f['profile']})")
        print(_count_line(f))
        for currency, t in f["totals"].items():
            print(f"  {currency}: gross {cli._money(t['gross_minor'], currency)}, fees "
                  f"{cli._money(t['fee_minor'], currency)}, net "
                  f"{cli._money(t['net_minor'], currency)}")
    added = sum(f["added"] for f in data["files"])
    waiting = sum(f["needs_attention"] for f in data["files"])
    if dry_run:
        print(f"Dry run: nothing was written ({_n(added, 'payment', 'payments')} would be "
              "added).")
    else:
        print(f"Imported {_n(added, 'payment', 'payments')}.")
    if waiting:
        verb = ("would wait" if dry_run else "waits") if waiting == 1 else (
            "would wait" if dry_run else "wait")
        print(f"{_n(waiting, 'row', 'rows')} {verb} for your decision and were not written: open "
              "File › Import payments… in the window to decide them.")


def cmd_import_payments(args: argparse.Namespace) -> int:
    try:
        data_dir = paths.data_dir(args.data_dir)
        forced = None if args.profile == "auto" else _forced_profile(args.profile, data_dir)
        tables = []
        for file in args.files:
            table, profile = _read(file, forced, data_dir)
            tables.append((file, table, profile))
        if args.dry_run:
            with _store_to_read(args) as store, store.session() as s:
                s.connection().exec_driver_sql("PRAGMA query_only = ON")
                try:
                    plan = _plan(s, tables, args.date_order)
                finally:
                    s.rollback()
                    s.connection().exec_driver_sql("PRAGMA query_only = OFF")
        else:
            from storage.imports.ledger import apply_plan

            with cli._open(args) as store, store.transaction() as s:
                plan = _plan(s, tables, args.date_order)
                apply_plan(s, plan, accept=None, now=datetime.now(UTC))
    except Refused as exc:
        return _fail(str(exc))
    data = plan.as_json()
    if args.json:
        cli._print_json(data)
    else:
        _print_summary(data, args.dry_run)
    return 0


# --- rates update ---------------------------------------------------------------------------


def _ecb_csv(path: Path, tmp: Path) -> Path:
    """The CSV of an ECB download: the file itself, or the one inside eurofxref-hist.zip."""
    if not path.exists():
        raise Refused(f"{path}: there is no such file.")
    if not zipfile.is_zipfile(path):
        return path
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                raise Refused(f"{path}: the archive holds no ECB rates file "
                              "(eurofxref-hist.csv).")
            if z.getinfo(names[0]).file_size > ECB_CSV_MAX_BYTES:
                raise Refused(f"{path}: the rates file in the archive is too large "
                              f"({z.getinfo(names[0]).file_size / 1e6:.0f} MB).")
            out = tmp / "eurofxref-hist.csv"
            out.write_bytes(z.read(names[0]))
            return out
    except (zipfile.BadZipFile, OSError) as exc:
        raise Refused(f"{path}: the archive cannot be read ({exc}).") from None


def _download(tmp: Path, url: str = "") -> Path:
    import urllib.error
    import urllib.request

    url = url or ECB_URL
    target = tmp / "eurofxref-hist.zip"
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response:
            data = response.read(DOWNLOAD_MAX_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise Refused(
            f"Could not download the ECB reference rates from {url} ({reason}). Are you "
            "offline? Nothing was changed. You can download eurofxref-hist.zip in a browser "
            "and run: atelier rates update --ecb-file eurofxref-hist.zip") from None
    if len(data) > DOWNLOAD_MAX_BYTES:
        raise Refused(f"The download from {url} is larger than expected; nothing was changed.")
    target.write_bytes(data)
    return target


def cmd_rates_update(args: argparse.Namespace) -> int:
    from storage.imports.ledger import update_rates_from_ecb_csv
    from storage.imports.model import ImportProblem

    try:
        with tempfile.TemporaryDirectory(prefix="atelier-rates-") as name:
            tmp = Path(name)
            source = _download(tmp) if args.download else Path(args.ecb_file)
            csv_path = _ecb_csv(source, tmp)
            try:
                with cli._open(args) as store, store.transaction() as s:
                    result = update_rates_from_ecb_csv(s, csv_path)
            except ImportProblem as exc:
                raise Refused(str(exc)) from None
    except Refused as exc:
        return _fail(str(exc))
    shown = args.ecb_file if not args.download else ECB_URL
    print(f"Reference rates updated from {shown}: {_rates_result(result)}.")
    return 0


def _rates_result(result: Any) -> str:
    if isinstance(result, int):
        return f"{result} rates added"
    if isinstance(result, tuple) and len(result) == 2:
        return f"{result[0]} rates added, {result[1]} already there"
    return str(result)


# --- registration ---------------------------------------------------------------------------


def add_import_commands(isub: Any, sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier import payments` (under `import`) and `atelier rates update`."""
    p = isub.add_parser(
        "payments", parents=[common],
        help="payment history from PayPal, Wise, Payoneer, Stripe, Upwork or bank exports")
    p.add_argument("files", nargs="+", metavar="FILE", help="CSV exports (one or more)")
    p.add_argument("--profile", default="auto", metavar="auto|NAME",
                   help="the export's format (default: recognised from its header, or by a "
                   "column mapping saved in the window); a mapping's name or its exported "
                   ".json file also work")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be imported; write nothing")
    p.add_argument("--json", action="store_true")
    p.add_argument("--date-order", choices=("DMY", "MDY"), default="", metavar="DMY|MDY",
                   help="how to read dates that read both ways (05/03/2021): day first (DMY) "
                        "or month first (MDY); by default, as the file's language usually "
                        "writes them, and said")
    p.set_defaults(func=cmd_import_payments)

    rates = sub.add_parser("rates", parents=[common],
                           help="reference exchange rates (for income in other currencies)")
    rsub = rates.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = rsub.add_parser("update", parents=[common],
                        help="add the European Central Bank's daily reference rates")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--ecb-file", metavar="PATH",
                        help="eurofxref-hist.csv or .zip, downloaded from the ECB's site")
    source.add_argument("--download", action="store_true",
                        help=f"download {ECB_URL}")
    p.set_defaults(func=cmd_rates_update)

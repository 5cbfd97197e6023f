"""`atelier books receipts`: the receipts book of a year as CSV from the command line (the PDF
is checked in tests/gui/test_receipts_pdf.py, with Qt), and the issue's "Done when": on a
demo store, the book's CSV total for 2026 equals the turnover `report urssaf` declares."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage.db import open_store
from storage.demo import generate
from storage.paths import store_path
from tests.cli_helpers import run


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("books")
    with open_store(store_path(d)) as store:
        generate(store, orders=60, seed=1, as_of=datetime(2026, 11, 30, 12, tzinfo=UTC))
    return d


def _csv_total(path: Path) -> tuple[int, Decimal]:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    return len(rows), sum((Decimal(r["amount"]) for r in rows), Decimal(0))


def test_csv_total_equals_urssaf_declared_turnover_on_a_demo_store(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "book.csv"
    code, printed, err = run(capsys, "books", "receipts", "--year", "2026", "--format", "csv",
                             "-o", str(out), "--data-dir", str(demo_dir))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    count, total = _csv_total(out)
    code, report, err = run(capsys, "report", "urssaf", "--year", "2026", "--json",
                            "--data-dir", str(demo_dir))
    assert code == 0, err
    declared = sum(json.loads(report)["year_declared_minor"].values())
    assert count > 5 and total * 100 == declared
    assert f"{count} receipts" in printed


def test_format_from_the_suffix_and_clear_errors(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "book.CSV"
    code, _out, err = run(capsys, "books", "receipts", "--year", "2026", "-o", str(out),
                          "--data-dir", str(demo_dir))
    assert code == 0 and out.read_text(encoding="utf-8").startswith("date,client"), err
    code, _out, err = run(capsys, "books", "receipts", "--year", "2026", "-o",
                          str(tmp_path / "book.txt"), "--data-dir", str(demo_dir))
    assert code == 2 and "--format csv or --format pdf" in err and "Traceback" not in err
    assert not (tmp_path / "book.txt").exists()
    code, _out, err = run(capsys, "books", "receipts", "--year", "2026", "-o",
                          str(tmp_path / "missing" / "b.csv"), "--data-dir", str(demo_dir))
    assert code == 2 and "does not exist" in err
    with pytest.raises(SystemExit):
        run(capsys, "books", "receipts", "--year", "20x6", "-o", str(out))
    assert "is not a year" in capsys.readouterr().err

"""The `atelier` command line, end to end on a demo store (headless: no Qt, no torch)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.cli_helpers import run

AS_OF = "2026-11-23T12:00:00+00:00"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(d), "--orders", "2000", "--seed", "1",
                 "--as-of", AS_OF]) == 0
    return d


@pytest.fixture(scope="module")
def exported(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("csv")
    assert main(["export", "csv", str(out), "--data-dir", str(demo_dir)]) == 0
    return out


def row_lines(row: list[str]) -> int:
    return 1 + sum(cell.count("\n") for cell in row)


def reports(capsys: pytest.CaptureFixture[str], data_dir: Path) -> list[dict]:
    d = ["--data-dir", str(data_dir)]
    out = [run_json(capsys, "report", "income", "--by", by, *d)
           for by in ("month", "quarter", "year", "platform", "client", "gig")]
    out.append(run_json(capsys, "report", "income", "--by", "month", "--year", "2025", *d))
    out.append(run_json(capsys, "report", "urssaf", "--year", "2025", *d))
    out.append(run_json(capsys, "report", "urssaf", "--year", "2026", "--period", "month", *d))
    return out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("atelier ")


def test_no_command_opens_the_window_on_the_chosen_store(monkeypatch, tmp_path: Path) -> None:
    opened = []
    monkeypatch.setattr("desktop.app.run_gui", lambda data_dir: opened.append(data_dir) or 0)
    assert main(["--data-dir", str(tmp_path)]) == 0
    monkeypatch.setenv("ATELIER_DATA_DIR", str(tmp_path / "env"))
    assert main([]) == 0
    assert opened == [tmp_path, tmp_path / "env"]


def test_monthly_nets_add_up_and_match_the_exported_payments(
    capsys, demo_dir: Path, exported: Path
) -> None:
    report = run_json(capsys, "report", "income", "--data-dir", str(demo_dir), "--by", "month")
    assert report["currency"] == "EUR"
    assert len(report["rows"]) >= 24  # two years and more
    total = report["total"]
    for key in ("net_minor", "gross_minor", "fees_minor"):
        assert sum(r[key] for r in report["rows"]) == total[key]
    with (exported / "payments.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"kind", "amount_minor", "currency", "received_at", "home_amount_minor"} <= set(rows[0])
    assert total["net_minor"] == sum(int(r["home_amount_minor"]) for r in rows)
    assert {r["kind"] for r in rows} >= {"payout", "tip"}
    assert {r["currency"] for r in rows} >= {"EUR", "USD"}


def test_export_then_import_into_a_new_store_gives_the_same_reports(
    capsys, demo_dir: Path, exported: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new"
    code, _, err = run(capsys, "import", "csv", str(exported), "--data-dir", str(target))
    assert code == 0, err
    assert reports(capsys, target) == reports(capsys, demo_dir)
    again = tmp_path / "again"
    assert main(["export", "csv", str(again), "--data-dir", str(target)]) == 0
    for f in exported.glob("*.csv"):
        assert (again / f.name).read_bytes() == f.read_bytes(), f.name


@pytest.mark.parametrize(("file", "column", "value", "expected"), [
    ("orders.csv", "price_minor", "-500", "price"),
    ("orders.csv", "received_at", "2025-13-45", "received_at"),
    ("orders.csv", "client_id", "999999", "client"),
])
def test_a_corrupted_csv_is_refused_and_the_store_is_unchanged(
    capsys, exported: Path, tmp_path: Path, file: str, column: str, value: str, expected: str
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in exported.glob("*.csv"):
        (bad / f.name).write_bytes(f.read_bytes())
    with (bad / file).open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        rows, first_lines = [], []
        for row in reader:
            first_lines.append(reader.line_num - row_lines(row) + 1)
            rows.append(row)
    col = rows[0].index(column)
    rows[7][col] = value  # briefs span several lines: the error names the line in the file
    with (bad / file).open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

    target = tmp_path / "store"
    before = reports(capsys, target)  # creates the empty store
    code, _, err = run(capsys, "import", "csv", str(bad), "--data-dir", str(target))
    assert code != 0
    assert file in err and f"line {first_lines[7]}," in err and expected in err
    assert reports(capsys, target) == before
    from sqlalchemy import func, select

    from storage.db import open_store
    from storage.tables import Order

    with open_store(target / "atelier.db") as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0


def test_import_refuses_a_store_with_data(capsys, demo_dir: Path, exported: Path) -> None:
    code, _, err = run(capsys, "import", "csv", str(exported), "--data-dir", str(demo_dir))
    assert code == 2
    assert "--replace" in err


def test_deadlines_json(capsys, tmp_path: Path) -> None:
    d = tmp_path / "now"
    # A demo whose "today" is now, so late and due-soon orders exist relative to the clock.
    assert main(["demo", "--data-dir", str(d), "--orders", "300", "--seed", "3"]) == 0
    capsys.readouterr()
    data = run_json(capsys, "deadlines", "--data-dir", str(d))
    assert set(data) == {"late", "due_soon"}
    assert data["late"] and data["due_soon"]
    for item in data["late"] + data["due_soon"]:
        assert {"id", "title", "client", "status", "due_at"} <= set(item)
        assert item["due_at"].endswith("+00:00")
    assert all(i["hours_left"] < 0 for i in data["late"])
    assert all(0 <= i["hours_left"] <= 48 for i in data["due_soon"])


def test_data_dir_from_the_environment(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ATELIER_DATA_DIR", str(tmp_path / "env"))
    code, _, _ = run(capsys, "deadlines")
    assert code == 0 and (tmp_path / "env" / "atelier.db").exists()


def test_bad_arguments_and_errors_exit_non_zero(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "report", "urssaf", "--year", "2031", "--data-dir", str(tmp_path))
    assert code == 2 and "no URSSAF figures for 2031" in err
    with pytest.raises(SystemExit) as exc:
        main(["report", "income", "--by", "week"])
    assert exc.value.code == 2


def test_headless_commands_import_neither_qt_nor_torch(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"main(['report', 'income', '--by', 'month', '--data-dir', {str(tmp_path)!r}]); "
        f"main(['deadlines', '--data-dir', {str(tmp_path)!r}]); "
        "bad = [m for m in ('PySide6', 'torch', 'transformers') if m in sys.modules]; "
        "sys.exit(f'imported {bad}' if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr + result.stdout

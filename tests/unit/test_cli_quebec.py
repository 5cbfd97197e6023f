"""`atelier report quebec` and `atelier expenses add|list`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import settings
from storage.db import open_store
from storage.paths import store_path
from storage.payments import record_payment
from storage.tables import PaymentKind
from tests.cli_helpers import run
from tests.factories import at, client


@pytest.fixture
def qc_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    with open_store(store_path(d)) as st, st.transaction() as s:
        settings.put(s, "home_currency", "CAD")
        settings.put(s, "timezone", "America/Montreal")
        settings.put(s, "status", "qc_self")
        settings.put(s, "qc_gst", "registered")
        settings.put(s, "qc_filing", "quarter")
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=100_000, currency="CAD",
                           received_at=at("2026-02-10T15:00"))
        p.client_id = client(s, "Studio Montréal", country="CA").id
        q = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=2_950_000,
                           currency="CAD", received_at=at("2026-03-10T15:00"))
        q.client_id = client(s, "Acme Inc.", country="US").id
    return d


def test_report_quebec_json_in_minor_units_with_rule_and_source(capsys, qc_dir) -> None:
    code, out, err = run(capsys, "report", "quebec", "--year", "2026", "--json",
                         "--data-dir", str(qc_dir))
    assert code == 0, err
    data = json.loads(out)
    q1 = data["gst_qst_periods"][0]
    # 1,000.00 $ to a Québec client: GST 50.00, QST 99.75; the 29,500.00 $ export is
    # zero-rated
    assert (q1["gst_minor"], q1["qst_minor"], q1["zero_rated_minor"]) == (5_000, 9_975,
                                                                           2_950_000)
    # 1,000 + 29,500 = 30,500 > 30,000 in Q1 alone: mandatory from the crossing supply
    assert data["small_supplier"]["mandatory_from"] == "2026-03-10"
    assert data["summary"]["cash"]["gross_minor"] == 3_050_000
    assert all("source" in w and "rule" in w for w in data["warnings"])


def test_report_quebec_text(capsys, qc_dir) -> None:
    code, out, _err = run(capsys, "report", "quebec", "--year", "2026",
                          "--data-dir", str(qc_dir))
    assert code == 0
    assert "Registration mandatory from 2026-03-10" in out
    assert "GST/QST by quarter (regular method)" in out
    assert "Net income (9946)" in out


def test_report_quebec_refuses_another_home_currency(capsys, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "report", "quebec", "--year", "2026",
                          "--data-dir", str(tmp_path))
    assert code == 2
    assert "set the home currency to CAD" in err and "Traceback" not in err


def test_expenses_add_and_list(capsys, qc_dir) -> None:
    code, out, err = run(capsys, "expenses", "add", "--date", "2026-03-01", "--amount",
                         "12.50", "--category", "office", "--data-dir", str(qc_dir))
    assert code == 0, err
    code, _out, err = run(capsys, "expenses", "add", "--date", "2026-03-01", "--amount",
                          "12.50", "--category", "yacht", "--data-dir", str(qc_dir))
    assert code == 2 and "not an expense category" in err
    code, out, _err = run(capsys, "expenses", "list", "--year", "2026", "--json",
                          "--data-dir", str(qc_dir))
    assert [(e["amount_minor"], e["category"]) for e in json.loads(out)] == [(1_250, "office")]


def test_report_quebec_lines_name_each_t2125_line_once(capsys, qc_dir) -> None:
    for cat in ("phone_internet", "other"):
        code, _out, err = run(capsys, "expenses", "add", "--date", "2026-03-01", "--amount",
                              "10", "--category", cat, "--data-dir", str(qc_dir))
        assert code == 0, err
    code, out, _err = run(capsys, "report", "quebec", "--year", "2026",
                          "--data-dir", str(qc_dir))
    assert code == 0
    # T2125: platform commissions on line 8871 (management and administration fees), the
    # telephone on 9220 "Telephone and utilities", the rest on 9270 "Other expenses"
    assert "Platform fees (8871)" in out
    assert "Telephone and utilities (9220)" in out
    assert "Other expenses (9270)" in out
    assert "Phone internet" not in out and "Platform fees (9270)" not in out

"""A store made with the first schema revision (tests/fixtures/store-0001.db, built by
tests/fixtures/make_store_0001.py) upgrades to the current schema with every row and every
report figure, after a backup of it is made."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from storage import paths
from storage.backup import list_backups
from storage.db import APPLICATION_ID, current_revision, head_revision, inspect_store, open_store
from storage.income import income_report
from storage.search import search_orders
from storage.urssaf import urssaf_report

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-0001.db"


def rows_by_table(path: Path, columns: dict[str, list[str]] | None = None
                  ) -> dict[str, list[tuple]]:
    """Every row of every table (of `columns`' tables and columns, else all of them), sorted."""
    columns = columns or table_columns(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(),
                          key=repr)
                for t, cols in columns.items()}
    finally:
        conn.close()


def table_columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in names}
    finally:
        conn.close()


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, paths.store_path(data))
    return data


def test_the_fixture_is_a_first_revision_store_with_data() -> None:
    assert inspect_store(FIXTURE, integrity="full") == "0001"
    counts = {t: len(rows) for t, rows in rows_by_table(FIXTURE).items()}
    assert counts == {
        "platforms": 3, "settings": 7, "urssaf_years": 1, "clients": 4, "gigs": 2,
        "gig_packages": 3, "orders": 8, "order_events": 16, "payments": 8, "time_entries": 3,
        "deliverables": 2, "deliverable_versions": 3}


def test_upgrading_keeps_every_row_and_every_report_figure(upgraded: Path) -> None:
    fixture_digest = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    columns = table_columns(FIXTURE)
    before = rows_by_table(FIXTURE, columns)
    store_file = paths.store_path(upgraded)

    with open_store(store_file) as st:
        assert current_revision(st.engine) == head_revision() != "0001"
        with st.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with st.session() as s:
            month = income_report(s, "month", 2025)
            quarter = income_report(s, "quarter")
            platform = income_report(s, "platform")
            client = income_report(s, "client")
            urssaf = urssaf_report(s, 2025)
            monthly = urssaf_report(s, 2025, "month")
            found = [o.id for o in search_orders(s, "cote mer")]

    # Every row of the first schema is still there, value for value; 0009 added the status
    # of a store made before statuses existed: it keeps its URSSAF helpers, no set-up again.
    after = rows_by_table(store_file, columns)
    added = [r for r in after["settings"] if r[0] in ("status", "setup_done")]
    assert sorted(added) == [("setup_done", "yes"), ("status", "fr_micro")]
    after["settings"] = [r for r in after["settings"] if r not in added]
    assert after == before

    # Income (Europe/Paris): the 22:30 UTC payment of 31 March counts in April; the refund
    # lowers March; the deposit (an adjustment) counts in October.
    assert [(r.key, r.gross_minor, r.fees_minor, r.net_minor, r.orders, r.tracked_seconds)
            for r in month.rows if r.gross_minor or r.tracked_seconds] == [
        ("2025-01", 5704, 1104, 4600, 1, 9000),
        ("2025-03", 11250, 2250, 9000, 1, 25200),
        ("2025-04", 70000, 4000, 66000, 2, 0),
        ("2025-05", 12000, 0, 12000, 1, 0),
        ("2025-10", 10000, 0, 10000, 0, 0)]
    assert (month.total.gross_minor, month.total.fees_minor, month.total.net_minor) == \
        (108954, 7354, 101600)
    assert [(r.key, r.net_minor) for r in quarter.rows] == [
        ("2025-Q1", 13600), ("2025-Q2", 78000), ("2025-Q3", 0), ("2025-Q4", 10000)]
    assert {r.key: (r.gross_minor, r.net_minor) for r in platform.rows} == {
        "Direct": (52000, 52000), "Malt": (40000, 36000), "Fiverr": (16954, 13600)}
    assert {r.key: r.net_minor for r in client.rows} == {
        "Érable & Cie": 36000, "Librairie Côté Mer": 34600, "Northwind Studio": 22000,
        "Atlas Média": 9000}

    # URSSAF 2025 by quarter: gross cash by activity (the order's, its gig's, else the
    # store's default) and the contributions at the 2025 rates.
    assert [(p.key, p.declared_minor, p.contributions_minor) for p in urssaf.periods] == [
        ("2025-Q1", {"sales_bic": 0, "services_bic": 16954, "liberal_bnc": 0},
         {"sales_bic": 0, "services_bic": 3594, "liberal_bnc": 0}),
        ("2025-Q2", {"sales_bic": 12000, "services_bic": 30000, "liberal_bnc": 40000},
         {"sales_bic": 1476, "services_bic": 6360, "liberal_bnc": 9840}),
        ("2025-Q3", {"sales_bic": 0, "services_bic": 0, "liberal_bnc": 0},
         {"sales_bic": 0, "services_bic": 0, "liberal_bnc": 0}),
        ("2025-Q4", {"sales_bic": 0, "services_bic": 10000, "liberal_bnc": 0},
         {"sales_bic": 0, "services_bic": 2120, "liberal_bnc": 0})]
    assert urssaf.year_declared_minor == {
        "sales_bic": 12000, "services_bic": 56954, "liberal_bnc": 40000}
    assert sum(p.total_due_minor for p in monthly.periods) == \
        sum(p.total_due_minor for p in urssaf.periods) == 3594 + 1476 + 6360 + 9840 + 2120
    assert found == [4, 1]  # orders written before the search index existed are found by it

    # A backup was made before the migration: the first-revision store, whole.
    backups = list_backups(upgraded)
    assert [b.reason for b in backups] == [f"before-migration-0001-{head_revision()}"]
    assert inspect_store(backups[0].path, integrity="full") == "0001"
    assert rows_by_table(backups[0].path, columns) == before
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == fixture_digest


def test_a_store_that_cannot_be_backed_up_is_not_migrated(upgraded: Path) -> None:
    store_file = paths.store_path(upgraded)
    paths.backups_dir(upgraded).write_text("a file where the backups folder should be")
    before = hashlib.sha256(store_file.read_bytes()).hexdigest()
    from storage.errors import StoreError

    with pytest.raises(StoreError, match="could not back it up first"):
        open_store(store_file)
    assert hashlib.sha256(store_file.read_bytes()).hexdigest() == before
    assert inspect_store(store_file) == "0001"

"""A store of the first schema revision, with data, upgrades to the current one intact."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from storage.db import current_revision, head_revision, open_store, upgrade
from storage.income import income_report
from storage.search import search_orders
from storage.tables import Order, OrderEvent, Payment

FIRST_REVISION_ROWS = """
INSERT INTO platforms (id, name, fee_bp, fee_fixed_minor, tips_charged, clearance_days,
    default_currency, preset, notes) VALUES
    (1, 'Fiverr', 2000, 0, 1, 14, 'USD', 1, ''), (2, 'Direct', 0, 0, 0, 0, 'EUR', 1, '');
INSERT INTO settings (key, value) VALUES ('home_currency', 'EUR'), ('timezone', 'UTC');
INSERT INTO clients (id, name, handle, country, language, email, notes, created_at) VALUES
    (1, 'Librairie Côté Mer', '', 'FR', 'fr', '', '', '2025-01-02 10:00:00.000000');
INSERT INTO orders (id, client_id, platform_id, external_ref, title, brief, price_minor,
    currency, status, received_at, due_at, completed_at, revisions_used, notes, updated_at)
    VALUES
    (1, 1, 1, 'FO1', 'Fiches produits', 'Vingt fiches pour la boutique en ligne', 10000,
     'USD', 'completed', '2025-01-03 09:00:00.000000', '2025-01-06 09:00:00.000000',
     '2025-01-07 09:00:00.000000', 0, '', '2025-01-07 09:00:00.000000'),
    (2, 1, 2, '', 'Relecture du catalogue', 'Relire 40 pages', 30000, 'EUR', 'in_progress',
     '2025-02-01 09:00:00.000000', '2025-02-10 09:00:00.000000', NULL, 0, '',
     '2025-02-01 09:00:00.000000');
INSERT INTO order_events (order_id, at, kind, from_status, to_status, note) VALUES
    (1, '2025-01-03 09:00:00.000000', 'created', NULL, 'awaiting_requirements', ''),
    (2, '2025-02-01 09:00:00.000000', 'created', NULL, 'awaiting_requirements', '');
INSERT INTO payments (order_id, kind, amount_minor, fee_minor, currency, received_at,
    home_currency, home_amount_minor, home_fee_minor, rate, note) VALUES
    (1, 'payout', 8000, 2000, 'USD', '2025-01-22 09:00:00.000000', 'EUR', 7360, 1840,
     '0.92', ''),
    (2, 'adjustment', 15000, 0, 'EUR', '2025-02-03 09:00:00.000000', 'EUR', 15000, 0, '1', '');
"""


def test_first_revision_store_upgrades_with_every_row_and_figure(tmp_path: Path) -> None:
    path = tmp_path / "atelier.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in FIRST_REVISION_ROWS.split(";"):
            if statement.strip():
                conn.execute(text(statement))
    assert current_revision(engine) == "0001"
    engine.dispose()

    with open_store(path) as store:
        assert current_revision(store.engine) == head_revision()
        with store.session() as s:
            assert s.scalar(select(func.count(Order.id))) == 2
            assert s.scalar(select(func.count(OrderEvent.id))) == 2
            assert s.scalar(select(func.sum(Payment.home_amount_minor))) == 22360
            report = income_report(s, "month")
            assert [(r.key, r.gross_minor, r.fees_minor, r.net_minor) for r in report.rows] == [
                ("2025-01", 9200, 1840, 7360), ("2025-02", 15000, 0, 15000)]
            # Orders written before the search index existed are found by it.
            assert [o.id for o in search_orders(s, "catalogue")] == [2]
            assert [o.id for o in search_orders(s, "cote mer")] == [2, 1]


def test_the_head_revision_the_app_opens_with_is_the_newest_migration() -> None:
    """storage.store_file.HEAD_REVISION spares every start reading the migration scripts; a
    new migration must move it, or stores would be opened without being upgraded."""
    from alembic.script import ScriptDirectory

    from storage.store_file import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_opening_an_up_to_date_store_imports_no_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from storage.db import open_store

    open_store(tmp_path / "atelier.db").close()
    code = ("import sys; from storage.db import open_store; "
            f"open_store({str(tmp_path / 'atelier.db')!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(Path(__file__).parents[2]))
    assert out.stdout.strip() == "False"

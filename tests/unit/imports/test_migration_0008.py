"""Migration 0008 (payment imports): payments gain their client, source and rate source,
keep their rows and the income rollup triggers; the two new tables exist."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from storage.db import current_revision, open_store, upgrade
from storage.store_file import head_revision


def test_migration_0008_keeps_payments_and_the_income_rollup(tmp_path: Path) -> None:
    path = tmp_path / "atelier.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO payments (id, order_id, kind, amount_minor, fee_minor, currency, "
            "received_at, home_currency, home_amount_minor, home_fee_minor, rate, note) VALUES "
            "(1, NULL, 'payout', 5000, 0, 'EUR', '2025-01-03 09:00:00.000000', 'EUR', 5000, 0, "
            "'1', 'by hand')"))
    engine.dispose()
    with open_store(path) as store, store.engine.begin() as conn:
        assert current_revision(store.engine) == head_revision() >= "0008"
        row = conn.execute(text("SELECT note, source, source_id, rate_source, payer, client_id "
                                "FROM payments")).one()
        assert tuple(row) == ("by hand", "", None, "", "", None)
        conn.execute(text(
            "INSERT INTO payments (kind, amount_minor, fee_minor, currency, received_at, "
            "home_currency, home_amount_minor, home_fee_minor, rate, note, source, rate_source, "
            "payer) VALUES ('payout', 700, 0, 'EUR', '2025-01-03 09:30:00.000000', 'EUR', 700, "
            "0, '1', '', 'paypal', 'same currency', 'Ann')"))
        # The rollup that the income report reads still follows the payments table.
        assert conn.execute(text("SELECT net_minor, payments FROM income_hours")).one() == (
            5700, 2)
        assert conn.execute(text("SELECT count(*) FROM imported_rows")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM exchange_rates")).scalar() == 0

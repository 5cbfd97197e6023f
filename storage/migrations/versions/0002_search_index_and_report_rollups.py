"""search index and report rollups: FTS5 over orders; payments and time summed per hour

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of storage.derived.ORDERS_FTS + ROLLUPS at this revision.
STATEMENTS = (
    """CREATE VIRTUAL TABLE orders_fts USING fts5(
        title, brief, external_ref, client, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts(rowid, title, brief, external_ref, client)
        VALUES (new.id, new.title, new.brief, new.external_ref,
                (SELECT name FROM clients WHERE id = new.client_id));
    END""",
    """CREATE TRIGGER orders_fts_update AFTER UPDATE OF title, brief, external_ref, client_id
        ON orders BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
        INSERT INTO orders_fts(rowid, title, brief, external_ref, client)
        VALUES (new.id, new.title, new.brief, new.external_ref,
                (SELECT name FROM clients WHERE id = new.client_id));
    END""",
    """CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER clients_fts_rename AFTER UPDATE OF name ON clients BEGIN
        UPDATE orders_fts SET client = new.name
        WHERE rowid IN (SELECT id FROM orders WHERE client_id = new.id);
    END""",
    """CREATE TABLE income_hours (
        hour TEXT NOT NULL, home_currency TEXT NOT NULL,
        gross_minor INTEGER NOT NULL, fees_minor INTEGER NOT NULL, net_minor INTEGER NOT NULL,
        payouts INTEGER NOT NULL, payments INTEGER NOT NULL,
        PRIMARY KEY (home_currency, hour)) WITHOUT ROWID""",
    """CREATE TRIGGER income_hours_insert AFTER INSERT ON payments BEGIN
    INSERT INTO income_hours (hour, home_currency, gross_minor, fees_minor, net_minor,
                              payouts, payments)
    VALUES (substr(new.received_at, 1, 13), new.home_currency,
            new.home_amount_minor + new.home_fee_minor, new.home_fee_minor,
            new.home_amount_minor, new.kind = 'payout', 1)
    ON CONFLICT (hour, home_currency) DO UPDATE SET
        gross_minor = gross_minor + excluded.gross_minor,
        fees_minor = fees_minor + excluded.fees_minor,
        net_minor = net_minor + excluded.net_minor,
        payouts = payouts + excluded.payouts,
        payments = payments + 1; END""",
    """CREATE TRIGGER income_hours_delete AFTER DELETE ON payments BEGIN
    UPDATE income_hours SET
        gross_minor = gross_minor - (old.home_amount_minor + old.home_fee_minor),
        fees_minor = fees_minor - old.home_fee_minor,
        net_minor = net_minor - old.home_amount_minor,
        payouts = payouts - (old.kind = 'payout'),
        payments = payments - 1
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency;
    DELETE FROM income_hours
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency
          AND payments = 0; END""",
    """CREATE TRIGGER income_hours_update AFTER UPDATE OF received_at, home_currency,
        home_amount_minor, home_fee_minor, kind ON payments
        BEGIN
    UPDATE income_hours SET
        gross_minor = gross_minor - (old.home_amount_minor + old.home_fee_minor),
        fees_minor = fees_minor - old.home_fee_minor,
        net_minor = net_minor - old.home_amount_minor,
        payouts = payouts - (old.kind = 'payout'),
        payments = payments - 1
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency;
    DELETE FROM income_hours
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency
          AND payments = 0;
    INSERT INTO income_hours (hour, home_currency, gross_minor, fees_minor, net_minor,
                              payouts, payments)
    VALUES (substr(new.received_at, 1, 13), new.home_currency,
            new.home_amount_minor + new.home_fee_minor, new.home_fee_minor,
            new.home_amount_minor, new.kind = 'payout', 1)
    ON CONFLICT (hour, home_currency) DO UPDATE SET
        gross_minor = gross_minor + excluded.gross_minor,
        fees_minor = fees_minor + excluded.fees_minor,
        net_minor = net_minor + excluded.net_minor,
        payouts = payouts + excluded.payouts,
        payments = payments + 1; END""",
    """CREATE TABLE time_hours (
        hour TEXT NOT NULL PRIMARY KEY, seconds INTEGER NOT NULL, entries INTEGER NOT NULL
        ) WITHOUT ROWID""",
    """CREATE TRIGGER time_hours_insert AFTER INSERT ON time_entries BEGIN
    INSERT INTO time_hours (hour, seconds, entries)
    SELECT substr(new.started_at, 1, 13), CAST(ROUND((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER), 1 WHERE new.ended_at IS NOT NULL
    ON CONFLICT (hour) DO UPDATE SET seconds = seconds + excluded.seconds,
                                     entries = entries + 1; END""",
    """CREATE TRIGGER time_hours_delete AFTER DELETE ON time_entries BEGIN
    UPDATE time_hours SET seconds = seconds - CAST(ROUND((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER),
                          entries = entries - 1
    WHERE hour = substr(old.started_at, 1, 13) AND old.ended_at IS NOT NULL;
    DELETE FROM time_hours WHERE hour = substr(old.started_at, 1, 13) AND entries = 0; END""",
    """CREATE TRIGGER time_hours_update AFTER UPDATE OF started_at, ended_at ON time_entries
        BEGIN
    UPDATE time_hours SET seconds = seconds - CAST(ROUND((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER),
                          entries = entries - 1
    WHERE hour = substr(old.started_at, 1, 13) AND old.ended_at IS NOT NULL;
    DELETE FROM time_hours WHERE hour = substr(old.started_at, 1, 13) AND entries = 0;
    INSERT INTO time_hours (hour, seconds, entries)
    SELECT substr(new.started_at, 1, 13), CAST(ROUND((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER), 1 WHERE new.ended_at IS NOT NULL
    ON CONFLICT (hour) DO UPDATE SET seconds = seconds + excluded.seconds,
                                     entries = entries + 1; END""",
)

BACKFILL = (
    """INSERT INTO orders_fts(rowid, title, brief, external_ref, client)
       SELECT o.id, o.title, o.brief, o.external_ref, c.name
       FROM orders o JOIN clients c ON c.id = o.client_id""",
    """INSERT INTO income_hours (hour, home_currency, gross_minor, fees_minor, net_minor,
                                 payouts, payments)
       SELECT substr(received_at, 1, 13), home_currency,
              SUM(home_amount_minor + home_fee_minor), SUM(home_fee_minor),
              SUM(home_amount_minor), SUM(kind = 'payout'), COUNT(*)
       FROM payments GROUP BY 1, 2""",
    """INSERT INTO time_hours (hour, seconds, entries)
       SELECT substr(started_at, 1, 13),
              SUM(CAST(ROUND((julianday(ended_at) - julianday(started_at)) * 86400)
                  AS INTEGER)), COUNT(*)
       FROM time_entries WHERE ended_at IS NOT NULL GROUP BY 1""",
)


def upgrade() -> None:
    for statement in STATEMENTS + BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in ("time_hours_update", "time_hours_delete", "time_hours_insert",
                    "income_hours_update", "income_hours_delete", "income_hours_insert",
                    "clients_fts_rename", "orders_fts_delete", "orders_fts_update",
                    "orders_fts_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("time_hours", "income_hours", "orders_fts"):
        op.execute(f"DROP TABLE IF EXISTS {table}")

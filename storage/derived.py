"""Tables the database keeps in step by itself: the order search index and report rollups.

They hold nothing that is not derived from the business tables, so they are never exported
and never written by the app; triggers maintain them. The statements here are what a new
store gets; migrations keep their own frozen copies.
"""

from __future__ import annotations

# Full-text search over orders (title, brief, reference, client name), accents folded so
# "resume" finds "résumé". The rowid is the order id.
ORDERS_FTS = (
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
)

# Full-text search over the inbox's passages (storage.match_index): a buyer request's words
# find gigs and past orders written in its language even when no embedding model covers it.
# The rowid is the passage id.
MATCH_FTS = (
    """CREATE VIRTUAL TABLE match_fts USING fts5(
        text, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER match_fts_insert AFTER INSERT ON match_passages BEGIN
        INSERT INTO match_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER match_fts_update AFTER UPDATE OF text ON match_passages BEGIN
        DELETE FROM match_fts WHERE rowid = old.id;
        INSERT INTO match_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER match_fts_delete AFTER DELETE ON match_passages BEGIN
        DELETE FROM match_fts WHERE rowid = old.id;
    END""",
)

# Payments summed per UTC hour: income by month, quarter or year reads a few thousand
# rows instead of every payment. Exact for any time zone whose period boundaries fall on
# a whole UTC hour; storage.income falls back to the payments table otherwise.
_ADD_PAYMENT = """
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
        payments = payments + 1;"""
_REMOVE_PAYMENT = """
    UPDATE income_hours SET
        gross_minor = gross_minor - (old.home_amount_minor + old.home_fee_minor),
        fees_minor = fees_minor - old.home_fee_minor,
        net_minor = net_minor - old.home_amount_minor,
        payouts = payouts - (old.kind = 'payout'),
        payments = payments - 1
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency;
    DELETE FROM income_hours
    WHERE hour = substr(old.received_at, 1, 13) AND home_currency = old.home_currency
          AND payments = 0;"""

# Finished time entries: seconds per UTC hour of their start.
_SECONDS = ("CAST(ROUND((julianday(new.ended_at) - julianday(new.started_at)) * 86400)"
            " AS INTEGER)")
_ADD_TIME = f"""
    INSERT INTO time_hours (hour, seconds, entries)
    SELECT substr(new.started_at, 1, 13), {_SECONDS}, 1 WHERE new.ended_at IS NOT NULL
    ON CONFLICT (hour) DO UPDATE SET seconds = seconds + excluded.seconds,
                                     entries = entries + 1;"""
_REMOVE_TIME = f"""
    UPDATE time_hours SET seconds = seconds - {_SECONDS.replace("new.", "old.")},
                          entries = entries - 1
    WHERE hour = substr(old.started_at, 1, 13) AND old.ended_at IS NOT NULL;
    DELETE FROM time_hours WHERE hour = substr(old.started_at, 1, 13) AND entries = 0;"""

ROLLUPS = (
    """CREATE TABLE income_hours (
        hour TEXT NOT NULL, home_currency TEXT NOT NULL,
        gross_minor INTEGER NOT NULL, fees_minor INTEGER NOT NULL, net_minor INTEGER NOT NULL,
        payouts INTEGER NOT NULL, payments INTEGER NOT NULL,
        PRIMARY KEY (home_currency, hour)) WITHOUT ROWID""",
    f"CREATE TRIGGER income_hours_insert AFTER INSERT ON payments BEGIN {_ADD_PAYMENT} END",
    f"CREATE TRIGGER income_hours_delete AFTER DELETE ON payments BEGIN {_REMOVE_PAYMENT} END",
    f"""CREATE TRIGGER income_hours_update AFTER UPDATE OF received_at, home_currency,
        home_amount_minor, home_fee_minor, kind ON payments
        BEGIN {_REMOVE_PAYMENT} {_ADD_PAYMENT} END""",
    """CREATE TABLE time_hours (
        hour TEXT NOT NULL PRIMARY KEY, seconds INTEGER NOT NULL, entries INTEGER NOT NULL
        ) WITHOUT ROWID""",
    f"CREATE TRIGGER time_hours_insert AFTER INSERT ON time_entries BEGIN {_ADD_TIME} END",
    f"CREATE TRIGGER time_hours_delete AFTER DELETE ON time_entries BEGIN {_REMOVE_TIME} END",
    f"""CREATE TRIGGER time_hours_update AFTER UPDATE OF started_at, ended_at ON time_entries
        BEGIN {_REMOVE_TIME} {_ADD_TIME} END""",
)

DERIVED_TABLES = ("orders_fts", "income_hours", "time_hours", "match_fts")


def is_derived_table(name: str | None) -> bool:
    """The derived tables (and FTS shadow tables), which the ORM metadata does not describe."""
    return bool(name) and name.startswith(DERIVED_TABLES)

"""order search index: FTS5 over title, brief, reference and client name

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the statements in storage.models.ORDERS_FTS_DDL at this revision.
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
)


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
    op.execute(
        "INSERT INTO orders_fts(rowid, title, brief, external_ref, client) "
        "SELECT o.id, o.title, o.brief, o.external_ref, c.name "
        "FROM orders o JOIN clients c ON c.id = o.client_id"
    )


def downgrade() -> None:
    for trigger in ("clients_fts_rename", "orders_fts_delete", "orders_fts_update",
                    "orders_fts_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS orders_fts")

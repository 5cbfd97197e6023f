"""payment imports: a payment's client (without an order), source and export id, rate source
and payer; the identity ledger of imported rows; reference exchange rates

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _payment_triggers() -> list[str]:
    """The triggers on payments (the income rollup): a batch rebuild of the table drops them,
    so they are created again, as they were, after it."""
    rows = op.get_bind().execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'payments' "
        "ORDER BY name"))
    return [r[0] for r in rows]


def upgrade() -> None:
    triggers = _payment_triggers()
    with op.batch_alter_table('payments', schema=None, recreate='always') as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('source', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('source_id', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('rate_source', sa.String(length=60), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('payer', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_payments_client_id_clients'), 'clients',
                                    ['client_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_payments_client_id'), ['client_id'], unique=False)
        batch_op.create_unique_constraint('uq_payments_source_source_id',
                                          ['source', 'source_id'])
    for sql in triggers:
        op.execute(sql)
    op.create_table('imported_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('identity', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('net_minor', sa.Integer(), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('linked_identity', sa.String(length=300), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_imported_rows_payment_id_payments'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_rows')),
    sa.UniqueConstraint('identity', name=op.f('uq_imported_rows_identity'))
    )
    op.create_index(op.f('ix_imported_rows_payment_id'), 'imported_rows', ['payment_id'], unique=False)
    op.create_table('exchange_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('per_eur', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_rates')),
    sa.UniqueConstraint('day', 'currency', 'source', name='uq_exchange_rates_day_currency_source')
    )


def downgrade() -> None:
    op.drop_table('exchange_rates')
    op.drop_index(op.f('ix_imported_rows_payment_id'), table_name='imported_rows')
    op.drop_table('imported_rows')
    triggers = _payment_triggers()
    with op.batch_alter_table('payments', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('uq_payments_source_source_id', type_='unique')
        batch_op.drop_index(batch_op.f('ix_payments_client_id'))
        batch_op.drop_constraint(batch_op.f('fk_payments_client_id_clients'),
                                 type_='foreignkey')
        batch_op.drop_column('payer')
        batch_op.drop_column('rate_source')
        batch_op.drop_column('source_id')
        batch_op.drop_column('source')
        batch_op.drop_column('client_id')
    for sql in triggers:
        op.execute(sql)

"""the freelancer's status: dated rule figures (Morocco, Québec, France), expenses, declarations
marked done and the receipts book's locked lines; an existing store keeps the French
micro-entrepreneur helpers it showed (status fr_micro when its home currency is EUR)

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rule_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('jurisdiction', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_figures')),
    sa.UniqueConstraint('jurisdiction', 'year', 'key',
                        name='uq_rule_figures_jurisdiction_year_key')
    )
    op.create_table('expenses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expenses'))
    )
    with op.batch_alter_table('expenses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expenses_spent_on'), ['spent_on'], unique=False)
    op.create_table('declarations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('period_key', sa.String(length=20), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amounts', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declarations')),
    sa.UniqueConstraint('kind', 'period_key', name='uq_declarations_kind_period_key')
    )
    op.create_table('receipt_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('client', sa.String(length=200), nullable=False),
    sa.Column('nature', sa.Text(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('method', sa.String(length=60), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'],
                            name=op.f('fk_receipt_entries_declaration_id_declarations'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'],
                            name=op.f('fk_receipt_entries_payment_id_payments'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_entries'))
    )
    with op.batch_alter_table('receipt_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_entries_declaration_id'),
                              ['declaration_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_entries_payment_id'), ['payment_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_entries_received_on'), ['received_on'],
                              unique=False)

    bind = op.get_bind()
    # A store made before statuses existed showed the URSSAF helpers: it keeps them when its
    # home currency is the euro, and nobody is sent through the first-run set-up again.
    home = bind.execute(sa.text(
        "SELECT value FROM settings WHERE key = 'home_currency'")).scalar() or "EUR"
    for key, value in (("status", "fr_micro" if home == "EUR" else "other"),
                       ("setup_done", "yes")):
        bind.execute(sa.text("INSERT OR IGNORE INTO settings (key, value) VALUES (:k, :v)"),
                     {"k": key, "v": value})
    from storage.rules import seed_rules

    with Session(bind) as s:
        seed_rules(s)
        s.flush()


def downgrade() -> None:
    op.drop_table('receipt_entries')
    op.drop_table('declarations')
    op.drop_table('expenses')
    op.drop_table('rule_figures')
    op.execute("DELETE FROM settings WHERE key IN ('status', 'setup_done')")

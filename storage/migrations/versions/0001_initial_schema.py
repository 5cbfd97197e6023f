"""initial schema: platforms, clients, gigs, orders and their history, payments,
time, deliverables, settings and the URSSAF figures

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platforms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('fee_bp', sa.Integer(), nullable=True),
    sa.Column('fee_fixed_minor', sa.Integer(), nullable=False),
    sa.Column('tips_charged', sa.Boolean(), nullable=False),
    sa.Column('clearance_days', sa.Integer(), nullable=False),
    sa.Column('default_currency', sa.String(length=3), nullable=False),
    sa.Column('preset', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('clearance_days >= 0', name=op.f('ck_platforms_clearance_days')),
    sa.CheckConstraint('fee_bp IS NULL OR (fee_bp >= 0 AND fee_bp <= 10000)', name=op.f('ck_platforms_fee_bp')),
    sa.CheckConstraint('fee_fixed_minor >= 0', name=op.f('ck_platforms_fee_fixed')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platforms')),
    sa.UniqueConstraint('name', name=op.f('uq_platforms_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('urssaf_years',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('ceiling_services_minor', sa.Integer(), nullable=False),
    sa.Column('ceiling_sales_minor', sa.Integer(), nullable=False),
    sa.Column('vat_services_minor', sa.Integer(), nullable=False),
    sa.Column('vat_services_tolerance_minor', sa.Integer(), nullable=False),
    sa.Column('vat_sales_minor', sa.Integer(), nullable=False),
    sa.Column('vat_sales_tolerance_minor', sa.Integer(), nullable=False),
    sa.Column('rate_sales_bp', sa.Integer(), nullable=False),
    sa.Column('rate_services_bic_bp', sa.Integer(), nullable=False),
    sa.Column('rate_bnc_ssi_bp', sa.Integer(), nullable=False),
    sa.Column('rate_bnc_cipav_bp', sa.Integer(), nullable=False),
    sa.Column('vl_sales_bp', sa.Integer(), nullable=False),
    sa.Column('vl_services_bic_bp', sa.Integer(), nullable=False),
    sa.Column('vl_bnc_bp', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_urssaf_years'))
    )
    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('handle', sa.String(length=200), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['platform_id'], ['platforms.id'], name=op.f('fk_clients_platform_id_platforms'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_platform_id'), ['platform_id'], unique=False)

    op.create_table('gigs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('active', 'paused', 'archived', name='gig_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('activity', sa.Enum('sales_bic', 'services_bic', 'liberal_bnc', name='gig_activity', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['platform_id'], ['platforms.id'], name=op.f('fk_gigs_platform_id_platforms'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gigs'))
    )
    with op.batch_alter_table('gigs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gigs_platform_id'), ['platform_id'], unique=False)

    op.create_table('gig_packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gig_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=60), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('price_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('delivery_days', sa.Integer(), nullable=False),
    sa.Column('revisions_included', sa.Integer(), nullable=False),
    sa.CheckConstraint('delivery_days >= 0', name=op.f('ck_gig_packages_delivery_days')),
    sa.CheckConstraint('price_minor >= 0', name=op.f('ck_gig_packages_price')),
    sa.CheckConstraint('revisions_included >= 0', name=op.f('ck_gig_packages_revisions')),
    sa.ForeignKeyConstraint(['gig_id'], ['gigs.id'], name=op.f('fk_gig_packages_gig_id_gigs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gig_packages')),
    sa.UniqueConstraint('gig_id', 'tier', name='uq_gig_packages_gig_tier')
    )
    with op.batch_alter_table('gig_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gig_packages_gig_id'), ['gig_id'], unique=False)

    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gig_id', sa.Integer(), nullable=True),
    sa.Column('package_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=False),
    sa.Column('external_ref', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('brief', sa.Text(), nullable=False),
    sa.Column('price_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.Enum('awaiting_requirements', 'in_progress', 'delivered', 'revision_requested', 'completed', 'cancelled', 'disputed', name='order_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('activity', sa.Enum('sales_bic', 'services_bic', 'liberal_bnc', name='order_activity', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('revisions_used', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('price_minor >= 0', name=op.f('ck_orders_price')),
    sa.CheckConstraint('revisions_used >= 0', name=op.f('ck_orders_revisions')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_orders_client_id_clients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['gig_id'], ['gigs.id'], name=op.f('fk_orders_gig_id_gigs'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['package_id'], ['gig_packages.id'], name=op.f('fk_orders_package_id_gig_packages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['platform_id'], ['platforms.id'], name=op.f('fk_orders_platform_id_platforms'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_gig_id'), ['gig_id'], unique=False)
        batch_op.create_index('ix_orders_open_due', ['status', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_platform_id'), ['platform_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_status'), ['status'], unique=False)

    op.create_table('deliverables',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('text', 'file', name='deliverable_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_deliverables_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliverables'))
    )
    with op.batch_alter_table('deliverables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliverables_order_id'), ['order_id'], unique=False)

    op.create_table('order_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('from_status', sa.String(length=32), nullable=True),
    sa.Column('to_status', sa.String(length=32), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_events_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_events'))
    )
    with op.batch_alter_table('order_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_events_order_id'), ['order_id'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('payout', 'tip', 'refund', 'adjustment', name='payment_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('fee_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('home_currency', sa.String(length=3), nullable=False),
    sa.Column('home_amount_minor', sa.Integer(), nullable=False),
    sa.Column('home_fee_minor', sa.Integer(), nullable=False),
    sa.Column('rate', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_payments_order_id_orders'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_received_at'), ['received_at'], unique=False)

    op.create_table('time_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('ended_at IS NULL OR ended_at >= started_at', name=op.f('ck_time_entries_span')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_time_entries_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entries'))
    )
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_time_entries_order_id'), ['order_id'], unique=False)

    op.create_table('deliverable_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deliverable_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.Enum('ai', 'human', name='version_origin', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('model_id', sa.String(length=300), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('file_path', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['deliverable_id'], ['deliverables.id'], name=op.f('fk_deliverable_versions_deliverable_id_deliverables'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliverable_versions'))
    )
    with op.batch_alter_table('deliverable_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliverable_versions_deliverable_id'), ['deliverable_id'], unique=False)

    # Migrations are frozen: the trigger's text is repeated here, not imported from the models.
    op.execute(
        "CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events "
        "BEGIN SELECT RAISE(ABORT, 'order history is append-only'); END"
    )
    op.execute("PRAGMA application_id = 1096043602")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS order_events_no_update")
    with op.batch_alter_table('deliverable_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliverable_versions_deliverable_id'))

    op.drop_table('deliverable_versions')
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_entries_order_id'))

    op.drop_table('time_entries')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_received_at'))
        batch_op.drop_index(batch_op.f('ix_payments_order_id'))

    op.drop_table('payments')
    with op.batch_alter_table('order_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_events_order_id'))

    op.drop_table('order_events')
    with op.batch_alter_table('deliverables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliverables_order_id'))

    op.drop_table('deliverables')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_status'))
        batch_op.drop_index(batch_op.f('ix_orders_received_at'))
        batch_op.drop_index(batch_op.f('ix_orders_platform_id'))
        batch_op.drop_index('ix_orders_open_due')
        batch_op.drop_index(batch_op.f('ix_orders_gig_id'))
        batch_op.drop_index(batch_op.f('ix_orders_due_at'))
        batch_op.drop_index(batch_op.f('ix_orders_client_id'))

    op.drop_table('orders')
    with op.batch_alter_table('gig_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gig_packages_gig_id'))

    op.drop_table('gig_packages')
    with op.batch_alter_table('gigs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gigs_platform_id'))

    op.drop_table('gigs')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_platform_id'))

    op.drop_table('clients')
    op.drop_table('urssaf_years')
    op.drop_table('settings')
    op.drop_table('platforms')

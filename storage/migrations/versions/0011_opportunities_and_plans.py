"""the opportunity inbox and order plans: buyer requests kept with their status, the passages
of the person's own gigs and orders they are matched against (words indexed by match_fts,
sentence embeddings per model), an order's plan as tasks, and the task a timer ran for

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Frozen copy of storage.derived.MATCH_FTS at this revision.
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


def upgrade() -> None:
    op.create_table('match_passages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('chunk', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_passages')),
    sa.UniqueConstraint('source', 'source_id', 'chunk',
                        name='uq_match_passages_source_source_id_chunk')
    )
    for sql in MATCH_FTS:
        op.execute(sql)
    op.create_table('passage_vectors',
    sa.Column('passage_id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('dims', sa.Integer(), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['passage_id'], ['match_passages.id'],
                            name=op.f('fk_passage_vectors_passage_id_match_passages'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('passage_id', 'model', name=op.f('pk_passage_vectors'))
    )
    op.create_table('opportunities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=True),
    sa.Column('client_name', sa.String(length=200), nullable=False),
    sa.Column('gig_id', sa.Integer(), nullable=True),
    sa.Column('package_id', sa.Integer(), nullable=True),
    sa.Column('budget_minor', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('status', sa.Enum('new', 'proposal_sent', 'won', 'lost',
                                name='opportunity_status', native_enum=False,
                                create_constraint=True, length=32), nullable=False),
    sa.Column('lost_reason', sa.Text(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('flags', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('budget_minor IS NULL OR budget_minor >= 0',
                       name=op.f('ck_opportunities_budget')),
    sa.ForeignKeyConstraint(['gig_id'], ['gigs.id'], name=op.f('fk_opportunities_gig_id_gigs'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                            name=op.f('fk_opportunities_order_id_orders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['package_id'], ['gig_packages.id'],
                            name=op.f('fk_opportunities_package_id_gig_packages'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['platform_id'], ['platforms.id'],
                            name=op.f('fk_opportunities_platform_id_platforms'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_id'], ['deliverables.id'],
                            name=op.f('fk_opportunities_proposal_id_deliverables'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunities'))
    )
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunities_gig_id'), ['gig_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_platform_id'), ['platform_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_received_at'), ['received_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_status'), ['status'], unique=False)
    op.create_table('plan_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('estimate_minutes', sa.Integer(), nullable=False),
    sa.Column('estimate_source', sa.Text(), nullable=False),
    sa.Column('origin', sa.Enum('ai', 'human', name='plan_task_origin', native_enum=False,
                                create_constraint=True, length=32), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('estimate_minutes >= 0', name=op.f('ck_plan_tasks_estimate')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_plan_tasks_order_id_orders'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_tasks'))
    )
    with op.batch_alter_table('plan_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_tasks_order_id'), ['order_id'], unique=False)
    # A batch rebuild of time_entries drops its triggers (the time rollup): they are created
    # again, as they were, after it.
    triggers = [r[0] for r in op.get_bind().execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'time_entries' "
        "ORDER BY name"))]
    with op.batch_alter_table('time_entries', schema=None, recreate='always') as batch_op:
        batch_op.add_column(sa.Column('plan_task_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_time_entries_plan_task_id_plan_tasks'),
                                    'plan_tasks', ['plan_task_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_time_entries_plan_task_id'), ['plan_task_id'],
                              unique=False)
    for sql in triggers:
        op.execute(sql)

def downgrade() -> None:
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_entries_plan_task_id'))
        batch_op.drop_constraint(batch_op.f('fk_time_entries_plan_task_id_plan_tasks'),
                                 type_='foreignkey')
        batch_op.drop_column('plan_task_id')
    op.drop_table('plan_tasks')
    op.drop_table('opportunities')
    op.drop_table('passage_vectors')
    op.execute("DROP TABLE match_fts")
    op.drop_table('match_passages')

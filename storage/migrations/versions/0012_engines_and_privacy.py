"""inference servers and privacy: the engines the person added (their keys stay in the
keyring), clients kept on this computer, and the log of what was sent where (never content)

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('keep_local', sa.Boolean(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('translation_segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mt_engine', sa.String(length=300), nullable=False,
                                      server_default=''))
    op.create_table('engines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('timeout_s', sa.Integer(), nullable=False),
    sa.Column('ca_file', sa.Text(), nullable=False),
    sa.Column('pinned_sha256', sa.String(length=64), nullable=False),
    sa.Column('context_tokens', sa.Integer(), nullable=False),
    sa.Column('has_key', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('context_tokens > 0', name=op.f('ck_engines_context')),
    sa.CheckConstraint('timeout_s > 0', name=op.f('ck_engines_timeout')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engines')),
    sa.UniqueConstraint('name', name=op.f('uq_engines_name'))
    )
    op.create_table('sent_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('task', sa.String(length=32), nullable=False),
    sa.Column('engine', sa.String(length=60), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('characters', sa.Integer(), nullable=False),
    sa.CheckConstraint('characters >= 0', name=op.f('ck_sent_log_characters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sent_log'))
    )
    with op.batch_alter_table('sent_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_log_at'), ['at'], unique=False)


def downgrade() -> None:
    op.drop_table('sent_log')
    op.drop_table('engines')
    with op.batch_alter_table('translation_segments', schema=None) as batch_op:
        batch_op.drop_column('mt_engine')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_column('keep_local')

"""writing templates and draft autosaves: the user's edited or added templates; the
last few seconds of a draft's editor, kept across a crash

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('system', sa.Text(), nullable=False),
    sa.Column('prompt', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_templates')),
    sa.UniqueConstraint('key', 'language', name='uq_templates_key_language')
    )
    op.create_table('draft_autosaves',
    sa.Column('deliverable_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('base_version_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deliverable_id'], ['deliverables.id'], name=op.f('fk_draft_autosaves_deliverable_id_deliverables'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('deliverable_id', name=op.f('pk_draft_autosaves'))
    )


def downgrade() -> None:
    op.drop_table('draft_autosaves')
    op.drop_table('templates')

"""draft authorship: who wrote each character (the person or a model) of each draft version
and of the autosave slot, as run-length JSON; NULL for what was written before

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deliverable_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('authorship', sa.Text(), nullable=True))
    with op.batch_alter_table('draft_autosaves', schema=None) as batch_op:
        batch_op.add_column(sa.Column('authorship', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('draft_autosaves', schema=None) as batch_op:
        batch_op.drop_column('authorship')
    with op.batch_alter_table('deliverable_versions', schema=None) as batch_op:
        batch_op.drop_column('authorship')

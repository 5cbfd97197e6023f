"""brainstorm boards: a brief with its generation rounds (settings and raw answers) and its
idea cards (structured fields or raw text; pinned, discarded, notes, edited, parents)

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('brainstorm_boards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('brief', sa.Text(), nullable=False),
    sa.Column('audience', sa.Text(), nullable=False),
    sa.Column('style', sa.Text(), nullable=False),
    sa.Column('constraints', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_brainstorm_boards_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brainstorm_boards'))
    )
    op.create_index(op.f('ix_brainstorm_boards_order_id'), 'brainstorm_boards', ['order_id'], unique=False)
    op.create_table('brainstorm_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('model', sa.String(length=300), nullable=False),
    sa.Column('temperature', sa.String(length=16), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=True),
    sa.Column('requested', sa.Integer(), nullable=False),
    sa.Column('dropped', sa.Integer(), nullable=False),
    sa.Column('raw_output', sa.Text(), nullable=False),
    sa.Column('stopped', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['brainstorm_boards.id'], name=op.f('fk_brainstorm_rounds_board_id_brainstorm_boards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brainstorm_rounds'))
    )
    op.create_index(op.f('ix_brainstorm_rounds_board_id'), 'brainstorm_rounds', ['board_id'], unique=False)
    op.create_table('brainstorm_ideas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('raw_text', sa.Text(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('discarded', sa.Boolean(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('parent_ids', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['brainstorm_boards.id'], name=op.f('fk_brainstorm_ideas_board_id_brainstorm_boards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['brainstorm_rounds.id'], name=op.f('fk_brainstorm_ideas_round_id_brainstorm_rounds'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brainstorm_ideas'))
    )
    op.create_index(op.f('ix_brainstorm_ideas_board_id'), 'brainstorm_ideas', ['board_id'], unique=False)
    op.create_index(op.f('ix_brainstorm_ideas_round_id'), 'brainstorm_ideas', ['round_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_brainstorm_ideas_round_id'), table_name='brainstorm_ideas')
    op.drop_index(op.f('ix_brainstorm_ideas_board_id'), table_name='brainstorm_ideas')
    op.drop_table('brainstorm_ideas')
    op.drop_index(op.f('ix_brainstorm_rounds_board_id'), table_name='brainstorm_rounds')
    op.drop_table('brainstorm_rounds')
    op.drop_index(op.f('ix_brainstorm_boards_order_id'), table_name='brainstorm_boards')
    op.drop_table('brainstorm_boards')

"""translation projects: files (original bytes kept in the store) and their segments with
translations, statuses and TM suggestions; the translation memory and the glossary per
language pair

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('translation_projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('source_lang', sa.String(length=16), nullable=False),
    sa.Column('target_lang', sa.String(length=16), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_translation_projects_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_projects')),
    sa.UniqueConstraint('name', name=op.f('uq_translation_projects_name'))
    )
    op.create_index(op.f('ix_translation_projects_order_id'), 'translation_projects', ['order_id'], unique=False)
    op.create_table('translation_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('segment_count', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['translation_projects.id'], name=op.f('fk_translation_files_project_id_translation_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_files')),
    sa.UniqueConstraint('project_id', 'name', name='uq_translation_files_project_name')
    )
    op.create_index(op.f('ix_translation_files_project_id'), 'translation_files', ['project_id'], unique=False)
    op.create_table('translation_segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('plural_of', sa.String(length=200), nullable=True),
    sa.Column('max_length', sa.Integer(), nullable=True),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('new', 'tm', 'mt', 'edited', 'confirmed', name='segment_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('tm_score', sa.Integer(), nullable=True),
    sa.Column('matches', sa.Text(), nullable=False),
    sa.Column('mt', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['translation_files.id'], name=op.f('fk_translation_segments_file_id_translation_files'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_segments')),
    sa.UniqueConstraint('file_id', 'key', name='uq_translation_segments_file_key'),
    sa.UniqueConstraint('file_id', 'position', name='uq_translation_segments_file_position')
    )
    op.create_table('translation_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_lang', sa.String(length=16), nullable=False),
    sa.Column('target_lang', sa.String(length=16), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('source_key', sa.Text(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('use_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['translation_projects.id'], name=op.f('fk_translation_units_project_id_translation_projects'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_units')),
    sa.UniqueConstraint('source_lang', 'target_lang', 'source_key', name='uq_translation_units_pair_source')
    )
    op.create_index(op.f('ix_translation_units_project_id'), 'translation_units', ['project_id'], unique=False)
    op.create_table('glossary_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_lang', sa.String(length=16), nullable=False),
    sa.Column('target_lang', sa.String(length=16), nullable=False),
    sa.Column('source_term', sa.String(length=300), nullable=False),
    sa.Column('target_term', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('case_sensitive', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_glossary_terms')),
    sa.UniqueConstraint('source_lang', 'target_lang', 'source_term', 'target_term', name='uq_glossary_terms_pair_terms')
    )


def downgrade() -> None:
    op.drop_table('glossary_terms')
    op.drop_index(op.f('ix_translation_units_project_id'), table_name='translation_units')
    op.drop_table('translation_units')
    op.drop_table('translation_segments')
    op.drop_index(op.f('ix_translation_files_project_id'), table_name='translation_files')
    op.drop_table('translation_files')
    op.drop_index(op.f('ix_translation_projects_order_id'), table_name='translation_projects')
    op.drop_table('translation_projects')

"""quotes, invoices and credit notes: documents (a draft has no number; an issued one is never
changed: triggers refuse it), their lines, the payments settling them, the last number of each
series and year; what an invoice prints of a client (address, SIREN/ICE, VAT number, company)

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# storage/tables.py DOCUMENT_TRIGGERS as they were at this revision
TRIGGERS = (
    "\nCREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents\nWHEN OLD.state != 'draft' AND (OLD.id IS NOT NEW.id\n  OR OLD.kind IS NOT NEW.kind OR OLD.series IS NOT NEW.series OR OLD.year IS NOT NEW.year\n  OR OLD.seq IS NOT NEW.seq OR OLD.number IS NOT NEW.number\n  OR OLD.client_id IS NOT NEW.client_id OR OLD.order_id IS NOT NEW.order_id\n  OR OLD.quote_id IS NOT NEW.quote_id OR OLD.corrects_id IS NOT NEW.corrects_id\n  OR OLD.currency IS NOT NEW.currency OR OLD.language IS NOT NEW.language\n  OR OLD.issue_date IS NOT NEW.issue_date OR OLD.service_start IS NOT NEW.service_start\n  OR OLD.service_end IS NOT NEW.service_end OR OLD.due_date IS NOT NEW.due_date\n  OR OLD.valid_until IS NOT NEW.valid_until OR OLD.payment_terms IS NOT NEW.payment_terms\n  OR OLD.late_penalty_text IS NOT NEW.late_penalty_text OR OLD.category IS NOT NEW.category\n  OR OLD.status IS NOT NEW.status OR OLD.external IS NOT NEW.external\n  OR OLD.platform_number IS NOT NEW.platform_number OR OLD.file_path IS NOT NEW.file_path\n  OR OLD.seller IS NOT NEW.seller OR OLD.buyer IS NOT NEW.buyer OR OLD.notes IS NOT NEW.notes\n  OR OLD.created_at IS NOT NEW.created_at OR OLD.issued_at IS NOT NEW.issued_at\n  OR (NEW.state IS NOT OLD.state AND NOT (\n      (OLD.state = 'issued' AND NEW.state IN ('accepted', 'declined', 'cancelled'))\n      OR (OLD.state = 'accepted' AND NEW.state = 'cancelled'))))\nBEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');\nEND\n",
    "\nCREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents\nWHEN OLD.state != 'draft'\nBEGIN SELECT RAISE(ABORT, 'an issued document cannot be deleted: a credit note corrects it');\nEND\n",
    "\nCREATE TRIGGER document_lines_issued_no_insert BEFORE INSERT ON document_lines\nWHEN (SELECT state FROM documents WHERE id = NEW.document_id) != 'draft'\nBEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');\nEND\n",
    "\nCREATE TRIGGER document_lines_issued_no_update BEFORE UPDATE ON document_lines\nWHEN (SELECT state FROM documents WHERE id = OLD.document_id) != 'draft'\n  OR (SELECT state FROM documents WHERE id = NEW.document_id) != 'draft'\nBEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');\nEND\n",
    "\nCREATE TRIGGER document_lines_issued_no_delete BEFORE DELETE ON document_lines\nWHEN (SELECT state FROM documents WHERE id = OLD.document_id) != 'draft'\nBEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');\nEND\n",
)


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('company_number', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('vat_number', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('is_business', sa.Boolean(), nullable=False,
                                      server_default='0'))
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('series', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=60), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('payment_terms', sa.Text(), nullable=False),
    sa.Column('late_penalty_text', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('external', sa.Boolean(), nullable=False),
    sa.Column('platform_number', sa.String(length=120), nullable=False),
    sa.Column('file_path', sa.Text(), nullable=False),
    sa.Column('seller', sa.Text(), nullable=False),
    sa.Column('buyer', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('quote', 'invoice', 'deposit', 'credit_note')",
                       name=op.f('ck_documents_kind')),
    sa.CheckConstraint("state IN ('draft', 'issued', 'accepted', 'declined', 'cancelled')",
                       name=op.f('ck_documents_state')),
    sa.CheckConstraint("state != 'draft' OR number IS NULL",
                       name=op.f('ck_documents_draft_has_no_number')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'],
                            name=op.f('fk_documents_client_id_clients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                            name=op.f('fk_documents_order_id_orders'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['quote_id'], ['documents.id'],
                            name=op.f('fk_documents_quote_id_documents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['corrects_id'], ['documents.id'],
                            name=op.f('fk_documents_corrects_id_documents'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('series', 'year', 'seq', name='uq_documents_series_year_seq')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        for column in ('client_id', 'order_id', 'quote_id', 'corrects_id'):
            batch_op.create_index(batch_op.f(f'ix_documents_{column}'), [column], unique=False)
    op.create_table('document_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.String(length=40), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('unit_price_minor', sa.Integer(), nullable=False),
    sa.Column('discount_minor', sa.Integer(), nullable=False),
    sa.Column('vat_category', sa.String(length=4), nullable=False),
    sa.Column('vat_rate_bp', sa.Integer(), nullable=False),
    sa.Column('gst_rate_pcm', sa.Integer(), nullable=False),
    sa.Column('qst_rate_pcm', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'],
                            name=op.f('fk_document_lines_document_id_documents'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_lines'))
    )
    with op.batch_alter_table('document_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_lines_document_id'), ['document_id'],
                              unique=False)
    op.create_table('document_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('linked_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'],
                            name=op.f('fk_document_payments_document_id_documents'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'],
                            name=op.f('fk_document_payments_payment_id_payments'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_payments')),
    sa.UniqueConstraint('document_id', 'payment_id',
                        name='uq_document_payments_document_payment')
    )
    with op.batch_alter_table('document_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_payments_document_id'), ['document_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_document_payments_payment_id'), ['payment_id'],
                              unique=False)
    op.create_table('document_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_series')),
    sa.UniqueConstraint('series', 'year', name='uq_document_series_series_year')
    )
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table('document_series')
    op.drop_table('document_payments')
    op.drop_table('document_lines')
    op.drop_table('documents')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        for column in ('is_business', 'vat_number', 'company_number', 'address'):
            batch_op.drop_column(column)

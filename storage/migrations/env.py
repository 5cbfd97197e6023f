"""Alembic environment: always run programmatically by storage.db with an open connection."""

from alembic import context

from storage.derived import is_derived_table
from storage.tables import Base


def include_name(name, type_, parent_names):
    return not (type_ == "table" and is_derived_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()

"""Finding orders by words of their title, brief, reference or client name.

Uses the orders_fts index: every word must match (as a prefix, so results come while
typing), accents and case are ignored.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.orm import Session

from storage.tables import Order

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 MATCH expression: each word quoted, as a prefix; None when no word."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def order_search_clause(user_text: str) -> ColumnElement[bool] | None:
    """A WHERE clause on Order for `user_text`, to combine with other filters."""
    query = fts_query(user_text)
    if query is None:
        return None
    matching = text("SELECT rowid FROM orders_fts WHERE orders_fts MATCH :fts_query")
    return Order.id.in_(matching.bindparams(fts_query=query))


def search_orders(s: Session, user_text: str, limit: int = 200) -> list[Order]:
    """The `limit` most recently entered orders matching `user_text`, newest received first.

    The index walks its matches from the highest order id down and stops at `limit`, so a
    word found in every order costs no more than a rare one.
    """
    query = fts_query(user_text)
    if query is None:
        return []
    latest = text(
        "SELECT rowid FROM orders_fts WHERE orders_fts MATCH :fts_query "
        "ORDER BY rowid DESC LIMIT :limit"
    ).bindparams(fts_query=query, limit=limit)
    return list(s.scalars(
        select(Order).where(Order.id.in_(latest)).order_by(Order.received_at.desc())
    ))

"""Finding orders by words of their title, brief, reference or client."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from storage.models import Client, Order


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def order_search_clause(text: str) -> list[ColumnElement[bool]]:
    """Every word must appear in the title, brief, external reference or client name."""
    clauses = []
    for word in text.split():
        pattern = _like_pattern(word)
        clauses.append(or_(
            Order.title.ilike(pattern, escape="\\"),
            Order.brief.ilike(pattern, escape="\\"),
            Order.external_ref.ilike(pattern, escape="\\"),
            Order.client_id.in_(select(Client.id).where(Client.name.ilike(pattern, escape="\\"))),
        ))
    return clauses


def search_orders(s: Session, text: str, limit: int = 200) -> list[Order]:
    """Orders matching `text`, newest first."""
    clauses = order_search_clause(text)
    if not clauses:
        return []
    return list(s.scalars(
        select(Order).where(*clauses).order_by(Order.received_at.desc()).limit(limit)
    ))

"""Small builders for tests: aware datetimes and a minimal business in a store."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.orders import OrderFields, create_order, transition
from storage.tables import Client, Gig, GigPackage, Order, OrderStatus, Platform


def at(text: str) -> datetime:
    """An aware datetime from ISO text; UTC unless the text has an offset."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def platform(s: Session, name: str) -> Platform:
    return s.scalars(select(Platform).where(Platform.name == name)).one()


def client(s: Session, name: str = "Agence Lumière", **kw: object) -> Client:
    c = Client(name=name, country=kw.pop("country", "FR"), language=kw.pop("language", "fr"),
               **kw)
    s.add(c)
    s.flush()
    return c


def gig_with_packages(s: Session, title: str = "Rédaction web SEO", platform_name: str = "Fiverr",
                      **kw: object) -> Gig:
    g = Gig(title=title, platform=platform(s, platform_name), **kw)
    g.packages = [
        GigPackage(tier="Basic", price_minor=5000, currency="USD", delivery_days=3,
                   revisions_included=1),
        GigPackage(tier="Premium", price_minor=15000, currency="USD", delivery_days=7,
                   revisions_included=3),
    ]
    s.add(g)
    s.flush()
    return g


def logo_gig(s: Session) -> Gig:
    """The inbox tests' gig: a minimalist logo on Fiverr, one Standard package (90 €, 4 days)."""
    g = Gig(title="Logo minimaliste", platform=platform(s, "Fiverr"),
            description="Un logo simple, fichiers vectoriels.")
    g.packages = [GigPackage(tier="Standard", price_minor=9000, currency="EUR", delivery_days=4,
                             revisions_included=2)]
    s.add(g)
    s.flush()
    return g


def order(s: Session, *, title: str = "Article de blog", price_minor: int = 10000,
          currency: str = "EUR", platform_name: str = "Direct", received: str = "2026-03-02T09:00",
          due: str | None = "2026-03-05T18:00", client_obj: Client | None = None,
          status: OrderStatus = OrderStatus.AWAITING_REQUIREMENTS, **kw: object) -> Order:
    c = client_obj or client(s)
    return create_order(s, OrderFields(
        client_id=c.id, platform_id=platform(s, platform_name).id, title=title,
        price_minor=price_minor, currency=currency, received_at=at(received),
        due_at=at(due) if due else None, **kw,
    ), status=status, now=at(received))


def walk(s: Session, o: Order, *targets: OrderStatus, start: str = "2026-03-03T10:00") -> Order:
    """Move an order through `targets`, one hour apart."""
    t = at(start)
    for target in targets:
        transition(s, o, target, at=t)
        t = t.replace(hour=(t.hour + 1) % 24)
    return o

"""The shapes of a match (``atelier match --json``, the Inbox page) and the Embedder
protocol, with no dependency: storage.matching (the ranking) and storage.redflags (the
flags) both use them. storage.matching re-exports every name here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Ranking = Literal["semantic", "keyword"]
Role = Literal["query", "passage"]


class Embedder(Protocol):
    """Sentence vectors for texts: a float32 array of shape (len(texts), dims), each row of
    length 1. ``role`` picks the model's prefix where it has one (e5: "query: "/"passage: ").
    ``name`` identifies the model the vectors belong to (vectors of another model are never
    compared with them)."""

    name: str

    def __call__(self, texts: Sequence[str], role: Role) -> Any: ...


@dataclass(frozen=True)
class GigMatch:
    gig_id: int
    title: str
    package: str | None  # the package's tier, when a package fits best
    package_id: int | None
    score: float  # 0..1, higher fits better
    matched: str  # the passage of the gig (or package) that matched


@dataclass(frozen=True)
class SimilarOrder:
    order_id: int
    title: str
    score: float
    net_per_hour_minor: int | None  # None: no time was tracked on it
    currency: str  # of net_per_hour_minor (the home currency when a rate is known)


@dataclass(frozen=True)
class HourlyRange:
    """Net per hour after fees that orders like this one earned, in ``currency``."""

    low_minor: int
    high_minor: int
    currency: str
    orders: int  # how many orders (with tracked time) it was built from


@dataclass(frozen=True)
class Flag:
    kind: str  # off_platform_payment, off_platform_contact, free_sample, unpaid_test,
    #            short_deadline, low_budget
    text: str  # the words of the request that raised it


@dataclass(frozen=True)
class MatchResult:
    language: str  # "fr", "en", "ar"… or "" when it cannot tell
    gigs: list[GigMatch]
    similar_orders: list[SimilarOrder]
    expected: HourlyRange | None
    flags: list[Flag]
    ranking: Ranking
    model: str | None = None  # the embedding model's name when ranking is semantic
    minimum_minor: int | None = None  # the person's minimum hourly rate, in expected.currency
    notes: list[Any] = field(default_factory=list)  # Phrases worth showing (e.g. no model)

    def to_json(self) -> dict[str, Any]:
        """The shape ``atelier match --json`` prints (other tools read these keys)."""
        expected = None if self.expected is None else {
            "low_minor": self.expected.low_minor, "high_minor": self.expected.high_minor,
            "currency": self.expected.currency, "orders": self.expected.orders}
        return {
            "language": self.language,
            "ranking": self.ranking,
            "gigs": [{"id": g.gig_id, "title": g.title, "package": g.package,
                      "score": round(g.score, 4), "matched": g.matched} for g in self.gigs],
            "similar_orders": [{"id": o.order_id, "title": o.title, "score": round(o.score, 4),
                                "net_per_hour_minor": o.net_per_hour_minor}
                               for o in self.similar_orders],
            "expected_net_per_hour": expected,
            "flags": [{"kind": f.kind, "text": f.text} for f in self.flags],
        }

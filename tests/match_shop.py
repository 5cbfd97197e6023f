"""A small hand-built business for the matching tests: a logo gig (with packages), an SEO
gig, a French translation gig; completed logo orders with tracked time and hand-worked net
per hour; a fake English-only embedding model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import timedelta

import numpy as np

from storage.tables import Gig, GigPackage, OrderStatus, TimeEntry
from tests.factories import at, order, platform

LOGO_REQUEST = "I need a minimalist logo for my bakery, vector files"


class EnglishOnly:
    """A fake English model: a text's vector counts the words of a small English
    vocabulary; everything else (French, Arabic) lands on a direction drawn from the whole
    text's hash, so two French texts are no closer than any two unrelated texts."""

    VOCAB = ("logo", "minimalist", "vector", "bakery", "brand", "design", "article", "seo",
             "blog", "write", "hiking", "translation", "document", "files")
    dims = 64

    def __init__(self, name: str = "fake-english") -> None:
        self.name = name
        self.calls: list[int] = []

    def __call__(self, texts: Sequence[str], role: str) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, t in enumerate(texts):
            words = re.findall(r"\w+", t.lower())
            for w in words:
                if w in self.VOCAB:
                    out[i, self.VOCAB.index(w)] += 1.0
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:4], "little")
            noise = np.random.default_rng(seed).normal(size=self.dims).astype(np.float32)
            out[i] += 0.3 * noise / np.linalg.norm(noise)
            out[i] /= np.linalg.norm(out[i])
        return out


def gigs(s) -> dict[str, Gig]:
    gigs = {
        "logo": Gig(title="Minimalist logo design", category="Graphic design",
                    tags="logo,branding,vector", platform=platform(s, "Fiverr"),
                    description="A clean, minimalist logo for your brand, with vector files "
                                "(SVG, AI, PDF)."),
        "seo": Gig(title="SEO blog articles", category="Writing", tags="seo,blog",
                   platform=platform(s, "Fiverr"),
                   description="I write SEO articles for your blog, 1000 words, researched."),
        "fr": Gig(title="Traduction anglais-français", category="Traduction",
                  tags="traduction,français", platform=platform(s, "Direct"),
                  description="Je traduis vos documents et votre site de l'anglais vers le "
                              "français, relecture comprise."),
    }
    gigs["logo"].packages = [
        GigPackage(tier="Basic", description="One concept, PNG only", price_minor=3000,
                   currency="EUR", delivery_days=2),
        GigPackage(tier="Premium", description="Three concepts, vector files, brand sheet",
                   price_minor=12000, currency="EUR", delivery_days=5),
    ]
    s.add_all(gigs.values())
    s.flush()
    return gigs


def track(s, o, hours_minutes: tuple[int, int]) -> None:
    start = at("2026-03-02T09:00")
    s.add(TimeEntry(order=o, started_at=start,
                    ended_at=start + timedelta(hours=hours_minutes[0],
                                               minutes=hours_minutes[1])))
    s.flush()


def logo_orders(s) -> list:
    """Four completed logo orders on Direct (no fee: net = price) with tracked time:
    €100 in 2 h = €50/h, €120 in 3 h = €40/h, €90 in 1 h = €90/h, €150 in 2 h 30 = €60/h;
    one with no time tracked and one cancelled (neither counts)."""
    made = []
    for title, price, spent in (("Logo — Boulangerie Martin", 10000, (2, 0)),
                                ("Logo — Café des Arts", 12000, (3, 0)),
                                ("Logo — Atelier Vélo", 9000, (1, 0)),
                                ("Logo — Fleuriste Rose", 15000, (2, 30))):
        o = order(s, title=title, price_minor=price, brief="Minimalist logo, vector files.",
                  status=OrderStatus.COMPLETED)
        track(s, o, spent)
        made.append(o)
    made.append(order(s, title="Logo — Librairie", price_minor=50000,
                      brief="Minimalist logo, vector files.", status=OrderStatus.COMPLETED))
    cancelled = order(s, title="Logo — Pizzeria", price_minor=1000,
                      brief="Minimalist logo, vector files.", status=OrderStatus.CANCELLED)
    track(s, cancelled, (10, 0))
    seo = order(s, title="SEO article about hiking", price_minor=4000,
                brief="1000 words on hiking boots", status=OrderStatus.COMPLETED)
    track(s, seo, (4, 0))
    return made

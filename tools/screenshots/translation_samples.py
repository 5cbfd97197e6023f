"""A translation project in mid-review for screenshots: the *Sintel* subtitles (English →
French) with segments from the translation memory, from the model, edited and confirmed, a
fuzzy suggestion, glossary terms and a quality warning on the first segment.

The subtitles are read from ``../shared/testdata/docs/sintel_en.srt`` when that folder is
there (the real-world test documents), else from a small built-in copy of their first cues.
*Sintel* © Blender Foundation, CC-BY 3.0.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

SHARED_SRT = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "docs" / "sintel_en.srt"

BUILT_IN = [
    ("00:02:17,250 --> 00:02:20,500", "This blade has a dark past."),
    ("00:02:21,800 --> 00:02:25,800", "It has shed much innocent blood."),
    ("00:02:28,000 --> 00:02:31,450",
     "You're a fool for traveling alone,\nso completely unprepared."),
    ("00:02:31,750 --> 00:02:34,800", "You're lucky your blood's still flowing."),
    ("00:02:35,250 --> 00:02:36,300", "Thank you."),
    ("00:02:37,500 --> 00:02:39,000", "So..."),
    ("00:02:39,400 --> 00:02:43,800", "What brings you to\nthe land of the gatekeepers?"),
    ("00:02:45,000 --> 00:02:47,500", "I'm searching for someone."),
    ("00:02:48,000 --> 00:02:52,200", "Someone very dear?\nA kindred spirit?"),
    ("00:02:53,400 --> 00:02:55,000", "A dragon."),
    ("00:02:58,850 --> 00:03:01,750", "A dangerous quest for a lone hunter."),
    ("00:03:02,950 --> 00:03:05,870", "I've been alone for\nas long as I can remember."),
    ("00:03:57,250 --> 00:04:00,500", "We're almost done. Shhh..."),
    ("00:04:00,750 --> 00:04:03,500", "Hey, sit still."),
    ("00:04:18,250 --> 00:04:22,250", "Good night, Scales."),
]

#: What the "model" answers (MT), by source sentence; the first lacks its final full stop.
MACHINE = {
    "This blade has a dark past.": "Cette lame a un passé sombre",
    "What brings you to the land of the gatekeepers?":
        "Qu'est-ce qui t'amène au pays des gardiens ?",
    "I'm searching for someone.": "Je cherche quelqu'un.",
    "Someone very dear?": "Quelqu'un de très cher ?",
    "A kindred spirit?": "Une âme sœur ?",
    "A dangerous quest for a lone hunter.": "Une quête dangereuse pour un chasseur solitaire.",
}
#: Already in the translation memory (exact matches, and one near match for segment 1).
MEMORY = {
    "Thank you.": "Merci.",
    "So...": "Alors…",
    "This blade has a long past.": "Cette lame a un long passé.",
}
CONFIRMED = {
    "It has shed much innocent blood.": "Elle a versé beaucoup de sang innocent.",
    "You're a fool for traveling alone, so completely unprepared.":
        "Il faut être fou pour voyager seul, sans la moindre préparation.",
}
EDITED = {
    "You're lucky your blood's still flowing.": "Tu as de la chance que ton sang coule encore.",
    "A dragon.": "Un dragon.",
}
GLOSSARY = [("blade", "lame", True), ("gatekeeper", "gardien", True), ("dragon", "dragon", False)]
PROJECT_NAME = "Sintel — sous-titres FR"


def _source_file(folder: Path) -> Path:
    if SHARED_SRT.is_file():
        return SHARED_SRT
    path = folder / "sintel_en.srt"
    blocks = [f"{i}\n{timing}\n{text}\n" for i, (timing, text) in enumerate(BUILT_IN, start=1)]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def seed_translation(store: Any, now: datetime) -> tuple[int, int]:
    """The project (linked to a subtitles order when there is one); returns its id and the id
    of its first segment (the one to show in the editor)."""
    from sqlalchemy import case, select

    from storage.tables import Client, Gig, Order, OrderStatus
    from storage.translation import glossary, memory
    from storage.translation import projects as tp
    from storage.translation.pretranslate import pretranslate

    with tempfile.TemporaryDirectory(prefix="atelier-sintel-") as tmp, \
            store.transaction() as s:
        # An English client's subtitles order (French subtitles), the one in progress first:
        # never an order for other work (it once sat on a podcast edit).
        order_id = s.scalar(
            select(Order.id).join(Gig, Gig.id == Order.gig_id)
            .join(Client, Client.id == Order.client_id)
            .where(Gig.tags.like("%srt%"), Client.language == "en",
                   Order.status != OrderStatus.CANCELLED)
            .order_by(case((Order.status == OrderStatus.IN_PROGRESS, 0), else_=1),
                      Order.received_at.desc()).limit(1))
        project = tp.create_project(s, PROJECT_NAME, "en", "fr", order_id=order_id, now=now)
        tp.import_file(s, project.id, _source_file(Path(tmp)), now=now)
        for source, target in MEMORY.items():
            memory.add_unit(s, "en", "fr", source, target, origin="tmx:studio.tmx", now=now)
        for source, target, required in GLOSSARY:
            glossary.add_term(s, "en", "fr", source, target, required=required, now=now)
        project_id = project.id

    def translate(texts: list[str]) -> list[str]:
        return [MACHINE.get(" ".join(t.split()), "") for t in texts]

    pretranslate(store, project_id, translate, now=lambda: now)
    with store.transaction() as s:
        first = None
        for seg in tp.segments(s, project_id):
            key = " ".join(seg.source.split())
            first = first or seg.id
            if key in CONFIRMED:
                tp.confirm(s, seg.id, CONFIRMED[key], now=now)
            elif key in EDITED:
                tp.set_target(s, seg.id, EDITED[key], now=now)
    assert first is not None
    return project_id, first

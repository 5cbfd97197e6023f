"""Brainstorm boards: a brief, its generation rounds and its idea cards.

A board belongs to an order (its brief prefilled from the order's) or stands alone. Each
generation is a ``BrainstormRound`` with its settings and every raw answer of the model; each
card a ``BrainstormIdea`` holding its structured fields as JSON text (``data``: title,
concept, palette, typography, layout, imagery, mood, rationale — the shape of
``assistants.brainstorm.Idea.to_dict``), or, when the model's answer could not be read, that
answer as ``raw_text``. Cards are pinned, discarded (and restored), edited by hand, annotated;
a variation names its parent, a combination its two parents. Nothing here knows about models:
``data`` is stored as given (a JSON object).

Exports of a board are attached to its order as a file deliverable (``attach_export``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import (
    BrainstormBoard,
    BrainstormIdea,
    BrainstormRound,
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    Order,
    Origin,
    utcnow,
)

TITLE_MAX = 300
NOTES_MAX = 4000
KINDS = ("ideas", "vary", "combine")


# --- boards ---------------------------------------------------------------------------------


def _order(s: Session, order_id: int) -> Order:
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    return order


def _brief(brief: str) -> str:
    brief = (brief or "").strip()
    if not brief:
        raise ValidationError("brief", "Describe the brief before asking for ideas.")
    return brief


def _board_title(title: str | None, brief: str, order: Order | None) -> str:
    title = (title or "").strip()
    if not title:
        title = order.title if order is not None else brief.splitlines()[0]
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX - 1].rstrip() + "…"
    return title


def create_board(
    s: Session, brief: str, *, order_id: int | None = None, title: str | None = None,
    audience: str = "", style: str = "", constraints: str = "", now: datetime | None = None,
) -> BrainstormBoard:
    """A new board (the title defaults to the order's title, else the brief's first line)."""
    brief = _brief(brief)
    order = _order(s, order_id) if order_id is not None else None
    now = now or utcnow()
    board = BrainstormBoard(
        order_id=order_id, title=_board_title(title, brief, order), brief=brief,
        audience=(audience or "").strip(), style=(style or "").strip(),
        constraints=(constraints or "").strip(), created_at=now, updated_at=now)
    s.add(board)
    s.flush()
    return board


def get_board(s: Session, board_id: int) -> BrainstormBoard:
    board = s.get(BrainstormBoard, board_id)
    if board is None:
        raise ValidationError("board", "This brainstorm board does not exist any more.")
    return board


def list_boards(s: Session, *, order_id: int | None = None, limit: int = 200
                ) -> list[BrainstormBoard]:
    """Boards, most recently changed first (those of one order, or all)."""
    query = select(BrainstormBoard)
    if order_id is not None:
        query = query.where(BrainstormBoard.order_id == order_id)
    return list(s.scalars(query.order_by(BrainstormBoard.updated_at.desc(),
                                         BrainstormBoard.id.desc()).limit(limit)))


@dataclass(frozen=True)
class OrderBrief:
    id: int
    title: str
    brief: str  # the order's brief, else its title: what a new board starts from


def order_brief(s: Session, order_id: int) -> OrderBrief | None:
    """What a board for this order starts from; None when there is no such order."""
    order = s.get(Order, order_id)
    if order is None:
        return None
    return OrderBrief(order.id, order.title, order.brief or order.title)


def latest_board(s: Session, order_id: int | None = None) -> BrainstormBoard | None:
    boards = list_boards(s, order_id=order_id, limit=1)
    return boards[0] if boards else None


def update_board(
    s: Session, board_id: int, *, brief: str | None = None, audience: str | None = None,
    style: str | None = None, constraints: str | None = None, title: str | None = None,
    now: datetime | None = None,
) -> BrainstormBoard:
    """Change the brief and its settings (what the next generation asks for)."""
    board = get_board(s, board_id)
    if brief is not None:
        board.brief = _brief(brief)
    if audience is not None:
        board.audience = audience.strip()
    if style is not None:
        board.style = style.strip()
    if constraints is not None:
        board.constraints = constraints.strip()
    if title is not None:
        board.title = _board_title(title, board.brief, board.order)
    board.updated_at = now or utcnow()
    return board


def delete_board(s: Session, board_id: int) -> None:
    s.delete(get_board(s, board_id))
    s.flush()


def _touch(board: BrainstormBoard, now: datetime | None) -> None:
    board.updated_at = now or utcnow()


# --- rounds ---------------------------------------------------------------------------------


def add_round(
    s: Session, board_id: int, *, kind: str = "ideas", model: str = "",
    temperature: float | str | None = None, seed: int | None = None, requested: int = 0,
    dropped: int = 0, raw_output: str = "", stopped: bool = False,
    now: datetime | None = None,
) -> BrainstormRound:
    """Record one generation with its settings and the model's raw answers."""
    board = get_board(s, board_id)
    if kind not in KINDS:
        raise ValueError(f"unknown round kind {kind!r}")
    temp = "" if temperature is None else (
        temperature if isinstance(temperature, str) else f"{temperature:g}")
    rnd = BrainstormRound(
        board_id=board.id, kind=kind, model=(model or "")[:300], temperature=temp[:16],
        seed=seed, requested=max(0, requested), dropped=max(0, dropped),
        raw_output=raw_output or "", stopped=stopped, created_at=now or utcnow())
    s.add(rnd)
    _touch(board, now)
    s.flush()
    return rnd


def list_rounds(s: Session, board_id: int) -> list[BrainstormRound]:
    """The board's history, oldest first."""
    return list(s.scalars(select(BrainstormRound).where(BrainstormRound.board_id == board_id)
                          .order_by(BrainstormRound.id)))


@dataclass(frozen=True)
class RoundSummary:
    """A line of the board's history."""

    id: int
    kind: str
    model: str
    temperature: str
    seed: int | None
    created_at: datetime
    cards: int  # cards the round made, discarded ones included
    dropped: int
    stopped: bool


def round_history(s: Session, board_id: int) -> list[RoundSummary]:
    """The board's rounds, newest first, each with how many cards it made."""
    counts: dict[int, int] = {
        round_id: n for round_id, n in s.execute(
            select(BrainstormIdea.round_id, func.count())
            .where(BrainstormIdea.board_id == board_id, BrainstormIdea.round_id.is_not(None))
            .group_by(BrainstormIdea.round_id))}
    return [RoundSummary(r.id, r.kind, r.model, r.temperature, r.seed, r.created_at,
                         counts.get(r.id, 0), r.dropped, r.stopped)
            for r in reversed(list_rounds(s, board_id))]


def round_answers(s: Session, round_id: int) -> list[dict[str, Any]]:
    """A round's answers (``round_outputs``); [] when the round is gone."""
    rnd = s.get(BrainstormRound, round_id)
    return round_outputs(rnd) if rnd is not None else []


def round_outputs(rnd: BrainstormRound) -> list[dict[str, Any]]:
    """The round's answers as [{purpose, seed, text}] (a plain text is one answer)."""
    if not rnd.raw_output:
        return []
    try:
        value = json.loads(rnd.raw_output)
    except ValueError:
        return [{"purpose": "ideas", "seed": rnd.seed, "text": rnd.raw_output}]
    return value if isinstance(value, list) else []


# --- ideas ------------------------------------------------------------------------------------


def _data_text(data: Mapping[str, Any]) -> tuple[str, str]:
    if not isinstance(data, Mapping):
        raise ValidationError("data", "An idea's fields must be a JSON object.")
    title = str(data.get("title") or "").strip()
    if not title:
        raise ValidationError("title", "An idea needs a title.")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    return title, json.dumps(dict(data), ensure_ascii=False)


def _parents(s: Session, board_id: int, parent_ids: Sequence[int]) -> str:
    for pid in parent_ids:
        parent = s.get(BrainstormIdea, pid)
        if parent is None or parent.board_id != board_id:
            raise ValidationError("parents", "An idea can only come from ideas of its board.")
    return ",".join(str(p) for p in parent_ids)


def add_idea(
    s: Session, board_id: int, data: Mapping[str, Any] | None = None, *, raw_text: str = "",
    round_id: int | None = None, parent_ids: Sequence[int] = (), now: datetime | None = None,
) -> BrainstormIdea:
    """A card from structured ``data``, or a raw card holding ``raw_text`` when data is None."""
    board = get_board(s, board_id)
    if data is None:
        if not (raw_text or "").strip():
            raise ValidationError("raw_text", "There is no text to keep on this card.")
        title, data_text = "", ""
    else:
        title, data_text = _data_text(data)
    now = now or utcnow()
    idea = BrainstormIdea(
        board_id=board.id, round_id=round_id, title=title, data=data_text,
        raw_text=raw_text or "", parent_ids=_parents(s, board.id, parent_ids),
        created_at=now, updated_at=now)
    s.add(idea)
    _touch(board, now)
    s.flush()
    return idea


def get_idea(s: Session, idea_id: int) -> BrainstormIdea:
    idea = s.get(BrainstormIdea, idea_id)
    if idea is None:
        raise ValidationError("idea", "This idea does not exist any more.")
    return idea


def idea_data(idea: BrainstormIdea) -> dict[str, Any] | None:
    """The card's structured fields, or None for a raw card."""
    if not idea.data:
        return None
    try:
        value = json.loads(idea.data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def parent_ids(idea: BrainstormIdea) -> list[int]:
    return [int(p) for p in idea.parent_ids.split(",") if p.strip().isdigit()]


def list_ideas(s: Session, board_id: int, *, include_discarded: bool = False,
               pinned_only: bool = False) -> list[BrainstormIdea]:
    """The board's cards in the order they came (pinned first when ``pinned_only``)."""
    query = select(BrainstormIdea).where(BrainstormIdea.board_id == board_id)
    if not include_discarded:
        query = query.where(BrainstormIdea.discarded.is_(False))
    if pinned_only:
        query = query.where(BrainstormIdea.pinned.is_(True))
    return list(s.scalars(query.order_by(BrainstormIdea.id)))


def count_ideas(s: Session, board_id: int) -> dict[str, int]:
    """{'shown', 'pinned', 'discarded'} for a board."""
    rows = s.execute(select(BrainstormIdea.discarded, BrainstormIdea.pinned, func.count())
                     .where(BrainstormIdea.board_id == board_id)
                     .group_by(BrainstormIdea.discarded, BrainstormIdea.pinned)).all()
    counts = {"shown": 0, "pinned": 0, "discarded": 0}
    for discarded, pinned, n in rows:
        if discarded:
            counts["discarded"] += n
        else:
            counts["shown"] += n
            if pinned:
                counts["pinned"] += n
    return counts


def set_pinned(s: Session, idea_id: int, pinned: bool, *, now: datetime | None = None
               ) -> BrainstormIdea:
    idea = get_idea(s, idea_id)
    idea.pinned = bool(pinned)
    if pinned:
        idea.discarded = False
    idea.updated_at = now or utcnow()
    return idea


def set_discarded(s: Session, idea_id: int, discarded: bool, *, now: datetime | None = None
                  ) -> BrainstormIdea:
    """Discard a card (it leaves the board, unpinned) or bring it back."""
    idea = get_idea(s, idea_id)
    idea.discarded = bool(discarded)
    if discarded:
        idea.pinned = False
    idea.updated_at = now or utcnow()
    return idea


def set_notes(s: Session, idea_id: int, notes: str, *, now: datetime | None = None
              ) -> BrainstormIdea:
    idea = get_idea(s, idea_id)
    notes = (notes or "").strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError("notes", "Notes are too long (4000 characters at most).")
    idea.notes = notes
    idea.updated_at = now or utcnow()
    return idea


def edit_idea(s: Session, idea_id: int, data: Mapping[str, Any], *,
              now: datetime | None = None) -> BrainstormIdea:
    """Replace the card's fields with the person's (a raw card becomes a structured one);
    the card is marked edited by hand. The raw text, if any, is kept."""
    idea = get_idea(s, idea_id)
    idea.title, idea.data = _data_text(data)
    idea.edited = True
    idea.updated_at = now or utcnow()
    return idea


def add_variation(s: Session, parent_id: int, data: Mapping[str, Any], *,
                  round_id: int | None = None, now: datetime | None = None) -> BrainstormIdea:
    """A new card "more like" ``parent_id``."""
    parent = get_idea(s, parent_id)
    return add_idea(s, parent.board_id, data, round_id=round_id, parent_ids=[parent.id],
                    now=now)


def add_combination(s: Session, first_id: int, second_id: int, data: Mapping[str, Any], *,
                    round_id: int | None = None, now: datetime | None = None
                    ) -> BrainstormIdea:
    """A new card combining two cards of the same board."""
    first, second = get_idea(s, first_id), get_idea(s, second_id)
    if first.id == second.id or first.board_id != second.board_id:
        raise ValidationError("parents", "Choose two different ideas of the same board.")
    return add_idea(s, first.board_id, data, round_id=round_id,
                    parent_ids=[first.id, second.id], now=now)


# --- exports --------------------------------------------------------------------------------


def attach_export(
    s: Session, board_id: int, path: str, *, order_id: int | None = None,
    title: str | None = None, models: Sequence[str] = (), note: str = "",
    now: datetime | None = None,
) -> Deliverable:
    """Attach an exported board (PDF or Markdown file) to the order as a file deliverable:
    one deliverable per board and format, each export a new version."""
    board = get_board(s, board_id)
    order_id = order_id if order_id is not None else board.order_id
    if order_id is None:
        raise ValidationError("order", "This board is not linked to an order.")
    _order(s, order_id)
    if not (path or "").strip():
        raise ValidationError("path", "Choose the file to attach.")
    suffix = path.rsplit(".", 1)[-1].upper() if "." in path else ""
    title = (title or f"Brainstorm — {board.title}" + (f" ({suffix})" if suffix else ""))
    title = title[:TITLE_MAX]
    now = now or utcnow()
    deliverable = s.scalar(select(Deliverable).where(
        Deliverable.order_id == order_id, Deliverable.kind == DeliverableKind.FILE,
        Deliverable.title == title))
    if deliverable is None:
        deliverable = Deliverable(order_id=order_id, kind=DeliverableKind.FILE, title=title,
                                  created_at=now)
        s.add(deliverable)
        s.flush()
    model_id = ", ".join(dict.fromkeys(m for m in models if m))[:300] or None
    s.add(DeliverableVersion(
        deliverable_id=deliverable.id, created_at=now,
        origin=Origin.AI if model_id else Origin.HUMAN, model_id=model_id, file_path=path,
        note=note or f"brainstorm board #{board.id}"))
    s.flush()
    return deliverable


def board_models(s: Session, board_id: int) -> list[str]:
    """The models that wrote the board's rounds, first used first."""
    names = s.scalars(select(BrainstormRound.model).where(BrainstormRound.board_id == board_id)
                      .order_by(BrainstormRound.id))
    return list(dict.fromkeys(n for n in names if n))

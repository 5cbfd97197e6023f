"""What may leave the machine: clients kept on this computer, and the log of what was sent.

A client marked "keep on this computer" (``Client.keep_local``) never has anything sent to an
inference server: their orders, the drafts, brainstorm boards and translation projects of
those orders. ``check_may_send`` is asked before every request to a server and refuses,
naming the client; ``record_sent`` writes one line of the log (date, task, engine, characters
sent), never the content.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import (
    BrainstormBoard,
    Client,
    Deliverable,
    EngineRow,
    Order,
    SentRecord,
    TranslationProject,
)


class KeptLocal(ValidationError):
    """The text belongs to a client kept on this computer: nothing is sent."""

    def __init__(self, client: str, engine: str) -> None:
        super().__init__("engine", Phrase(
            "{client} is kept on this computer: nothing of theirs is sent to the engine "
            "“{engine}”. Use a local model for this work, or change the client's privacy "
            "setting.", client=client, engine=engine))
        self.client = client


def order_of(s: Session, *, order_id: int | None = None, draft_id: int | None = None,
             board_id: int | None = None, project_id: int | None = None) -> int | None:
    """The order a piece of work belongs to, if any."""
    if order_id is not None:
        return order_id
    if draft_id is not None:
        return s.scalar(select(Deliverable.order_id).where(Deliverable.id == draft_id))
    if board_id is not None:
        return s.scalar(select(BrainstormBoard.order_id).where(BrainstormBoard.id == board_id))
    if project_id is not None:
        return s.scalar(select(TranslationProject.order_id)
                        .where(TranslationProject.id == project_id))
    return None


def kept_local_client(s: Session, *, client_id: int | None = None, **work: int | None
                      ) -> str | None:
    """The name of the client kept on this computer that the work belongs to, or None."""
    if client_id is None:
        order_id = order_of(s, **work)
        if order_id is None:
            return None
        client_id = s.scalar(select(Order.client_id).where(Order.id == order_id))
    if client_id is None:
        return None
    row = s.execute(select(Client.name, Client.keep_local).where(Client.id == client_id)).first()
    return row.name if row is not None and row.keep_local else None


def check_may_send(s: Session, engine: str, *, client_id: int | None = None,
                   **work: int | None) -> None:
    """Raise ``KeptLocal`` when the work belongs to a client kept on this computer."""
    client = kept_local_client(s, client_id=client_id, **work)
    if client is not None:
        raise KeptLocal(client, engine)


def set_keep_local(s: Session, client_id: int, keep: bool) -> None:
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("client", Phrase("There is no client #{id}.", id=client_id))
    client.keep_local = bool(keep)


def record_sent(s: Session, *, task: str, engine: EngineRow, model: str, characters: int,
                at: datetime) -> SentRecord:
    row = SentRecord(at=at, task=task[:32], engine=engine.name, base_url=engine.base_url,
                     model=(model or "")[:200], characters=max(0, int(characters)))
    s.add(row)
    s.flush()
    return row


def sent_log(s: Session, limit: int = 500) -> list[SentRecord]:
    """The latest requests sent, newest first."""
    return list(s.scalars(select(SentRecord).order_by(SentRecord.at.desc(), SentRecord.id.desc())
                          .limit(limit)))

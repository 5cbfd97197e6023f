"""Drafts: a text deliverable, its versions (every model draft, every save by the person),
and an autosave slot that keeps the editor's text across a crash.

A draft is a ``Deliverable`` of kind text, for an order or on its own. Its versions are
``DeliverableVersion`` rows with their origin (``ai`` with the model's name, or ``human``),
never changed once written. The autosave slot is one ``DraftAutosave`` row per draft,
overwritten: an editor writes its text there every ``AUTOSAVE_INTERVAL_S`` seconds while it
has changes, and on close, each time in its own committed transaction::

    with store.transaction() as s:
        drafts.autosave(s, draft_id, editor_text, now=clock.now())

Each write is one small upsert, committed with SQLite's WAL and ``synchronous = FULL`` (see
storage.db): once it returns, a kill of the app or of the machine keeps it. When the draft is
opened again, ``recover`` returns the autosaved text if it is newer than the last version
(nothing was recorded after it and it differs), so the person gets back text at most one
interval (plus one write) old.

Save the person's edits (``record_save``) before a generation replaces the editor's text: an
autosave older than the latest version is considered stale.

Each version and the autosave keep who wrote each character (``storage.provenance.Authorship``,
as compact JSON), so the share the person wrote is exact when a draft is opened again or put
back. Versions written before that was kept get it from the word diff with the newest model
version before them (``version_authorship``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.orders import transition
from storage.phrases import Phrase
from storage.provenance import (
    HUMAN,
    MODEL,
    Authorship,
    Provenance,
    count_words,
    provenance,
)
from storage.tables import (
    Client,
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    DraftAutosave,
    Order,
    OrderStatus,
    Origin,
    utcnow,
)

AUTOSAVE_INTERVAL_S = 2.0
"""How often an editor with changes should call ``autosave``: with one write taking a few
milliseconds, text recovered after a crash is at most about this old (well under 5 s)."""
TITLE_MAX = 300
WORDS_PER_MINUTE = 230


# --- drafts ------------------------------------------------------------------------------------


def _title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError("title", "A draft needs a title.")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    return title


def _order(s: Session, order_id: int) -> Order:
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    return order


def create_draft(
    s: Session, title: str, *, order_id: int | None = None, now: datetime | None = None
) -> Deliverable:
    """A new, empty text draft, for an order or on its own."""
    title = _title(title)
    if order_id is not None:
        _order(s, order_id)
    draft = Deliverable(order_id=order_id, kind=DeliverableKind.TEXT, title=title,
                        created_at=now or utcnow())
    s.add(draft)
    s.flush()
    return draft


def get_draft(s: Session, draft_id: int) -> Deliverable:
    draft = s.get(Deliverable, draft_id)
    if draft is None or draft.kind is not DeliverableKind.TEXT:
        raise ValidationError("draft", "This draft does not exist any more.")
    return draft


def list_drafts(s: Session, *, order_id: int | None = None, limit: int = 100) -> list[Deliverable]:
    """Text drafts, newest first: those of one order, or all of them."""
    query = select(Deliverable).where(Deliverable.kind == DeliverableKind.TEXT)
    if order_id is not None:
        query = query.where(Deliverable.order_id == order_id)
    return list(s.scalars(query.order_by(Deliverable.created_at.desc(), Deliverable.id.desc())
                          .limit(limit)))


def rename_draft(s: Session, draft_id: int, title: str) -> Deliverable:
    draft = get_draft(s, draft_id)
    draft.title = _title(title)
    return draft


def attach_to_order(s: Session, draft_id: int, order_id: int | None) -> Deliverable:
    """Attach a draft to an order as its deliverable (or detach it with None)."""
    draft = get_draft(s, draft_id)
    if order_id is not None:
        _order(s, order_id)
    # The column, not the relationship: taking a draft out of Order.deliverables would make
    # it an orphan, which that relationship deletes.
    draft.order_id = order_id
    s.flush()
    s.expire(draft, ["order"])
    return draft


def order_choices(s: Session, *, limit: int = 1000) -> list[tuple[int, str, str]]:
    """(id, title, client's name) of the orders a draft can be attached to, the newest
    received first."""
    rows = s.execute(select(Order.id, Order.title, Client.name)
                     .join(Client, Order.client_id == Client.id)
                     .order_by(Order.received_at.desc(), Order.id.desc()).limit(limit))
    return [(oid, title, name) for oid, title, name in rows]


def reusable_draft(s: Session, order_id: int) -> int | None:
    """A draft of the order with no text yet (no version, no autosave), to open instead of
    making another empty one; None when there is none."""
    for d in list_drafts(s, order_id=order_id):
        if latest_version(s, d.id) is None and recover(s, d.id) is None:
            return d.id
    return None


def latest_file(s: Session, deliverable_id: int) -> str | None:
    """The path of a file deliverable's latest version (a board's PDF…), None if it has none."""
    return s.scalar(
        select(DeliverableVersion.file_path)
        .where(DeliverableVersion.deliverable_id == deliverable_id,
               DeliverableVersion.file_path.is_not(None))
        .order_by(DeliverableVersion.id.desc()).limit(1))


def delete_draft(s: Session, draft_id: int) -> None:
    """Delete a draft with its versions and autosave."""
    s.delete(get_draft(s, draft_id))
    s.flush()


def mark_delivered(s: Session, draft_id: int, *, at: datetime | None = None) -> Deliverable:
    """Note the draft as delivered and move its order to "delivered" through the order state
    machine (TransitionError when the order cannot go there; nothing is written then)."""
    draft = get_draft(s, draft_id)
    if draft.order is None:
        raise ValidationError(
            "order", "Attach this draft to an order before marking it delivered.")
    if latest_version(s, draft_id) is None:
        raise ValidationError("draft", "Save the text before marking it delivered.")
    at = at or utcnow()
    if draft.order.status is not OrderStatus.DELIVERED:
        transition(s, draft.order, OrderStatus.DELIVERED, at=at)
    draft.delivered_at = at
    return draft


# --- versions ---------------------------------------------------------------------------------


def _authorship_json(text: str, authorship: Authorship | None) -> str | None:
    """What to store for ``text``: None when unknown; an authorship for another text (a bug
    in the caller) is not stored rather than stored wrong."""
    if authorship is None or len(authorship) != len(text):
        return None
    return authorship.to_json()


def _add_version(s: Session, draft_id: int, text: str, origin: Origin, model_id: str | None,
                 note: str, now: datetime | None,
                 authorship: Authorship | None = None) -> DeliverableVersion:
    version = DeliverableVersion(deliverable_id=draft_id, origin=origin, model_id=model_id,
                                 text=text, note=note, created_at=now or utcnow(),
                                 authorship=_authorship_json(text, authorship))
    s.add(version)
    s.flush()
    return version


def record_model_version(
    s: Session, draft_id: int, text: str, model_id: str, *, note: str = "",
    now: datetime | None = None, authorship: Authorship | None = None,
) -> DeliverableVersion:
    """Keep what a model wrote (origin ``ai``, with the model's name). ``authorship``: who
    wrote each character (a rewrite leaves the person's text around the model's); by default
    the model wrote all of it."""
    get_draft(s, draft_id)
    if not (model_id or "").strip():
        raise ValidationError("model_id", "Name the model that wrote this draft.")
    if not (text or "").strip():
        raise ValidationError("text", "The model wrote nothing: there is no draft to keep.")
    if authorship is None:
        authorship = Authorship.of(len(text), MODEL)
    return _add_version(s, draft_id, text, Origin.AI, model_id.strip(), note, now, authorship)


def record_save(
    s: Session, draft_id: int, text: str, *, note: str = "", now: datetime | None = None,
    authorship: Authorship | None = None,
) -> DeliverableVersion:
    """Keep the person's text (origin ``human``) with who wrote each character (None:
    unknown). When the latest version has this text and authorship already, nothing is
    written and that version is returned."""
    get_draft(s, draft_id)
    text = text or ""
    latest = latest_version(s, draft_id)
    if latest is not None and latest.text == text and (
            authorship is None or version_authorship(s, latest) == authorship):
        return latest
    return _add_version(s, draft_id, text, Origin.HUMAN, None, note, now, authorship)


def list_versions(s: Session, draft_id: int) -> list[DeliverableVersion]:
    """Every version, oldest first."""
    get_draft(s, draft_id)
    return list(s.scalars(select(DeliverableVersion)
                          .where(DeliverableVersion.deliverable_id == draft_id)
                          .order_by(DeliverableVersion.id)))


def latest_version(s: Session, draft_id: int, origin: Origin | None = None
                   ) -> DeliverableVersion | None:
    """The newest version (of ``origin``, if given), or None."""
    query = select(DeliverableVersion).where(DeliverableVersion.deliverable_id == draft_id)
    if origin is not None:
        query = query.where(DeliverableVersion.origin == origin)
    return s.scalar(query.order_by(DeliverableVersion.id.desc()).limit(1))


def latest_text(s: Session, draft_id: int) -> str:
    """The newest version's text ("" for a draft with no version yet)."""
    version = latest_version(s, draft_id)
    return (version.text or "") if version else ""


def open_text(s: Session, draft_id: int) -> str:
    """What an editor opening the draft should show: the autosaved text when it is newer
    than the last version (after a crash), otherwise the last version's text."""
    recovered = recover(s, draft_id)
    return recovered.text if recovered else latest_text(s, draft_id)


@dataclass(frozen=True)
class Opened:
    """What an editor opening a draft shows, with who wrote each character."""

    text: str
    authorship: Authorship
    recovered: Recovered | None
    """The autosave a crash left behind, when the text comes from it."""


def open_draft(s: Session, draft_id: int) -> Opened:
    """``open_text`` with its authorship: the autosave's (or, when it kept none, the word
    diff with the model's latest draft, or all the person's), else the last version's."""
    get_draft(s, draft_id)
    recovered = recover(s, draft_id)
    if recovered is not None:
        authorship = recovered.authorship
        if authorship is None:
            model = latest_version(s, draft_id, Origin.AI)
            authorship = (Authorship.from_diff(model.text or "", recovered.text) if model
                          else Authorship.of(len(recovered.text), HUMAN))
        return Opened(recovered.text, authorship, recovered)
    latest = latest_version(s, draft_id)
    if latest is None:
        return Opened("", Authorship(), None)
    return Opened(latest.text or "", version_authorship(s, latest), None)


def version_authorship(s: Session, version: DeliverableVersion) -> Authorship:
    """Who wrote each character of a version: as stored; for a version written before that
    was kept, a model's version is the model's, and the person's is compared word by word
    with the newest model version before it (all theirs when there is none)."""
    text = version.text or ""
    stored = Authorship.from_json(version.authorship, len(text))
    if stored is not None:
        return stored
    if version.origin is Origin.AI:
        return Authorship.of(len(text), MODEL)
    model = s.scalar(select(DeliverableVersion)
                     .where(DeliverableVersion.deliverable_id == version.deliverable_id,
                            DeliverableVersion.origin == Origin.AI,
                            DeliverableVersion.id < version.id)
                     .order_by(DeliverableVersion.id.desc()).limit(1))
    if model is None:
        return Authorship.of(len(text), HUMAN)
    return Authorship.from_diff(model.text or "", text)


def draft_provenance(s: Session, draft_id: int, text: str | None = None,
                     authorship: Authorship | None = None) -> Provenance | None:
    """The person's share of a draft's text, None when no model wrote a version of it.

    Without ``text``: the latest version's, from the authorship it was saved with (word by
    word against the model's latest draft for a version saved before authorship was kept).
    With ``text`` and its ``authorship``: from that authorship; with ``text`` alone, word by
    word against the model's latest draft."""
    model = latest_version(s, draft_id, Origin.AI)
    if model is None:
        return None
    if text is None:
        latest = latest_version(s, draft_id)
        assert latest is not None
        text = latest.text or ""
        authorship = Authorship.from_json(latest.authorship, len(text))
    if authorship is not None and len(authorship) == len(text):
        return authorship.share(text, model.model_id)
    return provenance(model.text or "", text, model.model_id)


# --- autosave ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    text: str
    saved_at: datetime
    authorship: Authorship | None = None
    """Who wrote each character, when the autosave kept it."""


def autosave(s: Session, draft_id: int, text: str, *, now: datetime | None = None,
             authorship: Authorship | None = None) -> None:
    """Overwrite the draft's autosave slot with the editor's text and who wrote it (one
    upsert). Call it in a transaction of its own so that it is committed at once."""
    get_draft(s, draft_id)
    latest_id = (select(func.max(DeliverableVersion.id))
                 .where(DeliverableVersion.deliverable_id == draft_id).scalar_subquery())
    saved_at = now or utcnow()
    text = text or ""
    stmt = insert(DraftAutosave).values(
        deliverable_id=draft_id, text=text, saved_at=saved_at, base_version_id=latest_id,
        authorship=_authorship_json(text, authorship))
    s.execute(stmt.on_conflict_do_update(
        index_elements=[DraftAutosave.deliverable_id],
        set_={"text": stmt.excluded.text, "saved_at": stmt.excluded.saved_at,
              "base_version_id": stmt.excluded.base_version_id,
              "authorship": stmt.excluded.authorship}))


def recover(s: Session, draft_id: int) -> Recovered | None:
    """The autosaved text when it holds something no version has: no version was recorded
    after it and its text differs from the latest version's. None otherwise."""
    row = s.get(DraftAutosave, draft_id, populate_existing=True)
    if row is None:
        return None
    latest = latest_version(s, draft_id)
    authorship = Authorship.from_json(row.authorship, len(row.text))
    if latest is None:
        return Recovered(row.text, row.saved_at, authorship) if row.text.strip() else None
    if row.base_version_id != latest.id or row.text == latest.text:
        return None
    return Recovered(row.text, row.saved_at, authorship)


def discard_autosave(s: Session, draft_id: int) -> None:
    s.execute(delete(DraftAutosave).where(DraftAutosave.deliverable_id == draft_id))


def drafts_to_recover(s: Session) -> list[int]:
    """Drafts whose autosave holds text that no version has (after a crash), by id."""
    ids = s.scalars(select(DraftAutosave.deliverable_id).order_by(DraftAutosave.deliverable_id))
    return [i for i in ids if recover(s, i) is not None]


# --- counts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int
    characters_no_spaces: int
    reading_minutes: float


def text_stats(text: str, *, words_per_minute: int = WORDS_PER_MINUTE) -> TextStats:
    """Word and character counts and reading time, for the editor's status line."""
    text = text or ""
    n = count_words(text)
    return TextStats(words=n, characters=len(text),
                     characters_no_spaces=sum(1 for c in text if not c.isspace()),
                     reading_minutes=n / words_per_minute)

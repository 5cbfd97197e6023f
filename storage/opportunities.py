"""The opportunity inbox: buyer requests, job posts and e-mails the person keeps, and what
became of each (a proposal sent, an order won, or lost with a reason). The one home of the
inbox's workflow: ``atelier inbox …`` and the Inbox page both call these functions.

- ``add`` cleans the pasted text (storage.cleantext), bounds its length, takes a title from
  its first meaningful line, and keeps its language (storage.language), the budget it states
  (storage.redflags.parse_budget) and the red flags found in it (storage.redflags.find_flags,
  a snapshot as JSON).
- ``mark_proposal_sent``, ``win`` (creates the order from the gig and package through
  storage.orders.create_order and links it), ``lose`` (a reason is required) and ``reopen``
  (a lost one back to new) check the status first: a won opportunity stays won.

Every refusal is a ValidationError whose field names what is wrong; nothing is written then.
No Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from storage.catalog import fold
from storage.cleantext import clean
from storage.errors import ValidationError
from storage.language import detect_language
from storage.match_shapes import GigMatch
from storage.orders import OrderFields, create_order
from storage.phrases import Phrase
from storage.redflags import find_flags, parse_budget
from storage.tables import (
    Client,
    Deliverable,
    Gig,
    GigPackage,
    Opportunity,
    OpportunityStatus,
    Order,
    Platform,
)

St = OpportunityStatus

#: The longest request kept (characters): a buyer's message, not a whole mailbox.
MAX_TEXT = 50_000
MAX_TITLE = 300
MAX_CLIENT_NAME = 200
MAX_REASON = 2_000

#: A match's best gig is kept as the request's gig (the win rates by gig count it) only from
#: this fit (storage.matching's score, 0..1) up; below, the request has no gig until the
#: person chooses one (proposal sent for a gig, Won…). On the demo with all-MiniLM-L6-v2 the
#: best gig of real requests fits 0.70–1.00 (logo 0.97, French SEO article 0.70, subtitles
#: 1.00, EN→FR translation 0.89) while a scam asking to pay outside Fiverr for a $5 free
#: sample fits its best guess at 0.27 (0.22 in the test report): 0.5 lies between.
GOOD_FIT = 0.5

# Where each status may go. Won is final: its order exists.
NEXT: dict[OpportunityStatus, tuple[OpportunityStatus, ...]] = {
    St.NEW: (St.PROPOSAL_SENT, St.WON, St.LOST),
    St.PROPOSAL_SENT: (St.PROPOSAL_SENT, St.WON, St.LOST),
    St.LOST: (St.NEW,),
    St.WON: (),
}

_MEANINGFUL = re.compile(r"\w")


@dataclass(frozen=True)
class FlagSnapshot:
    kind: str
    text: str


@dataclass(frozen=True)
class OpportunityRow:
    """An opportunity as the list shows it (plain data, safe to hand to another thread)."""

    id: int
    title: str
    status: str
    language: str
    platform: str
    client_name: str
    received_at: datetime
    order_id: int | None
    budget_minor: int | None
    currency: str | None
    flags: int


# --- reading the text -------------------------------------------------------------------------


def clean_request(text: str) -> str:
    """The request as it is kept: illegal characters out, line ends unified, outer blank
    space trimmed. Refused when empty or longer than MAX_TEXT characters."""
    if not isinstance(text, str):
        raise ValidationError("text", "Paste the request's text.")
    cleaned = clean(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not cleaned:
        raise ValidationError("text", "The request is empty: paste the buyer's message.")
    if len(cleaned) > MAX_TEXT:
        raise ValidationError("text", Phrase(
            "The request is too long ({length} characters, {limit} at most): keep the buyer's "
            "message only.", length=len(cleaned), limit=MAX_TEXT))
    return cleaned


def title_of(text: str) -> str:
    """The first line holding a letter or a digit, spaces collapsed, at most 300 characters."""
    for line in text.split("\n"):
        if _MEANINGFUL.search(line):
            title = " ".join(line.split())
            if len(title) > MAX_TITLE:
                title = title[:MAX_TITLE - 1].rstrip() + "…"
            return title
    return " ".join(text.split())[:MAX_TITLE]


FILE_SUFFIXES = (".txt", ".md", ".eml")
MAX_FILE_MB = 10


def text_of_file(path: Path | str) -> str:
    """The request held in a dropped or named file: a .txt or .md file's text (UTF-8), an
    e-mail's (.eml) subject and plain-text body. Refused in words (field "file")."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in FILE_SUFFIXES:
        raise ValidationError("file", Phrase(
            "{file} is not a text file: use a .txt, .md or .eml file, or paste the text.",
            file=name))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise ValidationError("file", Phrase(
                "{file} is larger than {limit} MB: paste the buyer's message instead.",
                file=name, limit=MAX_FILE_MB))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", Phrase("Atelier cannot read {file}: {error}", file=name,
                                             error=exc.strerror or str(exc))) from None
    if path.suffix.lower() == ".eml":
        return _email_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("file", Phrase(
            "{file} is not UTF-8 text: save it as UTF-8, or paste its text.", file=name)) from None


def _email_text(data: bytes) -> str:
    """An e-mail's subject and plain-text body (the HTML part's text when it has no plain
    one); attachments are left out."""
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(data)
    subject = str(message.get("subject", "") or "").strip()
    body = ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None:
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            body = part.get_payload(decode=True).decode("utf-8", "replace")
        if part.get_content_type() == "text/html":
            body = re.sub(r"<[^>]{0,2000}>", " ", body)
    return "\n".join(x for x in (subject, str(body).strip()) if x)


def _budget(text: str) -> tuple[int | None, str | None]:
    found = parse_budget(text)
    return (None, None) if found is None else (int(found[0]), str(found[1]))


def _flags(text: str, today: date) -> list[dict[str, str]]:
    return [{"kind": str(f.kind), "text": str(f.text)} for f in find_flags(text, today=today)]


def flags_of(opportunity: Opportunity) -> list[FlagSnapshot]:
    """The red flags kept when the opportunity was added."""
    try:
        data = json.loads(opportunity.flags or "[]")
    except ValueError:
        return []
    return [FlagSnapshot(str(f.get("kind", "")), str(f.get("text", "")))
            for f in data if isinstance(f, dict)]


# --- the workflow -----------------------------------------------------------------------------


def _aware(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None:
        raise ValidationError("now", "The date needs a time zone.")
    return now


def _client_name(name: str | None) -> str:
    name = " ".join(clean(name or "").split())
    if len(name) > MAX_CLIENT_NAME:
        raise ValidationError("client", "The name is too long (200 characters at most).")
    return name


def _gig_and_package(s: Session, gig_id: int | None,
                     package_id: int | None) -> tuple[Gig | None, GigPackage | None]:
    """The gig and package named by their ids, checked (the package must be the gig's)."""
    gig = None
    if gig_id is not None:
        gig = s.get(Gig, gig_id) if isinstance(gig_id, int) else None
        if gig is None:
            raise ValidationError("gig", Phrase("There is no gig #{id}.", id=gig_id))
    package = None
    if package_id is not None:
        package = s.get(GigPackage, package_id) if isinstance(package_id, int) else None
        if package is None:
            raise ValidationError("package", Phrase("There is no package #{id}.", id=package_id))
        if gig is not None and package.gig_id != gig.id:
            raise ValidationError("package", "This package belongs to another gig.")
    return gig, package


def gig_to_keep(gigs: Sequence[GigMatch]) -> tuple[int | None, int | None]:
    """The gig and package a matched request is kept for: the best-fitting one when its fit
    is at least GOOD_FIT, else (None, None) (a guess is not the person's choice)."""
    best = gigs[0] if gigs else None
    if best is None or best.score < GOOD_FIT:
        return None, None
    return best.gig_id, best.package_id


def add(s: Session, text: str, *, platform_id: int | None = None, client_name: str = "",
        gig_id: int | None = None, package_id: int | None = None,
        now: datetime) -> Opportunity:
    """Keep a pasted request in the inbox, status new. ``gig_id``/``package_id``: the gig
    it is for (the person's choice, or a match that fits well: gig_to_keep), counted in the
    win rates by gig; None: under "no gig" until one is chosen."""
    now = _aware(now)
    cleaned = clean_request(text)
    name = _client_name(client_name)
    if platform_id is not None and s.get(Platform, platform_id) is None:
        raise ValidationError("platform", "This platform does not exist any more.")
    gig, package = _gig_and_package(s, gig_id, package_id)
    budget, currency = _budget(cleaned)
    opportunity = Opportunity(
        title=title_of(cleaned), text=cleaned, language=detect_language(cleaned)[:8],
        platform_id=platform_id, client_name=name, budget_minor=budget, currency=currency,
        gig_id=gig.id if gig else (package.gig_id if package else None),
        package_id=package.id if package else None,
        status=St.NEW, flags=json.dumps(_flags(cleaned, now.date()), ensure_ascii=False),
        received_at=now, updated_at=now)
    s.add(opportunity)
    s.flush()
    return opportunity


def get(s: Session, opportunity_id: int) -> Opportunity:
    found = s.get(Opportunity, opportunity_id) if isinstance(opportunity_id, int) else None
    if found is None:
        raise ValidationError("opportunity", Phrase("There is no opportunity #{id}.",
                                                    id=opportunity_id))
    return found


def parse_status(text: str | OpportunityStatus) -> OpportunityStatus:
    key = str(text).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return OpportunityStatus(key)
    except ValueError:
        raise ValidationError("status", Phrase(
            "“{status}” is not a status: use new, proposal_sent, won or lost.",
            status=text)) from None


def list_opportunities(s: Session, status: OpportunityStatus | str | None = None
                       ) -> list[Opportunity]:
    """The kept opportunities, newest first; only those of ``status`` when given."""
    query = select(Opportunity).options(selectinload(Opportunity.platform))
    if status is not None and status != "":
        query = query.where(Opportunity.status == parse_status(status))
    query = query.order_by(Opportunity.received_at.desc(), Opportunity.id.desc())
    return list(s.scalars(query))


def rows(s: Session, status: OpportunityStatus | str | None = None) -> list[OpportunityRow]:
    return [OpportunityRow(
        id=o.id, title=o.title, status=o.status.value, language=o.language,
        platform=o.platform.name if o.platform is not None else "", client_name=o.client_name,
        received_at=o.received_at, order_id=o.order_id, budget_minor=o.budget_minor,
        currency=o.currency, flags=len(flags_of(o))) for o in list_opportunities(s, status)]


def _refusal(current: OpportunityStatus, target: OpportunityStatus, order: int | None) -> Phrase:
    if current is St.WON:
        if target is St.LOST:
            return Phrase("This opportunity was won (order #{order}): a won opportunity cannot "
                          "be lost; cancel the order instead.", order=order)
        if target is St.NEW:
            return Phrase("This opportunity was won (order #{order}): it cannot be reopened.",
                          order=order)
        return Phrase("This opportunity was won already (order #{order}).", order=order)
    if current is St.LOST:
        if target is St.LOST:
            return Phrase("This opportunity is already marked lost.")
        return Phrase("This opportunity was lost: reopen it first.")
    return Phrase("This opportunity is open already.")


def check_transition(opportunity: Opportunity, target: OpportunityStatus) -> None:
    """Refused (ValidationError on "status", in words) unless ``target`` follows."""
    if target in NEXT[opportunity.status]:
        return
    raise ValidationError("status", _refusal(opportunity.status, target, opportunity.order_id))


def mark_proposal_sent(s: Session, opportunity_id: int, proposal_id: int | None = None, *,
                       gig_id: int | None = None, package_id: int | None = None,
                       now: datetime | None = None) -> Opportunity:
    """The person sent a proposal (``proposal_id``: the deliverable holding its text), for
    ``gig_id``/``package_id`` when given (else the gig kept with the request stays)."""
    opportunity = get(s, opportunity_id)
    check_transition(opportunity, St.PROPOSAL_SENT)
    if proposal_id is not None and s.get(Deliverable, proposal_id) is None:
        raise ValidationError("proposal", Phrase("There is no proposal #{id}.", id=proposal_id))
    gig, package = _gig_and_package(s, gig_id, package_id)
    if gig is not None or package is not None:
        opportunity.gig_id = gig.id if gig else package.gig_id if package else None
        opportunity.package_id = package.id if package else None
    opportunity.status = St.PROPOSAL_SENT
    if proposal_id is not None:
        opportunity.proposal_id = proposal_id
    if now is not None:
        opportunity.updated_at = _aware(now)
    s.flush()
    return opportunity


def _client_for(s: Session, client_id: int | None, name: str,
                platform_id: int | None) -> tuple[Client | None, str]:
    """The order's client: the one of ``client_id``, else the one named ``name`` (case and
    accents aside), else (None, name) for a new client of that name."""
    if client_id is not None:
        client = s.get(Client, client_id)
        if client is None:
            raise ValidationError("client", Phrase("There is no client #{id}.", id=client_id))
        return client, client.name
    if not name:
        raise ValidationError("client", "Name the client (the buyer) of this order.")
    wanted = fold(name)
    same = [c for c in s.scalars(select(Client).order_by(Client.id)) if fold(c.name) == wanted]
    if platform_id is not None and len(same) > 1:
        same = [c for c in same if c.platform_id == platform_id] or same
    return (same[0] if same else None), name


def win(s: Session, opportunity_id: int, *, gig_id: int, package_id: int | None = None,
        client_id: int | None = None, client_name: str = "", now: datetime) -> Order:
    """The opportunity became an order: created from the gig and its package (price,
    currency, due date from the package's delivery days), the request as its brief, on the
    request's platform (else the gig's); linked, status won. Returns the order."""
    now = _aware(now)
    opportunity = get(s, opportunity_id)
    check_transition(opportunity, St.WON)
    if gig_id is None:
        raise ValidationError("gig", "Choose the gig the order is for.")
    gig, package = _gig_and_package(s, gig_id, package_id)
    assert gig is not None
    if package is None and len(gig.packages) == 1:
        package = gig.packages[0]
    if package is None and (opportunity.budget_minor is None or not opportunity.currency):
        raise ValidationError("package", Phrase(
            "Choose a package of “{gig}”: its price and delivery time make the order's.",
            gig=gig.title))
    platform_id = opportunity.platform_id or gig.platform_id
    if platform_id is None:
        platform_id = s.scalar(select(Platform.id).where(Platform.name == "Direct"))
        if platform_id is None:
            raise ValidationError("platform", "Choose the platform the order came from.")
    name = _client_name(client_name) or opportunity.client_name
    client, name = _client_for(s, client_id, name, platform_id)
    with s.begin_nested():  # a refusal below leaves no client nor order behind
        if client is None:
            client = Client(name=name, platform_id=platform_id)
            s.add(client)
            s.flush()
        order = create_order(s, OrderFields(
            client_id=client.id, platform_id=platform_id, title=gig.title[:MAX_TITLE],
            price_minor=package.price_minor if package else int(opportunity.budget_minor or 0),
            currency=package.currency if package else str(opportunity.currency),
            received_at=now, gig_id=gig.id, package_id=package.id if package else None,
            brief=opportunity.text, activity=gig.activity), now=now)
        opportunity.status = St.WON
        opportunity.order_id = order.id
        opportunity.gig_id = gig.id
        opportunity.package_id = package.id if package else None
        opportunity.client_name = client.name
        opportunity.platform_id = platform_id
        opportunity.updated_at = now
        s.flush()
    return order


def lose(s: Session, opportunity_id: int, reason: str, *,
         now: datetime | None = None) -> Opportunity:
    """The buyer chose someone else (or the person declined): kept with the reason."""
    opportunity = get(s, opportunity_id)
    check_transition(opportunity, St.LOST)
    reason = clean(reason or "").strip()
    if not reason:
        raise ValidationError("reason", "Say in a few words why it was lost (a price too "
                              "low, no answer, another seller chosen…).")
    if len(reason) > MAX_REASON:
        raise ValidationError("reason", Phrase("The reason is too long ({limit} characters "
                                               "at most).", limit=MAX_REASON))
    opportunity.status = St.LOST
    opportunity.lost_reason = reason
    if now is not None:
        opportunity.updated_at = _aware(now)
    s.flush()
    return opportunity


def reopen(s: Session, opportunity_id: int, *, now: datetime | None = None) -> Opportunity:
    """A lost opportunity back to new (the buyer came back); its reason is cleared."""
    opportunity = get(s, opportunity_id)
    check_transition(opportunity, St.NEW)
    opportunity.status = St.NEW
    opportunity.lost_reason = ""
    if now is not None:
        opportunity.updated_at = _aware(now)
    s.flush()
    return opportunity


__all__ = [
    "GOOD_FIT", "MAX_TEXT", "FlagSnapshot", "OpportunityRow", "add", "check_transition",
    "clean_request", "flags_of", "get", "gig_to_keep", "list_opportunities", "lose",
    "mark_proposal_sent", "parse_status", "reopen", "rows", "title_of", "win",
]

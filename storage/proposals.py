"""A proposal to edit for a buyer request of the inbox (issue 18, point 4): what the local
writing model is asked, and how its answer is kept. Atelier never sends a proposal anywhere:
the person edits it in the Draft page and copies it into the platform themselves.

One home for the Inbox page and ``atelier inbox propose`` (no Qt, no model here;
``assistants.proposals.prepare_proposal`` adds the model request):

- :func:`proposal_request` builds the prompt with the writing template ``inbox-proposal``
  (storage/data/templates.json, English and French, editable by the person like every
  template) from the request's text, the chosen gig and package (title, description, price,
  delivery days, revisions) and one or two similar past deliverables (their latest text,
  shortened). The proposal is written in the request's language; the instructions are in it
  when templates exist in it (French, English), else in the person's app language (an
  Arabic request gets French or English instructions asking for a text in Arabic).
- :func:`similar_past_work` picks those deliverables: the text deliverables of the similar
  orders the match found (``storage.matching.MatchResult.similar_orders``) when given, then
  those of the orders of the same gig that share the most words with the request.
- :func:`keep_proposal` keeps the model's text, cleaned where it enters (model text is
  untrusted, ``storage.cleantext``), as a model version of the opportunity's proposal draft
  (``storage.drafts``, no order, titled "Proposal — <request title>"), made the first time
  and linked as ``Opportunity.proposal_id``; a later proposal adds a version to the same
  draft, after saving as the person's version any text of theirs the autosave holds. The
  provenance figure then says how much of it the person wrote as they edit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import drafts
from storage.cleantext import clean_text
from storage.errors import ValidationError
from storage.money import format_money
from storage.phrases import Phrase
from storage.tables import (
    Client,
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    Gig,
    GigPackage,
    Opportunity,
    Order,
)
from storage.templates import (
    LANGUAGE_NAMES,
    SUPPORTED_LANGUAGES,
    get_template,
    language_name,
    render,
)

TEMPLATE = "inbox-proposal"
PAST_WORKS = 2  # similar deliverables shown to the model
PAST_WORK_CHARS = 600  # each shortened to about this many characters
REQUEST_CHARS = 4000  # the request as the model reads it (the store keeps it whole)
_CANDIDATES = 200  # the newest deliverables of the gig looked at for similar ones
_WORD = re.compile(r"\w{3,}")

# The draft's title, in the person's app language (data they can rename, not interface text).
_TITLE = {"en": "Proposal — {title}", "fr": "Proposition — {title}"}

# The package as the prompt gives it, in the prompt's language (prompt text).
_PACKAGE = {
    "en": {"tier": "“{tier}”", "days": ("delivered in {n} day", "delivered in {n} days"),
           "revisions": ("{n} revision included", "{n} revisions included"),
           "no_revision": "no revision included",
           "none": "no fixed package: agree on the price and the delivery time together"},
    "fr": {"tier": "« {tier} »", "days": ("livré en {n} jour", "livré en {n} jours"),
           "revisions": ("{n} retouche comprise", "{n} retouches comprises"),
           "no_revision": "aucune retouche comprise",
           "none": "pas de formule fixe : convenir ensemble du prix et du délai"},
}


@dataclass(frozen=True)
class PastWork:
    """A similar past deliverable the model is shown: its latest text, shortened."""

    deliverable_id: int
    order_id: int
    title: str
    text: str


@dataclass(frozen=True)
class ProposalRequest:
    """What to ask a writing model for a proposal, and where its answer goes."""

    opportunity_id: int
    gig_id: int
    package_id: int | None
    language: str  # the request's: the proposal is written in it ("" when unknown)
    prompt_language: str  # the instructions' ("fr" or "en")
    title: str  # the title of the draft that keeps the proposal
    values: dict[str, str] = field(default_factory=dict)
    messages: list[dict[str, str]] = field(default_factory=list)
    past_work: list[PastWork] = field(default_factory=list)


@dataclass(frozen=True)
class KeptProposal:
    """The proposal as kept: its draft, the text, the characters removed, and whether the
    draft was made now (False: a version added to the opportunity's draft)."""

    draft_id: int
    text: str
    removed: int
    created: bool


def _code(language: str) -> str:
    return re.split(r"[-_]", (language or "").strip().lower())[0]


def _ui(lang: str) -> str:
    code = _code(lang)
    return code if code in SUPPORTED_LANGUAGES else "en"


def proposal_languages(request_language: str, app_language: str) -> tuple[str, str]:
    """(the instructions' language, the proposal's language) for a request in
    ``request_language``: the instructions are in the request's language when templates exist
    in it (fr, en), else in ``app_language`` (fr or en); the proposal is in the request's
    language when Atelier knows it (an Arabic request: instructions in the app's language,
    proposal in Arabic), else in the instructions' language."""
    code = _code(request_language)
    prompt = code if code in SUPPORTED_LANGUAGES else _ui(app_language)
    return prompt, code if code in LANGUAGE_NAMES else prompt


def get_opportunity(s: Session, opportunity_id: int) -> Opportunity:
    found = s.get(Opportunity, opportunity_id) if isinstance(opportunity_id, int) else None
    if found is None:
        raise ValidationError("opportunity", Phrase("There is no opportunity #{id}.",
                                                    id=opportunity_id))
    return found


def _gig_and_package(s: Session, opportunity: Opportunity, gig_id: int | None,
                     package_id: int | None) -> tuple[Gig, GigPackage | None]:
    """The chosen gig (else the opportunity's) and package: the one given, else the
    opportunity's when it is of that gig, else the gig's only package; None when the gig has
    several and none was chosen, or none."""
    gig_id = gig_id if gig_id is not None else opportunity.gig_id
    if gig_id is None:
        raise ValidationError("gig", "Choose the gig the proposal offers.")
    gig = s.get(Gig, gig_id) if isinstance(gig_id, int) else None
    if gig is None:
        raise ValidationError("gig", Phrase("There is no gig #{id}.", id=gig_id))
    if package_id is not None:
        package = s.get(GigPackage, package_id) if isinstance(package_id, int) else None
        if package is None:
            raise ValidationError("package", Phrase("There is no package #{id}.", id=package_id))
        if package.gig_id != gig.id:
            raise ValidationError("package", "This package belongs to another gig.")
        return gig, package
    if opportunity.package_id is not None:
        package = s.get(GigPackage, opportunity.package_id)
        if package is not None and package.gig_id == gig.id:
            return gig, package
    return gig, gig.packages[0] if len(gig.packages) == 1 else None


def package_text(package: GigPackage | None, lang: str) -> str:
    """The package in the prompt's language: “Standard” — its description; 120,00 €;
    delivered in 3 days; 2 revisions included."""
    words = _PACKAGE[_ui(lang)]
    if package is None:
        return words["none"]
    parts = [words["tier"].format(tier=package.tier.strip())]
    description = " ".join(package.description.split())
    if description:
        parts[0] += f" — {description}"
    parts.append(format_money(package.price_minor, package.currency, _ui(lang)))
    days = package.delivery_days
    parts.append(words["days"][days != 1].format(n=days))
    revisions = package.revisions_included
    parts.append(words["revisions"][revisions != 1].format(n=revisions) if revisions
                 else words["no_revision"])
    return "; ".join(parts)


def shorten(text: str, limit: int = PAST_WORK_CHARS) -> str:
    """``text`` with its blanks collapsed, cut at a word boundary before ``limit`` characters
    (then ending with “…”)."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.") + "…"


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text or "")}


def _latest_texts(s: Session, query: object) -> list[tuple[int, int, str, str, str]]:
    """(deliverable id, order id, order title, deliverable title, latest text) of the text
    deliverables ``query`` selects (a select of Deliverable ids), with text."""
    latest = (select(DeliverableVersion.deliverable_id,
                     func.max(DeliverableVersion.id).label("vid"))
              .where(DeliverableVersion.text.is_not(None))
              .group_by(DeliverableVersion.deliverable_id).subquery())
    rows = s.execute(
        select(Deliverable.id, Order.id, Order.title, Deliverable.title, DeliverableVersion.text)
        .join(Order, Deliverable.order_id == Order.id)
        .join(latest, latest.c.deliverable_id == Deliverable.id)
        .join(DeliverableVersion, DeliverableVersion.id == latest.c.vid)
        .where(Deliverable.id.in_(query), Deliverable.kind == DeliverableKind.TEXT))
    return [(d, o, ot, dt, text) for d, o, ot, dt, text in rows if (text or "").strip()]


def similar_past_work(s: Session, request_text: str, gig_id: int, *,
                      similar_order_ids: Sequence[int] = (), limit: int = PAST_WORKS,
                      chars: int = PAST_WORK_CHARS,
                      for_server: bool = False) -> list[PastWork]:
    """Up to ``limit`` past text deliverables like the one asked for: first those of
    ``similar_order_ids`` (the match's similar orders, best first; one per order), then
    those of the orders of gig ``gig_id`` that share the most words with ``request_text``
    (the newest first among equals). Each keeps its latest text, shortened to ``chars``.
    ``for_server``: the prompt goes to an inference server, so the orders of clients kept on
    this computer are left out."""
    found: list[PastWork] = []
    seen_orders: set[int] = set()
    if for_server:  # never chosen, as if already taken
        seen_orders |= set(s.scalars(select(Order.id).join(
            Client, Order.client_id == Client.id).where(Client.keep_local)))
    wanted = [int(i) for i in similar_order_ids]
    if wanted:
        rows = _latest_texts(s, select(Deliverable.id).where(Deliverable.order_id.in_(wanted)))
        by_order: dict[int, tuple[int, int, str, str, str]] = {}
        for row in sorted(rows, key=lambda r: -r[0]):  # the newest deliverable of each order
            by_order.setdefault(row[1], row)
        for order_id in wanted:
            row = by_order.get(order_id)
            if row is not None and order_id not in seen_orders and len(found) < limit:
                seen_orders.add(order_id)
                found.append(PastWork(row[0], row[1], row[2] or row[3], shorten(row[4], chars)))
    if len(found) < limit:
        newest = (select(Deliverable.id).join(Order, Deliverable.order_id == Order.id)
                  .where(Order.gig_id == gig_id, Deliverable.kind == DeliverableKind.TEXT)
                  .order_by(Deliverable.id.desc()).limit(_CANDIDATES))
        asked = _words(request_text)
        rows = sorted(_latest_texts(s, newest),
                      key=lambda r: (-len(asked & _words(r[4])), -r[0]))
        for d_id, o_id, o_title, d_title, text in rows:
            if len(found) >= limit:
                break
            if o_id in seen_orders:
                continue
            seen_orders.add(o_id)
            found.append(PastWork(d_id, o_id, o_title or d_title, shorten(text, chars)))
    return found


def _past_work_text(works: Sequence[PastWork]) -> str:
    return "\n".join(f"- “{w.title}”: {w.text}" for w in works)


def proposal_request(s: Session, opportunity_id: int, *, gig_id: int | None = None,
                     package_id: int | None = None, lang: str = "en",
                     similar_order_ids: Sequence[int] = (),
                     for_server: bool = False) -> ProposalRequest:
    """The request for a proposal answering opportunity ``opportunity_id`` with gig
    ``gig_id`` (else the opportunity's) and package ``package_id`` (else the opportunity's,
    or the gig's only one); ``lang``: the person's app language (the instructions' when the
    request is in neither French nor English, and the draft title's); ``for_server``: no past
    work of a client kept on this computer (``similar_past_work``)."""
    opportunity = get_opportunity(s, opportunity_id)
    gig, package = _gig_and_package(s, opportunity, gig_id, package_id)
    prompt_lang, text_lang = proposal_languages(opportunity.language, lang)
    template = get_template(s, TEMPLATE, prompt_lang)
    works = similar_past_work(s, opportunity.text, gig.id, similar_order_ids=similar_order_ids,
                              for_server=for_server)
    platform = opportunity.platform.name if opportunity.platform else ""
    given = {
        "language": language_name(text_lang, prompt_lang),
        "client_name": opportunity.client_name,
        "platform": platform,
        "message": shorten(opportunity.text, REQUEST_CHARS) if len(opportunity.text) >
        REQUEST_CHARS else opportunity.text.strip(),
        "gig_title": gig.title,
        "gig_description": " ".join(gig.description.split()),
        "package": package_text(package, prompt_lang),
        "past_work": _past_work_text(works),
    }
    values = {**template.defaults, **{k: v.strip() for k, v in given.items() if v.strip()}}
    values = {name: values.get(name, "") for name in template.variables}
    title = _TITLE[_ui(lang)].format(title=opportunity.title)[:drafts.TITLE_MAX]
    return ProposalRequest(
        opportunity_id=opportunity.id, gig_id=gig.id,
        package_id=package.id if package else None, language=text_lang,
        prompt_language=prompt_lang, title=title, values=values,
        messages=render(template, values), past_work=works)


def keep_proposal(s: Session, opportunity_id: int, text: str, model_name: str, *,
                  lang: str = "en", note: str = f"template {TEMPLATE}",
                  now: datetime | None = None) -> KeptProposal:
    """Keep what the model wrote as a model version of the opportunity's proposal draft
    (made now, titled in ``lang`` and linked as its ``proposal_id``, the first time), cleaned
    of the characters a file cannot hold. Text of the person's that only the autosave holds
    is saved as their version first. ValidationError when nothing is left to keep (nothing
    is written then). Nothing is ever sent."""
    opportunity = get_opportunity(s, opportunity_id)
    cleaned = clean_text(text or "")
    kept = cleaned.text.strip()
    if not kept:
        raise ValidationError("text", "The model wrote nothing: there is no draft to keep.")
    draft_id = opportunity.proposal_id
    draft = s.get(Deliverable, draft_id) if draft_id is not None else None
    created = draft is None or draft.kind is not DeliverableKind.TEXT
    if created:
        title = _TITLE[_ui(lang)].format(title=opportunity.title)[:drafts.TITLE_MAX]
        draft_id = drafts.create_draft(s, title, now=now).id
        opportunity.proposal_id = draft_id
    else:
        assert draft_id is not None
        recovered = drafts.recover(s, draft_id)
        if recovered is not None:  # the person's edits, not yet a version: kept first
            drafts.record_save(s, draft_id, recovered.text, now=now,
                               authorship=recovered.authorship)
    drafts.record_model_version(s, draft_id, kept, model_name, note=note, now=now)
    s.flush()
    return KeptProposal(draft_id, kept, cleaned.removed, created)

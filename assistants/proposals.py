"""A proposal for a buyer request of the inbox, as a writing request (issue 18, point 4).

:func:`prepare_proposal` is the one home the Inbox page (desktop.ui.proposal) and
``atelier inbox propose`` call: the prompt comes from ``storage.proposals.proposal_request``
(the request, the chosen gig and package, one or two similar past deliverables, in the
request's language), the token budget and freedom from ``assistants.writing.draft_request``
(the template's length). What the model writes is kept with
``storage.proposals.keep_proposal``. No Qt here; nothing is ever sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from assistants.writing import WritingRequest, draft_request, target_words
from storage.proposals import ProposalRequest, get_opportunity, proposal_request


@dataclass(frozen=True)
class PreparedProposal:
    """The proposal's prompt and data (``proposal``) and what to ask the model (``request``)."""

    proposal: ProposalRequest
    request: WritingRequest


def similar_orders(s: Session, opportunity_id: int) -> list[int]:
    """The orders most like the request, best first: ``storage.matching.match_request`` by
    words on the match index as it is (read only; the inbox keeps it up to date)."""
    from storage.matching import match_request

    text = get_opportunity(s, opportunity_id).text
    if not text.strip():
        return []
    return [o.order_id for o in match_request(s, text).similar_orders]


def prepare_proposal(s: Session, opportunity_id: int, *, gig_id: int | None = None,
                     package_id: int | None = None, lang: str = "en",
                     similar_order_ids: Sequence[int] | None = None, again: bool = False,
                     max_new_tokens: int | None = None,
                     for_server: bool = False) -> PreparedProposal:
    """The writing request for a proposal answering opportunity ``opportunity_id`` (see
    ``storage.proposals.proposal_request``); ``lang``: the app's language;
    ``similar_order_ids``: the match's similar orders, best first (None: matched here, by
    words); ``again``: a second proposal, written more freely; ``max_new_tokens``: a cap on
    the budget; ``for_server``: the prompt goes to an inference server (no past work of a
    client kept on this computer)."""
    if similar_order_ids is None:
        similar_order_ids = similar_orders(s, opportunity_id)
    proposal = proposal_request(s, opportunity_id, gig_id=gig_id, package_id=package_id,
                                lang=lang, similar_order_ids=similar_order_ids,
                                for_server=for_server)
    request = draft_request(proposal.messages,
                            target=target_words(proposal.values.get("length", "")),
                            again=again, max_new_tokens=max_new_tokens)
    return PreparedProposal(proposal, request)

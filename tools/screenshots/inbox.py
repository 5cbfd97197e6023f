"""Issue 18's pictures beside the Inbox page's: a proposal as the model writes it (the proposal
window), the proposal kept on the Draft page with its versions, and an order's plan on the
Orders page (the demo's open order whose plan says it will be late). All from the demo's own
rows (storage/data/demo/inbox.json): nothing is generated, no model runs."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QScrollArea

from storage.tables import OpportunityStatus


def demo_proposal(store: Any, lang: str) -> tuple[int, int, str] | None:
    """(opportunity id, its proposal draft id, the model's text) of the demo's proposal sent
    in ``lang`` (else in any language)."""
    from storage import drafts, opportunities

    with store.session() as s:
        sent = [o for o in opportunities.list_opportunities(s, OpportunityStatus.PROPOSAL_SENT)
                if o.proposal_id is not None]
        sent.sort(key=lambda o: o.language != lang)
        if not sent:
            return None
        o = sent[0]
        assert o.proposal_id is not None
        versions = drafts.list_versions(s, o.proposal_id)
        return o.id, o.proposal_id, versions[0].text or ""


def late_plan_order(store: Any, now: Any) -> int | None:
    """The demo's open order whose plan says it will be late (else any planned order)."""
    from sqlalchemy import select

    from storage import plans
    from storage.tables import PlanTask

    with store.session() as s:
        planned = sorted(set(s.scalars(select(PlanTask.order_id))))
        late = [oid for oid in planned
                if plans.plan_state(s, oid, now).outlook == "will_be_late"]
    return (late or planned or [None])[0]


def proposal_window(ctx: Any, window: Any, opportunity_id: int, text: str) -> Any:
    """The proposal window part-way through the model's text (as it streams)."""
    from desktop.ui.proposal import ProposalDialog, _basis, translate
    from storage.proposals import get_opportunity, proposal_request

    with ctx.store.session() as s:
        request = proposal_request(s, opportunity_id, lang=ctx.i18n.language)
        title = get_opportunity(s, opportunity_id).title
    dialog = ProposalDialog(title, _basis(SimpleNamespace(proposal=request),
                                          ctx.i18n.language), window)
    model = ctx.models.chat_model if ctx.models is not None and ctx.models.chat_model else \
        "Qwen2.5-1.5B-Instruct"
    dialog.note.setText(translate("Proposal", "{model} is writing… (Esc stops)").format(
        model=model))
    cut = text.rfind(" ", 0, max(len(text) * 2 // 3, 1))
    dialog.add_text(text[:cut if cut > 0 else len(text)])
    dialog.resize(640, 460)
    return dialog


def inbox_shots(app: Any, ctx: Any, window: Any, folder: Path, settle: Any,
                save: Any) -> list[Path]:
    """proposal.png, proposal-draft.png and order-plan.png in ``folder``."""
    written: list[Path] = []
    lang = ctx.i18n.language
    found = demo_proposal(ctx.store, lang)
    if found is not None:
        opportunity_id, draft_id, text = found
        dialog = proposal_window(ctx, window, opportunity_id, text)
        dialog.show()
        settle(app, ctx)
        written.append(save(dialog, folder / "proposal.png"))
        dialog.close()
        dialog.deleteLater()
        if window.open_draft(draft_id):
            settle(app, ctx)
            written.append(save(window, folder / "proposal-draft.png"))
    order_id = late_plan_order(ctx.store, ctx.clock.now())
    if order_id is not None:
        page = window.show_page("orders")
        settle(app, ctx)
        page.select_order(order_id)
        settle(app, ctx)
        page.tabs.setCurrentIndex(0)  # Details: the plan sits under the brief
        settle(app, ctx)
        panel = page.plan_panel
        parent = panel.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):  # down to the plan, never sideways
            parent.ensureWidgetVisible(panel)
            parent.horizontalScrollBar().setValue(0)
        settle(app, ctx)
        written.append(save(window, folder / "order-plan.png"))
    return written

"""Issue 18, point 4 in the window: a proposal for a buyer request streams from the tiny random
writing model, is kept as a model version of the opportunity's draft, and opens on the Draft
page for the person to edit; Stop keeps what was written (nothing when nothing was); no
writing model offers the Models page (desktop/ui/proposal.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.proposal import ProposalDialog, draft_proposal
from storage import drafts
from storage.tables import Opportunity, Origin
from tests.factories import logo_gig
from tests.gui.conftest import main_window

MODEL = "tiny-writer"
REQUEST = ("Bonjour, je cherche un logo minimaliste pour ma boulangerie, avec les fichiers "
           "vectoriels.")


@pytest.fixture
def request_ids(ctx) -> dict[str, int]:
    with ctx.store.transaction() as s:
        gig = logo_gig(s)
        opp = Opportunity(title="Logo boulangerie", text=REQUEST, language="fr",
                          client_name="Boulangerie Martin")
        s.add(opp)
        s.flush()
        return {"opp": opp.id, "gig": gig.id, "package": gig.packages[0].id}


@pytest.fixture
def window(ctx, qtbot, tiny_dir: Path) -> Iterator:
    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    with main_window(ctx, qtbot, (1280, 800)) as w:
        yield w


def _proposal_id(ctx, opp_id: int) -> int | None:
    with ctx.store.session() as s:
        return s.get(Opportunity, opp_id).proposal_id


def _versions(ctx, draft_id: int) -> list[tuple[Origin, str | None, str]]:
    with ctx.store.session() as s:
        return [(v.origin, v.model_id, v.text or "") for v in drafts.list_versions(s, draft_id)]


def test_the_proposal_streams_then_opens_on_the_draft_page(
        window, ctx, qtbot, request_ids) -> None:
    dialog = draft_proposal(ctx, window.show_page("orders"), request_ids["opp"],
                            request_ids["gig"], request_ids["package"], max_new_tokens=24)
    assert isinstance(dialog, ProposalDialog) and dialog.job is not None
    assert dialog.basis_label.text().startswith("Drafted from the request, your gig")
    job = dialog.job
    streamed: list[str] = []
    job.token.connect(streamed.append)
    qtbot.waitUntil(lambda: ctx.models.settled(job), timeout=30_000)
    assert job.state == "finished" and streamed
    draft_id = _proposal_id(ctx, request_ids["opp"])
    assert draft_id is not None
    # the Draft page shows the proposal, kept as the model's version, to edit
    assert window.current_page_id() == "draft"
    page = window.pages["draft"]
    text = page.editor.toPlainText()
    assert text and page.current_draft_id() == draft_id
    assert _versions(ctx, draft_id) == [(Origin.AI, MODEL, text)]
    assert page.title_edit.text() == "Proposal — Logo boulangerie"
    assert "You wrote or changed 0 %" in page.provenance_label.text()


def test_stop_keeps_what_the_model_wrote(window, ctx, qtbot, request_ids) -> None:
    dialog = draft_proposal(ctx, window, request_ids["opp"], request_ids["gig"], None,
                            max_new_tokens=2000)
    assert isinstance(dialog, ProposalDialog)
    job = dialog.job
    qtbot.waitUntil(lambda: bool(dialog.text_edit.toPlainText().strip()), timeout=30_000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.models.settled(job), timeout=60_000)
    assert job.state == "cancelled"
    draft_id = _proposal_id(ctx, request_ids["opp"])
    assert draft_id is not None
    kept = _versions(ctx, draft_id)
    assert len(kept) == 1 and kept[0][:2] == (Origin.AI, MODEL) and kept[0][2]
    assert window.pages["draft"].editor.toPlainText() == kept[0][2]


def test_stop_before_any_word_keeps_nothing(window, ctx, qtbot, request_ids,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.jobs import Cancelled

    def generate(_name, _messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        def work(jc):  # a model still loading when it is stopped
            jc.cancelled.wait(15)
            raise Cancelled

        return ctx.jobs.submit("slow model", work, on_token=on_token, on_failed=on_failed,
                               on_finished=lambda result: on_finished(*result),
                               on_cancelled=lambda: on_cancelled("", None))

    monkeypatch.setattr(ctx.models, "generate", generate)
    dialog = draft_proposal(ctx, window, request_ids["opp"], request_ids["gig"], None)
    assert isinstance(dialog, ProposalDialog)
    job = dialog.job
    dialog.stop()
    qtbot.waitUntil(lambda: job.delivered and dialog.close_button.isVisible(),
                    timeout=15_000)
    assert "nothing was kept" in dialog.note.text()
    assert _proposal_id(ctx, request_ids["opp"]) is None
    with ctx.store.session() as s:
        assert drafts.list_drafts(s) == []
    dialog.close()


def test_a_second_proposal_adds_a_version_and_keeps_the_persons_edits(
        window, ctx, qtbot, request_ids, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["Première proposition.", "Seconde proposition."])

    def generate(_name, _messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        answer = next(answers)

        def work(jc):
            jc.token(answer)
            return answer, None

        return ctx.jobs.submit("fake model", work, on_token=on_token, on_failed=on_failed,
                               on_finished=lambda result: on_finished(*result),
                               on_cancelled=lambda: on_cancelled("", None))

    monkeypatch.setattr(ctx.models, "generate", generate)
    first = draft_proposal(ctx, window, request_ids["opp"], request_ids["gig"], None)
    qtbot.waitUntil(lambda: first.job.delivered and window.current_page_id() == "draft",
                    timeout=10_000)
    page = window.pages["draft"]
    draft_id = page.current_draft_id()
    page.editor.setPlainText("Première proposition, relue par moi.")  # not saved yet
    second = draft_proposal(ctx, window, request_ids["opp"], request_ids["gig"], None)
    qtbot.waitUntil(lambda: second.job.delivered and
                    page.editor.toPlainText() == "Seconde proposition.", timeout=10_000)
    assert _proposal_id(ctx, request_ids["opp"]) == draft_id
    assert [(o, t) for o, _m, t in _versions(ctx, draft_id)] == [
        (Origin.AI, "Première proposition."),
        (Origin.HUMAN, "Première proposition, relue par moi."),
        (Origin.AI, "Seconde proposition.")]


def test_no_writing_model_offers_the_models_page(ctx, qtbot, request_ids) -> None:
    with main_window(ctx, qtbot, (1280, 800)) as w:
        box = draft_proposal(ctx, w, request_ids["opp"], request_ids["gig"], None)
        assert box is not None and box.objectName() == "NoWritingModel"
        assert "writing model" in box.text() and "Models page" in box.text()
        qtbot.mouseClick(box.go_button, Qt.MouseButton.LeftButton)
        assert w.current_page_id() == "models"
        assert _proposal_id(ctx, request_ids["opp"]) is None


def test_every_string_of_the_proposal_window_reaches_the_translators(tmp_path) -> None:
    """The window went through a `_tr` helper that lupdate does not know: none of its
    strings reached atelier_fr.ts and it was all English in French ("Proposal for…",
    "…0 similar past deliverable(s).", "…is writing… (Esc stops)", "Stop")."""
    from tests.gui.test_income_quebec import _lupdate_sources

    found = _lupdate_sources(tmp_path, "desktop/ui/proposal.py").get("Proposal", set())
    assert {"Proposal for “{title}”", "&Stop", "{model} is writing… (Esc stops)",
            "No proposal", "&Close"} <= found
    based = [text for text in found if text.startswith("Drafted from the request")]
    assert len(based) == 3 and not any("(s)" in text for text in found)

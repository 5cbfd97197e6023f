"""The Draft page with a tiny random model: templates filled from the order, streaming, Stop,
versions with their origin, the provenance figure, one-step undo of a rewrite, crash
recovery, export, Mark delivered."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from desktop.ui.pages.draft import AttachDialog, DraftPage, target_words
from storage import drafts
from storage.models import Order, OrderStatus, Origin
from tests.factories import client, order
from tests.unit.assistants.conftest import build_causal_lm

MODEL = "tiny-writer"
BRIEF = "Un logo pour une boulangerie de quartier, moderne et chaleureux."


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_causal_lm(tmp_path_factory.mktemp("gui-draft") / MODEL)


@pytest.fixture
def installed(ctx, tiny_dir: Path) -> str:
    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    return MODEL


@pytest.fixture
def order_id(ctx) -> int:
    with ctx.store.transaction() as s:
        c = client(s, "Boulangerie Martin", language="fr")
        o = order(s, title="Logo boulangerie", client_obj=c, brief=BRIEF,
                  platform_name="Fiverr", status=OrderStatus.IN_PROGRESS)
        return o.id


def make_page(ctx, qtbot) -> DraftPage:
    page = DraftPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.max_new_tokens = 24
    page.show()
    return page


@pytest.fixture
def page(ctx, qtbot, installed: str) -> Iterator[DraftPage]:
    p = make_page(ctx, qtbot)
    yield p
    ctx.models.shutdown()
    ctx.jobs.wait()


def wait_job(qtbot, page: DraftPage, job, timeout: int = 30_000) -> None:
    """Until the job ended and its callbacks ran in the GUI thread."""
    qtbot.waitUntil(lambda: page.models.settled(job), timeout=timeout)
    assert not page.models.busy


def versions(ctx, draft_id: int) -> list[tuple[Origin, str | None, str]]:
    with ctx.store.session() as s:
        return [(v.origin, v.model_id, v.text or "") for v in drafts.list_versions(s, draft_id)]


def set_text(page: DraftPage, text: str) -> None:
    """Type ``text`` over the editor's text (an edit the person makes, undoable)."""
    cursor = QTextCursor(page.editor.document())
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)


def test_a_template_fills_the_order_fields(page: DraftPage, ctx, order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    assert draft_id is not None and page.current_draft_id() == draft_id
    assert page.current_template().id == "delivery-message"
    values = page.variable_values()
    assert values["order_title"] == "Logo boulangerie"
    assert values["client_name"] == "Boulangerie Martin"
    assert values["platform"] == "Fiverr"
    assert values["brief"] == BRIEF
    assert values["language"] == "French"
    assert page.target_spin.value() == 100  # "under 100 words"
    assert ">Logo boulangerie</a> · Boulangerie Martin" in page.order_label.text()
    # a variable with no value is marked next to its field; editing it clears the mark
    page.select_template("client-reply")
    assert page.missing() == ["message"]
    assert page._needed["message"].isVisible()
    assert page.generate() is None
    assert "needed" in page.message()
    page.set_variable("message", "Can you send the files as SVG too?")
    assert page.missing() == [] and not page._needed["message"].isVisible()
    # the same order again reuses its empty draft
    assert page.open_for_order(order_id) == draft_id


def test_generate_streams_then_records_an_ai_version(page: DraftPage, ctx, qtbot,
                                                     order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    set_text(page, "My own first lines.")
    tokens: list[str] = []
    job = page.generate()
    assert job is not None
    job.token.connect(tokens.append)
    assert page.stop_button.isEnabled() and not page.generate_button.isEnabled()
    assert page.editor.isReadOnly()
    wait_job(qtbot, page, job)
    assert job.state == "finished", job.error
    text = page.editor.toPlainText()
    assert text.strip() and text != "My own first lines."
    # the person's text first (nothing lost), then the model's, with its name
    assert versions(ctx, draft_id) == [(Origin.HUMAN, None, "My own first lines."),
                                       (Origin.AI, MODEL, text)]
    assert page.versions_list.count() == 2
    assert page.provenance_figure() == 0
    assert "0 %" in page.provenance_label.text()
    assert not page.editor.isReadOnly() and page.generate_button.isEnabled()
    # one Ctrl+Z puts the person's text back
    page.editor.undo()
    assert page.editor.toPlainText() == "My own first lines."


def test_stop_ends_generation(page: DraftPage, ctx, qtbot, order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    page.max_new_tokens = 2000
    page.target_spin.setValue(1000)
    page.activateWindow()
    page.editor.setFocus()
    qtbot.waitUntil(page.editor.hasFocus)
    qtbot.keyClick(page.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    job = page.job
    assert job is not None and job.running
    qtbot.waitUntil(lambda: bool(page.editor.toPlainText()), timeout=30_000)
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    wait_job(qtbot, page, job, 10_000)
    assert job.state == "cancelled"
    assert not ctx.jobs.active
    written = page.editor.toPlainText()
    assert written
    assert versions(ctx, draft_id)[-1] == (Origin.AI, MODEL, written)
    assert page.message().startswith("Stopped.")
    assert page.stop_button.isEnabled() is False


def test_saves_record_human_versions_and_the_figure_follows_edits(
        page: DraftPage, ctx, order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    model_text = "one two three four five six seven eight nine ten"
    with ctx.store.transaction() as s:
        drafts.record_model_version(s, draft_id, model_text, "big-model")
    page.open_draft(draft_id)
    assert page.editor.toPlainText() == model_text
    assert page.provenance_figure() == 0
    # half the words rewritten
    set_text(page, "one two three four five alpha beta gamma delta epsilon")
    page._analyse()
    assert page.provenance_figure() == 50
    assert page.provenance_label.text() == "You wrote or changed 50 % of this text"
    assert page.diff_view.added_text().split() == ["alpha", "beta", "gamma", "delta", "epsilon"]
    assert page.diff_view.removed_text().split() == ["six", "seven", "eight", "nine", "ten"]
    assert page.counts_label.text().startswith("10 word")  # "10 words" once translated
    page.shortcut_save.activated.emit()  # Ctrl+S
    assert versions(ctx, draft_id)[-1] == (
        Origin.HUMAN, None, "one two three four five alpha beta gamma delta epsilon")
    assert "Saved at" in page.save_state.text()
    # all rewritten, then all kept
    set_text(page, "completely different words written by a person here")
    page._analyse()
    assert page.provenance_figure() == 100
    set_text(page, model_text)
    page._analyse()
    assert page.provenance_figure() == 0


def test_a_selection_rewrite_streams_in_place_and_undoes_in_one_step(
        page: DraftPage, ctx, qtbot, order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    original = "Bonjour Martin. Le logo est prêt. Merci pour votre commande."
    with ctx.store.transaction() as s:
        drafts.record_save(s, draft_id, original)
    page.open_draft(draft_id)
    cursor = page.editor.textCursor()
    start = original.index("Le logo")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Le logo est prêt. "), QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    assert page.rewrite_actions["shorter"].isEnabled()
    job = page.rewrite_selection("shorter")
    assert job is not None
    wait_job(qtbot, page, job)
    assert job.state == "finished", job.error
    rewritten = page.editor.toPlainText()
    assert rewritten != original
    assert rewritten.startswith("Bonjour Martin. ")
    assert rewritten.endswith(" Merci pour votre commande.")
    origin, model, text = versions(ctx, draft_id)[-1]
    assert (origin, model, text) == (Origin.AI, MODEL, rewritten)
    assert "shorter" in page.versions_list.item(0).text()
    page.editor.undo()
    assert page.editor.toPlainText() == original
    assert not page.editor.document().isUndoAvailable()


def test_autosave_brings_back_text_after_a_crash(ctx, qtbot, installed: str,
                                                 order_id: int) -> None:
    page = make_page(ctx, qtbot)
    draft_id = page.open_for_order(order_id)
    page.save_version()
    set_text(page, "Texte tapé juste avant la panne.")
    assert page.autosave_timer.isActive()
    assert page.autosave_timer.interval() == int(drafts.AUTOSAVE_INTERVAL_S * 1000)
    page.autosave_timer.timeout.emit()  # the timer fires
    assert not page.autosave_timer.isActive()
    set_text(page, "Texte tapé juste avant la panne, et deux mots.")  # within the interval
    # the app dies: the page goes without writing anything more
    page.flush_autosave = lambda: False  # type: ignore[method-assign]
    page.close()

    again = make_page(ctx, qtbot)
    assert again.current_draft_id() == draft_id
    assert again.editor.toPlainText() == "Texte tapé juste avant la panne."
    assert again.message() == (
        f"Recovered text from {again._time_text(ctx.clock.now())} that had not been saved.")
    assert versions(ctx, draft_id) == []  # an empty text is not saved as a version


def test_leaving_the_page_autosaves(page: DraftPage, ctx, order_id: int) -> None:
    draft_id = page.open_for_order(order_id)
    set_text(page, "Written, then the page was left.")
    page.hide()
    with ctx.store.session() as s:
        recovered = drafts.recover(s, draft_id)
    assert recovered is not None and recovered.text == "Written, then the page was left."


def test_export_docx_holds_the_text_and_the_ai_line(page: DraftPage, ctx, qtbot,
                                                    order_id: int, tmp_path: Path) -> None:
    from docx import Document

    draft_id = page.open_for_order(order_id)
    with ctx.store.transaction() as s:
        drafts.record_model_version(s, draft_id, "The model's words here.", "big-model")
    page.open_draft(draft_id)
    set_text(page, "The model's words, and mine.\n\nA second paragraph of mine.")
    page.act_line.setChecked(True)
    job = page.export_to(tmp_path / "delivery.docx")
    assert job is not None
    qtbot.waitUntil(lambda: "Exported to" in page.message(), timeout=10_000)
    assert job.state == "finished", job.error
    page.copy_text()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("The model's words, and mine.") and "AI-assisted" in copied
    paragraphs = [p.text for p in Document(str(tmp_path / "delivery.docx")).paragraphs]
    assert "The model's words, and mine." in paragraphs
    assert "A second paragraph of mine." in paragraphs
    assert paragraphs[-1].startswith("AI-assisted: about")


def test_mark_delivered_moves_the_order(page: DraftPage, ctx, order_id: int) -> None:
    events: list[str] = []
    ctx.events.changed.connect(events.append)
    draft_id = page.open_for_order(order_id)
    set_text(page, "Voici votre logo, en SVG et en PNG.")
    assert page.mark_delivered()
    with ctx.store.session() as s:
        assert s.get(Order, order_id).status is OrderStatus.DELIVERED
        assert drafts.get_draft(s, draft_id).delivered_at is not None
        assert drafts.latest_text(s, draft_id) == "Voici votre logo, en SVG et en PNG."
    assert "orders" in events
    assert "delivered" in page.order_label.text()
    # a delivered-then-cancelled order cannot be delivered again: said, readable
    with ctx.store.transaction() as s:
        from storage.orders import transition

        transition(s, s.get(Order, order_id), OrderStatus.CANCELLED, at=ctx.clock.now())
    assert not page.mark_delivered()
    assert "not marked delivered" in page.message() and "“cancelled” is final" in page.message()


def test_a_draft_of_its_own_is_attached_to_an_order(page: DraftPage, ctx,
                                                   order_id: int) -> None:
    draft_id = page.new_draft(title="Proposal for a bakery")
    assert not page.deliver_button.isVisibleTo(page)
    assert "Not attached" in page.order_label.text()
    dialog = AttachDialog(ctx, draft_id, None, page)
    dialog.select_order(order_id)
    dialog.accept()
    assert dialog.result() and dialog.result_value == order_id
    page._after_attach()
    with ctx.store.session() as s:
        assert drafts.get_draft(s, draft_id).order_id == order_id
    assert page.deliver_button.isVisibleTo(page)
    assert page.variable_values()["brief"] == BRIEF  # the order fills the template
    assert page.attach_to(None)
    assert "Not attached" in page.order_label.text()


def test_without_a_model_the_page_points_to_the_models_page(ctx, qtbot) -> None:
    page = make_page(ctx, qtbot)
    assert page.models_empty.isVisible() and page.models_link.isVisible()
    assert not page.generate_button.isEnabled()
    with qtbot.waitSignal(page.open_models):
        page.models_link.click()
    assert page.new_draft() is not None
    assert page.centre_stack.currentIndex() == 1


def test_new_draft_from_an_order_opens_the_drafts_page(window, demo_ctx, qtbot) -> None:
    orders = window.show_page("orders")
    with demo_ctx.store.session() as s:
        from sqlalchemy import select

        order_id = s.scalar(select(Order.id).where(Order.status == OrderStatus.IN_PROGRESS)
                            .limit(1))
    orders.select_order(order_id)
    orders.new_draft_button.click()
    assert window.current_page_id() == "draft"
    page = window.pages["draft"]
    draft_id = page.current_draft_id()
    with demo_ctx.store.session() as s:
        assert drafts.get_draft(s, draft_id).order_id == order_id
    assert page.variable_values()["order_title"] == page._draft.title
    # and back: the order link opens the order
    page.order_label.linkActivated.emit("order")
    assert window.current_page_id() == "orders" and orders.current_order_id() == order_id
    # a language switch retranslates the page and its templates
    demo_ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: page.current_template().language == "fr")
    assert page.scope_combo.itemText(0) == page.tr("All drafts")
    assert page.title_edit.text() == page._draft.title


def test_target_words_reads_the_length_variable() -> None:
    assert target_words("about 150 words") == 150
    assert target_words("120 to 180 words") == 180
    assert target_words("moins de 100 mots") == 100
    assert target_words("three paragraphs") == 0
    assert target_words("60 characters") == 0

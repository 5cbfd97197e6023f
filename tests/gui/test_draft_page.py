"""The Draft page with a tiny random model: templates filled from the order, streaming, Stop,
versions with their origin, the provenance figure, one-step undo of a rewrite, crash
recovery, export, Mark delivered."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hst
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from desktop.changes import Changed
from desktop.ui.dialogs.attach_draft_dialog import AttachDialog
from desktop.ui.pages.draft import DraftPage
from storage import drafts
from storage.tables import Order, OrderStatus, Origin
from tests.factories import client, order

MODEL = "tiny-writer"
BRIEF = "Un logo pour une boulangerie de quartier, moderne et chaleureux."


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
    assert page.variables_form.needed["message"].isVisible()
    assert page.generate() is None
    assert "needed" in page.message()
    page.set_variable("message", "Can you send the files as SVG too?")
    assert page.missing() == [] and not page.variables_form.needed["message"].isVisible()
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
    # the last five words rewritten: 26 of the 45 letters are the person's
    cursor = page.editor.textCursor()
    cursor.setPosition(model_text.index("six"))
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("alpha beta gamma delta epsilon")
    page.refresh_figures()
    assert page.provenance_figure() == 58
    assert page.provenance_label.text() == "You wrote or changed 58 % of this text"
    assert "26 of 45 characters" in page.provenance_label.toolTip()
    assert page.diff_view.added_text().split() == ["alpha", "beta", "gamma", "delta", "epsilon"]
    assert page.diff_view.removed_text().split() == ["six", "seven", "eight", "nine", "ten"]
    assert page.counts_label.text().startswith("10 word")  # "10 words" once translated
    page.shortcut_save.activated.emit()  # Ctrl+S
    assert versions(ctx, draft_id)[-1] == (
        Origin.HUMAN, None, "one two three four five alpha beta gamma delta epsilon")
    assert "Saved at" in page.save_state.text()
    # all rewritten; typing the model's words again makes them the person's
    set_text(page, "completely different words written by a person here")
    page.refresh_figures()
    assert page.provenance_figure() == 100
    set_text(page, model_text)
    page.refresh_figures()
    assert page.provenance_figure() == 100
    # undone back to the model's text: the model's again
    page.editor.undo()
    page.editor.undo()
    page.editor.undo()
    assert page.editor.toPlainText() == model_text
    page.refresh_figures()
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
        f"Recovered text from {again.time_text(ctx.clock.now())} that had not been saved.")
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
    assert any(Changed.ORDERS in e for e in events)
    assert "delivered" in page.order_label.text()
    # a delivered-then-cancelled order cannot be delivered again: said, readable
    with ctx.store.transaction() as s:
        from storage.orders import transition

        transition(s, s.get(Order, order_id), OrderStatus.CANCELLED, at=ctx.clock.now())
    assert not page.mark_delivered()
    assert "not marked delivered" in page.message() and "“cancelled” is final" in page.message()


@pytest.mark.parametrize("final", [OrderStatus.COMPLETED, OrderStatus.CANCELLED])
def test_mark_delivered_is_not_offered_on_a_completed_or_cancelled_order(
        page: DraftPage, ctx, order_id: int, final: OrderStatus) -> None:
    from storage.orders import transition

    page.open_for_order(order_id)
    set_text(page, "Voici votre logo.")
    assert page.deliver_button.isVisible() and page.deliver_button.isEnabled()
    with ctx.store.transaction() as s:
        o = s.get(Order, order_id)
        if final is OrderStatus.COMPLETED:
            transition(s, o, OrderStatus.DELIVERED, at=ctx.clock.now())
        transition(s, o, final, at=ctx.clock.now())
    ctx.events.emit(Changed.ORDERS)
    page.refresh()
    button = page.deliver_button
    assert button.isVisible() and not button.isEnabled()
    label = "completed" if final is OrderStatus.COMPLETED else "cancelled"
    assert button.toolTip() == f"This order is “{label}”: it cannot be marked delivered."
    ctx.i18n.set_language("fr")
    page.retranslate()
    assert not button.isEnabled()
    assert label not in button.toolTip()  # retranslated, the status named in French


def test_a_refused_delivery_is_worded_in_the_interfaces_language(page: DraftPage, ctx,
                                                                   order_id: int) -> None:
    from storage.orders import transition

    page.open_for_order(order_id)
    set_text(page, "Voici votre logo.")
    with ctx.store.transaction() as s:
        transition(s, s.get(Order, order_id), OrderStatus.CANCELLED, at=ctx.clock.now())
    ctx.i18n.set_language("fr")
    assert not page.mark_delivered()
    assert page.message().startswith("La commande n’a pas été marquée comme livrée")
    assert "annulée" in page.message() and "cancelled" not in page.message()


def test_a_draft_of_its_own_is_attached_to_an_order(page: DraftPage, ctx, order_id: int,
                                                   monkeypatch) -> None:
    draft_id = page.new_draft(title="Proposal for a bakery")
    assert not page.deliver_button.isVisibleTo(page)
    assert "Not attached" in page.order_label.text()
    dialogs: list[AttachDialog] = []

    def choose_the_order(dialog: AttachDialog) -> int:  # the person picks it and clicks OK
        dialogs.append(dialog)
        dialog.select_order(order_id)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AttachDialog, "exec", choose_the_order)
    assert page.attach()
    [dialog] = dialogs
    assert dialog.draft_id == draft_id
    assert dialog.result() and dialog.result_value == order_id
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
        draft = drafts.get_draft(s, draft_id)
        assert draft.order_id == order_id
        title = draft.title
    assert page.variable_values()["order_title"] == title
    # and back: the order link opens the order
    page.order_label.linkActivated.emit("order")
    assert window.current_page_id() == "orders" and orders.current_order_id() == order_id
    # a language switch retranslates the page and its templates
    demo_ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: page.current_template().language == "fr")
    assert page.scope_combo.itemText(0) == page.tr("All drafts")
    assert page.title_edit.text() == title


# --- who wrote what: the provenance figure is exact -------------------------------------------


def undo_key(page: DraftPage) -> None:
    QTest.keySequence(page.editor, QKeySequence.StandardKey.Undo)


def redo_key(page: DraftPage) -> None:
    QTest.keySequence(page.editor, QKeySequence.StandardKey.Redo)


@pytest.fixture
def fake_model(ctx, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The model service streams these chunks (from a worker thread, as a model does);
    the list can be changed between generations."""
    chunks = ["  ALPHA", " BETA", " GAMMA"]

    def generate(_name, _messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        written = list(chunks)

        def work(jc):
            for chunk in written:
                jc.token(chunk)
            return "".join(written), None

        return ctx.jobs.submit(
            "fake model", work, on_token=on_token, on_failed=on_failed,
            on_finished=lambda result: on_finished(*result),
            on_cancelled=lambda: on_cancelled("", None))

    monkeypatch.setattr(ctx.models, "generate", generate)
    return chunks


def run_model(qtbot, page: DraftPage, job) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job.delivered and not page.busy, timeout=10_000)


def test_generate_regenerate_then_undo_is_all_the_models(page: DraftPage, ctx, qtbot,
                                                         fake_model: list[str],
                                                         order_id: int) -> None:
    """Generate A, Regenerate B, Ctrl+Z back to A: the editor holds the model's text only,
    so the person wrote 0 % of it (the word diff against B said they wrote all of it)."""
    page.open_for_order(order_id)
    fake_model[:] = ["Voici votre", " logo, en SVG."]
    run_model(qtbot, page, page.generate())
    first = page.editor.toPlainText()
    fake_model[:] = ["Le fichier", " final est prêt."]
    run_model(qtbot, page, page.regenerate())
    second = page.editor.toPlainText()
    assert (first, second) == ("Voici votre logo, en SVG.", "Le fichier final est prêt.")
    page.activateWindow()
    undo_key(page)
    assert page.editor.toPlainText() == first
    page.refresh_figures()
    assert page.provenance_figure() == 0
    assert page.provenance_label.text() == "You wrote or changed 0 % of this text"
    page.act_line.setChecked(True)
    assert page.provenance_line().startswith("AI-assisted: about 0 % of this text")
    # and redo: B again, the model's too
    redo_key(page)
    assert page.editor.toPlainText() == second
    assert page.provenance_figure() == 0


def human_share(text: str) -> tuple[int, int]:
    """In these tests the person writes lower case and the model upper case."""
    letters = [c for c in text if not c.isspace()]
    return sum(c.islower() for c in letters), len(letters)


def check_figure(page: DraftPage) -> None:
    text = page.editor.toPlainText()
    person, total = human_share(text)
    share = page.authorship().share(text)
    assert (share.person, share.total) == (person, total), text
    prov = page.provenance()
    if prov is not None:
        assert (prov.person, prov.total) == (person, total)


def select(page: DraftPage, start: int, end: int) -> None:
    """Select from ``start`` to ``end`` as a person can: a position inside a character (the
    middle of a surrogate pair, such as 𝑥's) moves past it, as Qt's own cursor moves do."""
    cursor = page.editor.textCursor()
    text = page.editor.toPlainText()
    units = text.encode("utf-16-le", "surrogatepass")

    def boundary(position: int) -> int:
        position = min(position, len(text))
        before = int.from_bytes(units[2 * position - 2:2 * position], "little")
        return position + 1 if position > 0 and 0xD800 <= before <= 0xDBFF else position

    cursor.setPosition(boundary(start))
    cursor.setPosition(boundary(end), QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)


page_ops = hst.lists(hst.one_of(
    hst.tuples(hst.just("type"), hst.integers(0, 80), hst.text("abc de", min_size=1,
                                                                max_size=5)),
    hst.tuples(hst.just("paste"), hst.integers(0, 80), hst.integers(0, 6),
               hst.text("xyz w\n\U0001d465", min_size=1, max_size=12)),  # 𝑥: 2 positions
    hst.tuples(hst.just("delete"), hst.integers(0, 80), hst.integers(1, 8)),
    hst.tuples(hst.just("generate"), hst.lists(hst.text("QRS T\x07", min_size=1, max_size=6),
                                               min_size=1, max_size=3)),
    hst.tuples(hst.just("continue")),
    hst.tuples(hst.just("rewrite"), hst.integers(0, 80), hst.integers(2, 12)),
    hst.tuples(hst.just("undo")), hst.tuples(hst.just("redo")), hst.tuples(hst.just("save")),
    hst.tuples(hst.just("restore"), hst.integers(0, 10)),
), min_size=1, max_size=10)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sequence=page_ops)
@example(sequence=[("type", 0, "a"), ("continue",), ("paste", 3, 0, "\U0001d465"),
                   ("type", 4, "a")])  # typing where a surrogate pair starts
def test_the_figure_is_the_share_the_person_typed_through_any_edits(
        page: DraftPage, ctx, qtbot, fake_model: list[str], order_id: int,
        sequence: list[tuple]) -> None:
    """Typing, paste, deletions, generation, continuation, rewrites, undo, redo, saves and
    versions put back, in any order, through the page: the figure is the share of the
    characters (whitespace left out) that the person typed or pasted."""
    page.new_draft(order_id, title="Property")
    page.activateWindow()
    page.editor.setFocus()
    for op in sequence:
        kind = op[0]
        text = page.editor.toPlainText()
        if kind == "type":
            select(page, op[1], op[1])
            QTest.keyClicks(page.editor, op[2])
        elif kind == "paste":
            select(page, op[1], op[1] + op[2])
            QGuiApplication.clipboard().setText(op[3])
            page.editor.paste()
        elif kind == "delete":
            select(page, op[1], op[1] + op[2])
            QTest.keyClick(page.editor, Qt.Key.Key_Delete)
        elif kind == "generate":
            fake_model[:] = op[1]
            run_model(qtbot, page, page.generate())
        elif kind == "continue":
            fake_model[:] = [" UVW X"]
            if text.strip():
                run_model(qtbot, page, page.continue_text())
        elif kind == "rewrite":
            fake_model[:] = ["REWRITTEN", " TEXT"]
            select(page, op[1], op[1] + op[2])
            if page.editor.textCursor().selectedText().strip():
                run_model(qtbot, page, page.rewrite_selection("shorter"))
        elif kind == "undo":
            undo_key(page)
        elif kind == "redo":
            redo_key(page)
        elif kind == "save":
            page.save_version()
        elif kind == "restore" and page.versions_list.count():
            page.versions_list.setCurrentRow(op[1] % page.versions_list.count())
            page.restore_version()
        assert "\x07" not in page.editor.toPlainText()
        check_figure(page)
    # what each version keeps is exact too
    with ctx.store.session() as s:
        for v in drafts.list_versions(s, page.current_draft_id()):
            share = drafts.version_authorship(s, v).share(v.text or "")
            assert (share.person, share.total) == human_share(v.text or "")


def test_a_version_put_back_brings_who_wrote_it(page: DraftPage, ctx, qtbot,
                                                fake_model: list[str], order_id: int) -> None:
    draft_id = page.new_draft(order_id, title="Versions")
    set_text(page, "my own words")
    page.save_version()
    fake_model[:] = ["THE MODEL", " WROTE THIS"]
    run_model(qtbot, page, page.generate())
    assert page.provenance_figure() == 0
    set_text(page, "mine again")
    page.versions_list.setCurrentRow(0)  # newest first: the model's draft
    assert page.restore_version()
    assert page.editor.toPlainText() == "THE MODEL WROTE THIS"
    assert page.provenance_figure() == 0
    page.versions_list.setCurrentRow(page.versions_list.count() - 1)  # the first: mine
    assert page.restore_version()
    assert page.provenance_figure() == 100
    # reopened from the store, a mixed text keeps who wrote each character
    select(page, 0, 2)
    fake_model[:] = ["MY"]
    run_model(qtbot, page, page.rewrite_selection("formal"))
    assert page.editor.toPlainText() == "MY own words"
    page.save_version()
    page.close_draft()
    page.open_draft(draft_id)
    assert page.editor.toPlainText() == "MY own words"
    assert page.authorship().origins() == "mm" + "h" * 10
    assert page.provenance_figure() == 80  # 8 of 10 letters


def test_autosave_keeps_who_wrote_each_character(ctx, qtbot, installed: str,
                                                  fake_model: list[str], order_id: int) -> None:
    page = make_page(ctx, qtbot)
    draft_id = page.new_draft(order_id, title="Crash")
    fake_model[:] = ["MODEL TEXT"]
    run_model(qtbot, page, page.generate())
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, " and mine")
    assert page.flush_autosave()
    page.flush_autosave = lambda: False  # type: ignore[method-assign]  # the app dies
    page.close()
    again = make_page(ctx, qtbot)
    assert again.current_draft_id() == draft_id
    assert again.editor.toPlainText() == "MODEL TEXT and mine"
    assert again.provenance_figure() == 44  # 7 of 16


def test_old_versions_without_authorship_fall_back_to_the_word_diff(
        page: DraftPage, ctx) -> None:
    """Drafts saved before authorship was kept: the word diff against the newest model
    version says who wrote what."""
    draft_id = page.new_draft(title="Old")
    with ctx.store.transaction() as s:
        drafts.record_model_version(s, draft_id, "one two three four", "old-model")
        v = drafts.record_save(s, draft_id, "one two deux four five")
        v.authorship = None  # as written before the migration
        s.flush()
        ai = drafts.latest_version(s, draft_id, Origin.AI)
        ai.authorship = None
    page.open_draft(draft_id)
    prov = page.provenance()
    assert (prov.person, prov.total) == (len("deuxfive"), len("onetwodeuxfourfive"))
    page.act_line.setChecked(True)
    assert page.provenance_line().startswith(f"AI-assisted: about {prov.rounded_percent} %")


# --- invisible characters ---------------------------------------------------------------------


def test_invisible_characters_from_the_model_are_removed_and_counted(
        page: DraftPage, ctx, qtbot, fake_model: list[str], tmp_path: Path,
        order_id: int) -> None:
    from docx import Document

    draft_id = page.new_draft(order_id, title="Noisy")
    fake_model[:] = ["Bon\x07jour", " \x1b\ufffeMartin", "\x00."]
    run_model(qtbot, page, page.generate())
    assert page.editor.toPlainText() == "Bonjour Martin."
    assert "4 invisible characters the model produced were removed." in page.message()
    assert versions(ctx, draft_id)[-1][2] == "Bonjour Martin."
    job = page.export_to(tmp_path / "noisy.docx")
    qtbot.waitUntil(lambda: "Exported to" in page.message(), timeout=10_000)
    assert job.state == "finished", job.error
    assert Document(str(tmp_path / "noisy.docx")).paragraphs[-1].text == "Bonjour Martin."


def test_invisible_characters_the_person_typed_are_named_before_export(
        page: DraftPage, ctx, tmp_path: Path) -> None:
    page.new_draft(title="Typed")
    set_text(page, "First paragraph.\n\nSecond one.\n\nThird\x07 with a bell.")
    target = tmp_path / "typed.docx"
    assert page.export_to(target) is None
    assert page.message() == ("Paragraph 3 holds an invisible control character (U+0007): "
                              "remove it before exporting.")
    assert not target.exists()
    set_text(page, "A\x1b.\n\nB\x07\x0b.")
    assert page.export_to(target) is None
    assert page.message() == ("Paragraphs 1, 2 hold invisible control characters "
                              "(U+001B, U+0007, U+000B): remove them before exporting.")


@pytest.mark.slow
def test_a_model_that_writes_control_characters_exports_to_docx(
        ctx, qtbot, tiny_dir: Path, tmp_path: Path, order_id: int) -> None:
    """The real generation code, with a tiny model that writes control characters."""
    from docx import Document

    from tests.unit.test_drafts import build_noisy_causal_lm

    build_noisy_causal_lm(tiny_dir, ctx.models.models_dir / MODEL)
    page = make_page(ctx, qtbot)
    try:
        page.open_for_order(order_id)
        job = page.generate()
        wait_job(qtbot, page, job)
        assert job.state == "finished", job.error
        text = page.editor.toPlainText()
        assert text.strip() and not any(ord(c) < 32 and c not in "\n\t" for c in text)
        job = page.export_to(tmp_path / "noisy.docx")
        qtbot.waitUntil(lambda: job.delivered, timeout=10_000)
        assert job.state == "finished", job.error
        exported = "\n".join(p.text for p in Document(str(tmp_path / "noisy.docx")).paragraphs)
        assert text.split()[0] in exported
    finally:
        ctx.models.shutdown()
        ctx.jobs.wait()


def test_a_paste_at_a_paragraphs_start_is_only_the_pasted_characters(
        page: DraftPage, ctx, qtbot, fake_model: list[str], order_id: int) -> None:
    """QTextEdit's paste reported the whole paragraph as changed there: the model's words
    after the cursor became the person's."""
    page.new_draft(order_id, title="Paste")
    fake_model[:] = ["UVW X"]
    run_model(qtbot, page, page.generate())
    select(page, 0, 0)
    QGuiApplication.clipboard().setText("w")
    page.editor.paste()
    assert page.editor.toPlainText() == "wUVW X"
    assert page.authorship().origins() == "hmmmmm"


# --- messages that go stale (issue 14, layout) ------------------------------------------------


def test_an_export_error_goes_once_the_draft_is_attached(page: DraftPage, ctx,
                                                         order_id: int, tmp_path: Path) -> None:
    page.new_draft(title="Typed")
    set_text(page, "Hello\x07 there.")
    assert page.export_to(tmp_path / "typed.docx") is None
    assert "invisible control character" in page.message()
    assert page.attach_to(order_id)
    assert page.message() == ""


def test_the_models_authorship_message_goes_with_the_persons_first_edit(
        page: DraftPage, ctx, qtbot, fake_model: list[str], order_id: int) -> None:
    page.open_for_order(order_id)
    fake_model[:] = ["VOICI VOTRE", " LOGO."]
    run_model(qtbot, page, page.generate())
    assert page.message().startswith(f"{MODEL} wrote this text")
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)
    QTest.keyClicks(page.editor, " merci")
    page.refresh_figures()
    # The model no longer wrote all of it: the figure says the share, the banner is gone.
    assert page.message() == ""
    assert page.provenance_figure() > 0
    assert f"{page.provenance_figure()} %" in page.provenance_label.text()


def test_autosave_while_the_model_writes_keeps_the_esc_hint(
        page: DraftPage, ctx, qtbot, monkeypatch: pytest.MonkeyPatch, order_id: int) -> None:
    page.open_for_order(order_id)
    from desktop.jobs import Cancelled

    def generate(_name, _messages, *, on_token=None, on_finished=None, on_failed=None,
                 on_cancelled=None, **_options):
        def work(jc):  # a model that has begun and writes until it is stopped
            jc.token("BONJOUR")
            jc.cancelled.wait(15)
            raise Cancelled

        return ctx.jobs.submit("slow model", work, on_token=on_token, on_failed=on_failed,
                               on_finished=lambda result: on_finished(*result),
                               on_cancelled=lambda: on_cancelled("", None))

    monkeypatch.setattr(ctx.models, "generate", generate)
    job = page.generate()
    qtbot.waitUntil(lambda: "BONJOUR" in page.editor.toPlainText(), timeout=10_000)
    assert page.flush_autosave()  # the autosave timer fires while the model writes
    shown = " ".join(label.text() for label in (page.save_state, page.writing_label)
                     if label.isVisible())
    assert "(Esc stops)" in shown and "Autosaved at" in shown
    page.stop()
    qtbot.waitUntil(lambda: job.delivered, timeout=15_000)
    assert "(Esc stops)" not in page.writing_label.text() or not page.writing_label.isVisible()

"""The Translate page: projects and files, pre-translation as a cancellable, resumable job with
the tiny seq2seq model, the editor's keys (Ctrl+Enter, Ctrl+M), filters, find and replace,
the project check, and export that never writes an untranslated file without asking."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.dialogs.translation_dialogs import (
    FindReplaceDialog,
    NewProjectDialog,
    UntranslatedDialog,
)
from desktop.ui.pages import translate as translate_page
from desktop.ui.pages.translate import TranslatePage
from storage.tables import SegmentStatus, TranslationSegment
from storage.translation import memory as tmem
from storage.translation import projects as tp
from tests.factories import client, order
from tests.unit.assistants.conftest import build_seq2seq

MODEL = "tiny-translator"
CUES = [
    "Hello and welcome to the studio.",
    "The invoice is ready for the client.",
    "<i>Thank you</i> for your order.",
    "The delivery is planned for tomorrow.",
    "I translate documents for small businesses.",
    "The quote is ready.",
    "We will send the files in two days.",
    "Please check the subtitles.",
    "The client wants a shorter version.",
    "Everything is ready.",
    "See you next week.",
    "Goodbye.",
]


def srt_text(lines: list[str]) -> str:
    blocks = []
    for i, line in enumerate(lines, start=1):
        blocks.append(f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{line}\n")
    return "\n".join(blocks)


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seq2seq(tmp_path_factory.mktemp("gui-translate") / MODEL)


@pytest.fixture
def srt(tmp_path: Path) -> Path:
    path = tmp_path / "episode.srt"
    path.write_text(srt_text(CUES), encoding="utf-8")
    return path


def make_page(ctx, qtbot) -> TranslatePage:
    page = TranslatePage(ctx)
    qtbot.addWidget(page)
    page.resize(1090, 760)
    page.show()
    return page


def wait_idle(qtbot, page: TranslatePage, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: page.idle, timeout=timeout)


@pytest.fixture
def page(ctx, qtbot) -> Iterator[TranslatePage]:
    p = make_page(ctx, qtbot)
    yield p
    ctx.jobs.wait()


def new_project(ctx, qtbot, page: TranslatePage, srt: Path) -> int:
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "Episode 1", "en", "fr").id
    page.refresh_after_create(project_id, [srt])
    wait_idle(qtbot, page)
    return project_id


def statuses(ctx, project_id: int) -> list[str]:
    with ctx.store.session() as s:
        return [SegmentStatus(seg.status).value for seg in tp.segments(s, project_id)]


def segment_ids(ctx, project_id: int) -> list[int]:
    with ctx.store.session() as s:
        return [seg.id for seg in tp.segments(s, project_id)]


def type_text(page: TranslatePage, text: str) -> None:
    page.target_edit.selectAll()
    page.target_edit.insertPlainText(text)


# --- projects and files --------------------------------------------------------------------


def test_new_project_dialog_then_import_fills_the_grid(ctx, qtbot, page, srt) -> None:
    with ctx.store.transaction() as s:
        o = order(s, title="Sous-titres épisode 1", client_obj=client(s, language="en"))
        order_id = o.id
    dialog = NewProjectDialog(ctx, order_id, page)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Sous-titres épisode 1"  # from the order
    assert dialog.source_combo.code() == "en"  # the client's language
    dialog.target_combo.set_code("fr-CA")
    assert dialog.choose_files([str(srt)]) == [srt]
    assert dialog.choose_files([str(srt.with_suffix(".pdf"))]) == []  # refused, named
    assert ".pdf" in dialog.error_label("file").text() or "pdf" in dialog.error_label(
        "file").text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    project_id = dialog.result_value
    page.refresh_after_create(project_id, dialog.files())
    wait_idle(qtbot, page)

    assert page.project is not None and page.project.target_lang == "fr-ca"
    assert page.project.order_id == order_id
    assert page.model.total == len(CUES)
    assert page.model.data(page.model.index(1, page.model.SOURCE)) == CUES[1]
    # The <i> run is a placeholder, drawn as a tag: the text keeps it.
    assert "⟨1⟩Thank you⟨/1⟩" in page.model.row_at(2).source
    assert page.chips["new"].text().endswith(str(len(CUES)))
    assert page.percent_label.text().startswith("0")
    assert page.files_list.count() == 1
    current = page.current_segment
    assert current is not None and current.number == 1  # first segment open
    assert page.projects_list.count() == 1


def test_a_project_needs_a_name_and_two_languages(ctx, qtbot, page) -> None:
    dialog = NewProjectDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    dialog.accept()
    assert dialog.error_label("name").isVisibleTo(dialog)
    dialog.name_edit.setText("Contrat")
    dialog.source_combo.set_code("fr")
    dialog.target_combo.set_code("fr")
    dialog.accept()
    assert "differ" in dialog.error_label("target_lang").text()
    with ctx.store.session() as s:
        assert tp.list_projects(s) == []


def test_a_malformed_file_is_named_with_its_problem_and_nothing_is_imported(
        ctx, qtbot, page, tmp_path) -> None:
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "Broken", "en", "fr").id
    page.open_project(project_id)
    bad = tmp_path / "broken.srt"
    bad.write_text("1\nthis is not a timing line\nHello\n\n2\n00:00:01 --> nope\nBye\n",
                   encoding="utf-8")
    bad_docx = tmp_path / "contract.docx"
    bad_docx.write_bytes(b"not a zip at all")
    page.import_files([bad, bad_docx])
    wait_idle(qtbot, page)
    assert "broken.srt" in page.last_error
    assert "contract.docx" in page.last_error
    assert page.message_bar.isVisible()
    with ctx.store.session() as s:
        assert tp.list_files(s, project_id) == []
        assert tp.count_segments(s, project_id) == 0
    assert page.grid_stack.currentWidget() is page.grid_empty


# --- pre-translation -----------------------------------------------------------------------


@pytest.fixture
def installed(ctx, tiny_dir: Path) -> str:
    shutil.copytree(tiny_dir, ctx.models.models_dir / MODEL)
    return MODEL


def test_pretranslate_reports_progress_cancels_and_resumes_without_redoing(
        ctx, qtbot, installed, srt, monkeypatch) -> None:
    page = make_page(ctx, qtbot)
    project_id = new_project(ctx, qtbot, page, srt)
    assert page.model_combo.currentData() == MODEL
    assert page.models_link.isHidden()
    page.chunk_size = 3
    page.translate_options = {"max_new_tokens": 8}
    real = translate_page.pretranslate
    sent: list[list[str]] = []

    def gated(store: Any, pid: int, translate: Any, **kw: Any) -> Any:
        cancel = kw["cancel"]

        def first_chunk_only(texts: list[str]) -> list[str]:
            if sent:  # wait for Cancel after the first chunk, like a long batch would
                cancel.wait(20)
                raise RuntimeError("stopped")
            sent.append(list(texts))
            return translate(texts)

        return real(store, pid, first_chunk_only, **kw)

    monkeypatch.setattr(translate_page, "pretranslate", gated)
    job = page.pretranslate()
    assert job is not None and page.cancel_button.isEnabled()
    assert page.pretranslate() is None  # one run at a time

    qtbot.waitUntil(lambda: bool(re.search(r"3 / 12 segments", page.pt_status.text())),
                    timeout=30_000)
    assert "left" in page.pt_status.text()
    page.cancel_pretranslate()
    wait_idle(qtbot, page)
    assert page.last_result is not None and page.last_result.cancelled
    assert "Stopped" in page.pt_status.text()
    after_cancel = statuses(ctx, project_id)
    assert after_cancel.count("mt") == 3 and after_cancel.count("new") == len(CUES) - 3
    with ctx.store.session() as s:
        first = {seg.id: seg.mt for seg in tp.segments(s, project_id, statuses=["mt"])}
    assert page.model.row_at(0).status == "mt"  # the grid shows the chunk saved

    monkeypatch.setattr(translate_page, "pretranslate", real)
    resumed: list[str] = []
    original_translator = ctx.models.translator

    def counting(*args: Any, **kw: Any) -> Any:
        class Wrap:
            def __enter__(self_inner) -> Any:
                self_inner.cm = original_translator(*args, **kw)
                inner = self_inner.cm.__enter__()

                def call(texts: list[str]) -> list[str]:
                    resumed.extend(texts)
                    return inner(texts)

                return call

            def __exit__(self_inner, *exc: Any) -> Any:
                return self_inner.cm.__exit__(*exc)

        return Wrap()

    monkeypatch.setattr(ctx.models, "translator", counting)
    page.pretranslate()
    wait_idle(qtbot, page)
    assert len(resumed) == len(CUES) - 3  # only the segments still new went to the model
    assert not page.last_result.cancelled
    with ctx.store.session() as s:
        again = {seg.id: seg.mt for seg in tp.segments(s, project_id)}
    assert all(again[k] == v for k, v in first.items())  # finished segments untouched
    assert "Pre-translation done" in page.pt_status.text()
    assert page.chips["mt"].text().endswith(str(page.last_result.mt + 3))
    ctx.models.shutdown()


def test_without_a_model_pretranslation_uses_the_memory_only(ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    assert "memory only" in page.pretranslate_button.text()
    assert not page.models_link.isHidden()
    with qtbot.waitSignal(page.open_models):
        page.models_link.click()
    with ctx.store.transaction() as s:
        tmem.add_unit(s, "en", "fr", CUES[1], "La facture est prête pour le client.")
    page.pretranslate()
    wait_idle(qtbot, page)
    assert page.last_result is not None
    assert (page.last_result.tm_exact, page.last_result.mt) == (1, 0)
    got = statuses(ctx, project_id)
    assert got[1] == "tm" and got.count("new") == len(CUES) - 1
    assert page.model.row_at(1).target == "La facture est prête pour le client."


# --- the editor ---------------------------------------------------------------------------


def test_ctrl_enter_confirms_moves_to_next_unconfirmed_and_feeds_the_memory(
        ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        tp.confirm(s, ids[1], "La facture est prête pour le client.")
    page.refresh()
    page.select_segment(ids[0])
    type_text(page, "Bonjour et bienvenue au studio.")
    qtbot.keyClick(page.target_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert statuses(ctx, project_id)[0] == "confirmed"
    current = page.current_segment
    assert current is not None and current.id == ids[2]  # skipped the confirmed
    assert page.model.row_at(0).status == "confirmed"
    with ctx.store.session() as s:
        match = tmem.exact_match(s, "en", "fr", CUES[0])
    assert match is not None and match.target == "Bonjour et bienvenue au studio."
    wait_idle(qtbot, page)
    assert page.tm is not None and page.tm.exact(CUES[0]) is not None
    assert page.percent_label.text().startswith("16")  # 2 of 12

    # An empty translation cannot be confirmed: the reason shows, nothing moves.
    type_text(page, "")
    qtbot.keyClick(page.target_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert "Write a translation" in page.editor_message.text()
    assert page.current_segment.id == ids[2]

    # Leaving a segment keeps what was typed as the person's edit.
    type_text(page, "Merci pour votre commande.")
    page.select_segment(ids[3])
    assert statuses(ctx, project_id)[2] == "edited"


def test_ctrl_m_inserts_the_machine_translation(ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        seg = s.get(TranslationSegment, ids[3])
        seg.mt = "La livraison est prévue demain."
        tp.set_target(s, ids[3], seg.mt, "mt")
    page.refresh()
    page.select_segment(ids[0])
    qtbot.keyClick(page.target_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "not translated this segment" in page.editor_message.text()
    assert page.target_edit.toPlainText() == ""
    page.select_segment(ids[3])
    type_text(page, "La livraison…")
    qtbot.keyClick(page.target_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.target_edit.toPlainText() == "La livraison est prévue demain."
    page.target_edit.undo()
    assert page.target_edit.toPlainText() == "La livraison…"  # one undoable edit


def test_filter_by_status_and_text(ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        tp.confirm(s, ids[0], "Bonjour et bienvenue.")
        tp.set_target(s, ids[4], "Je traduis des documents.")
    page.refresh()
    page.set_filter("confirmed")
    assert page.model.total == 1 and page.model.row_at(0).id == ids[0]
    page.set_filter("edited")
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [ids[4]]
    page.set_filter("todo")
    assert page.model.total == len(CUES) - 1
    page.set_filter("new")
    assert page.model.total == len(CUES) - 2
    page.search_edit.setText("invoice")
    page.search_timer.timeout.emit()
    assert page.model.total == 1 and page.model.row_at(0).id == ids[1]
    page.set_filter("confirmed")
    assert page.model.total == 0
    assert page.grid_stack.currentWidget() is page.grid_empty
    assert "No segments match" in page.grid_empty.text()
    page.search_edit.clear()
    page.set_filter("all")
    assert page.model.total == len(CUES)


def test_find_and_replace_in_translations(ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        tp.set_target(s, ids[1], "La facture est prête.")
        tp.confirm(s, ids[5], "Le devis est prêt, la facture suivra.")
    page.refresh()
    dialog = FindReplaceDialog(ctx, project_id, page)
    qtbot.addWidget(dialog)
    assert dialog.find_all() is None  # nothing to find: the reason shows
    assert dialog.error_label.isVisibleTo(dialog)
    dialog.find_edit.setText("FACTURE")
    found = dialog.find_all()
    assert found is not None and found.matches == 2
    assert "2" in dialog.result_label.text()
    dialog.replace_edit.setText("note")
    done = dialog.replace_all()
    assert done is not None and done.replacements == 2
    assert "Replaced 2" in dialog.result_label.text()
    page.after_replace()
    got = statuses(ctx, project_id)
    assert got[1] == "edited" and got[5] == "confirmed"
    assert page.model.row_at(1).target == "La note est prête."
    with ctx.store.session() as s:
        unit = tmem.exact_match(s, "en", "fr", CUES[5])
    assert unit is not None and unit.target == "Le devis est prêt, la note suivra."


def test_project_check_lists_issues_and_goes_to_the_segment(ctx, qtbot, page, srt) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        tp.set_target(s, ids[6], "Nous enverrons les fichiers dans 3 jours")  # 2 → 3, no “.”
    page.refresh()
    page.run_project_check()
    wait_idle(qtbot, page)
    assert page.project_checks.count() == 2
    texts = [page.project_checks.item(i).text() for i in range(2)]
    assert any("Numbers differ" in t for t in texts)
    assert any("ends with" in t for t in texts)
    assert page.model.row_at(6).issues  # the grid flags it too
    page.project_checks.itemClicked.emit(page.project_checks.item(0))
    current = page.current_segment
    assert current is not None and current.id == ids[6]
    assert page.side_tabs.tabText(2).endswith("(2)")


# --- export -----------------------------------------------------------------------------------


def test_export_with_untranslated_segments_asks_first(ctx, qtbot, page, srt, tmp_path) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    ids = segment_ids(ctx, project_id)
    with ctx.store.transaction() as s:
        for seg_id in ids[:-1]:
            tp.set_target(s, seg_id, "Traduit.")
    page.refresh()
    out = tmp_path / "out" / "episode.fr.srt"
    out.parent.mkdir()
    asked: list[tuple[str, str]] = []

    def refuse(dialog: QDialog) -> bool:  # the page deletes the dialog once answered
        assert isinstance(dialog, UntranslatedDialog)
        asked.append((dialog.message.text(), dialog.examples.text()))
        return False

    page.ask = refuse
    page.export_file(path=out)
    wait_idle(qtbot, page)
    assert len(asked) == 1
    assert "1 segment" in asked[0][0] and "episode.srt" in asked[0][0]
    assert "Goodbye." in asked[0][1]
    assert not out.exists()  # never a silently untranslated file

    page.ask = lambda dialog: True
    page.export_file(path=tmp_path / "out" / "episode.fr")  # the extension is added
    wait_idle(qtbot, page)
    assert out.exists()
    text = out.read_text(encoding="utf-8")
    assert "Traduit." in text and "Goodbye." in text  # left in the source language
    assert "00:00:12,000 --> 00:00:12,900" in text
    assert page.last_export is not None and len(page.last_export.untranslated) == 1
    assert "source language" in page.message_label.text()


def test_untranslated_dialog_offers_export_anyway_or_cancel(qtbot) -> None:
    from storage.translation.export import Untranslated

    missing = [Untranslated(i, str(i), f"Subtitle {i}", f"Line {i}") for i in range(1, 9)]
    dialog = UntranslatedDialog("film.srt", missing)
    qtbot.addWidget(dialog)
    assert "8 segment" in dialog.message.text()
    assert "Subtitle 1" in dialog.examples.text() and "Subtitle 6" not in dialog.examples.text()
    assert "3 more" in dialog.examples.text()
    assert dialog.cancel_button.isDefault()
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_glossary_and_memory_files(ctx, qtbot, page, srt, tmp_path) -> None:
    new_project(ctx, qtbot, page, srt)
    csv_path = tmp_path / "glossary.csv"
    csv_path.write_text("source;target;required\ninvoice;facture;oui\n", encoding="utf-8")
    page.import_glossary(csv_path)
    wait_idle(qtbot, page)
    assert len(page.glossary) == 1
    page.select_segment(page.model.row_at(1).id)
    assert page.glossary_list.count() == 1 and "facture" in page.glossary_list.item(0).text()
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    page.import_tmx(bad)
    wait_idle(qtbot, page)
    assert "bad.tmx" in page.last_error
    type_text(page, "La facture est prête pour le client.")
    page.confirm_current()
    page.export_tmx(tmp_path / "memory")
    page.export_glossary(tmp_path / "terms.csv")
    wait_idle(qtbot, page)
    assert "facture" in (tmp_path / "memory.tmx").read_text(encoding="utf-8")
    assert "invoice" in (tmp_path / "terms.csv").read_text(encoding="utf-8-sig")


def test_translate_a_document_for_an_order(ctx, qtbot, page, srt) -> None:
    from desktop.ui.pages.orders import OrdersPage

    with ctx.store.transaction() as s:
        order_id = order(s, title="Sous-titres épisode 2").id
        project_id = tp.create_project(s, "Épisode 2", "en", "fr", order_id=order_id).id
    orders = OrdersPage(ctx)
    qtbot.addWidget(orders)
    orders.show()
    orders.select_order(order_id)
    with qtbot.waitSignal(orders.translate_order) as signal:
        orders.translate_button.click()
    assert signal.args == [order_id]
    assert page.open_for_order(order_id) == project_id  # its project, without a dialog
    assert page.project is not None and page.project.id == project_id
    assert page.order_link.text().endswith("Sous-titres épisode 2")
    with qtbot.waitSignal(page.open_order) as opened:
        page.order_link.click()
    assert opened.args == [order_id]


# --- invisible characters ---------------------------------------------------------------------


def test_model_and_typed_invisible_characters_are_reported_once(
        ctx, qtbot, page, srt, tmp_path, monkeypatch) -> None:
    project_id = new_project(ctx, qtbot, page, srt)
    real = translate_page.pretranslate

    def hostile_model(store: Any, pid: int, _translate: Any, **kw: Any) -> Any:
        return real(store, pid, lambda texts: [f"FR\x07\x00 {t}\ufffe" for t in texts], **kw)

    monkeypatch.setattr(translate_page, "pretranslate", hostile_model)
    page.pretranslate()
    wait_idle(qtbot, page)
    assert page.last_result is not None and page.last_result.removed_characters == 3 * len(CUES)
    status = page.pt_status.text()
    assert status.count("invisible character") == 1 and str(3 * len(CUES)) in status
    with ctx.store.session() as s:
        assert all("\x07" not in seg.target for seg in tp.segments(s, project_id))

    first = segment_ids(ctx, project_id)[0]
    with ctx.store.transaction() as s:  # a person's paste, with a bell and a form feed
        tp.set_target(s, first, "Bonjour\x07 et bienvenue\x0c.")
    page.refresh()
    job = page.run_project_check()
    assert job is not None
    wait_idle(qtbot, page)
    checks = [page.project_checks.item(i).text() for i in range(page.project_checks.count())]
    assert any(c.startswith("#1 ") and "U+0007, U+000C" in c for c in checks)

    out = tmp_path / "episode.fr.srt"
    page.export_file(path=out)
    wait_idle(qtbot, page)
    assert "\x07" not in out.read_text(encoding="utf-8")
    message = page.message_label.text()
    assert "2 invisible character" in message and "Subtitle 1" in message


# --- what the page shows stays current (issue 14, layout) ------------------------------------


def test_the_memory_count_follows_confirmations_without_a_restart(ctx, qtbot, page, srt) -> None:
    new_project(ctx, qtbot, page, srt)
    assert "0 memory units" in page.resources_label.text()
    page.select_segment(page.model.row_at(0).id)
    type_text(page, "Bonjour et bienvenue au studio.")
    assert page.confirm_current()
    assert "1 memory unit " in page.resources_label.text()
    type_text(page, "La facture est prête pour le client.")
    assert page.confirm_current()
    assert "2 memory units" in page.resources_label.text()


def test_the_segment_caption_names_its_whole_location_in_the_persons_language(
        ctx, qtbot, page, tmp_path) -> None:
    md = tmp_path / "notes.md"
    md.write_text("# Notes\n\n" + "".join(f"Line {n} of the notes.\n\n" for n in range(3, 6)),
                  encoding="utf-8")
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "Notes", "en", "fr").id
    page.refresh_after_create(project_id, [md])
    wait_idle(qtbot, page)
    ctx.i18n.set_language("fr")
    try:
        page.resize(1024 - 190, 700)  # the window at its narrowest, less the sidebar
        page.select_segment(page.model.row_at(3).id)
        label = page.segment_where
        assert "Ligne 7, paragraphe" in label.text()
        qtbot.waitUntil(lambda: label.isVisible())
        # The whole caption shows: on one line, or wrapped onto several, never cut.
        shown = label.contentsRect()
        needed = label.fontMetrics().boundingRect(
            shown.adjusted(0, 0, 0, 10_000), int(Qt.TextFlag.TextWordWrap), label.text()) \
            if label.wordWrap() else label.fontMetrics().boundingRect(label.text())
        assert needed.width() <= shown.width() and needed.height() <= shown.height()
    finally:
        ctx.i18n.set_language("en")

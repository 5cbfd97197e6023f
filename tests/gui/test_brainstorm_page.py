"""The Brainstorm page: an end-to-end round with the tiny model (its random text becomes a raw
card), cards you can look at and act on (pin, discard, notes, edit, copy a hex), the round
history, PDF and Markdown exports attached to the order, and the Orders page's entry."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from assistants.generation import GenerationStats
from desktop.cli import main
from desktop.ui.pages.brainstorm import BrainstormPage
from storage import brainstorm as sb
from storage.tables import DeliverableKind, Order, OrderStatus
from tests.factories import order
from tests.gui.conftest import NOW, shown
from tools.screenshots.brainstorm_samples import IDEAS, seed_brainstorm


@pytest.fixture
def page(ctx, qtbot) -> Iterator[BrainstormPage]:
    yield shown(qtbot, BrainstormPage(ctx), 1100, 800)
    ctx.jobs.wait()


@pytest.fixture
def order_id(ctx) -> int:
    with ctx.store.transaction() as s:
        return order(s, title="Logo du café", status=OrderStatus.IN_PROGRESS,
                     brief="Un logo pour un café de plage à Essaouira").id


def pdf_pages(qtbot, path: Path) -> int:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return doc.pageCount()


def test_tiny_model_round_gives_a_raw_card_and_exports_a_pdf_attached_to_the_order(
        ctx, qtbot, tiny_dir: Path, order_id: int, tmp_path: Path) -> None:
    shutil.copytree(tiny_dir, ctx.models.models_dir / "tiny-writer")
    page = BrainstormPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    assert page.current_model() == "tiny-writer" and page.generate_button.isEnabled()
    page.open_for_order(order_id)
    assert page.brief_edit.toPlainText() == "Un logo pour un café de plage à Essaouira"
    assert "Logo du café" in page.order_label.text()
    page.count_spin.setValue(3)
    page.seed_spin.setValue(5)
    page.style_edit.setText("solaire, fait main")
    page.max_new_tokens = 24
    assert page.generate()
    assert page.stop_button.isEnabled() and not page.generate_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    ctx.jobs.wait()

    # Random text is no JSON: one repair was asked for, then the answer became a raw card.
    assert [o["purpose"] for o in page.round_outputs()] == ["ideas", "repair"]
    [card] = page.cards.values()
    assert card.idea is None and card.raw_view.toPlainText().strip()
    assert card.title.text() == "Unparsed answer"
    assert "1 unparsed answer" in page.progress_label.text()
    assert page.history.count() == 1 and "tiny-writer" in page.history.item(0).text()
    assert "seed 5" in page.history.item(0).text()
    with ctx.store.session() as s:
        [board] = sb.list_boards(s, order_id=order_id)
        assert board.style == "solaire, fait main"
        [rnd] = sb.list_rounds(s, board.id)
        assert (rnd.model, rnd.seed, rnd.requested, rnd.temperature) == (
            "tiny-writer", 5, 3, "0.9")

    out = tmp_path / "board.pdf"
    job = page.export(out)
    assert job is not None
    qtbot.waitUntil(lambda: page.last_export == out, timeout=15_000)
    assert pdf_pages(qtbot, out) == len(page.cards) == 1
    with ctx.store.session() as s:
        files = [d for d in sb.get_board(s, board.id).order.deliverables
                 if d.kind is DeliverableKind.FILE]
        assert [d.versions[-1].file_path for d in files] == [str(out)]
    assert "Attached to the order." in page.message_label.text()


def test_cards_show_palette_contrast_fonts_and_wireframe(ctx, qtbot, page) -> None:
    with ctx.store.transaction() as s:
        order(s, title="Café", status=OrderStatus.IN_PROGRESS)
    boards = seed_brainstorm(ctx.store, NOW)
    assert page.open_board(boards["en"])
    assert len(page.cards) == 5  # four ideas and an unparsed answer
    first = next(iter(page.cards.values()))
    assert first.title.text() == "Tide Table" and first.pin_button.isChecked()
    assert [b.swatch.hex for b in first.swatches] == [
        c["hex"] for c in IDEAS["en"][0]["palette"]]
    text, normal, large = first.contrast_rows[0][1:]
    assert text.text() == "Text on background: 10.2:1"
    assert (normal.text(), large.text()) == ("AAA", "Large: AAA")
    primary = first.contrast_rows[1]
    assert (primary[2].text(), primary[3].text()) == ("Fails AA", "Large: AA")
    assert "Shown in DejaVu Serif (Playfair Display not installed)" in first.fonts_label.text()
    assert [r[0].kind for r in first.wireframe.rows] == ["header", "hero", "grid", "footer"]
    assert "click to copy" in first.swatches[1].toolTip()
    first.swatches[1].click()
    assert QGuiApplication.clipboard().text() == "#1F3B57"
    assert "Copied #1F3B57" in page.message_label.text()
    assert "5 idea" in page.summary_label.text() and "2 pinned" in page.summary_label.text()
    assert page.history.count() == 2


def test_pin_discard_notes_and_edit_persist(ctx, qtbot, page, tmp_path: Path) -> None:
    with ctx.store.transaction() as s:
        order(s, title="Café", status=OrderStatus.IN_PROGRESS)
    board_id = seed_brainstorm(ctx.store, NOW)["en"]
    page.open_board(board_id)
    ids = list(page.cards)
    page.cards[ids[1]].pin_button.click()
    page.cards[ids[1]].notes.setText("Show this one first")
    page.cards[ids[1]].notes.editingFinished.emit()
    page.cards[ids[3]].discard_button.click()
    qtbot.waitUntil(lambda: ids[3] not in page.cards)
    raw_id = ids[4]
    dialog = page.edit_dialog(raw_id)
    assert dialog.concept_edit.toPlainText().startswith("Here are some ideas")
    dialog.title_edit.setText("Sunrise")
    dialog.palette_edit.setPlainText("#FFD23F background\nnot a colour")
    dialog.accept()
    assert "not a colour" in dialog.error_label("palette").text()  # nothing saved
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.palette_edit.setPlainText("#FFD23F background\n#222 text\n#1B4965 primary")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: raw_id in page.cards and page.cards[raw_id].idea is not None)
    edited = page.cards[raw_id]
    assert edited.title.text() == "Sunrise" and "Edited by hand" in edited.tag.text()
    with ctx.store.session() as s:
        assert sb.get_idea(s, ids[1]).pinned and sb.get_idea(s, ids[1]).notes == \
            "Show this one first"
        assert sb.get_idea(s, ids[3]).discarded
        row = sb.get_idea(s, raw_id)
        assert row.edited and sb.idea_data(row)["palette"][1] == {"hex": "#222222",
                                                                  "role": "text"}
    page.show_combo.setCurrentIndex(1)  # pinned only
    assert sorted(page.cards) == sorted([ids[0], ids[1], ids[2]])
    page.show_combo.setCurrentIndex(0)
    page.discarded_check.setChecked(True)
    assert ids[3] in page.cards and page.cards[ids[3]].discard_button.text() == "Restore"
    # Two cards selected: Combine is offered (a model is needed to run it).
    page.select(ids[0], ids[1])
    assert page.combine_button.text() == "Combine selected (2/2)"
    out = tmp_path / "pinned.md"
    page.export(out, pinned_only=True)
    qtbot.waitUntil(lambda: page.last_export == out, timeout=10_000)
    text = out.read_text(encoding="utf-8")
    assert text.count("\n## ") == 3 and "| `#F6F1E7` | background |" in text


def test_new_board_needs_a_brief_and_says_so(ctx, qtbot, page) -> None:
    page.new_board()
    assert "Describe the brief on the left" in page.empty_label.text()
    assert page.save_board() is None
    assert page.brief_error.isVisible()
    assert page.brief_error.text() == "Describe the brief before asking for ideas."
    assert not page.generate_button.isEnabled()  # no model installed
    assert page.models_empty.isVisibleTo(page)


def test_orders_page_opens_the_brainstorm_for_the_order(window, demo_ctx, qtbot) -> None:
    with demo_ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).where(Order.brief != "").limit(1))
        brief = s.get(Order, order_id).brief
    orders = window.show_page("orders")
    orders.select_order(order_id)
    assert orders.brainstorm_button.text() == "Brainstorm from this order"
    orders.brainstorm_button.click()
    assert window.current_page_id() == "brainstorm"
    page = window.pages["brainstorm"]
    assert page.order_id == order_id and f"#{order_id}" in page.order_label.text()
    assert page.brief_edit.toPlainText() == brief


def test_page_and_cli_ask_the_model_for_the_same_tokens_per_idea(
        ctx, qtbot, tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three ideas asked for, the first answer holds one: both ask for 3 x 260 + 120 tokens,
    then 2 x 260 + 120 for the two still wanted (the command asked for three again)."""
    def answers() -> list[str]:
        return [json.dumps({"ideas": [IDEAS["en"][0]]}),
                json.dumps({"ideas": [IDEAS["en"][1], IDEAS["en"][2]]})]

    shutil.copytree(tiny_dir, ctx.models.models_dir / "tiny-writer")
    page = BrainstormPage(ctx)
    qtbot.addWidget(page)
    page_budgets: list[int] = []
    page_answers = answers()

    class Models:  # the page's side of ModelService: generate(...) with callbacks
        def generate(self, _name, _messages, *, max_new_tokens, on_finished, **_kw):
            page_budgets.append(max_new_tokens)
            on_finished(page_answers.pop(0), None)

    page.models = Models()
    page.new_board()
    page.brief_edit.setPlainText("A seaside café logo")
    page.count_spin.setValue(3)
    assert page.generate() and not page.busy
    assert len(page.cards) == 3

    cli_budgets: list[int] = []
    cli_answers = answers()

    class Stream:
        def __init__(self, text: str) -> None:
            self.text, self.stats = text, GenerationStats()

        def __enter__(self) -> Stream:
            return self

        def __exit__(self, *_exc: object) -> None:
            return None

        def __iter__(self):
            yield self.text

    def stream_generate(_model, _tokenizer, _messages, *, max_new_tokens, **_kw) -> Stream:
        cli_budgets.append(max_new_tokens)
        return Stream(cli_answers.pop(0))

    monkeypatch.setattr("assistants.generation.stream_generate", stream_generate)
    data = tmp_path / "cli"
    shutil.copytree(tiny_dir, data / "models" / "tiny-writer")
    brief = tmp_path / "brief.txt"
    brief.write_text("A seaside café logo", encoding="utf-8")
    assert main(["brainstorm", "--brief", str(brief), "-n", "3", "--model", "tiny-writer",
                 "-o", str(tmp_path / "board.md"), "--data-dir", str(data)]) == 0
    assert (tmp_path / "board.md").read_text(encoding="utf-8").count("\n## ") == 3
    assert page_budgets == cli_budgets == [3 * 260 + 120, 2 * 260 + 120]


def test_invisible_characters_from_the_model_are_removed_and_said_once_per_round(
        ctx, qtbot, tiny_dir: Path) -> None:
    """The answer holds control characters (3 in the text, 2 more the stream already took
    out): no card shows them, and the round's status line says once that 5 were removed; a
    clean round after it says nothing about them."""
    idea = IDEAS["en"][0]
    clean = json.dumps({"ideas": [idea]}, ensure_ascii=False)
    dirty = clean.replace(idea["title"], "Tide\x07 Ta\x1bble\x00", 1)
    answers = [(dirty, GenerationStats(removed_characters=2)),
               (json.dumps({"ideas": [IDEAS["en"][1]]}, ensure_ascii=False), GenerationStats())]

    class Models:  # the page's side of ModelService: generate(...) with callbacks
        def generate(self, _name, _messages, *, on_finished, **_kw):
            on_finished(*answers.pop(0))

    shutil.copytree(tiny_dir, ctx.models.models_dir / "tiny-writer")
    page = shown(qtbot, BrainstormPage(ctx), 1100, 800)
    page.models = Models()
    page.new_board()
    page.brief_edit.setPlainText("A seaside café logo")
    page.count_spin.setValue(1)
    assert page.generate() and not page.busy

    [card] = page.cards.values()
    assert card.title.text() == "Tide Table"
    shown_text = " ".join(w.text() for w in card.findChildren(QLabel))
    assert not any(c in shown_text for c in "\x07\x1b\x00")
    said = page.progress_label.text() + " " + page.message_label.text()
    notes = re.findall(r"(\d+) invisible character(?:s|\(s\))? the model produced (?:was|were) "
                       r"removed", said)
    assert notes == ["5"], said

    assert page.generate() and not page.busy
    assert len(page.cards) == 2
    said = page.progress_label.text() + " " + page.message_label.text()
    assert "invisible" not in said, said


def test_contrast_ratios_use_the_persons_decimal_mark(ctx, qtbot, page) -> None:
    with ctx.store.transaction() as s:
        order(s, title="Café", status=OrderStatus.IN_PROGRESS)
    boards = seed_brainstorm(ctx.store, NOW)
    ctx.i18n.set_language("fr")
    try:
        assert page.open_board(boards["en"])
        text = next(iter(page.cards.values())).contrast_rows[0][1]
        assert text.text().endswith("10,2:1")
    finally:
        ctx.i18n.set_language("en")

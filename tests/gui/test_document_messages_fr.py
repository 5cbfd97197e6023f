"""An export failure on the Translate page reads in the person's language (here French, with
the shipped catalogue), naming the file and the segment; the English message is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.ui.pages.translate import TranslatePage
from storage.documents.errors import DocumentEncodingError
from storage.translation import projects as tp
from storage.translation.export import export_project_file

N = "\u202f"


@pytest.fixture
def french(ctx) -> Iterator[None]:
    """The app in French, with its shipped catalogue."""
    ctx.i18n.set_language("fr")
    yield
    ctx.i18n.set_language("en")


def _project_with_a_latin1_subtitle(ctx, tmp_path: Path) -> tuple[int, int]:
    srt = tmp_path / "episode.srt"  # Windows-1252: export writes the same encoding
    srt.write_bytes("1\n00:00:01,000 --> 00:00:01,900\nCafé crème.\n\n"
                    "2\n00:00:02,000 --> 00:00:02,900\nÀ bientôt.\n".encode("cp1252"))
    with ctx.store.transaction() as s:
        project = tp.create_project(s, "Episode", "fr", "el")
        file_id = tp.import_file(s, project.id, srt).id
        first, second = tp.segments(s, project.id)
        tp.set_target(s, first.id, "Καφές.")  # Greek: Windows-1252 has no place for it
        tp.set_target(s, second.id, "Τα λέμε.")
    return project.id, file_id


def test_an_export_failure_reads_in_french_naming_the_file_and_the_subtitle(
        ctx, qtbot, tmp_path: Path, french: None) -> None:
    project_id, file_id = _project_with_a_latin1_subtitle(ctx, tmp_path)
    # The command line's English sentence is unchanged.
    with ctx.store.session() as s, pytest.raises(DocumentEncodingError) as caught:
        export_project_file(s, file_id, tmp_path / "episode.el.srt")
    assert str(caught.value) == (
        "episode.srt, Subtitle 1 (00:00:01,000 → 00:00:01,900): the translation contains "
        "“Καφές”, which the file's encoding, Windows-1252 (Western European), cannot store. "
        "Export again choosing UTF-8.")

    page = TranslatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_project(project_id)
    qtbot.waitUntil(lambda: page.idle, timeout=30_000)
    page.export_file(file_id, path=tmp_path / "episode.el.srt")
    qtbot.waitUntil(lambda: page.idle, timeout=30_000)
    ctx.jobs.wait()
    assert page.message_label.text() == (
        f"episode.srt, Sous-titre 1 (00:00:01,000 → 00:00:01,900){N}: la traduction contient "
        f"«{N}Καφές{N}», que l’encodage du fichier, Windows-1252 (Europe occidentale), ne peut pas "
        "enregistrer. Exportez de nouveau en choisissant UTF-8.")
    assert not (tmp_path / "episode.el.srt").exists()


def test_the_untranslated_segments_before_export_are_located_in_french(qtbot, french) -> None:
    from desktop.ui.dialogs.translation_dialogs import UntranslatedDialog
    from storage.translation.export import Untranslated

    missing = [Untranslated(7, "cue2", "Subtitle 2 (00:00:02,000 → 00:00:02,900)", "À bientôt.")]
    dialog = UntranslatedDialog("episode.srt", missing)
    qtbot.addWidget(dialog)
    assert "Sous-titre 2 (00:00:02,000 → 00:00:02,900)" in dialog.examples.text()
    assert "À bientôt." in dialog.examples.text()

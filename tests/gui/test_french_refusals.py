"""A model folder refused on the Models page reads in French in French mode, values in place.

Uses the shipped French catalogue: skipped (saying so) while the compiled catalogue lacks the
refusal's template, i.e. until the French of desktop/assistant_messages.py is merged into
desktop/translations/atelier_fr.ts and compiled (`make setup`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui.pages.models import ModelsPage
from tests.gui.conftest import shown

REFUSAL = ("The folder {folder} cannot be imported: it holds entries that are not regular files: "
           "{entries}. Atelier copies only the files that are inside the folder itself, never "
           "what a link points to, so nothing was copied. Replace each link by the file itself "
           "(for a Hugging Face cache folder, copy it with `cp -rL`, or download the model with "
           "Atelier instead), or remove these entries.")


@pytest.fixture
def french_page(ctx, qtbot) -> Iterator[ModelsPage]:
    ctx.i18n.set_language("fr")
    page = shown(qtbot, ModelsPage(ctx), 1280, 800)
    page.retranslate()
    try:
        yield page
    finally:
        ctx.models.shutdown()
        ctx.jobs.wait()
        ctx.i18n.set_language("en")


def test_a_model_folder_with_a_link_is_refused_in_french(french_page: ModelsPage, qtbot,
                                                         tmp_path: Path) -> None:
    if QCoreApplication.translate("assistants", REFUSAL) == REFUSAL:
        pytest.skip("the compiled French catalogue lacks the assistants refusals yet")
    folder = tmp_path / "linked-model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    try:
        (folder / "model.safetensors").symlink_to(tmp_path / "elsewhere.bin")
    except OSError:
        pytest.skip("this system cannot make a link")
    job = french_page.import_folder(str(folder))
    qtbot.waitUntil(lambda: french_page.models.settled(job), timeout=15_000)
    assert job.state == "failed"
    text = french_page.installed_message.text()
    assert "Le dossier linked-model ne peut pas être importé" in text
    assert "model.safetensors (un lien)" in text
    assert "cannot" not in text and "a link" not in text

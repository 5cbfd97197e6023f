"""`atelier templates list` and `atelier draft` with the tiny local model (no network)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document

from storage import drafts
from storage.db import open_store
from storage.paths import store_path
from storage.tables import OrderStatus, Origin
from tests.cli_helpers import add_order, run


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def order_id(tiny_data_dir: Path) -> int:
    return add_order(tiny_data_dir, "Librairie Côté Mer", title="Fiches produits",
                     status=OrderStatus.IN_PROGRESS, brief="Vingt fiches pour la boutique en ligne")


def test_templates_list(capsys, tmp_path: Path) -> None:
    d = ["--data-dir", str(tmp_path)]
    code, out, err = run(capsys, "templates", "list", "--json", "--lang", "fr", *d)
    assert code == 0, err
    listed = json.loads(out)
    assert [t["id"] for t in listed] == [
        "gig-description", "proposal", "client-reply", "delivery-message", "article",
        "product-description", "seo-meta", "quote-description", "payment-reminder",
        "inbox-proposal"]
    seo = listed[6]
    assert seo["title"] == "Titre SEO et méta-description" and seo["language"] == "fr"
    assert seo["variables"] == ["language", "brief", "keywords"]
    assert seo["builtin"] and not seo["edited"]

    code, out, _ = run(capsys, "templates", "list", "--lang", "en", *d)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split(None, 1) == ["gig-description", "Gig description"]
    assert "variables: language, platform, gig_title, brief, tone, length, keywords" in lines[1]


def test_draft_for_an_order_as_docx_is_kept_as_a_model_version(
        capsys, tiny_data_dir: Path, order_id: int, tmp_path: Path) -> None:
    out_file = tmp_path / "out.docx"
    code, out, err = run(capsys, "draft", "--template", "delivery-message", "--order",
                         str(order_id), "--var", "tone=chaleureux", "--model", "tiny",
                         "-o", str(out_file), "--lang", "fr", "--max-tokens", "16",
                         "--seed", "1", "--provenance", "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    assert f"Draft written to {out_file}" in err
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        [draft] = drafts.list_drafts(s, order_id=order_id)
        assert draft.title == "Message de livraison — Fiches produits"
        [version] = drafts.list_versions(s, draft.id)
        assert (version.origin, version.model_id) == (Origin.AI, "tiny")
        assert version.note == "template delivery-message"
        generated = version.text
    assert generated and squash(generated) == squash(out)

    paragraphs = [p.text for p in Document(str(out_file)).paragraphs]
    assert squash(" ".join(paragraphs[:-1])) == squash(generated)
    assert paragraphs[-1] == (
        "Assisté par IA\u00a0: environ 0\u00a0% de ce texte a été écrit ou modifié par une "
        "personne après un premier jet de tiny.")


def test_draft_without_order_writes_the_file_only(
        capsys, tiny_data_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "seo.txt"
    code, out, err = run(capsys, "draft", "--template", "seo-meta", "--var",
                         "brief=Une librairie à Brest", "--var", "keywords=livres, Brest",
                         "--model", "tiny", "-o", str(out_file), "--lang", "en",
                         "--max-tokens", "8", "--data-dir", str(tiny_data_dir))
    assert code == 0, err
    assert out_file.read_text(encoding="utf-8") == out.strip() + "\n"
    with open_store(store_path(tiny_data_dir)) as store, store.session() as s:
        assert drafts.list_drafts(s) == []


MODEL = ["--model", "tiny"]
OUTPUT = ["-o", "OUT/out.docx"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--template", "sonnet", *MODEL, *OUTPUT], "There is no template “sonnet”"),
    (["--template", "article", "--order", "999", *MODEL, *OUTPUT], "There is no order #999"),
    (["--template", "article", "--var", "tone", *MODEL, *OUTPUT], "--var takes name=value"),
    (["--template", "article", "--var", "to ne=x", *MODEL, *OUTPUT], "--var takes name=value"),
    (["--template", "article", "--var", "budget=5", *MODEL, *OUTPUT], "has no variable budget"),
    (["--template", "article", *MODEL, *OUTPUT],
     "needs a value for {brief}. Give it with --var brief=…"),
    (["--template", "article", "--var", "brief=x", "--model", "nope", *OUTPUT],
     "No installed model is named “nope”"),
    (["--template", "article", "--var", "brief=x", *MODEL, "-o", "OUT/out.pdf"],
     ".txt, .md or .docx"),
    (["--template", "article", "--var", "brief=x", *MODEL, *OUTPUT, "--max-tokens", "0"],
     "at least 1"),
])
def test_draft_refusals_exit_2_before_loading_a_model(
        capsys, tiny_data_dir: Path, tmp_path: Path, argv: list[str], message: str) -> None:
    argv = [a.replace("OUT", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, "draft", *argv, "--data-dir", str(tiny_data_dir))
    assert code == 2
    assert err.startswith("atelier: ")
    assert message in err
    assert not any(tmp_path.glob("out.*"))

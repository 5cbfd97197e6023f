"""Exporting a draft as .txt, .md or .docx, with the provenance line on request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx import Document

from storage.errors import ValidationError
from storage.export_text import check_export_path, export_text

TEXT = ("Merci pour votre commande !\n\nVoici l'article : 800 mots, relus.\n"
        "Deuxième ligne du même paragraphe.\r\n\r\n\n  Dernier paragraphe — « fin ».  \n")
LINE = "AI-assisted: about 35 % of this text was written or changed by a person after a " \
       "first draft by qwen2.5-1.5b."


def test_txt(tmp_path: Path) -> None:
    out = export_text(tmp_path / "draft.txt", TEXT, title="Rentrée littéraire",
                      provenance_line=LINE)
    assert out == tmp_path / "draft.txt"
    assert out.read_bytes().decode("utf-8") == (
        "Rentrée littéraire\n\n" + TEXT.strip().replace("\r", "") + "\n\n" + LINE + "\n")
    assert export_text(tmp_path / "plain.TXT", "Juste ça").read_text() == "Juste ça\n"


def test_md(tmp_path: Path) -> None:
    out = export_text(tmp_path / "draft.md", "## Intro\n\nDu *texte*.", title="Titre",
                      provenance_line=LINE)
    assert out.read_text(encoding="utf-8") == (
        f"# Titre\n\n## Intro\n\nDu *texte*.\n\n*{LINE}*\n")


def test_docx_holds_the_text_by_paragraph(tmp_path: Path) -> None:
    out = export_text(tmp_path / "draft.docx", TEXT, title="Rentrée littéraire",
                      provenance_line=LINE)
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "Rentrée littéraire",
        "Merci pour votre commande !",
        "Voici l'article : 800 mots, relus.\nDeuxième ligne du même paragraphe.",
        "  Dernier paragraphe — « fin ».",
        LINE,
    ]
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert all(run.italic for run in doc.paragraphs[-1].runs)
    bare = Document(str(export_text(tmp_path / "bare.docx", "Un seul paragraphe.")))
    assert [p.text for p in bare.paragraphs] == ["Un seul paragraphe."]


@pytest.mark.parametrize("name", ["draft.pdf", "draft.doc", "draft", "draft.txt.bak"])
def test_unknown_extensions_are_refused_before_writing(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValidationError) as exc:
        export_text(tmp_path / name, TEXT)
    assert exc.value.field == "path"
    assert ".txt, .md or .docx" in exc.value.message
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValidationError):
        check_export_path(name)


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        export_text(tmp_path / "nope" / "draft.txt", TEXT)
    assert exc.value.field == "path" and "does not exist" in exc.value.message


def test_replacing_a_file_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    for name in ("draft.docx", "draft.txt", "draft.md"):
        export_text(tmp_path / name, "Nouveau texte.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "draft.md", "draft.txt"]
    assert [p.text for p in Document(str(target)).paragraphs] == ["Nouveau texte."]
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o600  # private: storage.files

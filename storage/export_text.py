"""A draft's text as a file: .txt, .md or .docx, with the provenance line if asked.

The file is written beside its destination first and moved into place, so an export that
fails half-way never leaves a truncated file under the chosen name.

Text the person typed or pasted is exported as it is, so characters that files cannot hold
(control characters, see storage.cleantext) are refused before anything is written, with the
paragraph named (``illegal_paragraphs``): the person removes them, nothing disappears unseen.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from storage.cleantext import clean, describe, illegal_characters
from storage.errors import ValidationError
from storage.files import write_atomically
from storage.phrases import Phrase

FORMATS = (".txt", ".md", ".docx")


def check_export_path(path: str | Path) -> Path:
    """The path if its extension is one Atelier writes, else a ValidationError("path")."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        shown = (Phrase("“{suffix}”", suffix=path.suffix) if path.suffix
                 else Phrase("a file without an extension"))
        raise ValidationError("path", Phrase(
            "Drafts are exported as .txt, .md or .docx, not as {kind}: choose a file name that "
            "ends in one of them ({file}).", kind=shown, file=path.name))
    return path


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines; single line breaks stay inside their block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n+", text) if block.strip()]


@dataclass(frozen=True)
class Illegal:
    """Characters a file cannot hold, found in one paragraph of a draft."""

    paragraph: int
    """1 for the first paragraph, as the export counts them (blocks between blank lines);
    0 for the title."""
    characters: tuple[str, ...]
    """Each character once, in the order met."""

    @property
    def codes(self) -> str:
        """"U+0007, U+001B"."""
        return ", ".join(describe(c) for c in self.characters)


def illegal_paragraphs(text: str, title: str | None = None) -> list[Illegal]:
    """The paragraphs (and the title) of ``text`` that hold characters a file cannot hold;
    [] when it can be exported."""
    found = []
    for number, block in enumerate([title or "", *_paragraphs(text)]):
        chars = tuple(dict.fromkeys(c for _, c in illegal_characters(block)))
        if chars:
            found.append(Illegal(number, chars))
    return found


def illegal_message(found: list[Illegal]) -> str:
    """The sentence that names where the characters are: the paragraphs that hold some, else
    the title ("Paragraph 3 holds an invisible control character (U+0007): remove it before
    exporting.")."""
    paragraphs = [f for f in found if f.paragraph] or found
    codes = ", ".join(dict.fromkeys(c for f in paragraphs for c in f.codes.split(", ")))
    if len(paragraphs) > 1:
        numbers = ", ".join(str(f.paragraph) for f in paragraphs)
        return (f"Paragraphs {numbers} hold invisible control characters ({codes}): remove "
                "them before exporting.")
    where = f"Paragraph {paragraphs[0].paragraph}" if paragraphs[0].paragraph else "The title"
    if len(paragraphs[0].characters) > 1:
        return (f"{where} holds invisible control characters ({codes}): remove them before "
                "exporting.")
    return f"{where} holds an invisible control character ({codes}): remove it before exporting."


def _plain(text: str, title: str | None, line: str | None, markdown: bool) -> bytes:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    if title:
        parts.append(f"# {title}" if markdown else title)
    parts.append(text.strip())
    if line:
        parts.append(f"*{line}*" if markdown else line)
    return ("\n\n".join(p for p in parts if p) + "\n").encode("utf-8")


def _docx(text: str, title: str | None, line: str | None) -> bytes:
    from docx import Document

    doc = Document()
    if title:
        doc.add_heading(title, level=1)
    for block in _paragraphs(text):
        paragraph = doc.add_paragraph()
        for i, row in enumerate(block.split("\n")):
            run = paragraph.add_run(row)
            if i < block.count("\n"):
                run.add_break()
    if line:
        doc.add_paragraph().add_run(line).italic = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def export_text(
    path: str | Path, text: str, *, title: str | None = None,
    provenance_line: str | None = None,
) -> Path:
    """Write ``text`` to ``path`` in the format of its extension (.txt and .md as UTF-8,
    .docx with one paragraph per block of text), with an optional title and the provenance
    line ("AI-assisted: …") at the end. Returns the path written. Text that holds characters
    a file cannot hold is refused (ValidationError("text"), naming the paragraph)."""
    path = check_export_path(path)
    found = illegal_paragraphs(text, title)
    if found:
        raise ValidationError("text", illegal_message(found))
    if provenance_line:
        provenance_line = clean(provenance_line)  # written by Atelier, from a model's name
    suffix = path.suffix.lower()
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValidationError("path", Phrase("The folder {folder} does not exist.",
                                             folder=directory))
    if suffix == ".docx":
        data = _docx(text, title, provenance_line)
    else:
        data = _plain(text, title, provenance_line, markdown=suffix == ".md")
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ValidationError("path", Phrase("{file} could not be written: {error}.",
                                             file=path, error=exc.strerror or exc)) from exc
    return path

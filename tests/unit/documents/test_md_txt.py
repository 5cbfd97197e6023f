"""Markdown and plain text: markup kept, code untouched, byte-identical when untranslated."""

from __future__ import annotations

from storage.documents import read_document, render_document
from tests.unit.documents.helpers import real_document

MD = """---
title: Guide
---

# Getting *started*

Install the tool with `pip install atelier`. Then read the
[user guide][guide] or visit <https://example.com>. It is **really
simple**, e.g. for a first project.

- First item with `code`
- Second item: see ![the logo](logo.png "Logo")
  continued here.

> A quoted note. Keep it short.

| Name | Price |
|------|------:|
| Tea  | 2.50 |

```python
print("Do not translate. Ever.")
```

    indented code stays

Setext heading
--------------

<div class="box">
raw html block
</div>

[guide]: https://example.com/guide "The guide"
"""


def test_markdown_segments() -> None:
    doc = read_document(MD.encode(), "guide.md")
    sources = [s.source for s in doc.segments]
    assert sources == [
        "Getting ⟨1⟩started⟨/1⟩",
        "Install the tool with ⟨1/⟩.",
        "Then read the ⟨1⟩user guide⟨/1⟩ or visit ⟨2/⟩.",
        "It is ⟨1⟩really simple⟨/1⟩, e.g. for a first project.",
        "First item with ⟨1/⟩",
        "Second item: see ⟨1/⟩ continued here.",
        "A quoted note.",
        "Keep it short.",
        "Name",
        "Price",
        "Tea",
        "2.50",
        "Setext heading",
    ]
    tags = {s.source: dict(s.tags) for s in doc.segments}
    assert tags["Install the tool with ⟨1/⟩."] == {"1": "code: pip install atelier"}
    assert tags["Then read the ⟨1⟩user guide⟨/1⟩ or visit ⟨2/⟩."] == {
        "1": "link → guide", "2": "link <https://example.com>"}
    assert tags["It is ⟨1⟩really simple⟨/1⟩, e.g. for a first project."] == {"1": "bold"}
    assert [s.context for s in doc.segments][:6] == [
        "heading", "paragraph", "paragraph", "paragraph", "list item", "list item"]


def test_markdown_export() -> None:
    doc = read_document(MD.encode(), "guide.md")
    assert render_document(doc, {}) == MD.encode()
    ids = {s.source: s.id for s in doc.segments}
    out = render_document(doc, {
        ids["Getting ⟨1⟩started⟨/1⟩"]: "Bien ⟨1⟩démarrer⟨/1⟩",
        ids["Then read the ⟨1⟩user guide⟨/1⟩ or visit ⟨2/⟩."]:
            "Lisez ensuite le ⟨1⟩guide de l'utilisateur⟨/1⟩ ou visitez ⟨2/⟩.",
        ids["Second item: see ⟨1/⟩ continued here."]: "Deuxième point : voir ⟨1/⟩ ici.",
        ids["Keep it short."]: "Soyez bref.",
        ids["Price"]: "Prix | TTC",
    }).decode()
    assert "# Bien *démarrer*\n" in out
    # Re-wrapped at the paragraph's width (66), the list item's at its own (46).
    assert ("Install the tool with `pip install atelier`. Lisez ensuite le\n"
            "[guide de l'utilisateur][guide] ou visitez <https://example.com>.\n"
            "It is **really simple**, e.g. for a first project.\n") in out
    assert '- Deuxième point : voir\n  ![the logo](logo.png "Logo") ici.\n' in out
    assert "> A quoted note. Soyez bref.\n" in out
    assert "| Name | Prix \\| TTC |" in out
    for untouched in ('```python\nprint("Do not translate. Ever.")\n```',
                      "    indented code stays", "<div class=\"box\">\nraw html block\n</div>",
                      '[guide]: https://example.com/guide "The guide"', "---\ntitle: Guide\n---"):
        assert untouched in out


def test_real_markdown_keeps_code_and_links() -> None:
    doc = read_document(real_document("rust_book_ch01-03-hello-cargo.md").read_bytes(),
                        "hello-cargo.md")
    sources = [s.source for s in doc.segments]
    assert "Filename: src/main.rs" in sources
    assert not any("cargo --version" in s or "[package]\nname" in s for s in sources)
    assert not any("<Listing" in s or "ch01-01-installation.html" in s for s in sources)


TXT = "Première ligne. Deuxième phrase.\r\n\r\n   Indented line.\r\nLast line without newline"


def test_text_is_byte_identical_and_translated_in_place() -> None:
    doc = read_document(TXT.encode("utf-8-sig"), "notes.txt")
    assert doc.encoding == "utf-8-sig"
    assert [(s.id, s.location) for s in doc.segments] == [
        ("p1.s1", "Line 1"), ("p1.s2", "Line 1"), ("p2.s1", "Line 3"), ("p3.s1", "Line 4")]
    assert render_document(doc, {}) == TXT.encode("utf-8-sig")
    out = render_document(doc, {"p1.s2": "Second sentence.", "p2.s1": "Ligne en retrait."})
    assert out.decode("utf-8-sig") == (
        "Première ligne. Second sentence.\r\n\r\n   Ligne en retrait.\r\n"
        "Last line without newline")


def test_hard_wrapped_text_is_one_paragraph_and_wrapped_again() -> None:
    text = ("This paragraph was wrapped by hand at a fixed width, as old\n"
            "plain-text files often are, so that its sentences run over\n"
            "several lines. It is still one paragraph for the translator.\n")
    doc = read_document(text.encode(), "readme.txt")
    assert [s.source for s in doc.segments] == [
        "This paragraph was wrapped by hand at a fixed width, as old plain-text files often "
        "are, so that its sentences run over several lines.",
        "It is still one paragraph for the translator."]
    out = render_document(doc, {doc.segments[1].id: "C'est toujours un seul paragraphe pour "
                                                    "la personne qui le traduit."}).decode()
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 61
    assert " ".join(out.split()).endswith("C'est toujours un seul paragraphe pour la personne "
                                          "qui le traduit.")

"""A translation can never break its file: characters XML and editors refuse are left out,
and a target cannot add structure (a subtitle, a Markdown block, a line of a .txt, a .po
entry); what cannot be written is a sentence naming the file and the segment."""

from __future__ import annotations

import io
import zipfile

import polib
import pytest
from lxml import etree

from storage.cleantext import has_illegal
from storage.documents import (
    DocumentEncodingError,
    DocumentError,
    read_document,
    render_document,
)
from storage.documents.srt import parse_cues

NASTY = "\x00\x01\x07\x0b\x0c\x1b\x1f\x7f\x85\ud800\udfff\ufffe\uffff"
INJECTED = "Bonjour.\n\n99\n00:00:00,000 --> 00:00:01,000\nINJECTED CUE"

SRT = (b"1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n"
       b"2\n00:00:04,000 --> 00:00:06,000\n- Who are you?\n- Nobody.\n\n"
       b"3\n00:00:07,000 --> 00:00:09,000\nGoodbye.\n")


def _cues(data: bytes) -> list[tuple[str, str, str]]:
    return [(c.start, c.end, " ".join(c.lines)) for c in parse_cues(data.decode(), "x.srt")]


def test_srt_target_with_a_blank_line_does_not_inject_a_cue() -> None:
    doc = read_document(SRT, "film.srt")
    out = render_document(doc, {"cue1.s1": INJECTED, "cue2.s2": "- Personne.\n\n"
                                "98\n00:00:00,000 --> 00:00:01,000\nSECOND INJECTED"})
    cues = _cues(out)
    assert [(a, b) for a, b, _ in cues] == [
        ("00:00:01,000", "00:00:03,000"), ("00:00:04,000", "00:00:06,000"),
        ("00:00:07,000", "00:00:09,000")]
    assert "INJECTED CUE" in cues[0][2]
    assert "SECOND INJECTED" in cues[1][2]
    # The file reads back with its three subtitles.
    assert len({s.location for s in read_document(out, "film.srt").segments}) == 3


def test_srt_target_that_reads_as_a_timing_line_starts_no_subtitle() -> None:
    doc = read_document(SRT, "film.srt")
    out = render_document(doc, {"cue3.s1": "00:00:00,000 --> 00:00:01,000 INJECTED"})
    cues = _cues(out)
    assert len(cues) == 3
    assert cues[2][2] == "00:00:00,000 → 00:00:01,000 INJECTED"


def test_txt_target_stays_on_its_line() -> None:
    data = b"First line.\nSecond line.\n\nThird paragraph.\n"
    doc = read_document(data, "notes.txt")
    out = render_document(doc, {"p1.s1": "Premi\u00e8re.\n\nInject\u00e9e.\r\nEncore."})
    assert out.decode().splitlines() == [
        "Premi\u00e8re. Inject\u00e9e. Encore.", "Second line.", "", "Third paragraph."]
    again = read_document(out, "notes.txt")
    assert [s.location for s in again.segments][-2:] == ["Line 2", "Line 4"]


MD = (b"# Title\n\nA paragraph here.\n\n- An item.\n- Another item.\n\n"
      b"| A | B |\n|---|---|\n| x | y |\n")


def test_markdown_target_cannot_add_blocks() -> None:
    doc = read_document(MD, "guide.md")
    ids = {s.source: s.id for s in doc.segments}
    out = render_document(doc, {
        ids["A paragraph here."]: "Un paragraphe.\n\n```\n# Pas un titre",
        ids["An item."]: "# Pas un titre",
        ids["Another item."]: "1. Pas une liste\n\n<div>",
        ids["x"]: "a\n| b",
    }).decode()
    again = read_document(out.encode(), "guide.md")
    # Same blocks, same kinds: nothing became a heading, a code fence, a list or a table row.
    kinds = {s.location: s.context for s in again.segments}
    assert kinds == {s.location: s.context for s in doc.segments}
    assert not [line for line in out.splitlines() if line.startswith(("```", "#", "<"))][1:]
    assert "- \\# Pas un titre" in out and "- 1\\. Pas une liste" in out


def test_po_target_newlines_are_escaped_not_new_entries() -> None:
    po = (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          b'msgid "Hello"\nmsgstr ""\n\nmsgid "Bye"\nmsgstr ""\n')
    doc = read_document(po, "app.po")
    out = render_document(doc, {doc.segments[0].id: 'Salut\n\nmsgid "Evil"\nmsgstr "x"' + NASTY})
    entries = polib.pofile(out.decode())
    assert [e.msgid for e in entries] == ["Hello", "Bye"]
    assert entries[0].msgstr == 'Salut\n\nmsgid "Evil"\nmsgstr "x"'


def test_html_target_is_escaped_and_clean() -> None:
    html = b"<html><body><p>Hello world.</p><p>Second.</p></body></html>"
    doc = read_document(html, "page.html")
    out = render_document(doc, {doc.segments[0].id: "<script>alert(1)</script>" + NASTY})
    text = out.decode()
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert not has_illegal(text)


XLF = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="fr" datatype="plaintext" original="a">
  <body>
   <trans-unit id="1"><source>Hello.</source></trans-unit>
  </body>
 </file>
</xliff>
"""


def test_xliff_with_control_characters_exports() -> None:
    doc = read_document(XLF, "app.xlf")
    out = render_document(doc, {doc.segments[0].id: "Bon" + NASTY + "jour."})
    root = etree.fromstring(out)
    target = root.find(".//{urn:oasis:names:tc:xliff:document:1.2}target")
    assert target is not None and target.text == "Bonjour."


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Hello world.")
    d.add_paragraph("Second paragraph.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_with_control_characters_exports_and_opens() -> None:
    import docx

    doc = read_document(_docx(), "letter.docx")
    out = render_document(doc, {doc.segments[0].id: "Bon" + NASTY + "jour."})
    opened = docx.Document(io.BytesIO(out))
    assert [p.text for p in opened.paragraphs][:2] == ["Bonjour.", "Second paragraph."]
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        assert not has_illegal(z.read("word/document.xml").decode())


def test_encoding_error_names_the_segment() -> None:
    data = "Caf\u00e9 ouvert.\nFerm\u00e9 lundi.\n".encode("latin-1")
    doc = read_document(data, "menu.txt")
    with pytest.raises(DocumentEncodingError) as info:
        render_document(doc, {doc.segments[1].id: "Closed on Monday \u2192 \u20ac."})
    message = str(info.value)
    assert message.startswith("menu.txt, Line 2: ") and "UTF-8" in message
    assert "Error" not in message


def test_an_unforeseen_writer_failure_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from storage.documents import txt

    def broken(*_args: object) -> bytes:
        raise ValueError("something internal")

    doc = read_document(b"Hello.\n", "a.txt")
    monkeypatch.setattr(txt, "write", broken)
    with pytest.raises(DocumentError) as info:
        render_document(doc, {doc.segments[0].id: "Bonjour."})
    message = str(info.value)
    assert message.startswith("a.txt: ") and "ValueError" not in message

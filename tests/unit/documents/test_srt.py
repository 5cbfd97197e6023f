"""SubRip subtitles: cues, timings untouched, markup as placeholders, re-wrapping."""

from __future__ import annotations

import pytest

from storage.documents import MalformedDocumentError, read_document, render_document

SRT = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\nI'm searching\r\nfor <i>someone</i>.\r\n\r\n"
    "2\r\n00:00:04,000 --> 00:00:06,000  X1:100 X2:200 Y1:10 Y2:20\r\n"
    "{\\an8}Someone dear? A friend?\r\n\r\n"
    "3\r\n00:00:07,000 --> 00:00:09,000\r\n- Who are you?\r\n- Nobody.\r\n"
).encode("utf-8-sig")


def test_cues_and_segments() -> None:
    doc = read_document(SRT, "film.srt")
    assert doc.encoding == "utf-8-sig"
    assert [(s.id, s.source) for s in doc.segments] == [
        ("cue1.s1", "I'm searching for ⟨1⟩someone⟨/1⟩."),
        ("cue2.s1", "Someone dear?"),
        ("cue2.s2", "A friend?"),
        ("cue3.s1", "- Who are you?"),
        ("cue3.s2", "- Nobody."),
    ]
    first = doc.segments[0]
    assert first.location == "Subtitle 1 (00:00:01,000 → 00:00:03,500)"
    assert first.context == "00:00:01,000 --> 00:00:03,500"
    assert first.tags == {"1": "italic"}


def test_export_keeps_timings_bom_and_line_ends() -> None:
    doc = read_document(SRT, "film.srt")
    assert render_document(doc, {}) == SRT
    out = render_document(doc, {
        "cue1.s1": "Je cherche quelqu'un de très ⟨1⟩cher⟨/1⟩.",
        "cue2.s1": "Quelqu'un de cher ?",
        "cue3.s2": "- Personne.",
    }).decode("utf-8-sig")
    assert out == (
        "1\r\n00:00:01,000 --> 00:00:03,500\r\nJe cherche quelqu'un\r\nde très <i>cher</i>.\r\n"
        "\r\n2\r\n00:00:04,000 --> 00:00:06,000  X1:100 X2:200 Y1:10 Y2:20\r\n"
        "{\\an8}Quelqu'un de cher ? A friend?\r\n\r\n"
        "3\r\n00:00:07,000 --> 00:00:09,000\r\n- Who are you?\r\n- Personne.\r\n")


@pytest.mark.parametrize(("text", "line"), [
    ("1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03,000 -> 00:00:04,000\nBye\n", 6),
    ("Hello there\n", 1),
    ("1\n00:00:01,000 --> 00:00:02,000\nHi\n\nnot a number\nstill not\n", 5),
    ("1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n", 5),
])
def test_malformed_files_name_the_line(text: str, line: int) -> None:
    with pytest.raises(MalformedDocumentError) as caught:
        read_document(text.encode(), "bad.srt")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"bad.srt, line {line}: not a valid SubRip")


def test_legacy_encoding_is_read_and_written_back() -> None:
    data = "1\n00:00:01,000 --> 00:00:02,000\nÇa va très bien.\n".encode("cp1252")
    doc = read_document(data, "old.srt")
    assert doc.encoding == "cp1252"
    assert doc.notes and "Windows-1252" in doc.notes[0]
    assert doc.segments[0].source == "Ça va très bien."
    assert render_document(doc, {"cue1.s1": "Très bien, merci."}) == (
        "1\n00:00:01,000 --> 00:00:02,000\nTrès bien, merci.\n".encode("cp1252"))

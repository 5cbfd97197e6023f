"""Word documents: runs, hyperlinks, tables (nested), headers and footers, fields; errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from storage.documents import (
    DocumentTooLargeError,
    MalformedDocumentError,
    export_document,
    load_document,
    read_document,
    render_document,
)
from storage.documents import _io as doc_io
from tests.unit.documents.helpers import real_document, translate, upper_translator


def add_hyperlink(paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    field.append(run)
    paragraph._p.append(field)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Quarterly report", level=1)
    p = d.add_paragraph("Hello ")
    p.add_run("bold").bold = True
    p.add_run(" and ")
    p.add_run("italic").italic = True
    p.add_run(" words. Read the ")
    add_hyperlink(p, "https://example.com/guide", "guide")
    p.add_run(" today.")
    tabbed = d.add_paragraph("Name:\tvalue")
    tabbed.add_run().add_break()
    tabbed.add_run("second line")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Product"
    table.cell(0, 1).text = "Price"
    table.cell(1, 0).text = "Coffee"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Small cup"
    inner.cell(0, 1).text = "Large cup"
    section = d.sections[0]
    section.header.paragraphs[0].text = "Confidential draft"
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    add_page_field(footer)
    path = tmp_path / "sample.docx"
    d.save(str(path))
    return path


def runs(paragraph) -> list[Run]:
    return [Run(r, paragraph) for r in paragraph._p.iter(qn("w:r"))]


def test_segments_locations_and_placeholders(sample: Path) -> None:
    doc = load_document(sample)
    assert doc.format == "docx"
    by_source = {s.source: s for s in doc.segments}
    sentence = by_source["Hello ⟨1⟩bold⟨/1⟩ and ⟨2⟩italic⟨/2⟩ words."]
    assert sentence.tags == {"1": "bold", "2": "italic"}
    link = by_source["Read the ⟨1⟩guide⟨/1⟩ today."]
    assert link.tags == {"1": "link → https://example.com/guide"}
    assert "Name:\tvalue\nsecond line" in by_source
    assert by_source["Quarterly report"].context == "Heading1"
    assert by_source["Coffee"].location == "Table 1, row 2, cell 1"
    assert by_source["Large cup"].location == "Table 1, row 2, cell 2 › table 1, row 1, cell 2"
    assert by_source["Confidential draft"].location == "Header (header1.xml), paragraph 1"
    page = by_source["Page"]
    assert page.location.startswith("Footer (footer1.xml)")
    assert page.id.startswith("footer1/") and sentence.id.startswith("document/")


def test_translation_keeps_runs_links_tables_headers_and_fields(sample: Path,
                                                               tmp_path: Path) -> None:
    doc = load_document(sample)
    translations = translate(doc, upper_translator)
    out = tmp_path / "sample.en.docx"
    export_document(doc, translations, out)

    d = docx.Document(str(out))
    body = d.paragraphs
    assert body[0].text == "QUARTERLY REPORT" and body[0].style.name == "Heading 1"
    formatted = [(r.text, r.bold, r.italic) for r in runs(body[1])]
    assert ("BOLD", True, None) in formatted
    assert ("ITALIC", None, True) in formatted
    assert body[1].text == "HELLO BOLD AND ITALIC WORDS. READ THE GUIDE TODAY."
    (link,) = body[1].hyperlinks
    assert link.text == "GUIDE" and link.address == "https://example.com/guide"
    assert [r.underline for r in link.runs] == [True]
    assert body[2].text == "NAME:\tVALUE\nSECOND LINE"
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["PRODUCT", "PRICE"]
    nested = table.cell(1, 1).tables[0]
    assert [c.text for c in nested.rows[0].cells] == ["SMALL CUP", "LARGE CUP"]
    section = d.sections[0]
    assert section.header.paragraphs[0].text == "CONFIDENTIAL DRAFT"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("PAGE")
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


def test_placeholders_may_move(sample: Path) -> None:
    doc = load_document(sample)
    sentence = next(s for s in doc.segments if s.source.startswith("Hello"))
    data = render_document(doc, {sentence.id: "Des mots en ⟨2⟩italique⟨/2⟩ et en ⟨1⟩gras⟨/1⟩."})
    p = docx.Document(io.BytesIO(data)).paragraphs[1]
    assert p.text == "Des mots en italique et en gras. Read the guide today."
    formatted = {r.text: (r.bold, r.italic) for r in runs(p)}
    assert formatted["italique"] == (None, True)
    assert formatted["gras"] == (True, None)


def test_only_translated_parts_change(sample: Path) -> None:
    doc = load_document(sample)
    heading = doc.segments[0]
    data = render_document(doc, {heading.id: "Rapport trimestriel"})
    before = zipfile.ZipFile(sample)
    after = zipfile.ZipFile(io.BytesIO(data))
    assert [i.filename for i in after.infolist()] == [i.filename for i in before.infolist()]
    for info in before.infolist():
        if info.filename != "word/document.xml":
            assert after.read(info.filename) == before.read(info.filename), info.filename
    assert b"Rapport trimestriel" in after.read("word/document.xml")


def test_real_document_keeps_bold_and_footnote(tmp_path: Path) -> None:
    path = real_document("oxpt_SolarOverview.docx")
    doc = load_document(path)
    comet = next(s for s in doc.segments if "Halley" in s.source)
    assert comet.source == ("The most famous one is probably the ⟨1⟩Halley’s⟨/1⟩⟨2⟩ comet⟨/2⟩ "
                            "who comes around every ⟨3⟩76⟨/3⟩ years.")
    chart = next(s for s in doc.segments if "line chart" in s.source)
    assert chart.tags == {"1": "footnote reference"}
    translations = {
        comet.id: "La plus célèbre est sans doute la ⟨2⟩comète de ⟨1⟩Halley⟨/1⟩⟨/2⟩, qui "
                  "revient tous les ⟨3⟩76⟨/3⟩ ans.",
        chart.id: "Pour montrer la distance, voici un graphique⟨1/⟩ :",
    }
    out = tmp_path / "solar.fr.docx"
    export_document(doc, translations, out)
    d = docx.Document(str(out))
    p = next(p for p in d.paragraphs if "Halley" in p.text)
    assert p.text.endswith("La plus célèbre est sans doute la comète de Halley, qui revient "
                           "tous les 76 ans.")
    halley = next(r for r in runs(p) if r.text == "Halley")
    assert halley.bold is True
    assert halley.font.highlight_color is not None  # inside the highlighted "comet" pair
    assert next(r for r in runs(p) if r.text == "76").underline is not None
    chart_p = next(p for p in d.paragraphs if "graphique" in p.text)
    assert chart_p._p.find(f".//{qn('w:footnoteReference')}") is not None
    assert load_document(out).segments  # and it reads again


# -- errors -------------------------------------------------------------------------------------

def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_not_a_zip() -> None:
    with pytest.raises(MalformedDocumentError, match=r"^letter\.docx: is not a Word document"):
        read_document(b"Dear Sir,\nthis is plain text.", "letter.docx")
    with pytest.raises(MalformedDocumentError, match="old Word 97"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.docx")


def test_a_zip_that_is_not_a_word_document() -> None:
    data = zip_bytes({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"})
    with pytest.raises(MalformedDocumentError, match="Excel workbook renamed"):
        read_document(data, "sheet.docx")


def test_malformed_xml_names_the_part_and_line(sample: Path) -> None:
    with zipfile.ZipFile(sample) as z:
        files = {i.filename: z.read(i.filename) for i in z.infolist()}
    files["word/document.xml"] = files["word/document.xml"].replace(b"</w:body>", b"", 1)
    with pytest.raises(MalformedDocumentError) as caught:
        read_document(zip_bytes(files), "broken.docx")
    message = str(caught.value)
    assert message.startswith("broken.docx, line ")
    assert "word/document.xml" in message and "not well-formed XML" in message


def test_entity_tricks_are_refused(sample: Path) -> None:
    with zipfile.ZipFile(sample) as z:
        files = {i.filename: z.read(i.filename) for i in z.infolist()}
    files["word/document.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]>'
        + files["word/document.xml"].split(b"?>", 1)[1])
    with pytest.raises(MalformedDocumentError, match="entities"):
        read_document(zip_bytes(files), "trick.docx")


def test_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = zip_bytes({"word/document.xml": b"<a/>", "word/media/zeros.bin": b"\0" * 3_000_000})
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        read_document(bomb, "bomb.docx")

    def boom(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("nothing may be unpacked")

    monkeypatch.setattr(doc_io, "MAX_UNPACKED_BYTES", 1000)
    monkeypatch.setattr("storage.documents.docx.MAX_UNPACKED_BYTES", 1000)
    monkeypatch.setattr(zipfile.ZipFile, "read", boom)
    with pytest.raises(DocumentTooLargeError, match="would unpack to"):
        read_document(zip_bytes({"word/document.xml": b"<a>" + b"x" * 2000 + b"</a>"}),
                      "big.docx")

"""Word documents (.docx), read and written at the XML level (the zip's parts, with lxml).

Structure: every paragraph (``w:p``) of the body, of table cells at any depth, of text boxes
and content controls, of the headers and footers, of footnotes and endnotes is a unit.
Inline content becomes text and placeholders:

- runs are merged by formatting; the paragraph's dominant formatting is plain text, any
  other (bold, italic, underline, highlight, a character style…) a pair ``⟨1⟩…⟨/1⟩`` that
  carries the run properties, so a sentence with a bold word stays one segment;
- hyperlinks, content controls, tracked insertions, smart tags: pairs (the element kept);
  HYPERLINK fields too (their result text is translatable);
- tabs, line breaks, non-breaking and soft hyphens: ``\\t``, ``\\n``, U+2011, U+00AD in the
  text;
- images, fields (page numbers, PAGEREF…), footnote references, bookmarks, comments' anchors,
  equations, deleted text: standalone placeholders holding the original XML.

Export reads the file again and rebuilds only the paragraphs that have a translation: new runs
with the original run properties (``w:rPr``) for each stretch of text, the original elements
(hyperlinks, fields, drawings, bookmarks) moved back in place. Paragraph properties, styles,
numbering, tables, sections, headers, footers, images, charts, and every other part of the
zip are untouched (parts without translations are copied byte for byte, so a file exported
without translations has the same content as the original). Dropped in rebuilt paragraphs:
spelling/grammar marks (``w:proofErr``), cached page-break positions and run revision ids.
Not translated: the legacy (VML) fallback copy of a text box (Word shows the modern one),
comments, charts' own text, SmartArt, document properties.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from storage.documents._io import (
    MAX_COMPRESSION_RATIO,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    MIN_RATIO_CHECK_BYTES,
    format_size,
    parse_xml,
)
from storage.documents._units import (
    ExportOptions,
    MismatchCollector,
    Piece,
    Tag,
    Unit,
    alone,
    pair,
    realize,
    segment_units,
    touched,
)
from storage.documents.errors import (
    DocumentTooLargeError,
    MalformedDocumentError,
    TranslationMismatchError,
)
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "docx"
EXTENSIONS = (".docx",)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


W_P, W_R, W_T, W_PPR, W_RPR, W_PSTYLE = (w(n) for n in ("p", "r", "t", "pPr", "rPr", "pStyle"))
W_TAB, W_BR, W_CR = w("tab"), w("br"), w("cr")
W_TBL, W_TR, W_TC = w("tbl"), w("tr"), w("tc")
W_HYPERLINK, W_SDT, W_SDTCONTENT, W_FLDSIMPLE = (w("hyperlink"), w("sdt"), w("sdtContent"),
                                                 w("fldSimple"))
W_FLDCHAR, W_INSTRTEXT = w("fldChar"), w("instrText")
W_VAL, W_TYPE = w("val"), w("type")
_CONTAINERS = {w("hyperlink"): "link", w("smartTag"): "smart tag", w("customXml"): "custom XML",
               w("ins"): "tracked insertion", w("moveTo"): "tracked move", w("dir"): "direction",
               w("bdo"): "direction"}
_MARKERS = {w("bookmarkStart"): "bookmark", w("bookmarkEnd"): "bookmark end",
            w("commentRangeStart"): "comment start", w("commentRangeEnd"): "comment end",
            w("permStart"): "permission", w("permEnd"): "permission end",
            w("del"): "deleted text", w("moveFrom"): "moved text",
            w("moveFromRangeStart"): "move", w("moveFromRangeEnd"): "move",
            w("moveToRangeStart"): "move", w("moveToRangeEnd"): "move",
            w("smartTagPr"): "properties", w("customXmlPr"): "properties"}
_DROPPED = {w("proofErr"), w("lastRenderedPageBreak")}
_TEXT_CHILDREN = {w("tab"): "\t", w("noBreakHyphen"): "\u2011", w("softHyphen"): "\u00ad"}
# Properties that do not show on Latin text or are bookkeeping: runs differing only by
# them are one stretch of text (the first run's properties are kept).
_IGNORED_RPR = {w("lang"), w("noProof"), w("webHidden"), w("szCs"), w("bCs"), w("iCs")}
_RPR_LABELS = {w("b"): "bold", w("i"): "italic", w("u"): "underline", w("strike"):
               "strikethrough", w("dstrike"): "strikethrough", w("highlight"): "highlight",
               w("color"): "colour", w("caps"): "capitals", w("smallCaps"): "small capitals",
               w("sz"): "size", w("rFonts"): "font", w("shd"): "shading",
               w("vanish"): "hidden", w("rStyle"): "style"}
_SPLIT_RE = re.compile(r"(\t|\n|\u2011|\u00ad)")
_HEADERS = {"header": "Header", "footer": "Footer", "footnotes": "Footnotes",
            "endnotes": "Endnotes"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# -- the package --------------------------------------------------------------------------------

@dataclass
class _Part:
    name: str
    kind: str  # "document", "header", "footer", "footnotes", "endnotes"
    tree: etree._ElementTree
    rels: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return posixpath.splitext(posixpath.basename(self.name))[0]


def open_package(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip, checked against zip bombs before anything is unpacked."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        if data.startswith(_OLE_MAGIC):
            raise MalformedDocumentError(
                name, "is not a Word document (.docx): it is not a valid zip archive. It looks "
                      "like an old Word 97–2003 document (.doc) or a password-protected file: "
                      "open it in Word and save it as .docx, without a password.") from exc
        raise MalformedDocumentError(
            name, "is not a Word document (.docx): it is not a valid zip archive.") from exc
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocumentTooLargeError(
            name, "holds {count} files inside; a Word document has a few dozen. Atelier "
                  "refuses it (damaged file or zip bomb).", {"count": len(infos)})
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise DocumentTooLargeError(
            name, "would unpack to {size}, over the {limit} Atelier accepts: it is either a "
                  "damaged file or a zip bomb, and was not opened.",
            {"size": format_size(total), "limit": format_size(MAX_UNPACKED_BYTES)})
    for info in infos:
        if info.flag_bits & 0x1:
            raise MalformedDocumentError(
                name, "is encrypted (password-protected). Remove the password in Word first.")
        if (info.file_size > MIN_RATIO_CHECK_BYTES
                and info.file_size > MAX_COMPRESSION_RATIO * max(1, info.compress_size)):
            ratio = info.file_size // max(1, info.compress_size)
            raise DocumentTooLargeError(
                name, "its part {part} is compressed {ratio}:1 ({packed} unpacking to "
                      "{size}): this looks like a zip bomb, so the file was not opened.",
                {"part": info.filename, "ratio": ratio,
                 "packed": format_size(info.compress_size), "size": format_size(info.file_size)})
    return zf


_READ_CHUNK = 1024 * 1024


def _read(zf: zipfile.ZipFile, part: str, name: str) -> bytes:
    """A part's bytes, unpacked a chunk at a time. ``ZipFile.read`` asks zlib for up to 2 GB at
    once, so a part whose header understates its size (a zip bomb that lies, which the checks
    of :func:`open_package` cannot see) would be inflated whole before being cut to the size
    declared; read in chunks, it stops there and the checksum refuses it."""
    try:
        chunks = []
        with zf.open(part) as stream:
            while chunk := stream.read(_READ_CHUNK):
                chunks.append(chunk)
        return b"".join(chunks)
    except KeyError as exc:
        raise MalformedDocumentError(name, "is not a complete Word document: {part} is "
                                           "missing.", {"part": part}) from exc
    except (zipfile.BadZipFile, zlib.error, RuntimeError, OSError, EOFError,
            ValueError) as exc:  # ValueError: a part's offset points before the file
        detail = str(exc)  # zipfile may quote a whole damaged header
        detail = detail if len(detail) <= 120 else detail[:119] + "…"
        raise MalformedDocumentError(name, "is damaged: its part {part} cannot be unpacked "
                                           "({reason}).", {"part": part, "reason": detail}
                                     ) from exc


def _rels(zf: zipfile.ZipFile, part: str, name: str) -> list[tuple[str, str, str, str]]:
    """``(id, type, target part, target mode)`` of a part's relationships."""
    rels_name = posixpath.join(posixpath.dirname(part), "_rels",
                               posixpath.basename(part) + ".rels")
    if rels_name not in zf.namelist():
        return []
    root = parse_xml(_read(zf, rels_name, name), name, rels_name).getroot()
    out = []
    base = posixpath.dirname(part)
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        target = rel.get("Target") or ""
        mode = rel.get("TargetMode") or ""
        if mode != "External":
            target = (target.lstrip("/") if target.startswith("/")
                      else posixpath.normpath(posixpath.join(base, target)))
        out.append((rel.get("Id") or "", rel.get("Type") or "", target, mode))
    return out


def _parts(zf: zipfile.ZipFile, name: str) -> list[_Part]:
    names = set(zf.namelist())
    main = None
    for _, rtype, target, _ in _rels(zf, "", name) if "_rels/.rels" in names else []:
        if rtype.endswith("/officeDocument"):
            main = target
            break
    if main is None and "word/document.xml" in names:
        main = "word/document.xml"
    if main is None or main not in names:
        if "xl/workbook.xml" in names:
            raise MalformedDocumentError(
                name, "is not a Word document (.docx): it has no main document part; it looks "
                      "like an Excel workbook renamed .docx.")
        if "ppt/presentation.xml" in names:
            raise MalformedDocumentError(
                name, "is not a Word document (.docx): it has no main document part; it looks "
                      "like a PowerPoint presentation renamed .docx.")
        if "content.xml" in names:
            raise MalformedDocumentError(
                name, "is not a Word document (.docx): it has no main document part; it looks "
                      "like an OpenDocument file renamed .docx.")
        raise MalformedDocumentError(
            name, "is not a Word document (.docx): it has no main document part.")
    tree = parse_xml(_read(zf, main, name), name, main)
    if tree.getroot().tag != w("document"):
        raise MalformedDocumentError(
            name, "is not a Word document (.docx): its main part is <{tag}>.",
            {"tag": tree.getroot().tag})
    main_rels = _rels(zf, main, name)
    parts = [_Part(main, "document", tree, _links(main_rels))]
    for _, rtype, target, mode in main_rels:
        kind = rtype.rsplit("/", 1)[-1]
        if kind in _HEADERS and mode != "External" and target in names:
            sub = parse_xml(_read(zf, target, name), name, target)
            parts.append(_Part(target, kind, sub, _links(_rels(zf, target, name))))
    return parts


def _links(rels: list[tuple[str, str, str, str]]) -> dict[str, str]:
    return {rid: target for rid, rtype, target, _ in rels if rtype.endswith("/hyperlink")}


# -- paragraphs → atoms → pieces ----------------------------------------------------------------

@dataclass(eq=False)
class _Text:
    text: str
    rpr: etree._Element | None
    key: str


@dataclass(eq=False)
class _Elem:
    elements: list[etree._Element]
    rpr: etree._Element | None
    in_run: bool
    label: str


@dataclass(eq=False)
class _Group:
    element: etree._Element | None
    inner: etree._Element | None
    before: list[etree._Element]
    after: list[etree._Element]
    children: list
    label: str
    base_rpr: etree._Element | None = None


def _key(rpr: etree._Element | None) -> str:
    if rpr is None:
        return ""
    parts = []
    for child in rpr:
        if not isinstance(child.tag, str) or child.tag in _IGNORED_RPR:
            continue
        attrs = sorted((k, v) for k, v in child.attrib.items() if k != w("hint"))
        if child.tag == w("rFonts") and not attrs:
            continue
        sub = b"".join(etree.tostring(c) for c in child) if len(child) else b""
        parts.append(f"{child.tag}{attrs}{sub!r}")
    return "|".join(parts)


def _describe(rpr: etree._Element | None) -> str:
    if rpr is None:
        return "plain text"
    names = []
    for child in rpr:
        label = _RPR_LABELS.get(child.tag) if isinstance(child.tag, str) else None
        if label is None:
            continue
        if child.get(W_VAL) in ("0", "false", "none") and child.tag != w("rStyle"):
            continue
        if child.tag == w("rStyle"):
            label = f"style {child.get(W_VAL)}"
        if label not in names:
            names.append(label)
    return " ".join(names) if names else "formatting"


def _field_chars(run: etree._Element) -> list[str]:
    return [fc.get(w("fldCharType")) or "" for fc in run.iter(W_FLDCHAR)]


def _field_end(elems: list[etree._Element], i: int) -> tuple[int | None, int | None]:
    """The index of the run ending the field begun at ``i`` (same level), and of its
    separator."""
    depth = 0
    separate = None
    for j in range(i, len(elems)):
        el = elems[j]
        if el.tag != W_R:
            continue
        for kind in _field_chars(el):
            if kind == "begin":
                depth += 1
            elif kind == "separate" and depth == 1:
                separate = j
            elif kind == "end":
                depth -= 1
                if depth == 0:
                    return j, separate
    return None, None


def _instruction(elems: list[etree._Element]) -> str:
    return "".join(t.text or "" for e in elems for t in e.iter(W_INSTRTEXT)).strip()


class _Reader:
    def __init__(self, part: _Part) -> None:
        self.part = part

    def walk(self, elems: list[etree._Element]) -> list:
        out: list = []
        i = 0
        while i < len(elems):
            el = elems[i]
            tag = el.tag
            if not isinstance(tag, str):
                out.append(_Elem([el], None, False, "comment"))
            elif tag == W_R and "begin" in _field_chars(el):
                end, separate = _field_end(elems, i)
                if end is None:
                    out.extend(self.run(el))
                else:
                    instr = _instruction(elems[i:end + 1])
                    word = instr.split()[0].upper() if instr.split() else "field"
                    if word == "HYPERLINK" and separate is not None:
                        target = instr.split()[1].strip('"') if len(instr.split()) > 1 else ""
                        out.append(_Group(None, None, elems[i:separate + 1], [elems[end]],
                                          self.walk(elems[separate + 1:end]),
                                          f"link → {target}"))
                    else:
                        out.append(_Elem(elems[i:end + 1], None, False, f"field {word}"))
                    i = end + 1
                    continue
            elif tag == W_R:
                out.extend(self.run(el))
            elif tag in _CONTAINERS:
                label = _CONTAINERS[tag]
                if tag == W_HYPERLINK:
                    rid = el.get(f"{{{R_NS}}}id")
                    target = self.part.rels.get(rid or "") or el.get(w("anchor")) or ""
                    label = f"link → {target}" if target else "link"
                out.append(_Group(el, el, [], [], self.walk(list(el)), label))
            elif tag == W_SDT:
                content = el.find(W_SDTCONTENT)
                if content is None:
                    out.append(_Elem([el], None, False, "content control"))
                else:
                    out.append(_Group(el, content, [], [], self.walk(list(content)),
                                      "content control"))
            elif tag == W_FLDSIMPLE:
                instr = (el.get(w("instr")) or "").strip()
                word = instr.split()[0].upper() if instr.split() else "field"
                if word == "HYPERLINK":
                    out.append(_Group(el, el, [], [], self.walk(list(el)), "link"))
                else:
                    out.append(_Elem([el], None, False, f"field {word}"))
            elif tag in _DROPPED or tag == W_PPR:
                pass
            elif tag in _MARKERS:
                out.append(_Elem([el], None, False, _MARKERS[tag]))
            else:
                out.append(_Elem([el], None, False, etree.QName(el).localname))
            i += 1
        return out

    def run(self, run: etree._Element) -> list:
        rpr = run.find(W_RPR)
        key = _key(rpr)
        out: list = []
        pending: list[etree._Element] = []

        def flush() -> None:
            if pending:
                label = ", ".join(dict.fromkeys(etree.QName(e).localname for e in pending))
                out.append(_Elem(list(pending), rpr, True, _ELEM_LABELS.get(label, label)))
                pending.clear()

        def text(s: str) -> None:
            flush()
            if out and isinstance(out[-1], _Text):
                out[-1].text += s
            else:
                out.append(_Text(s, rpr, key))

        for child in run:
            tag = child.tag
            if tag == W_RPR or tag in _DROPPED:
                continue
            if tag == W_T:
                if child.text:
                    text(child.text)
            elif tag in _TEXT_CHILDREN:
                text(_TEXT_CHILDREN[tag])
            elif tag in (W_BR, W_CR) and not child.attrib:
                text("\n")
            else:
                pending.append(child)
        flush()
        return out


_ELEM_LABELS = {"drawing": "image", "pict": "image", "object": "embedded object",
                "footnoteReference": "footnote reference", "endnoteReference":
                "endnote reference", "fldChar": "field", "instrText": "field",
                "fldChar, instrText": "field", "br": "break", "sym": "symbol",
                "AlternateContent": "drawing", "footnoteRef": "footnote number",
                "endnoteRef": "endnote number", "commentReference": "comment"}


def _to_pieces(atoms: list) -> tuple[list[Piece], etree._Element | None]:
    """Atoms as pieces: the dominant formatting plain, other formatting and groups as pairs.
    Returns the pieces and the run properties of plain text."""
    texts = [a for a in atoms if isinstance(a, _Text)]
    for idx, t in enumerate(texts):
        if not t.text.strip():
            neighbour = next((texts[k] for k in range(idx - 1, -1, -1)
                              if texts[k].text.strip()), None) or next(
                (texts[k] for k in range(idx + 1, len(texts)) if texts[k].text.strip()), None)
            if neighbour is not None:
                t.key, t.rpr = neighbour.key, neighbour.rpr
    weights: Counter[str] = Counter()
    for t in texts:
        weights[t.key] += len(t.text.strip())
    base = max(weights, key=lambda k: weights[k]) if weights else ""
    base_rpr = next((t.rpr for t in texts if t.key == base), None)
    out: list[Piece] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if isinstance(a, _Text):
            if a.key == base:
                out.append(a.text)
                i += 1
                continue
            j = i
            run_text = []
            while j < len(atoms) and isinstance(atoms[j], _Text) and atoms[j].key == a.key:
                run_text.append(atoms[j].text)
                j += 1
            o, c = pair(("fmt", a.rpr), ("fmt_end", None), _describe(a.rpr))
            out.extend([o, "".join(run_text), c])
            i = j
            continue
        if isinstance(a, _Elem):
            # Fields, bookmarks, images, note references: never lost, even when a
            # translation leaves their placeholder out.
            out.append(alone(("elem", a), a.label, keep=True))
        else:
            children, a.base_rpr = _to_pieces(a.children)
            if a.base_rpr is None:
                a.base_rpr = base_rpr
            o, c = pair(("group", a), ("group_end", a), a.label)
            out.extend([o, *children, c])
        i += 1
    return out, base_rpr


# -- locations ----------------------------------------------------------------------------------

class _Locator:
    def __init__(self, part: _Part) -> None:
        self.part = part
        self.top_tables: dict[etree._Element, int] = {}
        for tbl in part.tree.getroot().iter(W_TBL):
            if next(tbl.iterancestors(W_TBL), None) is None:
                self.top_tables[tbl] = len(self.top_tables) + 1
        self.positions: dict[etree._Element, int] = {}  # row in its table, cell in its row

    def _position(self, el: etree._Element, container: etree._Element, tag: str,
                  stop: str) -> int:
        if el not in self.positions:
            # Rows and cells may sit in content controls: count those of this table/row only.
            own = [c for c in container.iter(tag)
                   if next(c.iterancestors(stop), None) is container]
            for k, c in enumerate(own, start=1):
                self.positions[c] = k
        return self.positions.get(el, 1)

    def _cell(self, tc: etree._Element) -> str | None:
        tr = next(tc.iterancestors(W_TR), None)
        tbl = next(tc.iterancestors(W_TBL), None)
        if tr is None or tbl is None:
            return None
        col = self._position(tc, tr, W_TC, W_TR)
        row = self._position(tr, tbl, W_TR, W_TBL)
        number = self.top_tables.get(tbl)
        if number is not None:
            return f"Table {number}, row {row}, cell {col}"
        holder = next(tbl.iterancestors(W_TC), None)
        inner = [] if holder is None else [
            t for t in holder.iter(W_TBL) if next(t.iterancestors(W_TC), None) is holder]
        return f"table {inner.index(tbl) + 1 if tbl in inner else 1}, row {row}, cell {col}"

    def describe(self, p: etree._Element, number: int) -> str:
        cells: list[str] = []
        box = False
        note = None
        for anc in p.iterancestors():
            if anc.tag == W_TC:
                cell = self._cell(anc)
                if cell:
                    cells.append(cell)
            elif anc.tag == w("txbxContent"):
                box = True
            elif anc.tag in (w("footnote"), w("endnote")):
                note = f"{etree.QName(anc).localname} {anc.get(w('id'))}"
        cells.reverse()
        parts = []
        if note:
            parts.append(note)
        elif self.part.kind != "document":
            parts.append(f"{self.part.kind} ({posixpath.basename(self.part.name)})")
        if box:
            parts.append("text box")
        if cells:
            parts.append(" › ".join(cells))
        if not cells and not note:
            parts.append(f"paragraph {number}")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]


# -- units --------------------------------------------------------------------------------------

@dataclass
class _Para:
    element: etree._Element
    unit: Unit
    base_rpr: etree._Element | None


def _skipped(p: etree._Element) -> bool:
    return any(a.tag in (f"{{{MC_NS}}}Fallback", w("del"), w("moveFrom"))
               for a in p.iterancestors())


def _paragraphs(part: _Part) -> list[_Para]:
    reader = _Reader(part)
    locator = _Locator(part)
    out = []
    number = 0
    for p in part.tree.getroot().iter(W_P):
        if _skipped(p):
            continue
        number += 1
        atoms = reader.walk(list(p))
        pieces, base_rpr = _to_pieces(atoms)
        ppr = p.find(W_PPR)
        style = ppr.find(W_PSTYLE) if ppr is not None else None
        context = style.get(W_VAL) if style is not None else ""
        unit = Unit(f"{part.stem}/p{number}", pieces, locator.describe(p, number),
                    context=context or "")
        out.append(_Para(p, unit, base_rpr))
    return out


# -- writing a paragraph ------------------------------------------------------------------------

class _Writer:
    def __init__(self, p: etree._Element, base_rpr: etree._Element | None) -> None:
        self.stack: list[tuple[etree._Element, etree._Element | None]] = [(p, base_rpr)]
        self.last: tuple[etree._Element, etree._Element | None, etree._Element] | None = None

    def _run(self) -> etree._Element:
        parent, rpr = self.stack[-1]
        last = self.last
        if last is not None and last[0] is parent and last[1] is rpr and len(parent) \
                and parent[-1] is last[2]:
            return last[2]
        run = etree.SubElement(parent, W_R)
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        self.last = (parent, rpr, run)
        return run

    def text(self, s: str) -> None:
        for chunk in _SPLIT_RE.split(s):
            if not chunk:
                continue
            run = self._run()
            if chunk == "\t":
                etree.SubElement(run, W_TAB)
            elif chunk == "\n":
                etree.SubElement(run, W_BR)
            elif chunk == "\u2011":
                etree.SubElement(run, w("noBreakHyphen"))
            elif chunk == "\u00ad":
                etree.SubElement(run, w("softHyphen"))
            else:
                t = etree.SubElement(run, W_T)
                t.text = chunk
                t.set(XML_SPACE, "preserve")

    def tag(self, tag: Tag) -> None:
        kind, value = tag.data
        parent = self.stack[-1][0]
        self.last = None
        if kind == "fmt":
            self.stack.append((parent, value))
        elif kind in ("fmt_end", "group_end"):
            self.stack.pop()
            if kind == "group_end" and value.element is None:
                for el in value.after:
                    self.stack[-1][0].append(el)
        elif kind == "group":
            group: _Group = value
            if group.element is not None:
                assert group.inner is not None
                keep = {w("sdtPr"), w("sdtEndPr")} if group.inner is not group.element else set()
                for child in list(group.inner):
                    if child.tag not in keep:
                        group.inner.remove(child)
                parent.append(group.element)
                self.stack.append((group.inner, group.base_rpr))
            else:
                for el in group.before:
                    parent.append(el)
                self.stack.append((parent, group.base_rpr))
        elif kind == "elem":
            elem: _Elem = value
            if elem.in_run:
                run = etree.SubElement(parent, W_R)
                if elem.rpr is not None:
                    run.append(copy.deepcopy(elem.rpr))
                for el in elem.elements:
                    run.append(el)
            else:
                for el in elem.elements:
                    parent.append(el)


def _rebuild(para: _Para, pieces: list[Piece]) -> None:
    p = para.element
    ppr = p.find(W_PPR)
    for child in list(p):
        if child is not ppr:
            p.remove(child)
    writer = _Writer(p, para.base_rpr)
    for piece in pieces:
        if isinstance(piece, str):
            writer.text(piece)
        else:
            writer.tag(piece)


# -- read and write -----------------------------------------------------------------------------

def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    zf = open_package(data, name)
    units = []
    fallback_boxes = False
    for part in _parts(zf, name):
        units.extend(para.unit for para in _paragraphs(part))
        fallback_boxes = fallback_boxes or any(
            True for fb in part.tree.getroot().iter(f"{{{MC_NS}}}Fallback")
            for _ in fb.iter(w("txbxContent")))
    segments, _ = segment_units(units, rules)
    names = zf.namelist()
    notes = []
    if any(n.startswith("word/charts/") for n in names):
        notes.append(f"{name}: the text inside charts is not translated.")
    if any(n.startswith("word/diagrams/") for n in names):
        notes.append(f"{name}: the text of SmartArt diagrams is not translated.")
    if "word/comments.xml" in names:
        notes.append(f"{name}: reviewers' comments are not translated.")
    if fallback_boxes:
        notes.append(f"{name}: text boxes are translated; their copies for very old Word "
                     f"versions keep the source text.")
    return Document(FORMAT, name, data, tuple(segments), rules, None, notes=tuple(notes))


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    name = document.name
    zf = open_package(document.data, name)
    problems = MismatchCollector()
    replaced: dict[str, bytes] = {}
    for part in _parts(zf, name):
        paras = _paragraphs(part)
        _, layouts = segment_units([para.unit for para in paras], document.rules)
        rebuilt = []
        for para in paras:
            layout = layouts[para.unit.id]
            if touched(layout, translations):
                pieces, changed = realize(layout, translations, problems)
                if changed:
                    rebuilt.append((para, pieces))
        for para, pieces in rebuilt:
            _rebuild(para, pieces)
        if rebuilt:
            tree = part.tree
            replaced[part.name] = etree.tostring(
                tree, xml_declaration=True, encoding="UTF-8",
                standalone=tree.docinfo.standalone)
    if problems.problems:
        raise TranslationMismatchError(name, problems.problems, problems.details)
    if not replaced:
        return document.data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in zf.infolist():
            payload = replaced.get(info.filename)
            if payload is None:
                payload = _read(zf, info.filename, name)
            target.writestr(info, payload, compress_type=info.compress_type)
        target.comment = zf.comment
    return out.getvalue()

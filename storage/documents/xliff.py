"""XLIFF 1.2 (.xlf, .xliff; 1.0 and 1.1 are read the same way, 2.x is refused).

Structure: a ``<trans-unit>`` (not ``translate="no"``) is a unit and, by default, one segment,
its id the unit's ``id`` (prefixed with ``f2/``… when the file holds several ``<file>`` s).
Inline elements are placeholders: ``<g>`` and ``<mrk>`` pairs; ``<x/>``, ``<bx/>``, ``<ex/>``,
``<ph>``, ``<bpt>``, ``<ept>``, ``<it>`` standalone, with their content kept. ``<note>`` s
become the segment's note, ``resname`` its context, ``maxwidth`` (in characters) its
``max_length``; an existing ``<target>`` is the segment's target, its tags matched by id.

Export writes each translation into ``<target>`` (created after ``<source>`` /
``<seg-source>`` if missing) with ``state="translated"`` (``needs-review-translation`` when
unconfirmed). A unit without a translation keeps its target if it has one, otherwise gets a
copy of its source with ``state="needs-translation"``: the file is complete and says what is
left. Everything else (other attributes, notes, alt-trans, groups, comments, the XML
declaration) is written back; ``target-language`` is set on ``<file>`` when missing and given.
"""

from __future__ import annotations

import codecs
import copy
import re

from lxml import etree

from storage.documents._io import parse_xml
from storage.documents._units import (
    ExportOptions,
    MismatchCollector,
    Piece,
    Slot,
    Tag,
    Unit,
    alone,
    pair,
    realize,
    segment_units,
    touched,
)
from storage.documents.errors import (
    MalformedDocumentError,
    TranslationMismatchError,
    UnsupportedFormatError,
)
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "xliff"
EXTENSIONS = (".xlf", ".xliff")

_PAIRED = {"g", "mrk"}
_LABELS = {"x": "placeholder", "bx": "start of code", "ex": "end of code", "ph": "code",
           "bpt": "start of code", "ept": "end of code", "it": "code", "g": "formatting",
           "mrk": "marked text"}
_DECL_RE = re.compile(rb"\s*(<\?xml[^>]*\?>)")


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _ns(root: etree._Element) -> str:
    tag = root.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


def _inline(el: etree._Element) -> list[Piece]:
    """An element's content as pieces: text, and tags for the inline elements."""
    out: list[Piece] = []
    if el.text:
        out.append(el.text)
    for child in el:
        name = _local(child)
        if not name:  # a comment or processing instruction inside the text
            out.append(alone(("copy", child), "comment"))
        elif name in _PAIRED:
            ident = child.get("id") or child.get("mid")
            label = _LABELS[name] + (f" {ident}" if ident else "")
            o, c = pair(("open", child), ("close", child), label, key=(name, ident))
            out.append(o)
            out.extend(_inline(child))
            out.append(c)
        else:
            ident = child.get("id") or child.get("rid")
            label = _LABELS.get(name, name) + (f" {ident}" if ident else "")
            inner = "".join(child.itertext()).strip()
            if inner:
                label += f": {inner[:40]}"
            out.append(alone(("copy", child), label, content=name in ("x", "ph", "it"),
                             key=(name, ident), keep=True))
        if child.tail:
            out.append(child.tail)
    return out


def _fill(target: etree._Element, pieces: list[Piece]) -> None:
    """Replace ``target``'s content with ``pieces`` (tags copied from the source)."""
    for child in list(target):
        target.remove(child)
    target.text = None
    stack = [target]
    for p in pieces:
        parent = stack[-1]
        if isinstance(p, str):
            if len(parent):
                parent[-1].tail = (parent[-1].tail or "") + p
            else:
                parent.text = (parent.text or "") + p
            continue
        assert isinstance(p, Tag)
        kind, src = p.data
        if kind == "open":
            new = etree.SubElement(parent, src.tag, dict(src.attrib))
            stack.append(new)
        elif kind == "close":
            stack.pop()
        else:
            new = copy.deepcopy(src)
            new.tail = None
            parent.append(new)


def _load(data: bytes, name: str) -> tuple[etree._ElementTree, str]:
    tree = parse_xml(data, name)
    root = tree.getroot()
    if _local(root) != "xliff":
        raise MalformedDocumentError(
            name, "is not an XLIFF file: its root element is <{root}>, not <xliff>.",
            {"root": _local(root) or root.tag})
    version = (root.get("version") or "").strip()
    ns = _ns(root)
    if version.startswith("2") or ns.endswith(":2.0"):
        raise UnsupportedFormatError(
            name, "is XLIFF {version}; Atelier reads XLIFF 1.2 (and 1.0, 1.1). Export it as "
                  "XLIFF 1.2 from the tool that made it.", {"version": version or "2.0"})
    return tree, ns


def _units(tree: etree._ElementTree, ns: str
           ) -> list[tuple[etree._Element, Unit]]:
    root = tree.getroot()
    files = root.findall(_q(ns, "file"))
    out = []
    seen: dict[str, int] = {}
    count = 0
    for f_index, file_el in enumerate(files, start=1):
        prefix = f"f{f_index}/" if len(files) > 1 else ""
        original = file_el.get("original")
        for tu in file_el.iter(_q(ns, "trans-unit")):
            count += 1
            if (tu.get("translate") or "").strip().lower() == "no":
                continue
            source = tu.find(_q(ns, "source"))
            if source is None:
                continue
            ident = tu.get("id") or f"#{count}"
            uid = prefix + ident
            seen[uid] = seen.get(uid, 0) + 1
            if seen[uid] > 1:
                uid = f"{uid}#{seen[uid]}"
            location = f"trans-unit {ident}"
            if len(files) > 1 and original:
                location += f" in {original}"
            notes = [" ".join((n.text or "").split()) for n in tu.findall(_q(ns, "note"))]
            target = tu.find(_q(ns, "target"))
            max_length = None
            if (tu.get("size-unit") or "").lower() == "char" and (tu.get("maxwidth") or
                                                                  "").isdigit():
                max_length = int(tu.get("maxwidth"))
            unit = Unit(
                uid, _inline(source), location,
                context=tu.get("resname") or "",
                note="\n".join(n for n in notes if n),
                whole=True,
                max_length=max_length,
                target=_inline(target) if target is not None else None,
                target_state=(target.get("state") or "translated")
                if target is not None and "".join(target.itertext()).strip() else None,
            )
            out.append((tu, unit))
    return out


def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    tree, ns = _load(data, name)
    pairs = _units(tree, ns)
    segments, _ = segment_units([u for _, u in pairs], rules)
    files = tree.getroot().findall(_q(ns, "file"))
    src = files[0].get("source-language") if files else None
    tgt = files[0].get("target-language") if files else None
    notes = []
    if any(tu.find(_q(ns, "seg-source")) is not None for tu, _ in pairs):
        notes.append(f"{name}: units with a <seg-source> are translated whole; their "
                     f"<seg-source> is kept as it is.")
    return Document(FORMAT, name, data, tuple(segments), rules,
                    (tree.docinfo.encoding or "UTF-8"), src, tgt, tuple(notes))


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    tree, ns = _load(document.data, document.name)
    pairs = _units(tree, ns)
    _, layouts = segment_units([u for _, u in pairs], document.rules)
    problems = MismatchCollector()
    changed = False
    for tu, unit in pairs:
        layout = layouts[unit.id]
        target = tu.find(_q(ns, "target"))
        if touched(layout, translations):
            pieces, _ = realize(layout, translations, problems)
            ids = {i.segment_id for i in layout if isinstance(i, Slot)}
            state = ("needs-review-translation" if ids & options.unconfirmed else "translated")
        elif target is None:
            pieces, state = unit.pieces, "needs-translation"
        else:
            continue
        if target is None:
            target = etree.Element(_q(ns, "target"))
            anchor = tu.find(_q(ns, "seg-source"))
            if anchor is None:
                anchor = tu.find(_q(ns, "source"))
            anchor.addnext(target)
            target.tail = anchor.tail
        _fill(target, pieces)
        target.set("state", state)
        changed = True
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)
    if options.target_language:
        for file_el in tree.getroot().findall(_q(ns, "file")):
            if not file_el.get("target-language"):
                file_el.set("target-language", options.target_language)
                changed = True
    if not changed:
        return document.data
    encoding = tree.docinfo.encoding or "UTF-8"
    body = etree.tostring(tree, encoding=encoding, xml_declaration=False)
    data = document.data
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    m = _DECL_RE.match(data, len(bom))
    if not m:
        return bom + body
    root_at = data.find(b"<", m.end())
    gap = data[m.end():root_at] if root_at > 0 and not data[m.end():root_at].strip() else b"\n"
    return bom + m.group(1) + gap + body


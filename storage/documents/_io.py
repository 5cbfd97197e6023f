"""Reading bytes safely: size limits, text decoding, untrusted XML; and writing atomically."""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as StdET
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree

from storage.documents.errors import (
    DocumentEncodingError,
    DocumentError,
    DocumentTooLargeError,
    MalformedDocumentError,
)
from storage.files import write_atomically
from storage.inputs import NotARegularFile, read_regular_file
from storage.phrases import Phrase

#: Largest file Atelier imports.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Largest total a .docx may unpack to, and the most entries it may have.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 5000
#: Largest compression ratio of one entry bigger than MIN_RATIO_CHECK_BYTES once unpacked.
MAX_COMPRESSION_RATIO = 100
MIN_RATIO_CHECK_BYTES = 1024 * 1024


def format_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise DocumentTooLargeError(
            name, "is {size}; Atelier imports documents up to {limit}. Split it into smaller "
                  "files.", {"size": format_size(size), "limit": format_size(MAX_FILE_BYTES)})


def read_file(path: Path) -> bytes:
    """The file's bytes, refused before a byte is read when it is too large or is not a
    regular file (a folder, a FIFO, a link to /dev/zero: see storage.inputs)."""
    try:
        data = read_regular_file(path, lambda size: check_size(path.name, size))
    except FileNotFoundError as exc:
        raise DocumentError(path, "file not found.") from exc
    except NotARegularFile as exc:
        raise DocumentError(path, "{reason}.", {"reason": exc.strerror}) from exc
    except OSError as exc:
        raise DocumentError(path, "cannot be read: {reason}.",
                            {"reason": exc.strerror or exc}) from exc
    check_size(path.name, len(data))
    return data


# -- text ---------------------------------------------------------------------------------------

# Phrases, so that the app can name the encoding in the person's language.
_LEGACY_NAMES = {"cp1252": Phrase("Windows-1252 (Western European)"),
                 "latin-1": Phrase("ISO-8859-1 (Latin-1)")}


@dataclass(frozen=True)
class Text:
    """A decoded text file: ``encoding`` is what export writes with (BOM included when the
    file had one: ``utf-8-sig``, ``utf-16``)."""

    text: str
    encoding: str
    note: str | None = None


def decode_text(data: bytes, name: str, *, legacy: bool = True,
                declared: str | None = None) -> Text:
    """Text with a BOM (UTF-8, UTF-16) is read as the BOM says; then the charset the file
    declares (HTML ``<meta charset>``, .po ``Content-Type``), so that export writes what the
    file announces; then UTF-8; then, when ``legacy``, Windows-1252 or Latin-1 with a note
    for the user."""
    if data.startswith(codecs.BOM_UTF8):
        return Text(_decode(data, "utf-8-sig", name), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Text(_decode(data, "utf-16", name), "utf-16")
    if b"\x00" in data:
        raise DocumentEncodingError(
            name, "is not a text file (it contains binary data). Check that it is the right "
                  "file, or save it again as plain text (UTF-8).")
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "utf-8-sig"):
        try:
            return Text(data.decode(codec), codec)
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise DocumentEncodingError(
                name, "declares the encoding {encoding} but is not valid {encoding} "
                      "(line {line}). Fix the declaration or save it again as UTF-8.",
                {"encoding": declared, "line": line}, line=line) from exc
    try:
        return Text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if legacy:
        for codec in ("cp1252", "latin-1"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            return Text(text, codec, (
                f"{name} is not UTF-8: it was read as {_LEGACY_NAMES[codec]}, and the "
                f"translation is written in the same encoding. Check accented letters."))
    line = data[:utf8_error.start].count(b"\n") + 1
    raise DocumentEncodingError(
        name, "is not valid UTF-8 (byte 0x{byte} at line {line}). Save it again as UTF-8 "
              "and import it again.",
        {"byte": f"{data[utf8_error.start]:02x}", "line": line}, line=line)


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return None


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DocumentEncodingError(
            name, "starts with a {encoding} byte-order mark but is not valid {encoding} "
                  "(line {line}).",
            {"encoding": codec.replace("-sig", "").upper(), "line": line}, line=line) from exc


def encode_text(text: str, encoding: str, name: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start:exc.end]
        error = DocumentEncodingError(name, CANNOT_ENCODE, cannot_encode(bad, encoding))
        error.character = bad
        raise error from exc


#: The problem of a translation holding a character the file's encoding cannot store.
CANNOT_ENCODE = ("the translation contains “{character}”, which the file's encoding, "
                 "{encoding}, cannot store. Export again choosing UTF-8.")


def cannot_encode(bad: str, encoding: str) -> dict[str, object]:
    """The values of CANNOT_ENCODE for a translation holding ``bad``, which ``encoding``
    cannot store."""
    return {"character": bad, "encoding": _LEGACY_NAMES.get(encoding, encoding)}


_NEWLINE_RE = re.compile(r"\r\n|\n|\r")


def lines_with_offsets(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, next_start)`` of every line; ``end`` excludes the line break."""
    out = []
    pos = 0
    for m in _NEWLINE_RE.finditer(text):
        out.append((pos, m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text), len(text)))
    return out


def newline_of(text: str) -> str:
    m = _NEWLINE_RE.search(text)
    return m.group(0) if m else "\n"


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with ``(start, end, replacement)`` edits applied (they must not overlap)."""
    out = []
    pos = 0
    for start, end, repl in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# -- XML ----------------------------------------------------------------------------------------

def check_xml(data: bytes, name: str, part: str | None = None) -> None:
    """Refuse XML that is malformed or uses entity tricks (billion laughs, external entities),
    with the line of the problem."""
    where = f" ({part})" if part else ""
    try:
        SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise MalformedDocumentError(
            name, "its XML{part} declares entities or external references, which Atelier "
                  "refuses for safety ({kind}).",
            {"part": where, "kind": type(exc).__name__}) from exc
    except StdET.ParseError as exc:
        line, column = exc.position
        raise MalformedDocumentError(
            name, "is not well-formed XML{part}: {reason} (column {column}).",
            {"part": where, "reason": _parse_message(exc), "column": column + 1},
            line=line) from exc
    except LookupError as exc:  # <?xml encoding="…"?> names an encoding Python does not know
        raise MalformedDocumentError(
            name, "its XML{part} declares an encoding Atelier does not know ({reason}). Save "
                  "it again as UTF-8.", {"part": where, "reason": exc}) from exc


def _parse_message(exc: StdET.ParseError) -> str:
    msg = str(exc)
    return re.sub(r":\s*line \d+, column \d+$", "", msg)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_blank_text=False)


def parse_xml(data: bytes, name: str, part: str | None = None) -> etree._ElementTree:
    """Parse untrusted XML for editing: checked with defusedxml first, then read by lxml with
    entities, DTDs and the network off (lxml keeps namespaces and comments as they are)."""
    check_xml(data, name, part)
    try:
        return etree.fromstring(data, _PARSER).getroottree()
    except etree.XMLSyntaxError as exc:
        where = f" ({part})" if part else ""
        raise MalformedDocumentError(name, "is not well-formed XML{part}: {reason}.",
                                     {"part": where, "reason": exc.msg},
                                     line=exc.lineno) from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (``storage.files.write_atomically``),
    a failure being a DocumentError."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise DocumentError(path, "cannot be written: {reason}.",
                            {"reason": exc.strerror or exc}) from exc

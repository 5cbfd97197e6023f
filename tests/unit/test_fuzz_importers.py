"""Hostile input: every importer, fed corrupted variants of valid files, either reads them or
refuses them with its own documented error and a message a person can read.

Property-based (hypothesis), bounded so the whole file stays well under a minute:

- ``storage.csvio.import_csv``: a valid export of a store holding every table, with cells,
  lines, headers and bytes corrupted. Only ``CsvImportError`` / ``ValidationError`` may escape,
  and a refused import leaves the store exactly as it was.
- ``storage.documents.read_document`` for .txt, .md, .srt, .po, .xlf, .html and .docx (the zip's
  XML parts mutated and zipped again, and the raw bytes mutated): only ``DocumentError``. The
  catch-all of ``read_document`` (a parser failing in a way nobody foresaw) counts as a crash
  too: its message names a Python exception, not the problem. A document that reads is also
  exported again (``render_document``) with the same rule.
- ``storage.translation.memory.import_tmx``: only ``TmxError``.
- ``storage.translation.glossary.import_csv``: only ``CsvImportError``.

"Readable": not empty, no traceback, not a repr, no Python exception named, and at most 1000
characters (a message quoting a cell or a line cuts it: a hostile file's line can be megabytes).
The crashes fuzzing found are kept as plain tests at the end of the file.
``ATELIER_FUZZ_EXAMPLES=5000`` (and ``-o faulthandler_timeout=0``) runs a deeper search by hand.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storage.csvio import export_csv, import_csv
from storage.db import Store, open_store
from storage.documents import DocumentError, read_document, render_document
from storage.errors import CsvImportError, ValidationError
from storage.translation import glossary as sg
from storage.translation import memory as sm
from storage.translation import projects as sp
from tests.unit.test_csvio import build, raw_rows

# 60 cases per importer in the suite; ATELIER_FUZZ_EXAMPLES raises it for a deeper search.
FUZZ = settings(max_examples=int(os.environ.get("ATELIER_FUZZ_EXAMPLES", "60")), deadline=None,
                database=None, print_blob=True,  # a failure prints how to replay it
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# Exception names that have no business in a message for a user: they mean a parser failed in a
# way its module did not foresee and a safety net passed Python's own words on.
_INTERNAL = re.compile(
    r"\b(IndexError|KeyError|TypeError|AttributeError|AssertionError|UnboundLocalError|NameError|"
    r"ZeroDivisionError|OverflowError|StopIteration|NoneType|object has no attribute)\b")
_FALLBACK = re.compile(r"could not be (read as an? \w+ file|exported) \(\w+: ")
MAX_MESSAGE = 1000


def assert_readable(exc: BaseException) -> None:
    """A message for a person: not empty, not a traceback, not a repr, not a crash passed on."""
    message = str(exc)
    assert message.strip(), f"{type(exc).__name__} with an empty message"
    assert "Traceback" not in message and 'File "' not in message, message
    assert message != repr(exc), message
    assert not re.fullmatch(r"\w+(Error|Exception)?\(.*\)", message, re.S), message
    assert not _INTERNAL.search(message), f"a crash passed on as the message: {message}"
    # storage.documents.api's safety net for what a parser did not foresee.
    assert not _FALLBACK.search(message), f"a crash caught by the safety net: {message}"
    assert len(message) <= MAX_MESSAGE, f"a {len(message)}-character message: {message[:300]}…"


# --------------------------------------------------------------------------- mutations

# Values that break parsers: numbers out of range, dates at the ends of the calendar, markup,
# control characters, escapes, text in other scripts.
NASTY = [
    "", " ", "-1", "0", "-0", "+7", "1e9", "NaN", "inf", "1,5", "0x10", "٣", "１２", "²",
    "99999999999999999999999", "9223372036854775808", "-9223372036854775809", "9" * 5000,
    "true", "TRUE", "yes", "null", "None", "\x00", "\\", "\\\\", "\\\\\\x",
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "2025-02-30T00:00:00+00:00",
    "2025-01-01", "2025-01-01T00:00:00", "2025-01-01T00:00:00+24:00", "9999-12-31T23:59:59Z",
    "XXX", "eur", "EUR ", "€", "completed", "in_progress", "cancelled", "payout", "refund",
    "=cmd|' /C calc'!A0", '"', "a\nb", "\r", "\ufeff", "\U0001f600" * 3, "é" * 300, "1" * 400,
    "AAAA", "!!", "Zm9v\n", "timezone", "home_currency", "Mars/Olympus",
]

# The ones aimed at the limits of the store's types (64-bit integers, datetime's range).
EDGE = [
    "9" * 5000, "99999999999999999999999", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "000000000000000000000000001",
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+00:00", "x" * 5000, "1e999", "1e-999", "-0.0",
]

MARKUP = [
    b"<", b">", b"</", b"/>", b"&", b"&amp;", b"&#0;", b"&#xD800;", b"&bogus;", b"<![CDATA[",
    b"]]>", b"<!--", b"-->", b"<?xml version='1.0'?>", b'<!DOCTYPE x [<!ENTITY a "b">]>',
    b'<!DOCTYPE x SYSTEM "file:///etc/passwd">', b"<p>", b"</p>", b"<b>", b"<script>", b"<br/>",
    b'<a href="', b"<table><tr><td>", b"<w:p>", b"</w:p>", b"<w:r><w:t>", b"</w:t></w:r>",
    b'<w:hyperlink r:id="rId999">', b'<w:fldChar w:fldCharType="begin"/>', b"<g id='1'>",
    b"</g>", b'<x id="9"/>', b"<trans-unit>", b"<bpt i='1'>", b"<ept i='2'>", b"<ph x='3'/>",
    b"<tu>", b"<tuv xml:lang='fr'><seg>", b"</seg></tuv>", b"<sub>", b"<hi>",
    b'msgid "', b'msgstr "', b'msgstr[7] "', b'msgid_plural "', b"msgctxt ", b"#, fuzzy\n",
    b'"\\', b'\\"', b"\n\n", b"\r", b"\r\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3",
    b"00:00:01,000 --> 00:00:02,000\n", b"99:99:99,999 --> ", b" --> ", b"-->", b"\n1\n",
    b"```", b"~~~", b"# ", b"* ", b"1. ", b"> ", b"|", b"| --- |", b"[x](", b"![i](", b"**",
    b"<!-- comment", b"    ", b"\t", b"\\", "⟨1⟩".encode(), "⟨/1⟩".encode(), "⟨2/⟩".encode(),
    b"source,target\n", b";", b",", b'"', b"\xe9", b"\x80\x81",
]


class Blob(bytes):
    """Bytes whose repr stays short in hypothesis' reports (long ones are cut)."""

    def __repr__(self) -> str:
        shown = bytes(self[:1500])
        return repr(shown) if len(self) <= 1500 else f"{shown!r}… ({len(self)} bytes)"


@st.composite
def mutated_bytes(draw: st.DrawFn, seed: bytes, extra: list[bytes] | None = None) -> bytes:
    """`seed` with one to four corruptions: bytes flipped, cut, duplicated, markup, random text
    or a very long run inserted, or the file truncated."""
    data = bytearray(seed)
    snippets = MARKUP + (extra or [])
    for _ in range(draw(st.integers(1, 4))):
        n = len(data)
        pos = draw(st.integers(0, max(0, n)))
        kind = draw(st.sampled_from(
            ["flip", "delete", "insert", "insert", "markup", "markup", "dup", "truncate",
             "text", "long"]))
        if kind == "flip" and n:
            i = min(pos, n - 1)
            data[i] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "markup":
            data[pos:pos] = draw(st.sampled_from(snippets)) * draw(st.integers(1, 3))
        elif kind == "dup":
            end = pos + draw(st.integers(1, 200))
            data[pos:pos] = data[pos:end] * draw(st.integers(1, 3))
        elif kind == "truncate":
            del data[pos:]
        elif kind == "long":  # one very long word, number or cell
            data[pos:pos] = draw(st.sampled_from([b"9", b"x", b"\xc3\xa9", b"<b>"])) * draw(
                st.integers(100, 3000))
        else:
            text = draw(st.text(max_size=40))
            data[pos:pos] = text.encode(draw(st.sampled_from(["utf-8", "utf-16"])),
                                        "surrogatepass")
    return Blob(data)


def hostile(seed: bytes, extra: list[bytes] | None = None) -> st.SearchStrategy[bytes]:
    """Mostly corrupted seeds; sometimes bytes or text with no relation to the format."""
    return st.one_of(
        mutated_bytes(seed, extra), mutated_bytes(seed, extra), mutated_bytes(seed, extra),
        st.binary(max_size=300).map(Blob),
        st.text(max_size=200).map(lambda t: Blob(t.encode("utf-8", "surrogatepass"))),
    )


# --------------------------------------------------------------------------- documents: seeds

TXT = ("Bonjour à tous.\n\nCeci est un test. Deuxième phrase ! Et une troisième ?\n"
       "M. Dupont a payé 1 234,56 € le 3 mars.\n").encode()

MD = """# Titre du devis

Voici le **devis** pour la *traduction* de votre [site](https://example.com "titre").

- premier point
- second point avec `code`
  1. imbriqué

> Une citation. Deux phrases.

| Produit | Prix |
| --- | ---: |
| Café | 2 € |

```python
print("pas traduit")
```

Fin du document.<br>
""".encode()

SRT = """1
00:00:01,000 --> 00:00:03,500
Bonjour, <i>monde</i> !

2
00:00:04,000 --> 00:00:06,000
Deuxième réplique,
sur deux lignes.

3
00:00:07,250 --> 00:00:09,000
{\\an8}Fin.
""".encode()

PO = b"""# Traduction
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: src/app.py:12
msgid "Save the <b>file</b>"
msgstr "Enregistrer le <b>fichier</b>"

#, fuzzy, python-format
msgctxt "menu"
msgid "Open %(name)s"
msgstr "Ouvrir %(name)s"

msgid "One order"
msgid_plural "%d orders"
msgstr[0] ""
msgstr[1] ""
"""

XLIFF = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="fr" datatype="plaintext" original="app">
    <body>
      <trans-unit id="1">
        <source>Hello <g id="1">bold</g> world.<x id="2"/></source>
        <target state="translated">Bonjour <g id="1">gras</g> monde.<x id="2"/></target>
      </trans-unit>
      <trans-unit id="2">
        <source>Second unit. Two sentences.</source>
      </trans-unit>
      <group id="g"><trans-unit id="3"><source>In a group</source></trans-unit></group>
    </body>
  </file>
</xliff>
"""

HTML = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quote</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><h1>Our <em>offer</em></h1>
<p>Hello <b>dear</b> client. Read the <a href="/terms" title="Terms">terms</a>&nbsp;today!</p>
<ul><li>One</li><li>Two &amp; three</li></ul>
<table><tr><td>Price</td><td>12 &euro;</td></tr></table>
<img alt="A logo" src="logo.png"><!-- a comment --><pre>  kept   as is </pre>
</body></html>
"""


def _docx_seed() -> bytes:
    d = docx.Document()
    d.add_heading("Quarterly report", level=1)
    p = d.add_paragraph("Hello ")
    p.add_run("bold").bold = True
    p.add_run(" and ")
    p.add_run("italic").italic = True
    p.add_run(" words.\tTabbed. Second sentence!")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Product"
    table.cell(1, 1).text = "Coffee, 2 €"
    d.sections[0].header.paragraphs[0].text = "Confidential draft"
    d.add_paragraph("Footnote-free ending.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


DOCX = _docx_seed()
SEEDS = {"notes.txt": TXT, "readme.md": MD, "film.srt": SRT, "app.po": PO, "app.xlf": XLIFF,
         "page.html": HTML}


def read_hostile_document(data: bytes, name: str) -> None:
    try:
        document = read_document(data, name)
    except DocumentError as exc:
        assert_readable(exc)
        return
    for segment in document.segments:
        assert isinstance(segment.source, str)
    # What reads must export again (untranslated: the segments keep their source).
    try:
        render_document(document, {})
    except DocumentError as exc:
        assert_readable(exc)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seeds_read(name: str) -> None:
    assert read_document(SEEDS[name], name).segments


def _text_format_test(name: str) -> Callable[[], None]:
    @FUZZ
    @given(data=hostile(SEEDS[name]))
    def fuzz(data: bytes) -> None:
        read_hostile_document(data, name)

    return fuzz


test_fuzz_txt = _text_format_test("notes.txt")
test_fuzz_md = _text_format_test("readme.md")
test_fuzz_srt = _text_format_test("film.srt")
test_fuzz_po = _text_format_test("app.po")
test_fuzz_xliff = _text_format_test("app.xlf")
test_fuzz_html = _text_format_test("page.html")


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


DOCX_MEMBERS = _members(DOCX)
XML_MEMBERS = [i for i, (info, _) in enumerate(DOCX_MEMBERS)
               if info.filename.endswith((".xml", ".rels"))]
MAIN = next(i for i, (info, _) in enumerate(DOCX_MEMBERS)
            if info.filename == "word/document.xml")


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    """The seed .docx with one to three of its XML parts corrupted, zipped again (sometimes a
    part left out or added), mostly word/document.xml."""
    members = list(DOCX_MEMBERS)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.one_of(st.just(MAIN), st.sampled_from(XML_MEMBERS)))
        info, content = members[i]
        members[i] = (info, draw(mutated_bytes(content)))
    if draw(st.integers(0, 9)) == 0:
        del members[draw(st.integers(0, len(members) - 1))]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, content in members:
            zf.writestr(info.filename, content)
        if draw(st.integers(0, 9)) == 0:
            zf.writestr(draw(st.sampled_from(["word/evil.xml", "../../escape.xml", "a" * 200])),
                        draw(st.binary(max_size=50)))
    return Blob(out.getvalue())


def test_docx_seed_reads() -> None:
    assert read_document(DOCX, "report.docx").segments


@FUZZ
@given(data=mutated_docx())
def test_fuzz_docx_xml_parts(data: bytes) -> None:
    read_hostile_document(data, "report.docx")


@FUZZ
@given(data=hostile(DOCX))
def test_fuzz_docx_bytes(data: bytes) -> None:
    read_hostile_document(data, "report.docx")


# --------------------------------------------------------------------------- TMX and glossary

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="omt"
          adminlang="en" srclang="fr" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="fr-FR"><seg>Le <bpt i="1" x="1">&lt;b&gt;</bpt>devis<ept i="1">&lt;/b&gt;</ept> est prêt.<ph x="2">&lt;br/&gt;</ph></seg></tuv>
      <tuv xml:lang="en-GB"><seg>The <bpt i="1" x="1">&lt;b&gt;</bpt>quote<ept i="1">&lt;/b&gt;</ept> is ready.<ph x="2">&lt;br/&gt;</ph></seg></tuv>
    </tu>
    <tu><tuv lang="fr"><seg>Deux <hi>fois</hi>.</seg></tuv><tuv lang="en"><seg>Twice.</seg></tuv></tu>
    <tu><tuv xml:lang="fr"><seg>Seul.</seg></tuv></tu>
  </body>
</tmx>
""".encode()  # noqa: E501 - one <tu> per line, as tools write them

GLOSSARY = ("source,target,note,required,case_sensitive\r\n"
            "devis,quote,le document chiffré,yes,no\r\n"
            "facture,invoice,,oui,\r\n"
            "\"Société, SARL\",\"Company, Ltd\",\"avec « guillemets »\",1,x\r\n").encode()
GLOSSARY_FR = "terme;cible;obligatoire\ndevis;quote;non\nréférence;reference;oui\n".encode(
    "cp1252")


@pytest.fixture(scope="module")
def tstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("fuzz-tm") / "atelier.db")
    yield store
    store.close()


def _rolled_back(store: Store, fn: Callable[[Any], object]) -> None:
    """Run fn(session) in a transaction that is always rolled back (the store stays small)."""
    with store.session() as s:
        s.begin()
        try:
            fn(s)
        finally:
            s.rollback()


def test_tmx_seed_imports(tstore: Store) -> None:
    def check(s: Any) -> None:
        assert sm.import_tmx(s, TMX, "fr", "en", name="seed.tmx").added == 2

    _rolled_back(tstore, check)


@FUZZ
@given(data=hostile(TMX))
def test_fuzz_tmx(tstore: Store, data: bytes) -> None:
    def attempt(s: Any) -> None:
        try:
            sm.import_tmx(s, data, "fr", "en", name="memory.tmx")
        except sm.TmxError as exc:
            assert_readable(exc)

    _rolled_back(tstore, attempt)


def test_glossary_seeds_import(tstore: Store) -> None:
    def check(s: Any) -> None:
        assert sg.import_csv(s, "fr", "en", GLOSSARY, name="g.csv").added == 3
        assert sg.import_csv(s, "fr", "en", GLOSSARY_FR, name="g.csv").added == 1

    _rolled_back(tstore, check)


@FUZZ
@given(data=st.one_of(hostile(GLOSSARY), hostile(GLOSSARY_FR)))
def test_fuzz_glossary_csv(tstore: Store, data: bytes) -> None:
    def attempt(s: Any) -> None:
        try:
            sg.import_csv(s, "fr", "en", data, name="glossary.csv")
        except CsvImportError as exc:
            assert_readable(exc)

    _rolled_back(tstore, attempt)


# --------------------------------------------------------------------------- the store's CSV


@pytest.fixture(scope="module")
def csv_seed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A valid export of a store that fills every table (a translated document's bytes too)."""
    folder = tmp_path_factory.mktemp("fuzz-csv-source")
    with open_store(folder / "source.db") as store:
        with store.transaction() as s:
            build(s)
            project = sp.create_project(s, "Site", "fr", "en")
            sp.import_bytes(s, project.id, TXT, "notes.txt")
            sg.import_csv(s, "fr", "en", GLOSSARY, name="g.csv")
            sm.import_tmx(s, TMX, "fr", "en", name="seed.tmx")
        export_csv(store, folder / "csv")
    return Files((p.name, p.read_bytes()) for p in sorted((folder / "csv").iterdir()))


@pytest.fixture(scope="module")
def csv_target(csv_seed: dict[str, bytes],
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """A store holding the seed's data, and a folder the mutated files are written to."""
    root = tmp_path_factory.mktemp("fuzz-csv-target")
    with open_store(root / "target.db") as store:
        _write(root / "files", csv_seed)
        import_csv(store, root / "files", replace=True)
        yield store, root / "files"


def _write(folder: Path, files: dict[str, bytes]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)


def _split_records(text: str) -> list[str]:
    """The CSV's records as raw text (a quoted cell may hold line breaks)."""
    records, current, quotes = [], [], 0
    for line in text.split("\r\n"):
        current.append(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            records.append("\r\n".join(current))
            current, quotes = [], 0
    if current:
        records.append("\r\n".join(current))
    return records


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


class Files(dict[str, bytes]):
    """CSV files by name; shown in a failure report as what differs from the seed."""

    seed: dict[str, bytes] | None = None

    def __repr__(self) -> str:
        if self.seed is None:
            return f"<the seed export: {len(self)} files>"
        out = []
        for name in sorted(set(self.seed) | set(self)):
            old, new = self.seed.get(name), self.get(name)
            if new is None:
                out.append(f"{name}: deleted")
            elif old != new:
                at = next((i for i, (a, b) in enumerate(zip(old or b"", new, strict=False))
                           if a != b), min(len(old or b""), len(new)))
                out.append(f"{name} from byte {at}: {new[max(0, at - 40):at + 120]!r}")
        return "<the seed export with " + "; ".join(out) + ">"


@st.composite
def mutated_export(draw: st.DrawFn, seed: dict[str, bytes]) -> dict[str, bytes]:
    """The export with one to three corruptions in its files, mostly the business tables."""
    files = Files(seed)
    files.seed = seed
    names = sorted(n for n, data in files.items() if data.count(b"\n") > 1)
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.one_of(
            st.sampled_from(["orders.csv", "payments.csv"]),
            st.sampled_from(["orders.csv", "payments.csv", "clients.csv", "platforms.csv",
                             "settings.csv", "order_events.csv", "translation_files.csv"]),
            st.sampled_from(names), st.sampled_from(sorted(files))))
        if name not in files:
            continue
        text = files[name].decode("utf-8", "surrogateescape")
        records = _split_records(text)
        kind = draw(st.sampled_from(["cell", "cell", "cell", "cells", "drop", "dup", "header",
                                     "swap", "bytes", "delete_file"]))
        i = draw(st.integers(1, max(1, len(records) - 2)))
        if kind in ("cell", "cells", "header", "swap") and i < len(records):
            row = 0 if kind == "header" else i
            cells = next(csv.reader(io.StringIO(records[row], newline="")), [])
            if cells:
                for _ in range(3 if kind == "cells" else 1):
                    j = draw(st.integers(0, len(cells) - 1))
                    if kind == "swap":
                        k = draw(st.integers(0, len(cells) - 1))
                        cells[j], cells[k] = cells[k], cells[j]
                    else:
                        cells[j] = draw(st.one_of(st.sampled_from(EDGE), st.sampled_from(NASTY),
                                                  st.text(max_size=30)))
                records[row] = _csv_line(cells)
        elif kind == "drop" and len(records) > 1:
            del records[i]
        elif kind == "dup" and i < len(records):
            records.insert(i, records[i])
        elif kind == "delete_file":
            del files[name]
            continue
        data = "\r\n".join(records).encode("utf-8", "surrogateescape")
        if kind == "bytes":
            data = draw(mutated_bytes(data, [b'","', b",", b'"\r\n"', b"\r\n,,,"]))
        files[name] = data
    return files


@FUZZ
@given(data=st.data())
@example(data=None)  # the seed itself imports
def test_fuzz_store_csv_import(csv_seed: dict[str, bytes],
                               csv_target: tuple[Store, Path], data: Any) -> None:
    store, folder = csv_target
    files = csv_seed if data is None else data.draw(mutated_export(csv_seed), label="files")
    before = raw_rows(store)
    _write(folder, files)
    try:
        import_csv(store, folder, replace=True)
    except (CsvImportError, ValidationError) as exc:
        assert_readable(exc)
        assert raw_rows(store) == before, "a refused import changed the store"
        return
    # Imported: put the seed back for the next example.
    _write(folder, csv_seed)
    import_csv(store, folder, replace=True)
    assert raw_rows(store) == before


def test_a_failed_import_changes_nothing_even_after_a_good_one(
        csv_seed: dict[str, bytes], tmp_path: Path) -> None:
    """The property's reference point: the seed round-trips, a broken copy is refused."""
    with open_store(tmp_path / "t.db") as store:
        _write(tmp_path / "ok", csv_seed)
        import_csv(store, tmp_path / "ok", replace=True)
        before = raw_rows(store)
        broken = dict(csv_seed, **{"orders.csv": csv_seed["orders.csv"] + b"x,y\r\n"})
        _write(tmp_path / "bad", broken)
        with pytest.raises(CsvImportError) as err:
            import_csv(store, tmp_path / "bad", replace=True)
        assert_readable(err.value)
        assert raw_rows(store) == before


# --------------------------------------------------------------------------- found by fuzzing
# Each of these escaped as a crash (or as a message naming a Python exception) before its fix.


@pytest.mark.parametrize(("file", "column", "value", "expected"), [
    # int() refuses more than 4300 digits with a ValueError.
    ("orders.csv", "price_minor", "9" * 5000, "out of range"),
    # SQLite's INTEGER is 64-bit: OverflowError at the INSERT, after every check had passed.
    ("payments.csv", "amount_minor", "9223372036854775808", "out of range"),
    ("platforms.csv", "fee_fixed_minor", "-9223372036854775809", "out of range"),
    # Converting to UTC leaves datetime's range: OverflowError.
    ("orders.csv", "received_at", "9999-12-31T23:59:59-05:00", "outside the dates"),
    ("orders.csv", "due_at", "0001-01-01T00:00:00+05:00", "outside the dates"),
    # A whole file's worth of text in one cell was quoted whole in the message.
    ("payments.csv", "currency", "X" * 5000, "not a currency"),
    ("orders.csv", "status", "y" * 5000, "not a known order status"),
])
def test_csv_cells_out_of_range_are_refused_with_a_short_message(
        csv_seed: dict[str, bytes], csv_target: tuple[Store, Path], file: str, column: str,
        value: str, expected: str) -> None:
    store, folder = csv_target
    text = csv_seed[file].decode()
    records = list(csv.reader(io.StringIO(text, newline="")))
    records[1][records[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(records)
    before = raw_rows(store)
    _write(folder, dict(csv_seed, **{file: out.getvalue().encode()}))
    with pytest.raises(CsvImportError) as err:
        import_csv(store, folder, replace=True)
    assert (err.value.file, err.value.line, err.value.field) == (file, 2, column)
    assert expected in err.value.message
    assert len(str(err.value)) < 300
    assert_readable(err.value)
    assert raw_rows(store) == before


def test_the_largest_64_bit_numbers_still_import(
        csv_seed: dict[str, bytes], csv_target: tuple[Store, Path]) -> None:
    store, folder = csv_target
    text = csv_seed["time_entries.csv"].decode()
    records = list(csv.reader(io.StringIO(text, newline="")))
    records[1][0] = "9223372036854775807"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(records)
    _write(folder, dict(csv_seed, **{"time_entries.csv": out.getvalue().encode()}))
    try:
        import_csv(store, folder, replace=True)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT max(id) FROM time_entries").scalar() == 2**63 - 1
    finally:
        _write(folder, csv_seed)
        import_csv(store, folder, replace=True)


def test_html_marked_section_python_cannot_parse_is_a_malformed_document() -> None:
    # html.parser raised AssertionError("unknown status keyword 'i' in marked section"); the
    # catch-all of read_document passed it on as "(AssertionError: …)".
    with pytest.raises(DocumentError) as err:
        read_document(b"<![i](!DOCTYPE html>\n<p>Hello</p>", "page.html")
    assert str(err.value) == ("page.html, line 1: is not valid HTML: unknown status keyword "
                              "'i' in marked section.")
    # Word's conditional comments are marked sections the parser knows: still read.
    doc = read_document(b"<p><![if !supportLists]>1.<![endif]>Point</p>", "word.html")
    assert [s.source for s in doc.segments] == ["1.⟨1/⟩Point"]


def test_tmx_declaring_an_unknown_encoding_is_a_tmx_error() -> None:
    # LookupError escaped read_tmx.
    data = TMX.replace(b'encoding="UTF-8"', b'encoding="TTF-8"')
    with pytest.raises(sm.TmxError) as err:
        sm.read_tmx(data, "memory.tmx", "fr", "en")
    assert "declares an encoding Atelier does not know" in str(err.value)


@pytest.mark.parametrize(("data", "name"), [
    (b"1\n" + b"9" * 3000 + b"\nHello\n", "film.srt"),
    (DOCX_MEMBERS[MAIN][1].replace(b"xmlns:w=", b"xmlns:w='" + b"9" * 3000 + b"' x="),
     "document.xml"),
])
def test_document_messages_cut_what_they_quote(data: bytes, name: str) -> None:
    if name == "document.xml":  # the part goes back into the .docx
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info, content in DOCX_MEMBERS:
                zf.writestr(info.filename, data if info.filename == "word/document.xml"
                            else content)
        data, name = out.getvalue(), "report.docx"
    with pytest.raises(DocumentError) as err:
        read_document(data, name)
    assert "…" in str(err.value) and len(str(err.value)) < 400
    assert_readable(err.value)


def test_glossary_messages_cut_what_they_quote() -> None:
    with pytest.raises(CsvImportError) as err:
        sg.read_csv(b"source,target,required\na,b," + b"z" * 3000 + b"\n", "g.csv")
    assert "is not yes or no" in str(err.value) and len(str(err.value)) < 200


def test_tmx_messages_cut_what_they_quote() -> None:
    data = TMX.replace(b'encoding="UTF-8"', b'encoding="' + b"x" * 3000 + b'"')
    with pytest.raises(sm.TmxError) as err:
        sm.read_tmx(data, "memory.tmx", "fr", "en")
    assert "declares an encoding" in str(err.value) and len(str(err.value)) < 300
    with pytest.raises(sm.TmxError) as err:
        sm.read_tmx(b"<" + b"t" * 3000 + b"/>", "memory.tmx", "fr", "en")
    assert "is not a TMX file" in str(err.value) and len(str(err.value)) < 300


@pytest.mark.parametrize("value", ["9" * 5000, "²"])
def test_a_setting_python_cannot_read_as_a_number_is_refused(
        csv_seed: dict[str, bytes], csv_target: tuple[Store, Path], value: str) -> None:
    # storage.settings read due_soon_hours with int() after str.isdigit(), which let both
    # through: ValueError escaped the import. The rule now refuses them itself.
    store, folder = csv_target
    settings_csv = csv_seed["settings.csv"].replace(b"due_soon_hours,48",
                                                    f"due_soon_hours,{value}".encode())
    before = raw_rows(store)
    _write(folder, dict(csv_seed, **{"settings.csv": settings_csv}))
    with pytest.raises(CsvImportError) as err:
        import_csv(store, folder, replace=True)
    assert (err.value.file, err.value.field) == ("settings.csv", "value")
    assert "number of hours between 1 and 720" in err.value.message
    assert_readable(err.value)
    assert raw_rows(store) == before


@pytest.mark.parametrize("name", ["app.xlf", "report.docx"])
def test_xml_declaring_an_unknown_encoding_is_a_malformed_document(name: str) -> None:
    # LookupError from the XML parser reached read_document's safety net.
    if name == "report.docx":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info, content in DOCX_MEMBERS:
                if info.filename == "word/document.xml":
                    content = re.sub(rb"encoding=(['\"])UTF-8", rb"encoding=\1TTF-8", content,
                                     count=1)
                zf.writestr(info.filename, content)
        data = out.getvalue()
    else:
        data = XLIFF.replace(b'encoding="UTF-8"', b'encoding="TTF-8"')
    with pytest.raises(DocumentError) as err:
        read_document(data, name)
    assert "declares an encoding Atelier does not know (unknown encoding: TTF-8)" in str(
        err.value)
    assert_readable(err.value)


def test_a_damaged_zip_header_is_not_quoted_whole() -> None:
    # zipfile's "File name in directory … and header … differ" quoted the whole header.
    data = bytearray(DOCX)
    name = b"word/document.xml"
    at = data.index(name)  # the first one is in the part's local header
    data[at + len(name) - 3:at + len(name)] = b"XYZ"
    with pytest.raises(DocumentError) as err:
        read_document(bytes(data), "report.docx")
    assert "cannot be unpacked" in str(err.value)
    assert_readable(err.value)


def test_a_zip_whose_offsets_point_before_the_file_is_a_malformed_document() -> None:
    # The end record claims the directory starts 500 bytes later than it does: zipfile shifts
    # every part's offset by -500 and seeking to the first ones raised ValueError.
    data = bytearray(DOCX)
    end = data.rindex(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, end + 16)
    struct.pack_into("<I", data, end + 16, offset + 500)
    with pytest.raises(DocumentError) as err:
        read_document(bytes(data), "report.docx")
    assert "cannot be unpacked (negative seek value" in str(err.value)
    assert_readable(err.value)

"""Huge files and zip bombs are refused with a clear message, and memory stays bounded.

Each refusal runs in a fresh Python process that measures its own peak resident memory around
the call (the high-water mark is reset first where Linux allows it, else the peak so far is the
base): a file read whole, or a bomb unpacked, would show as hundreds of megabytes or more. The
big files are sparse (``truncate``), so making them costs no disk and no time.
"""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
BIG = 200 * MB
#: Allowed growth of the peak resident memory while a file is refused.
MEMORY_BOUND = 100 * MB

# Runs in the child: `setup` (imports, a store…), then the peak memory is reset, then `call`
# must raise; prints the error and the memory figures as JSON.
CHILD = """
import json, resource, sys, traceback

def peak_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS

def reset_peak():
    try:  # Linux: 5 resets the high-water mark to the current resident size
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False

{setup}
reset = reset_peak()
base = peak_kb()
try:
    {call}
except Exception as exc:
    error = {{"type": type(exc).__name__, "message": str(exc)}}
else:
    error = None
peak = peak_kb()
after = {after}
print(json.dumps({{"error": error, "base_kb": base, "peak_kb": peak, "reset": reset,
                  "after": after}}))
"""


def refuse_in_child(setup: str, call: str, after: str = "None") -> dict:
    """Run `call` in a new process after `setup`; its error and memory figures."""
    code = CHILD.format(setup=textwrap.dedent(setup), call=call, after=after)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    grown = (result["peak_kb"] - result["base_kb"]) * 1024
    assert grown < MEMORY_BOUND, f"peak memory grew by {grown / MB:.0f} MB: {result}"
    assert result["error"] is not None, f"{call} did not refuse the file"
    return result


def sparse(path: Path, size: int = BIG, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no room on disk: `head`, then zeros."""
    with path.open("wb") as f:
        f.write(head)
        f.truncate(size)
    return path


# --------------------------------------------------------------------------- zip bombs


def _template_parts() -> list[tuple[str, bytes]]:
    d = docx.Document()
    d.add_paragraph("Hello.")
    out = io.BytesIO()
    d.save(out)
    with zipfile.ZipFile(out) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _deflate(data: bytes) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


def bomb_docx(path: Path, unpacked: int, *, declared: int | None = None) -> tuple[int, int]:
    """A valid .docx whose word/document.xml unpacks to about `unpacked` bytes (spaces in a
    w:t), deflated at more than 1000:1 without ever holding them in memory: the deflate stream
    of one MB of spaces, flushed so it stands alone, is repeated. `declared` makes the zip's
    headers lie about the unpacked size. Returns (compressed, unpacked) sizes of the part."""
    parts = _template_parts()
    xml = dict(parts)["word/document.xml"]
    cut = xml.index(b"<w:body>") + len(b"<w:body>")
    prefix = xml[:cut] + b'<w:p><w:r><w:t xml:space="preserve">'
    suffix = b"</w:t></w:r></w:p></w:body></w:document>"
    spaces = b" " * MB
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = co.compress(prefix) + co.flush(zlib.Z_FULL_FLUSH)
    block = co.compress(spaces) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.compress(suffix) + co.flush()
    n = max(1, unpacked // MB)
    crc = zlib.crc32(prefix)
    for _ in range(n):
        crc = zlib.crc32(spaces, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + n * MB + len(suffix)
    compressed = len(head) + n * len(block) + len(tail)

    central = []
    with path.open("wb") as f:
        for name, content in parts:
            offset = f.tell()
            raw = name.encode()
            if name == "word/document.xml":
                usize = size if declared is None else declared
                f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc,
                                    compressed, usize, len(raw), 0) + raw)
                f.write(head)
                for _ in range(n):
                    f.write(block)
                f.write(tail)
                entry = (crc, compressed, usize)
            else:
                data = _deflate(content)
                entry = (zlib.crc32(content), len(data), len(content))
                f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, *entry,
                                    len(raw), 0) + raw + data)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0,
                                       0x21, *entry, len(raw), 0, 0, 0, 0, 0, offset) + raw)
        start = f.tell()
        for record in central:
            f.write(record)
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                            f.tell() - start, start, 0))
    return compressed, size


@pytest.fixture(scope="module")
def gigabyte_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2 GB of XML in a 2 MB .docx."""
    path = tmp_path_factory.mktemp("bomb") / "contract.docx"
    compressed, size = bomb_docx(path, 2048 * MB)
    assert size > 2048 * MB and size / compressed > 1000
    assert path.stat().st_size < 3 * MB
    return path


def test_the_bomb_builder_makes_valid_docx_files(tmp_path: Path) -> None:
    """A small one unpacks with the right CRC and reads as a document of one paragraph."""
    from storage.documents import _io as doc_io
    from storage.documents import read_document

    path = tmp_path / "small.docx"
    compressed, size = bomb_docx(path, 2 * MB)
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        assert zf.getinfo("word/document.xml").file_size == size
    assert size / compressed > 500
    assert size > doc_io.MIN_RATIO_CHECK_BYTES  # so the 2 MB one is refused as a bomb too
    with pytest.raises(Exception, match="zip bomb"):
        read_document(path.read_bytes(), "small.docx")


# --------------------------------------------------------------------------- documents

LOAD = "from storage.documents import load_document"
PROJECT = """
from storage.db import open_store
from storage.translation import projects as sp
store = open_store({store!r})
with store.transaction() as s:
    project_id = sp.create_project(s, "Big", "fr", "en").id

def import_it(path):
    with store.transaction() as s:
        sp.import_file(s, project_id, path)

def files():
    with store.session() as s:
        return len(sp.list_files(s, project_id))
"""


@pytest.mark.parametrize("name", ["novel.txt", "film.srt"])
def test_a_200_mb_document_is_refused_unread(tmp_path: Path, name: str) -> None:
    path = sparse(tmp_path / name, head=b"1\n00:00:01,000 --> 00:00:02,000\nHello\n\n")
    result = refuse_in_child(LOAD, f"load_document({str(path)!r})")
    assert result["error"] == {
        "type": "DocumentTooLargeError",
        "message": f"{name}: is 200.0 MB; Atelier imports documents up to 50.0 MB. Split it "
                   "into smaller files."}


def test_a_200_mb_document_is_refused_by_a_translation_project(tmp_path: Path) -> None:
    path = sparse(tmp_path / "manual.txt", head=b"Bonjour.\n")
    result = refuse_in_child(PROJECT.format(store=str(tmp_path / "atelier.db")),
                             f"import_it({str(path)!r})", after="files()")
    assert result["error"]["type"] == "DocumentTooLargeError"
    assert "is 200.0 MB; Atelier imports documents up to 50.0 MB" in result["error"]["message"]
    assert result["after"] == 0  # nothing half-imported


def test_a_zip_bomb_docx_is_refused_unopened(gigabyte_bomb: Path) -> None:
    result = refuse_in_child(LOAD, f"load_document({str(gigabyte_bomb)!r})")
    assert result["error"]["type"] == "DocumentTooLargeError"
    # 2048 MB of text, and the other parts of the document.
    assert re.fullmatch(r"contract\.docx: would unpack to 2048\.\d MB, over the 256\.0 MB "
                        r"Atelier accepts: it is either a damaged file or a zip bomb, and was "
                        r"not opened\.", result["error"]["message"])


def test_a_zip_bomb_docx_is_refused_by_a_translation_project(
        gigabyte_bomb: Path, tmp_path: Path) -> None:
    result = refuse_in_child(PROJECT.format(store=str(tmp_path / "atelier.db")),
                             f"import_it({str(gigabyte_bomb)!r})", after="files()")
    assert result["error"]["type"] == "DocumentTooLargeError"
    assert "zip bomb" in result["error"]["message"]
    assert result["after"] == 0


def test_a_bomb_under_the_total_limit_is_caught_by_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    bomb_docx(path, 200 * MB)
    result = refuse_in_child(LOAD, f"load_document({str(path)!r})")
    message = result["error"]["message"]
    assert result["error"]["type"] == "DocumentTooLargeError"
    assert message.startswith("letter.docx: its part word/document.xml is compressed ")
    assert "this looks like a zip bomb, so the file was not opened." in message


def test_a_bomb_whose_headers_lie_stops_at_the_declared_size(tmp_path: Path) -> None:
    """The zip says 20 KB; the stream would inflate to 1 GB. Unpacking stops at 20 KB and the
    checksum refuses the part."""
    path = tmp_path / "liar.docx"
    bomb_docx(path, 1024 * MB, declared=20_000)
    result = refuse_in_child(LOAD, f"load_document({str(path)!r})")
    assert result["error"]["type"] == "MalformedDocumentError"
    assert result["error"]["message"].startswith(
        "liar.docx: is damaged: its part word/document.xml cannot be unpacked")


# --------------------------------------------------------------------------- the store's CSV


def test_a_200_mb_orders_csv_is_refused_unread(tmp_path: Path) -> None:
    from storage.csvio import export_csv
    from storage.db import open_store

    folder = tmp_path / "export"
    with open_store(tmp_path / "source.db") as store:
        export_csv(store, folder)
    header = (folder / "orders.csv").read_bytes()
    sparse(folder / "orders.csv", head=header + b"1,,,1,1,,Title,,100,EUR,new,,"
                                                b"2025-01-01T00:00:00+00:00,,,,,0,,"
                                                b"2025-01-01T00:00:00+00:00\r\n")
    setup = f"""
    from pathlib import Path
    from storage.csvio import import_csv
    from storage.db import open_store
    store = open_store({str(tmp_path / "target.db")!r})

    def orders():
        with store.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM orders").scalar()
    """
    result = refuse_in_child(setup, f"import_csv(store, Path({str(folder)!r}), replace=True)",
                             after="orders()")
    assert result["error"] == {
        "type": "CsvImportError",
        "message": "orders.csv, line 0, field “file”: The file is 200.0 MB, more than the 100 "
                   "MB Atelier imports from one CSV file (an export of 100,000 orders has an "
                   "orders.csv of about 50 MB). Check that it is the right file; nothing was "
                   "imported."}
    assert result["after"] == 0


# --------------------------------------------------------------------------- TMX and glossary

TM_SETUP = """
from storage.db import open_store
from storage.translation import glossary as sg
from storage.translation import memory as sm
store = open_store({store!r})

def tmx(path):
    with store.transaction() as s:
        sm.import_tmx(s, path, "fr", "en")

def glossary(path):
    with store.transaction() as s:
        sg.import_csv(s, "fr", "en", path)
"""


def test_a_200_mb_tmx_is_refused_unread(tmp_path: Path) -> None:
    # Atelier takes TMX files of up to 200 MB: this one is over.
    path = sparse(tmp_path / "memory.tmx", 250 * MB, head=b"<?xml version='1.0'?><tmx><body>")
    result = refuse_in_child(TM_SETUP.format(store=str(tmp_path / "atelier.db")),
                             f"tmx({str(path)!r})")
    assert result["error"] == {"type": "TmxError", "message": "memory.tmx: is 250 MB; Atelier "
                               "imports TMX files up to 200 MB."}


def test_a_200_mb_glossary_is_refused_unread(tmp_path: Path) -> None:
    path = sparse(tmp_path / "terms.csv", head=b"source,target\r\ndevis,quote\r\n")
    result = refuse_in_child(TM_SETUP.format(store=str(tmp_path / "atelier.db")),
                             f"glossary({str(path)!r})")
    assert result["error"] == {
        "type": "CsvImportError",
        "message": "terms.csv, line 0, field “file”: the file is 200.0 MB; Atelier imports "
                   "glossaries of up to 50 MB. Check that it is the right file."}

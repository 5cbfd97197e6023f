"""A path that is not a regular file — a FIFO, a link to /dev/zero, a folder — given to any
importer is refused at once with a sentence naming the file, and nothing is imported.

Before the fix a FIFO blocked the import forever (``open`` waits for a writer) and a link to
/dev/zero read without end until memory ran out. So each kind of path is given to every importer
in a child process with a memory cap and a timeout: an importer that hangs or reads without end
fails the test instead of the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storage import inputs

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")

CHILD = """
import json, os, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
from storage.csvio import export_csv, import_csv
from storage.db import open_store
from storage.documents import load_document
from storage.translation import glossary as sg
from storage.translation import memory as sm
from storage.translation import projects as sp

def hostile(path, kind):
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "fifo-link":
        os.mkfifo(path.with_name("real-" + path.name))
        os.symlink(path.with_name("real-" + path.name), path)
    elif kind == "dev-zero":
        os.symlink("/dev/zero", path)
    elif kind == "folder":
        path.mkdir()
    return path

def attempt(out, label, call):
    try:
        call()
    except Exception as exc:
        out[label] = [type(exc).__name__, str(exc)]
    else:
        out[label] = None

def importers(tmp, kind):
    tmp.mkdir()
    store = open_store(tmp / "atelier.db")
    export_csv(store, tmp / "export")
    with store.transaction() as s:
        project_id = sp.create_project(s, "P", "fr", "en").id
    out = {}
    doc = hostile(tmp / "contract.txt", kind)
    attempt(out, "document", lambda: load_document(doc))
    def project():
        with store.transaction() as s:
            sp.import_file(s, project_id, doc)
    attempt(out, "project", project)
    tmx = hostile(tmp / "memory.tmx", kind)
    def tm():
        with store.transaction() as s:
            sm.import_tmx(s, tmx, "fr", "en")
    attempt(out, "tmx", tm)
    terms = hostile(tmp / "terms.csv", kind)
    def glossary():
        with store.transaction() as s:
            sg.import_csv(s, "fr", "en", terms)
    attempt(out, "glossary", glossary)
    (tmp / "export" / "orders.csv").unlink()
    hostile(tmp / "export" / "orders.csv", kind)
    attempt(out, "store csv", lambda: import_csv(store, tmp / "export", replace=True))
    with store.session() as s:
        out["kept"] = [len(sp.list_files(s, project_id)), sm.count_units(s, "fr", "en"),
                       len(sg.list_terms(s, "fr", "en"))]
    store.close()
    return out

tmp = Path(sys.argv[1])
for kind in sys.argv[2:]:
    print(json.dumps([kind, importers(tmp / kind, kind)]), flush=True)
"""

WHAT = {
    "fifo": "is a named pipe (FIFO), not a regular file: Atelier reads only regular files.",
    "fifo-link": "is a link to a named pipe (FIFO), not a regular file: Atelier reads only "
                 "regular files.",
    "dev-zero": "is a link to a device, not a regular file: Atelier reads only regular files.",
    "folder": "is a folder, not a file.",
}


def test_every_importer_refuses_a_path_that_is_not_a_regular_file(tmp_path: Path) -> None:
    """A translation document (CLI ``translate``, the Translate page), a TMX, a glossary and
    one of the store's CSV files: each a FIFO, a link to a FIFO, a link to /dev/zero, a
    folder."""
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), *WHAT],
                              cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"an importer hung; it had done: {exc.stdout!r}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = dict(json.loads(line) for line in proc.stdout.strip().splitlines())
    assert list(results) == list(WHAT)
    for kind, what in WHAT.items():
        assert results[kind] == {
            "document": ["DocumentError", f"contract.txt: {what}"],
            "project": ["DocumentError", f"contract.txt: {what}"],
            "tmx": ["TmxError", f"memory.tmx: {what}"],
            "glossary": ["CsvImportError", f"terms.csv, line 0, field “file”: the file {what}"],
            "store csv": ["CsvImportError",
                          f"orders.csv, line 0, field “file”: The file {what}"],
            "kept": [0, 0, 0],  # nothing imported
        }, kind


def test_a_file_that_grows_while_it_is_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size comes from the open file; reading stops one byte past it."""
    path = tmp_path / "log.txt"
    path.write_bytes(b"x" * 1000)
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:  # the file had 10 bytes when it was opened
        st = list(real_fstat(fd))
        st[6] = 10
        return os.stat_result(st)

    monkeypatch.setattr(inputs.os, "fstat", fstat)
    with pytest.raises(inputs.NotARegularFile, match="grew while it was being read"):
        inputs.read_regular_file(path)


def test_a_regular_file_through_a_link_is_read(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_bytes(b"Bonjour.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    sizes: list[int] = []
    assert inputs.read_regular_file(link, sizes.append) == b"Bonjour.\n"
    assert sizes == [9]

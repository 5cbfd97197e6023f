"""Big inputs take memory in proportion to their size, and over a limit they are refused with
the limit named.

Measured with tracemalloc (Python allocations: what grows with the input) on files of a few
megabytes; ``make bench``-style figures for 40 MB and more are in the commit messages.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.db import Store, open_store
from storage.documents import _units, read_document
from storage.documents.errors import DocumentTooLargeError
from storage.translation import projects as sp

MB = 1024 * 1024


def peak_of(call: Callable[[], object]) -> int:
    """The peak of Python allocations made while `call` runs, in bytes."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def one_line(size: int, sentence: str) -> bytes:
    return (sentence * (size // len(sentence.encode()))).encode()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "atelier.db") as store:
        yield store


def _import(store: Store, data: bytes, name: str) -> Callable[[], object]:
    with store.transaction() as s:
        project_id = sp.create_project(s, name, "fr", "en").id

    def run() -> None:
        with store.transaction() as s:
            sp.import_bytes(s, project_id, data, name)
    return run


def test_a_long_line_without_a_sentence_end_takes_memory_in_proportion(store: Store) -> None:
    """One 2 MB "sentence" on one line: it was mapped character by character (lists of a
    position per character: 58 times the file, 2.3 GB for 40 MB)."""
    data = one_line(2 * MB, "le devis est envoyé au client ")
    assert peak_of(lambda: read_document(data, "line.txt")) < 4 * len(data)
    assert peak_of(_import(store, data, "line.txt")) < 6 * len(data)


def test_a_long_line_of_short_sentences_is_cut_in_linear_time(store: Store) -> None:
    """512 KB of 16,000 short sentences on one line: every sentence end copied the whole line
    before it (quadratic: a 1 MB line took minutes), and positions were kept per character.
    Short segments cost about 700 bytes each while the file is read and stored."""
    data = one_line(MB // 2, "Le devis est envoyé au client. ")
    document = read_document(data, "line.txt")
    assert len(document.segments) == len(data) // len(b"Le devis est envoy\xc3\xa9 au client. ")
    assert document.segments[-1].source == "Le devis est envoyé au client."
    assert peak_of(lambda: read_document(data, "line.txt")) < 30 * len(data)
    assert peak_of(_import(store, data, "line.txt")) < 30 * len(data)


def test_a_document_over_the_segment_limit_is_refused_and_nothing_kept(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_units, "MAX_SEGMENTS", 100)
    data = ("Une phrase. " * 101).encode()
    with pytest.raises(DocumentTooLargeError) as refused:
        read_document(data, "long.txt")
    assert str(refused.value) == (
        "long.txt: has more than 100 segments (sentences, cells, subtitles…); Atelier "
        "translates documents of up to 100 segments. Split it into smaller files.")
    run = _import(store, data, "long.txt")
    with pytest.raises(DocumentTooLargeError):
        run()
    with store.session() as s:
        assert [len(sp.list_files(s, p.id)) for p in sp.list_projects(s)] == [0]
    assert len(read_document(("Une phrase. " * 100).encode(), "fits.txt").segments) == 100


def tmx_bytes(size: int) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr"/>'
             "<body>\n"]
    total, i = 0, 0
    while total < size:
        tu = (f'<tu tuid="{i}"><tuv xml:lang="fr"><seg>Le devis numéro {i} est envoyé au '
              f'<bpt i="1" x="1">&lt;b&gt;</bpt>client<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>'
              f'<tuv xml:lang="en"><seg>Quote number {i} is sent to the client.</seg></tuv>'
              "</tu>\n")
        parts.append(tu)
        total += len(tu)
        i += 1
    parts.append("</body></tmx>\n")
    return "".join(parts).encode()


def test_a_tmx_is_read_a_unit_at_a_time() -> None:
    """The whole tree of a TMX took 12 times the file (a 190 MB TMX, 6 GB with the rest of
    the import); read a <tu> at a time, what is left is the pairs."""
    from storage.translation.memory import read_tmx

    data = tmx_bytes(2 * MB)
    pairs, skipped = read_tmx(data, "big.tmx", "fr", "en")
    assert skipped == 0 and len(pairs) > 8_000
    assert pairs[1] == ("Le devis numéro 1 est envoyé au ⟨1⟩client⟨/1⟩.",
                        "Quote number 1 is sent to the client.")
    assert peak_of(lambda: read_tmx(data, "big.tmx", "fr", "en")) < 3 * len(data)

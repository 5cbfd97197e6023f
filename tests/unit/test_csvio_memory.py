"""import csv holds its memory to a small multiple of the files it reads (issue 12, point 8).

Four 99 MB CSV files took 5.5 GB to import: every file's text, its records, their transposed
copy, a dict per row and every table's insert parameters were alive at once (a 54 MB export of
50,000 orders peaked at 9.3 times its size). The import now keeps each table's values as
columns, reads each file as a stream and writes in batches, freeing each table once written.
"""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.csvio import export_csv, import_csv
from storage.db import Store, open_store
from storage.demo import generate

#: What an import may take, in Python objects, per byte of CSV it reads.
MAX_RATIO = 4.0


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """The export of a demo business of 3,000 orders (about 3 MB of CSV)."""
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.db")
    try:
        generate(store, orders=3000, seed=1, as_of=datetime(2026, 6, 1, tzinfo=UTC))
        folder = tmp_path_factory.mktemp("export")
        export_csv(store, folder)
    finally:
        store.close()
    yield folder, sum(p.stat().st_size for p in folder.glob("*.csv"))


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "new.db")
    yield store
    store.close()


def test_import_peaks_at_a_small_multiple_of_the_files(
    demo_export: tuple[Path, int], empty_store: Store
) -> None:
    folder, size = demo_export
    assert size > 2_000_000
    tracemalloc.start()
    try:
        counts = import_csv(empty_store, folder)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert counts["orders.csv"] == 3000
    assert peak / size <= MAX_RATIO, f"peak {peak / size:.1f} times the {size} bytes imported"


def test_a_csv_file_that_grows_while_it_is_read_is_refused(
    demo_export: tuple[Path, int], empty_store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files are read as a stream now, still never past the size the open file had."""
    from storage import inputs
    from storage.errors import CsvImportError

    folder, _size = demo_export
    real_fstat = inputs.os.fstat

    def fstat(fd: int) -> os.stat_result:  # orders.csv had 100 bytes when it was opened
        st = list(real_fstat(fd))
        if st[6] == (folder / "orders.csv").stat().st_size:
            st[6] = 100
        return os.stat_result(st)

    monkeypatch.setattr(inputs.os, "fstat", fstat)
    with pytest.raises(CsvImportError) as caught:
        import_csv(empty_store, folder)
    assert str(caught.value).startswith("orders.csv, line 0, field “file”: The file grew while "
                                        "it was being read")
    with empty_store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM orders").scalar() == 0


def test_a_stream_reads_the_whole_file_and_stops_at_its_size(tmp_path: Path) -> None:
    from storage import inputs

    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 3_000_000)
    sizes: list[int] = []
    with inputs.open_regular_file(path, sizes.append) as f:
        assert f.read() == b"x" * 3_000_000
    assert sizes == [3_000_000]

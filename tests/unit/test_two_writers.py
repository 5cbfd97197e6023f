"""Two writers never lose data silently: the app and `atelier` commands may write to one
store at once. A check that decides what to write ("the store is empty") is made under the
write lock, and a writer that cannot get the lock in time says the store is busy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import EXIT_BUSY, main
from storage import db, paths
from storage.csvio import export_csv, import_csv
from storage.db import open_store
from storage.demo import generate
from storage.errors import StoreBusy, ValidationError
from storage.tables import Client, Order, TranslationUnit
from storage.translation.memory import add_unit, import_tmx_file
from tests.factories import order

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def export_dir(tmp_path: Path) -> Path:
    """An export of a store holding one order: what `import csv` reads."""
    with open_store(tmp_path / "source.db") as st:
        with st.transaction() as s:
            order(s, title="Logo pour la boulangerie")
        export_csv(st, tmp_path / "export")
    return tmp_path / "export"


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    store_file = paths.store_path(tmp_path / "data")
    open_store(store_file).close()
    return store_file


@contextmanager
def other_writer(store_file: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write transaction (a client added, not committed)."""
    conn = sqlite3.connect(store_file, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO clients (name, handle, country, language, email, notes, "
                     "created_at) VALUES ('Other writer', '', '', '', '', '', "
                     "'2026-12-07 09:00:00.000000')")
        yield conn
    finally:
        conn.close()


def race(store_file: Path, write: Callable[[], Any]) -> BaseException | None:
    """Run `write` while another writer holds the lock and then commits; what it raised."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            write()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    with other_writer(store_file) as conn:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join(1.0)  # it reads what it likes, then waits for the write lock
        assert thread.is_alive(), "the write did not wait for the other writer's lock"
        conn.execute("COMMIT")
    thread.join()
    return outcome[0]


def clients(store_file: Path) -> list[str]:
    with open_store(store_file) as st, st.session() as s:
        return list(s.scalars(select(Client.name).order_by(Client.id)))


def test_import_csv_racing_another_writer_refuses_instead_of_deleting(
        store_file: Path, export_dir: Path) -> None:
    with open_store(store_file) as st:
        error = race(store_file, lambda: import_csv(st, export_dir))
    assert isinstance(error, ValidationError) and error.field == "store"
    assert clients(store_file) == ["Other writer"]  # the other writer's data is all there


def test_demo_racing_another_writer_refuses(store_file: Path) -> None:
    with open_store(store_file) as st:
        error = race(store_file, lambda: generate(st, orders=20, seed=1, as_of=NOW))
    assert isinstance(error, ValidationError) and error.field == "store"
    assert clients(store_file) == ["Other writer"]


def test_two_csv_imports_one_wins_the_other_refuses(store_file: Path, export_dir: Path,
                                                     tmp_path: Path) -> None:
    second = tmp_path / "second"
    with open_store(tmp_path / "second.db") as st:
        with st.transaction() as s:
            order(s, title="Traduction d'une fiche produit")
        export_csv(st, second)
    outcomes: list[BaseException | None] = []
    start = threading.Barrier(2)

    def run(folder: Path) -> None:
        with open_store(store_file) as st:
            start.wait()
            try:
                import_csv(st, folder)
                outcomes.append(None)
            except ValidationError as exc:
                outcomes.append(exc)

    threads = [threading.Thread(target=run, args=(f,)) for f in (export_dir, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count(None) == 1  # one reported success, and its data is there
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 1


def test_tm_units_added_during_an_import_are_never_deleted_by_it(
        store_file: Path, export_dir: Path) -> None:
    def add_units() -> None:
        with open_store(store_file) as st, st.transaction() as s:
            for i in range(50):
                add_unit(s, "fr", "en", f"Phrase {i}", f"Sentence {i}")

    with open_store(store_file) as st:
        import_csv(st, export_dir)  # first: the store is empty
        add_units()  # then the memory grows: a second import must refuse, not delete it
        with pytest.raises(ValidationError):
            import_csv(st, export_dir)
        with st.session() as s:
            assert s.scalar(select(func.count(TranslationUnit.id))) == 50


def test_a_writer_that_cannot_get_the_lock_says_the_store_is_busy(
        store_file: Path, export_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    data_dir = str(store_file.parent)
    with other_writer(store_file):
        code = main(["--data-dir", data_dir, "import", "csv", str(export_dir)])
        err = capsys.readouterr().err
    assert code == EXIT_BUSY
    assert "The store is busy: another Atelier window or command is writing" in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert clients(store_file) == []  # the other writer rolled back, the import wrote nothing


def test_a_store_transaction_raises_store_busy(store_file: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    with (open_store(store_file) as st, other_writer(store_file),
          pytest.raises(StoreBusy, match="try again"), st.transaction() as s):
        order(s, title="Never written")
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0


def write_tmx(path: Path, units: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" '
                'adminlang="en" srclang="fr" datatype="plaintext"/><body>\n')
        for i in range(units):
            f.write(f'<tu><tuv xml:lang="fr"><seg>Voici la phrase numéro {i} du projet.</seg>'
                    f'</tuv><tuv xml:lang="en"><seg>This is sentence number {i} of the '
                    'project.</seg></tuv></tu>\n')
        f.write("</body></tmx>\n")


def test_a_large_tm_import_lets_other_writers_in_between_its_commits(
        store_file: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    write_tmx(tmx, 5_000)
    waits: list[bool] = []

    def another_writer_gets_in(done: int, total: int) -> None:
        conn = sqlite3.connect(store_file, timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")  # refused at once if the import kept the lock
            conn.execute("ROLLBACK")
            waits.append(True)
        finally:
            conn.close()

    with open_store(store_file) as st:
        result = import_tmx_file(st, tmx, "fr", "en", per_commit=1_000,
                                 progress=another_writer_gets_in)
        with st.session() as s:
            assert s.scalar(select(func.count(TranslationUnit.id))) == 5_000
    assert result.added == 5_000 and len(waits) == 5


@pytest.mark.slow
def test_tm_import_and_import_csv_at_once_lose_nothing_they_report(
        store_file: Path, export_dir: Path, tmp_path: Path) -> None:
    """The issue's race, as two commands: both succeed with all their data, or one says the
    store is busy or not empty; nothing reported as imported is missing."""
    tmx = tmp_path / "memory.tmx"
    write_tmx(tmx, 20_000)
    data_dir = str(store_file.parent)
    cmd = [sys.executable, "-m", "desktop", "--data-dir", data_dir]
    with subprocess.Popen([*cmd, "tm", "import", "--from", "fr", "--to", "en", str(tmx)],
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as tm:
        wal = Path(f"{store_file}-wal")
        while tm.poll() is None and not (wal.exists() and wal.stat().st_size > 200_000):
            threading.Event().wait(0.01)
        csv = subprocess.run([*cmd, "import", "csv", str(export_dir)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
        tm_out, tm_err = tm.communicate(timeout=120)
    assert tm.returncode == 0, tm_err
    assert "20000 unit(s) added" in tm_out
    assert csv.returncode in (0, 2, EXIT_BUSY), csv.stderr
    assert "Traceback" not in csv.stderr + tm_err
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(TranslationUnit.id))) == 20_000
        orders = s.scalar(select(func.count(Order.id)))
    assert orders == (1 if csv.returncode == 0 else 0)


def test_a_backup_while_the_store_is_open_keeps_its_log_for_other_programs(
        tmp_path: Path) -> None:
    """Closing any file on the store drops this process's SQLite locks (POSIX locks belong to
    the process): the start-up backup read the store's header with open(), so the next
    `atelier` command to close thought it was the last user and deleted the app's -wal, and
    the app's later writes were invisible to other programs until it quit."""
    from storage.backup import backup_now
    from storage.tables import Setting

    path = tmp_path / "atelier.db"
    with open_store(path) as st, st.session() as s:  # the app holds a connection, as pages do
        s.scalar(select(func.count()).select_from(Client))
        backup_now(st, reason="daily")
        # another program opens the store, reads, and closes
        subprocess.run([sys.executable, "-c",
                        "import sqlite3, sys; d = sqlite3.connect(sys.argv[1]); "
                        "d.execute('SELECT count(*) FROM clients').fetchall(); d.close()",
                        str(path)], check=True)
        assert Path(f"{path}-wal").exists()
        with st.transaction() as w:
            w.add(Setting(key="written_by_the_app", value="yes"))
        seen = subprocess.run(
            [sys.executable, "-c",
             "import sqlite3, sys; d = sqlite3.connect(sys.argv[1]); print(d.execute("
             "\"SELECT value FROM settings WHERE key = 'written_by_the_app'\").fetchall())",
             str(path)], check=True, capture_output=True, text=True).stdout
        assert "yes" in seen

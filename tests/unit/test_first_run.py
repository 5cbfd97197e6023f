"""First-run creation is atomic: a process that dies while it creates the store leaves
either nothing or a whole store (schema, revision, platforms, settings, URSSAF figures),
never one that is refused forever or one without its first-run data."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import defaults, paths
from storage.db import open_store
from storage.tables import Platform, Setting, UrssafYear

ROOT = Path(__file__).resolve().parents[2]


def assert_whole(store_file: Path) -> None:
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(Platform.id))) >= 5
        assert s.scalar(select(func.count(Setting.key))) >= 5
        assert s.scalar(select(func.count(UrssafYear.year))) >= 1


class Died(BaseException):
    """Stands for the process being killed: nothing after it runs."""


def test_dying_after_the_schema_before_the_stamp_leaves_a_new_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_file = tmp_path / "atelier.db"

    def die(*_args: object, **_kwargs: object) -> None:
        raise Died

    with monkeypatch.context() as m:
        from alembic import command  # imported by storage.db only when a store is created

        m.setattr(command, "stamp", die)
        with pytest.raises(Died):
            open_store(store_file)
    assert_whole(store_file)


def test_dying_before_the_first_run_data_leaves_a_new_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_file = tmp_path / "atelier.db"
    seed = defaults.seed_defaults

    def seed_then_die(s: object) -> None:
        seed(s)  # type: ignore[arg-type]
        raise Died

    with monkeypatch.context() as m:
        m.setattr(defaults, "seed_defaults", seed_then_die)
        with pytest.raises(Died):
            open_store(store_file)
    assert_whole(store_file)


def test_two_processes_creating_one_store_make_one_set_of_first_run_data(
        tmp_path: Path) -> None:
    store_file = tmp_path / "atelier.db"
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def first_open() -> None:
        try:
            start.wait()
            open_store(store_file).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(store_file) as st, st.session() as s:
        names = list(s.scalars(select(Platform.name)))
    assert len(names) == len(set(names))


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killing_the_first_command_never_leaves_a_store_that_is_refused(tmp_path: Path) -> None:
    rng = random.Random(20261207)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    # How long the command takes to import before it opens the store, then kill it inside.
    for i in range(6):
        data_dir = tmp_path / f"d{i}"
        with subprocess.Popen(
                [sys.executable, "-c",
                 "import sys; from storage.db import open_store; print('go', flush=True); "
                 "open_store(sys.argv[1]).close()", str(paths.store_path(data_dir))],
                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
            assert proc.stdout is not None
            proc.stdout.readline()  # imports done: the store is created from now on
            threading.Event().wait(rng.uniform(0.0, 0.25))
            os.kill(proc.pid, signal.SIGKILL)
        assert_whole(paths.store_path(data_dir))

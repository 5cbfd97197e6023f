"""The model thread: tasks in order, cancel before start, Stop within a step, one thread for
loading and generating, and the tests' check for model work left running."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from assistants.errors import Cancelled
from assistants.generation import generate_text, stream_generate
from assistants.loading import load_model
from assistants.model_thread import ModelThread


def test_tasks_run_in_order_on_one_thread() -> None:
    with ModelThread() as mt:
        seen: list[tuple[int, str]] = []
        tasks = [mt.submit(lambda i=i: seen.append((i, threading.current_thread().name)))
                 for i in range(5)]
        for t in tasks:
            t.result(10)
    assert [i for i, _ in seen] == [0, 1, 2, 3, 4]
    assert {name for _, name in seen} == {mt.name}
    assert mt.closed


def test_a_cancel_before_start_removes_the_task() -> None:
    release = threading.Event()
    ran: list[str] = []
    with ModelThread() as mt:
        blocker = mt.submit(release.wait, 10)
        waiting = mt.submit(lambda: ran.append("waiting"))
        ended: list[str] = []
        waiting.add_done_callback(lambda t: ended.append(t.state))
        waiting.cancel()
        assert ended == ["cancelled"]  # at once, while the first task still runs
        assert not blocker.done
        with pytest.raises(Cancelled):
            waiting.result(0)
        release.set()
        blocker.result(10)
    assert ran == []


def test_errors_reach_the_caller() -> None:
    with ModelThread() as mt:
        task = mt.submit(lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            task.result(10)
        assert mt.submit(lambda: "still alive").result(10) == "still alive"


def test_load_and_generate_on_the_model_thread_and_stop_within_a_step(
        tiny_causal_dir: Path) -> None:
    with ModelThread() as mt:
        loaded = mt.run(load_model, tiny_causal_dir)
        cancel = threading.Event()
        chunks: list[str] = []

        def chunk(text: str) -> None:
            chunks.append(text)
            if len(chunks) == 3:
                cancel.set()  # Stop, from the reader's side

        text, stats = mt.run(lambda: generate_text(
            loaded.model, loaded.tokenizer, "Bonjour", on_chunk=chunk,
            max_new_tokens=100_000, temperature=0.8, seed=1, cancel=cancel))
        assert stats.stop_reason == "cancelled"
        assert stats.generated_tokens < 50  # within a step or so, not 100,000
        assert text == "".join(chunks)
        # The iterator form, its generation on the same thread.
        stream = stream_generate(loaded.model, loaded.tokenizer, "Merci", max_new_tokens=6,
                                 temperature=0, executor=mt)
        assert "".join(stream) == stream.text
        assert stream.worker is mt.thread
        assert stream.stats.generated_tokens == 6


def test_a_generation_timeout_ends_the_generation_itself(loaded_causal: Any) -> None:
    from assistants.errors import GenerationTimeout

    with ModelThread() as mt:
        task = mt.submit(generate_text, loaded_causal.model, loaded_causal.tokenizer, "Bonjour",
                         max_new_tokens=100_000, temperature=0.8, seed=1, timeout_s=0.0)
        with pytest.raises(GenerationTimeout):
            task.result(30)
        assert not mt.busy  # nothing runs on after the timeout


def test_the_leak_check_sees_a_model_job_left_running() -> None:
    from tests.conftest import model_work_left

    release = threading.Event()
    mt = ModelThread()
    mt.submit(release.wait, 30)
    try:
        left = model_work_left(timeout_s=0.05)
        assert len(left) == 1 and "still runs" in left[0]
    finally:
        release.set()
        mt.close()
    assert mt.closed

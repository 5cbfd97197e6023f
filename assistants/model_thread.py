"""The one thread that runs torch: every load, generate, translate (and later embed) runs here,
one task at a time, in the order they were submitted.

Why one thread: torch's OpenMP runtime (libgomp) keeps a pool of worker threads for every
thread that ran a parallel torch operation, for as long as that thread lives. With two such
pools alive there are more OpenMP threads than cores and libgomp makes its workers sleep
between parallel regions: on 2 cores a 0.5 B model decoded 50 tokens/s when one thread did all
the torch work, 31 when another thread that had run torch was still alive. With one long-lived
thread there is one pool, and loading can run on that thread too (``benchmarks/models.py``
measures it).

A task is a plain function; ``submit`` returns a ``Task`` (a small future). ``Task.cancel()``
removes a task that has not started (its done callbacks run at once, in the caller's thread)
and sets the task's cancel ``threading.Event`` for one that runs: model work watches that event
(generation through a ``StoppingCriteria``, translation between decoding steps) and ends within
one step. Done callbacks of a task that ran are called in the model thread.

No Qt here: the desktop relays results to its GUI thread with signals, the CLI waits on
``Task.result()``.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Generic, TypeVar

from assistants.errors import Cancelled

T = TypeVar("T")
log = logging.getLogger(__name__)

_local = threading.local()


def current_model_thread() -> ModelThread | None:
    """The ModelThread whose thread is running this code, None elsewhere."""
    return getattr(_local, "owner", None)


PENDING, RUNNING, FINISHED, FAILED, CANCELLED = (
    "pending", "running", "finished", "failed", "cancelled")


class Task(Generic[T]):
    """One piece of model work: its state, its result or exception, a cancel event."""

    def __init__(self, thread: ModelThread, fn: Callable[[], T], name: str,
                 cancel: threading.Event | None) -> None:
        self.name = name
        self.cancel_event = cancel if cancel is not None else threading.Event()
        self.state = PENDING
        self._fn: Callable[[], T] | None = fn
        self._thread = thread
        self._result: Any = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._callbacks: list[Callable[[Task[T]], None]] = []

    def __repr__(self) -> str:
        return f"<Task {self.name!r} {self.state}>"

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def cancelled(self) -> bool:
        return self.state == CANCELLED

    def cancel(self) -> None:
        """Stop the task: one that has not started never runs; a running one sees its event."""
        self.cancel_event.set()
        self._thread._withdraw(self)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the task to end; True if it has."""
        return self._done.wait(timeout)

    def result(self, timeout: float | None = None) -> T:
        """The task's result; raises its exception, ``Cancelled`` when it was cancelled, or
        ``TimeoutError`` when it has not ended within ``timeout`` seconds."""
        if not self._done.wait(timeout):
            raise TimeoutError(f"{self.name} has not ended")
        if self._error is not None:
            raise self._error
        if self.state == CANCELLED:
            raise Cancelled()
        return self._result  # type: ignore[no-any-return]

    def add_done_callback(self, fn: Callable[[Task[T]], None]) -> None:
        """Call ``fn(task)`` once the task has ended (at once when it already has)."""
        with self._thread._cond:
            if not self._done.is_set():
                self._callbacks.append(fn)
                return
        fn(self)

    def _settle(self, state: str, result: Any = None, error: BaseException | None = None) -> None:
        with self._thread._cond:
            self.state, self._result, self._error = state, result, error
            self._fn = None
            callbacks, self._callbacks = self._callbacks, []
            self._done.set()
        for callback in callbacks:
            try:
                callback(self)
            except Exception:  # a callback's bug must not kill the model thread
                log.exception("done callback of %s failed", self.name)


class ModelThread:
    """A long-lived worker thread that runs model tasks in order (see the module docstring).

    The thread starts with the first task and lives until ``close()``. Use it as a context
    manager in scripts::

        with ModelThread() as models:
            loaded = models.submit(load_model, folder).result()
    """

    _instances: ClassVar[weakref.WeakSet[ModelThread]] = weakref.WeakSet()

    def __init__(self, name: str = "atelier-model") -> None:
        self.name = name
        self._cond = threading.Condition()
        self._queue: collections.deque[Task[Any]] = collections.deque()
        self._current: Task[Any] | None = None
        self._thread: threading.Thread | None = None
        self._closing = False
        self._exclusive = threading.Lock()  # held while a task runs (see ``when_idle``)
        ModelThread._instances.add(self)

    @classmethod
    def instances(cls) -> list[ModelThread]:
        """Every model thread object still alive (the tests' leak check reads this)."""
        return list(cls._instances)

    # ------------------------------------------------------------------ submitting

    def submit(self, fn: Callable[..., T], *args: Any, name: str = "",
               cancel: threading.Event | None = None, **kwargs: Any) -> Task[T]:
        """Queue ``fn(*args, **kwargs)``; ``cancel``: the event the work watches (a new one
        when None), set by ``Task.cancel()``. A task whose event is already set when its turn
        comes is cancelled without running. Raises ``RuntimeError`` after ``close()``."""
        task: Task[T] = Task(self, lambda: fn(*args, **kwargs),
                             name or getattr(fn, "__name__", "model task"), cancel)
        with self._cond:
            if self._closing:
                raise RuntimeError("the model thread is closed")
            self._queue.append(task)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
            self._cond.notify_all()
        return task

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Submit ``fn`` and wait for its result (for scripts and the CLI); an interrupt while
        waiting (Ctrl+C) cancels the task and waits for it to stop."""
        task = self.submit(fn, *args, **kwargs)
        try:
            return task.result()
        except BaseException:
            if not task.done:
                task.cancel()
                task.wait()
            raise

    def _withdraw(self, task: Task[Any]) -> None:
        with self._cond:
            if task.state != PENDING or task not in self._queue:
                return
            self._queue.remove(task)
        task._settle(CANCELLED)

    # ------------------------------------------------------------------ state

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def current(self) -> Task[Any] | None:
        """The task running now, None when none."""
        return self._current

    @property
    def busy(self) -> bool:
        """True while a task runs or waits."""
        with self._cond:
            return self._current is not None or bool(self._queue)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no task runs or waits; True if so."""
        with self._cond:
            return self._cond.wait_for(lambda: self._current is None and not self._queue,
                                       timeout)

    @contextlib.contextmanager
    def when_idle(self) -> Iterator[bool]:
        """Yield True, with no task able to start meanwhile, when the thread is idle now; else
        yield False at once (never waits). For short work that must not overlap a task, done
        in the caller's thread (freeing the resident model from a timer)."""
        if not self._exclusive.acquire(blocking=False):
            yield False
            return
        try:
            with self._cond:
                idle = self._current is None and not self._queue
            yield idle
        finally:
            self._exclusive.release()

    # ------------------------------------------------------------------ the thread

    def _run(self) -> None:
        _local.owner = self
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._queue) or self._closing)
                if not self._queue:
                    return  # closing, nothing left
                task = self._queue.popleft()
                task.state = RUNNING
                self._current = task
            with self._exclusive:
                self._execute(task)
            with self._cond:
                self._current = None
                self._cond.notify_all()

    @staticmethod
    def _execute(task: Task[Any]) -> None:
        fn = task._fn
        if task.cancel_event.is_set() or fn is None:
            task._settle(CANCELLED)
            return
        try:
            result = fn()
        except Cancelled as exc:  # raised again by result(): it may carry a partial result
            task._settle(CANCELLED, error=exc)
        except BaseException as exc:  # handed to whoever waits on the task
            task._settle(FAILED, error=exc)
        else:
            task._settle(FINISHED, result)

    def close(self, timeout: float | None = 10.0) -> bool:
        """Cancel every task (waiting ones never run), let the thread end; True if it ended
        within ``timeout`` seconds. Submitting afterwards raises ``RuntimeError``."""
        with self._cond:
            self._closing = True
            waiting = list(self._queue)
            current = self._current
            self._cond.notify_all()
        for task in waiting:
            task.cancel()
        if current is not None:
            current.cancel_event.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def closed(self) -> bool:
        return self._closing and (self._thread is None or not self._thread.is_alive())

    def __enter__(self) -> ModelThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

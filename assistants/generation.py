"""Streaming text generation, with a real Stop.

``generate_text`` runs the app's own decode loop (``assistants.fastdecode``, for the Llama-family
models it reproduces exactly) or else ``model.generate``, in the calling thread (the model
thread, see ``assistants.model_thread``), and hands each chunk to a callback;
``stream_generate`` is the same as a plain iterator of chunks read from another thread, with a
timeout on each chunk. A
``StoppingCriteria`` watches the cancel ``threading.Event`` (and the stream's own stop flag,
set by ``close()``), so Stop ends generation at the next decoding step. Once the
iterator is exhausted, closed or has raised, the generation has ended. An exception in
``generate`` reaches the reader as ``GenerationError`` at once; a worker that goes silent for
``timeout_s`` raises ``GenerationTimeout``. Chunks come without the characters no file can hold
(control characters, lone surrogates, U+FFFE/U+FFFF); ``stats.removed_characters`` counts them.

torch and transformers are imported when a stream starts, never at module import.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from assistants.errors import GenerationError, GenerationTimeout
from storage.cleantext import clean_text, has_illegal
from storage.phrases import Phrase

Message = Mapping[str, str]

_ROLE_LABELS = {"system": "System", "user": "User", "assistant": "Assistant"}


def has_chat_template(tokenizer: Any) -> bool:
    return bool(getattr(tokenizer, "chat_template", None))


def plain_prompt(messages: Sequence[Message]) -> str:
    """The fallback chat format for a model without a chat template."""
    parts = [
        f"{_ROLE_LABELS.get(m['role'], m['role'].title())}: {m['content'].strip()}"
        for m in messages
    ]
    parts.append("Assistant:")
    return "\n\n".join(parts)


def build_prompt(tokenizer: Any, messages: Sequence[Message]) -> str:
    """The prompt text for a conversation: the tokenizer's chat template, with the assistant's
    turn opened, or ``plain_prompt`` when the tokenizer has no template."""
    if not messages:
        raise ValueError("a conversation needs at least one message")
    if has_chat_template(tokenizer):
        text = tokenizer.apply_chat_template(
            [dict(m) for m in messages], add_generation_prompt=True, tokenize=False
        )
        return str(text)
    return plain_prompt(messages)


def encode_prompt(tokenizer: Any, source: str | Sequence[Message]) -> Any:
    """Tokenize a raw prompt (``str``) or a conversation (list of role/content messages)."""
    if isinstance(source, str):
        return tokenizer(source, return_tensors="pt")
    text = build_prompt(tokenizer, source)
    # A chat template writes the special tokens itself (BOS included, when the model has one).
    return tokenizer(text, return_tensors="pt", add_special_tokens=not has_chat_template(tokenizer))


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    generated_tokens: int = 0
    time_to_first_token_s: float | None = None
    total_s: float | None = None
    tokens_per_s: float | None = None
    """Decode speed: tokens after the first one, per second after the first one."""
    stop_reason: str | None = None
    """'eos', 'length', 'cancelled', 'error' or 'timeout' once the stream has ended."""
    removed_characters: int = 0
    """Characters no file can hold (control characters, lone surrogates, U+FFFE…: see
    ``storage.cleantext``) the model wrote and the stream left out of its chunks; the caller
    tells the person once."""


@cache
def _classes() -> tuple[type, type]:
    """The streamer and stopping-criteria classes, built on first use (transformers is lazy)."""
    import torch
    from transformers import StoppingCriteria, TextStreamer

    class EventStoppingCriteria(StoppingCriteria):
        def __init__(self, *events: threading.Event, deadline: Any = None) -> None:
            self.events = events
            self.deadline = deadline  # a callable: True once the step took too long

        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            stop = any(e.is_set() for e in self.events) or bool(
                self.deadline is not None and self.deadline())
            return torch.full((input_ids.shape[0],), stop, dtype=torch.bool,
                              device=input_ids.device)

    class CountingStreamer(TextStreamer):
        """Counts generated tokens, notes when the first one arrives, and hands each piece of
        text, cleaned, to ``on_text`` (in the generating thread)."""

        def __init__(self, tokenizer: Any, stats: GenerationStats, started: list[float],
                     on_text: Callable[[str], None], **kwargs: Any) -> None:
            super().__init__(tokenizer, **kwargs)
            self._stats = stats
            self._started = started
            self._on_text = on_text
            self.last_token_at: float | None = None

        def put(self, value: Any) -> None:
            if not (self.skip_prompt and self.next_tokens_are_prompt):
                now = time.perf_counter()
                if self._stats.time_to_first_token_s is None:
                    self._stats.time_to_first_token_s = now - self._started[0]
                self._stats.generated_tokens += int(value.shape[-1]) if value.dim() > 1 else 1
                self.last_token_at = now
            super().put(value)

        def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
            if text and has_illegal(text):
                # Model text is cleaned where it enters the app: a search per chunk (the usual
                # case finds nothing), a rewrite only when there is something to take out.
                # Python strings hold no surrogate pairs, so no character spans two chunks.
                cleaned = clean_text(text)
                self._stats.removed_characters += cleaned.removed
                text = cleaned.text
            if text:
                self._on_text(text)

    return CountingStreamer, EventStoppingCriteria


def event_stopping_criteria(*events: threading.Event) -> Any:
    """A transformers ``StoppingCriteria`` that stops generation once any of ``events`` is set
    (checked after every decoding step)."""
    return _classes()[1](*events)


def _check_arguments(max_new_tokens: int) -> None:
    if max_new_tokens < 1:
        raise ValueError("max_new_tokens must be at least 1")


def generate_text(
    model: Any,
    tokenizer: Any,
    source: str | Sequence[Message],
    *,
    on_chunk: Callable[[str], None] | None = None,
    max_new_tokens: int = 256,
    temperature: float = 0.7,
    top_p: float = 0.9,
    seed: int | None = None,
    cancel: threading.Event | None = None,
    timeout_s: float | None = 60.0,
    stats: GenerationStats | None = None,
    _stop: threading.Event | None = None,
) -> tuple[str, GenerationStats]:
    """Generate the model's answer to ``source`` IN THIS THREAD (the model thread), handing
    each cleaned chunk to ``on_chunk`` as it comes; returns the whole text and its stats.

    ``cancel`` is Stop: generation ends at the next decoding step (``stats.stop_reason`` is
    'cancelled', no exception). ``timeout_s`` bounds the time between two decoding steps (the
    first includes reading the prompt): past it, generation stops at that step and
    ``GenerationTimeout`` is raised. An error inside ``generate`` raises ``GenerationError``.
    """
    import torch

    _check_arguments(max_new_tokens)
    cancel = cancel if cancel is not None else threading.Event()
    stop = _stop if _stop is not None else threading.Event()
    s = stats if stats is not None else GenerationStats()
    streamer_cls, criteria_cls = _classes()
    started = [time.perf_counter()]
    inputs = encode_prompt(tokenizer, source)
    device = getattr(model, "device", None)
    if device is not None:
        inputs = inputs.to(device)
    s.prompt_tokens = int(inputs["input_ids"].shape[-1])
    if cancel.is_set() or stop.is_set():
        s.stop_reason = "cancelled"
        return "", s
    parts: list[str] = []

    def received(text: str) -> None:
        parts.append(text)
        if on_chunk is not None:
            on_chunk(text)

    streamer = streamer_cls(tokenizer, s, started, received, skip_prompt=True,
                            skip_special_tokens=True)
    timed_out = [False]

    def too_long() -> bool:
        if timeout_s is None:
            return False
        last = streamer.last_token_at or started[0]
        if time.perf_counter() - last > timeout_s:
            timed_out[0] = True
        return timed_out[0]

    kwargs: dict[str, Any] = dict(inputs)
    kwargs.update(
        max_new_tokens=max_new_tokens,
        streamer=streamer,
        stopping_criteria=[criteria_cls(cancel, stop, deadline=too_long)],
    )
    pad = getattr(tokenizer, "pad_token_id", None)
    if pad is None:
        pad = getattr(tokenizer, "eos_token_id", None)
    if pad is not None:
        kwargs["pad_token_id"] = pad
    if temperature > 0:
        kwargs.update(do_sample=True, temperature=temperature, top_p=top_p)
    else:  # greedy; clear the sampling defaults a model's generation_config may carry
        kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
    error: BaseException | None = None
    try:
        if seed is not None:
            torch.manual_seed(seed)  # process-wide generator: one generation at a time
        with torch.inference_mode():
            if not _fast_generate(model, inputs, streamer, max_new_tokens, temperature, top_p,
                                  lambda: cancel.is_set() or stop.is_set() or too_long()):
                model.generate(**kwargs)
    except Exception as e:
        error = e
    end = time.perf_counter()
    s.total_s = end - started[0]
    last = streamer.last_token_at
    if s.time_to_first_token_s is not None and last is not None and s.generated_tokens > 1:
        decode_s = last - (started[0] + s.time_to_first_token_s)
        if decode_s > 0:
            s.tokens_per_s = (s.generated_tokens - 1) / decode_s
    if error is not None:
        s.stop_reason = "error"
        raise GenerationError(Phrase("The model failed while writing: {error}",
                                     error=error)) from error
    if timed_out[0]:
        s.stop_reason = "timeout"
        raise GenerationTimeout(Phrase(
            "The model produced no text for {seconds} seconds; it was stopped.",
            seconds=f"{timeout_s:g}"))
    if s.stop_reason is not None:  # a reader that gave up first said why ('timeout')
        pass
    elif cancel.is_set() or stop.is_set():
        s.stop_reason = "cancelled"
    elif s.generated_tokens >= max_new_tokens:
        s.stop_reason = "length"
    else:
        s.stop_reason = "eos"
    return "".join(parts), s


FAST_DECODE_ATTRIBUTE = "atelier_fast_decode"
"""Set False on a model (``assistants.loading.load_model(fast_decode=False)``) to generate with
transformers' ``generate`` instead of the app's own loop (``assistants.fastdecode``)."""


def _fast_generate(model: Any, inputs: Any, streamer: Any, max_new_tokens: int,
                   temperature: float, top_p: float, should_stop: Callable[[], bool]) -> bool:
    """Generate with the app's own decode loop when the model allows it (False: it does not,
    the caller uses ``generate``). The streamer sees what ``generate`` would show it: the prompt,
    then each token, then the end."""
    if not getattr(model, FAST_DECODE_ATTRIBUTE, True):
        return False
    ids = inputs["input_ids"]
    if ids.shape[0] != 1 or not bool(inputs.get("attention_mask", ids.new_ones(1)).all()):
        return False
    from assistants import fastdecode

    sampling = fastdecode.sampling_for(model, temperature=temperature, top_p=top_p)
    if sampling is None:
        return False
    decoder = fastdecode.decoder_for(model)
    if decoder is None:
        return False
    import torch

    eos = model.generation_config.eos_token_id
    eos_ids = set() if eos is None else ({eos} if isinstance(eos, int) else set(eos))
    streamer.put(ids)
    decoder.generate(ids[0].tolist(), max_new_tokens=max_new_tokens, sampling=sampling,
                     eos=eos_ids, on_token=lambda t: streamer.put(torch.tensor([t])),
                     should_stop=should_stop)
    streamer.end()
    return True


_END = object()


class TextStream(Iterator[str]):
    """Iterator of text chunks from one generation; ``stats`` fill in as it runs.

    The generation starts on the first ``next()``: on ``executor`` (an
    ``assistants.model_thread.ModelThread``, the one thread that runs torch) when given, else in
    a thread of its own. Use it as a context manager (or call ``close()``) when a reader may stop
    early: closing stops the generation and waits for it to end. A reader that gets no chunk for
    ``timeout_s`` seconds gets ``GenerationTimeout``.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        source: str | Sequence[Message],
        *,
        max_new_tokens: int = 256,
        temperature: float = 0.7,
        top_p: float = 0.9,
        seed: int | None = None,
        cancel: threading.Event | None = None,
        timeout_s: float = 60.0,
        executor: Any = None,
    ) -> None:
        _check_arguments(max_new_tokens)
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.top_p = top_p
        self.seed = seed
        self.cancel = cancel if cancel is not None else threading.Event()
        self.timeout_s = timeout_s
        self.executor = executor
        self.stats = GenerationStats()
        self.text = ""
        self._stop = threading.Event()  # set by close() and on timeout
        self._thread: threading.Thread | None = None
        self._task: Any = None
        self._queue: queue.Queue[Any] = queue.Queue()
        self._error: BaseException | None = None
        self._started = False
        self._finished = False

    # ------------------------------------------------------------------ iterator protocol

    def __iter__(self) -> TextStream:
        return self

    def __next__(self) -> str:
        if self._finished:
            raise StopIteration
        if not self._started:
            self._start()
            if self._finished:  # cancelled before it began
                raise StopIteration
        try:
            chunk = self._queue.get(timeout=self.timeout_s)
        except queue.Empty:
            self._stop.set()
            self._finish(timed_out=True)
            raise GenerationTimeout(Phrase(
                "The model produced no text for {seconds} seconds; it was stopped.",
                seconds=f"{self.timeout_s:g}")) from None
        if chunk is _END:
            self._finish()
            raise StopIteration
        self.text += chunk
        return str(chunk)

    def close(self) -> None:
        """Stop the generation (if running) and wait for it to end."""
        if self._finished:
            return
        self._stop.set()
        if not self._started:
            self._finished = True
            self.stats.stop_reason = self.stats.stop_reason or "cancelled"
            return
        self._finish(raise_error=False)

    def __enter__(self) -> TextStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # Never wait in a finalizer; just make sure an abandoned stream stops generating.
        stop = getattr(self, "_stop", None)
        if stop is not None:
            stop.set()

    @property
    def worker(self) -> threading.Thread | None:
        """The thread that generates (the executor's thread when there is one)."""
        if self._task is not None:
            return getattr(self.executor, "thread", None)
        return self._thread

    # ------------------------------------------------------------------ internals

    def _start(self) -> None:
        self._started = True
        # Read the prompt here so that a bad conversation or template fails in the reader.
        encode_prompt(self.tokenizer, self.source)
        if self.cancel.is_set():
            self._finished = True
            self.stats.stop_reason = "cancelled"
            return

        def work() -> None:
            try:
                generate_text(
                    self.model, self.tokenizer, self.source, on_chunk=self._queue.put,
                    max_new_tokens=self.max_new_tokens, temperature=self.temperature,
                    top_p=self.top_p, seed=self.seed, cancel=self.cancel, timeout_s=None,
                    stats=self.stats, _stop=self._stop)
            except GenerationError as e:  # surfaced to the reader by _finish
                self._error = e
            except BaseException as e:
                self._error = GenerationError(Phrase("The model failed while writing: {error}",
                                                     error=e))
                self._error.__cause__ = e
            finally:
                self._queue.put(_END)

        if self.executor is not None:
            self._task = self.executor.submit(work, name="generate", cancel=self._stop)
        else:
            self._thread = threading.Thread(target=work, name="assistants-generate", daemon=True)
            self._thread.start()

    def _wait_worker(self, timeout: float | None) -> None:
        if self._task is not None:
            self._task.wait(timeout)
        elif self._thread is not None:
            self._thread.join(timeout)

    def _finish(self, timed_out: bool = False, raise_error: bool = True) -> None:
        # After Stop the worker ends within one decoding step; after a timeout it may be
        # wedged inside generate, so the wait is bounded.
        self._wait_worker(None if not timed_out else min(self.timeout_s, 5.0))
        self._finished = True
        s = self.stats
        if timed_out:
            s.stop_reason = "timeout"
        elif self._error is not None:
            s.stop_reason = "error"
        elif s.stop_reason is None:
            s.stop_reason = "cancelled" if (self.cancel.is_set() or self._stop.is_set()) else (
                "length" if s.generated_tokens >= self.max_new_tokens else "eos")
        if self._error is not None and raise_error and not timed_out:
            raise self._error


def stream_generate(model: Any, tokenizer: Any, source: str | Sequence[Message],
                    **options: Any) -> TextStream:
    """Stream the model's answer to ``source`` (a prompt, or a list of chat messages).

    ``options`` are ``TextStream``'s keywords, with its defaults: ``max_new_tokens`` (256),
    ``temperature`` (0.7; ``<= 0`` is greedy decoding), ``top_p`` (0.9), ``seed``,
    ``cancel``, ``timeout_s`` (60: bounds the wait for each chunk, the first one including
    reading the prompt) and ``executor`` (the ``ModelThread`` that runs the generation).
    Stats are on the returned iterator's ``stats``.
    """
    return TextStream(model, tokenizer, source, **options)

"""Streaming text generation as a plain iterator of text chunks, with a real Stop.

``model.generate`` runs in a worker thread and feeds a ``TextIteratorStreamer`` that always has
a timeout. A ``StoppingCriteria`` watches the cancel ``threading.Event`` (and the stream's own
stop flag, set by ``close()``), so Stop ends generation at the next decoding step. Once the
iterator is exhausted, closed or has raised, the worker thread has been joined. An exception in
``generate`` reaches the reader as ``GenerationError`` at once; a worker that goes silent for
``timeout_s`` raises ``GenerationTimeout``. Chunks come without the characters no file can hold
(control characters, lone surrogates, U+FFFE/U+FFFF); ``stats.removed_characters`` counts them.

torch and transformers are imported when a stream starts, never at module import.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from assistants.errors import GenerationError, GenerationTimeout
from storage.cleantext import clean_text, has_illegal

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
    from transformers import StoppingCriteria, TextIteratorStreamer

    class EventStoppingCriteria(StoppingCriteria):
        def __init__(self, *events: threading.Event) -> None:
            self.events = events

        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            stop = any(e.is_set() for e in self.events)
            return torch.full((input_ids.shape[0],), stop, dtype=torch.bool,
                              device=input_ids.device)

    class CountingStreamer(TextIteratorStreamer):
        """Counts generated tokens and notes when the first one arrives."""

        def __init__(self, tokenizer: Any, stats: GenerationStats, started: list[float],
                     **kwargs: Any) -> None:
            super().__init__(tokenizer, **kwargs)
            self._stats = stats
            self._started = started
            self.last_token_at: float | None = None

        def put(self, value: Any) -> None:
            if not (self.skip_prompt and self.next_tokens_are_prompt):
                now = time.perf_counter()
                if self._stats.time_to_first_token_s is None:
                    self._stats.time_to_first_token_s = now - self._started[0]
                self._stats.generated_tokens += int(value.shape[-1]) if value.dim() > 1 else 1
                self.last_token_at = now
            super().put(value)

    return CountingStreamer, EventStoppingCriteria


def event_stopping_criteria(*events: threading.Event) -> Any:
    """A transformers ``StoppingCriteria`` that stops generation once any of ``events`` is set
    (checked after every decoding step)."""
    return _classes()[1](*events)


class TextStream(Iterator[str]):
    """Iterator of text chunks from one generation; ``stats`` fill in as it runs.

    The worker starts on the first ``next()``. Use it as a context manager (or call ``close()``)
    when a reader may stop early: closing stops the generation and joins the worker.
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
    ) -> None:
        if max_new_tokens < 1:
            raise ValueError("max_new_tokens must be at least 1")
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.top_p = top_p
        self.seed = seed
        self.cancel = cancel if cancel is not None else threading.Event()
        self.timeout_s = timeout_s
        self.stats = GenerationStats()
        self.text = ""
        self._stop = threading.Event()  # set by close() and on timeout
        self._thread: threading.Thread | None = None
        self._streamer: Any = None
        self._error: BaseException | None = None
        self._started = [0.0]
        self._finished = False

    # ------------------------------------------------------------------ iterator protocol

    def __iter__(self) -> TextStream:
        return self

    def __next__(self) -> str:
        if self._finished:
            raise StopIteration
        if self._thread is None:
            self._start()
            if self._finished:  # cancelled before it began
                raise StopIteration
        while True:
            try:
                chunk = next(self._streamer)
            except StopIteration:
                self._finish()
                raise
            except queue.Empty:
                self._stop.set()
                self._finish(reason="timeout")
                raise GenerationTimeout(
                    f"The model produced no text for {self.timeout_s:g} seconds; it was stopped."
                ) from None
            if chunk and has_illegal(chunk):
                # Model text is cleaned where it enters the app: a search per chunk (the
                # usual case finds nothing), a rewrite only when there is something to take out.
                # Python strings hold no surrogate pairs, so no character spans two chunks.
                cleaned = clean_text(chunk)
                self.stats.removed_characters += cleaned.removed
                chunk = cleaned.text
            if chunk:
                self.text += chunk
                return chunk

    def close(self) -> None:
        """Stop the generation (if running) and wait for the worker to end."""
        if self._finished:
            return
        self._stop.set()
        if self._thread is None:
            self._finished = True
            self.stats.stop_reason = self.stats.stop_reason or "cancelled"
            return
        self._finish(raise_error=False)

    def __enter__(self) -> TextStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # Never join from a finalizer; just make sure an abandoned stream stops generating.
        stop = getattr(self, "_stop", None)
        if stop is not None:
            stop.set()

    @property
    def worker(self) -> threading.Thread | None:
        return self._thread

    # ------------------------------------------------------------------ internals

    def _start(self) -> None:
        import torch

        streamer_cls, criteria_cls = _classes()
        self._started[0] = time.perf_counter()
        inputs = encode_prompt(self.tokenizer, self.source)
        device = getattr(self.model, "device", None)
        if device is not None:
            inputs = inputs.to(device)
        self.stats.prompt_tokens = int(inputs["input_ids"].shape[-1])
        if self.cancel.is_set():
            self._finished = True
            self.stats.stop_reason = "cancelled"
            return
        self._streamer = streamer_cls(
            self.tokenizer, self.stats, self._started, skip_prompt=True,
            timeout=self.timeout_s, skip_special_tokens=True,
        )
        kwargs: dict[str, Any] = dict(inputs)
        kwargs.update(
            max_new_tokens=self.max_new_tokens,
            streamer=self._streamer,
            stopping_criteria=[criteria_cls(self.cancel, self._stop)],
        )
        pad = getattr(self.tokenizer, "pad_token_id", None)
        if pad is None:
            pad = getattr(self.tokenizer, "eos_token_id", None)
        if pad is not None:
            kwargs["pad_token_id"] = pad
        if self.temperature > 0:
            kwargs.update(do_sample=True, temperature=self.temperature, top_p=self.top_p)
        else:  # greedy; clear the sampling defaults a model's generation_config may carry
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)

        def work() -> None:
            try:
                if self.seed is not None:
                    torch.manual_seed(self.seed)  # process-wide generator: one stream at a time
                with torch.inference_mode():
                    self.model.generate(**kwargs)
            except BaseException as e:  # surfaced to the reader by _finish
                self._error = e
                # generate did not reach streamer.end(): wake the reader now.
                self._streamer.text_queue.put(self._streamer.stop_signal)

        self._thread = threading.Thread(target=work, name="assistants-generate", daemon=True)
        self._thread.start()

    def _finish(self, reason: str | None = None, raise_error: bool = True) -> None:
        thread = self._thread
        if thread is not None:
            # After Stop the worker ends within one decoding step; after a timeout it may be
            # wedged inside generate, so the wait is bounded (the thread is a daemon).
            thread.join(timeout=None if reason is None else min(self.timeout_s, 5.0))
        self._finished = True
        s = self.stats
        end = time.perf_counter()
        s.total_s = end - self._started[0]
        last = getattr(self._streamer, "last_token_at", None)
        if s.time_to_first_token_s is not None and last is not None and s.generated_tokens > 1:
            decode_s = last - (self._started[0] + s.time_to_first_token_s)
            if decode_s > 0:
                s.tokens_per_s = (s.generated_tokens - 1) / decode_s
        if reason is not None:
            s.stop_reason = reason
        elif self._error is not None:
            s.stop_reason = "error"
        elif self.cancel.is_set() or self._stop.is_set():
            s.stop_reason = "cancelled"
        elif s.generated_tokens >= self.max_new_tokens:
            s.stop_reason = "length"
        else:
            s.stop_reason = "eos"
        if self._error is not None and raise_error:
            err = self._error
            raise GenerationError(f"The model failed while writing: {err}") from err


def stream_generate(
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
) -> TextStream:
    """Stream the model's answer to ``source`` (a prompt, or a list of chat messages).

    ``temperature <= 0`` is greedy decoding. ``timeout_s`` bounds the wait for each chunk (the
    first one includes reading the prompt). Stats are on the returned iterator's ``stats``.
    """
    return TextStream(
        model, tokenizer, source, max_new_tokens=max_new_tokens, temperature=temperature,
        top_p=top_p, seed=seed, cancel=cancel, timeout_s=timeout_s,
    )

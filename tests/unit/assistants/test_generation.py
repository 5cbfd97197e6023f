"""Streaming generation on the tiny causal LM: chunks, stats, Stop, errors, timeouts."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from assistants.errors import GenerationError, GenerationTimeout
from assistants.generation import (
    FAST_DECODE_ATTRIBUTE,
    build_prompt,
    plain_prompt,
    stream_generate,
)

MESSAGES = [
    {"role": "system", "content": "Tu rédiges des messages courts."},
    {"role": "user", "content": "Bonjour, le devis est prêt ?"},
]


def test_prompt_uses_the_chat_template(loaded_causal: Any) -> None:
    prompt = build_prompt(loaded_causal.tokenizer, MESSAGES)
    assert prompt.startswith("<|im_start|>system\nTu rédiges")
    assert prompt.endswith("<|im_start|>assistant\n")


def test_prompt_falls_back_without_a_template(
    loaded_causal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaded_causal.tokenizer, "chat_template", None)
    prompt = build_prompt(loaded_causal.tokenizer, MESSAGES)
    assert prompt == plain_prompt(MESSAGES)
    assert prompt == (
        "System: Tu rédiges des messages courts.\n\nUser: Bonjour, le devis est prêt ?"
        "\n\nAssistant:"
    )
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, MESSAGES,
                             max_new_tokens=8, temperature=0)
    assert "".join(stream)
    assert stream.stats.generated_tokens == 8


def test_stream_yields_chunks_and_stats(loaded_causal: Any) -> None:
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, MESSAGES,
                             max_new_tokens=40, temperature=0.8, top_p=0.95, seed=7)
    chunks = list(stream)
    assert len(chunks) > 1
    assert all(chunks)
    assert "".join(chunks) == stream.text
    s = stream.stats
    assert s.prompt_tokens > 10
    assert s.generated_tokens == 40
    assert s.stop_reason == "length"
    assert s.time_to_first_token_s is not None and s.time_to_first_token_s > 0
    assert s.tokens_per_s is not None and s.tokens_per_s > 0
    assert s.total_s is not None and s.total_s >= s.time_to_first_token_s
    assert stream.worker is not None and not stream.worker.is_alive()


def test_same_seed_same_text(loaded_causal: Any) -> None:
    def run(seed: int) -> str:
        return "".join(stream_generate(loaded_causal.model, loaded_causal.tokenizer, "Merci",
                                       max_new_tokens=20, temperature=1.0, seed=seed))

    assert run(3) == run(3)


def test_cancel_stops_generation_within_a_step(loaded_causal: Any) -> None:
    cancel = threading.Event()
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, MESSAGES,
                             max_new_tokens=100_000, temperature=0.8, seed=1, cancel=cancel,
                             timeout_s=30)
    first = next(stream)
    assert first
    tokens_at_stop = stream.stats.generated_tokens
    cancel.set()
    rest = list(stream)  # how soon: `make bench` (responsiveness)
    assert stream.stats.stop_reason == "cancelled"
    # the worker may have produced a few more tokens while the reader was busy, not hundreds
    assert stream.stats.generated_tokens < tokens_at_stop + 50
    assert stream.stats.generated_tokens < 1_000
    assert stream.text == first + "".join(rest)
    assert stream.worker is not None and not stream.worker.is_alive()


def test_close_stops_and_joins(loaded_causal: Any) -> None:
    with stream_generate(loaded_causal.model, loaded_causal.tokenizer, "Bonjour",
                         max_new_tokens=100_000, temperature=0.8, seed=2) as stream:
        assert next(stream)
    assert stream.worker is not None and not stream.worker.is_alive()
    assert stream.stats.stop_reason == "cancelled"
    assert stream.stats.generated_tokens < 1_000
    assert list(stream) == []


def test_cancelled_before_start_does_not_generate(loaded_causal: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, "Bonjour",
                             cancel=cancel)
    assert list(stream) == []
    assert stream.worker is None
    assert stream.stats.stop_reason == "cancelled"


def test_generate_error_surfaces_without_hanging(
    loaded_causal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**kwargs: Any) -> None:
        raise RuntimeError("out of memory (simulated)")

    monkeypatch.setattr(loaded_causal.model, "generate", broken)
    monkeypatch.setattr(loaded_causal.model, FAST_DECODE_ATTRIBUTE, False, raising=False)
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, "Bonjour",
                             timeout_s=60)
    # The model's own error, not the 60 s timeout's (how soon: `make bench`, responsiveness).
    with pytest.raises(GenerationError, match="simulated") as info:
        list(stream)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert stream.stats.stop_reason == "error"
    assert stream.worker is not None and not stream.worker.is_alive()


def test_silent_generate_times_out(loaded_causal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def stuck(**kwargs: Any) -> None:
        release.wait(10)

    monkeypatch.setattr(loaded_causal.model, "generate", stuck)
    monkeypatch.setattr(loaded_causal.model, FAST_DECODE_ATTRIBUTE, False, raising=False)
    stream = stream_generate(loaded_causal.model, loaded_causal.tokenizer, "Bonjour",
                             timeout_s=0.2)
    try:
        with pytest.raises(GenerationTimeout, match="no text"):
            next(stream)
        assert stream.stats.stop_reason == "timeout"
    finally:
        release.set()
        assert stream.worker is not None
        stream.worker.join(5)
    assert not stream.worker.is_alive()


def test_bad_arguments(loaded_causal: Any) -> None:
    with pytest.raises(ValueError, match="max_new_tokens"):
        stream_generate(loaded_causal.model, loaded_causal.tokenizer, "x", max_new_tokens=0)
    with pytest.raises(ValueError, match="at least one message"):
        build_prompt(loaded_causal.tokenizer, [])

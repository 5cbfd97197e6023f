"""Batched translation on the tiny Marian model: order, batches, progress, cancel."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import torch

from assistants.errors import Cancelled
from assistants.translation import plan_batches, translate_batch

from .conftest import SENTENCES

TEXTS = [
    "Merci.",
    "Le devis est prêt pour le client.",
    "Bonjour, je suis une freelance à Paris et je traduis des documents.",
    "La facture.",
    "Thank you for your order, the delivery is planned for tomorrow.",
]


def test_plan_batches_longest_first_within_budget() -> None:
    lengths = [3, 10, 7, 1, 10, 4]
    batches = plan_batches(lengths, batch_tokens=20)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    flat = [i for b in batches for i in b]
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    for b in batches:
        assert len(b) * max(lengths[i] for i in b) <= 20
    assert batches[0] == [1, 4]
    assert plan_batches(lengths, batch_tokens=None, batch_size=4) == [[1, 4, 2, 5], [0, 3]]
    assert plan_batches([50, 2], batch_tokens=10) == [[0], [1]]  # too long: alone
    with pytest.raises(ValueError, match="batch"):
        plan_batches(lengths, batch_tokens=None, batch_size=None)


def test_results_are_in_input_order(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    calls: list[tuple[int, int]] = []
    batched = translate_batch(model, tok, TEXTS, batch_size=2, batch_tokens=None,
                              max_new_tokens=12, progress=lambda d, t: calls.append((d, t)))
    one_by_one = [translate_batch(model, tok, [s], max_new_tokens=12)[0] for s in TEXTS]
    assert batched == one_by_one
    assert len(set(batched)) > 1  # the outputs do depend on the inputs
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_progress_once_per_batch_with_token_budget(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    lengths = [len(ids) for ids in tok(SENTENCES)["input_ids"]]
    expected = plan_batches(lengths, batch_tokens=40)
    assert 1 < len(expected) < len(SENTENCES)
    calls: list[tuple[int, int]] = []
    out = translate_batch(model, tok, SENTENCES, batch_tokens=40, max_new_tokens=6,
                          progress=lambda d, t: calls.append((d, t)))
    assert len(out) == len(SENTENCES)
    assert len(calls) == len(expected)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (len(SENTENCES), len(SENTENCES))


def test_empty_sentences_skip_the_model(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    out = translate_batch(model, tok, ["", "Merci.", "   "], max_new_tokens=5)
    assert out[0] == "" and out[2] == ""
    assert out[1]
    assert translate_batch(model, tok, []) == []


def test_cancel_between_batches(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    cancel = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        cancel.set()  # the user presses Stop after the first batch

    with pytest.raises(Cancelled) as info:
        translate_batch(model, tok, TEXTS, batch_size=2, batch_tokens=None, max_new_tokens=8,
                        progress=progress, cancel=cancel)
    assert calls == [2]
    partial = info.value.partial
    assert isinstance(partial, list) and len(partial) == len(TEXTS)
    assert sum(p is not None for p in partial) == 2
    # the first batch holds the two longest sentences
    assert partial[2] is not None and partial[4] is not None


def test_cancel_before_start(loaded_seq2seq: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled) as info:
        translate_batch(loaded_seq2seq.model, loaded_seq2seq.tokenizer, TEXTS, cancel=cancel)
    assert info.value.partial == [None] * len(TEXTS)


def test_forced_target_language_token(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    token = tok.convert_ids_to_tokens(tok("client")["input_ids"])[0]
    out = translate_batch(model, tok, ["Merci.", "Le devis."], max_new_tokens=4,
                          target_language_token=token)
    assert all(o.startswith(token.lstrip("▁")) for o in out)


def test_banned_tokens_are_masked_in_place_like_transformers_does(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    enc = tok(TEXTS, return_tensors="pt", padding=True)
    config = model.generation_config
    with torch.inference_mode():
        free = model.generate(**enc, max_new_tokens=8)
    specials = set(tok.all_special_ids)
    banned = next(int(i) for i in free[0, 1:] if int(i) not in specials)  # a token it writes
    try:
        config.bad_words_ids = [[banned]]
        with torch.inference_mode():
            reference = model.generate(**enc, max_new_tokens=8)  # transformers' processor
        assert banned not in reference.tolist()[0]
        expected = [t.strip() for t in tok.batch_decode(reference, skip_special_tokens=True)]
        out = translate_batch(model, tok, TEXTS, batch_size=len(TEXTS), batch_tokens=None,
                              max_new_tokens=8)
    finally:
        config.bad_words_ids = None
    assert out == expected

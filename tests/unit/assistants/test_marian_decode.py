"""The app's own Marian decode loop (assistants.marian_decode) writes what model.generate writes.

The tiny random Marian rarely writes ``</s>``, so each test makes a token it does write an
end-of-sequence token too: rows then finish at different steps, leave the batch, and the
others go on."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import torch

from assistants import marian_decode
from assistants.errors import Cancelled
from assistants.loading import quantize_int8_
from assistants.translation import translate_batch

from .conftest import SENTENCES

NEW_TOKENS = 14


def _generate(model: Any, enc: Any, new_tokens: int) -> list[list[int]]:
    """model.generate's new tokens per row (no decoder start, no padding after </s>)."""
    with torch.inference_mode():
        out = model.generate(**enc, max_new_tokens=new_tokens, num_beams=1)
    eos = marian_decode._eos_ids(model)
    rows = []
    for seq in out[:, 1:].tolist():
        row: list[int] = []
        for tok in seq:
            row.append(tok)
            if tok in eos:
                break
        rows.append(row)
    return rows


@pytest.fixture(params=["float32", "int8"])
def model_with_early_ends(request: pytest.FixtureRequest, loaded_seq2seq: Any
                          ) -> Iterator[tuple[Any, Any]]:
    """The tiny Marian (float32, or an int8 copy), with a second end-of-sequence token that it
    writes at different steps in different rows."""
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    if request.param == "int8":
        model = copy.deepcopy(model)
        quantize_int8_(model)
    enc = tok(SENTENCES, return_tensors="pt", padding=True)
    free = _generate(model, enc, NEW_TOKENS)
    firsts: dict[int, set[int]] = {}
    for row in free:
        for pos, t in enumerate(row):
            firsts.setdefault(t, set()).add(pos) if t not in row[:pos] else None
    specials = set(tok.all_special_ids)
    # a token written early in some rows, later or never in others
    stop = max((t for t in firsts if t not in specials),
               key=lambda t: (len(firsts[t]), -min(firsts[t])))
    config = model.generation_config
    saved = config.eos_token_id
    config.eos_token_id = [tok.eos_token_id, stop]
    try:
        yield model, tok
    finally:
        config.eos_token_id = saved


def _ours(model: Any, enc: Any, compact_share: float) -> list[list[int]] | None:
    with torch.inference_mode():
        return marian_decode.greedy_generate(
            model, enc["input_ids"], enc["attention_mask"], max_new_tokens=NEW_TOKENS,
            compact_share=compact_share)


@pytest.mark.parametrize("compact_share", [0.0, 0.125, 1.0])
def test_same_tokens_as_generate_with_rows_ending_at_different_steps(
    model_with_early_ends: tuple[Any, Any], compact_share: float,
) -> None:
    model, tok = model_with_early_ends
    enc = tok(SENTENCES, return_tensors="pt", padding=True)
    expected = _generate(model, enc, NEW_TOKENS)
    lengths = {len(r) for r in expected}
    assert len(lengths) >= 3  # rows do end at different steps
    assert min(lengths) < NEW_TOKENS
    ours = _ours(model, enc, compact_share)
    quantized = type(model.lm_head) is not torch.nn.Linear
    if not quantized or compact_share == 1.0:
        # float32: rows are independent, compacted or not; int8 with the finished rows kept
        # (fed </s> then <pad>, as generate does): the same batch, the same products
        assert ours == expected
    else:
        # int8 activations are quantized with one scale per product, over the rows in the batch
        # (generate's own int8 tokens differ between a batch of 1 and a batch of 10): once
        # finished rows leave, the scales differ from generate's. Up to then, the same tokens.
        first_end = min(lengths)
        assert ours is not None
        assert [r[:first_end] for r in ours] == [r[:first_end] for r in expected]


def test_translate_batch_gives_the_same_text_either_way(
    model_with_early_ends: tuple[Any, Any],
) -> None:
    model, tok = model_with_early_ends
    assert marian_decode.supported(model, None)
    # int8: one sentence per batch, so that no row leaves a batch that goes on (see above)
    batching: dict[str, Any] = ({"batch_tokens": 60} if type(model.lm_head) is torch.nn.Linear
                                else {"batch_size": 1, "batch_tokens": None})
    slow = translate_batch(model, tok, SENTENCES, max_new_tokens=NEW_TOKENS, fast=False,
                           **batching)
    fast = translate_batch(model, tok, SENTENCES, max_new_tokens=NEW_TOKENS, **batching)
    assert fast == slow
    assert len(set(fast)) > 1


def test_banned_and_forced_tokens_match_generate(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    first = tok.convert_ids_to_tokens(tok("client")["input_ids"])[0]
    enc = tok(SENTENCES, return_tensors="pt", padding=True)
    banned = _generate(model, enc, 6)[0][1]  # a token it writes
    config = model.generation_config
    try:
        config.bad_words_ids = [[banned]]
        out = {fast: translate_batch(model, tok, SENTENCES, max_new_tokens=8, fast=fast,
                                     target_language_token=first) for fast in (False, True)}
    finally:
        config.bad_words_ids = None
    assert out[True] == out[False]
    assert all(o.startswith(first.lstrip("▁")) for o in out[True])


def test_beam_search_goes_to_generate(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    assert not marian_decode.supported(model, 4)
    beams = translate_batch(model, tok, SENTENCES[:4], max_new_tokens=8, num_beams=4)
    assert beams == translate_batch(model, tok, SENTENCES[:4], max_new_tokens=8, num_beams=4,
                                    fast=False)


def test_cancel_stops_the_batch_at_its_next_step(loaded_seq2seq: Any) -> None:
    model, tok = loaded_seq2seq.model, loaded_seq2seq.tokenizer
    cancel = threading.Event()
    steps: list[int] = []

    def count(*_: Any) -> None:
        steps.append(1)
        if len(steps) == 3:
            cancel.set()  # the user presses Stop during the third step

    hook = model.lm_head.register_forward_hook(count)
    try:
        with pytest.raises(Cancelled) as info:
            translate_batch(model, tok, SENTENCES, batch_size=len(SENTENCES), batch_tokens=None,
                            max_new_tokens=40, cancel=cancel, fast=True)
    finally:
        hook.remove()
    assert len(steps) == 3
    assert info.value.partial == [None] * len(SENTENCES)

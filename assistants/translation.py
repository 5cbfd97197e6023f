"""Batched seq2seq translation of a list of sentences.

Sentences are sorted by token length (longest first) and packed into dynamic batches whose padded
size stays under ``batch_tokens``; ``progress(done, total)`` is called once per batch; the cancel
``Event`` is checked between batches (and stops the batch in flight at its next decoding step).

On cancel, ``translate_batch`` raises ``assistants.errors.Cancelled`` whose ``partial`` is a list
in input order with the finished translations and ``None`` for the others: the caller chooses to
keep them or not. Results are returned in input order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from assistants import marian_decode
from assistants.errors import Cancelled
from storage.cleantext import clean_text

Progress = Callable[[int, int], None]


class Translations(list[str]):
    """``translate_batch``'s result: the translations in input order, without the characters
    no file can hold (``storage.cleantext``); ``removed_characters`` counts those the model
    wrote, so the caller can tell the person (``storage.translation.pretranslate`` adds it to
    its result)."""

    removed_characters: int = 0


def plan_batches(
    lengths: Sequence[int], *, batch_tokens: int | None = 2048, batch_size: int | None = None
) -> list[list[int]]:
    """Indices grouped into batches: longest first, each batch's padded size
    (count x longest) within ``batch_tokens`` and its count within ``batch_size``.
    A sentence longer than ``batch_tokens`` goes alone in its batch."""
    if batch_tokens is None and batch_size is None:
        raise ValueError("give batch_tokens, batch_size or both")
    if batch_tokens is not None and batch_tokens < 1:
        raise ValueError("batch_tokens must be at least 1")
    if batch_size is not None and batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        n = max(lengths[i], 1)
        new_longest = max(longest, n)
        too_many = batch_size is not None and len(current) + 1 > batch_size
        too_big = batch_tokens is not None and (len(current) + 1) * new_longest > batch_tokens
        if current and (too_many or too_big):
            batches.append(current)
            current, new_longest = [], n
        current.append(i)
        longest = new_longest
    if current:
        batches.append(current)
    return batches


def _max_input_tokens(model: Any, tokenizer: Any) -> int:
    limits = [
        getattr(tokenizer, "model_max_length", None),
        getattr(getattr(model, "config", None), "max_position_embeddings", None),
    ]
    usable = [int(x) for x in limits if isinstance(x, int) and 0 < x < 1_000_000]
    return min(usable) if usable else 512


def _token_bans(model: Any) -> tuple[list[int], dict[str, Any]]:
    """Tokens the model's generation config bans at every step (``bad_words_ids`` made of single
    tokens, ``suppress_tokens``: OPUS-MT bans ``<pad>``), and the ``generate`` settings that
    turn off transformers' own processors for them.

    Those processors build and add vocabulary-sized tensors at every step (three full passes
    over the scores for ``bad_words_ids``); setting the few banned scores to -inf in place
    gives the same scores for a fraction of the time. Multi-token bad words are left alone."""
    config = getattr(model, "generation_config", None)
    bans: set[int] = set()
    off: dict[str, Any] = {}
    bad = getattr(config, "bad_words_ids", None)
    if bad and all(len(seq) == 1 for seq in bad):
        bans.update(int(seq[0]) for seq in bad)
        off["bad_words_ids"] = None
    suppress = getattr(config, "suppress_tokens", None)
    if suppress:
        bans.update(int(i) for i in suppress)
        off["suppress_tokens"] = None
    return sorted(bans), off


def _ban_processor(token_ids: Sequence[int]) -> Any:
    """A logits processor setting the scores of ``token_ids`` to -inf, in place."""
    import torch
    from transformers import LogitsProcessor

    class BanTokens(LogitsProcessor):
        def __init__(self) -> None:
            self.ids = torch.tensor(list(token_ids), dtype=torch.long)

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            if self.ids.device != scores.device:
                self.ids = self.ids.to(scores.device)
            scores.index_fill_(-1, self.ids, -float("inf"))
            return scores

    return BanTokens()


def translate_batch(
    model: Any,
    tokenizer: Any,
    sentences: Sequence[str],
    *,
    batch_tokens: int | None = 2048,
    batch_size: int | None = None,
    max_new_tokens: int | None = None,
    num_beams: int | None = None,
    source_prefix: str | None = None,
    src_lang: str | None = None,
    target_language_token: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    fast: bool | None = None,
) -> Translations:
    """Translate ``sentences`` with a seq2seq model; results in input order.

    ``batch_tokens``: most padded input tokens per batch; ``batch_size``: most sentences per
    batch (either or both). ``max_new_tokens`` defaults to 1.5 x the batch's longest input + 10,
    within the model's limit. ``num_beams`` defaults to the model's generation config.
    ``source_prefix`` is put before each sentence (OPUS-MT multi-target models want '>>ara<<');
    ``src_lang`` is set on tokenizers that take one (NLLB: 'eng_Latn'), and
    ``target_language_token`` (NLLB: 'fra_Latn') is forced as the first generated token.
    Empty sentences translate to '' without the model. Raises ``Cancelled`` (see module doc).
    The translations come without the characters no file can hold (see ``Translations``).

    ``fast``: decode with the app's own loop (``assistants.marian_decode``: same tokens as
    ``generate`` for greedy decoding, faster on the CPU, measured in ``benchmarks.translation``)
    where it supports the model and settings; None = on the CPU only; False = always
    ``model.generate``. Beam search (OPUS-MT's generation config: 4 beams) and the settings
    ``marian_decode.supported`` lists go to ``model.generate`` whatever ``fast`` says.
    """
    import torch

    from assistants.generation import event_stopping_criteria

    total = len(sentences)
    results: list[str | None] = [None] * total
    todo = [i for i, s in enumerate(sentences) if s.strip()]
    for i, s in enumerate(sentences):
        if not s.strip():
            results[i] = ""
    if not todo:
        if progress is not None:
            progress(total, total)
        return Translations(r or "" for r in results)

    cancel = cancel if cancel is not None else threading.Event()
    if src_lang is not None:
        tokenizer.src_lang = src_lang
    texts = [(source_prefix + " " if source_prefix else "") + sentences[i].strip() for i in todo]
    limit = _max_input_tokens(model, tokenizer)
    lengths = [
        min(len(ids), limit)
        for ids in tokenizer(texts, add_special_tokens=True, truncation=True,
                             max_length=limit)["input_ids"]
    ]
    batches = plan_batches(lengths, batch_tokens=batch_tokens, batch_size=batch_size)
    device = getattr(model, "device", None)
    gen_kwargs: dict[str, Any] = {"stopping_criteria": [event_stopping_criteria(cancel)]}
    if num_beams is not None:
        gen_kwargs["num_beams"] = num_beams
    if target_language_token is not None:
        gen_kwargs["forced_bos_token_id"] = tokenizer.convert_tokens_to_ids(target_language_token)
    bans, off = _token_bans(model)
    if fast is None:
        fast = getattr(device, "type", "cpu") == "cpu"
    forced_bos = gen_kwargs.get("forced_bos_token_id")
    own_loop = fast and marian_decode.supported(model, num_beams) and forced_bos not in bans
    # benchmarks only (benchmarks.translation): ends each row at a target length, as </s> would
    row_limits = getattr(model, "decode_row_limits", None) if own_loop else None
    # (a banned forced first token: transformers' own processors keep their exact behaviour)
    if bans and gen_kwargs.get("forced_bos_token_id") not in bans:
        gen_kwargs.update(off, logits_processor=[_ban_processor(bans)])

    done = total - len(todo)
    removed = 0
    for batch in batches:
        if cancel.is_set():
            raise Cancelled("Translation cancelled.", partial=results)
        enc = tokenizer(
            [texts[j] for j in batch], return_tensors="pt", padding=True, truncation=True,
            max_length=limit,
        )
        if device is not None:
            enc = enc.to(device)
        longest = max(lengths[j] for j in batch)
        new_tokens = max_new_tokens or min(int(longest * 1.5) + 10, limit)
        with torch.inference_mode():
            if own_loop:
                out = marian_decode.greedy_generate(
                    model, enc["input_ids"], enc["attention_mask"], max_new_tokens=new_tokens,
                    bans=bans, forced_bos_token_id=forced_bos, cancel=cancel,
                    row_limits=row_limits(enc["attention_mask"]) if row_limits else None)
            else:
                out = model.generate(**enc, max_new_tokens=new_tokens, **gen_kwargs)
        if out is None or cancel.is_set():  # the batch was cut short: its output is incomplete
            raise Cancelled("Translation cancelled.", partial=results)
        decoded = tokenizer.batch_decode(out, skip_special_tokens=True)
        for j, text in zip(batch, decoded, strict=True):
            cleaned = clean_text(text)
            removed += cleaned.removed
            results[todo[j]] = cleaned.text.strip()
        done += len(batch)
        if progress is not None:
            progress(done, total)
    final = Translations(r if r is not None else "" for r in results)
    final.removed_characters = removed
    return final

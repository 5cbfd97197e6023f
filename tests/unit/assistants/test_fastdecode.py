"""The app's own decode loop (assistants.fastdecode) writes exactly what transformers'
``generate`` writes for greedy decoding, in float32 and int8, and keeps Stop, end of sequence
and the generation config's settings; models it does not reproduce go through ``generate``."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from assistants import fastdecode
from assistants.generation import FAST_DECODE_ATTRIBUTE, generate_text
from assistants.loading import quantize_int8_
from assistants.loading import run_in_fresh_thread as _in_thread  # torch off the main thread


def _qwen(*, bias_scale: float = 0.3, **overrides: Any) -> Any:
    """A tiny Qwen2 (q/k/v biases, grouped-query attention) whose random weights are large
    enough that greedy decoding wanders over the vocabulary instead of repeating one token."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(7)
    config = Qwen2Config(
        vocab_size=300, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
        tie_word_embeddings=True, **overrides)
    model = Qwen2ForCausalLM(config).eval()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" not in name:
                p.normal_(0.0, bias_scale)
    model.generation_config.eos_token_id = None
    return model


def _greedy_reference(model: Any, prompt: list[int], new_tokens: int) -> list[int]:
    import torch

    with torch.inference_mode():
        out = model.generate(torch.tensor([prompt]), max_new_tokens=new_tokens,
                             min_new_tokens=new_tokens, do_sample=False, pad_token_id=0,
                             temperature=None, top_p=None, top_k=None)
    return out[0, len(prompt):].tolist()


def _greedy_fast(model: Any, prompt: list[int], new_tokens: int, **kwargs: Any) -> list[int]:
    import torch

    decoder = fastdecode.decoder_for(model)
    assert decoder is not None
    sampling = fastdecode.sampling_for(model, temperature=0, top_p=1.0)
    got: list[int] = []
    with torch.inference_mode():
        decoder.generate(prompt, max_new_tokens=new_tokens, sampling=sampling,
                         eos=kwargs.get("eos", set()), on_token=got.append,
                         should_stop=kwargs.get("should_stop", lambda: False))
    return got


PROMPT = [5, 17, 250, 33, 99, 4, 128, 7, 64, 200, 11, 3]


@pytest.mark.parametrize("int8", [False, True], ids=["float32", "int8"])
def test_greedy_tokens_are_generates_tokens(int8: bool) -> None:
    def run() -> tuple[list[int], list[int]]:
        model = _qwen()
        if int8:
            quantize_int8_(model)
        reference = _greedy_reference(copy.deepcopy(model), PROMPT, 40)
        return reference, _greedy_fast(model, PROMPT, 40)

    reference, fast = _in_thread(run)
    assert len(set(reference)) > 10  # the test means something: varied tokens
    assert fast == reference


def test_the_fused_model_still_runs_generate_and_the_same_tokens() -> None:
    def run() -> tuple[list[int], list[int]]:
        model = _qwen()
        reference = _greedy_reference(copy.deepcopy(model), PROMPT, 20)
        fastdecode.decoder_for(model)  # fuses q/k/v and gate/up in place
        return reference, _greedy_reference(model, PROMPT, 20)

    reference, after = _in_thread(run)
    assert after == reference


def test_the_cache_grows_past_its_first_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastdecode, "FIRST_CAPACITY", 4)

    def run() -> tuple[list[int], list[int]]:
        model = _qwen()
        return _greedy_reference(copy.deepcopy(model), PROMPT, 60), _greedy_fast(model, PROMPT,
                                                                                   60)

    reference, fast = _in_thread(run)
    assert fast == reference


def test_repetition_penalty_and_suppressed_tokens_apply_as_in_generate() -> None:
    def run() -> tuple[list[int], list[int]]:
        model = _qwen()
        model.generation_config.repetition_penalty = 1.3
        model.generation_config.suppress_tokens = [1, 2, 3]
        reference = _greedy_reference(copy.deepcopy(model), PROMPT, 30)
        return reference, _greedy_fast(model, PROMPT, 30)

    reference, fast = _in_thread(run)
    assert not {1, 2, 3} & set(fast)
    assert fast == reference


def test_end_of_sequence_and_stop_end_the_loop() -> None:
    def run() -> tuple[list[int], list[int], list[int]]:
        model = _qwen()
        free = _greedy_fast(model, PROMPT, 30)
        eos = free[5]
        ended = _greedy_fast(model, PROMPT, 30, eos={eos})
        count = [0]

        def stop() -> bool:
            count[0] += 1
            return count[0] >= 3

        stopped = _greedy_fast(model, PROMPT, 30, should_stop=stop)
        return free, ended, stopped

    free, ended, stopped = _in_thread(run)
    assert ended == free[:free.index(free[5]) + 1]  # the end token is kept, nothing after
    assert stopped == free[:3]


def test_generate_text_uses_the_loop_and_writes_what_generate_writes(
        loaded_causal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    model, tokenizer = loaded_causal.model, loaded_causal.tokenizer
    calls: list[str] = []
    real = type(model).generate

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append("generate")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(model), "generate", counting)
    fast_text, fast_stats = generate_text(model, tokenizer, "Bonjour, écris un titre",
                                          max_new_tokens=24, temperature=0)
    assert calls == []  # the app's own loop wrote it
    monkeypatch.setattr(model, FAST_DECODE_ATTRIBUTE, False, raising=False)
    ref_text, ref_stats = generate_text(model, tokenizer, "Bonjour, écris un titre",
                                        max_new_tokens=24, temperature=0)
    assert calls == ["generate"]
    assert fast_text == ref_text and fast_text.strip()
    assert fast_stats.generated_tokens == ref_stats.generated_tokens == 24
    assert fast_stats.stop_reason == ref_stats.stop_reason == "length"
    assert fast_stats.time_to_first_token_s is not None and fast_stats.tokens_per_s


@pytest.mark.parametrize("overrides,reason", [
    ({"use_sliding_window": True, "sliding_window": 16}, "sliding window"),
    ({"hidden_act": "gelu"}, "activation"),
], ids=["sliding-window", "gelu"])
def test_models_the_loop_does_not_reproduce_use_generate(overrides: dict, reason: str) -> None:
    model = _qwen(**overrides)
    assert fastdecode.unsupported_reason(model) == reason
    assert fastdecode.decoder_for(model) is None


def test_generation_settings_the_loop_does_not_apply_use_generate() -> None:
    model = _qwen()
    model.generation_config.no_repeat_ngram_size = 3
    assert fastdecode.sampling_for(model, temperature=0, top_p=1.0) is None
    model.generation_config.no_repeat_ngram_size = 0
    assert fastdecode.sampling_for(model, temperature=0, top_p=1.0) is not None


def test_a_bfloat16_model_uses_generate() -> None:
    import torch

    model = _qwen().to(torch.bfloat16)
    assert fastdecode.unsupported_reason(model) == "dtype"


def test_a_model_quantized_after_it_generated_decodes_with_its_int8_weights() -> None:
    """The bench measures float32, then quantizes the same model: the fused float layers must
    not survive the quantization (its int8 tokens are those of a model quantized at once)."""
    def run() -> tuple[list[int], list[int], list[int]]:
        model = _qwen()
        fresh = copy.deepcopy(model)
        float_tokens = _greedy_fast(model, PROMPT, 30)  # fuses, in float32
        quantize_int8_(model)
        quantize_int8_(fresh)
        return float_tokens, _greedy_reference(fresh, PROMPT, 30), _greedy_fast(model, PROMPT,
                                                                                  30)

    _float_tokens, reference, after = _in_thread(run)
    assert after == reference

"""The bench's GGUF writer (benchmarks/peers.py): llama.cpp must run the SAME model as the app
for the drafting comparison to be fair.

A tiny Qwen2 (hidden 64, 2 layers, vocabulary 256) with random weights is written to GGUF and
read back with gguf's own reader: llama.cpp's tensor names and shapes, Q8_0 for the matrices,
F32 for norms and biases, values close to the torch weights. Where llama-cpp-python is
installed (the bench extra), llama.cpp loads the float32 file and writes the same greedy
tokens as the transformers model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

gguf = pytest.importorskip("gguf")

from benchmarks.peers import LlamaCpp, write_qwen2_gguf  # noqa: E402

LAYERS = 2
HIDDEN = 64
KV_DIM = 32  # 2 key/value heads of 16
FFN = 128
VOCAB = 256


def tiny_qwen2() -> Any:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    config = Qwen2Config(
        vocab_size=VOCAB, hidden_size=HIDDEN, intermediate_size=FFN, num_hidden_layers=LAYERS,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
        rope_theta=1_000_000.0, rms_norm_eps=1e-6, tie_word_embeddings=True,
        use_sliding_window=False, attention_dropout=0.0,
    )
    model = Qwen2ForCausalLM(config)
    generator = torch.Generator().manual_seed(3)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.normal_(1.0, 0.1, generator=generator)
            else:
                # wide enough that the top token stands clear of the next (not near-ties)
                p.normal_(0.0, 0.2, generator=generator)
    return model.eval()


def expected_shapes() -> dict[str, tuple[int, ...]]:
    """llama.cpp's names, with shapes as numpy reads them (rows, columns)."""
    shapes: dict[str, tuple[int, ...]] = {
        "token_embd.weight": (VOCAB, HIDDEN), "output_norm.weight": (HIDDEN,)}
    for i in range(LAYERS):
        shapes |= {
            f"blk.{i}.attn_norm.weight": (HIDDEN,), f"blk.{i}.ffn_norm.weight": (HIDDEN,),
            f"blk.{i}.attn_q.weight": (HIDDEN, HIDDEN), f"blk.{i}.attn_q.bias": (HIDDEN,),
            f"blk.{i}.attn_k.weight": (KV_DIM, HIDDEN), f"blk.{i}.attn_k.bias": (KV_DIM,),
            f"blk.{i}.attn_v.weight": (KV_DIM, HIDDEN), f"blk.{i}.attn_v.bias": (KV_DIM,),
            f"blk.{i}.attn_output.weight": (HIDDEN, HIDDEN),
            f"blk.{i}.ffn_gate.weight": (FFN, HIDDEN), f"blk.{i}.ffn_up.weight": (FFN, HIDDEN),
            f"blk.{i}.ffn_down.weight": (HIDDEN, FFN),
        }
    return shapes


def torch_weights(model: Any) -> dict[str, Any]:
    """The torch weights under llama.cpp's names (the output layer is the tied embedding)."""
    names = {"model.embed_tokens.weight": "token_embd.weight",
             "model.norm.weight": "output_norm.weight"}
    parts = {"self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k",
             "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
             "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down",
             "input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm"}
    out = {}
    for key, tensor in model.state_dict().items():
        if key == "lm_head.weight":
            continue
        if key in names:
            out[names[key]] = tensor.numpy()
            continue
        _, _, i, *rest = key.split(".")
        part, kind = ".".join(rest[:-1]), rest[-1]
        out[f"blk.{i}.{parts[part]}.{kind}"] = tensor.numpy()
    return out


def field_value(reader: Any, key: str) -> Any:
    return reader.fields[key].contents()


def test_the_gguf_holds_the_torch_weights_under_llama_cpp_names(tmp_path: Path) -> None:
    import numpy as np

    model = tiny_qwen2()
    path = write_qwen2_gguf(model, tmp_path / "tiny.gguf", "Q8_0")
    reader = gguf.GGUFReader(path)

    assert field_value(reader, "general.architecture") == "qwen2"
    assert field_value(reader, "qwen2.block_count") == LAYERS
    assert field_value(reader, "qwen2.embedding_length") == HIDDEN
    assert field_value(reader, "qwen2.feed_forward_length") == FFN
    assert field_value(reader, "qwen2.attention.head_count") == 4
    assert field_value(reader, "qwen2.attention.head_count_kv") == 2
    assert field_value(reader, "qwen2.vocab_size") == VOCAB
    assert field_value(reader, "qwen2.rope.freq_base") == pytest.approx(1_000_000.0)
    assert field_value(reader, "tokenizer.ggml.model") == "none"

    tensors = {t.name: t for t in reader.tensors}
    shapes = expected_shapes()
    assert set(tensors) == set(shapes)  # no output.weight: llama.cpp uses token_embd
    weights = torch_weights(model)
    for name, tensor in tensors.items():
        matrix = len(shapes[name]) == 2
        kind = gguf.GGMLQuantizationType.Q8_0 if matrix else gguf.GGMLQuantizationType.F32
        assert tensor.tensor_type == kind, name
        values = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        assert values.shape == shapes[name], name
        expected = weights[name]
        if matrix:  # Q8_0: 32 values share one step, max |w| / 127 (stored as float16);
            # rounding costs half a step, the float16 step a little more
            steps = np.abs(expected).reshape(-1, 32).max(axis=1) / 127
            error = np.abs(values - expected).reshape(-1, 32).max(axis=1)
            assert (error <= steps * 0.6).all(), name
        else:
            assert np.array_equal(values, expected), name


def test_a_model_that_generated_is_written_with_its_own_layers(tmp_path: Path) -> None:
    """The bench writes the GGUF after the model decoded in float32, when the app's loop had
    fused its q/k/v and gate/up layers (llama.cpp then refused the file)."""
    from assistants import fastdecode
    from assistants.loading import run_in_fresh_thread

    model = tiny_qwen2()
    fresh = write_qwen2_gguf(model, tmp_path / "fresh.gguf", "F32")
    run_in_fresh_thread(fastdecode.decoder_for, model)
    after = write_qwen2_gguf(model, tmp_path / "after.gguf", "F32")
    before_tensors = {t.name: t.data.tobytes() for t in gguf.GGUFReader(fresh).tensors}
    after_tensors = {t.name: t.data.tobytes() for t in gguf.GGUFReader(after).tensors}
    assert after_tensors == before_tensors


def test_q4_0_matrices_are_q4_0(tmp_path: Path) -> None:
    reader = gguf.GGUFReader(write_qwen2_gguf(tiny_qwen2(), tmp_path / "q4.gguf", "Q4_0"))
    kinds = {t.name: t.tensor_type for t in reader.tensors}
    assert kinds["blk.1.ffn_down.weight"] == gguf.GGMLQuantizationType.Q4_0
    assert kinds["token_embd.weight"] == gguf.GGMLQuantizationType.Q4_0
    assert kinds["blk.1.attn_q.bias"] == gguf.GGMLQuantizationType.F32


def hf_greedy(model: Any, prompt: list[int], steps: int) -> tuple[list[int], Any]:
    """Greedy tokens (a full forward per step: nothing to share with llama.cpp), and the
    logits of the prompt's last position."""
    import torch

    ids = list(prompt)
    first = None
    with torch.inference_mode():
        for _ in range(steps):
            logits = model(input_ids=torch.tensor([ids])).logits[0, -1]
            if first is None:
                first = logits.numpy().copy()
            ids.append(int(logits.argmax()))
    return ids[len(prompt):], first


def test_llama_cpp_writes_the_same_greedy_tokens_as_transformers(tmp_path: Path) -> None:
    """The GGUF is the same model: llama.cpp (float32 weights and cache) gives the prompt's
    last logits and the next greedy tokens that transformers gives."""
    pytest.importorskip("llama_cpp")
    import numpy as np

    model = tiny_qwen2()
    prompt = [5, 17, 42, 99, 3, 250, 128, 64, 7, 200]
    expected, logits = hf_greedy(model, prompt, 8)
    assert len(set(expected)) > 1  # the weights are wide enough to write something

    engine = LlamaCpp(write_qwen2_gguf(model, tmp_path / "f32.gguf", "F32"), threads=1,
                      n_ctx=64, n_batch=32, f32_cache=True)
    try:
        assert np.allclose(engine.logits(prompt), logits, atol=1e-3 * np.abs(logits).max())
        assert engine.generate(prompt, 8).tokens == expected
    finally:
        engine.close()

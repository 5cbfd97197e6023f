"""Folder validation (refusals named) and safe loading of the tiny models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from assistants import kernels, resources
from assistants.errors import ModelRefused
from assistants.generation import stream_generate
from assistants.loading import load_model, pick_device, resolve_dtype, validate_model_dir


def test_valid_causal_folder(tiny_causal_dir: Path, loaded_causal: Any) -> None:
    folder = validate_model_dir(tiny_causal_dir)
    assert folder.kind == "causal-lm"
    assert folder.model_type == "llama"
    assert folder.has_chat_template
    assert [p.name for p in folder.weight_files] == ["model.safetensors"]
    # tied embeddings are stored once: the header count matches the model's own count
    assert folder.parameters == sum(p.numel() for p in loaded_causal.model.parameters())
    assert folder.weight_bytes == 4 * folder.parameters
    assert folder.ram_bytes("float32") > folder.weight_bytes


def test_valid_seq2seq_folder(tiny_seq2seq_dir: Path) -> None:
    folder = validate_model_dir(tiny_seq2seq_dir)
    assert folder.kind == "seq2seq"
    assert folder.model_type == "marian"
    assert not folder.has_chat_template


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelRefused, match="not a folder"):
        validate_model_dir(tmp_path / "nothing-here")


def test_missing_config_is_named(causal_copy: Path) -> None:
    (causal_copy / "config.json").unlink()
    with pytest.raises(ModelRefused, match=r"config\.json") as info:
        validate_model_dir(causal_copy)
    assert "tokenizer" not in info.value.message


def test_missing_tokenizer_is_named(causal_copy: Path) -> None:
    (causal_copy / "tokenizer.json").unlink()
    (causal_copy / "tokenizer_config.json").unlink()
    with pytest.raises(ModelRefused, match="tokenizer is missing"):
        validate_model_dir(causal_copy)


def test_missing_weights_are_named(causal_copy: Path) -> None:
    (causal_copy / "model.safetensors").unlink()
    with pytest.raises(ModelRefused, match=r"weights \(\*\.safetensors\) are missing"):
        validate_model_dir(causal_copy)


def test_everything_missing_is_named_at_once(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelRefused) as info:
        validate_model_dir(tmp_path / "empty")
    for word in ("config.json", "tokenizer", "weights"):
        assert word in info.value.message


def test_pickle_only_folder_is_refused(pickle_only_dir: Path) -> None:
    assert (pickle_only_dir / "pytorch_model.bin").is_file()
    with pytest.raises(ModelRefused) as info:
        validate_model_dir(pickle_only_dir)
    message = info.value.message
    assert "safetensors" in message
    assert "pickle" in message
    assert "run any code" in message
    assert "pytorch_model.bin" in message
    with pytest.raises(ModelRefused, match="safetensors"):
        load_model(pickle_only_dir)


def test_incomplete_sharded_download_is_refused(causal_copy: Path) -> None:
    index = {"metadata": {}, "weight_map": {"a": "model.safetensors",
                                            "b": "model-00002-of-00002.safetensors"}}
    (causal_copy / "model.safetensors.index.json").write_text(json.dumps(index))
    with pytest.raises(ModelRefused, match="incomplete"):
        validate_model_dir(causal_copy)


def test_non_text_architecture_is_refused(causal_copy: Path) -> None:
    # (BertModel was the example here until issue 18: a plain encoder is now an embedding model)
    config = json.loads((causal_copy / "config.json").read_text())
    config.update(architectures=["ViTForImageClassification"], model_type="vit")
    (causal_copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelRefused, match="ViTForImageClassification"):
        validate_model_dir(causal_copy)


def test_unknown_architecture_is_refused_at_load(causal_copy: Path) -> None:
    config = json.loads((causal_copy / "config.json").read_text())
    config.update(architectures=["MadeUpForCausalLM"], model_type="made-up",
                  auto_map={"AutoModelForCausalLM": "modeling_made_up.MadeUpForCausalLM"})
    (causal_copy / "config.json").write_text(json.dumps(config))
    folder = validate_model_dir(causal_copy)
    with pytest.raises(ModelRefused):
        load_model(folder, device="cpu", check_memory=False)


def test_memory_guard_refuses_before_loading(
    tiny_causal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "available_memory", lambda: 1_000_000)
    with pytest.raises(ModelRefused, match=r"needs .* of memory, 1 MB available"):
        load_model(tiny_causal_dir, device="cpu")


def test_loaded_model(loaded_causal: Any) -> None:
    assert loaded_causal.device == "cpu"
    assert loaded_causal.dtype == "float32"
    assert not loaded_causal.quantized
    assert not loaded_causal.model.training
    assert loaded_causal.kind == "causal-lm"


def test_device_and_dtype_choice() -> None:
    assert pick_device() in ("cuda", "mps", "cpu")
    assert resolve_dtype("auto", "cpu") == "float32"
    assert resolve_dtype("auto", "mps") == "float16"
    assert resolve_dtype("bfloat16", "cpu") == "bfloat16"
    with pytest.raises(ValueError, match="dtype"):
        resolve_dtype("float8", "cpu")


def test_int8_quantized_model_still_generates(tiny_causal_dir: Path) -> None:
    import torch

    threads = torch.get_num_threads()
    loaded = load_model(tiny_causal_dir, device="cpu", quantize_int8=True, threads=1,
                        check_memory=False)
    try:
        assert torch.get_num_threads() == 1
        assert loaded.quantized and loaded.dtype == "int8"
        modules = list(loaded.model.modules())
        assert not [m for m in modules if type(m) is torch.nn.Linear]
        quantized = [m for m in modules
                     if type(m).__module__.startswith("torch.ao.nn.quantized.dynamic")]
        assert len(quantized) == 2 * 7 + 1  # q, k, v, o, gate, up, down per layer + lm_head
        stream = stream_generate(loaded.model, loaded.tokenizer, "Bonjour", max_new_tokens=12,
                                 temperature=0, timeout_s=30)
        text = "".join(stream)
        assert text.strip()
        assert stream.stats.generated_tokens == 12
    finally:
        loaded.close()
        torch.set_num_threads(threads)
    assert loaded.model is None


@pytest.mark.skipif(not kernels.cpu_supported() or kernels.compiler() is None,
                    reason="4-bit weights need Atelier's kernel (AVX-512 VNNI, a C compiler)")
def test_four_bit_model_still_generates(tiny_causal_dir: Path) -> None:
    import torch

    from assistants.loading import _int4_linear_class

    loaded = load_model(tiny_causal_dir, device="cpu", quantize_int4=True, check_memory=False)
    try:
        assert loaded.quantized and loaded.dtype == "int4" and loaded.notes == []
        modules = list(loaded.model.modules())
        assert not [m for m in modules if type(m) is torch.nn.Linear]
        assert len([m for m in modules if isinstance(m, _int4_linear_class())]) == 2 * 7 + 1
        stream = stream_generate(loaded.model, loaded.tokenizer, "Bonjour", max_new_tokens=12,
                                 temperature=0, timeout_s=30)
        assert "".join(stream).strip() and stream.stats.generated_tokens == 12
    finally:
        loaded.close()


def test_four_bits_without_the_kernel_load_int8_and_say_so(
        tiny_causal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kernels.ENVIRONMENT, "off")
    loaded = load_model(tiny_causal_dir, device="cpu", quantize_int4=True, check_memory=False)
    try:
        assert loaded.dtype == "int8"
        assert any("4-bit weights need Atelier's kernel" in note and "running int8" in note
                   for note in loaded.notes)
    finally:
        loaded.close()


def test_loaded_folder_files_untouched(tiny_causal_dir: Path, tmp_path: Path) -> None:
    # loading is read-only: it writes nothing into the model folder
    before = sorted(p.name for p in tiny_causal_dir.iterdir())
    shutil.copytree(tiny_causal_dir, tmp_path / "m")
    loaded = load_model(tmp_path / "m", device="cpu", check_memory=False)
    loaded.close()
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == before

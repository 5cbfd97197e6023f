"""Atelier's int8 kernel (assistants.kernels) computes what torch's dynamic int8 Linear computes,
the decode loop uses it where it is built (and drops torch's copy of the weights), and where it
cannot be used the app says why and keeps torch's products."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

import pytest

from assistants import fastdecode, kernels
from assistants.loading import quantize_int8_
from assistants.loading import run_in_fresh_thread as _in_thread
from tests.unit.assistants.test_fastdecode import PROMPT, _greedy_fast, _greedy_reference, _qwen

needs_kernel = pytest.mark.skipif(
    not kernels.cpu_supported() or kernels.compiler() is None,
    reason="Atelier's int8 kernel needs AVX-512 VNNI and a C compiler")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> object:
    """The kernel built from the source into a temporary folder (what `make setup` does)."""
    if not kernels.cpu_supported() or kernels.compiler() is None:
        pytest.skip("Atelier's int8 kernel needs AVX-512 VNNI and a C compiler")
    build_dir = tmp_path_factory.mktemp("kernel")
    kernels.build(build_dir)
    loaded = kernels.load(build_dir)
    assert loaded is not None, kernels.status(build_dir).reason
    return loaded


def _torch_layer(n: int, k: int, bias: bool, seed: int) -> tuple[object, object, object, object]:
    """(torch's packed int8 weights, int8 rows, per-row scales, bias) of a random layer."""
    import torch

    generator = torch.Generator().manual_seed(seed)
    w = torch.randn(n, k, generator=generator) * 0.05
    scales = w.abs().amax(1) / 127
    rows = torch.round(w / scales[:, None]).clamp(-127, 127).to(torch.int8)
    b = torch.randn(n, generator=generator) if bias else None
    with warnings.catch_warnings():  # torch's int8 tensors are deprecated, still here in 2.13
        warnings.filterwarnings("ignore", message=r"torch\.quantize_per_tensor",
                                category=UserWarning)
        weight = torch._make_per_channel_quantized_tensor(
            rows, scales.double(), torch.zeros(n, dtype=torch.long), 0)
    return torch.ops.quantized.linear_prepack(weight, b), rows, scales, b


SHAPES = [(1, 37, 13), (1, 64, 64), (3, 100, 130), (4, 256, 96), (7, 250, 64), (33, 48, 200)]


@pytest.mark.parametrize("reduce_range", [False, True], ids=["8-bit", "7-bit"])
@pytest.mark.parametrize("bias", [True, False], ids=["bias", "no-bias"])
@pytest.mark.parametrize("m,n,k", SHAPES)
def test_the_kernel_gives_torchs_int8_products(library: object, m: int, n: int, k: int,
                                               bias: bool, reduce_range: bool) -> None:
    """Same activation scale and zero point, exact int32 sums: the same floats (sizes that are
    not multiples of the kernel's 16 rows and 4 inputs included)."""
    import torch

    def run() -> tuple[object, object]:
        packed, rows, scales, b = _torch_layer(n, k, bias, seed=m * 1000 + n + k)
        x = torch.randn(m, k, generator=torch.Generator().manual_seed(k)) * 3
        expected = torch.ops.quantized.linear_dynamic(x, packed, reduce_range)
        mine = kernels.PackedInt8(library, rows, scales, b, reduce_range)
        return expected, mine(x)

    expected, got = _in_thread(run)
    assert got.shape == expected.shape
    assert torch.allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_norm_and_residual_are_applied_in_the_kernel(library: object) -> None:
    """``norm``: the product of the RMS-normalized input; ``into``: added to a tensor in place
    (what the decode loop does with a layer's residual stream)."""
    import torch
    import torch.nn.functional as F

    def run() -> tuple[object, ...]:
        packed, rows, scales, b = _torch_layer(96, 64, True, seed=3)
        x = torch.randn(5, 64, generator=torch.Generator().manual_seed(1)) * 4
        weight = torch.rand(64, generator=torch.Generator().manual_seed(2)) + 0.5
        mine = kernels.PackedInt8(library, rows, scales, b, False)
        expected = torch.ops.quantized.linear_dynamic(F.rms_norm(x, (64,), weight, 1e-6),
                                                      packed, False)
        normed = mine(x, norm=weight, eps=1e-6)
        residual = torch.randn(5, 96)
        before = residual.clone()
        returned = mine(x, norm=weight, eps=1e-6, into=residual)
        return expected, normed, residual, before, returned

    expected, normed, residual, before, returned = _in_thread(run)
    # the normalized input is rounded a little differently from torch's: a few activations may
    # land one quantization step away, not more
    assert torch.allclose(normed, expected, atol=0.02 * float(expected.abs().max()))
    assert returned is residual
    assert torch.allclose(residual, before + normed, atol=1e-5)


def test_the_kernel_refuses_an_input_of_the_wrong_size(library: object) -> None:
    import torch

    _packed, rows, scales, b = _torch_layer(32, 16, False, seed=1)
    mine = kernels.PackedInt8(library, rows, scales, b, False)
    with pytest.raises(ValueError, match="expected 16 inputs"):
        mine(torch.zeros(1, 17))
    with pytest.raises(ValueError, match="contiguous float32"):
        mine(torch.zeros(2, 16), into=torch.zeros(1, 32))
    assert mine(torch.zeros(0, 16)).shape == (0, 32)


@pytest.mark.parametrize("size", [1, 15, 16, 17, 300, 151936])
def test_argmax_is_torchs(library: object, size: int) -> None:
    import torch

    values = torch.randn(size, generator=torch.Generator().manual_seed(size))
    assert kernels.argmax(library, values) == int(torch.argmax(values))
    values[size // 3] = values[size - 1] = float(values.max()) + 1  # a tie: the first one
    assert kernels.argmax(library, values) == size // 3 == int(torch.argmax(values))
    values[:] = float("-inf")
    assert kernels.argmax(library, values) == 0 == int(torch.argmax(values))
    if size > 2:
        values[size // 2] = float("nan")  # torch's argmax points at a NaN
        assert kernels.argmax(library, values) == size // 2 == int(torch.argmax(values))


def test_a_build_is_reused_and_an_edited_source_gets_a_new_one(library: object,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    first = kernels.build(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert kernels.build(tmp_path) == first and first.stat().st_mtime_ns == stamp
    edited = tmp_path / "edited.c"
    edited.write_text(kernels.SOURCE.read_text() + "\n/* edited */\n")
    monkeypatch.setattr(kernels, "SOURCE", edited)
    second = kernels.build(tmp_path)
    assert second != first and second.exists()
    assert not first.exists()  # the stale build is removed
    assert [p.name for p in tmp_path.glob("*.partial")] == []


def test_why_the_kernel_is_not_used_is_said(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kernels.ENVIRONMENT, "off")
    assert "ATELIER_INT8_KERNEL=off" in kernels.status(tmp_path).reason
    assert kernels.load(tmp_path) is None
    monkeypatch.delenv(kernels.ENVIRONMENT)
    monkeypatch.setattr(kernels, "cpu_supported", lambda: False)
    assert "no AVX-512 VNNI" in kernels.status(tmp_path).reason
    monkeypatch.setattr(kernels, "cpu_supported", lambda: True)
    assert "not built" in kernels.status(tmp_path).reason  # an empty folder


def test_a_missing_compiler_is_said_and_the_build_command_still_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(kernels, "compiler", lambda: None)
    monkeypatch.setattr(kernels, "cpu_supported", lambda: True)
    monkeypatch.setattr(kernels, "BUILD_DIR", tmp_path)
    with pytest.raises(kernels.KernelBuildError, match="no C compiler"):
        kernels.build(tmp_path)
    assert kernels.main(["build"]) == 0  # `make setup` goes on: the app runs without it
    assert "not built (no C compiler" in capsys.readouterr().out


def test_cpu_flags_decide(tmp_path: Path) -> None:
    flags = tmp_path / "cpuinfo"
    flags.write_text("flags\t\t: fpu avx2 avx512f avx512bw avx512vl avx512dq\n")
    assert not kernels.cpu_supported(str(flags))
    flags.write_text("flags\t\t: fpu avx2 avx512f avx512bw avx512vl avx512dq avx512_vnni\n")
    assert kernels.cpu_supported(str(flags))


@needs_kernel
@pytest.mark.parametrize("kernel", [True, False], ids=["kernel", "torch"])
def test_the_int8_loop_writes_the_reference_paths_tokens(kernel: bool,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """The reference path (``generate`` on torch's int8 layers, --reference-decoding) and the
    app's loop on the kernel, or on torch's products where the kernel is off, agree."""
    if not kernels.status().available:
        pytest.fail(f"make setup builds the kernel here: {kernels.status().reason}")
    if not kernel:
        monkeypatch.setenv(kernels.ENVIRONMENT, "off")

    def run() -> tuple[list[int], list[int], bool, list[str]]:
        model = _qwen()
        quantize_int8_(model)
        reference = _greedy_reference(copy.deepcopy(model), PROMPT, 40)
        fast = _greedy_fast(model, PROMPT, 40)
        decoder = fastdecode.decoder_for(model)
        # where the kernel holds the weights, torch's int8 layers are gone from the model
        torch_layers = [name for name, module in model.named_modules()
                        if getattr(module, "_packed_params", None) is not None]
        return reference, fast, decoder.lm_head.on_kernel, torch_layers

    reference, fast, on_kernel, torch_layers = _in_thread(run)
    assert len(set(reference)) > 10
    assert fast == reference
    assert on_kernel is kernel
    assert (torch_layers == []) is kernel


@pytest.mark.parametrize("rows,heads,dim,length", [(1, 1, 16, 1), (3, 2, 16, 7), (32, 8, 64, 30),
                                                   (5, 4, 64, 100)])
def test_one_query_attention_is_torchs(library: object, rows: int, heads: int, dim: int,
                                       length: int) -> None:
    """The translation loop's attention (a query per row against the cache or the source):
    softmax and weighted values as torch computes them, a mask honoured, a fully masked row
    giving zeros; q read through a row stride (a view of the fused q/k/v output)."""
    import torch

    from assistants.marian_decode import _attend

    g = torch.Generator().manual_seed(rows * 100 + length)
    qkv = torch.randn(rows, 3, heads, dim, generator=g) * 2
    q = qkv[:, 0]  # rows apart by 3 x heads x dim: not contiguous
    capacity = length + 3
    keys = torch.randn(rows, heads, capacity, dim, generator=g) * 2
    values = torch.randn(rows, heads, capacity, dim, generator=g)
    mask = torch.rand(rows, length, generator=g) > 0.3
    mask[:, 0] = True
    if rows > 2:
        mask[1] = False  # a row with nothing to attend to
    for m in (None, mask):
        got = kernels.attend_one(library, q, keys, values, length, m, dim ** -0.5)
        expected = _attend(q.unsqueeze(2), keys[:, :, :length], values[:, :, :length],
                           m[:, None, None, :] if m is not None else None, dim ** -0.5)
        expected = expected.transpose(1, 2).reshape(rows, heads * dim)
        if m is not None and rows > 2:
            assert torch.equal(got[1], torch.zeros(heads * dim))
            expected[1] = 0  # torch gives NaN there; the loop never reads such a row
        assert torch.allclose(got, expected, atol=1e-5, rtol=1e-4)


def test_one_query_attention_refuses_what_it_does_not_compute(library: object) -> None:
    import torch

    q, keys = torch.zeros(2, 2, 8), torch.zeros(2, 2, 4, 8)
    with pytest.raises(ValueError, match="unexpected shapes"):
        kernels.attend_one(library, q, keys, keys, 4, None, 1.0)  # head dimension 8
    q, keys = torch.zeros(2, 2, 16), torch.zeros(2, 2, 4, 16)
    with pytest.raises(ValueError, match="unexpected shapes"):
        kernels.attend_one(library, q, keys, keys, 5, None, 1.0)  # past the capacity


def test_argmax_of_each_row_is_torchs(library: object) -> None:
    import torch

    scores = torch.randn(33, 5000, generator=torch.Generator().manual_seed(4))
    scores[3, 17] = scores[3, 4000] = 99.0
    got = kernels.argmax_rows(library, scores)
    assert got.dtype == torch.long and got.tolist() == scores.argmax(-1).tolist()


@needs_kernel
def test_the_translation_decoder_runs_on_the_kernel_and_beam_search_still_agrees(
        loaded_seq2seq: object) -> None:
    """Greedy pre-translation moves the int8 decoder onto the kernel (torch's copies of its
    weights dropped); beam search, which goes through ``generate`` and the same modules, writes
    what it wrote before."""
    import torch

    from assistants import marian_decode
    from tests.unit.assistants.conftest import SENTENCES

    if not kernels.status().available:
        pytest.fail(f"make setup builds the kernel here: {kernels.status().reason}")
    model = copy.deepcopy(loaded_seq2seq.model)
    quantize_int8_(model)
    enc = loaded_seq2seq.tokenizer(SENTENCES, return_tensors="pt", padding=True)
    with torch.inference_mode():
        before = model.generate(**enc, max_new_tokens=12, num_beams=4).tolist()
        marian_decode.greedy_generate(model, enc["input_ids"], enc["attention_mask"],
                                      max_new_tokens=12)
        after = model.generate(**enc, max_new_tokens=12, num_beams=4).tolist()
    decoder_torch = [name for name, module in model.model.decoder.named_modules()
                     if getattr(module, "_packed_params", None) is not None]
    encoder_torch = [name for name, module in model.model.encoder.named_modules()
                     if getattr(module, "_packed_params", None) is not None]
    assert decoder_torch == [] and getattr(model.lm_head, "_packed_params", None) is None
    assert encoder_torch  # many rows at once: torch's products, as fast there
    assert after == before


def test_a_damaged_library_is_not_loaded_and_the_reason_is_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library file that lies about itself (truncated, or another program) is refused:
    torch's products are used and the status names the problem."""
    monkeypatch.setattr(kernels, "cpu_supported", lambda: True)
    monkeypatch.delenv(kernels.ENVIRONMENT, raising=False)
    kernels.library_path(tmp_path).write_bytes(b"\x7fELF not really a library")
    status = kernels.status(tmp_path)
    assert not status.available and "did not load" in status.reason
    assert kernels.load(tmp_path) is None


# --- 4-bit weights ---------------------------------------------------------------------------


@pytest.mark.parametrize("m,n,k", [(1, 37, 40), (3, 100, 96), (6, 64, 64), (1, 300, 900)])
def test_four_bit_products_are_the_dequantized_weights_products(library: object, m: int,
                                                                n: int, k: int) -> None:
    """What the kernel computes is x @ (d * (q - 8)).T + b up to the 8-bit rounding of the
    activations (per row); the weights themselves are within half a step of the float ones."""
    import torch

    g = torch.Generator().manual_seed(m + n + k)
    w = torch.randn(n, k, generator=g) * 0.05
    b = torch.randn(n, generator=g)
    x = torch.randn(m, k, generator=g) * 2
    q, d = kernels.quantize_int4(w)
    assert q.shape == (n, (k + 31) // 32 * 32) and int(q.max()) <= 15
    dequantized = ((q.float() - 8).view(n, -1, 32) * d.float()[..., None]).view(n, -1)[:, :k]
    step = d.float().abs().repeat_interleave(32, 1)[:, :k]
    error = (dequantized - w).abs()
    assert bool((error <= step * 1.01 + 1e-6).all())  # d is rounded to float16
    assert float((error > step / 2 + 1e-6).float().mean()) < 0.05
    packed = kernels.PackedInt4(library, q, d, b, k)
    got = packed(x)
    expected = x @ dequantized.T + b
    # per row, the activations' rounding: half a step of max|x| / 127 on each input
    bound = (x.abs().amax(1, keepdim=True) / 254) * dequantized.abs().sum(1)[None, :] + 1e-4
    assert bool(((got - expected).abs() <= bound).all())
    h = torch.randn(m, n, generator=g)
    assert torch.allclose(packed(x, into=h.clone()), h + got, atol=1e-5)
    rows, scales = packed.unpack()
    assert torch.equal(rows, q) and torch.equal(scales, d)


def test_a_four_bit_model_copies_and_decodes_as_generate_does(library: object) -> None:
    """``quantize_int4_`` replaces every linear layer; the app's loop (which stacks q/k/v and
    gate/up into one 4-bit product each) writes what ``generate`` writes on the same model, and
    the model can be copied (the kernel is bound again in the copy)."""
    from assistants.loading import Int4Unavailable, quantize_int4_  # noqa: F401

    def run() -> tuple[list[int], list[int], list[str], bool]:
        model = _qwen()
        quantize_int4_(model)
        reference = _greedy_reference(copy.deepcopy(model), PROMPT, 40)
        fast = _greedy_fast(model, PROMPT, 40)
        import torch

        linear = [name for name, module in model.named_modules()
                  if isinstance(module, torch.nn.Linear)]
        return reference, fast, linear, fastdecode.decoder_for(model).layers[0].qkv.on_kernel

    reference, fast, linear, fused = _in_thread(run)
    assert linear == [] and fused
    assert len(set(reference)) > 10
    assert fast == reference


def test_four_bits_without_the_kernel_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistants.loading import Int4Unavailable, quantize_int4_

    monkeypatch.setenv(kernels.ENVIRONMENT, "off")
    model = _qwen()
    with pytest.raises(Int4Unavailable, match="ATELIER_INT8_KERNEL=off"):
        quantize_int4_(model)


@pytest.mark.parametrize("four_bits", [False, True], ids=["int8", "4-bit"])
def test_the_gated_activation_is_applied_in_the_kernel(library: object, four_bits: bool) -> None:
    """``glu``: the product of silu(gate) * up for rows holding gate and up side by side (a
    Llama MLP's down product), as torch computes it, up to the activations' rounding."""
    import torch
    import torch.nn.functional as F

    g = torch.Generator().manual_seed(9)
    w = torch.randn(48, 40, generator=g) * 0.1
    gate_up = torch.randn(3, 80, generator=g) * 3
    gate_up[0, :5] = torch.tensor([-100.0, -30.0, 0.0, 30.0, 100.0])  # the far ends of silu
    if four_bits:
        q, d = kernels.quantize_int4(w)
        packed = kernels.PackedInt4(library, q, d, None, 40)
    else:
        scales = w.abs().amax(1) / 127
        rows = torch.round(w / scales[:, None]).to(torch.int8)
        packed = kernels.PackedInt8(library, rows, scales, None, False)
    expected = packed(F.silu(gate_up[:, :40]) * gate_up[:, 40:])
    got = packed(gate_up, glu=True)
    assert torch.allclose(got, expected, atol=0.02 * float(expected.abs().max()))
    with pytest.raises(ValueError, match="expected 80 inputs"):
        packed(gate_up[:, :40], glu=True)


def test_grouped_query_attention_is_torchs(library: object) -> None:
    """Fewer key/value heads than query heads (Qwen2: 14 and 2): each key/value head serves
    its group of query heads, as torch's attention with ``enable_gqa``."""
    import torch
    import torch.nn.functional as F

    g = torch.Generator().manual_seed(5)
    q = torch.randn(1, 8, 32, generator=g)
    keys = torch.randn(1, 2, 20, 32, generator=g)
    values = torch.randn(1, 2, 20, 32, generator=g)
    got = kernels.attend_one(library, q, keys, values, 13, None, 32 ** -0.5)
    expected = F.scaled_dot_product_attention(
        q.view(1, 2, 4, 32), keys[:, :, :13], values[:, :, :13]).reshape(1, 8 * 32)
    assert torch.allclose(got, expected, atol=1e-5)
    with pytest.raises(ValueError, match="unexpected shapes"):
        kernels.attend_one(library, q, keys[:, :1].expand(1, 3, 20, 32).contiguous(),
                           values[:, :1].expand(1, 3, 20, 32).contiguous(), 13, None, 1.0)


@needs_kernel
@pytest.mark.parametrize("four_bits", [False, True], ids=["int8", "4-bit"])
def test_whole_decode_steps_in_the_kernel_library_write_the_same_tokens(
        four_bits: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where every product is on the kernel and heads are 16 wide, each step after the first
    runs through ``_KernelSteps`` (no torch operation between the calls); its tokens are those
    of the step through torch's small operations (``_forward``)."""
    from assistants.loading import quantize_int4_

    def run() -> list[int]:
        model = _qwen()
        (quantize_int4_ if four_bits else quantize_int8_)(model)
        return _greedy_fast(model, PROMPT, 30)

    monkeypatch.setattr(fastdecode, "KERNEL_STEPS", False)
    through_torch = _in_thread(run)
    monkeypatch.setattr(fastdecode, "KERNEL_STEPS", True)
    calls: list[int] = []
    real = fastdecode._KernelSteps.run

    def counted(self: object, token: int, position: int, cache: object) -> object:
        calls.append(position)
        return real(self, token, position, cache)

    monkeypatch.setattr(fastdecode._KernelSteps, "run", counted)
    assert _in_thread(run) == through_torch
    assert calls == list(range(len(PROMPT), len(PROMPT) + 29))

"""The app's own decode loop for Llama-family causal models (Qwen2, Llama, Mistral) on CPU.

``transformers``' ``generate`` costs about a third of a small model's decode step in Python:
per step it rebuilds masks and position tensors, runs a chain of logits processors and walks
some 170 module wrappers. This loop reads the same weights and does only what a step needs:

- the products that share an input are fused once, at the first generation: q, k and v in one
  product, gate and up in another (with int8 weights, the activation is quantized once instead of
  three or two times, and the row is one ``linear_dynamic`` call);
- rotary positions are one complex product: the rows of q and k are reordered within each head
  so that transformers' "rotate half" pairs (i, i + d/2) sit side by side. Attention scores are
  unchanged (q and k get the same order; v and the output are untouched);
- the KV cache is preallocated and grows by doubling; attention groups the query heads of each
  key/value head (grouped-query attention without copying the cache);
- greedy decoding is an argmax; sampling applies repetition penalty, temperature, top-k and
  top-p as ``generate`` does, from the same settings.

``decoder_for(model)`` returns the model's ``FastDecoder`` (built once and kept on the model) or
None when the model is outside what this loop reproduces exactly (another architecture, sliding
windows, a rotary scaling that depends on the length, generation settings it does not apply):
the caller then uses ``generate``. The fused weights replace the originals: the model's own
``q_proj``, ``k_proj``… become slices of the fused products, so ``generate`` and a forward pass
still work (and memory is not doubled).

Prompt reading (prefill) runs through the same fused products with a causal mask. Everything
runs in the calling thread: the model thread.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SUPPORTED_TYPES = frozenset({"qwen2", "llama", "mistral"})
# rotary scalings whose frequencies do not depend on the sequence length
STATIC_ROPE = frozenset({"default", "linear", "llama3"})
# generation settings the loop applies; any other that differs from its default means `generate`
_APPLIED = {"repetition_penalty", "top_k", "top_p", "temperature", "do_sample", "eos_token_id",
            "pad_token_id", "bos_token_id", "max_new_tokens", "max_length", "suppress_tokens"}
_ATTRIBUTE = "_atelier_fast_decoder"
# read by beam search only (the loop is used with one beam), or a cache setting the loop has
_BEAM_ONLY = frozenset({"length_penalty", "early_stopping", "use_cache"})
FIRST_CAPACITY = 512  # positions of the KV cache allocated after the prompt; then doubled
KERNEL_STEPS = True  # whole decode steps in the kernel library where it serves (_KernelSteps)


def unsupported_reason(model: Any) -> str | None:
    """Why the fast loop cannot run ``model`` (None when it can)."""
    config = getattr(model, "config", None)
    if config is None or getattr(config, "model_type", None) not in SUPPORTED_TYPES:
        return "architecture"
    if getattr(model, "device", None) is not None and model.device.type != "cpu":
        return "device"
    dtype = getattr(model, "dtype", None)
    if dtype is not None and str(dtype) != "torch.float32":
        return "dtype"  # rotary positions are complex64 products: float32 (and int8) only
    if getattr(config, "hidden_act", "silu") != "silu":
        return "activation"
    if getattr(config, "sliding_window", None) and (
            getattr(config, "use_sliding_window", True) or config.model_type == "mistral"):
        return "sliding window"
    layer_types = getattr(config, "layer_types", None)
    if layer_types and any(t != "full_attention" for t in layer_types):
        return "sliding window"
    if getattr(config, "mlp_bias", False):
        return "mlp bias"
    inner = getattr(model, "model", None)
    rotary = getattr(inner, "rotary_emb", None)
    if rotary is None or getattr(rotary, "rope_type", "default") not in STATIC_ROPE:
        return "rotary scaling"
    for layer in getattr(inner, "layers", ()):
        attention = layer.self_attn
        if hasattr(attention, "q_norm") or not hasattr(attention, "q_proj"):
            return "attention"
    return None


# --------------------------------------------------------------------------- fused products


def _parts(module: Any) -> tuple[Any, Any, Any, Any | None]:
    """(int8 rows, per-row scales, per-row zero points, bias) of an int8 dynamic Linear, or
    (float weight, None, None, bias) of an nn.Linear."""
    import torch

    if isinstance(module, torch.nn.Linear):
        bias = module.bias.detach() if module.bias is not None else None
        return module.weight.detach(), None, None, bias
    packed = getattr(module, "_packed_params", None)
    if packed is None or packed.dtype != torch.qint8:
        raise TypeError(f"not a linear layer this loop knows: {type(module).__name__}")
    weight, bias = packed._weight_bias()
    if weight.qscheme() not in (torch.per_channel_affine, torch.per_channel_symmetric):
        scales = torch.full((weight.shape[0],), weight.q_scale(), dtype=torch.float64)
        zeros = torch.full((weight.shape[0],), weight.q_zero_point(), dtype=torch.long)
    else:
        scales = weight.q_per_channel_scales()
        zeros = weight.q_per_channel_zero_points()
    return weight.int_repr(), scales, zeros, bias


class Product:
    """``x @ W.T + b`` for the rows of one or more linear layers stacked, optionally reordered;
    int8 (activations quantized per call as ``quantize_dynamic``'s layers do) or float.

    int8 products run on Atelier's kernel (``assistants.kernels``) where it is built and the
    processor has AVX-512 VNNI: the rows are then copied into its layout (the caller replaces the
    source modules, so the weights are not held twice). Elsewhere they run on torch's (fbgemm)."""

    def __init__(self, modules: list[Any], orders: list[Any | None] | None = None) -> None:
        import torch

        from assistants import kernels

        orders = orders or [None] * len(modules)
        self._linear_dynamic = torch.ops.quantized.linear_dynamic
        self._linear = torch.nn.functional.linear
        self._kernel: kernels.PackedInt8 | kernels.PackedInt4 | None = None
        packs = [getattr(m, "packed", None) for m in modules]
        if all(isinstance(p, kernels.PackedInt4) for p in packs):
            self._four_bits(packs, orders)
            return
        # torch's int8 layers from version 4 quantize activations on 7 bits; earlier on 8
        # (assistants.loading.full_range_int8 picks 8 where the processor allows it)
        version = getattr(modules[0], "version", None)
        self.reduce_range = version is None or version >= 4
        packed = getattr(modules[0], "_packed_params", None)
        kernel = kernels.load() if packed is not None else None
        if kernel is None and len(modules) == 1 and orders[0] is None and packed is not None \
                and packed.dtype == torch.qint8:
            # one int8 layer as it is: its packed weights serve (no copy)
            self.sizes = [int(modules[0].out_features)]
            self.int8, self.out_features, self.has_bias = True, self.sizes[0], True
            self._packed, self.weight, self.bias = packed._packed_params, None, None
            return
        rows, scales, zeros, biases = [], [], [], []
        self.sizes: list[int] = []
        int8 = None
        for module, order in zip(modules, orders, strict=True):
            w, s, z, b = _parts(module)
            if int8 is None:
                int8 = s is not None
            elif int8 != (s is not None):
                raise TypeError("a fused product mixes int8 and float layers")
            if b is None:
                b = torch.zeros(w.shape[0], dtype=torch.float32)
            if order is not None:
                w, b = w[order], b[order]
                if s is not None:
                    s, z = s[order], z[order]
            rows.append(w)
            scales.append(s)
            zeros.append(z)
            biases.append(b.float())
            self.sizes.append(int(w.shape[0]))
        self.int8 = bool(int8)
        self.out_features = sum(self.sizes)
        bias = torch.cat(biases)
        self.has_bias = bool(bias.abs().max() > 0)
        self.weight = None
        self.bias = None
        self._packed = None
        if self.int8:
            all_rows = torch.cat(rows).contiguous()
            all_zeros = torch.cat(zeros)
            if kernel is not None and not bool(all_zeros.any()):
                self._kernel = kernels.PackedInt8(
                    kernel, all_rows, torch.cat(scales), bias if self.has_bias else None,
                    self.reduce_range)
                return
            weight = torch._make_per_channel_quantized_tensor(
                all_rows, torch.cat(scales).double(), all_zeros.long(), 0)
            self._packed = torch.ops.quantized.linear_prepack(
                weight, bias if self.has_bias else None)
        else:
            self.weight = torch.cat(rows).contiguous() if len(rows) > 1 else rows[0]
            self.bias = bias.to(self.weight.dtype) if self.has_bias else None

    def _four_bits(self, packs: list[Any], orders: list[Any | None]) -> None:
        """4-bit layers (``assistants.loading.quantize_int4_``): one as it is, or several
        stacked (and reordered) into one kernel product."""
        import torch

        from assistants import kernels

        self.int8, self.weight, self.bias, self._packed = False, None, None, None
        self.sizes = [p.out_features for p in packs]
        self.out_features = sum(self.sizes)
        self.has_bias = any(p.bias is not None for p in packs)
        if len(packs) == 1 and orders[0] is None:
            self._kernel = packs[0]
            return
        rows, scales, biases = [], [], []
        for pack, order in zip(packs, orders, strict=True):
            q, d = pack.unpack()
            b = pack.bias if pack.bias is not None else torch.zeros(pack.out_features)
            if order is not None:
                q, d, b = q[order], d[order], b[order]
            rows.append(q)
            scales.append(d)
            biases.append(b)
        library = kernels.load()
        if library is None or len({p.padded for p in packs}) != 1:
            raise TypeError("4-bit layers that cannot be stacked")
        self._kernel = kernels.PackedInt4(library, torch.cat(rows), torch.cat(scales),
                                          torch.cat(biases) if self.has_bias else None,
                                          packs[0].in_features)

    @property
    def on_kernel(self) -> bool:
        """Whether this product runs on Atelier's int8 kernel."""
        return self._kernel is not None

    def __call__(self, x: Any) -> Any:
        if self._kernel is not None:
            return self._kernel(x)
        if self._packed is not None:
            return self._linear_dynamic(x, self._packed, self.reduce_range)
        return self._linear(x, self.weight, self.bias)

    def normed(self, h: Any, weight: Any, eps: float) -> Any:
        """The product of ``rms_norm(h)`` (a Llama-family RMSNorm with ``weight``); the kernel
        normalizes while it quantizes, one pass instead of torch's six small operations."""
        if self._kernel is not None:
            return self._kernel(h, norm=weight, eps=eps)
        import torch.nn.functional as F

        return self(F.rms_norm(h, (h.shape[-1],), weight, eps))

    def add_to(self, h: Any, x: Any) -> None:
        """``h += product(x)``, in place (the residual stream)."""
        if self._kernel is not None:
            self._kernel(x, into=h)
        else:
            h.add_(self(x))

    def gated_add_to(self, h: Any, gate_up: Any) -> None:
        """``h += product(silu(gate) * up)`` for ``gate_up`` = gate and up side by side (a
        Llama-family MLP); the kernel applies the gate while it quantizes."""
        if self._kernel is not None:
            self._kernel(gate_up, glu=True, into=h)
            return
        import torch.nn.functional as F

        half = gate_up.shape[-1] // 2
        h.add_(self(F.silu(gate_up[..., :half]).mul_(gate_up[..., half:])))


@functools.cache
def _fused_slice_class() -> type:
    """The module class of ``_slice_module``, made once (torch is imported on first use)."""
    import torch

    class FusedSlice(torch.nn.Module):
        def __init__(self, product: Product, start: int, stop: int, inverse: Any | None) -> None:
            super().__init__()
            self.product = product
            self.start, self.stop, self.inverse = start, stop, inverse
            self.in_features = None
            self.out_features = stop - start
            if start == 0 and product.weight is not None:
                # the fused float weights stay the model's parameters (counted once)
                self.weight = torch.nn.Parameter(product.weight, requires_grad=False)
                if product.bias is not None:
                    self.bias = torch.nn.Parameter(product.bias, requires_grad=False)

        def forward(self, x: Any) -> Any:
            out = self.product(x)[..., self.start:self.stop]
            if self.inverse is not None:
                out = out[..., self.inverse]
            return out

    return FusedSlice


def _slice_module(product: Product, start: int, stop: int, inverse: Any | None) -> Any:
    """A module computing rows ``start:stop`` of ``product`` (in the original order): what the
    model's own forward calls once its layers were fused."""
    return _fused_slice_class()(product, start, stop, inverse)


def serve_from(owner: Any, name: str, product: Product) -> None:
    """Where ``product`` (made from the one module ``owner.name``) runs on the kernel, with its
    own copy of the rows, that module becomes the product: the model's forward uses the same
    copy, and torch's is dropped."""
    if product.on_kernel:
        setattr(owner, name, _slice_module(product, 0, product.out_features, None))


# --------------------------------------------------------------------------- the decoder


@dataclass
class Sampling:
    """How the next token is chosen; ``temperature`` 0 is greedy."""

    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    suppress: tuple[int, ...] = ()
    """Tokens never chosen (the generation config's ``suppress_tokens``)."""


@dataclass
class _Layer:
    qkv: Product
    out: Product
    gate_up: Product
    down: Product
    norm1: Any
    norm2: Any


class FastDecoder:
    """Prefill and decode for one Llama-family model; see the module doc."""

    def __init__(self, model: Any) -> None:
        import torch

        from assistants import kernels

        config = model.config
        inner = model.model
        self.hidden = config.hidden_size
        self.heads = config.num_attention_heads
        self.kv_heads = config.num_key_value_heads or self.heads
        self.head_dim = getattr(config, "head_dim", None) or self.hidden // self.heads
        self.group = self.heads // self.kv_heads
        self.eps = float(config.rms_norm_eps)
        self.intermediate = config.intermediate_size
        self.vocab = config.vocab_size
        d = self.head_dim
        # per head: (0, d/2, 1, d/2 + 1, ...) puts each rotate-half pair side by side
        pairs = torch.stack([torch.arange(d // 2), torch.arange(d // 2) + d // 2], 1).reshape(-1)
        q_order = torch.cat([pairs + h * d for h in range(self.heads)])
        k_order = torch.cat([pairs + h * d for h in range(self.kv_heads)])
        q_inverse = torch.argsort(q_order)
        k_inverse = torch.argsort(k_order)
        self.layers: list[_Layer] = []
        for layer in inner.layers:
            a, m = layer.self_attn, layer.mlp
            qkv = Product([a.q_proj, a.k_proj, a.v_proj], [q_order, k_order, None])
            gate_up = Product([m.gate_proj, m.up_proj])
            out = Product([a.o_proj])
            down = Product([m.down_proj])
            q_size, k_size = self.heads * d, self.kv_heads * d
            a.q_proj = _slice_module(qkv, 0, q_size, q_inverse)
            a.k_proj = _slice_module(qkv, q_size, q_size + k_size, k_inverse)
            a.v_proj = _slice_module(qkv, q_size + k_size, qkv.out_features, None)
            m.gate_proj = _slice_module(gate_up, 0, self.intermediate, None)
            m.up_proj = _slice_module(gate_up, self.intermediate, gate_up.out_features, None)
            serve_from(a, "o_proj", out)
            serve_from(m, "down_proj", down)
            self.layers.append(_Layer(
                qkv, out, gate_up, down, layer.input_layernorm.weight.detach(),
                layer.post_attention_layernorm.weight.detach()))
        self.final_norm = inner.norm.weight.detach()
        self.embed = inner.embed_tokens.weight.detach()
        self.lm_head = Product([model.lm_head])
        self._argmax: Callable[[Any], int] = lambda logits: int(torch.argmax(logits))
        # one query position against the cache, in the kernel library where it is loaded
        # (torch's attention kernel cost 19 us a layer at a step, the library's 6)
        self._attend: Callable[..., Any] | None = None
        serve_from(model, "lm_head", self.lm_head)
        if self.lm_head.on_kernel:
            library = kernels.load()
            self._argmax = functools.partial(kernels.argmax, library)
            if d % 16 == 0:
                scale = d ** -0.5
                self._attend = lambda q, keys, values, length: kernels.attend_one(
                    library, q, keys, values, length, None, scale)
        rotary = inner.rotary_emb
        self.inv_freq = rotary.inv_freq.detach().float()
        self.rope_scale = float(getattr(rotary, "attention_scaling", 1.0))
        self._freqs = torch.empty(0, d // 2, dtype=torch.complex64)
        self.dtype = self.embed.dtype

    # ------------------------------------------------------------------ pieces

    def _rotations(self, length: int) -> Any:
        import torch

        if self._freqs.shape[0] < length:
            size = max(length, 2 * self._freqs.shape[0], 256)
            angles = torch.outer(torch.arange(size, dtype=torch.float32), self.inv_freq)
            self._freqs = torch.polar(torch.full_like(angles, self.rope_scale), angles)
        return self._freqs

    def _forward(self, ids: Any, start: int, cache: _Cache) -> Any:
        """Hidden state of the last position (before the final norm: ``logits`` applies it)
        after reading ``ids`` (1-D) at positions ``start``..; writes their keys and values into
        ``cache``."""
        import torch
        import torch.nn.functional as F

        n = int(ids.shape[0])
        end = start + n
        cache.reserve(end)
        freqs = self._rotations(end)[start:end]  # (n, d/2)
        d, hq, hk, g = self.head_dim, self.heads, self.kv_heads, self.group
        qk_heads = hq + hk
        eps = self.eps
        h = F.embedding(ids, self.embed)  # (n, hidden), a fresh tensor: added to in place
        q_size = hq * d
        for kv, layer in zip(cache.kv, self.layers, strict=True):
            qkv = layer.qkv.normed(h, layer.norm1, eps)  # (n, (hq + 2 hk) d)
            # rotary positions in place on q and k; then k and v, side by side, are one copy
            torch.view_as_complex(qkv[:, :qk_heads * d].view(n, qk_heads, d // 2, 2)).mul_(
                freqs[:, None, :])
            kv[:, start:end] = qkv[:, q_size:].view(n, 2 * hk, d).transpose(0, 1)
            keys, values = kv[None, :hk, :end], kv[None, hk:, :end]
            # 4-D tensors: torch's CPU attention kernel (3-D ones take a path ~5x slower)
            if n == 1 and self._attend is not None:
                attn = self._attend(qkv[:, :q_size].view(1, hq, d), kv[None, :hk],
                                    kv[None, hk:], end)
            elif n == 1:
                # the group's query heads against their one key/value head, no mask
                attn = F.scaled_dot_product_attention(
                    qkv[0, :q_size].view(1, hk, g, d), keys, values).view(1, q_size)
            else:
                q = qkv[:, :q_size].view(n, hq, d).transpose(0, 1)[None]  # (1, hq, n, d)
                mask = None
                if start:
                    mask = torch.ones(n, end, dtype=torch.bool).tril(start)
                attn = F.scaled_dot_product_attention(
                    q, keys.repeat_interleave(g, 1), values.repeat_interleave(g, 1),
                    attn_mask=mask, is_causal=not start,
                )[0].transpose(0, 1).reshape(n, q_size)
            layer.out.add_to(h, attn)
            layer.down.gated_add_to(h, layer.gate_up.normed(h, layer.norm2, eps))
        cache.length = end
        return h[-1:]

    def logits(self, hidden: Any) -> Any:
        """The next token's logits from the last position's hidden state (before the final
        norm, which is applied here)."""
        return self.lm_head.normed(hidden, self.final_norm, self.eps)[0]

    # ------------------------------------------------------------------ generation

    def generate(
        self, prompt_ids: list[int], *, max_new_tokens: int, sampling: Sampling,
        eos: set[int], on_token: Callable[[int], None], should_stop: Callable[[], bool],
    ) -> list[int]:
        """Generate up to ``max_new_tokens`` after ``prompt_ids``; ``on_token`` gets each new
        token as it is chosen; ``should_stop`` is asked after each one. Ends after an ``eos``
        token (which is passed to ``on_token`` and kept)."""
        import torch

        cache = _Cache(self, len(prompt_ids) + min(max_new_tokens, FIRST_CAPACITY))
        ids = torch.tensor(prompt_ids, dtype=torch.long)
        seen = torch.zeros(self.vocab, dtype=torch.bool)
        suppress = torch.tensor(sampling.suppress, dtype=torch.long) if sampling.suppress \
            else None
        penalty = sampling.repetition_penalty
        if penalty != 1.0:
            seen[ids[ids < self.vocab]] = True
        out: list[int] = []
        hidden = self._forward(ids, 0, cache)
        position = len(prompt_ids)
        step = torch.empty(1, dtype=torch.long)
        steps = _KernelSteps(self) if KERNEL_STEPS and self._attend is not None and all(
            product.on_kernel for layer in self.layers
            for product in (layer.qkv, layer.out, layer.gate_up, layer.down)) else None
        logits = self.logits(hidden)
        while True:
            token = self._choose(logits, sampling, seen if penalty != 1.0 else None, suppress,
                                 self._argmax)
            out.append(token)
            on_token(token)
            if token in eos or len(out) >= max_new_tokens or should_stop():
                return out
            if penalty != 1.0:
                seen[token] = True
            if steps is not None:
                logits = steps.run(token, position, cache)
            else:
                step[0] = token
                logits = self.logits(self._forward(step, position, cache))
            position += 1

    @staticmethod
    def _choose(logits: Any, sampling: Sampling, seen: Any | None, suppress: Any | None,
                argmax: Callable[[Any], int]) -> int:
        import torch

        if suppress is not None:  # sampling.suppress as an index
            logits = logits.clone()
            logits[suppress] = float("-inf")
        if seen is not None:
            chosen = logits[seen]
            logits = logits.clone()
            logits[seen] = torch.where(chosen < 0, chosen * sampling.repetition_penalty,
                                       chosen / sampling.repetition_penalty)
        if sampling.temperature <= 0:
            return argmax(logits)
        logits = logits.float() / sampling.temperature
        if sampling.top_k and sampling.top_k < logits.shape[0]:
            kth = torch.topk(logits, sampling.top_k).values[-1]
            logits = logits.masked_fill(logits < kth, float("-inf"))
        if sampling.top_p < 1.0:
            ordered, order = torch.sort(logits, descending=False)
            cumulative = ordered.softmax(-1).cumsum(-1)
            drop = cumulative <= (1 - sampling.top_p)
            drop[-1] = False  # the most likely token always stays
            logits = logits.masked_fill(drop.scatter(0, order, drop), float("-inf"))
        return int(torch.multinomial(logits.softmax(-1), 1))


class _KernelSteps:
    """A decode step entirely through the kernel library, where every product of the model is
    on it: per layer four products and one attention call (rotary positions, the cache write
    and the attention together), into buffers allocated once, with no torch operation between
    them. The same arithmetic as ``FastDecoder._forward`` for one position; it spares the
    ~40 us per layer that torch's small operations and the products' checks cost in Python
    (a tenth of a 4-bit step)."""

    def __init__(self, decoder: FastDecoder) -> None:
        import ctypes

        import torch

        from assistants import kernels

        self.decoder = decoder
        self.library = kernels.load()
        d = decoder
        layer = d.layers[0]
        self.h = torch.empty(1, d.hidden)
        self.qkv = torch.empty(1, layer.qkv.out_features)
        self.attn = torch.empty(1, d.heads * d.head_dim)
        self.gate_up = torch.empty(1, layer.gate_up.out_features)
        self.logits = torch.empty(1, d.lm_head.out_features)
        self.row_bytes = d.hidden * d.embed.element_size()
        self.embed = d.embed.data_ptr()
        self._memmove = ctypes.memmove
        self._step = self.library.atelier_attention_step
        self._threads = torch.get_num_threads
        self.scale = d.head_dim ** -0.5
        pointers = self.h.data_ptr(), self.qkv.data_ptr(), self.attn.data_ptr(), \
            self.gate_up.data_ptr()
        self.h_ptr, self.qkv_ptr, self.attn_ptr, self.gu_ptr = pointers
        self.norms = [(layer.norm1.data_ptr(), layer.norm2.data_ptr()) for layer in d.layers]

    def run(self, token: int, position: int, cache: _Cache) -> Any:
        """The logits after reading ``token`` at ``position``."""
        d = self.decoder
        cache.reserve(position + 1)
        freqs = d._rotations(position + 1)
        freq = freqs.data_ptr() + position * freqs.stride(0) * freqs.element_size()
        self._memmove(self.h_ptr, self.embed + token * self.row_bytes, self.row_bytes)
        h, qkv, attn, gu = self.h_ptr, self.qkv_ptr, self.attn_ptr, self.gu_ptr
        eps, threads = d.eps, self._threads()
        hq, hk, hd, cap = d.heads, d.kv_heads, d.head_dim, cache.capacity
        for kv, layer, (norm1, norm2) in zip(cache.kv, d.layers, self.norms, strict=True):
            if layer.qkv._kernel._run(h, qkv, 1, norm1, eps, 0, 0) or self._step(
                    qkv, freq, kv.data_ptr(), position, hq, hk, hd, cap, self.scale, attn,
                    threads) or layer.out._kernel._run(attn, h, 1, None, 0.0, 0, 1) \
                    or layer.gate_up._kernel._run(h, gu, 1, norm2, eps, 0, 0) \
                    or layer.down._kernel._run(gu, h, 1, None, 0.0, 1, 1):
                raise MemoryError("no memory for a decode step")
        cache.length = position + 1
        if d.lm_head._kernel._run(h, self.logits.data_ptr(), 1, d.final_norm.data_ptr(),
                                  d.eps, 0, 0):
            raise MemoryError("no memory for a decode step")
        return self.logits[0]


class _Cache:
    """Keys then values of each layer, (2 x kv heads, capacity, head dim): a step writes both
    with one copy. Grown by doubling."""

    def __init__(self, decoder: FastDecoder, capacity: int) -> None:
        self.decoder = decoder
        self.length = 0
        self.kv: list[Any] = []
        self._allocate(capacity)

    def _allocate(self, capacity: int) -> None:
        import torch

        d = self.decoder
        shape = (2 * d.kv_heads, capacity, d.head_dim)
        old = self.kv
        self.kv = [torch.empty(shape, dtype=d.dtype) for _ in d.layers]
        for new, previous in zip(self.kv, old, strict=False):
            new[:, :self.length] = previous[:, :self.length]
        self.capacity = capacity

    def reserve(self, length: int) -> None:
        if length > self.capacity:
            self._allocate(max(length, 2 * self.capacity))


_build_lock = threading.Lock()


def decoder_for(model: Any) -> FastDecoder | None:
    """The model's fast decoder, built on first use (it fuses the model's layers in place), or
    None when the model is outside what it reproduces (see ``unsupported_reason``)."""
    decoder = getattr(model, _ATTRIBUTE, None)
    if decoder is not None:
        return decoder
    if unsupported_reason(model) is not None:
        return None
    with _build_lock:
        decoder = getattr(model, _ATTRIBUTE, None)
        if decoder is None:
            import torch

            with torch.inference_mode():
                decoder = FastDecoder(model)
            object.__setattr__(model, _ATTRIBUTE, decoder)
    return decoder


def unfuse(model: Any) -> None:
    """Undo ``decoder_for``'s fusion: the model's q/k/v and gate/up layers become plain
    ``nn.Linear`` layers again (float products; int8 ones stay fused) and the decoder is
    dropped. ``assistants.loading.quantize_int8_`` calls it, so a model quantized after it
    generated is not decoded with its old float products."""
    import torch

    if getattr(model, _ATTRIBUTE, None) is None:
        return
    for layer in model.model.layers:
        for owner, names in ((layer.self_attn, ("q_proj", "k_proj", "v_proj")),
                             (layer.mlp, ("gate_proj", "up_proj"))):
            for name in names:
                sliced = getattr(owner, name)
                product = getattr(sliced, "product", None)
                if product is None or product.weight is None:
                    continue
                rows = slice(sliced.start, sliced.stop)
                weight = product.weight[rows]
                bias = product.bias[rows] if product.bias is not None else None
                if sliced.inverse is not None:
                    weight = weight[sliced.inverse]
                    bias = bias[sliced.inverse] if bias is not None else None
                linear = torch.nn.Linear(weight.shape[1], weight.shape[0],
                                         bias=bias is not None, dtype=weight.dtype)
                with torch.no_grad():
                    linear.weight.copy_(weight)
                    if bias is not None:
                        linear.bias.copy_(bias)
                setattr(owner, name, linear.eval())
    model.__dict__.pop(_ATTRIBUTE, None)


def sampling_for(model: Any, *, temperature: float, top_p: float) -> Sampling | None:
    """The settings ``generate`` would use for this call, or None when the model's generation
    config asks for something this loop does not apply (the caller then uses ``generate``)."""
    from transformers import GenerationConfig

    config = getattr(model, "generation_config", None)
    if config is None:
        return Sampling(temperature=max(temperature, 0.0), top_p=top_p)
    defaults = GenerationConfig()
    for key, value in config.to_diff_dict().items():
        if key in _APPLIED or key.startswith("_") or key == "transformers_version":
            continue
        if value is None or value is False or value == 0 or key in _BEAM_ONLY or (
                key in ("num_beams", "num_return_sequences", "num_beam_groups")
                and value == 1):
            continue  # settings that change nothing in a greedy or sampled single answer
        if getattr(defaults, key, None) != value:
            return None
    penalty = float(getattr(config, "repetition_penalty", 1.0) or 1.0)
    suppress = tuple(int(t) for t in (getattr(config, "suppress_tokens", None) or ()))
    if temperature <= 0:
        return Sampling(repetition_penalty=penalty, suppress=suppress)
    top_k = getattr(config, "top_k", 50)
    return Sampling(temperature=temperature, top_p=top_p, top_k=int(top_k or 0),
                    repetition_penalty=penalty, suppress=suppress)

"""The app's own batched greedy decode loop for Marian (OPUS-MT) translation models.

``transformers``' ``generate`` runs the same arithmetic, but pays per decoding step for its
general machinery: a ``DynamicCache`` that concatenates (copies) every layer's keys and values
at each step, attention masks rebuilt at each step, logits processors and stopping criteria,
and rows that finished (wrote ``</s>``) keep being computed, padded, until the whole batch is
done. This loop, for one batch:

- runs the encoder once (the model's own encoder module, as ``generate`` does);
- computes every decoder layer's cross-attention keys and values once;
- keeps the self-attention keys and values in a cache allocated once for the batch's budget;
- takes finished rows out of the batch (its tensors are compacted once enough rows have
  finished that computing them costs more than copying the others' caches);
- picks the next token with the ``lm_head`` output written once and changed in place
  (bias, banned tokens) before ``argmax``: no float copy of the 59k-wide scores.

It calls the model's own modules (``q_proj``, ``fc1``, the layer norms …), so a model quantized
by ``assistants.loading.quantize_int8_`` runs its int8 products here too, and greedy decoding
writes the same tokens as ``model.generate(num_beams=1)`` (tests/unit/assistants/
test_marian_decode.py compares them, float32 and int8). One difference in int8: dynamic
quantization takes one activation scale per product over all the rows of the batch, so once
finished rows have left, the scales are those of the remaining rows, and a later token can
differ from what ``generate`` (which keeps computing the finished rows) picks. ``generate``'s
own int8 tokens depend on the batch in the same way (a sentence alone and in a batch of ten
can differ); float32 rows are independent, and the tokens are the same.

Measured (opus-mt-fr-en shape, random weights, int8, benchmarks.translation): one thread, CPU
time, 100 segments spread over the lengths: this loop 3.4-3.6 s, ``generate`` 5.5-6.4 s,
CTranslate2 2.6-2.9 s; float32, 30 segments: 5.3 s against 8.6 s. Whole document, two
threads, load 3: 33.7 against 30.9 segments/s (CTranslate2 41.2). What paid: compacting the
batch (without it, 6.2 s instead of 3.6 s on the spread sample), the fused QKV product
(3.55 s against 3.83 s). What did not: compacting at every finished row (4.2 s: the caches'
copies cost more than the rows), attention as two products instead of torch's SDPA kernel
(3.6 s against 3.2 s).

What it does not do, and ``supported`` says so, so that ``translate_batch`` calls
``model.generate`` instead: beam search (real OPUS-MT models' generation config asks for 4
beams), sampling, and the generation settings that change scores beyond banning single tokens
(repetition penalties, n-gram bans, minimum lengths, sequence bias …).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

# generation-config settings this loop does not implement: (name, the value that is harmless)
_UNSUPPORTED_UNLESS = (
    ("do_sample", False),
    ("repetition_penalty", 1.0),
    ("encoder_repetition_penalty", 1.0),
    ("no_repeat_ngram_size", 0),
    ("encoder_no_repeat_ngram_size", 0),
    ("min_length", 0),
    ("min_new_tokens", None),
    ("begin_suppress_tokens", None),
    ("sequence_bias", None),
    ("exponential_decay_length_penalty", None),
    ("constraints", None),
    ("force_words_ids", None),
    ("watermarking_config", None),
    ("guidance_scale", None),
    ("epsilon_cutoff", 0.0),
    ("eta_cutoff", 0.0),
)


def supported(model: Any, num_beams: int | None) -> bool:
    """Whether this loop decodes exactly what ``model.generate`` would for this model and
    number of beams (None: the generation config's); else ``generate`` must be used."""
    config = getattr(model, "config", None)
    if getattr(config, "model_type", None) != "marian" or getattr(model, "training", True):
        return False
    if getattr(config, "is_encoder_decoder", False) is not True:
        return False
    gen = getattr(model, "generation_config", None)
    beams = num_beams if num_beams is not None else getattr(gen, "num_beams", 1)
    if (beams or 1) != 1 or getattr(gen, "num_beam_groups", 1) not in (1, None):
        return False
    for name, harmless in _UNSUPPORTED_UNLESS:  # transformers 5: None = not set
        if getattr(gen, name, None) not in (None, harmless):
            return False
    bad = getattr(gen, "bad_words_ids", None)
    if bad and not all(len(seq) == 1 for seq in bad):
        return False
    if getattr(config, "add_bias_logits", False) or getattr(config, "normalize_before", False):
        return False
    return getattr(config, "_attn_implementation", "eager") in ("sdpa", "eager")


def _fused(projections: Sequence[Any]) -> Any:
    """One product doing the work of ``projections`` (same input, outputs side by side): one
    instead of three per layer and step. It is ``assistants.fastdecode.Product``: in int8 the same
    rows and scales, so each output is exactly what its own module gives (the activation is
    quantized once per call, from the same input); in float32 the weights stacked. None for a
    layer type it does not know."""
    from assistants.fastdecode import Product

    try:
        return Product(list(projections))  # the drafting loop's fused product, same rules
    except TypeError:  # a layer type it does not know: called one by one
        return None


def _fused_qkv(attention: Any) -> Any:
    """``attention``'s q, k and v projections as one module, made once and kept on it (None
    when they cannot be fused: the three are then called one by one)."""
    parts = (attention.q_proj, attention.k_proj, attention.v_proj)
    cached = getattr(attention, "_atelier_qkv", None)
    if cached is not None and cached[0] == tuple(id(p) for p in parts):
        return cached[1]
    fused = _fused(parts) if FUSE_QKV else None
    attention._atelier_qkv = (tuple(id(p) for p in parts), fused)
    return fused


FUSE_QKV = True
SDPA = False
_ON_KERNEL = "_atelier_on_kernel"


def _decoder_on_kernel(model: Any) -> None:
    """Where Atelier's int8 kernel serves (``assistants.kernels``), the decoder's int8 layers
    and ``lm_head`` become its products, once per model: the model's own modules are replaced
    (torch's copies dropped), so ``generate`` (beam search) runs on them too. A decoder step
    multiplies a few rows by each layer's weights: the kernel's case (1.3-1.5x torch's). The
    encoder, many rows at once, keeps torch's products (as fast there)."""
    from assistants import kernels
    from assistants.fastdecode import Product, _slice_module, serve_from

    if getattr(model, _ON_KERNEL, False) or kernels.load() is None:
        return

    def replace(owner: Any, name: str) -> None:
        if getattr(getattr(owner, name), "_packed_params", None) is not None:  # int8, as it was
            serve_from(owner, name, Product([getattr(owner, name)]))

    for layer in model.model.decoder.layers:
        sa, ca = layer.self_attn, layer.encoder_attn
        fused = _fused_qkv(sa)
        if fused is not None and fused.on_kernel:
            size = fused.sizes[0]
            sa.q_proj = _slice_module(fused, 0, size, None)
            sa.k_proj = _slice_module(fused, size, 2 * size, None)
            sa.v_proj = _slice_module(fused, 2 * size, 3 * size, None)
            sa._atelier_qkv = (tuple(id(p) for p in (sa.q_proj, sa.k_proj, sa.v_proj)), fused)
        for owner, name in ((sa, "out_proj"), (ca, "q_proj"), (ca, "k_proj"), (ca, "v_proj"),
                            (ca, "out_proj"), (layer, "fc1"), (layer, "fc2")):
            replace(owner, name)
    replace(model, "lm_head")
    object.__setattr__(model, _ON_KERNEL, True)


def _attend(q: Any, k: Any, v: Any, mask: Any, scale: float) -> Any:
    """Attention of one query position (q: (n, heads, 1, hd)) over k, v (n, heads, t, hd);
    ``mask`` (n, 1, 1, t) True where allowed, or None. Two batched products and a softmax:
    for a single query, torch's CPU flash-attention kernel (what SDPA picks) took three times
    as long (measured on the opus-mt shape, one thread)."""
    import torch

    if SDPA:
        return torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask,
                                                                scale=scale)
    scores = torch.matmul(q * scale, k.transpose(-1, -2))
    if mask is not None:
        scores = scores.masked_fill(~mask, -float("inf"))
    return torch.matmul(scores.softmax(-1), v)


def _attention(device: Any, dtype: Any) -> Any:
    """``attend(q, keys, values, length, mask, scale)`` -> (rows, 1, d_model): one query
    position per row (q: (rows, heads, hd); keys, values: (rows, heads, capacity, hd), the first
    ``length`` used; mask: (rows, length) True where allowed, or None). Atelier's kernel library
    on the CPU where it is loaded (torch's batched products paid a fixed cost for each of the
    rows x heads small matrices: 40 % of a batch's time); else ``_attend``."""
    import torch

    from assistants import kernels

    library = kernels.load() if str(device) == "cpu" and dtype == torch.float32 else None

    def with_torch(q: Any, keys: Any, values: Any, length: int, mask: Any, scale: float) -> Any:
        n, heads, hd = q.shape
        a = _attend(q.unsqueeze(2), keys[:, :, :length], values[:, :, :length],
                    mask[:, None, None, :] if mask is not None else None, scale)
        return a.transpose(1, 2).reshape(n, 1, heads * hd)

    if library is None:
        return with_torch

    def with_kernel(q: Any, keys: Any, values: Any, length: int, mask: Any, scale: float) -> Any:
        if q.shape[-1] % 16:  # the kernel's head dimensions are multiples of 16
            return with_torch(q, keys, values, length, mask, scale)
        n = q.shape[0]
        return kernels.attend_one(library, q, keys, values, length, mask, scale).view(n, 1, -1)

    return with_kernel


def _argmax_rows(device: Any) -> Any:
    """``scores.argmax(-1)``: through Atelier's kernel library on the CPU where it is loaded
    (torch's took a millisecond a step for 32 rows of 59k scores), else torch's."""
    import torch

    from assistants import kernels

    library = kernels.load() if str(device) == "cpu" else None
    if library is None:
        return lambda scores: scores.argmax(-1)

    def argmax(scores: Any) -> Any:
        if scores.dtype != torch.float32 or scores.dim() != 2 or not scores.is_contiguous():
            return scores.argmax(-1)
        return kernels.argmax_rows(library, scores)

    return argmax


def _eos_ids(model: Any) -> list[int]:
    eos = getattr(model.generation_config, "eos_token_id", None)
    if eos is None:
        eos = model.config.eos_token_id
    if eos is None:
        return []
    return [int(e) for e in (eos if isinstance(eos, (list, tuple)) else [eos])]


class _Layer:
    """One decoder layer's modules and this batch's tensors for it."""

    __slots__ = ("cross_k", "cross_v", "hd", "heads", "keys", "mod", "qkv", "scaling", "values")

    def __init__(self, mod: Any, heads: int) -> None:
        self.mod = mod
        self.qkv = _fused_qkv(mod.self_attn)
        self.heads = heads
        self.hd = mod.self_attn.head_dim
        self.scaling = mod.self_attn.scaling


def greedy_generate(
    model: Any,
    input_ids: Any,
    attention_mask: Any,
    *,
    max_new_tokens: int,
    bans: Sequence[int] = (),
    forced_bos_token_id: int | None = None,
    cancel: threading.Event | None = None,
    row_limits: Any = None,
    compact_share: float = 0.125,
) -> list[list[int]] | None:
    """Greedy decoding of a padded batch: each row's new tokens (its ``</s>`` included when it
    wrote one; no decoder start, no padding), or None when ``cancel`` was set during the batch.

    ``bans``: tokens whose scores are -inf at every step (``translate_batch``'s ``_token_bans``);
    ``forced_bos_token_id``: the first token (NLLB-style target language); the generation
    config's ``forced_eos_token_id`` makes the last allowed token ``</s>``, as in ``generate``.
    ``row_limits`` (benchmarks only): a tensor of how many tokens each row writes at most; a
    row that reaches its limit ends there as if it had written ``</s>`` (see
    ``benchmarks.translation``). ``compact_share``: the share of the batch's rows that must
    have finished before the batch's tensors are compacted (0: at every finished row)."""
    import torch
    config = model.config
    gen = model.generation_config
    device = input_ids.device
    batch = int(input_ids.shape[0])
    eos = _eos_ids(model)
    forced_eos = getattr(gen, "forced_eos_token_id", None)
    if isinstance(forced_eos, (list, tuple)):
        forced_eos = forced_eos[0] if len(forced_eos) == 1 else None
    start = getattr(gen, "decoder_start_token_id", None)
    if start is None:
        start = config.decoder_start_token_id
    pad = getattr(gen, "pad_token_id", None)
    if pad is None:
        pad = config.pad_token_id
    _decoder_on_kernel(model)
    mmodel = model.model
    decoder = mmodel.decoder
    heads = config.decoder_attention_heads
    layers = [_Layer(m, heads) for m in decoder.layers]
    embed = decoder.embed_tokens
    embed_scale = decoder.embed_scale
    positions = decoder.embed_positions.weight
    lm_head = model.lm_head
    bias = getattr(model, "final_logits_bias", None)
    if bias is not None and not bool(bias.any()):
        bias = None  # OPUS-MT's is zeros: adding it changes nothing
    elif bias is not None:
        bias = bias[0]
    ban_ids = torch.tensor(sorted(set(int(b) for b in bans)), dtype=torch.long, device=device)
    argmax_rows = _argmax_rows(device)
    attend = _attention(device, dtype=model.dtype)

    encoder_out = mmodel.encoder(input_ids=input_ids, attention_mask=attention_mask)
    states = encoder_out[0]  # (B, S, D)
    src = int(states.shape[1])
    dtype = states.dtype
    # the cross-attention mask, (rows, source length): True where the row has a real token
    cross_rows = attention_mask.bool().contiguous() if not bool(attention_mask.all()) else None
    for layer in layers:
        attn = layer.mod.encoder_attn
        # contiguous once: each step's product would otherwise copy them (batch and heads
        # cannot be merged into one dimension of a view), which took a third of the time
        layer.cross_k = attn.k_proj(states).view(batch, src, heads, layer.hd).transpose(
            1, 2).contiguous()
        layer.cross_v = attn.v_proj(states).view(batch, src, heads, layer.hd).transpose(
            1, 2).contiguous()
        layer.keys = torch.empty(batch, heads, max_new_tokens, layer.hd, dtype=dtype,
                                 device=device)
        layer.values = torch.empty_like(layer.keys)
    del encoder_out, states

    out = [[] for _ in range(batch)]  # type: list[list[int]]
    rows = list(range(batch))  # the original row of each live row
    limits = None
    if row_limits is not None:
        limits = [int(x) for x in row_limits]
    tokens = torch.full((batch,), int(start), dtype=torch.long, device=device)
    finished_in_batch = 0
    finished = None  # the finished rows still in the batch
    for step in range(max_new_tokens):
        if cancel is not None and cancel.is_set():
            return None
        n = tokens.shape[0]
        h = embed(tokens) * embed_scale + positions[step]  # (n, D)
        h = h.unsqueeze(1)  # (n, 1, D)
        for layer in layers:
            mod = layer.mod
            sa = mod.self_attn
            if layer.qkv is not None:
                qkv = layer.qkv(h).view(n, 3, heads, layer.hd)
                q = qkv[:, 0]  # (n, heads, hd)
                layer.keys[:, :, step] = qkv[:, 1]
                layer.values[:, :, step] = qkv[:, 2]
            else:
                q = sa.q_proj(h).view(n, heads, layer.hd)
                layer.keys[:, :, step] = sa.k_proj(h).view(n, heads, layer.hd)
                layer.values[:, :, step] = sa.v_proj(h).view(n, heads, layer.hd)
            a = attend(q, layer.keys, layer.values, step + 1, None, layer.scaling)
            a = sa.out_proj(a)
            h = mod.self_attn_layer_norm(h + a)
            ca = mod.encoder_attn
            q = ca.q_proj(h).view(n, heads, layer.hd)
            a = attend(q, layer.cross_k, layer.cross_v, src, cross_rows, layer.scaling)
            a = ca.out_proj(a)
            h = mod.encoder_attn_layer_norm(h + a)
            f = mod.fc2(mod.activation_fn(mod.fc1(h)))
            h = mod.final_layer_norm(h + f)
        if step == 0 and forced_bos_token_id is not None:
            tokens = torch.full((n,), int(forced_bos_token_id), dtype=torch.long, device=device)
        elif step == max_new_tokens - 1 and forced_eos is not None:
            tokens = torch.full((n,), int(forced_eos), dtype=torch.long, device=device)
        else:
            scores = lm_head(h[:, 0])  # (n, V), written once and changed in place
            if bias is not None:
                scores.add_(bias)
            if ban_ids.numel():
                scores.index_fill_(-1, ban_ids, -float("inf"))
            tokens = argmax_rows(scores)
            del scores
        # rows that end here: wrote </s>, or reached their limit (benchmarks)
        written = tokens.tolist()
        if finished is not None:  # rows that ended before this step: fed <pad> from now on
            tokens = tokens.masked_fill(finished, pad)
        any_ended = False
        for i, (row, tok) in enumerate(zip(rows, written, strict=True)):
            if row < 0:
                continue
            out[row].append(tok)
            if tok in eos or (limits is not None and len(out[row]) >= limits[row]):
                rows[i] = -1
                any_ended = True
                finished_in_batch += 1
        if not any_ended:
            continue
        if finished_in_batch == n:
            break
        if finished_in_batch < max(1, int(compact_share * n)):
            # keep the finished rows for now (cheaper than copying the others' caches at every
            # finished row); as in generate, a row's </s> is its next input, then <pad>
            finished = torch.tensor([r < 0 for r in rows], dtype=torch.bool, device=device)
            continue
        keep_list = [i for i, r in enumerate(rows) if r >= 0]
        keep = torch.tensor(keep_list, dtype=torch.long, device=device)
        rows = [rows[i] for i in keep_list]
        tokens = tokens.index_select(0, keep)
        if cross_rows is not None:
            cross_rows = cross_rows.index_select(0, keep)
        for layer in layers:
            layer.keys = layer.keys.index_select(0, keep)
            layer.values = layer.values.index_select(0, keep)
            layer.cross_k = layer.cross_k.index_select(0, keep)
            layer.cross_v = layer.cross_v.index_select(0, keep)
        finished_in_batch = 0
        finished = None
    return out

"""Model figures for `make bench`: the local models' speed on this machine's CPU.

No download is possible (nor needed): the models are built from their real configurations with
random weights, which cost the same time per token as the real ones.

- The Qwen2.5-0.5B-Instruct shape (Qwen2: hidden 896, 24 layers, 14 heads / 2 KV heads,
  vocabulary 151,936, tied embeddings): time to first token for a 200-token prompt, decode
  speed through the app's streaming path (``assistants.generation.stream_generate``) and through
  a bare ``model.generate``, float32 and int8 (``assistants.loading.quantize_int8_``).
- The same int8 decode beside llama.cpp (``benchmarks/peers.py``): a GGUF of the same shape
  and the same random weights, Q8_0 and Q4_0, generating from the same 200 prompt tokens,
  greedy, with the same thread count; alternated rounds, medians, and the ratios the app is
  held to (decode ≥ 1.0x llama.cpp Q8_0, first token ≥ 2x sooner). Skipped, with a row
  saying so, where ``llama-cpp-python`` or ``gguf`` (the ``bench`` extra) is missing.
- This machine's memory read bandwidth, for reference (the best of a few sums of a 1 GiB
  float32 tensor, with the same thread count). It swings between runs on a shared machine
  (39 to 67 GB/s here), so no goal is measured against it: the peer engines are.
- The opus-mt shape (Marian: d_model 512, 6+6 layers, vocabulary 59,514, 4 beams as in the
  real generation config): sentences per second through ``assistants.translation.
  translate_batch`` for 64 sentences of mixed lengths. Random weights never end a sentence
  early, so every batch decodes its whole budget (1.5 x its longest input + 10 tokens): real
  translations stop sooner, and this figure is a floor.

Tokenizers only matter for the streaming path (the streamer decodes text at every step) and for
translation: stand-ins with the real vocabulary sizes are built here (word-level, ids spelt
``w123``), so tokenizing the prompt and decoding each step cost about what a real tokenizer
costs; the prompt is exactly 200 tokens.

How the work is run matters on CPU: every generation runs in a worker thread (as in the app),
and the model is built and quantized in a short-lived thread, never in the thread that keeps
running. torch's OpenMP runtime (libgomp) keeps a pool of worker threads per thread that ran a
parallel region; while two such pools are alive there are more OpenMP threads than cores, and
libgomp then puts its workers to sleep after every parallel region instead of spinning: each of
the ~170 matrix products of a decode step pays a wake-up, and int8 decode fell from about 50
to about 31 tokens/s in a thread other than the one that had loaded the model. The app runs
all its torch work on one long-lived model thread (``assistants.model_thread``): the figures
"chat alone" and "chat right after a pre-translation" measure that path, and the old one (the
batch in a job runner's thread that stays alive) for reference. On a machine that other
processes keep busy the order can reverse (sleeping workers lose less than spinning ones):
read those three together with their "others' load".

Figures are medians of a few runs. Other processes on the machine show as noise: each
measurement notes the share of the CPUs that other processes used while it ran (Linux only),
a round where they used more than 15 % is run again (a few times at most), and the details say
the most they took from a round that was kept.
"""

from __future__ import annotations

import gc
import math
import queue
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

PROMPT_TOKENS = 200
TTFT_GOAL_S = 0.3
STREAM_OVERHEAD_GOAL = 0.05
PEER_DECODE_GOAL = 1.0  # app int8 decode / llama.cpp Q8_0 decode
PEER_PREFILL_GOAL = 2.0  # llama.cpp Q8_0 first token / the app's: prefill twice as fast
NOISY = 0.15  # others' share of the CPUs above which a measurement is taken again
QWEN_VOCAB = 151_936
MARIAN_VOCAB = 59_514


@dataclass
class Figure:
    """One model figure: ``value`` in ``unit``; ``goal`` None for figures shown for reference."""

    name: str
    value: float
    unit: str
    goal: float | None = None
    higher_is_better: bool = True
    detail: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def skipped(self) -> bool:
        """A row that says why it was not measured (its value is NaN, its detail says why)."""
        return math.isnan(self.value)

    @property
    def ok(self) -> bool | None:
        if self.goal is None or self.skipped:
            return None
        return self.value >= self.goal if self.higher_is_better else self.value <= self.goal

    def as_dict(self) -> dict[str, Any]:
        """For bench-results.json: a skipped row has value null (NaN is not JSON)."""
        return asdict(self) | {"ok": self.ok} | ({"value": None} if self.skipped else {})


# --------------------------------------------------------------------------- helpers


def _in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` in a short-lived thread and return its result (see the module doc)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as e:
            box["error"] = e

    thread = threading.Thread(target=run, name="bench-torch")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


class OtherLoad:
    """Share of the CPUs that other processes used while the block ran (Linux: /proc/stat and
    /proc/self/stat; None elsewhere). Use as ``with OtherLoad() as load: ...; load.share``."""

    def __init__(self) -> None:
        self.share: float | None = None
        self._start: tuple[int, int, int] | None = None

    @staticmethod
    def _read() -> tuple[int, int, int] | None:
        try:
            with open("/proc/stat", encoding="ascii") as f:
                values = [int(x) for x in f.readline().split()[1:]]
            with open("/proc/self/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, ValueError, IndexError):
            return None
        idle = values[3] + values[4]
        # utime, stime: fields 14 and 15 of /proc/PID/stat (11 and 12 after the name)
        return sum(values[:8]), sum(values[:8]) - idle, int(fields[11]) + int(fields[12])

    def __enter__(self) -> OtherLoad:
        self._start = self._read()
        return self

    def __exit__(self, *exc: object) -> None:
        end = self._read()
        if self._start is None or end is None:
            return
        total = end[0] - self._start[0]
        others = (end[1] - self._start[1]) - (end[2] - self._start[2])
        if total > 0:
            self.share = min(max(others / total, 0.0), 1.0)


def _load_text(loads: list[float | None]) -> str:
    known = [x for x in loads if x is not None]
    return f"others' load ≤ {max(known):.0%}" if known else ""


class BandwidthProbe:
    """Bytes per second that torch reads with the current thread count: the best of a few sums
    of a float32 tensor far larger than any cache (1 GiB), for reference. On a shared machine
    the bandwidth left to us drifts (from 17 to 68 GB/s here). Samples run in short-lived
    threads; ``close`` frees the tensor."""

    def __init__(self, nbytes: int = 1 << 30) -> None:
        import torch

        self.nbytes = nbytes
        self._x = _in_thread(torch.ones, nbytes // 4, dtype=torch.float32)
        self.samples: list[float] = []

    def _best(self, runs: int) -> float:
        self._x.sum()
        best = float("inf")
        for _ in range(runs):
            t0 = time.perf_counter()
            self._x.sum()
            best = min(best, time.perf_counter() - t0)
        return self.nbytes / best

    def sample(self, runs: int = 3) -> float:
        value = _in_thread(self._best, runs)
        self.samples.append(value)
        return value

    def close(self) -> None:
        self._x = None


def decode_weight_bytes(model: Any) -> int:
    """Bytes of weights one decode step reads: every linear layer's weight (and bias) in the
    dtype it is stored in, ``lm_head`` included; not the embedding table (one row is read)."""
    import torch

    from assistants.fastdecode import unfuse

    unfuse(model)  # the layers the app's loop fused are counted as the model's own
    total = 0
    seen: set[int] = set()
    for module in model.modules():
        if isinstance(module, torch.nn.Linear):
            tensors = [module.weight, module.bias]
        elif hasattr(module, "_packed_params") and hasattr(module, "in_features"):
            # torch.ao dynamic-quantized Linear: int8 weight (+ per-channel scales) and bias
            weight, bias = module._packed_params._weight_bias()
            total += weight.numel() * weight.element_size()
            if weight.qscheme() in (torch.per_channel_affine, torch.per_channel_symmetric):
                total += weight.q_per_channel_scales().numel() * 4
            tensors = [bias]
        else:
            continue
        for t in tensors:
            if t is not None and t.data_ptr() not in seen:
                seen.add(t.data_ptr())
                total += t.numel() * t.element_size()
    return total


def _random_init_(model: Any, seed: int) -> None:
    import torch

    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if not p.requires_grad:  # fixed tables (Marian's sinusoidal positions)
                continue
            if name.endswith("norm.weight") or "layernorm" in name or "layer_norm" in name:
                p.fill_(1.0)
            else:
                p.normal_(0.0, 0.02, generator=generator)


def word_tokenizer(vocab_size: int, specials: dict[int, str], *, eos: str, pad: str,
                   append_eos: bool = False, model_max_length: int | None = None) -> Any:
    """A word-level stand-in tokenizer with ``vocab_size`` entries: token ``i`` is ``w{i}``
    except the ``specials``. Decoding joins words with spaces."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {f"w{i}": i for i in range(vocab_size) if i not in specials}
    vocab.update({text: i for i, text in specials.items()})
    tok = Tokenizer(models.WordLevel(vocab, unk_token=specials[min(specials)]))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    if append_eos:
        tok.post_processor = processors.TemplateProcessing(
            single=f"$A {eos}", special_tokens=[(eos, vocab[eos])]
        )
    kwargs: dict[str, Any] = {}
    if model_max_length is not None:
        kwargs["model_max_length"] = model_max_length
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token=eos, pad_token=pad, unk_token=specials[min(specials)],
        **kwargs,
    )


def build_qwen_shape(seed: int = 0) -> tuple[Any, Any]:
    """Qwen2.5-0.5B-Instruct's architecture with random weights, and a stand-in tokenizer."""
    from transformers import Qwen2Config, Qwen2ForCausalLM
    from transformers.initialization import no_init_weights

    config = Qwen2Config(
        vocab_size=QWEN_VOCAB, hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
        num_attention_heads=14, num_key_value_heads=2, max_position_embeddings=32768,
        rope_theta=1_000_000.0, rms_norm_eps=1e-6, tie_word_embeddings=True, hidden_act="silu",
        bos_token_id=151643, eos_token_id=151645, use_sliding_window=False, use_cache=True,
        attention_dropout=0.0,
    )
    with no_init_weights():  # torch.empty weights, filled below: seconds, not minutes
        model = Qwen2ForCausalLM(config)
    model.tie_weights()
    _random_init_(model, seed)
    model.eval()
    # A random model would stop at random; no end-of-sequence token, so every run writes the
    # length asked for.
    model.generation_config.eos_token_id = None
    tokenizer = word_tokenizer(
        QWEN_VOCAB,
        {151643: "<|endoftext|>", 151644: "<|im_start|>", 151645: "<|im_end|>"},
        eos="<|im_end|>", pad="<|endoftext|>",
    )
    return model, tokenizer


def build_marian_shape(seed: int = 0) -> tuple[Any, Any]:
    """Helsinki-NLP/opus-mt-fr-en's architecture with random weights, and a stand-in tokenizer
    with Marian's conventions (appends ``</s>`` = 0, pads with ``<pad>`` = 59513)."""
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    pad = MARIAN_VOCAB - 1
    config = MarianConfig(
        vocab_size=MARIAN_VOCAB, decoder_vocab_size=MARIAN_VOCAB, d_model=512,
        encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
        decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048,
        max_position_embeddings=512, activation_function="swish", scale_embedding=True,
        pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True, tie_word_embeddings=True,
    )
    model = MarianMTModel(config)
    _random_init_(model, seed)
    model.eval()
    model.generation_config = GenerationConfig(
        num_beams=4, bad_words_ids=[[pad]], pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0,
    )
    tokenizer = word_tokenizer(
        MARIAN_VOCAB, {0: "</s>", 1: "<unk>", pad: "<pad>"}, eos="</s>", pad="<pad>",
        append_eos=True, model_max_length=512,
    )
    return model, tokenizer


# --------------------------------------------------------------------------- measurements


@dataclass
class DecodeFigures:
    ttft_stream_s: list[float] = field(default_factory=list)
    ttft_bare_s: list[float] = field(default_factory=list)
    stream_tps: list[float] = field(default_factory=list)
    bare_tps: list[float] = field(default_factory=list)
    loads: list[float | None] = field(default_factory=list)


def _bare_generate(model: Any, inputs: dict[str, Any], new_tokens: int,
                   pad_id: int) -> tuple[float, float]:
    """(seconds to the first token, decode tokens/s after it) for one greedy decode of
    ``new_tokens`` tokens without the streaming path, run in the caller's thread (the caller
    makes it a worker): the app's own loop (``assistants.fastdecode``) where it applies, as the
    streaming path does, else ``model.generate``.

    No streamer, no stopping criterion: the only hook is a clock that notes when each token
    comes out (one ``perf_counter`` call per step, nothing else), so the speed is measured
    the way the streaming path's stats measure it: from the first token to the last.
    """
    import torch
    from transformers.generation.streamers import BaseStreamer

    from assistants import fastdecode

    times: list[float] = []
    decoder = fastdecode.decoder_for(model)
    sampling = fastdecode.sampling_for(model, temperature=0, top_p=1.0)
    if decoder is not None and sampling is not None:
        # the app's own loop, bare: what the streaming path runs, without its streamer
        t0 = time.perf_counter()
        with torch.inference_mode():
            decoder.generate(inputs["input_ids"][0].tolist(), max_new_tokens=new_tokens,
                             sampling=sampling, eos=set(),
                             on_token=lambda _t: times.append(time.perf_counter()),
                             should_stop=lambda: False)
        assert len(times) == new_tokens
        return times[0] - t0, (len(times) - 1) / (times[-1] - times[0])

    class Clock(BaseStreamer):
        def put(self, value: Any) -> None:
            times.append(time.perf_counter())

        def end(self) -> None:
            pass

    t0 = time.perf_counter()
    with torch.inference_mode():
        out = model.generate(
            **inputs, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
            temperature=None, top_p=None, top_k=None, pad_token_id=pad_id, streamer=Clock(),
        )
    assert out.shape[-1] == inputs["input_ids"].shape[-1] + new_tokens
    steps = times[1:]  # the first put is the prompt
    return steps[0] - t0, (len(steps) - 1) / (steps[-1] - steps[0])


def stream_run(model: Any, tokenizer: Any, prompt: str, n: int) -> Any:
    """The app's streaming path (``assistants.generation.stream_generate``, its own worker
    thread), greedy, ``n`` tokens read to the end; returns its ``GenerationStats``."""
    from assistants.generation import stream_generate

    with stream_generate(model, tokenizer, prompt, max_new_tokens=n, temperature=0,
                         timeout_s=600) as s:
        for _ in s:
            pass
    assert s.stats.generated_tokens == n, s.stats
    return s.stats


def measure_decode(model: Any, tokenizer: Any, prompt: str, *, new_tokens: int,
                   rounds: int) -> DecodeFigures:
    """Time to first token and decode speed, streaming path against bare generate.

    Streaming: ``stream_generate`` (its own worker thread; the stats it reports: time to first
    token from the call, tokenization included; decode speed from the first to the last
    token). Bare: ``model.generate`` in a worker thread (see ``_bare_generate``). The two are
    interleaved, ``rounds`` times each, after a warm-up of both.
    """
    inputs = dict(tokenizer(prompt, return_tensors="pt"))
    assert inputs["input_ids"].shape[-1] == PROMPT_TOKENS
    pad_id = tokenizer.pad_token_id

    def stream(n: int) -> Any:
        return stream_run(model, tokenizer, prompt, n)

    # Warm-up: first calls pay lazy initialisation (kernels, weight packing, caches).
    stream(4)
    _in_thread(_bare_generate, model, inputs, 4, pad_id)

    fig = DecodeFigures()
    extra = rounds  # rounds spoilt by other processes are run again, this many at most
    done = 0
    while done < rounds:
        with OtherLoad() as load:
            if done % 2:  # alternate which goes first, so slow drifts hit both alike
                bare_ttft, bare_tps = _in_thread(_bare_generate, model, inputs,
                                                 new_tokens + 1, pad_id)
                stats = stream(new_tokens + 1)
            else:
                stats = stream(new_tokens + 1)
                bare_ttft, bare_tps = _in_thread(_bare_generate, model, inputs,
                                                 new_tokens + 1, pad_id)
        if load.share is not None and load.share > NOISY and extra > 0:
            extra -= 1
            continue
        done += 1
        fig.loads.append(load.share)
        fig.ttft_stream_s.append(stats.time_to_first_token_s)
        fig.stream_tps.append(stats.tokens_per_s)
        fig.ttft_bare_s.append(bare_ttft)
        fig.bare_tps.append(bare_tps)
    return fig


def logits_agreement(reference: Any, logits: Any) -> tuple[float, float]:
    """(share of positions where the top token is the same, relative L2 error of the logits)."""
    top = (reference.argmax(-1) == logits.argmax(-1)).float().mean().item()
    error = ((logits - reference).norm() / reference.norm()).item()
    return top, error


def _prompt_logits(model: Any, input_ids: Any) -> Any:
    import torch

    with torch.inference_mode():
        return model(input_ids=input_ids, logits_to_keep=0).logits[0].float()


def _compare_logits(model: Any, input_ids: Any, reference: Any) -> tuple[float, float]:
    return logits_agreement(reference, _prompt_logits(model, input_ids))


def _four_bit_agreement(input_ids: Any, reference: Any, tops: dict[str, Any]) -> list[Figure]:
    """The same weights with 4-bit weights (``quantize_int4_``) against float32's prompt
    logits, as int8 is compared (their top tokens kept in ``tops``); nothing where Atelier's
    kernel is not available."""
    from assistants import kernels
    from assistants.loading import quantize_int4_

    if _in_thread(kernels.load) is None:
        return []
    model4, _ = _in_thread(build_qwen_shape)  # the same seed: the same weights
    _in_thread(quantize_int4_, model4)
    logits = _in_thread(_prompt_logits, model4, input_ids)
    top, error = logits_agreement(reference, logits)
    tops["4-bit"] = logits.argmax(-1)
    del model4, logits
    gc.collect()
    return [Figure("0.5B 4-bit vs float32: same top token", top * 100, "%",
                   detail=f"over the prompt's {PROMPT_TOKENS} positions; logits' relative error "
                          f"{error:.3f}; random weights: says little about quality")]


AGREEMENT_POSITIONS = range(11, PROMPT_TOKENS, 12)  # 16 prompt positions llama.cpp is asked


def _peer_agreement(files: dict[str, Any], ids: list[int], float_tops: Any,
                    app_tops: dict[str, Any]) -> list[Figure]:
    """How often llama.cpp's Q8_0 and Q4_0 of the same weights pick float32's top token, on
    16 prompt positions (one evaluation per prefix: its Python API gives the last position's
    logits), beside the app's int8 and 4-bit on the same positions: the context for the
    "same top token" figures, which random weights make low."""
    import torch

    from benchmarks import peers as peer_engines

    figures = []
    positions = list(AGREEMENT_POSITIONS)
    want = [int(float_tops[p]) for p in positions]
    for qtype, app_label in (("Q8_0", "int8"), ("Q4_0", "4-bit")):
        if qtype not in files:
            continue
        engine = peer_engines.LlamaCpp(files[qtype], threads=torch.get_num_threads(),
                                       n_ctx=PROMPT_TOKENS + 8, n_batch=256)
        try:
            got = [int(engine.logits(ids[:p + 1]).argmax()) for p in positions]
        finally:
            engine.close()
        same = sum(a == b for a, b in zip(got, want, strict=True))
        app = app_tops.get(app_label)
        app_same = (sum(int(app[p]) == w for p, w in zip(positions, want, strict=True))
                    if app is not None else None)
        beside = (f"the app's {app_label} on the same positions: {app_same}/{len(positions)}"
                  if app_same is not None else f"no app {app_label} figure")
        figures.append(Figure(
            f"llama.cpp {qtype} vs float32: same top token", 100 * same / len(positions), "%",
            detail=f"{same}/{len(positions)} prompt positions; {beside}"))
    return figures


def _figures_for(label: str, fig: DecodeFigures, new_tokens: int) -> list[Figure]:
    load = _load_text(fig.loads)
    ttft = statistics.median(fig.ttft_stream_s)
    stream_tps = statistics.median(fig.stream_tps)
    bare_tps = statistics.median(fig.bare_tps)
    # paired: each round's streaming run against the bare run next to it
    overhead = statistics.median(
        1 - st / bt for st, bt in zip(fig.stream_tps, fig.bare_tps, strict=True))
    return [
        Figure(f"{label}: time to first token, {PROMPT_TOKENS}-token prompt", ttft, "s",
               TTFT_GOAL_S, higher_is_better=False,
               detail=f"streaming path; bare loop {statistics.median(fig.ttft_bare_s):.2f} s"
                      f"; {load}", samples=fig.ttft_stream_s),
        Figure(f"{label}: decode, bare loop (worker thread)", bare_tps, "tok/s",
               detail=f"{new_tokens} tokens after the first; {load}", samples=fig.bare_tps),
        Figure(f"{label}: decode, streaming path", stream_tps, "tok/s",
               detail=f"stream_generate, greedy; {load}", samples=fig.stream_tps),
        Figure(f"{label}: streaming overhead vs bare loop", overhead * 100, "%",
               STREAM_OVERHEAD_GOAL * 100, higher_is_better=False,
               detail="median of paired rounds; below 0 = within noise"),
    ]


def qwen_benchmarks(*, quick: bool, log: Callable[[str], None], app_figures: bool = True,
                    peers: bool = True) -> list[Figure]:
    """The Qwen2.5-0.5B shape: float32 and int8 through the app's paths (``app_figures``),
    then int8 beside llama.cpp Q8_0 and Q4_0 of the same weights (``peers``, see
    ``benchmarks.peers``; its GGUF files are written from the float32 weights, before
    ``quantize_int8_`` changes them)."""
    import contextlib

    import torch

    from assistants.loading import quantize_int8_
    from benchmarks import peers as peer_engines

    figures: list[Figure] = []
    t0 = time.perf_counter()
    model, tokenizer = _in_thread(build_qwen_shape)
    build_s = time.perf_counter() - t0
    params = sum(p.numel() for p in model.parameters())
    figures.append(Figure("Qwen2.5-0.5B shape: built from config", build_s, "s",
                          detail=f"{params / 1e6:.0f} M parameters, random weights"))
    log(f"  built the Qwen2.5-0.5B shape in {build_s:.1f} s")

    rng = torch.Generator().manual_seed(1)
    ids = torch.randint(0, 151_000, (PROMPT_TOKENS,), generator=rng).tolist()
    prompt = " ".join(f"w{i}" for i in ids)
    input_ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
    assert input_ids[0].tolist() == ids  # llama.cpp is given these ids: the same prompt
    rounds = 2 if quick else 3

    fp32: DecodeFigures | None = None
    reference = None
    float_tops = None  # float32's top token at each prompt position
    app_tops: dict[str, Any] = {}  # the same from the app's int8 and 4-bit weights
    fp32_bytes = _in_thread(decode_weight_bytes, model)
    if app_figures:
        fp32_tokens = 8 if quick else 24
        fp32 = measure_decode(model, tokenizer, prompt, new_tokens=fp32_tokens, rounds=rounds)
        figures += _figures_for("0.5B float32", fp32, fp32_tokens)
        log(f"  float32: {statistics.median(fp32.stream_tps):.1f} tok/s")
        reference = _in_thread(_prompt_logits, model, input_ids)

    skipped = peer_engines.skipped_reason() if peers else None
    with contextlib.ExitStack() as stack:
        files: dict[str, Any] = {}
        if peers and skipped is None:
            files = stack.enter_context(peer_engines.gguf_files(model, log=log))

        t0 = time.perf_counter()
        _in_thread(quantize_int8_, model)
        quant_s = time.perf_counter() - t0
        int8_bytes = _in_thread(decode_weight_bytes, model)  # unpacks int8 weights: a worker
        figures.append(Figure("0.5B int8: quantization (quantize_int8_)", quant_s, "s",
                              detail=f"weights read per token {fp32_bytes / 1e6:.0f} MB -> "
                                     f"{int8_bytes / 1e6:.0f} MB"))
        if reference is not None:
            # (compared in a worker too: a large torch operation in this thread would give it
            # an OpenMP pool of its own and slow every generation after it, see the module doc)
            top, error = _in_thread(_compare_logits, model, input_ids, reference)
            figures.append(Figure(
                "0.5B int8 vs float32: same top token", top * 100, "%",
                detail=f"over the prompt's {PROMPT_TOKENS} positions; logits' relative error "
                       f"{error:.3f}; random weights: says little about quality"))
            app_tops["int8"] = _in_thread(_prompt_logits, model, input_ids).argmax(-1)
            figures += _four_bit_agreement(input_ids, reference, app_tops)
            float_tops = reference.argmax(-1)
            del reference
            gc.collect()

        if app_figures:
            assert fp32 is not None
            int8_tokens = 16 if quick else 64
            int8 = measure_decode(model, tokenizer, prompt, new_tokens=int8_tokens,
                                  rounds=rounds)
            figures += _figures_for("0.5B int8", int8, int8_tokens)
            speedup = statistics.median(int8.stream_tps) / statistics.median(fp32.stream_tps)
            figures.append(Figure("0.5B int8 decode speed-up over float32", speedup, "x",
                                  detail="streaming path"))
            log(f"  int8: {statistics.median(int8.stream_tps):.1f} tok/s")

        if peers:
            figures += peer_engines.llama_cpp_figures(
                model, tokenizer, prompt, ids, files, quick=quick, log=log, skipped=skipped)
            if files and float_tops is not None:
                figures += _peer_agreement(files, ids, float_tops, app_tops)
    del model
    gc.collect()
    return figures


def mixed_sentences(count: int, seed: int = 2) -> list[str]:
    """``count`` sentences of 4 to 48 words from the stand-in vocabulary, mixed lengths."""
    import random

    rng = random.Random(seed)
    return [
        " ".join(f"w{rng.randrange(2, MARIAN_VOCAB - 1)}" for _ in range(rng.randint(4, 48)))
        for _ in range(count)
    ]


def marian_benchmarks(*, quick: bool, log: Callable[[str], None]) -> list[Figure]:
    from assistants.loading import quantize_int8_
    from assistants.translation import translate_batch

    model, tokenizer = _in_thread(build_marian_shape)
    sentences = mixed_sentences(16 if quick else 64)
    words = sum(len(s.split()) for s in sentences)
    figures: list[Figure] = []
    for label in ("float32", "int8"):
        if label == "int8":
            _in_thread(quantize_int8_, model)
        for attempt in range(2):  # once more if other processes took much of the CPUs
            with OtherLoad() as load:
                t0 = time.perf_counter()
                out = _in_thread(translate_batch, model, tokenizer, sentences)
                elapsed = time.perf_counter() - t0
            if load.share is None or load.share <= NOISY or attempt:
                break
        assert len(out) == len(sentences)
        figures.append(Figure(
            f"opus-mt shape {label}: translation", len(sentences) / elapsed, "sent/s",
            detail=f"{len(sentences)} sentences, {words} words, 4 beams, in {elapsed:.1f} s; "
                   f"random weights decode the whole budget: a floor; "
                   f"{_load_text([load.share])}"))
        log(f"  opus-mt {label}: {len(sentences) / elapsed:.1f} sentences/s")
    return figures


def _decode_tps(model: Any, tokenizer: Any, prompt: str, new_tokens: int) -> float:
    """Decode tokens/s of one greedy ``generate_text`` (the app's generation, run in the
    calling thread: the model thread)."""
    from assistants.generation import generate_text

    _, stats = generate_text(model, tokenizer, prompt, max_new_tokens=new_tokens + 1,
                             temperature=0, timeout_s=None)
    assert stats.generated_tokens == new_tokens + 1, stats
    return float(stats.tokens_per_s or 0.0)


def chat_after_pretranslation_benchmarks(*, quick: bool,
                                         log: Callable[[str], None]) -> list[Figure]:
    """A chat (Qwen2.5-0.5B shape, int8) right after a pre-translation batch (opus-mt shape,
    int8), against a chat alone: both on the app's model thread, as ``desktop.ai`` runs
    them. For reference, the way the app ran before the model thread: the batch in a job
    runner's thread that then stays alive (a QThreadPool keeps an idle thread 30 s), the chat
    in another thread, so two OpenMP pools are alive while the chat decodes."""
    import torch

    from assistants.loading import quantize_int8_
    from assistants.model_thread import ModelThread
    from assistants.translation import translate_batch

    new_tokens = 16 if quick else 32
    rounds = 2 if quick else 3
    sentences = mixed_sentences(8 if quick else 16)
    figures: list[Figure] = []
    with ModelThread("bench-model-thread") as mt:
        def build() -> tuple[Any, Any, Any, Any]:
            qwen, qtok = build_qwen_shape()
            quantize_int8_(qwen)
            marian, mtok = build_marian_shape()
            quantize_int8_(marian)
            return qwen, qtok, marian, mtok

        qwen, qtok, marian, mtok = mt.run(build)  # loaded on the model thread, as the app does
        rng = torch.Generator().manual_seed(1)
        prompt = " ".join(f"w{i}" for i in torch.randint(0, 151_000, (PROMPT_TOKENS,),
                                                          generator=rng).tolist())
        mt.run(_decode_tps, qwen, qtok, prompt, 2)  # warm-up
        mt.run(translate_batch, marian, mtok, sentences[:2])

        alone: list[float] = []
        after: list[float] = []
        before: list[float] = []
        loads: list[float | None] = []
        # The model-thread rounds first: once the reference's pooled thread has run torch, its
        # OpenMP pool stays alive and would slow every later round, these included.
        for _ in range(rounds):
            with OtherLoad() as load:
                alone.append(mt.run(_decode_tps, qwen, qtok, prompt, new_tokens))
                mt.run(translate_batch, marian, mtok, sentences)
                after.append(mt.run(_decode_tps, qwen, qtok, prompt, new_tokens))
            loads.append(load.share)

        # A job runner's pooled thread: it translates, then waits for the next job (alive).
        pooled_jobs: queue.Queue[Callable[[], Any] | None] = queue.Queue()
        pooled_done: queue.Queue[Any] = queue.Queue()

        def pooled() -> None:
            while (job := pooled_jobs.get()) is not None:
                pooled_done.put(job())

        pool_thread = threading.Thread(target=pooled, name="bench-runner-pool", daemon=True)
        pool_thread.start()
        try:
            for _ in range(rounds):
                with OtherLoad() as load:
                    pooled_jobs.put(lambda: translate_batch(marian, mtok, sentences))
                    pooled_done.get()
                    before.append(mt.run(_decode_tps, qwen, qtok, prompt, new_tokens))
                loads.append(load.share)
        finally:
            pooled_jobs.put(None)
            pool_thread.join()
    text = _load_text(loads)
    for name, values, detail in (
            ("chat alone", alone, "on the model thread"),
            ("chat right after a pre-translation", after,
             f"{len(sentences)} sentences translated on the model thread just before"),
            ("the same, the old way (reference)", before,
             "batch in a runner thread that stays alive, chat in another")):
        figures.append(Figure(f"Qwen 0.5B int8: {name}", statistics.median(values),
                              "tok/s", detail=f"{new_tokens} tokens; {detail}; {text}",
                              samples=values))
    log(f"  chat alone {statistics.median(alone):.1f} tok/s, right after a pre-translation "
        f"{statistics.median(after):.1f}, the old way {statistics.median(before):.1f}")
    return figures


def model_benchmarks(*, quick: bool = False, translation: bool = True, peers: bool = True,
                     log: Callable[[str], None] = print) -> list[Figure]:
    """Every model figure; torch work runs in worker threads, never in the caller's."""
    import torch

    threads = torch.get_num_threads()
    log(f"model benchmarks ({threads} torch threads)...")
    probe = BandwidthProbe(1 << 28 if quick else 1 << 30)
    try:
        probe.sample(runs=7)
    finally:
        probe.close()  # its tensor is not kept while the models run
    figures = [Figure(
        f"memory read bandwidth (sums of {probe.nbytes >> 20} MiB float32)",
        statistics.median(probe.samples) / 1e9, "GB/s",
        detail=f"{threads} threads; for reference only: swings between runs; best of 7 sums",
        samples=[x / 1e9 for x in probe.samples])]
    figures += qwen_benchmarks(quick=quick, log=log, peers=peers)
    if translation:
        figures += marian_benchmarks(quick=quick, log=log)
        figures += chat_after_pretranslation_benchmarks(quick=quick, log=log)
    return figures


def peer_benchmarks(*, quick: bool = False,
                    log: Callable[[str], None] = print) -> list[Figure]:
    """Only the Qwen shape's int8 decode beside llama.cpp (``python -m benchmarks --only
    peers``): no float32 run, no bare ``generate``, no translation."""
    import torch

    log(f"drafting beside llama.cpp ({torch.get_num_threads()} torch threads)...")
    return qwen_benchmarks(quick=quick, log=log, app_figures=False, peers=True)


def print_figures(figures: list[Figure]) -> None:
    head = f"{'model benchmark':<52} {'figure':>12} {'goal':>10}  status"
    print(head)
    print("-" * len(head))
    for f in figures:
        if f.skipped:
            print(f"{f.name:<52} {f.detail}")
            continue
        goal = "" if f.goal is None else ("≥ " if f.higher_is_better else "≤ ") + _fmt(f.goal,
                                                                                     f.unit)
        status = {None: "", True: "ok", False: "NOT MET"}[f.ok]
        print(f"{f.name:<52} {_fmt(f.value, f.unit):>12} {goal:>10}  {status:<7}  {f.detail}")


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}"
    if unit == "%":
        return f"{value:.1f} %"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.models")
    parser.add_argument("--quick", action="store_true", help="fewer tokens and runs")
    parser.add_argument("--no-translation", action="store_true")
    parser.add_argument("--chat-after-pretranslation", action="store_true",
                        help="only the chat right after a pre-translation against a chat alone")
    parser.add_argument("--peers", action="store_true",
                        help="only the Qwen shape's int8 decode beside llama.cpp Q8_0 and Q4_0")
    parser.add_argument("--no-peers", action="store_true", help="skip llama.cpp")
    args = parser.parse_args(argv)
    if args.peers and args.no_peers:
        parser.error("--peers and --no-peers contradict each other")
    if args.chat_after_pretranslation:
        figures = chat_after_pretranslation_benchmarks(quick=args.quick, log=print)
    elif args.peers:
        figures = peer_benchmarks(quick=args.quick)
    else:
        figures = model_benchmarks(quick=args.quick, translation=not args.no_translation,
                                   peers=not args.no_peers)
    print()
    print_figures(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""llama.cpp beside the app's drafting decode, in the same `make bench` run (issue 20).

llama.cpp (the engine of GPT4All, LM Studio, Ollama and Jan) runs here through
``llama-cpp-python`` (the ``bench`` extra; it compiles llama.cpp once, several minutes). No
download: the Qwen2.5-0.5B shape the bench built (``benchmarks.models.build_qwen_shape``) is
written to a GGUF file with the SAME random weights, read from the torch model's state dict
(``write_qwen2_gguf``), quantized by the ``gguf`` library (``gguf.quants.quantize``) to Q8_0
and to Q4_0. Every 2-D weight is quantized, the token embedding (which is also the output
layer: Qwen2.5-0.5B ties them, and llama.cpp's ``qwen2`` falls back to ``token_embd.weight``
when there is no ``output.weight``) included; norms and biases stay F32. Q4_0 is "pure", as
``llama-quantize --pure`` writes it: a Q4_0 file downloaded from a hub usually keeps its
embedding/output layer at Q6_K, which is a little slower.

No tokenizer is needed: the GGUF says ``tokenizer.ggml.model = "none"`` with
``qwen2.vocab_size`` = 151,936 (llama.cpp then makes that many placeholder tokens), and the
bench gives llama.cpp the token ids of the same 200-token prompt the app's run tokenized.

Measured like the app's stats: time to first token from the call (the 200-token prompt
evaluated, then one greedy sample; llama.cpp is given token ids, the app tokenizes its text,
which costs it a little), decode speed from the first token to the last. Greedy
(``temp=0``, repeat penalty 1.0), ``n_threads`` = ``n_threads_batch`` = torch's thread
count, a 256-token batch (the prompt is one batch); llama-cpp-python's defaults otherwise
(float16 KV cache, flash attention off; llama.cpp's own command line turns it on where the
device supports it). llama.cpp's CPU backend is built with OpenMP (the system's libgomp;
torch has its own copy), whose thread pool belongs to the thread that ran it: each llama.cpp
generation runs in a short-lived thread, like the bench's torch work, so that its pool ends
with it. How much CPU the process still uses right after a llama.cpp run is measured once and
shown (about 1 % of a core here: nothing keeps spinning while torch runs).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.models import Figure

LLAMA_QUANTS = ("Q8_0", "Q4_0")
SKIPPED_GGUF = "skipped: the gguf package is not installed (pip install -e '.[bench]')"
SKIPPED_LLAMA = "skipped: llama-cpp-python is not installed (pip install -e '.[bench]')"


def gguf_available() -> bool:
    try:
        import gguf  # noqa: F401
    except ImportError:
        return False
    return True


def llama_cpp_available() -> bool:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


def skipped_reason() -> str | None:
    """Why llama.cpp cannot be measured here (None when it can)."""
    if not gguf_available():
        return SKIPPED_GGUF
    if not llama_cpp_available():
        return SKIPPED_LLAMA
    return None


# --------------------------------------------------------------------------- the GGUF writer


def write_qwen2_gguf(model: Any, path: Path | str, qtype: str = "Q8_0") -> Path:
    """Write a ``Qwen2ForCausalLM`` (float32 weights) to ``path`` as a GGUF file for
    llama.cpp's ``qwen2`` architecture, its 2-D weights as ``qtype`` (``Q8_0``, ``Q4_0``,
    ``F16`` or ``F32``), norms and biases as F32, no tokenizer (``"none"``, with the
    vocabulary size). Returns ``path``."""
    import gguf
    import numpy as np

    from assistants.fastdecode import unfuse

    unfuse(model)  # a model that generated has fused layers: their own names again
    config = model.config
    arch = gguf.MODEL_ARCH.QWEN2
    quant = gguf.GGMLQuantizationType[qtype]
    file_type = {"F32": gguf.LlamaFileType.ALL_F32, "F16": gguf.LlamaFileType.MOSTLY_F16,
                 "Q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
                 "Q4_0": gguf.LlamaFileType.MOSTLY_Q4_0}[qtype]
    layers = config.num_hidden_layers
    names = gguf.get_tensor_name_map(arch, layers)
    path = Path(path)
    writer = gguf.GGUFWriter(path, gguf.MODEL_ARCH_NAMES[arch])
    try:
        writer.add_name("Qwen2.5-0.5B shape, random weights (atelier bench)")
        writer.add_context_length(config.max_position_embeddings)
        writer.add_embedding_length(config.hidden_size)
        writer.add_block_count(layers)
        writer.add_feed_forward_length(config.intermediate_size)
        writer.add_head_count(config.num_attention_heads)
        writer.add_head_count_kv(config.num_key_value_heads)
        writer.add_rope_freq_base(float(_rope_theta(config)))
        writer.add_layer_norm_rms_eps(config.rms_norm_eps)
        writer.add_file_type(file_type)
        writer.add_quantization_version(gguf.GGML_QUANT_VERSION)
        writer.add_vocab_size(config.vocab_size)
        writer.add_tokenizer_model("none")

        state = model.state_dict()
        tied = bool(getattr(config, "tie_word_embeddings", False))
        for key, tensor in state.items():
            if tied and key == "lm_head.weight":
                continue  # llama.cpp reads the output layer from token_embd.weight
            name = names.get_name(key, try_suffixes=(".weight", ".bias"))
            if name is None:
                raise ValueError(f"no GGUF name for the weight {key}")
            data = tensor.detach().float().contiguous().numpy()
            if data.ndim == 2 and quant not in (gguf.GGMLQuantizationType.F32,):
                packed = gguf.quants.quantize(data, quant)
                if quant is gguf.GGMLQuantizationType.F16:
                    writer.add_tensor(name, packed)
                else:
                    writer.add_tensor(name, packed, raw_dtype=quant)
            else:
                writer.add_tensor(name, np.ascontiguousarray(data, dtype=np.float32))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    return path


def _rope_theta(config: Any) -> float:
    """RoPE base of a transformers config (5.x keeps it in ``rope_parameters``)."""
    params = getattr(config, "rope_parameters", None) or {}
    if "rope_theta" in params:
        return float(params["rope_theta"])
    return float(config.rope_theta)


# --------------------------------------------------------------------------- llama.cpp


def _in_thread(fn: Callable[..., Any], *args: Any) -> Any:
    from benchmarks.models import _in_thread as run

    return run(fn, *args)


@dataclass
class Run:
    """One greedy generation: time to first token, decode tokens/s after it, the tokens."""

    ttft_s: float
    tokens_per_s: float
    tokens: list[int]


class LlamaCpp:
    """A GGUF file loaded by llama-cpp-python, generating greedily from token ids."""

    def __init__(self, path: Path, *, threads: int, n_ctx: int,
                 flash_attn: bool = False, n_batch: int = 512, f32_cache: bool = False) -> None:
        from llama_cpp import Llama

        extra: dict[str, Any] = {}
        if f32_cache:
            import llama_cpp

            extra = {"type_k": llama_cpp.GGML_TYPE_F32, "type_v": llama_cpp.GGML_TYPE_F32}
        self.path = path
        self.threads = threads
        self.llm = Llama(model_path=str(path), n_ctx=n_ctx, n_batch=n_batch,
                         n_ubatch=n_batch, n_threads=threads, n_threads_batch=threads,
                         flash_attn=flash_attn, seed=0, verbose=False, **extra)

    def _generate(self, prompt: Sequence[int], n: int) -> Run:
        llm = self.llm
        llm.reset()  # no reuse of the previous run's cache: the whole prompt is evaluated
        tokens: list[int] = []
        times: list[float] = []
        t0 = time.perf_counter()
        for token in llm.generate(list(prompt), top_k=1, temp=0.0, repeat_penalty=1.0,
                                  reset=True):
            times.append(time.perf_counter())
            tokens.append(int(token))
            if len(tokens) == n:
                break
        decode = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
        return Run(times[0] - t0, decode, tokens)

    def generate(self, prompt: Sequence[int], n: int) -> Run:
        """``n`` tokens, greedy, in a short-lived thread (see the module doc)."""
        return _in_thread(self._generate, prompt, n)

    def logits(self, prompt: Sequence[int]) -> Any:
        """The last position's logits after evaluating ``prompt`` (a fresh cache)."""
        import numpy as np

        def run() -> Any:
            self.llm.reset()
            self.llm.eval(list(prompt))
            return np.ctypeslib.as_array(self.llm._ctx.get_logits(),
                                         shape=(self.llm.n_vocab(),)).copy()

        return _in_thread(run)

    def close(self) -> None:
        self.llm.close()


def idle_cpu_share(seconds: float = 0.5) -> float:
    """Share of one core this process used while its calling thread slept ``seconds``:
    near 0 when no thread of ours spins (measured right after a llama.cpp run)."""
    t0, c0 = time.perf_counter(), time.process_time()
    time.sleep(seconds)
    return (time.process_time() - c0) / (time.perf_counter() - t0)


@contextlib.contextmanager
def gguf_files(model: Any, quants: Sequence[str] = LLAMA_QUANTS,
               log: Callable[[str], None] = print) -> Iterator[dict[str, Path]]:
    """GGUF files of ``model`` (float32), one per quantization, in a temporary folder that
    is removed on exit; an empty mapping where gguf is missing."""
    import shutil
    import tempfile

    if not gguf_available():
        yield {}
        return
    folder = Path(tempfile.mkdtemp(prefix="atelier-bench-gguf-"))
    try:
        files: dict[str, Path] = {}
        for qtype in quants:
            t0 = time.perf_counter()
            files[qtype] = write_qwen2_gguf(model, folder / f"qwen2-{qtype}.gguf", qtype)
            log(f"  GGUF {qtype} written in {time.perf_counter() - t0:.1f} s "
                f"({files[qtype].stat().st_size / 1e6:.0f} MB)")
        yield files
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- alternated rounds


@dataclass
class Contestant:
    """One engine in the alternated rounds: ``run(n)`` generates n tokens greedily from the
    same prompt and returns (time to first token, decode tokens/s)."""

    label: str
    run: Callable[[int], tuple[float, float]]
    ttft_s: list[float] = field(default_factory=list)
    tps: list[float] = field(default_factory=list)


def alternated_rounds(contestants: Sequence[Contestant], *, new_tokens: int, rounds: int,
                      noisy: float, log: Callable[[str], None] = print
                      ) -> list[float | None]:
    """After the caller's warm-up: ``rounds`` rounds in which every contestant generates
    ``new_tokens`` + 1 tokens, the order turning by one each round so that slow drifts hit all
    alike; a round in which other processes used more than ``noisy`` of the CPUs is run again
    (``rounds`` times at most).
    Fills each contestant's samples; returns the others' load of each kept round."""
    from benchmarks.models import OtherLoad

    loads: list[float | None] = []
    extra = rounds
    done = 0
    while done < rounds:
        order = [contestants[(done + i) % len(contestants)] for i in range(len(contestants))]
        results = []
        with OtherLoad() as load:
            for c in order:
                results.append((c, c.run(new_tokens + 1)))
        if load.share is not None and load.share > noisy and extra > 0:
            extra -= 1
            log(f"  round spoilt by other processes ({load.share:.0%} of the CPUs): again")
            continue
        done += 1
        loads.append(load.share)
        for c, (ttft, tps) in results:
            c.ttft_s.append(ttft)
            c.tps.append(tps)
        log("  round " + str(done) + ": " + ", ".join(
            f"{c.label} {tps:.1f} tok/s (first token {ttft:.2f} s)" for c, (ttft, tps) in results))
    return loads


def paired_ratio(a: Sequence[float], b: Sequence[float]) -> float:
    """Median of the per-round ratios a/b (both measured in the same round)."""
    import statistics

    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def llama_cpp_version() -> str:
    import llama_cpp

    return str(llama_cpp.__version__)



# --------------------------------------------------------------------------- the section

APP_4BIT_QUANTIZER = "quantize_int4_"
"""Hook for the app's 4-bit path: the name of its quantizer in ``assistants.loading`` (called
as ``quantizer(model)`` on a float32 model, like ``quantize_int8_``). Until it exists, the
Q4_0 figures are shown for reference, against the app's int8; once it does, the bench builds
the same weights again, quantizes them with it and holds it to ≥ 1.0x llama.cpp Q4_0."""


def app_4bit_quantizer() -> Callable[[Any], Any] | None:
    """The app's 4-bit quantizer, or None where it cannot run here (it needs Atelier's kernel:
    ``assistants.kernels``)."""
    import assistants.loading as loading
    from assistants import kernels

    if not kernels.status(load=False).available:
        return None
    return getattr(loading, APP_4BIT_QUANTIZER, None)


def _reference_model() -> Any:
    """The bench's Qwen shape (same seed, same weights), int8, generating through transformers'
    ``generate`` instead of the app's own loop."""
    from assistants.generation import FAST_DECODE_ATTRIBUTE
    from assistants.loading import quantize_int8_
    from benchmarks.models import build_qwen_shape

    model, _ = build_qwen_shape()
    quantize_int8_(model)
    setattr(model, FAST_DECODE_ATTRIBUTE, False)
    return model


def llama_cpp_figures(model: Any, tokenizer: Any, prompt: str, prompt_ids: Sequence[int],
                      files: dict[str, Path], *, quick: bool, log: Callable[[str], None],
                      skipped: str | None = None) -> list[Figure]:
    """The app's int8 streaming decode (``model``, already quantized) and llama.cpp on
    ``files`` (GGUF of the same weights, by quantization), alternated rounds from the same
    prompt; medians, and the ratios with their goals. ``skipped``: why llama.cpp cannot run
    here (rows saying so, and the bench goes on)."""
    import statistics

    import torch

    from benchmarks.models import (
        NOISY,
        PEER_DECODE_GOAL,
        PEER_PREFILL_GOAL,
        PROMPT_TOKENS,
        Figure,
        _load_text,
        build_qwen_shape,
        stream_run,
    )

    if skipped is not None or not files:
        reason = skipped or SKIPPED_GGUF
        log(f"  llama.cpp: {reason}")
        return [Figure("llama.cpp Q8_0 / Q4_0 (drafting peers)", float("nan"), "tok/s",
                       detail=reason)]

    threads = torch.get_num_threads()
    new_tokens = 16 if quick else 64
    rounds = 2 if quick else 3
    n_ctx = PROMPT_TOKENS + new_tokens + 32

    def app(m: Any) -> Callable[[int], tuple[float, float]]:
        def run(n: int) -> tuple[float, float]:
            stats = stream_run(m, tokenizer, prompt, n)
            return float(stats.time_to_first_token_s), float(stats.tokens_per_s or 0.0)
        return run

    contestants = [Contestant("app int8", app(model))]
    engines: dict[str, LlamaCpp] = {}
    model4 = None
    quantizer = app_4bit_quantizer()
    try:
        for qtype, path in files.items():
            try:
                engine = LlamaCpp(path, threads=threads, n_ctx=n_ctx, n_batch=256)
            except (ValueError, RuntimeError, OSError) as e:  # a llama.cpp that refuses it
                reason = f"skipped: llama.cpp {llama_cpp_version()} did not load the GGUF ({e})"
                log(f"  llama.cpp: {reason}")
                return [Figure("llama.cpp Q8_0 / Q4_0 (drafting peers)", float("nan"),
                               "tok/s", detail=reason)]
            engines[qtype] = engine

            def run(n: int, engine: LlamaCpp = engine) -> tuple[float, float]:
                result = engine.generate(prompt_ids, n)
                assert len(result.tokens) == n
                return result.ttft_s, result.tokens_per_s

            contestants.append(Contestant(f"llama.cpp {qtype}", run))
        # the same weights through transformers' generate: what the app's loop replaced
        reference = _in_thread(_reference_model)
        contestants.insert(1, Contestant("app int8 (generate)", app(reference)))
        if quantizer is not None:
            model4, _ = _in_thread(build_qwen_shape)  # the same seed: the same weights
            _in_thread(quantizer, model4)
            contestants.insert(1, Contestant("app 4-bit", app(model4)))

        # warm-up, then: do llama.cpp's threads keep using the CPU once a run is over?
        for c in contestants:
            c.run(4)
        idle = idle_cpu_share()
        log(f"  after a llama.cpp run, this process used {idle:.0%} of a core while idle")
        loads = alternated_rounds(contestants, new_tokens=new_tokens, rounds=rounds,
                                  noisy=NOISY, log=log)
    finally:
        for engine in engines.values():
            engine.close()
        engines.clear()
        del model4
        reference = None

    load = _load_text(loads)
    by = {c.label: c for c in contestants}
    app8 = by["app int8"]
    common = (f"{PROMPT_TOKENS}-token prompt, greedy, {new_tokens} tokens after the first, "
              f"{threads} threads; median of {rounds} alternated rounds; {load}")
    figures: list[Figure] = []
    from assistants import kernels

    products = _in_thread(lambda: kernels.status().reason)  # loads the library after torch
    for c in contestants:
        what = (f"stream_generate, int8 products: {products}" if c.label == "app int8"
                else "stream_generate" if c.label.startswith("app")
                else f"llama-cpp-python {llama_cpp_version()}, GGUF written by gguf")
        figures.append(Figure(f"beside llama.cpp: {c.label} decode", statistics.median(c.tps),
                              "tok/s", detail=f"{what}; {common}", samples=c.tps))
        figures.append(Figure(f"beside llama.cpp: {c.label} time to first token",
                              statistics.median(c.ttft_s), "s", higher_is_better=False,
                              detail=f"{PROMPT_TOKENS}-token prompt evaluated + one token",
                              samples=c.ttft_s))
    if "app int8 (generate)" in by:
        figures.append(Figure(
            "app int8: own decode loop / generate", paired_ratio(
                app8.tps, by["app int8 (generate)"].tps), "x",
            detail="the same weights, int8; assistants.fastdecode against transformers' "
                   "generate (Models › Writing, --reference-decoding); median of the per-round "
                   "ratios"))
    if "llama.cpp Q8_0" in by:
        q8 = by["llama.cpp Q8_0"]
        figures.append(Figure(
            "app int8 / llama.cpp Q8_0: decode", paired_ratio(app8.tps, q8.tps), "x",
            PEER_DECODE_GOAL, detail=f"median of the per-round ratios; llama.cpp's threads "
                                     f"idle after a run: {idle:.0%} of a core; {load}"))
        figures.append(Figure(
            "llama.cpp Q8_0 / app int8: first token (prefill)",
            paired_ratio(q8.ttft_s, app8.ttft_s), "x", PEER_PREFILL_GOAL,
            detail="how many times sooner the app's first token comes; median of the "
                   "per-round ratios"))
    if "llama.cpp Q4_0" in by:
        q4 = by["llama.cpp Q4_0"]
        if "app 4-bit" in by:
            app4 = by["app 4-bit"]
            figures.append(Figure(
                "app 4-bit / llama.cpp Q4_0: decode", paired_ratio(app4.tps, q4.tps),
                "x", PEER_DECODE_GOAL, detail="median of the per-round ratios; groups of 32 "
                                              "weights share a scale in both (4.5 bits)"))
            figures.append(Figure(
                "llama.cpp Q4_0 / app 4-bit: first token (prefill)",
                paired_ratio(q4.ttft_s, app4.ttft_s), "x",
                detail="how many times sooner the app's first token comes, for reference"))
        else:
            figures.append(Figure(
                "app int8 / llama.cpp Q4_0: decode", paired_ratio(app8.tps, q4.tps), "x",
                detail=f"for reference: the app has no 4-bit path yet "
                       f"(assistants.loading.{APP_4BIT_QUANTIZER})"))
    return figures

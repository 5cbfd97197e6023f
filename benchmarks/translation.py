"""Pre-translation throughput for `make bench`: segments per second on a 1,000-segment document.

The model is Helsinki-NLP/opus-mt-fr-en's architecture (Marian: d_model 512, 6 + 6 layers,
8 heads, feed-forward 2048, vocabulary 59,514, shared embeddings) with random weights, built by
``benchmarks.models.build_marian_shape``: random weights cost the same time per token as the
real ones. Three ways to pre-translate the same document are timed in the same run:

- naive: one ``model.generate`` per segment (batch of 1), float32 and int8
  (``assistants.loading.quantize_int8_``);
- batched: ``assistants.translation.translate_batch``, as the app calls it (segments sorted by
  length, dynamic batches within a padded-token budget), float32 and int8. On the CPU it decodes
  greedy settings with the app's own loop (``assistants.marian_decode``); int8 is also timed
  with ``fast=False`` (``model.generate``, the path before that loop) for reference;
- CTranslate2 int8, the engine Argos Translate runs on: the same model converted with
  ``ctranslate2.converters.TransformersConverter(quantization="int8")``, translated with
  ``Translator.translate_batch`` and the same batch policy (a budget in tokens, its own length
  sorting). CTranslate2 is a benchmark-only dependency (``pip install '.[bench]'``); without it
  the row says so.

The document is made of the segments of the real documents in ``../shared/testdata/docs``
(``storage.documents.load_document(...).segments``, plain text), cycled to 1,000 segments so
that their real length distribution is kept; a fixed synthetic mix stands in when the folder is
missing. Token ids are random but lengths are real: ``round(1.3 x words)`` tokens per segment
(about what opus-mt's SentencePiece gives for French), plus ``</s>``.

Fairness. A random model never writes ``</s>``, so it would decode every segment to the
length limit. Every path is made to end each segment at the same realistic target length,
``round(1.2 x source tokens) + 5`` tokens (a real model stops by itself about there):

- naive: ``max_new_tokens`` = the target (the forced final ``</s>`` is switched off);
- batched: ``translate_batch`` runs unchanged; the model it is given is a thin proxy. Its
  ``generate`` adds a stopping criterion that ends each row at its own target (as ``</s>``
  would: the row is finished and padded while the rest of its batch goes on, as in
  transformers with a real model); its ``decode_row_limits`` gives the app's own loop each
  row's target, at which the loop ends the row exactly as when it writes ``</s>`` (the row
  leaves the batch; nothing else changes). The budget ``translate_batch`` sets (1.5 x
  longest + 10) is larger than every target, so the targets are what end each segment;
- CTranslate2: a step callback returns True at the target, which ends that example as a real
  ``</s>`` would (the Python callback costs nothing measurable: with it and without it, the
  same fixed-length run took the same time).

Greedy decoding (one beam) everywhere: CTranslate2 only takes a step callback with one beam,
and the ratio between the engines is what this measures. The number of tokens each path wrote
is counted and shown, and must match.

Samples. Batched int8 (the app's path), batched int8 through ``model.generate`` and CTranslate2
int8 translate the whole document, ROUNDS times each, one after the other in turn, the order
reversed every other round (the best round of each counts, not the median: other processes on
the machine slow a round down, never speed it up). "app pre-translation / CTranslate2" divides
the two best rounds. The naive path is slow: it is timed on 100 segments spread over the
length distribution (every tenth in length order) and its rate extrapolated to the document.
float32 is several times slower again on the CPU: naive float32 is timed on 25 segments and
batched float32 on 100, spread the same way.

As in ``benchmarks.models``, torch work runs in short-lived worker threads (see that module's
doc on OpenMP pools), never in the caller's thread; CTranslate2 gets the same number of
threads as torch (``intra_threads``).
"""

from __future__ import annotations

import math
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.models import (
    MARIAN_VOCAB,
    Figure,
    OtherLoad,
    _in_thread,
    _load_text,
    build_marian_shape,
)

DOCS_DIR = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "docs"
SEGMENTS = 1000
TOKENS_PER_WORD = 1.3
NAIVE_SAMPLE = 100  # segments timed one by one, int8
NAIVE_FP32_SAMPLE = 25  # float32: smaller samples keep the section within a few minutes
FP32_SAMPLE = 100  # segments the float32 batched path is timed on
ROUNDS = 2  # whole-document rounds of batched int8 (app, generate) and CTranslate2, alternated
BATCH_TOKENS = 2048  # translate_batch's default padded-token budget, given to CTranslate2 too
GOAL_VS_NAIVE = 10.0
GOAL_VS_CT2 = 1.0
SKIPPED_CT2 = "skipped (pip install '.[bench]')"


def target_tokens(source_tokens: int) -> int:
    """Tokens every path writes for a segment of ``source_tokens`` tokens (without ``</s>``)."""
    return round(1.2 * source_tokens) + 5


# --------------------------------------------------------------------------- the document


def document_segments(count: int = SEGMENTS, docs_dir: Path = DOCS_DIR) -> tuple[list[str], str]:
    """``count`` segments (plain text) cycled from the real documents in ``docs_dir``, and a
    sentence saying where they come from. A fixed synthetic mix if there are none."""
    texts: list[str] = []
    names: list[str] = []
    if docs_dir.is_dir():
        from storage.documents import DocumentError, load_document

        for path in sorted(docs_dir.iterdir()):
            if path.name.startswith(".") or path.name == "SOURCES.md" or not path.is_file():
                continue
            try:
                document = load_document(path)
            except DocumentError:
                continue
            found = [s.plain.strip() for s in document.segments if s.plain.strip()]
            if found:
                texts += found
                names.append(path.name)
    if texts:
        where = f"{len(texts)} segments of {len(names)} real documents, cycled"
    else:
        rng = random.Random(3)
        texts = [" ".join("mot" for _ in range(rng.choice((2, 4, 6, 9, 12, 15, 18, 24, 30, 45))))
                 for _ in range(200)]
        where = "synthetic mix (testdata/docs not found)"
    return [texts[i % len(texts)] for i in range(count)], where


def source_lengths(segments: Sequence[str]) -> list[int]:
    """Tokens per segment (``</s>`` not counted): ``round(1.3 x words)``, at least 1, within
    the model's 512 positions."""
    return [min(max(1, round(TOKENS_PER_WORD * len(s.split()))), 500) for s in segments]


def token_texts(lengths: Sequence[int], seed: int = 5) -> list[list[str]]:
    """Random stand-in tokens (``w123``, never a special token) of the given lengths."""
    rng = random.Random(seed)
    return [[f"w{rng.randrange(2, MARIAN_VOCAB - 1)}" for _ in range(n)] for n in lengths]


# --------------------------------------------------------------------------- torch paths


def _rows_end_at_targets(targets: Any) -> Any:
    """A stopping criterion that finishes row ``i`` once it has written ``targets[i]`` tokens."""
    from transformers import StoppingCriteria

    class EndsAtTarget(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return (input_ids.shape[-1] - 1) >= targets.to(input_ids.device)  # minus the start

    return EndsAtTarget()


class EndsLikeARealModel:
    """The model, with a ``generate`` that ends each row at its realistic target length (see
    the module doc): what a real model's ``</s>`` does. Everything else is the model's."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def generate(self, *, input_ids: Any, attention_mask: Any, **kwargs: Any) -> Any:
        import torch

        sources = attention_mask.sum(-1) - 1  # real tokens, without </s>
        targets = torch.tensor([target_tokens(int(n)) for n in sources])
        assert int(targets.max()) <= kwargs["max_new_tokens"], "the budget would cut a row"
        criteria = [*kwargs.pop("stopping_criteria", []), _rows_end_at_targets(targets)]
        return self._model.generate(input_ids=input_ids, attention_mask=attention_mask,
                                    stopping_criteria=criteria, **kwargs)

    def decode_row_limits(self, attention_mask: Any) -> list[int]:
        """The app's own decode loop (``assistants.marian_decode``) asks for this: each row's
        target, at which the loop ends it as it would end a row that wrote ``</s>``."""
        return [target_tokens(int(n) - 1) for n in attention_mask.sum(-1)]


def _words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


def run_batched(model: Any, tokenizer: Any, texts: Sequence[str], **options: Any
                ) -> tuple[float, int]:
    """(seconds, tokens written) for ``translate_batch`` on ``texts``, in a worker thread."""
    from assistants.translation import translate_batch

    t0 = time.perf_counter()
    out = _in_thread(translate_batch, EndsLikeARealModel(model), tokenizer, list(texts),
                     num_beams=1, **options)
    return time.perf_counter() - t0, _words(out)


def _naive(model: Any, tokenizer: Any, texts: Sequence[str], targets: Sequence[int]) -> int:
    import torch

    written = 0
    with torch.inference_mode():
        for text, target in zip(texts, targets, strict=True):
            enc = tokenizer(text, return_tensors="pt")
            out = model.generate(**enc, max_new_tokens=target, num_beams=1, do_sample=False,
                                 forced_eos_token_id=None)
            written += _words(tokenizer.batch_decode(out, skip_special_tokens=True))
    return written


def run_naive(model: Any, tokenizer: Any, texts: Sequence[str], targets: Sequence[int]
              ) -> tuple[float, int]:
    """(seconds, tokens written): one ``generate`` per segment, in a worker thread."""
    t0 = time.perf_counter()
    written = _in_thread(_naive, model, tokenizer, texts, targets)
    return time.perf_counter() - t0, written


# --------------------------------------------------------------------------- CTranslate2


def ctranslate2_available() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def convert_to_ctranslate2(model: Any, tokenizer: Any, workdir: Path) -> Path:
    """Save the model (safetensors) and convert it to a CTranslate2 int8 model folder."""
    import ctranslate2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    saved, converted = workdir / "hf", workdir / "ct2"
    model.save_pretrained(saved)
    tokenizer.save_pretrained(saved)
    ctranslate2.converters.TransformersConverter(str(saved)).convert(
        str(converted), quantization="int8")
    return converted


def run_ctranslate2(translator: Any, sources: Sequence[list[str]], targets: Sequence[int]
                    ) -> tuple[float, int]:
    """(seconds, tokens written) for one ``Translator.translate_batch`` call on ``sources``
    (token lists ending in ``</s>``), its own length sorting and a budget of BATCH_TOKENS."""

    def stop_at_target(step: Any) -> bool:
        return step.step + 1 >= targets[step.batch_id]

    def translate() -> list[Any]:
        return translator.translate_batch(
            list(sources), max_batch_size=BATCH_TOKENS, batch_type="tokens", beam_size=1,
            max_decoding_length=max(targets) + 1, callback=stop_at_target)

    t0 = time.perf_counter()
    results = _in_thread(translate)
    return time.perf_counter() - t0, sum(len(r.hypotheses[0]) for r in results)


# --------------------------------------------------------------------------- the section


@dataclass
class Timing:
    label: str
    seconds: float
    segments: int
    written: int
    load: float | None

    @property
    def rate(self) -> float:
        return self.segments / self.seconds


def spread(lengths: Sequence[int], count: int) -> list[int]:
    """``count`` indices spread evenly over the segments in length order."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    if count >= len(order):
        return list(range(len(lengths)))
    return [order[(k * len(order)) // count] for k in range(count)]


def translation_benchmarks(*, segments: int = SEGMENTS, naive_sample: int = NAIVE_SAMPLE,
                           naive_fp32_sample: int = NAIVE_FP32_SAMPLE,
                           fp32_sample: int = FP32_SAMPLE, rounds: int = ROUNDS,
                           log: Callable[[str], None] = print) -> list[Figure]:
    """Segments per second of the three paths (see the module doc), and their ratios."""
    import torch

    threads = torch.get_num_threads()
    log(f"pre-translation benchmark ({threads} threads)...")
    texts, where = document_segments(segments)
    lengths = source_lengths(texts)
    targets = [target_tokens(n) for n in lengths]
    tokens = token_texts(lengths)
    sources = [" ".join(t) for t in tokens]
    expected = sum(targets)

    def timed(label: str, fn: Callable[[list[int]], tuple[float, int]],
              picked: list[int]) -> Timing:
        want = sum(targets[i] for i in picked)
        with OtherLoad() as load:
            seconds, written = fn(picked)
        if written != want:
            raise RuntimeError(f"{label}: wrote {written} tokens, {want} expected")
        timing = Timing(label, seconds, len(picked), written, load.share)
        log(f"  {label}: {timing.rate:.1f} segments/s ({len(picked)} segments in {seconds:.1f} s)")
        return timing

    def naive(picked: list[int]) -> tuple[float, int]:
        return run_naive(model, tokenizer, [sources[i] for i in picked],
                         [targets[i] for i in picked])

    def batched(picked: list[int]) -> tuple[float, int]:
        return run_batched(model, tokenizer, [sources[i] for i in picked])

    def batched_generate(picked: list[int]) -> tuple[float, int]:
        return run_batched(model, tokenizer, [sources[i] for i in picked], fast=False)

    everything = list(range(segments))
    naive_picked = spread(lengths, naive_sample)
    naive32_picked = spread(lengths, naive_fp32_sample)
    fp32_picked = spread(lengths, fp32_sample)

    t0 = time.perf_counter()
    model, tokenizer = _in_thread(build_marian_shape)
    log(f"  built the opus-mt shape in {time.perf_counter() - t0:.1f} s")
    # warm-ups: first calls pay lazy initialisation (kernels, weight packing)
    _in_thread(_naive, model, tokenizer, sources[:2], targets[:2])
    run_batched(model, tokenizer, sources[:8])
    naive32 = timed("naive generate float32", naive, naive32_picked)
    batched32 = timed("batched float32", batched, fp32_picked)

    translator = None
    workdir = Path(tempfile.mkdtemp(prefix="atelier-bench-ct2-"))
    try:
        if ctranslate2_available():
            import ctranslate2

            t0 = time.perf_counter()
            folder = _in_thread(convert_to_ctranslate2, model, tokenizer, workdir)
            translator = ctranslate2.Translator(str(folder), device="cpu", compute_type="int8",
                                                intra_threads=threads, inter_threads=1)
            log(f"  converted to CTranslate2 int8 in {time.perf_counter() - t0:.1f} s")
        else:
            log(f"  CTranslate2: {SKIPPED_CT2}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # the translator holds its weights

    _in_thread(_quantize, model)
    _in_thread(_naive, model, tokenizer, sources[:2], targets[:2])
    run_batched(model, tokenizer, sources[:8])
    run_batched(model, tokenizer, sources[:8], fast=False)
    naive8 = timed("naive generate int8", naive, naive_picked)

    ct2_sources = [[*t, "</s>"] for t in tokens]

    def ct2(picked: list[int]) -> tuple[float, int]:
        assert translator is not None
        return run_ctranslate2(translator, [ct2_sources[i] for i in picked],
                               [targets[i] for i in picked])

    if translator is not None:
        ct2(list(range(8)))  # warm-up
    # the int8 paths on the whole document, alternated (the best round of each)
    int8_rounds: list[Timing] = []
    generate_rounds: list[Timing] = []
    ct2_rounds: list[Timing] = []
    for r in range(rounds):
        paths = [("batched int8", batched, int8_rounds),
                 ("batched int8, model.generate", batched_generate, generate_rounds)]
        if translator is not None:
            paths.append(("CTranslate2 int8", ct2, ct2_rounds))
        for label, fn, into in paths if r % 2 == 0 else paths[::-1]:
            into.append(timed(label, fn, everything))

    best8 = min(int8_rounds, key=lambda t: t.seconds)
    best_generate = min(generate_rounds, key=lambda t: t.seconds)
    all_timings = [naive32, batched32, naive8, *int8_rounds, *generate_rounds, *ct2_rounds]
    load = _load_text([t.load for t in all_timings])
    per = expected / segments
    document = (f"{segments:,} segments ({where}), {sum(lengths):,} source tokens "
                f"(random ids, {TOKENS_PER_WORD} per word), {expected:,} written")
    figures = [
        Figure("pre-translation: naive generate, float32", naive32.rate, "seg/s",
               detail=f"one generate per segment: {naive32.segments} segments spread over the "
                      f"lengths, {naive32.seconds:.1f} s, rate extrapolated"),
        Figure("pre-translation: naive generate, int8", naive8.rate, "seg/s",
               detail=f"the same after quantize_int8_: {naive8.segments} segments, "
                      f"{naive8.seconds:.1f} s"),
        Figure("pre-translation: batched float32", batched32.rate, "seg/s",
               detail=f"translate_batch ({BATCH_TOKENS}-token batches, longest first) on "
                      f"{batched32.segments} segments spread over the lengths, "
                      f"{batched32.seconds:.1f} s, rate extrapolated"),
        Figure("pre-translation: batched int8", best8.rate, "seg/s",
               detail=f"translate_batch after quantize_int8_, whole document: {document}; "
                      f"best of {_seconds(int8_rounds)}",
               samples=[t.rate for t in int8_rounds]),
        Figure("pre-translation: batched int8, model.generate", best_generate.rate, "seg/s",
               detail=f"translate_batch(fast=False): the same batches through model.generate "
                      f"(the path before the app's own loop); best of "
                      f"{_seconds(generate_rounds)}",
               samples=[t.rate for t in generate_rounds]),
    ]
    if ct2_rounds:
        best_ct2 = min(ct2_rounds, key=lambda t: t.seconds)
        figures.append(Figure(
            "pre-translation: CTranslate2 int8", best_ct2.rate, "seg/s",
            detail=f"ctranslate2 {_ct2_version()}, {threads} intra threads, "
                   f"{BATCH_TOKENS}-token batches, whole document; best of "
                   f"{_seconds(ct2_rounds)}",
            samples=[t.rate for t in ct2_rounds]))
    else:
        figures.append(Figure("pre-translation: CTranslate2 int8", float("nan"), "seg/s",
                              detail=SKIPPED_CT2))
    figures += [
        Figure("pre-translation: batched int8 / naive int8", best8.rate / naive8.rate, "x",
               GOAL_VS_NAIVE, detail=f"same tokens written; {threads} threads; {load}"),
        Figure("pre-translation: batched float32 / naive float32",
               batched32.rate / naive32.rate, "x", GOAL_VS_NAIVE,
               detail="same tokens written"),
        Figure("pre-translation: own decode loop / model.generate, int8",
               best8.rate / best_generate.rate, "x",
               detail=f"same batches and tokens, alternated rounds; {load}"),
    ]
    if ct2_rounds:
        figures.append(Figure(
            "app pre-translation / CTranslate2 int8", best8.rate / best_ct2.rate, "x",
            GOAL_VS_CT2,
            detail=f"same tokens written ({per:.1f} per segment, greedy, each segment ended at "
                   f"round(1.2 x source tokens) + 5 in every path); {threads} threads; {load}"))
    return figures


def _seconds(timings: Sequence[Timing]) -> str:
    return " / ".join(f"{t.seconds:.1f} s" for t in timings)


def _quantize(model: Any) -> None:
    from assistants.loading import quantize_int8_

    quantize_int8_(model)


def _ct2_version() -> str:
    import ctranslate2

    return str(ctranslate2.__version__)


def _skipped(figure: Figure) -> bool:
    return math.isnan(figure.value)


def print_translation(figures: Sequence[Figure]) -> None:
    """The section's table, like ``benchmarks.models.print_figures``; a skipped row says so."""
    from benchmarks.models import _fmt

    head = f"{'pre-translation benchmark':<52} {'figure':>12} {'goal':>10}  status"
    print(head)
    print("-" * len(head))
    for f in figures:
        if _skipped(f):
            print(f"{f.name:<52} {f.detail}")
            continue
        goal = "" if f.goal is None else ("≥ " if f.higher_is_better else "≤ ") + _fmt(
            f.goal, f.unit)
        status = {None: "", True: "ok", False: "NOT MET"}[f.ok]
        print(f"{f.name:<52} {_fmt(f.value, f.unit):>12} {goal:>10}  {status:<7}  {f.detail}")


def figures_json(figures: Sequence[Figure]) -> list[dict[str, Any]]:
    """The figures for bench-results.json (a skipped row: value null, ok null)."""
    return [f.as_dict() | ({"value": None, "ok": None} if _skipped(f) else {})
            for f in figures]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation")
    parser.add_argument("--segments", type=int, default=SEGMENTS)
    parser.add_argument("--naive-sample", type=int, default=NAIVE_SAMPLE)
    parser.add_argument("--naive-fp32-sample", type=int, default=NAIVE_FP32_SAMPLE)
    parser.add_argument("--fp32-sample", type=int, default=FP32_SAMPLE)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--threads", type=int, help="torch and CTranslate2 threads")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    figures = translation_benchmarks(segments=args.segments, naive_sample=args.naive_sample,
                                     naive_fp32_sample=args.naive_fp32_sample,
                                     fp32_sample=args.fp32_sample, rounds=args.rounds)
    print()
    print_translation(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

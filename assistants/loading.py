"""Safe loading of a local model folder.

``validate_model_dir`` only reads files (no torch): safetensors weights, a config and a tokenizer
must be there; a folder with only pickle weights is refused. ``load_model`` then loads with
``use_safetensors=True``, ``trust_remote_code=False`` and ``local_files_only=True``, always.
torch and transformers are imported inside the functions that need them.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import math
import os
import platform
import stat
import struct
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from assistants.errors import ModelRefused
from assistants.resources import check_fits, estimate_ram, free_model_memory
from storage.phrases import Joined, Phrase

T = TypeVar("T")
Kind = Literal["causal-lm", "seq2seq", "embedding"]
DtypeSetting = Literal["auto", "float32", "bfloat16", "float16"]

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle")
# Files a tokenizer can be rebuilt from, next to tokenizer_config.json, when there is no
# tokenizer.json: BPE (vocab.json + merges.txt), WordPiece (vocab.txt), SentencePiece
# (*.model, Marian's source.spm/target.spm), tiktoken.
VOCAB_PATTERNS = ("vocab.json", "vocab.txt", "merges.txt", "*.model", "*.spm", "*.tiktoken")
SEQ2SEQ_MODEL_TYPES = frozenset({
    "marian", "t5", "mt5", "umt5", "longt5", "bart", "mbart", "m2m_100", "nllb-moe", "pegasus",
    "pegasus_x", "fsmt", "blenderbot", "blenderbot-small", "led", "prophetnet", "plbart",
})
# Sentence-embedding models are plain encoders (no LM head): their hidden states are pooled.
ENCODER_ARCHITECTURES = frozenset({
    "BertModel", "XLMRobertaModel", "RobertaModel", "MPNetModel", "DistilBertModel",
    "CamembertModel",
})
ENCODER_MODEL_TYPES = frozenset({
    "bert", "xlm-roberta", "roberta", "mpnet", "distilbert", "camembert",
})
# What each kind is, in the CLI's English (the app words it with Phrases).
KIND_WORDS: dict[str, str] = {
    "causal-lm": "a writing (chat) model", "seq2seq": "a translation model",
    "embedding": "a sentence-embedding model",
}
# safetensors dtype names -> bytes per element (for the weight size shown to the user)
_ST_DTYPE_BYTES = {
    "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U64": 8,
    "U32": 4, "U16": 2, "U8": 1, "BOOL": 1, "F8_E4M3": 1, "F8_E5M2": 1, "F8_E8M0": 1, "C64": 8,
}


@dataclass(frozen=True)
class ModelFolder:
    """A model folder that passed the checks; what the UI and the resource guard need."""

    path: Path
    kind: Kind
    model_type: str
    architectures: tuple[str, ...]
    has_chat_template: bool
    weight_files: tuple[Path, ...]
    weight_bytes: int
    parameters: int
    embedding_parameters: int = 0
    tied_embeddings: bool = False
    stored_dtype: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    def ram_bytes(self, dtype: str = "float32", *, peak: bool = False) -> int:
        return estimate_ram(
            self.parameters, dtype, embedding_parameters=self.embedding_parameters,
            tied_embeddings=self.tied_embeddings, peak=peak,
        )


_JSON_MAX_BYTES = 32 * 1024**2  # config.json, tokenizer_config.json, an index: small files
_HEADER_MAX_BYTES = 100 * 1024**2  # the safetensors library's own limit
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def entry_kind(mode: int) -> str:
    """What a folder entry that is not a regular file is, in words (from its ``st_mode``)."""
    if stat.S_ISLNK(mode):
        return Phrase("a link")
    if stat.S_ISFIFO(mode):
        return Phrase("a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Phrase("a device")
    if stat.S_ISSOCK(mode):
        return Phrase("a socket")
    return Phrase("not a regular file")


@contextlib.contextmanager
def _open_regular(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    """``path`` opened for reading with its size, or ``ModelRefused`` when it is a link, a named
    pipe, a device or a socket: the open neither follows a link nor waits on a pipe."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY)
    except OSError as e:
        if e.errno == errno.ELOOP or path.is_symlink():
            raise ModelRefused(Phrase(
                "{file} is a link: Atelier reads only the files that are inside a model's "
                "folder, never what a link points to.", file=path.name)) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ModelRefused(Phrase(
                "{file} is {what}, not a file: Atelier reads only regular files inside a "
                "model's folder.", file=path.name, what=entry_kind(st.st_mode)))
        if _O_NONBLOCK:
            os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        yield f, st.st_size


def _read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object from a regular file of the folder; None when it cannot be read as one.
    A link, a pipe or a device is refused (``ModelRefused``), never read."""
    try:
        with _open_regular(path) as (f, size):
            if size > _JSON_MAX_BYTES:
                return None
            data = json.loads(f.read(_JSON_MAX_BYTES + 1).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def safetensors_parameters(path: Path) -> tuple[int, int]:
    """(number of parameters, bytes of tensor data) read from a safetensors header only.

    The header is checked the way the safetensors library checks it when loading: an object of
    tensors, each with a known dtype, a shape of non-negative integers and data offsets inside
    the file that match the shape; anything else is ``ModelRefused``, naming the file."""
    def damaged(why: Phrase) -> ModelRefused:
        return ModelRefused(Phrase(
            "{file} is not a valid safetensors file ({why}): the file is damaged or "
            "incomplete. Download or copy it again.", file=path.name, why=why))

    try:
        with _open_regular(path) as (f, size):
            head = f.read(8)
            if len(head) != 8:
                raise ModelRefused(Phrase("{file} is not a safetensors file (it is too short).",
                                          file=path.name))
            (n,) = struct.unpack("<Q", head)
            if n > _HEADER_MAX_BYTES or n > size - 8:
                raise damaged(Phrase("its header announces {n} bytes", n=n))
            header = json.loads(f.read(n).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
        what = (e.strerror if isinstance(e, OSError) and e.strerror
                else Phrase("its header is not JSON"))
        raise ModelRefused(Phrase("{file} could not be read as safetensors: {why}.",
                                  file=path.name, why=what)) from e
    if not isinstance(header, dict):
        raise damaged(Phrase("its header is not a table of tensors"))
    data_bytes = size - 8 - n
    params = 0
    nbytes = 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(info, dict):
            raise damaged(Phrase("tensor {name} has no description", name=repr(name[:80])))
        shape, offsets, dtype = info.get("shape"), info.get("data_offsets"), info.get("dtype")
        if not isinstance(dtype, str):
            raise damaged(Phrase("tensor {name} has no dtype", name=repr(name[:80])))
        if not isinstance(shape, list) or not all(_is_count(d) for d in shape):
            raise damaged(Phrase("tensor {name} has a shape that is not a list of sizes",
                                 name=repr(name[:80])))
        if not (isinstance(offsets, list) and len(offsets) == 2
                and all(_is_count(o) for o in offsets)
                and offsets[0] <= offsets[1] <= data_bytes):
            raise damaged(Phrase("tensor {name} lies outside the file", name=repr(name[:80])))
        count = math.prod(shape)
        width = _ST_DTYPE_BYTES.get(dtype)
        if width is not None and count * width != offsets[1] - offsets[0]:
            raise damaged(Phrase("tensor {name} does not match its shape",
                                 name=repr(name[:80])))
        params += count
        nbytes += offsets[1] - offsets[0]
    return params, nbytes


def plain_file_name(name: object) -> bool:
    """True for a file name with no folder part: no separator, drive, ``..``, NUL or control."""
    return (isinstance(name, str) and 0 < len(name) <= 255 and name not in (".", "..")
            and not any(c in name for c in '/\\:') and name.isprintable())


def _architectures(config: dict[str, Any]) -> tuple[str, ...] | None:
    archs = config.get("architectures")
    if archs is None:
        return ()
    if not isinstance(archs, list) or not all(isinstance(a, str) for a in archs):
        return None
    return tuple(archs)


def _model_kind(config: dict[str, Any]) -> Kind | None:
    archs = _architectures(config) or ()
    model_type = str(config.get("model_type", ""))
    if config.get("is_encoder_decoder") is True or model_type in SEQ2SEQ_MODEL_TYPES:
        return "seq2seq"
    if any(a.endswith(("ForCausalLM", "LMHeadModel")) for a in archs):
        return "causal-lm"
    if any(a.endswith(("MTModel", "ForConditionalGeneration")) for a in archs) and (
        config.get("is_encoder_decoder") is True
    ):
        return "seq2seq"
    if archs:
        if all(a in ENCODER_ARCHITECTURES for a in archs):
            return "embedding"
    elif model_type in ENCODER_MODEL_TYPES:
        return "embedding"
    return None


def _has_tokenizer(path: Path) -> bool:
    if (path / "tokenizer.json").is_file():
        return True
    if not (path / "tokenizer_config.json").is_file():
        return False
    return any(any(path.glob(pattern)) for pattern in VOCAB_PATTERNS)


def _is_template(value: Any) -> bool:
    """A chat template as transformers stores it: text, or a list of named templates."""
    if isinstance(value, str):
        return True
    return isinstance(value, list) and all(
        isinstance(t, dict) and isinstance(t.get("name"), str)
        and isinstance(t.get("template"), str) for t in value)


def _chat_template_problem(path: Path) -> tuple[bool, Phrase | None]:
    """(has a chat template, what is wrong with it or None)."""
    has = False
    if (path / "chat_template.jinja").is_file():
        has = True
        try:
            with _open_regular(path / "chat_template.jinja") as (f, size):
                if size > _JSON_MAX_BYTES:
                    return True, Phrase("its chat template (chat_template.jinja) is too big")
                f.read(_JSON_MAX_BYTES).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return True, Phrase("its chat template (chat_template.jinja) cannot be read as "
                                "text")
    for name, key in (("chat_template.json", "chat_template"),
                      ("tokenizer_config.json", "chat_template")):
        if not (path / name).is_file():
            continue
        data = _read_json(path / name)
        if data is None:
            if name == "chat_template.json":
                return True, Phrase("its chat template (chat_template.json) cannot be read")
            continue  # tokenizer_config.json is the tokenizer's: transformers says what it thinks
        value = data.get(key)
        if value is None or value == "":
            continue
        if not _is_template(value):
            return True, Phrase("its chat template (in {file}) is neither text nor a list of "
                                "templates", file=name)
        has = True
    return has, None


def _embedding_parameters(config: dict[str, Any]) -> int:
    text = config.get("text_config") if isinstance(config.get("text_config"), dict) else config
    vocab = text.get("vocab_size") or 0
    hidden = text.get("hidden_size") or text.get("d_model") or text.get("n_embd") or 0
    try:
        return max(int(vocab) * int(hidden), 0)
    except (TypeError, ValueError, OverflowError):
        return 0


def _index_problem(path: Path, index: Path) -> Phrase | None:
    """What is wrong with a sharded checkpoint's index (``weight_map``: tensor → shard file)."""
    data = _read_json(index)
    weight_map = data.get("weight_map") if data is not None else None
    if not isinstance(weight_map, dict):
        return Phrase("its weight index ({file}) is damaged: it does not list the weight "
                      "files as a table", file=index.name)
    shards = set()
    for shard in weight_map.values():
        if not (plain_file_name(shard) and shard.endswith(".safetensors")):
            shown = str(shard)[:80]
            return Phrase("its weight index ({file}) names “{shard}”, which is not a "
                          ".safetensors file of the folder", file=index.name, shard=shown)
        shards.add(shard)
    missing = sorted(s for s in shards if not (path / s).is_file())
    if missing:
        return Phrase("its download is incomplete ({count} weight file(s) missing, e.g. {file})",
                      count=len(missing), file=missing[0])
    return None


def validate_model_dir(path: str | Path) -> ModelFolder:
    """Check a local model folder without loading it; raise ``ModelRefused`` naming what is wrong.

    Refused: not a folder; an entry that is a link, a named pipe, a device or a socket (nothing
    is read through it); no ``config.json``; no tokenizer (``tokenizer.json``, or
    ``tokenizer_config.json`` with vocabulary files); no weights; only pickle weights
    (``*.bin``, ``*.pt``, ``*.pth``, ``*.ckpt``) and no ``*.safetensors``; a damaged
    safetensors header or weight index, or a sharded checkpoint with shards missing; a chat
    template that is neither text nor a list of templates; an architecture that is neither a
    causal LM, a seq2seq model nor a sentence-embedding encoder (``BertModel``,
    ``XLMRobertaModel``, ``MPNetModel``…: an encoder without an LM head).
    """
    path = Path(path).expanduser()
    if not path.is_dir():
        raise ModelRefused(Phrase("{path} is not a folder.", path=path))

    specials = []
    try:
        with os.scandir(path) as it:
            modes = sorted((e.name, e.stat(follow_symlinks=False).st_mode) for e in it)
    except OSError as e:
        raise ModelRefused(Phrase("The folder {folder} cannot be read: {error}.",
                                  folder=path.name, error=e.strerror or e)) from e
    for name, mode in modes:
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            specials.append(Phrase("{entry} ({kind})", entry=name, kind=entry_kind(mode)))
    if specials:
        raise ModelRefused(Phrase(
            "The folder {folder} cannot be used: it holds entries that are not regular files "
            "({entries}). Atelier reads only the files that are inside a model's folder, never "
            "what a link points to.", folder=path.name, entries=Joined(specials[:5])))

    problems: list[Phrase] = []
    config_path = path / "config.json"
    config: dict[str, Any] | None = None
    if not config_path.is_file():
        problems.append(Phrase("its configuration (config.json) is missing"))
    else:
        config = _read_json(config_path)
        if config is None:
            problems.append(Phrase("its configuration (config.json) cannot be read"))
        elif _architectures(config) is None:
            problems.append(Phrase("its configuration (config.json) lists its architectures "
                                   "wrongly"))

    if not _has_tokenizer(path):
        problems.append(Phrase(
            "its tokenizer is missing (tokenizer.json, or tokenizer_config.json with its "
            "vocabulary files)"
        ))

    safetensors = sorted(p for p in path.glob("*.safetensors") if p.is_file())
    pickles = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in PICKLE_SUFFIXES)
    if not safetensors:
        if pickles:
            problems.append(Phrase(
                "its weights are only in pickle format ({files}). Atelier loads safetensors "
                "weights only: a pickle file can run any code on this computer when it is "
                "opened. Download the model's .safetensors files instead (many hub repos "
                "have them, sometimes on a conversion branch)",
                files=", ".join(p.name for p in pickles[:3])
            ))
        else:
            problems.append(Phrase("its weights (*.safetensors) are missing"))
    else:
        index = path / "model.safetensors.index.json"
        if index.is_file() and (problem := _index_problem(path, index)) is not None:
            problems.append(problem)

    has_template, template_problem = _chat_template_problem(path)
    if template_problem is not None:
        problems.append(template_problem)

    if problems:
        raise ModelRefused(Phrase("The folder {folder} cannot be used: {why}.",
                                  folder=path.name, why=Joined(problems, "; ")))
    assert config is not None

    kind = _model_kind(config)
    archs = _architectures(config) or ()
    model_type = str(config.get("model_type", ""))
    if kind is None:
        what = ", ".join(archs) or model_type or "unknown"
        raise ModelRefused(Phrase(
            "The folder {folder} holds a model Atelier cannot use for text ({what}): it needs "
            "a text-generation (causal LM), translation (seq2seq) or sentence-embedding "
            "(encoder without an LM head, such as BertModel) model.",
            folder=path.name, what=what[:200]))

    parameters = 0
    weight_bytes = 0
    for f in safetensors:
        p, b = safetensors_parameters(f)
        parameters += p
        weight_bytes += b
    tied = config.get("tie_word_embeddings")
    if tied is None:
        text = config.get("text_config") if isinstance(config.get("text_config"), dict) else {}
        tied = text.get("tie_word_embeddings", True)
    stored = config.get("dtype") or config.get("torch_dtype")
    return ModelFolder(
        path=path,
        kind=kind,
        model_type=model_type,
        architectures=archs,
        has_chat_template=has_template,
        weight_files=tuple(safetensors),
        weight_bytes=weight_bytes,
        parameters=parameters,
        embedding_parameters=_embedding_parameters(config),
        tied_embeddings=bool(tied),
        stored_dtype=stored if isinstance(stored, str) else None,
    )


# --------------------------------------------------------------------------- loading


@dataclass
class LoadedModel:
    """A model and its tokenizer in memory. ``close()`` drops both (the manager calls it)."""

    model: Any
    tokenizer: Any
    folder: ModelFolder
    device: str
    dtype: str
    quantized: bool
    threads: int | None
    notes: list[str] = field(default_factory=list)

    @property
    def kind(self) -> Kind:
        return self.folder.kind

    def close(self) -> None:
        self.model = None
        self.tokenizer = None
        free_model_memory()


def pick_device() -> str:
    """'cuda', then 'mps', then 'cpu'."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def resolve_dtype(dtype: str, device: str) -> str:
    """The dtype name to load with. 'auto': float32 on CPU (bfloat16 matmuls are slow on many
    laptop CPUs; int8 is the fast CPU option), bfloat16 on CUDA when supported else float16,
    float16 on MPS."""
    if dtype != "auto":
        if dtype not in ("float32", "bfloat16", "float16"):
            raise ValueError(f"unknown dtype {dtype!r}")
        return dtype
    if device == "cuda":
        import torch

        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    if device == "mps":
        return "float16"
    return "float32"


# int8 on the CPU by default: measured by `make bench` (benchmarks/models.py) on the
# Qwen2.5-0.5B-Instruct shape, on a 2-core x86-64 (AMD EPYC, Zen 5) with torch 2.13:
INT8_CPU_REASON = (
    "int8 dynamic quantization decodes about 5.5 times faster than float32 on the CPU "
    "(Qwen2.5-0.5B shape, 2 cores: about 45 tokens/s against 8; first token of a 200-token "
    "prompt in 0.2 s against 0.9 s), because decoding reads every weight once per token and "
    "int8 weights are a quarter of the bytes. Measured on x86-64 only; ARM CPUs keep float32 "
    "until measured."
)
_INT8_MEASURED_MACHINES = frozenset({"x86_64", "amd64"})


def default_quantize(device: str) -> bool:
    """Whether a model loaded on ``device`` should be quantized to int8 unless the user says
    otherwise: on an x86-64 CPU, yes (see ``INT8_CPU_REASON``); on a GPU it never applies.
    Full precision stays one setting away: ``load_model(..., quantize_int8=False)``."""
    return device == "cpu" and platform.machine().lower() in _INT8_MEASURED_MACHINES


_VNNI_FLAGS = ("avx512_vnni", "avx_vnni", "amx_int8")


@functools.cache
def full_range_int8() -> bool:
    """Whether int8 products may quantize activations on the full 8 bits. torch's dynamic int8
    layers use 7 (``reduce_range``) because, on processors without VNNI instructions, a 16-bit
    intermediate sum of the kernels can saturate. With VNNI there is no such sum; the eighth bit
    is what keeps the real all-MiniLM-L6-v2's int8 vectors at a cosine of 0.99 or more with its
    float32 ones (0.96 with 7 bits: tests/unit/assistants/test_embedding.py). Read from the
    Linux CPU flags; elsewhere the safe 7 bits stay."""
    from assistants.kernels import cpu_flags

    return any(flag in cpu_flags() for flag in _VNNI_FLAGS)


def quantize_int8_(model: Any) -> None:
    """Dynamic int8 quantization of every ``nn.Linear``, in place (CPU only).

    Weights get one scale per output channel (rows whose ranges differ a lot keep their
    precision; per-channel decodes as fast as one scale per tensor, measured); activations are
    quantized on the fly at each product, on 8 bits where the processor allows it
    (``full_range_int8``). ``lm_head`` is quantized too: with a 150k vocabulary it
    is more than a quarter of the bytes a decode step reads.

    torch 2.10+ marks ``torch.ao.quantization`` deprecated in favour of the separate torchao
    package, which Atelier does not depend on; the eager API still works in torch 2.13. The two
    deprecation warnings it emits are silenced here, by exact message, and nowhere else
    (``catch_warnings`` swaps process-wide filters: load models from one thread at a time).
    Raises ImportError when the installed torch no longer has the eager API.
    """
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    from assistants.fastdecode import unfuse

    unfuse(model)  # a model that generated in float32 first: its fused layers are plain again
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"torch\.ao\.quantization is deprecated", category=DeprecationWarning
        )
        warnings.filterwarnings(
            "ignore", message=r"torch\.quantize_per_tensor, torch\.quantize_per_channel",
            category=UserWarning,
        )
        quantize_dynamic(
            model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8, inplace=True
        )
    if full_range_int8():
        for module in model.modules():
            if getattr(module, "_packed_params", None) is not None and hasattr(module, "version"):
                # torch's layers before version 4 quantize activations on all 8 bits
                module.version = 3


@functools.cache
def _int4_linear_class() -> type:
    """The module class ``quantize_int4_`` puts in place of each ``nn.Linear`` (made once)."""
    import torch

    class Int4Linear(torch.nn.Module):
        """A linear layer with 4-bit weights, run by Atelier's kernel (``kernels.PackedInt4``)."""

        def __init__(self, packed: Any) -> None:
            super().__init__()
            self.packed = packed
            self.in_features, self.out_features = packed.in_features, packed.out_features

        def forward(self, x: Any) -> Any:
            return self.packed(x)

        def extra_repr(self) -> str:
            return f"in_features={self.in_features}, out_features={self.out_features}, 4-bit"

    return Int4Linear


class Int4Unavailable(RuntimeError):
    """4-bit weights need Atelier's kernel; the message says why it is not there."""


def quantize_int4_(model: Any) -> None:
    """4-bit weights for every ``nn.Linear``, in place (CPU only): groups of 32 inputs share a
    scale, as in llama.cpp's Q4_0 (4.5 bits a weight), activations are quantized to 8 bits per
    row at each product. About 1.7x less to read per token than int8, so faster where memory
    bandwidth is the limit, and about half the memory; a little less faithful.

    Runs on Atelier's kernel only (``assistants.kernels``): raises ``Int4Unavailable`` with the
    reason where it is not built or the processor lacks AVX-512 VNNI."""
    import torch

    from assistants import kernels
    from assistants.fastdecode import unfuse

    library = kernels.load()
    if library is None:
        raise Int4Unavailable(kernels.status().reason)
    unfuse(model)
    cls = _int4_linear_class()
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if not isinstance(child, torch.nn.Linear):
                continue
            q, d = kernels.quantize_int4(child.weight.detach())
            bias = child.bias.detach() if child.bias is not None else None
            setattr(module, name, cls(kernels.PackedInt4(library, q, d, bias,
                                                         child.in_features)))


def run_in_fresh_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` in a new thread that ends with it; return its result or raise its exception.

    Why: torch's OpenMP runtime (libgomp) keeps a pool of worker threads for every thread that
    ran a parallel torch operation, for as long as that thread lives. With two such pools alive
    there are more OpenMP threads than cores, and libgomp then makes its workers sleep after
    every parallel region instead of spinning: each of the ~170 matrix products of a decode step
    pays a wake-up. Measured on the 0.5B model, int8, 2 cores: 50 tokens/s when the generating
    thread is the only one that ran torch, 31 when the thread that loaded the model was still
    alive (a CLI's main thread, a job runner's pooled thread). Loading in a thread that ends
    leaves the generation threads alone. (The other side of it: while other programs keep the
    cores busy, workers that spin cost more than workers that sleep, and the order reverses:
    14 against 7 tokens/s, measured with a load of 4 on the 2 cores. Waiting for its text is
    the common case, and there the cores are the model's.)
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as e:  # handed to the caller below
            box["error"] = e

    thread = threading.Thread(target=run, name="assistants-load", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


# A chat template is code from the model's folder: transformers renders it in a jinja2 sandbox
# (ImmutableSandboxedEnvironment: no attribute tricks, range() capped at 100,000 items), which
# still lets it loop for hours (two nested range(100000): 10^10 steps) or write gigabytes. Every
# render runs under a budget: steps of Python in and below the template, characters written, and
# a deadline; past any of them the render is stopped and the model refused.
TEMPLATE_MAX_STEPS = 2_000_000  # a real template with tools and 100 messages: ~50,000
TEMPLATE_MAX_CHARS = 16 * 1024**2
TEMPLATE_MAX_S = 10.0
_TEMPLATE_FILE = "<template>"  # the file name jinja2 gives a template compiled from a string


class _OverBudget(Exception):
    pass


def render_bounded(render: Callable[[], T], *, max_steps: int = TEMPLATE_MAX_STEPS,
                   max_chars: int = TEMPLATE_MAX_CHARS, max_s: float = TEMPLATE_MAX_S) -> T:
    """Run ``render`` (a chat template's rendering) in this thread under the budget above;
    raise ``_OverBudget`` when it goes past it. A trace function counts the calls made and the
    lines run by the template's code, and the text its code yields, and interrupts it by raising.
    """
    deadline = time.monotonic() + max_s
    steps = 0
    chars = 0

    def check() -> None:
        if steps > max_steps or chars > max_chars or (
                steps & 0x3FF == 0 and time.monotonic() > deadline):
            raise _OverBudget

    def in_template(frame: Any, event: str, arg: Any) -> Any:
        nonlocal steps, chars
        steps += 1
        if event == "return" and isinstance(arg, str):
            chars += len(arg)
        check()
        return in_template

    def on_call(frame: Any, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        check()
        return in_template if frame.f_code.co_filename == _TEMPLATE_FILE else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        return render()
    finally:
        sys.settrace(previous)


def bound_chat_template(tokenizer: Any, model_name: str) -> None:
    """Make every ``tokenizer.apply_chat_template`` call of this tokenizer bounded (see
    ``render_bounded``) and turn a broken template (syntax error, a template that raises, one
    that loops) into ``ModelRefused`` naming the model."""
    original = tokenizer.apply_chat_template
    if getattr(original, "_atelier_bounded", False):
        return

    def bounded(conversation: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return render_bounded(lambda: original(conversation, *args, **kwargs))
        except _OverBudget:
            raise ModelRefused(Phrase(
                "The chat template of {model} did not finish: it was stopped after {steps} "
                "steps, {mb} MB of text or {s} s. The template is broken or hostile: use "
                "another model, or replace its chat template (chat_template.jinja).",
                model=model_name, steps=f"{TEMPLATE_MAX_STEPS:,}",
                mb=TEMPLATE_MAX_CHARS // 1024**2, s=f"{TEMPLATE_MAX_S:.0f}")) from None
        except RecursionError:
            raise ModelRefused(Phrase(
                "The chat template of {model} calls itself without end: use another model, or "
                "replace its chat template (chat_template.jinja).", model=model_name)) from None
        except Exception as e:
            from jinja2 import TemplateError, TemplateSyntaxError

            if isinstance(e, TemplateSyntaxError):
                why = Phrase("it is not a valid template (line {line}: {error})",
                             line=e.lineno, error=e.message)
            elif isinstance(e, TemplateError):
                why = Phrase("it stopped with this message: {message}", message=e.message or e)
            else:
                why = Phrase("it failed ({error})", error=str(e)[:300] or type(e).__name__)
            raise ModelRefused(Phrase(
                "The chat template of {model} cannot be used: {why}. Use another model, or "
                "replace its chat template (chat_template.jinja).", model=model_name,
                why=why)) from e

    bounded._atelier_bounded = True  # type: ignore[attr-defined]
    tokenizer.apply_chat_template = bounded
    # A template that cannot write the simplest conversation is refused now, not at first use.
    tokenizer.apply_chat_template([{"role": "user", "content": "Hello"}],
                                  add_generation_prompt=True, tokenize=False)


def _refusal_from_load_error(folder: ModelFolder, what: str, error: Exception) -> ModelRefused:
    text = str(error)
    if type(error).__name__ == "SafetensorError":
        return ModelRefused(Phrase(
            "The weights of {model} are damaged or incomplete ({error}). Remove the model "
            "and download or import it again.", model=folder.name, error=text))
    if isinstance(error, ImportError) or ("requires the" in text and "library" in text):
        return ModelRefused(Phrase(
            "The {what} of {model} needs a Python package that is not installed: {error}",
            what=_LOADED[what], model=folder.name, error=text))
    if "trust_remote_code" in text or "custom code" in text:
        return ModelRefused(Phrase(
            "{model} needs code from its repository to run (trust_remote_code), which "
            "Atelier never runs. Choose a model that the installed transformers supports.",
            model=folder.name))
    return ModelRefused(Phrase("The {what} of {model} could not be loaded: {error}",
                               what=_LOADED[what], model=folder.name, error=text))


# What ``_refusal_from_load_error`` was loading, in words.
_LOADED = {"tokenizer": Phrase("tokenizer"), "model": Phrase("model")}


def load_model(
    folder: ModelFolder | str | Path,
    *,
    dtype: DtypeSetting = "auto",
    quantize_int8: bool = False,
    threads: int | None = None,
    device: str | None = None,
    check_memory: bool = True,
    fast_decode: bool = True,
    quantize_int4: bool = False,
) -> LoadedModel:
    """Load a validated folder: safetensors only, no remote code, local files only.

    ``quantize_int8`` applies dynamic int8 quantization to the linear layers when the device is
    the CPU (the model is loaded in float32 first); elsewhere it is ignored with a note.
    ``quantize_int4`` gives them 4-bit weights instead (``quantize_int4_``, CPU only), or int8
    with a note where Atelier's kernel is not available.
    ``threads`` sets torch's intra-op thread count (process-wide). With ``check_memory`` the
    memory guard refuses, before loading, a model that does not fit in the RAM available.
    On the model thread (``assistants.model_thread``), where the app and the CLI load, the
    weights are read and quantized right there: that thread runs all the torch work, so there
    is one OpenMP pool. Anywhere else they are read in a short-lived thread of their own, so
    that the caller's thread never holds torch's OpenMP workers (see ``run_in_fresh_thread``).
    ``default_quantize(device)`` says what ``quantize_int8`` should be unless the user chose.
    ``fast_decode=False`` makes generation use transformers' ``generate`` instead of the app's
    own decode loop (``assistants.fastdecode``), which is the default where it applies.
    """
    if not isinstance(folder, ModelFolder):
        folder = validate_model_dir(folder)
    import torch
    from transformers import AutoModel, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    if threads is not None:
        if threads < 1:
            raise ValueError("threads must be at least 1")
        torch.set_num_threads(threads)
    device = device or pick_device()
    notes: list[str] = []
    four = quantize_int4 and device == "cpu"
    quantize = (quantize_int8 or four) and device == "cpu"
    if (quantize_int8 or quantize_int4) and not quantize:
        notes.append(f"int8 and 4-bit weights are for the CPU; {device} runs the model "
                     "unquantized.")
    dtype_name = "float32" if quantize else resolve_dtype(dtype, device)

    if check_memory and device == "cpu":
        check_fits(
            folder.ram_bytes("int4" if four else "int8" if quantize else dtype_name, peak=True),
            what=Phrase("The model {model}", model=folder.name),
        )

    auto_cls = {"causal-lm": AutoModelForCausalLM, "seq2seq": AutoModelForSeq2SeqLM,
                "embedding": AutoModel}[folder.kind]
    try:
        tokenizer = AutoTokenizer.from_pretrained(
            folder.path, trust_remote_code=False, local_files_only=True
        )
    except (OSError, ValueError, KeyError, ImportError, TypeError) as e:
        raise _refusal_from_load_error(folder, "tokenizer", e) from e
    if getattr(tokenizer, "chat_template", None):
        bound_chat_template(tokenizer, folder.name)

    from safetensors import SafetensorError

    def load_weights() -> tuple[Any, str | None]:
        try:
            model = auto_cls.from_pretrained(
                folder.path,
                dtype=getattr(torch, dtype_name),
                use_safetensors=True,
                trust_remote_code=False,
                local_files_only=True,
            )
        except (OSError, ValueError, KeyError, ImportError, TypeError, SafetensorError) as e:
            raise _refusal_from_load_error(folder, "model", e) from e
        model.eval()
        if device != "cpu":
            model.to(device)
        if not quantize:
            return model, None
        if four:
            try:
                quantize_int4_(model)
                return model, "int4"
            except Int4Unavailable as e:
                notes.append(f"4-bit weights need Atelier's kernel, not available here ({e}); "
                             "running int8.")
        try:
            quantize_int8_(model)
        except ImportError:
            return model, None
        return model, "int8"

    from assistants.model_thread import current_model_thread

    if current_model_thread() is not None:
        model, quantized = load_weights()
    else:  # a thread of their own (see run_in_fresh_thread)
        model, quantized = run_in_fresh_thread(load_weights)
    if quantize and quantized is None:
        quantize = False
        dtype_name = "float32"
        notes.append("int8 quantization is not available in this torch; running float32.")
    if not fast_decode:
        from assistants.generation import FAST_DECODE_ATTRIBUTE

        setattr(model, FAST_DECODE_ATTRIBUTE, False)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        folder=folder,
        device=device,
        dtype=quantized or dtype_name,
        quantized=quantize,
        threads=threads,
        notes=notes,
    )

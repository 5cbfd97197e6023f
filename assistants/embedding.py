"""Sentence embeddings with a local encoder (BERT, XLM-R, MPNet…): the vectors the inbox ranks
with (``storage.matching.Embedder``).

``embed_texts`` runs the model in the calling thread: mean pooling of the last hidden states
over the attention mask, then L2 normalisation; float32 numpy rows of length 1, in the order of
the texts. Texts are sorted by length and cut into batches (so a batch pads little), truncated
to the model's ``max_seq_length``; the cancel ``threading.Event`` is checked before every batch
(``assistants.errors.Cancelled``, ``partial`` = the number of texts done) and
``progress(done, total)`` is called after each one.

``LocalEmbedder`` is the ``Embedder`` the app and the CLI hand to storage: each call runs on the
ONE model thread (``assistants.model_thread``); called from another thread, it submits the
batch there and waits (a cancel event set meanwhile takes a waiting batch off the queue or
stops a running one between batches).

What a folder says about itself (``read_settings``):

- ``max_seq_length``: ``sentence_bert_config.json`` (sentence-transformers' own file) when
  present, else the smaller of the tokenizer's and the config's limits, capped at
  ``DEFAULT_MAX_SEQ_LENGTH``;
- the "query: " / "passage: " prefixes that e5 models were trained with: from
  ``atelier-embedding.json`` (``PREFIX_FILE``), which Atelier writes into a folder when it
  downloads or imports a catalogue model that has prefixes (``write_prefixes``), else from
  the ``prompts`` of ``config_sentence_transformers.json`` (the sentence-transformers format),
  else none. A folder's config cannot tell e5 apart: multilingual-e5-small and
  paraphrase-multilingual-MiniLM-L12-v2 are both a ``BertModel`` with the same vocabulary.

torch and transformers are imported inside the functions that need them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistants.errors import Cancelled, ModelRefused
from storage.phrases import Phrase

if TYPE_CHECKING:
    import numpy as np

    from assistants.loading import LoadedModel
    from assistants.model_thread import ModelThread

PREFIX_FILE = "atelier-embedding.json"
DEFAULT_MAX_SEQ_LENGTH = 256  # tokens: a buyer request's first paragraphs; passages are chunks
DEFAULT_BATCH_SIZE = 32
CANCEL_CHECK_S = 0.1  # how soon a call waiting for the model thread sees its cancel event
_MAX_SETTINGS_BYTES = 64 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EmbeddingSettings:
    """How texts are prepared for one model folder."""

    max_seq_length: int = DEFAULT_MAX_SEQ_LENGTH
    query_prefix: str = ""
    passage_prefix: str = ""

    def prefix(self, role: str) -> str:
        return self.query_prefix if role == "query" else self.passage_prefix


def _small_json(path: Path) -> dict[str, Any] | None:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > _MAX_SETTINGS_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _prefix(value: Any) -> str:
    return value if isinstance(value, str) and len(value) <= 100 and value.isprintable() else ""


def read_settings(path: str | Path, *, tokenizer_max: int | None = None) -> EmbeddingSettings:
    """The settings of the model folder ``path`` (see the module docstring)."""
    path = Path(path)
    length = 0
    sbert = _small_json(path / "sentence_bert_config.json")
    if sbert is not None:
        value = sbert.get("max_seq_length")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            length = value
    if not length:
        limits = [DEFAULT_MAX_SEQ_LENGTH]
        config = _small_json(path / "config.json") or {}
        positions = config.get("max_position_embeddings")
        if isinstance(positions, int) and positions > 2:
            # RoBERTa-family models reserve the first two positions (padding offset)
            offset = 2 if config.get("model_type") in ("roberta", "xlm-roberta", "camembert") \
                else 0
            limits.append(positions - offset)
        if tokenizer_max is not None and 0 < tokenizer_max < 1_000_000:
            limits.append(tokenizer_max)
        length = min(limits)
    elif tokenizer_max is not None and 0 < tokenizer_max < 1_000_000:
        length = min(length, tokenizer_max)

    query = passage = ""
    marker = _small_json(path / PREFIX_FILE)
    if marker is not None:
        query, passage = _prefix(marker.get("query_prefix")), _prefix(marker.get("passage_prefix"))
    else:
        st = _small_json(path / "config_sentence_transformers.json") or {}
        prompts = st.get("prompts") if isinstance(st.get("prompts"), dict) else {}
        query, passage = _prefix(prompts.get("query")), _prefix(prompts.get("passage"))
    return EmbeddingSettings(max_seq_length=length, query_prefix=query, passage_prefix=passage)


def write_prefixes(path: str | Path, query_prefix: str, passage_prefix: str,
                   source: str = "") -> None:
    """Record in the folder the prefixes its model expects (``PREFIX_FILE``)."""
    data = {"query_prefix": query_prefix, "passage_prefix": passage_prefix, "source": source}
    target = Path(path) / PREFIX_FILE
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)


def mark_catalogue_prefixes(path: str | Path, *, repo_id: str | None = None,
                            names: Sequence[str] = ()) -> bool:
    """Write ``PREFIX_FILE`` into a model folder when it is a catalogue model with prefixes:
    the entry ``repo_id`` (a download), else the entry whose installed name is one of ``names``
    (an import of a folder named like ``multilingual-e5-small``; default: the folder's name).
    True if it wrote one. A folder that already says its prefixes (either file) is left as is.
    """
    from assistants.catalogue import load_catalogue
    from assistants.downloads import default_name

    path = Path(path)
    if (path / PREFIX_FILE).exists():
        return False
    st = _small_json(path / "config_sentence_transformers.json") or {}
    if isinstance(st.get("prompts"), dict) and st["prompts"]:
        return False
    wanted = {n.lower() for n in (names or (path.name,))}
    for entry in load_catalogue("embedding"):
        if not (entry.query_prefix or entry.passage_prefix):
            continue
        if entry.repo_id == repo_id or (repo_id is None
                                        and default_name(entry.repo_id).lower() in wanted):
            write_prefixes(path, entry.query_prefix or "", entry.passage_prefix or "",
                           entry.repo_id)
            return True
    return False


def embed_texts(
    loaded: LoadedModel,
    texts: Sequence[str],
    *,
    role: str = "passage",
    settings: EmbeddingSettings | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> np.ndarray:
    """Vectors of ``texts`` (float32, shape (n, hidden size), rows of length 1), computed in
    this thread (see the module docstring). Raises ``ModelRefused`` for a model that is not an
    embedding model and ``Cancelled`` when ``cancel`` is set (checked before each batch)."""
    import numpy as np
    import torch

    if loaded.kind != "embedding":
        raise ModelRefused(Phrase("{model} is not a sentence-embedding model: choose one for "
                                  "matching requests.", model=loaded.folder.name))
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    tokenizer, model = loaded.tokenizer, loaded.model
    if settings is None:
        settings = read_settings(loaded.folder.path,
                                 tokenizer_max=getattr(tokenizer, "model_max_length", None))
    prefix = settings.prefix(role)
    prepared = [prefix + str(t) for t in texts]
    total = len(prepared)
    dims = int(model.config.hidden_size)
    out = np.zeros((total, dims), dtype=np.float32)
    order = sorted(range(total), key=lambda i: len(prepared[i]))
    device = next(model.parameters()).device
    done = 0
    for start in range(0, total, batch_size):
        if cancel is not None and cancel.is_set():
            raise Cancelled("Embedding cancelled.", partial=done)
        rows = order[start:start + batch_size]
        enc = tokenizer([prepared[i] for i in rows], padding=True, truncation=True,
                        max_length=settings.max_seq_length, return_tensors="pt")
        enc = {k: v.to(device) for k, v in enc.items()
               if k in ("input_ids", "attention_mask", "token_type_ids")}
        with torch.inference_mode():
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(dim=1)
            counts = mask.sum(dim=1).clamp(min=1.0)
            pooled = (summed / counts).float()
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        out[rows] = pooled.cpu().numpy()
        done += len(rows)
        if progress is not None:
            progress(done, total)
    return out


class LocalEmbedder:
    """A ``storage.matching.Embedder`` on a local model, run on the model thread.

    ``load`` returns the ``LoadedModel`` and is called on the model thread before each batch
    (the caller keeps it loaded: ``ModelService`` through its embedding slot, ``open_embedder``
    by holding it). ``cancel`` and ``progress`` apply to every call (a job's Cancel and its
    progress bar); ``__call__`` also takes its own."""

    def __init__(
        self,
        name: str,
        load: Callable[[], LoadedModel],
        *,
        model_thread: ModelThread | None = None,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.name = name
        self._load = load
        self.model_thread = model_thread
        self.cancel = cancel
        self.progress = progress
        self.batch_size = batch_size
        self._settings: EmbeddingSettings | None = None

    def _run(self, texts: list[str], role: str, cancel: threading.Event | None,
             progress: Progress | None) -> np.ndarray:
        loaded = self._load()
        if self._settings is None:
            self._settings = read_settings(
                loaded.folder.path,
                tokenizer_max=getattr(loaded.tokenizer, "model_max_length", None))
        return embed_texts(loaded, texts, role=role, settings=self._settings,
                           batch_size=self.batch_size, cancel=cancel, progress=progress)

    def __call__(self, texts: Sequence[str], role: str = "passage", *,
                 cancel: threading.Event | None = None,
                 progress: Progress | None = None) -> np.ndarray:
        from assistants.model_thread import current_model_thread

        cancel = cancel or self.cancel
        progress = progress or self.progress
        items = [str(t) for t in texts]
        thread = self.model_thread
        if thread is None or current_model_thread() is thread:
            return self._run(items, role, cancel, progress)
        event = cancel if cancel is not None else threading.Event()
        task = thread.submit(self._run, items, role, event, progress,
                             name=f"Embedding with {self.name}", cancel=event)
        try:
            # A batch still waiting for its turn is taken off the queue here; a running one
            # sees the event itself and stops before its next batch.
            while not task.wait(CANCEL_CHECK_S):
                if event.is_set():
                    task.cancel()
        except BaseException:  # Ctrl+C while waiting: stop the batch before leaving
            task.cancel()
            task.wait()
            raise
        return task.result()


def open_embedder(
    path: str | Path,
    *,
    model_thread: ModelThread | None = None,
    name: str | None = None,
    device: str | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> LocalEmbedder:
    """An embedder on the installed folder ``path``, loaded now (on ``model_thread`` when
    given) in float32 (stored vectors and a request's vector must come from the same
    weights, so int8 is not used) and kept while the embedder lives. Raises ``ModelRefused``
    for a folder that is refused or is not an embedding model."""
    from assistants.loading import load_model, validate_model_dir

    folder = validate_model_dir(path)
    if folder.kind != "embedding":
        raise ModelRefused(Phrase("{model} is not a sentence-embedding model: choose one for "
                                  "matching requests.", model=folder.name))

    def load() -> LoadedModel:
        return load_model(folder, dtype="float32", quantize_int8=False, device=device)

    if model_thread is not None:
        loaded = model_thread.run(load, name=f"Loading {folder.name}")
    else:
        loaded = load()
    return LocalEmbedder(name or folder.name, lambda: loaded, model_thread=model_thread,
                         cancel=cancel, progress=progress)

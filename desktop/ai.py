"""The desktop side of the local models: one ``ModelService`` that every AI feature uses.

It owns the resident model (an ``assistants.resources.ModelManager``: one model in memory,
unloaded after an idle time), the runtime settings (precision and threads in
``<data dir>/model-settings.json``, shared with the CLI; the rest in QSettings ``ai/…``) and the
downloads. Every model job — load, generate, translate — runs on the ONE model thread
(``assistants.model_thread``), in submission order; downloads and imports run on the app's job
runner. Both kinds are ``desktop.jobs.Job`` objects listed by the runner, with the same
``progress``/``token``/``finished``/``failed``/``cancelled`` signals and a Cancel.

How a page uses it::

    job = ctx.models.generate(
        ctx.models.chat_model, [{"role": "user", "content": prompt}],
        on_token=output.insertPlainText,            # each chunk, in the GUI thread
        on_finished=lambda text, stats: ...,        # GenerationStats
        on_failed=lambda error: show(error_text(error)),  # in the person's language
        on_cancelled=lambda text, stats: ...)       # Stop: the text written so far
    stop_button.clicked.connect(job.cancel)         # ends within one decoding step

Every callback runs in the GUI thread. ``on_failed`` always gets an
``assistants.errors.AssistantError`` (others are wrapped) whose ``str()`` is an English sentence
for the user (``desktop.jobs.error_text`` words it in their language); for downloads it may
be a ``TokenRequired`` (ask for a token, then call ``download`` again) or another
``DownloadError``.

Model work (load, generate, translate) runs one job at a time on the model thread: a second one
waits in its queue (a Cancel takes it off) without holding a job-runner thread. The idle timer
unloads only while the model thread is idle, so never mid-sentence. torch is never imported in
the GUI thread by this module.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThread, QTimer, Signal

from assistants.embedding import LocalEmbedder
from assistants.errors import AssistantError, Cancelled, ModelRefused
from assistants.installed import Installed, list_installed, resolve
from assistants.model_thread import ModelThread, Task
from assistants.resources import ModelManager
from assistants.runtime import (
    DTYPES,
    RuntimeSettings,
    read_settings,
    settings_path,
    write_settings,
)
from desktop.jobs import Cancelled as JobCancelled
from desktop.jobs import Job, JobContext, JobRunner, run_job_here
from storage.phrases import Phrase

Message = Mapping[str, str]
Prompt = str | Sequence[Message]

DEFAULT_IDLE_MINUTES = 10
IDLE_CHECK_MS = 30_000
PROGRESS_INTERVAL_S = 0.1  # at most ten download progress updates a second
CANCEL_CHECK_S = 0.1  # how soon a translator() call waiting for its turn sees Cancel


def default_quantize(device: str) -> bool:
    """Whether int8 is the default on ``device``: ``assistants.loading.default_quantize`` when
    it exists (decided by benchmark), else on the CPU only."""
    from assistants import loading

    decide = getattr(loading, "default_quantize", None)
    if callable(decide):
        return bool(decide(device))
    return device == "cpu"


def model_kind(item: Installed) -> str | None:
    """'chat' (writing and ideas), 'translation', 'embedding' (sentence vectors, for matching
    requests), or None for a folder with a problem."""
    if item.folder is None:
        return None
    return {"causal-lm": "chat", "seq2seq": "translation",
            "embedding": "embedding"}.get(item.folder.kind)


class _AppEmbedder(LocalEmbedder):
    """The app's embedder: each call waits for the model thread, so it is refused in the GUI
    thread (call it from a job-runner worker)."""

    def __call__(self, texts: Sequence[str], role: str = "passage", **kwargs: Any) -> Any:
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            raise RuntimeError("the embedder waits for the model thread: call it from a job, "
                               "never from the GUI thread")
        return super().__call__(texts, role, **kwargs)


@dataclass(frozen=True)
class LoadOptions:
    """The runtime settings a model is loaded with (read in the GUI thread, used in a worker)."""

    dtype: str = "auto"
    int8: bool | None = None  # None: the default for the device
    threads: int = 0  # 0: torch's own choice
    fast_decode: bool = True  # the app's decode loop (False: transformers' generate)
    int4: bool = False  # 4-bit weights on the CPU (int8 where Atelier's kernel is missing)


@dataclass(frozen=True)
class ResidentInfo:
    """What the model in memory was loaded as."""

    name: str
    device: str
    dtype: str  # 'int4', 'int8', 'float32', 'bfloat16', 'float16'
    threads: int | None
    notes: tuple[str, ...] = ()


@dataclass
class DownloadState:
    """One row of the downloads list: running, paused (a partial download on disk, resumable
    after a restart) or failed (``error`` says why; resuming retries)."""

    repo_id: str
    revision: str
    name: str
    state: str  # 'running' | 'paused' | 'failed'
    done_bytes: int = 0
    total_bytes: int | None = None
    speed_bps: float | None = None
    eta_s: float | None = None
    error: AssistantError | None = None
    job: Job | None = field(default=None, repr=False)
    discard: bool = False  # cancel asked: drop the partial files once the job has stopped


class _ModelJob(Job):
    """A model job: ``cancel`` also takes it off the model thread's queue when not started."""

    task: Task[Any] | None = None

    def cancel(self) -> None:
        super().cancel()
        if self.task is not None:
            self.task.cancel()


class _Relay(QObject):
    """Carries a Python object from a worker to the GUI thread (queued)."""

    carried = Signal(object)


def _readable(exc: BaseException) -> AssistantError:
    if isinstance(exc, AssistantError):
        return exc
    if isinstance(exc, MemoryError):
        return ModelRefused("There is not enough memory for this model: close other apps or "
                            "choose a smaller model or int8.")
    if isinstance(exc, OSError):
        return AssistantError(Phrase("A file could not be read or written: {error}.",
                                     error=exc.strerror or exc))
    text = str(exc) or exc.__class__.__name__
    return AssistantError(Phrase("Something went wrong: {error}", error=text))


class ModelService(QObject):
    """Local models for the desktop: settings, downloads, the resident model, model jobs.

    Signals (GUI thread):

    - ``resident_changed(str)``: the model in memory changed ("" when none).
    - ``installed_changed()``: a model was installed, imported, deleted or set as a default.
    - ``downloads_changed()``: a download row appeared, changed state or went away.
    - ``download_progress(str)``: new figures for the download of that repo id
      (read them from ``download_state(repo_id)``).
    - ``settings_changed()``: a runtime setting changed.
    """

    resident_changed = Signal(str)
    installed_changed = Signal()
    downloads_changed = Signal()
    download_progress = Signal(str)
    settings_changed = Signal()

    def __init__(
        self,
        jobs: JobRunner,
        models_dir: Path,
        qsettings: QSettings,
        parent: QObject | None = None,
        *,
        endpoint: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        idle_check_ms: int = IDLE_CHECK_MS,
        device: str | None = None,
        model_thread: ModelThread | None = None,
    ) -> None:
        """``endpoint``: the hub's URL (None: huggingface_hub's default or HF_ENDPOINT);
        ``clock`` and ``idle_check_ms``: the idle unload's time source and timer period (tests
        shorten them); ``device``: force 'cpu', 'cuda' or 'mps' (None: the best available);
        ``model_thread``: the thread that runs every load, generation and translation (None:
        a new one, closed by ``shutdown``)."""
        super().__init__(parent)
        self.jobs = jobs
        self.models_dir = Path(models_dir)
        self.qsettings = qsettings
        self.runtime_path = settings_path(self.models_dir)
        self._migrate_runtime_settings()
        self._owns_thread = model_thread is None
        self.model_thread = model_thread if model_thread is not None else ModelThread()
        self.endpoint = endpoint
        self._forced_device = device
        self._device: str | None = device  # known once a model was loaded (or forced)
        self.manager: ModelManager[Any] = ModelManager(
            idle_timeout_s=self._idle_seconds(self.idle_minutes), clock=clock,
            on_unload=self._unloaded)
        # The embedding model has a slot of its own, beside the chat model: it is small (90 to
        # 470 MB) and the inbox needs it between two drafts; it never evicts the chat model.
        self.embedding_manager: ModelManager[Any] = ModelManager(idle_timeout_s=None)
        self._translators = 0  # translator() blocks open: the model stays between batches
        self._resident_info: ResidentInfo | None = None
        self._resident_options: LoadOptions | None = None
        self._model_jobs: dict[Job, tuple[str, threading.Event]] = {}
        self._other_jobs: dict[Job, threading.Event] = {}
        self._downloads: dict[str, DownloadState] = {}
        self._session_token: str | None = None  # only when no keyring: forgotten on exit
        self._timer = QTimer(self)
        self._timer.setInterval(idle_check_ms)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        self._scan_partials()

    # ------------------------------------------------------------------ runtime settings

    def _value(self, key: str, default: Any) -> Any:
        return self.qsettings.value(f"ai/{key}", default)

    def _set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(f"ai/{key}", value)
        self.qsettings.sync()
        self.settings_changed.emit()

    @staticmethod
    def _int(value: Any, default: int) -> int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    # Precision and threads live in <data dir>/model-settings.json (assistants.runtime), which
    # the CLI reads too; the other settings are the app's own (QSettings ai/…).

    def runtime_settings(self) -> RuntimeSettings:
        return read_settings(self.runtime_path)

    def _save_runtime(self, settings: RuntimeSettings) -> None:
        write_settings(self.runtime_path, settings)
        self.settings_changed.emit()

    def _migrate_runtime_settings(self) -> None:
        """First start after the move: copy the ai/dtype, ai/int8 and ai/threads QSettings
        into the shared file, then drop them."""
        keys = ("ai/dtype", "ai/int8", "ai/threads")
        if not any(self.qsettings.contains(k) for k in keys):
            return
        if not self.runtime_path.exists():
            value = self.qsettings.value("ai/int8", None)
            int8 = (None if value is None or value == "" else value if isinstance(value, bool)
                    else str(value).lower() in ("true", "1", "yes"))
            dtype = str(self.qsettings.value("ai/dtype", "auto"))
            try:
                write_settings(self.runtime_path, RuntimeSettings(
                    dtype=dtype if dtype in DTYPES else "auto", int8=int8,
                    threads=max(self._int(self.qsettings.value("ai/threads", 0), 0), 0)))
            except OSError:
                return  # kept in QSettings; tried again on the next start
        for k in keys:
            self.qsettings.remove(k)
        self.qsettings.sync()

    @property
    def dtype(self) -> str:
        """'auto' (float32 on the CPU, bfloat16/float16 on a GPU), 'float32' or 'bfloat16'."""
        return self.runtime_settings().dtype

    @dtype.setter
    def dtype(self, value: str) -> None:
        if value not in DTYPES:
            raise ValueError(f"unknown dtype {value!r}; expected one of {DTYPES}")
        self._save_runtime(replace(self.runtime_settings(), dtype=value))

    @property
    def int8_setting(self) -> bool | None:
        """The stored int8 choice; None when the user never chose (the device's default)."""
        return self.runtime_settings().int8

    @property
    def int8(self) -> bool:
        """Dynamic int8 quantization on the CPU: the user's choice, else the default."""
        chosen = self.int8_setting
        return default_quantize(self.device) if chosen is None else chosen

    @int8.setter
    def int8(self, value: bool | None) -> None:
        """True/False, or None to go back to the default for the device."""
        self._save_runtime(replace(self.runtime_settings(),
                                   int8=None if value is None else bool(value)))

    @property
    def precision(self) -> str:
        """The one choice the Models page shows: 'auto', 'float32', 'bfloat16', 'int8' or
        'int4'."""
        return self.runtime_settings().precision

    @precision.setter
    def precision(self, value: str) -> None:
        self._save_runtime(self.runtime_settings().with_precision(value))

    @property
    def int8_kernel(self) -> str:
        """Whether int8 models run on Atelier's kernel: 'ready', or why not: 'cpu' (no AVX-512
        VNNI), 'not-built' (no compiler when the app was set up), 'off' (ATELIER_INT8_KERNEL).
        Looks for the library without loading it (the model thread loads it, after torch; a
        library that then fails to load is logged, and torch's products serve)."""
        from assistants import kernels

        return kernels.status(load=False).code

    @property
    def threads(self) -> int:
        """Threads for torch's matrix work; 0: automatic."""
        return self.runtime_settings().threads

    @threads.setter
    def threads(self, value: int) -> None:
        self._save_runtime(replace(self.runtime_settings(), threads=max(int(value), 0)))

    @property
    def fast_decode(self) -> bool:
        """The app's own decode loop for the models it applies to (False: ``generate``)."""
        return self.runtime_settings().fast_decode

    @fast_decode.setter
    def fast_decode(self, value: bool) -> None:
        self._save_runtime(replace(self.runtime_settings(), fast_decode=bool(value)))

    @property
    def idle_minutes(self) -> int:
        """Minutes without use before the model leaves memory; 0: never."""
        return max(self._int(self._value("idle_minutes", DEFAULT_IDLE_MINUTES),
                             DEFAULT_IDLE_MINUTES), 0)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        value = max(int(value), 0)
        self.manager.idle_timeout_s = self._idle_seconds(value)
        self._set("idle_minutes", value)

    @staticmethod
    def _idle_seconds(minutes: int) -> float | None:
        return minutes * 60.0 if minutes > 0 else None

    def set_idle_timeout_s(self, seconds: float | None) -> None:
        """Set the idle unload delay in seconds, not saved (tests and benchmarks)."""
        self.manager.idle_timeout_s = seconds

    @property
    def chat_model(self) -> str:
        """The installed model for writing and ideas: the chosen one, else the catalogue's
        default when installed, else the first installed writing model; "" when none."""
        return self._default_for("chat")

    @chat_model.setter
    def chat_model(self, name: str) -> None:
        self._set("chat_model", name)
        self.installed_changed.emit()

    @property
    def translation_model(self) -> str:
        """The installed translation model used by default; "" when none."""
        return self._default_for("translation")

    @translation_model.setter
    def translation_model(self, name: str) -> None:
        self._set("translation_model", name)
        self.installed_changed.emit()

    def _default_for(self, kind: str) -> str:
        names = [i.name for i in self.installed() if model_kind(i) == kind]
        chosen = str(self._value(f"{kind}_model", "") or "")
        if chosen in names:
            return chosen
        from assistants.catalogue import default_model

        recommended = local_name(default_model(kind).repo_id)  # type: ignore[arg-type]
        if recommended in names:
            return recommended
        return names[0] if names else ""

    @property
    def device(self) -> str:
        """The device models run on, once known; 'cpu' until a model was loaded (torch is not
        imported in the GUI thread just to ask)."""
        return self._device or "cpu"

    def load_options(self) -> LoadOptions:
        saved = self.runtime_settings()
        return LoadOptions(dtype=saved.dtype, int8=saved.int8, threads=saved.threads,
                           fast_decode=saved.fast_decode, int4=saved.int4)

    def ram_dtype(self) -> str:
        """The dtype to estimate memory with, for the current settings on this device."""
        if self.device == "cpu":
            if self.runtime_settings().int4:
                return "int4"
            if self.int8:
                return "int8"
            return "bfloat16" if self.dtype == "bfloat16" else "float32"
        return "float32" if self.dtype == "float32" else "bfloat16"

    # ------------------------------------------------------------------ installed models

    def installed(self) -> list[Installed]:
        """Every folder in the models folder (``problem`` set when it no longer validates)."""
        return list_installed(self.models_dir)

    def installed_names(self, kind: str | None = None) -> list[str]:
        """Names of the usable installed models, of ``kind`` ('chat' / 'translation')."""
        return [i.name for i in self.installed()
                if model_kind(i) is not None and (kind is None or model_kind(i) == kind)]

    def import_folder(
        self, path: Path | str, name: str | None = None, *,
        on_finished: Callable[[Installed], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
    ) -> Job:
        """Validate a local folder (safetensors only) and copy it into the models folder."""
        from assistants.installed import import_folder

        source = Path(path)
        label = name or source.name

        text = self.tr("Importing {name}…").format(name=label)

        def work(jc: JobContext) -> Installed:
            jc.progress(0, 0, text)
            return import_folder(source, self.models_dir, name)

        def finished(item: Installed) -> None:
            self.installed_changed.emit()
            if on_finished is not None:
                on_finished(item)

        return self._submit(self.tr("Importing {name}").format(name=label), work,
                            finished=finished, failed=on_failed)

    def delete(self, name: str) -> None:
        """Delete an installed model, unloading it first if it is in memory.

        Raises ``ModelRefused`` while a job is using it, or when no such model is installed.
        """
        if any(n == name for n, _ in self._model_jobs.values()):
            raise ModelRefused(Phrase("{model} is working: stop its job before deleting it.",
                                      model=name))
        if self.resident == name:
            with self.model_thread.when_idle() as idle:
                if not idle or self._translators:
                    raise ModelRefused(Phrase("{model} is working: stop its job before "
                                              "deleting it.", model=name))
                self.manager.unload()
        from assistants.installed import remove

        remove(self.models_dir, name)
        if self.embedding_manager.resident_key == name:
            with self.model_thread.when_idle() as idle:
                if not idle:
                    raise ModelRefused(Phrase("{model} is working: stop its job before "
                                              "deleting it.", model=name))
                self.embedding_manager.unload()
        for kind in ("chat", "translation"):
            if self._value(f"{kind}_model", "") == name:
                self.qsettings.remove(f"ai/{kind}_model")
        self.qsettings.sync()
        self.installed_changed.emit()

    # ------------------------------------------------------------------ the resident model

    @property
    def resident(self) -> str:
        """The name of the model in memory, "" when none."""
        info = self._resident_info
        return info.name if info else ""

    @property
    def resident_info(self) -> ResidentInfo | None:
        return self._resident_info

    def check_idle(self) -> bool:
        """Unload the model if unused for the idle time (the timer calls this); True if it
        did. Never waits: while a model job runs or waits, it does nothing."""
        with self.model_thread.when_idle() as idle:
            return idle and not self._translators and self.manager.unload_if_idle()

    def unload(self) -> bool:
        """Free the model's memory now, unless a job is using it; True if it did. (Freeing
        runs no torch computation, so it is done here while the model thread is idle.)"""
        with self.model_thread.when_idle() as idle:
            return idle and not self._translators and self.manager.unload()

    def _unloaded(self, key: str) -> None:  # any thread
        self._resident_info = None
        self._resident_options = None
        self.resident_changed.emit("")

    @contextlib.contextmanager
    def _use(self, name: str, options: LoadOptions, jc: JobContext,
             loading_text: str) -> Iterator[Any]:
        """The loaded model ``name`` (loading it if needed), busy until the block ends."""
        from assistants.loading import load_model, pick_device

        if self.manager.resident_key == name and self._resident_options != options:
            self.manager.unload()  # loaded with other settings
        loaded_now = []

        def load() -> Any:
            jc.progress(0, 0, loading_text)
            device = self._forced_device or pick_device()
            self._device = device
            quantize = default_quantize(device) if options.int8 is None else options.int8
            dtype: Any = options.dtype
            model = load_model(resolve(self.models_dir, name), dtype=dtype,
                               quantize_int8=quantize, threads=options.threads or None,
                               device=device, fast_decode=options.fast_decode,
                               quantize_int4=options.int4)
            loaded_now.append(model)
            return model

        with self.manager.use(name, load) as loaded:
            if loaded_now:
                self._resident_options = options
                self._resident_info = ResidentInfo(
                    name, loaded.device, loaded.dtype, loaded.threads, tuple(loaded.notes))
                self.resident_changed.emit(name)
            yield loaded

    def _refuse_embedding(self, name: str, *, writing: bool) -> None:
        """Refuse a sentence-embedding model for writing or translating, before it is loaded in
        the chat model's place (``_use`` says what else may be wrong with the folder)."""
        from assistants.loading import validate_model_dir

        try:
            kind = validate_model_dir(resolve(self.models_dir, name)).kind
        except AssistantError:
            return
        if kind != "embedding":
            return
        if writing:
            raise ModelRefused(Phrase("{model} is a sentence-embedding model: choose a writing "
                                      "model to write text.", model=name))
        raise ModelRefused(Phrase("{model} is a sentence-embedding model: choose a translation "
                                  "model to translate.", model=name))

    def load(
        self, name: str, *,
        on_finished: Callable[[ResidentInfo], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Load ``name`` into memory (unloading the other model) ahead of use."""
        options = self.load_options()
        loading = self.tr("Loading {name}…").format(name=name)

        def work(jc: JobContext) -> ResidentInfo | None:
            with self._use(name, options, jc, loading):
                return self._resident_info

        return self._submit(self.tr("Loading {name}").format(name=name), work, model=name,
                            finished=on_finished, failed=on_failed,
                            cancelled=on_cancelled)

    # ------------------------------------------------------------------ generation

    def generate(
        self, name: str, prompt_or_messages: Prompt, *,
        max_new_tokens: int = 256,
        temperature: float = 0.7,
        top_p: float = 0.9,
        seed: int | None = None,
        timeout_s: float = 60.0,
        on_token: Callable[[str], None] | None = None,
        on_finished: Callable[[str, Any], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
        on_cancelled: Callable[[str, Any], None] | None = None,
        remote: Any = None,
        store: Any = None,
    ) -> Job:
        """Stream ``name``'s answer to a prompt or a list of chat messages.

        ``remote`` (an ``assistants.routing.Remote``, from ``routing.choose``) with ``store``:
        the same job on that inference server instead (``desktop.remote_jobs``: the job
        runner, not the model thread; Stop closes the connection; a server that cannot answer
        fails with ``routing.ServerUnavailable``, which offers the local model).

        ``on_token(chunk)`` gets each piece of text as it comes; ``on_finished(text, stats)``
        the whole text and its ``assistants.generation.GenerationStats``; ``on_cancelled(text,
        stats)`` what was written before Stop. ``job.cancel()`` is Stop: generation ends at
        the next decoding step. ``temperature <= 0`` is greedy decoding.
        """
        if remote is not None:
            from desktop.remote_jobs import generate_remote

            return generate_remote(
                self, store, remote, prompt_or_messages, max_new_tokens=max_new_tokens,
                temperature=temperature, top_p=top_p, seed=seed, on_token=on_token,
                on_finished=on_finished, on_failed=on_failed, on_cancelled=on_cancelled)
        from assistants.generation import GenerationStats, generate_text

        options = self.load_options()
        loading = self.tr("Loading {name}…").format(name=name)
        writing = self.tr("Writing with {name}…").format(name=name)
        partial: dict[str, Any] = {}

        def work(jc: JobContext) -> tuple[str, Any]:
            self._refuse_embedding(name, writing=True)
            with self._use(name, options, jc, loading) as loaded:
                if loaded.kind != "causal-lm":
                    raise ModelRefused(Phrase("{model} is a translation model: choose a "
                                              "writing model to write text.", model=name))
                jc.check()
                jc.progress(0, max_new_tokens, writing)
                stats = GenerationStats()
                written: list[str] = []

                def chunk(text: str) -> None:
                    written.append(text)
                    jc.token(text)
                    jc.progress(stats.generated_tokens, max_new_tokens, "")

                try:
                    # Here, on the model thread: the generation runs in this thread.
                    text, _ = generate_text(
                        loaded.model, loaded.tokenizer, prompt_or_messages, on_chunk=chunk,
                        max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p,
                        seed=seed, cancel=jc.cancelled, timeout_s=timeout_s, stats=stats)
                finally:
                    partial["result"] = ("".join(written), stats)
                if jc.cancelled.is_set():
                    raise JobCancelled
                return text, stats

        def cancelled() -> None:
            if on_cancelled is not None:
                text, stats = partial.get("result", ("", None))
                on_cancelled(text, stats)

        return self._submit(
            self.tr("Writing with {name}").format(name=name), work, model=name,
            finished=(lambda r: on_finished(*r)) if on_finished is not None else None,
            failed=on_failed, cancelled=cancelled, token=on_token)

    # ------------------------------------------------------------------ translation

    def translate(
        self, name: str, sentences: Sequence[str], *,
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[list[str]], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
        on_cancelled: Callable[[list[str | None]], None] | None = None,
        **options: Any,
    ) -> Job:
        """Translate ``sentences`` with the seq2seq model ``name``; results in input order.

        ``options`` go to ``assistants.translation.translate_batch`` (``batch_tokens``,
        ``batch_size``, ``num_beams``, ``source_prefix``, ``src_lang``,
        ``target_language_token``, ``max_new_tokens``). ``on_progress(done, total)`` after each
        batch; ``on_cancelled(partial)`` gets the finished translations (None for the others).
        """
        from assistants.translation import translate_batch

        load_options = self.load_options()
        loading = self.tr("Loading {name}…").format(name=name)
        translating = self.tr("Translating with {name}…").format(name=name)
        texts = list(sentences)
        partial: dict[str, Any] = {}

        def work(jc: JobContext) -> list[str]:
            self._refuse_embedding(name, writing=False)
            with self._use(name, load_options, jc, loading) as loaded:
                if loaded.kind != "seq2seq":
                    raise ModelRefused(Phrase("{model} is a writing model: choose a "
                                              "translation model to translate.", model=name))
                jc.progress(0, len(texts), translating)
                try:
                    return translate_batch(
                        loaded.model, loaded.tokenizer, texts, cancel=jc.cancelled,
                        progress=lambda done, total: jc.progress(done, total, ""), **options)
                except Cancelled as exc:
                    partial["result"] = exc.partial
                    raise JobCancelled from exc

        def cancelled() -> None:
            if on_cancelled is not None:
                on_cancelled(partial.get("result") or [None] * len(texts))

        return self._submit(
            self.tr("Translating with {name}").format(name=name), work, model=name,
            finished=on_finished, failed=on_failed, cancelled=cancelled,
            progress=(lambda d, t, _text: on_progress(d, t)) if on_progress else None)

    @contextlib.contextmanager
    def translator(
        self, name: str, jc: JobContext, *, load_options: LoadOptions, **options: Any,
    ) -> Iterator[Callable[[list[str]], list[str]]]:
        """Inside a job of your own (worker thread): a ``translate(texts) -> list[str]``
        callable on the seq2seq model ``name``, for ``storage.translation.pretranslate``.
        Each call runs on the model thread; the job waits for its result.

        ``load_options``: ``load_options()`` read in the GUI thread before submitting the job.
        The model is loaded on the first call only (nothing is loaded when the translation
        memory did all the work), after the model jobs submitted before it; the idle timer
        never unloads it until the block ends. The job's Cancel stops a batch at its next
        decoding step, or takes it off the queue (``assistants.errors.Cancelled`` is raised
        from the call). ``options`` go to
        ``assistants.translation.translate_batch``. Raises ``ModelRefused`` for a writing
        model::

            def work(jc):
                with ctx.models.translator(name, jc, load_options=opts) as translate:
                    return pretranslate(store, project_id, translate, cancel=jc.cancelled)
        """
        from assistants.translation import translate_batch

        loading = self.tr("Loading {name}…").format(name=name)
        label = self.tr("Translating with {name}").format(name=name)

        def work(texts: list[str]) -> list[str]:  # on the model thread
            self._refuse_embedding(name, writing=False)
            with self._use(name, load_options, jc, loading) as loaded:
                if loaded.kind != "seq2seq":
                    raise ModelRefused(Phrase("{model} is a writing model: choose a "
                                              "translation model to translate.", model=name))
                return translate_batch(loaded.model, loaded.tokenizer, texts,
                                       cancel=jc.cancelled, **options)

        def translate(texts: list[str]) -> list[str]:  # in the caller's job
            task = self.model_thread.submit(work, list(texts), name=label, cancel=jc.cancelled)
            # The job's Cancel sets jc.cancelled (the task's own event): a running batch stops
            # at its next decoding step; a batch still waiting is taken off the queue here.
            while not task.wait(CANCEL_CHECK_S):
                if jc.cancelled.is_set():
                    task.cancel()
            return task.result()

        self._translators += 1
        try:
            yield translate
        finally:
            self._translators -= 1

    # ------------------------------------------------------------------ embeddings

    def embedding_model(self, store: Any) -> str:
        """The embedding model the inbox matches with: the store's setting ``embedding_model``
        (storage.settings; the CLI's ``atelier match`` reads the same) when it names an
        installed embedding model, else "" (matching by words only)."""
        from storage import settings

        with store.session() as s:
            chosen = settings.get(s, "embedding_model")
        return chosen if chosen and chosen in self.installed_names("embedding") else ""

    def set_embedding_model(self, store: Any, name: str) -> None:
        """Make ``name`` (an installed embedding model, or "" for words only) the inbox's."""
        from storage import settings

        if name and name not in self.installed_names("embedding"):
            raise ModelRefused(Phrase("{model} is not a sentence-embedding model: choose one "
                                      "for matching requests.", model=name))
        with store.transaction() as s:
            settings.put(s, "embedding_model", name)
        self.installed_changed.emit()

    @property
    def embedding_resident(self) -> str:
        """The embedding model in memory, "" when none."""
        return self.embedding_manager.resident_key or ""

    def _embedding_loaded(self, name: str) -> Any:  # on the model thread
        from assistants.loading import load_model, pick_device

        def load() -> Any:
            device = self._forced_device or pick_device()
            self._device = self._device or device
            # float32 always: the stored vectors and a request's must come from the same weights
            return load_model(resolve(self.models_dir, name), dtype="float32",
                              quantize_int8=False, device=device)

        with self.embedding_manager.use(name, load) as loaded:
            if loaded.kind != "embedding":
                raise ModelRefused(Phrase("{model} is not a sentence-embedding model: choose "
                                          "one for matching requests.", model=name))
            return loaded

    def embedder(
        self, name: str, *, cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> LocalEmbedder:
        """A ``storage.matching.Embedder`` on the installed embedding model ``name``, for a
        job-runner worker (``storage.match_index`` indexing, ``match_request``). Each call runs
        on the model thread, after the model jobs submitted before it, and waits for its
        vectors; the model is loaded in its own slot on the first call and stays loaded beside
        the chat model. ``cancel`` (the job's ``jc.cancelled``) takes a waiting batch off the
        queue or stops a running one between batches (``assistants.errors.Cancelled``);
        ``progress(done, total)`` after each batch. Calling it in the GUI thread raises
        ``RuntimeError``."""
        return _AppEmbedder(name, lambda: self._embedding_loaded(name),
                            model_thread=self.model_thread, cancel=cancel, progress=progress)

    def embed(
        self, name: str, texts: Sequence[str], role: str = "passage", *,
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Vectors of many ``texts`` with the embedding model ``name``, as a model job listed
        by the runner (progress, Cancel): ``on_finished(vectors)`` gets a float32 array of
        shape (len(texts), dims), rows of length 1; ``on_progress(done, total)`` after each
        batch; Cancel stops before the next batch."""
        from assistants.embedding import embed_texts

        items = [str(t) for t in texts]
        embedding = self.tr("Reading texts with {name}…").format(name=name)

        def work(jc: JobContext) -> Any:
            loaded = self._embedding_loaded(name)
            jc.progress(0, len(items), embedding)
            return embed_texts(loaded, items, role=role, cancel=jc.cancelled,
                               progress=lambda done, total: jc.progress(done, total, ""))

        return self._submit(
            self.tr("Reading texts with {name}").format(name=name), work, model=name,
            finished=on_finished, failed=on_failed, cancelled=on_cancelled,
            progress=(lambda d, t, _text: on_progress(d, t)) if on_progress else None)

    def unload_embedding(self) -> bool:
        """Free the embedding model's memory now, unless a job is using it; True if it did."""
        with self.model_thread.when_idle() as idle:
            return idle and self.embedding_manager.unload()

    # ------------------------------------------------------------------ downloads

    def downloads(self) -> list[DownloadState]:
        """Running, paused and failed downloads, in the order they started."""
        return list(self._downloads.values())

    def download_state(self, repo_id: str) -> DownloadState | None:
        return self._downloads.get(repo_id)

    def partial_downloads(self) -> list[Any]:
        """``assistants.downloads.PartialDownload`` for each download left half-way on disk."""
        from assistants.downloads import partial_downloads

        return partial_downloads(self.models_dir)

    def _scan_partials(self) -> None:
        try:
            partials = self.partial_downloads()
        except (ImportError, OSError):
            return
        for p in partials:
            self._downloads.setdefault(p.repo_id, DownloadState(
                p.repo_id, p.revision, p.name, "paused", p.done_bytes, p.total_bytes))

    def download(
        self, repo_id: str, *,
        revision: str = "main",
        name: str | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_finished: Callable[[Installed], None] | None = None,
        on_failed: Callable[[AssistantError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Download a hub repo into the models folder; resumes a partial download.

        ``on_progress(DownloadProgress)`` a few times a second. The hub token comes from the
        keyring (or the session, see ``save_hub_token``). ``pause_download`` stops it keeping
        the partial files; ``cancel_download`` also deletes them. Downloading a repo that is
        already running returns its job.
        """
        from assistants.downloads import default_name, download_model

        current = self._downloads.get(repo_id)
        if current is not None and current.job is not None and current.job.running:
            return current.job
        if current is not None and name is None:
            name = current.name
        name = name or default_name(repo_id)
        state = DownloadState(repo_id, revision, name, "running")
        if current is not None:
            state.done_bytes, state.total_bytes = current.done_bytes, current.total_bytes
        self._downloads[repo_id] = state
        relay = _Relay()
        last = [0.0]

        def progress(p: Any) -> None:  # worker thread
            now = time.monotonic()
            if now - last[0] < PROGRESS_INTERVAL_S and p.done_bytes != p.total_bytes:
                return
            last[0] = now
            relay.carried.emit(p)

        downloading = self.tr("Downloading {name}…").format(name=repo_id)

        def work(jc: JobContext) -> Installed:
            token = self._token()
            jc.progress(0, 0, downloading)
            try:
                return download_model(repo_id, self.models_dir, revision=revision, name=name,
                                      token=token, endpoint=self.endpoint, progress=progress,
                                      cancel=jc.cancelled)
            except Cancelled as exc:
                raise JobCancelled from exc

        def progressed(p: Any) -> None:
            if self._downloads.get(repo_id) is not state:
                return
            state.done_bytes, state.total_bytes = p.done_bytes, p.total_bytes
            state.speed_bps, state.eta_s = p.speed_bps, p.eta_s
            if state.job is not None and p.total_bytes:
                state.job.progress.emit(p.done_bytes // 1000, p.total_bytes // 1000,
                                        downloading)
            self.download_progress.emit(repo_id)
            if on_progress is not None:
                on_progress(p)

        relay.carried.connect(progressed)

        def finished(item: Installed) -> None:
            relay.carried.disconnect(progressed)
            self._downloads.pop(repo_id, None)
            self.downloads_changed.emit()
            self.installed_changed.emit()
            if on_finished is not None:
                on_finished(item)

        def failed(error: AssistantError) -> None:
            relay.carried.disconnect(progressed)
            state.state, state.error, state.job = "failed", error, None
            state.speed_bps = state.eta_s = None
            if state.discard:
                self._discard(repo_id)
            self.downloads_changed.emit()
            if on_failed is not None:
                on_failed(error)

        def cancelled() -> None:
            relay.carried.disconnect(progressed)
            state.job = None
            if state.discard:
                self._discard(repo_id)
            else:
                state.state = "paused"
                state.speed_bps = state.eta_s = None
            self.downloads_changed.emit()
            if on_cancelled is not None:
                on_cancelled()

        job = self._submit(self.tr("Downloading {name}").format(name=repo_id), work,
                           finished=finished, failed=failed, cancelled=cancelled)
        state.job = job
        self.downloads_changed.emit()
        return job

    def pause_download(self, repo_id: str) -> None:
        """Stop a download and keep what it fetched (``resume_download`` goes on from there)."""
        state = self._downloads.get(repo_id)
        if state is not None and state.job is not None:
            state.job.cancel()

    def resume_download(self, repo_id: str, **callbacks: Any) -> Job | None:
        """Start a paused or failed download again, where it stopped."""
        state = self._downloads.get(repo_id)
        if state is None:
            return None
        return self.download(repo_id, revision=state.revision, name=state.name, **callbacks)

    def cancel_download(self, repo_id: str) -> None:
        """Stop a download and delete its partial files."""
        state = self._downloads.get(repo_id)
        if state is None:
            return
        if state.job is not None and state.job.running:
            state.discard = True
            state.job.cancel()
            return
        self._discard(repo_id)
        self.downloads_changed.emit()

    def _discard(self, repo_id: str) -> None:
        from assistants.downloads import discard_partial

        self._downloads.pop(repo_id, None)
        with contextlib.suppress(OSError, AssistantError):
            discard_partial(self.models_dir, repo_id)

    # ------------------------------------------------------------------ hub token

    def keyring_available(self) -> bool:
        from assistants.secrets import keyring_available

        return keyring_available()

    def hub_token_saved(self) -> bool:
        """Whether a hub token is saved (in the keyring, or for this session); never the token."""
        if self._session_token:
            return True
        from assistants.secrets import KeyringUnavailable, get_hub_token

        try:
            return bool(get_hub_token())
        except KeyringUnavailable:
            return False

    def save_hub_token(self, token: str, *, session_only: bool = False) -> None:
        """Save the token in the system keyring, or with ``session_only`` keep it in memory
        until the app closes (when there is no keyring). Raises ``KeyringUnavailable``."""
        token = token.strip()
        if session_only:
            if not token or any(c.isspace() for c in token):
                raise AssistantError("Paste the access token alone (it has no spaces).")
            self._session_token = token
            return
        from assistants.secrets import set_hub_token

        set_hub_token(token)
        self._session_token = None

    def forget_hub_token(self) -> None:
        """Remove the saved token (keyring and session); raises ``AssistantError`` when a
        locked keyring refuses."""
        self._session_token = None
        from assistants.secrets import KeyringUnavailable, delete_hub_token

        with contextlib.suppress(KeyringUnavailable):
            delete_hub_token()

    def _token(self) -> str | None:  # worker thread
        if self._session_token:
            return self._session_token
        from assistants.secrets import KeyringUnavailable, get_hub_token

        try:
            return get_hub_token()
        except KeyringUnavailable:
            return None

    # ------------------------------------------------------------------ jobs

    @property
    def busy(self) -> bool:
        """True while a model job (load, generate, translate) is running."""
        return any(job.running for job in self._model_jobs)

    def _submit(
        self, name: str, work: Callable[[JobContext], Any], *,
        model: str | None = None,
        finished: Callable[[Any], None] | None = None,
        failed: Callable[[AssistantError], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        token: Callable[[str], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Run ``work``: model work (``model`` given) on the model thread, the rest (downloads,
        imports) on the job runner; ``failed`` gets the exception as an AssistantError."""
        ended = threading.Event()

        def run(jc: JobContext) -> Any:
            try:
                return work(jc)
            except JobCancelled:
                raise
            except Cancelled as exc:
                raise JobCancelled from exc
            except BaseException as exc:
                if jc.cancelled.is_set() and not isinstance(exc, AssistantError):
                    raise JobCancelled from exc
                raise
            finally:
                ended.set()

        jobs: list[Job] = []  # set once submit returns, before any callback can run

        def settle() -> None:
            self._model_jobs.pop(jobs[0], None)
            self._other_jobs.pop(jobs[0], None)

        def on_finished(result: Any) -> None:
            settle()
            if finished is not None:
                finished(result)

        def on_failed(error: BaseException) -> None:
            settle()
            if failed is not None:
                failed(_readable(error))

        def on_cancelled() -> None:
            settle()
            if cancelled is not None:
                cancelled()

        if model is None:
            job = self.jobs.submit(name, run, on_finished=on_finished, on_failed=on_failed,
                                   on_cancelled=on_cancelled, on_token=token,
                                   on_progress=progress)
        else:
            job = self._on_model_thread(name, run, ended, on_finished=on_finished,
                                        on_failed=on_failed, on_cancelled=on_cancelled,
                                        on_token=token, on_progress=progress)
        jobs.append(job)
        if model is not None:
            self._model_jobs[job] = (model, ended)
        else:
            self._other_jobs[job] = ended
        return job

    def _on_model_thread(
        self, name: str, run: Callable[[JobContext], Any], ended: threading.Event,
        **callbacks: Callable[..., None] | None,
    ) -> Job:
        """A job whose work runs on the model thread, in submission order, listed by the job
        runner (status bar, Cancel) without holding one of its threads. Its signals reach the
        GUI thread queued, as the runner's do; a cancel before it starts removes it."""
        job = _ModelJob(name)
        for signal, key in ((job.finished, "on_finished"), (job.failed, "on_failed"),
                            (job.progress, "on_progress"), (job.token, "on_token"),
                            (job.cancelled, "on_cancelled")):
            slot = callbacks.get(key)
            if slot is not None:
                signal.connect(slot)

        def ended_task(task: Task[Any]) -> None:  # the model thread, or cancel()'s thread
            if job.state == "running":  # removed (or skipped, cancelled) before it ran
                job.state = "cancelled"
                job.cancelled.emit()
                job.done.emit()
            ended.set()

        job.task = self.model_thread.submit(run_job_here, job, run, name=name,
                                            cancel=job.context.cancelled)
        job.task.add_done_callback(ended_task)
        self.jobs.adopt(job)
        return job

    def settled(self, job: Job) -> bool:
        """True once ``job`` has ended and this service's callbacks for it have run (what a
        test waits for: ``job.running`` turns False in the worker, before them)."""
        return not job.running and job not in self._model_jobs and job not in self._other_jobs

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """At exit: stop the idle timer, cancel every job of this service (downloads keep
        their partial files), wait for them, unload the model and end the model thread (a later
        model job starts a new one)."""
        self._timer.stop()
        jobs = {**{j: e for j, (_, e) in self._model_jobs.items()}, **self._other_jobs}
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + timeout_s
        stopped = all(e.wait(max(deadline - time.monotonic(), 0)) for e in jobs.values())
        if self._owns_thread:
            stopped = self.model_thread.close(max(deadline - time.monotonic(), 0)) and stopped
            if stopped:
                self.model_thread = ModelThread()
        else:
            stopped = self.model_thread.wait_idle(max(deadline - time.monotonic(), 0)) and stopped
        if stopped:
            self.manager.unload()
            self.embedding_manager.unload()


def local_name(repo_id: str) -> str:
    """The installed name a hub repo gets (``assistants.downloads.default_name``)."""
    try:
        from assistants.downloads import default_name
    except ImportError:
        return repo_id.rsplit("/", 1)[-1]
    return default_name(repo_id)

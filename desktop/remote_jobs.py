"""``ModelService.generate`` on an inference server: the same job, callbacks and Stop as a
local generation, for the Draft, Brainstorm and Models pages.

The request is network, not torch: it runs on the app's job runner, never on the model thread
(a slow server must not hold up a local translation). The privacy gate and the sent log are
``assistants.routing.open_stream``'s; Stop (``job.cancel()``) closes the connection at once
(the stream watches the job's cancel event and shuts its socket). A server that cannot answer
fails with ``assistants.routing.ServerUnavailable``, which offers the local model; a reply cut
for length finishes normally with ``stats.stop_reason == "length"`` (the page says so).
Reasoning text stays in the stream's ``reasoning``, never in the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from assistants import remote as rm
from assistants import routing
from assistants.errors import AssistantError
from desktop.changes import Changed
from desktop.jobs import Cancelled as JobCancelled
from desktop.jobs import Job, JobContext
from storage.errors import ValidationError


def generate_remote(
    service: Any, store: Any, remote: routing.Remote, prompt_or_messages: Any, *,
    max_new_tokens: int, temperature: float, top_p: float, seed: int | None,
    timeout_s: float | None = None,
    now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    on_token: Callable[[str], None] | None = None,
    on_finished: Callable[[str, Any], None] | None = None,
    on_failed: Callable[[AssistantError], None] | None = None,
    on_cancelled: Callable[[str, Any], None] | None = None,
) -> Job:
    messages = ([{"role": "user", "content": prompt_or_messages}]
                if isinstance(prompt_or_messages, str) else list(prompt_or_messages))
    partial: dict[str, Any] = {}
    writing = QCoreApplication.translate("ModelService", "Writing with {name}…").format(
        name=remote.label)

    def work(jc: JobContext) -> tuple[str, Any]:
        key = routing.engine_key(remote.engine.name) if remote.has_key else None
        jc.check()
        stream = routing.open_stream(store, remote, messages, api_key=key, now=now(),
                                     max_new_tokens=max_new_tokens, temperature=temperature,
                                     top_p=top_p, seed=seed, cancel=jc.cancelled)
        partial["stream"] = stream
        jc.progress(0, max_new_tokens, writing)
        try:
            with stream:
                for chunk in stream:
                    jc.token(chunk)
                    jc.progress(min(stream.stats.generated_tokens, max_new_tokens),
                                max_new_tokens, "")
        except rm.RemoteError as exc:
            if jc.cancelled.is_set():
                raise JobCancelled from exc
            raise routing.ServerUnavailable(exc, remote.engine.name) from exc
        if jc.cancelled.is_set():
            raise JobCancelled
        return stream.text, stream.stats

    def cancelled() -> None:
        if on_cancelled is not None:
            stream = partial.get("stream")
            on_cancelled(stream.text if stream is not None else "",
                         stream.stats if stream is not None else None)

    def failed(error: BaseException) -> None:
        if on_failed is not None:
            # KeptLocal (a ValidationError naming the client) comes as it is
            on_failed(error if isinstance(error, AssistantError | ValidationError)
                      else AssistantError(str(error)))

    job = service.jobs.submit(
        QCoreApplication.translate("ModelService", "Writing with {name}").format(
            name=remote.label), work,
        on_finished=(lambda r: on_finished(*r)) if on_finished is not None else None,
        on_failed=failed, on_cancelled=cancelled, on_token=on_token)
    events = getattr(service.jobs, "events", None)
    if events is not None:  # finished, stopped or failed: the sent log may have a new line
        job.done.connect(lambda: events.emit(Changed.SENT))
    return job

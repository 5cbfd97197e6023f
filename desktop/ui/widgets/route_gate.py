"""Where a page's model work runs, and what the page shows about it (the Draft, Brainstorm and
Translate pages, the proposal window and the plan share it).

::

    self.gate = RouteGate(ctx, lambda: {"draft_id": self.draft_id}, self)
    layout.addWidget(self.gate.local_button)   # "Use the local model", after a server failed
    layout.addWidget(self.gate.label)          # why the controls are greyed
    remote = self.gate.route("draft")          # None: the local model; raises KeptLocal
    self.gate.grey([(self.generate_button, "draft")])   # at the end of _update_actions
    self.gate.failed(error, retry=self.generate, has_local=bool(model))   # on_failed

Where a task runs is ``assistants.routing``'s (the route, the privacy gate): this holds the
widgets only. A control whose task is routed to a server while the work belongs to a client
kept on this computer is greyed, with the refusal (naming the client) in its tooltip and in
``label``. When a server cannot answer (``routing.ServerUnavailable``: ``offer_local``),
``local_button`` offers the local model; clicking it makes the page work locally from then on
(``use_local``), emits ``local_chosen`` and runs the failed work again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.context import AppContext
from desktop.jobs import error_text
from desktop.ui import style

Work = Callable[[], dict[str, int | None]]
_OWN_TIP, _SHOWN_TIP = "routeGateOwnTip", "routeGateShownTip"


class RouteGate(QObject):
    """The route of a page's tasks, its privacy line and its "Use the local model" button."""

    #: "Use the local model" was chosen: the page updates its controls (the retry follows).
    local_chosen = Signal()

    def __init__(self, ctx: AppContext, work: Work, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work = work  # the ids the privacy gate checks (client_id, order_id, draft_id…)
        self.use_local = False
        self.retry: Callable[[], Any] | None = None
        self.label = style.muted(QLabel(), wrap=True)
        self.label.setObjectName("privacy_label")
        self.label.hide()
        self.local_button = QPushButton()
        self.local_button.setObjectName("use_local_model")
        self.local_button.hide()
        self.local_button.clicked.connect(self.use_local_model)
        self.retranslate()

    def retranslate(self) -> None:
        self.local_button.setText(self.tr("Use the local model"))

    def _ids(self) -> dict[str, int]:
        return {k: v for k, v in self.work().items() if v is not None}

    def route(self, task: str) -> Any:
        """The server ``task`` goes to (``assistants.routing.Remote``), or None for the local
        model; raises ``KeptLocal`` (a ValidationError naming the client)."""
        if self.use_local:
            return None
        from assistants import routing

        with self.ctx.store.session() as s:
            return routing.choose(s, task, **self._ids())

    def routed(self, task: str) -> bool:
        """``task`` goes to a server (so no local model is needed for it)."""
        if self.use_local:
            return False
        from storage import engines

        with self.ctx.store.session() as s:
            return engines.route(s, task) is not None

    def reason(self, task: str) -> str:
        """Why ``task`` cannot run for this work ("" when it can)."""
        if self.use_local:
            return ""
        from assistants import routing

        with self.ctx.store.session() as s:
            refusal = routing.kept_local(s, task, **self._ids())
        return error_text(refusal) if refusal is not None else ""

    def grey(self, controls: Iterable[tuple[Any, str]]) -> str:
        """Grey each (widget or action, task) whose task would be refused, its tooltip saying
        why (its own tooltip back once allowed), and show the first reason in ``label``. Call
        it after the page enabled its controls; returns that reason."""
        reasons: dict[str, str] = {}
        first = ""
        for control, task in controls:
            if task not in reasons:
                reasons[task] = self.reason(task)
            reason = reasons[task]
            # the control's own tooltip, kept on it: what it shows unless this set it (a page
            # that sets it again, in another language, gives the new one)
            own = control.property(_OWN_TIP)
            if own is None or control.toolTip() != control.property(_SHOWN_TIP):
                own = control.toolTip()
                control.setProperty(_OWN_TIP, own)
            if reason:
                control.setEnabled(False)
            control.setToolTip(reason or own)
            control.setProperty(_SHOWN_TIP, reason or own)
            first = first or reason
        self.label.setText(first)
        self.label.setVisible(bool(first))
        return first

    def failed(self, error: Any, retry: Callable[[], Any] | None, *,
               has_local: bool = True) -> None:
        """After a failure: offer the local model when a server could not answer
        (``offer_local``) and a local model is there to do the work."""
        offer = bool(getattr(error, "offer_local", False)) and has_local
        self.retry = retry if offer else None
        self.local_button.setVisible(offer)

    def hide_offer(self) -> None:
        self.local_button.hide()
        self.retry = None

    def use_local_model(self) -> None:
        """“Use the local model”: the page works locally from now on, and the work that failed
        on the server runs again."""
        self.use_local = True
        self.local_button.hide()
        retry, self.retry = self.retry, None
        self.local_chosen.emit()
        if retry is not None:
            retry()

"""A proposal for a buyer request, drafted by the local writing model (issue 18, point 4).

The Inbox page calls :func:`draft_proposal` with the opportunity and the chosen gig and
package. The prompt comes from ``assistants.proposals.prepare_proposal`` (the request, the gig,
its package and one or two similar past deliverables, in the request's language). A small
window streams the model's text as it comes (``ctx.models.generate``, on the model thread; Stop
and Esc end it within one decoding step); then ``storage.proposals.keep_proposal`` keeps it,
cleaned, as a model version of the opportunity's proposal draft and the Draft page opens it,
so the person edits it with its versions and the provenance figure. As on the Draft page, a
Stop keeps what the model wrote (nothing when it wrote nothing). Atelier never sends it: the
person copies it into the platform.

With no writing model installed, a message says so and offers the Models page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text
from desktop.languages import language_name
from desktop.ui import style
from desktop.ui.widgets.route_gate import RouteGate
from storage.cleantext import clean
from storage.errors import ValidationError

# Every string is spelled out as translate("Proposal", "…"): lupdate reads calls by that name
# only (the window went through a `_tr` helper, so none of it reached atelier_fr.ts).
translate = QCoreApplication.translate


def _main_window(parent: QWidget | None) -> QWidget | None:
    """The main window (it has the pages and ``open_draft``), or None (a test's bare page)."""
    window = parent.window() if parent is not None else None
    return window if window is not None and hasattr(window, "open_draft") else None


def _draft_page(parent: QWidget | None) -> object | None:
    window = _main_window(parent)
    pages = getattr(window, "pages", None)
    return pages.get("draft") if isinstance(pages, dict) else None


def no_model_message(parent: QWidget | None) -> QMessageBox:
    """Says that a writing model is needed, with a button to the Models page (opened, not
    run: the caller keeps it)."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("Proposal", "No writing model"),
                      translate("Proposal", "Drafting a proposal needs a writing model on this "
                                "computer. Install one on the Models page (nothing leaves "
                                "your computer), then try again."),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("NoWritingModel")
    go = box.addButton(translate(
        "Proposal", "Open the &Models page"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(go)
    box.go_button = go  # type: ignore[attr-defined]

    def open_models() -> None:
        window = _main_window(parent)
        if window is not None:
            window.show_page("models")  # type: ignore[attr-defined]

    go.clicked.connect(open_models)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ProposalDialog(QDialog):
    """The model's proposal as it is written: Stop (Esc) ends it and keeps what it wrote;
    ``kept(draft_id)`` once it is kept (the Draft page then opens it)."""

    kept = Signal(int)

    def __init__(self, title: str, basis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProposalDialog")
        self.setWindowTitle(translate("Proposal", "Proposal for “{title}”").format(title=title))
        self.job: Job | None = None
        self.draft_id: int | None = None
        self.basis_label = QLabel(basis)
        self.basis_label.setWordWrap(True)
        never = QLabel(translate(
            "Proposal", "Atelier never sends it: you edit it on the Draft page, then copy "
                        "it into the platform yourself."))
        never.setWordWrap(True)
        style.muted(never)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setReadOnly(True)
        self.text_edit.setMinimumSize(480, 220)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.stop_button = QPushButton(translate("Proposal", "&Stop"))
        self.stop_button.setToolTip(translate(
            "Proposal", "Stop the model (Esc); what it wrote is kept"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(translate("Proposal", "&Close"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.hide()
        self.gate: RouteGate | None = None  # set by draft_proposal: where it is written
        self.local_row = QHBoxLayout()  # "Use the local model" after a server failed
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addLayout(self.local_row)
        row.addWidget(self.stop_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basis_label)
        layout.addWidget(never)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)

    def stop(self) -> None:
        """Stop the model (what it wrote is kept); once it is over, close."""
        if self.job is not None and self.job.running:
            self.job.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None and self.job.running:  # closed while it writes: Stop first
            self.job.cancel()
            return
        super().reject()

    def add_text(self, chunk: str) -> None:
        cursor = self.text_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(clean(chunk) if self.text_edit.toPlainText() else
                          clean(chunk).lstrip())
        self.text_edit.setTextCursor(cursor)

    def ended(self, note: str, *, error: bool = False) -> None:
        """The model is done and nothing was opened: say why, offer Close."""
        self.note.setText(note)
        if error:
            style.error(self.note)
        self.stop_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    def restarted(self, note: str) -> None:
        """Writing again (with the local model, after a server failed)."""
        self.text_edit.clear()
        self.note.setText(note)
        self.note.setStyleSheet("")
        self.close_button.hide()
        self.stop_button.show()

    def showEvent(self, event: QShowEvent) -> None:
        from desktop.ui.dialogs.document_dialog import fit_title

        fit_title(self)
        super().showEvent(event)


def _basis(prepared: object, app_language: str) -> str:
    """What the proposal is drafted from, and in which language (said when the instructions
    are in another language than the proposal's, as for an Arabic request)."""
    p = prepared.proposal  # type: ignore[attr-defined]
    n = len(p.past_work)
    if n == 0:
        text = translate(
            "Proposal", "Drafted from the request, your gig and its package (no similar past "
                        "deliverable).")
    elif n == 1:
        text = translate(
            "Proposal", "Drafted from the request, your gig and its package, and one similar "
                        "past deliverable.")
    else:
        text = translate(
            "Proposal", "Drafted from the request, your gig and its package, and {n} similar "
                        "past deliverables.").format(n=n)
    if p.language and p.language != p.prompt_language:
        text += " " + translate(
            "Proposal", "The request is in {language}: the model is asked in {prompt} to "
                        "write in {language}.").format(
            language=language_name(p.language), prompt=language_name(p.prompt_language))
    return text


def draft_proposal(ctx: AppContext, parent: QWidget | None, opportunity_id: int,
                   gig_id: int | None, package_id: int | None, *,
                   similar_order_ids: Sequence[int] | None = None,
                   max_new_tokens: int | None = None,
                   on_kept: Callable[[int], None] | None = None) -> QWidget | None:
    """Draft a proposal for opportunity ``opportunity_id`` with gig ``gig_id`` and package
    ``package_id`` (None: the opportunity's or the gig's only one); ``similar_order_ids``:
    the match's similar orders, best first (None: matched by words). Returns the window
    streaming the proposal, the message offering the Models page when no writing model is
    installed, or None when the request cannot be drafted (said in a message box).
    ``on_kept(draft_id)`` once the proposal is kept.

    It is written where drafting is routed (``assistants.routing``): on a server, the
    opportunity has no client until it is won (then its order's client, refused when kept on
    this computer), and the prompt leaves out the past work of clients kept on this
    computer."""
    from assistants import routing
    from assistants.proposals import PreparedProposal, prepare_proposal
    from storage.proposals import get_opportunity

    local = ctx.models.chat_model if ctx.models is not None else ""
    try:
        with ctx.store.session() as s:
            opportunity = get_opportunity(s, opportunity_id)
            title, order_id = opportunity.title, opportunity.order_id
            remote = routing.choose(s, "draft", order_id=order_id)
    except ValidationError as exc:  # a won opportunity's client kept on this computer, too
        QMessageBox.warning(parent, translate("Proposal", "No proposal"), error_text(exc))
        return None
    if remote is None and not local:
        return no_model_message(parent)
    assert ctx.models is not None

    def prepare(remote: routing.Remote | None) -> PreparedProposal:
        with ctx.store.session() as s:
            return prepare_proposal(
                s, opportunity_id, gig_id=gig_id, package_id=package_id,
                lang=ctx.i18n.language, similar_order_ids=similar_order_ids,
                max_new_tokens=max_new_tokens, for_server=remote is not None)

    try:
        prepared = prepare(remote)
    except ValidationError as exc:
        QMessageBox.warning(parent, translate("Proposal", "No proposal"), error_text(exc))
        return None
    dialog = ProposalDialog(title, _basis(prepared, ctx.i18n.language), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.gate = RouteGate(ctx, lambda: {"order_id": order_id}, dialog)
    dialog.local_row.addWidget(dialog.gate.local_button)
    writer = {"model": remote.label if remote is not None else local}

    def keep(text: str, stopped: bool) -> None:
        from storage.proposals import keep_proposal

        if not isValid(dialog):
            return
        if not clean(text or "").strip():
            dialog.ended(translate(
                "Proposal", "Stopped before the model wrote anything: nothing was kept.")
                         if stopped else
                         translate(
                             "Proposal", "The model wrote nothing. Try again, or another model."),
                         error=not stopped)
            return
        page = _draft_page(parent)
        if page is not None and getattr(page, "current_draft_id", lambda: None)() is not None:
            page.flush_autosave()  # type: ignore[attr-defined]  # the person's edits first
        try:
            kept = ctx.write(Changed.DRAFTS,  # the Draft page's list; the inbox has no topic
                             lambda s: keep_proposal(s, opportunity_id, text, writer["model"],
                                                     lang=ctx.i18n.language,
                                                     now=ctx.clock.now()))
        except ValidationError as exc:
            dialog.ended(error_text(exc), error=True)
            return
        dialog.draft_id = kept.draft_id
        dialog.kept.emit(kept.draft_id)
        if on_kept is not None:
            on_kept(kept.draft_id)
        window = _main_window(parent)
        if window is not None and window.open_draft(kept.draft_id):  # type: ignore[attr-defined]
            dialog.accept()
            return
        dialog.ended(translate(
            "Proposal", "The proposal is kept as the draft “{title}”: open it on the Draft "
                        "page.").format(title=prepared.proposal.title))

    def failed(error: BaseException) -> None:
        if isValid(dialog):
            dialog.ended(translate("Proposal", "The model could not write: {error}").format(
                error=error_text(error)), error=True)
            # a server that cannot answer: the same proposal with the local model
            assert dialog.gate is not None
            dialog.gate.failed(error, lambda: start(None), has_local=bool(local))

    def start(remote: routing.Remote | None) -> None:
        nonlocal prepared
        if remote is None and writer["model"] != local:  # again, locally: with all past work
            prepared = prepare(None)
            writer["model"] = local
            dialog.restarted("")
        assert ctx.models is not None
        dialog.note.setText(translate("Proposal", "{model} is writing… (Esc stops)").format(
            model=writer["model"]))
        request = prepared.request
        dialog.job = ctx.models.generate(
            writer["model"], request.messages, max_new_tokens=request.max_new_tokens,
            temperature=request.temperature,
            on_token=lambda chunk: dialog.add_text(chunk) if isValid(dialog) else None,
            on_finished=lambda text, _stats: keep(text, False),
            on_failed=failed, on_cancelled=lambda text, _stats: keep(text, True),
            remote=remote, store=ctx.store)

    start(remote)
    dialog.open()
    return dialog

"""A document's text drafted by the local writing model into a text box (issue 17, point 8):
Today's payment reminder and a draft quote's description share it.

:func:`draft_into` runs a ``storage.invoicing.drafting.DocumentDraftRequest`` on the model
thread (``ctx.models.generate``) and streams the model's text into a QPlainTextEdit, cleaned
of control characters as it enters (model text is untrusted, ``storage.cleantext``). While the
model writes, its button is disabled and the note says so; when it is done the note says who
drafted the text; when it fails, is stopped, or writes nothing, what the box held comes back
and the note says why in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit
from shiboken6 import isValid

from desktop.context import AppContext
from desktop.jobs import Job, error_text
from storage.cleantext import clean
from storage.invoicing.drafting import DocumentDraftRequest


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelDraft", text)


def draft_into(ctx: AppContext, request: DocumentDraftRequest, model: str,
               edit: QPlainTextEdit, *, button: QAbstractButton, note: QLabel, done_text: str,
               on_finished: Callable[[str], None] | None = None) -> Job:
    """Stream ``model``'s text for ``request`` into ``edit`` (what it held is replaced, and
    comes back if the model fails, is stopped or writes nothing). ``done_text`` goes in
    ``note`` once the model is done; ``on_finished(text)`` gets the model's whole text."""
    from assistants import writing

    assert ctx.models is not None
    model_request = writing.draft_request(
        request.messages, target=writing.target_words(request.values.get("length", "")))
    before = edit.toPlainText()
    edit.clear()
    edit.setReadOnly(True)  # the model's text goes at the end, nowhere else
    button.setEnabled(False)
    note.setText(_tr("{model} is writing…").format(model=model))

    def gone() -> bool:  # the dialog was closed and deleted while the model wrote
        return not (isValid(edit) and isValid(button) and isValid(note))

    def write_in(chunk: str) -> None:
        if gone():
            return
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(clean(chunk))
        edit.setTextCursor(cursor)

    def give_back(reason: str) -> None:
        if gone():
            return
        edit.setReadOnly(False)
        edit.setPlainText(before)
        button.setEnabled(True)
        note.setText(reason)

    def finished(text: str, _stats: object) -> None:
        if gone():
            return
        if not clean(text or "").strip() or not edit.toPlainText().strip():
            give_back(_tr("{model} wrote nothing: the text is as it was.").format(model=model))
            return
        edit.setReadOnly(False)
        if edit.toPlainText() != edit.toPlainText().strip():
            edit.setPlainText(edit.toPlainText().strip())
        button.setEnabled(True)
        note.setText(done_text)
        if on_finished is not None:
            on_finished(text)

    def failed(error: BaseException) -> None:
        give_back(error_text(error))

    def cancelled(*_args: object) -> None:
        give_back(_tr("Stopped: the text is as it was."))

    return ctx.models.generate(
        model, model_request.messages, max_new_tokens=model_request.max_new_tokens,
        temperature=model_request.temperature, on_token=write_in, on_finished=finished,
        on_failed=failed, on_cancelled=cancelled)

"""The writer's editor: plain text, and who wrote each of its characters.

Who wrote each character (storage.provenance.Authorship) is kept beside the document, counted
as the document counts positions (UTF-16 units): every change the document reports
(``contentsChange``) is the person's unless a model is writing (``with editor.writing(MODEL)``),
an undo or a redo takes back the authorship its undo step had (``AuthorshipHistory``), and a
text put in with :meth:`AuthoredEditor.set_text` or :meth:`AuthoredEditor.replaced_by` brings
its own. A model's text streams in through :meth:`AuthoredEditor.begin_model_text`,
``add_model_text`` and ``end_model_text``: the removal of what it replaces and every chunk
it writes make one undo step, so Ctrl+Z puts the person's words back at once.

A paste or a drop goes in as plain text through the cursor: QTextEdit's own paste inserts a
document fragment, and the document then reports the whole paragraph as changed when it lands
at a paragraph's start, which would give the person the model's words around it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.ui import style
from storage.cleantext import clean_text
from storage.provenance import HUMAN, MODEL, Authorship, AuthorshipHistory


@dataclass
class ModelText:
    """A model's text on its way into the editor (see ``AuthoredEditor.begin_model_text``)."""

    cursor: QTextCursor
    start: int
    joined: bool  # an edit block exists to join (something was removed, or text went in)
    lead: str = ""  # put before the model's first words
    trail: str = ""  # put back after its last words (a selection's trailing spaces)
    started: bool = False
    inserted: str = ""
    removed: int = 0  # invisible characters taken out of the model's text


class AuthoredEditor(QTextEdit):
    """A plain-text editor that knows who wrote each character of its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # prose: Tab moves on, as in every field
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._history = AuthorshipHistory()
        self._origin = HUMAN  # of the text the document's next change brings in
        self._undo_step = 0  # the document's undo steps at its last change
        self._command_added = False  # the document added an undo step since its last change
        self._loading = False
        self.document().contentsChange.connect(self._contents_changed)
        self.document().undoCommandAdded.connect(self._undo_command_added)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())

    # --- the text and who wrote it ------------------------------------------------------------

    def doc_length(self) -> int:
        """The text's length as the document counts positions (UTF-16 units)."""
        return len(self.toPlainText().encode("utf-16-le", "surrogatepass")) // 2

    def set_text(self, text: str, authorship: Authorship) -> None:
        """Put a text in the editor, with no undo history, and who wrote it."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        if len(authorship) != len(text):
            authorship = Authorship.of(len(text), HUMAN)
        shown = self.toPlainText()
        units = authorship.carried(text, shown).to_utf16(shown)
        if len(units) != self.doc_length():
            units = Authorship.of(self.doc_length(), HUMAN)
        self._undo_step = self.document().availableUndoSteps()
        self._command_added = False
        self._history.reset(units, self._undo_step)

    def replaced_by(self, text: str, authorship: Authorship) -> None:
        """The whole text was just replaced by ``text`` (one undo step, counted as the
        person's): who wrote it comes with it (a version put back)."""
        shown = self.toPlainText()
        units = authorship.carried(text, shown).to_utf16(shown)
        if len(units) == self.doc_length():
            self._history.replaced(self.document().availableUndoSteps(), units)

    def authorship(self) -> Authorship:
        """Who wrote each character of the text (``toPlainText()``)."""
        text = self.toPlainText()
        found = self._history.current.from_utf16(text)
        return found if found is not None else Authorship.of(len(text), HUMAN)

    @contextmanager
    def writing(self, origin: str) -> Iterator[None]:
        """Changes made inside are ``origin``'s (a model's text coming in)."""
        before, self._origin = self._origin, origin
        try:
            yield
        finally:
            self._origin = before

    def _undo_command_added(self) -> None:
        self._command_added = True

    def _contents_changed(self, pos: int, removed: int, added: int) -> None:
        """The document changed: typing, paste, a model's text, a version put back (new
        edits: the current origin), or an undo or a redo (the authorship of the undo step it
        lands on)."""
        if self._loading:
            return
        document = self.document()
        length, before = self.doc_length(), len(self._history.current)
        # Qt may count the document's last paragraph separator in a change: fit the figures
        # to the text (one edit at pos, with the length it really has now).
        pos = min(max(pos, 0), before)
        removed = min(max(removed, 0), before - pos)
        added = removed + length - before
        if added < 0 or pos + added > length:
            pos, removed, added = 0, before, length
        step = document.availableUndoSteps()
        new_edit = (self._command_added or step == self._undo_step
                    or not document.isUndoRedoEnabled())
        if new_edit:
            self._history.edited(step, pos, removed, added, self._origin)
        else:
            self._history.moved(step, pos, removed, added, length)
        self._undo_step = step
        self._command_added = False

    # --- a model's text coming in -------------------------------------------------------------

    def begin_model_text(self, cursor: QTextCursor, *, lead: str = "",
                         trail: str = "") -> ModelText:
        """A model is about to write at ``cursor`` (its selection is removed first, as the
        first part of the one undo step the model's text makes); the editor is read-only
        until :meth:`end_model_text`."""
        removed = cursor.hasSelection()
        if removed:
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            cursor.endEditBlock()
        self.setReadOnly(True)
        return ModelText(cursor, cursor.position(), joined=removed, lead=lead, trail=trail)

    def add_model_text(self, text: ModelText, chunk: str) -> None:
        """A chunk of the model's text: cleaned of invisible characters (counted), blanks
        before its first words left out, joined to the same undo step, tinted."""
        cleaned = clean_text(chunk)
        chunk = cleaned.text
        text.removed += cleaned.removed
        if not text.started:
            chunk = chunk.lstrip()
            if not chunk:
                return
            chunk = text.lead + chunk
            text.started = True
        if not chunk:
            return
        cursor = text.cursor
        with self.writing(MODEL):
            if text.joined:
                cursor.joinPreviousEditBlock()
            else:
                cursor.beginEditBlock()
                text.joined = True
            cursor.insertText(chunk)
            cursor.endEditBlock()
        text.inserted += chunk
        self.tint(text.start, cursor.position())
        self.setTextCursor(QTextCursor(cursor))
        self.ensureCursorVisible()

    def end_model_text(self, text: ModelText) -> None:
        """The model stopped: the blanks after its last words give way to the selection's
        own (same undo step); the editor is editable again."""
        self.clear_tint()
        self.setReadOnly(False)
        if text.started:
            extra = len(text.inserted) - len(text.inserted.rstrip())
            if extra or text.trail:
                cursor = text.cursor
                with self.writing(MODEL):
                    cursor.joinPreviousEditBlock()
                    cursor.movePosition(QTextCursor.MoveOperation.Left,
                                        QTextCursor.MoveMode.KeepAnchor, extra)
                    cursor.insertText(text.trail)
                    cursor.endEditBlock()

    def tint(self, start: int, end: int) -> None:
        """Tint the text from ``start`` to ``end`` (what a model is writing)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(style.MODEL_BACKGROUND))
        selection.format = fmt
        self.setExtraSelections([selection])

    def clear_tint(self) -> None:
        self.setExtraSelections([])

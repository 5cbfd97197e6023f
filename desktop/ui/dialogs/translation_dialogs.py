"""Dialogs of the Translate page: a new project, find and replace in translations, and the
question asked before exporting a file that still has untranslated segments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import error_text, location_text
from desktop.languages import native_language_name
from desktop.ui import style
from desktop.ui.forms import FormDialog
from storage.documents import SUPPORTED_EXTENSIONS, DocumentError, format_of
from storage.errors import AtelierError
from storage.tables import Client, Order, OrderStatus
from storage.translation import projects as tp
from storage.translation.export import Untranslated
from storage.translation.projects import FindResult, ReplaceResult

#: Languages offered first (any code can be typed: fr-CA, pt-BR…).
LANGUAGES = ("fr", "en", "es", "de", "it", "pt", "nl", "ar", "zh", "ja", "ru", "pl")
CLOSED = (OrderStatus.COMPLETED, OrderStatus.CANCELLED)
ORDERS_SHOWN = 300
SHOWN_UNTRANSLATED = 5


class LanguageCombo(QComboBox):
    """An editable combo of language codes: pick one, or type any code (``fr-CA``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in LANGUAGES:
            name = native_language_name(code)
            self.addItem(f"{code} — {name}" if name else code, code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        return text.split("—", 1)[0].strip()

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


class NewProjectDialog(FormDialog):
    """Name, languages, optional order and the files to translate. ``save()`` creates the
    project (``result_value``: its id); the page imports ``files()`` afterwards, in the
    background."""

    def __init__(self, ctx: AppContext, order_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit()
        self.source_combo = LanguageCombo()
        self.target_combo = LanguageCombo()
        self.order_combo = QComboBox()
        self.order_combo.setMinimumContentsLength(30)
        self.order_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.files_list = QListWidget()
        self.files_list.setMinimumHeight(70)
        self.files_list.setMaximumHeight(110)
        self.add_files_button = QPushButton()
        self.remove_file_button = QPushButton()
        self.formats_label = QLabel()
        self.formats_label.setWordWrap(True)
        style.muted(self.formats_label)
        files_box = QWidget()
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files_list)
        row = QHBoxLayout()
        row.addWidget(self.add_files_button)
        row.addWidget(self.remove_file_button)
        row.addStretch(1)
        files_layout.addLayout(row)
        files_layout.addWidget(self.formats_label)

        self.add_row("name", "", self.name_edit)
        self.add_row("source_lang", "", self.source_combo)
        self.add_row("target_lang", "", self.target_combo)
        self.add_row("order", "", self.order_combo, aliases=("order_id",))
        self.add_row("file", "", files_box, aliases=("files",))

        self.add_files_button.clicked.connect(lambda: self.choose_files())
        self.remove_file_button.clicked.connect(self._remove_file)
        self.order_combo.currentIndexChanged.connect(self._order_chosen)
        self._paths: list[Path] = []
        self._name_touched = False
        self.name_edit.textEdited.connect(lambda _t: setattr(self, "_name_touched", True))
        self._fill_orders(order_id)
        self.source_combo.set_code("en")
        self.target_combo.set_code("fr")
        self.retranslate()
        if order_id is not None:
            self.order_combo.setCurrentIndex(max(self.order_combo.findData(order_id), 0))
            self._order_chosen()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New translation project"))
        self.set_label("name", self.tr("Name"))
        self.set_label("source_lang", self.tr("From"))
        self.set_label("target_lang", self.tr("Into"))
        self.set_label("order", self.tr("Order"))
        self.set_label("file", self.tr("Files"))
        self.name_edit.setPlaceholderText(self.tr("For example: Dupont contract, EN → FR"))
        self.source_combo.setToolTip(self.tr(
            "The language of the client's file: pick one or type a code such as fr-CA"))
        self.target_combo.setToolTip(self.tr("The language to translate into"))
        self.order_combo.setItemText(0, self.tr("No order"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.remove_file_button.setText(self.tr("Remove"))
        self.formats_label.setText(self.tr(
            "Word (.docx), subtitles (.srt), gettext (.po, .pot), XLIFF, HTML, Markdown and "
            "plain text. You can add more files later."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Create project"))

    def _fill_orders(self, order_id: int | None) -> None:
        self.order_combo.addItem("", None)
        with self.ctx.store.session() as s:
            q = (select(Order.id, Order.title, Client.name).join(Client)
                 .where(Order.status.not_in(CLOSED) | (Order.id == (order_id or 0)))
                 .order_by(Order.received_at.desc()).limit(ORDERS_SHOWN))
            for oid, title, client_name in s.execute(q):
                self.order_combo.addItem(f"#{oid} · {title} — {client_name}", oid)

    def _order_chosen(self, _index: int = 0) -> None:
        order_id = self.order_combo.currentData()
        if order_id is None:
            return
        with self.ctx.store.session() as s:
            order = s.get(Order, order_id)
            if order is None:
                return
            title = order.title
            language = (order.client.language or "") if order.client is not None else ""
        if not self._name_touched and not self.name_edit.text().strip():
            self.name_edit.setText(title)
        if language and language.split("-")[0] != self.target_combo.code().split("-")[0]:
            self.source_combo.set_code(language)

    def choose_files(self, paths: list[str] | None = None) -> list[Path]:
        """Add files (a file dialog when ``paths`` is None); an unsupported type is refused
        with a message under the list."""
        if paths is None:
            patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Add files to translate"), "",
                self.tr("Documents ({patterns})").format(patterns=patterns))
        self.clear_errors()
        added = []
        for p in paths:
            path = Path(p)
            try:
                format_of(path.name)
            except DocumentError as exc:
                self.error_label("file").setText(error_text(exc))
                self.error_label("file").show()
                continue
            if path not in self._paths:
                self._paths.append(path)
                self.files_list.addItem(path.name)
                added.append(path)
        if added and not self.name_edit.text().strip():
            self.name_edit.setText(added[0].stem)
        return added

    def _remove_file(self) -> None:
        row = self.files_list.currentRow()
        if row >= 0:
            self.files_list.takeItem(row)
            del self._paths[row]

    def files(self) -> list[Path]:
        return list(self._paths)

    def save(self) -> int:
        return self.ctx.write(Changed.TRANSLATION, lambda s: tp.create_project(
            s, self.name_edit.text(), self.source_combo.code(), self.target_combo.code(),
            order_id=self.order_combo.currentData(), now=self.ctx.clock.now()).id)


class FindReplaceDialog(QDialog):
    """Find and replace in the project's translations (outside placeholders, which are never
    touched). ``find_all()`` counts, ``replace_all()`` writes and reports how many."""

    def __init__(self, ctx: AppContext, project_id: int, parent: QWidget | None = None,
                 find: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = project_id
        self.replaced: ReplaceResult | None = None
        self.setMinimumWidth(460)
        self.find_edit = QLineEdit(find)
        self.replace_edit = QLineEdit()
        self.regex_check = QCheckBox()
        self.case_check = QCheckBox()
        self.error_label = QLabel()
        style.error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.find_label = QLabel()
        self.replace_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        style.muted(self.hint)
        form = QFormLayout()
        form.addRow(self.find_label, self.find_edit)
        form.addRow(self.replace_label, self.replace_edit)
        checks = QHBoxLayout()
        checks.addWidget(self.case_check)
        checks.addWidget(self.regex_check)
        checks.addStretch(1)
        form.addRow("", checks)
        self.buttons = QDialogButtonBox()
        self.find_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.replace_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)

        self.find_button.clicked.connect(lambda: self.find_all())
        self.replace_button.clicked.connect(lambda: self.replace_all())
        self.close_button.clicked.connect(self.reject)
        self.find_edit.textChanged.connect(lambda _t: self.result_label.clear())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and replace in translations"))
        self.find_label.setText(self.tr("&Find"))
        self.replace_label.setText(self.tr("&Replace with"))
        self.case_check.setText(self.tr("Match case"))
        self.regex_check.setText(self.tr("Regular expression"))
        self.find_button.setText(self.tr("Count"))
        self.replace_button.setText(self.tr("Replace all"))
        self.hint.setText(self.tr(
            "Only translations change, never the source or the inline formatting tags. "
            "A replaced translation becomes “Edited”; a confirmed one stays confirmed and its "
            "translation memory entry follows."))

    def _options(self) -> dict[str, bool]:
        return {"regex": self.regex_check.isChecked(),
                "case_sensitive": self.case_check.isChecked()}

    def _fail(self, exc: AtelierError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.result_label.clear()

    def find_all(self) -> FindResult | None:
        self.error_label.hide()
        try:
            with self.ctx.store.session() as s:
                found = tp.find_in_targets(s, self.project_id, self.find_edit.text(),
                                           **self._options())
        except AtelierError as exc:
            self._fail(exc)
            return None
        if found.matches:
            self.result_label.setText(self.tr("Found %n time(s)", "", found.matches) + " · " +
                                      self.tr("in %n segment(s)", "",
                                              len(found.segment_ids)))
        else:
            self.result_label.setText(self.tr("Not found in the translations."))
        return found

    def replace_all(self) -> ReplaceResult | None:
        self.error_label.hide()
        try:
            with self.ctx.store.transaction() as s:
                done = tp.replace_in_targets(s, self.project_id, self.find_edit.text(),
                                             self.replace_edit.text(), now=self.ctx.clock.now(),
                                             **self._options())
        except AtelierError as exc:
            self._fail(exc)
            return None
        self.replaced = done
        if done.replacements:
            self.result_label.setText(
                self.tr("Replaced %n time(s)", "", done.replacements) + " · " +
                self.tr("in %n segment(s)", "", len(done.segment_ids)))
            self.ctx.events.emit(Changed.TRANSLATION)
        else:
            self.result_label.setText(self.tr("Nothing to replace: not found in the "
                                              "translations."))
        return done


class UntranslatedDialog(QDialog):
    """Asked before exporting a file with untranslated segments: they would stay in the
    source language. Accepted: export anyway; rejected (the default): nothing is written."""

    def __init__(self, file_name: str, missing: list[Untranslated],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.missing = missing
        self.setMinimumWidth(560)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.examples = QLabel()
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.PlainText)
        style.muted(self.examples)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.message)
        layout.addWidget(self.examples)
        layout.addWidget(self.question)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        n = len(self.missing)
        self.setWindowTitle(self.tr("Untranslated segments"))
        self.message.setText(self.tr(
            "%n segment(s) of {file} are not translated yet.", "", n).format(
            file=self.file_name))
        lines = []
        for u in self.missing[:SHOWN_UNTRANSLATED]:
            text = " ".join(u.source.split())
            if len(text) > 70:
                text = text[:69] + "…"
            where = location_text(u.location) if u.location else u.key
            lines.append(self.tr("• {where}: “{text}”").format(where=where, text=text))
        if n > SHOWN_UNTRANSLATED:
            lines.append(self.tr("…and %n more", "", n - SHOWN_UNTRANSLATED))
        self.examples.setText("\n".join(lines))
        self.question.setText(self.tr(
            "If you export anyway, they stay in the source language in the exported file."))
        self.export_button.setText(self.tr("Export anyway"))

"""The client editor: name, handle, platform, country, language, currency, email, notes,
and whether their work is kept on this computer (never sent to an inference server)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.languages import language_names
from desktop.ui import style
from desktop.ui.forms import FormDialog
from storage.catalog import ClientFields, client_fields, fold, save_client
from storage.money import CURRENCY_EXPONENTS
from storage.privacy import set_keep_local
from storage.tables import Client, Platform

# Where Atelier's users find their clients first; any other ISO code can be typed.
COMMON_COUNTRIES = ("FR", "MA", "CA", "BE", "CH", "US", "GB", "DE", "ES", "TN", "DZ", "SN",
                    "CI", "LU", "IT", "PT", "NL", "CM", "MG", "HT")
COMMON_LANGUAGES = ("fr", "en", "es", "de", "ar", "it", "pt", "nl")


def country_names() -> dict[str, str]:
    """Translated names of the common countries (context "ClientDialog")."""
    return {
        "FR": QCoreApplication.translate("ClientDialog", "France"),
        "MA": QCoreApplication.translate("ClientDialog", "Morocco"),
        "CA": QCoreApplication.translate("ClientDialog", "Canada"),
        "BE": QCoreApplication.translate("ClientDialog", "Belgium"),
        "CH": QCoreApplication.translate("ClientDialog", "Switzerland"),
        "US": QCoreApplication.translate("ClientDialog", "USA"),
        "GB": QCoreApplication.translate("ClientDialog", "UK"),
        "DE": QCoreApplication.translate("ClientDialog", "Germany"),
        "ES": QCoreApplication.translate("ClientDialog", "Spain"),
        "TN": QCoreApplication.translate("ClientDialog", "Tunisia"),
        "DZ": QCoreApplication.translate("ClientDialog", "Algeria"),
        "SN": QCoreApplication.translate("ClientDialog", "Senegal"),
        "CI": QCoreApplication.translate("ClientDialog", "Côte d'Ivoire"),
        "LU": QCoreApplication.translate("ClientDialog", "Luxembourg"),
        "IT": QCoreApplication.translate("ClientDialog", "Italy"),
        "PT": QCoreApplication.translate("ClientDialog", "Portugal"),
        "NL": QCoreApplication.translate("ClientDialog", "Netherlands"),
        "CM": QCoreApplication.translate("ClientDialog", "Cameroon"),
        "MG": QCoreApplication.translate("ClientDialog", "Madagascar"),
        "HT": QCoreApplication.translate("ClientDialog", "Haiti"),
    }


def country_name(code: str) -> str:
    """A country's name: translated for the common ones, Qt's English name otherwise."""
    if not code:
        return ""
    name = country_names().get(code)
    if name is None:
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            return code
        name = QLocale.territoryToString(territory)
    return name


def _labelled(name: str, code: str) -> str:
    return f"{name} ({code})"


def _code_from(combo: QComboBox, upper: bool) -> str:
    """The code behind a combo's text: a listed item, "Name (XX)", a bare code or a name."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0 and combo.itemData(index) is not None:
        return str(combo.itemData(index))
    if text.endswith(")") and "(" in text:
        inner = text[text.rfind("(") + 1:-1].strip()
        if 2 <= len(inner) <= 16 and " " not in inner:
            text = inner
    wanted = fold(text)
    for i in range(combo.count()):
        name = combo.itemText(i)
        if fold(name.rsplit(" (", 1)[0]) == wanted and combo.itemData(i):
            return str(combo.itemData(i))
    return text.upper() if upper else text


class ClientDialog(FormDialog):
    """New client (client_id None) or edit one; saving emits changed("clients") and sets
    `result_value` to the client's id."""

    def __init__(self, ctx: AppContext, client_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.setObjectName("ClientDialog")
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.handle_edit = QLineEdit()
        self.handle_edit.setMaxLength(200)
        self.platform_combo = QComboBox()
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.addItem("", "")
        for code in COMMON_COUNTRIES:
            self.country_combo.addItem(code, code)
        self.language_combo = QComboBox()
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language_combo.addItem("", "")
        for code in COMMON_LANGUAGES:
            self.language_combo.addItem(code, code)
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItem("", "")
        for code in sorted(CURRENCY_EXPONENTS):
            self.currency_combo.addItem(code, code)
        for combo in (self.platform_combo, self.country_combo, self.language_combo,
                      self.currency_combo):
            # as wide as the form, like the line edits: the hints show whole
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.email_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(110)
        # "Keep on this computer": nothing of theirs is ever sent to an inference server
        self.keep_local_check = QCheckBox()
        self.keep_local_note = style.muted(QLabel(), wrap=True)

        self.add_row("name", "", self.name_edit)
        self.add_row("handle", "", self.handle_edit)
        self.add_row("platform", "", self.platform_combo)
        self.add_row("country", "", self.country_combo)
        self.add_row("language", "", self.language_combo)
        self.add_row("currency", "", self.currency_combo)
        self.add_row("email", "", self.email_edit)
        self.add_row("notes", "", self.notes_edit)
        self.add_row("keep_local", "", self.keep_local_check)
        # its own row: the form gives a wrapped label the height its width needs
        self.form.addRow("", self.keep_local_note)

        self._load()
        self.retranslate()

    def _load(self) -> None:
        fields = None
        self._keep_local = False
        with self.ctx.store.session() as s:
            self.platform_combo.addItem("", None)
            for p in s.scalars(select(Platform).order_by(Platform.name)):
                self.platform_combo.addItem(p.name, p.id)
            if self.client_id is not None:
                client = s.get(Client, self.client_id)
                if client is not None:
                    fields = client_fields(client)
                    self._keep_local = bool(client.keep_local)
        if fields is None:
            return
        self.name_edit.setText(fields.name)
        self.handle_edit.setText(fields.handle)
        self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(fields.platform_id),
                                                0))
        self._set_code(self.country_combo, fields.country,
                       _labelled(country_name(fields.country), fields.country))
        self._set_code(self.language_combo, fields.language, fields.language)
        self._set_code(self.currency_combo, fields.currency, fields.currency)
        self.email_edit.setText(fields.email)
        self.notes_edit.setPlainText(fields.notes)
        self.keep_local_check.setChecked(self._keep_local)

    @staticmethod
    def _set_code(combo: QComboBox, code: str, display: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText(display)

    def country_code(self) -> str:
        code = _code_from(self.country_combo, upper=True)
        if len(code) != 2:  # a name typed in full: any country Qt knows, in English
            wanted = fold(code)
            for territory in QLocale.Country:
                if fold(QLocale.territoryToString(territory)) == wanted:
                    return QLocale.territoryToCode(territory)
        return code

    def language_code(self) -> str:
        return _code_from(self.language_combo, upper=False)

    def fields(self) -> ClientFields:
        return ClientFields(
            name=self.name_edit.text(), handle=self.handle_edit.text(),
            platform_id=self.platform_combo.currentData(), country=self.country_code(),
            language=self.language_code(), email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
            currency=_code_from(self.currency_combo, upper=True))

    def save(self) -> int:
        fields = self.fields()
        keep_local = self.keep_local_check.isChecked()

        def write(s: Session) -> int:
            client = save_client(s, fields, self.client_id)
            set_keep_local(s, client.id, keep_local)
            return client.id

        client_id = self.ctx.write(Changed.CLIENTS, write)
        self.client_id = client_id
        return client_id

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit client") if self.client_id is not None
                            else self.tr("New client"))
        self.set_label("name", self.tr("&Name:"))
        self.set_label("handle", self.tr("&Handle:"))
        self.set_label("platform", self.tr("&Platform:"))
        self.set_label("country", self.tr("&Country:"))
        self.set_label("language", self.tr("&Language:"))
        self.set_label("currency", self.tr("C&urrency:"))
        self.set_label("email", self.tr("&Email:"))
        self.set_label("notes", self.tr("N&otes:"))
        self.set_label("keep_local", self.tr("Privacy:"))
        self.keep_local_check.setText(self.tr("&Keep on this computer"))
        self.keep_local_note.setText(self.tr(
            "Nothing of this client's (orders, drafts, documents) is ever sent to an "
            "inference server: only local models work on it."))
        self.name_edit.setPlaceholderText(self.tr("A person or a company"))
        self.handle_edit.setPlaceholderText(self.tr("Their user name on the platform"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.notes_edit.setPlaceholderText(
            self.tr("How they like to work, time zone, what to remember"))
        self.platform_combo.setItemText(0, self.tr("No platform"))
        self.country_combo.lineEdit().setPlaceholderText(
            self.tr("Choose, or type a two-letter code"))
        self.language_combo.lineEdit().setPlaceholderText(
            self.tr("Choose, or type a code such as fr-CA"))
        self.currency_combo.setToolTip(
            self.tr("The currency this client pays in: a package chosen for their orders is "
                    "priced in it. Empty: the package's own currency."))
        self.currency_combo.setItemText(0, self.tr("Package's currency"))
        # Keep what was typed in the editable combos across the item renaming.
        typed = (self.country_combo.currentText(), self.language_combo.currentText())
        current = (self.country_combo.currentIndex(), self.language_combo.currentIndex())
        names = country_names()
        names["CA"] = self.tr("Canada (Québec)")
        for i in range(1, self.country_combo.count()):
            code = self.country_combo.itemData(i)
            self.country_combo.setItemText(i, _labelled(names[code], code))
        languages = language_names()
        for i in range(1, self.language_combo.count()):
            code = self.language_combo.itemData(i)
            self.language_combo.setItemText(i, _labelled(languages[code], code))
        for combo, index, text in ((self.country_combo, current[0], typed[0]),
                                   (self.language_combo, current[1], typed[1])):
            if index > 0:
                combo.setCurrentIndex(index)
            elif index < 0:
                combo.setEditText(text)
            else:
                combo.setCurrentIndex(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

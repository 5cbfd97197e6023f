"""The first-run set-up: country and status, money and time, platforms, identity, summary.

Nothing is written before Finish: each page checks its own values (storage.identity.
check_setup, which writes nothing) when Next is pressed, and Finish saves everything at once
(storage.identity.save_setup). An error is shown under its field, in the person's language.
The window is window-modal and opened with open(), never exec(): it never blocks the caller.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import error_text
from desktop.ui import style
from desktop.ui.forms import confirm
from storage.errors import ValidationError
from storage.identity import (
    STATUS_IDENTITY,
    STATUS_OPTIONS,
    check_setup,
    current_setup,
    default_currency,
    save_setup,
)
from storage.money import CURRENCY_EXPONENTS
from storage.platforms import percent_text
from storage.status import STATUSES

COMMON_ZONES = ("Europe/Paris", "Africa/Casablanca", "America/Toronto", "America/Montreal",
                "Europe/Brussels", "Europe/Zurich", "Europe/London", "Indian/Reunion",
                "America/Martinique", "America/Guadeloupe", "America/Vancouver", "UTC")
ZONE_OF_STATUS = {"fr_micro": "Europe/Paris", "ma_auto": "Africa/Casablanca",
                  "qc_self": "America/Toronto"}
# identifiers shown as examples: each passes its own check digits (made with stdnum)
PLACEHOLDERS = {"siret": "123 456 782 00010", "ice": "001234567000062",
                "gst_number": "123456782 RT 0001", "qst_number": "1234567890 TQ 0001"}
CHOICES = {
    "activity": ("sales_bic", "services_bic", "liberal_bnc"),
    "urssaf_period": ("month", "quarter"),
    "ma_activity": ("services", "commerce"),
    "ma_period": ("month", "quarter"),
    "qc_gst": ("small_supplier", "registered"),
    "qc_filing": ("month", "quarter", "year"),
    "vat_regime": ("franchise", "registered"),
}


class Field(QWidget):
    """A widget with an error line under it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.error = style.error(QLabel())
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # no taller than its widget and error: a form page does not spread its rows apart
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(widget)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._relayout()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self._relayout()

    def _relayout(self) -> None:
        # The form caches this row's height for its width: without this, a shown error
        # squeezed the field into the old height (a 12 px time-zone box, a clipped address)
        self.updateGeometry()
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().invalidate()


class _Page(QWizardPage):
    """A page whose fields are named by setting key; Next checks them (nothing written)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, key: str, widget: QWidget) -> Field:
        field = Field(widget)
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, field)
        self.fields[key] = field
        self.labels[key] = label
        return field

    def show_row(self, key: str, visible: bool) -> None:
        self.fields[key].setVisible(visible)
        self.labels[key].setVisible(visible)

    def values(self) -> tuple[dict[str, str], dict[str, Any]]:
        """This page's settings, and extra arguments of check_setup."""
        return {}, {}

    def validatePage(self) -> bool:
        for field in self.fields.values():
            field.clear_error()
        values, extra = self.values()
        try:
            with self.wiz.ctx.store.session() as s:
                check_setup(s, values, lang=self.wiz.ctx.i18n.language, **extra)
        except ValidationError as exc:
            self.wiz.show_error(exc)
            return False
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


def _plain(label: str) -> str:
    """A label's text without its shortcut marker."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _combo(n: int) -> QComboBox:
    combo = QComboBox()
    for _ in range(n):
        combo.addItem("")
    return combo


class StatusPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for status in STATUSES:
            radio = QRadioButton()
            self.radios[status] = radio
            self.group.addButton(radio)
            layout.addWidget(radio)
            radio.toggled.connect(self._status_changed)
        self.status_error = style.error(QLabel())
        self.status_error.hide()
        layout.addWidget(self.status_error)
        form = QFormLayout()
        layout.addLayout(form)
        layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}
        for key in ("activity", "urssaf_period", "vat_regime", "ma_activity", "ma_period",
                    "qc_gst", "qc_filing"):
            self.combos[key] = _combo(len(CHOICES[key]))
            self.add_row(form, key, self.combos[key])
        self.quick = QCheckBox()
        self.add_row(form, "qc_quick_method", self.quick)
        self.registered_on = QLineEdit()
        self.registered_on.setPlaceholderText("2026-01-31")
        self.add_row(form, "qc_registered_on", self.registered_on)
        self.combos["qc_gst"].currentIndexChanged.connect(self._status_changed)
        self.retranslate()

    def status(self) -> str:
        return next((s for s, radio in self.radios.items() if radio.isChecked()), "")

    def _status_changed(self) -> None:
        status = self.status()
        for key in self.fields:
            self.show_row(key, key in STATUS_OPTIONS.get(status, ()))
        registered = self.combos["qc_gst"].currentIndex() == 1
        for key in ("qc_quick_method", "qc_filing", "qc_registered_on"):
            if status == "qc_self":
                self.show_row(key, registered)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.status())

    def load(self, values: dict[str, str]) -> None:
        radio = self.radios.get(values["status"])
        if radio is not None:
            radio.setChecked(True)
        for key, combo in self.combos.items():
            value = values[key]
            combo.setCurrentIndex(CHOICES[key].index(value) if value in CHOICES[key] else 0)
        self.quick.setChecked(values["qc_quick_method"] == "yes")
        self.registered_on.setText(values["qc_registered_on"])
        self._status_changed()

    def values(self) -> tuple[dict[str, str], dict[str, Any]]:
        out = {"status": self.status()}
        for key, combo in self.combos.items():
            out[key] = CHOICES[key][combo.currentIndex()]
        out["qc_quick_method"] = "yes" if self.quick.isChecked() else "no"
        out["qc_registered_on"] = self.registered_on.text()
        return out, {}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Country and status"))
        self.setSubTitle(self.tr(
            "Atelier shows the declarations and thresholds of your status, and nothing else."))
        texts = {"fr_micro": self.tr("&France: micro-entrepreneur"),
                 "ma_auto": self.tr("&Morocco: auto-entrepreneur"),
                 "qc_self": self.tr("&Québec: self-employed"),
                 "other": self.tr("&Another status (no declaration helper)")}
        for status, radio in self.radios.items():
            radio.setText(texts[status])
        # shortcut letters apart from the radios' F, M, Q, A and Next/Back (one status's
        # rows show at a time, so two statuses may share a letter)
        labels = {"activity": self.tr("Activity &type"),
                  "urssaf_period": self.tr("URSSAF &declaration"),
                  "vat_regime": self.tr("&VAT"),
                  "ma_activity": self.tr("Ac&tivity"),
                  "ma_period": self.tr("DGI &declaration"),
                  "qc_gst": self.tr("&GST and QST"),
                  "qc_filing": self.tr("Fi&ling period"),
                  "qc_quick_method": self.tr("Quick method"),
                  "qc_registered_on": self.tr("&Registered since")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        items = {"activity": (self.tr("Sales of goods (BIC)"), self.tr("Services (BIC)"),
                              self.tr("Liberal profession (BNC)")),
                 "urssaf_period": (self.tr("Monthly"), self.tr("Quarterly")),
                 "vat_regime": (self.tr("Franchise (TVA non applicable, art. 293 B du CGI)"),
                                self.tr("Registered: my invoices carry VAT")),
                 "ma_activity": (self.tr("Services (1 % tax)"),
                                 self.tr("Commerce, industry or crafts (0.5 % tax)")),
                 "ma_period": (self.tr("Monthly"), self.tr("Quarterly")),
                 "qc_gst": (self.tr("Small supplier (not registered)"),
                            self.tr("Registered for GST and QST")),
                 "qc_filing": (self.tr("Monthly"), self.tr("Quarterly"), self.tr("Yearly"))}
        for key, texts_ in items.items():
            for i, text in enumerate(texts_):
                self.combos[key].setItemText(i, text)
        self.quick.setText(self.tr("I &use the quick method"))
        self.registered_on.setToolTip(self.tr("The day your registration took effect "
                                              "(year-month-day)."))


class MoneyPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout(self)
        self.currency = QComboBox()
        for code in CURRENCY_EXPONENTS:
            self.currency.addItem(code, code)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(list(COMMON_ZONES))
        try:
            from zoneinfo import available_timezones

            zones = sorted(available_timezones())
        except Exception:  # no tz database: the common zones still work
            zones = list(COMMON_ZONES)
        completer = QCompleter(zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.min_rate = QLineEdit()
        self.add_row(form, "home_currency", self.currency)
        self.add_row(form, "timezone", self.timezone)
        self.add_row(form, "min_hourly_rate", self.min_rate)
        self.hint = style.muted(QLabel(), wrap=True)
        form.addRow(self.hint)
        # a store with payments: changing the currency leaves them out of the reports
        self.currency_note = style.error(QLabel())
        self.currency_note.setWordWrap(True)
        self.currency_note.hide()
        self.fields["home_currency"].layout().addWidget(self.currency_note)
        self.currency.currentIndexChanged.connect(self._currency_note)
        self.for_status = ""  # the status the currency and zone were last defaulted from
        self.stored_currency = ""
        self.payments = 0
        self.retranslate()

    def load(self, values: dict[str, str], min_hourly: str, payments: int) -> None:
        self.stored_currency, self.payments = values["home_currency"], payments
        self.currency.setCurrentIndex(max(self.currency.findData(values["home_currency"]), 0))
        self.set_zone(values["timezone"])
        self.min_rate.setText(min_hourly)
        self.for_status = values["status"]

    def set_zone(self, zone: str) -> None:
        if self.timezone.findText(zone) < 0:
            self.timezone.insertItem(0, zone)
        self.timezone.setCurrentIndex(self.timezone.findText(zone))

    def initializePage(self) -> None:
        status = self.wiz.status_page.status()
        if status != self.for_status:  # a new status: its currency and time zone
            self.for_status = status
            self.currency.setCurrentIndex(self.currency.findData(default_currency(status)))
            if status in ZONE_OF_STATUS:
                self.set_zone(ZONE_OF_STATUS[status])

    def _currency_note(self) -> None:
        new = self.currency.currentData()
        changed = bool(self.payments) and new != self.stored_currency
        self.currency_note.setVisible(changed)
        if changed:
            self.currency_note.setText(self.tr(
                "Payments you already recorded keep their amounts in {old}; reports count "
                "payments in the home currency only, so they will leave those out.").format(
                old=self.stored_currency))

    def values(self) -> tuple[dict[str, str], dict[str, Any]]:
        return ({"home_currency": self.currency.currentData(),
                 "timezone": self.timezone.currentText()},
                {"min_hourly": self.min_rate.text()})

    def retranslate(self) -> None:
        self.setTitle(self.tr("Money and time"))
        self.setSubTitle(self.tr("The currency you declare in and the time zone your days, "
                                 "months and deadlines follow."))
        self.labels["home_currency"].setText(self.tr("&Home currency"))
        self.labels["timezone"].setText(self.tr("&Time zone"))
        self.labels["min_hourly_rate"].setText(self.tr("&Minimum hourly rate"))
        self.min_rate.setPlaceholderText(self.tr("optional, in the home currency"))
        self.hint.setText(self.tr(
            "Atelier warns you when an order pays less per hour than your minimum rate."))


class PlatformsPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.intro = style.muted(QLabel(), wrap=True)
        layout.addWidget(self.intro)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.ticks: dict[int, QCheckBox] = {}
        self.fees: dict[int, QLineEdit] = {}
        self.fee_fields: dict[int, Field] = {}
        self.fee_header = style.muted(QLabel())
        self.grid.addWidget(self.fee_header, 0, 1)
        self.retranslate()

    def load(self, platforms: list[tuple[int, str, int | None]], used: str) -> None:
        chosen = {int(p) for p in used.split(",") if p.strip().isdigit()}
        lang = self.wiz.ctx.i18n.language
        for row, (platform_id, name, fee_bp) in enumerate(platforms, start=1):
            tick = QCheckBox(name)
            tick.setChecked(platform_id in chosen)
            fee = QLineEdit(percent_text(fee_bp, lang))
            fee.setMaximumWidth(90)
            field = Field(fee)
            self.grid.addWidget(tick, row, 0)
            self.grid.addWidget(field, row, 1)
            self.ticks[platform_id], self.fees[platform_id] = tick, fee
            self.fee_fields[platform_id] = field
            self.fields[f"fee_{platform_id}"] = field
        self.retranslate()

    def values(self) -> tuple[dict[str, str], dict[str, Any]]:
        used = ",".join(str(p) for p, tick in self.ticks.items() if tick.isChecked())
        return ({"platforms_used": used},
                {"fees": {p: fee.text() for p, fee in self.fees.items()}})

    def retranslate(self) -> None:
        self.setTitle(self.tr("Platforms"))
        self.setSubTitle(self.tr("Tick the platforms you sell on."))
        self.intro.setText(self.tr(
            "The fee is the share each platform keeps, in percent: Atelier uses it to work out "
            "what you really earn. Correct it if your plan differs; leave it empty if you do "
            "not know it yet. You can change both later in Settings."))
        self.fee_header.setText(self.tr("Fee (%)"))
        for fee in self.fees.values():
            fee.setToolTip(self.tr("The platform's fee, in percent"))


class IdentityPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.legal_name = QLineEdit()
        self.add_row(form, "legal_name", self.legal_name)
        self.ei = QCheckBox()
        self.add_row(form, "ei_mention", self.ei)
        for key in ("siret", "ice", "if_number", "gst_number", "qst_number", "vat_number"):
            self.edits[key] = QLineEdit()
            self.add_row(form, key, self.edits[key])
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.add_row(form, "address", self.address)
        self.edits["email"] = QLineEdit()  # printed and in the e-invoice (BT-34)
        self.add_row(form, "email", self.edits["email"])
        self.note = style.muted(QLabel(), wrap=True)
        form.addRow(self.note)
        self.retranslate()

    def load(self, values: dict[str, str]) -> None:
        self.legal_name.setText(values["legal_name"])
        self.ei.setChecked(values["ei_mention"] == "yes")
        for key, edit in self.edits.items():
            edit.setText(values[key])
        self.address.setPlainText(values["address"])

    def initializePage(self) -> None:
        shown = STATUS_IDENTITY.get(self.wiz.status_page.status(), STATUS_IDENTITY["other"])
        for key in self.fields:
            self.show_row(key, key in shown)
        # Tab leaves the address for Next, not "< Back" (Enter there went back)
        QWidget.setTabOrder(self.address, self.wiz.button(QWizard.WizardButton.NextButton))

    def values(self) -> tuple[dict[str, str], dict[str, Any]]:
        out = {"legal_name": self.legal_name.text(),
               "ei_mention": "yes" if self.ei.isChecked() else "no",
               "address": self.address.toPlainText()}
        out.update({key: edit.text() for key, edit in self.edits.items()})
        return out, {}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your identity on documents"))
        self.setSubTitle(self.tr("Printed on invoices and the receipts book. Leave a number "
                                 "empty if you do not have it yet."))
        texts = {"legal_name": self.tr("&Legal name"), "ei_mention": self.tr("EI mention"),
                 "siret": self.tr("&SIRET or SIREN"), "ice": self.tr("&ICE"),
                 "if_number": self.tr("Identifiant &fiscal (IF)"),
                 "gst_number": self.tr("&GST number"), "qst_number": self.tr("&QST number"),
                 "vat_number": self.tr("&VAT number (if registered)"),
                 "address": self.tr("&Address"), "email": self.tr("E&mail")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.ei.setText(self.tr("Add “EI” after my name (required in France since 2022)"))
        # examples that pass their own check digits (stdnum)
        self.edits["siret"].setPlaceholderText(PLACEHOLDERS["siret"])
        self.edits["ice"].setPlaceholderText(PLACEHOLDERS["ice"])
        self.edits["gst_number"].setPlaceholderText(PLACEHOLDERS["gst_number"])
        self.edits["qst_number"].setPlaceholderText(PLACEHOLDERS["qst_number"])
        self.note.setText(self.tr("Numbers are checked with their check digits."))


class SummaryPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setContentsMargins(8, 6, 8, 6)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.text)
        layout.addWidget(area, 1)
        self.error = style.error(QLabel())
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.retranslate()

    def initializePage(self) -> None:
        self.error.hide()
        values = self.wiz.collect()[0]
        status = self.wiz.status_page
        lines = [_plain(status.radios[values["status"]].text())]
        for key in STATUS_OPTIONS.get(values["status"], ()):
            if status.fields[key].isVisibleTo(status):
                label = _plain(status.labels[key].text())
                widget = status.fields[key].widget
                shown = (widget.currentText() if isinstance(widget, QComboBox)
                         else (self.tr("yes") if widget.isChecked() else self.tr("no"))
                         if isinstance(widget, QCheckBox) else widget.text())
                lines.append(self.line(label, shown))
        money = self.wiz.money_page
        lines.append(self.tr("Home currency: {currency}").format(
            currency=values["home_currency"]))
        lines.append(self.tr("Time zone: {zone}").format(zone=values["timezone"]))
        if money.min_rate.text().strip():
            lines.append(self.tr("Minimum hourly rate: {rate} {currency}").format(
                rate=money.min_rate.text().strip(), currency=values["home_currency"]))
        plat = self.wiz.platforms_page
        names = [tick.text() for tick in plat.ticks.values() if tick.isChecked()]
        lines.append(self.tr("Platforms: {names}").format(
            names=", ".join(names) if names else self.tr("none ticked")))
        ident = self.wiz.identity_page
        for key, field in ident.fields.items():
            if key == "ei_mention" or not field.isVisibleTo(ident):
                continue
            value = values[key].strip()
            if value:
                lines.append(self.line(_plain(ident.labels[key].text()), value))
        self.text.setText("\n".join(lines))

    def line(self, label: str, value: str) -> str:
        """One summary line; a template, so French puts its narrow space before the colon."""
        return self.tr("{label}: {value}").format(label=label, value=value)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Press Finish to save. You can run the set-up again from "
                                 "Settings."))


class SetupWizard(QWizard):
    """The set-up; `finished_setup` is emitted after Finish saved everything."""

    finished_setup = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SetupWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.status_page = StatusPage(self)
        self.money_page = MoneyPage(self)
        self.platforms_page = PlatformsPage(self)
        self.identity_page = IdentityPage(self)
        self.summary_page = SummaryPage(self)
        self.pages_in_order: list[_Page] = [self.status_page, self.money_page,
                                            self.platforms_page, self.identity_page,
                                            self.summary_page]
        self.page_ids = [self.addPage(page) for page in self.pages_in_order]
        from storage.payments import count_payments

        with ctx.store.session() as s:
            current = current_setup(s, ctx.i18n.language)
            payments = count_payments(s)
        self.status_page.load(current.values)
        self.money_page.load(current.values, current.min_hourly, payments)
        self.platforms_page.load(current.platforms, current.values["platforms_used"])
        self.identity_page.load(current.values)
        self.resize(640, 520)
        self.retranslate()
        self.loaded = self.collect()
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self._cancel)

    def may_leave(self) -> bool:
        """True when nothing was entered, or the person agrees to leave it (No is the
        default): Esc, Cancel and the window's close button ask before discarding."""
        return self.collect() == self.loaded or confirm(
            self, self.tr("Set up Atelier"),
            self.tr("Leave the set-up? What you entered is not saved."))

    def _cancel(self) -> None:
        if self.may_leave():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # the window's own close button (a program closing it does not ask)
        if event.spontaneous() and not self.may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Atelier"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def collect(self) -> tuple[dict[str, str], dict[str, Any]]:
        values: dict[str, str] = {}
        extra: dict[str, Any] = {}
        for page in self.pages_in_order:
            v, e = page.values()
            values.update(v)
            extra.update(e)
        return values, extra

    def show_error(self, exc: ValidationError) -> None:
        """The message under its field, on the page that holds it (shown)."""
        text = error_text(exc)
        field = exc.field
        if field == "status":
            self.status_page.status_error.setText(text)
            self.status_page.status_error.show()
            return
        for page, page_id in zip(self.pages_in_order, self.page_ids, strict=True):
            if field in page.fields:
                while self.currentId() != page_id and self.currentId() > page_id:
                    self.back()
                page.fields[field].show_error(text)
                page.fields[field].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.summary_page.error.setText(text)
        self.summary_page.error.show()

    def accept(self) -> None:
        values, extra = self.collect()
        try:
            self.ctx.write(Changed.SETTINGS | Changed.PLATFORMS, lambda s: save_setup(
                s, values, lang=self.ctx.i18n.language, **extra))
        except ValidationError as exc:
            self.show_error(exc)
            return
        super().accept()
        self.finished_setup.emit()


def open_setup(ctx: AppContext, parent: QWidget | None) -> SetupWizard:
    """The set-up, window-modal over `parent`, opened without blocking (open(), not exec())."""
    wizard = SetupWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard

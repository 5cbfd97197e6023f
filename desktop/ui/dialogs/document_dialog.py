"""The dialogs of the Invoices page: a draft's lines, dates, terms and language
(DocumentDialog); a new draft for a client (NewDocumentDialog); what an issue lacks, with the
places to fill it (MissingMentionsDialog); the client's invoicing details
(ClientBillingDialog); a payment linked to an invoice (LinkPaymentDialog); a platform's own
invoice recorded for an order (PlatformDocumentDialog).

The rules are storage.invoicing's (documents.update_draft, create_draft, settlement.
link_payment, record_platform_document): here only the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import phrase_text
from desktop.ui import style
from desktop.ui.forms import FormDialog, row_widget
from storage.errors import ValidationError
from storage.phrases import Phrase

#: UN/ECE rec. 20 units offered for a line (the PDF names them in the document's language)
UNITS = ("C62", "HUR", "DAY", "WEE", "MON", "WRD", "PG", "LS")
NO_DATE = QDate(2000, 1, 1)  # the date field's "none"

#: which mentions are filled where (storage.invoicing.mentions.NAMES keys)
IDENTITY_KEYS = ("seller_name", "seller_ei", "seller_siret", "seller_address",
                 "seller_vat_number", "seller_ice", "seller_if", "gst_qst_numbers")
CLIENT_KEYS = ("buyer_name", "buyer_address", "buyer_siren", "buyer_ice")


def mention_key(phrase: Phrase) -> str:
    """The mentions.NAMES key of a missing mention's Phrase ("" when unknown)."""
    from storage.invoicing.mentions import NAMES

    template = getattr(phrase, "template", str(phrase))
    return next((key for key, name in NAMES.items() if name.template == template), "")


def unit_name(code: str) -> str:
    words = {"C62": QT_TRANSLATE_NOOP("DocumentDialog", "unit"),
             "HUR": QT_TRANSLATE_NOOP("DocumentDialog", "hour"),
             "DAY": QT_TRANSLATE_NOOP("DocumentDialog", "day"),
             "WEE": QT_TRANSLATE_NOOP("DocumentDialog", "week"),
             "MON": QT_TRANSLATE_NOOP("DocumentDialog", "month"),
             "WRD": QT_TRANSLATE_NOOP("DocumentDialog", "word"),
             "PG": QT_TRANSLATE_NOOP("DocumentDialog", "page"),
             "LS": QT_TRANSLATE_NOOP("DocumentDialog", "lump sum")}
    if code not in words:
        return code
    return QCoreApplication.translate("DocumentDialog", words[code])


def unit_plural(code: str) -> str:
    """The unit's name for more than one ("hours", « heures »)."""
    words = {"C62": QT_TRANSLATE_NOOP("DocumentDialog", "units"),
             "HUR": QT_TRANSLATE_NOOP("DocumentDialog", "hours"),
             "DAY": QT_TRANSLATE_NOOP("DocumentDialog", "days"),
             "WEE": QT_TRANSLATE_NOOP("DocumentDialog", "weeks"),
             "MON": QT_TRANSLATE_NOOP("DocumentDialog", "months"),
             "WRD": QT_TRANSLATE_NOOP("DocumentDialog", "words"),
             "PG": QT_TRANSLATE_NOOP("DocumentDialog", "pages"),
             "LS": QT_TRANSLATE_NOOP("DocumentDialog", "lump sums")}
    if code not in words:
        return code
    return QCoreApplication.translate("DocumentDialog", words[code])


def quantity_text(quantity: str, code: str, lang: str) -> str:
    """A line's quantity and unit as the interface writes them: "2 units", "1.5 days"; in
    French the plural from 2 and the decimal comma ("1,5 unité", "3 unités")."""
    from decimal import Decimal, InvalidOperation

    try:
        amount = Decimal(quantity)
    except InvalidOperation:
        return f"{quantity} {unit_name(code)}"
    plural = amount >= 2 if lang == "fr" else amount != 1
    shown = quantity.replace(".", ",") if lang == "fr" else quantity
    return f"{shown} {unit_plural(code) if plural else unit_name(code)}"


def fit_title(dialog: QWidget) -> None:
    """The dialog at least as wide as its title and the title bar's buttons (French titles
    were cut off: « Émission im…ur l'instant »)."""
    room = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 160
    if dialog.minimumWidth() < room:
        dialog.setMinimumWidth(room)


def amount_text(minor: int, currency: str, lang: str) -> str:
    """Minor units as one types them ("1234.50", "1234,50" in French)."""
    from decimal import Decimal

    from storage.money import exponent

    exp = exponent(currency)
    text = f"{Decimal(minor).scaleb(-exp):.{exp}f}"
    return text.replace(".", ",") if lang == "fr" else text


class OptionalDate(QDateEdit):
    """A date field that may be empty ("—", its lowest date). Typed into or opened empty, it
    starts from `today` (typing went after the "—" and the calendar opened at January 2000);
    Delete or Backspace over the whole text empties it again."""

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today
        self._advanced = False  # the last digit typed filled its section: Qt moved on
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def _today(self) -> QDate:
        day = self.today()
        return QDate(day.year, day.month, day.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers()
                                    & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()  # Qt opens it with the mouse only
            return
        if self.value() is None and plain:
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                       Qt.Key.Key_PageDown):
                self.setDate(self._today())  # a step from nothing: today
                return
            if text and text.isprintable() and not text.isspace():
                self.setDate(self._today())
                self.setCurrentSectionIndex(0)
                self.setSelectedSection(self.sectionAt(0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain and \
                self.lineEdit().selectedText() == self.text():
            self.setDate(NO_DATE)
            return
        if self._advanced and text and not text.isalnum() and not text.isspace():
            # "12/": the month was full and the field moved on to the day by itself; the
            # separator typed next is that move, not one more (it skipped the day)
            self._advanced = False
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != section

    def open_calendar(self) -> None:
        """The calendar, as a click on the field's arrow opens it."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        point = QPointF(arrow.center())
        self.mousePressEvent(QMouseEvent(
            QEvent.Type.MouseButtonPress, point, self.mapToGlobal(point),
            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and \
                self.value() is None:
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def set_value(self, day: date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)

    def value(self) -> date | None:
        qd = self.date()
        return None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())


class LinesTable(QTableWidget):
    """The draft's lines: Tab and Shift+Tab walk every cell of every line (the unit's list
    included), editing each text cell, and leave the table after the last cell of the last
    line (before the first), so a line is filled with the keyboard alone."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(True)

    def setCellWidget(self, row: int, column: int, widget: QWidget) -> None:
        widget.installEventFilter(self)
        super().setCellWidget(row, column, widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget) and \
                isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Tab,
                                                                 Qt.Key.Key_Backtab):
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    if self.cellWidget(row, column) is watched:
                        self._step(row, column, event.key() == Qt.Key.Key_Tab)
                        return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or column < 0:
            self._leave(next)
        else:
            self._step(row, column, next)
        return True

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hints.NoHint)
            self._step(self.currentRow(), self.currentColumn(), hint == hints.EditNextItem)
            return
        super().closeEditor(editor, hint)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # come in with Tab: the first cell; with Shift+Tab: the last one
        if event.reason() == Qt.FocusReason.TabFocusReason and self.rowCount():
            self._enter(0, 0)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason and self.rowCount():
            self._enter(self.rowCount() - 1, self.columnCount() - 1)

    def _step(self, row: int, column: int, forward: bool) -> None:
        cell = row * self.columnCount() + column + (1 if forward else -1)
        if cell < 0 or cell >= self.rowCount() * self.columnCount():
            self._leave(forward)
            return
        self._enter(*divmod(cell, self.columnCount()))

    def _enter(self, row: int, column: int) -> None:
        self.setCurrentCell(row, column)
        widget = self.cellWidget(row, column)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.item(row, column) is not None:
            if not self.hasFocus():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editItem(self.item(row, column))

    def _leave(self, forward: bool) -> None:
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if not self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value \
                    and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward
                                else Qt.FocusReason.BacktabFocusReason)
                return
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()


class DocumentDialog(FormDialog):
    """Edit a draft: its lines (description, quantity, unit, unit price, discount), dates,
    payment terms and language; a quote's description (its notes, printed on it), which the
    local writing model may draft (storage.invoicing.drafting) for the person to edit. Nothing
    is written when a field is wrong: the message shows next to it."""

    COLUMNS = ("description", "quantity", "unit", "price", "discount")

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = document_id
        self.setObjectName("DocumentDialog")
        from storage.invoicing.documents import get

        with ctx.store.session() as s:
            doc = get(s, document_id)
            self.kind, self.currency = doc.kind, doc.currency
            values = {key: getattr(doc, key) for key in (
                "language", "service_start", "service_end", "due_date", "valid_until",
                "payment_terms", "notes")}
            lines = [(ln.description, ln.quantity, ln.unit, ln.unit_price_minor,
                      ln.discount_minor) for ln in doc.lines]
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(
            values["language"]), 0))
        def today() -> date:
            return ctx.clock.now().astimezone(ctx.i18n.zone).date()

        self.service_start = OptionalDate(today=today)
        self.service_end = OptionalDate(today=today)
        self.due_date = OptionalDate(today=today)
        self.valid_until = OptionalDate(today=today)
        for key in ("service_start", "service_end", "due_date", "valid_until"):
            getattr(self, key).set_value(values[key])
        self.terms_edit = QLineEdit(values["payment_terms"])
        self.terms_edit.setMaxLength(300)

        self.lines_table = LinesTable(0, len(self.COLUMNS))  # Tab walks every cell
        self.lines_table.setObjectName("documentLines")
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.verticalHeader().setVisible(False)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_table.setMinimumWidth(620)
        self.lines_table.setMinimumHeight(160)
        for line in lines:
            self.add_line(*line)
        self.add_line_button = QPushButton()
        self.add_line_button.clicked.connect(lambda: self._add_and_edit())
        self.remove_line_button = QPushButton()
        self.remove_line_button.clicked.connect(self.remove_line)
        lines_box = QWidget()
        box = QVBoxLayout(lines_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lines_table)
        box.addWidget(row_widget(self.add_line_button, self.remove_line_button))

        self.add_row("lines", "", lines_box, aliases=("amount", "quantity", "price"))
        self.add_row("language", "", self.language_combo)
        # a quote's description: typed, or drafted by the local writing model
        self.description_edit: QPlainTextEdit | None = None
        self.description_model_button = QPushButton()
        self.description_model_button.hide()
        self.description_note = QLabel()
        self.description_note.setWordWrap(True)
        style.muted(self.description_note)
        self.job: object | None = None  # the model writing, stopped when the dialog closes
        self.drafted: tuple[object, str, str] | None = None  # (request, model's text, model)
        self.model = ctx.models.chat_model if ctx.models is not None else ""
        self.finished.connect(self._stop)
        if self.kind == "quote":
            self.add_row("valid_until", "", self.valid_until)
            self.description_edit = QPlainTextEdit(str(values["notes"] or ""))
            self.description_edit.setTabChangesFocus(True)
            self.description_edit.setMinimumHeight(90)
            self.description_edit.setMaximumHeight(140)
            self.description_model_button.setVisible(bool(self.model))
            self.description_model_button.clicked.connect(lambda: self.draft_description())
            description = QWidget()
            box = QVBoxLayout(description)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.description_edit)
            box.addWidget(row_widget(self.description_model_button, self.description_note,
                                     end_stretch=False))
            self.add_row("description", "", description, aliases=("notes", "text", "document"))
            self._labels["description"].setBuddy(self.description_edit)
        else:
            self.add_row("service_start", "", self.service_start)
            self.add_row("service_end", "", self.service_end)
            if self.kind != "credit_note":  # a credit note asks for no payment
                self.add_row("due_date", "", self.due_date)
                self.add_row("payment_terms", "", self.terms_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit draft"))
        self.set_label("lines", self.tr("&Lines:"))
        self.set_label("language", self.tr("Lan&guage:"))
        if self.kind == "quote":
            self.set_label("valid_until", self.tr("&Valid until:"))
            self.set_label("description", self.tr("&Description:"))
            self.description_model_button.setText(self.tr(
                "Dra&ft the description with {model}…").format(model=self.model))
            self.description_model_button.setToolTip(self.tr(
                "The local writing model drafts the quote's description from the gig, the "
                "order and the brief, in the quote's language, for you to edit."))
        else:
            self.set_label("service_start", self.tr("Service &start:"))
            self.set_label("service_end", self.tr("Service &end:"))
            if self.kind != "credit_note":
                self.set_label("due_date", self.tr("&Due date:"))
                self.set_label("payment_terms", self.tr("&Payment terms:"))
        self.lines_table.setHorizontalHeaderLabels([
            self.tr("Description"), self.tr("Quantity"), self.tr("Unit"),
            self.tr("Unit price"), self.tr("Discount")])
        self.add_line_button.setText(self.tr("&Add line"))
        self.remove_line_button.setText(self.tr("&Remove line"))

    # --- lines ----------------------------------------------------------------------------

    def _money_text(self, minor: int) -> str:
        return amount_text(minor, self.currency, self.ctx.i18n.language) if minor else ""

    def add_line(self, description: str = "", quantity: str = "1", unit: str = "C62",
                 price_minor: int = 0, discount_minor: int = 0) -> int:
        row = self.lines_table.rowCount()
        self.lines_table.insertRow(row)
        self.lines_table.setItem(row, 0, QTableWidgetItem(description))
        self.lines_table.setItem(row, 1, QTableWidgetItem(quantity))
        combo = QComboBox()
        for code in UNITS if unit in UNITS else (*UNITS, unit):
            combo.addItem(unit_name(code), code)
        combo.setCurrentIndex(combo.findData(unit))
        self.lines_table.setCellWidget(row, 2, combo)
        price = self._money_text(price_minor) if price_minor else ("0" if description else "")
        self.lines_table.setItem(row, 3, QTableWidgetItem(price))
        self.lines_table.setItem(row, 4, QTableWidgetItem(self._money_text(discount_minor)))
        for col in (1, 3, 4):
            self.lines_table.item(row, col).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_line()
        self.lines_table.setCurrentCell(row, 0)
        self.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lines_table.editItem(self.lines_table.item(row, 0))

    def remove_line(self) -> None:
        row = self.lines_table.currentRow()
        if row >= 0:
            self.lines_table.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.lines_table.item(row, col)
        return item.text().strip() if item is not None else ""

    def line_inputs(self) -> list:
        from storage.invoicing.documents import LineInput
        from storage.money import parse_amount

        lang = self.ctx.i18n.language
        out = []
        for row in range(self.lines_table.rowCount()):
            description = self._cell(row, 0)
            price_text, discount_text = self._cell(row, 3), self._cell(row, 4)
            if not description and not price_text:
                continue  # an empty line added and left
            number = row + 1
            quantity = self._cell(row, 1).replace(",", ".").replace(" ", "") or "1"
            if not price_text:
                raise ValidationError("lines", self.tr(
                    "Line {line}: enter a unit price.").format(line=number))
            try:
                price = parse_amount(price_text, self.currency, "lines", lang)
                discount = parse_amount(discount_text, self.currency, "lines", lang) \
                    if discount_text else 0
            except ValidationError as exc:
                raise ValidationError("lines", self.tr("Line {line}: {problem}").format(
                    line=number, problem=phrase_text(exc.message, "storage"))) from None
            combo = self.lines_table.cellWidget(row, 2)
            unit = combo.currentData() if isinstance(combo, QComboBox) else "C62"
            out.append(LineInput(description, price, quantity, unit, discount))
        if not out:
            raise ValidationError("lines", self.tr("A document needs at least one line."))
        return out

    def changes(self) -> dict[str, object]:
        changes: dict[str, object] = {"language": self.language_combo.currentData()}
        if self.kind == "quote":
            changes["valid_until"] = self.valid_until.value()
        else:
            start, end = self.service_start.value(), self.service_end.value()
            if start and end and end < start:
                raise ValidationError("service_end", self.tr(
                    "The service ends before it starts."))
            changes.update(service_start=start, service_end=end)
            if self.kind != "credit_note":
                changes.update(due_date=self.due_date.value(),
                               payment_terms=self.terms_edit.text().strip())
        return changes

    # --- the quote's description -------------------------------------------------------------

    def draft_description(self) -> object | None:
        """The local writing model drafts the quote's description (the gig, the order and the
        brief, in the quote's language) into its box; what the box held comes back if the
        model fails or is stopped."""
        from desktop.jobs import error_text
        from desktop.ui.model_draft import draft_into
        from storage.invoicing.drafting import quote_description_request

        if self.description_edit is None or not self.model or self._writing():
            return None
        try:
            with self.ctx.store.session() as s:
                request = quote_description_request(s, self.document_id)
        except ValidationError as exc:
            self.description_note.setText(error_text(exc))
            return None
        model = self.model

        def drafted(text: str) -> None:
            self.drafted = (request, text, model)

        self.job = draft_into(
            self.ctx, request, model, self.description_edit,
            button=self.description_model_button, note=self.description_note,
            done_text=self.tr("Drafted by {model}: read and correct it before you save the "
                              "quote.").format(model=model), on_finished=drafted)
        return self.job

    def _writing(self) -> bool:
        return bool(getattr(self.job, "running", False))

    def _stop(self) -> None:
        if self._writing():
            self.job.cancel()  # type: ignore[union-attr]

    def reject(self) -> None:
        """Cancel (or Esc) while the model writes stops it, and the description comes back
        as it was; otherwise the dialog closes, saving nothing."""
        if self._writing():
            self._stop()
            return
        super().reject()

    def _description_writes(self) -> list:
        """What saving the description does, in the save's transaction: the model's text kept
        as a draft of the order (storage.invoicing.drafting.keep_model_text), the person's
        edit of it saved with who wrote each word (drafts.record_save), and the edited text
        on the quote (use_quote_description)."""
        from storage import drafts
        from storage.cleantext import clean
        from storage.invoicing.drafting import keep_model_text, use_quote_description
        from storage.provenance import Authorship

        if self.description_edit is None:
            return []
        if self._writing():
            raise ValidationError("description", self.tr(
                "The model is still writing the description: wait for it, or press Cancel "
                "to stop it."))
        text = clean(self.description_edit.toPlainText()).strip()
        drafted = self.drafted

        def write(s) -> None:  # type: ignore[no-untyped-def]
            if drafted is not None:
                request, model_text, model = drafted
                kept = keep_model_text(s, request, model_text, model)  # type: ignore[arg-type]
                drafts.record_save(s, kept.draft_id, text,
                                   authorship=Authorship.from_diff(kept.text, text))
            use_quote_description(s, self.document_id, text)

        return [write]

    def save(self) -> int:
        from storage.invoicing.documents import update_draft

        lines, changes = self.line_inputs(), self.changes()
        description = self._description_writes()

        def write(s) -> None:  # type: ignore[no-untyped-def]
            update_draft(s, self.document_id, changes, lines)
            for step in description:
                step(s)

        self.ctx.write(Changed.DOCUMENTS | (Changed.DRAFTS if self.drafted else Changed.NONE),
                       write)
        self.drafted = None
        return self.document_id


class NewDocumentDialog(FormDialog):
    """A new draft quote or invoice for a client (its lines typed next), or a deposit invoice
    of an amount for one of the client's orders (as `invoice create --deposit`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        from storage.tables import Client

        self.kind_combo = QComboBox()
        self.client_combo = QComboBox()
        self.order_combo = QComboBox()
        self.amount_edit = QLineEdit()
        with ctx.store.session() as s:
            for client_id, name in s.execute(select(Client.id, Client.name).order_by(
                    Client.name)):
                self.client_combo.addItem(name, client_id)
        self.add_row("kind", "", self.kind_combo)
        self.add_row("client", "", self.client_combo)
        self.add_row("order", "", self.order_combo)
        self.add_row("amount", "", self.amount_edit, aliases=("deposit",))
        self.retranslate()
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.client_combo.currentIndexChanged.connect(lambda _i: self._load_orders())
        self._load_orders()
        self._kind_changed()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New document"))
        self.set_label("kind", self.tr("&Kind:"))
        self.set_label("client", self.tr("&Client:"))
        self.set_label("order", self.tr("&Order:"))
        self.set_label("amount", self.tr("Deposit &amount:"))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Quote"), "quote")
        self.kind_combo.addItem(self.tr("Invoice"), "invoice")
        self.kind_combo.addItem(self.tr("Deposit invoice"), "deposit")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current), 0))
        self.kind_combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        fit_title(self)
        super().showEvent(event)

    def _kind_changed(self) -> None:
        deposit = self.kind_combo.currentData() == "deposit"
        for field in ("order", "amount"):
            self.form.setRowVisible(self._labels[field], deposit)

    def _load_orders(self) -> None:
        """The client's orders, the latest first (a deposit is asked for one of them)."""
        from storage.tables import Order

        self.order_combo.clear()
        with self.ctx.store.session() as s:
            for order_id, title, received in s.execute(
                    select(Order.id, Order.title, Order.received_at)
                    .where(Order.client_id == self.client_combo.currentData())
                    .order_by(Order.received_at.desc()).limit(200)):
                self.order_combo.addItem(f"#{order_id} · {title} · "
                                         f"{self.ctx.i18n.date(received)}", order_id)

    def save(self) -> int:
        from storage.invoicing.documents import create_deposit, create_draft

        kind, client_id = self.kind_combo.currentData(), self.client_combo.currentData()
        today = self.ctx.clock.now().astimezone(self.ctx.i18n.zone).date()
        if kind == "deposit":
            from storage.money import parse_amount
            from storage.tables import Order

            order_id = self.order_combo.currentData()
            if order_id is None:
                raise ValidationError("order", self.tr(
                    "A deposit invoice is for an order: this client has none yet."))
            text = self.amount_edit.text().strip()
            if not text:
                raise ValidationError("amount", self.tr("Enter the deposit's amount."))
            with self.ctx.store.session() as s:
                order = s.get(Order, order_id)
                currency = order.currency if order is not None else ""
            amount = parse_amount(text, currency, "amount", self.ctx.i18n.language)
            return self.ctx.write(Changed.DOCUMENTS, lambda s: create_deposit(
                s, order_id, amount, today).id)
        return self.ctx.write(Changed.DOCUMENTS, lambda s: create_draft(
            s, kind, today=today, client_id=client_id, lines=[]).id)


class MissingMentionsDialog(QDialog):
    """Why a document cannot be issued: each missing mention named in the person's language,
    and buttons to the places that fill them (the identity, the client, the draft)."""

    open_identity = Signal()
    open_client = Signal()
    edit_draft = Signal()

    def __init__(self, missing: list[Phrase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MissingMentionsDialog")
        self.setWindowTitle(self.tr("Cannot issue yet"))
        self.names = [phrase_text(p, "storage") for p in missing]
        keys = [mention_key(p) for p in missing]
        intro = QLabel(self.tr("This document cannot be issued: the law asks for these "
                               "mentions and they are missing. Nothing was issued."))
        intro.setWordWrap(True)
        self.list_label = QLabel("\n".join(f"• {name}" for name in self.names))
        self.list_label.setWordWrap(True)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.error(self.list_label)
        self.identity_button = QPushButton(self.tr("Fill in &your identity…"))
        self.client_button = QPushButton(self.tr("Fill in the &client's details…"))
        self.draft_button = QPushButton(self.tr("&Edit the draft…"))
        self.identity_button.setVisible(any(k in IDENTITY_KEYS for k in keys))
        self.client_button.setVisible(any(k in CLIENT_KEYS for k in keys))
        self.draft_button.setVisible(any(k and k not in IDENTITY_KEYS + CLIENT_KEYS
                                         for k in keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button, signal in ((self.identity_button, self.open_identity),
                               (self.client_button, self.open_client),
                               (self.draft_button, self.edit_draft)):
            button.clicked.connect(self.accept)
            button.clicked.connect(signal.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list_label)
        row = QHBoxLayout()
        for button in (self.identity_button, self.client_button, self.draft_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_title(self)
        super().showEvent(event)


class ClientBillingDialog(FormDialog):
    """What an invoice prints about the client: address, company number (SIREN/SIRET, ICE,
    business number), VAT number, and whether the client is a business."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.client_id = ctx, client_id
        from storage.tables import Client

        with ctx.store.session() as s:
            client = s.get(Client, client_id)
            assert client is not None
            self.client_name = client.name
            address, number, vat, business = (client.address, client.company_number,
                                              client.vat_number, client.is_business)
        self.address_edit = QPlainTextEdit(address)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(90)
        self.number_edit = QLineEdit(number)
        self.vat_edit = QLineEdit(vat)
        self.business_check = QCheckBox()
        self.business_check.setChecked(business)
        self.add_row("address", "", self.address_edit)
        self.add_row("company_number", "", self.number_edit)
        self.add_row("vat_number", "", self.vat_edit)
        self.add_row("is_business", "", self.business_check)
        self.setWindowTitle(self.tr("Client details for invoices: {name}").format(
            name=self.client_name))
        self.set_label("address", self.tr("&Address:"))
        self.set_label("company_number", self.tr("Company &number (SIREN, ICE…):"))
        self.set_label("vat_number", self.tr("&VAT number:"))
        self.set_label("is_business", self.tr("A &business:"))

    def save(self) -> int:
        from storage.catalog import client_fields, save_client
        from storage.tables import Client

        def write(s) -> int:  # type: ignore[no-untyped-def]
            client = s.get(Client, self.client_id)
            fields = replace(client_fields(client), address=self.address_edit.toPlainText(),
                             company_number=self.number_edit.text(),
                             vat_number=self.vat_edit.text(),
                             is_business=self.business_check.isChecked())
            return save_client(s, fields, self.client_id).id

        return self.ctx.write(Changed.CLIENTS | Changed.DOCUMENTS, write)


class LinkPaymentDialog(FormDialog):
    """Link a recorded payment (typed, or imported from PayPal, Stripe, a bank) to an issued
    invoice: the payments in the invoice's currency, the client's first."""

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document_id = ctx, document_id
        from storage.invoicing.documents import get
        from storage.tables import Payment

        self.payment_combo = QComboBox()
        with ctx.store.session() as s:
            doc = get(s, document_id)
            self.currency = doc.currency
            query = select(Payment).where(Payment.currency == doc.currency).order_by(
                (Payment.client_id == doc.client_id).desc(), Payment.received_at.desc()
            ).limit(300)
            for p in s.scalars(query):
                text = "{day} · {amount} · {note}".format(
                    day=ctx.i18n.date(p.received_at),
                    amount=ctx.i18n.money(p.amount_minor + p.fee_minor, p.currency),
                    note=(p.note or p.source or "")[:60])
                self.payment_combo.addItem(text.rstrip(" ·"), p.id)
            from storage.invoicing.settlement import links

            # a payment already linked: its amount is corrected, or the link removed
            self.linked = {p.id: amount for p, amount in links(s, document_id)}
        self.amount_edit = QLineEdit()
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.unlink_button.clicked.connect(self.unlink)
        self.buttons.addButton(self.unlink_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.payment_combo.currentIndexChanged.connect(self._chosen)
        self.add_row("payment", "", self.payment_combo)
        self.add_row("amount", "", self.amount_edit)
        self.setWindowTitle(self.tr("Link a payment to the invoice"))
        self.set_label("payment", self.tr("&Payment:"))
        self.set_label("amount", self.tr("&Amount (empty: what is left):"))
        self._chosen()

    def _chosen(self) -> None:
        amount = self.linked.get(self.payment_combo.currentData())
        self.unlink_button.setVisible(amount is not None)
        self.amount_edit.setText(amount_text(amount, self.currency, self.ctx.i18n.language)
                                 if amount is not None else "")

    def unlink(self) -> None:
        from storage.invoicing.settlement import unlink_payment

        payment_id = self.payment_combo.currentData()
        self.ctx.write(Changed.DOCUMENTS | Changed.PAYMENTS, lambda s: unlink_payment(
            s, self.document_id, payment_id))
        self.result_value = self.document_id
        self.done(QDialog.DialogCode.Accepted)

    def save(self) -> int:
        from storage.invoicing.settlement import link_payment
        from storage.money import parse_amount

        payment_id = self.payment_combo.currentData()
        if payment_id is None:
            raise ValidationError("payment", self.tr(
                "There is no payment in this currency to link."))
        text = self.amount_edit.text().strip()
        amount = parse_amount(text, self.currency, "amount") if text else None
        if payment_id in self.linked and amount is not None:  # correct the part counted
            from storage.invoicing.settlement import change_link

            self.ctx.write(Changed.DOCUMENTS | Changed.PAYMENTS, lambda s: change_link(
                s, self.document_id, payment_id, amount))
            return self.document_id
        self.ctx.write(Changed.DOCUMENTS | Changed.PAYMENTS, lambda s: link_payment(
            s, self.document_id, payment_id, amount))
        return self.document_id


class PlatformDocumentDialog(FormDialog):
    """The invoice a platform issued for an order (Malt, ComeUp, Fiverr, Upwork): its number
    and, if the person has it, its file (a copy is kept in the data folder)."""

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.order_id = ctx, order_id
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(120)
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.add_row("number", "", self.number_edit)
        self.add_row("file", "", row_widget(self.file_edit, self.browse_button,
                                            end_stretch=False))
        self.setWindowTitle(self.tr("Record the platform's invoice"))
        self.set_label("number", self.tr("Invoice &number:"))
        self.set_label("file", self.tr("&File (optional):"))
        self.browse_button.setText(self.tr("&Browse…"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The platform's invoice"))
        if path:
            self.file_edit.setText(path)

    def save(self) -> int:
        from storage.invoicing.documents import record_platform_document

        number = self.number_edit.text()
        source = Path(self.file_edit.text().strip()) if self.file_edit.text().strip() else None
        today = self.ctx.clock.now().astimezone(self.ctx.i18n.zone).date()
        return self.ctx.write(Changed.DOCUMENTS, lambda s: record_platform_document(
            s, self.order_id, number, source, self.ctx.data_dir, today).id)


class ReminderDialog(QDialog):
    """A payment reminder in the client's language, to edit and copy into a message."""

    def __init__(self, text: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderDialog")
        self.setWindowTitle(self.tr("Payment reminder for {number}").format(number=number))
        intro = QLabel(self.tr("A reminder in the client's language: edit it, copy it, and "
                               "send it the way you talk to this client. Atelier sends "
                               "nothing."))
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(520, 240)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        # the local writing model's draft, offered when one is installed (Today wires it)
        self.model_button = QPushButton(self.tr("&Draft with the local model"))
        self.model_button.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        style.muted(self.note)
        self.job: object | None = None  # the model writing, cancelled when the dialog closes
        self.finished.connect(self._stop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.model_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _stop(self) -> None:
        job = self.job
        if job is not None and getattr(job, "running", False):
            job.cancel()  # type: ignore[attr-defined]

    def copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.text_edit.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

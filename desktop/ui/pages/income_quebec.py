"""The Income page's Québec panel (status qc_self): the small-supplier meter, GST/QST per
filing period when registered, the instalment reminder, and the T2125 / TP-80 year summary
with the accrual and cash views side by side, plus "Add expense…".

The figures come from storage.quebec.quebec_report (the CLI's `atelier report quebec` shows
the same). `compute` runs in a worker thread with its own session; the panel only shows what
it returned. The Income page wires it (see desktop/ui/pages/income.py).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import error_text, phrase_text
from desktop.ui import style
from desktop.ui.dialogs.order_dialog import currency_combo, set_currency
from desktop.ui.forms import FormDialog, row_widget
from storage.errors import ValidationError
from storage.quebec import CATEGORIES, PLATFORM_FEES_LINE, QuebecReport, add_expense, quebec_report

CONTEXT = "QuebecPanel"  # every string below is translated in this context; lupdate reads
# the literal calls translate("QuebecPanel", "…") and QT_TRANSLATE_NOOP("QuebecPanel", "…")
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """A string already marked for lupdate (QT_TRANSLATE_NOOP) in the panel's context."""
    return QCoreApplication.translate(CONTEXT, text)


def category_label(key: str) -> str:
    """An expense category as a person reads it, in the interface's language."""
    return _tr(CATEGORY_WORDS[key]) if key in CATEGORY_WORDS else key


#: the categories' English names, marked for lupdate (context QuebecPanel)
CATEGORY_WORDS = {
    "advertising": QT_TRANSLATE_NOOP("QuebecPanel", "Advertising"),
    "office": QT_TRANSLATE_NOOP("QuebecPanel", "Office expenses"),
    "supplies": QT_TRANSLATE_NOOP("QuebecPanel", "Office supplies"),
    "software": QT_TRANSLATE_NOOP("QuebecPanel", "Software and subscriptions"),
    "phone_internet": QT_TRANSLATE_NOOP("QuebecPanel", "Telephone and internet"),
    "professional_fees": QT_TRANSLATE_NOOP("QuebecPanel", "Professional fees"),
    "travel": QT_TRANSLATE_NOOP("QuebecPanel", "Travel"),
    "home_office": QT_TRANSLATE_NOOP("QuebecPanel", "Business use of home"),
    "other": QT_TRANSLATE_NOOP("QuebecPanel", "Other expenses"),
}


def compute(s: Session, year: int, zone: ZoneInfo) -> object:
    """The year's Québec report, or the ValidationError that refuses it (a home currency
    other than CAD, a figure missing): the panel shows its sentence. Worker thread."""
    try:
        return quebec_report(s, year, zone)
    except ValidationError as exc:
        return exc



def _cell(text: str, *, number: bool) -> QTableWidgetItem:
    """A table cell; amounts right-aligned so their digits line up."""
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item

class ExpenseDialog(FormDialog):
    """A business expense, saved by storage.quebec.add_expense; errors show by their field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: int | None = None
        self.setWindowTitle(translate("QuebecPanel", "Add expense"))
        self.setMinimumWidth(420)  # a one-line error reads on one line
        self.date_edit = QLineEdit((today or ctx.clock.now().astimezone(ctx.i18n.zone).date()
                                    ).isoformat())
        self.date_edit.setPlaceholderText("2026-03-31")
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaximumWidth(160)
        self.currency_combo = currency_combo()
        set_currency(self.currency_combo, "CAD")
        self.category_combo = QComboBox()
        for key in CATEGORIES:
            self.category_combo.addItem(category_label(key), key)
        self.description_edit = QLineEdit()
        amount_row = row_widget(self.amount_edit, self.currency_combo)
        amount_row.setFocusProxy(self.amount_edit)  # an amount error puts the keyboard there
        self.add_row("spent_on", translate("QuebecPanel", "Date"), self.date_edit)
        self.add_row("amount", translate("QuebecPanel", "Amount"), amount_row,
                     aliases=("currency",))
        self.add_row("category", translate("QuebecPanel", "Category"), self.category_combo)
        self.add_row("description", translate("QuebecPanel", "Description"),
                     self.description_edit)

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        # the dialog grows to the error's lines (a two-line sentence was cut top and bottom)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def save(self) -> int:
        def op(s: Session) -> int:
            return add_expense(
                s, spent_on=self.date_edit.text(), amount=self.amount_edit.text(),
                currency=self.currency_combo.currentText(),
                category=self.category_combo.currentData(),
                description=self.description_edit.text(), lang=self.ctx.i18n.language).id

        # An expense changes the income summary: the pages that show income refresh on
        # PAYMENTS.
        return self.ctx.write(Changed.PAYMENTS, op)


class Panel(QWidget):
    """The Québec panel of the Income page. `show_data` takes what `compute` returned."""

    expense_added = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._data: object = None
        self.title = style.heading(QLabel())
        self.refusal = style.muted(QLabel(), wrap=True)
        self.meter_label = QLabel()
        self.meter_bar = QProgressBar()
        self.meter_bar.setRange(0, 100)
        self.meter_bar.setTextVisible(False)
        self.meter_message = QLabel()
        self.meter_message.setWordWrap(True)
        self.gst_title = style.semibold(QLabel())
        self.gst_table = self._table()
        self.instalments = QLabel()
        self.instalments.setWordWrap(True)
        self.summary_title = style.semibold(QLabel())
        self.summary_table = self._table()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        style.error(self.warnings)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_expense)
        # the panel scrolls as a whole in a short Income tab (its tables are as tall as
        # their rows)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for w in (self.title, self.refusal, self.meter_label, self.meter_bar,
                  self.meter_message, self.gst_title, self.gst_table, self.instalments,
                  self.summary_title, self.summary_table, self.warnings,
                  row_widget(self.add_button)):
            layout.addWidget(w)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _table() -> QTableWidget:
        table = QTableWidget()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        # as tall as its rows: the Income tab scrolls, not a two-row window on the table
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        return table

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        table.resizeRowsToContents()
        height = (table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                  + sum(table.rowHeight(r) for r in range(table.rowCount())))
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def retranslate(self) -> None:
        self.title.setText(translate("QuebecPanel", "Québec: GST/QST and business income"))
        self.gst_title.setText(translate("QuebecPanel", "GST/QST by filing period"))
        self.summary_title.setText(translate("QuebecPanel", "Business income (T2125 / TP-80)"))
        self.add_button.setText(translate("QuebecPanel", "Add expense…"))
        self.show_data(self._data)

    def _money(self, minor: int) -> str:
        return self.ctx.i18n.money(minor, "CAD")

    def show_data(self, data: object) -> None:
        self._data = data
        report = data if isinstance(data, QuebecReport) else None
        for w in (self.meter_label, self.meter_bar, self.meter_message, self.summary_title,
                  self.summary_table):
            w.setVisible(report is not None)
        self.refusal.setVisible(isinstance(data, ValidationError))
        if isinstance(data, ValidationError):
            self.refusal.setText(error_text(data))
        if report is None:
            self.gst_title.hide()
            self.gst_table.hide()
            self.instalments.hide()
            self.warnings.hide()
            return
        m = report.meter
        self.meter_label.setText(translate(
            "QuebecPanel", "Small supplier: {amount} of {limit} over the last four quarters"
        ).format(amount=self._money(m.amount_minor), limit=self._money(m.limit_minor)))
        self.meter_bar.setValue(min(100, m.amount_minor * 100 // max(1, m.limit_minor)))
        self.meter_message.setText(phrase_text(m.message, "storage"))
        # the sentence in the colour of its level, as on Today (orange, red when exceeded)
        colour = {"warning": style.WARNING, "exceeded": style.DANGER}.get(m.level)
        self.meter_message.setStyleSheet(f"color: {colour};" if colour else "")
        self._show_gst(report)
        inst = report.instalments
        self.instalments.setVisible(inst.required)
        if inst.required:
            done = inst.done or [False] * len(inst.dates)
            paid = translate("QuebecPanel", "{date} {amount} (paid)")
            todo = translate("QuebecPanel", "{date} {amount}")
            self.instalments.setText(translate(
                "QuebecPanel", "Instalments (estimate): {dates}").format(dates="; ".join(
                    (paid if d else todo).format(date=self.ctx.i18n.date(day),
                                                 amount=self._money(a))
                    for day, a, d in zip(inst.dates, inst.amounts_minor, done, strict=True))))
        self._show_summary(report)
        # the meter's sentence is said once, above, by the meter
        others = [w for w in report.warnings if str(w.message) != str(m.message)]
        self.warnings.setVisible(bool(others))
        self.warnings.setText("\n".join(phrase_text(w.message, "storage") for w in others))

    def _show_gst(self, report: QuebecReport) -> None:
        periods = report.periods
        self.gst_title.setVisible(bool(periods))
        self.gst_table.setVisible(bool(periods))
        if not periods:
            return
        headers = [translate("QuebecPanel", "Period"), translate("QuebecPanel", "Taxable"),
                   translate("QuebecPanel", "Zero-rated"), translate("QuebecPanel", "GST"),
                   translate("QuebecPanel", "QST"), translate("QuebecPanel", "To remit"),
                   translate("QuebecPanel", "Deadline")]
        self.gst_table.setColumnCount(len(headers))
        self.gst_table.setHorizontalHeaderLabels(headers)
        self.gst_table.setRowCount(len(periods))
        for row, p in enumerate(periods):
            cells = [p.key, self._money(p.taxable_minor), self._money(p.zero_rated_minor),
                     self._money(p.gst_minor), self._money(p.qst_minor),
                     self._money(p.remit_gst_minor + p.remit_qst_minor),
                     self.ctx.i18n.date(p.deadline)]
            for col, text in enumerate(cells):
                self.gst_table.setItem(row, col, _cell(text, number=0 < col < 6))
        self._fit_height(self.gst_table)

    def _show_summary(self, report: QuebecReport) -> None:
        acc, cash = report.summary.accrual, report.summary.cash
        lines = [(translate("QuebecPanel", "Gross income") + " (8299)", acc.gross_minor,
                  cash.gross_minor),
                 (translate("QuebecPanel", "Platform fees") + f" ({PLATFORM_FEES_LINE})",
                  acc.platform_fees_minor, cash.platform_fees_minor)]
        for key, line in CATEGORIES.items():
            a, c = acc.expenses_minor.get(key, 0), cash.expenses_minor.get(key, 0)
            if a or c:
                lines.append((f"{category_label(key)} ({line})", a, c))
        lines.append((translate("QuebecPanel", "Net income") + " (9946)", acc.net_minor,
                      cash.net_minor))
        headers = [translate("QuebecPanel", "Line"),
                   translate("QuebecPanel", "Accrual (declared)"),
                   translate("QuebecPanel", "Cash received")]
        self.summary_table.setColumnCount(3)
        self.summary_table.setHorizontalHeaderLabels(headers)
        self.summary_table.setRowCount(len(lines))
        for row, (name, a, c) in enumerate(lines):
            for col, text in enumerate((name, self._money(a), self._money(c))):
                self.summary_table.setItem(row, col, _cell(text, number=col > 0))
        self._fit_height(self.summary_table)

    def add_expense(self) -> None:
        dialog = ExpenseDialog(self.ctx, self)
        if dialog.exec() and dialog.result_value is not None:
            self.expense_added.emit(dialog.result_value)

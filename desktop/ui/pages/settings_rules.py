"""Settings › Rules: the dated legal figures of every status (storage/rules.py), one row each,
the value editable in place, its source a link, "edited" when the person changed it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.jobs import error_text
from desktop.ui import style
from storage.errors import ValidationError
from storage.rules import RATE_UNITS, list_figures, save_figure

_ROOT = QModelIndex()
#: the jurisdiction whose figures a status works with (shown first)
JURISDICTION_OF_STATUS = {"fr_micro": "FR", "ma_auto": "MA", "qc_self": "QC"}


@dataclass(frozen=True)
class FigureRow:
    jurisdiction: str
    year: int
    key: str
    value: int
    unit: str
    source: str
    edited: bool


def _rate_text(value: int, decimals: int, lang: str) -> str:
    whole, part = divmod(value, 10**decimals)
    text = f"{whole}.{part:0{decimals}d}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang.startswith("fr") else text


class RuleFiguresModel(QAbstractTableModel):
    """Jurisdiction, year, figure, value (editable), source (a link), edited."""

    JURISDICTION, YEAR, FIGURE, VALUE, SOURCE, EDITED = range(6)
    failed = Signal(str)
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[FigureRow] = []

    def load(self) -> None:
        from storage import settings

        with self.ctx.store.session() as s:
            rows = [FigureRow(r.jurisdiction, r.year, r.key, r.value, r.unit, r.source,
                              r.edited) for r in list_figures(s)]
            mine = JURISDICTION_OF_STATUS.get(settings.get(s, "status"), "")
        rows.sort(key=lambda r: r.jurisdiction != mine)  # the person's own figures first
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Where"), self.tr("From"), self.tr("Figure"), self.tr("Value"),
                self.tr("Source"), "")[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def value_text(self, row: FigureRow, edit: bool = False) -> str:
        lang = self.ctx.i18n.language
        if row.unit in RATE_UNITS:
            text = _rate_text(row.value, RATE_UNITS[row.unit], lang)
            return text if edit else (f"{text}\u202f%" if lang.startswith("fr") else f"{text}%")
        if row.unit == "mmdd":
            month, day = divmod(row.value, 100)
            if edit:
                return f"{month:02d}-{day:02d}"
            return self.ctx.i18n.locale().toString(date(2024, month, day), "d MMMM")
        if len(row.unit) == 3 and row.unit.isupper():
            if edit:
                from storage.money import exponent

                exp = exponent(row.unit)
                whole, part = divmod(row.value, 10**exp)
                text = str(whole) if not part else f"{whole}.{part:0{exp}d}"
                return text.replace(".", ",") if lang.startswith("fr") else text
            return self.ctx.i18n.money(row.value, row.unit)
        return str(row.value)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.jurisdiction, str(row.year), self.label(row.key), self.value_text(row),
                    row.source, self.tr("edited") if row.edited else "")[col]
        if role == Qt.ItemDataRole.EditRole and col == self.VALUE:
            return self.value_text(row, edit=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SOURCE and row.source:
                return self.tr("{source} (press Enter or double-click to open it)").format(
                    source=row.source)
            if col == self.VALUE:
                return self.tr("Double-click to correct this figure for {year} and after.")\
                    .format(year=row.year)
            if col == self.EDITED and row.edited:
                return self.tr("You changed this figure: Atelier never overwrites it.")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.SOURCE and row.source:
            return QColor(style.ACCENT)
        if role == Qt.ItemDataRole.FontRole and col == self.SOURCE and row.source:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or \
                index.column() != self.VALUE:
            return False
        row = self.rows[index.row()]
        try:
            with self.ctx.store.transaction() as s:
                saved = save_figure(s, row.jurisdiction, row.year, row.key, str(value),
                                    lang=self.ctx.i18n.language)
                new = FigureRow(row.jurisdiction, row.year, row.key, saved.value, saved.unit,
                                saved.source, saved.edited)
        except ValidationError as exc:
            self.failed.emit(self.tr("{figure}, {year}: {message}").format(
                figure=self.label(row.key), year=row.year, message=error_text(exc)))
            return False
        self.rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
        self.saved.emit()
        return True

    def label(self, key: str) -> str:
        """A figure's name in the person's language; a key with no name is shown as it is."""
        band = re.fullmatch(r"amo_band_(\d+)(_upto)?_minor", key)
        if band:
            return (self.tr("AMO, band {n}: yearly tax up to") if band[2]
                    else self.tr("AMO, band {n}: contribution per quarter")).format(n=band[1])
        labels = {
            "tax_services_bp": self.tr("Tax on turnover, services"),
            "tax_commerce_bp": self.tr("Tax on turnover, commerce, industry or crafts"),
            "ceiling_services_minor": self.tr("Turnover ceiling, services"),
            "ceiling_commerce_minor": self.tr("Turnover ceiling, commerce"),
            "single_client_limit_minor": self.tr("Single-client limit, per year"),
            "single_client_withholding_bp": self.tr("Withholding above the single-client "
                                                    "limit"),
            "declaration_months_after": self.tr("Declaration due, months after the period"),
            "warn_at_bp": self.tr("Warn at this share of a ceiling"),
            "small_supplier_limit": self.tr("Small-supplier limit (four quarters)"),
            "gst_rate_pcm": self.tr("GST rate"),
            "qst_rate_pcm": self.tr("QST rate"),
            "quick_gst_rate_pcm": self.tr("Quick method, GST remittance rate"),
            "quick_qst_rate_pcm": self.tr("Quick method, QST remittance rate"),
            "quick_reduction_pcm": self.tr("Quick method, credit on the first sales"),
            "quick_reduction_gst_base": self.tr("Quick method, sales the GST credit applies "
                                                "to"),
            "quick_reduction_qst_base": self.tr("Quick method, sales the QST credit applies "
                                                "to"),
            "filing_months_after": self.tr("Return due, months after the period"),
            "annual_filing_mmdd": self.tr("Yearly return due"),
            "annual_payment_mmdd": self.tr("Yearly balance due"),
            "instalment_threshold": self.tr("Instalments when net tax owed passes"),
            "instalment_1_mmdd": self.tr("First instalment due"),
            "instalment_2_mmdd": self.tr("Second instalment due"),
            "instalment_3_mmdd": self.tr("Third instalment due"),
            "instalment_4_mmdd": self.tr("Fourth instalment due"),
            "instalment_estimate_rate_pcm": self.tr("Estimated tax owed, share of net income"),
        }
        return labels.get(key, key)

    def source_url(self, row: int) -> str:
        """The address at the start of a figure's source ("https://… (CGI art. 82)")."""
        source = self.rows[row].source.strip()
        return source.split()[0] if source.startswith(("http://", "https://")) else ""


class RulesTab(QWidget):
    """The Rules tab of Settings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 16, 4, 8)
        self.intro = style.muted(QLabel(), wrap=True)
        self.model = RuleFiguresModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RuleFiguresModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        self.error = style.error(QLabel())
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = style.muted(QLabel(), wrap=True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        self.model.failed.connect(self._failed)
        self.model.saved.connect(self.error.hide)
        self.model.modelReset.connect(self._update_empty)
        self.table.activated.connect(self._activated)
        self.retranslate()

    def load(self) -> None:
        self.model.load()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.model.rows)

    def _failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == RuleFiguresModel.SOURCE:
            url = self.model.source_url(index.row())
            if url:
                QDesktopServices.openUrl(QUrl(url))

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The legal figures Atelier works with: rates, ceilings, thresholds and deadlines, "
            "each from the year it applies and with the public source it was checked "
            "against. When the law changes, double-click a value to correct it."))
        self.empty.setText(self.tr("No figures yet."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

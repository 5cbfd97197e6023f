"""Settings: language and home currency, platforms and their fees, the micro-entrepreneur
(URSSAF) options and figures, and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.i18n import system_language
from desktop.jobs import Job, error_text
from desktop.ui import style
from desktop.ui.forms import FormDialog, confirm, row_widget
from desktop.ui.pages.base import Page
from desktop.ui.pages.settings_engines import EnginesTab
from desktop.ui.pages.settings_rules import RulesTab
from desktop.ui.pay_column import PayColumn, period_combo, retranslate_period_combo
from storage import backup, paths
from storage import settings as store_settings
from storage.backup import KEEP_MAX, KEEP_MIN
from storage.errors import StoreError, ValidationError
from storage.money import CURRENCY_EXPONENTS, Money
from storage.pay import minimum_hourly, net_per_hour_by, set_minimum_hourly
from storage.payments import count_payments
from storage.platforms import (
    PlatformFields,
    delete_platform,
    list_platforms,
    order_counts,
    orders_using,
    percent_text,
    save_platform,
)
from storage.tables import Platform
from storage.urssaf import URSSAF_FIGURES, list_years, save_urssaf_year

COMMON_ZONES = (
    "Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg", "Europe/London",
    "Africa/Casablanca", "Africa/Tunis", "Africa/Algiers", "Africa/Dakar", "Africa/Abidjan",
    "America/Toronto", "America/Montreal", "America/Vancouver", "America/New_York",
    "Indian/Reunion", "America/Martinique", "America/Guadeloupe", "Pacific/Tahiti", "UTC",
)
FIELD_WIDTH = 300
_ROOT = QModelIndex()  # the invalid parent index of flat models
TEXT_WIDTH = 560
def _percent(bp: int, lang: str) -> str:
    text = percent_text(bp, lang)
    return f"{text}\u202f%" if lang.startswith("fr") else f"{text}%"


def _edit_amount(minor: int, lang: str, exp: int = 2) -> str:
    """Minor units as the user would type them back: 8360000 → "83600", 5050 → "50.50"
    ("50,50" in French)."""
    if minor % 10**exp == 0:
        return str(minor // 10**exp)
    text = f"{Decimal(minor).scaleb(-exp):.{exp}f}"
    return text.replace(".", ",") if lang.startswith("fr") else text


class _Field(QWidget):
    """A settings field: the widget, an error line under it and an optional hint."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None,
                 width: int = TEXT_WIDTH) -> None:
        super().__init__(parent)
        self.widget = widget
        # A fixed width lets the form give the wrapped hint all the height it needs.
        self.setFixedWidth(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        style.error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.hint = style.muted(QLabel(), wrap=True)
        self.hint.hide()
        layout.addWidget(self.hint)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self._fit(self.hint)
        self.hint.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self._fit(self.error)
        self.error.show()

    def _fit(self, label: QLabel) -> None:
        # Forms do not always ask a wrapped label its height for the width it gets.
        label.setMinimumHeight(label.heightForWidth(self.width()) if label.text() else 0)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


# --- platforms --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlatformRow:
    id: int
    name: str
    fee_bp: int | None
    fee_fixed_minor: int
    tips_charged: bool
    clearance_days: int
    currency: str
    preset: bool
    orders: int


class PlatformTableModel(QAbstractTableModel):
    """The platforms and their fee rules, read-only (edited through PlatformDialog)."""

    NAME, FEE, FIXED, TIPS, CLEARANCE, CURRENCY, PRESET, ORDERS, PER_HOUR = range(9)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[PlatformRow] = []
        self.pay = PayColumn()  # net per hour over `span`
        self.span = "3months"
        self._sorted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._store_order: dict[int, int] = {}

    def load(self) -> None:
        with self.ctx.store.session() as s:
            counts = order_counts(s)
            platforms = list_platforms(s)
            rows = [PlatformRow(p.id, p.name, p.fee_bp, p.fee_fixed_minor, p.tips_charged,
                                p.clearance_days, p.default_currency, p.preset,
                                counts.get(p.id, 0)) for p in platforms]
            zone = store_settings.local_zone(s)
            today = self.ctx.clock.now().astimezone(zone).date()
            self.pay.set(net_per_hour_by(s, "platform", self.span, today, zone),
                         store_settings.home_currency(s), minimum_hourly(s))
        self.beginResetModel()
        self.rows = rows
        self._store_order = {r.id: i for i, r in enumerate(rows)}  # presets first, by name
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by Net/h (or any column's text); column -1 keeps the store's order."""
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = {r.id: i for i, r in enumerate(self.rows)}
        old = self.persistentIndexList()
        self._sort_rows()
        after = {r.id: i for i, r in enumerate(self.rows)}
        moved = {i: after[pid] for pid, i in before.items()}
        self.changePersistentIndexList(
            old, [self.index(moved[ix.row()], ix.column()) for ix in old])
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sorted
        if column < 0:
            self.rows.sort(key=lambda r: self._store_order.get(r.id, 0))
            return
        if column == self.PER_HOUR:
            def key(r: PlatformRow) -> Any:
                return self.pay.sort_key(r.id)
        else:
            def key(r: PlatformRow) -> Any:
                return self._text(r, column).casefold()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 9

    def row_of(self, platform_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == platform_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Platform"), self.tr("Fee"), self.tr("Fixed fee"),
                    self.tr("Fee on tips"), self.tr("Clearance"), self.tr("Currency"),
                    self.tr("Preset"), self.tr("Orders"), self.tr("Net/h"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("The percentage the platform keeps from each order"),
                    self.tr("A fixed amount the platform keeps from each order"),
                    self.tr("Whether the platform also takes its percentage on tips"),
                    self.tr("Days between completion and the money being released"),
                    self.tr("The currency orders on this platform usually come in"),
                    self.tr("Shipped with Atelier, or added by you"),
                    self.tr("Orders recorded on this platform"),
                    self.tr("Net per hour of tracked time over the period chosen below"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in (self.FEE, self.FIXED, self.CLEARANCE, self.ORDERS, self.PER_HOUR):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if col == self.PER_HOUR and role not in (Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.UserRole):
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return self.pay.role_data(self.ctx.i18n.money, row.id, role)
        missing_fee = col == self.FEE and row.fee_bp is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.FEE, self.FIXED, self.CLEARANCE, self.ORDERS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if missing_fee and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.ERROR)
        if missing_fee and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if missing_fee and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("No fee is set for {name} yet: double-click the row and enter the "
                           "percentage shown in your seller account.").format(name=row.name)
        return None

    def _text(self, row: PlatformRow, col: int) -> str:
        lang = self.ctx.i18n.language
        if col == self.NAME:
            return row.name
        if col == self.FEE:
            return self.tr("Enter your fee") if row.fee_bp is None else _percent(row.fee_bp, lang)
        if col == self.FIXED:
            return self.ctx.i18n.money(row.fee_fixed_minor, row.currency)
        if col == self.TIPS:
            return self.tr("Yes") if row.tips_charged else self.tr("No")
        if col == self.CLEARANCE:
            if row.clearance_days == 0:
                return self.tr("Immediate")
            return self.tr("%n day(s)", "", row.clearance_days)
        if col == self.CURRENCY:
            return row.currency
        if col == self.PRESET:
            return self.tr("Yes") if row.preset else self.tr("No")
        if col == self.PER_HOUR:
            return self.pay.display(self.ctx.i18n.money, row.id)
        return self.ctx.i18n.locale().toString(row.orders)


class PlatformDialog(FormDialog):
    """Add a platform, or edit one's fee rules."""

    def __init__(self, ctx: AppContext, platform_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.platform_id = platform_id
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.fee = QLineEdit()
        self.fee_hint = style.muted(QLabel(), wrap=True)
        fee_box = QWidget()
        fee_layout = QVBoxLayout(fee_box)
        fee_layout.setContentsMargins(0, 0, 0, 0)
        fee_layout.setSpacing(2)
        fee_layout.addWidget(self.fee)
        fee_layout.addWidget(self.fee_hint)
        self.fixed = QLineEdit()
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCY_EXPONENTS))
        self.clearance = QSpinBox()
        self.clearance.setRange(0, 90)
        self.clearance.setMinimumWidth(140)
        self.tips = QCheckBox()
        self.notes = QLineEdit()
        self.add_row("name", "", self.name)
        self.add_row("fee_percent", "", fee_box, aliases=("fee_bp", "fee"))
        self.add_row("default_currency", "", self.currency, aliases=("currency",))
        self.add_row("fee_fixed", "", self.fixed, aliases=("fee_fixed_minor",))
        self.add_row("clearance_days", "", self.clearance)
        self.add_row("tips_charged", "", self.tips)
        self.add_row("notes", "", self.notes)
        self._labels["fee_percent"].setBuddy(self.fee)
        self.setMinimumWidth(500)
        self._load()
        self.retranslate()

    def _load(self) -> None:
        if self.platform_id is None:
            self.fee.setText("")
            self.fixed.setText("0")
            self.currency.setCurrentText("EUR")
            return
        lang = self.ctx.i18n.language
        with self.ctx.store.session() as s:
            p = s.get(Platform, self.platform_id)
            if p is None:
                return
            self.name.setText(p.name)
            self.fee.setText(percent_text(p.fee_bp, lang))
            self.fixed.setText(_edit_amount(p.fee_fixed_minor, lang,
                                            CURRENCY_EXPONENTS[p.default_currency]))
            self.currency.setCurrentText(p.default_currency)
            self.clearance.setValue(p.clearance_days)
            self.tips.setChecked(p.tips_charged)
            self.notes.setText(p.notes)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a platform") if self.platform_id is None
                            else self.tr("Edit platform"))
        self.set_label("name", self.tr("Name"))
        self.set_label("fee_percent", self.tr("Fee (%)"))
        self.set_label("default_currency", self.tr("Default currency"))
        self.set_label("fee_fixed", self.tr("Fixed fee per order"))
        self.set_label("clearance_days", self.tr("Clearance"))
        self.set_label("tips_charged", self.tr("Tips"))
        self.set_label("notes", self.tr("Notes"))
        self.fee.setPlaceholderText(self.tr("for example 20 or 12,5"))
        self.fee_hint.setText(self.tr("Leave it empty while you don't know it."))
        self.clearance.setSuffix(self.tr(" days"))
        self.clearance.setSpecialValueText(self.tr("Immediate"))
        self.tips.setText(self.tr("Also takes its percentage on tips"))
        self.notes.setPlaceholderText(self.tr("Optional"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> int:
        fields = PlatformFields(
            name=self.name.text(), fee_percent=self.fee.text(), fee_fixed=self.fixed.text(),
            tips_charged=self.tips.isChecked(), clearance_days=self.clearance.value(),
            default_currency=self.currency.currentText(), notes=self.notes.text())
        return self.ctx.write(Changed.PLATFORMS, lambda s: save_platform(
            s, fields, self.platform_id, lang=self.ctx.i18n.language).id)


# --- URSSAF figures ---------------------------------------------------------------------------


class UrssafFiguresModel(QAbstractTableModel):
    """The per-year URSSAF figures: one row per figure, one column per year, editable."""

    failed = Signal(str)
    saved = Signal()

    FIGURES = tuple(URSSAF_FIGURES)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.years: list[int] = []
        self.values: dict[int, dict[str, int]] = {}

    def load(self) -> None:
        with self.ctx.store.session() as s:
            rows = list_years(s)
            values = {r.year: {k: getattr(r, k) for k in self.FIGURES} for r in rows}
        self.beginResetModel()
        self.years = sorted(values)
        self.values = values
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.FIGURES) - 1)
        if self.years:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.FIGURES) - 1, len(self.years) - 1))

    def label(self, key: str) -> str:
        return {
            "ceiling_services_minor": self.tr("Turnover ceiling, services (BIC and BNC)"),
            "ceiling_sales_minor": self.tr("Turnover ceiling, sales (all activities)"),
            "vat_services_minor": self.tr("VAT threshold, services"),
            "vat_services_tolerance_minor": self.tr("VAT tolerance, services"),
            "vat_sales_minor": self.tr("VAT threshold, sales"),
            "vat_sales_tolerance_minor": self.tr("VAT tolerance, sales"),
            "rate_sales_bp": self.tr("Contributions, sales (BIC)"),
            "rate_services_bic_bp": self.tr("Contributions, services (BIC)"),
            "rate_bnc_ssi_bp": self.tr("Contributions, liberal BNC (SSI)"),
            "rate_bnc_cipav_bp": self.tr("Contributions, liberal BNC (CIPAV)"),
            "vl_sales_bp": self.tr("Versement libératoire, sales"),
            "vl_services_bic_bp": self.tr("Versement libératoire, services (BIC)"),
            "vl_bnc_bp": self.tr("Versement libératoire, BNC"),
        }[key]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.FIGURES)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.years)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.years[section]) if section < len(self.years) else None
        return self.label(self.FIGURES[section])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, year = self.FIGURES[index.row()], self.years[index.column()]
        value = self.values[year][key]
        lang = self.ctx.i18n.language
        if role == Qt.ItemDataRole.DisplayRole:
            if URSSAF_FIGURES[key] == "percent":
                return _percent(value, lang)
            return self.ctx.i18n.money(value, "EUR")
        if role == Qt.ItemDataRole.EditRole:
            if URSSAF_FIGURES[key] == "percent":
                return percent_text(value, lang)
            return _edit_amount(value, lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if URSSAF_FIGURES[key] == "percent":
                return self.tr("A percentage of the turnover you declare; double-click to edit")
            return self.tr("An amount in euros for the year; double-click to edit")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key, year = self.FIGURES[index.row()], self.years[index.column()]
        try:
            with self.ctx.store.transaction() as s:
                row = save_urssaf_year(s, year, {key: str(value)}, lang=self.ctx.i18n.language)
                stored = getattr(row, key)
        except ValidationError as exc:
            self.failed.emit(self.tr("{figure}, {year}: {message}").format(
                figure=self.label(key), year=year, message=error_text(exc)))
            return False
        self.values[year][key] = stored
        self.dataChanged.emit(index, index)
        self.saved.emit()
        return True

    def add_next_year(self) -> int:
        """Copy the latest year's figures into the year after it; returns the new year."""
        latest = self.years[-1]
        year = latest + 1
        values = {k: Decimal(v).scaleb(-2) for k, v in self.values[latest].items()}
        with self.ctx.store.transaction() as s:
            save_urssaf_year(s, year, values)
        self.load()
        self.saved.emit()
        return year


# --- the page ---------------------------------------------------------------------------------


class SettingsPage(Page):
    topics = Changed.SETTINGS | Changed.PLATFORMS | Changed.ORDERS
    #: "Run the set-up again…" (the main window opens it)
    run_setup = Signal()

    ACTIVITIES = ("sales_bic", "services_bic", "liberal_bnc")
    PERIODS = ("month", "quarter")
    FUNDS = ("ssi", "cipav")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._values: dict[str, str] = {}
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolling(self._build_general()), "")
        self.tabs.addTab(_scrolling(self._build_platforms()), "")
        self.tabs.addTab(_scrolling(self._build_urssaf()), "")
        self.tabs.addTab(_scrolling(self._build_data()), "")
        self.rules_tab = RulesTab(ctx)  # Settings › Rules: the dated legal figures
        self.tabs.addTab(self.rules_tab, "")
        self.engines_tab = EnginesTab(ctx)  # Settings › Engines: servers and the sent log
        self.tabs.addTab(_scrolling(self.engines_tab), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._connect()
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(4, 16, 4, 16)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _combo(self, editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        combo.setFixedWidth(FIELD_WIDTH)
        return combo

    def _build_general(self) -> QWidget:
        page = QWidget()
        form = self._form()
        page.setLayout(form)
        self.language = self._combo()
        self.language.addItem("", "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.currency = self._combo()
        for code in CURRENCY_EXPONENTS:
            self.currency.addItem(code, code)
        self.timezone = self._combo(editable=True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(list(COMMON_ZONES))
        try:
            from zoneinfo import available_timezones

            all_zones = sorted(available_timezones())
        except Exception:  # no tz database: the common zones still work
            all_zones = list(COMMON_ZONES)
        completer = QCompleter(all_zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.due_soon = QSpinBox()
        self.due_soon.setRange(1, 24 * 30)
        self.due_soon.setKeyboardTracking(False)
        self.due_soon.setFixedWidth(FIELD_WIDTH // 2)
        self.language_field = _Field(self.language)
        self.currency_field = _Field(self.currency)
        self.timezone_field = _Field(self.timezone)
        self.due_soon_field = _Field(self.due_soon)
        self.min_rate = QLineEdit()  # the minimum hourly rate, in the home currency
        self.min_rate.setFixedWidth(FIELD_WIDTH // 2)
        self.min_rate_field = _Field(self.min_rate)
        self.min_rate_label = QLabel()
        self.language_label = QLabel()
        self.currency_label = QLabel()
        self.timezone_label = QLabel()
        self.due_soon_label = QLabel()
        for label, field in ((self.language_label, self.language_field),
                             (self.currency_label, self.currency_field),
                             (self.timezone_label, self.timezone_field),
                             (self.due_soon_label, self.due_soon_field),
                             (self.min_rate_label, self.min_rate_field)):
            label.setBuddy(field.widget)
            form.addRow(label, field)
        self._build_status(form)
        return page

    def _build_status(self, form: QFormLayout) -> None:
        """Status and identity: the status chosen in the set-up, and a button to run it again
        (MainWindow opens it: ``run_setup``)."""
        self.status_title = QLabel()
        font = self.status_title.font()
        font.setBold(True)
        self.status_title.setFont(font)
        self.status_title.setContentsMargins(0, 14, 0, 0)
        self.status_text = QLabel()
        self.setup_button = QPushButton()
        self.setup_button.clicked.connect(self.run_setup)
        self.status_field = _Field(row_widget(self.status_text, self.setup_button))
        self.status_label = QLabel()
        form.addRow(self.status_title)
        form.addRow(self.status_label, self.status_field)

    def _status_texts(self) -> None:
        self.status_title.setText(self.tr("Status and identity"))
        self.status_label.setText(self.tr("Status"))
        self.setup_button.setText(self.tr("&Run the set-up again…"))
        self.status_field.set_hint(self.tr(
            "Your country and status decide the declarations Atelier follows; the set-up "
            "also holds your currency, platforms and the identity printed on documents."))
        names = {"fr_micro": self.tr("France: micro-entrepreneur"),
                 "ma_auto": self.tr("Morocco: auto-entrepreneur"),
                 "qc_self": self.tr("Québec: self-employed"),
                 "other": self.tr("Another status")}
        self.status_text.setText(names.get(self._values.get("status", ""),
                                           self.tr("Not set up yet")))

    def _build_platforms(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 16, 4, 8)
        layout.setSpacing(10)
        self.platforms_intro = style.muted(QLabel(), wrap=True)
        self.platform_model = PlatformTableModel(self.ctx, self)
        self.platform_table = QTableView()
        self.platform_table.setModel(self.platform_model)
        self.platform_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.platform_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.platform_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.platform_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.platform_table.setAlternatingRowColors(True)
        self.platform_table.verticalHeader().hide()
        self.platform_table.setShowGrid(False)
        self.platform_table.setWordWrap(False)
        header = self.platform_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlatformTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by name until clicked
        self.platform_table.setSortingEnabled(True)
        self.pay_period = period_combo()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pay_period)
        self.platform_message = QLabel()
        style.error(self.platform_message)
        self.platform_message.setWordWrap(True)
        self.platform_message.hide()
        self.missing_fee_hint = style.muted(QLabel(), wrap=True)
        self.missing_fee_hint.hide()
        layout.addWidget(self.platforms_intro)
        layout.addWidget(self.platform_table)
        layout.addWidget(self.missing_fee_hint)
        layout.addWidget(self.platform_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_urssaf(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(4, 0, 4, 8)
        outer.setSpacing(8)
        form = self._form()
        form.setContentsMargins(0, 16, 0, 8)
        self.activity = self._combo()
        for _ in self.ACTIVITIES:
            self.activity.addItem("")
        self.period = self._combo()
        for _ in self.PERIODS:
            self.period.addItem("")
        self.fund = self._combo()
        for _ in self.FUNDS:
            self.fund.addItem("")
        self.vl = QCheckBox()
        self.activity_field = _Field(self.activity)
        self.period_field = _Field(self.period)
        self.fund_field = _Field(self.fund)
        self.vl_field = _Field(self.vl)
        self.activity_label = QLabel()
        self.period_label = QLabel()
        self.fund_label = QLabel()
        self.vl_label = QLabel()
        for label, field in ((self.activity_label, self.activity_field),
                             (self.period_label, self.period_field),
                             (self.fund_label, self.fund_field),
                             (self.vl_label, self.vl_field)):
            label.setBuddy(field.widget)
            form.addRow(label, field)
        outer.addLayout(form)

        self.euro_note = QLabel()
        self.euro_note.setWordWrap(True)
        style.error(self.euro_note)
        self.euro_note.hide()
        self.figures_title = QLabel()
        bold = self.figures_title.font()
        bold.setBold(True)
        self.figures_title.setFont(bold)
        self.figures_note = style.muted(QLabel(), wrap=True)
        self.figures_note.setOpenExternalLinks(True)
        self.figures_note.setTextFormat(Qt.TextFormat.RichText)
        self.urssaf_model = UrssafFiguresModel(self.ctx, self)
        self.figures_table = QTableView()
        self.figures_table.setModel(self.urssaf_model)
        self.figures_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.figures_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (arrows move between cells; while editing, Tab goes on)
        self.figures_table.setTabKeyNavigation(False)
        self.figures_table.setAlternatingRowColors(True)
        self.figures_table.setWordWrap(False)
        self.figures_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures_table.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Fixed)
        hh = self.figures_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(100)
        self.figures_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.figures_error = QLabel()
        style.error(self.figures_error)
        self.figures_error.setWordWrap(True)
        self.figures_error.hide()
        self.add_year_button = QPushButton()
        year_row = QHBoxLayout()
        year_row.addWidget(self.add_year_button)
        year_row.addStretch(1)
        for w in (self.euro_note, self.figures_title, self.figures_note, self.figures_table,
                  self.figures_error):
            outer.addWidget(w)
        outer.addLayout(year_row)
        outer.addStretch(1)
        return page

    def _build_data(self) -> QWidget:
        page = QWidget()
        form = self._form()
        page.setLayout(form)
        self.data_path = QLineEdit()
        self.data_path.setReadOnly(True)
        self.data_path.setMinimumWidth(420)
        self.open_folder = QPushButton()
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_folder)
        self.data_field = _Field(path_row)
        self.store_size = QLabel()
        self.store_size.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_field = _Field(self.store_size)
        self.data_label = QLabel()
        self.store_label = QLabel()
        form.addRow(self.data_label, self.data_field)
        form.addRow(self.store_label, self.store_field)
        self._build_backups(form)
        return page

    def _build_backups(self, form: QFormLayout) -> None:
        """The Backups section of the Data tab."""
        self.backups_title = QLabel()
        font = self.backups_title.font()
        font.setBold(True)
        self.backups_title.setFont(font)
        self.backups_title.setContentsMargins(0, 14, 0, 0)
        self.last_backup = QLabel()
        self.last_backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_backup_field = _Field(self.last_backup)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.open_backups = QPushButton()
        buttons = row_widget(self.backup_button, self.restore_button, self.open_backups)
        self.backup_actions_field = _Field(buttons)
        self.backups_message = style.muted(QLabel(), wrap=True)
        self.backups_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_message.hide()
        # Under the buttons and their error line, above the hint.
        self.backup_actions_field.layout().insertWidget(2, self.backups_message)
        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(KEEP_MIN, KEEP_MAX)
        self.backups_keep.setKeyboardTracking(False)
        self.backups_keep.setFixedWidth(FIELD_WIDTH // 2)
        self.backups_keep_field = _Field(self.backups_keep)
        self.last_backup_label = QLabel()
        self.backup_actions_label = QLabel()
        self.backups_keep_label = QLabel()
        self.backups_keep_label.setBuddy(self.backups_keep)
        form.addRow(self.backups_title)
        form.addRow(self.last_backup_label, self.last_backup_field)
        form.addRow(self.backup_actions_label, self.backup_actions_field)
        form.addRow(self.backups_keep_label, self.backups_keep_field)

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.currency.currentIndexChanged.connect(self._currency_chosen)
        self.timezone.activated.connect(self.commit_timezone)
        self.timezone.lineEdit().editingFinished.connect(self.commit_timezone)
        self.due_soon.valueChanged.connect(self._due_soon_changed)
        self.min_rate.editingFinished.connect(self.commit_min_rate)
        self.pay_period.currentIndexChanged.connect(self._pay_period_chosen)
        self.activity.currentIndexChanged.connect(
            lambda i: self._save("activity", self.ACTIVITIES[i], self.activity_field))
        self.period.currentIndexChanged.connect(
            lambda i: self._save("urssaf_period", self.PERIODS[i], self.period_field))
        self.fund.currentIndexChanged.connect(
            lambda i: self._save("urssaf_bnc_fund", self.FUNDS[i], self.fund_field))
        self.vl.toggled.connect(lambda on: self._save(
            "versement_liberatoire", "yes" if on else "no", self.vl_field))
        self.platform_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.platform_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.platform_model.modelReset.connect(self._update_buttons)
        self.platform_model.modelReset.connect(self._fit_platforms)
        self.add_button.clicked.connect(self.add_platform)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.urssaf_model.failed.connect(self._figures_failed)
        self.urssaf_model.saved.connect(self._figures_saved)
        self.urssaf_model.modelReset.connect(self._fit_figures)
        self.add_year_button.clicked.connect(self.add_year)
        self.open_folder.clicked.connect(self.open_data_folder)
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore_backup())
        self.open_backups.clicked.connect(self.open_backups_folder)
        self.backups_keep.valueChanged.connect(self._keep_changed)

    # --- texts ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Platforms and fees"))
        self.tabs.setTabText(2, self.tr("Micro-entrepreneur (URSSAF)"))
        self.tabs.setTabText(3, self.tr("Data"))
        self.tabs.setTabText(4, self.tr("Rules"))
        self.tabs.setTabText(5, self.tr("Engines"))
        self._status_texts()

        self.language_label.setText(self.tr("&Language"))
        self.language.setItemText(0, self.tr("System default"))
        self.language_field.set_hint(self.tr("Applies at once, no restart needed."))
        self.currency_label.setText(self.tr("&Home currency"))
        self.currency_field.set_hint(self.tr(
            "The currency you are paid in at home: payments are converted into it when you "
            "record them, and reports add them up in it."))
        self.timezone_label.setText(self.tr("&Time zone"))
        self.timezone_field.set_hint(self.tr(
            "Days, months and quarters in reports start at midnight in this time zone. Type "
            "to search, for example “Paris” or “Casablanca”."))
        self.due_soon_label.setText(self.tr("&Due-soon window"))
        self.due_soon.setSuffix(self.tr(" h"))
        self.due_soon_field.set_hint(self.tr(
            "Orders due within this many hours are listed as due soon and remind you."))
        self.min_rate_label.setText(self.tr("&Minimum hourly rate"))
        self._min_rate_texts()

        self.platforms_intro.setText(self.tr(
            "The fees each platform keeps. Atelier uses them to work out what you really earn "
            "on each order. Double-click a platform to edit it."))
        self.add_button.setText(self.tr("&Add platform…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.platform_model.retranslate()
        retranslate_period_combo(self.pay_period)
        self._update_missing_fee_hint()

        self.activity_label.setText(self.tr("&Activity type"))
        for i, text in enumerate((self.tr("Sales of goods (BIC)"), self.tr("Services (BIC)"),
                                  self.tr("Liberal profession (BNC)"))):
            self.activity.setItemText(i, text)
        self.activity_field.set_hint(self.tr(
            "Used for orders and gigs that have no activity type of their own."))
        self.period_label.setText(self.tr("Declaration &period"))
        self.period.setItemText(0, self.tr("Monthly"))
        self.period.setItemText(1, self.tr("Quarterly"))
        self.fund_label.setText(self.tr("BNC pension &fund"))
        self.fund.setItemText(0, self.tr("SSI"))
        self.fund.setItemText(1, self.tr("CIPAV"))
        self.fund_field.set_hint(self.tr(
            "Only for liberal professions (BNC): CIPAV if your profession is one of those it "
            "still covers, otherwise SSI."))
        self.vl_label.setText(self.tr("Income tax"))
        self.vl.setText(self.tr("I opted for the versement libératoire"))
        self.vl_field.set_hint(self.tr(
            "Income tax paid with each declaration, as a percentage of the turnover."))
        self.euro_note.setText(self.tr(
            "The URSSAF declaration is in euros: it is available when the home currency is "
            "EUR."))
        self.figures_title.setText(self.tr("Figures by year"))
        self.figures_note.setText(self.tr(
            "Ceilings, VAT thresholds and rates change every year. Check them each January "
            "against <a href=\"https://www.urssaf.fr\">urssaf.fr</a> and correct them here: "
            "double-click a figure to edit it."))
        self.urssaf_model.retranslate()
        self._update_add_year()

        self.data_label.setText(self.tr("Data folder"))
        self.open_folder.setText(self.tr("&Open folder"))
        self.data_field.set_hint(self.tr(
            "To keep your data in another folder, start Atelier with --data-dir FOLDER or set "
            "the ATELIER_DATA_DIR environment variable."))
        self.store_label.setText(self.tr("Store file"))
        self._update_store_size()

        self.backups_title.setText(self.tr("Backups"))
        self.last_backup_label.setText(self.tr("Last backup"))
        self.last_backup_field.set_hint(self.tr(
            "Atelier backs up your data once a day when it starts, and before every upgrade, "
            "into the backups folder."))
        self.backup_actions_label.setText(self.tr("Back up and restore"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.open_backups.setText(self.tr("Open backups folder"))
        self.backup_actions_field.set_hint(self.tr(
            "Restoring replaces your current data with a backup; your current data is first "
            "kept as a backup of its own, so a restore can be undone."))
        self.backups_keep_label.setText(self.tr("Backups &kept"))
        self.backups_keep_field.set_hint(self.tr(
            "How many daily backups to keep, and as many made with Back up now; older ones "
            "are deleted. Backups made before an upgrade or a restore are kept apart (the "
            "last 5)."))
        self._update_backups()

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self._values = {key: store_settings.get(s, key) for key in (
                "home_currency", "timezone", "due_soon_hours", "activity", "urssaf_period",
                "urssaf_bnc_fund", "versement_liberatoire")}
        v = self._values
        for field in (self.currency_field, self.timezone_field, self.due_soon_field,
                      self.activity_field, self.period_field, self.fund_field, self.vl_field):
            field.clear_error()
        lang = self.ctx.qsettings.value("ui/language") or ""
        self._set_index(self.language, max(self.language.findData(lang), 0))
        self._set_index(self.currency, self.currency.findData(v["home_currency"]))
        if self.timezone.findText(v["timezone"]) < 0:
            self.timezone.blockSignals(True)
            self.timezone.insertItem(0, v["timezone"])
            self.timezone.blockSignals(False)
        self._set_index(self.timezone, self.timezone.findText(v["timezone"]))
        self.due_soon.blockSignals(True)
        self.due_soon.setValue(int(v["due_soon_hours"]))
        self.due_soon.blockSignals(False)
        self._set_index(self.activity, self.ACTIVITIES.index(v["activity"]))
        self._set_index(self.period, self.PERIODS.index(v["urssaf_period"]))
        self._set_index(self.fund, self.FUNDS.index(v["urssaf_bnc_fund"]))
        self.vl.blockSignals(True)
        self.vl.setChecked(v["versement_liberatoire"] == "yes")
        self.vl.blockSignals(False)
        self.euro_note.setVisible(v["home_currency"] != "EUR")
        self._show_min_rate()
        self.reload_platforms()
        self.urssaf_model.load()
        self.rules_tab.load()
        self.engines_tab.load()
        with self.ctx.store.session() as s:
            self._values["status"] = store_settings.get(s, "status")
        self._status_texts()
        # the URSSAF options are a French micro-entrepreneur's only
        self.tabs.setTabVisible(2, self._values["status"] == "fr_micro")
        self._update_add_year()
        self.data_path.setText(str(self.ctx.data_dir))
        self._update_store_size()
        with self.ctx.store.session() as s:
            keep = backup.keep_count(s)
        self.backups_keep.blockSignals(True)
        self.backups_keep.setValue(keep)
        self.backups_keep.blockSignals(False)
        self.backups_keep_field.clear_error()
        self._update_backups()

    @staticmethod
    def _set_index(combo: QComboBox, index: int) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # --- general ----------------------------------------------------------------------

    def _save(self, key: str, value: str, field: _Field) -> bool:
        """Save one store setting; a ValidationError is shown beside its field."""
        field.clear_error()
        try:
            self.ctx.write(Changed.SETTINGS, lambda s: store_settings.put(s, key, value))
        except ValidationError as exc:
            field.show_error(error_text(exc))
            return False
        self._values[key] = value
        return True

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index) or ""
        self.ctx.qsettings.setValue("ui/language", code)
        self.ctx.qsettings.sync()
        self.ctx.i18n.set_language(code or system_language())

    def _currency_chosen(self, index: int) -> None:
        new = self.currency.itemData(index)
        old = self._values.get("home_currency", "EUR")
        if new == old:
            return
        with self.ctx.store.session() as s:
            payments = count_payments(s)
        if payments and not confirm(self, self.tr("Change the home currency"), self.tr(
                "Change the home currency from {old} to {new}?\n\n"
                "Payments you already recorded keep the home amounts recorded at the time, in "
                "{old}. Reports only count payments in the current home currency, so they "
                "will leave out the payments recorded in {old}.").format(old=old, new=new)):
            self._set_index(self.currency, self.currency.findData(old))
            return
        if not self._save("home_currency", new, self.currency_field):
            self._set_index(self.currency, self.currency.findData(old))
            return
        self.euro_note.setVisible(new != "EUR")

    def commit_timezone(self) -> None:
        """Save the time zone typed or picked, or show why it is refused."""
        name = self.timezone.currentText().strip()
        if name == self._values.get("timezone"):
            self.timezone_field.clear_error()
            return
        self._save("timezone", name, self.timezone_field)

    def _due_soon_changed(self, value: int) -> None:
        self._save("due_soon_hours", str(value), self.due_soon_field)

    def _min_rate_texts(self) -> None:
        home = self._values.get("home_currency", "EUR")
        self.min_rate.setPlaceholderText(self.tr("None"))
        self.min_rate_field.set_hint(self.tr(
            "In {currency} per hour. Net per hour below it is marked on orders, gigs, clients "
            "and platforms. Leave empty for none.").format(currency=home))

    def _show_min_rate(self) -> None:
        with self.ctx.store.session() as s:
            minimum = minimum_hourly(s)
        self.min_rate_field.clear_error()
        self.min_rate.setText("" if minimum is None else str(
            Money(minimum.minor, minimum.currency).to_decimal()).replace(
            ".", "," if self.ctx.i18n.language == "fr" else "."))
        self._min_rate_texts()

    def commit_min_rate(self) -> bool:
        """Save the minimum hourly rate typed (in the home currency); empty removes it."""
        text = self.min_rate.text()
        home = self._values.get("home_currency", "EUR")
        lang = self.ctx.i18n.language
        self.min_rate_field.clear_error()
        try:
            self.ctx.write(Changed.SETTINGS,
                           lambda s: set_minimum_hourly(s, text, home, lang))
        except ValidationError as exc:
            self.min_rate_field.show_error(error_text(exc))
            return False
        self._show_min_rate()
        return True

    # --- platforms --------------------------------------------------------------------

    def reload_platforms(self) -> None:
        selected = self.selected_platform_id()
        self.platform_model.load()
        if selected is not None:
            self.select_platform(selected)
        self._update_missing_fee_hint()

    def _pay_period_chosen(self) -> None:
        self.platform_model.span = self.pay_period.currentData()
        self.reload_platforms()

    def _fit_platforms(self) -> None:
        """As tall as its rows (at least a few, at most a dozen before it scrolls)."""
        table = self.platform_table
        row = table.verticalHeader().defaultSectionSize()
        rows = min(max(self.platform_model.rowCount(), 5), 12)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row
                             + 2 * table.frameWidth())

    def _update_missing_fee_hint(self) -> None:
        names = [r.name for r in self.platform_model.rows if r.fee_bp is None]
        self.missing_fee_hint.setVisible(bool(names))
        if names:
            self.missing_fee_hint.setText(self.tr(
                "No fee is set yet for {names}: its fee depends on your seller account. "
                "Double-click the row and enter it; until then its orders show no net "
                "amount.").format(names=", ".join(names)))

    def selected_platform_id(self) -> int | None:
        rows = self.platform_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.platform_model.rows[rows[0].row()].id

    def select_platform(self, platform_id: int) -> None:
        row = self.platform_model.row_of(platform_id)
        if row >= 0:
            self.platform_table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected_platform_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def platform_dialog(self, platform_id: int | None = None) -> PlatformDialog:
        return PlatformDialog(self.ctx, platform_id, self)

    def add_platform(self) -> None:
        self.platform_message.hide()
        dialog = self.platform_dialog()
        if dialog.exec():
            self.reload_platforms()
            self.select_platform(dialog.result_value)

    def edit_selected(self) -> None:
        platform_id = self.selected_platform_id()
        if platform_id is None:
            return
        self.platform_message.hide()
        dialog = self.platform_dialog(platform_id)
        if dialog.exec():
            self.reload_platforms()

    def delete_selected(self) -> bool:
        """Delete the selected platform after confirmation; refused when orders use it."""
        platform_id = self.selected_platform_id()
        if platform_id is None:
            return False
        self.platform_message.hide()
        row = self.platform_model.rows[self.platform_model.row_of(platform_id)]
        with self.ctx.store.session() as s:
            used = orders_using(s, platform_id)
        if used:
            self._refuse_delete(row.name, used)
            return False
        if not confirm(self, self.tr("Delete platform"), self.tr(
                "Delete {name}? Gigs and clients on it will have no platform. This cannot be "
                "undone.").format(name=row.name)):
            return False
        try:
            self.ctx.write(Changed.PLATFORMS, lambda s: delete_platform(s, platform_id))
        except ValidationError:
            with self.ctx.store.session() as s:
                self._refuse_delete(row.name, orders_using(s, platform_id))
            return False
        self.reload_platforms()
        return True

    def _refuse_delete(self, name: str, used: int) -> None:
        self.platform_message.setText(self.tr(
            "{name} cannot be deleted: %n order(s) use it. Orders keep their platform for "
            "your income reports.", "", used).format(name=name))
        self.platform_message.show()

    # --- URSSAF -----------------------------------------------------------------------

    def _figures_failed(self, message: str) -> None:
        self.figures_error.setText(message)
        self.figures_error.show()

    def _figures_saved(self) -> None:
        self.figures_error.hide()
        self._update_add_year()
        # the figures model wrote them (from inside the table's editing: no refresh there)
        self.ctx.events.emit(Changed.SETTINGS)

    def _fit_figures(self) -> None:
        table = self.figures_table
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(self.urssaf_model.rowCount()))
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def _update_add_year(self) -> None:
        years = self.urssaf_model.years
        self.add_year_button.setVisible(bool(years))
        if years:
            self.add_year_button.setText(self.tr("Add {year} (copy of {last})").format(
                year=years[-1] + 1, last=years[-1]))

    def add_year(self) -> None:
        self.figures_error.hide()
        self.urssaf_model.add_next_year()
        self._update_add_year()

    # --- data -------------------------------------------------------------------------

    def _update_store_size(self) -> None:
        path = Path(self.ctx.store.path)
        size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
        self.store_size.setText(self.tr("{path} — {size}").format(
            path=path.name, size=self.ctx.i18n.locale().formattedDataSize(size, 1)))
        self.store_field.set_hint(self.tr(
            "Your gigs, clients, orders, payments and settings, in one SQLite file."))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    # --- backups ----------------------------------------------------------------------

    def _reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("daily")
        if reason == "manual":
            return self.tr("made with Back up now")
        if reason.startswith("before-migration"):
            return self.tr("before an upgrade")
        if reason == "before-restore":
            return self.tr("before a restore")
        return reason

    def _update_backups(self) -> None:
        backups = backup.list_backups(self.ctx.data_dir)
        latest = backup.latest_backup(self.ctx.data_dir)
        if latest is None:
            self.last_backup.setText(self.tr("No backup yet"))
            return
        size = self.ctx.i18n.locale().formattedDataSize(sum(b.size for b in backups), 1)
        self.last_backup.setText(self.tr("{date} ({reason}) — %n backup(s) in the folder, {size}",
                                         "", len(backups)).format(
            date=self.ctx.i18n.datetime(latest.created_at),
            reason=self._reason_text(latest.reason), size=size))

    def _say(self, text: str) -> None:
        self.backups_message.setText(text)
        self.backups_message.setMinimumHeight(
            self.backups_message.heightForWidth(self.backup_actions_field.width()) if text else 0)
        self.backups_message.setVisible(bool(text))

    def back_up_now(self) -> Job:
        """Back up the store now, in the background."""
        self.backup_actions_field.clear_error()
        self._say("")
        self.backup_button.setEnabled(False)
        store, now = self.ctx.store, self.ctx.clock.now()

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self._update_backups()
            self._say(self.tr("Backed up to {file}.").format(file=path.name))

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.backup_actions_field.show_error(error_text(error))

        return self.ctx.jobs.submit(self.tr("Backing up your data…"),
                                    lambda _job: backup.backup_now(store, now=now),
                                    on_finished=done, on_failed=failed)

    def restore_backup(self, file: str | None = None) -> Job | None:
        """Choose a backup (the backups folder first), check it in the background, ask, then
        restore it: the store is closed, replaced (the current one kept as a backup) and
        opened again, and every page reloads."""
        self.backup_actions_field.clear_error()
        self._say("")
        if not file:
            folder = paths.backups_dir(self.ctx.data_dir)
            file, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore a backup"),
                str(folder if folder.is_dir() else self.ctx.data_dir),
                self.tr("Atelier backups (*.db);;All files (*)"))
            if not file:
                return None
        chosen = Path(file)

        def checked(revision: str) -> None:
            self.restore_button.setEnabled(True)
            info = next((b for b in backup.list_backups(self.ctx.data_dir)
                         if b.path.resolve() == chosen.resolve()), None)
            when = self.ctx.i18n.datetime(info.created_at) if info else chosen.name
            if confirm(self, self.tr("Restore a backup"), self.tr(
                    "Replace your current data with the backup of {date}?\n\n"
                    "Everything recorded since that backup will be replaced. Your current "
                    "data is first kept as a backup, so you can restore it again.")
                    .format(date=when)):
                self._restore_now(chosen)

        def refused(error: BaseException) -> None:
            self.restore_button.setEnabled(True)
            self.backup_actions_field.show_error(error_text(error))

        self.restore_button.setEnabled(False)
        return self.ctx.jobs.submit(self.tr("Checking the backup…"),
                                    lambda _job: backup.check_restorable(chosen),
                                    on_finished=checked, on_failed=refused)

    def _restore_now(self, file: Path) -> bool:
        """The swap itself, on the GUI thread on purpose: nothing may use the store while it
        is replaced (a second or so for a large store)."""
        if self.ctx.jobs.active:
            self.backup_actions_field.show_error(self.tr(
                "Wait until the running tasks finish (or cancel them), then restore again."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        result, error = None, None
        try:
            self.ctx.store.close()
            try:
                result = backup.restore(self.ctx.data_dir, file, now=self.ctx.clock.now())
            except (StoreError, OSError) as exc:
                error = error_text(exc)
            finally:
                self.ctx.store.reopen()
        except StoreError as exc:
            error = error_text(exc)
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            self.backup_actions_field.show_error(error)
            return False
        self.ctx.events.emit(Changed.ALL)
        kept = result.kept.name if result is not None and result.kept else "—"
        self._say(self.tr("Restored {file}. Your previous data was kept as {kept}.")
                  .format(file=file.name, kept=kept))
        self._update_backups()
        return True

    def open_backups_folder(self) -> None:
        folder = paths.backups_dir(self.ctx.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _keep_changed(self, value: int) -> None:
        self.backups_keep_field.clear_error()
        try:
            self.ctx.write(Changed.SETTINGS, lambda s: backup.set_keep_count(s, value))
        except ValidationError as exc:
            self.backups_keep_field.show_error(error_text(exc))
            return

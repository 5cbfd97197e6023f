"""The gig editor: the gig's fields and a table of its packages (tiers), saved together."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import phrase_text
from desktop.ui import style
from desktop.ui.forms import FormDialog, column_widget, row_widget
from storage import settings
from storage.catalog import (
    GigFields,
    PackageFields,
    PackageValidationError,
    gig_categories,
    gig_fields,
    parse_package_field,
    save_gig,
)
from storage.errors import ValidationError
from storage.money import CURRENCY_EXPONENTS, check_currency, exponent, parse_amount
from storage.tables import Activity, Gig, GigStatus, Platform

COL_TIER, COL_DESCRIPTION, COL_PRICE, COL_CURRENCY, COL_DAYS, COL_REVISIONS = range(6)
# Which column shows an error about a package's field.
FIELD_COLUMNS = {"tier": COL_TIER, "description": COL_DESCRIPTION, "price": COL_PRICE,
                 "currency": COL_CURRENCY, "delivery_days": COL_DAYS, "revisions": COL_REVISIONS}
COMMON_CURRENCIES = ("EUR", "USD", "CAD", "MAD", "GBP", "CHF", "TND", "DZD", "XOF")
ERROR_BACKGROUND = QColor(style.ERROR_BACKGROUND)


def price_text(minor: int, currency: str, language: str) -> str:
    """An amount as a person would type it: "25", "19.90" (en) or "19,90" (fr)."""
    exp = exponent(currency)
    value = Decimal(minor).scaleb(-exp)
    text = f"{value:.0f}" if minor % 10**exp == 0 else f"{value:.{exp}f}"
    return text.replace(".", ",") if language == "fr" else text


class PackageDelegate(QStyledItemDelegate):
    """Editors fitted to each column: a currency list, day and revision counters."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        column = index.column()
        if column == COL_CURRENCY:
            combo = QComboBox(parent)
            combo.setEditable(True)
            others = sorted(set(CURRENCY_EXPONENTS) - set(COMMON_CURRENCIES))
            combo.addItems([*COMMON_CURRENCIES, *others])
            return combo
        if column in (COL_DAYS, COL_REVISIONS):
            spin = QSpinBox(parent)
            spin.setRange(1 if column == COL_DAYS else 0, 365 if column == COL_DAYS else 99)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip().upper(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class GigDialog(FormDialog):
    """New gig (gig_id None), edit one (gig_id), or a new gig copied from another (copy_from).

    Saving writes the gig and all its packages in one transaction, then emits
    changed("gigs"); `result_value` is the saved gig's id.
    """

    def __init__(self, ctx: AppContext, gig_id: int | None = None, *,
                 copy_from: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.gig_id = gig_id
        self.copy_from = copy_from
        self.setObjectName("GigDialog")
        self.setMinimumSize(860, 640)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform_combo = QComboBox()
        self.status_combo = QComboBox()
        for status in GigStatus:
            self.status_combo.addItem("", status.value)
        self.activity_combo = QComboBox()
        self.activity_combo.addItem("", None)
        for activity in Activity:
            self.activity_combo.addItem("", activity.value)
        self.tags_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)

        self.packages = QTableWidget(0, 6)
        self.packages.setObjectName("packages")
        self.packages.setItemDelegate(PackageDelegate(self.packages))
        self.packages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.packages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packages.verticalHeader().setVisible(True)
        self.packages.setMinimumHeight(170)
        self.packages.setWordWrap(False)
        header = self.packages.horizontalHeader()
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_TIER, 120), (COL_PRICE, 90), (COL_CURRENCY, 90),
                              (COL_DAYS, 110), (COL_REVISIONS, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.packages.setColumnWidth(column, width)
        self.add_package_button = QPushButton()
        self.remove_package_button = QPushButton()
        package_buttons = row_widget(self.add_package_button, self.remove_package_button)
        packages_box = column_widget(self.packages, package_buttons, spacing=6)
        self._packages_box = packages_box

        self.add_row("title", "", self.title_edit)
        self.add_row("category", "", self.category_combo)
        self.add_row("platform", "", self.platform_combo)
        self.add_row("status", "", self.status_combo)
        self.add_row("activity", "", self.activity_combo)
        self.add_row("tags", "", self.tags_edit)
        self.add_row("description", "", self.description_edit)
        self.add_row("packages", "", packages_box)
        self._labels["packages"].setBuddy(self.packages)
        # Extra height goes to the packages table, not between the other rows.
        for widget in (self.title_edit, self.category_combo, self.platform_combo,
                       self.status_combo, self.activity_combo, self.tags_edit,
                       self.description_edit):
            box = widget.parentWidget()
            box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)
        packages_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.add_package_button.clicked.connect(self.add_package)
        self.remove_package_button.clicked.connect(self.remove_package)
        self.packages.itemSelectionChanged.connect(self._update_buttons)
        self.platform_combo.currentIndexChanged.connect(self._platform_changed)

        self._home_currency = "EUR"
        self._platform_currency: dict[int, str] = {}
        self._load()
        self.retranslate()
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        with self.ctx.store.session() as s:
            self._home_currency = settings.home_currency(s)
            self.category_combo.addItems(gig_categories(s))
            self.platform_combo.addItem("", None)
            for p in s.scalars(select(Platform).order_by(Platform.name)):
                self.platform_combo.addItem(p.name, p.id)
                self._platform_currency[p.id] = p.default_currency
            source = self.gig_id if self.gig_id is not None else self.copy_from
            fields = None
            if source is not None:
                gig = s.get(Gig, source)
                if gig is not None:
                    fields = gig_fields(gig)
        if fields is None:
            self.category_combo.setCurrentText("")
            self.add_package()
            return
        if self.copy_from is not None and self.gig_id is None:
            fields.title = self.tr("{title} (copy)").format(title=fields.title)
            for p in fields.packages:
                p.id = None
        self.title_edit.setText(fields.title)
        self.category_combo.setCurrentText(fields.category)
        self._select_data(self.platform_combo, fields.platform_id)
        self._select_data(self.status_combo, GigStatus(fields.status).value)
        self._select_data(self.activity_combo,
                          Activity(fields.activity).value if fields.activity else None)
        self.tags_edit.setText(fields.tags)
        self.description_edit.setPlainText(fields.description)
        for p in fields.packages:
            self._append_row(p)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _default_currency(self) -> str:
        pid = self.platform_combo.currentData()
        return self._platform_currency.get(pid, self._home_currency)

    # --- packages -----------------------------------------------------------------------

    def _default_tiers(self) -> list[str]:
        return [self.tr("Basic"), self.tr("Standard"), self.tr("Premium")]

    def _append_row(self, p: PackageFields | None) -> int:
        row = self.packages.rowCount()
        self.packages.insertRow(row)
        if p is None:
            used = {self._cell_text(r, COL_TIER).casefold() for r in range(row)}
            tier = next((t for t in self._default_tiers() if t.casefold() not in used),
                        self.tr("Package {n}").format(n=row + 1))
            currency = self._cell_text(row - 1, COL_CURRENCY) if row else ""
            values: list[object] = [tier, "", "", currency or self._default_currency(), 3, 1]
            package_id = None
        else:
            values = [p.tier, p.description,
                      price_text(p.price_minor, p.currency, self.ctx.i18n.language),
                      p.currency, p.delivery_days, p.revisions_included]
            package_id = p.id
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, value)
            if column in (COL_PRICE, COL_DAYS, COL_REVISIONS):
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif column == COL_CURRENCY:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.packages.setItem(row, column, item)
        self.packages.item(row, COL_TIER).setData(Qt.ItemDataRole.UserRole, package_id)
        return row

    def add_package(self) -> None:
        row = self._append_row(None)
        self.packages.setCurrentCell(row, COL_PRICE)
        self._update_buttons()

    def remove_package(self) -> None:
        row = self.packages.currentRow()
        if row >= 0:
            self.packages.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_package_button.setEnabled(self.packages.currentRow() >= 0)

    def _platform_changed(self) -> None:
        """A new gig's untouched rows follow the platform's currency."""
        currency = self._default_currency()
        for row in range(self.packages.rowCount()):
            item = self.packages.item(row, COL_TIER)
            if item.data(Qt.ItemDataRole.UserRole) is None and not self._cell_text(row,
                                                                                  COL_PRICE):
                self.packages.item(row, COL_CURRENCY).setData(Qt.ItemDataRole.EditRole,
                                                              currency)

    def _cell_text(self, row: int, column: int) -> str:
        item = self.packages.item(row, column)
        value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
        return "" if value is None else str(value).strip()

    def _cell_int(self, row: int, column: int) -> int:
        text = self._cell_text(row, column)
        try:
            return int(text)
        except ValueError:
            name = "delivery_days" if column == COL_DAYS else "revisions"
            raise PackageValidationError(row, name, "Enter a whole number.") from None

    def package_fields(self) -> list[PackageFields]:
        """The packages as typed; amounts parsed in the row's currency."""
        out = []
        for row in range(self.packages.rowCount()):
            try:
                currency = check_currency(self._cell_text(row, COL_CURRENCY))
            except ValidationError as exc:
                raise PackageValidationError(row, "currency", exc.message) from None
            try:
                price = parse_amount(self._cell_text(row, COL_PRICE), currency, "price",
                                     lang=self.ctx.i18n.language)
            except ValidationError as exc:
                raise PackageValidationError(row, "price", exc.message) from None
            out.append(PackageFields(
                tier=self._cell_text(row, COL_TIER),
                description=self._cell_text(row, COL_DESCRIPTION),
                price_minor=price, currency=currency,
                delivery_days=self._cell_int(row, COL_DAYS),
                revisions_included=self._cell_int(row, COL_REVISIONS),
                id=self.packages.item(row, COL_TIER).data(Qt.ItemDataRole.UserRole),
            ))
        return out

    # --- saving -------------------------------------------------------------------------

    def fields(self) -> GigFields:
        return GigFields(
            title=self.title_edit.text(),
            category=self.category_combo.currentText(),
            platform_id=self.platform_combo.currentData(),
            status=self.status_combo.currentData(),
            activity=self.activity_combo.currentData(),
            tags=self.tags_edit.text(),
            description=self.description_edit.toPlainText(),
            packages=self.package_fields(),
        )

    def save(self) -> int:
        fields = self.fields()
        gig_id = self.ctx.write(Changed.GIGS, lambda s: save_gig(s, fields, self.gig_id).id)
        self.gig_id = gig_id
        return gig_id

    def clear_errors(self) -> None:
        super().clear_errors()
        for row in range(self.packages.rowCount()):
            for column in range(self.packages.columnCount()):
                item = self.packages.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.BackgroundRole) is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)

    def show_error(self, error: ValidationError) -> None:
        where = parse_package_field(error.field)
        if where is None:
            super().show_error(error)
            return
        row, name = where
        detail = error.detail if isinstance(error, PackageValidationError) else error.message
        problem = phrase_text(detail, "storage")
        if problem[1:2].islower():
            problem = problem[:1].lower() + problem[1:]
        label = self.error_label("packages")
        label.setText(self.tr("Package {n}: {problem}").format(n=row + 1, problem=problem))
        label.show()
        column = FIELD_COLUMNS.get(name, COL_TIER)
        item = self.packages.item(row, column) if row < self.packages.rowCount() else None
        if item is not None:
            item.setBackground(QBrush(ERROR_BACKGROUND))
            self.packages.setCurrentCell(row, column)
        self.packages.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.gig_id is not None:
            self.setWindowTitle(self.tr("Edit gig"))
        elif self.copy_from is not None:
            self.setWindowTitle(self.tr("Duplicate gig"))
        else:
            self.setWindowTitle(self.tr("New gig"))
        self.set_label("title", self.tr("&Title:"))
        self.set_label("category", self.tr("&Category:"))
        self.set_label("platform", self.tr("&Platform:"))
        self.set_label("status", self.tr("&Status:"))
        self.set_label("activity", self.tr("&Activity type:"))
        self.set_label("tags", self.tr("Ta&gs:"))
        self.set_label("description", self.tr("&Description:"))
        self.set_label("packages", self.tr("Pac&kages:"))
        self.title_edit.setPlaceholderText(self.tr("What you sell, as buyers see it"))
        self.category_combo.lineEdit().setPlaceholderText(
            self.tr("Choose or type a category"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas: seo, blog, translation"))
        self.description_edit.setPlaceholderText(
            self.tr("What the buyer gets, what you need from them"))
        self.platform_combo.setItemText(0, self.tr("No platform"))
        status_names = {GigStatus.ACTIVE.value: self.tr("Active"),
                        GigStatus.PAUSED.value: self.tr("Paused"),
                        GigStatus.ARCHIVED.value: self.tr("Archived")}
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, status_names[self.status_combo.itemData(i)])
        activity_names = {
            None: self.tr("Default (from Settings)"),
            Activity.SALES_BIC.value: self.tr("Sales of goods (BIC)"),
            Activity.SERVICES_BIC.value: self.tr("Services (BIC)"),
            Activity.LIBERAL_BNC.value: self.tr("Liberal profession (BNC)"),
        }
        for i in range(self.activity_combo.count()):
            self.activity_combo.setItemText(i, activity_names[self.activity_combo.itemData(i)])
        self.activity_combo.setToolTip(self.tr(
            "How the French micro-entrepreneur regime counts this gig's income"))
        self.packages.setHorizontalHeaderLabels([
            self.tr("Tier"), self.tr("Description"), self.tr("Price"), self.tr("Currency"),
            self.tr("Delivery (days)"), self.tr("Revisions")])
        self.add_package_button.setText(self.tr("&Add package"))
        self.remove_package_button.setText(self.tr("&Remove package"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Map the columns of a CSV that no profile knows: which column is the date, the amount, the
fee, the currency, the payer…, seen live on the file's first rows, saved as a named profile
for next time (storage/imports/profiles/custom.py), exportable and importable as a small file.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.context import AppContext
from desktop.jobs import error_text
from desktop.ui import style
from desktop.ui.dialogs.order_dialog import currency_combo, set_currency
from desktop.ui.forms import FormDialog, row_widget
from desktop.ui.screen_fit import fit_to_screen
from storage.errors import ValidationError
from storage.imports.model import ImportProblem, Table
from storage.imports.profiles.custom import (
    ROLES,
    CustomProfile,
    export_profile,
    load_profile,
    save_profile,
    slug,
)

PREVIEW_ROWS = 20

#: Words a header cell holds for each role, to start from a likely mapping.
GUESSES = {
    "date": ("date", "datum", "fecha", "data", "booking", "valeur", "opération"),
    "amount": ("amount", "montant", "betrag", "importe", "importo", "sum"),
    "gross": ("gross", "brut", "brutto", "bruto"),
    "fee": ("fee", "commission", "frais", "gebühr", "entgelt", "tarifa", "comisión"),
    "net": ("net", "netto", "neto"),
    "currency": ("currency", "devise", "währung", "moneda", "valuta", "ccy"),
    "payer": ("payer", "name", "nom", "from", "client", "counterparty", "émetteur", "payee"),
    "reference": ("reference", "référence", "ref", "invoice", "facture"),
    "memo": ("memo", "description", "libellé", "label", "details", "subject", "note"),
    "id": ("transaction id", "id", "transaction"),
}


def guess_columns(header: list[str]) -> dict[str, int]:
    """A first mapping from the header's words (each column used once)."""
    out: dict[str, int] = {}
    used: set[int] = set()
    lowered = [h.casefold().strip() for h in header]
    for role, words in GUESSES.items():
        for exact in (True, False):
            found = next((i for i, h in enumerate(lowered) if i not in used and h and any(
                (h == w) if exact else (w in h) for w in words)), None)
            if found is not None:
                out[role] = found
                used.add(found)
                break
    if "amount" in out and ({"gross", "net"} & out.keys()):
        del out["amount"]
    return out


class ColumnMappingDialog(FormDialog):
    """For ``table`` (a file no profile recognised): a combo per role, the decimal mark and
    the date order, a fixed currency when no column holds it, the mapping's name; the first
    20 rows as they will be read, refreshed on each change. OK makes ``profile`` (saved in the
    data dir when "Save for next time" is ticked)."""

    def __init__(self, ctx: AppContext, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.profile: CustomProfile | None = None
        self.records = list(itertools.islice(table.rows(), PREVIEW_ROWS))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.add_row("name", "", self.name_edit)
        self.role_combos: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox()
            combo.addItem("", None)
            for i, name in enumerate(table.header):
                combo.addItem(self.column_title(i, name), i)
            self.role_combos[role] = combo
            self.add_row(role, "", combo)
        self.currency_combo = currency_combo()
        self.currency_combo.setCurrentIndex(-1)
        self.add_row("fixed_currency", "", self.currency_combo)
        self.decimal_combo = QComboBox()
        self.decimal_combo.addItem("1,234.56", ".")
        self.decimal_combo.addItem("1.234,56 / 1 234,56", ",")
        self.date_combo = QComboBox()
        for order in ("DMY", "MDY", "YMD"):
            self.date_combo.addItem("", order)
        self.add_row("decimal", "", self.decimal_combo)
        self.add_row("date_order", "", self.date_combo)
        self.save_check = QCheckBox()
        self.save_check.setChecked(True)
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        self.form.addRow("", row_widget(self.save_check, self.import_button,
                                        self.export_button))
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 6)
        # The combos take the form's width, and a wrapped error gets the lines it needs
        # (QFormLayout gives a row its one-line height otherwise: the text was cut).
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label in self._errors.values():
            label.installEventFilter(self)
        self.preview_title = style.semibold(QLabel())
        layout = self.layout()
        # The form scrolls (on a small screen, in French) rather than push the buttons out.
        layout.removeItem(self.form)
        form_widget = QWidget()
        form_widget.setLayout(self.form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(form_widget)
        layout.insertWidget(layout.count() - 1, self.form_scroll, 3)
        layout.insertWidget(layout.count() - 1, self.preview_title)
        layout.insertWidget(layout.count() - 1, self.preview, 2)

        self._start_from_guess()
        for combo in (*self.role_combos.values(), self.decimal_combo, self.date_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.currency_combo.currentTextChanged.connect(self.refresh)
        self.name_edit.textChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_mapping)
        self.import_button.clicked.connect(self.import_mapping)
        self.retranslate()
        fit_to_screen(self, 900, 720)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and isinstance(watched, QLabel)
                and watched in self._errors.values()):
            assert isinstance(event, QResizeEvent)
            needed = watched.heightForWidth(event.size().width())
            if needed > 0 and watched.minimumHeight() != needed:
                watched.setMinimumHeight(needed)
        return super().eventFilter(watched, event)

    def column_title(self, i: int, name: str) -> str:
        if getattr(self.table, "header_generated", False) or not name:
            sample = next((cells[i] for _l, cells in self.records if i < len(cells)
                           and cells[i].strip()), "")
            return self.tr("Column {n} (“{sample}”)").format(n=i + 1, sample=sample[:30])
        return name

    def _start_from_guess(self) -> None:
        from storage.imports.reading import detect_conventions

        guess = guess_columns([] if getattr(self.table, "header_generated", False)
                              else list(self.table.header))
        for role, i in guess.items():
            self.role_combos[role].setCurrentIndex(i + 1)
        # The decimal mark and date order from the file's data: in the columns the header
        # names, else in every column (a cell that is no number or date has no vote).
        every = range(len(self.table.header))
        amounts = [guess[r] for r in ("amount", "gross", "fee", "net") if r in guess] or [
            i for i in every if i != guess.get("date")]
        dates = [guess["date"]] if "date" in guess else list(every)
        if amounts or dates:
            try:
                found = detect_conventions(self.table, amounts, dates)
            except (ImportProblem, OSError, ValueError):
                found = None
            if found is not None:
                self.decimal_combo.setCurrentIndex(0 if found.decimal == "." else 1)
                self.date_combo.setCurrentIndex(("DMY", "MDY", "YMD").index(
                    found.date_order) if found.date_order in ("DMY", "MDY", "YMD") else 0)
        self.name_edit.setText(Path(self.table.file_name).stem[:80])

    # --- the mapping ------------------------------------------------------------------

    def current_profile(self) -> CustomProfile:
        generated = getattr(self.table, "header_generated", False)
        columns: dict[str, str | int] = {}
        for role, combo in self.role_combos.items():
            i = combo.currentData()
            if i is not None:
                columns[role] = i if generated or not self.table.header[i] \
                    else self.table.header[i]
        currency = "" if "currency" in columns else \
            self.currency_combo.currentText().strip().upper()
        return CustomProfile(self.name_edit.text().strip(), columns,
                             self.decimal_combo.currentData(), self.date_combo.currentData(),
                             currency)

    def set_profile(self, profile: CustomProfile) -> None:
        """Show a mapping (imported from a file) on this file's columns."""
        try:
            where = profile.indexes(self.table.header, self.table.file_name)
        except ImportProblem as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return
        self.name_edit.setText(profile.name)
        for role, combo in self.role_combos.items():
            combo.setCurrentIndex(where[role] + 1 if role in where else 0)
        self.decimal_combo.setCurrentIndex(0 if profile.decimal == "." else 1)
        self.date_combo.setCurrentIndex(("DMY", "MDY", "YMD").index(profile.date_order))
        if profile.currency:
            set_currency(self.currency_combo, profile.currency)
        self.refresh()

    # --- the preview ------------------------------------------------------------------

    HEADINGS = ("line", "date", "gross", "fee", "net", "payer", "reference", "memo", "problem")

    def refresh(self, *_args: object) -> None:
        self.clear_errors()  # what Use this mapping refused is worded for the old mapping
        profile = self.current_profile()
        self.currency_combo.setEnabled("currency" not in profile.columns)
        titles = {
            "line": self.tr("Line"), "date": self.tr("Date"), "gross": self.tr("Gross"),
            "fee": self.tr("Fee"), "net": self.tr("Net"), "payer": self.tr("Payer"),
            "reference": self.tr("Reference"), "memo": self.tr("Memo"),
            "problem": self.tr("Problem")}
        self.preview.setColumnCount(len(self.HEADINGS))
        self.preview.setHorizontalHeaderLabels([titles[h] for h in self.HEADINGS])
        self.preview.setRowCount(len(self.records))
        problems = [self._problem_text(p) for p in profile.problems()
                    if p != "Give the mapping a name."]
        where: dict[str, int] | None = None
        if not problems:
            try:
                where = profile.indexes(self.table.header, self.table.file_name)
            except ImportProblem as exc:
                problems = [error_text(exc)]
        for r, (line, cells) in enumerate(self.records):
            values = {h: "" for h in self.HEADINGS}
            values["line"] = str(line)
            if where is None:
                values["problem"] = problems[0] if problems else ""
            else:
                try:
                    row = profile.row(line, cells, where, self.table.file_name)
                except ImportProblem as exc:
                    values["problem"] = error_text(exc)
                else:
                    if row is None:
                        values["problem"] = self.tr("(no amount: left out)")
                    else:
                        money = self.ctx.i18n.money
                        values.update(
                            date=self.ctx.i18n.date(row.occurred_at),
                            gross=money(row.gross_minor, row.currency),
                            fee=money(row.fee_minor, row.currency),
                            net=money(row.net_minor, row.currency),
                            payer=row.counterparty, reference=row.reference, memo=row.memo)
            for c, heading in enumerate(self.HEADINGS):
                item = QTableWidgetItem(values[heading])
                if heading in ("gross", "fee", "net", "line"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if heading == "problem" and values[heading]:
                    item.setForeground(QColor(style.ERROR))
                    item.setToolTip(values[heading])
                self.preview.setItem(r, c, item)

    def _problem_text(self, template: str) -> str:
        from desktop.jobs import phrase_text

        return phrase_text(template, "storage")

    # --- saving -----------------------------------------------------------------------

    def save(self) -> CustomProfile:
        profile = self.current_profile()
        problems = profile.problems()
        if problems:
            field = {"Give the mapping a name.": "name",
                     "Choose the column that holds the date.": "date",
                     "Choose the column that holds the amount (or the gross or net).": "amount",
                     }.get(problems[0], "fixed_currency")
            raise ValidationError(field, problems[0])
        if self.save_check.isChecked():
            save_profile(self.ctx.data_dir, profile)
        self.profile = profile
        return profile

    def export_mapping(self) -> Path | None:
        """Write the mapping where the person chooses (to use it on another computer)."""
        profile = self.current_profile()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the column mapping"), f"{slug(profile.name)}.json",
            self.tr("Column mappings (*.json)"))
        if not path:
            return None
        return self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        self.clear_errors()
        profile = self.current_profile()
        if profile.problems():
            self.show_error(ValidationError("name", profile.problems()[0]))
            return None
        try:
            export_profile(profile, path)
        except OSError as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        return path

    def import_mapping(self) -> CustomProfile | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a column mapping"), "", self.tr("Column mappings (*.json)"))
        return self.import_from(Path(path)) if path else None

    def import_from(self, path: Path) -> CustomProfile | None:
        self.clear_errors()
        try:
            profile = load_profile(path)
        except ImportProblem as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        self.set_profile(profile)
        return profile

    # --- words ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Map the columns of {file}").format(
            file=self.table.file_name))
        labels = {
            "name": self.tr("Mapping &name"), "date": self.tr("&Date"),
            "amount": self.tr("&Amount (signed)"), "gross": self.tr("&Gross"),
            "fee": self.tr("&Fee"), "net": self.tr("N&et"), "currency": self.tr("&Currency"),
            "payer": self.tr("&Payer"), "reference": self.tr("&Reference"),
            "memo": self.tr("&Memo"), "id": self.tr("&Transaction ID"),
            "fixed_currency": self.tr("Currency of e&very row"),
            "decimal": self.tr("Numbers &written"), "date_order": self.tr("Dates wr&itten"),
        }
        for field, text in labels.items():
            self.set_label(field, text)
        for combo in self.role_combos.values():
            combo.setItemText(0, self.tr("(none)"))
        for i, text in enumerate((self.tr("day/month/year"), self.tr("month/day/year"),
                                  self.tr("year-month-day"))):
            self.date_combo.setItemText(i, text)
        self.save_check.setText(self.tr("&Save for next time"))
        self.export_button.setText(self.tr("E&xport…"))
        self.import_button.setText(self.tr("&Load…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Use this mapping"))
        self.preview_title.setText(self.tr("The first {n} rows as they will be read").format(
            n=len(self.records)))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ColumnMappingDialog", "guess_columns"]

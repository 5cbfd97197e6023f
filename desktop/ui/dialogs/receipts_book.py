"""Income › "Receipts book…": asks for the year, the format (PDF or CSV) and the file, then
writes the receipts book (storage/receipts.py) in the job runner, as `atelier books receipts`
does. The button keeps its own texts so the Income page only places it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.context import AppContext
from desktop.jobs import Job, JobContext, error_text
from storage.db import Store


def export_receipts_book(store: Store, year: int, fmt: str, path: Path, lang: str,
                         now: datetime, job: JobContext) -> tuple[Path, int]:
    """Build the book (reconciled with the locked periods, in one write transaction) and
    write it; returns the file and its number of lines. Runs in a worker."""
    from desktop.receipts_pdf import export_book
    from storage.receipts import receipts_book

    with store.transaction() as s:
        book = receipts_book(s, year, now)
    job.check()
    export_book(book, path, fmt, lang)
    return path, len(book.lines)


class ReceiptsBookDialog(QDialog):
    """The year and the format of the book to write."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipts book"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF (to print)"), "pdf")
        self.format_combo.addItem(self.tr("CSV (spreadsheet)"), "csv")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Year:"), self.year_spin)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(buttons)

    @property
    def year(self) -> int:
        return self.year_spin.value()

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())


class ReceiptsBookButton(QPushButton):
    """"Receipts book…": the dialog, the file, then the export in the job runner; the
    outcome goes to `show_status(text, error, tooltip)`."""

    def __init__(self, ctx: AppContext, show_status: Callable[..., None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_status = show_status
        self.job: Job | None = None
        self.clicked.connect(self.choose)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setText(self.tr("Receipts book…"))
        self.setToolTip(self.tr("Save the receipts book of a year (livre des recettes) as a "
                                "PDF to print or a CSV file"))

    def choose(self) -> None:
        dialog = ReceiptsBookDialog(self.ctx.clock.now().year, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, fmt = dialog.year, dialog.fmt
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("receipts-book-{year}.{suffix}").format(year=year, suffix=fmt)
        kinds = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self.window(), self.tr("Save the receipts book"), str(Path(folder) / name), kinds)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.start(year, fmt, path)

    def start(self, year: int, fmt: str, path: str | Path) -> Job:
        """Write the book of `year` as `fmt` ("pdf" or "csv") at `path`, in the background."""
        path = Path(path)
        text = self.tr("Writing the receipts book to {name}").format(name=path.name)
        lang = "fr" if self.ctx.i18n.locale().name().startswith("fr") else "en"
        fn = functools.partial(export_receipts_book, self.ctx.store, year, fmt, path, lang,
                               self.ctx.clock.now())
        self.setEnabled(False)
        self.job = self.ctx.jobs.submit(text, fn, on_finished=self._finished,
                                        on_failed=self._failed, on_cancelled=self._cancelled)
        return self.job

    def _finished(self, result: tuple[Path, int]) -> None:
        path, lines = result
        self.setEnabled(True)
        self.show_status(self.tr("Receipts book written to {name}: %n line(s)", "",
                                 lines).format(name=path.name), False, str(path))

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.show_status(self.tr("The receipts book could not be written: {error}").format(
            error=error_text(error)), True, "")

    def _cancelled(self) -> None:
        self.setEnabled(True)
        self.show_status(self.tr("Export cancelled."), False, "")

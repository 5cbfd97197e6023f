"""A Québec invoice in French says « Total avant taxes » and « Total » (France's HT/TTC are not
Québec's words), and the Tax column leaves the description room (rw17: it shrank to four
lines)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from desktop.invoice_pdf import export_document_pdf
from tests import invoice_samples as samples
from tests.gui.test_invoice_pdf import pdf_text

DESCRIPTION = "Relecture et traduction de la fiche technique d'un produit"


def _lines(path: Path) -> list[str]:
    doc = QPdfDocument()
    doc.load(str(path))
    try:
        text = doc.getAllText(0).text()
    finally:
        doc.close()
    return [" ".join(line.split()) for line in text.replace("\u00a0", " ").splitlines()]


def test_a_quebec_invoice_in_french_says_avant_taxes_and_keeps_the_description_wide(
        qapp, tmp_path: Path) -> None:
    data = samples.quebec_invoice(language="fr")
    data = replace(data, lines=(replace(data.lines[0], description=DESCRIPTION),
                                data.lines[1]))
    out = tmp_path / "qc.pdf"
    export_document_pdf(data, out)
    text = pdf_text(out)
    assert "Total avant taxes" in text and "Total " in text
    assert " HT" not in text and "TTC" not in text
    # the description on three lines at most (it took four when the Tax column showed)
    lines = _lines(out)
    first = next(i for i, line in enumerate(lines) if line.startswith("Relecture"))
    joined = " ".join(lines[first:first + 3])
    assert "produit" in joined, lines[first:first + 4]

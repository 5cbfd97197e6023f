"""Screenshots of issue 17: on the demo store, an invoice and a quote issued in each language
(from completed Direct orders), the Invoices page showing them, the quote's edit dialog, and
the invoice and quote PDFs rendered to PNG (QPdfDocument) as a PDF viewer shows them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter


def seed_documents(store: Any, now: datetime) -> dict[str, dict[str, int]]:
    """{lang: {"invoice": id, "quote": id, "draft": id}}: per language, an issued invoice and
    an issued quote of completed Direct orders, and a draft quote (for the edit dialog). A
    client without an address gets one (an invoice cannot be issued without it)."""
    from sqlalchemy import select

    from storage import settings
    from storage.errors import ValidationError
    from storage.invoicing import documents as docs
    from storage.tables import Client, Order, OrderStatus, Platform

    with store.session() as s:
        today = now.astimezone(settings.local_zone(s)).date()
        direct = s.scalar(select(Platform.id).where(Platform.name == "Direct"))
        candidates = [o.id for o in s.scalars(
            select(Order).where(Order.platform_id == direct,
                                Order.status == OrderStatus.COMPLETED)
            .order_by(Order.completed_at.desc()).limit(40))]
    out: dict[str, dict[str, int]] = {}
    used: set[int] = set()
    for lang in ("fr", "en"):
        made: dict[str, int] = {}
        for kind in ("invoice", "quote", "draft"):
            for order_id in candidates:
                if order_id in used:
                    continue
                try:
                    with store.transaction() as s:
                        order = s.get(Order, order_id)
                        client = s.get(Client, order.client_id)
                        if not client.address.strip():
                            client.address = ("12 quai Est\n69002 Lyon" if lang == "fr"
                                              else "40 Bank Street\nOttawa ON K1P 5N2")
                        doc = docs.create_draft(s, "quote" if kind == "draft" else kind,
                                                today=today, order_id=order_id)
                        docs.update_draft(s, doc.id, {"language": lang})
                        doc_id = doc.id
                    if kind != "draft":
                        docs.issue(store, doc_id, today)
                except ValidationError:
                    continue
                used.add(order_id)
                made[kind] = doc_id
                break
        out[lang] = made
    return out


def pdf_png(store: Any, document_id: int, path: Path, width: int = 1240) -> Path:
    """The document's PDF (as `atelier invoice pdf` writes it), its first page rendered to a
    PNG on white, as a PDF viewer shows it."""
    import tempfile

    from PySide6.QtPdf import QPdfDocument

    from desktop.invoice_pdf import document_pdf
    from storage.invoicing.documents import to_data

    with store.session() as s:
        data = to_data(s, document_id)
    pdf, _xml = document_pdf(data)
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "document.pdf"
        file.write_bytes(pdf)
        doc = QPdfDocument()
        doc.load(str(file))
        page = doc.pagePointSize(0)
        height = round(width * page.height() / page.width())
        image = doc.render(0, QSize(width, height))
        doc.close()
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not flat.save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path

"""The Deliverables tab: a text deliverable opens as a draft, a file one in its usual app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from storage.tables import Deliverable, DeliverableKind, DeliverableVersion, Order, Origin


def _file_deliverable(ctx, order_id: int, path: Path) -> None:
    with ctx.store.transaction() as s:
        d = Deliverable(order_id=order_id, kind=DeliverableKind.FILE, title="Board.pdf")
        d.versions.append(DeliverableVersion(origin=Origin.HUMAN, file_path=str(path)))
        s.add(d)


def test_a_file_deliverable_opens_its_file_not_the_drafts_page(
    window, demo_ctx, qtbot, tmp_path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    pdf = tmp_path / "board.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with demo_ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).limit(1))
    _file_deliverable(demo_ctx, order_id, pdf)
    orders = window.show_page("orders")
    orders.select_order(order_id)
    tree = orders.deliverables_list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).text(0) == "Board.pdf"]
    assert len(items) == 1
    orders.deliverables_list.itemDoubleClicked.emit(items[0], 0)
    assert opened == [str(pdf)]
    assert window.current_page_id() == "orders"


def test_a_missing_file_says_so(window, demo_ctx, tmp_path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    with demo_ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).limit(1))
    gone = tmp_path / "gone.pdf"
    _file_deliverable(demo_ctx, order_id, gone)
    orders = window.show_page("orders")
    orders.select_order(order_id)
    with demo_ctx.store.session() as s:
        deliverable_id = s.scalar(select(Deliverable.id).where(Deliverable.title == "Board.pdf"))
    assert orders.open_deliverable_file(deliverable_id) is False
    assert warnings and str(gone) in warnings[0]

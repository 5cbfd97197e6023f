"""The main dialogs, each opened on a realistic record of the store, for the screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.context import AppContext


def dialog_factories(ctx: AppContext,
                     parent: QWidget) -> list[tuple[str, Callable[[], QWidget]]]:
    """The main dialogs, each on a realistic record of the store (for screenshots)."""
    from desktop.ui.dialogs.client_dialog import ClientDialog
    from desktop.ui.dialogs.gig_dialog import GigDialog
    from desktop.ui.dialogs.order_dialog import OrderDialog
    from desktop.ui.dialogs.payment_dialog import PaymentDialog
    from storage.tables import Client, Gig, Order, OrderStatus

    with ctx.store.session() as s:
        order_id = s.scalar(select(Order.id).where(Order.status == OrderStatus.IN_PROGRESS)
                            .order_by(Order.id.desc()).limit(1))
        gig_id = s.scalar(select(Gig.id).order_by(Gig.id).limit(1))
        client_id = s.scalar(select(Client.id).order_by(Client.id).limit(1))
    out: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-new-order", lambda: OrderDialog(ctx, None, parent)),
    ]
    if order_id is not None:
        out.append(("dialog-edit-order", lambda: OrderDialog(ctx, order_id, parent)))
        out.append(("dialog-payment", lambda: PaymentDialog(ctx, order_id, parent)))
    if gig_id is not None:
        out.append(("dialog-gig", lambda: GigDialog(ctx, gig_id, parent=parent)))
    if client_id is not None:
        out.append(("dialog-client", lambda: ClientDialog(ctx, client_id, parent)))
    out.append(("dialog-import-preview", lambda: import_preview(ctx, parent)))
    out.append(("dialog-column-mapping", lambda: column_mapping(ctx, parent)))
    return out


#: The export the import dialogs are shown on (issue 15): a real PayPal activity download.
SAMPLE_EXPORT = (Path(__file__).resolve().parents[3] / "shared" / "testdata" / "exports"
                 / "paypal_activity_download_en.csv")
SYNTHETIC_EXPORT = (
    '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
    '"From Email Address","To Email Address","Transaction ID","Subject"\n'
    '"23/11/2026","10:12:00","CET","Studio Lumen","Website Payment","Completed","EUR",'
    '"320.00","-11.55","308.45","pay@lumen.example","me@example.com","8A1","Logo, invoice 41"\n'
    '"19/11/2026","16:40:00","CET","Kasbah Travel","General Payment","Completed","EUR",'
    '"1,250.00","-43.10","1,206.90","pay@kasbah.example","me@example.com","8A2",'
    '"Brochure translation"\n')


def sample_export(ctx: AppContext) -> Path:
    """The real PayPal sample beside the project, else a small one like it."""
    if SAMPLE_EXPORT.is_file():
        return SAMPLE_EXPORT
    path = ctx.data_dir / "paypal-sample.csv"
    path.write_text(SYNTHETIC_EXPORT, "utf-8")
    return path


def import_preview(ctx: AppContext, parent: QWidget) -> QWidget:
    """File › Import payments…'s preview of the sample export against the demo store."""
    from desktop.jobs import JobContext
    from desktop.ui.dialogs.import_payments import (
        ImportPreviewDialog,
        plan_files,
        read_files,
    )

    entries = read_files([sample_export(ctx)], ctx.data_dir, JobContext())
    plan = plan_files(ctx.store, entries, JobContext())
    dialog = ImportPreviewDialog(ctx, plan, parent)  # type: ignore[arg-type]
    dialog.table.selectRow(0)
    dialog.resize(1100, 640)  # as on a screen with room (the offscreen one is 800 × 800)
    return dialog


def column_mapping(ctx: AppContext, parent: QWidget) -> QWidget:
    """The mapping dialog of a CSV no profile knows, shown on the sample export."""
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
    from storage.imports.reading import read_table

    dialog = ColumnMappingDialog(ctx, read_table(sample_export(ctx)), parent)
    dialog.resize(900, 720)  # as on a screen with room (the offscreen one is 800 × 800)
    return dialog

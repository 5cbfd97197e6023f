"""The main dialogs, each opened on a realistic record of the store, for the screenshots."""

from __future__ import annotations

from collections.abc import Callable

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
    return out

"""Dialogs: forms that write through the storage rules."""

from desktop.ui.dialogs.order_dialog import OrderDialog
from desktop.ui.dialogs.payment_dialog import PaymentDialog, payment_kind_label

__all__ = ["OrderDialog", "PaymentDialog", "payment_kind_label"]

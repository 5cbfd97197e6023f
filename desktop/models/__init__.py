"""Qt item models over the store."""

from desktop.models.orders_model import OrdersModel, status_label

__all__ = ["OrdersModel", "status_label"]

"""Qt item models over the store."""

from desktop.itemmodels.orders_model import OrdersModel, status_label

__all__ = ["OrdersModel", "status_label"]

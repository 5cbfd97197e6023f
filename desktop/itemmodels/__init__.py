"""Qt item models over the store."""

from desktop.itemmodels.orders_model import OrdersModel

__all__ = ["OrdersModel"]

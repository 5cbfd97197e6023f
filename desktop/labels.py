"""The words the interface uses for storage's codes, translated once: an order's status,
and a refused status change (a TransitionError carries codes; it is worded here).

storage/ keeps its own English words (`storage.orders.STATUS_LABELS`) for what has no Qt: the
CLI's and the .ics export's text. Every page and dialog uses this table:

    from desktop.labels import status_label
    item.setText(status_label(order.status))       # "In progress" / "En cours"
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.errors import TransitionError
from storage.tables import OrderStatus

S = OrderStatus

#: English labels, listed for Qt Linguist in the "OrderStatus" context
ORDER_STATUS_LABELS: dict[OrderStatus, str] = {
    S.AWAITING_REQUIREMENTS: QT_TRANSLATE_NOOP("OrderStatus", "Awaiting requirements"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("OrderStatus", "In progress"),
    S.DELIVERED: QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    S.REVISION_REQUESTED: QT_TRANSLATE_NOOP("OrderStatus", "Revision requested"),
    S.COMPLETED: QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
    S.CANCELLED: QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    S.DISPUTED: QT_TRANSLATE_NOOP("OrderStatus", "Disputed"),
}

_CANNOT = QT_TRANSLATE_NOOP("OrderStatus", "An order cannot go from “{current}” to “{target}”.")
_CAN_GO = QT_TRANSLATE_NOOP("OrderStatus", "From “{current}” it can go to: {allowed}.")
_FINAL = QT_TRANSLATE_NOOP("OrderStatus", "“{current}” is final.")
_SEPARATOR = QT_TRANSLATE_NOOP("OrderStatus", ", ")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderStatus", text)


def status_label(status: OrderStatus | str) -> str:
    """An order status as a person reads it, in the interface's language."""
    return _tr(ORDER_STATUS_LABELS[OrderStatus(status)])


def transition_text(error: TransitionError) -> str:
    """A refused status change, worded from the error's codes in the interface's language
    (the status names in lower case inside the sentence, as storage's English has them)."""

    def name(code: str) -> str:
        return status_label(code).lower()

    text = _tr(_CANNOT).format(current=name(error.current), target=name(error.target))
    if error.allowed:
        hint = _tr(_CAN_GO).format(current=name(error.current),
                                   allowed=_tr(_SEPARATOR).join(name(a) for a in error.allowed))
    else:
        hint = _tr(_FINAL).format(current=name(error.current))
    return f"{text} {hint}"

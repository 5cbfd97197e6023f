"""Net per hour where lists and panels show it: the texts ("€18.40/h"), the mark of a figure
below the person's minimum (a colour of desktop.ui.style and words, not colour alone), the
period choice, and a column helper for the Gigs, Clients and Platforms tables.

The figures come from storage.pay; this module only formats them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from desktop.ui import style
from storage.income import IncomeRow
from storage.pay import MIN_TRACKED_SECONDS, PAY_SPANS, MinimumRate, below_minimum, too_little_time

BELOW_COLOUR = QColor(style.WARNING)


def span_names() -> dict[str, str]:
    return {"month": QCoreApplication.translate("PayPerHour", "This month"),
            "3months": QCoreApplication.translate("PayPerHour", "Last 3 months"),
            "year": QCoreApplication.translate("PayPerHour", "This year"),
            "all": QCoreApplication.translate("PayPerHour", "All time")}


def period_combo(default: str = "3months") -> QComboBox:
    """The period net per hour is measured over (storage.pay.PAY_SPANS)."""
    combo = QComboBox()
    # sized again when the language changes, not only when first shown
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for span in PAY_SPANS:
        combo.addItem("", span)
    combo.setCurrentIndex(PAY_SPANS.index(default))
    retranslate_period_combo(combo)
    return combo


def retranslate_period_combo(combo: QComboBox) -> None:
    names = span_names()
    # The choice says what it governs: only the Net/h column follows it (the counts and the
    # net beside it are all-time), and "This month" alone read as if everything did.
    for i in range(combo.count()):
        combo.setItemText(i, QCoreApplication.translate("PayPerHour", "Net/h · {period}").format(
            period=names[combo.itemData(i)]))
    combo.setToolTip(QCoreApplication.translate(
        "PayPerHour", "Net per hour over the payments and time of this period"))


def per_hour_text(money: Any, minor: int, currency: str) -> str:
    """"€18.40/h" (money: the i18n's money(minor, currency))."""
    return QCoreApplication.translate("PayPerHour", "{amount}/h").format(
        amount=money(minor, currency))


def below_text(money: Any, minimum: MinimumRate) -> str:
    return QCoreApplication.translate("PayPerHour", "Below your {amount}/h minimum").format(
        amount=money(minimum.minor, minimum.currency))


class PayColumn:
    """Net per hour of each row id over the chosen period, for a table model's column."""

    def __init__(self) -> None:
        self.rows: dict[int | None, IncomeRow] = {}
        self.currency = "EUR"
        self.minimum: MinimumRate | None = None

    def set(self, rows: dict[int | None, IncomeRow], currency: str,
            minimum: MinimumRate | None) -> None:
        self.rows, self.currency, self.minimum = rows, currency, minimum

    def value(self, row_id: int | None) -> int | None:
        row = self.rows.get(row_id)
        return row.hourly_net_minor if row is not None else None

    def display(self, money: Any, row_id: int | None) -> str:
        value = self.value(row_id)
        return "—" if value is None else per_hour_text(money, value, self.currency)

    def sort_key(self, row_id: int | None) -> float:
        value = self.value(row_id)
        return float("-inf") if value is None else float(value)  # untracked sort lowest

    def below(self, row_id: int | None) -> bool:
        return below_minimum(self.value(row_id), self.currency, self.minimum)

    def role_data(self, money: Any, row_id: int | None, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.below(row_id):
            return BELOW_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.value(row_id) is None:
                row = self.rows.get(row_id)
                if row is not None and too_little_time(row.tracked_seconds):
                    return QCoreApplication.translate(
                        "PayPerHour", "Less than {minutes} min tracked in this period: too "
                        "little for a net per hour").format(minutes=MIN_TRACKED_SECONDS // 60)
                return QCoreApplication.translate("PayPerHour", "No time tracked in this period")
            if self.below(row_id) and self.minimum is not None:
                return below_text(money, self.minimum)
        return None

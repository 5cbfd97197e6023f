"""Attach a draft to an order (or to none): a searchable list of the orders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.context import AppContext
from desktop.ui.dialogs.order_dialog import combo_id
from desktop.ui.forms import FormDialog
from storage import drafts


class AttachDialog(FormDialog):
    """Choose the order a draft belongs to (or none)."""

    def __init__(self, ctx: AppContext, draft_id: int, order_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.result_value: int | None = None
        self.setWindowTitle(self.tr("Attach to an order"))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(440)
        self.combo.setMaxVisibleItems(20)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.addItem(self.tr("No order (a draft of its own)"), 0)
        with ctx.store.session() as s:
            choices = drafts.order_choices(s)
        for oid, title, client in choices:
            self.combo.addItem(f"{title} — {client}", oid)
        self.combo.setCurrentIndex(max(self.combo.findData(order_id or 0), 0))
        self.add_row("order", self.tr("Order"), self.combo)

    def select_order(self, order_id: int | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(order_id or 0), 0))

    def save(self) -> int | None:
        order_id = combo_id(self.combo)
        with self.ctx.store.transaction() as s:
            drafts.attach_to_order(s, self.draft_id, order_id)
        return order_id

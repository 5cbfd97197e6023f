"""What a write changed, and the one signal that tells the views (Anki's OpChanges, as a
flag set). A write names what it changes; the helper that runs it emits after the commit,
once, and each page refreshes when the change concerns it (``Page.topics``):

    # a synchronous write (a dialog's Save, a page's button)
    self.ctx.write(Changed.ORDERS | Changed.CLIENTS, lambda s: save_order(s, fields))

    # a job: the runner emits after it finished, before on_finished runs
    self.ctx.jobs.submit(self.tr("Importing…"), work, changes=Changed.ALL, on_finished=done)

    # a page
    class OrdersPage(Page):
        topics = Changed.ORDERS | Changed.PAYMENTS
"""

from __future__ import annotations

from enum import Flag, auto

from PySide6.QtCore import QObject, Signal


class Changed(Flag):
    """The parts of the store a write changed."""

    NONE = 0
    ORDERS = auto()
    CLIENTS = auto()
    GIGS = auto()
    PAYMENTS = auto()
    TIME = auto()
    SETTINGS = auto()
    PLATFORMS = auto()
    DRAFTS = auto()
    TRANSLATION = auto()
    BRAINSTORM = auto()
    #: a declaration marked done (its period locked in the receipts book)
    DECLARATIONS = auto()
    #: quotes, invoices and credit notes (storage/invoicing)
    DOCUMENTS = auto()
    #: a request sent to an inference server (the sent log, storage.privacy.record_sent)
    SENT = auto()
    #: everything (a restored backup, an imported store)
    ALL = (ORDERS | CLIENTS | GIGS | PAYMENTS | TIME | SETTINGS | PLATFORMS | DRAFTS
           | TRANSLATION | BRAINSTORM | DECLARATIONS | DOCUMENTS | SENT)


class StoreEvents(QObject):
    """``changed(Changed)`` is emitted after a write commits, with what it changed."""

    changed = Signal(object)

    def emit(self, changes: Changed) -> None:
        """Tell the views; nothing is emitted for ``Changed.NONE``."""
        if changes:
            self.changed.emit(changes)

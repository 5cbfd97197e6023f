"""The Invoices page (Ctrl+Shift+I): quotes, invoices, deposit invoices and credit notes, with
filters by kind and state, the selected document's detail, and what one does with them: a
new draft, its lines, issuing it (the missing mentions named first), a credit note, a payment
linked, the PDF (with its Factur-X XML), and the series check.

The workflows are storage.invoicing's (documents, settlement): here only widgets and wiring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text, phrase_text
from desktop.ui import style
from desktop.ui.dialogs.document_dialog import (
    ClientBillingDialog,
    DocumentDialog,
    LinkPaymentDialog,
    MissingMentionsDialog,
    NewDocumentDialog,
    PlatformDocumentDialog,
    quantity_text,
)
from desktop.ui.forms import confirm, guarded
from desktop.ui.pages.listing import SORT_ROLE, ListPage, RowTableModel
from storage.catalog import fold
from storage.errors import AtelierError, ValidationError

(COL_NUMBER, COL_KIND, COL_CLIENT, COL_ISSUED, COL_DUE, COL_TOTAL, COL_STATE) = range(7)
KIND_FILTERS = ("quote", "invoice", "credit_note")  # "invoice" shows deposit invoices too
#: a state's word per kind of document, each kind in its own context so that a translation
#: agrees with the kind's noun (French: Facture émise, Devis émis, Avoir émis)
KIND_STATE_CONTEXTS = {"invoice": "InvoiceStates", "deposit": "InvoiceStates",
                       "quote": "QuoteStates", "credit_note": "CreditNoteStates"}
KIND_STATES = {
    "InvoiceStates": {"issued": QT_TRANSLATE_NOOP("InvoiceStates", "Issued"),
                      "paid": QT_TRANSLATE_NOOP("InvoiceStates", "Paid"),
                      "partial": QT_TRANSLATE_NOOP("InvoiceStates", "Partly paid"),
                      "overdue": QT_TRANSLATE_NOOP("InvoiceStates", "Overdue"),
                      "cancelled": QT_TRANSLATE_NOOP("InvoiceStates", "Cancelled")},
    "QuoteStates": {"issued": QT_TRANSLATE_NOOP("QuoteStates", "Issued"),
                    "accepted": QT_TRANSLATE_NOOP("QuoteStates", "Accepted"),
                    "declined": QT_TRANSLATE_NOOP("QuoteStates", "Declined"),
                    "cancelled": QT_TRANSLATE_NOOP("QuoteStates", "Cancelled")},
    "CreditNoteStates": {"issued": QT_TRANSLATE_NOOP("CreditNoteStates", "Issued"),
                         "cancelled": QT_TRANSLATE_NOOP("CreditNoteStates", "Cancelled")},
}
STATE_FILTERS = ("draft", "issued", "accepted", "declined", "paid", "partial", "overdue",
                 "cancelled")


@dataclass(frozen=True)
class DocRow:
    id: int
    kind: str
    number: str  # "" for a draft
    client: str
    client_id: int
    order_id: int | None
    issue_date: date | None
    due_date: date | None
    total_minor: int
    paid_minor: int
    currency: str
    state: str  # draft, issued, accepted, declined, paid, partial, overdue, cancelled
    external: bool
    credited_minor: int = 0  # issued credit notes against an invoice


def document_rows(s: Any, today: date) -> list[DocRow]:
    """Every document as the page lists it; an issued invoice's state is its settlement
    (paid, partial, overdue; "issued" while nothing is paid and it is not due)."""
    from storage.invoicing import documents as docs
    from storage.invoicing.settlement import settlement
    from storage.tables import Client

    names = dict(s.execute(select(Client.id, Client.name)).all())
    rows = []
    for doc in docs.list_documents(s):
        total = docs.to_data(s, doc.id).total_minor
        state, paid, credited = doc.state, 0, 0
        if doc.kind in ("invoice", "deposit") and doc.state == "issued" and not doc.external:
            settled = settlement(s, doc.id, today)
            paid, credited = settled.paid_minor, settled.credited_minor
            state = "issued" if settled.state == "unpaid" else settled.state
        rows.append(DocRow(doc.id, doc.kind, doc.number or "", names.get(doc.client_id, ""),
                           doc.client_id, doc.order_id, doc.issue_date, doc.due_date, total,
                           paid, doc.currency, state, doc.external, credited))
    return rows


class DocumentTableModel(RowTableModel):
    columns = 7
    numeric = (COL_TOTAL,)
    right_headers = (COL_TOTAL,)

    def __init__(self, ctx: AppContext, page: InvoicesPage) -> None:
        super().__init__(ctx, page)
        self.page = page
        self.rows: list[DocRow] = []

    def set_rows(self, rows: list[DocRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.texts_changed()

    def display(self, row: DocRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or self.page.draft_label()
        if column == COL_KIND:
            return self.page.kind_name(row.kind)
        if column == COL_CLIENT:
            return row.client
        if column == COL_ISSUED:
            return self.ctx.i18n.date(row.issue_date) if row.issue_date else "—"
        if column == COL_DUE:
            return self.ctx.i18n.date(row.due_date) if row.due_date else "—"
        if column == COL_TOTAL:
            return self.ctx.i18n.money(row.total_minor, row.currency)
        return self.page.state_name(row.state, row.kind)

    def sort_key(self, row: DocRow, column: int) -> Any:
        if column == COL_NUMBER:
            return (row.number == "", row.number, row.id)
        if column in (COL_ISSUED, COL_DUE):
            day = row.issue_date if column == COL_ISSUED else row.due_date
            return day.toordinal() if day else 10**7
        if column == COL_TOTAL:
            return row.total_minor
        return super().sort_key(row, column)

    def role_data(self, row: DocRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE and \
                row.state == "overdue":
            from PySide6.QtGui import QColor

            return QColor(style.ERROR)
        return None


class DocumentFilterModel(QSortFilterProxyModel):
    """The search words (number, client), the kind and the state chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.kind = ""
        self.state = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, text: str, kind: str, state: str) -> None:
        self.beginFilterChange()
        self.words, self.kind, self.state = fold(text).split(), kind, state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DocumentTableModel)
        row = model.rows[source_row]
        if self.kind and row.kind != self.kind and not (
                self.kind == "invoice" and row.kind == "deposit"):
            return False
        if self.state and row.state != self.state:
            return False
        if self.words:
            hay = fold(f"{row.number} {row.client} {model.page.kind_name(row.kind)}")
            return all(w in hay for w in self.words)
        return True


class InvoicesPage(ListPage):
    topics = (Changed.DOCUMENTS | Changed.CLIENTS | Changed.PAYMENTS | Changed.SETTINGS
              | Changed.ORDERS)
    open_identity = Signal()  # a missing mention of the identity: the set-up opens

    def draft_label(self) -> str:
        """What the number column says of a document not issued yet."""
        return self.tr("Draft")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("InvoicesPage")
        self.dialog: QDialog | None = None  # the dialog opened last (tests, screenshots)
        self.job: Job | None = None

        self.make_search(180, 280)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.issue_button = QPushButton()
        self.accept_button = QPushButton()  # an issued quote: the client said yes
        self.decline_button = QPushButton()  # or no
        self.credit_button = QPushButton()
        self.pay_button = QPushButton()
        self.pdf_button = QPushButton()
        self.check_button = QPushButton()
        self.delete_button = QPushButton()
        toolbar = self.make_toolbar(
            (self.kind_combo, self.state_combo),
            (self.new_button, self.edit_button, self.issue_button, self.accept_button,
             self.decline_button, self.credit_button, self.pay_button, self.pdf_button,
             self.check_button, self.delete_button))

        self.model = DocumentTableModel(ctx, self)
        self.proxy = DocumentFilterModel(self)
        self.make_table("documentsTable", COL_NUMBER, 28)
        self.table.sortByColumn(COL_ISSUED, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CLIENT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_NUMBER, COL_KIND, COL_ISSUED, COL_DUE, COL_TOTAL, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.detail = self._build_detail()
        self.lay_out(toolbar, Qt.Orientation.Horizontal, (1, 0), (760, 320), self.detail)
        self.notice = QLabel()  # what the last action did (issued, written, the check)
        self.notice.setObjectName("invoicesNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.notice)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.state_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.issue_button.clicked.connect(lambda: self.issue_selected())
        self.credit_button.clicked.connect(lambda: self.credit_selected())
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.decline_button.clicked.connect(lambda: self.decline_selected())
        self.pay_button.clicked.connect(lambda: self.link_payment())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.check_button.clicked.connect(lambda: self.check_series())
        self.wire(lambda: self.new_document(), lambda: self.edit_draft(),
                  lambda: self.delete_draft())
        self.table.installEventFilter(self)  # Enter opens the draft, or the PDF

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.table.state() != QAbstractItemView.State.EditingState:
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def _build_detail(self) -> QFrame:
        self.detail_name, self.detail_meta = self.make_detail_heading()
        self.detail_dates = QLabel()
        self.detail_dates.setWordWrap(True)
        self.lines_tree = QTreeWidget()
        self.lines_tree.setObjectName("documentLinesView")
        self.lines_tree.setColumnCount(3)
        self.lines_tree.setRootIsDecorated(False)
        self.lines_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lheader = self.lines_tree.header()
        lheader.setStretchLastSection(False)
        lheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        lheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detail_total = style.bold(QLabel())
        self.detail_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_payment = QLabel()
        self.detail_payment.setWordWrap(True)
        self.detail_missing = QLabel()
        self.detail_missing.setObjectName("missingMentions")
        self.detail_missing.setWordWrap(True)
        style.error(self.detail_missing)
        self.detail_placeholder = QLabel()
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setWordWrap(True)
        style.muted(self.detail_placeholder)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for widget in (self.detail_name, self.detail_meta, self.detail_dates):
            column.addWidget(widget)
        column.addWidget(self.lines_tree, 1)
        column.addWidget(self.detail_total)
        column.addWidget(self.detail_payment)
        column.addWidget(self.detail_missing)
        frame = self.make_detail_frame("documentDetail", content)
        frame.setMinimumWidth(280)
        return frame

    # --- words ----------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {"quote": self.tr("Quote"), "invoice": self.tr("Invoice"),
                "deposit": self.tr("Deposit invoice"),
                "credit_note": self.tr("Credit note")}.get(kind, kind)

    def state_name(self, state: str, kind: str = "") -> str:
        """The state's word; with the kind, worded for it (French agrees with the noun:
        Facture émise, Devis émis, Avoir émis)."""
        context = KIND_STATE_CONTEXTS.get(kind)
        if context is not None and state in KIND_STATES[context]:
            return QCoreApplication.translate(context, KIND_STATES[context][state])
        return {"draft": self.tr("Draft"), "issued": self.tr("Issued"),
                "accepted": self.tr("Accepted"), "declined": self.tr("Declined"),
                "paid": self.tr("Paid"), "partial": self.tr("Partly paid"),
                "overdue": self.tr("Overdue"), "cancelled": self.tr("Cancelled")}.get(state, state)

    def title(self) -> str:
        return self.tr("Invoices")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Quotes and invoices"))
        self.search.setPlaceholderText(self.tr("Search number or client…"))
        for combo, everything, values, name in (
                (self.kind_combo, self.tr("All kinds"), KIND_FILTERS, self._kind_filter_name),
                (self.state_combo, self.tr("All states"), STATE_FILTERS, self.state_name)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.kind_combo.setToolTip(self.tr("Show one kind of document"))
        self.state_combo.setToolTip(self.tr("Show the documents in one state"))
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("Edi&t draft…"))  # Alt+E is the Edit menu
        self.issue_button.setText(self.tr("&Issue…"))
        self.issue_button.setToolTip(self.tr(
            "Give the draft the next number of the series; once issued it never changes"))
        self.accept_button.setText(self.tr("Acce&pt quote…"))
        self.accept_button.setToolTip(self.tr(
            "The client accepted this quote: it is marked accepted and a draft invoice with "
            "its lines is made (with an order when it had none)"))
        self.decline_button.setText(self.tr("De&cline quote…"))
        self.decline_button.setToolTip(self.tr("The client turned this quote down"))
        self.credit_button.setText(self.tr("C&redit note…"))
        self.credit_button.setToolTip(self.tr(
            "Cancel or correct an issued invoice with a credit note"))
        self.pay_button.setText(self.tr("&Link payment…"))
        self.pay_button.setToolTip(self.tr(
            "Record which payment (typed or imported) settles this invoice"))
        self.pdf_button.setText(self.tr("E&xport PDF…"))
        self.pdf_button.setToolTip(self.tr(
            "A printable PDF in the client's language; an issued invoice carries its "
            "Factur-X e-invoice"))
        self.check_button.setText(self.tr("Check &series"))
        self.check_button.setToolTip(self.tr(
            "Look for gaps and duplicates in the numbers, and drafts missing a mention"))
        self.delete_button.setText(self.tr("&Delete draft"))
        self.model.set_headers([
            self.tr("Number"), self.tr("Kind"), self.tr("Client"), self.tr("Issue date"),
            self.tr("Due"), self.tr("Total"), self.tr("State")])
        self.lines_tree.setHeaderLabels([self.tr("Line"), self.tr("Quantity"),
                                         self.tr("Amount")])
        self.detail_placeholder.setText(self.tr(
            "Select a document to see its lines, or make one with “New…”, or with "
            "“Quote…” and “Invoice…” on an order."))
        self._update_texts()
        if self._selected_id is not None:
            self._show_detail(self._selected_id)

    def _kind_filter_name(self, kind: str) -> str:
        return {"quote": self.tr("Quotes"), "invoice": self.tr("Invoices"),
                "credit_note": self.tr("Credit notes")}[kind]

    def _update_texts(self) -> None:
        self.show_counts(
            self.tr("%n document(s)", "", self.model.rowCount()), self.tr("{shown} of {total}"),
            self.tr("No quotes or invoices yet. Make one with “New…”, or with “Quote…” and "
                    "“Invoice…” on an order."),
            self.tr("No document matches these filters."))
        row = self.selected_row()
        draft = row is not None and row.state == "draft"
        issued_invoice = row is not None and row.kind in ("invoice", "deposit") and \
            row.state in ("issued", "paid", "partial", "overdue") and not row.external
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.issue_button.setEnabled(draft)
        open_quote = row is not None and row.kind == "quote" and row.state == "issued"
        self.accept_button.setEnabled(open_quote)
        self.decline_button.setEnabled(open_quote)
        self.credit_button.setEnabled(issued_invoice)
        self.pay_button.setEnabled(issued_invoice and row is not None and row.state != "paid")
        self.pdf_button.setEnabled(row is not None and not row.external)

    # --- data -----------------------------------------------------------------------------

    def today(self) -> date:
        from storage import settings

        with self.ctx.store.session() as s:
            zone = settings.local_zone(s)
        return self.ctx.clock.now().astimezone(zone).date()

    def showEvent(self, event: Any) -> None:
        # the CLI (another program) issues documents this window hears nothing about: the
        # page reads the store again each time it is shown
        self._stale = True
        super().showEvent(event)

    def refresh(self) -> None:
        today = self.today()
        with self.ctx.store.session() as s:
            rows = document_rows(s, today)
        keep = self._selected_id
        self.model.set_rows(rows)
        self._update_texts()
        self.show_rows(rows, keep)

    def _apply_filter(self) -> None:
        self.proxy.set_filters(self.search.text(), self.kind_combo.currentData() or "",
                               self.state_combo.currentData() or "")
        self._update_texts()
        if self._selected_id is not None and self._row_of(self._selected_id) < 0:
            self.select_id(None)

    def clear_filters(self) -> None:
        self.search.clear()
        self.kind_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(0)

    def set_filters(self, kind: str = "", state: str = "") -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_ids(self) -> list[int]:
        from desktop.ui.pages.listing import ID_ROLE

        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _show_detail(self, document_id: int | None) -> None:
        row = next((r for r in self.model.rows if r.id == document_id), None)
        if row is None:
            self.detail_stack.setCurrentWidget(self.detail_placeholder)
            return
        from storage.invoicing import documents as docs

        today = self.today()
        with self.ctx.store.session() as s:
            data = docs.to_data(s, row.id)
            missing = docs.missing_mentions(s, row.id, today) if row.state == "draft" else []
            corrected = ""
            doc = docs.get(s, row.id)
            if doc.corrects_id:
                corrected = docs.get(s, doc.corrects_id).number or ""
        money = self.ctx.i18n.money
        self.detail_name.setText(self.tr("{kind} {number}").format(
            kind=self.kind_name(row.kind), number=row.number or self.tr("(draft)")))
        meta = [row.client, self.state_name(row.state, row.kind)]
        if row.external:
            meta.append(self.tr("issued by the platform"))
        if corrected:
            meta.append(self.tr("corrects {number}").format(number=corrected))
        self.detail_meta.setText(" · ".join(m for m in meta if m))
        dates = []
        if row.issue_date:
            dates.append(self.tr("Issued {date}").format(date=self.ctx.i18n.date(row.issue_date)))
        if data.due_date:
            dates.append(self.tr("due {date}").format(date=self.ctx.i18n.date(data.due_date)))
        if data.valid_until:
            dates.append(self.tr("valid until {date}").format(
                date=self.ctx.i18n.date(data.valid_until)))
        dates.append(self.tr("in {language}").format(
            language=self.tr("French") if data.language == "fr" else self.tr("English")))
        self.detail_dates.setText(", ".join(dates))
        self.lines_tree.clear()
        for line in data.lines:
            item = QTreeWidgetItem([line.description, quantity_text(
                line.quantity, line.unit, self.ctx.i18n.language),
                                    money(line.net_minor, data.currency)])
            item.setToolTip(0, line.description)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines_tree.addTopLevelItem(item)
        total = self.tr("Total: {amount}").format(amount=money(data.total_minor, data.currency))
        if data.tax_minor:
            total = self.tr("Before tax {net} · tax {tax} · total {total}").format(
                net=money(data.net_minor, data.currency), tax=money(data.tax_minor, data.currency),
                total=money(data.total_minor, data.currency))
        self.detail_total.setText(total)
        pay = ""
        if row.kind in ("invoice", "deposit") and row.state in ("issued", "partial", "overdue",
                                                                "paid") and not row.external:
            pay = self.tr("Paid {paid} of {total}").format(
                paid=money(row.paid_minor, row.currency), total=money(row.total_minor,
                                                                      row.currency))
            if row.credited_minor:  # what is owed: total − credit notes − payments
                pay = self.tr("Paid {paid} of {owed} ({total} less {credited} of credit "
                              "notes)").format(
                    paid=money(row.paid_minor, row.currency),
                    owed=money(max(row.total_minor - row.credited_minor, 0), row.currency),
                    total=money(row.total_minor, row.currency),
                    credited=money(row.credited_minor, row.currency))
        self.detail_payment.setText(pay)
        self.detail_payment.setVisible(bool(pay))
        self.detail_missing.setText(
            self.tr("Missing before it can be issued:") + "\n" + "\n".join(
                f"• {phrase_text(p, 'storage')}" for p in missing) if missing else "")
        self.detail_missing.setVisible(bool(missing))
        self.detail_stack.setCurrentIndex(0)

    # --- actions --------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        if error:
            style.error(self.notice)
        else:
            self.notice.setStyleSheet("")
        self.notice.show()

    def _open(self, dialog: QDialog) -> QDialog:
        """Opens a dialog without blocking (window-modal); once it saved a document, that
        document is selected (the filters cleared if they hide it)."""
        self.dialog = dialog

        def saved() -> None:
            value = getattr(dialog, "result_value", None)
            if isinstance(value, int) and isinstance(dialog, DocumentDialog | NewDocumentDialog
                                                     | LinkPaymentDialog
                                                     | PlatformDocumentDialog):
                self.refresh()
                if self._row_of(value) < 0:
                    self.clear_filters()
                self.select_id(value)

        dialog.accepted.connect(saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_document(self) -> QDialog:
        dialog = NewDocumentDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.edit_draft(dialog.result_value))
        return self._open(dialog)

    def edit_draft(self, document_id: int | None = None) -> QDialog | None:
        document_id = document_id if document_id is not None else self._selected_id
        row = next((r for r in self.model.rows if r.id == document_id), None)
        if document_id is None or (row is not None and row.state != "draft"):
            return None
        return self._open(DocumentDialog(self.ctx, document_id, self))

    def open_selected(self) -> QDialog | Job | None:
        """Enter on a row: a draft opens for editing, an issued document's PDF opens in the
        system's viewer (written to the temporary folder first, in the background)."""
        row = self.selected_row()
        if row is None:
            return None
        if row.state == "draft":
            return self.edit_draft(row.id)
        if row.external:
            return None
        import tempfile

        from PySide6.QtCore import QUrl

        folder = Path(tempfile.gettempdir()) / "atelier-documents"
        folder.mkdir(exist_ok=True)
        path = str(folder / f"{row.number or row.id}.pdf".replace("/", "-"))
        job = self.export_pdf(path)
        if job is not None:
            job.finished.connect(lambda _r: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        return job

    def delete_draft(self) -> None:
        row = self.selected_row()
        if row is None or row.state != "draft":
            return
        if not confirm(self, self.tr("Delete draft"), self.tr(
                "Delete this draft {kind} for {client}? It has no number yet, so nothing is "
                "missing from the series.").format(kind=self.kind_name(row.kind).lower(),
                                                   client=row.client)):
            return
        from storage.invoicing.documents import delete_draft

        guarded(self, lambda: self.ctx.write(Changed.DOCUMENTS,
                                             lambda s: delete_draft(s, row.id)))

    def show_missing(self, missing: list, document_id: int) -> MissingMentionsDialog:
        """The mentions an issue lacks, named, with the places that fill them."""
        dialog = MissingMentionsDialog(missing, self)
        row = next((r for r in self.model.rows if r.id == document_id), None)
        dialog.open_identity.connect(self.open_identity.emit)
        if row is not None:
            dialog.open_client.connect(lambda: self._open(
                ClientBillingDialog(self.ctx, row.client_id, self)))
        dialog.edit_draft.connect(lambda: self.edit_draft(document_id))
        self._open(dialog)
        return dialog

    def issue_selected(self) -> bool:
        """Issue the selected draft after a confirmation; when mentions are missing, the
        dialog names them and nothing is issued. Returns whether it was issued."""
        row = self.selected_row()
        if row is None or row.state != "draft":
            return False
        from storage.invoicing import documents as docs

        today = self.today()
        try:
            with self.ctx.store.session() as s:
                missing = docs.missing_mentions(s, row.id, today)
                total = docs.to_data(s, row.id).total_minor
        except AtelierError as exc:
            self._say(error_text(exc), error=True)
            return False
        if missing:
            self.show_missing(missing, row.id)
            return False
        if not confirm(self, self.tr("Issue {kind}").format(kind=self.kind_name(row.kind)),
                       self.tr("Issue this {kind} to {client} for {total}? It takes the next "
                               "number of the series, dated {date}, and can never be changed "
                               "afterwards (a credit note corrects an invoice).").format(
                           kind=self.kind_name(row.kind).lower(), client=row.client,
                           total=self.ctx.i18n.money(total, row.currency),
                           date=self.ctx.i18n.date(today))):
            return False
        try:
            doc = docs.issue(self.ctx.store, row.id, today)
        except docs.MissingMentions as exc:
            self.show_missing(exc.missing, row.id)
            return False
        except (AtelierError, ValidationError) as exc:
            self._say(error_text(exc), error=True)
            return False
        number = doc.number or ""
        self.ctx.events.emit(Changed.DOCUMENTS)
        said = self.tr("Issued {kind} {number}.").format(
            kind=self.kind_name(row.kind).lower(), number=number)
        from storage.invoicing.settlement import settlement

        with self.ctx.store.session() as s:  # issuing links the order's payments received
            paid = settlement(s, row.id, today).paid_minor if row.kind != "quote" else 0
        if paid:
            said += " " + self.tr("The order's payments are linked to it: {paid} of {total} "
                                  "paid.").format(paid=self.ctx.i18n.money(paid, row.currency),
                                                  total=self.ctx.i18n.money(total,
                                                                            row.currency))
        self._say(said)
        self.select_id(row.id)
        return True

    def credit_selected(self) -> int | None:
        """A draft credit note cancelling the whole selected invoice (edit its lines to
        correct part of it), selected for issuing."""
        row = self.selected_row()
        if row is None or row.kind not in ("invoice", "deposit"):
            return None
        if not confirm(self, self.tr("Credit note"), self.tr(
                "Make a draft credit note for {number}? Issued as it is, it cancels the whole "
                "invoice; edit its lines first to correct only part of it.").format(
                    number=row.number)):
            return None
        from storage.invoicing.documents import credit_note

        today = self.today()
        note_id = guarded(self, lambda: self.ctx.write(
            Changed.DOCUMENTS, lambda s: credit_note(s, row.id, today).id))
        if note_id is not None:
            self.refresh()
            if self._row_of(note_id) < 0:
                self.clear_filters()
            self.select_id(note_id)
        return note_id

    def accept_selected(self) -> QDialog | None:
        """The client accepted the selected issued quote: marked accepted, and the draft
        invoice made from it opened for editing."""
        row = self.selected_row()
        if row is None or row.kind != "quote" or row.state != "issued":
            return None
        if not confirm(self, self.tr("Accept quote"), self.tr(
                "Mark quote {number} as accepted by {client}? A draft invoice with its lines "
                "is made, to issue when the work is done.").format(number=row.number,
                                                                    client=row.client)):
            return None
        from storage.invoicing.documents import accept_quote

        today = self.today()
        invoice_id = guarded(self, lambda: self.ctx.write(
            Changed.DOCUMENTS | Changed.ORDERS, lambda s: accept_quote(s, row.id, today).id))
        if invoice_id is None:
            return None
        self._say(self.tr("Quote {number} accepted: its draft invoice is open.").format(
            number=row.number))
        self.refresh()
        if self._row_of(invoice_id) < 0:
            self.clear_filters()
        self.select_id(invoice_id)
        return self.edit_draft(invoice_id)

    def decline_selected(self) -> bool:
        """The client turned the selected issued quote down."""
        row = self.selected_row()
        if row is None or row.kind != "quote" or row.state != "issued":
            return False
        if not confirm(self, self.tr("Decline quote"), self.tr(
                "Mark quote {number} as declined by {client}? It keeps its number.").format(
                    number=row.number, client=row.client)):
            return False
        from storage.invoicing.documents import decline_quote

        done = guarded(self, lambda: self.ctx.write(
            Changed.DOCUMENTS, lambda s: decline_quote(s, row.id) or True))
        if done:
            self._say(self.tr("Quote {number} declined.").format(number=row.number))
        return bool(done)

    def link_payment(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        return self._open(LinkPaymentDialog(self.ctx, row.id, self))

    def export_pdf(self, path: str | None = None) -> Job | None:
        """The selected document as a PDF, written in the background."""
        row = self.selected_row()
        if row is None or row.external:
            return None
        if path is None:
            name = f"{row.number or 'draft-' + str(row.id)}.pdf".replace("/", "-")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the document as PDF"), str(Path.home() / name),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        store, data_dir, document_id = self.ctx.store, self.ctx.data_dir, row.id

        def work(_job: Any) -> str:
            from desktop.invoice_pdf import export_document_pdf
            from storage import settings
            from storage.invoicing.documents import to_data

            with store.session() as s:
                data = to_data(s, document_id)
                setting = settings.get(s, "logo_path").strip()
            # the logo setting: a file, relative to the data folder (as `invoice pdf` reads it)
            logo = (data_dir / Path(setting).expanduser()) if setting else None
            if logo is not None and not logo.is_file():
                logo = None
            xml = export_document_pdf(data, path, logo)
            return "xml" if xml else ""

        def done(result: str) -> None:
            self._say(self.tr("Written to {path} (with its Factur-X e-invoice).").format(
                path=path) if result else self.tr("Written to {path}.").format(path=path))

        self.job = self.ctx.jobs.submit(
            self.tr("Writing the PDF…"), work, on_finished=done,
            on_failed=lambda error: self._say(self.tr("No PDF was written: {error}").format(
                error=error_text(error)), error=True))
        return self.job

    def check_series(self) -> Job:
        """Gaps and duplicates in the series, and drafts missing a mention, in the
        background; the result shows above the table."""
        store, today = self.ctx.store, self.today()

        def work(_job: Any) -> tuple[list, list]:
            from storage.invoicing import documents as docs

            with store.session() as s:
                problems = [p.text for p in docs.series_check(s)]
                drafts = [(d.id, docs.KINDS.index(d.kind), m)
                          for d, m in docs.drafts_missing_mentions(s, today)]
            return problems, drafts

        def done(result: tuple[list, list]) -> None:
            problems, drafts = result
            lines = [phrase_text(p, "storage") for p in problems]
            for doc_id, _kind, missing in drafts:
                row = next((r for r in self.model.rows if r.id == doc_id), None)
                lines.append(self.tr("Draft {kind} for {client} lacks: {missing}").format(
                    kind=self.kind_name(row.kind).lower() if row else "",
                    client=row.client if row else f"#{doc_id}",
                    missing="; ".join(phrase_text(m, "storage") for m in missing)))
            if not lines:
                self._say(self.tr("The series is whole: no gap, no number given twice."))
            else:
                self._say("\n".join(lines), error=bool(problems))

        self.job = self.ctx.jobs.submit(
            self.tr("Checking the series…"), work, on_finished=done,
            on_failed=lambda error: self._say(error_text(error), error=True))
        return self.job

    # --- from an order --------------------------------------------------------------------

    def create_for_order(self, order_id: int, kind: str) -> QDialog | QMessageBox | None:
        """"Quote…" or "Invoice…" on an order: the draft made from the order, opened for
        editing; an order a platform invoices says so and offers to record the platform's
        document instead."""
        from storage.invoicing import documents as docs
        from storage.invoicing.mentions import platform_invoiced
        from storage.tables import Order, Platform

        today = self.today()
        try:
            doc_id = self.ctx.write(Changed.DOCUMENTS, lambda s: docs.create_draft(
                s, kind, today=today, order_id=order_id).id)
        except ValidationError as exc:
            with self.ctx.store.session() as s:
                order = s.get(Order, order_id)
                platform = s.get(Platform, order.platform_id) if order else None
                by_platform = platform is not None and platform_invoiced(platform.name)
            if kind != "quote" and by_platform:
                return self.offer_platform_record(order_id, error_text(exc))
            self._say(error_text(exc), error=True)
            return None
        self.refresh()
        if self._row_of(doc_id) < 0:
            self.clear_filters()
        self.select_id(doc_id)
        return self.edit_draft(doc_id)

    def offer_platform_record(self, order_id: int, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The platform invoices"),
                          text, QMessageBox.StandardButton.Cancel, self)
        record = box.addButton(self.tr("&Record the platform's invoice…"),
                               QMessageBox.ButtonRole.AcceptRole)
        record.clicked.connect(lambda: self._open(
            PlatformDocumentDialog(self.ctx, order_id, self)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box  # type: ignore[assignment]
        box.open()
        return box

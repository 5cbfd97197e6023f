"""The Orders page: every order, filtered and sorted in SQL, with the detail of the selected
one: status actions, time tracking, payments, deliverables and history."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.i18n import relative_due
from desktop.itemmodels.orders_model import OrdersModel
from desktop.labels import status_label
from desktop.ui import forms, style
from desktop.ui.dialogs.order_dialog import OrderDialog, combo_id
from desktop.ui.dialogs.payment_dialog import PaymentDialog, payment_kind_label
from desktop.ui.pages.base import Page
from desktop.ui.pay_column import below_text, per_hour_text
from desktop.ui.widgets.adaptive_tabs import AdaptiveTabs
from desktop.ui.widgets.column_fit import ColumnFitter
from desktop.ui.widgets.empty_panel import EmptyPanel
from desktop.ui.widgets.flow_layout import FlowLayout, flow_row
from desktop.ui.widgets.plan_panel import PlanPanel
from storage import drafts, settings
from storage.errors import AtelierError, ValidationError
from storage.fees import payment_figures, platform_fee, received_from
from storage.orders import (
    WORK_PENDING_STATES,
    allowed_transitions,
    delete_order,
    has_orders,
    transition,
)
from storage.pay import (
    MIN_TRACKED_SECONDS,
    MinimumRate,
    OrderPay,
    below_minimum,
    minimum_hourly,
    order_pay,
)
from storage.queries import (
    ALL,
    LATE,
    OPEN,
    OrderDetail,
    OrderFilter,
    client_choices,
    order_detail,
    platform_choices,
    start_timer,
    stop_timer,
)
from storage.tables import DeliverableKind, Order, OrderEvent, OrderStatus
from storage.today import latest_rates

S = OrderStatus
SEARCH_DELAY_MS = 250
# The data of "All platforms" and "All clients": ids start at 1, and an item never holds None
# (see combo_id: PySide 6.12 loses a reference to None on each such conversion).
ANY = 0
#: the columns narrowed (text elided) when room lacks, and the narrowest each gets; the
#: title takes what is left (TITLE_MIN at least), due and price are always shown whole
FLEXIBLE_WIDTHS = {OrdersModel.CLIENT: 90, OrdersModel.GIG: 90, OrdersModel.STATUS: 100}
TITLE_MIN = 180


def _hms(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class OrdersPage(Page):
    """Orders: a filtered, sorted list (OrdersModel) and the selected order's detail.

    Programmatic use (tests, benchmarks): `set_filter(OrderFilter(...))` applies a filter at
    once; `select_order(id)` shows an order's detail; `new_order()` / `edit_order()` open the
    order dialog.
    """

    topics = (Changed.ORDERS | Changed.PAYMENTS | Changed.TIME | Changed.CLIENTS
              | Changed.PLATFORMS | Changed.GIGS | Changed.SETTINGS | Changed.DRAFTS)
    new_draft = Signal(int)  # "New draft from this order": the order's id
    open_draft = Signal(int)  # a text deliverable double-clicked: the draft's id
    brainstorm_order = Signal(int)  # "Brainstorm from this order": the order's id
    translate_order = Signal(int)  # "Translate a document for this order": the order's id
    open_models = Signal()  # the plan's "Open the Models page" (no chat model installed)
    quote_order = Signal(int)  # "Quote…": a draft quote from this order (the order's id)
    invoice_order = Signal(int)  # "Invoice…": a draft invoice from this order

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("OrdersPage")
        self.model = OrdersModel(ctx, self)
        self._current_id: int | None = None
        self._detail: OrderDetail | None = None
        self._lists_stale = True
        self._has_orders = True
        self._filtering = False

        # --- toolbar -----------------------------------------------------------------
        self.heading = QLabel()
        style.heading(self.heading)
        self.count_label = QLabel()
        style.muted(self.count_label)
        self.new_button = QPushButton()
        self.new_button.setDefault(False)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.status_combo = QComboBox()
        for key in (ALL, OPEN, LATE):
            self.status_combo.addItem("", key)
        self._status_separator = self.status_combo.count()
        self.status_combo.insertSeparator(self._status_separator)
        for status in S:
            self.status_combo.addItem("", status.value)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem("", ANY)
        for combo in (self.status_combo, self.platform_combo):
            # sized again when the language changes ("Toutes les pla▾" in French)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.client_combo = QComboBox()
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.setMaxVisibleItems(20)
        self.client_combo.setMinimumWidth(180)
        self.client_combo.addItem("", ANY)
        completer = self.client_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(8)
        title_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        title_row.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 2)
        filter_row.addWidget(self.status_combo)
        filter_row.addWidget(self.platform_combo)
        filter_row.addWidget(self.client_combo, 1)

        # --- the list --------------------------------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the detail panel
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        header.setSortIndicator(OrdersModel.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # the gig column, then net, status and client are hidden when the list is too narrow
        # for them (the detail panel shows them)
        self.column_fitter = ColumnFitter(
            self.table, OrdersModel.TITLE, (OrdersModel.DUE, OrdersModel.PRICE, OrdersModel.NET),
            FLEXIBLE_WIDTHS, key_min=TITLE_MIN, hide_first=(
                OrdersModel.GIG, OrdersModel.NET, OrdersModel.STATUS, OrdersModel.CLIENT))

        self.no_match_label = QLabel()
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setWordWrap(True)
        self.clear_filters_button = QPushButton()
        no_match = QWidget()
        nm_layout = QVBoxLayout(no_match)
        nm_layout.addStretch(1)
        nm_layout.addWidget(self.no_match_label)
        nm_layout.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        nm_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(no_match)

        # --- the detail panel --------------------------------------------------------------
        self.detail_stack = QStackedWidget()
        self.no_selection_label = QLabel()
        self.no_selection_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection_label.setWordWrap(True)
        style.muted(self.no_selection_label)
        self.detail_stack.addWidget(self.no_selection_label)
        self.detail_stack.addWidget(self._build_detail())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([740, 350])

        # --- empty store ---------------------------------------------------------------
        self.empty_title = QLabel()
        style.heading(self.empty_title)
        self.empty_label = QLabel()
        self.empty_new_button = QPushButton()
        empty = self.empty_panel = EmptyPanel(self.empty_title, self.empty_label,
                                              self.empty_new_button, 460)

        self.body_stack = QStackedWidget()
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.splitter, 1)
        self.body_stack.addWidget(self.list_page)
        self.body_stack.addWidget(empty)

        self.set_page_layout(title_row, self.body_stack)

        self.elapsed_timer = QTimer(self)
        self.elapsed_timer.setInterval(1000)

        # --- signals (all here) ------------------------------------------------------------
        self.new_button.clicked.connect(self.new_order)
        self.empty_new_button.clicked.connect(self.new_order)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.go_to_results)
        self.search_edit.installEventFilter(self)  # Down: to the results
        self.search_timer.timeout.connect(self.apply_filters)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.platform_combo.currentIndexChanged.connect(self.apply_filters)
        self.client_combo.currentIndexChanged.connect(self.apply_filters)
        self.client_combo.lineEdit().editingFinished.connect(self._client_text_done)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.model.modelReset.connect(self._after_reset)
        self.model.total_changed.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.edit_button.clicked.connect(self.edit_order)
        self.delete_button.clicked.connect(self.delete_current)
        for target, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.add_payment_button.clicked.connect(self.add_payment)
        self.quote_button.clicked.connect(lambda: self._emit_for_order(self.quote_order))
        self.invoice_button.clicked.connect(lambda: self._emit_for_order(self.invoice_order))
        self.new_draft_button.clicked.connect(self.draft_from_order)
        self.brainstorm_button.clicked.connect(self.brainstorm_from_order)
        self.translate_button.clicked.connect(self.translate_for_order)
        self.deliverables_list.itemDoubleClicked.connect(self._deliverable_activated)
        self.elapsed_timer.timeout.connect(self._tick)
        self._build_actions()

        self.retranslate()

    # --- order actions (Order menu, shortcuts, command palette) ---------------------------

    #: the order actions with a shortcut (none clashes with the main window's)
    SHORTCUTS = (("deliver", "Ctrl+D"), ("timer", "Ctrl+T"), ("payment", "Ctrl+Shift+P"),
                 ("draft", "Ctrl+Shift+N"))

    def _build_actions(self) -> None:
        """One QAction per button of the detail panel, triggering it: the main window puts
        them in its Order menu, the table in its context menu, the palette lists them. They
        are enabled only while this page shows an order whose button is shown."""
        self._action_buttons: dict[str, QPushButton | QToolButton] = {
            "start": self.action_buttons[S.IN_PROGRESS],
            "deliver": self.action_buttons[S.DELIVERED],
            "revision": self.action_buttons[S.REVISION_REQUESTED],
            "complete": self.action_buttons[S.COMPLETED],
            "dispute": self.action_buttons[S.DISPUTED],
            "cancel": self.action_buttons[S.CANCELLED],
            "timer": self.timer_button, "payment": self.add_payment_button,
            "quote": self.quote_button, "invoice": self.invoice_button,
            "draft": self.new_draft_button, "brainstorm": self.brainstorm_button,
            "translate": self.translate_button, "edit": self.edit_button,
            "delete": self.delete_button,
        }
        self.order_actions: dict[str, QAction] = {}
        shortcuts = dict(self.SHORTCUTS)
        for key, button in self._action_buttons.items():
            act = QAction(self)
            act.setObjectName(f"order_{key}")
            if key in shortcuts:
                act.setShortcut(QKeySequence(shortcuts[key]))
            act.setEnabled(False)
            act.triggered.connect(lambda _=False, b=button: b.click())
            self.order_actions[key] = act
        self.addActions(list(self.order_actions.values()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(list(self.order_actions.values()))
        self._action_notes: dict[str, str] = {}

    def action_button(self, key: str) -> QPushButton | QToolButton:
        """The panel's button that the order action `key` presses."""
        return self._action_buttons[key]

    def _retranslate_actions(self) -> None:
        self._action_notes = {
            "deliver": self.tr("Mark the work as sent to the client"),
            "revision": self.tr("The client asked for changes"),
            "timer": self.tr("Track the time you spend on this order"),
            "payment": self.tr("Record money received for this order"),
            "quote": self.tr("A draft quote from this order, on the Invoices page"),
            "invoice": self.tr("A draft invoice from this order, on the Invoices page (or the "
                               "platform's own invoice recorded)"),
            "draft": self.tr(
                "Write a text for this order on the Drafts page, with a local model if you "
                "like"),
            "brainstorm": self.tr(
                "Design ideas for this order's brief on the Brainstorm page, with a local "
                "model"),
            "translate": self.tr(
                "Pre-translate and review the client's document on the Translate page, with "
                "your translation memory and a local model"),
        }

    def _update_actions(self) -> None:
        """The actions follow the buttons: same words, enabled while the page is shown with
        an order and the button is offered; each button's tooltip names its shortcut."""
        live = self._detail is not None and self.isVisible()
        native = QKeySequence.SequenceFormat.NativeText
        for key, act in self.order_actions.items():
            button = self._action_buttons[key]
            act.setText(button.text())
            note = self._action_notes.get(key, "")
            act.setStatusTip(note)
            act.setEnabled(live and not button.isHidden() and button.isEnabled())
            tip = note
            if not act.shortcut().isEmpty():
                tip = self.tr("{action} ({keys})").format(
                    action=button.text().rstrip("…"), keys=act.shortcut().toString(native))
                tip = f"{tip}\n{note}" if note else tip
            button.setToolTip(tip)

    def _build_detail(self) -> QWidget:
        self.detail_title = QLabel()
        style.title(self.detail_title)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_subtitle = QLabel()
        self.detail_subtitle.setWordWrap(True)
        style.muted(self.detail_subtitle)
        self.detail_status = QLabel()
        style.status_pill(self.detail_status)
        self.detail_due = QLabel()

        # Status actions (only those the state machine allows are shown), wrapped as needed.
        self.action_buttons: dict[OrderStatus, QPushButton] = {
            target: QPushButton() for target in (S.IN_PROGRESS, S.DELIVERED,
                                                 S.REVISION_REQUESTED, S.COMPLETED,
                                                 S.DISPUTED, S.CANCELLED)}
        actions = FlowLayout(spacing=6)
        for button in self.action_buttons.values():
            actions.addWidget(button)
        self.edit_button = QToolButton()
        self.delete_button = QToolButton()

        # Time tracking.
        self.timer_caption = QLabel()
        self.elapsed_label = QLabel()
        style.bold(style.monospace(self.elapsed_label))
        self.timer_button = QPushButton()
        self.tracked_label = QLabel()
        style.muted(self.tracked_label)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_caption)
        timer_row.addWidget(self.elapsed_label)
        timer_row.addWidget(self.timer_button)
        timer_row.addStretch(1)
        timer_row.addWidget(self.tracked_label)
        # Net per hour: the figure the app exists to make visible.
        self.pay_label = QLabel()
        self.pay_label.setWordWrap(True)
        self._pay: tuple[OrderPay, MinimumRate | None] | None = None
        self._rates: tuple[str, dict[str, Decimal]] | None = None  # (home, latest rates)

        # Tabs: details, payments, deliverables, history (in a drop-down list when narrow).
        self.tabs = AdaptiveTabs()
        info = QWidget()
        self.info_form = QFormLayout(info)
        # the values take the whole column: a wrapped value (a long gig title) gets its height
        self.info_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.info_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.info_labels: dict[str, QLabel] = {}
        self.info_values: dict[str, QLabel] = {}
        for key in ("platform", "gig", "package", "reference", "received", "due", "delivered",
                    "completed", "cancelled", "revisions", "price", "fee", "net"):
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_labels[key], self.info_values[key] = caption, value
            self.info_form.addRow(caption, value)
        self.brief_caption = QLabel()
        self.brief_view = QPlainTextEdit()
        self.brief_view.setReadOnly(True)
        self.brief_view.setMinimumHeight(90)
        self.info_form.addRow(self.brief_caption)
        self.info_form.addRow(self.brief_view)
        self.notes_caption = QLabel()
        self.notes_view = QLabel()
        self.notes_view.setWordWrap(True)
        self.info_form.addRow(self.notes_caption, self.notes_view)
        # the order's plan (storage.plans), under the brief it breaks into tasks; not a tab of
        # its own: a fifth title does not fit the panel's tab bar at 1280 px
        self.plan_panel = PlanPanel(self.ctx)
        self.plan_panel.open_models.connect(self.open_models)
        self.info_form.addRow(self.plan_panel)
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        info_scroll.setWidget(info)

        payments = QWidget()
        p_layout = QVBoxLayout(payments)
        self.payments_list = QTreeWidget()
        self.payments_list.setRootIsDecorated(False)
        self.payments_list.setColumnCount(4)
        self.payments_list.setAlternatingRowColors(True)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        p_header = self.payments_list.header()
        p_header.setStretchLastSection(False)
        for col, mode in enumerate((fit, stretch, fit, fit)):
            p_header.setSectionResizeMode(col, mode)
        self.payments_empty = QLabel()
        style.muted(self.payments_empty)
        self.payments_empty.setWordWrap(True)
        self.add_payment_button = QPushButton()
        p_layout.addWidget(self.payments_list, 1)
        p_layout.addWidget(self.payments_empty)
        self.payments_spacer = QWidget()
        p_layout.addWidget(self.payments_spacer, 1)
        p_buttons = QHBoxLayout()
        p_buttons.addStretch(1)
        self.quote_button = QPushButton()  # a quote or an invoice made from the order
        self.invoice_button = QPushButton()
        p_buttons.addWidget(self.quote_button)
        p_buttons.addWidget(self.invoice_button)
        p_buttons.addWidget(self.add_payment_button)
        p_layout.addLayout(p_buttons)

        deliverables = QWidget()
        d_layout = QVBoxLayout(deliverables)
        self.deliverables_list = QTreeWidget()
        self.deliverables_list.setRootIsDecorated(False)
        self.deliverables_list.setColumnCount(3)
        d_header = self.deliverables_list.header()
        d_header.setStretchLastSection(False)
        for col, mode in enumerate((stretch, fit, fit)):
            d_header.setSectionResizeMode(col, mode)
        self.deliverables_empty = QLabel()
        style.muted(self.deliverables_empty)
        self.deliverables_empty.setWordWrap(True)
        self.new_draft_button = QPushButton()
        self.brainstorm_button = QPushButton()
        self.translate_button = QPushButton()
        d_layout.addWidget(self.deliverables_list, 1)
        d_layout.addWidget(self.deliverables_empty)
        self.deliverables_spacer = QWidget()
        d_layout.addWidget(self.deliverables_spacer, 1)
        d_buttons = QHBoxLayout()
        d_buttons.addStretch(1)
        d_buttons.addWidget(self.new_draft_button)
        d_layout.addLayout(d_buttons)
        b_buttons = QHBoxLayout()  # its own row: the detail pane is narrow
        b_buttons.addStretch(1)
        b_buttons.addWidget(self.brainstorm_button)
        d_layout.addLayout(b_buttons)
        t_buttons = QHBoxLayout()  # its own row too
        t_buttons.addStretch(1)
        t_buttons.addWidget(self.translate_button)
        d_layout.addLayout(t_buttons)

        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setSpacing(2)

        self.tabs.addTab(info_scroll, "")
        self.tabs.addTab(payments, "")
        self.tabs.addTab(deliverables, "")
        self.tabs.addTab(self.timeline, "")

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        status_row = QHBoxLayout()
        # the status and the due time wrap onto two lines rather than be cut ("Awaiting requiren")
        status_row.addWidget(flow_row(self.detail_status, self.detail_due, spacing=8), 1)
        status_row.addWidget(self.edit_button)
        status_row.addWidget(self.delete_button)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_subtitle)
        layout.addLayout(status_row)
        layout.addLayout(actions)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(timer_row)
        layout.addWidget(self.pay_label)
        layout.addWidget(self.tabs, 1)
        return panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.go_to_results()  # Down in the search box: into the results
            return True
        return super().eventFilter(watched, event)

    # --- Page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Orders")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Orders"))
        self.new_button.setText(self.tr("New order…"))
        self.new_button.setToolTip(self.tr("Enter an order you received (Ctrl+N)"))
        self.search_edit.setPlaceholderText(self.tr("Search title, brief, client, reference…"))
        self.search_edit.setToolTip(self.tr("Accents and case are ignored (Ctrl+F)"))
        texts = {ALL: self.tr("All orders"), OPEN: self.tr("Open"), LATE: self.tr("Late")}
        for i in range(self.status_combo.count()):
            if i == self._status_separator:
                continue
            key = self.status_combo.itemData(i)
            self.status_combo.setItemText(i, texts[key] if key in texts else status_label(key))
        self.platform_combo.setItemText(0, self.tr("All platforms"))
        self.client_combo.setItemText(0, self.tr("All clients"))
        self.no_match_label.setText(self.tr(
            "No orders match these filters.\nTry other words, or clear the filters."))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.no_selection_label.setText(self.tr("Select an order to see its details."))
        self.empty_panel.set_texts(
            self.tr("No orders yet"),
            self.tr("When a client buys one of your gigs or sends you work, enter it here: "
                    "Atelier keeps its deadline, its status and what it earned you."),
            self.tr("Enter your first order…"))
        self.action_buttons[S.DELIVERED].setText(self.tr("Deliver"))
        self.action_buttons[S.REVISION_REQUESTED].setText(self.tr("Request revision"))
        self.action_buttons[S.COMPLETED].setText(self.tr("Mark completed"))
        self.action_buttons[S.CANCELLED].setText(self.tr("Cancel order…"))
        self.action_buttons[S.DISPUTED].setText(self.tr("Open dispute"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.timer_caption.setText(self.tr("Timer"))
        self.add_payment_button.setText(self.tr("Add payment…"))
        self.quote_button.setText(self.tr("Quote…"))
        self.invoice_button.setText(self.tr("Invoice…"))
        self.new_draft_button.setText(self.tr("New draft from this order"))
        self.brainstorm_button.setText(self.tr("Brainstorm from this order"))
        self.translate_button.setText(self.tr("Translate a document for this order"))
        self.payments_list.setHeaderLabels(
            [self.tr("Received"), self.tr("Kind"), self.tr("Amount"), self.tr("Fee")])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for col in (2, 3):
            self.payments_list.headerItem().setTextAlignment(col, right)
        self.deliverables_list.headerItem().setTextAlignment(1, right)
        self.deliverables_list.setHeaderLabels(
            [self.tr("Title"), self.tr("Versions"), self.tr("Created")])
        self.payments_empty.setText(self.tr("No payment recorded for this order yet."))
        self.deliverables_empty.setText(self.tr(
            "No deliverable yet. Drafts and files you prepare for this order will be listed "
            "here."))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("Payments"))
        self.tabs.setTabText(2, self.tr("Deliverables"))
        self.tabs.setTabText(3, self.tr("History"))
        self.plan_panel.retranslate()
        captions = {
            "platform": self.tr("Platform"), "gig": self.tr("Gig"),
            "package": self.tr("Package"), "reference": self.tr("Reference"),
            "received": self.tr("Received"), "due": self.tr("Due"),
            "delivered": self.tr("Delivered"), "completed": self.tr("Completed"),
            "cancelled": self.tr("Cancelled"), "revisions": self.tr("Revisions"),
            "price": self.tr("Price"), "fee": self.tr("Platform fee"),
            "net": self.tr("Net received"),
        }
        for key, text in captions.items():
            self.info_labels[key].setText(text)
        self.brief_caption.setText(self.tr("Brief"))
        self.notes_caption.setText(self.tr("Notes"))
        self.model.retranslate()
        self._show_count(self.model.total)
        self._show_detail()
        self._retranslate_actions()
        self._update_actions()

    def refresh(self) -> None:
        if self._lists_stale:
            self._reload_lists()
        with self.ctx.store.session() as s:
            self._has_orders = has_orders(s)
        self.model.refresh()  # resets the model: _after_reset restores the selection

    def _on_changed(self, changes: Changed) -> None:
        if changes & (Changed.CLIENTS | Changed.PLATFORMS):
            self._lists_stale = True
        if changes & (Changed.PAYMENTS | Changed.SETTINGS):
            self._rates = None
        detail_only = Changed.TIME | Changed.PAYMENTS  # only the detail panel shows these
        if changes & detail_only and not changes & self.topics & ~detail_only \
                and self.isVisible():
            self._load_detail()
            return
        super()._on_changed(changes)

    # --- filters --------------------------------------------------------------------------

    def _reload_lists(self) -> None:
        self._lists_stale = False
        with self.ctx.store.session() as s:
            platforms = platform_choices(s)
            clients = client_choices(s)
        for combo, items in ((self.platform_combo, platforms), (self.client_combo, clients)):
            current = combo_id(combo)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    def current_filter(self) -> OrderFilter:
        """The filter the toolbar shows."""
        return OrderFilter(
            status=self.status_combo.currentData() or ALL,
            platform_id=combo_id(self.platform_combo),
            client_id=combo_id(self.client_combo),
            text=self.search_edit.text().strip(),
        )

    def apply_filters(self) -> None:
        """Query again with the toolbar's filter (the search box calls it after a pause)."""
        self.search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self._set_model_filter(flt)

    def set_filter(self, flt: OrderFilter) -> None:
        """Show `flt` in the toolbar and apply it at once."""
        if self._lists_stale:
            self._reload_lists()
        widgets = (self.status_combo, self.platform_combo, self.client_combo, self.search_edit)
        for w in widgets:
            w.blockSignals(True)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(flt.status), 0))
        self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(flt.platform_id)
                                                if flt.platform_id is not None else 0, 0))
        self.client_combo.setCurrentIndex(max(self.client_combo.findData(flt.client_id)
                                              if flt.client_id is not None else 0, 0))
        self.search_edit.setText(flt.text)
        for w in widgets:
            w.blockSignals(False)
        self.search_timer.stop()
        self._set_model_filter(self.current_filter())

    def _set_model_filter(self, flt: OrderFilter) -> None:
        self._filtering = True
        try:
            self.model.set_filter(flt)
        finally:
            self._filtering = False

    def clear_filters(self) -> None:
        self.set_filter(OrderFilter())

    def _client_text_done(self) -> None:
        """Typed client names: an empty box means every client; a name not in the list goes
        back to the chosen client."""
        combo = self.client_combo
        text = combo.currentText().strip()
        i = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if i >= 0:
            combo.setCurrentIndex(i)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_target(self) -> QWidget | None:
        """The table, on the order shown (else the first one), so Down selects the next."""
        if self.list_stack.currentIndex() != 0 or not self.model.rowCount():
            return None
        if not self.table.selectionModel().hasSelection():
            row = self.model.row_of(self._current_id) if self._current_id is not None else None
            self.select_order(self.model.order_id(row if row is not None else 0))
        return self.table

    def go_to_results(self) -> None:
        """Down or Enter in the search box: the search applied now, the keyboard in the
        table on its first order."""
        self.apply_filters()
        if self.list_stack.currentIndex() == 0 and self.model.rowCount():
            self.select_order(self.model.order_id(0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln order(s)", "", total))
        self.body_stack.setCurrentIndex(0 if self._has_orders else 1)
        self.count_label.setVisible(self._has_orders)
        self.new_button.setVisible(self._has_orders)  # the empty page has its own button
        self.list_stack.setCurrentIndex(0 if total or not self._has_orders else 1)

    # --- selection ------------------------------------------------------------------------

    def _after_reset(self) -> None:
        """After a new query: keep the order shown before selected. After a store change its
        detail stays even if it left the list; after a new filter, or when none was shown,
        the first row is shown."""
        row = self.model.row_of(self._current_id) if self._current_id is not None else None
        if row is None and (self._current_id is None or self._filtering):
            row = 0 if self.model.rowCount() else None
            self._current_id = self.model.order_id(0) if row is not None else None
        if row is not None:
            self._select_row(row)
        self._load_detail()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        sel.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        order_id = self.model.order_id(current.row())
        if order_id != self._current_id:
            self._current_id = order_id
            self._load_detail()

    def select_order(self, order_id: int | None) -> None:
        """Show an order's detail, and select its row when it is listed."""
        self._current_id = order_id
        row = self.model.row_of(order_id) if order_id is not None else None
        if row is not None:
            self._select_row(row)
        else:
            self.table.selectionModel().clearSelection()
        self._load_detail()

    def current_order_id(self) -> int | None:
        return self._current_id

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_order(self.model.order_id(index.row()))
            self.edit_order()

    # --- the detail panel ------------------------------------------------------------------

    def _load_detail(self) -> None:
        self._detail = None
        if self._current_id is not None:
            with self.ctx.store.session() as s:
                self._detail = order_detail(s, self._current_id)
                self._pay = None if self._detail is None else (
                    self._order_pay(s, self._detail.order), minimum_hourly(s))
            if self._detail is None:
                self._current_id = None
        self._show_detail()
        self._update_actions()

    def _order_pay(self, s: Session, order: Order) -> OrderPay:
        """order_pay with the stored rates read once until payments or settings change (they
        take a scan of the payments: 30–160 ms on a 100,000-order store, at every order
        shown)."""
        home = settings.home_currency(s)
        if order.currency == home:
            return order_pay(s, order)
        if self._rates is None or self._rates[0] != home:
            self._rates = (home, latest_rates(s, home))
        return order_pay(s, order, self._rates[1])

    def _show_detail(self) -> None:
        d = self._detail
        if d is None:
            self.detail_stack.setCurrentIndex(0)
            self.elapsed_timer.stop()
            self.plan_panel.set_order(None)
            return
        self.detail_stack.setCurrentIndex(1)
        o = d.order
        i18n = self.ctx.i18n
        now = self.ctx.clock.now()
        self.detail_title.setText(o.title)
        parts = [o.client.name, o.platform.name]
        if o.external_ref:
            parts.append(o.external_ref)
        self.detail_subtitle.setText(" · ".join(parts))
        self.detail_status.setText(status_label(o.status))
        due_text, color = "", ""
        if o.due_at is not None and o.status in WORK_PENDING_STATES:
            due_text = relative_due(o.due_at, now, self.ctx.i18n.zone)
            if o.due_at < now:
                color = style.ERROR_CSS + " font-weight: bold;"
        self.detail_due.setText(due_text)
        self.detail_due.setStyleSheet(color)

        allowed = set(allowed_transitions(o.status))
        for target, button in self.action_buttons.items():
            button.setVisible(target in allowed)
        start = self.action_buttons[S.IN_PROGRESS]
        start.setText(self.tr("Start work") if o.status is S.AWAITING_REQUIREMENTS
                      else self.tr("Resume work"))

        values = self.info_values
        values["platform"].setText(o.platform.name)
        values["gig"].setText(o.gig.title if o.gig else "—")
        values["package"].setText(o.package.tier if o.package else "—")
        values["reference"].setText(o.external_ref or "—")
        values["received"].setText(i18n.datetime(o.received_at))
        values["due"].setText(i18n.datetime(o.due_at) if o.due_at else self.tr("No due date"))
        for key, value in (("delivered", o.delivered_at), ("completed", o.completed_at),
                           ("cancelled", o.cancelled_at)):
            values[key].setText(i18n.datetime(value))
            self._set_info_visible(key, value is not None)
        included = o.package.revisions_included if o.package else None
        values["revisions"].setText(
            self.tr("%n of {included} used", "", o.revisions_used).format(included=included)
            if included is not None else self.tr("%n used", "", o.revisions_used))
        values["price"].setText(i18n.money(o.price_minor, o.currency))
        try:
            fee = platform_fee(o.platform, o.price_minor)
        except ValidationError:
            values["fee"].setText(self.tr("not set for {platform}").format(
                platform=o.platform.name))
            values["net"].setText("—")
        else:
            values["fee"].setText(i18n.money(-fee if fee else 0, o.currency))
            values["net"].setText(i18n.money(o.price_minor - fee, o.currency))
        # Once paid, what the payments say (fees they carry, net), else the expected figures.
        received = received_from(map(payment_figures, d.payments), o.currency)
        if received is not None:
            values["fee"].setText(i18n.money(-received.fee_minor, received.currency))
            values["net"].setText(i18n.money(received.net_minor, received.currency))
        self.info_labels["fee"].setText(
            self.tr("Platform fee") if received else self.tr("Expected platform fee"))
        self.info_labels["net"].setText(
            self.tr("Net received") if received else self.tr("Expected net"))
        self.brief_view.setPlainText(o.brief)
        self.brief_caption.setVisible(bool(o.brief))
        self.brief_view.setVisible(bool(o.brief))
        self.notes_view.setText(o.notes)
        self.notes_caption.setVisible(bool(o.notes))
        self.notes_view.setVisible(bool(o.notes))

        self._show_timer()
        self.pay_label.setText(self.pay_text())
        self._fill_payments(d)
        self._fill_deliverables(d)
        self._fill_timeline(d)
        self.plan_panel.set_order(o.id)

    def pay_text(self) -> str:
        """"€18.40/h net · 2 h 15 min tracked", or "No time tracked"; marked (colour and
        words) when below the person's minimum hourly rate."""
        style.muted(self.pay_label)
        self.pay_label.setToolTip("")
        if self._pay is not None and self._pay[0].too_little_time:  # storage.pay's rule
            return self.tr("Not enough time tracked yet for a net per hour ({time} at "
                           "least)").format(time=self.duration_text(
                               timedelta(seconds=MIN_TRACKED_SECONDS)))
        if self._pay is None or self._pay[0].per_hour_minor is None:
            return self.tr("No time tracked")
        pay, minimum = self._pay
        money = self.ctx.i18n.money
        rate = per_hour_text(money, pay.per_hour_minor, pay.currency)
        tracked = self.duration_text(timedelta(seconds=pay.tracked_seconds))
        text = (self.tr("{rate} net · {time} tracked") if pay.received
                else self.tr("{rate} net expected · {time} tracked")).format(
            rate=rate, time=tracked)
        self.pay_label.setToolTip(self.tr(
            "Net after the platform's fees, in your home currency, divided by the time "
            "tracked on this order"))
        if minimum is not None and below_minimum(pay.per_hour_minor, pay.currency, minimum):
            style.coloured(self.pay_label, style.WARNING)
            text = f"{text} · {below_text(money, minimum)}"
        return text

    def _set_info_visible(self, key: str, visible: bool) -> None:
        self.info_labels[key].setVisible(visible)
        self.info_values[key].setVisible(visible)

    def _show_timer(self) -> None:
        d = self._detail
        if d is None:
            return
        running = d.running is not None
        self.timer_button.setText(self.tr("Stop timer") if running else self.tr("Start timer"))
        self.elapsed_label.setVisible(running)
        if running:
            if not self.elapsed_timer.isActive():
                self.elapsed_timer.start()
        else:
            self.elapsed_timer.stop()
        self._tick()

    def _tick(self) -> None:
        d = self._detail
        if d is None:
            return
        now = self.ctx.clock.now()
        if d.running is not None:
            self.elapsed_label.setText(_hms(now - d.running.started_at))
        self.tracked_label.setText(self.tr("Tracked: {time}").format(
            time=self.duration_text(d.tracked_at(now))))

    def duration_text(self, delta: timedelta) -> str:
        minutes = int(delta.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    def _fill_payments(self, d: OrderDetail) -> None:
        i18n = self.ctx.i18n
        self.payments_list.clear()
        for p in d.payments:
            item = QTreeWidgetItem([i18n.date(p.received_at), payment_kind_label(p.kind),
                                    i18n.money(p.amount_minor, p.currency),
                                    i18n.money(p.fee_minor, p.currency) if p.fee_minor else "—"])
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if p.note:
                item.setToolTip(0, p.note)
                item.setToolTip(1, p.note)
            self.payments_list.addTopLevelItem(item)
        self.payments_list.setVisible(bool(d.payments))
        self.payments_empty.setVisible(not d.payments)
        self.payments_spacer.setVisible(not d.payments)

    def _fill_deliverables(self, d: OrderDetail) -> None:
        self.deliverables_list.clear()
        for line in d.deliverables:
            item = QTreeWidgetItem([line.title, str(line.versions),
                                    self.ctx.i18n.date(line.created_at)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, line.title)
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, line.kind.value)
            self.deliverables_list.addTopLevelItem(item)
        self.deliverables_list.setVisible(bool(d.deliverables))
        self.deliverables_empty.setVisible(not d.deliverables)
        self.deliverables_spacer.setVisible(not d.deliverables)

    def _fill_timeline(self, d: OrderDetail) -> None:
        self.timeline.clear()
        for event in d.events:
            what = self.event_text(event, d.order)
            self.timeline.addItem(QListWidgetItem(f"{what}\n{self.ctx.i18n.datetime(event.at)}"))

    def event_text(self, event: OrderEvent, order: Order) -> str:
        """One line of an order's history, in the interface's language."""
        if event.kind == "created":
            return self.tr("Order entered")
        if event.kind == "status":
            text = self.tr("Status: {old} → {new}").format(
                old=status_label(event.from_status).lower() if event.from_status else "—",
                new=status_label(event.to_status).lower() if event.to_status else "—")
            return f"{text} — {event.note}" if event.note else text
        old, new = event.old_value, event.new_value
        field = event.field or ""
        if field == "price_minor":
            return self.tr("Price changed: {old} → {new}").format(
                old=self._money_text(old, order.currency),
                new=self._money_text(new, order.currency))
        if field in ("due_at", "received_at"):
            label = (self.tr("Due date changed: {old} → {new}") if field == "due_at"
                     else self.tr("Date received changed: {old} → {new}"))
            return label.format(old=self._date_text(old), new=self._date_text(new))
        simple = {
            "title": self.tr("Title changed: “{old}” → “{new}”"),
            "currency": self.tr("Currency changed: {old} → {new}"),
            "revisions_used": self.tr("Revisions used: {old} → {new}"),
            "external_ref": self.tr("Reference changed: {old} → {new}"),
        }
        if field in simple:
            return simple[field].format(old=old or "—", new=new or "—")
        named = {
            "client_id": self.tr("Client changed"),
            "platform_id": self.tr("Platform changed"),
            "gig_id": self.tr("Gig changed"),
            "package_id": self.tr("Package changed"),
            "brief": self.tr("Brief edited"),
            "notes": self.tr("Notes edited"),
            "activity": self.tr("Activity type changed"),
        }
        return named.get(field, self.tr("{field} changed").format(field=field))

    def _money_text(self, value: str | None, currency: str) -> str:
        if value is None or not value.lstrip("-").isdigit():
            return value or "—"
        return self.ctx.i18n.money(int(value), currency)

    def _date_text(self, value: str | None) -> str:
        if not value:
            return self.tr("none")
        try:
            return self.ctx.i18n.datetime(datetime.fromisoformat(value))
        except ValueError:
            return value

    # --- actions ------------------------------------------------------------------------------

    def new_order(self) -> None:
        """Open the order dialog on a new order; select it once saved."""
        dialog = OrderDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.select_order(dialog.result_value)

    def edit_order(self) -> None:
        if self._current_id is None:
            return
        try:
            dialog = OrderDialog(self.ctx, self._current_id, parent=self)
        except ValidationError as exc:
            forms.warn(self, exc)
            return
        dialog.exec()

    def _emit_for_order(self, signal: Signal) -> None:
        if self._current_id is not None:
            signal.emit(self._current_id)  # type: ignore[attr-defined]

    def draft_from_order(self) -> None:
        if self._current_id is not None:
            self.new_draft.emit(self._current_id)

    def brainstorm_from_order(self) -> None:
        if self._current_id is not None:
            self.brainstorm_order.emit(self._current_id)

    def translate_for_order(self) -> None:
        if self._current_id is not None:
            self.translate_order.emit(self._current_id)

    def _deliverable_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        deliverable_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not deliverable_id:
            return
        if item.data(0, Qt.ItemDataRole.UserRole + 1) == DeliverableKind.FILE.value:
            self.open_deliverable_file(int(deliverable_id))
        else:
            self.open_draft.emit(int(deliverable_id))

    def open_deliverable_file(self, deliverable_id: int) -> bool:
        """Open a file deliverable's latest version (a board's PDF…) in its usual app."""
        with self.ctx.store.session() as s:
            path = drafts.latest_file(s, deliverable_id)
        if not path or not Path(path).exists():
            QMessageBox.warning(self, self.tr("File not found"), self.tr(
                "This deliverable's file is no longer where it was saved{path}.").format(
                    path=f" ({path})" if path else ""))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def add_payment(self) -> None:
        if self._current_id is None:
            return
        PaymentDialog(self.ctx, self._current_id, parent=self).exec()

    def change_status(self, target: OrderStatus) -> bool:
        """Move the selected order to `target` (asks first before cancelling)."""
        d = self._detail
        if d is None:
            return False
        if target is S.CANCELLED and not forms.confirm(
                self, self.tr("Cancel order"),
                self.tr("Cancel “{title}”? A cancelled order cannot be reopened.")
                .format(title=d.order.title)):
            return False
        def move(s: Session) -> None:
            order = s.get(Order, d.order.id)
            if order is None:
                raise ValidationError("order", "This order was deleted meanwhile.")
            transition(s, order, target, at=self.ctx.clock.now())

        try:
            self.ctx.write(Changed.ORDERS, move)
        except AtelierError as exc:
            forms.warn(self, exc)
            return False
        self._load_detail()
        return True

    def toggle_timer(self) -> None:
        """Start the timer on the selected order, or stop it (one timer runs at a time)."""
        d = self._detail
        if d is None:
            return
        now, timer = self.ctx.clock.now(), start_timer if d.running is None else stop_timer
        self.ctx.write(Changed.TIME, lambda s: timer(s, d.order.id, now))
        self._load_detail()

    def delete_current(self) -> bool:
        """Delete the selected order after asking; refused while it has payments."""
        d = self._detail
        if d is None:
            return False
        if not forms.confirm(self, self.tr("Delete order"), self.tr(
                "Delete “{title}”? Its history, tracked time and deliverables are deleted "
                "with it. This cannot be undone.").format(title=d.order.title)):
            return False
        try:
            with self.ctx.store.transaction() as s:
                order = s.get(Order, d.order.id)
                if order is not None:
                    delete_order(s, order)
        except ValidationError as exc:
            forms.warn(self, exc)
            return False
        self._current_id = None
        self._detail = None
        self.ctx.events.emit(Changed.ORDERS)  # once the page forgot the deleted order
        self._load_detail()
        return True

    def hideEvent(self, event: QEvent) -> None:
        self.elapsed_timer.stop()
        super().hideEvent(event)
        self._update_actions()  # no order shortcut acts on an order not in sight

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._update_actions()
        if self._detail is not None and self._detail.running is not None:
            self.elapsed_timer.start()

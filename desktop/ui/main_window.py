"""The main window: a navigation sidebar, the pages, menus, shortcuts and the job bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, error_text
from desktop.ui.dialogs.import_payments import PaymentDrops, PaymentImport, start_import
from desktop.ui.dialogs.setup_wizard import SetupWizard, open_setup
from desktop.ui.pages.base import Page
from desktop.ui.pages.brainstorm import BrainstormPage
from desktop.ui.pages.calendar import CalendarPage
from desktop.ui.pages.clients import ClientsPage
from desktop.ui.pages.draft import DraftPage
from desktop.ui.pages.gigs import GigsPage
from desktop.ui.pages.inbox import InboxPage
from desktop.ui.pages.income import IncomePage
from desktop.ui.pages.invoices import InvoicesPage
from desktop.ui.pages.models import ModelsPage
from desktop.ui.pages.orders import OrdersPage
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.pages.today import TodayPage
from desktop.ui.pages.translate import TranslatePage
from desktop.ui.palette import CommandPalette, ShortcutKeeper, WindowCommands
from desktop.ui.style import SIDEBAR_CSS

PAGE_IDS = ("today", "orders", "draft", "brainstorm", "translate", "gigs", "clients", "calendar",
            "income", "invoices", "inbox", "models", "settings")


class JobBar(QWidget):
    """The status-bar strip that shows the running job, its progress and a Cancel button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        ctx.jobs.job_started.connect(self._started)
        ctx.jobs.job_done.connect(self._done)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))

    def _started(self, job: Job) -> None:
        self.job = job
        self.label.setText(job.name)
        self.bar.setRange(0, 0)
        job.progress.connect(self._progress)
        self.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def _done(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.hide()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(SIDEBAR_CSS)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {
            "today": TodayPage(ctx),
            "orders": OrdersPage(ctx),
            "draft": DraftPage(ctx),
            "brainstorm": BrainstormPage(ctx),
            "translate": TranslatePage(ctx),
            "gigs": GigsPage(ctx),
            "clients": ClientsPage(ctx),
            "calendar": CalendarPage(ctx),
            "income": IncomePage(ctx),
            "invoices": InvoicesPage(ctx),
            "inbox": InboxPage(ctx),
            "models": ModelsPage(ctx),
            "settings": SettingsPage(ctx),
        }
        for page_id, page in self.pages.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.pages["today"].open_order.connect(self.open_order)
        self.pages["today"].next_step_card.chosen.connect(self.take_step)
        self.pages["settings"].run_setup.connect(self.open_setup)
        self.pages["calendar"].open_order.connect(self.open_order)
        self.pages["orders"].new_draft.connect(self.open_draft_for_order)
        self.pages["orders"].open_draft.connect(self.open_draft)
        self.pages["draft"].open_order.connect(self.open_order)
        self.pages["draft"].open_models.connect(lambda: self.show_page("models"))
        self.pages["orders"].brainstorm_order.connect(self.open_brainstorm_for_order)
        self.pages["brainstorm"].open_models.connect(lambda: self.show_page("models"))
        self.pages["orders"].open_models.connect(lambda: self.show_page("models"))
        self.pages["orders"].translate_order.connect(self.open_translation_for_order)
        self.pages["translate"].open_models.connect(lambda: self.show_page("models"))
        self.pages["translate"].open_order.connect(self.open_order)
        self.pages["inbox"].open_order.connect(self.open_order)
        self.pages["inbox"].open_models.connect(lambda: self.show_page("models"))
        self.pages["invoices"].open_identity.connect(self.open_setup)
        self.pages["orders"].quote_order.connect(
            lambda order_id: self.document_for_order(order_id, "quote"))
        self.pages["orders"].invoice_order.connect(
            lambda order_id: self.document_for_order(order_id, "invoice"))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.job_bar = JobBar(ctx)
        self.statusBar().addPermanentWidget(self.job_bar)
        self._build_actions()
        self.retranslate()
        if not getattr(ctx.notifier, "available", True):
            self._tray_notice = ctx.notifier.unavailable_reason
            self.statusBar().showMessage(self._tray_notice, 15_000)
        shown = getattr(ctx.notifier, "shown", None)
        if shown is not None:
            shown.connect(lambda title, msg: self.statusBar().showMessage(
                self.tr("{title}: {message}").format(title=title, message=msg), 30_000))
        self._restore()

    # --- actions and menus ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_new_order = QAction(self)
        self.act_new_order.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
        self.act_new_order.triggered.connect(self.new_order)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.act_find.triggered.connect(self.find)
        self.act_palette = QAction(self)
        self.act_palette.setShortcut(QKeySequence("Ctrl+K"))
        self.act_palette.triggered.connect(self.show_palette)
        self.palette_keeper = ShortcutKeeper(self.act_palette, self)  # Ctrl+K in text fields
        self.commands = WindowCommands(self)
        self.act_drafts = QAction(self)
        self.act_drafts.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_drafts.triggered.connect(lambda: self.go_to_page("draft"))
        self.addAction(self.act_drafts)  # a shortcut only: View lists the pages
        self.act_export_csv = QAction(self)
        self.act_export_csv.triggered.connect(self.export_csv)
        self.act_import_csv = QAction(self)
        self.act_import_csv.triggered.connect(self.import_csv)
        self.act_import_payments = QAction(self)
        self.act_import_payments.triggered.connect(lambda: self.import_payments())
        self.payment_drops = PaymentDrops(self)  # .csv files dropped: Import payments
        self.payment_drops.dropped.connect(self.import_payments)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self._about)
        self.act_diagnostics = QAction(self)
        self.act_diagnostics.triggered.connect(self.copy_diagnostics)
        self.act_refresh = QAction(self)  # F5: the page read again (the CLI writes too)
        self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_refresh.triggered.connect(self.refresh_page)
        self.page_actions: list[QAction] = []
        for i, page_id in enumerate(self.pages):
            act = QAction(self)
            # Ctrl+1 … Ctrl+9 for the first nine pages; Settings gets Ctrl+, (Preferences has
            # no binding on most Linux desktops).
            if page_id == "settings":
                act.setShortcut(QKeySequence("Ctrl+,"))
            elif page_id == "invoices":
                act.setShortcut(QKeySequence("Ctrl+Shift+I"))
            elif page_id == "inbox":  # R: buyer requests
                act.setShortcut(QKeySequence("Ctrl+Shift+R"))
            elif i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, p=page_id: self.go_to_page(p))
            self.page_actions.append(act)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new_order)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export_csv)
        self.menu_file.addAction(self.act_import_csv)
        self.menu_file.addAction(self.act_import_payments)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_find)
        self.menu_edit.addAction(self.act_palette)
        self.menu_order = bar.addMenu("")
        for key, act in self.pages["orders"].order_actions.items():
            if key in ("timer", "draft", "edit"):
                self.menu_order.addSeparator()
            self.menu_order.addAction(act)
        self.menu_view = bar.addMenu("")
        for act in self.page_actions:
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_refresh)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_diagnostics)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        # A no-tray notice still showing is worded again in the new language.
        notice = getattr(self, "_tray_notice", "")
        if notice and self.statusBar().currentMessage() == notice:
            self._tray_notice = self.ctx.notifier.unavailable_reason
            self.statusBar().showMessage(self._tray_notice, 15_000)
        self.setWindowTitle(self.tr("Atelier"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_order.setTitle(self.tr("&Order"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new_order.setText(self.tr("&New order…"))
        self.act_find.setText(self.tr("&Find orders"))
        self.act_palette.setText(self.tr("&Command palette…"))
        self.act_palette.setStatusTip(self.tr(
            "Type what to do — a page, an action, an order — and press Enter"))
        self.act_drafts.setText(self.tr("&Drafts"))
        self.act_export_csv.setText(self.tr("&Export data as CSV…"))
        self.act_import_csv.setText(self.tr("&Import data from CSV…"))
        self.act_import_payments.setText(self.tr("Import &payments…"))
        self.act_import_payments.setStatusTip(self.tr(
            "Bring in payment history from PayPal, Wise, Payoneer, Stripe, Upwork or bank "
            "exports: a preview first, nothing written before Import"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_refresh.setStatusTip(self.tr(
            "Read the page again from the store (what the command line wrote shows)"))
        self.act_about.setText(self.tr("&About Atelier"))
        self.act_diagnostics.setText(self.tr("Copy &diagnostics"))
        self.act_diagnostics.setStatusTip(self.tr(
            "Copy versions, paths and platform for a support request (no personal data)"))
        for i, page in enumerate(self.pages.values()):
            self.sidebar.item(i).setText(page.title())
            self.page_actions[i].setText(page.title())
        self.job_bar.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigation -------------------------------------------------------------------

    def show_page(self, page_id: str) -> Page:
        row = list(self.pages).index(page_id)
        self.sidebar.setCurrentRow(row)
        return self.pages[page_id]

    def go_to_page(self, page_id: str) -> Page:
        """A page shown from the keyboard (Ctrl+1…, the palette): the keyboard goes into it
        (a click on the sidebar leaves it in the sidebar)."""
        page = self.show_page(page_id)
        page.take_focus()
        return page

    def refresh_page(self) -> None:
        """F5, View › Refresh: the page shown reads the store again."""
        self.pages[self.current_page_id()].refresh()

    def current_page_id(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def new_order(self) -> None:
        self.show_page("orders").new_order()

    def open_setup(self) -> SetupWizard:
        """The first-run set-up (again), over this window, without blocking it; the one
        already open is brought forward rather than opened twice."""
        wizard = next((w for w in self.findChildren(SetupWizard) if w.isVisible()), None)
        if wizard is None:
            return open_setup(self.ctx, self)
        wizard.activateWindow()
        return wizard

    def take_step(self, step: str) -> None:
        """A next step chosen on Today: the set-up, a gig, a payments import, an order."""
        if step == "setup":
            self.open_setup()
        elif step == "gig":
            self.show_page("gigs").new_gig()
        elif step == "import":
            self.import_payments()
        elif step == "order":
            self.new_order()
        elif step == "hide":  # "Hide these steps": kept in the store's settings
            from storage import settings

            self.ctx.write(Changed.SETTINGS,
                           lambda s: settings.put(s, "next_steps_hidden", "yes"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_setup_checked", False):
            self._setup_checked = True
            from storage.status import needs_setup

            with self.ctx.store.session() as s:
                if needs_setup(s):  # a new store: the set-up, once the window is up
                    QTimer.singleShot(0, self, self.open_setup)

    def show_palette(self) -> CommandPalette:
        """Ctrl+K: the command palette, the keyboard in its field."""
        palette = CommandPalette(self.commands.registry(), self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.popup()
        return palette

    def show_income(self, year: int | None) -> None:
        """The Income page on `year` (None: all years)."""
        self.show_page("income").set_year(year)

    def find(self) -> None:
        """Ctrl+F searches the page shown when it has a search box, else the orders."""
        page = self.pages[self.current_page_id()]
        if not hasattr(page, "focus_search"):
            page = self.show_page("orders")
        page.focus_search()

    def open_order(self, order_id: int) -> None:
        self.show_page("orders").select_order(order_id)

    def open_draft_for_order(self, order_id: int) -> int | None:
        """New draft from this order: the Draft page, on a draft of that order."""
        page = self.show_page("draft")
        draft_id = page.open_for_order(order_id)
        page.take_focus()
        return draft_id

    def open_draft(self, draft_id: int) -> bool:
        return self.show_page("draft").open_draft(draft_id)

    def document_for_order(self, order_id: int, kind: str) -> QWidget | None:
        """"Quote…" / "Invoice…" on an order: the Invoices page, the draft made from the
        order opened for editing (or, for an order the platform invoices, the offer to record
        the platform's document)."""
        page = self.show_page("invoices")
        return page.create_for_order(order_id, kind)

    def open_brainstorm_for_order(self, order_id: int) -> int | None:
        """Brainstorm from this order: the order's latest board, or a new one."""
        return self.show_page("brainstorm").open_for_order(order_id)

    def open_translation_for_order(self, order_id: int) -> int | None:
        """Translate a document for this order: the order's latest translation project, or
        the New project dialog for it."""
        return self.show_page("translate").open_for_order(order_id)

    # --- data in and out --------------------------------------------------------------------

    def export_csv(self, directory: str | None = None) -> Job | None:
        """Write one CSV per table into a folder, in the background."""
        directory = directory or QFileDialog.getExistingDirectory(
            self, self.tr("Export data as CSV into a folder"))
        if not directory:
            return None
        from storage.csvio import export_csv

        store = self.ctx.store
        return self.ctx.jobs.submit(
            self.tr("Exporting data as CSV…"), lambda _job: export_csv(store, Path(directory)),
            on_finished=lambda counts: self.statusBar().showMessage(
                self.tr("Exported %n row(s) to {folder}", "", sum(counts.values()))
                .format(folder=directory), 15_000),
            on_failed=lambda error: QMessageBox.warning(
                self, self.tr("Export failed"), self.tr("Nothing was exported: {error}")
                .format(error=error_text(error))))

    def import_csv(self, directory: str | None = None) -> Job | None:
        """Load the CSV files of an export into this store, in the background.

        Only into a store without business data: replacing data is a command-line choice
        (`atelier import csv --replace`), never one click away.
        """
        directory = directory or QFileDialog.getExistingDirectory(
            self, self.tr("Import data from a folder of CSV files"))
        if not directory:
            return None
        from storage.csvio import import_csv

        store = self.ctx.store

        def done(counts: dict[str, int]) -> None:
            self.statusBar().showMessage(
                self.tr("Imported %n row(s) from {folder}", "", sum(counts.values()))
                .format(folder=directory), 15_000)

        return self.ctx.jobs.submit(
            self.tr("Importing data from CSV…"), lambda _job: import_csv(store, Path(directory)),
            changes=(Changed.ORDERS | Changed.PAYMENTS | Changed.GIGS | Changed.CLIENTS
                     | Changed.PLATFORMS | Changed.SETTINGS | Changed.TIME),
            on_finished=done,
            on_failed=lambda error: QMessageBox.warning(
                self, self.tr("Import refused"),
                self.tr("Nothing was imported; your data is unchanged.\n\n{error}")
                .format(error=error_text(error))))

    def import_payments(self, paths: list[Path] | None = None) -> PaymentImport | None:
        """File › Import payments… (or .csv files dropped on the window): the files read and
        planned in the background, then a preview; the summary goes to the status bar."""
        return start_import(self.ctx, self, paths, on_ended=lambda summary: summary and (
            self.statusBar().showMessage(summary, 30_000)))

    def copy_diagnostics(self) -> str:
        """Help › Copy diagnostics: versions, paths, platform (no secrets, no client data)
        to the clipboard."""
        from desktop.diagnostics import diagnostics_text

        text = diagnostics_text(self.ctx.data_dir, store=self.ctx.store, now=self.ctx.clock.now)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr(
            "Diagnostics copied to the clipboard: versions, paths and platform, no personal "
            "data. Paste them into your support request."), 15_000)
        return text

    def _about(self) -> None:
        from desktop.version import app_version

        QMessageBox.about(self, self.tr("About Atelier"), self.tr(
            "Atelier {version}\nGigs, orders, deadlines and income for freelancers.\n"
            "Your store: {path}").format(version=app_version(), path=self.ctx.store.path))

    # --- state ------------------------------------------------------------------------

    def _restore(self) -> None:
        qs = self.ctx.qsettings
        geometry = qs.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # 1280 × 800, or less on a smaller screen (a 1024 × 700 laptop)
            from desktop.ui.screen_fit import fit_to_screen

            fit_to_screen(self, 1280, 800)
        last = qs.value("window/page", "today")
        self.show_page(last if last in self.pages else "today")

    def save_state(self) -> None:
        qs = self.ctx.qsettings
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/page", self.current_page_id())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

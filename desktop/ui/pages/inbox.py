"""The Inbox page: paste a buyer request, job post or e-mail (or drop a .txt/.md/.eml file on
the page, or press Ctrl+V anywhere on it), see which gig fits, what similar orders really paid
per hour against the minimum rate, and the red flags; keep it, then mark it proposal sent,
won (the order is created) or lost.

The workflow lives below the UI: storage.matching.match_request (run in a job-runner worker,
the match index brought up to date first, the app's embedder when an embedding model is
chosen) and storage.opportunities (add, mark_proposal_sent, win, lose, reopen). Here only
widgets and wiring.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import error_text, phrase_text
from desktop.languages import language_name
from desktop.ui import style
from desktop.ui.forms import FormDialog
from desktop.ui.pages.base import Page
from storage.errors import ValidationError

FILE_SUFFIXES = (".txt", ".md", ".eml")


def _dropped_file(mime: Any) -> Path | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in FILE_SUFFIXES:
                return path
    return None


class _RequestEdit(QPlainTextEdit):
    """The request box: files dropped on it go to the page (read there, in a worker).

    ``finished``: the box holds a request just matched, kept or chosen from the list, and
    the person has not put the caret in it since (a click, a key). Ctrl+V then asks the page
    to replace the request (``paste_over``): right after Match the caret is still in the box,
    and what one pastes is the next request, not more of this one (it was glued on with no
    separator). Once the caret is placed, Ctrl+V pastes at it like in any text field."""

    file_dropped = Signal(object)
    paste_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self.finished:
            self.paste_over.emit()
            event.accept()
            return
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                               Qt.Key.Key_Meta, Qt.Key.Key_AltGr):
            self.finished = False  # the person moves the caret or types: their own text
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.finished = False
        super().mousePressEvent(event)

    def canInsertFromMimeData(self, source: Any) -> bool:
        return _dropped_file(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: Any) -> None:
        path = _dropped_file(source)
        if path is not None:
            self.file_dropped.emit(path)
            return
        super().insertFromMimeData(source)


class WonDialog(FormDialog):
    """Won…: the gig, its package and the client; saving creates the order."""

    def __init__(self, ctx: AppContext, opportunity_id: int, gigs: list[tuple[int, str, list]],
                 gig_id: int | None, package_id: int | None, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.gigs = gigs
        self.setWindowTitle(self.tr("Won: create the order"))
        self.gig_combo = QComboBox()
        for gid, title, _packages in gigs:
            self.gig_combo.addItem(title, gid)
        self.package_combo = QComboBox()
        self.client_edit = QLineEdit(client_name)
        self.add_row("gig", self.tr("&Gig:"), self.gig_combo)
        self.add_row("package", self.tr("&Package:"), self.package_combo)
        self.add_row("client", self.tr("&Client:"), self.client_edit)
        self.gig_combo.currentIndexChanged.connect(lambda _i: self._fill_packages())
        if gig_id is not None and self.gig_combo.findData(gig_id) >= 0:
            self.gig_combo.setCurrentIndex(self.gig_combo.findData(gig_id))
        self._fill_packages()
        if package_id is not None and self.package_combo.findData(package_id) >= 0:
            self.package_combo.setCurrentIndex(self.package_combo.findData(package_id))
        self.client_edit.setPlaceholderText(self.tr("The buyer's name (a new client if unknown)"))
        self.order_id: int | None = None

    def _fill_packages(self) -> None:
        self.package_combo.clear()
        gid = self.gig_combo.currentData()
        for g, _title, packages in self.gigs:
            if g == gid:
                for pid, label in packages:
                    self.package_combo.addItem(label, pid)

    def save(self) -> int:
        from storage import opportunities

        gig_id = self.gig_combo.currentData()
        if gig_id is None:
            raise ValidationError("gig", self.tr("Choose a gig (add one on the Gigs page)."))
        now = self.ctx.clock.now()
        order = self.ctx.write(
            Changed.ORDERS | Changed.CLIENTS,
            lambda s: opportunities.win(
                s, self.opportunity_id, gig_id=gig_id,
                package_id=self.package_combo.currentData(),
                client_name=self.client_edit.text(), now=now).id)
        self.order_id = order
        return order


class LostDialog(FormDialog):
    """Lost…: why (a reason is required)."""

    def __init__(self, ctx: AppContext, opportunity_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setWindowTitle(self.tr("Lost: the reason"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("A price too low, no answer, another "
                                                    "seller chosen…"))
        self.add_row("reason", self.tr("&Reason:"), self.reason_edit)
        # wide enough for the whole placeholder, and for the title beside the title bar's
        # buttons (it read "Lost: t… eason"; its font may be bolder than the dialog's)
        self.reason_edit.setMinimumWidth(
            self.reason_edit.fontMetrics().horizontalAdvance(self.reason_edit.placeholderText())
            + 24)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) * 13 // 10
                             + 160)

    def show_error(self, error: ValidationError) -> None:
        """The error under the field, whole: the dialog grows to the wrapped text's height
        (it was cut and ran over the buttons)."""
        super().show_error(error)
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def save(self) -> None:
        from storage import opportunities

        reason = self.reason_edit.text()
        self.ctx.write(Changed.ORDERS, lambda s: opportunities.lose(
            s, self.opportunity_id, reason, now=self.ctx.clock.now()))


class _PasteAnywhere(QObject):
    """Ctrl+V in the window while the page shows and the keyboard is not in a text field
    (the sidebar, a list, a button): into the request box. A text field's own paste comes
    first; a hidden page's shortcut does not fire."""

    def __init__(self, page: InboxPage) -> None:
        super().__init__(page)
        self.page = page
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), page)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(page.paste_request)


class InboxPage(Page):
    topics = Changed.ORDERS | Changed.GIGS | Changed.CLIENTS | Changed.SETTINGS
    open_order = Signal(int)
    open_models = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: Any = None  # the last MatchResult shown
        self.matched_text = ""
        self.current_id: int | None = None  # the kept opportunity selected
        self.created_order_id: int | None = None
        self.match_job: Any = None
        self.dialog: FormDialog | None = None
        self._kept_text = ""  # the text of the kept opportunity selected
        self._pasted_text = ""  # the text a replacing paste put in the box
        self._was_empty = True  # the request box was empty before its last change
        self._fields_from_kept = False  # Platform/Buyer hold a kept opportunity's
        self._reads = 0  # refreshes asked: only the latest one's rows are shown
        self.setAcceptDrops(True)

        self.heading = self.make_heading()
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addStretch(1)

        # the request and what the match says
        self.request_label = QLabel()
        self.request_edit = _RequestEdit()
        self.request_edit.setObjectName("InboxRequest")
        self.request_edit.setTabChangesFocus(True)
        self.request_edit.file_dropped.connect(self.read_file)
        self.request_edit.paste_over.connect(self._paste_over)
        self.request_label.setBuddy(self.request_edit)
        self.platform_label = QLabel()
        self.platform_combo = QComboBox()
        self.platform_label.setBuddy(self.platform_combo)
        self.client_label = QLabel()
        self.client_edit = QLineEdit()
        self.client_label.setBuddy(self.client_edit)
        self.match_button = QPushButton()
        self.match_button.clicked.connect(self.run_match)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.keep)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outdated_label = QLabel()  # the result shown is the previous text's
        self.outdated_label.setObjectName("InboxOutdated")
        self.outdated_label.setWordWrap(True)
        style.muted(self.outdated_label)
        self.outdated_label.hide()
        self.request_edit.textChanged.connect(self._text_changed)
        self.language_label = QLabel()
        self.hourly_label = QLabel()
        self.hourly_label.setObjectName("InboxHourly")
        self.hourly_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.models_button = QPushButton()
        self.models_button.clicked.connect(self.open_models.emit)
        self.models_button.hide()
        self.results = QTextBrowser()
        self.results.setObjectName("InboxResults")
        self.results.setOpenLinks(False)
        self.results.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

        meta = QHBoxLayout()
        meta.addWidget(self.platform_label)
        meta.addWidget(self.platform_combo, 1)
        meta.addWidget(self.client_label)
        meta.addWidget(self.client_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.request_label)
        lv.addWidget(self.request_edit, 2)
        lv.addLayout(meta)
        lv.addLayout(buttons)
        lv.addWidget(self.message)
        lv.addWidget(self.outdated_label)
        lv.addWidget(self.language_label)
        lv.addWidget(self.hourly_label)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.models_button)
        lv.addLayout(note_row)
        lv.addWidget(self.results, 3)

        # the kept opportunities and their actions
        self.kept_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kept_list = QListWidget()
        self.kept_list.setObjectName("InboxKept")
        self.kept_list.setWordWrap(True)
        self.kept_label.setBuddy(self.kept_list)
        self.kept_list.currentItemChanged.connect(lambda _c, _p: self._selected())
        self.sent_button = QPushButton()
        self.sent_button.clicked.connect(self.mark_sent)
        self.won_button = QPushButton()
        self.won_button.clicked.connect(self.open_won)
        self.lost_button = QPushButton()
        self.lost_button.clicked.connect(self.open_lost)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.proposal_button = QPushButton()
        self.proposal_button.clicked.connect(self.draft_proposal)
        self.open_order_button = QPushButton()
        self.open_order_button.clicked.connect(self._open_created_order)
        self.open_order_button.hide()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_label, 1)
        kept_row.addWidget(self.status_combo)
        rv.addLayout(kept_row)
        rv.addWidget(self.kept_list, 1)
        for row_buttons in ((self.proposal_button, self.sent_button),
                            (self.won_button, self.lost_button, self.reopen_button)):
            row = QHBoxLayout()
            for b in row_buttons:
                row.addWidget(b)
            row.addStretch(1)
            rv.addLayout(row)
        rv.addWidget(self.open_order_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.set_page_layout(title_row, splitter)
        self.paste_anywhere = _PasteAnywhere(self)
        if ctx.models is not None:  # an embedding model installed or chosen: the note follows
            ctx.models.installed_changed.connect(self._models_changed)
        self.match_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.match_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.match_shortcut.activated.connect(self.run_match)
        self.retranslate()
        self._update_actions()

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Inbox"))
        self.request_label.setText(self.tr("&Request (a buyer request, job post or e-mail):"))
        self.request_edit.setPlaceholderText(self.tr(
            "Paste the request here (Ctrl+V anywhere on the page), or drop a .txt, .md or "
            ".eml file"))
        self.platform_label.setText(self.tr("P&latform:"))
        self.client_label.setText(self.tr("Bu&yer:"))
        self.client_edit.setPlaceholderText(self.tr("Name (optional)"))
        self.match_button.setText(self.tr("&Match"))
        self.match_button.setToolTip(self.tr("Find the gigs that fit, similar past orders and "
                                             "red flags (Ctrl+Enter)"))
        self.keep_button.setText(self.tr("&Keep in the inbox"))
        self.models_button.setText(self.tr("Open Mo&dels"))
        self.kept_label.setText(self.tr("Kept opport&unities:"))
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        for code, label in ((None, self.tr("All")), *self._status_names().items()):
            self.status_combo.addItem(label, code)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)
        self.sent_button.setText(self.tr("Proposal &sent"))
        self.won_button.setText(self.tr("&Won…"))
        self.lost_button.setText(self.tr("Los&t…"))
        self.reopen_button.setText(self.tr("Reope&n"))
        self.proposal_button.setText(self.tr("Draft a &proposal"))
        self.open_order_button.setText(self.tr("Open the &created order"))
        self.outdated_label.setText(self.tr(
            "This result is the previous text's: press Match (Ctrl+Enter) for this one."))
        if self.result is not None:
            self._show_result(self.result)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _status_names(self) -> dict[str, str]:
        return {"new": self.tr("New"), "proposal_sent": self.tr("Proposal sent"),
                "won": self.tr("Won"), "lost": self.tr("Lost")}

    def focus_target(self) -> QWidget | None:
        return self.request_edit

    # --- reading the store ------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        # `atelier inbox add` in a terminal sends this process no change notice: the kept
        # list is read again each time the page is shown
        self._stale = True
        super().showEvent(event)

    def refresh(self) -> None:
        """The kept opportunities and the platforms (a worker reads them)."""
        from storage import opportunities
        from storage.platforms import list_platforms

        status = self.status_combo.currentData()
        store = self.ctx.store
        self._reads += 1
        read_number = self._reads

        def read(_job: Any) -> Any:
            with store.session() as s:
                return (read_number, opportunities.rows(s, status),
                        [(p.id, p.name) for p in list_platforms(s)])

        if self.result is not None:  # an embedding model chosen or installed since
            self._show_note(self.result)
        self.ctx.jobs.submit(self.tr("Reading the inbox…"), read, on_finished=self._fill,
                             on_failed=lambda exc: self._say(error_text(exc), error=True))

    def _fill(self, data: Any) -> None:
        read_number, rows, platforms = data
        if read_number != self._reads:  # an older read (before a write) finished late
            return
        chosen = self.platform_combo.currentData()
        self.platform_combo.clear()
        self.platform_combo.addItem(self.tr("(not said)"), None)
        for pid, name in platforms:
            self.platform_combo.addItem(name, pid)
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(chosen)))
        names = self._status_names()
        keep = self.current_id
        self.kept_list.blockSignals(True)
        self.kept_list.clear()
        for r in rows:
            when = self.ctx.i18n.date(r.received_at)
            parts = [f"#{r.id}", names.get(r.status, r.status)]
            if r.platform:
                parts.append(r.platform)
            if when:
                parts.append(when)
            if r.order_id is not None:
                parts.append(self.tr("order #{id}").format(id=r.order_id))
            item = QListWidgetItem(f"{r.title}\n{' · '.join(parts)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.status)
            item.setData(Qt.ItemDataRole.UserRole + 2, r.order_id)
            item.setToolTip(r.title)
            self.kept_list.addItem(item)
            if r.id == keep:
                self.kept_list.setCurrentItem(item)
        self.kept_list.blockSignals(False)
        if self.kept_list.currentItem() is None:
            self.current_id = None
        self._update_actions()

    def _selected(self) -> None:
        item = self.kept_list.currentItem()
        self.current_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self._update_actions()
        if self.current_id is None:
            return
        from storage import opportunities

        oid = self.current_id
        try:
            with self.ctx.store.session() as s:
                kept = opportunities.get(s, oid)
                text, reason = kept.text, kept.lost_reason
                platform_id = kept.platform_id
                platform = kept.platform.name if kept.platform is not None else ""
                buyer = kept.client_name
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            return
        self._kept_text = text
        # the selected opportunity's own platform and buyer (not the previous one's)
        index = self.platform_combo.findData(platform_id) if platform_id is not None else 0
        if index < 0:  # a platform added since the list was read (the CLI)
            self.platform_combo.addItem(platform, platform_id)
            index = self.platform_combo.count() - 1
        self.platform_combo.setCurrentIndex(max(0, index))
        self.client_edit.setText(buyer)
        self._fields_from_kept = True
        self._say(self.tr("Lost: {reason}").format(reason=reason) if reason else "")
        if text != self.request_edit.toPlainText():
            self.request_edit.setPlainText(text)
            self.run_match()
        self.request_edit.finished = True

    def _selected_status(self) -> str | None:
        item = self.kept_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole + 1)

    def _selected_order(self) -> int | None:
        """The order created when the selected opportunity was won (None: none)."""
        item = self.kept_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole + 2)

    def _update_actions(self) -> None:
        status = self._selected_status()
        open_ = status in ("new", "proposal_sent")
        self.sent_button.setEnabled(open_)
        self.won_button.setEnabled(open_)
        self.lost_button.setEnabled(open_)
        self.reopen_button.setEnabled(status == "lost")
        self.proposal_button.setEnabled(open_)
        # "Open the created order": only for a won opportunity, and its own order
        self.created_order_id = self._selected_order() if status == "won" else None
        self.open_order_button.setVisible(self.created_order_id is not None)

    # --- the request -------------------------------------------------------------------------

    def paste_request(self) -> None:
        """Ctrl+V with the keyboard outside a text field: the clipboard into the request."""
        text = QApplication.clipboard().text()
        if not text:
            return
        self.request_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._new_request()
        if self.request_edit.toPlainText().strip():
            self.request_edit.selectAll()
            self._clear_result()  # another request: the old one's result goes with it
        self.request_edit.insertPlainText(text)
        # the person pastes requests one after another: a second Ctrl+V replaces this one
        # too (it was glued on), until they click or type in the box
        self._pasted_text = self.request_edit.toPlainText()
        self.request_edit.finished = True

    def _new_request(self) -> None:
        """A new request (pasted, dropped, typed into an empty box) is no kept opportunity:
        the selection goes, and Platform/Buyer, when they were a kept one's, are emptied
        (Keep gave the new request the selected one's buyer). What the person chose
        themselves stays."""
        self.request_edit.finished = False  # not matched yet
        if self.current_id is None and not self._fields_from_kept:
            return
        self.kept_list.blockSignals(True)
        self.kept_list.setCurrentItem(None)
        self.kept_list.clearSelection()
        self.kept_list.blockSignals(False)
        self.current_id = None
        self._kept_text = ""
        self._fields_from_kept = False
        self.platform_combo.setCurrentIndex(0)
        self.client_edit.clear()
        self._say("")
        self._update_actions()

    def _paste_over(self) -> None:
        """Ctrl+V in the box right after a match, keep, choice or replacing paste: the next
        request replaces this one when the box still holds that text; else a normal
        paste."""
        edit = self.request_edit
        edit.finished = False
        if edit.toPlainText() in (self.matched_text, self._kept_text, self._pasted_text):
            self.paste_request()
        else:
            edit.paste()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if _dropped_file(mime) is not None or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        path = _dropped_file(mime)
        if path is not None:
            event.acceptProposedAction()
            self.read_file(path)
        elif mime.hasText():
            event.acceptProposedAction()
            self._new_request()
            self.request_edit.setPlainText(mime.text())

    def read_file(self, path: Path) -> None:
        """A dropped file's request into the box (read in a worker)."""
        from storage.opportunities import text_of_file

        def done(text: str) -> None:
            self._new_request()
            self.request_edit.setPlainText(text)
            self.request_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(self.tr("Read {file}.").format(file=path.name))

        self.ctx.jobs.submit(self.tr("Reading {file}…").format(file=path.name),
                             lambda _job: text_of_file(path), on_finished=done,
                             on_failed=lambda exc: self._say(error_text(exc), error=True))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        if error:
            style.error(self.message)
        else:
            self.message.setStyleSheet("")

    # --- matching --------------------------------------------------------------------------

    def _embedder(self, jc: Any) -> Any:
        """The app's embedder on the embedding model chosen for the inbox (Settings), None
        when there is none (words only). In the worker: it reads the store and the models
        folder."""
        from assistants import routing

        with self.ctx.store.session() as s:  # embeddings routed to a server (Settings › Engines)
            remote = routing.choose(s, "embed")
        if remote is not None:  # kept-local clients' passages are never sent
            key = routing.engine_key(remote.engine.name) if remote.has_key else None
            return routing.remote_embedder(self.ctx.store, remote, key)
        models = self.ctx.models
        if models is None:
            return None
        name = models.embedding_model(self.ctx.store)
        return models.embedder(name, cancel=jc.cancelled) if name else None

    def run_match(self) -> None:
        from storage import match_index
        from storage.matching import match_request

        text = self.request_edit.toPlainText()
        if not text.strip():
            self._say(self.tr("Paste a request first."), error=True)
            return
        if self.match_job is not None and self.match_job.running:
            self.match_job.cancel()
        store = self.ctx.store

        def work(jc: Any) -> Any:
            embedder = self._embedder(jc)
            with store.transaction() as s:
                match_index.refresh(s)
            jc.check()
            if embedder is not None:
                match_index.embed_missing(  # the first time: every passage (minutes)
                    store, embedder, cancel=jc.cancelled,
                    progress=lambda done, total: jc.progress(done, total, indexing))
                jc.check()
            with store.session() as s:
                return match_request(s, text, embedder=embedder)

        indexing = self.tr("Indexing your gigs and orders for matching…")
        self._say(self.tr("Matching…"))
        self.matched_text = text
        self.request_edit.finished = True
        self.match_job = self.ctx.jobs.submit(
            self.tr("Matching the request…"), work, on_finished=self._matched,
            on_failed=lambda exc: self._say(error_text(exc), error=True),
            on_cancelled=self._match_cancelled,
            on_progress=lambda done, total, text: self._say(
                f"{text} {done}/{total}" if total else text))

    def _match_cancelled(self) -> None:
        job = self.match_job
        if job is not None and job.state == "cancelled":  # not one a newer match replaced
            self._say(self.tr("Matching cancelled."))

    def _matched(self, result: Any) -> None:
        self.result = result
        self._say("")
        self._show_result(result)
        self._text_changed()

    def _text_changed(self) -> None:
        """A result under a text it was not made for says so. Typing into an emptied box
        starts a new request (not the kept one selected)."""
        text = self.request_edit.toPlainText()
        was_empty, self._was_empty = self._was_empty, not text
        if was_empty and text and text != self._kept_text:
            self._new_request()
        self.outdated_label.setVisible(
            self.result is not None
            and self.request_edit.toPlainText() != self.matched_text)

    def _clear_result(self) -> None:
        """No result (a new request replaced the matched one)."""
        self.result = None
        for label in (self.language_label, self.hourly_label, self.note_label):
            label.clear()
        self.hourly_label.setStyleSheet("")
        self.hourly_label.setProperty("below", False)
        self.note_label.hide()
        self.models_button.hide()
        self.outdated_label.hide()
        self.results.clear()

    def _models_changed(self) -> None:
        if self.result is not None:
            self._show_note(self.result)

    def _embedding_models(self) -> tuple[list[str], str]:
        """The installed embedding models and the one chosen for the inbox ("": none)."""
        models = self.ctx.models
        if models is None:
            return [], ""
        return models.installed_names("embedding"), models.embedding_model(self.ctx.store)

    def _show_note(self, r: Any) -> None:
        """Under a result ranked by words only: what is missing to match by meaning."""
        keyword = r.ranking == "keyword"
        installed, chosen = self._embedding_models() if keyword else ([], "")
        self.note_label.setVisible(keyword)
        self.models_button.setVisible(keyword and not chosen)
        if not keyword:
            return
        if chosen:
            self.note_label.setText(self.tr(
                "Ranked by words only, before {model} was chosen for the inbox: press Match "
                "again to match by meaning.").format(model=chosen))
        elif installed:
            self.note_label.setText(self.tr(
                "Ranked by words only: {model} is installed; choose it for the inbox on the "
                "Models page to match by meaning.").format(model=installed[0]))
        else:
            self.note_label.setText(self.tr(
                "Ranked by words only: download an embedding model (multilingual-e5-small "
                "for French, English and Arabic) on the Models page and choose it for the "
                "inbox to match by meaning."))

    def _money(self, minor: int | None, currency: str) -> str:
        return "—" if minor is None else self.ctx.i18n.money(minor, currency)

    def _show_result(self, r: Any) -> None:
        from storage.redflags import FLAG_NAMES

        esc = html.escape
        language = language_name(r.language) if r.language else self.tr("not recognised")
        self.language_label.setText(self.tr("Language: {language}").format(language=language))
        below = False
        if r.expected is None:
            self.hourly_label.setText(self.tr(
                "Expected net per hour: no similar past order with tracked time yet."))
        else:
            from storage.matching import MIDDLE_HALF_FROM

            e = r.expected
            # how the range is built (storage.matching.hourly_range): said, or a range
            # narrower than the orders listed under it looks wrong
            if e.orders >= MIDDLE_HALF_FROM:
                line = self.tr("Expected net per hour: {low} to {high} after fees (the middle "
                               "half of {n} similar orders’ net per hour)")
            else:
                line = self.tr("Expected net per hour: {low} to {high} after fees (lowest to "
                               "highest of {n} similar orders’ net per hour)")
            line = line.format(low=self._money(e.low_minor, e.currency),
                               high=self._money(e.high_minor, e.currency), n=e.orders)
            if r.minimum_minor is not None:
                minimum = self._money(r.minimum_minor, e.currency)
                if e.high_minor < r.minimum_minor:
                    below = True
                    line += " — " + self.tr("BELOW your minimum of {minimum} an hour").format(
                        minimum=minimum)
                elif e.low_minor < r.minimum_minor:
                    below = True
                    line += " — " + self.tr("partly BELOW your minimum of {minimum} an "
                                            "hour").format(minimum=minimum)
                else:
                    line += " — " + self.tr("at or above your minimum of {minimum} an "
                                            "hour").format(minimum=minimum)
            else:
                line += " — " + self.tr("no minimum rate set (Settings)")
            self.hourly_label.setText(line)
        self.hourly_label.setProperty("below", below)
        if below:
            style.error(self.hourly_label)
            font = self.hourly_label.font()
            font.setBold(True)
            self.hourly_label.setFont(font)
        else:
            self.hourly_label.setStyleSheet("")
            font = self.hourly_label.font()
            font.setBold(False)
            self.hourly_label.setFont(font)
        self._show_note(r)
        # Every tr() below is a plain call outside an f-string: lupdate does not look inside
        # f-strings, so a string there never reached the translators (English in French).
        heading = "<h3>{}</h3>"
        paragraph = "<p>{}</p>"
        # the red flags first: short, and what must not be missed on a small screen
        parts = [heading.format(esc(self.tr("Red flags")))]
        if r.flags:
            parts.append("<ul>")
            for f in r.flags:
                name = FLAG_NAMES.get(f.kind)
                label = phrase_text(name, "storage") if name is not None else f.kind
                words = self.tr("“{words}”").format(words=esc(f.text))
                parts.append("<li>" + self.tr("{flag}: {words}").format(
                    flag=f"<b>⚑ {esc(label)}</b>", words=words) + "</li>")
            parts.append("</ul>")
        else:
            parts.append(paragraph.format(esc(self.tr("None found."))))
        parts.append(heading.format(esc(self.tr("Gigs that fit"))))
        if r.gigs:
            parts.append("<ol>")
            for g in r.gigs:
                package = f" — {esc(g.package)}" if g.package else ""
                fit = esc(self.tr("fit {score}%").format(score=round(g.score * 100)))
                matched = self.tr("“{words}”").format(words=esc(g.matched))
                parts.append(f"<li><b>{esc(g.title)}</b>{package} ({fit})"
                             f"<br><i>{matched}</i></li>")
            parts.append("</ol>")
        else:
            parts.append(paragraph.format(esc(self.tr("No gig fits these words."))))
        parts.append(heading.format(esc(self.tr("Similar past orders"))))
        if r.similar_orders:
            parts.append("<ul>")
            for o in r.similar_orders:
                rate = (self.tr("{amount} an hour").format(
                    amount=self._money(o.net_per_hour_minor, o.currency))
                    if o.net_per_hour_minor is not None else self.tr("no tracked time"))
                low = (r.minimum_minor is not None and o.net_per_hour_minor is not None
                       and o.net_per_hour_minor < r.minimum_minor)
                rate_html = f"<b>{esc(rate)} ⚠</b>" if low else esc(rate)
                parts.append("<li>" + self.tr("#{id} {title}: {rate}").format(
                    id=o.order_id, title=esc(o.title), rate=rate_html) + "</li>")
            parts.append("</ul>")
        else:
            parts.append(paragraph.format(esc(self.tr("No similar past order."))))
        self.results.setHtml("".join(parts))

    # --- keeping and the statuses ------------------------------------------------------------

    def keep(self) -> None:
        from storage import opportunities

        text = self.request_edit.toPlainText()
        if self.current_id is not None and text == self._kept_text:
            self._say(self.tr("This request is kept already (#{id}).").format(
                id=self.current_id))
            return
        platform_id = self.platform_combo.currentData()
        client = self.client_edit.text()
        # the gig it is for, in the win rates by gig: only a match that fits well (a 22 %
        # guess is not the person's choice; Won… and a proposal for a gig set it later)
        gig_id, package_id = (opportunities.gig_to_keep(self.result.gigs)
                              if self._best() != (None, None) else (None, None))
        now = self.ctx.clock.now()
        try:
            oid = self.ctx.write(Changed.ORDERS, lambda s: opportunities.add(
                s, text, platform_id=platform_id, client_name=client, gig_id=gig_id,
                package_id=package_id, now=now).id)
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            return
        self.current_id = oid
        self._kept_text = text
        self._fields_from_kept = True
        self.request_edit.finished = True
        self._say(self.tr("Kept in the inbox as #{id}.").format(id=oid))
        self.refresh()

    def _write(self, op: Any) -> bool:
        try:
            self.ctx.write(Changed.ORDERS, op)
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.refresh()
        return True

    def mark_sent(self) -> None:
        from storage import opportunities

        oid = self.current_id
        if oid is not None and self._write(lambda s: opportunities.mark_proposal_sent(
                s, oid, now=self.ctx.clock.now())):
            self._say(self.tr("Marked: proposal sent."))

    def reopen(self) -> None:
        from storage import opportunities

        oid = self.current_id
        if oid is not None and self._write(lambda s: opportunities.reopen(
                s, oid, now=self.ctx.clock.now())):
            self._say(self.tr("Reopened."))

    def _best(self) -> tuple[int | None, int | None]:
        r = self.result
        if r is None or not r.gigs or self.matched_text != self.request_edit.toPlainText():
            return None, None
        return r.gigs[0].gig_id, r.gigs[0].package_id

    def open_won(self) -> WonDialog | None:
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from storage import opportunities
        from storage.tables import Gig

        oid = self.current_id
        if oid is None:
            return None
        with self.ctx.store.session() as s:  # a person's gigs: a few dozen rows
            gigs = [(g.id, g.title, [(p.id, self._package_label(p)) for p in g.packages])
                for g in s.scalars(select(Gig).options(selectinload(Gig.packages))
                                   .order_by(Gig.title))]
            client = opportunities.get(s, oid).client_name
        gig_id, package_id = self._best()
        dialog = WonDialog(self.ctx, oid, gigs, gig_id, package_id, client, self)
        dialog.accepted.connect(lambda: self._won(dialog.order_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _package_label(self, p: Any) -> str:
        price = self._money(p.price_minor, p.currency)
        if p.delivery_days == 1:
            return self.tr("{tier} — {price}, delivery in 1 day").format(tier=p.tier, price=price)
        return self.tr("{tier} — {price}, delivery in {days} days").format(
            tier=p.tier, price=price, days=p.delivery_days)

    def _won(self, order_id: int | None) -> None:
        self.created_order_id = order_id
        self._say(self.tr("Won: order #{id} created.").format(id=order_id))
        item = self.kept_list.currentItem()
        if item is not None:  # the list shows it once read again
            item.setData(Qt.ItemDataRole.UserRole + 1, "won")
            item.setData(Qt.ItemDataRole.UserRole + 2, order_id)
        self._update_actions()
        self.open_order_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    def _open_created_order(self) -> None:
        if self.created_order_id is not None:
            self.open_order.emit(self.created_order_id)

    def open_lost(self) -> LostDialog | None:
        oid = self.current_id
        if oid is None:
            return None
        dialog = LostDialog(self.ctx, oid, self)
        dialog.accepted.connect(lambda: (self._say(self.tr("Marked lost.")), self.refresh()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def draft_proposal(self) -> Any:
        from desktop.ui.proposal import draft_proposal

        oid = self.current_id
        if oid is None:
            return None
        gig_id, package_id = self._best()
        similar = [o.order_id for o in self.result.similar_orders[:2]] \
            if gig_id is not None else []
        return draft_proposal(self.ctx, self, oid, gig_id, package_id,
                              similar_order_ids=similar)

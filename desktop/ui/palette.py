"""The command palette (Ctrl+K): type a few letters of what to do — "deliver", "new gig",
"income 2026", an order's words — then Enter.

The main window fills a `CommandRegistry`: its actions (their words, shortcut and enabled
state read when the palette opens, so they follow the language and the selection),
commands of its own, and providers that turn the typed text into commands ("income 2026"
opens Income on 2026; words of an order open it). Matching ignores case and accents, so
"livrer" finds "Livrer".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import style
from storage.catalog import fold

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MAX_SHOWN = 40
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


@dataclass
class Command:
    """One thing the palette can do."""

    title: str
    run: Callable[[], object]
    enabled: bool = True
    shortcut: str = ""  # in native text
    keywords: str = ""  # more words that find it (not shown)


def match_rank(query: str, title: str, keywords: str = "") -> int | None:
    """How well `query` finds a command (lower is better), None when it does not.

    Case and accents are ignored. 0: the title starts with the query; 1: each word typed
    starts a word of the title or keywords; 2: each word typed is inside the title; 3: the
    letters typed (three or more) appear in this order in the title ("dlv" finds
    "Deliver").
    """
    q = " ".join(fold(query).split())
    if not q:
        return 2
    name = fold(title).replace("&", "")
    words_in = f"{name} {fold(keywords)}"
    if name.startswith(q):
        return 0
    typed = q.split()
    starts = _words(words_in)
    if all(any(w.startswith(t) for w in starts) for t in typed):
        return 1
    if all(t in name for t in typed):
        return 2
    letters, wanted = iter(name), q.replace(" ", "")
    if len(wanted) >= 3 and all(c in letters for c in wanted):
        return 3
    return None


def _words(text: str) -> list[str]:
    out, word = [], []
    for c in text:
        if c.isalnum():
            word.append(c)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def plain(text: str) -> str:
    """An action's text as the palette shows it: no mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class CommandRegistry:
    """What the palette offers: commands built when it opens, and commands made from the
    typed text."""

    def __init__(self) -> None:
        self._sources: list[Callable[[], Iterable[Command]]] = []
        self._providers: list[Callable[[str], Iterable[Command]]] = []

    def add_source(self, source: Callable[[], Iterable[Command]]) -> None:
        """`source()` gives commands whose words do not depend on the typed text."""
        self._sources.append(source)

    def add_actions(self, actions: Callable[[], Iterable[QAction]],
                    keywords: str | Callable[[], str] = "") -> None:
        """Actions, read when the palette opens (words, shortcut, enabled state)."""
        def source() -> Iterable[Command]:
            words = keywords() if callable(keywords) else keywords
            for act in actions():
                if act.isVisible() and act.text():
                    yield Command(
                        plain(act.text()), act.trigger, act.isEnabled(),
                        act.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                        words)
        self._sources.append(source)

    def add_provider(self, provider: Callable[[str], Iterable[Command]]) -> None:
        """`provider(text)` gives commands for the typed text (already matched)."""
        self._providers.append(provider)

    def commands(self) -> list[Command]:
        return [c for source in self._sources for c in source()]

    def matches(self, query: str, commands: list[Command] | None = None) -> list[Command]:
        """The commands `query` finds, best first (enabled before disabled), then those
        the providers make of it."""
        ranked = []
        for i, command in enumerate(self.commands() if commands is None else commands):
            rank = match_rank(query, command.title, command.keywords)
            if rank is not None:
                ranked.append((rank, not command.enabled, i, command))
        ranked.sort(key=lambda r: r[:3])
        found = [r[3] for r in ranked]
        if query.strip():
            for provider in self._providers:
                found.extend(provider(query))
        return found[:MAX_SHOWN]


class CommandPalette(QDialog):
    """A small frameless box: a field and the commands it finds. Up/Down choose, Enter runs
    (after the box closed), Esc closes without doing anything. Disabled commands are shown
    greyed and never run."""

    def __init__(self, registry: CommandRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("CommandPalette")
        self.registry = registry
        self.chosen: Command | None = None
        self._commands = registry.commands()
        self._shown: list[Command] = []
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.field)
        inner.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.resize(560, 380)
        self.field.setPlaceholderText(self.tr("Type a command, a page, an order…"))
        self.field.textChanged.connect(self._filter)
        self.field.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item, _col: self.run_current())
        self.list.itemClicked.connect(lambda _item, _col: self.run_current())
        self._filter("")

    def popup(self) -> None:
        """Shows the box near the top of its window, the keyboard in the field."""
        parent = self.parentWidget()
        if parent is not None:
            top = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top.x() + (parent.width() - self.width()) // 2, top.y() + 60)
        self.open()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def _filter(self, text: str) -> None:
        self._shown = self.registry.matches(text, self._commands)
        self.list.clear()
        for command in self._shown:
            item = QTreeWidgetItem([command.title, command.shortcut])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, QColor(style.MUTED_GREY))
            if not command.enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, self.tr("Not available now"))
            self.list.addTopLevelItem(item)
        self._move(0, 1)

    def current(self) -> Command | None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _move(self, start: int, step: int) -> None:
        """Makes the first enabled command from `start` (going by `step`) the current one;
        stays put when there is none that way."""
        row = start
        while 0 <= row < len(self._shown):
            if self._shown[row].enabled:
                self.list.setCurrentItem(self.list.topLevelItem(row))
                return
            row += step
        if self.current() is None:
            self.list.setCurrentItem(None)

    def run_current(self) -> None:
        """Closes the box, then runs the current command (if it may run)."""
        command = self.current()
        if command is None or not command.enabled:
            return
        self.chosen = command
        self.accept()
        command.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            row = self.list.indexOfTopLevelItem(self.list.currentItem())
            if key == Qt.Key.Key_Down:
                self._move(row + 1, 1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(row - 1, -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(len(self._shown) - 1 if key == Qt.Key.Key_PageDown else 0,
                           -1 if key == Qt.Key.Key_PageDown else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)


class WindowCommands(QObject):
    """Fills the main window's registry: its actions (pages, file, help), the order actions,
    the pages' main buttons (New gig…, New client…, Back up now), "income YEAR" and the
    orders found by the words typed. Only the window's public parts are used."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def registry(self) -> CommandRegistry:
        w = self.window
        reg = CommandRegistry()
        reg.add_actions(lambda: w.page_actions, keywords=lambda: self.tr("go to page"))
        reg.add_actions(lambda: w.pages["orders"].order_actions.values(),
                        keywords=lambda: self.tr("order"))
        reg.add_actions(lambda: [w.act_new_order, w.act_find, w.act_export_csv,
                                 w.act_import_csv, w.act_import_payments, w.act_diagnostics,
                                 w.act_about, w.act_quit])
        reg.add_source(self._buttons)
        reg.add_provider(self._income_year)
        reg.add_provider(self._orders)
        return reg

    def _buttons(self) -> Iterable[Command]:
        pages = self.window.pages
        for page_id, button in (("gigs", pages["gigs"].new_button),
                                ("clients", pages["clients"].new_button),
                                ("settings", pages["settings"].backup_button)):
            yield Command(plain(button.text()),
                          lambda p=page_id, b=button: (self.window.show_page(p), b.click()),
                          button.isEnabled())

    def _income_year(self, text: str) -> Iterable[Command]:
        """A year typed (1990–2100) offers Income for that year."""
        for word in text.split():
            if word.isdigit() and len(word) == 4 and 1990 <= int(word) <= 2100:
                year = int(word)
                title = self.tr("Income for {year}").format(year=year)
                rest = " ".join(x for x in text.split() if x != word)
                if match_rank(rest, title, self.tr("income revenue money year")) is not None:
                    yield Command(title, lambda y=year: self.window.show_income(y))
                return

    def _orders(self, text: str) -> Iterable[Command]:
        """Orders whose title, brief, reference or client have the words typed (three
        letters at least), newest first: five at most."""
        if len(text.strip()) < 3:
            return []
        from storage.search import search_orders

        with self.window.ctx.store.session() as s:
            found = [(o.id, o.title, o.client.name) for o in search_orders(s, text, limit=5)]
        return [Command(self.tr("Open order “{title}” ({client})").format(
                            title=title, client=client),
                        lambda i=order_id: self.window.open_order(i))
                for order_id, title, client in found]


class ShortcutKeeper(QObject):
    """Keeps a window-wide shortcut (Ctrl+K) working in text fields.

    On X11 a line edit takes Ctrl+K for "delete to the end of the line" and claims it before
    the window's shortcut; this filter, on the text field that has the focus, lets the
    shortcut have it. Only the focused text field is watched (an application-wide filter
    would see every event)."""

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.action = action
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS) and isinstance(self.parent(), QWidget) \
                and self.parent().isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.action.isEnabled():
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) == self.action.shortcut():
                return True  # not accepted: the shortcut runs
        return super().eventFilter(watched, event)

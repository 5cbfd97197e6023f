"""Calendar: a month of due dates, the agenda of the chosen day and the next two weeks, and
the due dates exported as an .ics file for the calendar app the freelancer already uses."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDir, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.jobs import Job, JobContext, error_text
from desktop.labels import status_label
from desktop.ui import style
from desktop.ui.pages.base import Page
from desktop.ui.widgets.column_fit import ColumnFitter
from storage import settings
from storage.agenda import DueOrder, due_between, local_midnight
from storage.ics import export_ics

AGENDA_DAYS = 15  # the selected day and the next 14
DUE_BACKGROUND, DUE_FOREGROUND = style.CALENDAR_DUE
LATE_BACKGROUND, LATE_FOREGROUND = style.CALENDAR_LATE


class _ExportError(Exception):
    """A readable reason the calendar file could not be written."""


class CalendarPage(Page):
    """A month view whose days with due dates stand out, an agenda beside it, .ics export."""

    topics = Changed.ORDERS | Changed.CLIENTS | Changed.SETTINGS
    open_order = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.zone: ZoneInfo = ZoneInfo("UTC")
        self.marked: dict[date, str] = {}  # day → "due" or "late", for the visible month
        self.agenda_orders: list[DueOrder] = []
        self._loaded = False  # refresh() has read the zone and moved to today
        self._export_job: Job | None = None

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setMinimumSize(380, 300)
        # Weekends in the normal text colour: red means late on this page.
        weekend = QTextCharFormat()
        weekend.setForeground(self.palette().text())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self.calendar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.legend_due = QLabel()
        self.legend_late = QLabel()
        for label, bg, fg in ((self.legend_due, DUE_BACKGROUND, DUE_FOREGROUND),
                              (self.legend_late, LATE_BACKGROUND, LATE_FOREGROUND)):
            label.setStyleSheet(f"background: {bg}; color: {fg}; font-weight: bold;"
                                "border-radius: 4px; padding: 2px 8px;")
        legend = QHBoxLayout()
        legend.setSpacing(8)
        legend.addWidget(self.legend_due)
        legend.addWidget(self.legend_late)
        legend.addStretch(1)

        self.today_button = QPushButton()
        self.export_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_hint = QLabel()
        self.export_hint.setWordWrap(True)
        style.muted(self.export_hint)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.calendar)
        left.addLayout(legend)
        left.addSpacing(6)
        left.addLayout(buttons)
        left.addWidget(self.export_hint)
        left.addWidget(self.export_status)
        left.addStretch(1)

        self.agenda_title = QLabel()
        font = self.agenda_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.agenda_title.setFont(font)
        self.agenda_range = QLabel()
        style.muted(self.agenda_range)
        self.agenda = QTreeWidget()
        self.agenda.setColumnCount(4)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setItemsExpandable(False)
        self.agenda.setUniformRowHeights(False)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The order's title takes the room left (160 px at least), the time shows whole, the
        # client narrows and the status hides when the agenda is narrow (1024 px windows).
        self.agenda_fitter = ColumnFitter(self.agenda, 1, (0,), {2: 100, 3: 100},
                                          hide_first=(3,))
        self.agenda_empty = QLabel()
        self.agenda_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.agenda_empty.setWordWrap(True)
        self.agenda_empty.setStyleSheet(style.MUTED_CSS + " padding: 24px;")

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.agenda_title)
        right.addWidget(self.agenda_range)
        right.addWidget(self.agenda, 1)
        right.addWidget(self.agenda_empty, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(24)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        self.setTabOrder(self.calendar, self.agenda)

        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._fill_agenda)
        self.calendar.activated.connect(self._focus_agenda)
        self.agenda.itemActivated.connect(self._activated)
        self.today_button.clicked.connect(self.go_to_today)
        self.export_button.clicked.connect(self.choose_export_path)

        self.retranslate()

    # --- Page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Calendar")

    def focus_target(self) -> QWidget | None:
        return self.agenda

    def retranslate(self) -> None:
        self.calendar.setFirstDayOfWeek(self.ctx.i18n.locale().firstDayOfWeek())
        self.calendar.setLocale(self.ctx.i18n.locale())
        self.legend_due.setText(self.tr("Due"))
        self.legend_late.setText(self.tr("Late"))
        self.legend_due.setToolTip(self.tr("Days when an open order is due"))
        self.legend_late.setToolTip(self.tr("Days with an order that is late"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Show today in the calendar"))
        self.export_button.setText(self.tr("Export .ics…"))
        self.export_button.setToolTip(self.tr(
            "Save the due dates of open orders, and the declarations still to make with their "
            "amounts, as an iCalendar file for Google Calendar, Outlook, Apple Calendar or "
            "Thunderbird"))
        self.export_hint.setText(self.tr(
            "Export again after changes: events keep their identity, so your calendar app "
            "updates them instead of adding copies."))
        self.agenda_title.setText(self.tr("Agenda"))
        self.agenda.setHeaderLabels(
            [self.tr("Time"), self.tr("Order"), self.tr("Client"), self.tr("Status")])
        self._fill_agenda()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.zone = settings.local_zone(s)
        if not self._loaded:
            self._loaded = True
            self.go_to_today()
        self._mark_visible()
        self._fill_agenda()

    # --- the month ------------------------------------------------------------------------

    def today(self) -> date:
        return self.ctx.clock.now().astimezone(self.zone).date()

    def go_to_today(self) -> None:
        today = QDate(self.today())
        self.calendar.setSelectedDate(today)
        self.calendar.setCurrentPage(today.year(), today.month())

    def _page_changed(self, _year: int, _month: int) -> None:
        self._mark_visible()

    def _visible_range(self) -> tuple[date, date]:
        """The days the month grid can show (six weeks around the month), end exclusive."""
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        return first - timedelta(days=14), first + timedelta(days=49)

    def _mark_visible(self) -> None:
        start, stop = self._visible_range()
        now = self.ctx.clock.now()
        with self.ctx.store.session() as s:
            orders = due_between(s, local_midnight(start, self.zone),
                                 local_midnight(stop, self.zone), now, self.zone)
        marked: dict[date, str] = {}
        counts: dict[date, int] = defaultdict(int)
        for o in orders:
            day = o.local_due.date()
            counts[day] += 1
            if o.late:
                marked[day] = "late"
            else:
                marked.setdefault(day, "due")
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every day
        today = self.today()
        for day, kind in marked.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            late = kind == "late"
            fmt.setBackground(QBrush(QColor(LATE_BACKGROUND if late else DUE_BACKGROUND)))
            fmt.setForeground(QBrush(QColor(LATE_FOREGROUND if late else DUE_FOREGROUND)))
            fmt.setToolTip(self.tr("%n order(s) due", "", counts[day]))
            fmt.setFontUnderline(day == today)
            self.calendar.setDateTextFormat(QDate(day), fmt)
        if today not in marked:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontUnderline(True)
            self.calendar.setDateTextFormat(QDate(today), fmt)
        self.marked = marked

    # --- the agenda -----------------------------------------------------------------------

    def agenda_days(self) -> tuple[date, date]:
        """The selected day and the last day of the agenda (inclusive)."""
        first = self.calendar.selectedDate().toPython()
        assert isinstance(first, date)
        return first, first + timedelta(days=AGENDA_DAYS - 1)

    def _fill_agenda(self) -> None:
        first, last = self.agenda_days()
        i18n = self.ctx.i18n
        self.agenda_range.setText(self.tr("{first} to {last}").format(
            first=i18n.date(first), last=i18n.date(last)))
        if not self._loaded:
            return  # refresh() fills it when the page is first shown
        now = self.ctx.clock.now()
        with self.ctx.store.session() as s:
            self.agenda_orders = due_between(
                s, local_midnight(first, self.zone),
                local_midnight(last + timedelta(days=1), self.zone), now, self.zone)
        self.agenda.clear()
        locale = i18n.locale()
        late_brush = QBrush(QColor(LATE_FOREGROUND))
        day_item: QTreeWidgetItem | None = None
        current_day: date | None = None
        for o in self.agenda_orders:
            day = o.local_due.date()
            if day != current_day:
                current_day = day
                day_item = QTreeWidgetItem([self._day_heading(day)])
                day_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(day_item.font(0))
                font.setBold(True)
                day_item.setFont(0, font)
                self.agenda.addTopLevelItem(day_item)
                day_item.setFirstColumnSpanned(True)
            clock = locale.toString(o.local_due.time(), QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem([clock, o.title, o.client, status_label(o.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, o.id)
            item.setToolTip(1, o.title)
            item.setToolTip(2, o.client)
            if o.late:
                item.setForeground(0, late_brush)
                item.setForeground(3, late_brush)
                item.setText(3, self.tr("{status} · late").format(
                    status=status_label(o.status)))
            assert day_item is not None
            day_item.addChild(item)
        self.agenda.expandAll()
        has_items = bool(self.agenda_orders)
        self.agenda.setVisible(has_items)
        self.agenda_empty.setVisible(not has_items)
        self.agenda_empty.setText(self.tr(
            "Nothing due from {first} to {last}.\nPick another day in the calendar.").format(
            first=i18n.date(first), last=i18n.date(last)))

    def _day_heading(self, day: date) -> str:
        today = self.today()
        # A date pattern for the translator: French writes “lundi 23 novembre”.
        text = self.ctx.i18n.locale().toString(QDate(day), self.tr("dddd, MMMM d"))
        text = text[:1].upper() + text[1:]
        if day == today:
            return self.tr("{day} · today").format(day=text)
        if day == today + timedelta(days=1):
            return self.tr("{day} · tomorrow").format(day=text)
        return text

    def _focus_agenda(self, _day: QDate) -> None:
        for i in range(self.agenda.topLevelItemCount()):
            top = self.agenda.topLevelItem(i)
            if top.childCount():
                self.agenda.setCurrentItem(top.child(0))
                self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if value is not None:
            self.open_order.emit(int(value))

    # --- export ---------------------------------------------------------------------------

    def choose_export_path(self) -> None:
        start = self.ctx.qsettings.value("calendar/export_dir", QDir.homePath())
        suggested = str(Path(str(start)) / self.tr("atelier-due-dates.ics"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export due dates"), suggested,
            self.tr("iCalendar files (*.ics);;All files (*)"))
        if path:
            if not path.lower().endswith(".ics") and "." not in Path(path).name:
                path += ".ics"
            self.ctx.qsettings.setValue("calendar/export_dir", str(Path(path).parent))
            self.export_ics(path)

    def export_ics(self, path: str | Path) -> Job:
        """Write the .ics file in a worker; the result shows under the button."""
        target = Path(path)
        now = self.ctx.clock.now()
        store = self.ctx.store

        def work(job: JobContext) -> int:
            job.check()
            with store.session() as s:
                try:
                    return export_ics(s, target, now=now)
                except OSError as exc:
                    raise _ExportError(exc.strerror or str(exc)) from exc

        self.export_button.setEnabled(False)
        style.plain(self.export_status)
        self.export_status.setText(self.tr("Exporting…"))
        self._export_job = self.ctx.jobs.submit(
            self.tr("Exporting due dates"), work,
            on_finished=lambda count: self._exported(target, count),
            on_failed=lambda error: self._export_failed(target, error),
            on_cancelled=self._export_cancelled)
        return self._export_job

    def _exported(self, target: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        style.success(self.export_status)
        self.export_status.setText(self.tr("%n due date(s) exported to {path}.", "", count)
                                   .format(path=str(target)))

    def _export_failed(self, target: Path, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        style.error(self.export_status)
        self.export_status.setText(self.tr("Could not write {path}: {reason}").format(
            path=str(target), reason=error_text(error)))

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        style.plain(self.export_status)
        self.export_status.setText(self.tr("Export cancelled."))


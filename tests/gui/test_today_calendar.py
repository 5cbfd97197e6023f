"""The Today and Calendar pages on the demo store (its 'today' is NOW, 2026-11-23 09:00 UTC)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView, QTreeWidgetItem, QWidget
from sqlalchemy import func, select

from desktop.changes import Changed
from desktop.ui.pages.calendar import LATE_BACKGROUND, CalendarPage
from desktop.ui.pages.today import MAX_DECLARATIONS, TodayPage
from storage import settings
from storage.checklist import todo
from storage.ics import due_declarations
from storage.income import income_report
from storage.orders import OPEN_STATES, deadlines, is_late
from storage.payments import record_payment
from storage.tables import Order, OrderStatus, PaymentKind
from storage.today import load_today, net_received, same_days_last_month
from storage.urssaf import next_declaration
from tests.factories import at, client, gig_with_packages, order, walk
from tests.gui.conftest import NOW

DONE = (OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)


@pytest.fixture
def host(qtbot) -> QWidget:
    """A plain host for a page, as the main window's stack would hold it; the fixture keeps
    it (and so the page in it) alive for the test.

    The host has no layout: a top-level widget with a layout makes the offscreen platform
    warn ("does not support propagateSizeHints()"), which fails a test here.
    """
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1100, 780)
    return widget


def shown(page, host: QWidget):
    """Show ``page`` inside ``host`` (the page refreshes when first shown)."""
    page.setParent(host)
    page.resize(host.size())
    host.show()
    return page


@pytest.fixture
def today_page(demo_ctx, host) -> TodayPage:
    return shown(TodayPage(demo_ctx), host)


@pytest.fixture
def calendar_page(demo_ctx, host) -> CalendarPage:
    return shown(CalendarPage(demo_ctx), host)


def ids(tree) -> list[int]:
    return [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(tree.topLevelItemCount())]


def agenda_items(page: CalendarPage) -> list[QTreeWidgetItem]:
    out = []
    for i in range(page.agenda.topLevelItemCount()):
        day = page.agenda.topLevelItem(i)
        out += [day.child(j) for j in range(day.childCount())]
    return out


# --- Today -------------------------------------------------------------------------------


def test_today_lists_what_storage_says_is_late_and_due(demo_ctx, today_page) -> None:
    now = demo_ctx.clock.now()
    with demo_ctx.store.session() as s:
        hours = int(settings.get(s, "due_soon_hours"))
        late, soon = deadlines(s, now, timedelta(hours=hours))
        late_ids, soon_ids = [o.id for o in late], [o.id for o in soon]
    assert late_ids, "the demo store has late orders at NOW"
    lists = today_page.lists
    assert lists["late"].topLevelItemCount() == len(late_ids)
    assert ids(lists["late"]) == late_ids
    assert today_page.cards["late"].badge.text() == str(len(late_ids))
    assert ids(lists["today"]) + ids(lists["soon"]) == soon_ids
    assert not today_page.empty_card.isVisible()
    assert today_page.cards["late"].isVisible()
    assert "late by" in lists["late"].topLevelItem(0).text(1)
    assert today_page.title() == "Today"
    assert "Monday, November 23, 2026" in today_page.date_line.text()


def test_today_earned_this_month_is_storages_figure(demo_ctx, today_page) -> None:
    with demo_ctx.store.session() as s:
        zone = settings.local_zone(s)
        rows = {r.key: r.net_minor
                for r in income_report(s, "month", 2026, zone=zone).rows}
        home = settings.home_currency(s)
        # compared with October from the 1st to the same day and time, not all October
        last = net_received(s, home, *same_days_last_month(NOW, zone))
    assert today_page.earned_value.text() == demo_ctx.i18n.money(rows["2026-11"], home)
    assert 0 < last < rows["2026-10"]
    assert demo_ctx.i18n.money(last, home) in today_page.earned_compare.text()
    assert "vs Oct 1–23" in today_page.earned_compare.text()
    change = round((rows["2026-11"] - last) * 100 / last)
    assert f"{abs(change)}%" in today_page.earned_compare.text()


def test_today_pending_is_one_total_in_the_home_currency(demo_ctx, today_page) -> None:
    with demo_ctx.store.session() as s:
        data = load_today(s, NOW)
    assert "USD" in data.pending and not data.pending_left_out  # the demo has USD rates
    assert today_page.pending_value.text() == demo_ctx.i18n.money(data.pending_home, "EUR")
    assert "+" not in today_page.pending_value.text()
    detail = today_page.pending_detail.text()
    assert all(demo_ctx.i18n.money(a, c) in detail for c, a in data.pending.items())
    assert "latest payment" in today_page.pending_card.toolTip()


def test_today_shows_the_next_declaration(demo_ctx, today_page) -> None:
    with demo_ctx.store.session() as s:
        zone = settings.local_zone(s)
        decl = next_declaration(s, date(2026, 11, 23), zone=zone)
        assert settings.get(s, "status") == "fr_micro"  # the demo's freelancer
        checklist = todo(s, date(2026, 11, 23), zone)
    assert decl is not None and checklist is not None
    assert today_page.declarations_card.isVisible()
    # the card shows the declarations to make, oldest deadline first; past the first few,
    # the others are named under them
    keys = [d.period_key for d in checklist.declarations]
    assert decl.key in keys
    shown = [row.due.period_key for row in today_page.declaration_rows]
    assert shown == keys[:MAX_DECLARATIONS]
    if decl.key in shown:
        row = today_page.declaration_rows[shown.index(decl.key)]
        assert "URSSAF declaration" in row.title.text()
        assert row.values[0].text() == demo_ctx.i18n.money(decl.total_declared_minor, "EUR")
        assert row.values[1].text() == demo_ctx.i18n.money(
            sum(decl.contributions_minor.values()), "EUR")
        days = (decl.deadline - date(2026, 11, 23)).days
        assert f"{days} day" in row.note.text()
    else:
        assert today_page.checklist_more.isVisible()
        assert decl.key in today_page.checklist_more.text()


def test_double_click_on_an_order_asks_to_open_it(demo_ctx, today_page, qtbot) -> None:
    tree = today_page.lists["late"]
    item = tree.topLevelItem(0)
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(today_page.open_order) as blocker:
        # a real double-click: press and release, then the double-click event
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [item.data(0, Qt.ItemDataRole.UserRole)]


def test_today_on_an_empty_store_wishes_a_good_day(ctx, host) -> None:
    page = shown(TodayPage(ctx), host)
    # a new store shows the next step (issue 16) in place of "All clear"; once the store
    # holds a gig and an order, or the person hid the steps, nothing due reads "All clear"
    assert page.next_step_card.isVisible() and not page.empty_card.isVisible()
    with ctx.store.transaction() as s:
        gig_with_packages(s)
    ctx.events.emit(Changed.GIGS)
    assert page.next_step_card.steps == ["import", "order"]  # what is still missing
    with ctx.store.transaction() as s:
        settings.put(s, "next_steps_hidden", "yes")  # "Hide these steps"
    ctx.events.emit(Changed.SETTINGS)
    assert not page.next_step_card.isVisible()
    assert page.empty_card.isVisible()
    assert page.empty_title.text() == "Nothing due. Enjoy your day."
    assert not page.cards["late"].isVisible()
    assert page.cards["progress"].isVisible()
    assert page.empty_labels["progress"].isVisible()
    assert page.earned_value.text() == ctx.i18n.money(0, "EUR")
    assert "Nothing earned last month" in page.earned_compare.text()

    # an order due in two hours: the page follows the store's change events
    with ctx.store.transaction() as s:
        order(s, title="Carte de visite", client_obj=client(s, "Boulangerie Martin"),
              received="2026-11-20T09:00", due="2026-11-23T11:00")
    ctx.events.emit(Changed.ORDERS)
    assert not page.empty_card.isVisible()
    assert page.lists["today"].topLevelItemCount() == 1
    assert page.lists["today"].topLevelItem(0).text(1) == "in 2 h"
    assert page.lists["today"].topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1) == (
        "Boulangerie Martin · Direct")


def test_today_pending_names_the_currencies_it_cannot_convert(ctx, host) -> None:
    with ctx.store.transaction() as s:
        c = client(s)
        for currency in ("EUR", "USD", "CAD"):
            o = order(s, platform_name="ComeUp", client_obj=c, price_minor=10000,
                      currency=currency)
            walk(s, o, *DONE, start="2026-11-20T10:00")
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=5000, currency="USD",
                       received_at=at("2026-11-02T10:00"), rate="0.9")
    page = shown(TodayPage(ctx), host)
    with ctx.store.session() as s:
        data = load_today(s, NOW)
    assert page.pending_value.text() == ctx.i18n.money(data.pending_home, "EUR")
    assert data.pending_home == data.pending["EUR"] + round(data.pending["USD"] * 0.9)
    assert ctx.i18n.money(data.pending["CAD"], "CAD") in page.pending_detail.text()
    assert "Not in the total: CAD" in page.pending_note.text()


def test_the_declaration_is_hidden_when_the_home_currency_is_not_eur(ctx, host) -> None:
    with ctx.store.transaction() as s:
        settings.put(s, "status", "fr_micro")
        # money received: from its period on, there is an URSSAF declaration to make
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=50000, currency="EUR",
                       received_at=at("2026-11-02T10:00"))
    page = shown(TodayPage(ctx), host)
    assert page.declarations_card.isVisible()
    assert page.declarations_card.title.text() == "Next URSSAF declaration"
    assert page.declaration_rows
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "CAD")
    ctx.events.emit(Changed.SETTINGS)
    assert not page.declaration_rows  # the URSSAF declaration is made in euros
    assert page.earned_value.text() == ctx.i18n.money(0, "CAD")


def test_pages_follow_a_language_switch(demo_ctx, today_page, calendar_page) -> None:
    before = today_page.earned_value.text()
    demo_ctx.i18n.set_language("fr")
    # Qt sends LanguageChange when a catalogue is installed; send it even without one
    for page in (today_page, calendar_page):
        QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert today_page.earned_value.text() != before  # money in the French format
    assert "€" in today_page.earned_value.text()
    assert "novembre" in today_page.date_line.text()
    assert calendar_page.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday


# --- Calendar ----------------------------------------------------------------------------


def _open_due_in_november(demo_ctx) -> list[tuple[int, str, date, bool]]:
    with demo_ctx.store.session() as s:
        zone = settings.local_zone(s)
        start = datetime.combine(date(2026, 11, 1), time(), zone)
        stop = datetime.combine(date(2026, 12, 1), time(), zone)
        orders = s.scalars(select(Order).where(
            Order.status.in_([st.value for st in OPEN_STATES]),
            Order.due_at >= start, Order.due_at < stop).order_by(Order.due_at))
        now = demo_ctx.clock.now()
        return [(o.id, o.title, o.due_at.astimezone(zone).date(), is_late(o, now))
                for o in orders]


def test_the_calendar_marks_days_with_due_orders(demo_ctx, calendar_page) -> None:
    cal = calendar_page.calendar
    assert cal.selectedDate() == QDate(2026, 11, 23)
    assert (cal.yearShown(), cal.monthShown()) == (2026, 11)
    due = _open_due_in_november(demo_ctx)
    assert due
    for _oid, _title, day, _late in due:
        fmt = cal.dateTextFormat(QDate(day))
        assert fmt.fontWeight() == QFont.Weight.Bold
        assert fmt.background().style() != Qt.BrushStyle.NoBrush
    late_days = {day for *_, day, late in due if late}
    assert late_days
    for day in late_days:
        assert cal.dateTextFormat(QDate(day)).background().color() == QColor(LATE_BACKGROUND)
    free = next(QDate(2026, 11, d) for d in range(1, 31)
                if date(2026, 11, d) not in {x[2] for x in due} | {date(2026, 11, 23)})
    assert cal.dateTextFormat(free).background().style() == Qt.BrushStyle.NoBrush


def test_changing_month_marks_the_new_month(demo_ctx, calendar_page) -> None:
    with demo_ctx.store.transaction() as s:
        order(s, title="Vœux de nouvel an", client_obj=client(s, "Mairie de Sète"),
              received="2026-11-20T09:00", due="2027-02-10T15:00")
    demo_ctx.events.emit(Changed.ORDERS)
    cal = calendar_page.calendar
    assert cal.dateTextFormat(QDate(2027, 2, 10)).fontWeight() != QFont.Weight.Bold
    cal.setCurrentPage(2027, 2)
    assert cal.dateTextFormat(QDate(2027, 2, 10)).fontWeight() == QFont.Weight.Bold
    assert date(2027, 2, 10) in calendar_page.marked


def test_the_agenda_lists_the_selected_day_and_the_next_two_weeks(
    demo_ctx, calendar_page, qtbot
) -> None:
    oid, title, day, _late = next(x for x in _open_due_in_november(demo_ctx)
                                  if x[2] < date(2026, 11, 23))
    calendar_page.calendar.setSelectedDate(QDate(day))
    items = agenda_items(calendar_page)
    assert title in [i.text(1) for i in items]
    assert calendar_page.agenda_days() == (day, day + timedelta(days=14))
    first = calendar_page.agenda.topLevelItem(0)
    assert first.text(0).startswith(QDate(day).toString("dddd"))

    # Enter on an agenda item asks to open the order
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == oid)
    calendar_page.agenda.setFocus()
    calendar_page.agenda.setCurrentItem(item)
    with qtbot.waitSignal(calendar_page.open_order) as blocker:
        qtbot.keyClick(calendar_page.agenda, Qt.Key.Key_Return)
    assert blocker.args == [oid]

    # a day far from every due date: a helpful sentence instead of an empty table
    calendar_page.calendar.setSelectedDate(QDate(2026, 3, 1))
    assert agenda_items(calendar_page) == [] or calendar_page.agenda.isHidden()
    assert calendar_page.agenda_empty.isVisible()
    assert calendar_page.agenda_empty.text().startswith("Nothing due from")


def test_arrow_keys_move_the_selected_day(calendar_page, qtbot) -> None:
    view = calendar_page.calendar.findChild(QTableView)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert calendar_page.calendar.selectedDate() == QDate(2026, 11, 24)
    assert calendar_page.agenda_days()[0] == date(2026, 11, 24)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert calendar_page.calendar.selectedDate() == QDate(2026, 12, 1)
    assert calendar_page.calendar.monthShown() == 12


def test_export_writes_one_event_per_open_order_with_a_due_date(
    demo_ctx, calendar_page, qtbot, tmp_path: Path
) -> None:
    target = tmp_path / "due.ics"
    calendar_page.export_ics(target)
    assert not calendar_page.export_button.isEnabled()
    qtbot.waitUntil(calendar_page.export_button.isEnabled, timeout=5_000)
    with demo_ctx.store.session() as s:
        expected = s.scalar(select(func.count(Order.id)).where(
            Order.status.in_([st.value for st in OPEN_STATES]), Order.due_at.is_not(None)))
        # and the declarations of the demo's status (fr_micro) not marked done
        expected += len(due_declarations(s, NOW))
    assert expected
    data = target.read_bytes()
    assert data.count(b"BEGIN:VEVENT\r\n") == expected
    assert data.count(b"END:VEVENT\r\n") == expected
    assert str(target) in calendar_page.export_status.text()
    assert f"{expected} due date" in calendar_page.export_status.text()


def test_a_failed_export_says_why(calendar_page, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "due.ics"
    calendar_page.export_ics(target)
    qtbot.waitUntil(calendar_page.export_button.isEnabled, timeout=5_000)
    text = calendar_page.export_status.text()
    assert text.startswith("Could not write") and "No such file or directory" in text
    assert not target.exists()


def test_the_calendar_follows_the_clock_in_the_users_zone(ctx, host) -> None:
    # 23:30 UTC is already the next day in Paris
    with ctx.store.transaction() as s:
        settings.put(s, "timezone", "Europe/Paris")
        order(s, title="Minuit", client_obj=client(s, "Opéra"), received="2026-11-20T09:00",
              due="2026-11-24T23:30")
    ctx.clock.set(at("2026-11-23T23:30"))
    page = shown(CalendarPage(ctx), host)
    assert page.calendar.selectedDate() == QDate(2026, 11, 24)
    assert date(2026, 11, 25) in page.marked  # 00:30 in Paris
    items = agenda_items(page)
    assert [i.text(1) for i in items] == ["Minuit"]
    assert items[0].text(0).replace("\u202f", " ") == "12:30 AM"

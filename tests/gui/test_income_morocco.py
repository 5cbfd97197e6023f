"""The Income page's Moroccan panel on its own: periods, AMO, meters in words and colour."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop.ui import style
from desktop.ui.pages.income_morocco import Panel, Problem, compute
from storage import settings
from storage.morocco import due_declaration
from storage.obligations import mark_done
from tests.factories import client
from tests.unit.test_morocco import pay, setup_morocco

CASA = ZoneInfo("Africa/Casablanca")


def _panel(qtbot, ctx):
    panel = Panel(ctx)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    return panel


def test_periods_amo_and_meters(qtbot, ctx) -> None:
    with ctx.store.transaction() as s:
        setup_morocco(s)
        atlas = client(s, "Studio Atlas", country="MA")
        small = client(s, "Petit client", country="MA")
        pay(s, 8_000_100, "2026-02-01T12:00", client_id=atlas.id)  # 80,001 MAD
        pay(s, 1_000_000, "2026-05-01T12:00", client_id=small.id)  # 10,000 MAD
    with ctx.store.session() as s:
        data = compute(s, 2026, CASA)
    with ctx.store.transaction() as s:
        mark_done(s, due_declaration(s, data.periods[0], 2026), datetime(2026, 4, 20, tzinfo=UTC))
    with ctx.store.session() as s:
        data = compute(s, 2026, CASA)
    panel = _panel(qtbot, ctx)
    panel.show_data(data)
    model = panel.model
    assert model.rowCount() == 5  # four quarters and the total
    assert model.item(0, 0).text() == "Q1 2026"
    assert model.item(0, 1).text() == "MAD\u00a080,001.00"
    # 80,001 MAD from Studio Atlas: the 1.00 MAD above 80,000 is withheld at 30 % by the
    # client (final), so the 1 % is on 80,000 MAD = 800.00 MAD
    assert model.item(0, 2).text() == "MAD\u00a0800.00"
    assert model.item(0, 4).text() == "✓" and model.item(1, 4).text() == ""
    assert model.item(4, 1).text() == "MAD\u00a090,001.00"
    # tax 800.00 + 100.00 = 900.00 MAD → band 2 (500–1,000): 390 MAD a quarter
    assert "MAD\u00a0390.00 per quarter" in panel.amo.text()
    assert "MAD\u00a01,560.00 for the year" in panel.amo.text()
    levels = {lab.property("level"): lab for lab in panel.meter_labels}
    assert [lab.property("level") for lab in panel.meter_labels] == ["ok", "exceeded", None]
    # The clients within the limit are summed up in one line, not listed one by one.
    assert panel.meter_labels[2].text() == (
        "Other clients: 1, each within the single-client limit of MAD\u00a080,000.00; the "
        "largest, Petit client, at 12 %.")
    over = levels["exceeded"]
    assert "Studio Atlas: over the limit" in over.text()
    assert "withholds 30 % of the MAD\u00a01.00 above it: MAD\u00a00.30" in over.text()
    assert "That withholding is final: the excess is left out of your 1 % tax." in over.text()
    assert style.BANNERS["exceeded"].background in over.styleSheet()
    assert "CGI art. 73-II-G-8°" in over.toolTip()


def test_a_warning_is_said_in_words(qtbot, ctx) -> None:
    with ctx.store.transaction() as s:
        setup_morocco(s, period="month")
        c = client(s, "Studio Atlas", country="MA")
        pay(s, 7_999_900, "2026-02-01T12:00", client_id=c.id)  # 79,999 MAD: not above 80,000
    with ctx.store.session() as s:
        data = compute(s, 2026, CASA)
    panel = _panel(qtbot, ctx)
    panel.show_data(data)
    assert panel.model.rowCount() == 13 and panel.model.item(1, 0).text() == "02/2026"
    assert "by month" in panel.title.text()
    warning = next(lab for lab in panel.meter_labels if lab.property("level") == "warning")
    assert "close to the limit" in warning.text() and "(99 %)" in warning.text()
    assert "Above it, the client withholds 30 % of the excess." in warning.text()
    assert style.BANNERS["warning"].background in warning.styleSheet()
    panel.retranslate()  # the texts are made again from the data
    assert panel.model.rowCount() == 13 and len(panel.meter_labels) == 2


def test_another_home_currency_is_explained(qtbot, ctx) -> None:
    with ctx.store.transaction() as s:
        setup_morocco(s)
        settings.put(s, "home_currency", "EUR")
    with ctx.store.session() as s:
        data = compute(s, 2026, CASA)
    assert isinstance(data, Problem)
    panel = _panel(qtbot, ctx)
    panel.show()
    panel.show_data(data)
    assert panel.problem.isVisible() and "dirhams" in panel.problem.text()
    assert not panel.table.isVisible() and panel.meter_labels == []


def _year_data(ctx):
    with ctx.store.transaction() as s:
        setup_morocco(s)
        for month in range(1, 13):
            pay(s, 1_165_000, f"2026-{month:02d}-10T12:00")
    with ctx.store.session() as s:
        return compute(s, 2026, CASA)


def test_the_total_row_is_never_drawn_over_the_amo_line(qtbot, ctx) -> None:
    data = _year_data(ctx)
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()  # the Income tab of a 1280×800 window: short, fixed by the window
    qtbot.addWidget(host)
    host.setFixedSize(1000, 260)
    panel = Panel(ctx)
    QVBoxLayout(host).addWidget(panel)
    panel.show_data(data)
    host.show()
    qtbot.waitUntil(lambda: panel.table.isVisible())
    table, amo, caption = panel.table, panel.amo, panel.meters_caption
    rows = sum(table.rowHeight(r) for r in range(panel.model.rowCount()))
    assert table.height() >= table.horizontalHeader().height() + rows
    assert amo.mapTo(panel, amo.rect().topLeft()).y() >= \
        table.mapTo(panel, table.rect().bottomLeft()).y()
    assert caption.mapTo(panel, caption.rect().topLeft()).y() >= \
        amo.mapTo(panel, amo.rect().bottomLeft()).y()


def test_the_note_says_the_year_tax_is_the_sum_of_the_periods(qtbot, ctx) -> None:
    data = _year_data(ctx)
    panel = _panel(qtbot, ctx)
    panel.show_data(data)
    # the DGI taxes each declaration period: the year's figure adds their rounded taxes
    assert "sum of the taxes of its periods" in panel.note.text()

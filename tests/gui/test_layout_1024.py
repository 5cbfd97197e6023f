"""The window works from 1024 px wide, in English and in French (whose labels are longer):
no page needs more, the order panel shows every label whole, and the Translate page gives its
Files list the room (issue 14, layout)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from storage.tables import Gig, Order, OrderStatus
from tests.gui.conftest import main_window

WIDTH, HEIGHT = 1024, 700
LONG_GIG = ("Professional English to French translation of your website, app, e-commerce "
            "store and marketing emails, with SEO keywords and a free proofreading pass")


@pytest.fixture(params=["en", "fr"])
def language(request, demo_ctx) -> Iterator[str]:
    demo_ctx.i18n.set_language(request.param)
    yield request.param
    demo_ctx.i18n.set_language("en")


@pytest.fixture
def narrow(demo_ctx, language: str, qtbot) -> Iterator:
    """The main window at 1024 × 700, in ``language``."""
    with main_window(demo_ctx, qtbot, (WIDTH, HEIGHT)) as w:
        yield w


def settle(ctx) -> None:
    for _ in range(3):
        QApplication.processEvents()
        ctx.jobs.wait(30_000)
        QApplication.processEvents()


def cut_labels(root: QWidget) -> list[str]:
    """The visible labels under ``root`` whose text does not fit where they are shown."""
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
        if not text or rich:
            continue
        if not label.isVisible() or label.visibleRegion().isEmpty():
            continue  # on a tab not shown
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
            if needed.height() > room.height() + 1 or needed.width() > room.width():
                cut.append(f"{text!r} (needs {needed.width()}×{needed.height()}, "
                           f"has {room.width()}×{room.height()})")
        elif metrics.horizontalAdvance(text) > room.width():
            cut.append(f"{text!r} (needs {metrics.horizontalAdvance(text)}, has {room.width()})")
    return cut


def test_the_window_and_every_page_fit_in_1024_px(narrow, demo_ctx, language: str) -> None:
    assert narrow.minimumSizeHint().width() <= WIDTH
    for page_id, page in narrow.pages.items():
        narrow.show_page(page_id)
        settle(demo_ctx)
        assert narrow.minimumSizeHint().width() <= WIDTH, (language, page_id)
        assert page.width() >= page.minimumSizeHint().width(), (
            f"{language}: the {page_id} page needs {page.minimumSizeHint().width()} px, "
            f"has {page.width()}")
    assert narrow.width() == WIDTH


def _awaiting_order_with_a_long_gig(ctx) -> int:
    from sqlalchemy import select

    with ctx.store.transaction() as s:
        o = s.scalars(select(Order).where(Order.gig_id.is_not(None))
                      .order_by(Order.id)).first()
        assert o is not None
        o.status = OrderStatus.AWAITING_REQUIREMENTS
        gig = s.get(Gig, o.gig_id)
        gig.title = LONG_GIG
        return o.id


def test_the_order_panel_shows_every_label_whole_at_1024_px(narrow, demo_ctx,
                                                             language: str) -> None:
    order_id = _awaiting_order_with_a_long_gig(demo_ctx)
    page = narrow.show_page("orders")
    page.refresh()
    page.select_order(order_id)
    settle(demo_ctx)
    panel = page.detail_stack.currentWidget()
    assert page.detail_status.text()  # "Awaiting requirements", "En attente des exigences"…
    gig = page.info_values["gig"]
    assert gig.text() == LONG_GIG
    cut = cut_labels(panel)
    assert not cut, "\n".join(cut)


def test_the_translate_pages_files_list_gets_the_room(ctx, qtbot, tmp_path) -> None:
    """One project and three files with long names: the Files list shows every file whole
    (the name elided in the middle, whole in its tooltip), without a horizontal scrollbar,
    and the mostly empty Projects list above gives it the room."""
    from desktop.ui.pages.translate import TranslatePage
    from storage.translation import projects as tp

    names = ["contrat-de-prestation-dupont-et-associes-version-finale-signee.srt",
             "episode-02-sous-titres-revus-par-le-client.srt", "notes.srt"]
    for name in names:
        (tmp_path / name).write_text("1\n00:00:01,000 --> 00:00:01,900\nHello there.\n",
                                     encoding="utf-8")
    with ctx.store.transaction() as s:
        project_id = tp.create_project(s, "Dupont", "en", "fr").id
    page = TranslatePage(ctx)
    qtbot.addWidget(page)
    page.resize(WIDTH - 190, HEIGHT)  # the window at 1024 px, less the sidebar
    page.show()
    page.refresh_after_create(project_id, [tmp_path / n for n in names])
    qtbot.waitUntil(lambda: page.idle, timeout=30_000)
    ctx.jobs.wait()
    QApplication.processEvents()
    files, projects = page.files_list, page.projects_list
    assert files.count() == 3
    assert not files.horizontalScrollBar().isVisible()
    viewport = files.viewport().rect()
    for row in range(files.count()):
        item = files.item(row)
        assert viewport.contains(files.visualItemRect(item)), item.text()
        assert names[row] in item.toolTip()
        first_line = item.text().split("\n")[0]
        assert files.fontMetrics().horizontalAdvance(first_line) <= viewport.width()
    assert "…" in files.item(0).text().split("\n")[0]  # elided in the middle
    assert files.item(0).text().startswith("contrat-") and ".srt\n" in files.item(0).text()
    assert files.height() > projects.height()  # one project: the files get the room


def test_no_panel_without_a_horizontal_scrollbar_cuts_its_content(narrow, demo_ctx,
                                                                   language: str) -> None:
    """A panel in a scroll area that never scrolls sideways (the Brainstorm board's settings)
    must fit its width: wider content is simply cut off on the right."""
    from PySide6.QtWidgets import QScrollArea

    cut = []
    for page_id, page in narrow.pages.items():
        narrow.show_page(page_id)
        settle(demo_ctx)
        for area in page.findChildren(QScrollArea):
            if (not area.isVisible() or area.widget() is None
                    or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
                continue
            need = area.widget().minimumSizeHint().width()
            if need > area.viewport().width():
                cut.append(f"{page_id}: needs {need} px, has {area.viewport().width()}")
    assert not cut, cut


def test_the_translate_page_shows_every_label_and_tab_title_whole_at_1024_px(
        narrow, demo_ctx, language: str) -> None:
    """A demo project open on the Translate page at 1024 px: no label is cut, and the side
    panel's titles (Suggestions, Glossary, Checks, Project) show whole — in a drop-down list
    when the tab bar would not fit — and choosing one shows its panel."""
    from sqlalchemy import select

    from storage.tables import TranslationProject

    with demo_ctx.store.session() as s:
        project_id = s.scalars(select(TranslationProject.id)).first()
    page = narrow.show_page("translate")
    page.open_project(project_id)
    settle(demo_ctx)
    assert page.idle
    cut = cut_labels(page)
    assert not cut, "\n".join(cut)
    tabs = page.side_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    if tabs.compact:
        combo = tabs.combo
        assert [combo.itemText(i) for i in range(combo.count())] == titles
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) < combo.width()
        combo.setCurrentIndex(2)
        assert tabs.currentIndex() == 2
    else:
        assert tabs.bar.sizeHint().width() <= tabs.width()
    # Wide enough, the tab bar comes back with the same titles.
    narrow.resize(1600, 900)
    settle(demo_ctx)
    assert not tabs.compact and tabs.bar.isVisible()
    assert [tabs.bar.tabText(i) for i in range(tabs.count())] == titles


KEY_MIN = 160  # the name or title column stays readable


def _figure_columns(page_id: str) -> tuple[int, tuple[int, ...]]:
    """The key column (name or title) and the figures one must see without scrolling."""
    from desktop.itemmodels.orders_model import OrdersModel
    from desktop.ui.pages import clients, gigs

    return {
        "orders": (OrdersModel.TITLE, (OrdersModel.DUE, OrdersModel.PRICE)),
        "gigs": (gigs.COL_TITLE, (gigs.COL_PRICE, gigs.COL_PER_HOUR)),
        "clients": (clients.COL_NAME, (clients.COL_PER_HOUR,)),
    }[page_id]


def cut_cells(table, column: int) -> list[str]:
    """The rows shown whose text in ``column`` does not fit its width, and the header's
    title if its longest word does not fit."""
    header = table.horizontalHeader()
    width = header.sectionSize(column)
    model = table.model()
    cut = []
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    words = title if not header.defaultAlignment() & Qt.AlignmentFlag(
        Qt.TextFlag.TextWordWrap.value) else max(title.split() or [""], key=len)
    if header.fontMetrics().horizontalAdvance(words) + 8 > width:
        cut.append(f"header {title!r} ({width} px)")
    viewport = table.viewport()
    first, last = table.rowAt(0), table.rowAt(viewport.height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    metrics = table.fontMetrics()
    for row in range(max(first, 0), last + 1):
        text = str(model.index(row, column).data() or "")
        if metrics.horizontalAdvance(text) + 6 > width:
            cut.append(f"{text!r} ({metrics.horizontalAdvance(text)} + 6 > {width} px)")
    return cut


@pytest.mark.parametrize("page_id", ["orders", "gigs", "clients"])
def test_the_lists_show_their_key_column_and_figures_at_1024_px(narrow, demo_ctx, language,
                                                                 page_id) -> None:
    """Orders, Gigs and Clients at 1024 px: the title or name column keeps a readable width,
    and the figures (Due, Price, Net/h) are shown whole inside the table, without scrolling
    sideways."""
    page = narrow.show_page(page_id)
    settle(demo_ctx)
    table = page.table
    assert table.model().rowCount() > 3
    header = table.horizontalHeader()
    key, figures = _figure_columns(page_id)
    assert header.sectionSize(key) >= KEY_MIN, (language, page_id, header.sectionSize(key))
    viewport = table.viewport().width()
    problems = []
    for column in figures:
        assert not table.isColumnHidden(column)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > viewport:
            problems.append(f"column {column} ends at {right} px, the table shows {viewport}")
        problems += cut_cells(table, column)
    assert not problems, f"{language} {page_id}:\n" + "\n".join(problems)


def test_the_order_panels_tab_titles_show_whole_at_1024_px(narrow, demo_ctx, language,
                                                            qtbot) -> None:
    """The order panel's tabs (Details, Payments, Deliverables, History) at 1024 px: the
    titles show whole, in a drop-down list when a tab bar would need scroll arrows, and the
    keyboard still reaches Add payment: Tab to the list, an arrow key, then Tab."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    page = narrow.show_page("orders")
    settle(demo_ctx)
    page.select_order(page.model.data(page.model.index(0, 0), page.model.OrderIdRole))
    settle(demo_ctx)
    tabs = page.tabs
    bar = tabs.tabBar()
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert len(titles) == 4
    if bar.isVisible():
        assert bar.sizeHint().width() <= bar.width(), (language, titles, bar.width())
        return
    combo = tabs.findChild(QComboBox)
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == titles
    assert combo.fontMetrics().horizontalAdvance(max(titles, key=len)) < combo.width()
    narrow.activateWindow()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    tabs.setCurrentIndex(0)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert tabs.currentIndex() == 1  # Payments
    for _ in range(20):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is page.add_payment_button:
            break
    assert QApplication.focusWidget() is page.add_payment_button


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_client_dialogs_country_and_language_hints_show_whole(ctx, qtbot, lang) -> None:
    """The Country and Language combos of the client dialog show their hint ("Choose, or
    type a two-letter code") whole, in English and in French."""
    from desktop.ui.dialogs.client_dialog import ClientDialog

    ctx.i18n.set_language(lang)
    try:
        dialog = ClientDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for combo in (dialog.country_combo, dialog.language_combo):
            edit = combo.lineEdit()
            hint = edit.placeholderText()
            assert hint
            need = edit.fontMetrics().horizontalAdvance(hint) + 8  # the edit's margins
            assert need <= edit.width(), f"{lang}: {hint!r} needs {need} px, has {edit.width()}"
    finally:
        ctx.i18n.set_language("en")


def cut_combos(root: QWidget) -> list[str]:
    """The visible drop-down lists under ``root`` whose current text does not fit."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    cut = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if need > field.width():
            cut.append(f"{combo.currentText()!r} (needs {need}, has {field.width()})")
    return cut


def test_the_orders_filters_show_whole_after_switching_to_french(demo_ctx, qtbot) -> None:
    """English at start, then French chosen in Settings while the window is open: the
    Orders page's filters ("Toutes les plateformes"), and every page's, are re-sized and
    show whole."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(WIDTH, HEIGHT)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("orders")
    settle(demo_ctx)
    assert not cut_combos(page)
    try:
        demo_ctx.i18n.set_language("fr")
        settle(demo_ctx)
        assert page.platform_combo.currentText() == "Toutes les plateformes"
        cut = cut_combos(page)
        for page_id, other in w.pages.items():
            if page_id == "brainstorm":
                continue  # its board list shows the boards' names, cut when long
            w.show_page(page_id)
            settle(demo_ctx)
            cut += [f"{page_id}: {c}" for c in cut_combos(other)]
        assert not cut, cut
    finally:
        demo_ctx.i18n.set_language("en")
        demo_ctx.jobs.wait()


@pytest.mark.parametrize("page_id", ["gigs", "clients"])
def test_the_list_pages_buttons_stay_on_one_line_at_1024_px(narrow, demo_ctx, language,
                                                             page_id) -> None:
    """The Gigs and Clients action buttons at 1024 px: beside the filters when they fit,
    else on a line of their own below them — never piled up in three or four lines."""
    page = narrow.show_page(page_id)
    settle(demo_ctx)
    buttons = [b for b in page._action_buttons if b.isVisible()]
    lines = {b.mapTo(page, b.rect().topLeft()).y() for b in buttons}
    assert len(lines) == 1, (language, page_id, [b.text() for b in buttons], sorted(lines))
    for widget in (page.search, *buttons):
        assert page.rect().contains(widget.geometry().translated(
            widget.parentWidget().mapTo(page, widget.parentWidget().rect().topLeft())))


def test_the_calendars_agenda_shows_titles_without_scrolling_sideways(narrow, demo_ctx,
                                                                     language) -> None:
    """The Calendar's agenda at 1024 px: no horizontal scrollbar, the order titles get a
    readable width and the due times show whole."""
    page = narrow.show_page("calendar")
    settle(demo_ctx)
    agenda = page.agenda
    assert agenda.topLevelItemCount() > 0
    header = agenda.header()
    assert not agenda.horizontalScrollBar().isVisible(), (
        language, [header.sectionSize(c) for c in range(header.count())],
        agenda.viewport().width())
    assert header.sectionSize(1) >= KEY_MIN, (language, header.sectionSize(1))
    metrics = agenda.fontMetrics()
    day = agenda.topLevelItem(0)
    for row in range(day.childCount()):
        item = day.child(row)
        shown = agenda.visualRect(agenda.indexFromItem(item, 0))  # less the indentation
        assert metrics.horizontalAdvance(item.text(0)) + 6 <= shown.width(), (
            language, item.text(0), shown.width())


def _overlaps(rects) -> list[str]:
    """Pairs of neighbouring labels whose rectangles touch (2 px of air wanted)."""
    out = []
    for (text_a, a), (text_b, b) in pairwise(rects):
        if a.adjusted(-1, -1, 1, 1).intersects(b.adjusted(-1, -1, 1, 1)):
            out.append(f"{text_a!r} {a.getRect()} touches {text_b!r} {b.getRect()}")
    return out


def _value_labels(view):
    """The horizontal value axis's labels and where QtCharts draws them: centred under
    each tick, the number written in the chart's locale into the label format."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetrics

    axis, plot = view.value_axis, view.chart().plotArea()
    low, high, step = axis.min(), axis.max(), axis.tickInterval()
    metrics = QFontMetrics(axis.labelsFont())
    out = []
    for i in range(round((high - low) / step) + 1):
        value = low + i * step
        number = view.chart().locale().toString(float(value), "f", 0)
        text = axis.labelFormat().replace("%.0f", number)
        x = plot.left() + (value - low) / (high - low) * plot.width()
        w = metrics.horizontalAdvance(text)
        out.append((text, QRectF(x - w / 2, plot.bottom(), w, metrics.height())))
    return out


def _category_labels(view):
    """The category axis's visible labels (blank ones are zero-width spaces), centred under
    their bar."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetrics

    axis, plot = view.category_axis, view.chart().plotArea()
    labels = axis.categories()
    slot = plot.width() / len(labels)
    metrics = QFontMetrics(axis.labelsFont())
    out = []
    for i, label in enumerate(labels):
        if label.strip("\u200b"):
            w = metrics.horizontalAdvance(label)
            out.append((label, QRectF(plot.left() + (i + 0.5) * slot - w / 2, plot.bottom(),
                                      w, metrics.height())))
    return out


def test_the_income_charts_labels_do_not_overlap_at_1024_px(narrow, demo_ctx,
                                                           language) -> None:
    """Income at 1024 px, all years: the client chart's money labels and the month chart's
    month labels do not run into one another, and the client chart's title shows whole
    (on two lines if need be)."""
    from PySide6.QtGui import QFontMetrics

    page = narrow.show_page("income")
    page.set_year(None)
    settle(demo_ctx)
    clients, months = page.client_chart, page.month_chart
    values = _value_labels(clients)
    assert len(values) >= 2, values
    assert not _overlaps(values), (language, _overlaps(values))
    labels = _category_labels(months)
    assert len(labels) >= 2, labels
    assert not _overlaps(labels), (language, _overlaps(labels))
    metrics = QFontMetrics(clients.chart().titleFont())
    lines = clients.chart().title().replace("&amp;", "&").split("<br>")
    for line in lines:
        assert metrics.horizontalAdvance(line) <= clients.width() - 40, (language, line)
    assert " ".join(lines).startswith(("Net received by client", "Net perçu par client"))


def test_the_income_breakdown_shows_8_rows_at_1280_by_760(demo_ctx, qtbot) -> None:
    """At 1280 × 760 the charts leave the Breakdown table room for 8 rows at least (it
    showed 3)."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("income")
    page.set_year(None)
    settle(demo_ctx)
    table = page.table
    assert table.model().rowCount() >= 8
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 8, (rows, table.viewport().height())
    demo_ctx.jobs.wait()


def test_money_with_no_client_is_labelled_no_client_and_shows_whole_at_1024_px(
        narrow, demo_ctx, language) -> None:
    """The client chart named client-less money (imported payments) “Not linked to an
    order”, cut to “Sans comm…” in French at 1024 px."""
    from datetime import UTC, datetime

    from desktop.ui.dialogs.import_payments import ImportPreviewDialog
    from storage.imports.ledger import plan_import
    from storage.imports.model import RowKind, SourceRow

    paid = SourceRow(line=2, source="test", occurred_at=datetime(2026, 3, 3, 12, tzinfo=UTC),
                     kind=RowKind.INCOME, currency="EUR", gross_minor=9_000_000, fee_minor=0,
                     net_minor=9_000_000, source_id="NC1", counterparty="Somebody")
    with demo_ctx.store.session() as s:
        plan = plan_import(s, [("x.csv", "test", [paid])], home="EUR")
    dialog = ImportPreviewDialog(demo_ctx, plan)
    assert dialog.do_import()
    dialog.deleteLater()
    page = narrow.show_page("income")
    page.set_year(None)
    settle(demo_ctx)
    chart = page.client_chart
    wanted = QCoreApplication.translate("IncomePage", "No client")
    names = chart.categories()
    assert wanted in names and "Not linked to an order" not in names, names
    label = chart._elided_names()[names.index(wanted)]
    assert label == wanted, (language, label)


def _plan_scrolled_to_its_end(window, ctx):
    """The Orders page on the demo's first open order with a plan, Details scrolled down as
    far as it goes: (the plan panel, its scroll area)."""
    from PySide6.QtWidgets import QScrollArea
    from sqlalchemy import select

    from storage.tables import PlanTask

    with ctx.store.session() as s:
        order_id = s.scalars(select(PlanTask.order_id).order_by(PlanTask.order_id)).first()
    page = window.show_page("orders")
    page.refresh()
    page.select_order(order_id)
    page.tabs.setCurrentIndex(0)
    settle(ctx)
    panel = page.plan_panel
    assert panel.state is not None and panel.state.tasks
    area = panel.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    settle(ctx)
    return panel, area


def _end_in_view(panel, area) -> None:
    viewport = area.viewport()
    last = panel.source_label
    assert last.isVisible() and last.text()
    bottom = last.mapTo(viewport, last.rect().bottomLeft()).y()
    assert bottom <= viewport.height(), f"the last line ends at {bottom}, the view at " \
                                        f"{viewport.height()}"
    assert area.horizontalScrollBar().maximum() == 0  # nothing cut on the right
    cut = cut_labels(panel)
    assert not cut, "\n".join(cut)


def test_the_order_plan_fits_the_panel_at_1024_px(narrow, demo_ctx, language: str) -> None:
    """Issue 18's tester: at 1024 × 700 in French the plan was cut on the right ("Arrêter",
    "installez-", the Tracked column) behind a sideways scroll bar."""
    _end_in_view(*_plan_scrolled_to_its_end(narrow, demo_ctx))


def test_the_plans_last_line_can_be_scrolled_to_at_1280_px(demo_ctx, qtbot) -> None:
    """At 1280 × 800 the line under the plan ("Estimates: …") was cut at the bottom of
    Details with the scroll bar at its end."""
    with main_window(demo_ctx, qtbot, (1280, 800)) as w:
        _end_in_view(*_plan_scrolled_to_its_end(w, demo_ctx))


def test_choosing_a_year_on_income_keeps_the_window_at_1024_px(narrow, demo_ctx,
                                                               language: str) -> None:
    """Tester's report rw19 N6: opening Income (Revenus) in French, or choosing a year, grew
    the window from 1024 to 1034 px: "Chargement…" shown beside the year, the grouping and
    the two buttons made the row wider than the page for a moment, and a window does not
    shrink back by itself."""
    narrow.show_page("income")
    settle(demo_ctx)
    page = narrow.pages["income"]
    for combo in (page.year_combo, page.group_combo):
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            settle(demo_ctx)
            assert narrow.width() == WIDTH, (language, combo.currentText(), narrow.width())


def test_the_models_page_needs_no_sideways_scroll_bar_at_1024_px(narrow, demo_ctx,
                                                                language: str) -> None:
    """Tester's report rw19 N6: in French the Models page scrolled sideways at 1024 px (its
    installed models' buttons, on one row, needed 783 px), the right-hand cards' "Télécharger"
    at the edge."""
    from PySide6.QtWidgets import QScrollArea

    narrow.show_page("models")
    settle(demo_ctx)
    page = narrow.pages["models"]
    for area in page.findChildren(QScrollArea):
        if area.isVisible() and area.widget() is not None:
            need = area.widget().minimumSizeHint().width()
            assert need <= area.viewport().width(), (language, need, area.viewport().width())
            assert not area.horizontalScrollBar().isVisible(), language


def test_the_drafts_needed_marks_show_whole_at_1024_px(narrow, demo_ctx, language: str) -> None:
    """Tester's report rw19 N7: on the Drafts form at 1024 px in French the "à remplir" marks
    beside Plateforme, Service and "Ce que le client a demandé" were cut to "à rempl…" (the
    form was wider than its column, cut on the right)."""
    narrow.show_page("draft")
    settle(demo_ctx)
    page = narrow.pages["draft"]
    page.new_draft()
    page.select_template("gig-description")
    for name in page.variables_form.fields:
        page.set_variable(name, "")
    settle(demo_ctx)
    form = page.variables_form
    assert any(label.isVisible() for label in form.needed.values())
    assert form.widget().minimumSizeHint().width() <= form.viewport().width(), language
    assert not cut_labels(form), cut_labels(form)


def test_the_clients_recent_orders_give_titles_the_lists_width_at_1024_px(
        narrow, demo_ctx, language: str) -> None:
    """Tester's report rw19 (item 12): at 1024 px Clients › Recent orders showed about 12
    characters of each title ("Voix off pour un…"), the status and due date taking the rest:
    the title now has the list's whole width, the status and due date on a line under it."""
    narrow.show_page("clients")
    settle(demo_ctx)
    page = narrow.pages["clients"]
    page.table.selectRow(0)
    settle(demo_ctx)
    recent = page.recent
    assert recent.topLevelItemCount() > 0
    room = recent.viewport().width()
    for i in range(recent.topLevelItemCount()):
        item = recent.topLevelItem(i)
        title = item.text(0)
        assert item.toolTip(0) == title  # whole, when it has to be elided
        title_room = room if recent.isFirstColumnSpanned(i, recent.rootIndex()) \
            else recent.columnWidth(0)
        assert title_room >= room - 2, (language, title, title_room, room)
        status_due = " ".join(item.child(j).text(c) for j in range(item.childCount())
                              for c in range(recent.columnCount()))
        assert status_due.strip(), title  # the status and due date are still shown

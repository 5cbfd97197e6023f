"""Chart widgets (QtCharts) for reports: a stacked bar chart over periods and a horizontal
bar chart of a ranking. They draw what they are given (display floats in major units);
the pages keep the exact figures in minor units."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from desktop.ui import style

# Colours that stay apart from one another on white and in print (Okabe–Ito inspired).
PALETTE = style.CHART_SERIES

_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")

#: The text of a bar's value (e.g. formatted money). It must not hold on to a widget that
#: holds the chart: a reference cycle through Qt objects would let Python's garbage
#: collector destroy them later, possibly from a worker thread.
ValueText = Callable[[float], str]


def money_axis_format(sample: str) -> str:
    """A QValueAxis label format from a formatted amount: "€1,234.56" → "€%.0f",
    "1 234,56 €" → "%.0f €", "CAD 1,234.56" → "CAD %.0f"."""
    escaped = sample.replace("%", "%%")
    return _NUMBER.sub("%.0f", escaped, count=1) if _NUMBER.search(escaped) else "%.0f"


def sparse_labels(labels: Sequence[str | None], max_shown: int = 12) -> list[str]:
    """Axis labels that do not overlap: None entries, and when there are many labels all
    but every k-th one (k = 3, more when there are very many), become distinct invisible
    strings (a category axis wants unique names)."""
    n = len(labels)
    step = 1 if n <= max_shown else 3 if n <= 3 * max_shown else math.ceil(n / max_shown)
    return [label if label is not None and i % step == 0 else "\u200b" * (i + 1)
            for i, label in enumerate(labels)]


def nice_range(low: float, high: float, max_ticks: int = 6) -> tuple[float, float, float]:
    """(start, stop, step): an axis range holding [low, high] and zero, on round numbers,
    with at most `max_ticks` steps."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        return 0.0, 1.0, 1.0
    span = high - low
    magnitude = 10 ** math.floor(math.log10(span))
    for step in (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0):
        unit = magnitude * step
        if span / unit <= max_ticks:
            break
    return math.floor(low / unit) * unit, math.ceil(high / unit) * unit, unit


class _ChartView(QChartView):
    """A chart view with a light theme, no animation, and a centred empty-state sentence.

    Its two axes live as long as the view; each update replaces only the series (deleted
    synchronously by QChart.removeAllSeries): nothing is left to deleteLater, which would
    destroy Qt objects at an arbitrary later moment.
    """

    def __init__(self, category_side: Qt.AlignmentFlag, value_side: Qt.AlignmentFlag,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setLocalizeNumbers(True)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0) + 1)
        chart.setTitleFont(title_font)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.setGridLineVisible(False)
        self.category_axis.setTruncateLabels(False)  # labels are thinned or elided beforehand
        self.value_axis = QValueAxis()
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setTickAnchor(0.0)
        self.value_axis.setMinorTickCount(0)
        self.value_axis.setGridLineColor(QColor(style.GRID_LINE))
        chart.addAxis(self.category_axis, category_side)
        chart.addAxis(self.value_axis, value_side)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self._tooltip = ""
        self._title = ""
        #: (low, high, label format, most ticks) of the value axis, its ticks fitted to the
        #: room at each change of the plot area
        self._value_range: tuple[float, float, str, int] | None = None
        self._fitting = False
        chart.plotAreaChanged.connect(self._plot_area_changed)
        self._value_text: ValueText = "{:g}".format
        self._categories: list[str] = []
        self.empty_text = ""
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        style.coloured(self.empty_label, style.MUTED_GREY)
        self.empty_label.hide()
        self._show_axes(False)

    def sizeHint(self) -> QSize:
        # QGraphicsView's hint (the scene's size) made the charts take the page's height
        # and left the Breakdown table 3 rows at 1280 × 760.
        return QSize(480, 300)

    def set_title(self, text: str) -> None:
        """The title, on two lines (or more) where one is too long for the chart's width."""
        self._title = text
        self._fit_title()

    def _fit_title(self) -> None:
        chart = self.chart()
        metrics = QFontMetrics(chart.titleFont())
        room = self.width() - 40  # the chart's margins and rounded background
        lines: list[str] = []
        for word in self._title.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        html = "<br>".join(line.replace("&", "&amp;").replace("<", "&lt;") for line in lines)
        if chart.title() != html:
            chart.setTitle(html)

    def set_locale(self, locale: QLocale) -> None:
        self.chart().setLocale(locale)

    def set_empty_text(self, text: str) -> None:
        """The sentence shown when there is nothing to draw."""
        self.empty_text = text
        self.empty_label.setText(text)

    def set_empty(self, text: str | None = None) -> None:
        """Show `text` (or the empty text) instead of bars; the title stays."""
        self._clear()
        self._show_axes(False)
        self.empty_label.setText(self.empty_text if text is None else text)
        self.empty_label.show()
        self._place_empty_label()

    def bar_sets(self) -> list[QBarSet]:
        out: list[QBarSet] = []
        for series in self.chart().series():
            if isinstance(series, QAbstractBarSeries):
                out.extend(series.barSets())
        return out

    def total(self) -> float:
        return sum(bs.at(i) for bs in self.bar_sets() for i in range(bs.count()))

    def categories(self) -> list[str]:
        """The label of each bar (or stack), in axis order: the bottom bar first for a
        ranking, the earliest period first for the stacked chart."""
        return list(self._categories)

    def _clear(self) -> None:
        self.chart().removeAllSeries()
        self._categories = []

    def _show_axes(self, visible: bool) -> None:
        self.category_axis.setVisible(visible)
        self.value_axis.setVisible(visible)

    def _show_series(self, series: QAbstractBarSeries, categories: list[str],
                     low: float, high: float, label_format: str, max_ticks: int) -> None:
        self.empty_label.hide()
        chart = self.chart()
        chart.addSeries(series)
        self.category_axis.setCategories(categories)
        self.value_axis.setLabelFormat(label_format)
        self._value_range = (low, high, label_format, max_ticks)
        self._fit_value_axis()
        series.attachAxis(self.category_axis)
        series.attachAxis(self.value_axis)
        self._show_axes(True)

    # --- labels that fit the room ------------------------------------------------------

    def _value_horizontal(self) -> bool:
        return self.value_axis.orientation() == Qt.Orientation.Horizontal

    def _value_label(self, value: float) -> str:
        """The value axis's label of ``value``, as the chart writes it."""
        assert self._value_range is not None
        number = self.chart().locale().toString(float(value), "f", 0)
        return self._value_range[2].replace("%%", "\0").replace("%.0f", number).replace(
            "\0", "%")

    def _fit_value_axis(self) -> None:
        """As many round ticks as the axis's length holds without the labels touching."""
        assert self._value_range is not None
        low, high, _fmt, most = self._value_range
        plot = self.chart().plotArea()
        length = plot.width() if self._value_horizontal() else plot.height()
        metrics = QFontMetrics(self.value_axis.labelsFont())
        ticks = most
        while True:
            start, stop, step = nice_range(low, high, ticks)
            if ticks <= 1 or length <= 0:
                break
            steps = max(round((stop - start) / step), 1)
            if self._value_horizontal():
                widest = max(metrics.horizontalAdvance(self._value_label(v))
                             for v in (start, stop, start + step))
                need = widest + 12
            else:
                need = metrics.height() + 4
            if length / steps >= need:
                break
            ticks -= 1
        if (self.value_axis.min(), self.value_axis.max()) != (start, stop):
            self.value_axis.setRange(start, stop)
        if self.value_axis.tickInterval() != step:
            self.value_axis.setTickInterval(step)

    def _plot_area_changed(self, _area: QRectF) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            if self._value_range is not None and self.chart().series():
                self._fit_value_axis()
            self._fit_categories()
        finally:
            self._fitting = False

    def _fit_categories(self) -> None:
        """Where a chart thins or elides its category labels to the room (subclasses)."""

    def _place_empty_label(self) -> None:
        margin = 24
        top = 48  # below the title
        self.empty_label.setGeometry(margin, top, max(self.width() - 2 * margin, 10),
                                     max(self.height() - top - margin, 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()
        self._fit_title()

    def tooltip_text(self, bar_set: QBarSet, index: int) -> str:
        """The tooltip of a bar: the template with {series}, {category} and {value}."""
        return self._tooltip.format(series=bar_set.label(), category=self._categories[index],
                                    value=self._value_text(bar_set.at(index)))

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not self._tooltip or not 0 <= index < len(self._categories):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tooltip_text(bar_set, index), self)

    def _set_tooltip(self, template: str, value_text: ValueText | None) -> None:
        self._tooltip = template
        self._value_text = value_text or "{:g}".format


class StackedBarChart(_ChartView):
    """Values per category (a period), stacked by series (a platform); legend at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft, parent)
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setShowToolTips(True)

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 *, axis_labels: Sequence[str | None] | None = None,
                 colors: Sequence[str] | None = None, label_format: str = "%.0f",
                 tooltip: str = "", value_text: ValueText | None = None) -> None:
        """`categories` are the full labels (for tooltips); `series` are (name, one value per
        category) in stacking order. `axis_labels` (None for a label not to show) default to
        every k-th category when there are many. `colors` (one per series) default to the
        palette in order. `tooltip` is a template of {series}, {category} and {value}, the
        value written by `value_text`."""
        self._clear()
        if not categories or not series:
            self.set_empty()
            return
        bars = QStackedBarSeries()
        bars.setBarWidth(0.7)
        for i, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            color = QColor(colors[i] if colors else PALETTE[i % len(PALETTE)])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bars.append(bar_set)
        self._categories = list(categories)
        self._set_tooltip(tooltip, value_text)
        bars.hovered.connect(self._hovered)
        self._axis_labels: list[str | None] = (
            list(categories) if axis_labels is None else list(axis_labels))
        labels = self._thinned_labels()
        n = len(categories)
        ups = [sum(max(float(v[i]), 0.0) for _, v in series) for i in range(n)]
        downs = [sum(min(float(v[i]), 0.0) for _, v in series) for i in range(n)]
        self._show_series(bars, labels, min(downs), max(ups), label_format, max_ticks=6)
        self.chart().legend().setVisible(True)

    def _thinned_labels(self) -> list[str]:
        """The axis labels asked for, fewer where the plot is too narrow for them: a label
        is kept when it stands far enough from the last one kept not to touch it."""
        labels = self._axis_labels
        n = len(labels)
        width = self.chart().plotArea().width()
        if width <= 0:  # not laid out yet
            return sparse_labels(labels, max_shown=n) if n <= 12 else sparse_labels(labels)
        metrics = QFontMetrics(self.category_axis.labelsFont())
        slot = width / max(n, 1)
        widest = max((metrics.horizontalAdvance(t) for t in labels if t), default=0)
        kept: list[str | None] = []
        last = None
        for i, label in enumerate(labels):
            if label and (last is None or (i - last) * slot >= widest + 8):
                kept.append(label)
                last = i
            else:
                kept.append(None)
        return sparse_labels(kept, max_shown=n)

    def _fit_categories(self) -> None:
        if not self._categories:
            return
        labels = self._thinned_labels()
        if labels != self.category_axis.categories():
            self.category_axis.setCategories(labels)


class RankingBarChart(_ChartView):
    """One horizontal bar per item, the first item at the top; no legend."""

    NAME_WIDTH = 170  # pixels of a category label before it is elided (less when narrow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom, parent)
        self.chart().legend().setVisible(False)

    def set_data(self, items: Sequence[tuple[str, float]], *, series_name: str = "",
                 label_format: str = "%.0f", tooltip: str = "",
                 value_text: ValueText | None = None) -> None:
        self._clear()
        if not items:
            self.set_empty()
            return
        bar_set = QBarSet(series_name)
        values = [float(v) for _, v in reversed(items)]
        bar_set.append(values)
        color = QColor(PALETTE[0])
        bar_set.setColor(color)
        bar_set.setBorderColor(color)
        bars = QHorizontalBarSeries()
        bars.setBarWidth(0.65)
        bars.append(bar_set)
        self._categories = [name for name, _ in reversed(items)]
        self._set_tooltip(tooltip, value_text)
        bars.hovered.connect(self._hovered)
        labels = self._elided_names()
        self._show_series(bars, labels, min(values), max(values), label_format, max_ticks=4)

    def _elided_names(self) -> list[str]:
        """The names, elided to NAME_WIDTH, or to a third of a narrow chart."""
        metrics = QFontMetrics(self.category_axis.labelsFont())
        room = min(self.NAME_WIDTH, max(self.width() // 3, 60))
        labels, seen = [], set()
        for name in self._categories:
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            while label in seen:  # a category axis wants unique names
                label += "\u200b"
            seen.add(label)
            labels.append(label)
        return labels

    def _fit_categories(self) -> None:
        if not self._categories:
            return
        labels = self._elided_names()
        if labels != self.category_axis.categories():
            self.category_axis.setCategories(labels)

"""The Income page's panel for a Moroccan auto-entrepreneur: the year's DGI declarations
(turnover received, tax, deadline, declared), the AMO contribution and the meters (ceiling,
single client). The figures come from storage.morocco, computed by `compute` in the page's
background job; the panel only shows them."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.jobs import phrase_text
from desktop.ui import style
from desktop.ui.table_items import ALIGN_NUMBER
from desktop.ui.table_items import table_item as _item
from storage.errors import ValidationError
from storage.morocco import ClientShare, MoroccoReport, morocco_report
from storage.obligations import Meter

TOTAL_BACKGROUND = QColor(style.TOTAL_BACKGROUND)


@dataclass(frozen=True)
class Problem:
    """Why there is no report (the home currency is not MAD, a figure is missing): a
    storage message, translated when shown."""

    message: str


def compute(s: Session, year: int, zone: ZoneInfo) -> object:
    """The year's report, or the Problem that stops it (runs in the worker thread)."""
    try:
        return morocco_report(s, year, zone=zone)
    except ValidationError as exc:
        return Problem(exc.message)




class MoroccoPanel(QWidget):
    """See the module's docstring. `show_data` takes what `compute` returned."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: object = None
        self.title = style.caption(QLabel())
        self.problem = style.muted(QLabel(), wrap=True)
        self.problem.setObjectName("moroccoProblem")
        self.model = QStandardItemModel(0, 5, self)
        self.table = QTableView()
        self.table.setObjectName("moroccoPeriods")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.amo = QLabel()
        self.amo.setObjectName("moroccoAmo")
        self.amo.setWordWrap(True)
        self.meters_caption = style.caption(QLabel())
        self.meters_box = QVBoxLayout()
        self.meters_box.setContentsMargins(0, 0, 0, 0)
        self.meter_labels: list[QLabel] = []
        self.note = style.muted(QLabel(), wrap=True)

        # the panel scrolls as a whole (a short Income tab squeezed the fixed-height table
        # under the AMO line and the "Limits" caption)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addWidget(self.amo)
        layout.addWidget(self.meters_caption)
        layout.addLayout(self.meters_box)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.meters_caption.setText(self.tr("Limits"))
        self.note.setText(self.tr(
            "Turnover received before platform fees, in dirhams at the rate of the day it "
            "arrived. Check the rates and limits on tax.gov.ma: Atelier is a helper, not tax "
            "advice.") + " " + self.tr(
            "The DGI taxes each declaration: the year's tax is the sum of the taxes of its "
            "periods, each rounded, so it may differ by a few centimes between monthly and "
            "quarterly declarations."))
        self.show_data(self.data)

    def _money(self, minor: int) -> str:
        return self.ctx.i18n.money(minor, "MAD")

    def _period_label(self, key: str) -> str:
        year, rest = key.split("-")
        if rest.startswith("Q"):
            return self.tr("Q{quarter} {year}").format(quarter=rest[1:], year=year)
        return self.tr("{month}/{year}").format(month=rest, year=year)

    def level_text(self, level: str) -> str:
        return {"ok": self.tr("within the limit"), "warning": self.tr("close to the limit"),
                "exceeded": self.tr("over the limit")}.get(level, level)

    def meter_text(self, meter: Meter, report: MoroccoReport) -> str:
        pct = meter.amount_minor * 100 // meter.limit_minor if meter.limit_minor else 0
        values = {"level": self.level_text(meter.level), "amount": self._money(meter.amount_minor),
                  "limit": self._money(meter.limit_minor), "pct": pct}
        if meter.key == "ma_ceiling":
            name = (self.tr("Auto-entrepreneur ceiling, services") if report.activity == "services"
                    else self.tr("Auto-entrepreneur ceiling, commerce"))
            text = self.tr("{name}: {level}, {amount} of {limit} ({pct} %).").format(
                name=name, **values)
            if meter.level == "exceeded":
                text += " " + self.tr("Beyond the ceiling the auto-entrepreneur scheme may stop "
                                      "applying: check with the DGI.")
            return text
        share = self._share(meter, report)
        name = self._client_name(meter, report)
        rate = report.figures.get("single_client_withholding_bp", 0) / 100
        text = self.tr("{client}: {level}, {amount} of the single-client limit of {limit} "
                       "({pct} %).").format(client=name, **values)
        if meter.level == "exceeded" and share is not None:
            text += " " + self.tr("The client withholds {rate} % of the {excess} above it: "
                                  "{withheld}.").format(
                rate=f"{rate:g}", excess=self._money(share.excess_minor),
                withheld=self._money(share.withheld_minor))
            text += " " + self.tr("That withholding is final: the excess is left out of your "
                                  "{rate} % tax.").format(
                rate=f"{report.rate_bp / 100:g}")
        elif meter.level == "warning":
            text += " " + self.tr("Above it, the client withholds {rate} % of the excess.").format(
                rate=f"{rate:g}")
        return text

    @staticmethod
    def _share(meter: Meter, report: MoroccoReport) -> ClientShare | None:
        client_id = int(meter.key.split(":", 1)[1])
        return next((c for c in report.clients if c.client_id == client_id), None)

    def _client_name(self, meter: Meter, report: MoroccoReport) -> str:
        share = self._share(meter, report)
        return share.client if share is not None else meter.key.split(":", 1)[1]

    # --- data -------------------------------------------------------------------------------

    def show_data(self, data: object) -> None:
        self.data = data
        for label in self.meter_labels:
            self.meters_box.removeWidget(label)
            label.deleteLater()
        self.meter_labels = []
        self.model.clear()
        if not isinstance(data, MoroccoReport):
            self.title.setText(self.tr("DGI declarations"))
            self.problem.setText(phrase_text(data.message, "storage")
                                 if isinstance(data, Problem) else "")
            self.problem.setVisible(isinstance(data, Problem))
            for w in (self.table, self.amo, self.meters_caption):
                w.hide()
            return
        self.problem.hide()
        for w in (self.table, self.amo, self.meters_caption):
            w.show()
        rep = data
        if rep.period == "month":
            self.title.setText(self.tr("DGI declarations for {year}, by month").format(
                year=rep.year))
        else:
            self.title.setText(self.tr("DGI declarations for {year}, by quarter").format(
                year=rep.year))
        self.model.setHorizontalHeaderLabels([
            self.tr("Period"), self.tr("Turnover received"),
            self.tr("Tax ({rate} %)").format(rate=f"{rep.rate_bp / 100:g}"),
            self.tr("Deadline"), self.tr("Declared")])
        for col in (1, 2, 3):
            self.model.horizontalHeaderItem(col).setTextAlignment(ALIGN_NUMBER)
        for p in rep.periods:
            declared = _item("✓" if p.done else "")
            declared.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if p.done:
                declared.setToolTip(self.tr("Declared on {date}").format(
                    date=self.ctx.i18n.date(p.done_at)))
            self.model.appendRow([
                _item(self._period_label(p.key)),
                _item(self._money(p.turnover_minor), number=True),
                _item(self._money(p.tax_minor), number=True),
                _item(self.ctx.i18n.date(p.deadline), number=True),
                declared,
            ])
        self.model.appendRow([
            _item(self.tr("Total"), bold=True, background=TOTAL_BACKGROUND),
            _item(self._money(rep.turnover_minor), number=True, bold=True,
                  background=TOTAL_BACKGROUND),
            _item(self._money(rep.tax_minor), number=True, bold=True,
                  background=TOTAL_BACKGROUND),
            _item("", background=TOTAL_BACKGROUND), _item("", background=TOTAL_BACKGROUND),
        ])
        self._fit_table()
        self.amo.setText(self.tr(
            "AMO health contribution: {quarter} per quarter, {year_total} for the year "
            "(band {band}, from the year's tax of {tax}).").format(
            quarter=self._money(rep.amo_quarter_minor),
            year_total=self._money(rep.amo_year_minor), band=rep.amo_band,
            tax=self._money(rep.tax_minor)))
        # The meters that warn, one banner each; the clients well under the single-client
        # limit in one line (a list of every client pushed the page past 1,000 px and
        # squeezed the banners to a sliver).
        quiet = [m for m in rep.meters
                 if m.key.startswith("ma_single_client:") and m.level == "ok"]
        for meter in rep.meters:
            if meter in quiet:
                continue
            label = QLabel(self.meter_text(meter, rep))
            label.setWordWrap(True)
            label.setProperty("level", meter.level)
            label.setToolTip(f"{meter.rule} — {meter.source}")
            if meter.level in style.BANNERS:
                label.setStyleSheet(style.banner_css(style.BANNERS[meter.level])
                                    + " padding: 4px 8px;")
            self.meters_box.addWidget(label)
            self.meter_labels.append(label)
        if quiet:
            largest = max(quiet, key=lambda m: m.amount_minor)
            label = style.muted(QLabel(), wrap=True)
            label.setObjectName("moroccoQuietClients")
            label.setText(self.tr(
                "Other clients: {count}, each within the single-client limit of {limit}; the "
                "largest, {client}, at {pct} %.").format(
                count=len(quiet), limit=self._money(largest.limit_minor),
                client=self._client_name(largest, rep),
                pct=largest.amount_minor * 100 // largest.limit_minor
                if largest.limit_minor else 0))
            self.meters_box.addWidget(label)
            self.meter_labels.append(label)

    def _fit_table(self) -> None:
        """As tall as its rows: the page scrolls, not the table."""
        view = self.table
        view.resizeColumnsToContents()
        height = (view.horizontalHeader().sizeHint().height() + view.verticalHeader().length()
                  + 2 * view.frameWidth())
        view.setFixedHeight(height)


#: the name the Income page imports
Panel = MoroccoPanel

"""French micro-entrepreneur helper: what to declare to URSSAF, what it costs, the ceilings.

Turnover is declared on a cash basis and before platform fees (a platform's commission is
not deductible), so the declared figure of a payment is its home gross: net + fee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.money import parse_amount, percent_of
from storage.periods import Period, period_of, periods_between
from storage.phrases import Phrase
from storage.platforms import parse_percent
from storage.received import received_by
from storage.tables import Activity, UrssafYear

ACTIVITIES = tuple(a.value for a in Activity)
WARN_AT_BP = 8000  # warn from 80 % of a threshold


@dataclass
class DeclarationPeriod:
    key: str
    start: date
    end: date
    deadline: date
    declared_minor: dict[str, int]
    contributions_minor: dict[str, int]
    versement_liberatoire_minor: dict[str, int]

    @property
    def total_declared_minor(self) -> int:
        return sum(self.declared_minor.values())

    @property
    def total_due_minor(self) -> int:
        return sum(self.contributions_minor.values()) + sum(
            self.versement_liberatoire_minor.values()
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "deadline": self.deadline.isoformat(),
            "declared_minor": self.declared_minor,
            "total_declared_minor": self.total_declared_minor,
            "contributions_minor": self.contributions_minor,
            "versement_liberatoire_minor": self.versement_liberatoire_minor,
            "total_due_minor": self.total_due_minor,
        }


@dataclass
class Threshold:
    name: str  # ceiling_services, ceiling_total, vat_services, vat_sales
    amount_minor: int
    limit_minor: int
    tolerance_minor: int | None = None

    @property
    def level(self) -> str:
        """ok, warning (from 80 %), exceeded (over the limit), or over_tolerance (VAT)."""
        if self.tolerance_minor is not None and self.amount_minor > self.tolerance_minor:
            return "over_tolerance"
        if self.amount_minor > self.limit_minor:
            return "exceeded"
        if self.amount_minor * 10_000 >= self.limit_minor * WARN_AT_BP:
            return "warning"
        return "ok"

    @property
    def message(self) -> str:
        pct = self.amount_minor * 100 // self.limit_minor if self.limit_minor else 0
        what = {
            "ceiling_services": "the micro-entrepreneur ceiling for services",
            "ceiling_total": "the micro-entrepreneur ceiling for sales (all activities)",
            "vat_services": "the VAT franchise threshold for services",
            "vat_sales": "the VAT franchise threshold for sales",
        }[self.name]
        level = self.level
        if level == "over_tolerance":
            return (f"You are over the tolerance of {what}: VAT is due from the day it was "
                    "crossed.")
        if level == "exceeded":
            return f"You have exceeded {what} ({pct} %)."
        if level == "warning":
            return f"You have reached {pct} % of {what}."
        return f"{pct} % of {what}."

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "amount_minor": self.amount_minor,
                "limit_minor": self.limit_minor, "tolerance_minor": self.tolerance_minor,
                "level": self.level, "message": self.message}


@dataclass
class UrssafReport:
    year: int
    period: str
    periods: list[DeclarationPeriod]
    year_declared_minor: dict[str, int]
    thresholds: list[Threshold]
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def warnings(self) -> list[Threshold]:
        return [t for t in self.thresholds if t.level != "ok"]

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year, "period": self.period, "currency": "EUR",
            "options": self.options,
            "periods": [p.to_json() for p in self.periods],
            "year_declared_minor": self.year_declared_minor,
            "year_total_declared_minor": sum(self.year_declared_minor.values()),
            "year_total_due_minor": sum(p.total_due_minor for p in self.periods),
            "thresholds": [t.to_json() for t in self.thresholds],
            "warnings": [t.to_json() for t in self.warnings],
        }


def declaration_deadline(period: Period) -> date:
    """URSSAF's deadline: the last day of the month after the period."""
    return period_of(period.next_first_day, "month").last_day


def list_years(s: Session) -> list[UrssafYear]:
    """The yearly URSSAF figures kept in the store, oldest year first."""
    return list(s.scalars(select(UrssafYear).order_by(UrssafYear.year)))


def figures_for(s: Session, year: int) -> UrssafYear:
    row = s.get(UrssafYear, year)
    if row is None:
        raise ValidationError("year", Phrase(
            "There are no URSSAF figures for {year}: add them in Settings › Declaration.",
            year=year))
    return row


def _rates(fig: UrssafYear, bnc_fund: str) -> dict[str, int]:
    return {
        "sales_bic": fig.rate_sales_bp,
        "services_bic": fig.rate_services_bic_bp,
        "liberal_bnc": fig.rate_bnc_cipav_bp if bnc_fund == "cipav" else fig.rate_bnc_ssi_bp,
    }


def _vl_rates(fig: UrssafYear) -> dict[str, int]:
    return {"sales_bic": fig.vl_sales_bp, "services_bic": fig.vl_services_bic_bp,
            "liberal_bnc": fig.vl_bnc_bp}


def declared_between(s: Session, start: datetime, stop: datetime,
                     default_activity: str) -> dict[str, int]:
    """Cash received in [start, stop) by activity: the order's, else its gig's, else default
    (storage.received.received_by: the home gross, in exact integers)."""
    out = dict.fromkeys(ACTIVITIES, 0)
    out.update(received_by(s, start, stop, "EUR", "COALESCE(o.activity, g.activity, :default)",
                           {"default": default_activity}))
    return out


def urssaf_report(s: Session, year: int, period: str | None = None, *,
                  zone: ZoneInfo | None = None) -> UrssafReport:
    if settings.home_currency(s) != "EUR":
        raise ValidationError(
            "home_currency", "The URSSAF declaration is in euros: set the home currency to EUR "
            "to use it."
        )
    period = period or settings.get(s, "urssaf_period")
    if period not in ("month", "quarter"):
        raise ValidationError("period", "The declaration period is month or quarter.")
    fig = figures_for(s, year)
    zone = zone or settings.local_zone(s)
    default_activity = settings.get(s, "activity")
    bnc_fund = settings.get(s, "urssaf_bnc_fund")
    vl = settings.get(s, "versement_liberatoire") == "yes"
    rates, vl_rates = _rates(fig, bnc_fund), _vl_rates(fig)

    periods = []
    year_total = dict.fromkeys(ACTIVITIES, 0)
    for p in periods_between(date(year, 1, 1), date(year, 12, 31), period):
        declared = declared_between(s, *p.bounds(zone), default_activity)
        for act in ACTIVITIES:
            year_total[act] += declared[act]
        periods.append(DeclarationPeriod(
            key=p.key, start=p.first_day, end=p.last_day, deadline=declaration_deadline(p),
            declared_minor=declared,
            contributions_minor={a: percent_of(declared[a], rates[a]) for a in ACTIVITIES},
            versement_liberatoire_minor={
                a: percent_of(declared[a], vl_rates[a]) if vl else 0 for a in ACTIVITIES
            },
        ))
    services = year_total["services_bic"] + year_total["liberal_bnc"]
    total = services + year_total["sales_bic"]
    thresholds = [
        Threshold("ceiling_services", services, fig.ceiling_services_minor),
        Threshold("ceiling_total", total, fig.ceiling_sales_minor),
        Threshold("vat_services", services, fig.vat_services_minor,
                  fig.vat_services_tolerance_minor),
        Threshold("vat_sales", year_total["sales_bic"], fig.vat_sales_minor,
                  fig.vat_sales_tolerance_minor),
    ]
    options = {"bnc_fund": bnc_fund, "versement_liberatoire": vl, "rates_bp": rates,
               "versement_liberatoire_bp": vl_rates if vl else None}
    return UrssafReport(year, period, periods, year_total, thresholds, options)


def next_declaration(s: Session, today: date, *, zone: ZoneInfo | None = None
                     ) -> DeclarationPeriod | None:
    """The period whose declaration is due next (deadline today or later)."""
    period = settings.get(s, "urssaf_period")
    current = period_of(today, period)
    previous = period_of(current.first_day - timedelta(days=1), period)
    target = previous if declaration_deadline(previous) >= today else current
    try:
        report = urssaf_report(s, target.first_day.year, period, zone=zone)
    except ValidationError:
        return None
    return next(p for p in report.periods if p.key == target.key)


# --- editing the per-year figures (Settings) ---------------------------------------------------

#: the editable figures of a year: column → "euros" (typed in euros, kept in cents) or
#: "percent" (typed in percent, kept in basis points)
URSSAF_FIGURES: dict[str, str] = {
    "ceiling_services_minor": "euros",
    "ceiling_sales_minor": "euros",
    "vat_services_minor": "euros",
    "vat_services_tolerance_minor": "euros",
    "vat_sales_minor": "euros",
    "vat_sales_tolerance_minor": "euros",
    "rate_sales_bp": "percent",
    "rate_services_bic_bp": "percent",
    "rate_bnc_ssi_bp": "percent",
    "rate_bnc_cipav_bp": "percent",
    "vl_sales_bp": "percent",
    "vl_services_bic_bp": "percent",
    "vl_bnc_bp": "percent",
}
YEAR_RANGE = (2000, 2100)


def save_urssaf_year(s: Session, year: int, values: dict[str, str | Decimal | int], *,
                     lang: str | None = None) -> UrssafYear:
    """Validate and save figures of `year` typed by the user (euros, percentages).

    An existing year takes any subset of URSSAF_FIGURES; a new year needs all of them.
    Every value is checked before anything is written.
    """
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError("year", Phrase("Enter a year between {low} and {high}.",
                                             low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
    parsed: dict[str, int] = {}
    for key, raw in values.items():
        kind = URSSAF_FIGURES.get(key)
        if kind is None:
            raise ValidationError(key, Phrase("“{key}” is not one of the URSSAF figures.",
                                              key=key))
        if kind == "percent":
            bp = parse_percent(raw, key)
            assert bp is not None
            parsed[key] = bp
        else:
            minor = parse_amount(raw, "EUR", key, lang)
            if minor < 0:
                raise ValidationError(key, "An amount here cannot be negative.")
            parsed[key] = minor
    row = s.get(UrssafYear, year)
    if row is None:
        missing = [k for k in URSSAF_FIGURES if k not in parsed]
        if missing:
            raise ValidationError(missing[0], Phrase("Enter every figure of {year}.",
                                                     year=year))
        row = UrssafYear(year=year, **parsed)
        s.add(row)
    else:
        for key, value in parsed.items():
            setattr(row, key, value)
    s.flush()
    return row

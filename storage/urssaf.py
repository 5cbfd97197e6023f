"""French micro-entrepreneur helper: what to declare to URSSAF, what it costs, the ceilings.

Turnover is declared on a cash basis and before platform fees (a platform's commission is
not deductible), so the declared figure of a payment is its home gross: net + fee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from storage import obligations, settings
from storage.errors import ValidationError
from storage.money import parse_amount, percent_of
from storage.periods import Period, period_of, periods_between, year_bounds
from storage.phrase_values import Day, Money
from storage.phrases import Phrase
from storage.platforms import parse_percent
from storage.received import first_received_day, received_by
from storage.tables import Activity, Payment, UrssafYear, db_time

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
    #: the VAT-franchise and ceiling meters of the year against the previous one (issue 16)
    meters: list[obligations.Meter] = field(default_factory=list)

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
            "meters": [m.to_json() for m in self.meters],
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
                  zone: ZoneInfo | None = None, meters: bool = True) -> UrssafReport:
    """The year's declarations; `meters=False` leaves out the VAT and ceiling meters (Today's
    overview reads them once itself: each costs a walk through the year's payments)."""
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
        # mixed activity (CGI art. 293 B I): all the turnover against the sales threshold,
        # as the VAT-franchise meter counts it (france_meters)
        Threshold("vat_sales", total, fig.vat_sales_minor, fig.vat_sales_tolerance_minor),
    ]
    options = {"bnc_fund": bnc_fund, "versement_liberatoire": vl, "rates_bp": rates,
               "versement_liberatoire_bp": vl_rates if vl else None}
    return UrssafReport(year, period, periods, year_total, thresholds, options,
                        france_meters(s, date(year, 12, 31), zone) if meters else [])


def next_declaration(s: Session, today: date, *, zone: ZoneInfo | None = None
                     ) -> DeclarationPeriod | None:
    """The period whose declaration is due next: the first one not marked done with its
    deadline today or later, as Today's card shows it (`overview`); None when there is none
    (no payment yet, another home currency, no figures)."""
    zone = zone or settings.local_zone(s)
    upcoming = [d for d in overview(s, today, zone).declarations if d.deadline >= today]
    if not upcoming:
        return None
    target = upcoming[0]
    try:
        report = urssaf_report(s, target.first_day.year, settings.get(s, "urssaf_period"),
                               zone=zone)
    except ValidationError:
        return None
    return next((p for p in report.periods if p.key == target.period_key), None)


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


# --- the status overview: declarations to do and the meters (issue 16) ----------------------

#: where the VAT-franchise and ceiling rules were checked (2026-12-07)
#: the rules since 1 January 2025 (base threshold on last year, higher threshold from the
#: day crossed) come from the 2024 finance law, art. 82 (loi 2023-1322); the 2025 law's single
#: 25,000 € threshold was suspended, then repealed
VAT_RULE = "CGI art. 293 B (loi n° 2023-1322, art. 82)"
VAT_SOURCE = "https://entreprendre.service-public.gouv.fr/vosdroits/F21746"
CEILING_RULE = "CGI art. 50-0 and 102 ter"
CEILING_SOURCE = "https://entreprendre.service-public.gouv.fr/vosdroits/F23267"
URSSAF_SOURCE = "https://www.autoentrepreneur.urssaf.fr"
SERVICES = ("services_bic", "liberal_bnc")


def euros_text(minor: int) -> str:
    """An amount in euros for a sentence, written as the person's language writes it."""
    return Money(minor, "EUR")


@dataclass
class YearTurnover:
    """A calendar year's declared turnover: services (BIC services + BNC) and all activities."""

    year: int
    services_minor: int
    total_minor: int
    figures: UrssafYear | None


def year_turnover(s: Session, year: int, zone: ZoneInfo) -> YearTurnover:
    declared = declared_between(s, *year_bounds(year, zone), settings.get(s, "activity"))
    services = sum(declared[a] for a in SERVICES)
    return YearTurnover(year, services, sum(declared.values()), s.get(UrssafYear, year))


def crossing_day(s: Session, year: int, zone: ZoneInfo, limit_minor: int, *,
                 services_only: bool) -> date | None:
    """The local day the year's running declared turnover first went over `limit_minor`.
    The running sum is SQLite's (a window): a busy year's payments were read into Python one
    by one, twice at every Today load (0.37 s on the 100,000-order store)."""
    default = settings.get(s, "activity")
    start, stop = year_bounds(year, zone)
    counted = ("CASE WHEN act IN (:s0, :s1) THEN amount ELSE 0 END" if services_only
               else "amount")
    received = s.connection().execute(text(
        f"""SELECT received_at FROM (
              SELECT received_at, id, SUM({counted}) OVER (
                       ORDER BY received_at, id ROWS UNBOUNDED PRECEDING) AS running
              FROM (SELECT p.id, p.received_at,
                           COALESCE(o.activity, g.activity, :default) AS act,
                           COALESCE(p.home_amount_minor + p.home_fee_minor, 0) AS amount
                    FROM payments p LEFT JOIN orders o ON o.id = p.order_id
                    LEFT JOIN gigs g ON g.id = o.gig_id
                    WHERE p.home_currency = 'EUR'
                      AND p.received_at >= :s AND p.received_at < :e))
            WHERE running > :limit ORDER BY received_at, id LIMIT 1"""),
        {"default": default, "s": db_time(start), "e": db_time(stop), "limit": limit_minor,
         "s0": SERVICES[0], "s1": SERVICES[1]}).scalar()
    if received is None:
        return None
    when = received if isinstance(received, datetime) else datetime.fromisoformat(str(received))
    return when.replace(tzinfo=UTC).astimezone(zone).date()


def _vat_meter(s: Session, key: str, this: YearTurnover, last: YearTurnover,
               zone: ZoneInfo) -> obligations.Meter:
    """The VAT franchise (CGI art. 293 B since 2025): kept while last year's turnover is at
    most the base threshold and this year's at most the higher one. Over the base last year:
    VAT from 1 January this year; over it this year: from 1 January next year; over the
    higher threshold this year: from the day it is crossed."""
    services = key == "fr_vat_services"
    fig = this.figures
    assert fig is not None
    base = fig.vat_services_minor if services else fig.vat_sales_minor
    higher = fig.vat_services_tolerance_minor if services else fig.vat_sales_tolerance_minor
    amount = this.services_minor if services else this.total_minor
    # last year's turnover against the threshold in force THIS year (art. 293 B: "the turnover
    # of the previous calendar year has not exceeded" the article's figure of the year judged)
    last_base = base
    last_amount = last.services_minor if services else last.total_minor
    # the sales threshold is judged on the whole turnover of a mixed activity (art. 293 B I)
    label = (Phrase("VAT franchise, services") if services
             else Phrase("VAT franchise, all turnover (sales and services)"))
    level = obligations.level_of(amount, base)
    if amount > higher:
        day = crossing_day(s, this.year, zone, higher, services_only=services)
        message = Phrase(
            "Over the higher threshold of {higher} on {day}: VAT is due from that day. Invoices "
            "from then carry VAT; declare and pay it.",
            higher=euros_text(higher), day=Day(day or date(this.year, 1, 1)))
    elif last_amount > last_base:
        level = "exceeded"
        message = Phrase(
            "Your {year} turnover ({amount}) was over the threshold of {base}: you lost the "
            "VAT franchise on 1 January {this_year}. Invoice with VAT.",
            year=last.year, amount=euros_text(last_amount), base=euros_text(last_base),
            this_year=this.year)
    elif amount > base:
        message = Phrase(
            "Over the threshold of {base} this year: VAT is due from 1 January {next_year}. "
            "Over {higher}, it is due from the day that is crossed.",
            base=euros_text(base), next_year=this.year + 1, higher=euros_text(higher))
    elif level == "warning":
        message = Phrase(
            "{percent} % of the VAT franchise threshold of {base}. Over it this year, VAT is due "
            "from 1 January {next_year}; over {higher}, from the day that is crossed.",
            percent=amount * 100 // base if base else 0, base=euros_text(base),
            next_year=this.year + 1, higher=euros_text(higher))
    else:
        message = Phrase("{percent} % of the VAT franchise threshold of {base}.",
                         percent=amount * 100 // base if base else 0, base=euros_text(base))
    return obligations.Meter(
        key=key, label=label, amount_minor=amount, limit_minor=base, currency="EUR",
        level=level, message=message, rule=VAT_RULE, source=VAT_SOURCE,
        span=(date(this.year, 1, 1), date(this.year, 12, 31)))


def vat_due_from(s: Session, day: date, zone: ZoneInfo | None = None) -> date | None:
    """The day VAT became due on or before `day` by the VAT-franchise meters' rule (CGI art.
    293 B): 1 January of `day`'s year when last year's turnover was over the base threshold,
    else the day this year's went over the higher one; None while the franchise holds on
    `day` (or the year has no figures). Invoices dated from then carry VAT.

    The year's candidate days are kept on the session while its payments stay the same:
    every invoice checked at issue asked again (the demo's 859 drafts took 48 s)."""
    zone = zone or settings.local_zone(s)
    stamp = tuple(s.execute(select(func.count(Payment.id), func.max(Payment.id),
                                   func.total(Payment.home_amount_minor),
                                   func.total(Payment.home_fee_minor))).one())
    key = (day.year, str(zone), settings.get(s, "activity"), stamp)
    cache = s.info.setdefault("vat_due_days", {})
    if key not in cache:
        cache[key] = _vat_due_days(s, day.year, zone)
    days = [d for d in cache[key] if d <= day]
    return min(days) if days else None


def _vat_due_days(s: Session, year: int, zone: ZoneInfo) -> list[date]:
    """The days of `year` from which VAT is due, by each VAT-franchise threshold crossed."""
    this = year_turnover(s, year, zone)
    fig = this.figures
    if fig is None:
        return []
    last = year_turnover(s, year - 1, zone)
    default = settings.get(s, "activity")
    keys = []
    if default in SERVICES or this.services_minor or last.services_minor:
        keys.append("fr_vat_services")
    if (default == "sales_bic" or this.total_minor > this.services_minor
            or last.total_minor > last.services_minor):
        keys.append("fr_vat_sales")
    days = []
    for key in keys:
        services = key == "fr_vat_services"
        base = fig.vat_services_minor if services else fig.vat_sales_minor
        higher = fig.vat_services_tolerance_minor if services else fig.vat_sales_tolerance_minor
        if (last.services_minor if services else last.total_minor) > base:
            days.append(date(year, 1, 1))
        crossed = crossing_day(s, year, zone, higher, services_only=services)
        if crossed is not None:
            days.append(crossed)
    return days


def _ceiling_meter(key: str, this: YearTurnover, last: YearTurnover) -> obligations.Meter:
    """The micro-entrepreneur ceilings: over them two calendar years running, the micro regime
    ends on 1 January of the year after (one year over is tolerated)."""
    services = key == "fr_ceiling_services"
    fig = this.figures
    assert fig is not None
    limit = fig.ceiling_services_minor if services else fig.ceiling_sales_minor
    amount = this.services_minor if services else this.total_minor
    last_fig = last.figures or fig
    last_limit = last_fig.ceiling_services_minor if services else last_fig.ceiling_sales_minor
    last_over = (last.services_minor if services else last.total_minor) > last_limit
    label = (Phrase("Micro-entrepreneur ceiling, services") if services
             else Phrase("Micro-entrepreneur ceiling, all activities"))
    level = obligations.level_of(amount, limit)
    percent = amount * 100 // limit if limit else 0
    if amount > limit and last_over:
        message = Phrase(
            "Over the ceiling of {limit} in {last_year} and again in {year}: you leave the "
            "micro-entrepreneur regime on 1 January {next_year}.",
            limit=euros_text(limit), last_year=last.year, year=this.year,
            next_year=this.year + 1)
    elif amount > limit:
        message = Phrase(
            "Over the ceiling of {limit} this year: you stay a micro-entrepreneur in "
            "{next_year}; over it again in {next_year}, you leave the regime on 1 January "
            "{after}.", limit=euros_text(limit), next_year=this.year + 1,
            after=this.year + 2)
    elif last_over:
        level = "exceeded" if level == "exceeded" else "warning"
        message = Phrase(
            "Over the ceiling in {last_year}: if {year} goes over {limit} too, you leave the "
            "micro-entrepreneur regime on 1 January {next_year}.",
            last_year=last.year, year=this.year, limit=euros_text(limit),
            next_year=this.year + 1)
    else:
        message = Phrase("{percent} % of the micro-entrepreneur ceiling of {limit}.",
                         percent=percent, limit=euros_text(limit))
    return obligations.Meter(
        key=key, label=label, amount_minor=amount, limit_minor=limit, currency="EUR",
        level=level, message=message, rule=CEILING_RULE, source=CEILING_SOURCE,
        span=(date(this.year, 1, 1), date(this.year, 12, 31)))


def france_meters(s: Session, today: date, zone: ZoneInfo) -> list[obligations.Meter]:
    """The VAT-franchise and ceiling meters of `today`'s calendar year (and the previous one).

    Services meters show when the person sells services (the default activity, or any
    services turnover); the sales meters when they sell goods."""
    this = year_turnover(s, today.year, zone)
    if this.figures is None:
        return []
    last = year_turnover(s, today.year - 1, zone)
    default = settings.get(s, "activity")
    sells_services = (default in SERVICES or this.services_minor or last.services_minor)
    sells_goods = (default == "sales_bic" or this.total_minor > this.services_minor
                   or last.total_minor > last.services_minor)
    meters = []
    if sells_services:
        meters.append(_vat_meter(s, "fr_vat_services", this, last, zone))
    if sells_goods:
        meters.append(_vat_meter(s, "fr_vat_sales", this, last, zone))
    if sells_services:
        meters.append(_ceiling_meter("fr_ceiling_services", this, last))
    meters.append(_ceiling_meter("fr_ceiling_total", this, last))
    return meters


def _due(p: DeclarationPeriod) -> obligations.DueDeclaration:
    return obligations.DueDeclaration(
        kind="urssaf", period_key=p.key, first_day=p.start, last_day=p.end,
        deadline=p.deadline, currency="EUR",
        title=Phrase("URSSAF declaration, {period}", period=p.key),
        amounts={"declared": p.total_declared_minor,
                 "contributions": sum(p.contributions_minor.values()),
                 "versement_liberatoire": sum(p.versement_liberatoire_minor.values())},
        rule="CSS art. L613-7", source=URSSAF_SOURCE)


def overview(s: Session, today: date, zone: ZoneInfo) -> obligations.StatusOverview:
    """France, micro-entrepreneur: the next URSSAF declaration not done, the past ones not
    done (this calendar year and the previous one, from the period of the first payment on:
    a period without turnover is still declared, at zero), the meters. A store with no
    payment yet has no declaration; one whose home currency is not the euro has nothing."""
    out = obligations.StatusOverview("fr_micro")
    if settings.home_currency(s) != "EUR":
        return out
    out.meters = france_meters(s, today, zone)
    period = settings.get(s, "urssaf_period")
    first = first_received_day(s, "EUR", zone)
    if first is None:
        return out  # nothing recorded yet (a new store): Today points to the first steps
    due: list[obligations.DueDeclaration] = []
    for year in (today.year - 1, today.year):
        try:
            report = urssaf_report(s, year, period, zone=zone, meters=False)
        except ValidationError:
            continue
        for p in report.periods:
            if p.end < first:
                continue  # before the person's first payment: nothing to declare here
            due.append(_due(p))
    obligations.with_done(s, due)
    past = [d for d in due if d.deadline < today and not d.done]
    upcoming = [d for d in due if d.deadline >= today and not d.done]
    if not upcoming:
        # every period is done (the current one marked early): next year's first period
        # shows as upcoming, not started yet, with its deadline
        try:
            report = urssaf_report(s, today.year + 1, period, zone=zone, meters=False)
        except ValidationError:
            report = None
        if report is not None:
            upcoming = [d for d in obligations.with_done(s, [_due(p) for p in report.periods])
                        if not d.done]
    out.declarations = past + upcoming[:1]
    return out

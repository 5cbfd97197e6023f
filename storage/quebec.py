"""Québec self-employed helper: the GST/QST small-supplier meter, GST/QST per filing period,
income-tax instalment reminders, the T2125 / TP-80 year summary and the expenses it deducts.

Every figure (threshold, rates, dates) comes from storage/data/rules/quebec.json through
storage.rules (jurisdiction "QC"), never from a constant here. Rates are kept in "pcm" (per
cent mille, 1/100,000) so that the QST's 9.975 % is an exact integer (9975); amounts are
minor units of CAD; dates of the year are "mmdd" (June 15 = 615).

What counts, and when (the choices this module makes, each stated once):

- **Revenue of a payment** is its home gross, ``home_amount_minor + home_fee_minor``: what the
  client paid before the platform's commission (the commission is an expense on T2125, not
  a reduction of revenue), in CAD as fixed when the payment was recorded. Payments recorded
  in another home currency are left out and counted in the report's warnings.
- **The small-supplier meter** (ETA s. 148(1); CRA GST/HST memorandum 2.2) counts every
  payment received, worldwide, exports (zero-rated) included, on the local day the money
  arrived (cash basis: what Atelier knows for sure; for platform work paid on delivery it is
  the day of the supply too). A refund lowers it. Two tests, per calendar quarter:
    * crossed in a single calendar quarter (the quarter's total passes 30,000 $): the person
      stops being a small supplier at once; registration is mandatory from the day of the
      supply that made the total cross, and the GST/QST is charged on that supply already;
    * crossed over four consecutive calendar quarters (the last four, the quarter itself
      included) but in no single quarter: the person stops being a small supplier at the
      end of the month after that quarter, so registration is mandatory from the first day
      of the second month after it (crossed in January–March: from May 1).
  Registration must be applied for within 29 days; that date is not computed here.
- **GST/QST when registered** (qc_gst = registered): tax is owed on the payments received
  from the registration date (qc_registered_on; empty: the whole year) on the day received —
  tax becomes payable when the consideration is paid or falls due, whichever is first (ETA
  s. 168(1)); for platform sales paid on delivery that is the payment day. Which sales bear
  it: a client whose country is "CA" bears GST 5 % + QST 9.975 % (a supply made in Québec:
  Atelier does not know the province, so a client in an HST province, who would owe that
  province's HST instead, is not told apart); a client with another country is a
  non-resident and the service is zero-rated (ETA Sch. VI, Part V, s. 7, and its QST twin)
  — 0 %, still counted in the meter; a client with **no country** is counted as
  taxable in Canada (the cautious choice) and the report says how many such sales there
  were, so the person can set the country. Recorded prices are taken as before tax: the
  figures are the GST/QST to collect on top of them. Tax is computed on each period's total,
  rounded half up (invoices round one by one; cents may differ).
  Regular method: the tax collected, before input tax credits (Atelier does not record the
  tax paid on expenses). Quick method (qc_quick_method = yes, services): 3.6 % of the
  supplies including GST and 6.6 % of the supplies including QST, less 1 % of the first
  30,000 $ (GST-included) and 31,421 $ (QST-included) of the fiscal (calendar) year's
  taxable supplies; zero-rated supplies are left out of both.
  Deadlines: monthly and quarterly returns one month after the period; annual filers (an
  individual with business income, December 31 year-end) pay by April 30 and file by June
  15 of the following year — the declaration's deadline is the payment date.
- **Instalments** (income tax, Québec and federal): required when the net tax owed passes
  1,800 $ this year and in one of the two previous ones. Atelier cannot compute income tax;
  it estimates last year's net tax owed as last year's net business income (accrual) times
  ``instalment_estimate_rate_pcm`` (an editable figure, 20 % shipped, *not* a legal rate),
  and when that estimate passes the threshold it reminds the four dates (March, June,
  September, December 15) with a quarter of the estimate each. The governments' own
  reminders (TPZ-1026.A-V, CRA reminders) give the real amounts.
- **Year summary** (T2125 / TP-80 business income): the ACCRUAL view counts an order's
  price on the local day it was completed (else delivered; cancelled orders never), plus
  tips, adjustments, refunds (not those of a cancelled order) and payments without an
  order on the day received; an order
  priced in another currency is converted at the day's reference rate (exchange_rates,
  CAD per unit = CAD per EUR / currency per EUR, the last day with both published within
  7 days before; a rate the person entered wins over the ECB's), else at the rate of its
  first payment in that currency, else it is left out and counted. The CASH view counts the
  payments received in the year. Both deduct the platform fees of the payments received in
  the year and the expenses the person typed, by the local day spent (a non-CAD expense is
  converted at that day's reference rate).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import obligations, rules, settings
from storage.cleantext import clean
from storage.errors import ValidationError
from storage.money import check_currency, convert, parse_amount, round_minor
from storage.obligations import DueDeclaration, Meter, StatusOverview, level_of
from storage.periods import Period, _add_months, period_of, periods_between
from storage.phrase_values import Day, Money
from storage.phrases import Phrase
from storage.tables import (
    Client,
    ExchangeRate,
    Expense,
    Order,
    OrderStatus,
    Payment,
    PaymentKind,
)

HOME = "CAD"
JURISDICTION = "QC"
PCM = 100_000
RATE_LOOKBACK_DAYS = 7
FIRST_YEAR, LAST_YEAR = 1970, 2199

#: Expense categories: the T2125 line each is reported on (TP-80 groups the same items).
CATEGORIES: dict[str, str] = {
    "advertising": "8521",
    "office": "8810",
    "supplies": "8811",
    "software": "8810",
    "phone_internet": "9220",
    "professional_fees": "8860",
    "travel": "9200",
    "home_office": "9945",
    "other": "9270",
}
#: each category's name in English (the CLI; the pages translate their own), after the
#: T2125 line's title
CATEGORY_NAMES: dict[str, str] = {
    "advertising": "Advertising",
    "office": "Office expenses",
    "supplies": "Office stationery and supplies",
    "software": "Software and subscriptions",
    "phone_internet": "Telephone and utilities",
    "professional_fees": "Professional fees",
    "travel": "Travel",
    "home_office": "Business use of home",
    "other": "Other expenses",
}
#: the line of the platforms' commissions (taken from the payments, not typed): T2125 line
#: 8871 "Management and administration fees" (fees paid to have the sales and payments
#: handled), apart from line 9270 "Other expenses"
PLATFORM_FEES_LINE = "8871"
DESCRIPTION_MAX = 500

SMALL_SUPPLIER_RULE = "ETA s. 148(1), small supplier"
ZERO_RATED_RULE = "ETA Sch. VI, Part V, s. 7 (services to non-residents)"
INSTALMENT_RULE = "Taxation Act (Québec) s. 1026; ITA s. 156.1"


def _refuse_other_home(s: Session) -> None:
    if settings.home_currency(s) != HOME:
        raise ValidationError(
            "home_currency", "The Québec helper counts in Canadian dollars: set the home "
            "currency to CAD in Settings to use it.")


def _pcm_of(minor: int, pcm: int) -> int:
    """`pcm` hundred-thousandths of `minor`, rounded half up (away from zero)."""
    return round_minor(Decimal(minor) * Decimal(pcm) / Decimal(PCM), ROUND_HALF_UP)


def _cad(minor: int) -> str:
    """An amount put into a Phrase, written as the person's language writes it."""
    return Money(minor, HOME)


def _mmdd(value: int, year: int) -> date:
    return date(year, value // 100, value % 100)


def _local_day(moment: datetime, zone: ZoneInfo) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _source(s: Session, key: str, year: int) -> str:
    return rules.figure_row(s, JURISDICTION, key, year).source


# --- payments, as the meter and the taxes see them ---------------------------------------------


@dataclass(frozen=True)
class Received:
    day: date  # local day received
    at: datetime
    gross_minor: int  # home amount + home fee: the client's price
    fee_minor: int
    country: str | None  # the client's country; None when no client is known
    kind: str
    order_id: int | None


def _received(s: Session, first: date, last: date, zone: ZoneInfo) -> tuple[list[Received], int]:
    """CAD payments whose local day lies in [first, last], in time order, and how many
    payments of those days were recorded in another home currency."""
    start = datetime.combine(first, time(), zone).astimezone(UTC)
    stop = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
    rows = s.execute(
        select(Payment, Client.country)
        .outerjoin(Order, Order.id == Payment.order_id)
        .outerjoin(Client, Client.id == Payment.client_id)
        .where(Payment.received_at >= start, Payment.received_at < stop)
        .order_by(Payment.received_at, Payment.id)).all()
    order_country = dict(s.execute(
        select(Order.id, Client.country).join(Client, Client.id == Order.client_id)
        .where(Order.id.in_({p.order_id for p, _ in rows if p.order_id is not None}))).all())
    out, other = [], 0
    for p, country in rows:
        if p.home_currency != HOME:
            other += 1
            continue
        if country is None and p.order_id is not None:
            country = order_country.get(p.order_id)
        out.append(Received(_local_day(p.received_at, zone), p.received_at,
                            p.home_amount_minor + p.home_fee_minor, p.home_fee_minor,
                            None if country is None else country.strip().upper(),
                            str(p.kind), p.order_id))
    return out, other


# --- (a) the small-supplier meter ---------------------------------------------------------------


@dataclass
class QuarterSupplies:
    key: str  # 2026-Q1
    first_day: date
    last_day: date
    amount_minor: int  # supplies of this quarter
    four_quarters_minor: int  # this quarter and the three before it

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "first_day": self.first_day.isoformat(),
                "last_day": self.last_day.isoformat(), "amount_minor": self.amount_minor,
                "four_quarters_minor": self.four_quarters_minor}


@dataclass
class SmallSupplier:
    limit_minor: int
    quarters: list[QuarterSupplies]
    crossed_quarter: str | None = None  # the first quarter the threshold was passed
    crossed_by: str | None = None  # "quarter" (in a single quarter) or "four_quarters"
    mandatory_from: date | None = None  # the day registration becomes mandatory
    source: str = ""

    def current(self, day: date) -> QuarterSupplies:
        """The quarter holding `day` (the last one looked at when `day` is later)."""
        for q in self.quarters:
            if q.first_day <= day <= q.last_day:
                return q
        return self.quarters[-1]

    def meter(self, day: date, registered: bool) -> Meter:
        q = self.current(day)
        amount = q.four_quarters_minor
        level = level_of(amount, self.limit_minor)
        if self.mandatory_from is not None and self.mandatory_from <= q.last_day:
            level = "exceeded"
        if registered:
            message = Phrase("You are registered for the GST and QST: the small-supplier "
                             "threshold no longer decides anything.")
        elif self.mandatory_from is not None:
            if self.crossed_by == "quarter":
                message = Phrase(
                    "Your supplies passed {limit} in the single quarter {quarter}: you are "
                    "no longer a small supplier. Register for the GST and QST; tax is due from "
                    "the supply of {day} on.", limit=_cad(self.limit_minor),
                    quarter=self.crossed_quarter, day=Day(self.mandatory_from))
            else:
                message = Phrase(
                    "Your supplies passed {limit} over the four quarters ending {quarter}: "
                    "register for the GST and QST; tax is due from {day}.",
                    limit=_cad(self.limit_minor), quarter=self.crossed_quarter,
                    day=Day(self.mandatory_from))
        elif level == "warning":
            message = Phrase("Your supplies of the last four quarters are close to the "
                             "small-supplier threshold of {limit}.",
                             limit=_cad(self.limit_minor))
        else:
            message = Phrase("Under the small-supplier threshold of {limit}: no GST or QST "
                             "to charge yet.", limit=_cad(self.limit_minor))
        first = self.quarters[max(0, self.quarters.index(q) - 3)].first_day
        return Meter(key="qc_small_supplier",
                     label=Phrase("Small supplier (GST/QST), last four quarters"),
                     amount_minor=amount, limit_minor=self.limit_minor, currency=HOME,
                     level=level, message=message, rule=SMALL_SUPPLIER_RULE,
                     source=self.source, span=(first, q.last_day))

    def to_json(self) -> dict[str, Any]:
        return {"limit_minor": self.limit_minor, "crossed_quarter": self.crossed_quarter,
                "crossed_by": self.crossed_by,
                "mandatory_from": self.mandatory_from.isoformat()
                if self.mandatory_from else None,
                "rule": SMALL_SUPPLIER_RULE, "source": self.source,
                "quarters": [q.to_json() for q in self.quarters]}


def small_supplier(s: Session, year: int, zone: ZoneInfo) -> SmallSupplier:
    """The quarters of `year - 1` and `year` against the threshold (the three quarters
    before them count in the four-quarter totals), and the first crossing among them."""
    limit = rules.figure(s, JURISDICTION, "small_supplier_limit", year)
    source = _source(s, "small_supplier_limit", year)
    shown = periods_between(date(year - 1, 1, 1), date(year, 12, 31), "quarter")
    earlier = periods_between(date(year - 2, 4, 1), date(year - 2, 12, 31), "quarter")
    payments, _other = _received(s, earlier[0].first_day, shown[-1].last_day, zone)
    by_quarter: dict[str, list[Received]] = defaultdict(list)
    for p in payments:
        by_quarter[period_of(p.day, "quarter").key].append(p)
    totals = {q.key: sum(p.gross_minor for p in by_quarter[q.key]) for q in earlier + shown}
    keys = [q.key for q in earlier + shown]
    out = SmallSupplier(limit, [], source=source)
    single: tuple[date, str] | None = None
    rolling: tuple[date, str] | None = None
    for q in shown:
        i = keys.index(q.key)
        four = sum(totals[k] for k in keys[i - 3:i + 1])
        out.quarters.append(QuarterSupplies(q.key, q.first_day, q.last_day, totals[q.key], four))
        if single is None:
            running = 0
            for p in by_quarter[q.key]:
                running += p.gross_minor
                if running > limit:
                    single = (p.day, q.key)
                    break
        if rolling is None and four > limit:
            rolling = (_add_months(q.next_first_day, 1), q.key)
    found = [c for c in (single, rolling) if c is not None]
    if found:
        day, key = min(found)
        out.mandatory_from, out.crossed_quarter = day, key
        out.crossed_by = "quarter" if single is not None and (day, key) == single else \
            "four_quarters"
    return out


# --- (b) GST and QST per filing period ----------------------------------------------------------


@dataclass
class TaxPeriod:
    key: str
    first_day: date
    last_day: date
    deadline: date  # payment deadline
    filing_deadline: date
    taxable_minor: int = 0  # supplies in Canada (before tax)
    zero_rated_minor: int = 0  # services to non-residents
    unknown_country_sales: int = 0  # counted as taxable: the client has no country
    gst_minor: int = 0  # GST on the taxable supplies (collected)
    qst_minor: int = 0
    remit_gst_minor: int = 0  # what to remit (= collected, or the quick method's figure)
    remit_qst_minor: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "first_day": self.first_day.isoformat(),
                "last_day": self.last_day.isoformat(), "deadline": self.deadline.isoformat(),
                "filing_deadline": self.filing_deadline.isoformat(),
                "taxable_minor": self.taxable_minor, "zero_rated_minor": self.zero_rated_minor,
                "unknown_country_sales": self.unknown_country_sales,
                "gst_minor": self.gst_minor, "qst_minor": self.qst_minor,
                "remit_gst_minor": self.remit_gst_minor,
                "remit_qst_minor": self.remit_qst_minor}


def filing_deadlines(s: Session, period: Period, kind: str) -> tuple[date, date]:
    """(payment deadline, filing deadline) of a GST/QST period."""
    year = period.first_day.year
    if kind == "year":
        f = rules.figures(s, JURISDICTION, year)
        return (_mmdd(f["annual_payment_mmdd"], year + 1),
                _mmdd(f["annual_filing_mmdd"], year + 1))
    months = rules.figure(s, JURISDICTION, "filing_months_after", year)
    day = period_of(_add_months(period.next_first_day, months - 1), "month").last_day
    return day, day


def registered_on(s: Session) -> date | None:
    raw = settings.get(s, "qc_registered_on")
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def gst_qst_periods(s: Session, year: int, zone: ZoneInfo, *, kind: str | None = None,
                    quick: bool | None = None) -> list[TaxPeriod]:
    """The GST/QST of each filing period of `year` (see the module docstring for the rule);
    periods that end before the registration date are left out."""
    kind = kind or settings.get(s, "qc_filing")
    if kind not in ("month", "quarter", "year"):
        raise ValidationError("qc_filing", "The GST/QST filing period is month, quarter or "
                              "year.")
    quick = settings.get(s, "qc_quick_method") == "yes" if quick is None else quick
    f = rules.figures(s, JURISDICTION, year)
    since = registered_on(s)
    payments, _other = _received(s, date(year, 1, 1), date(year, 12, 31), zone)
    out: list[TaxPeriod] = []
    gst_base_left = f["quick_reduction_gst_base"]
    qst_base_left = f["quick_reduction_qst_base"]
    for p in periods_between(date(year, 1, 1), date(year, 12, 31), kind):
        if since is not None and p.last_day < since:
            continue
        pay_by, file_by = filing_deadlines(s, p, kind)
        t = TaxPeriod(p.key, p.first_day, p.last_day, pay_by, file_by)
        for r in payments:
            if not p.first_day <= r.day <= p.last_day or (since and r.day < since):
                continue
            if r.country in (None, ""):
                t.unknown_country_sales += 1
                t.taxable_minor += r.gross_minor
            elif r.country == "CA":
                t.taxable_minor += r.gross_minor
            else:
                t.zero_rated_minor += r.gross_minor
        t.gst_minor = _pcm_of(t.taxable_minor, f["gst_rate_pcm"])
        t.qst_minor = _pcm_of(t.taxable_minor, f["qst_rate_pcm"])
        if quick:
            with_gst = t.taxable_minor + t.gst_minor
            with_qst = t.taxable_minor + t.qst_minor
            gst_reduced = max(0, min(with_gst, gst_base_left))
            qst_reduced = max(0, min(with_qst, qst_base_left))
            gst_base_left -= gst_reduced
            qst_base_left -= qst_reduced
            t.remit_gst_minor = (_pcm_of(with_gst, f["quick_gst_rate_pcm"])
                                 - _pcm_of(gst_reduced, f["quick_reduction_pcm"]))
            t.remit_qst_minor = (_pcm_of(with_qst, f["quick_qst_rate_pcm"])
                                 - _pcm_of(qst_reduced, f["quick_reduction_pcm"]))
        else:
            t.remit_gst_minor, t.remit_qst_minor = t.gst_minor, t.qst_minor
        out.append(t)
    return out


def _gst_due(s: Session, t: TaxPeriod) -> DueDeclaration:
    return DueDeclaration(
        kind="gst_qst", period_key=t.key, first_day=t.first_day, last_day=t.last_day,
        deadline=t.deadline, currency=HOME,
        title=Phrase("GST/QST return, {period}", period=t.key),
        amounts={"gst": t.remit_gst_minor, "qst": t.remit_qst_minor,
                 "taxable": t.taxable_minor, "zero_rated": t.zero_rated_minor},
        rule="ETA s. 238; QST Act s. 468",
        source=_source(s, "filing_months_after", t.first_day.year))


# --- (c) instalments ----------------------------------------------------------------------------


@dataclass
class Instalments:
    year: int
    basis_net_minor: int  # last year's net business income (accrual)
    estimate_minor: int  # estimated net tax owed
    threshold_minor: int
    rate_pcm: int
    required: bool
    dates: list[date]
    amounts_minor: list[int]
    source: str = ""
    done: list[bool] = field(default_factory=list)  # each instalment marked done (paid)

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "basis_net_minor": self.basis_net_minor,
                "estimate_minor": self.estimate_minor, "threshold_minor": self.threshold_minor,
                "estimate_rate_pcm": self.rate_pcm, "required": self.required,
                "dates": [d.isoformat() for d in self.dates],
                "amounts_minor": self.amounts_minor, "rule": INSTALMENT_RULE,
                "source": self.source, "done": self.done}


def instalments(s: Session, year: int, zone: ZoneInfo) -> Instalments:
    """Whether to remind the instalments of `year`: last year's net (accrual) times the
    editable estimate rate, against the threshold; a quarter of it on each date."""
    f = rules.figures(s, JURISDICTION, year)
    basis = year_summary(s, year - 1, zone).accrual.net_minor
    estimate = max(0, _pcm_of(basis, f["instalment_estimate_rate_pcm"]))
    dates = [_mmdd(f[f"instalment_{n}_mmdd"], year) for n in range(1, 5)]
    quarter = estimate // 4
    amounts = [quarter, quarter, quarter, estimate - 3 * quarter]
    return Instalments(year, basis, estimate, f["instalment_threshold"],
                       f["instalment_estimate_rate_pcm"],
                       estimate > f["instalment_threshold"], dates, amounts,
                       _source(s, "instalment_threshold", year))


def _instalment_dues(inst: Instalments) -> list[DueDeclaration]:
    out, first = [], date(inst.year, 1, 1)
    for n, (day, amount) in enumerate(zip(inst.dates, inst.amounts_minor, strict=True), 1):
        out.append(DueDeclaration(
            kind="instalment", period_key=f"{inst.year}-I{n}", first_day=first, last_day=day,
            deadline=day, currency=HOME,
            title=Phrase("Income-tax instalment {n} of 4, {year} (estimate)", n=n,
                         year=inst.year),
            amounts={"estimate": amount}, rule=INSTALMENT_RULE, source=inst.source))
        first = day + timedelta(days=1)
    return out


# --- (d) the year summary (T2125 / TP-80) -------------------------------------------------------


class _Rates:
    """CAD for one unit of a currency on a day, from the reference rates (units per EUR)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.cache: dict[tuple[str, date], Decimal | None] = {}

    def _per_eur(self, currency: str, day: date) -> dict[date, Decimal]:
        rows = self.s.execute(
            select(ExchangeRate.day, ExchangeRate.per_eur, ExchangeRate.source)
            .where(ExchangeRate.currency == currency,
                   ExchangeRate.day >= day - timedelta(days=RATE_LOOKBACK_DAYS),
                   ExchangeRate.day <= day)).all()
        out: dict[date, Decimal] = {}
        for d, value, source in rows:
            try:
                rate = Decimal(value)
            except InvalidOperation:
                continue
            if rate.is_finite() and rate > 0 and (d not in out or source == "entered"):
                out[d] = rate
        return out

    def cad_per(self, currency: str, day: date) -> Decimal | None:
        if currency == HOME:
            return Decimal(1)
        key = (currency, day)
        if key not in self.cache:
            cad = self._per_eur(HOME, day)
            other = {day - timedelta(days=n): Decimal(1)
                     for n in range(RATE_LOOKBACK_DAYS + 1)} if currency == "EUR" \
                else self._per_eur(currency, day)
            found = None
            for back in range(RATE_LOOKBACK_DAYS + 1):
                d = day - timedelta(days=back)
                if d in cad and d in other:
                    found = cad[d] / other[d]
                    break
            self.cache[key] = found
        return self.cache[key]


@dataclass
class SummaryView:
    gross_minor: int = 0
    platform_fees_minor: int = 0
    expenses_minor: dict[str, int] = field(default_factory=dict)

    @property
    def total_expenses_minor(self) -> int:
        return self.platform_fees_minor + sum(self.expenses_minor.values())

    @property
    def net_minor(self) -> int:
        return self.gross_minor - self.total_expenses_minor

    def to_json(self) -> dict[str, Any]:
        return {"gross_minor": self.gross_minor,
                "platform_fees_minor": self.platform_fees_minor,
                "expenses_minor": self.expenses_minor,
                "total_expenses_minor": self.total_expenses_minor,
                "net_minor": self.net_minor}


@dataclass
class YearSummary:
    year: int
    accrual: SummaryView
    cash: SummaryView
    unconverted_orders: int = 0  # no rate found: left out of the accrual gross
    unconverted_expenses: int = 0
    other_home_payments: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "currency": HOME, "accrual": self.accrual.to_json(),
                "cash": self.cash.to_json(),
                "lines": {"gross": "8299", "platform_fees": PLATFORM_FEES_LINE,
                          **{k: v for k, v in CATEGORIES.items()}, "net": "9946"},
                "unconverted_orders": self.unconverted_orders,
                "unconverted_expenses": self.unconverted_expenses,
                "other_home_payments": self.other_home_payments}


def _recognised_at(o: Order) -> datetime | None:
    return o.completed_at or o.delivered_at


def year_summary(s: Session, year: int, zone: ZoneInfo) -> YearSummary:
    """Gross, platform fees, expenses by category and net of `year`, accrual beside cash."""
    rates = _Rates(s)
    payments, other = _received(s, date(year, 1, 1), date(year, 12, 31), zone)
    accrual, cash = SummaryView(), SummaryView()
    out = YearSummary(year, accrual, cash, other_home_payments=other)
    cancelled = set(s.scalars(select(Order.id).where(
        Order.status == OrderStatus.CANCELLED,
        Order.id.in_({p.order_id for p in payments if p.order_id is not None}))))
    for p in payments:
        cash.gross_minor += p.gross_minor
        cash.platform_fees_minor += p.fee_minor
        accrual.platform_fees_minor += p.fee_minor
        # a payout is earned with its order (counted below); a tip, an adjustment or a
        # refund on the day received, unless its order was cancelled (never earned)
        if p.order_id is None or (p.kind != PaymentKind.PAYOUT
                                  and p.order_id not in cancelled):
            accrual.gross_minor += p.gross_minor
    start = datetime.combine(date(year, 1, 1), time(), zone).astimezone(UTC)
    stop = datetime.combine(date(year + 1, 1, 1), time(), zone).astimezone(UTC)
    orders = s.scalars(select(Order).where(
        Order.status != OrderStatus.CANCELLED,
        ((Order.completed_at >= start) & (Order.completed_at < stop))
        | (Order.completed_at.is_(None) & (Order.delivered_at >= start)
           & (Order.delivered_at < stop))))
    for o in orders:
        moment = _recognised_at(o)
        if moment is None:
            continue
        rate = rates.cad_per(o.currency, _local_day(moment, zone))
        if rate is None:
            first = next((p for p in o.payments if p.currency == o.currency
                          and p.home_currency == HOME), None)
            rate = Decimal(first.rate) if first is not None else None
        if rate is None:
            out.unconverted_orders += 1
            continue
        accrual.gross_minor += convert(o.price_minor, o.currency, HOME, rate)
    for cat in CATEGORIES:
        accrual.expenses_minor[cat] = cash.expenses_minor[cat] = 0
    for e in s.scalars(select(Expense).where(Expense.spent_on >= date(year, 1, 1),
                                             Expense.spent_on <= date(year, 12, 31))):
        rate = rates.cad_per(e.currency, e.spent_on)
        if rate is None:
            out.unconverted_expenses += 1
            continue
        amount = convert(e.amount_minor, e.currency, HOME, rate)
        cat = e.category if e.category in CATEGORIES else "other"
        accrual.expenses_minor[cat] += amount
        cash.expenses_minor[cat] += amount
    return out


# --- (e) expenses -------------------------------------------------------------------------------


def _parse_day(value: date | str, field: str = "spent_on") -> date:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(field, Phrase("“{text}” is not a date: write it as "
                                                "2026-03-31.", text=value)) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(field, "This date is outside the years Atelier handles: enter a "
                              "date between 1970 and 2199.")
    return value


def _expense_values(values: dict[str, Any], lang: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "spent_on" in values:
        out["spent_on"] = _parse_day(values["spent_on"])
    if "currency" in values:
        out["currency"] = check_currency(values["currency"])
    if "amount" in values:
        currency = out.get("currency") or values.get("_currency") or HOME
        minor = parse_amount(values["amount"], currency, "amount", lang)
        if minor <= 0:
            raise ValidationError("amount", "An expense is an amount above zero.")
        out["amount_minor"] = minor
    if "category" in values:
        cat = str(values["category"]).strip()
        if cat not in CATEGORIES:
            raise ValidationError("category", Phrase(
                "“{category}” is not an expense category: use one of {names}.",
                category=cat, names=", ".join(CATEGORIES)))
        out["category"] = cat
    if "description" in values:
        text = clean(str(values["description"] or "")).strip()
        if len(text) > DESCRIPTION_MAX:
            raise ValidationError("description",
                                  "The description is too long (500 characters at most).")
        out["description"] = text
    return out


def add_expense(s: Session, *, spent_on: date | str, amount: str | int | Decimal,
                category: str, currency: str = HOME, description: str = "",
                lang: str | None = None) -> Expense:
    """Validate every field, then add the expense (nothing is written on a refusal)."""
    v = _expense_values({"spent_on": spent_on, "currency": currency, "amount": amount,
                         "category": category, "description": description}, lang)
    row = Expense(**v)
    s.add(row)
    s.flush()
    return row


def _expense(s: Session, expense_id: int) -> Expense:
    row = s.get(Expense, expense_id)
    if row is None:
        raise ValidationError("expense", "This expense does not exist any more.")
    return row


def update_expense(s: Session, expense_id: int, changes: dict[str, Any], *,
                   lang: str | None = None) -> Expense:
    """Change some of spent_on, amount, currency, category, description."""
    row = _expense(s, expense_id)
    unknown = set(changes) - {"spent_on", "amount", "currency", "category", "description"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited.")
    v = _expense_values({**changes, "_currency": row.currency}, lang)
    if "currency" in v and "amount_minor" not in v:  # the same figure, in the new currency
        v["amount_minor"] = parse_amount(
            Decimal(row.amount_minor).scaleb(-_exp(row.currency)), v["currency"], "amount")
    for key, value in v.items():
        setattr(row, key, value)
    s.flush()
    return row


def _exp(currency: str) -> int:
    from storage.money import exponent

    return exponent(currency)


def delete_expense(s: Session, expense_id: int) -> None:
    s.delete(_expense(s, expense_id))
    s.flush()


def list_expenses(s: Session, year: int | None = None) -> list[Expense]:
    q = select(Expense).order_by(Expense.spent_on, Expense.id)
    if year is not None:
        q = q.where(Expense.spent_on >= date(year, 1, 1), Expense.spent_on <= date(year, 12, 31))
    return list(s.scalars(q))


# --- the report and the overview ----------------------------------------------------------------


@dataclass
class Warning:
    message: str  # a Phrase
    rule: str = ""
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"message": str(self.message), "rule": self.rule, "source": self.source}


@dataclass
class QuebecReport:
    year: int
    options: dict[str, Any]
    small_supplier: SmallSupplier
    meter: Meter
    periods: list[TaxPeriod]
    instalments: Instalments
    summary: YearSummary
    warnings: list[Warning]

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "currency": HOME, "options": self.options,
                "small_supplier": self.small_supplier.to_json(),
                "meter": self.meter.to_json(),
                "gst_qst_periods": [p.to_json() for p in self.periods],
                "instalments": self.instalments.to_json(),
                "summary": self.summary.to_json(),
                "warnings": [w.to_json() for w in self.warnings]}


def quebec_report(s: Session, year: int, zone: ZoneInfo | None = None, *,
                  today: date | None = None) -> QuebecReport:
    """Everything the Québec helper knows of `year` (the CLI and the Income page show it)."""
    _refuse_other_home(s)
    if not FIRST_YEAR < year < LAST_YEAR:
        raise ValidationError("year", Phrase("Enter a year between {low} and {high}.",
                                             low=FIRST_YEAR + 1, high=LAST_YEAR - 1))
    zone = zone or settings.local_zone(s)
    today = today or datetime.now(zone).date()
    registered = settings.get(s, "qc_gst") == "registered"
    quick = settings.get(s, "qc_quick_method") == "yes"
    filing = settings.get(s, "qc_filing")
    supplier = small_supplier(s, year, zone)
    day = min(max(today, date(year, 1, 1)), date(year, 12, 31))
    meter = supplier.meter(day, registered)
    periods = gst_qst_periods(s, year, zone) if registered else []
    inst = instalments(s, year, zone)
    done = obligations.done_declarations(s)
    inst.done = [("instalment", f"{year}-I{n}") in done for n in range(1, len(inst.dates) + 1)]
    summary = year_summary(s, year, zone)
    warnings: list[Warning] = []
    if meter.level != "ok" and not registered:
        warnings.append(Warning(meter.message, meter.rule, meter.source))
    unknown = sum(p.unknown_country_sales for p in periods)
    if unknown:
        warnings.append(Warning(Phrase(
            "{count} sales went to clients with no country: they were counted as taxable in "
            "Canada. Set each client's country (exports are zero-rated).", count=unknown),
            ZERO_RATED_RULE, _source(s, "gst_rate_pcm", year)))
    if inst.required:
        warnings.append(Warning(Phrase(
            "Your estimated net tax owed for {year} passes {limit}: pay instalments on "
            "March 15, June 15, September 15 and December 15.", year=year,
            limit=_cad(inst.threshold_minor)), INSTALMENT_RULE, inst.source))
    if summary.unconverted_orders or summary.unconverted_expenses:
        warnings.append(Warning(Phrase(
            "{orders} orders and {expenses} expenses in other currencies have no exchange "
            "rate for their day and are left out: update the rates (atelier rates update).",
            orders=summary.unconverted_orders, expenses=summary.unconverted_expenses)))
    if summary.other_home_payments:
        warnings.append(Warning(Phrase(
            "{count} payments recorded in another home currency are not counted.",
            count=summary.other_home_payments)))
    options = {"qc_gst": settings.get(s, "qc_gst"), "qc_quick_method": quick,
               "qc_filing": filing, "qc_registered_on": settings.get(s, "qc_registered_on"),
               "rates_pcm": {k: rules.figure(s, JURISDICTION, k, year)
                             for k in ("gst_rate_pcm", "qst_rate_pcm", "quick_gst_rate_pcm",
                                       "quick_qst_rate_pcm")}}
    return QuebecReport(year, options, supplier, meter, periods, inst, summary, warnings)


def _next_year_dues(s: Session, kind: str, year: int, zone: ZoneInfo) -> list[DueDeclaration]:
    """`year`'s returns or instalments of `kind` not done, soonest first (none when the
    year has no figures or needs no instalment)."""
    try:
        if kind == "gst_qst":
            due = [_gst_due(s, t) for t in gst_qst_periods(s, year, zone)]
        else:
            nxt = instalments(s, year, zone)
            due = _instalment_dues(nxt) if nxt.required else []
    except ValidationError:
        return []
    return sorted((d for d in obligations.with_done(s, due) if not d.done),
                  key=lambda d: d.deadline)


def overview(s: Session, today: date, zone: ZoneInfo) -> StatusOverview:
    """The GST/QST returns and instalments not marked done (past ones, and the next one of
    each kind), and the small-supplier meter."""
    _refuse_other_home(s)
    registered = settings.get(s, "qc_gst") == "registered"
    supplier = small_supplier(s, today.year, zone)
    due: list[DueDeclaration] = []
    if registered:
        since = registered_on(s)
        # last year's returns only when the registration says it began then or before
        years = [today.year - 1] if since is not None and since.year < today.year else []
        for year in (*years, today.year):
            due += [_gst_due(s, t) for t in gst_qst_periods(s, year, zone)]
    inst = instalments(s, today.year, zone)
    if inst.required:
        due += _instalment_dues(inst)
    obligations.with_done(s, due)
    shown: list[DueDeclaration] = []
    for kind in ("gst_qst", "instalment"):
        open_ = sorted((d for d in due if d.kind == kind and not d.done),
                       key=lambda d: d.deadline)
        shown += [d for d in open_ if d.deadline < today]
        upcoming = [d for d in open_ if d.deadline >= today]
        if not upcoming and any(d.kind == kind for d in due):
            # this year's all done: next year's first shows as upcoming, with its deadline
            upcoming = _next_year_dues(s, kind, today.year + 1, zone)
        if upcoming:
            shown.append(upcoming[0])
    shown.sort(key=lambda d: d.deadline)
    return StatusOverview("qc_self", shown, [supplier.meter(today, registered)])

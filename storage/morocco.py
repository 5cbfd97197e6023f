"""Moroccan auto-entrepreneur helper (loi 114-13): what to declare to the DGI, the tax on it,
the AMO health contribution, the ceiling and the single-client rule.

- Turnover is the turnover actually received (chiffre d'affaires encaissé), per month or
  quarter (setting ``ma_period``): the payments recorded in MAD and received in the period,
  counted as the client's price before platform fees (storage/received.py, the figure URSSAF
  declares too). Refunds are negative payments and lower it.
- Foreign income: a payment's MAD figures were fixed when it was recorded, with the rate of
  the day it was received: the rate the person typed (storage/payments.py), or for an
  imported payment the export's own rate, else the reference rate of the day received
  (storage/imports/ledger.py). Nothing is converted again here.
- Tax: the rate of the activity (setting ``ma_activity``: services or commerce, CGI art. 42 III
  and 73 II) on each period's turnover, rounded half up to the centime (money.percent_of); a
  period whose refunds outweigh its receipts owes 0, not a negative tax.
- Deadline: the last day of the month after the period (CGI art. 82 bis).
- AMO: a contribution per quarter chosen by band from the year's tax (the sum of the periods'
  tax). Band N applies when the tax is at most ``amo_band_N_upto_minor`` (the last band has no
  upper bound), so a tax of 1,000.50 MAD is above the 500–1,000 band.
- Ceiling: the year's turnover against 200,000 MAD (services) or 500,000 MAD (commerce); the
  meter warns from ``warn_at_bp`` (80 %) and is exceeded above the limit.
- Single client (services only, CGI art. 73-II-G-8°, LF 2023): above 80,000 MAD received in a
  year from one client, the client withholds 30 % of the excess. One meter per client who paid;
  80,000 MAD exactly is not above. The client of a payment is its own (an imported payment) or
  its order's. That withholding is final ("au taux libératoire de 30 %", note circulaire 733,
  LF 2023): it is the income tax on the excess, so the excess leaves the 1 % base (and the
  year's tax the AMO band is read from). The excess falls in the period whose receipts take
  the client's running total of the year above the limit; the ceiling still counts every
  dirham received.

Every figure comes from storage/rules (jurisdiction "MA"), never from this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import rules, settings
from storage.errors import ValidationError
from storage.money import percent_of
from storage.obligations import (
    DueDeclaration,
    Meter,
    StatusOverview,
    done_declarations,
    level_of,
    with_done,
)
from storage.periods import Period, period_of, periods_between
from storage.phrase_values import Money
from storage.phrases import Phrase
from storage.received import CLIENT_SQL, first_received_day, received_by
from storage.tables import Client

JURISDICTION = "MA"
CURRENCY = "MAD"
ACTIVITIES = ("services", "commerce")
DECLARATION_KIND = "dgi"
#: the rule behind each figure, shown beside a warning
RULES = {
    "tax": "CGI art. 42 III, 73 II",
    "deadline": "CGI art. 82 bis",
    "ceiling": "loi 114-13 art. 1; CGI régime de l'auto-entrepreneur",
    "single_client": "CGI art. 73-II-G-8°, 157-II (LF 2023)",
    "amo": "loi 98-15, AMO des auto-entrepreneurs",
}


@dataclass
class MoroccoPeriod:
    key: str  # 2026-Q1 or 2026-03
    first_day: date
    last_day: date
    deadline: date
    turnover_minor: int
    tax_minor: int
    done_at: datetime | None = None  # the declaration marked done (obligations.mark_done)
    #: received in the period above a client's single-client limit of the year: withheld at
    #: 30 % by the client (final), so out of this period's 1 % base
    excess_minor: int = 0

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "start": self.first_day.isoformat(),
                "end": self.last_day.isoformat(), "deadline": self.deadline.isoformat(),
                "turnover_minor": self.turnover_minor, "excess_minor": self.excess_minor,
                "tax_base_minor": self.turnover_minor - self.excess_minor,
                "tax_minor": self.tax_minor,
                "done_at": self.done_at.isoformat() if self.done_at else None}


@dataclass
class ClientShare:
    """What one client paid in the year and what the single-client rule makes of it."""

    client_id: int
    client: str
    amount_minor: int
    excess_minor: int  # above the single-client limit
    withheld_minor: int  # what the client withholds on the excess

    def to_json(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "client": self.client,
                "amount_minor": self.amount_minor, "excess_minor": self.excess_minor,
                "withheld_minor": self.withheld_minor}


@dataclass
class MoroccoReport:
    year: int
    period: str  # month or quarter
    activity: str  # services or commerce
    rate_bp: int
    periods: list[MoroccoPeriod]
    turnover_minor: int
    tax_minor: int
    amo_band: int  # 1…8
    amo_quarter_minor: int
    meters: list[Meter]
    clients: list[ClientShare] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)

    @property
    def amo_year_minor(self) -> int:
        return 4 * self.amo_quarter_minor

    @property
    def warnings(self) -> list[Meter]:
        return [m for m in self.meters if m.level != "ok"]

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year, "period": self.period, "currency": CURRENCY,
            "activity": self.activity, "rate_bp": self.rate_bp,
            "rules": RULES,
            "periods": [p.to_json() for p in self.periods],
            "year_turnover_minor": self.turnover_minor, "year_tax_minor": self.tax_minor,
            "amo": {"band": self.amo_band, "quarter_minor": self.amo_quarter_minor,
                    "year_minor": self.amo_year_minor},
            "clients": [c.to_json() for c in self.clients],
            "meters": [m.to_json() for m in self.meters],
            "warnings": [m.to_json() for m in self.warnings],
        }


def _money(minor: int) -> str:
    """An amount put into a sentence, written as the person's language writes it."""
    return Money(minor, CURRENCY)


def _percent(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return str(whole) if not rest else f"{whole}.{rest:02d}".rstrip("0")


def check_currency(s: Session) -> None:
    home = settings.home_currency(s)
    if home != CURRENCY:
        raise ValidationError("home_currency", Phrase(
            "The Moroccan auto-entrepreneur helper works in dirhams and your home currency is "
            "{currency}: set it to MAD in Settings to use it.", currency=home))


def activity_of(s: Session) -> str:
    activity = settings.get(s, "ma_activity")
    if activity not in ACTIVITIES:
        raise ValidationError("ma_activity", Phrase(
            "“{activity}” is not an auto-entrepreneur activity: choose services or commerce "
            "in Settings.", activity=activity))
    return activity


def deadline_of(period: Period, months_after: int) -> date:
    """The last day of the `months_after`-th month after the period (CGI art. 82 bis: 1)."""
    day = period.next_first_day
    for _ in range(max(months_after, 1) - 1):
        day = period_of(day, "month").next_first_day
    return period_of(day, "month").last_day


def amo_band(figures: dict[str, int], year_tax_minor: int, year: int = 0) -> tuple[int, int]:
    """(band number, AMO per quarter in centimes) for a year's tax."""
    n = 1
    while f"amo_band_{n}_minor" in figures:
        upto = figures.get(f"amo_band_{n}_upto_minor")
        if upto is None or year_tax_minor <= upto:
            return n, figures[f"amo_band_{n}_minor"]
        n += 1
    raise ValidationError("rules", Phrase(
        "Atelier has no figure “{key}” for {year}: add it in Settings › Rules.",
        key=f"amo_band_{n}_minor", year=year))


def _figures(s: Session, year: int) -> dict[str, int]:
    needed = ("tax_services_bp", "tax_commerce_bp", "ceiling_services_minor",
              "ceiling_commerce_minor", "single_client_limit_minor",
              "single_client_withholding_bp", "declaration_months_after", "warn_at_bp",
              "amo_band_1_minor")
    for key in needed:
        rules.figure_row(s, JURISDICTION, key, year)  # a clear refusal names the missing one
    return rules.figures(s, JURISDICTION, year)


def _source(s: Session, key: str, year: int) -> str:
    return rules.figure_row(s, JURISDICTION, key, year).source


def morocco_report(s: Session, year: int, period: str | None = None, *,
                   zone: ZoneInfo | None = None) -> MoroccoReport:
    """The year's DGI declarations, AMO and meters. Raises ValidationError (a sentence) when
    the home currency is not MAD, the period or activity is unknown, or a figure is missing."""
    check_currency(s)
    period = period or settings.get(s, "ma_period")
    if period not in ("month", "quarter"):
        raise ValidationError("period", "The declaration period is month or quarter.")
    activity = activity_of(s)
    fig = _figures(s, year)
    zone = zone or settings.local_zone(s)
    rate = fig[f"tax_{activity}_bp"]
    done = {key: row.done_at for (kind, key), row in done_declarations(s).items()
            if kind == DECLARATION_KIND}

    periods = []
    running: dict[int, int] = {}  # each client's receipts of the year so far
    limit = fig["single_client_limit_minor"]
    for p in periods_between(date(year, 1, 1), date(year, 12, 31), period):
        turnover = sum(received_by(s, *p.bounds(zone), CURRENCY, "''").values())
        excess = 0
        if activity == "services":
            for cid, amount in received_by(s, *p.bounds(zone), CURRENCY, CLIENT_SQL).items():
                if cid is None:
                    continue
                before = running.get(cid, 0)
                running[cid] = before + amount
                excess += max(running[cid] - limit, 0) - max(before - limit, 0)
        periods.append(MoroccoPeriod(
            p.key, p.first_day, p.last_day, deadline_of(p, fig["declaration_months_after"]),
            turnover, max(percent_of(turnover - excess, rate), 0), done.get(p.key),
            excess))
    turnover = sum(p.turnover_minor for p in periods)
    tax = sum(p.tax_minor for p in periods)
    band, amo_quarter = amo_band(fig, tax, year)

    year_period = period_of(date(year, 1, 1), "year")
    span = (year_period.first_day, year_period.last_day)
    warn = fig["warn_at_bp"]
    meters = [_ceiling_meter(s, year, activity, turnover, fig, span)]
    clients: list[ClientShare] = []
    if activity == "services":
        clients = _client_shares(s, year, year_period, zone, fig)
        meters += [_client_meter(s, year, c, fig, warn, span) for c in clients]
    return MoroccoReport(year, period, activity, rate, periods, turnover, tax, band,
                         amo_quarter, meters, clients, fig)


def _ceiling_meter(s: Session, year: int, activity: str, turnover: int, fig: dict[str, int],
                   span: tuple[date, date]) -> Meter:
    key = f"ceiling_{activity}_minor"
    limit = fig[key]
    level = level_of(turnover, limit, fig["warn_at_bp"])
    pct = turnover * 100 // limit if limit else 0
    values = {"year": year, "pct": pct, "amount": _money(turnover), "limit": _money(limit)}
    if level == "exceeded":
        message = Phrase(
            "Your turnover received in {year} ({amount}) is over the auto-entrepreneur ceiling "
            "({limit}): beyond it the auto-entrepreneur scheme may stop applying. Check with "
            "the DGI.", **values)
    elif level == "warning":
        message = Phrase("You have received {pct} % of the auto-entrepreneur ceiling ({limit}) "
                         "in {year}.", **values)
    else:
        message = Phrase("{pct} % of the auto-entrepreneur ceiling ({limit}) received in "
                         "{year}.", **values)
    label = (Phrase("Auto-entrepreneur ceiling, services") if activity == "services"
             else Phrase("Auto-entrepreneur ceiling, commerce"))
    return Meter("ma_ceiling", label, turnover, limit, CURRENCY, level, message,
                 RULES["ceiling"], _source(s, key, year), span)


def _client_shares(s: Session, year: int, year_period: Period, zone: ZoneInfo,
                   fig: dict[str, int]) -> list[ClientShare]:
    by_client = received_by(s, *year_period.bounds(zone), CURRENCY, CLIENT_SQL)
    ids = [k for k, v in by_client.items() if k is not None and v > 0]
    names = {cid: name for cid, name in
             s.execute(select(Client.id, Client.name).where(Client.id.in_(ids)))}
    limit, rate = fig["single_client_limit_minor"], fig["single_client_withholding_bp"]
    out = []
    for cid in ids:
        amount = by_client[cid]
        excess = max(amount - limit, 0)
        out.append(ClientShare(cid, names.get(cid, f"#{cid}"), amount, excess,
                               percent_of(excess, rate)))
    out.sort(key=lambda c: (-c.amount_minor, c.client.casefold()))
    return out


def _client_meter(s: Session, year: int, c: ClientShare, fig: dict[str, int], warn: int,
                  span: tuple[date, date]) -> Meter:
    limit = fig["single_client_limit_minor"]
    level = level_of(c.amount_minor, limit, warn)
    values = {"client": c.client, "year": year, "amount": _money(c.amount_minor),
              "limit": _money(limit), "pct": c.amount_minor * 100 // limit if limit else 0,
              "rate": _percent(fig["single_client_withholding_bp"])}
    if level == "exceeded":
        message = Phrase(
            "{client}: {amount} received in {year}, {excess} over the single-client limit "
            "({limit}): the client withholds {rate} % of the excess, {withheld}. That "
            "withholding is final: the excess is left out of your {tax_rate} % tax.",
            excess=_money(c.excess_minor), withheld=_money(c.withheld_minor),
            tax_rate=_percent(fig["tax_services_bp"]), **values)
    elif level == "warning":
        message = Phrase(
            "{client}: {amount} received in {year}, {pct} % of the single-client limit "
            "({limit}). Above it, the client withholds {rate} % of the excess.", **values)
    else:
        message = Phrase("{client}: {amount} received in {year}, {pct} % of the single-client "
                         "limit ({limit}).", **values)
    return Meter(f"ma_single_client:{c.client_id}",
                 Phrase("Single client: {client}", client=c.client), c.amount_minor, limit,
                 CURRENCY, level, message, RULES["single_client"],
                 _source(s, "single_client_limit_minor", year), span)


# --- Today: the declarations to do ---------------------------------------------------------


def declaration_title(key: str) -> str:
    """"DGI declaration, Q4 2026" or "DGI declaration, 03/2026" (a Phrase)."""
    year, rest = key.split("-")
    if rest.startswith("Q"):
        return Phrase("DGI declaration, Q{quarter} {year}", quarter=rest[1:], year=year)
    return Phrase("DGI declaration, {month}/{year}", month=rest, year=year)


def due_declaration(s: Session, p: MoroccoPeriod, year: int) -> DueDeclaration:
    return DueDeclaration(
        DECLARATION_KIND, p.key, p.first_day, p.last_day, p.deadline, CURRENCY,
        declaration_title(p.key), {"turnover": p.turnover_minor, "tax": p.tax_minor},
        RULES["deadline"], _source(s, "declaration_months_after", year), p.done_at)


def overview(s: Session, today: date, zone: ZoneInfo) -> StatusOverview:
    """Today's DGI declarations and meters: every past period not marked done (this calendar
    year and the last, from the first payment in dirhams on: a period with no turnover is
    still declared), then the next one (deadline today or later, not done); the ceiling meter
    of this year and the single-client meters that warn.

    A store whose home currency is not MAD, or a year without figures, gets no declaration
    (as storage/urssaf.overview); `morocco_report` says why in words."""
    out = StatusOverview("ma_auto")
    if settings.home_currency(s) != CURRENCY:
        return out
    first = first_received_day(s, CURRENCY, zone)
    period = settings.get(s, "ma_period")
    due: list[DueDeclaration] = []
    report = None
    for year in (today.year - 1, today.year):
        try:
            report = morocco_report(s, year, period, zone=zone)
        except ValidationError:
            report = None
            continue
        for p in report.periods:
            if p.deadline < today and (first is None or p.last_day < first):
                continue  # before the person's first payment: nothing to declare here
            if p.first_day > today:
                continue  # not started
            due.append(due_declaration(s, p, year))
    with_done(s, due)
    past = [d for d in due if d.deadline < today and not d.done]
    upcoming = [d for d in due if d.deadline >= today and not d.done]
    if not upcoming and first is not None:
        # every started period is done (the current one marked early): the next period
        # shows as upcoming, not started yet, with its deadline
        upcoming = _next_period(s, today, zone, period)
    out.declarations = past + upcoming[:1]
    if report is not None:
        out.meters = [m for m in report.meters if m.key == "ma_ceiling" or m.level != "ok"]
    return out


def _next_period(s: Session, today: date, zone: ZoneInfo,
                 period: str) -> list[DueDeclaration]:
    """The first period that has not started yet (this year's or next year's), not done."""
    for year in (today.year, today.year + 1):
        try:
            report = morocco_report(s, year, period, zone=zone)
        except ValidationError:
            continue
        due = with_done(s, [due_declaration(s, p, year) for p in report.periods
                            if p.first_day > today])
        due = [d for d in due if not d.done]
        if due:
            return due[:1]
    return []


def next_declaration(s: Session, today: date, zone: ZoneInfo) -> DueDeclaration | None:
    """The DGI declaration due next (started, deadline today or later, not done)."""
    upcoming = [d for d in overview(s, today, zone).declarations if d.deadline >= today]
    return upcoming[0] if upcoming else None

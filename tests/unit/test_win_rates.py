"""Win rates of the inbox's opportunities by gig and by platform (storage/win_rates.py):
won / (won + lost); proposals still waiting counted apart; new ones nowhere; a span counts
the opportunities received in it."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from storage.errors import ValidationError
from storage.tables import Opportunity, OpportunityStatus
from storage.win_rates import WinRate, win_rates
from tests.factories import at, gig_with_packages, platform

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 12, 7)
WON, LOST, SENT, NEW = (OpportunityStatus.WON, OpportunityStatus.LOST,
                        OpportunityStatus.PROPOSAL_SENT, OpportunityStatus.NEW)


def _add(s, status: OpportunityStatus, *, gig=None, platform_name: str | None = None,
         received: str = "2026-12-02T10:00") -> None:
    s.add(Opportunity(title="Request", text="…", status=status, gig=gig,
                      platform=platform(s, platform_name) if platform_name else None,
                      received_at=at(received)))


@pytest.fixture
def filled(store):
    with store.transaction() as s:
        logo = gig_with_packages(s, "Minimalist logo")
        seo = gig_with_packages(s, "SEO article", platform_name="Malt")
        # logo on Fiverr: 3 won, 1 lost, 2 waiting, 1 new
        for status in (WON, WON, WON, LOST, SENT, SENT, NEW):
            _add(s, status, gig=logo, platform_name="Fiverr")
        # SEO on Malt: 1 won, 2 lost
        for status in (WON, LOST, LOST):
            _add(s, status, gig=seo, platform_name="Malt")
        # no gig, no platform: 1 lost
        _add(s, LOST)
        # logo on Fiverr a year ago: 1 lost (only in "all")
        _add(s, LOST, gig=logo, platform_name="Fiverr", received="2025-11-10T10:00")
        ids = logo.id, seo.id, platform(s, "Fiverr").id, platform(s, "Malt").id
    return ids


def test_win_rate_by_gig_is_won_over_won_and_lost(store, filled) -> None:
    logo, seo, _fiverr, _malt = filled
    with store.session() as s:
        rates = win_rates(s, "gig", "month", TODAY, PARIS)
    assert rates.rows == [
        WinRate(logo, "Minimalist logo", won=3, lost=1, waiting=2),
        WinRate(seo, "SEO article", won=1, lost=2, waiting=0),
        WinRate(None, "", won=0, lost=1, waiting=0),
    ]
    # 3 / (3 + 1) = 75 %; 1 / 3 = 33.33 %; 0 / 1 = 0 %
    assert [r.rate_bp for r in rates.rows] == [7500, 3333, 0]
    # all: won 4, lost 4 (the two waiting and the new one count nowhere) → 50 %
    assert (rates.total.won, rates.total.lost, rates.total.waiting) == (4, 4, 2)
    assert rates.total.rate_bp == 5000 and rates.any_decided


def test_win_rate_by_platform_and_over_all_time(store, filled) -> None:
    _logo, _seo, fiverr, malt = filled
    with store.session() as s:
        this_month = win_rates(s, "platform", "month", TODAY, PARIS)
        ever = win_rates(s, "platform", "all", TODAY, PARIS)
    assert [(r.id, r.name, r.won, r.lost, r.rate_bp) for r in this_month.rows] == [
        (fiverr, "Fiverr", 3, 1, 7500), (malt, "Malt", 1, 2, 3333), (None, "", 0, 1, 0)]
    # all time adds last year's lost Fiverr request: 3 / (3 + 2) = 60 %
    first = ever.rows[0]
    assert (first.id, first.won, first.lost, first.rate_bp) == (fiverr, 3, 2, 6000)


def test_no_decided_opportunity_gives_no_rate(store) -> None:
    with store.transaction() as s:
        _add(s, SENT, platform_name="Fiverr")
        _add(s, NEW, platform_name="Fiverr")
    with store.session() as s:
        rates = win_rates(s, "platform", "all", TODAY, PARIS)
    assert [(r.name, r.waiting, r.rate_bp) for r in rates.rows] == [("Fiverr", 1, None)]
    assert not rates.any_decided and rates.total.rate_bp is None


def test_a_rate_rounds_half_up() -> None:
    assert WinRate(1, "a", won=1, lost=7, waiting=0).rate_bp == 1250  # 12.5 %
    assert WinRate(1, "a", won=2, lost=1, waiting=0).rate_bp == 6667  # 66.666… %
    assert WinRate(1, "a", won=1, lost=2, waiting=0).rate_bp == 3333  # 33.333… %


def test_an_unknown_grouping_or_span_is_refused(store) -> None:
    with store.session() as s, pytest.raises(ValidationError, match="not a grouping"):
        win_rates(s, "client", "all", TODAY, PARIS)
    with store.session() as s, pytest.raises(ValidationError, match="not a period"):
        win_rates(s, "gig", "decade", TODAY, PARIS)


def test_a_lost_request_kept_from_a_weak_match_counts_under_no_gig(store) -> None:
    """The test report's scam request: its best "gig that fits" was a 22 % guess; kept, then
    lost, it counts under "no gig", not against that gig."""
    from storage import opportunities
    from storage.match_shapes import GigMatch

    with store.transaction() as s:
        gig = gig_with_packages(s, "Fiches produits e-commerce")
        guess = [GigMatch(gig.id, gig.title, "Basic", gig.packages[0].id, 0.22, "fiches")]
        gig_id, package_id = opportunities.gig_to_keep(guess)
        o = opportunities.add(s, "Great job offer! Pay outside Fiverr by PayPal", gig_id=gig_id,
                              package_id=package_id, now=at("2026-12-02T10:00"))
        opportunities.lose(s, o.id, "A scam")
        rates = win_rates(s, "gig", "all", TODAY, PARIS)
    assert [(r.id, r.lost) for r in rates.rows] == [(None, 1)]

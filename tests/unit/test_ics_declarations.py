"""The declarations of the person's status in the .ics calendar: an all-day event on each
deadline with its amounts, a reminder a few days before, UIDs stable across exports, and the
declarations marked done left out. The country's overview is stood in for here."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from storage import settings
from storage.ics import render
from storage.obligations import DueDeclaration, StatusOverview, mark_done, with_done
from tests.factories import at
from tests.unit.test_ics import parse, unescape

NOW = at("2026-11-23T09:00")

DGI_Q3 = dict(kind="dgi", period_key="2026-Q3", first_day=date(2026, 7, 1),
              last_day=date(2026, 9, 30), deadline=date(2026, 10, 31), currency="MAD",
              title="DGI declaration, Q3 2026", amounts={"turnover": 4500000, "tax": 45000},
              rule="CGI art. 82 bis", source="https://www.tax.gov.ma/")
DGI_Q4 = dict(DGI_Q3, period_key="2026-Q4", first_day=date(2026, 10, 1),
              last_day=date(2026, 12, 31), deadline=date(2027, 1, 31),
              title="DGI declaration, Q4 2026", amounts={"turnover": 1200000, "tax": 12000})


@pytest.fixture
def morocco(store, monkeypatch):
    """A Moroccan auto-entrepreneur whose overview lists Q3 (late) and Q4, those not done."""

    def overview(s, today, zone) -> StatusOverview:
        due = with_done(s, [DueDeclaration(**DGI_Q3), DueDeclaration(**DGI_Q4)])
        return StatusOverview("ma_auto", [d for d in due if not d.done])

    module = sys.modules.get("storage.morocco") or types.ModuleType("storage.morocco")
    monkeypatch.setitem(sys.modules, "storage.morocco", module)
    monkeypatch.setattr(module, "overview", overview, raising=False)
    with store.transaction() as s:
        settings.put(s, "status", "ma_auto")
    return store


def declaration_events(data: bytes) -> dict[str, dict]:
    return {e["props"]["UID"]: e for e in parse(data)["events"]
            if e["props"]["UID"].startswith("declaration-")}


def test_each_declaration_is_an_all_day_event_on_its_deadline_with_its_amounts(
        morocco) -> None:
    with morocco.session() as s:
        data, count = render(s, now=NOW)
    assert count == 2
    events = declaration_events(data)
    assert sorted(events) == ["declaration-dgi-2026-Q3@atelier.local",
                              "declaration-dgi-2026-Q4@atelier.local"]
    q4 = events["declaration-dgi-2026-Q4@atelier.local"]
    assert q4["props"]["DTSTART"] == "20270131"  # DTSTART;VALUE=DATE: the whole day
    assert q4["props"]["DTEND"] == "20270201"
    assert b"DTSTART;VALUE=DATE:20270131" in data
    assert unescape(q4["props"]["SUMMARY"]) == "Deadline: DGI declaration, Q4 2026"
    description = unescape(q4["props"]["DESCRIPTION"]).split("\n")
    assert "Period: 2026-10-01 to 2026-12-31" in description
    # 1,200,000 minor units = 12,000.00 MAD turnover; the tax 12,000 = 120.00 MAD
    assert any(line.startswith("Turnover: ") and "12,000.00" in line for line in description)
    assert any(line.startswith("Tax: ") and "120.00" in line for line in description)
    assert "Rule: CGI art. 82 bis" in description
    [alarm] = q4["alarms"]
    assert alarm["props"]["TRIGGER"] == "-P3D"  # three days before the deadline
    assert unescape(alarm["props"]["DESCRIPTION"]) == "In 3 days: DGI declaration, Q4 2026"


def test_a_declaration_marked_done_is_left_out_and_uids_stay(morocco) -> None:
    with morocco.session() as s:
        before, _ = render(s, now=NOW)
    with morocco.transaction() as s:
        mark_done(s, DueDeclaration(**DGI_Q3), NOW)
    with morocco.session() as s:
        after, count = render(s, now=at("2026-11-24T09:00"))
    assert count == 1
    assert list(declaration_events(after)) == ["declaration-dgi-2026-Q4@atelier.local"]
    assert (declaration_events(before)["declaration-dgi-2026-Q4@atelier.local"]["props"]["UID"]
            == "declaration-dgi-2026-Q4@atelier.local")


def test_statuses_with_no_helper_add_no_declaration(store) -> None:
    for status in ("", "other"):  # a new store has "" (set-up not done)
        if status:
            with store.transaction() as s:
                settings.put(s, "status", status)
        with store.session() as s:
            data, count = render(s, now=NOW)
        assert count == 0
        assert declaration_events(data) == {}

"""An order's plan (storage/plans.py): tasks kept, edited, ticked; estimates scaled to the
median tracked time of similar orders; the outlook against the due date, worked by hand."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from storage import plans, settings
from storage.errors import ValidationError
from storage.plans import TaskDraft
from storage.tables import OrderStatus, Origin, TimeEntry
from tests.factories import at, client, gig_with_packages, order


def _track(s, order_id: int, start: str, minutes: int, task_id: int | None = None) -> None:
    s.add(TimeEntry(order_id=order_id, started_at=at(start),
                    ended_at=at(start) + timedelta(minutes=minutes), plan_task_id=task_id))
    s.flush()


def _past(s, gig, minutes: int, n: int) -> int:
    o = order(s, title=f"Past {n}", gig_id=gig.id, client_obj=client(s, f"C{n}"),
              received=f"2026-02-{n + 1:02d}T09:00", due=f"2026-02-{n + 3:02d}T09:00",
              status=OrderStatus.COMPLETED)
    if minutes:
        _track(s, o.id, f"2026-02-{n + 1:02d}T10:00", minutes)
    return o.id


def test_scaling_keeps_each_share_and_hits_the_total_exactly() -> None:
    # 30 + 60 + 90 = 180 min scaled to 150: × 150/180 → 25, 50, 75
    assert plans.scale_to([30, 60, 90], 150) == [25, 50, 75]
    # 10 + 10 + 10 = 30 scaled to 100: 33.3 each; the one minute left goes to the first
    assert plans.scale_to([10, 10, 10], 100) == [34, 33, 33]
    # the model gave no minutes: the total is split evenly
    assert plans.scale_to([0, 0], 90) == [45, 45]


def test_estimates_are_scaled_to_the_median_of_similar_orders(store) -> None:
    with store.transaction() as s:
        gig = gig_with_packages(s)
        # tracked on past orders of the same gig: 120, 150, 200, 90 min (and one without time)
        for n, minutes in enumerate((120, 150, 200, 90, 0)):
            _past(s, gig, minutes, n)
        o = order(s, gig_id=gig.id, due="2026-03-10T18:00")
        drafts = [TaskDraft("Read the brief", 30), TaskDraft("Write", 60),
                  TaskDraft("Proofread", 90)]
        plans.keep_drafted_plan(s, o.id, drafts)
        state = plans.plan_state(s, o.id, at("2026-03-02T09:00"))
    # median of 90, 120, 150, 200 = (120 + 150) / 2 = 135; 30:60:90 of 135 → 22.5, 45, 67.5
    # → 22, 45, 67 = 134, the minute left goes to the largest remainder (first: 22 → 23)
    assert [t.estimate_minutes for t in state.tasks] == [23, 45, 67]
    assert state.total_minutes == 135
    assert state.estimate_source == "From 4 similar orders, median 2 h 15 tracked."
    assert state.estimate_source.values == {"count": 4, "time": "2 h 15"}
    assert all(t.origin is Origin.AI for t in state.tasks)


def test_without_history_the_models_estimates_stay_and_say_so(store) -> None:
    with store.transaction() as s:
        o = order(s)
        plans.keep_drafted_plan(s, o.id, [TaskDraft("A", 45), TaskDraft("B", 20)])
        state = plans.plan_state(s, o.id, at("2026-03-02T09:00"))
    assert [t.estimate_minutes for t in state.tasks] == [45, 20]
    assert state.estimate_source.template.startswith("The model's own estimates")


def test_similar_ids_given_by_a_ranking_are_used(store) -> None:
    with store.transaction() as s:
        gig = gig_with_packages(s)
        other = _past(s, gig, 60, 1)
        o = order(s)  # no gig: only the ids given count
        plans.keep_drafted_plan(s, o.id, [TaskDraft("A", 10), TaskDraft("B", 30)],
                                similar_ids=[other])
        state = plans.plan_state(s, o.id, at("2026-03-02T09:00"))
    assert [t.estimate_minutes for t in state.tasks] == [15, 45]  # 10:30 of 60 min
    assert state.estimate_source == "From 1 similar order: 1 h tracked."


def test_working_time_left_is_capped_by_the_working_day() -> None:
    now = at("2026-03-02T09:00")
    # due in 50 h with 6 h a day: 2 whole days (2 × 360) + min(2 h, 6 h) = 720 + 120 = 840
    assert plans.working_minutes_left(now, now + timedelta(hours=50), 6) == 840
    # due in 3 h: 180 min (less than a working day)
    assert plans.working_minutes_left(now, now + timedelta(hours=3), 6) == 180
    # due in 20 h: min(20 h, 6 h) = 360
    assert plans.working_minutes_left(now, now + timedelta(hours=20), 6) == 360
    assert plans.working_minutes_left(now, now - timedelta(hours=1), 6) == 0


def test_outlook_thresholds() -> None:
    # 80 % of 600 min is 480
    assert plans.outlook(480, 600) == "on_track"
    assert plans.outlook(481, 600) == "tight"
    assert plans.outlook(600, 600) == "tight"
    assert plans.outlook(601, 600) == "will_be_late"
    assert plans.outlook(1, 0) == "will_be_late"


def test_the_plan_warns_when_the_remaining_estimate_passes_the_time_left(store) -> None:
    with store.transaction() as s:
        settings.put(s, "work_hours_per_day", "4")
        o = order(s, due="2026-03-03T09:00")  # 24 h after "now": 1 day × 4 h = 240 min
        plans.replace_plan(s, o.id, [TaskDraft("A", 120), TaskDraft("B", 100),
                                     TaskDraft("C", 60)], Origin.HUMAN)
        now = at("2026-03-02T09:00")
        state = plans.plan_state(s, o.id, now)
        # remaining 280 > 240 available
        assert (state.remaining_minutes, state.available_minutes, state.outlook) == (
            280, 240, "will_be_late")
        plans.set_done(s, state.tasks[2].id, True, now)  # C done: 220 > 80 % of 240 = 192
        state = plans.plan_state(s, o.id, now)
        assert (state.remaining_minutes, state.done_minutes, state.outlook) == (
            220, 60, "tight")
        _track(s, o.id, "2026-03-02T07:00", 90, state.tasks[0].id)  # 90 min on A: 30 left
        state = plans.plan_state(s, o.id, now)
        assert (state.remaining_minutes, state.outlook) == (130, "on_track")  # 30 + 100
        assert state.tasks[0].tracked_seconds == 90 * 60


def test_no_warning_without_due_date_or_once_delivered(store) -> None:
    with store.transaction() as s:
        o = order(s, due=None)
        plans.add_task(s, o.id, "A", 30)
        assert plans.plan_state(s, o.id, at("2026-03-02T09:00")).outlook == "no_due_date"
        d = order(s, status=OrderStatus.DELIVERED, client_obj=client(s, "Other"))
        plans.add_task(s, d.id, "A", 30)
        assert plans.plan_state(s, d.id, at("2026-03-09T09:00")).outlook == "closed"


def test_tasks_are_added_edited_moved_ticked_and_deleted(store) -> None:
    now = at("2026-03-02T09:00")
    with store.transaction() as s:
        o = order(s)
        a = plans.add_task(s, o.id, "  First  ", 30)
        b = plans.add_task(s, o.id, "Second", 15)
        c = plans.add_task(s, o.id, "Third")
        assert a.title == "First" and a.origin is Origin.HUMAN
        plans.move_task(s, c.id, -1)
        assert [t.title for t in plans.plan_state(s, o.id, now).tasks] == [
            "First", "Third", "Second"]
        plans.move_task(s, a.id, -5)  # past the top: stays first
        plans.edit_task(s, c.id, title="Third, renamed", estimate_minutes=40)
        plans.set_done(s, a.id, True, now)
        state = plans.plan_state(s, o.id, now)
        assert state.tasks[0].done and state.tasks[0].done_at == now
        assert (state.total_minutes, state.done_count) == (85, 1)
        plans.set_done(s, a.id, False, now)
        plans.delete_task(s, b.id)
        state = plans.plan_state(s, o.id, now)
        assert [(t.title, t.position, t.done) for t in state.tasks] == [
            ("First", 0, False), ("Third, renamed", 1, False)]


def test_bad_tasks_are_refused_and_nothing_changes(store) -> None:
    with store.transaction() as s:
        o = order(s)
        plans.add_task(s, o.id, "Kept", 30)
        with pytest.raises(ValidationError, match="A task needs a title"):
            plans.replace_plan(s, o.id, [TaskDraft("Fine", 10), TaskDraft("  ", 10)],
                               Origin.HUMAN)
        with pytest.raises(ValidationError, match="300 characters"):
            plans.add_task(s, o.id, "x" * 301, 10)
        with pytest.raises(ValidationError, match="between 0 and 10080"):
            plans.add_task(s, o.id, "Long", 10081)
        with pytest.raises(ValidationError, match="no order #999"):
            plans.add_task(s, 999, "A", 1)
        with pytest.raises(ValidationError, match="between 1 and 24"):
            settings.put(s, "work_hours_per_day", "25")
        assert [t.title for t in plans.plan_state(s, o.id, at("2026-03-02T09:00")).tasks] == [
            "Kept"]


def test_a_task_timer_writes_its_entry_and_stops_the_other_timer(store) -> None:
    with store.transaction() as s:
        o = order(s)
        task = plans.add_task(s, o.id, "A", 30)
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-02T09:00")))  # the order's
        s.flush()
        entry = plans.start_task_timer(s, task.id, at("2026-03-02T10:00"))
        assert entry.plan_task_id == task.id and entry.ended_at is None
        running = s.query(TimeEntry).filter(TimeEntry.ended_at.is_(None)).all()
        assert running == [entry]
        state = plans.plan_state(s, o.id, at("2026-03-02T10:30"))
        assert state.tasks[0].running and state.tasks[0].tracked_seconds == 30 * 60


def test_the_stored_source_is_a_phrase_key_and_values(store) -> None:
    with store.transaction() as s:
        gig = gig_with_packages(s)
        _past(s, gig, 150, 1)
        _past(s, gig, 90, 2)
        o = order(s, gig_id=gig.id)
        rows = plans.keep_drafted_plan(s, o.id, [TaskDraft("A", 10)])
    assert json.loads(rows[0].estimate_source) == {
        "key": "From {count} similar orders, median {time} tracked.",
        "values": {"count": 2, "time": "2 h"}}  # median of 90 and 150 = 120
    assert plans.source_phrase("not json") is None

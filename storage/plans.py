"""An order's plan: the brief as a checklist of small tasks with estimates, ticked off on the
order panel, with time tracked per task and an early warning when the order will be late.

The one home of the plan's workflow (``atelier plan`` and the order panel both call it):

- ``keep_drafted_plan(s, order_id, drafts, now)``: a model's tasks (assistants.planning
  parses them) become the order's plan, their estimates taken from history when there is some
  (``estimate_from_history``), and the plan says where its estimates come from;
- ``add_task`` / ``edit_task`` / ``delete_task`` / ``move_task`` / ``set_done``: the person's
  edits;
- ``plan_state(s, order_id, now)``: the checklist with the time tracked on each task, the
  totals, and the outlook against the due date (``outlook``).

**Estimates from history.** The orders like this one (the ids a caller passes, e.g. from
storage.matching; otherwise the delivered or completed orders of the same gig) that have
tracked time give a median tracked time; the model's estimates are scaled so their total is
that median (each task keeps its share). With no such order, the model's own estimates stay,
and the plan says so.

**Working time left** before the due date: the person works at most ``work_hours_per_day``
hours a day (a setting, 6 by default). With D the whole days until the due time and R the
minutes left over, the time left is ``D × daily + min(R, daily)`` (never more than the time
until the due date itself). Against it, the **remaining estimate** (for each task not done:
its estimate less the time already tracked on it, never below zero) gives the outlook:
remaining > time left → "will be late"; remaining > 80 % of the time left → "tight";
otherwise "on track".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import settings
from storage.cleantext import clean
from storage.errors import ValidationError
from storage.orders import WORK_PENDING_STATES
from storage.phrases import Phrase
from storage.tables import Order, OrderStatus, Origin, PlanTask, TimeEntry

TITLE_MAX = 300
#: The longest estimate one task may carry (a week of minutes): more is a typing slip.
ESTIMATE_MAX = 7 * 24 * 60
#: How many tasks a plan holds at most (a model's list is cut there).
TASKS_MAX = 50
#: How many past orders an estimate is taken from at most (the most recent ones).
HISTORY_MAX = 20
#: "tight" from this share of the working time left (in percent).
TIGHT_PERCENT = 80
DEFAULT_WORK_HOURS = 6

Outlook = Literal["on_track", "tight", "will_be_late", "no_due_date", "done", "closed",
                  "empty"]


@dataclass(frozen=True)
class TaskDraft:
    """A task before it is kept: a title and an estimate in minutes."""

    title: str
    estimate_minutes: int


@dataclass(frozen=True)
class TaskLine:
    id: int
    position: int
    title: str
    estimate_minutes: int
    origin: Origin
    done: bool
    done_at: datetime | None
    tracked_seconds: int  # finished time entries of this task, the running one included
    running: bool  # the timer runs on this task now

    @property
    def remaining_minutes(self) -> int:
        """What is left of the estimate: 0 once done; otherwise the estimate less the time
        tracked on it, never below zero."""
        if self.done:
            return 0
        return max(self.estimate_minutes - self.tracked_seconds // 60, 0)


@dataclass(frozen=True)
class PlanState:
    order_id: int
    tasks: list[TaskLine]
    total_minutes: int  # every task's estimate
    done_minutes: int  # the estimates of the tasks done
    remaining_minutes: int  # see TaskLine.remaining_minutes, summed
    available_minutes: int | None  # working time left before the due date (None: no date)
    due_at: datetime | None
    outlook: Outlook
    estimate_source: Phrase | None  # where the estimates came from, worded

    @property
    def done_count(self) -> int:
        return sum(t.done for t in self.tasks)


# --- estimates from history -------------------------------------------------------------------


def duration_words(minutes: int) -> str:
    """"2 h 30", "2 h", "45 min": the same in English and French."""
    hours, rest = divmod(max(int(minutes), 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def tracked_minutes_of(s: Session, order_ids: Sequence[int]) -> dict[int, int]:
    """The finished time tracked on each order (minutes, rounded down), for those with some."""
    if not order_ids:
        return {}
    seconds = func.sum(func.round((func.julianday(TimeEntry.ended_at)
                                   - func.julianday(TimeEntry.started_at)) * 86400))
    rows = s.execute(select(TimeEntry.order_id, seconds)
                     .where(TimeEntry.order_id.in_(list(order_ids)),
                            TimeEntry.ended_at.is_not(None))
                     .group_by(TimeEntry.order_id))
    return {oid: int(total) // 60 for oid, total in rows if total and int(total) >= 60}


def similar_order_ids(s: Session, order: Order) -> list[int]:
    """Past orders like ``order`` when no ranking is given: the delivered or completed orders
    of the same gig, the most recent first."""
    if order.gig_id is None:
        return []
    return list(s.scalars(
        select(Order.id).where(Order.gig_id == order.gig_id, Order.id != order.id,
                               Order.status.in_([OrderStatus.DELIVERED.value,
                                                 OrderStatus.COMPLETED.value]))
        .order_by(Order.received_at.desc()).limit(HISTORY_MAX * 5)))


def scale_to(estimates: Sequence[int], total: int) -> list[int]:
    """``estimates`` scaled so they add up to ``total`` exactly (each keeps its share;
    whole minutes, the rounding left over given to the largest remainders first). All zero:
    ``total`` split evenly."""
    if not estimates:
        return []
    weights = list(estimates) if sum(estimates) > 0 else [1] * len(estimates)
    whole = sum(weights)
    exact = [w * total / whole for w in weights]
    out = [int(x) for x in exact]
    order = sorted(range(len(out)), key=lambda i: (out[i] - exact[i], i))
    for i in order[:total - sum(out)]:
        out[i] += 1
    return out


def _own_estimates() -> Phrase:
    return Phrase("The model's own estimates: no similar past order has tracked time yet.")


def _from_one(time: str) -> Phrase:
    return Phrase("From 1 similar order: {time} tracked.", time=time)


def _from_many(count: int, time: str) -> Phrase:
    return Phrase("From {count} similar orders, median {time} tracked.", count=count, time=time)


#: The stored key of each source (its English template) and how to word it again.
_SOURCES: dict[str, Callable[[dict[str, Any]], Phrase]] = {
    _own_estimates().template: lambda _v: _own_estimates(),
    _from_one("").template: lambda v: _from_one(str(v["time"])),
    _from_many(0, "").template: lambda v: _from_many(int(v["count"]), str(v["time"])),
}


def _source(phrase: Phrase) -> str:
    return json.dumps({"key": phrase.template, "values": phrase.values}, ensure_ascii=False)


def estimate_from_history(s: Session, order: Order, drafts: Sequence[TaskDraft],
                          similar_ids: Sequence[int] | None = None
                          ) -> tuple[list[int], str]:
    """The drafts' estimates and the JSON of where they came from (``source_phrase`` words
    it): scaled to the median tracked time of similar orders, else the model's own."""
    own = [d.estimate_minutes for d in drafts]
    ids = list(similar_ids) if similar_ids is not None else similar_order_ids(s, order)
    ids = [i for i in ids if i != order.id]
    tracked = tracked_minutes_of(s, ids)
    minutes = [tracked[i] for i in ids if i in tracked][:HISTORY_MAX]
    if not minutes:
        return own, _source(_own_estimates())
    target = round(median(minutes))
    scaled = scale_to(own, target)
    if len(minutes) == 1:
        return scaled, _source(_from_one(duration_words(target)))
    return scaled, _source(_from_many(len(minutes), duration_words(target)))


def source_phrase(stored: str) -> Phrase | None:
    """The stored JSON of an estimate's source as a Phrase (None when empty, unreadable or
    of a kind this version does not know)."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
        return _SOURCES[data["key"]](dict(data.get("values") or {}))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


# --- the plan's rows --------------------------------------------------------------------------


def check_title(title: str) -> str:
    title = clean(title or "").strip()
    if not title:
        raise ValidationError("title", "A task needs a title.")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    return title


def check_estimate(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not 0 <= minutes <= ESTIMATE_MAX:
        raise ValidationError("estimate_minutes", "An estimate is a number of minutes "
                              "between 0 and 10080 (a week).")
    return minutes


def _order(s: Session, order_id: int) -> Order:
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    return order


def _task(s: Session, task_id: int) -> PlanTask:
    task = s.get(PlanTask, task_id)
    if task is None:
        raise ValidationError("task", "This task does not exist any more.")
    return task


def _tasks(s: Session, order_id: int) -> list[PlanTask]:
    return list(s.scalars(select(PlanTask).where(PlanTask.order_id == order_id)
                          .order_by(PlanTask.position, PlanTask.id)))


def replace_plan(s: Session, order_id: int, tasks: Sequence[TaskDraft], origin: Origin,
                 estimate_source: str = "") -> list[PlanTask]:
    """The order's plan becomes ``tasks`` (the old tasks are deleted; time tracked on them
    stays with the order). Every task is checked first: nothing changes when one is wrong."""
    _order(s, order_id)
    checked = [TaskDraft(check_title(t.title), check_estimate(t.estimate_minutes))
               for t in tasks][:TASKS_MAX]
    for old in _tasks(s, order_id):
        s.delete(old)
    s.flush()
    rows = [PlanTask(order_id=order_id, position=i, title=t.title,
                     estimate_minutes=t.estimate_minutes, estimate_source=estimate_source,
                     origin=origin) for i, t in enumerate(checked)]
    s.add_all(rows)
    s.flush()
    return rows


def keep_drafted_plan(s: Session, order_id: int, drafts: Sequence[TaskDraft],
                      similar_ids: Sequence[int] | None = None) -> list[PlanTask]:
    """A model's tasks as the order's plan, estimated from history (see the module doc)."""
    order = _order(s, order_id)
    if not drafts:
        raise ValidationError("tasks", "The plan has no task.")
    estimates, source = estimate_from_history(s, order, drafts, similar_ids)
    drafts = [TaskDraft(d.title, min(m, ESTIMATE_MAX)) for d, m in zip(drafts, estimates,
                                                                        strict=True)]
    return replace_plan(s, order_id, drafts, Origin.AI, source)


def add_task(s: Session, order_id: int, title: str, estimate_minutes: int = 0) -> PlanTask:
    _order(s, order_id)
    title, estimate = check_title(title), check_estimate(estimate_minutes)
    last = s.scalar(select(func.max(PlanTask.position)).where(PlanTask.order_id == order_id))
    task = PlanTask(order_id=order_id, position=(last if last is not None else -1) + 1,
                    title=title, estimate_minutes=estimate, origin=Origin.HUMAN)
    s.add(task)
    s.flush()
    return task


def edit_task(s: Session, task_id: int, *, title: str | None = None,
              estimate_minutes: int | None = None) -> PlanTask:
    task = _task(s, task_id)
    new_title = check_title(title) if title is not None else task.title
    new_estimate = (check_estimate(estimate_minutes) if estimate_minutes is not None
                    else task.estimate_minutes)
    if estimate_minutes is not None and new_estimate != task.estimate_minutes:
        task.estimate_source = ""  # the person's own estimate now
    task.title, task.estimate_minutes = new_title, new_estimate
    s.flush()
    return task


def delete_task(s: Session, task_id: int) -> None:
    """Delete a task; the time tracked on it stays with the order."""
    task = _task(s, task_id)
    order_id = task.order_id
    s.delete(task)
    s.flush()
    for i, row in enumerate(_tasks(s, order_id)):
        row.position = i


def move_task(s: Session, task_id: int, offset: int) -> None:
    """Move a task up (offset < 0) or down the list; past either end it stays at the end."""
    task = _task(s, task_id)
    rows = _tasks(s, task.order_id)
    index = next(i for i, row in enumerate(rows) if row.id == task_id)
    rows.insert(max(0, min(len(rows) - 1, index + offset)), rows.pop(index))
    for i, row in enumerate(rows):
        row.position = i
    s.flush()


def set_done(s: Session, task_id: int, done: bool, now: datetime) -> PlanTask:
    """Tick a task off (done_at = now) or untick it."""
    task = _task(s, task_id)
    if done and not task.done:
        task.done, task.done_at = True, now
    elif not done:
        task.done, task.done_at = False, None
    s.flush()
    return task


def start_task_timer(s: Session, task_id: int, now: datetime) -> TimeEntry:
    """Start the timer on a task (one timer runs at a time: any other stops first, as
    storage.queries.start_timer does for an order)."""
    task = _task(s, task_id)
    for entry in s.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))):
        if entry.order_id == task.order_id and entry.plan_task_id == task_id:
            return entry
        entry.ended_at = max(now, entry.started_at)
    entry = TimeEntry(order_id=task.order_id, started_at=now, plan_task_id=task_id)
    s.add(entry)
    s.flush()
    return entry


# --- the plan's state -------------------------------------------------------------------------


def work_hours_per_day(s: Session) -> int:
    value = settings.get(s, "work_hours_per_day")
    return int(value) if value.isascii() and value.isdigit() and 1 <= int(value) <= 24 \
        else DEFAULT_WORK_HOURS


def working_minutes_left(now: datetime, due_at: datetime, hours_per_day: int) -> int:
    """Working time left before ``due_at`` (see the module doc): D × daily + min(R, daily)."""
    left = int((due_at - now).total_seconds() // 60)
    if left <= 0:
        return 0
    daily = hours_per_day * 60
    days, rest = divmod(left, 24 * 60)
    return days * daily + min(rest, daily)


def outlook(remaining: int, available: int) -> Outlook:
    """"will_be_late" when the remaining estimate passes the working time left; "tight" past
    TIGHT_PERCENT of it; "on_track" otherwise."""
    if remaining > available:
        return "will_be_late"
    if remaining * 100 > available * TIGHT_PERCENT:
        return "tight"
    return "on_track"


def plan_state(s: Session, order_id: int, now: datetime) -> PlanState:
    order = _order(s, order_id)
    rows = _tasks(s, order_id)
    tracked: dict[int, int] = {}
    running: set[int] = set()
    for task_id, started, ended in s.execute(
            select(TimeEntry.plan_task_id, TimeEntry.started_at, TimeEntry.ended_at)
            .where(TimeEntry.order_id == order_id, TimeEntry.plan_task_id.is_not(None))):
        if ended is None:
            running.add(task_id)
        stop = ended if ended is not None else max(now, started)
        tracked[task_id] = tracked.get(task_id, 0) + max(round((stop - started)
                                                               .total_seconds()), 0)
    tasks = [TaskLine(r.id, r.position, r.title, r.estimate_minutes, r.origin, r.done,
                      r.done_at, tracked.get(r.id, 0), r.id in running) for r in rows]
    total = sum(t.estimate_minutes for t in tasks)
    done = sum(t.estimate_minutes for t in tasks if t.done)
    remaining = sum(t.remaining_minutes for t in tasks)
    available = None
    if order.due_at is not None:
        available = working_minutes_left(now, order.due_at, work_hours_per_day(s))
    state: Outlook
    if not tasks:
        state = "empty"
    elif order.status not in WORK_PENDING_STATES:
        state = "closed"
    elif all(t.done for t in tasks):
        state = "done"
    elif available is None:
        state = "no_due_date"
    else:
        state = outlook(remaining, available)
    source = next((p for r in rows if (p := source_phrase(r.estimate_source)) is not None),
                  None)
    return PlanState(order_id, tasks, total, done, remaining, available, order.due_at, state,
                     source)


__all__ = [
    "DEFAULT_WORK_HOURS", "ESTIMATE_MAX", "TITLE_MAX", "Outlook", "PlanState", "TaskDraft",
    "TaskLine", "add_task", "check_estimate", "check_title", "delete_task", "duration_words",
    "edit_task", "estimate_from_history", "keep_drafted_plan", "move_task", "outlook",
    "plan_state", "replace_plan", "scale_to", "set_done", "similar_order_ids",
    "source_phrase", "start_task_timer", "tracked_minutes_of", "work_hours_per_day",
    "working_minutes_left",
]

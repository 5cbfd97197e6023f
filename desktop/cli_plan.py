"""`atelier plan ORDER_ID [--model NAME] [--json]`: an order's plan, the checklist the order
panel shows. With --model, the model breaks the order's brief into small tasks (its draft
streams to stderr), the estimates are taken from similar past orders (storage.plans) and the
plan replaces the order's plan; without it, the plan kept is printed.

The workflow is assistants.planning's and storage.plans'; here only the arguments and the
printing.
"""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import UTC, datetime
from typing import Any

from desktop import cli

OUTLOOK_WORDS = {
    "on_track": "on track", "tight": "tight", "will_be_late": "will be late",
    "no_due_date": "no due date", "done": "every task done",
    "closed": "the order is no longer in progress", "empty": "no task yet",
}


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return 2


def _generate(args: argparse.Namespace, folder: Any, messages: list[dict[str, str]]) -> str:
    """The model's answer to ``messages``, streamed to stderr as it comes; Ctrl+C stops it."""
    from transformers.utils import logging as hf_logging

    from assistants.generation import stream_generate
    from assistants.planning import MAX_NEW_TOKENS

    hf_logging.disable_progress_bar()
    loaded = cli._load_model(folder, args)
    cancel = threading.Event()
    try:
        stream = stream_generate(loaded.model, loaded.tokenizer, messages,
                                 max_new_tokens=args.max_tokens or MAX_NEW_TOKENS,
                                 temperature=args.temperature, seed=args.seed,
                                 cancel=cancel, executor=cli._model_thread(args))
        try:
            with stream:
                for chunk in stream:  # cleaned by the stream (control characters…)
                    sys.stderr.write(chunk)
                    sys.stderr.flush()
        except KeyboardInterrupt:
            cancel.set()
            stream.close()
            raise
        sys.stderr.write("\n")
        return stream.text
    finally:
        loaded.close()


def _minutes(m: int) -> str:
    from storage.plans import duration_words

    return duration_words(m)


def cmd_plan(args: argparse.Namespace) -> int:
    from assistants.errors import AssistantError
    from assistants.installed import resolve
    from assistants.loading import KIND_WORDS, validate_model_dir
    from assistants.planning import draft_plan
    from storage import plans
    from storage.errors import ValidationError
    from storage.tables import Order

    if args.order <= 0:
        return _fail("ORDER_ID is the number of an order (atelier deadlines lists some).")
    if args.max_tokens is not None and args.max_tokens < 16:
        return _fail("--max-tokens must be at least 16.")
    if not 0 <= args.temperature <= 2:
        return _fail("--temperature is between 0 and 2.")
    with cli._open(args) as store:
        with store.session() as s:
            order = s.get(Order, args.order)
            if order is None:
                return _fail(f"there is no order #{args.order}.")
            title, brief = order.title, order.brief
        if args.model:
            folder = validate_model_dir(resolve(cli._models_dir(args), args.model))
            if folder.kind != "causal-lm":
                return _fail(f"“{args.model}” is {KIND_WORDS[folder.kind]}; a plan needs a "
                             "chat model.")
            print(f"Asking {args.model} for the tasks of order #{args.order}…", file=sys.stderr)
            try:
                drafts = draft_plan(title, brief, lambda m: _generate(args, folder, m))
            except KeyboardInterrupt:
                print("atelier: stopped; the plan was not changed.", file=sys.stderr)
                return 130
            except AssistantError as exc:
                return _fail(f"{exc} The plan was not changed.")
            try:
                with store.transaction() as s:
                    plans.keep_drafted_plan(s, args.order, drafts)
            except ValidationError as exc:
                return _fail(str(exc.message))
        with store.session() as s:
            state = plans.plan_state(s, args.order, datetime.now(UTC))
    source = str(state.estimate_source) if state.estimate_source is not None else ""
    if args.json:
        cli._print_json({
            "order": args.order,
            "tasks": [{"id": t.id, "title": t.title, "estimate_minutes": t.estimate_minutes,
                       "done": t.done} for t in state.tasks],
            "total_minutes": state.total_minutes,
            "remaining_minutes": state.remaining_minutes,
            "available_minutes": state.available_minutes,
            "estimate_source": source,
            "due_at": state.due_at.isoformat() if state.due_at else None,
            "status": state.outlook,
        })
        return 0
    if not state.tasks:
        print(f"Order #{args.order} has no plan yet: run atelier plan {args.order} --model "
              "NAME.")
        return 0
    print(f"Plan of order #{args.order} — {title}")
    width = max(len(_minutes(t.estimate_minutes)) for t in state.tasks)
    for t in state.tasks:
        print(f"  [{'x' if t.done else ' '}] {_minutes(t.estimate_minutes).rjust(width)}  "
              f"{t.title}")
    print(f"Total: {_minutes(state.total_minutes)}; left: {_minutes(state.remaining_minutes)}"
          f" ({state.done_count} of {len(state.tasks)} done).")
    if source:
        print(f"Estimates: {source}")
    words = OUTLOOK_WORDS[state.outlook]
    if state.available_minutes is not None and state.outlook in ("on_track", "tight",
                                                                  "will_be_late"):
        print(f"Outlook: {words} — {_minutes(state.remaining_minutes)} of work left, "
              f"{_minutes(state.available_minutes)} of working time before the due date.")
    else:
        print(f"Outlook: {words}.")
    return 0


def add_plan_command(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("plan", parents=[common],
                       help="an order's plan: its tasks with estimates, and whether it will "
                       "be late")
    p.add_argument("order", type=int, metavar="ORDER_ID")
    p.add_argument("--model", metavar="NAME",
                   help="an installed chat model: draft the plan (replaces the order's plan)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--temperature", type=float, default=0.3)
    p.add_argument("--max-tokens", type=int, metavar="N",
                   help="longest answer (default: 400 tokens)")
    cli._add_model_run_options(p)
    p.set_defaults(func=cmd_plan)

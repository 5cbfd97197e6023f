"""`atelier inbox add|list|show|sent|won|lost|reopen`: the opportunity inbox from the command
line, as the Inbox page keeps it.

The workflow is storage.opportunities' (and storage.matching.match_request for `show`); here
only the arguments and the printing. A refused value prints one sentence naming the option
and exits 2; nothing is written then. Headless: no Qt here.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from desktop import cli
from desktop.cli_objects import Refused, _command, _gig, _platform, find_package, option_of
from storage.errors import ValidationError

STATUSES = ("new", "proposal_sent", "won", "lost")
STATUS_WORDS = {"new": "new", "proposal_sent": "proposal sent", "won": "won", "lost": "lost"}
OPTIONS = {"text": "TEXT", "file": "--file", "reason": "--reason", "opportunity": "ID",
           "proposal": "--proposal", "status": "ID", "now": "--at"}


def _refused(exc: ValidationError) -> Refused:
    return Refused(OPTIONS.get(exc.field) or option_of(exc.field), exc.message)


def _inbox(fn: Any) -> Any:
    """A command whose storage refusals name the option (exit 2, one sentence)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except ValidationError as exc:
            raise _refused(exc) from None

    run.__name__ = fn.__name__
    return _command(run)


def _request_text(args: argparse.Namespace) -> str:
    from storage.opportunities import text_of_file

    if args.file is not None and args.text is not None:
        raise Refused("--file", "give the request as TEXT, --file FILE or -, not two of them.")
    if args.file is not None:
        return text_of_file(args.file)
    if args.text is None:
        raise Refused("TEXT", "give the request's text, --file FILE, or - to read it from the "
                      "standard input.")
    if args.text == "-":
        from storage.opportunities import MAX_TEXT

        text = sys.stdin.read(MAX_TEXT * 2 + 1)
        return text
    return str(args.text)


def _record(o: Any) -> dict[str, Any]:
    from storage.opportunities import flags_of

    return {
        "id": o.id, "title": o.title, "status": o.status.value, "language": o.language,
        "platform": o.platform.name if o.platform is not None else None,
        "client_name": o.client_name, "budget_minor": o.budget_minor, "currency": o.currency,
        "received_at": o.received_at.astimezone(UTC).isoformat(),
        "gig_id": o.gig_id, "package_id": o.package_id, "order_id": o.order_id,
        "proposal_id": o.proposal_id, "lost_reason": o.lost_reason,
        "flags": [{"kind": f.kind, "text": f.text} for f in flags_of(o)],
        "text": o.text,
    }


def _said(o: Any) -> str:
    return f"#{o.id} [{STATUS_WORDS[o.status.value]}] {o.title}"


def cmd_inbox_add(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    text = _request_text(args)
    with cli._open(args) as store, store.transaction() as s:
        platform_id = _platform(s, args.platform).id if args.platform else None
        o = inbox.add(s, text, platform_id=platform_id, client_name=args.client or "",
                      now=datetime.now(UTC))
        data = _record(o)
    if args.json:
        cli._print_json(data)
        return 0
    print(f"Kept in the inbox: #{data['id']} {data['title']}")
    for flag in data["flags"]:
        print(f"  red flag: {_flag_name(flag['kind'])}: “{flag['text']}”")
    return 0


def _flag_name(kind: str) -> str:
    try:
        from storage.redflags import FLAG_NAMES
    except ImportError:
        return kind
    return str(FLAG_NAMES.get(kind, kind))


def cmd_inbox_list(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store, store.session() as s:
        rows = inbox.rows(s, args.status)
        zone = _zone(s)
    if args.json:
        cli._print_json([{"id": r.id, "title": r.title, "status": r.status,
                          "language": r.language, "platform": r.platform or None,
                          "client_name": r.client_name,
                          "received_at": r.received_at.astimezone(UTC).isoformat(),
                          "order_id": r.order_id, "flags": r.flags} for r in rows])
        return 0
    if not rows:
        print("The inbox is empty." if not args.status else
              f"No opportunity is {STATUS_WORDS[args.status]}.")
        return 0
    headers = ["ID", "Received", "Status", "Platform", "Flags", "Title"]
    table = [[f"#{r.id}", r.received_at.astimezone(zone).strftime("%Y-%m-%d"),
              STATUS_WORDS[r.status], r.platform or "—", str(r.flags) if r.flags else "",
              r.title if len(r.title) <= 60 else r.title[:59] + "…"] for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *table]:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    return 0


def _zone(s: Any) -> Any:
    from storage.settings import local_zone

    try:
        return local_zone(s)
    except ValidationError:
        return UTC


def _match(args: argparse.Namespace, store: Any, text: str) -> Any:
    """storage.matching.match_request as `atelier match` runs it: the index brought up to
    date, then ranked by meaning with the embedding model of --model or of the setting
    (its missing vectors computed first), else by words only."""
    from desktop.cli_match import _chosen_model, _progress
    from storage import match_index
    from storage.matching import match_request

    with store.transaction() as s:
        model_name = _chosen_model(args, s)
        match_index.refresh(s)
    embedder = None
    if model_name:
        from assistants.embedding import open_embedder
        from assistants.installed import resolve

        embedder = open_embedder(resolve(cli._models_dir(args), model_name), name=model_name)
        match_index.embed_missing(store, embedder, progress=_progress)
    with store.session() as s:
        return match_request(s, text, embedder=embedder)


def cmd_inbox_show(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store:
        with store.session() as s:
            o = inbox.get(s, args.id)
            data = _record(o)
        result = _match(args, store, data["text"])
    if args.json:
        data["match"] = result.to_json()
        cli._print_json(data)
        return 0
    print(_said_data(data))
    if data["platform"] or data["client_name"]:
        print(" · ".join(x for x in (data["platform"], data["client_name"]) if x))
    if data["order_id"]:
        print(f"Order: #{data['order_id']}")
    if data["lost_reason"]:
        print(f"Lost: {data['lost_reason']}")
    print()
    print(data["text"])
    print()
    _print_match(result)
    if result.ranking == "keyword":
        from desktop.cli_match import _no_model_note

        print(_no_model_note(args), file=sys.stderr)
    return 0


def _said_data(data: dict[str, Any]) -> str:
    language = f" ({data['language']})" if data["language"] else ""
    return f"#{data['id']} [{STATUS_WORDS[data['status']]}]{language} {data['title']}"


def _print_match(result: Any) -> None:
    if result.ranking == "keyword":
        print("Ranked by words only.")
    else:
        print(f"Ranked by meaning with {result.model} and by words.")
    if result.gigs:
        print("Gigs that fit:")
        for g in result.gigs:
            package = f" — {g.package}" if g.package else ""
            print(f"  #{g.gig_id} {g.title}{package} ({g.score:.2f}): “{g.matched}”")
    if result.similar_orders:
        print("Similar past orders:")
        for o in result.similar_orders:
            per_hour = (cli._money(o.net_per_hour_minor, o.currency) + " an hour"
                        if o.net_per_hour_minor is not None else "no tracked time")
            print(f"  #{o.order_id} {o.title} ({o.score:.2f}): {per_hour}")
    from desktop.cli_match import expected_line

    line = expected_line(result)
    if line is not None:
        print(line)
    for flag in result.flags:
        print(f"Red flag: {_flag_name(flag.kind)}: “{flag.text}”")


def cmd_inbox_sent(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store, store.transaction() as s:
        inbox.get(s, args.id)  # an unknown id is said before the gig
        gig = _gig(s, args.gig) if args.gig else None
        if args.package and gig is None:
            raise Refused("--package", "choose the gig (--gig) whose package it is.")
        package = find_package(gig, args.package) if args.package else None
        o = inbox.mark_proposal_sent(s, args.id, args.proposal,
                                     gig_id=gig.id if gig else None,
                                     package_id=package.id if package else None,
                                     now=datetime.now(UTC))
        said = _said(o)
    print(said)
    return 0


def cmd_inbox_won(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store, store.transaction() as s:
        inbox.get(s, args.id)  # an unknown id is said before the gig
        gig = _gig(s, args.gig)
        package = find_package(gig, args.package) if args.package else None
        order = inbox.win(s, args.id, gig_id=gig.id, package_id=package.id if package else None,
                          client_name=args.client or "", now=datetime.now(UTC))
        zone = _zone(s)
        due = order.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if order.due_at else "—"
        line = (f"Won: order #{order.id} created — {order.title}"
                + (f" ({order.package.tier})" if order.package is not None else "")
                + f", {order.client.name}, {order.platform.name}, "
                f"{cli._money(order.price_minor, order.currency)}, due {due}.")
    print(line)
    return 0


def cmd_inbox_lost(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store, store.transaction() as s:
        said = _said(inbox.lose(s, args.id, args.reason, now=datetime.now(UTC)))
    print(said)
    return 0


def cmd_inbox_reopen(args: argparse.Namespace) -> int:
    from storage import opportunities as inbox

    with cli._open(args) as store, store.transaction() as s:
        said = _said(inbox.reopen(s, args.id, now=datetime.now(UTC)))
    print(said)
    return 0


def _status(text: str) -> str:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in STATUSES:
        raise argparse.ArgumentTypeError(f"“{text}” is not a status: use one of "
                                         f"{', '.join(STATUSES)}.")
    return key


def add_inbox_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier inbox add|list|show|sent|won|lost|reopen`."""
    inbox = sub.add_parser("inbox", parents=[common],
                           help="buyer requests, job posts and e-mails you may answer")
    isub = inbox.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = isub.add_parser("add", parents=[common], help="keep a request in the inbox")
    p.add_argument("text", nargs="?", metavar="TEXT",
                   help="the request's text, or - to read it from the standard input")
    p.add_argument("--file", metavar="FILE", help="a .txt, .md or .eml file holding it")
    p.add_argument("--platform", metavar="NAME", help="the platform it came from")
    p.add_argument("--client", metavar="NAME", help="the buyer's name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_inbox(cmd_inbox_add))
    p = isub.add_parser("list", parents=[common], help="the kept requests, newest first")
    p.add_argument("--status", type=_status, metavar="STATUS",
                   help="only these: new, proposal_sent, won or lost")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_inbox(cmd_inbox_list))
    p = isub.add_parser("show", parents=[common],
                        help="a request with the gigs that fit, similar orders and red flags")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--model", metavar="NAME",
                   help="an installed embedding model (default: the embedding_model setting)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_inbox(cmd_inbox_show))
    p = isub.add_parser("sent", parents=[common], help="mark that you sent a proposal")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--proposal", type=int, metavar="DELIVERABLE",
                   help="the deliverable holding the proposal's text")
    p.add_argument("--gig", metavar="ID", help="the gig proposed (id or title)")
    p.add_argument("--package", metavar="TIER", help="its package")
    p.set_defaults(func=_inbox(cmd_inbox_sent))
    p = isub.add_parser("won", parents=[common],
                        help="the request became an order: create it from a gig's package")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--gig", required=True, metavar="ID", help="the gig (id or title)")
    p.add_argument("--package", metavar="TIER",
                   help="the package (its tier, or basic, standard, premium)")
    p.add_argument("--client", metavar="NAME",
                   help="the buyer (an existing client's name, or a new client's)")
    p.set_defaults(func=_inbox(cmd_inbox_won))
    p = isub.add_parser("lost", parents=[common], help="the request was lost, with the reason")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_inbox(cmd_inbox_lost))
    p = isub.add_parser("reopen", parents=[common], help="a lost request back to new")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=_inbox(cmd_inbox_reopen))

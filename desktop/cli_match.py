"""`atelier match (TEXT | --file FILE | -) [--model NAME] [--json]`: which of the person's gigs
fits a buyer request, what similar past orders paid per hour, the red flags (issue 18).

The ranking is storage.matching.match_request; this module reads the request, loads the
embedding model (assistants.embedding), brings the index up to date (storage.match_index,
progress on stderr) and prints. Without an embedding model the ranking is by words only and
says which model to download.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop import cli
from storage.errors import ValidationError

MAX_STDIN_BYTES = 1024 * 1024  # a buyer request is a few paragraphs

FLAG_WORDS = {
    "off_platform_payment": "payment outside the platform",
    "off_platform_contact": "contact outside the platform",
    "free_sample": "free sample",
    "unpaid_test": "unpaid test",
    "short_deadline": "deadline shorter than the gig's delivery time",
    "low_budget": "budget far below similar orders",
}


class Refused(Exception):
    """Bad input: one sentence, exit 2."""


def expected_line(result: Any) -> str | None:
    """The expected net per hour, how it is built and how it stands against the minimum rate
    (`atelier match` and `atelier inbox show` print the same line)."""
    from storage.matching import MIDDLE_HALF_FROM

    e = result.expected
    if e is None:
        return None
    built = ("the middle half of" if e.orders >= MIDDLE_HALF_FROM else "lowest to highest of")
    line = (f"Expected net per hour: {cli._money(e.low_minor, e.currency)} to "
            f"{cli._money(e.high_minor, e.currency)} ({built} {e.orders} similar orders)")
    if result.minimum_minor is not None:
        line += f", your minimum {cli._money(result.minimum_minor, e.currency)}"
        if e.high_minor < result.minimum_minor:
            line += " — BELOW YOUR MINIMUM"
        elif e.low_minor < result.minimum_minor:
            line += " — PARTLY BELOW YOUR MINIMUM"
    return line


def add_match_command(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("match", parents=[common],
                       help="rank your gigs and past orders against a buyer request")
    p.add_argument("text", nargs="?", metavar="TEXT",
                   help="the request's text, or - to read it from the standard input")
    p.add_argument("--file", metavar="FILE", help="a .txt, .md or .eml file holding it")
    p.add_argument("--model", metavar="NAME",
                   help="an installed embedding model (default: the embedding_model setting)")
    p.add_argument("--json", action="store_true")
    from desktop.cli_engine import add_engine_option

    add_engine_option(p, "embed")  # --engine NAME: vectors from its /v1/embeddings
    p.set_defaults(func=cmd_match)


def _request_text(args: argparse.Namespace) -> str:
    from storage.opportunities import text_of_file

    if args.file is not None and args.text is not None:
        raise Refused("Give the request as TEXT, --file FILE or -, not two of them.")
    if args.file is not None:
        return text_of_file(args.file)
    if args.text is None:
        raise Refused("Give the request's text, --file FILE, or - to read it from the "
                      "standard input.")
    if args.text == "-":
        data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
        if len(data) > MAX_STDIN_BYTES:
            raise Refused("The standard input holds more than 1 MB: give the buyer's "
                          "message only.")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise Refused("The standard input is not UTF-8 text.") from None
    return str(args.text)


def _chosen_model(args: argparse.Namespace, s: Any) -> str:
    from storage import settings

    return args.model or settings.get(s, "embedding_model") or ""


def _no_model_note(args: argparse.Namespace) -> str:
    """What to do to rank by meaning: an installed embedding model to name, or the
    catalogue's default one to download."""
    from assistants.catalogue import default_model
    from assistants.installed import list_installed

    installed = [i.name for i in list_installed(cli._models_dir(args))
                 if i.folder is not None and i.folder.kind == "embedding"]
    if installed:
        return ("Ranked by words only: no embedding model chosen. Pass --model NAME "
                f"(installed: {', '.join(installed)}).")
    entry = default_model("embedding")
    return ("Ranked by words only: no embedding model is installed. Download one with "
            f"`atelier models pull {entry.repo_id}`, then pass --model.")


def _progress(done: int, total: int) -> None:
    if total:
        end = "\n" if done >= total else ""
        print(f"\rIndexing your gigs and orders: {done:,}/{total:,} passages", end=end,
              file=sys.stderr, flush=True)


def cmd_match(args: argparse.Namespace) -> int:
    from storage import match_index
    from storage.matching import match_request
    from storage.settings import local_zone

    try:
        text = _request_text(args)
    except Refused as exc:
        print(f"atelier: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"atelier: {exc.message}", file=sys.stderr)
        return 2
    with cli._open(args) as store:
        with store.transaction() as s:
            model_name = _chosen_model(args, s)
            match_index.refresh(s)
        embedder = None
        if getattr(args, "engine", None):
            from desktop import cli_engine

            embedder = cli_engine.embedder(args, store)
            match_index.embed_missing(store, embedder, progress=_progress)
        elif model_name:
            from assistants.embedding import open_embedder
            from assistants.installed import resolve

            # ModelRefused (no such model, not an embedding model): one sentence, exit 2
            embedder = open_embedder(resolve(cli._models_dir(args), model_name),
                                     name=model_name)
            match_index.embed_missing(store, embedder, progress=_progress)
        with store.session() as s:
            zone = local_zone(s)
            try:
                result = match_request(s, text, embedder=embedder, zone=zone)
            except ValidationError as exc:
                print(f"atelier: {exc.message}", file=sys.stderr)
                return 2
    if embedder is None:
        print(_no_model_note(args), file=sys.stderr)
    if args.json:
        cli._print_json(result.to_json())
        return 0
    print_match(result)
    return 0


def print_match(result: Any) -> None:
    """The ranking as text (English, like every CLI output)."""
    how = (f"ranked by meaning and words ({result.model})" if result.ranking == "semantic"
           else "ranked by words only")
    print(f"Language: {result.language or 'unknown'} · {how}")
    print()
    if result.gigs:
        print("Gigs that fit:")
        for g in result.gigs:
            package = f" — {g.package}" if g.package else ""
            print(f"  {g.score:.2f}  #{g.gig_id} {g.title}{package}")
            print(f"        “{g.matched}”")
    else:
        print("No gig matches this request.")
    print()
    if result.similar_orders:
        print("Similar past orders:")
        for o in result.similar_orders:
            per_hour = (f"{cli._money(o.net_per_hour_minor, o.currency)} an hour"
                        if o.net_per_hour_minor is not None else "no tracked time")
            print(f"  {o.score:.2f}  #{o.order_id} {o.title}: {per_hour}")
    else:
        print("No similar past order.")
    line = expected_line(result)
    if line is not None:
        print(line)
    else:
        print("Expected net per hour: not enough similar orders with tracked time.")
    if result.flags:
        print()
        print("Red flags:")
        for f in result.flags:
            print(f"  {FLAG_WORDS.get(f.kind, f.kind)}: “{f.text}”")

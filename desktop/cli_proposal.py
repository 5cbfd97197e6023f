"""`atelier inbox propose ID --model NAME [--gig ID] [--package TIER] [-o FILE]`: a proposal
for a buyer request of the inbox, written by a local model, as the Inbox page drafts it.

The workflow is assistants.proposals.prepare_proposal (the prompt: the request, the gig, its
package and one or two similar past deliverables, in the request's language) and
storage.proposals.keep_proposal (a model version of the request's proposal draft, cleaned);
here only the arguments, the model run and the printing. The gig is --gig, else the one
chosen for the request, else the best fit of the match; the similar orders come from the
match (storage.matching.match_request, by words). Atelier never sends the proposal: it is
printed, kept as a draft, and written to FILE when asked.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from desktop import cli
from desktop.cli_objects import Refused, _command, _gig, find_package
from storage.errors import ValidationError

OPTIONS = {"opportunity": "ID", "gig": "--gig", "package": "--package", "path": "-o"}


def _choice(s: Any, args: argparse.Namespace, opportunity: Any, match: Any
            ) -> tuple[int, int | None]:
    """(gig id, package id or None): --gig/--package, else the request's, else the match's
    best gig and its package."""
    if args.gig is not None:
        gig = _gig(s, args.gig)
    elif opportunity.gig_id is not None:
        gig = opportunity.gig
    elif match is not None and match.gigs:
        from storage.tables import Gig

        best = match.gigs[0]
        gig = s.get(Gig, best.gig_id)
        if args.package is None and best.package_id is not None:
            return gig.id, best.package_id
    else:
        raise Refused("--gig", "no gig of yours fits this request: choose one with --gig ID.")
    package = find_package(gig, args.package) if args.package else None
    return gig.id, package.id if package is not None else None


def cmd_inbox_propose(args: argparse.Namespace) -> int:
    """Write a proposal for request ID with an installed model, keep it as the request's
    proposal draft (a model version) and print it."""
    from assistants.installed import resolve
    from assistants.loading import validate_model_dir
    from assistants.proposals import prepare_proposal
    from storage import match_index
    from storage.cleantext import clean_text
    from storage.export_text import check_export_path, export_text
    from storage.matching import match_request
    from storage.proposals import get_opportunity, keep_proposal

    lang = cli._lang()
    if args.max_tokens is not None and args.max_tokens < 1:
        raise Refused("--max-tokens", "give at least 1.")
    output = check_export_path(args.output) if args.output else None
    folder = validate_model_dir(resolve(cli._models_dir(args), args.model))
    if folder.kind != "causal-lm":
        raise Refused("--model", f"“{args.model}” is not a writing model; a proposal needs "
                      "one (atelier models list).")
    with cli._open(args) as store:
        with store.transaction() as s:  # the match index brought up to date first
            opportunity = get_opportunity(s, args.id)
            match_index.refresh(s)
            match = match_request(s, opportunity.text)
            gig_id, package_id = _choice(s, args, opportunity, match)
            prepared = prepare_proposal(
                s, args.id, gig_id=gig_id, package_id=package_id, lang=lang,
                similar_order_ids=[o.order_id for o in match.similar_orders],
                max_new_tokens=args.max_tokens)
        p, request = prepared.proposal, prepared.request
        if p.language and p.language != p.prompt_language:
            print(f"atelier: the request is in {p.language}: the model is asked in "
                  f"{p.prompt_language} to write in {p.language}.", file=sys.stderr)
        stream, stopped = cli._stream_answer(args, folder, request.messages,
                                             max_new_tokens=request.max_new_tokens,
                                             temperature=request.temperature, lstrip=True)
        if stopped:
            print("\natelier: stopped; nothing was kept.", file=sys.stderr)
            return 130
        sys.stdout.write("\n")
        cli._removed_note(clean_text(stream.text).removed + stream.stats.removed_characters)
        try:
            with store.transaction() as s:
                kept = keep_proposal(s, args.id, stream.text, args.model, lang=lang,
                                     now=datetime.now(UTC))
        except ValidationError:
            print("atelier: the model wrote nothing; nothing was kept.", file=sys.stderr)
            return 1
    verb = "Kept as the new draft" if kept.created else "Added as a version of draft"
    n = len(p.past_work)
    past = f"{n} similar past deliverable" + ("" if n == 1 else "s")
    print(f"{verb} #{kept.draft_id} “{p.title}” (from {past}); edit it in the Draft page. "
          "Atelier never sends it.", file=sys.stderr)
    if output is not None:
        export_text(output, kept.text)
        print(f"Proposal written to {output}.", file=sys.stderr)
    return 0


def _proposal_command(fn: Any) -> Any:
    """A command whose refusals name the option (exit 2, one sentence)."""
    return _command(fn, OPTIONS)


def _inbox_actions(sub: Any) -> Any:
    """The subcommands of `atelier inbox` (desktop.cli_inbox makes them)."""
    inbox = sub.choices["inbox"]
    return next(a for a in inbox._actions if isinstance(a, argparse._SubParsersAction))


def add_propose_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier inbox propose`, under the inbox's actions."""
    p = _inbox_actions(sub).add_parser(
        "propose", parents=[common],
        help="draft a proposal with a local model (kept as a draft; never sent)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--model", required=True, metavar="NAME", help="an installed writing model")
    p.add_argument("--gig", metavar="ID",
                   help="the gig offered (id or title; default: the request's, else the best "
                   "fit)")
    p.add_argument("--package", metavar="TIER",
                   help="its package (its tier, or basic, standard, premium)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="also write it to a file: .txt, .md or .docx")
    p.add_argument("--max-tokens", type=int, metavar="N")
    cli._add_model_run_options(p)
    p.set_defaults(func=_proposal_command(cmd_inbox_propose))

"""``--engine NAME`` on the CLI's model commands: the same work, on an inference server.

Where a task runs is decided by ``assistants.routing`` (the privacy gate first: a client kept
on this computer is refused, naming them, and nothing is sent); this module holds the
command-line side only: the option, the key from the keyring, streaming to stdout with Ctrl+C
closing the connection at once.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from desktop import cli


def add_engine_option(p: argparse.ArgumentParser, task: str) -> None:
    p.add_argument("--engine", metavar="NAME",
                   help="run it on this inference server (atelier engines list); --model then "
                   "names the server's model")
    p.set_defaults(engine_task=task)


def now() -> datetime:
    return datetime.now().astimezone()


def remote(args: argparse.Namespace, store: Any, task: str | None = None,
           **work: int | None) -> Any:
    """The ``assistants.routing.Remote`` for ``--engine`` (None without it); refuses with
    ``KeptLocal`` (a sentence naming the client, exit 2 through ``main``) before anything is
    sent."""
    if not getattr(args, "engine", None):
        return None
    from assistants import routing

    with store.session() as s:
        return routing.choose(s, task or args.engine_task, engine=args.engine,
                              model=getattr(args, "model", None), **work)


def key(target: Any) -> str | None:
    from assistants import routing

    return routing.engine_key(target.engine.name) if target.has_key else None


def open_stream(store: Any, target: Any, messages: Any, **options: Any) -> Any:
    from assistants import routing

    return routing.open_stream(store, target, messages, api_key=key(target), now=now(),
                               **options)


def stream_answer(args: argparse.Namespace, store: Any, target: Any, messages: Any, *,
                  max_new_tokens: int, temperature: float,
                  lstrip: bool = False) -> tuple[Any, bool]:
    """``cli._stream_answer`` on a server: the answer to stdout; Ctrl+C closes the
    connection at once. Returns the stream and whether Ctrl+C stopped it."""
    stream = open_stream(store, target, messages, max_new_tokens=max_new_tokens,
                         temperature=temperature, seed=getattr(args, "seed", None))
    started = not lstrip
    try:
        with stream:
            for chunk in stream:
                if not started:
                    chunk = chunk.lstrip()
                    started = bool(chunk)
                sys.stdout.write(chunk)
                sys.stdout.flush()
    except KeyboardInterrupt:
        stream.close()
        return stream, True
    if stream.stats.stop_reason == "length":
        print("\natelier: the server stopped at the length limit; the answer is cut "
              "(raise the token limit).", file=sys.stderr)
    return stream, False


def cmd_generate(args: argparse.Namespace) -> int:
    """``atelier generate --engine NAME --model M PROMPT``."""
    with cli._open(args) as store:
        target = remote(args, store, "draft")
        stream, _stopped = stream_answer(
            args, store, target, [{"role": "user", "content": args.prompt}],
            max_new_tokens=args.max_new_tokens, temperature=args.temperature)
    sys.stdout.write("\n")
    print(cli._generation_stats(stream.stats), file=sys.stderr)
    cli._removed_note(stream.stats.removed_characters)
    return 0


def embedder(args: argparse.Namespace, store: Any) -> Any:
    """``atelier match --engine NAME --model M``: vectors from the server's
    ``/v1/embeddings`` (named ``NAME/M``); passages of clients kept on this computer are never
    sent."""
    from assistants import routing

    target = remote(args, store, "embed")
    return routing.remote_embedder(store, target, key(target))

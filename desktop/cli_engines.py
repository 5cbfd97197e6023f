"""`atelier engines add|list|test|remove`: the inference servers (OpenAI-compatible), as
Settings › Engines keeps them.

The workflow is assistants.engine_setup's (the row in the store, the API key in the keyring
only); here only the arguments and the printing. The key is read from the standard input
(--key-stdin), never from the command line, and never printed. A refused value prints one
sentence naming the option and exits 2, nothing written; a server that cannot be used
(`test`) prints its sentence and exits 1. Headless: no Qt here.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop import cli
from desktop.cli_objects import Refused, _command

OPTIONS = {"name": "NAME", "engine": "NAME", "url": "URL", "kind": "--kind",
           "timeout": "--timeout", "context": "--context", "certificate": "--accept-certificate",
           "ca": "--ca"}


def _engines(fn: Any) -> Any:
    """A command whose refusals name the option (exit 2, one sentence)."""
    return _command(fn, OPTIONS)


def _read_key() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("API key (not shown): ")
    return sys.stdin.readline(4096)


def cmd_engines_add(args: argparse.Namespace) -> int:
    from assistants import engine_setup

    key = None
    if args.key_stdin:
        key = _read_key().strip()
        if not key:
            raise Refused("--key-stdin", "no API key came on the standard input: pipe the key "
                          "in, or leave --key-stdin out if the server needs none.")
    with cli._open(args) as store, store.transaction() as s:
        row = engine_setup.add_engine(
            s, args.name, args.url, api_key=key, kind=args.kind, timeout_s=args.timeout,
            ca_file=args.ca or "", pinned_sha256=args.accept_certificate or "",
            context_tokens=args.context)
        name, base_url, kind, has_key = row.name, row.base_url, row.kind, row.has_key
    print(f"Engine “{name}” added: {base_url} ({kind})"
          + (", its API key saved in the system keyring." if has_key else ", no API key."))
    return 0


def cmd_engines_edit(args: argparse.Namespace) -> int:
    """Change what is given (address, kind, timeout, context, CA, accepted certificate, key);
    the rest stays as saved."""
    from assistants import engine_setup
    from storage.engines import get_engine

    key = None
    if args.key_stdin:
        key = _read_key().strip()
        if not key:
            raise Refused("--key-stdin", "no API key came on the standard input: pipe the new "
                          "key in, or use --forget-key to remove the saved one.")
    with cli._open(args) as store, store.transaction() as s:
        row = get_engine(s, args.name)
        row = engine_setup.edit_engine(
            s, row.name, args.url if args.url is not None else row.base_url, api_key=key,
            kind=args.kind or row.kind,
            timeout_s=args.timeout if args.timeout is not None else row.timeout_s,
            ca_file=args.ca if args.ca is not None else row.ca_file or "",
            pinned_sha256=(args.accept_certificate if args.accept_certificate is not None
                           else row.pinned_sha256 or ""),
            context_tokens=args.context if args.context is not None else row.context_tokens)
        if args.forget_key:
            engine_setup.set_key(s, row.name, None)
        name, base_url, kind, has_key = row.name, row.base_url, row.kind, row.has_key
    print(f"Engine “{name}” changed: {base_url} ({kind})"
          + (", its API key in the system keyring." if has_key else ", no API key."))
    return 0


def _record(row: Any) -> dict[str, Any]:
    return {"name": row.name, "base_url": row.base_url, "kind": row.kind,
            "timeout_s": row.timeout_s, "context_tokens": row.context_tokens,
            "ca_file": row.ca_file or None, "pinned_sha256": row.pinned_sha256 or None,
            "has_key": bool(row.has_key)}


def cmd_engines_list(args: argparse.Namespace) -> int:
    from storage.engines import list_engines

    with cli._open(args) as store, store.session() as s:
        records = [_record(r) for r in list_engines(s)]
    if args.json:
        cli._print_json(records)
        return 0
    if not records:
        print("No engine yet: add one with `atelier engines add NAME URL`.")
        return 0
    rows = [[r["name"], r["base_url"], r["kind"], f"{r['timeout_s']} s",
             "saved" if r["has_key"] else "none",
             "custom CA" if r["ca_file"] else "accepted" if r["pinned_sha256"] else "system"]
            for r in records]
    print(cli._table(["Name", "Address", "Kind", "Timeout", "API key", "Certificate"], rows))
    return 0


def cmd_engines_test(args: argparse.Namespace) -> int:
    from assistants import engine_setup, remote
    from storage.engines import get_engine

    with cli._open(args) as store, store.session() as s:
        row = get_engine(s, args.name)
        engine = remote.Engine.of(row)
        has_key = bool(row.has_key)
        key = engine_setup.key_of(row)
    if has_key and key is None:
        print(f"atelier: {engine_setup.KeyUnreadable(engine.name)}", file=sys.stderr)
        return 1
    try:
        models = remote.list_models(engine, key)
    except remote.RemoteError as exc:
        print(f"atelier: {exc}", file=sys.stderr)
        return 1
    if not models:
        print(f"{engine.base_url} answers but lists no model: give the model's id yourself "
              "(--model on generate, draft…).")
        return 0
    print(f"{engine.base_url} answers; its models:")
    for m in models:
        print(f"  {m}")
    return 0


def cmd_engines_remove(args: argparse.Namespace) -> int:
    from assistants import engine_setup

    with cli._open(args) as store, store.transaction() as s:
        engine_setup.remove_engine(s, args.name)
    print(f"Engine “{args.name}” removed, and its API key forgotten; its tasks run locally.")
    return 0


def _positive(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None


def add_engines_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier engines add|edit|list|test|remove`."""
    engines = sub.add_parser("engines", parents=[common],
                             help="inference servers (Ollama, LM Studio, Jan, llama.cpp, vLLM)")
    esub = engines.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = esub.add_parser("add", parents=[common], help="add an OpenAI-compatible server")
    p.add_argument("name", metavar="NAME", help="a short name (letters, digits, . - _)")
    p.add_argument("url", metavar="URL", help="its address, e.g. http://127.0.0.1:11434")
    p.add_argument("--key-stdin", action="store_true",
                   help="read its API key from the standard input (kept in the keyring only)")
    p.add_argument("--ca", metavar="FILE", help="a CA certificate (PEM) to trust for https")
    p.add_argument("--accept-certificate", metavar="SHA256",
                   help="accept this self-signed certificate (its SHA-256 fingerprint)")
    p.add_argument("--kind", choices=("openai", "ollama"),
                   help="ollama sets the context size (default: ollama on port 11434)")
    p.add_argument("--timeout", type=_positive, default=60, metavar="S",
                   help="seconds to wait for an answer (default 60)")
    p.add_argument("--context", type=_positive, default=8192, metavar="N",
                   help="Ollama's context size in tokens (default 8192)")
    p.set_defaults(func=_engines(cmd_engines_add))
    p = esub.add_parser("edit", parents=[common],
                        help="change a server's address, timeout, certificate or key")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--url", metavar="URL", help="its new address")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--key-stdin", action="store_true",
                     help="read a new API key from the standard input (keyring only)")
    key.add_argument("--forget-key", action="store_true", help="remove its saved API key")
    p.add_argument("--ca", metavar="FILE", help="a CA certificate (PEM); \"\" for none")
    p.add_argument("--accept-certificate", metavar="SHA256",
                   help="accept this self-signed certificate; \"\" for none")
    p.add_argument("--kind", choices=("openai", "ollama"))
    p.add_argument("--timeout", type=_positive, metavar="S")
    p.add_argument("--context", type=_positive, metavar="N")
    p.set_defaults(func=_engines(cmd_engines_edit))
    p = esub.add_parser("list", parents=[common], help="the servers added (never their keys)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_engines(cmd_engines_list))
    p = esub.add_parser("test", parents=[common], help="list the models a server offers")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=_engines(cmd_engines_test))
    p = esub.add_parser("remove", parents=[common], help="remove a server and forget its key")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=_engines(cmd_engines_remove))

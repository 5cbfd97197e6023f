"""`atelier`: the app's command line. Subcommands are headless: no Qt, no torch on their paths."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistants.errors import AssistantError
from desktop.version import app_version
from storage import paths
from storage.errors import AtelierError, StoreBusy


def _lang() -> str:
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    return "fr" if env.lower().startswith("fr") else "en"


def _money(minor: int | None, currency: str) -> str:
    from storage.money import format_money

    return "—" if minor is None else format_money(minor, currency, _lang())


def _open(args: argparse.Namespace):  # -> storage.db.Store
    from storage.db import open_store

    return open_store(paths.store_path(paths.data_dir(args.data_dir)))


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                       for i, (h, w) in enumerate(zip(headers, widths, strict=True)))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    return "\n".join(lines)


# --- commands -----------------------------------------------------------------------------


def cmd_window(args: argparse.Namespace) -> int:
    """No command: open the app's window on the store (Qt is imported only here)."""
    from desktop.app import run_gui

    return run_gui(paths.data_dir(args.data_dir))


def cmd_demo(args: argparse.Namespace) -> int:
    from storage.demo import default_orders, generate

    store_file = paths.store_path(paths.data_dir(args.data_dir))
    if args.replace and store_file.exists():
        # Never delete a store: the old one is kept beside the new one.
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        kept = store_file.with_name(f"{store_file.name}.replaced-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{store_file}{suffix}")
            if old.exists():
                old.rename(Path(f"{kept}{suffix}"))
        print(f"The previous store was kept as {kept}")
    as_of = args.as_of or datetime.now(UTC)
    with _open(args) as store:
        orders = args.orders if args.orders is not None else default_orders(args.status)
        counts = generate(store, orders=orders, seed=args.seed, as_of=as_of,
                          status=args.status)
    print(f"Demo store written to {store_file}: " + ", ".join(
        f"{n} {name}" for name, n in counts.items()))
    return 0


def _read_report(args: argparse.Namespace, build: Any) -> Any:
    """The report `build` reads from the store; with --json it is printed as JSON and None
    is returned."""
    with _open(args) as store, store.session() as s:
        report = build(s)
    if args.json:
        _print_json(report.to_json())
        return None
    return report


def cmd_report_income(args: argparse.Namespace) -> int:
    from storage.income import income_report

    report = _read_report(args, lambda s: income_report(s, args.by, args.year))
    if report is None:
        return 0
    cur = report.currency

    def line(label: str, r: Any) -> list[str]:
        return [label, _money(r.gross_minor, cur), _money(r.fees_minor, cur),
                _money(r.net_minor, cur), str(r.orders), f"{r.tracked_seconds / 3600:.1f}",
                _money(r.hourly_net_minor, cur)]

    rows = [line(r.key, r) for r in report.rows] + [line("Total", report.total)]
    title = f"Income by {args.by}" + (f", {args.year}" if args.year else "") + f" ({cur})"
    print(title)
    print(_table([args.by.capitalize(), "Gross", "Fees", "Net", "Orders", "Hours", "Net/hour"],
                 rows))
    if report.excluded_payments:
        print(f"\n{report.excluded_payments} payment(s) recorded in another home currency are "
              "not included.")
    return 0


def cmd_report_urssaf(args: argparse.Namespace) -> int:
    from storage.urssaf import urssaf_report

    report = _read_report(args, lambda s: urssaf_report(s, args.year, args.period))
    if report is None:
        return 0
    rows = [[p.key, _money(p.declared_minor["sales_bic"], "EUR"),
             _money(p.declared_minor["services_bic"], "EUR"),
             _money(p.declared_minor["liberal_bnc"], "EUR"),
             _money(p.total_due_minor, "EUR"), p.deadline.isoformat()] for p in report.periods]
    print(f"URSSAF declarations {report.year}, by {report.period}")
    print(_table(["Period", "Sales BIC", "Services BIC", "BNC", "To pay", "Deadline"], rows))
    for w in report.warnings:
        print(f"! {w.message}")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from storage.orders import STATUS_LABELS, deadlines, due_soon_window

    now = datetime.now(UTC)
    with _open(args) as store, store.session() as s:
        # --hours when the person gave it, else the due-soon window of Settings
        window = timedelta(hours=args.hours) if args.hours else due_soon_window(s)
        hours = int(window.total_seconds() // 3600)
        late, soon = deadlines(s, now, window)
        data = {
            "late": [_order_json(o, now) for o in late],
            "due_soon": [_order_json(o, now) for o in soon],
        }
    if args.json:
        _print_json(data)
        return 0
    for label, items in (("Late", data["late"]), (f"Due within {hours} h", data["due_soon"])):
        print(f"{label}: {len(items)}")
        for o in items:
            print(f"  #{o['id']:<6} {o['due_at'][:16]}  {o['client']}: {o['title']} "
                  f"({STATUS_LABELS[o['status']]})")
    return 0


def _order_json(order: Any, now: datetime) -> dict[str, Any]:
    return {
        "id": order.id, "title": order.title, "client": order.client.name,
        "platform": order.platform.name, "status": order.status.value,
        "due_at": order.due_at.isoformat(),
        "hours_left": round((order.due_at - now).total_seconds() / 3600, 1),
        "price_minor": order.price_minor, "currency": order.currency,
    }


def _models_dir(args: argparse.Namespace) -> Path:
    return paths.models_dir(paths.data_dir(args.data_dir))


def cmd_models_list(args: argparse.Namespace) -> int:
    from assistants.catalogue import load_catalogue
    from assistants.installed import list_installed
    from assistants.resources import format_bytes

    installed = list_installed(_models_dir(args))
    catalogue = load_catalogue()
    if args.json:
        _print_json({
            "installed": [{
                "name": i.name, "path": str(i.path), "usable": i.folder is not None,
                "problem": i.problem, "kind": i.folder.kind if i.folder else None,
                "parameters": i.folder.parameters if i.folder else None,
                "disk_bytes": i.disk_bytes,
            } for i in installed],
            "catalogue": [{
                "repo_id": e.repo_id, "name": e.name, "task": e.task, "revision": e.revision,
                "parameters": e.parameters, "disk_bytes": e.disk_bytes,
                "ram_bytes": {d: e.ram_bytes(d) for d in ("float32", "bfloat16", "int8",
                                                          "int4")},
                "languages": list(e.languages), "licence": e.licence,
                "commercial_use": e.commercial_use, "warning": e.warning_text("en"),
            } for e in catalogue],
        })
        return 0
    print("Installed models:" if installed else "No model installed yet.")
    for i in installed:
        state = f"{i.folder.kind}, {i.folder.parameters / 1e6:.0f} M parameters" if i.folder \
            else f"unusable: {i.problem}"
        print(f"  {i.name:<32} {format_bytes(i.disk_bytes):>9}  {state}")
    print("\nRecommended (catalogue):")
    for e in catalogue:
        flag = "" if e.commercial_use else "  NON-COMMERCIAL"
        print(f"  {e.repo_id:<46} {e.task:<12} {format_bytes(e.disk_bytes):>9}  "
              f"RAM bf16 {format_bytes(e.ram_bytes('bfloat16'))}  {e.licence}{flag}")
    return 0


def cmd_models_import(args: argparse.Namespace) -> int:
    from assistants.installed import import_folder

    installed = import_folder(Path(args.directory), _models_dir(args), args.name)
    print(f"Imported “{installed.name}” into {installed.path}")
    return 0


def cmd_models_remove(args: argparse.Namespace) -> int:
    from assistants.installed import remove

    remove(_models_dir(args), args.name)
    print(f"Removed “{args.name}”.")
    return 0


def _pull_progress(stream: Any) -> Any:
    """A progress callback for `models pull`: one updating line on a terminal, else a line
    every few seconds (and the last one)."""
    import time

    from assistants.resources import format_bytes

    tty = stream.isatty()
    state = {"at": 0.0, "width": 0, "done": -1}

    def show(p: Any) -> None:
        now = time.monotonic()
        final = p.total_bytes > 0 and p.done_bytes >= p.total_bytes
        if final and p.done_bytes == state["done"]:
            return
        if not tty and not final and state["at"] and now - state["at"] < 5.0:
            return
        state["at"], state["done"] = now, p.done_bytes
        pct = 100 * p.done_bytes / p.total_bytes if p.total_bytes else 0.0
        speed = f"{format_bytes(p.speed_bps)}/s" if p.speed_bps > 0 else "–"
        if p.eta_s is None:
            eta = "–"
        else:
            minutes, seconds = divmod(round(p.eta_s), 60)
            eta = f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 \
                else f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
        line = (f"{format_bytes(p.done_bytes)} / {format_bytes(p.total_bytes)} ({pct:.0f} %)  "
                f"{speed}  ETA {eta}  {p.current_file}").rstrip()
        if tty:
            stream.write("\r" + line.ljust(state["width"]))
            state["width"] = len(line)
        else:
            stream.write(line + "\n")
        stream.flush()

    return show


def cmd_models_pull(args: argparse.Namespace) -> int:
    """Download a hub model (safetensors only) with progress; Ctrl+C pauses, the same command
    resumes. The token is the one saved with `atelier models token set`, if any."""
    import threading

    from assistants.catalogue import find_entry
    from assistants.downloads import TokenRequired, download_model
    from assistants.secrets import get_hub_token

    entry = find_entry(args.repo_id)
    if entry is not None and not entry.commercial_use and not args.yes:
        print(f"atelier: {entry.warning_text(_lang())}", file=sys.stderr)
        if not sys.stdin.isatty():
            print("atelier: not downloaded; pass --yes to download it anyway.", file=sys.stderr)
            return 2
        answer = input(f"Download {args.repo_id} anyway? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            print("Not downloaded.", file=sys.stderr)
            return 1
    revision = args.revision or (entry.revision if entry is not None else "main")
    token = get_hub_token()
    if token:
        print("Using the Hugging Face access token saved in the system keyring.",
              file=sys.stderr)
    cancel = threading.Event()
    finished = threading.Event()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["installed"] = download_model(
                args.repo_id, _models_dir(args), revision=revision, name=args.name, token=token,
                endpoint=args.endpoint or os.environ.get("HF_ENDPOINT") or None,
                progress=_pull_progress(sys.stderr), cancel=cancel)
        except BaseException as exc:  # handed to the main thread
            outcome["error"] = exc
        finally:
            finished.set()

    worker = threading.Thread(target=work, name="atelier-models-pull", daemon=True)
    worker.start()
    # Wait on an Event, not on Thread.join: on Python 3.11 a Ctrl+C inside join() can mark
    # the thread as stopped while it still runs (bpo-45274's fix releases its lock).
    try:
        while not finished.wait(0.1):
            pass
    except KeyboardInterrupt:
        cancel.set()
        finished.wait()
    worker.join()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if "installed" not in outcome and cancel.is_set():
        print("atelier: download paused; what came is kept — run the same command again to "
              "resume.", file=sys.stderr)
        return 130
    error = outcome.get("error")
    if isinstance(error, TokenRequired):
        print(f"atelier: {error.message}\nSave a token with: atelier models token set",
              file=sys.stderr)
        return 2
    if error is not None:
        raise error
    installed = outcome["installed"]
    print(f"Installed “{installed.name}” into {installed.path}")
    return 0


def cmd_models_token(args: argparse.Namespace) -> int:
    """The Hugging Face access token in the system keyring: set (read from the terminal
    without echo, or from stdin), clear, status. The token is never printed."""
    import getpass

    from assistants.secrets import (
        KeyringUnavailable,
        delete_hub_token,
        get_hub_token,
        keyring_available,
        set_hub_token,
    )

    if not keyring_available():
        raise KeyringUnavailable()
    if args.action == "set":
        if sys.stdin.isatty():
            token = getpass.getpass("Hugging Face access token (not shown): ")
        else:
            token = sys.stdin.readline()
        set_hub_token(token)
        print("The access token is saved in the system keyring.")
    elif args.action == "clear":
        delete_hub_token()
        print("No Hugging Face access token is saved any more.")
    elif get_hub_token():
        print("A Hugging Face access token is saved in the system keyring.")
    else:
        print("No Hugging Face access token is saved (public models need none).")
    return 0


def _model_thread(args: argparse.Namespace) -> Any:
    """This command's model thread (``assistants.model_thread``): it runs all its torch work,
    load, generation and translation, so there is one OpenMP pool; ``main`` closes it."""
    from assistants.model_thread import ModelThread

    if getattr(args, "model_thread", None) is None:
        args.model_thread = ModelThread()
    return args.model_thread


def _load_model(folder: Any, args: argparse.Namespace) -> Any:
    """Load an installed model as the app does, on the model thread, with the settings the
    Models page saved (``<data dir>/model-settings.json``: precision, threads; int8 on the CPU
    where it is the measured default when never chosen; the decode loop); ``--full-precision``,
    ``--reference-decoding`` and ``--threads`` override them."""
    from assistants.loading import default_quantize, load_model, pick_device
    from assistants.runtime import read_settings, settings_path

    saved = read_settings(settings_path(_models_dir(args)))
    device = pick_device()
    full = getattr(args, "full_precision", False)
    int8 = default_quantize(device) if saved.int8 is None else saved.int8
    dtype: Any = "float32" if full and saved.dtype == "bfloat16" else saved.dtype
    fast = saved.fast_decode and not getattr(args, "reference_decoding", False)
    return _model_thread(args).run(
        load_model, folder, threads=args.threads or saved.threads or None, device=device,
        quantize_int8=int8 and not full, dtype=dtype, fast_decode=fast,
        quantize_int4=saved.int4 and not full)


def cmd_generate(args: argparse.Namespace) -> int:
    """Stream a model's answer to stdout; Ctrl+C stops it within one decoding step."""
    from assistants.installed import resolve

    if getattr(args, "engine", None):  # on an inference server
        from desktop.cli_engine import cmd_generate as generate_remotely

        return generate_remotely(args)

    stream, _stopped = _stream_answer(
        args, resolve(_models_dir(args), args.model), [{"role": "user", "content": args.prompt}],
        max_new_tokens=args.max_new_tokens, temperature=args.temperature)
    sys.stdout.write("\n")
    print(_generation_stats(stream.stats), file=sys.stderr)
    _removed_note(stream.stats.removed_characters)
    return 0


def _stream_answer(args: argparse.Namespace, folder: Any, messages: Any, *,
                   max_new_tokens: int, temperature: float,
                   lstrip: bool = False) -> tuple[Any, bool]:
    """Load the model in `folder` and stream its answer to `messages` to stdout (the stats go
    to stderr, so the progress bars are off); ``lstrip``: without the answer's leading
    blanks. Ctrl+C stops it within one decoding step. Returns the stream (its ``text`` and
    ``stats``) and whether Ctrl+C stopped it."""
    import threading

    from transformers.utils import logging as hf_logging

    from assistants.generation import stream_generate

    hf_logging.disable_progress_bar()
    loaded = _load_model(folder, args)
    cancel = threading.Event()
    stream = stream_generate(loaded.model, loaded.tokenizer, messages,
                             max_new_tokens=max_new_tokens, temperature=temperature,
                             seed=args.seed, cancel=cancel, executor=_model_thread(args))
    started = not lstrip
    try:
        with stream:
            for chunk in stream:  # cleaned by the stream (control characters…)
                if not started:
                    chunk = chunk.lstrip()
                    started = bool(chunk)
                sys.stdout.write(chunk)
                sys.stdout.flush()
    except KeyboardInterrupt:
        cancel.set()
        stream.close()
        return stream, True
    finally:
        loaded.close()
    return stream, False


def _removed_note(count: int) -> None:
    """Say once that the model's invisible characters were left out of its text."""
    if count:
        print(f"atelier: {count} invisible character(s) the model produced were removed.",
              file=sys.stderr)


def cmd_templates_list(args: argparse.Namespace) -> int:
    from storage.templates import list_templates

    with _open(args) as store, store.session() as s:
        templates = list_templates(s, args.lang or _lang())
    if args.json:
        _print_json([{
            "id": t.id, "title": t.title, "language": t.language,
            "description": t.description, "variables": list(t.variables),
            "builtin": t.builtin, "edited": t.edited,
        } for t in templates])
        return 0
    width = max(len(t.id) for t in templates)
    for t in templates:
        mark = " (edited)" if t.edited else "" if t.builtin else " (yours)"
        print(f"{t.id:<{width}}  {t.title}{mark}")
        print(f"{'':<{width}}  variables: {', '.join(t.variables)}")
    return 0


def _parse_vars(items: Sequence[str]) -> dict[str, str]:
    import re

    values = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ValueError(f"--var takes name=value, for example --var tone=formal "
                             f"(not “{item}”).")
        values[key] = value
    return values


def cmd_draft(args: argparse.Namespace) -> int:
    """Fill a template, write a draft with an installed model, export it; with --order, keep
    it as the order's draft (a model version)."""
    from assistants.installed import resolve
    from assistants.loading import KIND_WORDS, validate_model_dir
    from assistants.writing import MissingValue, prepare_template_draft
    from storage import drafts
    from storage.cleantext import clean_text
    from storage.errors import ValidationError
    from storage.export_text import check_export_path, export_text
    from storage.provenance import MODEL, Authorship, provenance_line
    from storage.tables import Order

    lang = args.lang or _lang()
    try:
        overrides = _parse_vars(args.var)
    except ValueError as exc:
        print(f"atelier: {exc}", file=sys.stderr)
        return 2
    if args.max_tokens < 1:
        print("atelier: --max-tokens must be at least 1.", file=sys.stderr)
        return 2
    output = check_export_path(args.output)
    with _open(args) as store:
        with store.session() as s:
            try:
                prepared = prepare_template_draft(
                    s, args.template, lang, order_id=args.order, overrides=overrides,
                    max_new_tokens=args.max_tokens, temperature=args.temperature)
            except MissingValue as exc:
                print(f"atelier: {exc.message} Give it with --var {exc.field}=…",
                      file=sys.stderr)
                return 2
            except ValidationError as exc:
                if exc.field not in overrides:  # the template or the order: named as it is
                    raise
                print(f"atelier: {exc.message}", file=sys.stderr)  # a variable it has not
                return 2
            order = s.get(Order, args.order) if args.order is not None else None
        template, title, request = prepared.template, prepared.title, prepared.request
        from desktop import cli_engine

        target = cli_engine.remote(args, store, "draft", order_id=args.order)  # gate first
        if target is not None:
            stream, stopped = cli_engine.stream_answer(
                args, store, target, request.messages, max_new_tokens=request.max_new_tokens,
                temperature=request.temperature)
            args.model = target.label
        else:
            folder = validate_model_dir(resolve(_models_dir(args), args.model))
            if folder.kind != "causal-lm":
                print(f"atelier: “{args.model}” is {KIND_WORDS[folder.kind]}; drafts need a "
                      "chat model.", file=sys.stderr)
                return 2
            stream, stopped = _stream_answer(args, folder, request.messages,
                                             max_new_tokens=request.max_new_tokens,
                                             temperature=request.temperature)
        if stopped:
            print("\natelier: stopped; nothing was written.", file=sys.stderr)
            return 130
        sys.stdout.write("\n")
        cleaned = clean_text(stream.text)  # what a file cannot hold (control characters…)
        text = cleaned.text.strip()
        _removed_note(cleaned.removed + stream.stats.removed_characters)
        if not text:
            print("atelier: the model wrote nothing; nothing was written.", file=sys.stderr)
            return 1
        if order is not None:
            with store.transaction() as s:
                draft = drafts.create_draft(s, title[:300], order_id=order.id)
                drafts.record_model_version(s, draft.id, text, args.model,
                                            note=f"template {template.id}")
            print(f"Kept as draft #{draft.id} of order #{order.id}.", file=sys.stderr)
        line = provenance_line(Authorship.of(len(text), MODEL).share(text, args.model), lang) \
            if args.provenance else None
        export_text(output, text, provenance_line=line)
    st = stream.stats
    print(f"Draft written to {output} ({st.generated_tokens} tokens, "
          f"{st.tokens_per_s or 0:.1f} tokens/s, {st.stop_reason}).", file=sys.stderr)
    return 0


REWRITE_MAX_BYTES = 1_000_000  # a text to rewrite, read whole; a model takes far less anyway


def _rewrite_input(name: str) -> str:
    """The text of FILE, or of stdin for ``-`` (OSError/ValueError: a sentence naming it)."""
    from storage.inputs import read_regular_file

    if name == "-":
        text = sys.stdin.read(REWRITE_MAX_BYTES + 1)
        if len(text) > REWRITE_MAX_BYTES:
            raise ValueError(f"stdin: the text is longer than {REWRITE_MAX_BYTES:,} "
                             "characters; rewrite it in parts.")
        return text

    def check_size(size: int) -> None:
        if size > REWRITE_MAX_BYTES:
            raise ValueError(f"{name}: the file is larger than {REWRITE_MAX_BYTES:,} bytes; "
                             "rewrite it in parts.")

    try:
        data = read_regular_file(name, check_size)
    except FileNotFoundError:
        raise ValueError(f"{name}: there is no such file.") from None
    except PermissionError:
        raise ValueError(f"{name}: the file cannot be read (permission denied).") from None
    except OSError as exc:
        raise ValueError(f"{name}: {exc.strerror or 'the file cannot be read'}.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{name}: the file is not UTF-8 text; save it as UTF-8 and try "
                         "again.") from None


def _generation_stats(st: Any) -> str:
    """The stats line `atelier generate` prints on stderr."""
    return (f"[{st.generated_tokens} tokens, {st.tokens_per_s or 0:.1f} tokens/s, "
            f"first token after {st.time_to_first_token_s or 0:.2f} s, {st.stop_reason}]")


def cmd_rewrite(args: argparse.Namespace) -> int:
    """Rewrite a text (FILE, or stdin for ``-``) with an installed chat model: shorter,
    longer, more formal, friendlier, corrected, or translated; the result streams to stdout,
    the stats go to stderr. Ctrl+C stops it within one decoding step."""
    from assistants import writing
    from assistants.installed import resolve
    from assistants.loading import KIND_WORDS, validate_model_dir
    from storage.cleantext import clean_text
    from storage.errors import ValidationError

    if args.max_tokens is not None and args.max_tokens < 1:
        return _fail("--max-tokens must be at least 1.")
    try:
        text = clean_text(_rewrite_input(args.file)).text
    except ValueError as exc:
        return _fail(str(exc))
    try:
        request = writing.rewrite(args.kind, text, args.lang or _lang(), to=args.to)
    except ValidationError as exc:
        where = {"kind": "--kind", "to": "--to"}.get(exc.field, "stdin" if args.file == "-"
                                                     else args.file)
        return _fail(f"{where}: {exc.message}")
    max_tokens = request.max_new_tokens
    if args.max_tokens is not None:
        max_tokens = min(max_tokens, args.max_tokens)
    if getattr(args, "engine", None):  # on an inference server
        from desktop import cli_engine

        with _open(args) as store:
            stream, _stopped = cli_engine.stream_answer(
                args, store, cli_engine.remote(args, store, "rewrite"), request.messages,
                max_new_tokens=max_tokens, temperature=request.temperature, lstrip=True)
    else:
        folder = validate_model_dir(resolve(_models_dir(args), args.model))
        if folder.kind != "causal-lm":
            return _fail(f"“{args.model}” is {KIND_WORDS[folder.kind]}; rewrites need a chat "
                         "model.")
        stream, _stopped = _stream_answer(args, folder, request.messages,
                                          max_new_tokens=max_tokens,
                                          temperature=request.temperature, lstrip=True)
    sys.stdout.write("\n")
    print(_generation_stats(stream.stats), file=sys.stderr)
    _removed_note(stream.stats.removed_characters)
    return 0


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return 2


def write_board(path: Path, board: Any) -> int:
    """Write a board's export (assistants.brainstorm.BoardExport) as Markdown (.md) or PDF
    (.pdf, through Qt's PDF writer: an offscreen Qt application is started when none runs).
    Returns the number of cards written."""
    if path.suffix.lower() == ".md":
        from assistants.brainstorm import write_markdown

        return write_markdown(path, board)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["atelier"])  # alive while writing
    from desktop.brainstorm_render import write_board_pdf

    return write_board_pdf(path, board.title, board.cards)


def cmd_brainstorm(args: argparse.Namespace) -> int:
    """Propose design directions for a brief (a file, or an order's brief) with a local chat
    model; keep them as a board in the store and write it as Markdown or PDF (one page per
    card). With --order, the file is attached to the order as a deliverable."""
    import threading

    from assistants import brainstorm as ab
    from assistants.generation import stream_generate
    from assistants.installed import resolve
    from assistants.loading import KIND_WORDS, validate_model_dir
    from storage import brainstorm as sb

    output = Path(args.output).expanduser()
    if output.suffix.lower() not in (".md", ".pdf"):
        return _fail(f"-o names a .md or .pdf file (not “{args.output}”).")
    if not output.parent.is_dir():
        return _fail(f"the folder {output.parent} does not exist.")
    if not 1 <= args.n <= 12:
        return _fail("-n is a number of ideas between 1 and 12.")
    if not 0 <= args.temperature <= 2:
        return _fail("--temperature is between 0 and 2.")
    if args.max_tokens is not None and args.max_tokens < 16:
        return _fail("--max-tokens must be at least 16.")
    brief = ""
    if args.brief is not None:
        try:
            brief = Path(args.brief).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            return _fail(f"cannot read the brief {args.brief}: {reason}")
        if not brief.strip():
            return _fail(f"the brief {args.brief} is empty.")
    with _open(args) as store:
        title = None
        if args.order is not None:
            with store.session() as s:
                order = sb.order_brief(s, args.order)
            if order is None:
                return _fail(f"there is no order #{args.order}.")
            title = order.title
            brief = brief or order.brief
        from desktop import cli_engine

        target = cli_engine.remote(args, store, "brainstorm", order_id=args.order)
        if target is None:
            folder = validate_model_dir(resolve(_models_dir(args), args.model))
            if folder.kind != "causal-lm":
                return _fail(f"“{args.model}” is {KIND_WORDS[folder.kind]}; ideas need a chat "
                             "model.")

            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        request = ab.BriefRequest(brief, args.audience or "", args.style or "",
                                  args.constraints or "", language=_lang())
        run = ab.BoardRun(request, args.n, seed=args.seed, max_new_tokens=args.max_tokens)
        loaded = _load_model(folder, args) if target is None else None
        cancel = threading.Event()
        removed = 0
        try:
            while (step := run.next_step()) is not None:
                what = "to repair its JSON" if step.purpose == "repair" else \
                    f"for {run.n - len(run.ideas)} idea(s)"
                print(f"Asking {args.model} {what}…", file=sys.stderr)
                stream = cli_engine.open_stream(
                    store, target, step.messages, max_new_tokens=step.max_new_tokens,
                    temperature=args.temperature, seed=step.seed, cancel=cancel) \
                    if target is not None else \
                    stream_generate(loaded.model, loaded.tokenizer, step.messages,
                                    max_new_tokens=step.max_new_tokens,
                                    temperature=args.temperature, seed=step.seed,
                                    cancel=cancel, executor=_model_thread(args))
                with stream:
                    for _chunk in stream:
                        pass
                removed += stream.stats.removed_characters
                run.feed(stream.text)
        except KeyboardInterrupt:
            cancel.set()
            print("atelier: stopped; nothing was written.", file=sys.stderr)
            return 130
        finally:
            if loaded is not None:
                loaded.close()
        if target is not None:
            args.model = target.label
        if not run.ideas and not run.raw_texts:
            print("atelier: the model wrote nothing; nothing was written.", file=sys.stderr)
            return 1
        with store.transaction() as s:
            board = sb.create_board(s, brief, order_id=args.order, title=title,
                                    audience=request.audience, style=request.style,
                                    constraints=request.constraints)
            ab.record_round(s, board.id, run, model=args.model, temperature=args.temperature)
            board_id = board.id
        with store.session() as s:
            export = ab.board_export(s, board_id)
        try:
            count = write_board(output, export)
        except OSError as exc:
            return _fail(f"cannot write {output}: {exc.strerror or exc}")
        if args.order is not None:
            with store.transaction() as s:
                sb.attach_export(s, board_id, str(output.resolve()), models=[args.model])
            print(f"Attached to order #{args.order} as a deliverable.", file=sys.stderr)
    print(f"Board #{board_id}: {len(run.ideas)} idea(s), {len(run.raw_texts)} unparsed "
          f"answer(s), {len(run.dropped)} near-duplicate(s) dropped; {count} card(s) written "
          f"to {output}.", file=sys.stderr)
    _removed_note(removed + run.removed_characters)
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from storage.csvio import export_csv

    with _open(args) as store:
        counts = export_csv(store, Path(args.directory))
    print(f"Exported to {args.directory}: " + ", ".join(f"{f} ({n})" for f, n in counts.items()))
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from storage.ics import export_ics

    with _open(args) as store, store.session() as s:
        try:
            count = export_ics(s, Path(args.file), now=datetime.now(UTC),
                               include_done=args.include_done)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            print(f"atelier: cannot write the calendar to {args.file}: {reason}",
                  file=sys.stderr)
            return 2
    print(f"Exported {count} due date(s) to {args.file}")
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    from storage.csvio import import_csv

    with _open(args) as store:
        counts = import_csv(store, Path(args.directory), replace=args.replace)
    print(f"Imported from {args.directory}: " + ", ".join(f"{f} ({n})" for f, n in counts.items()))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the store (SQLite's online backup: safe while the app has it open)."""
    from storage.backup import backup_now

    store_file = paths.store_path(paths.data_dir(args.data_dir))
    target = backup_now(store_file, dest=args.to, reason="manual")
    print(f"Backed up {store_file} to {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the store with a backup, after checking it; the current store is kept."""
    from storage.backup import restore

    result = restore(paths.data_dir(args.data_dir), Path(args.file))
    print(f"Restored {result.store} from {result.source} (schema {result.revision}).")
    if result.kept is not None:
        print(f"The previous store was kept as {result.kept}")
    if result.needs_upgrade:
        print("It will be upgraded to this version's schema when Atelier next opens it.")
    return 0


# --- translation ----------------------------------------------------------------------------


def _translate_progress(stream: Any) -> Any:
    """`atelier translate` progress: one updating line on a terminal, else a line per chunk."""
    tty = stream.isatty()

    def show(done: int, total: int, eta_s: float | None) -> None:
        left = f", about {eta_s:.0f} s left" if eta_s is not None and done < total else ""
        line = f"Pre-translating: {done}/{total} segments{left}"
        if tty:
            stream.write("\r" + line.ljust(60) + ("\n" if done >= total else ""))
        else:
            stream.write(line + "\n")
        stream.flush()

    return show


def cmd_translate(args: argparse.Namespace) -> int:
    """Pre-translate a document headless: the translation memory first, then an installed
    seq2seq model; write the translation in the same format. The work is kept in a translation
    project (post-edit it in the app; run the command again to resume an interrupted run)."""
    import threading

    from storage.documents import format_of
    from storage.translation import glossary as sg
    from storage.translation import memory as sm
    from storage.translation import projects as sp
    from storage.translation.export import export_project_file
    from storage.translation.languages import normalize_language
    from storage.translation.pretranslate import CHUNK_SIZE, pretranslate

    source, output = Path(args.file), Path(args.output)
    fmt = format_of(source.name)
    if format_of(output.name) != fmt:
        return _fail(f"{output.name}: write the translation with the input's format "
                     f"({source.suffix.lower()}), not {output.suffix.lower() or 'no extension'}.")
    src = normalize_language(args.source_lang, "--from")
    tgt = normalize_language(args.target_lang, "--to")
    models_dir = _models_dir(args)
    model_path = None
    if args.model and not getattr(args, "engine", None):
        from assistants.installed import resolve
        from assistants.loading import KIND_WORDS, validate_model_dir

        model_path = resolve(models_dir, args.model)
        kind = validate_model_dir(model_path).kind
        if kind != "seq2seq":
            return _fail(f"{args.model} is {KIND_WORDS[kind]}: choose a translation (seq2seq) "
                         "model.")

    with _open(args) as store:
        with store.transaction() as s:
            name = args.project or f"{source.name} ({src} → {tgt})"
            project = sp.find_project(s, name)
            if project is None:
                project = sp.create_project(s, name, src, tgt)
            elif (project.source_lang, project.target_lang) != (src, tgt):
                return _fail(f"the project “{project.name}” translates {project.source_lang} "
                             f"→ {project.target_lang}, not {src} → {tgt}.")
            if args.glossary:
                g = sg.import_csv(s, src, tgt, args.glossary)
                print(f"Glossary: {g.added} term(s) added, {g.updated} updated.",
                      file=sys.stderr)
            file = sp.import_file(s, project.id, source, replace=True)
            project_id, file_id, project_name = project.id, file.id, project.name
        if args.tm:
            r = sm.import_tmx_file(store, args.tm, src, tgt)
            print(f"Translation memory: {r.added} unit(s) added, {r.updated} updated from "
                  f"{Path(args.tm).name}.", file=sys.stderr)

        loaded: Any = None
        cancel = threading.Event()

        def translate(texts: list[str]) -> list[str]:
            nonlocal loaded
            from assistants.translation import translate_batch

            if loaded is None:
                from transformers.utils import logging as hf_logging


                hf_logging.disable_progress_bar()
                print(f"Loading {args.model}…", file=sys.stderr)
                loaded = _load_model(model_path, args)
            model_thread = _model_thread(args)
            return model_thread.run(lambda: translate_batch(
                loaded.model, loaded.tokenizer, texts, cancel=cancel), cancel=cancel)

        from desktop import cli_engine

        target = cli_engine.remote(args, store, "translate", project_id=project_id)
        if target is not None:  # an LLM server, segment by segment (gate passed)
            from assistants.routing import llm_translator

            translate = llm_translator(store, target, cli_engine.key(target), source_lang=src,
                                       target_lang=tgt, project_id=project_id, cancel=cancel)
        try:  # a server's answers are saved one by one: a stop resumes at the next segment
            result = pretranslate(store, project_id,
                                  translate if model_path is not None or target else None,
                                  file_id=file_id, progress=_translate_progress(sys.stderr),
                                  cancel=cancel, mt_engine=target.label if target else "",
                                  chunk_size=1 if target else CHUNK_SIZE)
        except KeyboardInterrupt:
            cancel.set()
            print(f"\nStopped. The segments already translated are kept in the project "
                  f"“{project_name}”: run the same command again to resume.", file=sys.stderr)
            return 130
        finally:
            if loaded is not None:
                loaded.close()
        with store.session() as s:
            exported = export_project_file(s, file_id, output,
                                           allow_untranslated=args.allow_untranslated)
    print(f"{source.name}: {exported.segments} segment(s): {result.tm_exact} from the "
          f"translation memory, {result.mt + result.copied} machine-translated (to review), "
          f"{result.skipped_human} already translated; {result.tm_fuzzy_offered} fuzzy "
          f"match(es) offered in the project “{project_name}”.", file=sys.stderr)
    if exported.untranslated:
        print(f"{len(exported.untranslated)} segment(s) were left in the source language.",
              file=sys.stderr)
    _removed_note(result.removed_characters)
    if exported.cleaned:
        print(f"atelier: {exported.cleaned_text()}", file=sys.stderr)
    print(f"Written to {output}", file=sys.stderr)
    return 0


def cmd_tm_import(args: argparse.Namespace) -> int:
    from storage.translation.memory import import_tmx_file

    with _open(args) as store:
        r = import_tmx_file(store, args.file, args.source_lang, args.target_lang)
    print(f"{Path(args.file).name}: {r.added} unit(s) added, {r.updated} updated, "
          f"{r.unchanged} unchanged, {r.skipped} skipped (no text in one of the languages).")
    return 0


def _export_language_pair(args: argparse.Namespace, export: Any, noun: str) -> int:
    """`atelier tm export` and `atelier glossary export`: one language pair into a file."""
    with _open(args) as store, store.session() as s:
        n = export(s, args.source_lang, args.target_lang, args.file)
    print(f"Wrote {n} {noun}(s) to {args.file}")
    return 0


def cmd_tm_export(args: argparse.Namespace) -> int:
    from storage.translation.memory import export_tmx

    return _export_language_pair(args, export_tmx, "unit")


def cmd_glossary_import(args: argparse.Namespace) -> int:
    from storage.translation.glossary import import_csv

    with _open(args) as store, store.transaction() as s:
        r = import_csv(s, args.source_lang, args.target_lang, args.file)
    print(f"{Path(args.file).name}: {r.added} term(s) added, {r.updated} updated, "
          f"{r.unchanged} unchanged.")
    return 0


def cmd_glossary_export(args: argparse.Namespace) -> int:
    from storage.translation.glossary import export_csv

    return _export_language_pair(args, export_csv, "term")


# --- parser -------------------------------------------------------------------------------


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"“{text}” is not a year")
    return int(text)


def _as_of(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an ISO 8601 date") from None
    from storage.errors import ValidationError
    from storage.periods import check_datetime

    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return check_datetime(value.astimezone(UTC), "as_of")
    except (ValidationError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"“{text}” is outside the years Atelier handles (1970 to 2199)") from None


def _add_model_run_options(p: argparse.ArgumentParser, *, seed: bool = True) -> None:
    """The options every command that runs a local model takes: --seed, --threads and
    --full-precision."""
    if seed:
        p.add_argument("--seed", type=int)
    p.add_argument("--threads", type=int, help="CPU threads (default: torch's choice)")
    p.add_argument("--full-precision", action="store_true",
                   help="float32 instead of int8 on the CPU (slower, a little more faithful)")
    p.add_argument("--reference-decoding", action="store_true",
                   help="decode with transformers' generate instead of the app's own, faster "
                   "loop (the same text for greedy decoding)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="folder of the store (default: $ATELIER_DATA_DIR or the user data "
                        "folder)")
    parser = argparse.ArgumentParser(
        prog="atelier", parents=[common],
        description="Atelier: gigs, orders, deadlines and income for freelancers.",
    )
    parser.add_argument("--version", action="version", version=f"atelier {app_version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary store (migrations, "
                        "shipped data) and exit; the data folder is not touched")
    parser.set_defaults(func=cmd_window)  # no command: the window
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="fill a new store with realistic data")
    p.add_argument("--orders", type=int, default=None, metavar="N",
                   help="how many orders (default: 2000 for fr_micro and other, fewer for "
                   "ma_auto and qc_self so their turnover stays near the thresholds)")
    p.add_argument("--status", choices=("fr_micro", "ma_auto", "qc_self", "other"),
                   default="fr_micro",
                   help="the freelancer's status: France micro-entrepreneur (default), "
                   "Morocco auto-entrepreneur, Québec self-employed, other")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--as-of", type=_as_of, default=None, metavar="DATE",
                   help="the demo's 'today' (default: now)")
    p.add_argument("--replace", action="store_true",
                   help="set the existing store aside (kept as a copy) and start a new one")
    p.set_defaults(func=cmd_demo)

    report = sub.add_parser("report", parents=[common], help="income and URSSAF reports")
    rsub = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    p = rsub.add_parser("income", parents=[common], help="gross, fees and net income")
    p.add_argument("--by", required=True,
                   choices=["month", "quarter", "year", "platform", "client", "gig"])
    p.add_argument("--year", type=_year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_income)
    p = rsub.add_parser("urssaf", parents=[common],
                        help="French micro-entrepreneur declarations")
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--period", choices=["month", "quarter"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_urssaf)
    from desktop.cli_morocco import add_report_command as add_report_morocco

    add_report_morocco(rsub, common)  # report morocco

    p = sub.add_parser("deadlines", parents=[common], help="late and due-soon orders")
    p.add_argument("--hours", type=int, help="the due-soon window (default: the setting, 48)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadlines)

    export = sub.add_parser("export", parents=[common], help="export the store")
    esub = export.add_subparsers(title="formats", metavar="FORMAT", required=True)
    p = esub.add_parser("csv", parents=[common], help="one CSV file per entity into DIR")
    p.add_argument("directory", metavar="DIR")
    p.set_defaults(func=cmd_export_csv)
    p = esub.add_parser("ics", parents=[common],
                        help="due dates of open orders as an iCalendar file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--include-done", action="store_true",
                   help="also completed and cancelled orders")
    p.set_defaults(func=cmd_export_ics)

    imp = sub.add_parser("import", parents=[common], help="import into the store")
    isub = imp.add_subparsers(title="formats", metavar="FORMAT", required=True)
    p = isub.add_parser("csv", parents=[common], help="the CSV files of `atelier export csv`")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--replace", action="store_true",
                   help="replace the store's data (otherwise only a new store is accepted)")
    p.set_defaults(func=cmd_import_csv)
    from desktop.cli_imports import add_import_commands

    add_import_commands(isub, sub, common)  # import payments, rates update
    from desktop.cli_quebec import add_expense_commands
    from desktop.cli_quebec import add_report_command as add_report_qc

    add_report_qc(rsub, common)  # report quebec
    add_expense_commands(sub, common)  # expenses add|list
    from desktop.cli_books import add_books_commands

    add_books_commands(sub, common)  # books receipts
    from desktop.cli_invoices import add_invoice_commands

    add_invoice_commands(sub, common)  # quote …, invoice …
    from desktop.cli_inbox import add_inbox_commands

    add_inbox_commands(sub, common)  # inbox add|list|show|sent|won|lost|reopen
    from desktop.cli_proposal import add_propose_command

    add_propose_command(sub, common)  # inbox propose
    from desktop.cli_plan import add_plan_command

    add_plan_command(sub, common)  # plan ORDER_ID
    from desktop.cli_match import add_match_command

    add_match_command(sub, common)  # match (TEXT | --file FILE | -)
    from desktop.cli_engine import add_engine_option  # --engine NAME on the model commands
    from desktop.cli_engines import add_engines_commands

    add_engines_commands(sub, common)  # engines add|list|test|remove
    models = sub.add_parser("models", parents=[common], help="local AI models")
    msub = models.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = msub.add_parser("list", parents=[common], help="installed and recommended models")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_models_list)
    p = msub.add_parser("import", parents=[common],
                        help="check a local model folder (safetensors) and install a copy")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--name", help="the installed model's name (default: the folder's name)")
    p.set_defaults(func=cmd_models_import)
    p = msub.add_parser("remove", parents=[common], help="delete an installed model")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_models_remove)
    p = msub.add_parser("pull", parents=[common],
                        help="download a model from Hugging Face (resumes an interrupted one)")
    p.add_argument("repo_id", metavar="REPO_ID", help="owner/name, e.g. Qwen/Qwen2.5-0.5B-Instruct")
    p.add_argument("--revision", metavar="REV",
                   help="branch, tag or commit (default: the catalogue's pin, else main)")
    p.add_argument("--name", help="the installed model's name (default: the repo's name)")
    p.add_argument("--yes", action="store_true",
                   help="download a non-commercial model without asking")
    p.add_argument("--endpoint", help=argparse.SUPPRESS)  # tests; otherwise $HF_ENDPOINT
    p.set_defaults(func=cmd_models_pull)
    p = msub.add_parser("token", parents=[common],
                        help="the Hugging Face access token, kept in the system keyring")
    p.add_argument("action", choices=["set", "clear", "status"])
    p.set_defaults(func=cmd_models_token)

    p = sub.add_parser("generate", parents=[common],
                       help="stream a local model's answer to a prompt")
    p.add_argument("prompt")
    p.add_argument("--model", required=True, metavar="NAME", help="an installed model")
    p.add_argument("--max-new-tokens", type=int, default=256, metavar="N")
    p.add_argument("--temperature", type=float, default=0.7)
    _add_model_run_options(p)
    add_engine_option(p, "draft")
    p.set_defaults(func=cmd_generate)

    templates = sub.add_parser("templates", parents=[common], help="writing templates")
    tsub = templates.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = tsub.add_parser("list", parents=[common],
                        help="templates by id, with their titles and variables")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["en", "fr"],
                   help="language of the titles (default: from LANG)")
    p.set_defaults(func=cmd_templates_list)

    p = sub.add_parser("draft", parents=[common],
                       help="write a draft from a template with a local model")
    p.add_argument("--template", required=True, metavar="ID",
                   help="a template id (atelier templates list)")
    p.add_argument("--order", type=int, metavar="ID",
                   help="fill the variables from this order and keep the draft as its version")
    p.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                   help="set a variable (repeatable), e.g. --var tone=formal")
    p.add_argument("--model", required=True, metavar="NAME", help="an installed chat model")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the file to write: .txt, .md or .docx")
    p.add_argument("--lang", choices=["en", "fr"],
                   help="the template's language (default: from LANG)")
    p.add_argument("--max-tokens", type=int, default=1024, metavar="N")
    p.add_argument("--temperature", type=float, default=0.7)
    _add_model_run_options(p)
    p.add_argument("--provenance", action="store_true",
                   help="end the file with the “AI-assisted: …” line")
    add_engine_option(p, "draft")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("rewrite", parents=[common],
                       help="rewrite a text with a local model (shorter, translated…)")
    p.add_argument("file", metavar="FILE", help="the text to rewrite (UTF-8), or - for stdin")
    p.add_argument("--kind", required=True,
                   metavar="shorter|longer|formal|friendly|grammar|translate",
                   help="how to rewrite it")
    p.add_argument("--to", metavar="LANG",
                   help="with --kind translate: the language to translate into (fr, en…)")
    p.add_argument("--model", required=True, metavar="NAME", help="an installed chat model")
    p.add_argument("--lang", choices=["en", "fr"],
                   help="the language the model is asked in (default: from LANG)")
    p.add_argument("--max-tokens", type=int, metavar="N",
                   help="at most N tokens (default: from the text's length)")
    _add_model_run_options(p)
    add_engine_option(p, "rewrite")
    p.set_defaults(func=cmd_rewrite)

    p = sub.add_parser("brainstorm", parents=[common],
                       help="design directions for a brief with a local model, as .md or .pdf")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--brief", metavar="FILE", help="a text file holding the brief")
    source.add_argument("--order", type=int, metavar="ID",
                        help="use this order's brief; keep the board with the order and "
                        "attach the file to it")
    p.add_argument("-n", type=int, default=6, metavar="N", help="how many ideas (1–12)")
    p.add_argument("--model", required=True, metavar="NAME", help="an installed chat model")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="board.md (Markdown with the palettes) or board.pdf (a page per card)")
    p.add_argument("--audience", help="who the design is for")
    p.add_argument("--style", metavar="KEYWORDS", help="style keywords, e.g. “retro, warm”")
    p.add_argument("--constraints", help="colours to use or avoid, formats…")
    p.add_argument("--temperature", type=float, default=0.9)
    p.add_argument("--max-tokens", type=int, metavar="N",
                   help="longest answer per request (default: 260 per idea)")
    _add_model_run_options(p)
    add_engine_option(p, "brainstorm")
    p.set_defaults(func=cmd_brainstorm)

    p = sub.add_parser("backup", parents=[common],
                       help="back up the store (safe while the app is open)")
    p.add_argument("--to", metavar="FILE",
                   help="write the backup to FILE (or into that folder) instead of the "
                   "backups folder; never over an existing file")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="replace the store with a backup (close the app first; the current "
                       "store is kept as a backup)")
    p.add_argument("file", metavar="FILE", help="a backup, e.g. from the backups folder")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("translate", parents=[common],
                       help="pre-translate a document (translation memory, then a local model) "
                       "and write it in the same format")
    p.add_argument("file", metavar="FILE",
                   help=".docx, .txt, .md, .srt, .po/.pot, .xlf/.xliff or .html")
    p.add_argument("--from", dest="source_lang", required=True, metavar="LANG",
                   help="the document's language, e.g. fr")
    p.add_argument("--to", dest="target_lang", required=True, metavar="LANG",
                   help="the translation's language, e.g. en")
    p.add_argument("--model", metavar="NAME",
                   help="an installed translation model (without it: translation memory only)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the translated file, with the input's extension")
    p.add_argument("--project", metavar="NAME",
                   help="the translation project to keep the work in (default: from the "
                   "file's name; reused when it exists)")
    p.add_argument("--allow-untranslated", action="store_true",
                   help="write the file even if segments are left untranslated (they stay in "
                   "the source language)")
    p.add_argument("--tm", metavar="FILE.tmx",
                   help="import this translation memory (TMX) first")
    p.add_argument("--glossary", metavar="FILE.csv", help="import this glossary (CSV) first")
    _add_model_run_options(p, seed=False)
    add_engine_option(p, "translate")
    p.set_defaults(func=cmd_translate)

    tm = sub.add_parser("tm", parents=[common], help="the translation memory (TMX 1.4)")
    tmsub = tm.add_subparsers(title="actions", metavar="ACTION", required=True)
    gl = sub.add_parser("glossary", parents=[common], help="the glossary (CSV)")
    glsub = gl.add_subparsers(title="actions", metavar="ACTION", required=True)
    for parent, kind, ext, importer, exporter in (
            (tmsub, "translation memory", "FILE.tmx", cmd_tm_import, cmd_tm_export),
            (glsub, "glossary", "FILE.csv", cmd_glossary_import, cmd_glossary_export)):
        for action, fn, verb in (("import", importer, "import into"),
                                 ("export", exporter, "export")):
            p = parent.add_parser(action, parents=[common],
                                  help=f"{verb} the {kind} of a language pair")
            p.add_argument("file", metavar=ext)
            p.add_argument("--from", dest="source_lang", required=True, metavar="LANG")
            p.add_argument("--to", dest="target_lang", required=True, metavar="LANG")
            p.set_defaults(func=fn)

    from desktop.cli_objects import add_object_commands

    add_object_commands(sub, common)  # gigs, clients, orders, payments
    return parser


# Another writer kept the store's lock: nothing was written, trying again is safe (EX_TEMPFAIL).
EXIT_BUSY = 75


def _run_command(args: argparse.Namespace) -> int:
    """The command; a full disk or a read-only folder becomes a WriteProblem (a sentence)."""
    from storage.files import WriteProblem, write_problem

    try:
        return int(args.func(args))
    except Exception as exc:
        problem = write_problem(exc, paths.data_dir(args.data_dir))
        if problem is None:
            raise
        raise WriteProblem(*problem) from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "self_test", False):  # before logging: no data folder is made
        from desktop.selftest import run_self_test

        return run_self_test()
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    from desktop.logs import setup_logging, stop_logging
    from storage.files import private_umask

    previous_umask = private_umask()  # what Atelier writes is the user's alone (0600/0700)
    log_handler = setup_logging(paths.data_dir(args.data_dir))
    try:
        return int(_run_command(args))
    except StoreBusy as exc:
        print(f"atelier: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except (AtelierError, AssistantError) as exc:
        print(f"atelier: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `atelier report … | head`
        return 0
    except Exception as exc:
        from storage.db import is_busy

        if not is_busy(exc):
            raise
        print(f"atelier: {StoreBusy()}", file=sys.stderr)
        return EXIT_BUSY
    finally:
        if getattr(args, "model_thread", None) is not None:
            args.model_thread.close()
        stop_logging(log_handler)
        os.umask(previous_umask)

"""`atelier quote …` and `atelier invoice …`: quotes, invoices and credit notes from the
command line, as the Invoices page makes them.

    atelier quote create --order ID        a draft quote (prints its id)
    atelier quote accept ID                the client accepted: a draft invoice (prints its id)
    atelier invoice create --order ID      a draft invoice (prints its id); --deposit AMOUNT
                                           for a deposit invoice
    atelier invoice issue ID               the next number of the year; exits 2 naming the
                                           mentions missing
    atelier invoice credit ID [--issue]    a credit note cancelling an issued invoice
    atelier invoice list [--json]          every quote, invoice and credit note
    atelier invoice check                  gaps and duplicates in the series, drafts missing a
                                           mention (exits 1 when there is any)
    atelier invoice record --order ID --number N [--file F]   a platform's own invoice
    atelier invoice pay ID --payment PID [--amount A]         a payment settling an invoice
    atelier invoice pdf ID -o FILE.pdf     (the PDF/A-3 with its Factur-X XML: see below)

The workflows are storage.invoicing's; here only the arguments and the printing. `--date`
gives the day (default: today in the store's time zone).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop import cli

EXIT_MISSING = 2  # an issue that cannot happen
EXIT_PROBLEMS = 1  # `invoice check` found a gap, a duplicate or a draft missing a mention

KIND_WORDS = {"quote": "quote", "invoice": "invoice", "deposit": "deposit invoice",
              "credit_note": "credit note"}


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return EXIT_MISSING


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date: write it as 2026-06-15.") from None


def _today(s: Any, given: date | None) -> date:
    if given is not None:
        return given
    from storage import settings

    return datetime.now(settings.local_zone(s)).date()


def cmd_create(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs

    with cli._open(args) as store, store.transaction() as s:
        today = _today(s, args.date)
        if getattr(args, "deposit", None):
            from storage.money import parse_amount
            from storage.tables import Order

            order = s.get(Order, args.order)
            if order is None:
                return _fail(f"there is no order #{args.order}.")
            amount = parse_amount(args.deposit, order.currency, "deposit", cli._lang())
            doc = docs.create_deposit(s, args.order, amount, today)
        else:
            doc = docs.create_draft(s, args.kind, today=today, order_id=args.order)
        print(doc.id)
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs
    from storage.invoicing import settlement

    with cli._open(args) as store:
        with store.session() as s:
            today = _today(s, args.date)
        try:
            doc = docs.issue(store, args.id, today)
        except docs.MissingMentions as exc:
            print(f"atelier: document #{args.id} cannot be issued; it lacks:", file=sys.stderr)
            for name in exc.missing:
                print(f"  - {name}", file=sys.stderr)
            return EXIT_MISSING
        with store.session() as s:
            total = docs.to_data(s, doc.id).total_minor
            linked = [p.id for p, _ in settlement.links(s, doc.id)]
            state = settlement.settlement(s, doc.id, today)
    due = f", due {doc.due_date.isoformat()}" if doc.due_date else ""
    print(f"Issued {KIND_WORDS[doc.kind]} {doc.number} (#{doc.id}): total "
          f"{cli._money(total, doc.currency)}{due}.")
    if linked:  # issuing links the payments already recorded for the order
        print(f"Linked the order's payment{'s' if len(linked) > 1 else ''} "
              + ", ".join(f"#{i}" for i in linked)
              + f": {cli._money(state.paid_minor, state.currency)} of "
              f"{cli._money(state.total_minor, state.currency)} paid, "
              f"{cli._money(state.remaining_minor, state.currency)} left.")
    return 0


def cmd_credit(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs

    with cli._open(args) as store:
        with store.transaction() as s:
            today = _today(s, args.date)
            note_id = docs.credit_note(s, args.id, today).id
        if not args.issue:
            print(note_id)
            return 0
        try:
            note = docs.issue(store, note_id, today)
        except docs.MissingMentions as exc:
            print(f"atelier: credit note #{note_id} (a draft) cannot be issued; it lacks:",
                  file=sys.stderr)
            for name in exc.missing:
                print(f"  - {name}", file=sys.stderr)
            return EXIT_MISSING
    print(f"Issued credit note {note.number} (#{note.id}) cancelling document #{args.id}.")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs

    with cli._open(args) as store, store.transaction() as s:
        invoice = docs.accept_quote(s, args.id, _today(s, args.date))
        print(invoice.id)
    return 0


def _records(s: Any, today: date) -> list[dict[str, Any]]:
    from storage.invoicing import documents as docs
    from storage.invoicing.settlement import settlement
    from storage.tables import Client

    out = []
    for doc in docs.list_documents(s):
        data = docs.to_data(s, doc.id)
        paid = ""
        if doc.kind in ("invoice", "deposit") and doc.state == "issued" and not doc.external:
            paid = settlement(s, doc.id, today).state
        client = s.get(Client, doc.client_id)
        out.append({
            "id": doc.id, "kind": doc.kind, "number": doc.number or "", "state": doc.state,
            "issue_date": doc.issue_date.isoformat() if doc.issue_date else "",
            "due_date": doc.due_date.isoformat() if doc.due_date else "",
            "client": client.name if client else "", "order_id": doc.order_id,
            "currency": doc.currency, "total_minor": data.total_minor, "payment": paid,
            "external": doc.external})
    return out


def cmd_list(args: argparse.Namespace) -> int:
    with cli._open(args) as store, store.session() as s:
        records = _records(s, _today(s, args.date))
    if args.json:
        cli._print_json(records)
        return 0
    if not records:
        print("No quotes or invoices yet: atelier invoice create --order ID makes one.")
        return 0
    rows = [[str(r["id"]), KIND_WORDS[r["kind"]], r["number"] or "(draft)", r["state"],
             r["issue_date"], r["client"], cli._money(r["total_minor"], r["currency"]),
             r["payment"]] for r in records]
    print(cli._table(["id", "kind", "number", "state", "date", "client", "total", "payment"],
                     rows))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs

    with cli._open(args) as store, store.session() as s:
        problems = docs.series_check(s)
        drafts = docs.drafts_missing_mentions(s, _today(s, args.date))
        for problem in problems:
            print(f"{'Quotes' if problem.series == 'quote' else 'Invoices'} {problem.text}")
        for doc, missing in drafts:
            print(f"Draft {KIND_WORDS[doc.kind]} #{doc.id} lacks: "
                  + "; ".join(str(m) for m in missing) + ".")
    if not problems and not drafts:
        print("No gap or duplicate in the series; every draft carries its mentions.")
        return 0
    return EXIT_PROBLEMS


def cmd_record(args: argparse.Namespace) -> int:
    from storage import paths
    from storage.invoicing import documents as docs

    source = Path(args.file).expanduser() if args.file else None
    with cli._open(args) as store, store.transaction() as s:
        doc = docs.record_platform_document(
            s, args.order, args.number, source, paths.data_dir(args.data_dir),
            _today(s, args.date))
        print(f"Recorded the platform's invoice {doc.number} for order #{args.order} "
              f"(#{doc.id}).")
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    from storage.invoicing import documents as docs
    from storage.invoicing.settlement import (
        change_link,
        link_payment,
        links,
        settlement,
        unlink_payment,
    )

    with cli._open(args) as store, store.transaction() as s:
        amount = None
        if args.amount:
            from storage.money import parse_amount

            amount = parse_amount(args.amount, docs.get(s, args.id).currency, "amount",
                                  cli._lang())
        linked = any(p.id == args.payment for p, _ in links(s, args.id))
        if args.unlink:
            unlink_payment(s, args.id, args.payment)
            done = "unlinked"
        elif linked and amount is not None:  # correct the part counted for this invoice
            change_link(s, args.id, args.payment, amount)
            done = f"now counts {cli._money(amount, docs.get(s, args.id).currency)}"
        else:
            link_payment(s, args.id, args.payment, amount)
            done = "linked"
        state = settlement(s, args.id, _today(s, args.date))
        print(f"Payment #{args.payment} {done}: {cli._money(state.paid_minor, state.currency)}"
              f" of {cli._money(state.total_minor, state.currency)} paid ({state.state}).")
    return 0


# --- atelier invoice pdf ID -o FILE.pdf (written by the inv-xml helper) ----------------------
# add_pdf_command(isub, common) below registers it; keep its code between these two lines.


def add_pdf_command(isub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier invoice pdf ID -o FILE.pdf` (desktop/cli_invoice_pdf.py)."""
    from desktop.cli_invoice_pdf import add_invoice_pdf_command

    add_invoice_pdf_command(isub, common)


# --- end of atelier invoice pdf -----------------------------------------------------------------


def add_invoice_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier quote …` and `atelier invoice …`."""
    dated = argparse.ArgumentParser(add_help=False)
    dated.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                       help="the day (default: today in the store's time zone)")
    parents = [common, dated]

    quote = sub.add_parser("quote", parents=[common], help="quotes (devis)")
    qsub = quote.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = qsub.add_parser("create", parents=parents, help="a draft quote for an order")
    p.add_argument("--order", type=int, required=True, metavar="ID")
    p.set_defaults(func=cmd_create, kind="quote")
    p = qsub.add_parser("accept", parents=parents,
                        help="the client accepted an issued quote: a draft invoice")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_accept)

    invoice = sub.add_parser("invoice", parents=[common],
                             help="invoices, deposit invoices and credit notes")
    isub = invoice.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = isub.add_parser("create", parents=parents, help="a draft invoice for an order")
    p.add_argument("--order", type=int, required=True, metavar="ID")
    p.add_argument("--deposit", metavar="AMOUNT", help="a deposit invoice of this amount")
    p.set_defaults(func=cmd_create, kind="invoice")
    p = isub.add_parser("issue", parents=parents,
                        help="give a draft (invoice, quote, credit note) its number")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_issue)
    p = isub.add_parser("credit", parents=parents,
                        help="a credit note cancelling an issued invoice")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--issue", action="store_true", help="issue the credit note at once")
    p.set_defaults(func=cmd_credit)
    p = isub.add_parser("list", parents=parents, help="quotes, invoices and credit notes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = isub.add_parser("check", parents=parents,
                        help="gaps and duplicates in the series, drafts missing a mention")
    p.set_defaults(func=cmd_check)
    p = isub.add_parser("record", parents=parents,
                        help="the invoice a platform (Malt, ComeUp, Fiverr, Upwork) issued")
    p.add_argument("--order", type=int, required=True, metavar="ID")
    p.add_argument("--number", required=True, help="the platform's invoice number")
    p.add_argument("--file", metavar="FILE", help="its PDF (a copy is kept in the data folder)")
    p.set_defaults(func=cmd_record)
    p = isub.add_parser("pay", parents=parents, help="link a payment to an issued invoice")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--payment", type=int, required=True, metavar="PID")
    p.add_argument("--amount", help="the part of the payment (default: what is left); for "
                                    "a payment already linked, corrects the part counted")
    p.add_argument("--unlink", action="store_true", help="remove the payment's link")
    p.set_defaults(func=cmd_pay)
    add_pdf_command(isub, common)

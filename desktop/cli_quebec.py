"""`atelier report quebec` and `atelier expenses add|list`: the Québec self-employed helper
(storage/quebec.py) from the command line — the small-supplier meter, GST/QST per filing
period, instalment reminders and the T2125 / TP-80 year summary, accrual beside cash.
Figures in JSON are minor units (CAD cents); each warning carries its rule and source.
Headless: no Qt here."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop import cli


def _cad(minor: int) -> str:
    return cli._money(minor, "CAD")


def cmd_report_quebec(args: argparse.Namespace) -> int:
    from storage.quebec import quebec_report

    report = cli._read_report(args, lambda s: quebec_report(s, args.year))
    if report is None:
        return 0
    sup = report.small_supplier
    print(f"Québec self-employed, {report.year} (CAD)")
    print()
    print(f"Small supplier: supplies per calendar quarter, against {_cad(sup.limit_minor)}")
    rows = [[q.key, _cad(q.amount_minor), _cad(q.four_quarters_minor)] for q in sup.quarters]
    print(cli._table(["Quarter", "Supplies", "Last four quarters"], rows))
    if sup.mandatory_from:
        print(f"Registration mandatory from {sup.mandatory_from.isoformat()} "
              f"(crossed in {sup.crossed_quarter}, "
              f"{'in one quarter' if sup.crossed_by == 'quarter' else 'over four quarters'})")
    if report.periods:
        method = "quick method" if report.options["qc_quick_method"] else "regular method"
        print()
        print(f"GST/QST by {report.options['qc_filing']} ({method})")
        rows = [[p.key, _cad(p.taxable_minor), _cad(p.zero_rated_minor), _cad(p.gst_minor),
                 _cad(p.qst_minor), _cad(p.remit_gst_minor + p.remit_qst_minor),
                 p.deadline.isoformat()] for p in report.periods]
        print(cli._table(["Period", "Taxable", "Zero-rated", "GST", "QST", "To remit",
                          "Deadline"], rows))
    inst = report.instalments
    if inst.required:
        print()
        print(f"Instalments (estimate {_cad(inst.estimate_minor)}): " + ", ".join(
            f"{d.isoformat()} {_cad(a)}" for d, a in zip(inst.dates, inst.amounts_minor,
                                                         strict=True)))
    from storage.quebec import CATEGORIES, CATEGORY_NAMES, PLATFORM_FEES_LINE

    summary = report.summary
    print()
    print("Business income (T2125 / TP-80)")
    lines = [["Gross income (8299)", summary.accrual.gross_minor, summary.cash.gross_minor],
             [f"Platform fees ({PLATFORM_FEES_LINE})", summary.accrual.platform_fees_minor,
              summary.cash.platform_fees_minor]]
    for cat, line in CATEGORIES.items():
        a, c = summary.accrual.expenses_minor[cat], summary.cash.expenses_minor[cat]
        if a or c:
            lines.append([f"{CATEGORY_NAMES[cat]} ({line})", a, c])
    lines.append(["Net income (9946)", summary.accrual.net_minor, summary.cash.net_minor])
    print(cli._table(["Line", "Accrual", "Cash"],
                     [[name, _cad(a), _cad(c)] for name, a, c in lines]))
    for w in report.warnings:
        print(f"! {w.message}")
        if w.rule or w.source:
            print(f"  ({'; '.join(x for x in (w.rule, w.source) if x)})")
    return 0


def cmd_expenses_add(args: argparse.Namespace) -> int:
    from storage.quebec import add_expense

    with cli._open(args) as store, store.transaction() as s:
        row = add_expense(s, spent_on=args.date, amount=args.amount, currency=args.currency,
                          category=args.category, description=args.description,
                          lang=cli._lang())
        data = _expense_json(row)
    if args.json:
        cli._print_json(data)
    else:
        print(f"Expense #{data['id']} added: {data['spent_on']} {args.category} "
              f"{cli._money(data['amount_minor'], data['currency'])}")
    return 0


def _expense_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "spent_on": row.spent_on.isoformat(),
            "amount_minor": row.amount_minor, "currency": row.currency,
            "category": row.category, "description": row.description}


def cmd_expenses_list(args: argparse.Namespace) -> int:
    from storage.quebec import list_expenses

    with cli._open(args) as store, store.session() as s:
        data = [_expense_json(r) for r in list_expenses(s, args.year)]
    if args.json:
        cli._print_json(data)
        return 0
    print(cli._table(["Date", "Category", "Amount", "Description"],
                     [[e["spent_on"], e["category"],
                       cli._money(e["amount_minor"], e["currency"]), e["description"]]
                      for e in data]))
    return 0


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date: write it as 2026-03-31") \
            from None


def add_report_command(rsub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier report quebec`."""
    p = rsub.add_parser("quebec", parents=[common],
                        help="Québec self-employed: small supplier, GST/QST, instalments, "
                        "T2125 / TP-80 summary")
    p.add_argument("--year", type=cli._year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_quebec)


def add_expense_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier expenses add|list`."""
    exp = sub.add_parser("expenses", parents=[common],
                         help="business expenses (deducted in the Québec year summary)")
    esub = exp.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = esub.add_parser("add", parents=[common], help="add an expense")
    p.add_argument("--date", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--amount", required=True)
    p.add_argument("--currency", default="CAD")
    p.add_argument("--category", required=True,
                   help="advertising, office, supplies, software, phone_internet, "
                   "professional_fees, travel, home_office or other (a T2125 line)")
    p.add_argument("--description", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_expenses_add)
    p = esub.add_parser("list", parents=[common], help="list the expenses")
    p.add_argument("--year", type=cli._year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_expenses_list)

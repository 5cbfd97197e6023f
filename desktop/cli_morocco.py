"""`atelier report morocco`: the Moroccan auto-entrepreneur's DGI declarations, tax, AMO and
meters (storage/morocco.py), from the command line. Headless: no Qt here."""

from __future__ import annotations

import argparse
from typing import Any

from desktop import cli


def cmd_report_morocco(args: argparse.Namespace) -> int:
    from storage.morocco import morocco_report

    report = cli._read_report(args, lambda s: morocco_report(s, args.year, args.period))
    if report is None:
        return 0

    def mad(minor: int) -> str:
        return cli._money(minor, "MAD")

    rows = [[p.key, mad(p.turnover_minor), mad(p.tax_minor), p.deadline.isoformat(),
             "yes" if p.done else ""] for p in report.periods]
    rows.append(["Total", mad(report.turnover_minor), mad(report.tax_minor), "", ""])
    rate = f"{report.rate_bp / 100:g} %"
    print(f"DGI declarations {report.year}, by {report.period} "
          f"(auto-entrepreneur, {report.activity}: {rate} of the turnover received)")
    print(cli._table(["Period", "Turnover", "Tax", "Deadline", "Declared"], rows))
    print(f"AMO: band {report.amo_band}, {mad(report.amo_quarter_minor)} per quarter "
          f"({mad(report.amo_year_minor)} for the year)")
    for share in report.clients:
        if share.excess_minor:
            print(f"{share.client}: {mad(share.excess_minor)} over the single-client limit, "
                  f"{mad(share.withheld_minor)} withheld by the client")
    for m in report.warnings:
        print(f"! {m.message}")
        print(f"  ({m.rule}; {m.source})")
    return 0


def add_report_command(rsub: Any, common: argparse.ArgumentParser) -> None:
    """`report morocco` under `atelier report`."""
    p = rsub.add_parser("morocco", parents=[common],
                        help="Moroccan auto-entrepreneur declarations (DGI, AMO)")
    p.add_argument("--year", type=cli._year, required=True)
    p.add_argument("--period", choices=["month", "quarter"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_morocco)

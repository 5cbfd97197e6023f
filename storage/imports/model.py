"""What a payment export says, once read: the types every part of the importer shares.

The flow (issue 15), each step in its own module:

1. ``reading``: a file's bytes → a `Table` (encoding, delimiter, header row found; records
   streamed, never the whole file in memory) and its `Conventions` (decimal mark, date order),
   decided from the whole file.
2. ``profiles``: a `Profile` recognises a table from its header (`Profile.score`) and turns
   each record into a `SourceRow` (`Profile.rows`): what happened, in the export's own terms
   made plain (gross, fee and net apart, signs as the account saw them, the export's id).
3. ``ledger``: the rows of one or more files → an `ImportPlan` (rows to add, duplicates,
   transfers between the person's own accounts, rows needing attention, totals per currency),
   computed against the store without writing; `apply_plan` writes it in one transaction.

Amounts are integers in the currency's minor unit (cents), as everywhere in Atelier.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol


class RowKind(enum.StrEnum):
    """What a row is, whatever the export calls it."""

    INCOME = "income"  # money from a client: a payment, a sale, a Stripe charge, an earning
    REFUND = "refund"  # money given back to a client (negative gross)
    CHARGEBACK = "chargeback"  # money taken back by the payer's bank (negative gross)
    FEE = "fee"  # a fee on a row of its own (Wise, Upwork service fee, Stripe fee rows)
    TRANSFER_OUT = "transfer_out"  # to another of the person's accounts (withdrawal to a bank)
    TRANSFER_IN = "transfer_in"  # from another of the person's accounts (a payout arriving)
    CONVERSION = "conversion"  # one leg of a currency conversion (paired by related_id)
    EXPENSE = "expense"  # money the person spent: not income, never imported as such
    HOLD = "hold"  # a hold or its release: moves nothing for good
    OTHER = "other"  # not understood: needs the person's attention


class RowStatus(enum.StrEnum):
    COMPLETED = "completed"
    PENDING = "pending"  # not counted until it completes
    DENIED = "denied"  # never happened: not counted


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One transaction of an export.

    ``fee_minor`` is what the platform kept, positive for an ordinary fee (PayPal writes
    ``-4.25``: that is ``fee_minor=425``); ``net_minor == gross_minor - fee_minor`` always.
    A refund has a negative gross. ``source_id`` is the export's own transaction id when it
    has one (PayPal ``Transaction ID``, Stripe ``balance_transaction_id``…), else None and
    the ledger hashes the row's normalised fields. ``account`` names which account of that
    source the file is about, when the file says so (an e-mail, an IBAN's last digits), for
    transfer chains; "" when unknown.
    """

    line: int  # 1-based line of the file where the record starts (header = its own line)
    source: str  # "paypal", "wise", "payoneer", "stripe", "upwork", "bank", or a custom name
    occurred_at: datetime  # aware (UTC), when the money moved
    kind: RowKind
    currency: str  # ISO 4217, upper case
    gross_minor: int
    fee_minor: int = 0
    net_minor: int = 0
    status: RowStatus = RowStatus.COMPLETED
    source_id: str | None = None
    account: str = ""
    available_at: datetime | None = None  # when the money clears (Stripe available_on)
    counterparty: str = ""  # the payer's (or payee's) name
    counterparty_email: str = ""
    reference: str = ""  # invoice number, order reference, contract id
    memo: str = ""  # the export's description / subject / note
    related_id: str | None = None  # the conversion's other leg, the refunded payment
    rate: Decimal | None = None  # a rate the export applied (units of `rate_to` per unit)
    rate_to: str = ""  # the currency `rate` converts into
    hours: Decimal | None = None  # hours worked (Upwork weekly summary)
    contract: str = ""  # the contract the hours or money belong to (Upwork)


@dataclass(frozen=True, slots=True)
class Conventions:
    """How the file writes numbers and dates, decided from the whole file."""

    decimal: str = "."  # "." (1,234.56) or "," (1.234,56 or 1 234,56)
    date_order: str = "YMD"  # "DMY", "MDY" or "YMD"
    ambiguous_dates: bool = False  # every date could be read both ways: ask the person


@dataclass
class Table:
    """A CSV file read: ``header`` (cells stripped), then ``records()`` streams
    ``(line, cells)`` again from the start each time it is called (two passes are how the
    conventions are decided without holding the file)."""

    file_name: str
    encoding: str
    delimiter: str
    header: list[str]
    header_line: int
    records: object  # Callable[[], Iterator[tuple[int, list[str]]]], set by reading
    conventions: Conventions = field(default_factory=Conventions)
    header_generated: bool = False  # the file has no header: "Column 1", "Column 2"… (a bank)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        return self.records()  # type: ignore[operator]


class Profile(Protocol):
    """A known export format."""

    name: str  # stable, used on the command line: "paypal-activity", "stripe-balance"…
    source: str  # the SourceRow.source its rows carry

    def score(self, header: Sequence[str]) -> float:
        """0 when the header is not this format's; up to 1 when it surely is."""
        ...

    def rows(self, table: Table) -> Iterator[SourceRow]:
        """The table's records as rows; a record this format cannot hold raises
        storage.imports.model.ImportProblem naming the line and the column."""
        ...


class ImportProblem(ValueError):
    """A file (or one of its records) cannot be imported; ``str()`` is the English sentence.
    ``template``/``values`` as storage.phrases.Phrase, so the app words it in French too."""

    def __init__(self, file: str, template: str, line: int | None = None,
                 column: str | None = None, **values: object) -> None:
        from storage.phrases import Phrase

        self.file, self.line, self.column = file, line, column
        self.phrase = Phrase(template, **values)
        where = f"{file}, line {line}" if line is not None else file
        if column:
            where += f", column “{column}”"
        super().__init__(f"{where}: {self.phrase}")


class Outcome(enum.StrEnum):
    """What the import does with a row."""

    ADD = "add"  # becomes a payment (income, refund, chargeback, a fee of its own)
    DUPLICATE = "duplicate"  # already imported (same identity), or deleted since: nothing
    TRANSFER = "transfer"  # between the person's accounts: linked, never counted as income
    ATTENTION = "attention"  # a likely duplicate, a missing rate, a row not understood:
    #                          waits for the person's decision, not written
    SKIP = "skip"  # not income and not the person's business here (expense, hold, denied)


@dataclass(frozen=True, slots=True)
class Totals:
    gross_minor: int = 0
    fee_minor: int = 0
    net_minor: int = 0


@dataclass(slots=True)
class PlannedRow:
    row: SourceRow
    identity: str  # stable: "<source>:<source_id>" or "<source>:h:<hash>#<occurrence>"
    outcome: Outcome
    reason: str = ""  # why (a Phrase for ATTENTION/DUPLICATE/SKIP/TRANSFER), shown in the preview
    client_id: int | None = None  # the matched client (suggested)
    order_id: int | None = None  # the matched order (suggested, confirmed by the person)
    new_client: str = ""  # a payer who can become a client in one click
    rate: Decimal | None = None  # home-currency units per unit of the row's currency
    rate_source: str = ""  # "export", "ecb 2024-03-05", "entered", "same currency"
    linked_identity: str = ""  # a transfer's income row, a conversion's other leg
    same_as: int | None = None  # ATTENTION: the hand-entered payment this row looks like


@dataclass(slots=True)
class FilePlan:
    file: str  # the file's name as given
    profile: str  # the profile's name
    rows: list[PlannedRow]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    def totals(self) -> dict[str, Totals]:
        """Gross, fees and net per currency of the rows to add."""
        out: dict[str, list[int]] = {}
        for r in self.rows:
            if r.outcome == Outcome.ADD:
                t = out.setdefault(r.row.currency, [0, 0, 0])
                t[0] += r.row.gross_minor
                t[1] += r.row.fee_minor
                t[2] += r.row.net_minor
        return {c: Totals(*v) for c, v in sorted(out.items())}


@dataclass(slots=True)
class ImportPlan:
    files: list[FilePlan]

    def as_json(self) -> dict[str, object]:
        """The shape `atelier import payments --json` prints (issue 15; keep the keys)."""
        return {"files": [{
            "file": f.file, "profile": f.profile, "rows": len(f.rows),
            "added": f.count(Outcome.ADD), "duplicates": f.count(Outcome.DUPLICATE),
            "transfers": f.count(Outcome.TRANSFER),
            "needs_attention": f.count(Outcome.ATTENTION),
            "totals": {c: {"gross_minor": t.gross_minor, "fee_minor": t.fee_minor,
                           "net_minor": t.net_minor} for c, t in f.totals().items()},
        } for f in self.files]}

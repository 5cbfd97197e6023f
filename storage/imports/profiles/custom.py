"""Profiles the person makes: which column of an unknown CSV is the date, the amount, the fee…

A custom profile is built from a small JSON spec (the mapping dialog writes it; the person may
export it and import it on another machine)::

    {"name": "My bank", "columns": {"date": "Date opération", "amount": "Montant"},
     "decimal": ",", "date_order": "DMY", "currency": "EUR"}

``columns`` maps a role (`ROLES`) to a header cell, or to a 0-based column number for a file
without a header. Either ``amount`` (one signed amount, no fee) or at least one of
``gross``/``net`` (with ``fee``) is mapped; ``currency`` is a column or, at the top level, a
fixed code. Saved specs live in ``<data dir>/import-profiles/<slug>.json`` (private files).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from storage.imports.model import ImportProblem, RowKind, SourceRow, Table
from storage.money import CURRENCY_EXPONENTS

#: The roles a column can have, in the order the mapping dialog shows them.
ROLES = ("date", "amount", "gross", "fee", "net", "currency", "payer", "reference", "memo", "id")
DECIMALS = (".", ",")
DATE_ORDERS = ("DMY", "MDY", "YMD")
FOLDER = "import-profiles"
MAX_SPEC_BYTES = 64 * 1024

Column = str | int
NOT_A_MAPPING = "This is not a column mapping saved by Atelier."


def _key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def slug(name: str) -> str:
    """A file name (and source name) for a profile's name: ascii, lower case, dashes."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or "mapping"


@dataclass(frozen=True)
class CustomProfile:
    """A `storage.imports.model.Profile` built from a spec (see the module's doc)."""

    name: str
    columns: dict[str, Column] = field(default_factory=dict)
    decimal: str = "."
    date_order: str = "DMY"
    currency: str = ""  # the fixed currency when no column says it

    @property
    def source(self) -> str:
        return "custom-" + slug(self.name)

    # --- the spec ----------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What keeps this mapping from reading a file (English templates, no values)."""
        out = []
        if not self.name.strip():
            out.append("Give the mapping a name.")
        if "date" not in self.columns:
            out.append("Choose the column that holds the date.")
        if not ({"amount", "gross", "net"} & self.columns.keys()):
            out.append("Choose the column that holds the amount (or the gross or net).")
        if "currency" not in self.columns and self.currency not in CURRENCY_EXPONENTS:
            out.append("Choose the currency column, or the currency of every row.")
        return out

    def spec(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "columns": dict(self.columns),
                                  "decimal": self.decimal, "date_order": self.date_order}
        if self.currency:
            out["currency"] = self.currency
        return out

    def to_json(self) -> str:
        return json.dumps(self.spec(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_spec(cls, spec: object, file: str = "") -> CustomProfile:
        """A profile from a parsed spec; ImportProblem naming ``file`` when it is not one."""
        def bad(_what: str) -> ImportProblem:  # the detail is for the reader of this code
            return ImportProblem(file, NOT_A_MAPPING)

        if not isinstance(spec, dict):
            raise bad("not a JSON object")
        name = spec.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad("no name")
        columns = spec.get("columns")
        if not isinstance(columns, dict) or not columns:
            raise bad("no columns")
        cols: dict[str, Column] = {}
        for role, col in columns.items():
            if role not in ROLES:
                raise bad(f"unknown role “{role}”")
            if isinstance(col, bool) or not isinstance(col, str | int) or (
                    isinstance(col, int) and not 0 <= col < 1000):
                raise bad(f"the column of “{role}”")
            cols[role] = col.strip() if isinstance(col, str) else col
        decimal = spec.get("decimal", ".")
        order = spec.get("date_order", "DMY")
        currency = spec.get("currency", "") or ""
        if decimal not in DECIMALS:
            raise bad("the decimal mark")
        if order not in DATE_ORDERS:
            raise bad("the date order")
        if not isinstance(currency, str) or (
                currency and currency.strip().upper() not in CURRENCY_EXPONENTS):
            raise bad("the currency")
        return cls(name.strip()[:80], cols, decimal, order, currency.strip().upper())

    @classmethod
    def from_json(cls, text: str, file: str = "") -> CustomProfile:
        try:
            spec = json.loads(text)
        except ValueError:
            raise ImportProblem(file, NOT_A_MAPPING) from None
        return cls.from_spec(spec, file)

    # --- the Profile protocol ----------------------------------------------------------

    def score(self, header: Sequence[str]) -> float:
        """1 when every named column of the mapping is in ``header``; else 0."""
        keys = {_key(h) for h in header}
        named = [c for c in self.columns.values() if isinstance(c, str)]
        if not named or self.problems():
            return 0.0
        return 1.0 if all(_key(c) in keys for c in named) else 0.0

    def indexes(self, header: Sequence[str], file: str = "") -> dict[str, int]:
        """Each mapped role's column number in ``header``; ImportProblem naming a column
        the file does not have."""
        keys = [_key(h) for h in header]
        out = {}
        for role, col in self.columns.items():
            if isinstance(col, int):
                out[role] = col
            elif _key(col) in keys:
                out[role] = keys.index(_key(col))
            else:
                raise ImportProblem(file, "The file has no column “{name}”.", name=col)
        return out

    def rows(self, table: Table) -> Iterator[SourceRow]:
        where = self.indexes(table.header, table.file_name)
        for line, cells in table.rows():
            row = self.row(line, cells, where, table.file_name)
            if row is not None:
                yield row

    def row(self, line: int, cells: Sequence[str], where: dict[str, int],
            file: str = "") -> SourceRow | None:
        """One record as a row (None for a blank record); ImportProblem naming the line and
        the column of a cell that cannot be read."""
        def cell(role: str) -> str:
            i = where.get(role)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def problem(role: str, template: str, **values: object) -> ImportProblem:
            col = self.columns[role]
            name = col if isinstance(col, str) else str(col + 1)
            return ImportProblem(file, template, line=line, column=name, **values)

        if not any(c.strip() for c in cells):
            return None
        currency = (cell("currency") if "currency" in where else self.currency).upper()
        if currency not in CURRENCY_EXPONENTS:
            raise problem("currency", "“{text}” is not a currency code.", text=currency) \
                if "currency" in where else ImportProblem(
                    file, "Choose the currency column, or the currency of every row.", line=line)
        exp = CURRENCY_EXPONENTS[currency]

        def money(role: str) -> int | None:
            text = cell(role)
            if role not in where or not text:
                return None
            value = parse_number(text, self.decimal)
            if value is None or value != round(value, exp):
                raise problem(role, "“{text}” is not an amount.", text=text)
            return int(value.scaleb(exp))

        text = cell("date")
        occurred = parse_date(text, self.date_order)
        if occurred is None:
            raise problem("date", "“{text}” is not a date.", text=text)
        amount, gross, fee, net = money("amount"), money("gross"), money("fee"), money("net")
        fee = abs(fee or 0)
        if amount is not None and gross is None and net is None:
            gross, net = amount + fee, amount
            if amount < 0:
                gross, net = amount, amount - fee
        elif gross is not None:
            if net is not None and net != gross - fee:
                raise problem("net", "The net ({net}) is not the gross less the fee.",
                              net=cell("net"))
            net = gross - fee
        elif net is not None:
            gross = net + fee
        else:
            return None  # no amount on this record (a balance line, a blank amount)
        assert gross is not None and net is not None
        return SourceRow(
            line=line, source=self.source, occurred_at=occurred,
            kind=RowKind.INCOME if gross >= 0 else RowKind.EXPENSE, currency=currency,
            gross_minor=gross, fee_minor=fee, net_minor=net,
            source_id=cell("id") or None, counterparty=cell("payer"),
            reference=cell("reference"), memo=cell("memo"))


_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def parse_number(text: str, decimal: str) -> Decimal | None:
    """``1 234,56`` / ``-1,234.56`` / ``(12.00)`` / ``12.00-`` / ``€ 12`` as a Decimal (None
    when it is no number). ``decimal`` is the decimal mark; the other one groups thousands."""
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    t = re.sub(r"[\s\u00a0\u202f'’]|[A-Za-z€$£¥]", "", t)
    for sign in ("-", "\u2212"):
        if t.startswith(sign) or t.endswith(sign):
            negative, t = True, t.strip(sign)
    if t.startswith("+"):
        t = t[1:]
    group = "," if decimal == "." else "."
    if group in t and not re.fullmatch(r"[0-9]{1,3}(" + re.escape(group) + r"[0-9]{3})+("
                                       + re.escape(decimal) + r"[0-9]+)?", t):
        return None  # 12,50 read with a decimal point is no number: never 1250
    t = t.replace(group, "")
    if decimal == ",":
        t = t.replace(",", ".")
    if not _NUMBER.match(t):
        return None
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return -value if negative else value


_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\.?"
                   r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def parse_date(text: str, order: str) -> datetime | None:
    """A date (with an optional time) written in ``order`` (DMY, MDY, YMD); a date with a
    four-digit year first is read as YMD whatever the order. Aware, UTC; a date without a
    time is put at noon UTC, the same day in every time zone people live in."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    a, b, c = m.group(1), m.group(2), m.group(3)
    if len(a) == 4:
        y, mo, d = a, b, c
    elif order == "MDY":
        mo, d, y = a, b, c
    elif order == "YMD":
        y, mo, d = a, b, c
    else:
        d, mo, y = a, b, c
    year = int(y)
    if len(y) == 2:
        year += 2000 if year < 70 else 1900
    elif len(y) != 4:
        return None
    hour, minute, second = (int(m.group(i) or 0) for i in (4, 5, 6))
    if m.group(4) is None:
        hour = 12
    try:
        return datetime(year, int(mo), int(d), hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None


# --- saved mappings ------------------------------------------------------------------------


def profiles_dir(data_dir: Path) -> Path:
    return data_dir / FOLDER


def saved_profiles(data_dir: Path) -> list[CustomProfile]:
    """The mappings saved in the data dir, by name; an unreadable file is left out."""
    folder = profiles_dir(data_dir)
    out = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            try:
                if path.is_symlink() or path.stat().st_size > MAX_SPEC_BYTES:
                    continue
                out.append(CustomProfile.from_json(path.read_text("utf-8"), path.name))
            except (OSError, UnicodeDecodeError, ImportProblem):
                continue
    return sorted(out, key=lambda p: p.name.casefold())


def save_profile(data_dir: Path, profile: CustomProfile) -> Path:
    """Save (or replace) ``profile`` in the data dir; the file is private to the user."""
    from storage.files import make_private_dir, write_atomically

    folder = make_private_dir(profiles_dir(data_dir))
    path = folder / f"{slug(profile.name)}.json"
    write_atomically(path, profile.to_json().encode("utf-8"))
    return path


def export_profile(profile: CustomProfile, path: Path) -> None:
    """Write the mapping where the person chose, to import it elsewhere."""
    from storage.files import write_atomically

    write_atomically(path, profile.to_json().encode("utf-8"))


def load_profile(path: Path) -> CustomProfile:
    """A mapping file the person chose; ImportProblem naming it when it is not one."""
    try:
        if path.stat().st_size > MAX_SPEC_BYTES:
            raise ImportProblem(path.name, NOT_A_MAPPING)
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise ImportProblem(path.name, NOT_A_MAPPING) from None
    return CustomProfile.from_json(text, path.name)


def recognise_saved(data_dir: Path, header: Sequence[str]) -> CustomProfile | None:
    """The saved mapping that fits ``header``, if one does."""
    for profile in saved_profiles(data_dir):
        if profile.score(header) >= 1.0:
            return profile
    return None

"""A payment export's bytes → a `Table`: encoding, delimiter and header row found from the
file itself, records streamed again on each pass (never the whole file in memory), and the
file's `Conventions` (decimal mark, date order) decided from all its amount and date cells.

The parsers (`parse_amount`, `parse_date`) turn one cell into minor units or an aware UTC
datetime and raise `ImportProblem` naming the file, line and column when a cell is not one.
A cell is never evaluated: ``=HYPERLINK(…)`` in a name stays that text; in an amount it is
refused as a formula.

Profiles mostly use `Record` (one record with its table: ``record.text("Name", "Nom")``,
``record.amount(...)``, ``record.date(...)``) and `column_index` (a column found by any of
its names, whatever their case, accents or spaces).
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.imports.model import Conventions, ImportProblem, Table
from storage.inputs import NotARegularFile, open_regular_file
from storage.money import CURRENCY_EXPONENTS, MAX_AMOUNT

__all__ = [
    "DEFAULT_MAX_BYTES", "Record", "column_index", "detect_conventions", "looks_like_formula",
    "normalise_name", "parse_amount", "parse_date", "parse_zone", "read_table", "records",
]

#: The largest export read (a 100,000-row PayPal activity download is about 40 MB).
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_SAMPLE_BYTES = 64 * 1024  # what the delimiter and the header row are found from
_SAMPLE_ROWS = 60
_CHUNK = 1024 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_FIELD_LIMIT = 1024 * 1024  # one cell; csv's default (128 KiB) would refuse a long note


# --------------------------------------------------------------------------- opening


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def _open(path: Path, max_bytes: int) -> io.BufferedReader:
    name = path.name

    def check(size: int) -> None:
        if size > max_bytes:
            raise ImportProblem(
                name, "The file is {size} MB, more than the {limit} MB Atelier reads from one "
                "payment export. Check that it is the right file, or export a shorter period.",
                size=_mb(size), limit=max_bytes // 1024 // 1024)
        if size == 0:
            raise ImportProblem(name, "The file is empty: there is nothing to import.")

    try:
        return open_regular_file(path, check)
    except NotARegularFile as exc:
        raise ImportProblem(name, "The file {problem}.", problem=exc.strerror) from None
    except FileNotFoundError:
        raise ImportProblem(name, "There is no such file.") from None
    except OSError as exc:
        raise ImportProblem(name, "The file cannot be read: {error}.",
                            error=exc.strerror or str(exc)) from None


def _read_chunks(path: Path, max_bytes: int) -> Iterator[bytes]:
    with _open(path, max_bytes) as binary:
        try:
            while chunk := binary.read(_CHUNK):
                yield chunk
        except NotARegularFile as exc:
            raise ImportProblem(path.name, "The file {problem}.", problem=exc.strerror) from None


# --------------------------------------------------------------------------- encoding

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Bytes that are letters French needs in Latin-9 (œ Œ Š š Ž ž Ÿ €) but other signs in CP1252.
_LATIN9_ONLY = frozenset(b"\xa4\xa6\xa8\xb4\xb8\xbc\xbd\xbe")
_C1 = frozenset(range(0x80, 0xA0))  # CP1252's letters and signs (€ œ ’ …); Latin-9's controls


def _not_a_csv(name: str, head: bytes) -> None:
    """Refuse a file that is plainly something else than text."""
    if head.startswith(b"PK\x03\x04"):
        if b"[Content_Types].xml" in head or b"xl/" in head:
            raise ImportProblem(
                name, "This is an Excel workbook, not a CSV file: open it and save it as "
                "“CSV” (or download the export as CSV), then import that file.")
        raise ImportProblem(name, "This is a ZIP archive, not a CSV file: extract the CSV file "
                                  "it holds and import that file.")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportProblem(
            name, "This is an Excel workbook, not a CSV file: open it and save it as “CSV” "
            "(or download the export as CSV), then import that file.")
    if head.startswith(b"%PDF"):
        raise ImportProblem(name, "This is a PDF document, not a CSV file: download the "
                                  "export as CSV and import that file.")
    if head.startswith((b"OFXHEADER", b"<?xml", b"<OFX", b"<ofx")):
        raise ImportProblem(name, "This is an OFX or XML file, not a CSV file: download the "
                                  "export as CSV and import that file.")


def _detect_encoding(path: Path, max_bytes: int) -> str:
    """The file's encoding: a BOM says it; else UTF-8 if the whole file is UTF-8; else
    CP1252 or Latin-9 (ISO 8859-15), as French banks write."""
    chunks = _read_chunks(path, max_bytes)
    head = next(chunks, b"")
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith(_UTF16_BOMS):
        return "utf-16"
    else:
        sample = head[:4096]
        zeros_odd, zeros_even = sample[1::2].count(0), sample[0::2].count(0)
        if len(sample) >= 4 and zeros_odd > len(sample) // 4 and zeros_even == 0:
            return "utf-16-le"
        if len(sample) >= 4 and zeros_even > len(sample) // 4 and zeros_odd == 0:
            return "utf-16-be"
        _not_a_csv(path.name, head)
        encoding = "utf-8"
    if b"\x00" in head[:_SAMPLE_BYTES]:
        raise ImportProblem(path.name, "This is not a text file (it holds binary data): "
                                       "download the export as CSV and import that file.")
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines, wide = 1, False
    chunk = head
    while True:
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            if wide or not chunk[:exc.start].isascii():
                # Accented letters in UTF-8 before a byte that is not: two encodings mixed.
                raise ImportProblem(
                    path.name, "The file mixes two text encodings (line {line} is not UTF-8 "
                    "like the lines before it): export it again, or save it as UTF-8.",
                    line=lines + chunk.count(b"\n", 0, exc.start)) from None
            return _single_byte_encoding(path, max_bytes)
        if not chunk:
            return encoding
        wide = wide or not text.isascii()
        lines += chunk.count(b"\n")
        chunk = next(chunks, b"")


def _single_byte_encoding(path: Path, max_bytes: int) -> str:
    seen: set[int] = set()
    for chunk in _read_chunks(path, max_bytes):
        seen.update(chunk)
    if seen & _C1:
        undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
        return "iso-8859-15" if seen & undefined else "cp1252"
    return "iso-8859-15" if seen & _LATIN9_ONLY else "cp1252"


# --------------------------------------------------------------------------- delimiter, header


def _reader(lines: Iterator[str] | io.TextIOBase, delimiter: str) -> Iterator[list[str]]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    return csv.reader(lines, delimiter=delimiter, skipinitialspace=True)


def _sample_lines(path: Path, encoding: str, max_bytes: int) -> list[str]:
    with _open(path, max_bytes) as binary:
        data = binary.read(_SAMPLE_BYTES)
        whole = len(data) < _SAMPLE_BYTES
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not whole and len(lines) > 1:
        lines.pop()  # cut in the middle
    return lines[:_SAMPLE_ROWS * 2]


def _parse_sample(lines: list[str], delimiter: str) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        for row in _reader(iter(lines), delimiter):
            rows.append([c.strip() for c in row])
            if len(rows) >= _SAMPLE_ROWS:
                break
    except csv.Error:
        pass
    return [r for r in rows if any(r)]


def _trim(row: list[str]) -> list[str]:
    cells = [c.strip() for c in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _sniff(lines: list[str]) -> tuple[str, list[list[str]]]:
    """The delimiter that splits most lines into the same number (more than one) of cells,
    the more cells the better (a decimal comma splits a semicolon file's lines in two); its
    rows, trailing empty cells cut."""
    best: tuple[int, int, int] | None = None
    chosen, chosen_rows = "", []
    for rank, delimiter in enumerate(_DELIMITERS):
        rows = _parse_sample(lines, delimiter)
        widths = Counter(len(r) for r in rows if len(_trim(r)) > 1)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        key = (count * (width - 1), count, -rank)
        if best is None or key > best:
            best, chosen, chosen_rows = key, delimiter, rows
    return chosen, [_trim(r) for r in chosen_rows]


_NUMBER = re.compile(r"^[-+−(]?\s*[$€£¥]?\s*[\d\s.,'\u00a0\u202f]*\d[\d\s.,'\u00a0\u202f]*"
                     r"\s*[$€£¥]?\s*[)-]?$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _is_value(cell: str) -> bool:
    """A cell that is data (a number, an amount, a date), not a column name."""
    return bool(_NUMBER.match(cell) or _DATE_LIKE.match(cell))


def _header_index(rows: list[list[str]]) -> tuple[int | None, int]:
    """(index of the header row in ``rows`` or None, index of the first data row)."""
    widths = Counter(len(r) for r in rows if len(r) > 1)
    width = max(widths.items(), key=lambda item: (item[1], item[0]))[0] if widths else 1
    for i, row in enumerate(rows):
        filled = [c for c in row if c]
        values = sum(1 for c in filled if _is_value(c))
        names = sum(1 for c in filled if not _is_value(c) and any(ch.isalpha() for ch in c))
        if values == 0 and names >= max(2, width - 1):
            return i, i + 1
        if len(row) >= max(2, width - 1) and values >= 1 and len(filled) >= max(2, width // 2):
            return None, i  # data before any header: the file has none
    return None, 0


# --------------------------------------------------------------------------- the table


def read_table(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Table:
    """The CSV file ``path`` read as a `Table` (its conventions not yet decided: call
    `detect_conventions` with the profile's amount and date columns). A file that is not a
    regular file, too large, empty, not text or not CSV raises ImportProblem."""
    path = Path(path)
    name = path.name
    encoding = _detect_encoding(path, max_bytes)
    lines = _sample_lines(path, encoding, max_bytes)
    if not any(line.strip() for line in lines):
        raise ImportProblem(name, "The file is empty: there is nothing to import.")
    delimiter, rows = _sniff(lines)
    if not delimiter:
        raise ImportProblem(
            name, "This is not a CSV file: no line of it is split into columns by commas, "
            "semicolons, tabs or bars. Download the export as CSV and import that file.")
    header_at, data_at = _header_index(rows)
    # Line numbers of the sample's rows, found by reading it again with the csv module.
    lines_of = _row_lines(lines, delimiter)
    if header_at is not None:
        header = rows[header_at]
        header_line = lines_of[header_at]
        generated = False
        skip_through = header_line
    else:
        width = max((len(r) for r in rows), default=1)
        header = [f"Column {i}" for i in range(1, width + 1)]
        header_line = 0
        generated = True
        skip_through = lines_of[data_at] - 1 if data_at < len(lines_of) else 0

    def records() -> Iterator[tuple[int, list[str]]]:
        return _records(path, encoding, delimiter, max_bytes, skip_through, len(header))

    return Table(file_name=name, encoding=encoding, delimiter=delimiter, header=header,
                 header_line=header_line, records=records, header_generated=generated)


def _row_lines(lines: list[str], delimiter: str) -> list[int]:
    """The line where each non-blank record of the sample starts (as `_parse_sample` saw them)."""
    found: list[int] = []
    reader = csv.reader(iter(lines), delimiter=delimiter, skipinitialspace=True)
    previous = 0
    try:
        for row in reader:
            if any(c.strip() for c in row):
                found.append(previous + 1)
            previous = reader.line_num
            if len(found) >= _SAMPLE_ROWS:
                break
    except csv.Error:
        pass
    return found


def _records(path: Path, encoding: str, delimiter: str, max_bytes: int, skip_through: int,
             width: int) -> Iterator[tuple[int, list[str]]]:
    name = path.name
    binary = _open(path, max_bytes)
    with io.TextIOWrapper(binary, encoding=encoding, newline="") as text:
        reader = _reader(text, delimiter)
        previous = 0
        while True:
            start = previous + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportProblem(name, "This line is not valid CSV ({error}).", line=start,
                                    error=str(exc)) from None
            except UnicodeDecodeError:
                raise ImportProblem(name, "This line is not valid {encoding} text: export the "
                                          "file again, or save it as UTF-8.", line=start,
                                    encoding=encoding) from None
            except NotARegularFile as exc:
                raise ImportProblem(name, "The file {problem}.", problem=exc.strerror) from None
            previous = reader.line_num
            if start <= skip_through:
                continue
            cells = list(map(str.strip, row))
            if not any(cells):
                continue
            while len(cells) > width and not cells[-1]:
                cells.pop()
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            yield start, cells


# --------------------------------------------------------------------------- columns


@functools.lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """A column name compared without case, accents, spaces or punctuation."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if c.isalnum())


def column_index(header: Sequence[str], *names: str) -> int | None:
    """The index of the first column of ``header`` named any of ``names`` (case, accents,
    spaces and punctuation aside), or None."""
    return _column_index(tuple(header), names)


@functools.lru_cache(maxsize=4096)
def _column_index(header: tuple[str, ...], names: tuple[str, ...]) -> int | None:
    keys = [normalise_name(h) for h in header]
    for wanted in names:
        key = normalise_name(wanted)
        if key in keys:
            return keys.index(key)
    return None


def _resolve(table: Table, columns: Sequence[str | int]) -> list[int]:
    found: list[int] = []
    for column in columns:
        index = column if isinstance(column, int) else column_index(table.header, column)
        if index is not None and 0 <= index < len(table.header):
            found.append(index)
    return found


# --------------------------------------------------------------------------- conventions

_SPACES = " \u00a0\u202f\u2009'’"
_NO_SPACES = str.maketrans("", "", _SPACES)
_LETTERS = re.compile(r"[A-Za-z]")
_DATE = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)")


_DIGITS_TO_9 = str.maketrans("0123456789", "9999999999")


def _decimal_vote(cell: str) -> tuple[str, bool] | None:
    """Which decimal mark an amount cell shows: (mark, sure) or None. Decided once per
    shape of cell (9,999.99): a file has few."""
    return _shape_vote(cell.translate(_DIGITS_TO_9))


@functools.lru_cache(maxsize=1024)
def _shape_vote(cell: str) -> tuple[str, bool] | None:
    text = cell.strip().strip("()+-−$€£¥ ").translate(_NO_SPACES)
    text = _LETTERS.sub("", text)
    if not text or not any(ch.isdigit() for ch in text):
        return None
    has_dot, has_comma = "." in text, "," in text
    if has_dot and has_comma:
        return (text[max(text.rfind("."), text.rfind(","))], True)
    spaced = re.search(r"\d[ \u00a0\u202f\u2009]\d", cell) is not None
    for mark, other in ((".", ","), (",", ".")):
        if mark in text:
            tail = text.rsplit(mark, 1)[1]
            if text.count(mark) > 1:
                return (other, True)  # 1.234.567: a thousands separator
            if len(tail) != 3:
                return (mark, True)
            if spaced:
                return (mark, True)  # 1 234,567 has its groups in spaces
            return (other, False)  # 1,234 or 1.234: a thousands separator, probably
    return None


def _date_vote(cell: str) -> str | None:
    """"YMD", "DMY", "MDY", "dotted" (both fit, but dots are day first), "either" (both
    fit) or None (not a numeric date)."""
    match = _DATE.match(cell.strip())
    if not match:
        return None
    a, sep, b = match.group(1), match.group(2), match.group(3)
    if len(a) == 4:
        return "YMD"
    first, second = int(a), int(b)
    if first > 12 and second <= 12:
        return "DMY"
    if second > 12 and first <= 12:
        return "MDY"
    if sep == "." and first <= 31:
        return "dotted"  # 05.03.2021: written day first
    return "either" if first <= 12 and second <= 12 else None


def detect_conventions(table: Table, amount_columns: Sequence[str | int],
                       date_columns: Sequence[str | int], *,
                       prefer_date_order: str = "DMY",
                       each: Callable[[int, list[str]], object] | None = None) -> Conventions:
    """The decimal mark and date order of the whole file, from its amount and date cells
    (columns by name or index). When every date reads both ways (05/03/2021 and no day above
    12), ``ambiguous_dates`` is True and the order is ``prefer_date_order``: ask the person.
    Sets ``table.conventions`` and returns it. ``each(line, cells)`` is called with every
    record on the way (a profile's own first pass, without reading the file once more)."""
    amounts = _resolve(table, amount_columns)
    dates = _resolve(table, date_columns)
    sure: Counter[str] = Counter()
    likely: Counter[str] = Counter()
    orders: Counter[str] = Counter()
    for line, cells in table.rows():
        if each is not None:
            each(line, cells)
        for i in amounts:
            if i < len(cells) and cells[i]:
                vote = _decimal_vote(cells[i])
                if vote:
                    (sure if vote[1] else likely)[vote[0]] += 1
        for i in dates:
            if i < len(cells) and cells[i]:
                order = _date_vote(cells[i])
                if order:
                    orders[order] += 1
    if sure:
        decimal = "," if sure[","] > sure["."] else "."
    elif likely:
        decimal = "," if likely[","] > likely["."] else "."
    else:
        decimal = "."
    ambiguous = False
    if orders["DMY"] or orders["MDY"]:
        date_order = "DMY" if orders["DMY"] >= orders["MDY"] else "MDY"
    elif orders["dotted"]:
        date_order = "DMY"
    elif orders["either"]:
        date_order, ambiguous = prefer_date_order, True
    else:
        date_order = "YMD"
    table.conventions = Conventions(decimal=decimal, date_order=date_order,
                                    ambiguous_dates=ambiguous)
    return table.conventions


# --------------------------------------------------------------------------- amounts


_FORMULA = re.compile(r"^[=@]|^[+-]\s*[A-Za-z(]")


def looks_like_formula(text: str) -> bool:
    """A cell a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``@SUM(…)``)."""
    return bool(_FORMULA.match(text.strip()))


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


def parse_amount(text: str, conventions: Conventions, currency: str, *, file: str = "",
                 line: int | None = None, column: str | None = None) -> int:
    """``text`` (``1,234.56``, ``1.234,56``, ``1 234,56``, ``-4.25``, ``(4.25)``, ``4.25-``,
    ``€12.00``) in ``currency``'s minor units, read with ``conventions.decimal``. A cell that
    is not an amount, has more decimals than the currency has, or is over a billion raises
    ImportProblem naming ``file``, ``line`` and ``column``."""
    code = currency.strip().upper()
    if code not in CURRENCY_EXPONENTS:
        raise ImportProblem(file, "“{code}” is not a currency Atelier knows.", line=line,
                            column=column, code=_shown(currency))
    digits = CURRENCY_EXPONENTS[code]
    raw = text.strip()
    plain = _PLAIN[conventions.decimal].match(raw)
    if plain:  # the common case, read without Decimal: -1,234.56
        sign, whole, fraction = plain.group(1), plain.group(2), plain.group(3) or ""
        if len(fraction) <= digits and len(whole) <= 13:
            minor = (int(whole.replace(_GROUP[conventions.decimal], "")) * 10 ** digits
                     + int(fraction.ljust(digits, "0") or "0"))
            if minor <= MAX_AMOUNT * 10 ** digits:
                return -minor if sign else minor
    if looks_like_formula(raw):
        raise ImportProblem(file, "“{text}” is a spreadsheet formula, not an amount: export "
                                  "the file again from the platform, without editing it in a "
                                  "spreadsheet.", line=line, column=column, text=_shown(raw))
    value = _amount_value(raw, conventions.decimal, code)
    if value is None:
        raise ImportProblem(file, "“{text}” is not an amount.", line=line, column=column,
                            text=_shown(raw))
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value():
        raise ImportProblem(file, "“{text}” has more decimals than {currency} has.", line=line,
                            column=column, text=_shown(raw), currency=code)
    if abs(value) > MAX_AMOUNT:
        raise ImportProblem(file, "“{text}” is too large: Atelier records amounts of up to one "
                                  "billion.", line=line, column=column, text=_shown(raw))
    return int(minor)


_PLAIN = {".": re.compile(r"^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$"),
          ",": re.compile(r"^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?$")}
_GROUP = {".": ",", ",": "."}
_CURRENCY_AFFIX = re.compile(r"^(?:[A-Z]{3}|[$€£¥])\s*|\s*(?:[A-Z]{3}|[$€£¥])$")


def _amount_value(raw: str, decimal: str, code: str) -> Decimal | None:
    text = raw.replace("−", "-").replace("–", "-")
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    for sign in ("-", "+"):
        if text.startswith(sign):
            negative ^= sign == "-"
            text = text[1:].strip()
            break
        if text.endswith(sign):
            negative ^= sign == "-"
            text = text[:-1].strip()
            break
    # A currency code or symbol on either side: "EUR 12.00", "12,00 €", "$12.00".
    text = _CURRENCY_AFFIX.sub("", text).strip()
    if text.startswith("-") and not negative:  # "$-12.00"
        negative, text = True, text[1:].strip()
    if not text:
        return None
    group = "," if decimal == "." else "."
    if decimal in text:
        whole, _, fraction = text.rpartition(decimal)
        if not fraction.isdigit() or not fraction.isascii():
            return None
    else:
        whole, fraction = text, ""
    whole = whole or "0"
    plain = whole.translate(_NO_SPACES).replace(group, "")
    if not plain.isdigit() or not plain.isascii():
        return None
    if plain != whole:  # grouped: every group after the first has three digits
        groups = re.split(r"[" + re.escape(_SPACES + group) + r"]+", whole)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
    try:
        value = Decimal(f"{plain}.{fraction}" if fraction else plain)
    except InvalidOperation:
        return None
    return -value if negative else value


# --------------------------------------------------------------------------- dates

# Fixed offsets of the zone abbreviations exports write (PayPal: PST/PDT, CET/CEST…).
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 1,
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "GST": 4, "PKT": 5, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AWST": 8,
    "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "HST": -10, "AKST": -9, "AKDT": -8, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
    "CST": -6, "CDT": -5, "EST": -5, "EDT": -4, "AST": -4, "ADT": -3, "NST": -3.5,
    "NDT": -2.5, "BRT": -3, "ART": -3, "CLT": -4, "COT": -5, "WAT": 1, "CAT": 2, "EAT": 3,
    "SAST": 2,
}
_FIXED_ZONES = {name: timezone(timedelta(hours=hours)) for name, hours in _ZONES.items()}
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$")


def parse_zone(text: str, *, file: str = "", line: int | None = None,
               column: str | None = None) -> tzinfo:
    """A zone cell: an abbreviation (PST, CEST), an offset (+01:00, GMT+2) or an IANA name
    (Europe/Berlin). Unknown → ImportProblem."""
    cell = text.strip()
    upper = cell.upper()
    if upper in _FIXED_ZONES:
        return _FIXED_ZONES[upper]
    match = _OFFSET.match(upper)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        if offset < timedelta(hours=15):
            return timezone(sign * offset)
    if "/" in cell or cell in {"UTC", "GMT"}:
        try:
            return ZoneInfo(cell)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise ImportProblem(file, "“{zone}” is not a time zone Atelier knows.", line=line,
                        column=column, zone=_shown(cell))


_MONTHS = {
    name: number
    for number, names in enumerate([
        ("jan", "january", "janv", "janvier", "januar", "ene", "enero", "gen", "jän"),
        ("feb", "february", "fev", "févr", "fevr", "février", "fevrier", "februar", "febrero"),
        ("mar", "march", "mars", "märz", "marz", "mrz", "marzo"),
        ("apr", "april", "avr", "avril", "abr", "abril", "aprile"),
        ("may", "mai", "mayo", "mag", "maggio"),
        ("jun", "june", "juin", "juni", "junio", "giu"),
        ("jul", "july", "juil", "juillet", "juli", "julio", "lug"),
        ("aug", "august", "aout", "août", "ago", "agosto"),
        ("sep", "sept", "september", "septembre", "septiembre", "set"),
        ("oct", "october", "octobre", "okt", "oktober", "octubre", "ott"),
        ("nov", "november", "novembre", "noviembre"),
        ("dec", "december", "déc", "decembre", "décembre", "dez", "dezember", "dic",
         "diciembre"),
    ], start=1)
    for name in names
}
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*([AaPp]\.?[Mm]\.?)?")
_WORDS_DATE = re.compile(r"^(?:(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})"  # 5 Jan 2024
                         r"|([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})"  # Jan 5, 2024
                         r"|(\d{1,2})-([^\W\d_]+)-(\d{2,4}))")  # 05-Jan-2024


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        year += 2000 if year < 70 else 1900
    return year


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


@functools.lru_cache(maxsize=4096)
def _numeric_date(cell: str, order: str) -> tuple[int, int, int, str] | str | None:
    """(year, month, day, what follows) of a numeric date cell (``order``: the file's date
    order), "bad" when it starts like one but is not, None when it is not numeric. Rows of
    one day share it: a file has a few thousand days for 100,000 rows."""
    match = _DATE.match(cell)
    if not match:
        return None
    a, b, c = match.group(1), match.group(3), match.group(4)
    if len(a) == 4:
        y, m, d = int(a), int(b), int(c)
        if len(c) > 2:
            return "bad"
    elif len(c) in (2, 4):
        year = _year(c)
        if order == "MDY":
            m, d = int(a), int(b)
        else:
            d, m = int(a), int(b)
        y = year
    else:
        return "bad"
    return y, m, d, cell[match.end():]


def parse_date(text: str, conventions: Conventions, time_text: str = "", zone_text: str = "",
               *, zone: tzinfo | str = UTC, file: str = "", line: int | None = None,
               column: str | None = None) -> datetime:
    """A date cell (with its time and zone cells, when the export has them) as an aware UTC
    datetime. The date may carry its own time and offset (``2020-01-23 08:26:29``,
    ``2024-01-05T10:00:00+01:00``). Without a zone the time is in ``zone`` (the store's,
    UTC by default). Not a date → ImportProblem naming ``file``, ``line`` and ``column``."""
    cell = text.strip()

    def bad() -> ImportProblem:
        return ImportProblem(file, "“{text}” is not a date.", line=line, column=column,
                             text=_shown(cell))

    if not cell:
        raise bad()
    if isinstance(zone, str):
        zone = parse_zone(zone, file=file, line=line, column=column)
    if zone_text.strip():
        zone = parse_zone(zone_text, file=file, line=line, column=column)
    # ISO 8601 with its own offset.
    if _ISO.match(cell):
        try:
            stamp = datetime.fromisoformat(cell.replace("Z", "+00:00"))
        except ValueError:
            raise bad() from None
        return stamp.astimezone(UTC)
    rest = ""
    numeric = _numeric_date(cell, conventions.date_order)
    if numeric == "bad":
        raise bad()
    if numeric is not None:
        y, m, d, rest = numeric  # type: ignore[misc]
    else:
        words = _WORDS_DATE.match(cell)
        if not words:
            raise bad()
        g = words.groups()
        if g[0]:
            d, month, y = int(g[0]), g[1], int(g[2])
        elif g[3]:
            month, d, y = g[3], int(g[4]), int(g[5])
        else:
            d, month, y = int(g[6]), g[7], _year(g[8])
        m = _MONTHS.get(month.casefold().rstrip("."), 0)
        if not m:
            raise bad()
        rest = cell[words.end():]
    time_cell = time_text.strip() or rest.strip().lstrip("T").strip().strip(",").strip()
    hour = minute = second = micro = 0
    if time_cell:
        found = _TIME.match(time_cell)
        if not found:
            raise ImportProblem(file, "“{text}” is not a time of day.", line=line,
                                column=column, text=_shown(time_cell))
        hour, minute = int(found.group(1)), int(found.group(2))
        second = int(found.group(3) or 0)
        micro = int((found.group(4) or "0").ljust(6, "0"))
        meridiem = (found.group(5) or "").replace(".", "").upper()
        if meridiem and 1 <= hour <= 12:
            hour = hour % 12 + (12 if meridiem == "PM" else 0)
        trailing = time_cell[found.end():].strip()
        if trailing and not zone_text.strip():
            zone = parse_zone(trailing, file=file, line=line, column=column)
    try:
        local = datetime(y, m, d, hour, minute, second, micro, tzinfo=zone)
    except ValueError:
        raise bad() from None
    return local.astimezone(UTC)


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class Record:
    """One record of a table, with what a profile needs to read its cells: ``text`` by any
    of a column's names, ``amount`` and ``date`` raising ImportProblem at this line."""

    table: Table
    line: int
    cells: list[str]

    def index(self, *names: str) -> int | None:
        return column_index(self.table.header, *names)

    def column(self, *names: str) -> str:
        """The header's own name of the first of ``names`` the table has (for messages)."""
        i = self.index(*names)
        return self.table.header[i] if i is not None else names[0]

    def text(self, *names: str) -> str:
        """The cell of the first of ``names`` the table has; "" when it has none."""
        i = self.index(*names)
        return self.cells[i] if i is not None and i < len(self.cells) else ""

    def amount(self, names: str | Sequence[str], currency: str) -> int:
        names = (names,) if isinstance(names, str) else tuple(names)
        return parse_amount(self.text(*names), self.table.conventions, currency,
                            file=self.table.file_name, line=self.line,
                            column=self.column(*names))

    def date(self, names: str | Sequence[str], time: Sequence[str] = (),
             zone: Sequence[str] = (), *, default_zone: tzinfo | str = UTC) -> datetime:
        names = (names,) if isinstance(names, str) else tuple(names)
        return parse_date(self.text(*names), self.table.conventions,
                          self.text(*time) if time else "", self.text(*zone) if zone else "",
                          zone=default_zone, file=self.table.file_name, line=self.line,
                          column=self.column(*names))


def records(table: Table) -> Iterator[Record]:
    """The table's records as `Record` objects, streamed."""
    for line, cells in table.rows():
        yield Record(table, line, cells)


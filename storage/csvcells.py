"""CSV cells a spreadsheet will not run: formula neutralisation, undone exactly on import.

A spreadsheet (Excel, LibreOffice, Google Sheets) opening a CSV file runs a cell that starts
with ``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(…)``, ``=WEBSERVICE(…)``, DDE),
and a leading tab or carriage return can hide such a start. Text that a client or a model
supplied (a client's name, an order's title, a glossary term) must never become one.

The rule, for *text* cells (never numbers: an amount of ``-12`` stays ``-12``):

- on export, a text that starts with one of ``= + - @ TAB CR``, possibly after one or more
  apostrophes (``'``), gets one more apostrophe in front: ``=SUM(A1)`` → ``'=SUM(A1)``,
  ``'=x`` → ``''=x``;
- on import, a cell made of one or more apostrophes followed by one of those characters loses
  exactly one apostrophe.

Every other text is written and read as it is (``'tis``, ``l'été``, ``'`` alone). So export →
import gives back every text exactly, and no exported text cell starts with a character a
spreadsheet runs. Files written before this rule existed import unchanged, except a cell that
starts with apostrophes followed by one of those characters, which loses one apostrophe.
"""

from __future__ import annotations

import re

#: The characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def protect(text: str) -> str:
    """The text as a CSV cell a spreadsheet shows as text (see the module docstring)."""
    if not text:
        return text
    first = text[0]
    if first in FORMULA_STARTS or (first == "'" and _ESCAPED.match(text)):
        return "'" + text
    return text


def unprotect(cell: str) -> str:
    """The text that `protect` turned into `cell` (its exact inverse)."""
    if cell[:1] == "'" and _ESCAPED.match(cell):
        return cell[1:]
    return cell


def protect_or_none(text: str | None) -> str | None:
    return None if text is None else protect(text)

"""Values a Phrase (storage/phrases.py) carries that each language writes its own way: an amount
and a day. Each is the English/ISO text (the CLI and logs read it as a ``str``); the app writes
it in the person's language (desktop.jobs.phrase_text)."""

from __future__ import annotations

from datetime import date

from storage.money import format_money


class Money(str):
    """An amount: “MAD 80,000.00” in the CLI and logs, « 80 000,00 DH » in the French app."""

    minor: int
    currency: str

    def __new__(cls, minor: int, currency: str) -> Money:
        self = super().__new__(cls, format_money(minor, currency, "en"))
        self.minor = minor
        self.currency = currency
        return self


class Day(str):
    """A day: 2026-05-04 in the CLI and logs, “May 4, 2026” or « 04/05/2026 » in the app."""

    day: date

    def __new__(cls, day: date) -> Day:
        self = super().__new__(cls, day.isoformat())
        self.day = day
        return self

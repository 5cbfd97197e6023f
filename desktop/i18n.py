"""French and English: Qt translators switched at run time, locale-aware money and dates."""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from storage.money import format_money

LANGUAGES = ("en", "fr")
TRANSLATIONS_DIR = Path(__file__).with_name("translations")


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class I18n(QObject):
    """Installs the app's and Qt's own translators; installing sends LanguageChange events,
    so every open widget retranslates itself without a restart."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, language: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.language = "en"
        # The store's time zone (Settings); dates are shown in it. None: the system's.
        self.zone: tzinfo | None = None
        self._translators: list[QTranslator] = []
        self.set_language(language or system_language())

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators = []
        # English has a catalogue too: it holds the plural forms ("%n day(s)" → "1 day").
        ours = QTranslator(self)
        if ours.load(str(TRANSLATIONS_DIR / f"atelier_{language}.qm")):
            self._translators.append(ours)
        if language != "en":
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
        for t in self._translators:
            self.app.installTranslator(t)
        self.language = language
        QLocale.setDefault(self.locale())
        self.language_changed.emit(language)

    def locale(self) -> QLocale:
        if self.language == "fr":
            return QLocale(QLocale.Language.French, QLocale.Country.France)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    def money(self, minor: int | None, currency: str) -> str:
        return "—" if minor is None else format_money(minor, currency, self.language)

    def date(self, value: date | datetime | None, long: bool = False) -> str:
        """A local date (datetimes are converted to local time first) in the one date format
        of the interface (`date_format`); ``long``, for a heading, adds the day of the week
        and writes the month in full."""
        if value is None:
            return "—"
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        locale = self.locale()
        if long:  # “Monday, December 7, 2026”, « lundi 7 décembre 2026 »: the same order
            return locale.toString(value, QLocale.FormatType.LongFormat)
        return locale.toString(value, date_format(locale))

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        local = value.astimezone(self.zone)
        return self.locale().toString(local.replace(tzinfo=None),
                                      date_time_format(self.locale()))


def date_format(locale: QLocale) -> str:
    """The interface's one way of writing a date: “Dec 7, 2026” in English (12/7/26 reads
    as 12 July to most of Atelier's English-speaking users), “07/12/2026” in French."""
    if locale.language() == QLocale.Language.English:
        return "MMM d, yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_time_format(locale: QLocale) -> str:
    """`date_format` and the locale's short time (“Dec 7, 2026 9:00 AM”, “07/12/2026 09:00”),
    in lists, panels and the date fields of forms alike."""
    return f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class _Relative(QObject):
    """Holds the plural-aware strings of relative_due (Qt Linguist reads self.tr plurals)."""

    def text(self, due: datetime, now: datetime, zone: tzinfo | None) -> str:
        seconds = (due - now).total_seconds()
        late = seconds < 0
        # Minutes left round up (a deadline 59 min 30 s away is "in 60 min", not 59), minutes
        # late round down; hours to the nearest hour.
        minutes = max(int(-seconds // 60) if late else math.ceil(seconds / 60), 1)
        # A day or more away: calendar days in the person's time zone, as a person counts
        # them (a 5-day package is due "in 5 days" all through the day it came in).
        days = 0
        if abs(seconds) >= 24 * 3600:
            due_day, today = due.astimezone(zone).date(), now.astimezone(zone).date()
            days = (today - due_day).days if late else (due_day - today).days
        if days >= 1:
            if not late and days == 1:
                return self.tr("tomorrow")
            amount = self.tr("%n day(s)", "", days)
        elif minutes >= 60:
            amount = self.tr("%n h", "", (minutes + 30) // 60)
        else:
            amount = self.tr("%n min", "", minutes)
        if late:
            return self.tr("late by %1").replace("%1", amount)
        return self.tr("in %1").replace("%1", amount)


def relative_due(due: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """“in 5 days”, “tomorrow”, “in 19 h”, “late by 3 h”, “late by 2 days”: how a freelancer
    reads a deadline. Under a day away, in hours (minutes under an hour); a day or more away,
    in calendar days in `zone` (None: the system's time zone, as I18n.zone)."""
    return _Relative().text(due, now, zone)

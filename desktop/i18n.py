"""French and English: Qt translators switched at run time, locale-aware money and dates."""

from __future__ import annotations

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
        """A local date (datetimes are converted to local time first)."""
        if value is None:
            return "—"
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        return self.locale().toString(value, fmt)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        local = value.astimezone(self.zone)
        return self.locale().toString(local.replace(tzinfo=None),
                                      QLocale.FormatType.ShortFormat)


class _Relative(QObject):
    """Holds the plural-aware strings of relative_due (Qt Linguist reads self.tr plurals)."""

    def text(self, seconds: float) -> str:
        late = seconds < 0
        minutes = int(abs(seconds) // 60)
        hours, days = minutes // 60, minutes // (60 * 24)
        if days >= 1:
            amount = self.tr("%n day(s)", "", days)
        elif hours >= 1:
            amount = self.tr("%n h", "", hours)
        else:
            amount = self.tr("%n min", "", max(minutes, 1))
        if late:
            return self.tr("late by %1").replace("%1", amount)
        return self.tr("in %1").replace("%1", amount)


def relative_due(due: datetime, now: datetime) -> str:
    """“in 2 days”, “late by 3 h”: how a freelancer reads a deadline."""
    return _Relative().text((due - now).total_seconds())

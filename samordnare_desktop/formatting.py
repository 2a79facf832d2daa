"""Dates and times as the app writes them, on screen, in files and in print, in the user's language
(Babel's CLDR data). Neutral: used by ui/, services/, pdf/ and the command line alike."""

from __future__ import annotations

from datetime import date, time

from samordnare_desktop.i18n import language

_LOCALES = {"sv": "sv_SE", "en": "en_GB"}


def _locale() -> str:
    return _LOCALES.get(language(), "sv_SE")


def long_date(day: date) -> str:
    """ "onsdag 4 mars 2026" in Swedish, "Wednesday 4 March 2026" in English."""
    from babel.dates import format_date

    return format_date(day, "EEEE d MMMM y", locale=_locale())


def date_in_sentence(day: date) -> str:
    """A date inside running text: "fredagen den 21 februari 2026" in Swedish (the definite
    weekday with "den": "Den fredag 21 februari" is not Swedish), "Friday 21 February 2026" in
    English."""
    from babel.dates import format_date

    if language() == "en":
        return format_date(day, "EEEE d MMMM y", locale="en_GB")
    weekday = format_date(day, "EEEE", locale="sv_SE")  # måndag … söndag: + "en" for each
    return f"{weekday}en den {format_date(day, 'd MMMM y', locale='sv_SE')}"


def short_date(day: date | None) -> str:
    """ISO 8601, as the coordinator writes dates: 2026-03-04."""
    return day.isoformat() if day else ""


def clock(moment: time | None) -> str:
    """24-hour clock; Swedish print uses a full stop (09.30), English a colon (09:30)."""
    if moment is None:
        return ""
    separator = "." if language() == "sv" else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def time_range(start: time | None, end: time | None) -> str:
    """ "09.00–09.30" with an en dash."""
    if start and end:
        return f"{clock(start)}\u2013{clock(end)}"
    return clock(start) or clock(end)


def clock_minutes(minutes: int) -> str:
    """A time given in minutes after midnight; the end of the day is 24.00 (as Swedish prints
    an end at midnight), never 23.59 a minute early nor 00.00, which reads as its start."""
    hours, rest = divmod(minutes, 60)
    separator = "." if language() == "sv" else ":"
    return f"{hours:02d}{separator}{rest:02d}"


def span(start: time, end_minutes: int) -> str:
    """ "23.30–24.00": a start and its end in minutes after midnight (an agenda item), so an
    item that ends at midnight ends at 24.00 rather than a minute early at 23.59."""
    return f"{clock(start)}\u2013{clock_minutes(end_minutes)}"

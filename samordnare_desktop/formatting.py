"""Dates and times as the app writes them, on screen, in files and in print, in the user's language
(CLDR's names, as Babel has them). Neutral: used by ui/, services/, pdf/ and the command line alike."""

from __future__ import annotations

from datetime import date, time

from samordnare_desktop.i18n import language

# CLDR's wide weekday and month names (Babel's sv_SE and en_GB, format context) for the long
# dates below: the same words without loading Babel's locale data, ~10 ms of a command's start
# (an agenda's heading); tests/unit/test_formatting.py holds them to Babel's output.
_WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
# CLDR's abbreviated stand-alone month names (Babel's "LLL" in sv_SE and en_GB): the months
# under Översikt's chart, without Babel's locale data (~10 ms of the tab's first figures in a
# fresh process)
_SHORT_MONTHS = {
    "sv": ("jan.", "feb.", "mars", "apr.", "maj", "juni",
           "juli", "aug.", "sep.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
}  # fmt: skip


def _names() -> str:
    """The language whose names a long date takes: Swedish unless English."""
    return "en" if language() == "en" else "sv"


def long_date(day: date) -> str:
    """ "onsdag 4 mars 2026" in Swedish, "Wednesday 4 March 2026" in English (CLDR's
    "EEEE d MMMM y")."""
    lang = _names()
    return f"{_WEEKDAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def date_in_sentence(day: date) -> str:
    """A date inside running text: "fredagen den 21 februari 2026" in Swedish (the definite
    weekday with "den": "Den fredag 21 februari" is not Swedish), "Friday 21 February 2026" in
    English."""
    if language() == "en":
        return long_date(day)
    weekday = _WEEKDAYS["sv"][day.weekday()]  # måndag … söndag: + "en" for each
    return f"{weekday}en den {day.day} {_MONTHS['sv'][day.month - 1]} {day.year}"


def short_month(day: date) -> str:
    """ "mars", "apr." in Swedish, "Mar", "Apr" in English (CLDR's "LLL")."""
    return _SHORT_MONTHS[_names()][day.month - 1]


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

"""Field validators shared by every form: each raises :class:`ValidationError` with a clear message."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 100_000

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s/]{5,30}$")
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """Strip the ends, normalise to NFC and drop control characters (keeping newlines/tabs in notes)."""
    text = unicodedata.normalize("NFC", value or "")
    keep = {"\n", "\t"} if multiline else set()
    text = "".join(
        ch
        for ch in text
        if ch in keep or unicodedata.category(ch) not in _CONTROL or ch in "\u200d\ufe0f"
    )
    if not multiline:
        text = " ".join(text.split())
    # dropping a control character can bring a letter and its accent together: compose again
    return unicodedata.normalize("NFC", text.strip())


def required_text(value: str | None, field: str, *, max_length: int = MAX_SHORT_TEXT) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, translate("validation", "This field must not be empty."))
    return optional_text(text, field, max_length=max_length)


def too_long(max_length: int) -> str:
    """The refusal of a text past ``max_length``: on saving, and in a form the moment typing or
    pasting reaches the limit."""
    grouped = f"{max_length:,}".replace(",", "\u00a0")  # 20 000 as Swedish writes it (no break)
    return translate("validation", "Too long: at most {max} characters.").format(max=grouped)


def optional_text(
    value: str | None, field: str, *, max_length: int = MAX_SHORT_TEXT, multiline: bool = False
) -> str:
    text = clean_text(value, multiline=multiline)
    if len(text) > max_length:
        raise ValidationError(field, too_long(max_length))
    return text


def optional_email(value: str | None, field: str = "email") -> str:
    text = clean_text(value)
    if text and not _EMAIL.match(text):
        raise ValidationError(
            field,
            translate("validation", "Not a valid e-mail address (expected name@example.se)."),
        )
    return text


def optional_phone(value: str | None, field: str = "phone") -> str:
    text = clean_text(value)
    if text and not _PHONE.match(text):
        raise ValidationError(
            field,
            translate(
                "validation", "Not a valid phone number (digits, spaces, + - and parentheses)."
            ),
        )
    return text


def match_key(value: str) -> str:
    """Key for search and duplicate detection: NFC, casefolded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


LOCAL_ZONE = "Europe/Stockholm"


def existing_local_time(day: date, at: time | None, field: str) -> time | None:
    """Refuse a wall-clock time that does not exist (the hour skipped when summer time starts)."""
    if at is None or day is None:
        return at
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(LOCAL_ZONE)
    except Exception:  # no time-zone data on this machine: nothing to check against
        return at
    local = datetime.combine(day, at).replace(tzinfo=zone)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            field,
            translate(
                "validation",
                "{time} does not exist on {day}: the clocks go forward an hour that night.",
            ).format(time=at.strftime("%H:%M"), day=day.isoformat()),
        )
    return at


# --- whole numbers as people type them -----------------------------------------------------------
# One reading for every number field (durations, counts, pages, a port): "90", " 90 ", "90 min"
# (its own unit), "-5" (read, then refused by the range), "1 000". Anything else ("abc", "9.5",
# empty) is refused with a message; a number is never changed into a neighbouring one.
_NUMBER = re.compile(r"^[+\-\u2212]?[0-9]+$")


def number_range(low: int, high: int, unit: str = "") -> str:
    """The refusal of a number outside ``low``..``high`` (``unit`` as the field shows it)."""
    unit = f" {unit.strip()}" if unit.strip() else ""
    return translate("validation", "Type a number from {low} to {high}{unit}.").format(
        low=low, high=high, unit=unit
    )


def read_number(text: str | None, unit: str = "") -> int | None:
    """``text`` as a whole number (a trailing ``unit`` allowed); ``None`` when it is empty or
    not one. Out of range is not judged here: see :func:`number_in_range`."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    unit = unit.strip()
    if unit and text.casefold().endswith(unit.casefold()):
        text = text[: -len(unit)].strip()
    text = "".join(text.split())  # "1 000" as Swedish groups digits
    if not _NUMBER.match(text):
        return None
    return int(text.replace("\u2212", "-"))


def parse_number(text: str | None, field: str, low: int, high: int, unit: str = "") -> int:
    """The typed whole number, unchecked against the range; empty or unreadable text raises
    ``ValidationError`` on ``field`` saying what to type."""
    value = read_number(text, unit)
    if value is None:
        typed = (text or "").strip()
        if not typed:
            raise ValidationError(field, number_range(low, high, unit))
        raise ValidationError(
            field,
            translate("validation", "“{text}” is not a number. {range}").format(
                text=typed, range=number_range(low, high, unit)
            ),
        )
    return value


def number_in_range(value: object, field: str, low: int, high: int, unit: str = "") -> int:
    """``value`` if it is a whole number from ``low`` to ``high``; else ``ValidationError``."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, number_range(low, high, unit))
    return value

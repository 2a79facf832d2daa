"""Dates as people type them: one parser for every date field, the CLI and the services.

Accepted: ``2027-05-12`` and ``20270512`` (surrounding spaces ignored; full-width digits are
read after NFKC, as times are). A date that does not exist (``2026-02-30``) is refused, never
moved to a neighbouring day; the year is taken as typed. Nothing is cut to a length.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_COMPACT = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
MIN_YEAR, MAX_YEAR = 1900, 2199


def refusal(text: str) -> str:
    """The one message for a date that cannot be read (the typed text stays in the field)."""
    return translate("dates", "“{text}” is not a date. Type it as 2026-03-04 or 20260304.").format(
        text=_quoted(text)
    )


def _quoted(text: str) -> str:
    """``text`` for a message: stripped, a long paste shortened so the message stays readable."""
    text = text.strip()
    return text if len(text) <= 24 else text[:23] + "…"


def parse_date(text: str | None) -> date | None:
    """``text`` as a date; empty is ``None``; anything else unreadable raises ``ValueError``
    carrying :func:`refusal`'s message."""
    text = unicodedata.normalize("NFKC", text or "").strip()  # full-width digits as times do
    if not text:
        return None
    match = _ISO.match(text) or _COMPACT.match(text)
    if match is None:
        raise ValueError(refusal(text))
    year, month, day = (int(part) for part in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(refusal(text))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(refusal(text)) from None


def parse_day_field(text: str | None, field: str) -> date | None:
    """:func:`parse_date` for a form: a refusal is a ``ValidationError`` on ``field``."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None

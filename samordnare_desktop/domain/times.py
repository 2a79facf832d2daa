"""Times of day as people type them: one parser for every time field (visit hours, the press
meeting, agenda items).

Accepted (surrounding spaces ignored): ``9`` (09.00), ``930`` and ``0930`` (09.30), ``9.30``,
``9:30``, ``09:30``, ``9,30`` and ``9 30``; hours 0-23, minutes 0-59 written with two digits.
Anything else (``25``, ``9.7``, ``960``, ``abc``) is refused with a message, never changed into a
neighbouring time. Empty is "no time".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

from samordnare_desktop.i18n import translate

_SEPARATED = re.compile(r"^([0-9]{1,2})(?:[.:, ]([0-9]{2}))?$")
_COMPACT = re.compile(r"^([0-9]{1,2})([0-9]{2})$")  # 930, 0930, 1530


def refusal(text: str) -> str:
    """The one message for a time that cannot be read (the typed text stays in the field)."""
    return translate(
        "times", "“{text}” is not a time of day. Type it as 9, 930, 9.30 or 09:30."
    ).format(text=text.strip())


def parse_time(text: str | None) -> time | None:
    """``text`` as a time of day; empty is ``None``; anything else unreadable raises
    ``ValueError`` carrying :func:`refusal`'s message."""
    text = unicodedata.normalize("NFKC", text or "").strip()  # full-width as dates are
    if not text:
        return None
    match = _SEPARATED.match(text)
    if match is None and len(text) in (3, 4):
        match = _COMPACT.match(text)
    if match is None:
        raise ValueError(refusal(text))
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise ValueError(refusal(text))
    return time(hours, minutes)

"""Defence in depth for the log: e-mail addresses, phone and personal identity numbers are masked.

The first line of defence is not to log personal data at all (messages name counts and types,
never values; SQLAlchemy runs with ``hide_parameters``). This formatter masks what could still
slip through inside an exception's text, in the message and in the traceback alike.
"""

from __future__ import annotations

import logging
import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Personal identity numbers (ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN) and phone numbers (7+ digits in a run,
# with spaces or dashes between groups); years, dates and times stay readable.
_PERSONNUMMER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)")
_PHONE = re.compile(r"(?<![\w.:])\+?\d[\d -]{6,}\d(?![\w.:])")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")


def _phone(match: re.Match[str]) -> str:
    text = match.group()
    if _DATE.match(text) or sum(c.isdigit() for c in text) < 7:
        return text  # a date (the log's own time stamp) or a short number
    return "<number>"


def mask(text: str) -> str:
    text = _EMAIL.sub("<e-mail>", text)
    text = _PERSONNUMMER.sub("<number>", text)
    return _PHONE.sub(_phone, text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))

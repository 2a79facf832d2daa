"""Sizes measured in characters of the widget's own font, so they grow with the scale factor
and the font size instead of being fixed pixel counts (issue #14: a search field squeezed to
"S…" at 200 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

# A search field shows this many characters at least: a municipality name or a date typed in
# full ("Upplands Väsby", "2026-03-04").
SEARCH_CHARS = 16


def chars_width(widget: QWidget, chars: int) -> int:
    """The width, in pixels, of ``chars`` average characters in ``widget``'s font."""
    return widget.fontMetrics().averageCharWidth() * chars


def fit_search(edit: QLineEdit, chars: int = SEARCH_CHARS) -> QLineEdit:
    """Give a search field a minimum width of ``chars`` characters plus its frame, margins and
    clear button, so a layout never squeezes it to a sliver."""
    margins = edit.textMargins()
    room = margins.left() + margins.right() + 8  # frame and text margins
    if edit.isClearButtonEnabled():
        room += edit.fontMetrics().height() + 4  # the clear button's square
    edit.setMinimumWidth(chars_width(edit, chars) + room)
    return edit

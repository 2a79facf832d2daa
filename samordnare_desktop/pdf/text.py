"""The one door for user text into a PDF: escape markup, keep line breaks, replace missing glyphs.

ReportLab's ``Paragraph`` parses markup: an unescaped ``<`` or ``&`` raises or vanishes and
``<img src=...>`` would embed a file. Characters the embedded font lacks (emoji, for one) are
shown as a visible placeholder instead of an empty box.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

MISSING_GLYPH = "\u25a1"  # □


@cache
def _covered() -> frozenset[int]:
    from samordnare_desktop.pdf.styles import registered_font

    # Only the Basic Multilingual Plane: ReportLab writes a character beyond U+FFFF (e.g. 𝔸) into
    # the font's ToUnicode map as an odd-length hex string, so viewers copy and search it wrongly.
    return frozenset(cp for cp in registered_font().face.charToGlyph if cp <= 0xFFFF)


def printable(text: str | None) -> str:
    """Plain text fit for the font: NFC, control characters dropped, missing glyphs replaced."""
    covered = _covered()
    out = []
    for ch in unicodedata.normalize("NFC", text or ""):
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        elif ord(ch) in covered:
            out.append(ch)
        elif out and out[-1] == MISSING_GLYPH:
            continue  # one placeholder for a run, e.g. an emoji with its modifiers
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)


# ReportLab re-wraps a paragraph's remaining text each time it splits it across a page, so one
# paragraph of 100,000 characters takes quadratic time (15 s); pieces of this size take 1 s.
PARAGRAPH_CHARS = 1000


def chunks(text: str, size: int = PARAGRAPH_CHARS) -> list[str]:
    """``text`` (one line) in pieces of at most ``size`` characters, cut at a space if there is one
    in the second half of the piece; each piece becomes its own paragraph."""
    out = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        out.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text:
        out.append(text)
    return out


def esc(text: str | None) -> str:
    """User text as safe Paragraph markup (line breaks kept)."""
    return escape(printable(text)).replace("\t", " ").replace("\n", "<br/>")

"""The one door for user text into a PDF: escape markup, keep line breaks, replace missing glyphs.

ReportLab's ``Paragraph`` parses markup: an unescaped ``<`` or ``&`` raises or vanishes and
``<img src=...>`` would embed a file. Characters the main font (DejaVu Sans) lacks are printed
in a fallback font that has them (Chinese, Japanese, Korean, emoji: ``styles.FALLBACKS``), as
``<font name=...>`` runs in markup or as separate runs on a canvas (:func:`draw`). A character no
font has is shown as a visible placeholder instead of an empty box.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

MISSING_GLYPH = "\u25a1"  # □


# Invisible modifiers of the character before them: variation selectors (text or emoji style)
# and skin tones. Dropped unless the main font has them: the base character prints, a modifier
# would print as a box or a colour swatch.
_MODIFIERS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0), range(0x1F3FB, 0x1F400))


@cache
def _covered() -> frozenset[int]:
    from samordnare_desktop.pdf.styles import registered_font

    return frozenset(cp for cp, glyph in registered_font().face.charToGlyph.items() if glyph)


@cache
def font_for(code: int) -> str | None:
    """ "" for the main font, a fallback font's name, or None when no font has the character."""
    if code in _covered():
        return ""
    from samordnare_desktop.pdf.styles import FALLBACKS, fallback_font

    # the font likely to have it first: an emoji never parses the 4 MB CJK font (0.2 s)
    likely = "NanumSquare" if _hangul(code) else "Symbola" if _symbol(code) else ""
    for name, _file in sorted(FALLBACKS, key=lambda f: f[0] != likely):
        font = fallback_font(name)
        if font is not None and font.face.charToGlyph.get(code):
            return name
    return None


def _hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _symbol(code: int) -> bool:
    """Emoji, arrows, dingbats, technical and geometric symbols."""
    return code >= 0x1F000 or 0x2000 <= code <= 0x2BFF


def printable(text: str | None) -> str:
    """Plain text fit for the fonts: NFC, control characters and invisible modifiers dropped,
    characters no font has replaced by one placeholder per run."""
    out = []
    for ch in unicodedata.normalize("NFC", text or ""):
        if ch in "\n\t":
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") or (
            category in ("Mn", "Sk")
            and any(ord(ch) in r for r in _MODIFIERS)
            and ord(ch) not in _covered()  # DejaVu's own (zero-width) selectors stay
        ):
            continue
        elif font_for(ord(ch)) is not None:
            out.append(ch)
        elif out and out[-1] == MISSING_GLYPH:
            continue  # one placeholder for a run, e.g. an unknown symbol with its modifiers
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` (already :func:`printable`) as (font, piece) runs: "" is the main font, else a
    fallback font's name. White space stays in the run it follows."""
    out: list[tuple[str, str]] = []
    for ch in text:
        font = out[-1][0] if out and ch in " \n\t" else (font_for(ord(ch)) or "")
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` (printable) in ``font``, fallback runs measured in theirs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(piece, name or font, size) for name, piece in runs(text))


def draw(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"):
    """Draw ``text`` (printable) on a ReportLab canvas at ``x`` (left, centre or right edge per
    ``align``), each run in the font that has its characters; leaves ``font`` set."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if align != "left":
        x -= width(text, font, size) / (2 if align == "centre" else 1)
    for name, piece in runs(text):
        canvas.setFont(name or font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name or font, size)
    canvas.setFont(font, size)


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


def address(text: str | None, font: str, size: float, room: float) -> str:
    """An e-mail address as Paragraph markup that breaks after its ``@`` (never mid-name) when the
    whole address is wider than ``room`` points; ReportLab would otherwise cut it anywhere."""
    text = printable(text)
    local, at, domain = text.partition("@")
    if not at or width(text, font, size) <= room:
        return esc(text)
    return f"{esc(local + at)}<br/>{esc(domain)}"


def esc(text: str | None) -> str:
    """User text as safe Paragraph markup (line breaks kept), characters the main font lacks
    wrapped in ``<font name=...>`` runs of a fallback font that has them."""
    out = []
    for font, piece in runs(printable(text)):
        markup = escape(piece).replace("\t", " ").replace("\n", "<br/>")
        out.append(f'<font name="{font}">{markup}</font>' if font else markup)
    return "".join(out)

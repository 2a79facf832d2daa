"""Fonts, colours and paragraph styles for every document (A4, DejaVu Sans embedded).

The built-in PDF fonts cover cp1252 only ("Łucja Đorđević" would print as boxes), so a
TrueType family with wide Latin coverage ships in ``resources/fonts`` and is embedded.
DejaVu has no Chinese, Japanese or Korean and no emoji: characters it lacks are printed in a
fallback font that has them (``FALLBACKS``, also shipped; see :mod:`samordnare_desktop.pdf.text`).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samordnare_desktop.paths import resource
from samordnare_desktop.pdf.font_cache import cached_ttfont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_SIZE = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6775")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d2dc")
ZEBRA = colors.HexColor("#f2f5f8")
HEADER_FILL = colors.HexColor("#e3eaf2")
WARN = colors.HexColor("#a33b00")


_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


# Fonts for what DejaVu Sans lacks, tried in this order (ReportLab embeds TrueType only, not the
# CFF .otf most CJK fonts come as). Droid Sans Fallback (Apache 2.0, 4 MB): Chinese and Japanese;
# Nanum Square (OFL, 0.7 MB): Korean Hangul; Symbola (free for any use, 3 MB): emoji and
# symbols as black-and-white glyphs. Each is parsed only when a document needs one of its
# characters.
FALLBACKS: tuple[tuple[str, str], ...] = (
    ("DroidSansFallback", "DroidSansFallbackFull.ttf"),
    ("NanumSquare", "NanumSquareR.ttf"),
    ("Symbola", "Symbola.ttf"),
)
_FILES.update(FALLBACKS)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with each code written as UTF-16 (surrogate pairs beyond U+FFFF):
    ReportLab's own writes an emoji as an odd-length hex string (<1F600>), which no viewer can
    copy or search."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _fix_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # looked up by name when a font is written


@cache
def fallback_font(name: str) -> TTFont | None:
    """A fallback face, registered; None if its file is missing (its characters then print as
    the placeholder, never fail)."""
    path = resource("fonts") / _FILES[name]
    if not path.is_file():
        return None
    font = cached_ttfont(name, path)
    pdfmetrics.registerFont(font)
    # one face serves bold and italic too: <b> around a fallback run must map to a font
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return font


@cache
def face(name: str) -> TTFont:
    """Register one face of the family the first time a document uses it (parsing a TrueType
    file costs some 10 ms: a document that prints no italics never pays for them; a file parsed
    once is read from the font cache, :mod:`samordnare_desktop.pdf.font_cache`)."""
    font = cached_ttfont(name, resource("fonts") / _FILES[name])
    pdfmetrics.registerFont(font)
    return font


@cache
def registered_font() -> TTFont:
    """Register the family's regular and bold faces once (italics: :func:`italics`); returns
    the regular face (for glyph coverage)."""
    _fix_to_unicode()
    regular = face(FONT)
    face(FONT_BOLD)
    # <i> markup maps to the italic names, which :func:`italics` registers when a document
    # asks for them
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return regular


def italics() -> str:
    """The italic face's name, registered (with bold italic) on first use."""
    face(FONT_ITALIC)
    face(FONT_BOLD_ITALIC)
    return FONT_ITALIC


@cache
def styles() -> dict[str, ParagraphStyle]:
    registered_font()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        splitLongWords=True,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=19,
            leading=24,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=16, textColor=INK, spaceAfter=2
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "meta": ParagraphStyle("meta", parent=base, fontSize=9.5, leading=13, textColor=MUTED),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5
        ),
        "cell_small": ParagraphStyle(
            "cell_small", parent=base, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "header_cell": ParagraphStyle(
            "header_cell", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5, textColor=INK
        ),
    }


def table_style(*, header: bool = True, zebra: bool = True, rows: int = 0) -> list[tuple]:
    """The house table look: light rules, tinted header, zebra rows, top-aligned cells."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if zebra and rows:
        start = 1 if header else 0
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(start + 1, rows, 2)]
    return commands

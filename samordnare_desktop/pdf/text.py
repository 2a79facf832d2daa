"""The one door for user text into a PDF: escape markup, keep line breaks, replace missing glyphs,
print right-to-left scripts right.

ReportLab's ``Paragraph`` parses markup: an unescaped ``<`` or ``&`` raises or vanishes and
``<img src=...>`` would embed a file. Characters the main font (DejaVu Sans) lacks are printed
in a fallback font that has them (Chinese, Japanese, Korean, emoji: ``styles.FALLBACKS``), as
``<font name=...>`` runs in markup or as separate runs on a canvas (:func:`draw`). A character no
font has is shown as a visible placeholder instead of an empty box.

Hebrew and Arabic (names, organisations, agenda and plan texts) are kept in logical order until a
line is drawn; ReportLab draws every line left to right as it is stored, so each drawn line is put
in visual order by the Unicode bidirectional algorithm (python-bidi): on a canvas in :func:`draw`,
in a ``Paragraph`` after it is broken into lines (:func:`_install_visual_order`, so a wrapped
Arabic sentence reads on from the line above). Arabic letters are joined by :func:`printable`
(arabic-reshaper: contextual presentation forms, which DejaVu Sans has). Text without a
right-to-left character takes none of these steps.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MISSING_GLYPH = "\u25a1"  # □

# Hebrew, Arabic (and Syriac, Thaana, N'Ko ...) letters and their presentation forms
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_RTL_MARKS = re.compile(
    "([\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]+)(.)"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


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


@cache
def _reshaper():
    """Joins Arabic letters into their contextual forms; only ligatures the main font has."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    covered = _covered()
    config = {
        name: all(ord(c) in covered for form in forms for c in form)
        for name, (_letters, forms) in LIGATURES
    }
    # vowel marks stay: they are the user's text (drawn on their letter, see _marks_after_base)
    return ArabicReshaper(configuration={"delete_harakat": False, **config})


def printable(text: str | None) -> str:
    """Plain text fit for the fonts: NFC, Arabic letters joined, control characters and invisible
    modifiers dropped, characters no font has replaced by one placeholder per run. Stays in
    logical order (see :func:`visual`)."""
    out = []
    text = unicodedata.normalize("NFC", text or "")
    if _ARABIC.search(text):
        text = _reshaper().reshape(text)
    for ch in text:
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


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def face_has(font: str, text: str) -> bool:
    """Whether the registered ``font`` has every character of ``text`` (printable) that the main
    font prints: DejaVu Sans Oblique has no Arabic, so an italic style drops it to boxes."""
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getFont(font).face.charToGlyph
    return all(
        glyphs.get(ord(ch)) for ch in set(text) if font_for(ord(ch)) == "" and ch not in "\n\t"
    )


def _marks_after_base(text: str) -> str:
    """A right-to-left run in drawing order has each Hebrew or Arabic mark (vowel points,
    harakat) before its letter; the fonts draw a mark over the letter before it (UAX #9 L3)."""
    return _RTL_MARKS.sub(lambda m: m.group(2) + m.group(1)[::-1], text)


def _visual_order(text: str, base: int) -> list[tuple[int, str]]:
    """The characters of one line of ``text`` in drawing order from the left, each as (its index
    in ``text``, the character, mirrored in a right-to-left run: "(" as ")"). For a line of
    several styles, whose pieces must follow their characters; it is python-bidi's pure Python
    algorithm, which pairs no brackets (UAX #9 N0) as :func:`visual` does: "(" between a Latin and
    a Hebrew word takes the direction of the paragraph."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    uba.get_embedding_levels(text, storage, False, False)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    for step in (
        uba.explicit_embed_and_overrides,
        uba.resolve_weak_types,
        uba.resolve_neutral_types,
        uba.resolve_implicit_levels,
        uba.reorder_resolved_levels,
        uba.apply_mirroring,
    ):
        step(storage, False)
    out = [(ch["index"], ch["ch"]) for ch in storage["chars"]]
    i = 0
    while i < len(out):  # a reversed run has its marks before their letter: turn them back
        j = i
        while j < len(out) and unicodedata.combining(out[j][1]):
            j += 1
        if i < j < len(out) and out[j][0] < out[i][0]:
            out[i : j + 1] = out[i : j + 1][::-1]
            i = j + 1
        else:
            i = max(j, i + 1)
    return out


def base_level(text: str) -> int:
    """1 when the paragraph ``text`` reads right to left (its first strong letter is), else 0."""
    from bidi import get_base_level

    return get_base_level(text) if has_rtl(text) else 0


def visual(text: str, base: int | None = None) -> str:
    """One line of ``text`` in drawing order from the left by the Unicode bidirectional
    algorithm (python-bidi), with paragraph level ``base`` (0 left-to-right, 1 right-to-left;
    None: from its first strong letter); unchanged without a right-to-left character."""
    if not has_rtl(text):
        return text
    from bidi import get_display

    return _marks_after_base(get_display(text, base_dir=None if base is None else "LR"[base]))


def draw(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"):
    """Draw ``text`` (printable, one line) on a ReportLab canvas at ``x`` (left, centre or right
    edge per ``align``) in visual order, each run in the font that has its characters; leaves
    ``font`` set."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = visual(text)
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


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: what ``xml.sax.saxutils.escape`` does, without
    importing it (it imports ``urllib.request``, and with it HTTP, e-mail and SSL: ~5 ms of
    every PDF command's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def esc(text: str | None) -> str:
    """User text as safe Paragraph markup (line breaks kept), characters the main font lacks
    wrapped in ``<font name=...>`` runs of a fallback font that has them."""
    out = []
    text = printable(text)
    if has_rtl(text):
        _install_visual_order()
    for font, piece in runs(text):
        markup = escape(piece).replace("\t", " ").replace("\n", "<br/>")
        out.append(f'<font name="{font}">{markup}</font>' if font else markup)
    return "".join(out)


def _visual_lines(paragraph) -> list:
    """The broken lines of a ReportLab ``paragraph``, each in drawing order (see :func:`visual`);
    the logical paragraphs a ``<br/>`` ends each take their direction from their first letter."""
    blpara = paragraph.blPara
    if blpara.kind == 0:  # one style: lines are (extra space, words)
        words = [w for line in blpara.lines for w in line[1]]
        base = base_level(" ".join(words))
        out = []
        for space, line_words in blpara.lines:
            line = " ".join(line_words)
            out.append((space, visual(line, base).split(" ") if has_rtl(line) else line_words))
        return out
    out, lines = [], list(blpara.lines)
    start = 0
    while start < len(lines):  # one logical paragraph: up to a line a <br/> ends
        end = start
        while end < len(lines) - 1 and not getattr(lines[end], "lineBreak", False):
            end += 1
        group = lines[start : end + 1]
        base = base_level("".join(getattr(f, "text", "") for line in group for f in line.words))
        out += [_visual_frag_line(line, base) for line in group]
        start = end + 1
    return out


def _visual_frag_line(line, base: int):
    """A line of styled pieces (ReportLab frags) in drawing order: its characters reordered, and
    cut into pieces again wherever the style changes."""
    words = line.words
    text = "".join(getattr(f, "text", "") for f in words)
    if not has_rtl(text) or any(hasattr(f, "cbDefn") for f in words):
        return line  # an image or link mark keeps its place: left as ReportLab laid it
    owner = [k for k, f in enumerate(words) for _ch in f.text]
    pieces: list[tuple[int, str]] = []
    for i, ch in _visual_order(text, base):
        if pieces and pieces[-1][0] == owner[i]:
            pieces[-1] = (owner[i], pieces[-1][1] + ch)
        else:
            pieces.append((owner[i], ch))
    return line.clone(words=[words[k].clone(text=piece) for k, piece in pieces])


@cache
def _install_visual_order() -> None:
    """Make ReportLab's ``Paragraph`` draw each broken line in visual order. Installed when the
    first right-to-left text is escaped; a paragraph without such text draws as before. The
    stored lines stay logical, so a paragraph split across pages splits in reading order."""
    from reportlab.platypus.paragraph import Paragraph

    draw_para = Paragraph.drawPara

    def draw_in_visual_order(self, debug=0):
        blpara = self.blPara
        if blpara.kind == 0:
            text = " ".join(w for line in blpara.lines for w in line[1])
        else:
            text = "".join(getattr(f, "text", "") for line in blpara.lines for f in line.words)
        if not has_rtl(text):
            return draw_para(self, debug)
        self.blPara = blpara.clone(lines=_visual_lines(self))
        try:
            return draw_para(self, debug)
        finally:
            self.blPara = blpara

    Paragraph.drawPara = draw_in_visual_order

"""Hostile text for property-based tests of every export and import path (not fixtures).

``hostile_text()`` mixes fixed nasties (markup, entities, control characters, bidi marks, RTL
scripts, emoji with ZWJ and skin tones, combining marks, formula starters) with arbitrary
generated text. ``glyph_text()`` is text that must come back out of a PDF unchanged: characters
the embedded DejaVu font has, no control or format characters.
"""

from __future__ import annotations

import io
import unicodedata

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

# Deterministic and quick: the same examples on every run, no per-example deadline (a PDF takes
# a few tens of milliseconds, a cold font load much more). No shrinking: a failing example is
# reported as found, since shrinking a PDF round trip can take minutes.
HOSTILE_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MARKUP = [
    "<b>x</b>",
    "<i>kursiv",
    "</para>",
    "<para>",
    "<br/>",
    "<font size=40 color=red>stor</font>",
    "<img src=x onerror=alert(1)>",
    "<img src='/etc/passwd'/>",
    '<a href="javascript:alert(1)">länk</a>',
    "<script>alert('x')</script>",
    "<![CDATA[x]]>",
    "]]>",
    "<!-- kommentar -->",
    "<seq id=a/>",
]
ENTITIES = ["&", "&amp;", "&lt;b&gt;", "&#60;", "&#x3c;", "&nbsp;", "&bogus;", "AT&T", "&&"]
CONTROLS = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x1f",
    "\x7f",
    "\x80",
    "\x85",
    "\x9b",
    "\x9f",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "\u2028",
    "\u2029",
    "\ufffe",
    "\uffff",
]
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00ad",
]
SCRIPTS = [
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil.exe",
    "Åsa Öberg",
    "Łucja Đorđević",
    "Ærøskøbing",
    "Ἀθῆναι",
    "Москва",
    "e\u0301",
    "Z\u0324\u0354\u0367\u0311\u0313",
    "漢字",
    "ﷺ",
]
EMOJI = [
    "😀",
    "👍🏽",
    "👩\u200d👧\u200d👦",
    "🏳\ufe0f\u200d🌈",
    "🇸🇪",
    "❤\ufe0f",
    "𝕳𝖊𝖑𝖑𝖔",
    "\U0010fffd",
]
FORMULAS = [
    "=1+2",
    '=HYPERLINK("http://evil.example","klicka")',
    "+46 70 123 45 67",
    "+SUM(A1:A9)",
    "-5",
    "-2+3",
    "@SUM(A1)",
    "\t=1+2",
    "\r=1+2",
    "=cmd|' /C calc'!A0",
]
OTHER = ["", " ", "   ", '"', "'", '""', ";", ",", "\\", "%s%n", "{name}", "{0}", "NULL", "None"]
NASTIES = MARKUP + ENTITIES + CONTROLS + INVISIBLE + SCRIPTS + EMOJI + FORMULAS + OTHER

FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


def hostile_text(*, max_parts: int = 6) -> st.SearchStrategy[str]:
    """Concatenations of nasties and arbitrary unicode (no surrogates: impossible in ``str``)."""
    part = st.one_of(
        st.sampled_from(NASTIES),
        st.text(max_size=12),
        st.text(st.characters(codec="utf-8", categories=("Cc", "Cf", "Mn", "Zs")), max_size=4),
    )
    return st.lists(part, min_size=1, max_size=max_parts).map("".join)


def starts_with_formula() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(FORMULA_STARTERS), hostile_text(max_parts=3)).map("".join)


def _covered() -> frozenset[int]:
    from samordnare_desktop.pdf.styles import registered_font

    return frozenset(registered_font().face.charToGlyph.keys())


_GLYPH_CACHE: list[frozenset[int]] = []


def has_glyphs(text: str) -> bool:
    """Text that must come out of a PDF exactly as it went in: every character in the embedded
    font, in the BMP (ReportLab writes a broken ToUnicode entry for astral characters such as
    emoji, so no extractor gets them back), left-to-right (extractors reorder RTL runs), and no
    control or format characters (which are dropped on purpose)."""
    if not _GLYPH_CACHE:
        _GLYPH_CACHE.append(_covered())
    covered = _GLYPH_CACHE[0]
    return all(
        ch == " "
        or (
            ord(ch) in covered
            and ord(ch) < 0x10000
            and unicodedata.category(ch)[0] not in "CZ"
            and unicodedata.bidirectional(ch) not in ("R", "AL", "AN")
        )
        for ch in text
    )


def glyph_text(*, min_size: int = 1, max_size: int = 30) -> st.SearchStrategy[str]:
    """Printable text the font covers: markup and entities included, NFC, no leading formula.

    Generated from a fixed alphabet of characters known to be in DejaVu Sans plus markup
    fragments, so the strategy does not waste examples on filtering.
    """
    alphabet = "abcxyzÅÄÖåäöéüßøæŁłĐđ ΑΩαω Жж 0123456789 <>&;'\"/=!?.,:()[]{}#%*+-_@$€£~^|\\☑☐□♥★"
    pieces = st.one_of(
        st.text(alphabet=alphabet, min_size=1, max_size=8),
        st.sampled_from(["<b>x</b>", "&amp;", "&lt;", "<img src=x>", "</para>", "Å&Ä", "<br/>"]),
    )
    return (
        st.lists(pieces, min_size=1, max_size=6)
        .map(lambda parts: " ".join("".join(parts).split()))
        .map(lambda text: unicodedata.normalize("NFC", text)[:max_size].strip())
        .filter(lambda text: len(text) >= min_size and not text.startswith(FORMULA_STARTERS))
    )


def squash(text: str) -> str:
    """Text without any whitespace: PDF extraction re-wraps lines wherever layout broke them."""
    return "".join(text.split())


def pdf_text(data: bytes) -> tuple[str, int]:
    """The extracted text of all pages and the page count; fails if it is not a PDF."""
    from pypdf import PdfReader

    assert data.startswith(b"%PDF-"), data[:20]
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 1
    return "\n".join(page.extract_text() for page in reader.pages), pages


LONG = ("Lång text med <b>markup</b> & 😀 \u202e och mer. " * 2300)[:100_000]

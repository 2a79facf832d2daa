"""pdf.text: what reaches ReportLab is text the fonts can print and viewers can copy back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from samordnare_desktop.pdf import styles
from samordnare_desktop.pdf.badges import Card, badges_pdf
from samordnare_desktop.pdf.document import DocumentMeta, render
from samordnare_desktop.pdf.text import MISSING_GLYPH, esc, escape, printable

CJK_AND_EMOJI = "李小龍 och 佐藤 花子, 김민준 😀 👍🏽 ✅ 🎉 Łucja"


def _fonts(pdf: bytes) -> set[str]:
    """The BaseFont names of every font the pages use (subset prefix removed)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_cjk_emoji_and_astral_characters_are_kept_modifiers_dropped() -> None:
    assert (
        printable(CJK_AND_EMOJI) == "李小龍 och 佐藤 花子, 김민준 😀 👍 ✅ 🎉 Łucja"
    )  # skin tone dropped
    assert printable("A𝔸B") == "A𝔸B"  # DejaVu draws it, and the text layer maps it right
    assert printable("Hej 👩\u200d👩\u200d👧 då") == "Hej 👩👩👧 då"  # joiners dropped, people kept
    assert printable("✅\U000e0100") == "✅"  # a variation selector no font has: dropped


def test_a_character_no_font_has_becomes_one_placeholder() -> None:
    # an Egyptian hieroglyph and the melting face (Unicode 14): in none of the shipped fonts
    assert printable("Hej \U00013000\U0001fae0 då") == f"Hej {MISSING_GLYPH} då"


def test_markup_is_escaped_and_swedish_and_slavic_names_survive() -> None:
    assert esc("<b>Łucja Đorđević & Åsa</b>") == "&lt;b&gt;Łucja Đorđević &amp; Åsa&lt;/b&gt;"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "a < b > c & d",
        "&amp; &lt;b&gt;",
        "<b>bold</b>",
        'Tom & Jerry\'s "x"',
        "&&<<>>",
    ],
)
def test_escape_is_the_standard_librarys(text: str) -> None:
    """The markup escape (kept in pdf.text, so a PDF does not import urllib and its HTTP and
    e-mail modules) escapes exactly what ``xml.sax.saxutils.escape`` does."""
    from xml.sax.saxutils import escape as standard

    assert escape(text) == standard(text)


def test_characters_the_main_font_lacks_go_in_fallback_font_runs() -> None:
    assert esc("Möte med 李小龍 & 🎉") == (
        'Möte med <font name="DroidSansFallback">李小龍 </font>&amp; <font name="Symbola">🎉</font>'
    )
    assert esc("😀 ★") == "😀 ★"  # DejaVu has these


def test_cjk_and_emoji_print_extract_and_embed_their_fallback_fonts() -> None:
    sheet = styles.styles()
    story = [
        Paragraph(esc(CJK_AND_EMOJI), sheet["body"]),
        Paragraph(f"<b>{esc(CJK_AND_EMOJI)}</b>", sheet["body"]),  # bold around a fallback run
    ]
    pdf = render(story, DocumentMeta(title="Besök 佐藤 😀", header_right="李小龍"))
    text = _text(pdf)
    assert text.count("李小龍 och 佐藤 花子, 김민준 😀 👍 ✅ 🎉 Łucja") == 2
    assert "佐藤" in text.split("Besök")[1] and MISSING_GLYPH not in text
    assert {"DejaVuSans", "DroidSansFallback", "NanumSquareR", "Symbola"} <= _fonts(pdf)


def test_badges_print_cjk_names_in_the_fallback_font() -> None:
    pdf = badges_pdf([Card("李小龍", "佐藤 AB 🎉")], "Besök i 東京")
    text = "".join(_text(pdf).split())  # each run is drawn on its own
    assert "李小龍" in text and "佐藤AB🎉" in text and "東京" in text
    assert {"DroidSansFallback", "Symbola"} <= _fonts(pdf)


def test_documents_without_such_characters_embed_no_fallback_font() -> None:
    pdf = render([Paragraph(esc("Åsa Öberg"), styles.styles()["body"])], DocumentMeta(title="x"))
    assert not _fonts(pdf) & {"DroidSansFallback", "NanumSquareR", "Symbola"}


def test_a_missing_fallback_font_file_means_placeholders_not_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(styles, "resource", lambda _name: tmp_path)  # no font files there
    assert styles.fallback_font.__wrapped__("Symbola") is None


def test_an_emoji_does_not_parse_the_cjk_font(monkeypatch):
    from samordnare_desktop.pdf import text

    text.font_for.cache_clear()
    opened = []
    real = styles.fallback_font
    monkeypatch.setattr(styles, "fallback_font", lambda name: opened.append(name) or real(name))
    try:
        assert text.font_for(ord("🎉")) == "Symbola" and opened == ["Symbola"]
        assert text.font_for(ord("김")) == "NanumSquare" and opened[-1] == "NanumSquare"
        assert text.font_for(ord("李")) == "DroidSansFallback"
    finally:
        text.font_for.cache_clear()


def test_a_long_address_breaks_after_its_at_sign_never_inside_a_name() -> None:
    from samordnare_desktop.pdf.text import address

    mail = "linnea.hedlund@mjolby.example.se"
    assert address(mail, "Helvetica", 9.5, room=400) == mail
    assert address(mail, "Helvetica", 9.5, room=100) == "linnea.hedlund@<br/>mjolby.example.se"
    assert address("a<b>&c@x.se", "Helvetica", 9.5, room=10) == "a&lt;b&gt;&amp;c@<br/>x.se"
    assert address("no-at-sign-" * 5, "Helvetica", 9.5, room=10) == "no-at-sign-" * 5

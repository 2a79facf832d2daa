"""pdf.text: what reaches ReportLab is text the font can print and viewers can copy back."""

from __future__ import annotations

from samordnare_desktop.pdf.text import MISSING_GLYPH, esc, printable


def test_characters_beyond_the_basic_plane_become_one_placeholder() -> None:
    # DejaVu draws 𝔸 (U+1D538), but ReportLab maps it wrongly for copy and search: a placeholder
    assert printable("A𝔸B") == f"A{MISSING_GLYPH}B"
    assert printable("Hej 👩‍👩‍👧 då") == f"Hej {MISSING_GLYPH} då"


def test_markup_is_escaped_and_swedish_and_slavic_names_survive() -> None:
    assert esc("<b>Łucja Đorđević & Åsa</b>") == "&lt;b&gt;Łucja Đorđević &amp; Åsa&lt;/b&gt;"

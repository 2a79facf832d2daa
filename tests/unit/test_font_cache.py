"""The font cache (#15): a face read from the cache is the parsed face, and a PDF made with it
is byte for byte the PDF made with a freshly parsed one."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from samordnare_desktop.paths import resource
from samordnare_desktop.pdf import font_cache, styles

FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "NanumSquareR.ttf")


def _pdf(font_name: str) -> bytes:
    out = io.BytesIO()
    style = ParagraphStyle("t", fontName=font_name, fontSize=11)
    SimpleDocTemplate(out).build(
        [Paragraph("Łucja Đorđević, Åsa Öhman – mötet 09.00–12.00 ≥ 3 €", style)]
    )
    return out.getvalue()


@pytest.mark.parametrize("file", FACES)
def test_a_cached_face_is_the_parsed_face(file: str) -> None:
    path = resource("fonts") / file
    parsed = TTFont("Probe", str(path))
    stored = font_cache.cached_ttfont("Probe", path)  # parses and stores
    assert stored.face is not parsed.face
    again = font_cache.cached_ttfont("Probe", path)  # read from the cache
    assert list(font_cache.cache_dir().glob(path.stem + "-*.marshal"))
    assert set(again.__dict__) == set(parsed.__dict__)
    skip = ("_pdfScale",)
    want = {k: v for k, v in parsed.face.__dict__.items() if k not in skip}
    got = {k: v for k, v in again.face.__dict__.items() if k not in skip}
    assert got == want
    assert again.face.name.ustr == parsed.face.name.ustr
    assert again.face._pdfScale(1234) == parsed.face._pdfScale(1234)
    assert again.shapable == parsed.shapable
    assert again.stringWidth("Åsa Đukić", 10) == parsed.stringWidth("Åsa Đukić", 10)


def test_a_pdf_made_with_a_cached_face_is_the_same_pdf(monkeypatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    path = resource("fonts") / "DejaVuSans.ttf"
    try:
        pdfmetrics.registerFont(TTFont("CacheProbe", str(path)))
        parsed = _pdf("CacheProbe")
        font_cache.cached_ttfont("CacheProbe", path)  # stores
        pdfmetrics.registerFont(font_cache.cached_ttfont("CacheProbe", path))  # from the cache
        cached = _pdf("CacheProbe")
    finally:
        pdfmetrics._fonts.pop("CacheProbe", None)
    assert cached == parsed
    assert "Łucja Đorđević, Åsa Öhman" in PdfReader(io.BytesIO(cached)).pages[0].extract_text()


def test_each_face_keeps_its_own_entry(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(font_cache, "cache_dir", lambda: tmp_path)
    files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"]
    for file in files * 2:
        font_cache.cached_ttfont("Probe", resource("fonts") / file)
    stems = sorted(p.name.rsplit("-", 4)[0] for p in tmp_path.glob("*.marshal"))
    assert stems == ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]


def test_a_damaged_or_foreign_entry_is_parsed_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(font_cache, "cache_dir", lambda: tmp_path)
    path = resource("fonts") / "DejaVuSans-Bold.ttf"
    font_cache.cached_ttfont("Probe", path)
    (entry,) = tmp_path.glob("*.marshal")
    for damage in (b"", b"\x00garbage", entry.read_bytes()[:100]):
        entry.write_bytes(damage)
        font = font_cache.cached_ttfont("Probe", path)
        assert font.face.charWidths == TTFont("P", str(path)).face.charWidths
    # the styles use it: the family is registered as before
    assert styles.face(styles.FONT).face.name.ustr == "DejaVuSans"
    # a folder that cannot be written: parsed, nothing stored, no error
    monkeypatch.setattr(font_cache, "cache_dir", lambda: tmp_path / "file" / "fonts")
    (tmp_path / "file").write_text("not a folder")
    assert font_cache.cached_ttfont("Probe", path).face.numGlyphs > 0

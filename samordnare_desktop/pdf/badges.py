"""Name badges (8 on an A4 sheet) and table cards (4 on a sheet) from a participant list.

Each card shows the name large and the organisation below it, in DejaVu Sans (any Latin,
Greek or Cyrillic name prints); a name too long for one line first shrinks, then wraps to two
lines. Text is drawn as plain strings on the canvas (never parsed as markup), so ``<b>`` prints
as typed. Dashed lines show where to cut. Input is plain data (:class:`Card`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import draw, printable
from samordnare_desktop.pdf.text import width as text_width

NAME_LIMIT = 200
ORGANISATION_LIMIT = 200


@dataclass(frozen=True)
class Card:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class _Layout:
    columns: int
    rows: int
    width_mm: float
    height_mm: float
    name_max: float  # font sizes in points
    name_min: float
    org_size: float
    event_size: float


BADGE = _Layout(
    columns=2,
    rows=4,
    width_mm=90,
    height_mm=60,
    name_max=24,
    name_min=12,
    org_size=11,
    event_size=8,
)
TABLE_CARD = _Layout(
    columns=1,
    rows=4,
    width_mm=190,
    height_mm=68,
    name_max=40,
    name_min=18,
    org_size=16,
    event_size=9,
)


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


def fit(text: str, font: str, largest: float, smallest: float, width: float, max_lines: int = 2):
    """(font size, lines) for ``text`` in ``width`` points: one line as large as fits, else
    wrapped at the smallest size into at most ``max_lines`` lines (the last cut with "…")."""
    from reportlab.lib.utils import simpleSplit

    size = largest
    while size > smallest and text_width(text, font, size) > width:
        size -= 1
    if text_width(text, font, size) <= width:
        return size, [text]
    lines = simpleSplit(text, font, size, width)
    # simpleSplit keeps a word longer than the width whole: break such lines by characters
    broken: list[str] = []
    for line in lines:
        while text_width(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and text_width(line[:cut], font, size) > width:
                cut -= 1
            broken.append(line[:cut])
            line = line[cut:]
        broken.append(line)
    if len(broken) > max_lines:
        last = broken[max_lines - 1]
        while last and text_width(last + "…", font, size) > width:
            last = last[:-1]
        broken = [*broken[: max_lines - 1], last + "…"]
    return size, broken


def _sheet(cards: Sequence[Card], layout: _Layout, event: str, title: str) -> bytes:
    import io

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from samordnare_desktop.pdf import styles as st

    st.registered_font()
    buffer = io.BytesIO()
    page_w, page_h = st.PAGE_SIZE
    canvas = Canvas(buffer, pagesize=st.PAGE_SIZE, pageCompression=1)
    canvas.setTitle(printable(title))
    canvas.setAuthor("Nationell samordnare för den sociala barn- och ungdomsvården")
    canvas.setCreator("Samordnare Desktop")
    w, h = layout.width_mm * mm, layout.height_mm * mm
    left = (page_w - layout.columns * w) / 2
    top = page_h - (page_h - layout.rows * h) / 2
    per_page = layout.columns * layout.rows
    pad = 6 * mm
    inner = w - 2 * pad
    event_line = _one_line(event)
    if not cards:
        canvas.setFont(st.FONT, 11)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(st.MARGIN, page_h - st.MARGIN, translate("badges", "No participants."))
    for index, card in enumerate(cards):
        slot = index % per_page
        if index and slot == 0:
            canvas.showPage()
        column, row = slot % layout.columns, slot // layout.columns
        x, y = left + column * w, top - (row + 1) * h
        canvas.saveState()
        canvas.setStrokeColor(st.RULE)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, w, h)
        canvas.restoreState()
        canvas.setFillColor(st.ACCENT)
        canvas.rect(x, y + h - 3 * mm, w, 3 * mm, stroke=0, fill=1)
        centre = x + w / 2
        if event_line:
            canvas.setFillColor(st.MUTED)
            size, lines = fit(event_line, st.FONT, layout.event_size, 6, inner, 1)
            canvas.setFont(st.FONT, size)
            draw(canvas, centre, y + h - 3 * mm - pad / 2 - size, lines[0], st.FONT, size, "centre")
        name = _one_line(card.name)[:NAME_LIMIT]
        size, name_lines = fit(name, st.FONT_BOLD, layout.name_max, layout.name_min, inner)
        org = _one_line(card.organisation)[:ORGANISATION_LIMIT]
        org_size, org_lines = (
            fit(org, st.FONT, layout.org_size, layout.org_size * 0.7, inner) if org else (0, [])
        )
        block = size * 1.15 * len(name_lines) + (
            org_size * 1.25 * len(org_lines) + 3 * mm if org_lines else 0
        )
        baseline = y + (h - 3 * mm) / 2 + block / 2 - size * 0.85
        canvas.setFillColor(st.INK)
        canvas.setFont(st.FONT_BOLD, size)
        for line in name_lines:
            draw(canvas, centre, baseline, line, st.FONT_BOLD, size, "centre")
            baseline -= size * 1.15
        if org_lines:
            baseline -= 3 * mm - size * 0.15 + org_size * 0.1
            canvas.setFillColor(st.MUTED)
            canvas.setFont(st.FONT, org_size)
            for line in org_lines:
                draw(canvas, centre, baseline, line, st.FONT, org_size, "centre")
                baseline -= org_size * 1.25
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def badges_pdf(cards: Sequence[Card], event: str = "") -> bytes:
    """Name badges, 8 on each A4 sheet (90 × 60 mm, fits a standard badge holder)."""
    return _sheet(cards, BADGE, event, translate("badges", "Name badges") + f" – {event}")


def table_cards_pdf(cards: Sequence[Card], event: str = "") -> bytes:
    """Table cards, 4 on each A4 sheet (190 × 68 mm), the name in large type."""
    return _sheet(cards, TABLE_CARD, event, translate("badges", "Table cards") + f" – {event}")

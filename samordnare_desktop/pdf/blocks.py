"""A :class:`~samordnare_desktop.domain.document.Document` as PDF, in the quarterly report's look.

Cover with title and letterhead, contents (two passes), headings in the outline, house tables with
numbers right-aligned, long text in paragraph pieces (``pdf.text.chunks``), "Sida N av M".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, ListFlowable, ListItem, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from samordnare_desktop.domain import document as d
from samordnare_desktop.formatting import short_date
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf import styles as st
from samordnare_desktop.pdf.document import ContentsSlot, DocumentMeta, render
from samordnare_desktop.pdf.report import (
    CONTENT_WIDTH,
    _heading,
    _paragraphs,
)
from samordnare_desktop.pdf.text import chunks, esc, font_for, has_rtl, printable

Progress = Callable[[int, int], None]


def _cover(document: d.Document) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [
        Spacer(1, 18 * mm),
        Paragraph(esc(document.title), s["title"]),
        Paragraph(esc(document.subtitle), s["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    rows = [(label, value) for label, value in document.cover if value]
    if rows:
        table = Table(
            [
                [Paragraph(esc(label), s["meta"]), Paragraph(esc(value), s["meta"])]
                for label, value in rows
            ],
            colWidths=[40 * mm, CONTENT_WIDTH - 40 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            _TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        out.append(table)
    out.append(Spacer(1, 10 * mm))
    return out


def _text(text: str, style: str) -> list[Flowable]:
    if style == "body":
        return _paragraphs(text)
    s = st.styles()["meta" if style == "meta" else "small"]
    return [Paragraph(esc(piece), s) for piece in chunks(printable(text).replace("\n", " "))]


def _h3():
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "h3", parent=st.styles()["h2"], fontSize=10.5, leading=14, textColor=st.ACCENT
    )


class _Cell(Paragraph):
    """A table cell that wraps once per width: ReportLab measures every remaining row again each
    time a long table splits at a page end, so 5,000 meetings cost minutes of line breaking."""

    def wrap(self, availWidth, availHeight):
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


ROWS_PER_TABLE = 400  # a longer table is laid out in pieces (its header repeated on each)


@cache
def _right() -> ParagraphStyle:
    return ParagraphStyle("num", parent=st.styles()["cell"], alignment=TA_RIGHT)


def _cell(text: str, style: ParagraphStyle, room: float) -> Flowable | str:
    """A plain string when the text is one left-to-right line the main font has every character
    of (the table draws it directly: no markup to parse, no lines to break, nothing to reorder),
    else a wrapping paragraph (Hebrew and Arabic drawn right to left, see :mod:`pdf.text`)."""
    plain = printable(text)
    if (
        "\n" not in plain
        and not has_rtl(plain)
        and all(font_for(ord(ch)) == "" for ch in plain)
        and stringWidth(plain, st.FONT, CELL_SIZE) <= room
    ):
        return plain
    return _Cell(esc(text), style)


CELL_SIZE = 9.5  # the house table's font size (styles.table_style, the "cell" style)


def _block_table(block: d.Table) -> list[Flowable]:
    columns = len(block.header)
    widths = [CONTENT_WIDTH * w for w in (block.widths or [1 / columns] * columns)]
    cell, right, head = st.styles()["cell"], _right(), st.styles()["header_cell"]
    head_right = ParagraphStyle("num_head", parent=head, alignment=TA_RIGHT)
    header = [  # a number column's heading stands over its figures, right-aligned like them
        Paragraph(esc(text), head_right if i >= block.numeric_from else head)
        for i, text in enumerate(block.header)
    ]
    body = [
        [
            _cell(text, right if i >= block.numeric_from else cell, widths[i] - 8)
            for i, text in enumerate(row)
        ]
        for row in block.rows
    ]
    out: list[Flowable] = []
    for first in range(0, max(len(body), 1), ROWS_PER_TABLE):
        piece = body[first : first + ROWS_PER_TABLE]
        table = Table([header, *piece], colWidths=widths, repeatRows=1)
        commands = st.table_style(rows=len(piece) + 1)
        if block.numeric_from < columns:
            commands.append(("ALIGN", (block.numeric_from, 1), (-1, -1), "RIGHT"))
        if block.total_row and piece and first + ROWS_PER_TABLE >= len(body):
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT))
            commands.append(("FONTNAME", (0, -1), (-1, -1), st.FONT_BOLD))
        table.setStyle(_TableStyle(commands))
        out.append(table)
    return out


def _contents(document: d.Document) -> list[Flowable]:
    """The contents: a slot filled once the pages are known (one layout pass), or ReportLab's
    two-pass TableOfContents when the headings would not fit on the page the slot is on."""
    from samordnare_desktop.pdf.report import _contents as two_pass

    entries = sum(1 for b in document.blocks if isinstance(b, d.Heading) and b.level <= 2)
    if entries * ContentsSlot.LEADING > 180 * mm:
        return two_pass()
    return [
        Paragraph(esc(translate("report_pdf", "Contents")), st.styles()["h1"]),
        ContentsSlot(entries),
        PageBreak(),
    ]


def flowables(document: d.Document, progress: Progress | None = None) -> list[Flowable]:
    story: list[Flowable] = _cover(document)
    if document.contents:
        story += _contents(document)
    s = {**st.styles(), "h3": _h3()}
    total = len(document.blocks)
    for i, block in enumerate(document.blocks):
        if isinstance(block, d.Heading):
            if block.level >= 3:  # a subsection: not in the contents (it would fill pages)
                story.append(Paragraph(esc(block.text), s["h3"]))
            else:
                story.append(_heading(block.text, max(block.level - 1, 0)))
        elif isinstance(block, d.Para):
            story += _text(block.text, block.style)
        elif isinstance(block, d.Bullets):
            story.append(
                ListFlowable(
                    [
                        ListItem(Paragraph(esc(piece), s["body"]), leftIndent=12)
                        for item in block.items
                        for piece in chunks(printable(item).replace("\n", " "))
                    ],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                    bulletFontName=st.FONT,
                )
            )
        elif isinstance(block, d.Table):
            story += _block_table(block)
            story.append(Spacer(1, 3 * mm))
        elif isinstance(block, d.PageBreak):
            story.append(PageBreak())
        if progress is not None and i % 200 == 0:
            progress(i, total)
    return story


def build(document: d.Document, progress: Progress | None = None) -> bytes:
    meta = DocumentMeta(
        title=document.title,
        header_right=document.header_right,
        footer_left=translate("report_pdf", "Created {date}").format(
            date=short_date(document.created)
        ),
    )
    story = flowables(document, progress)
    slot = next((f for f in story if isinstance(f, ContentsSlot)), None)
    return render(story, meta, contents=slot)

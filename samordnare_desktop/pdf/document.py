"""The page frame every document shares: A4, running header, footer "Sida N av M".

``render(story, meta)`` returns the PDF bytes. Page totals need to know the last page, so the
canvas keeps each page's state and writes the footers when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf import styles as st
from samordnare_desktop.pdf.text import draw, escape, printable, width


@dataclass(frozen=True)
class DocumentMeta:
    title: str  # shown in the running header and the PDF properties
    header_right: str = ""  # e.g. the municipality
    footer_left: str = ""  # e.g. "Utskriven 2026-03-01"
    author: str = "Nationell samordnare för den sociala barn- och ungdomsvården"
    landscape: bool = False


def _fit(text: str, room: float, size: float = 8) -> str:
    """``text`` cut (with "…") to fit ``room`` points in the header font: a long title never
    runs into the municipality beside it."""
    text = text[: int(room / (size * 0.2)) + 1]  # no glyph is narrower than 0.2 em
    if width(text, st.FONT, size) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with "…" (binary search)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle] + "…", st.FONT, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class _NumberedCanvas(Canvas):
    """Defers each page so the footer can say "Sida N av M"."""

    def __init__(
        self,
        *args: object,
        meta: DocumentMeta,
        page_hook: Callable[[Canvas, int], None] | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._page_hook = page_hook  # draws on a finished page (a contents slot, say)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            if self._page_hook is not None:
                self._page_hook(self, self._pageNumber)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        page_width, height = self._pagesize
        meta = self._meta
        self.saveState()
        self.setStrokeColor(st.RULE)
        self.setLineWidth(0.5)
        self.setFillColor(st.MUTED)
        self.setFont(st.FONT, 8)
        top = height - st.MARGIN + 6 * mm
        right = _fit(printable(meta.header_right), (page_width - 2 * st.MARGIN) * 0.4)
        room = page_width - 2 * st.MARGIN - (width(right, st.FONT, 8) + 6 * mm if right else 0)
        draw(self, st.MARGIN, top, _fit(printable(meta.title), room), st.FONT, 8)
        if right:
            draw(self, page_width - st.MARGIN, top, right, st.FONT, 8, "right")
        self.line(st.MARGIN, top - 2 * mm, page_width - st.MARGIN, top - 2 * mm)
        bottom = st.MARGIN - 9 * mm
        self.line(st.MARGIN, bottom + 4 * mm, page_width - st.MARGIN, bottom + 4 * mm)
        if meta.footer_left:
            draw(self, st.MARGIN, bottom, printable(meta.footer_left)[:100], st.FONT, 8)
        self.drawRightString(
            page_width - st.MARGIN,
            bottom,
            translate("pdf", "Page {page} of {total}").format(page=self._pageNumber, total=total),
        )
        self.restoreState()


class _Document(BaseDocTemplate):
    """Headings with a ``toc_level`` attribute feed a ``TableOfContents`` in the story (if any)."""

    contents: list[tuple[int, str, int]]  # (level, plain text, page) of every heading

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = escape(flowable.getPlainText())
            self.contents.append((level, flowable.getPlainText(), self.page))
            self.notify("TOCEntry", (level, text, self.page))


class ContentsSlot(Flowable):
    """Room for a contents list of ``entries`` lines, filled when the pages are written (the
    canvas keeps them until then): one layout pass instead of the two a TableOfContents takes."""

    LEADING = 15.0

    def __init__(self, entries: int) -> None:
        super().__init__()
        self.entries = entries
        self.page = 0
        self.top = 0.0
        self.left = 0.0
        self.room = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.room = availWidth
        return availWidth, self.entries * self.LEADING

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()
        self.left, bottom = self.canv.absolutePosition(0, 0)
        self.top = bottom + self.entries * self.LEADING

    def fill(self, canvas: Canvas, entries: Sequence[tuple[int, str, int]]) -> None:
        canvas.saveState()
        y = self.top
        for level, text, page in entries[: self.entries]:
            size = 10.5 if level == 0 else 9.5
            x = self.left + (0 if level == 0 else 12)
            y -= self.LEADING
            number = str(page)
            right = self.left + self.room
            room = right - x - width(number, st.FONT, size) - 12
            label = _fit(printable(text), room, size)
            canvas.setFillColor(st.INK)
            draw(canvas, x, y + 3, label, st.FONT, size)
            draw(canvas, right, y + 3, number, st.FONT, size, "right")
            start = x + width(label, st.FONT, size) + 4
            end = right - width(number, st.FONT, size) - 4
            if end > start:  # the dotted leader
                canvas.setStrokeColor(st.MUTED)
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, 2.4)
                canvas.line(start, y + 3, end, y + 3)
                canvas.setDash()
        canvas.restoreState()


def render(
    story: Sequence[Flowable], meta: DocumentMeta, *, contents: ContentsSlot | None = None
) -> bytes:
    """Lay out ``story`` on A4 pages with the shared header and footer; return the PDF bytes.
    A ``contents`` slot in the story is filled with the headings once every page is laid out."""
    return render_counted(story, meta, contents=contents)[0]


def render_counted(
    story: Sequence[Flowable], meta: DocumentMeta, *, contents: ContentsSlot | None = None
) -> tuple[bytes, int]:
    """:func:`render`'s PDF bytes and the number of pages it has."""
    from reportlab.lib.pagesizes import landscape

    st.registered_font()
    story = list(story)
    while story and isinstance(story[-1], Spacer):
        story.pop()  # a gap that ends the document can only land alone on a new, blank page
    buffer = io.BytesIO()
    pagesize = landscape(st.PAGE_SIZE) if meta.landscape else st.PAGE_SIZE
    doc = _Document(
        buffer,
        pagesize=pagesize,
        leftMargin=st.MARGIN,
        rightMargin=st.MARGIN,
        topMargin=st.MARGIN + 2 * mm,
        bottomMargin=st.MARGIN,
        title=printable(meta.title),
        author=meta.author,
        creator="Samordnare Desktop",
        lang="sv-SE",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    doc.contents = []

    def fill(canvas: Canvas, page: int) -> None:
        if contents is not None and page == contents.page:
            contents.fill(canvas, doc.contents)

    canvases: list[_NumberedCanvas] = []

    def make_canvas(*args: object, **kwargs: object) -> _NumberedCanvas:
        canvases.append(_NumberedCanvas(*args, meta=meta, page_hook=fill, **kwargs))
        return canvases[-1]

    if any(flowable.isIndexing() for flowable in story):
        doc.multiBuild(list(story), canvasmaker=make_canvas)  # a contents page needs two passes
    else:
        doc.build(list(story), canvasmaker=make_canvas)
    return buffer.getvalue(), len(canvases[-1]._pages)

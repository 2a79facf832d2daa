"""A :class:`~samordnare_desktop.domain.document.Document` as an editable Word file (python-docx).

The ministry's conventions: A4, 2.5 cm margins, Word's own Heading 1-3 styles (so a table of
contents Word inserts, or the one placed after the cover, is filled by "Uppdatera fält"), page
numbers "Sida N av M" in the footer as fields, tables with a header row that repeats on every page,
Swedish as the document language. Tables are written as XML rows directly: python-docx's
``add_row`` and ``cell.text`` cost some milliseconds per row, too much for 5,000 meetings.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from samordnare_desktop.domain.document import (
    Bullets,
    Document,
    Heading,
    PageBreak,
    Para,
    Table,
)
from samordnare_desktop.i18n import translate

Progress = Callable[[int, int], None]

# XML 1.0 allows tab, newline and carriage return, nothing else below 0x20, and no surrogates
# or U+FFFE/U+FFFF: lxml refuses such a string, so user text is cleaned before it goes in
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TEXT_WIDTH_CM = 21.0 - 2 * 2.5


def clean(text: str | None) -> str:
    """User text fit for a Word file: characters XML cannot hold dropped, CR LF as one break."""
    return _NOT_XML.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))


def _field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) in ``paragraph``: begin, instruction, shown text, end."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")  # Word refreshes it when the file opens
    run._r.append(begin)
    run = paragraph.add_run()
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run._r.append(code)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _page_setup(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)
    footer = section.footer.paragraphs[0]
    footer.alignment = 2  # right
    # "Sida {page} av {total}" with both numbers as fields
    words = re.split(r"(\{page\}|\{total\})", translate("pdf", "Page {page} of {total}"))
    for word in words:
        if word == "{page}":
            _field(footer, "PAGE")
        elif word == "{total}":
            _field(footer, "NUMPAGES")
        elif word:
            footer.add_run(word)


def _styles(doc) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    # the document's language: Swedish spelling and hyphenation in Word
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        rpr = styles[name].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "sv-SE")
    muted = styles.add_style("Meta", 1)  # 1: a paragraph style
    muted.base_style = normal
    muted.font.size = Pt(10)
    muted.font.color.rgb = RGBColor(0x5B, 0x67, 0x75)
    small = styles.add_style("Note", 1)
    small.base_style = normal
    small.font.size = Pt(9)
    small.font.italic = True
    small.font.color.rgb = RGBColor(0x5B, 0x67, 0x75)


class _Writer:
    """Appends blocks to a python-docx document, styles looked up once."""

    def __init__(self, doc) -> None:
        self.doc = doc
        styles = doc.styles
        self.style = {
            "body": styles["Normal"],
            "meta": styles["Meta"],
            "small": styles["Note"],
            "bullet": styles["List Bullet"],
            "grid": styles["Table Grid"],
        }
        self.headings = {n: styles[f"Heading {n}"] for n in (1, 2, 3)}

    def cover(self, document: Document) -> None:
        doc = self.doc
        doc.add_paragraph(clean(document.title), style=doc.styles["Title"])
        doc.add_paragraph(clean(document.subtitle), style=doc.styles["Subtitle"])
        for label, value in document.cover:
            if not value:
                continue
            p = doc.add_paragraph(style=self.style["meta"])
            p.add_run(clean(label) + ": ").bold = True
            p.add_run(clean(value))
        if document.contents:
            doc.add_paragraph(
                clean(translate("report_pdf", "Contents")), style=doc.styles["TOC Heading"]
            )
            toc = doc.add_paragraph()
            _field(
                toc,
                'TOC \\o "1-2" \\h \\z \\u',
                translate(
                    "word", "Right-click and choose Update field to fill in the table of contents."
                ),
            )
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def block(self, block) -> None:
        doc = self.doc
        if isinstance(block, Heading):
            doc.add_paragraph(clean(block.text), style=self.headings[min(max(block.level, 1), 3)])
        elif isinstance(block, Para):
            doc.add_paragraph(
                clean(block.text), style=self.style.get(block.style, self.style["body"])
            )
        elif isinstance(block, Bullets):
            for item in block.items:
                doc.add_paragraph(clean(item), style=self.style["bullet"])
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, block: Table) -> None:
        columns = len(block.header)
        widths = block.widths or tuple(1 / columns for _ in range(columns))
        twips = [int(TEXT_WIDTH_CM * w / 2.54 * 1440) for w in widths]
        table = self.doc.add_table(rows=0, cols=columns)
        table.style = self.style["grid"]
        table.autofit = False
        tblpr = table._tbl.tblPr
        full = tblpr.find(qn("w:tblW"))  # the table spans the text width
        if full is None:
            full = OxmlElement("w:tblW")
            tblpr.insert(1, full)  # after tblStyle: Word checks the order
        full.set(qn("w:w"), str(sum(twips)))
        full.set(qn("w:type"), "dxa")
        margins = OxmlElement("w:tblCellMar")  # some air around the text in a cell
        for side, size in (("top", 30), ("left", 80), ("bottom", 30), ("right", 80)):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:w"), str(size))
            edge.set(qn("w:type"), "dxa")
            margins.append(edge)
        look = tblpr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(margins)
        else:
            tblpr.append(margins)
        for i, width in enumerate(twips):
            table.columns[i].width = width * 635  # EMU per twip
        tbl = table._tbl
        tbl.append(_row(block.header, twips, header=True, numeric_from=block.numeric_from))
        last = len(block.rows) - 1
        for i, row in enumerate(block.rows):
            tbl.append(
                _row(
                    row,
                    twips,
                    bold=block.total_row and i == last,
                    numeric_from=block.numeric_from,
                )
            )
        self.doc.add_paragraph(style=self.style["meta"])  # air after a table


def _row(
    cells: tuple[str, ...],
    twips: list[int],
    *,
    header: bool = False,
    bold: bool = False,
    numeric_from: int = 99,
):
    tr = OxmlElement("w:tr")
    if header:
        trpr = OxmlElement("w:trPr")
        repeat = OxmlElement("w:tblHeader")  # repeated at the top of every page
        trpr.append(repeat)
        tr.append(trpr)
    for i, text in enumerate(cells):
        tc = OxmlElement("w:tc")
        tcpr = OxmlElement("w:tcPr")
        width = OxmlElement("w:tcW")
        width.set(qn("w:w"), str(twips[i] if i < len(twips) else twips[-1]))
        width.set(qn("w:type"), "dxa")
        tcpr.append(width)
        if header:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), "E3EAF2")
            tcpr.append(shading)
        tc.append(tcpr)
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:after"), "0")
        ppr.append(spacing)
        if i >= numeric_from and not header:
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), "right")
            ppr.append(jc)
        p.append(ppr)
        for n, line in enumerate(clean(str(text)).split("\n")):
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            if header or bold:
                rpr.append(OxmlElement("w:b"))
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "19")  # 9.5 pt
            rpr.append(size)
            r.append(rpr)
            if n:
                r.append(OxmlElement("w:br"))
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = line
            r.append(t)
            p.append(r)
        tc.append(p)
        tr.append(tc)
    return tr


def render(document: Document, progress: Progress | None = None) -> bytes:
    """The document as .docx bytes; ``progress(done, total)`` is told after each block."""
    doc = new_document()
    _page_setup(doc)
    _styles(doc)
    props = doc.core_properties
    props.title = clean(document.title)[:255]
    props.subject = clean(document.subtitle)[:255]
    props.author = "Nationell samordnare för den sociala barn- och ungdomsvården"
    props.language = "sv-SE"
    writer = _Writer(doc)
    writer.cover(document)
    total = len(document.blocks)
    for i, block in enumerate(document.blocks):
        writer.block(block)
        if progress is not None and i % 200 == 0:
            progress(i, total)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()

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
from xml.sax.saxutils import escape

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

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
        self.ids = {key: style.style_id for key, style in self.style.items()}
        self.ids.update({f"h{n}": style.style_id for n, style in self.headings.items()})

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

    def blocks(self, blocks, progress: Progress | None) -> None:
        """Every block as WordprocessingML text, put before the body's section properties and
        the whole document part parsed once. python-docx's ``add_paragraph(style=...)`` looks the
        style up among all of them for each paragraph, a table's elements made one by one cost
        seconds at 5,000 rows (the 10x programme's meetings annex), and lxml moving a parsed
        fragment into the document reconciles namespaces element by element (a minute)."""
        parts: list[str] = []
        total = len(blocks)
        for i, block in enumerate(blocks):
            parts.append(self.block(block))
            if progress is not None and i % 200 == 0:
                progress(i, total)
        part = self.doc.part
        text = etree.tostring(part.element, encoding="unicode")
        cut = text.rindex("<w:sectPr")  # the body's own: the last one
        part._element = parse_xml(text[:cut] + "".join(parts) + text[cut:])

    def block(self, block) -> str:
        if isinstance(block, Heading):
            return _paragraph(block.text, self.ids[f"h{min(max(block.level, 1), 3)}"])
        if isinstance(block, Para):
            return _paragraph(block.text, self.ids.get(block.style, self.ids["body"]))
        if isinstance(block, Bullets):
            return "".join(_paragraph(item, self.ids["bullet"]) for item in block.items)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, PageBreak):
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        return ""

    def table(self, block: Table) -> str:
        columns = len(block.header)
        widths = block.widths or tuple(1 / columns for _ in range(columns))
        twips = [int(TEXT_WIDTH_CM * w / 2.54 * 1440) for w in widths]
        margins = "".join(
            f'<w:{side} w:w="{size}" w:type="dxa"/>'
            for side, size in (("top", 30), ("left", 80), ("bottom", 30), ("right", 80))
        )
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.ids["grid"]}"/>'
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/>'  # the table spans the text width
            '<w:tblLayout w:type="fixed"/>'
            f"<w:tblCellMar>{margins}</w:tblCellMar>"  # some air around the text in a cell
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{w}"/>' for w in twips),
            "</w:tblGrid>",
            _row(block.header, twips, header=True, numeric_from=block.numeric_from),
        ]
        last = len(block.rows) - 1
        for i, row in enumerate(block.rows):
            out.append(
                _row(
                    row, twips, bold=block.total_row and i == last, numeric_from=block.numeric_from
                )
            )
        out.append("</w:tbl>")
        out.append(_paragraph("", self.ids["meta"]))  # air after a table
        return "".join(out)


def _paragraph(text: str, style_id: str) -> str:
    """A paragraph in a style, its line breaks and tabs kept (``w:br``, ``w:tab``)."""
    runs = []
    for n, line in enumerate(clean(text).split("\n")):
        if n:
            runs.append("<w:br/>")
        for m, piece in enumerate(line.split("\t")):
            if m:
                runs.append("<w:tab/>")
            if piece:
                runs.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    body = f"<w:r>{''.join(runs)}</w:r>" if runs else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{body}</w:p>'


def _row(
    cells: tuple[str, ...],
    twips: list[int],
    *,
    header: bool = False,
    bold: bool = False,
    numeric_from: int = 99,
) -> str:
    """One table row as WordprocessingML text (``w:`` prefix, declared by the caller)."""
    out = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>"]
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="E3EAF2"/>' if header else ""
    weight = "<w:b/>" if header or bold else ""
    size = "18" if header else "19"  # 9 pt bold headers fit "Placerade" in a seventh of A4
    for i, text in enumerate(cells):
        width = twips[i] if i < len(twips) else twips[-1]
        align = '<w:jc w:val="right"/>' if i >= numeric_from else ""  # headings too
        out.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:spacing w:after="0"/>{align}</w:pPr>'
        )
        for n, line in enumerate(clean(str(text)).split("\n")):
            out.append(
                f'<w:r><w:rPr>{weight}<w:sz w:val="{size}"/></w:rPr>{"<w:br/>" if n else ""}'
                f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
            )
        out.append("</w:p></w:tc>")
    out.append("</w:tr>")
    return "".join(out)


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
    writer.blocks(document.blocks, progress)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()

"""A report as plain blocks: headings, paragraphs, bullet lists and tables (no Qt, no docx).

A service fills a :class:`Document` once (``services.final_report``, ``services.report_document``)
and two renderers lay it out: ``word.render`` as an editable Word file (the report is finished by
hand in Word) and ``pdf.blocks`` as PDF with the house look. Every text is plain user text: each
renderer escapes it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 chapter, 2 section, 3 subsection


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body, meta (muted), small (a note under a table)


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # shares of the text width (equal when empty)
    numeric_from: int = 99  # columns from this index on are numbers: right-aligned
    total_row: bool = False  # the last row is a total (bold)


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | Bullets | Table | PageBreak


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    created: date
    cover: tuple[tuple[str, str], ...] = ()  # (label, value) under the title: from, to, dnr
    blocks: tuple[Block, ...] = field(default=())
    header_right: str = ""  # the PDF's running header
    contents: bool = True  # a table of contents after the cover

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

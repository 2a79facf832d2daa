"""The visit pack (besökspaket): every document for a visit in one PDF, in print order.

A cover (meeting, date, place, host, contacts and the contents with page numbers) comes first;
each part is a finished PDF from its own module, appended whole. Every part starts on an odd
page (a blank page is inserted where needed), so printing on both sides never puts the end of
one part and the start of the next on one sheet. The PDF outline has one entry per part.

Also here: the visit's questions as a part of their own, with room for notes on the day.
Input is plain data; ReportLab and pypdf are imported when a pack is made.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from samordnare_desktop import formatting as fmt
from samordnare_desktop.i18n import translate


@dataclass(frozen=True)
class PackContact:
    name: str
    title: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""  # e.g. "Värd", "Presskontakt"


@dataclass(frozen=True)
class PackCover:
    municipality: str
    visit_title: str
    day: date
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""  # name, room, address in one line
    host: PackContact | None = None
    contacts: tuple[PackContact, ...] = ()
    counts: str = ""  # e.g. "42 participants, 6 young people (headcount), 2 journalists"
    printed_on: date | None = None
    notes: tuple[str, ...] = ()  # what the pack lacks and why, e.g. the press invitation


@dataclass(frozen=True)
class PackPart:
    title: str  # the outline entry and the line in the contents
    pdf: bytes


CUT = 300  # one field on the cover


def _cut(text: str, limit: int = CUT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _meta_for(cover: PackCover, title: str):
    from samordnare_desktop.pdf.document import DocumentMeta

    printed = cover.printed_on or date.today()
    return DocumentMeta(
        title=f"{title} – {cover.municipality}, {cover.day.isoformat()}",
        header_right=cover.municipality,
        footer_left=translate("VisitPack", "Printed {date}").format(date=printed.isoformat()),
    )


def cover_pdf(cover: PackCover, contents: Sequence[tuple[str, int]]) -> bytes:
    """The cover page: the visit, host and contacts, and the contents (title, first page)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import render
    from samordnare_desktop.pdf.text import esc

    s = st.styles()
    title = translate("VisitPack", "Visit pack")
    when = fmt.long_date(cover.day)
    hours = fmt.time_range(cover.start_time, cover.end_time)
    if hours:
        when = f"{when}, {hours}"
    story: list = [
        Paragraph(esc(title.upper()), s["meta"]),
        Paragraph(esc(_cut(cover.municipality, 200)), s["title"]),
        Paragraph(esc(_cut(cover.visit_title, 200)), s["subtitle"]),
        Paragraph(esc(when), s["subtitle"]),
    ]
    if cover.venue:
        place = translate("VisitPack", "Place")
        story.append(Paragraph(f"<b>{esc(place)}:</b> {esc(_cut(cover.venue))}", s["body"]))
    if cover.counts:
        story.append(Paragraph(esc(cover.counts), s["meta"]))
    warn = s["body"].clone("pack_note", textColor=st.WARN)
    story += [Paragraph(esc(note), warn) for note in cover.notes]
    story.append(Spacer(1, 5 * mm))

    width = st.PAGE_SIZE[0] - 2 * st.MARGIN
    people = ([cover.host] if cover.host else []) + list(cover.contacts)
    if people:
        story.append(Paragraph(esc(translate("VisitPack", "Host and contacts")), s["h1"]))
        headers = (
            translate("VisitPack", "Name"),
            translate("VisitPack", "Role"),
            translate("VisitPack", "Phone"),
            translate("VisitPack", "E-mail"),
        )
        rows = [[Paragraph(esc(h), s["header_cell"]) for h in headers]]
        for person in people[:60]:
            name = f"<b>{esc(_cut(person.name, 120))}</b>"
            detail = ", ".join(p for p in (person.title, person.organisation) if p)
            if detail:
                name += f'<br/><font size="8.5" color="#5b6775">{esc(_cut(detail, 160))}</font>'
            rows.append(
                [
                    Paragraph(name, s["cell"]),
                    Paragraph(esc(_cut(person.role, 80)), s["cell"]),
                    Paragraph(esc(_cut(person.phone, 50)), s["cell"]),
                    Paragraph(esc(_cut(person.email, 120)), s["cell"]),
                ]
            )
        table = Table(
            rows, colWidths=[width * 0.36, width * 0.16, width * 0.18, width * 0.30], repeatRows=1
        )
        table.setStyle(st.table_style(rows=len(rows)))
        story.append(table)
        story.append(Spacer(1, 5 * mm))

    story.append(Paragraph(esc(translate("VisitPack", "Contents")), s["h1"]))
    lines = [
        [Paragraph(esc(_cut(name, 120)), s["cell"]), Paragraph(str(page), s["cell"])]
        for name, page in contents
    ]
    if lines:
        table = Table(lines, colWidths=[width - 20 * mm, 20 * mm])
        table.setStyle(st.table_style(header=False, zebra=False))
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            esc(
                translate(
                    "VisitPack",
                    "Each part starts on a right-hand page: print on both sides without "
                    "mixing parts. Blank pages are left on purpose.",
                )
            ),
            s["small"],
        )
    )
    return render(story, _meta_for(cover, title))


def questions_pdf(cover: PackCover, questions: Sequence[tuple[int, str]]) -> bytes:
    """The visit's questions, each followed by ruled room for notes on the day."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import render
    from samordnare_desktop.pdf.text import chunks, esc

    s = st.styles()
    title = translate("VisitPack", "Questions for the visit")
    story: list = [
        Paragraph(esc(title), s["title"]),
        Paragraph(esc(_cut(f"{cover.municipality} – {cover.visit_title}", 240)), s["subtitle"]),
        Paragraph(esc(fmt.long_date(cover.day)), s["meta"]),
        Spacer(1, 4 * mm),
    ]
    if not questions:
        story.append(
            Paragraph(
                esc(translate("VisitPack", "No questions are chosen for this visit.")), s["body"]
            )
        )
    width = st.PAGE_SIZE[0] - 2 * st.MARGIN
    for number, text in questions:
        label = translate("VisitPack", "Question {n}").format(n=number)
        story.append(CondPageBreak(45 * mm))
        story.append(Paragraph(esc(label), s["h2"]))
        story += [Paragraph(esc(part), s["body"]) for part in chunks(" ".join(text.split()))]
        ruled = Table([[""] for _ in range(5)], colWidths=[width], rowHeights=[8 * mm] * 5)
        ruled.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE)])
        story += [ruled, Spacer(1, 3 * mm)]
    return render(story, _meta_for(cover, title))


def visit_pack_pdf(cover: PackCover, parts: Sequence[PackPart]) -> bytes:
    """Cover plus ``parts`` in order, each starting on an odd page, with an outline entry each."""
    from pypdf import PdfReader, PdfWriter

    from samordnare_desktop.pdf.text import printable

    readers = [(part.title, PdfReader(io.BytesIO(part.pdf))) for part in parts]

    def layout(cover_pages: int) -> list[tuple[str, int]]:
        page = cover_pages + cover_pages % 2  # the first part after the cover's last sheet
        starts = []
        for name, reader in readers:
            starts.append((name, page + 1))
            count = len(reader.pages)
            page += count + count % 2
        return starts

    front = cover_pdf(cover, layout(1))
    front_pages = len(PdfReader(io.BytesIO(front)).pages)
    if front_pages != 1:  # a long list of contacts: number the parts again from its real length
        front = cover_pdf(cover, layout(front_pages))
    writer = PdfWriter()
    cover_reader = PdfReader(io.BytesIO(front))
    width = float(cover_reader.pages[0].mediabox.width)
    height = float(cover_reader.pages[0].mediabox.height)

    def append(title: str, reader: PdfReader) -> None:
        if len(writer.pages) % 2:
            writer.add_blank_page(width, height)
        first = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        writer.add_outline_item(title=title, page_number=first)

    append(translate("VisitPack", "Cover"), cover_reader)
    for name, reader in readers:
        append(name, reader)
    # no blank page at the end: the last sheet's back stays empty by itself, and a document
    # that ends on a blank page looks unfinished on screen (issue #14)
    pack_title = translate("VisitPack", "Visit pack")
    writer.add_metadata(
        {
            "/Title": printable(f"{pack_title} – {cover.municipality}, {cover.day.isoformat()}"),
            "/Author": "Nationell samordnare för den sociala barn- och ungdomsvården",
            "/Creator": "Samordnare Desktop",
        }
    )
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

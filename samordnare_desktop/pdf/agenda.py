"""The agenda of a visit as an A4 PDF: a time column, titles, presenters, descriptions, the press
meeting. A compact variant (larger type, no descriptions) shrinks to fit one page for the wall.

Input is :class:`~samordnare_desktop.pdf.documents.AgendaDocument` (plain data). Long text is
never put in a table cell: only the time and a short title share a row; descriptions follow as
ordinary paragraphs, which split across pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from samordnare_desktop import formatting as fmt
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import chunks, esc

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from samordnare_desktop.pdf.documents import AgendaDocument, AgendaItem

# Text longer than this never goes in a table cell (it could exceed a page: LayoutError).
CELL_LIMIT = 400
QUIET_KINDS = ("break", "lunch", "travel")


@dataclass(frozen=True)
class AgendaPdfOptions:
    descriptions: bool = True  # print each item's description
    presenter_details: bool = False  # presenter's title and organisation after the name
    compact: bool = False  # one page for the wall: larger type, no descriptions


def _styles(compact: bool) -> dict[str, ParagraphStyle]:
    from reportlab.lib.styles import ParagraphStyle

    from samordnare_desktop.pdf import styles as st

    base = st.styles()
    scale = 1.45 if compact else 1.0
    cell = base["cell"]
    return {
        **base,
        "h2": ParagraphStyle(
            "agenda_h2",
            parent=base["h2"],
            fontSize=base["h2"].fontSize * scale,
            leading=base["h2"].leading * scale,
        ),
        "body": ParagraphStyle(
            "agenda_body",
            parent=base["body"],
            fontSize=base["body"].fontSize * scale,
            leading=base["body"].leading * scale,
        ),
        "time": ParagraphStyle(
            "agenda_time",
            parent=cell,
            fontName=st.FONT_BOLD,
            fontSize=10 * scale,
            leading=13 * scale,
            textColor=st.ACCENT,
        ),
        "item": ParagraphStyle(
            "agenda_item",
            parent=cell,
            fontName=st.FONT_BOLD,
            fontSize=10.5 * scale,
            leading=13.5 * scale,
        ),
        "quiet": ParagraphStyle(
            "agenda_quiet",
            parent=cell,
            fontName=st.italics(),
            fontSize=10 * scale,
            leading=13 * scale,
            textColor=st.MUTED,
        ),
        "presenter": ParagraphStyle(
            "agenda_presenter",
            parent=cell,
            fontSize=9 * scale,
            leading=12 * scale,
            textColor=st.MUTED,
        ),
        "description": ParagraphStyle(
            "agenda_description",
            parent=base["body"],
            fontSize=9.5,
            leading=13,
            spaceAfter=3,
        ),
        "title": ParagraphStyle(
            "agenda_title",
            parent=base["title"],
            fontSize=19 * (1.25 if compact else 1),
            leading=24 * (1.25 if compact else 1),
        ),
        "subtitle": ParagraphStyle(
            "agenda_subtitle",
            parent=base["subtitle"],
            fontSize=12 * (1.2 if compact else 1),
            leading=16 * (1.2 if compact else 1),
        ),
    }


def _paragraphs(text: str, style: ParagraphStyle, *, indent: float = 0) -> list[Flowable]:
    """User text as one paragraph per block (blank line or line break), each splittable."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    if indent:
        style = ParagraphStyle(f"{style.name}_indent", parent=style, leftIndent=indent)
    blocks = [b.strip() for b in text.replace("\r", "").split("\n")]
    return [Paragraph(esc(piece), style) for block in blocks for piece in chunks(block)]


def _item(
    item: AgendaItem, s: dict, options: AgendaPdfOptions, time_width: float, width: float
) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from samordnare_desktop.pdf import styles as st

    when = Paragraph(esc(fmt.span(item.start_time, item.end_minutes)), s["time"])
    title_style = s["quiet"] if item.kind.value in QUIET_KINDS else s["item"]
    presenter = item.presenter(details=options.presenter_details)
    short = len(item.title) + len(presenter) <= CELL_LIMIT
    head: list[Flowable] = [Paragraph(esc(item.title), title_style)]
    if presenter:
        head.append(Paragraph(esc(presenter), s["presenter"]))
    row_cell: list[Flowable] = head if short else []
    table = Table(
        [[when, row_cell]],
        colWidths=[time_width, width - time_width],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    flow: list[Flowable] = [table]
    if not short:  # very long title or presenter: ordinary paragraphs below the time
        flow += _paragraphs(item.title, title_style, indent=time_width)
        if presenter:
            flow += _paragraphs(presenter, s["presenter"], indent=time_width)
    rest: list[Flowable] = []
    if options.descriptions and not options.compact and item.description:
        rest = _paragraphs(item.description, s["description"], indent=time_width)
    if options.compact:  # inside KeepInFrame, which cannot hold KeepTogether
        return [*flow, Spacer(1, 3)]
    flow += rest[:1]
    return [KeepTogether(flow), *rest[1:], Spacer(1, 3)]


def _press(doc: AgendaDocument, s: dict) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    press = doc.press
    if press is None:
        return []
    out: list[Flowable] = [Paragraph(esc(translate("AgendaPdf", "Press meeting")), s["h2"])]
    contact = ", ".join(
        p for p in (press.contact_name, press.contact_phone, press.contact_email) if p
    )
    for label, value in (
        (translate("AgendaPdf", "Time"), fmt.time_range(press.start, press.end)),
        (translate("AgendaPdf", "Place"), press.place),
        (translate("AgendaPdf", "Press contact"), contact),
    ):
        if value:
            out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", s["body"]))
    return out


def _questions(doc: AgendaDocument, s: dict) -> list[Flowable]:
    """The questions the visit explores, so the day's sessions and the minutes can name them."""
    from reportlab.platypus import Paragraph, Spacer

    if not doc.questions:
        return []
    out: list[Flowable] = [Paragraph(esc(translate("AgendaPdf", "Questions for the day")), s["h2"])]
    for number, text in doc.questions:
        label = translate("AgendaPdf", "Question {n}").format(n=number)
        for i, part in enumerate(chunks(text)):
            lead = f"<b>{esc(label)}:</b> " if i == 0 else ""
            out.append(Paragraph(lead + esc(part), s["body"]))
    out.append(Spacer(1, 6))
    return out


def _heading(doc: AgendaDocument, s: dict) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Spacer

    when = fmt.long_date(doc.day)
    hours = fmt.time_range(doc.start_time, doc.end_time)
    if hours:
        when = f"{when} · {hours}"
    venue = ", ".join(p for p in (doc.venue_name, doc.venue_room, doc.venue_address) if p)
    out: list[Flowable] = [
        Paragraph(esc(doc.municipality_name), s["subtitle"]),
        Paragraph(esc(doc.visit_title), s["title"]),
        Paragraph(esc(when), s["subtitle"]),
    ]
    if venue:
        label = translate("AgendaPdf", "Venue")
        out.append(Paragraph(f"{esc(label)}: {esc(venue)}", s["meta"]))
    out.append(Spacer(1, 8))
    return out


def story(doc: AgendaDocument, options: AgendaPdfOptions = AgendaPdfOptions()) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, Paragraph

    from samordnare_desktop.pdf import styles as st

    s = _styles(options.compact)
    width = st.PAGE_SIZE[0] - 2 * st.MARGIN
    time_width = (40 if options.compact else 30) * mm
    flow = _heading(doc, s)
    if not options.compact:
        flow += _questions(doc, s)
    if not doc.items:
        flow.append(
            Paragraph(esc(translate("AgendaPdf", "The agenda has no items yet.")), s["meta"])
        )
    for item in doc.items:
        flow += _item(item, s, options, time_width, width)
    flow += _press(doc, s)
    if not options.compact:
        return flow
    height = st.PAGE_SIZE[1] - 2 * st.MARGIN - 2 * mm - 1
    return [KeepInFrame(width, height, flow, mode="shrink")]


def render_agenda(doc: AgendaDocument, options: AgendaPdfOptions = AgendaPdfOptions()) -> bytes:
    """The agenda PDF (A4, "Sida N av M")."""
    from samordnare_desktop.pdf.document import DocumentMeta, render

    footer = ""
    if doc.printed_on is not None:
        footer = translate("AgendaPdf", "Printed {date}").format(
            date=fmt.short_date(doc.printed_on)
        )
    meta = DocumentMeta(
        title=translate("AgendaPdf", "Agenda: {title}, {date}").format(
            title=doc.visit_title, date=fmt.short_date(doc.day)
        ),
        header_right=doc.municipality_name,
        footer_left=footer,
    )
    return render(story(doc, options), meta)

"""The agenda of a visit as an A4 PDF: a time column, titles, presenters, descriptions, the press
meeting. The heading names the municipality, the venue and the host to ask for. A compact variant
(no descriptions) for the wall has its type scaled so the agenda fills one A4 page, but never
below a readable size (``MIN_FONT_SIZE``): an agenda too long for that takes the pages it needs,
and the result says so (``RenderedAgenda.notice``).

Input is :class:`~samordnare_desktop.pdf.documents.AgendaDocument` (plain data). Long text is
never put in a table cell: only the time and a short title share a row; descriptions follow as
ordinary paragraphs, which split across pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from samordnare_desktop import formatting as fmt
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import chunks, esc, face_has, printable

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from samordnare_desktop.pdf.documents import AgendaDocument, AgendaItem

# Text longer than this never goes in a table cell (it could exceed a page: LayoutError).
CELL_LIMIT = 400
QUIET_KINDS = ("break", "lunch", "travel")

# The wall version shrinks its type to fit one page, but no text on it goes below this size.
# 7.5 pt is about the smallest type still read without effort on paper held in the hand (the
# running header and footer are 8 pt, a newspaper's small print 7-8 pt); below it, as when 40
# long items were squeezed onto one page at 3-4 pt, a printed agenda is unreadable. The smallest
# text is the presenter line (9 pt at scale 1), so the type scales down to 7.5 / 9 at the least;
# the heading's meta lines keep at least their ordinary size (see ``_styles``).
MIN_FONT_SIZE = 7.5
MIN_SCALE = MIN_FONT_SIZE / 9


@dataclass(frozen=True)
class AgendaPdfOptions:
    descriptions: bool = True  # print each item's description
    presenter_details: bool = False  # presenter's title and organisation after the name
    compact: bool = False  # one page for the wall: larger type, no descriptions


@dataclass(frozen=True)
class RenderedAgenda:
    data: bytes  # the PDF
    pages: int
    notice: str = ""  # the wall version did not fit one page in readable type (translated)


def _styles(compact: bool, scale: float | None = None) -> dict[str, ParagraphStyle]:
    from reportlab.lib.styles import ParagraphStyle

    from samordnare_desktop.pdf import styles as st

    base = st.styles()
    scale = scale or (1.45 if compact else 1.0)
    # the title grows with the rest on the wall, and never gets smaller than on the ordinary
    # agenda (its meta line would otherwise be the smallest text on a long wall version)
    big = max(1.0, scale / 1.45 * 1.25) if compact else 1.0
    sub = max(1.0, scale / 1.45 * 1.2) if compact else 1.0
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
        "quiet_upright": ParagraphStyle(
            "agenda_quiet_upright",
            parent=cell,
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
            fontSize=19 * big,
            leading=24 * big,
        ),
        "meta": ParagraphStyle(
            "agenda_meta",
            parent=base["meta"],
            fontSize=base["meta"].fontSize * sub,
            leading=base["meta"].leading * sub,
        ),
        "subtitle": ParagraphStyle(
            "agenda_subtitle",
            parent=base["subtitle"],
            fontSize=12 * sub,
            leading=16 * sub,
        ),
    }


def _paragraphs(text: str, style: ParagraphStyle, *, indent: float = 0) -> list[Flowable]:
    """User text as one paragraph per block (blank line or line break), each splittable."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    if indent:
        style = ParagraphStyle(f"{style.name}_indent", parent=style, leftIndent=indent)
    # a block longer than one chunk continues without a paragraph gap (it is one paragraph)
    joined = ParagraphStyle(f"{style.name}_joined", parent=style, spaceAfter=0, spaceBefore=0)
    out: list[Flowable] = []
    for block in (b.strip() for b in text.replace("\r", "").split("\n")):
        pieces = chunks(block)
        out += [
            Paragraph(esc(piece), style if i == len(pieces) - 1 else joined)
            for i, piece in enumerate(pieces)
        ]
    return out


def _item(
    item: AgendaItem,
    s: dict,
    options: AgendaPdfOptions,
    time_width: float,
    width: float,
    framed: bool,
) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from samordnare_desktop.pdf import styles as st

    when = Paragraph(esc(fmt.span(item.start_time, item.end_minutes)), s["time"])
    title_style = s["quiet"] if item.kind.value in QUIET_KINDS else s["item"]
    if title_style is s["quiet"] and not face_has(title_style.fontName, printable(item.title)):
        title_style = s["quiet_upright"]  # Arabic: the italic face has none
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
    if framed:  # inside KeepInFrame, which cannot hold KeepTogether
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
        Paragraph(
            esc(
                translate("AgendaPdf", "{title} – {municipality}").format(
                    title=doc.visit_title, municipality=doc.municipality_name
                )
            ),
            s["title"],
        ),
        Paragraph(esc(when), s["subtitle"]),
    ]
    lines = []
    if venue:
        lines.append((translate("AgendaPdf", "Venue"), venue))
    if doc.host is not None:
        host = doc.host
        lines.append(
            (
                translate("AgendaPdf", "Host"),
                ", ".join(p for p in (host.name, host.title, host.phone, host.email) if p),
            )
        )
    for label, value in lines:
        out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", s["meta"]))
    out.append(Spacer(1, 8))
    return out


def _flow(
    doc: AgendaDocument,
    options: AgendaPdfOptions,
    width: float,
    scale: float | None = None,
    *,
    framed: bool = False,
) -> list[Flowable]:
    """The agenda's flowables; ``framed``: for the one-page wall version's KeepInFrame."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    s = _styles(options.compact, scale)
    time_width = (40 * (scale or 1.45) / 1.45 if options.compact else 30) * mm
    flow = _heading(doc, s)
    if not options.compact:
        flow += _questions(doc, s)
    if not doc.items:
        flow.append(
            Paragraph(esc(translate("AgendaPdf", "The agenda has no items yet.")), s["meta"])
        )
    for item in doc.items:
        flow += _item(item, s, options, time_width, width, framed)
    flow += _press(doc, s)
    return flow


def _height(flow: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in flow:
        total += flowable.wrap(width, height)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def story(doc: AgendaDocument, options: AgendaPdfOptions = AgendaPdfOptions()) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame

    from samordnare_desktop.pdf import styles as st

    width = st.PAGE_SIZE[0] - 2 * st.MARGIN
    if not options.compact:
        return _flow(doc, options, width)
    # The wall version: the largest type (up to three times the body size) that fills the page,
    # down to the readable floor; an agenda that does not fit at the floor runs on over pages.
    height = st.PAGE_SIZE[1] - 2 * st.MARGIN - 2 * mm - 1

    def fits(scale: float) -> bool:
        flow = _flow(doc, options, width, scale, framed=True)
        return _height(flow, width, height) <= height * 0.97

    low, high = 0.8, 3.0
    for _ in range(7):  # to within 2 % of the best size
        middle = (low + high) / 2
        if fits(middle):
            low = middle
        else:
            high = middle
    if low < MIN_SCALE and not fits(MIN_SCALE):
        return _flow(doc, options, width, MIN_SCALE)  # items kept whole, as on the ordinary one
    flow = _flow(doc, options, width, max(low, MIN_SCALE), framed=True)
    # "shrink" only guards against a measure that is off by more than the 3 % left free
    return [KeepInFrame(width, height, flow, mode="shrink")]


def render_agenda(doc: AgendaDocument, options: AgendaPdfOptions = AgendaPdfOptions()) -> bytes:
    """The agenda PDF (A4, "Sida N av M")."""
    return render_agenda_pages(doc, options).data


def render_agenda_pages(
    doc: AgendaDocument, options: AgendaPdfOptions = AgendaPdfOptions()
) -> RenderedAgenda:
    """The agenda PDF with its page count, and a notice when the wall version needed more than
    one page (it never shrinks its type below ``MIN_FONT_SIZE`` to fit)."""
    from samordnare_desktop.pdf.document import DocumentMeta, render_counted

    footer = ""
    if doc.printed_on is not None:
        footer = translate("AgendaPdf", "Printed {date}").format(
            date=fmt.short_date(doc.printed_on)
        )
    meta = DocumentMeta(
        title=translate("AgendaPdf", "Agenda: {title}, {date}").format(
            title=doc.visit_title, date=fmt.short_date(doc.day)
        ),  # the running header cuts a long title to fit beside the municipality
        header_right=doc.municipality_name,
        footer_left=footer,
    )
    data, pages = render_counted(story(doc, options), meta)
    notice = ""
    if options.compact and pages > 1:
        notice = translate(
            "AgendaPdf",
            "The agenda did not fit on one page in readable type and took {pages} pages.",
        ).format(pages=pages)
    return RenderedAgenda(data, pages, notice)

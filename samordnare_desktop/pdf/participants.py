"""Participant list (deltagarlista) and sign-in sheet (närvarolista) for one visit, from plain data.

The input is plain dataclasses (no ORM, no Qt); ReportLab is imported inside the functions, so
importing this module for its option types costs nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from samordnare_desktop.i18n import translate

CELL_LIMIT = 300  # longer text is cut in table cells (a giant cell cannot be split over pages)
NOTE_LIMIT = 400  # notes longer than this are cut in the table and printed in full below it
CHECKED = "\u2611"  # ☑ (DejaVu Sans has both glyphs)
UNCHECKED = "\u2610"  # ☐


class ListColumn(enum.StrEnum):
    NAME = "name"
    TITLE = "title"
    ORGANISATION = "organisation"
    CATEGORY = "category"
    EMAIL = "email"
    PHONE = "phone"
    ATTENDANCE = "attendance"
    NOTES = "notes"

    def label(self) -> str:
        return {
            ListColumn.NAME: translate("ParticipantPdf", "Name"),
            ListColumn.TITLE: translate("ParticipantPdf", "Title"),
            ListColumn.ORGANISATION: translate("ParticipantPdf", "Organisation"),
            ListColumn.CATEGORY: translate("ParticipantPdf", "Category"),
            ListColumn.EMAIL: translate("ParticipantPdf", "E-mail"),
            ListColumn.PHONE: translate("ParticipantPdf", "Phone"),
            ListColumn.ATTENDANCE: translate("ParticipantPdf", "Present"),
            ListColumn.NOTES: translate("ParticipantPdf", "Notes"),
        }[self]


DEFAULT_COLUMNS = (
    ListColumn.NAME,
    ListColumn.TITLE,
    ListColumn.ORGANISATION,
    ListColumn.ATTENDANCE,
)

# relative widths of the text columns the user picked; phone and attendance have fixed widths (mm)
_WEIGHTS = {
    ListColumn.NAME: 1.5,
    ListColumn.TITLE: 1.3,
    ListColumn.ORGANISATION: 1.5,
    ListColumn.CATEGORY: 1.25,
    ListColumn.EMAIL: 1.6,
    ListColumn.NOTES: 1.7,
}
_FIXED_MM = {ListColumn.PHONE: 29, ListColumn.ATTENDANCE: 20}


class GroupBy(enum.StrEnum):
    CATEGORY = "category"
    ORGANISATION = "organisation"
    NONE = "none"

    def label(self) -> str:
        return {
            GroupBy.CATEGORY: translate("ParticipantPdf", "Category"),
            GroupBy.ORGANISATION: translate("ParticipantPdf", "Organisation"),
            GroupBy.NONE: translate("ParticipantPdf", "No grouping"),
        }[self]


class AttendanceStyle(enum.StrEnum):
    BOXES = "boxes"  # ☑ / ☐
    WORDS = "words"  # Ja / Nej

    def label(self) -> str:
        return {
            AttendanceStyle.BOXES: translate("ParticipantPdf", "Check boxes"),
            AttendanceStyle.WORDS: translate("ParticipantPdf", "Yes / No"),
        }[self]


@dataclass(frozen=True)
class VisitHeading:
    """What the documents say about the visit."""

    municipality: str
    title: str  # e.g. "Första besök"
    day: date
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""


@dataclass(frozen=True)
class ParticipantEntry:
    """One participant as printed; ``name`` is already the printable name (children: "Ungdom 3"
    unless their print setting allows the first name), ``category`` the translated label."""

    name: str
    title: str = ""
    organisation: str = ""
    category: str = ""
    category_order: int = 0  # groups by category print in this order
    email: str = ""
    phone: str = ""
    attended: bool | None = None  # None: not recorded
    notes: str = ""
    travelling: bool = False  # travels with the coordinator: counted apart from the hosts


@dataclass(frozen=True)
class ListOptions:
    group_by: GroupBy = GroupBy.CATEGORY
    columns: tuple[ListColumn, ...] = DEFAULT_COLUMNS
    attendance_style: AttendanceStyle = AttendanceStyle.BOXES
    printed_on: date | None = None

    def __post_init__(self) -> None:
        ordered = tuple(c for c in ListColumn if c in self.columns) or (ListColumn.NAME,)
        object.__setattr__(self, "columns", ordered)


@dataclass(frozen=True)
class _Group:
    title: str
    entries: list[ParticipantEntry] = field(default_factory=list)


def _name_key(entry: ParticipantEntry) -> tuple[str, str]:
    """Surname first, as Swedish lists sort ("Ungdom 3" keeps its whole name as the key)."""
    from samordnare_desktop.domain.validation import match_key

    parts = entry.name.split()
    if len(parts) > 1 and parts[-1].isdigit():  # "Ungdom 10" after "Ungdom 9"
        return (_swedish(match_key(" ".join(parts[:-1]))), parts[-1].zfill(8))
    last = parts[-1] if parts else ""
    return (_swedish(match_key(last)), _swedish(match_key(entry.name)))


def _swedish(text: str) -> str:
    return text.translate(str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"}))


def group_entries(entries: Sequence[ParticipantEntry], group_by: GroupBy) -> list[_Group]:
    """Groups in print order, each sorted by surname."""
    from samordnare_desktop.domain.validation import match_key

    ordered = sorted(entries, key=_name_key)
    if group_by is GroupBy.NONE:
        return [_Group("", ordered)]
    groups: dict[tuple, _Group] = {}
    for entry in ordered:
        if group_by is GroupBy.CATEGORY:
            label = entry.category or translate("ParticipantPdf", "No category")
            key: tuple = (entry.category_order, _swedish(match_key(label)))
        else:
            label = entry.organisation or translate("ParticipantPdf", "No organisation")
            key = (0 if entry.organisation else 1, _swedish(match_key(label)))
        groups.setdefault(key, _Group(label)).entries.append(entry)
    return [groups[key] for key in sorted(groups)]


def attendance_summary(entries: Sequence[ParticipantEntry]) -> str:
    present = sum(1 for e in entries if e.attended)
    return translate("ParticipantPdf", "Present {present} of {total}").format(
        present=present, total=len(entries)
    )


def _cut(text: str, limit: int = CELL_LIMIT) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _heading_story(heading: VisitHeading, document_title: str, printed_on: date | None) -> list:
    from reportlab.platypus import Paragraph

    from samordnare_desktop import formatting as fmt
    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.text import esc

    s = st.styles()
    when = fmt.long_date(heading.day)
    hours = fmt.time_range(heading.start_time, heading.end_time)
    if hours:
        when = f"{when}, {hours}"
    lines = [
        Paragraph(esc(document_title), s["title"]),
        Paragraph(esc(_cut(f"{heading.municipality} – {heading.title}", 240)), s["subtitle"]),
        Paragraph(esc(when), s["meta"]),
    ]
    if heading.venue:
        lines.append(Paragraph(esc(_cut(heading.venue, 240)), s["meta"]))
    return lines


def _meta(document_title: str, heading: VisitHeading, printed_on: date | None, **kw: object):
    from samordnare_desktop.pdf.document import DocumentMeta

    printed = printed_on or date.today()
    return DocumentMeta(
        title=f"{document_title} – {heading.municipality}, {heading.day.isoformat()}",
        header_right=heading.municipality,
        footer_left=translate("ParticipantPdf", "Printed {date}").format(date=printed.isoformat()),
        **kw,
    )


def _list_table_class():
    """A table whose group headings stay with their first row and come back, marked
    "(forts.)", at the top of a page where a group continues (with the column header)."""
    from reportlab.platypus import Table

    def continued(cell):  # Table may keep a flowable cell wrapped in a tuple
        cells = cell if isinstance(cell, (tuple, list)) else (cell,)
        return next((c.continued for c in cells if getattr(c, "continued", None)), None)

    class ListTable(Table):
        def split(self, availWidth, availHeight):
            parts = super().split(availWidth, availHeight)
            rows = self._cellvalues
            if len(parts) != 2:
                return parts
            n = len(parts[0]._cellvalues)
            headings = [i for i in range(n) if continued(rows[i][0])]
            if n >= len(rows) or continued(rows[n][0]) or not headings:
                return parts
            kept = self.repeatRows
            self.repeatRows = (0, headings[-1])
            try:
                parts = super().split(availWidth, availHeight)
            finally:
                self.repeatRows = kept
            if len(parts) == 2:
                row = list(parts[1]._cellvalues[1])  # a copy: the row is shared with part one
                row[0] = continued(rows[headings[-1]][0])
                parts[1]._cellvalues[1] = row
            return parts

    return ListTable


def counted_line(entries: Sequence[ParticipantEntry], counted: Sequence[tuple[str, int]]) -> str:
    """ "Also counted, not named: 6 Young people · 48 in all" (empty without headcounts); the
    total is the hosts' named people plus ``counted``: those travelling with the coordinator are
    counted apart (see ``travelling_line``), as in the quarterly report."""
    if not counted:
        return ""
    groups = ", ".join(f"{n} {group}" for group, n in counted)
    hosts = sum(1 for e in entries if not e.travelling)
    return translate("ParticipantPdf", "Also counted, not named: {groups} · {total} in all").format(
        groups=groups, total=hosts + sum(n for _, n in counted)
    )


def travelling_count(entries: Sequence[ParticipantEntry], counted_travelling: int = 0) -> int:
    """Those travelling with the coordinator: named ones plus headcounts in such categories."""
    return sum(1 for e in entries if e.travelling) + counted_travelling


def travelling_line(count: int) -> str:
    return (
        translate("ParticipantPdf", "{count} travelling with the coordinator").format(count=count)
        if count
        else ""
    )


def participant_list_pdf(
    heading: VisitHeading,
    entries: Sequence[ParticipantEntry],
    options: ListOptions | None = None,
    counted: Sequence[tuple[str, int]] = (),
    counted_travelling: int = 0,
) -> bytes:
    """The participant list: grouped, the chosen columns, attendance with totals per group;
    ``counted`` are (group, number) headcounts, in the totals beside the named people;
    ``counted_travelling`` people counted in the travelling categories (shown apart)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import render
    from samordnare_desktop.pdf.text import chunks, esc

    options = options or ListOptions()
    s = st.styles()
    columns = options.columns
    show_attendance = ListColumn.ATTENDANCE in columns
    landscape = len(columns) > 5
    title = translate("ParticipantPdf", "Participant list")
    story: list = _heading_story(heading, title, options.printed_on)
    hosts = [e for e in entries if not e.travelling]
    summary = translate("ParticipantPdf", "{count} participants").format(count=len(hosts))
    if show_attendance and hosts:
        summary += " · " + attendance_summary(hosts)
    if travelling := travelling_count(entries, counted_travelling):
        summary += " · " + travelling_line(travelling)
    story.append(Paragraph(esc(summary), s["meta"]))
    if counted:
        story.append(Paragraph(esc(counted_line(entries, counted)), s["meta"]))
    story.append(Spacer(1, 4 * mm))
    if not entries:
        story.append(Paragraph(esc(translate("ParticipantPdf", "No participants yet.")), s["body"]))

    page_width = (297 if landscape else 210) * mm - 2 * st.MARGIN
    number_width = 9 * mm  # the row number, so a list read aloud or on the phone can be followed
    fixed = number_width + sum(_FIXED_MM.get(c, 0) * mm for c in columns)
    total_weight = sum(_WEIGHTS.get(c, 0) for c in columns) or 1
    widths = [number_width] + [
        _FIXED_MM[c] * mm if c in _FIXED_MM else (page_width - fixed) * _WEIGHTS[c] / total_weight
        for c in columns
    ]
    header = [Paragraph("#", s["header_cell"])]
    header += [Paragraph(esc(c.label()), s["header_cell"]) for c in columns]
    number_style = s["cell_small"].clone("list_number", alignment=2)
    group_style = s["cell_bold"].clone("list_group", fontSize=10.5, leading=13.5)
    dense = len(columns) > 5  # landscape with many columns: a size smaller, fewer split words
    text_style = s["cell"].clone("cell_dense", fontSize=8.5, leading=11) if dense else s["cell"]
    center = text_style.clone("cell_center", alignment=1)
    box = s["cell"].clone("cell_box", alignment=1, fontSize=13, leading=13)

    def cell(entry: ParticipantEntry, column: ListColumn):
        if column is ListColumn.NAME:
            return Paragraph(f"<b>{esc(_cut(entry.name))}</b>", text_style)
        if column is ListColumn.ATTENDANCE:
            if entry.attended is None:
                mark = "–" if options.attendance_style is AttendanceStyle.WORDS else UNCHECKED
            elif options.attendance_style is AttendanceStyle.BOXES:
                mark = CHECKED if entry.attended else UNCHECKED
            else:
                mark = (
                    translate("ParticipantPdf", "Yes")
                    if entry.attended
                    else translate("ParticipantPdf", "No")
                )
            boxes = options.attendance_style is AttendanceStyle.BOXES
            return Paragraph(esc(mark), box if boxes else center)
        if column is ListColumn.NOTES:
            return Paragraph(esc(_cut(entry.notes, NOTE_LIMIT)), s["cell_small"])
        value = {
            ListColumn.TITLE: entry.title,
            ListColumn.ORGANISATION: entry.organisation,
            ListColumn.CATEGORY: entry.category,
            ListColumn.EMAIL: entry.email,
            ListColumn.PHONE: entry.phone,
        }[column]
        return Paragraph(esc(_cut(value)), text_style)

    # One table: the column header repeats on every page, each group is a heading row kept
    # with its first person, and a group that goes on over a page says so at the top.
    data: list[list] = [header]
    style: list[tuple] = []
    number = 0
    continued = translate("ParticipantPdf", "(cont.)")
    for group in group_entries(entries, options.group_by) if entries else []:
        if group.title:
            title_text = f"{esc(_cut(group.title, 200))} ({len(group.entries)})"
            text = title_text
            if show_attendance:
                text += (
                    f' <font size="9" color="#5b6775">· {esc(attendance_summary(group.entries))}'
                    "</font>"
                )
            heading_cell = Paragraph(text, group_style)
            heading_cell.continued = Paragraph(f"{title_text} {esc(continued)}", group_style)
            row = len(data)
            data.append([heading_cell] + [""] * len(columns))
            style += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), st.HEADER_FILL),
                ("TOPPADDING", (0, row), (-1, row), 4),
                ("NOSPLIT", (0, row), (-1, row + 1)),
            ]
        for entry in group.entries:
            number += 1
            data.append([Paragraph(str(number), number_style)] + [cell(entry, c) for c in columns])
    notes = [e for e in entries if len(e.notes) > NOTE_LIMIT]
    if len(data) > 1:
        table = _list_table_class()(data, colWidths=widths, repeatRows=1)
        compact = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
        table.setStyle(st.table_style(rows=0) + compact + style)
        story.append(table)
    if notes and ListColumn.NOTES in columns:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(esc(translate("ParticipantPdf", "Notes in full")), s["small"]))
        for entry in sorted(notes, key=_name_key):
            paragraphs = [c for p in entry.notes.split("\n") for c in chunks(p.strip())]
            block = [Paragraph(f"<b>{esc(_cut(entry.name))}</b>", s["cell"])]
            block += [Paragraph(esc(p), s["cell_small"]) for p in paragraphs]
            story.append(KeepTogether(block[:2]))
            story += block[2:]
    return render(story, _meta(title, heading, options.printed_on, landscape=landscape))


def signin_sheet_pdf(
    heading: VisitHeading,
    entries: Sequence[ParticipantEntry],
    *,
    blank_rows: int = 10,
    printed_on: date | None = None,
    counted: Sequence[tuple[str, int]] = (),
    counted_travelling: int = 0,
) -> bytes:
    """The sign-in sheet: name, organisation and room to sign (rows ≥ 1 cm), blank rows last;
    ``counted`` headcounts are stated below the table with the total, those travelling with the
    coordinator (named and ``counted_travelling``) apart."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import render
    from samordnare_desktop.pdf.text import esc

    s = st.styles()
    title = translate("ParticipantPdf", "Sign-in sheet")
    story: list = _heading_story(heading, title, printed_on)
    story += [
        Paragraph(
            esc(
                translate(
                    "ParticipantPdf",
                    "Please sign beside your name. Not on the list? Write your name on an empty row.",
                )
            ),
            s["meta"],
        ),
        Spacer(1, 4 * mm),
    ]
    width = 210 * mm - 2 * st.MARGIN
    widths = [9 * mm, width * 0.33, width * 0.27]
    widths.append(width - sum(widths))
    number_style = s["cell_small"].clone("cell_number", alignment=2)
    # "Anna-Karin Lindqvist-Söderström" breaks at its hyphens, not inside a name part
    name_style = s["cell"].clone("cell_name", embeddedHyphenation=1)

    def signature_room():
        return Spacer(1, 10 * mm)  # keeps every row at least 1 cm (+ padding) high

    data: list[list] = [
        [
            Paragraph("#", s["header_cell"]),
            Paragraph(esc(translate("ParticipantPdf", "Name")), s["header_cell"]),
            Paragraph(esc(translate("ParticipantPdf", "Organisation")), s["header_cell"]),
            Paragraph(esc(translate("ParticipantPdf", "Signature")), s["header_cell"]),
        ]
    ]
    for number, entry in enumerate(sorted(entries, key=_name_key), start=1):
        # name and title as two paragraphs: a long name then breaks at its own hyphens
        name = [Paragraph(f"<b>{esc(_cut(entry.name))}</b>", name_style)]
        if entry.title:
            name.append(Paragraph(esc(_cut(entry.title, 120)), s["cell_small"]))
        data.append(
            [
                Paragraph(str(number), number_style),
                name,
                Paragraph(esc(_cut(entry.organisation, 160)), s["cell"]),
                signature_room(),
            ]
        )
    first_blank = len(data)
    for number in range(len(entries) + 1, len(entries) + max(0, blank_rows) + 1):
        data.append([Paragraph(str(number), number_style), "", "", signature_room()])
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        *st.table_style(rows=len(data), zebra=False),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEBEFORE", (3, 0), (3, -1), 0.4, st.RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.6, st.MUTED),
    ]
    if first_blank < len(data):
        style.append(("LINEABOVE", (0, first_blank), (-1, first_blank), 1.2, st.ACCENT))
        if len(data) - first_blank <= 15:  # the blank rows stay together (not 1 + 9)
            style.append(("NOSPLIT", (0, first_blank), (-1, -1)))
    table.setStyle(style)
    story.append(table)
    if counted:
        story += [Spacer(1, 3 * mm), Paragraph(esc(counted_line(entries, counted)), s["meta"])]
    if counted_travelling or (counted and any(e.travelling for e in entries)):
        line = travelling_line(travelling_count(entries, counted_travelling))
        story += [Spacer(1, 1 * mm), Paragraph(esc(line), s["meta"])]
    return render(story, _meta(title, heading, printed_on))

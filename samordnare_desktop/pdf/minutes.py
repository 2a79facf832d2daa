"""The minutes of a meeting (*minnesanteckningar*) as an A4 PDF: title, municipality, date, place,
an attendance summary (present and absent by participant category), the meeting's general notes,
then per agenda item its time and title, notes, decisions, an actions table (action, owner, due)
and the findings made under it.

Input is :class:`MinutesDocument` (plain data, standard library only; ReportLab is imported when
the PDF is made). The service hands over text with children's names already replaced by their
pseudonyms. Long text is never put in a table cell whole: an action longer than
:data:`CELL_LIMIT` is cut in the table and printed in full below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from samordnare_desktop import formatting as fmt
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import chunks, esc

CELL_LIMIT = 600
QUIET_KINDS = ("break", "lunch", "travel")  # printed only when something was written under them


@dataclass(frozen=True)
class MinutesAction:
    text: str
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class MinutesFinding:
    text: str
    kind: str = ""  # its kind's label ("Gott exempel"), "" when not tagged


@dataclass(frozen=True)
class MinutesEntry:
    """One agenda item with what was written under it."""

    start: time
    end: time
    title: str
    kind: str  # AgendaItemKind value
    notes: str = ""
    decisions: str = ""
    actions: tuple[MinutesAction, ...] = ()
    findings: tuple[MinutesFinding, ...] = ()
    # the end in minutes after midnight when known: an item ending at midnight prints 24.00,
    # as on the agenda (``end`` as a time can only say 23.59)
    end_minutes: int | None = None

    @property
    def empty(self) -> bool:
        return not (self.notes or self.decisions or self.actions or self.findings)


@dataclass(frozen=True)
class AttendanceLine:
    group: str  # a participant category's label, or a headcount's group
    present: int
    absent: int
    travelling: bool = False  # travels with the coordinator: not in the total


@dataclass(frozen=True)
class MinutesDocument:
    municipality: str
    visit_title: str
    day: date
    start: time | None
    end: time | None
    venue: str
    attendance: tuple[AttendanceLine, ...]
    entries: tuple[MinutesEntry, ...]
    general_notes: str = ""  # the visit's own notes field
    general_findings: tuple[MinutesFinding, ...] = ()
    printed_on: date | None = None


def _paragraphs(text: str, style) -> list:
    """User text as one paragraph per line, each cut in pieces a page can split."""
    from reportlab.platypus import Paragraph

    out = []
    for line in text.replace("\r", "").split("\n"):
        out += [Paragraph(esc(piece), style) for piece in chunks(line.strip())]
    return out


def _cut(text: str) -> tuple[str, bool]:
    if len(text) <= CELL_LIMIT:
        return text, False
    cut = text[:CELL_LIMIT]
    if " " in cut[CELL_LIMIT // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …", True


def _heading(doc: MinutesDocument, s: dict) -> list:
    from reportlab.platypus import Paragraph, Spacer

    when = fmt.long_date(doc.day)
    if hours := fmt.time_range(doc.start, doc.end):
        when = f"{when} · {hours}"
    out = [
        Paragraph(esc(translate("MinutesPdf", "Minutes")), s["meta"]),
        Paragraph(
            esc(
                translate("MinutesPdf", "{title} – {municipality}").format(
                    title=doc.visit_title, municipality=doc.municipality
                )
            ),
            s["title"],
        ),
        Paragraph(esc(when), s["subtitle"]),
    ]
    if doc.venue:
        out.append(
            Paragraph(
                "<b>" + esc(translate("MinutesPdf", "Place")) + f":</b> {esc(doc.venue)}", s["meta"]
            )
        )
    out.append(Spacer(1, 6))
    return out


def _attendance(doc: MinutesDocument, s: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    from samordnare_desktop.pdf import styles as st

    out: list = [Paragraph(esc(translate("MinutesPdf", "Attendance")), s["h1"])]
    if not doc.attendance:
        return [
            *out,
            Paragraph(
                esc(translate("MinutesPdf", "No participants are recorded for the meeting.")),
                s["meta"],
            ),
        ]
    rows = [
        [
            Paragraph(esc(translate("MinutesPdf", "Category")), s["header_cell"]),
            Paragraph(esc(translate("MinutesPdf", "Present")), s["header_cell"]),
            Paragraph(esc(translate("MinutesPdf", "Absent")), s["header_cell"]),
        ]
    ]
    apart = translate("MinutesPdf", "{group} (not in the total)")
    for line in doc.attendance:
        group = apart.format(group=line.group) if line.travelling else line.group
        rows.append(
            [
                Paragraph(esc(group), s["cell"]),
                Paragraph(str(line.present), s["cell"]),
                Paragraph(str(line.absent), s["cell"]),
            ]
        )
    present = sum(line.present for line in doc.attendance if not line.travelling)
    absent = sum(line.absent for line in doc.attendance if not line.travelling)
    rows.append(
        [
            Paragraph(esc(translate("MinutesPdf", "Total")), s["cell_bold"]),
            Paragraph(str(present), s["cell_bold"]),
            Paragraph(str(absent), s["cell_bold"]),
        ]
    )
    table = Table(rows, colWidths=[80 * mm, 30 * mm, 30 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(st.table_style(rows=len(rows)))
    out.append(table)
    if not present and absent:
        out.append(
            Paragraph(
                esc(translate("MinutesPdf", "No attendance has been ticked off yet.")), s["small"]
            )
        )
    return out


def _actions(actions: tuple[MinutesAction, ...], s: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    from samordnare_desktop.pdf import styles as st

    rows = [
        [
            Paragraph(esc(translate("MinutesPdf", "Action")), s["header_cell"]),
            Paragraph(esc(translate("MinutesPdf", "Owner")), s["header_cell"]),
            Paragraph(esc(translate("MinutesPdf", "Due")), s["header_cell"]),
        ]
    ]
    whole: list[tuple[int, str]] = []
    for number, action in enumerate(actions, start=1):
        text, cut = _cut(action.text)
        if cut:
            whole.append((number, action.text))
        rows.append(
            [
                Paragraph(esc(text), s["cell"]),
                Paragraph(esc(_cut(action.owner)[0]), s["cell"]),
                Paragraph(esc(fmt.short_date(action.due)), s["cell"]),
            ]
        )
    table = Table(rows, colWidths=[None, 50 * mm, 26 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(st.table_style(rows=len(rows)))
    out: list = [table]
    for number, text in whole:
        out.append(
            Paragraph(
                esc(translate("MinutesPdf", "Action {number} in full:").format(number=number)),
                s["cell_bold"],
            )
        )
        out += _paragraphs(text, s["cell"])
    return out


def _findings(findings: tuple[MinutesFinding, ...], s: dict) -> list:
    from reportlab.platypus import Paragraph

    from samordnare_desktop.pdf import styles as st

    out = []
    for finding in findings:
        lines = finding.text.replace("\r", "").split("\n")
        first = True
        for line in lines:
            for piece in chunks(line.strip()):
                markup = esc(piece)
                if first:
                    kind = (
                        f'<font name="{st.italics()}">{esc(finding.kind)}:</font> '
                        if finding.kind
                        else ""
                    )
                    markup = f"• {kind}{markup}"
                    first = False
                out.append(Paragraph(markup, s["finding"]))
    return out


def _section(label: str, s: dict) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(esc(label), s["label"])


def _when(entry: MinutesEntry) -> str:
    if entry.end_minutes is not None:
        return fmt.span(entry.start, entry.end_minutes)
    return fmt.time_range(entry.start, entry.end)


def _entry(entry: MinutesEntry, s: dict) -> list:
    from reportlab.platypus import KeepTogether, Paragraph

    title = entry.title or translate("MinutesPdf", "(untitled item)")
    heading = Paragraph(f"{esc(_when(entry))}&nbsp;&nbsp;{esc(title)}", s["h2"])
    if entry.empty:
        return [
            KeepTogether(
                [heading, Paragraph(esc(translate("MinutesPdf", "Nothing noted.")), s["small"])]
            )
        ]
    body: list = []
    if entry.notes:
        body += [
            _section(translate("MinutesPdf", "Notes"), s),
            *_paragraphs(entry.notes, s["body"]),
        ]
    if entry.decisions:
        body += [
            _section(translate("MinutesPdf", "Decisions"), s),
            *_paragraphs(entry.decisions, s["body"]),
        ]
    if entry.actions:
        body += [_section(translate("MinutesPdf", "Actions"), s), *_actions(entry.actions, s)]
    if entry.findings:
        body += [_section(translate("MinutesPdf", "Findings"), s), *_findings(entry.findings, s)]
    return [KeepTogether([heading, *body[:2]]), *body[2:]]


def _styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    from samordnare_desktop.pdf import styles as st

    s = dict(st.styles())
    s["label"] = ParagraphStyle(
        "minutes_label", parent=s["cell_bold"], spaceBefore=5, spaceAfter=2, textColor=st.MUTED
    )
    s["finding"] = ParagraphStyle("minutes_finding", parent=s["body"], leftIndent=10)
    return s


def story(doc: MinutesDocument) -> list:
    from reportlab.platypus import Paragraph, Spacer

    s = _styles()
    out = [*_heading(doc, s), *_attendance(doc, s)]
    if doc.general_notes:
        out += [
            Paragraph(esc(translate("MinutesPdf", "General notes")), s["h1"]),
            *_paragraphs(doc.general_notes, s["body"]),
        ]
    out.append(Paragraph(esc(translate("MinutesPdf", "Agenda items")), s["h1"]))
    shown = [e for e in doc.entries if not (e.kind in QUIET_KINDS and e.empty)]
    if not shown:
        out.append(Paragraph(esc(translate("MinutesPdf", "The meeting has no agenda.")), s["meta"]))
    for entry in shown:
        out += _entry(entry, s)
        out.append(Spacer(1, 4))
    if doc.general_findings:
        out += [
            Paragraph(esc(translate("MinutesPdf", "Other findings at the meeting")), s["h1"]),
            *_findings(doc.general_findings, s),
        ]
    return out


def minutes_pdf(doc: MinutesDocument) -> bytes:
    from samordnare_desktop.pdf.document import DocumentMeta, render

    printed = doc.printed_on or date.today()
    meta = DocumentMeta(
        title=translate("MinutesPdf", "Minutes – {municipality}, {day}").format(
            municipality=doc.municipality, day=doc.day.isoformat()
        ),
        header_right=doc.municipality,
        footer_left=translate("MinutesPdf", "Printed {date}").format(date=printed.isoformat()),
    )
    return render(story(doc), meta)

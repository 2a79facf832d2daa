"""The briefing before a visit (*besöksunderlag*): A4, Swedish, ISO dates, "Sida N av M".

Sections in the order the coordinator reads them: the visit, the municipality (facts, stage,
meetings so far), contacts, the action plan, the time study beside the programme median,
care places, earlier findings there, good examples from other municipalities, the visit's
questions. A section without data says so in a line ("Ingen tidsstudie ännu"); it never
vanishes. All user text goes through :func:`samordnare_desktop.pdf.text.esc`, long text is cut
into paragraphs (a 5,000-character finding never overflows a page).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.care_places import marks_note
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf import styles as st
from samordnare_desktop.pdf.briefing_data import BriefingDocument, BriefingFinding
from samordnare_desktop.pdf.document import DocumentMeta, render
from samordnare_desktop.pdf.text import address, chunks, esc

WIDTH = st.PAGE_SIZE[0] - 2 * st.MARGIN
CELL_CHARS = 600  # a table cell holds at most this much of a text (cells cannot split)


def _cut(text: str, limit: int = CELL_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _paragraphs(text: str, style) -> list[Flowable]:
    """Text of any length as paragraphs: each line, cut into pieces a page can hold."""
    out: list[Flowable] = []
    for line in (text or "").splitlines():
        out += [Paragraph(esc(piece), style) for piece in chunks(" ".join(line.split()))]
    return out


def _heading(text: str) -> list[Flowable]:
    heading = Paragraph(esc(text), st.styles()["h1"])
    heading.toc_level = 0
    return [CondPageBreak(30 * mm), heading]


def _empty(text: str) -> Paragraph:
    return Paragraph(esc(text), st.styles()["meta"])


def _table(rows: list[list], widths: Sequence[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=[WIDTH * w for w in widths], repeatRows=1 if header else 0)
    table.setStyle(st.table_style(header=header, rows=len(rows)))
    return table


def _cells(values: Sequence[str], style: str = "cell") -> list[Paragraph]:
    s = st.styles()
    return [Paragraph(esc(_cut(v)), s[style]) for v in values]


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _visit(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    when = fmt.long_date(doc.day)
    hours = fmt.time_range(doc.start_time, doc.end_time)
    if hours:
        when = f"{when}, {hours}"
    story: list[Flowable] = [
        Paragraph(esc(translate("briefing_pdf", "Briefing before the visit").upper()), s["meta"]),
        Paragraph(esc(_cut(doc.municipality, 200)), s["title"]),
        Paragraph(esc(_cut(f"{doc.visit_title} · {doc.day.isoformat()}", 240)), s["subtitle"]),
        Paragraph(esc(when), s["meta"]),
    ]
    if doc.venue:
        label = translate("briefing_pdf", "Place")
        place = f"<b>{esc(label)}:</b> {esc(_cut(doc.venue, 300))}"
        story.append(Paragraph(place, s["body"]))
    story.append(Spacer(1, 3 * mm))
    return story


def _municipality(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "The municipality"))
    if not doc.facts:
        story.append(
            _empty(
                translate(
                    "briefing_pdf", "The meeting is not with a municipality: no municipal facts."
                )
            )
        )
    else:
        rows = [_cells([label, value]) for label, value in doc.facts]
        rows.append(_cells([translate("briefing_pdf", "Programme stage"), doc.stage]))
        story.append(_table(rows, (0.35, 0.65), header=False))
    story.append(Paragraph(esc(translate("briefing_pdf", "Meetings in the programme")), s["h2"]))
    if not doc.visits:
        story.append(_empty(translate("briefing_pdf", "No meetings yet.")))
        return story
    rows = [
        _cells(
            [
                translate("briefing_pdf", "Date"),
                translate("briefing_pdf", "Kind"),
                translate("briefing_pdf", "Status"),
                translate("briefing_pdf", "Title"),
            ],
            "header_cell",
        )
    ]
    this = translate("briefing_pdf", "(this visit)")
    for line in doc.visits:
        style = "cell_bold" if line.is_this else "cell"
        title = " ".join(p for p in (line.title, this if line.is_this else "") if p)
        rows.append(_cells([line.day.isoformat(), line.kind, line.status, title], style))
    story.append(_table(rows, (0.16, 0.24, 0.16, 0.44)))
    return story


def _contacts(doc: BriefingDocument) -> list[Flowable]:
    story = _heading(translate("briefing_pdf", "Contacts"))
    if not doc.contacts:
        story.append(_empty(translate("briefing_pdf", "No contact persons are registered.")))
        return story
    s = st.styles()
    rows = [
        _cells(
            [
                translate("briefing_pdf", "Name"),
                translate("briefing_pdf", "Role"),
                translate("briefing_pdf", "Phone"),
                translate("briefing_pdf", "E-mail"),
            ],
            "header_cell",
        )
    ]
    for c in doc.contacts[:80]:
        name = f"<b>{esc(_cut(c.name, 120))}</b>"
        detail = ", ".join(p for p in (c.title, c.organisation) if p)
        if detail:
            name += f'<br/><font size="8.5" color="#5b6775">{esc(_cut(detail, 200))}</font>'
        cell = s["cell"]
        mail = address(_cut(c.email, 200), cell.fontName, cell.fontSize, room=WIDTH * 0.34 - 12)
        rows.append([Paragraph(name, cell), *_cells([c.role, c.phone]), Paragraph(mail, cell)])
    story.append(_table(rows, (0.36, 0.12, 0.18, 0.34)))
    return story


def _plan(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "Action plan"))
    plan = doc.plan
    if plan is None:
        story.append(_empty(translate("briefing_pdf", "No action plan yet.")))
        return story
    received = (
        plan.received_on.isoformat()
        if plan.received_on
        else translate("briefing_pdf", "not received")
    )
    story.append(
        Paragraph(
            esc(
                translate(
                    "briefing_pdf",
                    "Status: {status}. Received: {received}. {areas} development areas, "
                    "{actions} actions, {done} done, {overdue} overdue.",
                ).format(
                    status=plan.status,
                    received=received,
                    areas=plan.areas,
                    actions=plan.actions,
                    done=plan.done,
                    overdue=len(plan.overdue),
                )
            ),
            s["body"],
        )
    )
    if not plan.overdue:
        story.append(_empty(translate("briefing_pdf", "No overdue actions.")))
        return story
    story.append(Paragraph(esc(translate("briefing_pdf", "Overdue actions")), s["h2"]))
    rows = [
        _cells(
            [
                translate("briefing_pdf", "Action"),
                translate("briefing_pdf", "Area"),
                translate("briefing_pdf", "Owner"),
                translate("briefing_pdf", "Due"),
                translate("briefing_pdf", "Status"),
            ],
            "header_cell",
        )
    ]
    for a in plan.overdue:
        due = a.due.isoformat() if a.due else ""
        rows.append(_cells([a.what, a.area, a.owner, due, a.status]))
    story.append(_table(rows, (0.36, 0.2, 0.17, 0.13, 0.14)))
    return story


def _time_study(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "Time study"))
    study = doc.time_study
    if study is None:
        story.append(_empty(translate("briefing_pdf", "No time study yet.")))
        return story
    story.append(
        Paragraph(
            esc(
                translate(
                    "briefing_pdf",
                    "Share of working time per category, beside the programme median of the "
                    "municipalities' first measurements. Latest measurement: {respondents} "
                    "respondents, on average {per_day} minutes a day.",
                ).format(respondents=study.respondents, per_day=f"{study.minutes_per_day:.0f}")
            ),
            s["small"],
        )
    )
    head = st.styles()["header_cell"]
    rows: list[list] = [
        [
            Paragraph(esc(translate("briefing_pdf", "Category")), head),
            *(
                Paragraph(f"{esc(_cut(label, 80))}<br/>{esc(period)}", head)
                for label, period in study.studies
            ),
            Paragraph(esc(translate("briefing_pdf", "Programme median")), head),
        ]
    ]
    for line in study.lines:
        rows.append(_cells([line.category, *(_share(x) for x in line.shares), _share(line.median)]))
    columns = len(study.studies)
    rest = (1 - 0.34) / (columns + 1)
    story.append(_table(rows, (0.34, *([rest] * (columns + 1)))))
    return story


def _care(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "Care places"))
    care = doc.care
    if care is None:
        story.append(
            _empty(translate("briefing_pdf", "No care-place figures for the municipality."))
        )
        return story
    story.append(
        Paragraph(
            esc(
                translate(
                    "briefing_pdf",
                    "Period {period}; counts of children and young people. Median: the "
                    "programme's {count} municipalities with figures for the period.",
                ).format(period=care.period, count=care.municipalities)
                + " "
                + marks_note()
            ),
            s["small"],
        )
    )
    header = [
        translate("briefing_pdf", "Form"),
        translate("briefing_pdf", "Placed"),
        translate("briefing_pdf", "Own places"),
        translate("briefing_pdf", "Bought places"),
        translate("briefing_pdf", "Needs not met"),
        translate("briefing_pdf", "Median placed"),
    ]
    rows = [_cells(header, "header_cell")]
    for line in care.lines:
        rows.append(_cells([line.form, *line.cells, line.median]))
    story.append(_table(rows, (0.3, 0.13, 0.13, 0.14, 0.15, 0.15)))
    return story


def _finding(f: BriefingFinding, *, show_where: bool) -> list[Flowable]:
    s = st.styles()
    where = _cut(f.where, 200) if show_where else ""
    day = "" if f.day.isoformat() in where else f.day.isoformat()  # "Mjölby, 2026-03-04"
    label = " · ".join(p for p in (day, f.kind, f.level, where) if p)
    out: list[Flowable] = [CondPageBreak(18 * mm), Paragraph(esc(label), s["cell_bold"])]
    out += _paragraphs(f.text, s["body"])
    if f.themes:
        out.append(
            Paragraph(
                esc(translate("briefing_pdf", "Themes: {themes}").format(themes=_cut(f.themes))),
                s["small"],
            )
        )
    out.append(Spacer(1, 2.5 * mm))
    return out


def _findings(doc: BriefingDocument) -> list[Flowable]:
    story = _heading(translate("briefing_pdf", "Earlier findings"))
    if not doc.findings:
        story.append(_empty(translate("briefing_pdf", "No earlier findings for the municipality.")))
        return story
    for f in doc.findings:
        story += _finding(f, show_where=True)
    if doc.findings_more:
        story.append(
            _empty(
                translate(
                    "briefing_pdf", "{count} older findings are not printed (see Iakttagelser)."
                ).format(count=doc.findings_more)
            )
        )
    return story


def _examples(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "Good examples from other municipalities"))
    story.append(Paragraph(esc(doc.examples_rule), s["small"]))
    story.append(Spacer(1, 2 * mm))
    if not doc.examples:
        story.append(
            _empty(
                translate(
                    "briefing_pdf",
                    "No good examples from other municipalities on the visit's themes yet.",
                )
            )
        )
        return story
    for f in doc.examples:
        story += _finding(f, show_where=True)
    return story


def _questions(doc: BriefingDocument) -> list[Flowable]:
    s = st.styles()
    story = _heading(translate("briefing_pdf", "The visit's questions"))
    if not doc.questions:
        story.append(_empty(translate("briefing_pdf", "No questions are chosen for this visit.")))
        return story
    for number, text in doc.questions:
        story.append(
            Paragraph(
                esc(translate("briefing_pdf", "Question {number}").format(number=number)),
                s["cell_bold"],
            )
        )
        story += _paragraphs(text, s["body"])
        story.append(Spacer(1, 1.5 * mm))
    return story


def briefing_pdf(doc: BriefingDocument) -> bytes:
    title = translate("briefing_pdf", "Briefing")
    story: list[Flowable] = []
    for part in (
        _visit,
        _municipality,
        _contacts,
        _plan,
        _time_study,
        _care,
        _findings,
        _examples,
        _questions,
    ):
        story += part(doc)
    meta = DocumentMeta(
        title=f"{title} – {doc.municipality}, {doc.day.isoformat()}",
        header_right=doc.municipality,
        footer_left=translate("briefing_pdf", "Printed {date}").format(
            date=doc.printed_on.isoformat()
        ),
    )
    return render(story, meta)

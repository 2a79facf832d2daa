"""The quarterly report as PDF: cover block, contents, the period's visits, time-study results
with a bar chart and its numbers, and the coordinator's own text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from samordnare_desktop.domain.care_places import (
    HIDDEN,
    MAIN_FORMS,
    NEED_MEASURES,
    Measure,
    marks_note,
    protect,
    report_groups,
    report_varav,
    small_text,
)
from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.formatting import long_date, short_date
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf import styles as st
from samordnare_desktop.pdf.document import DocumentMeta, render
from samordnare_desktop.pdf.text import chunks, esc, printable

if TYPE_CHECKING:
    from samordnare_desktop.pdf.documents import CareDocument, ReportDocument, TimeStudyDocument

CONTENT_WIDTH = st.PAGE_SIZE[0] - 2 * st.MARGIN
PERIOD_COLOUR = st.ACCENT
MEDIAN_COLOUR = st.colors.HexColor("#a5a5a5")


def percent(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


def _heading(text: str, level: int = 0) -> Paragraph:
    paragraph = Paragraph(esc(text), st.styles()["h1" if level == 0 else "h2"])
    paragraph.toc_level = level  # picked up by the contents (pdf.document._Document)
    return paragraph


_NUMBER = re.compile(r"[−–+-]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s?%?")


def thousands(value: int | str) -> str:
    """ "3 320": Swedish digit grouping with a no-break space (a number never splits)."""
    text = str(value)
    if not text.isdigit() or len(text) < 4:
        return text
    return f"{int(text):,}".replace(",", "\u00a0")


def _table(rows: list[list[object]], widths: list[float], *, numeric_from: int = 99) -> Table:
    """A house table; a cell that is a number (3320, "12,5 %") is right-aligned, grouped."""
    s = st.styles()
    cells = [
        [
            _number_cell(thousands(c))
            if i > 0 and isinstance(c, (int, str)) and _NUMBER.fullmatch(str(c).strip())
            else Paragraph(esc(str(c)), s["header_cell"] if i == 0 else s["cell"])
            if isinstance(c, (str, int))
            else c
            for c in row
        ]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = st.table_style(rows=len(rows))
    if numeric_from < len(widths):
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def _number_cell(text: str) -> Paragraph:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("num", parent=st.styles()["cell"], alignment=TA_RIGHT)
    return Paragraph(esc(text), style)


def _paragraphs(text: str) -> list[Flowable]:
    """Long user text as one paragraph per blank-line block (never one giant flowable)."""
    blocks = [b.strip() for b in printable(text).replace("\r\n", "\n").split("\n\n")]
    out: list[Flowable] = []
    for block in blocks:
        if not block:
            continue
        for piece in chunks(block):  # a huge block still splits across pages, quickly
            out.append(Paragraph(esc(piece), st.styles()["body"]))
            out.append(Spacer(1, 2 * mm))
    return out


def _cover(data: ReportDocument) -> list[Flowable]:
    s = st.styles()
    return [
        Spacer(1, 18 * mm),
        Paragraph(esc(data.title), s["title"]),
        Paragraph(esc(data.period), s["subtitle"]),
        Paragraph(
            esc(
                translate("report_pdf", "{start} to {end}").format(
                    start=long_date(data.start), end=long_date(data.end)
                )
            ),
            s["meta"],
        ),
        Spacer(1, 4 * mm),
        _letterhead(data),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(translate("report_pdf", "Created {date}").format(date=short_date(data.created))),
            s["meta"],
        ),
        Spacer(1, 10 * mm),
    ]


def _letterhead(data: ReportDocument) -> Flowable:
    """From, to and diarienummer as a letter to the ministry has them (a blank one left out)."""
    s = st.styles()
    head = data.letterhead
    sender = head.sender or translate(
        "report_pdf", "National coordinator for social child and youth care"
    )
    rows = [
        (translate("report_pdf", "From"), sender),
        (translate("report_pdf", "To"), head.recipient),
        (translate("report_pdf", "Reference no."), head.reference),
    ]
    table = Table(
        [
            [Paragraph(esc(label), s["meta"]), Paragraph(esc(value), s["meta"])]
            for label, value in rows
            if value
        ],
        colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _contents() -> list[Flowable]:
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    base = st.styles()["body"]
    from reportlab.lib.styles import ParagraphStyle

    toc.levelStyles = [
        ParagraphStyle("toc0", parent=base, fontSize=10.5, leading=15, leftIndent=0),
        ParagraphStyle("toc1", parent=base, fontSize=9.5, leading=13, leftIndent=12),
    ]
    return [
        Paragraph(esc(translate("report_pdf", "Contents")), st.styles()["h1"]),
        toc,
        PageBreak(),
    ]


def _summary(data: ReportDocument) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [_heading(translate("report_pdf", "Summary"))]
    # plural counts as plain names: lupdate (Qt 6.11) skips a %n message whose count is an
    # expression such as len(...) or an attribute
    visits, visited = len(data.visits), data.municipalities_visited
    programme, received, followed = (
        data.programme_size,
        len(data.plans_received),
        len(data.plans_followed_up),
    )
    lines = [
        translate("report_pdf", "{visits} to {municipalities} during the period.").format(
            visits=translate("report_pdf", "%n visit(s)", None, visits),
            municipalities=translate("report_pdf", "%n municipality(ies)", None, visited),
        ),
        translate("report_pdf", "%n municipality(ies) in the programme.", None, programme),
        translate("report_pdf", "{received} and {followed}.").format(
            received=translate("report_pdf", "%n action plan(s) received", None, received),
            followed=translate("report_pdf", "%n followed up", None, followed),
        ),
    ]
    if data.time_study is not None:
        lines.append(
            translate(
                "report_pdf",
                "{studies} time studies for the period's municipalities ({respondents} respondents).",
            ).format(
                studies=len(data.time_study.studies),
                respondents=data.time_study.pooled.overall.respondents,
            )
        )
    out += [Paragraph(esc(line), s["body"]) for line in lines]
    return out


def _coordinator_text(data: ReportDocument) -> list[Flowable]:
    out: list[Flowable] = [_heading(translate("report_pdf", "The coordinator's comments"))]
    if data.text.strip():
        out += _paragraphs(data.text)
    else:
        out.append(
            Paragraph(
                esc(translate("report_pdf", "No comments were written for this period.")),
                st.styles()["meta"],
            )
        )
    return out


def _visits(data: ReportDocument) -> list[Flowable]:
    out: list[Flowable] = [_heading(translate("report_pdf", "Visits in the period"))]
    if not data.visits:
        out.append(
            Paragraph(esc(translate("report_pdf", "No visits in the period.")), st.styles()["meta"])
        )
        return out
    counts = ", ".join(f"{kind.label()}: {count}" for kind, count in data.visit_counts)
    out.append(Paragraph(esc(counts), st.styles()["body"]))
    out.append(Spacer(1, 2 * mm))
    rows: list[list[object]] = [
        [
            translate("report_pdf", "Municipality"),
            translate("report_pdf", "Date"),
            translate("report_pdf", "Kind"),
            translate("report_pdf", "Status"),
        ]
    ]
    for visit in data.visits:
        rows.append(
            [
                f"{visit.municipality_name} ({visit.municipality_code})",
                short_date(visit.day),
                visit.kind.label(),
                visit.status.label(),
            ]
        )
    w = CONTENT_WIDTH
    out.append(_table(rows, [w * 0.4, w * 0.18, w * 0.24, w * 0.18]))
    return out


def _participants(data: ReportDocument) -> list[Flowable]:
    out: list[Flowable] = [_heading(translate("report_pdf", "Participants by category"))]
    summary = data.participants
    if not summary.total:
        out.append(
            Paragraph(
                esc(translate("report_pdf", "No participants registered for the period's visits.")),
                st.styles()["meta"],
            )
        )
        return out
    out.append(
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "{total} on the lists of the period's visits, {attended} attended.",
                ).format(total=summary.total, attended=summary.attended)
            ),
            st.styles()["body"],
        )
    )
    out.append(Spacer(1, 2 * mm))
    rows: list[list[object]] = [
        [
            translate("report_pdf", "Category"),
            translate("report_pdf", "On the lists"),
            translate("report_pdf", "Attended"),
        ]
    ]
    for count in summary.by_category:
        if count.category.travels_with_coordinator:
            continue  # counted apart, below the total
        rows.append(
            [
                count.category.label(),
                _number_cell(str(count.total)),
                _number_cell(str(count.attended)),
            ]
        )
    rows.append(
        [
            translate("report_pdf", "Total"),
            _number_cell(str(summary.total)),
            _number_cell(str(summary.attended)),
        ]
    )
    if summary.travelling:
        rows.append(
            [
                translate("report_pdf", "Travelling with the coordinator (not in the total)"),
                _number_cell(str(summary.travelling)),
                _number_cell(str(summary.travelling_attended)),
            ]
        )
    w = CONTENT_WIDTH
    out.append(_table(rows, [w * 0.56, w * 0.22, w * 0.22]))
    return [KeepTogether(out)]  # heading, sentence and the short table on one page


def _plans(data: ReportDocument) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [_heading(translate("report_pdf", "Action plans"))]
    w = CONTENT_WIDTH
    for title, events, empty in (
        (
            translate("report_pdf", "Received in the period"),
            data.plans_received,
            translate("report_pdf", "No action plan was received in the period."),
        ),
        (
            translate("report_pdf", "Followed up in the period"),
            data.plans_followed_up,
            translate("report_pdf", "No action plan was followed up in the period."),
        ),
    ):
        out.append(_heading(title, 1))
        if not events:
            out.append(Paragraph(esc(empty), s["meta"]))
            continue
        rows: list[list[object]] = [
            [
                translate("report_pdf", "Municipality"),
                translate("report_pdf", "Date"),
                translate("report_pdf", "Status"),
                translate("report_pdf", "Areas"),
                translate("report_pdf", "Actions"),
            ]
        ]
        for e in events:
            rows.append(
                [
                    f"{e.municipality_name} ({e.municipality_code})",
                    short_date(e.day),
                    e.status.label(),
                    _number_cell(str(e.areas)),
                    _number_cell(str(e.actions)),
                ]
            )
        out.append(_table(rows, [w * 0.36, w * 0.18, w * 0.2, w * 0.13, w * 0.13]))
    overdue = data.overdue_at_end
    out.append(
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "%n action(s) overdue at the end of the period.",
                    None,
                    overdue,
                )
            ),
            s["body"],
        )
    )
    out.append(CondPageBreak(50 * mm))
    out.append(_heading(translate("report_pdf", "Recurring development areas"), 1))
    if not data.areas:
        out.append(
            Paragraph(
                esc(translate("report_pdf", "No development area recurs in several plans yet.")),
                s["meta"],
            )
        )
        return out
    rows = [
        [
            translate("report_pdf", "Development area"),
            translate("report_pdf", "Municipalities"),
            translate("report_pdf", "Which"),
        ]
    ]
    for area in data.areas:
        rows.append(
            [
                area.name,
                _number_cell(str(area.count)),
                Paragraph(esc(", ".join(r.name for r in area.municipalities)), s["cell_small"]),
            ]
        )
    out.append(_table(rows, [w * 0.32, w * 0.16, w * 0.52]))
    return out


def _wrap_label(text: str, width: int = 34, lines: int = 3) -> str:
    """A chart label broken at spaces into lines of about ``width`` characters (the axis label
    draws "\n" as a new line); only a label longer than ``lines`` lines is cut."""
    import textwrap

    parts = textwrap.wrap(text, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


def _chart(section: TimeStudyDocument) -> Drawing:
    """Grouped horizontal bars: the period's municipalities (pooled) beside the programme median."""
    st.registered_font()
    categories = section.categories
    names = [printable(c.name) for c in categories]
    names = [_wrap_label(n) for n in names]  # whole, on up to three lines
    period = [section.pooled.overall.share(c.id) * 100 for c in categories]
    median = [section.median.get(c.id, 0.0) * 100 for c in categories]
    height = 34 + 26 * len(categories)
    drawing = Drawing(CONTENT_WIDTH, height + 60)
    chart = HorizontalBarChart()
    chart.x = 190
    chart.y = 20
    chart.width = CONTENT_WIDTH - chart.x - 30
    chart.height = height
    # the bar chart draws the first category at the bottom: reverse so the list reads top-down
    # and within a group the first series lowest: median first, so the period's bar is on top
    chart.data = [list(reversed(median)), list(reversed(period))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = st.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = st.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.bars[0].fillColor = MEDIAN_COLOUR
    chart.bars[1].fillColor = PERIOD_COLOUR
    chart.bars.strokeWidth = 0
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.groupSpacing = 6
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x
    legend.y = height + 54
    legend.deltay = 13
    legend.fontName = st.FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.dx = 8
    legend.dy = 8
    legend.colorNamePairs = [
        (PERIOD_COLOUR, printable(translate("report_pdf", "Municipalities in the period"))),
        (MEDIAN_COLOUR, printable(translate("report_pdf", "Programme median (first measurement)"))),
    ]
    drawing.add(legend)
    drawing.add(
        String(
            0,
            height + 24,
            printable(translate("report_pdf", "Share of working time, %")),
            fontName=st.FONT,
            fontSize=8,
        )
    )
    return drawing


def _time_study(data: ReportDocument) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = [PageBreak(), _heading(translate("report_pdf", "Time study"))]
    section = data.time_study
    if section is None:
        out.append(
            Paragraph(
                esc(translate("report_pdf", "No time study for the period's municipalities.")),
                s["meta"],
            )
        )
        return out
    overall = section.pooled.overall
    studies = len(section.studies)
    measured = len({x.study.municipality_id for x in section.studies})
    out.append(
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "{studies} in {municipalities}: {respondents} "
                    "respondents, {days} days measured, on average {per_day} minutes a day.",
                ).format(
                    studies=translate("report_pdf", "%n measurement(s)", None, studies),
                    municipalities=translate(
                        "report_pdf",
                        "%n municipality(ies)",
                        None,
                        measured,
                    ),
                    respondents=thousands(overall.respondents),
                    days=thousands(f"{overall.days:g}"),
                    per_day=f"{overall.minutes_per_day:.0f}",
                )
            ),
            s["body"],
        )
    )
    out.append(
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "The measurements that ended in the period, and those made before the "
                    "period's first and follow-up visits.",
                )
            ),
            s["small"],
        )
    )
    out.append(Spacer(1, 3 * mm))
    out.append(_chart(section))
    out.append(Spacer(1, 3 * mm))
    out.append(_heading(translate("report_pdf", "Shares per category"), 1))
    investigators = section.pooled.by_role.get(RespondentRole.INVESTIGATOR)
    rows: list[list[object]] = [
        [
            translate("report_pdf", "Category"),
            translate("report_pdf", "Share"),
            translate("report_pdf", "Min/day"),
            translate("report_pdf", "Median"),
            translate("report_pdf", "Investig. share"),
            translate("report_pdf", "Investig. min/day"),
        ]
    ]
    for c in section.categories:
        rows.append(
            [
                c.name,
                _number_cell(percent(overall.share(c.id))),
                _number_cell(f"{overall.per_day(c.id):.0f}"),
                _number_cell(percent(section.median.get(c.id, 0.0))),
                _number_cell(percent(investigators.share(c.id)) if investigators else "–"),
                _number_cell(f"{investigators.per_day(c.id):.0f}" if investigators else "–"),
            ]
        )
    w = CONTENT_WIDTH
    out.append(_table(rows, [w * 0.37, w * 0.11, w * 0.1, w * 0.11, w * 0.15, w * 0.16]))

    out.append(CondPageBreak(60 * mm))
    out.append(_heading(translate("report_pdf", "Per role"), 1))
    role_rows: list[list[object]] = [
        [translate("report_pdf", "Category")] + [r.short_label() for r in RespondentRole]
    ]
    for c in section.categories:
        role_rows.append(
            [c.name]
            + [
                _number_cell(
                    percent(section.pooled.by_role[r].share(c.id))
                    if r in section.pooled.by_role
                    else "–"
                )
                for r in RespondentRole
            ]
        )
    role_rows.append(
        [translate("report_pdf", "Respondents")]
        + [
            _number_cell(
                str(section.pooled.by_role[r].respondents) if r in section.pooled.by_role else "0"
            )
            for r in RespondentRole
        ]
    )
    out.append(_table(role_rows, [w * 0.4, w * 0.2, w * 0.2, w * 0.2]))

    out.append(CondPageBreak(60 * mm))
    out.append(_heading(translate("report_pdf", "Per municipality"), 1))
    keys = {c.key: c.id for c in section.categories if c.key}
    muni_rows: list[list[object]] = [
        [
            translate("report_pdf", "Municipality"),
            translate("report_pdf", "Measurement"),
            translate("report_pdf", "Respondents"),
            translate("report_pdf", "Direct time"),
            translate("report_pdf", "Indirect time"),
            translate("report_pdf", "Min/day"),
        ]
    ]
    for summary in section.studies:
        f = summary.overall
        direct = f.share(keys.get("direct_children")) + f.share(keys.get("direct_adults"))
        muni_rows.append(
            [
                f"{summary.study.municipality_name} ({summary.study.municipality_code})",
                f"{summary.study.ordinal} · {short_date(summary.study.end_date)}",
                _number_cell(str(f.respondents)),
                _number_cell(percent(direct)),
                _number_cell(percent(f.share(keys.get("indirect")))),
                _number_cell(f"{f.minutes_per_day:.0f}"),
            ]
        )
    out.append(_table(muni_rows, [w * 0.28, w * 0.2, w * 0.15, w * 0.12, w * 0.13, w * 0.12]))
    out.append(Spacer(1, 2 * mm))
    out.append(
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "Direct time is time with children and young people and with parents and "
                    "other adults. Shares are of all reported minutes; minutes a day per day measured.",
                )
            ),
            s["small"],
        )
    )
    return out


CARE_NEEDS_COLOUR = st.colors.HexColor("#ed7d31")


def _care_values(care: CareDocument) -> dict[object, int | None]:
    """Every count the care section prints, keyed ``(form, measure)``, ``("needs", form)``,
    ``("total", measure)`` and ``("total", "needs")``."""
    values: dict[object, int | None] = {}
    for b in care.balance:
        for m in Measure:
            values[(b.form, m)] = b.shown(m)
        values[("needs", b.form)] = b.shown_needs
    values[("total", Measure.PLACED)] = care.placed
    values[("total", Measure.OWN)] = care.own
    values[("total", Measure.BOUGHT)] = care.bought
    values[("total", Measure.WAITING)] = care.waiting
    values[("total", "needs")] = care.needs
    return values


def _care_hidden(care: CareDocument) -> dict[object, str]:
    """The section's counts printed as "<5" or ".." so that no 1-4 shows, directly or by
    subtraction (:func:`protect`): own + bought = placed, the forms adding up to the totals, the
    three needs adding up to a form's needs."""
    groups = report_groups(lambda f, m: (f, m), lambda m: ("total", m))
    forms = [b.form for b in care.balance]
    groups += [(("needs", f), [(f, m) for m in NEED_MEASURES]) for f in forms]
    groups.append((("total", "needs"), [("needs", f) for f in forms if f in MAIN_FORMS]))
    return protect(
        _care_values(care),
        groups,
        report_varav(lambda f, m: (f, m)),
        seeded=_withheld(care, care.period),
        sums=True,  # a ".." of the section may be a sum of 1-4
    )


def _withheld(care: CareDocument, period: str) -> frozenset:
    """The sums of ``period`` that the exported rows' hidden counts contribute to (printed, the
    sum less the rows shown would give those away)."""
    return frozenset(care.withheld.get(period, ()))


def care_sum_text(care: CareDocument, period: str, key: object, value: int | None) -> str:
    """A programme sum printed outside the table (breakdowns, another period's total): "<5"
    for 1-4, ".." (1-4 too) when withheld for the exported rows' hidden counts."""
    if value and key in _withheld(care, period):  # 1-4 too: "<5" would pin its rows
        return HIDDEN
    return thousands(small_text(value))


def _care_count(care: CareDocument, hidden: dict[object, str], key: object) -> str:
    """A count of the section as printed: "<5"/".." when hidden, "–" when not given."""
    value = _care_values(care).get(key)
    if key in hidden:
        return hidden[key]
    return "–" if value is None else thousands(small_text(value))


def _care_chart(care: CareDocument) -> Drawing:
    """Placed children beside the needs not met, per placement form. A hidden count ("<5", "..")
    draws no bar, only its marker; "not given" is "–"; the axis has plain numbers."""
    st.registered_font()
    hidden = _care_hidden(care)
    values = _care_values(care)
    forms = [printable(b.form.label().strip()) for b in care.balance]
    placed_keys = [(b.form, Measure.PLACED) for b in care.balance]
    needs_keys = [("needs", b.form) for b in care.balance]

    def bar(key: object) -> int:
        value = values.get(key)
        return 0 if key in hidden or value is None else value

    placed = [bar(k) for k in placed_keys]
    needs = [bar(k) for k in needs_keys]
    labels = [
        [_care_count(care, hidden, k) for k in reversed(needs_keys)],
        [_care_count(care, hidden, k) for k in reversed(placed_keys)],
    ]
    height = 26 + 22 * len(forms)
    drawing = Drawing(CONTENT_WIDTH, height + 50)
    chart = HorizontalBarChart()
    chart.x = 190
    chart.y = 16
    chart.width = CONTENT_WIDTH - chart.x - 40
    chart.height = height
    chart.data = [list(reversed(needs)), list(reversed(placed))]
    chart.categoryAxis.categoryNames = [_wrap_label(n) for n in reversed(forms)]
    chart.categoryAxis.labels.fontName = st.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = st.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: thousands(f"{v:.0f}")  # never "<5" on a tick
    top = max([*placed, *needs, 0])
    if top < 10:  # whole-number ticks (an axis of all hidden bars had "0 0 0 0" on its ticks)
        chart.valueAxis.valueMax = max(top, 5)
        chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = CARE_NEEDS_COLOUR
    chart.bars[1].fillColor = PERIOD_COLOUR
    chart.bars.strokeWidth = 0
    chart.barLabelFormat = "values"
    chart.barLabelArray = labels
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.groupSpacing = 5
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x
    legend.y = height + 44
    legend.deltay = 13
    legend.fontName = st.FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.dx = 8
    legend.dy = 8
    legend.colorNamePairs = [
        (PERIOD_COLOUR, printable(translate("report_pdf", "Children placed"))),
        (CARE_NEEDS_COLOUR, printable(translate("report_pdf", "Needs not met"))),
    ]
    drawing.add(legend)
    return drawing


def _care_places(data: ReportDocument) -> list[Flowable]:
    """Care places for placed children: counts only, 1-4 printed as "<5"."""
    care = data.care
    if care is None:
        return []
    s = st.styles()
    hidden = _care_hidden(care)

    def n(key: object) -> str:
        return _care_count(care, hidden, key)

    out: list[Flowable] = [
        CondPageBreak(120 * mm),
        _heading(translate("report_pdf", "Care places for placed children")),
        Paragraph(
            esc(
                translate(
                    "report_pdf",
                    "Figures for {period}, reported by {reporting} of the programme's {programme} "
                    "municipalities: {placed} children and young people placed, {own} in the "
                    "municipalities' own places and {bought} in bought places. Needs not met: "
                    "{needs} (of them {waiting} waiting for a place). Breakdowns: {breakdowns}; "
                    "emergency placements: {emergency}.",
                ).format(
                    period=care.period,
                    reporting=care.reporting,
                    programme=care.programme,
                    placed=n(("total", Measure.PLACED)),
                    own=n(("total", Measure.OWN)),
                    bought=n(("total", Measure.BOUGHT)),
                    needs=n(("total", "needs")),
                    waiting=n(("total", Measure.WAITING)),
                    breakdowns=care_sum_text(care, care.period, "breakdowns", care.breakdowns),
                    emergency=care_sum_text(
                        care, care.period, "emergency_placements", care.emergency_placements
                    ),
                )
            ),
            s["body"],
        ),
        Spacer(1, 2 * mm),
        _care_chart(care),
        Spacer(1, 2 * mm),
    ]
    rows: list[list[object]] = [
        [
            translate("report_pdf", "Placement form"),
            translate("report_pdf", "Placed"),
            translate("report_pdf", "Own"),
            translate("report_pdf", "Bought"),
            translate("report_pdf", "Waiting"),
            translate("report_pdf", "Wrong form"),
            translate("report_pdf", "Far from home"),
        ]
    ]
    for b in care.balance:
        rows.append(
            [
                b.form.label().strip(),
                *(_number_cell(n((b.form, m))) for m in Measure),
            ]
        )
    w = CONTENT_WIDTH
    out.append(_table(rows, [w * 0.28] + [w * 0.12] * 6))
    if len(care.trend) > 1:
        out.append(Spacer(1, 3 * mm))
        trend_rows: list[list[object]] = [
            [
                translate("report_pdf", "Period"),
                translate("report_pdf", "Children placed"),
                translate("report_pdf", "Needs not met"),
            ]
        ]
        for period, placed, needs in care.trend:
            trend_rows.append(
                [
                    Paragraph(esc(period), s["cell"]),
                    # the section's own period as above (so nothing is given away beside it)
                    _number_cell(
                        n(("total", Measure.PLACED))
                        if period == care.period
                        else care_sum_text(care, period, ("total", Measure.PLACED), placed)
                    ),
                    _number_cell(
                        n(("total", "needs"))
                        if period == care.period
                        else care_sum_text(care, period, ("total", "needs"), needs)
                    ),
                ]
            )
        out.append(KeepTogether(_table(trend_rows, [w * 0.3, w * 0.2, w * 0.2])))
    out.append(Spacer(1, 2 * mm))
    out.append(
        Paragraph(
            esc(
                marks_note()
                + " "
                + translate(
                    "report_pdf",
                    "The programme's municipalities that reported for the period; family homes "
                    "include kinship/network and reinforced family homes (of which).",
                )
            ),
            s["small"],
        )
    )
    return out


def build(data: ReportDocument) -> bytes:
    story: list[Flowable] = []
    story += _cover(data)
    story += _contents()
    story += _summary(data)
    story += _coordinator_text(data)
    story += _visits(data)
    story += _participants(data)
    story += _plans(data)
    story += _time_study(data)
    story += _care_places(data)
    meta = DocumentMeta(
        title=f"{data.title} – {data.period}",
        header_right=translate("report_pdf", "National coordinator"),
        footer_left=translate("report_pdf", "Created {date}").format(date=short_date(data.created)),
    )
    return render([x for x in story if x is not None], meta)

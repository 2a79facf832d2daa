"""The quarterly report as a plain :class:`~samordnare_desktop.domain.document.Document` (for its
Word export), and the sections it shares with the final report (participants, care places).

The texts are the PDF's own (context ``report_pdf``), so the Word file and the PDF say the same
thing in the same words; the care figures are protected exactly as in the PDF (1-4 as "<5").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samordnare_desktop.domain import document as d
from samordnare_desktop.domain.care_places import Measure, marks_note
from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.formatting import long_date, short_date
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.report import (
    _care_count,
    _care_hidden,
    care_sum_text,
    percent,
    thousands,
)
from samordnare_desktop.services.care_places import CareSummary
from samordnare_desktop.services.participants import AttendanceSummary

if TYPE_CHECKING:  # reports imports this module to build its Word file
    from samordnare_desktop.services.reports import ReportData


def participant_blocks(summary: AttendanceSummary, sentence: str) -> list[d.Block]:
    """Participants per category (counts only), the travelling companions apart."""
    if not summary.total:
        return [
            d.Para(
                translate("report_pdf", "No participants registered for the period's visits."),
                "meta",
            )
        ]
    rows = [
        (count.category.label(), thousands(count.total), thousands(count.attended))
        for count in summary.by_category
        if not count.category.travels_with_coordinator
    ]
    rows.append(
        (translate("report_pdf", "Total"), thousands(summary.total), thousands(summary.attended))
    )
    blocks: list[d.Block] = [
        d.Para(
            sentence.format(total=thousands(summary.total), attended=thousands(summary.attended))
        ),
        d.Table(
            (
                translate("report_pdf", "Category"),
                translate("report_pdf", "On the lists"),
                translate("report_pdf", "Attended"),
            ),
            tuple(rows),
            (0.56, 0.22, 0.22),
            numeric_from=1,
            total_row=True,
        ),
    ]
    if summary.travelling:
        blocks.append(
            d.Para(
                f"{translate('report_pdf', 'Travelling with the coordinator (not in the total)')}: "
                f"{thousands(summary.travelling)} ({thousands(summary.travelling_attended)})",
                "small",
            )
        )
    return blocks


def care_blocks(care: CareSummary | None) -> list[d.Block]:
    """Care places for placed children, as the quarterly PDF prints them (protected counts)."""
    if care is None:
        return []
    hidden = _care_hidden(care)

    def n(key: object) -> str:
        return _care_count(care, hidden, key)

    rows = tuple((b.form.label().strip(), *(n((b.form, m)) for m in Measure)) for b in care.balance)
    return [
        d.Heading(translate("report_pdf", "Care places for placed children"), 2),
        d.Para(
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
        d.Table(
            (
                translate("report_pdf", "Placement form"),
                translate("report_pdf", "Placed"),
                translate("report_pdf", "Own"),
                translate("report_pdf", "Bought"),
                translate("report_pdf", "Waiting"),
                translate("report_pdf", "Wrong form"),
                translate("report_pdf", "Far from home"),
            ),
            rows,
            (0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13),
            numeric_from=1,
        ),
        d.Para(
            marks_note()
            + " "
            + translate(
                "report_pdf",
                "The programme's municipalities that reported for the period; family homes "
                "include kinship/network and reinforced family homes (of which).",
            ),
            "small",
        ),
    ]


def _plan_table(events) -> d.Table:
    return d.Table(
        (
            translate("report_pdf", "Municipality"),
            translate("report_pdf", "Date"),
            translate("report_pdf", "Status"),
            translate("report_pdf", "Areas"),
            translate("report_pdf", "Actions"),
        ),
        tuple(
            (
                f"{e.municipality_name} ({e.municipality_code})",
                short_date(e.day),
                e.status.label(),
                str(e.areas),
                str(e.actions),
            )
            for e in events
        ),
        (0.36, 0.18, 0.2, 0.13, 0.13),
        numeric_from=3,
    )


def _time_study(data: ReportData) -> list[d.Block]:
    section = data.time_study
    out: list[d.Block] = [d.Heading(translate("report_pdf", "Time study"), 1)]
    if section is None:
        return [
            *out,
            d.Para(
                translate("report_pdf", "No time study for the period's municipalities."), "meta"
            ),
        ]
    overall = section.pooled.overall
    investigators = section.pooled.by_role.get(RespondentRole.INVESTIGATOR)
    out.append(
        d.Para(
            translate(
                "report_pdf",
                "{studies} time studies for the period's municipalities ({respondents} respondents).",
            ).format(studies=len(section.studies), respondents=thousands(overall.respondents))
        )
    )
    out.append(d.Heading(translate("report_pdf", "Shares per category"), 2))
    out.append(
        d.Table(
            (
                translate("report_pdf", "Category"),
                translate("report_pdf", "Share"),
                translate("report_pdf", "Min/day"),
                translate("report_pdf", "Median"),
                translate("report_pdf", "Investig. share"),
                translate("report_pdf", "Investig. min/day"),
            ),
            tuple(
                (
                    c.name,
                    percent(overall.share(c.id)),
                    f"{overall.per_day(c.id):.0f}",
                    percent(section.median.get(c.id, 0.0)),
                    percent(investigators.share(c.id)) if investigators else "–",
                    f"{investigators.per_day(c.id):.0f}" if investigators else "–",
                )
                for c in section.categories
            ),
            (0.37, 0.11, 0.1, 0.11, 0.15, 0.16),
            numeric_from=1,
        )
    )
    out.append(d.Heading(translate("report_pdf", "Per municipality"), 2))
    keys = {c.key: c.id for c in section.categories if c.key}
    rows = []
    for summary in section.studies:
        f = summary.overall
        direct = f.share(keys.get("direct_children")) + f.share(keys.get("direct_adults"))
        rows.append(
            (
                f"{summary.study.municipality_name} ({summary.study.municipality_code})",
                f"{summary.study.ordinal} · {short_date(summary.study.end_date)}",
                thousands(f.respondents),
                percent(direct),
                percent(f.share(keys.get("indirect"))),
                f"{f.minutes_per_day:.0f}",
            )
        )
    out.append(
        d.Table(
            (
                translate("report_pdf", "Municipality"),
                translate("report_pdf", "Measurement"),
                translate("report_pdf", "Respondents"),
                translate("report_pdf", "Direct time"),
                translate("report_pdf", "Indirect time"),
                translate("report_pdf", "Min/day"),
            ),
            tuple(rows),
            (0.28, 0.2, 0.15, 0.12, 0.13, 0.12),
            numeric_from=2,
        )
    )
    return out


def quarterly_document(data: ReportData) -> d.Document:
    """The quarterly report's content as blocks: what ``pdf.report.build`` prints, without the
    charts (their numbers are in the tables beside them)."""
    head = data.letterhead
    visits, visited = len(data.visits), data.municipalities_visited
    received, followed = len(data.plans_received), len(data.plans_followed_up)
    programme = data.programme_size
    blocks: list[d.Block] = [
        d.Heading(translate("report_pdf", "Summary"), 1),
        d.Para(
            translate("report_pdf", "{visits} to {municipalities} during the period.").format(
                visits=translate("report_pdf", "%n visit(s)", None, visits),
                municipalities=translate("report_pdf", "%n municipality(ies)", None, visited),
            )
        ),
        d.Para(translate("report_pdf", "%n municipality(ies) in the programme.", None, programme)),
        d.Para(
            translate("report_pdf", "{received} and {followed}.").format(
                received=translate("report_pdf", "%n action plan(s) received", None, received),
                followed=translate("report_pdf", "%n followed up", None, followed),
            )
        ),
        d.Heading(translate("report_pdf", "The coordinator's comments"), 1),
    ]
    if data.text.strip():
        blocks += [
            d.Para(p.strip()) for p in data.text.replace("\r\n", "\n").split("\n\n") if p.strip()
        ]
    else:
        blocks.append(
            d.Para(translate("report_pdf", "No comments were written for this period."), "meta")
        )
    blocks.append(d.Heading(translate("report_pdf", "Visits in the period"), 1))
    if data.visits:
        blocks.append(
            d.Para(", ".join(f"{kind.label()}: {count}" for kind, count in data.visit_counts))
        )
        blocks.append(
            d.Table(
                (
                    translate("report_pdf", "Municipality"),
                    translate("report_pdf", "Date"),
                    translate("report_pdf", "Kind"),
                    translate("report_pdf", "Status"),
                ),
                tuple(
                    (
                        f"{v.municipality_name} ({v.municipality_code})"
                        if v.municipality_code
                        else v.title or ", ".join(v.organisation_names),
                        short_date(v.day),
                        v.kind.label(),
                        v.status.label(),
                    )
                    for v in data.visits
                ),
                (0.4, 0.18, 0.24, 0.18),
            )
        )
    else:
        blocks.append(d.Para(translate("report_pdf", "No visits in the period."), "meta"))
    blocks.append(d.Heading(translate("report_pdf", "Participants by category"), 1))
    blocks += participant_blocks(
        data.participants,
        translate(
            "report_pdf", "{total} on the lists of the period's visits, {attended} attended."
        ),
    )
    blocks.append(d.Heading(translate("report_pdf", "Action plans"), 1))
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
        blocks.append(d.Heading(title, 2))
        blocks.append(_plan_table(events) if events else d.Para(empty, "meta"))
    overdue = data.overdue_at_end
    blocks.append(
        d.Para(
            translate("report_pdf", "%n action(s) overdue at the end of the period.", None, overdue)
        )
    )
    blocks.append(d.Heading(translate("report_pdf", "Recurring development areas"), 2))
    if data.areas:
        blocks.append(
            d.Table(
                (
                    translate("report_pdf", "Development area"),
                    translate("report_pdf", "Which"),
                    translate("report_pdf", "Municipalities"),
                ),
                tuple(
                    (a.name, ", ".join(r.name for r in a.municipalities), str(a.count))
                    for a in data.areas
                ),
                (0.32, 0.52, 0.16),
                numeric_from=2,  # the count last: only it is a number (right-aligned)
            )
        )
    else:
        blocks.append(
            d.Para(
                translate("report_pdf", "No development area recurs in several plans yet."), "meta"
            )
        )
    blocks += _time_study(data)
    care = care_blocks(data.care)
    if care:
        care[0] = d.Heading(care[0].text, 1)
    blocks += care
    sender = head.sender or translate(
        "report_pdf", "National coordinator for social child and youth care"
    )
    return d.Document(
        title=data.title,
        subtitle=data.period,
        created=data.created,
        cover=(
            (
                translate("report_pdf", "Period"),
                translate("report_pdf", "{start} to {end}").format(
                    start=long_date(data.start), end=long_date(data.end)
                ),
            ),
            (translate("report_pdf", "From"), sender),
            (translate("report_pdf", "To"), head.recipient),
            (translate("report_pdf", "Reference no."), head.reference),
            (translate("report_pdf", "Created"), short_date(data.created)),
        ),
        blocks=tuple(blocks),
        header_right=translate("report_pdf", "National coordinator"),
    )

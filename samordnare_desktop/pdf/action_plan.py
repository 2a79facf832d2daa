"""The action plan (plan för handling) and its follow-up report as PDF (pure ReportLab).

Long user text never becomes one giant table cell: situation and goal are paragraphs of their
own, and an action whose text would not fit a table row is shortened in the table and printed
in full below it, so a page break can fall anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.action_plan import (
    ActionStatus,
    Assessment,
    SnapshotAction,
    SnapshotArea,
    status_counts,
)
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf import styles as st
from samordnare_desktop.pdf.documents import FollowUpDocument, PlanDocument
from samordnare_desktop.pdf.text import chunks, esc

_MUTED = "#5b6775"  # styles.MUTED and styles.WARN as markup colours
_WARN = "#a33b00"
CELL_LIMIT = 700  # characters of user text in one table cell; more goes below the table


def _paragraphs(text: str, style_name: str = "body") -> list:
    """Each line of ``text`` as its own paragraph (so long text splits across pages)."""
    from reportlab.platypus import Paragraph

    style = st.styles()[style_name]
    out = []
    for line in (text or "").split("\n"):
        out += [Paragraph(esc(piece), style) for piece in chunks(line.strip())]
    return out


def _keep_heading(heading: object, block: list) -> list:
    """The heading kept with the start of its text, unless that start is long (it may split)."""
    from reportlab.platypus import KeepTogether

    keep = [heading, *block[:1]]
    rest = block[1:]
    if rest and len(rest[0].getPlainText()) <= 600 and len(block) > 1:
        keep.append(rest.pop(0))
    return [KeepTogether(keep), *rest]


def _shorten(text: str, limit: int = CELL_LIMIT) -> tuple[str, bool]:
    """``text`` cut at a word boundary near ``limit``; whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …", True


def _key_values(rows: list[tuple[str, str]]) -> object:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    styles = st.styles()
    data = [
        [Paragraph(esc(k), styles["cell_bold"]), Paragraph(esc(v), styles["cell"])] for k, v in rows
    ]
    table = Table(data, colWidths=[45 * mm, None], hAlign="LEFT")
    table.setStyle(st.table_style(header=False, zebra=False))
    return table


def _status_text(status: ActionStatus | None, due: date | None, today: date | None) -> str:
    if status is None:
        return "–"
    text = status.label()
    if today is not None and due is not None and due < today and not status.is_closed:
        text += " – " + translate("pdf_action_plan", "overdue")
    return text


class _Notes:
    """Full texts that did not fit a table row, printed after the table."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def cell(self, number: str, text: str, note: str = "", style: str = "cell") -> object:
        """``text`` in a table cell, with ``note`` under it in muted type; too long: shortened,
        and the whole printed after the table."""
        from reportlab.platypus import Paragraph

        whole = f"{text}\n{note}" if note else text
        short, cut = _shorten(whole)
        if cut:
            self.items.append((number, whole))
            markup = (
                esc(short)
                + " "
                + esc(
                    translate("pdf_action_plan", "(in full below, {number})").format(number=number)
                )
            )
        else:
            markup = esc(text)
            if note:
                markup += f'<br/><font size="8.5" color="{_MUTED}">{esc(note)}</font>'
        return Paragraph(markup, st.styles()[style])

    def flowables(self) -> list:
        from reportlab.platypus import Paragraph

        out = []
        for number, text in self.items:
            out.append(
                Paragraph(
                    esc(translate("pdf_action_plan", "{number} in full").format(number=number)),
                    st.styles()["h2"],
                )
            )
            out += _paragraphs(text)
        self.items = []
        return out


def _actions_table(plan_actions: list, today: date, notes: _Notes, prefix: str) -> object:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    styles = st.styles()
    header = [
        Paragraph(esc(translate("pdf_action_plan", "#")), styles["header_cell"]),
        Paragraph(esc(translate("pdf_action_plan", "Action")), styles["header_cell"]),
        Paragraph(esc(translate("pdf_action_plan", "Owner")), styles["header_cell"]),
        Paragraph(esc(translate("pdf_action_plan", "Due")), styles["header_cell"]),
        Paragraph(esc(translate("pdf_action_plan", "Status")), styles["header_cell"]),
    ]
    rows = [header]
    for number, action in enumerate(plan_actions, start=1):
        label = f"{prefix}.{number}"
        measured = (
            translate("pdf_action_plan", "Measured by: {measure}").format(measure=action.measure)
            if action.measure
            else ""
        )
        indicator = getattr(action, "indicator", "")
        if indicator:
            line = translate("pdf_action_plan", "Measurable goal / indicator: {indicator}").format(
                indicator=indicator
            )
            measured = f"{measured}\n{line}" if measured else line
        owner, _ = _shorten(action.owner, 200)
        status = _status_text(action.status, action.due_date, today)
        late = status != action.status.label()
        due_markup = esc(fmt.short_date(action.due_date))
        status_markup = esc(status)
        if late:  # overdue: due date and status in the warning colour, status in bold
            due_markup = f'<font color="{_WARN}">{due_markup}</font>'
            status_markup = f'<font color="{_WARN}"><b>{status_markup}</b></font>'
        rows.append(
            [
                Paragraph(esc(label), styles["cell_small"]),
                notes.cell(label, action.what, measured),
                Paragraph(esc(owner), styles["cell"]),
                Paragraph(due_markup, styles["cell"]),
                Paragraph(status_markup, styles["cell"]),
            ]
        )
    table = Table(
        rows,
        colWidths=[11 * mm, None, 44 * mm, 24 * mm, 26 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    style = st.table_style(rows=len(rows))
    table.setStyle(style)
    return table


def _checklist(missing: Sequence[str]) -> list:
    """A page of what the plan still lacks (from services.plan_completeness), to tick off."""
    from reportlab.platypus import PageBreak, Paragraph

    styles = st.styles()
    out: list = [
        PageBreak(),
        Paragraph(
            esc(translate("pdf_action_plan", "Checklist: what the plan lacks")), styles["h1"]
        ),
    ]
    if not missing:
        text = translate("pdf_action_plan", "Nothing is missing: the plan is complete.")
        return [*out, Paragraph(esc(text), styles["body"])]
    box = styles["body"].clone("checklist", leftIndent=14, firstLineIndent=-14, spaceAfter=3)
    for line in missing:
        out += [Paragraph(f"\u2610 {esc(piece)}", box) for piece in chunks(line)[:1]]
    return out


def action_plan_pdf(
    plan: PlanDocument, *, today: date, checklist: Sequence[str] | None = None
) -> bytes:
    """The plan för handling: title block, then each area with situation, goal and actions;
    with ``checklist`` (what the plan lacks, one line each) a last page to tick them off."""
    from reportlab.platypus import Paragraph, Spacer

    from samordnare_desktop.pdf.document import DocumentMeta, render

    styles = st.styles()
    municipality = f"{plan.municipality_name} ({plan.municipality_code})"
    story: list = [
        Paragraph(esc(translate("pdf_action_plan", "Action plan")), styles["title"]),
        Paragraph(esc(municipality), styles["subtitle"]),
        Paragraph(esc(plan.county_name), styles["meta"]),
        Spacer(1, 6),
        _key_values(
            [
                (translate("pdf_action_plan", "Status"), plan.status.label()),
                (
                    translate("pdf_action_plan", "Received"),
                    fmt.long_date(plan.received_on)
                    if plan.received_on
                    else translate("pdf_action_plan", "not recorded"),
                ),
                (
                    translate("pdf_action_plan", "Owner in the municipality"),
                    plan.owner or translate("pdf_action_plan", "not recorded"),
                ),
                (
                    translate("pdf_action_plan", "Version"),
                    str(plan.revision)
                    if plan.revision
                    else translate("pdf_action_plan", "not saved as a version"),
                ),
                (translate("pdf_action_plan", "Development areas"), str(len(plan.areas))),
                (
                    translate("pdf_action_plan", "Actions"),
                    translate("pdf_action_plan", "{count} in total, overdue: {late}").format(
                        count=len(plan.actions()),
                        late=sum(1 for a in plan.actions() if a.overdue(today)),
                    ),
                ),
            ]
        ),
    ]
    if not plan.areas:
        story.append(Spacer(1, 8))
        story.append(
            Paragraph(
                esc(translate("pdf_action_plan", "The plan has no development areas yet.")),
                styles["body"],
            )
        )
    for number, area in enumerate(plan.areas, start=1):
        notes = _Notes()
        heading = Paragraph(esc(f"{number}. {area.name}"), styles["h1"])
        block: list = []
        for title, text in (
            (translate("pdf_action_plan", "Current situation"), area.situation),
            (translate("pdf_action_plan", "Goal"), area.goal),
        ):
            if text.strip():
                block.append(Paragraph(esc(title), styles["h2"]))
                block += _paragraphs(text)
        story += _keep_heading(heading, block)
        story.append(Spacer(1, 4))
        if area.actions:
            story.append(_actions_table(list(area.actions), today, notes, str(number)))
        else:
            story.append(
                Paragraph(esc(translate("pdf_action_plan", "No actions yet.")), styles["meta"])
            )
        story += notes.flowables()
    if checklist is not None:
        story += _checklist(checklist)
    meta = DocumentMeta(
        title=translate("pdf_action_plan", "Action plan – {municipality}").format(
            municipality=plan.municipality_name
        ),
        header_right=municipality,
        footer_left=translate("pdf_action_plan", "Printed {day}").format(day=fmt.short_date(today)),
    )
    return render(story, meta)


def _outcome_rows(
    plan: PlanDocument, follow_up: FollowUpDocument
) -> list[tuple[SnapshotArea, list[tuple[SnapshotAction, bool]]]]:
    """Areas as agreed (then areas added later), each with its actions (``True`` = added later)."""
    out = []
    seen_areas = set()
    seen_actions = set()
    for area in follow_up.baseline.areas:
        seen_areas.add(area.id)
        actions = [(a, False) for a in area.actions]
        seen_actions.update(a.id for a in area.actions)
        current = plan.area(area.id)
        for a in current.actions if current else ():
            if a.id not in seen_actions:
                actions.append((_as_snapshot(a), True))
                seen_actions.add(a.id)
        out.append((area, actions))
    for area in plan.areas:
        if area.id in seen_areas:
            continue
        snap = SnapshotArea(area.id, area.name, area.situation, area.goal, ())
        out.append((snap, [(_as_snapshot(a), True) for a in area.actions]))
    return out


def _as_snapshot(a) -> SnapshotAction:
    return SnapshotAction(
        a.id, a.what, a.owner, a.start_date, a.due_date, a.status, a.measure, a.indicator
    )


def follow_up_pdf(
    plan: PlanDocument, follow_up: FollowUpDocument, *, today: date, on_time: str = ""
) -> bytes:
    """The follow-up report: per area the plan beside the outcome, status counts, the summary;
    ``on_time`` is the sentence on the share of actions done by their due date."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from samordnare_desktop.pdf.document import DocumentMeta, render

    styles = st.styles()
    municipality = f"{plan.municipality_name} ({plan.municipality_code})"
    areas = _outcome_rows(plan, follow_up)
    current = {a.id: a for a in plan.actions()}

    def now_status(action: SnapshotAction) -> ActionStatus | None:
        found = follow_up.action_status.get(action.id)
        if found is not None:
            return found
        row = current.get(action.id)
        return row.status if row else None

    baseline_label = (
        translate("pdf_action_plan", "version {number}").format(number=follow_up.baseline_version)
        if follow_up.baseline_version
        else translate("pdf_action_plan", "the plan when the follow-up began")
    )
    day = follow_up.held_on or follow_up.visit_day
    # overdue as the follow-up found it (held), or as of today (not held yet)
    as_of = min(day, today) if day else today

    def due_of(action: SnapshotAction) -> date | None:
        row = current.get(action.id)  # the plan's due date now (it may have been moved)
        return row.due_date if row is not None else action.due_date

    story: list = [
        Paragraph(
            esc(translate("pdf_action_plan", "Follow-up of the action plan")), styles["title"]
        ),
        Paragraph(esc(municipality), styles["subtitle"]),
        Paragraph(esc(plan.county_name), styles["meta"]),
        Spacer(1, 6),
        _key_values(
            [
                (
                    translate("pdf_action_plan", "Follow-up"),
                    fmt.long_date(day) if day else translate("pdf_action_plan", "not recorded"),
                ),
                (translate("pdf_action_plan", "Compared with"), baseline_label),
                (
                    translate("pdf_action_plan", "Owner in the municipality"),
                    plan.owner or translate("pdf_action_plan", "not recorded"),
                ),
            ]
        ),
        Paragraph(esc(translate("pdf_action_plan", "Action status")), styles["h1"]),
    ]
    all_actions = [a for _area, actions in areas for a, _new in actions]
    then = status_counts(a.status for _area, acts in areas for a, added in acts if not added)
    now = status_counts(now_status(a) for a in all_actions)
    count_rows = [
        [
            Paragraph(esc(translate("pdf_action_plan", "Status")), styles["header_cell"]),
            Paragraph(esc(translate("pdf_action_plan", "In the plan")), styles["header_cell"]),
            Paragraph(esc(translate("pdf_action_plan", "At the follow-up")), styles["header_cell"]),
        ]
    ]
    for status in ActionStatus:
        count_rows.append(
            [
                Paragraph(esc(status.label()), styles["cell"]),
                Paragraph(str(then[status]), styles["cell"]),
                Paragraph(str(now[status]), styles["cell"]),
            ]
        )
    count_rows.append(
        [
            Paragraph(esc(translate("pdf_action_plan", "Total")), styles["cell_bold"]),
            Paragraph(str(sum(then.values())), styles["cell_bold"]),
            Paragraph(str(sum(now.values())), styles["cell_bold"]),
        ]
    )
    counts = Table(count_rows, colWidths=[60 * mm, 35 * mm, 40 * mm], hAlign="LEFT")
    counts.setStyle(st.table_style(rows=len(count_rows)))
    story.append(counts)
    if on_time:
        story += [Spacer(1, 2 * mm), Paragraph(f"<b>{esc(on_time)}</b>", styles["body"])]

    for number, (area, actions) in enumerate(areas, start=1):
        notes = _Notes()
        heading = Paragraph(esc(f"{number}. {area.name}"), styles["h1"])
        assessment: Assessment | None = follow_up.area_assessment.get(area.id)
        assessed = esc(
            assessment.label() if assessment else translate("pdf_action_plan", "not assessed")
        )
        block = [
            Paragraph(
                esc(translate("pdf_action_plan", "Assessment: {assessment}")).format(
                    assessment=f"<b>{assessed}</b>"
                ),
                styles["body"],
            )
        ]
        note = follow_up.area_note.get(area.id, "")
        block += _paragraphs(note)
        if area.goal.strip():
            block.append(
                Paragraph(esc(translate("pdf_action_plan", "Goal in the plan")), styles["h2"])
            )
            block += _paragraphs(area.goal)
        story += _keep_heading(heading, block)
        story.append(Spacer(1, 4))
        if not actions:
            story.append(
                Paragraph(esc(translate("pdf_action_plan", "No actions.")), styles["meta"])
            )
            continue
        rows = [
            [
                Paragraph(esc(translate("pdf_action_plan", "#")), styles["header_cell"]),
                Paragraph(
                    esc(translate("pdf_action_plan", "Action in the plan")), styles["header_cell"]
                ),
                Paragraph(esc(translate("pdf_action_plan", "Due")), styles["header_cell"]),
                Paragraph(esc(translate("pdf_action_plan", "Status then")), styles["header_cell"]),
                Paragraph(esc(translate("pdf_action_plan", "Status now")), styles["header_cell"]),
                Paragraph(esc(translate("pdf_action_plan", "Comment")), styles["header_cell"]),
            ]
        ]
        for index, (action, added) in enumerate(actions, start=1):
            label = f"{number}.{index}"
            added_note = translate("pdf_action_plan", "(added after the plan)") if added else ""
            comment = follow_up.action_comment.get(action.id, "")
            due = due_of(action)
            status_now = now_status(action)
            now_text = _status_text(status_now, due, as_of)
            due_markup = esc(fmt.short_date(due)) if due else "–"
            now_markup = esc(now_text)
            if status_now is not None and now_text != status_now.label():  # overdue
                due_markup = f'<font color="{_WARN}">{due_markup}</font>'
                now_markup = f'<font color="{_WARN}"><b>{now_markup}</b></font>'
            rows.append(
                [
                    Paragraph(esc(label), styles["cell_small"]),
                    notes.cell(label, action.what, added_note),
                    Paragraph(due_markup, styles["cell"]),
                    Paragraph(esc("–" if added else action.status.label()), styles["cell"]),
                    Paragraph(now_markup, styles["cell"]),
                    notes.cell(
                        translate("pdf_action_plan", "Comment {number}").format(number=label),
                        comment,
                    ),
                ]
            )
        table = Table(
            rows,
            colWidths=[11 * mm, None, 24 * mm, 24 * mm, 27 * mm, 40 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(st.table_style(rows=len(rows)))
        story.append(table)
        story += notes.flowables()

    story.append(Paragraph(esc(translate("pdf_action_plan", "Overall summary")), styles["h1"]))
    summary = _paragraphs(follow_up.summary)
    story += summary or [
        Paragraph(esc(translate("pdf_action_plan", "No summary written.")), styles["meta"])
    ]
    meta = DocumentMeta(
        title=translate("pdf_action_plan", "Follow-up – {municipality}").format(
            municipality=plan.municipality_name
        ),
        header_right=municipality,
        footer_left=translate("pdf_action_plan", "Printed {day}").format(day=fmt.short_date(today)),
    )
    return render(story, meta)

"""What the user reads about a conflict: "Besök 0586 Mjölby, 2026-03-04: Plats"."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from samordnare_desktop.i18n import translate
from samordnare_desktop.services import field_labels


def _kinds() -> dict[str, str]:
    return {
        "visit": translate("sync", "Visit"),
        "person": translate("sync", "Person"),
        "participant": translate("sync", "Participant"),
        "contact": translate("sync", "Contact"),
        "organisation": translate("sync", "Organisation"),
        "municipality": translate("sync", "Municipality"),
        "finding": translate("sync", "Finding"),
        "action_plan": translate("sync", "Action plan"),
        "plan_area": translate("sync", "Development area"),
        "plan_action": translate("sync", "Action"),
        "plan_follow_up": translate("sync", "Follow-up"),
        "agenda_item": translate("sync", "Agenda item"),
        "minutes_item": translate("sync", "Minutes"),
        "care_report": translate("sync", "Care places figures"),
        "care_line": translate("sync", "Care places figures"),
        "assignment": translate("sync", "Assignment"),
        "report_text": translate("sync", "Report text"),
    }


def _minutes_labels() -> dict[str, str]:
    return {
        "notes": translate("sync", "Notes"),
        "decisions": translate("sync", "Decisions"),
    }


def _care_report_labels() -> dict[str, str]:
    from samordnare_desktop.domain.care_places import Total

    return {"period": translate("sync", "Period"), **{t.value: t.label() for t in Total}}


def _care_line_labels() -> dict[str, str]:
    from samordnare_desktop.domain.care_places import Measure

    return {"form": translate("sync", "Placement form"), **{m.value: m.label() for m in Measure}}


def _field_maps() -> dict[str, Callable[[], dict[str, str]]]:
    return {
        "visit": field_labels.visit_labels,
        "person": field_labels.person_labels,
        "participant": field_labels.participation_labels,
        "contact": field_labels.contact_labels,
        "municipality": field_labels.municipality_labels,
        "organisation": field_labels.organisation_labels,
        "action_plan": field_labels.plan_labels,
        "plan_area": field_labels.area_labels,
        "plan_action": field_labels.action_labels,
        "plan_follow_up": field_labels.follow_up_labels,
        "minutes_item": _minutes_labels,
        "care_report": _care_report_labels,
        "care_line": _care_line_labels,
    }


def _row_words(s: Session, table: str, row_id: uuid.UUID) -> str:
    from samordnare_desktop.services import privacy

    try:
        if table == "visit":
            from samordnare_desktop.domain.visit import Visit

            row = s.get(Visit, row_id)
            return privacy._visit_label(s, row) if row else ""
        if table in ("person", "contact", "organisation", "municipality"):
            from samordnare_desktop.domain import models

            model = {
                "person": models.Person,
                "contact": models.Contact,
                "organisation": models.Organisation,
                "municipality": models.Municipality,
            }[table]
            row = s.get(model, row_id)
            return getattr(row, "name", "") if row else ""
        if table in ("participant", "agenda_item", "finding"):
            from samordnare_desktop.domain.agenda import AgendaItem
            from samordnare_desktop.domain.finding import Finding
            from samordnare_desktop.domain.participant import Participant

            model = {"participant": Participant, "agenda_item": AgendaItem, "finding": Finding}[
                table
            ]
            row = s.get(model, row_id)
            return privacy._by_visit(s, row) if row is not None and row.visit_id else ""
        if table == "minutes_item":  # the agenda item's title and its meeting
            from samordnare_desktop.domain.agenda import AgendaItem
            from samordnare_desktop.domain.minutes import MinutesItem

            minutes = s.get(MinutesItem, row_id)
            item = s.get(AgendaItem, minutes.agenda_item_id) if minutes is not None else None
            if item is None:
                return ""
            return ", ".join(p for p in (_quoted(item.title), privacy._by_visit(s, item)) if p)
        if table in ("action_plan", "plan_area", "plan_action", "plan_follow_up"):
            return _plan_words(s, table, row_id)
        if table in ("care_report", "care_line"):
            return _care_words(s, table, row_id)
    except Exception:  # a label must never stop the conflict list from showing
        return ""
    return ""


def _quoted(text: str, limit: int = 60) -> str:
    """A plan row's own words, first line, shortened: "”Inför en rutin för …”"."""
    lines = (text or "").strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > limit or len(lines) > 1:
        first = first[:limit].rstrip() + "…"
    return f"”{first}”" if first else ""


def _plan_words(s: Session, table: str, row_id: uuid.UUID) -> str:
    """Which plan row: an action by its words, an area by its name, each with the plan's
    municipality ("”Inför en rutin för …”, Mjölby")."""
    from samordnare_desktop.domain.action_plan import ActionPlan, FollowUp, PlanAction, PlanArea
    from samordnare_desktop.services import privacy

    model = {
        "action_plan": ActionPlan,
        "plan_area": PlanArea,
        "plan_action": PlanAction,
        "plan_follow_up": FollowUp,
    }[table]
    row = s.get(model, row_id)
    if row is None:
        return ""
    if table == "plan_action":
        area = s.get(PlanArea, row.area_id)
        where = privacy._by_plan(s, area) if area is not None else ""
        own = _quoted(row.what)
    elif table == "plan_area":
        where, own = privacy._by_plan(s, row), _quoted(row.name)
    elif table == "plan_follow_up":
        where = privacy._by_plan(s, row)
        own = row.held_on.isoformat() if row.held_on else ""
    else:
        where, own = privacy._by_plan(s, row), ""
    return ", ".join(part for part in (own, where) if part)


def _care_words(s: Session, table: str, row_id: uuid.UUID) -> str:
    """Whose figures, for which period, and (a line) which form: "Familjehem, Mjölby, 2025"."""
    from samordnare_desktop.domain.care_places import CareLine, CareReport
    from samordnare_desktop.domain.organisation import Organisation

    line = s.get(CareLine, row_id) if table == "care_line" else None
    report = s.get(CareReport, line.report_id if line is not None else row_id)
    if report is None:
        return ""
    owner = s.get(Organisation, report.organisation_id)
    form = line.form.label() if line is not None else ""
    return ", ".join(p for p in (form, owner.name if owner else "", report.period) if p)


def field_label(table: str, field: str) -> str:
    if field == "*":
        return translate("sync", "could not be saved on the other side")
    found = _field_maps().get(table)
    labels = found() if found else {}
    return labels.get(field, field.replace("_", " "))


def describe(s: Session, table: str, row_id: uuid.UUID, field: str) -> str:
    kind = _kinds().get(table, table.replace("_", " "))
    words = _row_words(s, table, row_id)
    head = f"{kind} {words}".strip()
    return f"{head}: {field_label(table, field)}"


def _file_words(table: str, row: dict) -> str:
    """Words from a row of an exchange file itself (a row this database did not take): where
    the unique value is no name (the one assignment, a report period)."""
    if table == "assignment":
        return _quoted(row.get("name") or "")
    if table == "report_text" and row.get("period_start") and row.get("period_end"):
        return f"{row['period_start'].isoformat()} – {row['period_end'].isoformat()}"
    return ""


def refused_record(s: Session, table: str, row: dict, twin_id: uuid.UUID | None) -> str:
    """Which record of an exchange file was not taken, as the user reads it ("Protokoll
    ”Barnens röst”, Besök Mjölby 2026-03-04"): words from the row it collided with here
    (the same agenda item, organisation and period ...), else from the file's row."""
    kind = _kinds().get(table, table.replace("_", " "))
    words = _file_words(table, row)
    if not words and twin_id is not None:
        words = _row_words(s, table, twin_id)
    return f"{kind} {words}".strip()

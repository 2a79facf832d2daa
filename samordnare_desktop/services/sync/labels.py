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
    }


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
    except Exception:  # a label must never stop the conflict list from showing
        return ""
    return ""


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

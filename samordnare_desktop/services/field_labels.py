"""One field-label map per entity: the words the user reads for each field of a visit, a person and
their participation, an action plan (plan, area, action), a municipality's contact and an
organisation. Forms, the action plan's history, validation messages and the access copy of
personal data all take their labels from here, so a field is named the same everywhere and a new
field is named once (agenda items have theirs in ``services.agendas.item_labels``).

Each map is built when asked (the language is chosen at start-up); keys are the field names of the
entity's input dataclass or model. :func:`in_sentence` gives a label for use inside a sentence.
"""

from __future__ import annotations

from samordnare_desktop.i18n import translate


def in_sentence(label: str) -> str:
    """ "E-post" -> "e-post", "Namn" -> "namn": a label inside a sentence or a list of fields."""
    return label[:1].lower() + label[1:]


def person_labels() -> dict[str, str]:
    """A person in the directory (``PersonInput``, ``PersonRow``)."""
    return {
        "name": translate("PersonLabels", "Name"),
        "category": translate("PersonLabels", "Category"),
        "title": translate("PersonLabels", "Title / role"),
        "organisation": translate("PersonLabels", "Organisation"),
        "organisation_id": translate("PersonLabels", "Works at"),
        "party": translate("PersonLabels", "Party"),
        "office": translate("PersonLabels", "Office"),
        "email": translate("PersonLabels", "E-mail"),
        "phone": translate("PersonLabels", "Phone"),
    }


def participation_labels() -> dict[str, str]:
    """How a person takes part in a visit (``ParticipationInput``)."""
    return {
        "invited": translate("PersonLabels", "Invited"),
        "confirmed": translate("PersonLabels", "Confirmed"),
        "attended": translate("PersonLabels", "Attended"),
        "walk_in": translate("PersonLabels", "Came without registering"),
        "notes": translate("PersonLabels", "Notes"),
        "consent_note": translate("PersonLabels", "Consent"),
        "name_on_lists": translate("PersonLabels", "Printed lists"),
    }


def visit_labels() -> dict[str, str]:
    """A visit or meeting (``VisitInput``), its press meeting included."""
    return {
        "municipality_id": translate("VisitLabels", "Municipality"),
        "kind": translate("VisitLabels", "Kind"),
        "title": translate("VisitLabels", "Title"),
        "day": translate("VisitLabels", "Date"),
        "start_time": translate("VisitLabels", "Time"),
        "end_time": translate("VisitLabels", "Time"),
        "status": translate("VisitLabels", "Status"),
        "venue_name": translate("VisitLabels", "Venue"),
        "venue_address": translate("VisitLabels", "Street address"),
        "venue_room": translate("VisitLabels", "Room"),
        "host_contact_id": translate("VisitLabels", "Host"),
        "first_visit_id": translate("VisitLabels", "First visit"),
        "organisation_ids": translate("VisitLabels", "Organisations"),
        "notes": translate("VisitLabels", "Notes and minutes"),
        "has_press_meeting": translate("VisitLabels", "Press meeting"),
        "press_start": translate("VisitLabels", "Time"),
        "press_end": translate("VisitLabels", "Time"),
        "press_place": translate("VisitLabels", "Place"),
        "press_contact_name": translate("VisitLabels", "Press contact"),
        "press_contact_phone": translate("VisitLabels", "Phone"),
        "press_contact_email": translate("VisitLabels", "E-mail"),
    }


def plan_labels() -> dict[str, str]:
    """An action plan's header (``PlanInput``)."""
    return {
        "status": translate("ActionPlanLabels", "Status"),
        "received_on": translate("ActionPlanLabels", "Received"),
        "owner": translate("ActionPlanLabels", "Owner in the municipality"),
    }


def area_labels() -> dict[str, str]:
    """A development area of a plan (``AreaInput``)."""
    return {
        "name": translate("ActionPlanLabels", "Development area"),
        "situation": translate("ActionPlanLabels", "Current situation"),
        "goal": translate("ActionPlanLabels", "Goal"),
    }


def action_labels() -> dict[str, str]:
    """An action of a plan (``ActionInput``)."""
    return {
        "what": translate("ActionPlanLabels", "Action"),
        "owner": translate("ActionPlanLabels", "Owner"),
        "start_date": translate("ActionPlanLabels", "Start"),
        "due_date": translate("ActionPlanLabels", "Due"),
        "status": translate("ActionPlanLabels", "Status"),
        "measure": translate("ActionPlanLabels", "Measured by"),
        "indicator": translate("ActionPlanLabels", "Measurable goal / indicator"),
    }


def follow_up_labels() -> dict[str, str]:
    """A plan's follow-up: the follow-up itself and what it records per action and area."""
    return {
        "follow_up_status": translate("ActionPlanLabels", "Status at follow-up"),
        "follow_up_comment": translate("ActionPlanLabels", "Comment at follow-up"),
        "assessment": translate("ActionPlanLabels", "Assessment"),
        "note": translate("ActionPlanLabels", "Note"),
        "summary": translate("ActionPlanLabels", "Summary"),
    }


def contact_labels() -> dict[str, str]:
    """A municipality's (or organisation's) contact person (``ContactInput``)."""
    return {
        "name": translate("ContactLabels", "Name"),
        "title": translate("ContactLabels", "Title"),
        "organisation": translate("ContactLabels", "Organisation"),
        "phone": translate("ContactLabels", "Phone"),
        "email": translate("ContactLabels", "E-mail"),
    }


def municipality_labels() -> dict[str, str]:
    """A municipality's own fields (what the coordinator edits)."""
    return {
        "in_programme": translate("MunicipalityLabels", "In the coordinator's programme"),
        "notes": translate("MunicipalityLabels", "Notes"),
    }


def organisation_labels() -> dict[str, str]:
    """An organisation (``OrganisationInput``)."""
    return {
        "kind": translate("OrganisationLabels", "Kind"),
        "name": translate("OrganisationLabels", "Name"),
        "short_name": translate("OrganisationLabels", "Short name"),
        "org_number": translate("OrganisationLabels", "Organisation number"),
        "parent_id": translate("OrganisationLabels", "Belongs to"),
        "notes": translate("OrganisationLabels", "Notes"),
    }

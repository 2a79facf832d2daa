"""One field-label map per entity (issue #12): every field of an entity's input has its label in
services.field_labels, and the access copy, the import's refusals and the plan history read them
from there (the forms: tests/ui/test_field_labels_ui.py)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from samordnare_desktop.services import field_labels as fl
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.contacts import ContactInput
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.visits import VisitInput


@pytest.mark.parametrize(
    "entity, labels",
    [
        (PersonInput, fl.person_labels),
        (ParticipationInput, fl.participation_labels),
        (VisitInput, fl.visit_labels),
        (PlanInput, fl.plan_labels),
        (AreaInput, fl.area_labels),
        (ActionInput, fl.action_labels),
        (ContactInput, fl.contact_labels),
        (OrganisationInput, fl.organisation_labels),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_every_field_of_an_entity_has_its_label(entity, labels) -> None:
    found = labels()
    missing = {f.name for f in fields(entity)} - set(found)
    assert not missing, f"{entity.__name__}: no label for {sorted(missing)}"
    assert all(text.strip() for text in found.values())


def test_the_access_copy_names_fields_as_their_entity_does() -> None:
    from samordnare_desktop.services.privacy import _field_label

    for name, label in {**fl.person_labels(), **fl.participation_labels()}.items():
        assert _field_label(name) == label
    for name in ("press_contact_name", "press_contact_email", "venue_name"):
        assert _field_label(name) == fl.visit_labels()[name]
    assert _field_label("what") == fl.action_labels()["what"]
    assert _field_label("org_number") == fl.organisation_labels()["org_number"]


def test_the_import_refusal_names_the_field_by_its_label() -> None:
    from samordnare_desktop.services.participant_import import _field_label

    assert _field_label("email") == fl.in_sentence(fl.person_labels()["email"])
    assert fl.in_sentence("E-post") == "e-post"

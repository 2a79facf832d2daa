"""The forms label their fields from services.field_labels (issue #12): one label map per entity,
so a field reads the same in the form, the history, a refusal and the access copy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samordnare_desktop.services import field_labels as fl


def _caption(root: QWidget, widget: QWidget) -> str:
    (label,) = [lab for lab in root.findChildren(QLabel) if lab.buddy() is widget]
    return label.text()


def test_forms_take_their_labels_from_the_entity_maps(qtbot, main_window) -> None:
    from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog
    from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

    person = {**fl.person_labels(), **fl.participation_labels()}
    dialog = ParticipantDialog(None, lambda *_a: None, [])
    qtbot.addWidget(dialog)
    for field in ("name", "title", "email", "phone", "party", "consent_note", "notes"):
        assert _caption(dialog, dialog.findChild(QWidget, field)) == person[field]

    contact = ContactDialog(None, lambda _data: None)
    qtbot.addWidget(contact)
    for field, label in fl.contact_labels().items():
        assert _caption(contact, contact.findChild(QWidget, field)) == label

    form = main_window.tab("visits").form
    visit = fl.visit_labels()
    assert _caption(form, form.venue_name) == visit["venue_name"]
    assert _caption(form, form.press_contact_email) == visit["press_contact_email"]
    organisations = main_window.tab("organisations")
    assert (
        _caption(organisations, organisations.org_number) == fl.organisation_labels()["org_number"]
    )
    plans = main_window.tab("action_plans")
    form = plans.plan_page.action_form
    assert _caption(form, form.due) == fl.action_labels()["due_date"]

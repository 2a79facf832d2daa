"""The Organisationer tab and meetings without a municipality, driven through their widgets."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.visits import VisitFilter, VisitInput
from samordnare_desktop.ui.table_model import ROW_ROLE


def _names(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]


def test_lists_municipalities_and_regions_and_filters_as_you_type(main_window) -> None:
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    assert tab.model.rowCount() == 290 + 20
    tab.search.insert("region skå")
    assert _names(tab) == ["Region Skåne"]
    tab.search.clear()
    tab.kind_filter.set_value(OrganisationKind.REGION)
    assert len(_names(tab)) == 21 and "Gotland" in _names(tab)


def test_search_matches_the_row_text_only_and_takes_any_character(main_window) -> None:
    """The filter runs in C++ on a key per row (search text, then the kinds): a search never
    matches the kinds' machine names, and regular-expression characters are plain text."""
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    for text in ("municipality", "|region|", "(", ".*", "\\"):
        tab.search.setText(text)
        assert _names(tab) == [], text
    tab.search.setText("  SKÅNE   län ")  # folded and collapsed as before
    assert "Sjöbo" in _names(tab) and "Region Skåne" in _names(tab)
    tab.kind_filter.set_value(OrganisationKind.REGION)
    assert _names(tab) == ["Region Skåne"]
    tab.search.setText("gotland")
    assert _names(tab) == ["Gotland"]  # the municipality with a region's tasks
    tab.kind_filter.set_value(OrganisationKind.MUNICIPALITY)
    assert _names(tab) == ["Gotland"]
    tab.kind_filter.set_value(OrganisationKind.AGENCY)
    assert _names(tab) == []


def test_new_organisation_refused_without_name_then_saved(main_window, messages) -> None:
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    tab.new_organisation()
    tab.kind.set_value(OrganisationKind.AGENCY)
    tab.save()
    assert tab.errors.message("name")  # shown beside the field, nothing saved
    assert tab.ctx.services.organisations.find_by_name("IVO") is None
    tab.name.setText("Inspektionen för vård och omsorg")
    tab.short_name.setText("IVO")
    tab.save()
    saved = tab.ctx.services.organisations.find_by_name("IVO")
    assert saved is not None and saved.kind is OrganisationKind.AGENCY
    assert _names(tab).count("Inspektionen för vård och omsorg") == 1
    # a municipality's organisation cannot be deleted; its name is read-only
    tab.search.insert("Sjöbo")
    tab.table.selectRow(0)
    assert tab.name.isReadOnly() and not tab.delete_button.isEnabled()


def test_dialogue_meeting_without_municipality_from_the_visit_form(main_window) -> None:
    services = main_window.tab("visits").ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    form = tab.form
    form.new_visit(None, date(2026, 4, 20))
    form.organisation_picker.fill()
    form.kind.set_value(VisitKind.DIALOGUE)
    form.title_edit.setText("Dialogmöte")
    form.organisation_picker.tick((famna.id,))
    assert form.save() is not None
    (meeting,) = services.visits.list(VisitFilter(organisation_id=famna.id))
    assert meeting.municipality_id is None and meeting.organisation_names == ("Famna",)
    tab.organisation.set_value(None)
    tab.search.insert("famna")
    assert tab.proxy.rowCount() == 1


def _select_named(tab, name: str) -> None:
    tab.search.clear()
    tab.search.insert(name)
    assert _names(tab) == [name]
    tab.table.selectRow(0)


def test_contacts_edit_and_delete_with_undo_and_the_organisations_people(
    qtbot, main_window, monkeypatch, messages
) -> None:
    """Issue #16: an organisation's contacts could be added but not edited or deleted, and its
    people were nowhere to be seen."""
    from PySide6.QtCore import Qt

    from samordnare_desktop.services.contacts import ContactInput
    from samordnare_desktop.services.participants import PersonInput
    from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog

    services = main_window.ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    services.organisations.add_contact(famna.id, ContactInput("Peter Sjöholm", "Policyansvarig"))
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id,))
    )
    services.participants.add(meeting.id, PersonInput("Aisha Rahimi", organisation="Famna"))
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    _select_named(tab, "Famna")
    assert tab.people_model.rowCount() == 1
    assert tab.people_model.index(0, 0).data() == "Aisha Rahimi"
    assert "1" in tab.people_box.title()
    assert tab.contact_model.rowCount() == 1 and not tab.edit_contact_button.isEnabled()
    tab.contacts.selectRow(0)
    assert tab.edit_contact_button.isEnabled() and tab.delete_contact_button.isEnabled()

    def fake_exec(dialog: ContactDialog) -> int:
        dialog.title_edit.setText("Generalsekreterare")
        return int(dialog.try_save())

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.edit_contact_button, Qt.MouseButton.LeftButton)
    (contact,) = services.organisations.contacts(famna.id)
    assert contact.title == "Generalsekreterare"
    assert tab.contact_model.row_at(0).title == "Generalsekreterare"
    tab.contacts.selectRow(0)
    messages.confirm_answer = False
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    assert len(services.organisations.contacts(famna.id)) == 1  # not confirmed: kept
    messages.confirm_answer = True
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    assert services.organisations.contacts(famna.id) == []
    assert tab.contact_model.rowCount() == 0
    main_window.ctx.undo_stack.undo()
    assert [c.name for c in services.organisations.contacts(famna.id)] == ["Peter Sjöholm"]
    assert tab.contact_model.rowCount() == 1


def test_deleting_an_organisation_undoes_unless_its_number_was_taken(main_window, messages) -> None:
    services = main_window.ctx.services
    services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Famna", org_number="202100-5489")
    )
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    _select_named(tab, "Famna")
    tab.delete()
    assert services.organisations.find_by_name("Famna") is None
    main_window.ctx.undo_stack.undo()
    assert services.organisations.find_by_name("Famna") is not None
    main_window.ctx.undo_stack.redo()
    services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Famna ny", org_number="２０２１００５４８９")
    )
    main_window.ctx.undo_stack.undo()
    assert services.organisations.find_by_name("Famna") is None  # refused, with a message
    assert any("Famna ny" in text for text in messages.texts())


def test_the_visit_form_keeps_a_tie_to_an_organisation_deleted_since(main_window) -> None:
    """Found by an adversarial tester: the Besök form dropped a tie to a deleted organisation
    without a word, and a meeting whose only organisation was deleted could not be saved."""
    services = main_window.ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    meeting = services.visits.create(
        VisitInput(
            None,
            VisitKind.DIALOGUE,
            date(2026, 4, 20),
            title="Dialogmöte",
            organisation_ids=(famna.id,),
        )
    )
    services.organisations.delete(famna.id)
    main_window.select_tab("visits")
    form = main_window.tab("visits").form
    form.load(services.visits.get(meeting.id))
    items = form.organisation_picker.list
    shown = [items.item(i).text() for i in range(items.count())]
    assert any("Famna" in text and "borttagen" in text for text in shown)
    assert form.checked_organisation_ids() == (famna.id,)
    form.title_edit.setText("Dialogmöte (flyttat)")
    assert form.save() is not None
    saved = services.visits.get(meeting.id)
    assert saved.title == "Dialogmöte (flyttat)" and saved.organisation_ids == (famna.id,)
    form.new_visit(None, date(2026, 6, 1))  # another meeting: the deleted one is not offered
    shown = [items.item(i).text() for i in range(items.count())]
    assert not any("Famna" in text for text in shown)


def test_people_column_shows_the_count_in_a_narrow_window(main_window) -> None:
    """The People count was in the model but not on screen: right-aligned in the stretched last
    column, it ran past the view's edge when the list was narrow (the offscreen 800 px window)."""
    from PySide6.QtWidgets import QApplication

    from samordnare_desktop.services.participants import PersonInput
    from samordnare_desktop.ui.organisations.table_model import PEOPLE_COLUMN

    services = main_window.ctx.services
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    tab.refresh()
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id,))
    )
    for name in ("Aisha Rahimi", "Peter Sjöholm"):
        services.participants.add(meeting.id, PersonInput(name, organisation="Famna"))
    main_window.ctx.bus.changed.emit("participants")  # what the window says after adding them
    main_window.resize(800, 600)
    _select_named(tab, "Famna")
    QApplication.processEvents()
    index = tab.proxy.index(0, PEOPLE_COLUMN)
    assert index.data() == 2
    cell = tab.table.visualRect(index)
    assert tab.table.viewport().rect().contains(cell)
    assert cell.width() > tab.table.fontMetrics().horizontalAdvance("100 000")


def test_visit_form_and_filter_follow_the_register_without_a_restart(main_window, messages) -> None:
    """An organisation added, renamed or deleted in Organisationer is offered (or not) in the
    Besök form's picker and the Besök organisation filter at once; the ticks stay, a ticked
    one deleted stays ticked and marked."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def show(name: str) -> None:
        main_window.select_tab(name)
        QApplication.processEvents()  # the tab's page appears (and hears what it missed)

    def picker_items(form) -> dict[str, bool]:
        items = form.organisations
        return {
            items.item(i).text(): items.item(i).checkState() == Qt.CheckState.Checked
            for i in range(items.count())
        }

    def filter_labels(tab) -> list[str]:
        return [tab.organisation.itemText(i) for i in range(tab.organisation.count())]

    show("visits")
    visits = main_window.tab("visits")
    form = visits.form
    form.new_visit(None, date(2026, 4, 20))
    assert not any(text.startswith("Famna") for text in picker_items(form))

    show("organisations")
    orgs = main_window.tab("organisations")
    for name in ("Famna", "KFS"):
        orgs.new_organisation()
        orgs.name.setText(name)
        orgs.kind.set_value(OrganisationKind.INTEREST)
        orgs.save()
    show("visits")
    items = picker_items(form)
    assert items.get("Famna (Intresse- eller branschorganisation)") is False
    assert "KFS (Intresse- eller branschorganisation)" in items
    assert {"Famna", "KFS"} <= set(filter_labels(visits))
    famna = orgs.service.find_by_name("Famna")
    form.organisation_picker.tick((famna.id,))
    form.organisation_picker.search.setText("fam")  # the filter typed stays applied

    show("organisations")
    _select_named(orgs, "Famna")
    orgs.name.setText("Famna – Riksorganisationen för idéburen vård")
    orgs.save()
    _select_named(orgs, "KFS")
    messages.confirm_answer = True
    orgs.delete()
    _select_named(orgs, "Famna – Riksorganisationen för idéburen vård")
    orgs.delete()
    show("visits")
    items = picker_items(form)
    assert not any("KFS" in text for text in items)  # deleted, not tied: gone
    ((famna_text, ticked),) = [(t, c) for t, c in items.items() if "Riksorganisationen" in t]
    assert ticked and "(borttagen)" in famna_text  # deleted but ticked: kept, marked
    assert form.checked_organisation_ids() == (famna.id,)
    hidden = {
        form.organisations.item(i).text(): form.organisations.item(i).isHidden()
        for i in range(form.organisations.count())
    }
    assert not hidden[famna_text] and all(h for t, h in hidden.items() if t != famna_text)
    assert "KFS (borttagen)" in filter_labels(visits)


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_an_organisation_changed_elsewhere_is_never_saved_over(main_window, messages, unsaved):
    """The form shows an organisation; a sync's pull (or another window) changes its notes
    and the notice comes. With nothing typed the form shows the change; with unsaved text
    the save is refused as a stale edit, the text kept, the other change kept."""

    from samordnare_desktop.ui.context import EVERYTHING, ORGANISATION, Change

    services = main_window.ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    tab.refresh()
    assert tab.select_organisation(famna.id)
    if unsaved:
        tab.notes.setPlainText("Mina osparade anteckningar")
    data = OrganisationInput(OrganisationKind.INTEREST, "Famna", notes="Från en annan dator")
    services.organisations.update(famna.id, data, expected_version=None)
    main_window.ctx.bus.notify(Change.of(ORGANISATION, ids={famna.id}))
    main_window.ctx.bus.notify(Change.of(EVERYTHING))
    if unsaved:
        tab.save_button.click()
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert tab.notes.toPlainText() == "Mina osparade anteckningar"
    else:
        assert tab.notes.toPlainText() == "Från en annan dator"
    assert services.organisations.get(famna.id).notes == "Från en annan dator"


def test_a_contact_changed_elsewhere_is_never_saved_over(main_window, messages, monkeypatch):
    """An organisation's contact dialog holds a typed title; another window (a sync's pull)
    changes the same contact and the notices come. The save is refused as a stale edit, the
    dialog keeps the text, the other change stays in the database and the list."""
    from samordnare_desktop.services.contacts import ContactInput
    from samordnare_desktop.ui.context import EVERYTHING, MUNICIPALITY, Change
    from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog

    services = main_window.ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    contact = services.organisations.add_contact(famna.id, ContactInput("Eva Ek", "Handläggare"))
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    tab.refresh()
    assert tab.select_organisation(famna.id)
    tab.contacts.selectRow(0)
    kept: list[str] = []

    def fake_exec(dialog: ContactDialog) -> int:
        dialog.title_edit.setText("Min osparade titel")
        services.organisations.update_contact(
            contact.id, ContactInput("Eva Ek", "Från en annan dator"), expected_version=None
        )
        main_window.ctx.bus.notify(Change.of(MUNICIPALITY))
        main_window.ctx.bus.notify(Change.of(EVERYTHING))
        saved = dialog.try_save()
        kept.append(dialog.title_edit.text())
        return int(saved)

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    tab.edit_contact()
    (warning,) = messages.texts("warn")
    assert "Någon annan har ändrat" in warning
    assert kept == ["Min osparade titel"]
    assert [c.title for c in services.organisations.contacts(famna.id)] == ["Från en annan dator"]
    assert tab.contact_model.row_at(0).title == "Från en annan dator"

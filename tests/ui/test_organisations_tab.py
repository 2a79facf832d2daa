"""The Organisationer tab and meetings without a municipality, driven through their widgets."""

from __future__ import annotations

from datetime import date

from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.visits import VisitFilter
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

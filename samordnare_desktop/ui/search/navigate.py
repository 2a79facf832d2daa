"""Opening the place a search hit names: the tab it lives in, with the row selected (as the
overview's click-through does), clearing a tab's search or filters when they hide the row."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from samordnare_desktop.services.everything import Place, Target


def _tab(window: QWidget, name: str) -> QWidget | None:
    names = getattr(window, "tab_names", None)
    if names is None or name not in names() or not window.select_tab(name):  # type: ignore[attr-defined]
        return None
    return window.tab(name)  # type: ignore[attr-defined]


def _unfilter(tab: QWidget) -> None:
    """Clear what could hide a row: the tab's search box and its filters."""
    search = getattr(tab, "search", None)
    if search is not None and hasattr(search, "clear"):
        search.clear()
    filters = getattr(tab, "filters", None)
    clear = getattr(filters, "clear_filters", None)
    if clear is not None:
        clear()


def _select(tab: QWidget | None, method: str, *args: object) -> bool:
    """``tab.method(*args)``; once more after clearing the tab's search and filters."""
    select: Callable[..., bool] | None = getattr(tab, method, None)
    if tab is None or select is None:
        return False
    if select(*args):
        return True
    _unfilter(tab)
    return bool(select(*args))


def open_place(window: QWidget, place: Place) -> bool:
    """Switch ``window`` to the tab of ``place`` and select it; False when it cannot."""
    target = place.target
    if target is Target.VISIT:
        return _select(_tab(window, "visits"), "select_visit", place.id)
    if target is Target.ORGANISATION:
        return _select(_tab(window, "organisations"), "select_organisation", place.id)
    if target is Target.MUNICIPALITY:
        return _select(_tab(window, "municipalities"), "select_municipality", place.id)
    if target is Target.CONTACT and place.parent_id is not None:
        if place.parent_is_municipality:
            tab = _tab(window, "municipalities")
            found = _select(tab, "select_municipality", place.parent_id)
        else:
            tab = _tab(window, "organisations")
            found = _select(tab, "select_organisation", place.parent_id)
        return found and _select_contact(tab, place.id)
    if target is Target.PLAN:
        return _select(_tab(window, "action_plans"), "select_plan", place.id, place.item_id)
    if target is Target.FINDING:
        return _select(_tab(window, "findings"), "show_finding", place.id)
    if target is Target.PARTICIPANT and place.parent_id is not None:
        return _open_participant(window, place.parent_id, place.id)
    if target is Target.PERSON:
        editing = getattr(_tab(window, "participants"), "editing", None)
        return editing is not None and bool(editing.open_directory_on(place.id))
    return False


def _select_contact(tab: QWidget | None, contact_id: uuid.UUID) -> bool:
    """Choose the contact in the tab's table of contact persons (the municipality's or the
    organisation's, shown once it is selected); the parent alone when the tab has no such table."""
    table = getattr(tab, "contacts", None)
    model = getattr(tab, "contact_model", None)
    if table is None or model is None:
        return True  # the municipality or organisation is shown: the contact is in its details
    for row in range(model.rowCount()):
        if model.row_at(row).id == contact_id:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
            return True
    return True


def _open_participant(window: QWidget, visit_id: uuid.UUID, participant_id: uuid.UUID) -> bool:
    tab = _tab(window, "participants")
    show_visit = getattr(tab, "show_visit", None)
    if tab is None or show_visit is None or not show_visit(visit_id):
        return False
    return _select(tab, "select_participant", participant_id)

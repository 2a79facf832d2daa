"""Besök follows change notices (a visit saved elsewhere: another tab, a dialog, the command line
found by the change detection, a second window) while the user works in it."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.ui.context import VISIT, Change
from samordnare_desktop.ui.table_model import ROW_ROLE
from tests.factories import make_visit
from tests.helpers import type_date


def _tab(main_window, qtbot):
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(lambda: tab.isVisible() and not tab.loading())
    return tab


def _wednesday() -> date:
    today = date.today()
    return today + timedelta(days=7 + (2 - today.weekday()) % 7)  # no weekend or holiday warning


@pytest.mark.parametrize("whole", [False, True])
def test_a_new_visit_being_filled_in_is_judged_again_when_a_visit_is_saved_elsewhere(
    qtbot, main_window, whole
) -> None:
    """A new visit not yet saved, its day chosen: another visit saved elsewhere on that day
    warns in the form at once (and its removal takes the warning away), as for a saved visit
    shown; what the user typed stays, unsaved."""
    services = main_window.ctx.services
    day = _wednesday()
    tab = _tab(main_window, qtbot)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.form
    mjolby = services.municipalities.by_code("0586").id
    form.municipality.set_value(mjolby)
    type_date(qtbot, form.day, day.isoformat())
    qtbot.keyClicks(form.venue_name, "Stadshuset")
    qtbot.keyClicks(form.title_edit, "Planeringsmote")
    assert form.visit is None and form.dirty
    assert form.warning_texts() == []

    def notify(visit_id) -> None:
        change = Change.of(VISIT) if whole else Change.of(VISIT, ids={visit_id})
        main_window.ctx.bus.notify(change)

    other = make_visit(services, code="1265", day=day)  # saved elsewhere: Sjöbo, the same day
    notify(other.id)
    expected = [f"⚠ {w.message}" for w in services.visits.warnings_for_input(form.value())]
    assert len(expected) == 1 and "Sjöbo" in expected[0]  # another visit on the same day
    qtbot.waitUntil(lambda: form.warning_texts() == expected, timeout=5_000)
    assert form.warnings.isVisibleTo(form)

    services.visits.delete(other.id)  # deleted elsewhere: the warning goes
    notify(other.id)
    qtbot.waitUntil(lambda: form.warning_texts() == [], timeout=5_000)
    assert not form.warnings.isVisibleTo(form)

    # the user's form as it was: a new visit, unsaved, every field as typed
    assert form.visit is None and form.dirty
    assert form.municipality.value() == mjolby and form.day.day() == day
    assert form.venue_name.text() == "Stadshuset" and form.title_edit.text() == "Planeringsmote"
    assert [r.id for r in services.visits.list()] == []


def _shown(tab) -> list[str]:
    """The list's rows as shown, by their municipality (one visit to each here)."""
    return [tab.proxy.row(r).municipality_name for r in range(tab.proxy.rowCount())]


@pytest.mark.parametrize(
    "sort",
    [None, (4, Qt.SortOrder.AscendingOrder), (5, Qt.SortOrder.DescendingOrder)],
    ids=["default", "kind", "status-descending"],
)
def test_a_visit_saved_elsewhere_stands_where_a_fresh_read_puts_it(
    qtbot, main_window, sort
) -> None:
    """A visit made or edited elsewhere (its day, time or municipality changed) takes the place
    in the list a fresh read gives it: by day, start time and municipality name, also when the
    user sorted by a column (its ties in that order); the user's visit stays chosen and their
    unsaved edit stays in the form."""
    services = main_window.ctx.services
    municipalities = services.municipalities
    day = _wednesday()
    ten = time(10, 0)
    mjolby = make_visit(services, code="0586", day=day, start_time=ten)
    uppsala = make_visit(services, code="0380", day=day, start_time=ten)
    kiruna = make_visit(services, code="2584", day=day + timedelta(days=1), start_time=time(9))
    tab = _tab(main_window, qtbot)
    if sort is not None:  # as a click on the column's header does
        tab.table.horizontalHeader().setSortIndicator(*sort)
    assert tab.select_visit(uppsala.id)
    qtbot.keyClicks(tab.form.venue_name, "Stadshuset")  # the user's edit, unsaved
    assert tab.form.dirty

    def notice(visit_id) -> list:
        main_window.ctx.bus.notify(Change.of(VISIT, ids={visit_id}))
        qtbot.waitUntil(
            lambda: VisitListRow.of(services.visits.get(visit_id)) in tab.model.rows(),
            timeout=5_000,
        )
        if sort is None:  # as the list is read afresh
            assert _shown(tab) == [r.municipality_name for r in services.visits.list()]
        return _shown(tab)

    def edit(row, **changes) -> None:
        services.visits.update(
            row.id, dataclasses.replace(row.as_input(), **changes), expected_version=row.version
        )

    malmo = make_visit(services, code="1280", day=day, start_time=ten)  # new: before Mjölby
    shown = [notice(malmo.id)]
    edit(kiruna, day=day, start_time=ten)  # another day and time: first of the four
    shown.append(notice(kiruna.id))
    edit(mjolby, municipality_id=municipalities.by_code("2521").id)  # Pajala: after Malmö
    shown.append(notice(mjolby.id))
    edit(malmo, start_time=time(9, 30))  # earlier: first of all
    shown.append(notice(malmo.id))

    # the user's visit still chosen (alone), its form as they left it
    assert tab.table.currentIndex().data(ROW_ROLE).id == uppsala.id
    assert [tab.proxy.row(i.row()).id for i in tab.table.selectionModel().selectedRows()] == [
        uppsala.id
    ]
    assert tab.form.visit.id == uppsala.id and tab.form.dirty
    assert tab.form.venue_name.text() == "Stadshuset"

    listed = [r.municipality_name for r in services.visits.list()]  # read afresh
    assert listed == ["Malmö", "Kiruna", "Pajala", "Uppsala"]
    tab.refresh()  # a fresh read: the very order the notices left
    assert _shown(tab) == shown[-1]
    assert tab.table.currentIndex().data(ROW_ROLE).id == uppsala.id

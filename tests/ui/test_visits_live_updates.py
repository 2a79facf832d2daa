"""Besök follows change notices (a visit saved elsewhere: another tab, a dialog, the command line
found by the change detection, a second window) while the user works in it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.ui.context import VISIT, Change
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

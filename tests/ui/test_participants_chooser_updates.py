"""Deltagare's visit chooser follows change notices about visits (one edited in Besök, by the
command line found by the change detection, in a second window) without undoing what the user
chose or typed in it."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from samordnare_desktop.ui.context import VISIT, Change
from samordnare_desktop.ui.participants.visit_choices import label
from tests.factories import make_visit


def _tab(main_window, qtbot):
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    qtbot.waitUntil(lambda: tab.isVisible() and not tab.loading())
    return tab


def _changed_elsewhere(main_window, qtbot, row, whole=False, **changes):
    """``row`` edited elsewhere (Besök, the command line), and the change notice about it
    (``whole``: about every visit)."""
    services = main_window.ctx.services
    services.visits.update(
        row.id, dataclasses.replace(row.as_input(), **changes), expected_version=row.version
    )
    fresh = services.visits.get(row.id)
    tab = main_window.tab("participants")
    main_window.ctx.bus.notify(Change.of(VISIT) if whole else Change.of(VISIT, ids={row.id}))
    qtbot.waitUntil(lambda: label(fresh) in tab.visit_choices.labels(), timeout=5_000)
    return fresh


@pytest.mark.parametrize("whole", [False, True])
def test_a_notice_about_another_visit_keeps_the_choice_and_the_typed_text(
    qtbot, main_window, whole
) -> None:
    """The user chose a visit and types in the chooser to look for another: another visit
    edited elsewhere (its venue; its day and title) leaves both as they were, the other's
    label changed in its new place. Also when the notice names no visit (every visit read
    again)."""
    services = main_window.ctx.services
    day = date.today() + timedelta(days=30)
    chosen = make_visit(services, code="0586", day=day)
    other = make_visit(services, code="1265", day=day + timedelta(days=7))
    tab = _tab(main_window, qtbot)
    assert tab.show_visit(chosen.id)
    combo = tab.visit
    assert combo.currentText() == label(chosen)
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Sj")  # looking for another visit, not chosen yet

    other = _changed_elsewhere(main_window, qtbot, other, whole, venue_name="Folkets hus")
    assert combo.lineEdit().text() == "Sj"
    assert combo.currentData() == str(chosen.id) and tab.visit_id == chosen.id

    # moved before the chosen visit and given a title: relabelled in its new place
    other = _changed_elsewhere(
        main_window, qtbot, other, whole, day=day - timedelta(days=7), title="Möte"
    )
    assert tab.visit_choices.labels() == [label(other), label(chosen)]
    assert combo.lineEdit().text() == "Sj"
    assert combo.currentData() == str(chosen.id) and tab.visit_id == chosen.id
    assert combo.itemText(combo.currentIndex()) == label(chosen)


def test_a_notice_about_the_chosen_visit_relabels_it_and_keeps_it_chosen(
    qtbot, main_window
) -> None:
    """The chosen visit edited elsewhere: its new label in the chooser, still chosen (its
    participants shown); in the line edit too unless the user is typing there."""
    services = main_window.ctx.services
    day = date.today() + timedelta(days=30)
    chosen = make_visit(services, code="0586", day=day)
    make_visit(services, code="1265", day=day - timedelta(days=7))
    tab = _tab(main_window, qtbot)
    assert tab.show_visit(chosen.id)
    combo = tab.visit

    # retitled and moved before the other visit: its new label shown, still chosen
    chosen = _changed_elsewhere(
        main_window, qtbot, chosen, title="Planeringsmöte", day=day - timedelta(days=14)
    )
    assert tab.visit_choices.labels()[0] == label(chosen)
    assert combo.currentData() == str(chosen.id) and tab.visit_id == chosen.id
    assert combo.lineEdit().text() == label(chosen)

    # while the user types in the chooser: the list's label changes, the typed text stays
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Sj")
    chosen = _changed_elsewhere(main_window, qtbot, chosen, title="Avstämning")
    assert combo.itemText(combo.currentIndex()) == label(chosen)
    assert combo.currentData() == str(chosen.id) and tab.visit_id == chosen.id
    assert combo.lineEdit().text() == "Sj"


def test_the_chosen_visit_deleted_elsewhere_gives_way_to_another(qtbot, main_window) -> None:
    """The chosen visit deleted elsewhere: the chooser shows the visit chosen instead, its
    label in the line edit (not the deleted one's, nor an empty chooser)."""
    services = main_window.ctx.services
    day = date.today() + timedelta(days=30)
    chosen = make_visit(services, code="0586", day=day)
    other = make_visit(services, code="1265", day=day + timedelta(days=7))
    tab = _tab(main_window, qtbot)
    assert tab.show_visit(chosen.id)
    services.visits.delete(chosen.id)
    main_window.ctx.bus.notify(Change.of(VISIT, ids={chosen.id}))
    qtbot.waitUntil(lambda: tab.visit_id == other.id, timeout=5_000)
    assert tab.visit_choices.labels() == [label(other)]
    assert tab.visit.currentData() == str(other.id)
    assert tab.visit.lineEdit().text() == label(other)

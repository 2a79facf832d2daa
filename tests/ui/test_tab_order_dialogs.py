"""Tab order (issue #14 item 7) in the participant dialog and the action plan's forms (area and
action, in the plan's editor beside its tree, and the follow-up's area and action forms):
every field reached in reading order, no trap, and the focus visible at each stop. The walk and
the reading-order check are tests/ui/test_tab_order.py's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.test_action_plans_tab import _programme, _seed
from tests.ui.test_tab_order import _name, _out_of_reading_order, _walk


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(720, widget.sizeHint().height())
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _first_stop(widget: QWidget) -> QWidget:
    """The first widget Tab reaches in ``widget`` (the start of its focus chain)."""
    stop = widget.nextInFocusChain()
    while not (stop.focusPolicy() & Qt.FocusPolicy.TabFocus and stop.isVisible()):
        stop = stop.nextInFocusChain()
    return stop


def _check(qtbot, first: QWidget, inside: QWidget, expected: list[str]) -> list[str]:
    stops = _walk(qtbot, first, inside)
    names = [_name(w) for w in stops]
    assert names[: len(expected)] == expected, names
    assert _out_of_reading_order(stops, inside) == [], names
    assert _walk.unseen == [], names  # type: ignore[attr-defined]
    return names


def test_the_participant_dialog_in_reading_order(qtbot) -> None:
    from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

    dialog = _show(qtbot, ParticipantDialog(None, lambda *_a: None, []))
    names = _check(
        qtbot,
        _first_stop(dialog),
        dialog,
        ["category", "name", "title", "organisation", "email", "phone"],
    )
    # the notes box lets Tab go on to the buttons (no tab character typed, no trap)
    assert names.index("notes") < len(names) - 1, names


@pytest.mark.parametrize(
    ("form_name", "expected"),
    [
        ("FollowAreaForm", ["follow_assessment", "follow_area_note"]),
        ("FollowActionForm", ["follow_status", "follow_comment"]),
    ],
)
def test_the_follow_up_forms_in_reading_order(qtbot, form_name, expected) -> None:
    from samordnare_desktop.ui.action_plans import forms

    form = _show(qtbot, getattr(forms, form_name)())
    _check(qtbot, _first_stop(form), form, expected)


def test_the_plan_editor_forms_in_reading_order(qtbot, main_window) -> None:
    main_window.setMinimumSize(0, 0)
    main_window.resize(1366, 900)
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    _programme(main_window, "0586")
    tab = main_window.tab("action_plans")
    main_window.select_tab("action_plans")
    tab.refresh()
    _seed(tab)
    page = tab.plan_page
    area = page.tree_model.index(0, 0)
    buttons = ["add_area", "add_action", "delete_item", "move_up", "move_down"]
    page.tree.setCurrentIndex(area)  # the tree, the area's fields, then the buttons under them
    expected = ["plan_tree", "area_name", "area_situation", "area_goal", *buttons]
    _check(qtbot, page.tree, page.editor, expected)
    page.tree.setCurrentIndex(page.tree_model.index(0, 0, area))
    fields = ["action_what", "action_owner", "action_start", "action_due", "action_status"]
    expected = ["plan_tree", *fields, "action_measure", "action_indicator", *buttons]
    _check(qtbot, page.tree, page.editor, expected)

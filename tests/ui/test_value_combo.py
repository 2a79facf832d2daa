"""Combo boxes give back the Python value stored in them (Qt turns a StrEnum into str and cannot
find a UUID or tuple equal to the stored one); every combo with such values is a ValueCombo."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment
from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.ui.action_plans.forms import ActionForm, FollowActionForm, FollowAreaForm
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


def test_values_round_trip_by_equal_copies(qtbot) -> None:
    combo = ValueCombo()
    qtbot.addWidget(combo)
    some = uuid.uuid4()
    values = [None, some, (2026, 3), AgendaItemKind.LUNCH]
    for value in values:
        combo.addItem(str(value), value)
    assert combo.findData(uuid.UUID(str(some))) == 1  # an equal UUID, not the same object
    assert combo.findData((2026, 3)) == 2
    assert combo.findData("missing") == -1
    combo.setCurrentIndex(combo.findData(AgendaItemKind.LUNCH))
    assert combo.currentData() is AgendaItemKind.LUNCH and combo.value() is AgendaItemKind.LUNCH
    assert combo.set_value(uuid.UUID(str(some))) and combo.currentData() is some
    assert combo.itemData(2) == (2026, 3) and combo.itemData(9) is None
    combo.removeItem(1)
    assert combo.count() == 3 and combo.findData((2026, 3)) == 1
    combo.setItemData(0, "tip", Qt.ItemDataRole.ToolTipRole)  # other roles are Qt's own
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == "tip"
    combo.clear()
    assert combo.count() == 0 and combo.currentData() is None


def test_action_plan_form_combos_keep_their_enums(qtbot) -> None:
    action = ActionForm()
    qtbot.addWidget(action)
    action.status.setCurrentIndex(action.status.findData(ActionStatus.POSTPONED))
    assert action.value().status is ActionStatus.POSTPONED

    follow = FollowActionForm()
    qtbot.addWidget(follow)
    follow.status.setCurrentIndex(follow.status.findData(ActionStatus.DONE))
    assert (
        follow.status.currentData() is ActionStatus.DONE and follow.status.currentData().is_closed
    )

    area = FollowAreaForm()
    qtbot.addWidget(area)
    assert area.assessment.currentData() is None  # "Not assessed"
    area.assessment.setCurrentIndex(area.assessment.findData(Assessment.WORSE))
    assert area.assessment.currentData() is Assessment.WORSE


def test_time_study_role_combo_keeps_the_role(qtbot) -> None:
    from samordnare_desktop.domain.time_study import RespondentRole
    from samordnare_desktop.services.time_study import CategoryRow, RespondentInput
    from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog

    travel = CategoryRow(uuid.uuid4(), 1, "travel", "Resor", 1)
    dialog = TimeStudyDialog(None, uuid.uuid4(), [travel], lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.add_respondent(RespondentInput(RespondentRole.INVESTIGATOR, 5, {travel.id: 30}, "B"))
    first, second = dialog.respondents()
    assert first.role is next(iter(RespondentRole))  # a new row starts at the first role
    assert second.role is RespondentRole.INVESTIGATOR and second.minutes == {travel.id: 30}

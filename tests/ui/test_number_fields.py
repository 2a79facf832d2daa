"""Every number a person types in a dialog, with real keys (select all, type, Tab, save): kept
as typed, or refused beside the field with nothing saved. ``QSpinBox`` changed them silently
("-5" read 5, "13" read 1, "0" went back to the previous number) and saved what it made."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services import server_settings as ss
from samordnare_desktop.ui.overview.assignment_dialog import AssignmentDialog
from samordnare_desktop.ui.teamserver.dialog import TeamServerDialog
from samordnare_desktop.ui.visits.audience_dialog import AudienceDialog
from tests.factories import make_visit
from tests.helpers import type_date
from tests.ui.test_number_input import retype

REFUSED = ["-5", "0", "abc", ""]


def shown(qtbot, dialog):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive can return while the main window is
    return dialog


def assignment(qtbot, main_window) -> AssignmentDialog:
    dialog = AssignmentDialog(main_window, main_window.ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Samordnare")
    type_date(qtbot, dialog.start, "2026-01-01")
    type_date(qtbot, dialog.final, "2027-06-30")
    return shown(qtbot, dialog)


@pytest.mark.parametrize(
    ("field", "typed"),
    [(f, t) for f in ("every", "weeks") for t in REFUSED] + [("every", "13"), ("weeks", "105")],
)
def test_assignment_numbers_refused_as_typed(qtbot, main_window, messages, field, typed) -> None:
    dialog = assignment(qtbot, main_window)
    edit = getattr(dialog, field)
    retype(qtbot, edit, typed)
    assert edit.text() == typed
    assert dialog.errors.message(edit.field)  # said beside the field when it was left
    assert not dialog.try_save()
    assert main_window.ctx.services.assignment.get() is None
    assert edit.text() == typed and dialog.errors.message(edit.field)


def test_assignment_numbers_saved_as_typed(qtbot, main_window, messages) -> None:
    dialog = assignment(qtbot, main_window)
    retype(qtbot, dialog.every, "12")
    retype(qtbot, dialog.weeks, "104")
    assert dialog.try_save()
    saved = main_window.ctx.services.assignment.get()
    assert (saved.report_every_months, saved.plan_due_weeks) == (12, 104)


@pytest.mark.parametrize("typed", [*REFUSED, "100001"])
def test_a_headcount_refused_as_typed(qtbot, main_window, messages, typed) -> None:
    services = main_window.ctx.services
    visit = make_visit(services, day=date(2026, 3, 4))
    dialog = shown(qtbot, AudienceDialog(services, visit.id))
    qtbot.addWidget(dialog)
    dialog.category.set_value(ParticipantCategory.CHILD)
    retype(qtbot, dialog.count, typed)
    assert dialog.count.text() == typed
    assert dialog.count_errors.message("count")
    assert not dialog.add_headcount()
    assert services.headcounts.headcounts(visit.id) == []
    assert dialog.count.text() == typed and dialog.count_errors.message("count")
    retype(qtbot, dialog.count, "16")
    assert dialog.count_errors.message("count") == ""
    assert dialog.add_headcount()
    assert [h.count for h in services.headcounts.headcounts(visit.id)] == [16]


@pytest.mark.parametrize("typed", [*REFUSED, "65536", "70000"])
def test_a_team_server_port_refused_as_typed(qtbot, main_window, messages, db_path, typed):
    dialog = shown(qtbot, TeamServerDialog(main_window, main_window.ctx))
    qtbot.addWidget(dialog)
    dialog.host.setText("teamserver.example.se")
    dialog.user.setText("anna.berg")
    retype(qtbot, dialog.port, typed)
    assert dialog.port.text() == typed
    assert dialog.errors.message("port")
    assert not dialog.try_save()
    assert ss.load(db_path) is None
    assert dialog.port.text() == typed and dialog.errors.message("port")
    retype(qtbot, dialog.port, "6543")
    assert dialog.try_save()
    assert ss.load(db_path).port == 6543

"""Named users in the window (#20): Arkiv → Användare… (add, change, deactivate, undo, sorting),
the status bar's current user, switching it, and the plan history naming the chosen person."""

from __future__ import annotations

import getpass
from datetime import date

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.domain.user import UserRole
from samordnare_desktop.services.action_plans import AreaInput, PlanInput
from samordnare_desktop.ui.users.dialog import UserForm, UsersDialog
from samordnare_desktop.ui.users.status import WhoIsWorkingDialog, remembered


@pytest.fixture
def dialog(qtbot, main_window):
    dialog = UsersDialog(main_window.ctx, main_window, main_window.user_status.refresh)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_manage_users_with_undo_and_sorting(qtbot, main_window, dialog) -> None:
    menu = main_window.file_menu
    assert any(
        a.objectName() == "action_users" and a.text() == "&Användare…" for a in menu.actions()
    )
    assert dialog.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    assert dialog.add("Catrine Kaunitz", UserRole.SECRETARY)
    assert dialog.add("Eric Hetting", UserRole.COMMUNICATOR)
    assert dialog.names() == ["Catrine Kaunitz", "Eric Hetting", "Petra Rinman"]
    texts = [
        [dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())
    ]
    assert texts[0] == ["Catrine Kaunitz", "Utredningssekreterare", "Aktiv"]
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by role
    assert dialog.names() == ["Eric Hetting", "Catrine Kaunitz", "Petra Rinman"]
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert dialog.names() == ["Petra Rinman", "Eric Hetting", "Catrine Kaunitz"]

    # Ctrl+Z takes the last add back, redo brings it again
    main_window.undo_stack.undo()
    assert dialog.names() == ["Petra Rinman", "Catrine Kaunitz"]
    main_window.undo_stack.redo()
    assert "Eric Hetting" in dialog.names()

    # a name taken (any case) is refused with one clear line; nothing changes
    assert not dialog.add("petra rinman")
    assert main_window.ctx.services.users.find("Petra Rinman").role is UserRole.SUBJECT_EXPERT

    assert dialog.select_name("Eric Hetting")
    assert dialog.active_button.text() == "&Inaktivera"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    eric = main_window.ctx.services.users.find("Eric Hetting")
    assert not eric.active
    assert dialog.active_button.text() == "&Aktivera"
    main_window.undo_stack.undo()
    assert main_window.ctx.services.users.find("Eric Hetting").active

    assert dialog.select_name("Catrine Kaunitz")
    assert dialog.edit_selected("Catrine Kaunitz Ek")
    assert main_window.ctx.services.users.find("Catrine Kaunitz Ek").role is UserRole.SECRETARY
    main_window.undo_stack.undo()
    assert main_window.ctx.services.users.find("Catrine Kaunitz") is not None


def test_the_form_says_what_is_wrong_with_a_name(qtbot) -> None:
    form = UserForm("Ny användare", None)
    qtbot.addWidget(form)
    form.show()
    form.name.setText("   ")
    form.accept()
    assert form.isVisible()
    assert form.errors.message("name") == "Ge användaren ett namn."
    form.name.setText("Petra Rinman")
    form.role.setCurrentIndex(form.role.findData(UserRole.SUBJECT_EXPERT))
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    assert form.values() == ("Petra Rinman", UserRole.SUBJECT_EXPERT)


def test_switching_user_names_them_in_the_plan_history(qtbot, main_window) -> None:
    status = main_window.user_status
    services = main_window.ctx.services
    qtbot.waitUntil(status.isVisible)  # filled in once the window showed
    assert status.text() == f"Användare: {getpass.getuser()} (inloggning)"
    services.users.add("Kerstin Grefve")
    catrine = services.users.add("Catrine Kaunitz", UserRole.SECRETARY)
    status.refresh()
    assert status.text() == f"Användare: {getpass.getuser()} (inloggning)"  # two: none chosen

    chooser = status.switch()
    assert isinstance(chooser, WhoIsWorkingDialog)
    assert chooser.windowTitle() == "Vem arbetar?"
    assert [chooser.list.item(i).text() for i in range(chooser.list.count())] == [
        "Catrine Kaunitz – utredningssekreterare",
        "Kerstin Grefve – samordnare",
    ]
    assert chooser.select_name("Catrine Kaunitz")
    chooser.accept()
    assert status.text() == "Användare: Catrine Kaunitz"
    assert remembered(main_window.settings)[0] == catrine.id

    # a change made now is Catrine's in the plan's history page
    for code in ("0586",):
        m = services.municipalities.by_code(code)
        details = services.municipalities.details(m.id)
        services.municipalities.update(
            m.id, expected_version=details.version, in_programme=True, notes=""
        )
    m = services.municipalities.by_code("0586")
    plan = services.action_plans.create_plan(m.id, PlanInput(PlanStatus.DRAFT, date(2026, 3, 1)))
    services.action_plans.add_area(plan.id, AreaInput("Samverkan med skola"))
    tab = main_window.tab("action_plans")
    main_window.select_tab("action_plans")
    tab.refresh()
    assert tab.select_code("0586")
    model = tab.history_page.history_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    who = header.index("Vem")
    assert {model.index(r, who).data() for r in range(model.rowCount())} == {"Catrine Kaunitz"}

    # switched again from the status bar: the next change is Kerstin's
    chooser = status.switch()
    assert chooser.select_name("Kerstin Grefve")
    chooser.accept()
    services.action_plans.add_area(plan.id, AreaInput("Kompetens"))
    history = services.plan_versions.history(plan.id)
    assert {row.who for row in history} == {"Catrine Kaunitz", "Kerstin Grefve"}


def test_the_remembered_user_is_taken_again_at_start(qtbot, db_path, main_window) -> None:
    from samordnare_desktop.app import build_main_window

    services = main_window.ctx.services
    services.users.add("Kerstin Grefve")
    petra = services.users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    main_window.user_status.choose(petra.id)
    main_window.close()
    again = build_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.user_status.isVisible)
    assert again.user_status.text() == "Användare: Petra Rinman"
    assert again.ctx.services.users.current_name() == "Petra Rinman"
    again.close()


def _reopen(qtbot, db_path, *, ask: bool):
    from samordnare_desktop.app import build_main_window

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.user_status.ask_at_start = ask
    window.show()
    qtbot.waitUntil(window.user_status.isVisible)
    return window


def _choosers() -> list[WhoIsWorkingDialog]:
    from PySide6.QtWidgets import QApplication

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, WhoIsWorkingDialog) and w.isVisible()
    ]


def test_at_start_several_users_and_none_remembered_ask_who_is_working(
    qtbot, db_path, main_window
) -> None:
    services = main_window.ctx.services
    services.users.add("Kerstin Grefve")
    services.users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    main_window.close()
    window = _reopen(qtbot, db_path, ask=True)
    qtbot.waitUntil(lambda: len(_choosers()) == 1)
    chooser = _choosers()[0]
    assert chooser.select_name("Petra Rinman")
    chooser.accept()
    assert window.user_status.text() == "Användare: Petra Rinman"
    window.close()
    # remembered now: the next start asks no more
    again = _reopen(qtbot, db_path, ask=True)
    assert again.user_status.text() == "Användare: Petra Rinman" and not _choosers()
    again.close()


def test_at_start_one_user_is_taken_without_asking(qtbot, db_path, main_window) -> None:
    main_window.ctx.services.users.add("Kerstin Grefve")
    main_window.close()
    window = _reopen(qtbot, db_path, ask=True)
    assert window.user_status.text() == "Användare: Kerstin Grefve" and not _choosers()
    assert window.ctx.services.users.current_name() == "Kerstin Grefve"
    window.close()

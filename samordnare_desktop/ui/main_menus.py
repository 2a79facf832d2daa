"""The main window's menus: Arkiv, Redigera, Visa, Hjälp.

Built before the window first shows, so they import no dialog: each dialog's module is imported
when its action is triggered (the person-data, assignment, team-server and users dialogs and the
handbook were some 40 ms of every start, for dialogs most starts never open).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from samordnare_desktop.i18n import translate
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.qt_names import set_enum, set_shortcut

if TYPE_CHECKING:
    from samordnare_desktop.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.file_menu = _file_menu(window, bar.addMenu(translate("MainWindow", "&File")))
    window.edit_menu = _edit_menu(window, bar.addMenu(translate("MainWindow", "&Edit")))
    window.view_menu = _view_menu(window, bar.addMenu(translate("MainWindow", "&View")))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("menu_help")
    from samordnare_desktop.ui.help.menu import add_help_menu_actions

    add_help_menu_actions(window, help_menu)  # Handbok (F1), Kortkommandon, Rapportera ett fel…
    help_menu.addSeparator()
    about = QAction(translate("MainWindow", "&About Samordnare Desktop"), window)
    about.triggered.connect(window.about)
    help_menu.addAction(about)
    window.help_menu = help_menu


def _action(window: QWidget, menu: QMenu, text: str, name: str, triggered) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: triggered())
    menu.addAction(action)
    return action


def _file_menu(window: MainWindow, menu: QMenu) -> QMenu:
    menu.setObjectName("menu_file")
    ctx = window.ctx
    _action(
        window, menu, translate("MainWindow", "&Back up now"), "action_backup", window.backup_now
    )
    menu.addSeparator()
    for text, name in (
        (translate("PersonDataDialog", "Export personal data…"), "action_export_person"),
        (translate("PersonDataDialog", "Erase person completely…"), "action_erase_person"),
    ):
        _action(window, menu, text, name, lambda: _person_data(window, ctx))
    # Uppdraget… (issue #18 part 5), Teamserver… and Användare… (issue #20)
    _action(
        window,
        menu,
        translate("AssignmentDialog", "The &assignment…"),
        "action_assignment",
        lambda: _assignment(window, ctx),
    )
    _action(
        window,
        menu,
        translate("TeamServerDialog", "Team &server…"),
        "action_team_server",
        lambda: _team_server(window, ctx),
    )
    _action(
        window,
        menu,
        translate("UsersDialog", "&Users…"),
        "action_users",
        lambda: _users(window, ctx),
    )
    menu.addSeparator()
    from samordnare_desktop.ui.sync.controller import add_sync

    # Synkronisera, the exchange file and the status bar's sync line (issue #20)
    window.sync = add_sync(window, ctx, menu)
    menu.addSeparator()
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    set_shortcut(quit_action, QKeySequence.StandardKey.Quit)
    set_enum(quit_action, "shortcutContext", "ApplicationShortcut")
    quit_action.triggered.connect(window.close)
    menu.addAction(quit_action)
    return menu


def _person_data(window: QWidget, ctx: UiContext) -> None:
    from samordnare_desktop.ui.privacy.person_data_dialog import open_person_data

    open_person_data(window, ctx)


def _assignment(window: QWidget, ctx: UiContext) -> None:
    from samordnare_desktop.ui.overview.assignment_dialog import open_assignment

    open_assignment(window, ctx)


def _team_server(window: QWidget, ctx: UiContext) -> None:
    from samordnare_desktop.ui.teamserver.dialog import open_team_server_dialog

    open_team_server_dialog(window, ctx)


def _users(window: MainWindow, ctx: UiContext) -> None:
    from samordnare_desktop.ui.users.dialog import open_users

    open_users(window, ctx, window.user_status.refresh)


def _edit_menu(window: MainWindow, menu: QMenu) -> QMenu:
    menu.setObjectName("menu_edit")
    undo = window.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    set_shortcut(undo, QKeySequence.StandardKey.Undo)
    undo.setObjectName("action_undo")
    redo = window.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    set_shortcut(redo, QKeySequence.StandardKey.Redo)
    again = QKeySequence.fromString("Ctrl+Shift+Z", QKeySequence.SequenceFormat.PortableText)
    if again not in redo.shortcuts():  # Windows' and Linux's first binding is Ctrl+Y alone
        redo.setShortcuts([*redo.shortcuts(), again])
    redo.setObjectName("action_redo")
    menu.addAction(undo)
    menu.addAction(redo)
    menu.addSeparator()
    find = QAction(translate("MainWindow", "&Find"), window)
    set_shortcut(find, QKeySequence.StandardKey.Find)
    find.triggered.connect(window.focus_search)
    menu.addAction(find)
    everything = QAction(translate("MainWindow", "&Search everything…"), window)
    everything.setObjectName("action_search_everything")
    set_shortcut(everything, "Ctrl+K")
    everything.triggered.connect(window.search_everything)
    menu.addAction(everything)
    return menu


def _view_menu(window: MainWindow, menu: QMenu) -> QMenu:
    menu.setObjectName("menu_view")
    tabs = window.tabs
    for number in range(tabs.count()):
        action = QAction(tabs.tabText(number), window)
        set_shortcut(action, f"Ctrl+{number + 1}")
        action.triggered.connect(lambda _checked=False, n=number: tabs.setCurrentIndex(n))
        menu.addAction(action)
    menu.addSeparator()
    language = menu.addMenu(translate("MainWindow", "Language"))
    for code, label in (("sv", "Svenska"), ("en", "English")):
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(window.settings.value("language", "sv") == code)
        action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
        language.addAction(action)
    appearance = menu.addMenu(translate("MainWindow", "Appearance"))
    appearance.setObjectName("menu_appearance")
    chosen = theme.saved_appearance(window.settings)
    for code, label in (
        ("system", translate("MainWindow", "Follow the system")),
        ("light", translate("MainWindow", "Light")),
        ("dark", translate("MainWindow", "Dark")),
    ):
        action = QAction(label, window)
        action.setObjectName(f"action_appearance_{code}")
        action.setCheckable(True)
        action.setChecked(chosen == code)
        action.triggered.connect(lambda _checked=False, c=code: window.set_appearance(c))
        appearance.addAction(action)
    window.appearance_actions = appearance.actions()
    return menu

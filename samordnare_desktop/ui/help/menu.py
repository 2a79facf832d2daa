"""The Hjälp menu's own actions: Handbok (F1), Kortkommandon and Rapportera ett fel…"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget, QWidget

from samordnare_desktop.i18n import language, translate
from samordnare_desktop.ui import files, messages
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.qt_names import set_enum, set_shortcut


def add_help_menu_actions(window: QMainWindow, menu: QMenu) -> None:
    """The handbook's module is imported when it is first opened, not with the menu."""

    def open_for_focus(widget: QWidget | None = None) -> None:
        focus = widget or QApplication.focusWidget()
        # the tabs sit under the welcome band in the central widget, not as the central widget
        page = getattr(window, "tabs", None) or window.centralWidget()
        if isinstance(page, QTabWidget) and (focus is None or focus.window() is window):
            current = page.currentWidget()
            if focus is None or not (current is focus or current.isAncestorOf(focus)):
                focus = current  # the tab bar, the menu or nothing: the tab shown
        from samordnare_desktop.ui.help.handbook import open_handbook

        open_handbook(focus or page)

    handbook = QAction(translate("HelpMenu", "&Handbook"), window)
    handbook.setObjectName("action_handbook")
    set_shortcut(handbook, QKeySequence.StandardKey.HelpContents)
    set_enum(handbook, "shortcutContext", "WindowShortcut")
    handbook.triggered.connect(lambda _checked=False: open_for_focus())
    menu.addAction(handbook)

    def watch_help_key() -> None:
        window._help_key = HelpKey(window, open_for_focus)

    # once the window has painted (no modal window can block it before): its filter on the
    # window made a Python event of each of the window's many events while it was built
    first_paint = getattr(window, "first_paint", None)
    if first_paint is not None:
        first_paint.when_painted(watch_help_key)
    else:
        watch_help_key()

    keys = QAction(translate("HelpMenu", "&Keyboard shortcuts"), window)
    keys.setObjectName("action_shortcuts")
    keys.triggered.connect(lambda _checked=False: show_shortcuts(window))
    menu.addAction(keys)

    report = QAction(translate("HelpMenu", "&Report a problem…"), window)
    report.setObjectName("action_bug_report")
    report.triggered.connect(lambda _checked=False: report_problem(window))
    menu.addAction(report)


class HelpKey(QObject):
    """F1 (the platform's help key) in any window of the app opens the page about the focus.

    The main window's Handbok action has the same key; this filter covers the windows where that
    action cannot fire (a modal dialog blocks the main window's shortcuts). It watches the
    application's events only while ``owner`` is blocked by a modal window or another window
    has the focus: a filter on the whole application sees every event of every object in
    Python, and the first event of a Qt-internal object (an animation timer, at the first
    paint) makes PySide create the Python classes and enums of all its modules, some 25 ms of
    the start.
    """

    def __init__(self, owner: QWidget, open_help) -> None:
        super().__init__(owner)
        self._owner = owner
        self._open_help = open_help
        self._watching = False
        self._blocked = False  # told at once when a modal window opens (WindowBlocked)
        owner.installEventFilter(self)
        app = QApplication.instance()
        app.focusWindowChanged.connect(self._focus_window_changed)
        self._focus_window_changed(app.focusWindow())

    def _focus_window_changed(self, window: QWindow | None) -> None:
        # None: the app lost the focus (nothing to see until it has it again)
        elsewhere = window is not None and window is not self._owner.windowHandle()
        self._watch(elsewhere or self._blocked)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # while watching, every event of every object passes here: all but key events leave at
        # once, before event.type() makes a Python enum (3 µs an event with it, 1 µs without)
        if not isinstance(event, QKeyEvent):
            if watched is self._owner and event.type() in _BLOCKING:
                self._blocked = event.type() == QEvent.Type.WindowBlocked
                focus = QApplication.focusWindow()
                self._watch(
                    self._blocked or (focus is not None and focus is not watched.windowHandle())
                )
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.HelpContents)
            and isinstance(watched, QWidget)
            and not _in_handbook(watched)
        ):
            self._open_help(watched)
            return True
        return False

    def uninstall(self) -> None:
        """Stop seeing the application's events before the owner's widgets are torn down: a
        filter still installed then is handed half-destroyed widgets (a crash seen once in a
        test run's teardown)."""
        app = QApplication.instance()
        if app is not None:
            app.focusWindowChanged.disconnect(self._focus_window_changed)
            self._watch(False)
        self._owner.removeEventFilter(self)


_BLOCKING = (QEvent.Type.WindowBlocked, QEvent.Type.WindowUnblocked)


def _in_handbook(widget: QWidget) -> bool:
    """Whether ``widget`` is in a handbook window (none before the handbook's module is)."""
    handbook = sys.modules.get("samordnare_desktop.ui.help.handbook")
    return handbook is not None and isinstance(widget.window(), handbook.HandbookWindow)


def show_shortcuts(window: QMainWindow):
    from PySide6.QtCore import Qt  # not before the first paint (ui.qt_names)

    from samordnare_desktop.ui.help.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def settings_summary(settings: QSettings) -> dict[str, object]:
    """The settings' raw values (binary ones as bytes); ``bug_report`` keeps only what is safe."""
    values: dict[str, object] = {}
    for key in sorted(settings.allKeys()):
        value = settings.value(key)
        values[key] = bytes(value.data()) if isinstance(value, QByteArray) else value
    return values


def qt_versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Qt platform": QGuiApplication.platformName(),
        "language": language(),
    }


def report_problem(window: QMainWindow) -> Path | None:
    """Ask where to save, write the zip, say what is in it and that nothing was sent."""
    from samordnare_desktop.paths import log_dir
    from samordnare_desktop.services import bug_report

    target = files.ask_save_path(
        window,
        translate("HelpMenu", "Save error report"),
        bug_report.suggested_name(),
        translate("HelpMenu", "Zip archive (*.zip)"),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".zip":
        target = target.with_suffix(".zip")
    session = getattr(window, "session", None)
    written = guarded(
        window,
        lambda: bug_report.write_bug_report(
            target,
            log_dir=log_dir(),
            db_path=getattr(session, "db_path", None),
            settings=settings_summary(window.settings),
            extra_versions=qt_versions(),
        ),
    )
    if written is not None:
        messages.inform(
            window,
            translate("HelpMenu", "Report a problem"),
            translate(
                "HelpMenu",
                "The error report was saved:\n{path}\n\nIt holds the log (no personal data), "
                "the versions and your settings, not your database. Nothing has been sent: "
                "send the file yourself, with a few words about what happened.",
            ).format(path=str(written)),
        )
    return written

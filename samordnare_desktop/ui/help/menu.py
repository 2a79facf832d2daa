"""The Hjälp menu's own actions: Handbok (F1), Kortkommandon and Rapportera ett fel…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget, QWidget

from samordnare_desktop.i18n import language, translate
from samordnare_desktop.ui import files, messages
from samordnare_desktop.ui.errors import guarded


def add_help_menu_actions(window: QMainWindow, menu: QMenu) -> None:
    from samordnare_desktop.ui.help.handbook import HelpKey, open_handbook

    def open_for_focus(widget: QWidget | None = None) -> None:
        focus = widget or QApplication.focusWidget()
        # the tabs sit under the welcome band in the central widget, not as the central widget
        page = getattr(window, "tabs", None) or window.centralWidget()
        if isinstance(page, QTabWidget) and (focus is None or focus.window() is window):
            current = page.currentWidget()
            if focus is None or not (current is focus or current.isAncestorOf(focus)):
                focus = current  # the tab bar, the menu or nothing: the tab shown
        open_handbook(focus or page)

    handbook = QAction(translate("HelpMenu", "&Handbook"), window)
    handbook.setObjectName("action_handbook")
    handbook.setShortcut(QKeySequence.StandardKey.HelpContents)
    handbook.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    handbook.triggered.connect(lambda _checked=False: open_for_focus())
    menu.addAction(handbook)
    window._help_key = HelpKey(window, open_for_focus)

    keys = QAction(translate("HelpMenu", "&Keyboard shortcuts"), window)
    keys.setObjectName("action_shortcuts")
    keys.triggered.connect(lambda _checked=False: show_shortcuts(window))
    menu.addAction(keys)

    report = QAction(translate("HelpMenu", "&Report a problem…"), window)
    report.setObjectName("action_bug_report")
    report.triggered.connect(lambda _checked=False: report_problem(window))
    menu.addAction(report)


def show_shortcuts(window: QMainWindow):
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

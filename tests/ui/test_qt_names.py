"""ui.qt_names: what the window builds before its first paint sets Qt enums by name and
shortcuts without Qt's namespace, with the same result as the usual calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolButton

from samordnare_desktop.ui.qt_names import set_enum, set_shortcut

STANDARD = QKeySequence.StandardKey


@pytest.mark.parametrize(
    "key",
    [
        STANDARD.Quit,
        STANDARD.Undo,  # several bindings on Linux: setShortcut keeps the first, as here
        STANDARD.Redo,
        STANDARD.Find,
        STANDARD.HelpContents,
        "Ctrl+K",
        "Ctrl+1",
        "Ctrl+Shift+S",
    ],
)
def test_set_shortcut_gives_what_set_shortcut_gives(qapp, key) -> None:
    usual, named = QAction("usual"), QAction("named")
    usual.setShortcut(QKeySequence(key))
    set_shortcut(named, key)
    assert [s.toString() for s in named.shortcuts()] == [s.toString() for s in usual.shortcuts()]


def test_set_enum_sets_the_named_value_and_refuses_an_unknown_one(qapp) -> None:
    label, button, action = QLabel(), QToolButton(), QAction("quit")
    set_enum(label, "textFormat", "PlainText")
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse")
    set_enum(button, "toolButtonStyle", "ToolButtonTextOnly")
    set_enum(action, "shortcutContext", "ApplicationShortcut")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    with pytest.raises(ValueError):
        set_enum(label, "textFormat", "Plain")

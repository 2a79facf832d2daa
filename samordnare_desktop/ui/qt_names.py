"""Qt's enum properties set by the value's name, for what the window builds before it paints.

The first use of ``PySide6.QtCore.Qt`` makes a Python enum of every enum in Qt's namespace
(about a hundred, some 15 ms of the start). Nothing needs them before the window has painted:
what it builds before then (its status bar, its menus) sets such a property through Qt's
property system by the value's name, as Designer's files do (``QObject.setProperty`` converts
the name), its actions' shortcuts are set by :func:`set_shortcut`, and the modules imported before then import ``Qt`` in the functions that use it
(tests/ui/test_startup.py checks that ``Qt`` is not made before the first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_enum(target: QObject, name: str, value: str) -> None:
    """``target``'s property ``name`` (a Qt enum or flags) set to the value named ``value``
    (flags: names joined by ``|``), e.g. ``set_enum(label, "textFormat", "PlainText")``."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__}.{name} has no value {value!r}")


def set_shortcut(action: QAction, key: QKeySequence.StandardKey | str) -> None:
    """``action.setShortcut(key)`` without Qt's namespace (that call's conversions, from
    ``Qt.Key`` among them, make its Python enums): a standard key is its platform's first
    binding and a text is read as native text, as ``QKeySequence(key)`` reads both."""
    if isinstance(key, str):
        sequences = [QKeySequence.fromString(key, QKeySequence.SequenceFormat.NativeText)]
    else:
        sequences = QKeySequence.keyBindings(key)[:1]
    action.setShortcuts(sequences)

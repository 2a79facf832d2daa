"""Walk every tab, visit page and dialog of the app (not a test module; see test_keyboard_access).

``surfaces(main_window)`` shows each tab (and each page beside a visit) and opens every dialog a
"…" button or menu entry opens, yielding ``(name, widget)`` while it is shown. Dialogs are
caught at ``exec()`` (and closed again), file choosers answer "cancelled", confirmations "no", so
the walk changes nothing. ``unnamed`` lists focusable widgets a screen reader cannot name;
``clashes`` lists keys bound twice where both would be active at once.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

DIALOG_WORDS = ("…",)


def describe(widget: QWidget) -> str:
    chain = []
    current = widget
    while current is not None and len(chain) < 4:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(chain))


def _internal(widget: QWidget) -> bool:
    """Parts of a compound widget that are named through their owner (a spin box's or an
    editable combo's line edit, a table's corner button, a scroll area's viewport)."""
    parent = widget.parentWidget()
    if parent is None:
        return False
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, QTabBar):
        return False
    return widget.objectName().startswith("qt_")


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _internal(widget) or isinstance(widget, QMenu):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in focusable(root) if not accessible_name(w)]


def _keys_active(root: QWidget, focus: QWidget | None) -> list[tuple[str, str]]:
    """(key, owner) for every enabled shortcut of ``root``'s window active with ``focus``."""
    window = root.window()
    active: list[tuple[str, str]] = []

    def context_ok(owner: QWidget, context: Qt.ShortcutContext) -> bool:
        if context == Qt.ShortcutContext.WidgetShortcut:
            return focus is owner
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            return focus is not None and (focus is owner or owner.isAncestorOf(focus))
        return True

    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if not shortcut.isEnabled() or owner is None or owner.window() is not window:
            continue  # a shortcut of another window (a preview, a dialog) is not active here
        if not owner.isVisibleTo(window):
            continue
        if context_ok(owner, shortcut.context()):
            for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                active.append((key.toString(), f"QShortcut on {describe(owner)}"))
    for action in window.findChildren(QAction):
        if not action.isEnabled() or not action.shortcuts():
            continue
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        visible = [
            o for o in owners if isinstance(o, QMenu) or (o.isVisibleTo(window) and o is not window)
        ]
        parent = action.parent()
        if not owners and isinstance(parent, QWidget) and parent.isVisibleTo(window):
            visible = [parent]
        if not visible and window not in owners:
            continue
        owner = visible[0] if visible else window
        if context_ok(owner, action.shortcutContext()):
            for key in action.shortcuts():
                active.append((key.toString(), f"action {action.text()!r}"))
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut()
        if key.isEmpty() or not button.isEnabled() or not button.isVisibleTo(window):
            continue
        if key.toString().startswith("Alt+") and len(key.toString()) == 5:
            continue  # a mnemonic (&Spara): Qt cycles between equal mnemonics, no ambiguity
        active.append((key.toString(), f"button {button.text()!r}"))
    return active


def bound_keys(root: QWidget) -> set[str]:
    """Every key bound in ``root``'s window now (any focus), in portable text ("Ctrl+N")."""
    window = root.window()
    owners = [None, *window.findChildren(QWidget)]
    found: set[str] = set()
    for focus in owners[:1] + [o for o in owners[1:] if o.focusPolicy() != Qt.FocusPolicy.NoFocus]:
        found |= {key for key, _owner in _keys_active(root, focus)}
    return found


def clashes(root: QWidget) -> list[str]:
    window = root.window()
    owners = {None}
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ):
            owners.add(shortcut.parent())
    found = set()
    for focus in owners:
        if focus is not None and not focus.isVisibleTo(window):
            continue
        seen: dict[str, str] = {}
        for key, owner in _keys_active(root, focus):
            if key in seen and seen[key] != owner:
                found.add(f"{key}: {seen[key]} and {owner}")
            seen.setdefault(key, owner)
    return sorted(found)


def _openers(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if isinstance(b, (QPushButton, QToolButton))
        and b.text().rstrip().endswith(DIALOG_WORDS)
        and b.isVisibleTo(root.window())
        and b.isEnabled()
    ]


def surfaces(main_window, monkeypatch, messages, prepare=None) -> Iterator[tuple[str, QWidget]]:
    """Every tab, visit page and dialog, each while it is shown; ``prepare(name, tab)`` selects
    a record in a tab (so its record pages and buttons are enabled)."""
    caught: list[QDialog] = []

    def catch(dialog: QDialog, *_args) -> int:
        caught.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", catch)
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    from PySide6.QtWidgets import QInputDialog

    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, **k: (None, False)))
    messages.confirm_answer = False
    messages.save_answer = "cancel"

    def show(name: str, index: int | None) -> QWidget:
        main_window.select_tab(name)
        tab = main_window.tab(name)
        if prepare is not None:
            prepare(name, tab)
        pages = getattr(tab, "pages", None)
        if index is not None and pages is not None:
            pages.setCurrentIndex(index)
        QApplication.processEvents()
        return tab

    def dialogs_of(name: str, index: int | None, label: str) -> Iterator[tuple[str, QWidget]]:
        tab = show(name, index)
        for number in range(len(_openers(tab))):
            tab = show(name, index)  # an opener may have moved to another tab
            openers = _openers(tab)
            if number >= len(openers):
                break
            before = len(caught)
            openers[number].click()
            QApplication.processEvents()
            for dialog in caught[before:]:
                dialog.show()
                QApplication.processEvents()
                yield f"{label} → {dialog.objectName() or type(dialog).__name__}", dialog
                dialog.hide()
                dialog.deleteLater()

    for name in main_window.tab_names():
        tab = show(name, None)
        pages = getattr(tab, "pages", None)
        indices = list(range(pages.count())) if pages is not None else [None]
        for index in indices:
            show(name, index)
            label = name if index is None else f"{name}[{index}]"
            yield label, main_window
            yield from dialogs_of(name, index, label)
    for action in main_window.menuBar().actions():
        menu = action.menu()
        for entry in menu.actions() if menu is not None else []:
            if entry.text().rstrip().endswith(DIALOG_WORDS) and entry.isEnabled():
                before = len(caught)
                entry.trigger()
                QApplication.processEvents()
                for dialog in caught[before:]:
                    dialog.show()
                    QApplication.processEvents()
                    yield f"menu {entry.text()} → {type(dialog).__name__}", dialog
                    dialog.hide()

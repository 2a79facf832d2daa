"""Fixtures for tests that drive the window: Swedish through Qt's translator, message boxes
recorded instead of shown, a fresh main window."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _swedish(qapp):
    """Every test runs with the Swedish translation installed, as users do."""
    from samordnare_desktop import qt_i18n

    qt_i18n.install(qapp, "sv")
    yield


class MessageLog:
    """Stands in for modal message boxes: records them and answers ``confirm`` as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.save_answer = "discard"  # ask_save: "save", "discard" or "cancel"

    def confirm(self, _parent: object, title: str, text: str, **_kw: object) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def ask_save(self, _parent: object, title: str, text: str) -> str:
        self.shown.append(("ask_save", title, text))
        return self.save_answer

    def recorder(self, kind: str):
        def record(_parent: object, title: str, text: str) -> None:
            self.shown.append((kind, title, text))

        return record

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    """No test ever blocks on a modal message box."""
    from samordnare_desktop.ui import messages as module

    log = MessageLog()
    monkeypatch.setattr(module, "confirm", log.confirm)
    monkeypatch.setattr(module, "ask_save", log.ask_save)
    for kind in ("warn", "fail", "inform"):
        monkeypatch.setattr(module, kind, log.recorder(kind))
    return log


@pytest.fixture(autouse=True)
def _no_key_held(qapp) -> None:
    """Every test starts with no modifier key held, whatever the test before it typed.

    QtTest hands its key events straight to ``QApplication.notify``, which takes each event's
    modifiers as the keyboard's state (``QGuiApplication.keyboardModifiers()``). The release of
    Ctrl that ends a ``QTest.keySequence(w, "Ctrl+S")`` carries Ctrl (it was held until that
    moment), so afterwards Qt believes Ctrl is still down, until some later QtTest event says
    otherwise. A later test's ``table.selectRow(n)`` in an extended-selection table then adds
    row n to the selection as a Ctrl+click does, instead of choosing it (the conflict dialog's
    panes stayed empty with two rows selected). A real keyboard's events come through the
    platform and keep the state right; only QtTest's leave a key "held"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.keyboardModifiers()
    if held != Qt.KeyboardModifier.NoModifier:
        receiver = QWidget()  # never shown: its release only sets the application's state
        keys = [
            key
            for flag, key in (
                (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
                (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
            )
            if held & flag
        ]
        for key in keys or [Qt.Key.Key_Control]:  # each release: no modifier left held
            QTest.keyRelease(receiver, key)
        receiver.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture
def main_window(qtbot, db_path: Path):
    """A fresh main window over a fresh database; closed and its workers drained afterwards."""
    from PySide6.QtCore import QThreadPool

    from samordnare_desktop.app import build_main_window

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QThreadPool.globalInstance().waitForDone(30_000)
    window.close()
    _hide_strays(window)


def _hide_strays(window) -> None:
    """Hide windows and dialogs a test left open (a search dialog left modal would own the next
    test's handbook window: test order must not decide what a test sees)."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.hide()
            widget.deleteLater()

"""What every tab receives: the services, the shared undo stack, the change bus, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from samordnare_desktop.services.registry import Services


class ChangeBus(QObject):
    """After a change, the tab that made it emits the area's name; other tabs refresh if they care."""

    changed = Signal(str)


@dataclass
class UiContext:
    services: Services
    undo_stack: QUndoStack
    bus: ChangeBus
    settings: QSettings
    show_status: Callable[[str], None]
    open_tab: Callable[[str], bool]

"""What every tab receives: the services, the shared undo stack, the change bus, the settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from samordnare_desktop.services.registry import Services

# The kinds of object a change notice names. "*" is everything (an erasure, an import).
VISIT = "visit"
MUNICIPALITY = "municipality"
CONTACT = "contact"
PARTICIPANT = "participant"
PERSON = "person"
AGENDA = "agenda"
ACTION_PLAN = "action_plan"
TIME_STUDY = "time_study"
CARE_PLACES = "care_places"  # placement figures and focus groups (issue #17)
ORGANISATION = "organisation"  # the organisation register (issue #16)
FINDING = "finding"  # findings and their themes (issue #18)
ASSIGNMENT = "assignment"  # the assignment and its dates (issue #18 part 5)
EVERYTHING = "*"

# The area names tabs used to announce ("visits"), as kinds.
_AREA_KINDS = {
    "visits": VISIT,
    "municipalities": MUNICIPALITY,
    "participants": PARTICIPANT,
    "agendas": AGENDA,
    "action_plans": ACTION_PLAN,
    "time_studies": TIME_STUDY,
    "organisations": ORGANISATION,
    "*": EVERYTHING,
}
_KIND_AREAS = {kind: area for area, kind in _AREA_KINDS.items()}
# The one area an older listener hears for a change of several kinds (the object itself first).
_LEGACY_ORDER = (EVERYTHING, VISIT, PARTICIPANT, AGENDA, ACTION_PLAN, TIME_STUDY, MUNICIPALITY)


@dataclass(frozen=True)
class Change:
    """What changed: the kinds of object, their ids (empty with ``whole``: any of them), and
    the widget that made the change (it has already updated itself)."""

    kinds: frozenset[str]
    ids: frozenset[uuid.UUID] = frozenset()
    whole: bool = False
    source: object | None = None

    @classmethod
    def of(
        cls, *kinds: str, ids: Iterable[uuid.UUID | None] = (), source: object | None = None
    ) -> Change:
        found = frozenset(i for i in ids if i is not None)
        return cls(frozenset(kinds), found, whole=not found, source=source)

    def concerns(self, kinds: Iterable[str]) -> bool:
        return EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.kinds

    def merged(self, other: Change) -> Change:
        return Change(
            self.kinds | other.kinds,
            self.ids | other.ids,
            whole=self.whole or other.whole,
            source=None,
        )


def _put_away(widget: QWidget) -> bool:
    """Whether ``widget`` sits in a page that was hidden on purpose (a tab not in front).

    A widget just added to a shown window is hidden too until the next event loop turn, but
    not on purpose: it is about to appear, so it hears changes at once.
    """
    from PySide6.QtCore import Qt  # not before the first paint (ui.qt_names)

    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden() and current.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            return True
        current = current.parentWidget()
    return False


class _Subscription(QObject):
    """Delivers the changes a widget cares about: now if it is visible, else (a hidden tab of
    the shown window) once it is shown, merged into one; never the changes it made itself.

    It watches the widget's events only while a change waits: a filter sees every event of the
    widget in Python (a tab's build, layout and first paint: some 5-10 ms of a start)."""

    def __init__(
        self,
        bus: ChangeBus,
        widget: QWidget,
        handler: Callable[[Change], None],
        kinds: frozenset[str],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.handler = handler
        self.kinds = kinds
        self.pending: Change | None = None
        bus.changes.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.source is self.widget or not change.concerns(self.kinds):
            return
        if not _put_away(self.widget):
            self.handler(change)
        elif self.pending is None:
            self.pending = change
            self.widget.installEventFilter(self)  # delivered when the widget shows
        else:
            self.pending = self.pending.merged(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.pending is not None:
            self.widget.removeEventFilter(self)
            change, self.pending = self.pending, None
            self.handler(change)
        return False


class ChangeBus(QObject):
    """Change notices between tabs: :meth:`notify` a :class:`Change`, :meth:`subscribe` to them.

    ``changed`` (an area name such as "visits") is the older form, still accepted: it arrives
    as a change of that kind with no ids.
    """

    changed = Signal(str)
    changes = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relaying = False
        self.changed.connect(self._from_area)

    def _from_area(self, area: str) -> None:
        if not self._relaying:
            self.changes.emit(Change.of(_AREA_KINDS.get(area, area)))

    def notify(self, change: Change) -> None:
        self.changes.emit(change)
        kind = next((k for k in _LEGACY_ORDER if k in change.kinds), None)
        if kind is None:
            kind = min(change.kinds) if change.kinds else EVERYTHING
        self._relaying = True  # listeners of the older signal hear it too, once
        try:
            self.changed.emit(_KIND_AREAS.get(kind, kind))
        finally:
            self._relaying = False

    def subscribe(
        self, widget: QWidget, handler: Callable[[Change], None], kinds: Iterable[str]
    ) -> None:
        """Call ``handler(change)`` for changes of ``kinds`` made by others, lazily (see
        :class:`_Subscription`)."""
        _Subscription(self, widget, handler, frozenset(kinds))


@dataclass
class UiContext:
    services: Services
    undo_stack: QUndoStack
    bus: ChangeBus
    settings: QSettings
    show_status: Callable[[str], None]
    open_tab: Callable[[str], bool]
    # a tab's first view read ahead in idle time after the start, by the tab's name
    # (MainWindow.read_ahead): its first read waits for it (``wait()``) instead of reading beside it
    read_ahead: dict[str, Any] = field(default_factory=dict)

"""A view filled at once laid out before it paints, and painted once (issue #15).

A change deep in a widget tree (a page shown, a label's text, a tree's rows) lays the tree out
from the bottom up, one level per turn of the event loop: each level's layout, splitter, tab
widget or scroll area handles the ``LayoutRequest`` its child posted and posts one to its own
parent, and Qt delivers an event posted while it delivers others only on its next pass. The
window's paint request waited behind the first of those passes, so the view painted half laid
out, and again as the levels above changed its geometry (a ``QTabWidget`` repaints all of itself
whenever it handles a ``LayoutRequest``). An item view resized on the way then repaints its
rows once more from a zero timer (``QTreeView`` after a column resize). Handlingsplaner's first
view at 10x painted its plan tree (some 300 actions, ~15 ms a paint) two to four times.

:func:`settle_layouts` delivers those requests at once, pass after pass, until a pass delivers
none; :func:`paint_settled` also holds the view's paints back until the views' timers set on the
way have run, so that it paints once, laid out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

MAX_PASSES = 32  # deeper than any widget tree of the app (a guard against a layout loop)


class _Delivered(QObject):
    """Counts the layout requests (and the queued calls of ``targets``) delivered."""

    def __init__(self, targets: Sequence[QObject]) -> None:
        super().__init__()
        self.targets = targets
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest or (
            kind == QEvent.Type.MetaCall and watched in self.targets
        ):
            self.count += 1
        return False


def settle_layouts(views: Sequence[QObject] = ()) -> int:
    """Deliver the posted ``LayoutRequest`` events, and those they post, until none is left;
    also the queued calls of ``views`` (an item view shows or hides its scroll bars in one); the
    number of passes that delivered some (0: nothing was waiting)."""
    app = QCoreApplication.instance()
    if app is None:
        return 0
    delivered = _Delivered(views)
    app.installEventFilter(delivered)
    try:
        for passes in range(MAX_PASSES):
            delivered.count = 0
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            for view in views:
                QCoreApplication.sendPostedEvents(view, QEvent.Type.MetaCall)
            if not delivered.count:
                return passes
        return MAX_PASSES
    finally:
        app.removeEventFilter(delivered)


def paint_settled(widget: QWidget, views: Sequence[QObject] = ()) -> None:
    """``widget`` just filled: laid out at once (:func:`settle_layouts`) and painted once, after
    the zero timers its views set meanwhile (started before this one, they run before it; what
    they update is painted in the same pass)."""
    widget.setUpdatesEnabled(False)
    settle_layouts(views)
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.setInterval(0)  # a timer, not singleShot(0): that is a queued call, before timers
    timer.timeout.connect(lambda: widget.setUpdatesEnabled(True))
    timer.timeout.connect(timer.deleteLater)
    timer.start()

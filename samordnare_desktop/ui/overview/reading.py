"""Översikt's figures, read off the GUI thread in one go so the tab shows at once: the
overview, the municipalities' spread, the care places, the programme's time study and what
falls due (one worker, one hand-back: the tab repaints once, not once per part). The
reader hands what it read (or None when reading failed: the tab reads again on the GUI thread,
which shows the error) to the GUI thread through a relay that lives there."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from samordnare_desktop.services.overview import Overview

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstRead:
    """What the first view shows, read off the GUI thread in one go."""

    overview: Overview
    spread: Any  # municipality_facts.Spread
    care: Any  # care_places.CareSummary | None
    comparison: Any  # the programme's time study beside the median, when there is one
    due: Any = None  # services.due.DueList: what falls due, shown with the figures in one go


class Relay(QObject):
    """Carries the worker's figures to the GUI thread (this object lives there)."""

    ready = Signal(object)


def read_in_background(services: Any, relay: Relay, widget: QWidget) -> None:
    """Read the figures on the thread pool once ``widget`` painted; ``relay.ready`` gets a
    FirstRead or None."""
    from samordnare_desktop.ui.background_read import map_every_model

    map_every_model()  # on the GUI thread: mapping while a worker queries would race

    def work() -> None:
        try:
            overview = services.overview.snapshot()
            found: FirstRead | None = FirstRead(
                overview,
                services.municipality_facts.spread(),
                services.care_places.summary(trend=False),
                services.time_studies.programme_comparison() if overview.time_study else None,
                services.due.due(),
            )
        except Exception:  # read again on the GUI thread, which shows the error
            log.exception("the overview could not be read")
            found = None
        with contextlib.suppress(RuntimeError):  # the tab went meanwhile
            relay.ready.emit(found)

    start_after_paint(widget, work)


def start_after_paint(widget: QWidget, work: Any) -> None:
    """Start ``work`` on the thread pool once ``widget`` has painted: a worker running Python
    beside the paint takes the GIL from it (the tab came to front some 50-100 ms later at ten
    times the programme). Started anyway after a moment if no paint comes (hidden, minimised);
    never if ``widget`` went meanwhile."""
    _AfterPaint(widget, work)


class _AfterPaint(QObject):
    NO_PAINT_MS = 250

    def __init__(self, widget: QWidget, work: Any) -> None:
        super().__init__(widget)
        self.work = work
        widget.installEventFilter(self)
        QTimer.singleShot(self.NO_PAINT_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._start)  # once this paint (and its window's) is done
        return False

    def _start(self) -> None:
        work, self.work = self.work, None
        if work is None:
            return
        widget = self.parent()
        if widget is not None:
            widget.removeEventFilter(self)
        QThreadPool.globalInstance().start(work)
        self.deleteLater()

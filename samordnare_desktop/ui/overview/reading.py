"""Översikt's first figures, read off the GUI thread in one go so the tab shows at once: the
overview, the municipalities' spread, the care places and the programme's time study. The
reader hands what it read (or None when reading failed: the tab reads again on the GUI thread,
which shows the error) to the GUI thread through a relay that lives there."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from samordnare_desktop.services.overview import Overview

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstRead:
    """What the first view shows, read off the GUI thread in one go."""

    overview: Overview
    spread: Any  # municipality_facts.Spread
    care: Any  # care_places.CareSummary | None
    comparison: Any  # the programme's time study beside the median, when there is one


class Relay(QObject):
    """Carries the worker's figures to the GUI thread (this object lives there)."""

    ready = Signal(object)


def read_in_background(services: Any, relay: Relay) -> None:
    """Read the first figures on the thread pool; ``relay.ready`` gets a FirstRead or None."""
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
            )
        except Exception:  # read again on the GUI thread, which shows the error
            log.exception("the overview could not be read")
            found = None
        with contextlib.suppress(RuntimeError):  # the tab went meanwhile
            relay.ready.emit(found)

    QThreadPool.globalInstance().start(work)

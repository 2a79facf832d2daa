"""Översikt's figures, read off the GUI thread so the tab shows at once, and shown in parts as
they are read: one worker reads, in turn, the figures (the overview and the care places: the
tiles, the chart and the tables at the top), what falls due, then the rest (the municipalities'
spread and the programme's time study, below the fold at 1366x768), handing each part to the
GUI thread as soon as it is read, the figures and what falls due (when the start's due band
left it made) one right after the other (shown in one turn, laid out and painted once), the
rest once they are painted (one worker: parts read side by side in threads were slower, the
GIL). On the first read each section's title says it is being read until its part is in
(later the figures shown stay, the header saying it reads); a part of a read superseded
meanwhile is dropped. When reading fails, the tab reads again on the GUI thread, which shows
the error.

In a fresh process the first view is read ahead (:class:`ReadAhead`), in a worker once the
start's work is done (MainWindow.read_ahead): the services keep what it read while their tables
do not change (their stamps), so the tab's first read, in parts as ever, finds it kept (a change
made in between is read again); asked for while the read ahead runs, it waits for it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QWidget

from samordnare_desktop.services.overview import Overview
from samordnare_desktop.ui import background_read

if TYPE_CHECKING:
    from samordnare_desktop.ui.overview.tab import OverviewTab

log = logging.getLogger(__name__)

FIGURES, DUE, REST = "figures", "due", "rest"
PARTS = (FIGURES, DUE, REST)  # in the order read and shown: what is above the fold first
FAILED = "failed"  # reading failed: what was not read is read on the GUI thread
SHOWN_WAIT_S = 0.25  # the longest the worker waits for the first figures to be painted


@dataclass(frozen=True)
class Figures:
    """The first part: the overview and the care places (the tiles, chart and tables on top)."""

    overview: Overview
    care: Any  # care_places.CareSummary | None


@dataclass(frozen=True)
class Rest:
    """The last part, below the fold: the spread and the programme's time study."""

    spread: Any  # municipality_facts.Spread
    comparison: Any  # the programme's time study beside the median, when there is one


class Relay(QObject):
    """Carries each part to the GUI thread (this object lives there): the read's number, the
    part's name, what was read."""

    part = Signal(int, str, object)


def read_ahead(services: Any) -> Iterator[None]:
    """What the first view reads, read for the services to keep (their stamps key it): the
    figures, what falls due, the programme's time study beside the median; the care places and
    the spread, kept by no service, are read too, their statements compiled (the first read of
    each on a new engine compiles it). In parts: waited for, it ends with the part it reads
    (background_read.ReadAhead.wait)."""
    overview = services.overview.snapshot()
    yield
    services.care_places.summary(trend=False)
    yield
    services.due.due()
    yield
    if overview.time_study:
        services.time_studies.programme_comparison()
        yield
    services.municipality_facts.spread()


class ReadAhead(background_read.ReadAhead):
    """Översikt's first view read ahead (:func:`read_ahead`): at ten times the programme some
    45 ms of reading (most of it SQLite) that the first click no longer waits for."""

    SERVICES = ("overview", "care_places", "due", "time_studies", "municipality_facts")
    WHAT = "the overview"

    def read(self, services: Any) -> Iterator[None]:
        return read_ahead(services)


def read_in_background(
    services: Any,
    relay: Relay,
    widget: QWidget,
    number: int,
    shown: threading.Event | None = None,
    ahead: ReadAhead | None = None,
) -> None:
    """Read the parts in turn on the thread pool once ``widget`` painted, each handed to
    ``relay.part`` as ``(number, part, found)`` as soon as it is read (what falls due right
    after the figures when it is kept); ``(number, FAILED, None)`` when reading failed (nothing
    more follows). With ``shown``, the worker waits after the figures until it is set (they are
    painted; at most SHOWN_WAIT_S): the next part's Python beside the hand-over took the GIL
    from it, the figures came some 15 ms later. With ``ahead`` (the first view read ahead, still
    running), the worker first waits for it, then finds what it read kept.
    Every model is mapped just before the worker starts (on the GUI thread, once ``widget``
    has painted: not before the tab's first paint, some 30-100 ms)."""

    def hand(part: str, found: Any) -> bool:
        try:
            relay.part.emit(number, part, found)
        except RuntimeError:  # the tab went meanwhile: nothing more to read
            return False
        return True

    def work() -> None:
        try:
            if ahead is not None:
                ahead.wait()
            overview = services.overview.snapshot()
            figures = Figures(overview, services.care_places.summary(trend=False))
            # what falls due as the start's due band left it (unchanged since): handed right
            # after the figures, the GUI thread shows both in one turn, one layout and one
            # paint (after the figures' paint, it cost a second of each); to be made (some
            # 40 ms at ten times the programme), it is made once the figures are painted
            due = services.due.ahead()
            if not hand(FIGURES, figures) or (due.kept is not None and not hand(DUE, due.kept)):
                return
            if shown is not None:
                shown.wait(SHOWN_WAIT_S)
            if due.kept is None and not hand(DUE, due.make()):
                return
            studied = overview.time_study
            comparison = services.time_studies.programme_comparison() if studied else None
            hand(REST, Rest(services.municipality_facts.spread(), comparison))
        except Exception:  # read again on the GUI thread, which shows the error
            log.exception("the overview could not be read")
            hand(FAILED, None)

    start_after_paint(widget, work)


class PartsRead(QObject):
    """The tab's read in parts: which parts are still to come (on the first read each empty
    section's title says so), once more when a change came while it read, a part of a
    superseded read dropped."""

    def __init__(self, tab: OverviewTab, boxes: dict[str, list[QGroupBox]]) -> None:
        super().__init__(tab)
        self.tab = tab
        self.boxes = boxes  # per part, the sections it fills
        self.number = 0  # the current read's: a part handed with another number is stale
        self.pending: set[str] = set()
        self.again = False
        self.shown: threading.Event | None = None  # set once the first figures are painted
        self._titles: dict[str, list[str]] = {}
        self.relay = Relay(self)
        self.relay.part.connect(self.on_part)

    def reading(self) -> tuple[str, ...]:
        """The parts still to come, in the order they are read."""
        return tuple(p for p in PARTS if p in self.pending)

    def start(self) -> None:
        if self.pending:
            self.again = True  # a change while a read runs: read once more after it
            return
        self.number += 1
        self.pending = set(PARTS)
        first = self.tab.overview is None  # the tiles say "…": the figures repaint them
        if first:  # later the figures shown stay, the header saying it reads (the titles
            for part in PARTS:  # changed and back cost every section a layout and a paint)
                self._mark(part, True)
        self.tab.reading_started()
        self.shown = threading.Event() if first else None
        ctx = self.tab.ctx
        ahead = ctx.read_ahead.pop("overview", None)  # the first read's to wait for, if running
        read_in_background(ctx.services, self.relay, self.tab, self.number, self.shown, ahead)

    @Slot(int, str, object)
    def on_part(self, number: int, part: str, found: Any) -> None:
        if number != self.number or (part not in self.pending and part != FAILED):
            return  # a part of a superseded read, or one already shown: dropped
        if not self.pending:
            return
        if part == FAILED:
            for missing in self.reading():
                self._mark(missing, False)
            self.pending.clear()
            self.again = False
            self.tab.read_here()  # shows the error
            self.tab.reading_done()
            return
        self.pending.discard(part)
        self._mark(part, False)
        self.tab.show_part(part, found)
        if part == FIGURES and self.shown is not None:  # the worker goes on once they are painted
            after_paint(self.tab.kpis["first_visit"], self.shown.set)
        if self.pending:
            return
        again, self.again = self.again, False
        if again:  # a change while it read: once more, off the GUI thread
            self.start()
        else:
            self.tab.reading_done()

    def _mark(self, part: str, reading: bool) -> None:
        """The part's sections say in their title that they are being read (or no longer)."""
        boxes = self.boxes.get(part, [])
        if reading:
            self._titles[part] = [box.title() for box in boxes]
            for box in boxes:
                box.setTitle(self.tr("{title} – reading…").format(title=box.title()))
        else:
            for box, title in zip(boxes, self._titles.pop(part, []), strict=False):
                box.setTitle(title)


def start_after_paint(widget: QWidget, work: Any) -> None:
    """Start ``work`` on the thread pool once ``widget`` has painted: a worker running Python
    beside the paint takes the GIL from it (the tab came to front some 50-100 ms later at ten
    times the programme). Started anyway after a moment if no paint comes (hidden, minimised);
    never if ``widget`` went meanwhile. Every model is mapped first, on the GUI thread
    (``background_read.map_every_model``: mapping while a worker queries would race)."""

    def start() -> None:
        from samordnare_desktop.ui.background_read import map_every_model

        map_every_model()
        QThreadPool.globalInstance().start(work)

    _AfterPaint(widget, start)


def after_paint(widget: QWidget, then: Any) -> None:
    """Call ``then`` once ``widget`` has painted (or after a moment if no paint comes); never if
    ``widget`` went meanwhile."""
    _AfterPaint(widget, then)


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
        from samordnare_desktop.ui.background_read import window_closed

        # not once the window closed (in the pass of this paint): a worker then would outlive
        # the window's wait for the pool (app._exec_until_workers_done)
        if widget is None or not window_closed(widget):
            work()
        self.deleteLater()

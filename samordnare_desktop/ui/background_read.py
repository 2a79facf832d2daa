"""A view's read off the GUI thread, the newest request winning (Deltagare, Handlingsplaner,
Kommuner; Besök and Översikt have their own, visits/reading.py and overview/reading.py).

``reader.start(work)`` runs ``work()`` on the global thread pool. ``work`` calls the services,
each of which opens its own session (a pooled connection per thread, SQLCipher keyed per
connection: db/engine.py), and hands back plain rows. The result comes back to the GUI thread
through a signal of this object (which lives there), and ``on_read(result)`` fills the view:
it only fills, in bulk. A result overtaken by a newer ``start`` or by ``cancel`` (the view read
at once meanwhile) is dropped. A failed read calls ``on_failed()``, which reads again on the GUI
thread so that the error is shown as every other one is.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from samordnare_desktop import collector, give_way

log = logging.getLogger(__name__)

# from this many visits (the programme's size) a tab's first read runs off the GUI thread: at
# 5,000 each read takes 0.1-0.3 s; below, at once (as the visits tab: READ_IN_BACKGROUND_FROM)
READ_IN_BACKGROUND_FROM = 1000
AHEAD_WAIT_S = 30.0  # the longest a tab's first read waits for its read ahead (ReadAhead)


def map_every_model() -> None:
    """Import every mapped class and configure the mappers, on the GUI thread, before a worker
    queries. A worker's query configures any mapper new since the last query: one of a module
    the GUI thread is importing meanwhile (a tab or page built, the idle-time imports of
    MainWindow.prepare) can be half defined then, and a mapper that fails to configure fails
    every query after it (seen: TimeStudyRespondent before TimeStudyEntry existed). With every
    model imported first, no mapper is new any more. Once a process (some 30-100 ms at 10x)."""
    from sqlalchemy.orm import configure_mappers

    import samordnare_desktop.domain.models  # noqa: F401  (every mapped class)

    configure_mappers()


def reads_in_background(services: Any) -> bool:
    """Whether the programme is big enough for the tabs to read it off the GUI thread."""
    try:
        return services.programme.visit_count() >= READ_IN_BACKGROUND_FROM
    except Exception:  # the read at once shows the error
        log.exception("the programme's size could not be read")
        return False


class BackgroundRead(QObject):
    """One kind of read of a view; ``active`` while its newest request is out."""

    _ready = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_read: Callable[[Any], None],
        on_failed: Callable[[], None],
        what: str,
    ) -> None:
        super().__init__(parent)
        self._on_read = on_read
        self._on_failed = on_failed
        self._what = what  # for the log
        self._number = 0  # an earlier request's result is dropped
        self.active = False
        self._ready.connect(self._arrived)

    def start(self, work: Callable[[], Any], *, after_paint: QWidget | None = None) -> None:
        """Read ``work()`` in a worker; with ``after_paint``, once that widget has painted (or
        250 ms on, if it is not shown): a worker started while the tab is laid out and painted
        for the first time takes the GIL from that paint, whose style and event filters call
        Python (each call waiting up to the interpreter's switch interval), and the two together
        took longer than one after the other. Every model is mapped when the worker starts
        (``_launch``, on the GUI thread): after that paint, not before it (some 30-100 ms)."""
        self._number += 1
        self.active = True
        if after_paint is not None:
            _AfterPaint(after_paint, self, self._number, work)
            return
        self._launch(self._number, work)

    def _launch(self, number: int, work: Callable[[], Any]) -> None:
        if not self.active or number != self._number:
            return  # cancelled or overtaken before it started
        map_every_model()  # on the GUI thread: mapping while a worker queries would race
        relay, what = self, self._what

        def run() -> None:
            # without the cyclic garbage collector (as Besök's reader, visits/reading.py): the
            # read's tens of thousands of new objects (5,000 visit choices and their labels)
            # made Python collect some 40 times, now and then a full collection scanning every
            # object of the process (30-40 ms at 10x); reference counting still frees them
            try:
                with collector.held():
                    found = (number, True, work())
            except Exception:  # read again on the GUI thread, which shows the error
                log.exception("%s could not be read", what)
                found = (number, False, None)
            with contextlib.suppress(RuntimeError):  # the view went meanwhile
                relay._ready.emit(found)

        QThreadPool.globalInstance().start(run)

    def cancel(self) -> None:
        """The view read at once: the request out is dropped when it arrives."""
        if self.active:
            self._number += 1
            self.active = False

    @Slot(object)
    def _arrived(self, found: tuple[int, bool, Any]) -> None:
        number, ok, result = found
        if not self.active or number != self._number:
            return  # overtaken
        self.active = False
        if ok:
            self._on_read(result)
        else:
            self._on_failed()


class _AfterPaint(QObject):
    """Starts a read once ``widget`` has painted (after that paint), or 250 ms on."""

    def __init__(
        self, widget: QWidget, reader: BackgroundRead, number: int, work: Callable[[], Any]
    ) -> None:
        super().__init__(reader)
        self._widget = widget
        self._reader = reader
        self._number = number
        self._work = work
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(250, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._go)  # once this paint is done
        return False

    def _go(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        if window_closed(self._widget):
            # the window closed before this start came (its paint and the close in one pass):
            # a worker now would outlive the window's wait for the pool and still read while
            # the process exits (app._exec_until_workers_done)
            self._reader.cancel()
        else:
            self._reader._launch(self._number, self._work)
        self.deleteLater()


def window_closed(widget: QWidget | None) -> bool:
    """Whether the main window that ``widget`` is in, or a dialog of it, has closed
    (``MainWindow.closed``): no work starts then, and no result is shown."""
    while widget is not None:
        if getattr(widget, "closed", False) is True:
            return True
        widget = widget.parentWidget()
    return False


class ReadAhead:
    """A tab's first view read ahead in a worker (``MainWindow.read_ahead``, after the start:
    :func:`read_in_turn`), for the services to keep (keyed by their tables' stamps), so that
    the tab's first read finds it kept: Översikt's (overview/reading.py), Besök's
    (visits/reading.py), Deltagare's chooser (participants/reading.py), Handlingsplaner's
    overview (action_plans/reading.py). The tab's first read, asked for while this one runs,
    waits for it (:meth:`wait`, in the tab's worker) and then finds it kept, instead of reading
    the same beside it; asked for before its turn, it drops it and reads. A failure is
    logged only: the tab's own read reads again and says it. A subclass names the services it
    reads (``SERVICES``: made on the GUI thread first; made in a worker while the tab made the
    same one, a service and what it kept could be replaced) and reads in :meth:`read`."""

    SERVICES: tuple[str, ...] = ()
    WHAT = "a first view"  # for the log

    def __init__(self, services: Any) -> None:
        self._services = services
        self.work = give_way.Work()  # it gives way to the user until it is waited for
        self._done = threading.Event()
        self._turn = threading.Lock()  # started or dropped: one or the other (wait, run)
        self._started = False
        self._dropped = False
        for name in self.SERVICES:
            getattr(services, name)

    def run(self) -> None:
        """Read (in the worker of :func:`read_in_turn`), unless dropped meanwhile (wait)."""
        with self._turn:
            if self._dropped:
                return
            self._started = True
        try:
            # what it reads is kept (the services'): frozen, the collector's next full
            # collections skip it (at ten times the programme the overview's 20,000 rows and
            # Besök's 5,000 made the first full one after them ~150 ms, in the next click's
            # time); garbage once a change replaces it, it is freed by reference counting (the
            # start's freeze makes the same trade)
            with collector.held(freeze=True):
                parts = self.read(self._services)
                for _part in parts or ():  # a read in parts stops once waited for (wait)
                    with self._turn:
                        if self._dropped:
                            break
        except Exception:
            log.exception("%s could not be read ahead", self.WHAT)
        finally:
            self._done.set()

    def read(self, services: Any) -> Iterator[None] | None:
        """What the tab's first view reads, read for the services to keep (in the worker); a
        generator that yields between its parts reads no part after it is waited for."""
        raise NotImplementedError

    def done(self) -> bool:
        """Whether the read ahead has ended (read, or failed and logged)."""
        return self._done.is_set()

    def wait(self) -> None:
        """Until the read ahead is done (at most AHEAD_WAIT_S), if it has started: it gives
        way to the user no more, and one read in parts ends with the part it reads (the tab
        reads the rest: at ten times the programme Översikt's figures waited ~110 ms for parts
        read after them). One whose turn has not come is dropped instead, and the caller reads
        at once: waiting for it was waiting for the reads in turn before it too (a tab clicked
        0.3 s after the first paint waited some 100-200 ms for those). Off the GUI thread
        only."""
        with self._turn:
            self._dropped = True  # no part begins from now on (run)
            if not self._started:
                self._done.set()
                self.work.done()
                return
        give_way.want(self.work)
        self._done.wait(AHEAD_WAIT_S)


def read_in_turn(aheads: list[ReadAhead], *, after: ReadAhead | None = None) -> None:
    """Run ``aheads`` one after the other in one worker, the first first, each giving way to the
    user until it is waited for (one waited for before its turn is dropped: ReadAhead.wait).
    In turn, not side by side: each is in sooner (the first, the remembered tab's, in some
    100 ms at ten times the programme, not with the others' 400), and two at a time held the
    GIL from the window twice as often. ``after``: once that one (read in a worker of its
    own) is done."""
    map_every_model()  # on the GUI thread: mapping while a worker queries would race

    def run() -> None:
        if after is not None:  # read in turn after it (MainWindow._make_ahead)
            after._done.wait(AHEAD_WAIT_S)
        for ahead in aheads:
            with give_way.deferrable(ahead.work):
                ahead.run()

    QThreadPool.globalInstance().start(run)

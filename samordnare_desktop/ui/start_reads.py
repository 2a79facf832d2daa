"""The start's reads ahead: after the window and its remembered tab have painted
(``MainWindow.read_ahead``), the first views of the tabs not built yet are read in a worker, in
turn, the tab in front first, for the services to keep until their tables change, so that the
first click finds them kept (ui/background_read.py, ``ReadAhead``). Each tab's first read takes
or waits for its own (``ctx.read_ahead``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from samordnare_desktop.ui.lazy import LazyHolder
    from samordnare_desktop.ui.main_window import MainWindow


def _overview_ahead(services: object) -> object:
    """Översikt's first view read in a worker (ui/overview/reading.py): some 45 ms at ten times
    the programme, most of it SQLite, that its first click waited for (every figure shown 117 ->
    82 ms, bench/tenx_interactions.py). Always, whatever the programme's size: in a small one it
    is a few ms in a worker, in idle time, and one rule is simpler to trust than a threshold."""
    from samordnare_desktop.ui.overview.reading import ReadAhead

    return ReadAhead(services)


def _visits_ahead(services: object) -> object:
    """Besök's rows and their warnings read in a worker (ui/visits/reading.py): at ten times the
    programme the worker's read of the rows (~40 ms, SQLite some 15 of it) and the warnings
    (~12 ms) of its follow-up, that its first click waited for. Always, as Översikt's."""
    from samordnare_desktop.ui.visits.reading import ReadAhead

    return ReadAhead(services)


def _participants_ahead(services: object) -> object:
    """Deltagare's visit chooser read in a worker (ui/participants/reading.py): at ten times the
    programme its 5,000 visits and their labels, some 30 ms of the tab's first read."""
    from samordnare_desktop.ui.participants.reading import ReadAhead

    return ReadAhead(services)


def _plans_ahead(services: object) -> object:
    """Handlingsplaner's overview of every action read in a worker (ui/action_plans/reading.py):
    at ten times the programme ~150 ms, read ahead by the tab only once its first view was in,
    so that a click on its mode button soon after waited for it. Always, as Översikt's."""
    from samordnare_desktop.ui.action_plans.reading import ReadAhead

    return ReadAhead(services)


# a tab's first view read ahead in a worker after the start (read_ahead), while the tab is not
# built: the services keep what it read until their tables change, so that the first click
# finds it kept; each gives what the tab's first read waits for while it runs. Read in turn,
# the tab in front first, then in this order (the quickest first: each is in the sooner)
_READ_AHEAD: dict[str, Callable[[object], Any]] = {
    "visits": _visits_ahead,
    "overview": _overview_ahead,
    "participants": _participants_ahead,
    "action_plans": _plans_ahead,
}

# read ahead even when the tab is built (remembered): Handlingsplaner reads its overview of
# every action only once its first view is in (its own read ahead waits for this one, and the
# service keeps what either read), and its mode button clicked soon after waited for it
_AHEAD_EVEN_BUILT = frozenset({"action_plans"})


class StartReads:
    """Part of :class:`MainWindow` (its ``start_reads``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.due = True  # the tabs' first views are still to be read ahead (MainWindow.starting)
        self._pages: list[LazyHolder] | None = None  # whose reads ahead are still to be made
        self._made: list[Any] = []

    def start(self) -> None:
        """Read the first view of each tab of ``_READ_AHEAD`` not built yet in a worker, in
        turn, the tab in front first (once; not once the window closed): the tab's first read
        waits for it (``ctx.read_ahead``). Made one per turn of the event loop (:meth:`_next`)."""
        window = self._window
        if self._pages is not None or window.closed:
            return
        front = window.tabs.currentWidget()
        order = list(_READ_AHEAD)
        self._pages = sorted(
            (page for page in window.pages if page.name in _READ_AHEAD),
            key=lambda page: (page is not front, order.index(page.name)),
        )
        self._next()

    def _next(self) -> None:
        """The next tab's read ahead made, one per turn of the event loop: making one imports
        its tab's reading modules (at ten times the programme some 20-40 ms each of the GUI
        thread), and a click while all were made at once waited ~90 ms for them. The first
        reads at once; the rest in turn after it, once all are made. A tab built meanwhile
        (clicked) reads itself."""
        from samordnare_desktop.ui.background_read import read_in_turn

        window = self._window
        pages = self._pages or []
        while pages and not window.closed:
            page = pages.pop(0)
            if page.built and page.name not in _AHEAD_EVEN_BUILT:
                continue
            ahead = _READ_AHEAD[page.name](window.session.services)
            window.ctx.read_ahead[page.name] = ahead
            if not self._made:
                read_in_turn([ahead])
                window.input_hold.watch()  # they give way to the user's clicks and keys
            self._made.append(ahead)
            QTimer.singleShot(0, window, self._next)
            return
        if len(self._made) > 1 and not window.closed:
            read_in_turn(self._made[1:], after=self._made[0])
        self._made = []
        self.due = False

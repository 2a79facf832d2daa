"""The user first: while the window gets input, the work read ahead waits (give_way.py).

At ten times the programme the start's reads ahead (MainWindow.read_ahead) hold Python's GIL
for a few hundred milliseconds in all; a tab clicked meanwhile took four times as long as
alone (issue #15: Kommuner 50 -> 270 ms). A click, a key or the wheel now holds them at their
next checkpoint until the window has had HOLD_MS without input; the clicked tab's own read
runs meanwhile, and a read ahead that it waits for goes on (``give_way.want``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer

from samordnare_desktop import give_way

# how long after the last input the reads ahead wait: a tab's first view, clicked, is in
# within some 100 ms at ten times the programme
HOLD_MS = 250
# the pool's threads at least: each read ahead (three) can be waiting for the user, and the
# purge, the due band and the day's check run, while a clicked tab's own read finds a thread
# (the pool's default is one per core: two on a small laptop)
THREADS = 8


class InputHold(QObject):
    """Watches the application's input from :meth:`watch` on while deferrable work is pending
    (an application's filter: a click or a key reaches the widget under it, a dialog's too),
    and stops watching once none is."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(give_way.release)
        # the hold's own end, should the release never come (the window gone mid-hold)
        self._hold_s = 4 * HOLD_MS / 1000
        self._input: frozenset[QEvent.Type] = frozenset()  # made by watch, after the paint

    def watch(self) -> None:
        """From now on (the reads ahead start), with room in the pool for them to wait."""
        types = QEvent.Type
        self._input = frozenset(
            (types.MouseButtonPress, types.MouseButtonDblClick, types.KeyPress, types.Wheel)
        )
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(pool.maxThreadCount(), THREADS))
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            self._watching = True
            app.installEventFilter(self)

    def stop(self) -> None:
        """The window closes: nothing waits for the user any more."""
        self._timer.stop()
        self._unwatch()
        give_way.release()

    def _unwatch(self) -> None:
        app = QCoreApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input:
            if give_way.busy():
                give_way.hold(self._hold_s)
                self._timer.start()
        elif not give_way.busy():
            self._unwatch()  # the work is done: no Python call per event any more
        return False

"""The order of a start on screen: the window paints first (frame, menus, tab bar, status bar
and the remembered tab's empty placeholder), then the remembered tab is built, then, once the tab
has painted too, the start's deferred work runs (the welcome band, who is working, the sync line,
the purge, the due band): each piece its delay after the window was first shown, never before
the tab has painted.

A paint is seen by a filter on the widget's own events: its ``Paint`` comes at the start of the
pass that paints it with its children, and a zero-timer posted then runs once the pass is over
and on screen. A window (or tab) the platform does not paint is taken as painted after
:data:`FALLBACK_MS`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class FirstPaint(QObject):
    """Owned by the window: ``shown()`` from its ``showEvent``; ``after()`` queues deferred
    work. ``painted`` is emitted when the window is first on screen, before its tab is built;
    ``ready`` once that tab is built and painted too (bench/startup.py times both)."""

    painted = Signal()
    ready = Signal()

    def __init__(self, window: QWidget, build: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self._window = window
        self._build = build
        self._work: list[tuple[int, Callable[[], object]]] = []
        self._on_paint: list[Callable[[], object]] = []  # once painted, before the tab
        self._watched: QWidget | None = None  # the widget whose paint is awaited
        self._step = 0  # 0 before the first show, 1 until the window painted, 2 until its
        # tab did, 3 after
        self._shown_at = 0.0  # time.monotonic() of the window's first show
        self._pending = 0  # deferred work queued or timed, not run yet
        self.done = False

    def after(self, delay_ms: int, work: Callable[[], object]) -> None:
        """Run ``work`` ``delay_ms`` after the window was first shown, and not before its tab
        has painted (at once if both were)."""
        self._pending += 1
        if self._step == 3:
            QTimer.singleShot(
                max(0, delay_ms - self._since_shown()), self._window, lambda: self._run(work)
            )
        else:
            self._work.append((delay_ms, work))

    def when_painted(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the window has painted: after ``painted`` (so the start-up probe's
        moment is the paint's), before its tab is built; at once if the window has painted."""
        if self._step >= 2:
            work()
        else:
            self._on_paint.append(work)

    @property
    def pending(self) -> bool:
        """Whether deferred work is still to run (queued until the tab paints, or timed)."""
        return self._pending > 0

    @property
    def tab_painted(self) -> bool:
        """Whether the window and its remembered tab have painted (the deferred work is due)."""
        return self._step == 3

    def _since_shown(self) -> int:
        return int((time.monotonic() - self._shown_at) * 1000)

    def shown(self) -> None:
        if self.done:  # shown again: the visible tab (built once, on first show)
            QTimer.singleShot(0, self._window, self._build_tab)
        elif self._step == 0:
            self._step = 1
            self._shown_at = time.monotonic()
            self._watch(self._window, self._window_painted)

    def _watch(self, widget: QWidget, then: Callable[[], None]) -> None:
        self._watched = widget
        self._then = then
        widget.installEventFilter(self)
        step = self._step
        QTimer.singleShot(FALLBACK_MS, self, lambda: self._painted(step))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            step = self._step
            QTimer.singleShot(0, self, lambda: self._painted(step))  # after the whole pass
            watched.removeEventFilter(self)
            self._watched = None
        return False

    def front_changed(self) -> None:
        """Another tab is in front (``MainWindow._on_tab_changed``). The remembered tab left
        before it painted, the tab now in front is awaited instead: waiting for the fallback
        instead, the deferred work (the welcome, the user, the sync line, the due band: each a
        query) ran a second later, in the middle of whatever was being done then (seen in a
        test: 2 statements on a tab switch after every tab had been built and read)."""
        if self._step != 2 or self._watched is None:
            return  # not awaiting a tab's paint (the window's own, or all painted)
        tab = self._build_tab()  # the tab in front; the window hidden, it paints once shown
        if tab is self._watched:
            return
        self._watched.removeEventFilter(self)
        self._watched = None
        if tab is None:
            self._tab_painted()
        else:
            self._watch(tab, self._tab_painted)

    def _painted(self, step: int) -> None:
        if step != self._step or not self._window.isVisible():
            return  # seen already (a fallback after the paint), or the window has gone
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._then()

    def _window_painted(self) -> None:
        self.done = True
        self._step = 2
        self.painted.emit()
        work, self._on_paint = self._on_paint, []
        for run in work:
            self._said(run)
        tab = self._build_tab()
        if tab is None:
            self._tab_painted()
        else:
            self._watch(tab, self._tab_painted)

    def _build_tab(self) -> QWidget | None:
        """The visible tab, built; a failure (a damaged file met by its first read) is said as
        every other one is (ui.errors), never a traceback, and the start goes on (its deferred
        work) without the tab, built again when next shown."""
        return self._said(self._build)  # type: ignore[return-value]

    def _tab_painted(self) -> None:
        self._step = 3
        self.ready.emit()
        work, self._work = self._work, []
        for delay_ms, run in work:  # counted from the first show (the paints took some)
            QTimer.singleShot(
                max(0, delay_ms - self._since_shown()), self._window, lambda r=run: self._run(r)
            )

    def _run(self, work: Callable[[], object]) -> None:
        """``work``, unless the window has closed meanwhile (``MainWindow.closed``): a close in
        the same pass as the tab's paint (the start-up probe's quit at ``ready``) came before
        the zero timers of the deferred work, which then read the closed session."""
        self._pending -= 1
        if getattr(self._window, "closed", False) is not True:
            self._said(work)

    def _said(self, work: Callable[[], object]) -> object:
        """``work()``; a failure (a damaged file met by a read) is said as every other one is
        (ui.errors), never a traceback; None then."""
        try:
            return work()
        except Exception as exc:
            from samordnare_desktop.ui.errors import show_error

            show_error(self._window, exc)
            return None

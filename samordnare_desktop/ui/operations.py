"""Long work off the GUI thread, with progress, cancel and errors as messages (after Anki's ops).

``run_in_background(parent, work, on_done, title=...)`` runs ``work(progress)`` on the global
thread pool; ``progress(done, total)`` updates a progress dialog (shown only if the work takes
longer than a moment) and raises :class:`Cancelled` once the user pressed Cancel. ``on_done``
receives the result on the GUI thread. Work must open its own database session (SQLite
connections belong to one thread) and hand back plain data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from samordnare_desktop.ui.background_read import window_closed
from samordnare_desktop.ui.errors import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside the work when the user cancels."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        # Python owns the job (see Operation._ended): a pool that deleted it while its Python
        # wrapper was being collected on the GUI thread crashed the process once in a full run
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Operation(QObject):
    """Handle on one background job; keeps its signals alive until it finished."""

    finished = Signal()
    _running: ClassVar[set[Operation]] = set()
    # Finished operations are kept a while longer: the worker may still be returning from the
    # job's run() (after it emitted) when the GUI thread handles the result
    _ended: ClassVar[list[Operation]] = []
    _KEEP_ENDED: ClassVar[int] = 64

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        title: str,
        on_failed: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.on_done = on_done
        self.on_failed = on_failed
        self.title = title
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        Operation._running.add(self)
        self.job = _Job(work, self.signals, self.cancel)
        QThreadPool.globalInstance().start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.dialog.cancel()
        self.dialog.deleteLater()
        Operation._running.discard(self)
        Operation._ended.append(self)
        del Operation._ended[: -Operation._KEEP_ENDED]
        self.finished.emit()

    def _on_done(self, result: Any) -> None:
        self._finish()
        if self._window_gone("ended"):
            return
        self.on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled) or self._window_gone(f"failed ({exc!r})"):
            return
        if self.on_failed is not None:
            self.on_failed(exc)
        else:
            show_error(self.parent_widget, exc)

    def _window_gone(self, how: str) -> bool:
        """The window closed while the job ran (its close waits for it): the job's work is done
        (an erasure, a file written), what it would show is logged only; a message then, over
        no window, kept the process running after the close (the app quits at the close)."""
        if not window_closed(self.parent_widget):
            return False
        log.info("%s %s after the window closed", self.title, how)
        return True

    @classmethod
    def running(cls) -> int:
        return len(cls._running)


def run_in_background(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    title: str,
    on_failed: Callable[[BaseException], None] | None = None,
) -> Operation:
    return Operation(parent, work, on_done, title, on_failed)


class QuietOperation(QObject):
    """A background job with no progress dialog (work the user does not wait on, such as the
    one search's index): ``on_done`` gets the result on the GUI thread, a failure is shown."""

    _running: ClassVar[set[QuietOperation]] = set()
    _ended: ClassVar[list[QuietOperation]] = []

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_failed = on_failed
        self.signals = _Signals()
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        QuietOperation._running.add(self)
        self.job = _Job(lambda _progress: work(), self.signals, threading.Event())
        QThreadPool.globalInstance().start(self.job)

    def _finish(self) -> None:
        QuietOperation._running.discard(self)
        QuietOperation._ended.append(self)
        del QuietOperation._ended[: -Operation._KEEP_ENDED]

    def _on_done(self, result: Any) -> None:
        self._finish()
        self.on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if self.on_failed is not None:
            self.on_failed(exc)
        else:
            show_error(None, exc)


def run_quietly(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
) -> QuietOperation:
    return QuietOperation(work, on_done, on_failed)

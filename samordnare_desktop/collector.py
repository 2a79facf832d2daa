"""The cyclic garbage collector held off while a burst of objects is made, in one place.

A start, a worker's read, Besök's first view and the final report each make tens of thousands
of objects that the collector would scan again and again to find next to no garbage (reference
counting frees them). Each holds it off for its stretch. The collector is one per process, so
holds are counted: it is on again only when the last holder lets go (a worker's read that
ended inside Besök's first view used to turn it on under it), and ``freeze=True`` from any
holder freezes what is alive at that moment (``gc.freeze``: objects that live as long as the
window, skipped by later collections too). Threads hold it too: the count is locked.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_was_enabled = True  # the collector's state when the first hold began
_freeze = False  # a holder asked for what is alive then to be frozen


class Hold:
    """One holder's hold on the collector: :meth:`release` once (again: nothing)."""

    def __init__(self) -> None:
        global _holds, _was_enabled
        self._open = True
        with _lock:
            if _holds == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _holds += 1

    @property
    def open(self) -> bool:
        return self._open

    def release(self, *, freeze: bool = False) -> None:
        """Let go; the last holder's release turns the collector on again (if it was on), what
        is alive frozen first when any holder asked for it."""
        global _holds, _freeze
        if not self._open:
            return
        self._open = False
        with _lock:
            _holds -= 1
            _freeze = _freeze or freeze
            if _holds == 0:
                if _freeze:
                    gc.freeze()
                _freeze = False
                if _was_enabled:
                    gc.enable()


@contextmanager
def held(*, freeze: bool = False) -> Iterator[None]:
    """The collector held off for the ``with`` block (see :class:`Hold`)."""
    hold = Hold()
    try:
        yield
    finally:
        hold.release(freeze=freeze)

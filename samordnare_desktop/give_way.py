"""Background work that can wait gives way to the user, in one place.

Python runs one thread at a time (the GIL). At ten times the programme the reads the window
makes ahead after the start (a tab's first view, read before it is clicked) take a few hundred
milliseconds of it, and a click that came meanwhile shared it with them: a tab that opens in
50 ms took 270 (issue #15). So such work runs inside :func:`deferrable`, and while the user
gives input (:func:`hold`, from the window, until :func:`release`) it stops at its next
:func:`checkpoint`: each statement sent (``listen``) and each slice of a long fetch. It goes on
at once when the work is wanted after all (``wanted``: the clicked tab's own read waits for
it). Work not inside :func:`deferrable` (a tab's own read, a save, a backup) never waits here,
and nothing here ever waits on the GUI thread: only the worker inside ``deferrable`` does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# the longest a piece of deferrable work waits in all, whatever the window does: a user who
# types on for minutes, or a release lost to a window that closed mid-hold, delays the day's
# backup by this much at most, never for ever
MOST_WAIT_S = 2.0

_changed = threading.Condition()  # the hold ended, or a piece of work became wanted
_held = False  # the user is being served (GUI thread: hold, release)
_local = threading.local()  # this thread's deferrable work (a Work), if any
_pending = 0  # deferrable work made and not done yet, every thread (under _changed)


class Work:
    """A piece of deferrable work, pending from when it is made until it is done (the end of
    its :func:`deferrable` block); :func:`want` it to have it go on."""

    __slots__ = ("_pending", "waited", "wanted")

    def __init__(self) -> None:
        global _pending
        self.wanted = False
        self.waited = 0.0  # seconds waited at checkpoints so far (at most MOST_WAIT_S)
        self._pending = True
        with _changed:
            _pending += 1

    def done(self) -> None:
        global _pending
        with _changed:
            if self._pending:
                self._pending = False
                _pending -= 1


def hold() -> None:
    """The user gave input: deferrable work stops at its next checkpoint (GUI thread)."""
    global _held
    _held = True


def release() -> None:
    """The input is served: deferrable work goes on."""
    global _held
    with _changed:
        _held = False
        _changed.notify_all()


def held() -> bool:
    return _held


def busy() -> bool:
    """Whether deferrable work is pending (a hold would make it wait)."""
    return _pending > 0


def want(work: Work) -> None:
    """Someone waits for ``work``'s result: it gives way no more."""
    with _changed:
        work.wanted = True
        _changed.notify_all()


@contextmanager
def deferrable(work: Work) -> Iterator[Work]:
    """This thread's work in the block gives way to the user at each checkpoint, until
    ``work`` is wanted; ``work`` is done at the block's end."""
    before = getattr(_local, "work", None)
    _local.work = work
    try:
        yield work
    finally:
        _local.work = before
        work.done()


def checkpoint() -> None:
    """Deferrable work waits here while the user is being served (MOST_WAIT_S at most in
    all); any other work passes at once."""
    if not _held:
        return
    work = getattr(_local, "work", None)
    if work is None or work.wanted or work.waited >= MOST_WAIT_S:
        return
    began = time.monotonic()
    with _changed:
        _changed.wait_for(lambda: not _held or work.wanted, MOST_WAIT_S - work.waited)
    work.waited += time.monotonic() - began


def listen(engine: Any) -> None:
    """Every statement ``engine`` sends is a checkpoint (SQLAlchemy's event, any dialect)."""
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", _before_statement)


def _before_statement(*_args: Any) -> None:
    checkpoint()

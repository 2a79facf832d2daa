"""Background work that can wait gives way to the user, in one place.

Python runs one thread at a time (the GIL). At ten times the programme the reads the window
makes ahead after the start (a tab's first view, read before it is clicked) take a few hundred
milliseconds of it, and a click that came meanwhile shared it with them: a tab that opens in
50 ms took 270 (issue #15). So such work runs inside :func:`deferrable`, and while the user
gives input (:func:`hold`, from the window, until :func:`release` or HOLD_MOST_S on) it stops
at its next :func:`checkpoint`: each statement sent (``listen``), each slice of a long fetch, a
backup's step, a slice of a quick_check. It goes on
at once when the work is wanted after all (``wanted``: the clicked tab's own read waits for
it). Work not inside :func:`deferrable` (a tab's own read, a save, a backup) never waits here,
and nothing here ever waits on the GUI thread: only the worker inside ``deferrable`` does.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# the longest a piece of deferrable work waits in all, whatever the window does: a user who
# types on for minutes delays the day's backup by this much at most, never for ever
MOST_WAIT_S = 2.0
# a hold not released (the window that held went away) ends by itself this long after it began
HOLD_MOST_S = 1.0

_changed = threading.Condition()  # the hold ended, or a piece of work became wanted
_held_until = 0.0  # the user is being served until then (time.monotonic; GUI thread: hold)
_local = threading.local()  # this thread's deferrable work (a Work), if any
# the deferrable work made and not done yet: weakly, so that work dropped unfinished (its window
# deleted before its next step) is not pending for ever (under _changed)
_pending: weakref.WeakSet[Work] = weakref.WeakSet()


class Work:
    """A piece of deferrable work, pending from when it is made until it is done (the end of
    its :func:`deferrable` block) or dropped; :func:`want` it to have it go on."""

    __slots__ = ("__weakref__", "waited", "wanted")

    def __init__(self) -> None:
        self.wanted = False
        self.waited = 0.0  # seconds waited at checkpoints so far (at most MOST_WAIT_S)
        with _changed:
            _pending.add(self)

    def done(self) -> None:
        with _changed:
            _pending.discard(self)


def hold(seconds: float = HOLD_MOST_S) -> None:
    """The user gave input: deferrable work stops at its next checkpoint until
    :func:`release`, or ``seconds`` on (GUI thread)."""
    global _held_until
    _held_until = max(_held_until, time.monotonic() + seconds)


def release() -> None:
    """The input is served: deferrable work goes on."""
    global _held_until
    with _changed:
        _held_until = 0.0
        _changed.notify_all()


def held() -> bool:
    return time.monotonic() < _held_until


def busy() -> bool:
    """Whether deferrable work is pending (a hold would make it wait)."""
    with _changed:
        return len(_pending) > 0


def want(work: Work) -> None:
    """Someone waits for ``work``'s result: it gives way no more."""
    with _changed:
        work.wanted = True
        _changed.notify_all()


def want_every() -> None:
    """Someone waits for whatever deferrable work is pending (a lock it holds): it all goes on."""
    with _changed:
        for work in _pending:
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
    if not held():
        return
    work = getattr(_local, "work", None)
    if work is None or work.wanted or work.waited >= MOST_WAIT_S:
        return
    began = time.monotonic()
    with _changed:
        while not work.wanted:
            now = time.monotonic()
            left = min(_held_until - now, MOST_WAIT_S - work.waited - (now - began))
            if left <= 0:
                break
            _changed.wait(left)
    work.waited += time.monotonic() - began


def listen(engine: Any) -> None:
    """Every statement ``engine`` sends is a checkpoint (SQLAlchemy's event, any dialect)."""
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", _before_statement)


def _before_statement(*_args: Any) -> None:
    checkpoint()

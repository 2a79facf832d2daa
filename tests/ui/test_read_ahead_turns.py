"""The start's reads ahead run in turn in one worker (ui/background_read.py): a tab's first read
waits for its read ahead while it runs (then finds what it read kept), but one whose turn has not
come is dropped and the tab reads at once: waiting for it was waiting for every read before it
too (issue #15: a tab clicked 0.3 s after the first paint at ten times the programme waited
some 100-200 ms for those)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from samordnare_desktop import give_way
from samordnare_desktop.ui import background_read


class _Held(background_read.ReadAhead):
    """A read ahead that reads until its gate opens, and says when it ran."""

    def __init__(self, name: str, ran: list[str]) -> None:
        super().__init__(object())
        self.name, self.ran = name, ran
        self.entered, self.gate = threading.Event(), threading.Event()

    def read(self, services) -> None:
        self.entered.set()
        self.gate.wait(10)
        self.ran.append(self.name)


def _wait_in_a_thread(ahead: _Held) -> threading.Event:
    """``ahead.wait()`` called in a thread of its own; set when it returned."""
    returned = threading.Event()

    def wait() -> None:
        ahead.wait()
        returned.set()

    threading.Thread(target=wait, daemon=True).start()
    return returned


def test_one_whose_turn_has_not_come_is_dropped_and_one_running_is_waited_for(
    qapp, give_way_alone
) -> None:
    ran: list[str] = []
    first, second = _Held("first", ran), _Held("second", ran)
    second.gate.set()
    try:
        background_read.read_in_turn([first, second])
        assert first.entered.wait(10)
        # the second's turn has not come: its waiter goes on at once, without it
        assert _wait_in_a_thread(second).wait(5)
        assert second.done() and not first.done()
        # the first runs: its waiter waits until it is done
        first_waited = _wait_in_a_thread(first)
        assert not first_waited.wait(0.3)
        first.gate.set()
        assert first_waited.wait(10)
        QThreadPool.globalInstance().waitForDone(10_000)
        assert ran == ["first"]  # the second was dropped, never read
        assert not give_way.busy()  # neither is pending any more
    finally:
        first.gate.set()
        QThreadPool.globalInstance().waitForDone(10_000)


class _InParts(background_read.ReadAhead):
    """A read ahead in two parts, the first held until its gate opens."""

    def __init__(self, ran: list[str]) -> None:
        super().__init__(object())
        self.ran = ran
        self.entered, self.gate = threading.Event(), threading.Event()

    def read(self, services):
        self.entered.set()
        self.gate.wait(10)
        self.ran.append("first part")
        yield
        self.ran.append("second part")


def test_one_read_in_parts_ends_with_the_part_it_reads_once_waited_for(
    qapp, give_way_alone
) -> None:
    """The tab waits for the part being read (kept for it), not for those after it (Översikt's
    figures waited ~110 ms for the parts read after them at ten times the programme)."""
    ran: list[str] = []
    ahead = _InParts(ran)
    try:
        background_read.read_in_turn([ahead])
        assert ahead.entered.wait(10)
        waited = _wait_in_a_thread(ahead)
        assert not waited.wait(0.3)  # the part being read is waited for
        ahead.gate.set()
        assert waited.wait(10)
        QThreadPool.globalInstance().waitForDone(10_000)
        assert ran == ["first part"]  # the second never read
    finally:
        ahead.gate.set()
        QThreadPool.globalInstance().waitForDone(10_000)


def test_one_read_in_parts_not_waited_for_reads_every_part(qapp, give_way_alone) -> None:
    ran: list[str] = []
    ahead = _InParts(ran)
    ahead.gate.set()
    background_read.read_in_turn([ahead])
    QThreadPool.globalInstance().waitForDone(10_000)
    assert ran == ["first part", "second part"] and ahead.done()

"""The cyclic garbage collector's holds are counted (samordnare_desktop.collector): one holder's
end never turns it on under another's, from any thread, and a freeze asked for by any holder
happens when the last lets go."""

from __future__ import annotations

import gc
import threading

from samordnare_desktop import collector


def test_the_collector_is_on_again_only_when_the_last_holder_lets_go() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    first = collector.Hold()
    second = collector.Hold()
    assert not gc.isenabled()
    first.release(freeze=True)
    first.release()  # a second release of the same hold: nothing
    assert not gc.isenabled() and gc.get_freeze_count() == frozen  # the other still holds
    second.release()
    assert gc.isenabled() and gc.get_freeze_count() >= frozen  # frozen as the first asked
    gc.unfreeze()


def test_a_thread_that_held_it_first_and_ends_inside_another_hold_leaves_it_off() -> None:
    inside, go_on, done = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:
        with collector.held():
            inside.set()
            go_on.wait(10)
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(10)
    view = collector.Hold()  # the GUI thread's first view begins while the worker reads
    go_on.set()
    done.wait(10)
    thread.join(10)
    assert not gc.isenabled()  # the worker's end left it off: the view still holds it
    view.release()
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off() -> None:
    gc.disable()
    try:
        with collector.held(freeze=False):
            assert not gc.isenabled()
        assert not gc.isenabled()  # not this module's to turn on
    finally:
        gc.enable()

"""No worker runs while the window is torn down at exit (a SIGSEGV at exit, ~1 in 100 starts of
bench/startup.py with Handlingsplaner remembered at 10x).

The probe closed the window in the same pass of the event loop as the tab's paint; the tab's
first read (ui.background_read, started by a zero timer after that paint) then started after
``closeEvent`` had waited for the pool, and still read while the process ended. PySide emits a
signal with the GIL released and deletes the window's C++ objects without it, so the worker's
last emit could run on a deleted object. Now a read (and the deferred start work) that comes
after the close does not start, and ``run_gui`` waits for the pool before the window may go.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from samordnare_desktop import app as app_module
from samordnare_desktop.ui.background_read import BackgroundRead, _AfterPaint


def _reader(parent, arrived: list) -> BackgroundRead:
    return BackgroundRead(parent, arrived.append, lambda: arrived.append("failed"), "the test")


def _pending_start(reader: BackgroundRead) -> _AfterPaint:
    (start,) = reader.findChildren(_AfterPaint)
    return start


def test_a_read_to_start_after_the_paint_does_not_start_once_the_window_closed(
    qtbot, main_window
) -> None:
    page = QWidget(main_window.centralWidget())
    ran: list[str] = []
    reader = _reader(page, [])
    reader.start(lambda: ran.append("read"), after_paint=page)
    main_window.close()  # the paint's zero timer comes after the close, as at the probe's quit
    assert main_window.closed
    _pending_start(reader)._go()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert ran == [] and not reader.active


def test_a_read_to_start_after_the_paint_starts_while_the_window_is_open(
    qtbot, main_window
) -> None:
    page = QWidget(main_window.centralWidget())
    arrived: list = []
    reader = _reader(page, arrived)
    reader.start(lambda: "rows", after_paint=page)
    _pending_start(reader)._go()
    qtbot.waitUntil(lambda: arrived == ["rows"], timeout=10_000)
    assert not main_window.closed and not reader.active


def test_deferred_start_work_does_not_run_once_the_window_closed(qtbot, main_window) -> None:
    qtbot.waitUntil(lambda: main_window.first_paint.tab_painted, timeout=10_000)
    ran: list[str] = []
    main_window.after_first_show(0, lambda: ran.append("open"))
    qtbot.waitUntil(lambda: ran == ["open"], timeout=10_000)
    main_window.after_first_show(0, lambda: ran.append("closed"))
    main_window.close()
    QApplication.processEvents()  # the zero timer runs (and does nothing)
    assert ran == ["open"] and main_window.closed


def test_the_event_loop_ends_with_the_workers_done(qtbot, main_window) -> None:
    """A worker still reading once the window closed and the event loop ended (held here by an
    event, released from another thread a little later): ``run_gui`` returns only once it is
    done, so it never runs while the window's objects are deleted."""
    held = threading.Event()
    done: list[str] = []
    reader = _reader(main_window, [])

    def read() -> str:
        held.wait(30)
        done.append("read")
        return "rows"

    class EventLoop:
        """``app.exec()``'s last pass: the close, then a read started after its wait."""

        def exec(self) -> int:
            main_window.close()  # waits for the pool: nothing is out yet
            reader.start(read)  # started after that wait, as the tab's first read was
            threading.Timer(0.05, held.set).start()
            return 0

    assert app_module._exec_until_workers_done(EventLoop()) == 0
    assert done == ["read"]
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_overview_start_after_paint_does_not_start_once_the_window_closed(
    qtbot, main_window
) -> None:
    from samordnare_desktop.ui.overview import reading

    page = QWidget(main_window.centralWidget())
    ran: list[str] = []
    reading.after_paint(page, lambda: ran.append("read"))
    (start,) = page.findChildren(reading._AfterPaint)
    main_window.close()
    start._start()
    assert ran == []
    reading.after_paint(page, lambda: ran.append("read"))  # open: a standalone widget's window
    (start,) = [c for c in page.findChildren(reading._AfterPaint) if c.work is not None]
    page.setParent(None)
    qtbot.addWidget(page)
    start._start()
    assert ran == ["read"]


def test_visits_first_read_does_not_start_once_the_window_closed(
    qtbot, main_window, monkeypatch
) -> None:
    tab = main_window.tab("visits")
    listed: list[str] = []
    monkeypatch.setattr(tab.list_service, "rows", lambda *a, **k: listed.append("list") or [])
    tab.reading.active = True  # its first read is out, to start after the tab's paint
    main_window.close()
    tab.reading._read_in_worker()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert listed == []

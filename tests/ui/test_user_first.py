"""The user first after the start (issue #15): the start's reads ahead, the day's check and the
idle-time imports give way while the window serves a click or a key (ui/user_first.py,
give_way.py). At ten times the programme a tab clicked while they ran took four times as long
(Kommuner 50 -> 270 ms); the figures are in bench/ and the notes, here what is held and when.
The start also reads ahead in turn, the tab in front first, and Handlingsplaner's overview of
every action even when that tab is the one remembered."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QThreadPool
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from samordnare_desktop import give_way
from samordnare_desktop.ui import background_read, user_first
from samordnare_desktop.ui import main_window as mw
from samordnare_desktop.ui.user_first import InputHold

STILL_MS = 300


pytestmark = pytest.mark.usefixtures("give_way_alone")


@pytest.fixture()
def field(qtbot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def _waiting_worker(work: give_way.Work) -> threading.Event:
    """A worker of ``work`` at a checkpoint; the event is set once it passed."""
    passed = threading.Event()

    def run() -> None:
        with give_way.deferrable(work):
            give_way.checkpoint()
        passed.set()

    threading.Thread(target=run, daemon=True).start()
    return passed


def test_a_key_while_work_is_pending_holds_it_until_the_input_is_served(
    qtbot, field, monkeypatch
) -> None:
    monkeypatch.setattr(user_first, "HOLD_MS", 1_000)  # a slow machine still holds it here
    hold = InputHold(field)
    work = give_way.Work()
    hold.watch()
    qtbot.keyClick(field, "a")
    assert give_way.held()
    passed = _waiting_worker(work)
    qtbot.wait(STILL_MS // 2)
    assert not passed.is_set()  # within HOLD_MS of the key
    qtbot.waitUntil(passed.is_set, timeout=5_000)  # the window was quiet for HOLD_MS
    assert not give_way.held()
    assert field.text() == "a"  # the key itself went on to the field


def test_a_click_holds_too_and_the_watch_ends_with_the_work(qtbot, field) -> None:
    hold = InputHold(field)
    work = give_way.Work()
    hold.watch()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert give_way.held()
    qtbot.waitUntil(lambda: not give_way.held(), timeout=5_000)
    work.done()
    qtbot.keyClick(field, "b")  # an event after the work is done ends the watch
    assert not give_way.held()
    later = give_way.Work()  # pending again, but no longer watched (watch() again starts it)
    QApplication.sendEvent(
        field,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPoint(2, 2),
            field.mapToGlobal(QPoint(2, 2)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert not give_way.held()
    later.done()


def test_input_with_nothing_pending_holds_nothing(qtbot, field) -> None:
    InputHold(field).watch()
    qtbot.keyClick(field, "c")
    assert not give_way.held()


def test_the_pool_has_room_for_reads_waiting_and_a_tabs_own(qtbot, field) -> None:
    InputHold(field).watch()
    assert QThreadPool.globalInstance().maxThreadCount() >= user_first.THREADS


def test_the_idle_time_imports_wait_while_the_user_is_served(qtbot, db_path, monkeypatch):
    from samordnare_desktop.app import build_main_window

    sliced: list[str] = []

    def mapped() -> Iterator[None]:
        sliced.append("mapped")
        yield

    monkeypatch.setattr(mw, "_mapped", mapped)
    window = build_main_window(db_path)  # not shown: its start's work is not scheduled
    qtbot.addWidget(window)
    pending = give_way.Work()
    try:
        give_way.hold()
        window.prepare()
        qtbot.wait(STILL_MS)
        assert sliced == []
        give_way.release()
        qtbot.waitUntil(lambda: sliced == ["mapped"], timeout=5_000)
    finally:
        pending.done()
        window.close()


def _started(monkeypatch) -> list[str]:
    """The tabs whose first view is read ahead, in the order read."""
    order: list[str] = []
    real = background_read.ReadAhead.run

    def run(self) -> None:
        order.append(type(self).__module__.split(".")[-2])
        real(self)

    monkeypatch.setattr(background_read.ReadAhead, "run", run)
    return order


def test_the_start_reads_ahead_in_turn_the_tab_in_front_first(qtbot, db_path, monkeypatch):
    from samordnare_desktop.app import build_main_window

    order = _started(monkeypatch)
    window = build_main_window(db_path)  # not shown: read_ahead is called here
    qtbot.addWidget(window)
    try:
        names = [page.name for page in window.pages]
        window.tabs.setCurrentIndex(names.index("action_plans"))
        window.read_ahead()
        # made one per turn of the event loop (their modules imported in slices): the first
        # now, reading at once; the rest in the next turns
        assert list(window.ctx.read_ahead) == ["action_plans"] and window.starting()
        qtbot.waitUntil(lambda: not window.start_reads.due, timeout=20_000)
        assert list(window.ctx.read_ahead) == ["action_plans", "visits", "overview", "participants"]
        QThreadPool.globalInstance().waitForDone(30_000)
        assert order == ["action_plans", "visits", "overview", "participants"]
        assert not give_way.busy()  # each done
    finally:
        window.close()


def test_handlingsplaner_built_still_has_its_overview_read_ahead(qtbot, db_path, monkeypatch):
    """The remembered Handlingsplaner reads its overview of every action only once its first
    view is in; the start's read serves its mode button (the service keeps it)."""
    from samordnare_desktop.app import build_main_window

    order = _started(monkeypatch)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.select_tab("action_plans")
        tab = window.tab("action_plans")
        qtbot.waitUntil(lambda: not window.starting(), timeout=20_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        assert tab is not None
        assert order[0] == "action_plans" and sorted(order) == [
            "action_plans",
            "overview",
            "participants",
            "visits",
        ]
    finally:
        window.close()

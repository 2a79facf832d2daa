"""Work that can wait gives way to the user (give_way.py, issue #15): a read made ahead, the
day's check and backup stop at their next checkpoint while the window serves a click or a key,
and go on when it is served, or at once when someone waits for them. Other work never waits."""

from __future__ import annotations

import gc
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from samordnare_desktop import give_way
from samordnare_desktop.db import backup, migrate, plain_rows
from samordnare_desktop.db.engine import Database

STILL_S = 0.3  # long enough for a worker that does not wait to have finished


pytestmark = pytest.mark.usefixtures("give_way_alone")


class Worker:
    """``job`` in a thread, inside ``deferrable`` when given a Work."""

    def __init__(self, job: Callable[[], object], work: give_way.Work | None) -> None:
        self.result: object = None
        self.finished = threading.Event()

        def run() -> None:
            if work is None:
                self.result = job()
            else:
                with give_way.deferrable(work):
                    self.result = job()
            self.finished.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def done_within(self, seconds: float) -> bool:
        return self.finished.wait(seconds)


def test_deferrable_work_waits_at_a_checkpoint_until_released() -> None:
    work = give_way.Work()
    assert give_way.busy()
    give_way.hold(60)
    worker = Worker(give_way.checkpoint, work)
    assert not worker.done_within(STILL_S)
    give_way.release()
    assert worker.done_within(5)
    assert not give_way.busy()  # done at the block's end


def test_wanted_work_goes_on_while_held() -> None:
    work = give_way.Work()
    give_way.hold(60)
    worker = Worker(give_way.checkpoint, work)
    assert not worker.done_within(STILL_S)
    give_way.want(work)
    assert worker.done_within(5)
    assert give_way.held()  # the hold is the window's, still on


def test_other_work_never_waits() -> None:
    give_way.hold(60)
    assert Worker(give_way.checkpoint, None).done_within(5)


def test_a_hold_not_released_ends_by_itself(monkeypatch) -> None:
    """The window that held went away before its release: the work goes on HOLD_MOST_S on."""
    give_way.hold(0.2)
    worker = Worker(give_way.checkpoint, give_way.Work())
    assert worker.done_within(5)
    assert not give_way.held()


def test_work_dropped_unfinished_is_not_pending() -> None:
    """A window deleted before its next step of work: nothing stays pending (and watched)."""
    work = give_way.Work()
    assert give_way.busy()
    del work
    gc.collect()
    assert not give_way.busy()


def test_a_hold_never_released_lets_go_after_the_longest_wait(monkeypatch) -> None:
    monkeypatch.setattr(give_way, "MOST_WAIT_S", 0.2)
    give_way.hold(60)
    assert Worker(give_way.checkpoint, give_way.Work()).done_within(5)


def test_the_longest_wait_is_for_the_whole_work_not_each_checkpoint(monkeypatch) -> None:
    """A user who types on for minutes (the window holds throughout) delays the day's backup
    by MOST_WAIT_S in all, not at each of its hundreds of checkpoints."""
    monkeypatch.setattr(give_way, "MOST_WAIT_S", 0.3)
    give_way.hold(60)

    def many() -> int:
        for _ in range(200):
            give_way.checkpoint()
        return 200

    worker = Worker(many, give_way.Work())
    assert worker.done_within(10)  # 200 waits of 0.3 s each would be a minute
    assert worker.result == 200


def test_a_long_plain_read_gives_way_between_slices(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(plain_rows, "SLICE", 10)
    db = Database(tmp_path / "t.sqlite3")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES " + ",".join(f"({n})" for n in range(35)))
    sent: list[str] = []

    def read() -> list:
        with db.engine.connect() as conn:
            rows = plain_rows.plain_rows(conn, "SELECT n FROM t ORDER BY n")
            sent.append("read")
            return rows

    give_way.hold(60)
    work = give_way.Work()
    worker = Worker(read, work)
    assert not worker.done_within(STILL_S)
    give_way.release()
    assert worker.done_within(5)
    assert [r[0] for r in worker.result] == list(range(35))  # every slice, in order
    db.close()


def test_each_slice_of_a_plain_read_is_a_checkpoint(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(plain_rows, "SLICE", 10)
    checked = checkpoints_from(monkeypatch, "plain_rows")
    db = Database(tmp_path / "t.sqlite3")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES " + ",".join(f"({n})" for n in range(35)))
    with db.engine.connect() as conn:
        assert len(plain_rows.plain_rows(conn, "SELECT n FROM t")) == 35
    assert len(checked) == 3  # after 10, 20 and 30 rows
    db.close()


def test_each_statement_is_a_checkpoint(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.sqlite3")

    def read() -> int:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT 41 + 1").scalar_one()

    give_way.hold(60)
    worker = Worker(read, give_way.Work())
    assert not worker.done_within(STILL_S)
    give_way.release()
    assert worker.done_within(5)
    assert worker.result == 42
    db.close()


def checkpoints_from(monkeypatch, function: str) -> list[str]:
    """The checkpoints passed from ``function`` (the real one runs too)."""
    real = give_way.checkpoint
    seen: list[str] = []

    def counted() -> None:
        if sys._getframe(1).f_code.co_name == function:
            seen.append(function)
        real()

    monkeypatch.setattr(give_way, "checkpoint", counted)
    return seen


def _big_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (n INTEGER, s TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", ((n, "x" * 200) for n in range(60_000)))
    conn.commit()
    conn.close()
    return path


def test_the_days_check_gives_way_while_it_checks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(migrate, "CHECK_SLICE_STEPS", 1000)
    path = _big_file(tmp_path / "big.sqlite3")
    give_way.hold(60)
    worker = Worker(lambda: migrate.quick_problems(path), give_way.Work())
    assert not worker.done_within(STILL_S)
    give_way.release()
    assert worker.done_within(10)
    assert worker.result == []  # healthy: the whole check ran


def test_a_backup_gives_way_between_its_steps(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup, "BACKUP_STEP_PAGES", 16)
    path = _big_file(tmp_path / "big.sqlite3")
    target = tmp_path / "copy.sqlite3"
    give_way.hold(60)
    worker = Worker(lambda: backup.copy_database(path, target, sqlite3.connect), give_way.Work())
    assert not worker.done_within(STILL_S)
    give_way.release()
    assert worker.done_within(10)
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*), sum(n) FROM t").fetchone() == (60_000, 1_799_970_000)
    copy.close()


def test_a_backup_not_deferrable_never_waits(tmp_path: Path) -> None:
    """ "Säkerhetskopiera nu" (the user's own) runs through the same steps without waiting."""
    path = _big_file(tmp_path / "big.sqlite3")
    give_way.hold(60)
    worker = Worker(
        lambda: backup.copy_database(path, tmp_path / "copy.sqlite3", sqlite3.connect), None
    )
    assert worker.done_within(10)


def test_the_users_backup_never_waits_for_a_held_days_backup(tmp_path: Path, monkeypatch) -> None:
    """Backups and erasures take turns (backup.exclusive): the user's "Back up now" (or an
    erasure) that waits for the day's backup, held by the user's typing, has it go on at once
    (it waited 4.9 s behind it while the user typed, found by an adversary)."""
    monkeypatch.setattr(give_way, "MOST_WAIT_S", 60.0)
    path = _big_file(tmp_path / "big.sqlite3")
    entered = threading.Event()

    def days() -> str:
        with backup.exclusive(path):
            entered.set()
            give_way.checkpoint()  # held here by the user's input
            return "day's"

    give_way.hold(60)
    day = Worker(days, give_way.Work())
    assert entered.wait(5)
    assert not day.done_within(STILL_S)

    def users() -> str:
        with backup.exclusive(path):
            return "user's"

    user = Worker(users, None)
    assert user.done_within(5) and user.result == "user's"
    assert day.done_within(5) and day.result == "day's"
    assert give_way.held()  # the hold itself is the window's

"""Clicks in the first seconds after the window first paints, at ten times the programme.

Issue #15: a tab clicked in the first seconds of a start shared Python's GIL with the start's
background work (the tabs' first views read ahead, the day's check and backup, the idle-time
imports), and took several times as long as alone (Kommuner 50 -> 295 ms at 1 s). The start's
work now gives way to input (``samordnare_desktop/give_way.py``, ``ui/user_first.py``); this
bench measures what a person who clicks early gets.

Each figure is one fresh process started as a person starts the app (``python
bench/early_clicks.py --child``, which runs ``samordnare_desktop.app.main`` on a copy of the 10x
programme of ``bench/_tenx.py``), with its own settings and log folders and a remembered tab:
Iakttagelser, so that the tabs below are not built yet and are being read ahead (Handlingsplaner
or Besök for the two cases that start there). t0 is the window's first paint
(``MainWindow.first_paint.painted``); at t0 + delay a precise timer gives the case's input:

- municipalities, visits, participants, action_plans, overview: a click on the tab (QTest on
  the tab bar);
- plans_overview: a click on Handlingsplaner, then, as soon as its first view is in, on its
  overview of every action (the figure is the second click's);
- plans_mode: Handlingsplaner remembered, a click on its overview of every action;
- search_visits: Besök remembered, "G" then "ö" typed in its search (the slower key; the first
  counted from the scheduled moment).

A figure runs from the scheduled moment (input given then waits while the GUI thread is busy)
until the tab is built, its ``loading()`` is False and a paint of it was seen after that. Beside
it, two floors measured afterwards in the same process: a repaint of the window and a
primary-key select. Modes: ``daily`` (every start is the day's first: the backups folder is
removed before each, so the day's check and backup run meanwhile) and ``plain`` (today's backup
exists). Prints per case and delay the median and the worst of the runs, the floors, and OVER
where the median is 100 ms or more (the issue's goal).

``python bench/early_clicks.py [runs] [--delays 500,1000] [--cases a,b] [--mode daily|plain]``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TABS = ("municipalities", "visits", "participants", "action_plans", "overview")
CASES = (*TABS, "plans_overview", "plans_mode", "search_visits")
REMEMBERED = {"plans_mode": "action_plans", "search_visits": "visits"}  # else "findings"
GOAL_MS = 100.0
WAIT_S = 20.0  # the longest wait for one view to be in
CHILD_TIMEOUT_S = 90
_PROBES: list[_Probe] = []  # the child's probe of its window


# --- the child: one start through the real main() -----------------------------------------------
def child(db: str, case: str, delay_ms: int) -> None:
    """Start the app on ``db``, give ``case``'s input ``delay_ms`` after the first paint, print
    ``RESULT {json}`` and exit at once (the parent tidies the file)."""
    import samordnare_desktop.app as app_mod  # its imports as main's own (no Qt yet)

    out: dict[str, Any] = {"case": case, "delay_ms": delay_ms}
    build = app_mod.build_main_window

    def build_and_watch(*args: Any, **kwargs: Any) -> Any:
        window = build(*args, **kwargs)
        _PROBES.append(_Probe(window, case, delay_ms, out))  # kept: its filter and timers live
        return window

    app_mod.build_main_window = build_and_watch  # the window main() builds, before it shows
    app_mod.main(["--db", db])
    out.setdefault("error", "main returned")
    _finish(out)


def _finish(out: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(out), flush=True)
    os._exit(0)


class _Probe:
    """Watches one window: schedules the input at first paint + delay, times it, then the
    floors, then ends the process."""

    def __init__(self, window: Any, case: str, delay_ms: int, out: dict[str, Any]) -> None:
        from PySide6.QtWidgets import QApplication

        self.window = window
        self.case = case
        self.delay_ms = delay_ms
        self.out = out
        self.app = QApplication.instance()
        self.paints = _paint_watch()
        self.app.installEventFilter(self.paints)
        window.first_paint.painted.connect(self._painted)

    def _painted(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        scheduled = time.perf_counter() + self.delay_ms / 1000
        self.timer = QTimer(self.window)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self._act(scheduled))
        self.timer.start(self.delay_ms)
        QTimer.singleShot(int(WAIT_S * 1000) + self.delay_ms + 10_000, self._timed_out)

    def _timed_out(self) -> None:
        self.out.setdefault("error", "no result in time")
        _finish(self.out)

    def _act(self, scheduled: float) -> None:
        fired = time.perf_counter()
        self.out["late_ms"] = round((fired - scheduled) * 1000, 1)
        try:
            figures = getattr(self, "_" + self.case)(scheduled, fired)
            self.out.update({key: round(value, 1) for key, value in figures.items()})
        except Exception as exc:  # said in the result; the bench goes on
            import traceback

            traceback.print_exc()
            self.out["error"] = repr(exc)
        self.out["floor_repaint_ms"], self.out["floor_pk_ms"] = self._floors()
        _finish(self.out)

    # the cases: each returns its figures, "user_ms" the one judged
    def _tab(self, name: str, scheduled: float, fired: float) -> dict[str, float]:
        page, ready = self._tab_ready(name)
        self._click_tab(name)
        done = self._wait_done(page, ready, fired)
        return {"user_ms": (done - scheduled) * 1000}

    def _municipalities(self, scheduled: float, fired: float) -> dict[str, float]:
        return self._tab("municipalities", scheduled, fired)

    def _visits(self, scheduled: float, fired: float) -> dict[str, float]:
        return self._tab("visits", scheduled, fired)

    def _participants(self, scheduled: float, fired: float) -> dict[str, float]:
        return self._tab("participants", scheduled, fired)

    def _action_plans(self, scheduled: float, fired: float) -> dict[str, float]:
        return self._tab("action_plans", scheduled, fired)

    def _overview(self, scheduled: float, fired: float) -> dict[str, float]:
        return self._tab("overview", scheduled, fired)

    def _plans_overview(self, scheduled: float, fired: float) -> dict[str, float]:
        tab_ms = self._tab("action_plans", scheduled, fired)["user_ms"]
        clicked = time.perf_counter()
        done = self._overview_button(clicked)
        return {"user_ms": (done - clicked) * 1000, "tab_ms": tab_ms}

    def _plans_mode(self, scheduled: float, fired: float) -> dict[str, float]:
        return {"user_ms": (self._overview_button(fired) - scheduled) * 1000}

    def _search_visits(self, scheduled: float, fired: float) -> dict[str, float]:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        page = self.window._page("visits")
        search = self.window.tab("visits").search
        search.setFocus()
        keys = []
        for typed in "Gö":
            start = time.perf_counter()
            if typed.isascii():
                QTest.keyClick(search, typed)
            else:  # QTest types ASCII only: the key's text, as a keyboard layout gives it
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, typed
                    )
                    QApplication.sendEvent(search, event)
            done = self._wait_done(page, lambda: True, start)
            keys.append((done - (scheduled if not keys else start)) * 1000)
        return {"user_ms": max(keys)}

    # the window
    def _tab_ready(self, name: str) -> tuple[Any, Callable[[], bool]]:
        page = self.window._page(name)

        def ready() -> bool:
            if not page.built:
                return False
            loading = getattr(page.widget, "loading", None)
            return loading is None or not loading()

        return page, ready

    def _click_tab(self, name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        tabs = self.window.tabs
        bar = tabs.tabBar()
        at = bar.tabRect(tabs.indexOf(self.window._page(name))).center()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)

    def _overview_button(self, since: float) -> float:
        """Click Handlingsplaner's overview of every action; when its rows were painted."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        tab = self.window.tab("action_plans")
        QTest.mouseClick(tab.mode_overview, Qt.MouseButton.LeftButton)
        return self._wait_done(
            self.window._page("action_plans"),
            lambda: not tab.loading() and tab.overview_page.overview_proxy.rowCount() > 0,
            since,
        )

    def _wait_done(self, page: Any, ready: Callable[[], bool], since: float) -> float:
        """Run the event loop until ``page`` (or a widget in it) was painted with ``ready()``
        true, after ``since``; that moment's next loop pass."""
        self.paints.watch(page, ready)
        end = time.perf_counter() + WAIT_S
        while True:
            self.app.processEvents()
            if self.paints.ready_at is not None and self.paints.ready_at >= since:
                return time.perf_counter()
            if time.perf_counter() > end:
                raise TimeoutError(f"{page.name} not in after {WAIT_S:.0f} s")
            time.sleep(0.0003)

    def _floors(self) -> tuple[float, float]:
        """Medians of 15 window repaints and 15 primary-key selects (ms), in this process."""
        from sqlalchemy import select

        from samordnare_desktop.domain.visit import Visit

        db = self.window.session.services.db
        with db.read() as session:
            visit = session.execute(select(Visit.id).limit(1)).scalar_one()
        repaints, selects = [], []
        for _ in range(15):
            start = time.perf_counter()
            with db.read() as session:
                session.execute(select(Visit.id, Visit.day).where(Visit.id == visit)).one()
            selects.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            self.window.repaint()
            repaints.append((time.perf_counter() - start) * 1000)
        return round(statistics.median(repaints), 2), round(statistics.median(selects), 2)


def _paint_watch() -> Any:
    """An application event filter noting when a watched page (or a widget in it) is painted
    while its ``ready()`` holds (made here: Qt is imported by main() first)."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.page: Any = None
            self.ready: Callable[[], bool] = lambda: False
            self.ready_at: float | None = None

        def watch(self, page: Any, ready: Callable[[], bool]) -> None:
            self.page, self.ready, self.ready_at = page, ready, None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            page = self.page
            if (
                page is not None
                and event.type() == QEvent.Type.Paint
                and (watched is page or (watched.isWidgetType() and page.isAncestorOf(watched)))
                and self.ready()
            ):
                self.ready_at = time.perf_counter()
            return False

    return PaintWatch()


# --- the parent: a fresh start per figure --------------------------------------------------------
def remember(folder: Path, tab: str) -> None:
    """The settings of ``folder``'s starts: Swedish, ``tab`` the last tab shown."""
    ini = folder / "config" / "Samordnare" / "SamordnareDesktop.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[General]\nlanguage=sv\n\n[mainwindow]\ntab={tab}\n", encoding="utf-8")


def env_for(folder: Path) -> dict[str, str]:
    """A child's environment: this checkout, offscreen, ``folder``'s settings and log, bytecode
    read as an installed app reads it."""
    from _tenx import with_bytecode

    return with_bytecode(
        {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "SAMORDNARE_LOG_DIR": str(folder / "log"),
        }
    )


def tidy(db: Path, daily: bool) -> None:
    """After a child's exit: its WAL checkpointed (the next start finds no crash to check); in
    daily mode today's backup removed (the next start is the day's first again)."""
    connection = sqlite3.connect(str(db))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    marker = db.with_name(db.name + ".needs-check")
    if marker.exists():
        print("warning: a start left the needs-check marker", file=sys.stderr, flush=True)
        marker.unlink()
    if daily:
        from samordnare_desktop.paths import backup_dir_for

        shutil.rmtree(backup_dir_for(db), ignore_errors=True)


def run_child(db: Path, folder: Path, case: str, delay_ms: int) -> dict[str, Any]:
    """One start's result (``error`` said when it failed)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(db), case]
    try:
        done = subprocess.run(
            [*command, str(delay_ms)],
            env=env_for(folder),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"no result within {CHILD_TIMEOUT_S} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    result = json.loads(lines[0][len("RESULT ") :]) if lines else {"error": "no result"}
    if "error" in result:
        result["stderr"] = done.stderr[-2000:]
    return result


def take_todays_backup(db: Path, folder: Path) -> None:
    """One start that does the day's check and backup, so that no timed start is the day's
    first (plain mode)."""
    remember(folder, "findings")
    code = f"from samordnare_desktop.app import main; main(['--db', {str(db)!r}, '--quit-after-ms', '4000'])"
    subprocess.run(
        [sys.executable, "-c", code],
        env=env_for(folder),
        cwd=ROOT,
        capture_output=True,
        timeout=CHILD_TIMEOUT_S,
    )
    from samordnare_desktop.paths import backup_dir_for

    if not any(backup_dir_for(db).glob("*")):
        print("warning: no backup of today: the starts are the day's first", file=sys.stderr)


def measure(
    runs: int, cases: list[str], delays: list[int], mode: str
) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """Every case at every delay, ``runs`` times (run by run, so a slow spell of the machine
    spreads over the cases), each a fresh start on one copy of the 10x programme."""
    from _tenx import tenx_copy

    results: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    daily = mode == "daily"
    with tempfile.TemporaryDirectory(prefix="early-clicks-") as name:
        folder = Path(name)
        db = tenx_copy(folder)
        if not daily:
            take_todays_backup(db, folder)
        tidy(db, daily)
        for run in range(runs):
            for case in cases:
                for delay in delays:
                    remember(folder, REMEMBERED.get(case, "findings"))
                    load = os.getloadavg()[0]
                    result = run_child(db, folder, case, delay)
                    tidy(db, daily)
                    result["load"] = load
                    if "error" in result:
                        print(
                            f"run {run} {case} at {delay} ms: {result['error']}\n"
                            f"{result.get('stderr', '')}",
                            file=sys.stderr,
                            flush=True,
                        )
                    results[(case, delay)].append(result)
    return results


def report(results: dict[tuple[str, int], list[dict[str, Any]]], mode: str) -> int:
    """One line per case and delay; the number of starts that failed."""
    print(
        f"{'click at 10x (' + mode + ' start)':<32} {'median':>9} {'worst':>9}"
        f" {'floors: repaint':>16} {'pk select':>10} {'load':>5}  goal < {GOAL_MS:.0f} ms"
    )
    failed = 0
    for (case, delay), rows in results.items():
        done = [row for row in rows if "user_ms" in row and "error" not in row]
        failed += len(rows) - len(done)
        label = f"{case} at {delay} ms"
        if not done:
            print(f"{label:<32} every start failed")
            continue
        times = [row["user_ms"] for row in done]
        median = statistics.median(times)
        repaint = statistics.median(row["floor_repaint_ms"] for row in done)
        select = statistics.median(row["floor_pk_ms"] for row in done)
        load = max(row["load"] for row in done)
        extra = f" ({len(rows) - len(done)} failed)" if len(done) < len(rows) else ""
        if case == "plans_overview":
            extra += f" (tab click median {statistics.median(r['tab_ms'] for r in done):.0f} ms)"
        print(
            f"{label:<32} {median:>6.1f} ms {max(times):>6.1f} ms {repaint:>13.2f} ms"
            f" {select:>7.2f} ms {load:>5.2f}  {'OVER' if median >= GOAL_MS else 'ok'}{extra}"
        )
    return failed


def _names(text: str, allowed: tuple[str, ...]) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown: {', '.join(unknown)}; known: {', '.join(allowed)}"
        )
    return names


def _delays(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("delays are whole milliseconds, e.g. 500,1000") from exc


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2], int(argv[3]))
        return 1  # not reached: the child ends itself
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=3, help="starts per case and delay")
    parser.add_argument(
        "--delays", type=_delays, default=[500, 1000], help="ms after the first paint (500,1000)"
    )
    parser.add_argument(
        "--cases", type=lambda text: _names(text, CASES), default=list(CASES), help="comma list"
    )
    parser.add_argument("--mode", choices=("daily", "plain"), default="daily")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load = os.getloadavg()
    results = measure(args.runs, args.cases, args.delays, args.mode)
    failed = report(results, args.mode)
    print(
        f"{args.runs} runs, {sum(len(rows) for rows in results.values())} starts in "
        f"{time.perf_counter() - started:.0f} s; load (1, 5, 15 min) before "
        f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, after "
        + " ".join(f"{value:.2f}" for value in os.getloadavg())
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

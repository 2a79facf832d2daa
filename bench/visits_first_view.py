"""The Besök tab's first view at ten times the programme, taken apart (issue #15).

Each run builds a new window with another tab in front, then selects Besök and processes events
until its rows are painted and then until all of the first view is in (as
``tenx_interactions.py``'s "first view of visits"). Printed per run: the wall time until the
tab is in front, until its rows are shown and until all is in, the process's CPU until the rows
are shown, the GUI thread's own CPU and the rest (the worker's). Then the worker's read alone,
on this thread: ``visit_list.rows()`` and ``visits.warnings()`` (computed once the rows are
painted). ``--profile`` prints cProfile's top functions of the GUI thread's part.

``python bench/visits_first_view.py [runs] [--profile]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _tenx import tenx_copy  # noqa: E402
from tenx_interactions import rows_painted  # noqa: E402


def _settle(app) -> None:
    app.processEvents()
    app.processEvents()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    profile = "--profile" in sys.argv
    runs = int(args[0]) if args else 7
    folder = Path(tempfile.mkdtemp(prefix="bench-visits-first-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["SAMORDNARE_LOG_DIR"] = str(folder / "log")
    db = tenx_copy(folder)

    from PySide6.QtCore import QThreadPool

    from samordnare_desktop.app import _gui_app, build_main_window

    app = _gui_app("sv")
    figures: dict[str, list[float]] = {}

    def keep(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    for _ in range(runs):
        window = build_main_window(db)
        window.resize(1280, 820)
        window.tabs.setCurrentWidget(window._page("municipalities"))
        window.show()
        _settle(app)
        shown = getattr(window.current_tab(), "loading", None)
        while shown is not None and shown():  # its read in a worker is not Besök's
            app.processEvents()
            time.sleep(0.001)
        # nor is the start's deferred work, its reads in workers included (tenx_interactions.py)
        while window.starting() or QThreadPool.globalInstance().activeThreadCount():
            app.processEvents()
            time.sleep(0.001)
        _settle(app)
        start = time.perf_counter()
        cpu = time.process_time()
        gui = time.thread_time()
        if profiler is not None:
            profiler.enable()
        window.select_tab("visits")
        tab = window.tab("visits")
        watch = rows_painted(tab.table.viewport(), tab.model)
        _settle(app)
        keep("in front (wall)", (time.perf_counter() - start) * 1000)
        gui_to_rows = None  # the GUI thread's CPU until the rows are shown
        while tab.loading():
            app.processEvents()
            watch.turned()
            if watch.shown is not None and gui_to_rows is None:
                gui_to_rows = time.thread_time() - gui
            time.sleep(0.0005)
        _settle(app)
        watch.turned()
        if gui_to_rows is None:
            gui_to_rows = time.thread_time() - gui
        if profiler is not None:
            profiler.disable()
        keep("all in (wall)", (time.perf_counter() - start) * 1000)
        keep("CPU all in (process)", (time.process_time() - cpu) * 1000)
        shown, shown_cpu = watch.shown
        keep("rows shown (wall)", (shown - start) * 1000)
        keep("CPU to rows (process)", (shown_cpu - cpu) * 1000)
        keep("CPU to rows (GUI)", gui_to_rows * 1000)
        keep("CPU to rows (worker)", (shown_cpu - cpu - gui_to_rows) * 1000)
        assert tab.model.rowCount() > 4000, tab.model.rowCount()
        window.close()
        _settle(app)
        window.deleteLater()
        _settle(app)

    services = window.session.services
    for _ in range(runs):
        started = time.thread_time()
        rows = services.visit_list.rows()  # the list's rows, as the worker reads them
        read = time.thread_time()
        services.visits.warnings(rows)
        keep("worker: rows() CPU", (read - started) * 1000)
        keep("worker: warnings() CPU", (time.thread_time() - read) * 1000)
    for name, values in figures.items():
        print(
            f"{name:24s} median {statistics.median(values):7.1f} ms   "
            + " ".join(f"{v:.0f}" for v in values)
        )
    if profiler is not None:
        import pstats

        pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
    for child in sorted(folder.rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Översikt's first view at ten times the programme, taken apart (issue #15).

Each run builds a new window with another tab in front, then selects Översikt and processes
events until every part of its figures is in (as ``tenx_interactions.py``'s "first view of
overview"). Printed per run: the wall time until the tab is in front, until its first figures
are painted (the tiles, the chart and the tables on top), until each part is in
(``reading_parts()``: figures, due, rest) and until every figure shows; the process's CPU and
the GUI thread's own CPU until every figure shows.

``python bench/overview_first_view.py [runs]``.
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
from tenx_interactions import first_part_watch  # noqa: E402


def _settle(app) -> None:
    app.processEvents()
    app.processEvents()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 7
    folder = Path(tempfile.mkdtemp(prefix="bench-overview-first-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["SAMORDNARE_LOG_DIR"] = str(folder / "log")
    db = tenx_copy(folder)

    from samordnare_desktop.app import _gui_app, build_main_window

    app = _gui_app("sv")
    figures: dict[str, list[float]] = {}

    def keep(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    for _ in range(runs):
        window = build_main_window(db)
        window.resize(1280, 820)
        window.tabs.setCurrentWidget(window._page("municipalities"))
        window.show()
        _settle(app)
        shown = getattr(window.current_tab(), "loading", None)
        while shown is not None and shown():  # its read in a worker is not Översikt's
            app.processEvents()
            time.sleep(0.001)
        _settle(app)
        start = time.perf_counter()
        cpu = time.process_time()
        gui = time.thread_time()
        window.select_tab("overview")
        tab = window.tab("overview")
        parted = hasattr(tab, "reading_parts")  # (a version that shows every figure at once)
        watch = first_part_watch("overview", tab) if parted else None
        _settle(app)
        keep("in front (wall)", (time.perf_counter() - start) * 1000)
        parts = set(tab.reading_parts()) if parted else set()
        while tab.loading():
            app.processEvents()
            if parted:
                watch.turned()
                for part in parts - set(tab.reading_parts()):
                    keep(f"part {part} in (wall)", (time.perf_counter() - start) * 1000)
                parts = set(tab.reading_parts())
            time.sleep(0.0005)
        _settle(app)
        if parted:
            watch.turned()
            keep("first figures shown (wall)", (watch.shown[0] - start) * 1000)
        keep("every figure shown (wall)", (time.perf_counter() - start) * 1000)
        keep("CPU (process)", (time.process_time() - cpu) * 1000)
        keep("CPU (GUI thread)", (time.thread_time() - gui) * 1000)
        window.close()
        _settle(app)
        window.deleteLater()
        _settle(app)

    for name, values in figures.items():
        print(
            f"{name:28s} median {statistics.median(values):7.1f} ms   "
            + " ".join(f"{v:.0f}" for v in values)
        )
    for child in sorted(folder.rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

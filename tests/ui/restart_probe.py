"""Run as a program (not a test module): start the app for real (``main.py``) in this fresh
process and, once its window is shown and its remembered tab built, do PHASE's part, print what
it saw as JSON and close the window as the user does. ``tests/ui/test_restart_view_state.py``
runs it twice, the second run a restart of the first.

    python -m tests.ui.restart_probe set|read DB     (XDG_CONFIG_HOME: a private folder)

set:  the window at 1000x650 (40,30), Besök's list sorted on Kommun descending, its Kommun column
      widened, the list/form splitter moved; then the Handlingsplaner tab in front.
read: what the restarted window shows (Besök built now, on its first show).
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
MUNICIPALITY = 3  # Besök's Kommun column (ui.visits.columns)


def _window():
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"), None
    )


def _settle() -> None:
    for _ in range(5):  # posted layouts, resizes and zero-timers done
        QApplication.processEvents()


def _seen(window) -> dict:
    visits = window.tab("visits")
    header = visits.table.horizontalHeader()
    geometry = window.geometry()
    return {
        "geom": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "sort": [header.sortIndicatorSection(), header.sortIndicatorOrder().value],
        "first_municipality": visits.model.rows()[0].municipality_name
        if visits.model.rows()
        else None,
        "kommun_width": header.sectionSize(MUNICIPALITY),
        "splitter": visits.splitter.sizes(),
        "columns_shown": [not header.isSectionHidden(c) for c in range(header.count())],
    }


def act(phase: str) -> None:
    window = _window()
    # once shown, its remembered tab built and the start's deferred work done (ui.first_paint)
    if window is None or not window.isVisible() or window.starting():
        QTimer.singleShot(20, lambda: act(phase))
        return
    out: dict = {"tab": getattr(window.current_tab(), "objectName", lambda: None)()}
    if phase == "set":
        window.showNormal()
        window.setGeometry(40, 30, 1000, 650)
        window.select_tab("visits")
        _settle()
        visits = window.tab("visits")
        visits.table.sortByColumn(MUNICIPALITY, Qt.SortOrder.DescendingOrder)
        visits.table.horizontalHeader().resizeSection(MUNICIPALITY, 240)
        visits.splitter.setSizes([620, 360])
        _settle()
        out.update(_seen(window))
        window.select_tab("action_plans")
    else:
        window.select_tab("visits")
        _settle()
        out.update(_seen(window))
    print(json.dumps(out), flush=True)
    window.close()


def main() -> None:
    phase, db = sys.argv[1], sys.argv[2]
    exec_ = QApplication.exec

    def run(*_args):  # QApplication.exec is static: called without an instance
        QTimer.singleShot(0, lambda: act(phase))
        return exec_()

    QApplication.exec = run
    sys.argv = ["main.py", "--db", db]
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")


if __name__ == "__main__":
    main()

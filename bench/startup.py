"""Start-up benchmark: process start -> main window shown with its 290 rows (offscreen).

The clock stops when the script reports the window shown (closing is not start-up).

Beside it, in the same run, the floor the issue names: a bare PySide6 QMainWindow that also
imports SQLAlchemy's ORM and runs one query. Also one search keystroke over the 290 rows.
Prints medians; run with ``python bench/startup.py [runs]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

APP = """
import sys, time
from pathlib import Path
from samordnare_desktop.app import _gui_app, build_main_window
app = _gui_app("sv")
w = build_main_window(Path(sys.argv[1]))
w.show()
app.processEvents()
assert w.tab("municipalities").proxy.rowCount() == 290
print("shown", flush=True)
w.close()
"""

FLOOR = """
import sqlite3, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
app = QApplication([])
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as s:
    s.execute(text("SELECT count(*) FROM municipality")).scalar()
w = QMainWindow(); w.show(); app.processEvents()
print("shown", flush=True)
"""


def time_script(source: str, db: Path, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, "-c", source, str(db)],
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        ) as process:
            assert process.stdout is not None
            line = process.stdout.readline()  # the moment the window is shown, not the exit
            samples.append(time.perf_counter() - start)
            process.communicate()
        if line.strip() != "shown" or process.returncode != 0:
            raise SystemExit(f"benchmark script failed: {line!r}, exit {process.returncode}")
    return statistics.median(samples)


def keystroke_ms(db: Path) -> float:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from samordnare_desktop.app import _gui_app, build_main_window

    app = _gui_app("sv")
    window = build_main_window(db)
    tab = window.tab("municipalities")
    samples = []
    for text in ["m", "mj", "mjö", "mjöl", "k", "ka", "kal", "", "0", "05", "058", ""] * 10:
        start = time.perf_counter()
        tab.search.setText(text)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    window.close()
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        subprocess.run(
            [sys.executable, "-c", APP, str(db)], env=ENV, check=True, capture_output=True, cwd=ROOT
        )
        app = time_script(APP, db, runs)
        floor = time_script(FLOOR, db, runs)
        key = keystroke_ms(db)
    print(f"startup to window with 290 rows: median {app:.3f} s over {runs} runs")
    print(f"floor (bare QMainWindow + SQLAlchemy ORM + one query): median {floor:.3f} s")
    print(f"ratio: {app / floor:.2f}x (goal <= 1.3x)")
    print(f"search keystroke over 290 rows: median {key:.2f} ms (goal < 5 ms)")


if __name__ == "__main__":
    main()

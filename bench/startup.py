"""Start-up benchmark through the real ``main()``: process start -> window shown with the
remembered tab built and painted (offscreen), at the demo size and at ten times the programme,
with each tab remembered as the last tab.

``main.py --db PATH`` runs as a person starts it (logging, settings, encryption check, daily
backup, restored state); ``SAMORDNARE_STARTUP_PROBE=1`` makes it print "shown" once the window
and its remembered tab are on screen, and quit. A first run per database does the day's backup
and check, as the first start of a day would; the timed runs after it are ordinary starts.

Beside it, in the same run, the floor the issue names: a bare PySide6 QMainWindow that imports
SQLAlchemy's ORM first (as the app does) and runs one query. Also one search keystroke over the
290 municipalities. Prints medians; ``python bench/startup.py [runs]``.
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
sys.path.insert(0, str(ROOT / "bench"))
TABS = ("municipalities", "visits", "participants", "action_plans", "overview")

FLOOR = """
import sys
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as s:
    s.execute(text("SELECT count(*) FROM municipality")).scalar()
w = QMainWindow(); w.show(); app.processEvents()
import time
print(f"shown {time.process_time():.4f}", flush=True)
"""


def _env(folder: Path) -> dict[str, str]:
    from _tenx import with_bytecode

    return with_bytecode(
        {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "SAMORDNARE_LOG_DIR": str(folder / "log"),
            "SAMORDNARE_STARTUP_PROBE": "1",
        }
    )


def remember_tab(folder: Path, tab: str) -> None:
    ini = folder / "config" / "Samordnare" / "SamordnareDesktop.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[General]\nlanguage=sv\n\n[mainwindow]\ntab={tab}\n", encoding="utf-8")


CPU: dict[str, float] = {}  # the last time_command's median CPU seconds to "shown"


def time_command(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall seconds from process start to "shown" (and the CPU seconds the process
    reported with it, median, in ``CPU["last"]``)."""
    samples = []
    cpu = []
    for _ in range(runs):
        start = time.perf_counter()
        with subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        ) as process:
            assert process.stdout is not None
            line = process.stdout.readline()  # the moment the window is shown, not the exit
            samples.append(time.perf_counter() - start)
            _out, err = process.communicate()
        words = line.split()
        if words[:1] != ["shown"] or process.returncode != 0:
            raise SystemExit(f"start-up failed: {line!r}, exit {process.returncode}\n{err}")
        cpu.append(float(words[1]) if len(words) > 1 else float("nan"))
    CPU["last"] = statistics.median(cpu)
    return statistics.median(samples)


def keystroke_ms(db: Path, folder: Path) -> float:
    os.environ.update({k: v for k, v in _env(folder).items() if k != "SAMORDNARE_STARTUP_PROBE"})
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
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from _tenx import tenx_copy

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = folder / "demo.sqlite3"
        env = _env(folder)
        subprocess.run(
            [sys.executable, "main.py", "--db", str(demo), "demo"],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        big = tenx_copy(folder)
        time_command([sys.executable, "-c", FLOOR, str(big)], env, 1)  # its bytecode written
        floor = time_command([sys.executable, "-c", FLOOR, str(big)], env, runs)
        floor_cpu = [CPU["last"]]
        figures: list[tuple[str, str, float, float]] = []
        for label, db in (("demo", demo), ("10x", big)):
            remember_tab(folder, "municipalities")
            time_command([sys.executable, "main.py", "--db", str(db)], env, 1)  # day's backup
            for tab in TABS:
                remember_tab(folder, tab)
                seconds = time_command([sys.executable, "main.py", "--db", str(db)], env, runs)
                figures.append((label, tab, seconds, CPU["last"]))
                print(f"  {label} {tab}: {seconds:.3f} s ({seconds / floor:.2f}x)", flush=True)
        floor_again = time_command([sys.executable, "-c", FLOOR, str(big)], env, runs)
        floor = statistics.median([floor, floor_again])
        floor_cpu.append(CPU["last"])
        cpu_floor = statistics.median(floor_cpu)
        key = keystroke_ms(demo, folder)
    print(
        f"floor (SQLAlchemy ORM + one query, then a bare QMainWindow): median {floor:.3f} s, "
        f"CPU {cpu_floor:.3f} s"
    )
    print(
        f"start-up through main(), median of {runs}, remembered tab built and painted "
        "(wall clock; CPU time of the process beside it, each against the floor's):"
    )
    for label, tab, seconds, cpu in figures:
        verdict = "ok" if seconds / floor <= 1.3 else "MISS"
        print(
            f"  {label:<5} {tab:<15} {seconds:.3f} s  {seconds / floor:.2f}x  (goal <= 1.3x) "
            f"{verdict}   CPU {cpu:.3f} s  {cpu / cpu_floor:.2f}x"
        )
    print(f"search keystroke over 290 rows: median {key:.2f} ms (goal < 5 ms)")


if __name__ == "__main__":
    main()

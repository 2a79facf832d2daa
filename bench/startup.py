"""Start-up benchmark through the real ``main()``, at the demo size and at ten times the
programme, with each tab remembered as the last tab. Two figures per start, both from process
start (offscreen):

- **window shown**: the window painted (frame, menus, tab bar, status bar, and the remembered
  tab's empty placeholder), before that tab is built;
- **tab ready**: the remembered tab built and painted too.

``main.py --db PATH`` runs as a person starts it (logging, settings, encryption check, daily
backup, restored state); ``SAMORDNARE_STARTUP_PROBE=1`` makes it print "window <cpu>" and then
"ready <cpu>" at those two moments (``app._startup_probe``, on ``ui.first_paint``'s signals), and
quit. A first run per database does the day's backup and check, as the first start of a day
would; the timed runs after it are ordinary starts.

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


CPU: dict[str, float] = {}  # the last time_command's median CPU seconds per moment


def time_command(
    command: list[str], env: dict[str, str], runs: int, moments: tuple[str, ...] = ("shown",)
) -> dict[str, float]:
    """Median wall seconds from process start to each of ``moments`` (the lines the process
    prints, in order, each ``<moment> <its CPU seconds>``); the CPU seconds, median, in
    ``CPU[moment]``."""
    samples: dict[str, list[float]] = {moment: [] for moment in moments}
    cpu: dict[str, list[float]] = {moment: [] for moment in moments}
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
            lines = []
            for moment in moments:
                line = process.stdout.readline()  # the moment itself, not the exit
                samples[moment].append(time.perf_counter() - start)
                lines.append(line)
            _out, err = process.communicate()
        for moment, line in zip(moments, lines, strict=True):
            words = line.split()
            if words[:1] != [moment] or process.returncode != 0:
                raise SystemExit(f"start-up failed: {lines!r}, exit {process.returncode}\n{err}")
            cpu[moment].append(float(words[1]) if len(words) > 1 else float("nan"))
    for moment in moments:
        CPU[moment] = statistics.median(cpu[moment])
    return {moment: statistics.median(samples[moment]) for moment in moments}


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
        floor_command = [sys.executable, "-c", FLOOR, str(big)]
        time_command(floor_command, env, 1)  # its bytecode written
        floor = time_command(floor_command, env, runs)["shown"]
        floor_cpu = [CPU["shown"]]
        app_moments = ("window", "ready")
        figures: list[tuple[str, str, dict[str, float], dict[str, float]]] = []
        for label, db in (("demo", demo), ("10x", big)):
            remember_tab(folder, "municipalities")
            command = [sys.executable, "main.py", "--db", str(db)]
            time_command(command, env, 1, app_moments)  # the day's backup and check
            for tab in TABS:
                remember_tab(folder, tab)
                seconds = time_command(command, env, runs, app_moments)
                figures.append((label, tab, seconds, {m: CPU[m] for m in app_moments}))
                print(
                    f"  {label} {tab}: window shown {seconds['window']:.3f} s "
                    f"({seconds['window'] / floor:.2f}x), tab ready {seconds['ready']:.3f} s "
                    f"({seconds['ready'] / floor:.2f}x)",
                    flush=True,
                )
        floor_again = time_command(floor_command, env, runs)["shown"]
        floor = statistics.median([floor, floor_again])
        floor_cpu.append(CPU["shown"])
        cpu_floor = statistics.median(floor_cpu)
        key = keystroke_ms(demo, folder)
    print(
        f"floor (SQLAlchemy ORM + one query, then a bare QMainWindow): median {floor:.3f} s, "
        f"CPU {cpu_floor:.3f} s"
    )
    print(
        f"start-up through main(), median of {runs}, against the floor (wall clock; the CPU "
        "time of the process beside it, against the floor's CPU time):\n"
        "  window shown = window, menus, tab bar and the remembered tab's placeholder painted, "
        "before that tab is built (goal <= 1.3x)\n"
        "  tab ready    = the remembered tab built and painted too"
    )
    for label, tab, seconds, cpu in figures:
        for moment, name in (("window", "window shown"), ("ready", "tab ready")):
            ratio = seconds[moment] / floor
            verdict = ("ok" if ratio <= 1.3 else "MISS") if moment == "window" else ""
            print(
                f"  {label:<5} {tab:<15} {name:<13} {seconds[moment]:.3f} s  {ratio:.2f}x "
                f"{verdict:<4}  CPU {cpu[moment]:.3f} s  {cpu[moment] / cpu_floor:.2f}x"
            )
    print(f"search keystroke over 290 rows: median {key:.2f} ms (goal < 5 ms)")


if __name__ == "__main__":
    main()

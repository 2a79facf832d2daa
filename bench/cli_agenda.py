"""The agenda PDF from the command line beside a ReportLab hello-world CLI (same run, medians).

``python main.py --db demo.sqlite3 export agenda --kommun K --date D --out a.pdf`` as a person
types it, against two hello worlds: ReportLab's barest (a canvas, one string: the goal's floor)
and one that imports platypus and writes one paragraph (as the app's documents are made; a
slower floor, printed beside it). Goal (issue #15): at most 3x the canvas hello world.
``python bench/cli_agenda.py [runs]``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CANVAS = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
page = canvas.Canvas(sys.argv[1], pagesize=A4)
page.drawString(72, 760, "Hello world")
page.showPage()
page.save()
"""

HELLO = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(
    [Paragraph("Hello world", getSampleStyleSheet()["Normal"])]
)
"""


CPU: dict[str, list[float]] = {}  # each command's CPU seconds (user + system), every run


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], runs: int, key: str = "") -> float:
    """Median wall seconds of ``command``; its CPU seconds go to ``CPU[key]`` (the machine may
    be shared: the wall clock also counts the time other processes had the cores)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        cpu = _children_cpu()
        subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
        samples.append(time.perf_counter() - start)
        if key:
            CPU.setdefault(key, []).append(_children_cpu() - cpu)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sys.path.insert(0, str(ROOT / "bench"))
        from _tenx import with_bytecode

        env = with_bytecode(
            {
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "XDG_CONFIG_HOME": str(folder / "config"),
                "SAMORDNARE_LOG_DIR": str(folder / "log"),
            }
        )
        env.pop("QT_QPA_PLATFORM", None)
        db = folder / "demo.sqlite3"
        subprocess.run(
            [sys.executable, "main.py", "--db", str(db), "demo"],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        listing = subprocess.run(
            [sys.executable, "main.py", "--db", str(db), "list", "visits", "--csv"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout.splitlines()
        # the first visit (after the header): code, name, date; ";" as a Swedish spreadsheet
        code, _name, day = next(line.split(";")[:3] for line in listing[1:] if line[:1].isdigit())
        agenda = [
            sys.executable, "main.py", "--db", str(db), "export", "agenda",
            "--kommun", code, "--date", day, "--out", str(folder / "agenda.pdf"),
        ]  # fmt: skip
        timed(agenda, env, 1)  # the day's first start (backup, check) is not the figure
        canvas = [sys.executable, "-c", CANVAS, str(folder / "canvas.pdf")]
        hello = [sys.executable, "-c", HELLO, str(folder / "hello.pdf")]
        timed(canvas, env, 1), timed(hello, env, 1)  # their bytecode
        floors = {"canvas": [], "hello": []}
        for _ in range(2):  # the floors before and after the app, each its median
            floors["canvas"].append(timed(canvas, env, runs, "canvas"))
            floors["hello"].append(timed(hello, env, runs, "hello"))
            if len(floors["canvas"]) == 1:
                app = timed(agenda, env, runs, "app")
    floor, platypus = (statistics.median(floors[key]) for key in ("canvas", "hello"))
    print(f"ReportLab hello-world CLI, canvas (the floor): median {floor:.3f} s")
    print(f"ReportLab hello-world CLI, platypus paragraph: median {platypus:.3f} s")
    print(f"agenda PDF from the CLI (demo database): median {app:.3f} s")
    verdict = "ok" if app / floor <= 3 else "MISS"
    print(
        f"ratio: {app / floor:.2f}x the canvas floor (goal <= 3x) {verdict}; "
        f"{app / platypus:.2f}x the platypus one"
    )
    cpu = {key: statistics.median(CPU[key]) for key in ("canvas", "hello", "app")}
    print(
        f"CPU: canvas {cpu['canvas'] * 1000:.0f} ms, platypus {cpu['hello'] * 1000:.0f} ms, "
        f"agenda {cpu['app'] * 1000:.0f} ms, ratio {cpu['app'] / cpu['canvas']:.2f}x the canvas"
    )


if __name__ == "__main__":
    main()

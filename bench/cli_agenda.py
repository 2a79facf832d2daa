"""The agenda PDF from the command line beside a ReportLab hello-world CLI (same run, medians).

``python main.py --db demo.sqlite3 export agenda --kommun K --date D --out a.pdf`` as a person
types it, against a script that imports ReportLab's platypus and writes one paragraph. Goal
(issue #15): at most 3x. ``python bench/cli_agenda.py [runs]``.
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
        timed([sys.executable, "-c", HELLO, str(folder / "hello.pdf")], env, 1)  # its bytecode
        hello = timed([sys.executable, "-c", HELLO, str(folder / "hello.pdf")], env, runs, "hello")
        app = timed(agenda, env, runs, "app")
        hello = statistics.median(
            [hello, timed([sys.executable, "-c", HELLO, str(folder / "h.pdf")], env, runs, "hello")]
        )
    print(f"ReportLab hello-world CLI: median {hello:.3f} s")
    print(f"agenda PDF from the CLI (demo database): median {app:.3f} s")
    verdict = "ok" if app / hello <= 3 else "MISS"
    print(f"ratio: {app / hello:.2f}x (goal <= 3x) {verdict}")
    hello_cpu, app_cpu = (statistics.median(CPU[key]) for key in ("hello", "app"))
    print(
        f"CPU: hello world {hello_cpu * 1000:.0f} ms, agenda {app_cpu * 1000:.0f} ms, "
        f"ratio {app_cpu / hello_cpu:.2f}x"
    )


if __name__ == "__main__":
    main()

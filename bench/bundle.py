"""The PyInstaller bundle: its size by part, and its start beside ``python main.py``.

Start = process start until it has shown the main window over a 290-municipality database and
closed it again (``--quit-after-ms 0``; offscreen), for the bundle (``dist/samordnare``, built
by ``make bundle``) and for the source, alternately in the same run. The first start of each is
printed apart (files not yet in the page cache: nearest to a cold start without dropping the
machine's caches), then the median of the rest. ``python bench/bundle.py [runs]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "dist" / "samordnare"
EXE = BUNDLE_DIR / ("samordnare.exe" if sys.platform == "win32" else "samordnare")


def size_by_part(folder: Path) -> tuple[int, list[tuple[str, int]]]:
    """Total bytes, and the biggest parts (Qt libraries, plugins, Python packages, ...)."""
    parts: Counter[str] = Counter()
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(folder).parts
        if rel[0] == "_internal":
            rel = rel[1:]
        if rel[:3] == ("PySide6", "Qt", "lib"):
            key = "PySide6/Qt/lib/" + rel[3].split(".so")[0]
        elif rel[:3] == ("PySide6", "Qt", "plugins"):
            key = "PySide6/Qt/plugins/" + rel[3]
        elif len(rel) > 1:
            key = rel[0] + "/"
        else:
            key = rel[0].split(".so")[0] if ".so" in rel[0] else rel[0]
        parts[key] += size
    return total, parts.most_common(25)


def time_start(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr[-500:]}")
    return elapsed


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not EXE.exists():
        print(f"no bundle at {EXE}: run `make bundle` first (skipped)")
        return 0
    total, parts = size_by_part(BUNDLE_DIR)
    print(f"bundle {BUNDLE_DIR.relative_to(ROOT)}: {total / 2**20:.0f} MiB on disk")
    for name, size in parts:
        print(f"  {size / 2**20:7.1f} MiB  {name}")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SAMORDNARE_"))},
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "SAMORDNARE_LOG_DIR": str(home / "log"),
        }
        db = home / "bench.sqlite3"
        commands = {
            "bundle": [str(EXE), "--db", str(db), "--quit-after-ms", "0"],
            "python main.py": [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                str(db),
                "--quit-after-ms",
                "0",
            ],
        }
        time_start(commands["python main.py"], env)  # creates the database (and the .qm cache)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs + 1):
            for name, command in commands.items():
                samples[name].append(time_start(command, env))
    for name, values in samples.items():
        print(
            f"{name:>15}: first start {values[0]:.2f} s, then median {statistics.median(values[1:]):.2f} s"
            f" over {runs} runs (window shown and closed)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

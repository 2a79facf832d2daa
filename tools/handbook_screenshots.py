"""Regenerate the handbook's screenshots (``make docs``) from the demo, via ``screenshot``.

    python tools/handbook_screenshots.py [--db DEMO.sqlite3]

Without ``--db`` a fresh demo database is made in a temporary folder (``main.py demo``). Each
picture in :data:`SHOTS` is taken with ``main.py screenshot`` at a small laptop's size, then
scaled down and stored with a 256-colour palette, so the committed PNGs stay small
(``resources/handbook/sv/bilder``). ``tests/unit/test_handbook.py`` checks that every picture a
page shows is one of these and exists.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "handbook" / "sv" / "bilder"
SIZE = "1100x700"
WIDTH = 880  # the picture's width in the handbook

# file name -> the screenshot command's tab and municipality (None: the tab as it opens)
SHOTS: dict[str, tuple[str, str | None]] = {
    "kommuner.png": ("municipalities", "0586"),
    "besok.png": ("visits", None),
    "deltagare.png": ("participants", None),
    "handlingsplan.png": ("action_plans", "0586"),
    "oversikt.png": ("overview", None),
}


def _run(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, check=True)


def shrink(path: Path) -> None:
    """Scale to :data:`WIDTH` and store with a palette (a UI picture loses nothing visible)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(str(path))
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    if not image.save(str(path), "PNG", 0):
        raise SystemExit(f"cannot write {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database (default: a new one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="handbook-") as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "SAMORDNARE_LOG_DIR": str(home / "log"),
        }
        db = args.db
        if db is None:
            db = home / "SamordnareDesktop" / "samordnare.sqlite3"
            db.parent.mkdir()
            _run(env, "--db", str(db), "demo")
        OUT.mkdir(parents=True, exist_ok=True)
        for name, (tab, kommun) in SHOTS.items():
            extra = ["--kommun", kommun] if kommun else []
            target = OUT / name
            _run(
                env,
                "--db",
                str(db),
                "screenshot",
                "--tab",
                tab,
                "--size",
                SIZE,
                "--out",
                str(target),
                *extra,
            )
            shrink(target)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

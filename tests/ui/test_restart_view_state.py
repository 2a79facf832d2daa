"""The views inside the window across a real restart: ``main.py`` run twice in fresh processes
(tests/ui/restart_probe.py) on a 1366x768 screen. Besök's sort (Kommun descending), its Kommun
column's width and its list/form splitter come back as they were left, with the window's size,
place and tab (the adversary's case: only the window's own state came back)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _probe(phase: str, db: Path, env: dict[str, str]) -> dict:
    done = _run(["-m", "tests.ui.restart_probe", phase, str(db)], env)
    return json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))


@pytest.mark.timeout(900)
def test_besok_sort_columns_and_splitter_survive_a_restart(tmp_path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalDpiX": 96,
                        "logicalDpiY": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(
        os.environ,
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        SAMORDNARE_LOG_DIR=str(tmp_path / "log"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
    )
    db = tmp_path / "d.sqlite3"
    _run(["main.py", "--db", str(db), "demo"], env)

    left = _probe("set", db, env)
    assert left["sort"] == [3, 1]  # as set: Kommun, descending
    back = _probe("read", db, env)

    assert back["tab"] == "action_plans" and back["geom"] == left["geom"]
    assert back["sort"] == left["sort"], "the sort was forgotten"
    # sorted so, not only marked: the rows stand as Kommun descending puts them
    assert back["first_municipality"] == left["first_municipality"]
    assert back["kommun_width"] == left["kommun_width"] == 240
    assert abs(back["splitter"][0] - left["splitter"][0]) <= 2, (left, back)
    assert all(back["columns_shown"])

"""The window closed while a background job runs (an erasure rewriting every backup): the app
ends once the job is done, and the job's result is not shown over no window (an adversary found
the process left running for good after an erasure's "Person erased" came after the close)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QDialog

from samordnare_desktop.ui.operations import run_in_background

ROOT = Path(__file__).resolve().parents[2]


def test_the_process_ends_when_the_window_closes_during_a_job(tmp_path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        SAMORDNARE_LOG_DIR=str(tmp_path / "log"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.late_result_probe", str(tmp_path / "db.sqlite3")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # it hung for ever
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "result shown" not in done.stdout  # not over a closed window


def test_a_jobs_result_after_the_window_closed_is_not_shown(qtbot, main_window) -> None:
    dialog = QDialog(main_window)
    qtbot.addWidget(dialog)
    release = threading.Event()
    handled: list[object] = []
    run_in_background(dialog, lambda _progress: release.wait(10), handled.append, title="Arbetar…")
    threading.Timer(0.3, release.set).start()
    main_window.close()  # waits for the job
    qtbot.wait(100)  # its result, queued meanwhile, arrives
    assert release.is_set() and handled == []

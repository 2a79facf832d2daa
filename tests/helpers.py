"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from samordnare_desktop.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""


@contextmanager
def lock_held_by_other_process(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the instance lock; on exit it is killed (like a crash)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            yield holder
        finally:
            holder.kill()
            holder.wait()


def type_date(qtbot, edit, text: str) -> None:
    """Type ``text`` into a date field as a person does: select all, type, leave the field."""
    from PySide6.QtCore import Qt

    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()  # leaving the field (focus may not move offscreen)

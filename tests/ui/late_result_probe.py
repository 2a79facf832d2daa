"""A real start (``app.main``) whose window closes while a dialog's background job runs, its
progress shown; the job's result message comes after the close (as an erasure's "Person
erased", found by an adversary: the process then stayed in its event loop with no window).
Run by tests/ui/test_close_during_a_job.py: ``python -m tests.ui.late_result_probe DB``."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from samordnare_desktop import app

_real_exec = app._exec_until_workers_done


def _exec(qapp: QApplication) -> int:
    from samordnare_desktop.ui.operations import run_in_background

    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
    dialog = QDialog(window)

    def done(_result: object) -> None:
        print("result shown", flush=True)
        box = QMessageBox(QMessageBox.Icon.Information, "Klart", "Klart.", parent=dialog)
        QTimer.singleShot(300, box.accept)
        box.exec()

    def start() -> None:
        dialog.show()
        run_in_background(dialog, lambda _progress: time.sleep(1.5), done, title="Arbetar…")
        QTimer.singleShot(700, dialog.reject)  # the dialog closed, its job running
        QTimer.singleShot(800, window.close)  # the window closed, the job's progress shown

    QTimer.singleShot(1500, start)
    return _real_exec(qapp)


if __name__ == "__main__":
    app._exec_until_workers_done = _exec
    sys.exit(app.main(["--db", sys.argv[1]]))

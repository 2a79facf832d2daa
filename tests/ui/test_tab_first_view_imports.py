"""A tab's first view imports what it shows, not its dialogs (issue #15: the remembered tab's
start). What only a button opens is imported when it is pressed; checked in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
import samordnare_desktop.ui.participants.tab
print(json.dumps(sorted(sys.modules)))
"""

# Deltagare: Import…, the PDFs' dialogs and writers, the participant dialog (Add…, Edit…)
ON_A_BUTTON = (
    "samordnare_desktop.ui.participants.import_preview_dialog",
    "samordnare_desktop.services.participant_import",
    "samordnare_desktop.ui.participants.pdf_dialogs",
    "samordnare_desktop.pdf.participants",
    "samordnare_desktop.ui.participants.participant_dialog",
)


def test_the_participants_tab_imports_its_dialogs_when_a_button_is_pressed() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "samordnare_desktop.ui.participants.documents" in modules
    assert sorted(m for m in ON_A_BUTTON if m in modules) == []

"""A tab's first view imports what it shows, not its dialogs (issue #15: the remembered tab's
start). What only a button opens is imported when it is pressed; checked in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from samordnare_desktop.services.startup import open_database

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from pathlib import Path
from samordnare_desktop.app import _gui_app, build_main_window
app = _gui_app("sv")
window = build_main_window(Path(sys.argv[1]))
found = {}
for name in sys.argv[2:]:
    before = set(sys.modules)
    window.tab(name)
    app.processEvents()
    found[name] = sorted(set(sys.modules) - before)
window.close()
print(json.dumps(found))
"""

# Deltagare: Import…, the PDFs' dialogs and writers, the participant dialog (Add…, Edit…)
PARTICIPANTS_ON_A_BUTTON = (
    "samordnare_desktop.ui.participants.import_preview_dialog",
    "samordnare_desktop.services.participant_import",
    "samordnare_desktop.ui.participants.pdf_dialogs",
    "samordnare_desktop.pdf.participants",
    "samordnare_desktop.ui.participants.participant_dialog",
    "samordnare_desktop.services.participant_documents",
)
# Handlingsplaner: the visits service (a follow-up's visits, on the follow-up page)
ACTION_PLANS_ON_A_PAGE = ("samordnare_desktop.services.visits",)
# Besök: the agendas' reader and the PDF documents (the visits service's CLI lookups, the agenda)
VISITS_ON_A_PAGE = ("samordnare_desktop.services.agenda_reader", "samordnare_desktop.pdf.documents")


def _imported(db_path: Path, tmp_path: Path, *tabs: str) -> dict[str, set[str]]:
    """Per tab, the modules its first build (and the events after it) imported."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "SAMORDNARE_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path), *tabs], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {tab: set(modules) for tab, modules in found.items()}


def test_a_tab_first_built_imports_its_dialogs_and_other_pages_later(db_path, tmp_path) -> None:
    """Each tab built first in its own process: what it imported is its own."""
    open_database(db_path, daily_backup=False).close()
    participants = _imported(db_path, tmp_path, "participants")["participants"]
    assert "samordnare_desktop.ui.participants.documents" in participants
    assert sorted(m for m in PARTICIPANTS_ON_A_BUTTON if m in participants) == []
    plans = _imported(db_path, tmp_path, "action_plans")["action_plans"]
    assert "samordnare_desktop.services.action_plans" in plans
    assert sorted(m for m in ACTION_PLANS_ON_A_PAGE if m in plans) == []
    visits = _imported(db_path, tmp_path, "visits")["visits"]
    assert "samordnare_desktop.services.visits" in visits
    assert sorted(m for m in VISITS_ON_A_PAGE if m in visits) == []


def test_the_visits_tab_module_imports_its_form_when_it_is_built() -> None:
    """In a big programme Besök paints before it builds its visit form (form_page.py): the
    form's modules are imported then, not with the tab's."""
    script = (
        "import json, sys; import samordnare_desktop.ui.visits.tab; "
        "print(json.dumps(sorted(sys.modules)))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "samordnare_desktop.ui.visits.form_page" in modules
    form = ("visit_form", "visit_form_parts", "visit_focus_groups")
    assert [m for m in form if f"samordnare_desktop.ui.visits.{m}" in modules] == []

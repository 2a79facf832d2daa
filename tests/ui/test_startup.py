"""Start-up stays lean: what the window imports before it is shown, in a fresh process.

No timings here (they are in bench/startup.py); this guards what made start-up fast: heavy
libraries and the other areas' mapped classes are imported on first use, not at start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from samordnare_desktop.services.startup import open_database

ROOT = Path(__file__).resolve().parents[2]

# Run as ``python -c``: start the window the way bench/startup.py (and run_gui) do, report the
# modules imported once it is shown, then open every tab (their classes are mapped on first use).
SCRIPT = """
import json, sys
from pathlib import Path
from samordnare_desktop.app import _gui_app, build_main_window
app = _gui_app("sv")
window = build_main_window(Path(sys.argv[1]))
window.show()
app.processEvents()
shown = sorted(sys.modules)
rows = window.tab("municipalities").proxy.rowCount()
for name in window.tab_names():
    window.select_tab(name)
    app.processEvents()
window.close()
print(json.dumps({"shown": shown, "rows": rows}))
"""

# Never loaded before the window is shown: each costs tens to hundreds of milliseconds.
HEAVY = ("alembic", "reportlab", "openpyxl", "cryptography", "sqlcipher3", "icalendar")
# Holidays and Babel, too (the calendar and formatting use them later).
ALSO_HEAVY = ("holidays", "babel")
# Mapped when their tab or service is first used.
LATER_AREAS = (
    "samordnare_desktop.domain.models",
    "samordnare_desktop.domain.action_plan",
    "samordnare_desktop.domain.agenda",
    "samordnare_desktop.domain.participant",
    "samordnare_desktop.domain.time_study",
)


def _start(db_path: Path, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "SAMORDNARE_LOG_DIR": str(tmp_path / "logs"),
    }
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_window_shows_without_heavy_modules_on_a_current_database(db_path, tmp_path) -> None:
    open_database(db_path, daily_backup=False).close()  # created and upgraded: current schema
    result = _start(db_path, tmp_path)
    assert result["rows"] == 290
    shown = set(result["shown"])
    loaded = sorted(
        name for name in shown if name.split(".")[0] in HEAVY + ALSO_HEAVY or name in LATER_AREAS
    )
    assert loaded == []


def test_county_filter_lists_every_county_in_code_order(main_window) -> None:
    """The filter is built from the municipality rows (one query fewer at start)."""
    tab = main_window.tab("municipalities")
    items = [(tab.county.itemText(i), tab.county.itemData(i)) for i in range(tab.county.count())]
    counties = main_window.session.services.municipalities.counties()
    assert items[1:] == [(f"{c.code} {c.name}", c.code) for c in counties]
    assert len(items) == 22 and items[0][1] == ""

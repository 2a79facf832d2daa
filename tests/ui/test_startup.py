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


# Run as ``python -c`` through the real ``main()`` (as bench/startup.py does): what is imported
# and built when the window first paints, and when its remembered tab has painted.
MAIN_SCRIPT = """
import json, sqlite3, sys
import samordnare_desktop.app as app_module

seen = {}
connections = []  # every SQLite connection the process makes, to any file
_connect = sqlite3.connect


def connect(*args, **kwargs):
    connections.append(str(args[0] if args else kwargs.get("database")))
    return _connect(*args, **kwargs)


sqlite3.connect = connect


def probe(app, window):
    def moment(name):
        holder = window._page("municipalities")
        seen[name] = {"modules": sorted(sys.modules), "built": holder.built,
                      "current": window.tabs.currentWidget() is holder,
                      "connections": list(connections),
                      "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"])}
        if name == "ready":
            window.close()

    window.first_paint.painted.connect(lambda: moment("window"))
    window.first_paint.ready.connect(lambda: moment("ready"))


app_module._startup_probe = probe
code = app_module.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""

# Dialogs are imported when their menu item is chosen; a tab's modules when it is built.
NOT_BEFORE_THE_WINDOW = (
    "samordnare_desktop.ui.privacy.person_data_dialog",
    "samordnare_desktop.ui.overview.assignment_dialog",
    "samordnare_desktop.ui.teamserver.dialog",
    "samordnare_desktop.ui.users.dialog",
    "samordnare_desktop.ui.help.handbook",
    "samordnare_desktop.ui.municipalities.tab",
    "samordnare_desktop.services.visits",
)


def _main(db_path: Path, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "SAMORDNARE_LOG_DIR": str(tmp_path / "logs"),
        "SAMORDNARE_STARTUP_PROBE": "1",
    }
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    ini = tmp_path / "xdg_config_home" / "Samordnare" / "SamordnareDesktop.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[General]\nlanguage=sv\n\n[mainwindow]\ntab=municipalities\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", MAIN_SCRIPT, str(db_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_paints_before_its_remembered_tab_is_built(db_path, tmp_path) -> None:
    """Issue #15: start-up builds the remembered tab after the window shows, and the window
    shows without the dialogs' and the tabs' modules."""
    open_database(db_path, daily_backup=False).close()
    assert _main(db_path, tmp_path)["code"] == 0  # the first start of the day backs up
    result = _main(db_path, tmp_path)  # an ordinary start
    assert result["code"] == 0
    window, ready = result["window"], result["ready"]
    assert window["current"] and not window["built"]  # painted with the tab's placeholder
    assert ready["current"] and ready["built"]
    assert [name for name in NOT_BEFORE_THE_WINDOW if name in window["modules"]] == []
    assert "samordnare_desktop.ui.municipalities.tab" in ready["modules"]
    # nor does Kommuner's first view need the visit service or the person-data dialog
    assert "samordnare_desktop.services.visits" not in ready["modules"]
    assert "samordnare_desktop.ui.privacy.person_data_dialog" not in ready["modules"]
    # one connection to the database before the window shows: an ordinary start inspects the
    # file (identity, schema) through the connection the engine then works with
    assert window["connections"] == [str(db_path.resolve())]
    # the Python enums of Qt's namespace (~15 ms) are made after the window's paint (ui.qt_names)
    assert not window["qt_namespace"]
    assert ready["qt_namespace"]  # the check sees them once made

"""The main window as a user meets it: tabs, menus, remembered state, every string translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from samordnare_desktop.app import build_main_window


def test_window_has_tabs_menus_and_status_bar(main_window) -> None:
    assert main_window.tab_names()[0] == "municipalities"
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert main_window.tabs.tabText(0) == "Kommuner"
    assert main_window.statusBar().currentMessage() == "Klar."


def test_size_position_and_tab_are_remembered(qtbot, db_path) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(640, 470)  # smaller than the offscreen screen, so no clamping
    window.show()
    window.select_tab("municipalities")
    window.close()
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert settings.value("mainwindow/tab") == "municipalities"
    again = build_main_window(db_path)
    qtbot.addWidget(again)
    again.restore_state()
    assert (again.width(), again.height()) == (640, 470)
    again.close()


@pytest.mark.slow  # lupdate over every module
@pytest.mark.timeout(1800)
def test_every_visible_string_is_translated() -> None:
    """Fails when a tr()/translate() string lacks a Swedish translation (run tools/translations.py)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "translations_tool", Path(__file__).resolve().parents[2] / "tools" / "translations.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.problems() == []


def test_english_is_available(qapp, main_window) -> None:
    """--lang en / the language setting: the same window in English (source language)."""
    from samordnare_desktop import qt_i18n

    qt_i18n.install(qapp, "en")
    try:
        english = build_main_window(main_window.session.db_path.with_name("english.sqlite3"))
        try:
            assert [a.text() for a in english.menuBar().actions()] == [
                "&File",
                "&Edit",
                "&View",
                "&Help",
            ]
            assert english.tabs.tabText(0) == "Municipalities"
        finally:
            english.close()
    finally:
        qt_i18n.install(qapp, "sv")


def test_first_window_fits_the_available_screen(main_window) -> None:
    """Issue 14.8: on a 1366x768 laptop (or 150 % scaling) the window was taller than the
    screen and the status bar off it. Offscreen the screen is small (800x600)."""
    available = main_window.screen().availableGeometry()
    assert available.contains(main_window.frameGeometry())
    bar = main_window.statusBar()
    assert available.contains(bar.mapToGlobal(bar.rect().bottomRight()))
    main_window.resize(5000, 5000)
    main_window.restore_state()  # a saved size from a bigger screen is fitted too
    assert available.contains(main_window.frameGeometry())


def test_chart_labels_are_never_cut_to_one_letter() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from samordnare_desktop.ui.widgets.charts import _short

    metrics = QFontMetrics(QFont())
    assert _short("mars", metrics, 1000) == "mars"
    assert _short("mars", metrics, 5) == "mar" and _short("2026", metrics, 5) == "-26"


_PREPARE_PROBE = """
import sys, time
from pathlib import Path
from samordnare_desktop.app import _gui_app, build_main_window
from samordnare_desktop.ui import main_window as mw
app = _gui_app("sv", offscreen=True)
window = build_main_window(Path(sys.argv[1]))
names = [page.name for page in mw.TABS if page.name != "municipalities"]
modules = [f"samordnare_desktop.ui.{name}.tab" for name in names]
modules += ["samordnare_desktop.ui.visits.visit_form"]  # Besök's form, built after its rows
modules += ["samordnare_desktop.ui.visits.day_documents"]  # its day's documents button
modules += [f"samordnare_desktop.ui.overview.{m}" for m in ("due_panel", "spread_panel")]
before_show = any(module in sys.modules for module in modules)
window.show()
app.processEvents()  # the window has painted: the start's zero-timers ran
at_show = any(module in sys.modules for module in modules)
from samordnare_desktop.domain import holidays
def read_ahead():  # the holiday years stored, read for Besök's warnings
    return holidays._stored.cache_info().currsize > 0
end = time.monotonic() + mw.PREPARE_AFTER_MS / 1000 + 5
while time.monotonic() < end and not (
    all(module in sys.modules for module in modules) and read_ahead()
):
    app.processEvents()
    time.sleep(0.01)
built = any(window._page(name).built for name in names)
from samordnare_desktop.domain.base import Base
mapped = not Base.registry._new_mappers  # configured then, not by a worker's first query
print(before_show, at_show, all(module in sys.modules for module in modules), read_ahead(),
      mapped, built)
window.close()
"""


def test_every_tabs_modules_are_imported_in_idle_time_after_the_window_shows(tmp_path) -> None:
    """#17, #15: the modules of the tabs not shown (Vårdplatser's, Besök's with its visit form,
    ...) are imported after the start (not before the window shows, nor in its first paint), a
    slice per zero-timer, without building a tab: a first click no longer imports them (40-100
    ms of a tab's first view in a fresh process at ten times the programme). Every model is
    imported and mapped first, and the holiday years Besök's warnings name are read ahead."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"))
    done = subprocess.run(
        [sys.executable, "-c", _PREPARE_PROBE, str(tmp_path / "db.sqlite3")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-6:] == ["False", "False", "True", "True", "True", "False"]


def test_prepare_imports_a_slice_per_zero_timer(qtbot, db_path) -> None:
    """Each slice of a tab's preparation runs in its own turn of the event loop."""
    from samordnare_desktop.ui import main_window as mw

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    turns: list[int] = []

    def steps():
        turns.append(1)
        yield
        turns.append(2)
        yield
        turns.append(3)

    from dataclasses import replace

    assert mw.TABS[5].name == "care_places"
    original = list(mw.TABS)
    mw.TABS[:] = [  # only this tab's steps
        replace(page, prepare=steps if page.name == "care_places" else None) for page in original
    ]
    try:
        window.prepare()
        assert turns == []  # the first slice at once (every model mapped), the others later
        qtbot.waitUntil(lambda: turns == [1, 2, 3], timeout=2000)
    finally:
        mw.TABS[:] = original
    assert not window._page("care_places").built
    window.close()

"""At 125 % and 200 % scaling on a 1366x768 and a 1920x1080 laptop (issue #14 item 8): the
window fits the screen and no tab cuts a button's or a label's text (a page too big for the
window scrolls). Each size runs tests/ui/scaling_probe.py in its own process, since the scale
factor is read when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZES = [("1366x768", "1.25"), ("1366x768", "1.5"), ("1366x768", "2"), ("1920x1080", "2")]


@pytest.fixture(scope="module")
def probes(tmp_path_factory) -> dict[tuple[str, str], dict]:
    found = {}
    for size, scale in SIZES:
        folder = tmp_path_factory.mktemp(f"scale-{size}-{scale}")
        env = dict(os.environ, QT_SCALE_FACTOR=scale, XDG_CONFIG_HOME=str(folder / "config"))
        env.pop("QT_QPA_PLATFORM", None)  # the probe sets its own screen
        done = subprocess.run(
            [sys.executable, "-m", "tests.ui.scaling_probe", size, str(folder / "db.sqlite3")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        found[(size, scale)] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_the_window_fits_the_screen(probes, size, scale) -> None:
    report = probes[(size, scale)]
    width, height = (int(p) for p in size.split("x"))
    assert report["screen"] == [round(width / float(scale)), round(height / float(scale))]
    assert report["fits"]
    assert report["window"] == report["screen"]  # as large as the screen, never larger
    assert report["visit_form_chars"] >= 48  # the visit form is never a sliver beside the list


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_no_tab_cuts_a_text(probes, size, scale) -> None:
    tabs = probes[(size, scale)]["tabs"]
    assert len(tabs) >= 6  # every tab of the window was shown
    assert {tab: cut for tab, cut in tabs.items() if cut} == {}


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_minutes_page_fits(probes, size, scale) -> None:
    """Issues 14 and 18: on the Minnesanteckningar page at 150 % on 1366x768 Spara and
    Återställ sat below the window (y 617 of 512) and the preview button read "…ta och skriv
    ut m"; with an item chosen every button is inside the window and no text is cut."""
    assert probes[(size, scale)]["minutes"] == []


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_visits_fit_beside_the_form(probes, size, scale) -> None:
    """Issue #14: at 125 % on 1366x768 the Besök filter rows pushed the visit form off the
    window; at 150 % and 200 % the buttons and filters over the list did (the whole tab
    scrolled sideways to reach the visit pages). In a narrow window they take shorter rows."""
    assert "visits" not in probes[(size, scale)]["sideways"]


REAL_SCALES = ["1", "1.25", "1.5"]


@pytest.fixture(scope="module")
def real_starts(tmp_path_factory) -> dict[str, dict]:
    """The first window of a fresh start through ``app.main`` on a 1366x768 laptop."""
    found = {}
    for scale in REAL_SCALES:
        folder = tmp_path_factory.mktemp(f"real-{scale}")
        env = dict(os.environ, QT_SCALE_FACTOR=scale)
        env.pop("QT_QPA_PLATFORM", None)  # the probe sets its own screen
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.ui.scaling_probe",
                "--real",
                "1366x768",
                str(folder / "db.sqlite3"),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        found[scale] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("scale", REAL_SCALES)
def test_real_start_shows_whole_municipality_names(real_starts, scale) -> None:
    """Issue #14: on the real start the Kommuner list cut "Upplands…", "Katrineh…" (at 125 %
    the name header read "mm") and the list had half the tab beside an empty details side."""
    report = real_starts[scale]
    assert report["fits"]
    assert report["first_tab"] == "municipalities"
    assert report["cells"] == []
    # the list gets the room its columns need, or at least 60 % of the tab
    assert report["list_short_by"] == 0 or report["list_share"] >= 0.6
    assert {tab: cut for tab, cut in report["tabs"].items() if cut} == {}


@pytest.mark.parametrize("scale", REAL_SCALES)
def test_real_start_visit_form_needs_no_sideways_scroll(real_starts, scale) -> None:
    """Issue #14: at 100 % on 1366x768 the Besök form scrolled sideways (heading and
    "Frågekatalog" cut); 125 % was fixed before and stays so, and 150 % (the list's buttons
    and filters take shorter rows in a narrow window)."""
    assert "visits" not in real_starts[scale]["sideways"]

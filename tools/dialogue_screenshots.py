"""Screenshots of the demo's dialogue meeting for docs/organisations.md (issue #16): its agenda
and its participant list (people from ten organisations and the coordinator's own team).

    python tools/dialogue_screenshots.py [--db DEMO.sqlite3]

Without ``--db`` a fresh demo database is made in a temporary folder (``main.py demo``). The
window is built offscreen at 1400x900, the meeting chosen in Besök and each page grabbed:
``docs/screenshot-dialogue-agenda.png`` and ``docs/screenshot-dialogue-participants.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (1400, 900)
SHOTS = {  # visit page's objectName -> file
    "agenda_editor": "screenshot-dialogue-agenda.png",
    "visit_participants": "screenshot-dialogue-participants.png",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database (default: a new one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db_path = args.db
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="dialogue-shots-")) / "demo.sqlite3"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "demo"], check=True
        )
    sys.path.insert(0, str(ROOT))
    from samordnare_desktop.app import _gui_app, build_main_window
    from samordnare_desktop.demo.organisations import DIALOGUE_DAY, DIALOGUE_TITLE
    from samordnare_desktop.services.visits import VisitFilter
    from samordnare_desktop.ui.files import save_pixmap

    app = _gui_app("sv", offscreen=True)
    window = build_main_window(db_path)
    window.show()
    app.processEvents()
    window.setMinimumSize(0, 0)  # the offscreen screen is 800x800; the shot is wanted larger
    window.resize(*SIZE)
    window.select_tab("visits")
    app.processEvents()
    tab = window.tab("visits")
    meeting = next(
        v
        for v in tab.ctx.services.visits.list(VisitFilter(date_from=DIALOGUE_DAY))
        if v.title == DIALOGUE_TITLE and v.day == DIALOGUE_DAY
    )
    if not tab.select_visit(meeting.id):
        raise SystemExit("the dialogue meeting is not in the list")
    app.processEvents()
    for holder in tab.page_holders:
        name = SHOTS.get(holder.name)
        if name is None:
            continue
        tab.pages.setCurrentWidget(holder)
        holder.ensure_built()
        app.processEvents()
        tab.splitter.setSizes([700, 700])  # the meeting's page half the width, as a user drags
        app.processEvents()
        save_pixmap(window.grab(), DOCS / name)
        print(DOCS / name)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

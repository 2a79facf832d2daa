"""Two laptops, one team server, and ``sync`` killed with SIGKILL at random moments (issue #20).

``python tools/sync_kill_loop.py [--kills 160] [--seed 1] [--workdir DIR] [--keep]``

As a user meets it: two laptop databases (``main.py --db A.sqlite3 list visits`` creates each as
the app does), one loopback PostgreSQL server (``tests/pg.py`` starts a throwaway one; as root through
``runuser``) migrated by the app. Each laptop, in its own thread, repeats:

1. one to three small edits through the app's services, each carrying a unique token (``A00017``):
   a new contact named by the token, the token appended to the laptop's *own* municipality's notes,
   or appended to a *shared* municipality's notes that both laptops edit (conflicts expected);
2. ``main.py --db LAPTOP sync --server URL`` as a separate process, SIGKILLed after a random
   delay between 0 and the measured length of a whole sync process (start-up included; half of
   the kills land in the part after start-up, where the sync itself runs); one cycle in three
   makes its edits *while* the sync process runs (the window's sync runs in a thread while the
   user keeps typing).

The two laptops run at the same time, so their pushes and pulls interleave on the server. After
the loop both laptops sync cleanly twice (A, B, A, B) and every token is checked:

* **ok**: on the server and on both laptops, exactly once each;
* **conflict**: missing from the row but kept in an open conflict the user is shown
  (``sync_conflict`` with ``resolved_at`` NULL, on the laptop that made the edit);
* **lost**: neither;
* **duplicated**: a token twice in one notes field, or two contacts with one token's name.

Also checked: both outboxes empty, the three copies of every edited row equal, and no token the
server once held gone from it at the end (a watcher reads the server while the loop runs:
nobody decides a conflict here and every edit appends, so the server's values only grow; a token
dropped was overwritten unseen, even where a conflict on its laptop happens to keep it).
Exits 1 on any of these. Kept so it can be rerun: the figures go in the report of issue #20.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OWN = {"A": "0114", "B": "0115"}  # each laptop's own municipality (notes only it edits)
SHARED = "0117"  # both laptops append to its notes
TOKEN = re.compile(r"\b([AB]\d{5})\b")
KINDS = ("contact", "own", "shared")


@dataclass
class Laptop:
    name: str
    path: Path
    url: str
    rng: random.Random
    edits: list[tuple[str, str]] = field(default_factory=list)  # (token, kind)
    kills: int = 0
    finished: int = 0  # sync processes that ended before their kill
    failed: list[str] = field(default_factory=list)  # sync processes that exited non-zero
    moments: Counter = field(default_factory=Counter)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _main(db: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args]


def _edit(laptop: Laptop, db, number: int) -> None:
    """One edit carrying a unique token. Appending to notes reads and writes in one transaction
    (the notes as they are now, as a form showing the row would): read in one and written in
    another, a pull or an acknowledgement committed between would be overwritten by the driver
    itself, not by sync (and the edit counted as the laptop's value replacing the server's)."""
    from sqlalchemy import select

    from samordnare_desktop.domain.municipality import Municipality
    from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService

    service = MunicipalityService(db)
    token = f"{laptop.name}{number:05d}"
    kind = laptop.rng.choice(KINDS)
    if kind == "contact":
        municipality = service.by_code(OWN[laptop.name])
        service.add_contact(municipality.id, ContactInput(token, organisation="Kill-loop"))
    else:
        code = OWN[laptop.name] if kind == "own" else SHARED
        with db.write() as s:
            row = s.scalars(select(Municipality).where(Municipality.code == code)).one()
            row.notes = ((row.notes or "") + " " + token).strip()
    laptop.edits.append((token, kind))


# the real command line, told to say on stderr when the sync itself starts and ends (so a kill
# can land inside it: opening the file and the server takes most of a short sync's process)
_MARKED = """
import os, runpy, sys
from samordnare_desktop.services.sync import SyncService
real = SyncService.sync
def sync(self, *args, **kwargs):
    os.write(2, b"sync-start\\n")
    done = real(self, *args, **kwargs)
    os.write(2, b"sync-end\\n")
    return done
SyncService.sync = sync
real_push = SyncService.push
def push(self, *args, **kwargs):
    os.write(2, b"push-start\\n")
    return real_push(self, *args, **kwargs)
SyncService.push = push
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _sync_process(laptop: Laptop) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _MARKED, *_main(laptop.path, "sync", "--server", laptop.url)[1:]],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(process: subprocess.Popen, word: str) -> float | None:
    """Block until the process writes ``word`` on stderr; when (None: it ended first)."""
    assert process.stderr is not None
    for line in process.stderr:
        if line.strip() == word:
            return time.perf_counter()
    return None


def clean_sync(laptop: Laptop) -> str:
    done = subprocess.run(
        _main(laptop.path, "sync", "--server", laptop.url),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"clean sync of {laptop.name} failed: {done.stderr[-2000:]}")
    return done.stdout.strip()


def measure(laptop: Laptop) -> tuple[float, float, float]:
    """Seconds of a whole sync process, of the sync itself in it, and from its push's start to
    its end (push and pull: the short part after the server's triggers are checked), unkilled."""
    start = time.perf_counter()
    process = _sync_process(laptop)
    begun = _wait_for(process, "sync-start")
    pushing = _wait_for(process, "push-start")
    ended = _wait_for(process, "sync-end")
    process.communicate()
    if process.returncode != 0 or begun is None or pushing is None or ended is None:
        raise RuntimeError(f"the calibrating sync of {laptop.name} failed")
    return time.perf_counter() - start, ended - begun, ended - pushing


def run_laptop(
    laptop: Laptop, kills: int, whole: float, inside: float, after_push: float = 0.0
) -> None:
    """Edit, sync, kill, until ``kills`` syncs were killed. One kill in four lands anywhere in
    the process (``whole`` seconds: opening the file and the server too); the rest a random
    time into the sync itself (``inside`` seconds when unkilled), half of those a random time
    into its push and pull (``after_push`` seconds when unkilled: the short part)."""
    from samordnare_desktop.services.startup import open_database

    db = open_database(laptop.path, daily_backup=False)
    number = 0
    try:
        while laptop.kills < kills and laptop.kills + laptop.finished < 4 * kills:
            during = laptop.rng.random() < 1 / 3  # edits while the sync runs (the window's)
            if not during:
                for _ in range(laptop.rng.randint(1, 3)):
                    _edit(laptop, db, number)
                    number += 1
            mark = _outbox_top(laptop.path)  # the changes this sync is to push
            anywhere = laptop.rng.random() < 0.25
            late = not anywhere and laptop.rng.random() < 0.5
            if anywhere:
                delay = laptop.rng.uniform(0.0, whole)
            else:
                delay = laptop.rng.uniform(0.0, (after_push if late else inside) * 1.3)
            process = _sync_process(laptop)
            if anywhere:
                begun: float | None = time.perf_counter()
            else:
                begun = _wait_for(process, "push-start" if late else "sync-start")
            if during and begun is not None:
                for _ in range(laptop.rng.randint(1, 3)):
                    _edit(laptop, db, number)
                    number += 1
            left = delay - (time.perf_counter() - (begun or 0.0))
            if begun is not None and left > 0:
                time.sleep(left)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                laptop.kills += 1
                _out, err = process.communicate()
                laptop.moments[moment(laptop, mark)] += 1
            else:
                laptop.finished += 1
                _out, err = process.communicate()
            if process.returncode not in (0, -signal.SIGKILL):
                laptop.failed.append(err.strip().splitlines()[-1] if err.strip() else "?")
    finally:
        db.close()


def _outbox_top(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
    finally:
        conn.close()


def moment(laptop: Laptop, mark: int) -> str:
    """Where a killed sync stopped, read from the laptop's bookkeeping and the server's receipts
    (the other laptop syncing meanwhile blurs only the last two)."""
    import psycopg

    conn = sqlite3.connect(laptop.path)
    try:
        pending, checkpoint = conn.execute(
            "SELECT pending_id, checkpoint FROM sync_state WHERE id = 1"
        ).fetchone()
        waiting = conn.execute(
            "SELECT count(*) FROM sync_outbox WHERE seq <= ?", (mark,)
        ).fetchone()[0]
    finally:
        conn.close()
    with psycopg.connect(laptop.url) as server:
        applied = pending is not None and bool(
            server.execute("SELECT 1 FROM sync_receipt WHERE batch_id = %s", (pending,)).fetchone()
        )
        top = server.execute("SELECT coalesce(max(seq), 0) FROM sync_row").fetchone()[0]
    if applied:
        return "batch applied on the server, not acknowledged"
    if pending is not None:
        return "batch kept, not applied"
    if waiting:
        return "before the push"
    if checkpoint < top:
        return "after the push, the pull not applied (or the other laptop pushed since)"
    return "after the pull"


# --- checks ------------------------------------------------------------------------------------


def _notes_sqlite(path: Path, code: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT notes FROM municipality WHERE code = ?", (code,)).fetchone()[0]
    finally:
        conn.close()


def _contacts_sqlite(path: Path) -> Counter:
    conn = sqlite3.connect(path)
    try:
        return Counter(
            r[0]
            for r in conn.execute("SELECT name FROM contact WHERE deleted_at IS NULL")
            if TOKEN.fullmatch(r[0] or "")
        )
    finally:
        conn.close()


def _conflicts_sqlite(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [
            f"{r[0]} {r[1]} {r[2]}"
            for r in conn.execute(
                "SELECT table_name, field, local_value FROM sync_conflict WHERE resolved_at IS NULL"
            )
        ]
    finally:
        conn.close()


def _outbox_sqlite(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    finally:
        conn.close()


def _server_side(url: str) -> tuple[dict[str, str], Counter]:
    import psycopg

    with psycopg.connect(url) as conn:
        notes = {
            code: text
            for code, text in conn.execute(
                "SELECT code, notes FROM municipality WHERE code = ANY(%s)",
                ([*OWN.values(), SHARED],),
            )
        }
        contacts = Counter(
            r[0]
            for r in conn.execute("SELECT name FROM contact WHERE deleted_at IS NULL")
            if TOKEN.fullmatch(r[0] or "")
        )
    return notes, contacts


class Watcher(threading.Thread):
    """Reads the server every few tenths of a second while the loop runs: every token it ever
    held. Nobody decides a conflict in the loop and every edit appends, so a value the server
    takes always extends the one it had: a token once there must still be there at the end (one
    gone was replaced unseen, even if a conflict on its laptop happens to keep it)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.seen: set[str] = set()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.look()
            self.stop.wait(0.3)

    def look(self) -> None:
        notes, contacts = _server_side(self.url)
        for text in notes.values():
            self.seen.update(TOKEN.findall(text or ""))
        self.seen.update(contacts)


def verify(laptops: list[Laptop], url: str, seen: set[str] | None = None) -> dict:
    server_notes, server_contacts = _server_side(url)
    places = {"server": (server_notes, server_contacts)}
    for laptop in laptops:
        notes = {code: _notes_sqlite(laptop.path, code) for code in [*OWN.values(), SHARED]}
        places[laptop.name] = (notes, _contacts_sqlite(laptop.path))
    conflicts = {laptop.name: _conflicts_sqlite(laptop.path) for laptop in laptops}
    outcome: Counter = Counter()
    lost: list[str] = []
    duplicated: list[str] = []
    for laptop in laptops:
        for token, kind in laptop.edits:
            counts = []
            for notes, contacts in places.values():
                if kind == "contact":
                    counts.append(contacts.get(token, 0))
                else:
                    code = OWN[laptop.name] if kind == "own" else SHARED
                    counts.append(TOKEN.findall(notes[code] or "").count(token))
            if any(c > 1 for c in counts):
                duplicated.append(f"{token} ({kind}) {counts}")
                outcome["duplicated"] += 1
            elif all(c == 1 for c in counts):
                outcome["ok"] += 1
            elif any(token in c for c in conflicts[laptop.name]):
                outcome["conflict"] += 1
            else:
                lost.append(f"{token} ({kind}) server/A/B {counts}")
                outcome["lost"] += 1
    final = set(server_contacts) | {
        t for text in server_notes.values() for t in TOKEN.findall(text or "")
    }
    dropped = sorted((seen or set()) - final)
    same = all(
        places[name][0] == server_notes and places[name][1] == server_contacts for name in places
    )
    return {
        "outcome": dict(outcome),
        "lost": lost,
        "duplicated": duplicated,
        "open_conflicts": {k: len(v) for k, v in conflicts.items()},
        "outboxes": {laptop.name: _outbox_sqlite(laptop.path) for laptop in laptops},
        "copies_equal": same,
        "dropped_from_server": dropped,
    }


def run(
    kills: int,
    seed: int = 1,
    workdir: Path | None = None,
    *,
    url: str | None = None,
    keep: bool = False,
) -> dict:
    """The whole loop (see the module's text); returns the report (``report["bad"]``: lost or
    duplicated edits, changes still waiting, or copies that differ). ``url``: an empty server
    database to use (the tests' ``pg_url``); else a server is started (``tests/pg.py``)."""
    from samordnare_desktop.services.startup import open_server_database
    from tests import pg

    own = workdir is None
    workdir = workdir or Path(tempfile.mkdtemp(prefix="sync-kill-"))
    workdir.mkdir(parents=True, exist_ok=True)
    server = None if url else pg.from_environment() or pg.start()
    try:
        if server is not None:
            url = server.url(server.create_database())
        assert url is not None
        open_server_database(url).close()  # migrated and seeded by the app
        laptops = []
        for i, letter in enumerate("AB"):
            path = workdir / f"{letter}.sqlite3"
            subprocess.run(
                _main(path, "list", "visits"), env=_env(), capture_output=True, check=True
            )
            laptops.append(Laptop(letter, path, url, random.Random(seed * 10 + i)))
        for laptop in laptops:  # the first sync of each, whole
            clean_sync(laptop)
        from samordnare_desktop.services.startup import open_database

        db = open_database(laptops[0].path, daily_backup=False)
        for number in range(3):  # something to push while calibrating (checked like the rest)
            _edit(laptops[0], db, 90_000 + number)
        db.close()
        whole, inside, after_push = measure(laptops[0])
        threads = [
            threading.Thread(target=run_laptop, args=(lp, kills // 2, whole, inside, after_push))
            for lp in laptops
        ]
        watcher = Watcher(url)
        begun = time.perf_counter()
        watcher.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - begun
        for laptop in laptops * 2:
            clean_sync(laptop)
            watcher.look()
        watcher.stop.set()
        watcher.join()
        report = verify(laptops, url, watcher.seen)
        report["kills"] = {lp.name: lp.kills for lp in laptops}
        report["finished_before_kill"] = {lp.name: lp.finished for lp in laptops}
        report["edits"] = {lp.name: len(lp.edits) for lp in laptops}
        report["kill_moments"] = dict(sum((lp.moments for lp in laptops), Counter()))
        report["sync_errors"] = [e for lp in laptops for e in lp.failed]
        report["whole_sync_process_s"] = round(whole, 2)
        report["sync_itself_s"] = round(inside, 3)
        report["push_and_pull_s"] = round(after_push, 3)
        report["seconds"] = round(seconds, 1)
        report["bad"] = bool(
            report["outcome"].get("lost", 0)
            or report["outcome"].get("duplicated", 0)
            or any(report["outboxes"].values())
            or not report["copies_equal"]
            or report["dropped_from_server"]
        )
        return report
    finally:
        if keep:
            print(f"kept: {workdir}, server {url} ({server.folder if server else 'given'})")
        else:
            if server is not None:
                server.stop()
            if own:
                shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=160, help="kills in all (both laptops)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the folder and the server")
    args = parser.parse_args()
    report = run(args.kills, args.seed, args.workdir, keep=args.keep)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 1 if report["bad"] else 0


if __name__ == "__main__":
    sys.exit(main())

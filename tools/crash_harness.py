"""Kill a writer at random moments and prove nothing acknowledged is lost.

A *writer* commits numbered edits through the app's own services (``open_database`` +
``MunicipalityService``) and appends an acknowledgement line to a file after each commit returns
(``os.write``: the line is in the kernel before the next edit starts, so SIGKILL cannot lose it).
The parent kills the writer with SIGKILL a random time after it opened the database (one cycle
in ten: at any moment, also while it opens and recovers the previous crash's WAL), reopens the
file and checks:

* ``PRAGMA integrity_check`` is ``ok`` and ``foreign_key_check`` is empty;
* every acknowledged edit is there, and the edits form ``0..N-1`` with no gap (an edit committed
  but killed before its acknowledgement is allowed);
* the notes hold an edit at least as new as the last acknowledged one.

Scenarios: ``edits`` (contacts and notes), ``backup`` (edits + a backup after each one; every
backup in the folder must pass an integrity check), ``pdf`` (edits + a PDF export written with
``files.atomic_write_bytes``; the export must always be a whole PDF at least as new as the last
acknowledged one) and ``migrate`` (killed while ``open_database`` upgrades an old database; the
next open must reach the heads with every old row and integrity ok).

``sync`` (issue #20) needs a PostgreSQL server (``tests/pg.py`` starts a throwaway one, or
``SAMORDNARE_TEST_PG_URL`` names one): each cycle the parent edits rows on the server (the pull
direction), the writer edits rows on the laptop (the push direction) and syncs, and is killed
at a random moment of that; then an unkilled writer syncs again and the parent compares both
sides: the same rows with the same versions in every synced table, nothing waiting in the
outbox, no conflict, every acknowledged edit on both sides once, the server's edited row's
version exactly one step per edit, and the laptop's edited row's version up in a cycle that
changed it and nowhere else (the server never counts a pushed row below the laptop's number).

Starting a Python process with SQLAlchemy, Alembic and ReportLab costs about a second, so a
*zygote* process imports everything once and ``fork()``s one writer per cycle: a cycle costs tens
of milliseconds and CI can afford hundreds. Run ``bench/crash.py`` for figures at scale.
"""

from __future__ import annotations

import contextlib
import gc
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
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCENARIOS = ("edits", "backup", "pdf", "migrate", "restore", "encrypt-full-disk", "sync")
PASSPHRASE = "krasch-test lösenfras"
OLD_REVISION = "0001_foundation"
EDIT = re.compile(r"^Edit (\d{6})$")
MUNICIPALITY_CODE = "0114"  # Upplands Väsby: the first row, always seeded
SERVER_CODE = "0115"  # Vallentuna: edited on the server in the sync scenario (pulled)
SERVER_EDIT = re.compile(r"^Server (\d{6})$")
OLD_CONTACTS = 25


# --- the writer (runs in a forked child of the zygote) ----------------------------------------


def _ack(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())


def _export_pdf(path: Path, number: int) -> None:
    from reportlab.platypus import Paragraph

    from samordnare_desktop.files import atomic_write_bytes
    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import DocumentMeta, render
    from samordnare_desktop.pdf.text import esc

    style = st.styles()["body"]
    story = [Paragraph(esc(f"Edit {number:06d}"), style)]
    story += [Paragraph(esc(f"Rad {i} <b>&amp; åäö"), style) for i in range(40)]
    atomic_write_bytes(path, render(story, DocumentMeta(title="Krasch-test")))


def _sync_writer(fd: int, db_path: Path, job: dict) -> None:
    """Edit the laptop ``job["edits"]`` times (acknowledged), then sync with the server once."""
    from sqlalchemy import select

    from samordnare_desktop.domain.municipality import Contact
    from samordnare_desktop.services.municipalities import ContactInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database, open_server_database
    from samordnare_desktop.services.sync import SyncService

    db = open_database(db_path, daily_backup=False)
    _ack(fd, "opened")
    services = Services(db)
    municipality = services.municipalities.by_code(MUNICIPALITY_CODE)
    with db.read() as s:
        number = sum(1 for name in s.scalars(select(Contact.name)) if EDIT.match(name))
    for _ in range(int(job.get("edits", 0))):
        name = f"Edit {number:06d}"
        services.municipalities.add_contact(
            municipality.id, ContactInput(name, organisation="Krasch-test")
        )
        _ack(fd, f"contact {number}")
        services.municipalities.update(
            municipality.id, expected_version=None, in_programme=True, notes=name
        )
        _ack(fd, f"notes {number}")
        number += 1
    server = open_server_database(job["url"])
    try:
        _ack(fd, "syncing")
        start = time.perf_counter()
        result = SyncService(db, lambda: "Krasch-test").sync(server)
        seconds = time.perf_counter() - start
        _ack(fd, f"synced {result.pushed} {result.pulled} {result.conflicts} {seconds:.4f}")
    finally:
        server.close()
        db.close()


def run_writer(scenario: str, db_path: Path, ack_path: Path, job: dict | None = None) -> None:
    """Commit numbered edits until killed (``migrate``: open once and return)."""
    from sqlalchemy import select

    from samordnare_desktop.db import backup
    from samordnare_desktop.domain.municipality import Contact
    from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService
    from samordnare_desktop.services.startup import open_database

    fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    if scenario == "encrypt-full-disk":
        _encrypt_on_a_full_disk(fd, db_path)
        return
    if scenario == "sync":
        _sync_writer(fd, db_path, job or {})
        return
    db = open_database(db_path, daily_backup=False)
    _ack(fd, "opened")
    if scenario == "migrate":
        db.close()
        return
    if scenario == "restore":  # restore the oldest backup again and again until killed
        db.close()
        number = 0
        while True:
            oldest = backup.list_backups(db_path)[-1]
            backup.restore(oldest, db_path)
            _ack(fd, f"restored {number}")
            number += 1
    service = MunicipalityService(db)
    municipality = service.by_code(MUNICIPALITY_CODE)
    with db.read() as s:
        number = sum(1 for name in s.scalars(select(Contact.name)) if EDIT.match(name))
    while True:
        name = f"Edit {number:06d}"
        service.add_contact(municipality.id, ContactInput(name, organisation="Krasch-test"))
        _ack(fd, f"contact {number}")
        service.update(
            municipality.id, expected_version=None, in_programme=bool(number % 2), notes=name
        )
        _ack(fd, f"notes {number}")
        if scenario == "backup":
            backup.backup_now(db_path)
            _ack(fd, f"backup {number}")
        elif scenario == "pdf":
            _export_pdf(db_path.parent / "export.pdf", number)
            _ack(fd, f"pdf {number}")
        number += 1


def _encrypt_on_a_full_disk(fd: int, db_path: Path) -> None:
    """Encrypt with the file size limited (``RLIMIT_FSIZE``: writes past it fail as on a full
    disk) to the size the job asks for; acknowledge the outcome and the message."""
    import resource

    from samordnare_desktop.db import conversion, keys
    from samordnare_desktop.domain.errors import UserError

    keys.SCRYPT = {"n": 2**12, "r": 8, "p": 1}  # the harness tests order, not the KDF
    limit = int((db_path.parent / "limit.txt").read_text())
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    _ack(fd, "opened")
    try:
        conversion.encrypt_database(db_path, PASSPHRASE)
    except UserError as exc:
        _ack(fd, "refused " + exc.message.replace("\n", " "))
        return
    _ack(fd, "encrypted")


def _preload() -> None:
    """Import everything a writer needs before forking, so each fork starts warm."""
    import alembic.command
    import alembic.config  # noqa: F401
    import reportlab.platypus  # noqa: F401

    import samordnare_desktop.db.backup
    import samordnare_desktop.domain.models
    import samordnare_desktop.files
    import samordnare_desktop.pdf.document
    import samordnare_desktop.services.municipalities
    import samordnare_desktop.services.startup
    from samordnare_desktop.db import migrate
    from samordnare_desktop.pdf import styles

    migrate.script_revisions()
    with contextlib.suppress(ImportError):  # the sync scenario's engine and server driver
        import psycopg  # noqa: F401

        import samordnare_desktop.services.sync  # noqa: F401
    styles.registered_font()
    from samordnare_desktop.pdf.text import _covered

    _covered()
    # one whole round on a scratch database: mappers configured, statements compiled, fonts
    # loaded; every forked writer inherits that and starts editing at once
    from samordnare_desktop.db import backup
    from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService
    from samordnare_desktop.services.startup import open_database

    scratch = Path(tempfile.mkdtemp(prefix="samordnare-zygote-"))
    try:
        db = open_database(scratch / "warm.sqlite3", daily_backup=False)
        service = MunicipalityService(db)
        municipality = service.by_code(MUNICIPALITY_CODE)
        service.add_contact(municipality.id, ContactInput("Warm"))
        service.update(municipality.id, expected_version=None, in_programme=True, notes="Warm")
        db.close()
        backup.backup_now(scratch / "warm.sqlite3")
        _export_pdf(scratch / "warm.pdf", 0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def zygote() -> None:
    """Read one JSON job per line, fork a writer for it, print its pid, reap it, print its exit."""
    _preload()
    gc.freeze()  # forked writers then do not copy every page when the collector walks the heap
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the writer
            code = 0
            try:
                run_writer(job["scenario"], Path(job["db"]), Path(job["ack"]), job)
            except BaseException as exc:  # report, then die like a crash would
                with open(job["ack"], "a", encoding="utf-8") as handle:
                    handle.write(f"error {type(exc).__name__}: {exc}\n")
                code = 3
            os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


# --- the parent: run cycles, kill, verify -----------------------------------------------------


@dataclass
class CrashReport:
    cycles: Counter = field(default_factory=Counter)
    killed: int = 0  # cycles ended by SIGKILL (not by the writer finishing)
    acknowledged: int = 0  # edits acknowledged across all cycles (each one verified present)
    committed: int = 0  # edits found in the databases at the end
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    moments: Counter = field(default_factory=Counter)  # where the sync scenario's kills landed

    @property
    def total(self) -> int:
        return sum(self.cycles.values())

    def summary(self) -> str:
        by = ", ".join(f"{k} {v}" for k, v in sorted(self.cycles.items()))
        rate = self.total / self.seconds if self.seconds else 0.0
        text = (
            f"{self.total} kill cycles ({by}) in {self.seconds:.1f} s ({rate:.1f} cycles/s); "
            f"{self.killed} killed mid-run; {self.acknowledged} acknowledged edits, "
            f"{self.committed} committed, {len(self.failures)} failures"
        )
        if self.moments:
            text += "; sync killed " + ", ".join(f"{k} {v}" for k, v in self.moments.most_common())
        return text


def make_old_database(path: Path, contacts: int = OLD_CONTACTS) -> None:
    """A database at :data:`OLD_REVISION` holding the 290 municipalities and some contacts."""
    from alembic import command
    from alembic.config import Config

    from samordnare_desktop.db import migrate
    from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService
    from samordnare_desktop.services.startup import open_database

    db = open_database(path, daily_backup=False)
    try:
        service = MunicipalityService(db)
        municipality = service.by_code(MUNICIPALITY_CODE)
        for i in range(contacts):
            service.add_contact(municipality.id, ContactInput(f"Old {i:03d}"))
        config = Config()
        config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
        with db.engine.connect() as conn:
            # as for an upgrade: a batch rebuild's DROP TABLE must not cascade into other tables
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            config.attributes["connection"] = conn
            command.downgrade(config, OLD_REVISION)
            conn.commit()
            raw.execute("PRAGMA foreign_keys = ON")
    finally:
        db.close()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


class Harness:
    """One zygote; :meth:`cycle` runs one kill cycle of a scenario and verifies the result."""

    def __init__(self, workdir: Path, *, seed: int = 1) -> None:
        self.workdir = Path(workdir)
        self.rng = random.Random(seed)
        self.report = CrashReport()
        self._acked: dict[str, set[int]] = {}
        self._last_pdf: dict[str, int] = {}
        self._migrate_seconds = 0.0
        self._committed_by: dict[str, int] = {}
        self._sync: SyncSides | None = None
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("QT_QPA_PLATFORM", None)
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self._expect("ready")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout:
            self.proc.stdout.close()
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    def __enter__(self) -> Harness:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _expect(self, prefix: str) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line.startswith(prefix):
            raise RuntimeError(f"zygote said {line!r}, expected {prefix!r}")
        return line[len(prefix) :].strip()

    def _run(
        self,
        scenario: str,
        db: Path,
        ack: Path,
        kill_after: float | None,
        *,
        after_open: bool = False,
        after: str = "opened",
        extra: dict | None = None,
    ) -> bool:
        """Start a writer; kill it after ``kill_after`` s (None: let it finish). True if killed.

        ``after_open``: the delay counts from the writer's ``after`` acknowledgement ("opened"),
        so the kill lands among the edits however long opening took on a busy machine.
        ``extra``: more of the job for the writer (the sync scenario's server and edits).
        """
        assert self.proc.stdin is not None
        job = {"scenario": scenario, "db": str(db), "ack": str(ack), **(extra or {})}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        pid = int(self._expect("pid"))
        if kill_after is not None:
            if after_open:
                self._wait_opened(ack, marker=after)
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        status = int(self._expect("exit"))
        return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

    @staticmethod
    def _wait_opened(ack: Path, timeout: float = 30.0, *, marker: str = "opened") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(FileNotFoundError):
                text = ack.read_text(encoding="utf-8")
                if marker in text.splitlines() or "error" in text:
                    return
            time.sleep(0.002)

    def _fail(self, scenario: str, text: str) -> None:
        self.report.failures.append(f"{scenario} cycle {self.report.cycles[scenario]}: {text}")

    # --- scenarios ----------------------------------------------------------------------------
    def _folder(self, scenario: str) -> Path:
        folder = self.workdir / scenario
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def cycle(self, scenario: str) -> None:
        if scenario == "migrate":
            self._migrate_cycle()
        elif scenario == "restore":
            self._restore_cycle()
        elif scenario == "encrypt-full-disk":
            self._encrypt_full_disk_cycle()
        elif scenario == "sync":
            self._sync_cycle()
        else:
            self._edit_cycle(scenario)
        self.report.cycles[scenario] += 1

    def _edit_cycle(self, scenario: str) -> None:
        folder = self._folder(scenario)
        db = folder / "samordnare.sqlite3"
        ack = folder / "ack.txt"
        ack.unlink(missing_ok=True)
        if not db.exists():  # create and seed once, unkilled; the cycles then edit it
            self._prepare_fresh(db)
        # one kill in ten lands anywhere (also while opening and recovering the WAL); the rest
        # land among the edits, a random time after the writer has opened the database
        during_open = self.rng.random() < 0.1
        delay = self.rng.uniform(0.0, 0.1 if scenario == "edits" else 0.25)
        killed = self._run(scenario, db, ack, delay, after_open=not during_open)
        self.report.killed += killed
        lines = ack.read_text(encoding="utf-8").splitlines() if ack.exists() else []
        for line in lines:
            if line.startswith("error"):
                self._fail(scenario, f"writer failed: {line}")
        acked = self._acked.setdefault(scenario, set())
        notes_acked = -1
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "contact":
                acked.add(int(value))
                self.report.acknowledged += 1
            elif kind == "notes":
                notes_acked = max(notes_acked, int(value))
            elif kind == "pdf":
                self._last_pdf[scenario] = int(value)
        self._verify_edits(scenario, db, acked, notes_acked)
        if scenario == "backup":
            self._verify_backups(scenario, db)
        elif scenario == "pdf":
            self._verify_pdf(scenario, folder / "export.pdf")

    def _prepare_fresh(self, db: Path) -> None:
        """Create and seed the database in a writer that is not killed (then edits start)."""
        from samordnare_desktop.services.startup import open_database

        open_database(db, daily_backup=False).close()

    def _verify_edits(self, scenario: str, db: Path, acked: set[int], notes_acked: int) -> None:
        from samordnare_desktop.db.backup import integrity_problems

        problems = integrity_problems(db)
        if problems:
            self._fail(scenario, f"integrity: {problems[:3]}")
            return
        conn = sqlite3.connect(str(db))
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM contact")]
            notes = conn.execute(
                "SELECT notes FROM municipality WHERE code = ?", (MUNICIPALITY_CODE,)
            ).fetchone()[0]
        finally:
            conn.close()
        present = sorted(int(m.group(1)) for m in map(EDIT.match, names) if m)
        if present != list(range(len(present))):
            self._fail(scenario, f"gap or duplicate in edits (have {len(present)})")
        lost = acked - set(present)
        if lost:
            self._fail(scenario, f"acknowledged edits lost: {sorted(lost)[:5]}")
        match = EDIT.match(notes or "")
        if notes_acked >= 0 and (match is None or int(match.group(1)) < notes_acked):
            self._fail(scenario, f"notes older than acknowledged edit {notes_acked}: {notes!r}")
        self._committed_by[scenario] = len(present)
        self.report.committed = sum(self._committed_by.values())

    def _verify_backups(self, scenario: str, db: Path) -> None:
        from samordnare_desktop.db.backup import KEEP_BACKUPS, integrity_problems, list_backups

        backups = list_backups(db)
        if len(backups) > KEEP_BACKUPS + 1:  # rotation runs after each new backup
            self._fail(scenario, f"{len(backups)} backups kept")
        for path in backups[:3]:  # the newest are the ones a kill can have touched
            problems = integrity_problems(path)
            if problems:
                self._fail(scenario, f"damaged backup {path.name}: {problems[:2]}")

    def _verify_pdf(self, scenario: str, path: Path) -> None:
        if scenario not in self._last_pdf:
            return
        try:
            from pypdf import PdfReader

            text = PdfReader(str(path)).pages[0].extract_text()
        except Exception as exc:  # a torn file is exactly what this looks for
            self._fail(scenario, f"export is not a whole PDF: {exc}")
            return
        match = re.search(r"Edit (\d{6})", text)
        if match is None or int(match.group(1)) < self._last_pdf[scenario]:
            self._fail(scenario, "export older than the last acknowledged one")

    def _restore_cycle(self) -> None:
        """Killed while restoring: the live file is always a whole database of its own identity,
        every backup passes its check, and the next open clears the interrupted copy."""
        from samordnare_desktop.db import backup, identity
        from samordnare_desktop.services.startup import open_database

        folder = self._folder("restore")
        db = folder / "samordnare.sqlite3"
        ack = folder / "ack.txt"
        ack.unlink(missing_ok=True)
        if not db.exists():
            from samordnare_desktop.services.municipalities import (
                ContactInput,
                MunicipalityService,
            )

            opened = open_database(db, daily_backup=False)
            service = MunicipalityService(opened)
            municipality = service.by_code(MUNICIPALITY_CODE)
            service.add_contact(municipality.id, ContactInput("Edit 000000"))
            opened.close()
            backup.backup_now(db)
            self._restore_id = identity.database_id(db)
        killed = self._run("restore", db, ack, self.rng.uniform(0.0, 0.3), after_open=True)
        self.report.killed += killed
        text = ack.read_text(encoding="utf-8") if ack.exists() else ""
        if "error" in text:
            self._fail("restore", f"writer failed: {text[-200:]}")
        try:
            open_database(db, daily_backup=False).close()
        except Exception as exc:
            self._fail("restore", f"reopen after kill failed: {exc}")
            return
        from samordnare_desktop.db.backup import integrity_problems

        problems = integrity_problems(db)
        if problems:
            self._fail("restore", f"integrity: {problems[:3]}")
        if identity.database_id(db) != self._restore_id:
            self._fail("restore", "the restored database lost its identity")
        for path in backup.list_backups(db)[:3]:
            if integrity_problems(path):
                self._fail("restore", f"damaged backup {path.name}")
        if Path(str(db) + ".restore").exists():
            self._fail("restore", "the interrupted restore copy is still there after reopening")
        conn = sqlite3.connect(str(db))
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM contact")]
        finally:
            conn.close()
        if "Edit 000000" not in names:
            self._fail("restore", "the restored contact is missing")

    def _encrypt_full_disk_cycle(self) -> None:
        """Encrypt on a disk that fills at a random byte: one line about the disk, never a key
        file beside a plaintext database; the rerun (space freed) finishes, nothing lost."""
        from samordnare_desktop.db import backup, conversion, encryption, keys
        from samordnare_desktop.services.startup import open_database

        folder = self._folder("encrypt-full-disk")
        template = folder / "template"
        if not template.exists():
            from samordnare_desktop.services.municipalities import (
                ContactInput,
                MunicipalityService,
            )

            template.mkdir()
            opened = open_database(template / "samordnare.sqlite3", daily_backup=False)
            service = MunicipalityService(opened)
            municipality = service.by_code(MUNICIPALITY_CODE)
            service.add_contact(municipality.id, ContactInput("Edit 000000"))
            opened.close()
            backup.backup_now(template / "samordnare.sqlite3")
            backup.backup_now(template / "samordnare.sqlite3")
        run = folder / "run"
        shutil.rmtree(run, ignore_errors=True)
        shutil.copytree(template, run)
        db = run / "samordnare.sqlite3"
        size = db.stat().st_size
        (run / "limit.txt").write_text(str(self.rng.randint(0, size * 3 // 2)))
        ack = run / "ack.txt"
        self._run("encrypt-full-disk", db, ack, None)
        text = ack.read_text(encoding="utf-8") if ack.exists() else ""
        if any(line.startswith("error") for line in text.splitlines()):
            self._fail("encrypt-full-disk", f"unexpected error: {text[-300:]}")
        refused = [line for line in text.splitlines() if line.startswith("refused")]
        if refused and "disk" not in refused[0].lower():
            self._fail("encrypt-full-disk", f"not a line about the disk: {refused[0][:200]}")
        key_file = keys.key_file_for(db)
        if key_file.exists() and not encryption.is_encrypted_file(db):
            if any(p.name.endswith(".converting") for p in run.iterdir()):
                pass  # the encrypted copy is durable beside it: the rerun puts it in place
            else:
                self._fail("encrypt-full-disk", "a key file beside a plaintext database")
        keys.SCRYPT = {"n": 2**12, "r": 8, "p": 1}
        new = None
        if "encrypted" not in text.splitlines():  # refused: the rerun (space freed) finishes it
            try:
                new = conversion.encrypt_database(db, PASSPHRASE)
            except Exception as exc:
                self._fail("encrypt-full-disk", f"rerun failed: {exc}")
                return
        data_key = new.data_key if new else keys.unlock_with_passphrase(db, PASSPHRASE)
        encryption.remember_key(db, data_key)
        try:
            for path in [db, *backup.list_backups(db)]:
                if not encryption.is_encrypted_file(path):
                    self._fail("encrypt-full-disk", f"plaintext left: {path.name}")
            conn = encryption.connect_raw(db, data_key)
            try:
                names = [r[0] for r in conn.execute("SELECT name FROM contact")]
            finally:
                conn.close()
            if "Edit 000000" not in names:
                self._fail("encrypt-full-disk", "data lost")
        finally:
            encryption.forget_all_keys()

    # --- sync (issue #20) ----------------------------------------------------------------------
    def _sync_cycle(self) -> None:
        """Edit both sides, sync and kill the writer at random; sync again unkilled; compare."""
        folder = self._folder("sync")
        if self._sync is None:
            self._sync = SyncSides.prepare(folder, self)
        sides = self._sync
        sides.edit_server(self.rng.randint(0, 3))  # the pull direction: rows the laptop lacks
        ack = folder / "ack.txt"
        ack.unlink(missing_ok=True)
        job = {"url": sides.url, "edits": self.rng.randint(1, 4)}  # and the push direction
        if not sides.sync_seconds:  # calibrate: how long one sync takes, unkilled
            self._run("sync", sides.laptop, ack, None, extra=job)
            done = [line.split() for line in ack.read_text(encoding="utf-8").splitlines()]
            seconds = [float(words[4]) for words in done if words[0] == "synced"]
            sides.sync_seconds = max(seconds[0] if seconds else 0.3, 0.05)
            killed = False
        else:
            # one kill in ten lands anywhere (while opening and editing too); the rest land in
            # the sync itself (push, then pull), a random time after the writer said it starts
            anywhere = self.rng.random() < 0.1
            delay = self.rng.uniform(0.0, sides.sync_seconds * (3.0 if anywhere else 1.1))
            killed = self._run(
                "sync",
                sides.laptop,
                ack,
                delay,
                after_open=not anywhere,
                after="syncing",
                extra=job,
            )
        self.report.killed += killed
        lines = ack.read_text(encoding="utf-8").splitlines() if ack.exists() else []
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "error":
                self._fail("sync", f"writer failed: {line[:300]}")
            elif kind == "contact":
                sides.acked.add(int(value))
                self.report.acknowledged += 1
        if killed:
            self.report.moments[sides.moment("syncing" in lines)] += 1
        ack.unlink(missing_ok=True)  # then sync again, unkilled: both sides must now agree
        self._run("sync", sides.laptop, ack, None, extra={"url": sides.url, "edits": 0})
        text = ack.read_text(encoding="utf-8") if ack.exists() else ""
        if not any(line.startswith("synced") for line in text.splitlines()):
            self._fail("sync", f"the sync after the kill did not finish: {text[-300:]}")
            return
        for problem in sides.compare():
            self._fail("sync", problem)
        self._committed_by["sync"] = sides.committed
        self.report.committed = sum(self._committed_by.values())

    def _migrate_cycle(self) -> None:
        from samordnare_desktop.db import migrate
        from samordnare_desktop.db.backup import integrity_problems
        from samordnare_desktop.services.startup import open_database

        folder = self._folder("migrate")
        template = folder / "template" / "old.sqlite3"
        if not template.exists():
            template.parent.mkdir(parents=True, exist_ok=True)
            make_old_database(template)
        run = folder / "run"
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir()
        db = run / "samordnare.sqlite3"
        shutil.copyfile(template, db)
        ack = run / "ack.txt"
        if not self._migrate_seconds:  # calibrate: how long one whole upgrade takes
            start = time.perf_counter()
            self._run("migrate", db, ack, None)
            self._migrate_seconds = time.perf_counter() - start
            shutil.copyfile(template, db)
            for suffix in ("-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.rmtree(run / "backups", ignore_errors=True)
            ack.unlink(missing_ok=True)
        killed = self._run("migrate", db, ack, self.rng.uniform(0.0, self._migrate_seconds))
        self.report.killed += killed
        if ack.exists() and "error" in ack.read_text(encoding="utf-8"):
            self._fail("migrate", f"writer failed: {ack.read_text(encoding='utf-8')[:200]}")
        try:
            open_database(db, daily_backup=False).close()
        except Exception as exc:
            self._fail("migrate", f"reopen after kill failed: {exc}")
            return
        status = migrate.inspect_schema(db)
        if status.state is not migrate.SchemaState.CURRENT:
            self._fail("migrate", f"not at heads after reopen: {sorted(status.database_revisions)}")
        problems = integrity_problems(db)
        if problems:
            self._fail("migrate", f"integrity: {problems[:3]}")
        conn = sqlite3.connect(str(db))
        try:
            old = conn.execute("SELECT count(*) FROM contact WHERE name LIKE 'Old %'").fetchone()
            municipalities = conn.execute("SELECT count(*) FROM municipality").fetchone()
        finally:
            conn.close()
        if old[0] != OLD_CONTACTS or municipalities[0] != 290:
            self._fail(
                "migrate", f"rows lost: {old[0]} contacts, {municipalities[0]} municipalities"
            )


class SyncSides:
    """The sync scenario's two sides: a laptop file and a database on a PostgreSQL server
    (started here, or named by ``SAMORDNARE_TEST_PG_URL``); the parent edits the server and
    compares the two after every cycle."""

    def __init__(self, laptop: Path, pg: Any, url: str, started: bool) -> None:
        self.laptop = laptop
        self.pg = pg
        self.url = url
        self.started = started
        self.sync_seconds = 0.0
        self.acked: set[int] = set()  # the laptop's edits acknowledged by a writer
        self.server_edits = 0  # the server's edits (made here, all committed)
        self.committed = 0
        self.server_db: Any = None
        self.versions: dict[str, int] = {}  # each edited municipality's version before any edit
        self.notes: dict[str, str] = {}  # and its notes (the laptop's: changed in a cycle?)

    @classmethod
    def prepare(cls, folder: Path, harness: Harness) -> SyncSides:
        """Start the server, make the laptop and sync it once, unkilled (the first sync)."""
        from tests import pg

        server = pg.from_environment()
        started = server is None
        if server is None:
            server = pg.start()
        name = server.create_database()
        sides = cls(folder / "laptop.sqlite3", server, server.url(name), started)
        for stale in folder.glob("laptop.sqlite3*"):
            stale.unlink()
        harness._prepare_fresh(sides.laptop)
        ack = folder / "ack.txt"
        ack.unlink(missing_ok=True)
        harness._run("sync", sides.laptop, ack, None, extra={"url": sides.url, "edits": 0})
        text = ack.read_text(encoding="utf-8") if ack.exists() else ""
        if "synced" not in text:
            raise RuntimeError(f"the first sync failed: {text[-500:]}")
        from samordnare_desktop.services.startup import open_server_database

        sides.server_db = open_server_database(sides.url)
        conn = sqlite3.connect(str(sides.laptop))
        try:
            for code in (MUNICIPALITY_CODE, SERVER_CODE):
                sides.versions[code], sides.notes[code] = conn.execute(
                    "SELECT version, coalesce(notes, '') FROM municipality WHERE code = ?",
                    (code,),
                ).fetchone()
        finally:
            conn.close()
        return sides

    def close(self) -> None:
        if self.server_db is not None:
            self.server_db.close()
            self.server_db = None
        if self.started:
            self.pg.stop()

    def edit_server(self, count: int) -> None:
        """``count`` edits made on the server directly (another laptop's, already synced)."""
        from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService

        service = MunicipalityService(self.server_db)
        municipality = service.by_code(SERVER_CODE)
        for _ in range(count):
            name = f"Server {self.server_edits:06d}"
            service.add_contact(municipality.id, ContactInput(name, organisation="Servern"))
            service.update(municipality.id, expected_version=None, in_programme=True, notes=name)
            self.server_edits += 1

    def moment(self, syncing: bool) -> str:
        """Where a killed sync stopped, read from both sides' bookkeeping."""
        if not syncing:
            return "while opening or editing"
        from sqlalchemy import text

        conn = sqlite3.connect(str(self.laptop))
        try:
            pending, checkpoint = conn.execute(
                "SELECT pending_id, checkpoint FROM sync_state WHERE id = 1"
            ).fetchone()
            waiting = conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        finally:
            conn.close()
        with self.server_db.engine.connect() as server:
            applied = pending is not None and (
                server.execute(
                    text("SELECT 1 FROM sync_receipt WHERE batch_id = :b"), {"b": pending}
                ).first()
                is not None
            )
            top = server.execute(text("SELECT coalesce(max(seq), 0) FROM sync_row")).scalar()
        if applied:
            return "after the server applied a batch, before its acknowledgement"
        if pending is not None:
            return "with a batch built, not applied"
        if waiting:
            return "before the push"
        if checkpoint < top:
            return "after the push, before the pull was applied"
        return "after the pull"

    def _laptop_rows(self) -> tuple[dict[str, dict], list[str], str, str, int, int]:
        from samordnare_desktop.domain.models import synced_tables

        conn = sqlite3.connect(str(self.laptop))
        try:
            rows = {
                t.name: {
                    uuid.UUID(str(i)): v
                    for i, v in conn.execute(f'SELECT id, version FROM "{t.name}"')
                }
                for t in synced_tables()
            }
            names = [r[0] for r in conn.execute("SELECT name FROM contact")]
            notes = [
                conn.execute("SELECT notes FROM municipality WHERE code = ?", (c,)).fetchone()[0]
                for c in (MUNICIPALITY_CODE, SERVER_CODE)
            ]
            waiting = conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
            conflicts = conn.execute(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
        return rows, names, notes[0] or "", notes[1] or "", waiting, conflicts

    def _server_rows(self) -> tuple[dict[str, dict], list[str], str, str]:
        from sqlalchemy import text

        from samordnare_desktop.domain.models import synced_tables

        with self.server_db.engine.connect() as conn:
            rows = {
                t.name: {
                    uuid.UUID(str(i)): v
                    for i, v in conn.execute(text(f'SELECT id, version FROM "{t.name}"'))
                }
                for t in synced_tables()
            }
            names = [r[0] for r in conn.execute(text("SELECT name FROM contact"))]
            notes = [
                conn.execute(
                    text("SELECT notes FROM municipality WHERE code = :c"), {"c": c}
                ).scalar()
                for c in (MUNICIPALITY_CODE, SERVER_CODE)
            ]
        return rows, names, notes[0] or "", notes[1] or ""

    def compare(self) -> list[str]:
        """What differs between the laptop and the server after a whole sync (nothing, we hope)."""
        problems: list[str] = []
        laptop, laptop_names, laptop_a, laptop_b, waiting, conflicts = self._laptop_rows()
        server, server_names, server_a, server_b = self._server_rows()
        if waiting:
            problems.append(f"{waiting} changes still waiting after a whole sync")
        if conflicts:
            problems.append(f"{conflicts} conflicts from edits that never competed")
        for table, mine in laptop.items():
            theirs = server.get(table, {})
            only_laptop = mine.keys() - theirs.keys()
            only_server = theirs.keys() - mine.keys()
            versions = [i for i in mine.keys() & theirs.keys() if mine[i] != theirs[i]]
            if only_laptop or only_server or versions:
                problems.append(
                    f"{table}: {len(only_laptop)} rows only on the laptop, {len(only_server)} "
                    f"only on the server, {len(versions)} with other versions"
                )
        for side, names in (("laptop", laptop_names), ("server", server_names)):
            edits = sorted(int(m.group(1)) for m in map(EDIT.match, names) if m)
            if edits != list(range(len(edits))):
                problems.append(f"{side}: the laptop's edits have a gap or a duplicate")
            lost = self.acked - set(edits)
            if lost:
                problems.append(f"{side}: acknowledged edits lost: {sorted(lost)[:5]}")
            pulled = sorted(int(m.group(1)) for m in map(SERVER_EDIT.match, names) if m)
            if pulled != list(range(self.server_edits)):
                problems.append(
                    f"{side}: {len(pulled)} of the server's {self.server_edits} edits "
                    "(or a duplicate)"
                )
            self.committed = len(edits)
        if (laptop_a, laptop_b) != (server_a, server_b):
            problems.append("the edited notes differ between the laptop and the server")
        # the server steps a row's version once per batch it applies, and never below the
        # pushed row's (a laptop saving a row k times between syncs counts k): the laptop's
        # municipality steps up in a cycle that changed it and not otherwise, the same number
        # on both sides; the server's one step per edit (the laptop takes the server's)
        row_a, row_b = self._municipality_id(MUNICIPALITY_CODE), self._municipality_id(SERVER_CODE)
        before = self.versions[MUNICIPALITY_CODE]
        stepped = laptop_a != self.notes[MUNICIPALITY_CODE]
        for side, rows in (("laptop", laptop), ("server", server)):
            found = rows["municipality"].get(row_a)
            if found is None or (found <= before if stepped else found != before):
                problems.append(
                    f"{side}: an edited municipality at version {found}, expected "
                    f"{'above ' if stepped else ''}{before}"
                )
        if stepped:
            self.versions[MUNICIPALITY_CODE] = laptop["municipality"].get(row_a, before)
            self.notes[MUNICIPALITY_CODE] = laptop_a
        expected = {row_b: self.versions[SERVER_CODE] + self.server_edits}
        for row, version in expected.items():
            for side, rows in (("laptop", laptop), ("server", server)):
                found = rows["municipality"].get(row)
                if found != version:
                    problems.append(
                        f"{side}: an edited municipality at version {found}, expected {version}"
                    )
        if problems:  # the next cycle compares with what the server has now
            self.versions[MUNICIPALITY_CODE] = server["municipality"].get(row_a, 0)
        return problems

    def _municipality_id(self, code: str) -> uuid.UUID:
        conn = sqlite3.connect(str(self.laptop))
        try:
            value = conn.execute("SELECT id FROM municipality WHERE code = ?", (code,)).fetchone()
        finally:
            conn.close()
        return uuid.UUID(str(value[0]))


def run(
    plan: dict[str, int],
    *,
    workdir: Path | None = None,
    seed: int = 1,
    progress: Callable[[CrashReport, float], None] | None = None,
) -> CrashReport:
    """Run ``plan`` (scenario -> cycles), interleaved in a random order; return the report.

    ``progress`` is called every 500 cycles with the report so far and the seconds elapsed.
    """
    own = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="samordnare-crash-")) if own else Path(workdir)
    order = [s for s, n in plan.items() for _ in range(n)]
    random.Random(seed).shuffle(order)
    start = time.perf_counter()
    try:
        with Harness(folder, seed=seed) as harness:
            for done, scenario in enumerate(order, 1):
                harness.cycle(scenario)
                if progress is not None and done % 500 == 0:
                    progress(harness.report, time.perf_counter() - start)
            report = harness.report
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)
    report.seconds = time.perf_counter() - start
    return report


if __name__ == "__main__":
    if sys.argv[1:] == ["zygote"]:
        zygote()

"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_HOLDER = """
import sys, time
from pathlib import Path
from samordnare_desktop.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]), role=sys.argv[2])
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""


@contextmanager
def lock_held_by_other_process(
    db_path: Path, role: str = "window"
) -> Iterator[subprocess.Popen[str]]:
    """Another process (a ``window`` or a command-line ``program``) holds the instance lock; on
    exit it is killed (like a crash)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path), role],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            yield holder
        finally:
            holder.kill()
            holder.wait()


def type_date(qtbot, edit, text: str) -> None:
    """Type ``text`` into a date field as a person does: select all, type, leave the field."""
    from PySide6.QtCore import Qt

    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()  # leaving the field (focus may not move offscreen)


def type_time(qtbot, edit, text: str) -> None:
    """Type ``text`` into a time field (``TimeInput``) as a person does: 9, 930, 9.30, 09:30."""
    type_date(qtbot, edit, text)


@cache
def _swedish_messages() -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "resources" / "translations" / "sv").glob("*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if (
                    translation is not None
                    and translation.text
                    and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                ):
                    found.setdefault((name, source), translation.text)
    return found


@cache
def _swedish_plurals() -> dict[tuple[str, str], tuple[str, ...]]:
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for path in sorted((ROOT / "resources" / "translations" / "sv").glob("*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                forms = tuple(f.text or "" for f in message.iter("numerusform"))
                if forms and all(forms):
                    found.setdefault((name, message.findtext("source") or ""), forms)
    return found


def swedish_plural() -> Callable[[str, str, int], str]:
    """Swedish plural forms from the ``.ts`` files, without Qt (one: form 0, else form 1)."""
    plurals = _swedish_plurals()

    def plural(context: str, text: str, n: int) -> str:
        forms = plurals.get((context, text))
        return (forms[0] if n == 1 else forms[-1]) if forms else text

    return plural


def swedish_translator() -> Callable[[str, str], str]:
    """Swedish from the ``.ts`` files, without Qt (as QTranslator looks up context and source)."""
    messages = _swedish_messages()
    return lambda context, text: messages.get((context, text), text)


@contextmanager
def swedish_without_qt() -> Iterator[None]:
    """Swedish as users have it, without Qt: the ``.ts`` files read directly (what Qt's
    translator answers for the app's own strings); what was installed before comes back after."""
    from samordnare_desktop import i18n

    previous = (i18n._translator, i18n.language())
    previous_plural = i18n._plural
    i18n.install(swedish_translator(), "sv")
    i18n.install_plural(swedish_plural())
    try:
        yield
    finally:
        i18n.install(*previous)
        i18n.install_plural(previous_plural)


def finish_background(qtbot, timeout: int = 60_000) -> None:
    """Let every ``ui.operations.run_in_background`` job finish (its result handled on the GUI
    thread), as a user waits for the progress dialog to close."""
    from PySide6.QtCore import QThreadPool

    from samordnare_desktop.ui.operations import Operation

    qtbot.waitUntil(lambda: Operation.running() == 0, timeout=timeout)
    QThreadPool.globalInstance().waitForDone(timeout)


def start_done(qtbot, window) -> None:
    """The window's start done: its deferred work, the tabs' reads ahead among it, started
    (``MainWindow.starting``) and every worker finished."""
    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: not window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)


def sizes_given(monkeypatch, owner: object, name: str) -> list[int]:
    """``owner.name`` counted: the length of its first argument at each call, in order (how
    many rows or visits each computation was given)."""
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(first, *args, **kwargs):
        calls.append(len(first))
        return real(first, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def cli(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, in its own process (its entry point, ``app.main``,
    starts Qt for the translation and the settings, so tests/unit never runs it in-process).
    The environment is this process's (``monkeypatch.setenv`` reaches it); stdin is no terminal."""
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
        timeout=300,
        cwd=ROOT,
    )


def copy_database(template: Path, dest: Path) -> Path:
    """Put a copy of the closed plaintext database ``template`` at ``dest``, as if it had been
    built there: the files beside it (its instance lock) come along under ``dest``'s name, with
    their modes (a database is private), and the copy gets the identities a freshly built
    database has of its own: the file's UUID and where it is (``db.identity.ensure`` with
    ``renew``, as the app gives a copy its own at its first open) and the sync's random id
    (migration 0026). A plain copy would share the template's with every other copy."""
    import shutil
    import uuid

    from samordnare_desktop.db import encryption, identity

    for suffix in ("-wal", "-shm", "-journal"):  # closed cleanly: the file holds everything
        assert not Path(str(template) + suffix).exists(), f"{template}{suffix} is left"
    dest.parent.mkdir(parents=True, exist_ok=True)
    for source in template.parent.iterdir():
        if source.name.startswith(template.name):
            shutil.copy(source, dest.with_name(dest.name + source.name[len(template.name) :]))
    conn = encryption.connect_raw(dest, None, isolation_level=None)
    try:
        identity.ensure(conn, path=dest, renew=True)
        conn.execute("UPDATE sync_identity SET database_id = ? WHERE id = 1", (uuid.uuid4().hex,))
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(str(dest) + suffix).exists(), f"{dest}{suffix} is left"
    return dest


def damage_leaf_pages(db_path: Path, table: str) -> None:
    """``table``'s leaf pages overwritten with garbage, after the file was backed up today (so
    the next open does not check it again): every read of its rows fails."""
    import sqlite3

    from samordnare_desktop.db import backup

    backup.backup_now(db_path)
    with sqlite3.connect(db_path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            page
            for (page,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
    conn.close()
    assert pages
    with open(db_path, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(b"\x0d\x00\x05\xff" + b"\xee" * 500)

"""Kill a writer at random moments (SIGKILL) and prove the database keeps every acknowledged edit.

The harness lives in ``tools/crash_harness.py`` (see its docstring); ``bench/crash.py`` runs the
same loop at scale. Here a few hundred cycles, kept short, in a fixed random order.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tools import crash_harness

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork() and SIGKILL are POSIX")

PLAN = {
    "edits": 110,
    "backup": 22,
    "pdf": 22,
    "migrate": 8,
    "restore": 12,
    "encrypt-full-disk": 6,
}


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_nothing_acknowledged_is_lost_when_killed_at_random(tmp_path: Path) -> None:
    report = crash_harness.run(PLAN, workdir=tmp_path, seed=20261125)
    assert report.failures == [], report.summary()
    assert report.total == sum(PLAN.values())
    assert report.killed > report.total // 2  # the kills really landed mid-run
    assert report.acknowledged > 0
    assert report.committed >= report.acknowledged  # acknowledged ones are all there, and more
    db = tmp_path / "edits" / "samordnare.sqlite3"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_old_database_template_is_really_old(tmp_path: Path) -> None:
    from samordnare_desktop.db import migrate

    path = tmp_path / "old.sqlite3"
    crash_harness.make_old_database(path)
    status = migrate.inspect_schema(path)
    assert status.state is migrate.SchemaState.OUTDATED
    assert status.database_revisions == {crash_harness.OLD_REVISION}

"""Schema versioning: Alembic owns the schema, but is imported only when an upgrade is due.

Reading which revisions exist is done by reading the revision files (no import), and reading which
revision a database has is one plain query on a read-only connection, so a current database
opens without Alembic's ~0.5 s import, and a database from a newer app is refused before a
single byte of it is written.
"""

from __future__ import annotations

import ast
import enum
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from samordnare_desktop import give_way
from samordnare_desktop.domain.errors import CorruptDatabaseError, DatabaseError
from samordnare_desktop.i18n import translate

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


class SchemaState(enum.Enum):
    MISSING = "missing"  # no file, or a file without our tables
    CURRENT = "current"
    OUTDATED = "outdated"
    TOO_NEW = "too_new"


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    database_revisions: frozenset[str]
    # False: revisions of ours in ``alembic_version`` but not our first revision's table (another
    # program's file that uses Alembic too): see refuse_foreign_schema
    our_tables: bool = True


# made by the first revision, so in every database of this app (whatever its revision)
_FIRST_TABLE = "municipality"


# ``revision = "..."`` / ``down_revision: ... = ...`` at the top level of a revision file.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=[ \t]*(.+?)[ \t]*(?:#.*)?$", re.M)


def _revision_values(text: str) -> dict[str, object]:
    """``revision`` and ``down_revision`` of one revision file.

    Each value is one literal on its line (what ``tools/new_migration.py`` writes), read with
    ``ast.literal_eval`` without parsing the whole file (~1 ms a file at every start); anything
    else (a value over several lines) falls back to parsing the file.
    """
    values: dict[str, object] = {}
    try:
        for match in _ASSIGNMENT.finditer(text):
            values.setdefault(match.group(1), ast.literal_eval(match.group(2)))
    except (ValueError, SyntaxError):
        return _parsed_revision_values(text)
    return values


def _parsed_revision_values(text: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in ast.parse(text).body:
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if (
            isinstance(target, ast.Name)
            and value is not None
            and target.id in ("revision", "down_revision")
        ):
            values[target.id] = ast.literal_eval(value)
    return values


@cache
def script_revisions() -> dict[str, tuple[str, ...]]:
    """Map each revision id shipped with the app to the revisions it builds on."""
    revisions: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        values = _revision_values(path.read_text(encoding="utf-8"))
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        downs = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        revisions[str(values["revision"])] = downs
    return revisions


def script_heads() -> frozenset[str]:
    revisions = script_revisions()
    parents = {parent for downs in revisions.values() for parent in downs}
    return frozenset(rev for rev in revisions if rev not in parents)


def _revisions(conn: Any) -> tuple[list[Any], bool]:
    """The rows of ``alembic_version`` (none without it), and whether our first table is there."""
    tables = {
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name IN (?, ?)",
            ("alembic_version", _FIRST_TABLE),
        )
    }
    rows = (
        conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if "alembic_version" in tables
        else []
    )
    return rows, _FIRST_TABLE in tables


def inspect_schema(path: Path, conn: Any | None = None) -> SchemaStatus:
    """Read the database's revision without writing to it (read-only, no pragmas); ``conn``:
    a connection to ``path`` already open (start-up opens the file once)."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaStatus(SchemaState.MISSING, frozenset())
    try:
        if conn is not None:
            rows, ours = _revisions(conn)
        else:
            from samordnare_desktop.db.encryption import connect_raw, key_for

            own = connect_raw(path, key_for(path), readonly=True)
            try:
                rows, ours = _revisions(own)
            finally:
                own.close()
    except (sqlite3.DatabaseError, _cipher_error()) as exc:
        raise corrupt_error(str(exc)) from exc
    db_revs = frozenset(str(r[0]) for r in rows)
    if not db_revs:
        return SchemaStatus(SchemaState.MISSING, db_revs)
    if db_revs - set(script_revisions()):
        return SchemaStatus(SchemaState.TOO_NEW, db_revs)
    if db_revs == script_heads():
        return SchemaStatus(SchemaState.CURRENT, db_revs, ours)
    return SchemaStatus(SchemaState.OUTDATED, db_revs, ours)


def corrupt_error(detail: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        translate(
            "database",
            "The database file cannot be read: it is damaged or not a Samordnare database "
            "({detail}).",
        ).format(detail=brief(detail))
    )


def brief(detail: str, lines: int = 3, chars: int = 300) -> str:
    """A check's findings short enough for a message: its first ``lines`` lines, at most
    ``chars`` characters (SQLCipher's ``quick_check`` gives one row of a hundred lines)."""
    kept = [line.strip() for line in detail.splitlines() if line.strip()][:lines]
    text = "; ".join(kept)
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


# SQLite's virtual machine steps between two of give_way's checkpoints in a quick_check
CHECK_SLICE_STEPS = 100_000


def _give_way() -> int:
    give_way.checkpoint()
    return 0  # go on


def quick_problems(path: Path, conn: Any | None = None) -> list[str]:
    """``PRAGMA quick_check`` findings (milliseconds on this app's file); empty means healthy.
    ``conn``: a connection to ``path`` already open."""
    from samordnare_desktop.db.encryption import connect_raw, key_for

    try:
        own = conn if conn is not None else connect_raw(path, key_for(path), readonly=True)
        try:
            # between two slices (some 2 ms), a check that can wait gives way to the user
            own.set_progress_handler(_give_way, CHECK_SLICE_STEPS)
            try:
                rows = [str(r[0]) for r in own.execute("PRAGMA quick_check").fetchall()]
            finally:
                own.set_progress_handler(None, 0)
        finally:
            if own is not conn:
                own.close()
    except (sqlite3.DatabaseError, _cipher_error()) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def row_counts(connection: object) -> dict[str, int]:
    """Rows per table (Alembic's own table and the search index aside): compared before and
    after an upgrade (an FTS5 index's shadow tables change their row counts as it merges)."""
    from samordnare_desktop.domain.search import is_index_table

    names = [
        r[0]
        for r in connection.exec_driver_sql(  # type: ignore[attr-defined]
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' "
            "AND name != 'samordnare_identity'"  # db/identity.py: which database, not data
        )
        if not is_index_table(r[0])
    ]
    return {
        name: connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar()  # type: ignore[attr-defined]
        for name in names
    }


def lost_rows(before: dict[str, int], after: dict[str, int]) -> list[str]:
    """Tables that hold fewer rows after an upgrade than before (``name: before -> after``)."""
    return [
        f"{name}: {count} -> {after.get(name, 0)}"
        for name, count in sorted(before.items())
        if after.get(name, 0) < count
    ]


def _cipher_error() -> type[Exception]:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2.DatabaseError


def refuse_too_new(status: SchemaStatus) -> None:
    if status.state is SchemaState.TOO_NEW:
        raise DatabaseError(
            translate(
                "database",
                "This database was written by a newer version of Samordnare Desktop and cannot "
                "be opened by this one. Update the app; the file has not been changed.",
            )
        )


def refuse_foreign_schema(status: SchemaStatus, path: Path) -> None:
    """Our revision in ``alembic_version`` but not our tables: another program's file (one that
    uses Alembic too), refused before a byte of it is written (no identity, no backup)."""
    if not status.our_tables:
        raise DatabaseError(
            translate(
                "database",
                "{path} is not a Samordnare Desktop database: it has a table of schema versions "
                "like one, but none of its tables (it was probably made by another program). "
                "Nothing was changed. Give the path of your Samordnare Desktop database; if this "
                "file was it, run 'restore --latest-good'.",
            ).format(path=str(path))
        )


def upgrade(connection: object) -> None:
    """Run every pending revision on ``connection`` (imports Alembic only now)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")  # one linear line (a test holds it to one head)

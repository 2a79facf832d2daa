"""Opening the SQLite database with deliberate pragmas, and one unit of work per user action.

Pragmas (every connection): ``foreign_keys=ON``; ``journal_mode=WAL`` so readers never block the
writer; ``synchronous=FULL`` because a laptop whose battery dies is a power loss and the app
commits at human pace; ``busy_timeout`` so a background worker waits instead of failing;
``secure_delete=ON`` so erased personal data is overwritten; ``trusted_schema=OFF``.

Writes use ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of deadlocking
on a lock upgrade; reads use a plain deferred ``BEGIN``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from samordnare_desktop import give_way
from samordnare_desktop.db.reading import raise_if_damaged as _raise_if_corrupt
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate

BUSY_TIMEOUT_MS = 10_000

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
)

Connector = Callable[[], Any]


def plain_connection(path: Path) -> sqlite3.Connection:
    """A plaintext connection as the engine's pool holds them (its pragmas come on checkout)."""
    return sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)


def _plain_connector(path: Path) -> Connector:
    def connect() -> sqlite3.Connection:
        return plain_connection(path)

    return connect


def _first_then(first: Any, connector: Connector) -> Connector:
    """``first`` (a connection opened already) as the pool's first connection, then new ones."""
    pending = [first]

    def connect() -> Any:
        return pending.pop() if pending else connector()

    return connect


def make_engine(
    path: Path,
    connector: Connector | None = None,
    *,
    key: bytes | None = None,
    first: Any | None = None,
) -> Engine:
    """An engine over ``path``; with ``key`` every connection is a keyed SQLCipher connection.
    ``first``: a plain connection to ``path`` opened already (start-up reads the file's identity
    and schema on it), handed to the pool as its first connection: the file is opened once."""
    extra: dict[str, Any] = {}
    if key is not None:
        from samordnare_desktop.db.encryption import engine_connector, engine_module

        connector = engine_connector(path, key)
        extra["module"] = engine_module(key)  # so SQLAlchemy wraps SQLCipher's exceptions
    connector = connector or _plain_connector(path)
    if first is not None:
        connector = _first_then(first, connector)
    engine = create_engine(
        "sqlite://",
        creator=connector,
        **extra,
        hide_parameters=True,  # personal data must never reach a log or an error message
        poolclass=QueuePool,  # one connection per thread; "sqlite://" alone would mean :memory:
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    give_way.listen(engine)
    return engine


def is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text


# The tables whose size the planner must know (a list picks the wrong index without it).
STATISTICS_TABLES = ("visit", "participant", "person", "plan_action", "plan_area", "agenda_item")


def keep_statistics(conn: Any, *, optimize: bool = True) -> list[str]:
    """``ANALYZE`` (sampled) the big tables the planner has no statistics for, then
    ``PRAGMA optimize``; returns the tables analysed.

    SQLite 3.40's ``PRAGMA optimize`` never creates statistics for a table that has none (only
    refreshes ones that exist), so a database filled after its first ``ANALYZE`` would keep
    none: 200,000 participant rows then scan through the wrong index. ``analysis_limit`` keeps
    the sampling to milliseconds however large the file is.
    """
    run = conn.exec_driver_sql
    run("PRAGMA analysis_limit = 1000")
    has_stat = run(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    known = {r[0] for r in run("SELECT DISTINCT tbl FROM sqlite_stat1")} if has_stat else set()
    existing = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [
        table
        for table in STATISTICS_TABLES
        if table in existing
        and table not in known
        and run(f'SELECT 1 FROM "{table}" LIMIT 1').first() is not None
    ]
    for table in missing:
        run(f'ANALYZE "{table}"')
    if optimize:
        run("PRAGMA optimize")
    return missing


class Database:
    """An open database: engine, session factories and the unit-of-work helpers.

    A SQLite file (``path``), or the team's PostgreSQL server (``db/server.py``: ``dialect`` is
    ``"postgresql"``, ``path`` None, ``url`` where it is, without a password)."""

    dialect: str = "sqlite"
    url: str | None = None

    def __init__(
        self,
        path: Path | None,
        connector: Connector | None = None,
        *,
        key: bytes | None = None,
        first: Any | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None  # type: ignore[assignment]
        self.writes = 0  # units of work opened for writing (the session purges after writes)
        self.encrypted = key is not None
        self.daily_check_due = False  # the day's check and backup left to the window (startup)
        if engine is None:
            self.engine = make_engine(self.path, connector, key=key, first=first)
        else:
            self.engine = engine
            self.dialect = engine.dialect.name
        self._readable: dict[tuple[str, str], bool] = {}
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error (the file stays as it was)."""
        session = self._writer()
        self.writes += 1
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            if is_disk_full(exc):
                raise DatabaseError(
                    translate(
                        "database",
                        "The change could not be saved: the disk is full or cannot be written. "
                        "Nothing was changed; free some space and try again.",
                    )
                ) from exc
            _raise_if_corrupt(exc, self.path)
            raise
        except SQLAlchemyDatabaseError as exc:
            self._raise_if_refused(exc)
            _raise_if_corrupt(exc, self.path)
            raise
        finally:
            session.close()

    def may_read(self, table: str, column: str) -> bool:
        """False when the team server withholds ``column`` of ``table`` from this login (the
        reading role: the free-text notes of visits, organisations and municipalities), so a
        list selects an empty text in its place; asked once per column and connection."""
        if self.dialect != "postgresql":
            return True
        key = (table, column)
        if key not in self._readable:
            with self.engine.connect() as conn:
                self._readable[key] = bool(
                    conn.exec_driver_sql(
                        "SELECT has_column_privilege(%s, %s, 'SELECT')", (table, column)
                    ).scalar()
                )
        return self._readable[key]

    def _raise_if_refused(self, exc: BaseException) -> None:
        """The team server refused for lack of privilege (a reader's role): one line."""
        if self.dialect == "postgresql":
            from samordnare_desktop.db.server_roles import refusal

            refused = refusal(exc)
            if refused is not None:
                raise refused from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; anything written inside it is rolled back."""
        session = self._reader()
        try:
            yield session
        except SQLAlchemyDatabaseError as exc:
            self._raise_if_refused(exc)
            _raise_if_corrupt(exc, self.path)
            raise
        finally:
            session.close()  # rolls back whatever the reader began

    @contextmanager
    def read_raw(self) -> Iterator[Any]:
        """:meth:`read` as its DB-API connection (sqlite3, SQLCipher or psycopg), for the readers
        in plain SQL that the command line also runs without a session
        (``services.agenda_reader``)."""
        with self.read() as session:
            try:
                yield session.connection().connection.driver_connection
            except sqlite3.DatabaseError as exc:
                _raise_if_corrupt(exc, self.path)
                raise

    def close(self) -> None:
        """Clean exit: let SQLite optimise, fold the WAL back into the file, release connections."""
        if self.dialect != "sqlite":  # a server keeps its own statistics and log
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as conn:
                keep_statistics(conn)
                conn.commit()
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyDatabaseError:
            # a checkpoint blocked by another reader is harmless (SQLite retries next time); a
            # damaged file was already reported by the work that met it, and must not turn the
            # close into a second, unexpected error
            pass
        self.engine.dispose()

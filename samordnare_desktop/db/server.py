"""The team's shared PostgreSQL server as a store: the same models, the same Alembic line.

``open_server(url)`` returns the same :class:`Database` as a SQLite file (``read()``/``write()``
units of work, so ``Services(db)`` works unchanged) with ``dialect == "postgresql"``:

- An empty server database gets the whole Alembic line on first connect, in one transaction
  (PostgreSQL's DDL is transactional: a crash leaves it empty), under an advisory lock so two
  laptops connecting at once never migrate it twice.
- A database with a newer schema, or another programme's database, is refused with one line
  before anything is written.
- Writes queue as they do on SQLite (``BEGIN IMMEDIATE``): every write unit of work first takes
  one transaction-scoped advisory lock, so the services' read-check-write logic (unique names,
  version counters) runs as on one file. The app commits at human pace; a waiting writer waits
  (``lock_timeout``) instead of failing on a serialisation error.
- Times are naive UTC as on SQLite: each connection's ``timezone`` is UTC.

The URL is a libpq one (``postgresql://user@host:5432/dbname?sslmode=require``). TLS, keyring
and roles: ``db/credentials.py`` and ``db/server_roles.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from samordnare_desktop import give_way
from samordnare_desktop.db import migrate, server_connect, server_roles, server_url
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.migrate import SchemaState, SchemaStatus
from samordnare_desktop.db.server_url import ServerAddress
from samordnare_desktop.domain.errors import DatabaseError, UserError
from samordnare_desktop.i18n import translate

log = logging.getLogger(__name__)

# advisory lock keys (any two bigints unique to this app): "SAMW" writes, "SAMM" migrations
WRITE_LOCK = 0x53414D57
MIGRATE_LOCK = 0x53414D4D
LOCK_TIMEOUT_MS = 30_000
# tables a Samordnare schema always has: an unknown revision over them is a newer app's
OUR_TABLES = frozenset({"visit", "municipality", "person"})


def server_address(url: str, password: str | None = None) -> ServerAddress:
    """``url`` checked by the address rules (``db/server_url.py``: TLS off loopback, SCRAM, no
    plaintext over the network: one line each), with ``password`` if given, else the one in the
    URL, ``SAMORDNARE_SERVER_PASSWORD`` or the keyring (``db/credentials.py``; the copy sealed
    with a local database's key needs that database: ``services.server_settings``)."""
    from samordnare_desktop.db import credentials

    address = server_url.parse(url)
    if password is None:
        password = credentials.server_password(address)
    return address if password is None else address.with_password(password)


def display_url(url: str) -> str:
    """``url`` as it may be shown or logged: never its password."""
    try:
        return server_url.parse(url).url()
    except UserError:
        return "?"


def make_server_engine(address: ServerAddress) -> Engine:
    """Every pooled connection made by ``server_connect.connect``: the TLS/SCRAM rules and the
    5-second connect timeout hold for each one, not only the first."""
    options = f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}"

    def creator() -> Any:
        return server_connect.connect(address, options=options)

    engine = create_engine(
        "postgresql+psycopg://",
        creator=creator,
        hide_parameters=True,  # personal data must never reach a log or an error message
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,  # a laptop that slept finds its pooled connections dead
    )

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        # a role's limit met anywhere (services, sync, raw SQL): one line, not a traceback
        refused = server_roles.refusal(context.original_exception)
        if refused is not None:
            raise refused from context.sqlalchemy_exception

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # the SQLite engine's BEGIN IMMEDIATE: one writer at a time (see the module's text)
        if conn.get_execution_options().get("sqlite_immediate", False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    give_way.listen(engine)
    return engine


def _tables(conn: Any) -> set[str]:
    return {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )
    }


def inspect_server(conn: Any) -> SchemaStatus:
    """The server database's schema state, read only; another programme's database raises."""
    tables = _tables(conn)
    if not tables:
        if _tables_elsewhere(conn):  # a programme that keeps its tables in a schema of its own
            raise foreign_error()
        return SchemaStatus(SchemaState.MISSING, frozenset())
    if "alembic_version" not in tables:
        raise foreign_error()
    try:
        revisions = frozenset(
            str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
        )
    except Exception as exc:
        if not server_roles.is_denied(exc):
            raise
        # a table this login may not read: ours without a role for it, or another programme's
        raise (no_role_error() if tables >= OUR_TABLES else foreign_error()) from exc
    if not revisions and tables == {"alembic_version"}:
        return SchemaStatus(SchemaState.MISSING, revisions)
    if revisions - set(migrate.script_revisions()):
        if tables >= OUR_TABLES:
            return SchemaStatus(SchemaState.TOO_NEW, revisions)
        raise foreign_error()
    if not revisions:
        raise foreign_error()
    if revisions == migrate.script_heads():
        return SchemaStatus(SchemaState.CURRENT, revisions)
    return SchemaStatus(SchemaState.OUTDATED, revisions)


def _tables_elsewhere(conn: Any) -> bool:
    """Tables in a schema other than the current one (and the system's)."""
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname <> current_schema() "
            "AND schemaname NOT IN ('pg_catalog', 'information_schema') LIMIT 1"
        ).first()
        is not None
    )


def no_role_error() -> DatabaseError:
    return DatabaseError(
        translate(
            "server",
            "Your login has no role in this team server database (neither editor nor reader): "
            "ask its administrator. Nothing was changed.",
        )
    )


def not_owner_error(state: SchemaState) -> DatabaseError:
    """An empty or older server database that this login may not set up (only the owner
    creates and upgrades the tables)."""
    if state is SchemaState.MISSING:
        text = translate(
            "server",
            "The server database is empty, and only its owner may create the app's tables: "
            "the first connection must be made with the owner's login. Nothing was changed.",
        )
    else:
        text = translate(
            "server",
            "The server database has an older schema, and only its owner may upgrade it: ask "
            "the administrator to connect once with this version of the app. Nothing was "
            "changed.",
        )
    return DatabaseError(text)


def foreign_error() -> DatabaseError:
    return DatabaseError(
        translate(
            "server",
            "The server database belongs to another programme (it has tables but is no "
            "Samordnare database): nothing was changed. Ask for an empty database of your own.",
        )
    )


def too_new_error() -> DatabaseError:
    return DatabaseError(
        translate(
            "server",
            "The server database was written by a newer version of Samordnare Desktop: update "
            "the app. Nothing was changed.",
        )
    )


def outdated_error() -> DatabaseError:
    return DatabaseError(
        translate(
            "server",
            "The server database has an older schema; connect once with upgrading allowed. "
            "Nothing was changed.",
        )
    )


def open_server(
    url: str,
    *,
    password: str | None = None,
    upgrade: bool = True,
    seed: Callable[[Session], object] | None = None,
) -> Database:
    """The server database at ``url`` as a :class:`Database` (``dialect == "postgresql"``).

    An empty database gets the Alembic line (``upgrade``: also an outdated one); a newer or a
    foreign one is refused untouched. ``seed``: run in one write after a migration (and on every
    open: it must add only what is missing), e.g. the reference data; the services' own opener
    (``services.startup.open_server_database``) passes it.
    """
    address = server_address(url, password)
    engine = make_server_engine(address)
    try:
        with engine.connect() as conn:
            status = inspect_server(conn)
            conn.rollback()
            if status.state is SchemaState.TOO_NEW:
                raise too_new_error()
            if status.state is not SchemaState.CURRENT:
                if status.state is SchemaState.OUTDATED and not upgrade:
                    raise outdated_error()
                _migrate(conn)
        db = Database(None, engine=engine)
        db.url = address.url()  # never the password
        if seed is not None:
            with db.write() as session:
                seed(session)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        if server_connect.is_connect_error(exc):
            raise server_connect.explain(exc, address) from exc
        raise
    except Exception as exc:
        engine.dispose()
        if server_connect.is_connect_error(exc):  # raised by our creator, not wrapped
            raise server_connect.explain(exc, address) from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    return db


def _migrate(conn: Any) -> None:
    """Apply the Alembic line in one transaction, one laptop at a time (the state is read again
    under the lock: another laptop may have migrated meanwhile)."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
    status = inspect_server(conn)
    if status.state is SchemaState.TOO_NEW:
        conn.rollback()
        raise too_new_error()
    if status.state is not SchemaState.CURRENT:
        try:
            migrate.upgrade(conn)
            from samordnare_desktop.db.sync_triggers import install_triggers

            install_triggers(conn)  # the sync change log of a table added by a later revision
            server_roles.setup_roles(conn)  # the editor and reader roles' grants on every table
        except Exception as exc:
            if not server_roles.is_denied(exc):
                raise
            conn.rollback()  # PostgreSQL's DDL is transactional: nothing of it stays
            raise not_owner_error(status.state) from exc
        log.info("server schema upgraded to %s", sorted(migrate.script_heads()))
    conn.commit()

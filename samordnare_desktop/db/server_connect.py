"""Connecting to the team server under the rules of ``server_url``, and every way it can fail
told in one line (wrong password, unreachable, certificate, no SCRAM, no such database ...).

:func:`connect` is a psycopg connection factory (``open_server``'s engine uses it, so every
pooled connection follows the TLS/SCRAM rules and the 5 s time-out); :func:`explain` turns a
driver error into a :class:`DatabaseError` whose message names the server (without password)
and never carries the driver's English text or a traceback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from samordnare_desktop.db.server_url import CONNECT_TIMEOUT, ServerAddress, connect_args
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate

log = logging.getLogger(__name__)


def connect(address: ServerAddress, **extra: Any) -> Any:
    """A psycopg connection to ``address`` (raises the driver's errors; see :func:`explain`)."""
    import psycopg

    return psycopg.connect(**connect_args(address), **extra)


def _reason(exc: BaseException) -> tuple[str | None, str]:
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None), str(orig).lower()


def is_connect_error(exc: BaseException) -> bool:
    """A failure to reach or log in to the server (not an error of a statement)."""
    import psycopg

    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, psycopg.OperationalError):
        return False
    state, _ = _reason(exc)
    return state is None or state.startswith(("08", "28", "3D", "57P03", "53300"))


def explain(exc: BaseException, address: ServerAddress) -> DatabaseError:
    """One clear line for a failed connection to ``address``."""
    state, text = _reason(exc)
    server = address.display()
    log.warning("team server connection failed: %s", state or type(exc).__name__)
    if state == "28P01" or "password authentication failed" in text:
        message = translate(
            "server",
            "Wrong user name or password for the team server {server}. Nothing was changed.",
        )
    elif "no password supplied" in text:
        message = translate(
            "server",
            "The team server {server} asks for a password, and none is saved: give it in "
            "Arkiv > Team server, or set SAMORDNARE_SERVER_PASSWORD.",
        )
    elif state == "3D000" or ("database" in text and "does not exist" in text):
        message = translate(
            "server",
            "The team server {server} has no database by that name. Check the name, or ask "
            "its administrator to create it.",
        )
    elif "not permitted to log in" in text:  # ALTER ROLE ... NOLOGIN: a deactivated user's
        message = translate(
            "server",
            "The team server {server} no longer lets this login in: it has been deactivated. "
            "Ask the server's administrator to activate it again. Nothing was changed.",
        )
    elif state == "28000" or "pg_hba.conf" in text:
        message = translate(
            "server",
            "The team server {server} does not let this user in from this computer. Ask its "
            "administrator.",
        )
    elif state == "42501":
        message = translate(
            "server",
            "The user may not connect to this database on the team server {server}. Ask its "
            "administrator for a role.",
        )
    elif "authentication method requirement" in text or "did not complete authentication" in text:
        message = translate(
            "server",
            "Refused: the team server {server} does not use SCRAM passwords (it asked for a "
            "plaintext or MD5 password, or for none). Ask its administrator to switch to "
            "scram-sha-256.",
        )
    elif "channel binding" in text:
        message = translate(
            "server",
            "Refused: the login to {server} could not be bound to the encrypted connection "
            "(someone may be in between, or the server does not offer SCRAM with channel "
            "binding).",
        )
    elif "does not support ssl" in text or "ssl was required" in text:
        message = translate(
            "server",
            "Refused: the team server {server} offers no encrypted connection (TLS). Ask its "
            "administrator to turn TLS on.",
        )
    elif (
        "certificate" in text
        or "does not match host name" in text
        or "root certificate" in text
        or "sslrootcert" in text
    ):
        message = translate(
            "server",
            "Refused: the team server {server} could not prove who it is (its certificate does "
            "not match or is not trusted). Check the host name, or give its CA certificate.",
        )
    elif "timeout" in text or "timed out" in text:
        message = translate(
            "server",
            "The team server {server} did not answer within {seconds} seconds. Check the "
            "network and the address; the local database is untouched.",
        )
    elif (
        "could not translate host name" in text
        or "name or service not known" in text
        or "nodename nor servname" in text
        or "temporary failure in name resolution" in text
    ):
        message = translate(
            "server",
            "The team server {server} cannot be found: the host name is unknown (or there is no "
            "network). The local database is untouched.",
        )
    elif state in ("57P03", "53300") or "shutting down" in text or "starting up" in text:
        message = translate(
            "server",
            "The team server {server} is not accepting connections just now. Try again later.",
        )
    else:
        message = translate(
            "server",
            "The team server {server} cannot be reached (nothing answers there). Check the "
            "network and the address; the local database is untouched.",
        )
    return DatabaseError(message.format(server=server, seconds=CONNECT_TIMEOUT))


# --- what "Test the connection" reports ------------------------------------------------------
@dataclass(frozen=True)
class ServerProbe:
    """What a test connection found (read only: nothing is created or changed)."""

    version: str  # "15.18"
    user: str
    tls: bool
    role: str  # "owner", "editor", "reader" or "none"
    # "empty", "current", "outdated", "too_new" or "foreign"; "no_role" (alembic_version not
    # readable by this login), "empty_not_owner"/"outdated_not_owner" (only the owner sets the
    # tables up or upgrades them)
    schema: str


def probe(address: ServerAddress) -> ServerProbe:
    """Log in to ``address`` and look: who am I, TLS, my role, the schema (no writes)."""
    from samordnare_desktop.db import migrate
    from samordnare_desktop.db.server_roles import EDITOR, READER

    try:
        conn = connect(address)
    except Exception as exc:
        if is_connect_error(exc):
            raise explain(exc, address) from exc
        raise
    try:
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(
                "SELECT current_setting('server_version'), current_user, "
                "coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false), "
                "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                "OR (SELECT datdba FROM pg_database WHERE datname = current_database()) = "
                "(SELECT oid FROM pg_roles WHERE rolname = current_user)"
            )
            version, user, tls, owner = cur.fetchone()
            roles = {}
            for group in (EDITOR, READER):
                cur.execute(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
                    "AND pg_has_role(current_user, %s, 'MEMBER')",
                    (group, group),
                )
                roles[group] = bool(cur.fetchone()[0])
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            tables = {str(r[0]) for r in cur.fetchall()}
            cur.execute(
                "SELECT has_schema_privilege(current_schema(), 'CREATE'), EXISTS (SELECT 1 "
                "FROM pg_tables WHERE schemaname <> current_schema() "
                "AND schemaname NOT IN ('pg_catalog', 'information_schema'))"
            )
            may_create, elsewhere = cur.fetchone()
            revisions: set[str] = set()
            unreadable = False
            if "alembic_version" in tables:
                try:
                    cur.execute("SELECT version_num FROM alembic_version")
                    revisions = {str(r[0]) for r in cur.fetchall()}
                except Exception as exc:
                    if getattr(exc, "sqlstate", None) != "42501":
                        raise explain(exc, address) from exc
                    unreadable = True  # no right to read it: see the schema below
        conn.rollback()
    finally:
        conn.close()
    role = (
        "owner" if owner else "editor" if roles[EDITOR] else "reader" if roles[READER] else "none"
    )
    known = set(migrate.script_revisions())
    ours = {"visit", "municipality", "person"} <= tables
    if unreadable:  # ours without a role for this login, or another programme's
        schema = "no_role" if ours else "foreign"
    elif not tables and elsewhere:  # a programme with its tables in a schema of its own
        schema = "foreign"
    elif not tables or (tables == {"alembic_version"} and not revisions):
        schema = "empty" if owner or may_create else "empty_not_owner"
    elif "alembic_version" not in tables or not revisions:
        schema = "foreign"
    elif revisions - known:
        schema = "too_new" if ours else "foreign"
    elif revisions == set(migrate.script_heads()):
        schema = "current"
    else:
        schema = "outdated" if owner else "outdated_not_owner"
    return ServerProbe(str(version).split()[0], str(user), bool(tls), role, schema)

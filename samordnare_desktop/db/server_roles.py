"""Who may read and change what on the team server: enforced by PostgreSQL's grants, not the UI.

Two group roles (``NOLOGIN``); each person's login is a member of one:

- :data:`EDITOR` (``samordnare_editor``): samordnare, utredningssekreterare, ämnessakkunnig.
  Reads and writes every table of the programme (``SELECT, INSERT, UPDATE, DELETE``; sequences
  too); reads ``alembic_version`` but cannot change the schema: only the database's owner (the
  login that ran the migrations) can.
- :data:`READER` (``samordnare_reader``): the kommunikatör. ``SELECT`` on the tables of
  :data:`READER_TABLES` only: municipalities, counties, organisations, meetings and visits,
  agendas, the press (press meeting and contact on the visit, journalists), head counts, and
  the team's user names; of visits, organisations and municipalities every column but the
  free-text ``notes`` (:data:`WITHHELD_COLUMNS`: they name participants). Nothing else: no ``person``, ``participant``, ``contact``, action
  plans, minutes, findings, time studies or care reports; a new table is the editors' only until
  it is added here. The server answers ``permission denied`` (SQLSTATE 42501), which
  :func:`refusal` turns into one Swedish line.

:func:`setup_roles` is idempotent (run on every upgrade by the owner: grants follow new tables);
:func:`create_login` makes a person's ``LOGIN`` role with a SCRAM verifier computed on the
client (the password itself never reaches the server's statement log).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.i18n import translate

EDITOR = "samordnare_editor"
READER = "samordnare_reader"
GROUPS = (EDITOR, READER)

# What the kommunikatör may read: meetings, agendas, press, organisations, municipalities.
READER_TABLES = (
    "alembic_version",
    "app_user",
    "county",
    "municipality",
    "organisation",
    "assignment",
    "visit",
    "visit_organisation",
    "visit_focus_group",
    "visit_question",
    "visit_headcount",
    "visit_journalist",
    # with its presenters: the meeting's programme names its speakers in their role (name,
    # title, organisation; no contact details, no link to a participant), as the printed agenda
    # does and the press needs; an erasure reaches the reader's copy with the next sync
    "agenda_item",
    "agenda_template",
    "agenda_template_item",
    "focus_group",
    "question",
    "theme",
    # sync's change log (ids, table names, who changed a row: no row's data), so a read-only
    # laptop pulls the tables above (services/sync leaves out what it may not read)
    "sync_row",
    # the server database's random id (no data): a laptop checks it is the server it synced with
    "sync_identity",
)
# Free-text columns of READER_TABLES the reader may not read (column grants): the coordinator's
# notes on a visit, an organisation or a municipality name participants and contacts. The
# meeting's press fields and agenda stay readable (the press needs them).
WITHHELD_COLUMNS = {
    "visit": ("notes",),
    "organisation": ("notes",),
    "municipality": ("notes",),
}
# sync's change log: the reader sees (row security) only the entries of the tables above, so
# not even which persons or participants exist or when they changed
CHANGE_LOG = "sync_row"
# Never readable by the reader, whatever is added to READER_TABLES by mistake (tested).
PERSONAL_TABLES = ("person", "participant", "contact")
# Tables only the owner writes (schema bookkeeping).
OWNER_ONLY = ("alembic_version", "sync_identity")

log = logging.getLogger(__name__)
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
# names PostgreSQL refuses or gives a meaning of its own (in grants and pg_hba.conf)
RESERVED_LOGINS = frozenset(
    {"public", "none", "all", "current_user", "current_role", "session_user", "user"}
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn: Any) -> set[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).all()
    return {str(r[0]) for r in rows}


def _columns(conn: Any, table: str) -> str:
    """`` (a, b, ...)``: the columns of ``table`` the reader may read, when some are withheld
    (:data:`WITHHELD_COLUMNS`); empty (the whole table) otherwise."""
    withheld = set(WITHHELD_COLUMNS.get(table, ()))
    if not withheld:
        return ""
    names = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    ).scalars()
    return " (" + ", ".join(_quote(str(n)) for n in names if n not in withheld) + ")"


def setup_roles(conn: Any) -> bool:
    """Create the group roles (if missing) and (re)grant on every table now in the schema.

    Run by the database's owner inside a transaction (``conn``: a SQLAlchemy connection).
    False (and nothing granted) when the roles are missing and the owner may not create them.
    """
    assert not set(READER_TABLES) & set(PERSONAL_TABLES)
    run = conn.execute
    for group in GROUPS:
        exists = run(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
        if exists is None:
            try:
                with conn.begin_nested():
                    run(text(f"CREATE ROLE {_quote(group)} NOLOGIN"))
            except (DBAPIError, ServerRefusal) as exc:
                if not is_denied(exc):
                    raise
                # an owner without CREATEROLE (a hosted server): its administrator creates
                # the two roles once; until then only the owner works on the database
                log.warning("the team server's roles could not be created (no CREATEROLE)")
                return False
    schema = run(text("SELECT current_schema()")).scalar_one()
    database = run(text("SELECT current_database()")).scalar_one()
    s, db = _quote(schema), _quote(database)
    run(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    run(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {_quote(EDITOR)}, {_quote(READER)}"))
    run(text(f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC"))
    run(text(f"GRANT USAGE ON SCHEMA {s} TO {_quote(EDITOR)}, {_quote(READER)}"))
    tables = _tables(conn)
    for table in sorted(tables):
        t = f"{s}.{_quote(table)}"
        run(text(f"REVOKE ALL ON {t} FROM PUBLIC, {_quote(READER)}"))
        if table in OWNER_ONLY:
            run(text(f"REVOKE ALL ON {t} FROM {_quote(EDITOR)}"))
            run(text(f"GRANT SELECT ON {t} TO {_quote(EDITOR)}"))
        else:
            run(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {_quote(EDITOR)}"))
        if table in READER_TABLES:
            # REVOKE ALL above also took any column grants: an upgraded server loses the
            # table-wide SELECT it gave before the columns were withheld
            run(text(f"GRANT SELECT{_columns(conn, table)} ON {t} TO {_quote(READER)}"))
    run(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {_quote(EDITOR)}"))
    if CHANGE_LOG in tables:
        _change_log_rows(conn, f"{s}.{_quote(CHANGE_LOG)}")
    # tables a later migration creates: the editors' at once, the reader's only when listed
    run(
        text(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE "
            f"ON TABLES TO {_quote(EDITOR)}"
        )
    )
    run(
        text(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT, UPDATE "
            f"ON SEQUENCES TO {_quote(EDITOR)}"
        )
    )
    return True


def _change_log_rows(conn: Any, table: str) -> None:
    """Row security on the change log: editors every entry, the reader its tables' only (the
    owner, who migrates, is not subject to it)."""
    run = conn.execute
    readable = ", ".join("'" + t.replace("'", "''") + "'" for t in READER_TABLES)
    run(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    run(text(f"DROP POLICY IF EXISTS samordnare_editor_rows ON {table}"))
    run(
        text(
            f"CREATE POLICY samordnare_editor_rows ON {table} FOR ALL TO {_quote(EDITOR)} "
            "USING (true) WITH CHECK (true)"
        )
    )
    run(text(f"DROP POLICY IF EXISTS samordnare_reader_rows ON {table}"))
    run(
        text(
            f"CREATE POLICY samordnare_reader_rows ON {table} FOR SELECT TO {_quote(READER)} "
            f"USING (table_name IN ({readable}))"
        )
    )


def group_for(role: Any) -> str:
    """The group role of a named user's role (``domain.user.UserRole``): the kommunikatör
    reads, everyone else edits."""
    return READER if str(getattr(role, "value", role)) == "communicator" else EDITOR


def check_login_name(login: str) -> str:
    if (
        not LOGIN_NAME.match(login or "")
        or login in GROUPS
        or login in RESERVED_LOGINS
        or login.startswith("pg_")
    ):
        raise ValidationError(
            "login",
            translate(
                "server",
                "Not a usable login name: {login}. Use small letters a-z, digits, '.', '_' "
                "or '-', beginning with a letter (e.g. anna.berg).",
            ).format(login=login),
        )
    return login


def login_from_name(name: str) -> str:
    """``Anna Åberg`` -> ``anna.aberg`` (a suggestion; the person may give their own)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(ch for ch in folded if ch.isascii())
    login = re.sub(r"[^a-z0-9]+", ".", ascii_only).strip(".")
    return login[:63] or "user"


def login_of(conn: Any, name: str) -> str | None:
    """The login of the team's user ``name`` on this server: the one :func:`create_login` noted
    as that person's (its comment), else one named as ``users add --login`` names it by default
    (``Anna Berg`` -> ``anna.berg``); only a login in a Samordnare group. None: none found."""
    rows = conn.execute(
        text(
            "SELECT m.rolname, shobj_description(m.oid, 'pg_authid') FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname IN (:e, :r) ORDER BY m.rolname"
        ),
        {"e": EDITOR, "r": READER},
    ).all()
    for login, comment in rows:
        if comment == _person_comment(name):
            return str(login)
    default = login_from_name(name)
    return default if any(str(r[0]) == default for r in rows) else None


def _person_comment(name: str) -> str:
    return f"Samordnare: {' '.join(name.split())}"


def set_login_enabled(conn: Any, login: str, enabled: bool) -> None:
    """``ALTER ROLE login [NO]LOGIN``: a deactivated user's login can no longer connect (its
    sessions open now end when they disconnect). Needs CREATEROLE (the owner); a refusal
    raises as the server's error (:func:`is_denied`)."""
    check_login_name(login)
    conn.exec_driver_sql(f"ALTER ROLE {_quote(login)} {'LOGIN' if enabled else 'NOLOGIN'}")


def create_login(conn: Any, login: str, password: str, role: Any, person: str | None = None) -> str:
    """Create (or re-role and re-password) the LOGIN role ``login`` in the group of ``role``.

    ``conn`` is a SQLAlchemy connection as a user with ``CREATEROLE`` (the owner); returns the
    group role. The password goes to the server as a SCRAM-SHA-256 verifier only.
    """
    check_login_name(login)
    if len(password) < 12:
        raise ValidationError(
            "password",
            translate("server", "The password must have at least 12 characters."),
        )
    if not setup_roles(conn):
        raise UserError(
            translate(
                "server",
                "The team server has no Samordnare roles yet, and this user may not create "
                "roles. Ask the server's administrator to run this once.",
            )
        )
    group = group_for(role)
    pgconn = conn.connection.driver_connection.pgconn
    verifier = pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")
    name = _quote(login)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
    if exists is None:
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{_literal(verifier)}'")
    else:
        if conn.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = :r"),
            {"r": login},
        ).scalar_one():
            raise UserError(
                translate(
                    "server",
                    "{login} administers the team server; its role is not changed here.",
                ).format(login=login)
            )
        conn.exec_driver_sql(f"ALTER ROLE {name} LOGIN PASSWORD '{_literal(verifier)}'")
    for other in GROUPS:
        conn.exec_driver_sql(f"REVOKE {_quote(other)} FROM {name}")
    conn.exec_driver_sql(f"GRANT {_quote(group)} TO {name}")
    if person:  # whose login: deactivating the user finds it (login_of)
        comment = _person_comment(person).replace("'", "''")
        conn.exec_driver_sql(f"COMMENT ON ROLE {name} IS '{comment}'")
    return group


def _literal(verifier: str) -> str:
    if not re.fullmatch(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=:]+", verifier):
        raise ValueError("not a SCRAM verifier")
    return verifier


def logins(conn: Any) -> list[tuple[str, tuple[str, ...], bool]]:
    """(login, its groups, may log in) for every member of one of the groups, once each, by
    name: a login an administrator granted both groups is one row naming both; a deactivated
    login (``NOLOGIN``) is listed too, so the owner sees who can be let in again; a group role
    of the server's own given one of ours (it has members) is no login."""
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname IN (:e, :r) AND (m.rolcanlogin OR NOT EXISTS "
            "(SELECT 1 FROM pg_auth_members x WHERE x.roleid = m.oid)) "
            "ORDER BY m.rolname, g.rolname"
        ),
        {"e": EDITOR, "r": READER},
    ).all()
    found: dict[str, tuple[tuple[str, ...], bool]] = {}
    for login, group, may in rows:
        groups, _ = found.get(str(login), ((), bool(may)))
        found[str(login)] = ((*groups, str(group)), bool(may))
    return [(login, groups, may) for login, (groups, may) in found.items()]


class ServerRefusal(UserError):
    """The team server refused a statement for lack of privilege (a role's limit)."""


def is_denied(exc: BaseException) -> bool:
    """The server refused for lack of privilege (SQLSTATE 42501)."""
    if isinstance(exc, ServerRefusal):
        return True
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) == "42501"


def refusal(exc: BaseException) -> UserError | None:
    """One Swedish line for a privilege the server refused, or None for any other error."""
    if not is_denied(exc):
        return None
    return ServerRefusal(
        translate(
            "server",
            "The team server refuses this: your role may not see or change it (the reading "
            "role sees no participants, persons or contacts). Ask the coordinator if you "
            "need more.",
        )
    )

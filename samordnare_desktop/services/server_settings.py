"""The team server this local database works with: one small, Qt-free place that the window
(Arkiv > Teamserver…), ``sync`` and the command line all read.

Kept per local database in ``<database>.teamserver.json`` beside it (owner-only, written
atomically; see ``db/credentials.py``), under ``"server"``: host, port, database, user, sslmode
and an optional CA file. Never the password: that is in the keyring, or sealed with the local
database's key in the same file (``"passwords"``), or nowhere (asked each time).

``load(db_path)`` returns :class:`ServerSettings` or None (no server set: ``configured`` is
false for sync); ``ServerSettings.url()`` is the address without the password, as ``--server``
takes it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from samordnare_desktop.db import credentials, server_connect, server_url
from samordnare_desktop.db.server_url import DEFAULT_PORT, ServerAddress
from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.i18n import translate

KEY = "server"  # the entry in the team-server file
SSL_MODES = ("", "verify-full", "verify-ca", "require", "disable")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = DEFAULT_PORT
    database: str = "samordnare"
    user: str = ""
    sslmode: str = ""  # "": the rule (verify-full over the network, libpq's default on loopback)
    sslrootcert: str = ""  # the team's own CA certificate (a file), if not a public one

    def address(self, password: str | None = None) -> ServerAddress:
        """The checked address (raises the address rules' one-line refusals)."""
        return server_url.parse(self.url()).with_password(password)

    def url(self) -> str:
        """``postgresql://user@host:port/database?...``: never a password."""
        options = tuple(
            (name, value)
            for name, value in (("sslmode", self.sslmode), ("sslrootcert", self.sslrootcert))
            if value
        )
        host = self.host.strip()
        if host.startswith("/"):  # a Unix socket folder (a server on this computer)
            options = (("host", host), *options)
            host = ""
        return ServerAddress(
            host=host, port=self.port, database=self.database, user=self.user, options=options
        ).url()

    @property
    def loopback(self) -> bool:
        return server_url.is_loopback(self.host)

    @classmethod
    def from_url(cls, url: str) -> ServerSettings:
        address = server_url.parse(url)
        return cls(
            host=address.host,
            port=address.port,
            database=address.database,
            user=address.user,
            sslmode=address.sslmode or "",
            sslrootcert=address.option("sslrootcert") or "",
        )


def validate(settings: ServerSettings) -> ServerSettings:
    """Cleaned settings, or a :class:`ValidationError` naming the field."""
    host = settings.host.strip()
    if not host:
        raise ValidationError("host", translate("server", "Give the team server's host name."))
    if not 1 <= int(settings.port) <= 65535:
        raise ValidationError("port", translate("server", "The port is a number 1–65535."))
    database = settings.database.strip()
    if not database:
        raise ValidationError("database", translate("server", "Give the database's name."))
    user = settings.user.strip()
    if not user:
        raise ValidationError("user", translate("server", "Give your user name on the server."))
    if settings.sslmode not in SSL_MODES:
        raise ValidationError("sslmode", translate("server", "Unknown TLS setting."))
    cleaned = ServerSettings(
        host, int(settings.port), database, user, settings.sslmode, settings.sslrootcert.strip()
    )
    cleaned.address()  # the TLS rule: plaintext over the network is refused here
    return cleaned


def load(db_path: Path) -> ServerSettings | None:
    entry = credentials.read_store(db_path).get(KEY)
    if not isinstance(entry, dict) or not entry.get("host"):
        return None
    try:
        return ServerSettings(
            host=str(entry["host"]),
            port=int(entry.get("port", DEFAULT_PORT)),
            database=str(entry.get("database", "samordnare")),
            user=str(entry.get("user", "")),
            sslmode=str(entry.get("sslmode", "")),
            sslrootcert=str(entry.get("sslrootcert", "")),
        )
    except (TypeError, ValueError):
        return None


def save(db_path: Path, settings: ServerSettings) -> ServerSettings:
    """Keep ``settings`` (validated) for ``db_path``; the password is kept separately."""
    settings = validate(settings)
    document = credentials.read_store(db_path)
    credentials.write_store(db_path, {**document, KEY: asdict(settings)})
    return settings


def clear(db_path: Path) -> None:
    """Forget the server and its kept password."""
    settings = load(db_path)
    if settings is not None:
        forget_password(db_path, settings)
    document = credentials.read_store(db_path)
    if KEY in document:
        document.pop(KEY)
        credentials.write_store(db_path, document)


# --- the password -----------------------------------------------------------------------------
def can_keep_password(db_path: Path) -> bool:
    return credentials.can_store(db_path)


def keep_password(db_path: Path, settings: ServerSettings, password: str) -> str:
    """``"keyring"`` or ``"sealed"``; a :class:`UserError` when it cannot be kept."""
    return credentials.store_password(settings.address(), password, db_path)


def forget_password(db_path: Path, settings: ServerSettings) -> None:
    with contextlib.suppress(UserError):  # an address the rules refuse has none kept either
        credentials.forget_password(settings.address(), db_path)


def kept_password(db_path: Path, settings: ServerSettings) -> str | None:
    return credentials.stored_password(settings.address(), db_path)


def password_place(db_path: Path, settings: ServerSettings) -> str | None:
    """Where the password is kept: ``"keyring"``, ``"sealed"`` or None."""
    return credentials.where_stored(settings.address(), db_path)


def password_place_text(place: str | None, db_path: Path) -> str:
    """One sentence for the dialog: where the password is, or would be, kept."""
    if place == "keyring":
        return translate("server", "The password is kept in the operating system's keyring.")
    if place == "sealed":
        return translate(
            "server", "The password is kept sealed with the local database's key (no keyring)."
        )
    if credentials.usable_keyring() is not None:
        return translate("server", "The password will be kept in the operating system's keyring.")
    if credentials.can_store(db_path):
        return translate(
            "server",
            "No keyring on this computer: the password will be sealed with the local "
            "database's key.",
        )
    return credentials.cannot_store_message()


# --- TLS, and testing the connection -----------------------------------------------------------
def tls_text(settings: ServerSettings) -> str:
    """What protects the connection, as the dialog shows it."""
    try:
        address = settings.address()
    except UserError as exc:
        return exc.message
    args = server_url.connect_args(address)
    mode = str(args.get("sslmode") or "")
    if address.loopback and mode in ("", "disable", "allow", "prefer"):
        return translate("server", "On this computer (loopback): TLS is not required.")
    scram = (
        "" if address.loopback else " " + translate("server", "The password is checked with SCRAM.")
    )
    if mode == "verify-full":
        return (
            translate(
                "server",
                "TLS, and the server proves with its certificate that it is {host} (verify-full).",
            ).format(host=address.host)
            + scram
        )
    if address.loopback:
        return translate(
            "server", "TLS without checking the server's certificate ({mode})."
        ).format(mode=mode)
    return translate(
        "server",
        "TLS without checking the server's certificate ({mode}); the SCRAM login is bound to "
        "the encrypted channel.",
    ).format(mode=mode)


@dataclass(frozen=True)
class ConnectionCheck:
    version: str
    user: str
    tls: bool
    role: str
    schema: str

    def summary(self) -> str:
        roles = {
            "owner": translate("server", "owner (sets the database up)"),
            "editor": translate("server", "editor"),
            "reader": translate("server", "reader (no personal data)"),
            "none": translate("server", "no Samordnare role"),
        }
        schemas = {
            "empty": translate(
                "server", "The database is empty: it gets the app's tables at the first sync."
            ),
            "current": translate("server", "The database is ready for this version of the app."),
            "outdated": translate(
                "server", "The database has an older schema: it is upgraded at the first sync."
            ),
        }
        line = translate(
            "server", "Connected: PostgreSQL {version} as {user}, role {role}, {tls}."
        ).format(
            version=self.version,
            user=self.user,
            role=roles.get(self.role, self.role),
            tls=translate("server", "encrypted (TLS)")
            if self.tls
            else translate("server", "not encrypted (this computer)"),
        )
        return line + " " + schemas.get(self.schema, "")


def check_connection(settings: ServerSettings, password: str | None) -> ConnectionCheck:
    """Log in and look (no writes, the local database untouched). Refuses in one line: the
    address rules, a failed login, a newer schema, another programme's database."""
    from samordnare_desktop.domain.errors import DatabaseError

    settings = validate(settings)
    found = server_connect.probe(settings.address(password))
    if found.schema == "too_new":
        raise DatabaseError(
            translate(
                "server",
                "The server database was written by a newer version of Samordnare Desktop: "
                "update the app. Nothing was changed.",
            )
        )
    if found.schema == "foreign":
        raise DatabaseError(
            translate(
                "server",
                "The server database belongs to another programme (it has tables but is no "
                "Samordnare database): nothing was changed. Ask for an empty database of your "
                "own.",
            )
        )
    from samordnare_desktop.db.migrate import SchemaState
    from samordnare_desktop.db.server import no_role_error, not_owner_error

    if found.schema == "no_role":
        raise no_role_error()
    if found.schema in ("empty_not_owner", "outdated_not_owner"):
        raise not_owner_error(
            SchemaState.MISSING if found.schema == "empty_not_owner" else SchemaState.OUTDATED
        )
    return ConnectionCheck(found.version, found.user, found.tls, found.role, found.schema)


# --- opening the team server: the one entry for --server, sync and the window -----------------
def configured_url(db_path: Path | None) -> str | None:
    """The saved server's URL for ``db_path`` (no password), or None (``SyncService``'s
    ``server_url``)."""
    if db_path is None:
        return None
    settings = load(db_path)
    return settings.url() if settings is not None else None


def server_password(db_path: Path | None, url: str) -> str | None:
    """The password for ``url``: typed in it, ``SAMORDNARE_SERVER_PASSWORD``, the keyring, the
    copy sealed with ``db_path``'s key; None when there is none."""
    return credentials.server_password(server_url.parse(url), db_path)


def open_team_server(
    db_path: Path | None,
    url: str | None = None,
    *,
    password: str | None = None,
    ask_password: Callable[[str], str | None] | None = None,
    upgrade: bool = True,
):
    """The team server as a ``Database``: ``url`` (``--server``) or the saved one; the password
    given, else kept (:func:`server_password`), else ``ask_password(server shown)``. Every
    refusal is one line (address rules, login, newer schema, another programme); the local
    database is not touched."""
    from samordnare_desktop.services.startup import open_server_database

    url = url or configured_url(db_path)
    if not url:
        raise UserError(
            translate(
                "server",
                "No team server is set: give --server postgresql://USER@HOST/DATABASE, or set "
                "it in Arkiv > Team server.",
            )
        )
    address = server_url.parse(url)
    if password is None:
        password = credentials.server_password(address, db_path)
    if password is None and ask_password is not None:
        password = ask_password(address.display())
    return open_server_database(address.url(), password=password, upgrade=upgrade)

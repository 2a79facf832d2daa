"""Is the server the one this laptop synced with? (issue #20)

Every database holds one random id made with its schema (``sync_identity``, migration 0026): a
server database recreated empty has another one. A laptop notes the server's id at its first
sync (``sync_state.server_id``). A server restored from an older backup keeps its id but lost
changes: its latest change number is then below the laptop's checkpoint. Either way the
laptop's checkpoint and bases describe a server that no longer exists, so the sync stops
before anything is written (:class:`ServerChanged`, one line) until the user treats the server
as new (:func:`reset`, ``sync --reseed``): checkpoint and bases forgotten, every local row noted
for the push, so this laptop's data fills the server and rows it has already merge as usual.

Not detected: a restored server that other laptops have since pushed past this laptop's
checkpoint under the old id (the numbers overlap). Reseeding is always safe to repeat.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.sync import sync_base, sync_erasure, sync_identity, sync_state
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.sync import engine
from samordnare_desktop.services.sync.ops import _watermark

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database

log = logging.getLogger(__name__)


class ServerChanged(UserError):
    """The team server is not the database this laptop last synced with."""


def changed_error() -> ServerChanged:
    return ServerChanged(
        translate(
            "sync",
            "The team server is not the database this computer last synced with (it was "
            "recreated, or restored from an older backup). Nothing was changed. To treat it as "
            "a new server and send everything on this computer to it, sync with --reseed "
            "(in the window: answer Yes).",
        )
    )


def server_id(server: Database) -> str | None:
    """The server database's random id; made now if it has none (its row removed) where the
    login may (the database's owner: editors and readers only read it); else None."""
    found = _read_id(server)
    if found is None:
        try:
            with server.engine.begin() as conn:
                conn.execute(
                    insert(sync_identity).values(
                        id=1, database_id=uuid.uuid4().hex, created_at=utcnow()
                    )
                )
        except (DBAPIError, UserError):  # not the owner; or another laptop made it first
            log.info("sync: the server's id could not be made here")
        found = _read_id(server)
    return found


def _read_id(server: Database) -> str | None:
    try:
        with server.engine.connect() as conn:
            found = conn.execute(
                select(sync_identity.c.database_id).where(sync_identity.c.id == 1)
            ).scalar()
    except UserError:  # a role without the grant (ServerRefusal): the checkpoint check remains
        log.warning("sync: this login may not read the server's id")
        return None
    return None if found is None else str(found)


def prepare(db: Database, server: Database, *, reseed: bool = False) -> None:
    """Before a sync: stop with :class:`ServerChanged` (nothing written anywhere) when the
    server is not the one this laptop synced with; note the server's id at the first sync.
    ``reseed``: treat the server as new (:func:`reset`) instead of checking."""
    ident = server_id(server)
    if reseed:
        reset(db, ident)
        return
    with db.read() as s:
        row = (
            s.connection()
            .execute(
                select(sync_state.c.server_id, sync_state.c.checkpoint).where(sync_state.c.id == 1)
            )
            .first()
        )
    known, checkpoint = (None, 0) if row is None else (row[0], int(row[1] or 0))
    if known is not None and ident is not None and known != ident:
        log.warning("sync: the server's id differs from the one this laptop synced with")
        raise changed_error()
    if checkpoint > (_watermark(server) or 0):
        log.warning("sync: this laptop's checkpoint is beyond the server's latest change")
        raise changed_error()
    if ident is not None and known != ident:
        with db.write() as s:
            conn = s.connection()
            engine.state(conn)  # the row, where a database has none yet
            conn.execute(update(sync_state).where(sync_state.c.id == 1).values(server_id=ident))


def reset(db: Database, ident: str | None) -> None:
    """Treat the server as new: forget the checkpoint, the bases and a batch sent to the old
    server, and sync under a new device name; every local row is noted for the push again (the
    outbox keeps the deletions it holds). Open conflicts stay for the user to decide."""
    with db.write() as s:
        conn = s.connection()
        engine.state(conn)
        conn.execute(delete(sync_base))
        # every erasure known here goes to the server again, numbered by it anew (a restored
        # server lacks those made after its backup, and its numbers restart below ours)
        conn.execute(update(sync_erasure).values(seq=None))
        engine.set_state(
            conn,
            checkpoint=0,
            enqueued_all=False,  # the sync's preparation notes every row
            pending=None,
            pending_id=None,
            pending_upto=None,
            server_id=ident,
            # a new name on the server: a pull skips the rows this device pushed, and a restored
            # server's rows from before would otherwise never come back here
            device=uuid.uuid4().hex,
        )
    log.info("sync: the server is treated as new (reseed)")

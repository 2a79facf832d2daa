"""A GDPR erasure reaches the server and every laptop (issue #20).

An erasure travels as an event without the name (``sync_erasure``: the ids of the person's rows,
what they were matched on, the records chosen). At the start of every sync, before it pushes,
a laptop takes the server's events newer than the newest it has, and for each person it still
holds it runs its own erasure: it still knows the name (in its copy of those rows), so it finds
the mentions in its own rows, outbox, bases, conflicts and backups. Then it sends its own
events. Every pushed batch names the newest event its laptop had applied; the server refuses a
batch older than its newest event (the laptop applies it and sends the batch again), so text
written offline before the erasure arrived never reaches the server.

An exchange file carries every event its laptop knows: the importing side applies those it
lacks before the batch, and refuses a file whose laptop lacked one of its own (made before the
erasure reached it: its texts may name the person, and the name is no longer known here to find
them by). A pull before this laptop's own events were sent erases again, from the rows as they
now are, a person the pull brought back.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.sync import sync_erasure
from samordnare_desktop.services.sync.privacy import next_erasure_seq

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database
    from samordnare_desktop.services import privacy

log = logging.getLogger(__name__)

ROUNDS = 5  # a batch refused as older than an erasure is sent again at most this many times


class Stale(Exception):
    """The server has an erasure the pushing laptop had not applied: the batch was refused."""


def _event(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {
        "id": m["id"].hex,
        "seq": m["seq"],
        "device": m["device"],
        "erased_at": m["erased_at"].isoformat(),
        "keys": m["keys"],
        "rows": m["rows"],
        "chosen": m["chosen"],
    }


def seen(db: Database) -> int:
    """The newest server erasure this laptop has applied (0: none)."""
    with db.read() as s:
        return int(
            s.connection().execute(select(func.coalesce(func.max(sync_erasure.c.seq), 0))).scalar()
        )


def events(db: Database) -> list[dict[str, Any]]:
    """Every erasure this database knows (an exchange file carries them)."""
    with db.read() as s:
        return [_event(r) for r in s.connection().execute(select(sync_erasure))]


def check_current(conn: Connection, payload: dict[str, Any]) -> None:
    """On the server, in the batch's transaction: refuse a batch made before an erasure its
    laptop has not applied (the erasure's insert waits for this transaction, and it for that)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE sync_erasure IN SHARE MODE")
    newest = conn.execute(select(func.coalesce(func.max(sync_erasure.c.seq), 0))).scalar()
    if int(newest) > int(payload.get("erased") or 0):
        raise Stale(f"the server has erasure {newest}; the batch was made before it")


# --- the person an event names, as this database has them ------------------------------------
def _specs() -> dict[str, tuple[Any, str, str | None]]:
    # privacy maps every person-holding class: imported when an erasure is read, not with the
    # sync service (whose status the window shows at start, before any of those are mapped)
    from samordnare_desktop.services import privacy

    return {
        spec.model.__tablename__: (spec.model, spec.name_attr, spec.email_attr)
        for spec in (*privacy.PERSON_SOURCES, *privacy.PERSON_REFERENCES)
    }


def _person_here(
    db: Database, event: dict[str, Any], among: set[tuple[str, str]] | None = None
) -> privacy.PersonQuery | None:
    """The name and/or e-mail the event's rows hold here (None: nothing left to erase); with
    ``among``, only those of its rows that are among these (table, id hex)."""
    from samordnare_desktop.services import privacy

    specs = _specs()
    names: Counter[str] = Counter()
    emails: Counter[str] = Counter()
    gone = privacy.deleted_person_label()
    with db.read() as s:
        for table, row_id in json.loads(event["rows"]):
            spec = specs.get(table)
            if spec is None or (among is not None and (table, row_id) not in among):
                continue
            model, name_attr, email_attr = spec
            row = s.get(model, uuid.UUID(hex=row_id))
            if row is None:
                continue
            name = (getattr(row, name_attr) or "").strip()
            if name and name != gone:
                names[name] += 1
            email = (getattr(row, email_attr) or "").strip() if email_attr else ""
            if email:
                emails[email] += 1
    keys = set((event.get("keys") or "").split())
    name = names.most_common(1)[0][0] if "name" in keys and names else ""
    email = emails.most_common(1)[0][0] if "email" in keys and emails else ""
    if len(name) < 3:
        name = ""
    if not name and not email:
        return None
    return privacy.PersonQuery(name, email)


def _erase_here(
    db: Database,
    event: dict[str, Any],
    *,
    backups: bool,
    among: set[tuple[str, str]] | None = None,
) -> bool:
    query = _person_here(db, event, among)
    if query is None:
        return False
    from samordnare_desktop.services import privacy

    chosen = None if event.get("chosen") is None else json.loads(event["chosen"])
    try:
        privacy.PrivacyService(db).erase_person(
            query.name or None,
            query.email or None,
            include_backups=backups,
            only=chosen,
            announce=False,
        )
    except UserError:  # nothing stored here after all
        return False
    return True


def _store(db: Database, event: dict[str, Any], seq: int | None) -> None:
    with db.write() as s:
        conn = s.connection()
        known = conn.execute(
            select(sync_erasure.c.seq).where(sync_erasure.c.id == uuid.UUID(hex=event["id"]))
        ).first()
        if known is not None:
            if known[0] is None and seq is not None:
                conn.execute(
                    update(sync_erasure)
                    .where(sync_erasure.c.id == uuid.UUID(hex=event["id"]))
                    .values(seq=seq)
                )
            return
        if seq is None and conn.dialect.name == "postgresql":
            seq = next_erasure_seq(conn)  # the server numbers what reaches it
        conn.execute(
            insert(sync_erasure).values(
                id=uuid.UUID(hex=event["id"]),
                seq=seq,
                device=event.get("device"),
                erased_at=_when(event["erased_at"]),
                keys=event["keys"],
                rows=event["rows"],
                chosen=event.get("chosen"),
            )
        )


def _when(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def _known(db: Database) -> set[str]:
    with db.read() as s:
        return {r[0].hex for r in s.connection().execute(select(sync_erasure.c.id))}


def receive(db: Database, incoming: Iterable[dict[str, Any]], *, numbered: bool) -> int:
    """Apply the events this database lacks (erasing the person here, backups included) and
    note them; ``numbered``: they come from the server, their numbers are kept. Returns how
    many persons were erased here."""
    known = _known(db)
    erased = 0
    for event in incoming:
        if event["id"] not in known:
            erased += _erase_here(db, event, backups=True)
        _store(db, event, event.get("seq") if numbered else None)
    return erased


def erase_again(
    db: Database, wanted: Iterable[dict[str, Any]], brought: set[tuple[str, str]]
) -> int:
    """Erase again the persons of ``wanted`` (this database's events) whose rows ``brought``
    (table, id hex: by a pull, an exchange file) hold them again; returns how many. Only the
    rows just brought: a field blanked by the erasure and filled in since names someone else."""
    if not brought:
        return 0
    return sum(_erase_here(db, event, backups=False, among=brought) for event in wanted)


def unsent(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        return [
            _event(r)
            for r in s.connection().execute(
                select(sync_erasure).where(sync_erasure.c.seq.is_(None))
            )
        ]


# --- with the server -------------------------------------------------------------------------
def _fetch(server: Database, after: int) -> list[dict[str, Any]]:
    with server.engine.connect() as conn:
        return [
            _event(r)
            for r in conn.execute(
                select(sync_erasure).where(sync_erasure.c.seq > after).order_by(sync_erasure.c.seq)
            )
        ]


def _send(server: Database, own: list[dict[str, Any]]) -> None:
    with server.engine.begin() as conn:
        for event in own:
            event_id = uuid.UUID(hex=event["id"])
            if conn.execute(select(sync_erasure.c.id).where(sync_erasure.c.id == event_id)).first():
                continue  # sent before, its answer lost
            conn.execute(
                insert(sync_erasure).values(
                    id=event_id,
                    seq=next_erasure_seq(conn),
                    device=event.get("device"),
                    erased_at=_when(event["erased_at"]),
                    keys=event["keys"],
                    rows=event["rows"],
                    chosen=event.get("chosen"),
                )
            )


def with_server(db: Database, server: Database) -> int:
    """Before a push: the server's newer erasures applied here, then this laptop's own sent
    (and numbered, as they come back). Returns how many persons were erased here."""
    erased = 0
    for _round in range(ROUNDS + 1):
        try:
            incoming = _fetch(server, seen(db))
        except DBAPIError as exc:
            if "permission denied" in str(exc.orig).lower():
                log.info("sync: this login may not read the server's erasures")
                return erased
            raise
        erased += receive(db, incoming, numbered=True)
        own = unsent(db)
        if not own:
            return erased
        _send(server, own)
    return erased

"""Sync by exchange file, where no server is reachable (part of :class:`SyncService`): the
changes not yet synced as one batch sealed with a passphrase (``exchange.py``), and such a
batch applied here as the server would apply it; on a laptop its conflicts are kept for the
user to decide.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from samordnare_desktop.db.sync_triggers import install_triggers
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.sync import codec, engine, erasures, exchange, labels
from samordnare_desktop.services.sync.ops import (
    SyncResult,
    _duplicates,
    _max_outbox,
    _reindex_batch,
    _share_bases,
    _store_conflicts,
)

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database
    from samordnare_desktop.services.sync import SyncService

log = logging.getLogger(__name__)
SHOWN_REFUSALS = 10  # records named one by one; the rest counted


def export_batch(service: SyncService, path: Path, passphrase: str) -> int:
    """Every change not yet synced, sealed into one exchange file; how many rows."""
    exchange.require_new(passphrase)
    service._prepare()
    with service.db.read() as s:
        conn = s.connection()
        st = engine.state(conn)
        upto, keys = engine.outbox_rows(conn, upto=_max_outbox(conn))
        payload = engine.build_payload(conn, st["device"], service.user(), upto, keys)
    # the erasures this laptop knows travel with it (ids only): see erasures.py
    text = payload["_text"][:-1] + ',"erasures":' + engine.dumps(erasures.events(service.db)) + "}"
    exchange.write(path, passphrase, text)
    return len(payload["rows"])


def import_batch(db: Database, path: Path, passphrase: str) -> SyncResult:
    """Apply an exchange file's batch (once: a batch applied before changes nothing)."""
    payload = exchange.read(path, passphrase)
    carried = payload.get("erasures") or []
    told = {e["id"] for e in carried}
    if any(e["id"] not in told for e in erasures.events(db)):
        # made before the other laptop had an erasure made (or received) here: its texts may
        # name the person, and this database no longer knows the name to find them by
        raise UserError(
            translate(
                "sync",
                "The exchange file {path} was made before the other laptop knew of a person "
                "erased here, and could bring them back. Give that laptop an exchange file "
                "from this database first (or let both sync with the team's server), then "
                "make the file again. Nothing was changed.",
            ).format(path=str(path))
        )
    erasures.receive(db, carried, numbered=False)  # the file's erasures here, before its rows
    try:
        return _apply(db, payload)
    except IntegrityError as exc:  # a row it names is on neither side (checked at commit)
        raise UserError(
            translate(
                "sync",
                "The exchange file {path} refers to rows this database does not have (it "
                "carries only changes since the other laptop's last sync). Sync this "
                "database with the team's server first, or import the file where those "
                "rows are. Nothing was changed.",
            ).format(path=str(path))
        ) from exc


def _apply(db: Database, payload: dict[str, Any]) -> SyncResult:
    with db.write() as s:
        conn = s.connection()
        install_triggers(conn)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON") if (
            conn.dialect.name == "sqlite"
        ) else None
        laptop = conn.dialect.name == "sqlite"
        applied = engine.apply_batch(conn, payload, own_bases=laptop)
        if applied.already:  # what it did not take then is said again (its receipt keeps ids)
            return SyncResult(0, 0, 0, refused=_refused(s, payload, applied))
        found = len(applied.conflicts)  # the server keeps none: what the merge found
        if laptop:
            _share_bases(conn, payload, applied)
            found = len(
                _store_conflicts(
                    conn,
                    [
                        {
                            "t": c["t"],
                            "id": c["id"],
                            "f": c["f"],
                            "local": c["kept"],
                            "server": c["mine"],
                            "user": payload.get("user") or "",
                            "origin": "file",
                        }
                        for c in applied.conflicts
                    ],
                )
            )  # each kept once: what the user is left to decide
        refused = _refused(s, payload, applied)
        _reindex_batch(conn, payload)
    if refused:
        log.info("exchange import: %d record(s) of the file not taken", len(refused))
    return SyncResult(0, applied.written, found, refused=refused)


def _refused(s: Session, payload: dict[str, Any], applied: engine.Applied) -> tuple[str, ...]:
    """The file's records this database refused, as the user reads them (a row refused with
    the record it belongs to, a report's line, is part of that record). A record whose
    unique value is here already with the very same fields (the same link made on both
    laptops) loses nothing and is not named, unless rows of its own were refused with it."""
    if not applied.rejected:
        return ()
    conn = s.connection()
    carried = {(i["t"], i["id"]): i["row"] for i in payload["rows"]}
    # rows refused with the row they belong to (a report's lines): said as part of it
    parents = {tuple(r["parent"]) for r in applied.rejected if r.get("parent")}
    lines: list[str] = []
    for rejected in applied.rejected:
        name = rejected["t"]
        if rejected.get("parent"):
            continue
        encoded = carried.get((name, rejected["id"]))
        table = codec.tables().get(name)
        if table is None:
            continue
        row = codec.decode(name, encoded) if encoded is not None else {}
        twins = _duplicates(conn, table, row) if row else []
        twin = twins[0] if twins else None
        if (
            (name, rejected["id"]) not in parents
            and twin is not None
            and all(twin.get(c) == row.get(c) for c in engine.fields(table) if c != "deleted_at")
        ):
            continue  # the same record is here: nothing of it is lost
        what = labels.refused_record(s, name, row, twin["id"] if twin else None)
        if twin is not None:
            lines.append(
                translate(
                    "sync",
                    "{what}: this database already has such a record (there may be only "
                    "one); the one here was kept unchanged.",
                ).format(what=what)
            )
        else:
            lines.append(
                translate("sync", "{what}: this database could not save it.").format(what=what)
            )
    return tuple(lines)


def refusal_text(refused: tuple[str, ...]) -> str:
    """What the window and the command line say about the records an import did not take:
    how many, which (the first :data:`SHOWN_REFUSALS`), that the rest of the file is in, and
    where the records not taken still are. Empty when every record was taken."""
    if not refused:
        return ""
    count, more = len(refused), len(refused) - SHOWN_REFUSALS
    parts = [translate("sync", "Not taken from the exchange file: %n record(s).", None, count)]
    parts += [f"– {line}" for line in refused[:SHOWN_REFUSALS]]
    if more > 0:
        parts.append(translate("sync", "… and %n more.", None, more))
    parts.append(
        translate(
            "sync",
            "Everything else in the file was imported; nothing else was affected. What was "
            "not taken is still unchanged on the laptop that made the file: copy what you "
            "need from there.",
        )
    )
    return "\n".join(parts)

"""Sync between offline laptops and the team's PostgreSQL server (issue #20).

The design (``/work/tools/SYNC_DESIGN.md``; PowerSync/ElectricSQL: the server is authoritative,
the client has an upload queue and a checkpoint; CouchDB: conflicts are kept, not lost):

- Triggers note every local change in ``sync_outbox`` (table, id). **Push**: the outbox up to
  number N, each row as it is now with its base (the row as last synced), goes to the server as
  one transaction, batch id ``device:N:hash``; the server notes the batch in ``sync_receipt``, so
  a batch whose acknowledgement was lost is acknowledged again, not applied twice. The batch is
  kept in ``sync_state`` until acknowledged and resent as it was.
- The server merges field by field against the base: a field changed on both sides keeps the
  server's value and comes back as a **conflict**; the laptop stores both values in
  ``sync_conflict`` until the user decides (the decision is a new local change).
- **Pull**: every row whose ``sync_row.seq`` is past the checkpoint, applied in one local
  transaction with the new checkpoint and bases (a crash keeps the old checkpoint: the pull
  repeats). The checkpoint is a watermark below which every number is committed.
- Hard deletes (purge, GDPR erasure) travel as rows without data; erasure also removes the base.
- A GDPR erasure also travels as an event without the name (``erasures.py``): each laptop
  applies the newer ones before it pushes, and the server refuses a batch made before one.
- The **exchange file** (``exchange.py``) carries the same batch, sealed with a passphrase.
- A server recreated or restored from an older backup is recognised (``identity.py``): the sync
  stops with one line until the user treats it as new (``reseed``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from samordnare_desktop.db.sync_triggers import install_triggers, tag_transaction
from samordnare_desktop.domain.sync import sync_conflict, sync_outbox, sync_row
from samordnare_desktop.services.sync import codec, engine, erasures, identity
from samordnare_desktop.services.sync.ops import (  # noqa: F401  (re-exported)
    Conflict,
    SyncResult,
    SyncStatus,
    _base_seqs,
    _forget_unchanged,
    _max_outbox,
    _may_write,
    _newer,
    _read_only_error,
    _read_visible,
    _readable,
    _refresh_open_conflicts,
    _reindex,
    _reindex_batch,
    _server_rows,
    _share_bases,
    _shown,
    _still_open,
    _store_conflicts,
    _watermark,
    _withheld,
    _write_rows,
)

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def _no_server_setting() -> str | None:
    return None


class SyncService:
    def __init__(
        self,
        db: Database,
        user: Callable[[], str],
        server_url: Callable[[], str | None] = _no_server_setting,
    ) -> None:
        self.db = db
        self.user = user
        self.server_url = server_url

    # --- status ----------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.db.read() as s:
            conn = s.connection()
            st = engine.state(conn)
            if not self.server_url() and st["last_sync_at"] is None:
                # no team server: nothing waits for one (and the status bar, read at every
                # start, maps no models and counts no tables)
                return SyncStatus(False, None, 0, 0)
            if st["enqueued_all"]:
                waiting = conn.execute(
                    select(func.count()).select_from(
                        select(sync_outbox.c.table_name, sync_outbox.c.row_id).distinct().subquery()
                    )
                ).scalar_one()
            else:  # never synced: every row is still to go
                waiting = sum(
                    conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in codec.tables().values()
                )
            conflicts = conn.execute(
                select(func.count()).where(sync_conflict.c.resolved_at.is_(None))
            ).scalar_one()
        configured = bool(self.server_url()) or st["last_sync_at"] is not None
        return SyncStatus(configured, st["last_sync_at"], int(waiting), int(conflicts))

    # --- sync ------------------------------------------------------------------------------
    def sync(
        self, server: Database, progress: Progress | None = None, *, reseed: bool = False
    ) -> SyncResult:
        """Push every local change, then pull the server's; returns what moved. Another server
        than the last one stops here, nothing written (``identity``); ``reseed``: it is new."""
        identity.prepare(self.db, server, reseed=reseed)
        try:
            with server.engine.begin() as conn:
                install_triggers(conn)  # a table added by a later revision
        except DBAPIError:  # only the database's owner may add triggers; the next open does
            log.warning("sync: the server's change log triggers could not be completed")
        self._prepare()
        writes = _may_write(server)
        found: list[uuid.UUID] = []
        rewritten = 0
        if writes:
            erasures.with_server(self.db, server)  # erasures first: none is pushed back
            pushed, found, rewritten = self.push(server, progress)
        else:  # a read-only login (the kommunikatör): pull only, local changes stay waiting
            log.info("sync: a read-only login on the server; nothing is pushed")
            pushed = 0
        pulled, more = self.pull(server, progress)
        if not writes:  # what only looks changed here (the seeded rows) is not waiting
            _forget_unchanged(self.db, server)
        # the conflicts it stored that are still there: a refused row that gave way to the
        # server's at the pull went with its conflict (and its fields came back as others)
        return SyncResult(pushed, pulled, _still_open(self.db, found + more), rewritten)

    def _prepare(self) -> str:
        """Triggers in place, a device id, and on the first sync every row in the outbox."""
        with self.db.write() as s:
            conn = s.connection()
            install_triggers(conn)
            st = engine.state(conn)
            device = st["device"]
            if not device:
                device = uuid.uuid4().hex
                engine.set_state(conn, device=device)
            if not st["enqueued_all"]:
                count = engine.enqueue_everything(conn)
                engine.set_state(conn, enqueued_all=True)
                log.info("sync: %d rows noted for the first push", count)
        return device

    def push(
        self, server: Database, progress: Progress | None = None
    ) -> tuple[int, list[uuid.UUID], int]:
        """Push the outbox batch by batch; returns (rows pushed, the conflicts stored, rows
        here rewritten with the server's merge)."""
        pushed = refused = rewritten = 0
        conflicts: list[uuid.UUID] = []
        while True:
            payload = self._next_batch()
            if payload is None:
                return pushed, conflicts, rewritten
            payload["erased"] = erasures.seen(self.db)
            try:
                applied, acks = self._send(server, payload)
            except erasures.Stale:  # an erasure came first: applied here, the batch made again
                refused += 1
                if refused > erasures.ROUNDS:
                    raise
                erasures.with_server(self.db, server)
                continue
            stored, changed = self._acknowledge(payload, applied, acks)
            conflicts += stored
            rewritten += changed
            pushed += len(payload["rows"])
            if progress is not None:
                progress(pushed, pushed + self.status().waiting)

    def _next_batch(self) -> dict[str, Any] | None:
        with self.db.write() as s:
            conn = s.connection()
            st = engine.state(conn)
            if st["pending"]:
                return json.loads(st["pending"])
            upto, keys = engine.outbox_rows(conn)
            if not keys:
                if upto:
                    conn.execute(delete(sync_outbox).where(sync_outbox.c.seq <= upto))
                return None
            payload = engine.build_payload(conn, st["device"], self.user(), upto, keys)
            engine.set_state(
                conn,
                pending=payload["_text"],
                pending_id=payload["batch"],
                pending_upto=upto,
            )
            return payload

    def _send(
        self, server: Database, payload: dict[str, Any]
    ) -> tuple[engine.Applied, dict[tuple[str, uuid.UUID], tuple[int, dict | None]]]:
        """One server transaction: the batch applied (or found applied before) and the rows
        as the server now has them, with their numbers."""
        # as every write on the server: one writer at a time (db/server.py's write lock)
        try:
            return _apply_on_server(server, payload)
        except DBAPIError as exc:
            if "permission denied" in str(exc.orig).lower():
                raise _read_only_error() from exc
            raise

    def _acknowledge(
        self,
        payload: dict[str, Any],
        applied: engine.Applied,
        acks: dict[tuple[str, uuid.UUID], tuple[int, dict | None]],
    ) -> tuple[list[uuid.UUID], int]:
        """The server has the batch: take its merged rows (where nothing changed here since the
        batch was made), record bases, keep conflicts, empty the outbox up to the batch;
        returns the conflicts' ids and how many rows here it rewrote."""
        rewritten = 0
        refused = {(r["t"], uuid.UUID(hex=r["id"])) for r in applied.rejected}
        with self.db.write() as s:
            conn = s.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            engine.set_state(conn, pulling=True)
            by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for item in payload["rows"]:
                if item["t"] in codec.tables():
                    by_table[item["t"]].append(item)
            bases: list[tuple[str, uuid.UUID, int, dict | None]] = []
            taken: list[tuple[str, uuid.UUID, int, dict | None]] = []  # as sent (JSON form)
            for name in sorted(by_table, key=lambda n: codec.order()[n]):
                table = codec.tables()[name]
                items = by_table[name]
                ids = [uuid.UUID(hex=i["id"]) for i in items]
                merged = []
                for item, row_id in zip(items, ids, strict=True):
                    key = (name, row_id)
                    if key in refused:
                        continue
                    seq, server_row = acks.get(key, (0, None))
                    if isinstance(server_row, str):  # engine.SENT: taken as it was sent
                        text = payload.get("_texts", {}).get((name, item["id"]))
                        if item["row"] is None or item["row"].get("deleted_at") is not None:
                            text = None  # a deleted row's base keeps no copy
                        taken.append((name, row_id, seq, text or item["row"]))
                    else:
                        merged.append((item, row_id, seq, server_row))
                if not merged:
                    continue
                local = engine.read_rows(conn, table, [m[1] for m in merged])
                gone: list[uuid.UUID] = []
                for item, row_id, seq, server_row in merged:
                    mine = local.get(row_id)
                    if server_row is None:
                        if mine is not None:
                            gone.append(row_id)  # deleted or erased on the server
                        continue
                    if mine is None:
                        continue  # deleted here since: the outbox has it for the next batch
                    sent = None if item["row"] is None else codec.decode(name, item["row"])
                    wanted = dict(server_row)
                    base = server_row
                    if sent is not None:
                        edited = [c for c in engine.fields(table) if mine.get(c) != sent.get(c)]
                        for column in edited:
                            wanted[column] = mine.get(column)  # changed here since
                        if edited:  # made from the value sent, not the server's: its base, so
                            # the next push merges it, never replaces the server's value unseen
                            base = {**server_row, **{c: sent.get(c) for c in edited}}
                    wanted = _newer(mine, wanted)  # a form holding mine's version: stale
                    if wanted != mine:
                        _write_rows(conn, table, [wanted], update_only=True)
                        _reindex(conn, name, [row_id])
                        rewritten += 1
                    bases.append((name, row_id, seq, base))
                for part in engine.chunks(gone):
                    conn.execute(delete(table).where(table.c.id.in_(part)))
                _reindex(conn, name, gone)
                rewritten += len(gone)
            engine.set_base(conn, taken, encoded=True)
            engine.set_base(conn, bases)
            found = _store_conflicts(
                conn,
                [
                    {
                        "t": c["t"],
                        "id": c["id"],
                        "f": c["f"],
                        "local": c["mine"],
                        "server": c["kept"],
                        "user": c["user"],
                    }
                    for c in applied.conflicts
                ]
                + [
                    {
                        "t": r["t"],
                        "id": r["id"],
                        "f": "*",
                        "local": r["why"],
                        "server": None,
                        "user": "",
                    }
                    for r in applied.rejected
                ],
            )
            conn.execute(delete(sync_outbox).where(sync_outbox.c.seq <= payload["upto"]))
            engine.set_state(
                conn,
                pulling=False,
                pending=None,
                pending_id=None,
                pending_upto=None,
                last_sync_at=engine.now(),
            )
        return found, rewritten

    def pull(
        self, server: Database, progress: Progress | None = None
    ) -> tuple[int, list[uuid.UUID]]:
        """Apply the server's rows past the checkpoint; returns (rows applied, the conflicts
        stored)."""
        with self.db.read() as s:
            st = engine.state(s.connection())
        checkpoint, device = st["checkpoint"], st["device"]
        top = _watermark(server)
        if top is None or top <= checkpoint:
            with self.db.write() as s:
                engine.set_state(s.connection(), last_sync_at=engine.now())
            return 0, []
        options: dict[str, Any] = {}
        if server.engine.dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"
        with server.engine.connect().execution_options(**options) as sconn, sconn.begin():
            entries = list(
                sconn.execute(
                    select(
                        sync_row.c.table_name,
                        sync_row.c.row_id,
                        sync_row.c.seq,
                        sync_row.c.deleted,
                        sync_row.c.user_name,
                        sync_row.c.device,
                    ).where(
                        sync_row.c.seq > checkpoint,
                        # this laptop's own pushes: each acknowledgement took the server's row
                        sync_row.c.device.is_distinct_from(device),
                    )
                )
            )
            with self.db.read() as s:
                known = _base_seqs(s.connection(), [(e[0], e[1]) for e in entries])
            # this laptop's own pushes are skipped: each acknowledgement already took the
            # server's row (a later change by anyone else has another device)
            readable = _readable(sconn)
            fresh = [
                e
                for e in entries
                if e[5] != device and known.get((e[0], e[1])) != e[2] and e[0] in readable
            ]
            wanted: dict[str, list[uuid.UUID]] = defaultdict(list)
            for name, row_id, _seq, deleted, _user, _device in fresh:
                if not deleted:
                    wanted[name].append(row_id)
            rows: dict[tuple[str, uuid.UUID], dict] = {}
            withheld = _withheld(sconn, readable) if wanted else {}
            for name, ids in wanted.items():
                table = codec.tables()[name]
                for row_id, row in _read_visible(sconn, table, ids, readable, withheld).items():
                    rows[(name, row_id)] = row
        if progress is not None:
            progress(0, len(fresh))
        conflicts = _apply_pulled(self.db, fresh, rows, top)
        brought = {(e[0], e[1].hex) for e in fresh if not e[3]}
        erasures.erase_again(self.db, erasures.unsent(self.db), brought)  # back before sent
        return len(fresh), conflicts

    # --- conflicts -------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        """The conflicts not decided yet, oldest first."""
        return _decisions().unresolved(self.db)

    def decided(self, limit: int = 500) -> list[Conflict]:
        """The conflicts already decided, newest decision first: both versions kept."""
        return _decisions().decided(self.db, limit)

    def resolve(self, conflict_id: uuid.UUID, keep: Literal["local", "server"]) -> None:
        """Decide a conflict (decisions.py): the chosen value goes into the row as a new local
        change, pushed at the next sync."""
        _decisions().resolve(self.db, conflict_id, keep, self.user())

    # --- exchange file ---------------------------------------------------------------------
    def export_exchange(self, path: Path, passphrase: str) -> int:
        from samordnare_desktop.services.sync import by_file

        return by_file.export_batch(self, path, passphrase)

    def import_exchange(self, path: Path, passphrase: str) -> SyncResult:
        from samordnare_desktop.services.sync import by_file

        return by_file.import_batch(self.db, path, passphrase)


# --- helpers ---------------------------------------------------------------------------------
def _apply_on_server(
    server: Database, payload: dict[str, Any]
) -> tuple[engine.Applied, dict[tuple[str, uuid.UUID], tuple[int, dict | None]]]:
    with server.engine.execution_options(sqlite_immediate=True).begin() as conn:
        tag_transaction(conn, payload["device"], payload["user"])
        if engine._receipt(conn, payload) is None:
            erasures.check_current(conn, payload)  # made before an erasure: refused (Stale)
        applied = engine.apply_batch(conn, payload)
        if not applied.already:
            _reindex_batch(conn, payload)
        if applied.already:  # applied before, its acknowledgement lost: the rows as they are
            acks = _server_rows(conn, [(i["t"], uuid.UUID(hex=i["id"])) for i in payload["rows"]])
            _conflict_values(payload, applied, acks)
        else:
            acks = {key: (0, row) for key, row in applied.rows.items()}
    return applied, acks


def _conflict_values(
    payload: dict[str, Any],
    applied: engine.Applied,
    acks: dict[tuple[str, uuid.UUID], tuple[int, dict | None]],
) -> None:
    """A retried batch's conflicts get their values again (the receipt keeps none): this
    laptop's from the batch, the kept one from the row as the server has it now."""
    sent = {(i["t"], i["id"]): i.get("row") or {} for i in payload["rows"]}
    for c in applied.conflicts:
        c["mine"] = sent.get((c["t"], c["id"]), {}).get(c["f"])
        _seq, row = acks.get((c["t"], uuid.UUID(hex=c["id"])), (0, None))
        c["kept"] = None if row is None else codec.encode_value(c["t"], c["f"], row.get(c["f"]))


def _apply_pulled(
    db: Database, fresh: list[Any], rows: dict[tuple[str, uuid.UUID], dict], top: int
) -> list[uuid.UUID]:
    """Apply the pulled rows here in one transaction, with the new checkpoint ``top`` (part of
    :meth:`SyncService.pull`)."""
    users = {(e[0], e[1]): e[4] or "" for e in fresh}
    with db.write() as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        engine.set_state(conn, pulling=True)
        pending = {
            (r[0], r[1])
            for r in conn.execute(select(sync_outbox.c.table_name, sync_outbox.c.row_id).distinct())
        }
        by_table: dict[str, list[Any]] = defaultdict(list)
        for entry in fresh:
            by_table[entry[0]].append(entry)
        ranked = sorted(by_table, key=lambda n: codec.order()[n])
        for name in reversed(ranked):
            table = codec.tables()[name]
            gone = [e[1] for e in by_table[name] if e[3]]
            for part in engine.chunks(gone):
                conn.execute(delete(table).where(table.c.id.in_(part)))
            _reindex(conn, name, gone)  # a deleted person's words leave the index
        bases: list[tuple[str, uuid.UUID, int, dict | None]] = []
        found: list[dict[str, Any]] = []
        for name in ranked:
            table = codec.tables()[name]
            present = [e for e in by_table[name] if not e[3] and (name, e[1]) in rows]
            ids = [e[1] for e in present]
            local = engine.read_rows(conn, table, ids)
            with_pending = [(name, i) for i in ids if (name, i) in pending and i in local]
            base_rows = engine.bases(conn, with_pending) if with_pending else {}
            inserts, updates = [], []
            for entry in present:
                row_id = entry[1]
                server_row = rows[(name, row_id)]
                mine = local.get(row_id)
                if mine is None:
                    inserts.append(server_row)
                elif (name, row_id) in pending:
                    _seq, base = base_rows.get((name, row_id), (None, None))
                    merged, fields = engine.merge_pulled(
                        table,
                        server_row,
                        None if base is None else codec.decode(name, base),
                        mine,
                    )
                    for column in fields:
                        found.append(
                            {
                                "t": name,
                                "id": row_id.hex,
                                "f": column,
                                "local": codec.encode_value(name, column, mine.get(column)),
                                "server": codec.encode_value(name, column, server_row.get(column)),
                                "user": users.get((name, row_id), ""),
                            }
                        )
                    merged = _newer(mine, merged)
                    if merged != mine:
                        updates.append(merged)
                else:
                    newer = _newer(mine, server_row)
                    if newer != mine:
                        updates.append(newer)
                bases.append((name, row_id, entry[2], server_row))
            for twin in _write_rows(conn, table, inserts):  # a local row gave way
                twin["user"] = users.get((name, uuid.UUID(hex=twin["id"])), "")
                found.append(twin)
            _write_rows(conn, table, updates, update_only=True)
            _reindex(conn, name, [r["id"] for r in inserts + updates])
            _refresh_open_conflicts(conn, name, {e[1]: rows[(name, e[1])] for e in present}, users)
        engine.set_base(conn, bases)
        conflicts = _store_conflicts(conn, found)
        engine.set_state(conn, pulling=False, checkpoint=top, last_sync_at=engine.now())
    return conflicts


def _decisions() -> ModuleType:
    """decisions.py, imported when asked (it imports this package's codec and engine)."""
    from samordnare_desktop.services.sync import decisions

    return decisions

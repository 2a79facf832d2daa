"""The sync engine: batches out of the outbox, applying a batch with the three-way field merge,
and applying what the server has (SQLAlchemy Core on connections; no Qt, no ORM sessions).

The same :func:`apply_batch` applies a laptop's push on the server and an exchange file on a
laptop (or on the server): a row not there is inserted; a row there is merged field by field
against the base the batch carries; a field changed on both sides keeps the target's value and
is returned as a conflict; a row the target cannot take (a duplicate of a unique value, a
reference to a row gone) is returned as rejected instead of failing the whole batch.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, literal, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.sync import (
    sync_base,
    sync_outbox,
    sync_receipt,
    sync_row,
    sync_state,
)
from samordnare_desktop.services.sync import codec

META = frozenset({"id", "version", "created_at", "updated_at"})
CHUNK = 500  # ids per IN (...) (SQLite allows 32,766 variables; PostgreSQL more)
BATCH_ROWS = 5_000  # rows per pushed batch (one server transaction each)
FORMAT = 1  # the payload's format (an exchange file from a newer app is refused)

Row = dict[str, Any]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fields(table: Table) -> list[str]:
    return [c.name for c in table.c if c.name not in META]


def read_rows(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Row]:
    found: dict[uuid.UUID, Row] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(select(table).where(table.c.id.in_(part))):
            found[row.id] = dict(row._mapping)
    return found


def raw_rows(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Row]:
    """Rows of a SQLite table as stored, already in :mod:`codec`'s JSON form (ids as 32 hex
    digits, times as ISO text, enums by value) without SQLAlchemy's conversions: the first
    sync reads every row of the programme. Booleans (stored 0/1) become true/false."""
    columns = [c.name for c in table.c]
    flags = [i for i, c in enumerate(table.c) if codec.python_type(c) is bool]
    listed = ", ".join(f'"{c}"' for c in columns)
    found: dict[uuid.UUID, Row] = {}
    raw = conn.connection.driver_connection
    for part in chunks([i.hex for i in ids], 900):
        marks = ", ".join("?" * len(part))
        for values in raw.execute(
            f'SELECT {listed} FROM "{table.name}" WHERE id IN ({marks})', tuple(part)
        ).fetchall():
            values = list(values)
            for i in flags:
                if values[i] is not None:
                    values[i] = bool(values[i])
            row = dict(zip(columns, values, strict=True))
            found[uuid.UUID(hex=row["id"])] = row
    return found


# --- the merge -------------------------------------------------------------------------------
def merge_into(
    table: Table, incoming: Row, base: Row | None, target: Row
) -> tuple[dict[str, Any], list[str]]:
    """Three-way merge of a pushed/imported row into the target's row: the changes to write
    and the fields in conflict (changed on both sides since ``base``: the target keeps its own).

    Without a base (a row made on both sides before they ever synced: the seeded reference
    rows) the target keeps a row never edited where it came from (version 1); a deleted row's
    tombstone is taken; else a differing field is a conflict.
    """
    changes: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in fields(table):
        new, kept = incoming.get(name), target.get(name)
        if new == kept:
            continue
        if base is None:
            if incoming.get("deleted_at") is not None:
                changes[name] = new
            elif incoming.get("version") == 1 or name == "deleted_at":
                pass
            elif target.get("version") == 1:
                changes[name] = new  # never edited on this side: the edit stands
            else:
                conflicts.append(name)
            continue
        was = base.get(name)
        if was == codec.ERASED:
            changes[name] = new  # erased where it came from: the erasure is the change
            continue
        if new == was:
            continue  # not changed where it came from
        if kept == was:
            changes[name] = new  # changed only where it came from
        elif name == "deleted_at":
            if kept is None:
                changes[name] = new  # deleted on one side: the deletion stands
        else:
            conflicts.append(name)
    return changes, conflicts


def merge_pulled(table: Table, server: Row, base: Row | None, local: Row) -> tuple[Row, list[str]]:
    """A pulled row over a local row with a change not yet pushed: the server's value wins a
    field changed on both sides (returned as a conflict: the local value is kept in
    ``sync_conflict``), a field changed only here keeps the local value (pushed next)."""
    merged = dict(server)
    conflicts: list[str] = []
    for name in fields(table):
        srv, mine = server.get(name), local.get(name)
        if srv == mine:
            continue
        if base is None:
            if local.get("version", 1) > 1 and local.get("deleted_at") is None:
                conflicts.append(name)
            continue
        was = base.get(name)
        if was == codec.ERASED:
            merged[name] = mine  # erased here: pushed next
            continue
        if mine == was:
            continue
        if srv == was:
            merged[name] = mine
        elif name == "deleted_at":
            merged[name] = srv if srv is not None else mine
        else:
            conflicts.append(name)
    return merged, conflicts


# --- batches ---------------------------------------------------------------------------------
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
dumps = _JSON.encode


def batch_id(device: str, upto: int, rows_text: str) -> str:
    """``device:N:hash``: a retried batch keeps its id; a different batch under a reused
    number (a restored backup) gets another one, so it is not taken for one applied already."""
    digest = hashlib.sha256(rows_text.encode()).hexdigest()[:16]
    return f"{device}:{upto}:{digest}"


def enqueue_everything(conn: Connection) -> int:
    """Note every row in the outbox (the first sync or export of a database): parents first, and
    in a table rows that point to no row of their own table first.

    A row the triggers noted already (every row made since the change log exists: the seeded
    ones, each edit) loses that note first: noted twice, far apart, it would go in two batches
    (each row sent, and counted as sent, twice). A deleted row's note stays."""
    total = 0
    for table in codec.tables().values():
        conn.execute(
            delete(sync_outbox).where(
                sync_outbox.c.table_name == table.name,
                sync_outbox.c.row_id.in_(select(table.c.id)),
            )
        )
        own = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
        ordered = select(literal(table.name), table.c.id)
        if own:
            ordered = ordered.order_by(*(c.is_not(None) for c in own))
        done = conn.execute(insert(sync_outbox).from_select(["table_name", "row_id"], ordered))
        total += done.rowcount or 0
    return total


def outbox_rows(
    conn: Connection, upto: int | None = None
) -> tuple[int, list[tuple[str, uuid.UUID]]]:
    """The rows noted in the outbox (up to ``upto``, else up to the first :data:`BATCH_ROWS`
    entries): the highest number taken and the rows, each once, in the order first noted."""
    if upto is None:
        upto = conn.execute(
            select(func.max(sync_outbox.c.seq)).where(
                sync_outbox.c.seq
                <= select(sync_outbox.c.seq)
                .order_by(sync_outbox.c.seq)
                .offset(BATCH_ROWS - 1)
                .limit(1)
                .scalar_subquery()
            )
        ).scalar()
        if upto is None:
            upto = conn.execute(select(func.max(sync_outbox.c.seq))).scalar()
        if upto is None:
            return 0, []
    seen: dict[tuple[str, str], None] = {}
    raw = conn.connection.driver_connection  # a laptop's SQLite: ids as stored (hex)
    for name, row_id in raw.execute(
        "SELECT table_name, row_id FROM sync_outbox WHERE seq <= ? ORDER BY seq", (upto,)
    ).fetchall():
        seen.setdefault((name, row_id), None)
    return int(upto), [(name, uuid.UUID(hex=row_id)) for name, row_id in seen]


def bases(
    conn: Connection, keys: Iterable[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], tuple[int, Row | None]]:
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in keys:
        by_table[name].append(row_id)
    found: dict[tuple[str, uuid.UUID], tuple[int, Row | None]] = {}
    if conn.dialect.name == "sqlite":  # ids as stored (hex), no statement compiled per chunk
        raw = conn.connection.driver_connection
        for name, ids in by_table.items():
            wanted = {i.hex: i for i in ids}
            for part in chunks(list(wanted), 900):
                marks = ", ".join("?" * len(part))
                for row_id, seq, data in raw.execute(
                    "SELECT row_id, seq, data FROM sync_base "
                    f"WHERE table_name = ? AND row_id IN ({marks})",
                    (name, *part),
                ).fetchall():
                    found[(name, wanted[row_id])] = (
                        seq,
                        None if data is None else json.loads(data),
                    )
        return found
    for name, ids in by_table.items():
        for part in chunks(ids):
            for row_id, seq, data in conn.execute(
                select(sync_base.c.row_id, sync_base.c.seq, sync_base.c.data).where(
                    sync_base.c.table_name == name, sync_base.c.row_id.in_(part)
                )
            ):
                found[(name, row_id)] = (seq, None if data is None else json.loads(data))
    return found


def build_payload(
    conn: Connection, device: str, user: str, upto: int, keys: list[tuple[str, uuid.UUID]]
) -> dict[str, Any]:
    """The rows ``keys`` as they are now, each with its base: a JSON-ready batch."""
    known = bases(conn, keys)
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in keys:
        by_table[name].append(row_id)
    current: dict[tuple[str, uuid.UUID], Row] = {}
    for name, ids in by_table.items():
        table = codec.tables().get(name)
        if table is None:
            continue  # a table this version no longer has
        if conn.dialect.name == "sqlite":
            for row_id, row in raw_rows(conn, table, ids).items():
                current[(name, row_id)] = row
        else:
            for row_id, row in read_rows(conn, table, ids).items():
                current[(name, row_id)] = codec.encode(name, row)
    rows = []
    texts: dict[tuple[str, str], str] = {}  # each row's JSON, made once (pending and base)
    parts = []
    for name, row_id in keys:
        if name not in codec.tables():
            continue
        row = current.get((name, row_id))
        base_seq, base = known.get((name, row_id), (None, None))
        item = {"t": name, "id": row_id.hex, "row": row, "base": base, "bseq": base_seq}
        rows.append(item)
        row_text = "null" if row is None else dumps(row)
        texts[(name, row_id.hex)] = row_text
        parts.append(
            f'{{"t":"{name}","id":"{row_id.hex}","row":{row_text},'
            f'"base":{"null" if base is None else dumps(base)},'
            f'"bseq":{"null" if base_seq is None else int(base_seq)}}}'
        )
    rows_text = "[" + ",".join(parts) + "]"
    batch = batch_id(device, upto, rows_text)
    text = (
        f'{{"format":{FORMAT},"batch":{dumps(batch)},"device":{dumps(device)},'
        f'"user":{dumps(user)},"upto":{upto},"rows":{rows_text}}}'
    )
    return {
        "format": FORMAT,
        "batch": batch,
        "device": device,
        "user": user,
        "upto": upto,
        "rows": rows,
        "_text": text,  # the batch as JSON (kept as sent until acknowledged); not sent
        "_texts": texts,
    }


# --- applying a batch ------------------------------------------------------------------------
SENT = "sent"  # Applied.rows: the row was taken exactly as the batch carried it


@dataclass
class Applied:
    already: bool = False
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    written: int = 0
    # each row as the target now has it: SENT (taken as it came), a row, or None (not there)
    rows: dict[tuple[str, uuid.UUID], Any] = field(default_factory=dict)

    def as_json(self) -> str:
        """What the receipt keeps: ids and field names, never a value (a value may name
        someone erased later; a retried batch gets them again from the batch and the rows)."""
        return json.dumps(
            {
                "conflicts": [
                    {k: v for k, v in c.items() if k not in ("mine", "kept")}
                    for c in self.conflicts
                ],
                "rejected": self.rejected,
            }
        )


def _receipt(conn: Connection, payload: dict[str, Any]) -> Applied | None:
    """The stored outcome when this batch was applied before, else ``None`` (and it is noted)."""
    stored = conn.execute(
        select(sync_receipt.c.result).where(sync_receipt.c.batch_id == payload["batch"])
    ).first()
    if stored is not None:
        data = json.loads(stored[0] or "{}")
        return Applied(True, data.get("conflicts", []), data.get("rejected", []))
    return None


def _self_first(table: Table, rows: list[Row]) -> list[Row]:
    """Rows that point to a row of their own table after the row they point to."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own or len(rows) < 2:
        return rows
    ids = {r["id"] for r in rows}
    placed: set[Any] = set()
    ordered: list[Row] = []
    waiting = rows
    while waiting:
        later = []
        for row in waiting:
            needs = {row.get(c) for c in own} & ids
            if needs <= placed | {row["id"]}:
                ordered.append(row)
                placed.add(row["id"])
            else:
                later.append(row)
        if len(later) == len(waiting):  # a cycle: leave it to the database to refuse
            ordered.extend(later)
            break
        waiting = later
    return ordered


def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    return str(orig).strip().splitlines()[0][:200] if orig is not None else "error"


def _refusals() -> tuple[type[Exception], ...]:
    """What a refused statement raises: SQLAlchemy's wrapper, or on PostgreSQL's COPY (the
    driver's own cursor, :func:`_copy_in`) psycopg's error itself."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return (DBAPIError,)
    return (DBAPIError, psycopg.Error)


def _guarded(
    conn: Connection,
    rows: list[Any],
    run: Callable[[list[Any]], None],
    refused: Callable[[Any, str], None],
) -> int:
    """Run ``rows`` as one statement; if the database refuses it, row by row, each refusal
    reported and the rest written (a savepoint each)."""
    if not rows:
        return 0
    try:
        with conn.begin_nested():
            run(rows)
        return len(rows)
    except _refusals() as exc:
        if "permission denied" in _short(exc).lower():
            raise  # a read-only login: no row of it can be written

    done = 0
    for row in rows:
        try:
            with conn.begin_nested():
                run([row])
            done += 1
        except _refusals() as exc:
            refused(row, _short(exc))
    return done


def _server_users(
    conn: Connection, name: str, ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, bool]]:
    found: dict[uuid.UUID, tuple[str, bool]] = {}
    for part in chunks(ids):
        for row_id, user, deleted in conn.execute(
            select(sync_row.c.row_id, sync_row.c.user_name, sync_row.c.deleted).where(
                sync_row.c.table_name == name, sync_row.c.row_id.in_(part)
            )
        ):
            found[row_id] = (user or "", bool(deleted))
    return found


def apply_batch(
    conn: Connection, payload: dict[str, Any], *, receipt: bool = True, own_bases: bool = False
) -> Applied:
    """Apply a batch on ``conn`` (in the caller's transaction) with the three-way merge.

    ``own_bases`` (an exchange file imported on a laptop): a row the file carries without a
    base (its laptop never synced it) merges against the importing laptop's own base of it,
    the state the two last shared (an earlier file, or the server)."""
    if receipt:
        done = _receipt(conn, payload)
        if done is not None:
            return done
    outcome = Applied()
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in payload["rows"]:
        if item["t"] in codec.tables():
            by_table[item["t"]].append(item)
    ranked = sorted(by_table, key=lambda n: codec.order()[n])
    for name in ranked:
        _upsert_table(conn, codec.tables()[name], by_table[name], outcome, own_bases)
    for name in reversed(ranked):
        table = codec.tables()[name]
        gone = [uuid.UUID(hex=i["id"]) for i in by_table[name] if i["row"] is None]

        def run_delete(ids: list[uuid.UUID], table: Table = table) -> None:
            conn.execute(delete(table).where(table.c.id.in_(ids)))

        for part in chunks(gone):
            outcome.written += _guarded(
                conn,
                list(part),
                run_delete,
                lambda row_id, why, name=name: outcome.rejected.append(
                    {"t": name, "id": row_id.hex, "why": why, "delete": True}
                ),
            )
    if receipt:
        conn.execute(
            insert(sync_receipt).values(
                batch_id=payload["batch"],
                device=payload.get("device"),
                user_name=payload.get("user"),
                applied_at=utcnow(),
                result=outcome.as_json(),
            )
        )
    return outcome


def _upsert_table(
    conn: Connection,
    table: Table,
    items: list[dict[str, Any]],
    outcome: Applied,
    own_bases: bool = False,
) -> None:
    name = table.name
    present = _without_refused_parents(table, [i for i in items if i["row"] is not None], outcome)
    if not present:
        return
    ids = [uuid.UUID(hex=i["id"]) for i in present]
    there: set[uuid.UUID] = set()
    if conn.dialect.name == "postgresql":  # one array parameter, not thousands of them
        for part in chunks(ids, 10_000):
            there.update(
                r[0]
                for r in conn.exec_driver_sql(
                    f'SELECT id FROM "{name}" WHERE id = ANY(%s::uuid[])',
                    ([i.hex for i in part],),
                )
            )
    else:
        for part in chunks(ids):
            there.update(r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_(part))))
    existing = read_rows(conn, table, there) if there else {}
    asked = [
        i
        for i, item in zip(ids, present, strict=True)
        if i in there or item.get("bseq") is not None
    ]
    logged = _server_users(conn, name, asked) if asked else {}
    mine: dict[tuple[str, uuid.UUID], tuple[int, Row | None]] = {}
    if own_bases:
        mine = bases(
            conn,
            [
                (name, i)
                for i, item in zip(ids, present, strict=True)
                if item.get("base") is None and i in existing
            ],
        )
    inserts: list[Row] = []  # as the batch carries them (JSON form)
    updates: list[Row] = []
    for item, row_id in zip(present, ids, strict=True):
        target = existing.get(row_id)
        if target is None:
            if item.get("bseq") is not None and logged.get(row_id, ("", False))[1]:
                outcome.rows[(name, row_id)] = None
                continue  # deleted (or erased) on the server after it was synced: stays gone
            inserts.append(item["row"])
            outcome.rows[(name, row_id)] = SENT
            continue
        incoming = codec.decode(name, item["row"])
        carried = item.get("base")
        if carried is None and own_bases:
            carried = mine.get((name, row_id), (None, None))[1]
        base = None if carried is None else codec.decode(name, carried)
        changes, conflicts = merge_into(table, incoming, base, target)
        user = logged.get(row_id, ("", False))[0]
        for column in conflicts:
            outcome.conflicts.append(
                {
                    "t": name,
                    "id": item["id"],
                    "f": column,
                    "mine": item["row"].get(column),
                    "kept": codec.encode_value(name, column, target.get(column)),
                    "user": user,
                }
            )
        outcome.rows[(name, row_id)] = target
        if changes:
            written = {**target, **changes}
            # above the target's and never below the pushed row's: a laptop that saved a row
            # twice between syncs keeps its number, so a form there holding it is stale when
            # another change of the row comes back (ops._newer)
            written["version"] = max((target.get("version") or 0) + 1, incoming.get("version") or 0)
            stamps = [s for s in (target.get("updated_at"), incoming.get("updated_at")) if s]
            written["updated_at"] = max(stamps) if stamps else utcnow()
            updates.append(written)
            outcome.rows[(name, row_id)] = written

    def refused(row: Row, why: str) -> None:
        row_id = row["id"] if isinstance(row["id"], uuid.UUID) else uuid.UUID(hex=row["id"])
        # "new": not in the target at all, so rows of the batch that point to it cannot be
        # taken either (:func:`_without_refused_parents`)
        outcome.rejected.append(
            {"t": name, "id": row_id.hex, "why": why, "new": row_id not in there}
        )
        outcome.rows.pop((name, row_id), None)

    def run_insert(rows: list[Row]) -> None:
        if conn.dialect.name == "postgresql":
            _copy_in(conn, table, rows)
        else:
            conn.execute(insert(table), [codec.decode(name, r) for r in rows])

    def run_update(rows: list[Row]) -> None:
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("_row_id"))
            .values({c.name: bindparam(c.name) for c in table.c if c.name != "id"}),
            [{**{k: v for k, v in r.items() if k != "id"}, "_row_id": r["id"]} for r in rows],
        )

    for part in chunks(_self_first(table, inserts), 5_000):
        outcome.written += _guarded(conn, list(part), run_insert, refused)
    for part in chunks(updates, 1_000):
        outcome.written += _guarded(conn, list(part), run_update, refused)


def _without_refused_parents(
    table: Table, items: list[dict[str, Any]], outcome: Applied
) -> list[dict[str, Any]]:
    """The batch's rows of ``table`` less those pointing to a row of the batch the target
    refused and does not have (a report's lines when the report was refused: its period
    was there already). Each is refused too, naming that row as ``parent``: on a laptop, whose
    foreign keys are checked at commit, they failed the whole import as rows not there."""
    gone = {(r["t"], r["id"]) for r in outcome.rejected if r.get("new")}
    if not gone or not items:
        return items
    links = [
        (fk.parent.name, fk.column.table.name)
        for fk in table.foreign_keys
        if fk.column.table is not table and fk.column.name == "id"
    ]
    kept: list[dict[str, Any]] = []
    for item in items:
        parent = next(
            (
                (other, item["row"][column])
                for column, other in links
                if (other, item["row"].get(column)) in gone
            ),
            None,
        )
        if parent is None:
            kept.append(item)
        else:
            outcome.rejected.append(
                {"t": table.name, "id": item["id"], "why": "parent", "new": True, "parent": parent}
            )
    return kept


def _copy_in(conn: Connection, table: Table, rows: list[Row]) -> None:
    """Insert rows in JSON form with PostgreSQL's COPY (the server parses the text: ids as 32
    hex digits, ISO times); the change-log trigger runs once for the statement."""
    columns = [c.name for c in table.c]
    listed = ", ".join(f'"{c}"' for c in columns)
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({listed}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row.get(c) for c in columns])


# --- local bookkeeping -----------------------------------------------------------------------
def state(conn: Connection) -> Row:
    row = conn.execute(select(sync_state).where(sync_state.c.id == 1)).first()
    if row is None:
        conn.execute(
            insert(sync_state).values(id=1, pulling=False, checkpoint=0, enqueued_all=False)
        )
        row = conn.execute(select(sync_state).where(sync_state.c.id == 1)).one()
    return dict(row._mapping)


def set_state(conn: Connection, **values: Any) -> None:
    conn.execute(update(sync_state).where(sync_state.c.id == 1).values(**values))


def set_base(
    conn: Connection, items: list[tuple[str, uuid.UUID, int, Row | None]], *, encoded: bool = False
) -> None:
    """Record (table, id, seq, row) as synced; a deleted row keeps ids and seq only.
    ``encoded``: the rows are in JSON form already."""
    if not items:
        return
    if conn.dialect.name == "sqlite":  # a laptop: one statement, ids as stored (hex)
        conn.connection.driver_connection.executemany(
            "INSERT OR REPLACE INTO sync_base (table_name, row_id, seq, data) VALUES (?, ?, ?, ?)",
            [
                (
                    name,
                    row_id.hex,
                    seq,
                    None
                    if row is None
                    or (not isinstance(row, str) and row.get("deleted_at") is not None)
                    else row
                    if isinstance(row, str)
                    else dumps(row if encoded else codec.encode(name, row)),
                )
                for name, row_id, seq, row in items
            ],
        )
        return
    keys: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id, _seq, _row in items:
        keys[name].append(row_id)
    for name, ids in keys.items():
        for part in chunks(ids):
            conn.execute(
                delete(sync_base).where(
                    sync_base.c.table_name == name, sync_base.c.row_id.in_(part)
                )
            )
    values = [
        {
            "table_name": name,
            "row_id": row_id,
            "seq": seq,
            "data": None
            if row is None or (not isinstance(row, str) and row.get("deleted_at") is not None)
            else row
            if isinstance(row, str)
            else dumps(row if encoded else codec.encode(name, row)),
        }
        for name, row_id, seq, row in items
    ]
    for part in chunks(values, 5_000):
        conn.execute(insert(sync_base), list(part))


def now() -> datetime:
    return utcnow()

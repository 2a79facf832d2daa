"""Erasure reaches sync's own copies (issue #20 with #13's promise "erase means everywhere").

A hard-deleted row's base and conflicts go with it (the sync triggers). What erasure *changes*
(a reference blanked, a mention in notes replaced, a person anonymised) would still sit in the
row's base, in a conflict, or in a batch waiting for its acknowledgement: :func:`forget` (called
by ``privacy.erase_in_session``, on the database and on every backup) replaces each such value in
a base by :data:`ERASED` (the merge then takes the erasing side's value: the erasure is pushed
as a change, not fought as a conflict), removes the conflicts that hold one, rewrites the waiting
batch (its id kept: the server applies either the batch it had or the erased one, never both),
and replaces the person's name where sync recorded who changed a row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.sync import (
    sync_base,
    sync_conflict,
    sync_erasure,
    sync_receipt,
    sync_row,
    sync_state,
)
from samordnare_desktop.services.sync import codec
from samordnare_desktop.services.sync.codec import ERASED  # a base value known to be gone


def _tables(s: Session) -> set[str]:
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        return {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
    return {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    }


def _live_values(
    conn: Connection, hits: list[tuple[str, Any, dict[str, Any], list[str]]]
) -> dict[tuple[str, Any], dict[str, Any]]:
    """The hit fields of each row as the database holds it now (after the erasure's changes)."""
    wanted: dict[str, dict[Any, list[str]]] = {}
    for table_name, row_id, _row, found in hits:
        if table_name in codec.tables():
            wanted.setdefault(table_name, {})[row_id] = found
    live: dict[tuple[str, Any], dict[str, Any]] = {}
    for table_name, rows in wanted.items():
        table = codec.tables()[table_name]
        columns = sorted({k for found in rows.values() for k in found if k in table.c})
        ids = list(rows)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            query = select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(part))
            for r in conn.execute(query):
                live[(table_name, r[0])] = dict(zip(columns, r[1:], strict=True))
    return live


def _left_alone(
    conflict: Any, live: dict[tuple[str, Any], dict[str, Any]], hit: Callable[[str], bool]
) -> bool:
    """A conflict on a field the erasure saw and left as it was (the row still holds the
    server's value, and that value still matches: someone else who shares the surname) is not
    about the erased person: it stays, both versions kept (it was dropped, and with it this
    laptop's version of another person's name)."""
    if conflict.server_user and hit(conflict.server_user):
        return False
    current = live.get((conflict.table_name, conflict.row_id), {}).get(conflict.field)
    if not isinstance(current, str) or not current or not hit(current):
        return False
    try:
        return json.loads(conflict.server_value) == current
    except (TypeError, ValueError):
        return False


def forget(s: Session, hit: Callable[[str], bool], sub: Callable[[str], str]) -> int:
    """Scrub sync's copies of whatever ``hit`` finds (a name, e-mail, phone of the erased
    person); ``sub`` redacts a text for a row still to be pushed. Returns values scrubbed."""
    if "sync_base" not in _tables(s):
        return 0  # a backup older than sync
    conn = s.connection()
    scrubbed = 0
    changed: list[dict[str, Any]] = []
    hits: list[tuple[str, Any, dict[str, Any], list[str]]] = []
    for table_name, row_id, data in conn.execute(
        select(sync_base.c.table_name, sync_base.c.row_id, sync_base.c.data).where(
            sync_base.c.data.is_not(None)
        )
    ):
        if not hit(data):  # the JSON text as a whole first: most bases mention no one
            continue
        row = json.loads(data)
        found = [k for k, v in row.items() if isinstance(v, str) and v and hit(v)]
        if found:
            hits.append((table_name, row_id, row, found))
    live = _live_values(conn, hits)
    for table_name, row_id, row, found in hits:
        # a value the row still holds exactly as its base does was left by the erasure (another
        # person who shares the surname): the base tells nothing the row does not, and an
        # ERASED base would let this laptop's next push of the row overwrite an edit made
        # elsewhere to that field (the erasing side wins), so it stays
        current = live.get((table_name, row_id))
        found = [k for k in found if current is None or current.get(k) != row[k]]
        if found:
            for key in found:
                row[key] = ERASED
            scrubbed += len(found)
            changed.append({"t": table_name, "i": row_id, "d": json.dumps(row, ensure_ascii=False)})
    for item in changed:
        conn.execute(
            update(sync_base)
            .where(sync_base.c.table_name == item["t"], sync_base.c.row_id == item["i"])
            .values(data=item["d"])
        )
    candidates = [
        r
        for r in conn.execute(select(sync_conflict))
        if hit(r.local_value or "") or hit(r.server_value or "") or hit(r.server_user or "")
    ]
    live = _live_values(conn, [(r.table_name, r.row_id, {}, [r.field]) for r in candidates])
    gone = [r.id for r in candidates if not _left_alone(r, live, hit)]
    if gone:
        conn.execute(delete(sync_conflict).where(sync_conflict.c.id.in_(gone)))
        scrubbed += len(gone)
    pending = conn.execute(select(sync_state.c.pending).where(sync_state.c.id == 1)).scalar()
    if pending and hit(pending):
        payload = json.loads(pending)
        for item in payload["rows"]:
            for key, value in (item.get("row") or {}).items():
                if isinstance(value, str) and hit(value):
                    item["row"][key] = sub(value)
            for key, value in (item.get("base") or {}).items():
                if isinstance(value, str) and hit(value):
                    item["base"][key] = ERASED
        payload["user"] = sub(payload.get("user") or "")
        conn.execute(
            update(sync_state)
            .where(sync_state.c.id == 1)
            .values(pending=json.dumps(payload, ensure_ascii=False))
        )
        scrubbed += 1
    for table, column in (
        (sync_row, sync_row.c.user_name),
        (sync_receipt, sync_receipt.c.user_name),
    ):
        names = {r[0] for r in conn.execute(select(column).distinct()) if r[0] and hit(r[0])}
        for name in names:
            conn.execute(update(table).where(column == name).values({column.name: sub(name)}))
            scrubbed += 1
    receipts = [
        r[0]
        for r in conn.execute(
            select(sync_receipt.c.batch_id, sync_receipt.c.result).where(
                sync_receipt.c.result.is_not(None)
            )
        )
        if hit(r[1])
    ]
    for batch in receipts:
        conn.execute(
            update(sync_receipt).where(sync_receipt.c.batch_id == batch).values(result=None)
        )
    return scrubbed + len(receipts)


def next_erasure_seq(conn: Connection) -> int:
    """The server's next erasure number; the table is locked until the transaction ends (a
    batch checked against the newest erasure waits for it: ``erasures.check_current``)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE sync_erasure IN SHARE ROW EXCLUSIVE MODE")
    return int(conn.execute(select(func.coalesce(func.max(sync_erasure.c.seq), 0))).scalar()) + 1


def announce_erasure(
    s: Session, keys: str, rows: list[tuple[str, str]], chosen: Collection[str] | None
) -> None:
    """Note an erasure for sync: the ids of the person's rows and what they were matched on,
    never the name (each laptop finds it in its own copy of these rows). On the server it is
    numbered at once; on a laptop it is sent at the start of the next sync."""
    conn = s.connection()
    device = conn.execute(select(sync_state.c.device).where(sync_state.c.id == 1)).scalar()
    server = conn.dialect.name == "postgresql"
    conn.execute(
        insert(sync_erasure).values(
            id=uuid.uuid4(),
            seq=next_erasure_seq(conn) if server else None,
            device=device,
            erased_at=utcnow(),
            keys=keys,
            rows=json.dumps(sorted(set(rows))),
            chosen=None if chosen is None else json.dumps(sorted(chosen)),
        )
    )

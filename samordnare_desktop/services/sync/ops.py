"""The sync engine's shared pieces (results, conflicts, server reads, the merge's writes):
the service (``services.sync``) and its parts by file and decisions (``by_file``, ``decisions``)
all use them, so none of those imports another."""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from samordnare_desktop.db.sync_triggers import WATERMARK_LOCK
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.sync import sync_base, sync_conflict, sync_outbox, sync_row
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.sync import codec, engine

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncStatus:
    configured: bool  # a server is set for this database
    last_sync_at: datetime | None  # UTC
    waiting: int  # local changes not yet pushed
    conflicts: int  # unresolved


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    # rows here the push's acknowledgement rewrote with the server's merge (another laptop's
    # change to a row pushed from here): open views read them again, as after a pull
    rewritten: int = 0
    # an exchange file's records this database could not take (a unique value it has already:
    # the assignment, one agenda item's minutes, an organisation's figures for a period ...),
    # each as the user reads it; see by_file.refusal_text
    refused: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    table: str  # e.g. "visit"
    row_id: uuid.UUID
    field: str  # column name ("*": the whole row could not be saved on the other side)
    label: str  # what the user reads: "Besök Mjölby 2025-03-04: Plats"
    local_value: str  # as the user reads it
    server_value: str
    server_user: str  # who changed it on the server
    detected_at: datetime
    origin: str = "server"  # the other version's side: "server" or "file" (an exchange file)
    resolved_at: datetime | None = None  # when the user decided it (UTC); None: still open


def _reindex_batch(conn: Connection, payload: dict[str, Any]) -> None:
    """The search indexes of the people and findings a batch wrote or deleted."""
    for name in ("person", "finding"):
        ids = [uuid.UUID(hex=i["id"]) for i in payload["rows"] if i["t"] == name]
        _reindex(conn, name, ids)


def _readable(conn: Connection) -> set[str]:
    """The synced tables this server login may read (a read-only role, e.g. the kommunikatör,
    sees no participant's personal data: those tables are left out of its pull)."""
    names = list(codec.tables())
    if conn.dialect.name != "postgresql":
        return set(names)
    return {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM unnest(%s::text[]) AS name "
            # a table it reads some columns of counts (a visit without its notes: _withheld)
            "WHERE has_any_column_privilege(quote_ident(name), 'SELECT')",
            (names,),
        )
    }


def _withheld(conn: Connection, readable: set[str]) -> dict[str, set[str]]:
    """The columns of readable synced tables this login may not read (the kommunikatör: the
    free-text notes of visits, organisations and municipalities), asked once per sync."""
    if conn.dialect.name != "postgresql":
        return {}
    tables = codec.tables()
    pairs = [(n, c.name) for n in sorted(readable) for c in tables[n].c]
    hidden: dict[str, set[str]] = defaultdict(set)
    for name, column in conn.exec_driver_sql(
        "SELECT t, c FROM unnest(%s::text[], %s::text[]) AS p(t, c) "
        "WHERE NOT has_column_privilege(quote_ident(t), c, 'SELECT')",
        ([p[0] for p in pairs], [p[1] for p in pairs]),
    ):
        hidden[name].add(column)
    return dict(hidden)


def _read_visible(
    conn: Connection,
    table: Any,
    ids: Iterable[uuid.UUID],
    readable: set[str],
    withheld: dict[str, set[str]] | None = None,
) -> dict[uuid.UUID, dict]:
    """The server's rows as this login may have them: a reference to a row of a table it may
    not read (a kommunikatör's visit names its host, a contact) is left empty, so the laptop
    never holds a link to a row it cannot have (SQLite's foreign key would refuse the pull);
    a column it may not read (``withheld``: a visit's notes) is not asked for and comes empty
    ('' where the column may not be NULL)."""
    hidden = [fk.parent.name for fk in table.foreign_keys if fk.column.table.name not in readable]
    masked = (withheld or {}).get(table.name, set())
    if masked:
        found: dict[uuid.UUID, dict] = {}
        shown = [c for c in table.c if c.name not in masked]
        for part in engine.chunks(list(ids)):
            for row in conn.execute(select(*shown).where(table.c.id.in_(part))):
                found[row.id] = dict(row._mapping)
    else:
        found = engine.read_rows(conn, table, ids)
    blank = {c: None if table.c[c].nullable else "" for c in masked}
    for row in found.values():
        row.update(blank)
        for column in hidden:
            row[column] = None
    return found


def _may_write(server: Database) -> bool:
    if server.engine.dialect.name != "postgresql":
        return True
    with server.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql("SELECT has_table_privilege('sync_receipt', 'INSERT')").scalar()
        )


def _forget_unchanged(db: Database, server: Database) -> int:
    """A read-only login (the kommunikatör) sends nothing, so the outbox would keep every row
    the laptop noted, seeded reference rows and all, "waiting" for ever. A noted row the server
    has exactly as it is here (or a deleted row the server lacks too) is no change: its note
    goes; so does a seeded reference row never edited, in a table the login may not read. A
    row edited or added here stays noted (kept, not lost). How many notes went."""
    with db.read() as s:
        noted = list(
            s.connection().execute(
                select(sync_outbox.c.table_name, sync_outbox.c.row_id).distinct()
            )
        )
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in noted:
        if name in codec.tables():
            by_table[name].append(row_id)
    if not by_table:
        return 0
    theirs: dict[str, dict[uuid.UUID, dict]] = {}
    with server.engine.connect() as sconn:
        readable = _readable(sconn)
        withheld = _withheld(sconn, readable)
        for name, ids in by_table.items():
            if name in readable:
                table = codec.tables()[name]
                theirs[name] = _read_visible(sconn, table, ids, readable, withheld)
    same: list[tuple[str, uuid.UUID]] = []
    with db.write() as s:
        conn = s.connection()
        for name, ids in by_table.items():
            if name in theirs:
                continue
            # a table this login may not read: a reference row the app seeds (a name-based
            # id, uuid5) never edited here (version 1) is the same on every database
            table = codec.tables()[name]
            if "version" not in table.c:
                continue
            seeded = [i for i in ids if i.version == 5]
            for row_id, row in engine.read_rows(conn, table, seeded).items():
                if row.get("version") == 1:
                    same.append((name, row_id))
        for name, rows in theirs.items():
            table = codec.tables()[name]
            columns = engine.fields(table)
            ids = by_table[name]
            mine = engine.read_rows(conn, table, ids)
            for row_id in ids:
                here, there = mine.get(row_id), rows.get(row_id)
                if (here is None and there is None) or (
                    here is not None
                    and there is not None
                    and all(here[c] == there[c] for c in columns)
                ):
                    same.append((name, row_id))
        for name in {n for n, _ in same}:
            ids = [i for n, i in same if n == name]
            for part in engine.chunks(ids):
                conn.execute(
                    delete(sync_outbox).where(
                        sync_outbox.c.table_name == name, sync_outbox.c.row_id.in_(part)
                    )
                )
    return len(same)


def _read_only_error() -> UserError:
    return UserError(
        translate(
            "sync",
            "Your login on the team server may only read, so the changes made on this computer "
            "cannot be sent. They are kept here.",
        )
    )


def _share_bases(conn: Connection, payload: dict[str, Any], applied: engine.Applied) -> None:
    """After an import: a row this laptop has no base of gets the file's row as its base (the
    state both laptops now know), so the next file merges field by field, not blind. A row with
    a base from the server keeps it: the file's changes then ride along with the next push."""
    refused = {(r["t"], r["id"]) for r in applied.rejected}
    items = [
        i
        for i in payload["rows"]
        if i["row"] is not None and i["t"] in codec.tables() and (i["t"], i["id"]) not in refused
    ]
    known = engine.bases(conn, [(i["t"], uuid.UUID(hex=i["id"])) for i in items])
    fresh = [
        (i["t"], uuid.UUID(hex=i["id"]), 0, codec.decode(i["t"], i["row"]))
        for i in items
        if (i["t"], uuid.UUID(hex=i["id"])) not in known
    ]
    engine.set_base(conn, fresh)


def _max_outbox(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(sync_outbox.c.seq), 0))).scalar_one())


def _watermark(server: Database) -> int | None:
    """The highest change number below which every change is committed (PostgreSQL: taken
    under the exclusive advisory lock every writer holds shared until it commits)."""
    with server.engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WATERMARK_LOCK})")
        top = conn.execute(select(func.max(sync_row.c.seq))).scalar()
    return None if top is None else int(top)


def _server_rows(
    conn: Connection, keys: list[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], tuple[int, dict | None]]:
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in keys:
        by_table[name].append(row_id)
    found: dict[tuple[str, uuid.UUID], tuple[int, dict | None]] = {}
    for name, ids in by_table.items():
        table = codec.tables().get(name)
        if table is None:
            continue
        rows = engine.read_rows(conn, table, ids)
        seqs: dict[uuid.UUID, int] = {}
        for part in engine.chunks(ids):
            for row_id, seq in conn.execute(
                select(sync_row.c.row_id, sync_row.c.seq).where(
                    sync_row.c.table_name == name, sync_row.c.row_id.in_(part)
                )
            ):
                seqs[row_id] = int(seq)
        for row_id in ids:
            found[(name, row_id)] = (seqs.get(row_id, 0), rows.get(row_id))
    return found


def _base_seqs(
    conn: Connection, keys: list[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], int]:
    if len(keys) > 20_000:  # the first sync: one scan beats thousands of lookups
        return {
            (r[0], r[1]): r[2]
            for r in conn.execute(
                select(sync_base.c.table_name, sync_base.c.row_id, sync_base.c.seq)
            )
        }
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in keys:
        by_table[name].append(row_id)
    found: dict[tuple[str, uuid.UUID], int] = {}
    for name, ids in by_table.items():
        for part in engine.chunks(ids):
            for row_id, seq in conn.execute(
                select(sync_base.c.row_id, sync_base.c.seq).where(
                    sync_base.c.table_name == name, sync_base.c.row_id.in_(part)
                )
            ):
                found[(name, row_id)] = seq
    return found


def _newer(mine: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """``wanted`` (the server's row, or a merge) as it is written over the local row ``mine``:
    a row whose fields change gets a version above the local one, never the server's when that
    is not higher (a laptop's versions run apart from the server's: an acknowledgement keeps a
    version, a merge on the server counts its own). A form holding the local version is then
    stale (reloaded, or its save refused), so it never writes the old values back unseen. Only
    the version or the times differing: the server's version, as before (both sides keep one
    number for a row; the window reads the row again, sync's ``rewritten``)."""
    row = dict(wanted)
    local = int(mine.get("version") or 0)
    changed = any(row.get(c) != mine.get(c) for c in row if c not in engine.META)
    row["version"] = max(int(row.get("version") or 0), local + 1 if changed else local)
    return row


def _write_rows(
    conn: Connection, table: Any, rows: list[dict], *, update_only: bool = False
) -> list[dict[str, Any]]:
    """Insert or update whole rows on a laptop during a pull or an acknowledgement. A pulled row
    that duplicates a unique value of a local row not yet on the server (one agenda item's
    minutes written on two laptops) takes that row's place, and each field the local row had
    otherwise becomes a conflict on the pulled row (returned: the user decides, nothing is
    lost); the local row's own rows (its lines, ...) move to the pulled row."""
    if not rows:
        return []
    from sqlalchemy import bindparam

    if update_only:
        statement = (
            update(table)
            .where(table.c.id == bindparam("_row_id"))
            .values({c.name: bindparam(c.name) for c in table.c if c.name != "id"})
        )
        values = [{**{k: v for k, v in r.items() if k != "id"}, "_row_id": r["id"]} for r in rows]
        for part in engine.chunks(values, 1_000):
            conn.execute(statement, list(part))
        return []
    found: list[dict[str, Any]] = []
    for part in engine.chunks(rows, 1_000):
        try:
            with conn.begin_nested():
                conn.execute(insert(table), list(part))
        except IntegrityError:
            for row in part:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(table), [row])
                except IntegrityError:
                    for twin in _duplicates(conn, table, row):
                        found += _merge_twin(conn, table, twin, row)
                    conn.execute(insert(table), [row])
    return found


def _unique_groups(table: Any) -> list[list[str]]:
    from sqlalchemy import UniqueConstraint

    groups: list[list[str]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            groups.append([c.name for c in constraint.columns])
    for index in table.indexes:
        if index.unique:
            groups.append([c.name for c in index.columns])
    return groups


def _duplicates(conn: Connection, table: Any, row: dict) -> list[dict]:
    """The local rows (another id) with a unique value of ``row``."""
    from sqlalchemy import and_

    found: dict[Any, dict] = {}
    for columns in _unique_groups(table):
        if any(row.get(c) is None for c in columns):
            continue
        for twin in conn.execute(
            select(table).where(
                and_(*(table.c[c] == row[c] for c in columns)), table.c.id != row["id"]
            )
        ):
            found[twin.id] = dict(twin._mapping)
    return list(found.values())


def _merge_twin(conn: Connection, table: Any, twin: dict, kept: dict) -> list[dict[str, Any]]:
    """The local row ``twin`` (deleted) gave way to ``kept`` (the server's, same unique value):
    its fields that differ become conflicts on ``kept``, the rows pointing to it point to
    ``kept`` (a child that then duplicates one of ``kept``'s gives way the same way), and its
    note in the outbox goes (the server never had it)."""
    name = table.name
    found = [
        {
            "t": name,
            "id": kept["id"].hex,
            "f": column,
            "local": codec.encode_value(name, column, twin.get(column)),
            "server": codec.encode_value(name, column, kept.get(column)),
            "user": "",
        }
        for column in engine.fields(table)
        if twin.get(column) != kept.get(column)
        and twin.get(column) not in (None, "")  # an empty field loses nothing
        and column != "deleted_at"
    ]
    for child in codec.tables().values():
        for fk in child.foreign_keys:
            if fk.column.table is not table or fk.column.name != "id":
                continue
            column = fk.parent
            for row in list(conn.execute(select(child).where(column == twin["id"]))):
                moved = {**dict(row._mapping), column.name: kept["id"]}
                try:
                    with conn.begin_nested():
                        conn.execute(
                            update(child)
                            .where(child.c.id == row.id)
                            .values({column.name: kept["id"]})
                        )
                except IntegrityError:
                    for other in _duplicates(conn, child, moved):
                        found += _merge_twin(conn, child, dict(row._mapping), other)
                    continue
                conn.execute(insert(sync_outbox).values(table_name=child.name, row_id=row.id))
                # refused with its parent by the push (a whole-row conflict): it goes again
                # under the kept row, so that refusal is nothing left to decide
                conn.execute(
                    delete(sync_conflict).where(
                        sync_conflict.c.table_name == child.name,
                        sync_conflict.c.row_id == row.id,
                        sync_conflict.c.field == "*",
                        sync_conflict.c.resolved_at.is_(None),
                    )
                )
    # its own rows moved first: a cascade would take them with it
    conn.execute(delete(table).where(table.c.id == twin["id"]))
    conn.execute(
        delete(sync_outbox).where(
            sync_outbox.c.table_name == name, sync_outbox.c.row_id == twin["id"]
        )
    )
    return found


def _reindex(conn: Connection, name: str, ids: list[uuid.UUID]) -> None:
    """Keep the search indexes (maintained by ORM events, which Core writes bypass): the rows
    ``ids`` of ``person`` or ``finding`` indexed as they are now (a row gone: its words go)."""
    if not ids or name not in ("person", "finding"):
        return
    from sqlalchemy import bindparam, text

    from samordnare_desktop.domain import search

    index = search.PEOPLE_INDEX if name == "person" else search.FINDINGS_INDEX
    column = "person_id" if name == "person" else "finding_id"
    table = codec.tables()[name]
    if conn.dialect.name == "sqlite" and len(ids) > 2_000:
        (search.rebuild_people_index if name == "person" else search.rebuild_findings_index)(conn)
        return
    rows = engine.read_rows(conn, table, ids)
    if conn.dialect.name == "postgresql":  # plain tables on the server: in bulk
        for part in engine.chunks([i.hex for i in ids], 5_000):
            conn.execute(
                text(f"DELETE FROM {index} WHERE {column} IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(part)},
            )
        values = []
        for row_id, row in rows.items():
            found = (
                search.person_words(row["name"], row["organisation"], row["email"], row["title"])
                if name == "person"
                else " ".join(search.words(row["text"] or ""))
            )
            if found:
                values.append({"words": search.server_words(found), "id": row_id.hex})
        if values:
            conn.execute(text(f"INSERT INTO {index}(words, {column}) VALUES (:words, :id)"), values)
        return
    from types import SimpleNamespace

    if name == "person":
        from samordnare_desktop.domain.participant import _index_person, _unindex_person

        for row_id in ids:
            _unindex_person(conn, row_id)
            if row_id in rows:
                _index_person(conn, SimpleNamespace(**rows[row_id]))
    else:
        from samordnare_desktop.domain.finding import _index, _unindex

        for row_id in ids:
            _unindex(conn, row_id)
            if row_id in rows:
                _index(conn, SimpleNamespace(**rows[row_id]))


def _refresh_open_conflicts(
    conn: Connection,
    name: str,
    server_rows: dict[uuid.UUID, dict],
    users: dict[tuple[str, uuid.UUID], str],
) -> None:
    """An undecided conflict on a row pulled again shows the server's value as it is now: a
    decision for "the server's value" must not write back one the server has since replaced
    (a later edit by someone else, silently undone)."""
    for part in engine.chunks(list(server_rows)):
        for c in list(
            conn.execute(
                select(sync_conflict.c.id, sync_conflict.c.row_id, sync_conflict.c.field).where(
                    sync_conflict.c.table_name == name,
                    sync_conflict.c.row_id.in_(part),
                    sync_conflict.c.resolved_at.is_(None),
                    sync_conflict.c.field != "*",
                )
            )
        ):
            row = server_rows[c.row_id]
            if c.field not in row:
                continue
            value = codec.encode_value(name, c.field, row[c.field])
            conn.execute(
                update(sync_conflict)
                .where(sync_conflict.c.id == c.id)
                .values(
                    server_value=json.dumps(value, ensure_ascii=False),
                    server_user=users.get((name, c.row_id), "") or "",
                )
            )


def _store_conflicts(conn: Connection, items: list[dict[str, Any]]) -> list[uuid.UUID]:
    """Keep each conflict; returns the ids of the conflicts they are (each once), so the sync
    can count those still there when it ends (:func:`_still_open`). A newer one on a field
    with one still undecided is kept beside it, never in its place: the older holds a local
    version that exists nowhere else (the row took the server's value), and dropping it would
    lose that edit without a word."""
    kept: dict[uuid.UUID, None] = {}
    for item in items:
        row_id = uuid.UUID(hex=item["id"])
        local = json.dumps(item["local"], ensure_ascii=False)
        server = json.dumps(item["server"], ensure_ascii=False)
        same = conn.execute(  # the same one again (a batch acknowledged twice): kept once
            select(sync_conflict.c.id).where(
                sync_conflict.c.table_name == item["t"],
                sync_conflict.c.row_id == row_id,
                sync_conflict.c.field == item["f"],
                sync_conflict.c.local_value == local,
                sync_conflict.c.resolved_at.is_(None),
            )
        ).scalar()
        if same is not None:
            kept[same] = None
            continue
        conflict_id = uuid.uuid4()
        conn.execute(
            insert(sync_conflict).values(
                id=conflict_id,
                table_name=item["t"],
                row_id=row_id,
                field=item["f"],
                local_value=local,
                server_value=server,
                server_user=item.get("user") or "",
                origin=item.get("origin") or "server",
                detected_at=engine.now(),
            )
        )
        kept[conflict_id] = None
    return list(kept)


def _still_open(db: Database, ids: Iterable[uuid.UUID]) -> int:
    """How many of the conflicts ``ids`` (those a sync stored) the user is left to decide: a
    row refused by the push whose local copy then gave way to the server's at the pull is
    deleted with its conflict (the sync triggers), so it is not counted."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return 0
    found = 0
    with db.read() as s:
        conn = s.connection()
        for part in engine.chunks(wanted):
            found += conn.execute(
                select(func.count()).where(
                    sync_conflict.c.id.in_(part), sync_conflict.c.resolved_at.is_(None)
                )
            ).scalar_one()
    return int(found)


def _shown(table: str, field: str, raw: str | None) -> str:
    """A stored value as the user reads it."""
    if raw is None:
        return ""
    value = json.loads(raw)
    if value is None:
        return ""
    if field == "*" or not isinstance(value, (str, int, float, bool)):
        return str(value)
    try:
        typed = codec.decode_value(table, field, value)
    except (ValueError, TypeError, KeyError):
        return str(value)
    if isinstance(typed, bool):
        return translate("sync", "Yes") if typed else translate("sync", "No")
    label = getattr(typed, "label", None)
    if callable(label):
        return str(label())
    if hasattr(typed, "isoformat"):
        text = typed.isoformat()
        return text[:5] if len(text) == 8 and text[2] == ":" else text.replace("T", " ")
    return str(typed)

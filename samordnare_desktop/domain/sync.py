"""The bookkeeping tables of sync (issue #20; the engine is ``services/sync``).

Plain tables, not models: they describe rows, they are not data to sync themselves (sync copies
every :class:`~samordnare_desktop.domain.base.Entity` table, see :func:`samordnare_desktop.domain.models.synced_tables`).

On a laptop: ``sync_outbox`` (rows changed here since the last push, written by triggers),
``sync_base`` (each row as it was last synced: the base of a three-way merge), ``sync_state``
(one row: checkpoint, pull flag, the batch being pushed) and ``sync_conflict`` (a field changed
on both sides: both values kept until the user decides). On the server: ``sync_row`` (the newest
change of each row, numbered by a sequence; ids only, never a copy of the data) and
``sync_receipt`` (the batches already applied, so a retried push is not applied twice; ids and
field names only, never a value). Both sides: ``sync_erasure`` (each GDPR erasure as the ids of
the person's rows, never the name). Every database has all of them (one migration line), each
side uses its own; ``sync_identity`` (one random id per database, made with its schema) tells a
laptop whether the server it reaches is the one it synced with (``sync_state.server_id``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    Uuid,
)

from samordnare_desktop.domain.base import Base

metadata = Base.metadata

sync_outbox = Table(
    "sync_outbox",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    sqlite_autoincrement=True,  # a number is never reused: it names a pushed batch
)

sync_base = Table(
    "sync_base",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("seq", BigInteger, nullable=False),  # the server's sync_row.seq of this state
    Column("data", Text, nullable=True),  # the row as JSON; NULL for a deleted row's tombstone
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("id", Integer, primary_key=True),  # always 1
    Column("pulling", Boolean, nullable=False, default=False),
    Column("device", String(64), nullable=True),
    Column("checkpoint", BigInteger, nullable=False, default=0),
    Column("last_sync_at", DateTime, nullable=True),
    Column("enqueued_all", Boolean, nullable=False, default=False),
    Column("pending_id", String(200), nullable=True),  # the batch sent, not yet acknowledged
    Column("pending_upto", Integer, nullable=True),
    Column("pending", Text, nullable=True),  # its payload (resent as is after a crash)
    # the server's sync_identity.database_id at the last sync: another one is another server
    Column("server_id", String(32), nullable=True),
)

sync_identity = Table(
    "sync_identity",
    metadata,
    Column("id", Integer, primary_key=True),  # always 1
    # random, made with the schema (migration 0026): a server recreated has another one
    Column("database_id", String(32), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("field", String(64), nullable=False),
    Column("local_value", Text, nullable=True),  # JSON
    Column("server_value", Text, nullable=True),  # JSON
    Column("server_user", String(200), nullable=False, default=""),
    # where the other version came from: "server" (a sync) or "file" (an exchange file)
    Column("origin", String(16), nullable=False, default="server", server_default="server"),
    Column("detected_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
    Index("ix_sync_conflict_row", "table_name", "row_id"),
)

sync_row = Table(
    "sync_row",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("device", String(64), nullable=True),
    Column("user_name", String(200), nullable=True),
    Column("changed_at", DateTime, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("ix_sync_row_seq", "seq", unique=True),
)

sync_receipt = Table(
    "sync_receipt",
    metadata,
    Column("batch_id", String(200), primary_key=True),
    Column("device", String(64), nullable=True),
    Column("user_name", String(200), nullable=True),
    Column("applied_at", DateTime, nullable=False),
    Column("result", Text, nullable=True),  # JSON: the conflicts found when it was applied
)

sync_erasure = Table(
    # a GDPR erasure as it travels (services/sync/erasures.py): which rows were the person's, by
    # id, never the name; each laptop finds the name in its own copy of those rows and erases
    # it there too. ``seq`` is the server's number (NULL on a laptop until the server has it).
    "sync_erasure",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("seq", BigInteger, nullable=True),
    Column("device", String(64), nullable=True),
    Column("erased_at", DateTime, nullable=False),
    Column("keys", String(16), nullable=False),  # "name", "email" or "name email": matched on
    Column("rows", Text, nullable=False),  # JSON [[table, id], ...]: the person's rows
    Column("chosen", Text, nullable=True),  # JSON [id, ...] when only these records were erased
    Index("ix_sync_erasure_seq", "seq", unique=True),
)

SYNC_TABLES = frozenset(
    t.name
    for t in (
        sync_outbox,
        sync_base,
        sync_state,
        sync_conflict,
        sync_row,
        sync_receipt,
        sync_identity,
        sync_erasure,
    )
)

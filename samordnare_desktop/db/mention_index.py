"""The index of free text that may mention a person (SQLite FTS5), for the GDPR search (#15).

Finding a person's mentions read every note of the programme into Python (some 180,000 texts,
0.6 s at ten times the demo). This index narrows it to the rows that may mention them; the
patterns of :class:`services.privacy.Mentions` then decide on those rows only, as before, so
what is found does not change: the index only has to find a superset.

- **What is indexed**: one row per table row with free text (the columns ``FREE_TEXT`` of
  :mod:`services.privacy` declares), its folded words (:func:`domain.search.words`) and, for
  each run of digits written as a phone number is (``070-123 45 67``), the digits of each
  stretch of it as one word (``0701234567``), so a phone number written any way is found.
- **Kept by triggers**, not by the code that writes: SQLite triggers on every such table put
  the changed row's id in a queue table (every way of writing is seen: the ORM, bulk updates,
  raw SQL, a sync pull). Triggers may not write an FTS5 table (``trusted_schema=OFF``), so the
  queue is read when the index is next asked (:func:`refresh`); a search after one edit
  re-indexes one row.
- **Privacy**: a row blanked or deleted (purge, erasure) leaves the index at once
  (:func:`forget_changed`, then an FTS5 ``optimize`` so its words leave the stored segments).
- **Where it is missing** (a backup older than the index, the triggers not matching the
  registry, PostgreSQL) the search reads the texts as before (PostgreSQL narrows in SQL with
  ILIKE: ``services.privacy._mentioning_in_sql``).

- **Built by the upgrade**: ``0023_mention_index`` queued every existing text; the upgrade to
  ``0030_mention_index_built`` indexes what waits (at ten times the programme 81,000 texts,
  2-3.5 s that were the first search's), so a search indexes only what changed since the last.

The migration (``0023_mention_index``) holds a frozen copy of the triggers; :func:`trigger_ddl`
makes them from the registry, and the index is used only while the two agree
(``tests/unit/test_mention_index.py`` fails when a column is declared without a migration).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from samordnare_desktop.domain.search import (
    MENTIONS_INDEX,
    NAME_PARTICLES,
    surname_pieces,
    words,
)

ROWS = MENTIONS_INDEX + "_row"  # rowid of the FTS5 row <-> (table, row id)
QUEUE = MENTIONS_INDEX + "_queue"  # rows changed since they were indexed
TRIGGER_PREFIX = MENTIONS_INDEX + "_"

# the tables, the queue's index and the triggers are made by the migration (0023_mention_index)

# a phone number as :mod:`services.privacy` finds it: digits with these between them
_SEPARATORS = r"[\s\-–./()]*"
_RUN = re.compile(r"[0-9](?:" + _SEPARATORS + r"[0-9])*")
_GROUP = re.compile(r"[0-9]+")
MIN_DIGITS = 6  # a shorter number is no phone number (privacy._phone_variants)
MAX_DIGITS = 20  # longer ones are looked for by reading the texts (no index word that long)
_BATCH = 500


# --- what is indexed ------------------------------------------------------------------------
def phone_words(text: str) -> list[str]:
    """The digits of each stretch of each run of digits that could be a phone number: a
    mention's pattern starts at a group's first digit and ends at a group's last, so every
    such stretch of 6-20 digits is one word (``+46 70-123 45 67``: ``46701234567``,
    ``701234567``, ...)."""
    found: list[str] = []
    for run in _RUN.finditer(text):
        groups = _GROUP.findall(run.group(0))
        for start in range(len(groups)):
            digits = ""
            for group in groups[start:]:
                digits += group
                if len(digits) > MAX_DIGITS:
                    break
                if len(digits) >= MIN_DIGITS:
                    found.append(digits)
    return found


def index_words(texts: Iterable[str | None]) -> str:
    """What the index stores for a row's texts (empty: the row is not indexed)."""
    present = [t for t in texts if t]
    if not present:
        return ""
    joined = "\n".join(present)
    return " ".join([*words(joined), *dict.fromkeys(phone_words(joined))])


# --- what a search asks ---------------------------------------------------------------------
_PARTICLES = NAME_PARTICLES


def _phrase(text: str, prefix: bool) -> str | None:
    found = words(text)
    if not found:
        return None
    return '"' + " ".join(found) + '"' + ("*" if prefix else "")


def match_query(name: str, emails: Iterable[str], digits: Iterable[str]) -> str | None:
    """An FTS5 expression that finds every row a mention of the person could be in (a
    superset of what ``privacy.Mentions`` matches): the full name as a phrase (its last word a
    prefix: the genitive), each part of the name as a prefix, "Anna B." (the first name and
    an initial), each e-mail address as a phrase, each phone number's digits as one word.
    None when nothing can be looked up this way (the caller reads the texts instead)."""
    parts: list[str] = []
    name_words = name.split()
    full = _phrase(name, prefix=True)
    if name_words and full is None:
        return None  # a name of signs only: no word to look up
    if full:
        parts.append(full)
    if len(name_words) > 1:
        for word in [*name_words, *surname_pieces(name_words)]:
            if len(word) >= 2 and word.casefold() not in _PARTICLES:
                phrase = _phrase(word, prefix=True)
                if phrase:
                    parts.append(phrase)
        for word in name_words[1:]:  # "Zelmira K." (even when the first name is a particle)
            initial = _phrase(name_words[0] + " " + word[:1], prefix=True)
            if initial:
                parts.append(initial)
    for email in emails:
        phrase = _phrase(email, prefix=False)
        if phrase is None:
            return None
        parts.append(phrase)
    for number in digits:
        if not number.isdigit() or len(number) > MAX_DIGITS:
            return None  # not a word the index holds: read the texts
        parts.append('"' + number + '"')
    return " OR ".join(dict.fromkeys(parts)) or None


def name_query(name: str, email: str) -> str | None:
    """An FTS5 expression for the rows whose name column may hold ``name`` or whose e-mail
    column ``email`` (a person reference: the whole name or address, compared folded)."""
    parts = []
    if name:
        phrase = _phrase(name, prefix=False)
        if phrase is None:
            return None
        parts.append(phrase)
    if email:
        phrase = _phrase(email, prefix=False)
        if phrase is None:
            return None
        parts.append(phrase)
    return " OR ".join(parts) or None


# --- the triggers ---------------------------------------------------------------------------
def trigger_ddl(table: str, columns: Sequence[str]) -> list[str]:
    """The three triggers that queue a row of ``table`` whose ``columns`` changed."""
    cols = sorted(columns)
    quoted = ", ".join(f'"{c}"' for c in cols)
    filled = " OR ".join(f"coalesce(NEW.\"{c}\", '') != ''" for c in cols)
    changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in cols)
    queue = f"INSERT OR IGNORE INTO {QUEUE} (tbl, row_id) VALUES ('{table}', "
    # a row deleted while indexed is marked gone: the purge probe then runs the purge, which
    # takes its words out of the index (services.purge_probe)
    gone = f"INSERT OR REPLACE INTO {QUEUE} (tbl, row_id, gone) VALUES ('{table}', OLD.id, 1)"
    name = f"{TRIGGER_PREFIX}{table}"
    return [
        f'CREATE TRIGGER {name}_insert AFTER INSERT ON "{table}" WHEN {filled} '
        f"BEGIN {queue}NEW.id); END",
        f'CREATE TRIGGER {name}_update AFTER UPDATE OF {quoted} ON "{table}" WHEN {changed} '
        f"BEGIN {queue}NEW.id); END",
        f'CREATE TRIGGER {name}_delete AFTER DELETE ON "{table}" WHEN EXISTS (SELECT 1 FROM '
        f"{ROWS} WHERE tbl = '{table}' AND row_id = OLD.id) BEGIN {gone}; END",
    ]


def expected_triggers(columns: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {
        ddl.split()[2]: ddl for table, cols in columns.items() for ddl in trigger_ddl(table, cols)
    }


def _sqlite(connection) -> bool:
    return connection.dialect.name == "sqlite"


def available(connection, columns: Mapping[str, Sequence[str]]) -> bool:
    """The index is there and its triggers watch exactly the declared columns (SQLite)."""
    if not _sqlite(connection):
        return False
    found = dict(
        connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (TRIGGER_PREFIX + "%",),
        ).all()
    )
    if not found:
        return False
    return found == expected_triggers(columns)


# --- keeping it ----------------------------------------------------------------------------
def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _batches(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


def _drop(connection, table: str, row_ids: Sequence[str]) -> int:
    """Take these rows out of the index; returns how many were in it."""
    dropped = 0
    for batch in _batches(row_ids):
        rowids = [
            r[0]
            for r in connection.exec_driver_sql(
                f"SELECT rowid FROM {ROWS} WHERE tbl = ? AND row_id IN ({_marks(batch)})",
                (table, *batch),
            )
        ]
        if rowids:
            connection.exec_driver_sql(
                f"DELETE FROM {MENTIONS_INDEX} WHERE rowid IN ({_marks(rowids)})", tuple(rowids)
            )
            connection.exec_driver_sql(
                f"DELETE FROM {ROWS} WHERE rowid IN ({_marks(rowids)})", tuple(rowids)
            )
            dropped += len(rowids)
    return dropped


def _queued(connection) -> dict[str, list[str]]:
    pending: dict[str, list[str]] = {}
    for table, row_id in connection.exec_driver_sql(f"SELECT q.tbl, q.row_id FROM {QUEUE} AS q"):
        pending.setdefault(table, []).append(row_id)
    return pending


def waiting(connection) -> int:
    """How many rows wait to be indexed."""
    return connection.exec_driver_sql(f"SELECT count(*) FROM {QUEUE}").scalar() or 0


def pending(connection) -> bool:
    return connection.exec_driver_sql(f"SELECT 1 FROM {QUEUE} LIMIT 1").first() is not None


def refresh(connection, columns: Mapping[str, Sequence[str]]) -> int:
    """Index the queued rows anew (their current texts) and empty the queue; returns how many
    rows were read. Inside the caller's write transaction."""
    queued = _queued(connection)
    if not queued:
        return 0
    next_rowid = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {ROWS}").scalar()
    read = 0
    for table, row_ids in queued.items():
        _drop(connection, table, row_ids)
        cols = list(columns.get(table, ()))
        if not cols:
            continue
        select = ", ".join(f'"{c}"' for c in cols)
        for batch in _batches(row_ids):
            rows = connection.exec_driver_sql(
                f'SELECT id, {select} FROM "{table}" WHERE id IN ({_marks(batch)})', tuple(batch)
            ).all()
            read += len(rows)
            keys, texts = [], []
            for row in rows:
                found = index_words(row[1:])
                if found:
                    next_rowid += 1
                    keys.append((next_rowid, table, row[0]))
                    texts.append((next_rowid, found))
            if keys:
                connection.exec_driver_sql(
                    f"INSERT INTO {ROWS} (rowid, tbl, row_id) VALUES (?, ?, ?)", keys
                )
                connection.exec_driver_sql(
                    f"INSERT INTO {MENTIONS_INDEX} (rowid, words) VALUES (?, ?)", texts
                )
    connection.exec_driver_sql(f"DELETE FROM {QUEUE}")
    return read


def forget_changed(connection) -> int:
    """Take every queued row out of the index (its text was blanked, rewritten or deleted);
    they stay queued, to be indexed with their new text when the index is next asked. Returns
    how many index rows were dropped (an FTS5 ``optimize`` then clears their words from the
    stored segments: :func:`domain.search.optimize_index`)."""
    if not _sqlite(connection):
        return 0
    try:  # the queued rows that are in the index (not those never indexed: one join)
        rowids = [
            r[0]
            for r in connection.exec_driver_sql(
                f"SELECT r.rowid FROM {QUEUE} AS q "
                f"JOIN {ROWS} AS r ON r.tbl = q.tbl AND r.row_id = q.row_id"
            )
        ]
    except Exception as exc:  # a database (or backup) older than the index
        if "no such table" in str(getattr(exc, "orig", exc)):
            return 0
        raise
    for start in range(0, len(rowids), _BATCH):
        batch = tuple(rowids[start : start + _BATCH])
        for table in (MENTIONS_INDEX, ROWS):
            connection.exec_driver_sql(
                f"DELETE FROM {table} WHERE rowid IN ({_marks(batch)})", batch
            )
    connection.exec_driver_sql(f"UPDATE {QUEUE} SET gone = 0 WHERE gone = 1")
    return len(rowids)


def candidates(connection, query: str) -> dict[str, list[str]]:
    """Row ids (as stored) of each table whose indexed words match ``query``."""
    found: dict[str, list[str]] = {}
    for table, row_id in connection.exec_driver_sql(
        f"SELECT r.tbl, r.row_id FROM {MENTIONS_INDEX} AS m "
        f"JOIN {ROWS} AS r ON r.rowid = m.rowid WHERE {MENTIONS_INDEX} MATCH ?",
        (query,),
    ):
        found.setdefault(table, []).append(row_id)
    return found

"""Folding text for search: "dukic" finds Đukić, "ohman" does not find Öhman.

Swedish has å, ä and ö as letters of their own (sorted after z), so they are kept; every other
accent folds to its base letter (é -> e, ć -> c, ş -> s), and letters without a decomposition are
mapped by hand (Đ -> d, Ł -> l, ı -> i, ß -> ss). Case folds. Used for the search index and for
the words typed into a search box, so both sides fold the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_KEEP = frozenset("åäöæø")
_MAP = {"đ": "d", "ł": "l", "ı": "i", "ß": "ss", "þ": "th", "œ": "oe", "ŋ": "n", "ħ": "h"}
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _KEEP or ch.isascii():
        return ch
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


class _FoldTable(dict):
    """``str.translate``'s table, filled as characters are met: the per-character work runs in
    C once each character is known (a Swedish text is rarely pure ASCII: å ä ö)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """``text`` in lower case with every accent but å ä ö (and æ ø) removed."""
    lowered = unicodedata.normalize("NFC", text or "").casefold()
    if lowered.isascii():
        return lowered
    return lowered.translate(_FOLD_TABLE)


def words(*texts: str) -> list[str]:
    """The folded words of ``texts`` (what the index stores and what a query looks for)."""
    return _WORD.findall(fold(" ".join(t for t in texts if t)))


# words between a first name and a surname that are no name of their own ("van" in Van Gogh)
NAME_PARTICLES = frozenset(
    {"af", "av", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von"}
)


# a hyphen as typed, or as a word processor or a phone writes it (U+2010-2015, minus sign)
_DASHES = re.compile("[-\u2010-\u2015\u2212]")


def surname_pieces(name_words: Sequence[str]) -> list[str]:
    """Each part of a hyphenated surname (the name's last word) on its own ("Söderström" for
    Anna Lindqvist-Söderström, whatever dash joins them): a note may name her by one of them,
    so erase and access requests look for it too. A hyphenated given name ("Anna-Karin", the
    second name of "Anna Eva-Lena Berg") is not split: its parts alone are other people's names
    far more often than hers."""
    if len(name_words) < 2 or not _DASHES.search(name_words[-1]):
        return []
    found = [
        piece
        for piece in _DASHES.split(name_words[-1])
        if len(piece) >= 2 and piece[:1].isalpha() and piece.casefold() not in NAME_PARTICLES
    ]
    return list(dict.fromkeys(found))


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every typed word as a prefix (``"anna"* AND "be"*``);
    None when nothing searchable was typed."""
    found = words(text)
    if not found:
        return None
    return " AND ".join(f'"{word}"*' for word in found)


# --- the people index (SQLite FTS5) ---------------------------------------------------------------
# One row per person: the folded words of name, organisation, e-mail and title, and the person's
# id (also indexed, so a person's row is found through the index; rowids are not relied on, a
# VACUUM may renumber them). Kept by the ORM events in ``domain.participant`` (SQLite's
# trusted_schema=OFF forbids triggers that write a virtual table); the purge and the erasure,
# which write people in bulk, drop the rows of the people they blank.
PEOPLE_INDEX = "person_search"
# prefix indexes for 1-3 letters, as the findings index (the one search asks at every keystroke)
PEOPLE_INDEX_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {PEOPLE_INDEX} USING fts5("
    "words, person_id, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
)


# --- the findings index (SQLite FTS5) -------------------------------------------------------------
# One row per finding with words: the folded words of its text and its id (indexed, like the
# people index's). Kept by the ORM events in ``domain.finding``; the purge drops the rows of the
# findings it blanks.
FINDINGS_INDEX = "finding_search"
# prefix indexes for 1-3 letters: the first keystrokes ("s", "so") read one short list instead
# of merging every word that starts so (200 ms -> under 1 ms at 200,000 findings, bench/findings.py)
FINDINGS_INDEX_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FINDINGS_INDEX} USING fts5("
    "words, finding_id, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
)

# --- the mentions index (SQLite FTS5) -------------------------------------------------------------
# Free text that may mention a person, for the GDPR search: kept by triggers through a queue
# (``db.mention_index``, where its tables and their DDL are).
MENTIONS_INDEX = "mention_search"
INDEX_TABLES = (PEOPLE_INDEX, FINDINGS_INDEX, MENTIONS_INDEX)


def is_index_table(name: str) -> bool:
    """An FTS5 table or one of its shadow tables (not a model; no rows of its own to keep)."""
    return any(name == index or name.startswith(index + "_") for index in INDEX_TABLES)


def finding_id_query(finding_id_hex: str) -> str:
    """The MATCH expression of one finding's row (ids are stored as 32 hex digits)."""
    return '{finding_id} : "' + "".join(c for c in finding_id_hex if c.isalnum()) + '"'


def finding_words_query(text: str) -> str | None:
    """:func:`match_query` limited to the words column of the findings index."""
    query = match_query(text)
    return None if query is None else "{words} : (" + query + ")"


def optimize_index(connection, index: str) -> None:
    """Merge an FTS5 index (one of :data:`INDEX_TABLES`) into one segment. A
    deleted or rewritten row leaves its old words in the stored segments (FTS5 only adds a delete
    marker) until a merge; the purge of deleted rows and an erasure call this, so an erased name
    or a deleted finding's words are gone from the file (freed pages are zeroed: secure_delete).
    About 0.3 s at 20,000 rows, and only when rows were purged or erased."""
    from sqlalchemy.exc import OperationalError

    assert index in INDEX_TABLES
    if dialect_name(connection) == "postgresql":  # a plain table: nothing to merge
        return
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    try:
        run(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    except OperationalError as exc:  # a backup older than the index has none to merge
        if "no such table" not in str(exc.orig):
            raise


def rebuild_findings_index(connection) -> int:
    """Refill the findings index from the live findings (a DB-API or SQLAlchemy connection)."""
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    # in the order they were written, so the index's rowids (which the list reads newest
    # first) follow the findings' age
    rows = list(run("SELECT id, text FROM finding ORDER BY created_at"))
    values = [(" ".join(words(text or "")), finding_id) for finding_id, text in rows]
    values = [(found, finding_id) for found, finding_id in values if found]
    if dialect_name(connection) == "postgresql":
        _server_rebuild(connection, FINDINGS_INDEX, values)
        return len(values)
    run(FINDINGS_INDEX_DDL)
    run(f"DELETE FROM {FINDINGS_INDEX}")
    insert = f"INSERT INTO {FINDINGS_INDEX}(words, finding_id) VALUES (?, ?)"
    if not values:
        pass
    elif hasattr(connection, "exec_driver_sql"):
        connection.exec_driver_sql(insert, values)
    else:
        connection.executemany(insert, values)
    return len(values)


def include_in_schema_compare(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's ``include_name``: the FTS5 index and the identity table (``db/identity.py``,
    which database this is) are no models; autogenerate and the schema tests leave them alone."""
    return not (
        type_ == "table"
        and bool(name)
        and (is_index_table(str(name)) or str(name) == "samordnare_identity")
    )


def person_words(name: str, organisation: str, email: str, title: str) -> str:
    return " ".join(words(name, organisation, email, title))


def words_query(text: str) -> str | None:
    """:func:`match_query` limited to the words column (a person id never matches a word)."""
    query = match_query(text)
    return None if query is None else "{words} : (" + query + ")"


def id_query(person_id_hex: str) -> str:
    """The MATCH expression of one person's row (ids are stored as 32 hex digits)."""
    return '{person_id} : "' + "".join(c for c in person_id_hex if c.isalnum()) + '"'


def rebuild_people_index(connection) -> int:
    """Refill the people index from the person table (a DB-API or SQLAlchemy connection)."""
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    if dialect_name(connection) != "postgresql":
        run(PEOPLE_INDEX_DDL)
        run(f"DELETE FROM {PEOPLE_INDEX}")
    rows = list(run("SELECT id, name, organisation, email, title FROM person"))
    values = [
        (person_words(name, org, email, title), person_id)
        for person_id, name, org, email, title in rows
        if name or org or email or title
    ]
    if dialect_name(connection) == "postgresql":
        _server_rebuild(connection, PEOPLE_INDEX, values)
        return len(values)
    insert = f"INSERT INTO {PEOPLE_INDEX}(words, person_id) VALUES (?, ?)"
    if not values:
        pass
    elif hasattr(connection, "exec_driver_sql"):
        connection.exec_driver_sql(insert, values)
    else:
        connection.executemany(insert, values)
    return len(values)


# --- the same indexes on a PostgreSQL server -------------------------------------------------------
# FTS5 is SQLite's. On the team's PostgreSQL server each index is a plain table with the same
# columns (``rowid`` grows with each write, as FTS5's does; the id is a ``uuid``), and a typed word
# matches a stored word that starts with it: ``' ' || words LIKE '% anna%'``. Both sides are
# folded by :func:`fold`, so the comparison is exact (no ILIKE, no collation, no extension) and
# a search finds the same rows on both. FTS5's tokenizer also splits at ``_``: so does
# :func:`server_words`. Every place that differs asks :func:`dialect_name` once.
_INDEX_ID = {PEOPLE_INDEX: "person_id", FINDINGS_INDEX: "finding_id"}


def dialect_name(bind) -> str:
    """``"sqlite"`` or ``"postgresql"`` for a SQLAlchemy connection, session or engine (a DB-API
    sqlite3 connection, as the start-up and the migrations of an old file hand over: sqlite)."""
    if hasattr(bind, "get_bind"):  # a session
        bind = bind.get_bind()
    dialect = getattr(bind, "dialect", None)
    return dialect.name if dialect is not None else "sqlite"


def server_words(text: str) -> str:
    """Words as the server's index stores and seeks them (FTS5 splits at ``_`` as well)."""
    return " ".join(text.replace("_", " ").split())


def server_index_ddl(index: str) -> list[str]:
    """The server's table for ``index`` (:data:`PEOPLE_INDEX` or :data:`FINDINGS_INDEX`)."""
    id_column = _INDEX_ID[index]
    return [
        f"CREATE TABLE IF NOT EXISTS {index} (rowid bigint GENERATED BY DEFAULT AS IDENTITY "
        f"PRIMARY KEY, words text NOT NULL, {id_column} uuid NOT NULL)",
        f"CREATE INDEX IF NOT EXISTS ix_{index}_{id_column} ON {index} ({id_column})",
    ]


def create_index(connection, index: str) -> None:
    """Create ``index`` if missing (FTS5 on SQLite, a table on the server)."""
    if dialect_name(connection) == "postgresql":
        for ddl in server_index_ddl(index):
            connection.exec_driver_sql(ddl)
    else:
        run = getattr(connection, "exec_driver_sql", None) or connection.execute
        run(PEOPLE_INDEX_DDL if index == PEOPLE_INDEX else FINDINGS_INDEX_DDL)


def match_condition(index: str, text: str, dialect: str):
    """The WHERE condition that finds ``text``'s words (each as a prefix) in ``index``'s words
    column; None when nothing searchable was typed."""
    from sqlalchemy import and_, literal, literal_column

    if dialect != "postgresql":
        query = finding_words_query(text) if index == FINDINGS_INDEX else words_query(text)
        return None if query is None else literal_column(index).op("MATCH")(query)
    found = server_words(" ".join(words(text))).split()
    if not found:
        return None
    column = literal(" ") + literal_column(f"{index}.words")
    return and_(*(column.like(f"% {word}%") for word in found))


def index_row(connection, index: str, found: str, row_id) -> None:
    """Add one row's words to ``index`` (a SQLAlchemy connection)."""
    from sqlalchemy import text

    postgres = dialect_name(connection) == "postgresql"
    connection.execute(
        text(f"INSERT INTO {index}(words, {_INDEX_ID[index]}) VALUES (:words, :id)"),
        {"words": server_words(found) if postgres else found, "id": row_id.hex},
    )


def unindex_row(connection, index: str, row_id) -> None:
    """Remove one row's words from ``index`` (a SQLAlchemy connection)."""
    from sqlalchemy import text

    if dialect_name(connection) == "postgresql":
        connection.execute(
            text(f"DELETE FROM {index} WHERE {_INDEX_ID[index]} = :id"), {"id": row_id.hex}
        )
        return
    query = finding_id_query(row_id.hex) if index == FINDINGS_INDEX else id_query(row_id.hex)
    connection.execute(text(f"DELETE FROM {index} WHERE {index} MATCH :q"), {"q": query})


def as_uuid(value):
    """An id read from an index: 32 hex digits on SQLite, a uuid already on the server."""
    import uuid

    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)


def _server_rebuild(connection, index: str, values: list[tuple[str, object]]) -> None:
    from sqlalchemy import text

    create_index(connection, index)
    connection.exec_driver_sql(f"DELETE FROM {index}")
    if values:
        connection.execute(
            text(f"INSERT INTO {index}(words, {_INDEX_ID[index]}) VALUES (:words, :id)"),
            [{"words": server_words(found), "id": row_id} for found, row_id in values],
        )

"""Whether any soft-deleted row still holds personal fields: one read, by table name.

The purge (:meth:`PrivacyService.purge_deleted`) runs at every open and close; it needs the
privacy registry, which maps every model of the app (about half a second for a command that only
prints an agenda). Nearly always there is nothing to purge, and this one statement says so
without any of those imports. The tables and fields are the registry's own
(``PURGE_ON_CLOSE`` and the person's dependents); a test holds the two lists equal.
"""

from __future__ import annotations

from typing import Any

# table -> the personal fields a soft-deleted row has blanked (privacy.PURGE_ON_CLOSE)
PURGED_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("name", "title", "organisation", "phone", "email"),
    "visit": ("title", "notes", "press_contact_name", "press_contact_phone", "press_contact_email"),
    "person": (
        "name",
        "title",
        "organisation",
        "party",
        "office",
        "email",
        "phone",
        "email_key",
        "name_org_key",
    ),
    "participant": ("notes", "consent_note"),
    "agenda_item": (
        "title",
        "description",
        "presenter_name",
        "presenter_title",
        "presenter_organisation",
    ),
    "action_plan": ("owner",),
    "organisation": ("notes",),
    "plan_action": ("owner", "what", "measure", "indicator"),
    "visit_journalist": ("name", "outlet"),
    "visit_headcount": ("label",),
    "plan_area": ("situation", "goal"),
    "plan_follow_up": ("summary",),
    "time_study": ("notes",),
    "finding": ("text",),
    "theme": ("name",),
}

# (table, foreign key, deleted parent table, fields): rows hanging off a deleted person
PURGED_DEPENDENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("participant", "person_id", "person", ("notes", "consent_note")),
)


def _not_blank(fields: tuple[str, ...]) -> str:
    return " OR ".join(f"\"{f}\" != ''" for f in fields)


def _deleted(table: str) -> str:
    """The table's soft-deleted rows through its ``deleted_at`` index: sampled statistics
    (``analysis_limit``) make the planner think most rows are deleted and read 200,000
    participants whole (0.15 s a table at ten times the programme) to find none."""
    return f'"{table}" INDEXED BY "ix_{table}_deleted_at" WHERE deleted_at IS NOT NULL'


def _deleted_plain(table: str) -> str:
    return f'"{table}" WHERE deleted_at IS NOT NULL'


def pending_statement(dialect: str = "sqlite") -> str:
    """``SELECT 1`` when some soft-deleted row (or a row of a deleted person) is not blank
    (``INDEXED BY`` is SQLite's: the server's planner keeps its own statistics)."""
    deleted = _deleted if dialect == "sqlite" else _deleted_plain
    tests = [
        f"EXISTS (SELECT 1 FROM {deleted(table)} AND ({_not_blank(f)}))"
        for table, f in PURGED_FIELDS.items()
    ]
    tests += [
        f'EXISTS (SELECT 1 FROM "{table}" WHERE "{fk}" IN '
        f"(SELECT id FROM {deleted(parent)}) AND ({_not_blank(f)}))"
        for table, fk, parent, f in PURGED_DEPENDENTS
    ]
    # a row with free text deleted while the mentions index held its words (its delete trigger
    # marks it gone): the purge takes them out (db.mention_index)
    tests.append("EXISTS (SELECT 1 FROM mention_search_queue WHERE gone = 1)")
    return "SELECT 1 WHERE " + " OR ".join(tests)


def purge_pending(engine: Any) -> bool:
    """Whether :meth:`PrivacyService.purge_deleted` would blank anything (one read). A probe
    that cannot run (an index renamed by a later schema, say) answers yes: the purge runs."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            statement = pending_statement(conn.dialect.name)
            return conn.exec_driver_sql(statement).first() is not None
    except DBAPIError:
        return True

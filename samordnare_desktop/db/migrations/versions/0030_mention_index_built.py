"""the mentions index is built by the upgrade, not by the first GDPR search (issue #15)

0023 queued every row with free text and left their indexing to the first search: at ten times
the programme some 81,000 texts, 2-3.5 s in the search's worker (later searches some 40 ms).
Here the texts waiting are indexed once, while the app upgrades the file (it has been backed
up first, and the user waits for the start anyway), by the app's own indexing
(``db.mention_index.refresh``: the words the searches ask for) with the columns 0023's triggers
watch; then the index is merged into one segment (the words of rows re-indexed since leave the
file). A database whose triggers are not 0023's (the index is not used there) is left as it is.
From here on a search indexes only the rows changed since the one before.

PostgreSQL: nothing (there is no index there; the search narrows with ILIKE).

Revision ID: 0030_mention_index_built
Revises: 0029_plan_list_indexes
Create Date: 2026-12-06 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0030_mention_index_built"
down_revision: str | Sequence[str] | None = "0029_plan_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "mention_search"

# as 0023_mention_index declared them (frozen: its triggers watch exactly these)
COLUMNS: dict[str, tuple[str, ...]] = {
    "action_plan": ("owner",),
    "agenda_item": ("description", "presenter_name", "title"),
    "agenda_template": ("name",),
    "agenda_template_item": ("description", "presenter_name", "title"),
    "app_user": ("name",),
    "assignment": ("coordinator", "ministry", "name"),
    "finding": ("text",),
    "focus_group": ("name",),
    "minutes_action": ("owner", "text"),
    "minutes_item": ("decisions", "notes"),
    "municipality": ("notes",),
    "organisation": ("notes",),
    "participant": ("consent_note", "notes"),
    "plan_action": ("indicator", "measure", "owner", "what"),
    "plan_area": ("goal", "name", "situation"),
    "plan_change": ("changed_by", "new_value", "old_value", "subject_label"),
    "plan_follow_up": ("baseline", "recorded_by", "summary"),
    "plan_follow_up_action": ("comment",),
    "plan_follow_up_area": ("note",),
    "plan_version": ("note", "saved_by", "snapshot"),
    "question": ("text",),
    "report_text": ("recipient", "sender", "text"),
    "theme": ("name",),
    "time_study": ("label", "notes"),
    "time_study_respondent": ("label",),
    "visit": (
        "notes",
        "press_contact_email",
        "press_contact_name",
        "press_place",
        "title",
        "venue_address",
        "venue_name",
        "venue_room",
    ),
    "visit_headcount": ("label",),
}


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    from samordnare_desktop.db import mention_index

    if not mention_index.available(connection, COLUMNS) or not mention_index.pending(connection):
        return
    mention_index.refresh(connection, COLUMNS)
    connection.exec_driver_sql(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")


def downgrade() -> None:
    pass  # the index built is the one 0023 keeps: nothing to take back

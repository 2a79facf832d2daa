"""The conflicts a sync left, and the user's decisions (part of :class:`SyncService`).

A field changed here and on the server since the last sync keeps the server's value; both
values wait in ``sync_conflict`` until the user decides. The decision is a new local change
(the row's field set, its version raised: the outbox notes it and the next sync sends it), so
nothing is rewritten behind anyone's back; the conflict is marked resolved.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.sync import sync_base, sync_conflict, sync_outbox
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.sync import codec, engine
from samordnare_desktop.services.sync.ops import Conflict, _reindex, _shown

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database


def unresolved(db: Database) -> list[Conflict]:
    """The conflicts not decided yet, oldest first, as the user reads them."""
    return _read(
        db,
        select(sync_conflict)
        .where(sync_conflict.c.resolved_at.is_(None))
        .order_by(sync_conflict.c.detected_at, sync_conflict.c.table_name),
    )


def decided(db: Database, limit: int = 500) -> list[Conflict]:
    """The conflicts already decided, newest decision first (at most ``limit``): both versions
    stay in ``sync_conflict``, so the user can read again what was chosen between."""
    return _read(
        db,
        select(sync_conflict)
        .where(sync_conflict.c.resolved_at.is_not(None))
        .order_by(
            sync_conflict.c.resolved_at.desc(),
            sync_conflict.c.detected_at.desc(),
            sync_conflict.c.table_name,
        )
        .limit(limit),
    )


def _read(db: Database, query: Any) -> list[Conflict]:
    with db.read() as s:
        rows = list(s.connection().execute(query))
        from samordnare_desktop.services.sync.labels import describe

        return [
            Conflict(
                id=r.id,
                table=r.table_name,
                row_id=r.row_id,
                field=r.field,
                label=describe(s, r.table_name, r.row_id, r.field),
                local_value=_shown(r.table_name, r.field, r.local_value),
                server_value=_shown(r.table_name, r.field, r.server_value),
                server_user=r.server_user,
                detected_at=r.detected_at,
                origin=r.origin,
                resolved_at=r.resolved_at,
            )
            for r in rows
        ]


def resolve(
    db: Database, conflict_id: uuid.UUID, keep: Literal["local", "server"], user: str = ""
) -> None:
    """Decide a conflict: the chosen value goes into the row as a new local change (pushed
    at the next sync); the conflict is marked resolved. A plan's row changed so is noted in
    the plan's history by ``user``, as any other edit of the plan."""
    with db.write() as s:
        conn = s.connection()
        row = conn.execute(select(sync_conflict).where(sync_conflict.c.id == conflict_id)).first()
        if row is None or row.resolved_at is not None:
            raise UserError(
                translate("sync", "The conflict is already resolved or no longer exists.")
            )
        table = codec.tables().get(row.table_name)
        if table is not None and row.field != "*":
            raw = row.local_value if keep == "local" else row.server_value
            value = codec.decode_value(row.table_name, row.field, json.loads(raw))
            current = conn.execute(select(table).where(table.c.id == row.row_id)).first()
            if current is not None and getattr(current, row.field) != value:
                conn.execute(
                    update(table)
                    .where(table.c.id == row.row_id)
                    .values(
                        {
                            row.field: value,
                            "version": current.version + 1,
                            "updated_at": engine.now(),
                        }
                    )
                )
                _reindex(conn, row.table_name, [row.row_id])
                _log_plan_change(s, row.table_name, current, row.field, value, user)
            _decided_against(conn, row)
        elif table is not None and keep == "local":
            conn.execute(insert(sync_outbox).values(table_name=row.table_name, row_id=row.row_id))
        conn.execute(
            update(sync_conflict)
            .where(sync_conflict.c.id == conflict_id)
            .values(resolved_at=engine.now())
        )


_PLAN_SUBJECTS = {
    "action_plan": "plan",
    "plan_area": "area",
    "plan_action": "action",
    "plan_follow_up": "follow_up",
}


def _log_plan_change(
    s: Session, table: str, row: Any, field: str, value: object, user: str
) -> None:
    """A decided conflict on a plan's row in the plan's history (``plan_change``), as the plan
    service notes an edit: which row, which field, the value before and after, by whom."""
    subject = _PLAN_SUBJECTS.get(table)
    if subject is None:
        return
    from samordnare_desktop.domain.action_plan import ActionPlan, PlanArea, PlanChange
    from samordnare_desktop.domain.municipality import Municipality
    from samordnare_desktop.services.action_plans import log_text

    if table == "action_plan":
        plan_id = row.id
        m = s.get(Municipality, row.municipality_id)
        label = m.name if m is not None else ""
    elif table == "plan_action":
        area = s.get(PlanArea, row.area_id)
        if area is None:
            return
        plan_id, label = area.plan_id, row.what
    elif table == "plan_area":
        plan_id, label = row.plan_id, row.name
    else:
        plan_id, label = row.plan_id, ""
    if s.get(ActionPlan, plan_id) is None:
        return
    s.add(
        PlanChange(
            plan_id=plan_id,
            subject=subject,
            subject_id=row.id,
            subject_label=(label or "")[:200],
            field=field,
            old_value=log_text(getattr(row, field)),
            new_value=log_text(value),
            changed_by=(user or "")[:100],
        )
    )


def _decided_against(conn: Any, conflict: Any) -> None:
    """The decision was made seeing the server's value: that is the field's base from now on,
    so the next push merges the chosen value against it (a base still holding the value sent
    before, as after a kill between a batch and an edit made meanwhile, would make a decision
    for the local value look unchanged and the server's value would silently stay). A conflict
    an exchange file brought names the file's value, not the server's: the base stays."""
    if getattr(conflict, "origin", "server") == "file":
        return
    where = and_(
        sync_base.c.table_name == conflict.table_name, sync_base.c.row_id == conflict.row_id
    )
    data = conn.execute(select(sync_base.c.data).where(where)).scalar()
    if data is None:
        return
    base = json.loads(data)
    if conflict.field not in base:
        return
    base[conflict.field] = json.loads(conflict.server_value)
    conn.execute(update(sync_base).where(where).values(data=engine.dumps(base)))

"""sync: an erasure travels to the server and every laptop (issue #20)

``sync_erasure``: each GDPR erasure as the ids of the person's rows (never the name); a laptop
that receives one erases the person in its own rows, bases, conflicts and outbox before it
pushes. The server's stored batch answers (``sync_receipt.result``) keep ids and field names
only from now on: the values a conflict held are taken out of the answers already stored.

Revision ID: 0027_sync_erasure
Revises: 0026_sync_identity
Create Date: 2026-12-06 00:10:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027_sync_erasure"
down_revision: str | Sequence[str] | None = "0026_sync_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_erasure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("device", sa.String(length=64), nullable=True),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("keys", sa.String(length=16), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("chosen", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_erasure")),
    )
    op.create_index("ix_sync_erasure_seq", "sync_erasure", ["seq"], unique=True)
    conn = op.get_bind()
    receipts = sa.table(
        "sync_receipt", sa.column("batch_id", sa.String), sa.column("result", sa.Text)
    )
    stored = conn.execute(
        sa.select(receipts.c.batch_id, receipts.c.result).where(receipts.c.result.is_not(None))
    ).all()
    for batch_id, result in stored:
        conn.execute(
            receipts.update()
            .where(receipts.c.batch_id == batch_id)
            .values(result=_without_values(result))
        )


def _without_values(result: str) -> str:
    try:
        data = json.loads(result)
    except ValueError:
        return "{}"
    conflicts = [
        {k: v for k, v in c.items() if k not in ("mine", "kept")} for c in data.get("conflicts", [])
    ]
    return json.dumps({"conflicts": conflicts, "rejected": data.get("rejected", [])})


def downgrade() -> None:
    op.drop_index("ix_sync_erasure_seq", table_name="sync_erasure")
    op.drop_table("sync_erasure")

"""The programme at a glance: each municipality's stage (from its first and follow-up visits)
and how many visits there are, one query each.

Its own service: the Kommuner tab's first view needs these, not the whole visit service (whose
import maps care places, questions and agendas and makes ~25 dataclasses: ~30 ms).
``VisitService.programme_stages`` and ``count`` answer the same."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import ProgrammeStage, stage_of

# the visits that make a municipality's stage: the first and the follow-up
STAGE_KINDS = frozenset({VisitKind.FIRST, VisitKind.FOLLOW_UP})


class ProgrammeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stages(
        self, municipality_ids: Iterable[uuid.UUID] | None = None
    ) -> dict[uuid.UUID, ProgrammeStage]:
        """Every municipality's programme stage (one query; ``municipality_ids``: only
        these); municipalities without first or follow-up visits are absent (their stage is
        ``ProgrammeStage.NONE``)."""
        query = (
            select(Visit.municipality_id, Visit.kind, Visit.status)
            .where(
                Visit.deleted_at.is_(None),
                Visit.kind.in_(STAGE_KINDS),
                Visit.status != VisitStatus.CANCELLED,
            )
            .distinct()
        )
        if municipality_ids is not None:
            query = query.where(Visit.municipality_id.in_(list(municipality_ids)))
        with self.db.read() as s:
            rows = s.execute(query).all()
        pairs: dict[uuid.UUID, list[tuple[VisitKind, VisitStatus]]] = {}
        for municipality_id, kind, status in rows:
            pairs.setdefault(municipality_id, []).append((kind, status))
        return {key: stage_of(value) for key, value in pairs.items()}

    def visit_count(self) -> int:
        """How many live visits there are (one indexed count: whether a list is big)."""
        with self.db.read() as s:
            return s.scalar(
                select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
            )

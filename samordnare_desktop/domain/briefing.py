"""The good examples the coordinator chose for a visit's briefing (*besöksunderlag*, issue #18
part 2): findings of kind good example from other municipalities, in the order chosen. A visit
with none chosen gets the most relevant ones automatically (``services.briefing``)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity


class VisitBriefingExample(Entity):
    """One good example chosen for one visit's briefing."""

    __tablename__ = "visit_briefing_example"
    __table_args__ = (
        UniqueConstraint("visit_id", "finding_id", name="uq_visit_briefing_example_visit_id"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    finding_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)

"""The programme's questions (the catalogue) and which of them each visit explores.

A question keeps its number for life, so "Fråga 2" means the same question in every agenda and
minutes. Questions are never deleted: a question taken out of use is *retired* (its
``deleted_at`` is set): hidden from new visits and the catalogue's list, still shown on the
visits that explored it, and its number is never reused. The three questions of the real programme are seeded by the migration with fixed ids.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin

_QUESTION_NAMESPACE = uuid.UUID("3c0f5a8e-2b71-4d7e-9f3a-6a1e2d4b5c70")


def seeded_question_uuid(number: int) -> uuid.UUID:
    """Fixed id of a seeded programme question, equal on every laptop."""
    return uuid.uuid5(_QUESTION_NAMESPACE, f"question:{number}")


# The programme's questions, seeded as data (the user may edit them in the catalogue).
PROGRAMME_QUESTIONS: tuple[tuple[int, str], ...] = (
    (1, "Hur säkerställs barnets perspektiv och delaktighet?"),
    (2, "Hur säkerställs en god och likvärdig introduktion i yrket?"),
    (
        3,
        "Vad behövs för att utveckla och behålla kompetens och stabilitet bland "
        "socialsekreterare och chefer?",
    ),
)

MAX_QUESTION_TEXT = 500


class Question(SoftDeleteMixin, Entity):
    """One question in the catalogue; ``is_default`` ones are ticked on new first/follow-up visits."""

    __tablename__ = "question"

    number: Mapped[int] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(String(MAX_QUESTION_TEXT))
    is_default: Mapped[bool] = mapped_column(default=True)


class VisitQuestion(Entity):
    """A question a visit explores."""

    __tablename__ = "visit_question"
    __table_args__ = (UniqueConstraint("visit_id", "question_id"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )

"""Time studies (tidsmätning): how social workers in a municipality spend their working time.

A municipality measures during a period (e.g. the two weeks before the first visit, and again
before the follow-up). Each respondent (anonymous, with a role) reports the days measured and the
minutes spent per category. Categories are data the user can adjust; shares and minutes per day
are always computed (``services.time_study``), never stored.

Also the coordinator's saved free text for a report period (``report_text``).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.i18n import translate

_CATEGORY_NAMESPACE = uuid.UUID("3b0d8c1e-2f1a-4f7e-9a55-0c7d6f1b9e42")


def category_uuid(key: str) -> uuid.UUID:
    """Deterministic key of a seeded category, the same on every laptop."""
    return uuid.uuid5(_CATEGORY_NAMESPACE, f"time-category:{key}")


# The seeded categories (key, Swedish name as the real study used it), in display order.
SEED_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("direct_children", "Direkt tid med barn och unga"),
    ("direct_adults", "Direkt tid med föräldrar och andra vuxna"),
    ("indirect", "Indirekt tid (dokumentation, utredning, analys, bedömning)"),
    ("administration", "Administration"),
    ("travel", "Resor"),
    ("supervision", "Handledning"),
    ("development", "Utvecklingsarbete"),
    ("meetings", "Interna möten och samverkan"),
    ("other", "Övrigt"),
)


class RespondentRole(enum.StrEnum):
    INVESTIGATOR = "investigator"
    SOCIAL_WORKER = "social_worker"
    MANAGER = "manager"

    def label(self) -> str:
        return {
            RespondentRole.INVESTIGATOR: translate("RespondentRole", "Investigating social worker"),
            RespondentRole.SOCIAL_WORKER: translate("RespondentRole", "Other social worker"),
            RespondentRole.MANAGER: translate("RespondentRole", "Unit manager"),
        }[self]

    def short_label(self) -> str:
        return {
            RespondentRole.INVESTIGATOR: translate("RespondentRole", "Investigators"),
            RespondentRole.SOCIAL_WORKER: translate("RespondentRole", "Other social workers"),
            RespondentRole.MANAGER: translate("RespondentRole", "Unit managers"),
        }[self]


class TimeCategory(SoftDeleteMixin, Entity):
    """One category of working time; the seeded ones have keys, user-added ones do not."""

    __tablename__ = "time_category"

    key: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)


class TimeStudy(SoftDeleteMixin, Entity):
    """One measurement period in one municipality."""

    __tablename__ = "time_study"

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date]
    end_date: Mapped[date] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship()
    respondents: Mapped[list[TimeStudyRespondent]] = relationship(
        back_populates="study",
        cascade="all, delete-orphan",
        order_by="TimeStudyRespondent.position",
    )


class TimeStudyRespondent(Entity):
    """One anonymous respondent of a study: role, days measured, minutes per category."""

    __tablename__ = "time_study_respondent"
    __table_args__ = (
        # the programme's minutes summed per study and role in the index's order, with no sort
        # of every entry (services/time_study.py, migration 0031)
        Index("ix_time_study_respondent_study_role", "study_id", "role"),
    )

    study_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("time_study.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[RespondentRole] = mapped_column(enum_column(RespondentRole))
    days: Mapped[float] = mapped_column(default=0.0)

    study: Mapped[TimeStudy] = relationship(back_populates="respondents")
    entries: Mapped[list[TimeStudyEntry]] = relationship(
        back_populates="respondent", cascade="all, delete-orphan"
    )


class TimeStudyEntry(Entity):
    """Minutes one respondent spent on one category during the study."""

    __tablename__ = "time_study_entry"
    __table_args__ = (UniqueConstraint("respondent_id", "category_id"),)

    respondent_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("time_study_respondent.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("time_category.id"), index=True)
    minutes: Mapped[int] = mapped_column(default=0)

    respondent: Mapped[TimeStudyRespondent] = relationship(back_populates="entries")


class ReportText(Entity):
    """The coordinator's free text for one report period (from, to)."""

    __tablename__ = "report_text"
    __table_args__ = (UniqueConstraint("period_start", "period_end"),)

    period_start: Mapped[date]
    period_end: Mapped[date]
    text: Mapped[str] = mapped_column(Text, default="")
    # the letter's head on the report's cover: who sends it, to whom, under which reference
    sender: Mapped[str] = mapped_column(String(200), default="", server_default="")
    recipient: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reference: Mapped[str] = mapped_column(String(100), default="", server_default="")


# --- plain data shared by the service and the spreadsheet import -------------------------------
@dataclass(frozen=True)
class CategoryRow:
    id: uuid.UUID
    version: int
    key: str
    name: str
    position: int


@dataclass(frozen=True)
class RespondentInput:
    role: RespondentRole
    days: float
    minutes: Mapping[uuid.UUID, int]  # category id -> minutes over the whole period
    label: str = ""

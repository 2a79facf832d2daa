"""Findings (*iakttagelser*): what the coordinator notices at a meeting or after it.

A finding is a piece of free text with tags that can come later: its kind (a challenge, a good
example, a proposal, a question to a national actor), the level it belongs to (municipal,
regional, national), themes (the programme's visit questions and themes of the user's own),
focus groups (shared with meetings and care-place figures, ``domain.care_places``) and the
organisations it concerns. It may hang off the meeting where it was made.

A finding's text is free text and may mention a person: it is declared in ``services.privacy``
(erased, exported, blanked when deleted), and its words live in an FTS5 index
(``finding_search``) kept by the ORM events below, like the people index (``domain.search``).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

MAX_FINDING_TEXT = 4000
MAX_THEME_NAME = 100


class FindingKind(enum.StrEnum):
    CHALLENGE = "challenge"
    GOOD_EXAMPLE = "good_example"
    PROPOSAL = "proposal"
    NATIONAL_QUESTION = "national_question"

    def label(self) -> str:
        return {
            FindingKind.CHALLENGE: translate("FindingKind", "Challenge"),
            FindingKind.GOOD_EXAMPLE: translate("FindingKind", "Good example"),
            FindingKind.PROPOSAL: translate("FindingKind", "Proposal"),
            FindingKind.NATIONAL_QUESTION: translate("FindingKind", "Question to a national actor"),
        }[self]


class FindingLevel(enum.StrEnum):
    MUNICIPAL = "municipal"
    REGIONAL = "regional"
    NATIONAL = "national"

    def label(self) -> str:
        return {
            FindingLevel.MUNICIPAL: translate("FindingLevel", "Municipal"),
            FindingLevel.REGIONAL: translate("FindingLevel", "Regional"),
            FindingLevel.NATIONAL: translate("FindingLevel", "National"),
        }[self]


# --- tables -------------------------------------------------------------------------------------


class Finding(SoftDeleteMixin, Entity):
    """One finding. ``kind`` and ``level`` are None until tagged (quick entry on the day)."""

    __tablename__ = "finding"
    __table_args__ = (
        Index("ix_finding_kind_level", "kind", "level"),
        Index("ix_finding_created_at", "created_at"),  # the list shows the newest first
        # a kind or level filter with no words typed reads that kind's newest first and stops
        # at the page (not every good example sorted: 77 -> 2 ms at 200,000, bench/findings.py)
        Index("ix_finding_kind_created_at", "kind", "created_at"),
        Index("ix_finding_level_created_at", "level", "created_at"),
        # what a filter checks of a word's match, without reading the finding's text: the
        # page's ids read from the index alone (10 -> 5 ms for "good examples only")
        Index("ix_finding_id_filters", "id", "deleted_at", "kind", "level"),
    )

    text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[FindingKind | None] = mapped_column(enum_column(FindingKind), default=None)
    level: Mapped[FindingLevel | None] = mapped_column(enum_column(FindingLevel), default=None)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), default=None, index=True
    )
    # the agenda item it was made under (the minutes list it there); None: the meeting as a whole
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None, index=True
    )


class Theme(SoftDeleteMixin, Entity):
    """A theme of the user's own, beside the programme's visit questions."""

    __tablename__ = "theme"

    name: Mapped[str] = mapped_column(String(MAX_THEME_NAME))


class FindingQuestion(Entity):
    """A finding tagged with a visit question (a theme of the programme)."""

    __tablename__ = "finding_question"
    __table_args__ = (
        UniqueConstraint("finding_id", "question_id", name="uq_finding_question_finding_id"),
    )

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )


class FindingTheme(Entity):
    """A finding tagged with a theme of the user's own."""

    __tablename__ = "finding_theme"
    __table_args__ = (
        UniqueConstraint("finding_id", "theme_id", name="uq_finding_theme_finding_id"),
    )

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"))
    theme_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), index=True
    )


class FindingFocusGroup(Entity):
    """A finding tagged with a focus group."""

    __tablename__ = "finding_focus_group"
    __table_args__ = (
        UniqueConstraint("finding_id", "focus_group_id", name="uq_finding_focus_group_finding_id"),
    )

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"))
    focus_group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), index=True
    )


class FindingOrganisation(Entity):
    """An organisation a finding concerns (a municipality, a region, an agency ...)."""

    __tablename__ = "finding_organisation"
    __table_args__ = (
        UniqueConstraint(
            "finding_id", "organisation_id", name="uq_finding_organisation_finding_id"
        ),
    )

    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )


# --- themes: a visit question or a theme of the user's own ----------------------------------------


class ThemeSource(enum.StrEnum):
    QUESTION = "question"
    USER = "user"


@dataclass(frozen=True, order=True)
class ThemeKey:
    """Which theme: a visit question's id or a user theme's id (one value for combos and filters)."""

    source: ThemeSource
    id: uuid.UUID

    def token(self) -> str:
        return f"{self.source.value}:{self.id.hex}"

    @classmethod
    def parse(cls, token: str) -> ThemeKey:
        source, _, hex_id = token.partition(":")
        return cls(ThemeSource(source), uuid.UUID(hex=hex_id))


# --- plain values and validation -----------------------------------------------------------------


@dataclass(frozen=True)
class FindingInput:
    """The field list of a finding: what the form, the quick entry and the demo hand over."""

    text: str
    kind: FindingKind | None = None
    level: FindingLevel | None = None
    visit_id: uuid.UUID | None = None
    themes: tuple[ThemeKey, ...] = ()
    agenda_item_id: uuid.UUID | None = None
    focus_group_ids: tuple[uuid.UUID, ...] = ()
    organisation_ids: tuple[uuid.UUID, ...] = ()


def validate_finding(data: FindingInput) -> FindingInput:
    """Clean text (newlines kept), at most :data:`MAX_FINDING_TEXT` characters, no repeats in
    the tags; raises :class:`ValidationError` with a Swedish message."""
    text = v.optional_text(data.text, "text", max_length=MAX_FINDING_TEXT, multiline=True)
    if not text:
        raise ValidationError("text", translate("findings", "Write the finding before saving it."))
    if data.kind is not None and not isinstance(data.kind, FindingKind):
        raise ValidationError("kind", translate("findings", "Unknown kind of finding."))
    if data.level is not None and not isinstance(data.level, FindingLevel):
        raise ValidationError("level", translate("findings", "Unknown level."))
    return FindingInput(
        text=text,
        kind=data.kind,
        level=data.level,
        visit_id=data.visit_id,
        agenda_item_id=data.agenda_item_id if data.visit_id is not None else None,
        themes=tuple(dict.fromkeys(data.themes)),
        focus_group_ids=tuple(dict.fromkeys(data.focus_group_ids)),
        organisation_ids=tuple(dict.fromkeys(data.organisation_ids)),
    )


def validate_theme_name(name: str | None) -> str:
    return v.required_text(name, "name", max_length=MAX_THEME_NAME)


# --- the findings index follows every ORM write of a finding (see domain.search) ----------------


def _run_on_index(write, *args) -> None:
    """Write the findings index; a database older than it has none to keep (the migration that
    creates it fills it)."""
    from sqlalchemy.exc import OperationalError

    try:
        write(*args)
    except OperationalError as exc:
        if "no such table" not in str(exc.orig):
            raise


def _unindex(connection, finding_id: uuid.UUID) -> None:
    from samordnare_desktop.domain.search import FINDINGS_INDEX, unindex_row

    _run_on_index(unindex_row, connection, FINDINGS_INDEX, finding_id)


def _index(connection, finding: Finding) -> None:
    from samordnare_desktop.domain.search import FINDINGS_INDEX, index_row, words

    found = " ".join(words(finding.text or ""))
    if found:
        _run_on_index(index_row, connection, FINDINGS_INDEX, found, finding.id)


@event.listens_for(Finding, "after_insert")
def _finding_added(_mapper, connection, finding: Finding) -> None:
    _index(connection, finding)


@event.listens_for(Finding, "after_update")
def _finding_changed(_mapper, connection, finding: Finding) -> None:
    from sqlalchemy import inspect

    if inspect(finding).attrs["text"].history.has_changes():
        _unindex(connection, finding.id)
        _index(connection, finding)


@event.listens_for(Finding, "after_delete")
def _finding_deleted(_mapper, connection, finding: Finding) -> None:
    _unindex(connection, finding.id)

"""Minutes (*minnesanteckningar*) per agenda item: what was said (notes), what was decided, and the
follow-up actions (what, who, by when). The findings made under an item hang off it by
``Finding.agenda_item_id`` (``domain.finding``).

One :class:`MinutesItem` row per agenda item that has minutes; its actions are rows of their own,
saved together with it (the form saves an item's minutes as a whole). Every text here is free
text that may name a person: declared in ``services.privacy`` (erased, exported, purged).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import Entity
from samordnare_desktop.domain.dates import parse_day_field
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

MAX_NOTES = 20_000
MAX_DECISIONS = 10_000
MAX_ACTION_TEXT = 5_000
MAX_OWNER = 200
MAX_ACTIONS = 100


class MinutesItem(Entity):
    """The minutes of one agenda item (notes and decisions); goes with the item."""

    __tablename__ = "minutes_item"

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class MinutesAction(Entity):
    """A follow-up action agreed under an agenda item."""

    __tablename__ = "minutes_action"

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(MAX_OWNER), default="")
    due_date: Mapped[date | None] = mapped_column(default=None)


# --- plain values and validation -----------------------------------------------------------------


@dataclass(frozen=True)
class ActionInput:
    """One action as typed: the due date as text (ISO, ``parse_date``) or a date."""

    text: str
    owner: str = ""
    due: str | date | None = None


@dataclass(frozen=True)
class CleanAction:
    text: str
    owner: str
    due_date: date | None


@dataclass(frozen=True)
class MinutesInput:
    notes: str = ""
    decisions: str = ""
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class CleanMinutes:
    notes: str
    decisions: str
    actions: tuple[CleanAction, ...]

    @property
    def empty(self) -> bool:
        return not (self.notes or self.decisions or self.actions)


def action_field(index: int, name: str) -> str:
    """The field name of an action's cell in a ValidationError: ``actions.2.due``."""
    return f"actions.{index}.{name}"


def _clean_action(index: int, action: ActionInput) -> CleanAction | None:
    text = v.optional_text(
        action.text, action_field(index, "text"), max_length=MAX_ACTION_TEXT, multiline=True
    )
    owner = v.optional_text(action.owner, action_field(index, "owner"), max_length=MAX_OWNER)
    due = action.due
    if isinstance(due, date):
        due_date: date | None = due
    else:
        due_date = parse_day_field(due, action_field(index, "due"))
    if not text:
        if not owner and due_date is None:
            return None  # an empty row of the table: nothing to keep
        raise ValidationError(
            action_field(index, "text"),
            translate("minutes", "Write what is to be done (or clear the row)."),
        )
    return CleanAction(text, owner, due_date)


def validate_minutes(data: MinutesInput) -> CleanMinutes:
    """Clean notes and decisions (newlines kept) and actions; empty action rows are dropped.
    Raises :class:`ValidationError` naming the field (``notes``, ``decisions``,
    ``actions.N.text|owner|due``) with a Swedish message."""
    notes = v.optional_text(data.notes, "notes", max_length=MAX_NOTES, multiline=True)
    decisions = v.optional_text(
        data.decisions, "decisions", max_length=MAX_DECISIONS, multiline=True
    )
    actions = tuple(
        a for a in (_clean_action(i, x) for i, x in enumerate(data.actions)) if a is not None
    )
    if len(actions) > MAX_ACTIONS:
        raise ValidationError(
            "actions",
            translate("minutes", "At most {n} actions per agenda item.").format(n=MAX_ACTIONS),
        )
    return CleanMinutes(notes, decisions, actions)

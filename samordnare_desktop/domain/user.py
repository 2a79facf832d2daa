"""Named users: the people of the coordinator's team who work in the programme (#20).

History, saved versions and follow-ups record the working person's name, not the computer's
login. A user is never removed while the history names them: one who left the team is
deactivated (no longer chosen at start) and can be activated again.

The table is ``app_user``, not ``user``: ``user`` is a reserved word on PostgreSQL (``SELECT *
FROM user`` there returns the session's role), a trap for every raw SQL statement.
"""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.validation import clean_text
from samordnare_desktop.i18n import translate

MAX_NAME = 100  # as the history's changed_by / saved_by columns


class UserRole(enum.StrEnum):
    COORDINATOR = "coordinator"
    SECRETARY = "secretary"  # utredningssekreterare
    SUBJECT_EXPERT = "subject_expert"  # ämnessakkunnig
    COMMUNICATOR = "communicator"  # kommunikatör (press)

    def label(self) -> str:
        return {
            UserRole.COORDINATOR: translate("UserRole", "Coordinator"),
            UserRole.SECRETARY: translate("UserRole", "Investigating secretary"),
            UserRole.SUBJECT_EXPERT: translate("UserRole", "Subject expert"),
            UserRole.COMMUNICATOR: translate("UserRole", "Communications officer"),
        }[self]

    @classmethod
    def parse(cls, text: str) -> UserRole:
        """A role as typed: its code (``secretary``) or its label in Swedish or English
        (``utredningssekreterare``, ``Investigating secretary``), any case."""
        wanted = " ".join(str(text or "").split()).casefold()
        for role in cls:
            if wanted in (role.value, role.label().casefold(), _SWEDISH[role], _ENGLISH[role]):
                return role
        raise ValidationError(
            "role",
            translate("users", "Unknown role: {role}. Choose one of: {roles}.").format(
                role=text, roles=", ".join(r.label().lower() for r in cls)
            ),
        )


# the labels in both languages, whichever language the app runs in (a script says "samordnare")
_SWEDISH = {
    UserRole.COORDINATOR: "samordnare",
    UserRole.SECRETARY: "utredningssekreterare",
    UserRole.SUBJECT_EXPERT: "ämnessakkunnig",
    UserRole.COMMUNICATOR: "kommunikatör",
}
_ENGLISH = {
    UserRole.COORDINATOR: "coordinator",
    UserRole.SECRETARY: "investigating secretary",
    UserRole.SUBJECT_EXPERT: "subject expert",
    UserRole.COMMUNICATOR: "communications officer",
}


def user_name(value: str | None) -> str:
    """A user's name, cleaned: not empty, at most :data:`MAX_NAME` characters."""
    text = clean_text(value)
    if not text:
        raise ValidationError("name", translate("users", "Give the user a name."))
    if len(text) > MAX_NAME:
        raise ValidationError(
            "name",
            translate("users", "The name is too long: at most {max} characters.").format(
                max=MAX_NAME
            ),
        )
    return text


def name_key(name: str) -> str:
    """What two names are compared by: "petra rinman" is "Petra Rinman"."""
    return clean_text(name).casefold()


class User(SoftDeleteMixin, Entity):
    """One person of the team: name (unique among the live users, any case) and role."""

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(MAX_NAME))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole), default=UserRole.COORDINATOR)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

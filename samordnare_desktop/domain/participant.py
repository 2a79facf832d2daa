"""People in a municipality's directory and their participation in visits.

A :class:`Person` belongs to one municipality's directory and is stored once (duplicates are
caught on e-mail or on name + organisation). A :class:`Participant` links a person to a visit
with what happened: invited, confirmed, attended, notes. Children and young people are kept
with a first name only or anonymously ("Ungdom 3"), never with contact details.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.i18n import translate


class ParticipantCategory(enum.StrEnum):
    POLITICIAN = "politician"
    MANAGER = "manager"
    SOCIAL_STAFF = "social_staff"
    SCHOOL_HEALTH = "school_health"
    HEALTH_CARE = "health_care"
    AUTHORITY = "authority"
    ORGANISATION = "organisation"
    CHILD = "child"
    PARENT = "parent"
    OWN_TEAM = "own_team"
    OTHER = "other"

    def label(self) -> str:
        return {
            ParticipantCategory.POLITICIAN: translate("ParticipantCategory", "Politician"),
            ParticipantCategory.MANAGER: translate("ParticipantCategory", "Manager"),
            ParticipantCategory.SOCIAL_STAFF: translate(
                "ParticipantCategory", "Social worker / staff"
            ),
            ParticipantCategory.SCHOOL_HEALTH: translate(
                "ParticipantCategory", "School and student health"
            ),
            ParticipantCategory.HEALTH_CARE: translate(
                "ParticipantCategory", "Health care / BUP / region"
            ),
            ParticipantCategory.AUTHORITY: translate("ParticipantCategory", "Other authority"),
            ParticipantCategory.ORGANISATION: translate("ParticipantCategory", "Organisation"),
            ParticipantCategory.CHILD: translate("ParticipantCategory", "Child / young person"),
            ParticipantCategory.PARENT: translate("ParticipantCategory", "Parent / guardian"),
            ParticipantCategory.OWN_TEAM: translate(
                "ParticipantCategory", "Travelling with the coordinator"
            ),
            ParticipantCategory.OTHER: translate("ParticipantCategory", "Other"),
        }[self]

    def short_label(self) -> str:
        """A compact label for the attendance summary line ("Politiker 3/4")."""
        return {
            ParticipantCategory.POLITICIAN: translate("ParticipantCategory", "Politicians"),
            ParticipantCategory.MANAGER: translate("ParticipantCategory", "Managers"),
            ParticipantCategory.SOCIAL_STAFF: translate("ParticipantCategory", "Staff"),
            ParticipantCategory.SCHOOL_HEALTH: translate("ParticipantCategory", "School"),
            ParticipantCategory.HEALTH_CARE: translate("ParticipantCategory", "Health care"),
            ParticipantCategory.AUTHORITY: translate("ParticipantCategory", "Authorities"),
            ParticipantCategory.ORGANISATION: translate("ParticipantCategory", "Organisations"),
            ParticipantCategory.CHILD: translate("ParticipantCategory", "Young people"),
            ParticipantCategory.PARENT: translate("ParticipantCategory", "Parents"),
            ParticipantCategory.OWN_TEAM: translate("ParticipantCategory", "With the coordinator"),
            ParticipantCategory.OTHER: translate("ParticipantCategory", "Others"),
        }[self]

    @property
    def is_child(self) -> bool:
        return self is ParticipantCategory.CHILD

    @property
    def travels_with_coordinator(self) -> bool:
        """The coordinator's secretary, experts, ministry colleagues: counted apart from the
        hosts' and the organisations' people."""
        return self is ParticipantCategory.OWN_TEAM


@dataclass(frozen=True)
class OwnCategory:
    """A category the user names for a headcount ("Familjehemsföräldrar", "Elevrådet"), counted
    under its own name wherever participants are counted per category, after the fixed ones.
    Stored as a headcount in ``OTHER`` with the name as its label."""

    name: str

    def label(self) -> str:
        return self.name

    def short_label(self) -> str:
        return self.name

    is_child = False
    travels_with_coordinator = False


def category_order(category: ParticipantCategory | OwnCategory) -> tuple[int, str]:
    """Sort key: the fixed categories in their order, then the user's own by name."""
    if isinstance(category, OwnCategory):
        return (len(ParticipantCategory), category.name.casefold())
    return (list(ParticipantCategory).index(category), "")


# The Riksdag parties, in the order Swedish lists usually give them.
PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")


def young_person_label(number: int | None) -> str:
    """The pseudonym a child or young person is shown as: "Ungdom 3"."""
    return translate("participants", "Young person {number}").format(number=number or "?")


class Person(SoftDeleteMixin, Entity):
    """Someone in the one directory of people across organisations (stored once, reused across
    meetings). ``organisation_id`` is where they work now (a move keeps their history: each
    participation remembers the organisation they came from); ``municipality_id`` repeats the
    municipality of a municipality's organisation and numbers young people ("Ungdom 3")."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_municipality_email", "municipality_id", "email_key"),
        Index("ix_person_municipality_name_org", "municipality_id", "name_org_key"),
        Index("ix_person_email_key", "email_key"),
        Index("ix_person_organisation_name_org", "organisation_id", "name_org_key"),
        # the children, whose names the findings mask (services.findings.child_masker): a few
        # among tens of thousands of people
        Index("ix_person_category", "category"),
    )

    municipality_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), default=None
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None
    )
    category: Mapped[ParticipantCategory] = mapped_column(
        enum_column(ParticipantCategory), default=ParticipantCategory.OTHER
    )
    # Empty for an anonymous child or young person (shown as "Ungdom <alias_number>").
    name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    party: Mapped[str] = mapped_column(String(20), default="")
    office: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # Children and young people: their number within the municipality ("Ungdom 3").
    alias_number: Mapped[int | None] = mapped_column(default=None)
    # Normalised keys for duplicate detection (see services.participants.person_keys).
    email_key: Mapped[str] = mapped_column(String(200), default="")
    name_org_key: Mapped[str] = mapped_column(String(420), default="")


class Participant(SoftDeleteMixin, Entity):
    """A person's participation in one visit."""

    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_visit_person", "visit_id", "person_id"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    # The organisation the person came from to this meeting (kept when they move on).
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None, index=True
    )
    invited: Mapped[bool] = mapped_column(default=True)
    confirmed: Mapped[bool] = mapped_column(default=False)
    attended: Mapped[bool] = mapped_column(default=False)
    walk_in: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_note: Mapped[str] = mapped_column(Text, default="")
    # Whether printed lists may show a child's first name (default: only "Ungdom 3").
    name_on_lists: Mapped[bool] = mapped_column(default=False)


class VisitHeadcount(SoftDeleteMixin, Entity):
    """People counted, not named: "6 unga deltog". Counted as present in their category in lists,
    sign-in totals, reports and the programme export, beside the named participants."""

    __tablename__ = "visit_headcount"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[ParticipantCategory] = mapped_column(
        enum_column(ParticipantCategory), default=ParticipantCategory.CHILD
    )
    # The user's own name for the group ("Unga från fritidsgården"); empty: the category's label.
    label: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(default=0)


class VisitJournalist(SoftDeleteMixin, Entity):
    """A journalist registered for the visit's press meeting (counted apart from participants)."""

    __tablename__ = "visit_journalist"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    outlet: Mapped[str] = mapped_column(String(200), default="")


# --- the people index follows every ORM write of a person (see domain.search) -------------------
def _run_on_index(write, *args) -> None:
    """Write the people index; a database whose schema predates it (upgraded before it is
    used, so only a test that writes at an older revision) has none to keep: the migration
    that creates it fills it from the table."""
    from sqlalchemy.exc import OperationalError

    try:
        write(*args)
    except OperationalError as exc:
        if "no such table" not in str(exc.orig):
            raise


def _unindex_person(connection, person_id: uuid.UUID) -> None:
    from samordnare_desktop.domain.search import PEOPLE_INDEX, unindex_row

    _run_on_index(unindex_row, connection, PEOPLE_INDEX, person_id)


def _index_person(connection, person: Person) -> None:
    from samordnare_desktop.domain.search import PEOPLE_INDEX, index_row, person_words

    found = person_words(person.name, person.organisation, person.email, person.title)
    if found:
        _run_on_index(index_row, connection, PEOPLE_INDEX, found, person.id)


@event.listens_for(Person, "after_insert")
def _person_added(_mapper, connection, person: Person) -> None:
    _index_person(connection, person)


@event.listens_for(Person, "after_update")
def _person_changed(_mapper, connection, person: Person) -> None:
    from sqlalchemy import inspect

    state = inspect(person)
    if any(
        state.attrs[name].history.has_changes()
        for name in ("name", "organisation", "email", "title")
    ):
        _unindex_person(connection, person.id)
        _index_person(connection, person)


@event.listens_for(Person, "after_delete")
def _person_deleted(_mapper, connection, person: Person) -> None:
    _unindex_person(connection, person.id)

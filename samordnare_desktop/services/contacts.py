"""Contact persons of an organisation or municipality: the row the UI shows, the input it sends,
and their validation; one place for both services that keep contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.municipality import Contact


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    version: int
    name: str
    title: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True)
class ContactInput:
    name: str
    title: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


def contact_row(c: Contact) -> ContactRow:
    return ContactRow(c.id, c.version, c.name, c.title, c.organisation, c.phone, c.email)


def validate_contact(data: ContactInput) -> ContactInput:
    """Normalise and check a contact; raises ``ValidationError`` naming the bad field."""
    return ContactInput(
        name=v.required_text(data.name, "name"),
        title=v.optional_text(data.title, "title"),
        organisation=v.optional_text(data.organisation, "organisation"),
        phone=v.optional_phone(data.phone, "phone"),
        email=v.optional_email(data.email, "email"),
    )

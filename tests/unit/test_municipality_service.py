"""Editing municipalities and contacts through the service: validation, persistence, undo, stale edits."""

from __future__ import annotations

import pytest

from samordnare_desktop.domain.errors import StaleEditError, ValidationError
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.registry import Services

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _mjolby(services: Services):
    return services.municipalities.by_code("0586")


def test_programme_and_notes_persist(services: Services) -> None:
    m = _mjolby(services)
    details = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id,
        expected_version=details.version,
        in_programme=True,
        notes="Besök planeras i mars <b>&</b> 😀",
    )
    again = services.municipalities.details(m.id)
    assert again.in_programme is True
    assert again.notes == "Besök planeras i mars <b>&</b> 😀"
    assert next(r for r in services.municipalities.list() if r.code == "0586").in_programme


def test_stale_edit_is_refused(services: Services) -> None:
    m = _mjolby(services)
    loaded = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id, expected_version=loaded.version, in_programme=True, notes="a"
    )
    with pytest.raises(StaleEditError, match="Någon annan"):
        services.municipalities.update(
            m.id, expected_version=loaded.version, in_programme=False, notes="b"
        )
    assert services.municipalities.details(m.id).notes == "a"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (ContactInput(name="   "), "name", "får inte vara tomt"),
        (ContactInput(name="Anna", email="anna.kommun.se"), "email", "Ogiltig e-postadress"),
        (ContactInput(name="Anna", phone="ring mig"), "phone", "Ogiltigt telefonnummer"),
        (ContactInput(name="A" * 201), "name", "högst 200 tecken"),
    ],
)
def test_invalid_contact_is_refused_and_nothing_is_saved(
    services: Services, data: ContactInput, field: str, message: str
) -> None:
    m = _mjolby(services)
    with pytest.raises(ValidationError, match=message) as info:
        services.municipalities.add_contact(m.id, data)
    assert info.value.field == field
    assert services.municipalities.details(m.id).contacts == ()


def test_contact_delete_is_soft_and_restorable(services: Services) -> None:
    m = _mjolby(services)
    added = services.municipalities.add_contact(
        m.id,
        ContactInput(
            "  Łucja  Đorđević ",
            "Socialchef",
            "Socialförvaltningen",
            "0142-850 00",
            "lucja@mjolby.se",
        ),
    )
    assert added.name == "Łucja Đorđević"
    services.municipalities.delete_contact(added.id)
    assert services.municipalities.details(m.id).contacts == ()
    services.municipalities.restore_contact(added.id)
    assert [c.name for c in services.municipalities.details(m.id).contacts] == ["Łucja Đorđević"]


def test_contact_update_with_stale_version_is_refused(services: Services) -> None:
    m = _mjolby(services)
    c = services.municipalities.add_contact(m.id, ContactInput("Anna Berg"))
    services.municipalities.update_contact(
        c.id, ContactInput("Anna Berg", title="Chef"), expected_version=c.version
    )
    with pytest.raises(StaleEditError):
        services.municipalities.update_contact(
            c.id, ContactInput("Anna B"), expected_version=c.version
        )

"""A case an adversarial review found (issue #18: children are never named in what is exported):
a child's name written without its accents ("Dorde" for Đorđe, "Zoe" for Zoë) was printed as
typed, while the app's own search treats the two as one name ("dukic" finds Đukić). Å, ä and ö
stay letters of their own, as in the search."""

from __future__ import annotations

from datetime import date

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services.findings import child_masker
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit


def test_a_childs_name_without_its_accents_is_masked_too(services: Services) -> None:
    visit = make_visit(services, day=date(2026, 3, 4))
    for name in ("Đorđe", "Zoë", "Åsa"):
        services.participants.add(visit.id, PersonInput(name, ParticipantCategory.CHILD))
    with services.db.read() as s:
        mask = child_masker(s)
    masked = mask("Dorde och ĐORĐE sa; Zoes mamma, Zoë själv. Asa är en annan; Åsas bror.")
    assert "Dorde" not in masked and "ĐORĐE" not in masked and "Zoe" not in masked
    assert "Zoë" not in masked and "Åsa" not in masked
    assert "Asa är en annan" in masked  # å is a letter of its own: Asa is someone else
    assert masked.count("Ungdom") == 5 and ":s mamma" in masked and ":s bror" in masked

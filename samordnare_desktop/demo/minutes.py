"""Demo minutes (issue #18 parts 3 and 8): every held visit of the fictitious programme gets
minutes on its agenda's sessions (notes, a decision or two, follow-up actions with an owner and a
due date after the visit) and its findings are put under the sessions, so the minutes page and
the minutes PDF show something real on first start. Invented text; owners are roles, no person
is named."""

from __future__ import annotations

import random
from datetime import timedelta

from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.domain.minutes import ActionInput, MinutesInput
from samordnare_desktop.domain.visit import VisitStatus
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter

NOTES = (
    "Kommunen beskrev hur barnavårdsutredningarna fördelas mellan enheterna. Handläggningstiderna "
    "har kortats, men personalomsättningen är fortsatt hög.",
    "Samtalet handlade om hur barnens egna berättelser tas till vara i utredningarna. Flera "
    "deltagare lyfte att barnsamtalen ofta blir för få.",
    "Skolan och socialtjänsten träffas regelbundet på ledningsnivå, men samverkan i enskilda "
    "ärenden är beroende av personliga kontakter.",
    "Familjehemsvården har svårt att rekrytera nya familjehem. Kommunen köper många placeringar "
    "och vill bygga upp en egen jourhemsverksamhet.",
    "Regionens barn- och ungdomspsykiatri har långa väntetider. Kommunen efterfrågar gemensamma "
    "rutiner för barn som behöver insatser från båda huvudmännen.",
    "Introduktionen för nyanställda socialsekreterare har förstärkts med mentorer och en "
    "skriftlig plan. Arbetsgruppen upplever att det har gett resultat.",
)
DECISIONS = (
    "Kommunen tar fram en handlingsplan för den sociala barn- och ungdomsvården till nästa besök.",
    "Socialförvaltningen och skolan bjuder in till ett gemensamt möte om samverkan i enskilda "
    "ärenden.",
    "Samordnaren återkommer med goda exempel från andra kommuner om rekrytering av familjehem.",
    "Kommunen följer upp handläggningstiderna kvartalsvis och redovisar dem vid uppföljningen.",
)
ACTIONS = (
    ("Skicka kommunens underlag om handläggningstider till samordnaren", "Socialchefen"),
    ("Boka uppföljningsbesök", "Samordnarens kansli"),
    ("Sammanställa goda exempel om familjehemsrekrytering", "Samordnarens kansli"),
    ("Ta fram förslag till gemensam rutin med skolan", "Enhetschef barn och unga"),
    ("Redovisa tidsstudien för socialnämnden", "Verksamhetsutvecklare"),
    ("Bjuda in regionen till samverkansmöte om barn- och ungdomspsykiatrin", "Socialchefen"),
)


def build_minutes(services: Services, rng: random.Random) -> str:
    minutes = services.minutes
    held = [
        v
        for v in services.visits.list(VisitFilter())
        if v.status is VisitStatus.HELD and v.municipality_id is not None
    ]
    entries: list[tuple[object, MinutesInput]] = []
    links: list[tuple[object, object]] = []
    visits = 0
    for visit in held:
        items = minutes.items(visit.id)
        sessions = [i for i in items if i.kind is AgendaItemKind.SESSION]
        if not sessions or any(i.has_minutes for i in items):
            continue  # no agenda, or the demo ran before
        visits += 1
        chosen = sessions[: rng.randint(2, 3)]
        for number, item in enumerate(chosen):
            actions = tuple(
                ActionInput(text, owner, visit.day + timedelta(days=rng.choice((30, 60, 90))))
                for text, owner in rng.sample(ACTIONS, rng.randint(0, 2) if number else 2)
            )
            entries.append(
                (
                    item.agenda_item_id,
                    MinutesInput(
                        notes=rng.choice(NOTES),
                        decisions=rng.choice(DECISIONS) if number < 2 else "",
                        actions=actions,
                    ),
                )
            )
        findings = [f for i in items for f in i.findings]  # under an item already: left there
        placed = {f.id for f in findings}
        loose = [f for f in services.findings.for_visit(visit.id) if f.id not in placed]
        links += [
            (f.id, chosen[index % len(chosen)].agenda_item_id) for index, f in enumerate(loose)
        ]
    written = minutes.save_many(entries, links)
    return f"minutes: {written} agenda items with minutes on {visits} held visits"

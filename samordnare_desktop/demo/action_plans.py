"""Demo step: fictitious action plans (and follow-ups) for the programme municipalities.

Plans go to the municipalities whose first visit is held, or, when the database has no visits
at all, to most programme municipalities. A follow-up is recorded where the follow-up visit is
held. Idempotent: a municipality that has a plan (or a follow-up) is left as it is.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter

# area name -> (situation, goal, [(action, owner, how progress is measured), ...])
AREAS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "Barnets perspektiv och barns och vårdnadshavares inflytande": (
        "Barnets egen berättelse syns sällan i utredningarna. Barn och vårdnadshavare upplever "
        "att de inte får veta vad som händer i ärendet.",
        "Barnets röst ska framgå i varje utredning och uppföljning, och barn och vårdnadshavare "
        "ska få återkoppling i ett språk de förstår.",
        [
            (
                "Införa samtalsmaterial för barnsamtal i alla utredningar",
                "Enhetschef utredning",
                "Andel utredningar med dokumenterat barnsamtal",
            ),
            (
                "Ta fram skriftlig information om utredningens gång för barn och vårdnadshavare",
                "Verksamhetsutvecklare",
                "Materialet finns och delas ut vid första kontakt",
            ),
            (
                "Utbilda alla handläggare i barnsamtal (två utbildningsdagar)",
                "IFO-chef",
                "Antal utbildade handläggare",
            ),
            (
                "Följa upp barnens upplevelse med en kort enkät vid avslut",
                "Kvalitetsutvecklare",
                "Svarsfrekvens och resultat per halvår",
            ),
        ],
    ),
    "Introduktion av nya socialsekreterare": (
        "Nyanställda får ärenden redan första veckan och introduktionen ser olika ut mellan "
        "enheterna.",
        "Alla nyanställda följer en gemensam introduktion med skyddad start och mentor.",
        [
            (
                "Skriva en gemensam introduktionsplan för barn och unga",
                "Enhetschef",
                "Planen är beslutad och används",
            ),
            (
                "Skyddad start: högst fem ärenden de första tre månaderna",
                "Enhetschef",
                "Antal ärenden per nyanställd",
            ),
            (
                "Utse mentor för varje nyanställd",
                "Förste socialsekreterare",
                "Andel nyanställda med mentor",
            ),
            ("Uppföljningssamtal efter tre och sex månader", "Enhetschef", "Genomförda samtal"),
        ],
    ),
    "Kompetens och personalstabilitet": (
        "Hög personalomsättning; hälften av handläggarna har mindre än två års erfarenhet.",
        "Minskad personalomsättning och en tydlig kompetensutvecklingsplan för varje medarbetare.",
        [
            (
                "Ta fram kompetensutvecklingsplan per medarbetare",
                "IFO-chef",
                "Andel medarbetare med plan",
            ),
            (
                "Införa karriärtjänst som specialistsocionom",
                "Socialchef",
                "Tjänsten inrättad och tillsatt",
            ),
            (
                "Regelbunden ärendehandledning varannan vecka",
                "Enhetschef",
                "Genomförda handledningstillfällen",
            ),
            (
                "Analysera skälen till avslut med avgångssamtal",
                "HR-konsult",
                "Sammanställning per år",
            ),
        ],
    ),
    "Samverkan med hälso- och sjukvård och skola": (
        "Samverkan bygger på enskilda personer; rutiner för SIP och orosanmälningar saknas.",
        "Skriftliga rutiner för samverkan med skola, elevhälsa och region, kända av alla.",
        [
            (
                "Gemensam rutin för samordnad individuell plan (SIP) med regionen",
                "Avdelningschef",
                "Antal upprättade SIP per kvartal",
            ),
            ("Samverkansmöten med elevhälsan en gång per termin", "Enhetschef", "Genomförda möten"),
            (
                "Information om orosanmälan till alla rektorer",
                "Socialsekreterare mottagning",
                "Informationstillfällen genomförda",
            ),
        ],
    ),
    "Dokumentation och administration (mer tid för barnen)": (
        "Handläggarna lägger en stor del av tiden på dokumentation och dubbelregistrering.",
        "Mer av arbetstiden ska gå till möten med barn och familjer.",
        [
            (
                "Se över mallar i verksamhetssystemet och ta bort dubbeldokumentation",
                "Systemförvaltare",
                "Antal mallar som förenklats",
            ),
            ("Anställa administratör som avlastar handläggarna", "IFO-chef", "Tjänsten tillsatt"),
            (
                "Mäta tidsanvändning under två veckor före och efter",
                "Verksamhetsutvecklare",
                "Andel tid i direkt klientarbete",
            ),
        ],
    ),
    "Placeringar i familjehem och HVB": (
        "Många placeringar på HVB långt från hemkommunen och få egna familjehem.",
        "Fler barn placeras i familjehem nära hemmet och uppföljningen av placerade barn stärks.",
        [
            (
                "Rekryteringskampanj för familjehem",
                "Familjehemssekreterare",
                "Antal nya utredda familjehem",
            ),
            (
                "Besöka placerade barn minst fyra gånger per år",
                "Enhetschef placering",
                "Andel barn med fyra besök",
            ),
            (
                "Se över avtal och uppföljning av HVB-placeringar",
                "Avdelningschef",
                "Genomgång klar och rapporterad till nämnden",
            ),
            (
                "Stöd och handledning till familjehem i grupp",
                "Familjehemssekreterare",
                "Antal träffar och deltagare",
            ),
        ],
    ),
}

OWNERS = (
    "Anna Lindqvist, IFO-chef",
    "Jonas Berg, enhetschef barn och unga",
    "Maria Holm, socialchef",
    "Erik Sandberg, avdelningschef",
    "Sara Nyström, enhetschef",
)

ASSESSMENTS = (
    (Assessment.CLEARLY_IMPROVED, "Tydlig förändring i ärendena och i personalgruppen."),
    (
        Assessment.SOMEWHAT_IMPROVED,
        "Arbetet har kommit igång men effekterna syns ännu inte fullt ut.",
    ),
    (Assessment.UNCHANGED, "Vakanser har gjort att arbetet stått still under hösten."),
    (Assessment.WORSE, "Läget har försämrats sedan förra besöket; ny plan behövs."),
)

COMMENTS = {
    ActionStatus.DONE: ("Genomfört enligt plan.", "Klart och utvärderat.", ""),
    ActionStatus.ONGOING: ("Pågår, försenat p.g.a. vakanser.", "Pågår enligt plan.", ""),
    ActionStatus.NOT_STARTED: ("Inte påbörjat; prioriteras under våren.", ""),
    ActionStatus.POSTPONED: ("Skjuts upp till nästa år i väntan på ny chef.",),
    ActionStatus.DROPPED: ("Struken; ersatt av regionens arbete.",),
}

SUMMARIES = (
    "Kommunen har kommit långt med introduktionen och samverkan. Arbetet med barnets "
    "perspektiv behöver fortsätta.",
    "Flera åtgärder är genomförda men personalomsättningen är fortsatt hög. Planen revideras "
    "inför nästa år.",
    "Ett tydligt förbättringsarbete pågår; dokumentationen har förenklats och handläggarna "
    "upplever mer tid för barnen.",
)


def _progress(roll: float, past_due: bool) -> ActionStatus:
    """Where a demo action stands today: most past their due date are done."""
    if past_due:
        if roll < 0.55:
            return ActionStatus.DONE
        return ActionStatus.ONGOING if roll < 0.85 else ActionStatus.NOT_STARTED
    if roll < 0.5:
        return ActionStatus.ONGOING
    return ActionStatus.NOT_STARTED if roll < 0.85 else ActionStatus.POSTPONED


def build_action_plans(services: Services, rng: random.Random) -> str:
    """Plans for most programme municipalities, follow-ups where the follow-up visit is held."""
    svc = services.action_plans
    today = date.today()
    visits = services.visits.list()
    held_first = {
        v.municipality_id: v
        for v in visits
        if v.kind is VisitKind.FIRST and v.status is VisitStatus.HELD
    }
    programme = [m for m in services.municipalities.list() if m.in_programme]
    if visits:
        targets = [(m, held_first[m.id].day) for m in programme if m.id in held_first]
    else:
        targets = [
            (m, today - timedelta(days=rng.randint(90, 300)))
            for m in programme
            if rng.random() < 0.8 or m.code in PROGRAMME_CODES[:4]
        ]
    has_plan = {r.municipality_id for r in svc.summaries() if r.plan_id}
    made = 0
    for m, visit_day in targets:
        if m.id in has_plan:
            continue
        received = visit_day + timedelta(days=rng.randint(21, 45))
        status = PlanStatus.AGREED if rng.random() < 0.8 else PlanStatus.DRAFT
        areas, states = [], []
        for name in rng.sample(sorted(AREAS), rng.randint(3, 5)):
            situation, goal, pool = AREAS[name]
            actions = []
            for what, owner, measure in rng.sample(pool, min(len(pool), rng.randint(2, 5))):
                start = received + timedelta(days=rng.randint(0, 60))
                due = start + timedelta(days=rng.randint(30, 300))
                actions.append(ActionInput(what, owner, start, due, measure=measure))
                states.append(_progress(rng.random(), due < today))
            areas.append((AreaInput(name, situation, goal), actions))
        plan = svc.create_plan_with(m.id, PlanInput(status, received, rng.choice(OWNERS)), areas)
        if status is PlanStatus.AGREED:  # the plan as agreed: nothing started yet
            services.plan_versions.save_version(plan.id, "Som överenskommen")
        # then the work goes on (and the history shows it)
        svc.set_statuses(
            {
                action.id: state
                for action, state in zip(plan.actions(), states, strict=True)
                if state is not action.status
            }
        )
        made += 1
    follow_ups = 0
    held_follow_ups = services.visits.list(
        VisitFilter(kinds=frozenset({VisitKind.FOLLOW_UP}), statuses=frozenset({VisitStatus.HELD}))
    )
    for visit in held_follow_ups:
        plan = svc.plan_for(visit.municipality_id)
        if plan is None or services.follow_ups.follow_up(plan.id) is not None:
            continue
        follow = services.follow_ups.start_follow_up(plan.id, visit.id)
        found_actions, found_areas = {}, {}
        for area in plan.areas:
            done = 0
            for action in area.actions:
                now = action.status
                if not now.is_closed and rng.random() < 0.4:
                    now = ActionStatus.DONE
                found_actions[action.id] = (now, rng.choice(COMMENTS[now]))
                done += now is ActionStatus.DONE
            share = done / len(area.actions) if area.actions else 0
            # most of the actions done: most likely improved; little done: most likely not
            weights = (
                (4, 3, 1, 0) if share >= 0.75 else (1, 3, 2, 1) if share >= 0.4 else (0, 1, 3, 2)
            )
            found_areas[area.id] = rng.choices(ASSESSMENTS, weights=weights)[0]
        services.follow_ups.record_follow_up(
            follow.id, actions=found_actions, areas=found_areas, summary=rng.choice(SUMMARIES)
        )
        follow_ups += 1
    return f"action plans: {made} plans added, {follow_ups} follow-ups added"

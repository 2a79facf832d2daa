"""Demo findings (issue #18): on every held visit of the fictitious programme, two to four
findings written down on the day and tagged (kind, level, the visit's questions, now and then a
focus group or a theme of the coordinator's own), so the Iakttagelser tab, the good examples on
a visit's page and ``list findings`` show something real on first start. Invented text, no
person named."""

from __future__ import annotations

import random

from samordnare_desktop.domain.finding import (
    FindingInput,
    FindingKind,
    FindingLevel,
    ThemeKey,
    ThemeSource,
)
from samordnare_desktop.domain.visit import VisitStatus
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter

G, C, P, Q = (
    FindingKind.GOOD_EXAMPLE,
    FindingKind.CHALLENGE,
    FindingKind.PROPOSAL,
    FindingKind.NATIONAL_QUESTION,
)
M, R, N = FindingLevel.MUNICIPAL, FindingLevel.REGIONAL, FindingLevel.NATIONAL
USER_THEMES = ("Samverkan med skolan", "Placeringar nära hemmet")

# (text, kind, level, question numbers, user theme index or None, focus group key or "")
FINDINGS: tuple[tuple[str, FindingKind, FindingLevel, tuple[int, ...], int | None, str], ...] = (
    (
        "Barnen får läsa och kommentera sin egen vårdplan innan den fastställs.",
        G,
        M,
        (1,),
        None,
        "",
    ),
    (
        "Barnsamtal hålls alltid utan vårdnadshavare närvarande, i ett eget rum.",
        G,
        M,
        (1,),
        None,
        "",
    ),
    (
        "Nya socialsekreterare har en mentor och reducerat ärendeantal det första halvåret.",
        G,
        M,
        (2,),
        None,
        "",
    ),
    (
        "Introduktionen följer en skriftlig plan som chefen går igenom varje månad.",
        G,
        M,
        (2,),
        None,
        "",
    ),
    (
        "Gemensam kompetensutveckling med grannkommunerna håller nere kostnaden.",
        G,
        R,
        (3,),
        None,
        "",
    ),
    (
        "Skolan och socialtjänsten har ett stående möte varje vecka om oroande frånvaro.",
        G,
        M,
        (1,),
        0,
        "",
    ),
    (
        "Familjehem rekryteras tillsammans med grannkommunerna, så barn kan bo kvar nära skolan.",
        G,
        R,
        (3,),
        1,
        "young_family_home",
    ),
    (
        "Hög personalomsättning: hälften av handläggarna har arbetat mindre än två år.",
        C,
        M,
        (3,),
        None,
        "",
    ),
    ("Barnets perspektiv syns sällan i utredningarnas slutsatser.", C, M, (1,), None, ""),
    (
        "Svårt att hitta jourhem med kort varsel; barn placeras långt från hemorten.",
        C,
        M,
        (),
        1,
        "",
    ),
    (
        "Ensamkommande som fyller 18 tappar kontakten med socialtjänsten.",
        C,
        M,
        (1,),
        None,
        "unaccompanied",
    ),
    (
        "Unga som vill lämna kriminella nätverk behöver stöd snabbare än utredningen hinner.",
        C,
        N,
        (),
        None,
        "left_organised_crime",
    ),
    (
        "Regionen och kommunen borde ha en gemensam ingång för barn med psykisk ohälsa.",
        P,
        R,
        (1,),
        0,
        "",
    ),
    (
        "Ett nationellt introduktionsprogram för nyutexaminerade socialsekreterare.",
        P,
        N,
        (2,),
        None,
        "",
    ),
    (
        "Kan Socialstyrelsen ta fram stöd för uppföljning av placerade barns skolgång?",
        Q,
        N,
        (1,),
        0,
        "",
    ),
    ("Varför skiljer sig IVO:s tolkning av tillsynen mellan regionerna?", Q, N, (3,), None, ""),
)


def build_findings(services: Services, rng: random.Random) -> str:
    findings = services.findings
    themes = {t.label: t.key for t in findings.themes() if t.key.source is ThemeSource.USER}
    for name in USER_THEMES:
        if name not in themes:
            themes[name] = findings.add_theme(name).key
    questions = {q.number: q.id for q in services.visits.questions(include_retired=True)}
    groups = {g.key: g.id for g in services.care_places.focus_groups() if g.key}
    held = [
        v
        for v in services.visits.list(VisitFilter())
        if v.status is VisitStatus.HELD and v.municipality_id is not None
    ]
    made = {row.visit_id for row in findings.export_rows() if row.visit_id}
    new: list[FindingInput] = []
    visits = 0
    for visit in held:
        if visit.id in made:
            continue  # the demo ran before
        visits += 1
        for text, kind, level, numbers, theme, group in rng.sample(FINDINGS, rng.randint(2, 4)):
            keys = [ThemeKey(ThemeSource.QUESTION, questions[n]) for n in numbers if n in questions]
            if theme is not None:
                keys.append(themes[USER_THEMES[theme]])
            new.append(
                FindingInput(
                    text=text,
                    kind=kind,
                    level=level,
                    visit_id=visit.id,
                    themes=tuple(keys),
                    focus_group_ids=(groups[group],) if group in groups else (),
                    organisation_ids=visit.organisation_ids,  # its municipality's, as on the day
                )
            )
    added = findings.add_many(new)
    good = sum(1 for f in findings.export_rows() if f.kind is FindingKind.GOOD_EXAMPLE)
    return f"findings: {added} fictitious findings on {visits} held visits ({good} good examples)"

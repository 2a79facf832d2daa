"""Demo step: every demo visit without an agenda gets one from the template for its kind."""

from __future__ import annotations

import random

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.registry import Services


def build_agendas(services: Services, rng: random.Random) -> str:
    """Fill empty agendas from the templates (follow-ups from the follow-up template, every
    other visit from the first-visit one), fitted to the visit's hours. Idempotent: a visit
    with an agenda is left alone."""
    agendas = services.agendas
    # meetings without a municipality get their agenda (or none) in organisations_demo
    visits = [v for v in services.visits.list() if v.municipality_id is not None]
    empty = set(agendas.visits_without_agenda([v.id for v in visits]))
    fallback = agendas.template_for(VisitKind.FIRST)
    filled = 0
    for visit in visits:
        if visit.id not in empty:
            continue
        template = agendas.template_for(visit.kind) or fallback
        if template is None:
            continue
        agendas.apply_template(visit.id, template.id, fit=True)
        filled += 1
    return f"agendas: {filled} filled from templates ({len(visits)} visits)"

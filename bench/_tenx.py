"""The 10x programme for the speed benches, made through the app's own services (seeded).

290 municipalities in the programme, 5,000 meetings, 200,000 participant rows, 20,000 actions,
agendas from the templates and the time studies. Made once (a few minutes) and kept under the
temp folder (``samordnare-bench/``), keyed by this generator's version; a checkout with a newer
schema upgrades a copy of it once, kept beside it under that schema's head (the shared file stays
as it was for worktrees without the new migration); every bench run works on a fresh copy.

``python bench/_tenx.py`` makes (or finds) it and prints where it is.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 1
SEED = 10
MEETINGS = 5_000
PER_MEETING = 40  # 5,000 x 40 = 200,000 participant rows
ACTIONS = 20_000
AGENDAS = 600  # agendas for the meetings the benches open (every one would add minutes)

CACHE = Path(os.environ.get("SAMORDNARE_BENCH_CACHE") or Path(tempfile.gettempdir())) / (
    "samordnare-bench"
)


def with_bytecode(env: dict[str, str]) -> dict[str, str]:
    """``env`` for a timed child process that reads compiled bytecode, as an installed app and
    the floors' site-packages do: without it (``PYTHONDONTWRITEBYTECODE`` in a development
    shell) every start compiled the app's own ~100 modules from source, some 0.1-0.3 s the
    floors never paid. The ``.pyc`` files go to the bench cache, not into the checkout."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    return env


def cached_path() -> Path:
    return CACHE / f"tenx-v{GENERATOR_VERSION}-s{SEED}.sqlite3"


def _upgraded(path: Path) -> None:
    """Bring a cached file made by an older schema up to this checkout's (once, in the cache)."""
    from samordnare_desktop.db import migrate
    from samordnare_desktop.services.startup import open_database

    if migrate.inspect_schema(path).state is migrate.SchemaState.OUTDATED:
        open_database(path, daily_backup=False).close()


def _fast_pragmas(db) -> None:
    """The generator need not survive a power cut: synchronous OFF makes 5,000 commits quick."""
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _relaxed(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")

    db.engine.dispose()


def _visits(services, rng: random.Random) -> list:
    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.visits import VisitInput

    municipalities = services.municipalities.list()
    for m in municipalities:
        if not m.in_programme:
            details = services.municipalities.details(m.id)
            services.municipalities.update(
                m.id, expected_version=details.version, in_programme=True, notes=details.notes
            )
    today = date.today()
    made = []
    per = [MEETINGS // len(municipalities)] * len(municipalities)
    for i in range(MEETINGS - sum(per)):
        per[i] += 1
    venues = ("Kommunhuset", "Stadshuset", "Socialkontoret", "Medborgarhuset", "Folkets hus")
    for m, count in zip(municipalities, per, strict=True):
        first_day = today - timedelta(days=rng.randint(200, 700))
        for n in range(count):
            kind = (
                VisitKind.FIRST
                if n == 0
                else VisitKind.FOLLOW_UP
                if n == 1
                else rng.choice((VisitKind.DIALOGUE, VisitKind.OTHER))
            )
            day = first_day + timedelta(days=n * rng.randint(20, 50))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            if day < today:
                status = VisitStatus.CANCELLED if rng.random() < 0.05 else VisitStatus.HELD
            else:
                status = rng.choice((VisitStatus.PLANNED, VisitStatus.CONFIRMED))
            made.append(
                services.visits.create(
                    VisitInput(
                        municipality_id=m.id,
                        kind=kind,
                        day=day,
                        status=status,
                        venue_name=rng.choice(venues),
                        venue_address=f"Storgatan {rng.randint(1, 60)}",
                        notes="Anteckningar från mötet. " * rng.randint(0, 6),
                    ),
                    question_ids=None if n < 2 else (),
                )
            )
    return made


def _participants(services, rng: random.Random, visits: list) -> int:
    from samordnare_desktop.demo.participants import _adult, _with_status
    from samordnare_desktop.services.participants import NewParticipant

    svc = services.participants
    today = date.today()
    pools: dict = {}
    used: dict = {}
    total = 0
    categories = None
    for number, visit in enumerate(sorted(visits, key=lambda v: (v.day, v.municipality_code))):
        if categories is None:
            from samordnare_desktop.demo.participants import ROLES

            categories = list(ROLES)
        pool = pools.setdefault(visit.municipality_id, [])
        names = used.setdefault(visit.municipality_id, set())
        reuse = rng.sample(pool, min(len(pool), 30))
        entries = [NewParticipant(None, person_id=pid) for pid in reuse]
        while len(entries) < PER_MEETING:
            entries.append(NewParticipant(_adult(rng, rng.choice(categories), visit, names)))
        held = visit.day < today
        result = svc.add_many(visit.id, _with_status(rng, entries, visit, held))
        total += len(result.added)
        if not reuse:
            pool.extend(svc.get(pid).person_id for pid in result.added)
        else:
            known = set(reuse)
            for row in svc.list_for_visit(visit.id):
                if row.person_id not in known:
                    pool.append(row.person_id)
        if number % 500 == 0:
            print(f"  participants: {total} rows ({number} meetings)", flush=True)
    return total


def _action_plans(services, rng: random.Random) -> int:
    from samordnare_desktop.demo.action_plans import AREAS, OWNERS
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput

    svc = services.action_plans
    municipalities = services.municipalities.list()
    per = [ACTIONS // len(municipalities)] * len(municipalities)
    for i in range(ACTIONS - sum(per)):
        per[i] += 1
    names = sorted(AREAS)
    made = 0
    for m, count in zip(municipalities, per, strict=True):
        received = date.today() - timedelta(days=rng.randint(30, 500))
        areas = []
        area_count = 7
        for a in range(area_count):
            name = names[a % len(names)]
            situation, goal, pool = AREAS[name]
            actions = []
            for k in range(count // area_count + (a < count % area_count)):
                what, owner, measure = pool[k % len(pool)]
                start = received + timedelta(days=rng.randint(0, 60))
                due = start + timedelta(days=rng.randint(30, 400))
                actions.append(ActionInput(f"{what} ({k + 1})", owner, start, due, measure=measure))
            areas.append((AreaInput(f"{name} {a + 1}", situation, goal), actions))
        svc.create_plan_with(
            m.id, PlanInput(PlanStatus.AGREED, received, rng.choice(OWNERS)), areas
        )
        made += sum(len(actions) for _area, actions in areas)
    return made


def _agendas(services, rng: random.Random, visits: list) -> int:
    from samordnare_desktop.domain.visit import VisitKind

    agendas = services.agendas
    fallback = agendas.template_for(VisitKind.FIRST)
    chosen = rng.sample(visits, min(AGENDAS, len(visits)))
    for visit in chosen:
        template = agendas.template_for(visit.kind) or fallback
        if template is not None:
            agendas.apply_template(visit.id, template.id, fit=True)
    return len(chosen)


def generate(path: Path) -> None:
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = open_database(path, daily_backup=False)
    _fast_pragmas(db)
    services = Services(db)
    rng = random.Random(SEED)
    visits = _visits(services, rng)
    print(f"  meetings: {len(visits)} ({time.perf_counter() - started:.0f} s)", flush=True)
    rows = _participants(services, rng, visits)
    print(f"  participant rows: {rows} ({time.perf_counter() - started:.0f} s)", flush=True)
    actions = _action_plans(services, rng)
    print(f"  actions: {actions} ({time.perf_counter() - started:.0f} s)", flush=True)
    agendas = _agendas(services, rng, visits)
    print(f"  agendas: {agendas} ({time.perf_counter() - started:.0f} s)", flush=True)
    from samordnare_desktop.demo.time_studies import build_time_studies

    print("  " + build_time_studies(services, rng), flush=True)
    # the GDPR search's index of the texts, as a user's searches (or the upgrade, 0030) keep
    # it: else every bench copy's first search would index the whole programme (2-3.5 s)
    from samordnare_desktop.services.privacy import refresh_mentions

    with db.write() as s:
        refresh_mentions(s)
    db.close()
    print(f"10x programme made in {time.perf_counter() - started:.0f} s: {path}", flush=True)


def _at_this_schema(source: Path) -> Path:
    """``source``, or when its schema is older than this checkout's, an upgraded copy of it
    kept beside it under this schema's head: the shared file is not upgraded in place, so a
    checkout that does not yet have a new migration (another worktree) can still open it."""
    from samordnare_desktop.db import migrate

    if migrate.inspect_schema(source).state is not migrate.SchemaState.OUTDATED:
        return source
    head = "-".join(sorted(migrate.script_heads()))
    upgraded = source.with_name(f"{source.stem}-{head}{source.suffix}")
    if not upgraded.exists():
        partial = upgraded.with_name(upgraded.name + ".partial")
        shutil.copyfile(source, partial)
        _upgraded(partial)
        partial.replace(upgraded)
    return upgraded


def tenx_copy(folder: Path, name: str = "tenx.sqlite3") -> Path:
    """A fresh copy of the 10x programme in ``folder`` (made first if it is not cached)."""
    source = cached_path()
    if not source.exists():
        partial = source.with_name(source.name + ".partial")
        generate(partial)
        partial.replace(source)
    source = _at_this_schema(source)
    target = Path(folder) / name
    shutil.copyfile(source, target)
    return target


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        tenx_copy(Path(folder))
    print(cached_path())

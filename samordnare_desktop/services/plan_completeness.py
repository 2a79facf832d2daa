"""What an action plan still lacks, and how many actions were done by their due date.

:func:`gaps` reads a plan (plain data) and lists what is missing: a development area without
actions; an action without an owner, a due date or a measure of progress (how it is measured or
a measurable goal / indicator); a plan without a received date. It is advice shown while the
plan is edited and optionally printed as a checklist page; it never blocks saving.

:func:`on_time` counts, for the follow-up report, the actions that were due by the follow-up (their
due date on or before it) and how many of them were done by that date (the day the status became
"done", from the plan's history). Actions not yet due are left out of the share, done or not:
whether they will be done in time is not known yet.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.action_plan import ActionStatus, PlanChange
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.action_plans import FollowUpDetails, PlanDetails


class GapKind(enum.StrEnum):
    NO_RECEIVED_DATE = "no_received_date"
    AREA_WITHOUT_ACTIONS = "area_without_actions"
    NO_OWNER = "no_owner"
    NO_DUE_DATE = "no_due_date"
    NO_MEASURE = "no_measure"


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    message: str
    area_id: uuid.UUID | None = None
    action_id: uuid.UUID | None = None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def gaps(plan: PlanDetails) -> list[Gap]:
    """Everything the plan lacks, in the plan's order (empty: the plan is complete)."""
    out: list[Gap] = []
    if plan.received_on is None:
        out.append(
            Gap(
                GapKind.NO_RECEIVED_DATE,
                translate("plan_completeness", "The plan has no received date."),
            )
        )
    for a_number, area in enumerate(plan.areas, start=1):
        if not area.actions:
            out.append(
                Gap(
                    GapKind.AREA_WITHOUT_ACTIONS,
                    translate("plan_completeness", "Area {n} “{name}” has no actions.").format(
                        n=a_number, name=_short(area.name)
                    ),
                    area_id=area.id,
                )
            )
        for b_number, action in enumerate(area.actions, start=1):
            label = f"{a_number}.{b_number}"
            what = _short(action.what)
            missing = []
            if not action.owner.strip():
                missing.append((GapKind.NO_OWNER, translate("plan_completeness", "an owner")))
            if action.due_date is None:
                missing.append((GapKind.NO_DUE_DATE, translate("plan_completeness", "a due date")))
            if not (action.measure.strip() or action.indicator.strip()):
                missing.append(
                    (
                        GapKind.NO_MEASURE,
                        translate(
                            "plan_completeness",
                            "a measure of progress (measurable goal / indicator)",
                        ),
                    )
                )
            for kind, what_is_missing in missing:
                out.append(
                    Gap(
                        kind,
                        translate(
                            "plan_completeness", "Action {label} “{what}” lacks {missing}."
                        ).format(label=label, what=what, missing=what_is_missing),
                        area_id=area.id,
                        action_id=action.id,
                    )
                )
    return out


def summary(found: Iterable[Gap]) -> str:
    """One line for the editor: "Complete" or "3 things missing"."""
    count = len(list(found))
    if not count:
        return translate("plan_completeness", "The plan is complete.")
    return translate(
        "plan_completeness", "{count} things missing (saving is never blocked)."
    ).format(count=count)


@dataclass(frozen=True)
class OnTime:
    done_on_time: int
    with_due_date: int  # due by ``as_of``: the share's denominator
    as_of: date | None = None
    not_yet_due: int = 0  # a due date after ``as_of``: not counted

    @property
    def share(self) -> float | None:
        return self.done_on_time / self.with_due_date if self.with_due_date else None

    def describe(self) -> str:
        day = self.as_of.isoformat() if self.as_of else ""
        if not self.with_due_date:
            if self.not_yet_due:
                return translate(
                    "plan_completeness", "No action was due by {day} (their due dates are later)."
                ).format(day=day)
            return translate("plan_completeness", "No action has a due date.")
        text = translate(
            "plan_completeness",
            "{done} of {total} actions due by {day} were done by their due date ({percent} %).",
        ).format(
            done=self.done_on_time,
            total=self.with_due_date,
            day=day,
            percent=round(100 * (self.share or 0)),
        )
        if self.not_yet_due:
            text += " " + translate(
                "plan_completeness", "{count} not yet due are not counted."
            ).format(count=self.not_yet_due)
        return text


def done_dates(db: Database, plan_id: uuid.UUID) -> dict[uuid.UUID, date]:
    """The day each action last became "done", from the plan's history."""
    with db.read() as s:
        rows = s.execute(
            select(PlanChange.subject_id, PlanChange.created_at)
            .where(
                PlanChange.plan_id == plan_id,
                PlanChange.subject == "action",
                PlanChange.field == "status",
                PlanChange.new_value == ActionStatus.DONE.value,
            )
            .order_by(PlanChange.created_at)
        ).all()
    return {subject_id: created.date() for subject_id, created in rows}


def on_time(
    db: Database,
    plan: PlanDetails,
    statuses: dict[uuid.UUID, ActionStatus | None] | None = None,
    *,
    held_on: date | None = None,
    as_of: date | None = None,
) -> OnTime:
    """Actions due by the follow-up (``held_on``, else ``as_of``, else today), and how many of
    them were done by their due date. ``statuses`` (the follow-up's, if any) say which are done;
    the day comes from the history, else ``held_on``. Actions due later are counted apart."""
    as_of = held_on or as_of or date.today()
    done_on = done_dates(db, plan.id)
    total = on_time_count = later = 0
    for area in plan.areas:
        for action in area.actions:
            if action.due_date is None:
                continue
            if action.due_date > as_of:
                later += 1
                continue
            total += 1
            status = (statuses or {}).get(action.id) or action.status
            if status is not ActionStatus.DONE:
                continue
            # known done by the earliest of: the plan edit that made it done, the follow-up
            # that found it done
            found_at_follow_up = (statuses or {}).get(action.id) is ActionStatus.DONE
            days = [
                d
                for d in (done_on.get(action.id), held_on if found_at_follow_up else None)
                if d is not None
            ]
            day = min(days) if days else None
            if day is not None and day <= action.due_date:
                on_time_count += 1
    return OnTime(on_time_count, total, as_of, later)


# --- the PDFs with these figures ---------------------------------------------------------------
def plan_pdf(plan: PlanDetails, *, today: date, checklist: bool = False) -> bytes:
    """The action plan PDF; with ``checklist`` a last page of what it lacks."""
    from samordnare_desktop.pdf.action_plan import action_plan_pdf

    missing = [gap.message for gap in gaps(plan)] if checklist else None
    return action_plan_pdf(plan, today=today, checklist=missing)


def follow_up_report_pdf(
    db: Database, plan: PlanDetails, follow_up: FollowUpDetails, *, today: date
) -> bytes:
    """The follow-up report, stating the share of actions done by their due date."""
    from samordnare_desktop.pdf.action_plan import follow_up_pdf

    figures = on_time(
        db, plan, follow_up.action_status, held_on=follow_up.held_on or follow_up.visit_day
    )
    return follow_up_pdf(plan, follow_up, today=today, on_time=figures.describe())

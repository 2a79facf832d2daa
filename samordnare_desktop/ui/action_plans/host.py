"""What a page of the Handlingsplaner tab may ask of the tab (``ActionPlansTab`` is one): the
chosen municipality and plan, and the steps that touch more than one page. A protocol, so the
pages need not import the tab that imports them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from samordnare_desktop.services.action_plans import ActionPlanService, PlanDetails, PlanSummary
from samordnare_desktop.ui.context import UiContext


class PlanHost(Protocol):
    ctx: UiContext
    service: ActionPlanService
    summary: PlanSummary | None
    plan: PlanDetails | None
    today: Callable[[], date]
    plan_page: Any  # the other pages, for the few steps that span two of them
    follow_page: Any
    history_page: Any
    reading: Any  # the tab's reads in workers (reading.py): the overview read ahead

    def built_follow_page(self) -> Any: ...  # the follow-up page, if built (else None)

    def save_pending(self) -> bool: ...

    def reload_plan(self) -> None: ...

    def reload_history(self) -> None: ...

    def refresh_list_row(self) -> None: ...

    def show_municipality(self, summary: PlanSummary | None) -> None: ...

    def write_pdf(self, suggested: str, build: Callable[[], bytes]) -> None: ...

    def select_plan(self, plan_id: uuid.UUID, item_id: uuid.UUID | None = None) -> bool: ...

"""The Deltagare tab's editing: add, edit and remove participants, bring people from the
directory, copy the first visit's list. Every change is one step on the undo stack."""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.services.participants import (
    BulkAddResult,
    DuplicatePersonError,
    HiddenPersonError,
    NewParticipant,
    ParticipantRow,
    ParticipationInput,
    PersonInput,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.undo import ServiceCommand, push_undoable

if TYPE_CHECKING:
    from samordnare_desktop.ui.participants.tab import ParticipantsTab


class ParticipantEditing(QObject):
    """Changes to the shown visit's list; the tab's buttons and shortcuts call these."""

    def __init__(self, tab: ParticipantsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service

    @property
    def visit_id(self) -> uuid.UUID | None:
        return self.tab.visit_id

    @property
    def municipality_id(self) -> uuid.UUID | None:
        return self.tab.municipality_id

    def _directory(self):
        # a municipality's visit: its people and those of regions, agencies ...; a meeting
        # without a municipality: the whole directory
        return (
            guarded(self.tab, lambda: self.service.directory(self.municipality_id, limit=None))
            or []
        )

    def _after_change(self) -> None:
        self.tab.reload()
        self.tab.notify_change()

    def add_participant(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        added: list[ParticipantRow] = []
        restored: list[uuid.UUID] = []  # a person brought back to the directory

        def save(
            person: PersonInput, participation: ParticipationInput, person_id: uuid.UUID | None
        ) -> ParticipantRow:
            if person_id is None:
                try:
                    row = self.service.add(visit_id, person, participation)
                except HiddenPersonError as exc:
                    if messages.confirm(
                        self.tab,
                        self.tr("Removed from the directory"),
                        exc.message,
                        destructive=False,
                    ):
                        hidden_id = exc.matches[0].id
                        row = self._add_existing(
                            visit_id, hidden_id, person, participation, restore=True
                        )
                        restored.append(hidden_id)
                    else:  # someone else with the same name: a new entry
                        row = self.service.add(
                            visit_id, person, participation, new_despite_hidden=True
                        )
                except DuplicatePersonError as exc:
                    if not messages.confirm(
                        self.tab, self.tr("Person already exists"), exc.message, destructive=False
                    ):
                        raise ValidationError(
                            "name",
                            self.tr(
                                "Change the name, organisation or e-mail – or choose the "
                                "existing person from the suggestions."
                            ),
                        ) from exc
                    row = self._add_existing(visit_id, exc.matches[0].id, person, participation)
            else:
                row = self._add_existing(visit_id, person_id, person, participation)
            added.append(row)
            return row

        from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(
            self.tab,
            save,
            self._directory(),
            drafts=self.ctx.services.db.path,
            draft_id=visit_id,
            organisations=self._organisations(),
        )
        if not dialog.exec() or not added:
            return
        row = added[0]
        people = list(restored)

        def redo() -> None:
            self.service.restore_people(people)
            self.service.restore(row.id)

        def undo() -> None:
            self.service.remove(row.id)
            if people:
                self.service.delete_people(people)

        command = ServiceCommand(
            self.tr("Add participant {name}").format(name=row.display_name),
            redo,
            undo,
            self._after_change,
            lambda exc: show_error(self.tab, exc),
        )
        self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.tab.select_participant(row.id)
        self.ctx.show_status(
            (
                self.tr("{name} restored to the directory and added.")
                if people
                else self.tr("Participant added: {name}")
            ).format(name=row.display_name)
        )

    def _add_existing(
        self,
        visit_id: uuid.UUID,
        person_id: uuid.UUID,
        person: PersonInput,
        participation: ParticipationInput,
        *,
        restore: bool = False,
    ) -> ParticipantRow:
        """Link an existing person (``restore``: one removed from the directory earlier); details
        typed over the suggestion update the directory."""
        row = self.service.add(
            visit_id, None, participation, person_id=person_id, restore_person=restore
        )
        stored = row.as_person_input()
        merged = PersonInput(
            **{
                key: (value if value not in ("", None) else getattr(stored, key))
                for key, value in person.__dict__.items()
            }
        )
        if merged != stored:
            # If the typed details clash with someone else, the link stands and the directory
            # entry keeps its stored details.
            with contextlib.suppress(ValidationError):
                row = self.service.update(
                    row.id,
                    merged,
                    row.as_participation_input(),
                    expected_version=row.version,
                    expected_person_version=row.person_version,
                )
        return row

    def _organisations(self):
        """The register for the dialog's "Works at" (live organisations, by name)."""
        return self.ctx.services.organisations.list()

    def edit_participant(self) -> None:
        participant = self.tab.current_participant()
        if participant is None:
            return

        def save(
            person: PersonInput, participation: ParticipationInput, _person_id: uuid.UUID | None
        ) -> ParticipantRow:
            return self.service.update(
                participant.id,
                person,
                replace_walk_in(participation, participant.walk_in),
                expected_version=participant.version,
                expected_person_version=participant.person_version,
            )

        try:  # where the person works now (the list row says where they came from)
            works_at = self.service.person(participant.person_id).organisation_id
        except UserError:  # removed from the directory since: "Unchanged"
            works_at = None
        from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(
            self.tab,
            save,
            [],
            participant,
            drafts=self.ctx.services.db.path,
            organisations=self._organisations(),
            works_at=works_at,
        )
        if dialog.exec():
            self._after_change()
            self.tab.select_participant(participant.id)

    def remove_participant(self) -> None:
        selected = self.tab.selected_participants()
        if not selected:
            return
        if len(selected) > 1:
            self._remove_many(selected)
            return
        participant = selected[0]
        if not messages.confirm(
            self.tab,
            self.tr("Remove participant"),
            self.tr(
                "Remove {name} from this visit's list? The person stays in the municipality's "
                "directory. You can undo this with Ctrl+Z."
            ).format(name=participant.display_name),
        ):
            return
        if not push_undoable(
            self.tab,
            self.ctx.undo_stack,
            self.tr("Remove participant {name}").format(name=participant.display_name),
            lambda: self.service.remove(participant.id),
            lambda: self.service.restore(participant.id),
            self._after_change,
        ):
            return
        self.ctx.show_status(self.tr("Participant removed. Ctrl+Z undoes."))

    def _remove_many(self, rows: list[ParticipantRow]) -> None:
        if not messages.confirm(
            self.tab,
            self.tr("Remove participants"),
            self.tr(
                "Remove {count} people from this visit's list? They stay in the municipality's "
                "directory. You can undo this with Ctrl+Z."
            ).format(count=len(rows)),
        ):
            return
        ids = [r.id for r in rows]
        if not push_undoable(
            self.tab,
            self.ctx.undo_stack,
            self.tr("Remove {count} participants").format(count=len(ids)),
            lambda: self.service.remove_many(ids),
            lambda: self.service.restore_many(ids),
            self._after_change,
        ):
            return
        self.ctx.show_status(
            self.tr("{count} participants removed. Ctrl+Z undoes.").format(count=len(ids))
        )

    def open_directory(self) -> None:
        if self.visit_id is None:
            return
        name = self.tab.visit.currentText().split(" – ")[0]
        self._directory_dialog(self.municipality_id, name, self.add_people).exec()

    def open_directory_on(self, person_id: uuid.UUID) -> bool:
        """The directory of the person's municipality, open on them (not waiting for it to
        close): where a search hit for someone at no meeting leads."""
        person = guarded(self.tab, lambda: self.service.person(person_id))
        if person is None:
            return False
        municipality_id = person.municipality_id
        name = self.tr("all municipalities")
        if municipality_id is not None:
            details = guarded(
                self.tab, lambda: self.ctx.services.municipalities.details(municipality_id)
            )
            name = details.name if details is not None else name
        # put on the chosen visit's list only when the person belongs to its municipality
        here = self.visit_id is not None and municipality_id in (None, self.municipality_id)
        dialog = self._directory_dialog(municipality_id, name, self.add_people if here else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.directory = dialog
        return dialog.select_person(person_id)

    def _directory_dialog(self, municipality_id, name: str, add_to_visit):
        from samordnare_desktop.ui.participants.person_directory_dialog import PersonDirectoryDialog

        return PersonDirectoryDialog(
            self.tab,
            self.service,
            municipality_id,
            name,
            self.ctx.undo_stack,
            add_to_visit,
            self._after_change,
        )

    def add_people(self, person_ids: list[uuid.UUID]) -> BulkAddResult:
        """Put people from the directory on the visit's list (one undo step)."""
        visit_id = self.visit_id
        if visit_id is None:
            raise UserError(self.tr("Choose a visit first."))
        result = self.service.add_many(
            visit_id, [NewParticipant(None, person_id=person_id) for person_id in person_ids]
        )
        added = list(result.added)
        if added:
            command = ServiceCommand(
                self.tr("Add {count} participants").format(count=len(added)),
                lambda: self.service.restore_many(added),
                lambda: self.service.remove_many(added),
                self._after_change,
                lambda exc: show_error(self.tab, exc),
            )
            self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.ctx.show_status(
            self.tr("{added} added to the list, {listed} were already on it.").format(
                added=len(added), listed=result.already_listed
            )
        )
        return result

    def copy_from_first_visit(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        added = guarded(self.tab, lambda: self.service.copy_from_first_visit(visit_id))
        if added is None:
            return
        if not added:
            messages.inform(
                self.tab,
                self.tr("Copy from first visit"),
                self.tr("Everyone on the first visit's list is already on this list."),
            )
            return
        command = ServiceCommand(
            self.tr("Copy {count} participants from the first visit").format(count=len(added)),
            lambda: self.service.restore_many(added),
            lambda: self.service.remove_many(added),
            self._after_change,
            lambda exc: show_error(self.tab, exc),
        )
        self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.ctx.show_status(
            self.tr("{count} participants copied from the first visit. Ctrl+Z undoes.").format(
                count=len(added)
            )
        )


def replace_walk_in(participation: ParticipationInput, walk_in: bool) -> ParticipationInput:
    """The dialog has no walk-in field: keep what the participation was."""
    from dataclasses import replace

    return replace(participation, walk_in=walk_in)

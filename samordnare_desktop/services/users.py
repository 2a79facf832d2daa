"""Named users (#20): add, list, rename, change role, deactivate; and who is working in this
process: the one provider every record of "who" asks (plan history, saved versions,
follow-ups).

Who is working, in this order:
1. the user chosen in this process (the window: at start, or from the status bar);
2. the name given with ``--user NAME`` on the command line (:func:`request_user`): an unknown
   or deactivated name is refused (UserError), before anything is written;
3. the only active user, when the database has exactly one;
4. the computer's login name, as before named users (an old database, or several users and no
   choice made, e.g. a script without ``--user``).
"""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
    ensure_version,
)
from samordnare_desktop.domain.user import User, UserRole, name_key, user_name
from samordnare_desktop.i18n import translate


def os_user() -> str:
    """The computer's login name (never fails): who is recorded when no named user is known."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a service account without passwd entry)
        return "?"


# ``--user NAME`` of this process's command line (set by ``app.main``; None: not given)
_requested: str | None = None


def request_user(name: str | None) -> None:
    """The person named on the command line (``--user NAME``); None clears it."""
    global _requested
    _requested = name if name is None else " ".join(str(name).split())


def requested_user() -> str | None:
    return _requested


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    version: int
    name: str
    role: UserRole
    active: bool

    @property
    def role_label(self) -> str:
        return self.role.label()


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.version, user.name, user.role, user.active)


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._chosen: uuid.UUID | None = None
        # resolved once per unit of work (db.writes): a sync that pulled a renamed or
        # deactivated user is seen by the next change, without a read per history row
        self._current: tuple[int, UserRow | None] | None = None
        self.login_note: str | None = None  # the last (de)activation's server login, in words

    # --- the team ---------------------------------------------------------------------------
    def users(self, *, include_inactive: bool = True) -> list[UserRow]:
        """The live users, sorted by name (any case), the active first when all are listed."""
        rows = self._read()
        if not include_inactive:
            rows = [r for r in rows if r.active]
        return sorted(rows, key=lambda r: (not r.active, name_key(r.name), str(r.id)))

    def count_active(self) -> int:
        return sum(1 for r in self._read() if r.active)

    def get(self, user_id: uuid.UUID) -> UserRow:
        row = next((r for r in self._read() if r.id == user_id), None)
        if row is None:
            raise NotFoundError(translate("users", "The user no longer exists."))
        return row

    def find(self, name: str) -> UserRow | None:
        """The live user of that name (any case), active or not."""
        key = name_key(name)
        return next((r for r in self._read() if name_key(r.name) == key), None)

    def _read(self) -> list[UserRow]:
        """Every live user, read with one Core query: the window asks at start, and the ORM's
        first query (mapping every model) would cost it some 80 ms; the team is a handful."""
        table = User.__table__
        with self.db.engine.connect() as conn:
            found = conn.execute(
                select(
                    table.c.id, table.c.version, table.c.name, table.c.role, table.c.active
                ).where(table.c.deleted_at.is_(None))
            ).all()
        return [UserRow(i, v, n, UserRole(r), bool(a)) for i, v, n, r, a in found]

    def add(self, name: str, role: UserRole = UserRole.COORDINATOR) -> UserRow:
        name = user_name(name)
        with self.db.write() as s:
            self._refuse_taken(s, name)
            user = User(name=name, role=UserRole(role), active=True)
            s.add(user)
            s.flush()
            row = _row(user)
        self._current = None
        return row

    def edit(
        self, user_id: uuid.UUID, name: str, role: UserRole, version: int | None = None
    ) -> UserRow:
        """Rename and/or give another role (the history keeps the name recorded then)."""
        name = user_name(name)
        with self.db.write() as s:
            user = self._live(s, user_id)
            ensure_version(user.version, version)
            if name_key(name) != name_key(user.name):
                self._refuse_taken(s, name, but=user.id)
            if user.name != name or user.role is not UserRole(role):
                user.name = name
                user.role = UserRole(role)
                s.flush()
            row = _row(user)
        self._current = None
        return row

    def rename(self, user_id: uuid.UUID, name: str, version: int | None = None) -> UserRow:
        return self.edit(user_id, name, self.get(user_id).role, version)

    def set_active(self, user_id: uuid.UUID, active: bool) -> UserRow:
        """Deactivate one who left the team (kept: the history names them), or activate again.
        On the team server the person's login is disabled (enabled) with it, where this login
        may; :attr:`login_note` says what became of it (None: nothing to say)."""
        with self.db.write() as s:
            user = self._live(s, user_id)
            if user.active != active:
                user.active = active
                s.flush()
            row = _row(user)
        if not active and self._chosen == user_id:
            self._chosen = None
        self._current = None
        from samordnare_desktop.services.server_logins import follow_user

        self.login_note = follow_user(self.db, row.name, active)
        return row

    def delete(self, user_id: uuid.UUID) -> None:
        """Take back a user just added (the undo of :meth:`add`); one the history names is
        deactivated instead (:meth:`deactivate`)."""
        with self.db.write() as s:
            self._live(s, user_id).deleted_at = utcnow()
        if self._chosen == user_id:
            self._chosen = None
        self._current = None

    def restore(self, user_id: uuid.UUID) -> UserRow:
        """The redo of an add taken back: the same user again, unless the name is taken now."""
        with self.db.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(translate("users", "The user no longer exists."))
            self._refuse_taken(s, user.name, but=user.id)
            user.deleted_at = None
            s.flush()
            row = _row(user)
        self._current = None
        return row

    def deactivate(self, user_id: uuid.UUID) -> UserRow:
        return self.set_active(user_id, False)

    def activate(self, user_id: uuid.UUID) -> UserRow:
        return self.set_active(user_id, True)

    # --- who is working ---------------------------------------------------------------------
    def choose(self, user_id: uuid.UUID | None) -> UserRow | None:
        """This process's user from now on (None: back to the defaults, see the module)."""
        row = None
        if user_id is not None:
            row = self.get(user_id)
            if not row.active:
                raise UserError(
                    translate("users", "{name} is deactivated and cannot be chosen.").format(
                        name=row.name
                    )
                )
        self._chosen = user_id
        self._current = None
        return row

    def current(self) -> UserRow | None:
        """The named user working now, or None (then the login name is recorded)."""
        writes = self.db.writes
        if self._current is None or self._current[0] != writes:
            self._current = (writes, self._resolve())
        return self._current[1]

    def current_name(self) -> str:
        """The name every record of "who" stores (the provider services are given)."""
        row = self.current()
        return row.name if row is not None else os_user()

    def forget(self) -> None:
        """Resolve again on next use (after the users changed elsewhere, e.g. a sync)."""
        self._current = None

    def _resolve(self) -> UserRow | None:
        if self._chosen is not None:
            try:
                row = self.get(self._chosen)
            except NotFoundError:
                row = None
            if row is not None and row.active:
                return row
            self._chosen = None
        requested = requested_user()
        if requested is not None:
            return self.named(requested)
        active = self.users(include_inactive=False)
        return active[0] if len(active) == 1 else None

    def named(self, name: str) -> UserRow:
        """The active user called ``name`` (``--user``), else one clear line (UserError)."""
        row = self.find(name)
        if row is None:
            raise UserError(
                translate(
                    "users",
                    "No user named {name}. Nothing was changed. Add one with 'users add', "
                    "or see 'users list'.",
                ).format(name=name)
            )
        if not row.active:
            raise UserError(
                translate(
                    "users", "{name} is deactivated and cannot be used. Nothing was changed."
                ).format(name=row.name)
            )
        return row

    # --- helpers ------------------------------------------------------------------------------
    def _live(self, s: Session, user_id: uuid.UUID) -> User:
        user = s.get(User, user_id)
        if user is None or user.is_deleted:
            raise NotFoundError(translate("users", "The user no longer exists."))
        return user

    def _refuse_taken(self, s: Session, name: str, *, but: uuid.UUID | None = None) -> None:
        key = name_key(name)
        for other in s.scalars(select(User).where(User.deleted_at.is_(None))):
            if other.id != but and name_key(other.name) == key:
                raise ValidationError(
                    "name",
                    translate("users", "There is already a user named {name}.").format(
                        name=other.name
                    ),
                )

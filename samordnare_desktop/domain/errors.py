"""The one family of *known* errors: each carries a message ready to show the user.

Anything that is not a :class:`UserError` is a bug: logged with its traceback and shown as an
unexpected error, never swallowed.
"""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can act on; ``message`` is already translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Bad input for one field (``field`` is the attribute name, so the UI can mark the widget)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    """The row asked for does not exist (or was deleted)."""


class StaleEditError(UserError):
    """The row changed since the user loaded it; saving would overwrite someone else's edit."""


class DatabaseError(UserError):
    """The database cannot be used as it is (too new, corrupt, locked, disk full)."""


class CorruptDatabaseError(DatabaseError):
    """The database file is damaged or not a database; a backup can be restored over it."""


def ensure_version(found: int, expected: int | None) -> None:
    """Optimistic locking: refuse an edit made on a row that changed since it was loaded."""
    if expected is not None and found != expected:
        from samordnare_desktop.i18n import translate

        raise StaleEditError(
            translate(
                "database",
                "Someone else changed this since you opened it. Your edit was not saved; "
                "reload to see the current version.",
            )
        )

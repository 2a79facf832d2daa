"""The first start of a day's check and backup, run once the window shows (services.startup):
quiet when the file is healthy and copied; a damaged file or a backup that could not be
written is said in a message over the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samordnare_desktop import give_way
from samordnare_desktop.domain.errors import CorruptDatabaseError, UserError
from samordnare_desktop.services.startup import daily_check_and_backup
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.operations import QuietOperation, run_quietly

log = logging.getLogger(__name__)


def check_and_back_up(window: QWidget) -> QuietOperation:
    """Start the check and backup of ``window``'s database on the thread pool (the window's
    close waits for it)."""
    path: Path = window.session.db_path  # type: ignore[attr-defined]

    def done(target: Path | None) -> None:
        log.info("the daily check passed; backup: %s", target)

    def failed(exc: BaseException) -> None:
        if window.closed:  # closed meanwhile: a damaged file is marked for the next start
            log.warning("the daily check or backup failed after the window closed: %s", exc)
            return
        if isinstance(exc, UserError) and not isinstance(exc, CorruptDatabaseError):
            messages.warn(
                window,
                QCoreApplication.translate("daily_check", "Today's backup"),
                QCoreApplication.translate(
                    "daily_check",
                    "Today's backup could not be written. {reason} File → Back up now writes "
                    "it once the cause is mended.",
                ).format(reason=exc.message),
            )
            return
        show_error(window, exc)  # damage (said once per window) or the unexpected

    # it gives way to the user's clicks and keys (give_way): a large file takes a second
    work = give_way.Work()
    window.input_hold.watch()  # type: ignore[attr-defined]

    def check() -> Path | None:
        with give_way.deferrable(work):
            return daily_check_and_backup(path)

    return run_quietly(check, done, failed)

"""At start-up, a damaged database is explained and the newest healthy backup offered back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.services import recovery
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import show_error


def offer_restore(parent: QWidget | None, exc: CorruptDatabaseError, db_path: Path) -> bool:
    """Explain ``exc``; offer the newest backup that passes a check. True if one was restored."""
    title = QCoreApplication.translate("recovery", "The database cannot be opened")
    good = recovery.newest_good_backup(db_path)
    if good is None:
        messages.fail(
            parent, title, exc.message + "\n\n" + recovery.no_good_backup_error(db_path).message
        )
        return False
    taken = recovery.backup.backup_time(good)
    when = QLocale().toString(taken, QLocale.FormatType.ShortFormat) if taken else good.name
    question = QCoreApplication.translate(
        "recovery",
        "{problem}\n\nRestore the newest backup that passes an integrity check, from {time}? "
        "Changes made after it are lost; the damaged file is kept in the backups folder.",
    ).format(problem=exc.message, time=when)
    if not messages.confirm(parent, title, question, destructive=False):
        return False
    try:
        restored = recovery.restore_latest_good(db_path)
    except Exception as error:
        show_error(parent, error)
        return False
    messages.inform(
        parent,
        title,
        QCoreApplication.translate(
            "recovery", "The backup from {time} was restored. The damaged file was kept as {path}."
        ).format(time=when, path=str(restored.kept) if restored.kept else "-"),
    )
    return True

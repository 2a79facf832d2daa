"""Dark mode (issue #14 item 9): Visa > Utseende switches light/dark/system, and in the dark every
tab keeps its text readable, the app's own colours (a refusal's red, the overdue red, the warning
box, a flagged agenda row) included: WCAG contrast 4.5:1 or more against what is behind them."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QWidget,
)

from samordnare_desktop.ui import theme

MINIMUM = 4.5
_FG = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
_BG = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})")


@pytest.fixture
def light_afterwards(qapp):
    yield
    theme.apply(qapp, "system")


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None


def _indexes(model, parent: QModelIndex, limit: int = 400):
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (completer, list widget): one column, no children
        columns = 1
        limit = 0 if parent.isValid() else limit
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and columns > 1 and model.rowCount(index):
                yield from _indexes(model, index, limit)


def unreadable(root: QWidget) -> list[str]:
    """Text on ``root`` (and in its views' rows) whose contrast is under 4.5:1."""
    found: list[str] = []
    window = root.window()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue  # WCAG exempts inactive controls (a greyed button stays 3:1 here)
        palette = widget.palette()
        sheet = widget.styleSheet()
        fg, bg = _FG.search(sheet), _BG.search(sheet)
        if fg:
            back = QColor(bg.group(1)) if bg else palette.color(widget.backgroundRole())
            ratio = theme.contrast(QColor(fg.group(1)), back)
            if ratio < MINIMUM:
                found.append(f"{widget.objectName() or type(widget).__name__}: {sheet} {ratio:.1f}")
        elif isinstance(widget, (QLabel, QAbstractButton)) and (
            isinstance(widget, QAbstractButton) or widget.text()
        ):
            ratio = theme.contrast(
                palette.color(widget.foregroundRole()), palette.color(widget.backgroundRole())
            )
            if ratio < MINIMUM:
                found.append(f"{widget.objectName() or type(widget).__name__}: {ratio:.1f}")
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisibleTo(window) or view.model() is None:
            continue
        palette = view.palette()
        for index in _indexes(view.model(), QModelIndex()):
            fg = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
            bg = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
            if fg is None and bg is None:
                continue
            fg = fg or palette.color(palette.ColorRole.Text)
            bg = bg or palette.color(palette.ColorRole.Base)
            ratio = theme.contrast(fg, bg)
            if ratio < MINIMUM:
                found.append(f"{view.objectName()} row {index.row()}: {fg.name()} on {bg.name()}")
    return found


def _seed(main_window) -> None:
    """Enough to bring out every colour: a plan with an overdue action, a visit whose agenda has
    an overlap, a programme."""
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
    from samordnare_desktop.services.agendas import AgendaItemInput
    from tests.factories import make_day_visit

    services = main_window.ctx.services
    for code in ("0586", "1265"):
        m = services.municipalities.by_code(code)
        details = services.municipalities.details(m.id)
        services.municipalities.update(
            m.id, expected_version=details.version, in_programme=True, notes=""
        )
    m = services.municipalities.by_code("0586")
    plan = services.action_plans.create_plan(
        m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek")
    )
    area = services.action_plans.add_area(plan.id, AreaInput("Samverkan med skola"))
    services.action_plans.add_action(
        area.id, ActionInput("Rutin för SIP", "Avdelningschef", None, date(2020, 6, 1))
    )
    visit = make_day_visit(services, municipality_id=m.id, day=date(2030, 3, 4))

    for title, start, minutes in (("Välkommen", time(9, 0), 60), ("Krock", time(9, 30), 30)):
        services.agendas.add_item(
            visit.id, AgendaItemInput(title=title, start_time=start, duration_minutes=minutes)
        )


def test_view_menu_switches_to_dark_and_is_remembered(qtbot, main_window, light_afterwards):
    assert not theme.is_dark()
    dark = main_window.findChild(object, "action_appearance_dark")
    dark.trigger()
    assert theme.is_dark()
    assert dark.isChecked()
    settings = QSettings(main_window.settings.fileName(), QSettings.Format.IniFormat)
    assert settings.value("appearance") == "dark"
    main_window.findChild(object, "action_appearance_system").trigger()
    assert not theme.is_dark()


def test_every_tab_is_readable_in_dark_and_light(qtbot, main_window, light_afterwards) -> None:
    _seed(main_window)
    for name in main_window.tab_names():  # built in light, then switched: restyled at once
        main_window.select_tab(name)
        QApplication.processEvents()
    visits = main_window.tab("visits")
    visits.refresh() if hasattr(visits, "refresh") else None
    for appearance in ("dark", "light", "dark"):
        theme.apply(QApplication.instance(), appearance)
        for name in main_window.tab_names():
            main_window.select_tab(name)
            QApplication.processEvents()
            assert unreadable(main_window.tab(name)) == [], (appearance, name)


def test_overdue_red_and_refusal_red_are_readable_in_dark(qtbot, main_window, light_afterwards):
    theme.apply(QApplication.instance(), "dark")
    QApplication.processEvents()  # the palette reaches the widgets through posted events
    _seed(main_window)
    tab = main_window.tab("action_plans")
    main_window.select_tab("action_plans")
    tab.refresh()
    assert tab.select_code("0586")
    model = tab.plan_page.tree_model
    area = model.index(0, 0)
    late = model.index(0, 3, area).data(Qt.ItemDataRole.ForegroundRole).color()
    base = tab.plan_page.tree.palette().color(tab.plan_page.tree.palette().ColorRole.Base)
    assert late == theme.colour("error") and late != QColor("#b00020")
    assert theme.contrast(late, base) >= MINIMUM, (late.name(), base.name())
    # a date typed wrong: the refusal beside the field, readable on the dark window
    main_window.select_tab("visits")
    form = main_window.tab("visits").form
    form.day.selectAll()
    qtbot.keyClicks(form.day, "2026-13-45")
    form.day.clearFocus()
    form.day.editingFinished.emit()
    QApplication.processEvents()
    assert form.errors.message("day"), form.day.text()  # refused beside the field
    assert unreadable(main_window.tab("visits")) == []


def test_an_unticked_box_can_be_seen_in_dark(qtbot, qapp, light_afterwards) -> None:
    """Fusion outlines a check box in a shade of the dark window; the outline is light now."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    theme.apply(qapp, "dark")
    QApplication.processEvents()
    box = QCheckBox("Endast i programmet")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = box.palette().color(box.palette().ColorRole.Window)
    best = max(
        theme.contrast(image.pixelColor(x, y), window)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    assert best >= 3.0


def test_a_system_scheme_change_restyles_only_when_following_the_system(
    qtbot, qapp, light_afterwards
) -> None:
    """ "Follow the system": when the desktop switches light/dark, Qt hands the app the new
    palette and emits QStyleHints.colorSchemeChanged; the app's own colours (a refusal's red)
    follow. Forced light or dark, the signal changes nothing. Offscreen cannot switch the
    system's scheme, so the platform's part (palette, then signal) is done by hand here."""
    from PySide6.QtGui import QGuiApplication, QPalette

    hints = QGuiApplication.styleHints()
    light = QPalette(qapp.palette())
    label = QLabel("Fel")
    qtbot.addWidget(label)
    made: list[str] = []

    def make() -> str:
        made.append(theme.hex_colour("error"))
        return f"color: {made[-1]};"

    theme.apply(qapp, "system")
    assert qapp.palette().resolveMask() == 0  # the platform's palette, free to follow it
    theme.set_style(label, make)
    assert label.styleSheet() == "color: #b00020;"
    try:
        qapp.setPalette(theme.dark_palette())  # the system turns dark ...
        assert label.styleSheet() == "color: #b00020;"  # (a palette alone restyles nothing)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # ... and says so
        assert label.styleSheet() == "color: #ff8a80;"  # readable on the dark window
        qapp.setPalette(light)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert label.styleSheet() == "color: #b00020;"

        for forced, shown in (("dark", "#ff8a80"), ("light", "#b00020")):
            theme.apply(qapp, forced)
            assert label.styleSheet() == f"color: {shown};"
            calls = len(made)
            for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
                hints.colorSchemeChanged.emit(scheme)
            assert len(made) == calls, forced  # the system's switch is not followed
            # nor can the platform's new palette replace the forced one: every role is set
            # (forced light on a light system had none set, so Qt would have turned it dark)
            assert qapp.palette().resolveMask() != 0, forced
            assert label.styleSheet() == f"color: {shown};"
        theme.apply(qapp, "system")
        assert qapp.palette().resolveMask() == 0  # following the system again
    finally:
        qapp.setPalette(light)

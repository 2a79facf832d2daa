"""Column headers are never cut (issue 14 H): a table set up by ``configure_table`` keeps each
column at least as wide as its header text; a stretching column stretches while there is room
and otherwise keeps its header's width (the table scrolls sideways). The scaled views are
checked by tests/ui/test_scaling.py (the probe's ``elided_headers``)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from samordnare_desktop.ui.widgets.table import configure_table


def _view(qtbot, titles: list[str], width: int) -> QTableView:
    model = QStandardItemModel(3, len(titles))
    model.setHorizontalHeaderLabels(titles)
    view = QTableView()
    view.setModel(model)
    configure_table(view)
    qtbot.addWidget(view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(0, 30)  # a pixel width set for 100 %: too narrow for its header
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not _cut(view))  # sized once the view has shown
    return view


def _cut(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    return [
        view.model().headerData(c, header.orientation())
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeHint(c)
    ]


def test_a_narrow_column_grows_to_its_header(qtbot) -> None:
    view = _view(qtbot, ["Kommun, region eller SiS-hem", "Period", "Anteckningar"], 900)
    assert _cut(view) == []
    assert view.horizontalHeader().stretchLastSection()  # room enough: the last still stretches


def test_the_last_column_keeps_its_header_when_the_table_is_narrow(qtbot) -> None:
    view = _view(qtbot, ["Kommun, region eller SiS-hem", "Period", "Organisationer"], 200)
    assert _cut(view) == []
    assert not view.horizontalHeader().stretchLastSection()  # scrolls sideways instead
    view.resize(1200, 200)
    qtbot.waitUntil(lambda: view.horizontalHeader().stretchLastSection())  # room again
    assert _cut(view) == []

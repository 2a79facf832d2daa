"""A key QtTest "pressed" in one test is not held in the next (tests/ui/conftest.py,
``_no_key_held``). The two tests run in this order: the first leaves Qt believing Ctrl is down
(QtTest's release of Ctrl carries Ctrl), the second chooses a row as a click without Ctrl does."""

from __future__ import annotations


def test_ctrl_a_typed_through_qtest_selects_the_field(qtbot) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit("Åsa & <Ö>")
    qtbot.addWidget(field)
    field.show()
    field.deselect()
    QTest.keySequence(field, "Ctrl+A")
    assert field.selectedText() == "Åsa & <Ö>"


def test_the_next_test_holds_no_key_and_select_row_chooses_one_row(qtbot) -> None:
    """After the Ctrl+A above: no modifier held, and ``selectRow`` in an extended-selection
    table replaces the selection (with Ctrl believed held it added the row to it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    model = QStandardItemModel()
    for text in ("Anteckningar", "Telefon", "Plats"):
        model.appendRow(QStandardItem(text))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.show()
    table.selectRow(0)
    table.selectRow(2)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]

"""Hjälp: the handbook (F1), the error report and the help menu."""

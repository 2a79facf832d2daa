"""Fynd (findings, issue #18): the programme's findings, the quick entry on the visit page and
the good examples passed on to a visit."""

"""A plain window start reads ``--db``/``--lang`` itself; the result equals what argparse gives."""

from __future__ import annotations

import pytest

from samordnare_desktop.app import window_args
from samordnare_desktop.cli import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "/tmp/x.sqlite3"],
        ["--db=/tmp/x.sqlite3", "--lang=en"],
        ["--lang", "sv", "--db", "data/å ä ö.sqlite3"],
        ["--db", "a.sqlite3", "--db", "b.sqlite3"],
        ["--db", "x.sqlite3", "--quit-after-ms", "500"],
        ["--quit-after-ms=0"],
    ],
)
def test_window_start_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    fast = window_args(argv)
    full = build_parser().parse_args(argv)
    assert fast is not None
    assert (fast.command, fast.db, fast.lang, fast.quit_after_ms) == (
        full.command,
        full.db,
        full.lang,
        full.quit_after_ms,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--db", "x.sqlite3", "list", "visits"],
        ["--help"],
        ["--version"],
        ["--lang", "fr"],
        ["--db"],
        ["--db", "--lang", "sv"],
        ["--db="],
        ["--d", "x.sqlite3"],
        ["--quit-after-ms", "soon"],
    ],
)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert window_args(argv) is None

"""README and CLI agree (#13 item 12): every ``python main.py ...`` line in the README's code
blocks parses with the real parser, in each of its spelled alternatives, so a renamed command
or option (``import time-study`` drifted once) fails here."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from samordnare_desktop.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"
# placeholders in the README's command lines, and a value the parser accepts for each
VALUES = {
    "PATH": "db.sqlite3",
    "FILE": "fil.csv",
    "CODE": "0586",
    "DATE": "2026-03-04",
    "N": "3",
    "NAME": "visits",
    "WxH": "1400x900",
    "…": "x",
    "EMAIL": "a@b.se",
    "TEXT": "Mätning 1",
    "ID": "00000000-0000-0000-0000-000000000001",
}


def _command_lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", text, flags=re.S | re.M)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("python main.py"):
                command = re.split(r"\s{2,}", line)[0]  # the description follows 2+ spaces
                lines.append(command.removeprefix("python main.py").strip())
    return lines


def _expand(tokens: list[str]) -> list[list[str]]:
    """Every spelled alternative: ``(a b | c)`` groups, ``a|b`` inside a word; ``[...]`` kept."""
    results: list[list[str]] = [[]]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "(":
            depth, j = 1, i + 1
            while depth:
                depth += {"(": 1, ")": -1}.get(tokens[j], 0)
                j += 1
            inner = tokens[i + 1 : j - 1]
            options: list[list[str]] = [[]]
            for part in inner:
                if part == "|":
                    options.append([])
                else:
                    options[-1].append(part)
            expanded = [e for option in options for e in _expand(option)]
            results = [r + e for r in results for e in expanded]
            i = j
            continue
        words = token.split("|") if "|" in token and not token.startswith("|") else [token]
        if len(words) > 1 and words[1].startswith("."):  # "deltagare.xlsx|.csv"
            stem = words[0].rsplit(".", 1)[0]
            words = [words[0], *(stem + w for w in words[1:])]
        results = [[*r, w] for r in results for w in words]
        i += 1
    return results


def _variants(command: str) -> list[list[str]]:
    """At the top level ``a | b`` binds the words beside it: ``restore FILE | --latest-good``."""
    spaced = command.replace("(", " ( ").replace(")", " ) ").replace("[", " ").replace("]", " ")
    tokens = shlex.split(spaced)
    depth = 0
    grouped: list[str] = []
    chained = False  # the last word closed a top-level group of alternatives
    for index, token in enumerate(tokens):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "|" and depth == 0:  # a|b at the top: one group around its neighbours
            if chained:
                grouped.pop()  # reopen: "a | b | c"
                grouped.append("|")
            else:
                neighbour = grouped.pop()
                grouped += ["(", neighbour, "|"]
            continue
        grouped.append(token)
        chained = depth == 0 and index > 0 and tokens[index - 1] == "|"
        if chained:
            grouped.append(")")
    return _expand(grouped)


def _concrete(tokens: list[str]) -> list[str]:
    return [VALUES.get(token, token) for token in tokens]


LINES = _command_lines()


def test_the_readme_has_command_lines() -> None:
    assert len(LINES) >= 20


@pytest.mark.parametrize("line", LINES)
def test_every_readme_command_line_parses(line: str) -> None:
    parser = build_parser()
    for tokens in _variants(line):
        argv = _concrete(tokens)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse's way to refuse
            pytest.fail(f"README line does not parse: python main.py {' '.join(argv)} ({exc})")
        if args.command not in (None, "screenshot"):
            assert callable(getattr(args, "func", None)), argv
        suffixes = getattr(args, "out_suffixes", ())
        if getattr(args, "out", None) is not None and suffixes:
            assert args.out.suffix.lower() in suffixes, f"README's --out for {argv} is refused"

"""The final report's findings chapters: findings and good examples grouped by level and theme,
and the proposals (findings of kind proposal) by level.

The rows are :meth:`FindingService.export_rows` (children already replaced by pseudonyms). A
finding with several themes is listed under its first, its other themes named after it. A group
lists at most ``MAX_PER_GROUP`` findings, good examples first, and says how many more there are:
a programme of 20,000 findings would otherwise be a draft of a thousand pages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from samordnare_desktop.domain import document as d
from samordnare_desktop.domain.finding import FindingKind, FindingLevel
from samordnare_desktop.formatting import short_date
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.report import thousands
from samordnare_desktop.services.findings import FindingRow

MAX_PER_GROUP = 40
LEVELS: tuple[FindingLevel | None, ...] = (*FindingLevel, None)
# the order within a group: good examples first, what the report passes on
KIND_ORDER = {
    FindingKind.GOOD_EXAMPLE: 0,
    FindingKind.CHALLENGE: 1,
    FindingKind.NATIONAL_QUESTION: 2,
    None: 3,
}


def _level_label(level: FindingLevel | None) -> str:
    return level.label() if level else translate("final_report", "Level not set")


def _line(row: FindingRow, *, kind: bool = True) -> str:
    """ "Gott exempel: text (Mjölby, 2026-03-12 · också Fråga 3 · Region Östergötland)"; without
    the kind, every theme is named (no theme heading above it)."""
    where = row.visit_label or short_date(row.day)
    parts = [f"{row.kind_label}: " if kind and row.kind_label else "", row.text.strip()]
    details = [where]
    if not kind and row.theme_labels:
        details.append("; ".join(row.theme_labels))
    elif len(row.theme_labels) > 1:
        details.append(
            translate("final_report", "also {themes}").format(
                themes="; ".join(row.theme_labels[1:])
            )
        )
    if row.organisation_names:
        details.append(", ".join(row.organisation_names))
    return "".join(parts) + f" ({' · '.join(details)})"


def _more(n: int) -> d.Para:
    return d.Para(
        translate(
            "final_report",
            "… and %n more in the app (Iakttagelser, or list findings --csv).",
            None,
            n,
        ),
        "meta",
    )


def findings_blocks(rows: Sequence[FindingRow], limit: int = MAX_PER_GROUP) -> list[d.Block]:
    findings = [r for r in rows if r.kind is not FindingKind.PROPOSAL]
    out: list[d.Block] = [d.Heading(translate("final_report", "Findings and good examples"), 1)]
    if not findings:
        return [
            *out,
            d.Para(translate("final_report", "No findings have been written down yet."), "meta"),
        ]
    counts = Counter((r.level, r.kind) for r in findings)
    kinds = [k for k in (*KIND_ORDER,) if any(counts[(lv, k)] for lv in LEVELS)]
    table_rows = []
    for level in LEVELS:
        line = [counts[(level, k)] for k in kinds]
        if sum(line):
            table_rows.append(
                (_level_label(level), *(thousands(n) for n in line), thousands(sum(line)))
            )
    totals = [sum(counts[(lv, k)] for lv in LEVELS) for k in kinds]
    table_rows.append(
        (
            translate("final_report", "Total"),
            *(thousands(n) for n in totals),
            thousands(sum(totals)),
        )
    )
    width = 0.6 / (len(kinds) + 1)
    out += [
        d.Para(
            translate(
                "final_report",
                "{n} findings written down at the meetings, by level and kind (proposals in the "
                "next chapter). Below, per level and theme, the good examples first.",
            ).format(n=thousands(len(findings)))
        ),
        d.Table(
            (
                translate("final_report", "Level"),
                *(k.label() if k else translate("final_report", "Kind not set") for k in kinds),
                translate("final_report", "Total"),
            ),
            tuple(table_rows),
            (0.4, *([width] * (len(kinds) + 1))),
            numeric_from=1,
            total_row=True,
        ),
    ]
    groups: dict[FindingLevel | None, dict[str, list[FindingRow]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for row in findings:
        theme = row.theme_labels[0] if row.theme_labels else ""
        groups[row.level][theme].append(row)
    for level in LEVELS:
        if level not in groups:
            continue
        out.append(d.Heading(_level_label(level), 2))
        themes = groups[level]
        for theme in sorted(themes, key=lambda t: (t == "", _theme_key(t))):
            members = sorted(themes[theme], key=lambda r: (KIND_ORDER.get(r.kind, 3), r.day))
            out.append(d.Heading(theme or translate("final_report", "Without a theme"), 3))
            out.append(d.Bullets(tuple(_line(r) for r in members[:limit])))
            if len(members) > limit:
                out.append(_more(len(members) - limit))
    return out


def _theme_key(label: str) -> tuple:
    """Questions in number order ("Fråga 2" before "Fråga 10"), then themes by name."""
    head, _, _rest = label.partition(":")
    number = head.split()[-1] if head.split() else ""
    return (0, int(number), label) if number.isdigit() else (1, 0, label.casefold())


def proposal_blocks(rows: Sequence[FindingRow], limit: int = MAX_PER_GROUP * 5) -> list[d.Block]:
    proposals = [r for r in rows if r.kind is FindingKind.PROPOSAL]
    out: list[d.Block] = [d.Heading(translate("final_report", "Proposals"), 1)]
    if not proposals:
        return [
            *out,
            d.Para(translate("final_report", "No proposals have been written down yet."), "meta"),
        ]
    count = len(proposals)  # a plain name: lupdate skips a %n whose count is an expression
    out.append(
        d.Para(
            translate(
                "final_report",
                "%n proposal(s) from the meetings, by the level they are addressed to.",
                None,
                count,
            )
        )
    )
    by_level: dict[FindingLevel | None, list[FindingRow]] = defaultdict(list)
    for row in proposals:
        by_level[row.level].append(row)
    for level in LEVELS:
        if level not in by_level:
            continue
        members = by_level[level]
        out.append(d.Heading(_level_label(level), 2))
        out.append(d.Bullets(tuple(_line(r, kind=False) for r in members[:limit])))
        if len(members) > limit:
            out.append(_more(len(members) - limit))
    return out

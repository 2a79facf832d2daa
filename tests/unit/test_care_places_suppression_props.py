"""Secondary suppression, attacked by an independent reader (issue #17, röjandeskydd).

Hypothesis makes small tables of counts (an exported row's forms with own + bought = placed and
their total; the report section's sums with their totals and "of which" groups); ``protect``
decides what is printed. The reader here shares no code with the audit: from the printed
cells alone it enumerates every whole-number filling of the hidden cells that fits every sum
and "of which" bound ("<5" is 1-4; a ".." is 5 or more in a table of counts, 1 or more in a
table of sums, where it may stand for 1-4), capped generously so the search ends; every filling
it finds is real, so a cell with two values found is proved not given away. It asserts that no
hidden cell has one possible value, and that no ".." of a table of sums is narrowed to 1-4.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from samordnare_desktop.domain import disclosure
from samordnare_desktop.domain.care_places import (
    HIDDEN,
    MAIN_FORMS,
    SMALL,
    Measure,
    PlacementForm,
    protect,
    report_groups,
    report_varav,
)

KINDS = (PlacementForm.NETWORK_HOME, PlacementForm.REINFORCED_FAMILY_HOME)


def reader_values(
    printed: Mapping[object, str],
    sums: Sequence[tuple[object, Sequence[object]]],
    of_which: Sequence[tuple[object, Sequence[object]]],
    *,
    dots_from: int,
    cap: int,
) -> dict[object, set[int]]:
    """Every value each hidden cell takes in some filling that fits (the reader's search over
    whole numbers, a hidden count at most ``cap``)."""
    hidden = [k for k, text in printed.items() if text in (SMALL, HIDDEN)]
    known = {k: int(t) for k, t in printed.items() if t not in (SMALL, HIDDEN) and t != ""}
    domain = {k: range(1, 5) if printed[k] == SMALL else range(dots_from, cap + 1) for k in hidden}
    sums = [(t, list(ps)) for t, ps in sums]

    def value(k, filling):
        return filling[k] if k in filling else known.get(k, 0)

    def possible(filling) -> bool:
        for total, parts in sums:
            cells = [total, *parts]
            open_ = [k for k in cells if k in domain and k not in filling]
            rest = value(total, filling) if total not in open_ else 0
            rest -= sum(value(p, filling) for p in parts if p not in open_)
            if not open_:
                if rest != 0:
                    return False
                continue
            low = sum((-domain[k][-1] if k == total else domain[k][0]) for k in open_)
            high = sum((-domain[k][0] if k == total else domain[k][-1]) for k in open_)
            if not low <= rest <= high:
                return False
        for parent, kinds in of_which:
            complete = all(k not in domain or k in filling for k in (parent, *kinds))
            if complete and sum(value(k, filling) for k in kinds) > value(parent, filling):
                return False
        return True

    found: dict[object, set[int]] = {k: set() for k in hidden}
    order = sorted(hidden, key=lambda k: len(domain[k]))

    def search(filling: dict, at: int) -> None:
        if at == len(order):
            for k in hidden:
                found[k].add(filling[k])
            return
        key = order[at]
        for choice in domain[key]:
            filling[key] = choice
            if possible(filling):
                search(filling, at + 1)
            del filling[key]

    search({}, 0)
    return found


def assert_nothing_given_away(values, hidden, groups, varav, *, sums_table: bool) -> None:
    printed = {k: hidden.get(k) or ("" if v is None else str(v)) for k, v in values.items()}
    readable = [
        (t, ps)
        for t, ps in groups
        if values.get(t) is not None and sum(values.get(p) or 0 for p in ps) == values[t]
    ]
    cap = max([5, *(v or 0 for v in values.values())]) + 6
    found = reader_values(printed, readable, varav, dots_from=1 if sums_table else 5, cap=cap)
    for key, seen in found.items():
        assert values[key] in seen, (key, "the reader's search missed the truth")
        assert len(seen) > 1, (key, values[key], printed)
        if sums_table and hidden[key] == HIDDEN:
            assert max(seen) >= 5, (key, "a '..' narrowed to 1-4", seen)


def _line(draw, small: bool):
    top = 9 if small else 30
    own = draw(st.integers(0, top))
    bought = draw(st.integers(0, top))
    return own, bought


@st.composite
def exported_rows(draw):
    """One exported row: a few forms given (own + bought = placed), the others not."""
    forms = draw(st.lists(st.sampled_from(list(MAIN_FORMS)), min_size=1, max_size=3, unique=True))
    values: dict[object, int | None] = {(f, m): None for f in PlacementForm for m in Measure}
    for form in forms:
        own, bought = _line(draw, small=draw(st.booleans()))
        values[(form, Measure.PLACED)] = own + bought
        values[(form, Measure.OWN)] = own
        values[(form, Measure.BOUGHT)] = bought
        if draw(st.booleans()):
            values[(form, Measure.WAITING)] = draw(st.integers(0, 6))
    if PlacementForm.FAMILY_HOME in forms and draw(st.booleans()):
        family = values[(PlacementForm.FAMILY_HOME, Measure.PLACED)]
        kind = draw(st.integers(0, family))
        values[(PlacementForm.NETWORK_HOME, Measure.PLACED)] = kind
    placed = [values[(f, Measure.PLACED)] for f in MAIN_FORMS]
    values[("total", Measure.PLACED)] = sum(p for p in placed if p is not None)
    return values


@settings(max_examples=40)
@given(exported_rows())
def test_no_hidden_count_of_an_exported_row_can_be_told(values) -> None:
    groups = report_groups(lambda f, m: (f, m), lambda m: ("total", m))
    groups = [(t, ps) for t, ps in groups if t in values and all(p in values for p in ps)]
    varav = report_varav(lambda f, m: (f, m))
    hidden = protect(values, groups, varav)
    assert all(hidden.get(k) == SMALL for k, v in values.items() if v and v < 5)
    assert_nothing_given_away(values, hidden, groups, varav, sums_table=False)


@st.composite
def section_sums(draw):
    """A report section's sums over two or three forms, with some sums seeded (withheld
    because of hidden counts in the exported rows): its ".." may then be 1-4."""
    forms = draw(st.lists(st.sampled_from(list(MAIN_FORMS)), min_size=2, max_size=3, unique=True))
    values: dict[object, int | None] = {}
    for form in forms:
        own, bought = _line(draw, small=draw(st.booleans()))
        values[(form, Measure.PLACED)] = own + bought
        values[(form, Measure.OWN)] = own
        values[(form, Measure.BOUGHT)] = bought
    for m in (Measure.PLACED, Measure.OWN, Measure.BOUGHT):
        values[("total", m)] = sum(values[(f, m)] for f in forms)
    seeded = draw(st.lists(st.sampled_from(sorted(values, key=str)), max_size=2, unique=True))
    return values, forms, seeded


@settings(max_examples=40)
@given(section_sums())
def test_no_hidden_sum_of_the_report_section_can_be_told_or_narrowed_to_1_4(case) -> None:
    values, forms, seeded = case
    groups = [((f, Measure.PLACED), [(f, Measure.OWN), (f, Measure.BOUGHT)]) for f in forms]
    groups += [(("total", m), [(f, m) for f in forms]) for m in (Measure.OWN, Measure.BOUGHT)]
    groups += [(("total", Measure.PLACED), [(f, Measure.PLACED) for f in forms])]
    groups += [(("total", Measure.PLACED), [("total", Measure.OWN), ("total", Measure.BOUGHT)])]
    hidden = protect(values, groups, seeded=seeded, sums=True)
    assert all(k in hidden for k in seeded if values[k])
    assert_nothing_given_away(values, hidden, groups, [], sums_table=True)


def test_a_witness_is_checked_not_trusted() -> None:
    """The audit's proof is a filling: one that breaks a sum is refused."""
    audit = disclosure.Audit(
        {"t": 6, "a": 3, "b": 3}, {"a": SMALL, "b": SMALL}, [("t", ["a", "b"])]
    )
    assert audit.holds({"a": 1, "b": -1})
    assert not audit.holds({"a": 1})
    assert not audit.holds({"a": 2, "b": -2})  # b would be 1 ... a 5 is no "<5"
    assert audit.given_away() == []
    pinned = disclosure.Audit(
        {"t": 8, "a": 4, "b": 4}, {"a": SMALL, "b": SMALL}, [("t", ["a", "b"])]
    )
    assert pinned.given_away() == ["a", "b"]  # 8 = 4 + 4: each is 4


def swedish_of(root, english: str) -> str:
    import xml.etree.ElementTree as ET

    ts = root / "resources/translations/sv/samordnare_desktop.domain.care_places.ts"
    return next(
        m.findtext("translation") or ""
        for m in ET.parse(ts).getroot().iter("message")
        if m.findtext("source") == english
    )


def test_every_explanation_of_the_marks_is_the_one_text() -> None:
    """#17: "<5" and ".." are explained by one text (``marks_note``): the handbook and the
    README quote it word for word, and nothing says ".." is "0 or 5 and more" any more."""
    from pathlib import Path

    from samordnare_desktop.domain.care_places import marks_note
    from samordnare_desktop.i18n import translate

    root = Path(__file__).resolve().parents[2]
    english = (
        "Counts only: no child is identified. As in official statistics, 1–4 is printed as <5. "
        ".. hides a figure from which a <5 could be worked out with the figures beside it: in "
        "a table of counts it stands for 5 or more; a sum (of several municipalities or "
        "forms) printed .. may be any number from 1, also 1–4. 0 is never hidden."
    )
    assert marks_note() in (english, swedish_of(root, english))
    assert "5 or more" in english and "also 1–4" in english
    handbook = (root / "resources/handbook/sv/12-vardplatserna.md").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert english in readme
    import xml.etree.ElementTree as ET

    ts = root / "resources/translations/sv/samordnare_desktop.domain.care_places.ts"
    swedish = next(
        m.findtext("translation")
        for m in ET.parse(ts).getroot().iter("message")
        if m.findtext("source") == english
    )
    assert swedish in handbook
    assert translate("care_places", english) in (english, swedish)
    sources = [
        p.read_text(encoding="utf-8")
        for p in (root / "samordnare_desktop").rglob("*.py")
        if "__pycache__" not in p.parts
    ]
    assert not any("0 or 5+" in text or "mean 0 or 5" in text for text in sources)

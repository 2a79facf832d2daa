"""Can a hidden count be worked out from the figures a document prints? An audit by witnesses.

A reader holds the printed figures and every equation between them: a total and its parts (own
+ bought = placed, the forms adding up to all placed, a programme sum and the rows it adds up),
the "of which" bounds (kinship/network and reinforced family homes together at most the family
homes) and what a mark says: "<5" is 1-4, a ".." in a table of counts is 5 or more (the
secondary suppression hides nothing smaller: those are "<5"), a ".." for a sum is 1 or more (it
may be 1-4). A hidden count is *safe* when the reader cannot tell it: this audit proves that by
finding a *witness*, another filling of the hidden cells that fits every printed figure,
equation and bound and gives the cell another value (for a ".." that may be 1-4, a value of 5
or more, so that it is not even narrowed to 1-4). A witness is checked against every equation
and bound it touches before it counts, so "safe" is proved, never guessed; a cell without one
(the search is bounded) is treated as given away, and the caller hides one more cell beside it.

The witness is a change ``d`` of a few hidden cells with every equation's sum unchanged: a
change of one cell breaks the equations it is in, each is mended by the opposite change of
another hidden cell in it, depth first (own +1, bought -1 in one row; own -1, bought +1 in
another row, so the programme's sums of both stay).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence

SMALL = "<5"  # 1-4
DOTS = ".."  # a hidden count of 5 or more (never 1-4: those are "<5"; never 0: never hidden)
ANY = "?"  # a hidden figure of 1 or more: a ".." for a sum, which may stand for 1-4

_DEPTH = 8  # cells changed at most in one witness
_BRANCH = 6  # mending cells tried per broken equation
_NODES = 300  # search steps per hidden cell before it is taken as given away


def allowed(mark: str, value: int) -> bool:
    """Whether a reader who sees ``mark`` may take the cell to be ``value``."""
    if mark == SMALL:
        return 1 <= value <= 4
    if mark == DOTS:
        return value >= 5
    return value >= 1


def _deltas(mark: str, value: int) -> list[int]:
    """The changes a witness may make to a cell, nearest first: another value the mark allows
    (for a figure that may be 1-4 and is, one of 5 or more: else the reader narrows it to 1-4)."""
    if mark == ANY and 1 <= value <= 4:
        return [5 - value, 6 - value]
    out = []
    for step in (1, 2, 3, 4):
        for delta in (step, -step):
            if allowed(mark, value + delta):
                out.append(delta)
    return out[:4]


class Audit:
    """The printed figures as a reader holds them. ``values``: every cell's true count (shown or
    hidden; ``None`` not given, read as 0); ``marks``: the hidden cells and what they print;
    ``equations``: ``(total, parts)``, total = sum of parts (each a key of ``values``, or with
    :meth:`add_sum` a sum with a sign per cell); ``at_most``: ``(parent, kinds)``, the kinds
    together at most the parent."""

    def __init__(
        self,
        values: Mapping[Hashable, int | None],
        marks: Mapping[Hashable, str],
        equations: Iterable[tuple[Hashable, Sequence[Hashable]]] = (),
        at_most: Iterable[tuple[Hashable, Sequence[Hashable]]] = (),
        proven: set | None = None,
    ) -> None:
        self.values = values
        self.marks = dict(marks)
        # cells shown safe by a witness (a caller that only loosens the figures passes it on)
        self.proven: set = set() if proven is None else proven
        self._eqs: list[list[tuple[Hashable, int]]] = []
        self._var_eqs: dict[Hashable, list[tuple[int, int]]] = defaultdict(list)
        self._bounds: list[tuple[Hashable, tuple[Hashable, ...]]] = []
        self._var_bounds: dict[Hashable, list[int]] = defaultdict(list)
        for total, parts in equations:
            self.add_sum([(total, 1), *((p, -1) for p in parts)])
        for parent, kinds in at_most:
            self.add_bound(parent, kinds)

    def add_sum(self, terms: Iterable[tuple[Hashable, int]]) -> None:
        """An equation: the signed cells add up to what they add up to now (only the hidden
        cells can change, so only they are kept)."""
        merged: dict[Hashable, int] = defaultdict(int)
        for key, sign in terms:
            if key in self.marks:
                merged[key] += sign
        row = [(k, s) for k, s in merged.items() if s]
        if not row:
            return
        index = len(self._eqs)
        self._eqs.append(row)
        for key, sign in row:
            self._var_eqs[key].append((index, sign))

    def add_bound(self, parent: Hashable, kinds: Sequence[Hashable]) -> None:
        keys = (parent, *kinds)
        if not any(k in self.marks for k in keys):
            return
        index = len(self._bounds)
        self._bounds.append((parent, tuple(kinds)))
        for key in keys:
            if key in self.marks:
                self._var_bounds[key].append(index)

    # --- the search ---------------------------------------------------------------------------
    def _value(self, key: Hashable) -> int:
        return self.values.get(key) or 0

    def _bounds_hold(self, change: Mapping[Hashable, int]) -> bool:
        seen: set[int] = set()
        for key in change:
            for index in self._var_bounds.get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                parent, kinds = self._bounds[index]
                top = self._value(parent) + change.get(parent, 0)
                if sum(self._value(k) + change.get(k, 0) for k in kinds) > top:
                    return False
        return True

    def witness(self, key: Hashable) -> dict[Hashable, int] | None:
        """A change of hidden cells that gives ``key`` another value and keeps every equation
        and bound (checked in full before it is returned), or ``None`` if none was found."""
        mark = self.marks[key]
        value = self._value(key)
        budget = [_NODES]
        for delta in _deltas(mark, value):
            change = {key: delta}
            residual: dict[int, int] = defaultdict(int)
            for index, sign in self._var_eqs.get(key, ()):
                residual[index] += sign * delta
            found = self._mend(change, {i: r for i, r in residual.items() if r}, budget)
            if found is not None and self.holds(found):
                return found
            if budget[0] <= 0:
                break
        return None

    def _mend(
        self, change: dict[Hashable, int], broken: dict[int, int], budget: list[int]
    ) -> dict[Hashable, int] | None:
        budget[0] -= 1
        if not broken:
            over = self._overflow(change)
            if over is None:
                return dict(change)
            if len(change) >= _DEPTH or budget[0] <= 0:
                return None
            return self._mend_bound(change, over, budget)
        if len(change) >= _DEPTH or budget[0] <= 0:
            return None
        index = min(broken, key=lambda i: len(self._eqs[i]))  # the tightest first
        rest = broken[index]
        candidates = []
        easy = 0
        for key, sign in self._eqs[index]:
            if key in change:
                continue
            delta = -rest * sign  # sign * delta = -rest, sign +-1
            if allowed(self.marks[key], self._value(key) + delta):
                dead = self._dead_ends(key, delta, broken, change)
                candidates.append((dead, len(candidates), key, delta))
                easy += dead == 0
                if easy >= _BRANCH:  # enough that break nothing beyond mending
                    break
        candidates.sort()
        for _dead, _n, key, delta in candidates[:_BRANCH]:
            change[key] = delta
            after = dict(broken)
            for other, sign in self._var_eqs[key]:
                after[other] = after.get(other, 0) + sign * delta
                if after[other] == 0:
                    del after[other]
            found = self._mend(change, after, budget)
            del change[key]
            if found is not None:
                return found
            if budget[0] <= 0:
                return None
        return None

    def _overflow(self, change: Mapping[Hashable, int]) -> tuple[int, int] | None:
        """The first "of which" bound ``change`` breaks, with by how much the kinds exceed
        their parent; ``None`` when every bound holds."""
        seen: set[int] = set()
        for key in change:
            for index in self._var_bounds.get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                parent, kinds = self._bounds[index]
                top = self._value(parent) + change.get(parent, 0)
                excess = sum(self._value(k) + change.get(k, 0) for k in kinds) - top
                if excess > 0:
                    return index, excess
        return None

    def _mend_bound(
        self, change: dict[Hashable, int], over: tuple[int, int], budget: list[int]
    ) -> dict[Hashable, int] | None:
        """Mend a broken "of which" bound: the parent up or a kind down by the excess (and
        then the sums that change breaks)."""
        index, excess = over
        parent, kinds = self._bounds[index]
        options = [(parent, excess)] + [(k, -excess) for k in kinds]
        for key, delta in options:
            if key in change or key not in self.marks:
                continue
            if not allowed(self.marks[key], self._value(key) + delta):
                continue
            change[key] = delta
            broken: dict[int, int] = {}
            for other, sign in self._var_eqs.get(key, ()):
                broken[other] = broken.get(other, 0) + sign * delta
            found = self._mend(change, {i: r for i, r in broken.items() if r}, budget)
            del change[key]
            if found is not None:
                return found
            if budget[0] <= 0:
                return None
        return None

    def _dead_ends(
        self, key: Hashable, delta: int, broken: Mapping[int, int], change: Mapping[Hashable, int]
    ) -> int:
        """How many equations changing ``key`` would break that no other hidden cell could
        mend (a look one step ahead: a cell alone in its other sums first)."""
        dead = 0
        for other, sign in self._var_eqs[key]:
            rest = broken.get(other, 0) + sign * delta
            if rest == 0:
                continue
            if not any(
                k != key and k not in change and allowed(self.marks[k], self._value(k) - rest * s)
                for k, s in self._eqs[other]
            ):
                dead += 1
        return dead

    def holds(self, change: Mapping[Hashable, int]) -> bool:
        """Every equation and bound with ``change`` applied, and every changed cell as its mark
        allows: the witness is checked, not trusted."""
        for key, delta in change.items():
            if key not in self.marks or not allowed(self.marks[key], self._value(key) + delta):
                return False
        sums: dict[int, int] = defaultdict(int)
        for key, delta in change.items():
            for index, sign in self._var_eqs.get(key, ()):
                sums[index] += sign * delta
        if any(sums.values()):
            return False
        return self._bounds_hold(change)

    def _meets(self, key: Hashable, delta: int) -> bool:
        """Whether a witness changing ``key`` by ``delta`` keeps it safe: another value, and
        for a figure that may be 1-4 and is, one of 5 or more."""
        value = self._value(key)
        if delta == 0:
            return False
        return not (self.marks[key] == ANY and 1 <= value <= 4 and value + delta < 5)

    def first_given_away(self, keys: Iterable[Hashable] | None = None) -> Hashable | None:
        """The first hidden cell (of ``keys``, default all) without a witness, or ``None``.
        A witness proves every cell it changes as :meth:`_meets` wants (kept in ``proven``:
        the figures only ever lose equations or widen marks, so a witness stays one)."""
        for key in self.marks if keys is None else keys:
            if key in self.proven:
                continue
            alone = key not in self._var_eqs and key not in self._var_bounds
            if alone and _deltas(self.marks[key], self._value(key)):
                self.proven.add(key)  # in no sum and no bound: changed alone, it breaks nothing
                continue
            found = self.witness(key)
            if found is None:
                return key
            self.proven.update(k for k, d in found.items() if self._meets(k, d))
            self.proven.add(key)
        return None

    def given_away(self, keys: Iterable[Hashable] | None = None) -> list[Hashable]:
        """The hidden cells (of ``keys``, default all) without a witness: what the reader may
        work out, or narrow to 1-4."""
        out = []
        for key in self.marks if keys is None else keys:
            if self.first_given_away([key]) is not None:
                out.append(key)
        return out


def unsafe(
    values: Mapping[Hashable, int | None],
    marks: Mapping[Hashable, str],
    equations: Iterable[tuple[Hashable, Sequence[Hashable]]],
    at_most: Iterable[tuple[Hashable, Sequence[Hashable]]] = (),
) -> list[Hashable]:
    """The hidden cells a reader may work out (no witness): :meth:`Audit.given_away`."""
    return Audit(values, marks, equations, at_most).given_away()

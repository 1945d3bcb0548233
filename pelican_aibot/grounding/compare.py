"""Whether two mentions of a figure say the same thing, and how alike two passages are."""

from __future__ import annotations

import math
import re

from . import derive as D
from . import swaps as S
from .facts import Mention
from .sources import (
    _nearest_year,
    _Sources,
)
from .weights import (
    CONTEXT_MINE,
)


def _compatible_units(f: Mention, o: Mention) -> bool:
    a, b = f.unit, o.unit
    if a == b:
        return True
    if "half" in (a, b) or "band" in (a, b):
        return False  # "the under-8s" is no count of eight
    if a is None or b is None:
        if f.fraction or o.fraction:
            return False  # "almost a third" is a share, no bare 31 or 33
        # A bare number may stand for a measure ("She was 91" / "aged 91"), unless it
        # counts something else: "26 rescuers" is not "26 hours".
        unit = a or b
        return unit in ("ord", "age", "m") or (f.noun if a is None else o.noun) is None
    if {a, b} == {"ord", "dur"}:  # "in the 12th minute" / "after 12 minutes"
        return True
    if {a, b} == {"clock", "dur"}:  # "48:12" may be a time of 48 minutes 12 seconds
        return (f if a == "clock" else o).raw is not None
    return {a, b} <= {"ord", "age"} or (a == "age" and b == "ord")


def _same_sort(f: Mention, o: Mention) -> bool:
    """Values that can stand in for each other: same unit, or a race time in either form."""
    if f.unit is None and o.unit == "age":
        # "Tomas, her husband, is 84" against "Tomas, 86,": a number standing alone, with
        # no noun or word of its own, may be an age moved from another person.
        return f.noun is None and not f.context and 16 <= f.value <= 110
    if f.unit is None and o.unit is None and (f.value == int(f.value)) != (o.value == int(o.value)):
        return False  # "in 95.66" (a time) and "1." (a place) are different sorts of figure
    return f.unit == o.unit or ({f.unit, o.unit} == {"clock", "dur"} and _as_dur(o) is not None)


def _as_dur(m: Mention) -> float | None:
    """Seconds of a duration, or of a "27:55" read as minutes and seconds."""
    if m.unit == "dur":
        return m.value
    return m.value if m.unit == "clock" and m.raw is not None else None


def _same_value(f: Mention, o: Mention, src: _Sources, source_years: set[int]) -> bool:
    if f.family == "num":
        a, b = f.value, o.value
        if f.unit != o.unit and None in (f.unit, o.unit):
            # "four hours" against a bare "four": compare the numbers as written.
            a, b = S.as_written(f), S.as_written(o)
            if "m" in (f.unit, o.unit):  # "1.5m nets": a million, not metres
                million = (f if f.unit == "m" else o).value * 1e6
                if math.isclose(million, (o if f.unit == "m" else f).value, rel_tol=1e-9):
                    return True
        elif {f.unit, o.unit} == {"clock", "dur"}:
            clock, dur = (f, o) if f.unit == "clock" else (o, f)
            return any(math.isclose(dur.value, clock.value * k) for k in (1, 60))
        elif {f.unit, o.unit} == {"ord", "dur"}:
            dur = f if f.unit == "dur" else o
            if dur.raw is None or not math.isclose(dur.value, dur.raw * 60):
                return False  # minutes only
            a, b = dur.raw, (o if dur is f else f).value
        if math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9):
            return True
        if (f.fraction or o.fraction) and f.unit == o.unit == "pct":
            if abs(a - b) <= FRACTION_TOLERANCE:
                return True  # "two-fifths" for 40%, "a third" for 33%
            # "more than a third" for 38%. Without the words around it, any "under" hedge
            # is taken as "almost", the tighter one.
            return (
                f.fraction
                and f.hedge in ("under", "over")
                and D.fraction_fits(f.hedge, f.hedge == "under", a, b)
            )
        return (
            bool(f.hedge)
            # A small figure only for a source figure in parts: "more than four years" for
            # "4 years 2 months".
            and (a >= 10 or b != int(b))
            # ("almost 60 per cent" is no bare count of 58.)
            and (f.unit == o.unit or f.unit is None)
            and f.unit not in ("ord", "clock")
            and _within(f.hedge, a, b)
        )
    if f.family == "score":
        return f.value == o.value or f.value == o.value[::-1]
    if f.family in ("year", "wd", "week"):
        return f.value == o.value
    if f.family == "date":
        (fm, fd, fy), (om, od, oy) = f.value, o.value
        if fm != om or (fd is not None and fd != od):
            return False
        if fy is not None and oy is None:
            # "on February 12" in a story of November 28 is most likely next February's.
            # ("next month, on 12 January" in December: the month of the day it is told.)
            near = _nearest_year(src.story_date, fm, fd if fd is not None else od or 1)
            return fy in src.allowed_years or fy in source_years or fy == near
        return fy is None or fy == oy
    return False


_ROUNDED = re.compile(r"(\d[\d,]*)(?:\.(\d+))?\s*(m|bn|million|billion)\b", re.IGNORECASE)


_SCALE_WORDS = {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def _rounding_step(text: str, value: float) -> float | None:
    """The precision of a figure written in millions or billions: "£1.28m" is to the
    nearest £10,000; None for a figure written out in full ("£1,284,000") or a measure
    ("1.6m" of water)."""
    m = _ROUNDED.search(text)
    if m is None or value < (scale := _SCALE_WORDS[m.group(3).lower()]):
        return None
    return 10.0 ** -len(m.group(2) or "") * scale


SCORE_DISTINCT = 10  # points in a score (both sides) from which it is unlikely by chance


FRACTION_TOLERANCE = 1.0  # percentage points


HEDGE_TOLERANCE = 0.1  # "about 1,200" for 1,187; "nearly three decades" for 27 years


def _within(hedge: str, written: float, source: float) -> bool:
    """Whether the sources' figure fits a hedged one: 'nearly 30' fits 27, not 31."""
    low, high = written * (1 - HEDGE_TOLERANCE * 1.5), written * (1 + HEDGE_TOLERANCE * 1.5)
    if hedge == "under":
        return low <= source <= written
    if hedge == "over":
        return written <= source <= high
    # "about 1,200" rounds a count; "around 29C" is a forecast figure to take as given.
    # Rounded to its own last digit: "about 9,000" is no 8,412, however near in share.
    near = abs(source - written) <= written * HEDGE_TOLERANCE + 1e-9
    return written >= 100 and near and abs(source - written) <= _last_place(written) / 2


def _last_place(value: float) -> float:
    """The step a round figure is rounded to: 1,000 for 9,000, 100 for 1,200, 50 for 250
    (a last digit 5 rounds to the half)."""
    if value != int(value) or value == 0:
        return 1.0
    place, n = 1, int(value)
    while n % 10 == 0:
        n //= 10
        place *= 10
    return float(place * 5 if n % 10 == 5 else place)


def _distinctive(f: Mention) -> bool:
    """A value unlikely to match by chance: no passage needed when nothing competes."""
    if f.family == "num":
        v = f.value
        if f.unit == "pct" and not f.fraction:  # "91%": two digits and a unit
            return abs(v) >= 10
        return f.unit not in ("ord", "age") and (abs(v) >= 100 or v != int(v) or f.unit == "clock")
    if f.family == "score":  # "7 for, 4 against" is rarer by chance than "2-1"
        return sum(f.value) >= SCORE_DISTINCT
    return f.family == "year" or (f.family == "date" and f.value[1] is not None)


def _coverage(a: frozenset[str], b: frozenset[str], src: _Sources) -> float:
    """Share of ``a``'s (IDF-weighted) words found in ``b``."""
    both = a & b
    if not both:
        return 0.0
    return src.weight(both) / src.weight(a)


def _dice(a: frozenset[str], b: frozenset[str], src: _Sources) -> float:
    """Overlap of two local contexts, mostly how much of the article's side is explained."""
    common = a & b
    if not common:
        return 0.0
    both = src.weight(common)
    return CONTEXT_MINE * both / src.weight(a) + (1 - CONTEXT_MINE) * both / src.weight(b)

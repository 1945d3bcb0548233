"""Figures a writer works out from the figures of one passage, with the working shown.

"12 new buses join a fleet of 88" lets a writer say "a fleet of 100"; "540 of the
1,800 homes" lets them say "30 percent". Such a value is in no source, yet it is
grounded: one arithmetic step from figures of the passage it came from. The
checker asks this module only about a value that has no equal anywhere in the
sources (a value found elsewhere may have been moved from another fact), and only
with operands from the best-matching source sentences, so a planted wrong figure
is rarely one step away by chance. The working is returned so the page can show it.
Beyond one step, only parts the article itself gives are combined: a total of three or
four of them, or what they leave of a whole ("leaving £2.4m").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, permutations

# Units of one dimension, as factors to a base unit: 80cm is 4.7m minus 3.9m.
_SCALES: dict[str, tuple[str, float]] = {
    "mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1.0),
    "km": ("length", 1000.0), "mile": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144),
    "kg": ("mass", 1.0), "t": ("mass", 1000.0), "lb": ("mass", 0.45359237),
    "acre": ("area", 4046.8564224), "kmh": ("speed", 1.0), "mph": ("speed", 1.609344),
    "dur": ("time", 1.0), "day": ("time", 86400.0), "week": ("time", 604800.0),
    "month": ("months", 1.0), "year": ("months", 12.0),
    "sqm": ("area", 1.0), "ha": ("area", 10_000.0), "sqkm": ("area", 1_000_000.0),
    "mw": ("power", 1.0), "gw": ("power", 1000.0),
    "l": ("volume", 1.0), "gal": ("volume", 4.54609), "pint": ("volume", 0.568261),
}  # fmt: skip
_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}
_NOT_SUMMABLE = {"deg", "degf", "clock", "ord", "age", "half"}
# A bare count this small is one step away from almost any pair of small figures:
# it is worked out only when a word next to it says how ("two more", "a majority of").
SMALL = 12
MINUTES_A_DAY = 1440
NEAR = 0.12
HEDGED_SHARE = 0.8  # "fewer than a third" fits a share from 80% of a third up to a third
HEDGED_OVER = 0.8  # "more than a third" fits a share from a third up to 1/0.8 of it
HEDGED_CLOSE = 0.9  # "almost two-thirds", "nearly a quarter" (22.5%): within a tenth of it
HEDGED_DIGITS = 0.9  # "almost 59 per cent", "more than 60 per cent": within a tenth


@dataclass(frozen=True)
class Operand:
    """A figure of a source passage: value in its unit, how it is written, where it is."""

    value: float
    unit: str | None
    text: str
    place: tuple[int, int]  # (source index, sentence index)
    noun: str | None  # what it counts
    stated: bool  # the article states this figure next to the worked-out one
    aligned: bool = True  # in a source sentence that matches the article's best
    period: str | None = None  # its sentence gives amounts "a year", "a month"...
    lead: str | None = None  # "from" / "to" right before it
    told: str | None = None  # what the article, stating it, says it counts ("340 job cuts")
    told_lead: str | None = None  # ... and "from" / "to" before it there ("from £91.20")
    year: int | None = None  # the year its table column or row is of ("| 2030/31 | 238 |")


@dataclass(frozen=True)
class Target:
    """The article's value: what it is, in which unit, and how precisely it is written."""

    value: float
    unit: str | None
    step: float  # half of the last written digit: "30 percent" is 29.5 to 30.5
    points: bool = False  # "3.5 points more": a difference of percentages
    times: bool = False  # "three times as many": a ratio
    cued: bool = False  # a word next to it says it is a worked-out figure
    worded: bool = False  # ... and says how ("ahead", "more"; not a bare "of")
    per: bool = False  # "$10,800 a screen": an amount shared out over a count
    down: bool | None = None  # "less", "fell": a fall; "more", "rose": a rise; None: either
    change: bool = False  # "a fall of", "rose": a percentage of change, not a share
    ends: tuple[float | None, float | None] = (None, None)  # "rose 12.6% to €1,482m"
    given: bool = False  # the passage states a percentage of its own: none is worked out
    given_apart: bool = False  # ... away from the figures the article states beside it
    noun: str | None = None  # what it counts: "14 climbers" is no sum of climbers and guides
    period: str | None = None  # "£7 a month": the period it is given for
    bound: str | None = None  # "under" / "over": a share given as a bound ("fewer than a third")
    side: str | None = None  # "under" / "over": the side of its figure a hedge puts it on
    remainder: bool = False  # "leaving £2.4m": what is left of a whole after its parts
    fraction: bool = False  # a share in words: "three-quarters"
    close: bool = False  # "almost", "nearly", "just over": a bound close to its figure
    anchors: tuple[float, ...] = ()  # "701 cases, 163 more than": figures it may be a change of
    size: float | None = None  # "a cut of £900,000, or a quarter": the change's own size


def dimension(unit: str | None) -> tuple[str, float] | None:
    """(dimension, factor to its base unit); a bare count or a currency is its own."""
    if unit in _NOT_SUMMABLE:
        return None
    if unit in _SCALES:
        return _SCALES[unit]
    return (unit or "count", 1.0)


def written_step(text: str, value: float, rounded: bool = False) -> float:
    """Half the place value of the last digit written: '3.5' -> 0.05, '€32 million' -> 0.5m.

    ``rounded`` ("about $10,800"): the last non-zero digit, so 10,800 is 10,750 to 10,850.
    """
    digits = "".join(ch for ch in text if ch.isdigit() or ch in ".,")
    digits = digits.replace(",", "").strip(".")
    if not digits or not any(ch.isdigit() for ch in digits):
        return 0.5  # a number in words: "thirty"
    places = len(digits.partition(".")[2])
    try:
        shown = float(digits)
    except ValueError:
        return 0.5
    scale = value / shown if shown else 1.0  # "32 million" is 32 shown, 32e6 meant
    if rounded and not places:
        whole = digits.partition(".")[0]
        places = -(len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 0
    return 0.5 * 10.0**-places * abs(scale)


_DURATION_UNITS = {"hour": 3600.0, "hr": 3600.0, "minute": 60.0, "min": 60.0}


def duration_step(text: str) -> float:
    """Half the last unit a duration is written to, in seconds: "five hours" is 4h30 to
    5h30, "3 hours 42 minutes" is to the half minute, "2:06:31" to the half second."""
    places = 0
    numbers = re.findall(r"\d+(?:\.(\d+))?", text)
    if numbers:
        places = len(numbers[-1])
    words = re.findall(r"[a-z]+", text.lower())
    unit = 1.0  # seconds, or a race time "2:06:31"
    if ":" not in text and words:
        unit = _DURATION_UNITS.get(words[-1].removesuffix("s"), 1.0)
    return 0.5 * unit * 10.0**-places


def _near_operand(result: float, operand: float) -> bool:
    return abs(result - operand) <= NEAR * abs(operand)


def on_side(computed: float, value: float, side: str | None) -> bool:
    """Whether a worked-out figure is on the side of ``value`` a hedge puts it: "more than
    six points" is never 5.6, however near; "almost five" never 5.6."""
    tiny = 1e-9 * max(1.0, abs(value))
    return not (
        (side == "over" and computed < value - tiny)
        or (side == "under" and computed > value + tiny)
    )


def _inverse(target: Target) -> Target:
    return replace(target, value=1 / target.value)


def fits(computed: float, target: Target) -> bool:
    """Whether a figure worked out (or given) is the target as the article tells it."""
    return _close(computed, target)


def _close(computed: float, target: Target) -> bool:
    if target.bound:
        # A bound in words is loose; one in digits is near its figure: "almost 59 per
        # cent" for 58.7%, never for 50.2% ("more than five points" for 5.6: up to the
        # next whole unit written).
        if target.fraction:
            return fraction_fits(target.bound, target.close, target.value, computed)
        low = min(HEDGED_DIGITS * target.value, target.value - 2 * target.step)
        high = max(target.value / HEDGED_DIGITS, target.value + 2 * target.step)
        if target.bound == "under":  # "fewer than 60 per cent": 57.4% of them
            return low <= computed <= target.value
        return target.value <= computed <= high
    if not on_side(computed, target.value, target.side):
        return False
    # Strictly inside half a step: 18 months is no "two years".
    return abs(computed - target.value) < target.step - 1e-9 * max(1.0, abs(target.value)) or (
        abs(computed - target.value) <= 1e-9 * max(1.0, abs(target.value))
    )


def fraction_fits(bound: str, close: bool, fraction: float, share: float) -> bool:
    """Whether ``share`` (a percentage) fits a fraction in words with its hedge: "more
    than a third" is 33-42%, "fewer than a third" 28-33%, "almost three-quarters" 68-75%
    (65% is "almost two-thirds")."""
    if close:
        low, high = HEDGED_CLOSE * fraction, fraction / HEDGED_CLOSE
    else:
        low, high = HEDGED_SHARE * fraction, fraction / HEDGED_OVER
    if bound == "under":
        return low <= share <= fraction
    return fraction <= share <= high


def is_share(target: Target, part: float, whole: float) -> bool:
    """Whether the target percentage is ``part`` of ``whole``."""
    return 0 < part <= whole and _close(100 * part / whole, target)


def working(target: Target, operands: Sequence[Operand]) -> str | None:
    """The one-step working that gives the target from the operands, or None."""
    if target.unit == "clock":
        return _clock_working(target, operands)
    want = dimension(target.unit)
    if want is None:
        return None
    small = target.unit is None and abs(target.value) < SMALL
    if small and not (target.cued or target.times):
        # "3.6 nights each" may be a count over a count; "five an hour" is no difference.
        pairs = permutations(operands, 2) if target.per else ()
        return next((text for a, b in pairs if (text := _count_ratio(target, want, a, b))), None)
    for a in operands:  # one figure in another unit: "three days" for "72 hours"
        have = dimension(a.unit)
        other_unit = have and a.unit != target.unit and have[0] == want[0] != "count"
        if other_unit and _close(a.value * have[1] / want[1], target):
            return a.text  # the same amount: "three days" is the source's "72 hours"
    periodic = [
        a
        for a in operands
        if target.period in _PER_YEAR
        and a.period in _PER_YEAR
        and a.period != target.period
        and (have := dimension(a.unit)) is not None
        and have[0] == want[0]
    ]
    if any(a.stated for a in periodic):  # the figure the article has just given
        periodic = [a for a in periodic if a.stated]
    for a in periodic:  # "£84 a year" is "£7 a month"
        have = dimension(a.unit) or want
        factor = _PER_YEAR[a.period] / _PER_YEAR[target.period]
        if _close(a.value * have[1] / want[1] * factor, target):
            return f"{a.text} a {a.period}"
    if target.cued and not target.times:
        # "£3.8m for education, £1.1m for roads and £1.3m for health, a total of £6.2m":
        # three parts, all given by the article, add up to the whole.
        given = {(a.value, a.unit): a for a in operands if a.stated}
        parts = [a for a in given.values() if _base(a, want) is not None]
        # Four parts, or a remainder, only of amounts with a unit: bare counts (three
        # routes, eight sailings, two days) add up to almost any small count.
        measured = target.unit is not None
        for size in (3, 4) if measured else (3,):
            for some in combinations(parts, size):
                if _close(sum(_base(a, want) for a in some) / want[1], target):
                    return " + ".join(a.text for a in some)
        if target.remainder and measured:
            # "a £2.5m grant and £1.9m from an appeal, leaving £2.4m" of the £6.8m cost:
            # a whole of the passage or the article less two to four parts it gives.
            left = _remainder(target, want, operands, parts)
            if left is not None:
                return left
    # Only when the sources give one of them; else any pair of theirs may be meant.
    # An anchor is a figure of the target's own kind: a player's age of 28 is no "28 wins".
    anchors = {
        id(a) for a in operands if among(a.value, target.anchors) and _base(a, want) is not None
    }
    for a, b in permutations(operands, 2):
        if a.text == b.text and a.place == b.place:
            continue  # two readings of one figure ("20:58" as a time of day and a race time)
        if anchors and id(a) not in anchors and id(b) not in anchors:
            continue  # "701 cases, 163 more than a year earlier": a change of the 701
        # Two figures of one well-matched source sentence, or a figure the article states
        # beside it set against one of its passage, or, when a word says it was worked
        # out ("13 fewer"), a figure of a well-matched sentence set against one nearby.
        if not (
            (a.place == b.place and a.aligned)
            or a.stated
            or b.stated
            or (target.cued and (a.aligned or b.aligned))
            # "four seconds ahead": two figures of one sentence near the passage.
            or (target.worded and a.place == b.place)
        ):
            continue
        if target.bound and target.unit != "pct" and not (a.stated or b.stated):
            continue  # "more than 500 trees" is no sum of 300 trees and 240 engineers
        for text in _pair(target, want, a, b):
            return text
    return None


def among(value: float, values: Sequence[float]) -> bool:
    """Whether ``value`` is one of ``values`` (as floats compare)."""
    return any(math.isclose(value, v) for v in values)


def _base(a: Operand, want: tuple[str, float]) -> float | None:
    """``a``'s value in the base unit of the target's dimension; None for another one."""
    have = dimension(a.unit)
    if have is None or have[0] != want[0] or have[0] == "pct":
        return None
    return a.value * have[1]


def _remainder(
    target: Target, want: tuple[str, float], operands: Sequence[Operand], parts: list[Operand]
) -> str | None:
    """What is left of a whole (stated, or of a matching source sentence) after two to
    four of the parts the article gives."""
    wholes = {(a.value, a.unit): a for a in operands if a.stated or a.aligned}
    for whole in wholes.values():
        size_of = _base(whole, want)
        if size_of is None:
            continue
        smaller = [a for a in parts if a is not whole and _base(a, want) < size_of]
        for size in (2, 3, 4):
            for some in combinations(smaller, size):
                left = size_of - sum(_base(a, want) for a in some)
                if left > 0 and _close(left / want[1], target):
                    return " - ".join([whole.text, *(a.text for a in some)])
    return None


def _count_ratio(target: Target, want: tuple[str, float], a: Operand, b: Operand) -> str | None:
    """ "1.98 million nights by 550,000 visitors, an average of 3.6 nights each": a count
    of one thing over a count of another, both given beside it."""
    if not (target.per and a.stated and b.stated and want[0] == "count" and b.value > 1):
        return None
    if dimension(a.unit) != ("count", 1.0) or dimension(b.unit) != ("count", 1.0):
        return None
    counted = (a.told or a.noun, b.told or b.noun)
    if None in counted or counted[0] == counted[1]:
        return None
    if target.noun not in (None, counted[0]) or not _close(a.value / b.value, target):
        return None
    return f"{a.text} / {b.text}"


def _fits_ends(target: Target, start: Operand, end: Operand) -> bool:
    """A change from ``start`` to ``end`` agrees with the figures the article puts on
    either side of the percentage ("rose 12.6% to €1,482m" ends at €1,482m)."""
    if target.size is not None and not math.isclose(abs(start.value - end.value), target.size):
        return False  # "a cut of £900,000, or more than a quarter": from £3.4m to £2.5m
    return all(
        want is None or abs(have.value - want) <= 1e-9 * max(1.0, abs(want))
        for want, have in zip(target.ends, (start, end), strict=True)
    )


def _clock_working(target: Target, operands: Sequence[Operand]) -> str | None:
    """ "reached her at 12.32am, 40 minutes after the call" at 11.52pm: a time of day a
    stated duration after (or before) a time of its passage. Clock values are minutes."""
    for a, b in permutations(operands, 2):
        if a.unit != "clock" or b.unit != "dur" or not b.stated or a.text == b.text:
            continue  # (a bare "20:58" read both ways is no time plus its own duration)
        for sign, word in ((1, "+"), (-1, "-")):
            off = (a.value + sign * b.value / 60 - target.value) % 1440
            if min(off, 1440 - off) < 0.5:
                return f"{a.text} {word} {b.text}"
    return None


def _pair(target: Target, want: tuple[str, float], a: Operand, b: Operand) -> Iterator[str]:
    if a.unit == b.unit == "clock" and want[0] == "time" and a.value > b.value:
        # "left at 11:20 instead of 07:45": 3 hours 35 minutes late (clock values are
        # minutes); "finished in 6:12 and 6:16" is four seconds between two race times.
        if any(_close((a.value - b.value) * k / want[1], target) for k in (60, 1)):
            yield f"{a.text} - {b.text}"
        return
    if a.unit == b.unit == "clock" and want[0] == "time" and a.stated and b.stated:
        # "closing for ten hours every night from 10pm until 8am": over midnight.
        if _close((a.value - b.value) % MINUTES_A_DAY * 60 / want[1], target):
            yield f"{a.text} - {b.text} (over midnight)"
        return
    if a.unit == b.unit == "age":
        # "Jabari, 19," and "Tamu, 11,": he is "eight years older" (a worded gap only).
        if target.unit == "year" and target.worded and _close(a.value - b.value, target):
            yield f"{a.text} - {b.text}"
        return
    da, db = dimension(a.unit), dimension(b.unit)
    if da is None or db is None:
        return
    # (A count per measure, "22 applications a kilometre", is no news figure.)
    shared = target.per and da[0] == want[0] != db[0] and want[0] != "count" and b.value > 1
    for per in {b.value, b.value * db[1]} if shared else ():
        # "$41.3m on 3,812 screens": about $10,800 a screen; "£96m for 1.2 tonnes" is
        # £80,000 a kilogram.
        if _close(a.value * da[1] / per / want[1], target):
            yield f"{a.text} / {b.text}"
    if ratio := _count_ratio(target, want, a, b):
        yield ratio
    if want[0] == "speed" and da[0] == "length" and db[0] == "time" and a.stated and b.stated:
        # "186.4 km in 4 hours 52 minutes 18 seconds, an average of 38.3 km/h"
        kmh = (a.value * da[1] / 1000) / (b.value * db[1] / 3600) if b.value else 0.0
        if _close(kmh / want[1], target):
            yield f"{a.text} / {b.text}"
    many = b.value <= 1000 or (a.stated and b.stated and a.place == b.place)
    # (The end of a range or change is no count: "groynes numbers 5 to 10".)
    counted = b.lead not in ("to", "from")
    if db[0] == "count" and da[0] == want[0] != "count" and b.value > 1 and many and counted:
        # "42 turbines of 5.5MW": 231MW in all; "3,200 seats at £18 each", both given
        # beside it from one source sentence: £57,600.
        product = a.value * da[1] * b.value / want[1]
        if not _near_operand(product * want[1], a.value * da[1]) and _close(product, target):
            yield f"{b.text} x {a.text}"
    periodic = a.period == "year" and b.unit == "year" and da[0] == want[0] != "time"
    if periodic and a.stated and b.stated and _close(a.value * da[1] * b.value / want[1], target):
        # "£250,000 a year, worth £6.25m over the wind farm's 25-year life".
        yield f"{a.text} x {b.text}"
    # "backed by 81% of the 2,300 members who took part, or about 1,860 people".
    together = (a.stated and b.stated) or (a.place == b.place and a.aligned)
    share = da[0] == "pct" and db[0] == want[0] != "pct" and 0 < a.value < 100 and together
    if share and _close(a.value / 100 * b.value * db[1] / want[1], target):
        yield f"{a.text} of {b.text}"
    if da[0] != db[0]:
        return
    nouns = {a.told or a.noun, b.told or b.noun} - {None}
    if target.noun in nouns and len(nouns) > 1:
        return  # "14 climbers" is no sum of "11 climbers" and "3 guides"
    x, y = a.value * da[1], b.value * db[1]  # both in the base unit
    if target.times:
        # "tripled", "three times as many"; "halved from four to two", as precisely as
        # "doubled" is told (four over two). "Twice as many as the 3,150" is over 3,150.
        base = target.ends[0]
        if target.unit == "x" and base is not None and not math.isclose(b.value, base):
            return
        if 0 < target.value < 1 and x and y > x and _close(y / x, _inverse(target)):
            yield f"{a.text} / {b.text}"
        if y and x > y and _close(x / y, target):
            yield f"{a.text} / {b.text}"
        return
    if target.unit == "pct" and da[0] != "pct":
        # Where the passage states a percentage, one is worked out only from two figures
        # of one source sentence that the article gives beside it: "40 percent of their
        # attempts, 12 of 30"; "from £4.80 to £5.40, an increase of 12.5%".
        # The article's own "from £91.20 to £96.40" says the two are the ends of one change.
        told_change = {a.told_lead, b.told_lead} == {"from", "to"}
        # "£1,246,000 is £461,000 more than the estimate of £785,000 - a rise of 59%"
        own_ends = target.given_apart and a.stated and b.stated and a.place == b.place
        if target.given and not (a.stated and b.stated and (a.place == b.place or told_change)):
            return
        if 0 < x < y and not target.change and _close(100 * x / y, target):
            yield f"{a.text} of {b.text}"
        if target.given and {a.lead, b.lead} != {"from", "to"} and not (told_change or own_ends):
            return  # "estimated at £60,000 to £80,000" is a range, not a change
        # A change is between two figures of one thing: of one sentence (or both given
        # by the article), not counting different things ("876 released", "1,095 admitted").
        if a.place != b.place and (not (a.stated and b.stated) or a.noun != b.noun):
            return
        # a rise is told against the smaller figure, a fall against the larger one:
        # 23,000 to 18,400 is "a fifth less", 18,400 to 23,000 "a quarter more".
        # A share in words is a change only where the words say so: "accounts for nearly
        # three-quarters of the 47" is no fall from 47 to 12.
        if target.fraction and not (target.change or target.down is not None):
            return
        rise, fall = _fits_ends(target, b, a), _fits_ends(target, a, b)
        if told_change:  # "rose to 1,184,000 from 1,092,000": from the "from" figure
            rise, fall = rise and b.told_lead == "from", fall and a.told_lead == "from"
        if x > y > 0 and rise and target.down is not True and _close(100 * (x - y) / y, target):
            yield f"rise from {b.text} to {a.text}"
        if (
            x > y
            and x > 0
            and fall
            and target.down is not False
            and _close(100 * (x - y) / x, target)
        ):
            yield f"fall from {a.text} to {b.text}"
        return
    same = da[0] == want[0] or (target.points and da[0] == "pct")
    if not same or x == y:
        return
    if not any(_fits_ends(target, *pair) for pair in ((a, b), (b, a))):
        return  # "up five points on last year's 27 per cent" is a change from 27
    scale = want[1]
    # "owns 16 pubs, which will take the estate from 187 to 203": the article gives both
    # figures and the one the change starts from.
    told = a.stated and b.stated and "from" in (a.told_lead, b.told_lead)
    if x <= y or (y < NEAR * x and not told):
        # Each pair once, larger first. A result this close to one of its figures ("221"
        # from "212" and "nine") looks exactly like a slip of that figure: not accepted.
        return
    if _close((x - y) / scale, target):
        yield f"{a.text} - {b.text}"
    if _close((x + y) / scale, target) and da[0] != "pct":  # shares of other wholes
        yield f"{a.text} + {b.text}"

"""The year a story's figure is of, as its words tell it.

A count table has a row a year ("| 2016 | 31 | 4 | 35 |"), and a story picks figures
from several rows: "67 nests, up from 59 last year and 35 a decade ago", "in 2022,
when 40 traps were set and 3,120 crayfish caught". The words after a figure (or the
one year its sentence names just before it) say which row it is from, so that a
figure of another row in the same column is not taken for it.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from . import normalize as N
from .facts import Mention

YEAR = re.compile(r"^(?:19|20)\d\d$")  # a year in figures: "2026"
_SPANS = {"decade": 10, "decades": 10, "year": 1, "years": 1}
COMPARED_REACH = 6  # words after a figure where the year it is set against stands
_LAST = ("year", "year's", "year’s")  # "last year", "last year's"
_THIS_PERIODS = {"month", "week", "weekend", "spring", "summer", "autumn", "winter"}
AFTER_REACH = 4  # words after a figure where "last year" or "in 2022" may stand
YEAR_REACH = 8  # words after a year its sentence names that a figure may be of it
_ENDS = {"and", "but", "while", "or"}  # words that end a figure's own words
SINCE_REACH = 4  # words before a year where "since" makes it the start of a span


def _count(word: str) -> float | None:
    if word in ("a", "an"):
        return 1
    if word.isdigit():
        return int(word)
    return N.words_to_number([word]) if N.is_number_word(word) else None


def years_back(words: list[str]) -> int | None:
    """The years a comparison reaches back: "two years earlier", "a year before"."""
    if len(words) < 3 or words[1] not in ("year", "years") or words[2] not in BACK_WORDS:
        return None
    count = _count(words[0])
    return int(count) if count else None


BACK_WORDS = {"earlier", "before", "ago"}  # "two years earlier", "a decade ago"


def _year_after(words: list[str], today: date | None) -> int | None:
    """ "last year", "this year", "in 2022", "a decade ago", "five years ago"."""
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in ("last", "this") and (nxt in _LAST or nxt == "season"):
            if today is None:
                return None
            return today.year - (w == "last")
        if w == "this" and nxt in _THIS_PERIODS and today is not None:
            return today.year  # "8,850 visits this month"
        if w == "in" and YEAR.match(nxt):
            # "in 2025/26", "in 2024-25": a season or a financial year, of two years.
            spans = k + 2 < len(words) and words[k + 2] in ("/", "-", "–")
            return None if spans else int(nxt)
        if w in _SPANS and nxt == "ago" and k and today is not None:
            count = _count(words[k - 1])
            return today.year - int(count * _SPANS[w]) if count else None
        if not w.isalpha() or w in _ENDS:
            return None  # a comma, a conjunction or another figure ends its own words
    return None


def _year_of_a_pair(tokens: list, k: int) -> int | None:
    """ "186 rabbits from 31 exhibitors in 2030", "14 teams and 268 registered players in
    2031": two counts of different things told of one year, the year after the second
    (the words from token ``k``, after the first)."""
    words = tokens[k : k + 7]
    if len(words) < 6 or [t.kind for t in words[:4]] != ["word", "word", "num", "word"]:
        return None
    noun, join = words[0].lower, words[1].lower
    at = 4 + (words[4].kind == "word" and words[4].lower != "in")  # "268 registered players"
    if join not in ("from", "by", "with", "and") or at + 1 >= len(words):
        return None
    if words[at].lower != "in" or noun == words[at - 1].lower:
        return None
    return int(words[at + 1].text) if YEAR.match(words[at + 1].text) else None


def _of_a_figure(tokens: list, year: Mention) -> bool:
    """Whether a year is told of the figure before it: "38 in 1990"."""
    k = year.i0 - 1
    return k >= 1 and tokens[k].lower == "in" and tokens[k - 1].kind == "num"


def told_year(tokens: list, f: Mention, years: list[Mention], today: date | None) -> int | None:
    """The year the figure ``f`` is of, when its words say: the words right after it,
    else the one year its sentence names within a few words before it. Without
    ``today`` (a source, whose own date is not known here) "last year" tells none."""
    words = [t.lower for t in tokens[f.i1 : f.i1 + AFTER_REACH]]
    if (year := _year_after(words, today)) is not None:
        return year
    if (year := _year_of_a_pair(tokens, f.i1)) is not None:
        return year
    own = list(itertools.takewhile(lambda w: w not in _ENDS, words))
    if {"before", "earlier", "previous", "prior", "last", "this", "next", "ago"} & set(own):
        # "1,604 in 2025, up from 1,026 the year before", "from 240 in 1985 to 11 last
        # season" (in a source, whose own year is not known here).
        return None
    before = [y for y in years if y.i1 <= f.i0 and f.i0 - y.i1 <= YEAR_REACH]
    if before and _of_a_figure(tokens, before[0]):
        return None  # "from 38 in 1990 to just 11": 1990 is the 38's
    if len(years) == 1 and before:
        between = [t.lower for t in tokens[before[0].i1 : f.i0]]
        than = {t.lower for t in tokens[max(0, before[0].i0 - 2) : before[0].i0]}
        if than & {"than", "as"} and "when" not in between:
            # "15,150 more than in 2024-25, from 14,870 bags", "half as many again as in
            # 2030, and made 9,900 calls": the year compared with (not "fewer than in
            # 2028/29, when 71 families used it").
            return None
        opening = (t.lower for t in tokens[max(0, before[0].i0 - SINCE_REACH) : before[0].i0])
        if "since" in opening and "when" not in between:
            # "the most since it began in 1989, and 131 players": a span's start (not
            # "doubled since 2022, when 40 were set").
            return None
        if between[:1] in (["/"], ["-"], ["–"]):
            return None  # "2025/26: 2,931": a season's figure
        if not {"last", "this", "ago"} & set(between):
            return int(before[0].value)
    return None


def compared_year(tokens: list, f: Mention, today: date | None) -> int | None:
    """The earlier year a figure ``f`` is set against: "16 more than last year", "£340 up
    on last year's", "almost 1,000 more than in 2026"."""
    words = [t.lower for t in tokens[f.i1 : f.i1 + COMPARED_REACH]]
    if not set(words) & {"than", "on"}:
        return None
    for k, w in enumerate(words):
        if w == "last" and k + 1 < len(words) and words[k + 1] in _LAST:
            return today.year - 1 if today else None
        if YEAR.match(w) and (today is None or int(w) < today.year):
            return int(w)
    return None

"""Finding the checkable facts in a text: values (numbers, dates), quotations and names.

Heuristic and model-free on purpose: nothing can be downloaded at build time,
and the rules are easy to audit. Every mention keeps exact character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import normalize as N
from .text import STOPWORDS, Sentence, Token, content_stems, stem

BOUNDARY_WORDS = {
    "and",
    "but",
    "while",
    "whereas",
    "compared",
    "against",
    "versus",
    "or",
    "including",
    "plus",
    "excluding",
}
_PRICING = {"costing", "worth", "valued", "priced"}  # "the netting, costing £11,800"
DIRECTION_WORDS = {"to", "from", "up", "down", "by", "before", "after", "than", "over", "under"}
BOUNDARY_PUNCT = set(',;:()—–"“”')
SPEECH_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "explained", "noted",
    "warned", "wrote", "asked", "according", "argued", "insisted", "declared", "announced",
    "replied", "urged", "called", "described", "praised", "recalled", "admitted",
    "acknowledged", "promised", "claimed", "continued", "remarked", "posted", "tweeted",
    "calling", "saying", "adding", "telling", "describing", "warning", "urging",
    "felt", "feels", "believes", "believed", "thought", "thinks", "complained", "vowing",
    "stressed", "suggested", "predicted", "vowed", "pledged", "confirmed", "revealed",
    "emphasised", "emphasized", "commented", "countered", "joked", "maintained", "observed",
    "reiterated", "contended", "cautioned", "testified", "lamented", "boasted",
    "insisting", "arguing", "noting", "explaining", "asking", "replying", "promising",
}  # fmt: skip
# Capitalised words any writer may add without a source saying them.
COMMON_PROPER = {
    "i", "earth", "moon", "sun", "internet", "god", "christmas", "easter",
    "un", "eu", "uk", "us", "usa", "nato",  # bodies and countries any writer may name for context
}  # fmt: skip
_SURNAME_TOO = {"moon", "sun", "earth", "christmas", "easter", "god"}
NAME_CONNECTORS = {
    "of",
    "de",
    "van",
    "von",
    "da",
    "del",
    "der",
    "la",
    "le",
    "du",
    "al",
    "bin",
    "di",
}
TITLES = {
    "mr", "mrs", "ms", "dr", "mayor", "president", "chief", "governor", "gov", "sen",
    "senator", "rep", "judge", "justice", "prof", "professor", "coach", "captain", "capt",
    "inspector", "officer", "detective", "sgt", "sergeant", "lt", "minister", "prime",
    "secretary", "ceo", "director", "councillor", "councilman", "councilwoman", "sir",
    "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev", "father",
    "sister", "general", "gen", "colonel", "col", "commander", "chancellor", "deputy",
    "vice", "superintendent", "commissioner", "chair", "chairman", "chairwoman", "striker",
    "defender", "midfielder", "goalkeeper", "manager", "fire", "police", "union", "leader",
    "cfo", "coo", "cto", "cmo", "cio", "mp", "mep", "spokesman", "spokeswoman",
    "spokesperson", "councilmember", "councilor", "alderman", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "treasurer", "executive", "founder",
    # Roles that open a sentence capitalised ("Referee Glen Mottram stepped in"): rarely
    # surnames, so never a name's own word.
    "referee", "umpire", "trainer", "promoter", "organiser", "organizer", "curator",
    "coroner", "headteacher", "headmaster", "headmistress", "vicar", "bishop",
    "archbishop", "rector", "magistrate", "constable", "sheriff", "ambassador", "skipper",
    "goalie",
    "solicitor", "barrister", "prosecutor", "lawyer", "attorney", "economist", "analyst",
    "scientist", "researcher", "lecturer", "surgeon", "paramedic", "firefighter",
    "trustee", "jockey", "winger", "batsman", "wicketkeeper", "quarterback", "presenter",
    "broadcaster", "commentator", "chairperson", "owner", "boss", "cllr", "clerk",
    "warden", "churchwarden",
}  # fmt: skip
# Words that make up organisation and place names without telling them apart.
# Parts of a name that a writer may add or drop freely ("the Czech Republic" for "Czech").
OPTIONAL_NAME_WORDS = {"republic", "kingdom", "states", "the", "of"}
GENERIC_NAME_WORDS = {
    "city", "council", "county", "department", "service", "services", "university",
    "school", "hospital", "company", "inc", "ltd", "corp", "group", "association", "club",
    "party", "ministry", "agency", "office", "court", "committee", "board", "state",
    "national", "regional", "federal", "road", "street", "avenue", "park", "river",
    "bridge", "centre", "center", "the", "general", "institute", "authority", "museum",
    "district", "region", "international", "foundation", "trust", "society", "united",
}  # fmt: skip


@dataclass(frozen=True)
class Fact:
    """One checkable fact: its kind and the exact span of the article text."""

    kind: str  # "number" | "date" | "quote" | "name"
    text: str
    start: int
    end: int


@dataclass
class Mention:
    """A fact plus what the checker needs: canonical value, unit, local context."""

    kind: str
    family: str  # num | year | date | wd | score | quote | name
    value: Any
    start: int
    end: int
    unit: str | None = None
    i0: int = 0  # token range inside the sentence
    i1: int = 0
    sentence: int = 0
    context: frozenset[str] = field(default_factory=frozenset)
    raw: float | None = None  # the number as written, before unit conversion ("four hours": 4)
    clause: frozenset[str] = field(default_factory=frozenset)  # stems between , ; : ( ) —
    lead: str | None = None  # a direction word right before it: "to 19%" / "from 21%"
    noun: str | None = None  # stem of a content word right after it: "26 rescuers"
    hedge: str | None = None  # "about" | "under" | "over": "nearly three decades"
    fraction: bool = False  # a share in words ("two-fifths"): as precise as its words
    year: int | None = None  # the year a source's figure is of: "| 2022 | 40 |", "7 in 2024"
    in_table: bool = False  # a source's figure in a table's row, read with its header
    # A source's part of a whole ("212 of the 643 electors"): the whole's words, which
    # an article telling the part alone ("212 of the FC2 electors") may use.
    whole_words: frozenset[str] = field(default_factory=frozenset)
    # A source's figure under an earlier year's column: its row's label, which counts only
    # for a story naming that year ("186 rabbits in 2030" of "Total rabbits | 158 | 186").
    row_words: frozenset[str] = field(default_factory=frozenset)

    def fact(self, text: str) -> Fact:
        return Fact(self.kind, text[self.start : self.end], self.start, self.end)

    def derive(self, kind: str, family: str, value: Any) -> Mention:
        """Another value read from the same span (a date's year, its weekday), with the
        same position and context and no unit."""
        return Mention(
            kind, family, value, self.start, self.end, None, self.i0, self.i1, self.sentence,
            self.context,
        )  # fmt: skip


# A year as written in news copy: "1994", "2026".
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


# "58-year-old", and "the 74-year-old's forum".
_OLD = ("old", "old's", "old\u2019s")


def said_old(tokens: list[Token], m: Mention) -> bool:
    """Whether an age ends on "old": "the 33-year-old('s)", "58 years old", not "aged 58"."""
    return 0 < m.i1 <= len(tokens) and tokens[m.i1 - 1].lower in _OLD


def _is_word(tok: Token | None, *words: str) -> bool:
    return tok is not None and tok.kind == "word" and tok.lower in words


def _seconds_after(tokens: list[Token], j: int) -> bool:
    """Whether seconds written "38s" start at ``j``."""
    secs, s = _at(tokens, j), _at(tokens, j + 1)
    return secs is not None and secs.kind == "num" and _is_word(s, "s") and _glued(secs, s)


def _next_year(year: str, other: str) -> bool:
    """Whether ``other`` is the year after ``year``, in full or by its last two digits."""
    if not (_YEAR.fullmatch(year) and len(other) in (2, 4)):
        return False
    after = str(int(year) + 1)
    return other == (after if len(other) == 4 else after[2:])


def _is_comma(tok: Token | None) -> bool:
    return tok is not None and tok.text == ","


def age_apposed(tokens: list[Token], b: int) -> bool:
    """Whether an age is set off by commas right after a name ending at ``b``:
    "Fairbrother, 33,"."""
    age = _at(tokens, b + 1)
    return (
        _is_comma(_at(tokens, b))
        and age is not None
        and age.kind == "num"
        and _is_comma(_at(tokens, b + 2))
    )


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _is_ampm(tok: Token) -> bool:
    """'p.m.', 'PM', 'pm' (a bare "am" only counts after a number, which callers ensure)."""
    return tok.kind == "ampm" or (tok.kind == "word" and tok.lower in ("am", "pm"))


_DOTTED_CLOCK = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
# What a British 24-hour time stands before or after: "the 14.45 departure", "at 16.00".
_TIMETABLED = {
    "departure", "departures", "train", "service", "bus", "sailing", "arrival", "kick-off",
    "start", "ferry", "flight", "crossing",
}  # fmt: skip
_AT_A_TIME = {"at", "until", "till", "by", "before", "after"}


def _twenty_four_hour(tokens: list[Token], i: int) -> float | None:
    """ "Saturday's 14.45 departure", "at 16.00": a time of day written the British
    24-hour way, in minutes since midnight; a decimal elsewhere ("14.45 tonnes") is not."""
    clock = dotted_clock(tokens[i].text)
    if clock is None:
        return None
    nxt, before = _at(tokens, i + 1), _at(tokens, i - 1)
    timed = _is_word(nxt, *_TIMETABLED) or (
        _is_word(before, *_AT_A_TIME)
        and (nxt is None or nxt.kind != "word" or nxt.lower in ("on", "and", "to"))
        and clock >= 10 * 60
    )
    return clock if timed else None


def dotted_clock(text: str) -> float | None:
    """ "14.45" read as a 24-hour time of day, in minutes since midnight (None when it
    cannot be one); whether it is one is for its context to say."""
    m = _DOTTED_CLOCK.fullmatch(text)
    return float(int(m.group(1)) * 60 + int(m.group(2))) if m else None


def _glued(a: Token, b: Token | None) -> bool:
    return b is not None and a.end == b.start


def _cells_apart(a: Token, b: Token) -> bool:
    """Set apart by a run of spaces, as a table's cells are: "July          21" is a
    row's label and its first figure, no date."""
    return b.start - a.end >= 2


def _number_at(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    """A number starting at token i: (value, next index, written in words)."""
    tok = tokens[i]
    if tok.kind == "num":
        v = N.parse_digits(tok.text)
        return None if v is None else (v, i + 1, False)
    if tok.kind != "word":
        return None
    if tok.lower in ("a", "an") and _compound_duration(tokens, i + 1):
        return (1.0, i + 1, True)  # "an hour and 23 minutes"
    words: list[str] = []
    j = i
    while j < len(tokens):
        t = tokens[j]
        lw = t.lower
        if t.kind == "word" and N.is_number_word(lw):
            words.append(lw)
        elif (
            t.text == "-"
            and words
            and _glued(tokens[j - 1], t)
            and _at(tokens, j + 1) is not None
            and N.is_number_word(tokens[j + 1].lower)
            and _glued(t, tokens[j + 1])
        ) or (
            lw == "and"
            and words
            and _at(tokens, j + 1) is not None
            and words[-1] in ("hundred", "thousand")
            and tokens[j + 1].lower in N.SMALL_NUMBERS
        ):
            pass
        else:
            break
        j += 1
    if not words or words[0] in N.WORD_SCALES:
        return None
    if words == ["one"] and not _compound_duration(tokens, j):
        return None  # "one of the", "no one": too ambiguous to check
    v = N.words_to_number(words)
    return None if v is None else (v, j, True)


def _compound_duration(tokens: list[Token], j: int) -> bool:
    """'one hour, four minutes and 52 seconds': a race time written out, not "one of"."""
    if not _is_word(_at(tokens, j), "hour", "minute"):
        return False
    p = j + 1
    while _at(tokens, p) is not None and (tokens[p].text == "," or tokens[p].lower == "and"):
        p += 1
    nxt = _at(tokens, p)
    return nxt is not None and (nxt.kind == "num" or N.is_number_word(nxt.lower))


def _scale(tokens: list[Token], j: int, value: float, money: bool) -> tuple[float, int]:
    tok = _at(tokens, j)
    if tok is not None and tok.kind == "word":
        lw = tok.lower
        glued = _glued(tokens[j - 1], tok)
        if (
            (lw in N.WORD_SCALES and lw != "hundred")
            or (money and lw in N.SCALES and glued)
            or (lw in ("bn", "mn") and glued)
            or (lw in ("m", "k") and glued and _unit(tokens, j + 1)[0] not in (None, "clock"))
        ):  # "41m tonnes", "42m km": a glued "m" before a unit is a million
            return value * N.SCALES[lw], j + 1
        if lw == "hundred":
            return value * 100, j + 1
    return value, j


# Words between a number and its unit that don't change what is counted: "19 straight years".
UNIT_MODIFIERS = {
    "consecutive", "straight", "successive", "more", "further", "extra", "additional",
    "full", "long", "whole", "entire", "running",
}  # fmt: skip


def _unit(tokens: list[Token], j: int) -> tuple[str | None, int, float]:
    """The unit after a number: (canonical unit, next index, multiplier for durations)."""
    unit, k, mult = _bare_unit(tokens, j)
    if unit is None and _is_word(_at(tokens, j), *UNIT_MODIFIERS):
        unit, k, mult = _bare_unit(tokens, j + 1)
        if unit not in ("dur", "year", "day", "week", "month"):
            return None, j, 1.0
    return unit, k, mult


def _bare_unit(tokens: list[Token], j: int) -> tuple[str | None, int, float]:
    tok = _at(tokens, j)
    if tok is None:
        return None, j, 1.0
    lw = tok.lower
    if tok.text == "%":
        return "pct", j + 1, 1.0
    if lw == "percent" or lw == "pct":
        return "pct", j + 1, 1.0
    if lw == "per" and _is_word(_at(tokens, j + 1), "cent"):
        return "pct", j + 2, 1.0
    if lw == "percentage" and _is_word(_at(tokens, j + 1), "point", "points"):
        return "pct", j + 2, 1.0
    if lw in N.CURRENCY_WORDS:
        return N.CURRENCY_WORDS[lw], j + 1, 1.0
    if lw == "pence" or (lw == "p" and _glued(tokens[j - 1], tok)):  # "60p" is £0.60
        return "gbp", j + 1, 0.01
    if lw in ("decade", "decades"):
        return "year", j + 1, 10.0
    if lw in ("under", "over"):  # golf: "17 under par", "a six-under-par 66"
        k = j + 2 if _at(tokens, j + 1) is not None and tokens[j + 1].text == "-" else j + 1
        if _is_word(_at(tokens, k), "par"):
            return lw + "-par", k + 1, 1.0
    if _is_ampm(tok):
        return "clock", j + 1, 1.0
    if lw in N.DURATION_UNITS and (len(lw) > 1 or _glued(tokens[j - 1], tok)):
        return "dur", j + 1, float(N.DURATION_UNITS[lw])
    if lw == "m" and _glued(tokens[j - 1], tok) and _seconds_after(tokens, j + 1):
        return "dur", j + 1, 60.0  # "17m 38s": minutes and seconds, no metres
    if (
        lw in N.SQUARE_WORDS
        and _at(tokens, j + 1) is not None
        and tokens[j + 1].lower in N.MEASURE_UNITS
    ):
        return "sq" + N.MEASURE_UNITS[tokens[j + 1].lower], j + 2, 1.0
    if lw in N.MEASURE_UNITS and (
        len(lw) > 2
        or _glued(tokens[j - 1], tok)
        or lw in ("km", "kg", "mph", "cm", "mm", "mw", "gw", "lb", "oz", "ft")
    ):
        unit = N.MEASURE_UNITS[lw]
        dash = _at(tokens, j + 1)
        if unit in ("mw", "gw") and _is_word(dash, "hour", "hours"):
            return unit + "h", j + 2, 1.0  # "9,000 megawatt hours" is "9,000 MWh"
        hours = _is_word(_at(tokens, j + 2), "hour", "hours")
        if unit in ("mw", "gw") and dash is not None and dash.text == "-" and hours:
            return unit + "h", j + 3, 1.0  # "240 megawatt-hours" is "240 MWh"
        if _is_word(_at(tokens, j + 1), "per") and _is_word(_at(tokens, j + 2), "hour"):
            return {"mile": "mph", "km": "kmh"}.get(unit, unit + "/h"), j + 3, 1.0
        slash = _at(tokens, j + 1)
        if slash is not None and slash.text == "/" and _is_word(_at(tokens, j + 2), "h", "hr"):
            return {"mile": "mph", "km": "kmh"}.get(unit, unit + "/h"), j + 3, 1.0  # "5km/h"
        if unit == "year" and _is_word(_at(tokens, j + 1), *_OLD):
            return "age", j + 2, 1.0
        if unit == "deg" and _is_word(_at(tokens, j + 1), "celsius", "centigrade", "c"):
            return "deg", j + 2, 1.0
        if unit == "deg" and _is_word(_at(tokens, j + 1), "fahrenheit", "f"):
            return "degf", j + 2, 1.0
        return unit, j + 1, 1.0
    return None, j, 1.0


_DAY_LINKS = {"and", "to", "-", "–", "until", "through"}


def _day_number(tok: Token | None) -> int | None:
    if tok is None or tok.kind != "num" or not tok.text.isdigit():
        return None
    return int(tok.text) if 1 <= int(tok.text) <= 31 and len(tok.text) <= 2 else None


def _year_at(tokens: list[Token], k: int) -> tuple[int | None, int]:
    """A year at k, or after a comma at k: (year, index after it)."""
    if _at(tokens, k) is not None and tokens[k].text == ",":
        k += 1
    ytok = _at(tokens, k)
    if ytok is not None and ytok.kind == "num" and _YEAR.fullmatch(ytok.text):
        return int(ytok.text), k + 1
    return None, k


_CURRENCY_CODES = {"EUR", "GBP", "USD", "CHF", "JPY", "CNY", "INR"}


def _range_currency(tokens: list[Token], i: int) -> str | None:
    """The currency of a range's first end, for its second: "$4m-5m", "EUR 390m-420m"."""
    dash = _at(tokens, i - 1)
    if dash is None or dash.text not in "-–" or i < 3:
        return None
    k = i - 2 if tokens[i - 2].kind == "num" else i - 3
    if k < 1 or tokens[k].kind != "num" or (k == i - 3 and tokens[i - 2].kind != "word"):
        return None
    return _currency_of(tokens[k - 1])


def _currency_of(tok: Token) -> str | None:
    """The currency a token before a figure names: "$", "€", "£", or a code ("EUR 214m")."""
    if tok.kind == "sym" and tok.text in N.CURRENCY_SYMBOLS:
        return N.CURRENCY_SYMBOLS[tok.text]
    return tok.text.lower() if tok.kind == "word" and tok.text in _CURRENCY_CODES else None


def _paired_day(tokens: list[Token], i: int) -> Mention | None:
    """The first day of "16 and 17 May" and the second of "May 16 and 17" / "October 8 to
    10, 2027": days that share the month written once."""
    day = _day_number(tokens[i])
    link = _at(tokens, i + 1)
    if day is None:
        return None
    # "Saturday 21 and Sunday 22 February": a weekday may stand before the second day.
    second = i + 2
    weekday = _at(tokens, second)
    if weekday is not None and weekday.lower in N.FULL_WEEKDAYS:
        second += 1
    if link is not None and link.lower in _DAY_LINKS and _day_number(_at(tokens, second)):
        month = _at(tokens, second + 1)
        if month is not None and month.kind == "word" and month.lower in N.FULL_MONTHS:
            year, _ = _year_at(tokens, second + 2)
            value = (N.MONTHS[month.lower], day, year)
            return Mention("date", "date", value, tokens[i].start, tokens[i].end, i0=i, i1=i + 1)
    before, first, month = _at(tokens, i - 1), _at(tokens, i - 2), _at(tokens, i - 3)
    if (
        before is not None
        and before.lower in _DAY_LINKS
        and _day_number(first) is not None
        and month is not None
        and month.kind == "word"
        and month.lower.rstrip(".") in N.MONTHS
        and month.text[:1].isupper()
        and _day_number(first) < day
    ):
        year, end = _year_at(tokens, i + 1)
        value = (N.MONTHS[month.lower.rstrip(".")], day, year)
        return Mention("date", "date", value, tokens[i].start, tokens[end - 1].end, i0=i, i1=end)
    return None


def _value_at(tokens: list[Token], i: int) -> Mention | None:
    tok = tokens[i]
    lw = tok.lower

    # Weekdays and months.
    if tok.kind == "word" and tok.text[:1].isupper():
        base = lw[:-2] if lw.endswith("'s") or lw.endswith("’s") else lw
        if base.endswith("s") and base[:-1] in N.FULL_WEEKDAYS:
            base = base[:-1]  # "on Sundays"
        if base in N.FULL_WEEKDAYS:
            return Mention("date", "wd", N.WEEKDAYS[base], tok.start, tok.end, i0=i, i1=i + 1)
        month_after = _at(tokens, i + 2)
        if (
            base in N.WEEKDAYS
            and _day_number(_at(tokens, i + 1)) is not None
            and month_after is not None
            and month_after.lower.rstrip(".") in N.MONTHS
        ):
            # "Day 2 (Mon 27 Jul)": a short weekday, only right before a day and a month.
            return Mention("date", "wd", N.WEEKDAYS[base], tok.start, tok.end, i0=i, i1=i + 1)
        if base in N.MONTHS:
            month = N.MONTHS[base]
            nxt = _at(tokens, i + 1)
            j = i + 1
            if nxt is not None and nxt.text == "." and _glued(tok, nxt):
                j += 1
                nxt = _at(tokens, j)
            if nxt is not None and nxt.kind == "num" and not _cells_apart(tok, nxt):
                m = N.ORDINAL_DIGITS.match(nxt.text)
                num = int(m.group(1)) if m else (int(nxt.text) if nxt.text.isdigit() else None)
                if num is not None and 1 <= num <= 31 and len(nxt.text) <= 4:
                    year = None
                    end = j + 1
                    comma = _at(tokens, j + 1)
                    k = j + 2 if comma is not None and comma.text == "," else j + 1
                    ytok = _at(tokens, k)
                    if ytok is not None and ytok.kind == "num" and _YEAR.fullmatch(ytok.text):
                        year, end = int(ytok.text), k + 1
                    link = _at(tokens, j + 1)
                    if (
                        year is None
                        and link is not None
                        and link.lower in _DAY_LINKS
                        and _day_number(_at(tokens, j + 2)) is not None
                    ):
                        year, _ = _year_at(tokens, j + 3)  # "October 8 to 10, 2027"
                    return Mention(
                        "date",
                        "date",
                        (month, num, year),
                        tok.start,
                        tokens[end - 1].end,
                        i0=i,
                        i1=end,
                    )
                if num is not None and _YEAR.fullmatch(nxt.text):
                    return Mention(
                        "date", "date", (month, None, num), tok.start, nxt.end, i0=i, i1=j + 1
                    )
            dash, second = _at(tokens, i + 1), _at(tokens, i + 2)
            ytok = _at(tokens, i + 3)
            if (
                dash is not None
                and dash.text == "-"
                and second is not None
                and second.lower.rstrip(".") in N.MONTHS
                and second.text[:1].isupper()
                and ytok is not None
                and _YEAR.fullmatch(ytok.text)
            ):
                # "Jun-Aug 2026", "Jul - Sep 2025": the first month of a span takes its
                # year ("Dec-Feb 2026" starts in 2025).
                year = int(ytok.text) - (month > N.MONTHS[second.lower.rstrip(".")])
                return Mention(
                    "date", "date", (month, None, year), tok.start, tok.end, i0=i, i1=i + 1
                )
            if base in N.FULL_MONTHS and (
                base != "may"
                or _is_word(
                    _at(tokens, i - 1),
                    "in",
                    "of",
                    "since",
                    "until",
                    "early",
                    "late",
                    "mid",
                    "last",
                    "next",
                    "through",
                    "by",
                    "from",
                    "between",
                    "to",
                    "before",
                    "after",
                    "during",
                )
            ):
                return Mention(
                    "date", "date", (month, None, None), tok.start, tok.end, i0=i, i1=i + 1
                )
            return None

    paired = _paired_day(tokens, i)
    if paired is not None:
        return paired

    # Day before month: "14 June 2024"; "Mon 27 Jul", "14 Apr - 30 Jun 2025": a short
    # month, capitalised.
    if tok.kind == "num" and tok.text.isdigit() and 1 <= int(tok.text) <= 31:
        nxt = _at(tokens, i + 1)
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.lower in N.MONTHS
            and nxt.text[:1].isupper()
        ):
            year, end = None, i + 2
            ytok = _at(tokens, i + 2)
            if ytok is not None and ytok.kind == "num" and _YEAR.fullmatch(ytok.text):
                year, end = int(ytok.text), i + 3
            value = (N.MONTHS[nxt.lower], int(tok.text), year)
            return Mention("date", "date", value, tok.start, tokens[end - 1].end, i0=i, i1=end)

    # Clock times and race times.
    if tok.kind == "num" and (clock := _twenty_four_hour(tokens, i)) is not None:
        return Mention("number", "num", clock, tok.start, tok.end, "clock", i, i + 1)
    if tok.kind == "num" and (m := N.RACE_TIME.match(tok.text)):
        parts = [float(x) for x in m.group(1).split(":")]
        seconds = sum(v * 60**k for k, v in enumerate(reversed(parts)))
        return Mention("number", "num", seconds, tok.start, tok.end, "dur", i, i + 1)
    if tok.kind == "num" and (m := N.CLOCK.match(tok.text)):
        h, mi, s = int(m.group(1)), int(m.group(2)), m.group(3)
        nxt = _at(tokens, i + 1)
        if s is not None:
            # "5:30:09pm" is written as a finish time is in results: "17:30:09".
            pm = nxt is not None and _is_ampm(nxt)
            if pm:
                h = h % 12 + (12 if nxt.text.lower().startswith("p") else 0)  # type: ignore[union-attr]
            return Mention(
                "number",
                "num",
                float(h * 3600 + mi * 60 + int(s)),
                tok.start,
                nxt.end if pm else tok.end,  # type: ignore[union-attr]
                "dur",
                i,
                i + 1 + pm,
            )
        if nxt is not None and _is_ampm(nxt):
            h = h % 12 + (12 if nxt.text.lower().startswith("p") else 0)
            return Mention(
                "number", "num", float(h * 60 + mi), tok.start, nxt.end, "clock", i, i + 2
            )
        # No a.m./p.m.: "48:12" may also be minutes and seconds (raw marks it as bare).
        value = float(h * 60 + mi)
        return Mention("number", "num", value, tok.start, tok.end, "clock", i, i + 1, raw=value)

    if tok.kind == "word" and lw in N.MULTIPLIERS:
        return Mention("number", "num", N.MULTIPLIERS[lw], tok.start, tok.end, "x", i, i + 1)

    share = _fraction_at(tokens, i)
    if share is not None:
        return share
    ratio = _ratio_at(tokens, i)
    if ratio is not None:
        return ratio

    # Ordinals.
    if tok.kind == "num" and (m := N.ORDINAL_DIGITS.match(tok.text)):
        return Mention("number", "num", float(m.group(1)), tok.start, tok.end, "ord", i, i + 1)
    placed = _is_word(
        _at(tokens, i - 1), "to", "finished", "came", "placed", "ranked", "was", "were", "is"
    )
    ends = _at(tokens, i + 1) is None or tokens[i + 1].kind != "word"
    if lw in ("first", "second") and (
        _is_word(_at(tokens, i + 1), *N.ORDINAL_NOUNS) or (placed and ends)
    ):  # "second place", "fell to second,"
        value = 1.0 if lw == "first" else 2.0  # "first quarter", "second round"
        # "the first half": a half of a match, told from the minute of a goal too.
        unit = "half" if _is_word(_at(tokens, i + 1), "half") else "ord"
        return Mention("number", "num", value, tok.start, tok.end, unit, i, i + 1)
    if tok.kind == "word" and lw in N.ORDINAL_WORDS:
        return Mention(
            "number", "num", float(N.ORDINAL_WORDS[lw]), tok.start, tok.end, "ord", i, i + 1
        )

    # Money with a leading symbol.
    currency = None
    j = i
    if (leading := _currency_of(tok)) is not None:  # "$4m", "EUR 214m"
        nxt = _at(tokens, i + 1)
        if nxt is None or nxt.kind != "num":
            return None
        currency = leading
        j = i + 1
    elif tok.kind == "num" and (shared := _range_currency(tokens, i)):
        currency = shared  # "EUR 390m-420m": the second end of the range is euros too

    parsed = _number_at(tokens, j)
    if parsed is None:
        return None
    value, k, in_words = parsed
    if [t.lower for t in tokens[k : k + 3]] == ["and", "a", "half"]:
        value, k = value + 0.5, k + 3  # "two and a half years"

    # Scores and year ranges: "3-1", "2017-2022", "2024-25".
    dash = _at(tokens, k)
    if (
        not in_words
        and currency is None
        and dash is not None
        and dash.text in "-–/"
        and _glued(tokens[k - 1], dash)
    ):
        other = _at(tokens, k + 1)
        if (
            other is not None
            and other.kind == "num"
            and other.text.isdigit()
            and _glued(dash, other)
            # "2028/29", "2028/2029": a financial year, one year with its next
            and (dash.text != "/" or _next_year(tokens[j].text, other.text))
        ):
            if _YEAR.fullmatch(tokens[j].text):
                return Mention(
                    "date",
                    "year",
                    int(tokens[j].text),
                    tokens[j].start,
                    tokens[j].end,
                    i0=j,
                    # "2024-25" is one season; "2017-2022" goes on to a second year.
                    i1=k + 2 if len(other.text) == 2 or dash.text == "/" else j + 1,
                )
            if tokens[j].text.isdigit() and len(tokens[j].text) <= 3 and len(other.text) <= 3:
                a, b = int(tokens[j].text), int(other.text)
                unit, _, mult = _unit(tokens, k + 2)
                if unit is not None and unit not in ("clock", "ord"):
                    # A range, "4-5 percent", "10-15cm": two values sharing the unit.
                    return Mention(
                        "number", "num", a * mult, tok.start, tok.end, unit, i, k, raw=float(a)
                    )
                return Mention("number", "score", (a, b), tok.start, other.end, None, i, k + 2)
    # A vote written out: "by seven votes to four", "voted 31 to 8".
    votes = _is_word(_at(tokens, k), "votes", "vote")
    voted = _is_word(_at(tokens, i - 1), "voted") or (
        _is_word(_at(tokens, i - 1), "of", "was", "is", "went")
        and _is_word(_at(tokens, i - 2), "vote")
    )  # "a vote of 6 to 3", "the vote was 41 to 12"
    if (
        currency is None
        and (votes or voted)
        and _is_word(_at(tokens, k + votes), "to")
        and value == int(value)
    ):
        at = k + votes + 1
        second = _vote_count_at(tokens, at)
        if second is not None and second[0] == int(second[0]):
            end = second[1]
            score = (int(value), int(second[0]))
            return Mention("number", "score", score, tok.start, tokens[end - 1].end, VOTE, i, end)

    won = _won_by(tokens, i, k) if currency is None and value == int(value) else None
    if won is not None:  # "beat Isaac Thornbury by 49 to 44", "won by 118 points to 101"
        end, other = won
        return Mention(
            "number", "score", (int(value), other), tok.start, tokens[end - 1].end, None, i, end
        )

    tally = None
    if currency is None and value == int(value):
        tally = _tally(tokens, k) or _tally_after_for(tokens, i, k)  # or "For 6, against 1"
    if tally is not None:  # "7 for, 4 against", "nine in favour and three against"
        end, against = tally
        score = (int(value), against)
        return Mention("number", "score", score, tok.start, tokens[end - 1].end, VOTE, i, end)
    if currency is None and value == int(value) and _is_word(_at(tokens, k), "for"):
        # Bowling and batting figures: "took 4 for 39", "264 for seven".
        second = _number_at(tokens, k + 1) if k + 1 < len(tokens) else None
        if second is not None and second[0] == int(second[0]) and min(value, second[0]) <= 10:
            after = _at(tokens, second[1])
            if _unit(tokens, second[1])[0] is None and (
                after is None or after.kind != "word" or after.lower in STOPWORDS
            ):
                end = second[1]
                score = (int(value), int(second[0]))
                return Mention(
                    "number", "score", score, tok.start, tokens[end - 1].end, None, i, end
                )
    value, k = _scale(tokens, k, value, currency is not None)
    unit, k2, mult = _unit(tokens, k)
    if unit is None and dash is not None and dash.text == "-" and _glued(tokens[k - 1], dash):
        # "58-year-old", "three-hour", "10-day".
        u, k3, m3 = _unit(tokens, k + 1)
        if (
            u == "year"
            and _at(tokens, k3) is not None
            and tokens[k3].text == "-"
            and _is_word(_at(tokens, k3 + 1), *_OLD)
        ):
            return Mention("number", "num", value, tok.start, tokens[k3 + 1].end, "age", i, k3 + 2)
        if u is not None and u not in ("pct", "clock"):
            unit, k2, mult = u, k3, m3
    if currency is not None:
        if unit in N.CURRENCY_WORDS.values():
            currency = unit
        return Mention(
            "number",
            "num",
            value,
            tok.start,
            tokens[k2 - 1].end if unit == currency else tokens[k - 1].end,
            currency,
            i,
            k2 if unit == currency else k,
        )
    if unit == "dur":
        total = value * mult
        end = k2
        while True:  # "2 hours, 6 minutes and 31 seconds"
            p = end
            while _at(tokens, p) is not None and (
                tokens[p].text == "," or tokens[p].lower == "and"
            ):
                p += 1
            nxt = _number_at(tokens, p) if p < len(tokens) else None
            if nxt is None:
                break
            u, q, m2 = _unit(tokens, nxt[1])
            if u != "dur" or m2 >= mult:
                break
            total += nxt[0] * m2
            mult, end = m2, q
        raw = value if end == k2 else None
        return Mention(
            "number", "num", total, tok.start, tokens[end - 1].end, "dur", i, end, raw=raw
        )
    if unit == "clock":
        h = int(value) % 12 + (12 if tokens[k2 - 1].text.lower().startswith("p") else 0)
        minutes = 0
        if re.fullmatch(r"\d{1,2}\.\d\d", tokens[j].text):  # "9.40 a.m.": British style
            minutes = int(tokens[j].text[-2:])
        return Mention(
            "number", "num", float(h * 60 + minutes), tok.start, tokens[k2 - 1].end, "clock", i, k2
        )
    if unit is None and not in_words and _YEAR.fullmatch(tokens[j].text) and k == j + 1:
        return Mention("date", "year", int(value), tok.start, tok.end, i0=i, i1=k)
    if unit is None and _is_word(_at(tokens, i - 1), "aged", "age"):
        unit = "age"
    if unit is None and not in_words and _apposition_age(tokens, i, k, value):
        unit = "age"  # "Whitcombe, 19, also won"
    joined = [t.lower for t in tokens[k2 : k2 + 1]] == ["and"]
    if unit == "year" and (joined or (_at(tokens, k2) is not None and tokens[k2].kind == "num")):
        at = k2 + joined
        months = _number_at(tokens, at) if at < len(tokens) else None
        if months is not None and _is_word(_at(tokens, months[1]), "months", "month"):
            # "11 years and 6 months": 11.5 years; "4 years 5 months" too
            value, k2 = value + months[0] / 12, months[1] + 1
    if unit in _PARTS and _at(tokens, k2) is not None and tokens[k2].kind == "num":
        # "18lb 6oz", "18 lb 6 oz", "6ft 2in": one measure in two units.
        small, ratio = _PARTS[unit]
        part = _number_at(tokens, k2)
        if part is not None and _is_word(_at(tokens, part[1]), *small):
            value, k2 = value + part[0] / ratio, part[1] + 1
    if unit is not None:
        end = tokens[k2 - 1].end if k2 > k else tokens[k - 1].end
        return Mention(
            "number", "num", value * mult, tok.start, end, unit, i, max(k, k2), raw=value
        )
    return Mention("number", "num", value, tok.start, tokens[k - 1].end, None, i, k, raw=value)


# The smaller unit a measure may go on in, and how many of it make one of the larger.
_PARTS = {"lb": (("oz", "ounce", "ounces"), 16), "ft": (("in", "inch", "inches"), 12)}

_COMPARATIVES = (
    "less", "more", "fewer", "lower", "higher", "smaller", "bigger", "larger", "above", "below",
)  # fmt: skip


VOTE = "vote"  # the unit of a score told as a vote: "by seven votes to two", "7 for, 2 against"


def _tally(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """After a count at ``k``: "for, 4 against" / "in favour and 3 against" -> (end, 4)."""
    k += _is_word(_at(tokens, k), "votes", "vote")  # "6 votes for, 2 against"
    words = [t.lower for t in tokens[k : k + 3]]
    if words[:1] == ["for"]:
        j = k + 1
    elif words[:2] in (["in", "favour"], ["in", "favor"]):
        j = k + 2
    else:
        return None
    while _at(tokens, j) is not None and (tokens[j].text == "," or tokens[j].lower == "and"):
        j += 1
    second = _number_at(tokens, j) if j < len(tokens) else None
    if second is None or second[0] != int(second[0]):
        return None
    if not _is_word(_at(tokens, second[1]), "against"):
        return None
    return second[1] + 1, int(second[0])


def _vote_count_at(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    """The other side's count of a vote: a number, or "one" ("voted six to one"), which
    elsewhere is too ambiguous to be one."""
    if _is_word(_at(tokens, i), "one"):
        return (1.0, i + 1, True)
    return _number_at(tokens, i) if i < len(tokens) else None


# Verbs of a match's result and what its sides' counts may be: "beating Marcus Tait 17
# points to 12", "won the first frame, by 4,620 to 3,980".
_RESULT_VERBS = {
    "beat", "beats", "beating", "won", "win", "wins", "winning", "defeated", "defeats",
    "defeating", "edged", "edging", "overcame", "pipped", "lost", "loses", "losing",
}  # fmt: skip
_SIDE_NOUNS = {"point", "points", "frames", "games", "shots", "legs", "chalks"}
RESULT_REACH = 8  # "beat tree surgeon Marek Szulc, 29, by 52 points to 47"


def _won_by(tokens: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """A result written out after a verb of winning or losing: (end, other side) for
    the count at ``i`` ending at ``k`` ("by 49 to 44"), not a change ("losing the lane
    from 6 to 17") nor a side of a score already ("2-17 to 1-9")."""
    before = _at(tokens, i - 1)
    if before is not None and (before.lower == "from" or before.text in ("-", "–")):
        return None
    if not any(t.lower in _RESULT_VERBS for t in tokens[max(0, i - RESULT_REACH) : i]):
        return None
    j = k + _is_word(_at(tokens, k), *_SIDE_NOUNS)
    if not _is_word(_at(tokens, j), "to") or j + 1 >= len(tokens):
        return None
    second = _number_at(tokens, j + 1)
    if second is None or second[0] != int(second[0]):
        return None
    after = _at(tokens, second[1])
    if after is not None and (after.text in ("-", "–") or _unit(tokens, second[1])[0] is not None):
        return None
    return second[1], int(second[0])


def _tally_after_for(tokens: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """Minutes' record of a vote, the count after its side: "For 6, against 1",
    "For: 9; Against: 2" -> (end, against), for the count at ``i`` ending at ``k``."""
    j = i - 1 - (_at(tokens, i - 1) is not None and tokens[i - 1].text == ":")
    if j < 0 or not _is_word(_at(tokens, j), "for"):
        return None
    while _at(tokens, k) is not None and tokens[k].text in (",", ";", "and", "."):
        k += 1
    if not _is_word(_at(tokens, k), "against"):
        return None
    k += 1 + (_at(tokens, k + 1) is not None and tokens[k + 1].text == ":")
    second = _number_at(tokens, k) if k < len(tokens) else None
    if second is None or second[0] != int(second[0]):
        return None
    return second[1], int(second[0])


# What "more than half" may be followed by when it is a share of something.
_WHOLES = {"the", "their", "its", "his", "her", "our", "them", "these", "those", "all"}
_SHARE_HEDGES = ("than", "nearly", "almost", "about", "around", "roughly", "just", "over", "under")


_TO_COME = ("to", "will", "would", "could", "may", "might")


def _ratio_at(tokens: list[Token], i: int) -> Mention | None:
    """ "twice as many", "twice the floor space", "the number would need to double": a
    ratio of two quantities, as "doubled" is (not "twice a week", "won it twice").

    ("Half as many again" stays unread: it is mostly worked out in two steps, from "two
    metres wider" and the width, which the check cannot follow.)"""
    tok = tokens[i]
    after, then = _at(tokens, i + 1), _at(tokens, i + 2)
    # ("scored twice as Dunmore Rovers beat Kelso": "as" a conjunction.)
    compared = then is not None and then.kind == "word" and then.text.islower()
    twice = tok.lower == "twice" and (
        _is_word(after, "the") or (_is_word(after, "as") and compared)
    )
    if not (twice or (tok.lower == "double" and _is_word(_at(tokens, i - 1), *_TO_COME))):
        return None
    return Mention("number", "num", 2.0, tok.start, tok.end, "x", i, i + 1)


CHANGE_SIZES = ("rise", "increase", "cut", "fall", "drop", "reduction", "decrease", "jump")


def sizes_a_change(tokens: list[Token], i: int) -> bool:
    """Whether the share at ``i`` is told as the size of a change: "a rise of" half."""
    return _is_word(_at(tokens, i - 1), "of") and _is_word(_at(tokens, i - 2), *CHANGE_SIZES)


def _fraction_at(tokens: list[Token], i: int) -> Mention | None:
    """'two-fifths', 'three quarters of', 'a third of', 'half of', 'one in five': a share,
    as a percentage. A singular fraction needs "of" ("a third consecutive win" is none)."""
    tok = tokens[i]
    lw = tok.lower
    count = 1 if lw in ("a", "one") else N.SMALL_NUMBERS.get(lw)
    if tok.kind == "num" and tok.text.isdigit():
        count = int(tok.text)
    if count is None or not 0 < count < 10:
        # "half of them", "more than half the cost", "cut by half" (not "half a million",
        # nor "less than half last year's crop", "fewer than half as many": ratios).
        hedged = _is_word(_at(tokens, i - 1), *_SHARE_HEDGES)
        by = _is_word(_at(tokens, i - 1), "by") or _is_word(_at(tokens, i - 3), "by")
        by = by or sizes_a_change(tokens, i)  # ("a rise of half")
        after = _at(tokens, i + 1)
        if (
            lw == "half"
            and not _is_word(after, "a", "an")
            and (
                _is_word(after, "of")
                or by
                or (hedged and (after is None or after.kind != "word" or after.lower in _WHOLES))
            )
        ):
            return Mention(
                "number", "num", 50.0, tok.start, tok.end, "pct", i, i + 1, fraction=True
            )
        return None
    j = i + 1
    nxt = _at(tokens, j)
    hyphen = nxt is not None and nxt.text == "-" and _glued(tok, nxt)
    if hyphen:
        j += 1
        nxt = _at(tokens, j)
    if nxt is not None and nxt.kind == "word" and nxt.lower in N.FRACTIONS:
        plural = nxt.lower.endswith("s")
        if count > 1 and not plural:
            return None
        follows = _at(tokens, j + 1)
        # "a fifth less", "grew by a third", "by almost a quarter"
        by = _is_word(_at(tokens, i - 1), "by") or _is_word(_at(tokens, i - 2), "by")
        # "fewer than a third succeeded", "nearly a quarter": a hedged share.
        hedged = lw == "a" and _is_word(_at(tokens, i - 1), *_SHARE_HEDGES)
        # "a reduction of £62,000, or a fifth": a figure told again as a share.
        restated = lw == "a" and _is_word(_at(tokens, i - 1), "or")
        # "a rise of a third", "a cut of a quarter": the size of a change, as a share.
        sized = lw == "a" and sizes_a_change(tokens, i)
        said = hyphen or plural or by or hedged or restated or sized
        said = said or _is_word(follows, "of", *_COMPARATIVES)
        if (lw == "a" and hyphen) or not said:
            return None
        share = 100.0 * count / N.FRACTIONS[nxt.lower]
        return Mention("number", "num", share, tok.start, nxt.end, "pct", i, j + 1, fraction=True)
    if nxt is not None and nxt.lower == "in" and not hyphen:  # "one in five adults"
        out_of = _at(tokens, j + 1)
        whole = N.SMALL_NUMBERS.get(out_of.lower) if out_of is not None else None
        if out_of is not None and out_of.kind == "num" and out_of.text.isdigit():
            whole = int(out_of.text)
        if whole is not None and count < whole <= 10 and lw != "a":
            share = 100.0 * count / whole
            end = out_of.end
            return Mention("number", "num", share, tok.start, end, "pct", i, j + 2, fraction=True)
    return None


def _apposition_age(tokens: list[Token], i: int, k: int, value: float) -> bool:
    before, name, after = _at(tokens, i - 1), _at(tokens, i - 2), _at(tokens, k)
    return (
        0 < value < 120
        and before is not None
        and before.text == ","
        and name is not None
        and name.kind == "word"
        and name.text[:1].isupper()
        # "Whitcombe, 19, also won"; "the yacht of Ray Gallimore, 63." (Not a list's
        # line: "Most 180s: Ryan Thwaite, 9".)
        and after is not None
        and after.text in ",)."
    )


def find_values(tokens: list[Token], source: bool = False) -> list[Mention]:
    """Numbers and dates in one sentence's tokens, left to right, non-overlapping.

    In a source, "both" also counts as two: writers turn "both hikers" into "the two".
    """
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        m = _age_band(tokens, i)
        skip = (
            _code_number(tokens, i)
            or _house_number(tokens, i)
            or _cut_in_two(tokens, i)
            or _ordinal_of_a_name(tokens, i)
        )
        if m is None and not (skip or (source and _section_number(tokens, i))):
            m = _value_at(tokens, i)
        if m is None and source and tokens[i].lower == "both":
            t = tokens[i]
            m = Mention("number", "num", 2.0, t.start, t.end, None, i, i + 1, raw=2.0)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = max(m.i1, i + 1)
    return out


CLAUSE_BREAKS = set(",;:()—–")
RANGE_WORDS = {"to", "and", "or", "-", "–"}
SUBORDINATORS = {
    "before", "after", "when", "while", "as", "but", "although", "though", "because",
    "since", "until", "whereas", "with", "where", "which", "who",
}  # fmt: skip


def clause_stems(
    tokens: list[Token],
    i0: int,
    i1: int,
    sorts: Mapping[int, tuple[str, str | None]] | None = None,
) -> frozenset[str]:
    """Content stems of the clause holding tokens [i0, i1) (see ``clause_bounds``)."""
    a, b = clause_bounds(tokens, i0, i1, sorts)
    sorts = sorts or {}
    # "2 hours, 24 minutes": the words of a duration are its format, not what it is about.
    return content_stems([tokens[x] for x in range(a, b) if sorts.get(x) != ("num", "dur")])


def clause_bounds(
    tokens: list[Token],
    i0: int,
    i1: int,
    sorts: Mapping[int, tuple[str, str | None]] | None = None,
) -> tuple[int, int]:
    """The first and past-the-last token of the clause holding tokens [i0, i1).

    A list of values of one sort ("6-4, 3-6, 7-5") is one clause: a comma between two of
    them doesn't end it ("2:07:45, 12 seconds in front of Roth" is two clauses).
    """
    sorts = sorts or {}

    def listed(x: int, y: int) -> bool:
        sort = sorts.get(x)
        return sort is not None and sort == sorts.get(y) and sort[1] in (None, "ord", "pct")

    a = i0
    if a > 0 and tokens[a - 1].text == "(":
        a -= 1  # "Mara Ellery (2:24:59)": a bracketed value is about what comes before it
    while a > 0 and (tokens[a - 1].text not in CLAUSE_BREAKS or listed(a - 2, a)):
        a -= 1
    if a > 1 and tokens[a].lower in ("who", "which", "whose"):
        a -= 1  # "champion Mara Ellery, who clocked 2:24:59": about Mara Ellery
        while a > 0 and tokens[a - 1].text not in CLAUSE_BREAKS:
            a -= 1
    b = i1
    while b < len(tokens) and (tokens[b].text not in CLAUSE_BREAKS or listed(b - 1, b + 1)):
        b += 1
    return a, b


# Hedges before a value: the sources' figure may differ a little, in the stated direction.
HEDGES = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "approx": "about", "nearly": "under", "almost": "under",
}  # fmt: skip
_LABEL_HEDGES = {*HEDGES, "more", "less", "fewer", "than", "over", "under", "up", "to"}
HEDGE_PAIRS = {
    ("more", "than"): "over", ("just", "over"): "over", ("less", "than"): "under",
    ("just", "under"): "under", ("close", "to"): "under", ("fewer", "than"): "under",
    ("well", "over"): "over", ("well", "under"): "under", ("little", "over"): "over",
    ("little", "under"): "under", ("slightly", "over"): "over",
    ("slightly", "under"): "under",
}  # fmt: skip


def hedge_before(tokens: list[Token], i0: int) -> str | None:
    """'about 1,200', 'nearly three decades', 'more than 200': how the value is hedged."""
    return _hedge(tokens, i0)[0]


def hedge_width(tokens: list[Token], i0: int) -> int:
    """How many words the hedge before a value takes: 2 for "more than 200"."""
    return _hedge(tokens, i0)[1]


def _hedge(tokens: list[Token], i0: int) -> tuple[str | None, int]:
    one, two = _at(tokens, i0 - 1), _at(tokens, i0 - 2)
    if one is None or one.kind != "word":
        return None, 0
    if two is not None and (two.lower, one.lower) in HEDGE_PAIRS:
        return HEDGE_PAIRS[(two.lower, one.lower)], 2
    hedge = HEDGES.get(one.lower)
    return hedge, int(hedge is not None)


def noun_after(tokens: list[Token], i1: int) -> str | None:
    """The counted thing of a bare number: "26 rescuers" (so it can't stand for 26 hours)."""
    nxt = _at(tokens, i1)
    if nxt is None or nxt.kind != "word" or nxt.lower in STOPWORDS or nxt.lower in DIRECTION_WORDS:
        return None
    after = _at(tokens, i1 + 1)
    if without_possessive(nxt.lower) != nxt.lower and after is not None and after.kind == "word":
        return stem(after.text)  # "14 children's centres" counts centres
    return stem(nxt.text)


def noun_of_the_rival(tokens: list[Token], i0: int) -> str | None:
    """The counted thing a possessive's bare figure shares with the figure it is set
    against: "38 points to Mrs Tillbrook's 31" (her 31 points)."""
    k = i0 - 1
    last = _at(tokens, k)
    if last is not None and last.lower == "on" and (name := _at(tokens, k - 1)) is not None:
        # "with 1,276 points, ahead of Northmoor Skip Club on 1,140 and Hebdon Hoppers on
        # 987": the points of the figure the names are ranked against.
        if name.kind == "word" and name.text[:1].isupper():
            return _noun_ranked_against(tokens, k - 1)
        return None
    if last is None or without_possessive(last.text) == last.text:
        return None
    while (
        k > 0
        and tokens[k].kind == "word"
        and (tokens[k].text[:1].isupper() or tokens[k].lower in HONORIFIC_WORDS)
    ):
        k -= 1
    noun, figure = _at(tokens, k - 1), _at(tokens, k - 2)
    if k == i0 - 1 or tokens[k].lower != "to" or noun is None or figure is None:
        return None
    if noun.kind != "word" or noun.lower in STOPWORDS or figure.kind != "num":
        return None
    return stem(noun.text)


def _noun_ranked_against(tokens: list[Token], k: int) -> str | None:
    """The counted thing of the figure a results sentence ranks names against, back
    from ``k`` past "ahead of" ("won with 1,276 points, ahead of ..."), when it has one."""
    seen_ahead = False
    for j in range(k, max(-1, k - RANKED_REACH), -1):
        t = tokens[j]
        if t.text in (";", ":", "."):
            return None
        seen_ahead |= t.lower in ("ahead", "behind", "beating", "beat")
        if t.kind == "num" and seen_ahead:
            noun = _at(tokens, j + 1)
            if noun is not None and noun.kind == "word" and noun.lower not in STOPWORDS:
                return stem(noun.text)
            return None
    return None


RANKED_REACH = 16  # tokens back from "Hebdon Hoppers on 987" to "1,276 points, ahead of"


def lead_word(tokens: list[Token], i0: int, date: bool = False) -> str | None:
    """ "to 19%" / "from 21%"; for a date, the end it marks of a period: "until November
    13" and "closes on 13 November" end one, "opens on 5 October" starts it."""
    k = i0 - 1
    if date and (day := _at(tokens, k)) is not None and day.lower in N.FULL_WEEKDAYS:
        k -= 1  # "from Monday 3 January 2033"
    before = _at(tokens, k)
    if before is not None and before.kind == "word" and before.lower in ("to", "from", "by"):
        return before.lower
    if not date or before is None or before.kind != "word":
        return None
    if before.lower == "on" and (verb := _at(tokens, k - 1)) is not None:
        before = verb
    return _PERIOD_ENDS.get(before.lower)


def period_end_word(word: str) -> str | None:
    """The end of a period a word sets a date at ("until": "to", "opens": "from"), as a
    table's column header ends with it: "Closed from", "Closed until"."""
    return word if word in ("to", "from") else _PERIOD_ENDS.get(word)


# Words setting a date at one end of a period: "open until 13 November", "opens on 5 October".
_PERIOD_ENDS = {
    "until": "to", "till": "to", "closes": "to", "ends": "to", "closing": "to", "close": "to",
    "opens": "from", "starts": "from", "begins": "from", "opening": "from",
}  # fmt: skip
# The verbs of those that end a period: "the appeal closes on Friday 30 October".
CLOSING_VERBS = frozenset(w for w, end in _PERIOD_ENDS.items() if end == "to") - {"until", "till"}


def _band_end(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a number glued to a plural "s" ending an age band: "16s"."""
    tok, nxt = tokens[i], _at(tokens, i + 1)
    return _band_number(tok) and nxt is not None and nxt.lower == "s" and _glued(tok, nxt)


def _band_number(tok: Token | None) -> bool:
    return tok is not None and tok.kind == "num" and tok.text.isdigit() and len(tok.text) <= 2


_NOT_BANDS = {"just", "well", "only", "slightly", "a", "little"}  # "just over 12": a hedge
# "in her 80s", "in their late 70s", "mid-30s": an age, not 80 seconds.
_DECADE_OPENERS = {"their", "his", "her", "mid", "late", "early"}


def _band_open(tokens: list[Token], i: int) -> int | None:
    """Where the words opening an age limit ending at tokens[i] start: "under-16",
    "over 60", "U12", "under the age of 10"."""
    one = _at(tokens, i - 1)
    if one is not None and one.lower == "u" and _glued(one, tokens[i]):
        return i - 1
    k = i - 2 if one is not None and one.text == "-" and _glued(one, tokens[i]) else i - 1
    if [t.lower for t in tokens[max(0, i - 3) : i]] == ["the", "age", "of"]:
        k = i - 4  # "children under the age of 10"
    opener, before = _at(tokens, k), _at(tokens, k - 1)
    if k < 0 or opener is None or opener.lower not in ("under", "over"):
        return None
    if k == i - 2 and not _glued(opener, one):
        return None
    return k if before is None or before.lower not in _NOT_BANDS else None


_PEOPLE_WORDS = {"aged", "people", "children", "those", "anyone", "everyone", "men", "women"}


def _people_word(tok: Token) -> bool:
    """ "visitors under 26", "aged over 65": who an age limit is about."""
    lw = tok.lower
    return tok.kind == "word" and (
        lw in _PEOPLE_WORDS or (len(lw) > 3 and lw.endswith("s") and not lw.endswith("ss"))
    )


def _age_band(tokens: list[Token], i: int) -> Mention | None:
    """An age group or limit: "under-16s", "Under-8s", "U12s", both ends of "8 to 12s",
    "visitors under 26", "in her 80s".

    Its own sort of value ("band"): the 8 of "the under-8s" is no count of eight, nor
    eight seconds, and no code ("COVID-19")."""
    tok = tokens[i]
    if not _band_number(tok):
        return None
    one, nxt = _at(tokens, i - 1), _at(tokens, i + 1)
    if (end := _plus_band(tokens, i)) is not None:
        return Mention("number", "num", float(tok.text), tok.start, tokens[end - 1].end, "band",
                       i, end)  # fmt: skip
    opener = _band_open(tokens, i)
    if _band_end(tokens, i):
        ranged = one is not None and one.lower in RANGE_WORDS and _band_number(_at(tokens, i - 2))
        decade = one is not None and one.lower in _DECADE_OPENERS
        if opener is None and not ranged and not decade:
            return None
        return Mention("number", "num", float(tok.text), tok.start, tokens[i + 1].end, "band",
                       i, i + 2)  # fmt: skip
    if nxt is not None and nxt.lower in RANGE_WORDS and _band_end(tokens, i + 2):
        return Mention("number", "num", float(tok.text), tok.start, tok.end, "band", i, i + 1)
    if opener is None:
        return None
    if (
        nxt is not None
        and nxt.kind == "word"
        and (_glued(tok, nxt) or _bare_unit(tokens, i + 1)[0])
    ):
        return None  # "under-70kg", "under 50 metres"
    who = _at(tokens, opener - 1)
    if who is not None and who.lower in _COPULAS and opener >= 2:
        # "foster carers are over 60" (not "prices were over 60")
        subject = tokens[opener - 2].lower
        who = tokens[opener - 2] if subject.endswith(_PEOPLE_ENDINGS) else None
    limit = (one is not None and one.text == "-") or tokens[opener].lower == "u"
    # A category of a list or a table: "Categories: under 8; 8 to 11", "Under 8   38".
    limit |= (opener == 0 or tokens[opener - 1].text in (":", ";")) and (
        nxt is None or nxt.kind != "word"
    )
    # "visitors under 26", "juniors (under 16)"; not "14 marks over 90 sections".
    limit |= (
        who is not None
        and (_people_word(who) or who.text == "(")
        and not (nxt is not None and nxt.lower not in STOPWORDS and _people_word(nxt))
    )
    if not limit:
        return None
    return Mention("number", "num", float(tok.text), tok.start, tok.end, "band", i, i + 1)


# Words around an age group written "40+": "Veteran Women 40+", "the men's 60+ category".
_PLUS_BAND_BEFORE = {
    "veteran", "veterans", "masters", "women", "men", "women's", "men's", "ladies", "boys",
    "girls", "over", "aged", "age",
}  # fmt: skip
_PLUS_BAND_AFTER = {
    "category", "race", "class", "group", "division", "section", "age", "final", "event",
}  # fmt: skip


def _plus_band(tokens: list[Token], i: int) -> int | None:
    """Where an age group written "40+" or "40-plus" ends, when the number at ``i`` opens
    one (not "40+ people")."""
    plus, one = _at(tokens, i + 1), _at(tokens, i - 1)
    if plus is None or not _glued(tokens[i], plus):
        return None
    if plus.text == "+":
        end = i + 2
    elif plus.text == "-" and (word := _at(tokens, i + 2)) and word.lower == "plus":
        end = i + 3
    else:
        return None
    after = _at(tokens, end)
    if (one is not None and one.lower.replace("’", "'") in _PLUS_BAND_BEFORE) or (
        # (or a table's cell of its own, "60+ | 18 |" under "Age group")
        after is not None and (after.lower in _PLUS_BAND_AFTER or after.text == "|")
    ):
        return end
    return None


_COPULAS = {"is", "are", "was", "were"}
_PEOPLE_ENDINGS = ("ers", "ents", "ors", "ists", "ians", "people", "children")


def _code_number(tokens: list[Token], i: int) -> bool:
    """Digits that belong to a name or code: "A19", "Aurelis-2", "COVID-19"."""
    tok, prev = tokens[i], _at(tokens, i - 1)
    if tok.kind != "num" or prev is None or not _glued(prev, tok):
        return False
    if prev.kind == "word":
        return True
    word = _at(tokens, i - 2)
    return (
        prev.text == "-"
        and word is not None
        and word.kind == "word"
        and _glued(word, prev)
        and word.text[:1].isupper()
    )


_STREETS = {
    "lane", "road", "street", "avenue", "close", "way", "drive", "crescent", "terrace",
    "place", "row", "square", "walk", "gardens", "grove", "mews", "parade",
}  # fmt: skip


def _house_number(tokens: list[Token], i: int) -> bool:
    """ "14 Church Lane", "27 Orchard Terrace": a house number, part of an address."""
    tok, street = tokens[i], _at(tokens, i + 1)
    if tok.kind != "num" or not re.fullmatch(r"\d{1,4}[a-z]?", tok.text) or street is None:
        return False
    kind = _at(tokens, i + 2)
    return (
        street.kind == "word"
        and street.text[:1].isupper()
        and kind is not None
        and kind.text[:1].isupper()
        and kind.lower in _STREETS
    )


_SPLITTING = {
    "cut", "cuts", "cutting", "split", "splits", "splitting", "divide", "divides", "divided",
    "dividing", "break", "breaks", "broke", "broken", "snap", "snaps", "snapped", "tear",
    "tore", "torn", "sawn", "sawed", "chopped", "sliced", "cleave", "cleaved", "cleft",
}  # fmt: skip
SPLIT_REACH = 5  # "cut their community in two": the verb's words before "in"


# Capitalised words after which an ordinal is still a rank: "Third Place", "Fifth Round".
_RANK_NOUNS = {*N.ORDINAL_NOUNS, "prize", "time", "year", "day", "week", "month", "lap", "heat",
               "test", "edition", "century", "floor", "grade", "row", "class", "team"}  # fmt: skip


def _ordinal_of_a_name(tokens: list[Token], i: int) -> bool:
    """ "of Sixth Step", "(Sixth Step)": an ordinal word inside a sentence opening a
    name, no rank (one opening a line is: "Ninth Carrow Vale Harp Festival unveils");
    nor is a school's "sixth form"."""
    tok, nxt, before = tokens[i], _at(tokens, i + 1), _at(tokens, i - 1)
    if tok.lower in N.ORDINAL_WORDS and nxt is not None and nxt.lower == "form":
        return True
    return (
        tok.kind == "word"
        and tok.text[:1].isupper()
        and tok.lower in N.ORDINAL_WORDS
        and before is not None
        and (before.kind == "word" or before.text in ("(", ","))
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].isupper()
        and not _cells_apart(tok, nxt)
        and nxt.lower.rstrip("s") not in _RANK_NOUNS
        and nxt.lower not in N.MONTHS
        and nxt.lower not in N.FULL_WEEKDAYS
    )


def _cut_in_two(tokens: list[Token], i: int) -> bool:
    """ "would cut their community in two": an idiom for split, no count of anything
    (unlike "split into two wards")."""
    if tokens[i].lower != "two" or i < 2 or tokens[i - 1].lower != "in":
        return False
    nxt = _at(tokens, i + 1)
    if nxt is not None and nxt.kind == "word" and nxt.lower not in ("and", "or", "but"):
        return False
    return any(t.lower in _SPLITTING for t in tokens[max(0, i - 1 - SPLIT_REACH) : i - 1])


def _section_number(tokens: list[Token], i: int) -> bool:
    """ "2.1 Applicants on the waiting list": a report's paragraph number, not a figure."""
    tok, nxt = tokens[i], _at(tokens, i + 1)
    return (
        i == 0
        and tok.kind == "num"
        and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", tok.text) is not None
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].isupper()
    )


LABEL_BRACKET = 24  # tokens a bracket closing a label may hold ("(beer, cider, hall hire)")


def _label_before(tokens: list[Token], colon: int, taken: set[int]) -> set[str]:
    """Content stems of the label of a "Label: value" pair, back to the previous break.

    A date inside the label qualifies it ("on the list at 31 March 2026: 2,214"); a
    bracket closing it is read past ("Mature applicants (aged 21 and over): 88,150")."""
    out: set[str] = set()
    k, words = colon - 1, 0
    if k >= 0 and tokens[k].text == ")":
        opening = next(
            (j for j in range(k - 1, max(-1, k - LABEL_BRACKET), -1) if tokens[j].text == "("), None
        )
        if opening is not None:
            # Its words describe the value too: "Weekend 2 (14-15 February, half-term)".
            out |= {
                stem(t.text)
                for j, t in enumerate(tokens[opening + 1 : k], start=opening + 1)
                if j not in taken and t.kind == "word" and t.lower not in STOPWORDS
            }
            k, colon = opening - 1, opening
    while k >= 0 and words < 4 and colon - k <= 10:
        if tokens[k].text in BOUNDARY_PUNCT and (tokens[k].text != "," or words):
            break  # (past a comma after figures only: "Standard stall, 6 to 12 square metres")
        if (
            k not in taken
            and tokens[k].kind == "word"
            and tokens[k].lower not in STOPWORDS
            and tokens[k].lower not in RANGE_WORDS | DIRECTION_WORDS  # "up to 6 square metres"
        ):
            out.add(stem(tokens[k].text))
            words += 1
        k -= 1
    return out


_DATE_PREPOSITIONS = {"on", "by", "from", "until", "before"}


NOTE_WORDS = 3  # words a note in brackets between a value and its words may hold


def _opening_bracket(tokens: list[Token], k: int) -> int | None:
    """The "(" of the short note in brackets closed at token ``k``: "(Fleece)"."""
    for j in range(k - 1, max(-1, k - 1 - NOTE_WORDS), -1):
        if tokens[j].text == "(":
            return j
        if tokens[j].text in (")", ",", ";", ":"):
            return None
    return None


def local_context(
    tokens: list[Token], i0: int, i1: int, taken: set[int], width: int = 3
) -> frozenset[str]:
    """Content stems near a value, stopping at clause breaks and at other values."""
    stems: set[str] = set()
    for direction, start in ((-1, i0 - 1), (1, i1)):
        k, words, steps = start, 0, 0
        while 0 <= k < len(tokens) and words < width and steps < 2 * width:
            steps += 1
            t = tokens[k]
            if (
                t.text in RANGE_WORDS
                and k - direction in taken | {i0 - 1, i1}
                and k + direction in taken
            ):
                # "aged 19 to 62", "between 4% and 5%", "the 12th and 67th minutes":
                # the two values share what surrounds the pair.
                k += direction
                while k in taken:
                    k += direction
                continue
            if (
                direction < 0
                and t.text == ","
                and k < i0 - 1
                and all(tokens[q].lower in _DATE_PREPOSITIONS for q in range(k + 1, i0))
            ):
                # "to the next meeting, on 20 April": the comma only sets the date apart.
                k += direction
                continue
            if (
                direction < 0
                and t.text == ","
                and k == i0 - 1
                and k > 0
                and tokens[k - 1].lower in N.FULL_WEEKDAYS
            ):
                # "published on Wednesday, June 10": the weekday is the date's own.
                k -= 2
                continue
            if (
                direction < 0
                and k == i0 - 1
                and t.lower == "of"
                and k - 1 in taken
                and k > 1
                and tokens[k - 2].text == ":"
            ):
                # "Members entering: 38 of 61": the whole is of the label's things, not
                # of what it says the part did, its last word ("Commercial permits
                # issued: 34 of 40", "Tickets sold: 1,702 of 1,944").
                label = _label_before(tokens, k - 2, taken)
                if len(label) > 1:
                    stems |= label - {stem(tokens[k - 3].text)}
                break
            if (
                direction < 0
                and t.text == ","
                and k < i0 - 1
                and tokens[k + 1].lower in _PRICING
                and all(tokens[q].lower == "at" for q in range(k + 2, i0))
            ):
                # "The netting, costing £11,800, will": the figure is the netting's.
                k += direction
                continue
            if direction < 0 and k == i0 - 1 and t.text in ("(", ")"):
                # "Four-dog rig (4.8km, two runs)": a bracketed value is about the words
                # before it; "beat Marcia Feeney (Fleece) 121-98": a note in brackets
                # right before a value stands between it and its words.
                opening = k if t.text == "(" else _opening_bracket(tokens, k)
                if opening is not None:
                    k = opening - 1
                    continue
            if (
                direction > 0
                and k == i1
                and k in taken
                and not tokens[k].text[:1].isupper()  # ("38:20" ending a line, "Two-dog" next)
                and k + 2 < len(tokens)
                and tokens[k + 1].text == "-"
                and tokens[k + 2].kind == "word"
            ):
                # "15 three-member wards": the compound says what kind, the noun is still
                # the first figure's.
                k += 2
                continue
            if k in taken or t.text in BOUNDARY_PUNCT:
                if (
                    direction < 0
                    and t.text == ":"
                    and all(tokens[q].lower in _LABEL_HEDGES for q in range(k + 1, i0))
                ):
                    # ("Children eligible: about 9,400": a hedge between them)
                    # "Crews starting: 146", "Turnout: 64%": a label is the value's context.
                    stems |= _label_before(tokens, k, taken)
                break
            if direction > 0 and k + 1 in taken and k != i1:
                break  # "from 180,000 tonnes to 260,000": "to" introduces the next value
            if direction < 0 and k - 1 in taken and k - 1 not in range(i0, i1):
                break  # "16 volunteers six weeks": the noun after a value is that value's
            if (
                direction > 0
                and words
                and t.lower in SUBORDINATORS
                and not (t.lower in ("who", "that") and k == i1 + 1)
            ):
                # "67th minutes before defender Kofi Mensah": another event (but "1,148
                # people who responded" says what its noun counts)
                break
            # A linking word ends the context ("87,600 last year and the highest since");
            # "54% of the vote to Haddad's 41%": so does a direction word followed closely
            # by another value.
            if t.kind == "word" and (
                t.lower in BOUNDARY_WORDS
                or (
                    direction > 0
                    and t.lower in DIRECTION_WORDS
                    and any(q in taken for q in range(k + 1, k + 6))
                )
            ):
                break
            if t.kind == "word" and t.lower not in STOPWORDS:
                words += t.lower not in DIRECTION_WORDS  # kept, but they don't fill the window
                stems.add(stem(t.text))
                if direction > 0 and k == i1 + 2 and tokens[i1 + 1].lower in ("who", "that"):
                    break  # the relative clause's verb only: "57 men who died"
            if direction > 0 and k + 1 in taken:
                break  # "16 volunteers six weeks": a noun right after a value is its own
            k += direction
    return frozenset(stems)


# A quotation may run over a wrapped line, never over a blank line.
QUOTE_PAIRS = re.compile(
    r"“((?:[^”\n]|\n(?![ \t]*\n)){1,2000})”|\"((?:[^\"\n]|\n(?![ \t]*\n)){1,2000})\""
)


def find_quotes(masked: str) -> list[tuple[int, int]]:
    """Spans (inside the marks) of direct quotations."""
    spans = []
    for m in QUOTE_PAIRS.finditer(masked):
        g = 1 if m.group(1) is not None else 2
        a, b = m.start(g), m.end(g)
        inner = masked[a:b]
        while a < b and inner[:1].isspace():
            a, inner = a + 1, inner[1:]
        while b > a and masked[b - 1].isspace():
            b -= 1
        if re.search(r"[^\W\d_]", masked[a:b]):
            spans.append((a, b))
    return spans


def without_possessive(word: str) -> str:
    """ "council's" -> "council", with a straight or a curly apostrophe."""
    return word.removesuffix("'s").removesuffix("’s")


def _name_token(tok: Token) -> bool:
    if tok.kind != "word" or not tok.text[:1].isupper():
        return False
    lw = without_possessive(tok.lower)
    return lw not in N.FULL_WEEKDAYS and lw not in N.MONTHS and lw not in COMMON_PROPER


def _possessive(tok: Token) -> bool:
    return tok.text.endswith(("'s", "’s"))


def find_names(sentence: Sentence, skip: set[int]) -> list[tuple[int, int, bool]]:
    """Token ranges of capitalised sequences that look like names of people or bodies.

    Each comes with whether it opens the sentence (its first word may just be capitalised).
    A possessive ends a name: "China's Li Yuting" is two names.
    """
    toks = sentence.tokens
    first_word = next((k for k, t in enumerate(toks) if t.kind == "word"), 0)
    out = []
    i = 0
    while i < len(toks):
        if i in skip or not _name_token(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j not in skip and not _possessive(toks[j - 1]):
            t = toks[j]
            if _cells_apart(toks[j - 1], t):
                break  # a table's next cell: "Tuning Forks   Harriet Pollexfen" is two
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            # "Farida Moon": a common proper word goes on a name it follows.
            word = (_name_token(t) or (t.text[:1].isupper() and t.lower in _SURNAME_TOO)) and (
                not _glued(toks[j - 1], t) or toks[j - 1].text == "-"
            )
            joins_next = nxt is not None and _name_token(nxt)
            connector = (
                t.kind == "word"
                and joins_next
                and (
                    t.text in NAME_CONNECTORS
                    or (t.text in ("and", "&") and _body_follows(toks, j + 1))
                )
            )
            hyphen = t.text == "-" and _glued(toks[j - 1], t) and joins_next
            # "Northfell Farmers' Union": a plural's apostrophe inside a body's name.
            plural = (
                t.text in ("'", "’")
                and _glued(toks[j - 1], t)
                and toks[j - 1].text.endswith("s")
                and joins_next
                and not _glued(t, nxt)
            )
            if not (word or connector or hyphen or plural):
                break
            j += 1
        a = i
        while a < j and toks[a].lower in STOPWORDS:
            a += 1
        # "One of Pennyford's biggest car boot sales": a count of what the name has.
        if a + 2 < j and toks[a].lower in N.SMALL_NUMBERS and toks[a + 1].lower == "of":
            a += 2
        if a == first_word and a + 1 < j and toks[a].lower in _MOTION_ROLES:
            a += 1  # minutes: "Seconded Cllr Prosser." names Cllr Prosser
        at_start = i == first_word or (
            i > 0 and toks[i - 1].text in "\"“‘'" and i - 1 == first_word
        )
        if a < j and not _feast_day(toks, a, j) and not _numbered_noun(toks, a, j):
            # A lone capitalised first word may be any word; the caller decides.
            out.append((a, j, at_start and a == i))
        i = j
    return out


# Common nouns that take a number as their name: "of Year 13", "on Court 2" (not a part
# of a contest, "Round 3", read as such elsewhere).
_NUMBERED_NOUNS = {
    "year", "level", "grade", "form", "table", "room", "court", "pitch", "lane", "zone",
    "tier", "platform", "gate", "junction", "route", "block", "floor", "bay", "berth", "plot",
}  # fmt: skip


def numbered_label(tokens: list[Token], m: Mention) -> bool:
    """Whether figure ``m`` is the number of such a noun ("a Year 8 pupil"): a label,
    nobody's score or count."""
    before = tokens[m.i0 - 1] if m.i0 else None
    return before is not None and before.lower in _NUMBERED_NOUNS and before.text[:1].isupper()


def _numbered_noun(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` are one such noun before its number ("Year 13"): a school
    year or a court, no one's name."""
    nxt = toks[b] if b < len(toks) else None
    return (
        b - a == 1
        and toks[a].lower in _NUMBERED_NOUNS
        and nxt is not None
        and nxt.text[:1].isdigit()
    )


# Words of the calendar's named days: "Christmas Eve", "New Year's Eve", "Boxing Day".
_FEAST_WORDS = {
    "eve", "new", "year", "years", "boxing", "day", "shrove", "pancake", "bonfire", "night",
    "remembrance", "halloween", "hogmanay",
}  # fmt: skip


def _feast_day(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` are a named day of the calendar, no one's name ("Eve" of
    "Christmas Eve" is; "Eve Rowlands" is not)."""
    words = [without_possessive(t.lower) for t in toks[a:b] if t.kind == "word"]
    if not words or any(w not in _FEAST_WORDS for w in words):
        return False
    if words == ["eve"]:
        before = toks[a - 1].lower.replace("’", "'") if a > 0 else ""
        return before in ("christmas", "year's")
    return len(words) > 1 or words[0] in ("halloween", "hogmanay")


# Last words of a body's name that may hold an "and": "Fire and Rescue Service".
_BODY_ENDS = {
    "service", "services", "authority", "inspectorate", "agency", "council", "trust",
    "board", "commission", "department", "ministry", "society", "association",
    "federation", "union", "institute", "partnership", "directorate", "executive",
}  # fmt: skip


def _body_follows(toks: list[Token], k: int) -> bool:
    """Whether the capitalised run from ``k`` ends a body's name ("Rescue Service")."""
    while k + 1 < len(toks) and _name_token(toks[k + 1]) and not _possessive(toks[k]):
        k += 1
    return _name_token(toks[k]) and toks[k].lower.removesuffix("'s") in _BODY_ENDS


_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ian|ent|ant|ive|man|woman|person|ee|ary|ute|ain|ief)$")


def role_before(tokens: list[Token], a: int, b: int) -> str | None:
    """The role word right before a name's first distinctive word: "captain Finn Ross"."""
    k = a
    while k < b and not name_keys(tokens[k].text):
        k += 1  # skip titles inside the name: "Fire Chief Tom Hale"
    while k > a and _initial(tokens, k - 1):
        k -= 1  # "chair Cllr H. Baptiste": the initials are no role
    prev = _at(tokens, k - 1)
    titled = prev is not None and prev.lower in HONORIFIC_WORDS
    if titled:
        k -= 1  # "Branch president Dr Nadia Okafor": the role is before the title
        prev = _at(tokens, k - 1)
    if prev is not None and prev.text == ":":
        # A newsletter's masthead: "Chairman: Trevor Pengelly. Secretary: Moira Tabb.",
        # "Chief adjudicator: Dr Imogen Saltash" (not a minutes' "Present: Cllr X").
        label = _at(tokens, k - 2)
        if (
            label is not None
            and label.kind == "word"
            and (label.text[:1].isupper() or titled)
            and _role_word(label.lower)
            and label.lower not in _NOT_ROLES
            and label.lower not in _MINUTES_LABELS
        ):
            return _compound(tokens, k - 2, label.lower)
        return None
    if prev is None or prev.kind != "word" or _cells_apart(prev, tokens[k]):
        return None  # (a table header's "Captain   Worms" gives the worms no role)
    if size_epithet(tokens, k - 3):
        return None  # "the 340-member Tolvane Angling Association": its size, no role
    w = without_possessive(prev.lower)
    if titled and w in _MOTION_ROLES:
        return _MOTION_ROLES[w]  # minutes: "Seconded Cllr Prosser."
    if w in STOPWORDS or w in SPEECH_VERBS or w in _NOT_ROLES:
        return None
    if not _role_word(w):
        # "Head of planning Karen Lightfoot", "head of visitor services Amy Cole"
        return next((r for j in (k - 3, k - 4) if (r := _head_of(tokens, j, k, True))), None)
    return _compound(tokens, k - 1, w)


def _head_of(tokens: list[Token], j: int, end: int, any_role: bool = False) -> str | None:
    """ "head of planning" at ``j``, its field running up to ``end``: the role of a
    department, named by its field's first word (``any_role``: "chair of trustees"
    too, the role of a board; after a name, "headteacher of St Aldric's" is a body's,
    read as such)."""
    role = _at(tokens, j) if j >= 0 else None
    if role is None or role.kind != "word" or not _is_word(_at(tokens, j + 1), "of"):
        return None
    w = role.lower
    if w != "head" and (not any_role or not _role_word(w) or w in _NOT_ROLES):
        return None
    field = tokens[j + 2 : end]
    if any_role and field and field[0].lower == "the":
        field = field[1:]  # "(Leader of the Opposition, non-voting)"
    if any_role and any(
        t.text in ("'s", "’s") or without_possessive(t.lower) != t.lower for t in field
    ):
        return None  # "headteacher of St Aldric's CE Primary": a name's part, not a board
    if field and all(t.kind == "word" and t.lower not in STOPWORDS for t in field):
        return f"{w} of {field[0].lower}"
    return None


def _compound(tokens: list[Token], k: int, w: str) -> str:
    """The role word at ``k`` with its hyphenated first part: "vice-chair Cllr D. Sowerby"
    is not the chair, nor "co-founder Leona Vickers" the founder."""
    dash, first = _at(tokens, k - 1), _at(tokens, k - 2)
    if (
        dash is not None
        and dash.text == "-"
        and first is not None
        and first.kind == "word"
        and _glued(dash, tokens[k])
        and _glued(first, dash)
    ):
        return f"{first.lower}-{w}"
    return w


_APOSTROPHES = ("'", "’")


def _initial(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is an initial, or its full stop: the "H." of "H. Baptiste"."""
    if tokens[k].text == "." and k > 0:
        k -= 1
    return re.fullmatch(r"[A-Z]\.?", tokens[k].text) is not None


def _role_word(w: str) -> bool:
    """ "captain", "chairman", "director": a title or a word ending like a role (not a
    thing ending like one: "After the tournament Dr Alderholt's handicap")."""
    return len(w) >= 3 and (
        w in TITLES or (_ROLE_SUFFIX.search(w) is not None and not w.endswith("ment"))
    )


# Words ending like a role that name places, seasons or sides: "River Tarrant", "the
# River Festival", "Winter Gardens", "Upper Mill" are no river's or winter's holder.
_NOT_ROLES = {
    "river", "water", "tower", "quarter", "manor", "border", "corner", "summer", "winter",
    "september", "october", "november", "december", "center", "theater", "silver", "amber",
    "upper", "lower", "inner", "outer", "other", "after", "under", "over",
    # Verbs ending like "captain": "will train Kieran Budge".
    "train", "retrain", "remain", "explain", "maintain", "contain", "obtain", "retain",
}  # fmt: skip


_MINUTES_LABELS = {"present", "apologies", "absent", "attendance", "attending"}
FIELD_WORDS = 4  # "Leader of Westmarch County Council, Judith Amberley": a role's field
BRACKET_ROLE_WORDS = 3  # "(parent governor)", "(head groundsman)": a role's words in brackets
HONORIFIC_WORDS = {"dr", "mr", "mrs", "ms", "prof", "rev", "sir", "dame", "cllr"}


_APPOSITION_SKIP = {"the", "a", "an", "its", "his", "her", "their", "our"}
# "the Rt Revd Simon Okafor-Bell": a cleric's titles before the name.
CLERGY_TITLES = {"rt", "revd", "very", "reverend", "right"}
_TITLE_WORDS = {"the", "rev", "hon", "dr", "cllr", *CLERGY_TITLES}
# Who put a motion and who seconded it: "Proposed Cllr Kettle, seconded Cllr Prosser."
_MOTION_ROLES = {"proposed": "proposer", "seconded": "seconder"}
_PASSIVE_ROLES = {
    "chaired": "chair", "led": "leader", "managed": "manager", "coached": "coach",
    "captained": "captain", "owned": "owner", "founded": "founder", **_MOTION_ROLES,
}  # fmt: skip
ROLE_VERBS = {
    "chairs": "chair", "leads": "leader", "manages": "manager", "coaches": "coach",
    "captains": "captain", "owns": "owner", "founded": "founder", "runs": "runner",
}  # fmt: skip
_BELONGING = {"belonged", "belongs", "belonging"}
_APPOSITION_STOP = {"of", "for", "at", "in", "with", "from", "on"}
_APPOSITION_VERBS = {"who", "whose", "which", "said", "says", "told", "tells", "added", "asked"}
_AUXILIARIES = {"was", "were", "is", "are", "has", "had", "have", "will", "would", "could"}


def _relative_role(tokens: list[Token], k: int) -> str | None:
    """The role a relative clause opening at ``k`` gives: "who chairs Quieter Skies" ->
    "chair of quieter"."""
    who, verb = _at(tokens, k), _at(tokens, k + 1)
    if who is None or who.lower != "who" or verb is None or verb.lower not in ROLE_VERBS:
        return None
    role = ROLE_VERBS[verb.lower]
    for t in tokens[k + 2 : k + 8]:
        if t.kind != "word":
            break
        if t.text[:1].isupper():
            return f"{role} of {t.lower}"
    return role


_PREDICATE_DETERMINERS = {"the", "its", "their", "our", "his", "her"}
_PREDICATE_ENDS = {".", ",", ";", "of", "at", "for", "and"}


def role_in_predicate(tokens: list[Token], b: int) -> str | None:
    """A role a name ending at ``b`` is said to hold: "Mr Walsh is one of the school's
    teachers", "Ms Hale is the reserve's manager" (with a definite article or an
    owner: "is a teacher" says of no one's staff)."""
    k = b
    if not _is_word(_at(tokens, k), "is", "was"):
        return None
    k += 1
    plural = [t.lower for t in tokens[k : k + 2]] == ["one", "of"]
    k += 2 * plural
    det = _at(tokens, k)
    if det is None or det.kind != "word":
        return None
    if det.lower not in _PREDICATE_DETERMINERS and without_possessive(det.lower) == det.lower:
        return None
    for j in range(k + 1, min(k + 4, len(tokens))):
        t = tokens[j]
        if t.kind != "word":
            return None
        w = without_possessive(t.lower)
        if plural and w.endswith("s"):
            w = w[:-1]
        nxt = _at(tokens, j + 1)
        if _role_word(w) and w not in _NOT_ROLES and w not in STOPWORDS:
            return w if nxt is None or nxt.text.lower() in _PREDICATE_ENDS else None
    return None


def role_in_relative_clause(tokens: list[Token], b: int) -> str | None:
    """A role told further on in a person's apposition: "Linda Caddick, 63, a retired
    teacher who chairs Pelverton Mast Action Group" (she is its chair too)."""
    for k in range(b, min(b + 10, len(tokens))):
        if tokens[k].text in (".", ";", ":", "(", '"', "“"):
            return None
        if tokens[k].lower == "who":
            return _relative_role(tokens, k)
    return None


def role_set_before(tokens: list[Token], a: int) -> str | None:
    """A role told before a name starting at ``a`` and set off from it: "The referee,
    Colm Denny", "chaired by retired vet Owen Pargeter", "the chair of Kestonbury
    Traders' Association, Janet Moorcroft"."""
    for k in range(a - 1, max(a - 5, 0), -1):
        # "Save Carrow Moor, chaired by retired vet Owen Pargeter,": a role in the passive.
        if tokens[k].lower == "by":
            if tokens[k - 1].lower in _PASSIVE_ROLES:
                return _PASSIVE_ROLES[tokens[k - 1].lower]
            break
        if tokens[k].lower == "to" and k > 0 and tokens[k - 1].lower in _BELONGING:
            return "owner"  # "The winning duck belonged to Harriet Oyelaran"
        if tokens[k].kind != "word":
            break
    # "The Bishop of Harnley, the Rt Revd Simon Okafor-Bell": titles after the comma.
    while a > 2 and tokens[a - 1].lower in _TITLE_WORDS:
        a -= 1
    before, comma = _at(tokens, a - 2), _at(tokens, a - 1)
    if comma is not None and comma.text == "," and before is not None and before.kind == "word":
        w = without_possessive(before.lower)
        if w not in STOPWORDS and _role_word(w):
            return _compound(tokens, a - 2, w)
        # "the council's director of place, Bethan Morrow": a role of a field or body
        # ("the chair of Kestonbury Traders' Association, Janet Moorcroft").
        for k in range(a - 4, a - 4 - FIELD_WORDS, -1):
            head, of = _at(tokens, k), _at(tokens, k + 1)
            if head is None or of is None or of.lower != "of" or k < 0:
                continue
            field = [t for t in tokens[k + 2 : a - 1] if t.text not in _APOSTROPHES]
            if all(t.kind == "word" and t.lower not in STOPWORDS for t in field):
                w = without_possessive(head.lower)
                if _role_word(w) or w == "head":
                    return f"{w} of {field[0].lower}"
    return None


def role_after_name(tokens: list[Token], b: int) -> str | None:
    """A role set off after a name ending at ``b``: "Paul Stenning, the chief executive,",
    "Samuel Oduya (parent governor)"."""
    if age_apposed(tokens, b):
        b += 2  # "Sheila Marwood, 67, chairman of Coldharbour,": past her age
    after = _at(tokens, b)
    if after is not None and after.text == "(":
        # "Councillor Fiona Dalgety (chair) noted": a role in brackets, of a few words
        # ("Samuel Oduya (parent governor)") or with its body after a comma ("Colin
        # Fairweather (treasurer, Harrowby CC)"): its last role word.
        close = next((k for k in range(b + 1, b + 7) if _is_close(_at(tokens, k))), None)
        if close is not None and (head := _head_of(tokens, b + 1, close, any_role=True)):
            return head  # "Helen Strudwick (Head of Countryside Services)"
        first = _at(tokens, b + 1)
        if (
            close is not None
            and first is not None
            and first.lower in TITLES
            and _is_word(_at(tokens, b + 2), "of")
        ):
            return first.lower  # "(Director of Children's Services)": a director
        inner = tokens[b + 1 : b + 1 + BRACKET_ROLE_WORDS]
        end = next((k for k, t in enumerate(inner) if t.text in (")", ",")), None)
        if end is None and close == b + 1 + BRACKET_ROLE_WORDS:
            end = BRACKET_ROLE_WORDS  # "(Electoral Services Manager)": all its words
        words = inner[:end] if end else []
        if _is_close(_at(tokens, b + 4)) and inner[1].text == "-" and _role_word(inner[2].lower):
            return _compound(tokens, b + 3, inner[2].lower)  # "(Vice-Chair)"
        if not words or any(t.kind != "word" or t.lower in STOPWORDS for t in words):
            return None
        w = words[-1].lower
        return w if w in TITLES or (len(w) >= 3 and _ROLE_SUFFIX.search(w)) else None
    if after is None or after.text != ",":
        return None
    if relative := _relative_role(tokens, b + 1):
        # "Howard Pym, who chairs the residents' group Quieter Skies,": the role of a body.
        return relative
    role = owner = None
    for k in apposition_words(tokens, b + 1):
        t = tokens[k]
        if t.kind != "word" or t.lower in _APPOSITION_STOP:
            if role and t.lower == "of" and k + 1 < len(tokens):
                # "chair of Carrow Community Council": another body's chair is another role
                # (so is that of "the 630-member Wendry Chamber of Trade").
                j = k + 1 + (tokens[k + 1].lower == "the")
                j += 3 * size_epithet(tokens, j)
                org = next((x for x in tokens[j : j + 2] if x.lower not in STOPWORDS), None)
                if org is not None and org.text[:1].isupper():
                    role = f"{role} of {org.lower}"
            elif role and t.text == "," and (org := body_after_comma(tokens, k + 1)):
                # A letter's "Mrs Margaret Lowes, Chair, Hartwold Parish Council".
                role = f"{role} of {org}"
            break
        if role and t.lower in ("who", "whose", "which"):
            break  # "Margaret Fenwick, 74, a retired head teacher who has read the words"
        if t.lower in _APPOSITION_VERBS or t.lower in _AUXILIARIES:
            # "Isla Brennan, was thrown into the river", "the chair of Keep Cressby Green,
            # told the inspector": no apposition.
            return None
        if role is None and (head := _head_of(tokens, k, _field_end(tokens, k + 2))):
            return head  # "Karen Lightfoot, head of planning at the council,"
        if t.lower in _APPOSITION_SKIP or (t.lower in STOPWORDS and role is None):
            continue
        w = without_possessive(t.lower)
        # A capitalised word ending like a role is a surname ("Baker") unless a formal
        # title's "for" or "of" follows it: "Cabinet Member for Housing".
        formal = _is_word(_at(tokens, k + 1), "for", "of") and w not in _NOT_ROLES
        if w in TITLES or (
            len(w) >= 3 and _ROLE_SUFFIX.search(w) and (formal or not t.text[:1].isupper())
        ):
            after_role = _at(tokens, k + 1)
            if (
                after_role is not None
                and after_role.kind == "word"
                and after_role.text.istitle()
                and not _role_word(after_role.lower)  # "Chief Executive of Tollbridge"
            ):
                # "Cathedral Close, run by volunteer coordinator Tom Ridley": his role.
                return None
            role = w
        elif role is None and w != t.lower:
            owner = w  # "the consortium's chief executive": a body's role
    return f"{role} of {owner}" if role and owner else role


def closed_apposition(tokens: list[Token], b: int) -> bool:
    """Whether a name ending at ``b`` is followed by an apposition of its own, set off
    by a comma and closed by another before a lower-case word, or by the sentence's end:
    ", a joiner, said", ", the council's electoral services manager, said", ", chair of
    the Guild of Coastal Criers." (not ", the Mayor of Porthcarrow, Councillor Brian
    Treloar", a list's next name, nor ", praised warden Mary Quinlan")."""
    if age_apposed(tokens, b):
        b += 2  # past an age: "Tom Pellow, 61, the founder"
    first = _at(tokens, b + 1)
    if not _is_comma(_at(tokens, b)) or first is None:
        return False
    lead = without_possessive(first.lower)
    if _group_role(tokens, b + 1):
        return True  # "Leon Whitcombe, Green group leader, said"
    if (
        first.lower not in _APPOSITION_SKIP
        and not _role_word(lead)
        and not _head_of(tokens, b + 1, _field_end(tokens, b + 3))  # "head of waste and"
        and lead == first.lower
        and not _formal_title(tokens, b + 1)
    ):
        return False  # "and a fellow volunteer", "praised warden Mary Quinlan"
    # "Cllr Neil Aspinwall, Cabinet Member for Housing.": a formal title, capitalised.
    named = _formal_title(tokens, b + 1)  # or a name after "of": "chair of the Guild of"
    for k in range(b + 1, min(b + 1 + CLOSED_APPOSITION_WORDS, len(tokens))):
        t = tokens[k]
        if t.text in _APOSTROPHES or t.text == "-":
            continue
        if t.kind != "word":
            nxt = _at(tokens, k + 1)
            if t.text == ",":
                return nxt is not None and nxt.kind == "word" and nxt.text.islower()
            return t.text in (".", "[", ";")
        named |= t.lower in ("of", "for", "at", "from", "in")
        capital = t.text[:1].isupper() and without_possessive(t.lower) == t.lower
        if capital and not named and (k > b + 1 or not _role_word(t.lower)):
            return False  # "the founder Walter Pellow's grandson"
    return False


CLOSED_APPOSITION_WORDS = 12  # "chairman of the parks and open spaces committee,"
FORMAL_TITLE_WORDS = 2  # capitalised words before a title's role word: "Cabinet Member"


def _group_role(tokens: list[Token], k: int) -> bool:
    """Whether a party group's role, set off by commas, starts at ``k``: "Green group
    leader,", "Liberal Democrat group leader,"."""
    j = k
    while j < k + FORMAL_TITLE_WORDS and (t := _at(tokens, j)) is not None and t.text.istitle():
        j += 1
    group, role, close = _at(tokens, j), _at(tokens, j + 1), _at(tokens, j + 2)
    return (
        j > k
        and _is_word(group, "group")
        and role is not None
        and _role_word(role.lower)
        and close is not None
        and close.text in (",", ".")
    )


def _formal_title(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised formal title starts at ``k``: a role word, after at most
    two capitalised words, with "for" or "of" next ("Cabinet Member for Housing",
    "Executive Director of Finance")."""
    for j in range(k, min(k + FORMAL_TITLE_WORDS + 1, len(tokens) - 1)):
        t = tokens[j]
        if t.kind != "word" or not t.text[:1].isupper():
            return False
        if _role_word(t.lower) and t.lower not in _NOT_ROLES:
            return _is_word(tokens[j + 1], "for", "of")
    return False


def size_epithet(tokens: list[Token], k: int) -> bool:
    """Whether tokens from ``k`` tell a size before a name: "340-member", "600-strong"."""
    return (
        k >= 0
        and k + 2 < len(tokens)
        and tokens[k].kind == "num"
        and tokens[k + 1].text == "-"
        and tokens[k + 2].kind == "word"
    )


APPOSITION_WORDS = 5  # "the consortium's chief executive officer"
BODY_AFTER_COMMA = 5  # words of a body's name set after a role and a comma


def body_after_comma(tokens: list[Token], k: int) -> str | None:
    """The first word of a body's name right at ``k`` (after a role and a comma), its
    words capitalised and its last one a body's ("Hartwold Parish Council"), or None."""
    words: list[Token] = []
    for t in tokens[k : k + BODY_AFTER_COMMA]:
        if t.kind != "word" or not t.text[:1].isupper():
            break
        words.append(t)
    if not words or words[0].lower in HONORIFIC_WORDS:
        return None
    return words[0].lower if words[-1].lower in GENERIC_NAME_WORDS - {"the"} else None


def apposition_words(tokens: list[Token], k: int) -> list[int]:
    """The indices of the first few words of an apposition from ``k``, an age told as
    an epithet left out: "the league's 68-year-old president"."""
    out: list[int] = []
    while k < len(tokens) and len(out) < APPOSITION_WORDS:
        words = [t.lower for t in tokens[k + 1 : k + 5]]
        if tokens[k].kind == "num" and words == ["-", "year", "-", "old"]:
            k += 5
            continue
        out.append(k)
        k += 1
    return out


def _is_close(tok: Token | None) -> bool:
    """Whether ``tok`` ends a role in brackets: its closing bracket, or the comma
    before its body ("(treasurer, Harrowby CC)")."""
    return tok is not None and tok.text in (")", ",")


def _field_end(tokens: list[Token], i: int) -> int:
    """Where the field of "head of visitor services at ..." ends: at its first
    stopword, mark or capitalised word."""
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].lower not in STOPWORDS:
        if tokens[i].text[:1].isupper():
            break
        i += 1
    return i


def name_groups(text: str) -> list[list[str]]:
    """Name words split at "of", "de"...: "Lena Whitcombe of Australia" is two groups."""
    groups: list[list[str]] = [[]]
    for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text):
        if w in NAME_CONNECTORS:
            groups.append([])
        else:
            groups[-1].extend(name_keys(w))
    return [g for g in groups if g]


def name_keys(text: str) -> list[str]:
    """Lowercase distinctive tokens of a name (no titles, no generic words, no possessive)."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)
    keys = []
    for w in words:
        lw = N.fold_accents(w.lower().replace("’", "'").removesuffix("'s"))
        if (
            lw in TITLES
            or lw in GENERIC_NAME_WORDS
            or lw in NAME_CONNECTORS
            or lw in STOPWORDS
            or lw in OPTIONAL_NAME_WORDS
        ):
            continue
        if len(lw) == 1:
            continue  # initials
        keys.append(lw)
    return keys


def is_speech_verb(tok: Token) -> bool:
    return tok.kind == "word" and tok.lower in SPEECH_VERBS


def canonical_name(text: str) -> str:
    return " ".join(name_keys(text))


def quote_key(text: str) -> list[str]:
    """Fragments of a quotation between ellipses and [editorial insertions]."""
    parts = re.split(r"\.\.\.|…|\[[^\]]*\]", text)
    return [p for p in (N.canonical_quote(x) for x in parts) if p]

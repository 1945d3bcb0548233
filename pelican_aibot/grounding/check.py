"""Checking each fact against the passage it came from, not against the whole corpus.

For a number or date, every occurrence of the same family in the sources is
scored by how well its sentence matches the article sentence (IDF-weighted word
overlap, a bonus for the cited source) and how well the words right next to it
match the words next to the article's value ("12 injured" vs "12 dead"). The
fact is supported when an occurrence with an equal value scores about as well
as the best occurrence overall: a value that exists in the sources but belongs
to another fact loses to the fact it really belongs to.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from . import derive as D
from . import facts as F
from . import swaps as S
from .facts import Fact, Mention
from .sources import (
    _ACRONYM,
    _AGED,
    _ANNOUNCE_VERBS,
    _APPOSED,
    _APPOSITION_GAP,
    _DIRECTION_STEMS,
    _LATER,
    _LOOSE_BODY_WORDS,
    _RELATIONS,
    ELLIPSIS_GAP,
    _after_place_word,
    _attributed,
    _body_name,
    _calendar_day,
    _coarser_date,
    _date_after,
    _dateline,
    _Doc,
    _heading_date,
    _in_days,
    _initials,
    _line_rank,
    _list_item,
    _lower_words,
    _nearest_year,
    _neighbours,
    _old_year,
    _part_of_number,
    _per_head,
    _period_word,
    _role_key,
    _Sources,
    _word_after,
    _word_key,
    topic_stems,
)
from .text import STOPWORDS, content_stems, stem

logger = logging.getLogger(__name__)

# Tuned on tests/eval/dev only (the held-out cases were written first and never tuned on).
ALIGN_WEIGHT = 0.6
CITE_BONUS = 0.1
MIN_SCORE = 0.15  # an equal value in an unrelated passage is no support
MARGIN = 0.08  # how far an equal value may trail the best competing occurrence
LEAD_WEIGHT = 0.3
CONTEXT_MINE = 0.7  # weight of "article context found in the source one" vs the reverse
WORDS_SLACK = 0.1  # how much worse the next words of a competing value may fit
# Calibration of the precision/recall trade-off (third round, dev only):
ALIGN_SLACK = 0.15  # how much worse a rival's passage may align than the equal value's
WORDS_CLEAR = 0.3  # how much better a rival's next words must fit to count from afar
TOLD_SLACK = 0.3  # how much worse a figure telling a rival's sentence may fit its words
CLAIM_MARGIN = 0.2  # how clearly a fact must win its occurrence to take it from the others
REVERSED_PENALTY = 0.1  # a score read backwards ("6-4" for "4-6") is weaker evidence
# Derived values (fourth round): how closely a source sentence must match to lend its figures.
DERIVE_ALIGN = 0.3
DERIVE_SLACK = 0.15  # ... and how far behind the best-matching sentence it may be
DERIVE_SENTENCES = 2
WEEKDAY_REACH = 4  # tokens between a time and the named day it is on ("11pm on Friday")
RATIO_SLACK = 0.25  # "seven to one" for 287 to 41 (7.0), not for 300 to 41 (7.3)
YEARS_SLACK = 0.3  # ... for the years since a source's year ("owned it for 58 years")
DERIVE_REACH = 2  # sentences either side of the best one whose figures may be set against it
NAME_MARGIN = 0.3  # how clearly another name's words must fit a name's place
RIVAL_ALIGN = 0.25  # a rival with no word in common needs a passage at least this close
ROUNDED_SHARE = 0.025  # how far "about 10,800" may be from the worked-out figure, at most
ANNOUNCE_REACH = 5  # words between "announced" and the weekday it was announced on
SMALL_COUNT = 12  # a count of listed names, at most
JOIN_GAP = 40  # characters of attribution between two joined pieces of a quotation
ROLE_REACH = 8  # words between a name and the role given beside it
PERSON_GAP = 6  # words between a value and the name it belongs to
UNIQUE_ALIGN = 0.3  # a value given once is explained by a fact told from its sentence
SLOT_WORDS = 0.8  # ... and a rival whose next words fit this well holds the figure's place
HIGH_ALIGN = 0.75  # a source sentence this like the article's is its passage ...
ALIGN_GAP = 0.25  # ... when no rival's sentence comes within this
FAR_APART = 50  # a figure fifty times another is not the other moved
OWNER_REACH = 15  # words back from an article's figure to the name it belongs to
RETOLD_STEMS = 4  # words besides the name an article sentence needs to be a retelling
RETOLD_BACK = 0.5  # ... and the share of the source sentence's words it tells again
RETOLD_WHOLE = 0.6  # ... or of them but its name, when no figure says otherwise
LINE_WORDS = 3  # words besides names in an item of a results list or table
SPEAKER_GAP = 7  # words between a speech verb and a name that may be its speaker
DERIVE_CUE_WINDOW = 3  # tokens either side of a value where its cue ("short of") must be


@dataclass(frozen=True)
class GroundingReport:
    """Supported count and the unsupported facts, each with its exact article text."""

    supported: int
    unsupported: tuple[Fact, ...] = ()
    # Supported facts that no source states but its passage's figures give in one step,
    # with the working ("88 + 12"): shown to readers so they can check it too.
    worked_out: tuple[tuple[Fact, str], ...] = ()
    # Facts the check could not find that an editor checked by hand (the stub's verified:).
    verified: tuple[Fact, ...] = ()

    @property
    def total(self) -> int:
        return self.supported + len(self.unsupported) + len(self.verified)

    def verify(self, texts: Iterable[str]) -> tuple[GroundingReport, tuple[str, ...]]:
        """This report with the unsupported facts an editor checked set apart, and the
        texts that match no unsupported fact (stale after a rewrite, or mistyped)."""
        wanted = {_fact_key(t): t for t in texts}
        found = tuple(f for f in self.unsupported if _fact_key(f.text) in wanted)
        left = tuple(f for f in self.unsupported if _fact_key(f.text) not in wanted)
        seen = {_fact_key(f.text) for f in found}
        stale = tuple(t for key, t in wanted.items() if key not in seen)
        report = GroundingReport(self.supported, left, self.worked_out, self.verified + found)
        return report, stale

    @property
    def score(self) -> float:
        return 1.0 if self.total == 0 else self.supported / self.total

    def to_json(self, working: bool = False) -> dict:
        """The ``aibot check-facts`` shape (contract 3); ``working`` adds the worked-out
        facts as ``"worked_out": [{"kind", "text", "how"}]``."""
        out: dict = {
            "unsupported": [{"kind": f.kind, "text": f.text} for f in self.unsupported],
            "supported": self.supported,
        }
        if working:
            out["worked_out"] = [
                {"kind": f.kind, "text": f.text, "how": how} for f, how in self.worked_out
            ]
        return out

    def to_dict(self) -> dict:
        """Everything, for the article cache; inverse of :meth:`from_dict`."""
        out: dict = {
            "supported": self.supported,
            "unsupported": [
                {"kind": f.kind, "text": f.text, "start": f.start, "end": f.end}
                for f in self.unsupported
            ],
        }
        if self.worked_out:  # absent from reports written before it existed
            out["worked_out"] = [
                {"kind": f.kind, "text": f.text, "start": f.start, "end": f.end, "how": how}
                for f, how in self.worked_out
            ]
        return out

    @classmethod
    def from_dict(cls, d: dict) -> GroundingReport:
        def fact(u: dict) -> Fact:
            return Fact(u["kind"], u["text"], int(u.get("start", -1)), int(u.get("end", -1)))

        return cls(
            supported=int(d["supported"]),
            unsupported=tuple(fact(u) for u in d.get("unsupported", ())),
            worked_out=tuple((fact(u), str(u["how"])) for u in d.get("worked_out", ())),
        )

    def summary(self) -> str:
        """The one-line fact-check text shown on the page."""
        line = f"{self.supported} of {self.total} checkable facts found in the sources"
        if self.verified:
            line += f", {len(self.verified)} more checked by an editor"
        return line


def _fact_key(text: str) -> str:
    """How an editor's verified: entry is matched: spacing, case and quote marks aside."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


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


_PLACE_OPENERS = frozenset({"from", "in", "at", "near", "nearby"})


def _place_of(toks: Sequence, name: Mention) -> bool:
    """ "from nearby Polwenna", "in Wrenmouth": a name given as where someone is from."""
    return name.i0 > 0 and toks[name.i0 - 1].lower in _PLACE_OPENERS


def _identifies(doc: _Doc, o: Mention, noun: str | None) -> bool:
    """Whether ``o`` names one of the things a count of ``noun`` counts ("car 217",
    "lap 14" against "34 cars", "25 laps"): a number, not a count, so never moved there."""
    if noun is None or o.noun is not None or o.i0 == 0:
        return False
    before = doc.sentences[o.sentence].tokens[o.i0 - 1]
    return before.kind == "word" and stem(before.text) == noun


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
            return abs(a - b) <= FRACTION_TOLERANCE  # "two-fifths" for 40%, "a third" for 33%
        return (
            bool(f.hedge)
            # A small figure only for a source figure in parts: "more than four years" for
            # "4 years 2 months".
            and (a >= 10 or b != int(b))
            and f.unit not in ("ord", "clock")
            and _within(f.hedge, a, b)
        )
    if f.family == "score":
        return f.value == o.value or f.value == o.value[::-1]
    if f.family in ("year", "wd"):
        return f.value == o.value
    if f.family == "date":
        (fm, fd, fy), (om, od, oy) = f.value, o.value
        if fm != om or (fd is not None and fd != od):
            return False
        if fy is not None and oy is None:
            # "on February 12" in a story of November 28 is most likely next February's.
            near = _nearest_year(src.story_date, fm, fd) if fd is not None else None
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
    return written >= 100 and abs(source - written) <= written * HEDGE_TOLERANCE + 1e-9


class _Rival(NamedTuple):
    """A source value of another figure that ``f`` may have been moved from."""

    score: float  # passage and words together
    words: float  # the words right next to it
    noun: str | None
    aligned: float  # its sentence against the article's
    apart: float  # its words without direction words ("up from")
    doc: int
    sentence: int


def _far_apart(f: Mention, o: Mention) -> bool:
    """ "2,214 applicants" and "five new sites": figures too far apart in size for one to
    have been written in the other's place."""
    if f.family != "num" or not isinstance(o.value, (int, float)):
        return False
    a, b = sorted((abs(float(f.value)), abs(float(o.value))))
    return a > 0 and b / a > FAR_APART


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


class _Checker:
    def __init__(self, article: str, src: _Sources) -> None:
        self.art = _Doc(article)
        self.src = src
        self._align: dict[tuple[int, int, int], float] = {}
        self._shared: dict[tuple[int, int, int, int], bool] = {}
        self._unquoted: dict[tuple[int, int], frozenset[str]] = {}
        self._passage_count: dict[tuple[int, int, int, float], int] = {}
        self._owners: dict[tuple[int, bool], list[Mention]] = {}
        self._near_cache: dict[int, set[tuple[int, int]]] = {}
        self._equals: dict[int, dict[tuple[int, int], list[Mention]]] = {}
        self._lines: dict[tuple[str, ...], list[Mention]] = {}  # a name's results lines
        self.sentence_cites = self._assign_cites()
        self.best_equal: dict[int, int | None] = {}  # fact -> its best equal occurrence
        self.match_score: dict[int, float] = {}  # fact -> how well its best equal one fits
        self.worked_out: dict[int, str] = {}  # fact -> how it follows from its passage
        self.art_lower = _lower_words([self.art])
        # Words used in multi-word names anywhere: a lone "Grant" opening a sentence is a name.
        self.known_names = {k for d in (self.art, *src.docs) for m in d.names for k in m.value}
        # Surnames of full names: a lone "Ortiz" is a person, a lone "Altmoor" (a team) not.
        self.surnames = {
            m.value[-1] for d in (self.art, *src.docs) for m in d.names if len(m.value) > 1
        }

    def _cited_docs(self, f: Mention) -> Iterable[int]:
        """The sources ``f``'s sentence cites, or all of them when it cites none."""
        return self.sentence_cites[f.sentence] or range(len(self.src.docs))

    def _assign_cites(self) -> list[frozenset[int]]:
        """Source indexes cited by each sentence; a citation right after a sentence is its own.

        A sentence without citations borrows those of its paragraph.
        """
        sentences = self.art.sentences
        own: list[set[int]] = [set() for _ in sentences]
        count = len(self.src.docs)
        for start, _end, nums in self.art.cites if sentences else ():
            # A citation of a source that is not there ("[3]" of two) cites nothing.
            own[self.art.sentence_at(start)].update(n - 1 for n in nums if 0 < n <= count)
        by_para: dict[int, set[int]] = defaultdict(set)
        for s, c in zip(sentences, own, strict=True):
            by_para[s.paragraph] |= c
        return [frozenset(c or by_para[s.paragraph]) for s, c in zip(sentences, own, strict=True)]

    def align(self, f: Mention, n: int, o: Mention) -> float:
        """How well the article passage of ``f`` matches the source passage of ``o``.

        Half sentence against sentence, half the clause holding each value:
        article sentences often merge or split source sentences.
        """
        key = (f.sentence, n, o.sentence)
        whole = self._align.get(key)
        if whole is None:
            mine = self.art.sentences[f.sentence].stems
            whole = _coverage(mine, self.src.docs[n].sentences[o.sentence].stems, self.src)
            self._align[key] = whole
        # "rose 4% on a year earlier, to 2,702": a clause of only "to" says nothing.
        if len(f.clause - _DIRECTION_STEMS) < 2 or not o.clause:
            return whole  # "a 7-1 shot": one word is no clause to match
        return (whole + _coverage(f.clause, o.clause, self.src)) / 2

    def _near(self, ai: int) -> set[tuple[int, int]]:
        """Source sentences sharing at least one word with article sentence ``ai``."""
        near = self._near_cache.get(ai)
        if near is None:
            near = set()
            for w in self.art.sentences[ai].stems:
                near |= self.src.sentences_with.get(w, set())
            self._near_cache[ai] = near
        return near

    def verbatim(self, f: Mention) -> bool:
        toks = self.art.sentences[f.sentence].tokens
        lo, hi = max(0, f.i0 - 2), min(len(toks), f.i1 + 2)
        window = [t.text.lower() for t in toks[lo:hi] if t.kind != "punct"]
        if len(window) < (f.i1 - f.i0) + 3:
            return False
        needle = " " + " ".join(window) + " "
        return any(needle in j for j in self.src.joined)

    def value_supported(self, f: Mention, claimed: frozenset[int] = frozenset()) -> bool:
        """Whether an equal value in the sources fits ``f``'s passage as well as any other.

        ``claimed`` holds occurrences already explained by another supported fact of the
        article: "14 percent" taking the source's 14% leaves the 6% next to it to "6 percent".
        """
        if self.verbatim(f):
            # Copied word for word: it takes the occurrence whose words it shares most.
            self.best_equal[id(f)] = self._closest_equal(f)
            return True
        cited = self.sentence_cites[f.sentence]
        near = self._near(f.sentence)
        best_match = match_words = -1.0
        best_occurrence: int | None = None
        equal_nouns: set[str | None] = set()
        others: list[_Rival] = []
        equal_aligned = 0.0
        # Whose figure it is: "Ortiz won in 2:06:31" when the sources give 2:06:31 to Oda.
        person = self._person(self.art, f) if f.family == "num" else None
        equal_people: set[str | None] = set()
        rival_people: set[str | None] = set()
        # A distinctive value found in the sources is only taken for another fact's value
        # on local evidence: the words next to it, not just a shared sentence.
        distinctive = _distinctive(f)
        keep, _ = self._aligned_sentences(f)
        # Sentences next to the best-matching ones: a writer merges neighbouring sentences.
        beside = {(n, si + d) for n, si in keep for d in (-1, 1)}
        equal_beside = False
        equal_shares = False  # an equal value's source sentence gives another of its figures
        # Whose figure, by the name next to it: "Sallow Vale on 3,851" for a results line
        # "2. Sallow Vale Archers 3,851", where no words can tell the lines apart.
        owner = self._owner(self.art, f, tight=False) if f.family == "num" else []
        equal_owned, rival_owned = False, -1.0  # the best rival of the same owner
        equal_elsewhere = owns_other = False
        sharing: set[tuple[int, int]] = set()  # those sentences
        equal_at: set[tuple[int, int]] = set()  # the sentences with an equal value
        same_unit = False  # an equal value in f's own unit ("three" is no "three weeks")
        equal_ids: set[int] = set()
        # "£1.28m" is the sources' "£1,284,000" rounded to the figure's own precision.
        step = (
            _rounding_step(self.art.text[f.start : f.end], f.value) if f.family == "num" else None
        )
        for n, o in self.src.by_family.get(f.family, ()):
            if f.family == "num" and not _compatible_units(f, o):
                continue
            if f.unit == "ord" and o.kind == "derived" and o.unit is None:
                continue  # "the third" is no side of a 3-1 score, nor a rate
            score = local = words = aligned = 0.0
            if (n, o.sentence) in near:  # elsewhere alignment and context are both zero
                aligned = self.align(f, n, o)
                score += ALIGN_WEIGHT * aligned
                local = words = _dice(f.context, o.context, self.src)
                score += local
                local += bool(f.clause & o.clause)
            if f.lead and o.lead and f.family != "score":  # "to 19% from 21%" / "from 21% to 19%"
                score += LEAD_WEIGHT if f.lead == o.lead else -LEAD_WEIGHT
                local += f.lead == o.lead
            if n in cited:
                score += CITE_BONUS
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "  %r vs %r [%d]: score %.2f, words %.2f, aligned %.2f",
                    self.art.text[f.start : f.end],
                    self.src.docs[n].text[o.start : o.end],
                    n + 1,
                    score,
                    words,
                    aligned,
                )
            equal = _same_value(f, o, self.src, self._doc_years(n)) or (
                step is not None
                and o.unit == f.unit
                and o.kind != "derived"
                and abs(f.value - o.value) <= step / 2 * (1 + 1e-9)
                and _rounding_step(self.src.docs[n].text[o.start : o.end], o.value) is None
            )
            owned = bool(owner) and self._owned_by(n, o, owner)
            if owned and not equal and o.kind != "derived" and _same_sort(f, o):
                owns_other = True
            if equal:
                if o.kind != "derived":
                    equal_ids.add(id(o))
                same_unit |= o.unit == f.unit
                if f.family == "score" and f.value != o.value:
                    score -= REVERSED_PENALTY  # "6-4" for a "4-6" set is weaker evidence
                if score > best_match:
                    best_match, best_occurrence = score, id(o)
                equal_aligned = max(equal_aligned, aligned)
                equal_at.add((n, o.sentence))
                equal_beside |= (n, o.sentence) in beside
                if (n, o.sentence) in near and self._shares_a_value(f.sentence, n, o.sentence, f):
                    equal_shares = True
                    sharing.add((n, o.sentence))
                if score >= MIN_SCORE:
                    equal_people.add(self._person(self.src.docs[n], o))
                match_words = max(match_words, words)
                if score >= MIN_SCORE:
                    equal_nouns.add(o.noun)
                if owned:
                    equal_owned = True
                elif owner and self._owner(self.src.docs[n], o, tight=True):
                    equal_elsewhere = True  # on another name's line
            elif (
                o.kind != "derived"
                and id(o) not in claimed
                and (f.family != "num" or _same_sort(f, o))
                and (local > 0 or not distinctive)
                and (words > 0 or (aligned >= RIVAL_ALIGN and not self._stated_beside(f, o)))
                and {f.lead, o.lead} != {"to", "from"}  # "from 310" is not the slot of "to 143"
                and not (distinctive and _far_apart(f, o))
                # "more than 41 minutes" is the same figure as 41 minutes 15 seconds, told
                # less precisely: no rival to it.
                and not (o.hedge and _within(o.hedge, o.value, f.value))
                and not _coarser_date(f, o)
                # "MEREFORD, July 17 - The Civic Party gained a seat": the day a wire story
                # was filed is no event's slot, unless its words say so.
                and not (words == 0 and _dateline(self.src.docs[n], o))
                and not self._explained_beside(f, n, o)
                and not _identifies(self.src.docs[n], o, f.noun)
            ):
                # Only a value of the same sort can have been moved here.
                # From afar, only content words count: "up from" frames any figure.
                apart = _dice(f.context - _DIRECTION_STEMS, o.context - _DIRECTION_STEMS, self.src)
                others.append(_Rival(score, words, o.noun, aligned, apart, n, o.sentence))
                if owned:
                    rival_owned = max(rival_owned, score)
                if person and aligned > 0:
                    rival_people.add(self._person(self.src.docs[n], o))
        apposed = self._apposed_person(f) if f.unit == "age" else None
        ages = self._ages_of(apposed) if apposed else set()
        if ages and f.value not in ages:
            # "Isla Brannock, 31," when the sources make her 27: the 31 they give
            # elsewhere (a 31st festival) is no age of hers.
            self.best_equal[id(f)] = None
            return False
        if distinctive and equal_elsewhere and not equal_owned and owns_other:
            # "Rendell won with 1,274" when the lines give him 1,291 and Matlock 1,274.
            self.best_equal[id(f)] = None
            return False
        if (
            person
            and None not in equal_people
            and equal_people
            and not any(_name_word_match(person, q) for q in equal_people if q)
            and any(_name_word_match(person, q) for q in rival_people if q)
        ):
            self.best_equal[id(f)] = None
            return False  # the equal value is another person's; this person's is another
        if f.noun and f.noun in equal_nouns:
            # "six cookbooks" found as "six cookbooks": a value counting something else
            # ("1.5 million copies") can't have been moved here.
            others = [x for x in others if x.noun in (None, f.noun)]
        # A rival counts only in a passage about as close to the sentence as the equal
        # value's: "sales grew 3.2%" elsewhere says nothing about "revenue up 4 percent".
        # Unless the words right next to it fit clearly better ("tobacco tax by 12 percent").
        others = [
            x
            for x in others
            if x.aligned >= equal_aligned - ALIGN_SLACK or x.apart > match_words + WORDS_CLEAR
        ]
        # Another value beats the equal one on the whole passage, but only when the
        # words right next to it fit at least as well ("410 stores" in a merged sentence).
        best_other = max(
            (x.score for x in others if x.words >= match_words - WORDS_SLACK), default=-1.0
        )
        # "came from 2-0 down to beat them 4-2": the 2-0 is in the next source sentence;
        # found there, and nothing fits better, it needs no more evidence.
        beside_ok = equal_beside and best_match > best_other
        # An age band ("the under-12s") is a label: found at all, it needs no passage.
        floor = 0.0 if distinctive or beside_ok or f.unit == "band" else MIN_SCORE
        # Only a clear winner explains its occurrence away (not one of two swapped figures).
        clear = best_match >= best_other + CLAIM_MARGIN and match_words > 0
        # A value the sources give once is explained by its supported fact, unless the
        # sentence's other figures are told there too (two figures may have traded places).
        clear |= (
            distinctive
            and len(equal_ids) == 1
            and equal_aligned >= UNIQUE_ALIGN
            and not any(self._shares_a_value(f.sentence, n, si, but=f) for n, si in equal_at)
        )
        self.best_equal[id(f)] = best_occurrence if clear else None
        self.match_score[id(f)] = best_match
        logger.debug(
            "  best equal %.2f, best other %.2f, floor %.2f", best_match, best_other, floor
        )
        told_again = [
            x
            for x in others
            if x.aligned >= HIGH_ALIGN
            and (x.doc, x.sentence) not in equal_at
            and self._as_many_figures(f, x.doc, x.sentence)
        ]
        if (
            equal_at
            and told_again
            and max(x.aligned for x in told_again) - ALIGN_GAP >= equal_aligned
        ):
            # The article's sentence is another source sentence told again, with another
            # figure in this one's place: "for 31 years" in the 22-year worker's sentence.
            # (Not a sentence with fewer such figures: "fined £16,200 and ordered to pay
            # costs" is no "fined £7,500 ... and must pay £3,842 in costs" told again.)
            self.best_equal[id(f)] = None
            return False
        if (
            best_match < 0
            and any(x.aligned >= HIGH_ALIGN and x.words >= SLOT_WORDS for x in others)
            and not self._cue_words(f) & (_DERIVE_CUES | _REMAINDER_CUES | _TOTAL_CUES)
        ):
            # Nowhere in the sources, in the place of a figure whose sentence and words are
            # this one's ("rise from £7 to £9" for "from £7.00 to £8.00"): a changed figure,
            # not one worked out ("4 x £2.20"), unless a word says it was ("rose by").
            return False
        if best_match >= floor and best_match >= best_other - MARGIN:
            return True
        if equal_aligned >= HIGH_ALIGN and not any(
            x.aligned > equal_aligned - ALIGN_GAP for x in others if x.score >= best_match - MARGIN
        ):
            # The equal value's sentence is the article's own, told again; the rivals'
            # sentences are not ("at the bakery for 22 years" / "for 31 years").
            return True
        # Rivals of that same sentence are a question for its words ("in 2022 and 2024").
        elsewhere = [x for x in others if (x.doc, x.sentence) not in sharing]
        best_elsewhere = max((x.score for x in elsewhere), default=-1.0)
        if (
            equal_shares
            and best_elsewhere >= best_other
            and not any(
                self._shares_a_value(f.sentence, x.doc, x.sentence, but=f)
                for x in elsewhere
                if x.score >= best_match - MARGIN
            )
        ):
            # "called 999 at 4:50 p.m." against "a 999 call at 4.50pm": a passage giving
            # two of the sentence's figures is its passage, however the words align.
            return True
        if (
            equal_at
            and f.family == "num"
            and distinctive
            and self._passage_shares_more(f, equal_at, others, best_match)
        ):
            return True
        if equal_owned and rival_owned < best_match - MARGIN:
            return True
        if f.unit == "age" and person is None and self._epithet_age(f):
            return True
        if f.family == "num" and (how := self._ratio_to_one(f)) is not None:
            # A ratio told "N to one" is worked out, wherever else the sources say N.
            self.worked_out[id(f)] = how
            return True
        if f.family == "wd" and self._announced_that_day(f):
            return True
        if f.family == "year" and best_other < MIN_SCORE + MARGIN:
            return f.value in self.src.allowed_years  # no passage says otherwise
        if f.unit == "ord" and best_match >= 0 and self._period_named(f):
            return True
        # (Days and weeks only: years since a year of the passage are too often one of
        # its other years away.)
        unmeasured = f.unit in ("day", "week") and not same_unit and best_match < MIN_SCORE
        if f.family == "num" and (best_match < 0 or unmeasured) and f.unit != "ord":
            # Nowhere in the sources: maybe worked out from its passage's figures. A value
            # found elsewhere is never derived (it may have been moved here), unless found
            # only as a bare number far off ("three weeks after" and a "three" elsewhere).
            return self._derivable(f)
        if f.family == "score" and best_match < 0:
            return self._score_from_counts(f) or self._running_score(f)
        if f.family == "date" and best_match < 0:
            return self._date_after_gap(f)
        return False

    def _as_many_figures(self, f: Mention, n: int, si: int) -> bool:
        """Whether source sentence ``si`` gives at least as many figures of ``f``'s sort
        as ``f``'s article sentence does."""
        return _of_sort(f, self.src.docs[n].values, si) >= _of_sort(f, self.art.values, f.sentence)

    def _period_named(self, f: Mention) -> bool:
        """ "in the third period", "lost the first set": an ordinal that names a part of a
        match, as a source names it, is that part; which goals or points fell in it is
        the business of the other figures of the sentence."""
        word = _period_word(self.art.sentences[f.sentence].tokens, f.i1)
        if word is None:
            return False
        return any(
            o.unit == "ord"
            and o.value == f.value
            and _period_word(self.src.docs[n].sentences[o.sentence].tokens, o.i1) == word
            for n, o in self.src.by_family["num"]
        )

    def _date_after_gap(self, f: Mention) -> bool:
        """ "refunded within 14 days, by September 20": a date the sentence's own number
        of days (or weeks) after a source's date of issue, or before it when it says so."""
        today = self.src.story_date
        day = self._article_day(f.value) if today is not None else None
        if day is None:
            return False
        toks = self.art.sentences[f.sentence].tokens
        back = any(t.lower in ("earlier", "before") for t in toks)
        spans = [
            m
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "num" and m.unit in ("day", "week")
        ]
        gaps = [_in_days(m) for m in spans]
        # "served on April 2, gave him 28 days, a deadline that ran out on April 30": the
        # sentence's own date, its number of days, then the date they lead to.
        for start in self.art.values:
            if start.sentence != f.sentence or start.family != "date" or start.i0 >= f.i0:
                continue
            first = self._article_day(start.value)
            for gap in spans:
                if first is None or not start.i0 < gap.i0 < f.i0:
                    continue
                end = first + timedelta(days=_in_days(gap))
                if (end.month, end.day) == f.value[:2] and f.value[2] in (None, end.year):
                    text = self.art.text[start.start : start.end]
                    self.worked_out[id(f)] = f"{text} + {_in_days(gap)} days"
                    return True
        # Counted from the day a source speaks from: any other date of the sources would
        # be one gap away from a wrong date too often ("by August 16", two weeks after the
        # festival's last day, for the statement's "within 14 days").
        for doc in self.src.docs:
            other = _heading_date(doc, today)
            gap = (other - day if back else day - other).days if other else None
            if gap in gaps:
                sign = "-" if back else "+"
                self.worked_out[id(f)] = f"{other:%B} {other.day} {sign} {gap} days"
                return True
        return False

    def _announced_that_day(self, f: Mention) -> bool:
        """ "Organisers announced at 11am on Thursday" from a statement headed "Thursday 30
        July 2026, 11am": the day a source was issued is the day it announced its news."""
        today = self.src.story_date
        toks = self.art.sentences[f.sentence].tokens
        before = {t.lower for t in toks[max(0, f.i0 - ANNOUNCE_REACH) : f.i0]}
        if today is None or not before & _ANNOUNCE_VERBS:
            return False
        days = (_heading_date(doc, today) for doc in self.src.docs)
        return any(day is not None and day.weekday() == f.value for day in days)

    def _score_from_counts(self, f: Mention) -> bool:
        """ "backed strike action by 618 votes to 244" from "618 members voted yes and 244
        voted no": both sides of a score, as counts of one related source sentence."""
        sides = {float(x) for x in f.value}
        for n, si in self._near(f.sentence):
            doc = self.src.docs[n]
            counts = {
                m.value
                for m in doc.values
                if m.family == "num"
                and m.unit is None
                and (
                    m.sentence == si
                    # Or items of a results list around it: "OKONJO ... - 98,412" and
                    # "STOTT ... - 91,207" give "won 98,412 votes to 91,207".
                    or (
                        abs(m.sentence - si) <= 2
                        and min(sides) >= 100  # not "four for 38": bowling, no vote
                        and self._owner(doc, m, tight=True)
                    )
                )
            }
            if sides <= counts:
                return True
        return False

    def _score_sentences(self, f: Mention) -> list[tuple[int, int]]:
        """The source sentences giving score ``f``: as a score, or as both its sides
        ("Semi-final: Tollbridge Tigers 24 Marshfield RFC 12")."""
        sides = {float(x) for x in f.value}
        want = {tuple(f.value), tuple(f.value[::-1])}
        scores = self.src.by_family.get("score", ())
        out = {(n, o.sentence) for n, o in scores if tuple(o.value) in want}
        for key, figures in self._source_figures.items():
            if sides <= {m.value for m in figures if m.unit is None}:
                out.add(key)
        return sorted(out)

    def _scored_by_others(self) -> set[int]:
        """ "beating Kestrel Park 24-12" when the one line with that score is "Tollbridge
        Tigers 24 Marshfield RFC 12": the team right before a score is one of its sides."""
        out: set[int] = set()
        for f in self.art.values:
            if f.family != "score" or len(set(f.value)) < 2:
                continue
            toks = self.art.sentences[f.sentence].tokens
            side = [
                m
                for m in self.art.names
                if m.sentence == f.sentence
                and (m.i1 == f.i0 or (m.i1 == f.i0 - 1 and toks[m.i1].text == ","))
            ]
            if not side:
                continue
            lines = self._score_sentences(f)
            if not lines or any(len(self._source_names[line]) < 2 for line in lines):
                continue
            mine = set(side[0].value)  # "Leo Marchetti of Halbrook Salle": any of its names
            if not any(
                _names_meet(mine, set(m.value)) for x in lines for m in self._source_names[x]
            ):
                out.add(id(side[0]))
        return out

    def _running_score(self, f: Mention) -> bool:
        """ "lead 67-60 going into the last" from quarters of "21-18, 19-24, 25-17, 22-20";
        "won the second half 16-12" from a 30-26 final and a 14-14 half-time: the score
        after some periods of a line that lists them, or between two scores of a match.
        Team scores only (sides adding to MATCH_TOTAL or more): sets of tennis or
        volleyball are told one by one."""
        want = {tuple(f.value), tuple(f.value[::-1])}
        cited = self._cited_docs(f)
        for n in cited:
            doc = self.src.docs[n]
            scores = [m for m in doc.values if m.family == "score" and sum(m.value) >= 2]
            for si in {m.sentence for m in scores}:
                line = [m.value for m in scores if m.sentence == si]
                if len(line) < 3:
                    continue
                total = (0, 0)
                for home, away in line[:-1]:
                    total = (total[0] + home, total[1] + away)
                    if total in want:
                        return True
            for a, b in itertools.permutations(scores, 2):
                if sum(b.value) < MATCH_TOTAL:
                    continue
                gap = (a.value[0] - b.value[0], a.value[1] - b.value[1])
                if min(gap) >= 0 and sum(gap) > 0 and gap in want:
                    return True
        return False

    def _stated_beside(self, f: Mention, o: Mention) -> list[Mention]:
        """The other figures of ``f``'s sentence (for a number, of the sentences either
        side too) that give ``o``'s value ("a total of 272 ... closed with a 70"; "on 46
        points ... The champions won 15 of their 18"): then ``o`` is theirs, not a slot
        ``f`` was moved into, unless the words next to it say otherwise. (Dates and
        weekdays told in the next sentence are another event's: not for them.)"""
        return [
            v
            for v in self.art.values
            if (
                v.sentence == f.sentence
                or (f.family == "num" and abs(v.sentence - f.sentence) == 1)
            )
            and v is not f
            and self._same_figure(v, o)
        ]

    def _told_by_others(self, f: Mention, n: int, o: Mention) -> bool:
        """Whether ``f``'s sentence states, with its other figures, every figure of the
        source sentence of ``o`` ("collected 87 swarms, compared with 64 swarms from 162
        calls in 2025" for "Last season we received 162 calls and collected 64 swarms"):
        that sentence is told there, so it is no slot ``f`` was moved into."""
        theirs = self._source_figures.get((n, o.sentence), [])
        mine = [v for v in self.art.values if v.sentence == f.sentence and v is not f]
        return len(theirs) >= 2 and all(any(self._same_figure(v, m) for v in mine) for m in theirs)

    def _explained_beside(self, f: Mention, n: int, o: Mention) -> bool:
        """Whether a figure of ``f``'s sentence gives ``o``'s value with words that fit ``o``
        clearly better than ``f``'s: "cut 17 minutes 26 seconds from the 12:58:33" has the
        17:26 for the source's "17 minutes 26 seconds", no slot of the 12:58:33. When the
        sentence tells all of ``o``'s source sentence, words fitting nearly as well do."""
        beside = self._stated_beside(f, o)
        if not beside:
            return False
        mine = _dice(f.context, o.context, self.src)
        need = mine - TOLD_SLACK if self._told_by_others(f, n, o) else mine + WORDS_CLEAR
        return any(_dice(v.context, o.context, self.src) > need for v in beside)

    def _same_figure(self, v: Mention, o: Mention) -> bool:
        """Whether article value ``v`` and source value ``o`` are one figure."""
        return (
            v.family == o.family
            and (v.family != "num" or _compatible_units(v, o))
            and _same_value(v, o, self.src, set())
        )

    def _epithet_age(self, f: Mention) -> bool:
        """ "Macrory won ... The 29-year-old collects": the age of the person just named,
        found next to that person's name in a source."""
        named = {
            m.value[-1]
            for si in (f.sentence - 1, f.sentence)
            for m in self.art.names_in.get(si, ())
            if len(m.value) > 1 or m.value[0] in self.surnames
        }
        return any(f.value in self._ages_of(p) for p in named)

    def _closest_equal(self, f: Mention) -> int | None:
        near = self._near(f.sentence)
        best: tuple[float, int] | None = None
        for n, o in self.src.by_family.get(f.family, ()):
            if (n, o.sentence) not in near or not _same_value(f, o, self.src, self._doc_years(n)):
                continue
            words = _dice(f.context, o.context, self.src)
            if words > 0 and (best is None or words > best[0]):
                best = (words, id(o))
        return best[1] if best else None

    def _person(self, doc: _Doc, m: Mention) -> str | None:
        """Surname of the person named closest to a value in its sentence (a few words)."""
        best: tuple[int, str] | None = None
        toks = doc.sentences[m.sentence].tokens
        for name in doc.names_in.get(m.sentence, ()):
            gap = max(name.i0 - m.i1, m.i0 - name.i1, 0)
            between = toks[min(name.i1, m.i1) : max(name.i0, m.i0)]
            # "Frew, 52,", "Kowal, at 17:52,": a value in apposition is the name's.
            apposition = _apposed(toks, name, m, _APPOSED)
            if any(t.text in F.CLAUSE_BREAKS for t in between) and not apposition:
                continue  # "second, 37 seconds back, and Haddou": another clause's name
            if len(name.value) == 1 and name.value[0] not in self.surnames:
                continue
            if gap <= PERSON_GAP and (best is None or gap < best[0]):
                best = (gap, name.value[-1])
        return best[1] if best else None

    def _apposed_person(self, f: Mention) -> str | None:
        """Surname of the person an article's age stands beside: "Isla Brannock, 31,",
        "Brannock, aged 31", "Drysdale, a 22-year-old". (Not "the 19-year-old caught Kettering".)"""
        toks = self.art.sentences[f.sentence].tokens
        for name in self.art.names_in.get(f.sentence, ()):
            if _apposed(toks, name, f, _AGED):
                return name.value[-1]
        return None

    def _ages_of(self, person: str) -> set[float]:
        """The ages the sources give a person (by surname)."""
        return {age for theirs, age in self._source_ages if _name_word_match(person, theirs)}

    @functools.cached_property
    def _source_ages(self) -> list[tuple[str, float]]:
        """Each age the sources give, with the surname of the person it is given to."""
        return [
            (theirs, o.value)
            for n, o in self.src.by_family["num"]
            if o.unit == "age" and (theirs := self._person(self.src.docs[n], o))
        ]

    def _owner(self, doc: _Doc, m: Mention, tight: bool) -> list[Mention]:
        """``_find_owner``, once per figure: a source figure is asked about for every
        figure of the article it may be a rival of."""
        key = (id(m), tight)
        found = self._owners.get(key)
        if found is None:
            found = self._owners[key] = self._find_owner(doc, m, tight)
        return found

    def _find_owner(self, doc: _Doc, m: Mention, tight: bool) -> list[Mention]:
        """The name a figure belongs to: the nearest before it in its sentence with no
        other figure of its sort between ("Sallow Vale on 3,851"), else one right after it
        ("1,296, Ruth Emmerson"). ``tight``: the names of the list item the figure ends
        ("2. Sallow Vale Archers 3,851", "Railway Tavern 30," in a table told as a line)."""
        toks = doc.sentences[m.sentence].tokens
        same = [
            v for v in doc.values
            if v.sentence == m.sentence and v is not m and v.kind != "derived"
            and v.family == m.family and _same_sort(m, v)
        ]  # fmt: skip
        names = doc.names_in.get(m.sentence, ())
        if tight:
            if m.unit == "age":
                return []
            item = _list_item(toks, m)
            if item is None:
                return []
            a, b = item
            if any(a <= v.i0 < b for v in same):
                return []  # prose or a row of several figures: the name owns them all
            inside = [name for name in names if a <= name.i0 and name.i1 <= m.i0]
            if not inside and a == m.i0 > 0 and toks[a - 1].text == ",":
                # "1. Darren Ashworth, 1,412": the name the line opens with, after its place.
                opening = all(_line_rank(toks, v) for v in same if v.i1 <= a) and all(
                    toks[k].kind != "word" for k in range(a - 1) if not self._in_name(names, k)
                )
                inside = [name for name in names if name.i1 == a - 1] if opening else []
            named = {k for name in inside for k in range(name.i0, name.i1)}
            words = [k for k in range(a, m.i0) if toks[k].kind == "word" and k not in named]
            return inside if len(words) <= LINE_WORDS else []
        before = [
            name
            for name in names
            if name.i1 <= m.i0
            and m.i0 - name.i1 <= OWNER_REACH
            and not any(name.i1 <= v.i0 and v.i1 <= m.i0 for v in same)
            and not any(t.text in ";:" for t in toks[name.i1 : m.i0])
        ]
        # "Dean Whitcombe, from nearby Polwenna, won with 57": a place the sentence
        # passes through on its way owns nothing when a name before it can.
        owners = [name for name in before if not _place_of(toks, name)] or before
        if owners:
            return [max(owners, key=lambda name: name.i1)]
        after = [
            name
            for name in names
            if name.i0 >= m.i1
            and name.i0 - m.i1 <= 3
            and not any(
                t.text in F.CLAUSE_BREAKS - {","} or t.lower in F.SUBORDINATORS | {"and"}
                for t in toks[m.i1 : name.i0]
            )
        ]
        return [min(after, key=lambda name: name.i0)] if after else []

    @staticmethod
    def _in_name(names: Sequence[Mention], k: int) -> bool:
        return any(name.i0 <= k < name.i1 for name in names)

    def _owned_by(self, n: int, o: Mention, owner: list[Mention]) -> bool:
        """Whether the sources' figure ``o`` ends a list item naming the ``owner``."""
        return any(
            _names_meet(set(mine.value), set(theirs.value))
            for mine in owner
            for theirs in self._owner(self.src.docs[n], o, tight=True)
        )

    def _aligned_sentences(
        self, f: Mention, each_cited: bool = False, slack: float = DERIVE_SLACK
    ) -> tuple[set[tuple[int, int]], tuple[int, int] | None]:
        """The source sentences that best match ``f``'s article sentence (at most
        DERIVE_SENTENCES, each well matched), and the best of them."""
        mine = self.art.sentences[f.sentence].stems
        cited = self.sentence_cites[f.sentence]
        ranked = []
        for n, si in self._near(f.sentence):
            theirs = self.src.docs[n].sentences[si].stems
            cov = _coverage(mine, theirs, self.src)
            if len(f.clause - _DIRECTION_STEMS) >= 2:  # a merged sentence: its clause may match
                cov = max(cov, _coverage(f.clause, theirs, self.src))
            ranked.append((cov + (CITE_BONUS if n in cited else 0.0), n, si))
        if not ranked:
            return set(), None
        ranked.sort(reverse=True)
        top = ranked[0][0]
        keep = [
            (n, si)
            for cov, n, si in ranked[:DERIVE_SENTENCES]
            if cov >= DERIVE_ALIGN and cov >= top - slack
        ]
        if each_cited:
            # "recalling 86,000 kettles [1][2]": the figures may come from the other source.
            for n in cited - {k[0] for k in keep}:
                best = next(((c, m, si) for c, m, si in ranked if m == n), None)
                if best is not None and best[0] - CITE_BONUS >= DERIVE_ALIGN:
                    keep.append((n, best[2]))
        return set(keep), (keep[0] if keep else None)

    def _passage_values(self, f: Mention) -> list[tuple[int, Mention, bool]]:
        """The figures of the source sentences that best match ``f``'s article sentence."""
        keep, _ = self._aligned_sentences(f, each_cited=True)
        # The figure a writer sets against it is often a sentence or two away ("its
        # £1.8m target"): those count too, paired only with a figure the article states.
        reach = {
            (n, k) for n, si in keep for k in range(si - DERIVE_REACH, si + DERIVE_REACH + 1)
        } - keep
        return [
            (n, m, (n, si) in keep)
            for n, si in keep | reach
            for m in self.src.docs[n].values
            if m.sentence == si and m.family == "num" and m.unit != "ord"
        ]

    def _labelled(self, n: int, clause: frozenset[str]) -> list[Mention]:
        """The figures of source ``n``'s "Label: value" lines whose label shares a word
        with ``clause``."""
        doc = self.src.docs[n]
        out = []
        for m in doc.values:
            sent = doc.sentences[m.sentence]
            label = doc.text[sent.start : m.start]
            if m.family == "num" and _LABEL_LINE.fullmatch(label) and sent.stems & clause:
                out.append(m)
        return out

    def _ratio_to_one(self, f: Mention) -> str | None:
        """ "outnumbered the 41 letters of support by seven to one" (287 objections), "by
        more than two to one: 112 letters backed the plans and 47 opposed them": the
        ratio of a figure of the sentence to another of it or of its passage."""
        toks = self.art.sentences[f.sentence].tokens
        if f.unit is not None or [t.lower for t in toks[f.i1 : f.i1 + 2]] != ["to", "one"]:
            return None
        mine = [
            m.value
            for m in self.art.values
            if m.sentence == f.sentence and m is not f and m.family == "num" and m.unit is None
        ]
        theirs = [m.value for _, m, _ in self._passage_values(f) if m.unit is None]

        def fits(ratio: float) -> bool:
            if f.hedge == "over":
                return f.value < ratio < f.value + 1
            return abs(ratio - f.value) < RATIO_SLACK

        for a in mine:
            for b in mine + theirs:
                if a and b and a != b and fits(max(a, b) / min(a, b)):
                    return f"{max(a, b):g} to {min(a, b):g}"
        return None

    def _cue_words(self, f: Mention) -> set[str]:
        """The words right beside an article's value, where a cue that it was worked out
        must be: "two more than" says nothing of "26 points"."""
        toks = self.art.sentences[f.sentence].tokens
        near = toks[max(0, f.i0 - DERIVE_CUE_WINDOW) : f.i1 + DERIVE_CUE_WINDOW]
        return {t.lower for t in near if t.kind == "word"}

    def _derivable(self, f: Mention) -> bool:
        """Whether ``f`` is one arithmetic step from the figures of its own passage
        ("taking its fleet to 100" from 12 buses joining 88); the working is kept."""
        toks = self.art.sentences[f.sentence].tokens
        words = self._cue_words(f)
        # Figures the article states beside it; for what is left of a whole ("leaving
        # £930,000 to pursue"), the whole may be stated anywhere in the article.
        remainder = bool(words & _REMAINDER_CUES)
        beside = [
            m
            for m in self.art.values
            if m.family == "num"
            and (remainder or f.sentence - 1 <= m.sentence <= f.sentence)
            and m is not f
        ]
        stated: dict[float, str | None] = {S.as_written(_timed(m)): m.noun for m in beside}
        # "rose from £91.20 to £96.40": the article itself says which figure a change
        # starts from and which it ends at.
        stated_lead = {S.as_written(_timed(m)): m.lead for m in beside if m.sentence == f.sentence}
        passage = self._passage_values(f)[:24]
        seen = {id(m) for _, m, _ in passage}
        # Figures the article states beside it, wherever the sources give them: "topped
        # the 3.9m wall by 80cm" after "rose to 4.7m".
        anchors = [
            (n, m)
            for n, m in self.src.by_family["num"]
            if m.kind != "derived" and S.as_written(_timed(m)) in stated
        ][:8]
        near = {(n, k) for n, m in anchors for k in range(m.sentence - 1, m.sentence + 2)}
        passage += [
            (n, m, False)
            for n, m in self.src.by_family["num"]
            if m.kind != "derived" and id(m) not in seen and (n, m.sentence) in near
        ][:16]
        labelled = []
        if any(t.lower in _TOTAL_CUES for t in toks):
            # "combined turnover of £55.1m, employ 295 people": the parts are a statement's
            # "Label: value" lines ("Holloway Vale employees: 210"), each matching the
            # clause by its label alone; the cue may be anywhere in the sentence.
            seen = {id(m) for _, m, _ in passage}
            labelled = [
                (n, m, True)
                for n in self._cited_docs(f)
                for m in self._labelled(n, f.clause)
                if id(m) not in seen
            ]
            passage += labelled
        if f.unit == "dur" and f.value >= 60:
            # "under control at 4:10am, an hour and 23 minutes after the first call": the
            # call's time may be anywhere in the sources it cites (paired only with a time
            # the article states beside it). Times of day only: a bare "6:12" may be a
            # race time, and two of those are seconds apart.
            cited = self._cited_docs(f)
            seen = {id(m) for _, m, _ in passage}
            passage += [
                (n, m, False)
                for n in cited
                for m in self.src.docs[n].values
                if m.unit == "clock" and m.raw is None and id(m) not in seen
            ]
        operands = []  # none at all: a gap between dates or years may still be worked out
        for n, m, aligned in passage:
            text = self.src.docs[n].text[m.start : m.end]
            place = (n, m.sentence)
            # A bare "07:45" is a time of day or a race time ("27:55"): both readings.
            timed = _timed(m)
            for t in (m, timed) if timed is not m else (m,):
                said = S.as_written(t) in stated
                period = _period_of(self.src.docs[n].sentences[m.sentence].tokens)
                # What a figure the article states counts, the article says: "340 job cuts"
                # for the sources' "340 posts".
                told = stated[S.as_written(t)] if said else None
                told_lead = stated_lead.get(S.as_written(t))
                operands.append(
                    D.Operand(
                        t.value,
                        t.unit,
                        text,
                        place,
                        m.noun,
                        said,
                        aligned,
                        period,
                        m.lead,
                        told,
                        told_lead,
                    )
                )
        # A figure the article has just worked out may be worked on in turn: "a total of
        # 41,350 - up 3,150 on last year's 38,200".
        for m in self.art.values:
            if (
                m is not f
                and m.family == "num"
                and id(m) in self.worked_out
                and 0 <= f.sentence - m.sentence <= 1
            ):
                text = self.art.text[m.start : m.end]
                operands.append(
                    D.Operand(m.value, m.unit, text, (-1, m.sentence), m.noun, True, True)
                )
        written = self.art.text[f.start : f.end]
        after = _word_after(toks, f)
        step = D.written_step(written, f.value, rounded=f.hedge == "about")
        if f.unit == "dur":
            step = D.duration_step(written)
        if f.hedge == "about":  # "about 40 firefighters" is no 26 + 9
            step = min(step, max(D.written_step(written, f.value), ROUNDED_SHARE * f.value))
        # "31 more volunteers" counts volunteers: no sum of volunteers and centres.
        noun = f.noun
        if after in _COMPARATIVE_WORDS:
            noun = F.noun_after(toks, f.i1 + 1)
        if f.fraction:
            step = max(step, FRACTION_TOLERANCE)  # "a fifth less" for a fall of 20.3%
        cued = bool(words & _DERIVE_CUES) or _part_of_number(toks, f.i1) or bool(labelled)
        target = D.Target(
            f.value,
            f.unit,
            step,
            per=_per_head(toks, f),
            points=f.unit is None and f.noun in ("point", "pt"),
            times=f.unit is None and after in ("times", "fold"),
            cued=cued,
            worded=bool(words & _DERIVE_CUES),
            down=True if words & _FALL_WORDS else False if words & _RISE_WORDS else None,
            change=bool(words & _CHANGE_WORDS),
            ends=self._change_ends(f),
            given=any(m.unit == "pct" for _, m, aligned in passage if aligned),
            # ... but none where the figures stated beside this one are told ("takings down
            # 40 per cent" two paragraphs off a cost's rise): two of those may be its ends.
            given_apart=bool(anchors)
            and not any(
                m.unit == "pct" and ((n, m.sentence) in near or self.align(f, n, m) >= HIGH_ALIGN)
                for n, m, aligned in passage
                if aligned
            ),
            noun=noun,
            period=_period_after(toks, f.i1),
            # "more than 14,000 still without power": a hedged figure, worked out.
            bound=f.hedge if f.hedge in ("under", "over") and (f.fraction or cued) else None,
            side=f.hedge if f.hedge in ("under", "over") else None,
            remainder=remainder,
            fraction=f.fraction,
        )
        pair = self._partitive_before(f) if f.unit == "pct" else None
        if pair is not None:
            # "nine of the 20 people ... - 45 per cent": the share of those two, and no
            # other pair of the passage's figures ("11 of the 28 nights" elsewhere), nor
            # a fall from 20 to nine.
            part, whole = pair
            how = f"{part:g} of {whole:g}" if D.is_share(target, part, whole) else None
        elif f.fraction and (told := self._share_told_beside(f, target)):
            how = told  # "more than a quarter of officers, 27 per cent"
        else:
            how = D.working(target, operands)
        today = self.src.story_date
        # "closed it three years later": after another event, not before the story's day
        # ("20 years after her debut" may be either).
        since = after not in ("later", "earlier")
        if how is None and f.unit in ("year", "age") and today is not None and since:
            # "his 44 years as a trainer" from "a career that began in 1982"; "the
            # 139-year-old chain" from "founded in 1887" (not "three years later").
            # (A year is a step from few others: a sentence further behind will do.)
            keep, _ = self._aligned_sentences(f, each_cited=True, slack=YEARS_SLACK)
            places = {(n, k) for n, si in keep for k in range(si - 1, si + 2)}
            how = next(
                (
                    f"{today.year} - {self.src.docs[n].text[m.start : m.end]}"
                    for n, m in self.src.by_family["year"]
                    if m.kind == "date"
                    and (n, m.sentence) in places
                    and today.year - m.value == f.value
                ),
                None,
            )
        if how is None and f.unit in ("year", "age") and today is not None:
            how = self._years_from_stated(f, today)
        if how is None and (f.unit == "month" or (f.unit == "year" and f.value % 1)):
            how = self._months_between(f)
        if how is None and f.unit in ("day", "week"):
            how = self._days_between(f) or self._days_spanned(f) or self._days_told(f)
        if how is None and f.unit == "dur":
            how = self._weekday_span(f)
        if how is not None:
            self.worked_out[id(f)] = how
        return how is not None

    def _years_from_stated(self, f: Mention, today: date) -> str | None:
        """ "joined in 2021, five years ago"; "dates from 1480, making it 546 years old";
        "bought it in 2021 and closed it two years later" (a source sentence giving both
        years): counted from a year the article states just before, itself checked."""
        word = _word_after(self.art.sentences[f.sentence].tokens, f)
        years = [
            m
            for m in self.art.values
            if (m.family == "year" or _old_year(self.art.text[m.start : m.end], today))
            and (m.sentence == f.sentence - 1 or (m.sentence == f.sentence and m.i0 < f.i0))
        ]
        for y in reversed(years):
            if word in ("later", "after"):
                # A later year of the source sentence that gives this one.
                found = next(
                    (
                        o
                        for n, o in self.src.by_family["year"]
                        if o.kind == "date"
                        and o.value - y.value == f.value
                        and any(
                            v.family == "year" and v.value == y.value and v.sentence == o.sentence
                            for v in self.src.docs[n].values
                        )
                    ),
                    None,
                )
                if found is not None:
                    return f"{found.value} - {y.value}"
            if today.year - y.value == f.value and word not in ("later", "earlier"):
                return f"{today.year} - {y.value}"
        return None

    def _days_between(self, f: Mention) -> str | None:
        """ "arrested on Monday, June 1, 16 days after the raid": the gap between a date
        the sentence gives and a date of the sources (the raid's May 16), in the direction
        the word after it says."""
        word = _word_after(self.art.sentences[f.sentence].tokens, f)
        today = self.src.story_date
        if word not in _LATER or today is None:
            return None
        anchors = [
            m
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "date" and m.value[1] is not None
        ]
        if not anchors:
            return None
        # The date nearest before the gap ("on June 1, 16 days after"), else after it.
        anchor = min(anchors, key=lambda m: (m.i0 > f.i0, abs(m.i0 - f.i0)))
        start = self._article_day(anchor.value)
        days = _in_days(f)
        if start is None:
            return None
        for doc in self.src.docs:
            dates = [(m.value, doc.text[m.start : m.end]) for m in doc.values if m.family == "date"]
            issued = _heading_date(doc, today)
            if issued is not None:
                dates.append(((issued.month, issued.day, issued.year), "its date of issue"))
            for value, text in dates:
                other = _calendar_day(value, today)
                if other is not None and (start - other).days * _LATER[word] == days:
                    return f"{self.art.text[anchor.start : anchor.end]} - {text}"
        return None

    def _weekday_span(self, f: Mention) -> str | None:
        """ "shut from 11pm on Friday until 5am on Monday, a 54-hour closure": the hours
        from one time of a named day to a later one, both in the sentence."""
        values = sorted(
            (m for m in self.art.values if m.sentence == f.sentence), key=lambda m: m.i0
        )
        stamps = []
        for clock in (m for m in values if m.unit == "clock" and m.raw is None):
            days = [
                m
                for m in values
                if m.family == "wd" and -WEEKDAY_REACH <= m.i0 - clock.i1 <= WEEKDAY_REACH
            ]
            day = min(days, key=lambda m: abs(m.i0 - clock.i1), default=None)
            if day is not None:
                stamps.append((day.value * 1440 + clock.value, clock, day))
        text = self.art.text
        for (a, ca, da), (b, cb, db) in itertools.combinations(stamps, 2):
            minutes = (b - a) % (7 * 1440)
            if da is not db and abs(minutes * 60 - f.value) < 1:
                first = f"{text[ca.start : ca.end]} {text[da.start : da.end]}"
                return f"{first} to {text[cb.start : cb.end]} {text[db.start : db.end]}"
        return None

    def _days_told(self, f: Mention) -> str | None:
        """ "put back by 14 days", "over the eight weeks": the days from one date to
        another of the source sentences that best match the article's, counted as
        ``_days_spanned`` counts them."""
        today = self.src.story_date
        if today is None:
            return None
        keep, _ = self._aligned_sentences(f, each_cited=True)
        days = self._day_counts(f)
        for n, si in keep:
            doc = self.src.docs[n]
            dated = [
                (day, m)
                for m in doc.values
                if m.sentence == si
                and m.family == "date"
                and (day := _calendar_day(m.value, today)) is not None
            ]
            for (first, a), (last, b) in itertools.combinations(dated, 2):
                if abs((last - first).days) in days:
                    return f"{doc.text[a.start : a.end]} to {doc.text[b.start : b.end]}"
        return None

    def _months_between(self, f: Mention) -> str | None:
        """ "seven months after the inspection", "for two years and seven months, from
        March 2022 to October 2024": the calendar months from a date of the article's
        sentence (or the one before) to another date of it, of the source sentences it
        tells, or of the day a source or the story was written. "More than four months"
        may be five."""
        today = self.src.story_date
        if today is None:
            return None
        months = round(f.value * (12 if f.unit == "year" else 1))
        wanted = {months, months + 1} if f.hedge == "over" else {months}

        def month_of(value: tuple) -> int | None:
            month, day, year = value
            if year is None and day is not None:
                found = self._article_day(value)  # "January 28": the year its day is in
                year = found.year if found else None
            return year * 12 + month if year and month else None

        mine = [
            (month_of(m.value), self.art.text[m.start : m.end])
            for m in self.art.values
            if m.family == "date" and f.sentence - 1 <= m.sentence <= f.sentence
        ]
        keep, _ = self._aligned_sentences(f, each_cited=True)
        theirs = [
            (month_of(m.value), self.src.docs[n].text[m.start : m.end])
            for n, si in keep
            for m in self.src.docs[n].values
            if m.sentence == si and m.family == "date"
        ]
        issued = [_heading_date(doc, today) for doc in self.src.docs] + [today]
        theirs += [(d.year * 12 + d.month, f"{d:%B %Y}") for d in issued if d is not None]
        for a, a_text in mine:
            for b, b_text in mine + theirs:
                if a is not None and b is not None and abs(a - b) in wanted and a_text != b_text:
                    return f"{b_text} to {a_text}"
        return None

    def _article_day(self, value: tuple) -> date | None:
        """An article's date as a day of the calendar: with no year written, the year the
        sources give that same day ("January 28" of a report's "28 January 2026"), else
        the one nearest the story's date."""
        month, day, year = value
        if year is None and day is not None:
            years = {
                o.value[2]
                for _, o in self.src.by_family.get("date", ())
                if o.value[:2] == (month, day) and o.value[2] is not None
            }
            if len(years) == 1:
                year = years.pop()
        today = self.src.story_date
        return _calendar_day((month, day, year), today) if today is not None else None

    def _days_spanned(self, f: Mention) -> str | None:
        """ "over 12 days, from July 14 to 25": the days from one date its sentence gives
        to another, counted with both ends or without the first."""
        today = self.src.story_date
        if today is None:
            return None
        dated = [
            (day, m)
            for m in self.art.values
            if m.sentence == f.sentence
            and m.family == "date"
            and (day := self._article_day(m.value)) is not None
        ]
        days = self._day_counts(f)
        for (first, a), (last, b) in itertools.combinations(dated, 2):
            if (last - first).days in days and last > first:
                return f"{self.art.text[a.start : a.end]} to {self.art.text[b.start : b.end]}"
        return None

    def _day_counts(self, f: Mention) -> set[int]:
        """The days between two dates that ``f``'s number of days may count. Both ends
        count in a span ("over 12 days, from July 14 to 25"), not in a gap ("died three
        days later, on June 11" is two days after June 9)."""
        gap = _word_after(self.art.sentences[f.sentence].tokens, f) in _LATER
        return {_in_days(f)} if gap else {_in_days(f), _in_days(f) - 1}

    def _share_told_beside(self, f: Mention, target: D.Target) -> str | None:
        """A percentage the article puts right next to a share in words, which tells it
        again less precisely: "more than a quarter of officers, 27 per cent"."""
        told = (
            m
            for m in self.art.values
            if m.sentence == f.sentence
            and m.unit == "pct"
            and not m.fraction
            and m.i0 - f.i1 <= SHARE_TOLD_GAP
            and f.i0 - m.i1 <= SHARE_TOLD_GAP
            and D.is_share(target, m.value, 100.0)
        )
        return next((self.art.text[m.start : m.end] for m in told), None)

    def _partitive_before(self, f: Mention) -> tuple[float, float] | None:
        """The "nine of the 20" of the article's sentence that a share right after it is
        of, if any."""
        toks = self.art.sentences[f.sentence].tokens
        counts = [
            m
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "num" and m.i1 <= f.i0
        ]
        found = None
        for a, b in itertools.pairwise(counts):
            between = [t.lower for t in toks[a.i1 : b.i0]]
            if between[:1] == ["of"] and len(between) <= 2 and f.i0 - b.i1 <= 12:
                found = (a.value, b.value)
        return found

    def _change_ends(self, f: Mention) -> tuple[float | None, float | None]:
        """The figures a change is stated between: "rose 12.6% to €1,482m" (to), "fell 8%
        from 410" and "up four points on last year's 27 per cent" (from); either may be
        missing."""
        lead = _word_after(self.art.sentences[f.sentence].tokens, f)
        if lead not in _CHANGE_LEADS:
            return None, None
        end = next(
            (
                m.value
                for m in self.art.values
                if m.sentence == f.sentence and m.family == "num" and 0 < m.i0 - f.i1 <= 4
            ),
            None,
        )
        return (None, end) if lead == "to" else (end, None)

    def _doc_years(self, n: int) -> set[int]:
        return self.src.doc_years[n]

    def name_supported(self, f: Mention) -> bool:
        """Every part of the name occurs, in order, in some source (names are shared freely)."""
        text = self.art.text[f.start : f.end]
        groups = F.name_groups(text)
        first_word = F.name_keys(text.split()[0])
        # A sentence's first word is capitalised anyway: "Sponsor Sen. Marcus Hale".
        # ... but only an ordinary word, or one before a person's surname ("Together Sandhu
        # took the title"): "Coastway Rail" is no "Rail" of the sources.
        first = text.split()[0].lower()
        ordinary = (
            first in self.src.lower_words
            or first in self.art_lower
            or first in F.TITLES
            or (bool(groups) and groups[0][-1] in self.surnames and not _body_name(text))
        )
        may_drop_first = (
            f.unit == "opens"
            and first_word
            and groups
            and len(groups[0]) > 1
            and ordinary
            and not self._source_name_word(first_word[0])
        )
        if may_drop_first and all(self._name_found(g) for g in [groups[0][1:], *groups[1:]]):
            return True
        if _initials(text) in self.src.acronyms and len(text.split()) > 1:
            return True  # "World Health Organization" for the sources' "WHO"
        known = {w.lower() for w in _ACRONYM.findall(text)} & self.src.initials
        groups = [kept for g in groups if (kept := [k for k in g if k not in known])]
        if not groups:
            return True  # "the VRA" for "Verano Rail Authority"
        generic = {w.lower() for w in text.split()} & (F.GENERIC_NAME_WORDS - F.OPTIONAL_NAME_WORDS)
        # A title word after the name's first word is part of the name: "Kestrel Lady",
        # "Northfell Farmers' Union".
        words = [_word_key(w) for w in re.findall(r"[^\W\d_]+", text)]
        first = next((i for i, w in enumerate(words) if w not in F.TITLES), len(words))
        generic |= {w for w in words[first + 1 :] if w in F.TITLES}
        if not generic <= self.src.all_words:
            return False  # "Norbridge General Hospital" when the sources only know an infirmary
        if all(self._name_found(g) for g in groups):
            return self._body_whole(text)
        if len(groups) == 1 and len(groups[0]) == 2 and self._name_found(groups[0][::-1]):
            return True  # results give "TREWIN Ellie" for Ellie Trewin
        return len(groups) == 1 and self._party_and_person(groups[0])

    def _source_name_word(self, key: str) -> bool:
        """Whether the sources use ``key`` inside a name, not just to open a sentence:
        "Carnbrae" of "Carnbrae Fire and Rescue Service" is a name, "Sponsor" is not."""
        return any(
            key in o.value and (o.unit != "opens" or len(o.value) > 1)
            for doc in self.src.docs
            for o in doc.names
        )

    def _body_whole(self, text: str) -> bool:
        """A body's name is one name: "Carnbrae Fire and Rescue Service" is not found in a
        village called Carnbrae and the sources' "Moorland Fire and Rescue Service"."""
        person, of, body = text.partition(" of ")
        # "Group Manager Priya Castell of Brackenford and District Fire and Rescue Service":
        # a person (a name that does not end as a body's does) of a body.
        if of and not _body_name(" ".join(person.split()[-2:])):
            text = body
        if not _body_name(text):
            return True
        words = [
            w
            for t in text.split()
            if (w := _word_key(t.strip(",;:()\"'“”‘’")))
            and w.isalpha()
            and w not in STOPWORDS
            and w not in F.TITLES
            and w not in _LOOSE_BODY_WORDS
        ]
        if len(words) < 2:
            return True
        # All its words within a span hardly longer than the name ("Fire and Rescue
        # Service of Carnbrae" too): "Redbury primary school. The Northmoor Health
        # Protection Unit" holds no "Redbury Health Protection Unit".
        reach = len(words) + 3
        for pos in self.src.word_pos:
            for p in pos.get(words[0], ()):
                found = [p]
                for w in words[1:]:
                    near = [q for q in pos.get(w, ()) if abs(q - p) <= reach]
                    if not near:
                        break
                    found.append(min(near, key=lambda q: abs(q - p)))
                else:
                    if max(found) - min(found) <= len(words) + 1:  # an "and", a "the"
                        return True
        return False

    def _party_and_person(self, keys: list[str]) -> bool:
        """ "Conservative Derek Hollins" for a results list's "HOLLINS, Derek (Conservative
        Party)": a party or body before a person's name, the name maybe surname first."""
        for k in range(1, len(keys) - 1):
            lead, person = keys[:k], keys[k:]
            plural = [*lead[:-1], lead[-1] + "s"]  # "Liberal Democrat" of the Liberal Democrats
            if (
                (self._name_found(lead) or self._name_found(plural))
                and (self._name_found(person) or self._name_found([person[-1], *person[:-1]]))
                and self._together(person[-1], lead[0], reach=0) is True
            ):
                return True
        return False

    def name_in_place(self, f: Mention) -> bool:
        """Whether the name stands where the sources put it: "Okoro led the Kings with 28
        points" is wrong when the sources' sentence has Quill leading the Kings.

        Like a value, each occurrence of the name is scored by how well its sentence
        matches the article's and how well the words around it match; a different name of
        the same sort in a passage as close, whose own words fit clearly better, wins.
        """
        kind = self._name_sort(self.art, f)
        if kind == "body" and _attributed(self.art.sentences[f.sentence].tokens, f):
            return self._body_speaks_there(f)
        if kind != "person" or len(f.value) < 2:
            return True  # teams, places and bodies turn up in too many roles
        toks = self.art.sentences[f.sentence].tokens
        mine = self.art.sentences[f.sentence].stems - content_stems(toks[f.i0 : f.i1])
        around = f.context
        if not around or not mine:
            return True
        here = {k for m in self.art.names_in.get(f.sentence, ()) for k in m.value}
        here |= {k for m in self.art.names if m.sentence == f.sentence for k in m.value}
        cited = self.sentence_cites[f.sentence]
        equal = (-1.0, 0.0, 0.0)  # score, local, aligned
        rivals: list[tuple[float, float, float]] = []
        for n, doc in enumerate(self.src.docs):
            for o in doc.names:
                theirs = o.context
                same = _names(f.value, o)
                if not same and len(around & theirs) < 2:
                    continue  # one shared word ("coach") is no evidence
                other = not any(_name_word_match(k, q) for k in here for q in o.value)
                if not same and (not other or self._name_sort(doc, o) != kind):
                    continue
                if not same and doc.text[o.end - 2 : o.end] in ("'s", "’s"):
                    continue  # "Fenmoor Water's chief executive": an owner, not a holder
                aligned = _coverage(mine, doc.sentences[o.sentence].stems, self.src)
                local = _dice(around, theirs, self.src)
                score = ALIGN_WEIGHT * aligned + local + (CITE_BONUS if n in cited else 0.0)
                if same:
                    if self._shares_a_value(f.sentence, n, o.sentence):
                        return True  # "Kasia Wronska - 1,988 - ELECTED": her figure too
                    equal = max(equal, (score, local, aligned))
                else:
                    rivals.append((score, local, aligned))
                    logger.debug(
                        "  name %r: rival %r %s",
                        f.value,
                        doc.text[o.start : o.end],
                        (score, local, aligned),
                    )
        if equal[0] < 0:
            return True  # found only as parts (checked by name_supported)
        return not any(
            score > equal[0] + NAME_MARGIN
            and local > equal[1] + NAME_MARGIN
            and aligned >= equal[2] - ALIGN_SLACK
            for score, local, aligned in rivals
        )

    def _body_speaks_there(self, f: Mention) -> bool:
        """ "Tarrow District Council said the overflow operated for 6 hours 40 minutes": a
        body given a statement is named by a source the sentence is told from (anywhere in
        it: a statement's heading names its author), unless no source it is told from
        names a body at all."""
        text = self.art.text[f.start : f.end]
        if " of " in text and not _body_name(text.split(" of ")[0]):
            return True  # "Marcus Feld of Ashby Road CC said": a person, with their club
        keep, _ = self._aligned_sentences(f)
        docs = {n for n, _ in keep}
        if not docs:
            return True
        # Named in full: "Tarrow" alone is also the "Tarrow catchment" and the "Tarrow coast".
        whole = " ".join(re.sub(r"['’]s$", "", text).lower().split())
        bodies = False
        for n in docs:
            doc = self.src.docs[n]
            if whole in " ".join(doc.text.lower().split()):
                return True
            named = [m for m in doc.names if self._name_sort(doc, m) == "body"]
            # ... or by the shorter name a report gives it: "The Lions Club said".
            if any(
                len(doc.text[m.start : m.end].split()) > 1 and set(m.value) < set(f.value)
                for m in named
            ):
                return True
            bodies |= bool(named)
        return not bodies

    def _passage_shares_more(
        self, f: Mention, equal_at: set[tuple[int, int]], others: list[_Rival], best: float
    ) -> bool:
        """ "Just 78.4% of its trains arrived within five minutes ..., down from 82.1% ...
        Cancellations rose to 4.6%, or 7,287 services" against a national figure's sentence
        with the same words: the passage around the equal value gives clearly more of the
        article passage's figures than any rival's passage does."""
        mine = max(self._passage_figures(f, n, si) for n, si in equal_at)
        theirs = max(
            (
                self._passage_figures(f, x.doc, x.sentence)
                for x in others
                if x.score >= best - MARGIN
            ),
            default=0,
        )
        return mine >= PASSAGE_SHARED and mine >= theirs + PASSAGE_MARGIN

    def _passage_figures(self, f: Mention, n: int, si: int) -> int:
        """How many distinctive figures of ``f``'s article sentence (other than ``f``'s
        value) source ``n`` gives in sentence ``si`` or its neighbours. (Not the article's
        neighbouring sentences: a value moved from the next one would find its passage.)"""
        key = (f.sentence, n, si, f.value)
        found = self._passage_count.get(key)
        if found is None:
            theirs = [
                m
                for m in self.src.docs[n].values
                if abs(m.sentence - si) <= 1 and m.kind != "derived"
            ]
            found = sum(
                any(self._same_figure(v, m) for m in theirs)
                for v in self.art.values
                if v.sentence == f.sentence and v.value != f.value and _distinctive(v)
            )
            self._passage_count[key] = found
        return found

    def _shares_a_value(self, ai: int, n: int, si: int, but: Mention | None = None) -> bool:
        """Whether article sentence ``ai`` and source sentence ``si`` give one distinctive
        figure (other than ``but``)."""
        key = (ai, n, si, id(but))
        found = self._shared.get(key)
        if found is None:
            theirs = [
                m for m in self.src.docs[n].values if m.sentence == si and m.kind != "derived"
            ]
            found = any(
                _distinctive(v) and self._same_figure(v, m)
                for v in self.art.values
                if v.sentence == ai and (but is None or (v is not but and v.value != but.value))
                for m in theirs
            )
            self._shared[key] = found
        return found

    def _name_sort(self, doc: _Doc, m: Mention) -> str:
        """person, body ("District Council") or other (a team or place named in one word)."""
        if _body_name(doc.text[m.start : m.end]):
            return "body"
        if 1 < len(m.value) <= 3 or m.value[0] in self.surnames:
            return "person"
        return "other"

    def _role_ok(self, f: Mention) -> bool:
        """'captain Liam Carr' is wrong when the sources' captain is someone else."""
        if f.lead in _HONORIFICS:  # "Lady Anne College", "Sir Peter": a title, no role
            return True
        role = _role_key(f.lead or "")
        if role in _RELATIONS:
            return True  # "her partner, Lee Garvey": whose partner, the words around say
        # "who chairs Quieter Skies" may be its "chairman"; "the consortium's chief
        # executive" the "chief executive of the Haverland Retail Consortium".
        holders = self.src.roles.get(role)
        if not holders and " of " in role:
            head = role.split(" of ")[0]
            holders = set(self.src.roles.get(head, ()))
            for other, people in self.src.roles.items():
                if other.startswith(head + " of "):
                    holders |= people
        # Whose role: the person, not the body after "of" ("Kirsty Lennard of Northmoor
        # Fire and Rescue Service").
        groups = F.name_groups(self.art.text[f.start : f.end])
        person = groups[0] if len(groups) > 1 else f.value
        # "Chairman Finch" and "Chairman Gerald Finch" name the holder; "Arthur Finch" not.
        return not holders or any(
            all(any(_name_word_match(k, h) for h in holder) for k in person) for holder in holders
        )

    def _with_role(self, f: Mention) -> Fact:
        """The name's fact widened to the role given beside it, the nearest mention of the
        role's first word within a few words either side."""
        toks = self.art.sentences[f.sentence].tokens
        words = (f.lead or "").partition(" of ")[0].split()  # "coxswain of station"
        near = [
            k
            for k in range(max(0, f.i0 - ROLE_REACH), min(len(toks), f.i1 + ROLE_REACH))
            if words and F.without_possessive(toks[k].lower) == words[0]
        ]
        if not near:
            return f.fact(self.art.text)
        k = min(near, key=lambda k: abs(k - f.i0))
        k1 = min(k + len(words), len(toks)) - 1
        start, end = min(f.start, toks[k].start), max(f.end, toks[k1].end)
        return Fact("name", self.art.text[start:end], start, end)

    def _name_found(self, keys: list[str]) -> bool:
        return any(
            _name_in(keys, self.src.word_pos[n], self.src.word_prefix[n])
            for n in range(len(self.src.docs))
        )

    def quote_fact(self, a: int, b: int) -> tuple[Fact, bool]:
        fact = Fact("quote", self.art.text[a:b], a, b)
        frags = F.quote_key(self.art.text[a:b])
        if not frags:
            return fact, True
        # "My grandchildren think I'm mad. But the fencing keeps me young." for "My
        # grandchildren think I'm mad," she said. "But the fencing keeps me young.": two
        # pieces of one quotation joined where only the attribution stood between them.
        joined = F.quote_key(re.sub(r"(?<=[.!?])\s+(?=[A-Z])", " ... ", self.art.text[a:b]))
        tries = [(frags, ELLIPSIS_GAP)] + ([(joined, JOIN_GAP)] if len(joined) > len(frags) else [])
        for n, qi in enumerate(self.src.quote_text):
            short = sum(len(x.split()) for x in frags) < 3  # "reckless": no speaker to check
            for pieces, gap in tries:
                for pos in qi.find(pieces, gap):  # the same words may be quoted twice
                    if short or self.speaker_ok(a, b, n, pos):
                        return fact, True
        return fact, False

    def _speakers(self, doc: _Doc, qa: int, qb: int, need_verb: bool) -> tuple[set[str], set[str]]:
        """Who says the quote at [qa, qb): (the name closest to the nearest speech verb,
        all names within four words of it). Name words, lowercased."""
        s0, s1 = doc.sentence_at(qa), doc.sentence_at(max(qa, qb - 1))
        words = [
            t
            for s in doc.sentences[s0 : s1 + 1]
            for t in s.tokens
            if t.kind == "word" and not (qa <= t.start < qb)
        ]
        verbs = [i for i, t in enumerate(words) if F.is_speech_verb(t)]
        pool = doc.names + [m for m in doc.lone_names if m.value[0] in self.known_names]
        # "behind at Hammer Bend, said ...": a place is nobody's voice.
        pool = [m for m in pool if not _after_place_word(doc.sentences[m.sentence].tokens, m)]
        names = [m for m in pool if s0 <= m.sentence <= s1 and not (qa <= m.start < qb)]
        if not verbs and not need_verb and s0 > 0 and not names:
            # '"...," Whitlock said. "Callum doesn't score many ..."' and 'Sunita Rao
            # said:\n"Most of my customers ..."': a quote opening its sentence goes on
            # from the sentence before, when that one gives a speaker.
            opening = doc.text[doc.sentences[s0].start : qa].strip() in "\"“‘'"
            prev = doc.sentences[s0 - 1].tokens
            verb = next((k for k, t in enumerate(prev) if F.is_speech_verb(t)), None)
            # Named there, not a pronoun: '"...," she said. "It\'s the hardest ..."' may
            # point anywhere back.
            if opening and verb is not None and not _pronoun_next_to(prev, verb):
                end = doc.sentences[s0 - 1].end
                return self._speakers(doc, end, end, need_verb=True)
        if not verbs:
            every = set() if need_verb else {k for m in names for k in _keys(doc, m)}
            return every, every
        verb = min(verbs, key=lambda i: min(abs(words[i].start - qb), abs(qa - words[i].end)))
        before_quote = [i for i in verbs if words[i].end <= qa]
        if words[verb].start >= qb and verb and words[verb - 1].lower in ("and", "but"):
            # 'called the result "a historic night" and said the ward...': a second verb
            # of the same speaker, not an attribution of the quote.
            verb = before_quote[-1] if before_quote else verb
        starts = [t.start for t in words]
        # "Tomas Brenner, who farms near Vell and chairs the cooperative, said": the
        # relative clause is about the name before it, and its own names say nothing.
        clauses = _relative_clauses(doc, s0, s1)
        names = [m for m in names if not any(a <= m.start < b for _, a, b in clauses)]
        # "Helen Varga, the local Green Party's co-chair, called it": a body named in a
        # person's apposition is not the speaker.
        people = [
            p for p in names if len(p.value) > 1 and not _body_name(doc.text[p.start : p.end])
        ]
        names = [
            m
            for m in names
            if not any(
                p.end < m.start and _APPOSITION_GAP.fullmatch(doc.text[p.end : m.start])
                for p in people
            )
        ]
        # 'Brice called it "textbook" and said Ferrow "never looked in trouble"': a name
        # running straight into the quote is what it is about, not its speaker.
        about = [m for m in names if m.end <= qa and doc.text[m.end : qa].strip() in "\"“‘'"]
        if about and len(names) > len(about):
            names = [m for m in names if m not in about]
        reach = {end: b for end, _, b in clauses}
        near: list[tuple[int, Mention]] = []
        for m in names:
            first = bisect.bisect_left(starts, m.start)
            last = bisect.bisect_left(starts, reach.get(m.end, m.end)) - 1
            gap = max(first - verb, verb - last, 0)
            if gap <= SPEAKER_GAP:  # "Callum Fry, regional officer of the union, said"
                near.append((gap, m))
        if _pronoun_next_to(words, verb):
            # 'Ockley had no plans: "...," he said': the speaker is named before the quote,
            # in its sentence or in an earlier one ('"...," she said at Riverside Hall').
            # ('Reyes, he said, "started blinking ..."': the name set off before the
            # pronoun is what the quote is about.)
            before = {
                k
                for m in names
                if m.sentence == s0 and m.end <= qa and not _TOPIC.match(doc.text, m.end)
                for k in _keys(doc, m)
            }
            if before:
                return before, before
            # An article's pronoun may point further back than the last name: anyone
            # named in the two sentences before may be the one meant.
            recent = {k for m in pool if s0 - 3 < m.sentence < s0 for k in _keys(doc, m)}
            for back in range(s0 - 1, max(-1, s0 - 3), -1):
                earlier = {k for m in pool if m.sentence == back for k in _keys(doc, m)}
                if earlier:  # the looser reading for the article's pronoun only
                    return earlier, earlier | recent if need_verb else earlier
        if holder := self._role_speaker(words, verb, words[verb].start >= qb):
            # '"You were warned, twice," the judge told Weddle': the role beside the verb
            # speaks, whoever else is named.
            return holder, holder
        if not near:
            every = {k for m in names for k in _keys(doc, m)}
            return every, every
        closest = min(g for g, _ in near)
        return (
            {k for g, m in near if g == closest for k in _keys(doc, m)},
            {k for _, m in near for k in _keys(doc, m)},
        )

    def _role_speaker(self, words: list, verb: int, after_quote: bool) -> set[str]:
        """The one person the sources give a role that speaks by it: "the judge said",
        '"...," said the minister' (name words, lowercased; empty when not one person).
        Not 'said the retriever was "..."': there the role is what the quote is about."""
        for k in (verb - 1, verb + 2) if after_quote else (verb - 1,):
            if not (0 < k < len(words) and words[k - 1].lower == "the"):
                continue
            first, last = min(k - 1, verb), max(k, verb)
            if any(words[i + 1].start - words[i].end > 2 for i in range(first, last)):
                continue  # 'said: "..." The chief ...': not one phrase
            holders = self.src.roles.get(_role_key(words[k].lower), set())
            if len(holders) == 1 and len(holder := next(iter(holders))) > 1:
                return set(holder)  # a person's full name ("Chief Veterinary" is none)
        return set()

    def speaker_ok(self, a: int, b: int, n: int, pos: int) -> bool:
        """The quote is given to the person the source gives it to (when both name one)."""
        mine, mine_near = self._speakers(self.art, a, b, need_verb=True)
        if not mine:
            return True
        doc = self.src.docs[n]
        qa, qb = next(((x, y) for x, y in doc.quotes if x <= pos < y), (pos, pos + 1))
        theirs, theirs_near = self._speakers(doc, qa, qb, need_verb=False)
        if not theirs:
            return True
        return _names_meet(mine, theirs_near) or _names_meet(theirs, mine_near)

    def _once_each(self, ok: dict[int, bool]) -> None:
        """ "Lindqvist scored at 17:52 and Kowal at 17:52": a figure no source gives twice
        is not two facts of one paragraph; the one whose passage fits worse is flagged."""
        groups: dict[tuple, list[Mention]] = defaultdict(list)
        for f in self.art.values:
            if ok[id(f)] and f.family in ("num", "score") and id(f) not in self.worked_out:
                paragraph = self.art.sentences[f.sentence].paragraph
                groups[(paragraph, f.family, f.unit, str(f.value))].append(f)
        for same in groups.values():
            if len(same) < 2:
                continue
            f = same[0]
            equal = [
                (n, o)
                for n, o in self.src.by_family.get(f.family, ())
                if (f.family != "num" or _compatible_units(f, o))
                and _same_value(f, o, self.src, self._doc_years(n))
            ]
            most = max(
                (len({o.start for m, o in equal if m == n}) for n in range(len(self.src.docs))),
                default=0,
            )
            if most >= len(same) or self._cited_apart(same, {n for n, _ in equal}):
                continue
            owners = {self._person(self.src.docs[n], o) for n, o in equal} - {None}

            # Whose figure it is first ("Kowal, at 17:52"), then how well it fits.
            fits = {id(m): self._fits(m, owners, equal) for m in same}
            best = max(nb for _, _, nb, _ in fits.values())
            # Neighbours decide when one shares clearly more ("12 of 30 ... 44 percent of
            # their three-point attempts"); else the whole passage, then the neighbours.
            same.sort(
                key=lambda m: (
                    fits[id(m)][0],
                    fits[id(m)][1],
                    fits[id(m)][2] >= best - 1,
                    fits[id(m)][3],
                    fits[id(m)][2],
                ),
                reverse=True,
            )
            for m in same[max(most, 1) :]:
                ok[id(m)] = False

    def _cited_apart(self, same: list[Mention], giving: set[int]) -> bool:
        """Whether each of the article's mentions of one figure cites its own source
        giving it ("38 limes are to be felled [1] ... found only 6 of the road's 38 limes
        [2]"): two reports, each told once."""
        own = [self.sentence_cites[m.sentence] & giving for m in same]
        return all(own) and all(a.isdisjoint(b) for a, b in itertools.combinations(own, 2))

    @functools.cached_property
    def _source_figures(self) -> dict[tuple[int, int], list[Mention]]:
        """The numbers the sources write, by (source, sentence)."""
        found: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for n, o in self.src.by_family["num"]:
            if o.kind != "derived":
                found[(n, o.sentence)].append(o)
        return found

    @functools.cached_property
    def _source_names(self) -> dict[tuple[int, int], list[Mention]]:
        """The sources' names, by (source, sentence)."""
        found: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for n, doc in enumerate(self.src.docs):
            for m in doc.names:
                found[(n, m.sentence)].append(m)
        return found

    def _equal_sentences(self, f: Mention) -> dict[tuple[int, int], list[Mention]]:
        """The source sentences that write ``f``'s value, with its equals there."""
        found = self._equals.get(id(f))
        if found is None:
            found = {}
            for (n, sj), theirs in self._source_figures.items():
                same = [o for o in theirs if _same_value(f, o, self.src, self._doc_years(n))]
                if same:
                    found[(n, sj)] = same
            self._equals[id(f)] = found
        return found

    def _equal_pairs(
        self, a: Mention, b: Mention
    ) -> Iterator[tuple[tuple[int, int], tuple[Mention, Mention]]]:
        """The source sentences that write ``a``'s and ``b``'s values once each, with the
        two figures there: where two figures of the article can be set side by side."""
        mine_b = self._equal_sentences(b)
        for key, sa in self._equal_sentences(a).items():
            sb = mine_b.get(key, [])
            if len(sa) == 1 and len(sb) == 1 and sa[0] is not sb[0]:
                yield key, (sa[0], sb[0])

    def _swapped(self, ok: dict[int, bool]) -> list[Mention]:
        """ "Easterby charges £2.85 and Caldmoor £3.10" when the sources' one sentence has
        "Easterby charges £3.10 ..., and Caldmoor £2.85": two figures of one article
        sentence, both in one source sentence, whose own words there belong to the other
        figure. Only when no source sentence with both pairs them as the article does."""
        out: list[Mention] = []
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for f in self.art.values:
            if ok[id(f)] and f.family == "num" and id(f) not in self.worked_out:
                by_sentence[f.sentence].append(f)
        for si, figures in by_sentence.items():
            toks = self.art.sentences[si].tokens
            pairs = [
                (a, b)
                for a, b in itertools.combinations(figures, 2)
                # A swap trades two figures of one sort.
                if a.value != b.value and a.unit == b.unit and a.unit != "ord"
            ]
            for a, b in pairs:
                za, zb = S.zone(toks, a, figures), S.zone(toks, b, figures)
                verdicts = []
                for key, (va, vb) in self._equal_pairs(a, b):
                    mine = self._source_figures[key]
                    sent = self.src.docs[key[0]].sentences[key[1]]
                    sa, sb = S.zone(sent.tokens, va, mine), S.zone(sent.tokens, vb, mine)
                    straight = (za & sa) - sb | (zb & sb) - sa
                    crossed = bool((za & sb) - sa) and bool((zb & sa) - sb)
                    reordered = S.slots_kept((toks, a, b, figures), (sent.tokens, va, vb, mine))
                    verdicts.append((crossed and not straight) or reordered)
                if verdicts and all(verdicts):
                    out += [a, b]
        return out

    def _change_reversed(self, ok: dict[int, bool]) -> list[Mention]:
        """ "will pay £4.50 instead of £6.00" when the sources' sentence has "rise from
        £4.50 to £6.00": the two ends of a change told the wrong way round."""
        out: list[Mention] = []
        for si, sent in enumerate(self.art.sentences):
            mine = [
                (f, role)
                for f in self.art.values
                if f.sentence == si and ok[id(f)] and f.family == "num"
                if (role := S.change_role(sent.tokens, f))
            ]
            for (a, ra), (b, rb) in itertools.combinations(mine, 2):
                if ra == rb or a.unit != b.unit or a.value == b.value:
                    continue
                told = set()
                for (n, sj), (oa, ob) in self._equal_pairs(a, b):
                    tokens = self.src.docs[n].sentences[sj].tokens
                    roles = (S.change_role(tokens, oa), S.change_role(tokens, ob))
                    if None not in roles and roles[0] != roles[1]:
                        told.add(roles == (ra, rb))
                if told == {False}:
                    out += [a, b]
        return out

    def _change_against_verb(self) -> list[Mention]:
        """The ends of each article sentence's changes that go against their verb."""
        out: list[Mention] = []
        for si, sent in enumerate(self.art.sentences):
            out += S.against_verb(sent.tokens, [f for f in self.art.values if f.sentence == si])
        return out

    def _swapped_names(self) -> set[int]:
        """ "junction 9 at Ellisham and junction 12 at Brackenford" when the sources' one
        sentence has "junction 9 at Brackenford ... junction 12 at Ellisham": two names of
        one article sentence whose nearest figures there are each other's. Failing such a
        sentence, results as lines ("1. North Pool - 612") say whose figure is whose."""
        out: set[int] = set()
        for si in range(len(self.art.sentences)):
            names = [m for m in self.art.names if m.sentence == si]
            figures = [m for m in self.art.values if m.sentence == si and m.family == "num"]
            for a, b in itertools.combinations(names, 2):
                if set(a.value) & set(b.value):
                    continue
                traded = self._traded_in_sentence(a, b, figures)
                if traded is None:
                    traded = self._traded_in_lines(a, b, figures)
                if traded:
                    out |= {id(a), id(b)}
        return out

    def _traded_in_sentence(self, a: Mention, b: Mention, figures: list[Mention]) -> bool | None:
        xa, xb = _nearest_figure(a, figures), _nearest_figure(b, figures)
        if xa is None or xb is None or xa is xb or xa.value == xb.value:
            return None
        crossed = straight = False
        for (n, sj), here in self._source_names.items():
            na = [m for m in here if _names(a.value, m)]
            nb = [m for m in here if _names(b.value, m)]
            if len(na) != 1 or len(nb) != 1 or na[0] is nb[0]:
                continue
            mine = self._source_figures[(n, sj)]
            ya, yb = _nearest_figure(na[0], mine), _nearest_figure(nb[0], mine)
            if ya is None or yb is None or ya is yb:
                continue
            years = self._doc_years(n)
            same = functools.partial(_same_value, src=self.src, source_years=years)
            straight |= same(xa, ya) and same(xb, yb)
            crossed |= same(xa, yb) and same(xb, ya)
        return crossed and not straight if crossed or straight else None

    def _traded_in_lines(self, a: Mention, b: Mention, figures: list[Mention]) -> bool:
        xa = _nearest_figure(a, figures, LINE_REACH)
        xb = _nearest_figure(b, figures, LINE_REACH)
        if xa is None or xb is None or xa is xb or xa.value == xb.value:
            return False
        la, lb = self._line_figures(a), self._line_figures(b)
        straight = _any_same(xa, la, self.src) or _any_same(xb, lb, self.src)
        return not straight and _any_same(xa, lb, self.src) and _any_same(xb, la, self.src)

    def _reversed_names(self) -> set[int]:
        """ "Oscar Pelham beat Priya Sandhu" when the sources say "Priya Sandhu beat Oscar
        Pelham" and never the other way: two names of one sentence on either side of a
        word that has a direction (beat, ahead of, from ... to)."""
        out: set[int] = set()
        for si in range(len(self.art.sentences)):
            toks = self.art.sentences[si].tokens
            names = [m for m in self.art.names if m.sentence == si]
            figures = any(_distinctive(f) for f in self.art.values if f.sentence == si)
            for a, b in itertools.combinations(sorted(names, key=lambda m: m.i0), 2):
                relation = _relation(toks, a, b)
                if relation is None or set(a.value) & set(b.value):
                    continue
                told = set()
                for n, doc in enumerate(self.src.docs):
                    for m in doc.names:
                        if not _names(a.value, m):
                            continue
                        own = any(_distinctive(o) for o in doc.values if o.sentence == m.sentence)
                        if figures and own and not self._shares_a_value(si, n, m.sentence):
                            continue  # another meeting of the two, with another score
                        for o in self._source_names[(n, m.sentence)]:
                            if not _names(b.value, o):
                                continue
                            first, second = (m, o) if m.i0 < o.i0 else (o, m)
                            way = _relation(doc.sentences[m.sentence].tokens, first, second)
                            if way is not None and way[0] == relation[0]:
                                told.add(way[1] if first is m else -way[1])
                if told == {-relation[1]}:
                    out |= {id(a), id(b)}
        return out

    def _retold_names(self) -> set[int]:
        """ "Defending, Anita Sewell said Colley had run his yard" when a source sentence
        this one tells again reads "Defending, Martin Greaves said Colley had run his
        yard": another name stands in its place, between the same words, and no source
        sentence about as like the article's names this one."""
        out: set[int] = set()
        for f in self.art.names + self._opening_names:
            si = f.sentence
            toks = self.art.sentences[si].tokens
            mine = self.art.sentences[si].stems - content_stems(toks[f.i0 : f.i1])
            if len(mine) < RETOLD_STEMS:
                continue
            here = [m for m in self.art.names + self.art.lone_names if m.sentence == si]
            # A source sentence the article splits in two is told by both halves.
            split = mine | frozenset().union(
                *(
                    self.art.sentences[k].stems
                    for k in (si - 1, si + 1)
                    if 0 <= k < len(self.art.sentences)
                )
            )
            told: list[float] = []  # alignments of sentences naming another in its place
            named: list[float] = []  # ... and of sentences naming this one
            for n, sj in self._near(si):
                doc = self.src.docs[n]
                sent = doc.sentences[sj]
                aligned = _coverage(mine, sent.stems, self.src)
                if aligned < HIGH_ALIGN - ALIGN_GAP:
                    continue
                # A sentence beside it naming this one and giving one of the article
                # sentence's figures may be the half of a merged sentence that names it
                # ("She receives $2,500 ...; Marchetti receives $1,000").
                merged = [k for k in (sj - 1, sj + 1) if self._shares_a_value(si, n, k)]
                if any(
                    _names(f.value, m) or _names(m.value, f)
                    for k in (sj, *merged)
                    for m in self._names_in_sentence(n, k)
                ):
                    named.append(aligned)
                    continue
                theirs = [
                    m
                    for m in self._names_in_sentence(n, sj)
                    if _same_place(toks, f, sent.tokens, m)
                    and not any(_names(m.value, a) for a in here)  # "Fenmouth's Daniel Okoro"
                    and not self._one_name(f.value, m.value)
                ]
                if not theirs:
                    continue
                retold = aligned >= HIGH_ALIGN and (
                    _coverage(self._told_stems(n, sj), split, self.src) >= RETOLD_BACK
                )
                if not retold and self._figures_agree(si, n, sj):
                    # Or the article tells most of a source sentence's words but its
                    # name, with words of its own added ("the taxi rank outside the main
                    # entrance will move 120 metres to Market Street").
                    named_by = content_stems([t for m in theirs for t in sent.tokens[m.i0 : m.i1]])
                    told_stems = self._told_stems(n, sj) - named_by
                    retold = _coverage(told_stems, split, self.src) >= RETOLD_WHOLE
                if retold:
                    told.append(aligned)
            if told and not any(a > max(told) - ALIGN_GAP for a in named):
                out.add(id(f))
        return out

    @functools.cached_property
    def _opening_names(self) -> list[Mention]:
        """Lone capitalised words opening a sentence that the story or the sources use as
        names elsewhere ("Meridian will begin daily service"): checked only for standing
        where a sentence told again has another name."""
        return [m for m in self.art.lone_names if m.value[0] in self.known_names]

    def _told_stems(self, n: int, si: int) -> frozenset[str]:
        """A source sentence's words outside its quotations: an article's sentence is
        weighed without its own, which are checked as quotes."""
        key = (n, si)
        found = self._unquoted.get(key)
        if found is None:
            doc = self.src.docs[n]
            toks = [t for t in doc.sentences[si].tokens if not doc.in_quote(t.start, t.end)]
            found = self._unquoted[key] = topic_stems(toks)
        return found

    def _figures_agree(self, ai: int, n: int, si: int) -> bool:
        """Whether no figure says article sentence ``ai`` is another than source sentence
        ``si``: they share one, or the source sentence gives none."""
        return self._shares_a_value(ai, n, si) or not any(
            _distinctive(m) and m.kind != "derived"
            for m in self.src.docs[n].values
            if m.sentence == si
        )

    def _one_name(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Whether ``a`` and ``b`` are parts of one name of the story ("the Mariners" and
        "Port Eldon" of the Port Eldon Mariners)."""
        return any(
            _names(a, m) and _names(b, m) for d in (self.art, *self.src.docs) for m in d.names
        )

    def _names_in_sentence(self, n: int, sj: int) -> list[Mention]:
        """All the names of a source sentence, a lone one opening it included."""
        return self._all_source_names.get((n, sj), [])

    @functools.cached_property
    def _all_source_names(self) -> dict[tuple[int, int], list[Mention]]:
        found: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for n, doc in enumerate(self.src.docs):
            for m in doc.names + doc.lone_names:
                found[(n, m.sentence)].append(m)
        return found

    def _line_figures(self, name: Mention) -> list[Mention]:
        """The figures of short source lines that give this name and one figure alone."""
        key = tuple(name.value)
        if key not in self._lines:
            self._lines[key] = self._find_line_figures(name)
        return self._lines[key]

    def _find_line_figures(self, name: Mention) -> list[Mention]:
        out = []
        for n, doc in enumerate(self.src.docs):
            for m in doc.names:
                sent = doc.sentences[m.sentence]
                if len(sent.tokens) > LINE_TOKENS or not _names(name.value, m):
                    continue
                if len(self._source_names[(n, m.sentence)]) != 1:
                    continue
                mine = [o for o in self._source_figures[(n, m.sentence)] if o.unit != "ord"]
                if len(mine) == 1:
                    out.append(mine[0])
        return out

    def _court_roles(self) -> set[int]:
        """ "Simon Ashdown, prosecuting" when the sources have him mitigating: a court
        role set beside a name must be one the sources set beside that name."""
        theirs: dict[str, set[str]] = defaultdict(set)
        for doc in self.src.docs:
            for m in doc.names:
                if role := _court_role(doc.sentences[m.sentence].tokens, m):
                    theirs[m.value[-1]].add(role)
        return {
            id(f)
            for f in self.art.names
            if (role := _court_role(self.art.sentences[f.sentence].tokens, f))
            and theirs.get(f.value[-1])
            and role not in theirs[f.value[-1]]
        }

    def _repeated_names(self) -> set[int]:
        """ "Lomax beat Mick Fenn and Hartigan got past Mick Fenn": a person named twice in
        one sentence that no source sentence names twice; the second is flagged."""
        out: set[int] = set()
        seen: dict[tuple[int, tuple[str, ...]], list[Mention]] = defaultdict(list)
        for f in self.art.names:
            if len(f.value) > 1 and not _body_name(self.art.text[f.start : f.end]):
                seen[(f.sentence, tuple(f.value))].append(f)
        for same in seen.values():
            if len(same) < 2 or self._named_twice(same[0].value):
                continue
            # The one whose words fit the sources' mention less is the moved one; first by
            # its nearest neighbours, names and figures included ("Patel saw off Whitlock
            # 21-9"), then by the content words around it.
            fit = {id(f): (self._neighbour_fit(f), self._name_fit(f)) for f in same}
            keep = max(same, key=lambda f: fit[id(f)])
            out |= {id(f) for f in same if f is not keep}
        return out

    def _neighbour_fit(self, f: Mention, found: Iterable[tuple[int, Mention]] | None = None) -> int:
        """How many of its nearest neighbours a mention shares with the best of the
        sources' mentions of it (by default: of the same name)."""
        if found is None:
            found = self._mentions_of(f.value)
        near = _neighbours(self.art.sentences[f.sentence].tokens, f)
        return max(
            (
                len(near & _neighbours(self.src.docs[n].sentences[o.sentence].tokens, o))
                for n, o in found
            ),
            default=0,
        )

    def _name_fit(self, f: Mention) -> float:
        return max(
            (_dice(f.context, o.context, self.src) for _, o in self._mentions_of(f.value)),
            default=0.0,
        )

    def _mentions_of(self, keys: Sequence[str]) -> list[tuple[int, Mention]]:
        """The sources' mentions of a name: (source index, mention)."""
        return [(n, o) for n, doc in enumerate(self.src.docs) for o in doc.names if _names(keys, o)]

    def _wrong_affiliations(self) -> set[int]:
        """ "Anthony Reeve of the Motorists' Alliance", "Leah Tranter, of Harlow Road Club":
        a person and the body given as theirs that no source names together (in one
        sentence or the next). Both are flagged: either may have been moved."""
        out: set[int] = set()
        by_start = {(m.sentence, m.i0): m for m in self.art.names}
        for p in self.art.names:
            text = self.art.text[p.start : p.end]
            groups = F.name_groups(text)
            if len(groups) == 2 and len(groups[0]) > 1 and " of " in text:
                # One mention: "Aurelio Benassi of Kestrel Pro".
                person = not _body_name(text.split(" of ")[0])
                if person and self._together(groups[0][-1], groups[1][0]) is False:
                    out.add(id(p))
                continue
            person = by_start.get((p.sentence, p.i1))
            if (
                text.endswith(("'s", "’s"))
                and person is not None
                and len(person.value) > 1
                and not _body_name(self.art.text[person.start : person.end])
                and self._together(person.value[-1], p.value[0], reach=0) is False
            ):
                out.add(id(p))  # "Haddon Vale's Rhys Caddick" when he swims for Stourby
                continue
            if not _body_name(text):
                out |= self._person_of_body(p, by_start, full=len(p.value) > 1)
        for p in self.art.lone_names:
            out |= self._person_of_body(p, by_start, full=False)
        return out

    def _person_of_body(self, p: Mention, bodies: dict, full: bool) -> set[int]:
        """ "Leah Tranter, of Harlow Road Club" or, with an age to say it is a person,
        "Reyburn, 29, of Westhaven Racquets": both names when no source has them together."""
        toks = self.art.sentences[p.sentence].tokens
        k = p.i1 + (p.i1 < len(toks) and toks[p.i1].text == ",")
        aged = k + 2 < len(toks) and toks[k].text.isdigit() and toks[k + 1].text == ","
        k += 2 * aged
        if not (full or aged) or k >= len(toks) or toks[k].lower != "of":
            return set()
        k += 1 + (k + 1 < len(toks) and toks[k + 1].lower == "the")
        org = bodies.get((p.sentence, k))
        if org is not None and self._together(p.value[-1], org.value[0]) is False:
            return {id(p), id(org)}
        return set()

    def _together(self, person: str, body: str, reach: int = 1) -> bool | None:
        """Whether a source names the person and the body in one sentence or the next
        (``reach``); None when no source names both.

        A results line's own word wins: "2. Joanne Trewin (Tidemouth Tenpins)" makes her
        of Tidemouth however near another club is named, unless her line names the body
        too ("2. Rhys Aldwinckle (Corvan), Market Oakley": his machine, then his town)."""
        own = self._bracketed(person)
        if own:
            return any(_name_word_match(body, q) for q in own) or self._on_line(person, body)
        found_both = False
        for doc in self.src.docs:
            where: dict[str, set[int]] = {person: set(), body: set()}
            speaks = False  # the body heads the source: its own statement
            for m in doc.names + doc.lone_names:
                for key in (person, body):
                    if any(_name_word_match(key, q) for q in m.value):
                        where[key].add(m.sentence)
                        # Not a wire service in a dateline: "ASHGROVE, Feb 4 (Beacon Newswire)".
                        outlet = doc.text[max(0, m.start - 1) : m.start] == "("
                        speaks |= key == body and m.sentence == 0 and not outlet
            if where[person] and where[body]:
                found_both = True
                if any(abs(a - b) <= reach for a in where[person] for b in where[body]):
                    return True
                if reach and speaks:
                    # "Northmoor Fire and Rescue Service / Incident update ... Area manager
                    # Kirsty Lennard said": the body's own people speak in its statement.
                    return True
        return False if found_both else None  # one of them unknown: name_supported says so

    def _brackets_after(self, person: str) -> Iterator[tuple[_Doc, list[Mention], int, int]]:
        """Each source mention of the person followed by a bracket: the source, its names,
        and where the bracket's inside starts and ends ("Arjun Mehra (Dunmore Phoenix)")."""
        for doc in self.src.docs:
            names = doc.names + doc.lone_names
            for m in names:
                if not m.value or not _name_word_match(person, m.value[-1]):
                    continue
                rest = doc.text[m.end : m.end + 80]
                # "1. Isla Fairweather, 11 (Bramcote MBC)": an age may come first.
                opened = _BRACKET_OPENS.match(rest)
                shut = rest.find(")")
                if opened and shut >= 0:
                    yield doc, names, m.end + opened.end(), m.end + shut

    def _on_line(self, person: str, body: str) -> bool:
        """Whether a source's results line names the body right after the person's
        bracket: "2. Rhys Aldwinckle (Corvan), Market Oakley - 65 pts"."""
        for doc, names, _, hi in self._brackets_after(person):
            after = doc.text[hi + 1 : hi + 80]
            at = hi + 1 + len(after) - len(after.lstrip(", "))
            if any(
                n.start == at and any(_name_word_match(body, q) for q in n.value) for n in names
            ):
                return True
        return False

    def _bracketed(self, person: str) -> frozenset[str]:
        """The name words the sources put in brackets right after the person's name:
        their club, team or party in a results list ("Arjun Mehra (Dunmore Phoenix)")."""
        words: set[str] = set()
        for doc, names, lo, hi in self._brackets_after(person):
            if doc.text[lo:hi].isupper():
                continue  # "(NFOC)": a club's code, not its name
            for n in names:
                if lo == n.start and n.end <= hi:  # not "(proposed Cllr S. Carver)"
                    words.update(n.value)
        for doc in self.src.docs:
            words |= _club_cells(doc.text, person)
        return frozenset(words)

    def _named_twice(self, keys: Sequence[str]) -> bool:
        for doc in self.src.docs:
            count: dict[int, int] = defaultdict(int)
            for m in doc.names:
                if _names(keys, m):
                    count[m.sentence] += 1
            if any(c >= 2 for c in count.values()):
                return True
        return False

    def _calendar_weekday(self, f: Mention) -> bool | None:
        """Whether weekday ``f`` is the calendar's for the full date written right after it
        ("Wednesday, January 28"), in the year written or the year the sources give that
        day; None when there is no such single date ("Saturday and Sunday, April 11 and 12")."""
        today = self.src.story_date
        toks = self.art.sentences[f.sentence].tokens
        dated = _date_after(self.art, f)
        if dated is None or dated.value[1] is None or today is None:
            return None
        joined = {"and", "or", "to", "-", "–", "&"}
        if (f.i0 and toks[f.i0 - 1].lower in joined) or (
            dated.i1 < len(toks) and toks[dated.i1].lower in joined
        ):
            return None
        month, day, year = dated.value
        if not year and f.value in self._source_weekdays.get((month, day), ()):
            return True  # "Tuesday 14 October" in a source: its year, whichever it is
        years = {year} if year else set()
        if not years:
            years = {
                m.value[2]
                for _, m in self.src.by_family["date"]
                if m.value[:2] == (month, day) and m.value[2]
            }
        if not years:
            nearest = _nearest_year(today, month, day)
            years = {nearest} if nearest else set()
        weekdays = set()
        for y in years:
            try:
                weekdays.add(date(y, month, day).weekday())
            except ValueError:
                continue
        return f.value in weekdays if weekdays else None

    @functools.cached_property
    def _source_weekdays(self) -> dict[tuple[int, int], set[int]]:
        """The weekdays the sources write right before a date, by (month, day)."""
        out: dict[tuple[int, int], set[int]] = defaultdict(set)
        for doc in self.src.docs:
            for w in doc.values:
                if w.family == "wd" and (m := _date_after(doc, w)) is not None:
                    out[m.value[:2]].add(w.value)
        return out

    def _worked_in_sentence(self, f: Mention, ok: dict[int, bool]) -> str | None:
        """ "outshot them 38-29, nine more shots": a difference (or a total) of two figures
        its own sentence gives, both found in the sources, with a word saying so. Such a
        figure is right whatever other fact of the sources has the same value."""
        if f.family != "num" or f.unit in ("ord", "age", "clock"):
            return None
        words = self._cue_words(f)
        if not words & (_DIFFERENCE_CUES | _TOTAL_CUES):
            return None
        want = D.dimension(f.unit)
        if want is None:
            return None
        figures: list[tuple[float, str]] = []
        for m in self.art.values:
            if m is f or m.sentence != f.sentence or not ok[id(m)]:
                continue
            text = self.art.text[m.start : m.end]
            if m.family == "score":  # "won 49-41": both sides
                figures += [(float(side), text) for side in m.value if want[0] == "count"]
            elif m.family == "num" and (have := D.dimension(m.unit)) and have[0] == want[0]:
                figures.append((m.value * have[1] / want[1], text))
        step = D.written_step(self.art.text[f.start : f.end], f.value)

        def fits(result: float) -> bool:
            return D.on_side(result, f.value, f.hedge) and abs(result - f.value) < step

        for (x, a), (y, b) in itertools.permutations(figures, 2):
            if x > y and words & _DIFFERENCE_CUES and fits(x - y):
                return f"{a} - {b}" if a != b else a
            if x >= y and words & _TOTAL_CUES and fits(x + y):
                return f"{a} + {b}"
        return None

    def _counted_list(self, f: Mention) -> str | None:
        """ "Ferry services to three islands ... Inchmore, Skellan and Fadda": a small count
        of the names its own sentence, or the source sentence it is told from, lists."""
        if f.family != "num" or f.unit is not None or f.hedge or not 2 <= f.value <= SMALL_COUNT:
            return None
        if f.value != int(f.value):
            return None
        if f.noun and any(m.noun == f.noun for doc in self.src.docs for m in doc.values):
            return None  # "four fire engines from Callow, Mintern and Hadfield": counted there
        places = [(self.art, f.sentence)]
        places += [(self.src.docs[n], si) for n, si in self._aligned_sentences(f)[0]]
        for doc, si in places:
            for names in _name_lists(doc, si):
                if len(names) == f.value:
                    return ", ".join(doc.text[m.start : m.end] for m in names)
        return None

    def _fits(
        self, m: Mention, owners: set[str], equal: list[tuple[int, Mention]]
    ) -> tuple[bool, int, int, float]:
        mine = self._person(self.art, m)
        person = bool(mine) and any(_name_word_match(mine, q) for q in owners)
        return (
            person,
            self._companions(m, equal),
            self._neighbour_fit(m, equal),
            self.match_score.get(id(m), 0.0),
        )

    def _companions(self, m: Mention, equal: list[tuple[int, Mention]]) -> int:
        """How many of the names and figures of ``m``'s clause the best of the sources'
        sentences giving its value also give: "Ashby beat Fennick Flyers 3-0 and Corran
        Bay beat Stowley Park 3-1" against "Corran Bay VC 3 Stowley Park 1"."""
        toks = self.art.sentences[m.sentence].tokens
        a = m.i0
        while a > 0 and toks[a - 1].lower not in _CLAUSE_BREAKS:
            a -= 1
        b = m.i1
        while b < len(toks) and toks[b].lower not in _CLAUSE_BREAKS:
            b += 1
        names = [
            n.value
            for n in self.art.names + self.art.lone_names
            if n.sentence == m.sentence and a <= n.i0 and n.i1 <= b
        ]
        figures = [
            v
            for v in self.art.values
            if v.sentence == m.sentence
            and a <= v.i0
            and v.i1 <= b
            and v is not m
            and v.value != m.value
            and _distinctive(v)
        ]
        best = 0
        for n, o in equal:
            if _of_sort(o, self.src.docs[n].values, o.sentence) > 1:
                continue  # "jailed for six years for stealing £1.3m over nine years": both facts
            sent = self.src.docs[n].sentences[o.sentence]
            words = {F.without_possessive(t.lower) for t in sent.tokens}
            theirs = self._source_figures.get((n, o.sentence), [])
            found = sum(any(k in words for k in keys) for keys in names)
            found += sum(any(self._same_figure(v, x) for x in theirs) for v in figures)
            best = max(best, found)
        return best

    def run(self) -> GroundingReport:
        results: list[tuple[Fact, bool]] = []
        ok = {id(f): self.value_supported(f) for f in self.art.values}
        for _ in range(3):
            # Occurrences explained by supported facts no longer compete with the others.
            claimed = frozenset(
                other
                for f in self.art.values
                if ok[id(f)] and (occ := self.best_equal[id(f)])
                for other in self.src.same_place.get(occ, (occ,))
            )
            again = {
                id(f): self.value_supported(f, claimed) for f in self.art.values if not ok[id(f)]
            }
            if not any(again.values()):
                break
            ok.update(again)
        for f in self.art.values:
            if not ok[id(f)] and (how := self._worked_in_sentence(f, ok) or self._counted_list(f)):
                ok[id(f)] = True
                self.worked_out[id(f)] = how
            if f.family == "wd" and (calendar := self._calendar_weekday(f)) is not None:
                # "Thursday, January 28" in 2026 is wrong, whatever the sources' other
                # Thursdays are. (A right one may still be a weekday moved with its date
                # from another event: the calendar does not clear it.)
                ok[id(f)] = ok[id(f)] and calendar
        self._once_each(ok)
        for f in self._swapped(ok) + self._change_reversed(ok) + self._change_against_verb():
            ok[id(f)] = False
        for f in self.art.values:
            results.append((f.fact(self.art.text), ok[id(f)]))
        # The speaker of a quote found with its speaker stands where the sources put them.
        vouched: set[str] = set()
        for a, b in self.art.quotes:
            fact, quote_ok = self.quote_fact(a, b)
            results.append((fact, quote_ok))
            if quote_ok:
                vouched |= self._speakers(self.art, a, b, need_verb=True)[0]
        repeated = self._repeated_names() | self._wrong_affiliations() | self._swapped_names()
        retold = self._retold_names()
        repeated |= self._reversed_names() | self._court_roles() | retold
        repeated |= self._scored_by_others()
        for f in self.art.names:
            in_place = set(f.value) <= vouched or self.name_in_place(f)
            ok_name = self.name_supported(f) and in_place and id(f) not in repeated
            if ok_name and not self._role_ok(f):
                # "Dawn Kitto, the station's coxswain": the pair is what is wrong.
                results.append((self._with_role(f), False))
                continue
            results.append((f.fact(self.art.text), ok_name))
        for f in self._opening_names:
            results.append((f.fact(self.art.text), id(f) not in retold))
        results.sort(key=lambda r: r[0].start)
        unsupported = tuple(f for f, ok in results if not ok)
        for f in unsupported:
            logger.debug("unsupported %s: %r", f.kind, f.text)
        worked_out = tuple(
            (f.fact(self.art.text), self.worked_out[id(f)])
            for f in self.art.values
            if ok[id(f)] and id(f) in self.worked_out
        )
        return GroundingReport(len(results) - len(unsupported), unsupported, worked_out)


_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev"}
# Words that end the clause a figure is given in: its companions are inside it.
_CLAUSE_BREAKS = {",", ";", ":", "and", "while", "whereas", "but", "(", ")"}


# The words that say a figure was worked out, and how.
_PERIOD_WORDS = {"year": "year", "month": "month", "week": "week", "day": "day"}
_PERIOD_ADJECTIVES = {
    "annual": "year", "annually": "year", "yearly": "year", "monthly": "month",
    "weekly": "week", "daily": "day",
}  # fmt: skip


_LIST_JOINS = ([","], [",", "and"], ["and"], [",", "or"], ["or"])


def _name_lists(doc: _Doc, si: int) -> Iterator[list[Mention]]:
    """Names listed in sentence ``si``: "Inchmore, Skellan and Fadda" (joined by commas,
    the last by "and" or "or")."""
    toks = doc.sentences[si].tokens
    found = sorted((m for m in doc.names + doc.lone_names if m.sentence == si), key=lambda m: m.i0)
    run: list[Mention] = []
    closed = False  # the last name came after "and": the list is complete
    for m in found:
        between = [t.lower for t in toks[run[-1].i1 : m.i0]] if run else []
        if run and not closed and between in _LIST_JOINS:
            run.append(m)
            closed = between[-1] in ("and", "or")
            continue
        if closed:
            yield run
        run, closed = [m], False
    if closed:
        yield run


def _same_place(tokens: list, f: Mention, theirs: list, m: Mention) -> bool:
    """Whether two names stand between the same words: the two words before each, or the
    two after (commas aside: "our school nurse, Helen Brightwell, will run"), are one and
    include a word that says something ("away in", "depot in", "said Colley"; not "said
    it")."""
    for mine, other in (
        (_words_beside(tokens, f.i0, -1), _words_beside(theirs, m.i0, -1)),
        (_words_beside(tokens, f.i1, 1), _words_beside(theirs, m.i1, 1)),
    ):
        if (
            len(mine) == 2
            and mine == other
            and any(w.isalpha() and w not in STOPWORDS for w in mine)
        ):
            return True
        # ("from Westley, won the" closes an apposition: its name is not the subject.)
        if _comma_after(theirs, m) and not _comma_after(tokens, f):
            break
    # "..., a total of $5,930, Mayor Denise Ortland said." for "..., city finance director
    # Raymond Ishii said.": the speaker a sentence ends on.
    return _ends_on_speaker(tokens, f) and _ends_on_speaker(theirs, m)


def _comma_after(tokens: list, m: Mention) -> bool:
    return m.i1 < len(tokens) and tokens[m.i1].text == ","


def _ends_on_speaker(tokens: list, m: Mention) -> bool:
    """Whether the name is followed only by a speech verb and the sentence's end."""
    rest = [t for t in tokens[m.i1 :] if t.text not in ".!?"]
    return len(rest) == 1 and rest[0].lower in F.SPEECH_VERBS


def _words_beside(tokens: list, k: int, way: int) -> list[str]:
    """The two words before token ``k`` (way -1) or from it (way 1), over commas only."""
    out: list[str] = []
    k = k - 1 if way < 0 else k
    while 0 <= k < len(tokens) and len(out) < 2:
        t = tokens[k]
        if t.text != ",":
            if t.kind != "word" and not t.text.isalnum():
                break
            out.append(t.lower)
        k += way
    return out[::-1] if way < 0 else out


def _of_sort(f: Mention, values: Iterable[Mention], si: int) -> int:
    """How many of sentence ``si``'s values are of ``f``'s family and sort."""
    return sum(
        v.sentence == si and v.family == f.family and (f.family != "num" or _same_sort(f, v))
        for v in values
    )


def _apposed(tokens: list, name: Mention, m: Mention, words: set[str]) -> bool:
    """Whether value ``m`` stands in apposition after ``name``: "Frew, 52," or, with one
    of ``words`` between, "Kowal, at 17:52", "Brannock, aged 31"."""
    if name.i1 >= len(tokens) or tokens[name.i1].text != ",":
        return False
    return name.i1 == m.i0 - 1 or (name.i1 == m.i0 - 2 and tokens[m.i0 - 1].lower in words)


_COURT_ROLES = {"prosecuting", "mitigating", "defending"}


def _court_role(tokens: list, m: Mention) -> str | None:
    """The court role set beside a name: "Simon Ashdown, mitigating," or "Mitigating,
    Simon Ashdown said"."""
    after = [t.lower for t in tokens[m.i1 : m.i1 + 2]]
    if after[:1] == [","] and after[1:] and after[1] in _COURT_ROLES:
        return after[1]
    before = [t.lower for t in tokens[max(0, m.i0 - 2) : m.i0]]
    if before[-1:] == [","] and len(before) == 2 and before[0] in _COURT_ROLES:
        return before[0]
    return None


def _nearest_figure(name: Mention, figures: list[Mention], reach: int = 0) -> Mention | None:
    """The one figure closest to a name in its sentence, within ``reach`` words
    (ZONE_WIDTH by default)."""
    gaps = sorted((max(f.i0 - name.i1, name.i0 - f.i1), k) for k, f in enumerate(figures))
    if (
        not gaps
        or gaps[0][0] > (reach or S.ZONE_WIDTH)
        or (len(gaps) > 1 and gaps[1][0] == gaps[0][0])
    ):
        return None
    return figures[gaps[0][1]]


_RELATIONS_BETWEEN = {
    "beat": "beat", "beats": "beat", "beaten": "beat", "beating": "beat", "defeated": "beat",
    "defeats": "beat", "ahead": "ahead", "behind": "behind", "succeeded": "succeed",
    "succeeds": "succeed", "replaced": "succeed", "replaces": "succeed", "moves": "move",
    "moved": "move", "moving": "move",
}  # fmt: skip
_REVERSED = {"behind": "ahead"}


def _relation(tokens: list, first: Mention, second: Mention) -> tuple[str, int] | None:
    """The word with a direction between two names of a sentence, and the direction:
    1 when the first name does it to the second ("A beat B"), -1 in the passive ("A was
    beaten by B", "A finished behind B"); "from A to B" is a move."""
    between = tokens[first.i1 : second.i0]
    if len(between) > RELATION_GAP:
        return None
    if (
        first.i0 > 0
        and tokens[first.i0 - 1].lower == "from"
        and any(t.lower == "to" for t in between)
    ):
        return ("move", 1)
    for k, t in enumerate(between):
        word = _RELATIONS_BETWEEN.get(t.lower)
        if word is None:
            continue
        passive = k + 1 < len(between) and between[k + 1].lower == "by"
        way = -1 if passive else 1
        if word in _REVERSED:
            word, way = _REVERSED[word], -way
        return (word, way)
    return None


RELATION_GAP = 6  # words between two names that one word relates


def _any_same(f: Mention, found: list[Mention], src: _Sources) -> bool:
    return any(_same_value(f, o, src, set()) for o in found)


LINE_TOKENS = 12  # a results line: a name and its figure
LINE_REACH = 6  # words between an article's name and its figure, checked against lines


def _period_after(tokens: list, i: int) -> str | None:
    """ "£7 a month", "30p per day": the period an amount is given for."""
    if i + 1 < len(tokens) and tokens[i].lower in ("a", "an", "per", "each"):
        return _PERIOD_WORDS.get(tokens[i + 1].lower)
    return None


def _period_of(tokens: list) -> str | None:
    """The one period a source sentence gives its amounts for ("£1,629 a year"), if any."""
    found = {_period_after(tokens, k) for k in range(len(tokens))}
    found |= {_PERIOD_ADJECTIVES.get(t.lower) for t in tokens}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _timed(m: Mention) -> Mention:
    """A "27:55" race time as a duration in seconds, for arithmetic; anything else as is."""
    if m.unit != "clock" or m.raw is None:
        return m
    return Mention(m.kind, m.family, m.value, m.start, m.end, "dur", m.i0, m.i1, m.sentence)


_TOTAL_CUES = {"combined", "together", "altogether", "total", "between"}
_LABEL_LINE = re.compile(r"[A-Za-z][^:\n.]{2,60}:\s*[£$€]?")
_DERIVE_CUES = {
    "short", "more", "fewer", "less", "gap", "difference", "margin", "ahead", "behind",
    "up", "down", "rise", "rose", "risen", "fell", "fallen", "grew", "grown", "increase",
    "increased", "decrease", "decreased", "extra", "gained", "lost", "added", "cut",
    "higher", "lower", "remaining", "left", "another", "drop", "dropped", "jumped",
    "climbed", "improved", "slipped", "beyond", "over", "under", "shy", "majority",
    "total", "combined", "together", "altogether", "overall", "all", "leaving", "rest",
    "double", "doubled", "twice", "doubling", "half", "halved", "halving", "by", "above",
    "below", "older", "younger", "improvement", "swing",
}  # fmt: skip


PASSAGE_SHARED = 2  # figures of the article's passage an equal value's passage gives
PASSAGE_MARGIN = 2  # ... more than any rival's passage
SHARE_TOLD_GAP = 4  # "a quarter of officers, 27 per cent": words between the two
MATCH_TOTAL = 20  # points of a team score (a half-time score), not of a set or a frame
_REMAINDER_CUES = {"leaving", "remaining", "rest", "left", "outstanding", "still"}
# Words beside a figure that say it is the difference, or the total, of two others.
_DIFFERENCE_CUES = {
    "more", "fewer", "less", "margin", "ahead", "behind", "majority", "difference", "gap",
    "short", "clear", "swing", "higher", "lower", "extra", "cheaper", "dearer",
}  # fmt: skip
_TOTAL_CUES = {"total", "combined", "together", "altogether"}
_COMPARATIVE_WORDS = {"more", "fewer", "less", "extra", "additional", "new", "further"}
_FALL_WORDS = {
    "less", "fewer", "lower", "down", "fell", "fallen", "drop", "dropped", "cut", "declined",
    "shrank", "smaller", "below", "decrease", "decreased", "slipped", "lost", "fall", "falls",
    "decline", "drops", "loss", "reduction", "cuts",
}  # fmt: skip
_RISE_WORDS = {
    "more", "higher", "up", "rose", "risen", "grew", "grown", "increase", "increased",
    "larger", "bigger", "above", "jumped", "climbed", "gained", "rise", "rises", "growth",
    "jump",
}  # fmt: skip
# After a change, the word before the figure it starts from or ends at: "up 4 points on
# last year's 27 per cent", "rose 12.6% to €1,482m".
_CHANGE_LEADS = {"to", "from", "on", "than"}
# Words that make a percentage a change, never a share: "a fall of 42 percent".
_CHANGE_WORDS = {
    "fell", "fallen", "fall", "falls", "drop", "dropped", "drops", "declined", "decline",
    "decrease", "decreased", "rose", "risen", "rise", "rises", "grew", "grown", "growth",
    "increase", "increased", "jumped", "jump", "climbed", "slipped", "shrank", "loss",
    "reduction",
}  # fmt: skip


def _keys(doc: _Doc, m: Mention) -> list[str]:
    """A speaker's name words, plus the initials of a long name ("CWC" for the council)."""
    words = doc.text[m.start : m.end].split()
    if len(m.value) == 1:
        # "Fiona said:" after "head coach, Fiona Maddox": the one full name it is part of.
        full = {tuple(n.value) for n in doc.names if len(n.value) > 1 and m.value[0] in n.value}
        return [*m.value, *next(iter(full))] if len(full) == 1 else m.value
    return [*m.value, _initials(doc.text[m.start : m.end])] if len(words) > 2 else m.value


def _relative_clauses(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int, int]]:
    """(end of the name before, start, end) of each ", who ...," clause in the sentences."""
    out = []
    for s in doc.sentences[s0 : s1 + 1]:
        toks = s.tokens
        for k in range(1, len(toks) - 1):
            if toks[k].text != "," or toks[k + 1].lower not in ("who", "whose", "which"):
                continue
            close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
            if close is not None:
                out.append((toks[k - 1].end, toks[k + 1].start, toks[close - 1].end))
    return out


_SUBJECT_PRONOUNS = {"he", "she"}


_TOPIC = re.compile(r",\s*(?:he|she|they)\s+(?:said|says|added|told)\b")


def _pronoun_next_to(words: list, verb: int) -> bool:
    """'she said', 'she told reporters', 'he added' (not 'said she had': reported speech)."""
    return verb > 0 and words[verb - 1].lower in _SUBJECT_PRONOUNS


def _names_meet(a: set[str], b: set[str]) -> bool:
    return any(_name_word_match(x, y) for x in a for y in b)


def _names(keys: Sequence[str], m: Mention) -> bool:
    """Whether mention ``m`` names the one that ``keys`` name: each key is one of its words."""
    return all(any(_name_word_match(k, q) for q in m.value) for k in keys)


_BRACKET_OPENS = re.compile(r"(?:,\s*\d{1,3})? *\(")
_CLUB_HEADERS = {"club", "team", "clubs", "teams", "school", "party", "county", "nation"}


def _club_cells(text: str, person: str) -> set[str]:
    """The words of the club column in the rows of a table ("Pos | Pilot | Club | Glider",
    one row a line, cells between bars) that name the person."""
    words: set[str] = set()
    header: list[str] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 3:
            header = []
            continue
        if not header:
            header = [c.lower() for c in cells]
            continue
        col = next((i for i, h in enumerate(header) if h in _CLUB_HEADERS), None)
        if col is None or len(cells) != len(header):
            continue
        named = (w.lower() for i, c in enumerate(cells) if i != col for w in c.split())
        if any(_name_word_match(person, w.strip(".,'’")) for w in named):
            words.update(re.findall(r"[a-z]+", cells[col].lower()))
    return words


def _name_word_match(a: str, b: str) -> bool:
    if a == b or _DEMONYMS.get(a) == b or _DEMONYMS.get(b) == a:
        return True
    short, long = sorted((a, b), key=len)
    # Kenya/Kenyan, Japan/Japanese: a suffix, not a different name (Ford/Forde).
    return len(short) >= 4 and long.startswith(short) and long[len(short) :] in _NAME_SUFFIXES


# People of a country whose word is not the country's plus a suffix: "the Scot".
_DEMONYMS = {
    "welsh": "wales", "scottish": "scotland", "english": "england", "irish": "ireland",
    "british": "britain", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland",
    "turkish": "turkey",
    "scot": "scotland", "scots": "scotland", "swede": "sweden", "dane": "denmark",
    "briton": "britain", "finn": "finland", "pole": "poland", "turk": "turkey",
    "spaniard": "spain", "welshman": "wales", "welshwoman": "wales", "irishman": "ireland",
    "irishwoman": "ireland", "englishman": "england", "englishwoman": "england",
    "frenchman": "france", "frenchwoman": "france", "dutchman": "netherlands",
    "dutchwoman": "netherlands", "swiss": "switzerland", "greek": "greece", "kiwi": "zealand",
}  # fmt: skip
_DEMONYMS_OF: dict[str, set[str]] = defaultdict(set)
for _people, _country in _DEMONYMS.items():
    _DEMONYMS_OF[_country].add(_people)
_NAME_SUFFIXES = {"n", "an", "ian", "ese", "s", "es", "ish", "i", "ns", "ans", "ians"}


_REGION_WORDS = {"north", "south", "east", "west", "central", "latin", "new", "great", "upper"}


def _name_in(keys: list[str], pos: dict[str, list[int]], by_prefix: dict[str, list[str]]) -> bool:
    """Distinctive name words appear in order, close together, somewhere in the source."""

    def positions(key: str) -> list[int]:
        hits = list(pos.get(key, ()))
        # "Kenyan", "North American"; but "Ravi Chandra" is not Ravi Chandran.
        if len(key) >= 4 and (len(keys) == 1 or keys[0] in _REGION_WORDS):
            for w in by_prefix.get(key[:4], ()):
                if w != key and _name_word_match(key, w):
                    hits += pos[w]
            # "Welsh" / "Wales", "Dutch" / "Netherlands": no shared prefix.
            for w in _DEMONYMS_OF.get(key, set()) | {_DEMONYMS.get(key, "")}:
                hits += pos.get(w, [])
        return sorted(hits)

    starts = positions(keys[0])
    for p in starts:
        at, ok = p, True
        for key in keys[1:]:
            nxt = [q for q in positions(key) if at < q <= at + 5]
            if not nxt:
                ok = False
                break
            at = nxt[0]
        if ok:
            return True
    return False


def check_facts(
    article: str,
    sources: Sequence[str],
    story_date: date | None = None,
    *,
    source_dates: Iterable[date] = (),
) -> GroundingReport:
    """Grounding report of a Markdown/plain ``article`` whose ``[n]`` cite ``sources[n-1]``."""
    src = _Sources(list(sources), story_date, {d.year for d in source_dates})
    return _Checker(article, src).run()

"""Checking each fact against the passage it came from, not against the whole corpus.

For a number or date, every occurrence of the same family in the sources is
scored by how well its sentence matches the article sentence (IDF-weighted word
overlap, a bonus for the cited source) and how well the words right next to it
match the words next to the article's value ("12 injured" vs "12 dead"). The
fact is supported when an occurrence with an equal value scores about as well
as the best occurrence overall: a value that exists in the sources but belongs
to another fact loses to the fact it really belongs to.

This module places figures and runs the check; the rules for names (names.py),
quotations (quotes.py) and dates (dates.py) are mixed into its checker, and the
tuned weights live in weights.py.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from . import derive as D
from . import facts as F
from . import swaps as S
from .compare import (
    FRACTION_TOLERANCE,
    _compatible_units,
    _coverage,
    _dice,
    _distinctive,
    _rounding_step,
    _same_sort,
    _same_value,
    _within,
)
from .dates import DateChecks, told_span
from .facts import Fact, Mention
from .names import (
    NameChecks,
    _name_word_match,
    _names_meet,
)
from .normalize import CURRENCIES
from .normalize import MONTHS as CALENDAR_MONTHS
from .quotes import (
    QuoteChecks,
)
from .sources import (
    _AGED,
    _APPOSED,
    _DAY_OFFSETS,
    _DIRECTION_STEMS,
    _PAST_VERBS,
    _PERIOD_STEP,
    _PLACE_LEADS,
    TOTAL_REACH,
    _all_but,
    _calendar_day,
    _coarser_date,
    _date_after,
    _dated_weekday,
    _dateline,
    _Doc,
    _earlier_minutes_date,
    _issue_date_line,
    _line_rank,
    _list_item,
    _lower_words,
    _monday,
    _months_spanned,
    _one_in,
    _part_of_number,
    _per_head,
    _relative_date_tokens,
    _Sources,
    _totals_line,
    _weekday_dates,
    _word_after,
    told_days,
    told_periods,
)
from .tables import bar_row
from .text import (
    COLUMN_GAP,
    COLUMNS,
    STOPWORDS,
    Sentence,
    Token,
    line_bounds,
    outside_brackets,
    stem,
)
from .weights import (
    ALIGN_GAP,
    ALIGN_SLACK,
    ALIGN_WEIGHT,
    CITE_BONUS,
    CLAIM_MARGIN,
    DERIVE_ALIGN,
    DERIVE_CUE_WINDOW,
    DERIVE_REACH,
    DERIVE_SENTENCES,
    DERIVE_SLACK,
    FAR_APART,
    HIGH_ALIGN,
    LEAD_WEIGHT,
    LINE_WORDS,
    MARGIN,
    MIN_SCORE,
    MULTIPLE_STEP,
    OWNER_REACH,
    PERSON_GAP,
    RATIO_BASE_REACH,
    RATIO_SLACK,
    REVERSED_PENALTY,
    RIVAL_ALIGN,
    ROUNDED_SHARE,
    SLOT_WORDS,
    SMALL_COUNT,
    STORY_WEEK,
    TOLD_SLACK,
    UNIQUE_ALIGN,
    WORDS_CLEAR,
    WORDS_SLACK,
    YEARS_SLACK,
)
from .years import BACK_WORDS, YEAR, compared_year, told_year, years_back

OLDEST_PERSON = 110  # an age above it is a building's or a tree's
_MINUTES = stem("minutes")
logger = logging.getLogger(__name__)


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


_PLACE_OPENERS = frozenset({"from", "in", "at", "near", "nearby"})


_CONTRASTS = {"while", "whereas", "but", "whilst"}  # a clause of another subject after a comma


def _after_role_word(toks: Sequence[Token], name: Mention) -> bool:
    """Whether a name follows a lower-case word that is no place's lead: "his daughter
    Ellie", "coach Nadia" (not "the Carrowdale network", "from Ferncliffe")."""
    if not name.i0:
        return False
    before = toks[name.i0 - 1]
    return before.kind == "word" and before.text.islower() and before.lower not in _PLACE_LEADS


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


class _Rival(NamedTuple):
    """A source value of another figure that ``f`` may have been moved from."""

    score: float  # passage and words together
    words: float  # the words right next to it
    noun: str | None
    aligned: float  # its sentence against the article's
    apart: float  # its words without direction words ("up from")
    doc: int
    sentence: int
    value: float


YEAR_PHRASE_REACH = 5  # words from a figure to the year it is of: "48 at the first fair in"
LOOSE_CLAUSE_WORDS = 3  # clause words a hedged fraction shares with a share it is told for
ROW_FIGURES_CLEAR = 2  # more of them than any other row gives, for a row to be their passage
ROW_FIGURES_SHARED = 3  # small figures of a sentence that, all in one table row, make it near
MONTHS_REACH = 4  # tokens from a figure to the months it is told over: "986 between May"
BORN_PLACE = 4  # tokens between "born" and the "on" of its date: "born in Ravensby on"
BIRTH_REACH = 8  # words from a name to "born": "Colin Partridge, a retired blacksmith born"
PARTITIVE_WORDS = 4  # "22 of the creamery's 148"
DIFFERENCE_OPERANDS = 8  # amounts in its unit a told difference may be taken from
ORDERED_FIGURES = 3  # figures a sentence must tell in a source's order to be its passage
# What a sum told right before it is the whole of: "the £225,000 project".
_WHOLE_NOUNS = {
    "project", "scheme", "bill", "cost", "costs", "budget", "total", "appeal", "programme",
    "package", "refit", "rebuild", "restoration", "repair", "repairs", "works", "plan",
}  # fmt: skip
_FIRM_SUFFIXES = {"ltd", "limited", "plc", "llp", "inc"}
TABLE_ROWS = 12  # rows of one table: a named row this close to the equal one is its rival
ROW_LABEL_WORDS = 4  # "| North Splash | 42 | 21 |", "Marbled white   61   140"


def _row_label(tokens: Sequence[Token], text: str = "") -> frozenset[str]:
    """The stems of the label a row of a table opens with, when the sentence is such a
    row: a few words, then figures only. A bracket after the label says more of what
    the row is of ("Clay (140 tonnes, delivered)"), except in a total ("Total (19
    sites)", a figure of the total's own). A row may open with its place ("1 |
    Tidewater Flyers |", "21. Anna Threlkeld"); ``text``, the source's, tells a list's
    next number ("Caldermoss Harriers, 2. Teifside AC") from a figure of the row."""
    if not any(t.kind == "num" for t in tokens):
        return frozenset()
    bracketed = any(t.text == "(" for t in tokens)
    if bracketed and next((t.lower for t in tokens if t.kind == "word"), None) != "total":
        tokens = outside_brackets(list(tokens))
    # "1 | Tidewater Flyers | 14 | 12 |": a place in the table before the label.
    opening = next((k for k, t in enumerate(tokens) if t.text != "|"), None)
    if opening is None:
        return frozenset()
    lead = 0
    place = tokens[opening].text
    if place.isdigit() and int(place) < RANK_LIMIT:
        lead = next((k for k, t in enumerate(tokens) if t.kind == "word"), 0)
    first = next((k for k, t in enumerate(tokens) if k >= lead and t.kind == "num"), None)
    if not first:
        return frozenset()
    # ("Halyard Marine Ltd", told as "Halyard Marine")
    label = [t for t in tokens[lead:first] if t.kind == "word" and t.lower not in _FIRM_SUFFIXES]
    figures = [t for t in tokens[first:] if t.kind == "num"]
    colons = [k for k, t in enumerate(tokens[:first]) if t.text == ":"]
    if colons and (colons != [first - 1] or len(figures) < 2):
        # "Swimmers registered: 412", a key fact: no row of a table; "Carpet cleaner:
        # 214, £6" under "Most borrowed items (loans, charge per loan)" is one.
        return frozenset()
    sub_row = tokens[opening].text in ("-", "–")  # "  - solid wall insulation  35  103"
    if not label or len(label) > ROW_LABEL_WORDS or not (label[0].text[:1].isupper() or sub_row):
        return frozenset()
    if any(t.kind == "word" for t in tokens[first:]):
        return frozenset()
    listed = tokens[first - 1].text == ","
    if len(figures) == 1 and listed and text[figures[0].end : figures[0].end + 1] == ".":
        return frozenset()  # "1. Caldermoss Harriers, 2. Teifside AC": the next one's number
    if len(figures) == 1 and len(label) == 1 and label[0].lower in _PARTS_OF_A_SERIES:
        return frozenset()  # "Round 1 (all eight finalists)": a heading, no row
    if all(YEAR.match(t.text) for t in tokens[first:] if t.kind == "num"):
        return frozenset()  # "| Month | 2026 | 2027 |": the header of columns by year
    return frozenset(stem(t.text) for t in label)


def _row_of_a_name(words: set[str], labels: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The one row whose label holds a word of the names ``words``, a word no other row's
    label holds: "Quennell ... finished on 11 points" names the row "| 1 | Oliver
    Quennell | Hollinwell SC | ... | 11 |"."""
    labels = list(labels)
    found = {
        label
        for w in words
        if len(rows := [label for label in labels if w in label]) == 1
        for label in rows
    }
    return next(iter(found)) if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _rows_of(doc: _Doc) -> dict[int, frozenset[str]]:
    """A source's table rows by sentence, read once per source (sources are shared
    between checks and never changed)."""
    rows = {si: _row_label(s.tokens, doc.text) for si, s in enumerate(doc.sentences)}
    return {si: label for si, label in rows.items() if label}


PRONOUN_PART_REACH = 6  # "610 of them - just over a quarter": the share right after it
RANK_LIMIT = 100  # a row's opening figure below this may be its place: "1 | Tidewater Flyers |"
IN_AFTER = 2  # words between a figure and the "in" naming its row: "41 sightings in May"


_CONJUNCTIONS = {"and", "or", "but", "while", "whereas"}
# The words that tell a figure as a place's or a row's, right after it: "four on Church Hill".
_AT_A_PLACE = ("in", "on", "at")
_AGAINST_A_YEAR = {"than", "since", "on", "from", "set", "by", "record"}


def _in_after(tokens: Sequence[Token], f: Mention) -> list[str]:
    """The stems of the words a figure is said to be "in" (or on, at) right after it, up
    to the next figure or comma: "41 sightings in May", "44 in July", "four on Church
    Hill"."""
    for k in range(f.i1, min(f.i1 + IN_AFTER + 1, len(tokens))):
        if tokens[k].kind != "word" or tokens[k].lower in _CONJUNCTIONS:
            return []  # "to 1,130 and on Pinder Lane from 3,150": the next one's
        if tokens[k].lower in _AT_A_PLACE:  # "four on Church Hill"
            out = []
            for t in tokens[k + 1 : k + 1 + ROW_LABEL_WORDS]:
                if t.kind != "word" or t.lower == "and":
                    break
                out.append(stem(t.text))
            return out
    return []


SIZED_SLACK = 0.1  # "a rise of a third": a change of 30 to 37 per cent
# "in 3:31:19, ahead of Hattie Boswell": the name after is another's, not the figure's
_BEFORE_A_RIVAL = {"ahead", "behind", "beating", "instead"}


def _far_apart(f: Mention, o: Mention) -> bool:
    """ "2,214 applicants" and "five new sites": figures too far apart in size for one to
    have been written in the other's place."""
    if f.family != "num" or not isinstance(o.value, (int, float)):
        return False
    a, b = sorted((abs(float(f.value)), abs(float(o.value))))
    return a > 0 and b / a > FAR_APART


class _Checker(NameChecks, QuoteChecks, DateChecks):
    def __init__(self, article: str, src: _Sources) -> None:
        self.art = _Doc(article)
        self.src = src
        periods = told_periods(self.art, src.story_date)
        self._told_periods = {id(m) for m in periods}
        if days := told_days(self.art, src.story_date) + periods:
            self.art.values = sorted(self.art.values + days, key=lambda m: m.start)
        self._align: dict[tuple[int, int, int], float] = {}
        self._row_totals: dict[tuple[int, int], tuple[str | None, float] | None] = {}
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
        self.column_sums: set[int] = set()  # facts worked out as a table column's sum
        # Figures whose equal values the sources give for another period only ("£3,600
        # a month" for "£3,600 a year"): the period is what is wrong.
        self.other_period: set[int] = set()
        self.age_of_another: dict[int, Mention] = {}  # ages reported with their person
        self.art_lower = _lower_words([self.art])
        # Words used in multi-word names anywhere: a lone "Grant" opening a sentence is a name.
        self.known_names = {k for d in (self.art, *src.docs) for m in d.names for k in m.value}
        # The surnames each first name goes with: "his daughter Ellie, 27" is Ellie Aldridge
        # when she is the only Ellie the sources name in full.
        self.full_surnames: dict[str, set[str]] = defaultdict(set)
        for m in (m for d in (self.art, *src.docs) for m in d.names if len(m.value) > 1):
            self.full_surnames[m.value[0]].add(m.value[-1])
        # Surnames of full names: a lone "Ortiz" is a person, a lone "Altmoor" (a team) not.
        self.surnames: set[str] = set().union(*self.full_surnames.values())

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

    @functools.cached_property
    def _issue_weekdays(self) -> set[int]:
        """The sources' weekdays that open the date they were issued on (``_issue_weekday``),
        found once: asked of every weekday compared."""
        return {
            id(o)
            for doc in self.src.docs
            for o in doc.values
            if o.family == "wd" and _issue_weekday(doc, o)
        }

    def _more_words(self, f: Mention, o: Mention, extra: frozenset[str], baseline: float) -> float:
        """What words told elsewhere of a source's figure (its row's label, its whole's
        words) add to the figure's own passage: never less than nothing."""
        return max(0.0, _dice(f.context, o.context | extra, self.src) - baseline)

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
        """Source sentences sharing at least one word with article sentence ``ai``, or two
        of its distinctive figures: a table row of figures only ("| Dec 2025-Feb 2026 |
        1,297 | 1,988 |") shares no word with the sentence that tells it."""
        near = self._near_cache.get(ai)
        if near is None:
            near = set()
            for w in self.art.sentences[ai].stems:
                near |= self.src.sentences_with.get(w, set())
            # Its dates count too, beside one of its figures: "61,900 trips between July
            # and September" for the row "Jul - Sep 2025   61,900".
            shared: dict[tuple[int, int], set[int]] = defaultdict(set)
            figured: set[tuple[int, int]] = set()
            # "seven wins and three draws, with 61 goals scored and 30 conceded" for a
            # league table's row "1  Kestlebrook Comets  10  7  3  0  61  30  24": small
            # figures, but so many of one row are no chance.
            in_row: dict[tuple[int, int], set[int]] = defaultdict(set)
            told = [v for v in self.art.values if v.sentence == ai]
            for v in told:
                distinctive = _distinctive(v) or v.family == "date"
                for n, o in self.src.by_family.get(v.family, ()):
                    if o.kind == "derived" or not (distinctive or o.in_table):
                        continue
                    if not self._same_figure(v, o):
                        continue
                    if o.in_table and v.family == "num":
                        in_row[n, o.sentence].add(id(v))
                    if distinctive:
                        shared[n, o.sentence].add(id(v))
                        if v.family != "date":
                            figured.add((n, o.sentence))
            near |= {at for at, values in shared.items() if len(values) > 1 and at in figured}
            mine = self.art.sentences[ai].stems
            for (n, si), values in in_row.items():
                if len(values) < ROW_FIGURES_SHARED:
                    continue
                # (not another row than the one the sentence names: "Tidewater Flyers ...
                # winning 11 and losing 3" is no passage of Kestrel's "14 | 11 | 3")
                named = [k for k, label in self._row_labels(n).items() if label and label <= mine]
                if not named or si in named:
                    near.add((n, si))
            # So does a table's row opening with a range the sentence tells: "the 40-49
            # age group, which had 52 starters" for "| 40-49 | 52 |".
            for (n, si), key in self._row_keys.items():
                if (n, si) not in near and any(self._same_figure(v, key) for v in told):
                    near.add((n, si))
            self._near_cache[ai] = near
        return near

    def verbatim(self, f: Mention) -> bool:
        toks = self.art.sentences[f.sentence].tokens
        lo, hi = max(0, f.i0 - 2), min(len(toks), f.i1 + 2)
        window = [t.text.lower() for t in toks[lo:hi] if t.kind != "punct"]
        if len(window) < (f.i1 - f.i0) + 3:
            return False
        needle = " " + " ".join(window) + " "
        if not any(needle in j for j in self.src.joined):
            return False
        # Not when the same words frame another value too ("run over 17 fences instead
        # of 18", "run over 14 fences instead of 15"): then the passage must decide.
        before = [t.text.lower() for t in toks[lo : f.i0] if t.kind != "punct"]
        after = [t.text.lower() for t in toks[f.i1 : hi] if t.kind != "punct"]
        own = max(1, len([t for t in toks[f.i0 : f.i1] if t.kind != "punct"]))
        frame = re.compile(
            re.escape(" ".join(["", *before, ""]))
            + rf"(\S+(?: \S+){{{own - 1}}})"
            + re.escape(" ".join(["", *after, ""]))
        )
        found = {m.group(1) for j in self.src.joined for m in frame.finditer(j)}
        return len(found) == 1

    def value_supported(self, f: Mention, claimed: frozenset[int] = frozenset()) -> bool:
        """Whether an equal value in the sources fits ``f``'s passage as well as any other.

        ``claimed`` holds occurrences already explained by another supported fact of the
        article: "14 percent" taking the source's 14% leaves the 6% next to it to "6 percent".
        """
        if self._base_of_a_rate(f):
            self.best_equal[id(f)] = None
            self.worked_out[id(f)] = "the base of a rate the sources give"
            return True
        if (ends := self._ends_sized(f)) is not None:
            # "goes up from £100 to £150, a rise of a third": the sentence's own ends
            # settle the share, whatever "a third" a source says of something else.
            self.best_equal[id(f)] = None
            first, last = ends
            share = 100 * abs(last - first) / first
            if f.hedge in ("over", "under"):
                return D.fraction_fits(f.hedge, False, f.value, share)
            if abs(share - f.value) <= max(FRACTION_TOLERANCE, SIZED_SLACK * f.value):
                self.worked_out[id(f)] = f"a change from {first:g} to {last:g}"
                return True
            return False
        if self.verbatim(f):
            # Copied word for word: it takes the occurrence whose words it shares most.
            self.best_equal[id(f)] = self._closest_equal(f)
            return True
        if (group := self._others_of_a_group(f)) is not None:
            self.best_equal[id(f)] = None
            return group
        if (
            (f.unit == "x" or self._multiplier(self.art, f))
            and (base := self._ratio_base(f)) is not None
            and (told := self._compared_before(f, base)) is not None
        ):
            # "712 homes were insulated, more than twice as many as the 334": the
            # sentence's own two figures settle it.
            self.best_equal[id(f)] = None
            if not _ratio_fits(f, told.value / base.value):
                return False
            self.worked_out[id(f)] = f"{told.value:g} / {base.value:g}"
            return True
        if f.unit == "x" and self._rate_ends(f)[0] is not None:
            # "about twice as many as the 3,150 handed out" is worked out over 3,150, not
            # the sources' "stocks doubled" (from 2,400).
            self.best_equal[id(f)] = None
            return self._derivable(f)
        cited = self.sentence_cites[f.sentence]
        near = self._near(f.sentence)
        best_match = match_words = -1.0
        best_occurrence: int | None = None
        equal_nouns: set[str | None] = set()
        others: list[_Rival] = []
        equal_aligned = 0.0
        # Whose figure it is: "Ortiz won in 2:06:31" when the sources give 2:06:31 to Oda.
        person = self._person(self.art, f) if f.family == "num" else None
        week_day = self._weekday_of_week_told(f) if f.family == "wd" else None
        weekday_alone = f.family == "wd" and week_day is None and self._weekday_alone(f)
        minutes_unsaid = f.family == "date" and _MINUTES not in self.art.sentences[f.sentence].stems
        equal_people: set[str | None] = set()
        rival_people: set[str | None] = set()
        # A distinctive value found in the sources is only taken for another fact's value
        # on local evidence: the words next to it, not just a shared sentence.
        distinctive = _distinctive(f) or self._lone_vote(f)
        keep, _ = self._aligned_sentences(f)
        # Sentences next to the best-matching ones: a writer merges neighbouring sentences.
        beside = {(n, si + d) for n, si in keep for d in (-1, 1)}
        equal_beside = False
        equal_shares = False  # an equal value's source sentence gives another of its figures
        # Whose figure, by the name next to it: "Sallow Vale on 3,851" for a results line
        # "2. Sallow Vale Archers 3,851", where no words can tell the lines apart.
        owner = self._owner(self.art, f, tight=False) if f.family == "num" else []
        serial = f.family == "num" and _names_a_lot(self.art.sentences[f.sentence].tokens, f)
        equal_owned, rival_owned = False, -1.0  # the best rival of the same owner
        equal_elsewhere = owns_other = False
        sharing: set[tuple[int, int]] = set()  # those sentences
        equal_at: set[tuple[int, int]] = set()  # the sentences with an equal value
        same_unit = False  # an equal value in f's own unit ("three" is no "three weeks")
        bare_only = True  # every equal value a bare number ("19" sites, not "aged 19")
        equal_ids: set[int] = set()
        # "£1.28m" is the sources' "£1,284,000" rounded to the figure's own precision.
        step = (
            _rounding_step(self.art.text[f.start : f.end], f.value) if f.family == "num" else None
        )
        if step is None and f.family == "num" and self._headline(f) and f.value >= 1000:
            # A headline rounds: "Hospice shop has record £312,000 year" for £312,480.
            step = self._last_digit_place(f)
        differences = self._differences(f)
        # "three times the prize" is found only as so many times, or worked out: no
        # "third", no count of three.
        multiplier = f.family == "num" and self._multiplier(self.art, f)
        told_exactly = False  # an equal value not merely inside a hedge ("more than half")
        year = self._year_of(f) if f.family == "num" else None
        months = self._months_beside(f) if f.family == "num" else frozenset()
        equal_years: list[int | None] = []  # the years the equal values are of
        dates_told = [g for g in self.art.values if g.family == "date" and g.sentence == f.sentence]
        partners = self._partitive_partners(f)
        wholes = self._wholes_of_parts(f) + partners
        # "a rent of £250 a month" is no "£250 a year".
        period = _period_after(self.art.sentences[f.sentence].tokens, f.i1) if f.unit else None
        # "was lost by six votes to three" for minutes' "lost, 3 votes to 6": a defeat is
        # told either way round.
        lost_vote = f.family == "score" and self._lost_vote(f)
        names_before: set[str] | None = None  # the names f's sentence tells before it
        this_year = self.src.story_date.year if self.src.story_date else None
        for n, o in self.src.by_family.get(f.family, ()):
            if f.family == "num" and not _compatible_units(f, o):
                continue
            if f.unit == "ord" and o.kind == "derived" and o.unit is None:
                continue  # "the third" is no side of a 3-1 score, nor a rate
            if o.in_table and o.value != f.value and self._row_total(n, o) == (f.unit, f.value):
                # "2,318 applications" from a row "Applications received  744  1,574":
                # its figures are the parts of the article's, not another fact's.
                continue
            if weekday_alone and self._of_another_week(n, o):
                continue
            if (
                week_day is not None
                and o.value == f.value
                and self._weekday_date(n, o) not in (None, week_day)
            ):
                continue  # "on Monday of last week": that Monday, not one dated otherwise
            if minutes_unsaid and _earlier_minutes_date(self.src.docs[n], o):
                continue  # "held on Monday 8 February were approved": no day of a decision
            if f.family == "wd" and id(o) in self._issue_weekdays:
                # "Wednesday 5 March 2031" under a paper's name: the day it came out, no
                # day of what it reports ("approved the scheme on Wednesday").
                continue
            if f.family == "date" and any(_coarser_date(g, o) for g in dates_told):
                # "between June and August" is no rival of "between 1 June and 31 August"
                continue
            if (
                multiplier
                and _word_after(self.src.docs[n].sentences[o.sentence].tokens, o) != "times"
            ):
                continue
            score = local = words = own_words = aligned = 0.0
            if (n, o.sentence) in near:  # elsewhere alignment and context are both zero
                aligned = self.align(f, n, o)
                score += ALIGN_WEIGHT * aligned
                local = words = own_words = _dice(f.context, o.context, self.src)
                score += local
                local += bool(f.clause & o.clause)
            if year is not None and year == o.year:  # "59 last year" / "| 2025 | 59 |"
                # The row's year is a word of the figure's own: it counts as its words do.
                score += LEAD_WEIGHT
                words += LEAD_WEIGHT
                local += 1
                if o.row_words and (n, o.sentence) in near:
                    # "186 rabbits from 31 exhibitors in 2030": that year's column, so
                    # its row's label is the figure's words too.
                    more = self._more_words(f, o, o.row_words, own_words)
                    if names_before is None:
                        names_before = self._name_stems_before(f)
                    if o.row_words <= names_before:
                        # "at Kestle Farm, ... 38 nests, up from 22 last year": the row
                        # its sentence names, whatever words the figure has of its own.
                        more += LEAD_WEIGHT
                    score, words, local = score + more, words + more, local + more
            elif (
                year is None
                and o.year
                and o.year == self._latest_of_row(n, o)
                and (f.lead is None or (f.lead == "to" and self._dated_row(n, o.sentence)))
            ):
                # A figure told with no year (nor "from") is the latest: "Barriers and
                # fencing cost £21,600" of a row "Barriers and fencing  £19,800  £21,600"
                # under "2027  2028"; so is the end of a change ("fell to 3,861"), its
                # column a word of its own.
                score += LEAD_WEIGHT
                if f.lead == "to":
                    words += LEAD_WEIGHT
                    local += 1
            if o.in_table and (n, o.sentence) in near and self._row_key_told(f, n, o):
                # "the 40-49 age group, which had 52 starters" for "| 40-49 | 52 |": the
                # figure a row opens with is its label, told beside the figure.
                score += LEAD_WEIGHT
                words += LEAD_WEIGHT
                local += 1
            if (
                len(months) > 1
                and o.in_table
                and (n, o.sentence) in near
                and months <= self._row_months(n, o.sentence)
            ):
                # "fell to 986 between May and July" for the row "Q3 | May - Jul 2032 | 986":
                # the months dating it are a word of the figure's own, as a year is.
                score += LEAD_WEIGHT
                words += LEAD_WEIGHT
                local += 1
            if (
                f.lead
                and o.lead
                and f.family != "score"
                # ("to find by 30 October" for "the appeal closes on Friday 30 October")
                and not (
                    f.family == "date"
                    and {f.lead, o.lead} == {"by", "to"}
                    and _closing_verb(self.src.docs[n], o)
                )
            ):  # "to 19% from 21%" / "from 21% to 19%"
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
            equal = (
                _same_value(f, o, self.src, self._doc_years(n))
                or (
                    step is not None
                    and o.unit == f.unit
                    and o.kind != "derived"
                    and abs(f.value - o.value) <= step / 2 * (1 + 1e-9)
                    # (a source's own rounding finer than the story's: "£9.42m" as "£9.4 million")
                    and (_rounding_step(self.src.docs[n].text[o.start : o.end], o.value) or 0)
                    < step
                )
            )
            if equal and o.whole_words and (n, o.sentence) in near:
                # "212 of the FC2 electors" for "212 of the 643 electors in FC2": the
                # whole's words are the part's, for the part itself (no rival's).
                more = self._more_words(f, o, o.whole_words, words)
                score, words, local = score + more, words + more, local + more
            if equal and period and o.kind != "derived":
                theirs = _period_after(self.src.docs[n].sentences[o.sentence].tokens, o.i1)
                equal = theirs in (None, period)
                if not equal:
                    self.other_period.add(id(f))
            if not equal and id(o) in self._serial_numbers:
                continue  # "Newsletter No 88" counts nothing that "21 of the 23 stones" might
            if not equal and serial and id(o) not in self._serial_numbers:
                continue  # "lot 47 in the sale" was moved from no count of lots sold
            if not equal and year is not None and year == this_year and o.year not in (None, year):
                continue  # "8,850 visits this month": "Visits recorded in 2032: 6,842" is none
            owned = bool(owner) and self._owned_by(n, o, owner)
            if owned and not equal and o.kind != "derived" and _same_sort(f, o):
                owns_other = True
            loose = equal and f.fraction and abs(f.value - o.value) > FRACTION_TOLERANCE
            if loose and words == 0 and len(f.clause & o.clause) < LOOSE_CLAUSE_WORDS:
                # Inside a hedge only ("more than four-fifths" for 84%): on its own words,
                # or its clause's ("Nearly a third of last year's sessions came from
                # outside the UK" for "31 per cent of online sessions ... from outside").
                equal = False
            if equal:
                equal_years.append(o.year)
                told_exactly |= not loose
                if o.kind != "derived":
                    equal_ids.add(id(o))
                same_unit |= o.unit == f.unit
                bare_only &= o.unit is None
                if f.family == "score" and f.value != o.value and not lost_vote:
                    score -= REVERSED_PENALTY  # "6-4" for a "4-6" set is weaker evidence
                if score > best_match:
                    best_match, best_occurrence = score, id(o)
                equal_aligned = max(equal_aligned, aligned)
                equal_at.add((n, o.sentence))
                equal_beside |= (n, o.sentence) in beside
                if (n, o.sentence) in near and (
                    self._shares_a_value(f.sentence, n, o.sentence, f)
                    # "11 of its 58 units" for "Market Place: 11 empty out of 58 units"
                    or self._gives_a_partner(n, o, partners)
                ):
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
                # "In 2026, 1,020 lots were sold": 2027's figure in the row is no rival.
                and (year is None or not o.in_table or o.year in (None, year))
                # "MEREFORD, July 17 - The Civic Party gained a seat": the day a wire story
                # was filed is no event's slot, unless its words say so.
                and not (words == 0 and _dateline(self.src.docs[n], o))
                and not _issue_date_line(self.src.docs[n], o)
                and not self._explained_beside(f, n, o)
                and not _differenced(f, o, differences)
                and not self._whole_of_its_part(f, n, o)
                and not self._total_of_its_item(f, n, o)
                and not _others_of(f, self.src.docs[n], o)
                and not _counts_its_list(f, self.src.docs[n], o)
                and not _each_of_a_total(self.art, f, self.src.docs[n], o)
                and not (o.unit == f.unit and any(math.isclose(o.value, w) for w in wholes))
                and not _identifies(self.src.docs[n], o, f.noun)
                # "cfu/100ml" tells a rate's unit: no count another was moved from
                and not (
                    o.family == "num"
                    and _rate_base(self.src.docs[n].sentences[o.sentence].tokens, o)
                )
            ):
                # Only a value of the same sort can have been moved here.
                # From afar, only content words count: "up from" frames any figure.
                apart = _dice(f.context - _DIRECTION_STEMS, o.context - _DIRECTION_STEMS, self.src)
                others.append(_Rival(score, words, o.noun, aligned, apart, n, o.sentence, o.value))
                if owned:
                    rival_owned = max(rival_owned, score)
                if person and aligned > 0:
                    rival_people.add(self._person(self.src.docs[n], o))
        if (
            year is not None
            and equal_years
            and None not in equal_years
            and year not in equal_years
            # "Its hours were cut in 2020 from 84 a week to 44": the ends of a change in
            # that year are the years before and after it (2019's 84, 2023's 44).
            and not (f.lead == "from" and min(equal_years) < year)
            and not (f.lead == "to" and max(equal_years) > year)
        ):
            # "7 in 2022" where the sources' 7 is 2024's ("| 2024 | 7 |", "7 in 2024"):
            # another year's figure, told for this one.
            self.best_equal[id(f)] = None
            return False
        apposed_name = self._apposed_person(f) if f.unit == "age" else None
        apposed = apposed_name.value[-1] if apposed_name else None
        kin = self._kin_ages(f) if f.unit == "age" and not apposed else set()
        ages = self._ages_of(apposed) if apposed else kin or self._epithet_ages(f)
        if ages and f.value not in ages:
            # "Isla Brannock, 31," when the sources make her 27: the 31 they give
            # elsewhere (a 31st festival) is no age of hers.
            self.best_equal[id(f)] = None
            return False
        if apposed_name and not ages and self._age_of_others(f, apposed_name):
            # "Daniel Opie, 22," when the sources give him no age and their 22 is the
            # age of Ben Spargo, beside him in the row: reported with the name.
            self.best_equal[id(f)] = None
            self.age_of_another[id(f)] = apposed_name
            return False
        if apposed and any(
            _name_word_match(apposed, theirs) and age == f.value
            for theirs, age in self._ages_from_births + self._epithet_source_ages
        ):
            # "Cllr Elaine Fothergill, 71," for "born in Ravensby on 2 February 1961": her
            # age at the story's date, whatever other figure of 71 a passage has; so is
            # the age a source gives her ("The 58-year-old is one of 186 council staff").
            self.best_equal[id(f)] = None
            self.match_score[id(f)] = best_match
            return True
        if kin:
            # "Her husband, a 66-year-old" for "her husband Graham, 66": his, whatever its
            # words (it claims no source figure).
            self.best_equal[id(f)] = None
            self.match_score[id(f)] = best_match
            return True
        if (
            distinctive
            and equal_elsewhere
            and not equal_owned
            and owns_other
            # (a place's event, told by a possessive of one word: "Wrenfold's harvest
            # supper raised £5,076" is no figure of Wrenfold Bakery's line)
            and not (
                len(owner[0].value) == 1
                and self.art.text[owner[0].start : owner[0].end].endswith(("'s", "’s"))
            )
        ):
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
        # ("last week" and "next month" rarely find their passage by their own words.)
        told_period = id(f) in self._told_periods
        floor = 0.0 if distinctive or beside_ok or f.unit == "band" or told_period else MIN_SCORE
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
            "  %r: best equal %.2f, best other %.2f, floor %.2f",
            self.art.text[f.start : f.end],
            best_match,
            best_other,
            floor,
        )
        whole_period = f.family == "week" or (f.family == "date" and f.value[1] is None)
        if told_period and whole_period and self._decided_at_another_meeting(f, equal_at):
            return False  # "voted last week" for the minutes of a fortnight before
        if told_period and f.family == "date" and f.value[1] is None:
            # "last month": its words rarely find the passage of its day, so any day of
            # that month the sources give will do; none at all is the error.
            return bool(equal_at)
        if f.unit == "age" and person is None and equal_at and self._epithet_age(f, alone=True):
            # "the 81-year-old said" after "Eileen Fosdyke ...", the one person named and
            # of that age: a sentence of so few words of its own aligns with any
            # "240-year-old".
            return True
        if (
            f.fraction
            and match_words <= 0
            and self._whole_after(f) == "money"
            and self._own_sums(f, before=True)
        ):
            # "£40,000 from the district council, a little over half of the cost": a
            # share of the sentence's own sums, worked out from them or wrong, whatever
            # "half" a source says of something else.
            self.best_equal[id(f)] = None
            return self._derivable(f)
        if f.fraction and match_words <= 0 and (part := self._part_told_before(f)):
            # "Together they supply 96,000 litres a day, nearly a third of the total": a
            # share of the figure it is told beside, worked out from it or wrong, whatever
            # "half" a source says of something else ("Half of them have never worked").
            self.best_equal[id(f)] = None
            return self._derivable(f, part=part)
        if f.family == "num" and equal_at and self._in_another_row(f, equal_at):
            self.best_equal[id(f)] = None
            return False
        if f.family == "num" and self._row_named_otherwise(f, equal_at):
            self.best_equal[id(f)] = None
            return False
        if f.family == "num" and equal_at and self._one_row_of_a_span(f, equal_at):
            self.best_equal[id(f)] = None
            return False
        if f.family == "num" and self._row_named(f, equal_at, others, best_match):
            return True
        if f.family == "num" and self._total_of_its_column(f, equal_at):
            return True
        if f.family == "date" and equal_at and self._span_told(f, equal_at):
            return True
        if f.family == "num" and equal_at and self._as_of_issue(f, equal_at):
            return True
        if equal_at and f.family == "num" and (self._down_a_column(f) or self._supported_change(f)):
            return True
        told_again = [
            x
            for x in others
            if x.aligned >= HIGH_ALIGN
            and (x.doc, x.sentence) not in equal_at
            # ("Of the 84 exhibitors, 77 returned the feedback form. Of those, 70 said":
            # one sentence of the story told over two of the source.)
            and not self._told_on(x.doc, x.sentence, equal_at)
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
        if (
            best_match < 0
            and f.family == "num"
            and any(_transposed(f.value, x.value) for x in others if x.words > 0)
        ):
            # "A total of 14 stations entered" for the sources' 41: its digits swapped,
            # no figure worked out.
            return False
        if f.family == "year" and (
            self._made_another_year(f)
            or self._list_member_changed(f)
            or self._figure_of_another_year(f)
        ):
            return False
        if f.family == "year" and self._figure_of_the_year_told(f):
            return True
        if f.family == "year" and best_match < MIN_SCORE and self._year_of_the_figures(f, equal_at):
            return False
        if f.family == "date" and f.value[0] is not None:
            if self._decided_at_another_meeting(f, equal_at):
                return False
            if f.value[1] is not None and self._next_meeting_alone(f, equal_at):
                return False
            if f.value[1] is not None and self._past_yet_to_come(f):
                return False
        dated = self._dated_as_told(f) if f.family == "num" else None
        if dated is not None:
            return dated
        if f.family == "num" and (row := self._row_of_its_figures(f, equal_at)) is not None:
            # "seven wins and three draws, with 61 goals scored and 30 conceded": the row
            # giving them all is the passage; only its other cells are rivals ("3 for a
            # win" in the table's note is none).
            in_row = [x.score for x in others if (x.doc, x.sentence) == row]
            if best_match >= floor and best_match >= max(in_row, default=-1.0) - MARGIN:
                return True
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
        if equal_shares and distinctive and self._told_as_a_pair(f, sharing):
            return True
        if equal_at and f.family == "num" and self._figures_in_order(f, equal_at):
            return True
        if equal_at and self._sum_of_its_parts(f):
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
        if (
            person is None
            and best_match < 0
            and (how := self._age_of_a_made_thing(f, self.src.story_date))
        ):
            self.worked_out[id(f)] = how
            return True
        if best_match < 0 and (how := self._months_ago(f)):
            self.worked_out[id(f)] = how
            return True
        if f.family == "num" and best_match < 0 and (how := self._part_of_a_share_told(f)):
            self.worked_out[id(f)] = how
            return True
        if f.unit == "month" and (how := self._months_of_a_column(f)) is not None:
            self.worked_out[id(f)] = how
            return True
        if f.family == "num" and (how := self._ratio_to_one(f)) is not None:
            # A ratio told "N to one" is worked out, wherever else the sources say N.
            self.worked_out[id(f)] = how
            return True
        if f.family == "wd" and (
            self._announced_that_day(f) or self._last_weekday_dated(f) or self._issued_yesterday(f)
        ):
            return True
        if f.family == "date" and f.value[0] is not None and self._decided_at_meeting(f):
            return True
        if f.family == "date" and f.value[1] is not None and self._issued_today(f):
            return True
        if f.family == "year" and best_other < MIN_SCORE + MARGIN:
            return f.value in self.src.allowed_years  # no passage says otherwise
        if f.unit == "ord" and best_match >= 0 and self._period_named(f):
            return True
        # (Days, weeks and multiples, "doubled" being no "two" of the passage; years only
        # against bare numbers, "for 19 years" since 2011 where a table counts 19 sites,
        # not "aged 19": a span of years since a year of the passage may be a moved age.)
        # So are measures converted: "almost 15ft" is "4.5 metres", not a stray bare "15".
        converted = (D.dimension(f.unit) or ("",))[0] in _CONVERTED
        unmeasured = (
            (f.unit in ("day", "week", "x") or converted or (f.unit == "year" and bare_only))
            and not same_unit
            and best_match < MIN_SCORE
        )
        if (
            f.family == "num"
            and best_match >= 0
            and (best_match < MIN_SCORE or match_words <= 0)
            and told_exactly
            and not unmeasured
            and not f.hedge  # "more than 20 for every place" is no difference
            and (
                self._cue_words(f) & _DIFFERENCE_CUES
                or (f.unit == "year" and self._cue_words(f) & _YEARS_BETWEEN)
                or _all_but(self.art.sentences[f.sentence].tokens, f)
                or _one_in(self.art.sentences[f.sentence].tokens, f)
            )
        ):
            # "nine species last year, two more than in 2024", where only a stray "two"
            # far off is equal: the difference from the sentence's own figure, or from a
            # change its passage tells ("nine fewer councillors": "from 48 to 39").
            return self._derivable(f) and (
                (best_match < MIN_SCORE and self._from_own_figure(f))
                or self._difference_of_told_change(f)
            )
        if f.family == "num" and f.fraction and 0 <= best_match < MIN_SCORE:
            # "87 have already joined, well over half its target": a share of figures
            # its own sentence gives, whatever stray "half" the sources have elsewhere.
            return self._derivable(f) and self._from_own_figure(f, every=True)
        if f.family == "num" and (best_match < 0 or unmeasured or not told_exactly):
            # Nowhere in the sources: maybe worked out from its passage's figures. A value
            # found elsewhere is never derived (it may have been moved here), unless found
            # only as a bare number far off ("three weeks after" and a "three" elsewhere),
            # or only inside a hedge: "more than three-quarters" is 164 of 212, not the 79%
            # of another passage.
            return f.unit != "ord" and self._derivable(f)
        if f.family == "score" and best_match < 0:
            return self._score_from_counts(f) or self._running_score(f)
        if f.family == "date" and best_match < 0:
            return self._date_after_gap(f)
        return False

    def _lost_vote(self, f: Mention) -> bool:
        """Whether a tally of votes is told as a defeat: "was lost by six votes to three"."""
        toks = self.art.sentences[f.sentence].tokens
        before = {t.lower for t in toks[max(0, f.i0 - LOST_REACH) : f.i0]}
        return bool(before & _LOST) and "votes" in self.art.text[f.start : f.end].lower()

    def _base_of_a_rate(self, f: Mention) -> bool:
        """ "200 cfu per 100ml": the base of a rate is part of its unit, told wherever the
        sources give a rate on the same base ("E. coli (cfu/100ml)")."""
        if f.family != "num" or not _rate_base(self.art.sentences[f.sentence].tokens, f):
            return False
        return any(
            o.value == f.value
            and o.unit == f.unit
            and o.kind != "derived"
            and _rate_base(self.src.docs[n].sentences[o.sentence].tokens, o)
            for n, o in self.src.by_family["num"]
        )

    def _row_named(
        self, f: Mention, equal_at: set[tuple[int, int]], others: list[_Rival], best: float
    ) -> bool:
        """ "North Splash was the busiest field, with 21 pairs of lapwing" from a table's
        row "| North Splash | 42 | 21 | 9 |": the equal value is in the row the sentence
        names last before it, and no rival as good is in a row or sentence naming it.
        ("Repairs to the wave screen will cost £420,000, electrical services £185,000" is
        no row of electrical services: that row is named after the figure.)"""
        toks = self.art.sentences[f.sentence].tokens
        before = [stem(t.text) for t in toks[: f.i0]]
        after = _in_after(toks, f)
        names = self._name_stems_before(f) if equal_at else set()
        for n, si in equal_at:
            rows = self._row_labels(n)
            label = rows.get(si)
            # (the row told "in" right after it, else the one named last before it)
            named = self._named_last(after, rows.values()) or self._named_last(
                before, rows.values()
            )
            if named is None and names and _row_of_a_name(names, rows.values()) == label:
                # (a row named by one word of a name: only in a column the words name)
                named = label if self._in_a_named_column(f, n, si) else None
            if not label or named != label:
                continue
            if self._earlier_column_only(f, n, si):
                continue  # "fell to 3,985" of a row "Pension age  4,120  3,985  3,861"
            # (a rival in a source the sentence does not cite, when it cites this one, is
            # another's: "I've borrowed the hedge trimmer four times this year")
            cited = self.sentence_cites[f.sentence]
            if not any(
                label <= self._naming_stems(x.doc, x.sentence)
                for x in others
                if x.score >= best - MARGIN and (n not in cited or x.doc in cited)
            ):
                return True
        return False

    def _dated_row(self, n: int, si: int) -> bool:
        """Whether every figure of source ``n``'s table row ``si`` stands under a year
        ("Pension age  4,120  3,985  3,861"; not "Mardle  31,750  29,400  45  38" under
        "Visits 2029/30  Visits 2031/32  Hours now  Hours proposed")."""
        row = self._table_rows.get((n, si), ())
        return bool(row) and all(m.year is not None for m in row)

    def _earlier_column_only(self, f: Mention, n: int, si: int) -> bool:
        """Whether ``f``, told with no year, is found in source ``n``'s row ``si`` only
        under an earlier year's column than the row's latest."""
        if f.lead not in (None, "to") or self._year_of(f) is not None:
            return False  # ("up from 3,985": the earlier figure of a change)
        if any(
            v.sentence == f.sentence and v.family == "year" and 0 < v.i0 - f.i1 <= YEAR_PHRASE_REACH
            for v in self.art.values
        ):
            return False  # "48 at the first fair in 2031": a year told a few words on
        found = [
            o
            for o in self.src.docs[n].values
            if o.sentence == si and o.in_table and self._same_figure(f, o)
        ]
        latest = self._row_years.get((n, si), 0)
        return bool(found) and all(o.year is not None and o.year < latest for o in found)

    def _in_a_named_column(self, f: Mention, n: int, si: int) -> bool:
        """Whether ``f``'s equal in source ``n``'s row ``si`` stands in a column whose
        header is a word of ``f``'s: "11 points" under "Net" (net points)."""
        return any(
            {stem(w) for w in self._cell_headers.get(id(o), ())} & f.context
            for o in self.src.docs[n].values
            if o.sentence == si and self._same_figure(f, o)
        )

    def _name_stems_before(self, f: Mention) -> set[str]:
        """The stems of the names ``f``'s sentence tells before it ("Quennell, 38, ...")."""
        return {
            stem(w)
            for m in self.art.names + self.art.lone_names
            if m.sentence == f.sentence and m.i1 <= f.i0
            for w in self.art.text[m.start : m.end].split()
        }

    def _naming_stems(self, n: int, si: int) -> set[str]:
        """The stems of a source sentence's words, but those of its days ("Saturday 24
        July" names a day, not the row of July)."""
        doc = self.src.docs[n]
        days = [
            range(m.i0, m.i1)
            for m in doc.values
            if m.sentence == si and m.family == "date" and m.value[1] is not None
        ]
        return {
            stem(t.text)
            for k, t in enumerate(doc.sentences[si].tokens)
            if not any(k in day for day in days)
        }

    def _row_named_otherwise(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "among residents inside the area, 51 per cent backed it" when a cited source's
        table has "Residents inside the area   63%   33%   4%": the figure told first
        after a row's label (of two words or more) is one of that row's, when the row
        gives figures of its sort (the 51 per cent of the pupils walking to school is
        another passage's)."""
        if f.unit != "pct" and f.unit not in CURRENCIES:
            return False  # a bare count may count another thing: "41 residents managed"
        toks = self.art.sentences[f.sentence].tokens
        start = max((k + 1 for k in range(f.i0) if toks[k].text == ";"), default=0)
        if any(v.sentence == f.sentence and start <= v.i0 < f.i0 for v in self.art.values):
            return False  # not the first figure after it
        words = [stem(t.text) for t in toks[start : f.i0]]
        for n in self._cited_docs(f):
            rows = {si: label for si, label in self._row_labels(n).items() if len(label) > 1}
            named = self._named_last(words, rows.values())
            if not named or "total" in named:
                continue
            last = max(k for k, w in enumerate(words) if w in named) + start
            if any(t.kind == "word" for t in toks[last + 1 : f.i0]):
                continue  # told right after it, a comma apart at most ("where 40 were")
            mine = [si for si, label in rows.items() if label == named]
            theirs = [
                v
                for v in self.src.docs[n].values
                if v.sentence in mine and v.family == f.family and v.unit == f.unit
            ]
            if (
                theirs
                and not any(self._same_figure(f, v) for v in theirs)
                and not any((n, si) in equal_at for si in mine)
            ):
                return True
        return False

    def _in_another_row(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "The four sails and the fantail cost £64,500" where a table gives "Four sails
        and fantail   97,200" and £64,500 to "Tower repairs and brickwork": every equal
        value stands in a row the sentence does not name, and a row it names, close by
        in the same source, gives a figure of its own."""
        toks = self.art.sentences[f.sentence].tokens
        if f.i0 and toks[f.i0 - 1].lower == "of":
            return False  # "1,020 lots were sold out of 1,105": the whole, of another row
        labels = [self._row_labels(n).get(si) for n, si in equal_at]
        if not all(labels) or any("total" in label for label in labels):
            return False
        if f.i1 < len(toks) and all(stem(toks[f.i1].text) in label for label in labels):
            return False  # "79 exhibits from 15 clubs": its own noun names its row
        told = {stem(t.text) for t in toks}
        # "four in Fore Street, four on Church Hill": the row named right after it is its
        # own, whatever other rows the sentence names.
        after = _in_after(toks, f)
        after_names_a_row = any(
            self._named_last(after, self._row_labels(n).values()) for n, _ in equal_at
        )
        if not after_names_a_row and any(label <= told for label in labels):
            return False  # a row named after the figure: "£14,500 from the reserves"
        # The words since the figure or the comma before it: "£23,800, of which the
        # clay cost £4,200", "covered almost half, the pond group raised £5,000".
        start = max(
            (k + 1 for k in range(f.i0) if toks[k].kind == "num" or toks[k].text in ",;"),
            default=0,
        )
        words = after or [stem(t.text) for t in toks[start : f.i0]]
        for n in {n for n, _ in equal_at}:
            rows = self._row_labels(n)
            named = self._named_last(words, rows.values())
            mine = [si for si, label in rows.items() if label == named]
            if any((n, si) in equal_at for si in mine):
                return False  # the row it names gives it: "78 sight tests in Thrandle"
            if any(
                abs(si - sj) <= TABLE_ROWS and m == n for si in mine for m, sj in equal_at
            ) and any(v.sentence in mine for v in self.src.docs[n].values):
                return True
        return False

    def _total_of_its_column(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "The survey recorded 412 trees" from a table's "| Total | 412 | 37 |" under
        the header "Trees": the total of the column that counts what the figure counts."""
        for n, si in equal_at:
            if "total" not in self._row_labels(n).get(si, ()):
                continue
            # The columns whose header the figure's words tell in full: "called to
            # coasteering groups 14 times" under "Coasteering groups", not "All call-outs".
            named = []
            for m in self.src.docs[n].values:
                header = self._cell_headers.get(id(m))
                if m.sentence != si or header is None:
                    continue
                stems = {
                    stem(w) for w in header if w not in STOPWORDS and any(c.isalpha() for c in w)
                }
                if f.noun and f.noun in stems and self._same_figure(f, m):
                    return True
                if stems and stems <= f.context:
                    named.append(m)
            if len(named) == 1 and self._same_figure(f, named[0]):
                return True
        return False

    def _one_row_of_a_span(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "ran the mill on 8 test days between January and March" where 8 is only the
        figure of the row of March: a span of rows is told by their total, not by the
        figure of one of its ends."""
        toks = self.art.sentences[f.sentence].tokens
        months = [
            g
            for g in self.art.values
            if g.sentence == f.sentence and g.family == "date" and g.value[1] is None
        ]
        ends = {
            m.value[0]
            for g in months
            for h in months
            if _spanned(toks, g, h) or _between(toks, g, h)
            for m in (g, h)
        }
        if not ends:
            return False
        labels = [self._row_labels(n).get(si) for n, si in equal_at]
        rows = [{_MONTH_STEMS[w] for w in label if w in _MONTH_STEMS} for label in labels if label]
        # (A row of the span itself, "| April to June 2027 | 690 |", is the span's.)
        return len(rows) == len(labels) and all(row & ends and not ends <= row for row in rows)

    def _span_told(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "from April to July 2027" where a source's title says "April to July 2027":
        both ends of a span of dates told as the same span, whatever other "from"s the
        sources give (a month's words rarely find its passage)."""
        toks = self.art.sentences[f.sentence].tokens
        ends = [
            g
            for g in self.art.values
            if g.sentence == f.sentence and g.family == "date" and _spanned(toks, f, g)
        ]
        for g in ends:
            for n, si in equal_at:
                if si in self._row_labels(n) and not self._shares_a_value(f.sentence, n, si):
                    continue  # a row of a table: its span is the row's figures' own
                theirs = [m for m in self.src.docs[n].values if m.sentence == si]
                stoks = self.src.docs[n].sentences[si].tokens
                if any(
                    self._same_figure(f, o) and self._same_figure(g, m) and _spanned(stoks, o, m)
                    for o in theirs
                    for m in theirs
                    if o.family == m.family == "date" and (o.start < m.start) == (f.start < g.start)
                ):
                    return True
        return False

    @functools.cached_property
    def _cell_headers(self) -> dict[int, tuple[str, ...]]:
        """The header words (lower case) of the table column each source figure stands
        in, by the figure's id, read once."""
        out = {}
        for doc in self.src.docs:
            for m in doc.values:
                if doc.cells and m.family == "num":
                    header = next((h for a, b, h, *_ in doc.cells if a <= m.start < b), None)
                    if header is not None:
                        out[id(m)] = tuple(t.lower for t in header)
        return out

    def _latest_of_row(self, n: int, o: Mention) -> int:
        """The latest of the years of source ``n``'s figures in ``o``'s sentence, when they
        are of two years or more (a table's row under columns by year), else 0."""
        return self._row_years.get((n, o.sentence), 0)

    @functools.cached_property
    def _row_years(self) -> dict[tuple[int, int], int]:
        """(source, sentence) -> the latest year of the table columns its figures stand
        in, for rows of two years or more; read once."""
        years: dict[tuple[int, int], set[int]] = defaultdict(set)
        today = self.src.story_date
        for n, doc in enumerate(self.src.docs):
            for m in doc.values:
                if m.year and id(m) in self._cell_headers:  # in a table's column
                    if today is not None and m.year > today.year:
                        continue  # "Forecast 2038": no year a figure is told of as now
                    years[(n, m.sentence)].add(m.year)
        return {key: max(found) for key, found in years.items() if len(found) > 1}

    @functools.cached_property
    def _row_keys(self) -> dict[tuple[int, int], Mention]:
        """(source, sentence) -> the range or score a table row opens with, as its label
        ("| 40-49 | 52 | Tom Bexley 1:05:19 |"); read once."""
        keys: dict[tuple[int, int], Mention] = {}
        for n, doc in enumerate(self.src.docs):
            for m in doc.values:
                if m.i0 == 0 and m.in_table and m.family == "score":
                    keys[n, m.sentence] = m
        return keys

    def _row_key_told(self, f: Mention, n: int, o: Mention) -> bool:
        """Whether the range or score nearest ``f`` in its sentence is the one ``o``'s
        row opens with (not the "20-39 group" told further on)."""
        key = self._row_keys.get((n, o.sentence))
        if key is None or key is o:
            return False
        told = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "score" and v is not f
        ]
        nearest = min(told, key=lambda v: min(abs(v.i1 - f.i0), abs(f.i1 - v.i0)), default=None)
        return nearest is not None and self._same_figure(nearest, key)

    def _row_labels(self, n: int) -> dict[int, frozenset[str]]:
        """The rows of source ``n``'s tables, by sentence, with the stems of their labels."""
        return _rows_of(self.src.docs[n])

    @staticmethod
    def _named_last(words: list[str], labels: Iterable[frozenset[str]]) -> frozenset[str] | None:
        """Of the labels all of whose words come in ``words``, the one named last."""
        found = [
            (max(k for k, w in enumerate(words) if w in label), label)
            for label in labels
            if label <= set(words)
        ]
        return max(found, key=lambda x: (x[0], len(x[1])))[1] if found else None

    @staticmethod
    def _multiplier(doc: _Doc, m: Mention) -> bool:
        """ "three times the prize", "twice as many": a ratio, not a count of occasions
        ("won 39 times")."""
        toks = doc.sentences[m.sentence].tokens
        if m.unit is not None or _word_after(toks, m) != "times":
            return False
        return m.i1 + 1 < len(toks) and toks[m.i1 + 1].lower in _MULTIPLIED

    def _as_many_figures(self, f: Mention, n: int, si: int) -> bool:
        """Whether source sentence ``si`` gives at least as many figures of ``f``'s sort
        as ``f``'s article sentence does."""
        return _of_sort(f, self.src.docs[n].values, si) >= _of_sort(f, self.art.values, f.sentence)

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

    def _lone_vote(self, f: Mention) -> bool:
        """A vote the sources record once ("the vote was four to one" for the minutes'
        "For 4, against 1"): however few its votes, no other can be mistaken for it."""
        if f.unit != F.VOTE:
            return False
        mine = {tuple(f.value), tuple(f.value[::-1])}
        votes = [(n, o) for n, o in self.src.by_family.get("score", ()) if o.unit == F.VOTE]
        if not votes or not any(tuple(o.value) in mine for _, o in votes):
            return False
        # (and one of a motion when every other is an amendment's: "voted 7 to 2 for the
        # new model" where the amendment to defer it was lost 3 votes to 6)
        if all(tuple(o.value) in mine for _, o in votes):
            return True
        if {t.lower for t in self.art.sentences[f.sentence].tokens} & _AMENDMENT:
            return False
        return all((tuple(o.value) in mine) != self._amendment_vote(n, o) for n, o in votes)

    def _amendment_vote(self, n: int, o: Mention) -> bool:
        """Whether a source's vote is told as an amendment's, in its own sentence."""
        toks = self.src.docs[n].sentences[o.sentence].tokens
        return any(t.lower in _AMENDMENT for t in toks)

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

    def _told_again_below(self, f: Mention, ok: dict[int, bool]) -> str | None:
        """A hedged figure of the headline or the first paragraph that the story tells
        precisely further down ("almost £150,000" for its "£148,600"): the summary of a
        supported figure, rounded."""
        if f.family != "num" or f.hedge is None or f.unit == "pct":
            return None  # (a percentage near another is too often another change)
        paragraph = self.art.sentences[f.sentence].paragraph
        lead = min(s.paragraph for s in self.art.sentences if s.tokens)
        if paragraph > lead + 1:  # the headline's paragraph and the one after it
            return None
        # Rounded to the figure's own last digit, on the hedge's side of it: "almost
        # £150,000" is £148,600, never £151,000 nor £138,000.
        step = self._last_digit_place(f)
        return next(
            (
                self.art.text[v.start : v.end]
                for v in self.art.values
                if v.family == "num"
                and v.unit == f.unit
                and v.hedge is None
                and ok[id(v)]
                and self.art.sentences[v.sentence].paragraph > paragraph
                and v.value != f.value
                and abs(v.value - f.value) <= step
                and D.on_side(v.value, f.value, f.hedge)
                # ("more than 1,500 signatures" is no "1,540 vehicles a day")
                and self._period(f) == self._period(v)
            ),
            None,
        )

    def _period(self, f: Mention) -> str | None:
        """The period an article figure is given for: "a day" in "1,540 vehicles a day"."""
        toks = self.art.sentences[f.sentence].tokens
        k = f.i1 + (f.i1 < len(toks) and toks[f.i1].kind == "word" and toks[f.i1].text.islower())
        return _period_after(toks, k)

    def _last_digit_place(self, f: Mention) -> float:
        """The place of the last non-zero digit written, the precision a figure is
        rounded to: 10,000 for "£150,000", 1,000 for "£312,000"."""
        return 2 * D.written_step(self.art.text[f.start : f.end], f.value, rounded=True)

    def _headline(self, f: Mention) -> bool:
        """Whether ``f`` is in the story's headline: a first sentence with no citation
        mark, a story following it."""
        first = self.art.sentences[0]
        return (
            f.sentence == 0
            and len(self.art.sentences) > 1
            and "[" not in self.art.text[first.start : first.end]
        )

    @functools.cached_property
    def _headline_line(self) -> bool:
        """Whether the story opens with a headline on a line of its own."""
        return _heading(self.art.text, self.art.sentences[0])

    def _borne_out_below(self, f: Mention, ok: dict[int, bool]) -> bool:
        """ "Gritting network is cut by a sixth" over "a cut of about a sixth": the
        headline tells a figure its story gives and the sources bear out."""
        return any(
            ok[id(m)]
            and m.sentence > 0
            and (m.family, m.unit) == (f.family, f.unit)
            and m.value == f.value
            for m in self.art.values
        )

    @functools.cached_property
    def _untold(self) -> set[int]:
        """The figures of sentences citing nothing (a headline, above all) that no cited
        sentence tells: they explain no source figure away."""
        cites = self.sentence_cites
        told = {(f.family, f.unit, f.value) for f in self.art.values if cites[f.sentence]}
        return {
            id(f)
            for f in self.art.values
            if not cites[f.sentence] and (f.family, f.unit, f.value) not in told
        }

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
            and id(v) not in self._untold  # "4,600 journeys as ..." over "about 3,900"
            and (self._same_figure(v, o) or _side_of_score(v, o))
        ]

    def _told_by_others(self, f: Mention, n: int, o: Mention) -> bool:
        """Whether ``f``'s sentence states, with its other figures, every figure of the
        source sentence of ``o`` ("collected 87 swarms, compared with 64 swarms from 162
        calls in 2025" for "Last season we received 162 calls and collected 64 swarms"):
        that sentence is told there, so it is no slot ``f`` was moved into."""
        theirs = self._source_figures.get((n, o.sentence), [])
        mine = [v for v in self.art.values if v.sentence == f.sentence and v is not f]
        return len(theirs) >= 2 and all(any(self._same_figure(v, m) for v in mine) for m in theirs)

    def _whole_of_its_part(self, f: Mention, n: int, o: Mention) -> bool:
        """ "212 of the FC2 electors" for "212 of the 643 electors in FC2": the whole of
        the source's partitive, left out of the article's, is no slot of its part."""
        toks = self.art.sentences[f.sentence].tokens
        if f.family != "num" or f.i1 >= len(toks) or toks[f.i1].lower != "of":
            return False
        doc = self.src.docs[n]
        theirs = doc.sentences[o.sentence].tokens
        return any(
            p.sentence == o.sentence
            and p.i1 < o.i0 <= p.i1 + PARTITIVE_WORDS
            and theirs[p.i1].lower == "of"
            and self._same_figure(f, p)
            for p in doc.values
        )

    @functools.cached_property
    def _totals_lines(self) -> set[tuple[int, int]]:
        """The sources' sentences that are totals lines ("Total: 58"), read once."""
        return {
            (n, si)
            for n, doc in enumerate(self.src.docs)
            for si, s in enumerate(doc.sentences)
            if s.tokens and _totals_line(doc.text[s.tokens[0].start : s.tokens[-1].end])
        }

    def _total_of_its_item(self, f: Mention, n: int, o: Mention) -> bool:
        """ "31 in the open category" and a list "Open: 31 / Women's: 14 / Total: 58": the
        total, which takes the words of the lines it sums, is no slot of one of them."""
        if f.family != "num" or (n, o.sentence) not in self._totals_lines:
            return False
        doc = self.src.docs[n]
        above = range(max(0, o.sentence - TOTAL_REACH), o.sentence)
        items = [p for p in doc.values if p.sentence in above and p.kind != "derived"]
        mine = next((p for p in items if self._same_figure(f, p)), None)
        # (told with its own item's words, not with another's: "Entry fees and a bucket
        # collection raised £1,298" gives the collection's figure as the total)
        if mine is None:
            return False
        # (a table row's words are its people's too: only a labelled line's are its label)
        told = f.context if id(mine) in self._cell_headers else f.context | f.clause
        return not any(told & (p.context - mine.context) for p in items if p is not mine)

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

    def _wholes_of_parts(self, f: Mention) -> list[float]:
        """The wholes that ``f`` and what is left of it make in its sentence, in its unit:
        "paying £200 of the fee, leaving the club to pay £250" tells the £450 fee, no
        rival of the £200."""
        toks = self.art.sentences[f.sentence].tokens
        if f.family != "num" or not {t.lower for t in toks} & _REMAINDER_CUES:
            return []
        return [
            f.value + v.value
            for v in self.art.values
            if v is not f and v.sentence == f.sentence and v.family == "num" and v.unit == f.unit
        ]

    def _partitive_partners(self, f: Mention) -> list[float]:
        """The figure told with ``f`` as part and whole, in its unit: in "22 of the
        creamery's 148 staff" neither is a rival of the other."""
        if f.family != "num" or f.unit is not None:
            return []
        toks = self.art.sentences[f.sentence].tokens
        out = []
        for v in self.art.values:
            if v.sentence != f.sentence or v is f or v.family != "num" or v.unit is not None:
                continue
            part, whole = sorted((v, f), key=lambda m: m.i0)
            between = [t.lower for t in toks[part.i1 : whole.i0]]
            if (
                (
                    between == ["out", "of"]  # "a score of 29 out of 30"
                    or (
                        len(between) <= PARTITIVE_WORDS
                        and between[:1] == ["of"]
                        and (
                            between[1:2] in (["the"], ["its"], ["their"])
                            or any(w.endswith(("'s", "’s")) for w in between)  # "Aldermoor's 14"
                        )
                    )
                )
                and part.value < whole.value  # ("16 of its 11" is two figures traded)
            ):
                out.append(v.value)
        return out

    def _differences(self, f: Mention) -> list[tuple[float, bool]]:
        """The worked-out differences ``f``'s sentence gives in its unit, each with the
        way its words say it runs: "616 more than" (True: the figure is the larger)."""
        if f.family != "num":
            return []
        out = []
        for v in self.art.values:
            if v.sentence != f.sentence or v is f or v.family != "num" or v.unit != f.unit:
                continue
            cues = self._cue_words(v)
            rise, fall = bool(cues & _RISE_WORDS), bool(cues & _FALL_WORDS)
            if rise != fall:
                out.append((v.value, rise))
        return out

    def _of_the_year_compared(self, f: Mention, operands: list[D.Operand]) -> list[D.Operand]:
        """ "eight fewer than in 2021", "twice as many as in 2028": the difference or ratio
        is from a figure the sources give for that year, so a figure unstated in the
        article must come from a sentence giving that year (not the "5k" of the next
        line, for 11 - 5)."""
        toks = self.art.sentences[f.sentence].tokens
        after = [t.lower for t in toks[f.i1 : f.i1 + 4]]
        if "than" in after:
            k = f.i1 + after.index("than") + 1
        elif f.unit == "x" and after[:1] == ["as"] and "as" in after[1:]:
            # "twice as many as in 2028": a ratio to the figure the sources give for 2028.
            k = f.i1 + after.index("as", 1) + 1
        else:
            return operands
        if k + 1 >= len(toks):
            return operands
        today = self.src.story_date
        if toks[k].lower == "last" and toks[k + 1].lower in _LAST_PERIODS and today:
            # "six more than last year"; last winter or season may be the one that began
            # two years back ("2024-25" in February 2026).
            years = {today.year - 1}
            if toks[k + 1].lower in ("winter", "season"):
                years.add(today.year - 2)
        elif toks[k].lower == "in":
            years = {
                m.value
                for m in self.art.values
                if m.family == "year" and m.i0 == k + 1 and m.sentence == f.sentence
            }
        elif (back := years_back([t.lower for t in toks[k : k + 3]])) is not None:
            # "149 households, 19 fewer than two years earlier": a change from the figure
            # of two years before the year of the figure it is told beside.
            told = [
                v.value
                for v in self.art.values
                if v.sentence == f.sentence and v is not f and v.family == "num"
            ]
            bases = {a.year for a in operands if a.year and D.among(a.value, told)}
            if not bases and today:
                # (a figure told with no year may be last year's: "surveys last autumn")
                bases = {today.year, today.year - 1}
            years = {b - back for b in bases}
        else:
            return operands
        if not years:
            return operands

        def of_years(n: int, si: int) -> bool:
            return any(self._of_year(n, si, y) for y in years)

        def gives_year(n: int, si: int) -> bool:
            doc = self.src.docs[n]
            if of_years(n, si) or _relative_date_tokens(doc.sentences[si].tokens):
                return True  # "down from 19 in 2021", "up from 87,600 last year"
            # "Key figures for 2025 (2024 in brackets):", a table's "| 2024-25 |" header,
            # a heading "Last winter at a glance (2025-26)"; a note in the text, "Figures
            # for the previous survey, in 2021, are given in brackets."
            return any(
                (_heading(doc.text, s) or _BRACKETS & {t.lower for t in s.tokens})
                and (of_years(n, k) or _relative_date_tokens(s.tokens))
                for k, s in enumerate(doc.sentences[:si])
            )

        # A table's figure is of its column's year: "116 more than last year" is no change
        # from the 214 of 2029/30 ("| 214 | 238 | 330 |").
        return [
            a
            for a in operands
            if a.stated
            or a.place[0] < 0
            or a.year in years
            or (a.year is None and gives_year(*a.place))
        ]

    def _year_of_the_figures(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "fallen from 38 in 1976 to just 11" when a source line gives "11 (38 in 1990)":
        the year of a figure ("38 in ...") is the year a sentence giving that figure and
        another of the article sentence's gives it, when the equal year's passages share
        none of them. (Only "N in YEAR": in "£612,000 (2024: £188,000)" the year is the
        other figure's.)"""
        mine = self._figure_in_year(self.art.text, self.art.values, f)
        if mine is None:
            return False
        figures = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family not in ("year", "date") and v is not f
        ]

        def shared(n: int, si: int) -> int:
            theirs = [
                m for m in self.src.docs[n].values if m.sentence == si and m.kind != "derived"
            ]
            return sum(any(self._same_figure(v, m) for m in theirs) for v in figures)

        if any(shared(n, si) for n, si in equal_at):
            return False
        return any(
            o.value != f.value and self._same_figure(mine, theirs) and shared(n, o.sentence) >= 2
            for n, o, theirs in self._years_dating
        )

    def _weekday_alone(self, f: Mention) -> bool:
        """ "organisers announced on Tuesday", in a story of Thursday 14 May: a weekday
        told alone, so of the story's week (not "on the Saturday afternoon" of a
        festival, "on Tuesday last week", "Tuesday 12 May")."""
        toks = self.art.sentences[f.sentence].tokens
        if self.src.story_date is None or _dated_weekday(toks, f.i1):
            return False
        before = toks[f.i0 - 1].lower if f.i0 else ""
        after = {t.lower for t in toks[f.i1 : f.i1 + 2]}
        if before == "on" and f.i0 >= 2 and toks[f.i0 - 2].lower in ("week", "fortnight"):
            return False  # "a week on Monday": the Monday after next
        # "the following Monday", "that Monday": of the week of a day told before.
        # ("on the same Saturday last year" is no day of this week either.)
        return before not in ("the", "following", "that") and not after & {"week", "year"}

    def _others_of_a_group(self, f: Mention) -> bool | None:
        """ "riding with 11 other members" when a source makes her "one of 12 members":
        the others are the group less one (True), not the whole group (False). None when
        no source tells such a group."""
        toks = self.art.sentences[f.sentence].tokens
        if f.family != "num" or _word_after(toks, f) not in ("other", "others"):
            return None
        whole = False
        for n, o in self.src.by_family["num"]:
            theirs = self.src.docs[n].sentences[o.sentence].tokens
            if o.i0 < 2 or [t.lower for t in theirs[o.i0 - 2 : o.i0]] != ["one", "of"]:
                continue
            if o.value == f.value + 1:
                self.worked_out[id(f)] = f"{o.value:g} - 1"
                return True
            whole |= o.value == f.value
        return False if whole else None

    def _weekday_of_week_told(self, f: Mention) -> date | None:
        """The day "Monday of last week", "on Tuesday last week", "Friday this week",
        "Friday before last" or "next Thursday" is, from the story's date."""
        today = self.src.story_date
        if today is None:
            return None
        toks = self.art.sentences[f.sentence].tokens
        if f.i0 and toks[f.i0 - 1].lower == "next":
            # "will take a decision next Thursday": the coming one, not a Thursday gone.
            return _weekday_dates(today, f.value, "next", set())[0]
        after = [t.lower for t in toks[f.i1 : f.i1 + 3]]
        if after[:2] == ["before", "last"]:
            (last,) = _weekday_dates(today, f.value, "last", set())
            return last - timedelta(days=7)
        if after[:1] == ["of"]:
            after = after[1:]
        if len(after) < 2 or after[1] != "week" or after[0] not in _PERIOD_STEP:
            return None
        return _monday(today) + timedelta(days=7 * _PERIOD_STEP[after[0]] + f.value)

    def _weekday_date(self, n: int, o: Mention) -> date | None:
        """The day a source's weekday is dated with: "meeting held on Tuesday 28 April"
        (not "every Tuesday since 19 May")."""
        doc = self.src.docs[n]
        toks = doc.sentences[o.sentence].tokens
        dated = next((d for d in doc.values if d.family == "date" and d.start == o.start), None)
        if dated is None and (
            toks[o.i0].lower in _DAY_OFFSETS
            or _PAST_VERBS & {t.lower for t in toks[max(0, o.i0 - 3) : o.i0]}
        ):
            # "today" in a release of 2 May, "approved on Monday" in a paper of Friday 22
            # October: the day its own date makes it.
            dated = next(
                (d for k, d in self.src.by_family["date"] if k == n and d.start == o.start), None
            )
        if dated is None and _dated_weekday(toks, o.i1):
            dated = _date_after(doc, o)
        today = self.src.story_date
        return _calendar_day(dated.value, today) if dated is not None and today else None

    def _of_another_week(self, n: int, o: Mention) -> bool:
        """Whether a source's weekday has a date of another week than the story's written
        with it (or is read from that date)."""
        day = self._weekday_date(n, o)
        return day is not None and abs((day - self.src.story_date).days) > STORY_WEEK

    def _dated_as_told(self, f: Mention) -> bool | None:
        """ "had 38,500 visitors in 2023" against a source's figure of that sort dated
        with that year ("Visitors in last full year before closure (2023): 38,500"):
        True when it is this one; False when it is another and no source sentence of that
        year gives this one (45,000 is the target "a year"); None when no source dates one."""
        year = self._year_dating.get(id(f))
        if year is None:
            return None
        dated = [
            o
            for _, y, o in self._years_dating
            if y.value == year.value
            and y.kind == "date"
            and o.unit == f.unit
            and o.noun in (None, f.noun)
        ]
        if not dated:
            return None
        if any(self._same_figure(f, o) for o in dated):
            return True
        # "14 in 2024 and 11 in 2023": the 11 of that sentence is 2023's.
        dated_otherwise = {id(o) for _, y, o in self._years_dating if y.value != year.value}
        for n, o in self.src.by_family.get(f.family, ()):
            if not self._same_figure(f, o) or id(o) in dated_otherwise:
                continue
            doc = self.src.docs[n]
            if (
                o.year == year.value  # "| Senior Women | 68 | 51 |" under "Entrants 2032"
                or _relative_date_tokens(doc.sentences[o.sentence].tokens)
                or self._of_year(n, o.sentence, year.value)
            ):
                return None  # "compared with 31 the year before"
        return False

    def _of_year(self, n: int, si: int, year: int) -> bool:
        """Whether sentence ``si`` of source ``n`` gives ``year``, alone or in a date."""
        return any(
            m.sentence == si
            and (
                m.value == year if m.family == "year" else m.family == "date" and m.value[2] == year
            )
            for m in self.src.docs[n].values
        )

    @functools.cached_property
    def _years_dating(self) -> list[tuple[int, Mention, Mention]]:
        """(source, year, figure) for each year of the sources that dates a figure."""
        out = []
        for n, y in self.src.by_family.get("year", ()):
            doc = self.src.docs[n]
            if (o := self._figure_in_year(doc.text, doc.values, y)) is not None:
                out.append((n, y, o))
        return out

    @functools.cached_property
    def _year_dating(self) -> dict[int, Mention]:
        """The year dating each figure of the article, by the figure's id (the first)."""
        out: dict[int, Mention] = {}
        for y in self.art.values:
            if y.family == "year":
                o = self._figure_in_year(self.art.text, self.art.values, y)
                if o is not None:
                    out.setdefault(id(o), y)
        return out

    @staticmethod
    def _figure_in_year(text: str, values: list[Mention], year: Mention) -> Mention | None:
        """The figure a year dates: "38 in 1990", "38,500 visitors in 2023", or a label's
        "Visitors in last full year before closure (2023): 38,500"."""
        mine = [v for v in values if v.sentence == year.sentence and v.kind != "derived"]
        before = [v for v in mine if v.end <= year.start]
        if before:
            last = max(before, key=lambda v: v.end)
            if _DATED_BY.fullmatch(text[last.end : year.start]) and last.family == "num":
                return last
        after = [v for v in mine if v.start >= year.end]
        if after:
            first = min(after, key=lambda v: v.start)
            if _LABEL_YEAR.fullmatch(text[year.end : first.start]) and first.family == "num":
                return first
        return None

    def _same_figure(self, v: Mention, o: Mention) -> bool:
        """Whether article value ``v`` and source value ``o`` are one figure."""
        return (
            v.family == o.family
            and (v.family != "num" or _compatible_units(v, o))
            and _same_value(v, o, self.src, set())
        )

    def _epithet_age(self, f: Mention, alone: bool = False) -> bool:
        """ "Macrory won ... The 29-year-old collects": the age of the person just named,
        found next to that person's name in a source (``alone``: the one person named).
        Not "A 38-year-old man was arrested", someone not named before."""
        toks = self.art.sentences[f.sentence].tokens
        if (
            f.i0
            and toks[f.i0 - 1].lower in ("a", "an")
            and (f.i0 < 2 or toks[f.i0 - 2].text != ",")
        ):
            return False  # (but "Lionel Bassett, a 67-year-old former vicar")
        named = {m.value[-1] for m in self._people_in(f.sentence)}
        named |= {m.value[-1] for m in self._people_before(f.sentence)}
        if alone and len(named) != 1:
            return False
        return any(f.value in self._ages_of(p) for p in named)

    def _people_in(self, si: int) -> list[Mention]:
        return [
            m
            for m in self.art.names_in.get(si, ())
            if len(m.value) > 1 or m.value[0] in self.surnames
        ]

    def _people_before(self, si: int) -> list[Mention]:
        """The people of the nearest of the few sentences before ``si`` to name someone,
        past a quotation's sentences or one naming nobody: 'Stuart Kemble said: "... at
        two in the morning. The people ..." The 52-year-old told councillors'."""
        for k in range(si - 1, max(-1, si - 4), -1):
            if people := self._people_in(k):
                return people
        return []

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
        names = doc.names_in.get(m.sentence, ())
        # "| 1 | Three giant blooms | 12 | M. Tillbrook | C. Redgrave |": the row's figure
        # is no one of the people it names after it (a class's entries, its winners).
        row_of_people = m.in_table and (
            sum(
                n.i0 >= m.i1 and len(n.value) > 1 and self._name_sort(doc, n) == "person"
                for n in names
            )
            > 1
        )
        for name in names:
            if row_of_people and name.i0 >= m.i1:
                continue
            gap = max(name.i0 - m.i1, m.i0 - name.i1, 0)
            between = toks[min(name.i1, m.i1) : max(name.i0, m.i0)]
            # "Frew, 52,", "Kowal, at 17:52,": a value in apposition is the name's.
            apposition = _apposed(toks, name, m, _APPOSED)
            if any(t.text in F.CLAUSE_BREAKS for t in between) and not apposition:
                continue  # "second, 37 seconds back, and Haddou": another clause's name
            if name.i0 >= m.i1 and doc.text[name.start : name.end].endswith(("'s", "’s")):
                continue  # "38 points to Mrs Tillbrook's 31": hers is the figure after
            if name.i0 >= m.i1 and any(t.lower in _RELATIVES for t in between):
                continue  # "which had 12 entries and in which Redgrave was second"
            if name.i0 >= m.i1 and any(t.lower in _BEATING for t in between):
                continue  # "on 16 points after beating Marlham Mustangs": the loser's
            surname = name.value[-1]
            if len(name.value) == 1 and surname not in self.surnames:
                # "his daughter Ellie, 27": a first name after a word of kin or role.
                full = self.full_surnames.get(surname, ())
                if len(full) != 1 or not _after_role_word(toks, name):
                    continue
                (surname,) = full
            if gap <= PERSON_GAP and (best is None or gap < best[0]):
                best = (gap, surname)
        if best is None and m.unit != "age" and doc.names_in.get(m.sentence):
            return self._subject_set_off(doc, m)
        return best[1] if best else None

    def _subject_set_off(self, doc: _Doc, m: Mention) -> str | None:
        """Surname of the person a sentence opens with when words set off by commas stand
        between them and the verb of the value: "Lee Mortimer, 38, was sentenced to three
        years", "Runner-up Hal Ibbotson, 31, of the Scarrow Bridge Cloggers, scored 134".
        (Not for an age: "Ray Kerr, her father, ... died aged 72" has its own.)"""
        toks = doc.sentences[m.sentence].tokens
        names = [n for n in doc.names_in[m.sentence] if self._name_sort(doc, n) == "person"]
        if not names:
            return None
        first = min(names, key=lambda n: n.i0)
        if first.i0 > SUBJECT_OPENING or first.i1 >= m.i0 or toks[first.i1].text != ",":
            return None
        close = max((k for k in range(first.i1, m.i0) if toks[k].text == ","), default=None)
        verb = toks[close + 1 : m.i0] if close is not None else []
        if not verb or len(verb) > SUBJECT_VERB_WORDS or any(t.kind != "word" for t in verb):
            return None
        if not verb[0].text.islower() or verb[0].lower in STOPWORDS - {"was", "is", "were"}:
            return None  # "..., and 134 ...": no verb of the subject's
        if any(t.text in (";", ":") for t in toks[first.i1 : m.i0]):
            return None
        return first.value[-1]

    def _apposed_person(self, f: Mention) -> Mention | None:
        """The person an article's age stands beside: "Isla Brannock, 31,",
        "Brannock, aged 31", "Drysdale, a 22-year-old". (Not "the 19-year-old caught Kettering".)"""
        toks = self.art.sentences[f.sentence].tokens
        for name in self.art.names_in.get(f.sentence, ()):
            if _apposed(toks, name, f, _AGED):
                return name
        return None

    def _age_of_others(self, f: Mention, person: Mention) -> bool:
        """Whether every source figure equal to age ``f`` is the age of a person named
        right beside it ("Ben Spargo       22"), and none of them is ``person``."""
        groups = F.name_groups(self.art.text[person.start : person.end])
        if len(groups[0]) < 2:
            return False  # "her son Kieran, 24": the sources may name him otherwise
        theirs = [
            self._aged_person(self.src.docs[n], o)
            for n, o in self.src.by_family["num"]
            if o.unit in ("age", None) and o.kind != "derived" and o.value == f.value
        ]
        return bool(theirs) and all(
            q is not None and not _name_word_match(groups[0][-1], q.value[-1]) for q in theirs
        )

    def _aged_person(self, doc: _Doc, o: Mention) -> Mention | None:
        """The person a source figure stands beside as an age: a full name right before
        it, with only a comma, a bracket or a column's spaces between ("Ben Spargo
        22", "Maisie Otway, 10"), or right after "16-year-old"."""
        toks = doc.sentences[o.sentence].tokens
        for m in doc.names_in.get(o.sentence, ()):
            if len(m.value) < 2 or m.value[-1] not in self.surnames:
                continue
            if m.i1 <= o.i0 and o.i0 - m.i1 <= 1 and all(t.text in ",(" for t in toks[m.i1 : o.i0]):
                return m
            if m.i0 == o.i1 and doc.text[o.start : o.end].endswith("old"):
                return m
        return None

    def _epithet_ages(self, f: Mention) -> set[float]:
        """The ages the sources give the people "the 33-year-old" may be: those named
        before it in its sentence and in the sentence before. Unless each of them has an
        age in the sources, no judgement."""
        toks = self.art.sentences[f.sentence].tokens
        if f.unit != "age" or f.i0 == 0 or toks[f.i0 - 1].lower != "the":
            return set()
        if not F.said_old(toks, f):
            return set()
        if f.value > OLDEST_PERSON:
            return set()  # "the 117-year-old building": no one's age
        named = [m for m in self._people_in(f.sentence) if m.i1 <= f.i0]
        named += self._people_before(f.sentence)
        known = [self._ages_of(m.value[-1]) for m in named]
        if not known or not all(known):
            return set()  # someone it may be has no age in the sources
        return set().union(*known)

    def _ages_of(self, person: str) -> set[float]:
        """The ages the sources give a person (by surname)."""
        return {age for theirs, age in self._source_ages if _name_word_match(person, theirs)}

    @functools.cached_property
    def _source_ages(self) -> list[tuple[str, float]]:
        """Each age the sources give, with the surname of the person it is given to, and
        those their births give at the story's date."""
        return (
            [
                (theirs, o.value)
                for n, o in self.src.by_family["num"]
                if o.unit == "age" and (theirs := self._person(self.src.docs[n], o))
            ]
            + self._ages_from_births
            + self._epithet_source_ages
        )

    @functools.cached_property
    def _epithet_source_ages(self) -> list[tuple[str, float]]:
        """The ages a source gives by an epithet ("The 58-year-old is one of 186 council
        staff"), with the surname of the one person it can be, when no one else has it."""
        return [
            (theirs, o.value)
            for n, o in self.src.by_family["num"]
            if o.unit == "age"
            and self._person(self.src.docs[n], o) is None
            and (theirs := self._epithet_of(n, o))
            and len(
                {
                    m.value[0]
                    for doc in self.src.docs
                    for m in doc.names
                    if len(m.value) > 1 and m.value[-1] == theirs
                }
            )
            <= 1
        ]

    def _epithet_of(self, n: int, o: Mention) -> str | None:
        """Surname of the one person a source's "The 58-year-old is one of 186 council
        staff" is: the person the nearest sentence before it naming anyone names."""
        doc = self.src.docs[n]
        toks = doc.sentences[o.sentence].tokens
        if o.i0 != 1 or toks[0].lower != "the" or not F.said_old(toks, o):
            return None
        for k in range(o.sentence - 1, max(-1, o.sentence - 4), -1):
            people = {
                m.value[-1]
                for m in doc.names_in.get(k, ())
                if len(m.value) > 1 and self._name_sort(doc, m) == "person"
            }
            if people:
                return next(iter(people)) if len(people) == 1 else None
        return None

    @functools.cached_property
    def _ages_from_births(self) -> list[tuple[str, float]]:
        """ "Colin Partridge, a retired blacksmith born in March 1949" is 79 in December
        2028 (78 or 79 for a year alone, or for a birth in the story's own month): a
        person's age at the story's date is worked out from the birth a source gives."""
        today = self.src.story_date
        if today is None:
            return []
        out = []
        for doc in self.src.docs:
            for m in doc.values:
                day = None
                if m.family == "date" and m.value[2] is not None:
                    month, day, year = m.value
                elif m.family == "year":
                    month, year = None, int(m.value)
                else:
                    continue
                toks = doc.sentences[m.sentence].tokens
                if m.i0 < 2 or toks[m.i0 - 1].lower not in ("in", "on"):
                    continue
                # "born in March 1949", "born in Ravensby on 2 February 1961"
                born = next(
                    (k for k in range(m.i0 - 2, max(-1, m.i0 - 2 - BORN_PLACE), -1)
                     if toks[k].lower == "born"),
                    None,
                )  # fmt: skip
                if born is None:
                    continue
                names = [
                    name
                    for name in doc.names_in.get(m.sentence, ())
                    if 0 <= born - name.i1 <= BIRTH_REACH
                    and (len(name.value) > 1 or name.value[0] in self.surnames)
                ]
                if not names:
                    continue
                person = max(names, key=lambda name: name.i1).value[-1]
                age = today.year - year
                if day is not None:
                    ages = {age - ((month, day) > (today.month, today.day))}
                elif month in (None, today.month):
                    ages = {age - 1, age}
                else:
                    ages = {age - (month > today.month)}
                out += [(person, float(a)) for a in ages]
        return out

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
            bars = bar_row(doc.text[toks[0].start : toks[-1].end])
            if not bars and (row := _column_row_owner(doc, m, names, same)) is not None:
                return [row]
            # "| 2 | Callum Redfern | Edenthwaite YFC | 17m 05s | 73.10 |": a table's row.
            item = (0, len(toks)) if bars else _list_item(toks, m)
            if item is None:
                return []
            a, b = item
            if any(a <= v.i0 < b for v in same):
                return []  # prose or a row of several figures: the name owns them all
            end = b if bars else m.i0
            inside = [name for name in names if a <= name.i0 and name.i1 <= end]
            if not inside and a == m.i0 > 0 and toks[a - 1].text == ",":
                # "1. Darren Ashworth, 1,412": the name the line opens with, after its place.
                opening = all(_line_rank(toks, v) for v in same if v.i1 <= a) and all(
                    toks[k].kind != "word" for k in range(a - 1) if not self._in_name(names, k)
                )
                inside = [name for name in names if name.i1 == a - 1] if opening else []
            named = {k for name in inside for k in range(name.i0, name.i1)}
            words = [k for k in range(a, end) if toks[k].kind == "word" and k not in named]
            if len(words) > LINE_WORDS and bars:
                # "| Land north of Oakhurst Road | Tollerby | 1,450 |": the names that fill
                # a cell of the row, whatever the words of its other cells.
                return [name for name in inside if _fills_a_cell(toks, name)]
            return inside if len(words) <= LINE_WORDS else []
        before = [
            name
            for name in names
            if name.i1 <= m.i0
            and m.i0 - name.i1 <= OWNER_REACH
            and not any(name.i1 <= v.i0 and v.i1 <= m.i0 for v in same)
            and not any(t.text in ";:" for t in toks[name.i1 : m.i0])
            # "Red admirals rose ..., while common blues were up by 38 per cent".
            and not any(
                toks[k].text == "," and toks[k + 1].lower in _CONTRASTS
                for k in range(name.i1, m.i0 - 1)
            )
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
                t.text in F.CLAUSE_BREAKS - {","}
                # ("share £75,000 from the Your Fairbank scheme": whence it comes)
                or t.lower in F.SUBORDINATORS | {"and", "from"} | _BEFORE_A_RIVAL
                for t in toks[m.i1 : name.i0]
            )
        ]
        return [min(after, key=lambda name: name.i0)] if after else []

    @staticmethod
    def _in_name(names: Sequence[Mention], k: int) -> bool:
        return any(name.i0 <= k < name.i1 for name in names)

    def _owned_by(self, n: int, o: Mention, owner: list[Mention]) -> bool:
        """Whether the sources' figure ``o`` ends a list item naming the ``owner``. (The
        Friends of Brayminster Market Hall are not the hall.)"""
        return any(
            _names_meet(set(mine.value), set(theirs.value))
            and (mine.value[0] == "friends") == (theirs.value[0] == "friends")
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
        # (of counts, or of sums: "asked for outstripped the money on offer by more than
        # four to one", £412,750 against £95,000)
        mine = [
            (m.value, m.unit)
            for m in self.art.values
            if m.sentence == f.sentence
            and m is not f
            and m.family == "num"
            and m.unit in (None, *CURRENCIES)
        ]
        theirs = [
            (m.value, m.unit)
            for _, m, _ in self._passage_values(f)
            if m.unit in (None, *CURRENCIES)
        ]
        # (or told in the sentence after: "by more than four to one. ... groups asked for
        # more than £412,000")
        theirs += [
            (m.value, m.unit)
            for m in self.art.values
            if m.sentence == f.sentence + 1 and m.family == "num" and m.unit in CURRENCIES
        ]

        def fits(ratio: float) -> bool:
            if f.hedge == "over":
                return f.value < ratio < f.value + 1
            return abs(ratio - f.value) < RATIO_SLACK

        for a, unit in mine:
            for b, theirs_unit in mine + theirs:
                if a and b and a != b and unit == theirs_unit and fits(max(a, b) / min(a, b)):
                    return f"{max(a, b):g} to {min(a, b):g}"
        return None

    def _figure_of_the_year_told(self, f: Mention) -> bool:
        """Whether a figure the article gives as of year ``f`` ("51 per cent in 2022") is
        one the sources give as of that year ("| 2022 | 74 | 38 | 51% |")."""
        mine = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "num" and self._year_of(v) == f.value
        ]
        # "to fall to 176 by 2033" for a table's 176 under its "Forecast 2033" header.
        mine += self._figures_before_year(f)
        return any(
            f.value in self._years_of_figure(o) and self._same_figure(v, o)
            for v in mine
            for _, o in self.src.by_family["num"]
        )

    def _figures_before_year(self, f: Mention) -> list[Mention]:
        """The article's figures right before year ``f``: "176 by 2033", "£5,000 in 2024"
        (not "down to 41mm since 2022": the year a span starts)."""
        toks = self.art.sentences[f.sentence].tokens
        if f.i0 == 0 or toks[f.i0 - 1].lower not in _OF_YEAR:
            return []
        told = [v for v in self.art.values if v.sentence == f.sentence]
        # ... or a few words before it: "and 48 at the first fair in 2031".
        return [
            v
            for v in told
            if v.family == "num"
            and 1 <= f.i0 - v.i1 <= YEAR_PHRASE_REACH
            and not any(t.kind != "word" or t.lower in _COMPARED_WITH for t in toks[v.i1 : f.i0])
            and not any(v.i1 <= w.i0 < f.i0 for w in told)
        ]

    def _years_of_figure(self, o: Mention) -> set[int]:
        """The years a source figure is of: its own, or its table column's header's."""
        header = self._cell_headers.get(id(o), ())
        years = {int(w) for w in header if w.isdigit() and len(w) == 4}
        return years | ({o.year} if o.year is not None else set())

    def _figure_of_another_year(self, f: Mention) -> bool:
        """ "to fall to 176 by 2031" when the sources' 176 stands only under "Forecast
        2033": the year of a figure is the one the sources give it (so too "the 412,000
        it carried in 2022/23", its words telling the year)."""
        toks = self.art.sentences[f.sentence].tokens

        def of_the_year(v: Mention) -> bool:
            # Told before it ("it carried in 2022/23"), not against it ("15,150 more than
            # in 2024-25"); or after it, in a clause of its own ("in 2028/29, when 71
            # families"); never an end of a change ("cut in 2020 from 84 a week to 44").
            if v.lead in ("from", "to") or self._year_of(v) != f.value:
                return False
            if v.i1 <= f.i0:
                return not {t.lower for t in toks[v.i1 : f.i0]} & _AGAINST_A_YEAR
            return any(t.lower == "when" for t in toks[f.i1 : v.i0])

        told = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "num" and of_the_year(v)
        ]
        for v in self._figures_before_year(f) + told:
            years = [
                self._years_of_figure(o)
                for _, o in self.src.by_family["num"]
                if o.kind != "derived" and self._same_figure(v, o)
            ]
            if years and all(y and f.value not in y for y in years):
                return True
        return False

    def _year_of(self, f: Mention) -> int | None:
        """The year an article's figure is of, as its words tell ("59 last year")."""
        years = [m for m in self.art.values if m.sentence == f.sentence and m.family == "year"]
        toks = self.art.sentences[f.sentence].tokens
        told = told_year(toks, f, years, self.src.story_date)
        return told if told is not None else self._years_before_the_other(f)

    def _years_before_the_other(self, f: Mention) -> int | None:
        """ "16,380 ..., up from 7,950 two years earlier": the year of the figure the
        sentence told before it, as the sources give that one (one year only), less the
        span told right after it."""
        toks = self.art.sentences[f.sentence].tokens
        span = next(
            (
                v
                for v in self.art.values
                if v.sentence == f.sentence and v.unit == "year" and v.i0 == f.i1
            ),
            None,
        )
        if span is None or span.hedge or _word_after(toks, span) not in BACK_WORDS:
            return None
        before = self._figures_before(f)

        # Of its unit, and all of one year ("71 per cent ..., well short of the 90 per
        # cent target and down from 84 per cent two years before" is no one year's).
        dated = set().union(*(self._source_years(v) for v in before if v.unit == f.unit))
        return int(dated.pop() - span.value) if len(dated) == 1 else None

    def _cue_words(self, f: Mention) -> set[str]:
        """The words right beside an article's value, where a cue that it was worked out
        must be: "two more than" says nothing of "26 points"."""
        toks = self.art.sentences[f.sentence].tokens
        # The window opens before a hedge: "rose by more than half" is a rise.
        start = f.i0 - F.hedge_width(toks, f.i0) - DERIVE_CUE_WINDOW
        near = toks[max(0, start) : f.i1 + DERIVE_CUE_WINDOW]
        return {t.lower for t in near if t.kind == "word"}

    def _derivable(self, f: Mention, part: Mention | None = None) -> bool:
        """Whether ``f`` is one arithmetic step from the figures of its own passage
        ("taking its fleet to 100" from 12 buses joining 88); the working is kept.
        ``part``: a share's part, told beside it, whose whole the passage must give."""
        toks = self.art.sentences[f.sentence].tokens
        words = self._cue_words(f)
        # Figures the article states beside it; for what is left of a whole ("leaving
        # £930,000 to pursue"), the whole may be stated anywhere in the article.
        remainder = bool(words & _REMAINDER_CUES)
        # A headline is told from the figures of the paragraph below it: "season almost
        # halved" from its "16 Sundays a year instead of 30".
        last = f.sentence + (f.sentence == 0 and self._headline_line)
        beside = [
            m
            for m in self.art.values
            if m.family == "num"
            and (remainder or f.sentence - 1 <= m.sentence <= last)
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
        ]
        # Those the sentence itself states first: for "leaving £26,500", the whole
        # article's figures are stated, and the £36,000 and £9,500 beside it come first.
        if remainder:
            own = {S.as_written(_timed(m)) for m in beside if m.sentence == f.sentence}
            anchors.sort(key=lambda nm: S.as_written(_timed(nm[1])) not in own)
            first: dict[float, tuple[int, Mention]] = {}
            for n, m in anchors:  # each once: a figure the sources repeat takes one place
                first.setdefault(S.as_written(_timed(m)), (n, m))
            anchors = list(first.values())
        anchors = anchors[:8]

        # The sentences around each anchor, those of distinctive figures first: a "3" is
        # stated in many places, a "7,542" in one, and the figure it was worked out with
        # is beside it. Then two sentences off: "asked for £12,000" before "awarded
        # £5,000 in 2025" and "proposed £7,500".
        def around(
            offsets: tuple[int, ...], skip: set[tuple[int, int]]
        ) -> tuple[set[tuple[int, int]], list[tuple[int, Mention, bool]]]:
            rank = {
                (n, m.sentence + k): (S.as_written(_timed(m)) <= D.SMALL, i)
                for i, (n, m) in enumerate(anchors)
                for k in offsets
                if (n, m.sentence + k) not in skip
            }
            found = [
                (n, m, False)
                for n, m in self.src.by_family["num"]
                if m.kind != "derived" and id(m) not in seen and (n, m.sentence) in rank
            ]
            return set(rank), sorted(found, key=lambda x: rank[(x[0], x[1].sentence)])

        near, found = around((-1, 0, 1), set())
        passage += found[:16]
        passage += around((-2, 2), near)[1][:4]

        # The rows of the people the sentence names: "won the final in 14.2 seconds, 1.6
        # seconds slower than in his heat" from the heat results' "Sir Nibbles 12.6 sec".
        def more_of_its_unit(keep: Callable[[int, Mention], bool]) -> list:
            """The sources' figures in ``f``'s unit, not yet in the passage, that ``keep``."""
            seen = {id(m) for _, m, _ in passage}
            return [
                (n, m, False)
                for n, m in self.src.by_family["num"]
                if m.unit == f.unit and m.kind != "derived" and id(m) not in seen and keep(n, m)
            ]

        named = [m for m in self.art.names if m.sentence == f.sentence]
        if named:
            passage += more_of_its_unit(lambda n, m: self._owned_by(n, m, named))[:8]
        if year := compared_year(self.art.sentences[f.sentence].tokens, f, self.src.story_date):
            # "£340 more than last year's championship": last year's figure may be
            # anywhere in the sources ("Raised by the 2026 championship: £1,120").
            passage += more_of_its_unit(
                lambda n, m: _names_year(self.src.docs[n].sentences[m.sentence].tokens, year)
            )[:EARLIER_YEAR_OPERANDS]
        measured = f.unit is not None and f.unit not in CURRENCIES and f.unit not in ("pct", "ord")
        if (
            measured
            and words & _DIFFERENCE_CUES
            and any(
                m.unit == f.unit and m is not f for m in self.art.values if m.sentence == f.sentence
            )
        ):
            # "250,000 litres of water, 22,000 litres more than the fire service advised":
            # the other amount in its unit may be anywhere in the sources (228,000 litres).
            passage += more_of_its_unit(lambda n, m: True)[:DIFFERENCE_OPERANDS]
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
                        m.year if m.in_table else None,
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
        if f.unit == "x":
            step = MULTIPLE_STEP
        if f.hedge == "about":  # "about 40 firefighters" is no 26 + 9
            step = min(step, max(D.written_step(written, f.value), ROUNDED_SHARE * f.value))
        # "31 more volunteers" counts volunteers: no sum of volunteers and centres.
        noun = f.noun
        if after in _COMPARATIVE_WORDS:
            noun = F.noun_after(toks, f.i1 + 1)
        if f.fraction:
            step = max(step, FRACTION_TOLERANCE)  # "a fifth less" for a fall of 20.3%
        cued = bool(words & _DERIVE_CUES) or _part_of_number(toks, f.i1) or bool(labelled)
        # The words of a change, not of the hedge: "more than four-fifths" is no rise.
        hedge = toks[f.i0 - F.hedge_width(toks, f.i0) : f.i0]
        moved = words - {t.lower for t in hedge}
        size, named = (
            _share_of_a_change(hedge, toks, f, self.art.values) if f.unit == "pct" else (None, None)
        )
        fall = bool(moved & _FALL_WORDS) or named in _FALL_NOUNS
        target = D.Target(
            f.value,
            f.unit,
            step,
            per=_per_head(toks, f),
            points=f.unit is None and f.noun in ("point", "pt"),
            times=(f.unit is None and after in ("times", "fold")) or f.unit == "x",
            cued=cued,
            worded=bool(words & _DERIVE_CUES),
            down=True if fall else False if moved & _RISE_WORDS else None,
            change=bool(words & _CHANGE_WORDS) or _told_as_change(hedge, toks, f) or bool(size),
            size=size,
            ends=self._rate_ends(f),
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
            close=f.i0 > 0 and toks[f.i0 - 1].lower in _CLOSE_HEDGES,
            anchors=self._compared_figures(f),
        )
        given = [m for _, m, aligned in passage if aligned and m.unit == "pct"]
        if target.given and all(D.fits(m.value, target) for m in given):
            # "more than three-fifths of the bill, £38,400" where the passage's own "62 per
            # cent" fits it: no other share is given, and the one worked out may stand.
            target = replace(target, given=False)
        pair = self._partitive_before(f) if f.unit == "pct" else None
        if part is not None:
            # "1,210g in the third week, nearly half of the total": of the 2,600g total,
            # the part being one the sources give (a working vouches for its operands).
            written = self.art.text[part.start : part.end]
            given_part = any(math.isclose(op.value, part.value) for op in operands)
            how = next(
                (
                    f"{written} of {op.text}"
                    for op in operands
                    if given_part
                    and op.unit in (part.unit, None)
                    and D.is_share(target, part.value, op.value)
                ),
                None,
            )
        elif pair is not None:
            # "nine of the 20 people ... - 45 per cent": the share of those two, and no
            # other pair of the passage's figures ("11 of the 28 nights" elsewhere), nor
            # a fall from 20 to nine.
            part, whole = pair
            how = f"{part:g} of {whole:g}" if D.is_share(target, part, whole) else None
        elif f.fraction and (told := self._share_told_beside(f, target)):
            how = told  # "more than a quarter of officers, 27 per cent"
        elif (f.fraction or f.unit == "pct") and (whole := self._whole_after(f)) is not None:
            how = self._share_of_whole(f, target, whole, operands)
        elif (f.fraction or f.unit == "pct") and (joint := self._joint_parts(f)):
            # "52 stands and highway verges 41, together more than six in ten of the
            # total": of the sum of those, and of no other pair (41 of 52).
            total = sum(m.value for m in joint)
            told = " + ".join(self.art.text[m.start : m.end] for m in joint)
            how = next(
                (
                    f"{told} of {op.text}"
                    for op in operands
                    if op.value > total and D.is_share(target, total, op.value)
                ),
                None,
            )
        else:
            how = D.working(target, self._of_the_year_compared(f, operands))
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
                    and told_span(f, today.year - m.value)
                ),
                None,
            )
        if how is None and f.unit in ("year", "age") and today is not None:
            how = self._years_from_stated(f, today)
        if how is None and f.unit == "year" and after in BACK_WORDS:
            how = self._years_compared(f) or self._years_between_figures(f)
        if how is None and (f.unit == "month" or (f.unit == "year" and f.value % 1)):
            how = self._months_between(f)
        if how is None and f.unit in ("day", "week"):
            how = self._days_between(f) or self._days_spanned(f) or self._days_told(f)
            how = how or self._days_to_come(f) or self._days_after_event(f)
        if how is None and f.unit == "dur":
            how = self._weekday_span(f)
        if how is not None:
            self.worked_out[id(f)] = how
        return how is not None

    def _years_compared(self, f: Mention) -> str | None:
        """ "138 notices last year, 49 fewer than two years earlier": the span a change is
        told over, found as two years of the sources it cites that far apart (the
        columns "2028/29" and "2030/31"), the story's own year among them."""
        toks = self.art.sentences[f.sentence].tokens
        if "than" not in (t.lower for t in toks[max(0, f.i0 - THAN_REACH) : f.i0]):
            return None
        today = self.src.story_date
        cited = self._cited_docs(f)
        years = {int(m.value) for n, m in self.src.by_family["year"] if n in cited}
        years |= {today.year} if today else set()
        ordered = sorted(years)
        return next((f"{a} - {b}" for a in ordered for b in ordered if told_span(f, a - b)), None)

    def _months_of_a_column(self, f: Mention) -> str | None:
        """ "the 334 done in the scheme's first four months": the months of the table
        column another figure of the sentence stands in ("2031 (Sep-Dec)")."""
        for v in self.art.values:
            if v.sentence != f.sentence or v.family != "num" or v is f or v.unit == "month":
                continue
            for doc in self.src.docs:
                for a, b, header, *_ in doc.cells:
                    if not any(
                        a <= o.start < b and self._same_figure(v, o)
                        for o in doc.values
                        if o.family == "num"
                    ):
                        continue
                    for k in range(len(header)):
                        spanned = _months_spanned(header, k)
                        if spanned is not None and spanned[0] == f.value:
                            words = " ".join(t.text for t in header)
                            return f"{self.art.text[v.start : v.end]} under {words}"
        return None

    def _row_total(self, n: int, o: Mention) -> tuple[str | None, float] | None:
        """The sum of the figures of the table row holding ``o``, when they are all of its
        unit (no years, no ranks), worked out once per row."""
        key = (n, o.sentence)
        if key not in self._row_totals:
            row = [
                v
                for v in self.src.docs[n].values
                if v.sentence == o.sentence and v.family == "num" and v.kind != "derived"
            ]
            units = {v.unit for v in row}
            total = None
            if len(row) > 1 and len(units) == 1 and all(v.in_table for v in row):
                total = (row[0].unit, round(sum(v.value for v in row), 6))
            self._row_totals[key] = total
        return self._row_totals[key]

    def _months_beside(self, f: Mention) -> frozenset[int]:
        """The months a figure is told over, right after it and with no day: "986
        between May and July" (a row's months, not a day's; one month alone is more
        often a prose sentence's)."""
        told = [m for m in self.art.values if m.sentence == f.sentence]
        dates = [
            m
            for m in told
            if m.family == "date" and m.value[1] is None and 0 <= m.i0 - f.i1 <= MONTHS_REACH
        ]
        if dates:
            return frozenset(m.value[0] for m in dates)
        # "1,045 loans in the three months to the end of January": a row "Nov 2032-Jan
        # 2033", by the months it begins and ends with.
        toks = self.art.sentences[f.sentence].tokens
        for span in told:
            if span.unit != "month" or not 0 <= span.i0 - f.i1 <= MONTHS_REACH:
                continue
            after = [t.lower for t in toks[span.i1 : span.i1 + 4]]
            reach = 4 if after[:4] == ["to", "the", "end", "of"] else 1
            if after[:1] != ["to"] or span.value < 2 or span.value != int(span.value):
                continue
            for m in told:
                if m.family == "date" and m.value[1] is None and m.i0 == span.i1 + reach:
                    last = m.value[0]
                    return frozenset({(last - int(span.value)) % 12 + 1, last})
        return frozenset()

    def _row_months(self, n: int, si: int) -> frozenset[int]:
        """The months of a source line with no day: "Q3 | May - Jul 2032 | 986"."""
        return frozenset(
            m.value[0]
            for m in self.src.docs[n].values
            if m.sentence == si and m.family == "date" and m.value[1] is None
        )

    def _figures_before(self, f: Mention) -> list[Mention]:
        """The counts and amounts ``f``'s sentence tells before it, in order (no spans of
        years): "16,380 ..., up from 7,950" before "two years earlier"."""
        return [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "num" and v.unit != "year" and v.i1 <= f.i0
        ]

    def _source_years(self, v: Mention) -> set[int]:
        """The years the sources give an article figure's value ("| 2031/32 | 16,380 |")."""
        return {
            o.year
            for _, o in self.src.by_family["num"]
            if o.year is not None and o.kind != "derived" and self._same_figure(v, o)
        }

    def _years_between_figures(self, f: Mention) -> str | None:
        """ "16,380 at the end of March, up from 7,950 two years earlier": the span between
        the years the sources give the sentence's two figures ("| 2029/30 | 2031/32 |")."""
        told = self._figures_before(f)
        if len(told) < 2:
            return None
        earlier = told[-1]  # ("up from 7,950" right before the span)

        return next(
            (
                f"{b} - {a}"
                for a in sorted(self._source_years(earlier))
                for later in told[:-1]
                for b in sorted(self._source_years(later))
                if b > a and told_span(f, b - a)
            ),
            None,
        )

    def _part_of_a_share_told(self, f: Mention) -> str | None:
        """ "40 per cent of the money, about £1.28 million a year": a sum told right after
        a share the sources give, worked out as that share of a sum of theirs in its unit
        and period (£3.2m a year)."""
        if f.unit in (None, "pct"):
            return None
        toks = self.art.sentences[f.sentence].tokens
        share = next(
            (
                g
                for g in self.art.values
                if g.sentence == f.sentence
                and g.unit == "pct"
                and 0 < f.i0 - g.i1 <= SHARE_REACH
                and {"of", ","} <= {t.lower for t in toks[g.i1 : f.i0]}
            ),
            None,
        )
        if share is None or not any(
            m.unit == "pct" and math.isclose(m.value, share.value)
            for _, m in self.src.by_family["num"]
        ):
            return None
        text = self.art.text[f.start : f.end]
        target = D.Target(f.value, f.unit, D.written_step(text, f.value, rounded=bool(f.hedge)))
        period = _period_after(toks, f.i1)
        return next(
            (
                f"{self.art.text[share.start : share.end]} of {doc.text[w.start : w.end]}"
                for n, w in self.src.by_family["num"]
                if w.unit == f.unit
                and w.kind != "derived"
                and (doc := self.src.docs[n])
                and _period_after(doc.sentences[w.sentence].tokens, w.i1) == period
                and D.fits(share.value / 100 * w.value, target)
            ),
            None,
        )

    def _compared_figures(self, f: Mention) -> tuple[float, ...]:
        """ "701 open cases, 163 more than a year earlier": a difference told after a
        comma is a change of a figure its sentence has given before it (not one between
        two other figures of their row, 538 - 412); "£40,000 more than the £308,000", a
        change of the figure told after "than"."""
        toks = self.art.sentences[f.sentence].tokens
        than = _than_after(toks, f.i1)
        if than is None or f.unit == "pct":
            return ()  # (a change in per cent is a ratio, checked as such)
        every = [m for m in self.art.values if m.sentence == f.sentence and m.family == "num"]
        own = [m for m in every if m.unit == f.unit]
        compared = [
            m.value
            for m in own
            if than < m.i0 <= than + THAN_REACH
            and not any(t.text in (",", ";") or t.lower == "and" for t in toks[than : m.i0])
            and m.noun is None  # "300 more than the two practices provide": no such figure
        ]
        if compared:
            return tuple(compared)  # "65 more than last year's 221": a change of the 221
        # (Not a change told before: "4,662 more than a year earlier, ... and 335 more".)
        last = max((m.i1 for m in every if m.i1 <= f.i0), default=None)
        if last is None or not any(t.text == "," for t in toks[last : f.i0]):
            return ()
        return tuple(m.value for m in own if m.i1 <= f.i0 and _than_after(toks, m.i1) is None)

    def _from_own_figure(self, f: Mention, every: bool = False) -> bool:
        """Whether the working kept for ``f`` starts from a figure its own sentence
        states ("nine species ..., two more than in 2024": 9 - 7); for years between, a
        year it states ("started the sale in 2009 ... five years later": 2014 - 2009).
        ``every``: all its figures are the sentence's ("87 joined, over half of 140")."""
        operands = _working_operands(self.worked_out.get(id(f), ""))
        families = ("num", "year") if f.unit == "year" else ("num",)
        own = {
            m.value
            for m in self.art.values
            if m.family in families and m.sentence == f.sentence and m is not f
        }
        return operands <= own if every else bool(operands & own)

    def _difference_of_told_change(self, f: Mention) -> bool:
        """Whether the working kept for ``f`` is the difference of a change one source
        sentence tells: "would leave the council with nine fewer councillors" from
        "reduce the number of councillors from 48 to 39"."""
        operands = _working_operands(self.worked_out.get(id(f), ""))
        if len(operands) != 2:
            return False
        for doc in self.src.docs:
            by_sentence: dict[int, dict[str, float]] = defaultdict(dict)
            for m in doc.values:
                if m.family == "num" and m.kind != "derived" and m.lead in ("from", "to"):
                    by_sentence[m.sentence].setdefault(m.lead, m.value)
            if any(
                set(ends.values()) == operands and len(ends) == 2 for ends in by_sentence.values()
            ):
                return True
        return False

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

    def _whole_after(self, f: Mention) -> Mention | str | None:
        """What a share is told of, right after it: a figure ("almost half of the 2,400
        it started with"), a sum of money ("more than two-thirds of the cost"), or the sum
        the sentence has just given ("cost £1.86m, more than three-quarters of it")."""
        toks = self.art.sentences[f.sentence].tokens
        k = _whole_at(toks, f)
        if k is None:
            return None
        figure = next(
            (
                m
                for m in self.art.values
                if m.sentence == f.sentence and m.i0 == k and m.family == "num" and m.unit != "pct"
            ),
            None,
        )
        if figure is not None:
            # (A percentage of a bare count may be "of their three-point attempts".)
            return figure if f.fraction or figure.unit is not None else None
        word = F.without_possessive(toks[k].lower) if k < len(toks) else ""
        if word in _MONEY_WHOLES:
            return "money"
        if word in _MONEY_WHOLES_AFTER_A_SUM and self._own_sums(f, before=True):
            return "it" if word == "it" else "money"
        return None

    def _part_told_before(self, f: Mention) -> Mention | None:
        """The figure share ``f`` is told in apposition to, as a share of a total: "96,000
        litres a day, nearly a third of the total"."""
        toks = self.art.sentences[f.sentence].tokens
        k = _whole_at(toks, f)
        if k is None or k >= len(toks) or toks[k].lower not in ("total", "whole"):
            return None
        start = f.i0 - F.hedge_width(toks, f.i0)
        return next(
            (
                m
                for m in self.art.values
                if m.sentence == f.sentence
                and m.family == "num"
                and m.unit not in ("pct", "ord")  # "in the third, nearly half": no part
                and 0 < start - m.i1 <= APPOSED_UNIT_WORDS + 1
                and toks[start - 1].text == ","
                and all(t.kind == "word" for t in toks[m.i1 : start - 1])
                # (nor the whole of a partitive: "118 of the marina's 340 berths")
                and not any(t.lower == "of" for t in toks[max(0, m.i0 - 3) : m.i0])
            ),
            None,
        )

    def _own_sums(self, f: Mention, before: bool = False) -> list[Mention]:
        """The sums of money ``f``'s sentence states (``before``: ahead of it)."""
        return [
            m
            for m in self.art.values
            if m.sentence == f.sentence
            and m.family == "num"
            and m.unit in CURRENCIES
            and (m.i1 <= f.i0 or not before)
        ]

    def _share_of_money(self, f: Mention, target: D.Target, whole: str, money: list) -> str | None:
        """The working of a share of a sum of money, when the sentence states sums of its
        own: a gift it gives is a part ("A £120,000 grant covered more than half the
        bill", "grants of £6,000 and £2,500, between them over 85 per cent of the cost"),
        and "of it" is of the sum just before ("a £45,000 budget, a third of it"). The
        sentence's sums count only as the sources give them: a changed one is no working."""
        toks = self.art.sentences[f.sentence].tokens
        given = {op.value: op.text for op in money}
        own = [m for m in self._own_sums(f) if m.value in given]
        before = [m for m in own if m.i1 <= f.i0]
        # "of it" is of the sum just before it ("a £45,000 budget, a third of it"),
        # unless that is a gift ("The project cost £103,400. A £96,000 grant covered
        # more than nine-tenths of it").
        last = before[-1] if before else None
        of_it = last if whole == "it" and last and not _a_gift(toks, last) else None
        # A part is a gift, or the sum told right beside the share: "£20,000 from the
        # parish council - just under 30 per cent of the total"; "More than
        # three-quarters of the bill, £38,400, has been met by a grant".
        # (The sum right beside the share is its part, not the other gifts of the
        # sentence: "which gave £60,000, just under a third of the cost, the trust with
        # £45,000 and £42,000 raised by the club"; unless it is the whole: "£186,000 into
        # the £225,000 project, more than four-fifths of the total".)
        beside = [
            m
            for m in own
            if m is not of_it
            and not (m.i1 < len(toks) and toks[m.i1].lower in _WHOLE_NOUNS)
            and self._beside_the_share(toks, f, m)
        ]
        gifts = beside or [m for m in own if m is not of_it and _a_gift(toks, m)]
        parts = [(m.value, given[m.value]) for m in gifts]
        # "grants of £6,000 and £2,500 - between them more than 85 per cent of the cost"
        joint = {t.lower for t in toks} & _JOINT_WORDS
        for size in range(2, len(own) + 1) if joint else ():
            for some in itertools.combinations(own, size):
                parts.append((sum(m.value for m in some), " + ".join(given[m.value] for m in some)))
        if not parts:
            parts = [(op.value, op.text) for op in money]
        # (A gift the sentence gives is no cost: "£40,000 from the district council, a
        # little over two-fifths of the cost, £21,000 from the Friends".)
        gifts_given = {
            m.value
            for m in own
            if _a_gift(toks, m) or (m.i1 < len(toks) and toks[m.i1].lower == "from")
        }
        wholes = [(op.value, op.text) for op in money if op.value not in gifts_given]
        total = sum(m.value for m in own)
        if len(own) > 1 and not any(math.isclose(2 * m.value, total) for m in own):
            # "£2.9m ..., with £1.1m donated and the remaining £700,000": the parts' sum
            # is the whole (unless one of them is the sum of the rest, a whole itself).
            wholes.append((total, " + ".join(given[m.value] for m in own)))
        if of_it is not None:
            wholes = [(of_it.value, given[of_it.value])]
        return next(
            (
                f"{pt} of {wt}"
                for pv, pt in parts
                for wv, wt in wholes
                if pv < wv and D.is_share(target, pv, wv)
            ),
            None,
        )

    def _beside_the_share(self, toks: list, f: Mention, m: Mention) -> bool:
        """Whether sum ``m`` is told right before share ``f``, no other sum between, or
        right after the whole it is of, set apart by a comma ("of the bill, £38,400") or
        "with"."""
        if m.i1 <= f.i0:
            between = [
                v for v in self.art.values if v.sentence == f.sentence and m.i1 <= v.i0 < f.i0
            ]
            # (Not the sum of another clause: "a £240,000 dome, with three-quarters of
            # the money coming from the trust".)
            opens = toks[f.i0 - F.hedge_width(toks, f.i0) - 1].lower
            return f.i0 - m.i1 <= PART_REACH and not between and opens not in _CLAUSE_OPENERS
        k = _whole_at(toks, f)
        # ... or "with" it: "met a quarter of the bill with £9.6 million".
        return k is not None and m.i0 == k + 2 and toks[k + 1].lower in (",", "with")

    def _ends_sized(self, f: Mention) -> tuple[float, float] | None:
        """The ends of the change a share in words sizes, told before it in its sentence:
        "from £100 to £150, a rise of half" (None when not so told)."""
        toks = self.art.sentences[f.sentence].tokens
        k = f.i0 - F.hedge_width(toks, f.i0) - 1
        if not (f.fraction and F.sizes_a_change(toks, k + 1)):
            return None
        last = next(
            (
                m
                for m in reversed(self.art.values)
                if m.sentence == f.sentence and m.i1 < k and m.lead == "to"
            ),
            None,
        )
        pair = self._from_to_pair(last) if last is not None else None
        if pair is None or not pair[0].value:
            return None
        return float(pair[0].value), float(pair[1].value)

    def _joint_parts(self, f: Mention) -> list[Mention]:
        """The counts a share is told of together, right before it: "52 stands and
        highway verges 41, together more than six in ten" (empty when not so told)."""
        toks = self.art.sentences[f.sentence].tokens
        k = f.i0 - F.hedge_width(toks, f.i0) - 1
        if k < 1 or toks[k].lower not in ("together", "combined") or toks[k - 1].text != ",":
            return []
        parts = [
            m
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "num" and m.unit is None and m.i1 < k
        ]
        return parts if len(parts) >= 2 else []

    def _share_of_whole(
        self, f: Mention, target: D.Target, whole: Mention | str, operands: list[D.Operand]
    ) -> str | None:
        """The working of a share of the whole told after it: of that figure, from the
        sentence's own figures or the passage's; of a cost, from sums of money only (no
        "seven of nine" presses for "three-quarters of the cost")."""
        if isinstance(whole, str):
            # (A share the sources give elsewhere, "a fifth of its notes", is of another
            # whole: the sums of money settle it.)
            money = [op for op in operands if op.unit in CURRENCIES]
            target = replace(target, given=False)
            if self._own_sums(f):
                return self._share_of_money(f, target, whole, money)
            return D.working(target, self._of_the_year_compared(f, money))
        # The sources' figures first, those the sentence states before the rest: a part
        # the story changed a little ("£368,900" for £386,900) may still fit a hedge
        # ("almost three-quarters"), but is no working. Figures of the whole's unit only:
        # no "7pm of 1,840 loads".
        own = [
            (m.value, self.art.text[m.start : m.end])
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "num" and m is not whole
        ]
        stated = {v for v, _ in own}
        parts = sorted(
            ((op.value, op.text) for op in operands if op.unit == whole.unit),
            key=lambda p: p[0] not in stated,
        )
        parts += own
        of = self.art.text[whole.start : whole.end]
        return next((f"{t} of {of}" for v, t in parts if D.is_share(target, v, whole.value)), None)

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
        if counts and f.i0 - counts[-1].i1 <= PRONOUN_PART_REACH:
            # "2,300 HMOs in the four wards, and only 610 of them - just over a quarter -":
            # of the 2,300, the figure before it that it can be a part of.
            part = counts[-1]
            after = [t.lower for t in toks[part.i1 : part.i1 + 2]]
            whole = next((a for a in reversed(counts[:-1]) if a.value > part.value), None)
            if after in (["of", "them"], ["of", "those"]) and whole is not None:
                found = (part.value, whole.value)
        return found

    def _rate_ends(self, f: Mention) -> tuple[float | None, float | None]:
        """The figures a rate of change (a percentage, a ratio) is stated between: "rose
        12.6% to €1,482m" (to), "fell 8% from 410" and "up four points on last year's 27
        per cent" (from); either may be missing."""
        toks = self.art.sentences[f.sentence].tokens
        if f.unit == "x" and _as_as(toks, f.i1):
            # "about twice as many as the 3,150 handed out", "twice as many as the previous
            # tower record of 10,080": the ratio's base is that figure, in the same clause.
            base = self._ratio_base(f)
            return (base.value if base is not None else None), None
        lead = _word_after(toks, f)
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

    def _ratio_base(self, f: Mention) -> Mention | None:
        """The figure after "twice as many as", "three times as much as": the base of
        the ratio ``f``, in its clause."""
        toks = self.art.sentences[f.sentence].tokens
        k = f.i1 + (f.i1 < len(toks) and toks[f.i1].lower == "times")
        if not _as_as(toks, k):
            return None
        base = next(
            (
                m
                for m in self.art.values
                if m.sentence == f.sentence
                and m.family == "num"
                and 2 < m.i0 - k <= RATIO_BASE_REACH
                and all(t.kind != "punct" for t in toks[k + 3 : m.i0])
            ),
            None,
        )
        after = toks[base.i1].lower if base is not None and base.i1 < len(toks) else ""
        if base is not None and base.unit in _SPAN_UNITS and after in _AGO:
            return None  # "twice as many as two years ago": a time, no figure
        return base

    def _compared_before(self, f: Mention, base: Mention) -> Mention | None:
        """The figure a ratio told right after it compares with its base: "712 homes
        were insulated, three times as many as the 334" (its own clause, of the base's
        unit, no other figure between)."""
        toks = self.art.sentences[f.sentence].tokens
        before = [
            m
            for m in self.art.values
            if m.sentence == f.sentence and m.family == "num" and m.i1 <= f.i0
        ]
        if not before or not base.value:
            return None
        told = before[-1]
        between = toks[told.i1 : f.i0]
        if len(between) > COMPARED_REACH or any(t.text in ";:" for t in between):
            return None
        return told if told.unit == base.unit else None

    def _doc_years(self, n: int) -> set[int]:
        return self.src.doc_years[n]

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

    def _sum_of_its_parts(self, f: Mention) -> bool:
        """ "That left £7,400 for the parish to find: £2,400 from the fabric fund and £5,000
        from a public appeal": a whole its own sentence then splits into parts that add up
        to it is told as its sources give it (a figure moved in would not add up). Not a
        part (two parts may have traded places), nor a difference's figures ("75p on the
        fast chargers and 59p on the rapid ones, a difference of 16p")."""
        if f.family != "num" or f.unit is None or f.hedge:
            return False
        toks = self.art.sentences[f.sentence].tokens
        if {t.lower for t in toks} & _DIFFERENCE_CUES:
            return False
        parts = [v for v in self.art.values if v.sentence == f.sentence and v is not f]
        return (
            len(parts) >= 2
            and all(v.i0 > f.i0 and v.unit == f.unit and v.hedge is None for v in parts)
            and math.isclose(sum(v.value for v in parts), f.value, rel_tol=1e-9)
        )

    def _down_a_column(self, f: Mention) -> bool:
        """ "31 people, with 24 on the second and 19 on the third" from a table whose
        Volunteers column reads 31, 24, 19: three or more of the sentence's figures, in
        its order, are cells running down one column, whatever the row labels say."""
        mine = sorted(
            (v for v in self.art.values if v.sentence == f.sentence and v.family == "num"),
            key=lambda v: v.i0,
        )
        if len(mine) < COLUMN_RUN:
            return False
        at = mine.index(f)
        for cells in self._table_columns:
            for top in range(len(cells)):
                for first in range(max(0, at - len(cells) + 1), at + 1):
                    run = 0
                    while (
                        first + run < len(mine)
                        and top + run < len(cells)
                        and cells[top + run] is not None
                        and self._same_figure(mine[first + run], cells[top + run])
                    ):
                        run += 1
                    if run >= COLUMN_RUN and first <= at < first + run:
                        return True
        return False

    def _rank_in_column(self, f: Mention) -> bool:
        """ "came third with 517 votes" from a table of votes whose column has two higher
        figures than 517: a place told with a figure is that figure's rank in its column
        (a total, the sum of the rest, left out)."""
        toks = self.art.sentences[f.sentence].tokens
        figure = next(
            (
                v
                for v in self.art.values
                if v.sentence == f.sentence
                and v.family == "num"
                and v.unit != "ord"
                and 0 < v.i0 - f.i1 <= RANK_REACH
                and all(t.kind == "word" for t in toks[f.i1 : v.i0])
            ),
            None,
        )
        if figure is None:
            return False
        for cells in self._table_columns:
            told = [float(c.value) for c in cells if c is not None]
            if len(told) > 2 and max(told) == sum(told) - max(told):
                told.remove(max(told))
            if any(self._same_figure(figure, c) for c in cells if c is not None):
                rank = 1 + sum(x > figure.value for x in told)
                if rank == f.value:
                    return True
        return False

    def _from_to_pair(self, f: Mention, doc: _Doc | None = None) -> tuple[Mention, Mention] | None:
        """The two ends of a change ``f`` is one of in its sentence (of the article, or of
        ``doc``): "from £12.20 to £15.55", or "£220, up from £198" (the figure before, then
        the one it rose from)."""
        doc = doc or self.art
        mine = [v for v in doc.values if v.sentence == f.sentence and v.family == "num"]
        toks = doc.sentences[f.sentence].tokens
        if f.lead == "from":
            after = next((v for v in mine if v.i0 > f.i1 and v.lead == "to"), None)
            if after is not None:
                return f, after
            before = next((v for v in reversed(mine) if v.i1 <= f.i0), None)
            between = [t.lower for t in toks[before.i1 : f.i0]] if before else []
            if before is not None and _up_from(between):
                return f, before  # "a collector licence £220, up from £198"
            return None
        if f.lead == "to":
            start = next((v for v in reversed(mine) if v.i1 < f.i0 and v.lead == "from"), None)
            return (start, f) if start is not None else None
        after = next((v for v in mine if v.i0 > f.i1), None)
        between = [t.lower for t in toks[f.i1 : after.i0]] if after else []
        if after is not None and after.lead == "from" and _up_from(between):
            return after, f  # "£220, up from £198" told of the £220
        return None

    def _told_ends_agree(self, first: Mention, last: Mention) -> bool | None:
        """Whether a source tells the change from ``first`` to ``last`` (True), or one
        with either end and another at the other end (False: "from 38 minutes in May to
        6" for "from 35 minutes to six"); None when none tells a change of either."""
        found = None
        for start, end in self._source_changes:
            same_start = self._same_figure(first, start)
            same_end = self._same_figure(last, end)
            if same_start and same_end:
                found = True
            elif same_start or same_end:
                return False
        return found

    @functools.cached_property
    def _source_changes(self) -> list[tuple[Mention, Mention]]:
        """The changes the sources tell, by their two ends ("from 54 to 45", "45
        councillors, down from 54"), each once, read once per story."""
        pairs = {}
        for doc in self.src.docs:
            for o in doc.values:
                if o.kind != "derived" and o.lead in ("from", "to"):
                    pair = self._from_to_pair(o, doc)
                    if pair is not None:
                        pairs[(id(pair[0]), id(pair[1]))] = pair
        return list(pairs.values())

    def _supported_change(self, f: Mention) -> bool:
        """ "a collector licence £220, up from £198" from "the collector licence fee from
        £198 to £220": a change the sources tell with both its ends; or "climbed from
        £12.20 to £15.55" from a table whose cost column runs from £12.20 at its top to
        £15.55 at its foot (unless a source tells the change with another end)."""
        ends = self._from_to_pair(f)
        if ends is None:
            return False
        first, last = ends
        told = self._told_ends_agree(first, last)
        if told is not None:
            return told
        for cells in self._table_columns:
            figures = [c for c in cells if c is not None]
            if (
                len(figures) >= 2
                and self._same_figure(first, figures[0])
                and self._same_figure(last, figures[-1])
            ):
                return True
        # "58 interviews ..., up from 37" from a row "Interviews arranged  -  37  58"
        # under "2031  2032  2033": the row's figures of an earlier and a later year.
        # (The later figure is the row's latest, the earlier one of the year the story
        # gives it, if any: "cancel 22 ..., down from 38 two years earlier", not 31.)
        told = self._year_of(first)
        for n, o in self.src.by_family["num"]:
            if o.in_table and o.year is not None and self._same_figure(first, o):
                if told is not None and o.year != told:
                    continue
                row = [m for m in self.src.docs[n].values if m.sentence == o.sentence]
                years = {m.year for m in row if m.in_table and m.year is not None}
                for later in row:
                    if (
                        later.in_table
                        and later.year is not None
                        and later.year > o.year
                        and later.year >= self._latest_of_row(n, later)
                        # (the column before it, unless the story says how long before:
                        # "rise from £300 to £420", not from 2030's £275)
                        and (told is not None or not any(o.year < y < later.year for y in years))
                        and self._same_figure(last, later)
                    ):
                        return True
        return False

    @functools.cached_property
    def _serial_numbers(self) -> set[int]:
        """The sources' figures that name a thing of a series ("Newsletter No 88"), and
        those of a table column of such names ("| Class | Description | Entries |")."""
        serial = set()
        for doc in self.src.docs:
            labels = [(a, b) for a, b, header, *_ in doc.cells if _serial_header(header)]
            for m in doc.values:
                if _serial_number(doc.sentences[m.sentence].tokens, m) or any(
                    a <= m.start < b for a, b in labels
                ):
                    serial.add(id(m))
        return serial

    @functools.cached_property
    def _table_columns(self) -> list[list[Mention | None]]:
        """Each table column of the sources, its cells' figures top to bottom (None for
        a cell with none), read once."""
        out = []
        for doc in self.src.docs:
            if not doc.cells:
                continue
            figures = [m for m in doc.values if m.family == "num"]
            columns: dict[tuple[str, ...], list[Mention | None]] = defaultdict(list)
            for a, b, header, *_ in doc.cells:
                cell = next((m for m in figures if a <= m.start < b), None)
                columns[tuple(t.lower for t in header)].append(cell)
            out.extend(columns.values())
        return out

    def _told_as_a_pair(self, f: Mention, places: set[tuple[int, int]]) -> bool:
        """ "The two other quotations were £41,250 and £44,900" against "against £41,250
        and £44,900 from the other two firms": two figures joined in the article as in a
        source sentence, in the same order, are that pair, whatever the words around it."""
        mine = _joined(self.art, f)
        if mine is None:
            return False
        partner, after = mine
        for n, si in places:
            doc = self.src.docs[n]
            for o in doc.values:
                if o.sentence != si or o.kind == "derived" or not self._same_figure(f, o):
                    continue
                theirs = _joined(doc, o)
                if theirs and theirs[1] == after and self._same_figure(partner, theirs[0]):
                    return True
        return False

    def _figures_in_order(self, f: Mention, places: set[tuple[int, int]]) -> bool:
        """ "Five of the new wards would elect three councillors each and the other 12
        would elect two" for "five wards ... by three councillors and the remaining 12
        wards by two councillors each": the sentence's figures, at least three, are told
        in one source sentence in the same order. Small figures' words match any of them;
        their order does not (two traded would break it)."""
        mine = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "num" and v.kind != "derived"
        ]
        if len(mine) < ORDERED_FIGURES:
            return False
        elsewhere = [v for v in self.art.values if v.sentence != f.sentence]
        for n, si in places:
            theirs = iter(
                m
                for m in self.src.docs[n].values
                if m.sentence == si and m.family == "num" and m.kind != "derived"
            )
            skipped: list[Mention] = []
            for v in mine:
                for m in theirs:
                    if self._same_figure(v, m):
                        break
                    skipped.append(m)
                else:
                    break
            else:
                # A figure passed over or left over must be no rival: of another unit, or
                # told in another sentence ("All 250 nest boxes"). "six paid staff" for
                # "nine paid staff, making six full-time posts" passes over the nine.
                skipped += theirs
                if all(
                    m.unit != f.unit or any(self._same_figure(v, m) for v in elsewhere)
                    for m in skipped
                ):
                    return True
        return False

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

    def _gives_a_partner(self, n: int, o: Mention, partners: list[float]) -> bool:
        """Whether ``o``'s source sentence gives the whole (or part) the article tells
        with it, as part and whole there too ("11 empty out of 58 units")."""
        toks = self.src.docs[n].sentences[o.sentence].tokens
        return any(
            m.sentence == o.sentence
            and m.family == "num"
            and m.unit is None
            and m.value in partners
            and {"of", "out"} & {t.lower for t in toks[min(o.i1, m.i1) : max(o.i0, m.i0)]}
            for m in self.src.docs[n].values
        )

    @functools.cached_property
    def _table_rows(self) -> dict[tuple[int, int], list[Mention]]:
        """(source, sentence) -> the figures of a table row that fill cells of their own
        (no rank, nor the "three" of a label's "previous three years"); read once."""
        rows: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for n, o in self.src.by_family["num"]:
            if o.in_table and o.unit != "ord" and self._cell_of_its_own(n, o):
                rows[n, o.sentence].append(o)
        return rows

    def _row_of_its_figures(
        self, f: Mention, equal_at: set[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The table row, among those giving ``f``, that gives so many of its sentence's
        figures (``f`` too) that it must be their passage."""
        told = [v for v in self.art.values if v.sentence == f.sentence and v.family == "num"]
        if len(told) < ROW_FIGURES_SHARED:
            return None
        rows = self._table_rows
        # (each value once: "the Steelers won 39 times, the Lynx 39" tells one cell)
        shared = {
            at: len({v.value for v in told if any(self._same_figure(v, m) for m in row)})
            for at, row in rows.items()
        }
        counts = [*sorted(shared.values(), reverse=True), 0, 0]
        best = max(shared, key=lambda at: shared[at], default=None)
        # One row, clearly ("The Hit List ... 11 wins and two defeats from their 14
        # league matches, finishing on 36 points to the 33 of Wrecking Balls" shares
        # three or four with either row: no passage of its own).
        if (
            best is None
            or counts[0] < ROW_FIGURES_SHARED
            or counts[0] < counts[1] + ROW_FIGURES_CLEAR
            or best not in equal_at
        ):
            return None
        # ... and no other row named: "Tidewater Flyers ... winning 11 and losing 3" is
        # told of its own row, whichever row gives 14, 11 and 3.
        mine = self.art.sentences[f.sentence].stems
        named = {si for si, label in self._row_labels(best[0]).items() if label and label <= mine}
        return best if not named or best[1] in named else None

    def _told_on(self, n: int, si: int, equal_at: set[tuple[int, int]]) -> bool:
        """Whether the sentence after source sentence ``si`` gives the equal value and
        goes on from it: "Of the 84 exhibitors, 77 returned the feedback form. Of those,
        70 said ..." is one sentence of a story told over two."""
        if (n, si + 1) not in equal_at:
            return False
        opening = [t.lower for t in self.src.docs[n].sentences[si + 1].tokens[:2]]
        return opening[:1] in (["they"], ["these"], ["those"]) or (
            opening[:1] == ["of"] and opening[1:] in (["those"], ["them"], ["these"])
        )

    def _cell_of_its_own(self, n: int, o: Mention) -> bool:
        """Whether a table's figure fills its cell ("| 7 |", "| £1,200 |"), not a
        label's words ("| Recorded injury collisions, previous three years |")."""
        doc = self.src.docs[n]
        cell = next(((a, b) for a, b, *_ in doc.cells if a <= o.start < b), None)
        if cell is None:
            return False
        rest = doc.text[cell[0] : o.start] + doc.text[o.end : cell[1]]
        return not any(c.isalpha() for c in rest)

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

    def _sums_that_do_not_add_up(self, ok: dict[int, bool]) -> list[Mention]:
        """ "£14,500 from the trust, £3,200 from donors and £2,000 from the council, a
        total of £17,700": amounts an article sentence adds up itself, wrongly, though
        the sources give each of them (£17,700 another sum of theirs). The total is
        flagged: the sum it claims is what is wrong, or one of its parts is."""
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in self.art.values:
            if m.unit in CURRENCIES:
                by_sentence[m.sentence].append(m)
        out: list[Mention] = []
        for si, money in by_sentence.items():
            toks = self.art.sentences[si].tokens
            for k, total in enumerate(money):
                if not _sum_closed(toks, total.i0) or total.hedge:
                    continue
                if id(total) in self.column_sums:
                    continue  # "rising to £640,000 ..., a total of £1.41 million over the
                    # first three years": the sum of a column, not of the sentence's figures
                # Not unit prices ("352 for adults at £6"): parts given as sums of money.
                parts = [
                    m
                    for m in money[:k]
                    if m.unit == total.unit
                    and not (m.i0 and toks[m.i0 - 1].lower in _PRICE_WORDS)
                    and m.hedge is None
                ]
                if (
                    len(parts) >= 2
                    and all(ok[id(m)] for m in (*parts, total))
                    and not math.isclose(sum(m.value for m in parts), total.value, rel_tol=1e-6)
                ):
                    out.append(total)
        return out

    def _changes_that_do_not_add_up(self, ok: dict[int, bool]) -> list[Mention]:
        """ "rose from 9,910 in October to 14,260 in December, 5,840 more": a change whose
        ends and size, each found in the sources, do not agree. The one to blame is the
        one whose value worked out from the other two is a figure of the sources (8,420
        for October), when only one of them is."""
        out: list[Mention] = []
        for first in self.art.values:
            if first.family != "num" or first.lead != "from" or not ok[id(first)]:
                continue
            pair = self._from_to_pair(first)
            if pair is None or pair[0] is not first:
                continue
            last = pair[1]
            toks = self.art.sentences[first.sentence].tokens
            # The size told right after the change: "..., 5,840 more", "a rise of 5,840".
            sizes = [
                v
                for v in self.art.values
                if v.sentence == first.sentence
                and v.family == "num"
                and v.unit == first.unit
                and v.hedge is None
                and 0 < v.i0 - max(first.i1, last.i1) <= CHANGE_SIZE_REACH
                and (
                    _word_after(toks, v) in _RISE_WORDS | _FALL_WORDS
                    or {t.lower for t in toks[max(0, v.i0 - 2) : v.i0]} & _CHANGE_NOUNS
                )
                # (not another clause's: "..., while there are seven fewer betting shops")
                and not {t.lower for t in toks[max(first.i1, last.i1) : v.i0]}
                & (F.SUBORDINATORS | {"and", "but", "while", "whereas"})
            ]
            if len(sizes) != 1 or not ok[id(last)] or not ok[id(sizes[0])]:
                continue
            size = sizes[0]
            if math.isclose(abs(last.value - first.value), size.value, rel_tol=1e-6):
                continue
            rise = last.value > first.value
            # What each would be, the other two taken as right.
            candidates = {
                id(first): last.value - size.value if rise else last.value + size.value,
                id(last): first.value + size.value if rise else first.value - size.value,
                id(size): abs(last.value - first.value),
            }
            found = [
                m
                for m in (first, last, size)
                if any(
                    o.kind != "derived" and o.unit == m.unit and o.value == candidates[id(m)]
                    for _, o in self.src.by_family["num"]
                )
            ]
            if len(found) == 1:
                out.append(found[0])
        return out

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
            # (A small count is told of many things, whatever its nouns.)
            facts = _facts_of if _distinctive(f) else _places_of
            most = max(
                (facts([o for m, o in equal if m == n]) for n in range(len(self.src.docs))),
                default=0,
            )
            if most >= len(same) or self._cited_apart(same, {n for n, _ in equal}):
                continue
            if self._each_its_own(same, equal):
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

    def _each_its_own(self, same: list[Mention], equal: list[tuple[int, Mention]]) -> bool:
        """Whether each of the article's mentions of one figure is clearly the one of a
        source sentence of its own, in sources of their own ("peaked between 11am and
        12.30pm" from the organisers, "a waiting list by 11am" from a paper)."""
        where = {id(o): n for n, o in equal}
        best = [self.best_equal.get(id(m)) for m in same]
        if None in best or len(set(best)) < len(same):
            return False
        return len({where.get(b) for b in best} - {None}) == len(same)

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
            told = Counter((v.unit, v.value) for v in figures)
            pairs = [
                (a, b)
                for a, b in itertools.combinations(figures, 2)
                # A swap trades two figures of one sort (each told once: "between 11am
                # and 12.30pm, ... a waiting list by 11am" has no order to keep).
                if a.value != b.value
                and a.unit == b.unit
                and a.unit != "ord"
                and told[a.unit, a.value] == told[b.unit, b.value] == 1
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

    def _worked_in_sentence(self, f: Mention, ok: dict[int, bool]) -> str | None:
        """ "outshot them 38-29, nine more shots": a difference (or a total) of two figures
        its own sentence gives, both found in the sources, with a word saying so. Such a
        figure is right whatever other fact of the sources has the same value."""
        if f.family != "num" or f.unit in ("ord", "age", "clock"):
            return None
        words = self._cue_words(f)
        if _told_in_all(self.art.sentences[f.sentence].tokens, f):
            words = words | {"total"}  # "making 36 in all"
        if not words & (_DIFFERENCE_CUES | _TOTAL_CUES | _MARGIN_CUES):
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
            if x > y and a == b and words & _MARGIN_CUES and fits(x - y):
                return a  # "beating Harcourt Nomads 29-19, a ten-point win": its margin
            if x >= y and words & _TOTAL_CUES and fits(x + y):
                return f"{a} + {b}"
        return None

    def _operand_of_a_working(self, f: Mention, ok: dict[int, bool]) -> bool:
        """ "More than a quarter of the academy's 1,140 pupils", worked out as 312 of
        1,140: a figure its sentence's worked-out one was worked out from is right, as
        the working needs it (a wrong whole would give another share). Not a working of
        another whole than the one told after the share."""
        if f.family != "num":
            return False
        written = self.art.text[f.start : f.end]
        same = [m for m in self.art.values if m.sentence == f.sentence and m.value == f.value]
        if len(same) > 1:
            return False  # "a £20,000 grant ... £20,000 from the parish": which one?

        def beside(g: Mention, operands: tuple[str, ...]) -> bool:
            # No other figure of its sort stands between them (the share's other
            # operand may: "Of the firm's 27 employees, 19 ..., more than two-thirds").
            a, b = sorted((f.start, g.start))
            return not any(
                m.sentence == f.sentence
                and m.unit == f.unit
                and a < m.start < b
                and not any(_one_figure(self.art.text[m.start : m.end], o) for o in operands)
                for m in self.art.values
            )

        return any(
            ok[id(g)]
            and g.sentence == f.sentence
            and any(_one_figure(written, side) for side in share.groups())
            and beside(g, share.groups())
            and self._of_its_whole(g, share.group(2))
            for g in self.art.values
            if g is not f
            and id(g) in self.worked_out
            and (share := _SHARE_WORKING.fullmatch(self.worked_out[id(g)]))
        )

    def _of_its_whole(self, g: Mention, whole: str) -> bool:
        """Whether a share's working is of the whole the article tells right after it:
        "fewer than half the 6,410" is no "999 of 2,316"."""
        told = self._whole_after(g)
        if not isinstance(told, Mention):
            toks = self.art.sentences[g.sentence].tokens
            k = g.i1 + sum(t.lower in ("of", "the") for t in toks[g.i1 : g.i1 + 2])
            told = next(
                (m for m in self.art.values if m.sentence == g.sentence and m.i0 == k), None
            )
        return told is None or _one_figure(self.art.text[told.start : told.end], whole)

    def _counted_list(self, f: Mention) -> str | None:
        """ "Ferry services to three islands ... Inchmore, Skellan and Fadda": a small count
        of the names its own sentence, or the source sentence it is told from, lists."""
        if f.family != "num" or f.unit is not None or f.hedge or not 2 <= f.value <= SMALL_COUNT:
            return None
        if f.value != int(f.value):
            return None
        if f.noun and any(m.noun == f.noun for doc in self.src.docs for m in doc.values):
            return None  # "four fire engines from Callow, Mintern and Hadfield": counted there
        at = self.art.sentences[f.sentence].tokens[f.i1 : f.i1 + 2]
        if len(at) == 2 and at[0].lower in _AT_A_PLACE and at[1].text[:1].isupper():
            return None  # "four in Fore Street, four on Church Hill": a count at a place
        places = [(self.art, f.sentence)]
        places += [(self.src.docs[n], si) for n, si in self._aligned_sentences(f)[0]]
        for doc, si in places:
            for names in _name_lists(doc, si):
                if len(names) == f.value:
                    return ", ".join(doc.text[m.start : m.end] for m in names)
        return None

    def _column_total(self, f: Mention) -> str | None:
        """ "65 helpers across four sessions" from the "Volunteers needed" column of a
        table the sentence cites (20, 20, 15 and 10) that has no total row: the sum of
        a column of several figures of its unit (or of a list's items, one figure
        each)."""
        if f.family != "num" or f.unit == "pct" or f.value < COLUMN_TOTAL_MIN:
            return None
        for n in self._cited_docs(f):
            doc = self.src.docs[n]
            # A column by its header's words and its table (the lines after a blank one).
            columns: dict[tuple[int, str], list[Mention]] = defaultdict(list)
            for m in doc.values:
                header = self._cell_headers.get(id(m))
                if m.in_table and header:
                    column = " ".join(header)
                elif m.family == "num" and m.kind != "derived" and _list_item_figure(doc.text, m):
                    column = ""  # "Funding" over "- Coastal Culture Fund: £90,000" and the like
                else:
                    continue
                columns[(doc.text.rfind("\n\n", 0, m.start), column)].append(m)
            for cells in columns.values():
                if len(cells) < COLUMN_CELLS or any(m.unit != f.unit for m in cells):
                    continue
                total = sum(m.value for m in cells)
                if any(math.isclose(2 * m.value, total) for m in cells):
                    continue  # a total row: the column's sum is told
                if told_span(f, total):
                    self.column_sums.add(id(f))
                    return " + ".join(doc.text[m.start : m.end] for m in cells)
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
        untold = self._untold
        for _ in range(3):
            # Occurrences explained by supported facts no longer compete with the others.
            # (A headline's figure only when the story tells it too: "Skatepark draws
            # 1,800" explains nothing of a story that says 1,100 where the sources say 1,800.)
            claimed = frozenset(
                other
                for f in self.art.values
                if ok[id(f)] and (occ := self.best_equal[id(f)]) and id(f) not in untold
                for other in self.src.same_place.get(occ, (occ,))
            )
            again = {
                id(f): self.value_supported(f, claimed) for f in self.art.values if not ok[id(f)]
            }
            if not any(again.values()):
                break
            ok.update(again)
        for f in self.art.values:
            if not ok[id(f)] and f.unit == "ord" and self._rank_in_column(f):
                # "came third with 517 votes": the figure's rank in its table column
                ok[id(f)] = True
                self.worked_out[id(f)] = "the rank of its figure in a source table's column"
            if not ok[id(f)] and (told := self._told_again_below(f, ok)):
                # "took almost £150,000 last weekend" in the lead, "£148,600" below it.
                ok[id(f)] = True
                self.worked_out[id(f)] = told
        for f in self.art.values:
            if not ok[id(f)] and (
                how := self._worked_in_sentence(f, ok)
                or self._counted_list(f)
                # (a column's sum only for a figure the sources give nowhere near its
                # words: found as another's, it was moved, whatever column it adds up to)
                or (self.match_score.get(id(f), -1.0) < MIN_SCORE and self._column_total(f))
            ):
                ok[id(f)] = True
                self.worked_out[id(f)] = how
            if f.family == "wd" and (calendar := self._calendar_weekday(f)) is not None:
                # "Thursday, January 28" in 2026 is wrong, whatever the sources' other
                # Thursdays are. (A right one may still be a weekday moved with its date
                # from another event: the calendar does not clear it.)
                if ok[id(f)] and not calendar and (dated := _date_after(self.art, f)):
                    # The weekday is the event's ("Saturday, November 16" for a flood on
                    # Saturday 14 November): its date may be what moved.
                    ok[id(dated)] = False
                ok[id(f)] = ok[id(f)] and calendar
            if f.family == "wd" and ok[id(f)] and self._vote_of_another_day(f):
                ok[id(f)] = False
            if f.family == "wd" and ok[id(f)] and self._decided_another_day(f):
                ok[id(f)] = False
        for f in self.art.values:
            if not ok[id(f)] and self._operand_of_a_working(f, ok):
                ok[id(f)] = True
        for f in self.art.values:
            if not ok[id(f)] and self._headline(f) and self._headline_line:
                ok[id(f)] = self._borne_out_below(f, ok)
        self._once_each(ok)
        for f in self._swapped(ok) + self._change_reversed(ok) + self._change_against_verb():
            ok[id(f)] = False
        for f in self.art.values:
            if ok[id(f)] and self._dated_as_another_event(f):
                ok[id(f)] = False
        for f in self._sums_that_do_not_add_up(ok) + self._changes_that_do_not_add_up(ok):
            ok[id(f)] = False
        for f in self.art.values:
            fact = f.fact(self.art.text)
            if not ok[id(f)] and id(f) in self.other_period and self.match_score.get(id(f), 0) < 0:
                # Equal only to figures of another period: reported with its period,
                # "£3,600 a month".
                toks = self.art.sentences[f.sentence].tokens
                fact = replace(
                    fact, end=toks[f.i1 + 1].end, text=self.art.text[f.start : toks[f.i1 + 1].end]
                )
            elif not ok[id(f)] and (name := self.age_of_another.get(id(f))):
                fact = replace(fact, start=name.start, text=self.art.text[name.start : f.end])
            results.append((fact, ok[id(f)]))
        # The speaker of a quote found with its speaker stands where the sources put them.
        vouched: set[str] = set()
        for a, b in self.art.quotes:
            fact, quote_ok = self.quote_fact(a, b)
            results.append((fact, quote_ok))
            if quote_ok:
                vouched |= self._speakers(self.art, a, b, need_verb=True)[0]
        repeated = self._repeated_names() | self._wrong_affiliations() | self._swapped_names()
        repeated |= self._wrong_vote_sides()
        retold = self._retold_names()
        repeated |= self._reversed_names() | self._court_roles() | retold
        repeated |= self._scored_by_others() | self._wrong_agents() | self._mixed_names()
        repeated |= self._kin_of_others() | self._sums_of_others() | self._figures_of_others()
        repeated |= self._sums_for_others() | self._venues_moved()
        of_others, unnamed_owners = self._bodies_of_others()
        of_other_rows, other_labels = self._cells_of_other_rows()
        repeated |= of_others | of_other_rows
        unnamed_owners += other_labels
        results.extend((fact, False) for fact in unnamed_owners + self.sort_facts)
        for f in self.art.names:
            in_place = set(f.value) <= vouched or self.name_in_place(f)
            known = self.name_supported(f)
            found = known and in_place
            ok_name = found and id(f) not in repeated
            if known and (wrong := self._wrong_role(f)):
                # "Dawn Kitto, the station's coxswain": the pair is what is wrong (so
                # too when the name is another's act or figure, or out of its place).
                results.append((self._with_role(wrong), False))
                continue
            results.append((f.fact(self.art.text), ok_name))
        for f in self._opening_names:
            results.append((f.fact(self.art.text), id(f) not in retold))
        results.sort(key=lambda r: r[0].start)
        # A name inside a flagged person-and-role ("chair of East Tallow District
        # Council") is that one error, reported once.
        wide = [f for f, ok in results if not ok and f.kind == "name"]
        results = [
            (f, ok)
            for f, ok in results
            if ok
            or f.kind != "name"
            or not any(
                w is not f
                and w.start <= f.start
                and f.end <= w.end
                and (w.start, -w.end) < (f.start, -f.end)
                for w in wide
            )
        ]
        unsupported = tuple(f for f, ok in results if not ok)
        for f in unsupported:
            logger.debug("unsupported %s: %r", f.kind, f.text)
        worked_out = tuple(
            (f.fact(self.art.text), self.worked_out[id(f)])
            for f in self.art.values
            if ok[id(f)] and id(f) in self.worked_out
        )
        return GroundingReport(len(results) - len(unsupported), unsupported, worked_out)


_AMENDMENT = {"amendment", "amendments"}
_UP_DOWN = {"up", "down", "rising", "falling", "rise", "fall"}
# Words of a figure's noun (and verb) before ", up from": "45 councillors, down from 54",
# "58 interviews were arranged on the day, up from 37".
UP_FROM_NOUN = 6


def _fills_a_cell(tokens: Sequence[Token], name: Mention) -> bool:
    """Whether a name is all of its cell in a row set with bars: "| Tollerby |"."""
    before = tokens[name.i0 - 1].text if name.i0 > 0 else "|"
    after = tokens[name.i1].text if name.i1 < len(tokens) else "|"
    return before == after == "|"


def _up_from(between: list[str]) -> bool:
    """Whether the words between two figures make the second the first's start: ", up
    from" of "£220, up from £198"."""
    if "," not in between:
        return False
    comma = between.index(",")  # "£220, up from", "45 councillors, down from"
    return (
        comma <= UP_FROM_NOUN
        # (words, or the year told of the first: "£11 million in 2032/33, up from")
        and all(w.isalpha() or w.isdigit() or w in ("/", "-", "–") for w in between[:comma])
        and len(between) >= comma + 3
        and between[-1] == "from"
        and set(between[comma + 1 : -1]) <= _UP_DOWN
    )


# Words that end the clause a figure is given in: its companions are inside it.
_PAIR_JOINS = {"and", "or"}
_CLAUSE_BREAKS = {",", ";", ":", "and", "while", "whereas", "but", "(", ")"}


SHARE_REACH = 6  # words from a share to the sum told as its part: "40 per cent of the money, about"

# The words that say a figure was worked out, and how.
_PERIOD_WORDS = {"year": "year", "month": "month", "week": "week", "day": "day"}
_PERIOD_ADJECTIVES = {
    "annual": "year", "annually": "year", "yearly": "year", "monthly": "month",
    "weekly": "week", "daily": "day",
}  # fmt: skip


_LIST_JOINS = ([","], [",", "and"], ["and"], [",", "or"], ["or"])


def _list_item_figure(text: str, m: Mention) -> bool:
    """Whether ``m`` is the one figure ending a list item of a label: "- Harbourline
    Homes (section 106 contribution): £40,000"."""
    start, end = line_bounds(text, m.start)
    line = text[start:end].lstrip()
    head = text[start : m.start]
    return (
        line[:1] in ("-", "•", "*")
        and not text[m.end : end].strip()
        and head.rstrip().endswith(":")
        and not any(c.isdigit() for c in re.sub(r"\([^)]*\)", "", head))
    )


def _issue_weekday(doc: _Doc, o: Mention) -> bool:
    """Whether weekday ``o`` opens the date a source was issued on its own line (not a
    notice's heading in capitals, "THURSDAY 7 MAY 2026", the day of its election)."""
    return (
        o.family == "wd"
        and not doc.text[o.start : o.end].isupper()
        and any(
            m.family == "date" and m.sentence == o.sentence and m.start > o.start
            for m in doc.values
            if _issue_date_line(doc, m)
        )
    )


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


def _told_as_change(hedge: list, tokens: list, f: Mention) -> bool:
    """Whether the words right before a figure (and its hedge) make it a change: "up by
    more than a quarter on the 16,800" is no share of any whole ("made up half" is)."""
    at = f.i0 - len(hedge)
    return [t.lower for t in tokens[max(0, at - 2) : at]] in (["up", "by"], ["down", "by"])


def _share_of_a_change(
    hedge: list, tokens: list, f: Mention, values: list[Mention]
) -> tuple[float | None, str | None]:
    """The size of a change a share tells again, and the change's noun: "a cut of
    £900,000, or more than a quarter" is £900,000 of what there was, a fall."""
    at = f.i0 - len(hedge)
    if [t.text for t in tokens[max(0, at - 2) : at]] != [",", "or"]:
        return None, None
    size = next((m for m in values if m.sentence == f.sentence and m.i1 == at - 2), None)
    if size is None or size.family != "num" or size.i0 < 2:
        return None, None
    of, noun = tokens[size.i0 - 1].lower, tokens[size.i0 - 2].lower
    return (size.value, noun) if of == "of" and noun in _CHANGE_NOUNS else (None, None)


def _whole_at(tokens: list, f: Mention) -> int | None:
    """Where the whole a share is of begins: past "of" and its determiner ("two-thirds
    of the 2,400"); None when no "of" follows."""
    k = f.i1
    if k >= len(tokens) or tokens[k].lower != "of":
        return None
    k += 1
    return k + 1 if k < len(tokens) and tokens[k].lower in _SHARE_DETERMINERS else k


def _a_gift(tokens: list, m: Mention) -> bool:
    """Whether sum ``m`` is given by someone (a part of what it pays for)."""
    near = tokens[max(0, m.i0 - GIFT_REACH) : m.i0] + tokens[m.i1 : m.i1 + GIFT_REACH]
    return any(t.lower in _GIFT_WORDS for t in near)


def _side_of_score(v: Mention, o: Mention) -> bool:
    """Whether source figure ``o`` is a side of article score ``v``: "a 15-9 win" for
    "Northgate Spin 15 Old Mill Discs 9"."""
    return (
        v.family == "score"
        and o.family == "num"
        and o.unit is None
        and any(math.isclose(o.value, side) for side in v.value)
    )


def _serial_header(header: list) -> bool:
    """A table column of names of a series: "Class", "No.", "Lot"."""
    words = [t.lower for t in header if t.kind == "word"]
    return len(words) == 1 and words[0] in _SERIAL_COLUMNS  # (a "Number" column counts)


def _serial_number(tokens: list, m: Mention) -> bool:
    """Whether figure ``m`` names a thing of a series ("Newsletter No 88", "Issue 14",
    "buoy No. 7"), no count or amount."""
    k = m.i0 - 1
    if k > 0 and tokens[k].text == ".":
        k -= 1
    return k >= 0 and tokens[k].lower in _SERIAL_WORDS and tokens[k].text[:1].isupper()


def _names_a_lot(tokens: list, m: Mention) -> bool:
    """Whether an article's figure names a thing of a series by the word before it,
    written small or not: "lot 47 in the sale", "stall 12", "Issue 14"."""
    k = m.i0 - 1
    if k > 0 and tokens[k].text == ".":
        k -= 1
    if k < 0 or m.unit is not None:
        return False
    word = tokens[k].lower
    if word in _SERIAL_WORDS | _SERIAL_COLUMNS and tokens[k].text[:1].isupper():
        return True
    # ("the junior class 14", "no 5 candidates": counts, written small)
    return word in _SMALL_SERIAL_WORDS


def _joined(doc: _Doc, m: Mention) -> tuple[Mention, bool] | None:
    """The one value of ``m``'s sentence joined to it by "and" or "or" alone ("£41,250
    and £44,900"), and whether it comes after ``m``."""
    toks = doc.sentences[m.sentence].tokens
    found = []
    for v in doc.values:
        if v.sentence != m.sentence or v is m or v.family != m.family or v.kind == "derived":
            continue
        lo, hi, after = (m.i1, v.i0, True) if v.i0 >= m.i1 else (v.i1, m.i0, False)
        if hi - lo == 1 and toks[lo].lower in _PAIR_JOINS:
            found.append((v, after))
    return found[0] if len(found) == 1 else None


def _facts_of(found: list[Mention]) -> int:
    """How many facts one source's occurrences of a figure are: "380 wreaths for schools"
    and the key facts' "Wreaths supplied: 380" are one, told twice."""
    kept: list[Mention] = []
    for o in sorted({o.start: o for o in found}.values(), key=lambda o: o.start):
        if not any(
            (o.noun and o.noun in k.context) or (k.noun and k.noun in o.context) for k in kept
        ):
            kept.append(o)
    return len(kept)


def _places_of(found: list[Mention]) -> int:
    """How many places of one source give a figure."""
    return len({o.start for o in found})


def _transposed(a: float, b: float) -> bool:
    """Whether two whole numbers of two or more digits have the same digits in another
    order (41 and 14; not 11 and 11)."""
    if a == b or a != int(a) or b != int(b) or min(a, b) < 10:
        return False
    return sorted(str(int(a))) == sorted(str(int(b)))


def _period_after(tokens: list, i: int) -> str | None:
    """ "£7 a month", "30p per day": the period an amount is given for."""
    if i + 1 < len(tokens) and tokens[i].lower in ("a", "an", "per", "each"):
        return _PERIOD_WORDS.get(tokens[i + 1].lower)
    return None


# What may stand between a figure and the year dating it: "38 in 1990", "38,500 visitors
# in 2023".
_DATED_BY = re.compile(r"\s+(?:[a-z]+\s+)?in\s+")
_LABEL_YEAR = re.compile(r"\)?\s*:\s*")  # "(2023): 38,500"


def _period_of(tokens: list) -> str | None:
    """The one period a source sentence gives its amounts for ("£1,629 a year"), if any."""
    found = {_period_after(tokens, k) for k in range(len(tokens))}
    found |= {_PERIOD_ADJECTIVES.get(t.lower) for t in tokens}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _others_of(f: Mention, doc: _Doc, o: Mention) -> bool:
    """ "four polling stations" against "Three other polling stations are also moving":
    the others of one told apart, with it the article's figure, no slot of its."""
    toks = doc.sentences[o.sentence].tokens
    return (
        o.family == "num"
        and f.family == "num"
        and o.i1 < len(toks)
        and toks[o.i1].lower == "other"
        and math.isclose(f.value, o.value + 1)
    )


LIST_NOUN_WORDS = 2  # words between a count and the colon of the list it counts


def _counts_its_list(f: Mention, doc: _Doc, o: Mention) -> bool:
    """ "31 in the raceboard fleet" against "racing in four fleets: raceboard, slalom,
    youth (under 17) and novice": the count of the things listed, one of them the
    article figure's own, is no slot of a figure of that one thing."""
    if f.family != "num" or o.family != "num" or o.unit is not None or o.value < 2:
        return False
    toks = doc.sentences[o.sentence].tokens
    k = o.i1
    while k < len(toks) and k - o.i1 < LIST_NOUN_WORDS and toks[k].kind == "word":
        k += 1
    if k == o.i1 or k >= len(toks) or toks[k].text != ":":
        return False
    items: list[set[str]] = [set()]
    for t in outside_brackets(list(toks[k + 1 :])):
        if t.text in (".", ";", ":"):
            break
        if t.text == "," or t.lower in ("and", "or"):
            if items[-1]:
                items.append(set())
        elif t.kind == "word":
            items[-1].add(stem(t.text))
        else:
            return False  # a figure in the list: not a list of names of things
    items = [item for item in items if item]
    return len(items) == o.value and any(f.context & item for item in items)


EACH_REACH = 4  # tokens after a count where "in each division" says what it is per


def _each_of_a_total(art: _Doc, f: Mention, doc: _Doc, o: Mention) -> bool:
    """ "8 squads in all" against "the top two squads in each division qualify": a count
    told of each of several things is no slot of the total of them all."""
    if f.family != "num" or o.family != "num":
        return False
    if not _told_in_all(art.sentences[f.sentence].tokens, f):
        return False
    theirs = doc.sentences[o.sentence].tokens[o.i1 : o.i1 + EACH_REACH]
    return any(t.lower in ("each", "every", "per") for t in theirs)


def _closing_verb(doc: _Doc, o: Mention) -> bool:
    """Whether a date's period end is set by a verb ("the appeal closes on Friday 30
    October"), a deadline as "by" is, rather than by "until" or "to"."""
    toks = doc.sentences[o.sentence].tokens
    words = [t.lower for t in toks[max(0, o.i0 - 3) : o.i0]]
    return bool(set(words) & F.CLOSING_VERBS)


def _told_in_all(tokens: list, f: Mention) -> bool:
    """Whether a figure is told as a total by the words right after it: "8 squads in
    all", "36 in total", "£2,100 altogether"."""
    mine = [t.lower for t in tokens[f.i1 : f.i1 + EACH_REACH]]
    return "altogether" in mine or any(
        a == "in" and b in ("all", "total") for a, b in itertools.pairwise(mine)
    )


def _working_operands(how: str) -> set[float]:
    """The numbers of a working kept for a figure: {9.0, 7.0} of "9 - 7"."""
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", how)}


def _one_figure(a: str, b: str) -> bool:
    """Whether two figures as written open with one number: "9,000 megawatt hours" and
    "9,000 MWh", "£1,120" and "£1,120"."""
    x, y = (_LEADING_NUMBER.search(t) for t in (a, b))
    return x is not None and y is not None and x.group().rstrip(".") == y.group().rstrip(".")


_LEADING_NUMBER = re.compile(r"\d[\d,.]*")


def _differenced(f: Mention, o: Mention, differences: list[tuple[float, bool]]) -> bool:
    """Whether ``f``'s sentence sets ``f`` against ``o`` with a worked-out difference:
    "sold 2,318 tickets, 616 more than last year's show managed" tells last year's
    1,702 through its 616, so the 1,702 is no slot the 2,318 was moved into. The
    difference must run the way its words say ("more": the figure is the larger), or
    last year's 1,702 given as this year's, with this year's 2,318 as the rival, would
    pass."""
    if o.family != "num" or f.value == o.value:
        return False
    gap = abs(f.value - o.value)
    return any(math.isclose(g, gap) and (f.value > o.value) == rise for g, rise in differences)


def _timed(m: Mention) -> Mention:
    """A "27:55" race time as a duration in seconds, for arithmetic; anything else as is."""
    if m.unit != "clock" or m.raw is None:
        return m
    return Mention(m.kind, m.family, m.value, m.start, m.end, "dur", m.i0, m.i1, m.sentence)


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
_REMAINDER_CUES = {"leaving", "remaining", "rest", "left", "outstanding", "still", "short"}
# Words beside a figure that say it is the difference, or the total, of two others.
_SHARE_WORKING = re.compile(r"(.+?) of (.+)")  # "312 of 1,140": a share worked out
# "moved it five years later": the years between two of the passage, one of them the
# sentence's own ("started the sale in 2009").
_YEARS_BETWEEN = {"later", "earlier"}
_CONVERTED = {"length", "mass", "area", "speed", "volume"}  # measures told in either system
COLUMN_TOTAL_MIN = 20  # a sum of a table's column smaller than this is found by chance
COLUMN_CELLS = 3  # figures in a column for its sum to be a total the story may tell
_DIFFERENCE_CUES = {
    "more", "fewer", "less", "margin", "ahead", "behind", "majority", "difference", "gap",
    "short", "clear", "swing", "higher", "lower", "extra", "cheaper", "dearer",
}  # fmt: skip


def _heading(text: str, s: Sentence) -> bool:
    """Whether a sentence heads the lines below it: "Key figures for 2025:", a table's
    "| 2024-25 |" header, a line of its own with no full stop ("Last winter at a glance")."""
    told = text[s.start : s.end].strip()
    own_line = text[s.end : s.end + 1] in ("\n", "") and text[s.start - 1 : s.start] in ("\n", "")
    return (
        told.endswith(":")
        or told.startswith("|")
        or (own_line and not told.endswith((".", "!", "?", '"')))
    )


# "than last year": the periods a difference may be from.
_LAST_PERIODS = {"year", "season", "winter", "summer", "spring", "autumn"}
# "two-thirds of the 2,400", "half of its budget": the words between a share and its whole.
_SHARE_DETERMINERS = {"the", "its", "their", "his", "her", "our"}
# The wholes that are sums of money: "more than two-thirds of the cost".
_MONEY_WHOLES = {"cost", "costs", "bill", "budget", "price", "funding", "spend", "spending"}
# ... and those that are, after a sum of money: "raised £92,000, over 60 per cent of the total".
_MONEY_WHOLES_AFTER_A_SUM = {"it", "total", "sum", "money", "amount"}
APPOSED_UNIT_WORDS = 4  # "96,000 litres a day, nearly a third of the total"
COLUMN_RUN = 3  # figures of a sentence running down a table's column, in order
RANK_REACH = 3  # words from a place to the figure it is told with: "third with 517"
# Words beside a sum that make it a gift, a part of a cost: "a £120,000 grant",
# "raised £92,000", "grants of £6,000".
_GIFT_WORDS = {
    "grant", "grants", "gift", "gifts", "donation", "donations", "award", "contribution",
    "loan", "raised", "gave", "given", "donated", "contributed", "awarded", "pledged",
    "offered", "bequest", "legacy", "raising", "collected", "adding", "brought",
}  # fmt: skip
_JOINT_WORDS = {"between", "together", "combined", "jointly"}  # "between them"
_CLAUSE_OPENERS = {"with", "and", "while", "whereas", "but", "so"}
PART_REACH = 8  # tokens from a sum to the share of which it is the part
GIFT_REACH = 2  # tokens either side of a sum where its gift word stands
_SERIAL_WORDS = {"no", "no.", "nos", "number", "issue", "vol", "volume"}
_COMPARED_WITH = {"as", "than", "since", "from"}  # "eleven times as many as in 2016"
_SPAN_UNITS = {"year", "month", "week", "day"}
_AGO = {"ago", "earlier", "before"}
_RELATIVES = {"which", "whom", "whose"}  # a name after one is of another clause
_BEATING = {"beat", "beating", "beaten", "against", "than", "ahead", "behind"}
# A part of an event or a list, named by its number: "Round 1", "Heat 3", "Pitch 2".
_PARTS_OF_A_SERIES = {
    "round", "heat", "stage", "leg", "part", "section", "pitch", "court", "division",
    "group", "class", "day", "week", "item", "race", "game", "match", "set", "frame",
}  # fmt: skip
_SMALL_SERIAL_WORDS = {"lot", "stall", "plot", "item"}  # "lot 47 in the sale"
_SERIAL_COLUMNS = {"no", "no.", "class", "lot", "ref", "item", "plot", "pitch", "stall"}
_TOTAL_CUES = {"total", "combined", "together", "altogether"}
_PRICE_WORDS = {"at", "each", "per"}  # "tickets at £6": a price, no part of a sum
_LIST_CLOSERS = {",", "-", "–", "—"}  # ", a total of £19,700"
# Hedges that put a figure just short of (or just past) a share: "almost two-thirds".
_CLOSE_HEDGES = {"almost", "nearly", "just"}
# The word after "N times" that makes it a ratio: "three times the prize", "as many".
_MULTIPLIED = {
    "the", "as", "more", "that", "bigger", "larger", "higher", "greater", "longer",
    "faster", "its", "their", "his", "her", "what", "over",
}  # fmt: skip
# Words beside a figure that make it the margin of a score of its sentence.
_MARGIN_CUES = {"win", "victory", "defeat", "lead", "deficit", "winning", "losing"}
EARLIER_YEAR_OPERANDS = 8  # figures of sentences naming that year, taken as operands


_OF_YEAR = {"in", "by", "for"}  # a figure's word before the year it is of: "176 by 2033"
_LOST = {"lost", "defeated", "rejected", "fell", "failed", "beaten"}
LOST_REACH = 3  # words before a vote's tally to its defeat: "was lost by"


def _column_row_owner(
    doc: _Doc, m: Mention, names: Sequence[Mention], same: list[Mention]
) -> Mention | None:
    """The name a figure follows on its row of a table set in columns, with no figure of
    its sort between: "Under-21   6   6 m   Owen Tully   71" (his 71 points)."""
    start, end = line_bounds(doc.text, m.start, m.end)
    if not COLUMNS.search(doc.text[start:end]):
        return None
    before = [
        name
        for name in names
        if start <= name.start
        and name.i1 <= m.i0
        and not any(name.i1 <= v.i0 and v.i1 <= m.i0 for v in same)
    ]
    if not before:
        return None
    # The cell right before it, not the row's label (a team's row of a league table is
    # all the team's), nor a list's "Noor Haddad (Tallowmere Mallards) 12".
    name = max(before, key=lambda name: name.i1)
    label = not doc.text[start : name.start].strip()
    gap = doc.text[name.end : m.start]
    cell = len(gap) >= COLUMN_GAP and not gap.strip(" ")  # a column's run of spaces
    return name if cell and not label else None


def _rate_base(tokens: list[Token], m: Mention) -> bool:
    """Whether a number is the base of a rate: "per 100ml", "cfu/100ml" (not "12/15")."""
    k = m.i0 - 1
    if k < 0:
        return False
    if tokens[k].lower == "per":
        return True
    # (written close up: "23km / 1,450m ascent" is two figures)
    slash = tokens[k].text == "/" and k > 0 and tokens[k - 1].kind == "word"
    return slash and tokens[k - 1].end == tokens[k].start and tokens[k].end == m.start


def _names_year(tokens: list[Token], year: int) -> bool:
    """Whether a sentence names the year in figures: "the 2026 championship"."""
    return any(t.text == str(year) for t in tokens)


_COMPARATIVE_WORDS = {"more", "fewer", "less", "extra", "additional", "new", "further"}
_MORE_OR_LESS = {"more", "fewer", "less", "higher", "lower", "up", "down"}
_BRACKETS = {"brackets", "bracket", "parentheses", "parenthesis"}
THAN_REACH = 4  # "more than last year's 221": the figure compared, told after "than"


def _than_after(tokens: list, k: int) -> int | None:
    """The index of "than" right after a figure ending at ``k`` ("six more than"), if any."""
    after = [t.lower for t in tokens[k : k + 2]]
    if after[:1] == ["than"]:
        return k
    if after[1:] == ["than"] and after[0] in _MORE_OR_LESS:
        return k + 1
    return None


_FALL_WORDS = {
    "less", "fewer", "lower", "down", "fell", "fallen", "drop", "dropped", "cut", "declined",
    "shrank", "smaller", "below", "decrease", "decreased", "slipped", "lost", "fall", "falls",
    "decline", "drops", "loss", "reduction", "cuts", "shorter", "narrower", "cheaper",
    "lighter",
}  # fmt: skip
COMPARED_REACH = 8  # tokens from a figure to a ratio of it: "712 homes were insulated, three"
RATIO_CLOSE = 0.12  # how far "twice as many" may be from 2 (2.13 is twice; 2.5 is not)
CHANGE_SIZE_REACH = 8  # tokens from a change to its size: "to £148,000 for 2031-32, a drop of"
_RISE_WORDS = {
    "more", "higher", "up", "rose", "risen", "grew", "grown", "increase", "increased",
    "larger", "bigger", "above", "jumped", "climbed", "gained", "rise", "rises", "growth",
    "jump", "longer", "wider", "dearer", "heavier",
}  # fmt: skip
# After a change, the word before the figure it starts from or ends at: "up 4 points on
# last year's 27 per cent", "rose 12.6% to €1,482m".
_CHANGE_LEADS = {"to", "from", "on", "than"}
# A change named by its size: "a cut of £900,000", "an increase of 40".
_FALL_NOUNS = {"cut", "fall", "drop", "reduction", "decrease", "loss"}
_CHANGE_NOUNS = _FALL_NOUNS | {"rise", "increase"}
# Words that make a percentage a change, never a share: "a fall of 42 percent".
_CHANGE_WORDS = {
    "fell", "fallen", "fall", "falls", "drop", "dropped", "drops", "declined", "decline",
    "decrease", "decreased", "rose", "risen", "rise", "rises", "grew", "grown", "growth",
    "increase", "increased", "jumped", "jump", "climbed", "slipped", "shrank", "loss",
    "reduction",
}  # fmt: skip


_MONTH_STEMS = {stem(name): month for name, month in CALENDAR_MONTHS.items()}
_SPAN_LINKS = frozenset({"to", "-", "–", "until", "till", "through"})


def _spanned(tokens: Sequence[Token], a: Mention, b: Mention) -> bool:
    """Whether two dates are the ends of one span: "April to July 2027", "May-June"."""
    first, last = (a, b) if a.start < b.start else (b, a)
    between = tokens[first.i1 : last.i0]
    return first is not last and len(between) == 1 and between[0].lower in _SPAN_LINKS


def _between(tokens: Sequence[Token], a: Mention, b: Mention) -> bool:
    """Whether two dates are told "between" one "and" the other."""
    return (
        a.i0 > 0
        and tokens[a.i0 - 1].lower == "between"
        and [t.lower for t in tokens[a.i1 : b.i0]] == ["and"]
    )


SUBJECT_OPENING = 3  # tokens before the name a sentence opens with ("Runner-up Hal Ibbotson")
SUBJECT_VERB_WORDS = 4  # "scored 134", "was sentenced to three years"


def _as_as(tokens: list, k: int) -> bool:
    """Whether "as ... as" opens at token ``k``: "twice as many as", "as much as"."""
    return k + 2 < len(tokens) and tokens[k].lower == tokens[k + 2].lower == "as"


def _ratio_fits(f: Mention, ratio: float) -> bool:
    """Whether a ratio worked out fits the one told, with its hedge: "more than twice"
    is above 2, "almost three times" a little under 3, "twice" about 2."""
    if f.hedge == "over":
        return f.value <= ratio <= f.value * (1 + 2 * RATIO_CLOSE) + 0.5
    if f.hedge == "under":
        return f.value * (1 - 2 * RATIO_CLOSE) <= ratio <= f.value
    return abs(ratio - f.value) <= RATIO_CLOSE * f.value


def _sum_closed(tokens: list, k: int) -> bool:
    """Whether the amount at token ``k`` closes a list as its sum: ", a total of £19,700",
    "- totalling £9,540" (not "last year's total of", "a total budget of")."""
    words = [t.lower for t in tokens[max(0, k - 4) : k]]
    return words[-4:] in ([p, "a", "total", "of"] for p in _LIST_CLOSERS) or words[-2:] in (
        [p, "totalling"] for p in _LIST_CLOSERS
    )


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

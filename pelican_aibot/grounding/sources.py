"""What the check knows about a text before comparing: its sentences, values, names
and quotes (``_Doc``), and everything precomputed about a story's sources
(``_Sources``): occurrences by family, resolved relative dates, restated units,
word weights, who holds which role. Shared by every fact of a story.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

from . import facts as F
from . import normalize as N
from .facts import Mention
from .tables import column_headers, head_to_head
from .text import (
    STOPWORDS,
    Sentence,
    Token,
    content_stems,
    line_bounds,
    mask_markdown,
    outside_brackets,
    split_sentences,
    stem,
    tokenize,
)
from .years import YEAR, told_year

PRONOUN_STEMS = 4  # an article sentence this short, opening with "She", is about the last one's
ISSUE_LINES = 3  # a source's date of issue is in its first lines (a heading, a dateline)
PERIOD_REACH = 4  # words after an ordinal where the part of a match it names may stand
DATELINE_START = 4  # tokens before a dateline's date: "ST. PETER PORT, July 17"

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_UNIT_STEMS = frozenset(stem(u) for u in N.MEASURE_UNITS)
# The words a bracket may hold in a row of figures: a date ("2027 (to 14 Mar)").
_BRACKET_DATE_STEMS = frozenset(stem(m) for m in (*N.MONTHS, "to", "from", "until"))
# Parts of a match or a race an ordinal can name ("the third period").
_MATCH_PARTS = {
    "period", "set", "quarter", "half", "innings", "leg", "heat", "frame", "game", "lap",
}  # fmt: skip
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}


_VOTE_STEMS = frozenset({"vot"})
_DIRECTION_STEMS = content_stems(tokenize(" ".join(F.DIRECTION_WORDS))) | {"ris", "fall"}
# Unit words of a written-out time: part of the value, not of what the sentence is about.
_TIME_UNIT_STEMS = content_stems(tokenize("hours minutes seconds hour minute second"))
_OUTCOME_WORDS = {"carried", "lost", "fell", "defeated", "agreed"}  # "Carried 4-1."
TOTAL_REACH = 6  # lines above a totals line that it sums
_TOTAL_LINE = re.compile(
    r"(?:grand )?(?:total|totals|overall)(?: [a-z]+)?(?::? |:)[£$€]?\d[\d,.]*\w*\.?", re.I
)
MOTION_REACH = 3  # sentences of a motion before the line recording its vote
MOTION_OPENING = 5  # words of a line recording a vote where its outcome stands
_MOTION_WORDS = {"motion", "amendment", "proposal", "recommendation", "resolution"}
_ANAPHORS = {"he", "she", "it", "they", "this", "these"}  # subjects: "Her husband" is another


def topic_stems(tokens: Sequence[Token]) -> frozenset[str]:
    """Content stems that say what tokens are about. Number words are values, not topic
    ("four minutes" and "4 minutes" align alike), nor time units ("2:06:31" has none)."""
    return content_stems([t for t in tokens if not N.is_number_word(t.lower)]) - _TIME_UNIT_STEMS


class _Doc:
    """A text split into sentences with its values, quotes and name mentions."""

    def __init__(self, text: str, source: bool = False) -> None:
        self.text = text
        self.masked, self.cites = mask_markdown(text, ranks=source)
        self.sentences: list[Sentence] = split_sentences(self.masked)
        self.starts = [s.start for s in self.sentences]
        self.quotes = F.find_quotes(self.masked)
        self.values: list[Mention] = []
        self.names: list[Mention] = []
        self.lone_names: list[Mention] = []
        self.more_roles: list[tuple[str, tuple[str, ...]]] = []  # a second role of a name
        # The sentences of lines "2032: 14" with the words of the heading over their list.
        self.year_list_headings: list[tuple[int, frozenset[str]]] = []
        # The role set off after a name that has one before it: "Returning officer Marcus
        # Dellow, the council's electoral services manager," (by the mention's id).
        self.apposed_roles: dict[int, str] = {}
        # Each table cell with its column header's words, read once.
        headers = (
            [
                (a, b, tokenize(h), tokenize(w), y, tokenize(r))
                for a, b, h, w, y, r in column_headers(text)
            ]
            if source
            else []
        )
        self.cells = headers
        for si, sent in enumerate(self.sentences):
            # An article's quotations are checked on their own; they would only blur alignment.
            own = [t for t in sent.tokens if source or not self.in_quote(t.start, t.end)]
            sent.stems = topic_stems(own)
            if headers and _row_of_figures(own, sent.stems):
                # A row of figures ("| Total | | 30 |" too): about its headers.
                a, b = sent.tokens[0].start, sent.tokens[-1].end
                # (a total, of what its table's caption counts: "estimated losses")
                sent.stems |= {
                    w
                    for x, _, h, about, *_ in headers
                    if a <= x < b
                    for w in topic_stems(h + about)
                }
            first = next((t for t in sent.tokens if t.kind == "word"), None)
            # "She was 91.": the sentence is about what the one before it names. In an
            # article only a short one: a long sentence has its own passage.
            short = source or len(sent.stems) <= PRONOUN_STEMS
            if si and first is not None and first.lower in _ANAPHORS and short:
                sent.stems |= self.sentences[si - 1].stems
            if source and _records_a_vote(sent.tokens):
                # Minutes: "Carried 4-1 (Cllr Hale against)." is the vote on the motion
                # told in the sentences before it, in its own paragraph; and it is a vote
                # ("The vote was seven to two" for "For 7, against 2").
                sent.stems |= self._stems_above(si, MOTION_REACH) | {_VOTE_STEM}
            summed: frozenset[str] = frozenset()
            if source and _totals_line(text[sent.tokens[0].start : sent.tokens[-1].end]):
                # "Total: £1,460" under "Entry fees: £162" and "Bucket collection:
                # £1,298": the sum of the lines above it, in its own paragraph.
                summed = self._stems_above(si, TOTAL_REACH)
                sent.stems |= summed
            found = F.find_values(sent.tokens, source)
            if not source:  # a figure inside a quotation is checked as part of the quote
                found = [m for m in found if not self.in_quote(m.start, m.end)]
            taken = {k for m in found for k in range(m.i0, m.i1)}
            dated = _relative_date_tokens(sent.tokens)  # "last year" is a date, not context
            sorts = {k: (m.family, m.unit) for m in found for k in range(m.i0, m.i1)}
            # "on Friday 3 July, following": a weekday and its date share their words.
            spans = {id(m): (m.i0, m.i1) for m in found}
            for wd in (m for m in found if m.family == "wd" and source):
                date_after = next((m for m in found if _dates(sent.tokens, wd, m)), None)
                if date_after is not None:
                    spans[id(wd)] = spans[id(date_after)] = (wd.i0, date_after.i1)
            for m in found:
                m.sentence = si
                m.context = F.local_context(sent.tokens, *spans[id(m)], taken | dated) | summed
                if source and (line := _line_of(text, sent.tokens, m)) is not None:
                    # "Riverside Murals Collective (three murals): £6,500" ending its line
                    # of a list read as one sentence: its words are its line's.
                    at, toks = line
                    mine = {k - at for k in taken | dated if at <= k < at + len(toks)}
                    m.context = F.local_context(toks, m.i0 - at, m.i1 - at, mine) | summed
                if source:
                    m.context |= _listed_words(text, sent.tokens, m)
                    if heading := _year_list_heading(text, m):
                        m.context |= heading
                        self.year_list_headings.append((si, heading))
                # "| Total | 2,318 | 112 |" under "| Performance | Sold | Available |".
                cell = next(
                    ((h, w, y, r) for a, b, h, w, y, r in headers if a <= m.start < b), None
                )
                if cell:
                    m.in_table = True
                    m.context |= content_stems(cell[0]) | content_stems(cell[1])
                    m.row_words = content_stems(cell[3])
                    if m.family == "num":
                        # Of its column's year, else of the year its row opens with:
                        # "2018/19   412,000   £210,000" under "Year   Journeys   Subsidy".
                        m.year = cell[2] if cell[2] is not None else _row_year(found, m)
                    if (
                        m.family == "num"
                        and m.unit is None
                        and [t.lower for t in cell[0]] == ["age"]
                        and 0 < m.value < MAX_AGE
                    ):
                        m.unit = "age"  # "3   Tom Edey   41   Unattached" under "Age"
                    money = _header_currency(cell[0])
                    if money and m.family == "num" and m.unit is None:
                        # "186,000" under "Estimate (£)" is £186,000; under "(£m)", millions.
                        m.unit, m.value = money[0], m.value * money[1]
                    elif m.family == "num" and m.unit is None and (scale := _header_scale(cell[0])):
                        m.value *= scale  # "1.41" in a row "Visitor nights (millions)"
                    clock = F.dotted_clock(text[m.start : m.end])
                    if (
                        clock is not None
                        and m.unit is None
                        and any(t.lower == "time" for t in cell[0])
                    ):
                        # "| 14.10 | The Meadowbank Mile |" under "Time": 2.10pm.
                        m.unit, m.value = "clock", clock
                elif source and m.family == "num":  # "from 7 in 2024 to 15 in 2026"
                    years = [y for y in found if y.family == "year"]
                    m.year = told_year(sent.tokens, m, years, None)
                if m.unit == "age" and m.i0 >= 2 and sent.tokens[m.i0 - 1].text == ",":
                    # "Karel Novy, 21,": an age in apposition is about the name before it.
                    m.context |= content_stems(sent.tokens[m.i0 - 2 : m.i0 - 1])
                m.clause = F.clause_stems(sent.tokens, m.i0, m.i1, sorts)
                m.lead = F.lead_word(sent.tokens, m.i0, date=m.family == "date")
                if cell and m.lead is None and m.family == "date" and cell[0]:
                    # "Monday 12 June" under "Closed from": the date opens a period.
                    m.lead = F.period_end_word(cell[0][-1].lower)
                if m.family == "score":  # "voted 9 to 2" / "nine votes to two": format words
                    m.context -= _VOTE_STEMS
                    m.clause -= _VOTE_STEMS
                m.noun = F.noun_after(sent.tokens, m.i1) if m.unit is None else None
                shared = None
                if m.family == "num" and m.unit is None and m.noun is None:
                    shared = F.noun_of_the_rival(sent.tokens, m.i0)
                if shared:  # "38 points to Mrs Tillbrook's 31": her 31 points
                    m.noun = shared
                    m.context |= {shared}
                if source and _line_rank(sent.tokens, m):
                    m.unit = "ord"  # "2. Sallow Vale Archers 3,851": second place
                m.hedge = F.hedge_before(sent.tokens, m.i0) if m.family == "num" else None
                self.values.append(m)
            _share_partitives(sent.tokens, found, merge=source)
            if not source:  # (a source's "against 9.1 million" must stay apart to be told)
                _share_compared(sent.tokens, found)
            else:
                _share_label(sent.tokens, found)
            skip = taken | {k for k, t in enumerate(sent.tokens) if self.in_quote(t.start, t.end)}
            for a, b, opens in F.find_names(sent, skip):
                start, end = sent.tokens[a].start, sent.tokens[b - 1].end
                key = F.name_keys(text[start:end])
                if key and opens and b - a == 1:
                    # "Grant, a three-time champion, said": kept aside, used for speakers only.
                    self.lone_names.append(Mention("name", "name", key, start, end, None, a, b, si))
                elif key:
                    unit = "opens" if opens else None
                    m = Mention("name", "name", key, start, end, unit, a, b, si)
                    m.lead = F.role_before(sent.tokens, a, b)
                    titled = sent.tokens[a].lower in F.HONORIFIC_WORDS  # "Cllr R. Quint"
                    if (len(key) > 1 or titled) and not _body_name(text[start:end]):  # people
                        after = F.role_after_name(sent.tokens, b)
                        apposed = told = F.role_set_before(sent.tokens, a) or after
                        if apposed in F.HONORIFIC_WORDS:  # "Cllr D. Amos, Cllr H. Baptiste"
                            apposed = None
                        elif apposed and len(key) == 1:
                            # "Present: Cllr R. Quint (chair), ...": the meeting's chair,
                            # not the only chair the story may name.
                            apposed = _of_meeting(apposed)
                        if m.lead is None:
                            m.lead = apposed
                        elif apposed:  # "Councillor Fiona Dalgety (chair)": both roles hers
                            self.more_roles.append((apposed, tuple(key)))
                        if not F.closed_apposition(sent.tokens, b):
                            after = None  # a list's next name, a verb's object
                        if after and after not in (m.lead, *F.HONORIFIC_WORDS) and len(key) > 1:
                            # "Her father, Mark Lusk, a joiner,": the role after it too
                            self.apposed_roles[id(m)] = after
                            if after != told:
                                self.more_roles.append((after, tuple(key)))
                        relative = F.role_in_relative_clause(sent.tokens, b)
                        if relative and relative not in (m.lead, apposed):
                            self.more_roles.append((relative, tuple(key)))
                        predicate = F.role_in_predicate(sent.tokens, b)
                        if predicate and m.lead is None:
                            m.lead = predicate  # "Mr Walsh is one of the school's teachers"
                        elif predicate and predicate != m.lead:
                            self.more_roles.append((predicate, tuple(key)))
                    m.context = _name_context(sent.tokens, m)
                    self.names.append(m)

        if source:
            self._roles_across_lines()
        self._roles_of_a_list(source)
        self.names_in: dict[int, list[Mention]] = defaultdict(list)
        for m in self.names + self.lone_names:  # "Ortiz won in 2:06:31": a lone surname
            if _person_like(self.text, self.sentences[m.sentence].tokens, m):
                self.names_in[m.sentence].append(m)

    def _roles_across_lines(self) -> None:
        """A person's role on the line next to their name, in a letter's address ("Mr Dev
        Ramsay / Chair, Hartwold Cycling Club") or a heading ("A message from the club
        chair / Dev Ramsay writes"): lines that end no sentence."""
        for m in self.names:
            if m.lead is not None or len(m.value) < 2 or _body_name(self.text[m.start : m.end]):
                continue
            toks = self.sentences[m.sentence].tokens
            titled = toks[0].lower in F.HONORIFIC_WORDS
            if m.i1 == len(toks) and m.i0 <= titled and m.sentence + 1 < len(self.sentences):
                below = self.sentences[m.sentence + 1].tokens
                if len(below) > 1 and below[1].text == "," and F._role_word(below[0].lower):
                    body = F.body_after_comma(below, 2)
                    m.lead = f"{below[0].lower} of {body}" if body else below[0].lower
            elif m.i0 <= titled and m.sentence > 0:
                above = self.sentences[m.sentence - 1].tokens
                last = above[-1] if above else None
                if (
                    last is not None
                    and last.kind == "word"
                    and last.text.islower()
                    and F._role_word(last.lower)
                    and "\n" in self.text[last.end : m.start]
                ):
                    m.lead = F.role_before(above + toks[m.i0 :], len(above), len(above) + 1)

    def _roles_of_a_list(self, source: bool) -> None:
        """A role in the plural told of a list of names is each one's: "Alan Pryce, Gail
        Ormerod and Hugh Landon (Non-Executive Directors)", "Assistant sticklers: Gareth
        Nye and Faye Lumsden", "two of our teachers, Mr Penrose and Miss Kaur", a
        story's "with Gareth Nye and Faye Lumsden as assistant sticklers" (a role set
        after each, as an apposition's)."""
        by_end = {(m.sentence, m.i1): m for m in self.names}
        by_start = {(m.sentence, m.i0): m for m in self.names}
        for si, sent in enumerate(self.sentences):
            toks = sent.tokens
            for k, t in enumerate(toks):
                listed: list[Mention] = []
                if t.text == "(" and (last := by_end.get((si, k))) is not None:
                    close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ")"), k)
                    role = _plural_role(toks[k + 1 : close])
                    listed = self._listed(si, last, by_end, back=True)
                elif t.text == ":" and (first := by_start.get((si, k + 1))) is not None:
                    role = _plural_role(toks[max(0, k - F.BRACKET_ROLE_WORDS) : k])
                    listed = self._listed(si, first, by_start, back=False)
                elif source and t.text == "," and (first := by_start.get((si, k + 1))) is not None:
                    # "two of our teachers, Mr Penrose and Miss Kaur, were in teams" (a
                    # source's: a story's "Two Independent group members, Pat Olderman
                    # and Rob Sealey" may retell a source's "members of the group")
                    role = _plural_role(toks[max(0, k - F.BRACKET_ROLE_WORDS) : k])
                    listed = self._listed(si, first, by_start, back=False)
                elif t.lower == "as" and (last := by_end.get((si, k))) is not None:
                    end = next(
                        (j for j in range(k + 1, len(toks)) if toks[j].kind != "word"), len(toks)
                    )
                    role = _plural_role(toks[k + 1 : min(end, k + 1 + F.BRACKET_ROLE_WORDS)])
                    listed = self._listed(si, last, by_end, back=True)
                else:
                    continue
                if role is None or len(listed) < 2:
                    continue
                for m in listed:
                    if source:
                        m.lead = m.lead or role
                    else:
                        self.apposed_roles.setdefault(id(m), role)

    def _listed(self, si: int, m: Mention, ends: dict, back: bool) -> list[Mention]:
        """``m`` and the names listed with it before it (``back``) or after it, across a
        comma or "and"."""
        toks = self.sentences[si].tokens
        out = [m]
        while True:
            k = out[-1].i0 - 1 if back else out[-1].i1
            if not (0 <= k < len(toks) and toks[k].text in (",", "and")):
                return out
            nxt = ends.get((si, k if back else k + 1))
            if nxt is None:
                return out
            out.append(nxt)

    def _stems_above(self, si: int, reach: int) -> frozenset[str]:
        """The words of up to ``reach`` sentences before sentence ``si`` in its paragraph."""
        out: set[str] = set()
        start = self.sentences[si].tokens[0].start
        for k in range(si - 1, max(-1, si - 1 - reach), -1):
            if "\n\n" in self.text[self.sentences[k].tokens[-1].end : start]:
                break
            out |= self.sentences[k].stems
        return frozenset(out)

    def in_quote(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.quotes)

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def _totals_line(line: str) -> bool:
    """ "Total: £1,460", "| Total | £2,328 |", "Grand total raised: 2,318": a line summing
    the lines above it, in no words of its own (not a table's totals row, which has its
    columns)."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 2:  # "| Total | £2,328 |": a label and its figure, set with bars
        line = f"{cells[0]}: {cells[1]}"
    return bool(_TOTAL_LINE.fullmatch(line.strip()))


def _records_a_vote(tokens: list[Token]) -> bool:
    """ "Carried 4-1.", "The amendment fell, 4 votes to 5.", "For 7, against 2.": a line
    of minutes giving the outcome of the motion before it, in no words of its own."""
    words = [t.lower for t in tokens[:MOTION_OPENING] if t.kind == "word"]
    if words[:2] == ["for", "against"]:
        return True
    if not words or not set(words) & _OUTCOME_WORDS:
        return False
    return words[0] in _OUTCOME_WORDS or bool(set(words) & _MOTION_WORDS)


def _name_context(tokens: list, m: Mention) -> frozenset[str]:
    """Words around a name: its role and what it did ("captain ... took four wickets").
    Other names are left out: they are checked on their own."""
    capitalised = {k for k, t in enumerate(tokens) if t.kind == "word" and t.text[:1].isupper()}
    # "the company's chief executive, Rhona Belling,": a role in apposition is its own.
    i0 = m.i0 - 1 if m.i0 > 1 and tokens[m.i0 - 1].text == "," else m.i0
    near = F.local_context(tokens, i0, m.i1, set())
    return near - content_stems([tokens[k] for k in capitalised]) - _NAME_CONTEXT_STOP


# Words that make a capitalised name an organisation's, beside facts.GENERIC_NAME_WORDS.
_BODY_WORDS = frozenset({
    "union", "police", "trains", "research", "data", "plate", "cup", "trophy", "festival",
    "regatta", "open", "championship", "league", "games", "airways", "airlines", "bank",
    "news", "press", "studios", "pictures", "systems", "energy", "partners", "holdings",
    "alliance", "federation", "network", "directorate", "commission", "trust", "fund",
    "rail", "railway", "railways", "unit", "buses", "ferries", "airport", "partnership",
    "inspectorate", "forum", "analytics", "networks", "grid", "scheme", "rescue", "friends",
})  # fmt: skip
_NAME_CONTEXT_STOP = frozenset({"to", "befor", "after", "old"})
_APPOSED = {"at", "in", "on", "with", "for"}
_AGED = {"aged", "a", "now"}  # "Brannock, aged 31", "Drysdale, a 22-year-old student"


# ", the local ", ", regional organiser for the Food and " (a body's name split at "and")
# (", while Castlegate's Ian Pollard" opens another clause, with a speaker of its own)
_APPOSITION_GAP = re.compile(  # ", 74, chair of the 630-member": an age may come first
    r",\s+(?:\d{1,3},\s+)?(?!(?:while|and|but|as|after|before|when|who|whose|which|where|whereas|though"
    r"|although|with|said|says|told|added)\b)(?:the\s+)?[a-z][^,.;:!?\"“”]{0,45}"
)
_RELATIONS = {
    "partner", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
    "friend", "neighbour", "neighbor", "colleague", "teammate", "boyfriend", "girlfriend",
    "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
}  # fmt: skip
_ROLE_FORMS = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "goalie": "goalkeeper", "goaltender": "goalkeeper", "netminder": "goalkeeper",
    "keeper": "goalkeeper",
}  # fmt: skip


def _of_meeting(role: str) -> str:
    """A role held at the meeting minutes record ("Present: Cllr R. Quint (chair)"), kept
    apart from the same role of a body the story may name."""
    return f"{role} of meeting"


def _role_key(role: str) -> str:
    """A role as the sources key it: "chairman" is "chair", "vice-chairman" "vice-chair"."""
    head, sep, body = role.partition(" of ")
    first, dash, last = head.rpartition("-")
    return first + dash + _ROLE_FORMS.get(last, last) + sep + body


def _neighbours(tokens: list, m: Mention, width: int = 3) -> frozenset[str]:
    """The words and figures right beside a mention, within its clause: who beat whom by
    what score ("Patel defeated Joan Whitlock 21-9")."""
    out: set[str] = set()
    for direction, start in ((-1, m.i0 - 1), (1, m.i1)):
        k = start
        while 0 <= k < len(tokens) and abs(k - start) < width:
            t = tokens[k]
            if t.kind == "punct":
                break
            if t.lower not in STOPWORDS:
                out.add(t.lower)
            k += direction
    return frozenset(out)


def _plural_role(tokens: list) -> str | None:
    """The role a few words in the plural name, in the singular: "Non-Executive
    Directors", "assistant sticklers" (the last word's)."""
    words = [t.lower for t in tokens if t.kind == "word"]
    if not words or len(words) > F.BRACKET_ROLE_WORDS or not words[-1].endswith("s"):
        return None
    role = words[-1][:-1]
    return role if F._role_word(role) and role not in F.STOPWORDS else None


def _part_of_number(tokens: list, i: int) -> bool:
    """ "six of the 52 sites" (not "four of them")."""
    if i >= len(tokens) or tokens[i].lower != "of":
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].lower in _PARTITIVE_DETERMINERS:
        k += 1
    return k < len(tokens) and (tokens[k].kind == "num" or N.is_number_word(tokens[k].lower))


_PARTITIVE_DETERMINERS = {"its", "the", "their", "his", "her", "our", "those"}


def _share_partitives(tokens: list, found: list[Mention], merge: bool) -> None:
    """ "nine of its 38 stores closing": the part counts what the whole counts, and
    what follows is said of the part, so the part gets the whole's words too (in a
    source, ``merge``, kept apart when it has words of its own: "reported that 212 of
    the 643 electors", which an article may tell without the whole)."""
    starts = {m.i0: m for m in found if m.family == "num"}
    for m in found:
        if m.family != "num" or m.unit is not None:
            continue
        k = m.i1
        if k >= len(tokens) or tokens[k].lower != "of":
            continue
        k += 1
        if k < len(tokens) and tokens[k].lower in _PARTITIVE_DETERMINERS:
            k += 1
        if k + 1 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower():
            k += k + 1 in starts  # "9 of the current 24 wards": one word before the whole
        whole = starts.get(k)
        if whole is None or whole.unit is not None:
            continue
        if not m.context:
            m.context = whole.context
        elif merge:
            m.whole_words = whole.context


def _share_compared(tokens: list, found: list[Mention]) -> None:
    """ "68 entrants, against 51 in 2032": an article's bare figure set against another
    counts what that one counts (when it has no words of its own)."""
    for m in found:
        if m.family != "num" or m.unit is not None or m.context or m.noun is not None:
            continue
        k = m.i0 - 1
        if k >= 1 and tokens[k].lower in ("with", "to") and tokens[k - 1].lower == "compared":
            k -= 1
        elif k < 0 or tokens[k].lower not in ("against", "versus", "vs"):
            continue
        if k >= 1 and tokens[k - 1].text == ",":
            k -= 1
        other = next(
            (
                n
                for n in reversed(found)
                if n.family == "num" and n.unit is None and k - COMPARED_FIGURE_REACH <= n.i1 <= k
            ),
            None,
        )
        if other is not None and other.context:
            m.context, m.clause, m.noun = other.context, m.clause | other.clause, other.noun


def _share_label(tokens: list, found: list[Mention]) -> None:
    """ "Warning letters sent: 1,040 (2031/32), 1,236 (2032/33)": each figure of a
    labelled line counts what the label says, not the first alone."""
    colon = next((k for k, t in enumerate(tokens[:LABEL_REACH]) if t.text == ":"), None)
    if colon is None or any(t.kind != "word" for t in tokens[:colon]):
        return
    figures = [m for m in found if m.family == "num" and m.i0 > colon]
    if len(figures) < 2 or not figures[0].context:
        return
    for before, m in itertools.pairwise(figures):
        depth, words = 0, False
        between = tokens[before.i1 : m.i0]
        for t in between:
            depth += (t.text == "(") - (t.text == ")")
            words |= t.kind == "word" and depth == 0
        if words or depth or not any(t.text == "(" for t in between):
            # "Served: 58 notices and 87 letters" has words of its own; "Routes to be
            # withdrawn: 14, 22, 31" is a list of names, each figure dated by no note;
            # "Operating profit: EUR 214m (EUR 241m)" puts last year's in brackets.
            return
        if not m.context:
            m.context = figures[0].context


LABEL_REACH = 8  # tokens of a line's label before its colon

COMPARED_FIGURE_REACH = 1  # the noun between "68" and ", against 51"


# Left out when a body's words are looked for together: "the Green Party" of "the Greens".
_LOOSE_BODY_WORDS = {"the", "of", "and", "party"}


_ITEM_BREAKS = {";", ",", ":"}


def _list_item(tokens: list, m: Mention) -> tuple[int, int] | None:
    """The token range of the list item that ``m`` ends: from the line's start or the last
    ";", "," or ":" outside brackets, to ``m`` plus at most a word ("pts") before the next
    break, a dash or the end. None when more follows ``m``."""
    depth, start = 0, 0
    for k in range(m.i0):
        t = tokens[k].text
        depth += (t == "(") - (t == ")")
        surname = (
            t == "," and k > 0 and tokens[k - 1].text.isupper() and len(tokens[k - 1].text) > 1
        )
        if depth == 0 and t in _ITEM_BREAKS and not surname:  # "MARCHETTI, Colin" is one name
            start = k + 1
    k = m.i1
    if k < len(tokens) and tokens[k].kind == "word":
        k += 1  # "Red Lion A 32 pts,"
    if k < len(tokens) and tokens[k].text not in _ITEM_BREAKS | {"-", "–", "—", "(", ")", "."}:
        return None
    return start, k


def _line_rank(tokens: list, m: Mention) -> bool:
    """Whether ``m`` is the place number opening a results line or list item: the 2 of
    "2. Sallow Vale" and of "1. Harlow Vale AC 164 pts; 2. Stainsby AC 151 pts"."""
    k = m.i1 + (m.i1 < len(tokens) and tokens[m.i1].text in ".)")  # the mask drops "."
    return (
        (m.i0 == 0 or tokens[m.i0 - 1].text in (";", ":"))
        and m.family == "num"
        and m.unit is None
        and m.value == int(m.value)
        and 0 < m.value <= 100
        and k < len(tokens)
        and tokens[k].kind == "word"
        and tokens[k].text[:1].isupper()
    )


def _body_name(text: str) -> bool:
    """ "Fenn & Lowe", "Carrow Community Council": a firm or body, not a person."""
    words = {_word_key(w) for w in text.split()}  # "the Coast Agency's manager" too
    return bool(words & (F.GENERIC_NAME_WORDS | _BODY_WORDS)) or "&" in text


def _relative_date_tokens(tokens: list) -> set[int]:
    """Token indexes of "last year", "next year", "a year earlier" and the like."""
    out: set[int] = set()
    words = [_word_key(t.text) for t in tokens]  # "next year's" too
    for k in range(len(words) - 1):
        phrase = " ".join(words[k : k + 3]) + " "
        hit = _RELATIVE_YEAR.match(phrase) or _RELATIVE_PERIOD.match(phrase)
        if hit:
            out.update(range(k, k + len(hit.group().split())))
    return out


_VOTE_STEM = stem("vote")
_TOTAL_STEMS = {stem("total")}
_PLACE_LEADS = {"in", "at", "from", "the", "of", "to", "near", "on", "into", "across"}
_OF_PEOPLE = {"ahead", "front", "instead"}  # "ahead of": a rival, no place


def _person_like(text: str, tokens: list, m: Mention) -> bool:
    """A name that may be a person's: not "the Varna marathon", "in Eastbrook", "Harbor Road"."""
    words = {w.lower().rstrip(".") for w in text[m.start : m.end].split()}
    if words & F.GENERIC_NAME_WORDS:
        return False
    return not _after_place_word(tokens, m)


MAX_AGE = 120  # a column headed "Age" holds people's ages
_HEADER_SCALES = {
    "k": 1e3, "000": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
}  # fmt: skip


def _row_year(found: Sequence[Mention], m: Mention) -> int | None:
    """The year a table's row opens with, for figure ``m`` of that row."""
    first = next((y for y in found if y.family == "year" and y.i0 == 0), None)
    return int(first.value) if first is not None and first.i1 <= m.i0 else None


def _header_currency(header: Sequence[Token]) -> tuple[str, float] | None:
    """The currency a column's header gives its figures, and their scale: "Estimate
    (£)", "Cost (£m)", "£000"."""
    for k, t in enumerate(header):
        if t.kind == "sym" and t.text in N.CURRENCY_SYMBOLS:
            after = header[k + 1].lower if k + 1 < len(header) else ""
            return N.CURRENCY_SYMBOLS[t.text], _HEADER_SCALES.get(after, 1.0)
    return None


def _header_scale(header: Sequence[Token]) -> float | None:
    """The scale a column's header, or its row's note, gives plain figures: "(millions)"."""
    return next((_PLURAL_SCALES[t.lower] for t in header if t.lower in _PLURAL_SCALES), None)


_PLURAL_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _row_of_figures(tokens: list[Token], stems: frozenset[str]) -> bool:
    """Whether a table's sentence (its ``stems``) holds figures only, with at most the
    words of a total or a unit ("| Total | | 30 |"), and a bracket no more than a date
    ("2027 (to 14 Mar)   9   2,318"): a row about its column headers."""
    if not any(t.text == "(" for t in tokens):
        return stems <= _UNIT_STEMS | _TOTAL_STEMS
    bare = outside_brackets(tokens)
    kept = {id(t) for t in bare}
    bracketed = topic_stems([t for t in tokens if id(t) not in kept])
    return bracketed <= _BRACKET_DATE_STEMS and topic_stems(bare) <= _UNIT_STEMS | _TOTAL_STEMS


def _after_place_word(tokens: list, m: Mention) -> bool:
    """ "in Eastbrook", "the Varna marathon" (not "the Rev Simon Achterberg", "the Rt Revd
    Andrew Callard": a title)."""
    first = tokens[m.i0].lower
    if first in F.HONORIFIC_WORDS or first in F.CLERGY_TITLES or first == "councillor":
        return False  # "from Councillor Owen Tully": a person
    if m.i0 > 1 and tokens[m.i0 - 1].lower == "of" and tokens[m.i0 - 2].lower in _OF_PEOPLE:
        return False  # "ahead of Nia Holloway", "instead of Ann Pryor"
    after = [t.text for t in tokens[m.i1 : m.i1 + 2]]
    if (
        len(after) == 2
        and after[0] == ","
        and (after[1] == "who" or after[1].isdigit())
        and not _body_name(" ".join(t.text for t in tokens[m.i0 : m.i1]))
    ):
        return False  # "the loudest cheer to Derek Holloway, 71, who won": a person
    return bool(m.i0) and tokens[m.i0 - 1].lower in _PLACE_LEADS


@functools.lru_cache(maxsize=64)
def _source_doc(text: str) -> _Doc:
    """A source's analysis, built once per text: stories and re-checks share their sources.

    Never mutated after construction, so sharing it between checks is safe.
    """
    return _Doc(text, source=True)


class _Sources:
    """Everything precomputed about the sources, shared by all facts of a story."""

    def __init__(
        self, texts: Sequence[str], story_date: date | None, extra_years: Iterable[int]
    ) -> None:
        self.docs = [_source_doc(t) for t in texts]
        self.story_date = story_date
        self.allowed_years = set(extra_years) | ({story_date.year} if story_date else set())
        # Occurrences per family: (source index, mention).
        self.by_family: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
        for n, doc in enumerate(self.docs):
            # The years a date without one may be in: those of the source's full dates
            # (a year of its history, "founded in 1987", dates no "14 May").
            doc_years = {m.value[2] for m in doc.values if m.family == "date" and m.value[2]}
            for m in doc.values:
                self.by_family[m.family].append((n, m))
                if m.family == "score":
                    # "one of the two no votes" after a 5-2 vote: each side is a count too.
                    for side in dict.fromkeys(m.value):
                        part = Mention("derived", "num", float(side), m.start, m.end, None)
                        part.i0, part.i1, part.sentence = m.i0, m.i1, m.sentence
                        votes = doc.sentences[m.sentence].stems & _VOTE_STEMS
                        part.context, part.clause = m.context | votes, m.clause | votes
                        self.by_family["num"].append((n, part))
                if m.family == "date":
                    if m.value[2]:
                        self.by_family["year"].append((n, m.derive("date", "year", m.value[2])))
                    if (day := self._day_of(m.value, doc_years)) is not None:
                        self.by_family["wd"].append((n, m.derive("derived", "wd", day.weekday())))
                        self.by_family["week"].append((n, m.derive("derived", "week", _week(day))))
        self._weights: dict[frozenset[str], float] = {}
        self.doc_years = [{m.value for m in doc.values if m.family == "year"} for doc in self.docs]
        self._relative_years()
        self._relative_days()
        for n, doc in enumerate(self.docs):
            self._dates_later(n, doc)
        self._equivalents()
        # The readings of one place: "Monday" is a weekday and, resolved, a date. A fact
        # explaining one explains them all. (Not the weekday worked out from a written
        # date: "Monday" explains no "Monday 19 January".)
        places: dict[tuple[int, int, int], list[int]] = defaultdict(list)
        for family in self.by_family.values():
            for n, m in family:
                if m.kind != "derived":
                    places[n, m.start, m.end].append(id(m))
        self.same_place = {i: ids for ids in places.values() if len(ids) > 1 for i in ids}
        df: dict[str, int] = defaultdict(int)
        count = 0
        self.sentences_with: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for n, doc in enumerate(self.docs):
            for si, s in enumerate(doc.sentences):
                count += 1
                for w in s.stems:
                    df[w] += 1
                    self.sentences_with[w].add((n, si))
            for si, heading in doc.year_list_headings:
                # "2032: 14" under "DEDUCTIONS RECORDED": found by its heading's words too
                for w in heading:
                    self.sentences_with[w].add((n, si))
        self.idf_default = math.log(count + 1) + 1.0
        self.idf = {w: math.log((count + 1) / (c + 0.5)) + 1.0 for w, c in df.items()}
        self.joined = [
            " "
            + " ".join(t.text.lower() for s in d.sentences for t in s.tokens if t.kind != "punct")
            + " "
            for d in self.docs
        ]
        self.words = [
            [_word_key(t.text) for s in d.sentences for t in s.tokens if t.kind == "word"]
            for d in self.docs
        ]
        self.word_pos: list[dict[str, list[int]]] = []
        for words in self.words:
            pos: dict[str, list[int]] = defaultdict(list)
            for i, w in enumerate(words):
                pos[w].append(i)
            self.word_pos.append(pos)
        self.word_prefix: list[dict[str, list[str]]] = []
        for pos in self.word_pos:
            prefix: dict[str, list[str]] = defaultdict(list)
            for w in pos:
                prefix[w[:4]].append(w)
            self.word_prefix.append(prefix)
        self.quote_text = [_QuoteIndex(d.text) for d in self.docs]
        self.all_words = {w for words in self.words for w in words}
        # Words the sources write in lower case: ordinary words, not names.
        self.lower_words = _lower_words(self.docs)
        # Acronyms both ways: "WHO" for "World Health Organization", and the reverse.
        self.initials: set[str] = set()
        self.acronyms: set[str] = set()
        # Names of more than one word, as the sources give them ("Niamh Carrow").
        self.full_names = {
            tuple(m.value) for doc in self.docs for m in doc.names if len(m.value) > 1
        }
        for doc in self.docs:
            for m in doc.names:
                self.initials.add(_initials(doc.text[m.start : m.end]))
            self.acronyms |= {w.lower() for w in _ACRONYM.findall(doc.text)}
        # Who holds which role ("captain" -> {"ross"}), to catch a name moved to another role.
        self.roles: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for doc in self.docs:
            for m in doc.names:
                if m.lead:
                    self.roles[_role_key(m.lead)].add(tuple(m.value))
                elif F._role_word(m.value[0]) and tuple(m.value[1:]) in self.full_names:
                    # "Harpist Sorcha Dunleavy has spent...": a role opening the sentence.
                    self.roles[_role_key(m.value[0])].add(tuple(m.value[1:]))
            for role, value in doc.more_roles:
                self.roles[_role_key(role)].add(value)
            for a, b, header, *_ in doc.cells:
                # "| Marsh Harriers | Keith Dunmore |" under "| Team | Captain |"
                words = [t.lower for t in header if t.kind == "word"]
                if len(words) == 1 and words[0] in F.TITLES:  # (not "Whistler", "Rider")
                    for m in doc.names:
                        if a <= m.start and m.end <= b:
                            self.roles[_role_key(words[0])].add(tuple(m.value))

    def _relative_years(self) -> None:
        """'248 the year before' next to '212 in 2024' also says 2023."""
        for n, doc in enumerate(self.docs):
            for si, sent in enumerate(doc.sentences):
                words = [_word_key(t.text) for t in sent.tokens]  # "next year's" too
                years = [m.value for m in doc.values if m.sentence == si and m.family == "year"]
                for k in range(len(words) - 1):
                    phrase = " ".join(words[k : k + 3])
                    if not _RELATIVE_YEAR.match(phrase + " "):
                        continue
                    width = len(_RELATIVE_YEAR.match(phrase + " ").group().split())
                    said = words[k : k + width]
                    offset = next((_YEAR_OFFSET[w] for w in said if w in _YEAR_OFFSET), -1)
                    deictic = words[k] in ("last", "next", "this") or "ago" in said
                    if deictic and self.story_date:
                        # "last year" is the year before the story's, whatever other year
                        # its sentence names ("to 1,940 last year from 1,610 in 2024").
                        base = self.story_date.year
                    elif years and not deictic:
                        base = max(years)  # "the year before" is the one before 2024
                    else:
                        continue
                    toks = sent.tokens
                    # "this year's show" names the show, not a date of it: such a year
                    # supports its passage but is no rival of a year written out there.
                    attributive = toks[k + width - 1].lower.endswith(("'s", "’s"))
                    kind = "derived" if attributive else "date"
                    m = Mention(kind, "year", base + offset, toks[k].start, toks[k + width - 1].end)
                    m.i0, m.i1, m.sentence = k, k + width, si
                    taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
                    m.context = F.local_context(toks, k, k + width, taken)
                    self.by_family["year"].append((n, m))
                    self.doc_years[n].add(base + offset)  # "next year's catch ... from January 1"

    def _relative_days(self) -> None:
        """'yesterday', 'last Tuesday', 'on Tuesday', 'this month' resolved against the story
        date, as dates at the place of the words (so they support only their own passage)."""
        if self.story_date is None:
            return
        for n, doc in enumerate(self.docs):
            today = _issued(doc, self.story_date)
            for si, sent in enumerate(doc.sentences):
                toks = sent.tokens
                words = [t.lower for t in toks]
                taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
                for k, w in enumerate(words):
                    day: date | None = None
                    month: date | None = None
                    width = 1
                    if w in _DAY_OFFSETS and words[k + 1 : k + 2] == ["("]:
                        continue  # "yesterday (Thursday 14 October 2027)": the date told
                    if w in _DAY_OFFSETS:
                        day = today + timedelta(days=_DAY_OFFSETS[w])
                    elif w in ("next", "last") and words[k + 1 : k + 2] == ["week"]:
                        # "in the week beginning November 17" for "next week": its Monday.
                        day, width = _monday(today) + timedelta(days=7 * _PERIOD_STEP[w]), 2
                    elif w in _PERIOD_STEP and k + 1 < len(words) and words[k + 1] == "month":
                        month, width = _month_told(today, w), 2
                    if day is None and month is None:
                        continue
                    if day is not None:
                        value: tuple = (day.month, day.day, day.year)
                        self._add_date(n, doc, si, k, k + width, "wd", day.weekday(), taken)
                    else:
                        value = (month.month, None, month.year)
                    self._add_date(n, doc, si, k, k + width, "date", value, taken)
            for m in doc.values:
                toks = doc.sentences[m.sentence].tokens
                before = toks[m.i0 - 1].lower if m.i0 else ""
                taken = {
                    i for v in doc.values if v.sentence == m.sentence for i in range(v.i0, v.i1)
                }
                if m.family == "date" and m.value[1] is None and m.value[2] is None:
                    # "next March", "last March": the month's year follows from the story's.
                    month = m.value[0]
                    if before in ("next", "last", "this"):
                        year = (
                            today.year
                            + {
                                "next": month <= today.month,
                                "last": -(month >= today.month),
                                "this": 0,
                            }[before]
                        )
                        self._add_date(
                            n, doc, m.sentence, m.i0 - 1, m.i1, "date", (month, None, year), taken
                        )
                if m.family != "wd" or _dated_weekday(toks, m.i1):
                    continue  # "Thursday, July 9": the date is written out beside it
                if toks[m.i0].lower.endswith("days"):
                    continue  # "takes groups on Saturdays": a habit, no one day
                said = any(t.lower in _PAST_VERBS for t in toks[max(0, m.i0 - 3) : m.i0])
                days = _weekday_dates(today, m.value, before, _tense_words(toks), said)
                after = " ".join(t.lower for t in toks[m.i1 : m.i1 + 3])
                if after.startswith(("last year", "next year")):
                    continue  # "on the equivalent Saturday last year": no day of this year
                if after.startswith(("of next week", "next week")):  # "Friday of next week"
                    days = [_monday(today) + timedelta(days=7 + m.value)]
                for day in days:
                    value = (day.month, day.day, day.year)
                    self._add_date(n, doc, m.sentence, m.i0, m.i1, "date", value, taken)

    def _dates_later(self, n: int, doc: _Doc) -> None:
        """ "opens in Japan on Dec. 4 and in South Korea a week later": December 11."""
        for si, sent in enumerate(doc.sentences):
            toks = sent.tokens
            words = [t.lower for t in toks]
            dated = [m for m in doc.values if m.sentence == si and m.family == "date"]
            for k in range(1, len(words) - 1):
                if words[k + 1] not in _LATER or words[k].rstrip("s") not in ("day", "week"):
                    continue
                count = 1 if words[k - 1] == "a" else N.SMALL_NUMBERS.get(words[k - 1])
                count = count or N.parse_digits(words[k - 1])
                base = [m for m in dated if m.i1 <= k - 1 and m.value[1] is not None]
                if not count or not base:
                    continue
                month, day, year = base[-1].value
                year = year or (self.story_date.year if self.story_date else None)
                if year is None:
                    continue
                try:
                    then = date(year, month, day)
                except ValueError:
                    continue
                step = count * (7 if words[k].startswith("week") else 1) * _LATER[words[k + 1]]
                then += timedelta(days=step)
                taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
                value = (then.month, then.day, then.year if base[-1].value[2] else None)
                self._add_date(n, doc, si, k - 1, k + 2, "date", value, taken)

    def _add_date(
        self, n: int, doc: _Doc, si: int, i0: int, i1: int, family: str, value: object, taken
    ) -> None:
        toks = doc.sentences[si].tokens
        # Kind "date", not "derived": a resolved day is a fact of its own passage and
        # competes with a date moved there from another event.
        d = Mention("date", family, value, toks[i0].start, toks[i1 - 1].end)
        d.i0, d.i1, d.sentence = i0, i1, si
        d.context = F.local_context(toks, i0, i1, set(taken))
        self.by_family[family].append((n, d))
        if family == "date":
            self.by_family["year"].append(
                (n, Mention("date", "year", value[2], d.start, d.end, None, i0, i1, si))
            )
            if value[1] is not None and value[2] is not None:
                day = date(value[2], value[0], value[1])
                self.by_family["week"].append((n, d.derive("derived", "week", _week(day))))

    def _equivalents(self) -> None:
        """Values a writer restates in other units, kept at the place of the original.

        "the past year" is 12 months, "every 20 minutes" is three an hour, 46 metres over
        two years is 24 months: each stays tied to its passage, so it supports only a fact
        of that passage, and (kind "derived") never competes as a moved value.
        """
        for n, doc in enumerate(self.docs):
            self._head_to_head(n, doc)
            for si, sent in enumerate(doc.sentences):
                toks = sent.tokens
                self._result_lines(n, doc, si)
                for k, tok in enumerate(toks):
                    span = _PERIOD_PHRASE.get(tok.lower)
                    lead = toks[k - 1].lower if k else ""
                    if tok.lower == "quarter" and (
                        lead not in _QUARTER_LEADS
                        or (k + 1 < len(toks) and toks[k + 1].lower == "of")
                    ):
                        continue  # "a quarter of the budget" is no three months
                    if span and k and lead in _ALL_PERIOD_LEADS:
                        for value, unit in span:
                            self._add_derived(n, doc, si, k - 1, k + 1, value, unit)
                    if (spanned := _months_spanned(toks, k)) is not None:
                        # "2031/32 (April to December)": nine months
                        self._add_derived(n, doc, si, k, spanned[1], spanned[0], "month")
            for m in doc.values:
                if m.family != "num" or m.kind == "derived":
                    continue
                for value, unit in _converted(m):
                    self._add_derived(n, doc, m.sentence, m.i0, m.i1, value, unit, m)
                toks = doc.sentences[m.sentence].tokens
                if (
                    m.unit == "ord"
                    and 1 <= m.value <= 90
                    and _MINUTE_STEMS & {t.lower for t in toks}
                ):
                    # "in the 52nd minute": the second half; "in the 88th": two minutes from time.
                    half = 1.0 if m.value <= 45 else 2.0
                    self._add_derived(n, doc, m.sentence, m.i0, m.i1, half, "half", m)
                    if m.value >= 75:
                        left = (90 - m.value) * 60
                        self._add_derived(n, doc, m.sentence, m.i0, m.i1, left, "dur", m)
                after = _word_after(toks, m)
                if m.unit is None and after == "times" and 1 < m.value <= 10:
                    # "three times the size" read the other way: "a third of the size".
                    self._add_derived(n, doc, m.sentence, m.i0, m.i1, 100 / m.value, "pct", m)
                if m.unit == "dur" and m.i0 and toks[m.i0 - 1].lower == "every" and m.value:
                    # "every 20 minutes": three an hour (72 a day); "every 2 hours": 12 a day.
                    for period in (3600, 86400):
                        rate = period / m.value
                        if rate >= 1 and rate == int(rate):
                            self._add_derived(n, doc, m.sentence, m.i0, m.i1, rate, None, m)

    def _head_to_head(self, n: int, doc: _Doc) -> None:
        """A table of two sides' figures, a column each set, innings or round, gives a
        score a column: "Set 1" 21 over 15 is 21-15."""
        if not doc.cells:
            return
        figures = {(m.start, m.end): m for m in doc.values if m.family == "num"}
        for cell_a, cell_b in head_to_head(doc.text):
            a, b = figures.get(cell_a), figures.get(cell_b)
            if a is None or b is None or a.unit or b.unit:
                continue
            if not (
                a.value == int(a.value) and b.value == int(b.value) and max(a.value, b.value) <= 200
            ):
                continue
            d = Mention("derived", "score", (int(a.value), int(b.value)), a.start, b.end)
            d.i0, d.i1, d.sentence = a.i0, a.i1, a.sentence
            d.context = d.clause = a.context | b.context
            self.by_family["score"].append((n, d))

    def _result_lines(self, n: int, doc: _Doc, si: int) -> None:
        """Each line of a sentence may be a results line: a list of them with no full
        stops is read as one sentence."""
        toks = doc.sentences[si].tokens
        start = 0
        for k in range(1, len(toks) + 1):
            if k == len(toks) or "\n" in doc.text[toks[k - 1].end : toks[k].start]:
                self._result_line(n, doc, si, toks[start:k])
                start = k

    def _result_line(self, n: int, doc: _Doc, si: int, line: list) -> None:
        """ "Plough Inn 3 Bell Hotel 6": a results line is a score, 3-6, for "won 6-3";
        so is one with a label before it and a note in brackets after it ("Pitch 3:
        Brackley Zephyrs 12 Canal Street Comets 15 (half-time 7-8)"), or a comma between
        the sides ("Holmsey Barracudas 2, Brackenmoor Orcas 1")."""
        whole = outside_brackets(line)
        colon = next((k for k, t in enumerate(whole[:RESULT_LABEL]) if t.text == ":"), None)
        toks = whole[colon + 1 :] if colon is not None else whole
        if not toks:
            return
        nums = [k for k, t in enumerate(toks) if t.kind == "num"]
        if len(nums) != 2 or nums[1] != len(toks) - 1 or nums[0] in (0, nums[1] - 1):
            return
        comma = toks[nums[0] + 1].text == ","
        if any(
            t.kind not in ("word", "num") and t.text not in "&'’-." and k != nums[0] + 1
            for k, t in enumerate(toks)
        ) or (toks[nums[0] + 1].kind == "punct" and not comma):
            return
        # "B. Rowsell 49 bt I. Thornbury 44": the winner's side, then the loser's.
        second = nums[0] + 1 + (comma or toks[nums[0] + 1].lower in _RESULT_LINKS)
        if not (toks[0].text[:1].isupper() and toks[second].text[:1].isupper()):
            return
        a, b = (toks[k].text for k in nums)
        if not (a.isdigit() and b.isdigit() and int(a) <= 200 and int(b) <= 200):
            return
        d = Mention("derived", "score", (int(a), int(b)), toks[0].start, toks[-1].end)
        d.i0, d.i1, d.sentence = 0, len(doc.sentences[si].tokens), si
        # The sides' names and the line's label: "win over Old Mill", "at half-time".
        d.context = d.clause = content_stems(whole)
        self.by_family["score"].append((n, d))

    def _add_derived(
        self,
        n: int,
        doc: _Doc,
        si: int,
        i0: int,
        i1: int,
        value: float,
        unit: str | None,
        like: Mention | None = None,
    ) -> None:
        toks = doc.sentences[si].tokens
        d = Mention("derived", "num", float(value), toks[i0].start, toks[i1 - 1].end, unit)
        d.i0, d.i1, d.sentence, d.raw = i0, i1, si, float(value)
        d.fraction = unit == "pct"  # a share read from a ratio is as rough as one in words
        if like is not None:
            d.context, d.clause, d.lead = like.context, like.clause, like.lead
        else:
            taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
            d.context = F.local_context(toks, i0, i1, taken)
            d.clause = F.clause_stems(toks, i0, i1, {})
        self.by_family["num"].append((n, d))

    def _day_of(self, value: tuple, doc_years: set[int]) -> date | None:
        """The calendar day of a date, its year taken from the source's when not written."""
        month, day, year = value
        if day is None:
            return None
        years = [year] if year else sorted(doc_years | self.allowed_years)
        if len(years) > 1 and self.story_date is not None:
            # "Public meetings: 14 October" in a source of dates in 2026 and 2027: the
            # year that puts it within half a year of the story.
            years = [y for y in years if _within_half_a_year(y, month, day, self.story_date)]
        if len(years) != 1:
            return None
        try:
            return date(years[0], month, day)
        except ValueError:
            return None

    def weight(self, stems: frozenset[str]) -> float:
        cached = self._weights.get(stems)
        if cached is None:
            cached = sum(self.idf.get(w, self.idf_default) for w in stems)
            if len(self._weights) < 100_000:
                self._weights[stems] = cached
        return cached


_RELATIVE_YEAR = re.compile(
    r"(the year before|the previous year|a year earlier|a year before|the prior year|last year"
    r"|next year|this year|the following year|a year later|a year ago) "
)
# Other periods named from today: dates too, not context ("last month" is no "lasted").
_RELATIVE_PERIOD = re.compile(r"(last|this|next) (month|week|season|weekend|night) ")
_YEAR_OFFSET = {"next": 1, "this": 0, "following": 1, "later": 1}

_PERIOD_STEP = {"this": 0, "last": -1, "next": 1}  # "last month", "next week"
_LATER = {"later": 1, "after": 1, "afterwards": 1, "earlier": -1, "before": -1}
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}


def told_days(doc: _Doc, today: date | None) -> list[Mention]:
    """An article's "yesterday" and "tomorrow" as the weekdays they are from the story's
    date, checked as "on Tuesday" is ("the foundation announced yesterday", where its
    statement is of last week)."""
    if today is None:
        return []
    found = []
    for si, sent in enumerate(doc.sentences):
        for k, t in enumerate(sent.tokens):
            if t.lower not in ("yesterday", "tomorrow") or doc.in_quote(t.start, t.end):
                continue
            if k and sent.tokens[k - 1].lower in ("week", "fortnight"):
                continue  # "a fortnight tomorrow": 15 days on, no weekday of its own
            if k and t.text[:1].isupper():
                continue  # "the theme A Town of Tomorrow": a title's word
            day = today + timedelta(days=_DAY_OFFSETS[t.lower])
            m = Mention("date", "wd", day.weekday(), t.start, t.end, i0=k, i1=k + 1)
            m.sentence = si
            taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
            m.context = F.local_context(sent.tokens, k, k + 1, taken)
            found.append(m)
    return found


def _month_told(today: date, word: str) -> date:
    """The first day of "last", "this" or "next" month from ``today``."""
    y, m = divmod(today.year * 12 + today.month - 1 + _PERIOD_STEP[word], 12)
    return date(y, m + 1, 1)


def _monday(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _week(day: date) -> int:
    """A week, as its Monday's ordinal: the value "last week" and "on 3 March" share."""
    return _monday(day).toordinal()


# "a week tomorrow" is eight days on, "a fortnight yesterday" fifteen days back.
_SPAN_DAYS = {"week": 7, "fortnight": 14}


def told_periods(doc: _Doc, today: date | None) -> list[Mention]:
    """An article's "last week", "next month", "a week ago" and "a fortnight tomorrow" as
    the week, month or day they are from the story's date, checked as any date is against
    the days the sources give ("the trust said last week", where its statement is of a
    fortnight before)."""
    if today is None:
        return []
    found = []
    for si, sent in enumerate(doc.sentences):
        toks = sent.tokens
        words = [t.lower for t in toks]
        for k in range(len(words) - 1):
            told = _period_told(words, k, today)
            if told is None or doc.in_quote(toks[k].start, toks[k].end):
                continue
            family, value, width = told
            m = Mention("date", family, value, toks[k].start, toks[k + width - 1].end)
            m.i0, m.i1, m.sentence = k, k + width, si
            taken = {i for v in doc.values if v.sentence == si for i in range(v.i0, v.i1)}
            m.context = F.local_context(toks, k, k + width, taken)
            found.append(m)
    return found


def _period_told(words: list[str], k: int, today: date) -> tuple[str, object, int] | None:
    """The family, value and width in words of a period named from ``today`` at word ``k``."""
    w, after = words[k], words[k + 1]
    before = words[k - 1] if k else ""
    later = words[k + 2] if k + 2 < len(words) else ""
    if before in ("the", "of") or later in ("of", "'s", "’s"):
        return None  # "the last week of August", "over the next month", "this week's show"
    if w in _PERIOD_STEP and after == "week":
        return "week", _week(today) + 7 * _PERIOD_STEP[w], 2
    if w in _PERIOD_STEP and after == "month":
        month = _month_told(today, w)
        return "date", (month.month, None, month.year), 2
    if w == "a" and after in _SPAN_DAYS and later in ("yesterday", "tomorrow", "ago"):
        span = _SPAN_DAYS[after]
        if later == "ago" and words[k + 3 : k + 4] == ["today"]:
            day, width = today - timedelta(days=span), 4  # "a week ago today"
        elif later == "ago":
            return "week", _week(today - timedelta(days=span)), 3
        else:
            day, width = today + timedelta(days=_DAY_OFFSETS[later] * (span + 1)), 3
        return "date", (day.month, day.day, day.year), width
    return None


_MINUTE_STEMS = {"minute", "minutes", "min"}
_RESULT_LINKS = {"bt", "beat", "v", "vs"}
RESULT_LABEL = 8  # tokens of a results line's label: "Pitch 3:", "Game 1, Saturday 27 March:"


def _months_spanned(tokens: list, k: int) -> tuple[int, int] | None:
    """ "April to December", a table's "Feb-Apr 2032" or "Nov 2032-Jan 2033", "1 April to
    31 December 2032": the months a span of whole months takes in, both ends counted,
    and where its words end."""
    j = k + 1
    if j < len(tokens) and YEAR.match(tokens[j].text):
        j += 1  # "Nov 2032-Jan"
    if j + 1 >= len(tokens) or tokens[j].lower not in ("to", "-", "–"):
        return None
    if tokens[j + 1].text.isdigit():
        # Whole months only: from the first of one to the end of another.
        if not (k and tokens[k - 1].text == "1" and int(tokens[j + 1].text) >= 28):
            return None
        j += 1
    if j + 1 >= len(tokens):
        return None
    a, b = (tokens[k], tokens[j + 1])
    if not (_month_word(a) and _month_word(b)):
        return None
    return (N.MONTHS[b.lower] - N.MONTHS[a.lower]) % 12 + 1, j + 2


def _month_word(tok: Token) -> bool:
    """A month's name, or its capitalised short form ("Feb", not "mar" the verb)."""
    return tok.lower in N.FULL_MONTHS or (tok.lower in N.MONTHS and tok.text[:1].isupper())


def _line_ended(text: str, tokens: list, m: Mention, before: str) -> tuple[int, list] | None:
    """The tokens of the line figure ``m`` ends, after the mark ``before`` (":" or ","),
    with the index of its first in the sentence."""
    if m.i0 == 0 or tokens[m.i0 - 1].text != before:
        return None
    start, end = line_bounds(text, m.start)
    if text[m.end : end].strip():
        return None
    at = next(k for k, t in enumerate(tokens) if t.start >= start)
    return at, [t for t in tokens[at:] if t.start < end]


def _line_of(text: str, tokens: list, m: Mention) -> tuple[int, list] | None:
    """The tokens of the labelled line a figure ends ("Riverside Murals Collective:
    £6,500"), with the index of its first, when the sentence runs on over other lines
    (a list with no full stops; not prose wrapped over lines)."""
    found = _line_ended(text, tokens, m, ":")
    return found if found is not None and len(found[1]) < len(tokens) else None


def _listed_words(text: str, tokens: list, m: Mention) -> frozenset[str]:
    """ "Nature projected image: Heron at Sunrise, Barry Treadgold, 19": the one figure
    ending a labelled line of a list, after a comma, is about all of the line's words."""
    found = _line_ended(text, tokens, m, ",") if m.family == "num" else None
    if found is None:
        return frozenset()
    line = found[1]
    labelled = any(t.text == ":" for t in line[1 : RESULT_LABEL + 2])
    if not labelled or sum(t.kind == "num" for t in line) != 1:
        return frozenset()
    return content_stems(outside_brackets(line))


_YEAR_LINE = re.compile(r"\s*(?:- )?(?:19|20)\d\d(?:[/-]\d\d)?(?: \([^)]*\))?:\s*\S+\s*")


def _year_list_heading(text: str, m: Mention) -> frozenset[str]:
    """ "DEDUCTIONS RECORDED" over the lines "2031: 23" and "2032: 14": a line giving a
    figure by its year alone is about the heading over its list."""
    start, end = line_bounds(text, m.start, m.end)
    if m.family != "num" or m.kind == "derived" or not _YEAR_LINE.fullmatch(text[start:end]):
        return frozenset()
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not _YEAR_LINE.fullmatch(line):
            return content_stems(tokenize(line)) if line.strip() else frozenset()
        start = above
    return frozenset()


# "the past year" and the like, as the amounts a writer may put instead.
_PERIOD_LEADS = {"the", "past", "last", "previous", "a", "one", "whole", "full", "entire", "same"}
_PERIOD_PHRASE: dict[str, tuple[tuple[float, str | None], ...]] = {
    "year": ((1, "year"), (12, "month"), (52, "week"), (365, "day")),
    "decade": ((10, "year"),),
    "month": ((1, "month"), (4, "week"), (30, "day")),
    "fortnight": ((2, "week"), (14, "day")),
    "week": ((1, "week"), (7, "day")),
    "quarter": ((3, "month"), (13, "week")),
}
# "pay it to the council every quarter": every three months.
_QUARTER_LEADS = {"every", "each", "per", "a", "the", "last", "past", "previous"}
_ALL_PERIOD_LEADS = _PERIOD_LEADS | _QUARTER_LEADS
# Whole-number restatements in another unit of the same dimension.
_CONVERSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "year": (("month", 12), ("week", 52)),
    "month": (("year", 1 / 12), ("week", 52 / 12)),
    "week": (("day", 7), ("month", 12 / 52)),
    "day": (("week", 1 / 7),),
    "m": (("km", 1 / 1000), ("cm", 100)),
    "km": (("m", 1000),),
    "cm": (("m", 1 / 100), ("mm", 10)),
    "mm": (("cm", 1 / 10),),
    "t": (("kg", 1000),),
    "kg": (("t", 1 / 1000),),
}


# Words that put a sentence's weekday ahead of the story date: "will open on Monday".
_FUTURE_WORDS = {
    "will", "shall", "wo", "'ll", "due", "scheduled", "expected", "plans", "planned", "from",
    "until", "till", "starting", "starts", "start", "begins", "begin", "ends", "end", "opens",
    "reopens", "closes", "upcoming", "coming", "tomorrow", "moves", "would", "next",
    "meets", "meet", "sits", "hosts", "host", "plays", "faces", "visits", "visit",
    "returns", "resumes", "launches", "travels", "is", "are",
}  # fmt: skip


# How long before the story a source's heading date may be: "since Friday" in a paper of
# Thursday 18 May is 12 May, in a story of 26 May.
ISSUE_REACH = 31


def _issued(doc: _Doc, story_date: date) -> date:
    """The day a source speaks from: the full date heading it ("BFWA NEWS - 22 April
    2026", a dateline) when that is within a month of the story's, else the story's date."""
    return _heading_date(doc, story_date, ISSUE_REACH) or story_date


def _heading_dates(doc: _Doc) -> Iterator[Mention]:
    """The dates with a day in a source's first lines (a heading, a dateline)."""
    for m in doc.values:
        if m.sentence > ISSUE_LINES:
            break
        if m.family == "date" and m.value[1] is not None:
            yield m


def _heading_date(doc: _Doc, story_date: date, reach: int = 7) -> date | None:
    """The date in a source's first lines, when it is in the story's week ("Posted ...,
    Monday 6 July": a day and month alone are that week's)."""
    for m in _heading_dates(doc):
        month, day, year = m.value
        toks = doc.sentences[m.sentence].tokens
        if year is None and (m.i0 == 0 or toks[m.i0 - 1].lower not in N.FULL_WEEKDAYS):
            continue  # "Posted ..., Monday 6 July", not a wire story's "July 12"
        year = year or _nearest_year(story_date, month, day)
        try:
            issued = date(year, month, day)
        except ValueError:
            continue
        if timedelta(0) <= story_date - issued <= timedelta(days=reach):
            return issued
    return None


def _minutes(doc: _Doc) -> bool:
    """Whether a source opens as the minutes of a meeting."""
    for s in doc.sentences[: ISSUE_LINES + 1]:
        words = {t.lower for t in s.tokens}
        # ("told the meeting" in a report's opening sentence is no heading of minutes.)
        if "minutes" in words or ("meeting" in words and not _prose(doc, s)):
            return True
    return False


def _prose(doc: _Doc, s: Sentence) -> bool:
    """Whether sentence ``s`` is a sentence of prose, not a heading line: it ends as a
    sentence does, or as a quotation."""
    return doc.masked[s.start : s.end].rstrip().endswith((".", "!", "?", ":", '"', "”"))


def _dateline(doc: _Doc, m: Mention) -> bool:
    """Whether ``m`` is the date of a wire story's dateline: "MEREFORD, July 17 - ..."."""
    if m.family != "date" or m.sentence != 0 or m.i0 > DATELINE_START:
        return False
    toks = doc.sentences[0].tokens
    return m.i1 < len(toks) and toks[m.i1].text in ("-", "–", "—", "(")


def _issue_date_line(doc: _Doc, m: Mention) -> bool:
    """Whether ``m`` is the date a source was issued, on a line of its own among its first
    lines ("JOINT NEWS RELEASE - ...\n9 April 2026"): the words before it are the
    heading's, not an event's, so it is no slot another date was moved from."""
    if m.family != "date" or m.sentence > ISSUE_LINES:
        return False
    start, end = line_bounds(doc.text, m.start, m.end)
    line = doc.text[start:end].strip(" ,.")
    opening = doc.text[start : m.start].strip(" ,").lower()
    return line.endswith(doc.text[m.start : m.end]) and opening in ("", *N.FULL_WEEKDAYS)


_APPROVING = {"approved", "agreed", "signed", "confirmed", "accepted", "adopted"}


def _earlier_minutes_date(doc: _Doc, m: Mention) -> bool:
    """Whether ``m`` dates the last meeting whose minutes a meeting approved ("The minutes
    of the meeting held on Monday 8 February were approved and signed"): nothing the
    source goes on to tell was decided that day."""
    if m.family != "date":
        return False
    words = [t.lower for t in doc.sentences[m.sentence].tokens]
    return "minutes" in words[: m.i0] and not _APPROVING.isdisjoint(words[m.i1 :])


def _dates(tokens: list, weekday: Mention, m: Mention) -> bool:
    """Whether ``m`` is the date written right after ``weekday`` (in the same sentence):
    "Wednesday, January 28", "Tuesday 14 October", "Sunday the 12th" (not "from Monday
    until April 18")."""
    between = tokens[weekday.i1].text if weekday.i1 < len(tokens) else ""
    return m.family == "date" and weekday.i1 <= m.i0 <= weekday.i1 + (between in (",", "the"))


def _date_after(doc: _Doc, weekday: Mention) -> Mention | None:
    """The date written right after a weekday, if any."""
    toks = doc.sentences[weekday.sentence].tokens
    return next(
        (m for m in doc.values if m.sentence == weekday.sentence and _dates(toks, weekday, m)),
        None,
    )


def _word_after(tokens: list, m: Mention) -> str:
    """The word right after a mention, lowercased ("" at the sentence's end)."""
    return tokens[m.i1].lower if m.i1 < len(tokens) else ""


def _period_word(tokens: list, i: int) -> str | None:
    """The part of a match an ordinal names, within a few words ("the first and third
    sets"), in the singular; None when none follows."""
    for t in tokens[i : i + PERIOD_REACH]:
        word = t.lower.removesuffix("s") if t.lower != "innings" else t.lower
        if word in _MATCH_PARTS:
            return word
        if t.kind != "word" or (t.lower not in ("and", "or", "to") and word not in _ORDINAL_WORDS):
            return None
    return None


def _per_head(tokens: list, m: Mention) -> bool:
    """Whether a figure is given for each one of something: "$10,800 a screen", "an
    average of 3.6 nights each", "more than 15 for every place"."""
    after = [t.lower for t in tokens[m.i1 : m.i1 + 3]]
    before = [t.lower for t in tokens[max(0, m.i0 - 2) : m.i0]]
    if after[:1] and after[0] in ("a", "an", "per", "each"):
        return True
    if after[:2] in (["for", "every"], ["for", "each"]):
        return True
    if "average" in before or "averaging" in before:
        return True
    if _one_in(tokens, m):
        return True
    # "3.6 nights each", "£77 a head": the word after its noun.
    return m.noun is not None and len(after) > 1 and after[1] in ("each", "apiece", "per")


def _all_but(tokens: list, m: Mention) -> bool:
    """ "38 written comments, all but three of them opposed": what is left of a whole."""
    return m.i0 >= 2 and [t.lower for t in tokens[m.i0 - 2 : m.i0]] == ["all", "but"]


def _one_in(tokens: list, m: Mention) -> bool:
    """ "roughly one driver in 35", "one night in four": so many for each one."""
    before = [t.lower for t in tokens[max(0, m.i0 - 3) : m.i0]]
    return before[-1:] == ["in"] and "one" in before[:-1]


def _attributed(tokens: list, m: Mention) -> bool:
    """Whether a name is the one a statement is given to: "Tarrow District Council said",
    "according to Carradine Bank"."""
    after = _word_after(tokens, m)
    before = [t.lower for t in tokens[max(0, m.i0 - 2) : m.i0]]
    return after in _PAST_VERBS or after == "says" or before[-2:] == ["according", "to"]


def _in_days(m: Mention) -> int:
    """A number of days or weeks, in days."""
    return round(m.value * (7 if m.unit == "week" else 1))


def _lower_words(docs: Iterable[_Doc]) -> set[str]:
    """Words the texts write in lower case: ordinary words, not names."""
    return {t.lower for d in docs for s in d.sentences for t in s.tokens if t.text.islower()}


def _old_year(text: str, today: date) -> bool:
    """ "dates from 1480": a year older than the ones read as years anywhere."""
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= today.year


def _coarser_date(f: Mention, o: Mention) -> bool:
    """ "the January deadline" tells "the January 28 deadline" less precisely: no rival."""
    if f.family != "date" or o.family != "date":
        return False
    (fm, fd, fy), (om, od, oy) = f.value, o.value
    return om == fm and od is None and fd is not None and oy in (None, fy)


def _calendar_day(value: tuple, today: date) -> date | None:
    """A (month, day, year) date as a day of the calendar, its year the one nearest the
    story's when none is written."""
    month, day, year = value
    if day is None:
        return None
    year = year or _nearest_year(today, month, day)
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None


def _dated_weekday(tokens: list, i1: int) -> bool:
    """Whether a full date follows a weekday: "Thursday, July 9", "Saturday 28 March"."""
    k = i1 + 1 if i1 < len(tokens) and tokens[i1].text == "," else i1
    if k < len(tokens) and tokens[k].kind == "num" and tokens[k].text.isdigit():
        k += 1  # the day first: "Saturday 28 March"
    return k < len(tokens) and tokens[k].lower.rstrip(".") in N.MONTHS


def _within_half_a_year(year: int, month: int, day: int, today: date) -> bool:
    try:
        return abs((date(year, month, day) - today).days) <= HALF_A_YEAR
    except ValueError:
        return False


HALF_A_YEAR = 183  # days from the story date a date without a year may be


def _weekday_dates(
    today: date, weekday: int, before: str, words: set[str], said: bool = False
) -> list[date]:
    """The days a source's weekday may mean, from the story date.

    News copy is mostly past tense: "said on Tuesday" is the latest Tuesday up to the
    story date ("last Tuesday" a week before when it is today's weekday). "next Monday"
    is the coming one, and so is the day of "will consider on Tuesday" or "plans a
    protest on Monday"; in a sentence that only may be about the future ("the strike
    starts on Monday") either may be meant, so both are kept. ``said``: a past verb
    right before it ("announced on Monday it will...") makes it the past one.
    """
    back = (today.weekday() - weekday) % 7
    past = today - timedelta(days=7 if back == 0 and before == "last" else back)
    ahead = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    if before == "last" or said:
        return [past]
    if before in ("next", "coming") or words & _SURELY_AHEAD:
        return [ahead]
    return [past, ahead] if words & _FUTURE_WORDS else [past]


def _tense_words(tokens: list[Token]) -> set[str]:
    """A sentence's words, less "plans" told as a noun: "a read-in on Saturday against
    plans to cut its hours" is no plan for Saturday ("the council plans to...")."""
    return {
        t.lower
        for k, t in enumerate(tokens)
        if not (t.lower in ("plans", "planned") and k and tokens[k - 1].lower in _PLAN_NOUN_LEADS)
    }


# Words before "plans" the noun: "against plans", "the plans", "revised plans".
_PLAN_NOUN_LEADS = {
    "against", "the", "its", "their", "his", "her", "our", "of", "under", "new", "revised",
    "for", "about", "over", "with", "by", "these", "those", "such", "a", "council's",
}  # fmt: skip
# Words that put a sentence's weekday ahead for certain: "will", "plans", "is due to".
_SURELY_AHEAD = {"will", "shall", "'ll", "plans", "planned", "due", "upcoming"}
# Words of a source's own news, told on the day it was issued: "announced on Thursday",
# "in a statement on Thursday".
_ANNOUNCE_VERBS = {
    "announced", "said", "confirmed", "published", "issued", "released", "told", "revealed",
    "declared", "stated", "statement",
}  # fmt: skip
# Past verbs that take the weekday right after them: "said on Tuesday that it will...".
_PAST_VERBS = {
    "said", "announced", "confirmed", "told", "revealed", "reported", "agreed", "voted",
    "approved", "decided", "met", "was", "were", "estimated", "warned", "predicted",
    "forecast", "stated", "added", "explained", "insisted", "admitted", "claimed",
}  # fmt: skip


def _converted(m: Mention) -> Iterator[tuple[float, str]]:
    """Whole-number (or one-decimal) forms of ``m`` in the other units of its dimension."""
    raw = m.raw if m.raw is not None else m.value
    for unit, factor in _CONVERSIONS.get(m.unit or "", ()):
        v = raw * factor
        if abs(v - round(v, 1)) < 1e-9 and v > 0:
            yield round(v, 1), unit


def _word_key(word: str) -> str:
    return N.fold_accents(word.lower().replace("’", "'").removesuffix("'s").rstrip("."))


ELLIPSIS_GAP = 600  # characters an ellipsis may leave out of a quotation


class _QuoteIndex:
    """Canonical word sequence of a source with the character offset of every word."""

    def __init__(self, text: str) -> None:
        self.offsets: list[int] = []
        words: list[str] = []
        for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", text):
            words.append(N.fold_accents(m.group().lower().replace("’", "").replace("'", "")))
            self.offsets.append(m.start())
        self.canon = " " + " ".join(words) + " "
        self.word_starts: list[int] = []
        pos = 1
        for w in words:
            self.word_starts.append(pos)
            pos += len(w) + 1

    def find(self, fragments: list[str], gap: int = ELLIPSIS_GAP) -> Iterator[int]:
        """Character offsets in the source where the fragments occur, in order, each at
        most ``gap`` characters after the one before."""
        return (start for start, _ in self.spans(fragments, gap))

    def spans(self, fragments: list[str], gap: int = ELLIPSIS_GAP) -> Iterator[tuple[int, int]]:
        """``find``, with the offset of the last fragment's first word too."""
        first = self.canon.find(" " + fragments[0] + " ")
        while first >= 0:
            at, last = first + 1 + len(fragments[0]), first
            ok = True
            for frag in fragments[1:]:
                nxt = self.canon.find(" " + frag + " ", at)
                if nxt < 0 or nxt - at > gap:
                    ok = False
                    break
                at, last = nxt + 1 + len(frag), nxt
            if ok:
                yield self._offset(first), self._offset(last)
            first = self.canon.find(" " + fragments[0] + " ", first + 1)

    def _offset(self, canon_at: int) -> int:
        idx = bisect.bisect_left(self.word_starts, canon_at + 1)
        return self.offsets[min(idx, len(self.offsets) - 1)] if self.offsets else 0


def _nearest_year(today: date | None, month: int, day: int) -> int | None:
    """The year of the given month and day closest to ``today`` (None if unknown)."""
    if today is None:
        return None
    best: tuple[int, int] | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            gap = abs((date(year, month, day) - today).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _initials(name: str) -> str:
    """'World Health Organization' -> 'who' (connectors such as "of" left out)."""
    words = re.findall(r"[^\W\d_]+", name)
    return "".join(w[0] for w in words if w[0].isupper()).lower()

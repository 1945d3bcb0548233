"""Dates and spans of time worked out from the sources' dates ("a 54-hour closure")."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from datetime import date, timedelta

from . import facts as F
from . import normalize as N
from .compare import _within
from .facts import Mention
from .motions import DECISION_VERBS
from .sources import (
    _ANNOUNCE_VERBS,
    _LATER,
    _calendar_day,
    _date_after,
    _Doc,
    _heading_date,
    _heading_dates,
    _in_days,
    _minutes,
    _nearest_year,
    _old_year,
    _period_word,
    _week,
    _weekday_dates,
    _word_after,
)
from .text import STOPWORDS, Sentence, content_stems, stem
from .weights import (
    ANNOUNCE_REACH,
    WEEKDAY_REACH,
)

# Words that date a thing's making by the year after them: "made in 1893", "(est. 1903)",
# "completed in January 1954", "a record set on 6 June 1953".
_MAKING_WORDS = {
    "built", "made", "founded", "opened", "completed", "established", "installed",
    "erected", "constructed", "formed", "set", "cast", "laid", "planted", "dates", "dating",
    "dated", "since", "est", "est.", "begun", "started", "written", "printed", "drawn",
}  # fmt: skip
# Those that date it alone, a year each: "built in 1689" (not "since", nor "set").
_MADE_VERBS = {"built", "founded", "erected", "constructed", "established", "cast"}
CENTURY = 100  # years
# An old year may be read as a bare number: "Mounting block, dated 1736".
_OLD_YEAR = re.compile(r"1\d{3}")
# Verbs that tell what was done on a day, and words that put a sentence's day ahead.
_PAST_VERBS = DECISION_VERBS | {
    "told", "said", "announced", "heard", "met", "reported", "confirmed", "revealed",
    "published", "received", "was", "were", "held",
}  # fmt: skip
_AHEAD_WORDS = {
    "will", "would", "next", "due", "until", "from", "expected", "scheduled", "planned",
    "shall", "could", "should", "may", "might", "deadline", "before", "by",
}  # fmt: skip
# Words of a meeting still to come: "will consider it at its next meeting on 5 April".
_TO_COME_WORDS = {
    "will", "would", "next", "due", "expected", "scheduled", "planned", "shall", "again",
    "meets", "meet", "reconvenes",
}  # fmt: skip
_DONE_VERBS = {"made", "gave", "awarded", "chose", "elected", "appointed", "signed"}
LIST_YEARS = 3  # years in a list told again with one changed: "in 2025, 2026 and 2028"
LABEL_WORDS = 4  # "Heats and qualifying: Friday 13 June 2031": a fact sheet's dated line
MINUTES_REACH = 14  # days back minutes of a meeting may be from the story telling it
VOTE_DAY_REACH = 3  # words between a vote and its weekday: "voted 7 to 2 on Thursday"
# Words of any meeting's heading: "Minutes of the Licensing Committee held on ...".
_MEETING_STEMS = frozenset(
    stem(w) for w in ("minutes", "meeting", "held", "committee", "council", "district")
)
_ANOTHER_TIME = {"next", "previous", "last", "future", "earlier", "later"}
EVENT_REACH = 3  # "in the final on Friday 13 June": the event named right before a date
# Words of a date planned, not kept: "first due to be played on", "Originally scheduled:".
_PLANNED = frozenset(stem(w) for w in ("due", "scheduled", "planned", "originally"))
PLAN_REACH = 6  # words before a date where a plan's word may stand
_LIST_LINKS = {",", "and", "&"}
PAST_REACH = 6  # tokens from a past verb to the date it is told on
_DAY_WORDS = set(N.WEEKDAYS) | set(N.MONTHS)  # what a range of days goes on to
MAKING_REACH = 4  # tokens before a year (or its date) where the making word stands
SPAN_WORDS_SHARED = 2  # words a source's span of dates shares with the sentence telling it


class DateChecks:
    """The checker's rules for dates and spans of time, mixed into check._Checker.

    A weekday, a count of days, weeks, months or years, or a date with no year is
    worked out from the dates of the source passage the article's sentence tells.
    """

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
        for other in self._issue_dates:
            gap = (other - day if back else day - other).days if other else None
            if gap in gaps:
                sign = "-" if back else "+"
                self.worked_out[id(f)] = f"{other:%B} {other.day} {sign} {gap} days"
                return True
        return False

    def _announced_that_day(self, f: Mention) -> bool:
        """ "Organisers announced at 11am on Thursday" from a statement headed "Thursday 30
        July 2026, 11am": the day a source was issued is the day it announced its news.
        Minutes are dated by their meeting: "voted six to one on Tuesday" from minutes
        "of the meeting held on Tuesday 22 September" is that meeting's decision."""
        today = self.src.story_date
        announced = self._words_before(f) & _ANNOUNCE_VERBS
        decided = self._weekday_decided(f)
        if today is None or not (announced or decided):
            return False
        # (Of the sources the sentence cites, when it cites any: "The foundation announced
        # on Tuesday ... [1]" is no news of a paper of Tuesday the story cites elsewhere.)
        cited = self.sentence_cites[f.sentence]
        # (Minutes record what was decided, not what a council announced: "announced on
        # Tuesday" is no news of minutes of Tuesday, but the release of Wednesday.)
        return any(
            day is not None
            and day.weekday() == f.value
            and (decided if _minutes(doc) else announced)
            and (not cited or n in cited)
            for n, (doc, day) in enumerate(zip(self.src.docs, self._issue_dates, strict=True))
        )

    @functools.cached_property
    def _label_dates(self) -> list[tuple[frozenset[str], tuple]]:
        """A fact sheet's dated lines, as (the label's stems, the date): "Finals: Saturday
        14 June 2031", "Heats and qualifying: Friday 13 June 2031"."""
        out = []
        for doc in self.src.docs:
            for m in doc.values:
                if m.family != "date" or m.value[1] is None or m.kind == "derived":
                    continue
                toks = doc.sentences[m.sentence].tokens
                colon = next(
                    (k for k, t in enumerate(toks[: LABEL_WORDS + 1]) if t.text == ":"), None
                )
                if colon is None or not 0 < colon < m.i0 <= colon + 2:
                    continue  # the date right after the label (a weekday may come between)
                if any(t.kind != "word" for t in toks[:colon]):
                    continue
                if {t.lower for t in toks[:colon]} & _ANOTHER_TIME:
                    continue  # "Next release: 10 June 2026" is another of its kind
                out.append((content_stems(toks[:colon]), m.value))
        return out

    def _dated_as_another_event(self, f: Mention) -> bool:
        """ "in the final on Friday 13 June" where a source's fact sheet dates the finals
        Saturday 14 June (and the heats the 13th): the event the date is told of, named
        right before it, has a date of its own in the sources, and the sheet gives the
        story's date to another event."""
        if f.family != "date" or f.value[1] is None:
            return False
        toks = self.art.sentences[f.sentence].tokens
        near = [
            t
            for t in toks[max(0, f.i0 - EVENT_REACH) : f.i0]
            if t.kind == "word" and t.lower not in N.WEEKDAYS and t.lower not in N.MONTHS
        ]
        event = content_stems(near)
        # Its own event's days, and those the sheet gives other events ("Heats and
        # qualifying").
        days: set[tuple] = set()
        others: set[tuple] = set()
        # A date told as planned is the planned line's ("first due to be played on",
        # not "Date played:").
        before = toks[max(0, f.i0 - PLAN_REACH) : f.i0]
        planned = bool({stem(t.lower) for t in before} & _PLANNED)
        for label, value in self._label_dates:
            own = label & _PLANNED if planned else label & event and not label & _PLANNED
            (days if own else others).add(value[:2])
        return bool(days) and f.value[:2] not in days and f.value[:2] in others

    @functools.cached_property
    def _issue_dates(self) -> list[date | None]:
        """Each source's date of issue in the story's week (its heading), or None: asked
        of every weekday and gap of days, worked out once."""
        today = self.src.story_date
        return [_heading_date(doc, today) if today else None for doc in self.src.docs]

    def _words_before(self, f: Mention) -> set[str]:
        """The few words before ``f`` that may say what happened that day."""
        toks = self.art.sentences[f.sentence].tokens
        return {t.lower for t in toks[max(0, f.i0 - ANNOUNCE_REACH) : f.i0]}

    def _weekday_decided(self, f: Mention) -> bool:
        """Whether weekday ``f`` is the day of a decision: "the cabinet agreed on
        Tuesday", or "On Monday night the town council voted" (a decision it opens); not
        "agreed that music on the Sunday would finish by 6pm", a day of what is decided."""
        toks = self.art.sentences[f.sentence].tokens
        if f.i0 and toks[f.i0 - 1].lower == "the":
            return False
        return bool(self._words_before(f) & DECISION_VERBS) or self._decision_beside(
            f, opening=True
        )

    def _vote_of_another_day(self, f: Mention) -> bool:
        """ "voted 7 to 2 last Friday" where the source telling that 7-2 vote says "Members
        voted 7 to 2 on Thursday evening": the weekday a source gives the same vote."""
        if not self._weekday_decided(f):
            return False
        votes = {
            tuple(v.value)
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "score" and v.unit == F.VOTE
        }
        told = set()
        for doc in self.src.docs:
            for o in doc.values:
                if o.unit != F.VOTE or tuple(o.value) not in votes:
                    continue
                told |= {
                    m.value
                    for m in doc.values
                    if m.sentence == o.sentence
                    and m.family == "wd"
                    and (0 <= m.i0 - o.i1 <= VOTE_DAY_REACH or 0 <= o.i0 - m.i1 <= VOTE_DAY_REACH)
                }
        return bool(told) and f.value not in told

    def _issued_yesterday(self, f: Mention) -> bool:
        """ "By yesterday it had raised £9,480": a figure as of the day a source was issued,
        when that day was yesterday."""
        today = self.src.story_date
        if today is None or self.art.text[f.start : f.end].lower() != "yesterday":
            return False
        return today - timedelta(days=1) in self._issue_dates

    def _decided_another_day(self, f: Mention) -> bool:
        """ "Councillors decided on Wednesday" when the only minutes of that week are of a
        meeting held on Tuesday: a decision is dated by its meeting, whatever else the
        sources did on Wednesday ("the association met on Wednesday to discuss it")."""
        today = self.src.story_date
        if today is None or not self._weekday_decided(f) or _date_after(self.art, f):
            return False
        held = {
            day.weekday()
            for doc, day in zip(self.src.docs, self._issue_dates, strict=True)
            if day is not None and _minutes(doc)
        }
        # Minutes of a meeting the week before ("held on Thursday 18 November" in a story
        # of Friday 26 November) date the vote they record: "voted 7 to 2".
        votes = {
            tuple(v.value)
            for v in self.art.values
            if v.sentence == f.sentence and v.family == "score" and v.unit == F.VOTE
        }
        held |= {
            day.weekday()
            for doc in self.src.docs
            if votes
            and _minutes(doc)
            and any(o.unit == F.VOTE and tuple(o.value) in votes for o in doc.values)
            and (day := _heading_date(doc, today, MINUTES_REACH)) is not None
        }
        return bool(held) and f.value not in held

    def _issued_today(self, f: Mention) -> bool:
        """ "A report published on 24 June 2026" from a release of 24 June that says "a
        report published today": its "today" is its day of issue, the verb before it
        the article's."""
        words = {t.lower for t in self.art.sentences[f.sentence].tokens}
        for doc in self.src.docs:
            if not _issued_on(doc, f.value):
                continue
            for sent in doc.sentences:
                toks = sent.tokens
                if any(
                    t.lower == "today" and k and toks[k - 1].lower in words
                    for k, t in enumerate(toks)
                ):
                    return True
        return False

    def _last_weekday_dated(self, f: Mention) -> bool:
        """ "heard the case last Thursday" in a story of Thursday 22 October, from a notice
        that writes "Hearing held: Thursday 15 October 2026": the day that "last Thursday"
        is, written out with that weekday by a source."""
        today = self.src.story_date
        toks = self.art.sentences[f.sentence].tokens
        if today is None or not f.i0 or toks[f.i0 - 1].lower != "last":
            return False
        (day,) = _weekday_dates(today, f.value, "last", set())
        return f.value in self._source_weekdays_reported.get((day.month, day.day), ())

    def _decided_at_meeting(self, f: Mention) -> bool:
        """ "agreed the money unanimously on March 3" from minutes "of committee meeting,
        Tuesday 3 March 2026": the day of a meeting is the day of all it decided."""
        if not self._decision_beside(f):
            return False
        month, day, year = f.value
        for doc in self.src.docs:
            if not _minutes(doc):
                continue
            for m in _heading_dates(doc):
                if _meeting_on(m, month, day):
                    return year is None or m.value[2] in (None, year)
        return False

    def _decision_beside(self, f: Mention, opening: bool = False) -> bool:
        """Whether a decision verb stands before date ``f`` (farther back than an
        announcement: "voted by seven votes to two on 28 October"); ``opening``: or
        after it, when it opens the sentence ("On 12 March the cabinet agreed")."""
        toks = self.art.sentences[f.sentence].tokens
        near = {t.lower for t in toks[max(0, f.i0 - 2 * ANNOUNCE_REACH) : f.i0]}
        if opening and f.i0 <= 1:
            near |= {t.lower for t in toks[f.i1 : f.i1 + 2 * ANNOUNCE_REACH]}
        return bool(near & DECISION_VERBS)

    def _decided_at_a_meeting_told(self, f: Mention) -> bool:
        """ "granted the trust a licence ..., at its meeting last month": the day of the
        meeting that took the sentence's decision (not "will hold a meeting on Sunday")."""
        toks = self.art.sentences[f.sentence].tokens
        meeting = any(t.lower == "meeting" for t in toks[max(0, f.i0 - 2) : f.i0])
        return meeting and any(t.lower in DECISION_VERBS for t in toks)

    def _decided_at_another_meeting(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "voted 5 to 2 on 21 March" (or "last week") when the minutes recording that 5-2
        vote are of the meeting held on 16 March: a decision's date is its meeting's, not
        another date the sources give (a press release's, or the night of a count the
        minutes report), unless a source gives that date to a decision too."""
        if not (self._decision_beside(f, opening=True) or self._decided_at_a_meeting_told(f)):
            return False
        figures = [
            v
            for v in self.art.values
            if v.sentence == f.sentence and v.family not in ("date", "year", "wd", "week")
        ]
        toks = self.art.sentences[f.sentence].tokens
        doer = next(
            (
                stem(toks[k - 1].text)
                for k in range(1, len(toks))
                if toks[k].lower in DECISION_VERBS
            ),
            None,
        )
        # ("last week" finds any day of its week: it must be a day of this doer's)
        relative = id(f) in self._told_periods
        for n, si in equal_at:
            sent = self.src.docs[n].sentences[si]
            # A source gives the date of a decision (for "last week", of this doer, when
            # the story names one: "agreed by cabinet on Tuesday 26 November" dates no
            # panel's vote).
            if {t.lower for t in sent.tokens} & DECISION_VERBS and (
                not relative
                or doer is None
                or doer in sent.stems
                or self._shares_a_value(f.sentence, n, si, but=f)
            ):
                return False
        # (with no figure, by the body it names: "backed by its licensing committee last
        # week" against "Minutes of the Licensing Committee held on Monday 23 February")
        own = self.art.sentences[f.sentence].stems - _MEETING_STEMS
        for doc in self.src.docs:
            if not _minutes(doc):
                continue
            meetings = list(_heading_dates(doc))
            if not meetings or any(self._meeting_in(m, f) for m in meetings):
                continue
            if any(self._same_figure(v, m) for v in figures for m in doc.values):
                return True
            if not figures and any(own & doc.sentences[m.sentence].stems for m in meetings):
                return True
        return False

    def _meeting_in(self, heading: Mention, f: Mention) -> bool:
        """Whether a minutes heading's date is in the time ``f`` tells: its day, its month
        alone ("in September", "last month") or its week ("last week")."""
        if f.family != "week":
            return _meeting_on(heading, f.value[0], f.value[1])
        month, day, year = heading.value
        year = year or (self.src.story_date.year if self.src.story_date else None)
        if day is None or year is None:
            return True  # no day to place in a week: not another meeting's
        try:
            return _week(date(year, month, day)) == f.value
        except ValueError:
            return True

    def _next_meeting_alone(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "At its meeting on Monday 5 April 2027, the council made a grant" when the
        sources give 5 April only as the "Date of next meeting" of minutes: a meeting
        still to come when they were written decided nothing they report."""
        if not equal_at:
            return False
        words = {t.lower for t in self.art.sentences[f.sentence].tokens}
        if words & _TO_COME_WORDS or not words & (_PAST_VERBS | _DONE_VERBS):
            return False
        for n, si in equal_at:
            sents = self.src.docs[n].sentences
            near = [t.lower for k in (si - 1, si) if k >= 0 for t in sents[k].tokens]
            if not any(a == "next" and b == "meeting" for a, b in itertools.pairwise(near)):
                return False
        return True

    def _as_of_issue(self, f: Mention, equal_at: set[tuple[int, int]]) -> bool:
        """ "By 7 April the total was 13", where the paper of 7 April gives the 13: a
        figure told as of a day, given by a source issued that day."""
        toks = self.art.sentences[f.sentence].tokens
        days = [
            g.value
            for g in self.art.values
            if g.sentence == f.sentence
            and g.family == "date"
            and g.value[1] is not None
            and g.i0
            and toks[g.i0 - 1].lower == "by"  # "By 7 April", not "announced on April 22"
        ]
        return any(_issued_on(self.src.docs[n], day) for n, _ in equal_at for day in days)

    def _age_of_a_made_thing(self, f: Mention, today: date | None) -> str | None:
        """ "the 133-year-old window" from "made in 1893", wherever the sources say it:
        a thing's age is the story's year less the year a source says it was made (or
        founded, built, set). Asked only of an age no person in the sentence is given.
        So are the years told since its making: "more than 150 years after it opened"."""
        if today is None:
            return None
        if f.unit not in ("year", "age"):
            return None
        if f.unit == "year" and f.value < CENTURY:
            # (A century or more since a thing's making is rarely a span of anything
            # else: "stayed in the same family for 343 years" from "built in 1683".)
            toks = self.art.sentences[f.sentence].tokens
            after = {t.lower for t in toks[f.i1 : f.i1 + MAKING_REACH + 1]}
            # (or a closing after its years: "front counter to close after 62 years")
            closing = (
                f.i0
                and toks[f.i0 - 1].lower == "after"
                and ({t.lower for t in toks[: f.i0]} & _CLOSING_WORDS)
            )
            if not (after & {"after", "since"} and after & _MAKING_WORDS) and not closing:
                return None
        for doc in self.src.docs:
            for m in doc.values:
                year = m.value if m.family == "year" else None
                if m.family == "date" and m.value[2] is not None:
                    year = m.value[2]
                bare = m.family == "num" and m.unit is None
                if bare and _OLD_YEAR.fullmatch(doc.text[m.start : m.end]):
                    year = int(m.value)
                elif m.kind != "date":
                    continue
                if year is None:
                    continue
                if not told_span(f, today.year - year):
                    continue
                toks = doc.sentences[m.sentence].tokens
                before = _words_before_year(toks, m)
                if before & _MAKING_WORDS and "born" not in before:
                    return f"{today.year} - {doc.text[m.start : m.end]}"
        return None

    def _made_another_year(self, f: Mention) -> bool:
        """ "built in 1951" where the sources' "built in 1689 and was listed Grade II* in
        1951" give that verb another year and never this one: a year moved from another
        event of the same thing."""
        mine = _words_before_year(self.art.sentences[f.sentence].tokens, f) & _MADE_VERBS
        if not mine:
            return False
        other = False
        for doc in self.src.docs:
            for m in doc.values:
                year = m.value if m.family == "year" else None
                if m.family == "num" and m.unit is None:  # "built in 1689", read as a number
                    year = int(m.value) if _OLD_YEAR.fullmatch(doc.text[m.start : m.end]) else None
                if year is None:
                    continue
                if not _words_before_year(doc.sentences[m.sentence].tokens, m) & mine:
                    continue
                if year == f.value:
                    return False
                other = True
        return other

    def _list_member_changed(self, f: Mention) -> bool:
        """ "won in 2025, 2026 and 2027" where a source's list is "2025, 2026 and 2028":
        the same list of years told with one of them changed (its other years may be
        in the sources for other events)."""
        mine = _year_list(self.art, f)
        if len(mine) < LIST_YEARS:
            return False
        others = {m.value for m in mine if m is not f}
        lists = [
            {o.value for o in _year_list(doc, m)}
            for doc in self.src.docs
            for m in doc.values
            if m.family == "year"
        ]
        if any(others | {f.value} <= theirs for theirs in lists):
            return False  # told as a source lists them
        return any(
            len(theirs) == len(mine) and others <= theirs and f.value not in theirs
            for theirs in lists
        )

    def _months_ago(self, f: Mention) -> str | None:
        """ "when the town flooded 15 months ago", in a story of February 2027, from the
        sources' "the storm of November 2025": months back to a month a source dates."""
        today = self.src.story_date
        toks = self.art.sentences[f.sentence].tokens
        if today is None or f.unit != "month" or _word_after(toks, f) != "ago":
            return None
        for doc in self.src.docs:
            for m in doc.values:
                if m.family != "date" or m.kind != "date" or m.value[2] is None:
                    continue
                month, _, year = m.value
                if told_span(f, (today.year - year) * 12 + today.month - month):
                    return f"{today:%B %Y} - {doc.text[m.start : m.end]}"
        return None

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
        # The sources' years, old ones too: "founded in 1267 and closed in 1538".
        source_years = [
            (n, o)
            for n, doc in enumerate(self.src.docs)
            for o in doc.values
            if (o.family == "year" and o.kind == "date")
            or (
                o.family == "num" and o.unit is None and _old_year(doc.text[o.start : o.end], today)
            )
        ]
        given = {(n, o.sentence, o.value) for n, o in source_years}

        def told_with(year: Mention, gap: float) -> Mention | None:
            """The source year ``gap`` years after ``year``, in a sentence giving both."""
            return next(
                (
                    o
                    for n, o in source_years
                    if o.value - year.value == gap and (n, o.sentence, year.value) in given
                ),
                None,
            )

        # The sentence's years after the span, for "from 1964" and "until 1981".
        after = [
            m
            for m in self.art.values
            if word in ("from", "until")
            and m.sentence == f.sentence
            and m.family == "year"
            and m.i0 > f.i1
        ]
        if word == "from":
            # "for eight years from 1964" where a source has "from 1964 until 1972".
            years = [m for m in after if m.i0 == f.i1 + 1]
            word = "later"
        if word == "until":
            # "worked there for two decades until it closed in 1981" where a source has
            # "from 1961 until it closed in 1981": the span ends at the year told after.
            found = told_with(after[0], -f.value) if after else None
            return f"{after[0].value} - {found.value}" if found is not None else None
        for y in reversed(years):
            if word in ("later", "after"):
                # A later year of the source sentence that gives this one.
                found = told_with(y, f.value)
                if found is not None:
                    return f"{found.value} - {y.value}"
            # ("opened in 1961 and has served the village for more than 70 years")
            if told_span(f, today.year - y.value) and word not in ("later", "earlier"):
                return f"{today.year} - {y.value}"
            if word == "away" and y.value - today.year == f.value:
                return f"{y.value} - {today.year}"  # "not until 2034, six years away"
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
        if start is None:
            return None
        for doc, issued in zip(self.src.docs, self._issue_dates, strict=True):
            dates = [(m.value, doc.text[m.start : m.end]) for m in doc.values if m.family == "date"]
            if issued is not None:
                dates.append(((issued.month, issued.day, issued.year), "its date of issue"))
            for value, text in dates:
                other = _calendar_day(value, today)
                if other is not None and _gap_told(f, (start - other).days * _LATER[word]):
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
        # ("the vote, held over two weeks last month" for "Residents ... could vote
        # online from Monday 14 March to Sunday 27 March": a span of the cited sources
        # told with more of the sentence's words than one.)
        spans = sorted(keep) + [at for at in self._sharing_words(f) if at not in keep]
        days = self._day_counts(f)
        for n, si in spans:
            doc = self.src.docs[n]
            dated = self._calendar_days_in(n, si)
            for (first, a), (last, b) in itertools.combinations(dated, 2):
                if abs((last - first).days) in days:
                    return f"{doc.text[a.start : a.end]} to {doc.text[b.start : b.end]}"
        return None

    def _sharing_words(self, f: Mention) -> list[tuple[int, int]]:
        """The sentences of the sources ``f``'s sentence cites that share a few of its
        words, in order: where a span of days it tells may be dated."""
        mine = self.art.sentences[f.sentence].stems
        cited = set(self._cited_docs(f))
        return sorted(
            (n, si)
            for n, si in self._near(f.sentence)
            if n in cited and len(mine & self.src.docs[n].sentences[si].stems) >= SPAN_WORDS_SHARED
        )

    def _calendar_days_in(self, n: int, si: int) -> list[tuple[date, Mention]]:
        """The dates of source ``n``'s sentence ``si`` as calendar days, in order."""
        today = self.src.story_date
        return [
            (day, m)
            for m in self.src.docs[n].values
            if m.sentence == si
            and m.family == "date"
            and (day := _calendar_day(m.value, today)) is not None
        ]

    def _days_after_event(self, f: Mention) -> str | None:
        """ "a county crew came two days after the flood": the days from the date of an
        event the sources name with its noun ("the flooding of 14 November") to a date of
        the source sentence the article's tells ("attended on 16 November")."""
        toks = self.art.sentences[f.sentence].tokens
        today = self.src.story_date
        word = _word_after(toks, f)
        if word not in ("after", "before") or today is None:
            return None
        k = f.i1 + 1 + (f.i1 + 1 < len(toks) and toks[f.i1 + 1].lower == "the")
        if k >= len(toks) or toks[k].kind != "word" or toks[k].lower in STOPWORDS:
            return None
        event = stem(toks[k].lower)  # "the flood": the flood's, flooding's or flooded's date
        keep, _ = self._aligned_sentences(f, each_cited=True)
        told = [
            (day, self.src.docs[n].text[m.start : m.end])
            for n, si in keep
            for day, m in self._calendar_days_in(n, si)
        ]
        for doc in self.src.docs:
            for m in doc.values:
                if m.family != "date" or (then := _calendar_day(m.value, today)) is None:
                    continue
                if not any(w.startswith(event) for w in doc.sentences[m.sentence].stems):
                    continue
                for day, text in told:
                    if _gap_told(f, (day - then).days * _LATER[word]):
                        return f"{text} - {doc.text[m.start : m.end]}"
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
        issued = [*self._issue_dates, today]
        theirs += [(d.year * 12 + d.month, f"{d:%B %Y}") for d in issued if d is not None]
        for a, a_text in mine:
            for b, b_text in mine + theirs:
                if a is not None and b is not None and abs(a - b) in wanted and a_text != b_text:
                    return f"{b_text} to {a_text}"
        return None

    def _past_yet_to_come(self, f: Mention) -> bool:
        """ "told the parish council on Tuesday 10 March" in a story of 23 February: a
        thing done on a day still to come (the next meeting's)."""
        today = self.src.story_date
        day = self._article_day(f.value, nearest=False)  # the year the sources give it
        if today is None or day is None or day <= today:
            return False
        toks = self.art.sentences[f.sentence].tokens
        if any(t.lower in _AHEAD_WORDS for t in toks):
            return False
        before = toks[max(0, f.i0 - PAST_REACH) : f.i0]
        verbs = [k for k, t in enumerate(before) if t.lower in _PAST_VERBS]
        # "first held in 2016, returns on June 5, 2027": the verb of another clause.
        return bool(verbs) and not any(t.text in (",", ";") for t in before[verbs[-1] :])

    def _article_day(self, value: tuple, nearest: bool = True) -> date | None:
        """An article's date as a day of the calendar: with no year written, the year the
        sources give that same day ("January 28" of a report's "28 January 2026"), else
        the one nearest the story's date (else none, unless ``nearest``)."""
        month, day, year = value
        if year is None and day is not None:
            years = {
                o.value[2]
                for _, o in self.src.by_family.get("date", ())
                if o.value[:2] == (month, day) and o.value[2] is not None
            }
            if len(years) == 1:
                year = years.pop()
            elif not nearest:
                return None
        today = self.src.story_date
        return _calendar_day((month, day, year), today) if today is not None else None

    def _days_to_come(self, f: Mention) -> str | None:
        """ "will shut in just over seven weeks", its next sentence closing the branch "on
        Friday, September 25": the days from the story's date to a date the article gives
        in the sentence or the next (itself checked), within the figure's hedge."""
        today = self.src.story_date
        toks = self.art.sentences[f.sentence].tokens
        k = f.i0 - 1 - F.hedge_width(toks, f.i0)
        if today is None or k < 0 or toks[k].lower != "in":
            return None
        for m in self.art.values:
            if m.family != "date" or m.value[1] is None or not 0 <= m.sentence - f.sentence <= 1:
                continue
            day = self._article_day(m.value)
            if day is None or day <= today:
                continue
            if told_span(f, (day - today).days / (7 if f.unit == "week" else 1)):
                return f"{self.art.text[m.start : m.end]} - {today:%B} {today.day}"
        # "Grant agreements will go out ... in two weeks' time" for "Grant agreements
        # issued from: Tuesday 19 April 2033": a date of the sources telling the event.
        for n, si in self._sharing_words(f):
            for day, m in self._calendar_days_in(n, si):
                if day > today and told_span(
                    f, (day - today).days / (7 if f.unit == "week" else 1)
                ):
                    doc = self.src.docs[n]
                    return f"{doc.text[m.start : m.end]} - {today:%B} {today.day}"
        return None

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
        # ("7 June to watch" is no range: "to" must lead to another day.)
        then = toks[dated.i1 + 1] if dated.i1 + 1 < len(toks) else None
        ranged = then is not None and (then.kind == "num" or then.lower in _DAY_WORDS)
        if (f.i0 and toks[f.i0 - 1].lower in joined) or (
            dated.i1 < len(toks) and toks[dated.i1].lower in joined and ranged
        ):
            return None
        month, day, year = dated.value
        if f.value in self._source_weekdays.get((month, day, year) if year else (month, day), ()):
            # "Tuesday 14 October" in a source: its year, whichever it is (and a source's
            # own slip, "Saturday 31 May 2026", is told as it was given).
            return True
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
    def _source_weekdays(self) -> dict[tuple[int, ...], set[int]]:
        """The weekdays the sources write right before a date, by (month, day) and, when
        the year is written, by (month, day, year)."""
        return self._weekdays_dated(issues=True)

    @functools.cached_property
    def _source_weekdays_reported(self) -> dict[tuple[int, ...], set[int]]:
        """The same, but for a report's own date of issue, no day of what it reports
        (minutes' date is: the meeting's)."""
        return self._weekdays_dated(issues=False)

    def _weekdays_dated(self, issues: bool) -> dict[tuple[int, ...], set[int]]:
        out: dict[tuple[int, ...], set[int]] = defaultdict(set)
        for doc in self.src.docs:
            skip = set()
            if not (issues or _minutes(doc)):
                skip = {
                    id(m)
                    for m in _heading_dates(doc)
                    if _only_dates_its_source(doc.sentences[m.sentence])
                }
            for w in doc.values:
                m = _date_after(doc, w) if w.family == "wd" else None
                if m is not None and id(m) not in skip:
                    out[m.value[:2]].add(w.value)
                    if m.value[2]:
                        out[m.value].add(w.value)  # and by its year, when written
        return out


DATELINE_WORDS = 4  # words beside the date on a line giving a source's date alone
_ISSUE_LABELS = {"issued", "published", "posted", "released", "dated", "date", "updated"}


def _only_dates_its_source(sentence: Sentence) -> bool:
    """Whether a heading line only dates its source ("Friday 16 July 2027", "News release
    - 14 July 2027"), as against giving the day of an event ("Hearing held: Thursday 15
    October 2026", "closed from Thursday 30 April"). Unlike sources._issue_date_line,
    a few capitalised words may stand before the date on its line."""
    toks = sentence.tokens
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is not None:
        # "Issued: Thursday 9 September 2027" dates its source; "Hearing held:" an event.
        label = {t.lower for t in toks[:colon] if t.kind == "word"}
        if not label or not label <= _ISSUE_LABELS:
            return False
        toks = toks[colon + 1 :]
    words = [t for t in toks if t.kind == "word" and t.lower not in _DAY_WORDS]
    return len(words) <= DATELINE_WORDS and not any(t.text.islower() for t in words)


def _gap_told(f: Mention, days: int) -> bool:
    """Whether a gap of ``days`` is ``f``'s number of days or weeks: "16 days" exactly,
    "more than three weeks" any gap of three weeks and some days (25 days)."""
    if f.unit == "week" and f.hedge in ("over", "under"):
        weeks = days / 7
        return f.value < weeks < f.value + 1 if f.hedge == "over" else f.value - 1 < weeks < f.value
    return days == _in_days(f)


def _year_list(doc, m: Mention) -> list[Mention]:
    """The years listed with year ``m`` in its sentence, ``m`` too ("in 2025, 2026 and
    2028"): a run of years with only commas and "and" between them."""
    if m.family != "year":
        return [m]
    toks = doc.sentences[m.sentence].tokens
    years = sorted(
        (v for v in doc.values if v.sentence == m.sentence and v.family == "year"),
        key=lambda v: v.i0,
    )
    runs: list[list[Mention]] = []
    for v in years:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and all(t.lower in _LIST_LINKS for t in toks[last.i1 : v.i0])
            and v.i0 > last.i1
        ):
            runs[-1].append(v)
        else:
            runs.append([v])
    return next((run for run in runs if any(v is m for v in run)), [m])


_CLOSING_WORDS = {
    "close", "closes", "closing", "closed", "shut", "shuts", "shutting", "end", "ends",
    "ending", "ended", "retire", "retires", "retiring", "retired", "demolished",
}  # fmt: skip


def _words_before_year(tokens: list, m: Mention) -> set[str]:
    """The words just before a year where its making word stands: "built in 1689"."""
    return {t.lower for t in tokens[max(0, m.i0 - MAKING_REACH) : m.i0]}


def _issued_on(doc: _Doc, value: tuple) -> bool:
    """Whether a source's date of issue (the first date heading it) is the (month, day,
    year) told; a year left out on either side is no difference."""
    issued = next(iter(_heading_dates(doc)), None)
    if issued is None or issued.value[:2] != value[:2]:
        return False
    return value[2] is None or issued.value[2] in (None, value[2])


def _meeting_on(heading: Mention, month: int, day: int | None) -> bool:
    """Whether a minutes heading's date is the day told, or in the month told alone
    ("agreed the scheme in September")."""
    return heading.value[0] == month and day in (None, heading.value[1])


def told_span(f: Mention, span: float) -> bool:
    """Whether a span counted on the calendar is figure ``f`` as told: the same whole
    number, or within its hedge ("more than 150 years", "just over seven weeks")."""
    return round(span) == f.value or bool(f.hedge and _within(f.hedge, f.value, span))

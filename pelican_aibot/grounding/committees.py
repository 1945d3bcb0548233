"""Whose committee: "Stenning Parish Council's highways committee voted" when the
sources' highways committee is Somerdown County Council's.

A council acts through its committees, cabinet and panels, and a story names the body
whose committee it was. The sources tell it two ways: in prose ("the county council's
cabinet") and, in minutes, by the heading ("SOMERDOWN COUNTY COUNCIL / Highways and
Transport Committee / Minutes of the meeting ..."). A committee told in the story is
the sources' committee of the same kind sharing a word of its field ("highways" and
"Highways and Transport"); when the sources give that committee only to other bodies,
the story's body is wrong.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .normalize import FULL_WEEKDAYS
from .text import STOPWORDS, stem

# The bodies that own committees, and the committees they own.
_OWNER_HEADS = r"council|authority|trust|board|corporation|college|university"
_HEADS = frozenset(_OWNER_HEADS.split("|"))
_COMMITTEE_HEADS = ("committee", "cabinet", "panel", "sub-committee")
_OWNED = re.compile(
    rf"\b((?:[A-Z][\w-]* +){{0,4}}(?:[a-z]+ +)?(?i:{_OWNER_HEADS}))['’]s\s+"
    rf"((?:[A-Za-z-]+\s+){{0,4}}?)((?i:{'|'.join(_COMMITTEE_HEADS)}))\b"
)
HEADING_LINES = 4  # minutes open with the body, the committee, then "Minutes of ..."


@dataclass(frozen=True)
class Committee:
    """A committee and the body it belongs to, with where the owner is written."""

    owner: frozenset[str]  # the owner's words, lower case: {"somerdown", "county", "council"}
    head: str  # "committee", "cabinet", "panel"
    field: frozenset[str]  # stems of the committee's own words: {"highway", "transport"}
    start: int = 0  # the owner's span in its text
    end: int = 0


def body_words(text: str) -> frozenset[str]:
    """A body's words, lower case, "the" left out: {"somerdown", "county", "council"}."""
    return frozenset(w.lower() for w in re.findall(r"[\w&-]+", text) if w.lower() != "the")


def content_stems_of(text: str) -> frozenset[str]:
    """The stems of a phrase's content words: what a committee is for, what is owned."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS)


def told_committees(text: str) -> Iterator[Committee]:
    """The committees a text gives their owner in prose: "the county council's cabinet",
    "Stowbury Town Council's planning and environment committee"."""
    for m in _OWNED.finditer(text):
        start = m.start(1)
        while (word := re.match(r"[\w-]+\s+", text[start : m.end(1)])) and (
            word.group().strip().lower() in STOPWORDS | FULL_WEEKDAYS
        ):
            # "At Harnbury Town Council's cabinet", "On Monday the council's cabinet":
            # the body only
            start += word.end()
        head = m.group(3).lower().replace("sub-", "")
        yield Committee(
            body_words(text[start : m.end(1)]), head, content_stems_of(m.group(2)), start, m.end(1)
        )


def heading_committees(text: str) -> Iterator[Committee]:
    """The committee minutes are of, named in their heading under its body's name:
    "SOMERDOWN COUNTY COUNCIL\nHighways and Transport Committee\nMinutes of ...",
    "ASHWELL BRIDGE TOWN COUNCIL\nMinutes of the meeting of the Planning and Highways
    Committee held on ..."."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()][:HEADING_LINES]
    for body, below in itertools.pairwise(lines):
        named = _HEADING_COMMITTEE.search(below)
        if body.isupper() and re.search(rf"\b(?:{_OWNER_HEADS})$", body, re.I) and named:
            head = named.group(2).lower().replace("sub-", "")
            yield Committee(body_words(body), head, content_stems_of(named.group(1)))


# "Highways and Transport Committee", "the Planning and Highways Committee held on".
_HEADING_COMMITTEE = re.compile(
    r"((?:[A-Z][\w-]*\s+(?:and\s+)?){0,4})(Committee|Cabinet|Panel|Sub-Committee)\b"
)
# The tiers of council, and what tells bodies apart besides their proper names.
COUNCIL_TIERS = ("parish", "town", "district", "county", "borough", "city")
_BODY_TYPES = {*COUNCIL_TIERS, "community"}


def same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "the county council" may be Somerdown County Council and "the borough council"
    Aldermoor council; "Stenning Parish Council" is neither, nor is "the district
    council" Stowbury Town Council: bodies differ in a proper name or a type both give."""
    types_a, types_b = a & _BODY_TYPES, b & _BODY_TYPES
    names_a, names_b = a - _BODY_TYPES - _HEADS, b - _BODY_TYPES - _HEADS
    return not (names_a and names_b and names_a != names_b) and not (
        types_a and types_b and types_a != types_b
    )


def _same_committee(a: Committee, b: Committee) -> bool:
    return a.head == b.head and (bool(a.field & b.field) or not (a.field or b.field))


@functools.lru_cache(maxsize=64)
def _source_committees(text: str) -> tuple[Committee, ...]:
    """A source's committees, read once: stories and re-checks share their sources."""
    return (*told_committees(text), *heading_committees(text))


def committees_of_others(article: str, sources: list[str]) -> list[tuple[int, int]]:
    """The spans of the article's bodies given a committee that the sources give only to
    other bodies."""
    theirs = [c for text in sources for c in _source_committees(text)]
    out = []
    for mine in told_committees(article):
        same = [c for c in theirs if _same_committee(mine, c)]
        if same and not any(same_body(mine.owner, c.owner) for c in same):
            out.append((mine.start, mine.end))
    return out

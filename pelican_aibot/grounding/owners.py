"""Who owns, manages or answers for what: "Eastwold County Council, which owns the
trough" when the sources' trough "belongs to the Town Council".

A story often tells a body's charge in a clause beside its name, and a writer who mixes
up two bodies puts the wrong one there. The sources tell the same charge three ways:
actively ("Wealdshire County Council, which is responsible for roads"), in the passive
("Ashwell Fen is managed by Lowmere Wildlife Trust") or turned round ("the trough, which
belongs to the Town Council"). Each is read as (owner, charge, the words of what is
owned); a story's owner is wrong when the sources give that charge over the same thing
only to other bodies.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .committees import body_words, content_stems_of, same_body

# A body's name: up to five capitalised words, or "the town council".
_BODY = r"(?:the\s+)?(?:[A-Z][\w'&-]*\s+){0,5}?(?:[A-Z][\w'&-]*|[a-z]+\s+council)"
_THING = r"[^,.;:()\[\"“”]{3,60}?"  # what is owned: words up to the clause's end
_END = r"(?=\s*[,.;:()\[\"“”]|\s+(?:and|but|since|until|while|because)\b|\s*$)"
# The charge each verb form tells, and whether its owner comes after it ("managed by").
_ACTIVE = {
    "owns": "own", "owned": "own", "manages": "manage", "managed": "manage",
    "runs": "manage", "ran": "manage", "maintains": "maintain", "maintained": "maintain",
    "responsible for": "answer",
}  # fmt: skip
_PASSIVE = {"owned by": "own", "managed by": "manage", "run by": "manage",
            "maintained by": "maintain", "belongs to": "own", "belonged to": "own"}  # fmt: skip
_WHICH = re.compile(
    rf"({_BODY}),\s+which\s+(?:is\s+|was\s+|has\s+)?({'|'.join(_ACTIVE)})(?!\s+by\b)\s+"
    rf"({_THING}){_END}"
)
# (An apposition may stand between: "Northmoor County Council, as highways authority, is
# responsible for the bridge".)
_ACTIVE_CLAIM = re.compile(
    rf"({_BODY})(?:,\s+as\s+[^,.;:]{{1,40}},)?\s+(?:is\s+|was\s+)?({'|'.join(_ACTIVE)})"
    rf"(?!\s+by\b)\s+({_THING}){_END}"
)
_PASSIVE_CLAIM = re.compile(
    rf"((?:[A-Za-z'-]+\s+){{0,4}}[A-Za-z'-]+)(?:,\s+which\s+|,\s+|\s+)"
    rf"(?:(?:is|was|are|were|all)\s+)?({'|'.join(_PASSIVE)})\s+({_BODY}){_END}"
)

# What a body has, by the possessive: its pot of money ("Breckhurst District Council's
# community heritage fund", "the town council's environment budget") or its own staff
# ("Brayford District Council's pest control team").
_FUND_HEADS = {"fund", "funds", "budget", "reserve", "reserves", "pot"}
_STAFF_HEADS = {"team", "teams", "service", "department", "unit"}
_POSSESSED = re.compile(
    rf"({_BODY})['’]s\s+((?:[a-z][\w-]*\s+){{1,3}}({'|'.join(_FUND_HEADS | _STAFF_HEADS)}))\b"
)
# A body's office, told in apposition: "Westmarch County Council, as highway authority,".
_OFFICE = re.compile(rf"({_BODY}),\s+as\s+(?:the\s+)?([a-z][a-z -]{{2,40}}?),")
# The kind of a fund or staff is no thing of its own: "heritage fund", not any "fund".
_SHARED = {
    "fund": content_stems_of(" ".join(_FUND_HEADS)),
    "staff": content_stems_of(" ".join(_STAFF_HEADS)),
}
_BARE = frozenset({"council"})  # "the council": whichever the source is about


@dataclass(frozen=True)
class Charge:
    owner: frozenset[str]  # the owner's words, lower case
    charge: str  # "own", "manage", "maintain", "answer"
    thing: frozenset[str]  # stems of what is owned
    start: int  # the owner's span in its text
    end: int


# The words a charge is told with: only the stretches of text holding one are parsed.
_TRIGGER = re.compile(rf"\b(?:{'|'.join(_ACTIVE)}|{'|'.join(_PASSIVE)})\b")
# A sentence, or a paragraph with no full stop (a wrapped line runs on).
_STRETCH = re.compile(r"(?:[^.!?\n]|\n(?!\s*\n))+[.!?]?")


def _a_body(name: str) -> bool:
    """Whether a matched owner is a body's name ("Hawkridge Parish Council", "the town
    council"), not a phrase that happens to stand before the verb."""
    return name[:1].isupper() or name.lower().startswith("the ")


def charges(text: str) -> Iterator[Charge]:
    """Every (owner, charge, thing) a text tells, in any of its three ways, and the funds
    it gives a body."""
    for stretch in _STRETCH.finditer(text):
        if _TRIGGER.search(stretch.group()):
            yield from _charges_in(stretch.group(), stretch.start())
    # (A body's name is costly to look for everywhere: only where a possessive or an
    # apposition is.)
    if "'s " in text or "’s " in text:
        for m in _POSSESSED.finditer(text):
            charge = "fund" if m.group(3) in _FUND_HEADS else "staff"
            yield from _charge(m, charge)
    if ", as " in text:
        for m in _OFFICE.finditer(text):
            yield from _charge(m, "office")


def _charge(m: re.Match[str], charge: str, thing: int = 2, at: int = 0) -> Iterator[Charge]:
    """The charge a match tells of the body it opens with (group 1); ``thing``: the group
    of what it is charged with; ``at``: where the matched text starts in its whole."""
    if _a_body(m.group(1)):
        stems = content_stems_of(m.group(thing))
        yield Charge(body_words(m.group(1)), charge, stems, at + m.start(1), at + m.end(1))


def _charges_in(text: str, at: int) -> Iterator[Charge]:
    for pattern in (_WHICH, _ACTIVE_CLAIM):
        for m in pattern.finditer(text):
            yield from _charge(m, _ACTIVE[m.group(2)], thing=3, at=at)
    for m in _PASSIVE_CLAIM.finditer(text):
        start, end = m.span(3)
        owner, thing = body_words(m.group(3)), content_stems_of(m.group(1))
        yield Charge(owner, _PASSIVE[m.group(2)], thing, at + start, at + end)


@functools.lru_cache(maxsize=64)
def _source_charges(text: str) -> tuple[Charge, ...]:
    """A source's charges, read once: stories and re-checks share their sources."""
    return tuple(charges(text))


def charges_of_others(article: str, sources: list[str]) -> list[tuple[int, int]]:
    """The spans of the article's owners given a charge over something that the sources
    give only to other bodies."""
    theirs = [c for text in sources for c in _source_charges(text)]
    out = []
    for mine in charges(article):
        shared = _SHARED.get(mine.charge, frozenset())
        same = [c for c in theirs if c.charge == mine.charge and (c.thing & mine.thing) - shared]
        # "the council's pest control team" beside "Brayford District Council's": the
        # named body says which council that was.
        same = [c for c in same if c.owner != _BARE] or same
        if same and not any(same_body(mine.owner, c.owner) for c in same):
            out.append((mine.start, mine.end))
    return out

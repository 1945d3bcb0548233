"""Figures that trade places: two values of a sentence swapped, the two ends of a change
told the wrong way round, or against the verb that tells the change.

Plain functions over a sentence's tokens and its figures (``Mention``), used by the
checker: they say which figures of the article stand in each other's place.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict

from .facts import Mention
from .sources import _word_after
from .text import content_stems

ZONE_WIDTH = 4  # words either side of a figure that may be its own
SLOT_REACH = 8  # words before and after two figures that tell which is which

# Verbs (and adverbs) that give a change its direction, nouns left out ("losses widened
# from £3m to £5m"); VERB_REACH words before the change's first end.
FALL_VERBS = {
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
    "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "declined",
    "declining", "shrank", "shrinking", "slipped", "down", "lowered", "decreased",
}  # fmt: skip
RISE_VERBS = {
    "rose", "rise", "rises", "rising", "risen", "grew", "grown", "growing", "increase",
    "increased", "increases", "increasing", "up", "jumped", "climbed", "raised", "raise",
    "raising", "boosted",
}  # fmt: skip
VERB_REACH = 8


def change_role(tokens: list, m: Mention) -> str | None:
    """Which end of a change a figure is: "old" ("from £4.50", "instead of £4.50"),
    "new" ("to £6.00", "£6.00 instead of"), or None."""
    k = m.i0 - 1
    while k >= 0 and tokens[k].lower in ("every", "about", "around", "nearly", "almost"):
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    two = tokens[k - 1].lower + " " + before if k >= 1 else before
    after = _word_after(tokens, m)
    if before == "from" or two in ("instead of", "rather than"):
        return "old"
    if before == "to" or after in ("instead", "rather"):
        return "new"
    return None


def zone(tokens: list, m: Mention, figures: list[Mention]) -> frozenset[str]:
    """The capitalised words (names, days) nearer figure ``m`` than any other figure of its
    sentence, up to ZONE_WIDTH either side: whose figure it is."""
    lo, hi = max(0, m.i0 - ZONE_WIDTH), min(len(tokens), m.i1 + ZONE_WIDTH)
    for o in figures:
        if o is m or o.i0 == m.i0:
            continue
        if o.i1 <= m.i0:
            lo = max(lo, (o.i1 + m.i0 + 1) // 2)
        elif o.i0 >= m.i1:
            hi = min(hi, (m.i1 + o.i0) // 2)
    near = tokens[lo : m.i0] + tokens[m.i1 : hi]
    return content_stems([t for t in near if t.text[:1].isupper()])


def slots(tokens: list, pair: tuple[Mention, Mention], figures: list[Mention]) -> dict | None:
    """Each word of the stretch around two neighbouring figures, written once there, with
    its slot: 0 before the first figure, 1 between them, 2 after the second."""
    first, second = sorted(pair, key=lambda m: m.i0)
    lo, hi = max(0, first.i0 - SLOT_REACH), min(len(tokens), second.i1 + SLOT_REACH)
    for o in figures:
        if first.i1 <= o.i0 and o.i1 <= second.i0:
            return None  # not neighbours
        if o.i1 <= first.i0:
            lo = max(lo, o.i1)
        elif o.i0 >= second.i1:
            hi = min(hi, o.i0)
    seen: dict[str, list[int]] = defaultdict(list)
    for k in range(lo, hi):
        if first.i0 <= k < first.i1 or second.i0 <= k < second.i1:
            continue
        slot = 0 if k < first.i0 else 1 if k < second.i0 else 2
        for word in content_stems(tokens[k : k + 1]):
            seen[word].append(slot)
    return {word: slots[0] for word, slots in seen.items() if len(slots) == 1}


def reads_after(tokens: list, a: Mention, b: Mention) -> bool:
    """Whether the first of two figures runs on into its own words ("57 men", "14 from the
    First World War"), rather than closing its phrase ("won 16,", "£2.85 and")."""
    first = min(a, b, key=lambda m: m.i0)
    nxt = tokens[first.i1] if first.i1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and nxt.lower not in ("and", "or", "but")


def slots_kept(article: tuple, source: tuple) -> bool:
    """ "14 from the First World War and 57 from the Second" against "57 men who died in
    the First World War and 14 who died in the Second": the two figures change places
    while every word they share stays in its slot before, between or after them."""
    (toks, a, b, figures), (stoks, va, vb, mine) = article, source
    if (a.i0 < b.i0) == (va.i0 < vb.i0):
        return False
    # "57 men ... and 14" reads its words after each figure, "played 18, won 16" before.
    if reads_after(toks, a, b) != reads_after(stoks, va, vb):
        return False
    here, there = slots(toks, (a, b), figures), slots(stoks, (va, vb), mine)
    if here is None or there is None:
        return False
    shared = here.keys() & there.keys()
    if any(here[w] != there[w] for w in shared):
        return False
    kept = {here[w] for w in shared}
    return 1 in kept and len(kept) > 1


def as_written(m: Mention) -> float:
    """The number as the text writes it ("812" of "812 hours"), before any unit."""
    return m.raw if m.raw is not None and m.unit is not None else m.value


def against_verb(tokens: list, figures: list[Mention]) -> list[Mention]:
    """ "reduce opening hours from 812 a week to 1,046", "falling to 2,305 tons from
    2,140 tons": the two ends of a change (of one sentence's ``figures``) that go against
    the verb telling it, whatever the sources say."""
    out: list[Mention] = []
    mine = sorted(
        (
            (f, role)
            for f in figures
            if f.family == "num" and f.unit not in ("ord", "clock")
            if (role := change_role(tokens, f))
        ),
        key=lambda p: p[0].i0,
    )
    starts = sorted(f.i0 for f in figures)
    for (a, ra), (b, rb) in itertools.pairwise(mine):
        # "from 812 hours a week to 1,046": the second end takes the first's unit.
        if ra == rb or (None not in (a.unit, b.unit) and a.unit != b.unit):
            continue
        if bisect.bisect_right(starts, a.i0) != bisect.bisect_left(starts, b.i0):
            continue  # another figure between: two changes ("up from X, ... to Y")
        old, new = (a, b) if ra == "old" else (b, a)
        lead = tokens[max(0, a.i0 - VERB_REACH) : a.i0]
        # Only the words since the last figure before the change tell its way.
        numbers = [k for k, t in enumerate(lead) if t.text[:1].isdigit()]
        words = {t.lower for t in lead[numbers[-1] + 1 if numbers else 0 :]}
        down, up = bool(words & FALL_VERBS), bool(words & RISE_VERBS)
        if old.unit == new.unit:
            written_old, written_new = old.value, new.value
        else:
            written_old, written_new = as_written(old), as_written(new)
        if written_old == written_new:
            continue
        if down != up and (written_new > written_old) == down:
            out += [a, b]
    return out

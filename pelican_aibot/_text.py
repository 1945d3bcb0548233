"""Sentence splitting and word tokenising for English news text, in pure Python.

Sentences are returned as exact substrings of the input, so whoever quotes
them (the extractive writer) can prove they are verbatim.
"""

from __future__ import annotations

import re
from collections import Counter

# Titles before a name: a period after them never ends a sentence.
TITLES = frozenset(
    "mr mrs ms messrs mmes dr prof sen sens rep reps gov lt gen col maj capt cmdr adm sgt cpl pvt "
    "st rev fr hon pres supt det insp atty amb gens cmdr brig rt".split()
)
# Before a number ("Jan. 5", "No. 10", "Vol. 3"): no sentence ends there.
BEFORE_NUMBERS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols p pp art sec ch fig figs "
    "ca approx".split()
)
# Other abbreviations that usually sit inside a sentence but may end one.
ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc jr sr bros vs etc al dept univ assn est ft mt ave blvd rd hwy "
    "calif ala ariz ark colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont "
    "neb nev okla ore pa tenn tex va vt wash wis wyo tues wed thurs fri sat sun mon "
    "gov't govt int'l natl".split()
)
# Words that often start a sentence: after "U.S." or "Inc." they signal a sentence break.
STARTERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there then "
    "but and so yet however meanwhile in on at for after before when while if as by from "
    "police officials authorities no some many most one two three several".split()
)

_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+)")
_NEXT_OK = re.compile(r"\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de]")
_PREV_TOKEN = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, D.C, a.m, e.g
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how i if
    in into is it it's its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own said same say says she should so some such than
    that that's the their theirs them themselves then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves told tell according one two new also like get got
    mr mrs ms s t""".split()
)


def paragraphs(text: str) -> list[str]:
    """Non-empty lines: extracted text keeps one paragraph per line (or per blank-line block)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, each an exact substring of ``paragraph``."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if not _NEXT_OK.match(paragraph, end):
            continue
        single_period = match.group().rstrip("\"'\u201d\u2019)]") == "."
        if single_period and not _period_ends_sentence(
            paragraph[start : match.start()], paragraph[end:]
        ):
            continue
        piece = paragraph[start:end].strip()
        if piece:
            sentences.append(piece)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _period_ends_sentence(before: str, after: str) -> bool:
    """Decide whether a single period after ``before`` ends the sentence."""
    found = _PREV_TOKEN.search(before)
    if not found:
        return True
    token = found.group(1).lstrip("\"'\u201c\u2018([")
    lower = token.lower()
    next_word = after.split(None, 1)[0].strip("\"'\u201c\u2018([") if after.split() else ""
    if lower in TITLES:
        return False
    if lower in BEFORE_NUMBERS and next_word[:1].isdigit():
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. K. Rowling"
    if lower in BEFORE_NUMBERS or lower in ABBREVIATIONS or _DOTTED.fullmatch(token):
        return next_word.lower() in STARTERS
    return True


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept inside words)."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]


def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'storms' with 'storm', 'killed' with 'kill'."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str) -> Counter[str]:
    """Content terms of ``text`` (stop words dropped, stemmed), with counts."""
    return Counter(stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit())

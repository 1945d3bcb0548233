"""Removing what a language model says about its own writing from a generated story.

Models wrap stories in chatter ("Sure! Here is the article:", "I hope this
helps", "This breaking news story covers the key details...", "The goal was to
produce an engaging yet responsible piece..."). Such sentences are removed from
the start and the end of the text, and whole paragraphs made only of them are
removed anywhere. Real reporting is left alone: every pattern needs the text to
talk about *this* piece, its writing, its sources as given to the model, or the
reader of a chat, and words inside quotation marks never count.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_WRITING = (
    r"(?:article|story|piece|write-?up|draft|rewrite|summary|report(?:ing)?|text|"
    r"news story|news article|headline|paragraphs?|tone|sources?|citations?|word count|words|"
    r"format|markdown|instructions?|request|prompt|brief|reader|readers)"
)
_PIECE = r"(?:article|story|piece|write-?up|draft|rewrite|summary|version|news story)"
_THIS_PIECE = (
    r"\b(?:this|the above|the following|my)\s+"
    r"(?:(?:breaking|short|brief|concise|final|revised|updated|news|local|original)\s+)*"
    r"(?:news\s+)?(?:article|story|piece|write-?up|draft|rewrite|summary|version)\b"
)
_PIECE_VERBS = (
    r"(?:covers|covered|highlights|provides|aims|aimed|is designed|was designed|was written|"
    r"has been written|is written|captures|summari[sz]es|presents|offers|includes|focuses|"
    r"maintains|adheres|is based|draws|cites|uses|follows|keeps|stays|avoids|combines|"
    r"synthesi[sz]es|brings together|outlines|gives|should|can|will|is intended|seeks|tries|"
    r"strives|reflects|balances|remains|conveys|delivers|reports on)"
)

# Each pattern alone marks a sentence as meta-commentary.
_META = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:sure|certainly|of course|absolutely|okay|ok|great|alright)(?: thing)?"
        r"(?:,? here(?:'s| is| you go))?[!.,:]*$",
        r"^(?:sure|certainly|of course|absolutely|okay|ok),? (?:here|i)\b",
        r"^here(?:'s| is| are)\b.{0,80}\b" + _PIECE + r"\b",
        r"^(?:below|following) (?:is|are)\b.{0,60}\b" + _PIECE + r"\b",
        r"\bas an? (?:ai|artificial intelligence|language model|large language model|llm)\b",
        r"\bi(?:'m| am) (?:an ai|a language model|not able to browse|unable to browse)\b",
        r"\bmy (?:knowledge cutoff|training data)\b",
        r"\bi hope (?:this|that|it|you)\b",
        r"\b(?:let me know|feel free to (?:ask|let me|reach out to me|adjust|modify|edit|change|"
        r"request)|happy to (?:help|adjust|revise|make)|"
        r"would you like me to|if you(?:'d| would) like(?: me)? to|do you want me to)\b",
        _THIS_PIECE + r".{0,40}?\b" + _PIECE_VERBS + r"\b",
        r"\bin (?:summary|conclusion|short|closing),? " + _THIS_PIECE,
        r"\b(?:the|my|our) (?:goal|aim|intent|intention|objective|purpose) (?:here )?"
        r"(?:was|is|has been) to (?:write|produce|create|provide|craft|deliver|present|inform|"
        r"give|keep|offer|summari[sz]e|report)\b",
        r"\bthe (?:provided|supplied|attached|given|above) (?:sources?|texts?|materials?|"
        r"excerpts?|articles?|documents?|information)\b",
        r"\b(?:sources?|texts?|excerpts?) (?:you )?(?:provided|supplied|given)\b(?! by)",
        r"\b(?:based|drawing|relying|drawn) (?:solely |only |entirely |strictly )?(?:on|from) "
        r"(?:the )?(?:sources?|information) (?:provided|given|supplied|you provided|above)"
        r"\b(?! by)",
        r"\bword count\b",
        r"^\(?(?:note|please note|n\.b\.|disclaimer)\s*[:\-–—]",
        r"^(?:headline|title|word count|sources?|instructions?|task|prompt|tone|format|length|"
        r"byline|dateline)\s*:\s*\S",
        r"^(?:write|compose|draft|create|produce) (?:a|an|the) (?:\w+ ){0,3}(?:article|story|"
        r"piece|report)\b",
        r"\b(?:citations?|references?|numbers?) in (?:square )?brackets (?:refer|point|"
        r"correspond)\b",
        r"^\[\d+\] (?:refers|corresponds) to\b",
        r"\b(?:i|we) (?:have |'ve |’ve )?(?:written|crafted|created|produced|drafted|kept|aimed|"
        r"tried|focused|ensured|included|structured|avoided|made sure|attributed|cited|"
        r"summari[sz]ed|paraphrased|chosen|refrained)\b.{0,120}\b" + _WRITING + r"\b",
    )
]
_NOTE = re.compile(r"^\(?(?:note|please note|n\.b\.|disclaimer)\s*[:\-–—]", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"”’)]*(?=\s)|$)|\n", re.MULTILINE)


def _sentences(block: str) -> list[tuple[int, int]]:
    """(start, end) of sentences and lines inside a paragraph.

    A lead-in ending in a colon ("Here is the article: A storm...") is its own
    sentence when it is meta-commentary by itself.
    """
    spans = []
    for m in _SENTENCE.finditer(block):
        a, b = m.start(), m.end()
        while a < b and block[a].isspace():
            a += 1
        while b > a and block[b - 1].isspace():
            b -= 1
        colon = block.find(": ", a, b)
        rest_is_prose = colon > a and len(block[colon:b].split()) >= 6
        if rest_is_prose and is_meta(block[a : colon + 1]):
            spans.append((a, colon + 1))
            a = colon + 2
        if a < b:
            spans.append((a, b))
    return spans


def is_meta(sentence: str) -> bool:
    """Whether a sentence talks about the writing rather than the news."""
    text = _QUOTED.sub('""', sentence.strip()).lstrip("#>*_ -").strip()
    text = text.replace("’", "'")
    if not text:
        return False
    if _NOTE.match(text):
        # "Note: the figures are provisional" is reporting; a note about the writing is not.
        return bool(
            re.search(
                r"\b(?:this (?:article|story|piece|text|summary)|written|generated|"
                r"language model|the (?:provided|given|above) (?:sources?|information)|"
                r"based on|(?:should|please|may want to) (?:verify|check|consult)|"
                r"fact-check|accuracy of)\b",
                text,
                re.IGNORECASE,
            )
        )
    return any(p.search(text) for p in _META)


def _blocks(markdown: str) -> list[str]:
    return [b for b in re.split(r"\n[ \t]*\n", markdown.strip()) if b.strip()]


def strip_meta_commentary(markdown: str) -> tuple[str, list[str]]:
    """Returns the cleaned text and the removed passages."""
    blocks = _blocks(markdown)
    removed: list[str] = []

    def meta_block(block: str) -> bool:
        spans = _sentences(block)
        return bool(spans) and all(is_meta(block[a:b]) for a, b in spans)

    # Whole paragraphs: anywhere when made only of meta sentences.
    kept: list[str] = []
    for block in blocks:
        if meta_block(block):
            removed.append(block.strip())
        else:
            kept.append(block)

    # Leading sentences of the first paragraph, trailing ones of the last.
    if kept:
        first = kept[0]
        spans = _sentences(first)
        cut = 0
        for a, b in spans:
            if not is_meta(first[a:b]):
                break
            removed.append(first[a:b])
            cut = b
        if cut:
            kept[0] = first[cut:].lstrip()
    if kept:
        last = kept[-1]
        spans = _sentences(last)
        cut = len(last)
        for a, b in reversed(spans):
            if not is_meta(last[a:b]):
                break
            removed.append(last[a:b])
            cut = a
        if cut < len(last):
            kept[-1] = last[:cut].rstrip()

    kept = [b for b in kept if b.strip()]
    # Separators left dangling at either end by the removals.
    while kept and _RULE.match(kept[-1]) and removed:
        kept.pop()
    while kept and _RULE.match(kept[0]) and removed:
        kept.pop(0)

    for passage in removed:
        logger.info("removed meta-commentary: %.80r", passage)
    cleaned = "\n\n".join(kept)
    if markdown.endswith("\n") and cleaned:
        cleaned += "\n"
    return cleaned, removed

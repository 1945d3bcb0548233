"""The offline writer: a multi-document extractive summary, cited sentence by sentence.

It never invents text. Every sentence of the story is copied verbatim from
one source and cited with that source's number, so the grounding check has
nothing to flag and the build needs no network, no key and no money.

The method, in short: split every source into sentences, drop junk (captions,
calls to action, fragments), weigh each sentence by TF-IDF cosine to the
centroid of all sources (what the sources agree on), to the stub's title and
brief (what the writer asked for) and by its position (news puts the key facts
first), then pick greedily from the top while skipping near-duplicates of
sentences already picked, so the same fact reported by two outlets appears
once. The best sentence leads; the rest follow in source and reading order.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import _text
from ..errors import BackendError
from ..models import Draft, Source, Stub, Usage
from ..settings import AibotSettings

logger = logging.getLogger(__name__)

ALGORITHM = "centroid-title-position-dedupe"
VERSION = 2

# Ranking weights and thresholds, part of the algorithm version.
W_CENTROID = 0.45
W_QUERY = 0.35
W_POSITION = 0.20
DANGLING_PENALTY = 0.6  # "He said..." or "However, ..." out of context
DUPLICATE_COSINE = 0.5
DUPLICATE_SHINGLES = 0.25
MIN_WORDS, MAX_WORDS = 6, 70
MIN_SENTENCES = 2
MAX_PARAGRAPH_SENTENCES = 3

_DANGLING = frozenset(
    "he she it they them his her its their this that these those there but and also however "
    "meanwhile still yet so then moreover furthermore instead besides".split()
)
_JUNK = re.compile(
    r"click here|subscribe|sign up|newsletter|advertis|all rights reserved|copyright|\u00a9"
    r"|getty images|shutterstock|\bap photo\b|file photo|(?:photo|image|picture)s?\s*(?:by|:|/)"
    r"|\bcredit\s*:|read more|follow us|share this|cookies?\b|javascript|your browser"
    r"|log in|sign in|terms of (?:use|service)|privacy policy|download (?:our|the) app"
    r"|https?://|www\.|@\w",
    re.IGNORECASE,
)
# Characters that Markdown would interpret, so copying them would change the sentence.
_MARKUP = re.compile(r"[\[\]<>`*_|\\{}]|&#?\w+;|^[#>+=-]|^\d+[.)]\s")
_ENDS_WELL = re.compile(r"[.!][\"'\u201d\u2019)\]]*$")  # questions are mostly subheads
# A wire-style dateline ("EASTBROOK — ", "LONDON (Reuters) - ") opening a report's first
# sentence: dropped, so the sentence reads on its own in the middle of a story.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'\u2019-]{1,40}(?:\([^)]{1,30}\))?\s*[\u2014\u2013-]{1,2}\s+(?=[A-Z\"\u201c])"
)
_STARTS_WELL = re.compile(r"^[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u00de]")


@dataclass
class _Sentence:
    text: str
    source: int  # Source.n
    order: int  # index of the source in the list, then reading position
    position: int  # among the usable sentences of its source
    terms: Counter[str]
    shingles: frozenset[tuple[str, ...]]
    dangling: bool
    vector: dict[str, float] | None = None
    score: float = 0.0


class ExtractiveBackend:
    """Writes a cited summary from the sources' own sentences; offline and deterministic."""

    name = "extractive"

    def __init__(self, settings: AibotSettings) -> None:
        self.settings = settings
        self.model = f"extractive-{VERSION}"
        self.sentences = max(1, int(settings.summary_sentences))

    def params(self) -> dict[str, Any]:
        return {"algorithm": ALGORITHM, "version": VERSION, "sentences": self.sentences}

    async def write(self, stub: Stub, sources: Sequence[Source]) -> Draft:
        return self.summarize(stub, sources)

    def summarize(self, stub: Stub, sources: Sequence[Source]) -> Draft:
        """The synchronous core of ``write`` (pure CPU work, nothing to await)."""
        if not sources:
            raise BackendError(f"{stub.title}: no sources to write from")
        candidates = [s for i, src in enumerate(sources) for s in _candidates(src, i)]
        if len(candidates) < MIN_SENTENCES:
            raise BackendError(
                f"{stub.title}: the sources hold too little usable text "
                f"({len(candidates)} usable sentences, need at least {MIN_SENTENCES})"
            )
        query = " ".join([stub.title, stub.brief or "", *(src.note or "" for src in sources)])
        _score(candidates, _text.terms(query))
        target = min(self.sentences, max(MIN_SENTENCES, math.ceil(len(candidates) / 2)))
        chosen = _select(candidates, target)
        lead, rest = chosen[0], sorted(chosen[1:], key=lambda s: s.order)
        logger.debug("%s: %d of %d sentences chosen", stub.title, len(chosen), len(candidates))
        return Draft(
            headline=stub.title,
            body=_layout(lead, rest),
            summary=lead.text,
            backend=self.name,
            model=self.model,
            usage=Usage(),
        )


def _candidates(source: Source, index: int) -> list[_Sentence]:
    """The usable sentences of one source, in reading order."""
    found: list[_Sentence] = []
    seen: set[str] = set()
    for paragraph in _text.paragraphs(source.text):
        for sentence in _text.split_sentences(paragraph):
            sentence = _DATELINE.sub("", sentence)
            if sentence in seen or _is_junk(sentence):
                continue
            seen.add(sentence)
            tokens = _text.words(sentence)
            terms = _text.terms(sentence)
            if not terms:
                continue
            first = tokens[0] if tokens else ""
            found.append(
                _Sentence(
                    text=sentence,
                    source=source.n,
                    order=index * 1_000_000 + len(found),
                    position=len(found),
                    terms=terms,
                    shingles=frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False)),
                    dangling=first in _DANGLING,
                )
            )
    if not found:
        logger.info("source [%d] %s has no usable sentences", source.n, source.url)
    return found


def _is_junk(sentence: str) -> bool:
    """Captions, calls to action, fragments, shouting and markup are not story material."""
    n_words = len(sentence.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        return True
    if not _ENDS_WELL.search(sentence) or not _STARTS_WELL.match(sentence):
        return True
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return True
    return bool(_JUNK.search(sentence) or _MARKUP.search(sentence))


def _score(sentences: list[_Sentence], query: Counter[str]) -> None:
    """Score each sentence by centroid similarity, title/brief relevance and position."""
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(s.terms.keys())
    n = len(sentences)

    def idf(term: str) -> float:
        return math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0

    for s in sentences:
        s.vector = _normalize({t: (1 + math.log(c)) * idf(t) for t, c in s.terms.items()})

    # Average per-source centroids, so a long source does not outvote the others.
    by_source: dict[int, list[_Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    centroid: dict[str, float] = {}
    for group in by_source.values():
        for s in group:
            for t, w in (s.vector or {}).items():
                centroid[t] = centroid.get(t, 0.0) + w / len(group)
    centroid = _normalize(centroid)
    query_vector = _normalize({t: (1 + math.log(c)) * idf(t) for t, c in query.items()})

    for s in sentences:
        vector = s.vector or {}
        score = (
            W_CENTROID * _cosine(vector, centroid)
            + W_QUERY * _cosine(vector, query_vector)
            + W_POSITION / math.sqrt(1 + s.position)
        )
        if s.dangling:
            score *= DANGLING_PENALTY
        s.score = round(score, 12)  # rounding keeps the ranking stable across platforms


def _select(sentences: list[_Sentence], target: int) -> list[_Sentence]:
    """Greedy pick by score, skipping near-duplicates; the first pick leads the story."""
    ranked = sorted(sentences, key=lambda s: (-s.score, s.order))
    # The lead must stand on its own: prefer one that does not start with "He" or "But".
    leads = [s for s in ranked if not s.dangling] or ranked
    chosen = [leads[0]]
    for s in ranked:
        if len(chosen) >= target:
            break
        if s is chosen[0] or any(_redundant(s, c) for c in chosen):
            continue
        chosen.append(s)
    return chosen


def _redundant(a: _Sentence, b: _Sentence) -> bool:
    """Whether two sentences say the same thing (same wording or the same content terms)."""
    if _cosine(a.vector or {}, b.vector or {}) >= DUPLICATE_COSINE:
        return True
    if a.shingles and b.shingles:
        overlap = len(a.shingles & b.shingles)
        if overlap / len(a.shingles | b.shingles) >= DUPLICATE_SHINGLES:
            return True
        if overlap / min(len(a.shingles), len(b.shingles)) >= 0.6:
            return True  # one sentence quotes most of the other
    return False


def _layout(lead: _Sentence, rest: list[_Sentence]) -> str:
    """The lead alone, then paragraphs of up to three sentences from one source each."""
    paragraphs: list[list[_Sentence]] = [[lead]]
    for s in rest:
        last = paragraphs[-1]
        if (
            len(paragraphs) > 1
            and last[-1].source == s.source
            and len(last) < MAX_PARAGRAPH_SENTENCES
        ):
            last.append(s)
            continue
        paragraphs.append([s])
    # A one-sentence paragraph joins the paragraph before it, when that one has room.
    merged: list[list[_Sentence]] = [paragraphs[0]]
    for para in paragraphs[1:]:
        if len(para) == 1 and len(merged) > 1 and len(merged[-1]) < MAX_PARAGRAPH_SENTENCES:
            merged[-1].extend(para)
        else:
            merged.append(para)
    return "\n\n".join(" ".join(f"{s.text} [{s.source}]" for s in para) for para in merged) + "\n"


def _normalize(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())

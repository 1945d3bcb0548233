"""Related stories: TF-IDF cosine on title and text, plus shared tags and category.

Pure Python and sparse: every article keeps only its strongest terms, an
inverted index (with impact-ordered, truncated postings) finds candidates, and
the candidates are re-scored exactly. Ties break on date (newest first), then
slug, so the same site always gets the same links.
"""

from __future__ import annotations

import html
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from heapq import nlargest
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_MAX = 4
TERMS_PER_DOC = 48  # strongest terms kept per article vector (at least; more on small sites)
QUERY_TERMS = 8  # terms of an article used to look up candidates
POSTINGS_MAX = 64  # best articles kept per term in the inverted index
RESCORE = 16  # candidates re-scored exactly
TAG_WEIGHT = 0.25
CATEGORY_WEIGHT = 0.05
TITLE_REPEAT = 2  # the headline counts this many times more than body words

_TAG_RE = re.compile(r"<[^>]*>")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset(
    """
    about above after again against all also among and any are around because been before
    being below between both but can could did does doing down during each few for from
    further had has have having her here hers herself him himself his how into its itself
    just more most not now off once only other our ours out over own same she should some
    such than that the their theirs them then there these they this those through too under
    until very was were what when where which while who whom why will with would you your
    yours said says say one two three new year years told may might must per via upon
    """.split()
)


@lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str | None:
    """Crude plural folding; None for stop words."""
    if word in _STOPWORDS:
        return None
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def term_counts(text: str) -> Counter[str]:
    """Counts of the lower-cased word stems of ``text``, without stop words."""
    out: Counter[str] = Counter()
    for word, n in Counter(_WORD_RE.findall(text.lower())).items():
        stem = _stem(word)
        if stem is not None:
            out[stem] += n
    return out


@lru_cache(maxsize=1024)
def _log_tf(tf: int) -> float:
    return 1.0 + math.log(tf)


def plain_text(markup: str) -> str:
    """Text of an HTML fragment, good enough for term counting."""
    return html.unescape(_TAG_RE.sub(" ", markup or ""))


@dataclass
class Doc:
    """What the index needs to know about one article."""

    title: str
    text: str
    slug: str
    date: datetime | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    group: str = ""  # articles with the same group (translations) never link each other
    lang: str = ""
    candidate: bool = True  # False for drafts/hidden: they get links but are never linked
    vector: dict[str, float] = field(default_factory=dict, repr=False)


def _date_key(doc: Doc) -> float:
    if doc.date is None:
        return 0.0
    try:
        return doc.date.timestamp()
    except (OverflowError, OSError, ValueError):
        return 0.0


class RelatedIndex:
    """A TF-IDF index over a fixed list of documents."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.docs = list(docs)
        counts = [self._count(doc) for doc in self.docs]
        n = len(self.docs)
        df: Counter[str] = Counter()
        for c in counts:
            df.update(c.keys())
        idf = {term: math.log((n + 1) / (d + 1)) + 1.0 for term, d in df.items()}
        # Small sites keep (nearly) whole vectors; big ones only the strongest terms.
        terms_per_doc = min(1000, max(TERMS_PER_DOC, 200_000 // max(n, 1)))

        postings: dict[str, list[tuple[float, int]]] = {}
        self._tag_postings: dict[str, list[int]] = {}
        self._by_category: dict[str, list[int]] = {}
        for i, (doc, c) in enumerate(zip(self.docs, counts, strict=True)):
            weights = {t: _log_tf(tf) * idf[t] for t, tf in c.items()}
            top = nlargest(terms_per_doc, weights, key=weights.__getitem__)
            norm = math.sqrt(math.fsum([weights[t] ** 2 for t in top])) or 1.0
            doc.vector = {t: weights[t] / norm for t in top}
            if not doc.candidate:
                continue
            for t, w in doc.vector.items():
                postings.setdefault(t, []).append((w, i))
            for tag in doc.tags:
                self._tag_postings.setdefault(tag, []).append(i)
            if doc.category:
                self._by_category.setdefault(doc.category, []).append(i)
        # Impact ordering: each term keeps the articles it matters most to.
        self._postings = {
            t: nlargest(POSTINGS_MAX, p, key=lambda wi: (wi[0], -wi[1]))
            for t, p in postings.items()
        }

    @staticmethod
    def _count(doc: Doc) -> Counter[str]:
        c = term_counts(doc.text)
        for term, n in term_counts(doc.title).items():
            c[term] += n * TITLE_REPEAT
        return c

    def score(self, i: int, j: int) -> float:
        """Similarity of documents ``i`` and ``j`` (symmetric)."""
        a, b = self.docs[i], self.docs[j]
        va, vb = a.vector, b.vector
        s = math.fsum([va[t] * vb[t] for t in va.keys() & vb.keys()])  # order-free
        if a.tags and b.tags:
            shared = len(set(a.tags) & set(b.tags))
            if shared:
                s += TAG_WEIGHT * shared / math.sqrt(len(a.tags) * len(b.tags))
        if a.category and a.category == b.category:
            s += CATEGORY_WEIGHT
        return round(s, 9)

    def _allowed(self, i: int, j: int) -> bool:
        a, b = self.docs[i], self.docs[j]
        return (
            i != j
            and b.candidate
            and (not a.group or a.group != b.group)
            and (not a.lang or not b.lang or a.lang == b.lang)
        )

    def _candidates(self, doc: Doc, terms: int) -> dict[int, float]:
        """Rough scores from the inverted index, over the ``terms`` strongest terms."""
        acc: dict[int, float] = {}
        get, postings = acc.get, self._postings
        query = nlargest(terms, doc.vector.items(), key=lambda kv: (kv[1], kv[0]))
        for t, w in query:
            for pw, j in postings.get(t, ()):
                acc[j] = get(j, 0.0) + w * pw
        for tag in doc.tags:
            plist = self._tag_postings.get(tag, ())
            if len(plist) <= POSTINGS_MAX:
                for j in plist:
                    acc[j] = acc.get(j, 0.0) + TAG_WEIGHT
        return acc

    def _ranked(self, i: int, acc: dict[int, float], limit: int) -> list[int]:
        rough = nlargest(limit, acc.items(), key=lambda kv: (kv[1], -kv[0]))
        scored = [(self.score(i, j), j) for j, _ in rough if self._allowed(i, j)]
        scored = [sj for sj in scored if sj[0] > 0]
        scored.sort(key=lambda sj: (-sj[0], -_date_key(self.docs[sj[1]]), self.docs[sj[1]].slug))
        return [j for _, j in scored]

    def related(self, i: int, k: int = DEFAULT_MAX) -> list[int]:
        """Indexes of the ``k`` documents most related to document ``i``."""
        if k <= 0:
            return []
        doc = self.docs[i]
        found = self._ranked(i, self._candidates(doc, QUERY_TERMS), RESCORE + 1)
        if len(found) < k:
            # Few matches on the strongest terms (a story with rare names): look at all
            # its terms and at its section before giving up.
            acc = self._candidates(doc, len(doc.vector))
            for j in self._by_category.get(doc.category or "", ())[:POSTINGS_MAX]:
                acc.setdefault(j, 0.0)
            found = self._ranked(i, acc, len(acc))
        return found[:k]


def _article_doc(article: Any, candidate: bool, id_attr: str) -> Doc:
    content = getattr(article, "_content", None)
    if content is None:
        content = getattr(article, "content", "") or ""
    category = getattr(article, "category", None)
    return Doc(
        title=plain_text(str(getattr(article, "title", ""))),
        text=plain_text(str(content)),
        slug=str(getattr(article, "slug", "") or ""),
        date=getattr(article, "date", None),
        tags=tuple(sorted({str(t).lower() for t in getattr(article, "tags", None) or ()})),
        category=str(category) if category else None,
        group=str(getattr(article, id_attr, "") or ""),
        lang=str(getattr(article, "lang", "") or ""),
        candidate=candidate,
    )


def relate_articles(
    published: Iterable[Any],
    others: Iterable[Any] = (),
    k: int = DEFAULT_MAX,
    id_attr: str = "slug",
) -> None:
    """Set ``related_posts`` on every article; only ``published`` ones are ever linked."""
    published, others = list(published), list(others)
    items = published + others
    docs = [_article_doc(a, True, id_attr) for a in published]
    docs += [_article_doc(a, False, id_attr) for a in others]
    index = RelatedIndex(docs)
    for i, article in enumerate(items):
        article.related_posts = [items[j] for j in index.related(i, k)]


def _on_articles_finalized(generator: Any) -> None:
    settings = generator.settings
    k = int(settings.get("AIBOT_RELATED_MAX", DEFAULT_MAX))
    published = list(generator.articles) + list(getattr(generator, "translations", []))
    others = [
        *getattr(generator, "drafts", []),
        *getattr(generator, "drafts_translations", []),
        *getattr(generator, "hidden_articles", []),
        *getattr(generator, "hidden_translations", []),
    ]
    relate_articles(published, others, k, settings.get("ARTICLE_TRANSLATION_ID") or "slug")
    logger.debug("related stories computed for %d articles", len(published) + len(others))


def register_signals() -> None:
    """Connect the related-stories pass to Pelican's article generator."""
    from pelican import signals

    signals.article_generator_finalized.connect(_on_articles_finalized)

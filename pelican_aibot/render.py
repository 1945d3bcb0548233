"""Markdown body with [n] citations -> sanitized article HTML (contract 4).

The model's answer is untrusted: after Markdown, nh3 keeps an allow-list of
tags, drops every attribute but the few we set, and only links to the story's
own sources survive.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import markdown
import nh3

CITATION = re.compile(r"\s?\[(\d{1,2}(?:\s*[,;]\s*\d{1,2})*)\]")

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i",
    "code", "table", "thead", "tbody", "tr", "th", "td", "sup", "a", "hr",
}  # fmt: skip


def plain_text(text: str) -> str:
    """One line of plain text: tags dropped, entities decoded, whitespace folded."""
    no_tags = nh3.clean(text, tags=set(), strip_comments=True)
    return " ".join(html.unescape(no_tags).split())


def _cite(numbers: str, count: int) -> str:
    parts = []
    for raw in re.split(r"\s*[,;]\s*", numbers):
        n = int(raw)
        if 1 <= n <= count:
            parts.append(f'<sup class="cite"><a href="#source-{n}">{n}</a></sup>')
    return "".join(parts)


def render_body(body: str, source_urls: Sequence[str]) -> str:
    """Sanitized HTML of a Markdown story whose [n] refer to ``source_urls[n-1]``."""
    count = len(source_urls)
    raw_html = markdown.markdown(body, extensions=["tables", "sane_lists"], output_format="html")
    # Citations become links only in text, never inside tags or attribute values.
    pieces = re.split(r"(<[^>]*>)", raw_html)
    linked = "".join(
        piece if piece.startswith("<") else CITATION.sub(lambda m: _cite(m[1], count), piece)
        for piece in pieces
    )
    allowed_hrefs = {f"#source-{n}" for n in range(1, count + 1)} | set(source_urls)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            return value if value in allowed_hrefs else None
        return value

    return nh3.clean(
        linked,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}, "th": {"align"}, "td": {"align"}},
        allowed_classes={"sup": {"cite"}},
        attribute_filter=keep,
        link_rel=None,
        strip_comments=True,
        url_schemes={"http", "https"},
    ).strip()

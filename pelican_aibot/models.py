"""Plain data objects passed between the pipeline's stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceRef:
    """One entry of a stub's ``sources`` list: a URL or a local file, plus a note."""

    url: str | None = None
    path: str | None = None  # as written in the stub, relative to the stub's folder
    resolved_path: Path | None = None  # absolute path of ``path``
    note: str | None = None
    line: int | None = None

    @property
    def is_file(self) -> bool:
        return self.path is not None

    @property
    def label(self) -> str:
        return self.url if self.url is not None else str(self.path)


@dataclass(frozen=True)
class Correction:
    date: date
    text: str


@dataclass(frozen=True)
class Stub:
    """A validated story stub (contract 1)."""

    path: Path
    title: str
    date: datetime
    sources: tuple[SourceRef, ...]
    tags: tuple[str, ...] = ()
    category: str | None = None
    author: str | None = None
    slug: str | None = None
    brief: str | None = None
    status: str = "published"
    reviewed_by: str | None = None
    # Facts the grounding check could not find that the editor checked by hand.
    verified: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    sha256: str = ""  # of the file's bytes: tells whether a stub changed

    def prompt_fields(self) -> dict[str, Any]:
        """The stub fields that reach the model, and so the article cache key."""
        return {
            "title": self.title,
            "date": self.date.isoformat(),
            "brief": self.brief,
            "notes": [ref.note for ref in self.sources],
        }


@dataclass(frozen=True)
class Source:
    """Extracted text and metadata of one source, numbered in stub order from 1."""

    n: int
    url: str  # the link readers follow: the fetched URL, or the file's site path
    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    note: str | None = None
    body_sha256: str = ""
    fetched_at: str | None = None

    @property
    def text_sha256(self) -> str:
        return sha256_text(self.text)


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


@dataclass(frozen=True)
class Draft:
    """What a backend writes: a headline and a Markdown body citing sources as [n]."""

    headline: str
    body: str
    summary: str | None = None
    backend: str = ""
    model: str = ""
    usage: Usage = field(default_factory=Usage)
    system_fingerprint: str | None = None

"""File-based entry point behind ``aibot check-facts`` (contract 3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..errors import AibotError
from .check import check_facts


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AibotError(f"{path}: cannot read: {exc}") from None


def check_facts_cli(
    article_path: str | Path,
    source_paths: Sequence[str | Path],
    date_str: str | None = None,
    *,
    working: bool = False,
) -> dict:
    """Read the files, check, and return the JSON-ready ``to_json()`` dict."""
    story_date = None
    if date_str:
        try:
            story_date = date.fromisoformat(date_str)
        except ValueError:
            raise AibotError(f"--date {date_str}: expected YYYY-MM-DD") from None
    article = _read(article_path)
    sources = [_read(p) for p in source_paths]
    return check_facts(article, sources, story_date).to_json(working)

"""Stub text made harmless for themes that render without autoescape.

Pelican's Jinja environment does not autoescape, and its themes pass titles
through ``striptags``, which turns ``&lt;`` back into ``<``; so under
``notmyidea`` or ``simple`` a title from a pull request such as
``<img src=x onerror=...>`` or ``x" onmouseover="..."`` would reach pages as
live HTML, whatever the reader escapes. For such themes the reader swaps the
few characters that can open markup for their typographic look-alikes: a
headline keeps reading the same and can no longer break out of text or an
attribute. Our own theme autoescapes, and gets the text unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_ENTITY = re.compile(r"&(?=#?\w+;)")


def defang(text: str) -> str:
    """``<`` ``>`` become ‹ ›, straight double quotes become curly, and an ``&``
    that would start an entity becomes a full-width ampersand."""
    text = _ENTITY.sub("\uff06", text).replace("<", "\u2039").replace(">", "\u203a")
    parts = text.split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append(("\u201c" if i % 2 == 0 else "\u201d") + part)
    return "".join(out)


def theme_escapes(settings: Mapping[str, Any]) -> bool:
    """Whether the theme renders with autoescape on (ours always does)."""
    from .templates_support import is_aibot_theme

    jinja = settings.get("JINJA_ENVIRONMENT") or {}
    return bool(jinja.get("autoescape")) or is_aibot_theme(settings.get("THEME"))

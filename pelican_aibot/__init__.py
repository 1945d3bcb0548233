"""pelican-aibot: grounded, cited, AI-written news stories from YAML stubs."""

from __future__ import annotations

__version__ = "0.1.0"


def register() -> None:
    """Pelican entry point: connect the stub reader and the cache pre-pass."""
    from .plugin import connect_signals

    connect_signals()

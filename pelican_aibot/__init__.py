"""pelican-aibot: grounded, cited, AI-written news stories from YAML stubs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

__version__ = "0.1.0"


def register() -> None:
    """Pelican entry point: connect the stub reader and the cache pre-pass."""
    from .plugin import connect_signals

    connect_signals()


def theme_path() -> str:
    """The folder of the bundled theme, for ``THEME = pelican_aibot.theme_path()``.

    Installed, the theme is the ``pelican_aibot.theme`` package folder; in a source
    checkout that is not installed it is the repository's top-level ``theme/``.
    """
    try:
        spec = importlib.util.find_spec(f"{__name__}.theme")
    except ImportError:
        spec = None
    for location in (spec and spec.submodule_search_locations) or ():
        if (Path(location) / "templates").is_dir():
            return str(Path(location))
    return str(Path(__file__).resolve().parent.parent / "theme")

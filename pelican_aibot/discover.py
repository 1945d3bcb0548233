"""Finding the story stubs of a site the way Pelican finds its articles."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

STUB_EXTENSIONS = ("yaml", "yml")


def stub_files(pelican_settings: Mapping[str, Any]) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file under ARTICLE_PATHS, minus ARTICLE_EXCLUDES and
    IGNORE_FILES, sorted. Whether each one is a stub is the caller's question."""
    base = Path(pelican_settings["PATH"])
    excluded = {(base / e).resolve() for e in pelican_settings.get("ARTICLE_EXCLUDES", [])}
    ignores = list(pelican_settings.get("IGNORE_FILES", [".#*"]))
    found: set[Path] = set()
    for sub in pelican_settings.get("ARTICLE_PATHS", [""]):
        root = base / sub if sub else base
        if root.is_file():
            found.add(root.resolve())
            continue
        for dirpath, dirs, files in os.walk(root, topdown=True, followlinks=True):
            here = Path(dirpath)
            dirs[:] = sorted(
                d
                for d in dirs
                if (here / d).resolve() not in excluded
                and not any(fnmatch.fnmatch(d, pattern) for pattern in ignores)
            )
            for name in files:
                if name.rsplit(".", 1)[-1].lower() in STUB_EXTENSIONS and not any(
                    fnmatch.fnmatch(name, pattern) for pattern in ignores
                ):
                    found.add((here / name).resolve())
    return sorted(found)

"""The committed, content-addressed cache: source snapshots and written articles.

Files are pretty-printed JSON with sorted keys so that a pull request's diff
shows a reviewer the snapshot and the article text. Writes are atomic (a temp
file in the same folder, then ``os.replace``), so an interrupted build never
leaves a half-written entry behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import CacheError

logger = logging.getLogger(__name__)

SCHEMA = 1
KINDS = ("sources", "articles")


def canonical_json(value: Any) -> str:
    """One spelling per value: the input of every cache key."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def hash_key(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def source_key(url: str) -> str:
    """Snapshots are pinned per URL: the key is the hash of the URL itself."""
    return hash_key({"schema": SCHEMA, "url": url})


class Cache:
    """A folder of ``<kind>/<key[:2]>/<key>.json`` files."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._memo: dict[Path, dict[str, Any]] = {}

    def path_for(self, kind: str, key: str) -> Path:
        if kind not in KINDS or len(key) < 8 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"bad cache address {kind}/{key}")
        return self.root / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """The entry, or None when absent. A corrupt file raises CacheError."""
        path = self.path_for(kind, key)
        if path in self._memo:
            return self._memo[path]
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CacheError(f"{path}: cannot read cache entry: {exc.strerror}") from None
        try:
            entry = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CacheError(
                f"{path}: corrupt cache entry ({exc}); delete it and rebuild to refill it"
            ) from None
        if not isinstance(entry, dict) or entry.get("schema") != SCHEMA:
            raise CacheError(
                f"{path}: not a pelican-aibot cache entry of schema {SCHEMA}; "
                "delete it and rebuild to refill it"
            )
        self._memo[path] = entry
        return entry

    def put(self, kind: str, key: str, entry: Mapping[str, Any]) -> Path:
        """Write atomically; return the path."""
        path = self.path_for(kind, key)
        data = dict(entry, schema=SCHEMA)
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._memo[path] = data
        logger.debug("cache: wrote %s", path)
        return path

    def delete(self, kind: str, key: str) -> None:
        path = self.path_for(kind, key)
        self._memo.pop(path, None)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # drop the shard folder once empty

    def keys(self, kind: str) -> Iterator[str]:
        """Every key of a kind, sorted (stray temp files are not entries)."""
        folder = self.root / kind
        if not folder.is_dir():
            return iter(())
        return iter(sorted(p.stem for p in folder.glob("*/*.json") if not p.name.startswith(".")))

    # Convenience wrappers -------------------------------------------------

    def get_source(self, url: str) -> dict[str, Any] | None:
        return self.get("sources", source_key(url))

    def put_source(self, url: str, entry: Mapping[str, Any]) -> Path:
        return self.put("sources", source_key(url), entry)

    def get_article(self, key: str) -> dict[str, Any] | None:
        return self.get("articles", key)

    def put_article(self, key: str, entry: Mapping[str, Any]) -> Path:
        return self.put("articles", key, entry)

"""The exception hierarchy: one base class, small user-facing subclasses.

Every error carries a one-line message a writer or site owner can act on;
tracebacks are for bugs, never for bad input.
"""

from __future__ import annotations

from pathlib import Path


class AibotError(Exception):
    """Base class of every error this package raises on purpose."""


class StubError(AibotError):
    """A story stub is malformed. Renders as ``path:line: field: message``."""

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class FetchError(AibotError):
    """A source could not be fetched (refused host, timeout, too large, HTTP error...)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class BlockedHostError(FetchError):
    """The host resolves to an address we refuse to contact (SSRF guard)."""


class ExtractError(AibotError):
    """A fetched page held no usable article text."""


class BackendError(AibotError):
    """The language model (or the offline writer) gave no usable story."""


class CacheError(AibotError):
    """A cache file is unreadable or corrupt."""

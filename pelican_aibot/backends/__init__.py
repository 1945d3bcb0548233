"""Story writers. A backend turns a stub and its extracted sources into a Draft.

The interface is deliberately tiny (like simonw/llm's model plugins): a name,
a model, the parameters that determine its output (for the cache key), and one
async ``write`` call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..models import Draft, Source, Stub
from ..settings import AibotSettings


class Backend(Protocol):
    name: str
    model: str

    def params(self) -> dict[str, Any]:
        """Everything besides the stub and sources that determines the output.

        Goes into the article cache key; must never contain secrets.
        """
        ...

    async def write(self, stub: Stub, sources: Sequence[Source]) -> Draft: ...


def get_backend(settings: AibotSettings) -> Backend:
    """The backend named by ``AIBOT_BACKEND``."""
    if settings.backend == "openai":
        from .openai import OpenAIBackend

        return OpenAIBackend(settings)
    from .extractive import ExtractiveBackend

    return ExtractiveBackend(settings)

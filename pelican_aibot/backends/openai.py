"""The OpenAI-compatible backend: Chat Completions through the official SDK.

Works with OpenAI and with any endpoint speaking the same protocol (vLLM,
llama.cpp, Ollama, LiteLLM...). It asks for strict JSON-schema output and
steps down to ``json_object`` and then to plain text (the prompt asks for
JSON either way) when the endpoint rejects the richer format. Anything short
of a complete, parseable, properly cited story is a BackendError: a bad answer
must never become a published article.

The API key is read by the SDK from OPENAI_API_KEY; this module never stores,
logs or returns it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import BackendError
from ..models import Draft, Source, Stub, Usage
from ..settings import AibotSettings
from .prompt import ARTICLE_SCHEMA, PROMPT_VERSION, build_messages

if TYPE_CHECKING:
    import openai

logger = logging.getLogger(__name__)

# Response formats, richest first; the backend steps down when one is refused.
FORMATS = ("json_schema", "json_object", "text")

_CITATION = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "structured output", "schema")
_MAX_ERROR_CHARS = 200


class OpenAIBackend:
    """Writes a story with one Chat Completions call per stub."""

    name = "openai"

    def __init__(
        self, settings: AibotSettings, *, client: openai.AsyncOpenAI | None = None
    ) -> None:
        self.settings = settings
        self.model = settings.model
        self._given_client = client
        self._format = 0  # index into FORMATS; only ever moves down

    # -- identity -------------------------------------------------------------

    def _endpoint_host(self) -> str:
        base = self.settings.base_url or os.environ.get("OPENAI_BASE_URL")
        if not base:
            return "api.openai.com"
        # Host only: never userinfo (may hold credentials), nor a test server's port.
        return urlsplit(base).hostname or base

    def params(self) -> dict[str, Any]:
        """What determines the output besides stub and sources (no secrets)."""
        return {
            "backend": self.name,
            "model": self.model,
            "endpoint": self._endpoint_host(),
            "temperature": 0,
            "seed": self.settings.seed,
            "max_output_tokens": self.settings.max_output_tokens,
            "max_prompt_tokens": self.settings.max_prompt_tokens,
            "prompt_version": PROMPT_VERSION,
            "response_format": FORMATS[0],
        }

    # -- the call -------------------------------------------------------------

    def _new_client(self) -> openai.AsyncOpenAI:
        """A client for one story. Not kept: its connection pool would belong to
        the event loop of the call, and each CLI command runs its own loop."""
        if not os.environ.get("OPENAI_API_KEY"):
            raise BackendError(
                "OPENAI_API_KEY is not set; export it, or use AIBOT_BACKEND = 'extractive'"
            )
        import openai

        return openai.AsyncOpenAI(
            base_url=self.settings.base_url,
            max_retries=self.settings.model_retries,
            timeout=self.settings.model_timeout,
        )

    async def write(self, stub: Stub, sources: Sequence[Source]) -> Draft:
        """One grounded, cited story for ``stub``, or BackendError."""
        messages = build_messages(stub, sources, max_prompt_tokens=self.settings.max_prompt_tokens)
        if self._given_client is not None:
            completion = await self._complete(stub, self._given_client, messages)
        else:
            async with self._new_client() as client:
                completion = await self._complete(stub, client, messages)
        return self._draft(stub, sources, completion)

    async def _complete(self, stub: Stub, client: openai.AsyncOpenAI, messages: list[dict]) -> Any:
        """The completion, stepping down response formats the endpoint refuses."""
        while True:
            level = self._format
            try:
                return await self._create(client, messages, FORMATS[level])
            except Exception as exc:
                if level + 1 < len(FORMATS) and _rejects_format(exc):
                    # max(): concurrent stories may learn the same refusal at once.
                    self._format = max(self._format, level + 1)
                    logger.info(
                        "%s refused response_format %s; retrying with %s",
                        self._endpoint_host(),
                        FORMATS[level],
                        FORMATS[self._format],
                    )
                    continue
                raise BackendError(f"{stub.path}: {self._describe(exc)}") from None

    async def _create(self, client: openai.AsyncOpenAI, messages: list[dict], kind: str) -> Any:
        extra: dict[str, Any] = {}
        if kind == "json_schema":
            extra["response_format"] = {"type": "json_schema", "json_schema": ARTICLE_SCHEMA}
        elif kind == "json_object":
            extra["response_format"] = {"type": "json_object"}
        return await client.chat.completions.create(
            model=self.model,
            messages=messages,  # type: ignore[arg-type]
            temperature=0,
            seed=self.settings.seed,
            max_tokens=self.settings.max_output_tokens,
            **extra,
        )

    def _describe(self, exc: Exception) -> str:
        """A one-line reason for a failed call, with no secret in it."""
        import openai

        key = os.environ.get("OPENAI_API_KEY")
        reason = self._reason(exc, openai)
        return reason.replace(key, "***") if key else reason

    def _reason(self, exc: Exception, openai: Any) -> str:
        host = self._endpoint_host()
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            # The body may echo (part of) the key: never repeat it.
            return f"{host} refused the API key (HTTP {exc.status_code}); check OPENAI_API_KEY"
        if isinstance(exc, openai.APITimeoutError):
            return f"{host} did not answer within {self.settings.model_timeout:g}s"
        if isinstance(exc, openai.APIConnectionError):
            return f"cannot connect to {host}"
        if isinstance(exc, openai.APIStatusError):
            body = exc.body if isinstance(exc.body, dict) else {}
            detail = _one_line(str(body.get("message") or exc.message))
            return f"{host} answered HTTP {exc.status_code}: {detail}"
        return f"{host} gave an unreadable response ({type(exc).__name__}: {_one_line(str(exc))})"

    # -- the answer -----------------------------------------------------------

    def _draft(self, stub: Stub, sources: Sequence[Source], completion: Any) -> Draft:
        where = str(stub.path)
        choices = getattr(completion, "choices", None) or []
        if not choices:
            raise BackendError(f"{where}: the model returned no answer")
        choice = choices[0]
        message = choice.message
        if getattr(message, "refusal", None):
            raise BackendError(f"{where}: the model refused: {_one_line(message.refusal)}")
        if choice.finish_reason == "length":
            raise BackendError(
                f"{where}: the answer was cut off at {self.settings.max_output_tokens} tokens; "
                "raise AIBOT_MAX_OUTPUT_TOKENS"
            )
        if choice.finish_reason == "content_filter":
            raise BackendError(f"{where}: the endpoint's content filter stopped the answer")
        content = (message.content or "").strip()
        if not content:
            raise BackendError(f"{where}: the model returned an empty answer")
        story = parse_story(content)
        if story is None:
            raise BackendError(f"{where}: the answer is not a JSON object: {_one_line(content)}")
        for key in ("headline", "summary", "body"):
            if not isinstance(story.get(key), str):
                raise BackendError(f"{where}: the answer lacks a {key!r} string")
        headline, body = story["headline"].strip(), story["body"].strip()
        if not headline or not body:
            raise BackendError(f"{where}: the answer has an empty headline or body")
        body = check_citations(body, len(sources), where)
        usage = getattr(completion, "usage", None)
        return Draft(
            headline=headline,
            body=body,
            summary=story["summary"].strip() or None,
            backend=self.name,
            model=getattr(completion, "model", None) or self.model,
            usage=Usage(
                prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                total_tokens=getattr(usage, "total_tokens", 0) or 0,
            ),
            system_fingerprint=getattr(completion, "system_fingerprint", None),
        )


def parse_story(content: str) -> dict[str, Any] | None:
    """The first JSON object in a model answer: bare, in a ```json fence, or in prose."""
    candidates = [content]
    candidates += [m.group(1) for m in _FENCE.finditer(content)]
    decoder = json.JSONDecoder()
    for text in candidates:
        text = text.strip()
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return value
    for start in (i for i, ch in enumerate(content) if ch == "{"):
        try:
            value, _ = decoder.raw_decode(content, start)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def check_citations(body: str, count: int, where: str = "story") -> str:
    """Require citations, all within 1..count; write lists like [1, 2] as [1][2]."""
    found = False

    def one(match: re.Match[str]) -> str:
        nonlocal found
        numbers = [int(n) for n in re.split(r"\s*,\s*", match.group(1))]
        for n in numbers:
            if not 1 <= n <= count:
                raise BackendError(f"{where}: the story cites [{n}] but has {count} sources")
        found = True
        return "".join(f"[{n}]" for n in numbers)

    body = _CITATION.sub(one, body)
    if not found:
        raise BackendError(f"{where}: the story cites no source")
    return body


def _rejects_format(exc: Exception) -> bool:
    """Whether an error means "this endpoint does not support that response_format"."""
    status = getattr(exc, "status_code", None)
    if status not in (400, 404, 415, 422, 501):
        return False
    text = (str(getattr(exc, "message", "")) + " " + str(getattr(exc, "body", ""))).lower()
    return any(word in text for word in _FORMAT_WORDS)


def _one_line(text: str | None) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= _MAX_ERROR_CHARS else line[: _MAX_ERROR_CHARS - 1] + "…"

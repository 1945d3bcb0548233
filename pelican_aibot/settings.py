"""The flat ``AIBOT_*`` settings (contract 2), their defaults and env overrides."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

DEFAULT_DISCLAIMER = (
    "This story was written by an automated system from the sources listed below. "
    "Check the sources before relying on it."
)

DEFAULTS: dict[str, Any] = {
    "AIBOT_BACKEND": "extractive",
    "AIBOT_MODEL": "gpt-4o-mini",
    "AIBOT_BASE_URL": None,
    "AIBOT_MODE": "auto",
    "AIBOT_CACHE_PATH": "aibot-cache",
    "AIBOT_AUTHOR": "AiBot",
    "AIBOT_AUTHORS": {},
    "AIBOT_DISCLAIMER": DEFAULT_DISCLAIMER,
    "AIBOT_GROUNDING": "warn",
    "AIBOT_ALLOWED_PRIVATE_HOSTS": [],
    # Extensions (documented in the README).
    "AIBOT_RELATED_MAX": 4,
    "AIBOT_CONCURRENCY": 8,
    "AIBOT_PER_HOST_CONCURRENCY": 2,
    "AIBOT_FETCH_TIMEOUT": 20.0,
    "AIBOT_FETCH_MAX_BYTES": 5 * 1024 * 1024,
    "AIBOT_FETCH_RETRIES": 2,
    "AIBOT_MAX_REDIRECTS": 5,
    "AIBOT_MODEL_TIMEOUT": 120.0,
    "AIBOT_MODEL_RETRIES": 3,
    "AIBOT_MAX_PROMPT_TOKENS": 12000,
    "AIBOT_MAX_OUTPUT_TOKENS": 1500,
    "AIBOT_SEED": 1234,
    "AIBOT_SUMMARY_SENTENCES": 8,
    "AIBOT_PRICES": {},
}

MODES = ("auto", "frozen", "refresh")
BACKENDS = ("extractive", "openai")
GROUNDING_POLICIES = ("warn", "draft", "fail")

# Settings an environment variable of the same name may override.
ENV_OVERRIDES = (
    "AIBOT_MODE",
    "AIBOT_BACKEND",
    "AIBOT_BASE_URL",
    "AIBOT_MODEL",
    "AIBOT_ALLOWED_PRIVATE_HOSTS",
    "AIBOT_GROUNDING",
    "AIBOT_CACHE_PATH",
)


@dataclass(frozen=True)
class AibotSettings:
    """Typed view of the ``AIBOT_*`` settings, resolved against defaults and env."""

    backend: str = DEFAULTS["AIBOT_BACKEND"]
    model: str = DEFAULTS["AIBOT_MODEL"]
    base_url: str | None = None
    mode: str = "auto"
    cache_path: Path = Path("aibot-cache")
    author: str = "AiBot"
    authors: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    disclaimer: str = DEFAULT_DISCLAIMER
    grounding: str = "warn"
    allowed_private_hosts: tuple[str, ...] = ()
    related_max: int = 4
    concurrency: int = 8
    per_host_concurrency: int = 2
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_retries: int = 2
    max_redirects: int = 5
    model_timeout: float = 120.0
    model_retries: int = 3
    max_prompt_tokens: int = 12000
    max_output_tokens: int = 1500
    seed: int = 1234
    summary_sentences: int = 8
    prices: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    content_path: Path = Path("content")


def _env_value(name: str, environ: Mapping[str, str]) -> Any:
    raw = environ[name]
    if name == "AIBOT_ALLOWED_PRIVATE_HOSTS":
        return [h.strip() for h in raw.split(",") if h.strip()]
    if name == "AIBOT_BASE_URL" and not raw.strip():
        return None
    return raw


def resolve(
    pelican_settings: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AibotSettings:
    """Merge defaults, the Pelican settings dict and env overrides; validate choices."""
    pelican_settings = pelican_settings or {}
    environ = os.environ if environ is None else environ
    merged = {name: pelican_settings.get(name, default) for name, default in DEFAULTS.items()}
    for name in ENV_OVERRIDES:
        if environ.get(name) is not None:
            merged[name] = _env_value(name, environ)

    for name, allowed in (
        ("AIBOT_MODE", MODES),
        ("AIBOT_BACKEND", BACKENDS),
        ("AIBOT_GROUNDING", GROUNDING_POLICIES),
    ):
        if merged[name] not in allowed:
            from .errors import AibotError

            raise AibotError(f"{name} is {merged[name]!r}; expected one of: {', '.join(allowed)}")

    base = Path(pelican_settings.get("PATH", "content"))
    cache_path = Path(merged["AIBOT_CACHE_PATH"])
    if not cache_path.is_absolute() and "PATH" in pelican_settings:
        # Relative to the project (the folder holding the content folder), like pelican.
        cache_path = base.parent / cache_path
    values = {
        "content_path": base,
        "cache_path": cache_path,
        "allowed_private_hosts": tuple(merged["AIBOT_ALLOWED_PRIVATE_HOSTS"] or ()),
    }
    for f in fields(AibotSettings):
        key = "AIBOT_" + f.name.upper()
        if f.name not in values and key in merged:
            values[f.name] = merged[key]
    return AibotSettings(**values)

"""Shared pytest configuration. Fixture modules live beside the tests (tests/_*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Loopback servers shared by many test modules: the "news sites" and an OpenAI endpoint.
pytest_plugins = ["tests.newsserver", "tests.fake_openai"]

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "extraction"


@pytest.fixture(autouse=True)
def _no_aibot_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from the documented defaults, whatever the shell exports."""
    for name in (
        "AIBOT_MODE",
        "AIBOT_BACKEND",
        "AIBOT_BASE_URL",
        "AIBOT_MODEL",
        "AIBOT_ALLOWED_PRIVATE_HOSTS",
        "AIBOT_GROUNDING",
        "AIBOT_CACHE_PATH",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)

"""Shared pytest configuration. Fixture modules live beside the tests (tests/_*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelican_aibot.settings import ENV_OVERRIDES

# Loopback servers shared by many test modules: the "news sites" and an OpenAI endpoint.
pytest_plugins = ["tests.newsserver", "tests.fake_openai"]

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "extraction"


@pytest.fixture(autouse=True)
def _no_aibot_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from the documented defaults, whatever the shell exports."""
    for name in (*ENV_OVERRIDES, "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)

"""Estimated cost of model calls, from a small price table (USD per million tokens).

Prices change: the table is a default, and ``AIBOT_PRICES`` overrides or
extends it, e.g. ``{"my-model": {"input": 0.5, "output": 1.5}}``. A model with
no known price has an unknown cost (None), never a made-up one.
"""

from __future__ import annotations

from collections.abc import Mapping

# Public list prices, USD per 1M tokens (input, output), as of late 2025.
DEFAULT_PRICES: dict[str, dict[str, float]] = {
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "gpt-4o": {"input": 2.50, "output": 10.00},
    "gpt-4.1": {"input": 2.00, "output": 8.00},
    "gpt-4.1-mini": {"input": 0.40, "output": 1.60},
    "gpt-4.1-nano": {"input": 0.10, "output": 0.40},
    "gpt-5": {"input": 1.25, "output": 10.00},
    "gpt-5-mini": {"input": 0.25, "output": 2.00},
    "gpt-5-nano": {"input": 0.05, "output": 0.40},
}


def price_table(overrides: Mapping[str, Mapping[str, float]] | None = None) -> dict:
    table = {name: dict(p) for name, p in DEFAULT_PRICES.items()}
    for name, price in (overrides or {}).items():
        table[name] = {"input": float(price["input"]), "output": float(price["output"])}
    return table


def estimate_cost(
    backend: str,
    model: str,
    usage: Mapping[str, int] | None,
    overrides: Mapping[str, Mapping[str, float]] | None = None,
) -> float | None:
    """USD for one story; 0.0 for the offline backend, None when the price is unknown."""
    if backend == "extractive":
        return 0.0
    price = price_table(overrides).get(model)
    if price is None or not usage:
        return None
    cost = (
        usage.get("prompt_tokens", 0) * price["input"]
        + usage.get("completion_tokens", 0) * price["output"]
    ) / 1_000_000
    return round(cost, 6)

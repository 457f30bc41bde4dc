"""Counts in words ("1 message", "1,240 messages"): one rule for the core and every window."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` with the word's singular or plural (regular ``+s`` unless ``many`` is given)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"

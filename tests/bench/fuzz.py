"""Malformed payloads: at least 10,000 mutated pages per connector, nothing unhandled, nothing lost.

Each case is a page of five good items with one mutated item among them (a tenth of the cases
break the page itself: a 1 MB string where the list belongs, 10,000 nulls, JSON nested 100,000
deep, a truncated body). Every real connector (Mastodon, Bluesky, X, Meta, LinkedIn) reads them
through its own HttpClient from an in-process session (tests/support/payload_fuzz.py). Figures,
per connector and in total: ``cases``, ``unhandled`` (goal 0: any exception other than a
ConnectorError), ``good_items_lost`` (goal 0: good items missing beside a bad one),
``max_rejections`` (the cap per page plus one summary line).
"""

from __future__ import annotations

import time
from typing import Any

from tests.support.payload_fuzz import SCENARIOS, fuzz


def run(scale: float) -> dict[str, Any]:
    cases = max(20, int(10_000 * scale))
    per: dict[str, Any] = {}
    for seed, network in enumerate(SCENARIOS, start=1):
        started = time.perf_counter()
        stats = fuzz(network, cases, seed=seed)
        per[network] = {
            "cases": stats.cases,
            "page_cases": stats.page_cases,
            "unhandled": stats.unhandled,
            "good_items_lost": stats.good_items_lost,
            "pages_refused": stats.pages_refused,
            "max_rejections": stats.max_rejections,
            "examples": stats.examples,
            "seconds": round(time.perf_counter() - started, 2),
        }
    return {
        "cases": sum(p["cases"] for p in per.values()),
        "cases_per_connector": cases,
        "unhandled": sum(p["unhandled"] for p in per.values()),
        "good_items_lost": sum(p["good_items_lost"] for p in per.values()),
        "max_rejections": max(p["max_rejections"] for p in per.values()),
        "per_connector": per,
    }

"""The classifier hook of ingest: each inbound item → language, sentiment and intent.

Routing rules read these three fields, so they are computed once, at ingest, and stored on the
message (and the conversation's summary); rules and reports never classify again. The evidence
behind them goes with them (``message.classification``, app.classify.reasons), so the inbox
can show why without classifying again.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Sequence

from accounts.base import InboundItem
from app.classify import Classification, classify, warm_up
from app.classify.reasons import Verdict, evidence, verdicts
from app.sync.ingest import Enrichment

__all__ = [
    "ItemClassifier",
    "classified_text",
    "classify_item",
    "enrichment",
    "from_verdict",
    "settle_worker_heap",
    "warm_up",
]
log = logging.getLogger(__name__)

#: the @handles a mention or reply starts with (Mastodon, Bluesky and X put them there): who it
#: is addressed to, not what it says; cues anchored at the start of a sentence ("could you…")
#: must see the sentence
_LEADING_HANDLES = re.compile(r"^(?:\s*@[\w.-]+(?:@[\w.-]+)?[:,]?)+\s+")
#: longer texts are cut before classifying: cues sit early, and a megabyte must not stall ingest
MAX_CLASSIFIED_CHARS = 5000


class ItemClassifier:
    """The :data:`~app.sync.ingest.Enricher` built from :mod:`app.classify`, with a page method.

    The network's own language tag, when it sent one, wins over detection (it knows the
    author's setting); the classifier never raises on hostile text, but a bug in it must not
    lose the message, so a failure leaves the fields empty and the message is stored anyway.
    Ingest calls `many` with a whole page (app.sync.ingest.enrich_page): the same enrichments
    as one call per item, for less work a message.
    """

    def __call__(self, item: InboundItem) -> Enrichment:
        try:
            result = classify(classified_text(item), item.language)
        except Exception as exc:  # noqa: BLE001 - the message matters more than its labels
            log.warning("classifier failed on item %s: %s", item.remote_id, type(exc).__name__)
            return Enrichment(language=item.language)
        return enrichment(result)

    def many(self, items: Sequence[InboundItem]) -> list[Enrichment]:
        """Enrichments of a page of items, in order."""
        found = verdicts([classified_text(it) for it in items], [it.language for it in items])
        return [from_verdict(v, it) for v, it in zip(found, items, strict=True)]


def enrichment(result: Classification) -> Enrichment:
    """What ingest stores of a classification: the three routing fields and the evidence."""
    return Enrichment(
        language=result.language,
        sentiment=result.sentiment,
        intent=result.intent.value,
        classification=evidence(result),
    )


def from_verdict(verdict: Verdict | None, item: InboundItem) -> Enrichment:
    """The enrichment of a stored-form verdict (None: the classifier failed on the item)."""
    if verdict is None:
        return Enrichment(language=item.language)
    language, sentiment, intent, why = verdict
    return Enrichment(language=language, sentiment=sentiment, intent=intent, classification=why)


def classified_text(item: InboundItem) -> str:
    """What of an item is classified: its words without the handles it starts with, cut."""
    return without_leading_handles(item.text[:MAX_CLASSIFIED_CHARS])


#: the enricher every runner is given (a callable with `many`; see ItemClassifier)
classify_item = ItemClassifier()


def without_leading_handles(text: str) -> str:
    """The text without the handles it is addressed to, unless that leaves nothing."""
    rest = _LEADING_HANDLES.sub("", text, count=1)
    return rest if rest.strip() else text


def settle_worker_heap() -> None:
    """Take what a sync worker has loaded by now out of the garbage collector's sight.

    Call it once start-up is done (models, rules, database metadata loaded): those objects live
    as long as the worker, yet every full collection walked all of them again while pages were
    stored. Freezing them cut ingest's CPU time per message by about a fifth (four paired runs
    of tests/bench/routing.py's ingest: 4,408 → 5,416 messages per CPU second). Objects frozen
    are still freed when nothing refers to them; only reference cycles among them are kept.
    """
    gc.collect()
    gc.freeze()

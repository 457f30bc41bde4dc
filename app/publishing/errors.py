"""The errors of the outbox, in words: every module of publishing raises them, so they stand alone."""

from __future__ import annotations


class PublishingError(ValueError):
    """What stops an outbox action, in words; what the person wrote is kept."""


class Conflict(PublishingError):
    """The item changed meanwhile (approved, sent or cancelled by someone else)."""

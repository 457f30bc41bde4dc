"""How long a text is, counted the way each network counts it, and what images it accepts.

The composer must show the number the network's server computes, or an employee writes a
reply that is refused only after approval, hours later. So each network's own rule applies:

- X: the weighted length of twitter-text (URLs 23, emoji and CJK 2), limit 280
  (:mod:`accounts.x_text`).
- Bluesky: grapheme clusters (``app.bsky.feed.post`` text ``maxGraphemes: 300``), so a family
  emoji or a flag counts 1.
- Mastodon: grapheme clusters after every http(s) URL is replaced by 23 characters
  (``characters_reserved_per_url``) and every ``@user@domain`` mention by ``@user``; the limit
  is the instance's ``max_characters`` (500 by default), kept in the account's settings.
- Meta (Messenger / Instagram): code points, under 2,000 (Send API); LinkedIn comments 1,250.
- Demo: graphemes, 500.

Image limits come from the networks' media documentation: Bluesky blobs up to 1,000,000 bytes;
Mastodon 16 MB images; X 5 MB (15 MB for a GIF); at most 4 images per post everywhere, one per
LinkedIn or Facebook comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import regex

from accounts.x_text import X_MAX_WEIGHTED_LENGTH, x_weighted_length
from app.words import plural

_GRAPHEME = regex.compile(r"\X")
_MASTODON_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MASTODON_MENTION = re.compile(r"(?<![\w/])@(\w+(?:[\w.-]*\w)?)@[\w.-]+\w", re.UNICODE)

MASTODON_DEFAULT_LIMIT = 500
MASTODON_URL_LENGTH = 23
BLUESKY_LIMIT = 300
DEMO_LIMIT = 500

#: what "N characters" means on each network, for the count shown next to the text
UNITS = {
    "x": "weighted characters",
    "bluesky": "graphemes",
    "mastodon": "characters",
    "meta": "characters",
    "linkedin": "characters",
    "demo": "characters",
}


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters, UAX #29)."""
    return len(_GRAPHEME.findall(text))


def mastodon_length(text: str, url_length: int = MASTODON_URL_LENGTH) -> int:
    countable = _MASTODON_URL.sub("x" * url_length, text)
    countable = _MASTODON_MENTION.sub(lambda m: "@" + m.group(1), countable)
    return graphemes(countable)


@dataclass(frozen=True)
class TextCount:
    network: str
    count: int
    limit: int
    unit: str

    @property
    def ok(self) -> bool:
        return 0 < self.count <= self.limit

    @property
    def remaining(self) -> int:
        return self.limit - self.count

    def problem(self) -> str | None:
        """What is wrong, in words, or None."""
        if self.count == 0:
            return "The text is empty."
        if self.count > self.limit:
            over = self.count - self.limit
            return (
                f"The text is {over} {self.unit} too long for {self.network}: "
                f"{self.count} of {self.limit} {self.unit}."
            )
        return None


def count_text(
    network: str, text: str, *, kind: str = "post", settings: dict | None = None
) -> TextCount:
    """Count ``text`` the way ``network`` does, against its limit for ``kind`` (post or reply)."""
    settings = settings or {}
    unit = UNITS.get(network, "characters")
    stripped = text.strip()
    if network == "x":
        return TextCount(
            network, x_weighted_length(stripped) if stripped else 0, X_MAX_WEIGHTED_LENGTH, unit
        )
    if network == "bluesky":
        return TextCount(network, graphemes(stripped), BLUESKY_LIMIT, unit)
    if network == "mastodon":
        limit = int(settings.get("max_characters") or MASTODON_DEFAULT_LIMIT)
        per_url = int(settings.get("characters_reserved_per_url") or MASTODON_URL_LENGTH)
        return TextCount(network, mastodon_length(stripped, per_url), limit, unit)
    if network == "meta":
        return TextCount(network, len(stripped), int(settings.get("max_characters") or 1999), unit)
    if network == "linkedin":
        limit = 1250 if kind == "reply" else 3000
        return TextCount(network, len(stripped), int(settings.get("max_characters") or limit), unit)
    limit = int(settings.get("max_characters") or DEMO_LIMIT)
    return TextCount(network, graphemes(stripped), limit, unit)


# ---------------------------------------------------------------------------------- images

IMAGE_FORMATS = ("png", "jpeg", "gif", "webp")
MAX_IMAGES = 4
_MB = 1_000_000
#: network → (bytes for a still image, bytes for a GIF, alt-text length)
IMAGE_LIMITS: dict[str, tuple[int, int, int]] = {
    "x": (5 * _MB, 15 * _MB, 1000),
    "bluesky": (1 * _MB, 1 * _MB, 2000),
    "mastodon": (16 * _MB, 16 * _MB, 1500),
    "meta": (8 * _MB, 8 * _MB, 1000),
    "linkedin": (5 * _MB, 5 * _MB, 1000),
    "demo": (5 * _MB, 5 * _MB, 1000),
}


def sniff_image(head: bytes) -> str | None:
    """The image format from the file's first bytes (never trust the file name)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


@dataclass(frozen=True)
class ImageCheck:
    path: str
    alt: str
    format: str | None
    size: int
    problem: str | None


def check_image(network: str, path: str, alt: str) -> ImageCheck:
    """Whether one attachment can go to ``network``; the problem in words if not."""
    name = Path(path).name or path
    p = Path(path)
    if not p.is_file():
        return ImageCheck(path, alt, None, 0, f"The image {name} is missing (was it moved?).")
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return ImageCheck(path, alt, None, 0, f"The image {name} cannot be read ({exc.strerror}).")
    fmt = sniff_image(head)
    if fmt is None:
        return ImageCheck(
            path,
            alt,
            None,
            size,
            f"{name} is not a PNG, JPEG, GIF or WebP image; only those formats can be attached.",
        )
    still, gif, alt_max = IMAGE_LIMITS.get(network, IMAGE_LIMITS["demo"])
    limit = gif if fmt == "gif" else still
    if size > limit:
        return ImageCheck(
            path,
            alt,
            fmt,
            size,
            f"{name} is {size / _MB:.1f} MB; {network} accepts images up to {limit / _MB:g} MB.",
        )
    if not alt.strip():
        return ImageCheck(
            path,
            alt,
            fmt,
            size,
            f"{name} needs alt text (a description for people who cannot see it).",
        )
    if len(alt) > alt_max:
        return ImageCheck(
            path, alt, fmt, size, f"The alt text of {name} is longer than {alt_max} characters."
        )
    return ImageCheck(path, alt, fmt, size, None)


#: networks whose connectors cannot upload images: refused in the composer, before queuing,
#: rather than failing at send time (every real connector uploads them now)
NO_IMAGE_UPLOAD: frozenset[str] = frozenset()

#: a reply (a comment) takes fewer images than a post on these networks: a LinkedIn comment
#: holds one image (Comments API ``content``), a Facebook comment one photo (``attachment_id``)
REPLY_MAX_IMAGES = {"linkedin": 1, "meta": 1}


def image_upload_problem(network: str) -> str | None:
    if network in NO_IMAGE_UPLOAD:
        return (
            f"This console cannot upload images to {network} yet; send the text alone, or post "
            "the image another way."
        )
    return None


def max_images(network: str, kind: str = "post") -> int:
    """How many images one item may carry on ``network`` (``kind`` "post" or "reply")."""
    if kind == "reply":
        return REPLY_MAX_IMAGES.get(network, MAX_IMAGES)
    return MAX_IMAGES


def check_media(network: str, media: list[dict], kind: str = "post") -> list[str]:
    """Every problem with a list of ``{"path", "alt"}`` attachments, in words."""
    problems = []
    if media and (p := image_upload_problem(network)) is not None:
        return [p]
    most = max_images(network, kind)
    if len(media) > most:
        what = "a reply" if kind == "reply" else "a post"
        problems.append(
            f"At most {plural(most, 'image')} can be attached to {what} on {network}; "
            f"there are {len(media)}."
        )
    for m in media:
        c = check_image(network, str(m.get("path", "")), str(m.get("alt", "")))
        if c.problem:
            problems.append(c.problem)
    return problems

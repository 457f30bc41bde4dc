"""What a watch may listen for, checked before it is stored (a bad one is refused in words).

Three kinds, each normalised so the same watch is not stored twice under two spellings:

- hashtag: letters, digits and underscores (``#`` optional), as Mastodon, Bluesky and X
  recognise them; at most 100 characters;
- keyword: one term, no spaces; at least one letter or digit;
- phrase: two or more words matched together; at most 200 characters.

Networks differ: X counts the whole query against 512 characters, and a Mastodon keyword or
phrase search needs the instance's full-text search (a hashtag needs nothing).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

KINDS = ("hashtag", "keyword", "phrase")
KIND_TITLES = {"hashtag": "Hashtag", "keyword": "Keyword", "phrase": "Phrase"}
#: the networks listening can read (app/sync/listening.py polls through their connectors)
NETWORKS = ("mastodon", "bluesky", "x", "demo")
MAX_HASHTAG = 100
MAX_QUERY = 200
#: X: "queries can be up to 512 characters long" (recent search); we add " -is:retweet"
X_MAX_QUERY = 512 - len(" -is:retweet") - 2

_HASHTAG = re.compile(r"[^\W]+", re.UNICODE)
#: invisible characters that would make a watch match nothing (tabs and line breaks are spaces)
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)


class WatchRefused(ValueError):
    """A watch that cannot work: the message says why, in words a marketer acts on."""


@dataclass(frozen=True)
class WatchQuery:
    kind: str
    query: str

    @property
    def label(self) -> str:
        """How people read it: #tag, keyword, "a phrase"."""
        if self.kind == "hashtag":
            return f"#{self.query}"
        if self.kind == "phrase":
            return f"“{self.query}”"
        return self.query


def normalise(kind: str, text: str, network: str | None = None) -> WatchQuery:
    """The watch as stored, or :class:`WatchRefused` with the reason."""
    if kind not in KINDS:
        raise WatchRefused(f"Choose what to listen for: {', '.join(KINDS)}.")
    if network is not None and network not in NETWORKS:
        raise WatchRefused(
            f"Listening is not available on {network}: its API offers no public post search."
        )
    raw = unicodedata.normalize("NFC", text or "")
    if _CONTROL.search(raw):
        raise WatchRefused("The text holds invisible control characters; type it again.")
    q = " ".join(raw.split())
    if not q:
        raise WatchRefused(f"The {kind} is empty: type what to listen for.")
    if kind == "hashtag":
        tag = q[1:] if q.startswith("#") else q
        if not tag:
            raise WatchRefused("The hashtag is only a #: type the word after it.")
        if " " in tag:
            raise WatchRefused("A hashtag has no spaces; listen for a phrase instead.")
        if not _HASHTAG.fullmatch(tag):
            raise WatchRefused(
                "A hashtag has only letters, digits and underscores "
                f"(“{tag[:40]}” has other characters)."
            )
        if tag.isdigit():
            raise WatchRefused("A hashtag of digits only is not a hashtag on these networks.")
        if len(tag) > MAX_HASHTAG:
            raise WatchRefused(f"The hashtag is too long (at most {MAX_HASHTAG} characters).")
        return WatchQuery(kind, tag.lower())
    if not any(ch.isalnum() for ch in q):
        raise WatchRefused(f"The {kind} has no letters or digits; it would match nothing useful.")
    if '"' in q:
        raise WatchRefused("Leave out the quotation marks: a phrase is matched whole anyway.")
    if len(q) > MAX_QUERY:
        raise WatchRefused(f"The {kind} is too long (at most {MAX_QUERY} characters).")
    if kind == "keyword":
        if " " in q:
            raise WatchRefused("A keyword is one word; listen for a phrase to match several.")
        if len(q) < 2:
            raise WatchRefused("A keyword of one character would match almost everything.")
    if kind == "phrase" and " " not in q:
        raise WatchRefused("A phrase has at least two words; listen for a keyword instead.")
    if network == "x" and len(q) > X_MAX_QUERY:
        raise WatchRefused(f"X searches at most {X_MAX_QUERY} characters.")
    return WatchQuery(kind, q)

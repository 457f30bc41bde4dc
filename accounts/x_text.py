"""X's weighted character count, as its twitter-text library (config v3) defines it.

The composer needs the same number X's server computes, or an agent writes a reply X refuses.
X does not count code points: after NFC normalisation, every URL counts 23 (it is wrapped in
t.co), every emoji sequence (flags, skin tones, ZWJ families, keycaps) counts 2, code points in
the config's "light" ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari…, general
punctuation) count 1 and everything else (CJK, Hangul, most symbols) counts 2.

Source: twitter-text ``config/v3.json`` and ``js/src/parseTweet.js`` (reads as of this
writing): ``maxWeightedTweetLength`` 280, ``scale`` 100, ``defaultWeight`` 200,
``transformedURLLength`` 23, ``emojiParsingEnabled`` true, ranges 0–4351, 8192–8205,
8208–8223, 8242–8247 at weight 100.

Known simplification: twitter-text recognises links without a scheme against its full list of
~1,500 top-level domains; this module knows the common generic ones and every two-letter
country code, so an exotic bare domain ("example.photography") counts as text. Links with
``http://`` or ``https://`` are always recognised. The server's count is the final word; the
composer uses this one to warn early.
"""

from __future__ import annotations

import re
import unicodedata

X_MAX_WEIGHTED_LENGTH = 280
X_URL_WEIGHT = 23
_SCALE = 100
_DEFAULT_WEIGHT = 200
_RANGES = ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))

# generic TLDs that appear in everyday text; bare two-letter country codes are handled by rule
_GTLDS = frozenset(
    """com net org info biz edu gov mil int app dev io ai co tv me ly gg xyz online site store
    shop blog news tech cloud page link live media social world today email group agency design
    digital network solutions systems services company global international club art travel
    support help health finance money bank law pro name mobi asia jobs museum aero coop""".split()
)
# twitter-text's validSpecialCCTLD: these short country-code domains count even without a path
_SPECIAL_SHORT_CCTLDS = frozenset({"co", "tv"})

_SCHEME_URL = re.compile(
    r"https?://(?:[^\s/?#:@.]+\.)+[^\s/?#:@.\d]{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?",
    re.IGNORECASE,
)
_BARE_URL = re.compile(
    r"(?<![\w@#$./-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+)([a-z]{2,})(?![\w-])"
    r"(?::\d{1,5})?((?:/[^\s]*)?)",
    re.IGNORECASE,
)
# a URL does not end with sentence punctuation: "see https://x.com/a." ends before the dot
_TRAILING_PUNCT = re.compile(r"[.,:;!?'\")\]}]+$")

_EMOJI_BASE = (
    "[\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001faff]"
)
_EMOJI_MOD = "(?:\ufe0f|[\U0001f3fb-\U0001f3ff])*"
_EMOJI = re.compile(
    "[0-9#*]\ufe0f?\u20e3"  # keycap 1️⃣
    "|[\U0001f1e6-\U0001f1ff]{2}"  # flag: a pair of regional indicators
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # subdivision flag (tag sequence)
    "|[\u00a9\u00ae]\ufe0f"  # © ® only in emoji presentation
    f"|{_EMOJI_BASE}{_EMOJI_MOD}(?:\u200d{_EMOJI_BASE}{_EMOJI_MOD})*"
)


def _url_spans(text: str) -> dict[int, int]:
    """Start index → end index of every URL, as twitter-text would find them."""
    spans: dict[int, int] = {}
    for m in _SCHEME_URL.finditer(text):
        url = _TRAILING_PUNCT.sub("", m.group(0))
        spans[m.start()] = m.start() + len(url)
    for m in _BARE_URL.finditer(text):
        if any(start <= m.start() < end for start, end in spans.items()):
            continue
        labels, tld, path = m.group(1), m.group(2).lower(), m.group(3)
        if tld not in _GTLDS and len(tld) != 2:
            continue
        one_label = labels.count(".") == 1
        if len(tld) == 2 and one_label and not path and tld not in _SPECIAL_SHORT_CCTLDS:
            continue  # "file.py", "node.js": not links unless they have a path
        url = _TRAILING_PUNCT.sub("", m.group(0))
        spans[m.start()] = m.start() + len(url)
    return spans


def _weight(char: str) -> int:
    code = ord(char)
    for start, end, weight in _RANGES:
        if start <= code <= end:
            return weight
    return _DEFAULT_WEIGHT


def x_weighted_length(text: str) -> int:
    """The length X counts against its 280 limit (rounded up to a whole character)."""
    normalized = unicodedata.normalize("NFC", text)
    urls = _url_spans(normalized)
    emoji = {m.start(): m.end() for m in _EMOJI.finditer(normalized)}
    total = 0
    i = 0
    while i < len(normalized):
        if i in urls:
            total += X_URL_WEIGHT * _SCALE
            i = urls[i]
        elif i in emoji:
            total += _DEFAULT_WEIGHT
            i = emoji[i]
        else:
            total += _weight(normalized[i])
            i += 1
    return -(-total // _SCALE)


def x_text_fits(text: str) -> bool:
    length = x_weighted_length(text)
    return 0 < length <= X_MAX_WEIGHTED_LENGTH

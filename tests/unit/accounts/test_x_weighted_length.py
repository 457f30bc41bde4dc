"""x_weighted_length against twitter-text config v3 rules on tricky strings."""

import pytest

from accounts.x_text import x_text_fits, x_weighted_length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("", 0),
        # every URL counts 23, whatever its length; sentence punctuation is not part of it
        ("https://example.com/a/very/long/path?with=query&and=more", 23),
        ("see https://x.com/a.", 4 + 23 + 1),
        ("http://a.co", 23),
        ("two links https://a.example/1 https://b.example/2", 10 + 23 + 1 + 23),
        # bare domains: a generic TLD is a link; "file.py" (country code, no path) is not
        ("visit example.com today", 6 + 23 + 6),
        ("edit file.py now", 5 + 7 + 4),
        ("www.file.py", 23),
        ("bit.ly/abc", 23),
        # CJK and Hangul weigh 2, Latin/Cyrillic/Arabic/Devanagari 1
        ("こんにちは", 10),
        ("안녕하세요", 10),
        ("Привет", 6),
        ("مرحبا", 5),
        ("नमस्ते", 6),
        # an emoji sequence counts 2 however many code points it has
        ("👍", 2),
        ("👍🏽", 2),
        ("👨\u200d👩\u200d👧\u200d👦", 2),
        ("🇳🇴", 2),
        ("1\ufe0f\u20e3", 2),
        ("❤\ufe0f", 2),
        ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", 2),
        ("©", 1),
        ("©\ufe0f", 2),
        # NFC first: e + combining acute becomes é (1); marks that do not compose count each
        ("e\u0301", 1),
        ("q\u0307", 2),
        ("Z\u0324\u0354\u0367", 4),
        # punctuation ranges: en dash and curly quotes are light, the ellipsis is not
        ("\u2013\u201c\u201d", 3),
        ("\u2026", 2),
    ],
)
def test_weighted_length(text, expected):
    assert x_weighted_length(text) == expected


def test_limits():
    assert x_text_fits("a" * 280)
    assert not x_text_fits("a" * 281)
    assert x_text_fits("界" * 140) and not x_text_fits("界" * 141)
    assert x_text_fits("😀" * 140) and not x_text_fits("😀" * 141)
    assert x_text_fits("https://example.com/" + "x" * 500)  # one link, 23
    assert not x_text_fits("")

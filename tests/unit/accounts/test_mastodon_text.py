"""Mastodon content to plain text, cursors, reply mentions and the character count."""

from __future__ import annotations

import pytest

from accounts.base import ItemKind, PermanentError, ReplyTarget
from accounts.mastodon import (
    MastodonConnector,
    StatusLimits,
    decode_cursor,
    encode_cursor,
    html_to_text,
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>Hello &amp; welcome</p><p>line2<br>line3<br/>line4</p>",
            "Hello & welcome\n\nline2\nline3\nline4",
        ),
        # a mention as Mastodon renders it
        (
            '<p><span class="h-card"><a href="https://s.example/@brand" class="u-url mention">'
            "@<span>brand</span></a></span> hi</p>",
            "@brand hi",
        ),
        # a shortened link keeps its invisible parts: the URL comes out whole
        (
            '<p>see <a href="https://example.com/a/long/path"><span class="invisible">https://</span>'
            '<span class="ellipsis">example.com/a/lo</span><span class="invisible">ng/path</span></a></p>',
            "see https://example.com/a/long/path",
        ),
        # escaped markup stays text, decoded exactly once
        (
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>",
            "<script>alert(1)</script> &amp;",
        ),
        ("<p>a</p><script>evil()</script><p>b</p>", "a\n\nb"),
        ("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
        ("plain text, no tags", "plain text, no tags"),
        ("<p>😀 caf&eacute; &#x1F600;</p>", "😀 café 😀"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_cursor_round_trip_and_foreign_cursor() -> None:
    assert decode_cursor(encode_cursor("12345")) == "12345"
    assert encode_cursor(None) is None and decode_cursor(None) is None
    with pytest.raises(PermanentError):
        decode_cursor("bluesky:abc")


def test_status_limits_count_urls_at_fixed_weight() -> None:
    limits = StatusLimits(max_characters=500, characters_reserved_per_url=23)
    assert limits.count("hello") == 5
    assert limits.count("go https://example.com/" + "x" * 100 + " now") == len("go  now") + 23


def conn() -> MastodonConnector:
    c = MastodonConnector("https://social.example", lambda: "t", account_id="100")
    c._me_acct = "brand"
    return c


def target(kind: ItemKind, **refs: str) -> ReplyTarget:
    return ReplyTarget("1", "1", kind, "7", "alice", refs={"author_acct": "alice", **refs})


def test_reply_names_the_author_once() -> None:
    c = conn()
    public = target(ItemKind.MENTION, visibility="public", mentions="bob")
    assert c.reply_prefix(public) == "@alice "  # only the author in a public reply
    assert c._with_mentions(public, "Thanks!") == "@alice Thanks!"
    assert c._with_mentions(public, "Thanks @Alice!") == "Thanks @Alice!"
    assert c._with_mentions(public, "Thanks @alicex") == "@alice Thanks @alicex"


def test_dm_reply_names_every_participant_but_the_brand() -> None:
    c = conn()
    dm = target(ItemKind.DM, visibility="direct", mentions="bob@other.example brand")
    assert c._with_mentions(dm, "Hi both") == "@alice @bob@other.example Hi both"

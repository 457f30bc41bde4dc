"""X: repost, quote post and public metrics (issue 16) against documented payloads on a
loopback server: the bodies the console sends and what it makes of X's answers."""

from __future__ import annotations

import pytest

from accounts.base import AmplifyTarget, PermanentError
from accounts.x import ReadBudget, XConnector
from tests.integration.networks.documented_api import Reply, payload

ME = "1326180756310331392"


def make(server, rate_control, fast_retry, **kw) -> XConnector:
    return XConnector(
        server.base_url,
        token=lambda: "x-access-token",
        user_id=ME,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
        **kw,
    )


def test_repost_and_quote_send_the_documented_bodies(server, rate_control, fast_retry):
    server.route("POST", rf"/2/users/{ME}/retweets", Reply(200, payload("x", "retweet")))
    server.route("POST", "/2/tweets", Reply(201, payload("x", "create_tweet")))
    conn = make(server, rate_control, fast_retry)
    target = AmplifyTarget("1460323737035677698")
    boosted = conn.boost(target, "amp-1")
    assert boosted.remote_id == "1460323737035677698"
    assert boosted.url == "https://x.com/i/web/status/1460323737035677698"
    (rt,) = server.sent("POST", rf"/2/users/{ME}/retweets")
    assert rt.json == {"tweet_id": "1460323737035677698"}
    quoted = conn.quote(target, "Thank you! This made our week.", "amp-2")
    assert quoted.remote_id == "1445880548472328192"
    (q,) = server.sent("POST", "/2/tweets")
    assert q.json == {
        "text": "Thank you! This made our week.",
        "quote_tweet_id": "1460323737035677698",
    }
    assert conn.find_sent("amp-2") is not None  # the journal knows the quote went out


def test_unconfirmed_repost_is_an_error_in_words(server, rate_control, fast_retry):
    server.route("POST", rf"/2/users/{ME}/retweets", Reply(200, {"data": {"retweeted": False}}))
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(PermanentError, match="repost was not confirmed"):
        conn.boost(AmplifyTarget("1"), "k")


def test_public_metrics_with_impressions_spend_the_read_budget(server, rate_control, fast_retry):
    server.route("GET", "/2/tweets", Reply(200, payload("x", "tweets_public_metrics")))
    budget = ReadBudget(100)
    conn = make(server, rate_control, fast_retry, read_budget=budget)
    [m] = conn.post_metrics(["1445880548472328192", "1445880548472328193"])
    assert (m.likes, m.reposts, m.replies, m.quotes, m.impressions) == (57, 12, 3, 2, 2048)
    (req,) = server.sent("GET", "/2/tweets")
    assert req.param("ids") == "1445880548472328192,1445880548472328193"
    assert req.param("tweet.fields") == "public_metrics"
    assert budget.remaining() == 99  # one post read

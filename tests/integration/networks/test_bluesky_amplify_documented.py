"""Bluesky: repost, quote post and post counts (issue 16) against the documented XRPC shapes
on a loopback server — the records the console writes and what it reads back. (The same
calls run against the reference network in tests/integration/accounts/test_bluesky_amplify.py
where @atproto/dev-env is installed.)"""

from __future__ import annotations

from accounts.base import AmplifyTarget
from accounts.bluesky import BlueskyConnector, BlueskySession, tid_for_key
from tests.integration.networks.documented_api import Reply, payload

DID = "did:plc:brand0000000000000000000"
PRAISE = "at://did:plc:fan00000000000000000000000/app.bsky.feed.post/3kpraise11"
PRAISE_CID = "bafyreid27zk7lbis4zw5fz4podbvbs4fc5ivwji3dmrwa6zggnj4bnd57u"
NOT_FOUND = Reply(400, {"error": "RecordNotFound", "message": "Could not locate record"})


def make(server) -> BlueskyConnector:
    session = BlueskySession(DID, "brand.bsky.social", server.base_url, "access", "refresh")
    return BlueskyConnector(server.base_url, session=session, web_url="https://bsky.example")


def test_repost_writes_a_repost_record_under_the_keys_rkey_once(server):
    server.route("GET", "/xrpc/com.atproto.repo.getRecord", NOT_FOUND)
    uri = f"at://{DID}/app.bsky.feed.repost/{tid_for_key('amp-1')}"
    server.route(
        "POST", "/xrpc/com.atproto.repo.createRecord", Reply(200, {"uri": uri, "cid": "bafyx"})
    )
    conn = make(server)
    sent = conn.boost(AmplifyTarget(PRAISE, refs={"uri": PRAISE, "cid": PRAISE_CID}), "amp-1")
    assert sent.remote_id == uri
    (create,) = server.sent("POST", "/xrpc/com.atproto.repo.createRecord")
    body = create.json
    assert body["collection"] == "app.bsky.feed.repost"
    assert body["rkey"] == tid_for_key("amp-1") and body["repo"] == DID
    assert body["record"]["$type"] == "app.bsky.feed.repost"
    assert body["record"]["subject"] == {"uri": PRAISE, "cid": PRAISE_CID}
    # a retry finds the record the first attempt wrote: nothing is written twice
    server.route("GET", "/xrpc/com.atproto.repo.getRecord", Reply(200, {"uri": uri, "value": {}}))
    again = conn.boost(AmplifyTarget(PRAISE, refs={"uri": PRAISE, "cid": PRAISE_CID}), "amp-1")
    assert again.remote_id == uri
    assert len(server.sent("POST", "/xrpc/com.atproto.repo.createRecord")) == 1


def test_quote_embeds_the_customers_post(server):
    server.route("GET", "/xrpc/com.atproto.repo.getRecord", NOT_FOUND)
    server.route(
        "POST",
        "/xrpc/com.atproto.repo.createRecord",
        Reply(200, {"uri": f"at://{DID}/app.bsky.feed.post/3kq", "cid": "bafyq"}),
    )
    conn = make(server)
    conn.quote(
        AmplifyTarget(PRAISE, refs={"uri": PRAISE, "cid": PRAISE_CID}), "Thank you!", "amp-2"
    )
    (create,) = server.sent("POST", "/xrpc/com.atproto.repo.createRecord")
    record = create.json["record"]
    assert create.json["collection"] == "app.bsky.feed.post"
    assert record["text"] == "Thank you!"
    assert record["embed"] == {
        "$type": "app.bsky.embed.record",
        "record": {"uri": PRAISE, "cid": PRAISE_CID},
    }


def test_post_counts_from_get_posts(server):
    server.route(
        "GET", "/xrpc/app.bsky.feed.getPosts", Reply(200, payload("bluesky", "get_posts_counts"))
    )
    conn = make(server)
    uri = f"at://{DID}/app.bsky.feed.post/3kbrandpost22"
    [m] = conn.post_metrics([uri, f"at://{DID}/app.bsky.feed.post/gone"])
    assert (m.remote_id, m.likes, m.reposts, m.replies, m.quotes, m.impressions) == (
        uri,
        21,
        5,
        3,
        1,
        None,
    )
    (req,) = server.sent("GET", "/xrpc/app.bsky.feed.getPosts")
    assert req.query["uris"] == [uri, f"at://{DID}/app.bsky.feed.post/gone"]

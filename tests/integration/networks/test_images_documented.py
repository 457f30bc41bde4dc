"""Images on X, LinkedIn and Meta, against their documented payloads on a loopback server.

These networks have no peer to run locally: the requests are checked against what their
documentation specifies (multipart fields, the two-step LinkedIn upload, unpublished Page
photos attached to a post) and the answers are the documented ones.
"""

from __future__ import annotations

import json

import pytest

from accounts.base import Image, ItemKind, PermanentError, ReplyTarget
from accounts.linkedin import LinkedInConnector
from accounts.meta import MetaConnector
from accounts.x import XConnector
from tests.integration.networks.documented_api import Reply, payload
from tests.support.images import png

TOKEN = "documented-token"
PIC = png(4, 4)


def _multipart_field(body: bytes, name: str) -> bytes:
    marker = f'name="{name}"'.encode()
    at = body.index(marker)
    start = body.index(b"\r\n\r\n", at) + 4
    end = body.index(b"\r\n--", start)
    return body[start:end]


def test_x_uploads_each_image_sets_its_alt_text_and_attaches_the_ids(
    server, rate_control, fast_retry
):
    server.route("POST", "/2/media/upload", Reply(200, payload("x", "media_upload")))
    server.route("POST", "/2/media/metadata", Reply(200, payload("x", "media_metadata")))
    server.route("POST", "/2/tweets", Reply(201, payload("x", "create_tweet")))
    conn = XConnector(
        server.base_url,
        token=lambda: TOKEN,
        user_id="1",
        rate_control=rate_control,
        retry=fast_retry,
    )
    sent = conn.publish_post(
        "New colours", "k-img", images=[Image(PIC, "image/png", alt="A red kettle")]
    )
    assert sent.remote_id == "1445880548472328192"
    (upload,) = server.sent("POST", "/2/media/upload")
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert _multipart_field(upload.body, "media") == PIC
    assert _multipart_field(upload.body, "media_category") == b"tweet_image"
    (meta,) = server.sent("POST", "/2/media/metadata")
    assert meta.json == {
        "id": "1146654567674912769",
        "metadata": {"alt_text": {"text": "A red kettle"}},
    }
    (tweet,) = server.sent("POST", "/2/tweets")
    assert tweet.json == {"text": "New colours", "media": {"media_ids": ["1146654567674912769"]}}
    with pytest.raises(PermanentError, match="at most 4 images"):
        conn.publish_post("too many", "k-5", images=[Image(PIC, "image/png")] * 5)


def test_linkedin_initialises_puts_the_bytes_and_names_the_image_urn(
    server, rate_control, fast_retry
):
    init = payload("linkedin", "image_initialize_upload")
    documented_url = init["value"]["uploadUrl"]
    # the documented upload URL is on www.linkedin.com: served here under the same path
    init["value"]["uploadUrl"] = documented_url.replace("https://www.linkedin.com", server.base_url)
    server.route("POST", "/rest/images", Reply(200, init))
    server.route("PUT", r"/dms-uploads/.*", Reply(201))
    server.route("POST", "/rest/posts", Reply(201, None, {"x-restli-id": "urn:li:share:1"}))
    conn = LinkedInConnector(
        server.base_url,
        organization_id="5515715",
        token=lambda: TOKEN,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    sent = conn.publish_post(
        "We are hiring", "k-img", images=[Image(PIC, "image/png", alt="Our office")]
    )
    assert sent.remote_id == "urn:li:share:1"
    (req,) = server.sent("POST", "/rest/images")
    assert req.param("action") == "initializeUpload"
    assert req.json == {"initializeUploadRequest": {"owner": "urn:li:organization:5515715"}}
    assert req.headers["linkedin-version"]
    (put,) = server.sent("PUT", r"/dms-uploads/.*")
    assert put.body == PIC
    (post,) = server.sent("POST", "/rest/posts")
    assert post.json["content"] == {
        "media": {"id": "urn:li:image:C4E10AQFoyyAjHPMQuQ", "altText": "Our office"}
    }
    # two images make a multi-image post
    server.route("POST", "/rest/images", Reply(200, init))
    conn.publish_post(
        "Two views",
        "k-img2",
        images=[Image(PIC, "image/png", alt="one"), Image(PIC, "image/png", alt="two")],
    )
    last = server.sent("POST", "/rest/posts")[-1]
    assert [i["altText"] for i in last.json["content"]["multiImage"]["images"]] == ["one", "two"]


def test_linkedin_never_sends_the_token_to_an_upload_url_elsewhere(
    server, rate_control, fast_retry
):
    init = payload("linkedin", "image_initialize_upload")
    init["value"]["uploadUrl"] = "http://attacker.example/upload"
    server.route("POST", "/rest/images", Reply(200, init))
    conn = LinkedInConnector(
        server.base_url,
        organization_id="5515715",
        token=lambda: TOKEN,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    with pytest.raises(PermanentError, match="not a LinkedIn address"):
        conn.publish_post("x", "k", images=[Image(PIC, "image/png")])


def test_meta_uploads_unpublished_photos_and_attaches_them_to_the_post(
    server, rate_control, fast_retry
):
    page, v = "104505162061490", "v25.0"
    server.route("POST", rf"/{v}/{page}/photos", Reply(200, payload("meta", "photo_unpublished")))
    server.route("POST", rf"/{v}/{page}/feed", Reply(200, payload("meta", "post_created")))
    conn = MetaConnector(
        server.base_url,
        page_id=page,
        token=lambda: TOKEN,
        api_version=v,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    conn.publish_post("Launch day", "k-img", images=[Image(PIC, "image/png", alt="The kettle")])
    (photo,) = server.sent("POST", rf"/{v}/{page}/photos")
    assert _multipart_field(photo.body, "source") == PIC
    assert _multipart_field(photo.body, "published") == b"false"
    assert _multipart_field(photo.body, "alt_text_custom") == b"The kettle"
    (feed,) = server.sent("POST", rf"/{v}/{page}/feed")
    assert json.loads(feed.body) == {
        "message": "Launch day",
        "attached_media": [{"media_fbid": "1289374650000123"}],
    }


# ------------------------------------------------------------------ replies with an image


def test_x_reply_uploads_the_image_and_names_it_beside_the_parent(server, rate_control, fast_retry):
    server.route("POST", "/2/media/upload", Reply(200, payload("x", "media_upload")))
    server.route("POST", "/2/media/metadata", Reply(200, payload("x", "media_metadata")))
    server.route("POST", "/2/tweets", Reply(201, payload("x", "create_tweet")))
    conn = XConnector(
        server.base_url,
        token=lambda: TOKEN,
        user_id="1",
        rate_control=rate_control,
        retry=fast_retry,
    )
    target = ReplyTarget("1460323737035677698", "1460323737035677698", ItemKind.MENTION)
    conn.send_reply(target, "This one", "k-r1", images=[Image(PIC, "image/png", alt="Red")])
    (tweet,) = server.sent("POST", "/2/tweets")
    assert tweet.json == {
        "text": "This one",
        "reply": {"in_reply_to_tweet_id": "1460323737035677698"},
        "media": {"media_ids": ["1146654567674912769"]},
    }
    # a direct message with an image is refused in words, before anything is uploaded
    with pytest.raises(PermanentError, match="direct messages as text only"):
        conn.send_reply(
            ReplyTarget("d1", "c1", ItemKind.DM), "hi", "k-r2", images=[Image(PIC, "image/png")]
        )
    assert len(server.sent("POST", "/2/media/upload")) == 1


def test_linkedin_comment_carries_one_image_entity(server, rate_control, fast_retry):
    init = payload("linkedin", "image_initialize_upload")
    init["value"]["uploadUrl"] = init["value"]["uploadUrl"].replace(
        "https://www.linkedin.com", server.base_url
    )
    server.route("POST", "/rest/images", Reply(200, init))
    server.route("PUT", r"/dms-uploads/.*", Reply(201))
    server.route(
        "POST",
        r"/rest/socialActions/.*/comments",
        Reply(201, payload("linkedin", "comment_created"), {"x-restli-id": "6636064512343031999"}),
    )
    conn = LinkedInConnector(
        server.base_url,
        organization_id="5515715",
        token=lambda: TOKEN,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    top = "urn:li:comment:(urn:li:activity:6844785523593134081,6636064512343031808)"
    target = ReplyTarget(
        top,
        "urn:li:share:6844785523593134080",
        ItemKind.COMMENT,
        refs={"object": "urn:li:activity:6844785523593134081", "top_comment": top},
    )
    conn.send_reply(target, "Our office", "k-r3", images=[Image(PIC, "image/png", alt="Desk")])
    (put,) = server.sent("PUT", r"/dms-uploads/.*")
    assert put.body == PIC
    (comment,) = server.sent("POST", r"/rest/socialActions/.*/comments")
    assert comment.json["content"] == [{"entity": {"image": "urn:li:image:C4E10AQFoyyAjHPMQuQ"}}]
    assert comment.json["message"] == {"text": "Our office"}
    with pytest.raises(PermanentError, match="one image at most"):
        conn.send_reply(target, "two", "k-r4", images=[Image(PIC, "image/png")] * 2)


def test_meta_facebook_comment_attaches_one_unpublished_photo(server, rate_control, fast_retry):
    page, v = "104505162061490", "v25.0"
    server.route("POST", rf"/{v}/{page}/photos", Reply(200, payload("meta", "photo_unpublished")))
    server.route(
        "POST",
        rf"/{v}/1289374650000001_900000000000001/comments",
        Reply(200, payload("meta", "comment_created")),
    )
    conn = MetaConnector(
        server.base_url,
        page_id=page,
        token=lambda: TOKEN,
        api_version=v,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    fb = ReplyTarget(
        "1289374650000001_900000000000001",
        "104505162061490_1289374650000001",
        ItemKind.COMMENT,
        refs={"platform": "facebook"},
    )
    conn.send_reply(fb, "Here it is", "k-r5", images=[Image(PIC, "image/png", alt="The kettle")])
    (photo,) = server.sent("POST", rf"/{v}/{page}/photos")
    assert _multipart_field(photo.body, "published") == b"false"
    (req,) = server.sent("POST", rf"/{v}/.*/comments")
    assert req.json == {"message": "Here it is", "attachment_id": "1289374650000123"}
    ig = ReplyTarget("1787", "1789", ItemKind.REPLY, refs={"platform": "instagram"})
    with pytest.raises(PermanentError, match="Instagram comments with text only"):
        conn.send_reply(ig, "hi", "k-r6", images=[Image(PIC, "image/png")])
    assert len(server.sent("POST", rf"/{v}/{page}/photos")) == 1

"""Counting as each network counts, and the image checks, in words."""

from __future__ import annotations

import os

from app.publishing.text_limits import check_image, count_text, graphemes, mastodon_length

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one grapheme, 5 code points
FLAG = "\U0001f1ea\U0001f1f8"


def test_bluesky_counts_graphemes() -> None:
    assert graphemes(FAMILY + FLAG + "é") == 3
    text = FAMILY * 300
    c = count_text("bluesky", text)
    assert (c.count, c.limit, c.ok) == (300, 300, True)
    over = count_text("bluesky", text + "!")
    assert not over.ok and over.problem() == (
        "The text is 1 graphemes too long for bluesky: 301 of 300 graphemes."
    )


def test_x_uses_the_weighted_length() -> None:
    c = count_text("x", "漢" * 140)
    assert (c.count, c.ok) == (280, True)
    assert count_text("x", "see https://example.com/" + "a" * 200).count == 27


def test_mastodon_counts_urls_as_23_and_mentions_without_domain() -> None:
    url = "https://example.org/" + "a" * 100
    assert mastodon_length(url) == 23
    assert mastodon_length("@alice@mastodon.social hi") == len("@alice hi")
    assert count_text("mastodon", "x" * 600, settings={"max_characters": 1000}).ok
    assert not count_text("mastodon", "x" * 501).ok


def test_image_checks_say_what_is_wrong(tmp_path) -> None:
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    assert check_image("demo", str(png), "A logo").problem is None
    assert check_image("demo", str(png), "").problem.endswith(
        "needs alt text (a description for people who cannot see it)."
    )
    assert "missing" in check_image("demo", str(tmp_path / "no.png"), "x").problem
    fake = tmp_path / "b.gif"
    fake.write_bytes(b"%PDF-1.7")
    assert "not a PNG, JPEG, GIF or WebP" in check_image("demo", str(fake), "x").problem
    big = tmp_path / "big.webp"
    with big.open("wb") as fh:
        fh.write(b"RIFF\0\0\0\0WEBPVP8 ")
        fh.truncate(1_200_000)
    assert "bluesky accepts images up to 1 MB" in check_image("bluesky", str(big), "x").problem
    assert check_image("mastodon", str(big), "x").problem is None
    os.remove(big)

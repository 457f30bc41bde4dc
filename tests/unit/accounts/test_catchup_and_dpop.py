"""Small rules of the backfill and of DPoP, checked without a network."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from accounts.atproto_oauth import DpopKey, loopback_client_id
from accounts.base import estimate_total

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_the_estimate_extrapolates_what_was_read_to_the_horizon() -> None:
    # a day of a week read, 1,240 items: about 8,680 in the week
    assert estimate_total(1240, NOW, NOW - timedelta(days=7), NOW - timedelta(days=1)) == 8680
    # a few seconds of items say nothing yet about a week
    assert estimate_total(30, NOW, NOW - timedelta(days=7), NOW - timedelta(seconds=5)) is None
    # never fewer than read
    assert estimate_total(10, NOW, NOW - timedelta(hours=1), NOW - timedelta(days=2)) == 10


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_a_dpop_proof_is_a_valid_es256_jwt_bound_to_the_request_and_token() -> None:
    key = DpopKey()
    proof = key.proof("post", "https://pds.example/xrpc/x?y=1#z", nonce="n-1", access_token="tok")
    head_b64, body_b64, sig_b64 = proof.split(".")
    header, body = json.loads(_b64d(head_b64)), json.loads(_b64d(body_b64))
    assert header["typ"] == "dpop+jwt" and header["alg"] == "ES256" and "d" not in header["jwk"]
    assert body["htm"] == "POST" and body["htu"] == "https://pds.example/xrpc/x"
    assert body["nonce"] == "n-1"
    assert body["ath"] == base64.urlsafe_b64encode(hashlib.sha256(b"tok").digest()).decode().rstrip(
        "="
    )
    jwk = header["jwk"]
    public = ec.EllipticCurvePublicNumbers(
        int.from_bytes(_b64d(jwk["x"]), "big"),
        int.from_bytes(_b64d(jwk["y"]), "big"),
        ec.SECP256R1(),
    ).public_key()
    raw = _b64d(sig_b64)
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public.verify(der, f"{head_b64}.{body_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    # the private half survives the keyring round trip, and never shows in a repr
    again = DpopKey.from_jwk(key.private_jwk())
    assert again.public_jwk() == key.public_jwk() and "d" not in repr(again)


def test_a_loopback_client_id_names_its_redirect_and_scope() -> None:
    cid = loopback_client_id("http://127.0.0.1:5123/callback")
    assert cid == (
        "http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A5123%2Fcallback"
        "&scope=atproto%20transition%3Ageneric"
    )

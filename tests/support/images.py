"""Small real images for upload tests (a valid PNG built with the standard library), and an
item with an image queued through the outbox as the composer queues it."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from app.identity.auth import authenticate
from app.publishing import outbox

ALT = "A red kettle on a kitchen table"


def png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 60)) -> bytes:
    """A truecolour PNG of one colour (any image decoder reads it)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Died(BaseException):
    """The publisher process dying mid-send (not an error it could catch and record)."""


def queue_item(console, account_id: int, kind: str, text: str, image: Path, **kw: Any) -> int:
    """Written by Priya (PR lead) and approved where her role needs it, as in the app."""
    with console.session() as s:
        priya = authenticate(s, "priya", "demo")
        lena = authenticate(s, "lena", "demo")
    with console.factory() as s, s.begin():
        item = outbox.create_draft(
            s,
            priya,
            kind=kind,
            account_id=account_id,
            text=text,
            media=[{"path": str(image), "alt": ALT}],
            **kw,
        )
        problems = outbox.check(
            s, priya, account_id=account_id, kind=kind, text=text, media=item.media
        ).problems
        assert problems == ()
        item = outbox.submit(s, priya, item.id)
        if item.status == "awaiting_approval":
            outbox.approve(s, lena, item.id)
        return item.id

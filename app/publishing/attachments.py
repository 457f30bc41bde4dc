"""An outbox item's images, stored with it when it is submitted.

The composer attaches files from the author's disk (``OutboxItem.media``: path and alt text,
enough for the draft to reopen). The publisher runs on the machine that holds the brand's
token, often not the author's, and only after approval or at the scheduled time. So
:func:`capture` copies the bytes into ``outbox_attachment`` at submission, and the publisher
sends those (:func:`images_of`): what the approver approved is what goes out, even if the file
is changed, moved or deleted meanwhile, and a retry after a crash sends the same image.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, undefer

from accounts.base import Image
from app.db.models import OutboxAttachment, OutboxItem
from app.publishing.errors import PublishingError
from app.publishing.text_limits import sniff_image


def capture(session: Session, item: OutboxItem) -> int:
    """Store the item's images (replacing any stored at an earlier submission); how many.

    The files were checked a moment ago (``outbox.check``); one that cannot be read now is
    refused in words, and nothing is queued.
    """
    session.execute(delete(OutboxAttachment).where(OutboxAttachment.outbox_item_id == item.id))
    stored = 0
    for position, m in enumerate(item.media or []):
        path = Path(str(m.get("path", "")))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PublishingError(
                f"The image {path.name} cannot be read ({exc.strerror}); nothing was queued."
            ) from None
        fmt = sniff_image(data[:16])
        if fmt is None:
            raise PublishingError(
                f"{path.name} is not a PNG, JPEG, GIF or WebP image; nothing was queued."
            )
        session.add(
            OutboxAttachment(
                outbox_item_id=item.id,
                position=position,
                filename=path.name[:255] or "image",
                mime_type=f"image/{fmt}",
                alt=str(m.get("alt", "")),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
        )
        stored += 1
    session.flush()
    return stored


def images_of(session: Session, item_id: int) -> list[Image]:
    """The stored images of an item, in the order they were attached (empty: none stored)."""
    rows = session.scalars(
        select(OutboxAttachment)
        .where(OutboxAttachment.outbox_item_id == item_id)
        .order_by(OutboxAttachment.position)
        .options(undefer(OutboxAttachment.data))
    ).all()
    return [Image(r.data, r.mime_type, alt=r.alt, filename=r.filename) for r in rows]

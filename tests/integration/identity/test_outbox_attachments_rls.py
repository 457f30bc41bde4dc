"""Outbox attachments under row-level security: an employee's own login stores the images of
their reply when they submit it; colleagues who cannot see the item cannot see its images,
and nobody adds images to someone else's item. The publisher (the owner's connection, another
machine) reads the stored bytes after the file is gone."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select

from app.db.models import OutboxAttachment
from app.publishing import attachments, outbox
from tests.integration.identity.conftest import PASSWORD, World
from tests.support.images import png

pytestmark = pytest.mark.postgres


def _count(conn: psycopg.Connection, item: int) -> int:
    row = conn.execute(
        "SELECT count(*) FROM outbox_attachment WHERE outbox_item_id = %s", (item,)
    ).fetchone()
    return int(row[0]) if row else 0


def test_images_are_stored_at_submission_within_the_authors_scope(world: World, tmp_path) -> None:
    from app.session.signin import sign_in_postgres

    pic = png(5, 5)
    image = tmp_path / "kettle.png"
    image.write_bytes(pic)
    agent = sign_in_postgres(world.url(), world.login("agent"), PASSWORD)
    try:
        with agent.factory() as s, s.begin():
            item = outbox.create_draft(
                s,
                agent.actor,
                kind="reply",
                conversation_id=world.conv["support"],
                text="Here is the new one",
                media=[{"path": str(image), "alt": "A red kettle"}],
            )
            outbox.submit(s, agent.actor, item.id)
            item_id = item.id
    finally:
        agent.close()
    image.unlink()  # the author's file is gone; the item keeps its image

    with world.connect("agent") as conn:
        assert _count(conn, item_id) == 1
    with world.connect("sales") as conn:  # another team: neither the item nor its image
        assert _count(conn, item_id) == 0
    with world.connect("agent2") as conn:  # a teammate cannot add an image to it
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO outbox_attachment (outbox_item_id, position, filename, mime_type,"
                " alt, size, sha256, data, created_at)"
                " VALUES (%s, 9, 'x.png', 'image/png', 'x', 1, 'x', '\\x00', now())",
                (item_id,),
            )
        assert (
            conn.execute(
                "DELETE FROM outbox_attachment WHERE outbox_item_id = %s", (item_id,)
            ).rowcount
            == 0
        )
    with world.console.session() as s:  # the publisher's side
        [img] = attachments.images_of(s, item_id)
        assert (img.data, img.mime_type, img.alt, img.filename) == (
            pic,
            "image/png",
            "A red kettle",
            "kettle.png",
        )
        row = s.scalars(
            select(OutboxAttachment).where(OutboxAttachment.outbox_item_id == item_id)
        ).one()
        assert row.size == len(pic)

"""The queue in "most urgent first" order, as an index: Take next and the queue views read it.

Take next asks, for one team, for the first open unassigned conversation by running SLA timer,
then priority, then the longest waiting. Sorting the whole queue for every press costs
milliseconds per take with thousands waiting; this partial index (open and unassigned only, so
it stays small) hands the rows out already in that order. Same statement on both backends.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEX = "ix_conversation_take_next"


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX {INDEX} ON conversation (team_id, "
        "(CASE WHEN first_responded_at IS NULL THEN first_response_due "
        "ELSE next_response_due END), priority DESC, last_message_at, id) "
        "WHERE status = 'open' AND assignee_id IS NULL"
    )


def downgrade() -> None:
    op.execute(f"DROP INDEX {INDEX}")

"""Fan-out: a conversation change's notification carries its scope before the change too.

Revision ID: 0025
Revises: 0023
Create Date: 2026-12-06

A change notification carries the (team, brand account, assignee, status) of what it touched, so
a workstation whose views the change cannot touch reads nothing (app.inbox.fanout). The state
after the change is read by the writer when it publishes; the state before is gone by then, yet
it is what tells a workstation that a conversation *left* its team, its queue or "open" (its
counts must drop). A hand-off also moves the row out of the writer's own read scope, so the
writer cannot read even the state after, and every workstation had to read such a change.

This trigger notes both states, on the server, whenever a conversation's team, account,
assignee or status changes, in a transaction-local setting (``sc.scope_moves``) that
``app.db.changes.publish`` reads and clears. A setting, not a table: nothing is written, no
grant or row-level security is involved, it vanishes at commit or rollback, and the trigger
sees OLD and NEW whatever the writer may read. Past ``_CAP`` characters (a bulk update) it
stops noting and says so ("*"), and the change is then read everywhere as before.

PostgreSQL only: SQLite has no NOTIFY, and its workstations read the change feed table.
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0023"
branch_labels = None
depends_on = None

#: past this many characters the notes are given up: the change is read everywhere
_CAP = 6000

_FUNCTION = f"""
CREATE FUNCTION sc_note_scope_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    notes text := coalesce(current_setting('sc.scope_moves', true), '');
BEGIN
    IF notes = '*' THEN
        RETURN NULL;
    END IF;
    -- format() writes NULL as nothing: "id,team,account,assignee,status;" keeps its places
    notes := notes
        || format('%s,%s,%s,%s,%s;', OLD.id, OLD.team_id, OLD.brand_account_id,
                  OLD.assignee_id, OLD.status)
        || format('%s,%s,%s,%s,%s;', NEW.id, NEW.team_id, NEW.brand_account_id,
                  NEW.assignee_id, NEW.status);
    IF length(notes) > {_CAP} THEN
        notes := '*';
    END IF;
    PERFORM set_config('sc.scope_moves', notes, true);
    RETURN NULL;
END $$
"""

_TRIGGER = """
CREATE TRIGGER conversation_scope_move
AFTER UPDATE OF team_id, brand_account_id, assignee_id, status ON conversation
FOR EACH ROW
WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id
      OR OLD.brand_account_id IS DISTINCT FROM NEW.brand_account_id
      OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
      OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION sc_note_scope_move()
"""


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _run(_FUNCTION)
    _run(_TRIGGER)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _run("DROP TRIGGER IF EXISTS conversation_scope_move ON conversation")
    _run("DROP FUNCTION IF EXISTS sc_note_scope_move()")

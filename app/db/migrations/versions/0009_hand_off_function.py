"""Hand-off as an employee login: the checked function also assigns and notifies (PostgreSQL only).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

``sc_hand_off`` (migration 0003) is the only route out of one's own scope: PostgreSQL checks an
UPDATE's new row against the reading policy, so an agent cannot move a conversation to another
team with a plain UPDATE. What the app does around a hand-off, the 0003 function could not:

- give the conversation to a member of the receiving team at once ("Assign…" a person in another
  team): after the move the agent can no longer see the row, so a second UPDATE finds nothing;
- tell the receiving team's leads: who leads a team is in ``role_grant``, which an agent reads
  only for themselves. The rule is the one of ``routing.Catalog.team_leads`` — active members
  holding ``approve`` or ``crisis_control`` (unscoped or for that team), else every active
  member — and the sender is never told of their own hand-off.

So the function gains two optional parameters and returns the conversation's new version. The
permission checks are unchanged. Everything else of a hand-off (the pinned note, tags, the
reopening, the audit event, the change event) the app writes itself, before the move while the
conversation is still in the sender's scope, or where the policies allow it anyway.

The signature changes, so the function is dropped and created again (calls with three
arguments keep working: the new parameters have defaults). Downgrade restores 0003's function.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GROUP = "sc_employee"

OLD = "sc_hand_off(integer, integer, text)"
NEW = "sc_hand_off(integer, integer, text, integer, text)"

# the permission checks of 0003, word for word
_CHECKS = """
                SELECT * INTO c FROM conversation WHERE id = conv FOR UPDATE;
                IF NOT FOUND
                   OR NOT sc_sees_conversation(c.workspace_id, c.team_id, c.brand_account_id,
                                               c.assignee_id)
                   OR NOT (sc_can('reply', c.team_id, c.brand_account_id)
                           OR sc_can('approve', c.team_id, c.brand_account_id)) THEN
                    RAISE EXCEPTION 'permission denied: the conversation is outside your scope'
                        USING ERRCODE = '42501';
                END IF;
                IF to_team IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM team WHERE id = to_team AND workspace_id = c.workspace_id) THEN
                    RAISE EXCEPTION 'no such team' USING ERRCODE = '23503';
                END IF;"""


def _new_function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return f"""CREATE FUNCTION sc_hand_off(conv integer, to_team integer, note text DEFAULT NULL,
                                          to_employee integer DEFAULT NULL,
                                          notify text DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE c record; me integer := sc_me(); new_version integer;
            BEGIN
                {_CHECKS}
                -- the same rule as the conversation_work policy: nobody, yourself, or an
                -- active member of the team it goes to
                IF to_employee IS NOT NULL AND to_employee IS DISTINCT FROM me
                   AND NOT sc_is_team_member(to_employee, to_team) THEN
                    RAISE EXCEPTION 'permission denied: that colleague is not in the receiving team'
                        USING ERRCODE = '42501';
                END IF;
                UPDATE conversation
                   SET team_id = to_team, assignee_id = to_employee, version = version + 1,
                       updated_at = now()
                 WHERE id = conv
                RETURNING version INTO new_version;
                INSERT INTO assignment (conversation_id, from_employee_id, to_employee_id,
                                        to_team_id, by_employee_id, action, note, at)
                VALUES (conv, c.assignee_id, to_employee, to_team, me, 'handoff', note, now());
                IF notify IS NOT NULL AND to_team IS NOT NULL THEN
                    INSERT INTO notification (employee_id, kind, conversation_id, text, at)
                    WITH members AS (
                        SELECT et.employee_id AS emp
                        FROM employee_team et JOIN employee e ON e.id = et.employee_id
                        WHERE et.team_id = to_team AND e.active
                          AND e.workspace_id = c.workspace_id
                    ), leads AS (
                        SELECT DISTINCT m.emp FROM members m
                        JOIN role_grant g ON g.employee_id = m.emp
                        JOIN role_permission p ON p.role_id = g.role_id
                        WHERE p.permission IN ('approve', 'crisis_control')
                          AND (g.team_id IS NULL OR g.team_id = to_team)
                    ), told AS (
                        SELECT emp FROM leads
                        UNION
                        SELECT emp FROM members WHERE NOT EXISTS (SELECT 1 FROM leads)
                    )
                    SELECT emp, 'handoff', conv, left(notify, 1000), now() FROM told
                    WHERE emp IS DISTINCT FROM me;
                END IF;
                RETURN new_version;
            END $$"""


def _old_function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return f"""CREATE FUNCTION sc_hand_off(conv integer, to_team integer, note text DEFAULT NULL)
            RETURNS void LANGUAGE plpgsql {definer} AS $$
            DECLARE c record;
            BEGIN
                {_CHECKS}
                UPDATE conversation
                   SET team_id = to_team, assignee_id = NULL, version = version + 1,
                       updated_at = now()
                 WHERE id = conv;
                INSERT INTO assignment (conversation_id, from_employee_id, to_team_id,
                                        by_employee_id, action, note, at)
                VALUES (conv, c.assignee_id, to_team, sc_me(), 'handoff', note, now());
            END $$"""


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _swap(drop: str, create: str, signature: str) -> None:
    _run(f"DROP FUNCTION IF EXISTS {drop}")
    _run(create)
    _run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    _run(f"GRANT EXECUTE ON FUNCTION {signature} TO {GROUP}")


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    _swap(OLD, _new_function(schema), NEW)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    _swap(NEW, _old_function(schema), OLD)

"""The front desk's policies: agents reply directly, canned replies by scope, capacity by a lead.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

- Data (both backends): the default "agent" role gains ``skip_approval_reply``. Agents answer
  customers without a team lead's approval; the limited roles (sales, product, marketing) still
  wait. Default roles could not be edited before, so no workspace chose otherwise.
- PostgreSQL: canned replies are written with the rights the service checks
  (app/inbox/canned.py): private ones by their owner, a team's by its members or those who
  approve for it, shared ones by approvers and those who manage routing. 0003 allowed only the
  owner and manage_routing, so a team lead's shared reply was refused.
- PostgreSQL: ``sc_set_capacity`` lets a team lead set the capacity of their team's agents
  (IT may set anyone's); the employee guard of 0003 now applies to what a login writes itself,
  not to what a checked SECURITY DEFINER function writes for it.
- PostgreSQL: the outbox guard also applies a team's "every reply needs approval" rule
  (app/identity/approval_policy.py), so a modified client cannot skip it.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
MINE = "(SELECT sc_workspace())"


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _definer(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = {schema}, pg_temp"


CANNED_WRITE = (
    f"workspace_id = {MINE} AND ("
    " owner_id = (SELECT sc_me())"
    " OR (owner_id IS NULL AND team_id IS NOT NULL"
    "     AND (team_id = ANY (sc_my_teams()) OR sc_can('approve', team_id)))"
    " OR (owner_id IS NULL AND team_id IS NULL"
    "     AND (sc_can('approve') OR sc_can('manage_routing'))))"
)
CANNED_WRITE_0003 = (
    f"workspace_id = {MINE} AND (owner_id = (SELECT sc_me())"
    " OR (owner_id IS NULL AND sc_can('manage_routing')))"
)


def _set_capacity(schema: str) -> str:
    return f"""CREATE FUNCTION sc_set_capacity(person integer, cap integer)
        RETURNS void LANGUAGE plpgsql {_definer(schema)} AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM employee e
                           WHERE e.id = person AND e.workspace_id = sc_workspace()) THEN
                RAISE EXCEPTION 'no such colleague' USING ERRCODE = '42501';
            END IF;
            IF NOT (sc_can('manage_employees') OR sc_can('manage_routing')
                    OR EXISTS (SELECT 1 FROM employee_team et
                               WHERE et.employee_id = person AND sc_can('approve', et.team_id)
                                 AND (et.team_id = ANY (sc_my_teams())
                                      OR EXISTS (SELECT 1 FROM sc_my_grants() g
                                                 WHERE g.permission = 'approve'
                                                   AND g.team_id = et.team_id))))
            THEN
                RAISE EXCEPTION 'permission denied: only a lead of their team or IT sets this'
                    USING ERRCODE = '42501';
            END IF;
            IF cap < 0 OR cap > 1000 THEN
                RAISE EXCEPTION 'a capacity runs from 0 to 1000' USING ERRCODE = '22023';
            END IF;
            UPDATE employee SET capacity = cap WHERE id = person;
        END $$"""


def _self_guard(own_writes_only: bool) -> str:
    # inside a SECURITY DEFINER function current_user is the owner: the function checked
    extra = "AND current_user = session_user " if own_writes_only else ""
    return f"""CREATE OR REPLACE FUNCTION sc_employee_self_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF sc_is_employee() {extra}AND NOT sc_can('manage_employees') AND (
                NEW.display_name IS DISTINCT FROM OLD.display_name
                OR NEW.email IS DISTINCT FROM OLD.email
                OR NEW.active IS DISTINCT FROM OLD.active
                OR NEW.capacity IS DISTINCT FROM OLD.capacity
                OR NEW.failed_logins IS DISTINCT FROM OLD.failed_logins
                OR NEW.locked_until IS DISTINCT FROM OLD.locked_until) THEN
                RAISE EXCEPTION 'only IT can change this employee record'
                    USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$"""


def _outbox_guard(team_rule: bool) -> str:
    """The outbox guard of 0011 (crisis holds, multi-step plans), with the team rule or not."""
    rule = (
        """
               AND NOT (NEW.conversation_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM conversation c JOIN workspace w ON w.id = c.workspace_id
                    WHERE c.id = NEW.conversation_id AND c.team_id IS NOT NULL
                      AND coalesce(w.settings::jsonb -> 'approval_required' -> NEW.kind,
                                   '[]'::jsonb) @> to_jsonb(c.team_id)))"""
        if team_rule
        else ""
    )
    return f"""CREATE OR REPLACE FUNCTION sc_outbox_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE was text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END;
        BEGIN
            IF NOT sc_is_employee() OR NEW.status IS NOT DISTINCT FROM was THEN
                RETURN NEW;
            END IF;
            IF NEW.status IN ('sending', 'sent', 'failed') THEN
                RAISE EXCEPTION 'only the publisher sets an item to %', NEW.status
                    USING ERRCODE = '42501';
            END IF;
            -- crisis mode and multi-step plans (migration 0011): a hold says why in words
            IF NEW.status IN ('approved', 'scheduled')
               AND coalesce(was, '') NOT IN ('approved', 'scheduled')
               AND sc_approval_hold(NEW.id, NEW.workspace_id) IS NOT NULL THEN
                RAISE EXCEPTION '%', sc_approval_hold(NEW.id, NEW.workspace_id)
                    USING ERRCODE = '42501';
            END IF;
            IF NEW.status IN ('approved', 'scheduled')
               AND coalesce(was, '') NOT IN ('approved', 'scheduled')
               AND NOT sc_can_account('approve', NEW.brand_account_id)
               AND NOT (NEW.author_id = sc_me() AND sc_can_account(
                    CASE WHEN NEW.kind = 'post' THEN 'skip_approval_post'
                         ELSE 'skip_approval_reply' END, NEW.brand_account_id)
                    AND NOT (SELECT w.crisis_mode FROM workspace w WHERE w.id = NEW.workspace_id)
                    {rule})
               AND NOT (
                    EXISTS (SELECT 1 FROM outbox_approval_step st
                            WHERE st.outbox_item_id = NEW.id AND st.approver_id = sc_me())
                    AND NOT EXISTS (SELECT 1 FROM outbox_approval_step st
                            WHERE st.outbox_item_id = NEW.id AND st.approved_at IS NULL)) THEN
                RAISE EXCEPTION 'this item needs approval first' USING ERRCODE = '42501';
            END IF;
            IF NEW.status = 'rejected'
               AND NOT sc_can_account('approve', NEW.brand_account_id)
               AND NOT sc_can('crisis_control') THEN
                RAISE EXCEPTION 'only an approver rejects an item' USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$"""


def upgrade() -> None:
    op.execute(
        "INSERT INTO role_permission (role_id, permission) "
        "SELECT r.id, 'skip_approval_reply' FROM role r "
        "WHERE r.builtin AND r.name = 'agent' AND NOT EXISTS ("
        " SELECT 1 FROM role_permission p"
        " WHERE p.role_id = r.id AND p.permission = 'skip_approval_reply')"
    )
    if op.get_context().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    _run("DROP POLICY IF EXISTS canned_reply_write ON canned_reply")
    _run(
        f"CREATE POLICY canned_reply_write ON canned_reply FOR ALL TO {GROUP} "
        f"USING ({CANNED_WRITE}) WITH CHECK ({CANNED_WRITE})"
    )
    _run(_set_capacity(str(schema)))
    _run("REVOKE ALL ON FUNCTION sc_set_capacity(integer, integer) FROM PUBLIC")
    _run(f"GRANT EXECUTE ON FUNCTION sc_set_capacity(integer, integer) TO {GROUP}")
    _run(_self_guard(own_writes_only=True))
    _run(_outbox_guard(team_rule=True))


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        _run(_outbox_guard(team_rule=False))
        _run(_self_guard(own_writes_only=False))
        _run("DROP FUNCTION IF EXISTS sc_set_capacity(integer, integer)")
        _run("DROP POLICY IF EXISTS canned_reply_write ON canned_reply")
        _run(
            f"CREATE POLICY canned_reply_write ON canned_reply FOR ALL TO {GROUP} "
            f"USING ({CANNED_WRITE_0003}) WITH CHECK ({CANNED_WRITE_0003})"
        )
    # the agent role keeps skip_approval_reply: a downgrade does not slow agents down

"""The default roles × every permission: the intended table, written out, checked both ways."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.db.models import Base, Employee, RoleGrant, Workspace
from app.identity.access import DEFAULT_ROLES, Permission, load_actor, seed_roles

# rows: permissions in declaration order; columns: agent, team lead, pr, sales, product,
# marketing, approver, it admin
ROLES = ("agent", "team lead", "pr", "sales", "product", "marketing", "approver", "it admin")
INTENDED = {
    #                      ag  tl  pr  sa  pd  mk  ap  it
    "read_team_inbox":     (1, 1, 0, 1, 1, 1, 0, 0),
    "read_all":            (0, 0, 1, 0, 0, 0, 1, 0),
    "reply":               (1, 1, 1, 1, 1, 1, 0, 0),
    "post_as_brand":       (0, 0, 1, 0, 0, 1, 0, 0),
    "approve":             (0, 1, 0, 0, 0, 0, 1, 0),
    "skip_approval_reply": (1, 1, 1, 0, 0, 0, 1, 0),  # agents reply directly (issue 14)
    "skip_approval_post":  (0, 0, 0, 0, 0, 0, 1, 0),
    "manage_routing":      (0, 0, 0, 0, 0, 0, 0, 1),
    "manage_accounts":     (0, 0, 0, 0, 0, 0, 0, 1),
    "manage_employees":    (0, 0, 0, 0, 0, 0, 0, 1),
    "view_reports":        (0, 1, 1, 0, 0, 0, 0, 1),
    "crisis_control":      (0, 0, 1, 0, 0, 0, 0, 0),
    "pause_publishing":    (0, 0, 1, 0, 0, 0, 0, 1),
    "see_contact_details": (0, 1, 0, 1, 0, 0, 0, 0),
    "manage_listening":    (0, 0, 1, 0, 0, 1, 0, 0),  # issue 16: watches, send to a team
}  # fmt: skip


def test_the_table_covers_every_role_and_permission() -> None:
    assert set(ROLES) == set(DEFAULT_ROLES)
    assert set(INTENDED) == {p.value for p in Permission}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", list(Permission), ids=lambda p: p.value)
def test_default_role_grants(role: str, permission: Permission) -> None:
    expected = bool(INTENDED[permission.value][ROLES.index(role)])
    assert (permission in DEFAULT_ROLES[role][1]) is expected


def test_seeded_roles_give_actors_exactly_the_table() -> None:
    """Through the database: seeded roles, one person per role, Actor.can for each cell."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        ws = Workspace(name="w")
        s.add(ws)
        s.flush()
        roles = seed_roles(s, ws.id)
        for role in ROLES:
            e = Employee(workspace_id=ws.id, username=role.replace(" ", "_"), display_name=role)
            s.add(e)
            s.flush()
            s.add(RoleGrant(employee_id=e.id, role_id=roles[role].id))
            s.flush()
            actor = load_actor(s, e.id)
            got = tuple(int(actor.can(p)) for p in Permission)
            want = tuple(INTENDED[p.value][ROLES.index(role)] for p in Permission)
            assert got == want, role

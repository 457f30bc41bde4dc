"""Whose figures a person may see (mirrored by ``sc_sees_report`` in migration 0010).

A view-reports grant scoped to a team shows that team. An unscoped one shows the teams the
person belongs to — a team lead sees their team — or every team to someone who may read
everything or manages employees (PR, a manager, IT).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.identity.access import AccessDenied, Actor, Permission


@dataclass(frozen=True)
class ReportScope:
    workspace_id: int
    #: None: every team (and conversations with no team)
    team_ids: frozenset[int] | None

    def covers(self, team_id: int | None) -> bool:
        return self.team_ids is None or (team_id is not None and team_id in self.team_ids)


def report_scope(actor: Actor) -> ReportScope:
    grants = [
        g for g in actor.grants if g.permission == Permission.VIEW_REPORTS and g.account_id is None
    ]
    if not grants:
        raise AccessDenied("You do not have the permission to view reports.")
    teams: set[int] = set()
    for g in grants:
        if g.team_id is not None:
            teams.add(g.team_id)
            continue
        wide = any(
            w.permission in (Permission.READ_ALL, Permission.MANAGE_EMPLOYEES)
            and w.team_id is None
            and w.account_id is None
            for w in actor.grants
        )
        if wide:
            return ReportScope(actor.workspace_id, None)
        teams.update(actor.team_ids)
    return ReportScope(actor.workspace_id, frozenset(teams))

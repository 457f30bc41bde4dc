"""@-mentions of colleagues and teams: what can be completed, and names nobody answers to.

A colleague is mentioned by user name (``@alice``), a team by its name in lower case with
hyphens (``@customer-service``). The note and composer complete both as the person types, and
an @name that is neither (``@nobody``) is flagged before anything is sent: a mention that
reaches nobody must not pass for one that did. In a reply to a customer the customer's and the
brand's own handles are known names too (they are how a reply addresses people on a network).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Employee, Team
from app.identity.access import Actor

_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_.\-]{1,63})")
_NOT_IN_HANDLE = re.compile(r"[^a-z0-9_.\-]+")


@dataclass(frozen=True)
class Mentionable:
    handle: str
    label: str
    kind: str  # person | team

    @property
    def completion(self) -> str:
        """What the completer lists: "@alice — Alice Novak"."""
        what = self.label if self.kind == "person" else f"team {self.label}"
        return f"@{self.handle} — {what}"


def team_handle(name: str) -> str:
    """``Customer Service`` → ``customer-service``."""
    return _NOT_IN_HANDLE.sub("-", name.strip().lower()).strip("-.") or "team"


def mentioned(text: str) -> list[str]:
    """The @names in a text, lower case, each once, in order."""
    out: list[str] = []
    for m in _MENTION.finditer(text):
        name = m.group(1).rstrip(".-").lower()
        if name and name not in out:
            out.append(name)
    return out


def mentionables(session: Session, actor: Actor) -> list[Mentionable]:
    """Active colleagues (by name) and teams (by name) of the actor's workspace."""
    people = [
        Mentionable(u.lower(), n, "person")
        for u, n in session.execute(
            select(Employee.username, Employee.display_name)
            .where(Employee.workspace_id == actor.workspace_id, Employee.active.is_(True))
            .order_by(Employee.display_name)
        )
    ]
    teams = [
        Mentionable(team_handle(n), n, "team")
        for (n,) in session.execute(
            select(Team.name).where(Team.workspace_id == actor.workspace_id).order_by(Team.name)
        )
    ]
    return people + teams


def unknown(text: str, known: Iterable[str]) -> list[str]:
    """The @names in ``text`` that are no colleague, team or other known handle."""
    names = {k.lower().lstrip("@") for k in known}
    return [n for n in mentioned(text) if n not in names]


def describe_unknown(names: list[str]) -> str:
    listed = ", ".join("@" + n for n in names)
    if len(names) == 1:
        return f"Nobody here is called {listed}: no colleague or team has that name."
    return f"Nobody here is called {listed}: no colleague or team has these names."

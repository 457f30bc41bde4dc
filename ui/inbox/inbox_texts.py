"""The words around the inbox list: counts with correct plurals, and what an empty view holds.

An empty list must say what the view is for and why nothing is in it (the filters, a search,
or simply nothing waiting), or a new agent cannot tell "no work" from "broken".
"""

from __future__ import annotations

from app.inbox.views import InboxFilter, View
from app.words import plural

DEFAULT_STATUSES = ("open", "pending")
NOTHING_OPEN = (
    "No conversation is open.\n\n"
    "Pick one in the list to read the thread and reply, "
    "or press T (Take next) to take the most urgent one waiting in your queues."
)

HOLDS = {
    View.MINE: "My queue holds the conversations assigned to you.",
    View.TEAMS: "My teams holds the conversations in your teams' queues.",
    View.UNASSIGNED: "Unassigned holds the conversations of your scope that nobody has taken.",
    View.ALL: "All I can see holds every conversation your role lets you read.",
}
NOTHING = {
    View.MINE: "Nothing is assigned to you right now. Press T (Take next) for the most urgent "
    "waiting conversation.",
    View.TEAMS: "Your teams' queues are empty.",
    View.UNASSIGNED: "Nobody is waiting: every conversation has someone on it.",
    View.ALL: "There are no conversations yet; they arrive as the brand accounts sync.",
}


def count_text(n: int, more: bool) -> str:
    """ "1 conversation", "200+ conversations" (more to load as the list scrolls)."""
    return f"{n}+ conversations" if more else plural(n, "conversation")


def filters_narrow(flt: InboxFilter) -> list[str]:
    """The filters, in words, that narrow the view beyond its usual open-and-pending list."""
    out = []
    if tuple(flt.statuses) != DEFAULT_STATUSES:
        out.append("status: " + (", ".join(flt.statuses) if flt.statuses else "any"))
    for label, value in (
        ("SLA", flt.sla),
        ("network", flt.network),
        ("kind", flt.kind),
        ("mood", flt.sentiment),
        ("tag", flt.tag),
    ):
        if value:
            out.append(f"{label}: {value.replace('_', ' ')}")
    if flt.account_id is not None:
        out.append("one account")
    if flt.priority is not None:
        out.append("priority: " + {0: "normal", 1: "high", 2: "urgent"}.get(flt.priority, "?"))
    return out


def empty_text(view_title: str, flt: InboxFilter, saved: bool = False) -> str:
    """What an empty view says: what it holds, and why it is empty."""
    if flt.search.strip():
        return (
            f"No conversation matches ‘{flt.search.strip()}’ in {view_title}.\n"
            "Search looks at message text and at the customer's name and handle."
        )
    holds = (
        f"The saved view ‘{view_title}’ holds what its filters choose."
        if saved
        else HOLDS.get(flt.view, "")
    )
    narrow = filters_narrow(flt)
    if narrow:
        return (
            f"{holds}\nNone match the filters ({'; '.join(narrow)}). Clear the filters to see more."
        )
    return f"{holds}\n{NOTHING.get(flt.view, '')}" if not saved else holds + "\nNone right now."


def view_label(title: str, open_count: int, unread: int, cap: int) -> str:
    """A sidebar entry: its name, then how many are open and how many of those are unread."""

    def n(x: int) -> str:
        return f"{cap}+" if x > cap else str(x)

    if open_count == 0:
        return f"{title}\nnothing open"
    return f"{title}\n{n(open_count)} open · {n(unread)} unread"

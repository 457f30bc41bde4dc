"""The words around the inbox list: counts with correct plurals, and what an empty view holds.

An empty list must say what the view is for and why nothing is in it (the filters, a search,
or simply nothing waiting), or a new agent cannot tell "no work" from "broken".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.inbox.views import InboxFilter, View
from ui.i18n.counts import Count

DEFAULT_STATUSES = ("open", "pending")
CONTEXT = "ui.inbox.inbox_texts"


def tr(text: str) -> str:
    """This module's texts in the language in force (lupdate reads them where they are marked)."""
    return QCoreApplication.translate(CONTEXT, text)


NOTHING_OPEN = QT_TRANSLATE_NOOP(
    "ui.inbox.inbox_texts",
    "No conversation is open.\n\n"
    "Pick one in the list to read the thread and reply, "
    "or press T (Take next) to take the most urgent one waiting in your queues.",
)

#: the views' names as the window shows them (app.inbox.views.View.title is the English)
VIEW_TITLES = {
    View.MINE: QT_TRANSLATE_NOOP("ui.inbox.inbox_texts", "My queue"),
    View.TEAMS: QT_TRANSLATE_NOOP("ui.inbox.inbox_texts", "My teams"),
    View.UNASSIGNED: QT_TRANSLATE_NOOP("ui.inbox.inbox_texts", "Unassigned"),
    View.ALL: QT_TRANSLATE_NOOP("ui.inbox.inbox_texts", "All I can see"),
}


def view_title(view: View) -> str:
    """A built-in view's name in the language in force."""
    return tr(VIEW_TITLES.get(view, view.title))


HOLDS = {
    View.MINE: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts", "My queue holds the conversations assigned to you."
    ),
    View.TEAMS: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts", "My teams holds the conversations in your teams' queues."
    ),
    View.UNASSIGNED: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts",
        "Unassigned holds the conversations of your scope that nobody has taken.",
    ),
    View.ALL: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts", "All I can see holds every conversation your role lets you read."
    ),
}
NOTHING = {
    View.MINE: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts",
        "Nothing is assigned to you right now. Press T (Take next) for the most urgent "
        "waiting conversation.",
    ),
    View.TEAMS: QT_TRANSLATE_NOOP("ui.inbox.inbox_texts", "Your teams' queues are empty."),
    View.UNASSIGNED: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts", "Nobody is waiting: every conversation has someone on it."
    ),
    View.ALL: QT_TRANSLATE_NOOP(
        "ui.inbox.inbox_texts",
        "There are no conversations yet; they arrive as the brand accounts sync.",
    ),
}


def count_text(n: int, more: bool) -> str:
    """ "1 conversation", "200+ conversations" (more to load as the list scrolls)."""
    if more:
        return QCoreApplication.translate("ui.inbox.inbox_texts", "{n}+ conversations").format(
            n=f"{n:,}"
        )
    return Count.tr("%Ln conversation(s)", "", n)


def filters_narrow(flt: InboxFilter) -> list[str]:
    """The filters, in words, that narrow the view beyond its usual open-and-pending list."""
    out = []
    if tuple(flt.statuses) != DEFAULT_STATUSES:
        any_ = QCoreApplication.translate("ui.inbox.inbox_texts", "any")
        out.append(
            QCoreApplication.translate("ui.inbox.inbox_texts", "status: {statuses}").format(
                statuses=", ".join(flt.statuses) if flt.statuses else any_
            )
        )
    for label, value in (
        (QCoreApplication.translate("ui.inbox.inbox_texts", "SLA"), flt.sla),
        (QCoreApplication.translate("ui.inbox.inbox_texts", "network"), flt.network),
        (QCoreApplication.translate("ui.inbox.inbox_texts", "kind"), flt.kind),
        (QCoreApplication.translate("ui.inbox.inbox_texts", "mood"), flt.sentiment),
        (QCoreApplication.translate("ui.inbox.inbox_texts", "tag"), flt.tag),
    ):
        if value:
            out.append(f"{label}: {value.replace('_', ' ')}")
    if flt.account_id is not None:
        out.append(QCoreApplication.translate("ui.inbox.inbox_texts", "one account"))
    if flt.priority is not None:
        level = {
            0: QCoreApplication.translate("ui.inbox.inbox_texts", "normal"),
            1: QCoreApplication.translate("ui.inbox.inbox_texts", "high"),
            2: QCoreApplication.translate("ui.inbox.inbox_texts", "urgent"),
        }.get(flt.priority, "?")
        out.append(
            QCoreApplication.translate("ui.inbox.inbox_texts", "priority: {level}").format(
                level=level
            )
        )
    return out


#: said instead when the person's roles read no queue at all (IT, for example)
ONLY_ASSIGNED = QT_TRANSLATE_NOOP(
    "ui.inbox.inbox_texts",
    "Your roles let you read only conversations assigned to you, and none is.\n"
    "Ask IT for a role that reads a team's inbox if your work needs it.",
)


def empty_text(
    view_title: str, flt: InboxFilter, saved: bool = False, *, reads_queues: bool = True
) -> str:
    """What an empty view says: what it holds, and why it is empty.

    Someone whose roles read no queue (``reads_queues`` false) is told so, not that
    conversations have yet to arrive: they may be arriving by the hundred, out of their sight.
    """
    if not reads_queues and not flt.search.strip():
        return tr(ONLY_ASSIGNED)
    if flt.search.strip():
        return QCoreApplication.translate(
            "ui.inbox.inbox_texts",
            "No conversation matches ‘{search}’ in {view}.\n"
            "Search looks at message text and at the customer's name and handle.",
        ).format(search=flt.search.strip(), view=view_title)
    holds = (
        QCoreApplication.translate(
            "ui.inbox.inbox_texts", "The saved view ‘{view}’ holds what its filters choose."
        ).format(view=view_title)
        if saved
        else tr(HOLDS.get(flt.view, ""))
    )
    narrow = filters_narrow(flt)
    if narrow:
        return QCoreApplication.translate(
            "ui.inbox.inbox_texts",
            "{holds}\nNone match the filters ({filters}). Clear the filters to see more.",
        ).format(holds=holds, filters="; ".join(narrow))
    if saved:
        return holds + "\n" + QCoreApplication.translate("ui.inbox.inbox_texts", "None right now.")
    return f"{holds}\n{tr(NOTHING.get(flt.view, ''))}"


def view_label(title: str, open_count: int, unread: int, cap: int) -> str:
    """A sidebar entry: its name, then how many are open and how many of those are unread."""

    def n(x: int) -> str:
        return f"{cap}+" if x > cap else str(x)

    if open_count == 0:
        return f"{title}\n" + QCoreApplication.translate("ui.inbox.inbox_texts", "nothing open")
    return f"{title}\n" + QCoreApplication.translate(
        "ui.inbox.inbox_texts", "{open} open · {unread} unread"
    ).format(open=n(open_count), unread=n(unread))

"""Reports: the measurable result — volumes, response and resolution times, SLA, ROI, exports.

``facts`` turns a conversation's history into the facts every metric counts; ``rollups`` keeps
those facts in the report_* tables, caught up from the change feed by the sync thread;
``metrics`` aggregates them (from the rollups, or straight from the raw tables for checking);
``roi``, ``conversation_export`` and ``datarepo`` build on the same core.
"""

"""Crisis response for PR: spike alerts on the ingest stream, crisis mode, the crisis room.

- baseline: the seasonal baseline and the tail test (the method, documented there);
- detector: per-watch counting of the ingest stream and the decision to alert;
- watches: the watches people configure, validated;
- alerts: an alert in words, to everyone with crisis rights, under the watch's cooldown;
- observer: the one object ingest calls (app/sync), tying the three together;
- mode: declaring and ending a crisis (one transaction each, exact restore);
- statements: holding statements, approved in two steps, posted to several accounts;
- room: what the crisis room shows (timeline, related conversations, decision log);
- postmortem: the export after the crisis (HTML and CSV).
"""

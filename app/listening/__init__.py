"""Listening for marketing (issue 16 item 1): what is said about the brand beyond @mentions.

- spec: what a watch may be (hashtag, keyword, phrase), validated per network with the reason;
- budget: each network's documented read limit and the poll schedule that stays within it;
- watches: adding, pausing and removing watches (``manage_listening``), and their figures;
- stream: what the watches heard, and sending an item to a team as a conversation.

The polling itself runs in app/sync/listening.py, next to the inbox sync that holds the
accounts' connectors; it also hands what it hears to the crisis detector, so this package and
app.crisis never import each other.
"""

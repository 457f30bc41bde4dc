"""The Listening view (issue 16): watches, the stream they heard, sending a post to a team."""

"""The notification centre: a dock with what the employee was told, and an unread badge."""

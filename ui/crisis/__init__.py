"""The crisis room, the alert and crisis banners, and the Crisis menu (issue 12)."""

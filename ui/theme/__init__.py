"""Light, dark and "follow the system": the console's colours live here and nowhere else in ui/."""

"""The hall's state and its commands: one transaction per command, events to listeners."""

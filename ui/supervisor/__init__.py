"""The supervisor window: live view, alerts, set-up, the day's report."""

"""The counter window of a clerk."""

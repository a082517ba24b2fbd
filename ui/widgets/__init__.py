"""Widgets shared by the role windows (and parts of larger windows split out of them)."""

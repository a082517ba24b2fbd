"""Qt widgets of hallq: one module a role, thin over HallClient."""

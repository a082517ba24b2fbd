"""The hub's REST routes, one module per resource."""

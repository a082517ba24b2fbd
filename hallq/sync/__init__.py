"""Head office: the central schema, the nightly push and pull, reconciliation, schedule."""
